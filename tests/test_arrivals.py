"""Arrivals as an ops channel lives them: news appears in a feed or the inbox, the right
channel hears of it once, later detail arrives in the thread, and the Monday digest comes with
its chart. Feeds are served on loopback, Slack is the mock Web API, the clock is pinned."""

from __future__ import annotations

import datetime as dt
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.alerts import PrintPoster
from bot.app import web_client
from bot.scheduler import Arrivals, build_scheduler
from bot.settings import Settings
from bot.sources import Feed
from bot.store import Index
from bot.subscriptions import Subscription, save_subscriptions
from tests.feed_server import FeedServer
from tests.slack_mock import MockSlackAPI, mock_slack_api

KST = dt.timezone(dt.timedelta(hours=9))
NOW = dt.datetime(2024, 9, 18, 10, 0, tzinfo=KST)


def rss(items: list[tuple[str, str, str]]) -> str:
    body = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{d}</pubDate><description>{t}</description></item>"
        for t, link, d in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        f"<link>http://x.test/</link><description>w</description>{body}</channel></rss>"
    )


def page(text: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split(". "))
    return (
        f"<html><head><title>News</title></head><body><nav>Home | World</nav><article>"
        f"<h1>North Korea fires missiles</h1>{paragraphs}</article>"
        f"<footer>Copyright Wire</footer></body></html>"
    )


LEAD = (
    "North Korea fired two short-range ballistic missiles from Kaechon on Wednesday morning, "
    "South Korea's Joint Chiefs of Staff said. The missiles flew about 400 km before landing "
    "in the sea off the east coast. Officials in Tokyo and Washington condemned the launch"
)
FOLLOW = (
    "North Korea launched ballistic missiles from near Kaechon on Wednesday, Japan's Defense "
    "Ministry said, adding that one flew about 350 km. Japan said they appeared to be KN-23 "
    "missiles. Tokyo lodged a protest through diplomatic channels"
)
SEP18 = "Wed, 18 Sep 2024 00:30:00 +0000"


@pytest.fixture
def api() -> Iterator[MockSlackAPI]:
    with mock_slack_api() as api:
        yield api


@pytest.fixture
def feeds() -> Iterator[FeedServer]:
    with FeedServer() as server:
        yield server


@pytest.fixture
def subscriptions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    import bot.subscriptions

    path = tmp_path / "subscriptions.yaml"
    monkeypatch.setattr(bot.subscriptions, "DEFAULT_PATH", path)
    save_subscriptions([Subscription("C1")], path)
    return path


def arrivals(
    tmp_path: Path, api: MockSlackAPI, feeds: FeedServer, clock: dt.datetime = NOW
) -> Arrivals:
    index = Index(f"sqlite:///{tmp_path / 'launches.db'}")
    settings = Settings(inbox=tmp_path / "inbox")
    client = web_client("xoxb-test", api.base_url)
    return Arrivals(
        index, settings, client, lambda: clock, feeds=[Feed("Wire", feeds.url("/feed.xml"))]
    )


def test_feed_story_alerts_once_and_a_second_outlet_replies_in_thread(
    tmp_path: Path, api: MockSlackAPI, feeds: FeedServer, subscriptions: Path
) -> None:
    feeds.set("/a", page(LEAD))
    feeds.set(
        "/feed.xml",
        rss([("North Korea fires missiles", feeds.url("/a"), SEP18)]),
        "application/rss+xml",
        etag='"v1"',
    )
    bot = arrivals(tmp_path, api, feeds)
    bot.poll_feeds()
    alerts = api.calls_to("chat.postMessage")
    assert len(alerts) == 1 and alerts[0].params["channel"] == "C1"
    assert "Kaechon" in alerts[0].params["text"]

    bot.poll_feeds()  # unchanged feed: a conditional GET, nothing new
    assert feeds.requests[-1].headers.get("If-None-Match") == '"v1"'
    assert len(api.calls_to("chat.postMessage")) == 1

    feeds.set("/b", page(FOLLOW))
    feeds.set(
        "/feed.xml",
        rss(
            [
                ("N. Korea missile flew 350 km, Japan says", feeds.url("/b"), SEP18),
                ("North Korea fires missiles", feeds.url("/a"), SEP18),
            ]
        ),
        "application/rss+xml",
        etag='"v2"',
    )
    bot.poll_feeds()
    posts = api.calls_to("chat.postMessage")
    assert len(posts) == 2
    assert posts[1].params["thread_ts"] == api.posted["C1"][0]["ts"]
    assert "350 km" in posts[1].params["text"]


