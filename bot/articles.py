"""An Article from a file: front matter, main text, and the instant it was published.

Everything that can be wrong with an input file is found here and raised as one
``ArticleError`` naming the file and the problem, so the stages after this one only ever see
clean text and a usable publication time.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

KST = dt.timezone(dt.timedelta(hours=9), "KST")

# Far larger than any news story (the longest wire stories run to ~50 KB); a file above this
# is a mistake (a log, a dump, a PDF) and reading it would stall an ingest.
MAX_BYTES = 2_000_000

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm"}
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


class ArticleError(ValueError):
    """A file that cannot be read as an article; ``str()`` is the one line a user sees."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = where
        self.problem = problem


@dataclass(frozen=True)
class Article:
    """A news story ready for extraction."""

    name: str
    text: str
    published: dt.datetime  # timezone-aware
    # True when ``published`` carried only a day: its time zone (Seoul or Washington) is unknown.
    published_date_only: bool = True
    # True when no date was given and the file's modification time stands in.
    published_from_mtime: bool = False
    title: str | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, object] = field(default_factory=dict)

    @property
    def reference_day(self) -> dt.date:
        """The story's own day, against which its "today", "Tuesday" and "in May" are read: the
        publication day where it was published (a Washington evening story's "today" is
        Washington's), or Korea's when only a file time is known."""
        if self.published_from_mtime:
            return self.published.astimezone(KST).date()
        return self.published.date()

    @property
    def western(self) -> bool:
        """Is the story's day possibly behind Korea's (a date without a zone, or a zone west of
        Korea by more than a few hours), so that "early Monday" may be the next day there?"""
        offset = self.published.utcoffset()
        return (
            self.published_date_only
            or self.published_from_mtime
            or offset is None
            or offset < dt.timedelta(hours=5)
        )

    @property
    def evening_is_korean_morning(self) -> bool:
        """Is the story's zone known and so far behind Korea (Europe, Africa, the Americas) that
        its "Saturday night" is Korea's Sunday?  (Not Karachi's or Delhi's, a few hours behind:
        their papers tell a Korean night launch by Korea's night.)"""
        offset = self.published.utcoffset()
        return (
            not self.published_date_only
            and not self.published_from_mtime
            and offset is not None
            and offset <= dt.timedelta(hours=3)
        )

    @property
    def behind_korea(self) -> bool:
        """Is the story's zone behind Korea's at all (Delhi's as well as Washington's), so that
        its "Tuesday night" may be Korea's Wednesday when a Korean clock says so?"""
        offset = self.published.utcoffset()
        return self.western or (offset is not None and offset < KST.utcoffset(None))

    @property
    def zone(self) -> dt.tzinfo | None:
        """The story's own time zone, where its publication time gives one."""
        return None if self.published_date_only else self.published.tzinfo


def parse_published(value: object, where: str) -> tuple[dt.datetime, bool]:
    """Read ``published`` (ISO date, or date-time with offset) -> (aware instant, date-only?).

    A date-time without an offset is taken as Korea time, where most of these stories are filed.
    """
    if isinstance(value, dt.datetime):
        stamp = value
    elif isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=KST), True
    elif isinstance(value, str):
        text = value.strip()
        try:
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
                day = dt.date.fromisoformat(text)
                return dt.datetime(day.year, day.month, day.day, tzinfo=KST), True
            stamp = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            raise ArticleError(
                where, f"bad 'published' date {text!r} (expected YYYY-MM-DD or ISO date-time)"
            ) from None
    else:
        raise ArticleError(where, f"bad 'published' value {value!r} (expected an ISO date)")
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=KST)
    return stamp, False


