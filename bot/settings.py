"""The bot's schedule and limits, from config/settings.yaml: one place, checked on load."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATH = ROOT / "config" / "settings.yaml"
_WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}


class SettingsError(ValueError):
    """A malformed setting: one line naming the file and the key."""


@dataclass(frozen=True)
class Settings:
    timezone: dt.tzinfo = field(default_factory=lambda: ZoneInfo("Asia/Seoul"))
    poll_feeds: dt.timedelta = dt.timedelta(minutes=5)
    scan_inbox: dt.timedelta = dt.timedelta(seconds=10)
    deliver: dt.timedelta = dt.timedelta(seconds=5)
    alert_window: dt.timedelta = dt.timedelta(hours=72)
    inbox: Path = ROOT / "data" / "inbox"
    digest_cron: dict[str, Any] = field(
        default_factory=lambda: {"day_of_week": "mon", "hour": 9, "minute": 0}
    )
    digest_channels: tuple[str, ...] = ()


def load_settings(path: Path | None = None) -> Settings:
    path = path or DEFAULT_PATH
    if not path.exists():
        return Settings()
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise SettingsError(f"{path}: cannot read: {str(err).splitlines()[0]}") from None

    def number(key: str, default: float) -> float:
        value = data.get(key, default)
        if not isinstance(value, int | float) or isinstance(value, bool) or value <= 0:
            raise SettingsError(f"{path}: '{key}' must be a positive number, not {value!r}")
        return float(value)

    try:
        zone = ZoneInfo(str(data.get("timezone", "Asia/Seoul")))
    except (ZoneInfoNotFoundError, ValueError):
        raise SettingsError(f"{path}: unknown timezone {data.get('timezone')!r}") from None
    digest = data.get("digest") or {}
    if not isinstance(digest, dict):
        raise SettingsError(f"{path}: 'digest' must be a mapping")
    cron = {k: digest[k] for k in ("day_of_week", "hour", "minute") if k in digest}
    day = str(cron.get("day_of_week", "mon")).lower()
    if any(part.strip() not in _WEEKDAYS for part in day.replace("-", ",").split(",")):
        raise SettingsError(
            f"{path}: digest day_of_week {day!r}: use names (mon..sun); in "
            "APScheduler 3 the number 0 is Monday, not Sunday"
        )
    inbox = Path(str(data.get("inbox", "data/inbox")))
    return Settings(
        timezone=zone,
        poll_feeds=dt.timedelta(minutes=number("poll_feeds_minutes", 5)),
        scan_inbox=dt.timedelta(seconds=number("scan_inbox_seconds", 10)),
        deliver=dt.timedelta(seconds=number("deliver_seconds", 5)),
        alert_window=dt.timedelta(hours=number("alert_window_hours", 72)),
        inbox=inbox if inbox.is_absolute() else ROOT / inbox,
        digest_cron={
            "day_of_week": day,
            "hour": int(cron.get("hour", 9)),
            "minute": int(cron.get("minute", 0)),
        },
        digest_channels=tuple(str(c) for c in digest.get("channels") or ()),
    )
