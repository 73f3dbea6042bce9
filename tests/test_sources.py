"""Feeds, pages and the inbox: conditional polls, clear one-line failures, files never lost.

Everything runs against tests/feed_server.py on 127.0.0.1; no test touches the network.
"""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.articles import ArticleError
from bot.sources import (
    Feed,
    FeedEntry,
    FeedState,
    SourceError,
    fetch_article,
    file_done,
    file_failed,
    inbox_files,
    load_feeds,
    looks_like_launch_news,
    poll_feed,
)
from tests.feed_server import FeedServer

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wire: North Korea</title><link>http://wire.test/</link>
<description>Test feed</description>
{items}
</channel></rss>"""

ITEM = """<item><title>{title}</title><link>{link}</link><guid isPermaLink="false">{guid}</guid>
<pubDate>{date}</pubDate><description><![CDATA[<p>{summary}</p>]]></description></item>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title><id>urn:wire</id>
<updated>2025-01-06T00:00:00Z</updated>
<entry><title>N. Korea fires ICBM</title><id>urn:wire:1</id>
<link rel="alternate" href="/news/1"/><updated>2025-01-06T08:15:00+09:00</updated>
<summary>Pyongyang launched an ICBM.</summary></entry>
</feed>"""

STORY = (
    "North Korea fired a short-range ballistic missile into the East Sea on Monday "
    "morning, South Korea's Joint Chiefs of Staff said. The missile was launched from "
    "the Pyongyang area at around 7:30 a.m. and flew about 1,100 kilometers before "
    "falling into waters off the peninsula's east coast, the JCS said in a text message "
    "to reporters. South Korean and U.S. intelligence authorities were analysing the "
    "details of the launch, the military added, calling it a clear provocation."
)

PAGE = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>N. Korea fires missile</title>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World Desk Menu</a></li>
<li><a href="/sports">Sports Section Menu</a></li></ul></nav>
<article><h1>N. Korea fires ballistic missile into East Sea</h1>
<p>{STORY}</p>
<p>It was the first launch this year, officials said, after a series of cruise missile
tests in late December that Seoul described as routine drills by the North.</p>
</article>
<footer><p>Copyright Example Wire Agency. All rights reserved. Unauthorised redistribution
prohibited.</p></footer>
</body></html>"""


def rss(*items: dict[str, str]) -> str:
    return RSS.format(items="\n".join(ITEM.format(**item) for item in items))


def item(
    number: int,
    title: str = "N. Korea fires missile",
    summary: str = "Launch.",
    date: str = "Mon, 06 Jan 2025 08:15:00 +0900",
) -> dict[str, str]:
    return {
        "title": title,
        "link": f"http://wire.test/news/{number}",
        "guid": f"wire-{number}",
        "date": date,
        "summary": summary,
    }


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def one_line(error: pytest.ExceptionInfo[Exception]) -> str:
    text = str(error.value)
    assert "\n" not in text
    return text


# --- load_feeds ------------------------------------------------------------------------------


def test_shipped_feed_list_loads() -> None:
    feeds = load_feeds()
    assert feeds
    assert all(feed.url.startswith(("http://", "https://")) for feed in feeds)


