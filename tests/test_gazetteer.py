"""The gazetteer as its users meet it: places found in news sentences, names looked up, bad files.

Each test states something a user of the bot or the extractor relies on: a spelling an article
uses comes back as the canonical place, plain English is never a place, and a broken
``gazetteer.yaml`` fails loudly with the file named.
"""

from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pytest

from bot.gazetteer import Gazetteer, GazetteerError, Place, default_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return default_gazetteer()


def found(gaz: Gazetteer, text: str) -> list[tuple[str, str]]:
    """(words in the text, canonical place) for every mention, in order."""
    return [(m.text, m.place.name) for m in gaz.find_in(text)]


# --- finding places in sentences ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("North Korea fired two missiles from Kaech'on on Wednesday.", [("Kaech'on", "Kaechon")]),
        ("The missile was fired from Kaech’ŏn at 6:50 a.m.", [("Kaech’ŏn", "Kaechon")]),
        (
            "It was launched from around Sinpho in South Hamgyong Province, the JCS said.",
            [("Sinpho", "Sinpo"), ("South Hamgyong Province", "South Hamgyong")],
        ),
        (
            "a rocket lifted off from the Sohae Satellite Launching Ground in the northwest",
            [("Sohae Satellite Launching Ground", "Tongchang-ri")],
        ),
        ("missiles fired from the Chagang Province area", [("Chagang Province area", "Jagang")]),
        (
            "the test took place in Ryongrim County in northern Jagang province",
            [("Ryongrim County", "Ryongrim"), ("Jagang province", "Jagang")],
        ),
        (
            "the submarine fired them in waters off Kyongpo Bay near Sinpo",
            [("Kyongpo Bay", "Kyongpho"), ("Sinpo", "Sinpo")],
        ),
        ("the launch pad at Tongchang-ri", [("Tongchang-ri", "Tongchang-ri")]),
        ("the launch pad at Tongchangri", [("Tongchangri", "Tongchang-ri")]),
        ("satellite images of Tongch'ang-ri", [("Tongch'ang-ri", "Tongchang-ri")]),
        ("waters off Wonsan Bay", [("Wonsan Bay", "Wonsan")]),
        (
            "the first was launched at 7:50 a.m. from Eunyul, South Hwanghae Province",
            [("Eunyul", "Unyul"), ("South Hwanghae Province", "South Hwanghae")],
        ),
        (
            "the vicinity of Wonsan in Gangwon Province",
            [("Wonsan", "Wonsan"), ("Gangwon Province", "Kangwon")],
        ),
        ("fired from the Pyongyang area", [("Pyongyang area", "Pyongyang")]),
        ("near P’YŎNGYANG, the capital", [("P’YŎNGYANG", "Pyongyang")]),
        (
            "from Sunan airport in Pyongyang",
            [("Sunan airport", "Sunan"), ("Pyongyang", "Pyongyang")],
        ),
        (
            "at the Wonsan Kalma International Airport",
            [
                ("Wonsan Kalma International Airport", "Kalma"),
            ],
        ),
        ("from Musudan-ri, home of the Musudan missile", [("Musudan-ri", "Tonghae")]),
        ("from Sinuiju near the Chinese border", [("Sinuiju", "Sinuiju")]),
        ("the North Hamgyŏng coast", [("North Hamgyŏng", "North Hamgyong")]),
        ("PYONGYANG, March 3 (Yonhap) --", [("PYONGYANG", "Pyongyang")]),
        ("launches from wonsan last month", [("wonsan", "Wonsan")]),  # a Slack query
    ],
)
def test_spellings_in_sentences_find_the_canonical_place(
    gaz: Gazetteer, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert found(gaz, sentence) == expected


def test_mentions_come_in_order_with_spans_in_the_original_text(gaz: Gazetteer) -> None:
    sentence = "From Hwangju, not Kaechon or the Sohae site, said Pyongyang’s KCNA."
    mentions = gaz.find_in(sentence)
    assert [m.place.name for m in mentions] == ["Hwangju", "Kaechon", "Tongchang-ri", "Pyongyang"]
    for mention in mentions:
        assert sentence[mention.start : mention.end] == mention.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_decomposed_unicode_keeps_spans_in_the_original_text(gaz: Gazetteer) -> None:
    # A text in NFD spells ŏ as o plus a combining breve: two characters, not one.
    sentence = unicodedata.normalize("NFD", "Launched from Kaechŏn toward Sinpŏ.")
    mentions = gaz.find_in(sentence)
    assert [m.place.name for m in mentions] == ["Kaechon", "Sinpo"]
    for mention in mentions:
        assert sentence[mention.start : mention.end] == mention.text
    assert mentions[1].text == unicodedata.normalize("NFD", "Sinpŏ")


def test_the_longest_name_wins(gaz: Gazetteer) -> None:
    [mention] = gaz.find_in("the Sohae Satellite Launching Station")
    assert (mention.text, mention.place.name) == (
        "Sohae Satellite Launching Station",
        "Tongchang-ri",
    )
    # A facility named after a city is the facility, not the city (an air base aside: below).
    assert found(gaz, "Sinpo Shipyard") == [("Sinpo Shipyard", "Sinpo Shipyard")]
    # But a shorter name is still found when the longer one does not follow.
    assert found(gaz, "Sohae, they said") == [("Sohae", "Tongchang-ri")]


@pytest.mark.parametrize(
    "sentence",
    [
        "He spoke at an anjuman in Lahore.",
        "The missile fell into the Sea of Japan, also called the East Sea.",
        "It landed in the Yellow Sea, officials in the capital said.",
        "The capital region was calm; the area near the coast was quiet.",
        "Residents of Sinuijuan and Wonsanic are not places.",
    ],
)
def test_plain_english_and_word_fragments_are_not_places(gaz: Gazetteer, sentence: str) -> None:
    assert gaz.find_in(sentence) == []


def test_place_names_are_matched_as_whole_words(gaz: Gazetteer) -> None:
    # "Uiju" is a place, and so is "Sinuiju", which contains it.
    assert found(gaz, "Sinuiju and Uiju") == [("Sinuiju", "Sinuiju"), ("Uiju", "Uiju")]
    assert found(gaz, "Anjuman Anju") == [("Anju", "Anju")]


def test_find_in_is_fast_enough_for_every_sentence_of_every_article(gaz: Gazetteer) -> None:
    sentence = (
        "North Korea fired two short-range ballistic missiles from the Jangyon area in South "
        "Hwanghae Province on Thursday, South Korea’s Joint Chiefs of Staff said in a statement."
    )
    gaz.find_in(sentence)
    runs = 500
    started = time.perf_counter()
    for _ in range(runs):
        gaz.find_in(sentence)
    per_call = (time.perf_counter() - started) / runs
    # About 25 µs on a laptop; the bound only catches a pattern gone quadratic.
    assert per_call < 500e-6


# --- looking names up ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("Wonsn", "Wonsan"),
        ("Kaechn", "Kaechon"),
        ("Tongchangri", "Tongchang-ri"),
        ("Pyongyng", "Pyongyang"),
        ("sohae", "Tongchang-ri"),
        ("Sinpho", "Sinpo"),
    ],
)
def test_lookup_forgives_typos(gaz: Gazetteer, typed: str, expected: str) -> None:
    place = gaz.lookup(typed)
    assert place is not None and place.name == expected


