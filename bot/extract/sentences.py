"""Split news text into sentences, keeping each sentence's offset.

A regex splitter rather than a library: pysbd and syntok take 1-5 ms per article, the whole
extraction budget (docs/benchmarks.md), while news prose needs only a handful of rules:
abbreviations that end in a period ("a.m.", "U.S.", "Sept.", "Gen."), initials, and wire copy
that drops the space after a full stop ("missile.Japanese").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Words after which a period does not end a sentence.
_ABBREVIATIONS = {
    "a.m",
    "p.m",
    "u.s",
    "u.n",
    "u.k",
    "e.u",
    "d.c",
    "n.k",
    "s.k",
    "r.o.k",
    "i.e",
    "e.g",
    "etc",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "gen",
    "lt",
    "col",
    "maj",
    "capt",
    "cmdr",
    "adm",
    "sgt",
    "sen",
    "rep",
    "gov",
    "pres",
    "st",
    "no",
    "vol",
    "approx",
    "vs",
    "inc",
    "co",
    "corp",
    "ltd",
    "jr",
    "sr",
    "mt",
}
# Not here: unit symbols ("km", "mi", "ft") take no period of their own, so "flew 500 km. It
# was..." ends a sentence.

# A candidate boundary: end punctuation (and closing quotes/brackets, and a footnote's number:
# "according to the JCS.(3) The rocket"), then either space or (wire copy) a capital letter
# glued to it.
_BOUNDARY = re.compile(r"""[.!?]+["'”’)\]]*(?:[(\[]\d{1,3}[)\]])?(?:\s+|(?=[A-Z“"]))""")
_PARAGRAPH = re.compile(r"\n\s*\n|\n(?=\S)")
_WORD_BEFORE = re.compile(r"([A-Za-z.]+)$")
_NOTE = re.compile(
    r"\s*(?:[\[(](?:updated?|corrected|correction|editor['’]?s\s+note)\b[^\])\n]{0,60}[\])]"
    # "UPDATE (Wednesday): North Korea's Korean Central News Agency said Wednesday ..."
    r"|(?:updated?|correction)\s*(?:\([^)\n]{0,30}\))?\s*:)",
    re.IGNORECASE,
)
# A wire's note on a line of its own: "UPDATED 6:30 p.m. with closing of launch window"
_NOTE_LINE = re.compile(r"(?:UPDATED?|CORRECTED|CORRECTION)\b")
# A byline, a line with no stop of its own: "By a Triton's Call staff writer"
# ("By Kim Ha-eun (Grade 11, Daewon Foreign Language High School), Student Reporter")
_BYLINE = re.compile(r"(?:By|BY)\s+[^!?\n]{2,100}(?<![.!?:;,])\s*")


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    text: str


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Decide whether the punctuation at ``dot`` really ends a sentence."""
    if text[dot] != ".":
        # ""North Korea just fired a missile!" reads one post": the quotation's sentence goes on
        return not (text[after - 1].isspace() and text[after : after + 1].islower())
    if _LIST_NUMBER.fullmatch(text, text.rfind("\n", 0, dot) + 1, dot):
        return False  # "2. Launch of 9 May", "II. North Korea's launches": a numbered heading
    word = _WORD_BEFORE.search(text, max(0, dot - 24), dot)
    token = word.group(1).lower() if word else ""
    nxt = text[after : after + 1]
    if token in {"no", "nos"} and not text[after : after + 1].isdigit():
        return True  # "Is this unprecedented? No. Before last month ...": not "No. 1"
    if token.rstrip(".") in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        # "6:50 a.m. Japan said" still ends: an abbreviation followed by a capitalised word
        # that is not a name-like continuation is ambiguous; keep the sentence whole unless a
        # paragraph-like break follows.
        return (
            token in {"a.m", "p.m"}
            and nxt.isupper()
            and _starts_clause(text, after)
            and not _ZONE_AFTER.match(text, after)
        )
    if text[dot - 1 : dot].isdigit() and nxt.isdigit():
        return False  # 1.5
    return not nxt.islower()


_LIST_NUMBER = re.compile(r"[ \t]*(?:\d{1,2}|[IVX]{1,5})")
# "9:49 a.m. Japan time": the zone of the time, not a new sentence.
_ZONE_AFTER = re.compile(
    r"(?:Japan|Japanese|Korea|Korean|Seoul|Tokyo|Pyongyang|Eastern|Pacific|Central|Hawaii|"
    r"Moscow|Beijing|local)\s+(?:standard\s+|daylight\s+)?time\b|(?:KST|JST|GMT|UTC|EDT|EST|HST)\b"
)
_CLAUSE_STARTERS = re.compile(
    r"(?:The|A|An|It|He|She|They|We|This|That|These|Those|North|South|Japan|Japanese|"
    r"Pyongyang|Seoul|Tokyo|Washington|Kim|In|On|At|But|And|About|Around|After|Before|Later|"
    r"Earlier|Shortly|Minutes|Hours|Then|Another|Both|Its|Their|There|Officials|State|One|Two|"
    r"Three)\b"
)


def _starts_clause(text: str, at: int) -> bool:
    return bool(_CLAUSE_STARTERS.match(text, at))


def is_note(sentence: str) -> bool:
    """A wire's or an editor's note ("UPDATED 6:30 p.m. with ...", "[Updated April 14]"), not
    the story's prose: never its lead."""
    return bool(_NOTE.match(sentence) or _NOTE_LINE.match(sentence) or _BYLINE.fullmatch(sentence))


# A correction's account of what an earlier version wrongly said: "An earlier version of this
# story gave the launch time as 11:20 am", "has been corrected to show ..., not 8:50 am"
_CORRECTION = re.compile(
    # (not "In April, an earlier version of the rocket broke apart": a rocket's version)
    r"\bearlier\s+(?:versions?|line)\b"
    r"(?!\s+of\s+(?!this\b|the\s+(?:story|article|report|alert|item|post|piece|text)\b))"
    r"|\b(?:has|have|was|were)\s+(?:\w+\s+)?been\s+corrected\b"
    # "This story has been updated to reflect additional launches": the note, not the news
    r"|\b(?:story|article|report)\s+(?:has|was)\s+(?:\w+\s+)?(?:been\s+)?(?:updated|amended)\b",
    re.IGNORECASE,
)


def is_correction(sentence: str) -> bool:
    """A correction's sentence, which quotes a wrong figure beside the right one that the story
    itself gives: no fact of it is read."""
    return bool(_CORRECTION.search(sentence))


def split_sentences(text: str) -> list[Sentence]:
    """Sentences in order, with their character offsets in ``text``."""
    sentences: list[Sentence] = []
    for para in _paragraphs(text):
        p_start, p_end = para
        start = p_start
        if note := _NOTE.match(text, p_start, p_end):
            # "[Updated April 14] North Korean state media said ...": the note's day is the
            # update's, no sentence's
            _add(sentences, text, start, note.end())
            start = note.end()
        for match in _BOUNDARY.finditer(text, p_start, p_end):
            dot = match.start()
            if _is_boundary(text, dot, match.end()):
                end = match.end()
                _add(sentences, text, start, end)
                start = end
        _add(sentences, text, start, p_end)
    return sentences


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _PARAGRAPH.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if stripped:
        lead = len(chunk) - len(chunk.lstrip())
        sentences.append(Sentence(start + lead, start + lead + len(stripped), stripped))
