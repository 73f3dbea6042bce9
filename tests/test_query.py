"""The /launches query language as analysts type it: periods, places, missiles, and mistakes.

Every row of the table pins the clock, so each expected date is checkable by hand. The pinned
"now" is Thursday 2025-05-22 10:00 KST unless a row says otherwise.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from typing import Any

import pytest

from bot.query import (
    EXAMPLES,
    GRAMMAR,
    KST,
    MAX_LENGTH,
    Query,
    QueryError,
    help_text,
    parse_query,
)

NOW = dt.datetime(2025, 5, 22, 10, 0, tzinfo=KST)  # a Thursday
D = dt.date

WONSAN_AREA = (
    "Wonsan", "Kalma", "South Wonsan", "Hodo Peninsula", "Munchon", "Sangum-ri", "Kittaeryong",
    "Yonghung Bay",
)  # fmt: skip
KAECHON = {"areas": ("Kaechon",), "places": ("Kaechon", "Kaechon Airbase", "Lake Yonpung")}
SINPO = {"areas": ("Sinpo",), "places": ("Sinpo", "Kyongpho", "Sinpo Shipyard", "Mayang Island")}
SOHAE = {"areas": ("Tongchang-ri",), "places": ("Tongchang-ri",)}


def q(text: str, now: dt.datetime = NOW, tz: dt.tzinfo = KST) -> Query:
    return parse_query(text, now, tz)


def period(start: dt.date | None, end: dt.date | None, said: str) -> dict[str, Any]:
    return {"start": start, "end": end, "period": said}


# (query, pinned now, the fields expected). A field a row does not name must keep its default;
# notes are checked by the tests further down.
TABLE: list[tuple[str, dt.datetime, dict[str, Any]]] = [
    # --- rolling windows: same day N units ago through today -----------------------------------
    ("last 30d", NOW, period(D(2025, 4, 22), D(2025, 5, 22), "last 30 days")),
    ("last 30 days", NOW, period(D(2025, 4, 22), D(2025, 5, 22), "last 30 days")),
    ("Last 7 Days", NOW, period(D(2025, 5, 15), D(2025, 5, 22), "last 7 days")),
    ("last 1 day", NOW, period(D(2025, 5, 21), D(2025, 5, 22), "last 1 day")),
    ("past 2 weeks", NOW, period(D(2025, 5, 8), D(2025, 5, 22), "last 2 weeks")),
    ("last 2w", NOW, period(D(2025, 5, 8), D(2025, 5, 22), "last 2 weeks")),
    ("last 3 months", NOW, period(D(2025, 2, 22), D(2025, 5, 22), "last 3 months")),
    (
        "past 3 months",
        dt.datetime(2025, 5, 31, 12, tzinfo=KST),
        period(D(2025, 2, 28), D(2025, 5, 31), "last 3 months"),
    ),
    ("last 2 years", NOW, period(D(2023, 5, 22), D(2025, 5, 22), "last 2 years")),
    ("last 24 hours", NOW, period(D(2025, 5, 21), D(2025, 5, 22), "last 24 hours")),
    ("in the last 30 days", NOW, period(D(2025, 4, 22), D(2025, 5, 22), "last 30 days")),
    ("past month", NOW, period(D(2025, 4, 22), D(2025, 5, 22), "last 30 days")),
    ("past week", NOW, period(D(2025, 5, 15), D(2025, 5, 22), "last 7 days")),
    ("past year", NOW, period(D(2024, 5, 22), D(2025, 5, 22), "last 365 days")),
    # --- calendar units --------------------------------------------------------------------------
    ("last month", NOW, period(D(2025, 4, 1), D(2025, 4, 30), "last month")),
    (
        "last month",
        dt.datetime(2025, 1, 15, 9, tzinfo=KST),
        period(D(2024, 12, 1), D(2024, 12, 31), "last month"),
    ),
    ("last week", NOW, period(D(2025, 5, 12), D(2025, 5, 18), "last week")),
    ("last year", NOW, period(D(2024, 1, 1), D(2024, 12, 31), "last year")),
    ("this year", NOW, period(D(2025, 1, 1), D(2025, 5, 22), "this year")),
    ("this month", NOW, period(D(2025, 5, 1), D(2025, 5, 22), "this month")),
    ("this week", NOW, period(D(2025, 5, 19), D(2025, 5, 22), "this week")),
    ("today", NOW, period(D(2025, 5, 22), D(2025, 5, 22), "today")),
    ("yesterday", NOW, period(D(2025, 5, 21), D(2025, 5, 21), "yesterday")),
    ("last Monday", NOW, period(D(2025, 5, 19), D(2025, 5, 19), "last Monday")),
    ("Thursday", NOW, period(D(2025, 5, 22), D(2025, 5, 22), "2025-05-22")),
    ("last March", NOW, period(D(2025, 3, 1), D(2025, 3, 31), "last March")),
    ("last May", NOW, period(D(2024, 5, 1), D(2024, 5, 31), "last May")),
    # --- years, months, days -------------------------------------------------------------------
    ("in 2024", NOW, period(D(2024, 1, 1), D(2024, 12, 31), "2024")),
    ("2024", NOW, period(D(2024, 1, 1), D(2024, 12, 31), "2024")),
    ("in May 2024", NOW, period(D(2024, 5, 1), D(2024, 5, 31), "May 2024")),
    ("May 2024", NOW, period(D(2024, 5, 1), D(2024, 5, 31), "May 2024")),
    ("2024-02", NOW, period(D(2024, 2, 1), D(2024, 2, 29), "February 2024")),
    ("in June", NOW, period(D(2024, 6, 1), D(2024, 6, 30), "June 2024")),
    ("on 2025-03-03", NOW, period(D(2025, 3, 3), D(2025, 3, 3), "2025-03-03")),
    ("March 3 2025", NOW, period(D(2025, 3, 3), D(2025, 3, 3), "2025-03-03")),
    ("March 3rd, 2025", NOW, period(D(2025, 3, 3), D(2025, 3, 3), "2025-03-03")),
    ("3/3/2025", NOW, period(D(2025, 3, 3), D(2025, 3, 3), "2025-03-03")),
    ("3 March", NOW, period(D(2025, 3, 3), D(2025, 3, 3), "2025-03-03")),
    ("May 23", NOW, period(D(2024, 5, 23), D(2024, 5, 23), "2024-05-23")),
    # --- since, after, before, until -------------------------------------------------------------
    ("since May", NOW, period(D(2025, 5, 1), D(2025, 5, 22), "since 2025-05-01")),
    (
        "since May",
        dt.datetime(2025, 4, 10, 9, tzinfo=KST),
        period(D(2024, 5, 1), D(2025, 4, 10), "since 2024-05-01"),
    ),
    ("since 2025-03-01", NOW, period(D(2025, 3, 1), D(2025, 5, 22), "since 2025-03-01")),
    ("since March 2022", NOW, period(D(2022, 3, 1), D(2025, 5, 22), "since 2022-03-01")),
    ("since 2022", NOW, period(D(2022, 1, 1), D(2025, 5, 22), "since 2022-01-01")),
    ("since Monday", NOW, period(D(2025, 5, 19), D(2025, 5, 22), "since 2025-05-19")),
    ("since yesterday", NOW, period(D(2025, 5, 21), D(2025, 5, 22), "since 2025-05-21")),
    ("after 2023", NOW, period(D(2024, 1, 1), D(2025, 5, 22), "after 2023")),
    ("before 2020", NOW, period(None, D(2019, 12, 31), "before 2020")),
    ("before May 2024", NOW, period(None, D(2024, 4, 30), "before May 2024")),
    ("until March 2021", NOW, period(None, D(2021, 3, 31), "until March 2021")),
    # --- ranges --------------------------------------------------------------------------------
    (
        "between March and May 2025",
        NOW,
        period(D(2025, 3, 1), D(2025, 5, 31), "March 2025 to May 2025"),
    ),
    (
        "between November and February 2025",
        NOW,
        period(D(2024, 11, 1), D(2025, 2, 28), "November 2024 to February 2025"),
    ),
    (
        "from 2024-01-01 to 2024-06-30",
        NOW,
        period(D(2024, 1, 1), D(2024, 6, 30), "2024-01-01 to 2024-06-30"),
    ),
    ("2020 to 2022", NOW, period(D(2020, 1, 1), D(2022, 12, 31), "2020 to 2022")),
    ("between 2017 and 2022", NOW, period(D(2017, 1, 1), D(2022, 12, 31), "2017 to 2022")),
    # --- latest and count ----------------------------------------------------------------------
    ("last launch", NOW, {"latest": 1}),
    ("last 5 launches", NOW, {"latest": 5}),
    ("the last 3 launches", NOW, {"latest": 3}),
    ("most recent launch", NOW, {"latest": 1}),
    ("last Wonsan launch", NOW, {"latest": 1, "areas": ("Wonsan",), "places": WONSAN_AREA}),
    ("latest ICBM", NOW, {"latest": 1, "classes": ("ICBM",)}),
    ("last ICBM", NOW, {"latest": 1, "classes": ("ICBM",)}),
    (
        "how many launches in 2024",
        NOW,
        {"count": True, **period(D(2024, 1, 1), D(2024, 12, 31), "2024")},
    ),
    (
        "count ICBM since 2022",
        NOW,
        {
            "count": True,
            "classes": ("ICBM",),
            **period(D(2022, 1, 1), D(2025, 5, 22), "since 2022-01-01"),
        },
    ),
    # --- places ----------------------------------------------------------------------------------
    ("Wonsan", NOW, {"areas": ("Wonsan",), "places": WONSAN_AREA}),
    ("launches from Kalma", NOW, {"areas": ("Wonsan",), "places": WONSAN_AREA}),
    ("Wonsn", NOW, {"areas": ("Wonsan",), "places": WONSAN_AREA}),
    ("Kaech'on", NOW, KAECHON),
    ("Kaech’ŏn", NOW, KAECHON),
    ("Kaechn", NOW, KAECHON),
    ("Sohae", NOW, SOHAE),
    ("Sohae Satellite Launching Station", NOW, SOHAE),
    ("the Sinpo area", NOW, SINPO),
    # --- classes and designations ----------------------------------------------------------------
    ("ICBM", NOW, {"classes": ("ICBM",)}),
    ("ICBMs", NOW, {"classes": ("ICBM",)}),
    ("intercontinental", NOW, {"classes": ("ICBM",)}),
    ("cruise missiles", NOW, {"classes": ("cruise",)}),
    ("SLBM", NOW, {"classes": ("SLBM",)}),
    ("submarine-launched", NOW, {"classes": ("SLBM",)}),
    ("short-range", NOW, {"classes": ("SRBM",)}),
    ("SRBM", NOW, {"classes": ("SRBM",)}),
    ("satellite launches", NOW, {"classes": ("SLV",)}),
    ("SLV", NOW, {"classes": ("SLV",)}),
    ("hypersonic", NOW, {"classes": ("hypersonic",)}),
    ("rocket launchers", NOW, {"classes": ("MLRS",)}),
    ("MLRS", NOW, {"classes": ("MLRS",)}),
    ("IRBM", NOW, {"classes": ("IRBM",)}),
    ("MRBM", NOW, {"classes": ("MRBM",)}),
    ("KN-23", NOW, {"types": ("KN-23",)}),
    ("KN23", NOW, {"types": ("KN-23",)}),
    ("Hwasong 18", NOW, {"types": ("Hwasong-18",)}),
    ("hwasong18", NOW, {"types": ("Hwasong-18",)}),
    ("Hwaseong-17", NOW, {"types": ("Hwasong-17",)}),
    # --- together, in any order ------------------------------------------------------------------
    (
        "KN-23 this year",
        NOW,
        {"types": ("KN-23",), **period(D(2025, 1, 1), D(2025, 5, 22), "this year")},
    ),
    (
        "this year KN-23",
        NOW,
        {"types": ("KN-23",), **period(D(2025, 1, 1), D(2025, 5, 22), "this year")},
    ),
    (
        "show me all cruise missile launches from Wonsan in 2024 please",
        NOW,
        {
            "classes": ("cruise",),
            "areas": ("Wonsan",),
            "places": WONSAN_AREA,
            **period(D(2024, 1, 1), D(2024, 12, 31), "2024"),
        },
    ),
    (
        "last 3 SLBM launches from Sinpo",
        NOW,
        {"latest": 3, "classes": ("SLBM",), **SINPO},
    ),
    (
        "what were the North Korean ICBM tests last year?",
        NOW,
        {"classes": ("ICBM",), **period(D(2024, 1, 1), D(2024, 12, 31), "last year")},
    ),
    (
        "Sohae SLV since 2022",
        NOW,
        {"classes": ("SLV",), **SOHAE, **period(D(2022, 1, 1), D(2025, 5, 22), "since 2022-01-01")},
    ),
    ("help", NOW, {"help": True}),
    ("?", NOW, {"help": True}),
    ("", NOW, {}),
    ("   ", NOW, {}),
    ("launches", NOW, {}),
]


@pytest.mark.parametrize(
    ("text", "now", "expected"), TABLE, ids=[row[0] or "<empty>" for row in TABLE]
)
def test_table(text: str, now: dt.datetime, expected: dict[str, Any]) -> None:
    """Every field equals the row's value, or the default if the row names none; notes aside."""
    got = dataclasses.asdict(q(text, now))
    want = {**dataclasses.asdict(Query()), **expected}
    got.pop("notes")
    want.pop("notes")
    assert got == want


