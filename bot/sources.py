"""Where articles come from: news feeds polled for new entries, and an inbox folder of files.

Only the "what": read the feed list, poll one feed, fetch one entry's page, list and file away
the inbox's files. When to poll and what has been stored already belong to the scheduler.

Every failure is one ``SourceError`` (or, for a page that is no article, ``ArticleError``)
whose ``str()`` is a single line naming the feed, link or file and the problem, so a poll of
twenty feeds reports the one bad one and carries on with the rest.
"""

from __future__ import annotations

import datetime as dt
import html
import http.client
import io
import os
import re
import stat
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from bot.articles import MAX_BYTES, Article, ArticleError, article_from_text

DEFAULT_FEEDS = Path(__file__).resolve().parents[1] / "config" / "feeds.yaml"

# Identifies the bot to site operators; "Mozilla/5.0 (compatible; ...)" is the usual form for
# crawlers, and some news sites refuse Python's default "Python-urllib/3.x".
USER_AGENT = "Mozilla/5.0 (compatible; launches-bot/0.1; +https://github.com/launches-bot)"

# A news feed is at most a few hundred KB; ten times the article limit leaves room for feeds
# that carry full text, and still stops a misconfigured URL that serves a video.
FEED_MAX_BYTES = 10 * MAX_BYTES

FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1"

# Server answers that may well succeed later: the scheduler retries these, not the others.
_TRANSIENT_STATUS = {408, 425, 429, 500, 502, 503, 504}

# Content types that are certainly not an article page, whatever the bytes look like.
_BINARY_TYPES = re.compile(
    r"^(image|audio|video|font)/|^application/(pdf|octet-stream|zip|"
    r"gzip|x-gzip|msword|vnd\.|x-tar|x-7z|x-rar|java-archive)"
)

INBOX_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
DONE, FAILED = "done", "failed"
# A file younger than this may still be being written (a copy, a download, an editor's save).
INBOX_SETTLE_SECONDS = 2.0


class SourceError(ValueError):
    """A feed, link, config or inbox file that cannot be used; ``str()`` is one line.

    ``transient`` says whether trying again later may help (a timeout, a 503), so a scheduler
    can retry those and give up on the rest (a 404, a page that is not a feed).
    """

    def __init__(self, where: str, problem: str, *, transient: bool = False) -> None:
        super().__init__(f"{where}: {_one_line(problem)}")
        self.where = where
        self.problem = problem
        self.transient = transient


@dataclass(frozen=True)
class Feed:
    """A configured feed: ``name`` becomes each article's ``source``."""

    name: str
    url: str


