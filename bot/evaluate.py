"""Score extracted launch events against gold labels: the number behind `launches eval`.

The rules are those of the labelled corpus (``corpus/README.md``, "How it is scored"):

* A predicted event matches a gold event of the same role when their dates agree to the gold's
  precision: the prediction is cut to the gold's precision and compared. A prediction coarser than
  the gold (a month for a gold day) never matches, since it does not say which day.
* Matching is one-to-one, and exact-precision matches are made first, so a predicted day is
  spent on the gold day it names before it can stand in for a gold month or year.
* Every field of a matched primary event is compared; a missed primary counts as wrong on every
  field, so per-field accuracy is over all gold primaries and cannot be raised by predicting less.
* Background events are scored by date alone.
* A primary predicted for an article whose gold has no event is a false alarm: the costliest
  mistake for a launch index, so it is counted apart as well as in primary precision.

The report ends with every miss, one line each, naming the article: the list a developer works
through, so each line says what was expected and what came out.
"""

from __future__ import annotations

import json
import logging
import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FIELDS = ("date", "time", "site", "class", "types", "count", "distance", "apogee")

ROLES = ("primary", "background")

# Relative tolerance on distances and apogees: articles round ("about 400 km") and convert miles,
# so an exact comparison would punish faithful extraction.
TOLERANCE = 0.05

# Beside a gold file, the article it labels; the first that exists wins.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")

EXPECTED_NAME = "expected.json"
GOLD_SUFFIX = ".gold.json"

_DATE_SHAPES = (
    ("day", re.compile(r"\d{4}-\d{2}-\d{2}")),
    ("month", re.compile(r"\d{4}-\d{2}")),
    ("year", re.compile(r"\d{4}")),
)
_PRECISION_LENGTH = {"day": 10, "month": 7, "year": 4}
_TIME = re.compile(r"\d{2}:\d{2}")

SameSite = Callable[[str | None, str | None], bool]
Event = Mapping[str, Any]


def plain_same_site(a: str | None, b: str | None) -> bool:
    """Case-insensitive equality: the default when no gazetteer is at hand."""
    if a is None or b is None:
        return a is b
    return a.strip().casefold() == b.strip().casefold()


def gazetteer_same_site(a: str | None, b: str | None) -> bool:
    """Two names of one place ("Sinpho" and "Sinpo"), by the project's gazetteer."""
    from bot.gazetteer import default_gazetteer

    if a is None or b is None:
        return a is b
    gazetteer = default_gazetteer()
    pa, pb = gazetteer.lookup(a), gazetteer.lookup(b)
    if pa is not None and pb is not None:
        return pa.name == pb.name
    return plain_same_site(a, b)


def distinct_launches(golds: Iterable[dict[str, Any]]) -> int:
    """How many launches the gold files describe together: every launch day once, and a month
    or year only where no launch day the files name falls in it."""
    days: set[str] = set()
    coarse: set[str] = set()
    for gold in golds:
        for event in gold.get("events", []):
            (days if event.get("date_precision") == "day" else coarse).add(event["date"])
    return len(days) + sum(not any(d.startswith(c) for d in days) for c in coarse)


# --------------------------------------------------------------------------------------------
# Report


@dataclass
class PRF:
    """Counts of one matching, with the rates derived from them.

    An empty side counts as perfect (no predictions: precision 1; nothing to find: recall 1), so
    an article set with no background events and an extractor that predicts none scores 1.0, not
    an undefined 0/0.
    """

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


MISS_KINDS = (
    "missed primary",
    "spurious primary",
    "false alarm",
    "field",
    "missed background",
    "spurious background",
)


@dataclass
class Miss:
    """One line of the "every miss" list: what the gold says and what the extractor gave.

    ``expected`` and ``got`` are the field's values for a ``field`` miss, and the event itself
    (its scored fields) for a missed or spurious event; None stands for "nothing".
    """

    article: str
    kind: str  # one of MISS_KINDS
    field: str | None
    expected: object
    got: object

    def __str__(self) -> str:
        what = f"{self.kind} {self.field}" if self.field else self.kind
        return (
            f"{self.article}  {what}: expected {_show(self.expected, self.field)}, "
            f"got {_show(self.got, self.field)}"
        )

    def to_dict(self) -> dict[str, object]:
        return {
            "article": self.article,
            "kind": self.kind,
            "field": self.field,
            "expected": self.expected,
            "got": self.got,
        }


