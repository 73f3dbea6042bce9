"""How fast is extraction, on one core, next to the naive way of doing it?

Why this exists: the bot re-reads whole feeds and back-catalogues, so extraction speed decides
whether an ingest takes seconds or minutes, and the extractor's design (our own date grammar,
dateparser only for absolute phrases, answers memoised) is justified by being much faster than
the obvious implementation.  Such a claim needs numbers from the same machine, process and
articles, so this script times both side by side:

* ``launches-bot`` -- ``bot.extract.extract(article)``, the real pipeline;
* ``naive search_dates`` -- for each article ``dateparser.search.search_dates(text,
  languages=["en"], settings={"RELATIVE_BASE": published, "PREFER_DATES_FROM": "past"})``, the
  first date found taken as the launch date.

Method (see docs/benchmarks.md): pin the process to one core; load the articles once (not
timed); one untimed warm-up pass per contender so imports, config loading and regex compilation
are not billed; then whole passes over the corpus until ``--seconds`` have elapsed for each
contender, interleaved so that load on a shared machine hits every contender alike.  The rate
is the median of the per-pass rates; ms/article is total time / articles processed.  Our
extractor memoises dateparser's answer per date phrase, so a warm pass over a corpus it has
already seen flatters it; the "first pass" row clears those memos before every pass, which is
what a stream of never-seen articles costs.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import dateparser
from dateparser.search import search_dates

ROOT = Path(__file__).resolve().parent.parent

try:  # the installed package, if any ...
    from bot.articles import Article, ArticleError, iter_article_paths, load_article
    from bot.extract import extract
except ModuleNotFoundError:  # ... else the checkout this script lives in
    sys.path.insert(0, str(ROOT))
    from bot.articles import Article, ArticleError, iter_article_paths, load_article
    from bot.extract import extract

TARGET_RATE = 500.0  # articles/s, warm, one core
TARGET_SPEEDUP = 15.0  # times the naive baseline


@dataclass
class Result:
    """One contender's figures."""

    extractor: str
    articles_per_s: float  # median of the per-pass rates
    ms_per_article: float  # total time / articles processed
    passes: int
    seconds: float  # timed seconds, all passes
    min_rate: float  # slowest and fastest pass, articles/s: the noise on this machine
    max_rate: float


# --- the contenders ----------------------------------------------------------------------------


def ours(article: Article) -> object:
    """The project's extractor."""
    return extract(article)


def naive(article: Article) -> object:
    """What a naive implementation does: the first date dateparser finds is the launch date."""
    found = search_dates(
        article.text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": article.published.replace(tzinfo=None),
            "PREFER_DATES_FROM": "past",
        },
    )
    return found[0][1] if found else None


def clear_answer_memos() -> int:
    """Empty the extractor's memos of per-phrase answers; return how many were cleared.

    Those are the bounded ``functools.lru_cache`` functions in ``bot.*`` (e.g. the dateparser
    answer per date phrase).  Unbounded ``functools.cache`` ones build the extractor, gazetteer
    and catalogue once per process; they are setup, not per-article work, and are kept.
    """
    cleared = 0
    for name, module in list(sys.modules.items()):
        if not (name == "bot" or name.startswith("bot.")) or module is None:
            continue
        for obj in list(vars(module).values()):
            params = getattr(obj, "cache_parameters", None)
            if callable(params) and params().get("maxsize") is not None:
                obj.cache_clear()
                cleared += 1
    return cleared


# --- measuring ---------------------------------------------------------------------------------


def one_pass(fn: Callable[[Article], object], articles: Sequence[Article]) -> float:
    """Seconds for one pass of ``fn`` over every article."""
    start = time.perf_counter()
    for article in articles:
        fn(article)
    return time.perf_counter() - start


@dataclass
class Contender:
    """An extractor to time, and what to do before each of its passes."""

    label: str
    fn: Callable[[Article], object]
    before_pass: Callable[[], object] | None = None


def measure(
    contenders: Sequence[Contender], articles: Sequence[Article], budget: float
) -> list[Result]:
    """Whole passes until each contender has ``budget`` seconds of timed work (at least one).

    Passes are interleaved (one of each in turn, a contender dropping out once its budget is
    spent), so a change in machine load during the run weighs on every contender alike and the
    speed-up stays fair on a shared machine.
    """
    times: list[list[float]] = [[] for _ in contenders]
    while True:
        due = [i for i, spent in enumerate(times) if not spent or sum(spent) < budget]
        if not due:
            break
        for i in due:
            contender = contenders[i]
            if contender.before_pass is not None:
                contender.before_pass()
            times[i].append(one_pass(contender.fn, articles))
    n = len(articles)
    results = []
    for contender, spent in zip(contenders, times, strict=True):
        rates = [n / t for t in spent]
        results.append(
            Result(
                extractor=contender.label,
                articles_per_s=statistics.median(rates),
                ms_per_article=1000 * sum(spent) / (n * len(spent)),
                passes=len(spent),
                seconds=sum(spent),
                min_rate=min(rates),
                max_rate=max(rates),
            )
        )
    return results