@dataclass(frozen=True)
class FeedState:
    """What the last successful poll was told, so the next one can ask "anything new?"."""

    etag: str | None = None
    modified: str | None = None  # the server's Last-Modified, sent back verbatim


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, before its page is fetched."""

    key: str  # the entry's id/guid, else its link: what the scheduler remembers as seen
    title: str
    link: str
    published: dt.datetime | None  # aware; the feed's own offset when it wrote one, else UTC
    summary: str  # plain text, tags removed


@dataclass(frozen=True)
class FeedPoll:
    """The outcome of one poll: the state to keep for the next one, and the entries."""

    state: FeedState
    entries: list[FeedEntry]
    not_modified: bool


# --- The feed list ---------------------------------------------------------------------------


def load_feeds(path: Path | None = None) -> list[Feed]:
    """Read ``config/feeds.yaml`` (a ``feeds:`` list of ``name``/``url`` mappings).

    Checked strictly (unknown keys, duplicate names or URLs, non-http URLs) because a typo here
    fails silently otherwise: a feed that is never polled raises no error.
    """
    path = path or DEFAULT_FEEDS
    where = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise SourceError(where, err.strerror or str(err)) from None
    except (yaml.YAMLError, UnicodeDecodeError) as err:
        raise SourceError(where, f"not valid YAML: {err}") from None
    if data is None:
        return []
    if not isinstance(data, dict) or set(data) - {"feeds"}:
        raise SourceError(where, "expected a mapping with one key, 'feeds', holding a list")
    items = data.get("feeds") or []
    if not isinstance(items, list):
        raise SourceError(where, "'feeds' must be a list of {name, url} mappings")
    feeds = [_feed_from_item(item, number, where) for number, item in enumerate(items, start=1)]
    _check_unique(feeds, where)
    return feeds


def _feed_from_item(item: object, number: int, where: str) -> Feed:
    label = f"feed {number}"
    if not isinstance(item, dict):
        raise SourceError(where, f"{label}: expected a mapping with 'name' and 'url', got {item!r}")
    if isinstance(item.get("name"), str) and item["name"].strip():
        label = f"feed {number} ({item['name'].strip()!r})"
    unknown = sorted(str(key) for key in set(item) - {"name", "url"})
    if unknown:
        raise SourceError(
            where, f"{label}: unknown key(s) {', '.join(unknown)} (expected name, url)"
        )
    name, url = item.get("name"), item.get("url")
    if not isinstance(name, str) or not name.strip():
        raise SourceError(where, f"{label}: 'name' is missing or empty")
    if not isinstance(url, str) or not _is_http_url(url.strip()):
        raise SourceError(where, f"{label}: 'url' {url!r} is not an http(s) URL")
    return Feed(name=name.strip(), url=url.strip())


def _check_unique(feeds: list[Feed], where: str) -> None:
    """Names key the scheduler's stored state and URLs are polled once: both must be unique."""
    for attribute in ("name", "url"):
        seen: set[str] = set()
        for feed in feeds:
            value = getattr(feed, attribute)
            if value in seen:
                raise SourceError(where, f"feed {feed.name!r}: duplicate {attribute} {value!r}")
            seen.add(value)


# --- HTTP ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Response:
    status: int
    url: str  # after redirects
    headers: dict[str, str]  # lower-case names
    body: bytes


def _opener() -> urllib.request.OpenerDirector:
    """An opener that speaks only http(s): a feed's entry may link to ``file:///etc/passwd``
    or redirect to ``ftp:``, and neither may be read into the index."""
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.ProxyHandler(),
        urllib.request.UnknownHandler(),
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPRedirectHandler(),
        urllib.request.HTTPErrorProcessor(),
    ):
        opener.add_handler(handler)
    return opener


def _http_get(
    url: str, where: str, *, headers: dict[str, str], timeout: float, limit: int
) -> _Response:
    """GET ``url``; any failure becomes a one-line SourceError. A 304 is returned, not raised.

    ``timeout`` bounds each socket read and, to within one read, the whole exchange: a server
    that drips one byte a second cannot hold a poll for hours.
    """
    if not _is_http_url(url):
        raise SourceError(where, "not an http(s) URL")
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, **headers})
    try:
        with _opener().open(request, timeout=timeout) as response:
            body = _read_limited(response, limit, deadline, where)
            return _Response(response.status, response.geturl(), _lower(response.headers), body)
    except SourceError:
        raise
    except urllib.error.HTTPError as err:
        err.close()  # it holds the connection open
        if err.code == 304:
            return _Response(304, url, _lower(err.headers), b"")
        reason = f"HTTP {err.code} {err.reason}".rstrip()
        raise SourceError(where, reason, transient=err.code in _TRANSIENT_STATUS) from None
    except urllib.error.URLError as err:
        timed_out = isinstance(err.reason, TimeoutError)
        problem = f"timed out after {timeout:g} s" if timed_out else f"cannot connect: {err.reason}"
        raise SourceError(where, problem, transient=True) from None
    except TimeoutError:
        raise SourceError(where, f"timed out after {timeout:g} s", transient=True) from None
    except (OSError, http.client.HTTPException) as err:
        raise SourceError(
            where, f"connection failed: {err or type(err).__name__}", transient=True
        ) from None
    except ValueError as err:  # a malformed URL (bad port, stray characters)
        raise SourceError(where, f"bad URL: {err}") from None


