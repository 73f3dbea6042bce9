"""From an article to its launch events: which sentences report a launch, on which Korean day,
and which facts belong to which launch.

One pass over the sentences. A launch word with a date beside it opens (or finds) the event of
that day; facts in the same sentence go to the nearest dated launch; a sentence with no date
speaks of the story's main launch, unless it opens by pointing back ("That missile ...") at the
launch just mentioned. At the end, the latest launch not marked as earlier ("last Thursday",
"since May 29", "follows ...") is the primary; the others are background.
"""

from __future__ import annotations

import collections
import contextlib
import dataclasses
import datetime as dt
import itertools
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

from bot.articles import KST, Article
from bot.catalogue import Catalogue, Mention, default_catalogue
from bot.event import Event, Precision
from bot.extract import cues
from bot.extract.dates import (
    FOUR_DIGITS,
    OWN_WORD,
    WESTERN_DAY_AFTER,
    WESTERN_PLACE_BEFORE,
    WESTERN_PLACE_OPENING,
    DateMention,
    TimeMention,
    find_dates,
    find_times,
    month_heading,
    past_midnight_in_korea,
    speaks_of_told_time,
)
from bot.extract.numbers import Count, Length, find_counts, find_lengths, number_word
from bot.extract.sentences import is_correction, is_note, split_sentences
from bot.gazetteer import Gazetteer, Place, default_gazetteer

# Most specific first: "Sinpo in South Hamgyong Province" is Sinpo.
_KIND_RANK = {"site": 0, "city": 1, "county": 2, "area": 3, "province": 4, "sea": 5}
# Where an article names several classes for one launch, the more specific one wins:
# "a short-range missile launched from a submarine" is an SLBM.
_CLASS_RANK = ("SLV", "cruise", "SLBM", "MLRS", "ICBM", "IRBM", "hypersonic", "MRBM", "SRBM")
# How far (characters) a date may stand from the launch word it dates.
_ACTION_REACH = 140
_NOUN_REACH = 60
_NOUN_REACH_OVER_COMMA = 30
_SENTENCE_REACH = 400
_LEAD_SENTENCES = 4
# A host's words around the news in a transcript: greetings, introductions, thanks.
_PLEASANTRY = re.compile(
    r"(?:[A-Z][\w .'()-]{0,40}:\s*)?"
    r"(?:welcome(?: back)?(?: to\b|,|!)|(?:hello|hi|good (?:morning|afternoon|evening))\b"
    r"|i(?:'m| am) (?-i:[A-Z])|thank you\b|thanks\b(?!\s+to\b)"
    r"|(?:here )?with me (?:now |today )?is\b|joining (?:me|us)\b)",
    re.IGNORECASE,
)
# Words that speak of a flight already told ("Tokyo put the flight distance at around 800 km").
_FLIGHT_WORDS = ("altitude", "apogee", "flight distance")
# A named missile's own flight: "the Taepodong-1, flew over", "Hwasong-15 missile landed".
_FLEW = re.compile(
    r"[\s,]*(?:(?:missile|rocket)s?\s+)?(?:\w+ly\s+)?(?=" + cues.FLIGHT.pattern + ")"
)
# How old a launch a story can still report as its news (the oldest in the labelled sets: 42
# days, a feature on a test then in the news).
_NEWS_WITHIN = dt.timedelta(days=90)
_CLOCK_IN = re.compile(  # "9:30 a.m. Sunday in Pyongyang"
    r"(?:\b[ap]\.?m\.?|\d\s?[ap]m)(?:\s+(?:on\s+)?\w+day)?\s+in\s+(?:the\s+)?$"
)
_BESIDE = 120  # how near (characters) a place stands to the time it is the place of
_RECAP_WITHIN = dt.timedelta(days=30)  # a launch told in full is still the news of a recap
_JUST_BEFORE = dt.timedelta(days=3)  # a launch a story of reactions to it is still news of
_DAYS_AFTER_LEAD = re.compile(
    r"(?:[^.]{0,40}?(?:—|--|\s-)\s*)?(?P<n>a|one|the|two|three)\s+days?\s+after\b"
)  # (past a dateline: "HAKODATE, Hokkaido — A day after")
_STALE_AFTER = dt.timedelta(days=7)  # ... and older than this, told late: background
_UTC = dt.UTC


@dataclass(eq=False)
class _Launch:
    """What the article says about one launch day, gathered sentence by sentence."""

    date: dt.date | None
    precision: Precision
    order: int
    earlier: bool = False  # introduced as an earlier launch ("last Thursday", "since May 29")
    action: bool = False  # a launch verb dates it, not only a noun
    # A launch word other than "test" tells it ("A second attempt, on Aug. 24, failed", "a
    # launch from the same area"): no engine test is one.
    flown: bool = False
    # Dated only by a Western story's own "today": it may be Korea's next day.
    zone_day: bool = False
    zone_weekday: bool = False  # dated by a bare weekday in a story of a Western zone
    weekend: bool = False  # dated by "over the weekend": a Saturday or a Sunday of its month
    days_before_primary: int | None = None
    told_at: int = 0  # the prose sentence that first told of it
    latest: bool = False  # told as the latest: "Most recently, on May 8, 2025, North Korea ..."
    counts: list[Count] = field(default_factory=list)
    lengths: list[Length] = field(default_factory=list)
    places: list[tuple[int, Place, str]] = field(default_factory=list)  # (where in the story, ...)
    place_texts: list[str] = field(default_factory=list)
    types: list[tuple[str, str]] = field(default_factory=list)  # (designation, its class)
    classes: list[str] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    landings: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)

    def absorb(self, other: _Launch, lead: bool = False) -> None:
        """``lead``: ``other`` is the lead's telling, so its classes were said first."""
        for name in (
            "counts",
            "lengths",
            "places",
            "place_texts",
            "types",
            "classes",
            "times",
            "reporters",
            "landings",
        ):
            mine, theirs = getattr(self, name), getattr(other, name)
            if lead and name == "classes":
                mine[:0] = theirs
            else:
                mine.extend(theirs)
        for key, value in other.evidence.items():
            self.evidence.setdefault(key, value)
        self.action = self.action or other.action


def _merge_into(
    launch: _Launch, other: _Launch, launches: dict[tuple[dt.date, str, int | None], _Launch]
) -> None:
    """One launch told twice (in a zone's day, then Korea's): the first telling's facts and
    place in the story go to the second's."""
    launch.absorb(other)
    launch.order, launch.told_at, launch.earlier = other.order, other.told_at, other.earlier
    for key in [k for k, v in launches.items() if v is other]:
        del launches[key]


@dataclass(frozen=True)
class _Facts:
    """Facts read from one sentence, each with its offset so it can go to the nearest launch."""

    counts: list[Count]
    lengths: list[Length]
    places: list[tuple[int, Place, str]]
    place_texts: list[tuple[int, str]]
    types: list[tuple[int, str, str]]
    classes: list[tuple[int, str]]
    times: list[TimeMention]
    reporters: list[str]
    landings: list[tuple[int, str]]


@dataclass(frozen=True)
class _Owner:
    """A launch that facts near ``at`` in a sentence belong to; if ``opens``, its date opens a
    clause ("..., and on Feb. 26 it conducted ...") and what stands before it is not its."""

    at: int
    launch: _Launch
    opens: bool = False


