"""The CNS missile test database as the bot imports it: rows read, salvos formed, bad rows named.

Each test states something the import relies on: one salvo is one event however many missiles
it fired, a launch is dated in Korea time as the news dates it, a typo in one row costs that
row only and is reported with its number, and the project's own copy of the database yields
the launches its seed articles report, so the index can merge the two.
"""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from bot.event import MISSILE_CLASSES, Event
from bot.history import (
    HistoryError,
    HistoryRow,
    missile_class,
    parse_km,
    read_history,
    salvo_key,
    salvos,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "history.csv"

HEADER = [
    "F1",
    "Date",
    "Date Entered/Updated",
    "Launch Time (UTC)",
    "Missile Name",
    "Missile Type",
    "Launch Agency/Authority",
    "Facility Name",
    "Facility Location",
    "Other Name",
    "Facility Latitude",
    "Facility Longitude",
    "Landing Location",
    "Apogee",
    "Distance Travelled",
    "Confirmation Status",
    "Test Outcome",
    "Additional Information",
    "Source(s)",
]

KAECHON = ("Kaechon Airbase", "39.752321", "125.899905")
SOUTH_WONSAN = ("South Wonsan", "39.148587", "127.611146")
KALMA = ("Wonsan Kalma International Airport", "39.1677", "127.4817")
HWANGJU = ("Hwangju", "38.686834", "125.702005")


def row(
    number: int,
    date: str,
    time: str = "",
    name: str = "Unknown",
    mtype: str = "Unknown",
    facility: tuple[str, str, str] = KAECHON,
    landing: str = "Sea of Japan or East Sea",
    apogee: str = "Unknown",
    distance: str = "Unknown",
    outcome: str = "Success",
) -> list[str]:
    """One line of the database, in its column order."""
    site, lat, lon = facility
    return [
        str(number),
        date,
        "",
        time,
        name,
        mtype,
        "",
        site,
        "",
        "",
        lat,
        lon,
        landing,
        apogee,
        distance,
        "Confirmed",
        outcome,
        "",
        "",
    ]


def write_csv(tmp_path: Path, rows: list[list[str]], name: str = "cns.csv") -> Path:
    path = tmp_path / name
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def events_of(tmp_path: Path, rows: list[list[str]]) -> list[Event]:
    history = read_history(write_csv(tmp_path, rows))
    assert history.problems == []
    return salvos(history.rows)


# --- salvos -------------------------------------------------------------------------------------


def test_a_salvo_of_three_missiles_is_one_event_counting_three(tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        [
            row(224, "11-Sep-24", "22:10", "KN-25", "SRBM", distance="350 km", apogee="100 km"),
            row(225, "11-Sep-24", "22:12", "KN-25", "SRBM", distance="360 km", apogee="Unknown"),
            row(226, "11-Sep-24", "22:14", "Hwasong-11A (KN-23)", "SRBM", distance="Unknown"),
        ],
    )
    assert len(events) == 1
    event = events[0]
    assert (event.role, event.date, event.date_precision) == ("primary", "2024-09-12", "day")
    assert (event.count_min, event.count_max) == (3, 3)
    assert (event.time_kst, event.time_utc) == ("07:10", "2024-09-11T22:10Z")
    assert event.missile_class == "SRBM"
    assert event.missile_types == ["KN-25", "Hwasong-11A (KN-23)"]
    assert (event.distance_km, event.apogee_km) == (360.0, 100.0)
    assert (event.site, event.site_text) == ("Kaechon Airbase", "Kaechon Airbase")
    assert (event.lat, event.lon) == (39.752321, 125.899905)
    assert event.landing == "Sea of Japan or East Sea"
    assert event.reported_by == ["CNS Missile Test Database"]
    assert event.evidence == {"source": "CNS North Korea Missile Test Database rows 224-226"}


def test_a_late_utc_launch_is_dated_on_the_next_korea_day(tmp_path: Path) -> None:
    (event,) = events_of(tmp_path, [row(227, "17-Sep-24", "21:53", "Hwasong-11-Da-4.5", "SRBM")])
    assert event.date == "2024-09-18"
    assert event.time_kst == "06:53"
    assert event.time_utc == "2024-09-17T21:53Z"
    assert salvo_key(event) == "cns:2024-09-18:Kaechon"


def test_missiles_either_side_of_utc_midnight_are_one_korea_morning(tmp_path: Path) -> None:
    # 7 May 23:10 UTC and 8 May 00:20 UTC are 08:10 and 09:20 on 8 May in Korea.
    (event,) = events_of(
        tmp_path,
        [
            row(236, "7-May-25", "23:10", "KN-25", "SRBM", SOUTH_WONSAN),
            row(238, "8-May-25", "00:20", "Hwasong-11A (KN-23)", "SRBM", SOUTH_WONSAN),
        ],
    )
    assert (event.date, event.time_kst, event.count_min) == ("2025-05-08", "08:10", 2)


def test_the_earliest_time_of_a_salvo_is_its_time(tmp_path: Path) -> None:
    (event,) = events_of(
        tmp_path,
        [
            row(1, "17-Sep-24", "22:23"),
            row(2, "17-Sep-24", "21:53"),
        ],
    )
    assert (event.time_kst, event.time_utc) == ("06:53", "2024-09-17T21:53Z")


def test_two_facilities_of_one_area_on_one_day_are_one_event(tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        [
            row(1, "1-Nov-22", "23:51", facility=SOUTH_WONSAN),
            row(2, "2-Nov-22", "00:05", facility=KALMA),
            row(3, "2-Nov-22", "00:10", facility=KALMA),
        ],
    )
    assert len(events) == 1
    event = events[0]
    assert event.count_min == 3
    assert (event.site, event.site_text) == ("South Wonsan", "South Wonsan")
    assert (event.lat, event.lon) == (39.148587, 127.611146)  # the first row's
    assert salvo_key(event) == "cns:2022-11-02:Wonsan"
    assert event.evidence["site_text"] == (
        "facilities of one area on one day: South Wonsan (row 1); "
        "Wonsan Kalma International Airport (rows 2-3)"
    )


def test_launches_from_two_areas_on_one_day_are_two_events(tmp_path: Path) -> None:
    events = events_of(
        tmp_path,
        [
            row(1, "1-Nov-22", "23:51", facility=SOUTH_WONSAN),
            row(2, "1-Nov-22", "23:55", facility=HWANGJU),
            row(3, "2-Nov-22", "00:10", facility=KALMA),
        ],
    )
    assert [(e.date, e.site, e.count_min) for e in events] == [
        ("2022-11-02", "South Wonsan", 2),
        ("2022-11-02", "Hwangju", 1),
    ]
    assert len({salvo_key(e) for e in events}) == 2


def test_without_a_time_the_database_date_is_the_korea_date_and_evidence_says_so(
    tmp_path: Path,
) -> None:
    (event,) = events_of(
        tmp_path,
        [
            row(2, "10-Mar-16", name="Scud-C", mtype="SRBM", facility=HWANGJU),
            row(3, "10-Mar-16", name="Scud-C", mtype="SRBM", facility=HWANGJU),
        ],
    )
    assert (event.date, event.time_kst, event.time_utc) == ("2016-03-10", None, None)
    assert "rows 2-3 give no launch time" in event.evidence["date"]
    assert "day early" in event.evidence["date"]


def test_an_untimed_missile_joins_the_timed_salvo_of_its_date_and_area(tmp_path: Path) -> None:
    # Database rows 65-67: two KN-25s at 22:00 and 22:12 UTC on 9 September 2019 (10 September
    # in Korea) and a third from the same airbase the same day, without a time.
    (event,) = events_of(
        tmp_path,
        [
            row(65, "9-Sep-19", "22:00", "KN-25", "SRBM"),
            row(66, "9-Sep-19", "22:12", "KN-25", "SRBM"),
            row(67, "9-Sep-19", "", "KN-25", "SRBM", outcome="Failure"),
        ],
    )
    assert (event.date, event.count_min) == ("2019-09-10", 3)
    assert "row 67 (no launch time) counted with the timed rows" in event.evidence["date"]


def test_rows_of_unknown_facility_group_with_each_other_not_with_known_ones(
    tmp_path: Path,
) -> None:
    unknown = ("Unknown", "Unknown", "Unknown")
    events = events_of(
        tmp_path,
        [
            row(1, "17-Apr-19", "01:00", facility=unknown),
            row(2, "17-Apr-19", "01:10", facility=unknown),
            row(3, "17-Apr-19", "01:20", facility=HWANGJU),
        ],
    )
    assert [(e.site, e.site_text, e.count_min) for e in events] == [
        (None, None, 2),
        ("Hwangju", "Hwangju", 1),
    ]
    assert (events[0].lat, events[0].lon) == (None, None)
    assert salvo_key(events[0]) == "cns:2019-04-17:unknown"


def test_a_facility_the_gazetteer_lacks_is_kept_as_written(tmp_path: Path) -> None:
    (event,) = events_of(
        tmp_path, [row(1, "1-Jan-25", "01:00", facility=("Nowhere Launch Pad", "40.0", "126.0"))]
    )
    assert (event.site, event.site_text, event.lat, event.lon) == (
        None,
        "Nowhere Launch Pad",
        40.0,
        126.0,
    )
    assert "not in the gazetteer" in event.evidence["site"]
    assert salvo_key(event) == "cns:2025-01-01:nowherelaunchpad"


def test_coordinates_missing_from_a_row_come_from_the_gazetteer(tmp_path: Path) -> None:
    (event,) = events_of(
        tmp_path, [row(1, "1-Jan-25", "01:00", facility=("Kaechon Airbase", "Unknown", ""))]
    )
    assert event.lat is not None and 39 < event.lat < 40.5
    assert event.lon is not None and 125 < event.lon < 127


def test_the_salvo_class_is_the_most_common_known_class(tmp_path: Path) -> None:
    (event,) = events_of(
        tmp_path,
        [
            row(1, "1-Jan-25", "01:00", "Unknown", "Unknown"),
            row(2, "1-Jan-25", "01:01", "Unknown", "Unknown"),
            row(3, "1-Jan-25", "01:02", "Hwasong-12", "IRBM"),
            row(4, "1-Jan-25", "01:03", "KN-25", "SRBM"),
            row(5, "1-Jan-25", "01:04", "KN-25", "SRBM"),
        ],
    )
    assert event.missile_class == "SRBM"
    assert event.missile_types == ["Hwasong-12", "KN-25"]  # "Unknown" is no name


def test_a_salvo_of_unknown_missiles_has_class_unknown_and_no_types(tmp_path: Path) -> None:
    (event,) = events_of(tmp_path, [row(1, "1-Jan-25", "01:00"), row(2, "1-Jan-25", "01:01")])
    assert (event.missile_class, event.missile_types) == ("unknown", [])


def test_landing_on_north_korean_soil_is_inland(tmp_path: Path) -> None:
    (event,) = events_of(
        tmp_path,
        [
            row(239, "21-Oct-25", "23:10", landing="Unknown"),
            row(240, "21-Oct-25", "23:10", landing="north-korea"),
        ],
    )
    assert event.landing == "inland"
    assert "'north-korea'" in event.evidence["landing"]


@pytest.mark.parametrize(
    ("text", "cls"),
    [
        ("SRBM", "SRBM"),
        ("MRBM", "MRBM"),
        ("IRBM", "IRBM"),
        ("ICBM", "ICBM"),
        ("SLBM", "SLBM"),
        ("SLV", "SLV"),
        ("HGV", "hypersonic"),
        ("Cruise", "cruise"),
        ("ASCM", "cruise"),
        ("LACM", "cruise"),
        ("MLRS", "MLRS"),
        ("Short-range ballistic missile", "SRBM"),
        ("Strategic cruise missile", "cruise"),
        ("Hypersonic glide vehicle", "hypersonic"),
        (None, "unknown"),
        ("Torpedo", "unknown"),
    ],
)
def test_missile_types_map_to_the_project_classes(text: str | None, cls: str) -> None:
    assert missile_class(text) == cls
    assert cls in MISSILE_CLASSES


def test_salvo_key_of_a_news_event_matches_the_database_salvo(tmp_path: Path) -> None:
    (cns,) = events_of(tmp_path, [row(227, "17-Sep-24", "21:53", "Hwasong-11-Da-4.5", "SRBM")])
    news = Event(role="primary", date="2024-09-18", date_precision="day", site="Kaechon")
    assert salvo_key(news) == salvo_key(cns) == "cns:2024-09-18:Kaechon"


# --- reading values -----------------------------------------------------------------------------


def test_unknown_distances_are_none(tmp_path: Path) -> None:
    history = read_history(write_csv(tmp_path, [row(1, "7-Feb-16", "00:29")]))
    (first,) = history.rows
    assert (first.apogee_km, first.distance_km) == (None, None)
    (event,) = salvos(history.rows)
    assert (event.apogee_km, event.distance_km) == (None, None)


@pytest.mark.parametrize(
    ("text", "km"),
    [
        ("500 km", 500.0),
        ("~500 km", 500.0),
        ("500+ km", 500.0),
        ("500km", 500.0),
        ("2,500 km", 2500.0),
        ("2111.5 km", 2111.5),
        ("310 miles", 498.9),
        ("500", 500.0),
        ("about 400 km", 400.0),
        ("1000-1100 km", 1100.0),
        ("Unknown", None),
        ("", None),
        (None, None),
        (450, 450.0),
    ],
)
def test_distances_read_in_kilometres(text: object, km: float | None) -> None:
    assert parse_km(text) == km


@pytest.mark.parametrize("text", ["far", "500 parsecs", "-5 km", float("nan"), -1])
def test_text_that_is_no_distance_is_an_error(text: object) -> None:
    with pytest.raises(ValueError):
        parse_km(text)


def test_a_row_reads_into_values(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path,
        [
            row(
                1,
                "7-Feb-16",
                "00:29",
                "Unha-3",
                "SLV",
                ("Sohae Satellite Launching Station", "39.6596", "124.7057"),
                "Unknown",
                "502 km",
                "2500 km",
            )
        ],
    )
    assert read_history(path).rows == [
        HistoryRow(
            number=1,
            date_utc=dt.date(2016, 2, 7),
            time_utc=dt.time(0, 29),
            missile_name="Unha-3",
            missile_type="SLV",
            facility="Sohae Satellite Launching Station",
            lat=39.6596,
            lon=124.7057,
            landing=None,
            apogee_km=502.0,
            distance_km=2500.0,
            confirmation="Confirmed",
            outcome="Success",
        )
    ]


def test_dates_in_other_spellings(tmp_path: Path) -> None:
    rows = read_history(
        write_csv(
            tmp_path,
            [
                row(1, "2016-02-07"),
                row(2, "07-Feb-2016"),
                row(3, "7-Feb-16"),
            ],
        )
    ).rows
    assert {r.date_utc for r in rows} == {dt.date(2016, 2, 7)}


# --- spreadsheets -------------------------------------------------------------------------------


def test_an_xlsx_reads_the_same_as_the_csv(tmp_path: Path) -> None:
    lines = [
        row(
            1,
            "7-Feb-16",
            "00:29",
            "Unha-3",
            "SLV",
            ("Sohae Satellite Launching Station", "39.6596", "124.7057"),
            "Unknown",
            "502 km",
            "2500 km",
        ),
        row(2, "10-Mar-16", "", "Scud-C", "SRBM", HWANGJU, distance="500 km"),
    ]
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(HEADER)
    for line in lines:
        sheet.append(line)
    workbook.save(tmp_path / "cns.xlsx")
    from_csv = read_history(write_csv(tmp_path, lines))
    from_xlsx = read_history(tmp_path / "cns.xlsx")
    assert from_xlsx == from_csv
    assert len(from_xlsx.rows) == 2


def test_an_xlsx_like_ntis_with_a_title_block_and_real_dates(tmp_path: Path) -> None:
    # NTI's workbook: a title above the header, dates and times as spreadsheet values, numbers.
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["CNS North Korea Missile Test Database"])
    sheet.append([])
    sheet.append(HEADER)
    values: list[object] = list(row(227, "", "", "Hwasong-11-Da-4.5", "SRBM"))
    values[0], values[1], values[3] = 227, dt.datetime(2024, 9, 17), dt.time(21, 53)
    values[10], values[11], values[14] = 39.752321, 125.899905, 400
    sheet.append(values)
    sheet.append([])
    workbook.create_sheet("Notes").append(["not read"])
    workbook.save(tmp_path / "nti.xlsx")
    rows, problems = read_history(tmp_path / "nti.xlsx")
    assert problems == []
    (first,) = rows
    assert (first.number, first.date_utc, first.time_utc) == (
        227,
        dt.date(2024, 9, 17),
        dt.time(21, 53),
    )
    assert (first.lat, first.distance_km) == (39.752321, 400.0)
    (event,) = salvos(rows)
    assert (event.date, event.time_kst) == ("2024-09-18", "06:53")


