"""The ``/launches`` query language: what an analyst types, read into a :class:`Query`.

Analysts and duty officers type short, loose requests ("last 30d", "last Wonsan launch",
"count ICBM since 2022", "KN-23 this year", "Wonsn") in any order. This module turns one into
a :class:`Query` (a period, places, classes, designations, "latest N", "count") and nothing
more: it stores and searches nothing.

How a query is read, and why:

1. The common case, "last 30d", takes a regex fast path before anything is loaded.
2. The text is cleaned: Slack markup (``<@U123>``, ``<#C1|general>``, ``<http://x|label>``)
   is dropped or reduced to its label, control characters are stripped, and anything longer
   than :data:`MAX_LENGTH` is refused before any work is done on it.
3. The words are read left to right. At each word the grammar's forms (:data:`GRAMMAR`, a
   table of regexes over the lower-cased words) are tried first, so "last 30 days" is a
   period and "last Wonsan launch" is "the latest launch from Wonsan"; then places, missiles
   and class words spelt exactly (the longest run of words wins, so "Hwasong 18" is one
   missile); then filler words ("launches", "from", "the"); then near spellings ("Wonsn").
   A word that is none of these is an error with "did you mean" suggestions, never dropped:
   a silently ignored word is a wrong answer the analyst cannot see.

Dates: the grammar around dates ("since", "between ... and", "last N units", month names,
weekdays) is ours; :mod:`dateparser` reads only the day-precise dates the grammar has found
("March 3 2025", "3/3/2025", "2025-03-01"). Plain ``dateparser.parse`` finds nothing in
"last 30 days" or "since May" and puts "Monday" a week early.

Conventions (the help text says the same, from the same table):

- ``start`` and ``end`` are inclusive calendar days in the asker's zone (KST unless given).
  "Now" is the pinned clock the caller passes, so answers are reproducible.
- "last N days" runs from the same day N days ago through today: at 2025-05-22 10:00 KST,
  "last 30d" is 2025-04-22 to 2025-05-22. Weeks are 7 days; "last N months/years" steps the
  calendar back (2025-05-31 minus 3 months is 2025-02-28). "last N hours" starts on the day
  the window starts.
- "last week/month/year" is the previous calendar week (Monday to Sunday), month or year;
  "past week/month/year" is the last 7, 30 or 365 days; "this week/month/year" runs from its
  first day through today. A note on the query says which "last month" was meant.
- "since X" runs from X's first day through today; "after X" from the day after X; "before
  X" through the day before X; "until X" through X's last day. A month or weekday without a
  year is the most recent one that has begun ("since May" on 2025-05-22 is 2025-05-01).
- A place means its area: "Kalma" and "Wonsan" both search every place whose gazetteer area
  is Wonsan; a province searches every place in it. Classes and designations are
  alternatives (an ICBM *or* a KN-23); place, kind and period must all hold.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

from rapidfuzz import fuzz, process, utils

from bot.catalogue import Missile, default_catalogue, normalise
from bot.gazetteer import Place, default_gazetteer, name_key

__all__ = [
    "EXAMPLES",
    "GRAMMAR",
    "KST",
    "MAX_LENGTH",
    "Form",
    "Query",
    "QueryError",
    "help_text",
    "parse_query",
]

KST = dt.timezone(dt.timedelta(hours=9), "KST")

MAX_LENGTH = 300  # characters after cleaning; a real query is a tenth of that
_MAX_RAW = 10 * MAX_LENGTH  # longer raw text is refused before cleaning, however marked up
_MAX_SPAN = 6  # words in the longest name ("600-mm super-large multiple rocket launcher")
_FUZZY_CUTOFF = 85  # as Gazetteer.lookup and Catalogue.lookup: typos, not guesses


# --- the result ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Query:
    """A parsed ``/launches`` request; the empty Query means "all launches"."""

    start: dt.date | None = None  # inclusive day in the asker's zone
    end: dt.date | None = None  # inclusive day
    period: str | None = None  # how the period was said, normalised ("last 30 days", "2024")
    areas: tuple[str, ...] = ()  # canonical names of the areas asked about
    places: tuple[str, ...] = ()  # every canonical place those areas cover (the index filter)
    classes: tuple[str, ...] = ()  # missile classes (SRBM, ICBM, cruise, ...)
    types: tuple[str, ...] = ()  # canonical designations (KN-23, Hwasong-18, ...)
    latest: int | None = None  # only the N most recent launches
    count: bool = False  # "how many": the caller answers with a number
    help: bool = False
    notes: tuple[str, ...] = ()  # how a word was read, for the reply to show

    def describe(self) -> str:
        """One line saying how the query was understood, for the reply's first line.

        "Launches from Wonsan, 2025-04-22 to 2025-05-22 (last 30 days)", "ICBM launches,
        latest 1", "Launches of KN-23 in 2025 (this year)", "All launches".
        """
        if self.help:
            return "Help"
        subject = _subject(self.classes, self.types)
        if self.areas:
            subject += " from " + " or ".join(self.areas)
        subject += _when(self.start, self.end, self.period)
        if self.latest is not None:
            subject += f", latest {self.latest}"
        if self.count:
            return "Number of " + subject
        if subject == "launches":
            return "All launches"
        return subject[0].upper() + subject[1:]


def _subject(classes: tuple[str, ...], types: tuple[str, ...]) -> str:
    """ "launches", "ICBM launches", "launches of KN-23 or ICBM" (lower case first letter)."""
    kinds = [_CLASS_LABELS.get(c, c) for c in classes]
    if types:
        return "launches of " + " or ".join([*types, *kinds])
    if kinds:
        return " or ".join(kinds) + " launches"
    return "launches"


def _when(start: dt.date | None, end: dt.date | None, period: str | None) -> str:
    """The period part of :meth:`Query.describe`: " in 2024", ", since 2025-05-01", ..."""
    if start is None and end is None:
        return ""
    if start is None:
        assert end is not None
        return f" up to {end}" + _aside(period, f"before {end + dt.timedelta(days=1)}")
    if end is None or (period or "").startswith("since "):
        return f" since {start}"
    if start == end:
        return f" on {start}" + _aside(period, start.isoformat())
    so_far = period in ("this year", "this month")  # these run through today, not month end
    if (start.month, start.day) == (1, 1) and (end == dt.date(start.year, 12, 31) or so_far):
        return f" in {start.year}" + _aside(period, str(start.year))
    if start.day == 1 and (end == _month_end(start) or so_far):
        label = f"{_MONTH_NAMES[start.month - 1]} {start.year}"
        return f" in {label}" + _aside(period, label)
    return f", {start} to {end}" + _aside(period, f"{start} to {end}")


def _aside(period: str | None, shown: str) -> str:
    """ " (last 30 days)": the period as said, unless it is what the line already shows."""
    return f" ({period})" if period and period != shown else ""


class QueryError(ValueError):
    """A query that cannot be read: one short, friendly line, with suggestions.

    ``message`` is the line alone ("I don't know 'xyz'."); ``str()`` adds the suggestions,
    which the caller may instead show as buttons.
    """

    def __init__(self, message: str, suggestions: Iterable[str] = ()) -> None:
        self.message = message
        self.suggestions: tuple[str, ...] = tuple(suggestions)
        text = message
        if self.suggestions:
            text += " Did you mean " + _or_list([f"'{s}'" for s in self.suggestions]) + "?"
        super().__init__(text)


def _or_list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


# --- the draft a parse fills in -----------------------------------------------------------------


@dataclass
class _Draft:
    """The query being built; the grammar's actions write into it."""

    now: dt.datetime  # in the asker's zone
    start: dt.date | None = None
    end: dt.date | None = None
    period: str | None = None
    said_period: str | None = None  # the words, for the "two periods" message
    areas: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    latest: int | None = None
    count: bool = False
    help: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def today(self) -> dt.date:
        return self.now.date()

    def set_period(
        self, start: dt.date | None, end: dt.date | None, period: str, said: str
    ) -> None:
        """Record the period, refusing a second one and periods no launch can be in."""
        if self.said_period is not None:
            raise QueryError(
                f"I read two periods, '{self.said_period}' and '{said}'; give one, "
                "e.g. 'between March and May 2025'."
            )
        if start is not None and start > self.today:
            raise QueryError(f"'{said}' has not begun yet (today is {self.today}).")
        if start is not None and end is not None and end < start:
            raise QueryError(f"'{said}' ends before it begins.")
        self.start, self.end, self.period, self.said_period = start, end, period, said

    def add(self, target: list[str], values: Iterable[str]) -> None:
        target.extend(v for v in values if v not in target)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def build(self) -> Query:
        return Query(
            start=self.start,
            end=self.end,
            period=self.period,
            areas=tuple(self.areas),
            places=tuple(self.places),
            classes=tuple(self.classes),
            types=tuple(self.types),
            latest=self.latest,
            count=self.count,
            help=self.help,
            notes=tuple(self.notes),
        )