def test_table_covers_forty_rows() -> None:
    assert len(TABLE) >= 40


# --- the grammar table, its examples and the help ----------------------------------------------


@pytest.mark.parametrize("example", EXAMPLES)
def test_every_example_parses(example: str) -> None:
    query = q(example)
    assert query != Query() or example == ""


def test_help_text_is_generated_from_the_grammar() -> None:
    text = help_text()
    for example in EXAMPLES:
        assert f"`{example}`" in text
    for form in GRAMMAR:
        assert form.form in text and form.meaning in text
    assert parse_query.__doc__ is not None
    assert all(form.form in parse_query.__doc__ for form in GRAMMAR)


def test_examples_cover_the_briefs_forms() -> None:
    for needed in ("last 30d", "since May", "last Wonsan launch", "Wonsn", "KN-23 this year"):
        assert needed in EXAMPLES


def test_help_wins_over_anything_else() -> None:
    assert q("help me with xyzzy") == Query(help=True)
    assert q("help").describe() == "Help"


# --- conventions stated in the module doc --------------------------------------------------------


def test_last_30d_is_thirty_days_back_through_today_inclusive() -> None:
    query = q("last 30d", dt.datetime(2025, 5, 22, 10, 0, tzinfo=KST))
    assert (query.start, query.end) == (D(2025, 4, 22), D(2025, 5, 22))


