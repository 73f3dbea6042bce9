"""The Slack double must look like Slack to slack_sdk and Bolt, or tests built on it lie."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from slack_bolt import Ack, App, BoltRequest, Respond, Say
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_handlers import (
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from slack_sdk.http_retry.builtin_interval_calculators import FixedValueRetryIntervalCalculator
from slack_sdk.signature import SignatureVerifier
from slack_sdk.webhook import WebhookClient

from tests.slack_mock import (
    MockSlackAPI,
    block_action_body,
    mock_slack_api,
    signed_request,
    slash_command_body,
)

SECRET = "test-signing-secret"


@pytest.fixture
def api() -> Iterator[MockSlackAPI]:
    with mock_slack_api() as server:
        yield server


def client_for(api: MockSlackAPI, **kwargs: Any) -> WebClient:
    return WebClient(token="xoxb-test", base_url=api.base_url, **kwargs)


def test_post_message_is_recorded_with_its_params(api: MockSlackAPI) -> None:
    client = client_for(api)
    first = client.chat_postMessage(channel="C1", text="hi", blocks=[{"type": "divider"}])
    second = client.chat_postMessage(channel="C1", text="again")

    assert first["ts"] == "1700000000.000100" and second["ts"] == "1700000000.000200"
    assert first["message"]["text"] == "hi"
    (call, _) = api.calls_to("chat.postMessage")
    assert call.params == {"channel": "C1", "text": "hi", "blocks": [{"type": "divider"}]}
    assert call.headers["authorization"] == "Bearer xoxb-test"


def test_auth_test_and_form_encoded_methods(api: MockSlackAPI) -> None:
    api.set_user("UADMIN", is_admin=True)
    client = client_for(api)

    auth = client.auth_test()
    assert (auth["user_id"], auth["bot_id"], auth["team_id"]) == ("UBOT", "BBOT", "T1")
    assert client.users_info(user="UADMIN")["user"]["is_admin"] is True
    assert client.users_info(user="U2")["user"]["is_admin"] is False
    assert client.conversations_info(channel="C9")["channel"]["id"] == "C9"
    assert api.calls_to("users.info")[0].params == {"user": "UADMIN"}


def test_files_upload_v2_completes_and_records_the_bytes(api: MockSlackAPI) -> None:
    content = b"\x89PNG fake chart"
    result = client_for(api).files_upload_v2(channel="C1", content=content, filename="chart.png")

    assert result["file"]["name"] == "chart.png"
    assert [c.method for c in api.calls] == [
        "files.getUploadURLExternal",
        "upload",
        "files.completeUploadExternal",
    ]
    (upload,) = api.calls_to("upload")
    assert upload.body == content
    assert upload.params["file_id"] == result["file"]["id"]
    assert api.calls_to("files.completeUploadExternal")[0].params["channel_id"] == "C1"


def test_rate_limit_is_retried_after_retry_after(api: MockSlackAPI) -> None:
    api.fail_next("chat.postMessage", status=429, retry_after=0)
    client = client_for(api, retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=1)])

    assert client.chat_postMessage(channel="C1", text="hi")["ok"] is True
    assert len(api.calls_to("chat.postMessage")) == 2


def test_rate_limit_without_a_handler_raises(api: MockSlackAPI) -> None:
    api.fail_next("chat.postMessage", status=429, retry_after=7)

    with pytest.raises(SlackApiError) as caught:
        client_for(api).chat_postMessage(channel="C1", text="hi")
    assert caught.value.response.status_code == 429
    assert caught.value.response["error"] == "ratelimited"
    assert caught.value.response.headers["Retry-After"] == "7"


def test_server_errors_are_retried(api: MockSlackAPI) -> None:
    api.fail_next("chat.update", status=500, times=2)
    handler = ServerErrorRetryHandler(
        max_retry_count=2, interval_calculator=FixedValueRetryIntervalCalculator(0.01)
    )
    client = client_for(api, retry_handlers=[handler])

    assert client.chat_update(channel="C1", ts="1.2", text="new")["ts"] == "1.2"
    assert len(api.calls_to("chat.update")) == 3


def test_ok_false_error_body_and_delay(api: MockSlackAPI) -> None:
    api.fail_next("chat.postEphemeral", status=200, error="user_not_in_channel")
    api.delay_next("auth.test", 0.3)
    client = client_for(api, timeout=0.1)

    with pytest.raises(SlackApiError, match="user_not_in_channel"):
        client.chat_postEphemeral(channel="C1", user="U1", text="psst")
    with pytest.raises(TimeoutError):
        client.auth_test()


def test_signed_request_verifies() -> None:
    body = slash_command_body("next", response_url="http://127.0.0.1:1/response/x")
    headers = signed_request(body, SECRET)

    assert SignatureVerifier(SECRET).is_valid_request(body, headers)
    assert not SignatureVerifier("other").is_valid_request(body, headers)
    assert not SignatureVerifier(SECRET).is_valid_request(body, signed_request(body, SECRET, 1))


def test_response_url_posts_are_recorded(api: MockSlackAPI) -> None:
    WebhookClient(api.response_url("r1")).send(text="done", response_type="ephemeral")

    (call,) = api.wait_for("response_url:r1")
    assert call.params == {"text": "done", "response_type": "ephemeral"}


def test_bolt_app_talks_to_the_double(api: MockSlackAPI) -> None:
    app = App(client=client_for(api), signing_secret=SECRET)

    @app.command("/launches")
    def launches(ack: Ack, respond: Respond, say: Say) -> None:
        ack()
        respond("working on it")
        say("3 launches")

    @app.action("more")
    def more(ack: Ack, body: dict[str, Any], respond: Respond) -> None:
        ack()
        respond(f"page {body['actions'][0]['value']}", replace_original=True)

    body = slash_command_body("latest", response_url=api.response_url("cmd"))
    assert app.dispatch(BoltRequest(body=body, headers=signed_request(body, SECRET))).status == 200
    assert api.wait_for("response_url:cmd")[0].params["text"] == "working on it"
    (posted,) = api.wait_for("chat.postMessage")
    assert (posted.params["channel"], posted.params["text"]) == ("C1", "3 launches")

    body = block_action_body("more", "2", response_url=api.response_url("btn"))
    assert app.dispatch(BoltRequest(body=body, headers=signed_request(body, SECRET))).status == 200
    assert api.wait_for("response_url:btn")[0].params["text"] == "page 2"

    forged = signed_request(body, "wrong-secret")
    assert app.dispatch(BoltRequest(body=body, headers=forged)).status == 401
    assert len(api.calls_to("auth.test")) == 1  # Bolt verifies its token once, at App()
