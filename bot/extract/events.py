"""From an article to its launch events: which sentences report a launch, on which Korean day,
and which facts belong to which launch.

One pass over the sentences. A launch word with a date beside it opens (or finds) the event of
that day; facts in the same sentence go to the nearest dated launch; a sentence with no date
speaks of the story's main launch, unless it opens by pointing back ("That missile ...") at the
launch just mentioned. At the end, the latest launch not marked as earlier ("last Thursday",
"since May 29", "follows ...") is the primary; the others are background.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bot.articles import KST, Article
from bot.catalogue import Catalogue, default_catalogue
from bot.event import Event, Precision
from bot.extract import cues
from bot.extract.dates import DateMention, TimeMention, find_dates, find_times
from bot.extract.numbers import Count, Length, find_counts, find_lengths
from bot.extract.sentences import split_sentences
from bot.gazetteer import Gazetteer, Place, default_gazetteer

# Most specific first: "Sinpo in South Hamgyong Province" is Sinpo.
_KIND_RANK = {"site": 0, "city": 1, "county": 2, "area": 3, "province": 4, "sea": 5}
# Where an article names several classes for one launch, the more specific one wins:
# "a short-range missile launched from a submarine" is an SLBM.
_CLASS_RANK = ("SLV", "SLBM", "cruise", "hypersonic", "MLRS", "ICBM", "IRBM", "MRBM", "SRBM")
# How far (characters) a date may stand from the launch word it dates.
_ACTION_REACH = 140
_NOUN_REACH = 60
_UTC = dt.UTC


@dataclass
class _Launch:
    """What the article says about one launch day, gathered sentence by sentence."""

    date: dt.date | None
    precision: Precision
    order: int
    earlier: bool = False  # introduced as an earlier launch ("last Thursday", "since May 29")
    action: bool = False  # a launch verb dates it, not only a noun
    days_before_primary: int | None = None
    counts: list[Count] = field(default_factory=list)
    lengths: list[Length] = field(default_factory=list)
    places: list[tuple[Place, str]] = field(default_factory=list)
    place_texts: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    times: list[TimeMention] = field(default_factory=list)
    reporters: list[str] = field(default_factory=list)
    landings: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)

    def absorb(self, other: _Launch) -> None:
        for name in ("counts", "lengths", "places", "place_texts", "types", "classes", "times",
                     "reporters", "landings"):
            getattr(self, name).extend(getattr(other, name))
        for key, value in other.evidence.items():
            self.evidence.setdefault(key, value)
        self.action = self.action or other.action


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


class Extractor:
    """Holds the gazetteer and catalogue, so extraction is a pure function of an article."""

    def __init__(self, gazetteer: Gazetteer | None = None,
                 catalogue: Catalogue | None = None) -> None:
        self.gazetteer = gazetteer or default_gazetteer()
        self.catalogue = catalogue or default_catalogue()

    def extract(self, article: Article) -> list[Event]:
        reference = article.published_kst
        western = article.published_date_only
        launches: dict[tuple[dt.date, str, int | None], _Launch] = {}
        pending = _Launch(None, "day", order=-1)
        main: _Launch | None = None
        last: _Launch | None = None
        order = 0

        for sentence in split_sentences(article.text):
            text = sentence.text
            if cues.is_heading(text) or cues.not_a_launch(text):
                continue
            triggers = [t for t in cues.triggers(text) if not cues.foreign_launch(text, t)]
            has_action = any(t.kind == "action" for t in triggers)
            has_noun = any(t.kind == "noun" for t in triggers)
            # A sentence naming only the missile or its flight speaks of a launch already told.
            low = cues.lower(text)
            follow_up = bool(cues.FLIGHT.search(low)) or any(t.kind == "missile" for t in triggers)
            if not (has_action or has_noun or (follow_up and (main or pending.action))):
                continue

            times = find_times(text, reference)
            dated = self._launch_dates(text, reference, western, triggers, times)
            owners: list[tuple[int, _Launch]] = []
            for mention in dated:
                key = (mention.date, mention.precision, mention.days_before_primary)
                launch = launches.get(key)
                if launch is None:
                    launch = _Launch(mention.date, mention.precision, order,
                                     days_before_primary=mention.days_before_primary)
                    order += 1
                    launches[key] = launch
                if _is_earlier(text, mention):
                    launch.earlier = True
                if _near_action(triggers, mention):
                    launch.action = True
                owners.append((mention.start, launch))

            if not owners:
                if cues.ANAPHORA.match(text) and last is not None:
                    target = last
                elif main is not None:
                    target = main
                else:
                    target = pending
                    pending.action = pending.action or has_action
                owners = [(0, target)]
            else:
                for _, launch in owners:
                    if main is None and not launch.earlier and launch.precision == "day":
                        main = launch
                last = owners[-1][1]
                # A launch verb with no date of its own speaks of the main launch: in "fired
                # from Sinpo, where it test-fired SLBMs in 2016", Sinpo is today's site.
                undated = [t for t in triggers if t.kind == "action"
                           and not any(_gap(text, t, d) <= _ACTION_REACH for d in dated)]
                if undated:
                    default = main if main is not None else pending
                    owners += [(t.start, default) for t in undated]

            facts = self._facts(text, low, times, triggers)
            _distribute(facts, owners, text)

        return self._events(launches, pending, reference)

    # --- dates of launches -------------------------------------------------------------------

    def _launch_dates(
        self,
        text: str,
        reference: dt.date,
        western: bool,
        triggers: list[cues.Trigger],
        times: list[TimeMention],
    ) -> list[DateMention]:
        """The date phrases of a sentence that date a launch (not a statement, not a period)."""
        out: list[DateMention] = []
        for mention in find_dates(text, reference, western=western):
            if mention.speech or mention.period:
                continue
            if any(t.start <= mention.start < t.end or mention.start <= t.start < mention.end
                   for t in times):
                continue  # "(2150 GMT Tuesday)": the weekday belongs to the time
            if mention.days_before_primary is None and not _dates_a_trigger(text, mention,
                                                                            triggers):
                continue
            out.append(mention)
        for time in times:
            if time.kst_date is not None and _launch_time(text, time) and not out:
                out.append(DateMention(time.start, time.end, time.text, time.kst_date, "day"))
        return out

    # --- facts ---------------------------------------------------------------------------------

    def _facts(self, text: str, low: str, times: list[TimeMention],
               triggers: list[cues.Trigger]) -> _Facts:
        places: list[tuple[int, Place, str]] = []
        place_texts: list[tuple[int, str]] = []
        launchy = bool(triggers)
        if launchy:
            for mention in self.gazetteer.find_in(text):
                lead = cues.LOCATIVE.search(low, max(0, mention.start - 80), mention.start)
                if lead is None:
                    continue
                places.append((mention.start, mention.place, _site_text(text, lead.start(),
                                                                         mention.end)))
            for m in cues.CAPITAL.finditer(low) if "capital" in low or "pyongyang" in low else ():
                capital = self.gazetteer.canonical("Pyongyang")
                if capital is not None:
                    places.append((m.start(), capital, _strip_prep(text[m.start():m.end()])))
            if not places and ("coast" in low or "shore" in low or "region" in low
                               or "area" in low or "part" in low):
                for m in cues.VAGUE_PLACE.finditer(low):
                    place_texts.append((m.start(), text[m.start("text"):m.end("text")]))
            if not places and not place_texts and " from " in low:
                for m in cues.UNKNOWN_PLACE.finditer(text):
                    if self.gazetteer.lookup(m.group("text")) is None and not cues.COUNTRY.match(
                        m.group("text")
                    ):
                        place_texts.append((m.start(), m.group("text")))
        return _Facts(
            counts=find_counts(text) if launchy else [],
            lengths=find_lengths(text),
            places=places,
            place_texts=place_texts,
            types=[(m.start, m.name, m.missile_class) for m in self.catalogue.designations(text)
                   if not cues.unreal_before(text, m.start)],
            classes=[(m.start, m.missile_class) for m in self.catalogue.classes(text)
                     if not cues.unreal_before(text, m.start)],
            times=[t for t in times if _launch_time(text, t)],
            reporters=[m.name for m in self.catalogue.reporters(text)],
            landings=_landings(text, low),
        )

    # --- events ----------------------------------------------------------------------------------

    def _events(self, launches: dict[tuple[dt.date, str, int | None], _Launch], pending: _Launch,
                reference: dt.date) -> list[Event]:
        candidates = [
            launch for launch in launches.values()
            if launch.precision == "day" and not launch.earlier
            and launch.days_before_primary is None
            and launch.date is not None and launch.date <= reference + dt.timedelta(days=1)
        ]
        primary: _Launch | None = None
        if candidates:
            primary = max(candidates, key=lambda launch: (launch.date, -launch.order))
        if pending.action and _has_facts(pending):
            if primary is None:
                pending.date = _pending_date(pending, reference)
                primary = pending
            else:
                primary.absorb(pending)
        elif primary is not None:
            primary.absorb(pending)
        if primary is None:
            return []
        assert primary.date is not None
        events = [self._event(primary, "primary")]
        for launch in sorted(launches.values(), key=lambda launch: launch.order):
            if launch is primary:
                continue
            if launch.days_before_primary is not None:
                launch.date = primary.date - dt.timedelta(days=launch.days_before_primary)
            assert launch.date is not None
            if not _before(launch, primary.date) and not (launch.earlier
                                                          and launch.precision != "day"):
                if launch.precision == "day" and launch.date == primary.date:
                    primary.absorb(launch)
                continue
            events.append(self._event(launch, "background"))
        # One launch reported twice in one story is one event.
        seen: set[str] = set()
        unique = []
        for event in events:
            if event.date in seen:
                continue
            seen.add(event.date)
            unique.append(event)
        return unique

    def _event(self, launch: _Launch, role: str) -> Event:
        assert launch.date is not None
        event = Event(role=role, date=_iso(launch.date, launch.precision),  # type: ignore[arg-type]
                      date_precision=launch.precision)
        event.evidence = dict(launch.evidence)
        if launch.times and launch.precision == "day":
            first = min(launch.times, key=lambda t: (t.zone not in (None, "KST", "JST"), t.start))
            event.time_kst = first.kst
            local = dt.datetime.combine(launch.date, dt.time(first.hour, first.minute), KST)
            event.time_utc = local.astimezone(_UTC).strftime("%Y-%m-%dT%H:%MZ")
        if launch.places:
            place, text = min(launch.places, key=lambda p: _KIND_RANK.get(p[0].kind, 9))
            event.site, event.site_text = place.name, text
            event.lat, event.lon = place.lat, place.lon
        elif launch.place_texts:
            event.site_text = launch.place_texts[0]
        types = list(dict.fromkeys(launch.types))
        event.missile_types = types
        classes = [c for c in launch.classes if c != "unknown"]
        if classes:
            event.missile_class = min(classes, key=_CLASS_RANK.index)
        elif types:
            type_classes = [self.catalogue.class_of(t) for t in types]
            known = [c for c in type_classes if c and c != "unknown"]
            if known:
                event.missile_class = min(known, key=_CLASS_RANK.index)
        event.count_min, event.count_max = _count(launch.counts)
        distances = [x for x in launch.lengths if x.kind == "distance"]
        if distances:
            km_given = [x for x in distances if not x.from_miles] or distances
            event.distance_km = max(x.km for x in km_given)
        apogees = [x for x in launch.lengths if x.kind == "apogee"]
        if apogees:
            event.apogee_km = max(x.km for x in apogees)
        if launch.landings:
            # A named sea says more than "the sea" said in another sentence.
            named = [x for x in launch.landings if x.lower().removeprefix("the ") != "sea"]
            event.landing = (named or launch.landings)[0]
        event.reported_by = list(dict.fromkeys(launch.reporters))
        return event


def _count(counts: list[Count]) -> tuple[int | None, int | None]:
    """Combine the counts the story gives: Seoul's one and Tokyo's two make 1 to 2."""
    strong = [c for c in counts if not c.weak]
    if not strong:
        if not counts:
            return None, None
        if any(c.high is None for c in counts):
            return 2, None
        return 1, 1
    counts = strong
    low = min(c.low for c in counts)
    if any(c.high is None for c in counts):
        return low, None
    return low, max(c.high for c in counts if c.high is not None)


def _dates_a_trigger(text: str, mention: DateMention, triggers: list[cues.Trigger]) -> bool:
    """A launch verb dates a launch across its clause; a launch noun only right beside it
    ("Thursday's launches", "the test conducted on Monday"), with no comma between."""
    for trigger in triggers:
        if mention.start >= trigger.end:
            gap_text = text[trigger.end:mention.start]
        else:
            gap_text = text[mention.end:trigger.start]
        if trigger.kind == "action":
            if len(gap_text) <= _ACTION_REACH:
                return True
        elif len(gap_text) <= _NOUN_REACH and not any(p in gap_text for p in ",;:()—"):
            return True
    return False


def _gap(text: str, trigger: cues.Trigger, mention: DateMention) -> int:
    if mention.start >= trigger.end:
        return mention.start - trigger.end
    return max(0, trigger.start - mention.end)


def _near_action(triggers: list[cues.Trigger], mention: DateMention) -> bool:
    return any(t.kind == "action" and abs(t.start - mention.start) <= _ACTION_REACH
               for t in triggers)


def _is_earlier(text: str, mention: DateMention) -> bool:
    """Was this launch introduced as an earlier one than the story's own?"""
    if mention.days_before_primary is not None:
        return True
    if mention.text.lower().startswith(("last", "past", "previous", "this past", "earlier")):
        return True
    window = cues.lower(text[max(0, mention.start - 110):mention.start])
    cut = max(window.rfind(p) for p in (";", ":", ", and ", " but ", " while "))
    return bool(cues.BACKGROUND_MARKER.search(window, cut + 1))