@pytest.mark.parametrize("typed", ["Seoul", "Tokyo", "capital", "East Sea", "zzzz", ""])
def test_lookup_says_none_rather_than_guess(gaz: Gazetteer, typed: str) -> None:
    assert gaz.lookup(typed) is None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Ch'agang Province", "Jagang"),
        ("CHAGANG", "Jagang"),
        ("the Pyongyang area", "Pyongyang"),
        ("Wŏnsan city", "Wonsan"),
        ("Hamgyŏngnam-do", "South Hamgyong"),
        ("Kaech\u2019on", "Kaechon"),
        ("Tongchang ri", "Tongchang-ri"),
        ("Hwangju County", "Hwangju"),
    ],
)
def test_canonical_ignores_case_accents_apostrophes_hyphens_and_suffixes(
    gaz: Gazetteer, written: str, expected: str
) -> None:
    place = gaz.canonical(written)
    assert place is not None and place.name == expected


def test_canonical_is_exact_only(gaz: Gazetteer) -> None:
    assert gaz.canonical("Wonsn") is None
    assert gaz.canonical("capital region") is None


def test_the_names_the_labelled_data_uses_are_canonical_names(gaz: Gazetteer) -> None:
    for name in [
        "Wonsan",
        "Sunan",
        "Kaechon",
        "Tongchang-ri",
        "Pyongyang",
        "Sinpo",
        "Hwangju",
        "Jagang",
        "Kusong",
        "Sakchu",
        "Sukchon",
        "Jangyon",
        "Pyongsong",
        "Hamhung",
        "Hodo Peninsula",
        "Kalma",
        "Munchon",
        "Tonghae",
        "Sondok",
        "Mayang Island",
        "Anju",
        "Sunchon",
        "Kittaeryong",
        "Kaesong",
        "Sinuiju",
        "South Hamgyong",
        "North Pyongan",
        "Kangwon",
        "Ryanggang",
    ]:
        assert name in gaz.places, name
        place = gaz.canonical(name)
        assert place is not None and place.name == name


