"""Query speed: p50 and p99 of 1,000 mixed /launches queries over 100,000 synthetic launches,
against a named baseline in the same run: the naive search that scores every launch's text
against the query with rapidfuzz (what a bot without a query language would do).

    python benchmarks/query_speed.py [--launches 100000] [--queries 1000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from rapidfuzz import fuzz, process

from bot.answer import answer
from bot.gazetteer import default_gazetteer
from bot.query import parse_query
from bot.store import Index, canonical_types, launch_types, launches

CLASSES = (
    ["SRBM"] * 6
    + ["cruise"] * 2
    + ["ICBM", "IRBM", "SLBM", "MLRS", "SLV", "hypersonic", "unknown", "unknown"]
)
TYPES = {
    "SRBM": ["KN-23", "KN-24", "Hwasong-11", "Scud"],
    "ICBM": ["Hwasong-15", "Hwasong-17", "Hwasong-18", "Hwasong-19"],
    "IRBM": ["Hwasong-12", "Hwasong-16B"],
    "SLBM": ["Pukguksong-3"],
    "MLRS": ["KN-25"],
    "SLV": ["Chollima-1"],
    "cruise": ["Hwasal-2"],
    "hypersonic": ["Hwasong-8"],
    "unknown": [],
}
QUERIES = [
    "last 30d",
    "last 30d",
    "last 30d",
    "last Wonsan launch",
    "latest ICBM",
    "last 5 launches",
    "KN-23 this year",
    "Hwasong 18",
    "cruise missiles since May",
    "how many launches in 2024",
    "count ICBM since 2022",
    "Sohae",
    "Kaech'on past month",
    "between March and May 2025",
    "SLBM in 2021",
    "Wonsn last year",
    "yesterday",
    "since 2025-03-01",
    "Sunan last 2 weeks",
    "in 2019",
]


def synthetic(count: int, seed: int = 11) -> list[dict[str, object]]:
    """Launches spread over 1984-2025 with more of them recently, as in the real record."""
    rng = random.Random(seed)
    places = [p for p in default_gazetteer().places.values() if p.kind in {"site", "city"}]
    start = dt.date(1984, 1, 1).toordinal()
    span = dt.date(2025, 5, 22).toordinal() - start
    rows = []
    for i in range(count):
        day = dt.date.fromordinal(start + int(span * rng.random() ** 0.35))
        place = rng.choice(places)
        cls = rng.choice(CLASSES)
        types = rng.sample(TYPES[cls], k=min(len(TYPES[cls]), rng.randrange(0, 2)))
        data = {
            "id": i + 1,
            "date": day.isoformat(),
            "date_precision": "day",
            "site": place.name,
            "area": place.area,
            "lat": place.lat,
            "lon": place.lon,
            "missile_class": cls,
            "missile_types": types,
            "count_min": rng.randrange(1, 4),
            "count_max": None,
            "distance_km": rng.randrange(100, 1500),
            "sources": [],
            "disagreements": {},
            "reported_by": ["CNS Missile Test Database"],
        }
        rows.append(data)
    return rows


def load(index: Index, rows: list[dict[str, object]]) -> None:
    with index.engine.begin() as conn:
        conn.execute(
            launches.insert(),
            [
                {
                    "id": r["id"],
                    "date": r["date"],
                    "precision": "day",
                    "day_start": r["date"],
                    "day_end": r["date"],
                    "site": r["site"],
                    "area": r["area"],
                    "missile_class": r["missile_class"],
                    "data": r,
                }
                for r in rows
            ],
        )
        conn.execute(
            launch_types.insert(),
            [
                {"launch_id": r["id"], "type": t, "day_start": r["date"]}
                for r in rows
                for t in canonical_types(tuple(r["missile_types"]))
            ],
        )  # type: ignore[arg-type]


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100)[int(q) - 1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=1_000)
    parser.add_argument(
        "--baseline-queries",
        type=int,
        default=100,
        help="the naive baseline is slow: it is timed on fewer queries",
    )
    args = parser.parse_args()
    rows = synthetic(args.launches)
    now = dt.datetime(2025, 5, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    rng = random.Random(3)
    asked = [rng.choice(QUERIES) for _ in range(args.queries)]
    with tempfile.TemporaryDirectory() as folder:
        index = Index(f"sqlite:///{folder}/bench.db")
        load(index, rows)
        for text in QUERIES:  # warm: imports, gazetteer, catalogue, SQLite page cache
            answer(index, parse_query(text, now))
        ours: list[float] = []
        for text in asked:
            start = time.perf_counter()
            answer(index, parse_query(text, now))
            ours.append((time.perf_counter() - start) * 1000)

    texts = [
        f"{r['date']} {r['site']} {r['missile_class']} {' '.join(r['missile_types'])}" for r in rows
    ]  # type: ignore[arg-type]
    naive: list[float] = []
    for text in asked[: args.baseline_queries]:
        start = time.perf_counter()
        process.extract(text, texts, scorer=fuzz.token_set_ratio, limit=20)
        naive.append((time.perf_counter() - start) * 1000)

    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}; "
        f"{args.launches} launches, {len(asked)} queries ({len(set(asked))} distinct forms)"
    )
    print(f"{'':32s} {'p50 ms':>8s} {'p99 ms':>8s} {'queries':>8s}")
    print(
        f"{'launches-bot (query + index)':32s} {percentile(ours, 50):8.2f} "
        f"{percentile(ours, 99):8.2f} {len(ours):8d}"
    )
    print(
        f"{'naive rapidfuzz over all text':32s} {percentile(naive, 50):8.2f} "
        f"{percentile(naive, 99):8.2f} {len(naive):8d}"
    )
    verdict = "met" if percentile(ours, 99) <= 20 else "NOT met"
    print(
        f"p50 speed-up {percentile(naive, 50) / percentile(ours, 50):.0f}x; "
        f"target p99 <= 20 ms: {verdict}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
