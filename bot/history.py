"""The CNS North Korea Missile Test Database: its rows read, and grouped into launch events.

The database (James Martin Center for Nonproliferation Studies, published by NTI as an
``.xlsx``) has one row per *missile*, dated mostly in UTC; the news, the labels and the index
speak of one *launch day* per event, in Korea time. This module bridges the two:

- ``read_history(path)`` reads a ``.csv`` or the NTI ``.xlsx`` into ``HistoryRow``s, one per
  database row, with the text quirks of the file (``"Unknown"``, ``"~500 km"``, ``"7-Feb-16"``)
  turned into values. A file that is not the database at all (no header row, a column missing)
  raises ``HistoryError``; a single bad row is skipped (a bad distance or coordinate only
  left empty) and reported, so one typo in a 241-row file does not cost the other 240. The
  caller gets ``(rows, problems)`` and prints ``str(problem)`` for each: one line naming the
  file and the row.
- ``salvos(rows)`` groups the rows into ``Event``s: the missiles fired on one Korea day from
  one launch area are one salvo and one event, as the press reports them.
- ``salvo_key(event)`` is the identity of a salvo (``"cns:2024-09-18:Kaechon"``), so that
  importing the file twice, or a revised file, finds the salvos it already has instead of
  duplicating them.

``docs/data.md`` describes the file, its quirks and these choices for people.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
import zipfile
from collections import Counter
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from bot.event import Event
from bot.gazetteer import Gazetteer, Place, default_gazetteer, name_key

SOURCE = "CNS North Korea Missile Test Database"
REPORTER = "CNS Missile Test Database"  # the name the events' ``reported_by`` gives
KEY_PREFIX = "cns"

KST_OFFSET = dt.timedelta(hours=9)

# Header rows of the NTI file sit under a title block; the header is looked for this far down.
_HEADER_SEARCH_ROWS = 30

# What a cell writes when it has no value. The database writes "Unknown"; exports and hand edits
# bring the rest.
_MISSING = frozenset({"", "unknown", "n/a", "na", "none", "-", "\u2013", "\u2014", "?"})

# Field -> the header names (folded: lower case, single spaces) that hold it. The first name is
# the database's own; the others are what a re-export or a hand-made sheet has been seen to use.
_COLUMNS: dict[str, tuple[str, ...]] = {
    "number": ("f1", "no.", "no", "number", "#", "id"),
    "date": ("date",),
    "time": ("launch time (utc)", "launch time utc", "launch time"),
    "missile_name": ("missile name",),
    "missile_type": ("missile type",),
    "facility": ("facility name", "facility"),
    "lat": ("facility latitude", "latitude"),
    "lon": ("facility longitude", "longitude"),
    "landing": ("landing location",),
    "apogee": ("apogee",),
    "distance": ("distance travelled", "distance traveled", "distance"),
    "confirmation": ("confirmation status",),
    "outcome": ("test outcome",),
}
# Without these the rows cannot become events; the others may be absent (their values are None).
_REQUIRED = ("date", "missile_name", "missile_type", "facility")

# The database's "Missile Type" -> the project's classes (bot.event.MISSILE_CLASSES), keyed by
# the folded text. Types not listed here fall to the keyword rules of ``missile_class``.
_CLASS_OF_TYPE: dict[str, str] = {
    "srbm": "SRBM",
    "mrbm": "MRBM",
    "irbm": "IRBM",
    "icbm": "ICBM",
    "slbm": "SLBM",
    "slv": "SLV",
    "hgv": "hypersonic",
    "cruise": "cruise",
    "ascm": "cruise",
    "lacm": "cruise",
    "slcm": "cruise",
    "glcm": "cruise",
    "mlrs": "MLRS",
    "mrl": "MLRS",
}
# (words in a longer type text, class), tried in order: "Short-range ballistic missile",
# "Anti-ship cruise missile", "Hypersonic glide vehicle", "Satellite launch vehicle".
_CLASS_KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("cruise",), "cruise"),
    (("hypersonic",), "hypersonic"),
    (("glide",), "hypersonic"),
    (("satellite",), "SLV"),
    (("space launch",), "SLV"),
    (("rocket launcher",), "MLRS"),
    (("multiple launch",), "MLRS"),
    (("submarine",), "SLBM"),
    (("intercontinental",), "ICBM"),
    (("intermediate",), "IRBM"),
    (("medium range",), "MRBM"),
    (("short range",), "SRBM"),
)

KM_PER_MILE = 1.609344
KM_PER_NAUTICAL_MILE = 1.852

_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
# "500 km", "~500 km", "500+ km", "about 2,500 km", "310 miles", "1000-1100 km", "500km".
_DISTANCE = re.compile(
    rf"""^(?:~|≈|>|≥|approx(?:\.|imately)?|about|around|roughly|some|over|more\ than
          |at\ least|up\ to)?\s*
        (?P<low>{_NUMBER})
        (?:\s*(?:-|–|to)\s*(?P<high>{_NUMBER}))?
        \s*\+?\s*
        (?P<unit>km|kms|kilomet(?:er|re)s?|mi|miles?|nmi|nm|nautical\ miles?)?
        \s*\+?$""",
    re.VERBOSE | re.IGNORECASE,
)
# "21:53", "21:53:00", "2153", "21:53 UTC", "~21:53".
_TIME = re.compile(
    r"^(?:~|approx\.?|about|around)?\s*(\d{1,2}):?(\d{2})(?::(\d{2}))?\s*(?:utc|gmt|z)?$",
    re.IGNORECASE,
)
# The database writes "7-Feb-16"; exports and hand edits bring the others. The slashed form is
# read month first, in US order. A two-digit year from 69 to 99 is 19xx (the database goes back
# to the 1980s), from 00 to 68 20xx.
_DATE_FORMATS = (
    "%d-%b-%y",
    "%d-%b-%Y",
    "%Y-%m-%d",
    "%d %b %Y",
    "%d %B %Y",
    "%b %d, %Y",
    "%B %d, %Y",
    "%m/%d/%Y",
    "%m/%d/%y",
)
# The tracker slug some rows carry for a missile that came down on North Korean soil; the
# project's labels call that landing "inland".
_INLAND_LANDINGS = frozenset({"north-korea", "north korea"})


class HistoryError(ValueError):
    """A problem with a history file; ``str()`` is one line naming the file (and the row).

    Raised for a file that cannot be read as the database at all; collected, not raised, for a
    single bad row, which ``read_history`` reports in ``History.problems``.
    """

    def __init__(self, path: Path | str, problem: str, row: int | None = None) -> None:
        where = f"{path}: row {row}" if row is not None else str(path)
        super().__init__(f"{where}: {problem}")
        self.path = str(path)
        self.row = row
        self.problem = problem


@dataclass(frozen=True)
class HistoryRow:
    """One database row: one missile, with the file's text turned into values.

    ``number`` is the database's own row number (its ``F1`` column), which the events' evidence
    cites. ``date_utc`` is the database's date, which is mostly the UTC date; ``time_utc`` is
    None when the database gives no launch time. Text fields keep the file's spelling, and are
    None where it writes "Unknown" or nothing; distances are in kilometres.
    """

    number: int
    date_utc: dt.date
    time_utc: dt.time | None
    missile_name: str | None
    missile_type: str | None
    facility: str | None
    lat: float | None
    lon: float | None
    landing: str | None
    apogee_km: float | None
    distance_km: float | None
    confirmation: str | None
    outcome: str | None


class History(NamedTuple):
    """What ``read_history`` returns: the good rows, and one error per row it skipped or cut.

    A NamedTuple so the caller can write ``rows, problems = read_history(path)``.
    """

    rows: list[HistoryRow]
    problems: list[HistoryError]


# --- reading ------------------------------------------------------------------------------------


def read_history(path: Path) -> History:
    """Read the database from a ``.csv`` or ``.xlsx`` file.

    Raises HistoryError (one line naming the file) when the file cannot be opened, has no header
    row with "Date" and "Missile Name" in its first rows, or lacks a required column (Date,
    Missile Name, Missile Type, Facility Name). Otherwise returns every good row in file order
    and, in ``problems``, one HistoryError per row with a problem, naming its row as a
    spreadsheet shows it (the header row of a plain CSV is row 1):

    - a row whose number, date or launch time cannot be read is skipped: without them it cannot
      be placed in a salvo or cited;
    - a row whose coordinates, apogee or distance cannot be read is kept with that value empty:
      the launch itself is still a fact worth having.

    Empty rows are skipped silently: spreadsheets end in them.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = _xlsx_rows(path)
    elif suffix == ".csv":
        table = _csv_rows(path)
    else:
        raise HistoryError(
            path,
            f"cannot read {suffix or 'a file without a suffix'}: "
            "expected .csv or .xlsx (save an old .xls as .xlsx)",
        )
    with closing(table):  # closes the workbook even when the header search gives up early
        return _read_table(path, table)


