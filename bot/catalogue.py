"""The missile catalogue and the reporter catalogue, and fast matchers over them.

``config/missiles.yaml`` names every designation the labels know (with the class it carries)
and the descriptive phrases that give a class on their own; ``config/reporters.yaml`` names who
reports launches. Both files are data so that a missile unveiled next month is one line of YAML,
not a code change, and the YAML headers document the formats.

The extractor calls the matchers on every sentence of every article, so each is one
precompiled regular expression, not a loop over entries, shaped so that CPython's engine does
little work per word (see ``_Matcher``).

Matching rules the extractor can rely on:

- Designations are canonicalised: "Hwaseong 18" in the text is reported as ``Hwasong-18``.
  They match as whole words only ("Hwasong-15" is never also "Hwasong-1"), in any spacing or
  hyphenation ("KN23", "KN 23", an en dash), and in the plural ("KN-23s"; the span stops
  before the "s").
- Spans (``start``, ``end``) index the sentence as given, so they can be mapped back to the
  article by adding the sentence's offset.
- Matches never overlap; of two candidates, the one that starts first wins.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from bot.event import MISSILE_CLASSES

REPO = Path(__file__).resolve().parents[1]
DEFAULT_MISSILES = REPO / "config" / "missiles.yaml"
DEFAULT_REPORTERS = REPO / "config" / "reporters.yaml"

# Hyphen-like characters seen in wire copy: ASCII hyphen, Unicode hyphens and dashes.
_DASHES = "\\-\u2010\u2011\u2012\u2013\u2014\u2015"
_SEP_OPTIONAL = f"[\\s{_DASHES}]?"  # between the parts of a designation: "KN-23", "KN23"
_SEP_RUN = f"[\\s{_DASHES}]+"  # a space in a phrase pattern
_SEP_ANY = f"[\\s{_DASHES}]*"  # a hyphen in a phrase pattern: "mid-range", "midrange"
_APOSTROPHE = "['\u2018\u2019\u02bc]"

# The character before a word: ASCII other than letters and digits, Latin-1 punctuation and
# symbols, and the Unicode punctuation and space blocks. An explicit class, because the engine
# scans for it several times faster than for "[\W_]"; a mention right after a rarer
# character ("→KN-23") is missed, and a letter in a rare script counts as part of a word.
_BOUNDARY = (
    "[\\x00-\\x2f:-@\\[-`{-\\x7f\\xa0-\\xa9\\xab-\\xb1\\xb4\\xb6-\\xb8\\xbb\\xbf\\xd7\\xf7"
    "\\u2000-\\u206f\\u3000-\\u303f\\uff01-\\uff0f]"
)

# A match ends on a word boundary; a trailing plural "s" is allowed but left out of the span.
# "[^\W_]" is a letter or digit in any script. (The start is the character before, consumed:
# see _Matcher.)
_END = r"(?=s?(?![^\W_]))"

_MISSILE_KEYS = {"name", "class", "aliases", "not_followed_by"}
_PATTERN_KEYS = {"pattern", "ignore_case"}


class CatalogueError(ValueError):
    """A catalogue file that cannot be used; ``str()`` is one line naming file and entry."""

    def __init__(self, path: Path | str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = str(path)
        self.problem = problem


@dataclass(frozen=True)
class Missile:
    """A designation: its canonical name, the class it carries, and its printed variants
    (``spellings``: those that are the name itself in another romanisation, "Hwaseong-17")."""

    name: str
    missile_class: str
    aliases: tuple[str, ...]
    spellings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A catalogue phrase found in a sentence.

    ``start``/``end`` index the sentence as given and ``text`` is the sentence's own words.
    ``name`` is the canonical designation or reporter, and ``""`` for a class description;
    ``missile_class`` is the class a designation or description gives, and ``""`` for a
    reporter.
    """

    start: int
    end: int
    text: str
    name: str
    missile_class: str


