"""The index: articles, the reports extracted from them, and the launches those reports make.

All storage is here, in SQLAlchemy Core, so a PostgreSQL URL can replace the SQLite file.
Every change (one article, one history salvo, a re-index) is one transaction: a process killed
at any moment leaves the index as it was before that change, and running the same ingest again
finishes the job, because an article already stored (same URL, or same text) is skipped.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Connection,
    Engine,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy import (
    Index as SqlIndex,
)

from bot.articles import Article
from bot.catalogue import default_catalogue
from bot.event import Event
from bot.merge import Launch, Source, area_of, combine, compatible


@dataclass(frozen=True)
class Change:
    """What one article did to one launch: what alerts are planned from."""

    before: Launch | None  # None: the article made the launch
    after: Launch
    source: Source
    article: Article


@dataclass(frozen=True)
class Message:
    """A message to queue: an alert, a thread update, a digest."""

    key: str  # unique: planning the same message twice queues it once
    kind: str
    channel: str
    text: str
    blocks: list[dict[str, Any]] | None = None
    launch_id: int | None = None
    parent_key: str | None = None


Planner = Callable[[list["Change"], Callable[[int], dict[str, str]]], list[Message]]

DEFAULT_DB = Path("data/launches.db")

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String, unique=True, nullable=True),
    Column("content_hash", String(64), unique=True, nullable=False),
    Column("name", String, nullable=False),
    Column("title", String),
    Column("source", String),
    Column("published", String, nullable=False),  # ISO, as given
    Column("date_only", Boolean, nullable=False),
    Column("from_mtime", Boolean, nullable=False),
    Column("text", Text, nullable=False),
    Column("ingested_at", String, nullable=False),
)
launches = Table(
    "launches",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("date", String, nullable=False),  # KST, to its precision
    Column("precision", String, nullable=False),
    Column("day_start", String, nullable=False, index=True),  # first KST day it may be
    Column("day_end", String, nullable=False, index=True),  # last KST day it may be
    Column("site", String, index=True),
    Column("area", String, index=True),
    Column("missile_class", String, index=True),
    Column("data", JSON, nullable=False),  # the combined Launch, sources and disagreements
)
reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_key", String, nullable=False, index=True),  # "article:<id>", "history:<key>"
    Column("launch_id", Integer, ForeignKey("launches.id"), nullable=True, index=True),
    Column("date", String, nullable=False, index=True),
    Column("precision", String, nullable=False),
    Column("outlet", String, nullable=False),
    Column("title", String),
    Column("url", String),
    Column("published", String),
    Column("event", JSON, nullable=False),
)
# What queries filter on, each with the day, so "Wonsan last year" is one index range.
SqlIndex("ix_launches_precision_day", launches.c.precision, launches.c.day_start)
SqlIndex("ix_launches_area_day", launches.c.area, launches.c.day_start)
SqlIndex("ix_launches_class_day", launches.c.missile_class, launches.c.day_start)

# Messages to Slack, written in the same transaction as the launches they are about: a crash
# between writing and posting leaves them here to post, and a posted one is never posted again.
outbox = Table(
    "outbox",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String, nullable=False, unique=True),  # "alert:<launch>:<channel>", ...
    Column("kind", String, nullable=False),  # "alert" | "update" | "digest"
    Column("channel", String, nullable=False),
    Column("launch_id", Integer, nullable=True, index=True),
    Column("parent_key", String, nullable=True),  # an update replies in its alert's thread
    Column("text", Text, nullable=False),
    Column("blocks", JSON, nullable=True),
    Column("status", String, nullable=False, index=True),  # pending | sending | sent | failed
    Column("ts", String, nullable=True),  # Slack's message ts once posted
    Column("error", String, nullable=True),
    Column("created_at", String, nullable=False),
    Column("sent_at", String, nullable=True),
)
feed_state = Table(
    "feed_state",
    metadata,
    Column("feed", String, primary_key=True),
    Column("etag", String),
    Column("modified", String),
    Column("polled_at", String),
)

launch_types = Table(
    "launch_types",
    metadata,
    Column("launch_id", Integer, ForeignKey("launches.id"), nullable=False, index=True),
    Column("type", String, nullable=False),  # canonical designation
    Column("day_start", String, nullable=False),  # the launch's: "KN-23 this year" is a range
)
SqlIndex("ix_launch_types_type_day", launch_types.c.type, launch_types.c.day_start)


# Statements built once: building a statement costs more than running it on SQLite.
# The launches a report may be about: those starting in its span (one index range), and the
# few month- or year-precision ones that cover it (a second, small range).
_WITHIN = select(
    launches.c.id, launches.c.date, launches.c.precision, launches.c.area, launches.c.missile_class
).where(launches.c.day_start >= bindparam("start"), launches.c.day_start <= bindparam("end"))
_COVERING = select(
    launches.c.id, launches.c.date, launches.c.precision, launches.c.area, launches.c.missile_class
).where(
    launches.c.precision.in_(("month", "year")),
    launches.c.day_start >= bindparam("floor"),
    launches.c.day_start < bindparam("start"),
    launches.c.day_end >= bindparam("start"),
)
# Both ranges in one statement: a statement's fixed cost is most of a report's storage time.
_CANDIDATES = union_all(_WITHIN, _COVERING)
_INSERT_LAUNCH = insert(launches)
_INSERT_ARTICLE = insert(articles)
_KNOWN_ARTICLE = select(articles.c.id).where(
    or_(articles.c.content_hash == bindparam("hash"), articles.c.url == bindparam("url"))
)
_INSERT_REPORT = insert(reports)
_REPORTS_OF = select(reports).where(reports.c.launch_id == bindparam("lid")).order_by(reports.c.id)
_MOVE_REPORTS = (
    update(reports)
    .where(reports.c.launch_id == bindparam("old"))
    .values(launch_id=bindparam("new"))
)
_INSERT_TYPES = insert(launch_types)
_DELETE_TYPES = delete(launch_types).where(launch_types.c.launch_id == bindparam("lid"))
_UPDATE_LAUNCH = (
    update(launches)
    .where(launches.c.id == bindparam("lid"))
    .values(
        site=bindparam("b_site"),
        area=bindparam("b_area"),
        missile_class=bindparam("b_class"),
        data=bindparam("b_data"),
    )
)


class StoreError(RuntimeError):
    """The index cannot be opened or used; ``str()`` is one line for the user."""


@dataclass
class IngestResult:
    """What one article or salvo did to the index, for the user's summary and for alerts."""

    status: str  # "added" | "unchanged"
    created: list[int] = field(default_factory=list)  # launch ids new to the index
    updated: list[int] = field(default_factory=list)  # launch ids that gained a source
    # launch id -> (the launch before this article, or None if new; the source that changed it).
    # Kept only when alerts are planned from it: reading a launch back costs a statement.
    before: dict[int, tuple[Launch | None, Source]] = field(default_factory=dict)
    keep_before: bool = False


