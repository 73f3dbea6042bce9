"""The words of English launch reporting: what marks a launch, and what marks something else.

Kept apart from the assembly in ``events.py`` so that each rule here reads as a rule of news
language, testable on one sentence.

Case-insensitive rules are written in lower case and run on a lower-cased copy of the sentence
(``lower``): Python's ``re`` is ten times slower with IGNORECASE (docs/benchmarks.md).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@functools.lru_cache(maxsize=256)
def lower(text: str) -> str:
    """Lower-case ``text`` keeping every offset, so matches map back to the original.

    Cached: every rule asks for the same sentence's lower case, and ``str`` keeps its hash."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# A weekday in lowercased text: "on tuesday", "sunday's test"
_WEEKDAY_LOW = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_MONTH_STEMS = "|".join(month[:3] for month in MONTHS)  # "jan|feb|...": "Sept.", "Jan"

# "fired a second Musudan at around 7:26 p.m. the same day", "fired six on the same day": the day
# just told (not "the same day as the parade")
SAME_DAY = re.compile(
    r"\b(?:later\s+)?(?:on\s+)?(?:that|the\s+same)\s+day\b(?!\s+(?:as|that|when)\b)"
)
# Set against another thing: "a missile rather than a rocket", "as opposed to a rocket"
INSTEAD = r"rather\s+than|instead\s+of|as\s+opposed\s+to"

# Past-tense launch verbs: a sentence with one of these (and a missile in it) reports a launch.
_ACTION = (
    r"fir(?:ed|ing)|launch(?:ed|ing)|test-?fir(?:ed|es|ing)|test-?launch(?:ed|ing)"
    # a headline's or a timeline's present: "May 21: Fires a Pukguksong-2 from Pukchang"
    r"|(?:fires|launches)(?=\s+(?:a|an|two|three|four|five|six|seven|eight|\d+|its|another"
    r"|several|multiple|what)\s)(?!\s+(?:a|an)\s+(?:day|week|month|year|few)\b)"
    # ("Sunday morning, around 9:30 Korea time. A rocket lifts off from the Sohae launching
    # station": a script's narrating present)
    r"|lift(?:ed|s)\s+off|blast(?:ed|s)\s+off|took\s+off|shot|lobbed|tested|test\s+fired|sent"
    # "its first since October, when it twice tried and failed to launch a Musudan": attempts
    r"|(?:(?<=tried\sto\s)|(?<=failed\sto\s)|(?<=attempted\sto\s))(?:launch|fire|test-fire)"
    # "the missile it did fire on Sunday": the emphatic past
    r"|(?<=\bdid\s)(?:launch|fire|test-fire)(?=\s)"
    # "North Korea flight-tested its first solid-fuel ICBM", "test-flew a new cruise missile"
    r"|flight[-\s]tested|test-?flew"
    # "when a new intercontinental ballistic missile rose from Pyongsong"
    r"|rose(?=\s+(?:from|off)\s)"
    # "the first missile left its launcher at 18:32 GMT on 4 July"
    r"|left(?=\s+(?:its|the|their)\s+(?:launchers?|launch\s+pads?|pads?|launch\s+towers?)\b)"
    # "the type North Korea flew over Hokkaido": flew, with the North flying it
    r"|(?<=north\skorea\s)flew|(?<=pyongyang\s)flew|(?<=the\snorth\s)flew"
    # "placed into orbit after lifting off aboard a Falcon 9" (but "photos showed a missile
    # lifting off" shows a launch, and tells none)
    r"|(?<=after\s)(?:lifting|blasting)\s+off"
    # "since Nov. 21, when it put its first military reconnaissance satellite into orbit"
    # (the word first, then what stands before it: a lookbehind first is tried everywhere)
    r"|(?:put|placed)(?:(?<=\bit\sput)|(?<=\bit\splaced)|(?<=korea\sput)|(?<=korea\splaced)"
    r"|(?<=pyongyang\sput)|(?<=pyongyang\splaced)|(?<=north\sput)|(?<=north\splaced)"
    # ("The North last put an object in orbit in December 2012")
    r"|(?<=(?:north|korea)\slast\sput)|(?<=(?:north|korea)\slast\splaced)"
    # ("KCNA announced that North Korea had placed its first artificial satellite ... into orbit")
    r"|(?<=(?:north|korea)\shad\sput)|(?<=(?:north|korea)\shad\splaced))"
    # ("put its first military spy satellite, the Malligyong-1, into orbit")
    r"(?=\s+(?:[\w'’-]+,?\s+){1,8}?in(?:to)?\s+(?:an?\s+)?orbit\b)"
)
_DESIGNATION_STEMS = (
    r"hwasong|hwaseong|pukguksong|pukkuksong|bukgeukseong|kn-?\d\d|rodong|nodong|musudan|scud"
    r"|unha|taepo[\s-]?dong|daepodong|chollima|hwasal|pulhwasal|padasuri|haeil"
)
# Launch nouns: they mention a launch; with a date beside them, they date one.
_NOUN = (
    r"launch(?:es)?|firings?|test-?firings?|test-?fires?|test-?launch(?:es)?|tests?|salvos?|attempts?"
    # "Wednesday's barrage of seven missiles", "its volley of missile tests" (not "fired a
    # barrage of": the verb's object)
    r"|(?:barrages?|volleys?)(?<!\ba\sbarrage)(?<!\ba\sbarrages)(?<!\ba\svolley)"
    r"(?<!\ba\svolleys)(?=\s+of\s+(?:[\w-]+\s+){0,3}?(?:missiles?|rockets?|projectiles?|launches|tests))"
    r"|failures?"
    # "The third try, at 10:42 p.m. on Nov. 21, 2023, succeeded"
    r"|(?:(?<=second\s)|(?<=third\s)|(?<=fourth\s)|(?<=another\s))try"
    # "the first flight of the Hwasong-18", "the Nov. 18 flight of the Hwasong-17", "its first
    # fully successful flight on Nov. 18" (not "flights between Seoul and Tokyo")
    r"|flights?(?=\s+of\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?:"
    + _DESIGNATION_STEMS
    + r"|missiles?|rockets?|icbms?)\b)"
    r"|(?<=first\s)(?:[\w-]+\s+){0,2}?flight(?=\s+on\b)"
    # "the Hwasong-18's last flight, on Dec. 18, 2023", "and the July 12, 2023, flight"
    # (the word first, then what stands before it: a lookbehind first is tried everywhere)
    r"|flight(?:(?<=['’]s\sflight)|(?<=['’]s\slast\sflight)|(?<=['’]s\sfirst\sflight)"
    r"|(?<=['’]s\slatest\sflight)|(?<=['’]s\ssecond\sflight))(?=,?\s+on\b)"
    r"|flight(?<=\d{4},\sflight)\b"
    # "The April 13 flight broke up during first-stage flight", "the 1998 flight"
    r"|flight(?<=\d\sflight)(?!\s+(?:attendants?|crews?|paths?|plans?|routes?|times?|tests?)\b)"
    # "14 May 2017: The first successful flight.", "A second overflight of Hokkaido" (not
    # "a successful flight between Seoul and Tokyo", "overflight rights")
    r"|(?<=successful\s)flight(?!s?\s+(?:between|from|to|of\s+(?:the\s+)?(?:air|plane|jet)))\b"
    r"|overflights?(?!\s+rights)\b"
    # "The previous longest flight, 74 minutes, was recorded in July", "the previous flight-time
    # record of 74 minutes, set in July": a record a flight set
    r"|(?:longest\s+flight|(?<=flight\s)record|(?<=flight-time\s)record)[^.;]{0,50}?\b"
    r"(?:recorded|set)(?=\s+(?:in|on|during|last)\b)"
    # "The May flight, lofted to an apogee of more than 2,000 km" (the word first, as above)
    r"|flights?(?:"
    + "|".join(rf"(?<={month}\sflight)|(?<={month}\sflights)" for month in MONTHS)
    + ")"
)
_MISSILE = (
    r"missiles?|projectiles?|rockets?|icbms?|srbms?|irbms?|mrbms?|slbms?"
    r"|satellites?(?!\s+launch(?:ing)?\s+(?:ground|station|site|facility|pad|centre|center))"
    r"(?!\s+(?:imagery|images?|photos?|pictures?|data|dish(?:es)?|television|tv|phones?))|"
    r"launch\s+vehicles?|weapons?"
    # "eight months after a similar one broke apart ... in April": the rocket said again
    r"|(?:(?<=similar\s)|(?<=earlier\s)|(?<=previous\s)|(?<=first\s)|(?<=last\s))one"
    r"(?=\s+(?:\w+ly\s+)?(?:broke\s+(?:up|apart)|exploded|crashed|fell|flew|blew\s+up"
    r"|disintegrated)\b)"
    # "on August 29 that year, the same type passed over Hokkaido": a missile type said again
    r"|(?:(?<=same\s)|(?<=similar\s)|(?<=that\s))(?:type|model|variant)"
    r"(?=\s+(?:\w+ly\s+)?(?:flew|passed\s+over|overflew|crossed|broke\s+(?:up|apart)|exploded"
    r"|crashed|fell|blew\s+up|disintegrated)\b)"
)
# Names of North Korean missiles and rockets: "tested a solid-fuel Pukguksong-2" is a launch.
DESIGNATION = rf"(?:{_DESIGNATION_STEMS})[\w-]*"
# "North Korea tried the Musudan again": a named missile tried is one flown
_TRIED = rf"tried(?=\s+(?:the|a|an|its|another)\s+(?:new\s+)?(?:{_DESIGNATION_STEMS}))"
TRIGGER = re.compile(
    rf"(?:(?P<action>{_ACTION}|{_TRIED})|(?P<noun>{_NOUN})|(?P<missile>{_MISSILE}))\b"
)
# "the Hwasong-14, first flown July 4", "last tested in 2017": a name's own launch, told after it
FIRST_FLOWN = r",?\s*(?:last|first|most\s+recently)\s+(?:flown|tested|test-fired|launched|fired)\b"
_NAMED_FLIES = re.compile(
    # ("the Hwasong-12 that flew over Hokkaido on September 15", "a Taepodong-2 that broke up")
    # (or a satellite put into orbit: "the Kwangmyongsong-3 Unit 2 had been put into orbit")
    rf"\b(?P<name>{DESIGNATION}|(?:kwangmyongsong|malligyong)[\w-]*(?:\s+unit\s+\d+)?)"
    # ("when a Taepodong-1 missile flew over the Tohoku region")
    r"(?=(?:\s+(?:ballistic\s+)?(?:missile|rocket))?"
    # ("a second Hwasong-12 from Sunan crossed Hokkaido": where it rose, said between)
    r"(?:\s+from\s+(?:near\s+)?(?:the\s+)?[\w-]+(?:\s+(?:area|district|region))?)?"
    r"\s+(?:(?P<rel>that|which)\s+)?(?:(?:\w+ly|also|again|then|later|once"
    r"|first)\s+)?(?:flew|flies|did\s+fly"
    r"|soared|soars|passe[sd]\s+over|crossed|overflew|lifted\s+off|blasted\s+off"
    r"|arced\s+(?:over|across|into)"
    # "The first Chollima-1 crashed into the sea on May 31"
    r"|crashed|exploded|plunged|disintegrated|broke\s+up"
    # a timeline's present: "The Kwangmyongsong-3 explodes shortly after liftoff", "The
    # Kwangmyongsong-4 enters orbit"
    r"|explodes|crashes|plunges|disintegrates|breaks\s+up|(?:entered|enters)\s+(?:an?\s+)?orbit"
    # ("In July 2006, a Taepodong-2 failed shortly after liftoff", but not what a relative
    # clause adds to a salvo told: "including a Taepodong-2 that failed shortly after liftoff")
    r"|(?<!that\s)(?<!which\s)failed"
    r"(?=\s+(?:\w+\s+)?(?:after|into)\s+(?:its\s+)?(?:lift-?off|launch|take-?off|flight))"
    # "The Taepodong-2 followed from the Musudan-ri launch site", in a salvo told in order
    r"|followed(?=\s+(?:from|at\s+\d))"
    # "The Chollima-1 made its debut at 6:27 a.m. on May 31, 2023"
    r"|made\s+its\s+(?:debut|maiden\s+flight|first\s+flight)|debuted"
    r"|(?:(?:had|has|was|were)\s+(?:\w+ly\s+)?(?:been\s+)?)?"
    r"(?:placed|put)\s+(?:[\w-]+,?\s+){0,5}?in(?:to)?\s+(?:an?\s+)?orbit)\b"
    # "the solid-fuel Hwasong-18, last flown on Dec. 18, 2023"
    rf"|{FIRST_FLOWN})"
)
_NAMED_FLIES_WORDS = (
    "flown",
    "flew",
    "did fly",
    "flies",
    "soar",
    "passe",
    "crossed",
    "arced",
    "lifted",
    "blasted",
    "orbit",
    "crash",
    "explode",
    "plunge",
    "breaks",
    "disintegrat",
    "broke",
    "debut",
    "followed",
    "failed",
)
# Verbs that turn a launch noun into an action: "the test, carried out", "conducted a launch".
_CARRIED = re.compile(r"\b(?:carried\s+out|conducted|staged|made|held)\b")
_CARRIED_BEFORE = re.compile(
    r"\b(?:carried\s+out|conducted|staged|oversaw|overseen|oversees|supervised|guided|observed"
    r"|watched)\s+"
    # "conducted its fifth and sixth flight tests"
    r"(?:[\w-]+\s+){0,5}$"
)
# "an important test-fire of the new-type ICBM Hwasongpho-17 ... was conducted on November 18":
# the noun is the subject of the passive verb, however long its phrase
_CARRIED_PASSIVE = re.compile(
    r"[^,;:.()]{0,120}?"
    # "tests of new long-range cruise missiles, which it said were carried out on Sept. 11"
    r"(?:,\s+which\s+(?:\w+\s+(?:said|says|claimed)\s+)?)?"
    r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:carried\s+out|conducted|staged)\b"
)
_NORTHS = re.compile(r"\b(?:north\s+korea|pyongyang|the\s+north)['’]s\s+$")
# (a day between the noun and its missile: not "in response to North Korea's launch of an IRBM")
_OF_MISSILE_AFTER = re.compile(
    r"\s+(?:last\s+|on\s+|this\s+past\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday"
    r"|sunday)\s+of\s+(?:an?|the|its|two|three|four)\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{_MISSILE}|{DESIGNATION})"
)
# "it would be the North's first SLBM test since October 19 last year": whatever today's was,
# the one since which is real
_FIRST_BEFORE = re.compile(r"\bfirst\s+(?:[\w-]+\s+){0,3}$")
_WHICH_CLAUSE = re.compile(r",\s+(?:which|who)\b[^,]*$")
_GENERIC_OPENING = re.compile(r"(?:(?:today|nowadays|these\s+days|now),?\s+)?")
_GENERIC_AFTER = re.compile(
    r"\s+(?:are|remain|happen|occur|fly|come|tend|carry|take|have\s+become|can|often|usually)\b"
)
_IT_WAS_FIRST = re.compile(r"(?:it|the\s+missile)\s+was\s+(?:first|last|most\s+recently)\s+")
_TESTED_TYPE = re.compile(
    r"\s+(?:that|the\s+same|this|a\s+new)\s+(?:type|model|variant|version|design)\b"
    r"|\s+(?:that|this|the\s+same)\s+(?:system|weapon)\b"  # "it tested the same system again"
)
_SHOT_OBJECT = re.compile(r"\s+(?:up|off|a|an|two|three|four|\w+\s+missiles?)\b")
FLIGHT = re.compile(
    r"\b(?:flew|flown|travell?ed|fell|landed|splashed\s+down|crashed|exploded|(?<!which\sit\s)(?<!that\sit\s)blew\s+up(?!\s+(?:the|its|their|a|an)\s)|"
    r"reached|soared|c(?:ame|omes)\s+down|lift(?:ed|s)\s+off|blast(?:ed|s)\s+off|"
    # a timeline's present: "A Rodong lands in Japan's EEZ", "A Musudan explodes seconds after"
    r"flies|lands|explodes|crashes|climbs|soars|breaks\s+(?:up|apart)|went\s+up(?=\s+(?:at|around|about|shortly|to|(?:well\s+)?(?:above|over|beyond)|more\s+than)\b)|plunged|malfunctioned|disintegrated|broke\s+(?:up|apart)"
    # "a Taepodong-2 failed shortly after liftoff"
    r"|failed(?=\s+(?:\w+\s+)?(?:after|into)\s+(?:its\s+)?(?:lift-?off|launch|take-?off|flight))"
    # "North Korean rockets had crossed Japan only twice, in 1998 and 2009"
    r"|(?:crossed|overflew|passed\s+over)\s+(?:over\s+)?"
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?ern\s+)?(?:japan|hokkaido|honshu|the\s+japanese)"
    # "An Unha-3 rocket left the Sohae launch site at about 00:30 UT"
    r"|(?:left|cleared)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:launch\s+(?:pad|site|tower)|pad)"
    # "the satellite had been successfully placed into orbit", "placed in orbit"
    # ("placed an earth observation satellite, the Kwangmyongsong-4, into orbit")
    r"|(?:placed|places|placing|put|puts|putting|entered|enters|inserted|inserts)"
    r"\s+(?:[\w-]+,?\s+){0,7}?in(?:to)?\s+(?:an?\s+)?orbit)\b"
)

