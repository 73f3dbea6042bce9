"""A query asked of the index: the launches (or the count) that answer it."""

from __future__ import annotations

from dataclasses import dataclass

from bot.merge import Launch
from bot.query import Query
from bot.store import Index

# An empty query ("/launches") shows the latest few; a long answer is cut here and paged.
LATEST_BY_DEFAULT = 5
PAGE = 20


@dataclass
class Answer:
    query: Query
    launches: list[Launch]  # newest first; at most ``limit`` of them
    total: int  # how many launches match in all

    @property
    def headline(self) -> str:
        """How the query was understood, and how many launches answer it."""
        if _empty(self.query) and not self.query.count and not self.query.help:
            return f"Latest launches ({self.total} in all)"
        if self.query.latest and not self.query.count:
            return f"{self.query.describe()} ({self.total} in all)"
        return f"{self.query.describe()}: {self.total}"


def answer(index: Index, query: Query, limit: int = PAGE, offset: int = 0) -> Answer:
    filters = {
        "start": query.start,
        "end": query.end,
        "places": query.places,
        "classes": query.classes,
        "types": query.types,
    }
    total = index.count(**filters)
    if query.count:
        return Answer(query, [], total)
    wanted = query.latest or (LATEST_BY_DEFAULT if _empty(query) else limit)
    launches = index.launches(**filters, limit=wanted + offset)[offset:]
    return Answer(query, launches, total)


def _empty(query: Query) -> bool:
    return not (
        query.start or query.end or query.places or query.areas or query.classes or query.types
    )
