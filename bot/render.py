"""Events as people read them: one line of plain text per launch (Slack cards come later)."""

from __future__ import annotations

from bot.event import Event


def _count(event: Event) -> str:
    if event.count_min is None:
        return ""
    if event.count_max is None:
        return f"{event.count_min}+ missiles"
    if event.count_max != event.count_min:
        return f"{event.count_min}-{event.count_max} missiles"
    return "1 missile" if event.count_min == 1 else f"{event.count_min} missiles"


def event_line(event: Event) -> str:
    """``2024-09-18 06:50 KST  SRBM (KN-23, Hwasong-11), 2+ missiles, from Kaechon, 400 km``."""
    when = event.date + (f" {event.time_kst} KST" if event.time_kst else "")
    what = event.missile_class if event.missile_class != "unknown" else "missile, type unknown"
    if event.missile_types:
        what += f" ({', '.join(event.missile_types)})"
    parts = [what, _count(event)]
    if event.site:
        parts.append(f"from {event.site} ({event.lat:.2f}, {event.lon:.2f})"
                     if event.lat is not None and event.lon is not None else f"from {event.site}")
    elif event.site_text:
        parts.append(f"from {event.site_text}")
    if event.distance_km is not None:
        parts.append(f"{event.distance_km:g} km")
    if event.apogee_km is not None:
        parts.append(f"apogee {event.apogee_km:g} km")
    if event.landing:
        parts.append(f"landed: {event.landing}")
    line = f"{when}  " + ", ".join(p for p in parts if p)
    if event.reported_by:
        line += f"  [{'; '.join(event.reported_by)}]"
    return line if event.role == "primary" else f"  earlier: {line}"