def test_a_bad_row_of_an_xlsx_is_named_by_its_sheet_row(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["title"])
    sheet.append(HEADER)
    sheet.append(row(1, "7-Feb-16"))
    sheet.append(row(2, "someday"))
    workbook.save(tmp_path / "cns.xlsx")
    rows, problems = read_history(tmp_path / "cns.xlsx")
    assert [r.number for r in rows] == [1]
    assert [str(p) for p in problems] == [
        f"{tmp_path / 'cns.xlsx'}: row 4: Date 'someday' is not a date (row skipped)"
    ]


# --- bad input ----------------------------------------------------------------------------------


def test_a_malformed_row_is_reported_with_its_number_and_the_rest_imported(
    tmp_path: Path,
) -> None:
    path = write_csv(
        tmp_path,
        [
            row(1, "7-Feb-16", "00:29"),
            row(2, "31-Feb-16", "00:29"),  # no such day
            row(3, "10-Mar-16", "25:61"),  # no such time
            row(4, "10-Mar-16", "01:00", distance="far"),  # kept, distance left empty
            row(5, "10-Mar-16", "01:05"),
        ],
    )
    rows, problems = read_history(path)
    assert [r.number for r in rows] == [1, 4, 5]
    assert rows[1].distance_km is None
    assert [str(p) for p in problems] == [
        f"{path}: row 3: Date '31-Feb-16' is not a date (row skipped)",
        f"{path}: row 4: Launch Time (UTC) '25:61' is not a time of day (row skipped)",
        f"{path}: row 5: Distance Travelled 'far' is not understood (left empty)",
    ]
    assert all("\n" not in str(p) for p in problems)
    assert [p.row for p in problems] == [3, 4, 5]
    assert len(salvos(rows)) == 2