_TIME_LAUNCH = (r"fir(?:ed|ing)|launch(?:ed|es)?|lift(?:ed)?\s+off|blast(?:ed)?\s+off|took\s+place"
                r"|test-fired|liftoff")
_TIME_OTHER = (r"announc\w*|said|says|reported|alert\w*|notice|meeting|held|fell|landed|splash\w*|"
               r"impact|instructions?|detected|issued|press|briefing|warning|disappeared|debris|"
               r"crashed|exploded|told|statement|convened|protest\w*")
_TIME_CUE = re.compile(rf"\b(?:(?P<l>{_TIME_LAUNCH})|(?P<o>{_TIME_OTHER}))\b")


def _launch_time(text: str, time: TimeMention) -> bool:
    """Is this clock time the time of a launch, not of a statement, an alert or an impact?

    The nearest cue before the time decides ("announced at 8:13 a.m." is not a launch time);
    a time that opens its clause looks ahead ("At 10:15 a.m., North Korea fired ...").
    """
    low = cues.lower(text)
    start = max(0, time.start - 160)
    # A quotation is a clause of its own: 'told the press: "At 10:15 a.m., North Korea fired'.
    start = max(start, *(low.rfind(ch, start, time.start) + 1 for ch in ':“"'))
    last_kind = None
    for m in _TIME_CUE.finditer(low, start, time.start):
        last_kind = "l" if m.group("l") else "o"
    if last_kind is not None:
        return last_kind == "l"
    m = _TIME_CUE.search(low, time.end, time.end + 120)
    return bool(m and m.group("l"))