# A flight's first moments: where it rose is told with them
LIFTED = re.compile(r"\b(?:went\s+up|lifted\s+off|blasted\s+off|took\s+off)\s+[^;]{0,40}?\bfrom\b")
# "Pyongyang had threatened in August to fire missiles into the waters around Guam"
_THREATEN_TO = (
    r"(?:threaten|vow)\w*\s+(?:(?:again|repeatedly|publicly|openly|earlier|last|this|in|on)"
    r"\s+(?:[\w.]+\s+){0,2}?)?to"
)
# A launch governed by one of these has not happened (yet): plans, warnings, capabilities.
_UNREAL = re.compile(
    r"\b(?:will|would|shall|(?<!since\s)(?<!\bin\s)(?<!\bof\s)(?<!late\s)(?<!early\s)"
    r"(?<!last\s)(?<!the\s)(?<!its\s)(?<!that\s)may(?!\s*[\d,.;])|might|could|can|plans?\s+(?:\w+\s+){0,2}to|planning\s+to|planned|intends?\s+to|"
    # "approved the plan for its launch"
    r"plans?\s+for|"
    r"prepar\w*\s+(?:to|for)|expected\s+to|set\s+to|threats?\s+to|"
    rf"{_THREATEN_TO}|"
    r"ready\s+to|close\s+to|on\s+the\s+verge\s+of|"
    # "insisted it had every right to test-fire a missile": a right claimed, not used
    r"rights?\s+to|"
    r"abandon|refrain\s+from|halt|stop|suspend\w*|ban\w*|moratorium\s+on|notif\w+|"
    r"capable\s+of|able\s+to|possible|potential|imminent|upcoming|another\s+possible|"
    # "any possibility of an additional launch around the inauguration on Tuesday?"
    r"(?:possibility|likelihood|chance|prospect|risk|option)\s+of|"
    r"signs?\s+of|preparations?\s+for|in\s+case\s+of|any\s+further|"
    # "until the window closes on Wednesday in case North Korea attempts a second launch"
    r"in\s+case\s+(?:north\s+korea|pyongyang|the\s+north|it|they)?|future|"
    r"claim\w*\s+to\s+show|purport\w*(?:\s+to\s+show)?|"
    # "hasn't even pretended it was launching a satellite", "under the guise of a satellite"
    r"pretend\w*|pretext\s+of|guise\s+of|disguised\s+as|"
    r"brac\w+\s+for|watch\w*\s+for|on\s+alert\s+for|"
    # "stepped up warnings to North Korea not to test-fire a long-range missile"
    r"\bnot\s+to|"
    r"(?:not|never)\s+(?:detected|observed|seen|spotted|confirmed|recorded)\s+any|"
    r"\bno\s+(?:[\w-]+\s+)?(?:reports?|announcements?|record|evidence|word)\s+of|"
    # "some users wrote that they thought a missile had been launched", "The drill assumed that
    # a missile fired by North Korea would fall": believed or supposed, not seen
    r"thought|feared|fears?\s+of|assum(?:ed|es|ing)|premised\s+on|simulat\w+|hypothetical|notional|scenarios?|"
    # "dismissed rumours circulating online that North Korea had fired a missile", "An earlier
    # version of this alert incorrectly said North Korea fired missiles"
    r"rumou?rs?\s+(?:[\w-]+\s+){0,3}?that|(?:incorrectly|erroneously|wrongly|mistakenly|falsely)\s+"
    r"(?:said|reported|stated|claimed)|"
    # "Although no intercontinental ballistic missile was launched"
    r"\bno\s+(?:[\w-]+\s+){0,3}(?:missile|launch|rocket|icbm|projectile)s?\s+(?:was|were|had\s+been|has\s+been)|"
    r"(?:could|might|may|would|will)\s+(?:carry\s+out|conduct|stage|attempt|make|perform)\s+[\w\s,'’-]{0,50}|"
    # "If it goes ahead, the launch would scuttle the deal": a launch on a condition
    r"\b(?:if|unless)\s+(?:it|they|north\s+korea|pyongyang|the\s+north|the\s+(?:[\w-]+\s+)?"
    r"(?:launch|test|plan))\s+(?:does\s+|do\s+)?(?:go(?:es)?\s+(?:ahead|forward)|proceeds?"
    r"|takes?\s+place|happens?)\b(?:\s+with)?)"
    # (the doubt stays in its clause: "while the team was preparing for the match, North Korea
    # fired")
    r"\b(?:(?!,\s+(?:north\s+korea|pyongyang|the\s+north)\b)[\w\s,'’-]){0,30}$"
)
# "wrongly announcing shortly after noon on Saturday that a rocket had been fired": what was
# said in error, however far the verb stands from it
_WRONGLY_THAT = re.compile(
    r"\b(?:incorrectly|erroneously|wrongly|mistakenly|falsely)\s+(?:said|saying|report\w*"
    r"|announc\w*|stat(?:ed|ing)|claim\w*|warn\w*)\b[^.;]{0,70}?\bthat\s"
    r"[^.;,]{0,40}$"
)
# "who had hoped to mark the centenary of his grandfather's birth on Sunday with a successful
# launch": the launch wished for, however far the occasion stands from it
_HOPED_WITH = re.compile(
    r"\b(?:hop(?:e|es|ed|ing)|wish\w*|want\w*|aim\w*|intend\w*|sought|seek\w*)\s+to\s+"
    r"(?:mark|celebrate|commemorate|greet|honou?r|crown|cap)\b[^.;:]{0,110}?\bwith\s+"
    r"(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}$"
)
# "signs that a launch was imminent", "a launch is expected": announced, not done.
_UNREAL_AFTER = re.compile(
    r"\s+(?:was|is|were|are|could\s+be|would\s+be|may\s+be|might\s+be|seemed|appeared|looked)"
    r"\s+(?:\w+\s+)?(?:imminent|expected|planned|likely|possible|near|coming|under\s+way|ready)\b"
    r"|\s+(?:preparations?|plans?|window|period|notice|notification)\b"
    # "the government briefly announced a launch in error"
    r"|\s+(?:in\s+error|by\s+mistake)\b"
    # "the launch could come as early as Sunday"
    r"|\s+(?:could|might|may|would|will)\s+(?:\w+ly\s+)?(?:come|happen|occur|take\s+place)\b"
    # "a third launch will be carried out in October"
    r"|\s+(?:could|might|may|would|will|is\s+to|was\s+to)\s+(?:\w+ly\s+)?be\s+"
    r"(?:carried\s+out|conducted|staged|made|held)\b"
)
# "... a satellite launch or an ICBM flight test": another in the same breath
_OR_ANOTHER = re.compile(r"\s+(?:or|and)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}$")
_SIMULATED = re.compile(r"\bsimulated\b")  # (not "a drill simulating a counterattack, firing")
_WILL_BE_AND = re.compile(
    r"\b(?:will|would|shall|is\s+to|are\s+to)\s+be\s+\w+ed\b[^.;]{0,60}?\band\s+$"
)
# "the window North Korea has set for launching a rocket next month": a launch to come
_FUTURE_AFTER = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?(?:next\s+(?:week|month|year|spring|summer|autumn|fall|winter"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow"
    r"|later\s+this\s+(?:week|month|year)|in\s+the\s+coming\s+(?:days|weeks|months))\b"
)
_SENT_OVER = re.compile(r"\s+(?:over|across)\s+(?:northern\s+)?(?:japan|hokkaido|honshu|tohoku)\b")
_SENT_ALOFT = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,5}}?(?:{_MISSILE}|{DESIGNATION})\s+(?:[\w-]+\s+){{0,3}}?"
    r"(?:soaring|flying|into|over|toward|towards|aloft|up)\b"
)
# How a flight ends badly: "exploded", "broke apart", "disintegrated about a minute into its flight"
_BROKE_UP = r"exploded|blew\s+up|broke\s+(?:up|apart)|disintegrated|crashed|failed"
_FAILED = re.compile(
    rf"\b(?:{_BROKE_UP}|fail|failures?|ended\s+in|succeeded|success(?:ful)?|broke|fizzled)\b"
)
# A place or a body named after launches, not a launch: "the Sohae Satellite Launching Ground",
# "a launch pad", "the Missile General Bureau", "missile defense".
_WITHOUT_BEFORE = re.compile(r"\bwithout\s+(?:an?|any)\s+(?:[\w-]+\s+)?$")
_PLACE_AFTER = re.compile(
    r"\s+(?:ground|station|site|pad|facility|complex|tower|cent(?:er|re)|general\s+bureau"
    r"|bureau|administration|defen[cs]e|industry|vehicle"
    # "tanks and launch trucks passed below": the equipment, not a launch
    r"|truck|lorr(?:y|ie)|tube|canister|platform|erector|transporter|unit"
    # "holding a launching ceremony late last month for a 5,000-ton destroyer"
    r"|ceremon(?:y|ie))s?\b"
)
_NOT_MISSILE_TEST = re.compile(
    # ("its first-ever nuclear weapons test", "a nuclear device test")
    r"\b(?:nuclear|engine|ground|static|motor|underground|bomb|warhead|atomic"
    # ("the monthly statewide siren test on Friday")
    r"|sirens?|alarm|alert|evacuation)"
    r"(?:\s+(?:weapons?|device|explosion|detonation))?\s+$"
)
# "the engine which had been tested on the ground in March": an engine's test, not a launch
_ENGINE_THAT_WORDS = r"engines?\s+(?:that|which)\s+(?:[\w'’-]+\s+){0,5}"
_ENGINE_THAT = re.compile(rf"\b{_ENGINE_THAT_WORDS}$")
_NUCLEAR_OBJECT = re.compile(
    r"s?\s+of\s+(?:a\s+|an\s+|its\s+|the\s+)?(?:[\w-]+\s+)?(?:nuclear|atomic|hydrogen|thermonuclear)\b"
)
# "has launched dozens of missiles over the past several years": many launches summed up.
SUMMED_UP = re.compile(
    r"\b(?:dozens|scores|hundreds)\s+of|\bmore\s+than\s+\d+\s+(?:\w+\s+){0,3}(?:missiles|launches"
    # ("more than 10 times the height of the space station" compares, it does not count)
    r"|tests|times(?!\s+(?:the|as|higher|farther|further|longer|bigger|faster)\b))|\b(?:a\s+string|a\s+spate|a\s+series|a\s+record\s+number)\s+of\b|\bover\s+the\s+(?:past|last)"
    # ("has fired six projectiles over the past three days": the days' sum)
    r"\s+(?:several\s+|few\s+|\w+\s+)?(?:years|months|decades|month|weeks|days)|\bin\s+recent\s+(?:years|months)|\bsince"
    r"\s+the\s+start\s+of\b|\bmany\s+(?:missile\s+)?(?:launches|tests)\b|\bover\s+the\s+course\s+of"
    # (not "at least six more followed over the course of the day": one day's salvo)
    r"(?!\s+(?:the|that|a)\s+(?:day|morning|afternoon|evening|night)\b)"
    r"|\bthroughout\s+the\s+year"
    # "had flown two types of intercontinental ballistic missile": kinds, each flown its times
    r"|\b(?:two|three|four|five|six|several|\d+)\s+(?:new\s+|different\s+)?(?:types|kinds"
    r"|classes|varieties)\s+of\b"
    # (not "North Korea fired a total of seven ballistic missiles ... beginning at around 8
    # a.m.": one salvo's total; but "has fired a total of 13 missiles")
    r"|\b(?:has|have|had)\s+(?:fired|launched)\s+a\s+total\s+of\b"
    r"|(?<!\bfired\s)(?<!launched\s)\ba\s+total\s+of\b"
    r"|\bat\s+least\s+\d{2,}\s+(?:\w+\s+){0,2}missiles"
    r"\s+(?:over|during|in|since|this|last)\b"
    # "fired fewer ballistic missiles in 2023 than in its record-setting 2022"
    # (not "fired six more missiles in the afternoon": the day's tally grew)
    r"|\b(?:fewer|more)\s+(?:[\w-]+\s+){0,3}(?:missiles|launches|tests)"
    r"\s+(?:in(?!\s+the\s+(?:morning|afternoon|evening|night)\b)|this|last|than)\b"
    # "has launched ballistic missiles at an unprecedented frequency", "at a record pace"
    r"|\bat\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:pace|rate|frequency|clip)\b"
    # "The North has launched five ICBMs this year": a year's tally
    r"|\b(?:has|have)\s+(?:now\s+|already\s+)?(?:launched|fired|tested)\s+(?:two|three|four|five"
    r"|six|seven|eight|nine|ten|\d+)\s+(?:[\w-]+\s+){0,3}?(?:missiles|icbms|srbms|irbms|rockets"
    r"|launches|tests|times)\s+(?:this\s+year|so\s+far|in\s+(?:19|20)\d\d|since)\b"
)
# "Pyongyang had repeatedly fired ballistic missiles": launches summed up, unless a date picks one.
REPEATED = re.compile(
    r"\b(?:repeatedly|routinely|frequently|regularly|rarely|seldom|often)\s+(?:\w+\s+)?"
    r"(?:fired|launched|tested)\b"
)
# "has been launching ballistic missiles", "conducted repeated launches of ICBM-class weapons":
# launches summed up, when no other launch word in the sentence tells one
HABITUAL = re.compile(
    r"\bha(?:s|ve)\s+been\s+(?:launching|firing|test-firing|testing)\b"
    # (not "continued with launches of cruise missiles", the verb after launches told)
    r"|\b(?:repeated|successive|continued|consecutive)\s+(?!with\b)(?:[\w-]+\s+){0,2}?"
    r"(?:launches|tests|firings)\b"
    # "Look at the missiles being launched by North Korea, again and again"
    # (not "In May it launched its Musudan again and again", one story's string of launches)
    r"|\bbeing\s+(?:launched|fired|tested)\s+(?:[\w-]+,?\s+){0,4}?"
    r"(?:again\s+and\s+again|time\s+and\s+again|over\s+and\s+over)\b"
)
# Launches by others, which the index must not count as North Korea's.
_FOREIGN_ACTOR = re.compile(
    r"\b(?:(?:[Tt]he\s+)?South\s+Korea(?:n)?|Seoul|[Tt]he\s+South\b|South's|(?:the\s+)?United\s+States|U\.S\.|US|"
    r"American|Washington|Japan(?:ese)?|Tokyo|Russia(?:n)?|China|Chinese|Pentagon|NASA|SpaceX|"
    r"Ukrain\w*|Iran(?:ian)?|Israel\w*|India(?:n)?|DRDO|Pakistan(?:i)?|Taiwan(?:ese)?|France|French|(?:Ground|Maritime|Air)\s+Self-Defen[cs]e\s+Forces?|"
    r"Self-Defen[cs]e\s+Forces?|[GMAJ]SDF|ROK|RoK|(?<!People's\s)(?<!People’s\s)Republic\s+of\s+Korea|Agency\s+for\s+Defen[cs]e\s+Development|ADD|"
    # South Korea's presidents: "President Moon Jae-in on Friday observed a test launch"
    r"(?:President\s+)?(?:Moon\s+Jae-in|Yoon\s+Suk[\s-]yeol|Lee\s+Jae-myung|Park\s+Geun-hye|"
    r"Lee\s+Myung-bak)|President\s+(?:Moon|Yoon)"
    # "The allies' Army Tactical Missile System missiles were fired": Seoul and Washington
    r"|(?:[Tt]he\s+)?allies|[Aa]llied(?:\s+forces)?"
    # "Korea's first space rocket blasted off": Korea alone is the South
    # (not "the Democratic People's Republic of Korea's launch")
    r"|(?<!North\s)(?<!north\s)(?<!Republic\sof\s)Korea['’]s)\b"
    # ("U.S." ends in a stop, after which \b finds no word edge: "The U.S. Air Force")
    r"|\bU\.S\.(?=\s)"
)
# Naming North Korea: a sentence without it, after one about another country's launch, is
# still about that launch ("The missile lifted off at 11:01 p.m. Pacific time").
NORTH = re.compile(
    r"\b(?:North\s+Korea\w*|Pyongyang|[Tt]he\s+North\b|North's|North’s|DPRK|Kim\s+Jong[\s-]+Un)"
)
_NORTH = re.compile(
    r"\b(?:North\s+Korea\w*|Pyongyang|the\s+North|North's|DPRK|Kim(?:\s+Jong[\s-]+Un)?|it|"
    r"they|the\s+country|the\s+regime)\b"
)
# Other countries' missiles, each by the word that finds it cheaply and its pattern
_OTHER_MISSILES = {
    "agni": r"agni(?:-\w+)?",
    "prithvi": "prithvi",
    "brahmos": "brahmos",
    "ghauri": "ghauri",
    "shaheen": "shaheen",
    "babur": "babur",
    "ababeel": "ababeel",
    "sarmat": "sarmat",
    "yars": "yars",
    "bulava": "bulava",
    "kinzhal": "kinzhal",
    "zircon": "zircon",
    "dongfeng": "dongfeng",
    "df-": r"df-\d+",
    "jl-": r"jl-\d",
}
_FOREIGN_HARDWARE = re.compile(
    # (not the missile's virtue: "makes interception difficult", "harder to intercept")
    r"\b(?:(?<!evade\s)(?<!evading\s)(?<!avoid\s)(?<!elude\s)(?<!defeat\s)(?<!makes\s)"
    r"(?<!make\s)(?<!hard\sto\s)(?<!harder\sto\s)(?<!difficult\sto\s)"
    r"intercept\w*(?!\s+(?:more\s+)?difficult)|standard\s+missile|destroyer|frigate|(?:missile|ballistic)\s+target"
    r"|target\s+(?:missile|vehicle)|the\s+target(?=,|\s+(?:was|were)\b)|hyunmoo|haeseong|haesong|cheonryong|chonryong|atacms|army\s+tactical\s+"
    r"missile|taurus|pac-3|thaad|sm-3|sm-6|patriot|minuteman|trident|tomahawk|aegis|"
    r"falcon|nuri|naro|kslv(?:-\w+)?|ksr-\d|korea\s+space\s+launch\s+vehicle|hwasong\s+dummy"
    # South Korea's submarines
    r"|(?:dosan\s+)?ahn\s+chang-ho|kss-iii|chang\s+bogo"
    # other countries' missiles: India's, Pakistan's, Russia's, China's
    + "|"
    + "|".join(_OTHER_MISSILES.values())
    + r")\b"
)
# Shown, not flown (but "which the North unveiled with a test from Sondok on Aug. 24" was fired)
_UNVEILED = (
    r"unveil\w*"
    r"(?!\s+(?:it\s+)?(?:with|by|in)\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+)?(?:test|launch|firing))"
)
_NOT_A_LAUNCH = re.compile(
    r"\b(?:nuclear\s+test|(?:hydrogen|atomic|h-)\s*bomb\s+test"
    # ("it had successfully tested a hydrogen bomb that could be loaded onto an ICBM")
    r"|tested\s+(?:an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:hydrogen|atomic|nuclear|thermonuclear|h-)"
    r"\s*(?:bombs?|devices?)|engine\s+(?:test|firing)\w*|(?:test\w*|fir(?:ed|es|ing|ings))\s+(?:of\s+)?(?:an?\s+|the\s+)?"
    r"[\"“]?(?:[\w-]+\s+){0,3}(?:engines?|motors?)|parade|displayed|exhibit\w*|(?:first|publicly)\s+shown"
    rf"|{_UNVEILED}"
    # (not KCNA's "a joint striking drill involving ... Hwasong-11 tactical ballistic missiles":
    # its word for a firing)
    r"|(?<!launching\s)(?<!launch\s)(?<!striking\s)drills?|artillery|"
    # "the North moved two Musudan intermediate-range missiles to its east coast"
    r"(?:moved|deployed|transported|positioned|relocated|hauled)\s+(?:[\w-]+\s+){0,4}?(?:missiles|rockets)|"
    r"shells?|exercises?|(?:ground|static)\s+(?:[\w-]+\s+)?test|rally"
    # "the engine that the North said it tested on the ground last month"
    rf"|{_ENGINE_THAT_WORDS}tested|tested\s+on\s+the\s+ground"
    # "fired about 400 rounds from K9 self-propelled howitzers"
    r"|(?:\d[\d,]*|hundreds\s+of|dozens\s+of)\s+(?:artillery\s+)?rounds|howitzers?|mortars?"
    r"|warning\s+shots?)\b"
)