def test_a_row_without_a_number_is_reported_and_skipped(tmp_path: Path) -> None:
    unnumbered = row(0, "8-Feb-16")
    unnumbered[0] = "n/a"
    path = write_csv(tmp_path, [row(1, "7-Feb-16"), unnumbered])
    rows, problems = read_history(path)
    assert [r.number for r in rows] == [1]
    assert [str(p) for p in problems] == [
        f"{path}: row 3: F1 'n/a' is not a whole number (row skipped)"
    ]


def test_a_duplicated_number_is_reported_and_skipped(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [row(1, "7-Feb-16", "00:29"), row(1, "8-Feb-16", "00:29")])
    rows, problems = read_history(path)
    assert [r.date_utc.day for r in rows] == [7]
    assert [str(p) for p in problems] == [
        f"{path}: row 3: number 1 is already row 2's (row skipped)"
    ]


def test_empty_rows_are_skipped_silently(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [row(1, "7-Feb-16"), [""] * len(HEADER), [], row(2, "8-Feb-16")])
    rows, problems = read_history(path)
    assert ([r.number for r in rows], problems) == ([1, 2], [])


def test_a_file_without_the_header_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "launches.csv"
    path.write_text("when,what\n2016-02-07,Unha-3\n", encoding="utf-8")
    with pytest.raises(HistoryError, match=r"launches\.csv: no header row with 'Date' and "):
        read_history(path)


