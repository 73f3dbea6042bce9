"""The bot's clockwork: feeds polled, the inbox scanned, queued messages delivered, the weekly
digest queued, all by one APScheduler in the process that serves Slack or the console.

Known traps, and what is done about them: jobs that overrun neither pile up nor run twice
(``coalesce``, ``max_instances=1``); a digest due while the bot was down is queued at start
(``catch_up``) rather than lost to a one-second ``misfire_grace_time``; the weekday is a name
(APScheduler 3 counts 0 as Monday). The scheduler keeps no state of its own: what was fetched,
ingested and posted is in the index, so a restart resumes without missing or repeating work,
and the outbox's unique keys keep a second process from posting twice.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger

from bot.alerts import AlertPolicy, Poster, deliver, planner
from bot.ingest import ingest_feeds, ingest_inbox
from bot.settings import Settings
from bot.store import Index, Message
from bot.subscriptions import Subscription, load_subscriptions

log = logging.getLogger(__name__)
Clock = Callable[[], dt.datetime]


class Arrivals:
    """The jobs, as plain methods: the scheduler runs them, and so can a test or the console."""

    def __init__(
        self,
        index: Index,
        settings: Settings,
        poster: Poster,
        clock: Clock,
        feeds: list[Any] | None = None,
        always: tuple[Subscription, ...] = (),
    ) -> None:
        self.index, self.settings, self.poster, self.clock = index, settings, poster, clock
        self.feeds = feeds or []
        self.always = always  # the console's own "channel" hears of every launch

    def subscriptions(self) -> list[Subscription]:
        """Re-read each time, so a change made from Slack applies at the next poll."""
        return [*load_subscriptions(), *self.always]

    def plan(self):  # type: ignore[no-untyped-def]
        return planner(AlertPolicy(self.subscriptions(), self.settings.alert_window), self.clock)

    def poll_feeds(self) -> None:
        summary = ingest_feeds(self.index, self.feeds, self.plan())
        for line in summary.failed:
            log.warning("%s", line)
        self.deliver()

    def scan_inbox(self) -> None:
        self.settings.inbox.mkdir(parents=True, exist_ok=True)
        summary = ingest_inbox(self.index, self.settings.inbox, self.plan())
        for line in summary.failed:
            log.warning("%s", line)
        if summary.added:
            self.deliver()

    def deliver(self) -> None:
        deliver(self.index, self.poster, extra=self._after_post)

    def queue_digest(self, start: dt.date, end: dt.date) -> int:
        """Queue the digest of a period for every subscribed (or configured) channel."""
        from bot.digest import build_digest, digest_blocks, digest_text

        digest = build_digest(self.index, start, end)
        channels = list(
            dict.fromkeys(
                [*self.settings.digest_channels, *(s.channel for s in self.subscriptions())]
            )
        )
        self.index.queue_messages(
            [
                Message(
                    key=f"digest:{start}:{end}:{channel}",
                    kind="digest",
                    channel=channel,
                    text=digest_text(digest),
                    blocks=digest_blocks(digest),
                )
                for channel in channels
            ]
        )
        return len(channels)

    def weekly_digest(self) -> None:
        from bot.digest import last_week

        today = self.clock().astimezone(self.settings.timezone).date()
        self.queue_digest(*last_week(today))
        self.deliver()

    def catch_up(self) -> None:
        """A digest whose time passed while the bot was down is queued now (its outbox key
        makes this a no-op when it was queued before)."""
        trigger = CronTrigger(**self.settings.digest_cron, timezone=self.settings.timezone)
        now = self.clock().astimezone(self.settings.timezone)
        due = trigger.get_next_fire_time(None, now - dt.timedelta(days=7, minutes=1))
        if due is not None and due <= now:
            from bot.digest import last_week

            self.queue_digest(*last_week(due.date()))

    def _after_post(self, message: dict[str, Any], ts: str) -> None:
        if message["kind"] != "digest" or not hasattr(self.poster, "files_upload_v2"):
            return
        from bot.digest import monthly_chart

        end = dt.date.fromisoformat(message["key"].split(":")[2])
        try:
            self.poster.files_upload_v2(  # type: ignore[attr-defined]
                channel=message["channel"],
                thread_ts=ts,
                filename="launches-by-month.png",
                title="Launches per month by class",
                content=monthly_chart(self.index, end),
            )
        except Exception as err:
            log.warning("digest chart for %s not uploaded: %s", message["channel"], err)


def build_scheduler(arrivals: Arrivals) -> BackgroundScheduler:
    settings = arrivals.settings
    scheduler = BackgroundScheduler(
        timezone=settings.timezone,
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
    )
    # The jobs run on the wall clock; the arrivals' clock (pinned by --now or a test) only says
    # what they see. Started at a pinned past time, an interval job would first work through
    # every run it "missed" since then.
    now = dt.datetime.now(dt.UTC)
    for job, every in (
        (arrivals.poll_feeds, settings.poll_feeds),
        (arrivals.scan_inbox, settings.scan_inbox),
        (arrivals.deliver, settings.deliver),
    ):
        scheduler.add_job(
            job,
            "interval",
            id=job.__name__,
            replace_existing=True,
            seconds=every.total_seconds(),
            next_run_time=now,
        )
    scheduler.add_job(
        arrivals.weekly_digest,
        CronTrigger(**settings.digest_cron, timezone=settings.timezone),
        id="weekly_digest",
        replace_existing=True,
    )
    arrivals.catch_up()
    return scheduler