def _decode(raw: bytes, where: str) -> str:
    if not raw.strip():
        raise ArticleError(where, "empty file")
    if b"\x00" in raw[:8192]:
        raise ArticleError(where, "binary file (contains NUL bytes), not an article")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ArticleError(where, f"not valid UTF-8 (byte {err.start})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


_FRONT = re.compile(r"\A---[ \t]*\n(?P<head>.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_FLAT_LINE = re.compile(r"(?P<key>[A-Za-z_][\w-]*)[ \t]*:[ \t]*(?P<value>.*)")


def _split_front_matter(text: str, where: str) -> tuple[dict[str, object], str]:
    """Front matter is YAML; flat ``key: value`` lines that YAML rejects (an unquoted colon in
    a source line is common) are read line by line rather than refused."""
    if not text.startswith("---"):
        return {}, text
    match = _FRONT.match(text)
    if match is None:
        raise ArticleError(where, "broken front matter: no closing '---' line")
    head, body = match.group("head"), text[match.end() :]
    try:
        meta = yaml.safe_load(head) if head.strip() else {}
    except yaml.YAMLError:
        meta = None
    if not isinstance(meta, dict):
        meta = {}
        for number, line in enumerate(head.splitlines(), start=2):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            flat = _FLAT_LINE.fullmatch(line.strip())
            if flat is None:
                problem = f"broken front matter at line {number}: {line.strip()[:60]!r}"
                raise ArticleError(where, problem)
            meta[flat.group("key")] = flat.group("value").strip().strip("\"'")
    return {str(k): v for k, v in meta.items()}, body


def _html_text(html: str, where: str) -> tuple[dict[str, object], str]:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None:
        raise ArticleError(where, "HTML page with no main text")
    if not isinstance(doc, dict):
        doc = doc.as_dict()
    body = doc.get("text") or ""
    if not body.strip():
        raise ArticleError(where, "HTML page with no main text")
    meta = {k: doc[k] for k in ("title", "url", "date") if doc.get(k)}
    if "date" in meta:
        meta["published"] = meta.pop("date")
    if doc.get("sitename"):
        meta["source"] = doc["sitename"]
    return meta, body


def article_from_text(
    text: str,
    name: str,
    *,
    html: bool = False,
    fallback_published: dt.datetime | None = None,
    where: str | None = None,
) -> Article:
    """Build an Article from decoded text (a file's, or a feed entry's page)."""
    where = where or name
    meta, body = _html_text(text, where) if html else _split_front_matter(text, where)
    if not body.strip():
        raise ArticleError(where, "no text after the front matter")
    raw_published = meta.get("published")
    from_mtime = False
    if raw_published in (None, ""):
        if fallback_published is None:
            raise ArticleError(where, "no 'published' date and no file time to stand in")
        published, date_only, from_mtime = fallback_published, False, True
    else:
        published, date_only = parse_published(raw_published, where)
    return Article(
        name=name,
        text=body.strip(),
        published=published,
        published_date_only=date_only,
        published_from_mtime=from_mtime,
        title=_opt_str(meta.get("title")),
        source=_opt_str(meta.get("source")),
        url=_opt_str(meta.get("url")),
        meta=meta,
    )


def load_article(path: Path) -> Article:
    """Read one article file; raise ArticleError with a one-line reason if it is unusable."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            limit = f"{MAX_BYTES / 1e6:g} MB"
            problem = f"too large for an article ({size / 1e6:.1f} MB; limit {limit})"
            raise ArticleError(where, problem)
        raw = path.read_bytes()
    except OSError as err:
        raise ArticleError(where, err.strerror or str(err)) from None
    text = _decode(raw, where)
    mtime = dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC)
    return article_from_text(
        text,
        path.name,
        html=path.suffix.lower() in HTML_SUFFIXES,
        fallback_published=mtime,
        where=where,
    )


def iter_article_paths(paths: list[Path]) -> list[Path]:
    """Expand folders into the article files they hold (sorted, so runs are repeatable)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
            )
        else:
            found.append(path)
    return found


def _opt_str(value: object) -> str | None:
    return None if value in (None, "") else str(value)
