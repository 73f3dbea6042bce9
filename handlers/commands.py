"""/launches: acknowledged at once, answered ephemerally through the response URL."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.app import Clock
from bot.reply import reply
from bot.store import Index
from bot.subscriptions import is_subscription_command, subscription_command

log = logging.getLogger(__name__)


def register(app: App, index: Index, clock: Clock) -> None:
    def ack_now(ack: Ack) -> None:
        ack()  # within Slack's 3 seconds, whatever the query costs

    def answer(command: dict[str, Any], respond: Respond, client: WebClient) -> None:
        text = command.get("text") or ""
        if is_subscription_command(text):
            respond(
                text=subscription_command(
                    text,
                    channel=command["channel_id"],
                    is_admin=_is_admin(client, command),
                    now=clock(),
                ),
                response_type="ephemeral",
            )
            return
        result = reply(index, text, clock())
        respond(text=result.text, blocks=result.blocks, response_type="ephemeral")

    app.command("/launches")(ack=ack_now, lazy=[answer])


def _is_admin(client: WebClient, command: dict[str, Any]) -> bool:
    """Workspace admins and owners may change where alerts go."""
    try:
        user = client.users_info(user=command["user_id"])["user"]
    except SlackApiError as err:
        log.warning("users.info failed: %s", err.response.get("error"))
        return False
    return bool(user.get("is_admin") or user.get("is_owner"))
