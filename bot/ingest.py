"""Ingesting files: each article read, extracted and stored on its own, so one bad file costs
only itself and an interrupted run, started again, picks up where it stopped."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from bot.articles import Article, ArticleError, iter_article_paths, load_article
from bot.event import Event
from bot.extract import extract
from bot.store import Index, IngestResult

# Articles per transaction in a bulk ingest: a killed run loses at most these, which the next
# run stores again.
BATCH = 50


@dataclass
class Summary:
    added: int = 0
    unchanged: int = 0
    failed: list[str] = field(default_factory=list)  # one line per file that could not be read
    created: list[int] = field(default_factory=list)  # launch ids new to the index
    updated: list[int] = field(default_factory=list)  # launch ids that gained a source

    def line(self) -> str:
        return (f"{self.added} articles added, {self.unchanged} already indexed, "
                f"{len(self.failed)} failed; {len(self.created)} new launches, "
                f"{len(self.updated)} launches updated")


def ingest_paths(index: Index, paths: Iterable[Path],
                 progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> Summary:
    """Ingest article files and folders; failures are collected, never raised."""
    summary = Summary()
    files = iter_article_paths(list(paths))
    batch: list[tuple[Article, list[Event]]] = []
    for path in progress(files) if progress else files:
        try:
            article = load_article(path)
        except ArticleError as err:
            summary.failed.append(str(err))
            continue
        batch.append((article, extract(article)))
        if len(batch) == BATCH:
            _store(index, batch, summary)
    _store(index, batch, summary)
    return summary


def _store(index: Index, batch: list[tuple[Article, list[Event]]], summary: Summary) -> None:
    for result in index.add_articles(batch):
        record(summary, result)
    batch.clear()


def record(summary: Summary, result: IngestResult) -> None:
    if result.status == "unchanged":
        summary.unchanged += 1
        return
    summary.added += 1
    summary.created += [i for i in result.created if i not in summary.created]
    summary.updated += [i for i in result.updated
                        if i not in summary.updated and i not in summary.created]