class Extractor:
    """Holds the gazetteer and catalogue, so extraction is a pure function of an article."""

    def __init__(
        self, gazetteer: Gazetteer | None = None, catalogue: Catalogue | None = None
    ) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.catalogue = catalogue or default_catalogue()

    def extract(self, article: Article) -> list[Event]:
        reference, western, zone = article.reference_day, article.western, article.zone
        published = None if zone is None else article.published
        launches: dict[tuple[dt.date, str, int | None], _Launch] = {}
        pending = _Launch(None, "day", order=-1)
        main: _Launch | None = None
        last: _Launch | None = None  # the launch a sentence dated last, and that sentence
        last_at = -1
        flown_at = -1  # the last sentence that told of a flight
        last_whole = False
        order = 0
        foreign_topic = False
        other_test = False  # the story's last test was not a launch (an engine test, a drill)
        ground_test = False  # the story speaks of an engine or ground test
        denied = False  # the story says no launch took place
        # ... on the days it names ("yesterday ... a false alarm")
        denied_days: set[dt.date] = set()
        recalled = False  # its lead speaks of last week's launch, told with its day below
        # A live blog's news is its own day's: its entries recall earlier launches, and "the
        # missile was launched at 7:22 a.m." in a later entry is today's, not the one recalled.
        live = len(_LIVE_ENTRY.findall(article.text)) >= 3
        # "... - five years on", "Fifth anniversary of ...", "One Year of the Hwasong-18": a
        # retrospective, whose news is a launch of its own days only
        title = (article.title or "").strip()
        retrospective = bool(_RETROSPECTIVE.search(title))
        fiction = _a_review(article)
        foreign_lead: bool | None = None  # the first launch told is another country's
        answer_lead = False  # ... and its sentence names the North, whose launch it answers
        other_lead: bool | None = None  # the story first tells of a test that is no launch
        review = False  # ... or of many launches summed up ("fired fewer missiles in 2023")
        reaction_lead = False  # ... or of what was done over a launch ("vetoed sanctions over")
        survey_lead = False  # ... or of an account of launches ("assessment of ... launches")

        number = -1  # prose sentences so far: headings and "[Date] ..." lines do not count
        line_start, label = -1, None  # the day a list item is labelled with ("- Tuesday: ...")
        # A web page's asides on other times (links to other stories, "Related: ...", a
        # "Related Coverage" list; a file photo's caption): their dated launches are earlier
        # ones, and their words say nothing of the story's own.
        links = aside = False
        table = False  # in a table of launches
        label_day: dt.date | None = None  # the last one, which "Two days later: ..." counts on
        item: _Launch | None = None
        section: dt.date | None = None  # the day of the launch a section's heading names
        weekdays: dict[str, dt.date] = {}  # "last Saturday" once said, "Saturday's drill" is it
        month: dt.date | None = None  # a timeline's month heading: "FEBRUARY", then "On the 12th"
        # the year a passage opened on ("In 2016, ...", a heading "2016: The Nodong Goes
        # Operational"), whose "On August 3" it goes on to tell
        frame: int | None = None
        frame_heading = False  # ... set by a heading, for its section; by prose, its paragraph
        heading_day: DateMention | None = None  # "31 August 1998" on a line: the next one's day
        # an almanac's day ("Today in History", then "July 4" on a line), whose items are
        # labelled by their year: "2017 -- North Korea test-fires ..."
        almanac: dt.date | None = None
        text = ""
        # the last sentences, which "that year" looks back on
        told: collections.deque[str] = collections.deque(maxlen=_TOLD_BACK)
        zone_days: dict[dt.date, dt.date] = {}  # a day in the story's zone -> Korea's
        # the day (and clock) an opening sentence with no launch named
        scene: _Launch | None = None
        # a sentence's day and clock with no launch named ("The answer came at 3:17 a.m. on
        # November 29."), and its number: the moment of the launch the next sentence tells
        moment: tuple[int, DateMention, list[TimeMention]] | None = None
        lead_at: int | None = None
        lead_dated = False  # the lead names a day of the last week
        spoken = spoken_next = False  # a sentence before (or this one) spoke of a launch
        prior_told = False  # the sentence just before told a launch
        # the lead reported a launch by its noun only: "we detected and tracked a single North
        # Korean missile launch. Our initial assessment indicates that this missile was an ICBM"
        lead_noun = False
        for sentence in split_sentences(article.text):
            if is_correction(sentence.text):
                continue
            prior, text = text, sentence.text
            prose = False
            if prior:
                told.append(prior)
            this_line = article.text.rfind("\n", 0, sentence.start) + 1
            if this_line != line_start:
                line_start = this_line
                if not frame_heading:
                    frame = None
                label = (
                    _label_day(
                        article.text, line_start, reference, western, label_day if label else None
                    )
                    or heading_day
                    or _almanac_item(article.text, line_start, almanac, reference)
                )
                heading_day = None
                if label and frame is not None and not FOUR_DIGITS.search(label.text):
                    label = _in_year(label, frame)  # "July 4:", under a timeline's "2017"
                label_day = label.date if label else label_day
                item = None  # the launch the item's label dated, once a sentence of it did
                if len(text) < 48 and not text.endswith((".", "!", "?", '"', "”", ":")):
                    # a section's heading: "2. Launch of 9 May", whose undated lines ("- The
                    # first missile flew about 420 km") tell that launch; any other ends it
                    section = _launch_heading_day(text, reference)
                if text.startswith("|"):
                    # "| Date | Launch site | Trajectory | Apogee | Range |": a table of launches,
                    # whose rows are launches even where they name no missile
                    table = table or bool(_LAUNCH_TABLE_HEADER.search(text.lower()))
                else:
                    table = False
                if cues.LINKS_HEADER.fullmatch(text):
                    links = True
                    continue
                aside = bool(cues.ASIDE_LINE.match(text)) or (links and text[:1] in _BULLETS)
                links = links and aside
                if len(text) < 16 and (heading := month_heading(text, reference)) is not None:
                    month = heading
                    continue
                if len(text) < 32 and (day := _whole_line_day(text, reference)):
                    if FOUR_DIGITS.search(day.text):
                        # "31 August 1998", a timeline's heading: its paragraph's day (not the
                        # story's own dateline: "Friday, January 14, 2022")
                        if day.date < reference:
                            heading_day = day
                            continue
                    elif len(text) < 16:
                        almanac = day.date  # "July 4", an almanac's day
                        continue
            if opening := _YEAR_OPENS.match(text):
                year = int(opening.group("year"))
                frame = year if year < reference.year else None
                frame_heading = "\n" in article.text[sentence.end : sentence.end + 2]
            elif frame is not None and FOUR_DIGITS.search(text):
                frame = None
            low = cues.lower(text)
            # (a byline or an editor's note is no sentence of the story: "By Yuka Hashimoto")
            # (nor is a transcript's label: "Question", "Lord Alton of Liverpool:", "ANCHOR:")
            if not (
                cues.is_heading(text)
                or text.startswith("[")
                or is_note(text)
                or (len(text) < 30 and not text.endswith((".", "!", "?", '"', "”")))
                # (nor a headline in capitals: 'TRACKERS COME UP EMPTY ON PYONGYANG'S "SATELLITE"')
                or (text.isupper() and not text.endswith(".") and "\n" not in text)
                # (nor a masthead's "Issue 98-36 -- Tuesday, 8 September 1998")
                or (len(text) < 60 and "\n" not in text and _DATED_MASTHEAD.search(text))
                # (nor "Strategic Comments | Volume 15 | Comment 11 | April 2009", a journal's
                # running head, or the title printed again above the text)
                or (" | " in text and not text.endswith((".", '"', "”")) and "\n" not in text)
                or text.casefold() == title.casefold()
                # (nor, above the lead, a line without a full stop: a report's number, its
                # subtitle, "Seminar held Tuesday, 22 November 2022, Room 302")
                or (
                    lead_at is None
                    and not text.endswith((".", "!", ":", '"', "”"))
                    and "\n" not in text
                    and sentence.start == this_line
                )
                # (nor a host's greeting or question: "Welcome to the Brief. I'm Dana Reyes.
                # ... Tom, what happened?", before the guest tells the news)
                or _PLEASANTRY.match(text)
                or text.endswith("?")
            ):
                number += 1
                prose = True
                if lead_at is None and len(text) >= 30:
                    # the lead: past a dateline's "Sapporo" and a wire's "UPDATED 6:30 p.m. with
                    # closing of launch window"
                    lead_at = number
                    # ("... was put on view for reporters at the Navy's 2nd Fleet Command on
                    # Friday": a lead that dates its own news, to which any launch it then tells
                    # is background)
                    # (but not "This page was last modified on 30 June 2016": the page's day)
                    lead_dated = any(
                        reference - _STALE_AFTER <= m.date <= reference
                        and not _REVISED_ON.search(low, 0, m.start)
                        for m in _days_named(text, reference, western)
                    )
            if live and _LIVE_ENTRY.match(text):
                last = None  # a new entry speaks afresh
            if cues.WAS_A_DRILL.match(low):
                denied = True
                denied_days |= _denied_days(text, prior, reference, western)
            if "last " in low and any(m.group("last") for m in _WEEKDAY_NAME.finditer(low)):
                for m in find_dates(text, reference, western=western):
                    named = _WEEKDAY_NAME.match(m.text)
                    if named and named.group("last"):
                        weekdays[named.group("wd").lower()] = m.date
            # "... at twenty to seven last night, Eastern time. That was 7:39 Friday morning in
            # Korea.": the launch just told, its clock and day given in Korea's
            restated = (
                (_RESTATED_IN_KOREA.match(low) if prior_told else None)
                or (
                    (_KOREAN_CLOCK.search(low) or _IN_KOREA_IT_WAS.match(low))
                    if spoken_next and not cues.may_speak_of_launch(low)
                    else None
                )
                or (_PUT_AT.search(low) if spoken_next else None)
            )
            # ("this happened at about twenty to seven last night, Eastern time", after a lead
            # that told the launch: its clock, which "That was 7:39 Friday morning in Korea"
            # restates)
            prior_told = spoken_next and bool(_IT_HAPPENED.search(low))
            # (an opening sentence before any launch is told may set the scene)
            early = number < _LEAD_SENTENCES and not launches and not pending.action
            if prior and _WITHDRAWN.match(low):
                # ('... saying North Korea "appears to have launched a projectile." TV stations
                # broke into programming.', then "Five minutes later the government withdrew
                # it."): no launch on the days the announcement named, or on the story's own
                denied = True
                for before in list(told)[-2:]:
                    denied_days |= _denied_days(before, "", reference, western)
            elif _IT_HAD_NOT.match(low) and _HAD_LAUNCHED_END.search(cues.lower(prior)):
                # "Japan believed North Korea had launched its rocket. It had not." (not "A tweet
                # claims the missile flew over Japan. It did not.": a detail denied)
                denied = True
                denied_days |= _denied_days(prior, "", reference, western)
            # "- Launch site: Musudan-ri", a fact box's item under a launch told: its facts
            item_of = _FACT_ITEM.match(low) if spoken_next else None
            if item_of and item_of.group("clock"):
                # (not "- Date and time: Thursday 12 March, 6 pm", a talk's, under a launch's
                # story: the item's day is one a launch was told on)
                told_days = {launch.date for launch in launches.values()}
                if any(
                    m.date not in told_days for m in find_dates(text, reference, western=western)
                ):
                    item_of = None
            if not (cues.may_speak_of_launch(low) or restated or item_of) or cues.is_heading(text):
                if scene is None and (number == lead_at or early):
                    scene = _scene(text, reference, western, zone, published, number == lead_at)
                if prose:
                    moment = _moment(text, number, reference, western, zone, published)
                continue
            if cues.not_a_launch(text):
                other_test = True
                other_lead = True if other_lead is None else other_lead
                ground_test = ground_test or bool(cues.GROUND_TEST.search(low))
                continue
            if cues.denied(low) or (number == lead_at and bool(cues.MISTAKEN_LEAD.match(low))):
                denied = True
                denied_days |= _denied_days(text, prior, reference, western)
            elif cues.RETRACTED.search(low):
                # "At 12:16 p.m. on Saturday the government announced that a projectile 'appears
                # to have been launched,' only to retract the statement": no launch that day
                denied_days |= _denied_days(text, "", reference, western)
            recalled = recalled or (number == lead_at and bool(_LAST_WEEKS.search(low)))
            # ("The first test came on April 13, 2023", in a story of missile tests)
            found = cues.triggers(text, told=bool(launches or pending.action) and not other_test)
            triggers = cues.north_korean(text, found)
            spoken = spoken_next
            # (a heading's "The Hwasong-17 Test and Extended Deterrence" speaks of none)
            spoken_next = spoken or (bool(triggers) and prose)
            if triggers:
                restated = None  # ("It was early Sunday in Korea when the missile was fired")
            elif restated:
                triggers = [cues.Trigger(restated.start("it"), restated.end("it"), "action")]
            if item_of and not any(t.kind == "action" for t in triggers):
                triggers = [cues.Trigger(item_of.start("label"), item_of.end("label"), "action")]
            prior_told = prior_told or bool(triggers)
            if scene is None and early and not any(t.kind == "action" for t in triggers):
                # ("Yesterday morning, the J-Alert went off for the first time in five years.":
                # launch words of no launch, in an opening scene; "On Tuesday night, phones lit
                # up with a J-Alert warning about a North Korean launch": one spoken of there)
                scene = _scene(text, reference, western, zone, published, number == lead_at)

            # A missile word is a launch's verb in a feature's lead that tells it in its own
            # words ("Last Wednesday, North Korea put a ballistic missile on a train."), where a
            # missile was somewhere on a day ("On Thursday, there was a short-range ballistic
            # missile off the east coast") and where a military detected missiles in flight
            # ("the Joint Chiefs of Staff detected multiple cruise missiles over waters northeast
            # of Wonsan")
            lead_tells = number == 0 and bool(_NORTH_SUBJECT.search(low))
            triggers = [
                dataclasses.replace(t, kind="action")
                if (
                    t.kind == "missile"
                    and (
                        lead_tells
                        or (
                            "there " in low
                            and _THERE_WAS.search(low, max(0, t.start - 50), t.start)
                        )
                        or (
                            ("detected " in low or "tracked " in low)
                            and _DETECTED_FLYING.search(low, max(0, t.start - 60), t.start)
                        )
                    )
                )
                # ("The JCS detected the launch from the Sunan area at 10:15 a.m. on 18
                # November": a launch seen to happen)
                or (
                    t.kind == "noun"
                    and "detected " in low
                    and _DETECTED_THE.search(low, max(0, t.start - 40), t.start)
                    and low.startswith(" from ", t.end)
                )
                else t
                for t in triggers
            ]
            # (a word made a launch's above is the same word where all the sentence's are)
            found = [
                next((u for u in triggers if (u.start, u.end) == (t.start, t.end)), t)
                for t in found
            ]
            if other_lead is None and triggers:
                # "imposed new sanctions on North Korea on Friday for its recent ICBM test": the
                # story opens on what was done about an earlier launch
                nouns = [t for t in triggers if t.kind == "noun"]
                reasons = [
                    bool(_REASON_BEFORE.search(low, max(0, t.start - 100), t.start)) for t in nouns
                ]
                # ("presents the Ministry's assessment of North Korea's two recent launches": an
                # account of them is their news, and of several, whose first told is not the one)
                accounts = [
                    bool(_ACCOUNT_OF.search(low, max(0, t.start - 80), t.start)) for t in nouns
                ]
                other_lead = (
                    nouns != []
                    and not any(t.kind == "action" for t in triggers)
                    and all(
                        reason
                        or (
                            _RECENT_BEFORE.search(low, max(0, t.start - 60), t.start)
                            and not account
                        )
                        for t, reason, account in zip(nouns, reasons, accounts, strict=True)
                    )
                )
                reaction_lead = other_lead and any(reasons)
                survey_lead = any(accounts)
            if foreign_lead is None and any(t.kind == "action" for t in found):
                # "South Korea launched its first spy satellite on Saturday, ... two weeks after
                # North Korea put its own into orbit": the news is another country's launch.
                # (as is "U.S. and South Korean soldiers fired missiles ... after North Korea
                # conducted its first ICBM test": the North's launch is what came before)
                ours = [t for t in triggers if t.kind == "action"]
                foreign_lead = not ours or (
                    any(t not in triggers for t in found)
                    and all(_after_marker(low, t) for t in ours)
                )
                answer_lead = foreign_lead and bool(cues.NORTH.search(text))
            # ("Monday's launch was the third flight of the Hwasong-18", after the parade that
            # first showed it: launches are told again)
            if any(t.kind != "missile" and not _is_test_noun(text, t) for t in triggers):
                other_test = False
            tests = [t for t in triggers if t.kind != "missile"]
            if (
                other_test
                and tests
                and all(_is_test_noun(text, t) for t in tests)
                # ("observed the test, ..., more powerful than the existing ICBMs" compares;
                # "the test of a Hwasong-18" names what was flown)
                and not any(
                    t.kind == "missile" and -40 < t.start - tests[0].end < 40 for t in triggers
                )
                # ("conducted two tests of its Hwasong-14 intercontinental ballistic missile")
                and not _TEST_OF_NAME.match(low, tests[0].end)
            ):
                continue  # "the test was carried out on Friday", after an engine test's story
            # ("On Aug. 31, 1998, a Taepodong-1 rocket flew over the Tohoku region": a North
            # Korean missile's name says whose launch it is)
            north = bool(cues.NORTH.search(text)) or bool(
                foreign_topic and self.catalogue.may_name(low) and self.catalogue.designations(text)
            )
            if foreign_topic and not north and " from " in low:
                # ("The launch came eight days after another missile fired from Sunan exploded",
                # after the South's answering launch: a North Korean site says whose)
                north = any(
                    _FIRED_FROM.search(low, max(0, p.start - 40), p.start)
                    for p in self.gazetteer.find_in(text)
                )
            # A story about another country's launch goes on about it without naming it.
            # (not '"South Korea and the United States are conducting a detailed analysis of
            # the launches"': the launches told, another country's words)
            if any(
                t.kind == "action"
                or (
                    t.kind == "noun"
                    and not low.endswith(_TOLD_NOUN, 0, t.start)
                    # ("convened an emergency meeting ... to discuss the launch": the one told,
                    # but "conducted the launch of its first spy satellite" tells one)
                    and not (low.endswith("the ", 0, t.start) and not low.startswith(" of", t.end))
                )
                for t in found
            ) and not any(t.kind != "missile" for t in triggers):
                # (not "South Korean fighter jets fired three air-to-surface missiles in
                # response": an answer to the North's launch leaves the story the North's)
                foreign_topic = foreign_topic or not _IN_RESPONSE.search(low)
            elif north and any(t.kind != "missile" for t in triggers):
                foreign_topic = False
            if foreign_topic and not north:
                continue
            has_action = any(t.kind == "action" for t in triggers)
            has_noun = any(t.kind == "noun" for t in triggers)
            lead_noun = lead_noun or (
                number < _LEAD_SENTENCES
                and any(
                    t.kind == "noun" and _SEEN.search(low, max(0, t.start - 60), t.start)
                    for t in triggers
                )
            )
            # A sentence naming only the missile or its flight speaks of a launch already told.
            flight = bool(cues.FLIGHT.search(low)) or any(w in low for w in _FLIGHT_WORDS)
            designations = (
                self.catalogue.designations(text)
                # ("Its predecessor, the Taepodong-1, flew over the Tohoku region in August
                # 1998": a named missile's flight is a launch)
                if (
                    (found or main or pending.action or label is not None or flight)
                    and self.catalogue.may_name(low)
                )
                else []
            )
            # "possibly including the KN-23, KN-24 and KN-25" names what was fired, unless the
            # sentence has moved to another time ("After the September test, ...").
            named_flight = bool(flight and designations and _FLEW.match(low, designations[0].end))
            missile = any(t.kind == "missile" for t in triggers) or bool(
                designations
                # ("it was the Hwasong-17, ..., which was paraded two years ago": the relative
                # clause's time is the missile's history, not the sentence's; but "the
                # Taepodong-1, flew over the Tohoku region in August 1998" is its flight's)
                and (
                    named_flight
                    or not _another_time(
                        low,
                        # ("April 28 -- Two more Musudans fail": the item's label is its own time)
                        (m.end() if label is not None and (m := _LABEL.match(text)) else 0),
                        _which_clause_start(low, designations[0].end),
                    )
                )
            )
            # "A rocket ... blew up in mid-air on Monday" reports a launch without saying so, as
            # does a timeline's item in the present ("Aug. 31, 1998 -- North Korea fires a
            # Taepodong-1 missile").
            # a table's row of launches: its date, and the missile flown
            row = label is not None and text.startswith("|") and (bool(designations) or table)
            if not (
                has_action
                or has_noun
                or (flight and missile)
                or (
                    (flight or missile)
                    and (main or pending.action or lead_noun or label is not None)
                )
                # ("the missile, possibly an ICBM, had disappeared", before the launch is told)
                or (missile and cues.MISSILE_MAYBE.search(low))
                or row
                # ("The missile flew for 86 minutes ... It travelled about 1,000 km": the flight
                # the sentence before told goes on)
                or (flight and flown_at == number - 1 and bool(_IT_FLEW.match(low)))
            ):
                continue
            if flight:
                flown_at = number

            times = find_times(text, reference, zone, published)
            if (
                live
                and (stamp := _LIVE_ENTRY.match(text))
                # (not a timeline's "6:29 a.m. — North Korea launches what it calls a
                # satellite": the time it happened)
                and not _TIMELINE_LAUNCH.match(text, stamp.end())
            ):
                times = [t for t in times if t.start >= stamp.end()]  # when it was posted
            # "at 11.41pm on Friday Korean time - 2.41am today, New Zealand time -": the same
            # instant in a zone not read, neither a launch time nor a launch day of its own
            echoes = [
                (t.start, _echo_end(text, t.end))
                for before, t in itertools.pairwise(times)
                if t.zone is None
                and (
                    (
                        before.zone in {"KST", "JST"}
                        and _ECHO_LINK.fullmatch(text, before.end, t.start)
                    )
                    # "at 2:34 in the afternoon local time, that's 5:34 this morning here"
                    or (
                        before.zone in {None, "KST", "JST"}
                        and _SAME_INSTANT.fullmatch(text, before.end, t.start)
                    )
                )
            ]
            if echoes:
                times = [t for t in times if not any(t.start == a for a, _ in echoes)]
            # "about 1:17 p.m. ET, or shortly after 3 a.m. Wednesday in Korea": the round figure
            # a launch came after, which the exact one restates
            times = [
                t
                for t in times
                if not (
                    t.minute % 30 == 0
                    and t.zone in (None, "KST", "JST")
                    and _SHORTLY_AFTER.search(low, max(0, t.start - 20), t.start)
                    and any(o.minute % 30 and 0 < _minutes(o) - _minutes(t) <= 30 for o in times)
                )
            ]
            included = 0  # where the one launch a sum includes is told
            sums = cues.may_sum_up(low)
            summed = sums and cues.SUMMED_UP.search(low)
            repeated = sums and cues.REPEATED.search(low)
            habits = list(cues.HABITUAL.finditer(low)) if sums else []
            if habits and all(
                any(m.start() <= t.start < m.end() for m in habits)
                for t in triggers
                if t.kind != "missile"
            ):
                if not launches and not pending.action:
                    review = True
                continue  # "says North Korea has been launching ballistic missiles in new ways"
            if summed or repeated:
                said = [
                    m
                    for m in find_dates(text, reference, western=western)
                    if not _ASIDE_THEN_SAYS.match(low, m.end)
                ]
                # ("the first time since 2009 that it fired Rodongs, and the most serious in a
                # string of launches": the date before the sum is one launch's)
                if (
                    summed
                    # ("... at an unprecedented pace, the commander told lawmakers on Wednesday":
                    # the day of the telling picks no launch)
                    and not any(m.precision == "day" and not m.speech for m in said)
                    and not any(
                        not m.period
                        and m.end <= summed.start()
                        # ("In 2022 North Korea fired more ballistic missiles than in any year":
                        # the year the sum compares)
                        and not (m.precision == "year" and summed.group().startswith(_MORE_FEWER))
                        for m in said
                    )
                    # ("has fired two Musudan missiles, ... after a string of embarrassing
                    # failures": the sum is what came before the launch the sentence tells)
                    and not any(
                        t.kind == "action"
                        and t.end <= summed.start()
                        and _SUM_AS_CONTEXT.search(low, t.end, summed.start())
                        for t in triggers
                    )
                ) or (repeated and not said):
                    one = _INCLUDING_ONE.search(low, summed.start() if summed else 0)
                    if one and any(m.start > one.start() for m in said):
                        # "a record number of weapons tests in 2022, including an ICBM launch in
                        # November": the one launch the sum includes, dated
                        included = one.start()
                    else:
                        # (not "has tested missiles at a record pace in 2022, and two launches
                        # bracketed last week": the sum goes on to the launches of these days)
                        if not launches and not pending.action and not _SUM_THEN_NEWS.search(low):
                            review = True  # the story opens on a sum: a review, not its news
                        continue  # "has launched dozens of missiles over the past several years"
            # "A day after that launch, on May 30, the United States carried out a test": with
            # another country's launch in the sentence, a date binds to North Korea's only
            # through a verb or right beside a noun.
            foreign = any(t.kind == "action" and t not in triggers for t in found)
            if included:
                triggers = [t for t in triggers if t.start >= included]
            if not triggers and designations and (named_flight or _BULLET.match(text)):
                # "- Hwasong-18, July 12, 2023: apogee 6,648.4 km, 1,001.2 km": a table's row,
                # and "the Taepodong-1, flew over the Tohoku region in August 1998": its flight
                triggers = [cues.Trigger(designations[0].start, designations[0].end, "missile")]
            dated, said_before = self._launch_dates(
                text,
                low,
                reference,
                western,
                triggers,
                times,
                foreign,
                weekdays,
                month,
                frame,
                prior,
                label.date if label is not None else None,
                _narrative_day(told, reference, western) if speaks_of_told_time(low) else None,
                zone_days,
                article.evening_is_korean_morning,
                day_launches := {
                    ln.date
                    for ln in launches.values()
                    if ln.date is not None and ln.precision == "day"
                },
            )
            if (
                not dated
                and label is not None
                and not triggers
                and (
                    (
                        designations
                        and (
                            flight
                            or bool(_ITEM_FAILS.search(low))
                            # ("June 22 -- Two Musudans. The second climbs to 1,413.6 km")
                            or bool(_COUNTED.search(low, 0, designations[0].start))
                        )
                    )
                    or row
                )
            ):
                # "Nov. 21: The Chollima-1 puts the Malligyong-1 into orbit": the name's launch
                # (or the row's, in a table of launches)
                triggers = [
                    cues.Trigger(designations[0].start, designations[0].end, "missile")
                    if designations
                    else cues.Trigger(0, 1, "missile")
                ]
            if echoes:
                dated = [(m, t) for m, t in dated if not any(a <= m.start < b for a, b in echoes)]
            # "at 7:49 p.m. eastern time last night, which was Wednesday morning in Korea": the
            # launch of the zone's night, on Korea's day
            korean = _korean_restatement(low, dated)
            if aside and not dated:
                continue
            if launches and ('"' in text or "“" in text):
                # 'The Defense Ministry said, "North Korea attempted to launch a missile ...
                # this morning"', in the next day's story: the statement's morning, the launch
                # the story has dated already
                dated = [
                    (m, t)
                    for m, t in dated
                    if not (_TODAY.fullmatch(m.text.lower()) and _quoted(text, m.start))
                ]
            if not dated and label is not None and triggers:
                # "- Tuesday: two SRBMs from Jangyon flew about 620km": the item's day
                day = dataclasses.replace(label, start=0, end=0)
                dated = [(day, t) for t in triggers if t.kind == "action"] or [(day, triggers[0])]
            if (
                not dated
                and times
                and has_action
                # ("What happened on Thursday?", an explainer's question, then "the missile was
                # fired ... at 2:34 p.m. local time": the answer's clock is of the day asked)
                and (times[0].start <= 12 or _ASKS.fullmatch(prior))
            ):
                # "... suffered another embarrassment on Thursday. At around 6:40 a.m., the
                # North fired ...": a sentence that opens on the clock goes on with the day
                # the sentence before it named
                days = _days_named(prior, reference, western)
                if len(days) == 1:
                    # (that sentence's "last Thursday" makes this launch no earlier one)
                    day = dataclasses.replace(days[0], start=0, end=0, text="")
                    dated = [(day, t) for t in triggers if t.kind == "action"]
            if not dated and has_action and moment is not None and moment[0] == number - 1:
                # "The answer came at 3:17 a.m. on November 29. South Korea's Joint Chiefs of
                # Staff said an ICBM had been launched from Pyongsong": the moment just set
                dated = [(moment[1], t) for t in triggers if t.kind == "action"]
                times = times or moment[2]
            owners: list[_Owner] = []
            openings: list[int] = []  # where the words of each dated launch begin
            split = 0
            sharing: list[list[_Launch]] = []  # launches dated by a list of days: "in X and Y"
            previous_end = -1
            for mention, trigger in dated:
                if (
                    mention.days_before_primary is not None
                    and last is not None
                    and last is not main
                    and last.date is not None
                    and last.precision == "day"
                    and cues.ANAPHORA.match(text)
                ):
                    # "That test came five days after the North fired ...": days before the
                    # launch just named, not before the story's
                    mention = dataclasses.replace(
                        mention,
                        date=last.date - dt.timedelta(days=mention.days_before_primary),
                        days_before_primary=None,
                    )
                key = (mention.date, mention.precision, mention.days_before_primary)
                launch = launches.get(key)
                marker = _earlier_marker(text, mention)
                if (
                    marker == mention.start
                    and not launches
                    and not pending.action
                    and mention.text.lower().startswith("last ")
                    and (_THE_LAUNCH_CAME.match(low) or not spoken)
                ):
                    # "The launch came early last Sunday, Korean time": a feature dating the
                    # launch it is about, the first it tells, is dating its news, not an earlier
                    # launch
                    marker = None
                if launch is None:
                    # Its first mention says whether it is an earlier launch: "Hours after
                    # Wednesday's launch, ..." later in the story does not make it one.
                    launch = _Launch(
                        mention.date,
                        mention.precision,
                        order,
                        earlier=marker is not None or bool(cues.ORDINAL_FLEW.match(low)) or aside,
                        days_before_primary=mention.days_before_primary,
                        zone_day=mention.zone_day,
                        zone_weekday=article.behind_korea and _bare_weekday(mention, reference),
                        weekend="weekend" in mention.text.lower(),
                        told_at=number,
                        latest=bool(
                            _MOST_RECENTLY.match(low)
                            or _NOW_CONFIRMED.search(low, 0, mention.start)
                        ),
                    )
                    order += 1
                    launches[key] = launch
                if trigger.kind == "action":
                    launch.action = True
                    # ("which North Korea flew from Musudan-ri in April 2009", in a story that
                    # speaks of an engine test stand: a flight, not a ground test)
                    launch.flown = launch.flown or bool(_FLIGHT_VERB.match(low, trigger.start))
                elif not _is_test_noun(text, trigger):
                    launch.flown = True
                if sharing and _DAYS_LINK.fullmatch(low, previous_end, mention.start):
                    sharing[-1].append(launch)
                else:
                    sharing.append([launch])
                previous_end = mention.end
                # ("On Saturday night, as Trump and Abe were finishing dinner", then "Saturday's
                # launch", in a Washington story: both the zone's Saturday)
                launch.zone_day = launch.zone_day and (
                    mention.zone_day
                    or (article.evening_is_korean_morning and _bare_weekday(mention, reference))
                )
                # "flew about 3,200 km, well beyond the 1998 attempt": what comes before the
                # earlier launch named by its year is not its
                attributive = mention.precision == "year" and mention.text.lower().startswith(
                    _ARTICLES
                )
                # ("..., and in August it fired": a month's words begin with their "in")
                words = mention.start + 3 * low.startswith(("in ", "on "), mention.start)
                opens = (
                    mention.start > 0 and bool(_OPENS_CLAUSE.search(low, max(0, words - 12), words))
                ) or attributive
                first = not owners
                if marker is not None and marker < mention.start - 1:
                    # "came four weeks after the North fired a new SLBM, the Pukguksong-3, ...
                    # on Oct. 2": what follows "after" is the earlier launch's
                    owners.append(_Owner(marker, launch, opens=True))
                owners.append(_Owner(mention.start, launch, opens))
                if attributive:
                    opening = mention.start
                elif trigger.kind == "missile" or (
                    trigger.kind == "noun" and mention.start > trigger.start
                ):
                    # "[two hypersonic missile tests] in January 2022": the phrase is the date's
                    opening = _np_start(low, trigger)
                elif relative := _RELATIVE_PASSIVE.search(
                    low, max(0, trigger.start - 30), trigger.start
                ):
                    # "could be an upgraded version of the KN-23, ..., which was first tested in
                    # 2019": the relative clause is the earlier launch's, not the sentence
                    opening = relative.start()
                elif _PASSIVE.search(low, max(0, trigger.start - 20), trigger.start):
                    opening = 0  # "The Pukguksong-2, ..., was fired from Banghyon on Feb. 12"
                else:
                    # "a Hwasong-17 ICBM launched on March 16": the missile the verb follows
                    # is the dated launch's
                    # (or the name: "a solid-fuel Hwasong-18 launched in July last year")
                    named = [
                        t
                        for t in [
                            *triggers,
                            *(cues.Trigger(d.start, d.end, "missile") for d in designations),
                        ]
                        if t.kind == "missile"
                        and trigger.kind == "action"
                        and (
                            # ("Two more Musudans fired on April 28": the name in the plural)
                            0 <= trigger.start - t.end - low.startswith("s ", t.end) <= 1
                            # "The Hwasong-14, tested twice in July, reached ...": the subject
                            # the participle stands beside
                            # (or the object: "discussed the Pukguksong-3 submarine-launched
                            # ballistic missile, launched from an underwater platform on 2
                            # October")
                            or (trigger.start - t.end == 2 and low.startswith(", ", t.end))
                            # "the trajectory of a rocket the North fired on March 4": the
                            # object of a relative clause (but "similar to the KN-23 the North
                            # fired on May 4" names what flew today too)
                            or (
                                bool(_OBJECT_RELATIVE.fullmatch(low, t.end, trigger.start))
                                and not cues.compared_before(text, t.start)
                            )
                        )
                    ]
                    if named:
                        opening = _np_start(low, named[-1])
                    elif any(d.start == trigger.start for d in designations):
                        # "The intermediate-range Hwasong-12 that flew over Hokkaido on
                        # September 15": the name that flew, with its words before it
                        opening = _np_start(low, trigger)
                    else:
                        opening = trigger.start
                openings.append(opening)
                starts = [mention.start, opening] + ([marker] if marker is not None else [])
                split = min(starts) if first else min(split, *starts)

            if label is not None:
                item = next((o.launch for o in owners if o.launch.date == label.date), item)
            default = main if main is not None else pending
            bound = [trigger for _, trigger in dated]
            unbound = [
                t
                for t in triggers
                if t.kind == "action"
                and t not in bound
                # ("KCNA says the Chollima-1 lifted off from Sohae ... on 21 November": the name
                # is the subject of the dated verb, one launch)
                and not any(_JUST_SPACE.fullmatch(low, t.end, b.start) for b in bound)
                # (or its verb: "At 9:49 a.m. on December 12, an Unha-3 lifted off from Sohae")
                and not any(_JUST_SPACE.fullmatch(low, b.end, t.start) for b in bound)
            ]
            # "days after Pyongyang tested a cruise missile": an undated earlier launch, whose
            # facts belong to no event of ours.
            elsewhere = [
                t
                for t in unbound
                if (
                    _after_marker(low, t)
                    # (but "banned the ferry ..., after North Korea test-fired seven ballistic
                    # missiles", the lead's one launch, is the news the ban follows)
                    and not (
                        number < _LEAD_SENTENCES
                        and main is None
                        and unbound == [t]
                        and _REASON_AFTER.search(low, max(0, t.start - 40), t.start)
                    )
                )
                or _EARLIER_PERIOD.search(low, 0, t.start)
                # "Since 2022, North Korea has launched ballistic missiles with unprecedented
                # frequency": years of launches, none of them one
                or _SINCE_YEAR_HAS.search(low, max(0, t.start - 60), t.start)
                # "On January 5, Pyongyang said it had launched ...", in a later story
                or said_before
                # "Pyongyang has tested two other ICBMs, the Hwasong-14, this year"
                or _OTHER_OBJECT.match(low, t.end)
            ]
            undated = not owners
            if undated and said_before:
                # "On Monday, state media reported successful tests of a new cruise missile,
                # which it said flew 1,500 km", in a Wednesday story: launches before its own
                continue
            if undated:
                named_times = [] if has_action else list(_NAMED_TIME.finditer(low))
                # ("On April 14, KCNA identified the missile as the Hwasong-18", in a story of
                # that week: the telling of its news, no other time)
                tellings = [
                    (d.start, d.end)
                    for d in (find_dates(text, reference, western=western) if named_times else [])
                    if (d.speech or _said_on(low, d, triggers))
                    and (
                        abs((d.date - reference).days) <= 2
                        # ("On November 1, KCNA named the missile the Hwasong-19", the day after
                        # the launch told, in a report days on)
                        or d.date - dt.timedelta(days=1) in day_launches
                    )
                ]
                if any(
                    not _SHOWN.search(low, max(0, m.start() - 60), m.start())
                    # ("flew about 3200 kilometres, well beyond the 1998 attempt": compared)
                    and not _BEYOND.search(low, max(0, m.start() - 20), m.start())
                    # ("the KN-23, the ... missile that North Korea has been flying since
                    # 2019": a span up to now)
                    and not low.endswith("since ", 0, m.start())
                    # ("it was probably a Hwasong-12, the same type that flew over Hokkaido
                    # twice in 2017": the type's own history, after the name it identifies)
                    and not (
                        designations
                        and (same := _WHICH.match(low, designations[0].end))
                        and m.start() >= same.end()
                    )
                    and not any(a <= m.start() < b for a, b in tellings)
                    # ("at 3.32 am Korean time (7.32 pm BST on 4 July)": the clock's own day)
                    and not any(t.start <= m.start() < t.end for t in times)
                    # ("reported that the launch of the Chollima-1 failed, and that it intends to
                    # make a third attempt in October": a time to come, beside a launch told)
                    and not (
                        any(t.kind != "missile" for t in triggers)
                        and cues.yet_to_come(low, m.start())
                    )
                    for m in named_times
                ):
                    continue  # "After the September test, Panda called Hwasong-8 ...": another time
                if not has_action and any(
                    not _COMPARED_WITH.search(low, max(0, m.start() - 12), m.start())
                    for m in _EARLIER_LAUNCHES.finditer(low)
                ):
                    continue  # "two recent launches the North described as satellite tests"
                if _EARLIER_SUBJECT.match(low):
                    continue  # "Most of North Korea's recent long-range tests have been fired at"
                if item is not None:
                    target = item  # "2019-10-02 — The North fires ... It flies about 450 km."
                elif section is not None and (launch := launches.get((section, "day", None))):
                    target = launch  # under "2. Launch of 9 May": "The first missile flew"
                elif last is not None and (
                    cues.ANAPHORA.match(text)
                    # "... on July 5 2006, ended in failure. Pyongyang fired six shorter-range
                    # missiles on the same day": the day just told
                    or (last is not default and has_action and bool(cues.SAME_DAY.search(low)))
                    # "The launches came two days after it fired an IRBM over Japan. The
                    # missile flew about 4,600 km": the one missile just named, not today's two
                    # ("In July 2006, the first Taepodong-2 exploded. It was fired along with six
                    # shorter-range missiles")
                    or (
                        last_at == number - 1
                        and last is not default
                        and last_whole
                        and _PRONOUN_FLEW.match(text)
                    )
                    # a retrospective has no news of its own for facts to go to: "The second
                    # test, on July 12, 2023, was more impressive. According to KCNA, the
                    # missile flew 1,001 kilometers"
                    or (retrospective and last_at == number - 1)
                    # "On 29 September, KCNA reported ... the first test-fire of ... the
                    # Hwasong-8", after the launch of 28 September: that launch's telling
                    or (
                        last_at == number - 1
                        and last.date is not None
                        and any(
                            d.date - dt.timedelta(days=1) == last.date
                            and (d.speech or _said_on(low, d, triggers))
                            for d in find_dates(text, reference, western=western)
                        )
                    )
                    or (
                        last_at == number - 1
                        and last is not default
                        and _THE_MISSILE.match(text)
                        and any(not c.weak and c.low >= 2 for c in default.counts)
                    )
                    # "Eleven days earlier, on April 5, the North fired a ballistic missile ... US
                    # officials identified that weapon as a KN-15": the one just told
                    or (
                        last_at == number - 1
                        and last is not default
                        and bool(_THAT_ONE.search(low))
                    )
                    # "The year's last missile launch came on the morning of Nov. 5. The JCS
                    # said the North fired several short-range ballistic missiles": its telling
                    or (
                        last_at == number - 1
                        and last is not default
                        and main is None
                        and not pending.action
                        and last.precision == "day"
                        and bool(_LAUNCH_CAME.search(cues.lower(prior)))
                    )
                    # "... state media said it had tested a cruise missile on Saturday and
                    # Sunday. The missiles flew 1,500km": the launches the sentence before dated
                    or (
                        last_at == number - 1
                        and last is not default
                        and last.date is not None
                        and default.date is not None
                        and last.date < default.date
                        and _THE_MISSILES_FLEW.match(text)
                        and bool(default.lengths)  # today's flight is told already
                    )
                ):
                    target = last
                else:
                    target = default
                    # Only the lead reports a launch without dating it ("North Korea has fired
                    # a ballistic missile, Japan said"); further down, an undated "has launched"
                    # is background talk, unless it gives a clock time and no day: "launched at
                    # 7:40 a.m." is the story's own day wherever it is said (a live blog's lead
                    # is at its foot).
                    # ("Kim watched the test at Sohae", after an engine test's lead, is it)
                    # (a headline printed above the story, "North Korea Fires Two Missiles as
                    # Rivals Meet", is no telling: the lead below it dates the launch)
                    if (
                        target is pending
                        and (prose or not _TITLE_CASE.fullmatch(text))
                        and (number < _LEAD_SENTENCES or times)
                    ):
                        # ("Kim's speech came a month after North Korea test-fired the
                        # Hwasong-15": a launch put before another event is not the story's)
                        pending.action = pending.action or (
                            any(
                                (
                                    t.kind == "action"
                                    # ("The warning followed the launch of three short-range
                                    # ballistic missiles from the Wonsan area at 8:51 a.m.": a
                                    # launch named with its clock is told)
                                    or (bool(times) and bool(_LAUNCH_OF.match(low, t.start)))
                                )
                                and t not in elsewhere
                                and not _quoted_message(text, t.start, prior)
                                for t in triggers
                            )
                            and not (
                                other_test
                                and all(
                                    _is_test_noun(text, t) for t in triggers if t.kind == "action"
                                )
                            )
                        )
                owners = [_Owner(0, target)]
            else:
                story = main if main is not None else pending
                days = [o.launch for o in owners if o.launch.precision == "day"]
                fresh = [
                    launch
                    for launch in days
                    if not launch.earlier
                    and not (live and launch.date and abs((launch.date - reference).days) > 1)
                ]
                if fresh and (
                    main is None
                    # (but "Last Wednesday, North Korea fired ...", then "Two days earlier,
                    # state media announced tests ... on Sept. 11": the lead's is the news)
                    or (main.earlier and not _lead_before(main, fresh[0]))
                ):
                    main = fresh[0]
                elif (
                    main is None
                    and not pending.action
                    and number < _LEAD_SENTENCES
                    and owners
                    and all(o.launch.earlier for o in owners)
                    and any(
                        t not in elsewhere and all(t.start < o.at for o in owners) for t in unbound
                    )
                ):
                    # "North Korea fired a ballistic missile, its first since March 24": the
                    # lead's verb is the day's launch, the day named the one before
                    pending.action = True
                elif (
                    main is None
                    and days
                    and not pending.action
                    and days[0].action
                    and not cues.ORDINAL_FLEW.match(low)
                    and not live
                ):
                    main = days[0]  # "Last Sunday, North Korea fired ...": the story's launch
                if (
                    restated
                    and last is not None
                    and last_at == number - 1
                    and last is not owners[-1].launch
                    and last.precision == owners[-1].launch.precision == "day"
                ):
                    # ("on Thursday evening. That was Friday morning in Korea.": one launch,
                    # whose day is Korea's)
                    _merge_into(owners[-1].launch, last, launches)
                    main = owners[-1].launch if main is last else main
                if (
                    korean
                    and main is not None
                    and main is not owners[-1].launch
                    and main.precision == owners[-1].launch.precision == "day"
                    and main.date is not None
                    and owners[-1].launch.date is not None
                    and (owners[-1].launch.date - main.date).days == 1
                ):
                    # ("last night North Korea launched ...", then "at 7:49 p.m. eastern time
                    # last night, which was Wednesday morning in Korea": the same launch)
                    _merge_into(owners[-1].launch, main, launches)
                    main = owners[-1].launch
                last, last_at = owners[-1].launch, number
                # "The last one came on March 29, when the North fired two projectiles ...": a
                # sentence all of one launch, whose subject "They flew about 230 km" goes on with
                placed = [o for o in owners if o.at >= 0]
                last_whole = all(o.launch is last for o in placed) and not any(
                    t.start < min(o.at for o in placed) for t in triggers
                )
                # A launch verb with no date of its own speaks of the main launch: in "fired
                # from Sinpo, where it test-fired SLBMs in 2016", Sinpo is today's site.
                # ... unless it explains an earlier dated launch of the sentence: "last fired
                # on Friday, when it launched two missiles from Tongchon".
                owners += [
                    _Owner(t.start, default)
                    for t in unbound
                    if t not in elsewhere
                    and not (
                        (
                            _EXPLAINS.search(low, max(0, t.start - 45), t.start)
                            # ("on September 15, 2017, when a Hwasong-12 launched from the Sunan
                            # area flew 3,700 km": the when-clause's verbs)
                            or _WHEN_CLAUSE.search(low, max(0, t.start - 120), t.start)
                            # "on the last day of July, it tested a new rocket launcher,
                            # firing two rounds": the participle is the clause's own launch
                            or (low.endswith(", ", 0, t.start) and low.endswith("ing", 0, t.end))
                            # ("exploded at about 10 km after being launched off Sinpo")
                            or _BEING.search(low, max(0, t.start - 16), t.start)
                        )
                        and any(o.at < t.start and o.launch is not default for o in owners)
                    )
                ]
                # "it appeared to be a Hwasong-18, a missile first tested on 13 April": what
                # comes before an earlier launch is said of the main one.
                if (
                    all(o.launch is not story for o in owners)
                    and split > 0
                    # (not "The North eventually put a satellite into orbit with its Unha-3
                    # rocket in December 2012": one clause, all of the earlier launch)
                    and any(mark in low[:split] for mark in ",;—.")
                    # (not "- Hwasong-14, first test: fired July 4 from Panghyon": a list item's
                    # heading names its own launch)
                    and not (_BULLET.match(text) and ":" in low[:split])
                ):
                    owners.append(_Owner(-1, story))

            facts = self._facts(text, low, times, triggers, designations)
            if restated:
                # ("It was already Sunday morning in Pyongyang": a clock's place, no site)
                facts = dataclasses.replace(facts, places=[], place_texts=[])
            if undated and (facts.classes or facts.types):
                # ("The Musudan consumed resources and produced headlines of embarrassment":
                # a sentence with no launch word that does not say what the missile was)
                talk = not (
                    any(t.kind != "missile" for t in triggers)
                    or cues.FLIGHT.search(low)
                    or cues.IDENTIFIES.search(low)
                )
                facts = _not_of_another(
                    facts,
                    owners[0].launch,
                    launches.values(),
                    low,
                    self.catalogue.missile_name,
                    talk,
                )
            # "The missile follows two tests this summer of the Hwasong-14": tests that a launch
            # of the sentence follows are earlier ones, and what is said of them is theirs.
            elsewhere += [
                t
                for t in triggers
                if t.kind == "noun"
                and t not in bound
                and (
                    marker := cues.BACKGROUND_MARKER.search(
                        low, max(0, min([t.start, *_counting(facts, t)]) - 30), t.start
                    )
                )
                and any(o.start < marker.start() for o in triggers)
                # (not "exploded immediately after launch": the moment of the flight told)
                and not _AFTER_LIFTOFF.search(low, max(0, t.start - 16), t.end)
                # (not "flew for 86 minutes, longer than any previous North Korean launch, and
                # reached ...": a measure, no launch told)
                and not _THAN_ANY.search(low, max(0, marker.start() - 16), marker.start())
            ]
            others = [t for t in found if t not in triggers] + elsewhere
            _distribute(
                facts,
                owners,
                text,
                split,
                sentence.start,
                [t.start for t in others],
                # ("... tests in recent days, including two missiles fired on Saturday": ours
                # from where the dated launch's words begin)
                [t.start for t in triggers if t not in elsewhere and t.kind != "missile"]
                + openings,
            )
            for group in sharing:
                # "the launches of Kwangmyongsong satellites in December 2012 and February 2016":
                # what the one word is said to be, each of its days launched
                kinds = [c for launch in group for c in launch.classes]
                for launch in group:
                    if kinds and not launch.classes:
                        launch.classes.append(kinds[0])

            story = main if main is not None else pending
            named = _NAMES_THE_SYSTEM.match(low)
            if named and story.action and not story.types:
                # "The system, dubbed KN-25 by U.S. officials, was first tested on Aug. 24": the
                # name is the weapon's, which the story's launch fired too.
                for at, name, cls in facts.types:
                    if at == named.end():
                        _add(story, "types", (name, cls), "missile_types", text)

        if ground_test:
            # "carried out a 'very important test' at Sohae on Saturday", then "most likely a
            # ground test of an engine": a test of which no missile is told is that test.
            launches = {
                k: launch for k, launch in launches.items() if _missile_told(launch) or launch.flown
            }
            if main is not None and not _missile_told(main):
                main = None
        if denied_days:
            # "people were nervous, because yesterday the government announced a launch that had
            # not happened. It was a false alarm": the day named is the launch that was not
            launches = {
                k: launch for k, launch in launches.items() if launch.date not in denied_days
            }
            if main is not None and main not in launches.values():
                main = None
        elif denied:
            # "Japan retracted a report of a launch ... no launch had taken place": the story's
            # own day is the launch that was not (its earlier launches stand)
            launches = {
                k: launch
                for k, launch in launches.items()
                if launch.earlier or launch.date is None or abs((launch.date - reference).days) > 1
            }
            if main is not None and main not in launches.values():
                main = None
            pending = _Launch(None, "day", order=-1)  # the lead's undated launch is the one
        if fiction:
            pending = _Launch(None, "day", order=-1)  # (its dated launches are real ones)
        if retrospective and not any(
            launch.precision == "day"
            and not launch.earlier
            and launch.date is not None
            and abs((launch.date - reference).days) <= 1
            for launch in launches.values()
        ):
            return self._background_only(launches, reference)
        if review:
            return self._background_only(launches, reference)
        if foreign_lead and (answer_lead or _told_in_full(launches, reference) is None):
            # "South Korea launched ... The launch came two days after North Korea test-fired an
            # SLBM": the other country's launch is the story's day, counted back from (not
            # "THAAD intercepted a target on Sunday ... At 11:41 p.m. Friday Korea time, North
            # Korea launched its second Hwasong-14": a launch of the last days told in full,
            # which the other launch did not answer)
            return self._background_only(launches, reference, anchored=True)
        close = [
            launch
            for launch in launches.values()
            if launch.precision == "day"
            and launch.days_before_primary is None
            and launch.date is not None
            and abs((launch.date - reference).days) <= 1
        ]
        if (
            other_lead
            # ("The message said a missile had been launched", a resident says of a drill's
            # alert: an undated launch without a time or a place of its own)
            and not (pending.action and (pending.times or pending.places))
            # ("The warning followed the launch of three short-range ballistic missiles from the
            # Wonsan area at 8:51 a.m.": a launch named with its clock and its place)
            and not (pending.times and pending.places)
            and not close
            and _told_in_full(launches, reference) is None
        ) or (
            reaction_lead
            and not any(launch.told_at < _LEAD_SENTENCES for launch in close)
            and _told_in_full(launches, reference) is None
            # ("The candidates on Saturday condemned the North's latest launch", then "North
            # Korea fired a ballistic missile from Sunan at 8:48 a.m.": the day's launch told)
            and not (pending.action and pending.times and pending.places)
        ):
            # "North Korea said Sunday it had conducted a hydrogen bomb test ... The test came
            # five days after the North fired a Hwasong-12 ... also test-fired two Hwasong-14s
            # in July": the news is the other test, and the launches are counted back from it.
            # A story opening on a veto "over its renewed ballistic missile launches" is the
            # veto's, unless its lead goes on to tell of a launch of these days.
            return self._background_only(launches, reference, anchored=True)
        return self._events(
            launches,
            pending,
            main,
            reference,
            scene,
            article.title or "",
            recalled,
            recap=not (other_lead or lead_dated),
            survey=survey_lead,
        )

    def _headline_class(self, title: str) -> str:
        low = cues.lower(title)
        if not any(t.kind != "missile" for t in cues.north_korean(title, cues.triggers(title))):
            return "unknown"
        other = _ANOTHER_TIME.search(low)  # "fires missile days after ICBM test"
        kinds = {
            m.missile_class
            for m in self.catalogue.classes(title)
            if not (other and m.start > other.start())
        }
        return kinds.pop() if len(kinds) == 1 else "unknown"

    # --- dates of launches -------------------------------------------------------------------

    def _printed(self, sentence: str, mention: Mention) -> str:
        """A designation as the article prints it, in the catalogue's spelling where it is the
        same name ("Hwasong 18", KCNA's "Hwasongpho-18"); another name for it stays ("KN-11"),
        and so does a variant number the catalogue does not list ("the Hwasong-11-4.4")."""
        variant = _VARIANT_NUMBER.match(sentence, mention.end)
        if variant:
            return " ".join(sentence[mention.start : variant.end()].split())
        if self.catalogue.is_name(mention.text, mention.name):
            return mention.name
        return " ".join(mention.text.split())

    def _launch_dates(
        self,
        text: str,
        low: str,
        reference: dt.date,
        western: bool,
        triggers: list[cues.Trigger],
        times: list[TimeMention],
        foreign: bool,
        weekdays: dict[str, dt.date],
        month: dt.date | None,
        frame: int | None,
        prior: str,
        label: dt.date | None,
        narrative: dt.date | None,
        zone_days: dict[dt.date, dt.date],
        evening_ahead: bool,
        told_days: set[dt.date],
    ) -> tuple[list[tuple[DateMention, cues.Trigger]], bool]:
        """The date phrases of a sentence that date a launch, each with the launch word it
        dates (not the day of a statement, a period, or a sum of many launches); and whether
        its launch words are of another time than the story's own (the sentence opens with the
        day, before the story's, on which someone said it, or it sums up a year's launches)."""
        out: list[tuple[DateMention, cues.Trigger]] = []
        said_before = False

        def said_earlier(day: dt.date) -> bool:
            # (not "On the 14th, state media said a new ICBM had been tested", the day after a
            # launch told: the telling of its news)
            return day < reference - dt.timedelta(days=1) and not (
                day in told_days or day - dt.timedelta(days=1) in told_days
            )

        previous = label  # "Dec. 18: ... hours after a launch the previous night"
        later = low.startswith(_LATER_OPENINGS)
        if prior and (later or (label is None and ("previous" in low or "preceding" in low))):
            # "Six days later, the country fired ...", "after a launch the previous night": from
            # the day the sentence before named
            days = _days_named(prior, reference, western)
            previous = days[-1].date if days else None
        mentions = _one_day_in_two_zones(
            low,
            find_dates(
                text,
                reference,
                western=western,
                month=month,
                previous=previous,
                narrative=narrative,
            ),
        )
        # ("Revised August 3, 2017, to include the July 28 ICBM test": the page's day)
        mentions = [m for m in mentions if not _REVISED_ON.search(low, 0, m.start)]
        if frame is not None:
            mentions = [
                _in_year(m, frame)
                if m.precision in ("day", "month")
                and _MONTH_WORD.search(m.text)
                and not FOUR_DIGITS.search(m.text)
                else m
                for m in mentions
            ]
        for mention in mentions:
            named = _WEEKDAY_NAME.match(mention.text)
            if named and not named.group("last") and named.group("wd").lower() in weekdays:
                mention = dataclasses.replace(mention, date=weekdays[named.group("wd").lower()])
            if (mention.speech and _military_said_fired(low, mention) is None) or mention.period:
                continue
            if _BOUND_BEFORE.search(low, max(0, mention.start - 40), mention.start):
                continue  # "The North's last ICBM test before Thursday was on Dec. 18": a bound
            if low.endswith(("the ", "a "), 0, mention.start) and _AGREEMENT_AFTER.match(
                low, mention.end
            ):
                continue  # "blows up the February 29 'Leap Day' arrangement": the deal's day
            if _ANNIVERSARY_AFTER.match(low, mention.end):
                continue  # "Friday marks 20 years since a North Korean rocket first flew over"
            if _ITS_NUCLEAR_TEST.match(low, mention.end):
                continue  # "followed North Korea's Sept. 3 nuclear test": the test's day
            western_day = (
                WESTERN_DAY_AFTER.match(low, mention.end) if mention.precision == "day" else None
            )
            if western_day and past_midnight_in_korea(
                low[max(0, mention.start - 6) : mention.start] + mention.text.lower(),
                western_day.group(0),
                mention.date,
            ):
                # "late Saturday Eastern time", "Tuesday afternoon Washington time": a part of a
                # day in a zone behind Korea that is Korea's next day
                mention = dataclasses.replace(mention, date=mention.date + dt.timedelta(days=1))
            elif (
                western_day
                or (
                    mention.precision == "day"
                    and (
                        (
                            (place := WESTERN_PLACE_OPENING.match(low)) is not None
                            and place.end() <= mention.start
                        )
                        or WESTERN_PLACE_BEFORE.search(
                            low, max(0, mention.start - 80), mention.start
                        )
                        is not None
                    )
                )
                # ("On Saturday night, as Trump and Abe were finishing dinner", in a story from
                # a zone behind Korea: its evening)
                or (
                    evening_ahead
                    and mention.precision == "day"
                    and (
                        _NIGHT.search(low, mention.start, mention.end + 9) is not None
                        # ("tracked North Korea's launch of a multistage rocket late yesterday")
                        or low.endswith("late ", 0, mention.start)
                    )
                )
            ):
                # "The launch, which came late Monday in Washington", "In Washington it was
                # still 4 July": the day in a Western zone, which may be the Korean day before
                mention = dataclasses.replace(mention, zone_day=True)
            inside = [
                t
                for t in times
                if t.start <= mention.start < t.end or mention.start <= t.start < mention.end
            ]
            if inside:
                # "(2150 GMT Tuesday)": the weekday belongs to the time; "10:39 a.m. Hawaii
                # time May 28" dates a launch by the Korean day of the time
                if (
                    inside[0].kst_date is None
                    or mention.precision != "day"
                    or _WEEKDAY_NAME.match(mention.text)
                ):
                    continue
                mention = dataclasses.replace(
                    mention, start=inside[0].start, date=inside[0].kst_date
                )
            trigger = _trigger_for(text, mention, triggers, foreign, {t for _, t in out})
            if (
                trigger is not None
                and mention.end <= trigger.start
                and _IN_A_ROW.fullmatch(mention.text.lower())
                and _HOURS_AFTER.search(low, mention.end, trigger.start)
            ):
                # "disrupted GPS signals for a second straight day on Thursday, hours after
                # firing a barrage": the deed of the day before is the clause's own, not the
                # launch it came after
                continue
            if trigger is None and (
                clock := next(
                    (
                        t
                        for t in times
                        if t.end <= mention.start
                        and _DAY_OF_CLOCK.fullmatch(low, t.end, mention.start)
                        and _launch_time(text, t)
                    ),
                    None,
                )
            ):
                # "two ... missile launches from near Wonsan, at 5:58 am and 8:05 am Korea time
                # on Wednesday": the day of the launches' clock
                trigger = next((t for t in reversed(triggers) if t.end <= clock.start), None)
            if (
                trigger is None
                and _TAKEN_ON.search(low, max(0, mention.start - 30), mention.start)
                and (verb := _SHOWS.search(low, mention.end))
                and (
                    shown := [
                        t
                        for t in triggers
                        if verb.end() <= t.start < verb.end() + 50
                        and t.kind != "missile"
                        and "," not in low[verb.end() : t.start]
                    ]
                )
            ):
                # "This picture taken on January 28, 2024 and released by KCNA on January 29
                # shows the test-fire of ...": a photo's day is the day of what it shows
                trigger = shown[0]
            reacted = False
            if (
                trigger is None
                and mention.precision == "day"
                and (reaction := _REACTED_AFTER.search(low, mention.end))
                and not any(d is not mention and d.start > mention.end for d in mentions)
            ):
                # "On January 6, broadcasters aired special news reports after North Korea fired
                # a ballistic missile": a reaction of the moment, on the launch's own day
                trigger = next((t for t in triggers if t.start >= reaction.start("after")), None)
                reacted = trigger is not None
            if trigger is None and mention.start == 0 and mention.date == label and triggers:
                # "Dec. 18: The third Hwasong-18 launch comes hours after ...": the item's day
                trigger = next((t for t in triggers if t.kind == "action"), triggers[0])
            if (
                trigger is None
                and out
                and _LIST_LINK.fullmatch(text, out[-1][0].end, mention.start)
            ):
                trigger = out[-1][1]  # "once on April 15, twice on April 28 and once on May 31"
            if trigger is None and (said := _military_said_fired(low, mention)) is not None:
                # "On Tuesday, January 25, the JCS said it had detected the launch of two
                # cruise missiles"
                trigger = next((t for t in triggers if t.start >= said), None)
            if trigger is None:
                if triggers and _said_on(low, mention, triggers):
                    # "On Monday, state media reported successful tests of a cruise missile":
                    # the day it was said, which no launch word is near
                    said_before = said_before or said_earlier(mention.date)
                continue
            if mention.end <= trigger.start and any(
                mention.end <= other.start
                and (
                    (
                        _OPENS_CLAUSE.search(low, max(0, other.start - 12), other.start)
                        and _SUBJECT_ONLY.fullmatch(low, other.end, trigger.start)
                    )
                    or (
                        other.end <= trigger.start
                        and (brk := _CLAUSE_BREAK.search(low, mention.end, other.start))
                        and _OWN_VERB_BEFORE.match(low, brk.end(), other.start)
                    )
                )
                for other in mentions
            ):
                # "drills in late September, and on Nov. 2 fired": the verb is Nov. 2's; "moved
                # to the Korea desk in 1994, and was on duty in August 1998 when a Taepodong-1
                # flew": so is the nearer date's, past a clause break
                rest = [t for t in triggers if t is not trigger]
                trigger = _trigger_for(text, mention, rest, foreign, {t for _, t in out})
                if trigger is None:
                    continue
            if _SHOWN.search(
                low, max(0, mention.start - 60), mention.start
            ) and not _LAUNCHES_DISPLAY.search(low, 0, mention.start):
                continue  # "an ICBM that North Korea unveiled at a parade in October 2020"
            if (
                trigger.end <= mention.start
                and _CLAUSE_BREAK.search(low, trigger.end, mention.start)
                and _SHOWN_AFTER.match(low, mention.end)
            ):
                # "tested the Hwasong-19 on Oct. 31 last year, and earlier this month displayed a
                # new Hwasong-20 ICBM at a parade": the next clause's missile was shown
                continue
            if (
                trigger.end <= mention.start
                and _CLAUSE_BREAK.search(low, trigger.end, mention.start)
                and (
                    (nuclear := _NUCLEAR_AFTER.match(low, mention.end))
                    # "has conducted an unprecedented number of launches this year, and in
                    # September it enacted a law": the next clause's own deed
                    or _OTHER_DEED_AFTER.match(low, mention.end)
                )
                and not any(
                    mention.end
                    <= t.start
                    < (nuclear.end() if nuclear else _clause_end(low, mention.end))
                    for t in triggers
                )
            ):
                # "fired a volley of missiles, and in October of that year it carried out its
                # first nuclear test", "was followed the next month by a nuclear test"
                continue
            if trigger.start > mention.end and _ASIDE_THEN_SAYS.match(low, mention.end):
                continue  # "The paper, presented to the Cabinet on Friday, says North Korea has"
            if trigger.end <= mention.start and _DAYS_BEFORE.search(
                low, trigger.end, mention.start
            ):
                continue  # "The launch came just days before Americans vote on Tuesday"
            if trigger.end <= mention.start and _WHOEVER_DOES.search(
                low, max(0, mention.start - 50), mention.start
            ):
                continue  # "The launch is a message to whoever wins on Tuesday"
            if (
                trigger.kind != "action"
                and trigger.end <= mention.start
                and _WILL_HOLD.search(low, max(0, trigger.start - 60), trigger.start)
            ):
                continue  # "will hold an information session on the launch Thursday at 7 p.m."
            if (
                not reacted
                and _said_on(low, mention, triggers)
                and _military_said_fired(low, mention) is None
            ):
                said_before = said_before or said_earlier(mention.date)
                continue
            if _said_on(low, mention, triggers, month=True) and any(
                other.precision == "day" and other.start > mention.end for other in mentions
            ):
                continue  # "In August, Air France said ... a missile fired on July 28": August's
            if mention.precision != "day" and (
                cues.AGGREGATE.search(
                    low, max(0, min(trigger.start, mention.start) - 40), mention.start
                )
                # "In 2022 alone, Pyongyang fired roughly 70 ballistic missiles": a year's sum
                # ("five nuclear tests, two of them last year, and dozens of missile launches")
                or (
                    trigger.start > mention.end
                    and cues.AGGREGATE.search(low, mention.end, trigger.end + 40)
                )
            ):
                # (whose launch words are then none of the story's day either)
                said_before = said_before or trigger.kind == "action"
                continue
            out.append((mention, trigger))
        if zone_days and not times:
            # "How does yesterday's launch compare ...", after "Yesterday, at 4:57 p.m. EDT,
            # North Korea launched": the day the story named in its zone is Korea's next
            out = [
                (
                    dataclasses.replace(m, date=zone_days[m.date])
                    if m.precision == "day"
                    and m.date in zone_days
                    and not _ABSOLUTE_DAY.search(m.text)
                    else m,
                    t,
                )
                for m, t in out
            ]
        for time in times:
            # "at 3 p.m. Hawaii Standard Time today": the time fixes the Korean day that the
            # story's own "today" (or weekday) only names in its zone.
            if not _launch_time(text, time):
                continue
            if time.shift:
                # "Yesterday, at approximately 4:57 p.m. Eastern Daylight Time, North Korea
                # launched": the day is the zone's, and Korea's is the next
                # ("launched ... on Saturday, Washington time, ... detected the launch at 11:21
                # a.m. Hawaii time": a day named in a zone behind, wherever it stands)
                shifted = [
                    i
                    for i, (mention, _) in enumerate(out)
                    if mention.precision == "day"
                    and (
                        mention.zone_day
                        or (
                            time.start - 60 < mention.start < mention.end <= time.start
                            and not any(
                                t is not time and mention.start - 60 < t.start < time.start
                                for t in times
                            )
                        )
                    )
                ]
                for i in shifted:
                    mention, trigger = out[i]
                    day = mention.date + dt.timedelta(days=time.shift)
                    zone_days[mention.date] = day
                    out[i] = (
                        DateMention(mention.start, mention.end, mention.text, day, "day"),
                        trigger,
                    )
                if shifted:
                    continue
            if time.kst_date is None:
                continue
            for i, (mention, trigger) in enumerate(out):
                if (
                    mention.precision == "day"
                    and abs(mention.start - time.end) < 40
                    and not (_ABSOLUTE_DAY.search(mention.text))
                    # ("1:17 p.m. Eastern time, which was 3:17 in the morning Wednesday in
                    # Korea": a day said to be Korea's is)
                    and not _KOREAN_DAY_AFTER.match(low, mention.end)
                ):
                    out[i] = (
                        DateMention(mention.start, mention.end, mention.text, time.kst_date, "day"),
                        trigger,
                    )
        if not out:
            for time in times:
                if time.kst_date is not None and _launch_time(text, time):
                    mention = DateMention(time.start, time.end, time.text, time.kst_date, "day")
                    trigger = _trigger_for(text, mention, triggers)
                    if trigger is not None:
                        out.append((mention, trigger))
                        break
        # "Earlier this month, it fired on Jan. 5 and Jan. 11", "In May, on May 4 and May 9": a
        # month beside its own days is the period of those launches, not one more.
        # ("In May, North Korea tested the Hwasong-12 ...; that missile was fired on 14 May":
        # the one day of the month is what the month's verb dated too)
        days: dict[tuple[int, int], list[DateMention]] = {}
        for m, _ in out:
            if m.precision == "day":
                days.setdefault((m.date.year, m.date.month), []).append(m)
        kept: list[tuple[DateMention, cues.Trigger]] = []
        for m, t in out:
            own = days.get((m.date.year, m.date.month)) if m.precision == "month" else None
            if not own:
                kept.append((m, t))
            elif len(own) == 1 and not any(o is t for d, o in out if d.precision == "day"):
                kept.append((own[0], t))
        return kept, said_before

    # --- facts ---------------------------------------------------------------------------------

    def _facts(
        self,
        text: str,
        low: str,
        times: list[TimeMention],
        triggers: list[cues.Trigger],
        designations: list[Mention],
    ) -> _Facts:
        places: list[tuple[int, Place, str]] = []
        place_texts: list[tuple[int, str]] = []
        # ("The first one went up at 5:58 a.m. from near Wonsan": a flight's words say where
        # it rose)
        launchy = bool(triggers) or bool(cues.LIFTED.search(low))
        # A sentence that only names missiles ("analysts said the canisters could hold ICBMs")
        # says what was launched only when it identifies it.
        says_what = (
            any(t.kind != "missile" for t in triggers)
            or bool(cues.FLIGHT.search(low))
            or bool(cues.IDENTIFIES.search(low))
        )
        if launchy:
            # ("- Launch site: Musudan-ri": the item's label says where)
            item = _FACT_ITEM.match(low)
            site_item = item is not None and not item.group("clock")
            for mention in self.gazetteer.find_in(text):
                if site_item and mention.start < item.end() + 3:
                    places.append((mention.start, mention.place, mention.text))
                    continue
                lead = cues.LOCATIVE.search(low, max(0, mention.start - 80), mention.start)
                if lead is None or _landing_place(low, lead.start()):
                    continue
                if _GOVERNMENT_FROM.search(low, max(0, mention.start - 40), mention.start):
                    continue  # "the threat from Pyongyang": the government, not a place
                if _PEOPLE_THERE.search(low, max(0, lead.start() - 20), lead.start()):
                    continue  # "everybody outside Pyongyang had treated it as a missile test"
                if _GOVERNMENT_OWNS.match(low, mention.end) or _GOVERNMENT_ACTS.match(
                    low, mention.end
                ):
                    continue  # "concern over Pyongyang's ability": the government again
                if _EVENT_IN.search(low, max(0, lead.start() - 30), lead.end()):
                    continue  # "a day after ... a massive military parade in Pyongyang"
                if _CLOCK_IN.search(low, max(0, mention.start - 30), mention.start):
                    continue  # "(3.17 am on Wednesday in Pyongyang)": the clock's city
                places.append(
                    (mention.start, mention.place, _strip_prep(text[lead.start() : mention.end]))
                )
            if "capital" in low or "pyongyang" in low:
                capital = self.gazetteer.canonical("Pyongyang")
                for m in cues.CAPITAL.finditer(low):
                    if capital is not None and not _landing_place(low, m.start()):
                        places.append((m.start(), capital, _strip_prep(text[m.start() : m.end()])))
            if not places and any(w in low for w in ("coast", "shore", "region", "area", "part")):
                for m in cues.VAGUE_PLACE.finditer(low):
                    place_texts.append((m.start(), text[m.start("text") : m.end("text")]))
            if not places and not place_texts and " from " in low:
                for m in cues.UNKNOWN_PLACE.finditer(text):
                    words = m.group("text")
                    if self.gazetteer.lookup(words) is None and not cues.COUNTRY.match(words):
                        place_texts.append((m.start(), words))
        # "... its tenth of the year so far, a pace that has included tests of hypersonic
        # missiles": what a tally of launches included is no one launch's class or type.
        tally = _TALLY_LIST.search(low) if _TALLY.search(low) else None
        cut = tally.start() if tally else len(low)
        designations = [m for m in designations if m.start < cut]
        # (a moment the sentence before set is a launch's clock already: ``_moment``)
        launch_times = [t for t in times if t.end == 0 or _launch_time(text, t)]
        said = _said_types(text, low, designations)
        # "medium-range Musudan missiles": the class the story gives the name
        class_phrases = self.catalogue.classes(text) if cues.may_name_class(low) else []
        named = [c for c in class_phrases if _NAME_INSIDE.search(low, c.start, c.end)]
        # ("Photographs released by KCNA show ... a guided rocket leaving the launcher", "..., but
        # photos released by the Rodong Sinmun showed a projectile being fired": what a picture
        # shows is no count of what was fired)
        pictured = _PICTURES_SHOW.match(low) or _PICTURES_SHOW_LATER.search(low)
        counts = [
            c
            for c in (find_counts(text) if launchy else [])
            if not pictured or c.start < pictured.start()
        ]
        generic = _GENERIC_FIRST.search(low)
        if generic:
            # "fired two missiles, ... the first time the North has managed a launch that ...":
            # what follows "the first time" counts no launch of this one
            counts = [c for c in counts if c.start < generic.start()]
        if launch_times:
            counts = [dataclasses.replace(c, clock=launch_times[0].kst) for c in counts]
        return _Facts(
            # "the first time the North has fired a missile while ...": no count of this launch
            counts=counts,
            lengths=find_lengths(text),
            places=places,
            place_texts=place_texts,
            types=[
                (m.start, self._printed(text, m), _class_printed_with(m, named) or m.missile_class)
                for m in said
            ],
            classes=[
                (at, kind)
                for at, kind in _before_another_time(
                    low, _said_classes(text, low, class_phrases, cut)
                )
                # ("the first stage of the Hwasong-14 ICBM", "build on the Hwasong-16B, a
                # solid-fuel hypersonic intermediate-range missile": the class of a name set
                # aside)
                if not any(
                    d.end <= at and _OF_THE_NAME.fullmatch(low, d.end, at)
                    for d in designations
                    if d not in said
                )
            ]
            # (not "The others were believed to be short- and medium-range missiles": the rest
            # of a salvo, whose headline missile is the class)
            if says_what and not _THE_REST.match(low)
            else [],
            times=launch_times,
            reporters=[m.name for m in self.catalogue.reporters(text)],
            landings=_landings(text, low),
        )

    # --- events ----------------------------------------------------------------------------------

    def _events(
        self,
        launches: dict[tuple[dt.date, str, int | None], _Launch],
        pending: _Launch,
        main: _Launch | None,
        reference: dt.date,
        scene: _Launch | None,
        title: str,
        recalled: bool = False,
        recap: bool = False,
        survey: bool = False,
    ) -> list[Event]:
        dated = [
            launch
            for launch in launches.values()
            if launch.precision == "day"
            and launch.days_before_primary is None
            and launch.date is not None
            and launch.date <= reference + dt.timedelta(days=1)
        ]
        # A story's news is recent: a launch of years before is history, whatever the story says
        # of it ("on February 7, 2016, a rocket put the Kwangmyongsong-4 into orbit").
        # ("Update ... on launches conducted by the DPRK in September 2021", then each told by
        # its day: the month the story opened on is its news, however late each is told)
        opened_on = {
            (launch.date.year, launch.date.month)
            for launch in launches.values()
            if launch.precision == "month"
            and launch.date is not None
            and launch.order == 0
            and launch.action
            and launch.told_at < _LEAD_SENTENCES
            and not launch.earlier
        }
        # the first launch told, in a piece headlined by a launch
        headlined = (
            min(
                (launch.order for launch in dated if launch.action and not launch.earlier),
                default=None,
            )
            if _HEADLINED_LAUNCH.match(cues.lower(title))
            else None
        )
        candidates = [
            launch
            for launch in dated
            if not launch.earlier
            and launch.date is not None
            and launch.date >= reference - _NEWS_WITHIN
            and (
                not _old_and_late(launch, reference)
                or (launch.date.year, launch.date.month) in opened_on
                or launch.order == headlined
            )
        ]
        primary: _Launch | None = None
        if candidates:
            primary = max(candidates, key=lambda launch: (launch.date, -launch.order))
            if (
                main in candidates
                and main.told_at <= 1
                and not survey
                # (but a resolution's "responds to ... its launch, on February 7, 2016", then
                # "Within hours of the vote, the DPRK fired six projectiles": the day's own)
                and not (
                    primary.action
                    and main.date < reference - _STALE_AFTER
                    and primary.date >= reference - dt.timedelta(days=1)
                )
            ):
                primary = main  # the launch the lead reports, not the week's last (a roundup)
            elif (
                main is not None
                and main.earlier
                and main.action
                and main in dated
                and main.told_at < _LEAD_SENTENCES
                and main.date is not None
                and primary.date < main.date
                and main.date >= reference - _STALE_AFTER
            ):
                # "The webinar was organized after North Korea fired two missiles on Wednesday",
                # then "it tested a cruise missile on September 11 and 12": the lead's launch,
                # the latest, is the news its event followed
                primary = main
        else:
            # "fired two cruise missiles over the weekend": news known only to its month
            months = [
                launch
                for launch in launches.values()
                if launch.precision == "month"
                and launch.action
                # "test-fired a new missile late last month, sources said Friday": the lead's
                and (not launch.earlier or (launch.order == 0 and launch.told_at < _LEAD_SENTENCES))
                and launch.days_before_primary is None
                and launch.date is not None
                and reference - _NEWS_WITHIN <= launch.date <= reference
            ]
            primary = min(months, key=lambda launch: launch.order) if months else None
        if pending.action and _has_facts(pending):
            if primary is not None and (
                (
                    primary.precision == "day"
                    and (pending.times or pending.places)
                    and (
                        primary.date is not None and primary.date < reference - dt.timedelta(days=1)
                    )
                )
                # ("launched ... at 6:29 a.m.", then "In April, the North tested the
                # Hwasong-18": a month's launch is not the one the lead's clock times)
                or (
                    primary.precision == "month"
                    and pending.times
                    and pending.told_at < min(primary.told_at, _LEAD_SENTENCES)
                )
            ):
                # The lead's undated launch, with its own time or place, is today's news; the
                # dated one ("the firing of three missiles on Saturday") is an earlier launch.
                primary = None
            if primary is None:
                pending.date = _pending_date(pending, scene.date if scene else reference)
                if scene and not pending.times:
                    pending.times = scene.times  # "Sunday morning, around 9:30 Korea time."
                primary = pending
            else:
                primary.absorb(pending, lead=True)
        elif primary is not None:
            primary.absorb(pending, lead=True)
        if primary is None:
            primary = _told_in_full(launches, reference, recap=recap)
        if primary is None:
            # "Last Sunday, North Korea fired eight missiles": a weekly story's own launch.
            if (
                main is None
                or (main.date is not None and main.date < reference - _NEWS_WITHIN)
                or _old_and_late(main, reference)
                # (an earlier launch is the story's own only when its lead tells it: a hearing
                # on "North Korea's first test of a solid-fuel ICBM" that then says it was
                # "launched last Thursday" is the hearing's news)
                # ("A Cathay Pacific crew saw the missile re-entering during last week's test",
                # then "fired the Hwasong-15 ... last Wednesday": the lead's, told below)
                or (main.earlier and main.told_at > 0 and not recalled)
            ):
                primary = _closing_launch(launches, reference) if recap else None
                if primary is None:
                    return self._background_only(launches, reference)
            else:
                primary = main
        assert primary.date is not None
        if primary.zone_day or primary.zone_weekday:
            # "launched this morning", in a Honolulu story that then says "It was early Sunday
            # morning in Korea": the story's day was Korea's day before (and "on Tuesday", in a
            # Washington story that gives the launch's clock on Wednesday in Korea)
            korean = next(
                (
                    launch
                    for launch in launches.values()
                    if launch.precision == "day"
                    and launch.date == primary.date + dt.timedelta(days=1)
                    # ("The launch took place at 11:30 a.m. Sunday in Korea": Korea's clock)
                    and (launch.times if primary.zone_weekday else launch.action or launch.times)
                    and not launch.earlier
                ),
                None,
            )
            if korean is not None:
                korean.absorb(primary)
                korean.order = min(korean.order, primary.order)
                launches = {k: v for k, v in launches.items() if v is not primary}
                primary = korean
        events: list[Event] = []
        restated = _restated_years(launches.values())
        for launch in sorted(launches.values(), key=lambda launch: launch.order):
            if launch is primary or id(launch) in restated:
                continue
            if launch.days_before_primary is not None:
                launch.date = primary.date - dt.timedelta(days=launch.days_before_primary)
                named = next(
                    (
                        other
                        for other in launches.values()
                        if other is not launch
                        and other is not primary
                        and other.precision == "day"
                        and other.date == launch.date
                        and other.days_before_primary is None
                    ),
                    None,
                )
                if named is not None:
                    # "came two days after the North fired four missiles ... on Thursday": the
                    # days counted back reach the day named
                    named.absorb(launch)
                    named.order = min(named.order, launch.order)
                    continue
            assert launch.date is not None
            if (
                launch.earlier
                and launch.precision == "day"
                and launch.date > primary.date
                and launch.date == reference + dt.timedelta(days=1)
            ):
                # "The launch followed an SLBM fired off Sinpo on Saturday", in a Geneva story
                # of a Friday evening (Korea's Saturday): not Korea's day, the Saturday before
                launch.date -= dt.timedelta(days=7)
            if launch.date + dt.timedelta(days=1) == primary.date and (
                launch.zone_day
                # ("in The Hague, Tuesday, North Korea fired two Rodongs", then "the missiles
                # went up at 2:35 a.m. Korea time on Wednesday": the Western day, then Korea's)
                or (
                    launch.zone_weekday
                    and not launch.times
                    and primary.times
                    and not primary.action
                )
            ):
                primary.absorb(launch)  # a Honolulu story's "today's launch", Korea's morning
                continue
            if (
                launch.precision == "month"
                and launch.order == 0
                and launch.action
                and launch.told_at < _LEAD_SENTENCES
                and launch.date == primary.date.replace(day=1)
            ):
                # "test-fired a new missile late last month, sources said", then "was launched
                # on May 29": the lead's launch, its day told below
                primary.absorb(launch)
                continue
            if launch.precision == "month" and (
                dated := next(
                    (
                        other
                        for other in launches.values()
                        if other is not primary
                        and other.precision == "day"
                        and other.told_at == launch.told_at + 1
                        and not other.action
                        and other.date is not None
                        and other.date.replace(day=1) == launch.date
                    ),
                    None,
                )
            ):
                # "In March, North Korea fired a Hwasong-17. That launch, on March 16, came
                # hours before ...": the month's launch, its day told next
                dated.absorb(launch)
                dated.order = min(dated.order, launch.order)
                continue
            if (
                launch.weekend
                and primary.precision == "day"
                and primary.date.weekday() >= 5
                and launch.date == (primary.date - dt.timedelta(days=1)).replace(day=1)
                and reference - primary.date <= _STALE_AFTER
            ):
                # "after Pyongyang's rocket launch over the weekend", then "launched the rocket
                # at 9:30 a.m. Sunday": the weekend's launch, its day told below
                primary.absorb(launch)
                continue
            if not _before(launch, primary.date) and not (
                launch.earlier and launch.precision != "day"
            ):
                if launch.precision == "day" and launch.date == primary.date:
                    primary.absorb(launch)
                    continue
                if not (launch in candidates and launch.date > primary.date):
                    continue  # (a later launch of a roundup whose lead is another is its own)
            events.append(self._event(launch, "background"))
        # (the primary is made last: it may have absorbed launches of its own day)
        return _unique([self._event(primary, "primary", title), *events], news=True)

    def _background_only(
        self,
        launches: dict[tuple[dt.date, str, int | None], _Launch],
        reference: dt.date,
        anchored: bool = False,
    ) -> list[Event]:
        """An analysis or a history with no news of its own: the earlier launches it dates.
        ``anchored``: its news is something else on its own day (a nuclear test), which "five
        days after" counts from and "in July" is set against."""
        events = []
        restated = _restated_years(launches.values())
        for launch in sorted(launches.values(), key=lambda launch: launch.order):
            if id(launch) in restated:
                continue
            if anchored and launch.days_before_primary is not None:
                launch.date = reference - dt.timedelta(days=launch.days_before_primary)
                launch.days_before_primary = None
            if (
                launch.days_before_primary is None
                and launch.date is not None
                # ("earlier this month it flight-tested the Hwasong-16B": this month's, told as
                # earlier than the story)
                and (_before(launch, reference) or (launch.earlier and launch.precision == "month"))
                # "tests in May" without news to set them against are mostly sums and plans;
                # "In December 2012, North Korea launched a long-range rocket" is a launch
                # ("two ICBM tests in July" names what was fired, too, as does "In August 1998, a
                # Taepodong-1 missile flew over northern Japan")
                and (
                    launch.precision == "day"
                    or launch.action
                    or bool(launch.classes)
                    or bool(launch.types)
                )
            ):
                events.append(self._event(launch, "background"))
        return _unique(events, news=False)

    def _event(self, launch: _Launch, role: str, title: str = "") -> Event:
        """``title``: the story's headline, whose class is one more word for the primary's
        ("Live updates: North Korea launches ICBM in longest-ever flight")."""
        assert launch.date is not None
        event = Event(
            role=role,
            date=_iso(launch.date, launch.precision),  # type: ignore[arg-type]
            date_precision=launch.precision,
        )
        event.evidence = dict(launch.evidence)
        if launch.times and launch.precision == "day":
            # The first launch of the day: the earliest clock time any source gives for it.
            first = _first_time(launch.times)
            event.time_kst = first.kst
            local = dt.datetime.combine(launch.date, dt.time(first.hour, first.minute), KST)
            event.time_utc = local.astimezone(_UTC).strftime("%Y-%m-%dT%H:%MZ")
        if launch.places:
            place, text = _site(_first_launchs_places(launch))
            event.site, event.site_text = place.name, text
            event.lat, event.lon = place.lat, place.lon
        elif launch.place_texts:
            event.site_text = launch.place_texts[0]
        types = list(dict.fromkeys(name for name, _ in launch.types))
        # "the Taepodong-2 ... The shorter-range ones, and the Taepodong, all came down": a
        # family's bare name, after a member of it, is that member
        types = [t for t in types if not any(o != t and o.startswith(t + "-") for o in types)]
        # "the KN-25 600 mm multiple rocket launcher": a calibre's phrase beside the designation
        # it stands for is no second type
        types = [
            t
            for t in types
            if not (" " in t and (name := self.catalogue.missile_name(t)) != t and name in types)
        ]
        event.missile_types = types
        classes = [c for c in launch.classes if c != "unknown"]
        # "Both are believed to be medium-range Musudan missiles": the class the story gave a
        # name holds wherever it names it again
        given = {name: c for name, c in launch.types if c != self.catalogue.class_of(name)}
        known = [given.get(n, c) for n, c in launch.types if c and c != "unknown"]
        if classes or known:
            event.missile_class = min(classes or known, key=_CLASS_RANK.index)
            if event.missile_class == "MLRS" and (classes or known)[0] == "SRBM":
                # "fired short-range ballistic missiles", then state media's "a striking drill
                # of 600-mm multiple rocket launchers and Hwasong-11s": the class first told
                event.missile_class = "SRBM"
            if event.missile_class == "SLV" and known and "SLV" not in known:
                # "the intercontinental ballistic rocket Hwasong-14 ... the stage separation
                # features of the carrier rocket": a named weapon's rocket is no space launcher
                event.missile_class = min(known, key=_CLASS_RANK.index)
            if (
                event.missile_class in ("IRBM", "MRBM")
                and "hypersonic" in classes
                and (said := [*classes, self._headline_class(title)])
                # "a new intermediate-range hypersonic missile", then "hypersonic" more often
                # than its range (the headline counting too): the story's word for it
                and said.count("hypersonic") > said.count(event.missile_class)
            ):
                event.missile_class = "hypersonic"
            if "hypersonic" in known and event.missile_class in ("IRBM", "MRBM"):
                # "the Hwasong-16B, a new intermediate-range hypersonic missile": the
                # designation is the hypersonic type, whatever range it is given
                event.missile_class = "hypersonic"
        else:
            # the class the story's text leaves to its headline
            event.missile_class = self._headline_class(title) if title else "unknown"
        event.count_min, event.count_max = _count(launch.counts)
        distances = _now_told([x for x in launch.lengths if x.kind == "distance"])
        if distances:
            km_given = [x for x in distances if not x.from_miles] or distances
            event.distance_km = max(x.km for x in km_given)
        apogees = _now_told([x for x in launch.lengths if x.kind == "apogee"])
        if apogees:
            event.apogee_km = max(x.km for x in apogees)
        if launch.landings:
            # A named sea says more than "the sea" said in another sentence, and where it fell
            # more than where it did not ("outside Japan's exclusive economic zone").
            inside = [x for x in launch.landings if not x.lower().startswith("outside ")]
            named = [x for x in inside if x.lower().removeprefix("the ") != "sea"]
            event.landing = (named or inside or launch.landings)[0]
        event.reported_by = list(dict.fromkeys(launch.reporters))
        return event


