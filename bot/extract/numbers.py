"""How many missiles, how far they flew, how high: the numbers of a launch sentence.

Every number in a launch story is not a launch figure: "600-mm" is a calibre, "15,000
soldiers" a troop count, "300 km from the Japanese islands" a landing point, "200 nautical
miles" an eez, "a range of 15,000 km" a capability. These rules keep only counts of missiles
fired and distances flown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

from bot.extract.cues import (
    DESIGNATION,
    INSTEAD,
    NEGATION,
    SAME_DAY,
    SHOWN_WORDS,
    imagined,
    lower,
    revised_later,
)

MILE_KM = 1.609344

_WORDS = {
    "a": 1,
    "an": 1,
    "one": 1,
    "single": 1,
    "a single": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "a pair of": 2,
    "a couple of": 2,
    "dozens of": 24,
    "a dozen": 12,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
}
_VAGUE = (
    r"several|multiple|a\s+flurry\s+of|a\s+number\s+of|a\s+barrage\s+of|a\s+volley\s+of"
    r"|a\s+salvo\s+of|a\s+series\s+of|a\s+string\s+of|a\s+batch\s+of|numerous"
)
_NUMWORD = (
    r"\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+pair\s+of"
    r"|a\s+couple\s+of"
)
# Counting starts from the noun and reads backwards over its modifiers to the quantifier:
# scanning forwards from every word for an optional quantifier was the slowest rule we had.
_NOUN = re.compile(
    r"(?:(?:missile|projectile|rocket|icbm|srbm|irbm|mrbm|slbm|munition|launch\s+vehicle)"
    r"(?P<plural>s)?"
    # "fired two more Musudans", "two KN-23s": a name in the plural counts too
    r"|(?:musudan|rodong|nodong|scud|hwasong|pukguksong|kn-?\d\d)(?:-\w+?)?(?P<named>s))\b"
)
_MOD_WORD = re.compile(
    r"(?:more|new|other|unidentified|suspected|presumed|possible|probable|unknown|apparent|short"
    r"|medium|long|submarine"
    r"|land-based|solid-fuel(?:ed)?|liquid-fuel(?:ed)?|large|small|super-large|ballistic|cruise"
    r"|guided|tactical|strategic|hypersonic|intercontinental|intermediate|[\w-]+-range"
    r"|[\w-]+-class|[\w-]+-type|[\w-]+-launched|[\w-]+-to-[\w-]+)"
)
_CAPITALISED = re.compile(r"[A-Z][\w-]+")
_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")
# A quoted name after a figure is a modifier too: two "Hwasal-2" strategic cruise missiles
_NAME_BEFORE_QUOTE = re.compile(rf"\b{DESIGNATION}\s+$")
_QUOTED_AFTER_FIGURE = re.compile(rf"\b(?:{_NUMWORD})\s+(?P<q>[\"“‘][\w’'-]+[\"”’])\s+$")
_QUANTIFIER = re.compile(
    # (a figure quoted: Japan had detected "at least six" ballistic missiles)
    rf"""(?:\b(?P<atleast>at\s+least|more\s+than|up\s+to|as\s+many\s+as)\s+(?P<n1>{_NUMWORD})["”]?
      | \b(?P<vague>{_VAGUE})
      | \b(?P<n2>{_NUMWORD}|a|an|a\s+single)
      | \b(?P<det>the|another|this|that|these|those|both))\s+$""",
    re.VERBOSE,
)

_NOT_MISSILES = re.compile(
    r"[\s-]+(?:launchers?|systems?|engines?|motors?|artillery|forces?|units?"
    r"|programs?|programmes?|technology|testing|tests?\s+site"
    # "officials of the field of munitions industry"
    r"|industry|industries|factory|factories|plants?|production|sector|department)\b"
)
_INCLUDING = re.compile(
    r"\b(?:including|includ(?:ed|es)|among\s+them|among\s+which)\s+"
    # "three ballistic missiles, including what appeared to be an ICBM"
    r"(?:what\s+(?:appeared|appears|seemed|seems|looked|was\s+believed|is\s+believed)\s+to\s+be\s+)?$"
)
_SUBSET = re.compile(
    r"\b(?:first|last|other|remaining|unspecified|unknown|undisclosed)\s+(?:number\s+of\s+)?"
    r"(?:\w+\s+){0,4}$"
)
_NAMES_IT = re.compile(
    r"\b(?:called|calling|described|describing|dubbed|termed)\s+(?:the\s+\w+|it|them)\s+(?:as\s+)?$"
)
_FIRED_ON = re.compile(r"\s+(?:fired|launched|test-fired)\s+(?:[\w-]+\s+){0,3}?(?:on|last)\s")
_APPOSITION = re.compile(rf"\b(?:{DESIGNATION}|including)\s*,?\s+$")
_PART_BEFORE = re.compile(rf"\b(?P<n>{_NUMWORD})\s+(?:[\"“”'‘’]?[\w-]+[\"“”'‘’]?\s+){{1,2}}and\s+$")
_CAPABLE_AFTER = re.compile(r"\s*,?\s+(?:that|which)\s+(?:could|can|would|might|may)\b")
_NOT_FIRED = re.compile(NEGATION + r"[\w-]*?(?:fired|launched|tested|fire|launch|test)\s+$")
_HANDLED_BEFORE = re.compile(
    r"\b(?:fuel(?:l)?ed|fuel(?:l)?ing|deployed|deploying|moved|moving|loaded|loading|readied"
    r"|assembled|erected|transported|positioned)\s+$"
)
_SHOWN_SINCE_LAUNCH = re.compile(
    rf"\b(?:{SHOWN_WORDS})\b"
    r"(?!.*\b(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?)\b)"
)
_EACH_OF = re.compile(
    rf"[^.;]{{0,40}}?\b(?:from|at|by|on)\s+each\s+of\s+(?:the\s+|its\s+)?(?P<n>{_NUMWORD})\b"
)
# "is, for practical purposes, a close-range ballistic missile", "the vehicle appears to have
# been a missile rather than a rocket": what a thing is
# (but "fired what appeared to be a ballistic missile" is one fired)
_IS_A = re.compile(
    r"(?<!\bwhat\s)(?<!\bwhat\sappeared\sto\s)(?<!\bwhat\sappears\sto\s)(?<!\bwhat\sseemed\sto\s)"
    r"\b(?:is|are|was|were|be|been)\b(?:,[^,.;]{1,30},)?\s+(?:(?:probably|likely|actually)\s+)?$"
)
_SAME_AS_BEFORE = re.compile(
    r"\b(?:same|similar)\s+(?:[\w-]+\s+){0,2}(?:as|to)\s+(?:[\w-]+\s+){0,3}$"
)
_PLANNED_BEFORE = re.compile(
    r"(?:\b(?:threaten\w*|plan\w*|vow\w*|prepar\w*|intend\w*|pledg\w*)\s+to"
    # ("Solid fuel would let the North fire its biggest missiles with far less warning": what
    # it can do)
    r"|\b(?:(?:would|could|will|can|might)\s+(?:let|allow|enable)|lets|allows|enables)"
    r"(?:\s+[\w'’-]+){1,3}?(?:\s+to)?)"
    r"\s+(?:launch|fire|send|test)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$"
)
_RATHER_THAN = re.compile(rf"\b(?:{INSTEAD})\s+$")
_IF = re.compile(r"\bif\b[^,;:]*$")
_MORE = re.compile(r"(?:more|additional|further)\b")
# "2. In addition, at around 8:39 a.m., North Korea launched two ballistic missiles": added
_IN_ADDITION = re.compile(r"^\W*(?:\d+\.\s*)?(?:in\s+addition|additionally)\b")
_PART_OF = re.compile(
    r"\b(?:one|two|three|four|five|\d+|some|each|both|all|most|none|any|either|neither)\s+of\s+$"
)
_SET_LAUNCHED = re.compile(
    r"\s+(?:(?:that|which)\s+)?(?:(?:it|north\s+korea|pyongyang|the\s+north)\s+)?(?:had\s+)?"
    r"(?:launched|fired|test-fired)\b"
)
_LAUNCH_VERB = re.compile(
    r"\b(?:fir(?:e|es|ed|ing)|launch(?:es|ed|ing)?|test-?fir(?:e|es|ed|ing)"
    r"|test-?launch(?:es|ed|ing)?|shot|lobbed|lob|flew|tested|detected|tracked"
    # "Sunday's tests involved two Pulhwasal-3-31 strategic cruise missiles"
    r"|(?:launch(?:es)?|tests?|firings?|drills?)\s+(?:involved|included|consisted\s+of|featured)"
    # "Wednesday's barrage of seven missiles"
    r"|(?:barrage|volley|salvo)\s+of)\b"
)
_TYPE_TESTED_BEFORE = re.compile(
    r"\b(?:test-?fir(?:e|ing)|test-?launch|test|launch|firing)\s+of\s+$"
)
_PART_OF_THE_DAY = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+in\s+(?:the\s+)?(?:morning|afternoon|evening)\b"
)
_REST_OF_A_SALVO = re.compile(r"\b(?:shorter|remaining)\b")
_TALLY_TO = re.compile(
    r"\b(?:brings?|bringing|brought|rais(?:es|ed|ing|e)|push(?:es|ed|ing)?|tak(?:es|ing)|took)\s+"
    r"(?:the|its)\s+(?:total|number|tally|count)\b[^.;]{0,80}?\bto\s+"
    rf"(?:at\s+least\s+)?(?P<n>{_NUMWORD})\b(?!\s*(?:km|kilomet|miles?|%|percent|times))"
)
_OF_A_PERIOD = re.compile(r"\b(?:this|so\s+far|since|year|month|(?:19|20)\d\d)\b")
_IMAGE_OF = re.compile(
    r"\b(?:photo(?:graph)?s?|images?|pictures?|footage|videos?|stills?)\s+(?:\w+\s+)?of\s+$"
)
_NEW_TYPE = re.compile(r"new[\s-]type\b")
_FELL_AFTER = re.compile(
    r"^[^.;]{0,40}?\b(?:landed|fell|f[ae]llen|c(?:a|o)me\s+down|splashed\s+down|crashed|flew)\b"
)
_PASSIVE_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:were|was|had\s+been|have\s+been|being)\s+(?:\w+\s+)?"
    r"(?:launched|fired|test-fired|shot)\b|^\s*(?:launched|fired)\b"
    # "The two short-range ballistic missiles North Korea fired a day earlier"
    r"|^\s+(?:that\s+|which\s+)?(?:north\s+korea|pyongyang|the\s+north|it|they)\s+(?:had\s+)?"
    r"(?:launched|fired|test-fired)\b"
)
_AFTER_SUBJECT = re.compile(
    r"^[^.;]{0,90}?\b(?:fl(?:ew|own)|travell?ed|blasted\s+off|lifted\s+off|blew\s+up|exploded|"
    r"fell|landed|splashed|crashed|were\s+(?:\w+\s+)?(?:launched|fired)|was\s+(?:\w+\s+)?"
    r"(?:launched|fired))\b|^\s*(?:launch|test|firing)"
)


@dataclass(frozen=True)
class Count:
    start: int
    end: int
    low: int
    high: int | None  # None: open-ended ("at least one", "several")
    # "the missile flew", "another missile": a count only when the story gives no figure.
    weak: bool = False
    # "several", "a barrage of": at least two, until a figure says how many.
    vague: bool = False
    # "six more": this launch's count, or what a running tally of the day grew by.
    more: bool = False
    # The launch time the sentence gives ("At 6:42 a.m., launched one"): a firing of its own.
    clock: str | None = None
    # "A second missile was launched two hours later": at least that many, and the singular
    # counts beside it are of one of them.
    ordinal: bool = False
    # "an unidentified ballistic missile": one by its article only, which a later "several"
    # outweighs
    article: bool = False
    # "five shorter-range missiles": the rest of a salvo, which a larger figure includes
    rest: bool = False
    # "That brings the number of missiles the North launched on Wednesday to 23": the day's
    # total, which the figures told on the way to it are part of
    total: bool = False


def number_word(word: str) -> int | None:
    """The value of a number written as digits or words ("12", "two", "a pair of")."""
    word = re.sub(r"\s+", " ", word.lower())
    if word.isdigit():
        return int(word)
    return _WORDS.get(word)


_EARLIER_VERSION = re.compile(
    r"\W*(?:an?\s+|the\s+)?(?:earlier|previous|prior)\s+versions?\s+of\s+this\s+(?:story|report|article)"
)


def find_counts(sentence: str) -> list[Count]:
    """Counts of missiles fired: the object of a launch verb, or the subject of a passive one.

    Where no figure is given, the grammatical number still counts, weakly: "the missile flew"
    is one, "fired ballistic missiles" is at least two.
    """
    out: list[Count] = []
    low = lower(sentence)
    if _EARLIER_VERSION.match(low):
        return out  # "Earlier versions of this story ... said six missiles had been fired"
    question = low.rstrip().endswith("?")
    for noun in _NOUN.finditer(low):
        word = sentence[noun.start() : noun.end()]
        if _NOT_MISSILES.match(low, noun.end()):
            continue  # "a super-large multiple rocket launcher", "a rocket engine"
        plural = bool(noun.group("plural") or noun.group("named")) and not (
            word[:-1].isupper() and word[-1] == "S"
        )
        start = _skip_modifiers(sentence, noun.start())
        quant = _QUANTIFIER.search(low, max(0, start - 45), start)
        before = low[max(0, start - 90) : start if quant is None else quant.start()]
        after = low[noun.end() : noun.end() + 100]
        part_of = _PART_OF.search(before)
        if (
            (
                part_of
                # ("a Taepodong-2, one of seven missiles it launched on Wednesday": the set)
                and not (quant is not None and _SET_LAUNCHED.match(after))
            )
            or _SUBSET.search(low, max(0, start - 45), start)
            or (
                quant is not None
                and _INCLUDING.search(low, max(0, quant.start() - 45), quant.start())
                # (not "tests in recent days, including two missiles fired on Saturday": a
                # launch of its own day)
                and not _FIRED_ON.match(after)
            )
        ):
            # "two of the missiles", "the first three missiles", "three ballistic missiles,
            # including a suspected ICBM": part of a count
            continue
        if (
            _NOT_FIRED.search(before)
            or (question and _IF.search(before))
            or _SHOWN_SINCE_LAUNCH.search(before)
            # ("appears to have been a missile rather than a rocket": not the other thing)
            or _RATHER_THAN.search(before)
            # ("weeks after threatening to launch a salvo of missiles toward Guam": a plan)
            or _PLANNED_BEFORE.search(before)
            # ("Satellite launches use the same technology as long-range ballistic missiles")
            or _SAME_AS_BEFORE.search(before)
            # ("watching the launch site amid reports that Pyongyang had fueled a missile")
            or _HANDLED_BEFORE.search(before)
            # "With a claimed 1,800 km range, a missile launched from anywhere in North Korea
            # could reach ...": a missile imagined
            or imagined(low, start, noun.end(), since=low.rfind(",", 0, start) + 1)
        ):
            # "He has not flight-tested a long-range missile in two years", "what happens if
            # the gift is an ICBM?", "The launch came a day after Pyongyang paraded new
            # long-range missiles": no missile that flew
            continue
        if quant is not None and _NAMES_IT.search(low, max(0, quant.start() - 40), quant.start()):
            continue  # "Abe called the launch a 'ballistic missile'": a name, not a count
        if (
            quant is not None
            and quant.group("n2") in ("a", "an")
            and _APPOSITION.search(low, max(0, quant.start() - 40), quant.start())
        ):
            continue  # "the KN-24, a solid-fuel short-range missile": what it is, not how many
        if quant is not None and revised_later(low, quant.start(), quant.end()):
            continue  # "had initially judged that two missiles were fired, but revised it to one"
        if (
            quant is not None
            and quant.group("n2") in ("a", "an")
            and (
                _TYPE_TESTED_BEFORE.search(low, max(0, quant.start() - 25), quant.start())
                or _IS_A.search(low, max(0, quant.start() - 40), quant.start())
                # "test-fired a new-type tactical guided projectile": the type, however many
                or _NEW_TYPE.match(low, quant.end())
                # "released photographs of a missile fired from a tracked launcher": one shown
                or _IMAGE_OF.search(low, max(0, quant.start() - 30), quant.start())
            )
        ):
            # "the test-fire of a new-type cruise rocket": the type tested; "A guided rocket of
            # this size is, for practical purposes, a close-range ballistic missile fired from
            # a multiple launcher": what a thing is; one only if nothing else says how many
            out.append(Count(quant.start(), noun.end(), 1, 1, weak=True))
            continue
        strong = None if quant is None else _strong(quant, plural)
        if strong is not None and quant.group("n2") in ("a", "an") and sentence[start] in '"“‘':
            # Abe said that a "ballistic missile" had been launched: the word, quoted
            strong = None
        if strong is not None and quant is not None and quant.group("n2"):
            # "two Hwasal-1 and two Hwasal-2 cruise missiles were launched": four
            part = _PART_BEFORE.search(low, max(0, quant.start() - 40), quant.start())
            if part and _NAME_BEFORE_DIGITS.search(low, max(0, part.start() - 30), part.start()):
                part = None  # "a Hwasong 15 missile and a KN 23": a name's figure
            n = number_word(part.group("n")) if part else None
            if n and strong[1] is not None:
                strong = (strong[0] + n, strong[1] + n, *strong[2:])
        if strong is not None and strong[1] is not None and (each := _EACH_OF.match(after)):
            # "two missiles were fired from each of the four sites": eight
            k = number_word(each.group("n")) or 1
            strong = (strong[0] * k, strong[1] * k, *strong[2:])
        if strong is not None and (
            _LAUNCH_VERB.search(before)
            or _PASSIVE_AFTER.search(after)
            # "All seven missiles are believed to have come down in the Sea of Japan": the
            # whole salvo, where it fell
            or (low.endswith("all ", 0, quant.start()) and _FELL_AFTER.match(after))  # type: ignore[union-attr]
        ):
            more = bool(
                _MORE.match(low, quant.end())  # type: ignore[union-attr]
                or _IN_ADDITION.search(low, 0, quant.start())  # type: ignore[union-attr]
            )
            article = quant.group("n2") in ("a", "an")  # type: ignore[union-attr]
            # "Five shorter-range missiles were fired over several hours", after "six missiles,
            # including a long-range Taepodong-2": maybe the rest of a salvo counted
            # (or of a day's firings: "N. Korea fires 3 ballistic missiles off east coast in
            # morning", then "fires seven ballistic missiles")
            rest = not more and bool(
                _REST_OF_A_SALVO.search(low, quant.end(), noun.start())  # type: ignore[union-attr]
                or _PART_OF_THE_DAY.match(after)
            )
            if part_of:
                # "a Taepodong-2 missile, one of seven missiles it launched": the one is of them
                head = low.rfind(",", 0, quant.start())  # type: ignore[union-attr]
                out = [c for c in out if not (c.article and 0 <= head - c.end <= 1)]
            out.append(
                Count(quant.start(), noun.end(), *strong, more=more, article=article, rest=rest)  # type: ignore[union-attr,misc]
            )
            continue
        if not (_LAUNCH_VERB.search(before) or _AFTER_SUBJECT.search(after)):
            continue
        if _CAPABLE_AFTER.match(after):
            continue  # "technology for long-range missiles that could one day carry a warhead"
        det = (quant.group("det") or "").lower() if quant is not None else ""
        span_start = quant.start() if quant is not None else start
        if plural and det == "both":
            out.append(Count(span_start, noun.end(), 2, 2, weak=True))  # "both missiles flew"
        elif plural:
            out.append(Count(span_start, noun.end(), 2, None, weak=True))
        elif det not in {"these", "those"}:
            out.append(Count(span_start, noun.end(), 1, 1, weak=True))
    if any(word in low for word in _ORDINALS):
        patterns = [_ORDINAL_MISSILE]
        if "fired" in low or "launched" in low:
            # "A third, which officials believe was a short-range missile, ... was fired at 6:42"
            patterns.append(_ORDINAL_ALONE)
        if SAME_DAY.search(low):
            # "fired a second Musudan at around 7:26 p.m. the same day" (but "a second
            # Hwasong-14 was launched on July 28" is the type's second test)
            patterns.append(_ORDINAL_NAMED)
        for pattern in patterns:
            for m in pattern.finditer(low):
                n = _ORDINALS[m.group("ord")]
                # "North Korea fired a seventh missile on Wednesday, hours after a volley": the
                # day's seventh, so seven in all
                total = (
                    pattern is _ORDINAL_MISSILE
                    and _FIRED_ONE_MORE.match(low, m.start()) is not None
                    and _FIRED_BEFORE.search(low, max(0, m.start() - 12), m.start()) is not None
                )
                out.append(Count(m.start(), m.end(), n, n, ordinal=not total, total=total))
    if "attempt" in low:
        for m in _FAILED_ATTEMPTS.finditer(low):
            n = number_word(m.group("n"))
            if n and n > 1:
                out.append(Count(m.start(), m.end(), n, n))
    for m in _PUT_AT.finditer(low):
        n = number_word(m.group("n") or m.group("c") or m.group("a"))
        if n:
            out.append(Count(m.start(), m.end(), n, n))
    for m in _BARE_COUNT.finditer(low):
        n = number_word(m.group("n") or m.group("n2"))
        if n:
            floor = bool(m.group("least") or m.group("least2"))
            out.append(Count(m.start(), m.end(), n, None if floor else n))
    if any(word in low for word in ("total", "number", "tally", "count")):
        for m in _TALLY_TO.finditer(low):
            # "That brings the number of missiles the North launched on Wednesday to 23": the
            # day's total
            if (n := number_word(m.group("n"))) is not None and not _OF_A_PERIOD.search(m.group(0)):
                out.append(Count(m.start(), m.end(), n, n, total=True))
    for m in _ORDINAL_FOLLOWED.finditer(low):
        # "Six were launched on Wednesday morning, and a seventh followed": seven in all
        n = _ORDINALS[m.group("ord")]
        out = [c for c in out if c.ordinal or c.high != n - 1 or c.start > m.start()]
        out.append(Count(m.start(), m.end(), n, n))
    return out


_ORDINALS = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
}
_ORDINAL = "|".join(_ORDINALS)
_ORDINAL_NAMED = re.compile(rf"\b(?:a|the)\s+(?P<ord>{_ORDINAL})\s+{DESIGNATION}")
_ORDINAL_ALONE = re.compile(rf"(?:^|[.;]\s+)(?:a|the)\s+(?P<ord>{_ORDINAL})\s*,\s+(?:which|that)\b")
# "Six were launched on Wednesday morning, and a seventh followed in the late afternoon"
_ORDINAL_FOLLOWED = re.compile(
    rf"\band\s+(?:a|the)\s+(?P<ord>{_ORDINAL})\s+(?:one\s+)?(?:followed|was\s+(?:fired|launched))\b"
)
_FIRED_ONE_MORE = re.compile(rf"a\s+(?:{_ORDINAL})\s+(?:ballistic\s+)?missile\b")
_FIRED_BEFORE = re.compile(r"\b(?:fired|launched)\s+$")
_ORDINAL_MISSILE = re.compile(
    rf"\b(?:a|the)\s+(?P<ord>{_ORDINAL})\s+(?:[\w-]+\s+){{0,2}}?(?:missile|projectile"
    r"|rocket)\b(?!\s+(?:launch(?:es)?|tests?|firings?|attacks?)\b)"
    # ("This was the third missile North Korea launched this year": a tally, not this salvo)
    # ("the second North Korean missile to overfly Japan within weeks")
    r"(?![^.;]{0,60}\b(?:this\s+year|of\s+the\s+year|so\s+far|since"
    r"|(?:in|within)\s+(?:a|\w+)\s+(?:weeks?|months?|days?)|within\s+(?:weeks|months|days)"
    # ("the seventh North Korean missile or rocket to fly over Japanese territory")
    r"|to\s+(?:fly|overfly|pass|cross|land|fall|reach|hit)\b))"
)
# "Japan's defence ministry put the number at six", "U.S. officials counted seven: several
# Scud and Rodong missiles ...": another source's count.
_PUT_AT = re.compile(
    r"\bput(?:s|ting)?\s+the\s+(?:number|figure|count|tally)(?:\s+of\s+\w+)?\s+at\s+"
    rf"(?P<n>{_NUMWORD})\b|\bcounted\s+(?P<c>{_NUMWORD})(?=\s*[:;.—–])"
    # "and six more followed over the course of the day, seven in all" (not "23 in all this
    # year", a tally)
    rf"|,\s+(?P<a>{_NUMWORD})\s+(?:in\s+all|in\s+total|all\s+told|altogether)(?=\s*[.;,)—–])"
)

# "two attempts on the same day ..., both failed shortly after liftoff": attempts that flew
_FAILED_ATTEMPTS = re.compile(
    # (not "The North's first two attempts ended in failure": earlier ones, summed up)
    r"(?<!first\s)(?<!previous\s)(?<!earlier\s)(?<!last\s)(?<!past\s)(?<!prior\s)(?<!its\s)"
    r"(?<!their\s)(?<!the\s)(?<!other\s)"
    # ("All four earlier attempts ... ended in failure")
    rf"\b(?P<n>{_NUMWORD})\s+(?!(?:earlier|previous|prior|past|other)\b)(?:[\w-]+\s+)?"
    r"(?:launch\s+)?attempts\b"
    r"(?=[^.;]{0,120}\b(?:failed|exploded|blew\s+up|crashed|ended\s+in\s+failure))"
)

# Another source's figure without the noun: "Japan's Defense Ministry saying at least six were
# launched", "said it had detected six launches".
_BARE_COUNT = re.compile(
    rf"\b(?P<least>at\s+least\s+)?(?P<n>{_NUMWORD})\s+(?:were|had\s+been|have\s+been)\s+"
    rf"(?:launched|fired)\b|\bdetected\s+(?P<least2>at\s+least\s+)?(?P<n2>{_NUMWORD})\s+"
    r"(?:launches|firings)\b"
)


_NAME_BEFORE_DIGITS = re.compile(rf"\b(?:{DESIGNATION}|kn)[\s-]+$")


def _skip_modifiers(sentence: str, at: int) -> int:
    """Step back over up to six modifiers ("short-range ballistic") before a noun."""
    for _ in range(6):
        word = _WORD_BEFORE.search(sentence, max(0, at - 40), at)
        if word is None:
            quoted = _QUOTED_AFTER_FIGURE.search(lower(sentence), max(0, at - 40), at)
            if quoted is not None:
                at = quoted.start("q")
            break
        token = word.group(1)
        if token.isdigit():
            name = _NAME_BEFORE_DIGITS.search(
                lower(sentence), max(0, word.start() - 30), word.start()
            )
            if name is not None:
                at = name.start()  # "a Hwasong 15 missile": the figure is the name's
                continue
        if not (_MOD_WORD.fullmatch(token.lower()) or _CAPITALISED.fullmatch(token)):
            break
        if token.lower() in {"a", "an", "the"} or number_word(token.lower()) is not None:
            break  # ("Two hypersonic projectiles": a figure opening the sentence, not a name)
        at = word.start()
    if at and sentence[at - 1] in '"“‘':
        at -= 1  # two "strategic cruise missiles": the quotation is the noun's name
        # (four Hwasal-2 "strategic cruise missiles": and the name before it)
        if name := _NAME_BEFORE_QUOTE.search(lower(sentence), max(0, at - 30), at):
            at = name.start()
    return at


def _strong(quant: re.Match[str], plural: bool) -> tuple[int, int | None, bool, bool] | None:
    if quant.group("atleast"):
        n = number_word(quant.group("n1"))
        if n is None:
            return None
        if quant.group("atleast").lower().startswith(("up", "as")):
            return 1, n, False, False
        return n, None, False, False
    if quant.group("vague"):
        return 2, None, False, True
    if quant.group("n2"):
        n = number_word(quant.group("n2"))
        if n is None or n == 0 or n > 40 or (n == 1 and plural):
            return None
        return n, n, False, False
    return None


_DIGIT_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TENS_WORDS = (
    "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    "|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
)
_SPOKEN_WORD = rf"(?:{'|'.join(_DIGIT_WORDS[1:])}|{_TENS_WORDS}|hundred|thousand)"
_LENGTH = re.compile(
    r"(?P<num>\d{1,3}(?:[,\u2009\u202f ]\d{3})+(?:\.\d+)?"
    # a broadcast script's "101-point-one kilometers", "10-thousand kilometers"
    rf"|\d+-point-(?:{'|'.join(_DIGIT_WORDS)})"
    r"|(?<![\w-])\d{1,3}[-\s]thousand"
    # ... and its "one thousand and eighty kilometres", "a hundred and fifty": a number spoken
    # (not "several hundred kilometers": a spoken figure opens on a digit word or "a")
    rf"|(?<![\w-])(?:(?:{'|'.join(_DIGIT_WORDS[1:])}|{_TENS_WORDS})|a(?=\s+(?:hundred|thousand)))"
    rf"(?:(?:[-\s]+|\s+and\s+){_SPOKEN_WORD})*"
    r"|\d+(?:\.\d+)?)\s*(?:-\s*)?"
    r"(?P<unit>km\b|kms\b|kilomet(?:er|re)s?\b|(?:nautical\s+)?miles?\b|mi\b)"
    r"(?:\s*\((?P<num2>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?P<unit2>km|kilomet(?:er|re)s?|miles?|mi)\b\))?"
)
# ("climbing to more than 6,000km before falling")
_APOGEE_BEFORE = re.compile(
    # ("it went up well above 4,000 kilometers")
    # ("went higher than 7,000 kilometers")
    r"\b(?:altitudes?|apogees?|heights?|peak|high(?:er)?|climb(?:ed|ing|s)?\s+to|went\s+up)\b"
    r"[^.;]{0,40}$"
    # "it flew about 73 minutes and reached around 6,000 kilometers": reached, straight to the
    # figure, is how high
    r"|\breach(?:ed|ing)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$"
    # "the second missile went well above 1,000 km": above is how high
    r"|\b(?:went|rose|climbed|soared)\s+(?:up\s+)?(?:well\s+|far\s+|much\s+)?above\s+$"
)
_APOGEE_AFTER = re.compile(
    r"^\s*(?:high\b|in\s+(?:altitude|height)|into\s+(?:the\s+)?(?:sky|space))"
)
_FLIGHT_BEFORE = re.compile(
    r"\b(?:fl(?:ew|own|ying|ies|y)|travell?(?:ed|ing|led|s)?|flight|distance|covered|covering|"
    r"range|soared|went)\b[^.;]{0,45}$"
)
# "over a 2,000 km course", "a 1,000-km flight"
# "flew pre-set elliptical and figure-eight patterns over the East Sea for 1,500 km"
_FLEW_FOR = re.compile(r"\bfl(?:ew|own|ying)\b[^.;]{0,90}\bfor\s+(?:about\s+|some\s+|around\s+)?$")
_AND_BEFORE = re.compile(r"\s(?:and|or|to)\s+(?:about\s+)?$")
_BRACKETED = re.compile(r"\([^()]*\)")
_FLIGHT_AFTER = re.compile(r"\s*(?:-?long\s+)?(?:course|route|flight|journey|trajectory)\b")
# "an apogee of over 7,000 kilometers, and about 1,000 kilometers of ground distance"
_DISTANCE_AFTER = re.compile(r"\s+(?:of\s+)?(?:ground\s+|horizontal\s+|flight\s+)?distance\b")
_FLOWN_TO_TARGET = re.compile(
    # ("before coming down about 950 kilometers away", "falling into the Sea of Japan about
    # 1,000km away", "fell into the Pacific Ocean off the Sanriku coast, about 1,600 kilometers
    # from the launch site")
    r"\b(?:targets?|c(?:ame|oming)\s+down|land(?:ed|ing)|f(?:ell|alling)|splash(?:ed|ing)\s+down"
    r"|hit|struck)\b[^.;]{0,60}$"
)
_AWAY_OR_FROM_SITE = re.compile(
    # (not "fell 200 km away from the Oga Peninsula": a landmark)
    r"\s*(?:\([^)]*\)\s*)?(?:away\b(?!\s+from)|from\s+(?:the|its)\s+launch\s+(?:site|point|pad|area)\b"
    # ("came down in the sea, about 1,080 km from where it started")
    r"|from\s+where\s+it\s+(?:was\s+)?(?:started|took\s+off|lifted\s+off|rose|launched|fired)\b)"
)
_RANGE_BEFORE = re.compile(r"(?<![\w-])\d{1,3}(?:,\d{3})?\s*[-–]$")
_CEILING_BEFORE = re.compile(r"\b(?:less\s+than|under|below|no\s+more\s+than)\s+$")
# "(125 miles) west of Okushiri": a bracketed conversion, then a bearing from a place
_BEARING = (
    r"\s*(?:\([^)]*\)\s*)?(?:east|west|north|south|northeast|northwest|southeast|southwest)\s+of"
)
_LANDMARK_AFTER = re.compile(
    rf"^(?:{_BEARING}|\s*(?:\([^)]*\)\s*)?(?:from|off|away|short\s+of"
    r"|of\s+(?:the\s+)?(?:coast|shore|island|peninsula)"
    r"|offshore|beyond|outside|within|exclusive|eez|radius|wide|long))\b"
)
_DIRECTION_OF_AFTER = re.compile(rf"{_BEARING}\b")
# "flew more than 150 km off the east coast": the verb says the figure was flown
_FLEW_OFF = re.compile(r"\s+off\s+(?:the\s+|its\s+)?(?:\w+\s+){0,2}coast\b")
_FLEW_JUST_BEFORE = re.compile(
    r"\b(?:flew|travell?ed)\s+(?:(?:about|around|some|roughly|approximately|more\s+than|over"
    r"|nearly|almost|up\s+to)\s+)*$"
)
_CAPABILITY_BEFORE = re.compile(
    # ("suggested a range, if flown normally, of perhaps 2,000km")
    # ("had a range that could exceed 15,000km")
    r"\b(?:range(?:\s*,[^,.;]{0,40},)?\s+(?:of|that|which)|if\s+(?:flown|fired|launched)|capable|capability|could\s+(?:fly|travel|reach|hit)|can\s+(?:fly|travel|reach)|"
    # "the Musudan's range is estimated at 3,000 to 4,000 km"
    # ("Estimates of the Taepodong-2's range vary from about 2,200 miles to more than 3,700")
    r"range\s+(?:is|was|has\s+been)?\s*(?:estimated|believed|thought|assessed|put|said"
    r"|vary|varies|varied)|"
    # ("The missile's estimated maximum range is 3,000 to 4,000 km")
    r"range\s+(?:is|was|are|were)\s+(?:about\s+|around\s+|roughly\s+|some\s+)?(?=\d)|"
    # "Experts estimate the Musudan's range at 3,000 to 4,000 kilometers"
    r"range\s+at|"
    # "its range could exceed 15,000 km depending on the weight of the warhead"
    r"range\s+(?:could|would|might|may|can|will)|"
    r"able\s+to|potential|designed|enough\s+to|would\s+have|could\s+have"
    # ("Flattened into a standard trajectory, a missile ... would travel more than 13,000 km")
    r"|would\s+(?:fly|travel|reach|cover|go)"
    # ("You don't want to fly a Musudan three thousand kilometers over Japan")
    r"|want(?:s|ed)?\s+to\s+fly"
    # "far short of the 300 km the SLBM would need to travel": a distance wanted, not flown
    r"|short\s+of|shorter\s+than|minimum)\b[^.;]{0,40}$"
)
_WANTED_AFTER = re.compile(
    r"^\s*(?:that\s+|which\s+)?(?:(?:the|a|an|its)\s+[\w-]+\s+)?(?:would|must|should|needs?|needed)\b"
    # "An intermediate-range missile flying 3,000 to 5,500 kilometers could reach Guam"
    r"|^\s*(?:could|can|might)\s+(?:reach|hit|strike|target)\b"
)


@dataclass(frozen=True)
class Length:
    start: int
    end: int
    km: float
    kind: str  # "distance" | "apogee"
    from_miles: bool
    # "The JCS had said Thursday that the first missile flew about 430 km": a figure told
    # before, which the story's present one (if any) supersedes
    told_before: bool = False


def _to_km(num: str, unit: str) -> tuple[float, bool]:
    if "-point-" in num:
        whole, tenth = num.split("-point-")
        value = int(whole) + _DIGIT_WORDS.index(tenth) / 10
    elif num[0].isdigit() and num.endswith("thousand"):
        value = float(int(re.split(r"[-\s]", num)[0]) * 1000)
    elif num[0].isalpha():
        value = float(text2num(re.sub(r"^a\b", "one", num), "en"))
    else:
        value = float(re.sub(r"[,\u2009\u202f ]", "", num))
    unit = unit.lower()
    if "nautical" in unit:
        return value * 1.852, True
    if unit.startswith("mi"):
        return round(value * MILE_KM), True
    return value, False


_HAD_SAID = re.compile(
    r"\bhad\s+(?:\w+ly\s+)?(?:said|reported|estimated|announced|put|assessed|judged)\b"
)
_SUPERSEDED_BEFORE = re.compile(
    rf"\b(?:{INSTEAD}|initial(?:ly)?|originally)\b(?:\s+the)?"
    r"(?:\s+(?:about|some|around|roughly|[\d,.]+\s*(?:km|kilomet\w+|miles?)(?:\s+and)?))*\s*$"
)


def find_lengths(sentence: str) -> list[Length]:
    """Flight distances and apogees, in km; a landmark distance or a capability is not one."""
    out: list[Length] = []
    low = lower(sentence)
    if "km" not in low and "kilomet" not in low and "mile" not in low:
        return out
    for m in _LENGTH.finditer(low):
        before = low[max(0, m.start() - 70) : m.start()]
        after = low[m.end() : m.end() + 40]
        if (
            re.search(r"[-\d]$", before) and not _RANGE_BEFORE.search(before)
        ) or "nautical" in m.group("unit").lower():
            continue  # (but "altitudes of 25-90 km" gives its top, 90)
        if _CEILING_BEFORE.search(before):
            continue  # "exploded at an altitude of less than 20 km": a bound, not the figure
        if _SUPERSEDED_BEFORE.search(before):
            continue  # "rather than the 430 km and 690 km it reported", "the initial 690 km"
        try:
            km, miles = _to_km(m.group("num"), m.group("unit"))
        except ValueError:
            continue  # words that are no one number ("between three and four kilometers")
        if miles and m.group("num2") and not m.group("unit2").lower().startswith("mi"):
            km, miles = _to_km(m.group("num2"), m.group("unit2"))
        # "flew about 430 kilometers (267 miles) and the other about 690": a conversion in
        # brackets does not put the verb out of reach
        plain = _BRACKETED.sub("", before) if ")" in before else before
        apogee = _APOGEE_BEFORE.search(plain)
        flight = _FLIGHT_BEFORE.search(plain)
        nearer_flight = (
            flight is not None and apogee is not None and flight.start() > apogee.start()
        )
        if _DIRECTION_OF_AFTER.match(after):
            continue  # "falling into the sea about 200 km west of Eocheong": where, at any height
        if _DISTANCE_AFTER.match(after):
            kind = "distance"
        elif _APOGEE_AFTER.search(after) or (apogee and not nearer_flight):
            kind = "apogee"
        elif _FLOWN_TO_TARGET.search(before) and _AWAY_OR_FROM_SITE.match(after):
            if _CAPABILITY_BEFORE.search(before):
                continue  # "could have reached targets more than 10,000 km away"
            kind = "distance"  # "hit a target 800 km away", "1,600 km from the launch site"
        elif (
            _CAPABILITY_BEFORE.search(before)
            or (
                _LANDMARK_AFTER.search(after)
                and not (_FLEW_OFF.match(after) and _FLEW_JUST_BEFORE.search(before))
            )
            or _WANTED_AFTER.search(after)
        ):
            continue
        elif (
            flight
            or _FLIGHT_AFTER.match(after)
            or _FLEW_FOR.search(low, max(0, m.start() - 110), m.start())
        ):
            kind = "distance"
        elif out and out[-1].end >= m.start() - 8 and _AND_BEFORE.search(before):
            kind = out[-1].kind  # "for 1,500 km and 1,800 km respectively": the same measure
        else:
            continue
        told = bool(_HAD_SAID.search(low, 0, m.start()))
        if (
            (shared := _SHARED_UNIT_BEFORE.search(before))
            and not miles
            and not before.endswith("between ", 0, shared.start())
        ):
            # "flew about 420 and 270 kilometres respectively": the first figure's unit too
            first = float(shared.group("num").replace(",", ""))
            at = m.start() - len(before) + shared.start("num")
            out.append(Length(at, at + len(shared.group("num")), first, kind, miles, told))
        out.append(Length(m.start(), m.end(), km, kind, miles, told_before=told))
    return out


_SHARED_UNIT_BEFORE = re.compile(r"(?<![\d.,])(?P<num>\d{1,3}(?:,\d{3})*|\d+)\s+and\s+$")
