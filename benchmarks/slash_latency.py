"""Slash-command latency: signed /launches requests over loopback HTTP into the running app,
against an index of 100,000 launches; p50/p99 time to Slack's acknowledgement and to the
answer arriving at the (mock) response URL. Baseline in the same run: the same app with every
query answered before the acknowledgement (process_before_response-style), which is what a bot
that does its work inline gives Slack.

    python benchmarks/slash_latency.py [--launches 100000] [--requests 300]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.query_speed import QUERIES, load, synthetic
from bot.app import SlackSettings, build_app
from bot.reply import reply
from bot.store import Index
from bot.web import http_server, serve_in_thread
from tests.slack_mock import mock_slack_api, signed_request, slash_command_body

SECRET = "0123456789abcdef0123456789abcdef"
NOW = dt.datetime(2025, 5, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))


def p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100)[q - 1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--launches", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as folder, mock_slack_api() as api:
        index = Index(f"sqlite:///{folder}/bench.db")
        load(index, synthetic(args.launches))
        app = build_app(
            index, SlackSettings("xoxb-bench", SECRET, None, api.base_url), clock=lambda: NOW
        )
        server = http_server(app, "127.0.0.1", 0)
        serve_in_thread(server)
        url = f"http://127.0.0.1:{server.server_address[1]}/slack/events"
        acks: list[float] = []
        answers: list[float] = []
        inline: list[float] = []
        for i in range(args.requests):
            text = rng.choice(QUERIES)
            body = slash_command_body(text, response_url=api.response_url(f"b{i}"))
            request = urllib.request.Request(
                url, data=body.encode(), headers=signed_request(body, SECRET)
            )
            start = time.perf_counter()
            with urllib.request.urlopen(request, timeout=10) as response:
                response.read()
            acks.append((time.perf_counter() - start) * 1000)
            api.wait_for(f"response_url:b{i}", timeout=10)
            answers.append((time.perf_counter() - start) * 1000)
            # Baseline: the answer computed before anything is sent back.
            start = time.perf_counter()
            reply(index, text, NOW)
            inline.append(acks[-1] + (time.perf_counter() - start) * 1000)
        server.shutdown()

    print(
        f"machine: {platform.machine()}, Python {platform.python_version()}; "
        f"{args.launches} launches, {args.requests} signed slash commands over loopback"
    )
    print(f"{'':40s} {'p50 ms':>8s} {'p99 ms':>8s}")
    print(f"{'launches-bot: acknowledged':40s} {p(acks, 50):8.1f} {p(acks, 99):8.1f}")
    print(
        f"{'launches-bot: answer at response_url':40s} {p(answers, 50):8.1f} {p(answers, 99):8.1f}"
    )
    print(f"{'baseline: ack after answering inline':40s} {p(inline, 50):8.1f} {p(inline, 99):8.1f}")
    verdict = "met" if p(acks, 99) < 100 and p(answers, 99) < 300 else "NOT met"
    print(f"targets ack p99 < 100 ms, answer p99 < 300 ms: {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
