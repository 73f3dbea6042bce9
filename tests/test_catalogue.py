"""The missile and reporter catalogues: what the extractor and the query parser get from them."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.catalogue import Catalogue, CatalogueError, Mention, default_catalogue
from bot.event import MISSILE_CLASSES


@pytest.fixture(scope="module")
def cat() -> Catalogue:
    return default_catalogue()


def names(mentions: list[Mention]) -> list[str]:
    return [m.name for m in mentions]


def classes(mentions: list[Mention]) -> list[str]:
    return [m.missile_class for m in mentions]


def write(tmp_path: Path, missiles: str | None = None, reporters: str | None = None) -> Catalogue:
    """A catalogue from small YAML files in tmp_path (defaults: one plain entry each)."""
    missiles_path = tmp_path / "missiles.yaml"
    reporters_path = tmp_path / "reporters.yaml"
    missiles_path.write_text(
        missiles or "classes: [SRBM, ICBM, unknown]\nmissiles:\n  - {name: KN-23, class: SRBM}\n",
        encoding="utf-8",
    )
    reporters_path.write_text(
        reporters or "reporters:\n  - {name: KCNA, patterns: [KCNA]}\n", encoding="utf-8"
    )
    return Catalogue.load(missiles_path, reporters_path)


# --- designations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "name", "missile_class"),
    [
        ("Hwasong-18", "Hwasong-18", "ICBM"),
        ("Hwasong 18", "Hwasong-18", "ICBM"),
        ("Hwasong18", "Hwasong-18", "ICBM"),
        ("Hwaseong-18", "Hwasong-18", "ICBM"),
        ("Hwasongpho-17", "Hwasong-17", "ICBM"),  # KCNA's spelling
        ("Hwaseong-11Ga", "KN-23", "SRBM"),  # an alias respelled
        ("hwasong-18", "Hwasong-18", "ICBM"),
        ("Hwasong\u201315", "Hwasong-15", "ICBM"),  # en dash
        ("KN-23", "KN-23", "SRBM"),
        ("KN23", "KN-23", "SRBM"),
        ("KN 23", "KN-23", "SRBM"),
        ("Hwasong-11A", "KN-23", "SRBM"),
        ("Hwasong-11Ga", "KN-23", "SRBM"),
        ("Hwasong-11", "Hwasong-11", "SRBM"),
        ("Pukkuksong-3", "Pukguksong-3", "SLBM"),
        ("Bukgeukseong-3", "Pukguksong-3", "SLBM"),
        ("Pukguksong-2", "Pukguksong-2", "MRBM"),
        ("Pukguksong", "Pukguksong", "SLBM"),
        ("Rodong", "Rodong", "MRBM"),
        ("Nodong", "Rodong", "MRBM"),
        ("Hwasong-7", "Rodong", "MRBM"),
        ("Musudan", "Musudan", "IRBM"),
        ("Hwasong-10", "Musudan", "IRBM"),
        ("BM-25", "Musudan", "IRBM"),
        ("Scud", "Scud", "SRBM"),
        ("Scud-ER", "Scud-ER", "MRBM"),
        ("Hwasong-8", "Hwasong-8", "hypersonic"),
        ("Hwasong-12", "Hwasong-12", "IRBM"),
        ("KN-25", "KN-25", "MLRS"),
        ("Chollima-1", "Chollima-1", "SLV"),
        ("Unha-3", "Unha-3", "SLV"),
        ("Kwangmyong", "Kwangmyong", "SLV"),
        ("Hwasal-2", "Hwasal-2", "cruise"),
        ("Pulhwasal-3-31", "Pulhwasal-3-31", "cruise"),
    ],
)
def test_designation_variants_come_out_canonical_with_their_class(
    cat: Catalogue, printed: str, name: str, missile_class: str
) -> None:
    sentence = f"Analysts said it appeared to be a {printed} missile."
    [mention] = cat.designations(sentence)
    assert (mention.name, mention.missile_class) == (name, missile_class)
    assert mention.text == printed
    assert sentence[mention.start : mention.end] == printed


def test_every_printed_form_in_the_catalogue_finds_its_own_entry(cat: Catalogue) -> None:
    # Guards the YAML: an alias that another entry's alias swallows, or that fails to match
    # as written, shows up here.
    for missile in cat.missiles:
        assert missile.missile_class in MISSILE_CLASSES
        for printed in (missile.name, *missile.aliases):
            found = cat.designations(f"The North fired ({printed}) today.")
            assert [(m.name, m.text) for m in found] == [(missile.name, printed)], printed


def test_seed_sentence_yields_both_designations_in_order(cat: Catalogue) -> None:
    sentence = (
        "South Korea's Yonhap news agency, citing unnamed sources, said the North could have "
        "used the KN-23 or Hwasong-11 short-range ballistic missiles."
    )
    assert names(cat.designations(sentence)) == ["KN-23", "Hwasong-11"]


def test_600mm_rocket_system_is_kn25_and_keeps_the_printed_words(cat: Catalogue) -> None:
    sentence = "which it later described as a test of a new 600-mm multiple launch rocket system."
    [mention] = cat.designations(sentence)
    assert (mention.name, mention.missile_class) == ("KN-25", "MLRS")
    assert mention.text == "600-mm multiple launch rocket system"


def test_longest_designation_wins(tmp_path: Path) -> None:
    custom = write(
        tmp_path,
        missiles=(
            "classes: [ICBM, unknown]\nmissiles:\n"
            "  - {name: Hwasong-1, class: unknown}\n"
            "  - {name: Hwasong-15, class: ICBM}\n"
        ),
    )
    found = custom.designations("It resembled the Hwasong-15, not the Hwasong-1.")
    assert names(found) == ["Hwasong-15", "Hwasong-1"]
    assert custom.designations("a Hwasong-150 rocket") == []  # not a prefix of a longer word


def test_a_stems_other_spellings_are_the_same_name_not_another(tmp_path: Path) -> None:
    custom = write(
        tmp_path,
        missiles=(
            "classes: [ICBM]\nspellings:\n  Hwasong: [Hwaseong, Hwasongpho]\nmissiles:\n"
            "  - {name: Hwasong-17, class: ICBM, aliases: [KN-28]}\n"
        ),
    )
    found = custom.designations("the Hwasongpho-17, the Hwaseong 17 and the KN-28")
    assert names(found) == ["Hwasong-17"] * 3
    assert [custom.is_name(m.text, m.name) for m in found] == [True, True, False]
    assert custom.designations("the Hwasongphos") == []  # a stem alone is no designation


def test_spellings_that_are_not_a_mapping_are_refused(tmp_path: Path) -> None:
    message = error_for(
        tmp_path,
        missiles=(
            "classes: [SRBM]\nspellings: [Hwaseong]\nmissiles:\n  - {name: KN-23, class: SRBM}\n"
        ),
    )
    assert str(tmp_path / "missiles.yaml") in message
    assert "spellings" in message


def test_variant_suffixes_and_longer_names_win_over_their_stem(cat: Catalogue) -> None:
    sentence = "Pukguksong-3, Hwasong-11Da-4.5 and Hwasong-11S, then a Pukguksong."
    assert names(cat.designations(sentence)) == [
        "Pukguksong-3",
        "Hwasong-11Da-4.5",
        "Hwasong-11S",
        "Pukguksong",
    ]


def test_plural_is_found_and_left_out_of_the_span(cat: Catalogue) -> None:
    sentence = "two KN-23s and several Hwasong-11s"
    found = cat.designations(sentence)
    assert names(found) == ["KN-23", "Hwasong-11"]  # "Hwasong-11s" is not the Hwasong-11S
    assert [m.text for m in found] == ["KN-23", "Hwasong-11"]


def test_designations_are_whole_words_only(cat: Catalogue) -> None:
    assert cat.designations("the XKN-23 and ScudX and KN-230") == []


def test_place_and_newspaper_named_like_missiles_are_not_designations(cat: Catalogue) -> None:
    assert cat.designations("launched from Musudan-ri, the Rodong Sinmun said") == []
    assert names(cat.designations("a Musudan from the Musudan ri site")) == ["Musudan"]


def test_satellite_names_are_not_designations_but_give_slv(cat: Catalogue) -> None:
    sentence = "the Malligyong-1 satellite, like Kwangmyongsong-4 before it"
    assert cat.designations(sentence) == []
    assert set(classes(cat.classes(sentence))) == {"SLV"}


def test_mentions_at_the_very_start_and_end_of_a_sentence(cat: Catalogue) -> None:
    found = cat.designations("KN-23")
    assert [(m.start, m.end) for m in found] == [(0, 5)]
    assert names(cat.designations("(Hwasong-17)")) == ["Hwasong-17"]
    assert names(cat.designations("\u201cHwasong-17\u201d")) == ["Hwasong-17"]


# --- class descriptions -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("it involved a suspected intermediate-range ballistic missile", ["IRBM"]),
        ("the missiles were thought to be surface-to-ship missiles", ["cruise"]),
        ("North Korea fired a ballistic missile", []),
        ("an unidentified projectile", []),
        ("fired short-range ballistic missiles", ["SRBM"]),
        ("a Musudan mid-range ballistic missile", ["MRBM"]),
        ("a Musudan middle range ballistic missile", ["MRBM"]),
        ("a medium-range missile", ["MRBM"]),
        ("two medium-range Musudan missiles", ["MRBM"]),
        ("an intercontinental ballistic missile", ["ICBM"]),
        ("two ICBMs", ["ICBM"]),
        ("a new submarine-launched ballistic missile", ["SLBM"]),
        ("fired from a submarine", ["SLBM"]),
        ("anti-ship cruise missiles", ["cruise", "cruise"]),  # two phrases, one class
        ("strategic cruise guided weapons", ["cruise"]),
        ("a 600mm super-large multiple rocket launcher", ["MLRS"]),
        ("a multiple-rocket launcher", ["MLRS"]),
        ("a military reconnaissance satellite", ["SLV"]),
        ("a space launch vehicle", ["SLV"]),
        ("a hypersonic missile", ["hypersonic"]),
        ("the Intermediate-Range Nuclear Forces Treaty", []),
        ("commercial satellite imagery showed", []),
        ("from the Sohae Satellite Launching Station", []),
        ("equipped with what it called a super-large warhead", []),
    ],
)
def test_description_phrases_give_a_class(
    cat: Catalogue, sentence: str, expected: list[str]
) -> None:
    found = cat.classes(sentence)
    assert classes(found) == expected
    assert all(m.name == "" and sentence[m.start : m.end] == m.text for m in found)


# --- reporters --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("South Korea's Joint Chiefs of Staff said", ["South Korea JCS"]),
        ("the JSC said.", ["South Korea JCS"]),  # a misprint in the original
        ("Japanese Defence Minister Minoru Kihara said", ["Japan Ministry of Defense"]),
        ("Japan\u2019s Defense Ministry said", ["Japan Ministry of Defense"]),
        ("Defense Minister Hamada told reporters", ["Japan Ministry of Defense"]),
        ("the Korean Central News Agency said", ["KCNA"]),
        ("Japan's coast guard said", ["Japan Coast Guard"]),
        ("Prime Minister Fumio Kishida said", ["Japan Government"]),
        ("Chief Cabinet Secretary Matsuno said", ["Japan Government"]),
        (
            "according to South Korea's Ministry of National Defense",
            [
                "South Korea Ministry of National Defense",
            ],
        ),
        ("South Korea\u2019s military said", ["South Korea military"]),
        ("South Korean officials said", ["South Korea officials"]),
        ("the U.S. Indo-Pacific Command said", ["US Indo-Pacific Command"]),
        ("U.S. Pacific Command says", ["US Pacific Command"]),
        ("a U.S. official told the network", ["US official"]),
        ("Rodong Sinmun reported", ["North Korean state media"]),
        ("according to state media", ["North Korean state media"]),
        ("the Yonhap News Agency reported", ["Yonhap"]),
        ("NHK reported", ["NHK"]),
        ("Kyodo News reported", ["Japanese media"]),
        ("the jcs said", []),  # acronyms match as written
        ("the Nikkei share average fell", []),
    ],
)
def test_reporters_come_out_canonical(cat: Catalogue, sentence: str, expected: list[str]) -> None:
    found = cat.reporters(sentence)
    assert names(found) == expected
    assert all(m.missile_class == "" and sentence[m.start : m.end] == m.text for m in found)


def test_two_reporters_in_one_sentence_in_order(cat: Catalogue) -> None:
    sentence = (
        "The missile flew about 400 km, South Korea's Joint Chiefs of Staff (JCS) said, "
        "and Japan's coast guard said it fell outside its waters."
    )
    assert names(cat.reporters(sentence)) == [
        "South Korea JCS",
        "South Korea JCS",
        "Japan Coast Guard",
    ]


def test_reporter_names_are_the_labelled_ones(cat: Catalogue) -> None:
    assert set(cat.reporter_names) == {
        "South Korea JCS",
        "South Korea Ministry of National Defense",
        "South Korea military",
        "South Korea officials",
        "Japan Ministry of Defense",
        "Japan Coast Guard",
        "Japan Government",
        "KCNA",
        "North Korean state media",
        "Yonhap",
        "US Indo-Pacific Command",
        "US Pacific Command",
        "US official",
        "NHK",
        "Japanese media",
    }


def test_pattern_whose_start_cannot_be_analysed_still_matches(tmp_path: Path) -> None:
    custom = write(
        tmp_path,
        reporters=(
            "reporters:\n"
            "  - name: Agency\n"
            "    patterns: ['(?:\\w+ )?Test Agency', {pattern: 'TA', ignore_case: false}]\n"
        ),
    )
    found = custom.reporters("the Foo Test Agency said, and TA agreed; ta did not")
    assert [(m.text, m.name) for m in found] == [("Foo Test Agency", "Agency"), ("TA", "Agency")]


# --- lookups ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Hwasong-18", "Hwasong-18"),
        ("Hwasong 18", "Hwasong-18"),
        ("hwasong18", "Hwasong-18"),
        ("Hwasng-18", "Hwasong-18"),
        ("kn23", "KN-23"),
        ("KN 23", "KN-23"),
        ("nodong", "Rodong"),
        ("pukkuksong 3", "Pukguksong-3"),
        ("Hwas\u014fng-15", "Hwasong-15"),
    ],
)
def test_lookup_forgives_case_spacing_and_typos(cat: Catalogue, query: str, name: str) -> None:
    missile = cat.lookup(query)
    assert missile is not None
    assert missile.name == name


@pytest.mark.parametrize("query", ["Hwasong-21", "pizza", "", "   ", "KN-99"])
def test_lookup_answers_none_rather_than_a_wrong_missile(cat: Catalogue, query: str) -> None:
    assert cat.lookup(query) is None


def test_class_of_a_designation(cat: Catalogue) -> None:
    assert cat.class_of("Hwasong-8") == "hypersonic"
    assert cat.class_of("rodong") == "MRBM"
    assert cat.class_of("KN-25") == "MLRS"
    assert cat.class_of("Hwasng-18") is None  # exact only: typos are for lookup()


def test_default_catalogue_is_loaded_once(cat: Catalogue) -> None:
    assert default_catalogue() is cat


# --- bad files --------------------------------------------------------------------------------


def error_for(tmp_path: Path, missiles: str | None = None, reporters: str | None = None) -> str:
    with pytest.raises(CatalogueError) as info:
        write(tmp_path, missiles, reporters)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_unknown_class_names_file_and_entry(tmp_path: Path) -> None:
    message = error_for(
        tmp_path,
        missiles="classes: [SRBM]\nmissiles:\n  - {name: KN-23, class: XRBM, aliases: [KN23]}\n",
    )
    assert str(tmp_path / "missiles.yaml") in message
    assert "KN-23" in message
    assert "XRBM" in message


def test_unknown_description_class_is_refused(tmp_path: Path) -> None:
    message = error_for(
        tmp_path,
        missiles=(
            "classes: [SRBM]\nmissiles:\n  - {name: KN-23, class: SRBM}\n"
            "descriptions:\n  - {pattern: short-range ballistic, class: SRBMs}\n"
        ),
    )
    assert "missiles.yaml" in message
    assert "descriptions[0]" in message


def test_alias_naming_two_missiles_is_refused(tmp_path: Path) -> None:
    message = error_for(
        tmp_path,
        missiles=(
            "classes: [SRBM]\nmissiles:\n"
            "  - {name: KN-23, class: SRBM, aliases: [Hwasong-11A]}\n"
            "  - {name: KN-24, class: SRBM, aliases: [Hwasong 11A]}\n"
        ),
    )
    assert str(tmp_path / "missiles.yaml") in message
    assert "duplicate alias" in message
    assert "KN-23" in message
    assert "KN-24" in message


def test_class_outside_the_event_classes_is_refused(tmp_path: Path) -> None:
    message = error_for(
        tmp_path, missiles="classes: [SRBM, HGV]\nmissiles:\n  - {name: X-1, class: HGV}\n"
    )
    assert "HGV" in message


def test_bad_regex_names_the_reporter(tmp_path: Path) -> None:
    message = error_for(
        tmp_path, reporters="reporters:\n  - {name: KCNA, patterns: ['Korean (Central']}\n"
    )
    assert str(tmp_path / "reporters.yaml") in message
    assert "KCNA" in message
    assert "regular expression" in message


def test_misspelt_key_is_refused(tmp_path: Path) -> None:
    missiles = "classes: [SRBM]\nmissiles:\n  - {name: KN-23, class: SRBM, alias: [x]}\n"
    message = error_for(tmp_path, missiles=missiles)
    assert "alias" in message


def test_yaml_syntax_error_and_missing_file(tmp_path: Path) -> None:
    assert "not valid YAML" in error_for(tmp_path, missiles="classes: [SRBM\n")
    with pytest.raises(CatalogueError, match="cannot read"):
        Catalogue.load(tmp_path / "absent.yaml", tmp_path / "absent-too.yaml")
