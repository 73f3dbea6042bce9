"""Answers as Slack Block Kit messages: a headline, one compact card per launch, and buttons.

:mod:`bot.render` says the same things in plain text; this module says them as blocks, within
Slack's limits. ``slack_sdk.models`` checks a block's own fields but not the 50 blocks a
message may hold, and Slack refuses a whole message that breaks any limit: the analyst would
get nothing. So every text here is bounded where it is built and checked again at the end.

Text that comes from articles or from the asker (outlets, sites, designations, notes quoting
the query) is escaped (``&``, ``<``, ``>``) so it cannot become a link, a mention or
``<!channel>``; Slack's mrkdwn has no escape for ``*`` or ``_``, and those only change emphasis.

Paging
------
``bot.answer.answer(index, query, limit, offset)`` returns the matching launches from
``offset`` on, newest first, at most ``limit`` of them -- except that a "latest N" query
returns N from ``offset`` and an empty query its default latest few -- and ``total``, how many
match in all. A page here is :func:`cards_per_page` launches, and page ``p`` starts at launch
``p * cards_per_page()``. A caller (the slash command, or a click on "More") does::

    limit, offset = page_window(request["page"])
    result = answer(index, parse_query(request["q"], now), limit, offset)
    say(blocks=answer_blocks(result, request=request), text=fallback_text(result))

so ``answer_blocks`` takes ``answer.launches[0]`` to be launch number ``page * per_page``.
Holding an answer that starts at the first launch instead, pass ``page_of(answer, page)``.

A "More" button appears only when the page is full and launches remain: a page the answer
function left short (an empty query's default latest five) ends with a hint instead, as in
:mod:`bot.render`. "Latest N" is paged up to N, and no further.

The buttons carry the request (``{"q", "now", "page"}``) as JSON so that a click recomputes
the same answer at the same pinned clock; :func:`read_request` reads one back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlsplit

from bot.answer import Answer
from bot.merge import Launch, Source
from bot.query import QueryError, help_text
from bot.render import missile_count

__all__ = [
    "MAX_BLOCKS",
    "MAX_BUTTON_VALUE",
    "MAX_SECTION_TEXT",
    "MORE_ACTION",
    "PAGE_SIZE",
    "SHARE_ACTION",
    "answer_blocks",
    "cards_per_page",
    "error_blocks",
    "fallback_text",
    "help_blocks",
    "launch_card",
    "missile_count",
    "page_of",
    "page_window",
    "read_request",
]

Block = dict[str, Any]

MAX_BLOCKS = 50  # per message; slack_sdk.models does not check it
MAX_SECTION_TEXT = 3000  # a section's text, and (we keep to it) a context element's
MAX_BUTTON_VALUE = 2000
PAGE_SIZE = 10  # launch cards per message; more -> a "More" button

MORE_ACTION = "launches_more"
SHARE_ACTION = "launches_share"

# Blocks a message may hold besides the cards: headline, notes, hint, More, Share/Shared by.
_OVERHEAD = 5
# Bounds on single values, so one absurd outlet or site cannot crowd out the rest of a card.
_MAX_NAME = 100
_MAX_URL = 1000
_MAX_SOURCES = 12
_MAX_VALUES = 6  # values shown for one disagreement
_MAX_OUTLETS = 4  # outlets named for one value of a disagreement
_ELLIPSIS = "…"

_FIELD_NAMES = {
    "distance_km": "distance",
    "apogee_km": "apogee",
    "missile_class": "class",
    "count": "count",
    "site": "site",
    "landing": "landing",
}


# --- paging -------------------------------------------------------------------------------------


def cards_per_page() -> int:
    """Launches shown per message: :data:`PAGE_SIZE`, unless the blocks around the cards would
    then break :data:`MAX_BLOCKS`. Paging and :func:`answer_blocks` must agree on it, or a
    click on "More" would skip launches."""
    return max(1, min(PAGE_SIZE, MAX_BLOCKS - _OVERHEAD))


def page_window(page: int) -> tuple[int, int]:
    """``(limit, offset)`` for ``bot.answer.answer`` so that its answer is page ``page``."""
    per_page = cards_per_page()
    return per_page, max(0, page) * per_page


def page_of(answer: Answer, page: int) -> Answer:
    """Page ``page`` of an answer whose launches start at the first match.

    For a caller that asked ``answer`` for everything (or ``limit=(page + 1) * per_page``)
    rather than for one page through :func:`page_window`.
    """
    per_page = cards_per_page()
    start = max(0, page) * per_page
    return dataclasses.replace(answer, launches=answer.launches[start : start + per_page])


def read_request(value: str) -> dict[str, Any]:
    """The request a button carries, checked: button values come back from outside.

    Raises ``ValueError`` when the value is not a request this module wrote.
    """
    request = json.loads(value)
    if not isinstance(request, dict):
        raise ValueError("a request is a JSON object")
    if not isinstance(request.get("q"), str) or not isinstance(request.get("now"), str):
        raise ValueError("a request has the query text 'q' and the clock 'now'")
    page = request.get("page", 0)
    if not isinstance(page, int) or isinstance(page, bool) or page < 0:
        raise ValueError("a request's 'page' is a whole number, 0 or more")
    return {**request, "page": page}


def _page(request: dict[str, Any]) -> int:
    page = request.get("page", 0)
    return page if isinstance(page, int) and not isinstance(page, bool) and page > 0 else 0


# --- answers ------------------------------------------------------------------------------------


def answer_blocks(
    answer: Answer, *, request: dict[str, Any], shared_by: str | None = None
) -> list[Block]:
    """The answer as a message: how the query was read, a card per launch of the page, then
    "More" (when launches remain) and "Share in channel" (or who shared it)."""
    query = answer.query
    if query.help:
        return help_blocks()
    page = _page(request)
    start = page * cards_per_page()
    shown = _visible(answer, start)
    head = [_section(f"*{_escape(answer.headline)}*"), *_notes(answer, start, len(shown))]
    cards = [_section(launch_card(launch)) for launch in shown]
    if query.count:
        cards = []
    elif answer.total == 0:
        cards = [_section("No launch in the index matches.")]
    elif not shown:
        cards = [
            _section(
                f"Nothing more to show: the {answer.total} launches matching are on earlier pages."
            )
        ]
    more = _more_button(request, page) if _has_more(answer, start, len(shown)) else None
    hint = _hint(answer, start, len(shown)) if more is None else []
    tail = [*hint, *_share(request, shared_by)]
    return _fit(head, cards, tail, more, request, page)


def launch_card(launch: Launch) -> str:
    """One launch as a compact mrkdwn card: when, what, where, how far, who says so, and
    where the sources disagree. At most :data:`MAX_SECTION_TEXT` characters."""
    lines = [
        _when(launch),
        _what(launch),
        _where(launch),
        _sources(launch.sources),
        *_disagreements(launch),
    ]
    return _truncate("\n".join(line for line in lines if line))


def fallback_text(answer: Answer) -> str:
    """The message's ``text``: what a notification or a screen reader shows instead of the
    blocks. The headline says the answer in one line."""
    if answer.query.help:
        return "How to ask /launches"
    return _truncate(_escape(answer.headline))


def _visible(answer: Answer, start: int) -> list[Launch]:
    """The launches of this page: a page's worth, and never past a "latest N"."""
    if answer.query.count:
        return []
    room = cards_per_page()
    if answer.query.latest is not None:
        room = min(room, answer.query.latest - start)
    return answer.launches[: max(0, room)]