# --- dates --------------------------------------------------------------------------------------

# English names, spelt out: the calendar module's names follow the process locale.
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTHS = {
    name: number
    for number, full in enumerate(_MONTH_NAMES, start=1)
    for name in (full.lower(), full[:3].lower())
} | {"sept": 9}
_WEEKDAYS = {
    name: number
    for number, name in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}

_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b\.?"
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + r")\b"
_YEAR = r"(?:19|20)\d\d\b"
_DAYNUM = r"\d{1,2}(?:st|nd|rd|th)?\b"
_UNIT = "(?:week|month|year)"

# One date phrase, resolved by _resolve_date. Longer alternatives first: the regex takes the
# first that fits, and "may 2024" must not stop at "may".
_DAY_DATE = (
    rf"{_YEAR}-\d{{1,2}}-\d{{1,2}}\b"
    rf"|\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
    rf"|{_MONTH} {_DAYNUM}(?: {_YEAR})?"
    rf"|{_DAYNUM} {_MONTH}(?: {_YEAR})?"
)
_MONTH_DATE = rf"{_MONTH} {_YEAR}|{_YEAR}-\d{{2}}\b(?!-)"
_RELATIVE_DATE = (
    rf"(?:last|previous|this) {_UNIT}\b|last (?:{_MONTH}|{_WEEKDAY})|today\b|yesterday\b"
)
DATE = rf"(?:{_DAY_DATE}|{_MONTH_DATE}|{_RELATIVE_DATE}|{_MONTH}|{_WEEKDAY}|{_YEAR})"