def database_url(value: str | os.PathLike[str] | None = None) -> str:
    """``--db`` value, else ``LAUNCHES_DB``, else data/launches.db; a path or an SQLAlchemy URL."""
    raw = str(value) if value else os.environ.get("LAUNCHES_DB") or str(DEFAULT_DB)
    if "://" in raw:
        return raw
    path = Path(raw)
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (the Slack app) never block the writer (an ingest); NORMAL sync keeps every
    # committed transaction across a process kill, and is what makes 10,000 commits fast.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA mmap_size=1073741824")
    cursor.close()


class Index:
    """The launch index behind one database URL."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url or database_url()
        try:
            self.engine: Engine = create_engine(self.url)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            metadata.create_all(self.engine)
        except Exception as err:  # a bad URL, an unwritable file, a locked database
            raise StoreError(f"cannot open the index at {self.url}: {err}") from None

    # --- writing -------------------------------------------------------------------------------

    def add_article(
        self, article: Article, events: list[Event], plan: Planner | None = None
    ) -> IngestResult:
        """Store an article and attach its events to launches, in one transaction; the
        messages ``plan`` asks for (alerts, thread updates) are written in that transaction."""
        return self.add_articles([(article, events)], plan)[0]

    def add_articles(
        self, batch: list[tuple[Article, list[Event]]], plan: Planner | None = None
    ) -> list[IngestResult]:
        """Store several articles in one transaction: all of them or, if the process dies,
        none, and the next run stores them again. A bulk ingest commits 50 at a time, which
        halves its time (docs/benchmarks.md)."""
        with self.engine.begin() as conn:
            results = []
            for article, events in batch:
                result = self._add_article(conn, article, events, keep_before=plan is not None)
                if plan is not None and result.status == "added":
                    changes = [
                        Change(before, self._read(conn, lid), source, article)
                        for lid, (before, source) in result.before.items()
                    ]
                    self._queue(conn, plan(changes, lambda lid: self._alerted(conn, lid)))
                results.append(result)
            return results

    def _read(self, conn: Connection, launch_id: int) -> Launch:
        row = conn.execute(select(launches.c.data).where(launches.c.id == launch_id)).one()
        return _launch(row.data, launch_id)

    def _alerted(self, conn: Connection, launch_id: int) -> dict[str, str]:
        """Channel -> the key of the alert already queued (or sent) there for this launch."""
        rows = conn.execute(
            select(outbox.c.channel, outbox.c.key).where(
                outbox.c.launch_id == launch_id, outbox.c.kind == "alert"
            )
        )
        return {row.channel: row.key for row in rows}

    def _queue(self, conn: Connection, items: list[Message]) -> None:
        now = dt.datetime.now(dt.UTC).isoformat()
        for item in items:
            if conn.execute(select(outbox.c.id).where(outbox.c.key == item.key)).first():
                continue  # the same alert or update, planned twice, is one message
            conn.execute(
                insert(outbox).values(
                    key=item.key,
                    kind=item.kind,
                    channel=item.channel,
                    launch_id=item.launch_id,
                    parent_key=item.parent_key,
                    text=item.text,
                    blocks=item.blocks,
                    status="pending",
                    created_at=now,
                )
            )

    def queue_messages(self, items: list[Message]) -> None:
        """Messages not tied to an article (a digest): queued for the next delivery."""
        with self.engine.begin() as conn:
            self._queue(conn, items)

    def pending_messages(self) -> list[dict[str, Any]]:
        """Messages not yet known to be posted, oldest first ("sending" ones may have been)."""
        with self.engine.connect() as conn:
            return [
                dict(row)
                for row in conn.execute(
                    select(outbox)
                    .where(outbox.c.status.in_(("pending", "sending")))
                    .order_by(outbox.c.id)
                ).mappings()
            ]

    def message(self, key: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(outbox).where(outbox.c.key == key)).mappings().first()
            return dict(row) if row else None

    def claim_message(self, message_id: int, status: str) -> bool:
        """Mark a message "sending" if it is still ``status``: of two processes delivering
        the same queue, only one gets to post it."""
        with self.engine.begin() as conn:
            done = conn.execute(
                update(outbox)
                .where(outbox.c.id == message_id, outbox.c.status == status)
                .values(status="sending")
            )
            return done.rowcount == 1

    def has_article_url(self, url: str) -> bool:
        with self.engine.connect() as conn:
            return (
                conn.execute(select(articles.c.id).where(articles.c.url == url)).first() is not None
            )

    def mark_message(
        self, message_id: int, status: str, ts: str | None = None, error: str | None = None
    ) -> None:
        values: dict[str, Any] = {"status": status, "error": error}
        if ts is not None:
            values.update(ts=ts, sent_at=dt.datetime.now(dt.UTC).isoformat())
        with self.engine.begin() as conn:
            conn.execute(update(outbox).where(outbox.c.id == message_id).values(**values))

    def feed_state(self, feed: str) -> tuple[str | None, str | None]:
        with self.engine.connect() as conn:
            row = conn.execute(select(feed_state).where(feed_state.c.feed == feed)).first()
            return (row.etag, row.modified) if row else (None, None)

    def set_feed_state(self, feed: str, etag: str | None, modified: str | None) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(feed_state).where(feed_state.c.feed == feed))
            conn.execute(
                insert(feed_state).values(
                    feed=feed,
                    etag=etag,
                    modified=modified,
                    polled_at=dt.datetime.now(dt.UTC).isoformat(),
                )
            )

    def _add_article(
        self, conn: Connection, article: Article, events: list[Event], keep_before: bool
    ) -> IngestResult:
        digest = content_hash(article.text)
        params = {"hash": digest, "url": article.url or "\x00"}
        if conn.execute(_KNOWN_ARTICLE, params).first():
            return IngestResult("unchanged")
        article_id = conn.execute(
            _INSERT_ARTICLE,
            {
                "url": article.url,
                "content_hash": digest,
                "name": article.name,
                "title": article.title,
                "source": article.source,
                "published": article.published.isoformat(),
                "date_only": article.published_date_only,
                "from_mtime": article.published_from_mtime,
                "text": article.text,
                "ingested_at": dt.datetime.now(dt.UTC).isoformat(),
            },
        ).inserted_primary_key[0]
        result = IngestResult("added", keep_before=keep_before)
        for item in events:
            self._attach(conn, _article_source(article, article_id, item), result)
        return result

    def add_history(self, key: str, item: Event) -> IngestResult:
        """Store one salvo of the CNS history; the same key twice changes nothing."""
        with self.engine.begin() as conn:
            source_key = f"history:{key}"
            if conn.execute(select(reports.c.id).where(reports.c.source_key == source_key)).first():
                return IngestResult("unchanged")
            result = IngestResult("added")
            source = Source(source_key, "CNS Missile Test Database", None, None, None, item)
            self._attach(conn, source, result)
            return result

    def reindex(self, extract: Any) -> int:
        """Rebuild every launch from the stored articles (re-extracted with ``extract``) and the
        stored history, in one transaction: nothing is lost if it stops half-way."""
        with self.engine.begin() as conn:
            history = [
                _row_source(row)
                for row in conn.execute(
                    select(reports)
                    .where(reports.c.source_key.like("history:%"))
                    .order_by(reports.c.id)
                )
            ]
            conn.execute(delete(launch_types))
            conn.execute(update(reports).values(launch_id=None))
            conn.execute(delete(reports))
            conn.execute(delete(launches))
            result = IngestResult("added")
            for source in history:
                self._attach(conn, source, result)
            count = 0
            for row in (
                conn.execute(select(articles).order_by(articles.c.published, articles.c.id))
                .mappings()
                .all()
            ):
                article = _stored_article(row)
                for item in extract(article):
                    self._attach(conn, _article_source(article, row["id"], item), result)
                count += 1
            return count

    def _attach(self, conn: Connection, source: Source, result: IngestResult) -> None:
        """Place one report on the launch it tells of (or a new one) and recombine that launch.

        A day's report also takes in a month- or year-precision launch it explains ("in July"
        becomes July 1 once a story dates it); a coarse report that fits several launches of its
        period is kept but placed on none."""
        item = source.event
        start, end = _span(item.date, item.date_precision)
        floor = (dt.date.fromisoformat(start) - dt.timedelta(days=366)).isoformat()
        span = {"start": start, "end": end, "floor": floor}
        rows = [
            r for r in conn.execute(_CANDIDATES, span) if compatible(item, r.area, r.missile_class)
        ]
        launch_id: int | None = None
        coarse: list[int] = []
        if item.date_precision == "day":
            same = [r.id for r in rows if r.precision == "day" and r.date == item.date]
            launch_id = same[0] if same else None
            coarse = [r.id for r in rows if r.precision != "day"]
        else:
            days = [r.id for r in rows if r.precision == "day" and start <= r.date <= end]
            if len(days) > 1:
                conn.execute(_INSERT_REPORT, {**_report_values(source), "launch_id": None})
                return
            same = [
                r.id for r in rows if r.precision == item.date_precision and r.date == item.date
            ]
            launch_id = days[0] if days else same[0] if same else None
        if launch_id is None and not coarse:
            # A new launch has one source: combined here, without reading it back.
            # (Its id is the row's: readers set it, so the JSON is written once.)
            launch = combine(item.date, item.date_precision, [source])
            launch_id = conn.execute(
                _INSERT_LAUNCH,
                {
                    "date": item.date,
                    "precision": item.date_precision,
                    "day_start": start,
                    "day_end": end,
                    "site": launch.site,
                    "area": launch.area,
                    "missile_class": launch.missile_class,
                    "data": launch.to_dict(),
                },
            ).inserted_primary_key[0]
            result.created.append(launch_id)
            result.before[launch_id] = (None, source)
            conn.execute(_INSERT_REPORT, {**_report_values(source), "launch_id": launch_id})
            self._write_types(conn, launch_id, start, launch.missile_types, fresh=True)
            return
        if launch_id is None:
            launch_id = conn.execute(
                _INSERT_LAUNCH,
                {
                    "date": item.date,
                    "precision": item.date_precision,
                    "day_start": start,
                    "day_end": end,
                    "data": {},
                },
            ).inserted_primary_key[0]
            result.created.append(launch_id)
            result.before[launch_id] = (None, source)
        else:
            if result.keep_before and launch_id not in result.before:
                result.before[launch_id] = (self._read(conn, launch_id), source)
            if launch_id not in result.created and launch_id not in result.updated:
                result.updated.append(launch_id)
        conn.execute(_INSERT_REPORT, {**_report_values(source), "launch_id": launch_id})
        for other in coarse:
            conn.execute(_MOVE_REPORTS, {"old": other, "new": launch_id})
            conn.execute(_DELETE_TYPES, {"lid": other})
            conn.execute(delete(launches).where(launches.c.id == other))
        self._recompute(conn, launch_id)

    def _recompute(self, conn: Connection, launch_id: int) -> None:
        sources = [_row_source(r) for r in conn.execute(_REPORTS_OF, {"lid": launch_id})]
        precision = _precision_of(sources)
        date = next(s.event.date for s in sources if s.event.date_precision == precision)
        launch = combine(date, precision, sources)
        launch.id = launch_id
        conn.execute(
            _UPDATE_LAUNCH,
            {
                "lid": launch_id,
                "b_site": launch.site,
                "b_area": launch.area,
                "b_class": launch.missile_class,
                "b_data": launch.to_dict(),
            },
        )
        self._write_types(
            conn, launch_id, _span(date, precision)[0], launch.missile_types, fresh=False
        )

    def _write_types(
        self, conn: Connection, launch_id: int, day: str, printed: list[str], fresh: bool
    ) -> None:
        if not fresh:
            conn.execute(_DELETE_TYPES, {"lid": launch_id})
        names = canonical_types(tuple(printed))
        if names:
            conn.execute(
                _INSERT_TYPES,
                [{"launch_id": launch_id, "type": t, "day_start": day} for t in names],
            )

    # --- reading -------------------------------------------------------------------------------

    def launches(
        self,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        places: Iterable[str] = (),
        classes: Iterable[str] = (),
        types: Iterable[str] = (),
        limit: int | None = None,
        newest_first: bool = True,
    ) -> list[Launch]:
        """Launches matching every filter given, newest first.

        The matching launches are sorted by day and id alone, and only the page asked for is
        read whole: sorting thousands of rows with their JSON was most of a query's time."""
        order = (
            [launches.c.day_start.desc(), launches.c.id.desc()]
            if newest_first
            else [launches.c.day_start, launches.c.id]
        )
        ids = _filtered(select(launches.c.id), start, end, places, classes, types).order_by(*order)
        if limit is not None:
            ids = ids.limit(limit)
        with self.engine.connect() as conn:
            chosen = [row.id for row in conn.execute(ids)]
            if not chosen:
                return []
            rows = {
                row.id: row.data
                for row in conn.execute(
                    select(launches.c.id, launches.c.data).where(launches.c.id.in_(chosen))
                )
            }
        return [_launch(rows[i], i) for i in chosen]

    def count(
        self,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        places: Iterable[str] = (),
        classes: Iterable[str] = (),
        types: Iterable[str] = (),
    ) -> int:
        query = _filtered(
            select(func.count()).select_from(launches), start, end, places, classes, types
        )
        with self.engine.connect() as conn:
            return int(conn.execute(query).scalar_one())

    def stats(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "articles": conn.execute(select(func.count()).select_from(articles)).scalar_one(),
                "launches": conn.execute(select(func.count()).select_from(launches)).scalar_one(),
                "reports": conn.execute(select(func.count()).select_from(reports)).scalar_one(),
            }

    def all_launches(self) -> Iterator[Launch]:
        with self.engine.connect() as conn:
            for row in conn.execute(
                select(launches.c.id, launches.c.data).order_by(launches.c.day_start, launches.c.id)
            ):
                yield _launch(row.data, row.id)

    def close(self) -> None:
        self.engine.dispose()


