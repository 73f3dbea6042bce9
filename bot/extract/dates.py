"""Dates and clock times in a sentence, resolved to Korea time against the publication day.

The grammar around dates is ours, because news dates are relative in ways a generic parser gets
wrong: a Wednesday story's "on Wednesday" is that day, not a week before; "last Thursday" skips
the past two days; "early Monday" in a Sunday Washington story is the next day in Korea;
"2150 GMT Tuesday" is a time, not the year 2150. dateparser reads the absolute phrases we find
("Sept. 28", "28 September 2022"), which is what it is good at; its answers are cached per
phrase because parsing is 1-2 ms a call (docs/benchmarks.md).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from dateparser.date import DateDataParser
from text_to_num import alpha2digit

from bot.event import Precision
from bot.extract.cues import MONTHS, SHOWN_WORDS, lower
from bot.extract.numbers import number_word

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    rf"|(?:{_MONTH_ABBR})\.?)"
)
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = (
    r"(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen"
    r"|twenty|thirty)"
)

UTC = dt.UTC
KST = dt.timezone(dt.timedelta(hours=9), "KST")


def _utc(hours: float) -> dt.timezone:
    """A fixed offset from UTC, in hours: the zones below that keep no daylight saving."""
    return dt.timezone(dt.timedelta(hours=hours))


# The zones launch times are given in; JST is KST. "ET" and "PT" follow daylight saving.
ZONES: dict[str, dt.tzinfo] = {
    "KST": KST,
    "JST": KST,
    "GMT": UTC,
    "UTC": UTC,
    "UT": UTC,
    "Z": UTC,
    "EDT": _utc(-4),
    "EST": _utc(-5),
    "CDT": _utc(-5),
    "CST": _utc(-6),
    "PDT": _utc(-7),
    "PST": _utc(-8),
    "HST": _utc(-10),
    "BST": _utc(1),
    "CET": _utc(1),
    "CEST": _utc(2),
    "ET": ZoneInfo("America/New_York"),
    "PT": ZoneInfo("America/Los_Angeles"),
    "CT": ZoneInfo("America/Chicago"),
    # Pyongyang kept its own time, half an hour behind Seoul, from August 2015 to May 2018.
    "PYT": ZoneInfo("Asia/Pyongyang"),
    # Outlets far from Korea give the launch in their own time too.
    "MDT": _utc(-6),
    "MST": _utc(-7),
    "AKDT": _utc(-8),
    "AKST": _utc(-9),
    "BRT": _utc(-3),
    "ART": _utc(-3),
    "IST": _utc(5.5),
    "PKT": _utc(5),
    "GST": _utc(4),
    "MSK": _utc(3),
    "EAT": _utc(3),
    "SAST": _utc(2),
    "CAT": _utc(2),
    "WIB": _utc(7),
    "ICT": _utc(7),
    "SGT": _utc(8),
    "HKT": _utc(8),
    "PHT": _utc(8),
    "MYT": _utc(8),
    "AWST": _utc(8),
    "ACST": _utc(9.5),
    "ACDT": _utc(10.5),
    "AEST": _utc(10),
    "AEDT": _utc(11),
    "NZST": _utc(12),
    "NZDT": _utc(13),
    "ChST": _utc(10),  # Guam
}
# An abbreviation some countries share is the one of the story's own zone: "PST" in a Karachi
# story is Pakistan's, "CST" in a Beijing story China's, "IST" in a Dublin story Ireland's.
_SHARED_ZONES: dict[str, tuple[dt.tzinfo, ...]] = {
    "PST": (_utc(5),),
    "CST": (_utc(8),),
    "IST": (ZoneInfo("Europe/Dublin"), _utc(2)),
}
# "Korean time", "Sydney time", "New Zealand time": the zone a place's time is in.
_ZONE_WORDS = {
    "eastern": "ET",
    "pacific": "PT",
    "central": "CT",
    "hawaii": "HST",
    "korea": "KST",
    # ("3:17 Wednesday morning in North Korea": the peninsula's clock, as reporters give it)
    "north korea": "KST",
    "south korea": "KST",
    "korean": "KST",
    "seoul": "KST",
    "japan": "KST",
    "japanese": "KST",
    "tokyo": "KST",
    "pyongyang": "PYT",
    "india": "IST",
    "indian": "IST",
    "pakistan": "PKT",
    "gulf": "GST",
    "uae": "GST",
    "moscow": "MSK",
    "singapore": "SGT",
    "hong kong": "HKT",
    "beijing": "Asia/Shanghai",
    "china": "Asia/Shanghai",
    "manila": "PHT",
    "philippine": "PHT",
    "bangkok": "ICT",
    "jakarta": "WIB",
    "sydney": "Australia/Sydney",
    "canberra": "Australia/Sydney",
    "melbourne": "Australia/Sydney",
    "australian eastern": "Australia/Sydney",
    "aest": "AEST",
    "new zealand": "Pacific/Auckland",
    "nz": "Pacific/Auckland",
    "uk": "Europe/London",
    "british": "Europe/London",
    "london": "Europe/London",
    "irish": "Europe/Dublin",
    "central european": "Europe/Paris",
    "south african": "SAST",
    "alaska": "America/Anchorage",
    "guam": "ChST",
    "chamorro": "ChST",
    "swiss": "Europe/Zurich",
    "german": "Europe/Berlin",
    "french": "Europe/Paris",
    "italian": "Europe/Rome",
    "spanish": "Europe/Madrid",
    "turkish": "Europe/Istanbul",
    "western indonesia": "WIB",
    "indonesian": "WIB",
    "vietnam": "ICT",
    "vietnamese": "ICT",
    "malaysian": "MYT",
    "malaysia": "MYT",
}
# Places whose clock a time is given in: "8:49 a.m. in Manila", "1:17 p.m. Tuesday in Washington"
_ZONE_PLACES = {
    "washington": "ET",
    "new york": "ET",
    # ("7:30 p.m. on Saturday on the U.S. East Coast")
    "east coast": "ET",
    "u.s. east coast": "ET",
    "west coast": "PT",
    "u.s. west coast": "PT",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "dubai": "GST",
    "abu dhabi": "GST",
    "karachi": "PKT",
    "islamabad": "PKT",
    "new delhi": "IST",
    "delhi": "IST",
    "mumbai": "IST",
    "auckland": "Pacific/Auckland",
    "wellington": "Pacific/Auckland",
    "johannesburg": "SAST",
    "ottawa": "ET",
    "toronto": "ET",
    "vancouver": "PT",
    "dublin": "Europe/Dublin",
    "paris": "Europe/Paris",
    "berlin": "Europe/Paris",
    "brussels": "Europe/Paris",
    "switzerland": "Europe/Zurich",  # "at 2:34pm local time (6:34am in Switzerland)"
    "germany": "Europe/Berlin",
    "france": "Europe/Paris",
    "britain": "Europe/London",
    "ireland": "Europe/Dublin",
    "italy": "Europe/Rome",
    "spain": "Europe/Madrid",
    "geneva": "Europe/Zurich",
    "zurich": "Europe/Zurich",
    "bern": "Europe/Zurich",
    "stockholm": "Europe/Stockholm",
    "honolulu": "HST",
    "anchorage": "America/Anchorage",
    "seattle": "PT",
    "los angeles": "PT",
    "san francisco": "PT",
    "hagatna": "ChST",
    "palm beach": "ET",
    "florida": "ET",
    "california": "PT",
    "miami": "ET",
    "boston": "ET",
    "chicago": "America/Chicago",
    "houston": "America/Chicago",
    "denver": "America/Denver",
    "rome": "Europe/Rome",
    "madrid": "Europe/Madrid",
    "ankara": "Europe/Istanbul",
    "istanbul": "Europe/Istanbul",
    "hanoi": "ICT",
    "kuala lumpur": "MYT",
}
_ZONE_WORDS.update(_ZONE_PLACES)
# ("at 6:40 a.m. in central North Korea" is no zone)
_ZONE_ADJECTIVES = {
    "eastern",
    "pacific",
    "central",
    "korean",
    "japanese",
    "indian",
    "philippine",
    "british",
    "irish",
    "central european",
    "australian eastern",
    "south african",
    "aest",
    "gulf",
    "swiss",
    "german",
    "french",
    "chamorro",
    "italian",
    "spanish",
    "turkish",
    "western indonesia",
    "indonesian",
    "vietnamese",
    "malaysian",
}


def _words(words: Iterable[str]) -> str:
    """A regex alternation of phrases, longest first ("new zealand" before "zealand")."""
    return "|".join(
        re.escape(w).replace("\\ ", "\\s") for w in sorted(words, key=len, reverse=True)
    )


_ZONE_PLACE = _words(set(_ZONE_WORDS) - _ZONE_ADJECTIVES)
_ZONE_PHRASE = _words(_ZONE_WORDS)


def _behind_korea(zone: str) -> bool:
    tz = ZONES.get(zone) or ZoneInfo(zone)
    return (tz.utcoffset(dt.datetime(2020, 1, 15)) or dt.timedelta()) < dt.timedelta(hours=9)


# "Monday afternoon Alaska time", "Saturday evening in Paris": a day of a zone behind Korea's,
# which may be the Korean day before.
_BEHIND = {w for w, z in _ZONE_WORDS.items() if _behind_korea(z)}
WESTERN_DAY_AFTER = re.compile(
    # ("Late last night here in London"; "Last night our time", in a Washington briefing)
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+(?:here\s+)?(?:our\s+time\b|in\s+(?:the\s+)?(?:u\.?s\.?|united\s+states|"
    + _words(_BEHIND - _ZONE_ADJECTIVES)
    + r")|(?:u\.?s\.?|"
    + _words(_BEHIND)
    + r")\s+(?:standard\s+|daylight\s+)?time"
    # ("5:55 p.m. Saturday on the U.S. East Coast")
    r"|on\s+the\s+(?:u\.?s\.?\s+)?(?:east|west)\s+coast"
    # ("Wednesday evening ET -- Thursday morning in Seoul")
    r"|\(?(?:e|c|m|p)[sd]?t|gmt|utc|bst)\b"
)

# "In Washington it was still 4 July when the first missiles were fired": a sentence set in a
# place behind Korea names that place's days
WESTERN_PLACE_OPENING = re.compile(
    r"\W*in\s+(?:the\s+)?(?:u\.?s\.?|united\s+states|"
    + _words(_BEHIND - _ZONE_ADJECTIVES)
    + r")\b(?!\s+time\b)"
)

# "having dinner at his resort in Florida on Saturday night", "people in the United States were
# celebrating Independence Day on 4 July": the day of a place behind Korea, named before it in
# its clause
WESTERN_PLACE_BEFORE = re.compile(
    r"\bin\s+(?:the\s+)?(?:u\.?s\.?|united\s+states|"
    + _words(_BEHIND - _ZONE_ADJECTIVES)
    + r")\b(?:(?!\b(?:fired|launched|fires|launches|test-fired)\b)[^,;.:()—])*$"
)

# About when each part of a day falls, to tell on which Korean day it lies
_PART_HOURS = {"morning": 9, "afternoon": 15, "evening": 19, "night": 22, "late": 22}
_PART = re.compile(r"\b(?:morning|afternoon|evening|night|late)\b")
_ZONE_WORD = re.compile(rf"\b(?:{_ZONE_PHRASE})\b")


def past_midnight_in_korea(day_words: str, zone_words: str, day: dt.date) -> bool:
    """Is the part of a day that ``day_words`` name ("late Saturday", "Tuesday afternoon") in
    the zone of ``zone_words`` (" Washington time", " Eastern time") already the next day in
    Korea?  Tuesday afternoon in Washington is Wednesday's small hours in Seoul; Tuesday
    morning in London is still Tuesday there."""
    part = _PART.search(day_words) or _PART.match(zone_words.lstrip(", "))
    place = _ZONE_WORD.search(zone_words)
    if part is None or place is None:
        return False
    tz = _zone(_ZONE_WORDS[" ".join(place.group(0).split())], None, day)
    local = dt.datetime.combine(day, dt.time(_PART_HOURS[part.group(0)]), tzinfo=tz)
    return local.astimezone(KST).date() > day


@dataclass(frozen=True)
class DateMention:
    """A date phrase and the KST date it resolves to (to its precision)."""

    start: int
    end: int
    text: str
    date: dt.date
    precision: Precision
    # "since May" and "this year" describe periods, not one launch.
    period: bool = False
    # The story's "today" where it was written: in a Western story, Korea's may be the next day.
    zone_day: bool = False
    # "said on Tuesday", "Monday's Nikkei": the day of a statement or a paper, not of a launch.
    speech: bool = False
    # Days before the primary launch ("78 days after"), resolved once the primary is known.
    days_before_primary: int | None = None
    # Days after the sentence's previous date ("two days later"), resolved by find_dates.
    days_after_previous: int | None = None

    @property
    def iso(self) -> str:
        if self.precision == "year":
            return f"{self.date.year:04d}"
        if self.precision == "month":
            return f"{self.date.year:04d}-{self.date.month:02d}"
        return self.date.isoformat()


@dataclass(frozen=True)
class TimeMention:
    """A clock time in a sentence: KST time of day, and the KST date when the phrase fixes it."""

    start: int
    end: int
    text: str
    hour: int
    minute: int
    zone: str | None  # as written; None when the story gives local time
    kst_date: dt.date | None = None  # when the phrase names the day ("2150 GMT Tuesday")
    # Days Korea's date is ahead of the zone's at that time: "4:57 p.m. EDT" is the next day
    shift: int = 0

    @property
    def kst(self) -> str:
        return f"{self.hour:02d}:{self.minute:02d}"


# --- clock times -----------------------------------------------------------------------------

_DIGIT = re.compile(r"\d")
_ZONE = (
    r"(?:KST|JST|GMT|UTC|UT|EDT|EST|HST|PDT|PST|CDT|CST|BST|CET|CEST|ET|PT|CT|MDT|MST|AKDT|AKST|BRT"
    r"|ART|IST|PKT|GST|MSK|EAT|SAST|CAT|WIB|ICT|SGT|HKT|PHT|MYT|AWST|ACST|ACDT|AEST|AEDT|NZST"
    r"|NZDT|ChST)"
)
_AMPM = r"(?:[aApP]\.\s?[mM]\.?|[aApP][mM]\b)"
_TIME = re.compile(
    rf"""
    (?:
        (?P<h>\d{{1,2}})(?:[:.](?P<m>\d{{2}})(?::\d{{2}})?)?\s*(?P<ampm>{_AMPM})  # 6:50 a.m.
      | (?P<h24>[01]\d|2[0-3])[:.]?(?P<m24>[0-5]\d)                  # 2150 GMT, 23.51 GMT
        \s*(?=(?:hours?\s+)?{_ZONE}|Z\b|(?:local|their)\s+time\b|\s*h\b|\s*hrs  # 1817Z
            |(?i:(?:{_ZONE_PHRASE})\s(?:standard\s)?time\b)  # 0710 Korea time
            |(?:and|to|-|–)\s*(?:[01]\d|2[0-3])[:.]?[0-5]\d\s*(?:hours?|hrs|h)\b)  # 0810 and 0920 h
      # 10:15, 9.49: a clock only in context
      | (?P<hc>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mc>[0-5]\d)(?!\s*(?:km|kilomet|mile))
    )
    (?:\s*(?:hours?|hrs|h)\b)?
    (?:\s*(?:(?:local|their)\ time|\((?P<zone1>{_ZONE})\)|(?P<zone2>{_ZONE}|Z\b)
        |(?P<kt>(?i:(?:{_ZONE_PHRASE})\ (?:standard\ |daylight\ |summer\ )?time))
        |(?P<us>Eastern|Pacific|Central)(?![\w-]|\s+(?:Europe|European|Asia|African|Time|time))))?
    (?:\s*(?:on\s+)?(?P<wd>(?i:{_WEEKDAY}))(?:\s+(?:morning|afternoon|evening|night)(?=\s+\S+\s+time|\s+in\s))?
        (?:,?\s+(?P<kt2>(?i:(?:{_ZONE_PHRASE})\ (?:standard\ |daylight\ |summer\ )?time))
            |\s+(?P<zone3>{_ZONE})
            |\s+(?:in|on)\ (?:the\ )?(?P<kt3>(?i:{_ZONE_PLACE})\b))?
      # "8:49 a.m. in Manila", "6:56 a.m. on Guam" (an island's)
      | \s+(?:in|on)\ (?:the\ )?(?P<kt4>(?i:{_ZONE_PLACE})\b)
      | ,?\s*(?:on\s+)?(?P<md>{_MONTH}\s+\d{{1,2}}\b(?:,?\s+(?:19|20)\d\d)?  # HST May 28
            |\d{{1,2}}\s+{_MONTH}(?:,?\s+(?:19|20)\d\d)?)  # GMT on 28 November 2017
        (?:,?\s+in\ (?:the\ )?(?P<kt5>(?i:{_ZONE_PLACE})\b))?)?  # "on July 3 in Washington"
    """,
    re.VERBOSE,
)

_HERE = re.compile(r"\s+here\b")
_IN_PLACE = re.compile(rf"\s+(?:in|on)\s+(?:the\s+)?(?P<place>(?i:{_ZONE_PLACE}))\b")
_YESTERDAY_AFTER = re.compile(r"\s+(?:last\s+night|yesterday)\b", re.I)
# ("the first launch at 10:56 a.m. and the second at 1:03 p.m. Hawaii time")
_PAIR_LINK = re.compile(
    r"\s*(?:and|to|-|–)\s*(?:(?:the\s+(?:second|next|other|last)|another)(?:\s+one)?\s+at\s+)?"
    r"(?=\d)"
)
_RANGE_END = re.compile(rf"\s*(?:and|to|-|–)\s*\d{{1,2}}[:.]\d{{2}}\s*(?P<ampm>{_AMPM})")
# ("at 9:49am local time on Wednesday — 00:49 GMT": a dash or comma echoes the clock too)
_ECHO = re.compile(
    rf"(?:,?\s+(?:on\s+)?{_WEEKDAY})?\s*(?:\(|[—–]|--?|,)\s*",
    re.IGNORECASE,
)
_IN_BRACKETS = re.compile(r"[^()]*\([^()]*")
_ABROAD_END = re.compile(
    r"\s+in\s+(?:the\s+)?(?!(?i:(?:south\s+|north\s+)?korea|seoul|pyongyang|japan|tokyo))"
    r"[A-Z][\w\s-]*$"
)
_NOON = re.compile(
    r"\b(?:at|around|about|shortly\s+(?:before|after))\s+(?P<t>(?:around\s+|about\s+)?noon)\b"
)


# Broadcast speech: "2:34 in the afternoon local time", "about half past five this morning,
# Korean time". The part of the day settles a.m. or p.m.; a zone may follow it.
_DAYPART = re.compile(
    # ("7:10 Thursday morning": the weekday's part of the day)
    rf"\s+(?:(?:in\s+the|this|that|yesterday|tomorrow|(?i:{_WEEKDAY}))"
    r"\s+(?P<part>morning|afternoon|evening)"
    r"|(?P<night>at\s+night|tonight|last\s+night))"
    rf"(?:,?\s*(?:(?:local|their)\s+time|(?P<kt>(?i:(?:{_ZONE_PHRASE})\s(?:standard\s)?time))"
    # ("1:17 in the afternoon Eastern", American style)
    r"|(?P<us>Eastern|Pacific|Central)(?![\w-]|\s+(?:Europe|European|Asia|African|Time|time))))?"
)
_DAYPARTS = ("morning", "afternoon", "evening", "night")
_EVENING_BEFORE = re.compile(
    r"\b(?:last\s+night|tonight|(?:this|yesterday|in\s+the)\s+(?:evening|afternoon))\b[^.;:—–()]{0,25}$",
    re.IGNORECASE,
)
_NAMED_DAYPART = re.compile(r"\b(?:yesterday|tomorrow|last\s+night)\b")
# "just after half past five this morning in London": an audience's clock, in its own city
_ELSEWHERE = re.compile(
    r"\s+(?:here\s+)?in\s+(?!(?i:(?:south\s+|north\s+)?korea|seoul|pyongyang|japan|tokyo))[A-Z]"
)
_SPOKEN = re.compile(
    r"\b(?:(?P<lead>at|about|around|after|before|until)\s+(?:(?:about|around|roughly)\s+)?)?"
    r"(?P<t>(?:(?P<frac>half|(?:a\s+)?quarter)\s+(?P<rel>past|after|to)\s+)?"
    r"(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?P<oc>\s+o['’]clock)?)"
)


def _by_daypart(hour: int, part: re.Match[str]) -> int:
    """The 24-hour clock of "2:34 in the afternoon", "ten at night", "twelve this morning"."""
    if part.group("part") == "morning" or (part.group("night") and hour % 12 == 0):
        return hour % 12  # ("twelve at night" is midnight)
    return hour % 12 + 12


def _spoken_times(
    sentence: str, reference: dt.date, story_zone: dt.tzinfo | None
) -> list[TimeMention]:
    """Clock times in words: "at about half past five this morning, Korean time" (and in a
    story from abroad, "half past three in the morning here" is the story's zone's)."""
    found = []
    for m in _SPOKEN.finditer(sentence):
        part = _DAYPART.match(sentence, m.end())
        if part is None or not (m.group("lead") or m.group("frac") or m.group("oc")):
            continue  # "fired two in the morning" counts missiles
        named = (
            _zone_named(part.group("kt"))
            if part.group("kt")
            else _ZONE_WORDS[part.group("us").lower()]
            if part.group("us")
            else None
        )
        own = (
            named is not None
            and named != "KST"
            and story_zone is not None
            and _same_offset(_zone(named, story_zone, reference), story_zone, reference)
        )
        if (named is not None and named != "KST" and not own) or _ELSEWHERE.match(
            sentence, part.end()
        ):
            continue  # a foreign audience's clock: the digits' echo, or none
        hour = number_word(m.group("hw")) or 0
        minute = 0
        if frac := m.group("frac"):
            minute = 30 if frac == "half" else 15
            if m.group("rel") == "to":
                hour, minute = hour - 1 or 12, 60 - minute
        hour = _by_daypart(hour, part)
        zone, shift, kst_date = None, 0, None
        if story_zone is not None and (
            own
            or (not _same_offset(story_zone, KST, reference) and _HERE.match(sentence, part.end()))
        ):
            # "half past three in the morning here", "just before five in the afternoon Eastern
            # time" in a New York story: the story's own clock, whose Korean day may be the next
            zone = named or "here"
            # ("five o'clock yesterday afternoon here": a day named, which the clock fixes)
            named_day = _NAMED_DAYPART.search(part.group(0))
            base = reference
            if named_day:
                base += dt.timedelta(days=1 if named_day.group(0) == "tomorrow" else -1)
            local = dt.datetime.combine(base, dt.time(hour, minute), story_zone).astimezone(KST)
            hour, minute = local.hour, local.minute
            if named_day:
                kst_date = local.date()
            else:
                shift = (local.date() - base).days
        text = sentence[m.start("t") : part.end()]
        found.append(
            TimeMention(m.start("t"), part.end(), text, hour, minute, zone, kst_date, shift)
        )
    return found


_ZONE_GROUPS = ("zone1", "zone2", "zone3", "kt", "kt2", "kt3", "kt4", "kt5", "us")


def find_times(
    sentence: str,
    reference: dt.date,
    story_zone: dt.tzinfo | None = None,
    published: dt.datetime | None = None,
) -> list[TimeMention]:
    """Clock times, converted to KST with the day they fall on where the phrase fixes it.

    A foreign-zone time fixes the Korean day when it names its own weekday ("2150 GMT
    Tuesday"), or when it is in the story's own zone (a Washington story's "1:34 a.m. EDT" is
    on the story's day, or the day before when ``published``, the story's own time, is earlier).
    """
    found: list[TimeMention] = []
    if "noon" in sentence:
        # "launched at around noon": twelve o'clock, in the story's Korean frame.
        for m in _NOON.finditer(sentence):
            found.append(TimeMention(m.start("t"), m.end(), m.group("t"), 12, 0, None))
    if any(p in sentence for p in _DAYPARTS):
        found += _spoken_times(sentence, reference, story_zone)
    if not _DIGIT.search(sentence):
        return found
    for m in _TIME.finditer(sentence):
        part = None
        if m.start() and sentence[m.start() - 1] in "0123456789:.,":
            continue  # inside a number: "1,000.5", "12:13:45"
        if m.group("h") is not None:
            hour, minute = int(m.group("h")), int(m.group("m") or 0)
            ampm = m.group("ampm").lower()[0]
            if hour > 12 or hour == 0:
                continue
            hour = hour % 12 + (12 if ampm == "p" else 0)
        elif m.group("h24") is not None:
            hour, minute = int(m.group("h24")), int(m.group("m24"))
        else:
            hour, minute = int(m.group("hc")), int(m.group("mc"))
            # "2:34 in the afternoon", "8:40 last night" (and "7:10 Thursday morning", whose
            # weekday the clock pattern took)
            part = _DAYPART.match(sentence, m.end()) or _DAYPART.match(sentence, m.end("mc"))
            if (
                part is None
                and not _looks_like_clock(sentence, m.start(), m.end())
                # ("(23:29 Italian time on Tuesday)": a zone makes it a clock)
                and not any(m.group(g) for g in _ZONE_GROUPS)
            ):
                continue
            if (
                m.group("sep") == "."
                and part is None
                and not sentence.lower().endswith("local time", m.start(), m.end())
                and not any(m.group(g) for g in _ZONE_GROUPS)
            ):
                # ("9.49 this morning Korean time", "9.30 local time" are clocks; "9.49" alone
                # a number)
                continue
            if part is not None:
                hour = _by_daypart(hour, part)
            elif 0 < hour < 12 and _EVENING_BEFORE.search(
                sentence, max(0, m.start() - 40), m.start()
            ):
                hour += 12  # "last night, around 6:10 Eastern"
            shared = _RANGE_END.match(sentence, m.end())
            if shared and 0 < hour <= 12:
                # "between 9:06 and 9:27 a.m.": the first time shares the second's a.m./p.m.
                hour = hour % 12 + (12 if shared.group("ampm").lower()[0] == "p" else 0)
        zone = m.group("zone1") or m.group("zone2") or m.group("zone3")
        words = m.group("kt") or m.group("kt2") or (part and part.group("kt"))
        if words:
            zone = _zone_named(words)
        elif us := m.group("us") or (part and part.group("us")):
            zone = _ZONE_WORDS[us.lower()]  # American style: "7:49 p.m. Eastern"
        elif place := (
            m.group("kt3")
            or m.group("kt4")
            or m.group("kt5")
            # ("5:34 this morning in the UK")
            or (part and (after := _IN_PLACE.match(sentence, part.end())) and after.group("place"))
        ):
            # "1:17 p.m. Tuesday in Washington", "(8:49 a.m. in Manila)"
            zone = _ZONE_WORDS[" ".join(place.lower().split())]
        elif (
            not zone
            and (pair := _PAIR_LINK.match(sentence, m.end()))
            and (second := _TIME.match(sentence, pair.end()))
        ):
            # "(11.34am and 11.39am Singapore time)": the pair's zone is both times' (not
            # "7:30 p.m. ET Saturday - 9:30 a.m. Sunday in Pyongyang", each in its own)
            zone = second.group("zone1") or second.group("zone2") or second.group("zone3")
            if named := second.group("kt") or second.group("kt2"):
                zone = _zone_named(named)
            elif place := second.group("kt3") or second.group("kt4"):
                zone = _ZONE_WORDS[" ".join(place.lower().split())]
            elif named := _PLACE_TIME_AFTER.match(sentence, second.end()):
                zone = _iana_zone(named.group("place"))  # "(2.35pm and 2.38pm Thailand time)"
        if not zone and (lead := _ZONE_LEAD.match(sentence)) and lead.end() <= m.start():
            # "In Indian time, the first launch took place at 2.28 a.m.": the zone said first
            zone = _iana_zone(lead.group("place"))
            if zone is None:
                continue
        if (
            not zone
            and not found
            and (lead := _UTC_LEAD.match(sentence))
            and lead.end() <= m.start()
        ):
            # "In UTC the launch was at 00:30": the zone said first, of the clock that follows
            zone = "GMT" if lead.group(1).upper() == "GMT" else "UTC"
        if not zone and (named := _PLACE_TIME_AFTER.match(sentence, m.end())):
            # "(1:23 a.m. Saudi time)", "12.30pm eastern Australian time": a clock of a place
            # the table lacks, found among the IANA zones' cities; one in a zone no one can name
            # is at least not Korea's
            zone = _iana_zone(named.group("place"))
            if zone is None:
                continue
        if (
            not zone
            and (close := sentence.find(")", m.end())) != -1
            and _IN_BRACKETS.fullmatch(sentence, 0, m.start())
            and _ABROAD_END.search(sentence, m.end(), close)
        ):
            continue  # "(5:38 and 5:43 in the morning in the Netherlands)": elsewhere's clock
        tz = _zone(zone, story_zone, reference) if zone else None
        if tz is None and story_zone is not None and _HERE.match(sentence, m.end()):
            zone, tz = "here", story_zone  # a live blog's "11.30am local time, 3.30am here"
        wd = m.group("wd")
        end = m.end()  # (not over "this morning": that is a date)
        foreign = tz is not None and tz is not KST
        if wd and not foreign:
            # "10:42 p.m. on Tuesday": the weekday is the launch day, a date of its own.
            end = m.start("wd")
            wd = None
        kst_date: dt.date | None = None
        shift = 0
        md = m.group("md")
        if md and not foreign:
            end = m.start("md")  # "9:40 a.m. July 4" in Korea time: the date is a date
            md = None
        if foreign:
            assert tz is not None
            day = _weekday_on_or_before(reference, wd, allow_next=True) if wd else None
            if md:
                day = _absolute(md, reference)
            if day is None and _YESTERDAY_AFTER.match(sentence, m.end()):
                day = reference - dt.timedelta(days=1)  # "at 7:49 p.m. Eastern last night"
            # "22:42 local time (13:42 GMT)": the bracketed time is the same instant, and says
            # nothing of the day unless it names one ("(2150 GMT Tuesday)")
            # (and so is the pair "(4:35 am and 4:38 am in Buenos Aires)")
            echo = bool(found) and (
                _ECHO.fullmatch(sentence, found[-1].end, m.start()) is not None
                or any(_IN_BRACKETS.fullmatch(sentence, t.end, m.start()) for t in found)
            )
            own_zone = (
                story_zone is not None and not echo and _same_offset(tz, story_zone, reference)
            )
            base = day or reference
            if (
                own_zone
                and day is None
                and published is not None
                and (hour, minute) > (published.hour, published.minute)
            ):
                # "lifted off ... at 12.30pm eastern Australian time", in a Sydney paper of
                # 12:05 a.m.: a clock of the story's zone not yet come that day was the day before
                base = reference - dt.timedelta(days=1)
            local = dt.datetime(
                base.year, base.month, base.day, hour, minute, tzinfo=tz
            ).astimezone(KST)
            hour, minute = local.hour, local.minute
            # (only a time that names no day of its own and echoes no other)
            shift = (local.date() - base).days if day is None and not echo else 0
            if day is not None or own_zone:
                kst_date = local.date()
        text = sentence[m.start() : end].strip()
        text = re.sub(r"\s+on$", "", text)
        found.append(
            TimeMention(m.start(), m.start() + len(text), text, hour, minute, zone, kst_date, shift)
        )
    # "took place at 9 a.m., which corresponds to 9:30 a.m. Seoul time": the first clock is of
    # another zone (Pyongyang's), the converted one the story's
    return [
        t
        for t in found
        if t.zone is not None
        or not any(o.zone and _CONVERTED.fullmatch(sentence, t.end, o.start) for o in found)
    ]


_CONVERTED = re.compile(
    r",?\s*(?:which\s+(?:corresponds|is|was|equals|translates)\s+(?:to\s+)?|or\s+)"
)


_ZONE_LEAD = re.compile(
    r"(?:[Ii]n\s+)?(?P<place>(?:(?:[Ee]astern|[Ww]estern|[Cc]entral)\s+)?[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?)\s+(?:standard\s+)?time\s*,"
)
_UTC_LEAD = re.compile(r"\s*[Ii]n\s+(UTC|GMT|Zulu\s+time|[Uu]niversal\s+time)\b")
_PLACE_TIME_AFTER = re.compile(
    r"\s+(?P<place>(?:(?:[Ee]astern|[Ww]estern|[Cc]entral)\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"\s+(?:standard\s+|daylight\s+|summer\s+)?time\b"
)
# Demonyms and regions the IANA names do not spell: "Saudi time", "eastern Australian time".
# Looked up only when a clock's place is not in _ZONE_WORDS, whose names the clock pattern is
# compiled from: kept apart so that pattern does not grow with every rare zone.
_ZONE_REGIONS = {
    "saudi": "Asia/Riyadh",
    "eastern australian": "Australia/Sydney",
    "western australian": "Australia/Perth",
    "central australian": "Australia/Adelaide",
    "thai": "Asia/Bangkok",
    "mongolian": "Asia/Ulaanbaatar",
    "egyptian": "Africa/Cairo",
    "kenyan": "Africa/Nairobi",
    "nigerian": "Africa/Lagos",
    "brazilian": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "argentine": "America/Argentina/Buenos_Aires",
    "mexican": "America/Mexico_City",
    "chilean": "America/Santiago",
    "peruvian": "America/Lima",
    "colombian": "America/Bogota",
    "canadian eastern": "America/Toronto",
    "atlantic": "America/Halifax",
    "mountain": "America/Denver",
}


@functools.cache
def _iana_cities() -> dict[str, str]:
    """ "manila" -> "Asia/Manila", "sao paulo" -> "America/Sao_Paulo": every IANA zone by its
    city (tzdata is a dependency), for the places the zone table does not list."""
    cities = {}
    for name in available_timezones():
        if "/" in name and not name.startswith(("Etc/", "SystemV/", "US/")):
            cities[name.rsplit("/", 1)[1].replace("_", " ").lower()] = name
    return cities


@functools.cache
def _iana_countries() -> dict[str, str]:
    """ "thailand" -> "Asia/Bangkok": every country of one zone, from tzdata's own tables
    (iso3166.tab names the countries, zone.tab their zones), for "2.35pm Thailand time"."""
    tables = resources.files("tzdata.zoneinfo")
    names = dict(
        line.split("\t", 1)
        for line in (tables / "iso3166.tab").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    zones: dict[str, list[str]] = {}
    for line in (tables / "zone.tab").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            code, _, zone = line.split("\t")[:3]
            zones.setdefault(code, []).append(zone)
    return {
        names[code].lower(): only[0]
        for code, only in zones.items()
        if len(only) == 1 and code in names and "(" not in names[code]
    }


def _iana_zone(place: str) -> str | None:
    words = " ".join(place.lower().split())
    return (
        _ZONE_WORDS.get(words)
        or _ZONE_REGIONS.get(words)
        or _iana_cities().get(words)
        or _iana_countries().get(words)
    )


def _zone_named(words: str) -> str:
    """ "Korean standard time", "New Zealand time": the zone of the place named."""
    place = " ".join(words.lower().split()[:-1])
    return _ZONE_WORDS[re.sub(r"\s+(?:standard|daylight|summer)$", "", place)]


def _zone(name: str, story_zone: dt.tzinfo | None, day: dt.date) -> dt.tzinfo:
    if name in _SHARED_ZONES and story_zone is not None:
        for other in _SHARED_ZONES[name]:
            if _same_offset(other, story_zone, day):
                return other
    return ZONES[name] if name in ZONES else ZoneInfo(name)


def _same_offset(a: dt.tzinfo, b: dt.tzinfo, day: dt.date) -> bool:
    noon = dt.datetime(day.year, day.month, day.day, 12)
    return a.utcoffset(noon.replace(tzinfo=a)) == b.utcoffset(noon.replace(tzinfo=b))


def _looks_like_clock(sentence: str, start: int, end: int) -> bool:
    """A bare "10:15" is a time only with a time word nearby ("at 10:15", "10:15 this morning")."""
    before = sentence[max(0, start - 16) : start].lower()
    after = sentence[end : end + 20].lower()
    return (
        bool(_CLOCK_WORD_BEFORE.search(before))
        or bool(_CLOCK_WORD_AFTER.match(after))
        # ("10:00 local time": the words are the match's own)
        or sentence.lower().endswith("local time", start, end)
    )


_CLOCK_WORD_BEFORE = re.compile(
    r"\b(?:at|around|about|from|until|and|to|between|approximately|roughly|nearly|exactly"
    r"|precisely)\s*$"
)
_CLOCK_WORD_AFTER = re.compile(r"\s*(?:this|in the|on|local|hours|\()")


# --- dates -----------------------------------------------------------------------------------

# Date phrases, in families that each begin with a literal word (a weekday, a month, a digit,
# "yesterday"...), so the regex engine skips most positions at once; the words that may stand
# before a core ("last", "early", "in", "since") are read backwards from it. One alternation of
# everything was 20 times slower (docs/benchmarks.md).
_WEEKDAY_CORE = re.compile(
    rf"""(?P<wd>{_WEEKDAY})(?P<poss>[’']s)?
        (?:\s+(?:morning|afternoon|evening|night))?
        (?:,?\s+(?P<wdmd>{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d{{2}})?
            |\d{{1,2}}\s+{_MONTH}(?:,?\s+(?:19|20)\d{{2}})?)
          |,?\s+the\s+(?P<wdn>[12]?\d|3[01])(?:st|nd|rd|th)\b)?""",
    re.VERBOSE,
)
_WEEKDAY_LEFT = re.compile(
    r"(?:(?P<last>\blast|\bthis\s+past|\bpast|\bprevious)\s+)?(?:\b(?:early|late)\s+)?$"
)
_MONTH_DAY = re.compile(
    rf"""(?:{_MONTH}\s+(?:\d{{1,2}}(?:st|nd|rd|th)?|the\s+\d{{1,2}}(?:st|nd|rd|th))\b
            (?!\s*(?:km|kilomet|mile|%|percent|,\d))
            (?P<second>(?:\s*,\s*\d{{1,2}}\b(?![\d.,:]|\s*(?:km|kilomet|mile|%|missiles?)))*
                \s*,?\s*(?:and|&)\s+\d{{1,2}}\b(?!\s*(?:km|kilomet|mile|%|missiles?)))?
            (?:,?\s+(?:19|20)\d{{2}}\b)?
        |(?<![\d.,:])\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d{{2}}\b)?)
        (?:,?\s+(?P<rel>last|this|that|the\s+same)\s+year\b)?""",
    re.VERBOSE,
)
_DAY_NUMBER = re.compile(r"\d{1,2}")
_DAYS_BEFORE = re.compile(
    r"\bon\s+(?P<days>\d{1,2}(?:st|nd|rd|th)?(?:\s*,\s*\d{1,2}(?:st|nd|rd|th)?)*)"
    r"\s*,?\s*(?:and|&)\s+$"
)
_MONTH_WORD_IN = re.compile(r"(?<=\s)(?!of\b)[A-Za-z]+\.?(?:,?\s+(?:19|20)\d\d)?")
# "on the 21st" (not "the 21st century", not "the 21st launch"): a day of this month or last.
_ORDINAL_DAY = re.compile(
    # (and "spent the afternoon and evening of the 24th", "on the morning of the 25th")
    r"\b(?:on|(?:morning|afternoon|evening|night)\s+of)\s+(?P<t>the\s+(?P<d>[12]?\d|3[01])"
    r"(?:st|nd|rd|th))\b(?!\s+(?:century|anniversary|"
    r"time|launch|test|of\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)))"
    # "on the 11th and 12th": the second day of the pair
    r"(?:\s+and\s+(?P<t2>(?:the\s+)?(?P<d2>[12]?\d|3[01])(?:st|nd|rd|th))\b)?"
)
# A broadcast's "on the twenty-seventh of February": a day in words (read by text2num)
# (after "on": not "The launch was the fourth of March", one of a month's series; nor the
# "Fourth of July" holiday)
_ORDINAL_DIGITS = re.compile(r"(?:[12]?\d|3[01])(?:st|nd|rd|th)")
_SPOKEN_DAY = re.compile(
    r"\bthe(?:(?<=\bon\sthe)|(?<=\band\sthe))\s+(?!Fourth\s+of\s+July)"
    rf"(?P<w>(?:twenty|thirty)[-\s]\w+|\w+th|first|second|third)\s+of\s+{_MONTH}"
)
_ISO = re.compile(r"(?<![\d-])(?P<iy>(?:19|20)\d{2})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b")
# "28/09/2021", "on 16/11/2024": day first, as the outlets that write dates so do (unless the
# first number cannot be a day's month: "9/28/2021")
_SLASHED = re.compile(r"(?<![\d/])(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/(?P<sy>(?:19|20)\d{2})\b")
_MONTH_ALONE = re.compile(
    r"(?P<mname>January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?![-\s]*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\b)(?:\s+(?:of\s+)?(?P<my>(?:19|20)\d{2})"
    r"|\s+(?:of\s+)?(?P<rel>last|this|that|the\s+previous|the\s+same)\s+year)?\b"
)
_MONTH_LEFT = re.compile(
    r"(?:\b(?P<mprep>in|since|during|until|by|from|of|through|throughout|and|or|last)\s+)?"
    r"(?:\b(?P<part>early|mid|late|the\s+end\s+of|the\s+beginning\s+of"
    r"|the\s+(?:first|last)\s+day\s+of)[-\s]+)?$"
)
_MONTH_DETERMINER = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]hat)\s+$")
_MONTH_OF_LAUNCH = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:launch(?:es)?|tests?|test-firings?|firings?|attempts?|flights?)\b"
)
_MONTH_NAMED = re.compile(rf"\bin\s+(?P<m>{'|'.join(MONTHS)})(?:\s+(?P<y>(?:19|20)\d\d))?\b")
_YEAR = re.compile(
    # ("in 1998, 2006 and 2009": the list goes on after a comma)
    r"\b(?P<yprep>in|since|during|of|until|by|and|(?<=(?:19|20)\d\d),)\s+(?P<yy>(?:19|20)\d{2})\b"
    r"(?![-\s]*(?:gmt|utc|kst|hours|-\d))"
    # "The 1998 attempt, with the smaller Taepodong-1, reached space": the launch's year (not
    # "the 2006 test", as often the nuclear test)
    r"|\b(?:the|its|their|a)\s+(?P<ay>(?:19|20)\d{2})\s+"
    r"(?=(?:missile\s+|rocket\s+|satellite\s+|icbm\s+)?(?:attempt|launch|firing|flight)s?\b)"
)
_RELATIVE = re.compile(
    rf"""\b(?:
        # (not "Less than two days earlier": a bound, no day)
        (?<!less\sthan\s)(?<!more\sthan\s)(?<!fewer\sthan\s)(?<!nearly\s)(?<!almost\s)
        (?P<offset>(?P<n>{_NUM})\s+(?P<unit>days?|weeks?|months?)\s+
            (?P<dir>after|before|ago|earlier|later|prior))
      # "its first weapons launch in 77 days": the launch before it was 77 days before
      | (?P<gap>first\s+(?:[\w-]+\s+){{0,4}}?in\s+(?P<gn>\d{{1,3}}|[a-z]+(?:[\s-][a-z]+)?)\s+days)
      | (?P<row>(?:two|2)\s+(?:consecutive\s+|straight\s+|successive\s+)?days\s+in\s+a\s+row
            |(?:second|2nd)\s+(?:consecutive|straight|successive)\s+day|back-to-back\s+days)
      | (?P<dby>(?:the\s+)?day\s+before\s+yesterday)
      | (?P<prev>the\s+(?:previous|preceding)\s+(?:day|night|evening))
      | (?P<yday>yesterday|the\s+day\s+before(?!\s+(?:the|its|a)\b)
            |(?:a|one)\s+day\s+(?:earlier|before)|last\s+night)
      | (?P<today>today|tonight|this\s+(?:morning|afternoon|evening)
            |earlier\s+(?:in|on)\s+the\s+day|a\s+short\s+while\s+ago|hours\s+ago)
      | (?P<lastyear>(?:last|the\s+previous|the\s+past)\s+year)
      | (?P<lastmonth>(?:last|the\s+previous)\s+month)
      | (?P<thismonth>(?:earlier|late|early)\s+this\s+month)
      | (?P<thisyear>(?:earlier\s+)?this\s+year)
      | (?P<weekend>(?:over|at|during)\s+the\s+weekend|(?:last|this\s+past|past)\s+weekend)
    )\b""",
    re.VERBOSE,
)
# "that year", "later that month", "the following year": the time the text just told, a family
# of its own so that the common "the" and "that" do not slow the relative phrases down
_TOLD_TIME = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:that\s+(?:same\s+)?|the\s+same\s+)(?:year|month)\b"
    r"|\bthe\s+(?:following|next)\s+(?:year|month)\b"
)
_TOLD_TIME_WORDS = ("that year", "that month", "same year", "same month", "following", "next ")


def speaks_of_told_time(low: str) -> bool:
    """Does a (lower-cased) sentence speak of the time the text just told ("that year")?"""
    return any(word in low for word in _TOLD_TIME_WORDS) and bool(_TOLD_TIME.search(low))


def _ahead(phrase: str) -> int:
    """ "the following month", "the next year": one on from the time told."""
    return int("following" in phrase or "next" in phrase)


# Cheap gates: a family runs only on a sentence that has its core word at all.
_HAS_WEEKDAY = re.compile(r"day\b")
_HAS_MONTH = re.compile(rf"\b{_MONTH}")
_MONTH_STEMS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RELATIVE_WORDS = (
    "yesterday",
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "ago",
    "year",
    "month",
    "day",
    "week",
    "weekend",
    "row",
    "back-to-back",
)


# "TOKYO, Nov. 1 Kyodo -", "SEOUL, March 19 (Yonhap) --": the day the story was filed.
# A dateline is a place name, every word capitalised ("Hours earlier, late Sunday" is not one).
# ("PALM BEACH, Fla., Feb. 11 (UPI)": a state after the city)
_DATELINE = re.compile(r"^[A-Z][A-Za-z.'/-]*(?: [A-Z][A-Za-z.'/-]*)*,(?:\s+[A-Z][a-zA-Z.]+,?)?\s*$")
_LAUNCH_AFTER = re.compile(
    # ("fir(e|ed|ing)", not "the first phase of drills")
    r"[^,;]*?\b(?P<word>fir(?:e|ed|es|ing|ings)\b|launch\w*|test\w*|attempt\w*|missiles?|rockets?"
    r"|icbms?|slbms?|satellites?)\b"
)
_SAID_FIRST = re.compile(
    r"[^,;]{0,50}?\b(?:said|says|reported|announced|claimed|revealed|disclosed|condemned"
    r"|denounced|criticized|criticised|protested|warned|notified|informed|told)\b"
    r"[^,;]*?\b(?:fir(?:e|ed|es|ing|ings)\b|launch\w*|test\w*)"
)
# "North Korea said it had fired ...": the country's own word of its launch, whose day writers
# give as the launch's ("four days after it said it had fired two strategic cruise missiles")
OWN_WORD = (
    r"(?:north\s+korea|pyongyang|the\s+north|it)\s+(?:said|says|claimed)\s+(?:that\s+)?"
    r"(?:it|its\s+military)\s+had\s+"
)
_OWN_WORD_FIRED = re.compile(
    rf"\s+{OWN_WORD}(?:\w+-)?(?:fired|launched|tested)\b"
    # ("two days after the North said it had tested cruise missiles on Saturday and Sunday":
    # the launches' own days are given)
    rf"(?![^,;.]*\b(?:on|in|last)\s+(?i:{_MONTH}|{_WEEKDAY}))"
)
_SHOWN_FIRST = re.compile(rf"[^,;]{{0,40}}?\b(?:{SHOWN_WORDS})\b")
_REPORT_CAME = re.compile(
    r"\b(?:report|statement|announcement|dispatch|claim|remarks|comments?)\b[^.;]{0,70}?"
    r"\b(?:came|comes)\s+(?:just\s+|only\s+|about\s+)?$"
)
_DECISION_CAME = re.compile(
    r"\b(?:the|this|today['’]s)\s+(?:decision|move|measure|step|closure|suspension|sanctions)\s+"
    r"(?:came|comes)\s+(?:just\s+|only\s+|about\s+)?$"
)
_EXPLICIT_DAY = re.compile(rf",?\s*(?:on\s+)?(?:{_MONTH}\s+\d|\d{{1,2}}\s+{_MONTH}|{_WEEKDAY})")
_DEADLINE = re.compile(r"\b(?:by|until|till|before|through|to|between)\s+$")
_BY_DAY = re.compile(r"\b(?:by|until|till)\s+$")
_CAME = r"came|comes|come|coming"
_ROUGHLY = r"(?:just\s+|only\s+|about\s+|some\s+|nearly\s+)?"
_CAME_BEFORE = re.compile(
    rf"\b(?:{_CAME}|was|is|happened|occurred|took\s+place|fired|launched|"
    rf"test-fired|followed|follows)\s+{_ROUGHLY}$"
)
_AND_BEFORE = re.compile(rf",?\s+and\s+{_ROUGHLY}$")
_CAME_DAYS_AFTER = re.compile(rf"\b(?:{_CAME})\s+(?:\w+\s+){{1,3}}days?\s+after\b")


@dataclass(frozen=True)
class _Hit:
    """A date phrase found by one family, before it is resolved."""

    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


# Words after which a date is the day something was said or printed, not the day of a launch.
_SPEECH_BEFORE = re.compile(
    r"""\b(?:said|says|say|saying|announced|announcing|reported|reporting|report|reports
        # (not "were told to take cover on Tuesday morning": an order, not a telling)
        |told\b(?!\s+to\b)[\w\s,.'’-]{0,40}?
        # (as far as a spaced dash: "according to the ROK military - on April 15, twice on ...")
        |according\s+to\b(?:(?!\s[—–-]\s)[\w\s.'’()-]){0,60}?
        # "drawing condemnation from Tokyo and Washington on Monday night"
        |(?:condemnation|criticism|rebuke|reactions?|responses?)\s+from\b[\w\s,.'’-]{0,40}?
        # "followed a meeting in Washington on Friday of the Nuclear Consultative Group"
        |(?:meeting|summit|talks)\s+(?:in|at)\s+[\w\s.'’-]{0,30}?
        |wrote|writes|claimed|stated|added|confirmed|disclosed|revealed|tweeted|warned|noted
        |suggested|insisted|argued|acknowledged|admitted|estimated|assessed|believed|speculated
        |statement|briefing|announcement|quoted|cited|denounced|condemned|called|protested
        |dismissed|met|meet|meets|convene[ds]?|meeting|visit(?:ed|ing)?|election|elections|summit|talks
        |imposed|adopted
        # (past the paper it was said in: "a moratorium which Pyongyang reaffirmed in the
        # Pyongyang Declaration in September 2002")
        |(?:declared|pledged|promised|agreed|vowed|signed|reaffirmed|reiterated|renewed)
            (?:\s+(?:in|at|under|during)\s+the\s+[\w\s.'’-]{0,40}?)?
        |concluded|determined|judged  # "Seoul's military concluded in July that the satellite"
        |published|released|issued|aired|broadcast  # "in a report published Friday"
        |(?:report|dispatch)\s+carried  # "in a report carried early on June 23 Korea time"
        |posted|shared|uploaded|circulated  # "reads one post shared on July 13"
        # "Your front page on Tuesday carried ... Monday's launch": the paper's day
        |front\s+page|(?:news)?papers?|editions?|issues?|columns?|editorials?
        |took\s+office|came\s+to\s+power|returned\s+to\s+(?:office|power|the\s+white\s+house)|elected|inaugurated
        |sworn\s+in
        # "the first since Lee Jae Myung became South Korea's president in June"
        |became\s+(?:[\w'’.-]+\s+){0,3}?(?:president|prime\s+minister|premier|leader|chancellor)
        |which\s+was|which\s+is  # "5:27 a.m. local, which was Saturday afternoon here"
        |for  # "a Security Council meeting for Wednesday": a day something is set for
        # "state media identified the weapon on Wednesday as the Hwasong-16B": the naming's day
        # ("an initial government alert wrongly reported the launch on Saturday": a false report)
        |(?:identified|named|described|called|dubbed|(?:wrongly|mistakenly|erroneously|falsely)
            \s+(?:reported|announced))\s+(?:the\s+)?(?:weapon|missile|projectile
            |rocket|launch|test|it|them)s?)
        [\s,]+(?:\w+ly\s+)?(?:late\s+|early\s+|on\s+|in\s+|only\s+|as\s+of\s+)*
        (?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$""",
    re.VERBOSE,
)
_SPEECH_RIGHT_AFTER = re.compile(
    r"\s+(?:said|says|claimed|claims|announced|announces|reported|confirmed|stated|declared"
    r"|boasted|revealed|acknowledged|admitted"
    # "South Korea's military on Friday revised its assessment of the missiles fired Thursday"
    r"|revised|corrected|updated|assessed|concluded|estimated|disclosed"
    # "in what state media on Friday called another test-fire"
    r"|called|described|dubbed|termed|hailed|lauded|praised|celebrated|named|identified|published"
    r"|released|warned|threatened|vowed"
    # "South Korea's military on Tuesday disputed North Korea's claim that its missile flew"
    r"|disputed|denied|rejected|questioned|doubted|challenged|dismissed|refuted|debunked"
    # "after the U.S. Treasury Department on Tuesday sanctioned eight North Korean individuals"
    r"|sanctioned|imposed|blacklisted|adopted|approved|vetoed|visited|toured|met)\b"
)
_AGENCY_NAMED_AFTER = re.compile(
    r",\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:identified|named|described)\s+(?:the|it|them)\b"
)
_AGENCY_SAID_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:[A-Z][\w'’-]*|of|official|state(?:-run)?|media|news|agency|\([A-Z]+\))\s+){1,6}"
    r"(?:said|says|confirmed|reported|announced|claimed|stated|published|released|identified"
    r"|named|described|revealed|disclosed|acknowledged|admitted)\b"
)
# "On April 14, North Korea's official Korean Central News Agency (KCNA) said": the North's
# own media report a launch the day after (Seoul's military, the same day)
_STATE_MEDIA_SAID_AFTER = re.compile(
    r",\s+(?:north\s+korea['’]s\s+|pyongyang['’]s\s+|the\s+)?(?:official\s+|state(?:-run)?\s+)*"
    r"(?:korean\s+central\s+news\s+agency|kcna|media|rodong\s+sinmun)\s+(?:\(kcna\)\s+)?"
    r"(?:said|says|reported|announced|claimed|confirmed|revealed|disclosed)\b"
)
_COLON_AFTER = re.compile(r"\s*:(?!\d)")
_REPORTER_BEFORE = re.compile(
    r"\b(?:kcna|state\s+(?:media|tv|television)|rodong\s+sinmun|yonhap|kyodo|nhk|the\s+jcs"
    r"|pyongyang|seoul|tokyo|washington)\s+$"
)
_RELEASED_BY = re.compile(
    r"\b(?:released|published|distributed|provided|issued|carried|aired)\s+(?:by|from|via|in|on)\b"
    r"[^,.;]{0,80}?\s(?:on|late\s+on|early\s+on)\s+$"
)
_NAME_ANNOUNCED_AFTER = re.compile(
    # ("Two days earlier, state media announced tests of new cruise missiles")
    r",?\s+(?:[A-Z][\w-]+|(?i:state\s+media))\s+(?:announced|declared|pledged|promised|vowed"
    r"|proclaimed)\b"
)
# "Monday's Nikkei", "Sunday's papers": a weekday naming a newspaper edition.
_PAPER_AFTER = re.compile(
    r"\s*(?:edition|editions|paper|papers|newspaper|newspapers|issue|Nikkei|Yomiuri|Asahi|"
    r"Mainichi|Sankei|Tokyo Shimbun|New York Times|Rodong Sinmun)\b"
)


@functools.cache
def _parser() -> DateDataParser:
    return DateDataParser(
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False},
    )


@functools.lru_cache(maxsize=4096)
def _month_day_year(phrase: str) -> tuple[int | None, int, int] | None:
    """(year or None, month, day) of an absolute date phrase, read by dateparser."""
    data = _parser().get_date_data(phrase)
    if data.date_obj is None or data.period != "day":
        return None
    parts = getattr(data, "parts", None) or ()
    year = data.date_obj.year if ("year" in parts or re.search(r"(?:19|20)\d\d", phrase)) else None
    return year, data.date_obj.month, data.date_obj.day


def _weekday_on_or_before(
    ref: dt.date, name: str, *, allow_next: bool = False, last: bool = False
) -> dt.date:
    target = WEEKDAYS.index(name.lower())
    if allow_next and not last and (ref + dt.timedelta(days=1)).weekday() == target:
        return ref + dt.timedelta(days=1)
    back = (ref.weekday() - target) % 7
    if last:
        # "last Monday" skips the past two days: yesterday's Monday would be "on Monday".
        back = back if back >= 3 else back + 7
    return ref - dt.timedelta(days=back)


def _most_recent(ref: dt.date, month: int, day: int, slack_days: int = 1) -> dt.date | None:
    """The date without a year that is most recent, not after the reference (plus slack).

    A date days or weeks ahead ("the Oct. 31 election" in an October 19 story) is the future,
    not last year; "Dec. 18" in an October story is last December.
    """
    for year in (ref.year, ref.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if candidate <= ref + dt.timedelta(days=slack_days):
            return candidate
        if candidate <= ref + dt.timedelta(days=30):
            return None
    return None


def _day_of(month: dt.date, number: int) -> dt.date | None:
    """The ``number``-th of ``month``'s month, if it has one."""
    with contextlib.suppress(ValueError):
        return month.replace(day=number)
    return None


def _shift_month(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


# North Korea's first missile flight test was in 1984: an earlier year is history, not a launch.
FIRST_YEAR = 1984


_MONTH_HEADING = re.compile(r"(?P<month>[a-z]+)(?:\s+(?P<year>(?:19|20)\d\d))?\s*:?", re.IGNORECASE)


_WHEN_AFTER = re.compile(r",?\s+when\b")


def month_heading(line: str, reference: dt.date) -> dt.date | None:
    """The month a line alone names, as a timeline's heading ("FEBRUARY", "March 2017"): the
    first of that month, the latest one not after the reference unless the year is given."""
    found = _MONTH_HEADING.fullmatch(line.strip())
    if found is None or found.group("month").lower() not in MONTHS:
        return None
    month = MONTHS.index(found.group("month").lower()) + 1
    if found.group("year"):
        return dt.date(int(found.group("year")), month, 1)
    year = reference.year if month <= reference.month else reference.year - 1
    return dt.date(year, month, 1)


def _days_after_named(hit: _Hit, sentence: str, named: DateMention) -> DateMention | None:
    g = hit.groups
    n = number_word(g.get("n") or "") if hit.kind == "offset" else None
    if (
        n is None
        or (g.get("dir") or "").lower() != "after"
        or not (g.get("unit") or "").lower().startswith("day")
        or not _JUST_AFTER_DAY.fullmatch(sentence, named.end, hit.start)
        or not _NORTH_LAUNCHED.match(lower(sentence), hit.end)
    ):
        return None  # (not "a day after Seoul and Washington announced they would deploy")
    text = sentence[hit.start : hit.end]
    return DateMention(hit.start, hit.end, text, named.date - dt.timedelta(days=n), "day")


_NORTH_LAUNCHED = re.compile(
    r"\s+(?:north\s+korea|pyongyang|the\s+north|the\s+country|it)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:fired|launched|test-fired|test-launched|tested|conducted)\b"
)
_JUST_AFTER_DAY = re.compile(r"\s*,\s*(?:just\s+|only\s+|some\s+)?")
# KCNA's calendar: "November 29, Juche 106 (2017)" is 2017 (Juche 1 is 1912).
_JUCHE = re.compile(r"\bJuche\s+(\d{1,3})(?:\s*\((\d{4})\))?", re.IGNORECASE)


def _gregorian(m: re.Match[str]) -> str:
    """The Gregorian year, padded so that offsets in the sentence stay put."""
    year = m.group(2) or str(int(m.group(1)) + 1911)
    return year.ljust(len(m.group(0)))


def find_dates(
    sentence: str,
    reference: dt.date,
    *,
    western: bool = False,
    month: dt.date | None = None,
    previous: dt.date | None = None,
    narrative: dt.date | None = None,
) -> list[DateMention]:
    """Every date phrase in a sentence, resolved against the publication day in Korea.

    ``western`` says the story's day may be a Western one (a date-only publication stamp), so a
    bare weekday may be the next day in Korea. ``month`` is the month a timeline's heading
    named: its items' "On the 12th" are days of that month. ``previous`` is the last day the
    sentence before named, which "Six days later, ..." counts from. ``narrative`` is the last
    day (or month) the text before named, which "that year", "the following month" and "on the
    15th of the following month" speak of.
    """
    out: list[DateMention] = []
    if sentence.isupper() and len(titled := sentence.title()) == len(sentence):
        sentence = titled  # a ticker's capitals: "SINCE MARCH 16, WHEN NORTH KOREA FIRED"
    if "juche" in sentence.lower():
        sentence = _JUCHE.sub(_gregorian, sentence)
    for hit in _hits(sentence):
        # ("In 2017 it fired ..., and in November that year": the sentence's own time first)
        told = next((m.date for m in reversed(out) if not m.period), narrative)
        mention = _resolve(hit, sentence, reference, western, month, told)
        if mention is None and out and out[-1].precision == "day":
            # "talks broke down on Oct. 5, three days after North Korea test-fired an SLBM",
            # "state media said Friday, a day after the country fired six projectiles": the
            # days count back from the day just named, whatever was done on it
            mention = _days_after_named(hit, sentence, out[-1])
        if mention is not None and mention.days_after_previous is not None:
            # "on the 31st, followed by another test ... two days later": counted from the day
            # the sentence named before (or the sentence before it)
            days = [m.date for m in out if m.precision == "day"] or (
                [previous]
                if previous is not None and (mention.start < 3 or mention.days_after_previous < 0)
                else []
            )
            if not days and mention.days_after_previous < 0:
                days = [mention.date + dt.timedelta(days=1)]
            if not days:
                continue
            mention = dataclasses.replace(
                mention,
                date=days[-1] + dt.timedelta(days=mention.days_after_previous),
                days_after_previous=None,
            )
        if (
            mention is not None
            and out
            and out[-1].speech
            and _AND_AGAIN.fullmatch(sentence, out[-1].end, mention.start)
        ):
            # "which Pyongyang reaffirmed in September 2002 and again in 2004": the same act
            mention = dataclasses.replace(mention, speech=True)
        if mention is not None and mention.date.year >= FIRST_YEAR:
            if (
                mention.precision in ("month", "day")
                and out
                and out[-1].precision == "year"
                and out[-1].date.year == mention.date.year
                and _YEAR_THEN.fullmatch(sentence, out[-1].end, mention.start)
            ):
                out.pop()  # "twice in 2017, in August and September": the year is the months'
            out.append(mention)
    # "said on Tuesday (Jan 7)": the bracketed day is the same one again, and what the first
    # says of it (said, not fired) holds for both
    out = [
        m
        for i, m in enumerate(out)
        if not (
            i
            and m.date == out[i - 1].date
            and _BRACKET_OPEN.fullmatch(sentence, out[i - 1].end, m.start)
        )
    ]
    for i in range(len(out) - 2, -1, -1):
        # "in August and September 2017": the year said once is both months'
        # (and "on Aug. 29 and Sept. 15, 2017" both days'; "Dec. 30 and Jan. 2, 2023" spans
        # the turn of the year)
        first, second = out[i], out[i + 1]
        if (
            first.precision == second.precision
            and first.precision in ("month", "day")
            and not FOUR_DIGITS.search(first.text)
            and FOUR_DIGITS.search(second.text)
            and _COORDINATED.fullmatch(sentence, first.end, second.start)
        ):
            year = second.date.year - (first.date.month > second.date.month)
            with contextlib.suppress(ValueError):  # (Feb. 29 of a year without one)
                out[i] = dataclasses.replace(first, date=first.date.replace(year=year))
    return out


_BRACKET_OPEN = re.compile(r"\s*[(\[]\s*")
FOUR_DIGITS = re.compile(r"\b(?:19|20)\d\d\b")
# ("in August and again in September 2017")
_AND_AGAIN = re.compile(r",?\s+and\s+again\s+(?:(?:in|on)\s+)?")
_COORDINATED = re.compile(r"\s*(?:,|,?\s*and|,?\s*or)?\s*(?:(?:again|then|later)\s+)?")


def _hits(sentence: str) -> list[_Hit]:
    hits: list[_Hit] = []
    low = lower(sentence)
    if _HAS_WEEKDAY.search(sentence):
        for m in _WEEKDAY_CORE.finditer(sentence):
            left = _WEEKDAY_LEFT.search(low, max(0, m.start() - 25), m.start())
            groups = m.groupdict()
            start = m.start()
            if left is not None and left.group(0):
                groups["last"] = left.group("last")
                start = left.start()
            hits.append(_Hit(start, m.end(), "weekday", groups))
    if any(month in low for month in _MONTH_STEMS) and _HAS_MONTH.search(sentence):
        for m in _MONTH_DAY.finditer(sentence):
            first_end = m.start("second") if m.group("second") else m.end()
            hits.append(_Hit(m.start(), first_end, "md", {"rel": m.group("rel")}))
            if m.group("second"):
                # "on Sept. 11 and 12", "on Sept. 25, 28 and 29": more days of the same month
                month = m.group(0).split()[0]
                for day in _DAY_NUMBER.finditer(sentence, m.start("second"), m.end("second")):
                    hits.append(
                        _Hit(
                            day.start(),
                            day.end(),
                            "md",
                            {
                                "rel": m.group("rel"),
                                "phrase": f"{month} {day.group(0)}",
                                "lead": sentence[m.start() : first_end],
                                "lead_start": str(m.start()),
                            },
                        )
                    )
            if sentence[m.start()].isdigit() and (
                pair := _DAYS_BEFORE.search(low, max(0, m.start() - 30), m.start())
            ):
                # "on 11 and 12 September": the first days share the month said after them
                month = _MONTH_WORD_IN.search(m.group(0))
                assert month is not None
                for day in _DAY_NUMBER.finditer(low, pair.start("days"), pair.end("days")):
                    hits.append(
                        _Hit(
                            day.start(),
                            day.end(),
                            "md",
                            {"rel": m.group("rel"), "phrase": f"{day.group(0)} {month.group(0)}"},
                        )
                    )
        for m in _MONTH_ALONE.finditer(sentence):
            left = _MONTH_LEFT.search(low, max(0, m.start() - 30), m.start())
            groups = m.groupdict()
            start = m.start()
            if left is not None and left.group(0):
                groups.update(mprep=left.group("mprep"), part=left.group("part"))
                start = left.start()
            hits.append(_Hit(start, m.end(), "month", groups))
    if any(end in low for end in ("th of ", "st of ", "nd of ", "rd of ")):
        for m in _SPOKEN_DAY.finditer(sentence):
            day = alpha2digit(m.group("w").lower(), "en", threshold=0)  # "27th"
            if _ORDINAL_DIGITS.fullmatch(day):
                month = m.group(0).rsplit(None, 1)[-1]
                hits.append(_Hit(m.start(), m.end(), "md", {"phrase": f"{month} {day[:-2]}"}))
    if "the " in low:
        for m in _ORDINAL_DAY.finditer(low):
            hits.append(_Hit(m.start("t"), m.end("t"), "ordinal", {"d": m.group("d")}))
            if m.group("d2"):
                hits.append(_Hit(m.start("t2"), m.end("t2"), "ordinal", {"d": m.group("d2")}))
    if "19" in sentence or "20" in sentence:
        for m in _ISO.finditer(sentence):
            hits.append(_Hit(m.start(), m.end(), "iso", m.groupdict()))
        if "/" in sentence:
            for m in _SLASHED.finditer(sentence):
                a, b = int(m.group("sa")), int(m.group("sb"))
                day, month = (b, a) if b > 12 else (a, b)
                groups = {"iy": m.group("sy"), "im": str(month), "id": str(day)}
                hits.append(_Hit(m.start(), m.end(), "iso", groups))
        for m in _YEAR.finditer(low):  # ("In 1998 North Korea fired ...")
            hits.append(_Hit(m.start(), m.end(), "year", m.groupdict()))
    if any(word in low for word in _RELATIVE_WORDS):
        for m in _RELATIVE.finditer(low):
            kind = next(
                k
                for k in (
                    "offset",
                    "gap",
                    "row",
                    "dby",
                    "prev",
                    "yday",
                    "today",
                    "lastyear",
                    "lastmonth",
                    "thismonth",
                    "thisyear",
                    "weekend",
                )
                if m.group(k)
            )
            hits.append(_Hit(m.start(), m.end(), kind, m.groupdict()))
    if any(word in low for word in _TOLD_TIME_WORDS):
        for m in _TOLD_TIME.finditer(low):
            kind = "thatmonth" if m.group(0).endswith("month") else "thatyear"
            hits.append(_Hit(m.start(), m.end(), kind, m.groupdict()))
    # Where phrases overlap, the one that starts first (then the longer) is the phrase.
    hits.sort(key=lambda h: (h.start, -h.end))
    kept: list[_Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _resolve(
    hit: _Hit,
    sentence: str,
    ref: dt.date,
    western: bool,
    month: dt.date | None = None,
    narrative: dt.date | None = None,
) -> DateMention | None:
    start, end, kind, g = hit.start, hit.end, hit.kind, hit.groups
    text = sentence[start:end]
    low = lower(sentence)
    # ("analysts said Tuesday's test ...": a possessive day is the test's, not the saying's)
    speech = (
        bool(_SPEECH_BEFORE.search(low, max(0, start - 80), start))
        and not text.endswith(("'s", "’s"))
    ) or bool(start < 40 and _DATELINE.match(sentence[:start]))
    # "North Korea on Monday claimed a successful test": the day of the claim
    speech = speech or bool(_SPEECH_RIGHT_AFTER.match(low, end))
    # "in April Kim announced that the country would stop ... tests": a name, then its word
    speech = speech or bool(_NAME_ANNOUNCED_AFTER.match(sentence, end))
    # "On 19 November the Korean Central News Agency (KCNA) confirmed that the missile was"
    # (but "fired two missiles on Thursday, South Korea's Joint Chiefs of Staff said" attributes
    # the whole sentence)
    speech = speech or (
        start <= 3
        and bool(
            _AGENCY_SAID_AFTER.match(sentence, end)
            or _STATE_MEDIA_SAID_AFTER.match(low, end)
            # "On Friday, KCNA identified the missile as the Hwasong-17": the naming's day
            or _AGENCY_NAMED_AFTER.match(sentence, end)
        )
    )
    # "KCNA this morning: Kim oversaw the test": a show's note of who said what, and when
    speech = speech or bool(
        _COLON_AFTER.match(sentence, end)
        and _REPORTER_BEFORE.search(low, max(0, start - 30), start)
    )
    # "This picture ... released by KCNA via KNS on January 29": the day of the release
    speech = speech or bool(_RELEASED_BY.search(low, max(0, start - 100), start))

    def mk(day: dt.date, precision: Precision = "day", **kw: Any) -> DateMention:
        return DateMention(start, end, text, day, precision, speech=speech, **kw)

    if kind == "offset":
        word = g["n"] or ""
        n = number_word(word)
        if n is None:
            return None
        unit = (g["unit"] or "").lower()
        direction = (g["dir"] or "").lower()
        if unit.startswith("month"):
            # "two months ago": known to its month
            if direction in {"ago", "earlier"} and not _EXPLICIT_DAY.match(sentence, end):
                return mk(_shift_month(ref, -n), "month")
            return None
        if unit.startswith("week"):
            # "two weeks ago": fourteen days, by arithmetic; "about three weeks after ... on June
            # 8" is a round figure beside the date that says it
            if direction not in {"ago", "earlier"} or _EXPLICIT_DAY.match(sentence, end):
                return None
            return mk(ref - dt.timedelta(days=7 * n))
        if direction == "after":
            # "The launch came 78 days after X": X is 78 days before the story's launch. In
            # "A day after that launch, the US tested ...", the days date something else.
            if not _CAME_BEFORE.search(low, max(0, start - 40), start) and not (
                # "came two days after X, and four days after Y": Y's day counts back too
                _AND_BEFORE.search(low, max(0, start - 12), start)
                and _CAME_DAYS_AFTER.search(low, 0, start)
            ):
                return None
            if _REPORT_CAME.search(low, max(0, start - 100), start):
                return None  # "The report by KCNA came a day after ...": a report's day
            if _DECISION_CAME.search(low, max(0, start - 40), start):
                # "The decision comes three days after the North launched a long-range rocket":
                # the story's own news, today, counts back
                return mk(ref - dt.timedelta(days=n))
            launch = _LAUNCH_AFTER.match(low, end, end + 100)
            if (
                launch is None
                # "came 12 days after the North's sixth and most powerful nuclear test"
                or low.endswith("nuclear ", 0, launch.start("word"))
                or (_SAID_FIRST.match(low, end) and not _OWN_WORD_FIRED.match(low, end))
                or _SHOWN_FIRST.match(low, end)
            ):
                # "a day after Pyongyang announced talks", "two days after state media said the
                # country had tested ... on Saturday and Sunday", "a day after Pyongyang
                # paraded new long-range missiles": not a launch's day
                return None
            return mk(ref, days_before_primary=n)
        if direction in {"ago", "earlier"}:
            if _EXPLICIT_DAY.match(sentence, end):
                return None  # "Five days earlier, on May 4": the date says it
            return mk(ref - dt.timedelta(days=n))
        if direction == "later" and not _EXPLICIT_DAY.match(sentence, end):
            return mk(ref, days_after_previous=n)
        return None
    if kind == "gap":
        n = number_word(g["gn"])
        return None if n is None else mk(ref, days_before_primary=n)
    if kind == "row":
        # "two days in a row": the day before the story's launch saw one too.
        return mk(ref, days_before_primary=1)
    if kind == "dby":
        return mk(ref - dt.timedelta(days=2))
    if kind == "yday":
        if not text.lower().startswith(("yesterday", "last")) and _EXPLICIT_DAY.match(
            sentence, end
        ):
            return None  # "the day before, on Thursday": the day named is the one meant
        return mk(ref - dt.timedelta(days=1))
    if kind == "prev":
        # "hours after a short-range launch the previous night": the night before the day the
        # sentence (or the one before it) named; the story's day when none was named
        return mk(ref - dt.timedelta(days=1), days_after_previous=-1)
    if kind == "today":
        return mk(ref, zone_day=western)
    if kind == "iso":
        try:
            return mk(dt.date(int(g["iy"] or 0), int(g["im"] or 0), int(g["id"] or 0)))
        except ValueError:
            return None
    if kind == "weekday":
        if g.get("poss") and _PAPER_AFTER.match(sentence, end):
            # ("Last Tuesday's paper": the paper's day, which a later bare "Tuesday" may be)
            day = _weekday_on_or_before(ref, g["wd"] or "", last=bool(g.get("last")))
            return DateMention(start, end, text, day, "day", speech=True)
        if g.get("wdmd"):
            day = _absolute(g["wdmd"] or "", ref)
            if day is not None:
                return mk(day)
        day = _weekday_on_or_before(
            ref, g["wd"] or "", allow_next=western, last=bool(g.get("last"))
        )
        if number := g.get("wdn"):
            # "On Tuesday the 6th": the latest 6th that was a Tuesday, within a few months
            days = [
                d
                for back in range(3)
                if (d := _day_of(_shift_month(ref, -back), int(number))) and d <= ref
            ]
            day = next((d for d in days if d.weekday() == day.weekday()), days[0] if days else day)
        # "had not commented on the launches by Thursday morning": a deadline, not a day
        return mk(day, period=bool(_BY_DAY.search(low, max(0, start - 10), start)))
    if kind == "md":
        phrase = g.get("phrase") or re.sub(r"\s*(?:and|&)\s+\d{1,2}\b", "", text)
        phrase = re.sub(r",?\s+(?:last|this|that|the\s+same)\s+year$", "", phrase)
        phrase = phrase.replace(" the ", " ")  # "April the 5th"
        year = _year_for(g.get("rel"), sentence, start, ref, narrative)
        if lead := g.get("lead"):
            # "between April 12 and 16": the second day of a pair is of the first's year, and
            # of its window
            first = _absolute(lead, ref, year)
            year = first.year if first is not None else year
        window_at = int(g.get("lead_start") or start)
        day = _absolute(phrase, ref, year)
        if day is not None and day > ref and year is not None and not g.get("rel"):
            # "since Nov. 5, when it fired ..., and the first this year", in January: the year
            # nearby is of another phrase, and the day the last before the story
            day = _absolute(phrase, ref)
        if day is None or (
            year is None and not g.get("rel") and _to_come(phrase, sentence, start, ref)
        ):
            return None
        # "by June 4", "until March 10": a deadline or a window, not the day of an event.
        deadline = bool(_DEADLINE.search(low, max(0, window_at - 10), window_at))
        return mk(day, period=deadline)
    if kind == "ordinal":
        # "On the 21st": the latest 21st, this month or last (or of the heading's month).
        number = int(g["d"])
        of_month = _OF_THAT_MONTH.match(low, end)
        if of_month and narrative is not None:
            # "On the 15th of the following month": of the month after the one just told
            month = _shift_month(narrative.replace(day=1), 1 if of_month.group(1) else 0)
            end, text = of_month.end(), sentence[start : of_month.end()]
        elif of_month:
            return None
        named = max(_MONTH_NAMED.finditer(low, 0, start), key=lambda m: m.start(), default=None)
        if named is not None:
            # "In January, it fired an IRBM on the 6th and SRBMs on the 14th": the month the
            # sentence named
            number_of_month = MONTHS.index(named.group("m")) + 1
            year = int(named.group("y") or 0) or (
                ref.year if number_of_month <= ref.month else ref.year - 1
            )
            month = dt.date(year, number_of_month, 1)
        if month is not None:
            day = _day_of(month, number)
            return mk(day) if day is not None else None
        for back in (0, 1):
            candidate = _day_of(_shift_month(ref, -back), number)
            if candidate is not None and candidate <= ref:
                return mk(candidate)
        return None
    if kind == "month":
        return _month(g, start, end, text, ref, speech, sentence, narrative)
    if kind == "year":
        year = int(g["yy"] or g.get("ay") or 0)
        if year > ref.year:
            return None
        prep = (g["yprep"] or "").lower()
        period = (
            prep in {"until", "by"}
            # ("the end of 2017", but "the rocket launches of 1998 and 2009" were launches)
            or (prep == "of" and not _launches_of(lower(sentence), start))
            or (prep == "since" and not _first_since(sentence, start))
        )
        return mk(dt.date(year, 1, 1), "year", period=period)
    if kind == "lastyear":
        return mk(dt.date(ref.year - 1, 1, 1), "year")
    if kind == "lastmonth":
        return mk(_shift_month(ref, -1), "month", period=_since_before(sentence, start))
    if kind == "thismonth":
        # "earlier this month" dates an earlier launch; "late this month" is a plan.
        return mk(ref.replace(day=1), "month", period=not text.lower().startswith("earlier"))
    if kind == "thisyear":
        return mk(dt.date(ref.year, 1, 1), "year", period=True)
    if kind == "thatmonth":
        # "The following month, it fired ...": the month after the one the text just told
        if narrative is None:
            return None
        return mk(_shift_month(narrative.replace(day=1), _ahead(text)), "month")
    if kind == "thatyear":
        if narrative is None:
            return None
        # ("the second such overflight that year": a tally's span, as "this year" is)
        tally = bool(_NTH_BEFORE.search(low, max(0, start - 40), start))
        return mk(dt.date(narrative.year + _ahead(text), 1, 1), "year", period=tally)
    if kind == "weekend":
        # Saturday or Sunday: known to the month the Saturday falls in.
        saturday = ref - dt.timedelta(days=(ref.weekday() - 5) % 7 or 7)
        return mk(saturday.replace(day=1), "month")
    return None


# ("It would go on to fire the Hwasong-15 in November": a past told from before it)
_FUTURE_MODAL = re.compile(
    r"\b(?:will|would|shall|due\s+to|scheduled\s+to|set\s+to|plans?\s+to)\s+"
    r"(?!(?:later|then|again|eventually|go\s+on)\b)[^,.;:]*$"
)


_WILL = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|scheduled\s+to|due\s+to|set\s+to)\s[^.;:]*$"
)
_SINCE_BEFORE = re.compile(r"\b(?:since|after|following)\s+(?:the\s+)?$")


def _to_come(phrase: str, sentence: str, start: int, ref: dt.date) -> bool:
    """A day without a year, weeks ahead of the story, in a sentence that looks ahead: "will
    launch a satellite between April 12 and April 16", in a March story, is this April's, not
    last year's (but "will be its first since June 5" looks back)."""
    low = lower(sentence)
    ahead = _absolute(phrase, ref, ref.year)
    return (
        ahead is not None
        and ref < ahead <= ref + dt.timedelta(days=92)
        and _WILL.search(low, max(0, start - 160), start) is not None
        and _SINCE_BEFORE.search(low, max(0, start - 20), start) is None
    )


_LAUNCH_OF_MONTH = re.compile(
    # (not "the Fourth of July")
    r"(?:\b(?i:launch(?:es)?|tests?|firings?|flights?|overflights?)"
    r"|\bthe\s+(?![A-Z][a-z]+(?:st|nd|rd|th)\s)[A-Z][\w-]*)\s+$"
)


def _first_since(sentence: str, start: int) -> bool:
    """ "its first ICBM test since November 2017": "since" points at one earlier launch, where
    "has kept firing since May" describes a period."""
    return bool(_FIRST_SINCE.search(lower(sentence), max(0, start - 120), start))


# ("the North's largest since July 2006, when it test-fired seven missiles": a superlative too)
# ("The North has not tested an ICBM since November 2017": that was the last one)
_NTH_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+){0,3}$"
)
_FIRST_SINCE = re.compile(
    r"\b(?:first|last|largest|biggest|longest|highest|most\s+\w+"
    r"|(?:has|have|had)\s+not|(?:has|have|had)n['’]t)\b[^;]{0,110}$"
)


# "Between mid-April and late May, North Korea launched its Musudan again and again": a span's
# bounds, not launches of those months
_BETWEEN = re.compile(
    r"\b[Bb]etween\s+(?:(?:early|mid|late)[\s-]+)?$"
    r"|\b[Bb]etween\s+(?:(?:early|mid|late)[\s-]+)?[A-Z][a-z]+\.?\s+$"
)


def _since_before(sentence: str, start: int) -> bool:
    """ "since last month", "Before last month, rockets had crossed Japan only twice": a
    bound of a period, not the month of a launch."""
    return bool(
        re.search(r"\b(?:since|before|until)\s+$", sentence[max(0, start - 8) : start], re.I)
    )


def _year_for(
    rel: str | None, sentence: str, start: int, ref: dt.date, narrative: dt.date | None = None
) -> int | None:
    """The year a month-day phrase takes from its words ("Nov. 18 last year") or its sentence
    ("In 2017, it fired Hwasong-14s twice, on July 4 and July 28"; "on May 31 and August 24
    last year")."""
    if rel:
        return (
            ref.year - 1
            if rel.lower() == "last"
            else ref.year
            if rel.lower() == "this"
            else (_context_year(sentence, start, ref, narrative))
        )
    return _context_year(sentence, start, ref, narrative)


_CONTEXT_YEAR = re.compile(
    r"\b(?:in|of|since|during)\s+((?:19|20)\d{2})\b"
    r"|\b(last|this|that|same|following|next)\s+year\b",
    re.IGNORECASE,
)
# "on the 15th of the following month", "on the 3rd of that month"
_OF_THAT_MONTH = re.compile(r"\s+of\s+(?:the\s+(following|next)|that|the\s+same)\s+month\b")


def _context_year(
    sentence: str, start: int, ref: dt.date, narrative: dt.date | None = None
) -> int | None:
    best: tuple[int, int] | None = None
    told: int | None = None  # "on 4 July and 28 July that year": the year the text just told
    for m in _CONTEXT_YEAR.finditer(sentence, max(0, start - 90), start + 90):
        word = (m.group(2) or "").lower()
        if m.group(1):
            year = int(m.group(1))
        elif word in {"last", "this"}:
            year = ref.year - (word == "last")
        else:
            if narrative is not None and (word != "next" or sentence[: m.start()].endswith("the ")):
                told = narrative.year + (word in {"following", "next"})
            continue
        if m.group(0)[:5].lower() == "since" and not _WHEN_AFTER.match(sentence, m.end()):
            # "on March 24, ending a moratorium in place since 2018", "displayed in parades
            # since 2010 but never flown, failed on April 15": a period's start, another time
            # (but "since 2017, when it sent two missiles over Hokkaido, on August 29")
            continue
        if m.start() > start and (
            _claimed_by_another(sentence, start, m.start())
            # ("on March 16, and it ends the moratorium that Kim declared in 2018": another
            # clause's year)
            or _ANOTHER_CLAUSE.search(sentence, start, m.start())
        ):
            continue
        distance = abs(m.start() - start)
        if year <= ref.year and (best is None or distance < best[0]):
            best = (distance, year)
    # (a year the sentence names itself comes first: "in 2017, when it fired Hwasong-14s on July
    # 4 and July 28, before flying the Hwasong-15 in November that year")
    return told if best is None else best[1]


_LAUNCHES_OF = re.compile(
    r"\b(?P<nth>(?:first|second|third|fourth|fifth|\w+th|last|latest|final|only)\s+"
    r"(?:[\w'’-]+\s+){0,2})?(?:launch(?:es)?|tests?|firings?|flights?|overflights?)\s+$"
)


def _launches_of(low: str, start: int) -> bool:
    """ "the rocket launches of 1998 and 2009": launches of those years (but "the first weapons
    launch of 2022" counts the year's)."""
    m = _LAUNCHES_OF.search(low, max(0, start - 60), start)
    return m is not None and m.group("nth") is None


_ANOTHER_CLAUSE = re.compile(r",\s+(?:and|but|while|which|who)\s|;")
_LIST_JOIN = re.compile(r"[\s,]*(?:(?:and|or|&)\s+)?(?:on\s+)?")


def _claimed_by_another(sentence: str, start: int, at: int) -> bool:
    """A year word after a later date of another clause is that date's: "fired a hypersonic
    missile on Jan. 5, and first tested such a weapon on Sept. 28 last year" (but "on May 31 and
    August 24 last year" is a list, one year for all)."""
    own = _MONTH_DAY.match(sentence, start)
    if own is None:
        return False
    other = _MONTH_DAY.search(sentence, own.end(), at)
    return other is not None and not _LIST_JOIN.fullmatch(sentence, own.end(), other.start())


def _absolute(phrase: str, ref: dt.date, year_hint: int | None = None) -> dt.date | None:
    parsed = _month_day_year(re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", phrase))
    if parsed is None:
        return None
    year, month, day = parsed
    if year is None and year_hint is not None:
        year = year_hint
    if year is not None:
        try:
            return dt.date(year, month, day)
        except ValueError:
            return None
    return _most_recent(ref, month, day)


_YEAR_THEN = re.compile(r",\s+(?:(?:in|on)\s+)?")
# "in January and April of last year", "in March, May and July 2017": the list's one year
_LIST_YEAR_AFTER = re.compile(
    rf"(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:in\s+)?(?:{'|'.join(MONTHS)})\b){{1,4}},?\s+(?:of\s+)?"
    r"(?:(?P<rel>last|this)\s+year|(?P<year>(?:19|20)\d{2}))\b",
    re.IGNORECASE,
)
_YEAR_JUST_BEFORE = re.compile(
    r"\b(?:in|of|during)\s+((?:19|20)\d\d),\s+(?:in\s+|on\s+)?(?!and\b|but\b)[^.;,]{0,25}$"
)  # (not "a volley in 2016, and in October it launched an ICBM": a clause of its own)


def _month(
    g: dict[str, str | None],
    start: int,
    end: int,
    text: str,
    ref: dt.date,
    speech: bool,
    sentence: str,
    narrative: dt.date | None = None,
) -> DateMention | None:
    name = g["mname"] or ""
    month = MONTHS.index(name.lower()) + 1
    prep = (g.get("mprep") or "").lower()
    # "An April launch of the same rocket", "the July tests": a month that names a launch
    named = bool(
        _MONTH_DETERMINER.search(sentence, max(0, start - 6), start)
        and _MONTH_OF_LAUNCH.match(lower(sentence), end)
    )
    if name == "May" and not prep and not g.get("my") and not g.get("part") and not named:
        return None  # the modal verb "May" at a sentence start (not "at the end of May")
    if not prep and not g.get("my") and not g.get("part") and not named:
        return None  # a month name alone is too often a name or a heading
    if prep == "last":
        # "last November": the most recent November before this month
        year = ref.year if month < ref.month else ref.year - 1
    elif g.get("my"):
        year = int(g["my"] or 0)
    elif (rel := (g.get("rel") or "").lower()) in {"that", "the same"}:
        # "in July that year": the year the text just told
        if narrative is None:
            return None
        year = narrative.year
    elif rel:
        year = ref.year if rel == "this" else ref.year - 1
    elif narrative is not None and (
        told := next(
            (
                m.group(0)
                for m in _TOLD_TIME.finditer(lower(sentence), max(0, start - 60), end + 60)
                if m.group(0).endswith("year")
            ),
            None,
        )
    ):
        # "Later that year, in July and again in November": of the year the text just told
        year = narrative.year + _ahead(told)
    elif (just := _YEAR_JUST_BEFORE.search(sentence, max(0, start - 45), start)) and int(
        just.group(1)
    ) < ref.year:
        # "flew over the island twice in 2017, in August and September": that year's months
        year = int(just.group(1))
    elif listed := _LIST_YEAR_AFTER.match(sentence, end):
        year = (
            int(listed.group("year"))
            if listed.group("year")
            else ref.year - (listed.group("rel").lower() == "last")
        )
    elif month > ref.month and _FUTURE_MODAL.search(lower(sentence), max(0, start - 100), start):
        # "Seoul would let the pact expire in November", in an August story: this year's
        # November, to come, not last year's
        return None
    else:
        year = ref.year if month <= ref.month else ref.year - 1
    if (part := (g.get("part") or "").lower()).endswith("day of"):
        # "on the last day of July": a day
        first = dt.date(year, month, 1)
        day = _shift_month(first, 1) - dt.timedelta(days=1) if "last" in part else first
        return DateMention(start, end, text, day, "day", speech=speech)
    period = (
        prep in {"since", "until", "by", "from", "of", "through", "throughout"}
        and not (prep == "since" and _first_since(sentence, start))
        # "since the Taepodong of August 1998", "the launch of July 2017": a launch's month
        and not (prep == "of" and _LAUNCH_OF_MONTH.search(sentence, max(0, start - 40), start))
        # "the echo of July 2006, when North Korea fired seven missiles": the clause's month
        and not _WHEN_AFTER.match(sentence, end)
    ) or bool(_BETWEEN.search(sentence, max(0, start - 40), start))
    return DateMention(
        start, end, text, dt.date(year, month, 1), "month", period=period, speech=speech
    )