def pin_one_core() -> str:
    """Pin this process to the first core it may use; describe what was done."""
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity here)"
    cpu = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpu})
    return f"1 core pinned (cpu {cpu})"


def cpu_model() -> str:
    """The CPU model name, from /proc/cpuinfo where there is one."""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "unknown cpu"


# --- corpus ------------------------------------------------------------------------------------


def corpus_paths(corpus: Path | None) -> tuple[list[Path], str]:
    """The article files to time, and a label saying where they came from."""
    if corpus is not None:
        paths = iter_article_paths([corpus])
        label = str(corpus)
    else:
        paths = iter_article_paths([ROOT / "seeds"])
        label = "seeds/"
        fixtures = ROOT / "tests" / "fixtures"
        if fixtures.is_dir():
            paths += sorted(fixtures.rglob("*.txt"))
            label += " + tests/fixtures/"
    # Gold files and other sidecars are not articles.
    return [p for p in paths if not p.name.endswith(".json")], label


def load_all(paths: Sequence[Path]) -> tuple[list[Article], list[str]]:
    """Load every article once (not timed); unreadable ones are skipped and reported."""
    articles: list[Article] = []
    skipped: list[str] = []
    for path in paths:
        try:
            articles.append(load_article(path))
        except ArticleError as err:
            skipped.append(str(err))
    return articles, skipped


# --- main --------------------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print the table (or JSON)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        help="folder of articles (default: seeds/ + "
        "tests/fixtures/*.txt); *.json beside them is skipped",
    )
    parser.add_argument(
        "--seconds", type=float, default=5.0, help="timed seconds per contender (default 5)"
    )
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)

    paths, corpus_label = corpus_paths(args.corpus)
    articles, skipped = load_all(paths)
    for problem in skipped:
        print(f"skipped: {problem}", file=sys.stderr)
    if not articles:
        print(f"no articles found in {corpus_label}", file=sys.stderr)
        return 2

    pinned = pin_one_core()

    # Warm-up: imports, building the extractor (gazetteer, catalogue), compiled regexes.
    warm_ours = one_pass(ours, articles)
    warm_naive = one_pass(naive, articles)

    results = measure(
        [
            Contender("launches-bot (warm)", ours),
            Contender("launches-bot (first pass)", ours, clear_answer_memos),
            Contender("naive search_dates", naive),
        ],
        articles,
        args.seconds,
    )
    speedup = results[0].articles_per_s / results[2].articles_per_s
    speedup_cold = results[1].articles_per_s / results[2].articles_per_s

    report = {
        "date": dt.date.today().isoformat(),
        "machine": {
            "cpu": cpu_model(),
            "cpus": os.cpu_count(),
            "pinning": pinned,
            "python": platform.python_version(),
            "dateparser": dateparser.__version__,
        },
        "corpus": {
            "source": corpus_label,
            "articles": len(articles),
            "skipped": len(skipped),
            "chars": sum(len(a.text) for a in articles),
        },
        "warm_up_seconds": {"launches-bot": warm_ours, "naive search_dates": warm_naive},
        "results": [asdict(r) for r in results],
        "speedup": speedup,
        "speedup_first_pass": speedup_cold,
        "targets": {
            "articles_per_s": TARGET_RATE,
            "speedup": TARGET_SPEEDUP,
            "met": results[0].articles_per_s >= TARGET_RATE and speedup >= TARGET_SPEEDUP,
        },
    }
    if args.json:
        print(json.dumps(report, indent=2))
        return 0

    machine = report["machine"]
    print(
        f"machine: {machine['cpu']} ({machine['cpus']} cpus), {pinned}, "
        f"Python {machine['python']}, dateparser {machine['dateparser']}"
    )
    extra = f", {len(skipped)} skipped" if skipped else ""
    print(
        f"corpus: {len(articles)} articles ({corpus_label}){extra}, "
        f"mean {report['corpus']['chars'] // len(articles)} chars"
    )
    print(f"warm-up pass (not counted): launches-bot {warm_ours:.2f} s, naive {warm_naive:.2f} s")
    print(
        f"{'extractor':<26}{'articles/s':>12}{'ms/article':>12}{'passes':>8}"
        f"{'pass range (art/s)':>22}"
    )
    for r in results:
        spread = f"{r.min_rate:.1f}-{r.max_rate:.1f}"
        print(
            f"{r.extractor:<26}{r.articles_per_s:>12.1f}{r.ms_per_article:>12.2f}{r.passes:>8}"
            f"{spread:>22}"
        )
    met = "met" if report["targets"]["met"] else "NOT met"
    print(
        f"speed-up: {speedup:.1f}x (first pass {speedup_cold:.1f}x)   "
        f"targets: >= {TARGET_RATE:g} articles/s and >= {TARGET_SPEEDUP:g}x naive: {met}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
