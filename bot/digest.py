"""The weekly digest: what the index says about a week of launches, and a chart of the last two
years, as pure functions over an :class:`~bot.store.Index`.

Scheduling and posting belong elsewhere; everything here takes its dates as arguments (KST
days, as the index dates launches), so a digest can be rebuilt and tested for any week.

What counts where
-----------------
* The period's launches are those dated to a day in ``[start, end]``. A launch known only to
  its month or year ("in July 2024") cannot be said to fall in a given week, so a weekly digest
  leaves it out; the comparisons with the same days last year and with the previous period use
  the same rule, so that like is compared with like.
* Year-to-date totals count every launch that certainly happened by the date: one dated to a
  day up to it, or to a month that is over by then ("2025-03" counts by 2025-05-18; "2025-05"
  does not). Last year's total uses the same rule at the same date a year earlier.
* Pauses are measured between launches dated to a day.

Periods are compared by calendar dates: the same days a year earlier are the same dates
(29 February becomes the 28th), and the previous period is the one of equal length just before.
"""

from __future__ import annotations

import datetime as dt
import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from bot.blocks import MAX_BLOCKS, MAX_SECTION_TEXT, launch_card
from bot.event import MISSILE_CLASSES
from bot.merge import Launch
from bot.render import missile_count
from bot.store import Index, canonical_types

__all__ = [
    "PAUSE_DAYS",
    "SITE_DORMANT_DAYS",
    "Digest",
    "build_digest",
    "digest_blocks",
    "digest_text",
    "last_week",
    "monthly_chart",
]

Block = dict[str, Any]

# A gap before the period's first launch longer than this is news ("the first launch in 47
# days"); North Korea has often fired every few weeks, so a month is the usual rhythm.
PAUSE_DAYS = 30
# A launch area unused for longer than this is news again ("first launch from Sinpo since 2019").
SITE_DORMANT_DAYS = 365
# Slack's limit on a header block's plain text.
_MAX_HEADER = 150
# History is read backwards this many days at a time when measuring pauses: the answer is
# usually in the last few years, and reading the whole of a large index would be slow.
_CHUNK_DAYS = 366
_ELLIPSIS = "…"

# One colour per class, fixed, so a class looks the same from one week's chart to the next
# whatever classes the period happens to hold (colour-blind-safe Okabe-Ito, then greys).
_CLASS_COLOURS = {
    "SRBM": "#0072B2",
    "MLRS": "#56B4E9",
    "cruise": "#009E73",
    "MRBM": "#F0E442",
    "IRBM": "#E69F00",
    "hypersonic": "#D55E00",
    "ICBM": "#CC79A7",
    "SLBM": "#000000",
    "SLV": "#999999",
    "unknown": "#DDDDDD",
}


@dataclass
class Digest:
    """One period's launches and how the period compares with others."""

    start: dt.date  # first KST day of the period
    end: dt.date  # last KST day, inclusive
    launches: list[Launch]  # dated to a day in the period, oldest first
    same_period_last_year: int  # launches in the same days a year earlier
    previous_period: int  # launches in the period of equal length just before
    year_to_date: int  # launches of end's year by end
    last_year_to_date: int  # launches of the year before by the same date
    # "first flight of the Hwasong-19", "first launch from Sinpo since 2019", "first launch
    # from Kusong in the index": what makes a launch more than another launch.
    firsts: list[str] = field(default_factory=list)
    # "the first launch in 47 days, the longest pause since 2023-06", or None when the gap
    # before the period's first launch is not long (see PAUSE_DAYS).
    pause: str | None = None

    @property
    def quiet(self) -> bool:
        """No launch in the period: the digest is then a single line."""
        return not self.launches

    @property
    def days(self) -> int:
        """The period's length in days (7 for a week)."""
        return (self.end - self.start).days + 1


# --- periods ------------------------------------------------------------------------------------


def last_week(today: dt.date) -> tuple[dt.date, dt.date]:
    """The last complete Monday-to-Sunday week before ``today`` (a KST date).

    On a Monday (when the 09:00 digest runs) this is the 7 days before today. On any other day
    it is still that calendar week, not the 7 days before: a digest run late (the bot was down
    on Monday morning) then posts the week it missed, and consecutive digests never overlap or
    leave a day out.
    """
    monday = today - dt.timedelta(days=today.weekday())
    return monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)


