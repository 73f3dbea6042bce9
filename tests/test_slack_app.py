"""/launches in Slack, through Bolt's real request path: signed HTTP requests into the running
HTTP server, and slack_sdk talking over HTTP to a mock Slack Web API that records every call."""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.app import ConfigError, SlackSettings, build_app
from bot.history import read_history, salvo_key, salvos
from bot.ingest import ingest_paths
from bot.store import Index
from bot.web import http_server, serve_in_thread
from tests.slack_mock import (
    MockSlackAPI,
    block_action_body,
    mock_slack_api,
    signed_request,
    slash_command_body,
)

ROOT = Path(__file__).resolve().parents[1]
SECRET = "0123456789abcdef0123456789abcdef"
NOW = dt.datetime(2025, 5, 22, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Index:
    index = Index(f"sqlite:///{tmp_path_factory.mktemp('db') / 'launches.db'}")
    rows, _ = read_history(ROOT / "seeds" / "history.csv")
    for item in salvos(rows):
        index.add_history(salvo_key(item), item)
    ingest_paths(index, [ROOT / "seeds"])
    return index


@pytest.fixture
def api() -> Iterator[MockSlackAPI]:
    with mock_slack_api() as api:
        yield api


@pytest.fixture
def server(index: Index, api: MockSlackAPI) -> Iterator[str]:
    settings = SlackSettings("xoxb-test-token", SECRET, None, api.base_url)
    app = build_app(index, settings, clock=lambda: NOW)
    httpd = http_server(app, "127.0.0.1", 0)
    serve_in_thread(httpd)
    yield f"http://127.0.0.1:{httpd.server_address[1]}/slack/events"
    httpd.shutdown()
    httpd.server_close()


def post(url: str, body: str, headers: dict[str, str]) -> tuple[int, float]:
    request = urllib.request.Request(url, data=body.encode(), headers=headers, method="POST")
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, time.perf_counter() - start
    except urllib.error.HTTPError as err:
        return err.code, time.perf_counter() - start


def ask(server: str, api: MockSlackAPI, text: str, name: str = "r1") -> dict:
    body = slash_command_body(text, response_url=api.response_url(name))
    status, _ = post(server, body, signed_request(body, SECRET))
    assert status == 200
    return api.wait_for(f"response_url:{name}")[0].params


def texts(blocks: list[dict]) -> str:
    return json.dumps(blocks)


def test_slash_command_answers_ephemerally_with_cards(server: str, api: MockSlackAPI) -> None:
    answer = ask(server, api, "last Wonsan launch")
    assert answer["response_type"] == "ephemeral"
    blocks = answer["blocks"]
    shown = texts(blocks)
    assert "Launches from Wonsan, latest 1" in shown
    assert "2025-05-08 08:10 KST" in shown and "2025-05-07 23:10 UTC" in shown
    assert "openstreetmap.org/?mlat=" in shown  # the site with a map link
    assert "Al Jazeera" in shown and "CNS Missile Test Database" in shown
    buttons = [e for b in blocks if b["type"] == "actions" for e in b["elements"]]
    assert any(b["action_id"] == "launches_share" for b in buttons)
    assert len(blocks) <= 50


def test_ack_is_immediate(server: str, api: MockSlackAPI) -> None:
    body = slash_command_body("how many launches in 2024", response_url=api.response_url("r2"))
    status, seconds = post(server, body, signed_request(body, SECRET))
    assert status == 200 and seconds < 1.5
    api.wait_for("response_url:r2")


def test_share_button_posts_the_answer_in_the_channel(server: str, api: MockSlackAPI) -> None:
    blocks = ask(server, api, "last 30d")["blocks"]
    share = next(
        e
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "launches_share"
    )
    body = block_action_body(
        "launches_share",
        share["value"],
        user_id="U7",
        channel_id="C9",
        response_url=api.response_url("share"),
    )
    assert post(server, body, signed_request(body, SECRET))[0] == 200
    posted = api.wait_for("chat.postMessage")[0].params
    assert posted["channel"] == "C9"
    shown = texts(posted["blocks"])
    assert "2025-05-08" in shown and "Shared by <@U7>" in shown
    assert "launches_share" not in shown  # a shared answer has no share button of its own


def test_more_button_pages_on(server: str, api: MockSlackAPI) -> None:
    blocks = ask(server, api, "in 2022")["blocks"]
    more = next(
        e
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "launches_more"
    )
    first_page = {b["text"]["text"] for b in blocks if b["type"] == "section"}
    body = block_action_body("launches_more", more["value"], response_url=api.response_url("m"))
    assert post(server, body, signed_request(body, SECRET))[0] == 200
    second = api.wait_for("response_url:m")[0].params["blocks"]
    second_page = {b["text"]["text"] for b in second if b["type"] == "section"}
    assert second_page and not (second_page & first_page - {blocks[0]["text"]["text"]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "Latest launches"),
        ("help", "last 30d"),
        ("x" * 10_000, "too long"),
        ("last\x00 30d\x07", "last 30 days"),
        ("<@U123> last <http://example.com|30d>", "last 30 days"),
        ("Wonsan xyzzy", "Did you mean"),
    ],
)
def test_any_input_gets_a_polite_answer(
    server: str, api: MockSlackAPI, text: str, expected: str
) -> None:
    answer = ask(server, api, text, name="odd")
    assert expected in answer["text"] + texts(answer.get("blocks", []))


