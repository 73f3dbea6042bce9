"""A local stand-in for the Slack Web API, in the manner of bolt-python's own tests.

bolt-python and python-slack-sdk test against a real HTTP server on localhost
(``tests/mock_web_api_server``) rather than patching the client, so the request really
goes through ``WebClient``: URL joining, form/JSON encoding, retry handlers, the
``files_upload_v2`` three-step dance and Bolt's ``respond()`` webhook.  This module does
the same on 127.0.0.1 with an ephemeral port, records every request, and can be told to
fail or stall the next call to a method.

    with mock_slack_api() as api:
        client = WebClient(token="xoxb-test", base_url=api.base_url)
        client.chat_postMessage(channel="C1", text="hi")
        assert api.calls_to("chat.postMessage")[0].params["text"] == "hi"

Besides the Web API (``/api/<method>``) it serves the upload URLs handed out by
``files.getUploadURLExternal`` (recorded as method ``"upload"``, raw bytes in ``body``,
``params == {"file_id": ...}``) and response URLs from :meth:`MockSlackAPI.response_url`
(recorded as ``"response_url:<name>"`` with the posted JSON in ``params``).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import mimetypes
import threading
import time
from collections import defaultdict, deque
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from slack_sdk.signature import SignatureVerifier

BOT_USER_ID = "UBOT"
BOT_ID = "BBOT"
TEAM_ID = "T1"
APP_ID = "A1"


@dataclass(frozen=True)
class Call:
    """One request the double received. ``headers`` keys are lower-case."""

    method: str
    params: dict[str, Any]
    headers: dict[str, str]
    body: bytes


@dataclass
class _Fault:
    status: int
    error: str
    retry_after: int | None


def _parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    """Decode a JSON or form-encoded body the way Slack would read it."""
    if not body:
        return {}
    if content_type.startswith("application/json"):
        parsed = json.loads(body)
        return parsed if isinstance(parsed, dict) else {"_json": parsed}
    if content_type.startswith("application/x-www-form-urlencoded"):
        return _flatten(parse_qs(body.decode(), keep_blank_values=True))
    return {}  # multipart (legacy files.upload) and anything else: see Call.body


def _flatten(query: dict[str, list[str]]) -> dict[str, Any]:
    return {k: v[0] if len(v) == 1 else v for k, v in query.items()}


class MockSlackAPI:
    """A threaded HTTP server that answers like the Slack Web API. Use as a context manager."""

    def __init__(self) -> None:
        self.posted: dict[str, list[dict[str, Any]]] = {}  # channel -> messages posted
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self._server.api = self  # type: ignore[attr-defined]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._cond = threading.Condition()
        self._calls: list[Call] = []
        self._faults: dict[str, deque[_Fault]] = defaultdict(deque)
        self._delays: dict[str, deque[float]] = defaultdict(deque)
        self._ts = itertools.count(1)
        self._file_ids = itertools.count(1)
        self._uploads: dict[str, dict[str, Any]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        self.channels: dict[str, dict[str, Any]] = {}

    # -- lifecycle -------------------------------------------------------------------
    def start(self) -> MockSlackAPI:
        self._thread.start()
        return self

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> MockSlackAPI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- addresses -------------------------------------------------------------------
    @property
    def root_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        """For ``WebClient(base_url=...)``. The trailing slash matters: slack_sdk urljoin()s."""
        return f"{self.root_url}/api/"

    def response_url(self, name: str = "r1") -> str:
        """A response_url whose posts are recorded as method ``f"response_url:{name}"``."""
        return f"{self.root_url}/response/{name}"

    # -- fixtures for users.info / conversations.info --------------------------------
    def set_user(self, user_id: str, *, is_admin: bool = False, **fields: Any) -> None:
        """Override what users.info answers for ``user_id`` (unknown users are non-admins)."""
        self.users[user_id] = {"is_admin": is_admin, **fields}

    def set_channel(self, channel_id: str, **fields: Any) -> None:
        """Override fields of conversations.info for ``channel_id`` (e.g. name, is_private)."""
        self.channels[channel_id] = fields

    # -- failure injection -----------------------------------------------------------
    def fail_next(
        self,
        method: str,
        status: int = 429,
        *,
        retry_after: int = 1,
        times: int = 1,
        error: str | None = None,
    ) -> None:
        """Answer the next ``times`` calls to ``method`` with ``{"ok": false, "error": ...}``.

        ``status=429`` sends ``Retry-After: retry_after`` (whole seconds, as slack_sdk parses
        it with int()); ``status=200`` gives Slack's usual HTTP-200 error envelope.
        """
        if error is None:
            error = "ratelimited" if status == 429 else "internal_error"
        fault = _Fault(status, error, retry_after if status == 429 else None)
        with self._cond:
            self._faults[method].extend(fault for _ in range(times))

    def delay_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """Hold the answer to the next ``times`` calls to ``method`` for ``seconds``."""
        with self._cond:
            self._delays[method].extend(seconds for _ in range(times))

    # -- inspection ------------------------------------------------------------------
    @property
    def calls(self) -> list[Call]:
        with self._cond:
            return list(self._calls)

    def calls_to(self, method: str) -> list[Call]:
        with self._cond:
            return [c for c in self._calls if c.method == method]

    def wait_for(self, method: str, count: int = 1, timeout: float = 5) -> list[Call]:
        """Block until ``count`` calls to ``method`` arrived (Bolt answers after ack())."""
        with self._cond:
            if not self._cond.wait_for(
                lambda: sum(c.method == method for c in self._calls) >= count, timeout
            ):
                seen = [c.method for c in self._calls]
                raise TimeoutError(f"{count} call(s) to {method} not seen in {timeout}s: {seen}")
            return [c for c in self._calls if c.method == method]

    # -- request handling (called from server threads) -------------------------------
    def _record(self, call: Call) -> tuple[_Fault | None, float]:
        with self._cond:
            self._calls.append(call)
            self._cond.notify_all()
            faults, delays = self._faults[call.method], self._delays[call.method]
            return (faults.popleft() if faults else None), (delays.popleft() if delays else 0.0)

    def _next_ts(self) -> str:
        with self._cond:
            return f"1700000000.{next(self._ts) * 100:06d}"

    def _answer(self, method: str, p: dict[str, Any]) -> dict[str, Any]:
        """The JSON body of a successful call to Web API ``method``."""
        if method == "auth.test":
            return {
                "ok": True,
                "url": "https://launches-test.slack.com/",
                "team": "Launches Test",
                "user": "launches",
                "team_id": TEAM_ID,
                "user_id": BOT_USER_ID,
                "bot_id": BOT_ID,
                "is_enterprise_install": False,
            }
        if method in ("chat.postMessage", "chat.update"):
            ts = self._next_ts() if method == "chat.postMessage" else p.get("ts", "")
            message = {
                "type": "message",
                "text": p.get("text", ""),
                "user": BOT_USER_ID,
                "bot_id": BOT_ID,
                "app_id": APP_ID,
                "team": TEAM_ID,
                "ts": ts,
            }
            for key in ("blocks", "attachments", "thread_ts", "metadata"):
                if key in p:
                    message[key] = p[key]
            extra = {"text": message["text"]} if method == "chat.update" else {}
            if method == "chat.postMessage":
                with self._cond:  # what conversations.history / .replies will show
                    self.posted.setdefault(str(p.get("channel")), []).append(message)
            return {"ok": True, "channel": p.get("channel"), "ts": ts, **extra, "message": message}
        if method in ("conversations.history", "conversations.replies"):
            with self._cond:
                messages = list(self.posted.get(str(p.get("channel")), []))
            if method == "conversations.replies":
                messages = [m for m in messages if m.get("thread_ts") == p.get("ts")]
            else:
                messages = [m for m in messages if not m.get("thread_ts")]
            return {"ok": True, "messages": messages[::-1], "has_more": False}
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": self._next_ts()}
        if method == "files.getUploadURLExternal":
            with self._cond:
                file_id = f"F{next(self._file_ids):010d}"
                self._uploads[file_id] = {
                    "name": p.get("filename"),
                    "size": int(p.get("length", 0)),
                }
            return {
                "ok": True,
                "upload_url": f"{self.root_url}/upload/v1/{file_id}",
                "file_id": file_id,
            }
        if method == "files.completeUploadExternal":
            return {"ok": True, "files": [self._file(f) for f in json.loads(p.get("files", "[]"))]}
        if method == "conversations.info":
            cid = p.get("channel", "")
            channel = {
                "id": cid,
                "name": f"channel-{cid.lower()}",
                "is_channel": True,
                "is_private": False,
                "is_archived": False,
                "is_member": True,
                **self.channels.get(cid, {}),
            }
            return {"ok": True, "channel": channel}
        if method == "users.info":
            uid = p.get("user", "")
            user = {
                "id": uid,
                "team_id": TEAM_ID,
                "name": uid.lower(),
                "real_name": f"User {uid}",
                "deleted": False,
                "is_bot": False,
                "is_admin": False,
                "is_owner": False,
                "tz": "Asia/Seoul",
                **self.users.get(uid, {}),
            }
            return {"ok": True, "user": user}
        return {"ok": True}

    def _file(self, item: dict[str, Any]) -> dict[str, Any]:
        fid = item["id"]
        info = self._uploads.get(fid, {})
        name = info.get("name") or fid
        return {
            "id": fid,
            "created": 1700000000,
            "name": name,
            "title": item.get("title") or name,
            "mimetype": mimetypes.guess_type(name)[0] or "application/octet-stream",
            "filetype": name.rsplit(".", 1)[-1] if "." in name else "binary",
            "user": BOT_USER_ID,
            "size": info.get("size", 0),
            "url_private": f"https://files.slack.com/files-pri/{TEAM_ID}-{fid}/{name}",
            "permalink": f"https://launches-test.slack.com/files/{BOT_USER_ID}/{fid}/{name}",
        }


class _Handler(BaseHTTPRequestHandler):
    server: ThreadingHTTPServer

    def log_message(self, format: str, *args: Any) -> None:  # keep pytest output quiet
        pass

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        api: MockSlackAPI = self.server.api  # type: ignore[attr-defined]
        url = urlsplit(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        headers = {k.lower(): v for k, v in self.headers.items()}
        parts = url.path.strip("/").split("/")

        if parts[0] == "api" and len(parts) == 2:
            method = parts[1]
            params = {
                **_flatten(parse_qs(url.query)),
                **_parse_body(headers.get("content-type", ""), body),
            }
        elif parts[:2] == ["upload", "v1"] and len(parts) == 3:
            # urllib labels the raw bytes x-www-form-urlencoded; they are not a form.
            method, params = "upload", {"file_id": parts[2]}
        elif parts[0] == "response" and len(parts) == 2:
            method = f"response_url:{parts[1]}"
            params = _parse_body(headers.get("content-type", ""), body)
        else:
            self._send(404, b"not found", "text/plain")
            return

        fault, delay = api._record(Call(method, params, headers, body))
        if delay:
            time.sleep(delay)
        if fault is not None:
            extra = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
            payload = json.dumps({"ok": False, "error": fault.error}).encode()
            self._send(fault.status, payload, "application/json; charset=utf-8", extra)
        elif method == "upload":
            self._send(200, f"OK - {len(body)}".encode(), "text/plain")
        elif method.startswith("response_url:"):
            self._send(200, b"ok", "text/plain")
        else:
            payload = json.dumps(api._answer(method, params)).encode()
            self._send(200, payload, "application/json; charset=utf-8")

    def _send(
        self,
        status: int,
        payload: bytes,
        content_type: str,
        extra: Mapping[str, str] | None = None,
    ) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            for name, value in (extra or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out (see delay_next) and hung up; that is its business


@contextmanager
def mock_slack_api() -> Iterator[MockSlackAPI]:
    """A started :class:`MockSlackAPI`; wrap it in your own pytest fixture."""
    with MockSlackAPI() as api:
        yield api


# -- inbound requests, as Slack would send them to the app ---------------------------


def signed_request(body: str, secret: str, timestamp: int | None = None) -> dict[str, str]:
    """Headers Slack puts on a request: v0=HMAC-SHA256(secret, f"v0:{ts}:{body}")."""
    ts = str(int(time.time()) if timestamp is None else timestamp)
    signature = SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)
    assert signature is not None
    return {
        "Content-Type": "application/x-www-form-urlencoded",
        "X-Slack-Request-Timestamp": ts,
        "X-Slack-Signature": signature,
    }


def _trigger_id(*parts: str) -> str:
    return "1700000000.1." + hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def slash_command_body(
    text: str,
    *,
    response_url: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    team_id: str = TEAM_ID,
    command: str = "/launches",
) -> str:
    """The form-encoded body of a slash command invocation."""
    return urlencode(
        {
            "token": "verification-token",
            "team_id": team_id,
            "team_domain": "launches-test",
            "channel_id": channel_id,
            "channel_name": f"channel-{channel_id.lower()}",
            "user_id": user_id,
            "user_name": user_id.lower(),
            "command": command,
            "text": text,
            "api_app_id": APP_ID,
            "is_enterprise_install": "false",
            "response_url": response_url,
            "trigger_id": _trigger_id(command, text, user_id),
        }
    )


def block_action_body(
    action_id: str,
    value: str,
    *,
    response_url: str,
    user_id: str = "U1",
    channel_id: str = "C1",
    message: dict[str, Any] | None = None,
    block_id: str = "b1",
    team_id: str = TEAM_ID,
) -> str:
    """A button click: ``payload=<json>`` form-encoded, as Slack posts interactivity."""
    message_ts = (message or {}).get("ts", "1700000000.000100")
    payload: dict[str, Any] = {
        "type": "block_actions",
        "user": {
            "id": user_id,
            "username": user_id.lower(),
            "name": user_id.lower(),
            "team_id": team_id,
        },
        "api_app_id": APP_ID,
        "token": "verification-token",
        "container": {
            "type": "message",
            "message_ts": message_ts,
            "channel_id": channel_id,
            "is_ephemeral": False,
        },
        "trigger_id": _trigger_id(action_id, value, user_id),
        "team": {"id": team_id, "domain": "launches-test"},
        "enterprise": None,
        "is_enterprise_install": False,
        "channel": {"id": channel_id, "name": f"channel-{channel_id.lower()}"},
        "state": {"values": {}},
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": block_id,
                "text": {"type": "plain_text", "text": value, "emoji": True},
                "value": value,
                "type": "button",
                "action_ts": "1700000001.000000",
            }
        ],
    }
    if message is not None:
        payload["message"] = message
    return urlencode({"payload": json.dumps(payload)})