def test_feed_list_is_read(tmp_path: Path) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(
        "feeds:\n  - name: Wire\n    url: https://wire.test/rss\n"
        "  # - name: Off\n  #   url: https://off.test/rss\n",
        encoding="utf-8",
    )
    assert load_feeds(path) == [Feed("Wire", "https://wire.test/rss")]


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        (
            "feeds:\n  - name: Wire\n    ulr: https://wire.test/rss\n",
            "feed 1 ('Wire'): unknown key",
        ),
        ("feeds:\n  - name: Wire\n    url: ftp://wire.test/rss\n", "not an http(s) URL"),
        ("feeds:\n  - url: https://wire.test/rss\n", "feed 1: 'name' is missing"),
        ("feeds:\n  - https://wire.test/rss\n", "feed 1: expected a mapping"),
        (
            "feeds:\n  - {name: A, url: 'https://a.test/'}\n  - {name: A, url: 'https://b.test/'}\n",
            "duplicate name",
        ),
        ("feeds: [\n", "not valid YAML"),
        ("- name: A\n", "expected a mapping with one key"),
    ],
)
def test_malformed_feed_list_names_file_and_entry(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "feeds.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourceError) as error:
        load_feeds(path)
    assert one_line(error).startswith(str(path))
    assert problem in str(error.value)


def test_missing_feed_list_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(SourceError, match=r"feeds\.yaml: No such file"):
        load_feeds(tmp_path / "feeds.yaml")


# --- poll_feed -------------------------------------------------------------------------------


def test_second_poll_of_unchanged_feed_is_conditional_and_not_modified(server: FeedServer) -> None:
    server.set(
        "/rss",
        rss(item(1)),
        "application/rss+xml",
        etag='"v1"',
        last_modified="Mon, 06 Jan 2025 00:00:00 GMT",
    )
    feed = Feed("Wire", server.url("/rss"))
    first = poll_feed(feed, FeedState())
    assert not first.not_modified
    assert first.state == FeedState('"v1"', "Mon, 06 Jan 2025 00:00:00 GMT")
    assert server.requests[0].headers.get("If-None-Match") is None

    second = poll_feed(feed, first.state)
    assert second.not_modified
    assert second.entries == []
    assert second.state == first.state
    sent = server.requests[1].headers
    assert sent.get("If-None-Match") == '"v1"'
    assert sent.get("If-Modified-Since") == "Mon, 06 Jan 2025 00:00:00 GMT"


def test_changed_feed_returns_its_entries_with_dates(server: FeedServer) -> None:
    server.set("/rss", rss(item(1)), "application/rss+xml", etag='"v1"')
    feed = Feed("Wire", server.url("/rss"))
    first = poll_feed(feed, FeedState())
    server.set(
        "/rss",
        rss(item(2, title="N. Korea launches &amp; tests", summary="<b>New</b>"), item(1)),
        "application/rss+xml",
        etag='"v2"',
    )
    second = poll_feed(feed, first.state)
    assert not second.not_modified
    assert second.state.etag == '"v2"'
    assert [entry.key for entry in second.entries] == ["wire-2", "wire-1"]
    newest = second.entries[0]
    assert newest.title == "N. Korea launches & tests"
    assert newest.summary == "New"
    assert newest.link == "http://wire.test/news/2"
    # The same instant as feedparser's UTC, kept in the feed's own +09:00: the story's day.
    assert newest.published == dt.datetime(2025, 1, 5, 23, 15, tzinfo=dt.UTC)
    assert newest.published is not None
    assert newest.published.utcoffset() == dt.timedelta(hours=9)


def test_atom_feed_resolves_relative_links_and_reads_updated(server: FeedServer) -> None:
    server.set("/atom", ATOM, "application/atom+xml")
    [entry] = poll_feed(Feed("Atom", server.url("/atom")), FeedState()).entries
    assert entry.key == "urn:wire:1"
    assert entry.link == server.url("/news/1")
    assert entry.published == dt.datetime(2025, 1, 5, 23, 15, tzinfo=dt.UTC)


def test_entry_without_guid_is_keyed_by_link_and_gmt_dates_are_utc(server: FeedServer) -> None:
    body = rss(item(1, date="Mon, 06 Jan 2025 01:00:00 GMT")).replace(
        '<guid isPermaLink="false">wire-1</guid>', ""
    )
    server.set("/rss", body, "application/rss+xml")
    [entry] = poll_feed(Feed("Wire", server.url("/rss")), FeedState()).entries
    assert entry.key == "http://wire.test/news/1"
    assert entry.published == dt.datetime(2025, 1, 6, 1, 0, tzinfo=dt.UTC)
    assert entry.published is not None
    assert entry.published.utcoffset() == dt.timedelta(0)


def test_moved_feed_is_followed_but_never_to_a_local_file(
    server: FeedServer, tmp_path: Path
) -> None:
    server.set("/atom", ATOM, "application/atom+xml")
    server.set("/old", "", status=301, headers={"Location": server.url("/atom")})
    [entry] = poll_feed(Feed("Atom", server.url("/old")), FeedState()).entries
    assert entry.link == server.url("/news/1")  # relative to where the feed now lives
    local = tmp_path / "feed.xml"
    local.write_text(ATOM, encoding="utf-8")
    server.set("/sneaky", "", status=302, headers={"Location": local.as_uri()})
    with pytest.raises(SourceError):
        poll_feed(Feed("Sneaky", server.url("/sneaky")), FeedState())


def test_feed_without_validators_keeps_no_state(server: FeedServer) -> None:
    server.set("/rss", rss(item(1, date="")), "application/rss+xml")
    poll = poll_feed(Feed("Wire", server.url("/rss")), FeedState(etag='"old"'))
    assert poll.state == FeedState()
    assert poll.entries[0].published is None


def test_html_page_instead_of_feed_is_one_line(server: FeedServer) -> None:
    server.set("/rss", PAGE, "text/html; charset=utf-8")
    url = server.url("/rss")
    with pytest.raises(SourceError) as error:
        poll_feed(Feed("Wire", url), FeedState())
    assert one_line(error).startswith(f"feed 'Wire' ({url}): not an RSS or Atom feed")


def test_malformed_xml_is_one_line(server: FeedServer) -> None:
    server.set("/rss", "<<<not xml at all\n\n>>>", "application/xml")
    with pytest.raises(SourceError) as error:
        poll_feed(Feed("Wire", server.url("/rss")), FeedState())
    assert "not an RSS or Atom feed" in one_line(error)
    assert not error.value.transient


def test_404_feed_is_one_line(server: FeedServer) -> None:
    url = server.url("/gone")
    with pytest.raises(SourceError) as error:
        poll_feed(Feed("Wire", url), FeedState())
    assert one_line(error) == f"feed 'Wire' ({url}): HTTP 404 Not Found"
    assert not error.value.transient


def test_500_feed_is_transient(server: FeedServer) -> None:
    server.set("/rss", "oops", "text/plain", status=503)
    with pytest.raises(SourceError, match="HTTP 503") as error:
        poll_feed(Feed("Wire", server.url("/rss")), FeedState())
    assert error.value.transient


def test_slow_feed_times_out_as_one_line(server: FeedServer) -> None:
    server.set("/rss", rss(item(1)), "application/rss+xml", delay=3)
    started = time.monotonic()
    with pytest.raises(SourceError) as error:
        poll_feed(Feed("Wire", server.url("/rss")), FeedState(), timeout=0.3)
    assert time.monotonic() - started < 2
    assert "timed out after 0.3 s" in one_line(error)
    assert error.value.transient


def test_unreachable_feed_is_one_line() -> None:
    with FeedServer() as gone:
        url = gone.url("/rss")
    with pytest.raises(SourceError) as error:
        poll_feed(Feed("Wire", url), FeedState(), timeout=2)
    assert one_line(error).startswith(f"feed 'Wire' ({url}): cannot connect")


# --- looks_like_launch_news ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        ("N. Korea fires ballistic missile into East Sea", "", True),
        ("North Korea launches ICBM, Japan says", "", True),
        ("(LEAD) N.K. test-fires cruise missiles: JCS", "", True),
        ("Pyongyang says it tested new hypersonic warhead", "", True),
        ("DPRK satellite launch fails", "", True),
        ("JCS: projectile launched", "The North fired it from near Wonsan.", True),
        ("Seoul stocks open lower", "Pyongyang's rocket launch weighed on sentiment.", True),
        ("Kim Jong Un oversees Hwasong-19 test", "", True),
        ("Japan protests SLBM launch", "Fired from a submarine off Sinpo, North Korea.", True),
        ("N. Korea's Kim inspects farm", "Kim visited a farm in South Hamgyong.", False),
        ("SpaceX launches Starlink satellites", "Falcon 9 lifted off from Florida.", False),
        ("Fire at Seoul market", "Firefighters put out a blaze in Seoul.", False),
        ("BTS announce world tour", "", False),
        ("Iran fires ballistic missiles", "Tehran said the strikes hit targets in Iraq.", False),
    ],
)
def test_looks_like_launch_news(title: str, summary: str, expected: bool) -> None:
    assert looks_like_launch_news(title, summary) is expected