_ANOTHER_TIME = re.compile(r"\b(?:after|following|since|before)\b")
_THIS_FOLLOWS = re.compile(
    r"\b(?:this|it|that|today's\s+launch)\s+(?:follows|followed|comes\s+after|came\s+after)\b"
)


_THAT_ONE = re.compile(
    r"(?<!said\s)(?<!says\s)(?<!reported\s)(?<!announced\s)(?<!believe\s)"
    r"\bthat\s+(?:weapon|missile|launch|test|rocket)\b(?!s)"
    # ("Military officials believe those were KN-01 surface-to-ship missiles")
    r"|\bthose\s+(?:were|weapons|missiles|launches|tests|rockets)\b"
)


def _bare_weekday(mention: DateMention, reference: dt.date) -> bool:
    """ "North Korea fired a ballistic missile on Tuesday", in a Washington story that then
    says "at about 3:17 a.m. Wednesday Korea time": maybe a day of the story's zone."""
    named = _WEEKDAY_NAME.match(mention.text)
    return (
        named is not None
        and not named.group("last")
        and reference - _JUST_BEFORE <= mention.date <= reference
    )


def _first_launchs_places(launch: _Launch) -> list[tuple[int, Place, str]]:
    """ "7:20 a.m. — Three missiles fired from Jongpyong at 6:51 a.m.", at the foot of a live
    blog whose newest entry names Wonsan: the place told beside the day's first clock time,
    when a later time was told before it."""
    if len(launch.times) < 2 or launch.precision != "day":
        return launch.places
    first = _first_time(launch.times)
    if first.start <= min(t.start for t in launch.times):
        return launch.places  # (the story tells its first launch first)
    beside = [p for p in launch.places if abs(p[0] - first.start) <= _BESIDE]
    return beside or launch.places


