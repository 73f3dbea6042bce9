"""Ingest speed: 10,000 articles into a fresh index, against a named baseline in the same run.

The baseline is extraction alone, with no storage: the floor under any ingest, so the figure
that storage adds is read off directly.
Articles are synthetic but shaped like wire copy (lead, attribution, numbers, a background
launch), with dates, sites and missiles drawn from the gazetteer and catalogue.

    python benchmarks/ingest_speed.py [--articles 10000] [--baseline-articles 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.articles import Article, article_from_text
from bot.extract import extract
from bot.ingest import BATCH
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


def synthetic_articles(count: int, seed: int = 7) -> list[Article]:
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
        out.append(article_from_text(head + text, f"{i}.txt"))
    return out


def run(index: Index, articles: list[Article], progress: bool) -> float:
    items = articles
    if progress and sys.stderr.isatty():
        from tqdm import tqdm

        items = tqdm(articles, unit="article", file=sys.stderr)  # type: ignore[assignment]
    start = time.perf_counter()
    batch: list[tuple[Article, list]] = []  # as `launches ingest` does: BATCH per transaction
    for article in items:
        batch.append((article, extract(article)))
        if len(batch) == BATCH:
            index.add_articles(batch)
            batch.clear()
    index.add_articles(batch)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    articles = synthetic_articles(args.articles)
    for article in articles[:50]:
        extract(article)  # warm: compiled patterns, gazetteer and catalogue loaded

    with tempfile.TemporaryDirectory() as folder:
        index = Index(f"sqlite:///{folder}/bench.db")
        seconds = run(index, articles, progress=True)
        stats = index.stats()
        # The baseline: storage left out, extraction only, as the floor under any ingest.
        start = time.perf_counter()
        for article in articles:
            extract(article)
        floor = time.perf_counter() - start

    print(
        f"machine: {platform.processor() or platform.machine()}, Python {platform.python_version()}"
    )
    print(
        f"index: {stats['articles']} articles, {stats['launches']} launches, "
        f"{stats['reports']} reports"
    )
    print(f"{'':36s} {'articles':>9s} {'seconds':>9s} {'ms/article':>11s}")
    print(
        f"{'launches-bot ingest (SQLite, WAL)':36s} {len(articles):9d} {seconds:9.1f} "
        f"{seconds / len(articles) * 1000:11.2f}"
    )
    print(
        f"{'baseline: extraction alone':36s} {len(articles):9d} {floor:9.1f} "
        f"{floor / len(articles) * 1000:11.2f}"
    )
    verdict = "met" if seconds * 10_000 / len(articles) <= 30 else "NOT met"
    print(
        f"storage adds {(seconds - floor) / len(articles) * 1000:.2f} ms per article; "
        f"target 10,000 articles in <= 30 s: {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