# Many launches summed up over a month or a year ("a record number of missiles last year")
# are not one launch.
AGGREGATE = re.compile(
    # (not "the flight-time record of 74 minutes set in July": one flight's)
    r"\b(?:(?<!flight\s)(?<!flight-time\s)record|record(?![^.;]{0,50}?\b(?:set|recorded)\b)"
    r"|dozens\s+of|scores\s+of|a\s+total\s+of|many|numerous|a\s+number\s+of"
    r"|(?<![\w-])\d{2,}\s+(?:[\w-]+\s+){0,2}(?:launches|tests|missiles)"
    # ("more than 2,000 km" is a height, not a sum)
    r"|more\s+than\s+\d+\s+(?:[\w-]+\s+){0,2}(?:launches|tests|missiles|rockets|projectiles|times))\b"
)
# Before a date: the launch it dates is an earlier one than the story's.
# (not "Members who follow the satellite pages": readers who follow the news)
# (not "reported the following day that it had tested a Hwasong-17": a day, no event before)
BACKGROUND_MARKER = re.compile(
    r"\b(?:(?<!who\s)(?!following\s+(?:day|morning|afternoon|evening|night|week)\b)follow\w*"
    r"|after|since|previous|preceding|prior|last|ago)\b"
)
# A sentence opening that points back at an earlier launch just mentioned.
ANAPHORA = re.compile(
    r"^(?:That|Those|The\s+(?:earlier|previous|former|prior)|The\s+(?:first|second)\s+(?:launch|"
    r"test|firing)|Back\s+then|At\s+th(?:e|at)\s+time|In\s+that|On\s+that)\b"
    # "South Korea's military said that missile flew ...", "US officials identified that missile
    # as an extended-range Scud": the one just named
    r"|^[^;:]{0,80}?\b(?:that\s+(?:missile|projectile|"
    r"rocket|launch|test|firing|drill|salvo)\b|those\s+(?:\w+\s+)?(?:missiles|projectiles|rockets|launches|tests)\b)"
    # "South Korea's military said at the time that the North had fired two missiles that day"
    r"|^[^;:]{0,80}?\b(?:at\s+th(?:e|at)\s+time|that\s+day)\b"
    # "State media said the next day that the weapon was a new hypersonic missile"
    r"|^[^;:]{0,60}?\b(?:said|reported|announced|claimed)\s+(?:on\s+)?the\s+(?:next|following)\s+day\b"
    # "State media later said Kim had observed the test of a new hypersonic missile"
    r"|^[^;:,]{0,40}?\b(?:later|subsequently)\s+(?:said|reported|announced|claimed)\b"
)
# A web page's aside on another time: a link to another story, a file photo's caption ("FILE -
# This photo ... shows the launch of a Hwasong-15 on Nov. 29, 2017"); and the heading of a list
# of links
ASIDE_LINE = re.compile(
    r"\s*(?:(?:related|read\s+more|watch|see\s+also|also\s+read|more|recommended|listen)\s*:"
    r"|file\s*(?:photo\s*)?[-—–:])",
    re.IGNORECASE,
)
LINKS_HEADER = re.compile(
    r"\s*(?:related(?:\s+(?:coverage|news|articles|stories|content|links|reading))?|read\s+more"
    r"|more\s+on\s+this(?:\s+story)?|you\s+may\s+also\s+like|recommended(?:\s+stories)?"
    r"|more\s+stories|most\s+read)\s*:?\s*",
    re.IGNORECASE,
)
HEADING = re.compile(r"^\s*(?:[\[(].*[\])]|\*\*[^*]+\*\*|#{1,6}\s.*)\s*$", re.DOTALL)


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    kind: str  # "action" | "noun" | "missile"


_CLAIM_LINE = re.compile(r"\s*(?:the\s+)?(?:false\s+)?(?:claims?|rumou?rs?)\s*:")
_MOCK_BEFORE = re.compile(
    r"\b(?:simulat\w*|hypothetical|notional|scenario|imaginary|fictional)\b[^.;]{0,50}$"
    # "a mock J-Alert warning was broadcast over loudspeakers telling residents that a missile
    # had been fired": what a mock says, however far its clause runs
    r"|\bmock\b[^.;]{0,140}$"
    # "sent out a test message ... telling residents that a missile had been launched"
    r"|\btest\s+(?:message|alert|warning|broadcast)s?\b[^.;]{0,140}$"
    # A false report: "when the government mistakenly announced at around 12:16 p.m. that North
    # Korea had launched the rocket", "NHK mistakenly sent an alert on Tuesday evening saying
    # North Korea had likely launched", "Japan wrongly reported a launch in 2009"
    r"|\b(?:mistakenly|wrongly|erroneously|falsely|accidentally)\s+(?:announced|reported|said"
    r"|claimed|detected|sent|issued|pushed|broadcast|transmitted|triggered|posted)\b[^;]{0,70}$"
    # ... and what it said: "retracted an announcement that North Korea had launched a rocket",
    # "a false alarm of an incoming ballistic missile"
    r"|\b(?:retract\w*|withdr[ae]w\w*|correct\w*|erroneous\w*|mistaken\w*|false|wrong\w*)\s+"
    r"(?:an?\s+|the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:announcement|report|alert|alarm|warning"
    r"|flash|information|statement|claim)s?\s+(?:that|saying|warning|of)\b[^.;]{0,30}$"
    # 'The flash, sent at 6:55 p.m., read: "North Korea likely to have launched missile.': the
    # words of an alert, quoted
    r"|\b(?:read|reads|reading)\s*:\s*[\"“][^\"”]{0,140}$"
)
# Who spreads what a fact-check corrects
_POSTERS = (
    r"\b(?:posts?|tweets?|videos?|clips?|messages?|users?|accounts?|rumou?rs?|captions?|hoax\w*"
    r"|social\s+media)\b"
)
_CLAIMED_BEFORE = re.compile(
    rf"{_POSTERS}[^.;]{{0,80}}?\b(?:claimed|claiming|claims|alleged|alleging)\s+(?:that\s+)?"
    r"(?:north\s+korea|pyongyang|the\s+north|kim(?:\s+jong[\s-]un)?)\s+(?:had\s+|has\s+)?[\"“]?$"
)
# "Some widely shared posts called the missiles ICBMs": a class a rumour gave
_CLASS_CLAIMED_BEFORE = re.compile(
    rf"{_POSTERS}[^.;]{{0,60}}?\b(?:called|calling|labell?ed|labell?ing|described|claimed|dubbed)"
    r"\b[^.;]{0,40}$"
)


def class_claimed(low: str, at: int) -> bool:
    """Is the class named at ``at`` what posts or rumours called the missile, which a
    fact-check then corrects?"""
    return bool(_CLASS_CLAIMED_BEFORE.search(low, max(0, at - 120), at))


_QUOTED_POST = re.compile(
    r"[\"“](?P<quote>[^\"”]{10,400})[\"”]\s*,?\s*(?:reads?|said|says|claims?|claimed)\s+"
    r"(?:a|an|one|the|another)\s+(?:[\w-]+\s+){0,2}?(?:posts?|tweets?|captions?|messages?"
    r"|videos?|clips?|headlines?|threads?)\b"
)


