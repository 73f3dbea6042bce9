"""The scorer behind `launches eval`: the numbers and miss lines a developer acts on."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from bot.evaluate import FIELDS, Miss, load_gold, score


def event(role: str = "primary", date: str = "2024-09-18", **fields: Any) -> dict[str, Any]:
    """A gold-format event; precision follows the date's shape, as in the corpus."""
    precision = {10: "day", 7: "month", 4: "year"}[len(date)]
    base: dict[str, Any] = {
        "role": role,
        "date": date,
        "date_precision": precision,
        "time_kst": None,
        "time_utc": None,
        "site": None,
        "site_text": None,
        "missile_class": "unknown",
        "missile_types": [],
        "count_min": None,
        "count_max": None,
        "distance_km": None,
        "apogee_km": None,
        "landing": None,
        "reported_by": [],
    }
    base.update(fields)
    return base


KAECHON = event(
    "primary",
    "2024-09-18",
    time_kst="06:50",
    time_utc="2024-09-17T21:50Z",
    site="Kaechon",
    missile_class="SRBM",
    missile_types=["Hwasong-11"],
    count_min=2,
    count_max=None,
    distance_km=400,
    apogee_km=None,
)


def with_(base: dict[str, Any], **changes: Any) -> dict[str, Any]:
    return {**base, **changes}


def field_misses(report: Any) -> dict[str, Miss]:
    return {m.field: m for m in report.misses if m.kind == "field"}


# --- whole-report behaviour -------------------------------------------------------------------


def test_perfect_prediction_scores_one_everywhere() -> None:
    gold = [KAECHON, event("background", "2024-07-01"), event("background", "2023")]
    report = score([("a", gold, [dict(e) for e in gold]), ("neg", [], [])])
    assert report.articles == 2
    assert report.negatives == 1
    assert report.false_alarms == 0
    for prf in (report.primary, report.background):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert all(report.accuracy(name) == 1.0 for name in FIELDS)
    assert report.fields == {name: (1, 1) for name in FIELDS}
    assert report.misses == []
    assert "Misses: none" in report.to_text()


def test_nothing_to_find_and_nothing_found_is_not_a_zero() -> None:
    report = score([("neg", [], [])])
    assert report.primary.f1 == 1.0
    assert report.background.f1 == 1.0
    assert report.accuracy("distance") == 1.0


def test_date_one_day_off_is_a_missed_and_a_spurious_primary_wrong_on_every_field() -> None:
    report = score([("a", [KAECHON], [with_(KAECHON, date="2024-09-17")])])
    assert (report.primary.tp, report.primary.fp, report.primary.fn) == (0, 1, 1)
    assert report.primary.f1 == 0.0
    assert report.fields == {name: (0, 1) for name in FIELDS}
    kinds = [m.kind for m in report.misses]
    assert kinds == ["missed primary", "spurious primary"]
    assert report.false_alarms == 0  # the article does report a launch


def test_missed_primary_lowers_every_field_not_just_recall() -> None:
    items = [("a", [KAECHON], [KAECHON]), ("b", [with_(KAECHON, date="2024-01-14")], [])]
    report = score(items)
    assert report.fields == {name: (1, 2) for name in FIELDS}
    assert report.accuracy("site") == 0.5


def test_roles_do_not_cross() -> None:
    predicted = with_(KAECHON, role="background")
    report = score([("a", [KAECHON], [predicted])])
    assert (report.primary.tp, report.primary.fn) == (0, 1)
    assert (report.background.tp, report.background.fp) == (0, 1)


# --- date matching ----------------------------------------------------------------------------


def test_month_gold_background_matched_by_a_day_in_that_month() -> None:
    gold = [KAECHON, event("background", "2023-11")]
    report = score([("a", gold, [KAECHON, event("background", "2023-11-21")])])
    assert (report.background.tp, report.background.fp, report.background.fn) == (1, 0, 0)


def test_year_gold_matched_by_a_month_in_that_year() -> None:
    report = score([("a", [event("background", "2023")], [event("background", "2023-07")])])
    assert report.background.tp == 1


