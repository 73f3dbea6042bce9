"""Ingest speed: 10,000 articles into a fresh index, against a named baseline in the same run.

The articles are written to a folder and ingested as `launches ingest FOLDER` does it: read and
extracted in worker processes while the main one stores. The baseline is reading and extracting
alone, in one process, with no storage: the floor under a sequential ingest.
Articles are synthetic but shaped like wire copy (lead, attribution, numbers, a background
launch), with dates, sites and missiles drawn from the gazetteer and catalogue.

    python benchmarks/ingest_speed.py [--articles 10000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.articles import iter_article_paths
from bot.ingest import ingest_paths, load_and_extract
from bot.store import Index

SITES = [
    "Wonsan",
    "Sunan",
    "Kaechon",
    "Sinpo",
    "Tongchang-ri",
    "Hwangju",
    "Sukchon",
    "Jangyon",
    "Pyongsong",
    "Kusong",
    "Hamhung",
    "Sinpho",
    "Kaech'on",
    "the Pyongyang area",
]
KINDS = [
    "short-range ballistic missiles",
    "a ballistic missile",
    "cruise missiles",
    "an intercontinental ballistic missile",
    "a Hwasong-18 ICBM",
    "two KN-23 missiles",
    "a suspected intermediate-range ballistic missile",
    "three ballistic missiles",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
OUTLETS = ["Reuters", "AP", "Yonhap", "Kyodo", "AFP", "NHK World"]


def synthetic_texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    base = dt.date(2016, 1, 1)
    out = []
    for i in range(count):
        day = base + dt.timedelta(days=rng.randrange(3600))
        earlier = day - dt.timedelta(days=rng.randrange(8, 40))
        text = (
            f"North Korea fired {rng.choice(KINDS)} from {rng.choice(SITES)} on "
            f"{WEEKDAYS[day.weekday()]}, South Korea's Joint Chiefs of Staff said. "
            f"The missiles were launched at around {rng.randrange(1, 12)}:{rng.randrange(60):02d}"
            f" a.m. and flew about {rng.randrange(100, 1200)} km before landing in the Sea of "
            f"Japan. Japan's Defense Ministry said they reached an altitude of "
            f"{rng.randrange(30, 900)} km. It was the North's first launch since "
            f"{earlier:%B} {earlier.day}, when it fired a cruise missile. Officials in Tokyo "
            f"and Washington condemned the launch, story {i}."
        )
        head = (
            f"---\npublished: {day.isoformat()}\nsource: {rng.choice(OUTLETS)}\n"
            f"url: https://example.test/{i}\n---\n"
        )
        out.append(head + text)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        for i, text in enumerate(synthetic_texts(args.articles)):
            (corpus / f"{i:06d}.txt").write_text(text, encoding="utf-8")
        files = iter_article_paths([corpus])
        for path in files[:50]:
            load_and_extract(path)  # warm: compiled patterns, gazetteer and catalogue loaded

        # The baseline: storage left out, every file read and extracted in this process, as
        # the floor under a sequential ingest.
        start = time.perf_counter()
        for path in files:
            load_and_extract(path)
        floor = time.perf_counter() - start

        # As `launches ingest FOLDER` runs it, progress bar included when on a terminal.
        index = Index(f"sqlite:///{folder}/bench.db")
        progress = None
        if sys.stderr.isatty():
            from tqdm import tqdm

            def progress(items):  # type: ignore[no-untyped-def]
                return tqdm(items, unit="article", file=sys.stderr)

        start = time.perf_counter()
        summary = ingest_paths(index, [corpus], progress=progress)
        seconds = time.perf_counter() - start
        stats = index.stats()
        assert summary.added == len(files), summary.line()

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}"
    )
    print(
        f"index: {stats['articles']} articles, {stats['launches']} launches, "
        f"{stats['reports']} reports"
    )
    n = len(files)
    print(f"{'':44s} {'articles':>9s} {'seconds':>9s} {'ms/article':>11s}")
    print(
        f"{'launches-bot ingest (SQLite, WAL, pipelined)':44s} {n:9d} {seconds:9.1f} "
        f"{seconds / n * 1000:11.2f}"
    )
    print(
        f"{'baseline: read + extract alone, one core':44s} {n:9d} {floor:9.1f} "
        f"{floor / n * 1000:11.2f}"
    )
    verdict = "met" if seconds * 10_000 / n <= 30 else "NOT met"
    print(f"ingest / baseline: {seconds / floor:.2f}; target 10,000 articles in <= 30 s: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