# --- fetch_article ---------------------------------------------------------------------------


def entry_for(
    server: FeedServer,
    path: str,
    *,
    published: dt.datetime | None = None,
    title: str = "N. Korea fires missile",
) -> FeedEntry:
    return FeedEntry(key=path, title=title, link=server.url(path), published=published, summary="")


def test_fetch_article_reads_main_text_and_uses_entry_date(server: FeedServer) -> None:
    server.set("/news/1", PAGE)
    published = dt.datetime(2025, 1, 6, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    article = fetch_article(entry_for(server, "/news/1", published=published), "Wire")
    assert "short-range ballistic missile" in article.text
    assert "first launch this year" in article.text
    assert "Menu" not in article.text
    assert "All rights reserved" not in article.text
    assert article.published == published
    assert not article.published_date_only
    assert not article.published_from_mtime
    assert article.reference_day == dt.date(2025, 1, 6)
    assert article.url == server.url("/news/1")
    assert article.title == "N. Korea fires missile"
    assert article.source == "Wire"
    assert server.requests[0].headers.get("User-Agent", "").startswith("Mozilla/5.0 (compatible")


def test_fetch_article_without_any_date_uses_now_as_a_stand_in(server: FeedServer) -> None:
    server.set("/news/1", PAGE)
    before = dt.datetime.now(dt.UTC)
    article = fetch_article(entry_for(server, "/news/1"), "Wire")
    assert before <= article.published <= dt.datetime.now(dt.UTC)
    assert article.published_from_mtime


def test_fetch_article_uses_the_page_date_when_the_feed_has_none(server: FeedServer) -> None:
    dated = PAGE.replace(
        "<title>", '<meta property="article:published_time" content="2024-11-05"><title>'
    )
    server.set("/news/1", dated)
    article = fetch_article(entry_for(server, "/news/1"), "Wire")
    assert article.reference_day == dt.date(2024, 11, 5)
    assert not article.published_from_mtime


def test_fetch_article_404_is_one_line_naming_the_link(server: FeedServer) -> None:
    entry = entry_for(server, "/news/missing")
    with pytest.raises(SourceError) as error:
        fetch_article(entry, "Wire")
    assert one_line(error) == f"{entry.link}: HTTP 404 Not Found"


def test_fetch_article_500_is_transient(server: FeedServer) -> None:
    server.set("/news/1", "<p>error</p>", status=500)
    with pytest.raises(SourceError, match="HTTP 500") as error:
        fetch_article(entry_for(server, "/news/1"), "Wire")
    assert error.value.transient


@pytest.mark.parametrize(
    ("body", "content_type", "problem"),
    [
        (b"%PDF-1.7\n\x00\x01\x02binary", "application/pdf", "binary page (application/pdf)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "text/html", "binary page (contains NUL bytes)"),
        (b"   \n", "text/html", "empty page"),
        # A page drawn by script: nothing to read without a browser.
        (
            b"<html><head><title>x</title></head><body><script>render()</script></body></html>",
            "text/html",
            "no main text",
        ),
    ],
)
def test_fetch_article_refuses_pages_that_are_no_article(
    server: FeedServer, body: bytes, content_type: str, problem: str
) -> None:
    server.set("/news/1", body, content_type)
    entry = entry_for(server, "/news/1")
    with pytest.raises(ArticleError) as error:
        fetch_article(entry, "Wire")
    assert one_line(error).startswith(f"{entry.link}: ")
    assert problem in str(error.value)


def test_fetch_article_times_out(server: FeedServer) -> None:
    server.set("/news/1", PAGE, delay=3)
    with pytest.raises(SourceError, match="timed out"):
        fetch_article(entry_for(server, "/news/1"), "Wire", timeout=0.3)


def test_fetch_article_refuses_a_page_over_the_limit(server: FeedServer) -> None:
    server.set("/news/1", "<p>" + "x" * 2_100_000 + "</p>")
    with pytest.raises(SourceError, match="too large"):
        fetch_article(entry_for(server, "/news/1"), "Wire")


def test_fetch_article_reads_only_web_links(tmp_path: Path) -> None:
    secret = tmp_path / "secret.html"
    secret.write_text(PAGE, encoding="utf-8")
    entry = FeedEntry("k", "t", secret.as_uri(), None, "")
    with pytest.raises(SourceError, match="not an http"):
        fetch_article(entry, "Wire")


@pytest.mark.parametrize(
    ("meta", "content_type"),
    [
        ("", "text/html; charset=windows-1252"),  # declared by the server
        ('<meta charset="windows-1252">', "text/html"),  # declared by the page only
    ],
)
def test_fetch_article_decodes_the_declared_charset(
    server: FeedServer, meta: str, content_type: str
) -> None:
    page = PAGE.replace('<meta charset="utf-8">', meta).replace("morning,", "morning — café,")
    server.set("/news/1", page.encode("cp1252"), content_type)
    article = fetch_article(entry_for(server, "/news/1"), "Wire")
    assert "morning — café," in article.text


# --- the inbox -------------------------------------------------------------------------------


def put(folder: Path, name: str, age: float = 60, text: str = "story") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    stamp = time.time() - age
    os.utime(path, (stamp, stamp))
    return path


def test_inbox_lists_waiting_article_files_oldest_first(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    newer = put(inbox, "b.txt", age=30)
    older = put(inbox, "a.html", age=90)
    nested = put(inbox, "batch/c.md", age=60)
    put(inbox, "done/old.txt")
    put(inbox, "failed/bad.txt")
    put(inbox, ".hidden.txt")
    put(inbox, ".cache/x.txt")
    put(inbox, "d.txt.part")
    put(inbox, "e.tmp")
    put(inbox, "notes.pdf")
    put(inbox, "copying.txt", age=0)  # may still be being written
    assert inbox_files(inbox) == [older, nested, newer]
    assert len(inbox_files(inbox, min_age=0)) == 4


def test_missing_inbox_is_empty(tmp_path: Path) -> None:
    assert inbox_files(tmp_path / "nowhere") == []


def test_done_files_move_and_never_overwrite(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    first = file_done(put(inbox, "story.txt", text="one"), inbox)
    second = file_done(put(inbox, "story.txt", text="two"), inbox)
    third = file_done(put(inbox, "story.txt", text="three"), inbox)
    assert first == inbox / "done" / "story.txt"
    assert second == inbox / "done" / "story-1.txt"
    assert third == inbox / "done" / "story-2.txt"
    assert [p.read_text() for p in (first, second, third)] == ["one", "two", "three"]
    assert not (inbox / "story.txt").exists()
    assert inbox_files(inbox, min_age=0) == []


def test_failed_files_move_with_their_reason(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    first = file_failed(put(inbox, "bad.html"), inbox, "bad.html: empty file")
    second = file_failed(put(inbox, "bad.html"), inbox, "bad.html: binary\nfile")
    assert first == inbox / "failed" / "bad.html"
    assert second == inbox / "failed" / "bad-1.html"
    assert (inbox / "failed" / "bad.html.error").read_text() == "bad.html: empty file\n"
    assert (inbox / "failed" / "bad-1.html.error").read_text() == "bad.html: binary file\n"


def test_failed_name_skips_a_stray_error_file(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    put(inbox, "failed/x.txt.error", text="older reason")
    moved = file_failed(put(inbox, "x.txt"), inbox, "new reason")
    assert moved == inbox / "failed" / "x-1.txt"
    assert (inbox / "failed" / "x.txt.error").read_text() == "older reason"