def test_a_header_missing_a_required_column_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "cns.csv"
    path.write_text("F1,Date,Missile Name,Missile Type\n1,7-Feb-16,Unha-3,SLV\n", encoding="utf-8")
    with pytest.raises(HistoryError, match=r"lacks column.*Facility Name"):
        read_history(path)


def test_unreadable_files_are_errors_naming_them(tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match=r"expected \.csv or \.xlsx"):
        read_history(tmp_path / "cns.xls")
    with pytest.raises(HistoryError, match=r"missing\.csv"):
        read_history(tmp_path / "missing.csv")
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    with pytest.raises(HistoryError, match=r"fake\.xlsx: not a readable \.xlsx workbook"):
        read_history(fake)


def test_a_note_over_several_lines_is_one_cell_and_rows_keep_their_numbers(
    tmp_path: Path,
) -> None:
    noted = row(1, "7-Feb-16")
    noted[17] = "First line of a note.\nSecond line."
    path = write_csv(tmp_path, [noted, row(2, "bad date")])
    rows, problems = read_history(path)
    assert [r.number for r in rows] == [1]
    assert [p.row for p in problems] == [3]


def test_a_csv_saved_by_excel_with_a_bom_reads(tmp_path: Path) -> None:
    path = write_csv(tmp_path, [row(1, "7-Feb-16")])
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert [r.number for r in read_history(path).rows] == [1]


