"""The launch event: the one record every stage of the bot passes along.

Field names are those of the labelled corpus (``corpus/README.md``), so extractor output,
gold labels and the index speak one language.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Role = Literal["primary", "background"]
Precision = Literal["day", "month", "year"]

MISSILE_CLASSES = (
    "SRBM",
    "MRBM",
    "IRBM",
    "ICBM",
    "SLBM",
    "cruise",
    "MLRS",
    "SLV",
    "hypersonic",
    "unknown",
)


@dataclass
class Event:
    """One launch day as one article tells it."""

    role: Role
    date: str  # KST: YYYY-MM-DD, YYYY-MM or YYYY, to ``date_precision``
    date_precision: Precision
    time_kst: str | None = None  # HH:MM
    time_utc: str | None = None  # YYYY-MM-DDTHH:MMZ
    site: str | None = None
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
    # field name -> the sentence the value was read from; the analyst's way to check us.
    evidence: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # A shallow copy: dataclasses.asdict deep-copies, and the index calls this per report.
        out = {name: getattr(self, name) for name in _FIELDS}
        out["missile_types"] = list(self.missile_types)
        out["reported_by"] = list(self.reported_by)
        out["evidence"] = dict(self.evidence)
        return out


_FIELDS = tuple(Event.__dataclass_fields__)
