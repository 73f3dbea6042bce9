"""The index as an analyst relies on it: one launch once, every source kept, disagreements
shown, nothing lost or doubled by re-running, re-indexing or a killed ingest."""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bot.articles import article_from_text
from bot.extract import extract
from bot.ingest import ingest_paths
from bot.store import Index


def story(published: str, text: str, source: str = "Wire", url: str | None = None) -> str:
    head = f"published: {published}\nsource: {source}\n" + (f"url: {url}\n" if url else "")
    return f"---\n{head}---\n{text}\n"


def add(index: Index, content: str, name: str = "a.txt") -> None:
    article = article_from_text(content, name)
    index.add_article(article, extract(article))


def make_index(tmp_path: Path) -> Index:
    return Index(f"sqlite:///{tmp_path / 'launches.db'}")


def test_two_outlets_one_launch(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    add(
        index,
        story(
            "2024-09-18",
            "North Korea fired two short-range ballistic missiles from "
            "Kaechon on Wednesday, South Korea's Joint Chiefs of Staff said. They "
            "flew about 400 km.",
            "Reuters",
            "https://example.test/r",
        ),
    )
    add(
        index,
        story(
            "2024-09-18",
            "North Korea launched ballistic missiles from near Kaech'on "
            "early on Wednesday, Japan's Defense Ministry said, adding that they flew "
            "about 350 km.",
            "Kyodo",
            "https://example.test/k",
        ),
    )
    launches = list(index.all_launches())
    assert len(launches) == 1
    launch = launches[0]
    assert (launch.date, launch.site) == ("2024-09-18", "Kaechon")
    assert [s.outlet for s in launch.sources] == ["Reuters", "Kyodo"]
    # JCS says 400 km and Japan 350 km: the launch shows both, and who said which.
    assert dict(launch.disagreements["distance_km"]) == {400: ["Reuters"], 350: ["Kyodo"]}


def test_same_day_different_places_are_two_launches(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    add(
        index,
        story(
            "2022-11-02", "North Korea fired a cruise missile from Wonsan on Wednesday, Seoul said."
        ),
        "a.txt",
    )
    add(
        index,
        story(
            "2022-11-02", "North Korea fired an ICBM from the Sunan area on Wednesday, Seoul said."
        ),
        "b.txt",
    )
    assert sorted(launch.site or "" for launch in index.all_launches()) == ["Sunan", "Wonsan"]


def test_background_mention_joins_the_launch_it_names(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    add(
        index,
        story(
            "2023-03-16",
            "North Korea fired an intercontinental ballistic missile "
            "on Thursday, South Korea's military said.",
            "Yonhap",
        ),
        "a.txt",
    )
    add(
        index,
        story(
            "2023-03-19",
            "North Korea launched a ballistic missile on Sunday. The "
            "launch followed an ICBM that North Korea fired last Thursday.",
            "Reuters",
        ),
        "b.txt",
    )
    launches = {launch.date: launch for launch in index.all_launches()}
    assert sorted(launches) == ["2023-03-16", "2023-03-19"]
    assert [s.outlet for s in launches["2023-03-16"].sources] == ["Yonhap", "Reuters"]


def test_a_month_mention_becomes_the_day_when_the_day_is_known(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    add(
        index,
        story(
            "2024-09-18",
            "North Korea fired a missile on Wednesday. It follows two "
            "ballistic missiles the North fired in July.",
        ),
        "a.txt",
    )
    assert sorted(launch.date for launch in index.all_launches()) == ["2024-07", "2024-09-18"]
    add(
        index,
        story("2024-07-01", "North Korea fired two ballistic missiles on Monday, Seoul said."),
        "b.txt",
    )
    assert sorted(launch.date for launch in index.all_launches()) == ["2024-07-01", "2024-09-18"]


def test_same_article_twice_changes_nothing(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    text = "North Korea fired a ballistic missile on Sunday, the JCS said."
    first = article_from_text(story("2023-03-19", text, url="https://example.test/1"), "a.txt")
    assert index.add_article(first, extract(first)).status == "added"
    same_url = article_from_text(
        story("2023-03-19", text + " Updated.", url="https://example.test/1"), "b.txt"
    )
    assert index.add_article(same_url, extract(same_url)).status == "unchanged"
    same_text = article_from_text(story("2023-03-19", text.replace(" ", "  ")), "c.txt")
    assert index.add_article(same_text, extract(same_text)).status == "unchanged"
    assert index.stats() == {"articles": 1, "launches": 1, "reports": 1}


def test_reindex_rebuilds_without_losing_anything(tmp_path: Path) -> None:
    index = make_index(tmp_path)
    for i, day in enumerate(("2024-01-14", "2024-01-15", "2024-01-16")):
        add(
            index,
            story(day, f"North Korea fired a ballistic missile today, story {i}."),
            f"{i}.txt",
        )
    before = [(launch.date, [s.key for s in launch.sources]) for launch in index.all_launches()]
    assert index.reindex(extract) == 3
    after = [(launch.date, [s.key for s in launch.sources]) for launch in index.all_launches()]
    assert after == before


def write_corpus(folder: Path, count: int) -> None:
    folder.mkdir()
    start = 18000  # a day number: each article reports a launch on its own day
    for i in range(count):
        day = dt.date.fromordinal(738000 + i).isoformat()
        (folder / f"{start + i}.txt").write_text(
            story(
                day,
                f"North Korea fired {i % 3 + 2} ballistic missiles from Wonsan today, "
                f"South Korea's military said. Story number {i}.",
            ),
            encoding="utf-8",
        )


def test_parallel_ingest_builds_the_same_index(tmp_path: Path) -> None:
    """Worker processes extract, this one stores in file order: the same launches, the same
    sources, the same ids, the same failures as a sequential ingest."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    outlets = ["Yonhap", "Kyodo", "AP"]
    for i in range(60):
        day = dt.date(2024, 1, 1) + dt.timedelta(i // 3)
        earlier = day - dt.timedelta(days=3)
        (corpus / f"{i:03d}.txt").write_text(
            story(
                day.isoformat(),
                f"North Korea fired {i % 3 + 1} ballistic missiles from Wonsan today, which "
                f"flew {300 + i % 3 * 10} km, {outlets[i % 3]} reported. It was the North's "
                f"first launch since {earlier:%B} {earlier.day}, when it fired ballistic "
                f"missiles from Wonsan.",
                source=outlets[i % 3],
            ),
            encoding="utf-8",
        )
    (corpus / "030-broken.txt").write_bytes(b"\x00\x01 not text")

    def ingest(workers: int) -> tuple[list[dict[str, object]], list[str]]:
        index = Index(f"sqlite:///{tmp_path / f'workers{workers}.db'}")
        summary = ingest_paths(index, [corpus], workers=workers)
        return [launch.to_dict() for launch in index.all_launches()], summary.failed

    sequential, failed = ingest(0)
    # 20 days of launches and 3 days before them that only mentions tell of
    assert len(sequential) == 23 and len(failed) == 1 and "030-broken.txt" in failed[0]
    assert any(len(launch["sources"]) == 6 for launch in sequential)  # 3 reports, 3 mentions
    assert ingest(1) == (sequential, failed)


@pytest.mark.parametrize("workers", ["0", "1"])
def test_killed_ingest_resumes_to_the_same_index(tmp_path: Path, workers: str) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, 150)
    clean = Index(f"sqlite:///{tmp_path / 'clean.db'}")
    ingest_paths(clean, [corpus])
    expected = clean.stats()

    db = tmp_path / "killed.db"
    command = [sys.executable, "-m", "bot.cli", "ingest", "--db", str(db), "--workers", workers]
    command.append(str(corpus))
    process = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:  # kill it part-way through
        if db.exists():
            with sqlite3.connect(db) as conn:
                try:
                    done = conn.execute("select count(*) from articles").fetchone()[0]
                except sqlite3.OperationalError:
                    done = 0
            if done >= 20:
                break
        time.sleep(0.02)
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=30)
    with sqlite3.connect(db) as conn:
        assert conn.execute("pragma integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("select count(*) from articles").fetchone()[0]
    assert 0 < partial < 150

    resumed = Index(f"sqlite:///{db}")
    summary = ingest_paths(resumed, [corpus])
    assert summary.unchanged == partial
    assert resumed.stats() == expected
