"""Which channels hear of which launches: config/subscriptions.yaml, changed from Slack by
workspace admins (``/launches subscribe #channel [filter]``)."""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.merge import Launch
from bot.query import QueryError, parse_query

DEFAULT_PATH = Path(__file__).resolve().parents[1] / "config" / "subscriptions.yaml"


class SubscriptionError(ValueError):
    """A malformed subscriptions file or filter: one line naming it."""


@dataclass(frozen=True)
class Subscription:
    channel: str  # a channel id (C...), or a name for the console
    filter: str = ""  # a /launches query: "ICBM", "Wonsan", "KN-23"; empty: every launch


def load_subscriptions(path: Path | None = None) -> list[Subscription]:
    path = path or DEFAULT_PATH
    if not path.exists():
        return []
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise SubscriptionError(f"{path}: cannot read: {err}".splitlines()[0]) from None
    out = []
    for number, item in enumerate(data.get("subscriptions") or [], start=1):
        if not isinstance(item, dict) or not isinstance(item.get("channel"), str):
            raise SubscriptionError(f"{path}: subscription {number} needs a 'channel'")
        out.append(Subscription(item["channel"], str(item.get("filter") or "")))
    return out


def save_subscriptions(subscriptions: list[Subscription], path: Path | None = None) -> None:
    """Write atomically: a crash mid-write leaves the old file, never half a file."""
    path = path or DEFAULT_PATH
    body = "# Channels that get an alert for each new launch; changed by /launches subscribe.\n"
    body += yaml.safe_dump(
        {
            "subscriptions": [
                {"channel": s.channel, **({"filter": s.filter} if s.filter else {})}
                for s in subscriptions
            ]
        },
        sort_keys=False,
    )
    handle, temp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(body)
    os.replace(temp, path)


def check_filter(text: str, now: dt.datetime) -> None:
    """Raise SubscriptionError if a filter is not a query the bot can read."""
    try:
        parse_query(text, now)
    except QueryError as err:
        raise SubscriptionError(str(err)) from None


def matches(subscription: Subscription, launch: Launch, now: dt.datetime) -> bool:
    """Does a launch pass a subscription's filter (its place, class and type; not its dates)?"""
    if not subscription.filter:
        return True
    try:
        query = parse_query(subscription.filter, now)
    except QueryError:
        return False
    if query.places and (launch.area not in query.places and launch.site not in query.places):
        return False
    if query.classes and launch.missile_class not in query.classes:
        return False
    if query.types:
        from bot.store import canonical_types

        if not set(query.types) & set(canonical_types(tuple(launch.missile_types))):
            return False
    return True


_CHANNEL = re.compile(r"<#(?P<id>[A-Z0-9]+)(?:\|(?P<name>[^>]*))?>|#(?P<plain>[\w-]+)")


def is_subscription_command(text: str) -> bool:
    return text.strip().split(" ", 1)[0].lower() in {"subscribe", "unsubscribe", "subscriptions"}


def subscription_command(
    text: str, *, channel: str, is_admin: bool, now: dt.datetime, path: Path | None = None
) -> str:
    """``subscribe [#channel] [filter]``, ``unsubscribe [#channel]``, ``subscriptions``: the
    reply to show. Only workspace admins may change subscriptions; anyone may list them."""
    verb, _, rest = text.strip().partition(" ")
    verb = verb.lower()
    subscriptions = load_subscriptions(path)
    if verb == "subscriptions":
        if not subscriptions:
            return "No channel gets alerts yet. An admin can add one: /launches subscribe #channel"
        return "Alerts go to: " + "; ".join(
            f"<#{s.channel}>" + (f" ({s.filter})" if s.filter else " (every launch)")
            for s in subscriptions
        )
    if not is_admin:
        return "Only workspace admins can change where alerts go."
    target = channel
    found = _CHANNEL.search(rest)
    if found:
        target = found.group("id") or found.group("plain")
        rest = (rest[: found.start()] + rest[found.end() :]).strip()
    if verb == "unsubscribe":
        kept = [s for s in subscriptions if s.channel != target]
        if len(kept) == len(subscriptions):
            return f"<#{target}> gets no alerts."
        save_subscriptions(kept, path)
        return f"<#{target}> will no longer get alerts."
    if rest:
        try:
            check_filter(rest, now)
        except SubscriptionError as err:
            return f"That filter is not a query I can read: {err}"
    kept = [s for s in subscriptions if s.channel != target]
    save_subscriptions([*kept, Subscription(target, rest)], path)
    what = f"launches matching '{rest}'" if rest else "every new launch"
    return f"<#{target}> will get an alert for {what}."
