"""Which channels hear of which launches: config/subscriptions.yaml, changed from Slack by
workspace admins (``/launches subscribe #channel [filter]``)."""

from __future__ import annotations

import datetime as dt
import os
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
    body += yaml.safe_dump({"subscriptions": [
        {"channel": s.channel, **({"filter": s.filter} if s.filter else {})}
        for s in subscriptions]}, sort_keys=False)
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
