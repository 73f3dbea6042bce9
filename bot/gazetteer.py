"""Places of North Korean missile launches: the gazetteer, and finding its places in text.

News stories spell one place many ways: McCune-Reischauer with apostrophes and breves
("Kaech'ŏn"), Revised Romanization ("Gaecheon"), press forms ("Sinpho"), facility names ("Sohae
Satellite Launching Ground" for Tongchang-ri), with or without "Province" or a hyphen. The
labelled data and the index speak of each place by one canonical name, so every spelling must come
back to that name. ``config/gazetteer.yaml`` holds the places and their variants; this module
loads and checks it, and offers three ways in:

- ``canonical(name)``: exact lookup of a name as a user or a CSV cell writes it;
- ``lookup(name)``: the same, then a fuzzy match for typos in user queries ("Wonsn");
- ``find_in(text)``: every place named in a sentence, with its span, for the extractor.

``find_in`` matches exactly (after folding case, apostrophes, diacritics and hyphens), never
fuzzily: a fuzzy hit inside running text would turn ordinary words into places.
"""

from __future__ import annotations

import functools
import re
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "config" / "gazetteer.yaml"

KINDS = frozenset({"site", "city", "county", "area", "province", "sea"})

# Typographic and modifier apostrophes all stand for the McCune-Reischauer aspiration mark.
_APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4"
# Hyphen, non-breaking hyphen, figure dash, en dash: all join romanised syllables in the wild.
_DASHES = "-\u2010\u2011\u2012\u2013"
# Words a writer adds after a place's name without changing which place it is.
_SUFFIXES = ("province", "area", "county", "city", "district", "region")

_FOLD_TABLE = str.maketrans({**{c: None for c in _APOSTROPHES}, **{c: " " for c in _DASHES}})


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; ``str()`` is one line naming the file and entry."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Place:
    """One named place: a launch site, a town, a county, a province or a bay."""

    name: str  # canonical: what the labels, the index and the replies use
    kind: str  # one of KINDS
    province: str | None  # the province it lies in; None for provinces, seas, Pyongyang
    area: str  # the place a query for the wider area should include it under
    lat: float
    lon: float
    variants: tuple[str, ...] = ()
    # Names a South Korean place shares: this place's only with its province right after.
    with_province: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The canonical name followed by every variant."""
        return (self.name, *self.variants)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a text; ``text[start:end]`` of the text given is ``text``."""

    start: int
    end: int
    text: str
    place: Place