@dataclass(frozen=True)
class _Span:
    """The days a date phrase covers; ``label`` says them absolutely ("May 2025")."""

    first: dt.date
    last: dt.date
    label: str
    said: str  # the user's words, normalised ("last month", "may")


def _month_end(day: dt.date) -> dt.date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _months_back(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` calendar months earlier, clamped to the month's length."""
    index = day.year * 12 + day.month - 1 - months
    year, month0 = divmod(index, 12)
    first = dt.date(year, month0 + 1, 1)
    return first.replace(day=min(day.day, _month_end(first).day))


def _month_span(year: int, month: int, said: str) -> _Span:
    first = dt.date(year, month, 1)
    return _Span(first, _month_end(first), f"{_MONTH_NAMES[month - 1]} {year}", said)


def _day_span(day: dt.date, said: str) -> _Span:
    return _Span(day, day, day.isoformat(), said)


def _recent_month(month: int, anchor: dt.date, said: str, strictly_before: bool = False) -> _Span:
    """The most recent ``month`` that has begun by ``anchor`` (or ended before its month)."""
    year = anchor.year
    if month > anchor.month or (strictly_before and month == anchor.month):
        year -= 1
    return _month_span(year, month, said)


def _recent_weekday(
    weekday: int, anchor: dt.date, said: str, strictly_before: bool = False
) -> _Span:
    """The most recent ``weekday`` on or before ``anchor`` (strictly before, for "last")."""
    back = (anchor.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return _day_span(anchor - dt.timedelta(days=back), said)


def _calendar_span(which: str, unit: str, draft: _Draft, said: str) -> _Span:
    """ "this/last week|month|year" as calendar units; "last" is the one before this one."""
    today = draft.today
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday())
        if which == "this":
            return _Span(monday, today, f"week of {monday}", said)
        first = monday - dt.timedelta(days=7)
        draft.note(
            f"{said}: the calendar week {first} to {first + dt.timedelta(days=6)} "
            "(Monday to Sunday); say 'past week' for the last 7 days"
        )
        return _Span(first, first + dt.timedelta(days=6), f"week of {first}", said)
    if unit == "month":
        if which == "this":
            span = _month_span(today.year, today.month, said)
            return _Span(span.first, today, span.label, said)
        previous = _months_back(today.replace(day=1), 1)
        span = _month_span(previous.year, previous.month, said)
        draft.note(
            f"{said}: the calendar month {span.label}; say 'past month' for the last 30 days"
        )
        return span
    year = today.year if which == "this" else today.year - 1
    if which != "this":
        draft.note(f"{said}: the calendar year {year}; say 'past year' for the last 365 days")
    last = today if which == "this" else dt.date(year, 12, 31)
    return _Span(dt.date(year, 1, 1), last, str(year), said)


def _parse_day(said: str, anchor: dt.datetime) -> dt.date:
    """A day-precise date phrase the grammar found, read by dateparser.

    Imported here: dateparser costs a tenth of a second to import and most queries never
    name a day.
    """
    import dateparser

    settings = {
        "RELATIVE_BASE": anchor.replace(tzinfo=None),
        "PREFER_DATES_FROM": "past",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(said, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        raise QueryError(f"'{said}' is not a date I can read; try 2025-03-01.")
    return parsed.date()


def _resolve_date(said: str, draft: _Draft, anchor: dt.date | None = None) -> _Span:
    """The days a date phrase (a match of :data:`DATE`) covers.

    ``anchor`` is the latest day a phrase without a year may mean: today, or in "between
    March and May 2025" the end of the range, so March is March 2025.
    """
    anchor = anchor or draft.today
    said = said.rstrip(".")
    words = said.replace(".", "").split()
    if said == "today":
        return _day_span(draft.today, said)
    if said == "yesterday":
        return _day_span(draft.today - dt.timedelta(days=1), said)
    if len(words) == 2 and words[1] in ("week", "month", "year"):
        return _calendar_span(words[0].replace("previous", "last"), words[1], draft, said)
    if len(words) == 2 and words[0] == "last":
        if words[1] in _WEEKDAYS:
            return _recent_weekday(_WEEKDAYS[words[1]], draft.today, said, strictly_before=True)
        return _recent_month(_MONTHS[words[1]], draft.today, said, strictly_before=True)
    if re.fullmatch(_DAY_DATE, said):
        base = dt.datetime.combine(anchor, draft.now.time())
        return _day_span(_parse_day(said, base), said)
    if re.fullmatch(_MONTH_DATE, said):
        if words[0][:1].isdigit():
            year, month = map(int, said.split("-"))
        else:
            year, month = int(words[1]), _MONTHS[words[0]]
        if not 1 <= month <= 12:
            raise QueryError(f"'{said}' is not a month I can read; try 'May 2024'.")
        return _month_span(year, month, said)
    if said in _MONTHS:
        return _recent_month(_MONTHS[said], anchor, said)
    if said in _WEEKDAYS:
        return _recent_weekday(_WEEKDAYS[said], anchor, said)
    year = int(said)
    return _Span(dt.date(year, 1, 1), dt.date(year, 12, 31), said, said)


# --- the grammar's actions ----------------------------------------------------------------------

Action = Callable[[re.Match[str], _Draft], None]

_UNITS = {
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "d": "days", "day": "days", "days": "days",
    "w": "weeks", "wk": "weeks", "wks": "weeks", "week": "weeks", "weeks": "weeks",
    "mo": "months", "mos": "months", "month": "months", "months": "months",
    "y": "years", "yr": "years", "yrs": "years", "year": "years", "years": "years",
}  # fmt: skip
_UNIT_WORD = "(?:" + "|".join(sorted(_UNITS, key=len, reverse=True)) + r")\b"
_PAST_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _rolling_start(now: dt.datetime, number: int, unit: str) -> dt.date:
    """The first day of "the last ``number`` ``unit``" ending today (see the module doc)."""
    today = now.date()
    if unit == "hours":
        return (now - dt.timedelta(hours=number)).date()
    if unit in ("days", "weeks"):
        return today - dt.timedelta(days=number * (7 if unit == "weeks" else 1))
    return _months_back(today, number * (12 if unit == "years" else 1))


def _set_rolling(draft: _Draft, number: int, unit: str, said: str) -> None:
    if number < 1:
        raise QueryError(f"'{said}' is an empty period; try 'last 30 days'.")
    try:
        start = _rolling_start(draft.now, number, unit)
    except (OverflowError, ValueError):
        raise QueryError(f"'{said}' reaches too far back; try 'before 2000'.") from None
    name = unit[:-1] if number == 1 else unit
    draft.set_period(start, draft.today, f"last {number} {name}", said)


def _act_rolling(m: re.Match[str], draft: _Draft) -> None:
    _set_rolling(draft, int(m["n"]), _UNITS[m["unit"]], m[0])


def _act_past(m: re.Match[str], draft: _Draft) -> None:
    _set_rolling(draft, _PAST_DAYS[m["unit"]], "days", m[0])


def _act_date(m: re.Match[str], draft: _Draft) -> None:
    """A date alone: its days; the period is said as typed if relative ("last month")."""
    span = _resolve_date(m[0], draft)
    relative = re.fullmatch(_RELATIVE_DATE, span.said) is not None
    draft.set_period(span.first, span.last, _pretty(span.said) if relative else span.label, m[0])


def _pretty(said: str) -> str:
    """ "last march" -> "last March": month and day names capitalised, as in the labels."""
    return " ".join(w.capitalize() if w in _MONTHS or w in _WEEKDAYS else w for w in said.split())


def _act_since(m: re.Match[str], draft: _Draft) -> None:
    span = _resolve_date(m["date"], draft)
    draft.set_period(span.first, draft.today, f"since {span.first}", m[0])


def _act_after(m: re.Match[str], draft: _Draft) -> None:
    span = _resolve_date(m["date"], draft)
    draft.set_period(span.last + dt.timedelta(days=1), draft.today, f"after {span.label}", m[0])


def _act_before(m: re.Match[str], draft: _Draft) -> None:
    span = _resolve_date(m["date"], draft)
    draft.set_period(None, span.first - dt.timedelta(days=1), f"before {span.label}", m[0])


def _act_until(m: re.Match[str], draft: _Draft) -> None:
    span = _resolve_date(m["date"], draft)
    draft.set_period(None, span.last, f"until {span.label}", m[0])


def _act_between(m: re.Match[str], draft: _Draft) -> None:
    last = _resolve_date(m["b"], draft)
    first = _resolve_date(m["a"], draft, anchor=last.last)
    draft.set_period(first.first, last.last, f"{first.label} to {last.label}", m[0])


def _act_latest(m: re.Match[str], draft: _Draft) -> None:
    number = int(m["n"]) if m["n"] else 1
    if number < 1:
        raise QueryError(f"'{m[0]}' asks for no launches; try 'last 5 launches'.")
    draft.latest = number


def _act_count(m: re.Match[str], draft: _Draft) -> None:
    draft.count = True


# --- the grammar: one table for the parser, its docs and the help -------------------------------


@dataclass(frozen=True)
class Form:
    """One form of the query language, as the help shows it and the parser reads it.

    ``pattern`` is a regex over the lower-cased words from the current word on; it must end
    at a word's end. Forms without a pattern (places, missiles, classes) are read by lookup
    in the gazetteer and catalogue and are here to be documented and exemplified.
    """

    section: str
    form: str
    meaning: str
    examples: tuple[str, ...]
    pattern: str | None = None
    action: Action | None = None


_LATEST = r"(?:last|latest|most recent|newest)(?: (?P<n>\d+)\b)?"
# "between" takes "and"; the other range forms do not, so "in 2020 and 2022" stays two years.
_RANGE = (
    rf"(?:(?P<between>between) |from )?(?P<a>{DATE}) "
    rf"(?(between)(?:and|to|-)|(?:to|until|till|through|thru|-)) (?P<b>{DATE})"
)
_HELP_WORDS = ("help", "usage", "?")

# Order matters: the first form that fits at a word wins, so ranges come before single dates,
# day dates before months ("May 3" is not May), and periods before "last" meaning latest.
GRAMMAR: tuple[Form, ...] = (
    Form("When", "last|past N days|weeks|months|years|hours (30d, 2w, 3mo, 1y, 24h)",
         "from the same day N units ago through today",
         ("last 30d", "last 2 weeks", "past 3 months", "last 24 hours"),
         rf"(?:last|past|previous|prior) (?P<n>\d+) ?(?P<unit>{_UNIT_WORD})",
         _act_rolling),
    Form("When", "past week|month|year", "the last 7, 30 or 365 days through today",
         ("past month", "past week"), r"past (?P<unit>day|week|month|year)\b", _act_past),
    Form("When", "since DATE", "from its first day through today",
         ("since May", "since 2025-03-01", "since March 2022", "since last year"),
         rf"since (?P<date>{DATE})", _act_since),
    Form("When", "after DATE", "from the day after it through today",
         ("after 2023",), rf"after (?P<date>{DATE})", _act_after),
    Form("When", "before DATE", "up to the day before it", ("before 2020",),
         rf"before (?P<date>{DATE})", _act_before),
    Form("When", "until DATE", "up to its last day", ("until March 2021",),
         rf"(?:until|till|through|up to) (?P<date>{DATE})", _act_until),
    Form("When", "between DATE and DATE, from DATE to DATE", "both ends included",
         ("between March and May 2025", "from 2024-01-01 to 2024-06-30"), _RANGE, _act_between),
    Form("When", "last|this week|month|year",
         "the previous calendar week (Mon-Sun), month or year; 'this ...' is so far",
         ("last month", "this year", "last week"),
         rf"(?:last|previous|this) {_UNIT}\b", _act_date),
    Form("When", "today, yesterday, Monday, last Monday, last March",
         "that day, or the most recent such weekday or month", ("yesterday", "last March"),
         rf"today\b|yesterday\b|last (?:{_MONTH}|{_WEEKDAY})|{_WEEKDAY}", _act_date),
    Form("When", "DATE", "that day (2025-03-01, March 3 2025, 3/3/2025)",
         ("on 2025-03-03", "March 3 2025", "3/3/2025"), _DAY_DATE, _act_date),
    Form("When", "YEAR, MONTH YEAR, MONTH", "that year or month (a month alone: the latest)",
         ("in 2024", "2024", "in May 2024", "May 2024"),
         rf"{_MONTH_DATE}|{_MONTH}|{_YEAR}", _act_date),
    Form("Which", "last|latest [N]", "only the N most recent launches (1 without N)",
         ("last Wonsan launch", "latest ICBM", "last 5 launches", "last launch"),
         _LATEST, _act_latest),
    Form("Which", "how many, count", "the number of launches, not the list",
         ("how many launches in 2024", "count ICBM since 2022"),
         r"how many\b|count\b|number of\b|total\b", _act_count),
    Form("Where", "PLACE", "launches from its whole area (Kalma counts as Wonsan); typos forgiven",
         ("Wonsan", "Kaech'on", "Sohae", "Wonsn"), None),
    Form("What", "CLASS", "ICBM, IRBM, MRBM, SRBM, SLBM, cruise, hypersonic, MLRS, SLV",
         ("ICBM", "cruise missiles", "SLBM", "short-range", "satellite"), None),
    Form("What", "DESIGNATION", "a missile by any of its names",
         ("KN-23", "Hwasong 18", "Pukguksong-3"), None),
    Form("Together", "any mix, in any order", "every part must hold",
         ("KN-23 this year", "last 3 SLBM launches from Sinpo",
          "how many cruise missiles from Wonsan in 2024", "ICBMs between 2017 and 2022"), None),
    Form("Help", ", ".join(_HELP_WORDS), "this list", ("help",), None),
)  # fmt: skip

EXAMPLES: list[str] = [example for form in GRAMMAR for example in form.examples]

_COMPILED: tuple[tuple[re.Pattern[str], Action], ...] = tuple(
    (re.compile(f"(?:{form.pattern})(?= |$)"), form.action)
    for form in GRAMMAR
    if form.pattern is not None and form.action is not None
)

# The common case, "last 30d", read before anything else is loaded or cleaned.
_FAST = re.compile(rf"\s*(?:last|past) (?P<n>\d{{1,7}}) ?(?P<unit>{_UNIT_WORD})\s*", re.I)

# Words a query may hold that say nothing: the index holds launches of missiles only.
# fmt: off
FILLER = frozenset({
    "a", "all", "an", "and", "any", "are", "at", "ballistic", "been", "by", "did", "do", "does",
    "dprk", "during", "event", "events", "far", "fire", "fired", "firing", "for", "from",
    "give", "has", "have", "in", "is", "korea", "korean", "launch", "launched", "launches",
    "launching", "list", "me", "missile", "missiles", "near", "nk", "of", "on", "one", "ones",
    "or", "over", "please", "projectile", "projectiles", "recent", "rocket", "rockets", "show",
    "so", "test", "tested", "testing", "tests", "the", "there", "they", "to", "was", "were",
    "what", "which", "with", "within",
})
# fmt: on
_NORTH_KOREA = re.compile(r"(?:north|n) korea(?:n|ns)?(?= |$)")

# Words that name a class; a trailing plural "s" is allowed. Keys are lower case with hyphens
# as spaces, so "short-range" and "short range" are one key.
_CLASS_WORDS = {
    "srbm": "SRBM", "short range": "SRBM", "close range": "SRBM",
    "mrbm": "MRBM", "medium range": "MRBM", "mid range": "MRBM", "middle range": "MRBM",
    "irbm": "IRBM", "intermediate range": "IRBM",
    "icbm": "ICBM", "intercontinental": "ICBM",
    "slbm": "SLBM", "submarine": "SLBM", "submarine launched": "SLBM", "sub launched": "SLBM",
    "underwater launched": "SLBM",
    "cruise": "cruise", "cruise missile": "cruise", "slcm": "cruise", "anti ship": "cruise",
    "mlrs": "MLRS", "mrl": "MLRS", "rocket launcher": "MLRS", "multiple rocket launcher": "MLRS",
    "multiple launch rocket": "MLRS", "rocket artillery": "MLRS",
    "slv": "SLV", "satellite": "SLV", "space launch": "SLV", "space launch vehicle": "SLV",
    "satellite launch vehicle": "SLV", "space rocket": "SLV",
    "hypersonic": "hypersonic", "hgv": "hypersonic",
}  # fmt: skip
_CLASS_LABELS = {"cruise": "cruise missile", "SLV": "satellite (SLV)"}

# Equal scores: a launch site is the likelier meaning than a town, a town than a province.
_KIND_RANK = {"site": 0, "area": 1, "city": 2, "county": 3, "province": 4, "sea": 5}


def help_text() -> str:
    """The help reply, generated from :data:`GRAMMAR` so it never drifts from the parser."""
    lines = [
        "*/launches* — ask for launches by period, place and missile, in any order "
        "(dates are Korea time, both ends included).",
    ]
    section = ""
    for form in GRAMMAR:
        if form.section != section:
            section = form.section
            lines.append(f"*{section}*")
        examples = ", ".join(f"`{e}`" for e in form.examples)
        line = f"• `{form.form}`: {form.meaning}"
        lines.append(line + (f". E.g. {examples}" if examples else ""))
    lines.append("Ignored: " + ", ".join(sorted(FILLER)) + ".")
    return "\n".join(lines)


def _forms_doc() -> str:
    """The forms as a docstring list, for ``parse_query.__doc__``."""
    lines = []
    for form in GRAMMAR:
        examples = f" ({'; '.join(form.examples)})" if form.examples else ""
        lines.append(f"    - ``{form.form}``: {form.meaning}{examples}")
    return "\n".join(lines)


# --- cleaning -----------------------------------------------------------------------------------

_SLACK = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_TOKEN = re.compile(r"[^\s,;()\[\]{}!?\"“”]+")
_EDGES = "*_~`'‘’.:<>"
_POSSESSIVE = re.compile(r"['’]s$")
_DROP_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})