def triggers(sentence: str, told: bool = False) -> list[Trigger]:
    """Launch words in a sentence that speak of a real, past launch by North Korea. ``told``:
    the story has told of launches, so "The first test came on April 13" is one of them."""
    low = lower(sentence)
    found: list[Trigger] = []
    if _CLAIM_LINE.match(low):
        return []  # a fact-check's "CLAIM: North Korea fired a missile over South Korea ..."
    # ""BREAKING: North Korea just fired a missile over Japan!!" reads one post": a claim
    posted = _QUOTED_POST.match(low) if low.startswith(('"', "“")) else None
    unreal_until = -1  # "it would launch a satellite": the satellite is not launched either
    artillery = False  # rounds fired: "double the number fired by the North" is shells too
    for m in TRIGGER.finditer(low):
        start, end = m.span()
        if start and (low[start - 1].isalnum() or low[start - 1] == "-"):
            continue  # inside a word: "misfired", "pre-launch"
        kind = m.lastgroup or "noun"
        word = m.group(0)
        if _PLACE_AFTER.match(low, end):
            continue  # a place or a body, not a launch
        if posted and end <= posted.end("quote"):
            continue
        if (
            kind != "action"
            and word.endswith("s")
            and _GENERIC_OPENING.fullmatch(low, 0, start)
            and _GENERIC_AFTER.match(low, end)
        ):
            continue  # "Today launches are routine.": launches in general
        if kind != "action" and (
            (low.endswith("no ", 0, start) and not low[start - 4 : start - 3].isalnum())
            or _WITHOUT_BEFORE.search(low, max(0, start - 20), start)
        ):
            continue  # "There was no launch on Tuesday", "closed at 4 p.m. without a launch"
        if _MOCK_BEFORE.search(low, max(0, start - 150), start):
            continue  # "a mock J-Alert warning that 'a missile has been launched'", a drill's
        before = low[max(0, start - 60) : start]
        if kind == "action" and imagined(low, start, end, since=_clause_start(low, start)):
            # "A solid-fuel ICBM launched on a lofted trajectory ... would confirm", "told
            # residents that a missile fired from North Korea could reach the islands"
            continue
        if kind == "action" and _NEGATED_BEFORE.search(before) and not _SINCE_AFTER.match(low, end):
            continue  # "Pyongyang has not launched a missile for more than six months"
        if (
            kind == "action"
            and word in {"launched", "fired"}
            and _GENERIC_PLURAL_BEFORE.search(low, max(0, start - 90), start)
            and not _DAY_AFTER.match(low, end)
        ):
            # "to detect and assess missiles launched by North Korea", "delays in tracking
            # missiles, particularly those fired on a lofted trajectory": missiles in general
            continue
        if (
            kind == "action"
            and (
                word in {"fires", "launches"}
                or word.startswith(("lifts", "blasts"))
                or _PRESENT_PASSIVE.search(before)
            )
            and _HABIT_BEFORE.search(before)
        ):
            # "When North Korea fires a missile that cannot reach ...", "data on missiles as
            # soon as they are launched", "track a missile from the moment it lifts off": a habit
            continue
        if kind == "action" and word.startswith("shot") and not _SHOT_OBJECT.match(low, end):
            continue
        if kind == "action" and _CLAIMED_BEFORE.search(low, max(0, start - 160), start):
            # "A post shared thousands of times claimed North Korea had "fired rockets at Guam"":
            # what a rumour says happened, not what did
            continue
        if word == "flew" and not (_missile_near(low, end, 60) or _missile_near_before(low, start)):
            continue  # "North Korea flew drones across the border"
        if word == "rose" and not _missile_near_before(low, start, 40):
            continue  # "tensions rose from ..."
        if word == "launching" and low.startswith(" drill", end):
            kind = "noun"  # KCNA's "launching drill of ICBM Hwasong-15" is a launch
        elif kind == "action" and word.startswith("launch") and _LAUNCHED_OTHER.match(low, end):
            continue  # "launched their annual Freedom Shield exercise", "launched a probe"
        elif word.startswith("launch") and _VESSEL_AFTER.match(low, end):
            continue
        elif (
            kind == "noun"
            and _MODAL_AFTER.match(low, end)
            and _INDEFINITE_BEFORE.search(low, max(0, start - 30), start)
        ):
            continue  # "What a satellite launch would tell us": any such launch, imagined
        if (
            kind == "action"
            and word.startswith("launch")
            and (
                _VESSEL_BEFORE.search(low, max(0, start - 60), start) or _INTO_WATER.match(low, end)
            )
        ):
            continue  # "the submarine was launched into the water at a ceremony"
        if word in {"launched", "launches"} and _PRODUCT_BEFORE.search(
            low, max(0, start - 60), start
        ):
            # "a blockchain platform, the Marine Chain Token, launched in 2017", "production
            # launches Friday"
            continue
        if (
            kind == "action"
            and word == "sent"
            and not _SENT_ALOFT.match(low, end)
            # "the same type (of missile) the North sent over Hokkaido on Aug. 29"
            and not (_SENT_OVER.match(low, end) and _missile_near_before(low, start))
        ):
            continue  # "sent its new Hwasong-15 soaring", not "sent a delegation"
        if (
            kind == "action"
            and word.endswith("tested")
            and (
                not (
                    _missile_near(low, end, 110)
                    or _missile_near_before(low, start, 110)
                    or _TESTED_TYPE.match(low, end)  # "first tested that type on April 13"
                    # "The Hwasong-18 is North Korea's first solid-fuel ICBM. It was first
                    # tested on April 13th": the missile just named
                    or (told and _IT_WAS_FIRST.fullmatch(low, 0, start))
                )
                or _TESTED_OTHER.match(low, end)
            )
        ):
            continue  # (and "tested an underwater 'nuclear attack drone'" is no missile)
        if kind == "action" and word.startswith("fir") and _ROUNDS_OBJECT.match(low, end):
            artillery = True
            continue  # "fired about 400 rounds from K9 howitzers": artillery
        if (
            kind == "action"
            and word.startswith("fir")
            and not (
                _missile_near(low, end, 120)
                or _missile_near_before(low, start)
                or _COUNTED_SUBJECT.search(low, max(0, start - 30), start)
                or _MORE_OBJECT.match(low, end)
                # "The North fired one on April 15 ... and two on April 28": of those just told
                or (told and _NUMBER_OBJECT.match(low, end))
                # "Well, it was fired at about half past five": the missile just told of
                or (told and _PRONOUN_SUBJECT.search(low, max(0, start - 30), start))
                # "Fired near Kusong at a lofted angle, it reached an altitude of 2,111 km":
                # what flew that high is a missile
                or _FLOWN_FIGURES.search(low, end, end + 120)
            )
        ):
            continue
        if (
            kind in {"action", "noun"}
            and (
                (
                    (unreal := _UNREAL.search(before))
                    and not (
                        kind == "noun"
                        and _FIRST_BEFORE.search(before[-40:])
                        and low.startswith(" since ", end)
                    )
                    # "The Taepodong-2, which officials believe could one day reach Alaska, lifted
                    # off": the doubt stays in its clause
                    and not (
                        kind == "action"
                        and _WHICH_CLAUSE.search(
                            low, max(0, start - 160), start - len(before) + unreal.start()
                        )
                        and "," in before[unreal.start() :]
                    )
                )
                or _UNREAL_AFTER.match(low, end)
                or _FUTURE_AFTER.match(low, end)
                or _HOPED_WITH.search(low, max(0, start - 150), start)
                or _WRONGLY_THAT.search(low, max(0, start - 150), start)
                # "a moratorium on nuclear and long-range missile tests"
                or _BANNED_OBJECT.search(before)
                # "rockets to be launched", "ordered that it be launched as planned", "enough to
                # overwhelm defenses if fired in a salvo"
                or (
                    kind == "action"
                    and (before.endswith(("if ", "unless ")) or _BE_BEFORE.search(before))
                )
                # "a new solid-fuel ICBM that North Korea has never flight-tested"
                or (kind == "action" and _NEVER_BEFORE.search(before))
                # "will be carried by an Unha-3 rocket and lifted off from the new Sohae ..."
                or (kind == "action" and _WILL_BE_AND.search(before))
                # "a simulated warning over outdoor loudspeakers said a missile had been launched"
                or ("simulated" in low and _SIMULATED.search(low, 0, start))
            )
        ):
            unreal_until = end + 40
            continue
        if kind in {"action", "noun"} and _NOT_MISSILE_TEST.search(before[-25:]):
            continue  # "two nuclear tests", "an engine test"
        if (
            kind == "action"
            and word.startswith("test")
            and (_ENGINE_THAT.search(before[-60:]) or low.startswith(" on the ground", end))
        ):
            continue  # "the engine which had been tested on the ground in March"
        if word.startswith("test") and _NUCLEAR_OBJECT.match(low, end):
            continue  # "its first test of a nuclear weapon"
        if word.startswith("weapon") and _NOT_MISSILE_TEST.search(before[-25:]):
            continue  # "a nuclear weapon" is not a missile
        if kind == "missile" and _NOT_THE_MISSILE_AFTER.match(low, end):
            continue  # "a false ballistic missile alert", "missile defense": no missile flew
        if kind == "missile" and (
            start < unreal_until
            or _UNREAL_THING.search(low, max(0, start - 60), start)
            # (but "an alert wrongly stated that a missile had passed over Japan": the missile
            # flew, its path was the error)
            or (
                _WRONGLY_THAT.search(low, max(0, start - 150), start)
                and not FLIGHT.search(low, end, end + 40)
            )
            # "it will make a third reconnaissance satellite launch in October"
            or (_UNREAL.search(before) and _NOUN_AFTER.match(low, end))
        ):
            continue
        if (
            kind == "noun"
            and start < unreal_until
            and _OR_ANOTHER.match(low, unreal_until - 40, start)
        ):
            continue  # "the option of a satellite launch or an ICBM flight test": neither is
        if word.startswith("attempt") and _ATTEMPT_TO_OTHER.match(low, end):
            continue  # "Tokyo did not attempt to intercept the rocket"
        carried = (
            _CARRIED.search(low, end, end + 25)
            or _CARRIED_BEFORE.search(low, max(0, start - 45), start)
            or (kind == "noun" and _CARRIED_PASSIVE.match(low, end))
            # "North Korea's launch last Friday of a Hwasong-17": the North's own launch
            or (
                kind == "noun"
                and _NORTHS.search(low, max(0, start - 30), start)
                and _OF_MISSILE_AFTER.match(low, end)
            )
        )
        if (
            kind == "noun"
            and word.startswith(("test", "attempt"))
            and not word.startswith(("test-fir", "testfir"))  # a test-fire is a launch
            and not (
                _missile_near(low, end, 40)
                or _missile_near_before(low, start, 40)
                or carried
                or _TEST_OF.search(low, max(0, start - 25), start)
                or (
                    told
                    and word == "test"
                    and _THE_TEST.search(low, max(0, start - 25), start)
                    and not low.startswith((" of ", " for "), end)  # "the test of his presidency"
                )
                # ("North Korea says it tested a new kind of missile. The test happened early
                # Tuesday morning": the test told)
                or (
                    told
                    and word == "test"
                    and low.endswith("the ", 0, start)
                    and _HAPPENED.match(low, end) is not None
                )
                or _DAY_OF_TEST.search(low, max(0, start - 16), start)
                or _TEST_THAT_FLEW.match(low, end)
                or _TEST_OF_MISSILE.match(low, end)
                # "the Hwasong-17, the North's largest ICBM, which ... failed in flight during a
                # test on November 3": a dated test in a sentence about a missile
                or (_ON_A_DAY.match(low, end) and _MISSILE_OR_NOUN.search(low))
                # "four previous attempts -- once on April 15, ... -- all ended in failure"
                or (
                    word.startswith("attempt")
                    and not low.startswith(" to ", end)
                    and (
                        _FAILED.search(low, end, end + 120)
                        or _FAILED.search(low, max(0, start - 40), start)
                        # "The North's previous attempt, in April 2009, flew over Japan"
                        or FLIGHT.search(low, end, end + 60)
                    )
                )
            )
        ):
            continue
        if word.startswith("failure") and not (
            # ("The most recent failure came on May 31", in a story of launches)
            _DATED_AFTER.match(low, end) and (told or _ROCKETRY.search(low))
        ):
            continue  # "After failures on May 31 and August 24, it put a satellite into orbit"
        if kind == "noun" and carried:
            kind = "action"
        found.append(Trigger(start, end, kind))
    if artillery and not _MISSILE_WORD.search(low):
        return []
    if any(word in low for word in _NAMED_FLIES_WORDS):
        # "A second Hwasong-18 flew on July 12": a named missile that flew was launched
        taken = {t.start for t in found}
        named = [
            Trigger(m.start(), m.end("name"), "action")
            for m in _NAMED_FLIES.finditer(low)
            if m.start() not in taken
            # (but "firing a Taepodong-1 that flew over Japan": the firing is the launch)
            and not (
                m.group("rel")
                and any(t.kind == "action" and 0 <= m.start() - t.end <= 25 for t in found)
            )
        ]
        if named:
            found = sorted(found + named, key=lambda t: t.start)
    ordinal = (
        ORDINAL_FLEW.match(low)
        or (_ANOTHER_FLEW.match(low) if told and "another" in low else None)
        or (_ORDINAL_HAPPENED.match(low) if told else None)
    )
    if ordinal and not any(t.kind == "action" for t in found):
        # ("The first, on April 15, exploded shortly after launch": the launch noun is its own)
        found.insert(0, Trigger(ordinal.start("ord"), ordinal.end("ord"), "action"))
    if any(word in low for word in ("exploded", "failed", "crashed", "blew up", "broke")):
        found += [Trigger(m.start(), m.end("one"), "action") for m in _ANOTHER_FAILED.finditer(low)]
        if told and not any(t.kind == "action" for t in found):
            # ("last Wednesday, they tried something and it blew up shortly after launch")
            found += [
                Trigger(m.start(), m.end(), "action") for m in _FAILED_AFTER_LAUNCH.finditer(low)
            ]
        found.sort(key=lambda t: t.start)
    return found


# ("two more failures followed in October", after "eight attempts in 2016")
_DATED_AFTER = re.compile(
    # ("after four consecutive failures -- on April 15, twice on April 28 and on May 31")
    r"(?:\s*(?:--|—|–|:)\s*|\s+)(?:(?:followed|came|occurred|once|twice)\s+)?(?:on|in)\s+[a-z0-9]"
)
_ROCKETRY = re.compile(
    r"\b(?:satellites?|missiles?|rockets?|orbit|launch\w*|attempts|trajector(?:y|ies))\b"
)


# "The second, on March 5, flew about 270 km": one of a series of launches just named, by its
# number: a story recounting a series, not reporting its news.
ORDINAL_FLEW = re.compile(
    # ("Its second, on 12 July 2023, lasted about 74 minutes": the missile's second flight)
    r"(?:the\s+|its\s+|their\s+)?(?P<ord>first|second|third|fourth|fifth|latest|last"
    r"|most\s+recent)(?:\s+one|\s+of\s+(?:them|these|those))?"
    # ("The most recent before Wednesday, on May 31, also failed")
    r"(?:\s+before\s+[\w-]+)?"
    # (an aside may stand between dashes: "The first, on April 15 — the birthday of the
    # country's founder, Kim Il Sung — exploded")
    r"(?:\s*[,—–]\s+[^,—–]{3,60}){1,3}\s*[,—–]"
    r"\s+(?:also\s+)?(?:flew|travell?ed|reached|soared|landed|fell|splashed|ended|exploded|failed"
    r"|crashed"
    # ("The first, on 13 April, broke apart roughly a minute and a half into flight")
    r"|lasted|climbed|peaked|broke\s+(?:apart|up)|disintegrated|blew\s+up|fizzled"
    # "All four earlier attempts ended in failure. The first, on April 15, coincided with the
    # birthday of the country's founder"
    r"|coincided|came|took\s+place|happened|occurred)\b"
)
# "Monday's launch was the third flight of the Hwasong-18. The first took place on April 13."
# ("Earlier tests took place on 24 August and on 10 September": more of those told)
_ORDINAL_HAPPENED = re.compile(
    r"(?:(?:the|its|their)\s+)?(?P<ord>(?:first|second|third|fourth|fifth)(?:\s+one)?"
    r"|(?:earlier|previous|prior)\s+tests?)\s+"
    r"(?:took\s+place|came|happened|occurred)\s+(?:on|in)\s"
)
# "On Sept. 15, another followed a similar path and flew about 3,700 km": one more of those told
_ANOTHER_FLEW = re.compile(
    r"(?:(?:then\s+)?on\s+[^,;]{3,30},\s+)?(?P<ord>another)(?:\s+one)?\s+"
    r"(?:followed|flew|soared|was\s+(?:fired|launched))\b"
)
# "Two more missiles failed on April 28, and another exploded on May 31", "while the most
# recent, on May 31, blew up": one more of a series of failures.
_ANOTHER_FAILED = re.compile(
    r"\b(?P<one>another|the\s+(?:most\s+recent|latest|last|second|third|fourth|fifth)"
    r"|(?:two|three|four)\s+more)"
    # ("Two more failed on April 28, and another apparently blew up on May 31")
    # ("and the most recent before Wednesday, on May 31, exploded on its launch pad")
    r"(?:\s+one)?(?:\s+before\s+[\w-]+)?(?:,?\s+on\s+[\w.]+\s+\d{1,2},?)?(?:\s+\w+ly)?\s+"
    r"(?:exploded|failed|crashed|blew\s+up)\b"
)


