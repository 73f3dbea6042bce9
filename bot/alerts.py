"""Alerts: which channels hear of a new launch, what a later article adds, and delivering the
queued messages to Slack exactly once.

Planning happens inside the ingest's transaction (``Index.add_article(..., plan=...)``), so an
alert exists exactly when its launch does. Delivery marks a message "sending" before posting
it and "sent" with Slack's ts after; a message found "sending" after a crash is looked up in
the channel (by the outbox key carried in the message's metadata) before it is posted again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.blocks import launch_card
from bot.merge import Launch
from bot.render import launch_line
from bot.store import Change, Index, Message, Planner
from bot.subscriptions import Subscription, matches

log = logging.getLogger(__name__)

KST = dt.timezone(dt.timedelta(hours=9), "KST")
EVENT_TYPE = "launches_bot_message"
# Errors that retrying will not mend: the message is marked failed, with the reason.
_PERMANENT = {
    "channel_not_found",
    "not_in_channel",
    "is_archived",
    "invalid_blocks",
    "msg_too_long",
    "no_text",
    "restricted_action",
    "account_inactive",
    "invalid_auth",
    "missing_scope",
}


@dataclass(frozen=True)
class AlertPolicy:
    subscriptions: list[Subscription]
    window: dt.timedelta = dt.timedelta(hours=72)  # older news fills the index silently


def planner(policy: AlertPolicy, clock: Callable[[], dt.datetime]) -> Planner:
    """The alerts and thread updates an article's changes call for."""

    def plan(changes: list[Change], alerted: Callable[[int], dict[str, str]]) -> list[Message]:
        now = clock()
        messages: list[Message] = []
        for change in changes:
            launch = change.after
            if launch.id is None or not _recent(change, now, policy.window):
                continue
            already = alerted(launch.id)
            for subscription in policy.subscriptions:
                if not matches(subscription, launch, now):
                    continue
                channel = subscription.channel
                if channel not in already:
                    messages.append(alert(launch, channel))
                    already = {**already, channel: messages[-1].key}
                    continue
                added = what_changed(change)
                if added:
                    messages.append(
                        Message(
                            key=f"update:{launch.id}:{channel}:{change.source.key}",
                            kind="update",
                            channel=channel,
                            text=added,
                            launch_id=launch.id,
                            parent_key=already[channel],
                        )
                    )
        return messages

    return plan


def alert(launch: Launch, channel: str) -> Message:
    """The first message about a launch in a channel."""
    text = ":rotating_light: New launch: " + launch_line(launch).split("\n")[0]
    blocks = [
        {"type": "section", "text": {"type": "mrkdwn", "text": ":rotating_light: *New launch*"}},
        {"type": "section", "text": {"type": "mrkdwn", "text": launch_card(launch)}},
    ]
    return Message(
        key=f"alert:{launch.id}:{channel}",
        kind="alert",
        channel=channel,
        text=text,
        blocks=blocks,
        launch_id=launch.id,
    )


def what_changed(change: Change) -> str:
    """What the new source adds or disputes, in a line: empty when it adds nothing."""
    before, after, source = change.before, change.after, change.source
    if before is None:
        return ""
    said = source.event
    notes: list[str] = []
    new_types = [t for t in after.missile_types if t not in before.missile_types]
    if new_types:
        notes.append("type " + ", ".join(new_types))
    if after.missile_class != before.missile_class and said.missile_class != "unknown":
        notes.append(f"class {said.missile_class}")
    for name, label, unit in (("distance_km", "distance", " km"), ("apogee_km", "apogee", " km")):
        value = getattr(said, name)
        if value is None:
            continue
        old = getattr(before, name)
        if old is None:
            notes.append(f"{label} {value:g}{unit}")
        elif abs(old - value) > 0.05 * max(old, value):
            notes.append(f"{label} {value:g}{unit} (against {old:g}{unit})")
    vaguer = (
        before.count_min is not None
        and said.count_max is None
        and (said.count_min is not None and said.count_min <= before.count_min)
    )
    if (
        said.count_min is not None
        and not vaguer
        and (said.count_min, said.count_max) != (before.count_min, before.count_max)
    ):
        high = (
            "+"
            if said.count_max is None
            else ("" if said.count_max == said.count_min else f"-{said.count_max}")
        )
        notes.append(f"count {said.count_min}{high}")
    if after.site and after.site != before.site:
        notes.append(f"site {after.site}")
    if after.time_kst and after.time_kst != before.time_kst:
        notes.append(f"launch time {after.time_kst} KST")
    if not notes:
        return ""
    return f"Update from {source.outlet}: " + "; ".join(notes)