# --- history rows and areas ------------------------------------------------------------------

# Facility names as the CNS-style history file writes them, typos included.
HISTORY_FACILITIES = {
    "Sohae Satellite Launching Station": "Tongchang-ri",
    "Pyongyang International Airport": "Sunan",
    "Wonsan Kalma International Airport": "Kalma",
    "Samsok missle test site": "Samsok missile test site",
    "Samsok missle test site #2": "Samsok missile test site",
    "Wast Sunan": "West Sunan",
    "Kittaeryong Missile Base": "Kittaeryong",
    "Mupyong-ni Arms Plant": "Mupyong-ni",
    "Taegwan County": "Taegwan",
    "Sinpo Shipyard": "Sinpo Shipyard",
    "Kaechon Airbase": "Kaechon Airbase",
    "Sangum-ri": "Sangum-ri",
    "Lake Yonpung": "Lake Yonpung",
    "Hwangju": "Hwangju",
}


@pytest.mark.parametrize(("facility", "expected"), sorted(HISTORY_FACILITIES.items()))
def test_history_facility_names_resolve(gaz: Gazetteer, facility: str, expected: str) -> None:
    place = gaz.canonical(facility)
    assert place is not None and place.name == expected


def test_an_air_base_a_story_names_by_its_town_is_the_town(gaz: Gazetteer) -> None:
    """The history file keeps the facility; a story's "Panghyon air base" is Panghyon."""
    found = gaz.find_in("It was fired from the Panghyon air base and from Kaechon Airbase.")
    assert [m.place.name for m in found] == ["Panghyon", "Kaechon"]
    assert [m.text for m in found] == ["Panghyon air base", "Kaechon Airbase"]
    assert gaz.canonical("Panghyon Airbase").name == "Panghyon Airbase"


def test_a_name_a_south_korean_place_shares_needs_its_province(gaz: Gazetteer) -> None:
    assert found(gaz, "two projectiles from Suncheon, South Pyongan Province, at 4:35") == [
        ("Suncheon", "Sunchon"),
        ("South Pyongan Province", "South Pyongan"),
    ]
    assert found(gaz, "a festival in Suncheon, South Jeolla Province") == []
    assert found(gaz, "Sukchon, South Phyongan province") == [
        ("Sukchon", "Sukchon"),
        ("South Phyongan province", "South Pyongan"),
    ]