def _csv_rows(path: Path) -> Generator[tuple[int, Sequence[object]], None, None]:
    """(spreadsheet row number, cells) of a CSV file.

    UTF-8 (with or without the BOM Excel writes) is tried first, then Windows-1252, the other
    encoding Excel saves "CSV" in.
    """
    try:
        raw = path.read_bytes()
    except OSError as err:
        raise HistoryError(path, err.strerror or str(err)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    try:
        # newline="" keeps line ends inside quoted cells (a multi-line note) as the csv module
        # needs them.
        yield from enumerate(csv.reader(io.StringIO(text, newline="")), start=1)
    except csv.Error as err:
        raise HistoryError(path, f"not a readable CSV file ({err})") from None


def _xlsx_rows(path: Path) -> Generator[tuple[int, Sequence[object]], None, None]:
    """(sheet row number, cells) of the first sheet of a workbook, as NTI publishes it.

    Read-only mode streams the sheet instead of building it in memory; ``data_only`` gives the
    values formulas last computed, not the formulas.
    """
    import openpyxl  # deferred: only a .xlsx import pays for it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (OSError, InvalidFileException, zipfile.BadZipFile, KeyError) as err:
        problem = getattr(err, "strerror", None) or "not a readable .xlsx workbook"
        raise HistoryError(path, problem) from None
    try:
        if not workbook.worksheets:
            raise HistoryError(path, "the workbook has no sheet")
        sheet = workbook.worksheets[0]
        yield from enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1)
    finally:
        workbook.close()  # read-only workbooks keep the file open until closed