def _strip_slack(text: str) -> str:
    """Mentions and bare links dropped, labelled links reduced to their label, entities decoded."""

    def replace(m: re.Match[str]) -> str:
        target, label = m[1], m[2]
        if target[:1] in "@#!" or not label:
            return " "
        return f" {label} "

    text = _SLACK.sub(replace, text)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _strip_controls(text: str) -> str:
    """Control and format characters out; line breaks and tabs become spaces."""
    return "".join(
        " " if c.isspace() else c
        for c in text
        if c.isspace() or unicodedata.category(c) not in _DROP_CATEGORIES
    )


def _clean(text: str) -> str:
    if len(text) > _MAX_RAW:
        raise _too_long(len(text))
    cleaned = " ".join(_strip_controls(_strip_slack(text)).split())
    if len(cleaned) > MAX_LENGTH:
        raise _too_long(len(cleaned))
    return cleaned


def _too_long(length: int) -> QueryError:
    return QueryError(
        f"That query is too long ({length} characters); keep it under {MAX_LENGTH}, "
        "e.g. 'ICBM since 2022'."
    )


def _words(text: str) -> list[str]:
    """The words of a cleaned query, as typed, without edge punctuation or a possessive 's."""
    words = []
    for raw in _TOKEN.findall(text):
        word = _POSSESSIVE.sub("", raw.strip(_EDGES)).strip(_EDGES)
        if word:
            words.append(word)
    return words


