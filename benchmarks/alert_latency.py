"""Alert latency: from an article appearing (in the inbox, or in a feed) to the alert recorded
by the mock Slack Web API, over many articles; p50/p99 of the bot's own share, beside the wait
that the poll interval adds. Both paths are measured in the same run; the feed path (poll,
conditional GET, page fetch, extraction) is the baseline for the inbox path.

    python benchmarks/alert_latency.py [--articles 100]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bot.subscriptions
from bot.app import web_client
from bot.scheduler import Arrivals
from bot.settings import Settings
from bot.sources import INBOX_SETTLE_SECONDS, Feed
from bot.store import Index
from bot.subscriptions import Subscription, save_subscriptions
from tests.feed_server import FeedServer
from tests.slack_mock import mock_slack_api

KST = dt.timezone(dt.timedelta(hours=9))
NOW = dt.datetime(2024, 9, 18, 10, 0, tzinfo=KST)
STORY = (
    "North Korea fired {n} short-range ballistic missiles from {site} on Wednesday, South "
    "Korea's Joint Chiefs of Staff said. The missiles flew about {km} km before landing in "
    "the sea. It was launch number {i} of the test."
)
SITES = ["Kaechon", "Wonsan", "Sunan", "Sinpo", "Hwangju", "Sukchon", "Jangyon", "Kusong"]


def p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    settings = Settings()
    inbox_ms: list[float] = []
    feed_ms: list[float] = []
    with tempfile.TemporaryDirectory() as folder, mock_slack_api() as api, FeedServer() as web:
        root = Path(folder)
        bot.subscriptions.DEFAULT_PATH = root / "subscriptions.yaml"
        save_subscriptions([Subscription("C1")])
        index = Index(f"sqlite:///{root / 'launches.db'}")
        arrivals = Arrivals(
            index,
            Settings(inbox=root / "inbox"),
            web_client("xoxb-bench", api.base_url),
            lambda: NOW,
            feeds=[Feed("Wire", web.url("/feed.xml"))],
        )
        arrivals.settings.inbox.mkdir(parents=True)
        for i in range(args.articles):
            # Each story is its own launch (a different site every time, and then a
            # different day), so each must alert.
            day = NOW.date() - dt.timedelta(days=i // len(SITES) % 2)
            text = STORY.format(n=2 + i % 3, site=SITES[i % len(SITES)], km=300 + i, i=i)
            if day != NOW.date():
                text = text.replace("on Wednesday", "on Tuesday")
            path = arrivals.settings.inbox / f"{i}.txt"
            path.write_text(f"---\npublished: {NOW.date()}\nsource: Wire\n---\n{text}\n")
            old = time.time() - INBOX_SETTLE_SECONDS - 1  # as if it had settled
            os.utime(path, (old, old))
            before = len(api.calls_to("chat.postMessage"))
            start = time.perf_counter()
            arrivals.scan_inbox()
            if len(api.calls_to("chat.postMessage")) > before:
                inbox_ms.append((time.perf_counter() - start) * 1000)
        # The same through a feed: one new entry per poll.
        for i in range(args.articles // 2):
            link = web.url(f"/s{i}")
            web.set(
                f"/s{i}",
                "<html><body><article>"
                + "".join(
                    f"<p>{s}.</p>"
                    for s in STORY.format(
                        n=2, site=SITES[i % len(SITES)], km=900 + i, i=1000 + i
                    ).split(". ")
                )
                + "</article></body></html>",
            )
            web.set(
                "/feed.xml",
                '<?xml version="1.0"?><rss version="2.0"><channel><title>W'
                f"</title><item><title>North Korea fires missiles {i}</title><link>{link}"
                f"</link><guid>{link}</guid><pubDate>Tue, 17 Sep 2024 23:00:00 +0000"
                "</pubDate></item></channel></rss>",
                "application/rss+xml",
                etag=f'"{i}"',
            )
            before = len(api.calls_to("chat.postMessage"))
            start = time.perf_counter()
            arrivals.poll_feeds()
            if len(api.calls_to("chat.postMessage")) > before:
                feed_ms.append((time.perf_counter() - start) * 1000)

    wait = settings.scan_inbox.total_seconds() / 2 + INBOX_SETTLE_SECONDS
    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}; "
        f"{len(inbox_ms)} inbox alerts, {len(feed_ms)} feed alerts (loopback)"
    )
    print(f"{'':44s} {'p50 ms':>8s} {'p99 ms':>8s}")
    print(
        f"{'inbox file -> alert posted (the bot)':44s} {p(inbox_ms, 50):8.1f} "
        f"{p(inbox_ms, 99):8.1f}"
    )
    if feed_ms:
        print(
            f"{'baseline: feed entry -> alert (the bot)':44s} {p(feed_ms, 50):8.1f} "
            f"{p(feed_ms, 99):8.1f}"
        )
    print(
        f"plus the wait for the next scan: {wait:.0f} s on average (scan every "
        f"{settings.scan_inbox.total_seconds():g} s, {INBOX_SETTLE_SECONDS:g} s settle); "
        f"feeds: {settings.poll_feeds.total_seconds() / 120:g} min on average"
    )
    verdict = "met" if p(inbox_ms, 99) < 1000 else "NOT met"
    print(f"target: the bot's own share under 1 s per article: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