def _year_earlier(day: dt.date) -> dt.date:
    """The same date a year earlier; 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _span(launch: Launch) -> tuple[dt.date, dt.date]:
    """The first and last KST day a launch may have been, from its date and precision."""
    if launch.date_precision == "day":
        day = dt.date.fromisoformat(launch.date)
        return day, day
    if launch.date_precision == "month":
        year, month = (int(x) for x in launch.date.split("-")[:2])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    year = int(launch.date[:4])
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def _day_launches(index: Index, start: dt.date, end: dt.date) -> list[Launch]:
    """Launches dated to a day in ``[start, end]``, oldest first (launch time, then id, within
    a day, so a day's salvos read in the order they were fired)."""
    found = [
        launch
        for launch in index.launches(start=start, end=end, newest_first=False)
        if launch.date_precision == "day"
    ]
    return sorted(found, key=lambda x: (x.date, x.time_kst or "99:99", x.id or 0))


def _certainly_by(index: Index, start: dt.date, end: dt.date) -> int:
    """Launches that certainly happened in ``[start, end]``: every day they may be is in it."""
    return sum(1 for launch in index.launches(start=start, end=end) if _span(launch)[1] <= end)


# --- building -----------------------------------------------------------------------------------


def build_digest(index: Index, start: dt.date, end: dt.date) -> Digest:
    """The digest of ``[start, end]`` (KST days, inclusive) from the index as it is now."""
    if end < start:
        raise ValueError(f"a digest's period ends ({end}) before it starts ({start})")
    length = dt.timedelta(days=(end - start).days + 1)
    launches = _day_launches(index, start, end)
    last_start, last_end = _year_earlier(start), _year_earlier(end)
    year_start = dt.date(end.year, 1, 1)
    return Digest(
        start=start,
        end=end,
        launches=launches,
        same_period_last_year=len(_day_launches(index, last_start, last_end)),
        previous_period=len(_day_launches(index, start - length, start - dt.timedelta(days=1))),
        year_to_date=_certainly_by(index, year_start, end),
        last_year_to_date=_certainly_by(index, _year_earlier(year_start), last_end),
        firsts=_firsts(index, launches),
        pause=_pause(index, launches[0]) if launches else None,
    )


def _firsts(index: Index, launches: list[Launch]) -> list[str]:
    """What the period's launches did for the first time: a designation never flown before
    (by its catalogue name, so "Hwasong-11A" and "KN-23" are one missile), and a launch area
    never used before or not for :data:`SITE_DORMANT_DAYS`.

    Each launch is compared with everything before its own day, so the second launch of a
    new missile in the same week is not a first; launches of the same day are told apart by
    remembering what this period already reported.
    """
    firsts: list[str] = []
    seen_types: set[str] = set()
    seen_areas: set[str] = set()
    for launch in launches:
        day = dt.date.fromisoformat(launch.date)
        before = day - dt.timedelta(days=1)
        for name in canonical_types(tuple(launch.missile_types)):
            if name in seen_types:
                continue
            seen_types.add(name)
            if index.count(types=[name], end=before) == 0:
                firsts.append(f"first flight of the {name}")
        area = launch.area or launch.site
        if not area or area in seen_areas:
            continue
        seen_areas.add(area)
        previous = index.launches(places=[area], end=before, limit=1)
        if not previous:
            firsts.append(f"first launch from {area} in the index")
            continue
        last = previous[0]
        if (day - _span(last)[1]).days > SITE_DORMANT_DAYS:
            firsts.append(f"first launch from {area} since {_since(last, day)}")
    return firsts


def _since(last: Launch, day: dt.date) -> str:
    """When an area was last used, as precisely as is worth saying: "2019" for years ago,
    "2024-03" for last year."""
    start = _span(last)[0]
    if last.date_precision == "year" or day.year - start.year >= 2:
        return str(start.year)
    return start.strftime("%Y-%m")


def _launches_before(index: Index, day: dt.date) -> Iterator[Launch]:
    """Every launch whose first possible day is before ``day``, newest first, read a chunk of
    history at a time: a pause is usually placed within a few years."""
    oldest = index.launches(limit=1, newest_first=False)
    if not oldest:
        return
    floor = _span(oldest[0])[0]
    end = day - dt.timedelta(days=1)
    while end >= floor:
        start = end - dt.timedelta(days=_CHUNK_DAYS - 1)
        yield from index.launches(start=start, end=end)
        end = start - dt.timedelta(days=1)


def _pause(index: Index, first: Launch) -> str | None:
    """The gap before the period's first launch, if longer than :data:`PAUSE_DAYS`, and how
    it compares with the gaps before it: "the longest pause since 2023-06" names the month in
    which the last pause at least as long ended.

    Nothing is said when a launch known only to its month certainly fell inside the gap: the
    gap between day-dated launches would then overstate the pause.
    """
    day = dt.date.fromisoformat(first.date)
    history = _launches_before(index, day)
    previous: dt.date | None = None
    coarse: list[tuple[dt.date, dt.date]] = []
    for launch in history:
        if launch.date_precision == "day":
            previous = _span(launch)[0]
            break
        coarse.append(_span(launch))
    if previous is None or any(previous < low and high < day for low, high in coarse):
        return None
    gap = (day - previous).days
    if gap <= PAUSE_DAYS:
        return None
    text = f"the first launch in {gap} days"
    later = previous
    for launch in history:
        if launch.date_precision != "day":
            continue
        earlier = _span(launch)[0]
        if (later - earlier).days >= gap:
            return f"{text}, the longest pause since {later:%Y-%m}"
        later = earlier
    return f"{text}, the longest pause in the index"


# --- plain text ---------------------------------------------------------------------------------


def digest_text(d: Digest) -> str:
    """The digest in plain text, as the console shows it and as a message's fallback text.

    A quiet period is one line, so a quiet week costs the channel one line; otherwise a
    headline, a line per launch, then the firsts and the pause, each on its own line.
    """
    period = f"from {d.start:%Y-%m-%d} to {d.end:%Y-%m-%d}"
    if d.quiet:
        return f"No launches {period}; {_year_to_date(d)}."
    lines = [f"{_launches(len(d.launches))} {period} ({_comparisons(d)}); {_year_to_date(d)}."]
    lines += [f"  {_line(launch)}" for launch in d.launches]
    lines += [_sentence(text) for text in d.firsts]
    if d.pause:
        lines.append(_sentence(d.pause))
    return "\n".join(lines)


def _launches(n: int) -> str:
    return "1 launch" if n == 1 else f"{n} launches"


def _comparisons(d: Digest) -> str:
    """ "same week last year: 1; previous week: 0" (a period other than a week says "same days
    last year" and "previous 30 days")."""
    if d.days == 7:
        same, previous = "same week last year", "previous week"
    else:
        same, previous = "same days last year", f"previous {d.days} days"
    return f"{same}: {d.same_period_last_year}; {previous}: {d.previous_period}"


def _year_to_date(d: Digest) -> str:
    return f"{d.year_to_date} so far this year, {d.last_year_to_date} by this date last year"


def _line(launch: Launch) -> str:
    """ "2025-05-14 06:50 KST  SRBM (KN-23), 2 missiles, from Kaechon, 400 km"."""
    when = launch.date + (f" {launch.time_kst} KST" if launch.time_kst else "")
    what = launch.missile_class if launch.missile_class != "unknown" else "missile, type unknown"
    if launch.missile_types:
        what += f" ({', '.join(launch.missile_types)})"
    parts = [what, missile_count(launch.count_min, launch.count_max)]
    if launch.site or launch.site_text:
        parts.append(f"from {launch.site or launch.site_text}")
    if launch.distance_km is not None:
        parts.append(f"{launch.distance_km:g} km")
    return f"{when}  " + ", ".join(part for part in parts if part)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


# --- Block Kit ----------------------------------------------------------------------------------


def digest_blocks(d: Digest) -> list[Block]:
    """The digest as a Slack message: a header, the comparisons, a card per launch (the same
    card as answers use), then the firsts and the pause.

    A message holds at most :data:`~bot.blocks.MAX_BLOCKS` blocks and Slack refuses the whole
    message past that, so the cards are capped and the rest counted ("and 35 more").
    """
    header = {
        "type": "header",
        "text": {
            "type": "plain_text",
            "emoji": True,
            "text": _bounded(f"Launches {d.start:%Y-%m-%d} to {d.end:%Y-%m-%d}", _MAX_HEADER),
        },
    }
    if d.quiet:
        return [header, _section(_escape(digest_text(d)))]
    summary = _context(f"*{_launches(len(d.launches))}* · {_comparisons(d)} · {_year_to_date(d)}")
    tail: list[Block] = []
    if d.firsts:
        tail.append(_section(_lines(["*Firsts*", *(f"• {_escape(t)}" for t in d.firsts)])))
    if d.pause:
        tail.append(_section(f":hourglass: {_escape(_sentence(d.pause))}"))
    room = MAX_BLOCKS - 2 - len(tail)
    cards = [_section(launch_card(launch)) for launch in d.launches]
    if len(cards) > room:
        shown = room - 1
        rest = len(cards) - shown
        cards = [
            *cards[:shown],
            _context(f"… and {rest} more {_plural(rest)}; the console's digest lists them all."),
        ]
    return [header, summary, *cards, *tail]


def _plural(n: int) -> str:
    return "launch" if n == 1 else "launches"


def _section(text: str) -> Block:
    return {"type": "section", "text": {"type": "mrkdwn", "text": _bounded(text)}}


def _context(text: str) -> Block:
    return {"type": "context", "elements": [{"type": "mrkdwn", "text": _bounded(text)}]}


def _lines(lines: list[str]) -> str:
    """Lines joined up to :data:`MAX_SECTION_TEXT`, whole lines only (a cut line could end
    inside an ``&amp;``), the rest counted."""
    kept: list[str] = []
    size = 0
    for i, line in enumerate(lines):
        note = f"… and {len(lines) - i} more"
        if size + len(line) + 1 + len(note) > MAX_SECTION_TEXT:
            kept.append(note)
            break
        kept.append(line)
        size += len(line) + 1
    return "\n".join(kept)


def _bounded(text: str, limit: int = MAX_SECTION_TEXT) -> str:
    """A last bound on a text the builders above already keep short."""
    return text if len(text) <= limit else text[: limit - 1] + _ELLIPSIS


def _escape(text: str) -> str:
    """Slack mrkdwn's control characters: a site or designation read from an article must not
    become a link or a ``<!channel>``."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- chart --------------------------------------------------------------------------------------


def monthly_chart(index: Index, end: dt.date, months: int = 24) -> bytes:
    """A PNG of launches per month by missile class (stacked bars) for the ``months`` calendar
    months ending with ``end``'s month (up to ``end``).

    A launch known to its month counts in that month; one known only to its year is left out.
    Drawn with Matplotlib's object API on the Agg canvas: no display, and no pyplot global
    state, which is not safe from the scheduler's threads. The same data gives the same bytes
    (no timestamps or version in the file), so a re-posted chart can be recognised.
    """
    if months < 1:
        raise ValueError("a chart covers at least one month")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    keys = _months(end, months)
    first = dt.date(*keys[0], 1)
    counts: Counter[tuple[tuple[int, int], str]] = Counter()
    for launch in index.launches(start=first, end=end, newest_first=False):
        if launch.date_precision == "year":
            continue
        day = _span(launch)[0]
        counts[(day.year, day.month), launch.missile_class] += 1
    present = {cls for _, cls in counts}
    classes = [c for c in MISSILE_CLASSES if c in present]
    classes += sorted(present - set(classes))

    figure = Figure(figsize=(11, 5), dpi=100)
    FigureCanvasAgg(figure)
    ax = figure.add_subplot()
    positions = list(range(len(keys)))
    bottom = [0] * len(keys)
    for cls in classes:
        heights = [counts[key, cls] for key in keys]
        ax.bar(
            positions,
            heights,
            bottom=bottom,
            width=0.8,
            label=cls,
            color=_CLASS_COLOURS.get(cls, "#777777"),
            edgecolor="white",
            linewidth=0.5,
        )
        bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    step = max(1, -(-len(keys) // 24))  # at most 24 labels, so they stay readable
    ax.set_xticks(positions[::step])
    ax.set_xticklabels(
        [f"{y}-{m:02d}" for y, m in keys[::step]], rotation=60, ha="right", fontsize=9
    )
    ax.set_xlim(-0.6, len(keys) - 0.4)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_ylim(0, max([*bottom, 1]) * 1.1)
    ax.set_ylabel("launches (a salvo is one)")
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    ax.set_title(
        f"North Korean missile launches per month by class, {first:%Y-%m} to {end:%Y-%m-%d} (KST)"
    )
    if classes:
        # Reversed, so the legend reads top-down as the bars are stacked.
        ax.legend(
            title="class", reverse=True, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False
        )
    else:
        ax.text(
            0.5,
            0.5,
            "no launches in the index for this period",
            ha="center",
            va="center",
            transform=ax.transAxes,
            color="#555555",
        )
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png", metadata={"Software": None})
    return out.getvalue()


def _months(end: dt.date, months: int) -> list[tuple[int, int]]:
    """``(year, month)`` of the ``months`` months ending with ``end``'s, oldest first."""
    last = end.year * 12 + end.month - 1
    return [(n // 12, n % 12 + 1) for n in range(last - months + 1, last + 1)]