def _now_told(lengths: list[Length]) -> list[Length]:
    """ "The JCS had said Thursday that the first missile flew about 430 km", beside "both
    missiles are assessed to have flown about 600 km": the figure the story now gives."""
    return [x for x in lengths if not x.told_before] or lengths


def _not_of_another(
    facts: _Facts,
    target: _Launch,
    launches: Iterable[_Launch],
    low: str,
    same: Callable[[str], str],
    talk: bool,
) -> _Facts:
    """Drop from an undated sentence the classes and types already said of another launch of
    the story and not of ``target``, which has its own: "Biden played down the cruise missile
    test", "'The Scuds are a message to the South,' said an analyst" speak of that other launch.
    ``talk``: the sentence has no launch word and does not say what was fired, so no other
    missile it names is ``target``'s; ``same`` gives a name's missile, so that another name
    for ``target``'s own missile stays."""
    others = [launch for launch in launches if launch is not target]
    told_classes = {c for launch in others for c in launch.classes}
    told_types = {name for launch in others for name, _ in launch.types}
    own_types = {name for name, _ in target.types}
    own_missiles = {same(name) for name in own_types}
    # "the Hwasong-19 adds about 1,000km of altitude to the Hwasong-18": after the launch's own
    # name, another missile is what it is measured against (not another name for the same
    # one, "the Musudan, or BM-25", nor one it is said to be: "the Unha-2 is essentially the
    # same as the Taepodong-2")
    own_at = min((at for at, name, _ in facts.types if name in own_types), default=None)
    if own_at is not None and _APART_FROM.search(low, max(0, own_at - 20), own_at):
        own_at = None  # "Apart from the Taepodong-2, the missiles were Scud and Rodong types"

    def measured_against(at: int) -> bool:
        return (
            own_at is not None
            and at > own_at
            and not _SAME_AS.search(low, max(0, at - 30), at)
            # ("regard the Unha-2 as a version of the Taepodong-2": one it is said to be)
            and not cues.IS_A_VERSION.search(low, max(0, at - 60), at)
        )

    return dataclasses.replace(
        facts,
        classes=[
            (at, c)
            for at, c in facts.classes
            if not (target.classes and c not in target.classes and c in told_classes)
        ],
        types=[
            (at, name, c)
            for at, name, c in facts.types
            if not (
                own_types
                and name not in own_types
                and (
                    name in told_types
                    or ((talk or measured_against(at)) and same(name) not in own_missiles)
                )
            )
        ],
    )


_APART_FROM = re.compile(
    r"\b(?:apart\s+from|aside\s+from|besides|other\s+than|in\s+addition\s+to)\s+(?:the\s+)?$"
)
_SAME_AS = re.compile(
    r"\b(?:same\s+as|identical\s+to|(?:also\s+)?(?:known|called)\s+as)\s+(?:an?\s+|the\s+)?$"
)


def _before_another_time(low: str, classes: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The classes a sentence names for its own launch: "fired 18 short-range ballistic
    missiles, days after a failed attempt to put a spy satellite into orbit" names a rocket
    only for the earlier attempt."""
    # "You said this follows a failed satellite launch": all of it is the earlier one's
    # (an earlier launch with a time of its own owns them: "That followed two ICBM tests in July")
    follows = _THIS_FOLLOWS.search(low)
    if follows and not _OTHER_TIME.search(low, follows.end()):
        classes = [(at, kind) for at, kind in classes if at < follows.start()]
    if len(classes) < 2:
        return classes
    first = classes[0][0]
    return [
        (at, kind)
        for at, kind in classes
        if at == first or not _ANOTHER_TIME.search(low, first, at)
    ]


def _site(places: list[tuple[int, Place, str]]) -> tuple[Place, str]:
    """The first place the story gives, made as specific as the story makes it: "near
    Pyongyang" in one sentence and "the Sunan area" in another are Sunan (of the Pyongyang
    area); a province gives way to a place named beside it ("South Pyongan's Sukchon")."""
    ordered = sorted(places, key=lambda p: p[0])
    at, place, text = ordered[0]
    if place.name == place.area:
        # The area's own town first named; one of its sites named too is the more specific.
        inside = [p for p in ordered if p[1].area == place.area and p[1].name != place.area]
        if inside:
            return inside[0][1], inside[0][2]
    if place.kind == "province":
        # "from South Pyongan Province" in the lead, "from the vicinity of Pukchang" below
        inside = [p for p in ordered if p[1].province == place.name and p[1].kind != "province"]
        if inside:
            return inside[0][1], inside[0][2]
    for other_at, other, other_text in ordered[1:]:
        if other_at - at > 80:
            break
        if _KIND_RANK.get(other.kind, 9) < _KIND_RANK.get(place.kind, 9) and place.kind in {
            "province",
            "sea",
        }:
            return other, other_text
    return place, text


# the marks a list's items start with: "- March 2: ...", "▶ March 9: ...", "▲ Oct. 4: ..."
_BULLETS = "-•*–▶►▸▪■●◆▲◦‣·"
_BULLET = re.compile(rf"[{_BULLETS}]\s")
_LABEL = re.compile(
    # ("-- Dec. 12, 2012: A rocket passed over Okinawa": a mark of one or two characters)
    rf"[ \t]*(?:[{_BULLETS}]{{1,2}}[ \t]*)?(?P<label>[^:\n—–]{{3,30}}?)"
    r"[ \t]*(?::|[ \t](?:[—–]|--?))[ \t]"
    rf"|[ \t]*[{_BULLETS}][ \t]*(?P<lead>[^:,\n]{{3,30}}),"
    # a table's row: "| July 4, 2017 | Hwasong-14 | 933 km | 2,802 km |"
    r"|[ \t]*\|[ \t]*(?P<cell>[^|\n]{3,30}?)[ \t]*\|"
    # a chronology's paragraph: "February 18. The first ICBM launch of the year: ..."
    r"|[ \t]*(?P<dated>[^:\n]{3,20}?\d)\.[ \t]+(?=[A-Z])"
)


_ECHO_LINK = re.compile(r"[^()\d]{0,30}?(?:\(|\s[-–—]|,\s*or|,?\s*which\s+(?:was|is))\s*")
_SAME_INSTANT = re.compile(
    r"(?:\s+(?:in\s+the|this)\s+\w+(?:\s+local\s+time)?)?"  # "2:34 in the afternoon local time"
    r",?\s*(?:that's|that’s|that\s+is|which\s+is|which\s+was)\s+(?:about\s+)?"
)
_ECHO_CLOSE = re.compile(r"\)|\s[-–—]\s|;")


def _echo_end(text: str, start: int) -> int:
    close = _ECHO_CLOSE.search(text, start, start + 60)
    return close.start() if close else min(len(text), start + 40)


_CAME = r"(?:launch|test|firing)\s+(?:came|took\s+place|happened|occurred)\b"
_THE_LAUNCH_CAME = re.compile(rf"(?:the|this|that)\s+(?:[\w-]+\s+){{0,2}}?{_CAME}")
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:more\s+)?$")
# "April 28 -- Two more Musudans fail": a named missile's failure, in a dated item, is a launch
_ITEM_FAILS = re.compile(r"\b(?:fails?|failed|failure)\b(?!\s+to\b)")
_LAUNCH_CAME = re.compile(rf"\b{_CAME}")
_EVENT_IN = re.compile(
    r"\b(?:parade|rally|ceremony|summit|meeting|talks|congress|plenum|celebrations?|festival)"
    r"\s+(?:in|at)\s+(?:the\s+)?$"
)
# "we detected and tracked a single North Korean missile launch": a launch seen, not foreseen
_SEEN = re.compile(r"\b(?:detected|tracked|observed|spotted|confirmed)\b[^.;:]*$")
# "an analysis of the launches", "were sharing information on the launch"
_TOLD_NOUN = ("of the ", "of these ", "of those ", "on the ", "about the ")
_TODAY = re.compile(r"(?:early\s+|late\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening))")


def _quoted(text: str, at: int) -> bool:
    """Is ``at`` inside a double-quoted passage?"""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _quoted_message(text: str, at: int, prior: str) -> bool:
    """Is ``at`` inside the quoted words of an alert ('the ones people remember: "Missile
    launched. Missile launched."'), which tell what such messages say, not that one came?
    (The quotation may have opened in the sentence before.)"""
    if not _quoted(text, at):
        if '"' in text[:at] or "”" in text[:at] or not _quoted(prior, len(prior)):
            return False
        text, at = prior, len(prior)
    opening = max(text.rfind('"', 0, at), text.rfind("“", 0, at))
    return bool(_MESSAGE_BEFORE.search(cues.lower(text), max(0, opening - 80), opening))


_MESSAGE_BEFORE = re.compile(
    r"\b(?:messages?|alerts?|warnings?|words|texts?|announcements?|broadcasts?)\b[^.;]*$"
)
_TOLD_BACK = 12  # sentences "that year" may look back over


def _launch_heading_day(line: str, reference: dt.date) -> dt.date | None:
    """The day of the launch a heading names ("2. Launch of 9 May", "The May 9 test")."""
    days = [m for m in find_dates(line, reference) if m.precision == "day"]
    if len(days) == 1 and _LAUNCH_WORD.search(line.lower()):
        return days[0].date
    return None


_LAUNCH_WORD = re.compile(r"\b(?:launch(?:es)?|tests?|firings?|flights?)\b")


def _whole_line_day(line: str, reference: dt.date) -> DateMention | None:
    """The day a line that is nothing but a date names: a timeline's heading ("31 August 1998",
    "Sept. 15, 2017") or an almanac's ("July 4")."""
    whole = line.strip().rstrip(".:")
    days = find_dates(whole, reference)
    if (
        len(days) == 1
        and days[0].precision == "day"
        and days[0].start == 0
        and days[0].end >= len(whole) - 1
    ):
        return days[0]
    return None