def _read_limited(
    response: http.client.HTTPResponse, limit: int, deadline: float, where: str
) -> bytes:
    """Read at most ``limit`` bytes before ``deadline``; more than that is refused outright
    rather than truncated, since half a feed or half a page parses into something misleading."""
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read(65536):
        size += len(chunk)
        if size > limit:
            raise SourceError(where, f"too large (over {limit / 1e6:g} MB)")
        if time.monotonic() > deadline:
            raise TimeoutError
        chunks.append(chunk)
    return b"".join(chunks)


def _lower(headers: Any) -> dict[str, str]:
    return {str(k).lower(): str(v) for k, v in headers.items()} if headers else {}


def _is_http_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


# --- Polling a feed --------------------------------------------------------------------------


def poll_feed(feed: Feed, state: FeedState, timeout: float = 15) -> FeedPoll:
    """Poll ``feed`` with a conditional GET; an unchanged feed costs the server one 304.

    The request is made here rather than by ``feedparser.parse(url)``, which has no timeout
    and reports HTTP errors as data; feedparser only parses the bytes.
    """
    where = f"feed {feed.name!r} ({feed.url})"
    headers = {"Accept": FEED_ACCEPT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.modified:
        headers["If-Modified-Since"] = state.modified
    response = _http_get(feed.url, where, headers=headers, timeout=timeout, limit=FEED_MAX_BYTES)
    if response.status == 304:
        # A 304 may carry a fresher validator; otherwise the old one stays good.
        kept = FeedState(
            etag=response.headers.get("etag") or state.etag,
            modified=response.headers.get("last-modified") or state.modified,
        )
        return FeedPoll(state=kept, entries=[], not_modified=True)
    entries = _parse_feed(response, where)
    new_state = FeedState(
        etag=response.headers.get("etag"), modified=response.headers.get("last-modified")
    )
    return FeedPoll(state=new_state, entries=entries, not_modified=False)


def _parse_feed(response: _Response, where: str) -> list[FeedEntry]:
    import feedparser  # imported here: only polling needs it

    if not response.body.strip():
        raise SourceError(where, "empty answer, not an RSS or Atom feed")
    # Content-Location makes feedparser resolve relative links against the final URL.
    parsed = feedparser.parse(
        io.BytesIO(response.body),
        response_headers={
            "content-type": response.headers.get("content-type", "application/xml"),
            "content-location": response.url,
        },
    )
    if not parsed.entries and (parsed.bozo or not parsed.version):
        # A feed broken halfway still yields its readable entries; one with none is not a feed.
        kind = response.headers.get("content-type", "").split(";")[0] or "unknown type"
        raise SourceError(where, f"not an RSS or Atom feed ({kind}): {_bozo_reason(parsed)}")
    entries: dict[str, FeedEntry] = {}
    for raw in parsed.entries:
        entry = _entry(raw)
        if entry is not None and entry.key not in entries:
            entries[entry.key] = entry
    return list(entries.values())


def _bozo_reason(parsed: Any) -> str:
    error = parsed.get("bozo_exception")
    if error is None:
        return "no feed elements found"
    text = getattr(error, "getMessage", lambda: str(error))()
    return _one_line(str(text)) or type(error).__name__


def _entry(raw: Any) -> FeedEntry | None:
    """A feed item as a FeedEntry, or None without a web link: there is nothing to fetch."""
    link = str(raw.get("link") or "").strip()
    if not _is_http_url(link):
        return None
    key = str(raw.get("id") or "").strip() or link
    summary = raw.get("summary") or ""
    if not summary and raw.get("content"):
        summary = raw["content"][0].get("value", "")
    return FeedEntry(
        key=key,
        title=_plain(str(raw.get("title") or "")),
        link=link,
        published=_entry_published(raw),
        summary=_plain(str(summary)),
    )


def _entry_published(raw: Any) -> dt.datetime | None:
    """The entry's publication (else update) instant, aware.

    feedparser's ``*_parsed`` is UTC; when the feed's own text gives an offset (Yonhap writes
    +0900) the same instant is kept in that offset, because a story's "today" is its own day:
    08:00 in Seoul is still yesterday in UTC.
    """
    for name in ("published", "updated"):
        # `in` first: feedparser's get("updated_parsed") falls back to published, with a warning.
        parsed = raw.get(f"{name}_parsed") if f"{name}_parsed" in raw else None
        if not parsed:
            continue
        try:
            utc = dt.datetime(*parsed[:6], tzinfo=dt.UTC)
        except (TypeError, ValueError):
            continue
        own = _with_own_offset(str(raw.get(name) or ""))
        return own if own is not None and own == utc else utc
    return None


def _with_own_offset(text: str) -> dt.datetime | None:
    from email.utils import parsedate_to_datetime

    text = text.strip()
    for parse in (
        parsedate_to_datetime,
        lambda s: dt.datetime.fromisoformat(s.replace("Z", "+00:00")),
    ):
        try:
            stamp = parse(text)
        except (TypeError, ValueError, IndexError):
            continue
        if stamp.tzinfo is not None:
            return stamp
    return None


_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def _plain(text: str) -> str:
    """Feed titles and summaries often carry HTML; the filter and the index want words."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", text))).strip()


def _one_line(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


# --- The cheap filter ------------------------------------------------------------------------

_LAUNCH_WORDS = re.compile(
    r"\b(?:missiles?|launch\w*|fir(?:e|es|ed|ing)|rockets?|projectiles?|"
    r"(?:IC|SL|IR|MR|SR)BMs?|satellites?|ballistic|hypersonic|warheads?|"
    r"shoots?|shot|weapons? tests?|Hwasong\w*|Pukguksong\w*|KN-?\d+)\b",
    re.IGNORECASE,
)
_NORTH_KOREA = re.compile(
    r"\b(?:North[\s-]+Korea\w*|N\.\s?Korea\w*|NK|DPRK|Pyongyang|KCNA|"
    r"Kim\s+Jong[\s-]+Un|Korean\s+Peninsula|East\s+Sea)\b|\bN\.\s?K\.",  # Yonhap's "N.K."
    re.IGNORECASE,
)
_THE_NORTH = re.compile(r"\b[Tt]he North\b")  # capital N: "the north of Japan" is no match


def looks_like_launch_news(title: str, summary: str) -> bool:
    """Is this entry possibly about a North Korean launch, judged from its title and summary?

    It only saves fetching pages that are plainly about something else, so it errs towards
    True: a false True costs one page fetch, a false False loses a launch from the index.
    """
    text = f"{title}\n{summary}"
    return bool(_LAUNCH_WORDS.search(text)) and bool(
        _NORTH_KOREA.search(text) or _THE_NORTH.search(text)
    )


# --- Fetching an entry's page ----------------------------------------------------------------


def fetch_article(entry: FeedEntry, source: str, timeout: float = 15) -> Article:
    """Fetch the page behind ``entry`` and read its main text into an Article.

    Network trouble raises SourceError (``transient`` when a retry may help); a page that is
    binary, empty or has no main text raises ArticleError. Both are one line naming the link.
    """
    where = entry.link
    response = _http_get(
        entry.link, where, headers={"Accept": PAGE_ACCEPT}, timeout=timeout, limit=MAX_BYTES
    )
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    text = _decode_page(response, content_type, where)
    # The feed's date is an instant with a time; a page's own date (from trafilatura) is only a
    # day, so it stands in only when the feed gave none, and "now" when neither did.
    now = dt.datetime.now(dt.UTC)
    article = article_from_text(
        text,
        entry.link,
        html=content_type != "text/plain",
        fallback_published=entry.published or now,
        where=where,
    )
    if entry.published is not None:
        article = replace(
            article,
            published=entry.published,
            published_date_only=False,
            published_from_mtime=False,
        )
    return replace(article, title=entry.title or article.title, url=entry.link, source=source)


def _decode_page(response: _Response, content_type: str, where: str) -> str:
    """The page as text, refused when binary or empty. The charset comes from the header, else
    UTF-8 when the bytes are valid UTF-8, else the page's own ``<meta charset>``, else
    Windows-1252 (what browsers assume); undecodable bytes become U+FFFD, never an error."""
    body = response.body
    if _BINARY_TYPES.search(content_type):
        raise ArticleError(where, f"binary page ({content_type}), not an article")
    if not body.strip():
        raise ArticleError(where, "empty page")
    if b"\x00" in body[:8192]:
        raise ArticleError(where, "binary page (contains NUL bytes), not an article")
    declared = _CHARSET.search(response.headers.get("content-type", ""))
    if declared is None:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            declared = _CHARSET.search(body[:4096].decode("ascii", errors="replace"))
    for charset in (declared.group(1) if declared else "cp1252", "cp1252"):
        try:
            return body.decode(charset, errors="replace")
        except LookupError:  # a charset name Python does not know
            continue
    raise AssertionError("unreachable: cp1252 always decodes")


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.IGNORECASE)


# --- The inbox folder ------------------------------------------------------------------------


def inbox_files(inbox: Path, min_age: float = INBOX_SETTLE_SECONDS) -> list[Path]:
    """Article files waiting in ``inbox`` (and its subfolders), oldest first.

    Skipped: ``done/`` and ``failed/``, hidden files and folders, suffixes other than
    INBOX_SUFFIXES (which also leaves out ``.part``/``.tmp`` downloads in progress), and files
    modified in the last ``min_age`` seconds, which may still be being written: reading half a
    copy would index half a story and file the rest away as done.
    """
    if not inbox.exists():
        return []
    if not inbox.is_dir():
        raise SourceError(str(inbox), "the inbox is not a folder")
    newest = time.time() - min_age
    found: list[tuple[float, str, Path]] = []
    for path in inbox.rglob("*"):
        relative = path.relative_to(inbox).parts
        if relative[0] in (DONE, FAILED) or any(part.startswith(".") for part in relative):
            continue
        if path.suffix.lower() not in INBOX_SUFFIXES:
            continue
        try:
            info = path.stat()
        except OSError:  # removed while we looked
            continue
        if stat.S_ISREG(info.st_mode) and info.st_mtime <= newest:
            found.append((info.st_mtime, str(path), path))
    return [path for _, _, path in sorted(found)]


def file_done(path: Path, inbox: Path) -> Path:
    """Move an ingested file to ``inbox/done/`` (never over another file); return where."""
    return _move_into(path, inbox / DONE)


def file_failed(path: Path, inbox: Path, reason: str) -> Path:
    """Move a file that could not be ingested to ``inbox/failed/`` and write the one-line
    reason beside it as ``NAME.error``, so whoever fixes it sees why without the logs."""
    target = _move_into(path, inbox / FAILED, sidecar=".error")
    target.with_name(target.name + ".error").write_text(_one_line(reason) + "\n", encoding="utf-8")
    return target


def _move_into(path: Path, folder: Path, sidecar: str | None = None) -> Path:
    """Move ``path`` into ``folder`` under a free name (``story.txt``, ``story-1.txt``, ...).

    A hard link claims the name atomically, so not even a file appearing at the same moment is
    overwritten; where links are unsupported, a checked rename does.
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for target in _candidates(folder, path.name):
            if sidecar and target.with_name(target.name + sidecar).exists():
                continue
            if _claim(path, target):
                return target
    except OSError as err:
        raise SourceError(str(path), f"cannot move into {folder}: {err.strerror or err}") from None
    raise AssertionError("unreachable: _candidates never ends")


def _candidates(folder: Path, name: str) -> Iterator[Path]:
    stem, suffix = os.path.splitext(name)
    yield folder / name
    number = 1
    while True:
        yield folder / f"{stem}-{number}{suffix}"
        number += 1


def _claim(path: Path, target: Path) -> bool:
    """Move ``path`` to ``target`` unless ``target`` exists; True when moved."""
    try:
        os.link(path, target)
    except FileExistsError:
        return False
    except OSError:  # no hard links here (some network and FAT file systems)
        if target.exists():
            return False
        path.rename(target)
        return True
    path.unlink()
    return True