def test_fast_path_gives_what_the_full_grammar_gives() -> None:
    # Markup forces the full path; the answer must not depend on which path read it.
    assert q("last 30d") == q("<@U123> last 30d") == q("last 30 days from")


def test_last_as_period_or_latest() -> None:
    assert q("last week").latest is None and q("last week").period == "last week"
    assert q("last 2 weeks").latest is None
    assert q("last 2 launches").latest == 2 and q("last 2 launches").period is None
    assert q("last Sohae launch").latest == 1
    assert q("last May").latest is None


def test_yesterday_depends_on_the_askers_zone() -> None:
    now = dt.datetime(2025, 5, 22, 1, 0, tzinfo=KST)  # 2025-05-21 12:00 in UTC-4
    assert q("yesterday", now).start == D(2025, 5, 21)
    new_york = dt.timezone(dt.timedelta(hours=-4))
    query = q("yesterday", now, new_york)
    assert (query.start, query.end) == (D(2025, 5, 20), D(2025, 5, 20))
    assert q("today", now, new_york).start == D(2025, 5, 21)


def test_a_naive_now_is_taken_in_the_askers_zone() -> None:
    assert q("today", dt.datetime(2025, 5, 22, 1, 0)).start == D(2025, 5, 22)


def test_province_covers_every_place_in_it() -> None:
    query = q("Kangwon")
    assert query.areas == ("Kangwon",)
    assert {"Kangwon", "Wonsan", "Kalma", "Yonghung Bay", "Tongchon"} <= set(query.places)
    assert "Sinpo" not in query.places


