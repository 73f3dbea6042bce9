"""Ingesting files: each article read, extracted and stored on its own, so one bad file costs
only itself and an interrupted run, started again, picks up where it stopped."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from bot.articles import Article, ArticleError, iter_article_paths, load_article
from bot.event import Event
from bot.extract import extract
from bot.store import Index, IngestResult, Planner

if TYPE_CHECKING:
    from bot.sources import Feed

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
        return (
            f"{self.added} articles added, {self.unchanged} already indexed, "
            f"{len(self.failed)} failed; {len(self.created)} new launches, "
            f"{len(self.updated)} launches updated"
        )


def ingest_paths(
    index: Index,
    paths: Iterable[Path],
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
) -> Summary:
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
    summary.updated += [
        i for i in result.updated if i not in summary.updated and i not in summary.created
    ]


def ingest_inbox(index: Index, inbox: Path, plan: Planner | None = None) -> Summary:
    """Each file dropped in the inbox is ingested and moved to done/, or to failed/ with a
    .error file saying why."""
    from bot.sources import file_done, file_failed, inbox_files

    summary = Summary()
    for path in inbox_files(inbox):
        try:
            article = load_article(path)
        except ArticleError as err:
            summary.failed.append(str(err))
            file_failed(path, inbox, err.problem)
            continue
        record(summary, index.add_article(article, extract(article), plan))
        file_done(path, inbox)
    return summary


def ingest_feeds(index: Index, feeds: list[Feed], plan: Planner | None = None) -> Summary:
    """Poll each feed (conditional GET), fetch the pages of new entries that look like launch
    news, and ingest them. A feed's state is saved after its entries, so a crash re-polls it and
    the stored entries are skipped by URL."""
    from bot.sources import (
        FeedState,
        SourceError,
        fetch_article,
        looks_like_launch_news,
        poll_feed,
    )

    summary = Summary()
    for feed in feeds:
        etag, modified = index.feed_state(feed.name)
        try:
            poll = poll_feed(feed, FeedState(etag, modified))
        except SourceError as err:
            summary.failed.append(str(err))
            continue
        for entry in poll.entries:
            if not looks_like_launch_news(entry.title, entry.summary):
                continue
            if index.has_article_url(entry.link):
                summary.unchanged += 1
                continue
            try:
                article = fetch_article(entry, feed.name)
            except (ArticleError, SourceError) as err:
                summary.failed.append(str(err))
                continue
            record(summary, index.add_article(article, extract(article), plan))
        index.set_feed_state(feed.name, poll.state.etag, poll.state.modified)
    return summary
