"""Launches out of the bot, for analysts who take the data elsewhere: JSON with every source and
what it said, or CSV in the columns of the CNS North Korea Missile Test Database."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import TextIO

from bot.merge import Launch

CSV_COLUMNS = (
    "Date (KST)",
    "Date Precision",
    "Launch Time (UTC)",
    "Missile Name",
    "Missile Type",
    "Facility Name",
    "Facility Latitude",
    "Facility Longitude",
    "Landing Location",
    "Apogee",
    "Distance Travelled",
    "Number of Missiles",
    "Disagreements",
    "Source(s)",
)


def write_json(launches: Iterable[Launch], out: TextIO) -> None:
    json.dump([launch.to_dict() for launch in launches], out, indent=2, ensure_ascii=False)
    out.write("\n")


def write_csv(launches: Iterable[Launch], out: TextIO) -> None:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for launch in launches:
        writer.writerow(csv_row(launch))


def csv_row(launch: Launch) -> list[str]:
    count = (
        ""
        if launch.count_min is None
        else (
            f"{launch.count_min}+"
            if launch.count_max is None
            else str(launch.count_min)
            if launch.count_min == launch.count_max
            else f"{launch.count_min}-{launch.count_max}"
        )
    )
    return [
        launch.date,
        launch.date_precision,
        launch.time_utc or "",
        "; ".join(launch.missile_types),
        launch.missile_class,
        launch.site or launch.site_text or "",
        _num(launch.lat),
        _num(launch.lon),
        launch.landing or "",
        f"{launch.apogee_km:g} km" if launch.apogee_km is not None else "Unknown",
        f"{launch.distance_km:g} km" if launch.distance_km is not None else "Unknown",
        count,
        "; ".join(
            f"{name}: " + " / ".join(f"{v} ({', '.join(s)})" for v, s in pairs)
            for name, pairs in launch.disagreements.items()
        ),
        "; ".join(f"{s.outlet}" + (f" <{s.url}>" if s.url else "") for s in launch.sources),
    ]


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"