@dataclass
class Report:
    """The outcome of one scoring run.

    ``false_alarms`` counts negative articles (gold has no event) given at least one primary;
    ``false_alarm_events`` counts the primaries so given. Both also count in ``primary.fp``.
    ``fields`` maps each of FIELDS to (correct, gold primaries).
    """

    articles: int = 0
    negatives: int = 0
    false_alarms: int = 0
    primary: PRF = field(default_factory=PRF)
    background: PRF = field(default_factory=PRF)
    fields: dict[str, tuple[int, int]] = field(
        default_factory=lambda: {name: (0, 0) for name in FIELDS}
    )
    misses: list[Miss] = field(default_factory=list)
    false_alarm_events: int = 0

    def accuracy(self, field: str) -> float:
        """Share of gold primaries whose ``field`` came out right (1.0 when there are none)."""
        if field not in self.fields:
            raise KeyError(f"unknown field {field!r}; expected one of {', '.join(FIELDS)}")
        correct, total = self.fields[field]
        return correct / total if total else 1.0

    def to_text(self) -> str:
        """The report a developer reads: rates first, then every miss to work through."""
        lines = [
            f"{self.articles} articles, {self.negatives} with no launch",
            "",
            f"{'':<12}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}",
        ]
        for name, prf in (("primary", self.primary), ("background", self.background)):
            lines.append(
                f"{name:<12}{prf.precision:>7.3f}{prf.recall:>7.3f}{prf.f1:>7.3f}"
                f"{prf.tp:>6}{prf.fp:>5}{prf.fn:>5}"
            )
        total = self.fields[FIELDS[0]][1] if self.fields else 0
        lines += ["", f"Primary fields (over {total} gold primary events; a miss is wrong on all)"]
        for name in FIELDS:
            correct, total = self.fields[name]
            lines.append(f"  {name:<10}{correct:>5}/{total:<5}{100 * self.accuracy(name):>6.1f}%")
        lines += [
            "",
            f"False alarms: {self.false_alarms} of {self.negatives} articles with no launch"
            f" ({_plural(self.false_alarm_events, 'primary event')})",
            "",
        ]
        if self.misses:
            lines.append(f"Misses ({len(self.misses)}):")
            lines += [f"  {miss}" for miss in self.misses]
        else:
            lines.append("Misses: none")
        return "\n".join(lines) + "\n"

    def to_dict(self) -> dict[str, Any]:
        """The same report as plain JSON-able data, for tracking scores across runs."""
        return {
            "articles": self.articles,
            "negatives": self.negatives,
            "false_alarms": self.false_alarms,
            "false_alarm_events": self.false_alarm_events,
            "primary": self.primary.to_dict(),
            "background": self.background.to_dict(),
            "fields": {
                name: {"correct": c, "total": t, "accuracy": self.accuracy(name)}
                for name, (c, t) in self.fields.items()
            },
            "misses": [miss.to_dict() for miss in self.misses],
        }


# --------------------------------------------------------------------------------------------
# Scoring


