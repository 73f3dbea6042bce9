"""Ingesting files: each article read, extracted and stored on its own, so one bad file costs
only itself and an interrupted run, started again, picks up where it stopped."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
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
# From this many files, articles are read and extracted in worker processes while this one
# stores: a worker's start (about a second of imports) costs less than what it overlaps. One
# worker per core, this one's included: storing mostly waits on SQLite, so a core left to it
# idles (measured on 2 cores: 3,000 articles in 7.8 s with two workers, 10.5 s with one).
PARALLEL_FROM = 500
# Files per task sent to a worker, and tasks in flight: enough to keep the workers busy,
# few enough that extracted articles never pile up in memory ahead of storage.
_CHUNK = 25
_AHEAD = 4

Loaded = tuple[Article, list[Event]] | str  # an article and its events, or what went wrong


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
    workers: int | None = None,
) -> Summary:
    """Ingest article files and folders; failures are collected, never raised.

    Articles are stored in the order of their files whether or not workers extract them, so a
    parallel ingest builds the same index as a sequential one. ``workers`` defaults to one per
    core, for PARALLEL_FROM files or more; 0 extracts here."""
    summary = Summary()
    files = iter_article_paths(list(paths))
    if workers is None:
        workers = (os.cpu_count() or 1) if len(files) >= PARALLEL_FROM else 0
    loaded = _in_workers(files, workers) if workers else map(load_and_extract, files)
    batch: list[tuple[Article, list[Event]]] = []
    for _path, item in zip(progress(files) if progress else files, loaded, strict=True):
        if isinstance(item, str):
            summary.failed.append(item)
            continue
        batch.append(item)
        if len(batch) == BATCH:
            _store(index, batch, summary)
    _store(index, batch, summary)
    return summary


def load_and_extract(path: Path) -> Loaded:
    try:
        article = load_article(path)
    except ArticleError as err:
        return str(err)
    return article, extract(article)


def _load_chunk(paths: list[Path]) -> list[Loaded]:
    return [load_and_extract(path) for path in paths]


def _in_workers(files: list[Path], workers: int) -> Iterator[Loaded]:
    """Files read and extracted by worker processes, yielded in order, a few chunks ahead.

    Workers are spawned, not forked: a fork of a process with threads (a progress bar's, the
    app's) can inherit a held lock."""
    chunks = [files[i : i + _CHUNK] for i in range(0, len(files), _CHUNK)]
    pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"))
    try:
        pending: deque[Future[list[Loaded]]] = deque()
        for chunk in chunks:
            pending.append(pool.submit(_load_chunk, chunk))
            if len(pending) > workers * _AHEAD:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()
    finally:  # stopped early (an error while storing): the chunks not started are dropped
        pool.shutdown(cancel_futures=True)


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