def test_an_area_covers_the_sites_around_its_city(gaz: Gazetteer) -> None:
    wonsan = {p.name for p in gaz.area_members("Wonsan")}
    assert {"Wonsan", "Kalma", "Hodo Peninsula", "Munchon", "South Wonsan", "Sangum-ri"} <= wonsan
    assert "Sinpo" not in wonsan
    assert {p.name for p in gaz.area_members("Wŏnsan")} == wonsan
    assert {"Pyongyang", "Sunan"} <= {p.name for p in gaz.area_members("Pyongyang")}
    assert gaz.area_members("Atlantis") == []


def test_the_shipped_gazetteer_is_complete_and_consistent(gaz: Gazetteer) -> None:
    assert len(gaz.places) >= 55
    assert default_gazetteer() is gaz  # read once per process
    for place in gaz.places.values():
        assert isinstance(place, Place)
        assert 37.5 < place.lat < 43.1 and 124.0 < place.lon < 131.0, place.name  # in the DPRK
        assert place.area in gaz.places
        if place.kind in {"province", "sea"}:
            assert place.province is None, place.name


# --- broken gazetteer files ------------------------------------------------------------------

VALID_ENTRY = """\
  - name: Wonsan
    kind: city
    province: null
    area: Wonsan
    lat: 39.15
    lon: 127.44
    variants: ["Wŏnsan"]
"""


def write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "gazetteer.yaml"
    path.write_text("places:\n" + body, encoding="utf-8")
    return path


def test_a_small_valid_file_loads(tmp_path: Path) -> None:
    gaz = Gazetteer.load(write(tmp_path, VALID_ENTRY))
    assert list(gaz.places) == ["Wonsan"]
    assert [m.place.name for m in gaz.find_in("off Wŏnsan")] == ["Wonsan"]


def test_missing_lat_names_the_file_and_the_entry(tmp_path: Path) -> None:
    path = write(tmp_path, VALID_ENTRY.replace("    lat: 39.15\n", ""))
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(path)
    message = str(err.value)
    assert str(path) in message and "Wonsan" in message and "lat" in message
    assert "\n" not in message


def test_a_variant_given_to_two_places_names_the_file_and_both_places(tmp_path: Path) -> None:
    other = VALID_ENTRY.replace("Wonsan", "Kalma").replace('["Wŏnsan"]', '["Wonsan"]')
    path = write(tmp_path, VALID_ENTRY + other)
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(path)
    message = str(err.value)
    assert str(path) in message and "Kalma" in message and "Wonsan" in message


@pytest.mark.parametrize(
    ("broken", "complaint"),
    [
        (VALID_ENTRY.replace("lat: 39.15", "lat: 139.15"), "lat"),
        (VALID_ENTRY.replace("lon: 127.44", "lon: east"), "lon"),
        (VALID_ENTRY.replace("kind: city", "kind: village"), "kind"),
        (VALID_ENTRY.replace("area: Wonsan", "area: Nowhere"), "Nowhere"),
        (VALID_ENTRY.replace("province: null", "province: Kangwon"), "Kangwon"),
        (VALID_ENTRY + VALID_ENTRY, "twice"),
        (VALID_ENTRY + "    with_province: Wonsan-si\n", "with_province"),
        ("  - [not, a, mapping]\n", "entry 1"),
        ("  - name: Wonsan\n    lat: [\n", "YAML"),
    ],
)
def test_other_mistakes_are_reported_with_the_file_named(
    tmp_path: Path, broken: str, complaint: str
) -> None:
    path = write(tmp_path, broken)
    with pytest.raises(GazetteerError) as err:
        Gazetteer.load(path)
    assert str(path) in str(err.value) and complaint in str(err.value)


def test_a_missing_file_is_a_gazetteer_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"
    with pytest.raises(GazetteerError, match=r"nowhere\.yaml"):
        Gazetteer.load(path)