def _fold_header(cell: object) -> str:
    return " ".join(str(cell).split()).casefold() if cell is not None else ""


def _find_columns(path: Path, header: Sequence[object]) -> dict[str, int]:
    """Field -> column index, from the header row; HistoryError if a required column is absent."""
    folded = [_fold_header(cell) for cell in header]
    columns: dict[str, int] = {}
    for field, names in _COLUMNS.items():
        for name in names:
            if name in folded:
                columns[field] = folded.index(name)
                break
    missing = [_COLUMNS[field][0].title() for field in _REQUIRED if field not in columns]
    if missing:
        raise HistoryError(path, f"header row lacks column(s): {', '.join(missing)}")
    return columns


def _read_table(path: Path, table: Iterator[tuple[int, Sequence[object]]]) -> History:
    header_columns: dict[str, int] | None = None
    rows: list[HistoryRow] = []
    problems: list[HistoryError] = []
    seen: dict[int, int] = {}  # database number -> the row that had it
    ordinal = 0
    for row_number, cells in table:
        if header_columns is None:
            folded = {_fold_header(cell) for cell in cells}
            if "date" in folded and "missile name" in folded:
                header_columns = _find_columns(path, cells)
            elif row_number >= _HEADER_SEARCH_ROWS:
                break
            continue
        if all(cell is None or str(cell).strip() == "" for cell in cells):
            continue
        ordinal += 1
        row_problems: list[str] = []
        try:
            row = _parse_row(cells, header_columns, ordinal, row_problems)
        except _BadRow as bad:
            problems.append(HistoryError(path, f"{bad} (row skipped)", row_number))
            continue
        problems.extend(HistoryError(path, p, row_number) for p in row_problems)
        if row.number in seen:
            problems.append(
                HistoryError(
                    path,
                    f"number {row.number} is already row {seen[row.number]}'s (row skipped)",
                    row_number,
                )
            )
            continue
        seen[row.number] = row_number
        rows.append(row)
    if header_columns is None:
        raise HistoryError(
            path,
            f"no header row with 'Date' and 'Missile Name' in the first "
            f"{_HEADER_SEARCH_ROWS} rows: is this the CNS missile test database?",
        )
    return History(rows, problems)