def fold(text: str) -> str:
    """Lower-case ``text`` and drop what spellings of one name disagree on.

    Diacritics (ŏ ŭ é), apostrophes of every kind go; hyphens become spaces; runs of spaces
    collapse. The result still has its word breaks, so suffix words can be recognised.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD_TABLE))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def name_key(text: str) -> str:
    """The form two spellings of one name share: folded, suffix words and punctuation removed.

    "the Chagang Province area", "Ch'agang" and "CHAGANG" all give "chagang"; "Tongchang-ri"
    and "Tongchangri" both give "tongchangri". A leading "the" is dropped too, as users type it.
    """
    words = fold(text).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return "".join(c for c in "".join(words) if c.isalnum())


def _match_form(text: str) -> str:
    """The folded form a variant is matched in, without trailing suffix words.

    The suffixes are matched by a separate optional group after the name, so a variant written
    "South Hamgyong Province" and the name "South Hamgyong" share one path in the pattern.
    """
    words = fold(text).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


# --- the pattern find_in uses -----------------------------------------------------------------
#
# find_in runs one precompiled regex over a folded copy of the text. The copy is title-cased
# (each word's first letter a capital, the rest small), with accented letters reduced to their
# base letter and typographic apostrophes and dashes to ASCII. Two things follow:
#
# - Case no longer matters, yet every name in the pattern starts with a capital, so the regex
#   engine jumps from one word start to the next instead of trying the pattern at every
#   character: a sentence without a place costs a few microseconds, not fifteen.
# - Every character stays in place, so for nearly every text a match's span in the copy is its
#   span in the original and no offset map is built. Only text in decomposed Unicode (a letter
#   followed by a separate combining mark), or with a character whose case change is longer
#   (ß), goes through the slower fold that records offsets.
#
# What the fold leaves alone the pattern tolerates: an apostrophe where McCune-Reischauer puts
# one, and a space, a hyphen or nothing at each word break.


def _accent_table() -> dict[int, str]:
    """Map each precomposed Latin letter with a diacritic (ŏ, ŭ, é, Ŏ ...) to its base letter."""
    table: dict[int, str] = {}
    for code in range(0xC0, 0x250):  # Latin-1 Supplement and Latin Extended-A/B
        decomposed = unicodedata.normalize("NFD", chr(code))
        base = decomposed[0]
        if len(decomposed) > 1 and base in string.ascii_letters:
            table[code] = base
    return table


_ACCENTS = _accent_table()
_ACCENTED = re.compile("[" + "".join(map(chr, _ACCENTS)) + "]")
_COMBINING_MARK = re.compile("[\u0300-\u036f]")
# The fold turns every apostrophe into ' and every dash into -, so the pattern's classes stay
# ASCII: a class with characters beyond Latin-1 costs re.compile a 64K-entry table per use,
# which for the few hundred uses in the pattern made loading the gazetteer take a quarter second.
_PUNCTUATION = tuple((c, "'") for c in _APOSTROPHES if c not in "'`") + tuple(
    (c, "-") for c in _DASHES if c != "-"
)
# MR marks aspiration after k, t, p, ch and splits syllables after n (Sin'gye): only there may an
# apostrophe sit inside a name. Allowing it after every letter would slow every match for nothing.
_APOSTROPHE_AFTER = frozenset("kptchn")
_OPT_APOSTROPHE = "['`]?"
_SEPARATOR = r"[\s\-]*"
_SUFFIX_GROUP = r"(?i:(?:[\s\-]+(?:" + "|".join(_SUFFIXES) + ")){0,2})"


def _base_letter(match: re.Match[str]) -> str:
    return _ACCENTS[ord(match.group())]


def _fold_punctuation(text: str) -> str:
    """Typographic apostrophes and dashes to their ASCII forms, one character for one."""
    for fancy, plain in _PUNCTUATION:
        text = text.replace(fancy, plain)
    return text


def _fold_in_place(text: str) -> tuple[str, list[int] | None]:
    """The text find_in's pattern runs on, and where each of its characters came from.

    The offsets are None when the folded text lines up with ``text`` character for character,
    which is the case for anything but decomposed Unicode and a few exotic letters.
    """
    if text.isascii():
        return text.title(), None
    if _COMBINING_MARK.search(text) is None:
        # Only the accented letters need replacing; str.translate would look up every character.
        folded = _ACCENTED.sub(_base_letter, _fold_punctuation(text)).title()
        if len(folded) == len(text):
            return folded, None
    chars: list[str] = []
    offsets: list[int] = []
    previous_is_letter = False
    for index, char in enumerate(text):
        for part in unicodedata.normalize("NFD", char):
            if unicodedata.combining(part):
                continue  # the mark belongs to the letter before it, already recorded
            for out in _fold_punctuation(part.lower()):
                if out.isalpha() and not previous_is_letter and len(out.upper()) == 1:
                    out = out.upper()
                previous_is_letter = out.isalpha()
                chars.append(out)
                offsets.append(index)
    offsets.append(len(text))
    return "".join(chars), offsets


def _atom(char: str, previous: str | None) -> str:
    """The regex for one character of a folded variant, given the character before it."""
    if char == " ":
        return _SEPARATOR
    body = re.escape(char)
    if previous in _APOSTROPHE_AFTER and char.isalpha():
        return _OPT_APOSTROPHE + body
    return body


def _trie_regex(forms: Iterable[str]) -> str:
    """One regex matching any of ``forms`` at a word start of a title-cased text.

    The forms go into a trie, so a scan tries each shared prefix once; a plain alternation of a
    few hundred names, longest first, measured five times slower. Where one form is a prefix of
    another the longer is tried first (a greedy optional group), so "Sohae Satellite Launching
    Ground" wins over "Sohae" and the engine backs off to "Sohae" only if the rest fails.

    Each first letter is a capital followed by a check that no letter or digit precedes it (a
    whole word); the rest is case-blind, since title-casing also capitalises after a hyphen or
    apostrophe ("Tongchang-Ri", "Kaech'On").
    """
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any], previous: str | None) -> str:
        branches = [
            _atom(char, previous) + emit(child, char)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    starts = [
        re.escape(char.upper()) + r"(?<!\w.)" + "(?i:" + emit(child, char) + ")"
        for char, child in sorted(trie.items())
    ]
    return "(?:" + "|".join(starts) + ")"


class Gazetteer:
    """The places, indexed for exact, fuzzy and in-text lookup."""

    def __init__(self, places: Iterable[Place], source: str = "<gazetteer>") -> None:
        self.source = source
        self.places: dict[str, Place] = {}
        self._by_key: dict[str, Place] = {}
        forms: dict[str, str] = {}  # compact key of a match form -> the form, to dedupe paths
        for place in places:
            if place.name in self.places:
                raise GazetteerError(source, f"place {place.name!r} appears twice")
            self.places[place.name] = place
            for spelling in place.names:
                self._index(place, spelling, forms)
        self._check_references()
        # The press names an air base by its town, and so do the labels ("the Wonsan air base"
        # is Wonsan): in running text "<Town> Airbase" is the town, while the facility keeps
        # its entry for the history file's exact names.
        self._town_of = {
            name: self.places[town]
            for name in self.places
            if (town := name.removesuffix(" Airbase")) != name and town in self.places
        }
        self._fuzzy_keys = list(self._by_key)
        self._pattern = re.compile(_trie_regex(forms.values()) + _SUFFIX_GROUP + r"\b")
        self._qualified = self._qualified_pattern()
        # Exact spelling seen in a text -> place: the same few spellings recur in every story,
        # and this skips re-folding them on each match.
        self._said: dict[str, Place] = {}

    def _qualified_pattern(self) -> re.Pattern[str] | None:
        """ "Suncheon, South Pyongan Province": a shared name, then the province that says
        which country's place it is; group ``q<i>`` is the i-th place's name."""
        parts = []
        self._qualified_places: list[Place] = []
        for place in self.places.values():
            where = self.places.get(place.province or place.area)
            if not place.with_province or where is None:
                continue
            names = "|".join(re.escape(n) for n in sorted(where.names, key=len, reverse=True))
            shared = "|".join(re.escape(n) for n in place.with_province)
            parts.append(
                rf"(?P<q{len(self._qualified_places)}>{shared})"
                rf"(?=,?\s+(?:(?:in|of)\s+)?(?:{names})\b)"
            )
            self._qualified_places.append(place)
        if not parts:
            return None
        return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")", re.IGNORECASE)

    def _index(self, place: Place, spelling: str, forms: dict[str, str]) -> None:
        where = f"place {place.name!r}"
        key = name_key(spelling)
        if not key:
            raise GazetteerError(self.source, f"{where}: variant {spelling!r} has no letters")
        other = self._by_key.get(key)
        if other is not None and other is not place:
            raise GazetteerError(
                self.source,
                f"{where}: variant {spelling!r} is already a name of {other.name!r}",
            )
        self._by_key[key] = place
        form = _match_form(spelling)
        if not (form[0].isalnum() and form[-1].isalnum()):
            raise GazetteerError(
                self.source,
                f"{where}: variant {spelling!r} must begin and end with a letter or digit",
            )
        compact = form.replace(" ", "")
        # Keep the spelling with the most word breaks: its pattern also matches the run-together
        # one ("tongchang ri" matches "Tongchangri"), never the other way round.
        if compact not in forms or form.count(" ") > forms[compact].count(" "):
            forms[compact] = form

    def _check_references(self) -> None:
        for place in self.places.values():
            where = f"place {place.name!r}"
            if place.province is not None:
                province = self.places.get(place.province)
                if province is None or province.kind != "province":
                    raise GazetteerError(
                        self.source, f"{where}: province {place.province!r} is not a province here"
                    )
            if place.area not in self.places:
                raise GazetteerError(
                    self.source, f"{where}: area {place.area!r} is not a place here"
                )

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Read and check a gazetteer file (default: ``config/gazetteer.yaml`` of this repo).

        Every problem (unreadable file, missing field, latitude out of range, one spelling given
        to two places) is raised as one GazetteerError naming the file and the entry, so a bad
        edit to the file is caught at start-up with a message that says where to look.
        """
        path = DEFAULT_PATH if path is None else Path(path)
        where = str(path)
        try:
            raw = path.read_text(encoding="utf-8")
        except OSError as err:
            raise GazetteerError(where, err.strerror or str(err)) from None
        try:
            # libyaml's loader when built in: ten times faster than the pure-Python one.
            data = yaml.load(raw, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            at = f" at line {mark.line + 1}" if mark is not None else ""
            raise GazetteerError(where, f"not valid YAML{at}") from None
        if not isinstance(data, Mapping) or not isinstance(data.get("places"), list):
            raise GazetteerError(where, "expected a top-level 'places:' list")
        places = [
            _parse_entry(entry, number, where)
            for number, entry in enumerate(data["places"], start=1)
        ]
        return cls(places, source=where)

    def canonical(self, name: str) -> Place | None:
        """The place ``name`` spells exactly (up to case, accents, apostrophes, hyphens, suffix)."""
        return self._by_key.get(name_key(name))

    def lookup(self, name: str, score_cutoff: float = 85) -> Place | None:
        """The place ``name`` means, forgiving typos ("Wonsn"); None if unsure.

        An exact spelling wins; otherwise the closest spelling by edit similarity, provided it
        scores at least ``score_cutoff`` (0-100) and no other place scores as well: a query that
        is as close to two places is better answered with "which one?" than with a guess.
        """
        place = self.canonical(name)
        if place is not None:
            return place
        key = name_key(name)
        if not key:
            return None
        hits = process.extract(
            key, self._fuzzy_keys, scorer=fuzz.ratio, limit=8, score_cutoff=score_cutoff
        )
        if not hits:
            return None
        best_score = hits[0][1]
        best = {self._by_key[choice] for choice, score, _ in hits if score == best_score}
        if len(best) > 1:
            return None
        return best.pop()

    def find_in(self, text: str) -> list[PlaceMention]:
        """Every place named in ``text``, in order, longest spelling first, whole words only.

        Spans are in ``text`` as given and include a trailing "Province"/"area"/"county"/"city"
        ("the Chagang Province area" gives "Chagang Province area"), so the caller can quote the
        article's own words.
        """
        folded, offsets = _fold_in_place(text)
        mentions: list[PlaceMention] = []
        for match in self._pattern.finditer(folded):
            start, end = match.span()
            if offsets is not None:
                start, end = offsets[start], offsets[end]
            said = text[start:end]
            place = self._said.get(said)
            if place is None:
                place = self._by_key.get(name_key(said))
                if place is None:  # pragma: no cover - every path of the pattern is a key
                    continue
                place = self._town_of.get(place.name, place)
                if len(self._said) < _SAID_CACHE_SIZE:
                    self._said[said] = place
            mentions.append(PlaceMention(start, end, said, place))
        if self._qualified is not None:
            for m in self._qualified.finditer(text):
                place = self._qualified_places[int((m.lastgroup or "q0")[1:])]
                mentions.append(PlaceMention(m.start(), m.end(), m.group(0), place))
            mentions.sort(key=lambda m: m.start)
        return mentions

    def area_members(self, area: str) -> list[Place]:
        """All places a query for ``area`` covers, the area itself included, in file order.

        ``area`` may be any spelling of the area's place ("Wŏnsan" works as "Wonsan").
        """
        resolved = self.canonical(area)
        name = resolved.name if resolved is not None else area
        return [place for place in self.places.values() if place.area == name]

    def __len__(self) -> int:
        return len(self.places)

    def __repr__(self) -> str:
        return f"Gazetteer({len(self.places)} places from {self.source})"


# Enough for every spelling the corpus uses many times over; a bound keeps a long-running bot
# from growing without limit on odd capitalisations.
_SAID_CACHE_SIZE = 4096

_REQUIRED = ("name", "kind", "area", "lat", "lon")


def _parse_entry(entry: object, number: int, where: str) -> Place:
    """One YAML entry -> Place, or a GazetteerError saying which entry and what is wrong."""
    if not isinstance(entry, Mapping):
        raise GazetteerError(where, f"entry {number}: expected 'name: ...' fields")
    label = f"entry {number}"
    if isinstance(entry.get("name"), str) and entry["name"].strip():
        label += f" ({entry['name']!r})"
    missing = [field for field in _REQUIRED if entry.get(field) in (None, "")]
    if missing:
        raise GazetteerError(where, f"{label}: missing {', '.join(missing)}")
    unknown = set(entry) - {*_REQUIRED, "province", "variants", "with_province"}
    if unknown:
        raise GazetteerError(where, f"{label}: unknown field(s) {', '.join(sorted(unknown))}")
    for field in ("name", "kind", "area"):
        if not isinstance(entry[field], str) or not entry[field].strip():
            raise GazetteerError(where, f"{label}: {field} must be text")
    if entry["kind"] not in KINDS:
        raise GazetteerError(
            where, f"{label}: kind {entry['kind']!r} is not one of {', '.join(sorted(KINDS))}"
        )
    province = entry.get("province")
    if province is not None and (not isinstance(province, str) or not province.strip()):
        raise GazetteerError(where, f"{label}: province must be text or null")
    coords: dict[str, float] = {}
    for field, limit in (("lat", 90), ("lon", 180)):
        value = entry[field]
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise GazetteerError(where, f"{label}: {field} {value!r} is not a number")
        if not -limit <= value <= limit:
            raise GazetteerError(where, f"{label}: {field} {value} is outside ±{limit}")
        coords[field] = float(value)
    variants = entry.get("variants") or []
    shared = entry.get("with_province") or []
    for field, names in (("variants", variants), ("with_province", shared)):
        if not isinstance(names, list) or not all(isinstance(v, str) and v.strip() for v in names):
            raise GazetteerError(where, f"{label}: {field} must be a list of names")
    return Place(
        name=entry["name"].strip(),
        kind=entry["kind"],
        province=province.strip() if province else None,
        area=entry["area"].strip(),
        lat=coords["lat"],
        lon=coords["lon"],
        variants=tuple(v.strip() for v in variants),
        with_province=tuple(v.strip() for v in shared),
    )


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The repository's gazetteer, read once per process: it is immutable and costly to build."""
    return Gazetteer.load()