_FAILED_AFTER_LAUNCH = re.compile(
    rf"\b(?:{_BROKE_UP})"
    r"(?=\s+(?:[\w-]+\s+){0,3}?after\s+(?:its\s+)?(?:launch|lift-?off|take-?off)\b)"
)


# What else is launched: exercises, campaigns, inquiries (not missiles, rockets, satellites).
_VESSEL_BEFORE = re.compile(
    r"\b(?:submarine|ship|vessel|destroyer|frigate|warship|boat)s?"
    # ("a new destroyer, the Choe Hyon, launched at Nampho in April")
    r"(?:\s+(?:was|were|is|has\s+been)\s+(?:\w+ly\s+)?|,\s+[^,.;]{1,30},\s+)$"
)
# A business's or a campaign's things, launched on the market or to the public
_PRODUCT_BEFORE = re.compile(
    r"\b(?:platforms?|tokens?|apps?|websites?|services?|funds?|companies|company|exchanges?"
    r"|currenc(?:y|ies)|coins?|schemes?|channels?|newspapers?|magazines?|campaigns?|initiatives?"
    r"|projects?|ventures?|businesses|business|firms?|products?|brands?|production|sales"
    # ("the Multilateral Sanctions Monitoring Team, launched that October by 11 countries")
    r"|teams?|panels?|committees?|task\s+forces?|mechanisms?|coalitions?|partnerships?|forums?"
    # ("day tours to the ancient city of Kaesong were launched")
    r"|tours?|trips?|routes?|cruises?)"
    r"(?:\s+(?:to|from|of|for|in|between)\s+[^,.;]{1,40}?)?"
    r"(?:,\s+[^,.;]{1,40},)?,?\s+(?:(?:which|that)\s+)?(?:(?:was|were)\s+)?$"
)
_MODAL_AFTER = re.compile(r"\s+(?:would|could|might)\b")
_INDEFINITE_BEFORE = re.compile(r"\b(?:an?|any)\s+(?:[\w-]+\s+){0,2}$")
_INTO_WATER = re.compile(r"\s+into\s+the\s+water\b")
_LAUNCHED_OTHER = re.compile(
    r"\s+(?:(?:their|its|his|her|a|an|the|new|joint)\s+)*"
    r"(?:(?!missiles?\b|rockets?\b|projectiles?\b|satellites?\b|[a-z]*bms?\b|in\b)[\w'’-]+\s+){0,4}?"
    r"(?:exercises?|drills?|war\s+games|campaigns?|probes?|investigations?|inquir(?:y|ies)"
    # ("has launched more than a thousand balloons carrying waste paper")
    r"|balloons?|leaflets?"
    r"|operations?|offensives?|programs?|programmes?|initiatives?|talks|website|app|service)\b"
)
# 'launched a new "tactical nuclear attack submarine"', "a ceremony to launch the vessel": a
# vessel put to water
_VESSEL_AFTER = re.compile(
    r"\s+(?:(?:their|its|his|her|a|an|the|new)\s+)*"
    # ("launched a new ballistic missile submarine": the missile names the boat's kind)
    r"(?:(?!(?:missiles?|rockets?|[a-z]*bms?)\b(?!\s+(?:submarine|vessel|ship|boat|destroyer)))"
    r"[\w'’\"“-]+\s+){0,3}?"
    r"(?:submarine|vessel|ship|warship|destroyer|frigate|corvette|boat)s?(?![\w-])"
)
# What a moratorium or a ban is on, however many words it takes: no launch
_BANNED_OBJECT = re.compile(
    r"\b(?:moratori(?:um|a)|ban|freeze|halt|pause)\s+on\s+(?:[\w-]+\s+){0,6}$"
)
_BE_BEFORE = re.compile(r"\bbe\s+(?:\w+ly\s+)?$")
# "an attempt to intercept it", not "an attempt to put a satellite into orbit"
_FLOWN_FIGURES = re.compile(
    r"\b(?:altitude|apogee)\s+of\b"
    r"|\bflew\s+(?:about\s+|some\s+|around\s+|roughly\s+)?[\d,.]+\s*(?:km|kilomet|miles)"
)
_ATTEMPT_TO_OTHER = re.compile(
    r"(?:ed|s)?\s+to\s+(?!launch|fire|fly|flight-test|put|place|send|orbit|test|lift|loft|deliver)[a-z]"
)
_UNREAL_THING = re.compile(
    r"\b(?:moratorium\s+on|ban\s+on|bans?|capable\s+of|capability|able\s+to|designed\s+(?:to|for)|"
    r"(?:with)?in\s+(?:striking\s+)?range\s+of|plans?\s+to|"
    rf"{_THREATEN_TO}|prepar\w*\s+(?:to|for)|ready\s+to|expected\s+to|close\s+to|on\s+the\s+verge\s+of|(?<!newly\s)(?<!newly-)develop(?:s|ed|ing|ment\s+of)?|end(?:ing)?\s+(?:a|its|the)\s+\w+\s+on|"
    r"halt\w*|stop(?:s|ped|ping)?|suspend\w*|suspension|freeze|refrain\w*|abandon\w*|not|no|never|nor|neither|without"
    # "a long road from there to a reliable MIRV on an ICBM", "a step toward an ICBM"
    r"|(?:road|way|path|steps?)\s+(?:from\s+\w+\s+)?(?:to|toward|towards)"
    # "Adding a second stage would produce a vehicle with intercontinental range"
    r"|(?:would|could|might)\s+(?:\w+ly\s+)?(?:produce|yield|create|result\s+in)"
    rf"|{INSTEAD}|(?<!was\s)(?<!were\s)(?<!is\s)possibly(?!\s+(?:of|an?)\b)|further"
    # "If this was an ICBM, ...", "canisters on display could hold new ICBMs"
    r"|if|whether|on\s+display|pretend\w*|pretext\s+of|guise\s+of|disguised\s+as"
    # "a disguised test of technology for the Taepodong-2": not itself one
    r"|technolog(?:y|ies)\s+for"
    # "where North Korea has already exported Scud missiles": sold, not fired
    r"|export\w*|sold|sells?|selling|supplied|supplying)\b"
    # (as far as a "but": "The type has not been confirmed, but it was a Hwasong-12", or a
    # clause of what happened: "trains were halted on Tuesday after North Korea fired an IRBM")
    r"(?:(?!\b(?:but|after|when|because)\b)[\w\s,'’()-]){0,60}$"
)
# "similar in design to the Taepodong-2": a missile compared with, not the one launched (though
# "similar to those of the solid-fuel ICBM" still says what class it was).
_COMPARED = re.compile(
    r"\b(?:similar\s+to|resembl\w+|compared\s+(?:with|to)|likened\s+to"
    r"|based\s+on|derived\s+from|modell?ed\s+(?:on|after))\b"
    r"[\w\s,'’-]{0,30}$"
)
# "Unlike the shorter-range Scuds fired in recent weeks", "more powerful than the Hwasong-14",
# "the move from Scuds to Rodongs": set against what was fired.
_SET_AGAINST = re.compile(
    r"\b(?:unlike|than|(?:move|shift|switch|step|transition)\s+from"
    # "a first stage similar in diameter to the Hwasong-12": alike in one respect only
    r"|similar\s+in\s+\w+\s+to"
    # "a booster similar to the first stage of the Hwasong-12": like a part of another missile
    r"|(?:similar\s+to|resembl\w+|like)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?"
    r"(?:stages?|engines?|motors?|boosters?|warheads?|airframes?|launchers?)\s+of"
    # "Compare this with the Musudan, ..."
    r"|compare\s+(?:this|that|it|these|them)\s+(?:with|to)"
    # "a clear step up from the Hwasong-14", "an improvement over the Hwasong-14"
    r"|(?:step|leap)\s+(?:up\s+|forward\s+)?(?:from|over|beyond)|(?:improvement|upgrade)\s+(?:on|over)"
    # "a longer-range successor to the Rodong-1": what came before it
    r"|successor\s+(?:to|of)|follow-on\s+to|predecessor|relative\s+of"
    # "The new missile appears to build on the Hwasong-16B"
    r"|build(?:s|ing)?\s+on|built\s+on"
    # "a different engine configuration from the Unha family of launchers"
    r"|different\s+(?:[\w-]+\s+){0,3}from"
    # "The first stage is widely believed to be derived from the Nodong": a part's likeness
    r"|(?:stages?|engines?|motors?|boosters?)\s+(?:is|was|are|were)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:based\s+on|derived\s+from|adapted\s+from)"
    # "Adding upper stages to a Nodong": parts put on another missile
    r"|(?:adding|added|adds|putting|strapping)\s+(?:[\w-]+\s+){0,2}"
    r"(?:stages?|engines?|boosters?)\s+(?:to|on|onto))\b[\w\s,'’-]{0,45}$"
    # "Like the Hwasong-18 and Hwasong-19 ICBMs, the Hwasong-16B can be kept ready", "As with the
    # Hwasong-14, the test did not ...": a fronted likeness is another missile (as far as its comma)
    r"|^(?:like|as\s+with)\s+[^,;]{0,45}$"
    # "apparently the same single-chamber design as the first stage of the Hwasong-14 ICBM": a
    # part shared with another missile (but "the same type as the Taepodong-2" is the type)
    r"|\bsame\s+(?:[\w-]+\s+){0,2}(?:design|engine|motor|airframe|stage)\s+as\b[\w\s,'’-]{0,45}$"
    # "information directly relevant to the two-stage Hwasong-14"
    r"|\brelevant\s+to\b[\w\s,'’-]{0,45}$"
    # "the Hwasong-19 will be operated together with the Hwasong-18": another in service
    r"|\b(?:operated|deployed|used|fielded)\s+(?:together\s+with|alongside|along\s+with)\s+"
    r"(?:the\s+)?$"
    # "compared with the nine-axle vehicle used for the Hwasong-18"
    r"|\bcompared\s+(?:with|to)\s+(?:the|an?)\s+[\w\s'’-]{0,40}\s(?:for|of|by)\s+(?:the\s+)?$"
)

# "Liquid-fuelled missiles such as the Hwasong-12 and the older Rodong must be fuelled": a kind
# of missile shown by examples, none of them the one fired
_EXAMPLES = re.compile(
    # (or by a span: "its operational missiles, from the Scud to the Rodong to the Musudan")
    r"\b(?:missiles|rockets|weapons|icbms|srbms|irbms|mrbms|slbms|systems)"
    r"(?:\s+such\s+as|\s+like|,\s+from)\b"
    r"[\w\s,'’-]{0,45}$"
    # "Most of North Korea's earlier ICBMs, including the Hwasong-15 and the Hwasong-17, burn
    # liquid propellants" (but "fired three missiles, including a KN-23" says what was fired)
    r"|\b(?:earlier|previous|older|other|past)\s+(?:[\w-]+\s+)?"
    r"(?:missiles|rockets|icbms|srbms|irbms|mrbms|slbms)(?:,\s+|\s+)including\b[\w\s,'’-]{0,45}$"
)

