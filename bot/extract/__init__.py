"""Extraction: an Article in, its launch events out (see ``events.py`` for how)."""

from __future__ import annotations

import functools

from bot.articles import Article
from bot.event import Event
from bot.extract.events import Extractor

__all__ = ["Extractor", "extract"]


@functools.cache
def _default() -> Extractor:
    return Extractor()


def extract(article: Article) -> list[Event]:
    """Launch events of one article, with the default gazetteer and catalogue from config/."""
    return _default().extract(article)