def score(
    items: Iterable[tuple[str, Sequence[Event], Sequence[Event]]],
    same_site: SameSite = plain_same_site,
) -> Report:
    """Score (article id, gold events, predicted events) triples into one Report.

    Events are dicts with the corpus field names (an object with ``to_dict()``, such as
    ``bot.event.Event``, is accepted too). ``same_site`` decides whether two non-null site names
    are one place; the CLI passes a gazetteer-aware one so "Wonsan" and "Wonsan Bay" agree.
    """
    report = Report()
    correct = dict.fromkeys(FIELDS, 0)
    total = 0
    for article, gold_events, predicted_events in items:
        gold = [_as_dict(e) for e in gold_events]
        pred = [_as_dict(e) for e in predicted_events]
        for event in (*gold, *pred):
            if event.get("role") not in ROLES:
                raise ValueError(
                    f"{article}: event role {event.get('role')!r} is not one of {', '.join(ROLES)}"
                )
        report.articles += 1
        negative = not gold
        if negative:
            report.negatives += 1

        gold_p = [e for e in gold if e["role"] == "primary"]
        pred_p = [e for e in pred if e["role"] == "primary"]
        pairs, lost, extra = _match(gold_p, pred_p)
        total += len(gold_p)
        report.primary.tp += len(pairs)
        report.primary.fn += len(lost)
        report.primary.fp += len(extra)
        for g in lost:
            report.misses.append(Miss(article, "missed primary", None, _brief(g), None))
        if negative and extra:
            report.false_alarms += 1
            report.false_alarm_events += len(extra)
        kind = "false alarm" if negative else "spurious primary"
        for p in extra:
            report.misses.append(Miss(article, kind, None, None, _brief(p)))
        for g, p in pairs:
            for name in FIELDS:
                ok, expected, got = _compare(name, g, p, same_site)
                if ok:
                    correct[name] += 1
                else:
                    report.misses.append(Miss(article, "field", name, expected, got))

        gold_b = [e for e in gold if e["role"] == "background"]
        pred_b = [e for e in pred if e["role"] == "background"]
        pairs, lost, extra = _match(gold_b, pred_b)
        report.background.tp += len(pairs)
        report.background.fn += len(lost)
        report.background.fp += len(extra)
        for g in lost:
            report.misses.append(Miss(article, "missed background", None, g.get("date"), None))
        for p in extra:
            report.misses.append(Miss(article, "spurious background", None, None, p.get("date")))

    report.fields = {name: (correct[name], total) for name in FIELDS}
    return report