def test_several_places_and_kinds_are_alternatives() -> None:
    query = q("Wonsan or Sinpo ICBM and KN-23")
    assert query.areas == ("Wonsan", "Sinpo")
    assert query.classes == ("ICBM",) and query.types == ("KN-23",)


# --- describe ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Wonsan last 30d", "Launches from Wonsan, 2025-04-22 to 2025-05-22 (last 30 days)"),
        ("latest ICBM", "ICBM launches, latest 1"),
        ("KN-23 this year", "Launches of KN-23 in 2025 (this year)"),
        ("", "All launches"),
        ("in 2024", "Launches in 2024"),
        ("yesterday", "Launches on 2025-05-21 (yesterday)"),
        ("last month", "Launches in April 2025 (last month)"),
        ("since May", "Launches since 2025-05-01"),
        ("before 2020", "Launches up to 2019-12-31 (before 2020)"),
        ("how many cruise missiles from Wonsan in 2024",
         "Number of cruise missile launches from Wonsan in 2024"),
        ("from 2024-01-01 to 2024-06-30", "Launches, 2024-01-01 to 2024-06-30"),
        ("help", "Help"),
    ],
)  # fmt: skip
def test_describe(text: str, line: str) -> None:
    assert q(text).describe() == line


# --- typos and ambiguity -------------------------------------------------------------------------


