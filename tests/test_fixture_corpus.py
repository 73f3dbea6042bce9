"""Accuracy on the project's own labelled fixture articles: stories in the styles of many outlets,
labelled by the conventions of the corpus README. ``articles/`` are short stories; ``heldout/``
are long ones (quotes, reactions, paragraphs of earlier launches) and ``heldout2/`` mixed
outlets (KCNA, US-dated, flashes), ``heldout3/`` unusual forms (live blogs, roundups,
transcripts, explainers), ``heldout4/`` a fifth mix (allied firings, engine tests, missiles used
abroad), ``heldout5/`` a sixth (analysis pieces, press releases, failed and satellite launches,
US-time clauses), ``heldout6/`` a seventh (newsletters, foreign test launches, Hawaii- and
British-style times, numbered press releases), ``heldout7/`` an eighth (less usual outlets,
flashes, transcripts, a timeline), ``heldout8/`` a ninth (an ordinary week of wire copy),
``heldout9/`` a tenth (an ordinary day of news), ``heldout10/`` an eleventh (ordinary news of
2009-2025), ``heldout11/`` a twelfth (many sites and kinds), ``heldout12/`` a thirteenth (a news
desk's everyday mix), ``heldout13/`` a fourteenth (in the development corpus's styles),
``heldout14/`` a fifteenth (news of 2019-2025), ``heldout15/`` a sixteenth (a short mix of
2014-2025), ``heldout16/`` a seventeenth (wire copy and analysis of 2006-2025), ``heldout17/`` an
eighteenth (news and negatives of 2012-2025), ``heldout18/`` a nineteenth (many outlets,
2009-2025), ``heldout19/`` a twentieth (an ordinary news desk, 2014-2025), ``heldout20/`` a
twenty-first (news and negatives of 2009-2025), ``heldout21/`` a twenty-second (less-covered
episodes of 1998-2025), ``heldout22/`` a twenty-third (Asian outlets' house styles),
``heldout23/`` a twenty-fourth (Western outlets and analyses), ``heldout24/`` a twenty-fifth (an
ordinary news day), ``heldout25/`` a twenty-sixth (press releases, transcripts, KCNA),
``heldout26/`` a twenty-seventh (1993-2017, year recaps), ``heldout27/`` a twenty-eighth
(2019-2026, weeks of many launches), ``heldout28/`` a twenty-ninth (an ordinary month of a
news desk), ``heldout29/`` a thirtieth (regional outlets' habits), ``heldout30/`` a
thirty-first (the specialist and analysis press), ``heldout31/`` a thirty-second (wire copy
and its updates), ``heldout32/`` a thirty-third (official texts), ``heldout33/`` a
thirty-fourth (launches in stories about something else) and ``heldout34/`` a thirty-fifth
(retrospectives and anniversaries), all
written after the extractor
and first scored blind
(docs/accuracy.md). A change that loses launches, dates or sites shows here as a figure falling
below what we reached."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.articles import load_article
from bot.evaluate import Report, gazetteer_same_site, load_gold, score
from bot.extract import extract

FIXTURES = Path(__file__).parent / "fixtures"
SETS = {
    "short": FIXTURES,
    "long": FIXTURES / "heldout",
    "mixed": FIXTURES / "heldout2",
    "unusual": FIXTURES / "heldout3",
    "fifth": FIXTURES / "heldout4",
    "sixth": FIXTURES / "heldout5",
    "seventh": FIXTURES / "heldout6",
    "eighth": FIXTURES / "heldout7",
    "ninth": FIXTURES / "heldout8",
    "tenth": FIXTURES / "heldout9",
    "eleventh": FIXTURES / "heldout10",
    "twelfth": FIXTURES / "heldout11",
    "thirteenth": FIXTURES / "heldout12",
    "fourteenth": FIXTURES / "heldout13",
    "fifteenth": FIXTURES / "heldout14",
    "sixteenth": FIXTURES / "heldout15",
    "seventeenth": FIXTURES / "heldout16",
    "eighteenth": FIXTURES / "heldout17",
    "nineteenth": FIXTURES / "heldout18",
    "twentieth": FIXTURES / "heldout19",
    "twenty-first": FIXTURES / "heldout20",
    "twenty-second": FIXTURES / "heldout21",
    "twenty-third": FIXTURES / "heldout22",
    "twenty-fourth": FIXTURES / "heldout23",
    "twenty-fifth": FIXTURES / "heldout24",
    "twenty-sixth": FIXTURES / "heldout25",
    "twenty-seventh": FIXTURES / "heldout26",
    "twenty-eighth": FIXTURES / "heldout27",
    "twenty-ninth": FIXTURES / "heldout28",
    "thirtieth": FIXTURES / "heldout29",
    "thirty-first": FIXTURES / "heldout30",
    "thirty-second": FIXTURES / "heldout31",
    "thirty-third": FIXTURES / "heldout32",
    "thirty-fourth": FIXTURES / "heldout33",
    "thirty-fifth": FIXTURES / "heldout34",
}
# Floors a little under what the set reaches today: they catch a regression, not a wobble.
FLOORS = {
    "short": {
        "primary": 0.97,
        "background": 0.95,
        "date": 0.97,
        "time": 0.95,
        "site": 0.93,
        "class": 0.93,
        "types": 0.9,
        "count": 0.9,
        "distance": 0.93,
        "apogee": 0.93,
    },
    "long": {
        "primary": 0.95,
        "background": 0.84,
        "date": 0.95,
        "time": 0.95,
        "site": 0.88,
        "class": 0.8,
        "types": 0.8,
        "count": 0.85,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "mixed": {
        "primary": 0.95,
        "background": 0.86,
        "date": 0.95,
        "time": 0.88,
        "site": 0.95,
        "class": 0.95,
        "types": 0.83,
        "count": 0.9,
        "distance": 0.9,
        "apogee": 0.9,
    },
    "unusual": {
        "primary": 0.95,
        "background": 0.88,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.83,
        "types": 0.8,
        "count": 0.83,
        "distance": 0.8,
        "apogee": 0.88,
    },
    "fifth": {
        "primary": 0.97,
        "background": 0.92,
        "date": 0.97,
        "time": 0.95,
        "site": 0.95,
        "class": 0.8,
        "types": 0.92,
        "count": 0.88,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "sixth": {
        "primary": 0.9,
        "background": 0.9,
        "date": 0.93,
        "time": 0.85,
        "site": 0.88,
        "class": 0.7,
        "types": 0.85,
        "count": 0.75,
        "distance": 0.85,
        "apogee": 0.88,
    },
    "seventh": {
        "primary": 0.95,
        "background": 0.92,
        "date": 0.95,
        "time": 0.95,
        "site": 0.9,
        "class": 0.93,
        "types": 0.8,
        "count": 0.93,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "eighth": {
        "primary": 0.95,
        "background": 0.86,
        "date": 0.95,
        "time": 0.95,
        "site": 0.93,
        "class": 0.95,
        "types": 0.78,
        "count": 0.85,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "ninth": {
        "primary": 0.95,
        "background": 0.93,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.9,
        "types": 0.85,
        "count": 0.85,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "tenth": {
        "primary": 0.95,
        "background": 0.93,
        "date": 0.95,
        "time": 0.95,
        "site": 0.93,
        "class": 0.9,
        "types": 0.85,
        "count": 0.9,
        "distance": 0.9,
        "apogee": 0.95,
    },
    "eleventh": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.95,
        "types": 0.95,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "twelfth": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.95,
        "types": 0.9,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "thirteenth": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.95,
        "types": 0.9,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "fourteenth": {
        "primary": 0.95,
        "background": 0.93,
        "date": 0.95,
        "time": 0.9,
        "site": 0.9,
        "class": 0.95,
        "types": 0.9,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "fifteenth": {
        "primary": 0.95,
        "background": 0.9,
        "date": 0.95,
        "time": 0.95,
        "site": 0.85,
        "class": 0.85,
        "types": 0.88,
        "count": 0.93,
        "distance": 0.93,
        "apogee": 0.95,
    },
    "sixteenth": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.95,
        "site": 0.93,
        "class": 0.85,
        "types": 0.75,
        "count": 0.93,
        "distance": 0.93,
        "apogee": 0.93,
    },
    "seventeenth": {
        "primary": 0.97,
        "background": 0.93,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.93,
        "types": 0.93,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "eighteenth": {
        "primary": 0.97,
        "background": 0.88,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.93,
        "types": 0.93,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "nineteenth": {
        "primary": 0.97,
        "background": 0.9,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.9,
        "types": 0.95,
        "count": 0.9,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "twentieth": {
        "primary": 0.97,
        "background": 0.9,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.9,
        "types": 0.85,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "twenty-first": {
        "primary": 0.97,
        "background": 0.85,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.93,
        "types": 0.85,
        "count": 0.93,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "twenty-second": {
        "primary": 0.97,
        "background": 0.85,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.93,
        "types": 0.85,
        "count": 0.93,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "twenty-third": {
        "primary": 0.97,
        "background": 0.85,
        "date": 0.95,
        "time": 0.95,
        "site": 0.9,
        "class": 0.85,
        "types": 0.85,
        "count": 0.9,
        "distance": 0.9,
        "apogee": 0.9,
    },
    "twenty-fourth": {
        "primary": 0.97,
        "background": 0.85,
        "date": 0.95,
        "time": 0.95,
        "site": 0.9,
        "class": 0.85,
        "types": 0.85,
        "count": 0.9,
        "distance": 0.9,
        "apogee": 0.9,
    },
    "twenty-fifth": {
        "primary": 0.97,
        "background": 0.9,
        "date": 0.95,
        "time": 0.95,
        "site": 0.85,
        "class": 0.85,
        "types": 0.95,
        "count": 0.9,
        "distance": 0.9,
        "apogee": 0.95,
    },
    "twenty-sixth": {
        "primary": 0.85,
        "background": 0.9,
        "date": 0.9,
        "time": 0.9,
        "site": 0.9,
        "class": 0.85,
        "types": 0.9,
        "count": 0.85,
        "distance": 0.85,
        "apogee": 0.9,
    },
    "twenty-seventh": {
        "primary": 0.9,
        "background": 0.9,
        "date": 0.9,
        "time": 0.9,
        "site": 0.8,
        "class": 0.9,
        "types": 0.8,
        "count": 0.75,
        "distance": 0.75,
        "apogee": 0.9,
    },
    "twenty-eighth": {
        "primary": 0.95,
        "background": 0.9,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.95,
        "types": 0.85,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.9,
    },
    "twenty-ninth": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.95,
        "types": 0.95,
        "count": 0.9,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "thirtieth": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.95,
        "types": 0.95,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "thirty-first": {
        "primary": 0.95,
        "background": 0.9,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.9,
        "types": 0.9,
        "count": 0.9,
        "distance": 0.9,
        "apogee": 0.95,
    },
    "thirty-second": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.9,
        "site": 0.95,
        "class": 0.95,
        "types": 0.9,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "thirty-third": {
        "primary": 0.95,
        "background": 0.95,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.85,
        "types": 0.85,
        "count": 0.9,
        "distance": 0.95,
        "apogee": 0.95,
    },
    # (the thirty-fourth and thirty-fifth are only partly worked through: floors hold what
    # they reach, well under the targets)
    "thirty-fourth": {
        "primary": 0.9,
        "background": 0.9,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.95,
        "types": 0.95,
        "count": 0.95,
        "distance": 0.95,
        "apogee": 0.95,
    },
    "thirty-fifth": {
        "primary": 0.95,
        "background": 0.7,
        "date": 0.95,
        "time": 0.95,
        "site": 0.95,
        "class": 0.6,
        "types": 0.8,
        "count": 0.8,
        "distance": 0.8,
        "apogee": 0.8,
    },
}


def build(folder: Path) -> Report:
    items = [
        (path.stem, gold["events"], [e.to_dict() for e in extract(load_article(path))])
        for path, gold in load_gold(folder)
    ]
    return score(items, same_site=gazetteer_same_site)


@pytest.fixture(scope="module", params=sorted(SETS))
def corpus(request: pytest.FixtureRequest) -> tuple[str, Report]:
    return request.param, build(SETS[request.param])


def test_launches_found_once(corpus: tuple[str, Report]) -> None:
    name, report = corpus
    assert report.primary.f1 >= FLOORS[name]["primary"], report.to_text()
    assert report.background.f1 >= FLOORS[name]["background"], report.to_text()


def test_no_launch_reported_where_there_is_none(corpus: tuple[str, Report]) -> None:
    name, report = corpus
    assert report.false_alarms <= (0 if name == "short" else 1), report.to_text()


@pytest.mark.parametrize(
    "field", ["date", "time", "site", "class", "types", "count", "distance", "apogee"]
)
def test_field_accuracy(corpus: tuple[str, Report], field: str) -> None:
    name, report = corpus
    assert report.accuracy(field) >= FLOORS[name][field], report.to_text()