# "a land-based version of the submarine-launched ballistic missile", "adapted from its
# submarine-launched missile": the class of what it was made from
_VERSION_OF = re.compile(
    r"\b(?:(?:version|variant|derivative|adaptation)\s+of"
    # "a medium-range ballistic missile adapted from its submarine-launched missile"
    # ("believed to be based on the Soviet-era R-27 submarine-launched missile")
    r"|(?:adapted|derived|developed|modified|converted)\s+from|based\s+on)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)


IS_A_VERSION = re.compile(
    r"\b(?:is|was|be|as)\s+(?:essentially\s+|basically\s+)?an?\s+(?:[\w-]+\s+){0,2}"
    r"(?:version|variant)\s+of\s+(?:the\s+)?$"
    # "officials believe the Unha-2 is essentially a Taepodong-2"
    r"|\b(?:is|was)\s+(?:essentially|basically|effectively|in\s+effect)\s+an?\s+$"
)
_INITIALLY = re.compile(r"\b(?:initially|at\s+first|first)\b")
_REVISED = re.compile(
    r"\b(?:revised|corrected|later\s+(?:said|concluded|determined|found)|now\s+(?:believes?|says?))\b"
    # "initially described it as an intermediate-range missile before Secretary of State Rex
    # Tillerson confirmed late Tuesday that Washington assessed it as an ICBM"
    r"|\b(?:before|until|but)\s+[^.;]{0,60}?\b(?:confirmed|concluded|determined|assessed)\b"
)


def revised_later(low: str, start: int, end: int) -> bool:
    """Is what stands at ``start:end`` a first judgement the sentence then revises ("had
    initially said the North fired short-range missiles, but later revised it to 'projectiles'")?"""
    return bool(_INITIALLY.search(low, max(0, start - 80), start) and _REVISED.search(low, end))


def class_set_against(sentence: str, at: int) -> bool:
    """Is the class phrase at ``at`` said of something the launched missile is set against or
    made from, not of the missile itself?"""
    low = lower(sentence)
    window = max(0, at - 45)
    return bool(
        _SET_AGAINST.search(low, max(0, at - 60), at)
        or _VERSION_OF.search(low, window, at)
        or any(m.start() <= at < m.end() for m in _CLASS_SPAN.finditer(low, window, at + 45))
    )


# "all of the North's missiles from short-range to ICBM": the span of an arsenal, no one class
_CLASS_SPAN = re.compile(
    r"\bfrom\s+(?:(?:short|medium|intermediate|long)[\s-]range|srbms?|mrbms?|irbms?|icbms?)"
    r"(?:\s+[\w-]+){0,2}?\s+(?:to|through)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:short|medium|intermediate|long|intercontinental)[\s-]\w+|srbms?|mrbms?|irbms?|icbms?)"
)


def compared_before(sentence: str, at: int, first: bool = False) -> bool:
    """Is the missile named at ``at`` only compared with the launched one?  The first missile a
    sentence names may be the nearest thing to it ("a new type, similar to the KN-23")."""
    low = lower(sentence)
    return bool(
        _SET_AGAINST.search(low, max(0, at - 60), at)
        or _EXAMPLES.search(low, max(0, at - 60), at)
        # "the Rodong-1, an enlarged derivative of the Soviet-designed Scud" (but "regard the
        # Unha-2 as a version of the Taepodong-2" names the launched rocket by both)
        or (
            not first
            and (
                _COMPARED.search(low, max(0, at - 45), at)
                or (
                    _VERSION_OF.search(low, max(0, at - 45), at)
                    and not IS_A_VERSION.search(low, max(0, at - 60), at)
                )
            )
        )
    )


# In a sentence that only names a missile, what names the launched one: "the missile appeared
# to be a Hwasong-18", "U.S. officials believed it was an ICBM", "including the KN-23".
# "the missile, possibly an intercontinental ballistic missile, had disappeared"
MISSILE_MAYBE = re.compile(
    r"\bthe\s+(?:missiles?|projectiles?|rockets?),\s+(?:possibly|probably|likely|apparently"
    r"|presumably|perhaps)\s+(?:an?|the)\b"
)
IDENTIFIES = re.compile(
    r"^(?:the|both|all|each)\s+(?:\w+\s+){0,3}(?:missiles?|projectiles?|rockets?|weapons?)\b"
    # (not "It is hard not to conclude that ...": no missile's subject)
    r"|^(?:it|they)\b(?!\s+(?:is|was|seems|remains)\s+(?:\w+\s+){0,2}?"
    r"(?:that|to(?!\s+(?:be|have)\b))\b)"
    r"|\b(?:appeared|appears|seemed|believed|thought|assessed|estimated|judged"
    r"|presumed|suspected|considered)"
    r"\s+to\s+(?:be|have\s+been)\b|\b(?:identified|described|classified)\s+as\b|\b(?:was|is)\s+(?:\w+ly\s+)?an?\b|\bwere\b"
    r"|\bincluding\b|\binvolv\w+\b|\bcalled\b|\bnamed\b|\bknown\s+as\b|\bdubbed\b"
    # "Pacific Command said it had tracked a land-based, intermediate-range ballistic missile"
    r"|\b(?:tracked|detected)\s+(?:an?|the|what)\b"
    # "may have been an ICBM-class", "may have been of ICBM class"
    r"|\b(?:may|might|could|must)\s+have\s+been\s+(?:an?|of)\b"
    # "officials refer to the rocket as a Taepodong-2", "call the three-stage rocket a variant
    # of", "believe the Unha-2 is essentially the same as", "assigned it the designation KN-15"
    r"|\b(?:refer\w*\s+to|describ\w*|regard\w*|list\w*)\s+(?:it|them|the\s+[\w\s-]{1,30}?)\s+as\b"
    r"|\bcall\w*\s+(?:it|them|the\s+[\w-]+(?:\s+[\w-]+){0,2})\s+an?\b"
    r"|\bsame\s+as\b|\bdesignation\b"
    rf"|{MISSILE_MAYBE.pattern}"
)


def yet_to_come(low: str, at: int) -> bool:
    """Is the time at ``at`` one of a plan or a hope ("intends to make a third attempt in
    October")?"""
    return bool(_UNREAL.search(low, max(0, at - 50), at))


def unreal_before(sentence: str, at: int) -> bool:
    """Is the missile named at ``at`` one that is banned, planned or merely capable ("a
    moratorium on ICBM tests", "plans to develop an ICBM"), rather than the one launched?  (The
    "National Aerospace Development Administration launched the Chollima-1" did launch it.)"""
    return bool(_UNREAL_THING.search(lower(sentence), max(0, at - 60), at))


# "the first hypersonic test", "an ICBM test": what kind of test says it is a launch.
_NEVER_BEFORE = re.compile(r"\bnever\s+(?:been\s+)?(?:\w+ly\s+)?$")
# "The first test came on April 13", "The second test, on July 12": one of a series told
_HAPPENED = re.compile(r"\s+(?:happened|took\s+place|occurred)\b")
_THE_TEST = re.compile(
    r"\b(?:(?:the|its)\s+(?:first|second|third|fourth|fifth|sixth|latest|last|previous|next|final"
    r"|most\s+recent)|another)\s+$"
)
_TEST_OF = re.compile(
    r"\b(?:hypersonic|ballistic|cruise|icbm|slbm|srbm|irbm|missile|rocket|"
    r"launch|flight|satellite)\s+(?:[\w-]+\s+)?$"
)
# "the Tuesday test", "Sunday's test": a test on a day is a launch
_DAY_OF_TEST = re.compile(rf"\b{_WEEKDAY_LOW}(?:['’]s)?\s+$")
# "a full-power lofted test that reached an apogee of 6,000 km": a test that flew.
_TEST_THAT_FLEW = re.compile(
    r"\s+(?:that|which)\s+(?:\w+\s+)?(?:flew|travell?ed|soared|landed|splashed\s+down|"
    r"reached\s+(?:an?\s+|its\s+)?(?:\w+\s+)?(?:apogee|altitude|height))\b"
)
# "an important test-fire of the new-type intercontinental ballistic missile": what was tested
_TEST_OF_MISSILE = re.compile(
    rf"\s+of\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){{0,6}}?(?:{_MISSILE}|{DESIGNATION})\b"
)
_MISSILE_OR_NOUN = re.compile(rf"\b(?:{_MISSILE}|{_NOUN}|{DESIGNATION})\b")
_MISSILE_ONLY = re.compile(rf"\b(?:{_MISSILE}|{DESIGNATION})\b")


def _missile_near(low: str, at: int, span: int = 60) -> bool:
    return bool(_MISSILE_OR_NOUN.search(low, at, at + span))


_ON_A_DAY = re.compile(
    rf"\s+on\s+(?:(?:{_MONTH_STEMS})[a-z]*\.?\s+\d"
    rf"|{_WEEKDAY_LOW})"
)
_MISSILE_WORD = re.compile(r"\b(?:missiles?|rockets?|projectiles?)\b")
_ROUNDS_OBJECT = re.compile(
    r"\s+(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+|almost\s+|approximately\s+"
    r"|more\s+than\s+|over\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
    r"(?:[\d,]+\s+)?(?:artillery\s+)?(?:rounds|shells)\b"
)
# "two more were fired from near Kaechon": a counted subject of a passive firing is missiles.
_COUNTED_SUBJECT = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|both|\d+)\s+(?:more\s+|others?\s+)?"
    r"(?:were|was)\s+(?:\w+\s+)?$"
)


_NOT_THE_MISSILE_AFTER = re.compile(
    r"\s+(?:alerts?|warnings?|sirens?|defen[cs]es?|threats?|shelters?|programs?|programmes?"
    r"|forces?|bases?)\b"
)
_NOUN_AFTER = re.compile(r"\s+(?:launch|test|firing)")


def imagined(low: str, start: int, end: int, since: int = 0) -> bool:
    """Is the word at ``start:end`` inside an indefinite subject (of the clause from ``since``)
    a modal goes on from, a launch imagined: "A solid-fuel ICBM launched on a lofted trajectory
    ... would confirm", "A Hwasong-14 flight over Japan ... would be a far more serious
    escalation"?"""
    return bool(
        _INDEFINITE_SUBJECT.fullmatch(low, since, start) and _MODAL_VERB_AFTER.match(low, end)
    )


def _clause_start(low: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last comma, semicolon or "that"."""
    marks = [(low.rfind(mark, 0, at), len(mark)) for mark in (", ", "; ", " that ")]
    return max((found + n for found, n in marks if found >= 0), default=0)


_INDEFINITE_SUBJECT = re.compile(r"\s*an?\s+(?:[\w-]+\s+){0,4}")
# (a launch with a day of its own is real: "A missile launched on Tuesday could reach Guam")
_MODAL_VERB_AFTER = re.compile(
    r"(?:(?!\b(?:\w+day|today|tonight|january|february|march|april|may|june|july|august"
    r"|september|october|november|december)\b)[^,;.\d]){0,70}?\b(?:would|could|might|will)"
    r"\s+(?!have\b)\w+"
)
# Words of putting missiles on show (a parade, a display), which launches none.
# ("invited foreign journalists to view the rocket on its pad")
SHOWN_WORDS = (
    rf"parad\w*|display\w*|{_UNVEILED}|exhibit\w*|showcas\w*|showed\s+off|rolled\s+out"
    r"|view(?:ed|ing)?"
)
NEGATION = r"(?:\bnot|\bnever|n[’']t)\s+(?:yet\s+|even\s+|once\s+)?"
_NEGATED_BEFORE = re.compile(NEGATION + "$")
# ("has not fired an ICBM since November 2017": the launch it has not repeated is one)
_SINCE_AFTER = re.compile(
    r"[^.;]*?\b(?:since|after)\b"
    # (not "has not flight-tested an ICBM since Kim declared a moratorium in 2018": a pledge's
    # time, no launch's)
    r"(?!\s+(?:[\w'’-]+\s+){1,3}?(?:declared|announced|pledged|agreed|promised|vowed|signed)\b)"
)
_GENERIC_PLURAL_BEFORE = re.compile(
    # ("attacks by ballistic, hypersonic and cruise missiles, including those launched from
    # space")
    r"\b(?:assess|detect|track|tracking|intercept|intercepting|against|on|of|for|by)\s+"
    r"(?!(?:the|two|three|four|five|six|seven|eight|several|its|their|these|those|\d+)\b)"
    r"(?:[\w-]+,?\s+){0,4}?(?:missiles|rockets|projectiles)"
    r"(?:\s+|,\s+(?:\w+ly\s+|including\s+|such\s+as\s+)?those\s+)$"
)
_DAY_AFTER = re.compile(
    rf"[^.;]{{0,40}}?\b(?:on|in|since)\s+(?:{_WEEKDAY_LOW}|jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec|(?:19|20)\d\d)"
)
_PRESENT_PASSIVE = re.compile(r"\b(?:are|is|get|gets)\s+(?:\w+ly\s+)?$")
_HABIT_BEFORE = re.compile(
    r"\b(?:when|whenever|if|each\s+time|every\s+time|as\s+soon\s+as|until|unless|before|after|moment"
    r"|usually|often|always|never|routinely|regularly)\b[^,;.]{0,30}$"
)
_PRONOUN_SUBJECT = re.compile(
    r"(?:^|[,:;]\s*|\b(?:well|and|but|say|says|said|that)\s+)(?:it|they"
    # "The first was fired at 11.05 p.m. IST on Tuesday and the second seven minutes later"
    r"|the\s+(?:first|second|third|fourth|last|latest)(?:\s+one)?)\s+(?:was|were)\s+$"
    # "the JCS said it had been fired from the Sunan area"
    r"|\b(?:said|says|say|that)\s+(?:it|they)\s+(?:had|has|have)\s+been\s+$"
)

# "The North fired 2 more on April 28": more of the missiles just named.
_SMALL_NUMBER = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight)"
_MORE_OBJECT = re.compile(rf"\s+{_SMALL_NUMBER}\s+more\b")
_NUMBER_OBJECT = re.compile(rf"\s+{_SMALL_NUMBER}\s+(?:on|in|at|from|into)\b")


def _missile_near_before(low: str, at: int, span: int = 60) -> bool:
    return bool(_MISSILE_ONLY.search(low, max(0, at - span), at))


# Words without which no sentence reports a launch or a fact of one: a substring test that
# lets most sentences of a long story skip every other rule.
_LAUNCH_WORDS = (
    "fir",
    "launch",
    "missile",
    "rocket",
    "projectile",
    "test",
    "icbm",
    "slbm",
    "srbm",
    "irbm",
    "satellite",
    "flew",
    "fell",
    "came down",
    "land",
    "explod",
    "blew",
    "hwasong",
    "kn-",
    "weapon",
    "salvo",
    "travel",
    "lift",
    "blast",
    "splash",
    "shot",
    "flight",
    "altitude",
    "km",
    "kilomet",
    "mile",
    "pukguksong",
    "scud",
    "rodong",
    "nodong",
    "musudan",
    "taepo",
    "unha",
    "chollima",
    "hwasal",
    "crash",
    "reach",
    "attempt",
    " try",
    "debut",
    "orbit",
    "lasted",
    "climb",
    "peak",
    "went up",
    "took off",
    "fail",
    "crossed",
)


def may_speak_of_launch(low: str) -> bool:
    return any(word in low for word in _LAUNCH_WORDS)


# Substrings without which the catalogue can find no designation or class phrase: gates that
# spare most sentences its matchers.
_CLASS_WORDS = (
    "range",
    "continental",
    "icbm",
    "slbm",
    "srbm",
    "irbm",
    "mrbm",
    "submarine",
    "cruise",
    "ship",
    "hypersonic",
    "launcher",
    "multiple",
    "satellite",
    "space",
    "carrier",
    "mlrs",
    "glide",
    "rocket",
    "ballistic",
    "kwangmyong",  # the satellites' names give the class SLV
    "malligyong",
)


_SUM_WORDS = (
    " again and again",
    " time and again",
    " over and over",
    "dozens",
    "scores",
    "hundreds",
    "string",
    "spate",
    "series",
    "record",
    "over the",
    "recent",
    "since the start",
    "many",
    "course of",
    "throughout",
    "types of",
    "kinds of",
    "classes of",
    "varieties of",
    "total",
    "at least",
    "repeated",
    "successive",
    "continued",
    "consecutive",
    "been ",
    "routinely",
    "frequently",
    "regularly",
    "rarely",
    "seldom",
    "often",
    "fewer",
    "pace",
    "rate",
    "frequency",
    "clip",
    "more ",
    "has launched",
    "has fired",
    "has tested",
    "have launched",
    "have fired",
    "have tested",
)


def may_sum_up(low: str) -> bool:
    return any(word in low for word in _SUM_WORDS)


def may_name_class(low: str) -> bool:
    return any(word in low for word in _CLASS_WORDS)


def north_korean(sentence: str, found: list[Trigger]) -> list[Trigger]:
    """The launch words that are North Korea's (not another country's launch)."""
    low = lower(sentence)
    if not found or not any(word in low for word in _FOREIGN_WORDS):
        return found
    if (
        not NORTH.search(sentence)
        and _FOREIGN_HARDWARE.search(low)
        and _FOREIGN_ACTOR.search(sentence)
    ):
        return []  # "The U.S. Air Force destroyed an unarmed Minuteman III ... test launch"
    ours = [t for t in found if not foreign_launch(sentence, t)]
    if len(ours) < len(found) and not NORTH.search(sentence):
        if _FOREIGN_HARDWARE.search(low):
            return []  # another country's interceptor test, not naming North Korea: theirs
        # "The ADD carried out the test ..., adding that the launch had been conducted without
        # notice": the launch a sentence goes on about after another country's is theirs, and
        # so are the missiles it names after it ("Moon also watched tests of a long-range
        # air-to-ground missile and a supersonic cruise missile developed by the ADD")
        first = min(t.start for t in found if t not in ours)
        ours = [
            t
            for t in ours
            if not (
                t.start > first and (t.kind == "missile" or low[t.start : t.end] in _LAUNCH_NOUNS)
            )
        ]
    return ours


_REACTED = re.compile(
    r"\b(?:played\s+down|downplayed|condemned|denounced|critici[sz]ed|protested|deplored"
    r"|slammed|welcomed)\b"
    # "Washington and its allies see the launch as a test of long-range missile technology"
    # (not "which Japan regards as a ballistic missile launch": what it calls the launch)
    r"|\b(?:see|sees|saw|view|views|viewed|regard|regards|regarded)\s+(?:the|this|that)\s"
)
_LAUNCH_NOUNS = frozenset({"launch", "launches", "test", "tests", "firing", "firings"})


# who did it, named after the launch word: "the test of a space launch vehicle by the ADD",
# "tests of a long-range air-to-ground missile and a supersonic cruise missile developed by the ADD"
_BY_AFTER = re.compile(
    r"(?:(?:\s+of(?:\s+[\w-]+){1,6}?)?|\s+of(?:\s+[\w-]+){1,10}?\s+(?:developed|built|made))"
    r"\s+by\s+(?:[Tt]he\s+)?"
)


# ("the country launched its first military satellite and tested": one subject, two verbs)
_THE_COUNTRY_END = re.compile(
    r"\bthe\s+country\s+(?:[^,;.]{1,80}\s+and\s+)?(?:\w+ly\s+)?(?:has\s+|had\s+)?$"
)
# "Japan's defence ministry said": a country that spoke of the launch, not one that launched
_ACTOR_SAID = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,3}?\s+(?:said|says|reported|announced|confirmed|claimed)\b"
)


def foreign_launch(sentence: str, trigger: Trigger) -> bool:
    """True when the launch word belongs to someone other than North Korea."""
    clause_start = max(
        _last_stop(sentence, trigger.start),
        *(sentence.rfind(p, 0, trigger.start) for p in (";", ":", " while ", " whereas ", " but ")),
    )
    clause = sentence[clause_start + 1 : trigger.start]
    if _THE_COUNTRY_END.search(sentence, 0, trigger.start):
        # "South Korea's entry into military space is 'late but not too late,' participants
        # said, after a week in which the country launched its first military satellite": the
        # country last named, unless it only spoke ("Japan said the country fired")
        named = [
            *(
                (a.start(), True)
                for a in _FOREIGN_ACTOR.finditer(sentence, 0, trigger.start)
                if not _ACTOR_SAID.match(sentence, a.end())
                # (nor a place: "a North Korean missile has flown over Japan")
                and (sentence[: a.start()].split() or [""])[-1].lower() not in _PREPOSITIONS
            ),
            *((m.start(), False) for m in NORTH.finditer(sentence, 0, trigger.start)),
        ]
        if named:
            return max(named)[1]
    if _FOREIGN_HARDWARE.search(lower(sentence), max(0, trigger.start - 40), trigger.end + 60):
        return True
    if _FROM_FOREIGN_SITE.match(lower(sentence), trigger.end):
        return True  # "launched early Wednesday from California's central coast"
    if (by := _BY_AFTER.match(sentence, trigger.end)) and _FOREIGN_ACTOR.match(sentence, by.end()):
        return True  # "the March test of a solid-fuel rocket by the Agency for Defense Development"
    # (not a clock's zone: "Tuesday afternoon Washington time, launching a new ICBM")
    actors = [a for a in _FOREIGN_ACTOR.finditer(clause) if not _ZONE_TIME.match(clause, a.end())]
    if not actors:
        return False
    last = actors[-1]
    rest = clause[last.end() :]
    if trigger.kind == "noun" and _OWN_NOUN.fullmatch(rest):
        return True  # "the South Korean launch", "Japan's own test"
    if clause[last.end() : last.end() + 2] in ("'s", "’s"):
        if trigger.kind == "missile" and _OWN_CRAFT.fullmatch(clause, last.end() + 2):
            return True  # "South Korea's first homegrown military [satellite] was placed"
        if trigger.kind == "action" and _OWN_CRAFT_LAUNCHED.fullmatch(clause, last.end() + 2):
            return True  # "South Korea's first military satellite was successfully [launched]"
        if not _ARMED_FORCE.match(clause, last.end() + 2):
            return (
                False  # "Japan's EEZ": whose zone, not who launched (but "South Korea's military")
            )
    start = last.start()
    # "South Korea and the United States fired": the pair is the actor, and what stands before
    # the pair says whether it is a place ("between Japan and the United States"; and so for a
    # list: "warnings from Washington, Tokyo and Canberra")
    for earlier in reversed(actors[:-1]):
        if re.fullmatch(r",?\s+(?:and|or)\s+|,\s+|[-–/]", clause[earlier.end() : start]) is None:
            break
        start = earlier.start()
    if _THEIR_OWN.search(rest):
        return True  # "South Korea's president watched his country's first test of an SLBM"
    # ("across northern Japan minutes after the launch": a part of the country is a place too;
    # "a joint analysis with the U.S. and that both missiles reached")
    words = [w.lower() for w in clause[:start].split()]
    while words and (words[-1] == "the" or _COMPASS.fullmatch(words[-1])):
        words.pop()
    word_before = words[-1:]
    if (word_before and word_before[0] in _PREPOSITIONS | _PLACE_VERBS | _DEFIED) or (
        _DURING_THE.search(clause, 0, start)
    ):
        # "into the Sea of Japan", "toward Japan", "the last missile to cross Japan": a place,
        # not who launched ("North Korea defied the United States on Saturday, launching a
        # rocket": whom the launcher defied)
        return False
    before = lower(clause[: last.start()][-30:])
    attributed = _ATTRIBUTION.search(before)
    if _SAID_IT.fullmatch(lower(rest)):
        return True  # "China said Wednesday it had test-fired an ICBM": the speaker's own
    if _REACTED.search(lower(rest)):
        return False  # "Washington and Seoul had played down the launch of two cruise missiles"
    if _NAMES_IT.match(lower(rest)):
        return False  # "The Hwasong-14, which U.S. officials designate KN-20, is a missile"
    if (
        _NORTH.search(rest)
        or _ATTRIBUTION.search(lower(rest))
        # "according to the U.S. military, the missile ...", but not "According to Kirby,
        # Russian forces fired ...": the attribution closed before the actor
        or (
            attributed is not None
            and "," not in before[attributed.end() :]
            # "the White House said that Russian forces had fired": who fired, not who said
            and not _THAT_CLAUSE.fullmatch(before, attributed.end())
        )
    ):
        return False
    if "," in rest and _PASSIVE_END.search(rest):
        return False  # "the Rodong-1 that U.S. intelligence has tracked for years, was launched"
    if trigger.kind == "missile" and len(rest) <= 120 and _ITS_CRAFT_END.search(rest):
        return True  # "Iran put its first satellite, Omid, into orbit aboard its Safir rocket"
    return bool(_SHORT_GAP.match(rest))


# What another calls a missile: "which the US military calls the KN-25", "which U.S. officials
# designate KN-20"
NAMING_VERB = r"(?:calls?|dubs?|designates?|names?|codenames?|has\s+(?:dubbed|designated|named))"
# (what another country calls the missile, in a clause that closes before the launch word)
_NAMES_IT = re.compile(
    rf"\s+(?:[\w.-]+\s+){{0,3}}?{NAMING_VERB}\s+(?:it\s+)?(?:the\s+)?[^,;]{{1,30}},"
)
_ITS_CRAFT_END = re.compile(r"\b(?:its|their)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}$")
_ZONE_TIME = re.compile(r"\s+(?:standard\s+|daylight\s+)?time\b")


def _last_stop(sentence: str, end: int) -> int:
    """Where the last ". " before ``end`` is, not counting an initialism's ("U.S. and South
    Korean soldiers fired" is one clause)."""
    at = sentence.rfind(". ", 0, end)
    while at > 1 and sentence[at - 1].isupper() and sentence[at - 2] == ".":
        at = sentence.rfind(". ", 0, at)
    return at