def test_typos_are_read_and_noted() -> None:
    assert q("Wonsn").notes == ("Wonsn: read as Wonsan",)
    assert q("Kaechn").notes == ("Kaechn: read as Kaechon",)
    query = q("Hwasng 18")
    assert query.types == ("Hwasong-18",)
    assert query.notes == ("Hwasng 18: read as Hwasong-18",)


def test_a_typo_does_not_swallow_the_next_word() -> None:
    query = q("Wonsn ICBM")
    assert query.areas == ("Wonsan",) and query.classes == ("ICBM",)


def test_variants_and_areas_are_noted() -> None:
    assert q("Sohae").notes == ("Sohae: read as Tongchang-ri",)
    assert q("Kalma").notes == ("Kalma: searched as part of the Wonsan area",)
    assert q("Wonsan").notes == ()


def test_place_or_missile_takes_the_better_reading_and_says_so() -> None:
    missile = q("Musudan")
    assert missile.types == ("Musudan",) and missile.areas == ()
    assert missile.notes == (
        "Musudan: could be the missile Musudan or the place Tonghae (site); "
        "took the missile Musudan",
    )
    place = q("Musudan-ri")
    assert place.areas == ("Tonghae",) and place.types == ()
    assert "took the place Tonghae (site)" in place.notes[0]
    assert "the missile Musudan" in place.notes[0]


def test_two_places_equally_close_take_one_and_say_which() -> None:
    query = q("Sanchon")  # one letter from Sunchon, Sonchon and Tanchon
    assert query.areas == ("Sunchon",)
    (note,) = query.notes
    assert note.startswith("Sanchon: could be the place Sunchon (city)")
    assert "Sonchon" in note and "Tanchon" in note
    assert note.endswith("took the place Sunchon (city)")