# Korea's terms for a day or a clock: "in Korea", "in Seoul", "Korean time"
_IN_KOREA = r"in\s+(?:north\s+|south\s+)?korea|in\s+seoul|in\s+pyongyang"
_KOREAS_TERMS = rf"{_IN_KOREA}|korean?\s+time|seoul\s+time"
_KOREAN_RESTATEMENT = re.compile(
    r",?\s+(?:which|that)\s+(?:was|is|would\s+be)\s+(?:early\s+|late\s+)?"
    rf"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+[a-z]+){{0,2}}?\s+(?:{_KOREAS_TERMS})\b"
)


def _korean_restatement(low: str, dated: list[tuple[DateMention, cues.Trigger]]) -> bool:
    """Does a day restated in Korea's terms follow a day or a clock in another zone: "at 7:49
    p.m. eastern time last night, which was Wednesday morning in Korea"?"""
    found = _KOREAN_RESTATEMENT.search(low)
    return found is not None and any(m.start < found.start() for m, _ in dated)


_YEAR_ITEM = re.compile(r"[ \t]*(?P<year>(?:19|20)\d\d)[ \t]*(?:--?|[—–:])[ \t]")


def _almanac_item(
    text: str, line_start: int, almanac: dt.date | None, reference: dt.date
) -> DateMention | None:
    """The day of an almanac's item, its year on the almanac's day: "2009 -- North Korea fires
    seven ballistic missiles" under "July 4"."""
    if almanac is None or (m := _YEAR_ITEM.match(text, line_start)) is None:
        return None
    try:
        day = almanac.replace(year=int(m.group("year")))
    except ValueError:
        return None  # (February 29 in a year without one)
    if day > reference:
        return None
    return DateMention(0, 0, m.group("year"), day, "day")


def _label_day(
    text: str, line_start: int, reference: dt.date, western: bool, previous: dt.date | None
) -> DateMention | None:
    """The day a line is labelled with, in a roundup's list: "- Sunday: the submarine ...",
    "- Last Thursday evening, the KPA staged ...", or after the item before ("Two days
    later: ...")."""
    m = _LABEL.match(text, line_start)
    if m is None:
        return None
    label = (m.group("label") or m.group("lead") or m.group("cell") or m.group("dated")).strip()
    days = [
        d
        for d in find_dates(label, reference, western=western, previous=previous)
        if d.precision == "day"
    ]
    if days and days[0].start == 0 and days[0].end >= len(label) - 1:
        return days[0]
    if m.group("label") and _LAUNCH_LABEL.search(label):
        # a factbox's item: "-- FIRST TEST: April 13. The North said ...": the day after the
        # launch's label
        end = text.find("\n", m.end())
        after = text[m.end() : len(text) if end == -1 else end]
        days = [
            d
            for d in find_dates(after[:40], reference, western=western, previous=previous)
            if d.precision == "day"
        ]
        if days and days[0].start == 0 and _DAY_CLOSES.match(after, days[0].end):
            return days[0]
    return None


# "the government withdrew it", "The announcement was withdrawn within minutes": what the
# sentence before announced is taken back (not "later retracted the warning", an alert's)
_WITHDRAWN = re.compile(
    # ("At 12:21 p.m., the government withdrew the announcement.")
    r"(?:[\w\s:.,]{0,30}?\s)?(?:the\s+)?(?:government|ministry|office|agency|cabinet|officials|it|they)"
    r"\s+(?:later\s+)?(?:withdrew|retracted|rescinded)\s+(?:it|the\s+(?:message|announcement|report"
    r"|information|statement|claim))\b"
    r"|(?:the|that|this)\s+(?:message|announcement|report|information|statement|claim)\s+was\s+"
    r"(?:withdrawn|retracted|rescinded)\b"
)
# A launch just told, flatly denied: "It had not.", "They didn't."
_IT_HAD_NOT = re.compile(
    r"(?:but\s+)?(?:it|they|he|north\s+korea|pyongyang)\s+(?:had|has|did)(?:\s+not|n['’]t)\.?$"
)
_HAD_LAUNCHED_END = re.compile(
    r"\b(?:had|has|have|was|were)\s+(?:just\s+|been\s+)?(?:launched|fired|test-fired)\b"
    r"[^,;:.]{0,40}[.!]?[\"'”’]?$"
)
_DATED_MASTHEAD = re.compile(
    r"(?:\s--?\s|\s[—–|]\s)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?"
    r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}$",
    re.IGNORECASE,
)
_LAUNCH_LABEL = re.compile(r"(?i)\b(?:tests?|launch(?:es)?|flights?|firings?|attempts?)$")
_DAY_CLOSES = re.compile(r"\s*(?:[.;:—–]|--|$)")


_WATCHED_BY = re.compile(
    r"\b(?:detected|spotted|tracked|monitored|observed|seen|photographed|captured|picked\s+up"
    r"|detection|surveillance|observation)\s+by\s+(?:[\w.-]+\s+){0,3}$"
    # "fueling the rocket in full view of American reconnaissance satellites"
    r"|\bview\s+of\s+(?:[\w.-]+\s+){0,3}$"
)


def _said_types(text: str, low: str, designations: list[Mention]) -> list[Mention]:
    """The names that say what was launched: not a banned, planned or compared one ("the Unha-3
    is similar in design to the Taepodong-2"; but "a new type, similar to the KN-23" names the
    nearest thing to what was fired), nor one coordinated with such a name ("rather than after
    the fueling that liquid-fuel Rodongs and Musudans require")."""
    out = []
    dropped: Mention | None = None
    for m in designations:
        if (
            cues.unreal_before(text, m.start)
            or cues.compared_before(
                text,
                m.start,
                # ("a new type, similar to the KN-23" names the nearest thing to it; not
                # "similar to the Hwasong-16B that the North tested on April 2, 2024")
                first=m is designations[0] and not _TESTED_THEN_AFTER.match(low, m.end),
            )
            # "Even the existing Hwasong-18 was assessed to be capable of ..."
            or _EXISTING_BEFORE.search(low, max(0, m.start - 45), m.start)
            or _PLACE_NAMED.match(low, m.end)
            or cues.imagined(low, m.start, m.end)
            or _HAD_IT.search(low, max(0, m.start - 20), m.start)
            # "moved from small solid motors in the Pukguksong series to large ones"
            or _SERIES_AFTER.match(low, m.end)
            # "a cluster of four Nodong-derived engines": a part, or a likeness, not the missile
            or _PART_AFTER.match(low, m.end)
            # "The Musudan, by contrast, is liquid-fuelled"
            or _CONTRAST_AFTER.match(low, m.end)
            # "The Hwasong-17 and Hwasong-18 had already shown that ...": what came before
            or _HAD_ALREADY_AFTER.match(low, m.end)
            # "is this a Hwasong-18 upgrade, is it something new?": asked, not said
            or (_ASKED.search(low, max(0, m.start - 20), m.start) and "?" in low[m.end :])
            or (dropped is not None and _COORDINATED.fullmatch(low, dropped.end, m.start))
        ):
            dropped = m
        else:
            out.append(m)
    return out


_ASKED = re.compile(r"\b(?:is|was|were|are)\s+(?:this|it|that|they|these)\s+(?:an?\s+|the\s+)?$")
# "Had the Taepodong flown as designed, ...": a flight imagined
_HAD_IT = re.compile(r"(?:^|[,;:.]\s+)had\s+(?:the|a|an|its)\s+$")
_HAD_ALREADY_AFTER = re.compile(
    r"(?:s?\s+(?:and|or)\s+(?:the\s+)?[\w-]+)*s?\s+had\s+(?:already|previously|earlier)\b"
)
_ARTICLES = ("the ", "its ", "their ", "a ")
_SERIES_AFTER = re.compile(r"\s+series\b")
_TESTED_THEN_AFTER = re.compile(
    r"\s+(?:that|which)\s+(?:the\s+north|north\s+korea|pyongyang|it)\s+(?:first\s+)?"
    r"(?:tested|test-fired|fired|launched|flew)\b"
)
_EXISTING_BEFORE = re.compile(
    r"\b(?:the|its)\s+(?:existing|older)\s+$"
    # "North Korea's existing ICBMs, the Hwasong-14, -15 and -17, use liquid propellants"
    r"|\b(?:existing|older|earlier|previous)\s+(?:[\w-]+\s+)?"
    r"(?:missiles|rockets|icbms|srbms|irbms|mrbms|slbms),\s+(?:the\s+)?$"
)
_CONTRAST_AFTER = re.compile(r"s?,?\s+(?:by|in)\s+contrast\b")
_PART_AFTER = re.compile(r"-(?:derived|based|style|like)\b|\s+(?:engines?|motors?)\b")
_COORDINATED = re.compile(r"(?:s|es)?\s*(?:,\s*|\s+(?:and|or|and\s+the|or\s+the)\s+)")


def _class_printed_with(name: Mention, classes: list[Mention]) -> str | None:
    return next((c.missile_class for c in classes if c.start <= name.start < c.end), None)


_OF_THE_NAME = re.compile(r"\s?|,\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}")
_NAME_INSIDE = re.compile(rf"\s(?:{cues.DESIGNATION})\s")


def _said_classes(text: str, low: str, found: list[Mention], cut: int) -> list[tuple[int, str]]:
    """The class phrases that say what was launched: not a banned, planned or possible one,
    not a field ("satellite technology"), not in what a tally included; an acronym in brackets
    ("intercontinental ballistic missile (ICBM)") goes the way of the words it stands for."""
    out: list[tuple[int, str]] = []
    kept_last = False
    last_end = -100
    for m in found:
        if low[max(0, m.start - 1) : m.start] == "(" and m.start - last_end <= 25:
            keep = kept_last
        else:
            keep = (
                not cues.unreal_before(text, m.start)
                and not cues.class_set_against(text, m.start)
                and not cues.revised_later(low, m.start, m.end)
                and not cues.class_claimed(low, m.start)
                and m.start < cut
                and not _NOT_A_WEAPON_AFTER.match(low, m.end)
                # "The launch was detected by U.S. reconnaissance satellites": the watcher
                and not _WATCHED_BY.search(low, max(0, m.start - 40), m.start)
                # "from Sohae, which has mainly hosted satellite launches": the site's past
                and not _HOSTED.search(low, max(0, m.start - 40), m.start)
                # "a parade, where it showed off what appeared to be new ICBMs": on show
                and not _SHOWN.search(low, max(0, m.start - 60), m.start)
                # "canisters large enough to hold an intercontinental ballistic missile"
                and not _CAPACITY.search(low, max(0, m.start - 40), m.start)
                # "while cruise missiles are not covered by them": what the rules say of a kind
                and not (
                    _RULED_KIND_AFTER.match(low, m.end)
                    and _BARE_BEFORE.search(low, max(0, m.start - 10), m.start)
                )
                # "medium-range Rodong missiles": the name's class, said with the name, which
                # carries it (and ranks beside the other names the story prints)
                and not _NAME_INSIDE.search(low, m.start, m.end)
            )
        if keep:
            out.append((m.start, m.missile_class))
        kept_last, last_end = keep, m.end
    classed = _CLASSIFIED_AS.search(low)
    if classed:
        # "the super-large multiple rocket launcher, which Seoul classifies as a short-range
        # ballistic missile": the class the article gives it is the one it is classified as
        out = [(at, cls) for at, cls in out if at >= classed.start()]
    return out


def _restated_years(launches: Iterable[_Launch]) -> set[int]:
    """The years that say again a launch a month of theirs told in another sentence: "its
    first ICBM since 2017" beside "last tested an ICBM in November 2017". (Not "two other
    launch attempts ended in crashes last year, although it put a satellite into orbit in
    November", nor "a Hwasong-12 and a Pukguksong-2 in 2017": launches of their own.)"""
    launches = list(launches)
    months = {
        (launch.date.year, launch.told_at)
        for launch in launches
        if launch.precision == "month" and launch.date is not None
    }
    return {
        id(launch)
        for launch in launches
        if launch.precision == "year"
        and launch.date is not None
        and not launch.types
        and not launch.counts
        and any(year == launch.date.year and at != launch.told_at for year, at in months)
    }


def _unique(events: list[Event], news: bool) -> list[Event]:
    """One launch reported twice in one story is one event; "its first launch since May"
    beside "on May 4 and May 9" names May's launches again, not one more."""
    earlier = events[1:] if news else events
    days = [e.date for e in earlier if e.date_precision == "day"]
    # ("since 2017, when it sent two missiles over Hokkaido, on August 29 and September 15":
    # the year is those days')
    seen: set[str] = {d[:7] for d in days} | {d[:4] for d in days}
    unique = []
    for event in events:
        if event.date in seen and not _another_weapon(event, earlier):
            continue
        seen.add(event.date)
        unique.append(event)
    return unique


def _another_weapon(event: Event, events: list[Event]) -> bool:
    """Does a month's launch name a weapon no dated launch of that month was? "In early
    October, it test-fired the Pukguksong-3" beside rockets fired on Oct. 31 is one more."""
    if event.date_precision != "month" or event.missile_class == "unknown":
        return False
    days = [e for e in events if e.date_precision == "day" and e.date.startswith(event.date)]
    # (a day's launch whose weapon the story leaves untold may be the month's unnamed one:
    # "which North Korea last tested on July 12", then "the first ICBM firing since July"; but
    # "Later that month, a Hwasong-17 ICBM fell" beside "On Nov. 2, it fired 23 missiles" is
    # one more)
    untold = () if event.missile_types else ("unknown",)
    return all(e.missile_class not in (event.missile_class, *untold) for e in days)


def _count(counts: list[Count]) -> tuple[int | None, int | None]:
    """Combine the counts the story gives: Seoul's one and Tokyo's two make 1 to 2; a figure
    ("at least 23") says more than a word ("a barrage")."""
    if counts and counts[0].more:
        # "North Korea on Friday fired two more projectiles, the sixth round of testing since
        # late July": more than the launches before, where the story first tells its own
        counts = [dataclasses.replace(counts[0], more=False), *counts[1:]]
    strong = [c for c in counts if not c.weak]
    if tallied := [c.low for c in strong if c.total]:
        # "That brings the number of missiles the North launched on Wednesday to 23"
        return max(tallied), max(tallied)
    whole = max((c.high for c in strong if not c.rest and c.high is not None), default=0)
    if any(c.rest and c.low < whole for c in strong):
        # "six missiles, including a Taepodong-2", then "Five shorter-range missiles were
        # fired": the rest of the six
        strong = [c for c in strong if not (c.rest and c.low < whole)]
    if any(c.vague for c in strong) and all(c.article for c in strong if not c.vague):
        # "[07:02] North Korea has fired an unidentified ballistic missile", then "several
        # ballistic missiles": the first flash's article gives way to the plural
        strong = [c for c in strong if c.vague]
    if any(c.ordinal for c in strong):
        # "the first missile ... was an ICBM", "A second missile was launched": two missiles
        strong = [c for c in strong if c.ordinal or c.high is None or c.high > 1]
        top = max(c.low for c in strong if c.ordinal)
        if any(not c.ordinal and c.high is not None and c.high >= top for c in strong):
            # "three ballistic missiles", then "A second missile ...": one of the three
            strong = [c for c in strong if not c.ordinal]
    clocked = _clocked(strong)
    with_weak = _clocked(counts)
    if (
        len(with_weak) > len(clocked) > 0
        and sum(with_weak.values()) in {c.high for c in strong if c.clock is None}
        and _apart(list(with_weak))
    ):
        # "three ballistic missiles": "The ICBM was launched at 7:40 a.m." and "at 8:39 a.m., two
        # short-range missiles" add up to the figure the story gives (but Tokyo's 7:10 and
        # Seoul's 7:11 are one missile's)
        clocked = with_weak
    if len(clocked) > 1 and all(c.high is not None for c in strong):
        # "At 5:59 a.m., launched one ...", "At 6:42 a.m., launched one ...": two firings
        total = max([sum(clocked.values())] + [c.high or 0 for c in strong if c.clock is None])
        return total, total
    if not strong:
        if not counts:
            return None, None
        if pair := [c.high for c in counts if c.high is not None and c.high > 1]:
            return max(pair), max(pair)  # "both missiles flew about 600 km"
        if any(c.high is None for c in counts):
            return 2, None
        return 1, 1
    counts = [c for c in strong if not c.vague] or strong
    opens = [c.low for c in counts if c.high is None]
    exact = [c.high for c in counts if c.high is not None]
    if opens and exact and max(opens) > max(exact):
        # "at least 23 missiles", of which "three ... were launched from Wonsan": the day's count
        return max(opens), None
    if opens and exact and 2 * max(opens) <= max(exact):
        # "at least three" early in the day, "23" in the end: the figure the floor led up to
        # (Tokyo's "at least six" beside Seoul's "eight" is a second source's figure: 6 to 8)
        counts = [c for c in counts if c.high is not None]
    totals = [c.high for c in counts if c.high is not None and not c.more]
    if totals:
        # "six more missiles ... bringing the total to 23": what the tally grew by
        counts = [c for c in counts if not (c.more and c.high is not None and c.high < max(totals))]
        added = {c.high for c in counts if c.more and c.high is not None}
        if added and all(c.high is not None for c in counts):
            # "launched one ballistic missile ..."; "In addition, ... launched two": three
            total = max(totals) + sum(added)
            return total, total
    low = min(c.low for c in counts)
    highs = [c.high for c in counts if c.high is not None]
    floors = [c.low for c in counts if c.high is None]
    if floors and not (highs and max(highs) > max(floors)):
        return low, None  # "at least one", and "a missile": still at least one
    # Tokyo's "at least six" and Seoul's "eight": six to eight, the floor under the figure
    return low, max(highs)


def _clocked(counts: list[Count]) -> dict[str, int]:
    """The most missiles said of each clock time."""
    clocked: dict[str, int] = {}
    for c in counts:
        if c.clock is not None and c.high is not None:
            clocked[c.clock] = max(clocked.get(c.clock, 0), c.high)
    return clocked


def _apart(clocks: list[str], minutes: int = 10) -> bool:
    """Are the clock times ("07:40", "08:39") all further apart than ``minutes``?"""
    marks = sorted(int(c[:2]) * 60 + int(c[3:5]) for c in clocks)
    return all(b - a > minutes for a, b in itertools.pairwise(marks))


def _is_test_noun(text: str, trigger: cues.Trigger) -> bool:
    """ "the test" ("the test was carried out"): a word that names whatever was last tested."""
    return text[trigger.start : trigger.end].lower() in {"test", "tests"}


def _lead_before(lead: _Launch, later: _Launch) -> bool:
    """The lead's launch, with a launch told later that flew before it."""
    return (
        lead.action
        and lead.told_at < _LEAD_SENTENCES
        and lead.date is not None
        and later.date is not None
        and later.date < lead.date
    )


def _closing_launch(
    launches: dict[tuple[dt.date, str, int | None], _Launch], reference: dt.date
) -> _Launch | None:
    """The launch a history of the year closes on, when it is of the last month and told in
    full: a year in review that ends "at 9:49 a.m. on December 12, a second Unha-3 lifted off
    from Sohae" reports that launch, however many it told before it. (A recap that opens on the
    launch it is about is ``_told_in_full``'s.)"""
    last = max(launches.values(), key=lambda launch: launch.order, default=None)
    if (
        last is not None
        and last.precision == "day"
        and last.action
        and last.times
        and last.places
        and not last.earlier
        and last.days_before_primary is None
        and last.date is not None
        and reference - _RECAP_WITHIN <= last.date <= reference
        and len(launches) > 1
        and all(
            launch.date is not None and launch.date <= last.date for launch in launches.values()
        )
    ):
        return last
    return None


def _told_in_full(
    launches: dict[tuple[dt.date, str, int | None], _Launch],
    reference: dt.date,
    recap: bool = False,
) -> _Launch | None:
    """The launch of the last few days that a story of what came next tells with its clock
    time: "The U.N. Security Council on Thursday condemned North Korea's launch of two
    medium-range ballistic missiles ... The two Rodong missiles were fired from Sukchon at 2:35
    a.m. on Wednesday": the launch the reaction is news of. ``recap``: the story opens on no
    other news (a reaction weeks on, "The U.N. Security Council on Thursday condemned North
    Korea's launch", is that news), so a launch of the last month it tells first, with its clock
    and its site, is still what it reports."""
    # (past one told as earlier: "the systems tested since it resumed launches on 4 May")
    first_day = min(
        (
            launch.order
            for launch in launches.values()
            if launch.precision == "day" and not launch.earlier
        ),
        default=-1,
    )
    told = [
        launch
        for launch in launches.values()
        if launch.precision == "day"
        and launch.action
        and launch.times
        and launch.days_before_primary is None
        and launch.date is not None
        and launch.date <= reference
        and (
            reference - _JUST_BEFORE <= launch.date
            # "KCNA says the Chollima-1 lifted off from Sohae at 22:42 local time on 21
            # November", in a tracker's notes two weeks on: the launch it is about, told first,
            # with its clock and its site
            # (the first day it tells: a timeline's last entry is no recap's news)
            or (
                recap
                and launch.places
                and launch.order == first_day
                and reference - _RECAP_WITHIN <= launch.date
            )
        )
    ]
    return max(told, key=lambda launch: launch.date or reference, default=None)


def _denied_days(text: str, prior: str, reference: dt.date, western: bool) -> set[dt.date]:
    """The days other than the story's own that a denial, or the sentence before it, names."""
    return {
        m.date
        for sentence in (prior, text)
        for m in _days_named(sentence, reference, western)
        if m.date != reference
    }


def _old_and_late(launch: _Launch, reference: dt.date) -> bool:
    """A launch over a week before the story, first told after its opening two sentences, is
    background to other news: Kim's New Year speech recalls "the completion of its nuclear
    force on Nov. 29 after test-firing the Hwasong-15"; sanctions are "explicitly linked ... to
    North Korea's Nov. 18 launch". (Analyses weeks later that are about a launch name it at
    once: "North Korea's third flight test of the Hwasong-18, on 18 December 2023, ...".)"""
    return (
        launch.told_at >= 2
        and not launch.latest
        and launch.date is not None
        and launch.date < reference - _STALE_AFTER
    )


_BRACKET_CLOCK = re.compile(r"\b\d{1,2}[:.]\d\d\b")