_SAID_IT = re.compile(
    r"\s+(?:said|says|announced|confirmed|claimed)\s+(?:on\s+)?(?:\w+day\s+)?(?:that\s+)?"
    r"it\s+(?:had\s+|has\s+)?(?:\w+ly\s+)?"
)
# Other countries' launch sites: "launched early Wednesday from California's central coast"
_FOREIGN_SITES = (
    "california",
    "vandenberg",
    "canaveral",
    "florida",
    "baikonur",
    "plesetsk",
    "vostochny",
    "jiuquan",
    "wenchang",
    "xichang",
    "taiyuan",
    "tanegashima",
    "uchinoura",
    "naro",
    "goheung",
    "anheung",  # South Korea's missile test range, in Taean
    "kodiak",
    "kwajalein",
    "kauai",
    "reagan test site",  # ("The target ... was launched from the Reagan Test Site")
    "wallops",
    "sriharikota",
    "wake island",
)
_FROM_FOREIGN_SITE = re.compile(
    rf"[^.;]{{0,40}}?\bfrom\s+(?:the\s+)?(?:cape\s+)?(?:{'|'.join(_FOREIGN_SITES)})\b"
)
_THAT_CLAUSE = re.compile(r"\s+(?:that\s+)?(?:the\s+)?")  # ("has said Russian forces have fired")
_PASSIVE_END = re.compile(r"\b(?:was|were|been|being)\s+$")
_DEFIED = frozenset(
    {"defied", "defying", "defies", "challenged", "challenging", "provoked", "provoking"}
    | {"taunted", "taunting", "rebuffed", "snubbed", "warned", "warning"}
)
_PLACE_VERBS = frozenset(
    {
        "cross",
        "crossed",
        "crossing",
        "overfly",
        "overflew",
        "overflying",
        "reach",
        "reached",
        "hit",
        "struck",
        "threaten",
        "threatened",
    }
)
_COMPASS = re.compile(r"(?:north|south)(?:-?(?:east|west))?ern|(?:east|west)ern|central")
_PREPOSITIONS = {
    "of",
    "in",
    "into",
    "toward",
    "towards",
    "off",
    "near",
    "over",
    "from",
    "to",
    "with",
    "and",
    "at",
    "by",
    "against",
    "between",
    "around",
    "within",
    "inside",
    "outside",
    "across",
    "beyond",
    "past",
    "above",
}
# "staging launches during the annual South Korea-U.S. military exercises, including four Scud
# missiles": whose drills the launches fell in
_DURING_THE = re.compile(r"\b(?:during|amid|amidst|throughout)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
_ATTRIBUTION = re.compile(
    # ("suspect the launch was a cover for testing", "regard the launch as": what they think)
    # ("the Russian missile attack early warning system tracked the launch": an observer)
    r"\b(?:said|says|say|saying|reported|announced|told|confirmed|detected|tracked|monitored|spotted"
    r"|believe\w*|according"
    # ("Joint ROK-U.S. analysis indicates one missile flew about 430 kilometers")
    r"|analys[ie]s|indicat(?:e|es|ed)"
    r"|suspect(?:s|ed)?|(?:regard|consider)(?:s|ed)?(?!\s+(?:it\s+)?as\b)|refer(?:s|red)?\s+to"
    r"|estimated|assess\w*|call|called|calls|described|describes|dubbed|termed|identified|designat(?:ed|es))\b"
    r"|\bput(?:s|ting)?\s+the\s*$"  # "the South Koreans are putting the launch at 3:17 a.m."
)
# "South Korea's military responded by firing", "South Korea's president watched his country's
# first test": a country's forces or leader act for it
_ARMED_FORCE = re.compile(
    r"\s+(?:military|army|navy|air\s+force|armed\s+forces|forces|troops|marines|defen[cs]e\s+forces"
    r"|president|prime\s+minister|leader)\b"
)
# After "South Korea's": up to four modifiers of what it owns, no verb or article among them.
_MODIFIERS = r"\s+(?:(?!(?:said|says|reported|told|that|the|an?|and|of)\b)[\w-]+\s+){0,4}"
_OWN_CRAFT = re.compile(_MODIFIERS)
_OWN_CRAFT_LAUNCHED = re.compile(
    _MODIFIERS + r"(?:satellites?|missiles?|rockets?|launch\s+vehicles?|probes?|spacecraft"
    r"|landers?|capsules?)"
    # ("Russia's first lunar probe in nearly 50 years, Luna-25, was launched")
    r"(?:\s+in\s+[^,]{1,30})?(?:\s*,\s*[^,]{1,30},)?\s+"
    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?"
)
_THEIR_OWN = re.compile(r"\b(?:his|her|its|their)\s+(?:country['’]s|nation['’]s|own)\s")
_OWN_NOUN = re.compile(r"(?:['’]s)?\s+(?:own\s+|first\s+|latest\s+|recent\s+)?")
_SHORT_GAP = re.compile(r"[\w\s'’,()-]{0,60}$")
# "following launches on Sept. 25 and 28, which came as the allies held drills": a launch noun
# with its own date is a launch, whatever else the sentence is about.
_DATED_LAUNCH = re.compile(
    r"\b(?:(?:launch(?:es)?|(?:test-)?firings?|test-fires?|attempts?|overflights?)"
    # "the firing of two short-range Scud missiles on March 3" ("two tests of intercontinental
    # ballistic missiles in July", "the test-fire of the mid/long-range strategic ballistic
    # rocket Hwasong-12 on May 14")
    rf"(?:\s+of\s+(?:[\w/-]+\s+){{0,5}}?(?:missiles?|rockets?|projectiles?)(?:\s+{DESIGNATION})?)?"
    rf"|tests?\s+of\s+(?:[\w/-]+\s+){{0,5}}?(?:missiles?|rockets?|projectiles?)(?:\s+{DESIGNATION})?"
    # "It had conducted two ICBM tests in July, and its sixth nuclear test on Sept. 3"
    r"|(?:icbm|irbm|mrbm|srbm|slbm|missile|rocket)\s+tests?)"
    # "two earlier launches from Sunan, on Feb. 27 and March 5"
    r"(?:\s+from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
    # ("four previous attempts this year -- on April 15, twice on April 28 and on May 31")
    # ("before the Hokkaido overflight, on Sept. 3, the North conducted its nuclear test")
    r"(?:\s+this\s+year)?(?:(?<!overflight)(?<!overflights),|\s*--|\s*—)?\s*"
    rf"(?:(?:on|of)\s+(?:{_MONTH_STEMS}|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+\d{{0,2}}"
    # "a long-range rocket launch in February", "... and a rocket launch the following month"
    rf"|in\s+(?:{'|'.join(MONTHS)})\b|the\s+(?:following|next|same)\s+(?:month|year|week)\b)"
)
# "the April 5 rocket launch over Japan, the May 25 nuclear test": a day before its launch
_DATE_THEN_LAUNCH = re.compile(
    rf"\b(?:{_MONTH_STEMS})[a-z]*\.?\s+\d{{1,2}}\s+"
    r"(?:[\w-]+\s+){0,2}(?:launch(?:es)?|firings?|test-firings?|overflights?)\b"
)
# (Not "submarine-launched missiles" on parade: a compound names a kind of missile.)
# "a more mobile and quickly launched intercontinental ballistic missile": a participle before a
# bare singular missile is an adjective, not a launch
_BARE_SINGULAR_AFTER = re.compile(
    r"\s+(?!(?:an?|the|its|two|three|four|what|several|multiple|\d+)\b)(?:[\w-]+\s+){0,2}"
    # (not "test-fired several rocket launchers": what was fired, counted)
    r"(?:missile|rocket|icbm|slbm)\b(?!s)(?!\s+launchers?\b)"
)
# "told a press conference that no launch had taken place": the story's day saw none (but "no
# missile had been detected in its EEZ" says where one was not)
_DENIED = re.compile(
    r"\bno\s+(?:launch|missile|rocket|projectile)\s+(?:(?:had|has|was)\s+)?(?:actually\s+|in\s+fact\s+)?"
    r"(?:taken\s+place|took\s+place|occurred|happened|been\s+(?:fired|launched|detected|carried\s+out))"
    # ("No launch took place by 4 p.m., when the window closed")
    r"(?:\s+(?:by|before|as\s+of)\s+[^,.;]{1,25}?)?\s*(?:[,.;]|and\b)"
    # "There was no launch on Tuesday.", "There was no North Korean missile launch on either
    # occasion", "Japan's Defense Ministry said it had detected no launch"
    r"|\bthere\s+(?:was|had\s+been)\s+no\s+(?:[\w-]+\s+){0,3}?launch\b"
    # (not "once it confirmed no further launch was planned": one came, and no more)
    r"|\b(?:detected|reported|confirmed)\s+no\s+(?!further\b|more\b)(?:[\w-]+\s+){0,2}?launch\b"
    r"(?!\s+(?:was|is|were|would\s+be)\s+(?:planned|expected|scheduled|imminent))"
    # "And no, nothing was launched. Nothing flew. This was a ground test."
    r"|\bnothing\s+(?:was|has\s+been|had\s+been)\s+(?:launched|fired)\b"
)
# ("ready to shoot down any debris ..., but in the end nothing was fired": no interceptor)
_INTERCEPTION = re.compile(r"\b(?:shoot\w*\s+(?:\w+\s+)?down|shot\s+down|intercept\w*)")


def denied(low: str) -> bool:
    """Does the sentence say that no launch took place?"""
    said = _DENIED.search(low)
    return said is not None and not (
        said.group().startswith("nothing") and _INTERCEPTION.search(low, 0, said.start())
    )


# 'a recorded announcement: "Missile launch. ..." It was, of course, a drill, organized by the
# prefecture': the launch told was a drill's (not 'It was a drill to verify the launchers', a
# launch's purpose)
WAS_A_DRILL = re.compile(
    r"(?:it|this|that)\s+was,?\s+(?:(?:of\s+course|only|just|merely|simply),?\s+)"
    r"(?:a|an)\s+(?:[\w-]+\s+)?(?:drill|exercise|simulation|rehearsal)\b"
    r"|(?:it|this|that)\s+was\s+(?:a\s+false\s+alarm|(?:a|an)\s+(?:[\w-]+\s+)?(?:drill|exercise),?\s+"
    r"(?:organi[sz]ed|run|staged|held|conducted)\s+by)"
)
# A launch announced, then taken back: "announced that a projectile appears to have been
# launched, only to retract the statement minutes later"
# ("announced that the launch had taken place, and then five minutes later took it back")
RETRACTED = re.compile(
    r"\b(?:only\s+to|before|then|later|and)\s+(?:retract|withdr[ae]w|withdraw|correct)\w*\s+"
    r"(?:the|its|that|it|their)\b|\btook\s+(?:it|that|them)\s+back\b"
)
# A lead that tells of a launch reported by mistake: "The government mistakenly announced
# Saturday that North Korea had launched a rocket, retracting the report about five minutes
# later" (a story of the false report, not of a launch)
MISTAKEN_LEAD = re.compile(
    r"^[^;]{0,80}?\b(?:mistakenly|wrongly|erroneously|falsely|accidentally)\s+"
    r"(?:announc\w*|report\w*|said|saying|claim\w*|sent|sending|issu\w*|broadcast\w*)\b"
)
GROUND_TEST = re.compile(r"\b(?:engines?|ground|static|stand)\b")
_LAUNCH_VERB = re.compile(
    r"(?<![\w-])(?:fired|fires|launched|test-fired|test-launched|test-firing|lifted off|blasted off"
    r"|firing of|flight-tested|test-flew)\b"
)
# "Kim guided a drill ..., firing a salvo of 600-millimeter rocket launchers on Monday" (not
# "South Korea's military conducted a drill, firing three missiles")
# ("conducted a firing drill of strategic cruise missiles on Thursday, launching four")
_FIRING_SOME = re.compile(
    r"\b(?:firing|launching)\s+(?:an?|two|three|four|five|six|several|multiple|\d+)\s"
)


_DATELINE_LEAD = re.compile(r"[^()\n]{0,40}\([^()\n]{1,30}\)\s*(?:--|[-—–])\s*")


def _after_dateline(sentence: str) -> int:
    m = _DATELINE_LEAD.match(sentence)
    return m.end() if m else 0


def not_a_launch(sentence: str) -> bool:
    """A sentence about a parade, a drill, an engine test: missiles named, none launched."""
    low = lower(sentence)
    if not any(word in low for word in _NOT_A_LAUNCH_WORDS):
        return False
    shown = _NOT_A_LAUNCH.search(low)
    return (
        shown is not None
        # "the missile was a Hwasong-17, a giant ICBM unveiled at a parade in 2020": the parade
        # describes the missile the sentence identifies
        and not _MISSILE_WAS.search(low, 0, shown.start())
        # "The launch, from near Sinpo, took place on Sunday, a day after Pyongyang staged a
        # huge military parade": the parade is what came before the launch the sentence tells
        and not _LAUNCH_THEN_OTHER.search(low, 0, shown.start())
        and not any(
            not _BARE_SINGULAR_AFTER.match(low, m.end()) for m in _LAUNCH_VERB.finditer(low)
        )
        and not (
            _FIRING_SOME.search(low)
            # (the dateline's "Seoul, Feb. 24 (Jiji Press)--" is where, not who fired)
            and not _FOREIGN_ACTOR.search(sentence, _after_dateline(sentence))
        )
        and not FLIGHT.search(low)
        and not _DATED_LAUNCH.search(low)
        and not _DATE_THEN_LAUNCH.search(low)
        # "has tested strategic cruise missiles ..., as it steps up its response to drills"
        and not _TESTED_MISSILES.search(low)
        # "The drills were a response to the North's launch of an IRBM from Mupyong-ri at 7:23
        # a.m. Tuesday": the launch the drill answered
        and not _ANSWERED_LAUNCH.search(low)
        # "Thursday's test took place ... after the leader visited an island, where he ordered
        # coastal artillery to fire": the day's launch is the sentence's subject
        and not _DAYS_LAUNCH.match(low)
        # "including four Scud missiles on Feb. 27 during the annual U.S.-South Korean
        # exercises": missiles of a day, during the drills they answered
        and not _MISSILES_ON_A_DAY_DURING.search(low)
    )


_MISSILES_ON_A_DAY_DURING = re.compile(
    rf"\b(?:missiles?|rockets?|projectiles?)\s+on\s+(?:(?:{_MONTH_STEMS})[a-z]*\.?\s+\d{{1,2}}"
    rf"|{_WEEKDAY_LOW})\b[^.;]{{0,12}}?\s+during\b"
)
_DAYS_LAUNCH = re.compile(
    r"(?:\w+day|yesterday)['’]s\s+(?:missile\s+|rocket\s+)?(?:launch|test|firing|test-firing)"
    r"\s+(?:took\s+place|came|happened|occurred)\b"
)


_ANSWERED_LAUNCH = re.compile(
    r"\b(?:response|reply|answer|retaliation|reaction)\s+to\s+(?:the\s+)?"
    r"(?:north(?:\s+korea)?|pyongyang)['’]s\s+(?:[\w-]+\s+){0,3}?(?:launch|firing|test-firing)\b"
)


_LAUNCH_THEN_OTHER = re.compile(
    r"\b(?:launch(?:es|ed)?|fired|test-fired)\b[^;]*\b(?:after|before|following|ahead\s+of)\b"
    r"[^,;.]{0,50}$"
)
_TESTED_OTHER = re.compile(
    r"\s+(?:(?!missiles?\b|rockets?\b)[\w'’\"“”-]+,?[\"“”]?\s+){0,6}?[\"“”']?"
    # ("claimed it had tested a standardized warhead that could be mounted on its missiles")
    # (but "tested multiple warheads on June 26" was a flight)
    r"(?:drones?|engines?|motors?|(?:standardi[sz]ed|nuclear)\s+warheads?)\b"
)
_TESTED_MISSILES = re.compile(
    r"\btested\s+(?:what\s+(?:appeared|seemed|looked)\s+to\s+be\s+)?"
    r"(?:(?!engines?\b|motors?\b)[\w-]+\s+){0,4}?"
    r"(?:missiles?|rockets?|projectiles?|icbms?|slbms?|srbms?|irbms?)\b"
    r"(?!\s+(?:engines?|motors?))"  # ("last tested a submarine-launched missile last October")
)


_MISSILE_WAS = re.compile(
    r"(?:\b(?:missiles?|projectiles?|rockets?|weapons?|it|they)\s+(?:\w+\s+){0,2}"
    r"(?:was|were|been|be|is|are)"
    # ("KCNA named it: the Hwasong-17, the giant missile they first showed off at a parade")
    r"|\b(?:named|called|identified|dubbed)\s+(?:it|them)[:,]?(?:\s+on\s+\w+day)?(?:\s+as)?)"
    # ("It is almost certainly another Hwasong-12, the missile unveiled at its April parade")
    r"\s+(?:(?:\w+ly|almost)\s+){0,2}(?:an?|the|another)\s+(?:new\s+)?(?:[\w-]+\s+){0,3}?"
    rf"(?:{DESIGNATION}|icbms?|slbms?|irbms?|srbms?|intercontinental|intermediate|short-range)\b"
)
# Substring checks are far cheaper than a regex: a sentence without these words is skipped.
_NOT_A_LAUNCH_WORDS = (
    "shown",
    "test",
    "engine",
    "parade",
    "display",
    "unveil",
    "exhibit",
    "drill",
    "artiller",
    "shell",
    "exercise",
    "rally",
    "moved",
    "deployed",
    "transported",
    "positioned",
    "relocated",
    "hauled",
)
_FOREIGN_WORDS = (
    *_FOREIGN_SITES,
    "allie",
    "south",
    "seoul",
    "united",
    "u.s.",
    "us ",
    "american",
    "washington",
    "japan",
    "tokyo",
    "russia",
    "china",
    "chinese",
    "pentagon",
    "nasa",
    "spacex",
    "ukrain",
    "iran",
    "israel",
    "india",
    "drdo",
    "pakistan",
    "taiwan",
    "france",
    "french",
    "sdf",
    "self-defen",
    "rok",
    "agency for defen",
    "the add",  # (a gate: "the ADD," too)
    "jae-in",
    "suk yeol",
    "suk-yeol",
    "jae-myung",
    "geun-hye",
    "myung-bak",
    "president moon",
    "president yoon",
    "intercept",
    "hyunmoo",
    "thaad",
    "sm-",
    "patriot",
    "minuteman",
    "trident",
    "tomahawk",
    "aegis",
    "falcon",
    "nuri",
    "dummy",
    "atacms",
    # other countries' missiles: "its March 11 flight test of an Agni-V"
    *_OTHER_MISSILES,
)


def is_heading(sentence: str) -> bool:
    """An editorial line in brackets ("[Provisional translation]", "(On the launch ...)") or
    a section's heading ("**Key points**", "## The flight")."""
    return bool(HEADING.match(sentence))


# --- places of launch ---------------------------------------------------------------------

LOCATIVE = re.compile(
    r"\b(?:from\s+(?:near|around|outside|off)|from|near|off|in|at|around|outside|over"
    # "An Unha-3 rocket left the Sohae launch site"
    r"|(?:rocket|missile)\s+(?:left|cleared)"
    # "fired from four locations, starting with the Sunan area of Pyongyang"
    r"|(?:starting|beginning)\s+with"
    # "fired from four locations -- the Sunan area of Pyongyang, Kaechon ..."
    r"|from\s+(?:\w+\s+)?(?:different\s+|separate\s+)?(?:locations|sites|places|areas)\s*(?:--|—|–|:))\s+"
    r"(?:(?:the\s+)?(?:(?:central|inland|mountainous|northern|southern|eastern|western|remote)\s+)"
    r"{0,2}(?:vicinity|area|areas|region|waters?|outskirts|coast|shore)\s+"
    r"(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+)?(?:of|off|near|around|including)\s+)?"
    r"(?:(?:an?|the)\s+(?:area|site|region)\s+(?:near|around|of|in)\s+)?"
    r"(?:(?:its|north\s+korea's|north\s+korea’s|the\s+north's|the\s+north’s|the\s+dprk's"
    r"|the\s+dprk’s)\s+)?"
    # "from Pyongyang's Sunan airport", "from South Pyongan's Sukchon": the place inside
    r"(?:(?:pyongyang|(?:north|south)\s+(?:pyongan|hamgyong|hwanghae)(?:\s+province)?)['’]s\s+)?"
    # "the northeastern coastal city of Sinpo", "the North's eastern coastal Hamju area"
    r"(?:the\s+)?(?:(?:eastern|western|northern|southern|north-?western|north-?eastern|"
    r"south-?western|south-?eastern|central|coastal|northwest|northeast|southwest|southeast|"
    r"inland|mountainous|remote)\s+){0,2}"
    r"(?:(?:the\s+)?(?:north\s+korean\s+)?"  # "from near the North Korean city of Kaesong"
    r"(?:(?:[\w-]+\s+){1,2}province\s+)?"  # "from the South Hamgyong province town of Hamju"
    r"(?:(?:east|west|north|south)(?:ern)?[\s-]+coast(?:al)?\s+|border\s+)?(?:port\s+)?"
    r"(?:city|town|county|village|province|island|region|district|port|harbou?r)\s+of\s+)?"
    r"(?:the\s+)?$"
)
CAPITAL = re.compile(
    r"\b(?:from|near|in|around|outside)\s+(?:the\s+)?(?:(?:north(?:'s|’s)?|north\s+korea(?:'s|’s)?)\s+)?"
    r"(?:capital(?:\s+(?:region|area|city))?|pyongyang\s+(?:area|region))\b"
)
# "from its east coast", "off the North's west coast": a place too vague for the gazetteer.
VAGUE_PLACE = re.compile(
    r"\b(?:from|off|near|along)\s+(?P<text>(?:a\s+site\s+near\s+)?(?:its|the|north\s+korea's|north\s+korea’s|"
    r"the\s+north's|the\s+north’s)\s+(?:(?:east|west|eastern|western|northern|southern|north|south)"
    r"(?:ern)?\s+(?:coast|shore|coastline|region|area|part)(?:\s+of\s+north\s+korea)?|"
    r"(?:eastern|western)\s+coast\s+of\s+north\s+korea))"
)
COUNTRY = re.compile(
    r"(?:North|South|Japan|China|Russia|Seoul|Tokyo|Washington|Pyongyang|The|Korea|US|U\.S\.)\b"
)
# "fired from near Xyz": a launch place the gazetteer does not know is still worth reporting.
UNKNOWN_PLACE = re.compile(
    r"(?i:\b(?:fired|launched|lifted\s+off|blasted\s+off|took\s+off)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:from|in\s+the\s+vicinity\s+of)\s+(?:near\s+|around\s+)?)"
    r"(?P<text>[A-Z][a-z'’-]+(?:[\s-][A-Z][a-z'’-]+){0,2})"
)

LANDING = re.compile(
    # ("fell outside Japan's exclusive economic zone": where it did not fall is no landing)
    r"\b(?:(?:into|in|toward|towards|off|over|inside|within)\s+|(?=outside\s))(?P<text>"
    r"(?:outside\s+)?(?:the\s+)?"
    r"(?:sea\s+of\s+japan|east\s+sea|yellow\s+sea|west\s+sea|pacific(?:\s+ocean)?|"
    r"japan(?:'s|’s)\s+(?:exclusive\s+economic\s+zone|eez)|(?:the\s+)?sea|waters\s+off\s+[^,.;]{3,40}))"
)
INLAND = re.compile(r"\b(?:fell|landed|crashed|fallen)\s+(?:\w+\s+){0,4}inland\b")