class _BadRow(Exception):
    """A row that cannot be imported; the message says which cell and why."""


def _parse_row(
    cells: Sequence[object], columns: dict[str, int], ordinal: int, problems: list[str]
) -> HistoryRow:
    """One data row -> HistoryRow; _BadRow if it must be skipped, ``problems`` for cut values.

    ``ordinal`` (the data row's position) stands in for the number in a file without one.
    """

    def cell(field: str) -> object:
        index = columns.get(field)
        if index is None or index >= len(cells):
            return None
        value = cells[index]
        return value.strip() if isinstance(value, str) else value

    def kept(field: str, label: str, parse: Callable[[object], float | None]) -> float | None:
        value = cell(field)
        try:
            return parse(value)
        except ValueError:
            problems.append(f"{label} {value!r} is not understood (left empty)")
            return None

    number = _parse_number(cell("number")) if "number" in columns else ordinal
    if number is None:
        raise _BadRow(f"F1 {cell('number')!r} is not a whole number")
    date_value = cell("date")
    date = _parse_date(date_value)
    if date is None:
        raise _BadRow(f"Date {date_value!r} is not a date")
    time_value = cell("time")
    try:
        time = _parse_time(time_value)
    except ValueError:
        raise _BadRow(f"Launch Time (UTC) {time_value!r} is not a time of day") from None
    return HistoryRow(
        number=number,
        date_utc=date,
        time_utc=time,
        missile_name=_text(cell("missile_name")),
        missile_type=_text(cell("missile_type")),
        facility=_text(cell("facility")),
        lat=kept("lat", "Facility Latitude", _latitude),
        lon=kept("lon", "Facility Longitude", _longitude),
        landing=_text(cell("landing")),
        apogee_km=kept("apogee", "Apogee", parse_km),
        distance_km=kept("distance", "Distance Travelled", parse_km),
        confirmation=_text(cell("confirmation")),
        outcome=_text(cell("outcome")),
    )


def _text(value: object) -> str | None:
    """A text cell as written, or None where the file says "Unknown" or nothing."""
    if value is None:
        return None
    text = " ".join(str(value).split())
    return None if text.casefold() in _MISSING else text


def _is_missing(value: object) -> bool:
    return _text(value) is None


def _parse_number(value: object) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and re.fullmatch(r"\d+(?:\.0+)?", value):
        return int(float(value))
    return None