def test_backfill_of_old_stories_is_silent(
    tmp_path: Path, api: MockSlackAPI, feeds: FeedServer, subscriptions: Path
) -> None:
    feeds.set("/old", page(LEAD))
    feeds.set(
        "/feed.xml",
        rss([("North Korea fires missiles", feeds.url("/old"), "Wed, 13 Sep 2023 00:30:00 +0000")]),
        "application/rss+xml",
    )
    bot = arrivals(tmp_path, api, feeds)
    bot.poll_feeds()
    assert bot.index.stats()["launches"] == 1
    assert api.calls_to("chat.postMessage") == []


def test_broken_feeds_and_pages_are_skipped(
    tmp_path: Path,
    api: MockSlackAPI,
    feeds: FeedServer,
    subscriptions: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    feeds.set("/good", page(LEAD))
    feeds.set("/binary", "\x00\x01PNG" * 50, "application/octet-stream")
    feeds.set(
        "/feed.xml",
        rss(
            [
                ("North Korea fires missile, page gone", feeds.url("/gone"), SEP18),
                ("North Korea missile binary", feeds.url("/binary"), SEP18),
                ("North Korea fires missiles", feeds.url("/good"), SEP18),
            ]
        ),
        "application/rss+xml",
    )
    bot = arrivals(tmp_path, api, feeds)
    bot.feeds.append(Feed("Broken", feeds.url("/not-a-feed")))
    feeds.set("/not-a-feed", "<html>not a feed</html>", "text/html")
    bot.poll_feeds()
    assert len(api.calls_to("chat.postMessage")) == 1  # the good story still alerted
    logged = caplog.text
    assert "/gone" in logged and "/binary" in logged and "not-a-feed" in logged


def test_restart_resumes_without_repeating(
    tmp_path: Path, api: MockSlackAPI, feeds: FeedServer, subscriptions: Path
) -> None:
    feeds.set("/a", page(LEAD))
    feeds.set(
        "/feed.xml",
        rss([("North Korea fires missiles", feeds.url("/a"), SEP18)]),
        "application/rss+xml",
    )
    first = arrivals(tmp_path, api, feeds)
    api.fail_next("chat.postMessage", status=200, error="service_unavailable")
    first.poll_feeds()  # ingested and queued, not posted: Slack is down
    assert api.posted == {}
    second = arrivals(tmp_path, api, feeds)  # the process restarted
    second.poll_feeds()
    second.deliver()
    assert len(api.posted.get("C1", [])) == 1
    second.poll_feeds()
    assert len(api.posted["C1"]) == 1


def test_inbox_drop_prints_the_alert_in_the_console(
    tmp_path: Path, subscriptions: Path, api: MockSlackAPI, feeds: FeedServer
) -> None:
    printed: list[str] = []
    bot = arrivals(tmp_path, api, feeds)
    bot.poster = PrintPoster(printed.append)
    bot.always = (Subscription("console"),)
    inbox = bot.settings.inbox
    inbox.mkdir(parents=True)
    drop = inbox / "flash.txt"
    drop.write_text(f"---\npublished: 2024-09-18\nsource: Yonhap\n---\n{LEAD}.\n", "utf-8")
    old = time.time() - 10
    os.utime(drop, (old, old))
    (inbox / "broken.txt").write_bytes(b"\x00\x01\x02")
    os.utime(inbox / "broken.txt", (old, old))
    bot.scan_inbox()
    assert any(line.startswith("[#console]") and "Kaechon" in line for line in printed)
    assert (inbox / "done" / "flash.txt").exists()
    assert (inbox / "failed" / "broken.txt.error").read_text().strip()


def test_weekly_digest_with_chart_and_catch_up(
    tmp_path: Path, api: MockSlackAPI, feeds: FeedServer, subscriptions: Path
) -> None:
    feeds.set("/a", page(LEAD))
    feeds.set(
        "/feed.xml",
        rss([("North Korea fires missiles", feeds.url("/a"), SEP18)]),
        "application/rss+xml",
    )
    arrivals(tmp_path, api, feeds).poll_feeds()
    monday = dt.datetime(2024, 9, 23, 9, 30, tzinfo=KST)  # the digest was due 30 minutes ago
    bot = arrivals(tmp_path, api, feeds, clock=monday)
    scheduler = build_scheduler(bot)  # the bot was down at 09:00: catch-up queues it
    job = scheduler.get_job("weekly_digest")
    assert job.trigger.get_next_fire_time(None, monday).isoformat().startswith("2024-09-30T09:00")
    bot.deliver()
    digest = [c for c in api.calls_to("chat.postMessage") if c.params["text"].startswith("1 ")]
    assert len(digest) == 1 and "2024-09-18" in digest[0].params["text"]
    upload = api.wait_for("upload")[0]
    assert upload.body.startswith(b"\x89PNG")
    build_scheduler(arrivals(tmp_path, api, feeds, clock=monday))  # restarted again
    bot.deliver()
    assert (
        len([c for c in api.calls_to("chat.postMessage") if c.params["text"].startswith("1 ")]) == 1
    )
