"""The Slack app: Bolt wired to the index. Handlers live in ``handlers/``; this is assembly."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)

from bot.store import Index

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]


class ConfigError(ValueError):
    """A missing or malformed token or secret: one line, and the bot does not start."""


@dataclass(frozen=True)
class SlackSettings:
    bot_token: str
    signing_secret: str | None  # HTTP mode
    app_token: str | None  # Socket Mode
    api_url: str | None  # a proxy, or the tests' mock Web API

    @classmethod
    def from_env(cls, env: dict[str, str] | None = None) -> SlackSettings:
        """Read and check the environment; secrets never appear in a message."""
        env = dict(os.environ if env is None else env)
        bot = env.get("SLACK_BOT_TOKEN", "").strip()
        app_token = env.get("SLACK_APP_TOKEN", "").strip() or None
        secret = env.get("SLACK_SIGNING_SECRET", "").strip() or None
        if not bot:
            raise ConfigError("SLACK_BOT_TOKEN is not set (a bot token starting with xoxb-)")
        if not re.fullmatch(r"xoxb-[A-Za-z0-9-]+", bot):
            raise ConfigError("SLACK_BOT_TOKEN is malformed: a bot token starts with xoxb-")
        if app_token is not None and not re.fullmatch(r"xapp-[A-Za-z0-9-]+", app_token):
            raise ConfigError("SLACK_APP_TOKEN is malformed: an app-level token starts with xapp-")
        if app_token is None:
            if secret is None:
                raise ConfigError(
                    "SLACK_SIGNING_SECRET is not set: HTTP mode needs it "
                    "(or set SLACK_APP_TOKEN for Socket Mode)"
                )
            if not re.fullmatch(r"[0-9a-fA-F]{32}", secret):
                raise ConfigError("SLACK_SIGNING_SECRET is malformed: 32 hexadecimal characters")
        api_url = env.get("SLACK_API_URL", "").strip() or None
        if api_url is not None and not api_url.endswith("/"):
            api_url += "/"  # slack_sdk joins method names onto it
        return cls(bot, secret, app_token, api_url)


def web_client(token: str, api_url: str | None = None) -> WebClient:
    """A WebClient that waits out rate limits and retries Slack's 5xx, not only dropped
    connections (its default)."""
    client = WebClient(token=token, base_url=api_url or WebClient.BASE_URL)
    client.retry_handlers = [
        ConnectionErrorRetryHandler(),
        RateLimitErrorRetryHandler(max_retry_count=3),
        ServerErrorRetryHandler(max_retry_count=2),
    ]
    return client


def build_app(index: Index, settings: SlackSettings, clock: Clock | None = None) -> App:
    from handlers import register_listeners

    app = App(
        client=web_client(settings.bot_token, settings.api_url),
        signing_secret=settings.signing_secret or "socket-mode-has-no-signing-secret",
        # Bolt runs listeners on 5 threads by default; slow answers must not queue commands.
        listener_executor=ThreadPoolExecutor(max_workers=16),
    )
    app.middleware(_ignore_retries)
    register_listeners(app, index, clock or _now)
    return app


def _ignore_retries(req, resp, next):  # type: ignore[no-untyped-def]
    """Slack re-sends a request it thinks went unanswered; we answered it the first time."""
    if req.headers.get("x-slack-retry-num"):
        log.info(
            "ignored Slack retry %s (%s)",
            req.headers["x-slack-retry-num"][0],
            (req.headers.get("x-slack-retry-reason") or ["?"])[0],
        )
        return BoltResponse(status=200, body="")
    return next()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