def test_day_in_another_month_does_not_match_a_month_gold() -> None:
    report = score([("a", [event("background", "2023-11")], [event("background", "2023-12-01")])])
    assert (report.background.tp, report.background.fp, report.background.fn) == (0, 1, 1)


def test_coarser_prediction_never_matches_a_day_gold() -> None:
    report = score([("a", [event("background", "2023-11-21")], [event("background", "2023-11")])])
    assert report.background.tp == 0
    report = score([("a", [KAECHON], [with_(KAECHON, date="2024-09")])])
    assert report.primary.tp == 0


def test_matching_is_one_to_one_and_prefers_exact_dates() -> None:
    # The predicted 07-05 belongs to the gold 07-05; 07-10 is left to stand for "July".
    gold = [event("background", "2024-07"), event("background", "2024-07-05")]
    pred = [event("background", "2024-07-05"), event("background", "2024-07-10")]
    report = score([("a", gold, pred)])
    assert (report.background.tp, report.background.fp, report.background.fn) == (2, 0, 0)

    # Two predictions on one gold day: one matches, the other is spurious.
    report = score([("a", [event("background", "2024-07-05")], pred[:1] * 2)])
    assert (report.background.tp, report.background.fp, report.background.fn) == (1, 1, 0)


def test_matching_finds_the_most_pairs_whatever_the_order() -> None:
    gold = [event("background", "2024"), event("background", "2024-07")]
    pred = [event("background", "2024-07-05"), event("background", "2024-03-01")]
    report = score([("a", gold, pred)])
    assert report.background.tp == 2


def test_primary_month_gold_matched_by_a_day_has_the_date_field_wrong() -> None:
    gold = with_(KAECHON, date="2024-09", date_precision="month")
    report = score([("a", [gold], [KAECHON])])
    assert report.primary.tp == 1
    assert report.fields["date"] == (0, 1)
    assert report.fields["site"] == (1, 1)


# --- fields -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "got", "ok"),
    [
        (400, 400, True),
        (400, 420, True),  # exactly 5%
        (400, 381.0, True),
        (400, 440, False),  # 10%
        (400, 360, False),
        (None, None, True),
        (400, None, False),
        (None, 400, False),
    ],
)
def test_distance_and_apogee_within_five_percent(gold: Any, got: Any, ok: bool) -> None:
    for key, name in (("distance_km", "distance"), ("apogee_km", "apogee")):
        report = score([("a", [with_(KAECHON, **{key: gold})], [with_(KAECHON, **{key: got})])])
        assert report.fields[name] == ((1 if ok else 0), 1), (name, gold, got)


def test_each_field_is_judged_on_its_own() -> None:
    predicted = with_(
        KAECHON,
        time_kst="06:40",
        site="Pyongyang",
        missile_class="unknown",
        missile_types=["Hwasong-11", "KN-23"],
        count_min=2,
        count_max=2,
        distance_km=249,
    )
    report = score([("a", [KAECHON], [predicted])])
    assert report.primary.tp == 1
    wrong = field_misses(report)
    assert set(wrong) == {"time", "site", "class", "types", "count", "distance"}
    assert report.fields["date"] == (1, 1)
    assert report.fields["apogee"] == (1, 1)
    assert (wrong["time"].expected, wrong["time"].got) == ("06:50", "06:40")
    assert (wrong["class"].expected, wrong["class"].got) == ("SRBM", "unknown")


def test_types_compare_as_a_case_insensitive_set() -> None:
    gold = with_(KAECHON, missile_types=["KN-23", "Hwasong-11"])
    report = score([("a", [gold], [with_(KAECHON, missile_types=["hwasong-11", "kn-23"])])])
    assert report.fields["types"] == (1, 1)