def _wanted(answer: Answer) -> int:
    """How many launches the asker wants to see in all: "latest N" caps what matches."""
    if answer.query.latest is not None:
        return min(answer.total, answer.query.latest)
    return answer.total


def _has_more(answer: Answer, start: int, shown: int) -> bool:
    """Would the next page hold launches? Only if this one was full: a page the answer
    function left short was cut on purpose (an empty query's default latest few)."""
    full = shown == cards_per_page() and len(answer.launches) >= shown
    return not answer.query.count and full and start + shown < _wanted(answer)


def _notes(answer: Answer, start: int, shown: int) -> list[Block]:
    """The query's notes ("Wonsn: read as Wonsan") and which launches this page shows."""
    elements = []
    if answer.query.notes:
        elements.append("\n".join(_escape(note) for note in answer.query.notes))
    if shown and (start > 0 or shown < _wanted(answer)):
        elements.append(f"Showing {start + 1}–{start + shown} of {_wanted(answer)}")
    return [_context(*elements)] if elements else []


def _hint(answer: Answer, start: int, shown: int) -> list[Block]:
    """What to ask instead, when launches remain that no button will page to."""
    rest = _wanted(answer) - start - shown
    if answer.query.count or answer.query.latest is not None or rest <= 0 or not shown:
        return []
    return [_context(f"… {rest} more; narrow the period or ask for `last N launches`.")]