def _one_day_in_two_zones(low: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "on July 5 Korean time — still July 4 in the United States", "Nov. 28, 2017 — Nov. 29
    in Korea —": one launch's day told in two zones is the Korean one (with the year said of
    the other)."""
    out = list(mentions)
    for i in range(len(out) - 2, -1, -1):
        first, second = out[i], out[i + 1]
        if first.precision != "day" or second.precision != "day":
            continue
        korean = [_KOREAN_DAY_AFTER.match(low, m.end) for m in (first, second)]
        foreign = [WESTERN_DAY_AFTER.match(low, m.end) for m in (first, second)]
        zone = korean[0] or foreign[0]
        if not _ZONE_PAIR_GAP.fullmatch(low, zone.end() if zone else first.end, second.start):
            continue
        if korean[1] and not korean[0]:
            keep, other = second, first
        elif (korean[0] and not korean[1]) or (foreign[1] and not foreign[0]):
            keep, other = first, second
        elif foreign[0] and not foreign[1]:
            keep, other = second, first
        else:
            continue
        if FOUR_DIGITS.search(other.text) and not FOUR_DIGITS.search(keep.text):
            year = other.date.year + (keep.date.month < other.date.month)
            with contextlib.suppress(ValueError):
                keep = dataclasses.replace(keep, date=keep.date.replace(year=year))
        out[i : i + 2] = [keep]
    # "on Tuesday at 9:40 am Korea time (21:40 on Monday in Montevideo)": the bracket's day is
    # the same instant's in another zone
    return [
        m
        for m in out
        if not (
            m.precision == "day"
            and (opening := low.rfind("(", 0, m.start)) != -1
            and ")" not in low[opening : m.start]
            and (closing := low.find(")", m.end)) != -1
            and _BRACKET_CLOCK.search(low, opening, closing)
            and any(o.precision == "day" and o.end <= opening for o in out)
        )
    ]


# (", the same type Pyongyang threatened earlier this month to fire": an appositive's history)
_WHICH = re.compile(
    # ("the Hwasong-17 — the enormous one they paraded in October 2020")
    r"(?:,|\s*[—–]|\s-\s)\s*(?:which|that|the\s+same\b|(?:the|a)\s+(?:type|kind)\b"
    r"|the\s+(?:[\w-]+\s+){0,2}one\b"
    # ("a Hwasong-12, the intermediate-range ballistic missile unveiled at its April parade")
    r"|the\s+(?:[\w-]+\s+){0,4}?(?:missile|rocket|icbm|irbm|mrbm|srbm|slbm|weapon)s?\b)"
)


def _which_clause_start(low: str, at: int) -> int:
    """Where a relative clause or an appositive after ``at`` begins (", which was paraded
    ..."), or the end."""
    which = _WHICH.search(low, at)
    return which.start() if which else len(low)


def _counting(facts: _Facts, trigger: cues.Trigger) -> list[int]:
    """Where the counts of ``trigger``'s word begin ("a flurry of missile launches")."""
    return [c.start for c in facts.counts if c.start < trigger.start <= c.end + 1]


def _after_marker(low: str, trigger: cues.Trigger) -> bool:
    """Whether "after", "since", "following" ... in its clause puts the launch word before
    another event."""
    clause = max(0, trigger.start - 60, low.rfind(",", 0, trigger.start))
    marker = cues.BACKGROUND_MARKER.search(low, clause, trigger.start)
    # ("the missile blew up almost immediately after it was launched": its own launch)
    # ("The match kicked off at 8 p.m., about five hours after North Korea fired an ICBM": the
    # same day's, which the story is about)
    return (
        marker is not None
        and not _OWN_LAUNCH.match(low, marker.end())
        and not _HOURS_BEFORE.search(low, max(0, marker.start() - 12), marker.start())
    )


_FLIGHT_VERB = re.compile(
    r"(?:fired|launched|flew|flown|lifted\s+off|blasted\s+off|test-fired|test-launched"
    r"|flight-tested|test-flew)\b"
)
_BEING = re.compile(r"\b(?:being|having\s+been)\s+$")
_HOURS_BEFORE = re.compile(r"\b(?:hours|minutes)\s+$")
# An "after" that gives a reason, not a span of days back: "banned the ferry after North Korea
# test-fired", not "two weeks after it test-fired"
_REASON_AFTER = re.compile(
    r"(?<!days\s)(?<!day\s)(?<!weeks\s)(?<!week\s)(?<!months\s)(?<!month\s)(?<!years\s)"
    r"\b(?:after|following)\s+(?:north\s+korea|pyongyang|the\s+north)\s+(?:\w+ly\s+)?$"
)


def _scene(
    text: str,
    reference: dt.date,
    western: bool,
    zone: dt.tzinfo | None,
    published: dt.datetime | None,
    lead: bool,
) -> _Launch | None:
    """The day of a feature's opening scene, which dates the launch it goes on to tell without
    one: "Seoul woke up last Wednesday to an air-raid siren.", "At 6:02 a.m. on Tuesday my
    phone screamed." (not "tracking Monday's best day for the S&P 500": another thing's day;
    and not "the evening of July 3 in California": the same moment, in a zone behind Korea's)."""
    low = cues.lower(text)
    days = [
        m for m in _days_named(text, reference, western) if not WESTERN_DAY_AFTER.match(low, m.end)
    ]
    # Past the lead, a sentence of the scene is short ("The trigger was Saturday."), opens on
    # the day ("On July 4 -- while it was still July 3 in California -- Pyongyang answered
    # it.") or says it was the day ("It was last Thursday, a little before 8 a.m.").
    if not lead and not (
        len(low.split()) <= 6 or (days and days[0].start <= 3) or low.startswith("it was ")
    ):
        return None
    if (
        len(days) == 1
        # (a weekly's scene may be a week and more before it)
        and reference - 2 * _STALE_AFTER <= days[0].date < reference
        and not low.startswith(("'s", "’s"), days[0].end)
        and not days[0].text.lower().endswith(("'s", "’s"))
    ):
        scene = _Launch(days[0].date, "day", -1)
        scene.times = find_times(text, reference, zone, published)
        return scene
    if after := _DAYS_AFTER_LEAD.match(low):
        # "A day after a J-Alert warning told everyone in Hokkaido to take shelter, residents
        # were still asking ...": the alert's day was then
        back = number_word(after.group("n")) or 1
        return _Launch(reference - dt.timedelta(days=back), "day", -1)
    return None


_ASKS = re.compile(r"\s*(?:what|when|how)\b[^.!?]{0,60}\?\s*", re.IGNORECASE)


# A sentence that sets the moment of what it goes on to tell: "The answer came at 3:17 a.m. on
# November 29.", "It was last Thursday, a little before 8 a.m.", "NARRATOR: Thursday, March
# 24th, 2:34 in the afternoon Korea time.", "In Korea that's Wednesday already, 3:17 in the
# morning." (not "In Toronto, that was 5 p.m. on Tuesday": the moment of a zone far away)
_MOMENT = re.compile(
    r"(?:[a-z]+:\s+)?(?:it\s+was\b|it['’]s\b|in\s+korea,?\s+that(?:\s+was\b|['’]s\b)"
    r"|(?:it|that|this|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:came|happened|began|started|arrived"
    r"|struck)\b|(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
)


def _moment(
    text: str,
    number: int,
    reference: dt.date,
    western: bool,
    zone: dt.tzinfo | None,
    published: dt.datetime | None,
) -> tuple[int, DateMention, list[TimeMention]] | None:
    """The one day and clock a sentence that names no launch gives: a launch the next sentence
    tells without a day of its own happened then ("It happened at 6:29 a.m. on May 31.")."""
    if not _MOMENT.match(cues.lower(text)):
        return None
    days = _days_named(text, reference, western)
    times = find_times(text, reference, zone, published)
    if len(days) != 1 or not times:
        return None
    return (
        number,
        dataclasses.replace(days[0], start=0, end=0, text=""),
        [dataclasses.replace(t, start=0, end=0) for t in times],
    )


def _days_named(sentence: str, reference: dt.date, western: bool) -> list[DateMention]:
    """The days a sentence names as days something happened (not said, not bounds of a
    period): what the next sentence's "At around 6:40 a.m." or "Six days later" goes on from."""
    return [
        m
        for m in find_dates(sentence, reference, western=western)
        if m.precision == "day" and not (m.speech or m.period)
    ]


# A passage's year: "In 2016, ...", a heading "2016: The Nodong Goes Operational", "Then came
# 2017."
_YEAR_OPENS = re.compile(
    r"(?:(?:and\s+)?then\s+(?:came|comes)\s+|in\s+)?(?P<year>(?:19|20)\d\d)(?:[,:.]|\s*$)",
    re.IGNORECASE,
)
_MONTH_STEM = rf"(?:{'|'.join(m[:3] for m in cues.MONTHS)})[a-z]*"
_MONTH_WORD = re.compile(rf"(?i)\b{_MONTH_STEM}\b")


def _in_year(mention: DateMention, year: int) -> DateMention:
    """ "On August 3", in a passage that opened "In 2016, ...": that year's."""
    with contextlib.suppress(ValueError):  # (Feb. 29 of a year without one)
        return dataclasses.replace(mention, date=mention.date.replace(year=year))
    return mention


def _narrative_day(told: Sequence[str], reference: dt.date, western: bool) -> dt.date | None:
    """The last day (or month, or year) the sentences before named: the time "that year", "the
    following month" speak of, in a story that has moved back in time ("At 18:17 GMT on 28
    November 2017 ... The two previous ICBM tests that year - on 4 July and 28 July")."""
    for sentence in reversed(told):
        named = [m for m in find_dates(sentence, reference, western=western) if not m.period]
        if named:
            return named[-1].date
        if year := _YEAR_OPENS.match(sentence):
            return dt.date(int(year.group("year")), 1, 1)  # "Then came 2017. On Aug. 29 that year"
    return None


# "Six days later", "Two days later", "A day later": the opening of a sentence that counts on
_LATER_OPENINGS = tuple(
    f"{n} {unit} later"
    for n in ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    for unit in ("day", "days", "week", "weeks")
)
# ("had not heard about the launch until class on Monday": the bound's day, too)
_BOUND_BEFORE = re.compile(
    r"\b(?:before|until|prior\s+to)\s+(?:(?<=until\s)(?:[a-z]+\s+){1,2}on\s+)?$"
)
_AGREEMENT_AFTER = re.compile(
    r"\s+(?:[\"“'‘][^\"”'’]{1,30}[\"”'’]\s+)?(?:agreement|deal|arrangement|accord|summit|declaration"
    r"|statement|resolution|talks|meeting|deadline|election|ceasefire|pact|framework)\b"
)
_ANNIVERSARY_AFTER = re.compile(
    r"\s+(?:marks|marked|will\s+mark)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:years?|months?|anniversary|decades?)\b"
)


def _trigger_for(
    text: str,
    mention: DateMention,
    triggers: list[cues.Trigger],
    foreign: bool = False,
    taken: Collection[cues.Trigger] = (),
) -> cues.Trigger | None:
    """The launch word a date dates, if any. A launch verb dates a launch across its clause; a
    launch noun only right beside it ("Thursday's launches", "the test conducted on Monday").
    A word an earlier date of the sentence already dates is the last choice: in "On Jan. 25 it
    tested ..., and on Feb. 26 it conducted another test", Feb. 26 dates the second test."""
    if mention.days_before_primary is not None:
        return _nearest(mention, triggers) if triggers else None
    best: cues.Trigger | None = None
    low = cues.lower(text)
    if mention.text.lower().endswith(("'s", "’s")) and not any(
        mention.end <= t.start for t in triggers
    ):
        # "shrugged off the latest missile tests and kept their eyes on Thursday's referendum":
        # the day of what it names, which no launch word follows
        return None
    # "adopted at a party congress in January, KCNA said, adding that the test ...": the day of
    # the event named right before it dates no launch word
    if _OTHER_EVENT_BEFORE.search(
        low, max(0, mention.start - 40), mention.start
    ) or _MEETING_OF.search(low, max(0, mention.start - 120), mention.start):
        return None
    if (ground := _GROUND_TESTS.search(low, max(0, mention.start - 120), mention.start)) and not (
        _NEW_CLAUSE.search(low, ground.end(), mention.start)
    ):
        # "conducted ground tests of the first and second stage motors for a new IRBM in
        # November 2023, before flying the system": the day of the tests on the ground
        return None
    # A sentence with one launch verb dates that launch wherever the date stands in it: "launched
    # the Chollima-1 rocket ... from Sohae ..., at 10:42 p.m. on Nov. 21".
    actions = sum(t.kind == "action" for t in triggers)
    for trigger in triggers:
        if mention.start >= trigger.end:
            gap_text = text[trigger.end : mention.start]
        else:
            gap_text = text[mention.end : trigger.start]
        gap_text = _APPOSITIVE.sub(" ", gap_text)  # ", sometimes referred to as KN-24,"
        gap = cues.lower(gap_text)
        if mention.start >= trigger.end and len(gap_text) <= 80 and _THOSE_ON.search(gap_text):
            fits = True  # "its third ICBM test of the year, following those on July 4 and ..."
        elif (
            trigger.kind == "noun"
            and mention.start >= trigger.end
            and len(gap_text) <= _ACTION_REACH
            and (first := _FIRST_SINCE.search(gap))
            and (first.group(0).endswith("since ") or mention.text.lower().startswith("since"))
        ):
            # "the launches threatened the peace of Japan and were the North's first since March
            # last year": the launches' verb, however far
            fits = True
        elif trigger.kind == "action":
            fits = len(gap_text) <= (_ACTION_REACH if actions > 1 else _SENTENCE_REACH)
            if (
                fits
                and mention.end <= trigger.start
                and low.endswith("ing", 0, trigger.end)
                and _DENOUNCED_DEED.search(gap)
            ):
                # "appeared together late Saturday to denounce North Korea's test-firing of a
                # ballistic missile": the day of the denouncing
                fits = False
            if (
                fits
                and mention.end <= trigger.start
                and _NEXT_VERB.match(gap)
                and any(t.kind == "action" and t.end <= mention.start for t in triggers)
            ):
                # "fired two Scud missiles into the sea on March 3 and has launched dozens of
                # rockets in recent weeks": the day closes the clause of the verb before it
                fits = False
            if (
                fits
                and mention.end <= trigger.start
                and cues.BACKGROUND_MARKER.search(gap)
                and (
                    foreign
                    or any(t.kind == "action" and t.end <= mention.start for t in triggers)
                    # "South Korea's first spy satellite was placed into orbit Saturday, ..., 11
                    # days after North Korea launched its own": the clause before the comma's
                    or ("," in gap and _after_marker(low, trigger))
                )
            ):
                # "fired several missiles on Tuesday, eight days after it launched a new
                # hypersonic missile": the day is the launch before it, not the earlier one (and
                # "U.S. and South Korean soldiers fired missiles on Wednesday ... after North
                # Korea conducted its first ICBM test": the allies' launch)
                fits = False
            if (
                fits
                and mention.start >= trigger.end
                and (gap.endswith(" since ") or mention.text.lower().startswith("since "))
                and any(
                    t.kind == "noun" and trigger.end < t.start < mention.start for t in triggers
                )
            ):
                # "fired two missiles -- its first launch of the Rodong since 2009": the year
                # is the noun's launch before, not the one fired
                fits = False
            if (
                fits
                and mention.start >= trigger.end
                and _ITS_FIRST_SINCE.search(gap)
                and (gap.endswith("since ") or mention.text.lower().startswith("since"))
            ):
                # "fired a ballistic missile, its first since March 24": that day is the launch
                # before, not the one fired
                fits = False
            if (
                fits
                and mention.start >= trigger.end
                and (clause := _ITS_OWN_CLAUSE.search(gap))
                and any(
                    t.kind == "noun" and trigger.end + clause.end() <= t.start < mention.start
                    for t in triggers
                )
            ):
                # "has sent a missile over Japan, after a launch on August 29, and it followed
                # two ICBM tests in July": a clause of its own, whose noun the day is beside
                fits = False
            if fits and mention.start >= trigger.end and _CONSEQUENCE.search(gap):
                # "launched a long-range rocket in February, prompting the Security Council to
                # adopt sanctions in March": the day of what the launch led to
                fits = False
        elif _DASHED_LIST.fullmatch(gap_text):
            fits = True  # "four earlier attempts — once on April 15"
        elif any(p in _CLOCK_COLON.sub("", _ACRONYMS.sub("", gap_text)) for p in ";:()—"):
            fits = False
        elif (
            mention.start >= trigger.end
            and _REACTION.search(low, max(0, trigger.start - 60), trigger.start)
        ) or (mention.end <= trigger.start and _CALLED.search(gap)):
            # "Trump played down the launch on Friday"; "at a news conference late Saturday,
            # called the launch 'intolerable'": the day of the reaction
            fits = False
        elif trigger.kind == "missile" and (
            _NOT_FLOWN.search(gap)
            or _HANDLED_AFTER.match(low, trigger.end)
            # "Kim inspected the country's first military reconnaissance satellite earlier this
            # month": looked at, not launched
            or _INSPECTED_BEFORE.search(low, max(0, trigger.start - 60), trigger.start)
        ):
            fits = False  # "an ICBM it paraded in 2020", "the rocket had been taken off the pad"
        elif trigger.kind != "action" and mention.end <= trigger.start and _OVER.match(gap):
            # "kept up a chorus of triumph Monday over what it says is a communications
            # satellite": the day of what was done over it
            fits = False
        elif (
            mention.end <= trigger.start
            and _FOR_ITS.match(gap)
            # (not "On 4 October, for the first time in five years, a missile flew")
            and not _FOR_THE_FIRST_TIME.match(gap)
        ):
            # "imposed sanctions on Friday for its recent ICBM test": the day of the sanctions
            fits = False
        elif (
            trigger.kind == "missile"
            and mention.end <= trigger.start
            and _FLIES.match(low, trigger.end)
        ):
            # "On August 29, a North Korean Hwasong-12 intermediate-range missile flew over
            # Hokkaido": a missile that flew is launched, its day as far as a verb's
            fits = len(gap_text) <= _ACTION_REACH
        elif (
            trigger.kind == "missile"
            and mention.start >= trigger.end
            and _FLEW_THEN.match(low, trigger.end)
        ):
            # "North Korean rockets had crossed Japan only twice, in 1998 and 2009": the verb's
            # clause, as far as a verb's
            fits = len(gap_text) <= _ACTION_REACH
        elif (
            trigger.kind == "noun" and mention.start >= trigger.end and _WHICH_HAPPENED.search(gap)
        ):
            # "the first test-fire of the Pulhwasal-3-31, which took place over the Yellow Sea on
            # Wednesday": the clause's verb is the test's
            fits = len(gap_text) <= _ACTION_REACH
        elif (
            trigger.kind == "noun"
            and mention.end <= trigger.start
            and _FRONTED_DAY.fullmatch(low, 0, mention.start)
            and _FRONTED_GAP.fullmatch(gap)
        ):
            # "And on April 15, the birthday of the country's late founder Kim Il-Sung, an
            # attempted launch of a Musudan ended in failure": the day a sentence opens on is
            # its launch's, past an aside
            fits = len(gap_text) <= _ACTION_REACH
        elif (
            trigger.kind == "missile"
            and mention.end <= trigger.start
            and _MORE_MISSILES.search(low, max(0, trigger.start - 40), trigger.start)
            and not any(t.kind != "missile" for t in triggers)
        ):
            # "Then May 9th, from Kusong, in the northwest, two more short-range missiles, 420
            # and 270 kilometers": more missiles on a day of a series told, a launch
            fits = len(gap_text) <= _ACTION_REACH
        elif trigger.kind == "missile" and foreign:
            # "Russian forces launched the North Korean missiles on Dec. 30": whoever's the
            # missile, the launch is the other country's.
            fits = False
        elif (
            trigger.kind == "noun"
            and mention.start >= trigger.end
            and not foreign
            and (aim := _AIM_OF.match(low, trigger.end, mention.start)) is not None
        ):
            # "North Korea's previous attempt to fire a long-range Taepodong-2, in July 2006,
            # ended in failure": what the attempt was to fire is of its noun phrase
            fits = len(text[aim.end() : mention.start]) <= _NOUN_REACH_OVER_COMMA
        elif trigger.kind == "noun" and mention.end <= trigger.start and _BEFORE_THE.search(gap):
            # "the destroyers left Busan on March 30 and did not return to port before the
            # launch": the day of what came before (or after) the launch
            fits = False
        else:
            if "," in gap_text:
                # (not "in May 1990, and an earlier flight attempt": another launch's noun)
                fits = (
                    not foreign
                    and len(gap_text) <= _NOUN_REACH_OVER_COMMA
                    and not (
                        mention.end <= trigger.start
                        and _OTHER_NOUN_BEFORE.search(gap)
                        # ("In April, North Korea's previous attempt broke apart": the day the
                        # sentence opens on is that launch's)
                        and not (
                            _SENTENCE_OPENING.fullmatch(low, 0, mention.start)
                            and "," not in gap[1:]
                        )
                    )
                )
            else:
                fits = len(gap_text) <= _NOUN_REACH
        if fits and mention.end <= trigger.start and _SOME_TIME_BEFORE.match(low, trigger.end):
            # "South Korea's Navy on Friday salvaged debris of the long-range rocket North Korea
            # launched earlier this week": the launch has a time of its own
            fits = False
        if (
            fits
            and mention.start >= trigger.end
            and (
                _OTHER_EVENT_BEFORE.search(gap)
                or _MET_BETWEEN.search(gap)
                # "... in a replay of the risk-off trade that gripped markets earlier this month":
                # a clause with a verb of its own, whose day it is
                or (
                    (clause := _OWN_CLAUSE.search(gap)) is not None
                    and not cues.FLIGHT.match(gap, clause.start("verb"))
                )
            )
        ):
            # "launched a rocket on April 5 ... and then conducted its second nuclear test on
            # May 25": the day right after another event's noun is that event's
            fits = False
        if (
            fits
            and trigger.kind == "noun"
            and mention.start >= trigger.end
            and _NEGATED_DEED.match(gap)
            and not gap.endswith(("until ", "till "))
        ):
            # "The launch did not even make the conversation at open houses last weekend": the
            # day of what the launch did not do
            fits = False
        if fits and (
            best is None or _rank(trigger, mention, low, taken) < _rank(best, mention, low, taken)
        ):
            best = trigger
    return best


_NEGATED_DEED = re.compile(
    r"\s*(?:(?:did|does|do|was|were|is|has|had|could|would)(?:\s+not|n['’]t)|never)\b"
)
_ITS_OWN_CLAUSE = re.compile(
    r",\s+(?:and|but)\s+(?:it|they|this|that|the\s+\w+)\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b"
)
_AIM_OF = re.compile(r"\s+to\s+(?:fire|launch|test-fire|put|send|place)\s+[^,;:.()]{1,60}")
_NEXT_VERB = re.compile(r",?\s*(?:and|but)\s+(?:(?:has|have|had|it|they)\s+)?(?:\w+ly\s+)?$")
_MORE_MISSILES = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|\d+)\s+more\s+(?:[\w-]+\s+){0,3}$"
)
_OPENING = r"\W*(?:(?:and|but|then)\s+)?"
_SENTENCE_OPENING = re.compile(_OPENING)
_FRONTED_DAY = re.compile(rf"{_OPENING}(?:on|in)\s+")
_FRONTED_GAP = re.compile(r",[^,;:()]*,\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}")
# Stems of the past tenses that tell a launch ("conducted", "carried out", "fired", ...).
_LAUNCHED_STEMS = "conduct|carri|stag|fir|launch|test"
# ("the test site, which foreign journalists watched being demolished last month"; but "a launch
# that we detected and tracked at 10:39 a.m. May 28" is the launch's)
_OWN_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:(?!was\b|were\b)[\w-]+\s+){0,3}?"
    rf"(?P<verb>(?!(?:{_LAUNCHED_STEMS}|detect|track|spott|observ|monitor)ed\b)"
    r"[a-z]+ed)\s+(?:[\w-]+\s+){0,4}$"
)
_DETERMINER = re.compile(
    r"\b(?:the|a|an|its|their|his|two|three|four|several|what)\s+"
    r"(?:[\w-]+\s+|[\w-]*\d['’]s\s+){0,4}$"  # ("the Hwasong-18's last flight")
)


def _np_start(low: str, trigger: cues.Trigger) -> int:
    """Where the phrase of a missile word begins: "[the submarine-launched missile] they flew"."""
    found = _DETERMINER.search(low, max(0, trigger.start - 60), trigger.start)
    return found.start() if found else trigger.start


def _rank(
    trigger: cues.Trigger, mention: DateMention, low: str, taken: Collection[cues.Trigger] = ()
) -> tuple[bool, bool, int]:
    """A launch verb is what a date dates, before a noun: in "it tested a Hwasong-19 missile
    last year", the clause of that launch starts at "tested"; a verb no other date took comes
    before one that another did. A date follows its verb more often than it leads it ("fired
    an ICBM early Thursday, a day after it launched ..."). "The Hwasong-14, first flown July
    4, was fired again on July 28": the participle's date is the name's."""
    gap = _gap(trigger, mention)
    after = mention.start >= trigger.end
    between = low[trigger.end : mention.start] if after else low[mention.end : trigger.start]
    if after and _FIRST_FLOWN.fullmatch(between):
        gap = 0
    elif _CLAUSE_COLON.search(between) or ";" in between:
        gap += _SENTENCE_REACH  # ("tested ICBMs twice in July: the Hwasong-14, first flown")
    return (
        trigger.kind != "action",
        trigger in taken,
        gap if trigger.start < mention.start else 2 * gap,
    )


_GROUND_TESTS = re.compile(r"\b(?:ground|static|engine|motor)[\s-]+(?:tests?|firings?)\b")
_NEW_CLAUSE = re.compile(r"[,;:]|\b(?:and\s+(?:on|in|then|later)|then|before|after)\b")
_FIRST_FLOWN = re.compile(rf"{cues.FIRST_FLOWN}\s+(?:on\s+)?")


def _nearest(mention: DateMention, triggers: list[cues.Trigger]) -> cues.Trigger:
    return min(triggers, key=lambda t: _gap(t, mention))


def _gap(trigger: cues.Trigger, mention: DateMention) -> int:
    if mention.start >= trigger.end:
        return mention.start - trigger.end
    return max(0, trigger.start - mention.end)