def normalise(text: str) -> str:
    """The comparison key of a designation: case, accents, spaces and punctuation dropped.

    "Hwasong 18", "hwasong-18" and "Hwasŏng-18" all become "hwasong18", which is how user
    queries and printed variants find one entry.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and not unicodedata.combining(ch))


def _digits(key: str) -> str:
    return "".join(ch for ch in key if ch.isdigit())


def _designation_regex(alias: str) -> str:
    """The regex for one printed alias: any spacing or hyphenation, case-insensitive.

    A separator is optional wherever the alias has one and wherever letters meet digits, so
    "KN-23" finds "KN23" and "KN 23". A single letter keeps its case: the variant "S" of
    "Hwasong-11S" must not swallow the plural of "Hwasong-11".
    """
    parts: list[str] = []
    previous = ""  # kind of the previous token: "alpha", "digit", "sep" or "other"
    for match in re.finditer(rf"([^\W\d_]+)|(\d+)|([\s{_DASHES}]+)|(.)", alias):
        letters, digits, sep, other = match.groups()
        if sep is not None:
            if previous in ("alpha", "digit"):
                parts.append(_SEP_OPTIONAL)
            previous = "sep"
            continue
        kind = "alpha" if letters else "digit" if digits else "other"
        if {kind, previous} == {"alpha", "digit"}:
            parts.append(_SEP_OPTIONAL)
        if letters and len(letters) == 1:
            parts.append(f"(?-i:{re.escape(letters)})")
        elif other in ("'", "\u2019"):
            parts.append(_APOSTROPHE)
        else:
            parts.append(re.escape(match.group()))
        previous = kind
    return "".join(parts)


def _flex(pattern: str) -> str:
    """A catalogue pattern with its spaces, hyphens and apostrophes made forgiving.

    Outside character classes and lookbehinds (which must keep a fixed width), a space matches
    any run of spaces and hyphens, a hyphen matches a hyphen, a space or nothing, and an
    apostrophe matches the typographic one too. Named groups are refused because the combined
    regex uses group names to tell alternatives apart.
    """
    out: list[str] = []
    stack: list[bool] = []  # per open group: is it a lookbehind (or inside one)?
    i, n = 0, len(pattern)
    while i < n:
        ch = pattern[i]
        in_lookbehind = bool(stack) and stack[-1]
        if ch == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        elif ch == "[":
            j = i + 1
            if j < n and pattern[j] == "^":
                j += 1
            if j < n and pattern[j] == "]":
                j += 1
            while j < n and pattern[j] != "]":
                j += 2 if pattern[j] == "\\" else 1
            out.append(pattern[i : j + 1])
            i = j + 1
        elif ch == "(":
            if pattern.startswith("(?P", i) or (
                pattern.startswith("(?<", i) and pattern[i + 3 : i + 4] not in ("=", "!")
            ):
                raise ValueError("named groups are not allowed")
            if pattern.startswith(("(?<=", "(?<!"), i):
                stack.append(True)
                out.append(pattern[i : i + 4])
                i += 4
            elif pattern.startswith("(?", i):
                # Inline flags ("(?-i:") hold a hyphen that is syntax, not text.
                j = i + 2
                while j < n and pattern[j] not in ":)=!":
                    j += 1
                stack.append(in_lookbehind)
                out.append(pattern[i : j + 1])
                i = j + 1
            else:
                stack.append(in_lookbehind)
                out.append(ch)
                i += 1
        elif ch == ")":
            if stack:
                stack.pop()
            out.append(ch)
            i += 1
        elif in_lookbehind:
            out.append(ch)
            i += 1
        else:
            out.append(
                {" ": _SEP_RUN, "-": _SEP_ANY, "'": _APOSTROPHE, "\u2019": _APOSTROPHE}.get(ch, ch)
            )
            i += 1
    return "".join(out)


@dataclass(frozen=True)
class _Phrase:
    """One alternative of a matcher: a self-contained regex and what a match of it means."""

    regex: str  # flexed, with its case flag scoped inside it
    rank: int  # the longer, the earlier it is tried where several start at one place
    name: str
    missile_class: str


# How many leading characters of each alternative the matcher's trie dispatches on. Phrases
# differ within a few letters; designations share long stems (dozens of forms begin
# "Hwasong-1"), and a deeper trie sends "Hwasong-15" straight to its own few alternatives (half
# the time per mention, for a larger regex built once). Then how many distinct beginnings an
# alternative may have before it is simply tried at every word start.
_PREFIX_DEPTH = 3
_DESIGNATION_DEPTH = 10
_MAX_PREFIXES = 256
_MAX_PATHS = 20_000

# The characters at each of an alternative's first positions, e.g. ({"K", "k"}, {"N", "n"}).
_Prefix = tuple[frozenset[str], ...]


@functools.cache
def _category(name: str) -> frozenset[str]:
    """All characters that ``\\s`` or ``\\d`` match (Unicode, as ``re`` does for str)."""
    probe = re.compile(r"\s" if name == "space" else r"\d")
    top = 0x3001 if name == "space" else 0x20000
    return frozenset(ch for ch in map(chr, range(top)) if probe.match(ch))


# Characters outside ASCII that a case-insensitive regex matches for an ASCII letter: the
# dotted and dotless I, the Kelvin sign, the long s.
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}


def _case_variants(ch: str) -> frozenset[str]:
    """The characters a case-insensitive regex may match for ``ch`` (a superset is fine)."""
    found = {ch, *_CASE_EXTRAS.get(ch.lower(), "")}
    found.update(x for x in (ch.lower(), ch.upper(), ch.swapcase(), ch.casefold()) if len(x) == 1)
    return frozenset(found)


def _prefixes(regex: str, depth: int = _PREFIX_DEPTH) -> list[_Prefix] | None:
    """The ways a match of ``regex`` can begin: its first ``depth`` characters as sets.

    A prefix shorter than ``depth`` is a whole match. Letters always count in all cases, and
    lookarounds are ignored: the answer may allow more than the regex does, never less, so it
    is safe to try an alternative only where one of its prefixes fits. Anything not understood
    gives None (try it everywhere), which costs speed, never a match. It reads the parse tree
    of the stdlib's regex parser, a private module; if that ever changes, None again.
    """
    try:
        # Private modules, so imported here, where a failure falls back to the slow path.
        from re import _constants as c
        from re import _parser as sre

        tree = sre.parse(regex)
    except Exception:
        return None

    class Unknown(Exception):
        """Raised inside the walk for a construct it does not understand."""

    def letters(chars: set[str]) -> frozenset[str]:
        return frozenset().union(*(_case_variants(x) for x in chars))

    def concat(heads: set[_Prefix], tails: set[_Prefix]) -> set[_Prefix]:
        joined = {h if len(h) == depth else (h + t)[:depth] for h in heads for t in tails}
        if len(joined) > _MAX_PREFIXES:
            raise Unknown
        return joined

    def seq(items: Any) -> set[_Prefix]:
        found: set[_Prefix] = {()}
        for op, av in items:
            if all(len(h) == depth for h in found):
                break
            found = concat(found, one(op, av))
        return found

    def charset(items: Any) -> frozenset[str]:
        chars: set[str] = set()
        for op, av in items:
            if op is c.LITERAL:
                chars.add(chr(av))
            elif op is c.RANGE and av[1] - av[0] < 256:
                chars.update(map(chr, range(av[0], av[1] + 1)))
            elif op is c.CATEGORY and av is c.CATEGORY_SPACE:
                chars |= _category("space")
            elif op is c.CATEGORY and av is c.CATEGORY_DIGIT:
                chars |= _category("digit")
            else:
                raise Unknown
        return letters(chars)

    def one(op: Any, av: Any) -> set[_Prefix]:
        if op is c.LITERAL:
            return {(letters({chr(av)}),)}
        if op is c.IN:
            return {(charset(av),)}
        if op is c.SUBPATTERN:
            return seq(av[3])
        if op is c.ATOMIC_GROUP:
            return seq(av)
        if op is c.BRANCH:
            return set().union(*(seq(branch) for branch in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, item = av
            body = seq(item)
            found: set[_Prefix] = set()
            current: set[_Prefix] = {()}
            for count in range(max(low, depth) + 1):
                if count >= low:
                    found |= current
                if count == high:
                    break
                current = concat(current, body)
            return found
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {()}  # zero width
        raise Unknown

    try:
        found = seq(tree)
    except Unknown:
        return None
    return None if () in found else sorted(found, key=repr)


class _Matcher:
    """Many alternatives as one compiled regex that stays fast on ordinary text.

    A plain alternation tries every alternative at every word start, because CPython's regex
    engine has no automaton, only backtracking. This regex is shaped so that the engine does
    little per word:

    1. It starts with one character class, the character before a word (``_BOUNDARY``), so
       the engine's C loop skips straight from word to word.
    2. It then walks a trie of the first ``depth`` characters that any alternative can start
       with. Each branch begins with a character class, which the engine rejects without
       entering the branch, so most words fail within a few cheap tests.
    3. At the end of a trie path, a lookbehind steps back to the word start and a lookahead
       inside it tries only the alternatives that can begin with that path, longest (highest
       rank) first, each as a named group.

    So a match consumes the boundary and up to ``depth`` characters, and the mention is the
    span of the group named by ``lastgroup`` (the last group closed). The trie branches on
    classes of characters that no alternative tells apart, so exactly one path fits a word;
    alternatives whose beginning cannot be worked out (see :func:`_prefixes`) sit at its root
    and are tried at every word start.

    Measured on a 200-character news sentence, on a machine where ``sum(range(1000))`` takes
    27 us (about three times slower than a current laptop): 13-19 us for designations or
    classes and 24-36 us for reporters, most of it the engine's fixed cost per word, against
    95-260 us for a plain alternation of the same patterns.
    """

    def __init__(self, phrases: list[_Phrase], depth: int = _PREFIX_DEPTH) -> None:
        self._phrases = sorted(phrases, key=lambda p: p.rank, reverse=True)
        self._group: dict[str, int] = {}  # alternative's group name -> index in _phrases
        if not self._phrases:
            self._regex = None
            return
        prefixes = [_prefixes(phrase.regex, depth) for phrase in self._phrases]
        # The trie branches on "atoms", the classes of characters that no prefix tells apart
        # ("k", "K" and the Kelvin sign are one), so it stays small and exactly one path fits.
        sets = {chars for found in prefixes for prefix in found or () for chars in prefix}
        self._atoms = _atoms(sets)
        atom_of = {ch: i for i, atom in enumerate(self._atoms) for ch in atom}
        trie: dict[int | None, Any] = {}  # atom -> subtrie; None -> alternatives ending here
        for k, found in enumerate(prefixes):
            for path in _paths(found, atom_of):
                node = trie
                for atom in path:
                    node = node.setdefault(atom, {})
                node.setdefault(None, set()).add(k)
        walk = self._emit(self._shape(trie, frozenset()), 0)
        self._regex = re.compile(f"{_BOUNDARY}{walk}")

    def _shape(self, node: dict[int | None, Any], inherited: frozenset[int]) -> Any:
        """A hashable form of a trie node: (alternatives, ((characters, child shape), ...)).

        Alternatives whose whole match is shorter than the trie is deep are passed down to
        every child, and children of equal shape are merged into one character class, which
        is what folds "K" and "N" into "[KN]" where what follows is the same.
        """
        members = inherited | frozenset(node.get(None, ()))
        by_shape: dict[Any, set[str]] = {}
        for atom, child in node.items():
            if atom is not None:
                by_shape.setdefault(self._shape(child, members), set()).update(self._atoms[atom])
        children = tuple(sorted(((frozenset(chs), sub) for sub, chs in by_shape.items()), key=repr))
        return members, children

    def _emit(self, shape: Any, depth: int) -> str:
        members, children = shape
        parts = [f"{_charset(chars)}{self._emit(sub, depth + 1)}" for chars, sub in children]
        if members:  # the path may end here, or the next character fits no child
            alternatives = "|".join(self._named(k) for k in sorted(members))
            back = f"[\\s\\S]{{{depth}}}" if depth else ""
            parts.append(f"(?<=(?=(?:{alternatives})){back})" if back else f"(?={alternatives})")
        return f"(?:{'|'.join(parts)})" if parts else "(?!)"

    def _named(self, k: int) -> str:
        name = f"a{len(self._group)}"
        self._group[name] = k
        return f"(?P<{name}>{self._phrases[k].regex}){_END}"

    def find(self, sentence: str) -> list[Mention]:
        """The mentions in ``sentence``, in order, not overlapping."""
        if self._regex is None:
            return []
        # The regex consumes the character before a word, so a space stands in for the start
        # of the sentence, and offsets in the padded text are one more than in the sentence.
        found = []
        last_end = 0
        for m in self._regex.finditer(" " + sentence):
            name = m.lastgroup or ""
            start, end = m.span(name)
            if start >= last_end:  # not inside the previous mention
                phrase = self._phrases[self._group[name]]
                text = sentence[start - 1 : end - 1]
                found.append(Mention(start - 1, end - 1, text, phrase.name, phrase.missile_class))
                last_end = end
        return found


def _atoms(sets: Iterable[frozenset[str]]) -> list[frozenset[str]]:
    """The coarsest partition of the characters in ``sets`` of which each set is a union."""
    atoms: list[frozenset[str]] = []
    for chars in sets:
        refined: list[frozenset[str]] = []
        for atom in atoms:
            inside, outside = atom & chars, atom - chars
            refined.extend(part for part in (inside, outside) if part)
        new = chars.difference(*atoms)
        if new:
            refined.append(frozenset(new))
        atoms = refined
    return atoms


def _paths(prefixes: list[_Prefix] | None, atom_of: dict[str, int]) -> list[tuple[int, ...]]:
    """An alternative's beginnings as trie paths; [()] (the root) if unknown or too many."""
    if prefixes is None:
        return [()]
    paths: list[tuple[int, ...]] = []
    for prefix in prefixes:
        partial: list[tuple[int, ...]] = [()]
        for chars in prefix:
            atoms = sorted({atom_of[ch] for ch in chars})
            partial = [(*p, a) for p in partial for a in atoms]
            if len(paths) + len(partial) > _MAX_PATHS:
                return [()]
        paths.extend(partial)
    return paths