def _share(request: dict[str, Any], shared_by: str | None) -> list[Block]:
    """A "Share in channel" button for the asker's private answer, or, once shared, who
    shared it (the channel should see whose question this was)."""
    if shared_by is not None:
        return [_context(f"Shared by {_mention(shared_by)}")]
    button = _button("Share in channel", SHARE_ACTION, _request_value(request, _page(request)))
    return [_actions(SHARE_ACTION, button)] if button else []


def _more_button(request: dict[str, Any], page: int) -> Block | None:
    return _button("More", MORE_ACTION, _request_value(request, page + 1))


def _fit(
    head: list[Block],
    cards: list[Block],
    tail: list[Block],
    more: Block | None,
    request: dict[str, Any],
    page: int,
) -> list[Block]:
    """The message, never over :data:`MAX_BLOCKS`: the last check before Slack's.

    :func:`cards_per_page` leaves room for everything, so this only trims if that ever stops
    being true; then the cards are cut and a "More" button offered rather than the message
    refused.
    """
    more_blocks = [_actions(MORE_ACTION, more)] if more else []
    room = MAX_BLOCKS - len(head) - len(tail) - len(more_blocks)
    if len(cards) > room:
        more = more or _more_button(request, page)
        more_blocks = [_actions(MORE_ACTION, more)] if more else []
        room = MAX_BLOCKS - len(head) - len(tail) - len(more_blocks)
        cards = cards[: max(0, room)]
    blocks = [*head, *cards, *more_blocks, *tail]
    return blocks[:MAX_BLOCKS]


# --- a launch's card ----------------------------------------------------------------------------


def _when(launch: Launch) -> str:
    """ ":rocket: *2025-05-08 08:10 KST* (2025-05-07 23:10 UTC)": Korea time is how launches
    are dated; UTC is what the wires and the allies' statements use."""
    if not launch.time_kst:
        return f":rocket: *{_escape(launch.date)}*"
    line = f":rocket: *{_escape(launch.date)} {_escape(launch.time_kst)} KST*"
    utc = _utc(launch)
    return line + (f" ({_escape(utc)} UTC)" if utc else "")


def _utc(launch: Launch) -> str | None:
    """The UTC time as stored, or worked out from the KST day and time when it is not."""
    if launch.time_utc:
        return launch.time_utc.replace("T", " ").rstrip("Z")
    if launch.date_precision != "day" or not launch.time_kst:
        return None
    try:
        kst = dt.datetime.strptime(f"{launch.date} {launch.time_kst}", "%Y-%m-%d %H:%M")
    except ValueError:
        return None
    return (kst - dt.timedelta(hours=9)).strftime("%Y-%m-%d %H:%M")