def test_calendar_last_month_is_noted() -> None:
    assert q("last month").notes == (
        "last month: the calendar month April 2025; say 'past month' for the last 30 days",
    )


# --- errors --------------------------------------------------------------------------------------


def test_unknown_word_raises_with_suggestions() -> None:
    with pytest.raises(QueryError) as caught:
        q("Chollma launches last year")
    err = caught.value
    assert err.message == "I don't know 'Chollma'."
    assert len(err.suggestions) == 3
    assert "Chollima-1" in err.suggestions
    assert str(err).startswith("I don't know 'Chollma'. Did you mean ")
    assert "\n" not in str(err)


def test_unknown_word_is_never_ignored() -> None:
    with pytest.raises(QueryError, match="xyz"):
        q("ICBM xyz 2024")


def test_misspelt_grammar_word_suggests_it() -> None:
    with pytest.raises(QueryError) as caught:
        q("yesterdya")
    assert "yesterday" in caught.value.suggestions


def test_a_number_alone_suggests_both_readings() -> None:
    with pytest.raises(QueryError) as caught:
        q("5 launches")
    assert caught.value.suggestions == ("last 5 launches", "last 5 days")


def test_a_grammar_word_without_its_date_shows_examples() -> None:
    with pytest.raises(QueryError) as caught:
        q("since Wonsan")
    assert caught.value.message == "I can't read 'since' here."
    assert "since May" in caught.value.suggestions


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("since 2030", "has not begun"),
        ("on 2025-06-01", "has not begun"),
        ("2024 last 30 days", "two periods"),
        ("from 2025-05-01 to 2025-03-01", "ends before it begins"),
        ("2025-02-30", "not a date"),
        ("last 0 days", "empty period"),
        ("last 99999999 days", "too far back"),
        ("last 0 launches", "no launches"),
    ],
)
def test_impossible_periods_are_friendly_errors(text: str, fragment: str) -> None:
    with pytest.raises(QueryError, match=fragment):
        q(text)


def test_two_years_with_and_are_not_a_range() -> None:
    with pytest.raises(QueryError, match="two periods"):
        q("in 2020 and 2022")


# --- hostile and messy input ---------------------------------------------------------------------


def test_a_huge_query_is_refused_fast() -> None:
    text = "Wonsan " * 1500  # 10,500 characters
    started = time.perf_counter()
    with pytest.raises(QueryError, match="too long"):
        q(text)
    assert time.perf_counter() - started < 0.1


def test_length_cap_is_on_the_cleaned_text() -> None:
    ok = ("ICBM " * 60).strip()
    assert len(ok) < MAX_LENGTH and q(ok).classes == ("ICBM",)
    with pytest.raises(QueryError, match="too long"):
        q("ICBM " * 61 + "x" * 10)


def test_control_characters_are_stripped() -> None:
    assert q("last\x00 30d\x07") == q("last 30d")
    assert q("Won\u200bsan\n\tlast 30d").areas == ("Wonsan",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("<@U123> last 30d", {"period": "last 30 days"}),
        ("<@U123|alice> ICBM", {"classes": ("ICBM",)}),
        ("<#C123|general> ICBM", {"classes": ("ICBM",)}),
        ("<http://x.y|Wonsan> launches", {"areas": ("Wonsan",)}),
        ("ICBM <https://kcna.kp>", {"classes": ("ICBM",)}),
        ("<!here> SLBM &amp; ICBM", {"classes": ("SLBM", "ICBM")}),
        ("*ICBM* _since_ `2022`", {"classes": ("ICBM",), "period": "since 2022-01-01"}),
    ],
)
def test_slack_markup_is_stripped(text: str, expected: dict[str, Any]) -> None:
    query = q(text)
    for name, value in expected.items():
        assert getattr(query, name) == value


def test_query_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        q("ICBM").count = True  # type: ignore[misc]