def _lower(word: str) -> str:
    """The form the grammar's regexes see: case folded, typographic dashes and quotes plain."""
    return word.casefold().replace("’", "'").replace("–", "-").replace("—", "-")


# --- places, missiles and classes ---------------------------------------------------------------

ReadingKind = Literal["place", "missile", "class"]


@dataclass(frozen=True)
class _Reading:
    """One way to read a run of words: a place, a missile or a class, and how closely."""

    kind: ReadingKind
    name: str
    score: float  # 100: spelt exactly
    place: Place | None = None

    @property
    def label(self) -> str:
        if self.place is not None:
            return f"the place {self.name} ({self.place.kind})"
        return f"the {self.kind} {self.name}"

    def rank(self) -> tuple[float, int, int]:
        kind = {"place": 0, "missile": 1, "class": 2}[self.kind]
        site = _KIND_RANK.get(self.place.kind, 9) if self.place else 9
        return (-self.score, kind, site)


@functools.cache
def _place_keys() -> dict[str, Place]:
    """Every spelling's name_key -> place: Gazetteer.lookup's keys, kept to report its ties."""
    return {name_key(n): p for p in default_gazetteer().places.values() for n in p.names}


@functools.cache
def _missile_keys() -> dict[str, Missile]:
    return {normalise(n): m for m in default_catalogue().missiles for n in (m.name, *m.aliases)}


