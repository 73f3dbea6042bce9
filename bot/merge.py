"""One launch, one event: deciding that two reports tell of the same launch, and combining
what several sources say about it without hiding where they disagree.

Pure functions over plain records, so the rules are tested without a database; ``store.py``
applies them inside its transactions.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from bot.event import Event
from bot.gazetteer import default_gazetteer

# Classes a launch can be called by different sources without being another launch: a 600-mm
# rocket is "SRBM" to Seoul and "MLRS" to Pyongyang; an IRBM with a glide vehicle is
# "hypersonic" in its own press.
_FAMILY = {
    "SRBM": "short",
    "MLRS": "short",
    "MRBM": "medium",
    "IRBM": "medium",
    "hypersonic": "medium",
    "ICBM": "icbm",
    "SLBM": "slbm",
    "cruise": "cruise",
    "SLV": "slv",
}
# Fields compared across sources; a numeric field agrees within this ratio.
FIELDS = (
    "time_kst",
    "site",
    "missile_class",
    "missile_types",
    "count",
    "distance_km",
    "apogee_km",
    "landing",
)
_TOLERANCE = 0.05


@dataclass(frozen=True)
class Source:
    """Who told us about a launch, and what they said."""

    key: str  # "article:<id>" or "history:<salvo key>": stable across re-indexing
    outlet: str
    title: str | None
    url: str | None
    published: str | None  # ISO
    event: Event  # the values this source gave

    def to_dict(self) -> dict[str, Any]:
        values = {
            k: v
            for k, v in self.event.to_dict().items()
            if k not in {"evidence", "lat", "lon"} and v not in (None, [], "unknown")
        }
        return {
            "key": self.key,
            "outlet": self.outlet,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "role": self.event.role,
            "values": values,
            "evidence": self.event.evidence,
        }


@dataclass
class Launch:
    """A launch as the index knows it: the combined values, and every source behind them."""

    date: str  # KST day (or month / year)
    date_precision: str
    sources: list[Source] = field(default_factory=list)
    id: int | None = None
    time_kst: str | None = None
    time_utc: str | None = None
    site: str | None = None
    area: str | None = None
    site_text: str | None = None
    lat: float | None = None
    lon: float | None = None
    missile_class: str = "unknown"
    missile_types: list[str] = field(default_factory=list)
    count_min: int | None = None
    count_max: int | None = None
    distance_km: float | None = None
    apogee_km: float | None = None
    landing: str | None = None
    reported_by: list[str] = field(default_factory=list)
    # field -> [(value, [outlets])] when sources give different values
    disagreements: dict[str, list[tuple[Any, list[str]]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        out = {k: v for k, v in self.__dict__.items() if k not in {"sources", "disagreements"}}
        out["disagreements"] = {
            k: [{"value": v, "sources": s} for v, s in pairs]
            for k, pairs in self.disagreements.items()
        }
        out["sources"] = [s.to_dict() for s in self.sources]
        return out


@functools.lru_cache(maxsize=4096)
def area_of(site: str | None) -> str | None:
    """The area a site belongs to ("Kalma" -> "Wonsan"), which is what two reports share."""
    if site is None:
        return None
    place = default_gazetteer().lookup(site)
    return place.area if place is not None else site


def compatible(event: Event, area: str | None, missile_class: str | None) -> bool:
    """Could ``event`` be a report of the launch at ``area`` of ``missile_class``? The same
    Korean day is the caller's test; here: no contradiction in place (by area) or in the kind
    of missile."""
    mine = area_of(event.site)
    if mine and area and mine != area:
        return False
    ours, theirs = _FAMILY.get(event.missile_class), _FAMILY.get(missile_class or "")
    return not (ours and theirs and ours != theirs)


def combine(date: str, precision: str, sources: list[Source]) -> Launch:
    """The launch the sources describe: each field the value most sources give (primary
    reports and the history database before background mentions), disagreements kept."""
    launch = Launch(date=date, date_precision=precision, sources=list(sources))
    ranked = sorted(sources, key=_weight, reverse=True)
    # A story's own launch (or the database) speaks for a field; a background mention only
    # where none of them does.
    direct = [s for s in ranked if _weight(s)[0] > 0]
    for name in FIELDS:
        votes: list[tuple[Any, str]] = []
        for group in (direct, [s for s in ranked if _weight(s)[0] == 0]):
            votes = [(v, s.outlet) for s in group if (v := _value(s.event, name)) is not None]
            if votes:
                break
        if not votes:
            continue
        groups = _group(votes, name)
        best = groups[0][0]
        if len(groups) > 1 and name not in {"time_kst", "landing", "missile_types"}:
            launch.disagreements[name] = [(value, outlets) for value, outlets in groups]
        _assign(launch, name, best, ranked)
    times = [s.event for s in ranked if s.event.time_kst]
    if times and precision == "day":
        # The first launch time any source gives: salvos are reported from their start.
        first = min(times, key=lambda e: e.time_kst or "")
        launch.time_kst, launch.time_utc = first.time_kst, first.time_utc
    launch.area = area_of(launch.site)
    launch.reported_by = list(
        dict.fromkeys(
            name for source in ranked for name in (source.event.reported_by or [source.outlet])
        )
    )
    return launch


def _weight(source: Source) -> tuple[int, str]:
    role = 2 if source.key.startswith("history:") else 1 if source.event.role == "primary" else 0
    return role, source.published or ""


def _value(event: Event, name: str) -> Any:
    if name == "count":
        if event.count_min is None:
            return None
        return (event.count_min, event.count_max)
    if name == "missile_types":
        return tuple(event.missile_types) or None
    if name == "missile_class":
        return None if event.missile_class == "unknown" else event.missile_class
    return getattr(event, name)


def _agree(name: str, a: Any, b: Any) -> bool:
    """Do two sources' values agree? Distances within 5%; "Kaechon" and "Kaechon Airbase" (one
    area); "at least 2" and "2"."""
    if a == b:
        return True
    if name in {"distance_km", "apogee_km"}:
        return bool(abs(a - b) <= _TOLERANCE * max(abs(a), abs(b)))
    if name == "site":
        return area_of(a) == area_of(b)
    if name == "count":
        (low_a, high_a), (low_b, high_b) = a, b
        return (high_a is None or low_b <= high_a) and (high_b is None or low_a <= high_b)
    return False


def _group(votes: list[tuple[Any, str]], name: str) -> list[tuple[Any, list[str]]]:
    """Distinct values with who gave them, most given first (earlier sources break ties)."""
    groups: list[tuple[Any, list[str]]] = []
    for value, outlet in votes:
        for existing, outlets in groups:
            if _agree(name, existing, value):
                if outlet not in outlets:
                    outlets.append(outlet)
                break
        else:
            groups.append((value, [outlet]))
    order = Counter({i: len(outlets) for i, (_, outlets) in enumerate(groups)})
    return [groups[i] for i, _ in sorted(order.items(), key=lambda kv: (-kv[1], kv[0]))]


def _assign(launch: Launch, name: str, value: Any, ranked: list[Source]) -> None:
    if name == "count":
        launch.count_min, launch.count_max = value
    elif name == "missile_types":
        # Every designation any source printed: they name the same launch's missiles.
        launch.missile_types = list(dict.fromkeys(t for s in ranked for t in s.event.missile_types))
    elif name == "site":
        launch.site = value
        for source in ranked:
            if source.event.site == value:
                launch.site_text = source.event.site_text
                launch.lat, launch.lon = source.event.lat, source.event.lon
                break
    else:
        setattr(launch, name, value)