def _what(launch: Launch) -> str:
    """ "*SRBM* (KN-23, Hwasong-11) · 3 missiles"."""
    known = launch.missile_class != "unknown"
    line = f"*{_name(launch.missile_class)}*" if known else "missile, type unknown"
    if launch.missile_types:
        line += f" ({', '.join(_name(t) for t in launch.missile_types[:_MAX_SOURCES])})"
    count = missile_count(launch.count_min, launch.count_max)
    return line + (f" · {count}" if count else "")


def _where(launch: Launch) -> str:
    """The site, linked to a map where its coordinates are known; then distance, apogee and
    where it came down."""
    parts = []
    if launch.site:
        url = _map_url(launch.lat, launch.lon)
        parts.append(f"<{url}|{_name(launch.site)}>" if url else _name(launch.site))
    elif launch.site_text:
        parts.append(_name(launch.site_text))
    if launch.distance_km is not None:
        parts.append(f"{launch.distance_km:g} km")
    if launch.apogee_km is not None:
        parts.append(f"apogee {launch.apogee_km:g} km")
    if launch.landing:
        parts.append(f"landed: {_name(launch.landing)}")
    return ":round_pushpin: " + " · ".join(parts) if parts else ""


def _map_url(lat: float | None, lon: float | None) -> str | None:
    """An OpenStreetMap link centred on the site; none without sensible coordinates."""
    if lat is None or lon is None or not (math.isfinite(lat) and math.isfinite(lon)):
        return None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return (
        f"https://www.openstreetmap.org/?mlat={lat:.2f}&mlon={lon:.2f}#map=10/{lat:.2f}/{lon:.2f}"
    )


def _sources(sources: Iterable[Source]) -> str:
    """ "Sources: <url|Reuters>, Kyodo": each outlet once, linked to its first story with a
    link; a long list ends "and N more"."""
    outlets: dict[str, str | None] = {}
    for source in sources:
        if outlets.get(source.outlet) is None:
            outlets[source.outlet] = _safe_url(source.url)
    if not outlets:
        return ""
    links = [
        f"<{url}|{_name(outlet)}>" if url else _name(outlet)
        for outlet, url in list(outlets.items())[:_MAX_SOURCES]
    ]
    rest = len(outlets) - len(links)
    return "Sources: " + ", ".join(links) + (f" and {rest} more" if rest > 0 else "")


def _disagreements(launch: Launch) -> list[str]:
    """ ":warning: sources differ on distance: 400 km (Reuters) / 350 km (Kyodo)": the index
    shows one value, and the analyst must see that it was a choice."""
    lines = []
    for name, pairs in launch.disagreements.items():
        values = [
            f"{_field_value(name, value)} ({_outlet_list(outlets)})"
            for value, outlets in pairs[:_MAX_VALUES]
        ]
        if len(pairs) > _MAX_VALUES:
            values.append(f"{len(pairs) - _MAX_VALUES} more")
        label = _FIELD_NAMES.get(name, _name(name))
        lines.append(f":warning: sources differ on {label}: " + " / ".join(values))
    return lines


def _field_value(name: str, value: Any) -> str:
    if name in {"distance_km", "apogee_km"} and isinstance(value, int | float):
        return f"{value:g} km"
    if name == "count" and isinstance(value, list | tuple) and len(value) == 2:
        low, high = value
        return f"{low}+" if high is None else str(low) if low == high else f"{low}-{high}"
    return _name(str(value))


def _outlet_list(outlets: list[str]) -> str:
    named = ", ".join(_name(o) for o in outlets[:_MAX_OUTLETS])
    rest = len(outlets) - _MAX_OUTLETS
    return named + (f" +{rest}" if rest > 0 else "")


# --- help and errors ----------------------------------------------------------------------------