def _class_key(text: str) -> str | None:
    key = " ".join(_lower(text).replace("-", " ").split())
    for candidate in (key, key[:-1] if key.endswith("s") else None):
        if candidate in _CLASS_WORDS:
            return _CLASS_WORDS[candidate]
    return None


def _exact_readings(text: str) -> list[_Reading]:
    """Readings of ``text`` spelt exactly (up to case, accents, hyphens, a plural 's')."""
    readings = []
    place = default_gazetteer().canonical(text)
    if place is not None:
        readings.append(_Reading("place", place.name, 100, place))
    key = normalise(text)
    missile = _missile_keys().get(key) or (
        _missile_keys().get(key[:-1]) if key.endswith("s") and len(key) > 3 else None
    )
    if missile is not None:
        readings.append(_Reading("missile", missile.name, 100))
    missile_class = _class_key(text)
    if missile_class is not None:
        readings.append(_Reading("class", missile_class, 100))
    return readings


def _near_places(text: str) -> list[_Reading]:
    """The closest places by spelling; more than one when they tie.

    Gazetteer.lookup answers a tie with None ("which one?"); a query reply is better served by
    taking one and saying so in a note, so the tied places are recovered here with the same
    scorer and cutoff.
    """
    key = name_key(text)
    if len(key) < 3:
        return []
    place = default_gazetteer().lookup(text, score_cutoff=_FUZZY_CUTOFF)
    hits = process.extract(
        key, list(_place_keys()), scorer=fuzz.ratio, limit=10, score_cutoff=_FUZZY_CUTOFF
    )
    best: dict[str, _Reading] = {}
    for choice, score, _ in hits:
        found = _place_keys()[choice]
        if found.name not in best or score > best[found.name].score:
            best[found.name] = _Reading("place", found.name, score, found)
    if not best:
        return []
    top = max(r.score for r in best.values())
    tied = [r for r in best.values() if r.score == top]
    if place is not None:  # lookup's unique answer; keep it first
        tied.sort(key=lambda r: r.name != place.name)
    return tied


