"""/launches: acknowledged at once, answered ephemerally through the response URL."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.app import Clock
from bot.reply import reply
from bot.store import Index

log = logging.getLogger(__name__)


def register(app: App, index: Index, clock: Clock) -> None:
    def ack_now(ack: Ack) -> None:
        ack()  # within Slack's 3 seconds, whatever the query costs

    def answer(command: dict[str, Any], respond: Respond) -> None:
        result = reply(index, command.get("text") or "", clock())
        respond(text=result.text, blocks=result.blocks, response_type="ephemeral")

    app.command("/launches")(ack=ack_now, lazy=[answer])
