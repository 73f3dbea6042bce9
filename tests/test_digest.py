"""The weekly digest as the channel reads it: the right launches, honest comparisons, the news
in them (a new missile, a site back in use, a long pause), and a message Slack accepts.

Every index is built here from events, in a temporary file: the digest must not depend on
the shared data, and each test states the history it relies on.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from bot.blocks import MAX_BLOCKS, MAX_SECTION_TEXT
from bot.digest import (
    PAUSE_DAYS,
    Digest,
    build_digest,
    digest_blocks,
    digest_text,
    last_week,
    monthly_chart,
)
from bot.event import Event
from bot.store import Index

WEEK = (dt.date(2025, 5, 12), dt.date(2025, 5, 18))  # Monday to Sunday


def make_index(tmp_path: Path) -> Index:
    return Index(f"sqlite:///{tmp_path / 'launches.db'}")


def add(
    index: Index,
    date: str,
    site: str,
    missile_class: str = "SRBM",
    *,
    types: tuple[str, ...] = (),
    count: int | None = None,
    distance: float | None = None,
    time_kst: str | None = None,
    precision: str = "day",
) -> None:
    """One launch, as the CNS history would add it (one salvo, one key)."""
    event = Event(
        role="primary",
        date=date,
        date_precision=precision,  # type: ignore[arg-type]
        time_kst=time_kst,
        site=site,
        missile_class=missile_class,
        missile_types=list(types),
        count_min=count,
        count_max=count,
        distance_km=distance,
        reported_by=["JCS"],
    )
    index.add_history(f"{date}/{site}/{missile_class}", event)


@pytest.fixture
def year_on_year(tmp_path: Path) -> Index:
    """Two springs of launches, with one known only to its month in each of 2025's March and
    May (the May one must stay out of the week's list and out of the count to May 18)."""
    index = make_index(tmp_path)
    add(index, "2024-01-14", "Sunan", "IRBM")
    add(index, "2024-05-14", "Kaechon", types=("KN-23",))  # same week last year
    add(index, "2024-06-01", "Wonsan", "cruise")  # after the date last year: not counted
    add(index, "2025-01-06", "Sunan", "IRBM")
    add(index, "2025-05-06", "Kaechon")  # previous week
    add(index, "2025-05-13", "Kaechon", types=("KN-23",), count=2, distance=400, time_kst="06:50")
    add(index, "2025-05-15", "Wonsan", "cruise")
    add(index, "2025-03", "Sinpo", "SLBM", precision="month")  # over by May: counted
    add(index, "2025-05", "Sunan", "ICBM", precision="month")  # May not over: not counted
    return index


def test_a_week_lists_its_launches_with_comparisons(year_on_year: Index) -> None:
    digest = build_digest(year_on_year, *WEEK)
    assert [launch.date for launch in digest.launches] == ["2025-05-13", "2025-05-15"]
    assert not digest.quiet
    assert digest.same_period_last_year == 1
    assert digest.previous_period == 1
    # 2025: Jan 6, "March", May 6, 13 and 15; 2024 by May 18: Jan 14 and May 14.
    assert (digest.year_to_date, digest.last_year_to_date) == (5, 2)
    # Kaechon was used the week before and KN-23 flew last year; Wonsan 348 days ago.
    assert digest.firsts == []
    assert digest.pause is None  # a week since the last launch
    assert digest_text(digest).splitlines() == [
        "2 launches from 2025-05-12 to 2025-05-18 (same week last year: 1; previous week: 1);"
        " 5 so far this year, 2 by this date last year.",
        "  2025-05-13 06:50 KST  SRBM (KN-23), 2 missiles, from Kaechon, 400 km",
        "  2025-05-15  cruise, from Wonsan",
    ]


def test_a_quiet_week_is_one_line(year_on_year: Index) -> None:
    # The "2025-05" launch's first possible day is in this week, but it is not a launch of it.
    digest = build_digest(year_on_year, dt.date(2025, 4, 28), dt.date(2025, 5, 4))
    assert digest.quiet
    assert digest_text(digest) == (
        "No launches from 2025-04-28 to 2025-05-04; 2 so far this year, 1 by this date last year."
    )
    blocks = digest_blocks(digest)
    assert [b["type"] for b in blocks] == ["header", "section"]


def test_a_period_other_than_a_week_says_so(year_on_year: Index) -> None:
    digest = build_digest(year_on_year, dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    assert [launch.date for launch in digest.launches] == ["2025-05-06", "2025-05-13", "2025-05-15"]
    assert "same days last year: 1; previous 31 days: 0" in digest_text(digest)


def test_firsts(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    add(index, "2019-10-02", "Sinpo", "SLBM", types=("Pukguksong-3",))
    add(index, "2024-03-10", "Kaechon", types=("KN-23",))
    add(index, "2025-04-01", "Sunan", "IRBM")
    add(index, "2025-05-13", "Sinpo", "SLBM", types=("Pukguksong-3",))
    add(index, "2025-05-14", "Sunan", "ICBM", types=("Hwasong-19",))
    add(index, "2025-05-15", "Kusong", "MRBM")
    add(index, "2025-05-16", "Pyongyang", "ICBM", types=("Hwasong-19",))  # not a first again
    add(index, "2025-05-17", "Kaechon", types=("KN-23",))
    digest = build_digest(index, *WEEK)
    assert digest.firsts == [
        "first launch from Sinpo since 2019",
        "first flight of the Hwasong-19",
        "first launch from Kusong in the index",
        "first launch from Kaechon since 2024-03",
    ]
    lines = digest_text(digest).splitlines()
    assert "First flight of the Hwasong-19." in lines
    assert "First launch from Sinpo since 2019." in lines
    firsts = [b for b in digest_blocks(digest) if "*Firsts*" in json.dumps(b)]
    assert len(firsts) == 1 and "Hwasong-19" in firsts[0]["text"]["text"]


def pause_index(tmp_path: Path) -> Index:
    """A 60-day pause ending in June 2023, launches every 20 days since, then 47 days of
    nothing before 2025-05-14."""
    index = make_index(tmp_path)
    add(index, "2023-04-16", "Kaechon")
    day = dt.date(2023, 6, 15)
    while day < dt.date(2025, 3, 28):
        add(index, day.isoformat(), "Kaechon")
        day += dt.timedelta(days=20)
    add(index, "2025-03-28", "Kaechon")
    add(index, "2025-05-14", "Kaechon")
    return index


def test_a_long_pause_is_reported_against_earlier_ones(tmp_path: Path) -> None:
    index = pause_index(tmp_path)
    digest = build_digest(index, *WEEK)
    assert digest.pause == "the first launch in 47 days, the longest pause since 2023-06"
    assert digest_text(digest).splitlines()[-1] == (
        "The first launch in 47 days, the longest pause since 2023-06."
    )
    assert any("longest pause since 2023-06" in json.dumps(b) for b in digest_blocks(digest))


def test_a_pause_longer_than_any_before(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    add(index, "2025-01-10", "Kaechon")
    add(index, "2025-02-01", "Kaechon")
    add(index, "2025-05-14", "Kaechon")
    assert build_digest(index, *WEEK).pause == (
        "the first launch in 102 days, the longest pause in the index"
    )


def test_no_pause_when_a_launch_dated_to_its_month_fell_in_the_gap(tmp_path: Path) -> None:
    index = pause_index(tmp_path)
    add(index, "2025-04", "Wonsan", "cruise", precision="month")
    assert build_digest(index, *WEEK).pause is None


def test_a_short_gap_is_no_pause(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    first = dt.date(2025, 5, 14)
    add(index, (first - dt.timedelta(days=PAUSE_DAYS)).isoformat(), "Kaechon")
    add(index, first.isoformat(), "Kaechon")
    assert build_digest(index, *WEEK).pause is None


def test_a_week_of_80_launches_fits_in_one_message(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    for i in range(80):
        add(index, (WEEK[0] + dt.timedelta(days=i % 7)).isoformat(), f"Testsite {i}")
    add(index, "2025-05-14", "<!channel>")  # a site read from an article: escaped
    digest = build_digest(index, *WEEK)
    assert len(digest.launches) == 81
    blocks = digest_blocks(digest)
    assert len(blocks) <= MAX_BLOCKS
    assert blocks[0]["type"] == "header" and len(blocks[0]["text"]["text"]) <= 150
    texts = [e["text"] for b in blocks for e in ([b["text"]] if "text" in b else b["elements"])]
    assert all(len(text) <= MAX_SECTION_TEXT for text in texts)
    cards = [t for t in texts if t.startswith(":rocket:")]
    assert any(f"and {81 - len(cards)} more launches" in t for t in texts)
    assert "<!channel>" not in json.dumps(blocks)
    assert len(digest_text(digest).splitlines()) >= 1 + 81  # the console lists them all


def test_last_week_is_the_previous_monday_to_sunday() -> None:
    assert last_week(dt.date(2025, 5, 19)) == WEEK  # the Monday the digest runs
    assert last_week(dt.date(2025, 5, 21)) == WEEK  # a late run posts the same week
    assert last_week(dt.date(2025, 5, 18)) == (dt.date(2025, 5, 5), dt.date(2025, 5, 11))


def test_a_leap_day_compares_with_the_28th(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    add(index, "2023-02-28", "Kaechon")
    add(index, "2024-02-29", "Kaechon")
    digest = build_digest(index, dt.date(2024, 2, 29), dt.date(2024, 2, 29))
    assert (len(digest.launches), digest.same_period_last_year) == (1, 1)


def test_the_chart_is_a_png(year_on_year: Index, tmp_path: Path) -> None:
    from matplotlib import image

    png = monthly_chart(year_on_year, WEEK[1])
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(png) > 10_000
    pixels = image.imread(io.BytesIO(png), format="png")
    assert pixels.shape[:2] == (500, 1100)
    assert monthly_chart(year_on_year, WEEK[1]) == png  # the same data, the same bytes
    assert monthly_chart(year_on_year, WEEK[1], months=6) != png
    (tmp_path / "empty").mkdir()
    empty = monthly_chart(make_index(tmp_path / "empty"), WEEK[1])
    assert empty.startswith(b"\x89PNG") and empty != png


def test_a_digest_needs_a_period() -> None:
    with pytest.raises(ValueError):
        build_digest(Index("sqlite://"), WEEK[1], WEEK[0])
    assert Digest(WEEK[0], WEEK[1], [], 0, 0, 0, 0).quiet