def _as_dict(event: object) -> dict[str, Any]:
    if isinstance(event, Mapping):
        return dict(event)
    to_dict = getattr(event, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    raise TypeError(f"an event must be a dict, not {type(event).__name__}")


def _precision(date: object) -> str | None:
    """The precision a date string is written to, or None when it is no date at all."""
    if not isinstance(date, str):
        return None
    for name, shape in _DATE_SHAPES:
        if shape.fullmatch(date):
            return name
    return None


def _agrees(gold: Event, pred: Event) -> bool:
    """True when the prediction's date, cut to the gold's precision, is the gold's date."""
    g, p = _precision(gold.get("date")), _precision(pred.get("date"))
    if g is None or p is None:
        return False
    cut = _PRECISION_LENGTH[g]
    return _PRECISION_LENGTH[p] >= cut and pred["date"][:cut] == gold["date"]


def _match(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]]
) -> tuple[list[tuple[dict[str, Any], dict[str, Any]]], list[dict[str, Any]], list[dict[str, Any]]]:
    """One-to-one matching of events of one role: (pairs, unmatched gold, unmatched predictions).

    Exact date matches go first (taking one never costs a match: whatever else the prediction
    could fill, this gold could only be filled by another equal date). The rest is a maximum
    matching by augmenting paths, so "2024" and "2024-07" golds both find partners among
    "2024-07-05" and "2024-03-01" whatever the order.
    """
    owner: dict[int, int] = {}  # prediction index -> gold index
    taken: set[int] = set()  # gold indices matched
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in owner and _precision(g.get("date")) and p.get("date") == g.get("date"):
                owner[pi] = gi
                taken.add(gi)
                break
    exact = set(owner)
    options = {
        gi: [pi for pi, p in enumerate(pred) if pi not in exact and _agrees(g, p)]
        for gi, g in enumerate(gold)
        if gi not in taken
    }

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in options[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in options:
        augment(gi, set())
    by_gold = {gi: pi for pi, gi in owner.items()}
    pairs = [(gold[gi], pred[by_gold[gi]]) for gi in sorted(by_gold)]
    lost = [g for gi, g in enumerate(gold) if gi not in by_gold]
    extra = [p for pi, p in enumerate(pred) if pi not in owner]
    return pairs, lost, extra


def _compare(name: str, gold: Event, pred: Event, same_site: SameSite) -> tuple[bool, Any, Any]:
    """Whether one field of a matched primary is right, with the two values as shown."""
    if name == "date":
        g, p = gold.get("date"), pred.get("date")
        return g == p, g, p
    if name == "time":
        g, p = gold.get("time_kst"), pred.get("time_kst")
        return g == p, g, p
    if name == "site":
        g, p = _opt(gold.get("site")), _opt(pred.get("site"))
        ok = g is p if g is None or p is None else bool(same_site(g, p))
        return ok, g, p
    if name == "class":
        g, p = gold.get("missile_class"), pred.get("missile_class")
        return g == p, g, p
    if name == "types":
        g, p = list(gold.get("missile_types") or []), list(pred.get("missile_types") or [])
        return _type_set(g) == _type_set(p), g, p
    if name == "count":
        g = [gold.get("count_min"), gold.get("count_max")]
        p = [pred.get("count_min"), pred.get("count_max")]
        return g == p, g, p
    if name in ("distance", "apogee"):
        key = f"{name}_km"
        g, p = gold.get(key), pred.get(key)
        return _close(g, p), g, p
    raise KeyError(name)


def _opt(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def _type_set(types: list[Any]) -> set[str]:
    return {str(t).strip().casefold() for t in types}


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) else None


def _close(gold: object, pred: object) -> bool:
    """Both null, or the prediction within TOLERANCE of the gold, relative to the gold."""
    if gold is None and pred is None:
        return True
    g, p = _number(gold), _number(pred)
    if g is None or p is None:
        return False
    # The epsilon keeps an exact 5% (420 for 400) on the passing side despite float rounding.
    return abs(p - g) <= TOLERANCE * abs(g) + 1e-9


_BRIEF_KEYS = (
    "role",
    "date",
    "date_precision",
    "time_kst",
    "site",
    "missile_class",
    "missile_types",
    "count_min",
    "count_max",
    "distance_km",
    "apogee_km",
)


def _brief(event: Event) -> dict[str, Any]:
    """The scored fields of an event: what a miss line needs, without evidence and the rest."""
    return {key: event.get(key) for key in _BRIEF_KEYS if key in event}


def _show(value: object, field: str | None) -> str:
    """A value as a miss line prints it: short, and null spelled out."""
    if isinstance(value, Mapping):
        return _show_event(value)
    if value is None:
        return "nothing" if field is None else "null"
    if field == "count" and isinstance(value, list | tuple) and len(value) == 2:
        return _show_count(value[0], value[1])
    if isinstance(value, list | tuple):
        return "[" + ", ".join(str(v) for v in value) + "]"
    return _show_number(value) if isinstance(value, float) else str(value)


def _show_number(value: float) -> str:
    """400.0 as "400" and 495.00000000000006 as "495": arithmetic noise is not a difference."""
    value = round(value, 1)
    return str(int(value)) if value.is_integer() else str(value)


def _plural(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _show_count(low: object, high: object) -> str:
    if low is None and high is None:
        return "null"
    if low == high:
        return str(low)
    if high is None:
        return f"at least {low}"
    return f"{low}-{high}"


def _show_event(event: Mapping[str, Any]) -> str:
    """ "2024-09-18 06:40 SRBM [Hwasong-11] x1 Kaechon 400 km": enough to find it in the text."""
    parts = [str(event.get("date"))]
    if event.get("time_kst"):
        parts.append(str(event["time_kst"]))
    if event.get("missile_class"):
        parts.append(str(event["missile_class"]))
    if event.get("missile_types"):
        parts.append(_show(event["missile_types"], "types"))
    if event.get("count_min") is not None or event.get("count_max") is not None:
        low, high = event.get("count_min"), event.get("count_max")
        parts.append(f"x{low}" if low == high else f"x{low}+" if high is None else f"x{low}-{high}")
    if event.get("site"):
        parts.append(str(event["site"]))
    for key in ("distance_km", "apogee_km"):
        number = _number(event.get(key))
        if number is not None:
            label = "km" if key == "distance_km" else "km apogee"
            parts.append(f"{_show_number(number)} {label}")
    return " ".join(parts)


# --------------------------------------------------------------------------------------------
# Gold files


class GoldError(ValueError):
    """A gold file that cannot be scored against; ``str()`` names the file and the problem."""

    def __init__(self, where: Path | str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where = str(where)
        self.problem = problem


def load_gold(gold_dir: Path) -> list[tuple[Path, dict[str, Any]]]:
    """(article path, gold dict) for each labelled article of a folder.

    Two layouts: the corpus's ``STEM.gold.json`` beside ``STEM.txt``, and the test fixtures'
    one ``expected.json`` (``{stem: gold}``) beside ``articles/STEM.txt``. Sorted by path, so
    runs are repeatable. A label with no article is skipped with a warning (there is nothing to
    extract from); a malformed one, or a folder with no labels at all, raises GoldError (a
    ValueError) naming it, since scoring nothing would print a perfect score.
    """
    gold_dir = Path(gold_dir)
    if not gold_dir.is_dir():
        raise GoldError(gold_dir, "not a folder")
    found: list[tuple[Path, dict[str, Any]]] = []
    for gold_path in sorted(gold_dir.rglob(f"*{GOLD_SUFFIX}")):
        stem = gold_path.name[: -len(GOLD_SUFFIX)]
        article = _article_for(gold_path.with_name(stem), gold_path)
        if article is not None:
            found.append((article, _checked(_read_json(gold_path), gold_path, stem)))
    expected = gold_dir / EXPECTED_NAME
    if expected.is_file():
        table = _read_json(expected)
        if not isinstance(table, dict):
            raise GoldError(expected, "must map article names to gold objects")
        for stem, data in sorted(table.items()):
            article = _article_for(gold_dir / "articles" / stem, expected)
            if article is not None:
                found.append((article, _checked(data, expected, stem, where=f"{stem}: ")))
    if not found:
        raise GoldError(gold_dir, f"no labels: no *{GOLD_SUFFIX} files and no {EXPECTED_NAME}")
    return sorted(found, key=lambda pair: pair[0])


def _article_for(base: Path, label: Path) -> Path | None:
    article = next(
        (c for suffix in ARTICLE_SUFFIXES if (c := base.with_name(base.name + suffix)).is_file()),
        None,
    )
    if article is None:
        log.warning("%s: no article %s.txt/.md/.html for it; skipped", label, base.name)
    return article


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise GoldError(path, f"not readable JSON ({exc})") from exc


def _checked(data: Any, path: Path, stem: str, where: str = "") -> dict[str, Any]:
    if not isinstance(data, dict):
        raise GoldError(path, f"{where}must hold a JSON object")
    if "id" in data and data["id"] != stem:
        raise GoldError(path, f"{where}id {data['id']!r} does not match the file name {stem!r}")
    published = data.get("published")
    if published is not None and _precision(str(published)[:10]) != "day":
        raise GoldError(path, f"{where}published {published!r} is not a YYYY-MM-DD date")
    events = data.get("events")
    if not isinstance(events, list):
        raise GoldError(
            path, f'{where}"events" must be a list (empty for an article with no launch)'
        )
    for number, event in enumerate(events, 1):
        problem = _event_problem(event)
        if problem:
            raise GoldError(path, f"{where}event {number}: {problem}")
    return data


def _event_problem(event: object) -> str | None:
    """What is wrong with one gold event, or None when it can be scored."""
    if not isinstance(event, dict):
        return "must be a JSON object"
    if event.get("role") not in ROLES:
        return f"role {event.get('role')!r} is not primary or background"
    precision = _precision(event.get("date"))
    if precision is None:
        return f"date {event.get('date')!r} is not YYYY-MM-DD, YYYY-MM or YYYY"
    if event.get("date_precision", precision) != precision:
        return f"date {event['date']!r} does not have precision {event['date_precision']!r}"
    time_kst = event.get("time_kst")
    if time_kst is not None and not (isinstance(time_kst, str) and _TIME.fullmatch(time_kst)):
        return f"time_kst {time_kst!r} is not HH:MM"
    types = event.get("missile_types", [])
    if not isinstance(types, list) or not all(isinstance(t, str) for t in types):
        return "missile_types must be a list of names"
    for key in ("count_min", "count_max"):
        value = event.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
            return f"{key} {value!r} is not a whole number or null"
    for key in ("distance_km", "apogee_km"):
        value = event.get(key)
        if value is not None and _number(value) is None:
            return f"{key} {value!r} is not a number or null"
    return None