def test_null_time_and_site_on_both_sides_agree_but_not_on_one() -> None:
    gold = with_(KAECHON, time_kst=None, site=None)
    assert score([("a", [gold], [gold])]).fields["time"] == (1, 1)
    assert score([("a", [gold], [gold])]).fields["site"] == (1, 1)
    report = score([("a", [gold], [KAECHON])])
    assert report.fields["time"] == (0, 1)
    assert report.fields["site"] == (0, 1)


def test_site_uses_the_callable_given_and_defaults_to_case_insensitive() -> None:
    predicted = with_(KAECHON, site="kaechon")
    assert score([("a", [KAECHON], [predicted])]).fields["site"] == (1, 1)

    predicted = with_(KAECHON, site="Kaechon County")
    assert score([("a", [KAECHON], [predicted])]).fields["site"] == (0, 1)

    def gazetteer(a: str | None, b: str | None) -> bool:
        strip = lambda s: (s or "").removesuffix(" County")  # noqa: E731
        return strip(a) == strip(b)

    report = score([("a", [KAECHON], [predicted])], same_site=gazetteer)
    assert report.fields["site"] == (1, 1)


def test_count_needs_both_bounds() -> None:
    report = score([("a", [KAECHON], [with_(KAECHON, count_max=2)])])
    assert report.fields["count"] == (0, 1)
    assert str(field_misses(report)["count"]).endswith("expected at least 2, got 2")


def test_event_objects_are_accepted_as_predictions() -> None:
    from bot.event import Event

    predicted = Event(
        role="primary",
        date="2024-09-18",
        date_precision="day",
        time_kst="06:50",
        site="Kaechon",
        missile_class="SRBM",
        missile_types=["Hwasong-11"],
        count_min=2,
        distance_km=400.0,
    )
    report = score([("a", [KAECHON], [predicted])])
    assert report.fields == {name: (1, 1) for name in FIELDS}


def test_unknown_role_is_an_error_naming_the_article() -> None:
    with pytest.raises(ValueError, match="art-1"):
        score([("art-1", [KAECHON], [with_(KAECHON, role="main")])])


# --- false alarms -----------------------------------------------------------------------------


def test_primary_on_a_negative_article_is_a_false_alarm() -> None:
    items = [
        ("neg-1", [], [KAECHON, with_(KAECHON, date="2024-09-10")]),
        ("neg-2", [], [event("background", "2024-05-27")]),  # background only: no alarm
        ("neg-3", [], []),
        ("pos", [KAECHON], [KAECHON]),
    ]
    report = score(items)
    assert report.negatives == 3
    assert report.false_alarms == 1  # articles
    assert report.false_alarm_events == 2
    assert report.primary.fp == 2  # false alarms are wrong primaries too
    assert [m.kind for m in report.misses if m.article == "neg-1"] == ["false alarm"] * 2
    assert [m.kind for m in report.misses if m.article == "neg-2"] == ["spurious background"]
    assert "False alarms: 1 of 3" in report.to_text()


# --- the report -------------------------------------------------------------------------------


def test_miss_line_names_article_field_and_values() -> None:
    report = score([("reuters-2024-09-18-kaechon", [KAECHON], [with_(KAECHON, distance_km=249)])])
    assert [str(m) for m in report.misses] == [
        "reuters-2024-09-18-kaechon  field distance: expected 400, got 249"
    ]


def test_to_text_lists_every_miss_with_its_article() -> None:
    items = [
        ("art-missed", [KAECHON], []),
        ("art-field", [KAECHON], [with_(KAECHON, site="Wonsan")]),
        ("art-alarm", [], [KAECHON]),
        ("art-bg", [KAECHON, event("background", "2024-05-30")], [KAECHON]),
    ]
    report = score(items)
    text = report.to_text()
    assert len(report.misses) == 4
    for miss in report.misses:
        assert str(miss) in text
    assert "art-missed  missed primary: expected 2024-09-18" in text
    assert "got nothing" in text
    assert "art-field  field site: expected Kaechon, got Wonsan" in text
    assert "art-alarm  false alarm: expected nothing, got 2024-09-18" in text
    assert "art-bg  missed background: expected 2024-05-30, got nothing" in text
    # the rates come first, the miss list last
    assert text.index("primary") < text.index("distance") < text.index("False alarms")
    assert text.index("False alarms") < text.index("Misses")
    assert "2/3" in text  # date right on 2 of 3 gold primaries (a missed one is wrong)
    assert "66.7%" in text