def _parse_date(value: object) -> dt.date | None:
    """The database's "7-Feb-16", a spreadsheet's real date, or an ISO "2016-02-07"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def _parse_time(value: object) -> dt.time | None:
    """A UTC time of day, None when unknown; ValueError when written but not a time."""
    if isinstance(value, dt.datetime):
        return value.time().replace(microsecond=0)
    if isinstance(value, dt.time):
        return value.replace(microsecond=0, tzinfo=None)
    if isinstance(value, dt.timedelta) and dt.timedelta(0) <= value < dt.timedelta(days=1):
        seconds = int(value.total_seconds())
        return dt.time(seconds // 3600, seconds % 3600 // 60, seconds % 60)
    if _is_missing(value):
        return None
    match = _TIME.match(str(value).strip())
    if match is None:
        raise ValueError(value)
    hour, minute, second = int(match[1]), int(match[2]), int(match[3] or 0)
    return dt.time(hour, minute, second)  # ValueError for 25:00 and the like


def parse_km(value: object) -> float | None:
    """A distance cell in kilometres: "500 km", "~500 km", "500+ km", "310 miles", a number.

    None for "Unknown" or an empty cell; ValueError for text that is not a distance. A range
    ("1000-1100 km") gives its upper end, as the events keep the furthest a salvo flew. A number
    without a unit is taken to be kilometres, the unit of the whole database.
    """
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        if not 0 <= value < math.inf:
            raise ValueError(value)
        return float(value)
    if _is_missing(value):
        return None
    match = _DISTANCE.match(" ".join(str(value).split()))
    if match is None:
        raise ValueError(value)
    amount = float((match["high"] or match["low"]).replace(",", ""))
    unit = (match["unit"] or "km").casefold()
    if unit in ("mi", "mile", "miles"):
        amount *= KM_PER_MILE
    elif unit.startswith("n"):
        amount *= KM_PER_NAUTICAL_MILE
    return round(amount, 1)


def _coordinate(value: object, limit: float) -> float | None:
    if isinstance(value, bool):
        raise ValueError(value)
    if _is_missing(value):
        return None
    number = float(value) if isinstance(value, int | float) else float(str(value))
    if not -limit <= number <= limit:
        raise ValueError(value)
    return number


def _latitude(value: object) -> float | None:
    return _coordinate(value, 90)


def _longitude(value: object) -> float | None:
    return _coordinate(value, 180)


# --- salvos -------------------------------------------------------------------------------------


def missile_class(missile_type: str | None) -> str:
    """The project's class for the database's "Missile Type" ("HGV" -> "hypersonic").

    The database's types are the project's class names for ballistic missiles and SLVs; "HGV"
    (hypersonic glide vehicle) is "hypersonic", "Cruise"/"ASCM"/"LACM" are "cruise". A longer
    wording ("Short-range ballistic missile") goes by its words; anything else is "unknown".
    """
    if missile_type is None:
        return "unknown"
    folded = " ".join(missile_type.replace("-", " ").split()).casefold()
    if folded in _CLASS_OF_TYPE:
        return _CLASS_OF_TYPE[folded]
    for words, cls in _CLASS_KEYWORDS:
        if all(word in folded for word in words):
            return cls
    return "unknown"


def launch_utc(row: HistoryRow) -> dt.datetime | None:
    """The row's launch instant in UTC (naive), or None when the database gives no time."""
    if row.time_utc is None:
        return None
    return dt.datetime.combine(row.date_utc, row.time_utc)


def kst_day(row: HistoryRow) -> dt.date:
    """The Korea day of the launch: the UTC instant plus nine hours.

    Without a time the database's date is taken as it is. It is the UTC date for most rows, so
    for a launch in the Korean morning (the evening before in UTC) this is a day early; the
    events built from such rows say so in their evidence.
    """
    instant = launch_utc(row)
    return row.date_utc if instant is None else (instant + KST_OFFSET).date()


def _place(facility: str | None, gazetteer: Gazetteer) -> Place | None:
    """The gazetteer's place for a facility as the database spells it.

    The exact lookup first; the fuzzy one only as a fallback, for a typo the gazetteer does not
    list yet (it refuses a spelling as close to two places, so it never guesses between them).
    """
    if facility is None:
        return None
    return gazetteer.canonical(facility) or gazetteer.lookup(facility)


def _area_key(facility: str | None, place: Place | None) -> str:
    """What rows must share to be one salvo, besides the day: the launch area.

    The gazetteer's area when the facility is known to it ("South Wonsan" and "Wonsan Kalma
    International Airport" are both Wonsan); the folded name of a facility it does not know; and
    "" for rows whose facility is unknown, which group with each other.
    """
    if place is not None:
        return place.area
    if facility is not None:
        return "?" + name_key(facility)
    return ""


