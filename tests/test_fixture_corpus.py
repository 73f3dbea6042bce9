"""Accuracy on the project's own labelled fixture articles (tests/fixtures/): short stories in
the styles of many outlets, labelled by the conventions of the corpus README. A change that
loses launches, dates or sites shows here as a figure falling below what we reached."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.articles import load_article
from bot.evaluate import Report, gazetteer_same_site, score
from bot.extract import extract

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def report() -> Report:
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))
    items = []
    for stem, gold in sorted(expected.items()):
        article = load_article(FIXTURES / "articles" / f"{stem}.txt")
        items.append((stem, gold["events"], [e.to_dict() for e in extract(article)]))
    return score(items, same_site=gazetteer_same_site)


def test_every_primary_launch_is_found_once(report: Report) -> None:
    assert report.primary.f1 >= 0.97, report.to_text()
    assert report.false_alarms == 0, report.to_text()


def test_background_launches(report: Report) -> None:
    assert report.background.f1 >= 0.9, report.to_text()


@pytest.mark.parametrize(("field", "floor"), [
    ("date", 0.97), ("time", 0.95), ("site", 0.93), ("class", 0.93), ("types", 0.9),
    ("count", 0.9), ("distance", 0.93), ("apogee", 0.93),
])
def test_field_accuracy(report: Report, field: str, floor: float) -> None:
    assert report.accuracy(field) >= floor, report.to_text()
