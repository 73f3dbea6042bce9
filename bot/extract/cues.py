"""The words of English launch reporting: what marks a launch, and what marks something else.

Kept apart from the assembly in ``events.py`` so that each rule here reads as a rule of news
language, testable on one sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Past-tense launch verbs: a sentence with one of these (and a missile in it) reports a launch.
_ACTION = (
    r"fir(?:ed|es|ing)|launch(?:ed|es|ing)|test-?fir(?:ed|es|ing)|test-?launch(?:ed|es|ing)"
    r"|lifted\s+off|blasted\s+off|took\s+off|shot|lobbed|tested|test\s+fired"
)
# Launch nouns: they mention a launch; with a date beside them, they date one.
_NOUN = (
    r"launch(?:es)?|firings?|test-?firings?|test-?launch(?:es)?|tests?|salvos?|attempts?"
)
_MISSILE = (
    r"missiles?|projectiles?|rockets?|ICBMs?|SRBMs?|IRBMs?|MRBMs?|SLBMs?|satellites?|"
    r"launch\s+vehicles?|weapons?"
)
TRIGGER = re.compile(
    rf"\b(?:(?P<action>{_ACTION})|(?P<noun>{_NOUN})|(?P<missile>{_MISSILE}))\b", re.IGNORECASE
)
# Verbs that turn a launch noun into an action: "the test, carried out", "conducted a launch".
_CARRIED = re.compile(
    r"\b(?:carried\s+out|conducted|staged|made|held)\b", re.IGNORECASE
)
_CARRIED_BEFORE = re.compile(
    r"\b(?:carried\s+out|conducted|staged)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)
_SHOT_OBJECT = re.compile(r"\s+(?:up|off|a|an|two|three|four|\w+\s+missiles?)\b")
FLIGHT = re.compile(
    r"\b(?:flew|flown|travell?ed|fell|landed|splashed\s+down|crashed|exploded|blew\s+up|"
    r"reached|soared|lifted\s+off|blasted\s+off)\b",
    re.IGNORECASE,
)

# A launch governed by one of these has not happened (yet): plans, warnings, capabilities.
_UNREAL = re.compile(
    r"\b(?:will|would|shall|may|might|could|can|plans?\s+to|planning\s+to|planned|intends?\s+to|"
    r"prepar\w*\s+(?:to|for)|expected\s+to|set\s+to|threaten\w*\s+to|vow\w*\s+to|ready\s+to|"
    r"abandon|refrain\s+from|halt|stop|suspend\w*|ban\w*|moratorium\s+on|notif\w+|"
    r"capable\s+of|able\s+to|possible|potential|imminent|upcoming|another\s+possible|"
    r"signs?\s+of|preparations?\s+for|in\s+case\s+of|any\s+further|future)\b[\w\s,'’-]{0,30}$",
    re.IGNORECASE,
)
# Launches by others, which the index must not count as North Korea's.
_FOREIGN_ACTOR = re.compile(
    r"\b(?:South\s+Korea(?:n)?|Seoul|the\s+South|South's|(?:the\s+)?United\s+States|U\.S\.|US|"
    r"American|Washington|Japan(?:ese)?|Tokyo|Russia(?:n)?|China|Chinese|Pentagon|NASA|SpaceX|"
    r"Ukrain\w*|Iran(?:ian)?|Israel\w*)\b"
)
_NORTH = re.compile(
    r"\b(?:North\s+Korea\w*|Pyongyang|the\s+North|North's|DPRK|Kim(?:\s+Jong[\s-]+Un)?|it|its|"
    r"they|the\s+country|the\s+regime)\b"
)
_FOREIGN_HARDWARE = re.compile(
    r"\b(?:intercept\w*|Hyunmoo|THAAD|SM-3|SM-6|Patriot|Minuteman|Trident|Tomahawk|Aegis|"
    r"Falcon|Nuri|Hwasong\s+dummy)\b",
    re.IGNORECASE,
)
_NOT_A_LAUNCH = re.compile(
    r"\b(?:nuclear\s+test|engine\s+(?:test|firing)\w*|(?:test\w*|fir\w+)\s+(?:of\s+)?(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+){0,3}engines?|parade|displayed|unveil\w*|exhibit\w*|drills?|artillery|"
    r"shells?|exercises?|ground\s+test|static\s+test|rally)\b",
    re.IGNORECASE,
)

# Before a date: the launch it dates is an earlier one than the story's.
BACKGROUND_MARKER = re.compile(
    r"\b(?:follow\w*|after|since|previous|preceding|prior|last|ago)\b", re.IGNORECASE
)
# A sentence opening that points back at an earlier launch just mentioned.
ANAPHORA = re.compile(
    r"^(?:That|Those|The\s+(?:earlier|previous|former|first|second|prior)|Both|Each|Then|"
    r"Back\s+then|At\s+the\s+time|In\s+that|On\s+that)\b"
)
HEADING = re.compile(r"^\s*[\[(].*[\])]\s*$", re.DOTALL)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str  # "action" | "noun" | "missile"


def triggers(sentence: str) -> list[Trigger]:
    """Launch words in a sentence that speak of a real, past launch by North Korea."""
    found: list[Trigger] = []
    for m in TRIGGER.finditer(sentence):
        kind = m.lastgroup or "noun"
        word = m.group(0).lower()
        before = sentence[max(0, m.start() - 60):m.start()]
        if kind == "action" and word.startswith("shot") and not _SHOT_OBJECT.match(
            sentence, m.end()
        ):
            continue
        if kind == "action" and word.startswith("tested") and not _missile_near(sentence, m.end()):
            continue
        if kind == "action" and word.startswith("fir") and not (
            _missile_near(sentence, m.end(), 90) or _missile_near_before(sentence, m.start())
        ):
            continue
        if kind in {"action", "noun"} and _UNREAL.search(before):
            continue
        if kind == "missile" and unreal_before(sentence, m.start()):
            continue
        if kind == "noun" and word.startswith(("test", "attempt")) and not (
            _missile_near(sentence, m.end(), 40) or _missile_near_before(sentence, m.start(), 40)
            or _CARRIED.search(sentence[m.end():m.end() + 25])
        ):
            continue
        carried = _CARRIED.search(sentence[m.end():m.end() + 25]) or _CARRIED_BEFORE.search(
            sentence, max(0, m.start() - 45), m.start()
        )
        if kind == "noun" and carried:
            kind = "action"
        found.append(Trigger(m.start(), m.end(), kind))
    return found


_UNREAL_THING = re.compile(
    r"\b(?:moratorium\s+on|ban\s+on|bans?|capable\s+of|capability|able\s+to|designed\s+to|"
    r"plans?\s+to|threaten\w*\s+to|develop\w*|end(?:ing)?\s+(?:a|its|the)\s+\w+\s+on|"
    r"halt\w*|suspend\w*|refrain\w*|abandon\w*)\b[\w\s,'’-]{0,30}$",
    re.IGNORECASE,
)


def unreal_before(sentence: str, at: int) -> bool:
    """Is the missile named at ``at`` one that is banned, planned or merely capable ("a
    moratorium on ICBM tests", "plans to develop an ICBM"), rather than the one launched?"""
    return bool(_UNREAL_THING.search(sentence, max(0, at - 60), at))


def _missile_near(sentence: str, at: int, span: int = 60) -> bool:
    return bool(re.search(rf"\b(?:{_MISSILE}|{_NOUN})\b", sentence[at:at + span], re.IGNORECASE))


def _missile_near_before(sentence: str, at: int, span: int = 60) -> bool:
    return bool(re.search(rf"\b(?:{_MISSILE})\b", sentence[max(0, at - span):at], re.IGNORECASE))


def foreign_launch(sentence: str, trigger: Trigger) -> bool:
    """True when the launch word belongs to someone other than North Korea."""
    clause_start = max(sentence.rfind(p, 0, trigger.start) for p in (";", ":", ". ", " while ",
                                                                       " whereas ", " but "))
    clause = sentence[clause_start + 1:trigger.start]
    window = sentence[max(0, trigger.start - 40):trigger.end + 60]
    if _FOREIGN_HARDWARE.search(window):
        return True
    actors = list(_FOREIGN_ACTOR.finditer(clause))
    if not actors:
        return False
    last = actors[-1]
    rest = clause[last.end():]
    if _NORTH.search(rest) or re.search(r"\b(?:said|says|say|reported|announced|told|confirmed|"
                                        r"detected|believe\w*|according|estimated|assess\w*)\b",
                                        rest + clause[:last.start()][-30:], re.IGNORECASE):
        return False
    return bool(re.match(r"[\w\s'’,-]{0,30}$", rest))


def not_a_launch(sentence: str) -> bool:
    """A sentence about a parade, a drill, an engine test: missiles named, none launched."""
    return bool(_NOT_A_LAUNCH.search(sentence)) and not re.search(
        r"\b(?:fired|launched|test-fired|lifted off|blasted off)\b", sentence, re.IGNORECASE
    ) and not FLIGHT.search(sentence)


def is_heading(sentence: str) -> bool:
    """An editorial line in brackets: "[Provisional translation]", "(On the launch ...)"."""
    return bool(HEADING.match(sentence))


# --- places of launch ---------------------------------------------------------------------

LOCATIVE = re.compile(
    r"\b(?:from|near|off|in|at|around|outside|over)\s+"
    r"(?:(?:the\s+)?(?:vicinity|area|areas|region|waters?|outskirts|coast|shore)\s+(?:of|off|near|around)\s+)?"
    r"(?:(?:an?|the)\s+(?:area|site|region)\s+(?:near|around|of|in)\s+)?"
    r"(?:(?:the\s+)?(?:eastern|western|northern|southern|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|central|coastal|northwest|northeast|southwest|southeast)\s+)?"
    r"(?:(?:the\s+)?(?:port\s+)?(?:city|town|county|village|province|island|region)\s+of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
CAPITAL = re.compile(
    r"\b(?:from|near|in|around|outside)\s+(?:the\s+)?(?:(?:North(?:'s|’s)?|North\s+Korea(?:'s|’s)?)\s+)?"
    r"(?:capital(?:\s+(?:region|area|city))?|Pyongyang\s+(?:area|region))\b",
    re.IGNORECASE,
)
# "from its east coast", "off the North's west coast": a place too vague for the gazetteer.
VAGUE_PLACE = re.compile(
    r"\b(?:from|off|near|along)\s+(?P<text>(?:a\s+site\s+near\s+)?(?:its|the|North\s+Korea's|North\s+Korea’s|"
    r"the\s+North's|the\s+North’s)\s+(?:(?:east|west|eastern|western|northern|southern|north|south)"
    r"(?:ern)?\s+(?:coast|shore|coastline|region|area|part)(?:\s+of\s+North\s+Korea)?|"
    r"(?:eastern|western)\s+coast\s+of\s+North\s+Korea))",
    re.IGNORECASE,
)
UNKNOWN_PLACE = re.compile(
    r"\b(?:from|near|in\s+the\s+vicinity\s+of|around)\s+(?:near\s+)?(?P<text>[A-Z][a-z'’-]+"
    r"(?:[\s-][A-Z][a-z'’-]+){0,2})"
)

LANDING = re.compile(
    r"\b(?:into|in|toward|towards|off|over|inside|outside|within)\s+(?P<text>(?:the\s+)?"
    r"(?:Sea\s+of\s+Japan|East\s+Sea|Yellow\s+Sea|West\s+Sea|Pacific(?:\s+Ocean)?|"
    r"Japan(?:'s|’s)\s+(?:exclusive\s+economic\s+zone|EEZ)|(?:the\s+)?sea|waters\s+off\s+[^,.;]{3,40}))",
    re.IGNORECASE,
)
INLAND = re.compile(r"\b(?:fell|landed|crashed|fallen)\s+(?:\w+\s+){0,4}inland\b", re.IGNORECASE)

# Who said it: what precedes "said" in attributions; the catalogue names the reporters.
SPEECH = re.compile(r"\b(?:said|says|reported|announced|told|according\s+to|quoted|cited)\b",
                    re.IGNORECASE)
