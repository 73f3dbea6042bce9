"""The answer's buttons: "More" pages on, "Share in channel" posts the answer for everyone."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.app import Clock
from bot.blocks import MORE_ACTION, SHARE_ACTION, read_request
from bot.reply import reply
from bot.store import Index

log = logging.getLogger(__name__)


def register(app: App, index: Index, clock: Clock) -> None:
    def ack_now(ack: Ack) -> None:
        ack()

    def more(body: dict[str, Any], action: dict[str, Any], respond: Respond) -> None:
        request = _request(action)
        if request is None:
            respond(
                text="That button has expired; ask again with /launches.",
                response_type="ephemeral",
                replace_original=False,
            )
            return
        result = reply(
            index, request["q"], dt.datetime.fromisoformat(request["now"]), page=request["page"]
        )
        respond(
            text=result.text,
            blocks=result.blocks,
            response_type="ephemeral",
            replace_original=False,
        )

    def share(
        body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        request = _request(action)
        if request is None:
            respond(
                text="That button has expired; ask again with /launches.",
                response_type="ephemeral",
                replace_original=False,
            )
            return
        user = body["user"]["id"]
        channel = (body.get("channel") or {}).get("id") or body["container"]["channel_id"]
        result = reply(
            index,
            request["q"],
            dt.datetime.fromisoformat(request["now"]),
            page=request["page"],
            shared_by=user,
        )
        client.chat_postMessage(channel=channel, text=result.text, blocks=result.blocks)

    app.action(MORE_ACTION)(ack=ack_now, lazy=[more])
    app.action(SHARE_ACTION)(ack=ack_now, lazy=[share])


def _request(action: dict[str, Any]) -> dict[str, Any] | None:
    try:
        return read_request(action.get("value") or "")
    except ValueError as err:
        log.warning("unreadable button value: %s", err)
        return None
