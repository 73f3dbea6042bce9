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


@dataclass
class Reply:
    text: str  # the plain-text form: the console's answer, Slack's notification text
    blocks: list[dict[str, Any]] = field(default_factory=list)
    ok: bool = True  # False when the query could not be read


def reply(index: Index, text: str, now: dt.datetime, *, page: int = 0,
          shared_by: str | None = None) -> Reply:
    """The answer to a query typed at ``now``: never raises for anything a user can type."""
    try:
        query = parse_query(text, now)
    except QueryError as err:
        return Reply(str(err), error_blocks(err), ok=False)
    if query.help:
        return Reply(help_text(), help_blocks())
    limit, offset = page_window(page)
    result = answer(index, query, limit=limit, offset=offset)
    request = {"q": text, "now": now.isoformat(), "page": page}
    return Reply(answer_text(result) if page == 0 else fallback_text(result),
                 answer_blocks(result, request=request, shared_by=shared_by))
