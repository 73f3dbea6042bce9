"""What an analyst sees in Slack: answers as Block Kit messages, within Slack's limits.

Launches are built here, not read from a database: the cards depend on a launch's fields only.
Paging is checked against the real ``bot.answer.answer`` over a stand-in index.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest
from slack_sdk.models.blocks import Block as SdkBlock

from bot import blocks
from bot.answer import Answer, answer
from bot.blocks import (
    MAX_BLOCKS,
    MAX_BUTTON_VALUE,
    MAX_SECTION_TEXT,
    MORE_ACTION,
    SHARE_ACTION,
    answer_blocks,
    error_blocks,
    fallback_text,
    help_blocks,
    page_of,
    page_window,
    read_request,
)
from bot.event import Event
from bot.merge import Launch, Source
from bot.query import EXAMPLES, Query, QueryError

REQUEST = {"q": "last 30d", "now": "2025-05-22T10:00:00+09:00", "page": 0}
SRBM = Query(classes=("SRBM",))


def source(outlet: str, url: str | None = None, title: str | None = "A story") -> Source:
    event = Event(role="primary", date="2025-05-08", date_precision="day")
    return Source(
        key=f"article:{outlet}",
        outlet=outlet,
        title=title,
        url=url,
        published="2025-05-08T09:00:00+09:00",
        event=event,
    )


def wonsan_launch(**changes: Any) -> Launch:
    """The 8 May 2025 launch as the index tells it, with whatever a test changes."""
    values: dict[str, Any] = {
        "date": "2025-05-08",
        "date_precision": "day",
        "time_kst": "08:10",
        "time_utc": "2025-05-07T23:10Z",
        "site": "South Wonsan",
        "lat": 39.15,
        "lon": 127.44,
        "missile_class": "SRBM",
        "missile_types": ["KN-23", "KN-25"],
        "count_min": 3,
        "count_max": 3,
        "distance_km": 800,
        "apogee_km": 60,
        "sources": [
            source("Reuters", "https://www.reuters.com/world/asia/nk-1"),
            source("CNS Missile Test Database"),
        ],
    }
    return Launch(**(values | changes))


def many(n: int, **changes: Any) -> list[Launch]:
    start = dt.date(2025, 5, 8)
    return [
        wonsan_launch(date=(start - dt.timedelta(days=i)).isoformat(), id=i, **changes)
        for i in range(n)
    ]


def texts(message: list[dict[str, Any]]) -> list[str]:
    """Every mrkdwn text of the message: section texts and context elements."""
    found = []
    for block in message:
        if block["type"] == "section":
            found.append(block["text"]["text"])
        elif block["type"] == "context":
            found += [element["text"] for element in block["elements"]]
    return found


def everything(message: list[dict[str, Any]]) -> str:
    return "\n".join(texts(message))


def buttons(message: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {
        element["action_id"]: element
        for block in message
        if block["type"] == "actions"
        for element in block["elements"]
    }


def assert_within_limits(message: list[dict[str, Any]]) -> None:
    """What Slack would refuse: too many blocks, over-long texts or values, broken links."""
    assert 0 < len(message) <= MAX_BLOCKS
    for block in message:
        SdkBlock.parse(block).validate_json()  # type: ignore[union-attr]
    for text in texts(message):
        assert len(text) <= MAX_SECTION_TEXT
        assert text.count("<") == text.count(">"), "a link cut in half"
    for button in buttons(message).values():
        assert len(button["value"]) <= MAX_BUTTON_VALUE


# --- a launch's card ----------------------------------------------------------------------------


def card(launch: Launch) -> str:
    message = answer_blocks(Answer(SRBM, [launch], 1), request=REQUEST)
    return texts(message)[1]


def test_card_gives_korean_and_utc_time() -> None:
    assert card(wonsan_launch()).startswith(
        ":rocket: *2025-05-08 08:10 KST* (2025-05-07 23:10 UTC)"
    )


def test_card_works_out_utc_when_only_korean_time_is_known() -> None:
    assert ":rocket: *2025-05-08 08:10 KST* (2025-05-07 23:10 UTC)" in card(
        wonsan_launch(time_utc=None)
    )
    assert card(wonsan_launch(time_kst=None, time_utc=None)).startswith(":rocket: *2025-05-08*\n")


def test_card_says_what_and_how_many() -> None:
    text = card(wonsan_launch())
    assert "*SRBM* (KN-23, KN-25) · 3 missiles" in text
    assert "2+ missiles" in card(wonsan_launch(count_min=2, count_max=None))
    assert "1-2 missiles" in card(wonsan_launch(count_min=1, count_max=2))
    assert "missile, type unknown" in card(wonsan_launch(missile_class="unknown", missile_types=[]))


def test_card_links_the_site_to_a_map() -> None:
    text = card(wonsan_launch())
    assert (
        "<https://www.openstreetmap.org/?mlat=39.15&mlon=127.44#map=10/39.15/127.44|South Wonsan>"
    ) in text
    assert "800 km" in text and "apogee 60 km" in text


def test_card_without_coordinates_has_no_map_link() -> None:
    text = card(wonsan_launch(lat=None, lon=None))
    assert "South Wonsan" in text and "openstreetmap" not in text
    vague = card(wonsan_launch(site=None, lat=None, lon=None, site_text="the east coast"))
    assert "the east coast" in vague and "openstreetmap" not in vague


def test_card_links_sources() -> None:
    text = card(wonsan_launch())
    assert (
        "Sources: <https://www.reuters.com/world/asia/nk-1|Reuters>, "
        "CNS Missile Test Database" in text
    )


def test_card_marks_where_sources_differ() -> None:
    launch = wonsan_launch(
        disagreements={
            "distance_km": [(400, ["Reuters"]), (350, ["Kyodo"])],
            "count": [((2, None), ["Yonhap"]), ((3, 3), ["NHK", "Kyodo"])],
        }
    )
    text = card(launch)
    assert ":warning: sources differ on distance: 400 km (Reuters) / 350 km (Kyodo)" in text
    assert ":warning: sources differ on count: 2+ (Yonhap) / 3 (NHK, Kyodo)" in text


# --- the message around the cards ---------------------------------------------------------------


def test_headline_and_notes_say_how_the_query_was_read() -> None:
    query = Query(areas=("Wonsan",), latest=1, notes=("Wonsn: read as Wonsan",))
    result = Answer(query, [wonsan_launch()], 7)
    message = answer_blocks(result, request=REQUEST)
    assert message[0]["text"]["text"] == f"*{result.headline}*"
    assert message[1] == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": "Wonsn: read as Wonsan"}],
    }
    assert fallback_text(result) == result.headline == "Launches from Wonsan, latest 1 (7 in all)"


def test_500_launches_fit_one_message_with_a_more_button() -> None:
    message = answer_blocks(Answer(SRBM, many(500), 500), request=REQUEST)
    assert_within_limits(message)
    assert sum("rocket" in text for text in texts(message)) == blocks.PAGE_SIZE
    assert "Showing 1–10 of 500" in everything(message)
    more = read_request(buttons(message)[MORE_ACTION]["value"])
    assert more == {**REQUEST, "page": 1}


class StandInIndex:
    """What ``bot.answer.answer`` asks of an index, over a list of launches (newest first)."""

    def __init__(self, launches: list[Launch]) -> None:
        self.all = launches

    def count(self, **filters: Any) -> int:
        return len(self.all)

    def launches(self, *, limit: int | None = None, **filters: Any) -> list[Launch]:
        return self.all[:limit]


def click_through(index: StandInIndex, query: Query) -> list[list[str]]:
    """The dates on each page, following "More" as a user would, the documented way."""
    pages, request = [], dict(REQUEST)
    for _ in range(100):
        limit, offset = page_window(request["page"])
        message = answer_blocks(
            answer(index, query, limit, offset),  # type: ignore[arg-type]
            request=request,
        )
        assert_within_limits(message)
        pages.append(re.findall(r":rocket: \*(\S+) ", everything(message)))
        more = buttons(message).get(MORE_ACTION)
        if more is None:
            return pages
        request = read_request(more["value"])
    raise AssertionError("More never ended")


def test_more_pages_through_every_launch_once() -> None:
    launches = many(25)
    pages = click_through(StandInIndex(launches), SRBM)
    assert [len(page) for page in pages] == [10, 10, 5]
    assert [date for page in pages for date in page] == [launch.date for launch in launches]


def test_latest_n_pages_up_to_n_only() -> None:
    index = StandInIndex(many(40))
    assert [len(page) for page in click_through(index, Query(latest=3))] == [3]
    assert [len(page) for page in click_through(index, Query(latest=15))] == [10, 5]


def test_latest_n_answer_has_no_more_button() -> None:
    message = answer_blocks(Answer(Query(latest=3), many(3), 100), request=REQUEST)
    assert MORE_ACTION not in buttons(message)


def test_empty_query_shows_the_latest_few_and_says_how_to_see_more() -> None:
    index = StandInIndex(many(40))
    limit, offset = page_window(0)
    message = answer_blocks(
        answer(index, Query(), limit, offset),  # type: ignore[arg-type]
        request=REQUEST,
    )
    assert MORE_ACTION not in buttons(message)
    assert "35 more; narrow the period or ask for `last N launches`" in everything(message)


def test_page_of_a_whole_answer() -> None:
    whole = Answer(SRBM, many(25), 25)
    second = page_of(whole, 1)
    assert [launch.id for launch in second.launches] == list(range(10, 20))
    message = answer_blocks(second, request={**REQUEST, "page": 1})
    assert "Showing 11–20 of 25" in everything(message)
    assert read_request(buttons(message)[MORE_ACTION]["value"])["page"] == 2


def test_no_more_than_50_blocks_even_with_a_bigger_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(blocks, "PAGE_SIZE", 500)
    message = answer_blocks(Answer(SRBM, many(500), 500), request=REQUEST)
    assert_within_limits(message)
    assert MORE_ACTION in buttons(message)
    monkeypatch.setattr(blocks, "_OVERHEAD", 0)  # the last check must catch a wrong budget
    message = answer_blocks(Answer(SRBM, many(500), 500), request=REQUEST)
    assert_within_limits(message)
    assert MORE_ACTION in buttons(message)


def test_huge_article_values_stay_within_slack_limits() -> None:
    huge = "Very Long Outlet Name " * 400
    launch = wonsan_launch(
        missile_types=["KN-" + "9" * 5000] * 50,
        site=None,
        site_text="x" * 10_000,
        landing="sea " * 3000,
        sources=[
            source(huge + str(i), f"https://example.com/{'a' * 900}?n={i}", title=huge)
            for i in range(40)
        ],
        disagreements={"site": [("S" * 5000, [huge] * 20)] * 20},
    )
    query = Query(notes=tuple("note " * 1000 for _ in range(5)))
    message = answer_blocks(Answer(query, [launch] * 10, 10_000), request=REQUEST)
    assert_within_limits(message)


def test_a_query_too_long_to_carry_gets_no_buttons() -> None:
    request = {**REQUEST, "q": "Wonsan " * 500}
    message = answer_blocks(Answer(SRBM, many(30), 30), request=request)
    assert_within_limits(message)
    assert buttons(message) == {}
    assert "20 more" in everything(message)  # the asker still learns there is more


def test_article_text_is_escaped() -> None:
    launch = wonsan_launch(
        site=None,
        site_text="<!channel> near Sinpo & <@U999>",
        sources=[
            source("AT&T <News>", "https://x.example/a b|c>d?e=1&f=2"),
            source("Evil", "javascript:alert(1)"),
        ],
    )
    text = card(launch)
    assert "&lt;!channel&gt; near Sinpo &amp; &lt;@U999&gt;" in text
    assert "<https://x.example/a%20b%7Cc%3Ed?e=1&f=2|AT&amp;T &lt;News&gt;>" in text
    assert "javascript" not in text and ", Evil" in text
    notes = answer_blocks(Answer(Query(notes=("<@U1>: read as Wonsan",)), [], 0), request=REQUEST)
    assert "&lt;@U1&gt;: read as Wonsan" in everything(notes)


# --- sharing ------------------------------------------------------------------------------------


def test_share_button_carries_the_request() -> None:
    message = answer_blocks(Answer(SRBM, many(2), 2), request=REQUEST)
    share = buttons(message)[SHARE_ACTION]
    assert share["text"]["text"] == "Share in channel"
    assert read_request(share["value"]) == REQUEST
    assert "Shared by" not in everything(message)


def test_shared_answer_says_who_shared_it() -> None:
    message = answer_blocks(Answer(SRBM, many(2), 2), request=REQUEST, shared_by="U123")
    assert SHARE_ACTION not in buttons(message)
    assert message[-1] == {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": "Shared by <@U123>"}],
    }


# --- counts, nothing found, help, errors --------------------------------------------------------


def test_count_answer_is_the_headline() -> None:
    result = Answer(Query(count=True, classes=("ICBM",)), [], 12)
    message = answer_blocks(result, request=REQUEST)
    assert texts(message) == ["*Number of ICBM launches: 12*"]
    assert MORE_ACTION not in buttons(message)


def test_empty_answer_says_nothing_matches() -> None:
    message = answer_blocks(Answer(SRBM, [], 0), request=REQUEST)
    assert texts(message) == ["*SRBM launches: 0*", "No launch in the index matches."]
    assert MORE_ACTION not in buttons(message)


def test_help_blocks_hold_every_example() -> None:
    message = help_blocks()
    assert_within_limits(message)
    assert len(message) > 1  # a section per heading
    shown = everything(message)
    for example in EXAMPLES:
        assert f"`{example}`" in shown
    assert answer_blocks(Answer(Query(help=True), [], 0), request=REQUEST) == message


def test_error_blocks_suggest_and_point_to_help() -> None:
    message = error_blocks(QueryError("I don't know 'Wonsam'.", ("Wonsan", "Wonju")))
    assert_within_limits(message)
    shown = everything(message)
    assert "I don't know 'Wonsam'." in shown
    assert "Did you mean: `Wonsan`, `Wonju`?" in shown
    assert "`/launches help`" in shown
    bare = everything(error_blocks(QueryError("I don't know '<!here>'.")))
    assert "Did you mean" not in bare and "&lt;!here&gt;" in bare


def test_read_request_refuses_what_we_did_not_write() -> None:
    for value in ("[1]", '{"q": 1, "now": "x"}', '{"q": "a", "now": "x", "page": -1}'):
        with pytest.raises(ValueError):
            read_request(value)
    assert json.loads(json.dumps(read_request('{"q": "a", "now": "x"}'))) == {
        "q": "a",
        "now": "x",
        "page": 0,
    }