_ABSOLUTE_DAY = re.compile(r"\d")
_CLOCK_COLON = re.compile(r"(?<=\d):(?=\d)")  # "at 10:42 p.m.": no clause break
_WHICH_HAPPENED = re.compile(
    r",\s*(?:which|that)\s+(?:took\s+place|came|happened|occurred|was\s+(?:conducted|carried\s+out"
    r"|held|staged))\b"
)
_REACTED_AFTER = re.compile(
    r"\b(?:special\s+(?:news\s+)?(?:reports?|bulletins?|broadcasts?|programs?|coverage)"
    r"|news\s+flash\w*|breaking\s+news|(?:cut|broke)\s+into|interrupt\w*|evacuat\w*|sirens?"
    r"|emergency\s+(?:alerts?|warnings?)|took\s+shelter)\b[^.;]{0,80}?"
    r"(?P<after>\bafter)\s+(?:north\s+korea|pyongyang|the\s+north)\s+(?:had\s+)?"
    r"(?:fired|launched|test-fired|test-launched)\b"
)
_JUST_SPACE = re.compile(r"\s+(?:\w+ly\s+)?")
_SHOWS = re.compile(r"\b(?:shows?|showing|depicts?)\s")
_PICTURE = r"(?:picture|photo|photograph|image|footage)s?"
_HOSTED = re.compile(r"\b(?:hosted|hosts|hosting)\s+(?:[\w-]+\s+){0,2}$")
_PICTURES_SHOW = re.compile(
    rf"(?:the\s+)?(?:\w+\s+){{0,2}}(?:{_PICTURE}|videos?)\b[^.;]{{0,60}}?"
    r"\b(?:shows?|showed|showing|depicts?|depicted)\s"
)
_PICTURES_SHOW_LATER = re.compile(r"\b(?:but|and|while)\s+" + _PICTURES_SHOW.pattern)
_TAKEN_ON = re.compile(rf"\b{_PICTURE}\s+(?:was\s+)?taken\s+(?:on\s+)?$")
_OWN_LAUNCH = re.compile(
    r"\s+(?:the\s+|its\s+)?(?:launch|lift-?off|firing|take-?off)\b"
    r"|\s+(?:it|the\s+\w+|they)\s+(?:was|were|had\s+been)\s+(?:launched|fired|test-fired)\b"
    # "reached 5,768.5 km after being launched from the same airport"
    r"|\s+(?:being|having\s+been)\s+(?:launched|fired|test-fired)\b"
    # "After two weeks of conflicting claims, the State Department concluded ... that North
    # Korea's August 31 launch": a while of something else, which dates no launch before
    r"|\s+(?:(?:a|an|one|two|three|four|five|six|several|few|many|nearly|almost|more|than|over"
    r"|about)\s+)*(?:hours?|days?|weeks?|months?|years?|decades?)\s+of\s+(?!(?:[\w-]+\s+)?"
    r"(?:launch|missile|test|rocket|firing|provocation)s?\b)"
)
_ACRONYMS = re.compile(r"\s*\([A-Z0-9-]{2,8}\)")
_REACTION = re.compile(
    r"\b(?:condemn\w*|denounc\w*|criticiz\w*|criticis\w*|played\s+down|downplay\w*|discuss\w*"
    r"|consultations?|meeting|respond\w*|react\w*|protest\w*|briefed|analy[sz]\w*"
    r"|(?:consultations|meeting|talks|statement|comments?"
    # ("a meeting on the North's launch Wednesday": the meeting's day)
    r"|briefing)\s+(?:on|about|over))\s+"
    # ("condemned North Korea's latest ballistic missile launches on Thursday")
    r"(?:(?:north\s+korea|pyongyang|the\s+north)['’]s\s+)?(?:[\w'’-]+\s+){0,3}$"
)
# What may stand between a date opening a clause and its verb: "and on Nov. 2 (it) fired".
_SUBJECT_ONLY = re.compile(r"\s*(?:(?:it|they|the\s+north|north\s+korea|pyongyang)\s+)?")
# Launches before the story's, in a sentence that dates none of them.
_EARLIER_SUBJECT = re.compile(
    r"(?:(?:most|many|some|all|several|none)\s+of\s+)?[^,;]{0,40}?\b(?:recent|earlier|previous"
    r"|prior|past)\s+(?:[\w-]+\s+){0,2}(?:launches|tests|firings)\s+(?:have|had|were)\b"
)
_EARLIER_LAUNCHES = re.compile(
    # ("Its first flight tests were presented by North Korea as satellite tests")
    r"\b(?:recent|earlier|previous|prior|past|its\s+first)\s+(?:[\w-]+\s+)?(?:launches|tests|firings)\b"
)
_BEYOND = re.compile(r"\b(?:than|beyond|past|exceeding|surpassing|unlike)\s+(?:the\s+|its\s+)?$")
# ("higher than the altitudes of the previous launches" compares today's launch with them)
_OBJECT_RELATIVE = re.compile(
    r"s?\s+(?:that\s+|which\s+)?(?:the\s+north|north\s+korea|pyongyang|it|they)\s+(?:had\s+)?"
)
_PUNCT = re.compile(r"[,;:()]")
_THAN_ANY = re.compile(r"\bthan\s+(?:any|all|every)\s+$")
# "exploded seconds after launch": a bare "after launch" is the flight's own moment
_AFTER_LIFTOFF = re.compile(r"\bafter\s+launch$")
_COMPARED_WITH = re.compile(r"\b(?:than|of|to|with)\s+(?:the\s+|its\s+)?$")
# "The system, which the US military calls the KN-25, ...": a name for the weapon talked about.
_NAMES_THE_SYSTEM = re.compile(
    r"(?:the|this)\s+(?:new\s+)?(?:system|weapon|launcher|missile|rocket)s?,\s+(?:dubbed|called"
    rf"|known\s+as|designated|codenamed|which\s+[\w.\s]{{0,40}}?\b{cues.NAMING_VERB})"
    r"\s+(?:as\s+)?(?:the\s+)?"
)
_THE_MISSILE = re.compile(r"(?:The|That)\s+(?:[\w-]+\s+){0,2}?(?:missile|rocket|projectile)\b(?!s)")
_PRONOUN_FLEW = re.compile(
    rf"(?:They|It)\s+(?:\w+ly\s+)?(?:{cues.FLIGHT.pattern}"
    r"|(?:was|were)\s+(?:\w+ly\s+)?(?:fired|launched|test-fired)\b)"
)
_THE_MISSILES_FLEW = re.compile(
    r"(?:According\s+to\s+[^,]{1,40},\s+)?"  # ("According to KCNA, the missiles travelled ...")
    r"(?i:the|those|these)\s+(?:[\w-]+\s+){0,2}?(?:missiles|rockets|projectiles)\s+"
    r"(?:flew|travell?ed)"
)
_FLIES = re.compile(rf"\s+(?:\w+ly\s+)?(?:{cues.FLIGHT.pattern})")
_FLEW_THEN = re.compile(
    # ("North Korean rockets that Pyongyang described as satellite launches have flown over
    # Japan before, in 1998 and 2009": past a relative clause, to the verb's auxiliary)
    r"(?:\s+(?:that|which)\s+[^,;:.]{0,60}?(?=\s+(?:had|have)\s))?"
    rf"\s+(?:had\s+|have\s+)?(?:\w+ly\s+)?(?:{cues.FLIGHT.pattern})"
)
# "On 25 May, the JCS said North Korea fired a suspected Hwasong-17": a military's word comes
# the day of the launch it detected, so the day is the launch's too
_MILITARY = (
    r"(?:the\s+|south\s+korea['’]s\s+|japan['’]s\s+|seoul['’]s\s+|tokyo['’]s\s+)*"
    r"(?:jcs|joint\s+chiefs(?:\s+of\s+staff)?|military|defen[cs]e\s+ministry"
    # ("On March 16, South Korea said a missile fired from near Pyongyang exploded")
    r"|ministry\s+of\s+defen[cs]e|south\s+korea|seoul|japan|tokyo)\s+(?:\(\w+\)\s+)?"
)
_FIRED_CLAUSE = (
    r"(?:that\s+)?(?:(?:north\s+korea|pyongyang|the\s+north|it)\s+(?:had\s+)?"
    r"(?:fired|launched|detected)"
    r"|(?:an?|the|two|three|four)\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|projectiles?)"
    r"\s+(?:fired|launched))\b"
)
_MILITARY_SAID_FIRED = re.compile(rf",?\s+{_MILITARY}(?:said|reported|announced)\s+{_FIRED_CLAUSE}")
_MILITARY_SAID_ON = re.compile(rf"\b{_MILITARY}(?:said|reported|announced)\s+(?:on\s+)?$")
_THAT_IT_FIRED = re.compile(rf"\s+{_FIRED_CLAUSE}")


def _military_said_fired(low: str, mention: DateMention) -> int | None:
    """Where the launch words start that a military tells on the day it names ("On Tuesday,
    the JCS said it had detected the launch", "The JCS said on Thursday that the North had
    fired"): it tells a launch the day it happens."""
    if said := _MILITARY_SAID_FIRED.match(low, mention.end):
        return said.start()
    if _MILITARY_SAID_ON.search(low, max(0, mention.start - 70), mention.start) and (
        fired := _THAT_IT_FIRED.match(low, mention.end)
    ):
        return fired.start()
    return None


# ("a series of weapons tests since its fourth nuclear test in January and a long-range rocket
# launch in February": the launch the series is counted from)
_LAUNCH_TABLE_HEADER = re.compile(r"\|\s*(?:launch\s+site|apogee|range|altitude|missile|type)\s*\|")
_INCLUDING_ONE = re.compile(
    r"\b(?:including|since)\s+(?:an?|one|the|its)\s+(?:[\w-]+\s+){0,4}?(?:launch|test|missile|icbm"
    r"|irbm|slbm|rocket|satellite)\b"
)
_DAYS_LINK = re.compile(r"\s*,?\s*(?:and|or)?\s*(?:again\s+|then\s+)?")
_RETROSPECTIVE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|a)\s+years?\s+"
    r"(?:on|ago|after|since|of|later)\b|\banniversary\b|\bdecades?\s+(?:on|after|of|later)\b",
    re.IGNORECASE,
)
_REVIEW_TITLE = re.compile(
    r"^\s*\[review\]|\b(?:film|movie|book|drama|theatre|theater)\s+review\b|^\s*review\s*:",
    re.IGNORECASE,
)


def _a_review(article: Article) -> bool:
    """A review of a film, a novel or a show: what its plot "fires" is no launch of the day."""
    if _REVIEW_TITLE.search(article.title or ""):
        return True
    opening = cues.lower(article.text[:3000])
    return any(w in opening for w in _PLOT_WORDS) and bool(_PLOT.search(opening))


_PLOT_WORDS = ("film", "movie", "novel", "drama", "series", "webtoon", "thriller", "play")
_PLOT = re.compile(
    rf"\b(?:the|this|his|her|their)\s+(?:{'|'.join(_PLOT_WORDS)})\s+"
    r"(?:imagines|is\s+set\s+in|follows|depicts|opens\s+(?:with|on)|cent(?:er|re)s\s+on"
    r"|tells\s+(?:the\s+)?story)\b"
)
_LIVE_ENTRY = re.compile(
    # ("3.51am: South Korea's presidential office ...", a British live blog's stamp)
    r"^\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{3}\s*)?(?:[—–-]|:(?!\d))",
    re.MULTILINE,
)
_TIMELINE_LAUNCH = re.compile(
    r"\s*(?i:north\s+korea|pyongyang|the\s+north)\s+(?:launches|fires|test-fires)\b"
)
_NORTH_SUBJECT = re.compile(
    r"^(?:[\w ]+,\s+)?(?:north\s+korea|pyongyang|the\s+north)\s+(?:\w+ly\s+)?"
    r"(?:put|sent|tried|tested|threw|hurled|flew|showed\s+off\s+\w+\s+launch)\b"
    # (not "North Korea put more ICBMs on display on Wednesday night": missiles shown)
    r"(?![^.;]{0,80}?\b(?:on|in)\s+(?:public\s+)?(?:display|show|parade|view)\b)"
)
_DETECTED_FLYING = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)\b(?:detected|tracked)\s+(?:an?|multiple|several|two|three|four"
    r"|five|six|seven|eight|\d)\s+(?:more\s+)?(?:[\w-]+\s+){0,4}$"
)
_DETECTED_THE = re.compile(
    r"(?<!\bnot\s)(?<!\bnever\s)\bdetected\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}$"
)
_IN_A_ROW = re.compile(r"(?:second|2nd)\s+\w+\s+day|.*\bin\s+a\s+row|back-to-back\s+days")
_HOURS_AFTER = re.compile(r"\b(?:hours|minutes|shortly|soon|just|days?)\s+after\b")
_THERE_WAS = re.compile(
    r"\bthere\s+(?:was|were)\s+(?:also\s+)?(?:an?|another|two|three|four|five|six|\d)\s+"
    r"(?:more\s+)?(?:[\w-]+\s+){0,4}$"
)
_OPENS_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and\s+|but\s+|then\s+)?|\b(?:and|but|then)\s+)(?:on|in)\s+$"
)
# Missiles shown rather than flown: "an ICBM it paraded in 2020", "unveiled at a military
# parade in October 2020" (the day is the parade's).
_OWN_VERB_BEFORE = re.compile(r"\s+(?:was|were|is|are|had|has|became|served|worked)\b")
_WILL_HOLD = re.compile(
    r"\b(?:will|plans?\s+to|is\s+planning\s+to|is\s+to|are\s+to)\s+(?:also\s+)?"
    r"(?:hold|host|stage|organi[sz]e|have|run|present|screen|convene)\b[^.;]*$"
)
_CLAUSE_BREAK = re.compile(r",\s*and\b|;|\bwas\s+followed\b")
_OTHER_DEED_AFTER = re.compile(
    r",?\s+(?:it|they|the\s+north|pyongyang|north\s+korea|kim(?:\s+jong[\s-]un)?)\s+"
    rf"(?:\w+ly\s+)?(?!(?:{_LAUNCHED_STEMS}|resum)ed\b)[a-z]+ed\b"
)
_SHOWN_AFTER = re.compile(
    r",?\s+(?:(?:it|they|the\s+north|pyongyang|north\s+korea|kim(?:\s+jong[\s-]un)?)\s+)?"
    rf"(?:\w+ly\s+)?(?:{cues.SHOWN_WORDS})\b"
)
_CLAUSE_END = re.compile(r"[.;]\s|,\s*(?:and|but)\s")


def _clause_end(low: str, at: int) -> int:
    end = _CLAUSE_END.search(low, at)
    return end.start() if end else len(low)


_ITS_NUCLEAR_TEST = re.compile(r"\s+(?:\w+\s+)?nuclear\s+(?:test|device|detonation|explosion)")
_NUCLEAR_AFTER = re.compile(
    r"(?:(?!\b(?:after|before|following|since|ahead|than)\b)[^;.]){0,50}?"
    r"\bnuclear\s+(?:test|device|detonation|explosion)"
)
_FIRED_FROM = re.compile(r"\b(?:fired|launched|lifted\s+off)\s+from\s+(?:the\s+)?$")
_RULED_KIND_AFTER = re.compile(
    r"s\s+(?:are|remain|were)\s+(?:not\s+)?(?:covered|banned|allowed|permitted|prohibited"
    r"|exempt\w*|restricted)\b"
)
_BARE_BEFORE = re.compile(r"(?:^|\b(?:while|whereas|but|and|as|since|because)\s+|[,;:]\s+)$")
_CAPACITY = re.compile(
    r"\b(?:enough\s+(?:to\s+(?:hold|carry|house|fit|contain|accommodate)|for)|room\s+for)"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$"
)
_SHOWN = re.compile(rf"\b(?:{cues.SHOWN_WORDS})\b[^,;]{{0,60}}$")
# ("The launches were the North's biggest display of ballistic missiles since July 2006": the
# launches are the display)
_LAUNCHES_DISPLAY = re.compile(
    r"\b(?:launch(?:es)?|tests?|firings?|barrage|salvo)\s+(?:was|were|is|are)\s+"
    r"(?:[\w'’]+\s+){0,3}?display\b"
)
# ("July 5, 2006, local time (the afternoon of July 4 in Washington)")
_ZONE_PAIR_GAP = re.compile(
    r"[\s,;(—–-]*(?:(?:still|or|which\s+was)\s+)?"
    r"(?:(?:the\s+)?(?:early\s+|late\s+)?(?:morning|afternoon|evening|night)\s+of\s+)?"
    # ("7:55 a.m. Sunday local time — 5:55 p.m. Saturday on the U.S. East Coast")
    r"(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?\s+)?"
)
_KOREAN_DAY_AFTER = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s*(?:,\s*)?(?:in\s+(?:south\s+)?korea\b"
    r"|in\s+(?:seoul|pyongyang)\b"
    r"|(?:korean?|korea\s+standard|seoul|pyongyang|local)\s+time\b|\(?kst\b)"
)
_ASIDE_THEN_SAYS = re.compile(
    r",\s+(?:says|said|notes|noted|warns|warned|states|stated|adds|added|claims|claimed"
    # ("Our first edition, closed at about 11 p.m. Tuesday, reported 'at least five' missiles")
    r"|reports|reported|carries|carried|printed)\b"
)
_OVER = re.compile(r"\s*(?:over|about|regarding)\s")
_TEST_OF_NAME = re.compile(rf"\s+of\s+(?:[\w-]+\s+){{0,3}}?(?:{cues.DESIGNATION})")
_SUM_THEN_NEWS = re.compile(
    r"[,;]\s+and\s+(?:[\w-]+\s+){0,4}?(?:launch|launches|tests|firings)\b[^,;]{0,40}?"
    r"\b(?:last|this|past)\s+week\b"
)
_LAST_WEEKS = re.compile(
    r"\blast\s+week['’]s\s+(?:[\w-]+\s+){0,3}?(?:launch|test|firing|test-fire)\b"
)
_FOR_THE_FIRST_TIME = re.compile(r"\s*,?\s*for\s+the\s+(?:\w+\s+)?time\b")
_BEFORE_THE = re.compile(r"\b(?:before|after|ahead\s+of|following|since)\s+(?:the|that|this)\s+$")
_SOME_TIME_BEFORE = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:earlier\s+this\s+(?:week|month)|last\s+week|(?:a\s+few|several|\w+)"
    r"\s+days\s+(?:ago|earlier)|recently"
    # "keep clear of hazard areas on Monday as crews searched for debris from the rocket North
    # Korea launched on Sunday"
    r"|(?:on|last|early|late)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    rf"|on\s+(?:{_MONTH_STEM}\.?\s+\d|\d{{1,2}}\s+{_MONTH_STEM}))\b"
)
_MORE_FEWER = ("more ", "fewer ")
_SUM_AS_CONTEXT = re.compile(r"\b(?:after|following|since|amid|latest\s+in)\b")
_ACCOUNT_OF = re.compile(
    r"\b(?:assessments?|analys[ie]s|accounts?|reviews?|summar(?:y|ies)|overview|details)\s+of\s+"
    r"(?:(?:north\s+korea|pyongyang|the\s+north)['’]s\s+|its\s+|the\s+)?(?:[\w-]+\s+){0,3}$"
)
# (a survey's "Most recently, on May 8, 2025, North Korea launched ...": its news, told late)
_MOST_RECENTLY = re.compile(r"(?:most\s+recently|the\s+latest\s+(?:launch|test)\s+(?:came|was))\b")
# "North Korea Fires Two Missiles as Rivals Meet": a headline's capitals
_TITLE_CASE = re.compile(
    r"(?:(?:[A-Z0-9][\w'’.-]*|a|an|and|as|at|by|for|in|of|on|or|the|to|with)\s*)+"
)
# "Revised August 3, 2017, to include the July 28 ICBM test": the page's day
_REVISED_ON = re.compile(r"\b(?:revised|updated|amended|modified|edited)\s+(?:on\s+|as\s+of\s+)?$")
# ("U.S. and Japanese officials have now confirmed press reports ... that North Korea test-fired
# a new medium-range missile ... on May 29": a launch known only now is the story's news)
_NOW_CONFIRMED = re.compile(r"\b(?:ha(?:ve|s)\s+now|now)\s+confirm(?:ed|s)\b")
# "North Korea's failed launch: ...", "North Korea's Third ICBM Test: The Hwasong-15": a piece
# headlined by one launch is about it, however far down it dates it
_HEADLINED_LAUNCH = re.compile(
    r"^(?:north\s+korea|n\.\s*korea|pyongyang|the\s+dprk|dprk)['’]s\s+(?:[\w-]+\s+){0,4}?"
    r"(?:launch|(?:missile|icbm|irbm|rocket|slbm)\s+test)\b(?!-)"
)
_RECENT_BEFORE = re.compile(r"\b(?:recent|previous|prior|earlier)\s+(?:[\w-]+\s+){0,3}$")
# "vetoed ... sanctions on North Korea over its renewed ballistic missile launches": launches
# named as the reason for what the sentence tells
_REASON_BEFORE = re.compile(
    r"\b(?:over|for|against|(?:in|an?(?:\s+direct)?)\s+response\s+to"
    r"|in\s+protest\s+(?:of|against)|condemn\w*|punish\w*|responsible\s+for)\s+"
    r"(?:its|their|the|the\s+north['’]s|north\s+korea['’]s|pyongyang['’]s)\s+(?:[\w-]+\s+){0,4}$"
)
# (not drills: "fired two missiles during drills on Tuesday" dates the launch)
_OTHER_EVENT_BEFORE = re.compile(
    r"\b(?:nuclear\s+(?:test|device|explosion)|(?:engine|ground)\s+test|summit|talks|meeting|visit"
    r"|election|parade|ceremony|congress|plenum"
    # ("vetoed a U.S.-drafted resolution in May that would have tightened sanctions after
    # earlier ICBM tests": the vote's month)
    r"|resolution|vote|veto"
    # "issued a written order on March 23 to conduct the test-launch": the order's day
    r"|(?<!in\s)order)s?\s*,?\s*(?:on|in|at|of)?\s*$"
    # "one of the five core defense tasks Kim laid out in 2021": the day of what was said
    r"|\b(?:laid|set)\s+out\s+(?:(?:in|on|at)\s+)?$"
    # "the engine which had been tested on the ground in March"
    r"|\btested\s+on\s+the\s+ground\s+$"
)
# "after a summit between Kim and Trump in Vietnam in February collapsed": the summit's month
_MEETING_OF = re.compile(
    r"\b(?:summit|talks|meeting)\s+(?:between|with|of)\s+[^,;:()]{3,100}?\s+(?:(?:in|on|at)\s+)?$"
)
# "the first since leader Kim Jong-un met Trump at Panmunjom last month": the meeting's month
_MET_BETWEEN = re.compile(
    r"\b(?:met|visited|hosted|attended|signed|held\s+talks|collapsed|broke\s+down|took\s+office"
    r"|returned\s+to\s+(?:office|power)"
    # "the first launch since Kim Jong Un and Donald Trump agreed at the DMZ last month"
    r"|agreed|pledged)\b"
)
_HANDLED_AFTER = re.compile(
    r"\s+(?:had\s+been|has\s+been|have\s+been|was|were|is|are)\s+(?:\w+\s+)?(?:taken|removed"
    r"|moved|seen|spotted|observed|erected|installed|transported|mounted|assembled|dismantled)\b"
)
_CLASSIFIED_AS = re.compile(r"\bclassif(?:y|ies|ied)\s+(?:it\s+|them\s+)?as\b")
_FOR_ITS = re.compile(
    r"\s*,?\s*(?:for|over)\s+(?:its|their|the|a|an|north\s+korea['’]s|pyongyang['’]s)\s"
)
_INSPECTED_BEFORE = re.compile(
    # ("took some of them to see the launch pad and the satellite last weekend")
    r"\b(?:inspect\w*|examin\w*|toured|looked\s+at|to\s+see|visit\w*)\s+(?:[\w'’-]+\s+){0,6}$"
)
_OTHER_NOUN_BEFORE = re.compile(r"\b(?:earlier|previous|prior|later)\s+(?:[\w-]+\s+)?$")
_NOT_FLOWN = re.compile(
    rf"\b(?:{cues.SHOWN_WORDS}|show\w*|develop\w*|built|build\w*|produc\w*|export\w*|sold|deploy\w*"
    # "the missile that Pyongyang threatened earlier this month to fire near Guam"
    r"|threaten\w*|vow\w*|plan\w*|promis\w*|warn\w*"
    # "first spotted a Nodong on a launch pad in May 1990": seen standing, not flown
    r"|on\s+(?:a|its|the)\s+(?:launch\s+)?pad)\b"
)
# How often, in a list of days: "once on April 15, twice on April 28".
_TIMES = r"(?:once|twice|\w+\s+times|again|one|two|three|four|five)"
# Between two dates of one list: "April 15, twice on April 28 and once on May 31".
_LIST_LINK = re.compile(
    r"(?:\s+(?:from|near|off)\s+[^,;.]{1,40}?)?"  # "on August 10 from near Hamhung and again on"
    rf"(?:\s*\({_TIMES}\))?"  # "April 28 (twice) and May 31"
    # "Two more attempts on April 28 failed, as did another on May 31"
    r"(?:\s+(?:failed|exploded|crashed|fizzled|succeeded)(?=,))?"
    rf"\s*(?:,\s*|\s+)(?:and\s+|(?:as|so)\s+did\s+)?(?:{_TIMES}|another\s+on)?\s*(?:on\s+)?"
    # "in February 2016, and before that in December 2012"
    r"(?:before\s+that\s+)?"
)
# A name given in passing between a launch word and its date.
_APPOSITIVE = re.compile(
    r",\s+(?:\w+\s+)?(?:referred\s+to|known|called|dubbed|designated|described)\s+as\s+[^,]{1,30},"
    # ("The North's previous ICBM test, of a solid-fuel Hwasong-18, came on Dec. 18")
    r"|^,\s+of\s+(?:an?|the|its)\s+[^,]{1,40},"
)
_TALLY = re.compile(
    r"\b(?:so\s+far|to\s+date|of\s+the\s+year|this\s+year|since\s+(?:january|the\s+start))\b"
)
_TALLY_LIST = re.compile(r"\b(?:(?:has|have|had)\s+included|including|such\s+as)\b")
_OTHER_OBJECT = re.compile(r"\s+(?:\w+\s+){0,2}other\b")
# "following those on July 4 and ...", "followed the one conducted on July 31"
_THOSE_ON = re.compile(
    r"\b(?:those|ones|the\s+one)\s+(?:(?:conducted|carried\s+out|launched|fired|held)\s+)?"
    r"(?:on|of|in)\s+$"
)
_ITS_FIRST_SINCE = re.compile(
    r"(?:,\s+(?:its|the\s+north['’]s|north\s+korea['’]s|pyongyang['’]s|the\s+country['’]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:first|latest)\s+(?:[\w-]+\s+){0,3}?"
    # ("fired an ICBM for the first time since 2017")
    r"|^[^,;]*\bfor\s+the\s+first\s+time\s+)(?:since\s+)?$"
)
# "the launches ... were the North's first since March last year": the noun said again
_FIRST_SINCE = re.compile(
    r"\b(?:was|were|is|are)\s+(?:the\s+north['’]s\s+|north\s+korea['’]s\s+|its\s+|the\s+)"
    r"first\s+(?:since\s+)?$"
)
_THE_REST = re.compile(
    r"(?:the\s+)?(?:others|rest|remaining\s+\w+|other\s+(?:\w+\s+)?(?:missiles|rockets|projectiles))\b"
)
_DAY_OF_CLOCK = re.compile(r"\s*(?:\(?[a-z]+\s+time\)?|kst)?,?\s*(?:on\s+)?")
_NIGHT = re.compile(r"\b(?:night|evening)\b")
_CONSEQUENCE = re.compile(
    r",\s+(?:prompting|leading|forcing|triggering|causing|sparking|drawing|spurring|provoking)\b"
)
_DASHED_LIST = re.compile(
    # ("the two Hwasong-14 tests in July — on July 4 and July 28 —")
    rf"(?:\s+in\s+[A-Za-z]+)?\s*[—–-]+\s*{_TIMES}?\s*(?:on\s+)?"
    # "four failed attempts to fire the Musudan since April: one on April 15, two on ..."
    rf"|[^.;:]{{0,60}}:\s*{_TIMES}?\s*(?:on\s+)?"
)
_PEOPLE_THERE = re.compile(
    r"\b(?:every(?:one|body)|any(?:one|body)|no\s+one|nobody|people|residents|observers)\s+$"
)
_GOVERNMENT_FROM = re.compile(
    r"\b(?:threats?|messages?|response|provocations?|pressure|warnings?|demands?|statements?|"
    r"signals?|overtures?)\s+from\s+$"
)
# A place's possessive that is not a part of it ("Pyongyang's Sunan airport" names Sunan apart)
_GOVERNMENT_OWNS = re.compile(
    r"['’]s\s+(?!(?:outskirts|suburbs?|vicinity|area|region|district|northern|southern|eastern"
    r"|western|north|south|east|west|central)\b)"
)
# ("the moratorium which Pyongyang reaffirmed in the Pyongyang Declaration": the capital as
# the subject of a word, or the name of a paper or a meeting)
_GOVERNMENT_ACTS = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:\w+ly\s+)?(?:reaffirmed|reiterated|said|says|declared"
    r"|announced|agreed|pledged|promised|vowed|signed|claimed|warned|insisted|denied|rejected"
    r"|threatened|responded|accused|demanded)\b"
    r"|\s+(?:declaration|statement|agreement|accord|summit|talks|government|regime|leadership)\b"
)
_DENOUNCED_DEED = re.compile(
    # ("On April 2, the institute convened a seminar to discuss North Korea's firing of two
    # missiles": the day of the discussing)
    r"\b(?:condemn|denounc|criticiz|criticis|deplor|protest|discuss|debat|analy[sz]|assess"
    r"|examin)\w*\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:[\w-]+['’]s|the|its|their)\s+$"
)
_CALLED = re.compile(
    r",\s+(?:\w+\s+)?(?:called|described|termed|denounced|condemned)\s"
    # "The U.N. Security Council on Saturday unanimously condemned North Korea's missile
    # launches": the day of the condemnation
    r"|\b(?:condemn|denounc|criticiz|criticis|deplor|protest)\w*\s"
    # ("met behind closed doors on Friday in New York to discuss Pyongyang's launch")
    r"|\bto\s+(?:discuss|address|consider|review)\s"
)
# "space and satellite technology", "satellite imagery": a field or a product, not a launch.
_NOT_A_WEAPON_AFTER = re.compile(
    # ("an SLBM-capable boat": what a boat could carry)
    r"-capable\b|\s+(?:technology|technologies|programs?|programmes?|imagery|images?|photos?|data|"
    r"cooperation|industry|research"
    # "Kim's claim that ICBM preparations were in their final stage", "its ICBM ambitions"
    r"|preparations?|ambitions?|capabilit(?:y|ies)|arsenals?)\b"
)
_PASSIVE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+)?$")
_RELATIVE_PASSIVE = re.compile(r"\b(?:which|that)\s+(?:was|were)\s+(?:\w+\s+)?$")
_WEEKDAY_NAME = re.compile(
    r"(?i)(?P<last>last\s+)?(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
# What opens a clause that goes on about the launch just named: ", when it launched ...".
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,;:()—–]*$")
_EXPLAINS = re.compile(
    r"(?:,\s*|\b)(?:when|in\s+which|during\s+which|as)\s+(?:it|they|the\s+north|pyongyang|"
    r"north\s+korea|the\s+country|the\s+regime)?\s*(?:also\s+|had\s+)?"
    # ("on Dec. 12, 2012, when it said it put the Kwangmyongsong-3 satellite into orbit")
    r"(?:(?:said|says|claimed|claims)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+)?)?$"
    # "two missiles from Sukchon that it later said were fired from its rocket launchers"
    r"|\b(?:that|which)\s+(?:it|they|the\s+north|pyongyang|state\s+media)\s+(?:later\s+)?"
    r"(?:said|says|claimed|called)\s+(?:were|was)\s+$"
    # "...; KCNA later said six missiles had been fired in a drill": the same launch, retold
    r"|\blater\s+(?:said|reported|claimed|confirmed|announced)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:had\s+been|were|was|had)\s+$"
    # "first flight-tested in May 1993, when a missile was fired into the Sea of Japan"
    r"|,\s*when\s+(?:an?\s+|the\s+|\w+\s+)(?:[\w-]+\s+){0,2}?(?:missiles?|rockets?|projectiles?)"
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?$"
    # "on December 18 last year, when a Hwasong-18 flew for about 73 minutes"
    r"|,\s*when\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?$"
)
_SINCE_YEAR_HAS = re.compile(
    r"(?<!first\s)(?<!time\s)\bsince\s+(?:(?:early|late|mid-?)\s*)?(?:19|20)\d\d,?\s+"
    r"(?:north\s+korea|pyongyang|the\s+north|it)\s+ha(?:s|ve)\s+(?:\w+ly\s+)?$"
)
_EARLIER_PERIOD = re.compile(
    r"\b(?:before\s+that|previously|in\s+the\s+past|in\s+(?:the\s+)?(?:years|months|weeks)\s+"
    r"(?:before|since)|in\s+earlier\s+years|once)\b"
)
# "the Taepodong area": a missile named after a place, used as the place
_PLACE_NAMED = re.compile(r"\s+(?:area|site|village|county|region|district)\b")
_GENERIC_FIRST = re.compile(
    r"first\s+time\s+(?:that\s+)?(?:the\s+north|north\s+korea|pyongyang|it)\s+(?:has|had)\b"
)
_NAMED_TIME = re.compile(
    r"\b(?:january|february|march|april|june|july|august|september|october|november|december"
    r"|(?:19|20)\d\d)\b(?!\s*(?:gmt|utc|kst|jst|hours))"
)
_OTHER_TIME = re.compile(
    # "may" the month, not "it may have been a Hwasong-12"
    r"\bmay\s+\d|\b(?:in|since|last|early|late|mid-?)\s+may\b"
    r"|\b(?:january|february|march|april|june|july|august|september|october|november"
    r"|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:19|20)\d\d|after"
    r"|since|last|previous|earlier|before|ago)\b"
)
# The day a name was given, not the day of a flight: "state media identified it on Friday as",
# "On Thursday, state media confirmed it as"
_IT_FLEW = re.compile(r"(?:it|they)\s")
_IN_RESPONSE = re.compile(r"\b(?:in\s+response|in\s+retaliation|responded|retaliated)\b")
_LAUNCH_OF = re.compile(r"(?:launch|firing|test-firing)(?:es|s)?\s+of\b")
_REPORTED_ON = re.compile(
    r"\b(?:identified|confirmed|named|called|described|announced|reported|revealed|disclosed"
    # ("North Korea's state media said on Wednesday that it was an intermediate-range
    # Hwasong-12")
    r"|said|says)"
    r"\s+(?:it\s+|them\s+|the\s+(?:missile|weapon|rocket)s?\s+)?(?:on\s+)?$"
)
_REPORTED_AFTER = re.compile(
    r",\s+[^,;:]{0,50}?\b(?:identified|confirmed|named|called|described|announced|reported"
    r"|revealed|disclosed|said)\b"
)