def _charset(chars: Iterable[str]) -> str:
    return "[" + "".join(re.escape(ch) for ch in sorted(chars)) + "]"


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise CatalogueError(path, f"cannot read: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise CatalogueError(path, f"not UTF-8 text ({exc.reason})") from exc
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise CatalogueError(path, f"not valid YAML{where}: {problem}") from exc
    if not isinstance(data, dict):
        raise CatalogueError(path, "expected a mapping at the top level")
    return data


def _string_list(value: object, path: Path, where: str, field: str) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise CatalogueError(path, f"{where}: '{field}' must be a list of non-empty strings")
    return [v.strip() for v in value]


def _compile_phrase(item: object, path: Path, where: str, name: str, missile_class: str) -> _Phrase:
    """A pattern entry (a string, or {pattern, ignore_case}) checked and flexed."""
    if isinstance(item, str):
        source, ignore_case = item, True
    elif isinstance(item, Mapping):
        unknown = set(item) - _PATTERN_KEYS
        if unknown:
            raise CatalogueError(path, f"{where}: unknown key(s) {sorted(unknown)}")
        source, ignore_case = item.get("pattern"), item.get("ignore_case", True)
        if not isinstance(ignore_case, bool):
            raise CatalogueError(path, f"{where}: 'ignore_case' must be true or false")
    else:
        raise CatalogueError(path, f"{where}: a pattern must be a string or a mapping")
    if not isinstance(source, str) or not source.strip():
        raise CatalogueError(path, f"{where}: 'pattern' must be a non-empty string")
    try:
        flexed = _flex(source)
        regex = f"(?i:{flexed})" if ignore_case else f"(?:{flexed})"
        compiled = re.compile(regex)
    except (re.error, ValueError) as exc:
        raise CatalogueError(path, f"{where}: bad regular expression {source!r}: {exc}") from exc
    if compiled.fullmatch(""):
        raise CatalogueError(path, f"{where}: pattern {source!r} matches empty text")
    return _Phrase(regex, len(source), name, missile_class)


class Catalogue:
    """Designations, class descriptions and reporters, with their matchers.

    Build one with :meth:`load` (or :func:`default_catalogue` for the shipped files); the
    matchers are compiled once, here, and are safe to share between threads.
    """

    def __init__(
        self,
        missiles: Iterable[Missile],
        not_followed_by: Mapping[str, Iterable[str]],
        descriptions: list[_Phrase],
        reporters: list[_Phrase],
        classes: Iterable[str],
    ) -> None:
        self.missiles: tuple[Missile, ...] = tuple(missiles)
        self.missile_classes: tuple[str, ...] = tuple(classes)
        self.reporter_names: tuple[str, ...] = tuple(dict.fromkeys(p.name for p in reporters))
        self._by_key: dict[str, Missile] = {}
        for missile in self.missiles:
            for printed in (missile.name, *missile.aliases):
                self._by_key[normalise(printed)] = missile
        self._names = {
            normalise(printed): missile.name
            for missile in self.missiles
            for printed in (missile.name, *missile.spellings)
        }
        # A cheap gate before the designation matcher: a word of every printed form, its
        # longest run of letters cut to five ("hwaso", "kn", "elbru"), or the unit of a calibre
        # ("mm" of "600-mm multiple rocket launcher").
        stems = set()
        for missile in self.missiles:
            for printed in (missile.name, *missile.aliases):
                runs = re.findall(r"[^\W\d_]+", printed.casefold())
                stems.add((runs[0] if printed[0].isdigit() else max(runs, key=len))[:5])
        self._stems = re.compile("|".join(sorted(map(re.escape, stems))))
        self._keys_by_digits: dict[str, list[str]] = {}
        for key in self._by_key:
            self._keys_by_digits.setdefault(_digits(key), []).append(key)

        # One alternative per printed form; the longest is tried first, so the longest
        # designation that starts at a place wins ("Hwasong-11Da-4.5", not "Hwasong-11").
        alternatives = []
        for missile in self.missiles:
            exclusions = [re.escape(w) for w in not_followed_by.get(missile.name, ())]
            guard = f"(?!{_SEP_ANY}(?:{'|'.join(exclusions)})\\b)" if exclusions else ""
            for printed in (missile.name, *missile.aliases):
                regex = f"(?i:{_designation_regex(printed)}{guard})"
                rank = len(normalise(printed))
                alternatives.append(_Phrase(regex, rank, missile.name, missile.missile_class))
        self._designations = _Matcher(alternatives, depth=_DESIGNATION_DEPTH)
        self._descriptions = _Matcher(descriptions)
        self._reporters = _Matcher(reporters)

    # --- loading ------------------------------------------------------------------------------

    @classmethod
    def load(cls, missiles: Path | None = None, reporters: Path | None = None) -> Catalogue:
        """Read and check both files; any problem is one :class:`CatalogueError`.

        Checked: every class is a known class, no printed form names two missiles, every
        pattern compiles, and no key is misspelt (a typo like ``alias:`` would otherwise drop
        an entry's variants without a word).
        """
        missiles_path = Path(missiles) if missiles else DEFAULT_MISSILES
        reporters_path = Path(reporters) if reporters else DEFAULT_REPORTERS
        entries, exclusions, descriptions, classes = _load_missiles(missiles_path)
        return cls(entries, exclusions, descriptions, _load_reporters(reporters_path), classes)

    # --- matchers -----------------------------------------------------------------------------

    def may_name(self, low: str) -> bool:
        """Whether a lower-case sentence could print a designation at all (cheap)."""
        return self._stems.search(low) is not None

    def designations(self, sentence: str) -> list[Mention]:
        """Designations printed in the sentence, canonicalised, in order of appearance."""
        return self._designations.find(sentence)

    def classes(self, sentence: str) -> list[Mention]:
        """Phrases that give a class ("intermediate-range", "surface-to-ship"); name is ""."""
        return self._descriptions.find(sentence)

    def reporters(self, sentence: str) -> list[Mention]:
        """Reporters named in the sentence; name is canonical, missile_class is ""."""
        return self._reporters.find(sentence)

    # --- lookups ------------------------------------------------------------------------------

    def lookup(self, word: str, score_cutoff: float = 85) -> Missile | None:
        """The missile a user means by ``word``: "Hwasong 18", "hwasong18", "Hwasng-18".

        An exact match of the normalised form first; otherwise the closest printed form by
        rapidfuzz ratio, among those with the same digits only: "Hwasong-21" is no missile,
        not "Hwasong-20" with a typo.
        """
        key = normalise(word)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        candidates = self._keys_by_digits.get(_digits(key), [])
        best = process.extractOne(key, candidates, scorer=fuzz.ratio, score_cutoff=score_cutoff)
        return self._by_key[best[0]] if best else None

    def is_name(self, printed: str, name: str) -> bool:
        """Whether ``printed`` is the designation ``name`` itself, in any spacing or spelling
        ("Hwasongpho 17" is "Hwasong-17"), not another name for it ("KN-28")."""
        return self._names.get(normalise(printed)) == name

    def missile_name(self, printed: str) -> str:
        """The canonical name of the missile a printed designation names ("BM-25" ->
        "Musudan"), or the printed form itself if no entry has it."""
        missile = self._by_key.get(normalise(printed))
        return missile.name if missile else printed

    def class_of(self, designation: str) -> str | None:
        """The class a designation carries (exact up to case and spacing), or None."""
        missile = self._by_key.get(normalise(designation))
        return missile.missile_class if missile else None


def _load_missiles(
    path: Path,
) -> tuple[list[Missile], dict[str, list[str]], list[_Phrase], list[str]]:
    data = _read_yaml(path)
    classes = _string_list(data.get("classes"), path, "classes", "classes")
    if not classes:
        raise CatalogueError(path, "'classes' must list the missile classes")
    foreign = [c for c in classes if c not in MISSILE_CLASSES]
    if foreign:
        raise CatalogueError(
            path, f"classes: {foreign} not among the event classes {list(MISSILE_CLASSES)}"
        )

    def check_class(value: object, where: str) -> str:
        if value not in classes:
            raise CatalogueError(
                path, f"{where}: unknown class {value!r} (expected one of {classes})"
            )
        return str(value)

    spellings = _load_spellings(data.get("spellings"), path)
    raw_missiles = data.get("missiles")
    if not isinstance(raw_missiles, list) or not raw_missiles:
        raise CatalogueError(path, "'missiles' must be a non-empty list")
    missiles: list[Missile] = []
    exclusions: dict[str, list[str]] = {}
    owner: dict[str, str] = {}  # normalised printed form -> canonical name
    for i, entry in enumerate(raw_missiles):
        where = f"missiles[{i}]"
        if not isinstance(entry, dict):
            raise CatalogueError(path, f"{where}: expected a mapping with name, class, aliases")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CatalogueError(path, f"{where}: 'name' must be a non-empty string")
        name = name.strip()
        where = f"missiles[{i}] ({name})"
        unknown = set(entry) - _MISSILE_KEYS
        if unknown:
            raise CatalogueError(path, f"{where}: unknown key(s) {sorted(unknown)}")
        missile_class = check_class(entry.get("class"), where)
        aliases = _string_list(entry.get("aliases"), path, where, "aliases")
        respelled = _respelled(name, spellings)
        aliases += respelled + [
            variant for alias in aliases for variant in _respelled(alias, spellings)
        ]
        printed_forms = [name, *aliases]
        for k, printed in enumerate(printed_forms):
            key = normalise(printed)
            if not key:
                raise CatalogueError(path, f"{where}: {printed!r} has no letters or digits")
            if key in owner and owner[key] != name:
                raise CatalogueError(
                    path, f"{where}: duplicate alias {printed!r}, already used by {owner[key]}"
                )
            if printed in printed_forms[:k]:
                raise CatalogueError(path, f"{where}: duplicate alias {printed!r}")
            owner[key] = name
        missiles.append(Missile(name, missile_class, tuple(aliases), tuple(respelled)))
        words = _string_list(entry.get("not_followed_by"), path, where, "not_followed_by")
        if words:
            exclusions[name] = words

    raw_descriptions = data.get("descriptions") or []
    if not isinstance(raw_descriptions, list):
        raise CatalogueError(path, "'descriptions' must be a list")
    descriptions = []
    for i, entry in enumerate(raw_descriptions):
        where = f"descriptions[{i}]"
        if not isinstance(entry, dict):
            raise CatalogueError(path, f"{where}: expected a mapping with pattern and class")
        missile_class = check_class(entry.get("class"), where)
        pattern = {k: v for k, v in entry.items() if k != "class"}
        descriptions.append(_compile_phrase(pattern, path, where, "", missile_class))
    return missiles, exclusions, descriptions, classes


def _load_spellings(raw: object, path: Path) -> list[tuple[re.Pattern[str], list[str]]]:
    """The other romanisations of a name's stem ("Hwasong": "Hwaseong", "Hwasongpho"), each
    as a pattern for the stem at the start of a printed form and its replacements."""
    if raw is None:
        return []
    if not isinstance(raw, dict):
        raise CatalogueError(path, "'spellings' must map a stem to its other spellings")
    out = []
    for stem, others in raw.items():
        where = f"spellings ({stem})"
        if not isinstance(stem, str) or not stem.strip():
            raise CatalogueError(path, f"{where}: a stem must be a non-empty string")
        variants = _string_list(others, path, where, "spellings")
        out.append((re.compile(rf"{re.escape(stem.strip())}(?![^\W\d_])", re.IGNORECASE), variants))
    return out


def _respelled(printed: str, spellings: list[tuple[re.Pattern[str], list[str]]]) -> list[str]:
    """A printed form in each other spelling of its stem: "Hwasong-17" as "Hwasongpho-17"."""
    for stem, variants in spellings:
        if found := stem.match(printed):
            return [variant + printed[found.end() :] for variant in variants]
    return []


def _load_reporters(path: Path) -> list[_Phrase]:
    data = _read_yaml(path)
    raw = data.get("reporters")
    if not isinstance(raw, list) or not raw:
        raise CatalogueError(path, "'reporters' must be a non-empty list")
    phrases: list[_Phrase] = []
    seen: set[str] = set()
    for i, entry in enumerate(raw):
        where = f"reporters[{i}]"
        if not isinstance(entry, dict):
            raise CatalogueError(path, f"{where}: expected a mapping with name and patterns")
        name = entry.get("name")
        if not isinstance(name, str) or not name.strip():
            raise CatalogueError(path, f"{where}: 'name' must be a non-empty string")
        name = name.strip()
        where = f"reporters[{i}] ({name})"
        unknown = set(entry) - {"name", "patterns"}
        if unknown:
            raise CatalogueError(path, f"{where}: unknown key(s) {sorted(unknown)}")
        if name in seen:
            raise CatalogueError(path, f"{where}: duplicate reporter name")
        seen.add(name)
        patterns = entry.get("patterns")
        if not isinstance(patterns, list) or not patterns:
            raise CatalogueError(path, f"{where}: 'patterns' must be a non-empty list")
        for j, item in enumerate(patterns):
            phrases.append(_compile_phrase(item, path, f"{where} patterns[{j}]", name, ""))
    return phrases


@functools.cache
def default_catalogue() -> Catalogue:
    """The catalogue from the shipped config files, loaded once per process."""
    return Catalogue.load()