def _row_ranges(numbers: Iterable[int]) -> str:
    """[224, 225, 226, 230] -> "rows 224-226, 230": how the evidence cites database rows."""
    ordered = sorted(set(numbers))
    spans: list[str] = []
    start = previous = ordered[0]
    for number in [*ordered[1:], None]:
        if number is not None and number == previous + 1:
            previous = number
            continue
        spans.append(str(start) if start == previous else f"{start}-{previous}")
        if number is not None:
            start = previous = number
    return ("rows " if len(ordered) > 1 else "row ") + ", ".join(spans)


def salvos(rows: Iterable[HistoryRow], gazetteer: Gazetteer | None = None) -> list[Event]:
    """Group database rows into launch events, one per salvo, in date order.

    A salvo is the rows of one Korea day (``kst_day``) and one launch area (``_area_key``): the
    unit news reports and the labels count as one launch event. A row without a launch time
    whose database date and area are those of timed rows all on one Korea day joins them: it
    is a missile of that salvo whose time the trackers did not record (the database's row 67,
    the third KN-25 of 10 September 2019, is one), and taking its date as the Korea date would
    make it a launch of its own a day early. See ``_salvo_event`` for each field of the event.
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    places: dict[str | None, Place | None] = {}
    keyed: list[tuple[HistoryRow, str]] = []
    for row in rows:
        if row.facility not in places:
            places[row.facility] = _place(row.facility, gaz)
        keyed.append((row, _area_key(row.facility, places[row.facility])))
    # (database date, area) -> the Korea days of its timed rows
    timed_days: dict[tuple[dt.date, str], set[dt.date]] = {}
    for row, area in keyed:
        if row.time_utc is not None:
            timed_days.setdefault((row.date_utc, area), set()).add(kst_day(row))
    groups: dict[tuple[dt.date, str], list[HistoryRow]] = {}
    for row, area in keyed:
        day = kst_day(row)
        if row.time_utc is None:
            days = timed_days.get((row.date_utc, area), set())
            if len(days) == 1:
                day = next(iter(days))
        groups.setdefault((day, area), []).append(row)
    events = [
        (day, min(r.number for r in group), _salvo_event(day, group, places))
        for (day, _), group in groups.items()
    ]
    return [event for _, _, event in sorted(events, key=lambda item: item[:2])]


def _salvo_event(
    day: dt.date, group: list[HistoryRow], places: dict[str | None, Place | None]
) -> Event:
    """The event of one salvo.

    Rows are taken in database order; "first" below means the first such row.

    - date: the Korea day; time_kst/time_utc: the earliest launch time given, as the press
      reports a salvo by when it began.
    - site: the gazetteer's canonical name for the first row's facility; site_text: that
      facility as the database writes it; lat/lon: that row's, else the gazetteer's.
    - missile_class: the most common class among the rows that have one (ties to the earlier
      row); "unknown" only when no row has a class. missile_types: the distinct missile names.
    - count_min = count_max: the number of rows, one per missile.
    - distance_km, apogee_km: the largest given; landing: the first given.
    - evidence: the rows cited ("source"), and a note for each value resting on an assumption.
    """
    rows = sorted(group, key=lambda r: r.number)
    first = rows[0]
    place = places[first.facility]
    evidence = {"source": f"{SOURCE} {_row_ranges(r.number for r in rows)}"}

    timed = [(instant, row) for row in rows if (instant := launch_utc(row)) is not None]
    time_kst = time_utc = None
    if timed:
        instant, _ = min(timed, key=lambda item: item[0])
        time_utc = f"{instant:%Y-%m-%dT%H:%MZ}"
        time_kst = f"{instant + KST_OFFSET:%H:%M}"
    untimed = [row for row in rows if row.time_utc is None]
    if untimed:
        timed_dates = {row.date_utc for _, row in timed}
        joined = [row.number for row in untimed if row.date_utc in timed_dates]
        alone = [row.number for row in untimed if row.date_utc not in timed_dates]
        notes = []
        if joined:
            notes.append(
                f"{_row_ranges(joined)} (no launch time) counted with the timed rows "
                "of the same database date and area"
            )
        if alone:
            verb = "gives" if len(alone) == 1 else "give"
            notes.append(
                f"{_row_ranges(alone)} {verb} no launch time: the Korea date is taken "
                "to be the database's date, mostly the UTC date, so it may be a day "
                "early"
            )
        evidence["date"] = f"{SOURCE} " + "; ".join(notes)

    facilities = list(dict.fromkeys(row.facility for row in rows if row.facility is not None))
    if first.facility is not None and place is None:
        evidence["site"] = f"facility {first.facility!r} is not in the gazetteer"
    elif place is not None and _near_match(first.facility, place):
        evidence["site"] = f"facility {first.facility!r} read as {place.name!r} (near match)"
    if len(facilities) > 1:
        evidence["site_text"] = "facilities of one area on one day: " + "; ".join(
            f"{name} ({_row_ranges(r.number for r in rows if r.facility == name)})"
            for name in facilities
        )

    lat, lon = first.lat, first.lon
    if (lat is None or lon is None) and place is not None:
        lat, lon = place.lat, place.lon

    known = [cls for row in rows if (cls := missile_class(row.missile_type)) != "unknown"]
    cls = Counter(known).most_common(1)[0][0] if known else "unknown"

    landing = next((row.landing for row in rows if row.landing is not None), None)
    if landing is not None and landing.casefold() in _INLAND_LANDINGS:
        evidence["landing"] = f"{SOURCE} gives the landing location {landing!r}"
        landing = "inland"

    return Event(
        role="primary",
        date=day.isoformat(),
        date_precision="day",
        time_kst=time_kst,
        time_utc=time_utc,
        site=place.name if place is not None else None,
        site_text=first.facility,
        lat=lat,
        lon=lon,
        missile_class=cls,
        missile_types=list(
            dict.fromkeys(row.missile_name for row in rows if row.missile_name is not None)
        ),
        count_min=len(rows),
        count_max=len(rows),
        distance_km=max((r.distance_km for r in rows if r.distance_km is not None), default=None),
        apogee_km=max((r.apogee_km for r in rows if r.apogee_km is not None), default=None),
        landing=landing,
        reported_by=[REPORTER],
        evidence=evidence,
    )


def _near_match(facility: str | None, place: Place) -> bool:
    """True when ``facility`` reached ``place`` only by the fuzzy lookup, not by a spelling."""
    if facility is None:
        return False
    key = name_key(facility)
    return all(name_key(name) != key for name in place.names)


def salvo_key(event: Event, gazetteer: Gazetteer | None = None) -> str:
    """The identity of a salvo: ``"cns:<Korea date>:<launch area>"``, e.g. "cns:2024-09-18:Kaechon".

    Importing the database again, or a revised copy, gives each salvo the same key, so an import
    can recognise a salvo it has stored before instead of adding it twice. The area is the
    gazetteer's area of ``event.site`` (the key does not change when a revision names another
    facility of the same area); for a site the gazetteer does not know, the folded facility
    name; "unknown" when the facility is unknown. The key depends only on the date and the
    place, so it can be computed for an event from a news article too, to find the salvo it
    reports. It changes if a revision moves a launch to another Korea day (a launch time added
    to a row that had none) or if the gazetteer moves a site to another area.
    """
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    place = gaz.canonical(event.site) if event.site else None
    if place is None and event.site_text:
        place = _place(event.site_text, gaz)
    if place is not None:
        area = place.area
    elif event.site_text:
        area = name_key(event.site_text)
    else:
        area = "unknown"
    return f"{KEY_PREFIX}:{event.date}:{area}"