def help_blocks() -> list[Block]:
    """The help of :func:`bot.query.help_text`, a section per heading ("*When*", "*Where*"),
    each under :data:`MAX_SECTION_TEXT` (a single section could not hold it for long)."""
    chunks: list[list[str]] = [[]]
    for line in _escape(help_text()).splitlines():
        line = _truncate(line)
        size = sum(len(x) + 1 for x in chunks[-1]) + len(line)
        if chunks[-1] and (_is_heading(line) or size > MAX_SECTION_TEXT):
            chunks.append([])
        chunks[-1].append(line)
    return [_section("\n".join(chunk)) for chunk in chunks if chunk][:MAX_BLOCKS]


def _is_heading(line: str) -> bool:
    return bool(re.fullmatch(r"\*[^*]+\*", line.strip()))


def error_blocks(err: QueryError) -> list[Block]:
    """A query that could not be read: the reason in one line, what may have been meant, and
    where to look. The asker's words are quoted in the message, so it is escaped."""
    text = f":thinking_face: {_escape(err.message)}"
    if err.suggestions:
        names = ", ".join(f"`{_name(s.replace('`', ''))}`" for s in err.suggestions)
        text += f"\nDid you mean: {names}?"
    return [_section(_truncate(text)), _context("Try `/launches help` for what I can read.")]


# --- block builders and text safety -------------------------------------------------------------


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _truncate(text)}}


def _context(*texts: str) -> Block:
    return {
        "type": "context",
        "elements": [{"type": "mrkdwn", "text": _truncate(t)} for t in texts[:10]],
    }


def _actions(block_id: str, *buttons: Block) -> Block:
    return {"type": "actions", "block_id": block_id, "elements": list(buttons)}


def _button(label: str, action_id: str, value: str) -> Block | None:
    """A button, or none when its value would be too long for Slack: a button that cannot
    carry the request back could not recompute the answer."""
    if len(value) > MAX_BUTTON_VALUE:
        return None
    return {
        "type": "button",
        "text": {"type": "plain_text", "text": label},
        "action_id": action_id,
        "value": value,
    }


def _request_value(request: dict[str, Any], page: int) -> str:
    return json.dumps(
        {**request, "page": page}, ensure_ascii=False, separators=(",", ":"), default=str
    )


def _mention(user: str) -> str:
    """``<@U123>`` for a user id (a ready-made mention is taken as it is)."""
    if re.fullmatch(r"<@[A-Z0-9]+>", user):
        return user
    if re.fullmatch(r"[A-Z0-9]+", user):
        return f"<@{user}>"
    return _name(user)


def _escape(text: str) -> str:
    """Slack's mrkdwn escaping: only these three characters are control characters."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _name(text: str) -> str:
    """A short value from an article (an outlet, a site), escaped and bounded."""
    return _truncate(_escape(" ".join(text.split())), _MAX_NAME)


def _safe_url(url: str | None) -> str | None:
    """An article's link, made safe inside ``<url|label>``; none unless http(s).

    The characters that would end the link early ("|", ">", "<", spaces) are
    percent-encoded; "&" stays as it is, as in the map links (Slack reads a bare "&" in a link
    as itself, and encoding it would change the query string).
    """
    if not url or len(url) > _MAX_URL:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    if scheme not in {"http", "https"}:
        return None
    return quote(url.strip(), safe="/:?#[]@!$&'()*+,;=%~-._")


_OPEN_LINK = re.compile(r"<[^>]*$")
_OPEN_ENTITY = re.compile(r"&[a-z]*$")


def _truncate(text: str, limit: int = MAX_SECTION_TEXT) -> str:
    """``text`` cut to ``limit`` characters with "…", never inside a ``<link>`` or an ``&amp;``
    (Slack would show broken markup, or refuse it)."""
    if len(text) <= limit:
        return text
    cut = text[: limit - len(_ELLIPSIS)]
    cut = _OPEN_LINK.sub("", cut)
    cut = _OPEN_ENTITY.sub("", cut)
    return cut + _ELLIPSIS
