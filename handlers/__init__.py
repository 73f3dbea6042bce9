"""Slack listeners, one module per kind; each is thin and calls into ``bot``."""

from __future__ import annotations

from slack_bolt import App

from bot.app import Clock
from bot.store import Index
from handlers import actions, commands


def register_listeners(app: App, index: Index, clock: Clock) -> None:
    commands.register(app, index, clock)
    actions.register(app, index, clock)
