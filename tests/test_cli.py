"""The `launches` command as a user runs it: JSON Lines out, bad files named, the rest done."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from bot.cli import main

GOOD = (
    "---\ntitle: Launch\npublished: 2024-09-18\n---\n"
    "North Korea fired two short-range ballistic missiles from Kaechon on Wednesday, "
    "South Korea's Joint Chiefs of Staff said. They flew about 400 km.\n"
)
QUIET = "---\npublished: 2020-10-10\n---\nNorth Korea held a military parade on Saturday.\n"


def test_extract_prints_one_json_line_per_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(QUIET, encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["file"] for line in lines] == ["a.txt", "b.txt"]
    event = lines[0]["events"][0]
    expected_fields = {
        "role",
        "date",
        "date_precision",
        "time_kst",
        "time_utc",
        "site",
        "site_text",
        "missile_class",
        "missile_types",
        "count_min",
        "count_max",
        "distance_km",
        "apogee_km",
        "landing",
        "reported_by",
        "lat",
        "lon",
        "evidence",
    }
    assert set(event) == expected_fields
    assert (event["date"], event["site"], event["count_min"], event["distance_km"]) == (
        "2024-09-18",
        "Kaechon",
        2,
        400,
    )
    assert lines[1]["events"] == []


def test_bad_files_are_named_and_the_rest_extracted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "1-good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "2-empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "3-binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "4-latin1.txt").write_bytes("Kim\u00e9".encode("latin-1"))
    (tmp_path / "5-date.txt").write_text("---\npublished: tomorrow\n---\nText.\n", "utf-8")
    (tmp_path / "6-good.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", str(tmp_path)]) == 1
    captured = capsys.readouterr()
    assert [json.loads(line)["file"] for line in captured.out.splitlines()] == [
        "1-good.txt",
        "6-good.txt",
    ]
    errors = captured.err.splitlines()
    assert len(errors) == 4
    for name, words in [
        ("2-empty", "empty"),
        ("3-binary", "binary"),
        ("4-latin1", "UTF-8"),
        ("5-date", "published"),
    ]:
        assert any(name in line and words in line for line in errors), (name, errors)


def test_text_format_is_readable(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    assert main(["extract", "--text", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "2024-09-18" in out and "Kaechon" in out and "400 km" in out


def test_eval_scores_against_gold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    gold = {
        "id": "a",
        "published": "2024-09-18",
        "events": [
            {
                "role": "primary",
                "date": "2024-09-18",
                "date_precision": "day",
                "time_kst": None,
                "time_utc": None,
                "site": "Kaechon",
                "site_text": "Kaechon",
                "missile_class": "SRBM",
                "missile_types": [],
                "count_min": 2,
                "count_max": 2,
                "distance_km": 400,
                "apogee_km": None,
                "landing": None,
                "reported_by": ["South Korea JCS"],
            }
        ],
    }
    (tmp_path / "a.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    assert main(["eval", "--json", str(tmp_path)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["primary"]["f1"] == 1.0


def test_console_script_runs_as_a_process(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "bot.cli",
            "extract",
            str(tmp_path / "a.txt"),
            str(tmp_path / "missing.txt"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["events"][0]["site"] == "Kaechon"
    assert "missing.txt" in done.stderr and "Traceback" not in done.stderr


def test_console_answers_then_stops_its_scheduler(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A scheduler left running when the console returns fires into a shutting-down interpreter
    (a traceback after every piped `make run`)."""
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "feeds.yaml").write_text("feeds: []\n", encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", io.StringIO("/launches last Kaechon launch\n"))
    code = main(
        [
            "console",
            "--db",
            str(tmp_path / "index.db"),
            "--feeds",
            str(tmp_path / "feeds.yaml"),
            "--ingest",
            str(tmp_path / "a.txt"),
            "--now",
            "2024-09-20T12:00:00+09:00",
        ]
    )
    assert code == 0
    assert "2024-09-18" in capsys.readouterr().out
    assert not [t for t in threading.enumerate() if t.name == "APScheduler"]