def _recent(change: Change, now: dt.datetime, window: dt.timedelta) -> bool:
    """Old news never alerts: the launch's day and the article are both within the window."""
    launch = change.after
    if launch.date_precision != "day":
        return False
    earliest = (now - window).astimezone(KST).date()
    return (
        dt.date.fromisoformat(launch.date) >= earliest and change.article.published >= now - window
    )


class Poster(Protocol):
    """What delivery needs of a Slack client (slack_sdk's WebClient, or the console's)."""

    def chat_postMessage(self, **kwargs: Any) -> Any: ...

    def conversations_history(self, **kwargs: Any) -> Any: ...

    def conversations_replies(self, **kwargs: Any) -> Any: ...


def deliver(
    index: Index, client: Poster, extra: Callable[[dict[str, Any], str], None] | None = None
) -> int:
    """Post every queued message once; returns how many were posted. ``extra`` runs after a
    message is posted (the digest uploads its chart)."""
    from slack_sdk.errors import SlackApiError

    posted = 0
    for message in index.pending_messages():
        thread_ts = None
        if message["parent_key"]:
            parent = index.message(message["parent_key"])
            if parent is None or parent["status"] != "sent":
                continue  # its alert goes first
            thread_ts = parent["ts"]
        if message["status"] == "sending":
            ts = _already_posted(client, message, thread_ts)
            if ts is not None:
                index.mark_message(message["id"], "sent", ts=ts)
                continue
        if not index.claim_message(message["id"], message["status"]):
            continue  # another process took it
        try:
            response = client.chat_postMessage(
                channel=message["channel"],
                text=message["text"],
                blocks=message["blocks"],
                thread_ts=thread_ts,
                unfurl_links=False,
                metadata={"event_type": EVENT_TYPE, "event_payload": {"key": message["key"]}},
            )
        except SlackApiError as err:
            error = str(err.response.get("error", "unknown_error"))
            if error in _PERMANENT:
                log.error("message %s to %s failed: %s", message["key"], message["channel"], error)
                index.mark_message(message["id"], "failed", error=error)
            else:
                log.warning("message %s not posted yet (%s); will retry", message["key"], error)
            continue
        except OSError as err:  # a timeout or a dropped connection: it may have been posted
            log.warning("message %s: %s; will check before retrying", message["key"], err)
            continue
        ts = str(response["ts"])
        index.mark_message(message["id"], "sent", ts=ts)
        posted += 1
        if extra is not None:
            extra(message, ts)
    return posted


def _already_posted(client: Poster, message: dict[str, Any], thread_ts: str | None) -> str | None:
    """The ts of this message if an earlier attempt did post it (found by its metadata)."""
    oldest = dt.datetime.fromisoformat(message["created_at"]).timestamp() - 60
    try:
        if thread_ts:
            response = client.conversations_replies(
                channel=message["channel"], ts=thread_ts, include_all_metadata=True, limit=200
            )
        else:
            response = client.conversations_history(
                channel=message["channel"], oldest=str(oldest), include_all_metadata=True, limit=200
            )
    except Exception as err:
        log.warning("could not check %s for %s: %s", message["channel"], message["key"], err)
        return None
    for item in response.get("messages", []):
        payload = (item.get("metadata") or {}).get("event_payload") or {}
        if payload.get("key") == message["key"]:
            return str(item["ts"])
    return None


class PrintPoster:
    """The console's Slack: messages are printed where a channel would show them."""

    def __init__(self, write: Callable[[str], None] = print) -> None:
        self.write = write
        self._count = 0

    def chat_postMessage(self, **kwargs: Any) -> dict[str, Any]:
        self._count += 1
        prefix = "  ↳ " if kwargs.get("thread_ts") else ""
        self.write(f"[#{kwargs['channel']}] {prefix}{kwargs['text']}")
        return {"ok": True, "ts": f"{dt.datetime.now(dt.UTC).timestamp():.6f}"}

    def conversations_history(self, **kwargs: Any) -> dict[str, Any]:
        return {"ok": True, "messages": []}

    def conversations_replies(self, **kwargs: Any) -> dict[str, Any]:
        return {"ok": True, "messages": []}