def content_hash(text: str) -> str:
    """The same story twice, whatever its whitespace, has one hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4096)
def canonical_types(printed: tuple[str, ...]) -> list[str]:
    """Catalogue names of printed designations: "Hwasong-11A (KN-23)" is KN-23 (and
    Hwasong-11A), so a query for either finds it."""
    catalogue = default_catalogue()
    names: list[str] = []
    for text in printed:
        found = [m.name for m in catalogue.designations(text)]
        missile = catalogue.lookup(text) if not found else None
        names.extend(found or ([missile.name] if missile else [text]))
    return list(dict.fromkeys(names))


def _filtered(
    query: Any,
    start: dt.date | None,
    end: dt.date | None,
    places: Iterable[str],
    classes: Iterable[str],
    types: Iterable[str],
) -> Any:
    # A launch is in a period when its first possible day is: one index range, which is what
    # keeps a query over 100,000 launches fast. So "in July" (2024-07) counts in a query for
    # July, not in one for the last week of July.
    if start is not None:
        query = query.where(launches.c.day_start >= start.isoformat())
    if end is not None:
        query = query.where(launches.c.day_start <= end.isoformat())
    places = list(places)
    if places:
        # Every launch knows its area, and a query's places name the areas they cover.
        query = query.where(launches.c.area.in_(places))
    classes = list(classes)
    if classes:
        query = query.where(launches.c.missile_class.in_(classes))
    types = list(types)
    if types:
        named = select(launch_types.c.launch_id).where(launch_types.c.type.in_(types))
        if start is not None:
            named = named.where(launch_types.c.day_start >= start.isoformat())
        query = query.where(launches.c.id.in_(named))
    return query


def _span(date: str, precision: str) -> tuple[str, str]:
    if precision == "day":
        return date, date
    if precision == "month":
        year, month = (int(x) for x in date.split("-"))
        last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
        return f"{date}-01", f"{date}-{last:02d}"
    return f"{date}-01-01", f"{date}-12-31"


def _article_source(article: Article, article_id: int, item: Event) -> Source:
    return Source(
        f"article:{article_id}",
        article.source or article.name,
        article.title,
        article.url,
        article.published.isoformat(),
        item,
    )


def _report_values(source: Source) -> dict[str, Any]:
    item = source.event
    return {
        "source_key": source.key,
        "date": item.date,
        "precision": item.date_precision,
        "outlet": source.outlet,
        "title": source.title,
        "url": source.url,
        "published": source.published,
        "event": item.to_dict(),
    }


def _precision_of(sources: list[Source]) -> str:
    precisions = {s.event.date_precision for s in sources}
    return "day" if "day" in precisions else "month" if "month" in precisions else "year"


def _row_source(row: Any) -> Source:
    return Source(row.source_key, row.outlet, row.title, row.url, row.published, Event(**row.event))


def _launch(data: dict[str, Any], launch_id: int | None = None) -> Launch:
    values = dict(data)
    values.pop("disagreements", None)
    sources = values.pop("sources", [])
    launch = Launch(**{k: v for k, v in values.items() if k in Launch.__dataclass_fields__})
    launch.disagreements = {
        k: [(d["value"], d["sources"]) for d in v] for k, v in data.get("disagreements", {}).items()
    }
    launch.sources = [_source_from_dict(s) for s in sources]
    launch.area = launch.area or area_of(launch.site)
    launch.id = launch_id if launch_id is not None else launch.id
    return launch


def _source_from_dict(data: dict[str, Any]) -> Source:
    values = dict(data.get("values", {}))
    values.setdefault("role", data.get("role", "primary"))
    values.setdefault("date", "")
    values.setdefault("date_precision", "day")
    fields = Event.__dataclass_fields__
    item = Event(**{k: v for k, v in values.items() if k in fields})
    item.evidence = data.get("evidence", {})
    return Source(
        data.get("key", ""),
        data["outlet"],
        data.get("title"),
        data.get("url"),
        data.get("published"),
        item,
    )


def _stored_article(row: Any) -> Article:
    return Article(
        name=row["name"],
        text=row["text"],
        published=dt.datetime.fromisoformat(row["published"]),
        published_date_only=row["date_only"],
        published_from_mtime=row["from_mtime"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
    )
