"""What the bot says to a /launches query: one function behind Slack, the console and tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from bot.answer import answer
from bot.blocks import answer_blocks, error_blocks, fallback_text, help_blocks, page_window
from bot.query import QueryError, help_text, parse_query
from bot.render import answer_text
from bot.store import Index

KST = dt.timezone(dt.timedelta(hours=9), "KST")


@dataclass
class Reply:
    text: str  # the plain-text form: the console's answer, Slack's notification text
    blocks: list[dict[str, Any]] = field(default_factory=list)
    ok: bool = True  # False when the query could not be read


def reply(
    index: Index, text: str, now: dt.datetime, *, page: int = 0, shared_by: str | None = None
) -> Reply:
    """The answer to a query typed at ``now``: never raises for anything a user can type."""
    if text.strip().lower().split(" ", 1)[0] == "digest":
        return digest_reply(index, text.strip()[len("digest") :].strip(), now)
    try:
        query = parse_query(text, now)
    except QueryError as err:
        return Reply(str(err), error_blocks(err), ok=False)
    if query.help:
        return Reply(help_text(), help_blocks())
    limit, offset = page_window(page)
    result = answer(index, query, limit=limit, offset=offset)
    request = {"q": text, "now": now.isoformat(), "page": page}
    return Reply(
        answer_text(result) if page == 0 else fallback_text(result),
        answer_blocks(result, request=request, shared_by=shared_by),
    )


def digest_reply(index: Index, period: str, now: dt.datetime) -> Reply:
    """``/launches digest [period]``: the digest of a period (last week by default)."""
    from bot.digest import build_digest, digest_blocks, digest_text, last_week

    if period:
        try:
            query = parse_query(period, now)
        except QueryError as err:
            return Reply(str(err), error_blocks(err), ok=False)
        if query.start is None or query.end is None:
            message = f"'{period}' is not a period: try `digest last 2 weeks` or `digest in May`."
            return Reply(
                message,
                [{"type": "section", "text": {"type": "mrkdwn", "text": message}}],
                ok=False,
            )
        start, end = query.start, query.end
    else:
        start, end = last_week(now.astimezone(KST).date())
    digest = build_digest(index, start, end)
    return Reply(digest_text(digest), digest_blocks(digest))