def _near_missile(text: str) -> list[_Reading]:
    missile = default_catalogue().lookup(text, score_cutoff=_FUZZY_CUTOFF)
    if missile is None:
        return []
    key = normalise(text)
    score = max(fuzz.ratio(key, normalise(n)) for n in (missile.name, *missile.aliases))
    return [_Reading("missile", missile.name, score)]


def _all_readings(text: str, exact_only: bool) -> list[_Reading]:
    """Every reading of ``text``, best first; near spellings of the kinds not spelt exactly.

    With ``exact_only``, there are none unless one reading is exact: near spellings then only
    tell the note what else was considered ("Musudan" the missile, or the site Musudan-ri).
    """
    readings = _exact_readings(text)
    if exact_only and not readings:
        return []
    kinds = {r.kind for r in readings}
    if "place" not in kinds:
        readings += _near_places(text)
    if "missile" not in kinds:
        readings += _near_missile(text)
    return sorted(readings, key=_Reading.rank)


def _apply_reading(said: str, readings: list[_Reading], draft: _Draft) -> None:
    """Add the best reading to the draft, with a note when the reading needs one."""
    best = readings[0]
    if len(readings) > 1:
        others = _or_list([r.label for r in readings])
        draft.note(f"{said}: could be {others}; took {best.label}")
    if best.kind == "class":
        draft.add(draft.classes, [best.name])
    elif best.kind == "missile":
        draft.add(draft.types, [best.name])
        if normalise(said) != normalise(best.name) and len(readings) == 1:
            draft.note(f"{said}: read as {best.name}")
    else:
        assert best.place is not None
        _add_place(said, best.place, draft, noted=len(readings) > 1)


def _add_place(said: str, place: Place, draft: _Draft, noted: bool) -> None:
    """Add the place's area, and every place the area covers, to the draft."""
    gazetteer = default_gazetteer()
    area = gazetteer.places[place.area]
    if area.kind == "province":
        covered = [
            p.name
            for p in gazetteer.places.values()
            if area.name in (p.area, p.province, gazetteer.places[p.area].province)
        ]
    else:
        covered = [p.name for p in gazetteer.area_members(area.name)]
    draft.add(draft.areas, [area.name])
    draft.add(draft.places, covered)
    parts = []
    if name_key(said) != name_key(place.name) and not noted:
        parts.append(f"read as {place.name}")
    if area.name != place.name:
        parts.append(f"searched as part of the {area.name} area")
    if parts:
        draft.note(f"{said}: " + ", ".join(parts))


# --- unknown words ------------------------------------------------------------------------------

_KEYWORDS = (
    *_MONTHS, *_WEEKDAYS, "today", "yesterday", "since", "before", "after", "until", "between",
    "last", "latest", "past", "this", "week", "month", "year", "days", "how many", "count",
    "help", "launches", "missiles",
)  # fmt: skip
_KNOWN_WORDS = frozenset(_KEYWORDS) | FILLER | frozenset(_UNITS)