def _another_time(low: str, start: int, end: int) -> bool:
    """Does the sentence move to another time before ``end``, other than the day the missile
    was named on (the name still says what flew)?"""
    return any(
        not (
            m.group().endswith("day")
            and (
                _REPORTED_ON.search(low, max(0, m.start() - 40), m.start())
                or (not low[start : m.start()].strip(" on") and _REPORTED_AFTER.match(low, m.end()))
            )
        )
        for m in _OTHER_TIME.finditer(low, start, end)
    )


_SHORTLY_AFTER = re.compile(r"\b(?:shortly|just|soon|a\s+little|right)\s+after\s+$")
# What a launch came (days) before: a later event, whose day the clause gives
_DAYS_BEFORE = re.compile(
    r"\b(?:days|hours|weeks|a\s+day|a\s+week)\s+(?:before|ahead\s+of)\s+[^,.;]{0,60}$"
)
# someone's deed yet to come, or of now: "whoever wins on Tuesday", "who takes office on Jan. 20"
_WHOEVER_DOES = re.compile(
    r"\b(?:who|whoever|whichever(?:\s+\w+)?)\s+(?:will\s+)?"
    r"(?!(?:was|has|is)\b)(?:[a-z]+s|win|take|meet|visit|arrive)(?:\s+[a-z]+){0,2}\s+$"
)
# "this happened at about twenty to seven last night": the clock of the launch the story told
_IT_HAPPENED = re.compile(r"\b(?:this|it|that)\s+(?:happened|took\s+place|came)\s+at\b")
# "That was 7:39 Friday morning in Korea": the clock and day of what was just told, in Korea
_RESTATED_IN_KOREA = re.compile(
    # ("In Korea it was 11:30 a.m. Sunday.": the place said first)
    rf"(?:(?P<place>{_IN_KOREA}),?\s+)?"
    r"(?:and\s+)?(?P<it>that|it|this)\s+(?:was|would\s+have\s+been)\s+[^;]{0,40}?"
    rf"(?(place)|\b(?:{_KOREAS_TERMS})\b)"
)
# "Saturday evening in Florida, right around dinner, and 7:55 Sunday morning in Korea": Korea's
# clock and day of the launch just spoken of, in a sentence with no launch word
_KOREAN_CLOCK = re.compile(
    r"(?P<it>\b\d{1,2}[:.]\d\d)(?:\s*[ap]\.?m\.?)?,?\s+(?:on\s+)?(?:early\s+|late\s+)?"
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?"
    rf"\s+(?:{_KOREAS_TERMS})\b"
)
# "The JCS put the liftoff at 9:49 a.m.": the clock of the launch just told
_PUT_AT = re.compile(
    r"\bput\s+(?:the\s+)?(?P<it>lift-?off|blast-?off)\s+at\s+(?:about\s+|around\s+)?\d"
)
# "In North Korea it was about 3:30 a.m. Wednesday.": the same, the place said first
_IN_KOREA_IT_WAS = re.compile(
    rf"(?:{_IN_KOREA}),?\s+it\s+was\s+(?:already\s+)?(?:about\s+|around\s+|nearly\s+)?"
    r"\d{1,2}[:.]\d\d"
)
_SPEECH_AFTER = re.compile(
    # ("On Tuesday, however, it said the projectile was a new two-stage missile")
    r"\s*,?\s+(?:(?:however|though|meanwhile|moreover|again|later|then),\s+)?"
    r"(?:(?!which\b|that\b|who\b|and\b|when\b)[a-z’'().-]+\s+){1,7}"
    r"(?:said|says|reported|announced|claimed|stated|told|quoted|ran|carried|aired|broadcast"
    # "On Monday, state media identified the missile as the Pukguksong-2, ... and published
    # photographs of Kim Jong-un watching the launch"
    r"|identified|named|described|dubbed|published|released)\b"
)


def _said_on(
    low: str, mention: DateMention, triggers: list[cues.Trigger], month: bool = False
) -> bool:
    """ "On Monday, state media said the country had tested ...": a date opening the sentence
    and followed by who said what is the day it was said. ``month``: the date is a month's
    (whose saying only a launch day of its own in the sentence shows)."""
    if mention.start > 12 or mention.precision != ("month" if month else "day"):
        return False  # ("Last May, Pyongyang said it had test-fired ...": the launch's month too)
    speech = _SPEECH_AFTER.match(low, mention.end)
    if speech is not None and _IT_SAID_IT_HAD.match(low, mention.end):
        # ("On Sunday, North Korea said it had fired strategic cruise missiles": its own word of
        # its launch, whose day the writer gives as the launch's)
        return False
    if speech is not None and low.startswith(",", speech.end()):
        # ("On Thursday morning, the JCS said, North Korea fired about 18 missiles": a saying set
        # off by commas is an aside; the day is the clause's after it)
        return False
    return speech is not None and not any(t.start < speech.end() for t in triggers)


_IT_SAID_IT_HAD = re.compile(rf"\s*,\s+{OWN_WORD}")


def _earlier_marker(text: str, mention: DateMention) -> int | None:
    """Where the words that introduce this launch as an earlier one begin ("last Thursday",
    "since May 29", "follows ... the day before yesterday"), or None."""
    if mention.days_before_primary is not None or mention.text.lower().startswith("since "):
        # ("after North Korea fired an IRBM, the first such overflight since September 2017":
        # the earlier launch's words begin at its own "since")
        return mention.start
    start = max(0, mention.start - 150)
    window = cues.lower(text[start : mention.start])
    cut = max(window.rfind(p) for p in (";", ":", ", and ", " but ", " while "))
    marker = cues.BACKGROUND_MARKER.search(window, cut + 1)
    while marker is not None and (
        _OWN_LAUNCH.match(window, marker.end())
        # "Hours after the North's launch on Wednesday, South Korea carried out its own": the
        # same day's launch, which the story is about
        or _HOURS_BEFORE.search(window, max(0, marker.start() - 12), marker.start())
        # "After a string of conspicuous failures, North Korea on 22 June finally flew": a phrase
        # with no verb of its own, closed before the day, which is the sentence's launch
        or (marker.group() == "after" and _VERBLESS_PHRASE.match(window, marker.end()))
    ):
        # "detached from the booster after launch on Tuesday": this launch, not an earlier one
        marker = cues.BACKGROUND_MARKER.search(window, marker.end())
    if marker is not None:
        return start + marker.start()
    if mention.text.lower().startswith(("last", "past", "previous", "this past", "earlier")):
        return mention.start
    if window.endswith("from ") and _UNTIL_LATER.search(cues.lower(text), mention.end):
        return mention.start  # "From November 29, 2017, when the Hwasong-15 flew, until this week"
    return None


_VERBLESS_PHRASE = re.compile(
    r"(?:\s+(?!\w+ed\b|flew\b|flown\b|was\b|were\b|had\b)[\w'’-]+){1,6},\s"
)
_UNTIL_LATER = re.compile(r"\b(?:until|till|through)\b")


_TIME_LAUNCH = (
    # "The launch was detected at about 1:17 p.m. Eastern time" (before "launch" alone)
    r"(?:launch|missile|rocket)(?:s|es)?\s+(?:(?:was|were)\s+)?(?:first\s+)?detected"
    # (and a headline's present: "N. Korea test-fires ballistic missile ... at 7:55 a.m. today")
    r"|fir(?:ed|ing|es)|launch(?:ed|es|ing)?|lift(?:ed)?\s+off|blast(?:ed)?\s+off|took\s+(?:place|off)"
    r"|test-fired|liftoff|went\s+up|rose\s+(?:from|off)|(?:left|cleared)\s+(?:the|its)\s+launch(?:er|\s+pad)"
    # "fired six missiles, Japan's government said, the first of them at about 3:32 a.m."
    r"|(?:first|second|third|last)\s+(?:of\s+them|one|missile|rocket|projectile)"
    r"(?=\s+(?:at|around|about)\b)"
    # "two Musudans were launched ... The first, at 5:58 a.m., broke up"
    r"|(?<=the\s)(?:first|second|third|last)(?:\s+one)?(?=,\s+(?:at|around|about)\b)"
    # "it detected the missiles at 6:14 a.m." (but not "detected debris at")
    r"|detected\s+(?:[\w-]+\s+){0,4}?(?:missiles?|launch(?:es)?|projectiles?|rockets?)"
)
_TIME_OTHER = (
    # ("was expected to fall 'around Hokkaido' at about 8:00": where and when it would come down)
    r"announc\w*|said|says|reported|alert\w*|notice|meeting|held|fell|landed|splash\w*|"
    r"fall(?:s|ing)?|land(?:s|ing)?|"
    r"impact|instructions?|detected|issued|press|briefing|warning|disappeared|debris|"
    r"crashed|exploded|told|statement|convened|protest\w*|passed"
)
_WINDOW_HOURS = re.compile(r"\b(?:window|each\s+day|every\s+day|daily)\b[^.;]{0,60}$")
# "- Date and time: 5 April 2009, 11:30 am local time", "- Launch site: Musudan-ri": a fact
# box's item, which gives a fact of the launch told above it
_FACT_ITEM = re.compile(
    rf"[ \t]*[{_BULLETS}]{{1,2}}[ \t]*(?P<label>"
    r"(?P<clock>(?:launch\s+)?date\s+and\s+time|launch\s+time|time\s+of\s+(?:the\s+)?launch)"
    r"|launch\s+(?:site|location|point|pad)|site\s+of\s+(?:the\s+)?launch|launched\s+from"
    r"|fired\s+from)[ \t]*:"
)
_TIME_CUE = re.compile(rf"\b(?:(?P<l>{_TIME_LAUNCH})|(?P<o>{_TIME_OTHER}))\b")
_ASIDE_AFTER = re.compile(r"[^,.;:]{0,25},\s+(?:just\s+|even\s+)?(?:as|while|when)\s")
_TOLD_BY = frozenset({"said", "says", "reported", "told"})
_CLAUSE_COLON = re.compile(r":(?!\d)")
_LANDING_CUE = re.compile(
    r"\b(?:fell|fallen|landed|land|splash\w*|crash\w*|debris|impact\w*|toward|towards|into|"
    r"headed|flew|passed|over)\b"
)
_DISTANCE_FROM = re.compile(
    # ("toward the east from around Pyongyang" is the flight's way, from where it rose)
    r"\b(?:km|kms|kilometers|kilometres|miles|nm|away|far|(?<!the\s)(?:west|east|north|south))\s+$"
)
_LAUNCH_CUE = re.compile(
    r"\b(?:fir(?:e|ed|es|ing)|launch\w*|lift\w*\s+off|blast\w*\s+off|test\w*)\b"
)


def _landing_place(low: str, at: int) -> bool:
    """Is the place at ``at`` where something fell ("debris fell near X"), not where it rose?

    "from X" names where a flight began, whatever came before it ("fired toward the East Sea from
    the Wonsan area"), unless it measures a distance ("landed 200 km from X")."""
    if low.startswith("from", at) and not _DISTANCE_FROM.search(low, max(0, at - 20), at):
        return False
    window_start = max(0, at - 60)
    landing = [m.end() for m in _LANDING_CUE.finditer(low, window_start, at)]
    if not landing:
        return False
    launching = [m.end() for m in _LAUNCH_CUE.finditer(low, window_start, at)]
    return not launching or landing[-1] > launching[-1]


def _launch_time(text: str, time: TimeMention) -> bool:
    """Is this clock time the time of a launch, not of a statement, an alert or an impact?

    The nearest cue before the time decides ("announced at 8:13 a.m." is not a launch time);
    a time that opens its clause looks ahead ("At 10:15 a.m., North Korea fired ...").
    """
    low = cues.lower(text)
    if (restated := _RESTATED_IN_KOREA.match(low)) and time.start < restated.end():
        return True  # "That was 7:39 Friday morning in Korea": the clock of what was just told
    if (item := _FACT_ITEM.match(low)) and item.group("clock"):
        return True  # "- Date and time: 5 April 2009, 11:30 am local time"
    # A quotation is a clause of its own: 'told the press: "At 10:15 a.m., North Korea fired';
    # a closed one is not ('launched what it called a "space launch vehicle" ... at 6:29 a.m.');
    # nor is the colon of a clock time ("between 9:06 and 9:27 a.m.").
    opening = [low.rfind("“", 0, time.start)]
    opening += [m.start() for m in _CLAUSE_COLON.finditer(low, 0, time.start)][-1:]
    if low.count('"', 0, time.start) % 2:
        opening.append(low.rfind('"', 0, time.start))
    clause = max(opening) + 1
    if _WINDOW_HOURS.search(low, max(clause, time.start - 80), time.start):
        return False  # "a launch window ... with launches each day between 7 a.m. and noon"
    start = max(clause, time.start - 160)
    last_kind = None
    for m in _TIME_CUE.finditer(low, start, time.start):
        # ("Khiari said that on 12 July, at approximately 10:00 local time, the DPRK launched":
        # what was said follows, with its own clock)
        said_that = m.group(0) in _TOLD_BY and low.startswith(" that ", m.end())
        last_kind = None if said_that else "l" if m.group("l") else "o"
    if last_kind is not None:
        return last_kind == "l"
    if _KOREAN_CLOCK.match(low, time.start) or (
        (said := _IN_KOREA_IT_WAS.match(low)) and time.start < said.end()
    ):
        return True  # ("Saturday evening in Florida, and 7:55 Sunday morning in Korea")
    ahead, ahead_end = time.end, time.end + 120
    if aside := _ASIDE_AFTER.match(low, time.end):
        # "At 2:35 a.m. Wednesday, just as the leaders were wrapping up their meeting, the North
        # fired": what went on meanwhile is an aside; the main clause after it tells the time
        launch = next(
            (m for m in _TIME_CUE.finditer(low, aside.end(), time.end + 260) if m.group("l")), None
        )
        if launch is not None:
            ahead = max(aside.end(), low.rfind(",", 0, launch.start()) + 1)
            ahead_end = launch.end()
    for m in _TIME_CUE.finditer(low, ahead, ahead_end):
        if m.group(0) in _TOLD_BY and "," in low[ahead : m.start()]:
            continue  # "... from 9:08 a.m., the Joint Chiefs of Staff said": who told it
        return bool(m.group("l"))
    # "launched the Chollima-1 rocket carrying ... from the Sohae Satellite Launching Ground in
    # Cholsan County, North Pyongan Province, at 10:42:28 pm": a long clause's own verb
    for m in _TIME_CUE.finditer(low, clause, start):
        last_kind = "l" if m.group("l") else "o"
    return last_kind == "l"


def _landings(text: str, low: str) -> list[tuple[int, str]]:
    found = []
    if "sea" in low or "water" in low or "eez" in low or "zone" in low or "pacific" in low:
        found += [
            (m.start(), text[m.start("text") : m.end("text")]) for m in cues.LANDING.finditer(low)
        ]
    if "inland" in low:
        found += [(m.start(), "inland") for m in cues.INLAND.finditer(low)]
    return sorted(found)


def _strip_prep(phrase: str) -> str:
    words = phrase.split(None, 1)
    return words[1] if len(words) == 2 else phrase


_VARIANT_NUMBER = re.compile(r"-\d+(?:\.\d+)?\b(?!\s*(?:km|kilomet|mile|mm|millimet|ton))")


def _distribute(
    facts: _Facts,
    owners: list[_Owner],
    text: str,
    split: int,
    base: int,
    foreign: list[int],
    ours: list[int],
) -> None:
    """Give each fact to the launch whose words stand nearest it in the sentence; a fact before
    ``split`` goes to the owner placed at -1 (the main launch), if there is one; a fact that
    follows another country's launch word ("South Korea conducted a test of an SLBM") is
    nobody's."""
    before_split = next((o.launch for o in owners if o.at == -1), None)
    placed = [o for o in owners if o.at >= 0]

    def owner(at: int, end: int | None = None) -> _Launch | None:
        """``end``: where the fact's words end, so that in "a Hwasong-15 on Feb. 18 and a
        Hwasong-17 on March 16" the name is as near the date after it as its last letter."""
        if foreign and max((f for f in foreign if f < at), default=-1) > max(
            (t for t in ours if t <= at), default=-1
        ):
            return None
        if before_split is not None and at < split:
            return before_split
        last = at if end is None else end
        return min(
            placed, key=lambda o: (o.opens and at < o.at, min(abs(o.at - at), abs(o.at - last)))
        ).launch

    for count in facts.counts:
        if any(count.start < f <= count.end + 1 for f in foreign):
            continue  # "followed a flurry of short-range ballistic missile launches": theirs
        _add(owner(count.start), "counts", count, "count", text)
    for length in facts.lengths:
        _add(owner(length.start), "lengths", length, length.kind, text)
    for at, place, phrase in facts.places:
        _add(owner(at), "places", (base + at, place, phrase), "site", text)
    for at, phrase in facts.place_texts:
        _add(owner(at), "place_texts", phrase, "site_text", text)

    def head(at: int) -> int:
        # "its own first submarine-launched ballistic missile test": a class phrase is judged
        # where its noun stands, which may be another country's launch word.
        # (not across a comma: "the Hwasong-18, a day after the launch prompted an alert")
        return next(
            (f + 1 for f in foreign if at <= f <= at + 45 and not _PUNCT.search(text, at, f)), at
        )

    for at, name, cls in facts.types:
        _add(owner(head(at), at + len(name)), "types", (name, cls), "missile_types", text)
    for at, cls in facts.classes:
        _add(owner(head(at)), "classes", cls, "missile_class", text)
    _same_kind_before(facts, placed, text)
    low = cues.lower(text)
    for time in facts.times:
        # (kept where it stands in the story, as places are: the first launch's place is the
        # one told beside its time)
        placed_time = dataclasses.replace(time, start=base + time.start, end=base + time.end)
        # ("At around 12:00 p.m. today, our military detected ...": the clock's own day)
        day = next((o for o in placed if _DAY_OF_CLOCK.fullmatch(low, time.end, o.at)), None)
        _add(day.launch if day else owner(time.start), "times", placed_time, "time", text)
    for at, landing in facts.landings:
        _add(owner(at), "landings", landing, "landing", text)
    for launch in dict.fromkeys(o.launch for o in placed):
        for name in facts.reporters:
            _add(launch, "reporters", name, "reported_by", text)


def _same_kind_before(facts: _Facts, placed: list[_Owner], text: str) -> None:
    """ "The test was the second of a solid-fuel hypersonic missile this year, following a
    January 14 launch": the launch the tally follows was of the kind tallied."""
    low = cues.lower(text)
    nth = _NTH_OF.search(low)
    after = _FOLLOWING.search(low, nth.end()) if nth else None
    if nth is None or after is None:
        return
    kind = [cls for at, cls in facts.classes if nth.end() <= at < after.start()]
    for o in placed:
        if o.at >= after.end() and not o.launch.classes:
            for cls in kind:
                _add(o.launch, "classes", cls, "missile_class", text)


_NTH_OF = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
    r"(?:(?:launch|test|firing)\s+)?of\s+(?:an?\s+|the\s+|its\s+)?"
)
_FOLLOWING = re.compile(r"\b(?:following|after)\s+(?:an?\s+|the\s+)?")


def _add(
    launch: _Launch | None, attr: str, value: object, evidence_key: str, sentence: str
) -> None:
    if launch is None:
        return
    getattr(launch, attr).append(value)
    launch.evidence.setdefault(evidence_key, sentence)


def _first_time(times: list[TimeMention]) -> TimeMention:
    """The earliest clock time any source gives: "11:42 p.m. Japan time" and the Pentagon's
    "10:41 a.m. ET" (23:41 KST) are one launch, first seen at 23:41. A time converted from
    another zone counts only when it falls within half an hour of a Korean one (or there is
    none) and is as precise: a conversion is the likelier to be off, and "shortly after 6 p.m.
    Eastern" is a round figure beside Seoul's 7:10 a.m."""
    local = [t for t in times if t.zone in (None, "KST", "JST")]
    if not local:
        return min(times, key=lambda t: (t.hour, t.minute))
    first = min(local, key=lambda t: (t.hour, t.minute))
    near = [
        t
        for t in times
        if abs(_minutes(t) - _minutes(first)) <= 30 and (t.minute % 30 or not first.minute % 30)
    ]
    return min(near, key=lambda t: (t.hour, t.minute))


def _minutes(time: TimeMention) -> int:
    return time.hour * 60 + time.minute


def _missile_told(launch: _Launch) -> bool:
    return bool(launch.counts or launch.classes or launch.types or launch.lengths)


def _has_facts(launch: _Launch) -> bool:
    return bool(
        launch.counts
        or launch.classes
        or launch.types
        or launch.places
        or launch.lengths
        or launch.times
        or launch.landings
    )


def _pending_date(launch: _Launch, reference: dt.date) -> dt.date:
    for time in launch.times:
        if time.kst_date is not None:
            return time.kst_date
    return reference


def _before(launch: _Launch, primary: dt.date) -> bool:
    assert launch.date is not None
    if launch.precision == "day":
        return launch.date < primary
    if launch.precision == "month":
        return (launch.date.year, launch.date.month) < (primary.year, primary.month)
    return launch.date.year < primary.year


def _iso(day: dt.date, precision: Precision) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()
