"""Events and answers as people read them, in plain text (Slack cards come later)."""

from __future__ import annotations

from bot.answer import Answer
from bot.event import Event
from bot.merge import Launch
from bot.query import help_text


def missile_count(low: int | None, high: int | None) -> str:
    """ "3 missiles", "2+ missiles" (at least two), "1-2 missiles" (sources differ), or ""."""
    if low is None:
        return ""
    if high is None:
        return f"{low}+ missiles"
    if high != low:
        return f"{low}-{high} missiles"
    return "1 missile" if low == 1 else f"{low} missiles"


def event_line(event: Event) -> str:
    """``2024-09-18 06:50 KST  SRBM (KN-23, Hwasong-11), 2+ missiles, from Kaechon, 400 km``."""
    when = event.date + (f" {event.time_kst} KST" if event.time_kst else "")
    what = event.missile_class if event.missile_class != "unknown" else "missile, type unknown"
    if event.missile_types:
        what += f" ({', '.join(event.missile_types)})"
    parts = [what, missile_count(event.count_min, event.count_max)]
    if event.site:
        parts.append(
            f"from {event.site} ({event.lat:.2f}, {event.lon:.2f})"
            if event.lat is not None and event.lon is not None
            else f"from {event.site}"
        )
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


def launch_line(launch: Launch) -> str:
    """One launch of the index: when (KST, and UTC where a time is known), what, where, how far,
    who says so, and where sources disagree."""
    when = launch.date
    if launch.time_kst:
        when += f" {launch.time_kst} KST"
        if launch.time_utc:
            when += f" ({launch.time_utc.replace('T', ' ').rstrip('Z')} UTC)"
    what = launch.missile_class if launch.missile_class != "unknown" else "missile, type unknown"
    if launch.missile_types:
        what += f" ({', '.join(launch.missile_types)})"
    parts = [what, missile_count(launch.count_min, launch.count_max)]
    if launch.site:
        parts.append(f"from {launch.site}")
    elif launch.site_text:
        parts.append(f"from {launch.site_text}")
    if launch.distance_km is not None:
        parts.append(f"{launch.distance_km:g} km")
    if launch.apogee_km is not None:
        parts.append(f"apogee {launch.apogee_km:g} km")
    line = f"{when}  " + ", ".join(p for p in parts if p)
    outlets = list(dict.fromkeys(s.outlet for s in launch.sources))
    line += f"  [{'; '.join(outlets)}]"
    for name, pairs in launch.disagreements.items():
        line += (
            "\n    sources differ on "
            + _FIELD_NAMES.get(name, name)
            + ": "
            + "; ".join(f"{_value(name, value)} ({', '.join(who)})" for value, who in pairs)
        )
    return line


def answer_text(answer: Answer) -> str:
    """The answer as the console (and `launches ask`) shows it: the understood query first."""
    query = answer.query
    if query.help:
        return help_text()
    lines = [answer.headline]
    lines += [f"  ({note})" for note in query.notes]
    for launch in answer.launches:
        lines.append("• " + launch_line(launch))
    shown = len(answer.launches)
    if not query.count and answer.total > shown and not query.latest:
        lines.append(
            f"… {answer.total - shown} more; narrow the period or ask for 'last N launches'."
        )
    if not query.count and answer.total == 0:
        lines.append("No launch in the index matches.")
    return "\n".join(lines)


_FIELD_NAMES = {
    "distance_km": "distance",
    "apogee_km": "apogee",
    "missile_class": "class",
    "count": "count",
    "site": "site",
}


def _value(name: str, value: object) -> str:
    if name in {"distance_km", "apogee_km"} and isinstance(value, int | float):
        return f"{value:g} km"
    if name == "count" and isinstance(value, list | tuple):
        low, high = value
        return f"{low}+" if high is None else str(low) if low == high else f"{low}-{high}"
    return str(value)
