"""Alerts as a duty officer meets them: one per new launch and channel, a thread reply when a
later article adds something, nothing for old news, and never a message twice, whatever Slack
or the process does in between. Slack is the mock Web API over HTTP."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from slack_sdk import WebClient

from bot.alerts import AlertPolicy, deliver, planner
from bot.app import web_client
from bot.articles import article_from_text
from bot.extract import extract
from bot.store import Index
from bot.subscriptions import Subscription
from tests.slack_mock import MockSlackAPI, mock_slack_api

NOW = dt.datetime(2024, 9, 18, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
FIRST = (
    "North Korea fired two short-range ballistic missiles from Kaechon on Wednesday, South "
    "Korea's Joint Chiefs of Staff said. They flew about 400 km."
)
SECOND = (
    "North Korea launched ballistic missiles from near Kaech'on early on Wednesday, "
    "Japan's Defense Ministry said, adding that one flew about 350 km and that they were "
    "KN-23 missiles."
)
SAME_AGAIN = "North Korea fired ballistic missiles from Kaechon on Wednesday, officials said."


def story(text: str, source: str, published: str = "2024-09-18") -> object:
    return article_from_text(
        f"---\npublished: {published}\nsource: {source}\n---\n{text}\n", f"{source}.txt"
    )


@pytest.fixture
def api() -> Iterator[MockSlackAPI]:
    with mock_slack_api() as api:
        yield api


@pytest.fixture
def client(api: MockSlackAPI) -> WebClient:
    client = web_client("xoxb-test", api.base_url)
    for handler in client.retry_handlers:  # no real waiting in tests
        handler.interval_calculator.backoff_factor = 0.01  # type: ignore[attr-defined]
    return client


@pytest.fixture
def index(tmp_path: Path) -> Index:
    return Index(f"sqlite:///{tmp_path / 'launches.db'}")


def plan_for(*channels: str, filters: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    subs = [Subscription(c, (filters or {}).get(c, "")) for c in channels]
    return planner(AlertPolicy(subs), clock=lambda: NOW)


def add(index: Index, text: str, source: str, plan, published: str = "2024-09-18") -> None:  # type: ignore[no-untyped-def]
    article = story(text, source, published)
    index.add_article(article, extract(article), plan)  # type: ignore[arg-type]


def test_first_article_alerts_once_per_channel(
    index: Index, client: WebClient, api: MockSlackAPI
) -> None:
    plan = plan_for("C1", "C2", "C3", filters={"C3": "ICBM"})
    add(index, FIRST, "Reuters", plan)
    assert deliver(index, client) == 2
    posts = api.calls_to("chat.postMessage")
    assert sorted(p.params["channel"] for p in posts) == ["C1", "C2"]  # C3 wants only ICBMs
    assert "Kaechon" in posts[0].params["text"]
    assert deliver(index, client) == 0  # nothing left to post


def test_second_outlet_adds_a_thread_reply(
    index: Index, client: WebClient, api: MockSlackAPI
) -> None:
    plan = plan_for("C1")
    add(index, FIRST, "Reuters", plan)
    deliver(index, client)
    alert_ts = api.calls_to("chat.postMessage")[0].params  # the alert
    add(index, SECOND, "Kyodo", plan)
    assert deliver(index, client) == 1
    reply = api.calls_to("chat.postMessage")[1].params
    assert reply["thread_ts"] == api.posted["C1"][0]["ts"]
    assert reply["text"].startswith("Update from Kyodo")
    assert "350 km" in reply["text"] and "KN-23" in reply["text"]
    add(index, SAME_AGAIN, "Yonhap", plan)  # adds nothing: says nothing
    assert deliver(index, client) == 0
    assert alert_ts["channel"] == "C1"


def test_backfill_of_old_news_is_silent(index: Index, client: WebClient, api: MockSlackAPI) -> None:
    plan = plan_for("C1")
    add(index, FIRST.replace("Wednesday", "Thursday"), "Reuters", plan, published="2023-06-15")
    assert index.stats()["launches"] == 1
    assert deliver(index, client) == 0
    assert api.calls_to("chat.postMessage") == []


def test_killed_after_posting_is_not_posted_again(
    index: Index, client: WebClient, api: MockSlackAPI
) -> None:
    add(index, FIRST, "Reuters", plan_for("C1"))
    message = index.pending_messages()[0]
    # The process marked it "sending", posted it, and died before recording Slack's ts.
    index.mark_message(message["id"], "sending")
    client.chat_postMessage(
        channel="C1",
        text=message["text"],
        metadata={"event_type": "launches_bot_message", "event_payload": {"key": message["key"]}},
    )
    assert deliver(index, client) == 0  # found in the channel, not posted again
    assert len(api.calls_to("chat.postMessage")) == 1
    assert index.message(message["key"])["status"] == "sent"


def test_killed_before_posting_is_posted_once(
    index: Index, client: WebClient, api: MockSlackAPI
) -> None:
    add(index, FIRST, "Reuters", plan_for("C1"))
    message = index.pending_messages()[0]
    index.mark_message(message["id"], "sending")  # died before the post went out
    assert deliver(index, client) == 1
    assert deliver(index, client) == 0
    assert len(api.calls_to("chat.postMessage")) == 1


def test_rate_limits_and_server_errors_are_waited_out(
    index: Index, client: WebClient, api: MockSlackAPI
) -> None:
    add(index, FIRST, "Reuters", plan_for("C1"))
    api.fail_next("chat.postMessage", status=429, retry_after=0)
    api.fail_next("chat.postMessage", status=500)
    assert deliver(index, client) == 1
    assert len(api.posted["C1"]) == 1


def test_a_channel_slack_refuses_is_marked_failed(
    index: Index, client: WebClient, api: MockSlackAPI
) -> None:
    add(index, FIRST, "Reuters", plan_for("C404"))
    api.fail_next("chat.postMessage", status=200, error="channel_not_found")
    assert deliver(index, client) == 0
    assert index.pending_messages() == []