# --- the project's copy of the database --------------------------------------------------------


@pytest.fixture(scope="module")
def seed_events() -> list[Event]:
    rows, problems = read_history(SEED)
    assert problems == []
    assert len(rows) == 241
    return salvos(rows)


def test_the_seed_yields_the_launches_the_seed_articles_report(seed_events: list[Event]) -> None:
    by_key = {salvo_key(event): event for event in seed_events}
    kaechon = by_key["cns:2024-09-18:Kaechon"]
    assert (kaechon.date, kaechon.site, kaechon.missile_class) == (
        "2024-09-18",
        "Kaechon Airbase",
        "SRBM",
    )
    assert (kaechon.time_kst, kaechon.distance_km) == ("06:53", 400.0)
    wonsan = by_key["cns:2025-05-08:Wonsan"]
    assert (wonsan.date, wonsan.site, wonsan.count_min) == ("2025-05-08", "South Wonsan", 3)
    assert (wonsan.time_kst, wonsan.distance_km) == ("08:10", 800.0)


def test_the_seed_salvos_have_distinct_stable_keys(seed_events: list[Event]) -> None:
    keys = [salvo_key(event) for event in seed_events]
    assert len(keys) == len(set(keys)) == 130
    assert keys == [salvo_key(event) for event in salvos(read_history(SEED).rows)]
    assert sum(event.count_min or 0 for event in seed_events) == 241
    assert [e.date for e in seed_events] == sorted(e.date for e in seed_events)
    assert all(e.missile_class in MISSILE_CLASSES for e in seed_events)