def test_to_dict_is_json_and_carries_the_numbers() -> None:
    report = score([("a", [KAECHON], [with_(KAECHON, distance_km=249)]), ("n", [], [KAECHON])])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["articles"] == 2
    assert data["false_alarms"] == 1
    assert data["primary"]["tp"] == 1
    assert data["primary"]["fp"] == 1
    assert data["fields"]["distance"] == {"correct": 0, "total": 1, "accuracy": 0.0}
    assert {m["kind"] for m in data["misses"]} == {"field", "false alarm"}


def test_accuracy_of_an_unknown_field_is_an_error() -> None:
    with pytest.raises(KeyError):
        score([]).accuracy("speed")


# --- gold files -------------------------------------------------------------------------------


def write_gold(folder: Path, stem: str, content: object, article: str | None = ".txt") -> Path:
    path = folder / f"{stem}.gold.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    if article:
        (folder / f"{stem}{article}").write_text("---\npublished: 2024-09-18\n---\nText.\n")
    return path


def test_load_gold_pairs_each_gold_file_with_its_article(tmp_path: Path) -> None:
    write_gold(
        tmp_path,
        "b-story",
        {"id": "b-story", "published": "2024-09-18", "events": [KAECHON], "notes": ""},
    )
    write_gold(tmp_path, "a-page", {"id": "a-page", "events": []}, article=".html")
    write_gold(tmp_path, "orphan", {"id": "orphan", "events": []}, article=None)
    loaded = load_gold(tmp_path)
    assert [(p.name, g["id"]) for p, g in loaded] == [
        ("a-page.html", "a-page"),
        ("b-story.txt", "b-story"),
    ]
    assert loaded[1][1]["events"] == [KAECHON]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[]",
        {"id": "bad"},  # no events
        {"id": "bad", "events": [with_(KAECHON, date="18 Sept 2024")]},
        {"id": "bad", "events": [with_(KAECHON, date_precision="month")]},
        {"id": "bad", "events": [with_(KAECHON, role="main")]},
        {"id": "bad", "events": [with_(KAECHON, distance_km="400 km")]},
        {"id": "other-name", "events": []},
    ],
)
def test_malformed_gold_raises_value_error_naming_the_file(tmp_path: Path, content: object) -> None:
    path = write_gold(tmp_path, "bad", content)
    with pytest.raises(ValueError, match=re.escape(str(path))):
        load_gold(tmp_path)
    assert path.exists()


def test_load_gold_of_a_missing_folder_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="nowhere"):
        load_gold(tmp_path / "nowhere")


def test_a_folder_with_no_labels_is_an_error_not_a_perfect_score(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text("---\npublished: 2024-09-18\n---\nText.\n")
    with pytest.raises(ValueError, match="no labels"):
        load_gold(tmp_path)


def test_load_gold_reads_the_fixture_layout(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "one.txt").write_text("---\npublished: 2024-09-18\n---\nText.\n")
    table = {"one": {"published": "2024-09-18T07:00:00+09:00", "events": [KAECHON]}}
    (tmp_path / "expected.json").write_text(json.dumps(table))
    assert [(p.name, g["events"]) for p, g in load_gold(tmp_path)] == [("one.txt", [KAECHON])]
    table["one"]["events"] = [with_(KAECHON, role="main")]
    (tmp_path / "expected.json").write_text(json.dumps(table))
    with pytest.raises(ValueError, match="one: event 1"):
        load_gold(tmp_path)


def test_gold_and_score_work_together(tmp_path: Path) -> None:
    write_gold(tmp_path, "s", {"id": "s", "events": [KAECHON]})
    items = [(path.stem, gold["events"], [KAECHON]) for path, gold in load_gold(tmp_path)]
    assert score(items).primary.f1 == 1.0
