"""Questions asked of a real index, the way `launches ask` and Slack will ask them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.answer import answer
from bot.cli import main
from bot.history import read_history, salvo_key, salvos
from bot.ingest import ingest_paths
from bot.query import parse_query
from bot.render import answer_text
from bot.store import Index

ROOT = Path(__file__).resolve().parents[1]
NOW = dt.datetime(2025, 5, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    index = Index(f"sqlite:///{tmp_path_factory.mktemp('db') / 'launches.db'}")
    rows, problems = read_history(ROOT / "seeds" / "history.csv")
    assert not problems
    for item in salvos(rows):
        index.add_history(salvo_key(item), item)
    ingest_paths(index, [ROOT / "seeds"])
    return index


@pytest.mark.parametrize("day", ["2024-09-18", "2025-05-08"])
def test_seed_launches_merge_with_history(index: Index, day: str) -> None:
    matching = [launch for launch in index.all_launches() if launch.date == day]
    assert len(matching) == 1
    outlets = {source.outlet for source in matching[0].sources}
    assert "CNS Missile Test Database" in outlets
    assert outlets & {"Reuters", "Al Jazeera"}


def test_last_30_days(index: Index) -> None:
    result = answer(index, parse_query("last 30d", NOW))
    assert [launch.date for launch in result.launches] == ["2025-05-08"]
    assert result.headline == "Launches, 2025-04-22 to 2025-05-22 (last 30 days): 1"


def test_last_wonsan_launch_covers_the_area(index: Index) -> None:
    result = answer(index, parse_query("last Wonsn launch", NOW))
    assert len(result.launches) == 1
    launch = result.launches[0]
    assert launch.date == "2025-05-08"
    assert launch.site == "South Wonsan"  # a site of the Wonsan area, named as such
    assert "Wonsn: read as Wonsan" in answer_text(result)


def test_types_and_counts(index: Index) -> None:
    kn23 = answer(index, parse_query("KN-23 this year", NOW))
    assert [launch.date for launch in kn23.launches] == ["2025-05-08"]
    counted = answer(index, parse_query("how many launches in 2024", NOW))
    assert counted.launches == []
    assert counted.total == index.count(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))
    assert counted.total > 0


def test_ask_command_prints_the_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], index: Index
) -> None:
    db = index.url.removeprefix("sqlite:///")
    assert main(["ask", "--db", db, "--now", "2025-05-22T10:00+09:00", "latest ICBM"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ICBM launches, latest 1")
    assert "2024-10-31" in out
    assert main(["ask", "--db", db, "--now", "2025-05-22T10:00+09:00", "Wonsam xyzzy"]) == 2
    assert "Did you mean" in capsys.readouterr().out


def test_events_export(index: Index, capsys: pytest.CaptureFixture[str]) -> None:
    import csv
    import io
    import json

    db = index.url.removeprefix("sqlite:///")
    assert (
        main(["events", "--db", db, "--json", "--now", "2025-05-22T10:00+09:00", "last", "30d"])
        == 0
    )
    exported = json.loads(capsys.readouterr().out)
    assert [e["date"] for e in exported] == ["2025-05-08"]
    assert {s["outlet"] for s in exported[0]["sources"]} >= {"Al Jazeera"}
    assert main(["events", "--db", db, "--csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == index.stats()["launches"]
    assert {"Date (KST)", "Launch Time (UTC)", "Facility Name", "Source(s)"} <= set(rows[0])