def test_forged_or_stale_requests_are_refused(
    server: str, api: MockSlackAPI, caplog: pytest.LogCaptureFixture
) -> None:
    body = slash_command_body("last 30d", response_url=api.response_url("x"))
    with caplog.at_level(logging.INFO):
        assert post(server, body, signed_request(body, "f" * 32))[0] == 401
        stale = int(time.time()) - 60 * 10
        assert post(server, body, signed_request(body, SECRET, timestamp=stale))[0] == 401
        headers = {
            k: v for k, v in signed_request(body, SECRET).items() if k != "X-Slack-Signature"
        }
        assert post(server, body, headers)[0] == 401
    assert SECRET not in caplog.text
    time.sleep(0.3)
    assert api.calls_to("response_url:x") == []


def test_slack_retries_never_produce_a_second_answer(server: str, api: MockSlackAPI) -> None:
    body = slash_command_body("last 30d", response_url=api.response_url("retry"))
    assert post(server, body, signed_request(body, SECRET))[0] == 200
    retry = {
        **signed_request(body, SECRET),
        "X-Slack-Retry-Num": "1",
        "X-Slack-Retry-Reason": "http_timeout",
    }
    assert post(server, body, retry)[0] == 200
    api.wait_for("response_url:retry")
    time.sleep(0.5)
    assert len(api.calls_to("response_url:retry")) == 1


def test_rate_limited_share_is_retried(server: str, api: MockSlackAPI) -> None:
    blocks = ask(server, api, "last 30d", name="rl")["blocks"]
    share = next(
        e
        for b in blocks
        if b["type"] == "actions"
        for e in b["elements"]
        if e["action_id"] == "launches_share"
    )
    api.fail_next("chat.postMessage", status=429, retry_after=0)
    body = block_action_body("launches_share", share["value"], response_url=api.response_url())
    assert post(server, body, signed_request(body, SECRET))[0] == 200
    assert len(api.wait_for("chat.postMessage", count=2)) == 2  # refused once, then posted


@pytest.mark.parametrize(
    ("env", "problem"),
    [
        ({}, "SLACK_BOT_TOKEN is not set"),
        ({"SLACK_BOT_TOKEN": "xoxp-user"}, "SLACK_BOT_TOKEN is malformed"),
        ({"SLACK_BOT_TOKEN": "xoxb-1"}, "SLACK_SIGNING_SECRET is not set"),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_SIGNING_SECRET": "short"},
            "SLACK_SIGNING_SECRET is malformed",
        ),
        (
            {"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xoxb-2"},
            "SLACK_APP_TOKEN is malformed",
        ),
    ],
)
def test_bad_configuration_is_one_clear_line(env: dict[str, str], problem: str) -> None:
    with pytest.raises(ConfigError) as caught:
        SlackSettings.from_env(env)
    assert problem in str(caught.value)
    assert "\n" not in str(caught.value)
    for value in env.values():
        if len(value) > 6:
            assert value not in str(caught.value)


def test_socket_mode_needs_no_signing_secret() -> None:
    settings = SlackSettings.from_env({"SLACK_BOT_TOKEN": "xoxb-1", "SLACK_APP_TOKEN": "xapp-1"})
    assert settings.app_token == "xapp-1" and settings.signing_secret is None


def test_only_admins_change_subscriptions(
    server: str, api: MockSlackAPI, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.subscriptions as subscriptions

    monkeypatch.setattr(subscriptions, "DEFAULT_PATH", tmp_path / "subscriptions.yaml")
    api.set_user("U1", is_admin=False)
    refused = ask(server, api, "subscribe <#C5|alerts> ICBM", name="s1")
    assert "Only workspace admins" in refused["text"]
    api.set_user("U1", is_admin=True)
    done = ask(server, api, "subscribe <#C5|alerts> ICBM", name="s2")
    assert "<#C5> will get an alert for launches matching 'ICBM'" in done["text"]
    listed = ask(server, api, "subscriptions", name="s3")
    assert "<#C5> (ICBM)" in listed["text"]
    assert subscriptions.load_subscriptions() == [subscriptions.Subscription("C5", "ICBM")]