@functools.cache
def _vocabulary() -> tuple[tuple[str, str], ...]:
    """(spelling, what it names) for every name the suggestions may offer."""
    entries: list[tuple[str, str]] = []
    for place in default_gazetteer().places.values():
        entries += [(n, f"place:{place.name}") for n in place.names]
    for missile in default_catalogue().missiles:
        entries += [(n, f"missile:{missile.name}") for n in (missile.name, *missile.aliases)]
    classes = [c for c in default_catalogue().missile_classes if c != "unknown"]
    entries += [(c, f"class:{c}") for c in classes]
    entries += [(w, f"class:{c}") for w, c in _CLASS_WORDS.items()]
    entries += [(w, f"word:{w}") for w in _KEYWORDS]
    return tuple(entries)


def _suggest(word: str, limit: int = 3) -> tuple[str, ...]:
    """The ``limit`` names closest to ``word``, one spelling per place, missile or class."""
    vocabulary = _vocabulary()
    hits = process.extract(
        word,
        [spelling for spelling, _ in vocabulary],
        scorer=fuzz.WRatio,
        processor=utils.default_process,
        limit=50,
    )
    chosen: dict[str, str] = {}
    for spelling, _score, index in hits:
        chosen.setdefault(vocabulary[index][1], spelling)
        if len(chosen) == limit:
            break
    return tuple(chosen.values())


def _unknown(word: str) -> QueryError:
    """The error for a word nothing reads: suggestions, or examples of the form it starts."""
    if _lower(word) in _KEYWORDS:
        uses = [e for e in EXAMPLES if _lower(word) in e.lower().split()]
        return QueryError(f"I can't read '{word}' here.", uses[:3])
    if word.isdigit():
        return QueryError(
            f"I don't know what '{word}' counts.",
            (f"last {word} launches", f"last {word} days"),
        )
    return QueryError(f"I don't know '{word}'.", _suggest(word))


# --- parsing ------------------------------------------------------------------------------------


def _match_form(lower: list[str], i: int, draft: _Draft) -> int:
    """Words consumed by the first grammar form that fits at word ``i``; 0 if none fits."""
    rest = " ".join(lower[i:])
    for pattern, action in _COMPILED:
        m = pattern.match(rest)
        if m is not None:
            action(m, draft)
            return m[0].count(" ") + 1
    return 0


def _match_names(words: list[str], i: int, draft: _Draft, exact: bool) -> int:
    """Words consumed by a place, missile or class starting at word ``i``; 0 if none.

    The longest run of words spelt exactly wins ("Hwasong 18", "Sohae Satellite Launching
    Ground"). Near spellings are tried on one word, or two when the second is no known word
    ("Hwasng 18"), so a typo never swallows the word after it.
    """
    if exact:
        lengths = range(min(_MAX_SPAN, len(words) - i), 0, -1)
    else:
        pair = i + 1 < len(words) and _lower(words[i + 1]) not in _KNOWN_WORDS
        lengths = range(2 if pair else 1, 0, -1)
    for length in lengths:
        said = " ".join(words[i : i + length])
        readings = _all_readings(said, exact_only=exact)
        if readings:
            _apply_reading(said, readings, draft)
            return length
    return 0


def _read(words: list[str], draft: _Draft) -> None:
    """Read the words left to right into the draft (see the module doc for the order)."""
    lower = [_lower(w) for w in words]
    i = 0
    while i < len(words):
        step = _match_form(lower, i, draft) or _match_names(words, i, draft, exact=True)
        if not step and (lower[i] in FILLER or not any(c.isalnum() for c in lower[i])):
            step = 1  # a filler word, or punctuation ("&", "+") that says nothing
        if not step and (m := _NORTH_KOREA.match(" ".join(lower[i : i + 2]))):
            step = m[0].count(" ") + 1
        if not step:
            step = _match_names(words, i, draft, exact=False)
        if not step:
            raise _unknown(words[i])
        i += step


def parse_query(text: str, now: dt.datetime, tz: dt.tzinfo = KST) -> Query:
    """Read a ``/launches`` query; raise :class:`QueryError` with a friendly line if unreadable.

    ``now`` is the pinned clock; dates are resolved in ``tz``, the asker's zone (a naive
    ``now`` is taken to be in ``tz``). An empty query is ``Query()``, all launches.

    The forms, from :data:`GRAMMAR`:

    {forms}
    """
    now = now.astimezone(tz) if now.tzinfo is not None else now.replace(tzinfo=tz)
    fast = _FAST.fullmatch(text)
    if fast is not None:
        draft = _Draft(now)
        _set_rolling(draft, int(fast["n"]), _UNITS[fast["unit"].lower()], fast[0].strip().lower())
        return draft.build()
    cleaned = _clean(text)
    words = _words(cleaned)
    if cleaned == "?" or any(_lower(w) in _HELP_WORDS for w in words):
        return Query(help=True)  # whatever else was typed: the reply is the help
    draft = _Draft(now)
    _read(words, draft)
    return draft.build()


if parse_query.__doc__:
    parse_query.__doc__ = parse_query.__doc__.replace("    {forms}", _forms_doc())