def _landings(text: str, low: str) -> list[tuple[int, str]]:
    found = []
    if "sea" in low or "water" in low or "eez" in low or "zone" in low or "pacific" in low:
        found += [(m.start(), text[m.start("text"):m.end("text")])
                  for m in cues.LANDING.finditer(low)]
    if "inland" in low:
        found += [(m.start(), "inland") for m in cues.INLAND.finditer(low)]
    return sorted(found)


def _site_text(text: str, lead_start: int, end: int) -> str:
    return _strip_prep(text[lead_start:end])


def _strip_prep(phrase: str) -> str:
    words = phrase.split(None, 1)
    return words[1] if len(words) == 2 else phrase


def _distribute(facts: _Facts, owners: list[tuple[int, _Launch]], text: str) -> None:
    """Give each fact to the dated launch nearest to it in the sentence."""

    def owner(at: int) -> _Launch:
        return min(owners, key=lambda o: abs(o[0] - at))[1]

    for count in facts.counts:
        _add(owner(count.start), "counts", count, "count", text)
    for length in facts.lengths:
        _add(owner(length.start), "lengths", length, length.kind, text)
    for at, place, phrase in facts.places:
        _add(owner(at), "places", (place, phrase), "site", text)
    for at, phrase in facts.place_texts:
        _add(owner(at), "place_texts", phrase, "site_text", text)
    for at, name, _cls in facts.types:
        _add(owner(at), "types", name, "missile_types", text)
    for at, cls in facts.classes:
        _add(owner(at), "classes", cls, "missile_class", text)
    for time in facts.times:
        _add(owner(time.start), "times", time, "time", text)
    for at, landing in facts.landings:
        _add(owner(at), "landings", landing, "landing", text)
    for _, launch in owners:
        for name in facts.reporters:
            _add(launch, "reporters", name, "reported_by", text)


def _add(launch: _Launch, attr: str, value: object, evidence_key: str, sentence: str) -> None:
    getattr(launch, attr).append(value)
    launch.evidence.setdefault(evidence_key, sentence)


def _has_facts(launch: _Launch) -> bool:
    return bool(launch.counts or launch.classes or launch.types or launch.places
                or launch.lengths or launch.times or launch.landings or launch.action)


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
