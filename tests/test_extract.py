"""Extraction, judged the way an analyst would: the right launches, on the right Korean day,
with the right facts. Each article here is a short one written for the rule it checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot.articles import article_from_text, load_article
from bot.event import Event
from bot.extract import extract
from bot.extract.dates import find_dates

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def events_of(text: str, published: str) -> list[Event]:
    article = article_from_text(f"---\npublished: {published}\n---\n{text}", "test.txt")
    return extract(article)


def primary_of(text: str, published: str) -> Event:
    primaries = [e for e in events_of(text, published) if e.role == "primary"]
    assert len(primaries) == 1, primaries
    return primaries[0]


# --- the two seed articles -----------------------------------------------------------------


def test_seed_reuters_kaechon() -> None:
    events = extract(load_article(SEEDS / "reuters-2024-09-18-kaechon.txt"))
    primary = events[0]
    assert (primary.role, primary.date, primary.time_kst, primary.time_utc) == (
        "primary",
        "2024-09-18",
        "06:50",
        "2024-09-17T21:50Z",
    )
    assert primary.site == "Kaechon"
    assert primary.lat is not None and 39 < primary.lat < 40.5
    assert primary.missile_class == "SRBM"
    assert set(primary.missile_types) == {"KN-23", "Hwasong-11"}
    assert (primary.count_min, primary.count_max) == (2, None)
    assert primary.distance_km == 400  # "400 km (249 miles)": km, not the miles, not "600-mm"
    assert "South Korea JCS" in primary.reported_by
    assert "400 km" in primary.evidence["distance"]
    background = {(e.date, e.date_precision) for e in events if e.role == "background"}
    assert background == {("2024-07", "month"), ("2024-09-12", "day")}


def test_seed_aljazeera_wonsan() -> None:
    events = extract(load_article(SEEDS / "aljazeera-2025-05-08-wonsan.txt"))
    primary = events[0]
    assert (primary.date, primary.time_kst, primary.time_utc) == (
        "2025-05-08",
        "08:10",
        "2025-05-07T23:10Z",
    )
    assert (primary.site, primary.missile_class) == ("Wonsan", "SRBM")
    assert (primary.count_min, primary.count_max) == (2, None)  # "a flurry"
    assert primary.distance_km == 800
    assert [e.date for e in events if e.role == "background"] == ["2025-01", "2025-03"]


# --- dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("published", "sentence", "date"),
    [
        # A story's own weekday is that day, not a week before.
        ("2024-09-18", "North Korea fired two missiles on Wednesday, Seoul said.", "2024-09-18"),
        ("2024-09-18", "North Korea fired two missiles on Monday, Seoul said.", "2024-09-16"),
        # A date-only story from Washington: "early Monday" in Korea is the next day.
        (
            "2017-05-28",
            "North Korea test-fired a missile early Monday, officials said.",
            "2017-05-29",
        ),
        (
            "2019-10-03",
            "North Korea said the missile it fired a day earlier was new.",
            "2019-10-02",
        ),
        ("2023-02-20", "North Korea launched a missile the day before yesterday.", "2023-02-18"),
        (
            "2016-08-03",
            "North Korea fired a ballistic missile at around 7:50 this morning.",
            "2016-08-03",
        ),
        ("2017-03-22", "A missile was fired on the morning of Wednesday, March 22.", "2017-03-22"),
        ("2021-01-10", "North Korea fired a missile on Dec. 30, the military said.", "2020-12-30"),
    ],
)
def test_launch_day_in_korea(published: str, sentence: str, date: str) -> None:
    assert primary_of(sentence, published).date == date


def test_last_weekday_skips_the_past_two_days() -> None:
    # A Tuesday story's "last Monday" is eight days back: yesterday would be "on Monday".
    text = (
        "North Korea fired a cruise missile on Tuesday. It followed a ballistic missile "
        "that the North fired last Monday."
    )
    events = events_of(text, "2024-01-30")
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2024-01-30"),
        ("background", "2024-01-22"),
    ]


def test_time_in_gmt_with_its_own_weekday_is_one_instant() -> None:
    event = primary_of(
        "North Korea fired a missile on Wednesday at around 6:50 a.m. "
        "(2150 GMT Tuesday), the JCS said.",
        "2024-09-18",
    )
    assert (event.date, event.time_kst, event.time_utc) == (
        "2024-09-18",
        "06:50",
        "2024-09-17T21:50Z",
    )


def test_time_in_us_eastern_time_gives_the_korean_day() -> None:
    event = primary_of(
        "The missile was fired at 5:47 p.m. EDT Monday from near Pyongyang, the Pentagon said.",
        "2023-07-10",
    )
    assert (event.date, event.time_kst, event.time_utc) == (
        "2023-07-11",
        "06:47",
        "2023-07-10T21:47Z",
    )


def test_times_of_alerts_and_meetings_are_not_launch_times() -> None:
    event = primary_of(
        "North Korea fired a ballistic missile on Friday. Japan's coast guard "
        "issued an alert at 7:20 a.m. and the security council met from 9:00 a.m.",
        "2022-10-14",
    )
    assert event.time_kst is None


# --- counts and numbers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("North Korea fired three ballistic missiles on Monday.", (3, 3)),
        ("North Korea fired at least one ballistic missile on Monday.", (1, None)),
        ("North Korea fired a barrage of short-range missiles on Monday.", (2, None)),
        (
            "Seoul said North Korea fired a ballistic missile on Monday. Tokyo said North Korea "
            "fired two ballistic missiles on Monday.",
            (1, 2),
        ),
        ("North Korea fired a ballistic missile on Monday. The missile flew 300 km.", (1, 1)),
        (
            "North Korea fired a 600-mm rocket on Monday, said the JCS, which has 15,000 soldiers "
            "on watch.",
            (1, 1),
        ),
        (
            "North Korea fired two short-range ballistic missiles on Monday. Monday's launch "
            "appeared to involve the KN-24, a solid-fuel short-range missile.",
            (2, 2),
        ),
        (
            "North Korea launched what appears to be its largest ICBM yet on Thursday. The "
            "missile flew 1,080 km. South Korea's military responded by firing its own missiles "
            "into the sea.",
            (1, 1),
        ),
        (
            "North Korea said it fired four cruise missiles on Wednesday. Two Hwasal-1 and two "
            "Hwasal-2 strategic cruise missiles were launched from the Hamhung area.",
            (4, 4),
        ),
        (
            'KCNA reported on Friday that two "Hwasal-1" and two "Hwasal-2" strategic cruise '
            "missiles were launched on Wednesday.",
            (4, 4),
        ),
        (
            "North Korea fired an ICBM on Thursday that appeared to have failed. The South "
            "responded by firing three air-to-ground missiles from fighter jets into the sea.",
            (1, 1),
        ),
        (
            "North Korea's rocket launch ended in failure on Friday. The rocket broke apart a "
            "minute after liftoff. Such launches are a cover for testing technology for "
            "long-range missiles that could one day carry a nuclear warhead.",
            (1, 1),
        ),
        (
            "North Korea fired a Hwasong-12 missile on Sunday. Last Thursday, it fired two "
            "short-range ballistic missiles from Hamhung, and on Jan. 5 it launched a hypersonic "
            "missile.",
            (1, 1),
        ),
    ],
)
def test_counts(text: str, count: tuple[int, int | None]) -> None:
    event = primary_of(text, "2024-03-18")
    assert (event.count_min, event.count_max) == count


@pytest.mark.parametrize(
    ("text", "distance", "apogee"),
    [
        (
            "The missile, fired on Monday, flew about 450 kilometres and reached an altitude of "
            "910 km.",
            450,
            910,
        ),
        ("North Korea fired a missile on Monday that flew an estimated 310 miles.", 499, None),
        ("North Korea fired a missile on Monday; it flew 800km (500 miles).", 800, None),
        (
            "North Korea fired a missile on Monday. It landed about 200 km west of Okushiri "
            "island.",
            None,
            None,
        ),
        ("North Korea fired an ICBM on Monday, a missile with a range of 15,000 km.", None, None),
        ("North Korea fired a missile on Monday which flew more than 4,000 km.", 4000, None),
        (
            "North Korea fired cruise missiles on Monday that flew for 10,208 seconds in oval "
            "and figure-eight patterns over a 2,000 km course.",
            2000,
            None,
        ),
        ("North Korea fired two missiles on Monday that struck a target 800 km away.", 800, None),
        (
            "North Korea fired a rocket on Monday whose second stage came down in the Pacific "
            "about 1,600 km from the launch site.",
            1600,
            None,
        ),
        (
            "North Korea fired a missile on Monday that fell about 200 km away from the Oga "
            "Peninsula.",
            None,
            None,
        ),
        (
            "North Korea fired a missile on Monday that exploded in mid-air at an altitude of "
            "less than 20 kilometres.",
            None,
            None,
        ),
    ],
)
def test_distance_and_apogee(text: str, distance: int | None, apogee: int | None) -> None:
    event = primary_of(text, "2024-03-18")
    assert event.distance_km == distance
    assert event.apogee_km == apogee


# --- places and missiles ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "site"),
    [
        ("North Korea fired a missile from Kaech'on on Monday.", "Kaechon"),
        (
            "A rocket blasted off from the Sohae Satellite Launching Ground on Monday.",
            "Tongchang-ri",
        ),
        ("The missile was fired from near the capital on Monday.", "Pyongyang"),
        ("The missile was fired from around Sinpho in South Hamgyong Province on Monday.", "Sinpo"),
        ("The missiles were launched from the Chagang Province area on Monday.", "Jagang"),
        (
            "The missiles were launched from Tongrim county in North Pyongan province on Saturday.",
            "Tongrim",
        ),
        ("North Korea fired two missiles from its east coast on Monday.", None),
    ],
)
def test_sites(text: str, site: str | None) -> None:
    assert primary_of(text, "2024-03-18").site == site


def test_vague_place_is_kept_as_text() -> None:
    event = primary_of(
        "North Korea fired two missiles from its east coast on Monday.", "2024-03-18"
    )
    assert event.site_text == "its east coast"


@pytest.mark.parametrize(
    ("text", "missile_class", "types"),
    [
        (
            "North Korea fired a suspected intermediate-range ballistic missile on Monday.",
            "IRBM",
            [],
        ),
        ("North Korea fired a ballistic missile on Monday.", "unknown", []),
        (
            "North Korea fired a short-range missile launched from a submarine on Monday.",
            "SLBM",
            [],
        ),
        ("Projectiles thought to be surface-to-ship missiles were fired on Monday.", "cruise", []),
        ("North Korea fired a missile on Monday that appeared to be a Rodong.", "MRBM", ["Rodong"]),
        (
            "North Korea test-fired a Hwasong-18 solid-fuel missile on Monday.",
            "ICBM",
            ["Hwasong-18"],
        ),
        (
            "North Korea test-fired the Hwasong-11-4.4, a new tactical missile, on Monday.",
            "SRBM",
            ["Hwasong-11-4.4"],
        ),
        (
            "A North Korean missile exploded after launch on Sunday. A U.S. official said the "
            "missile was likely a medium-range missile and not an intercontinental ballistic "
            "missile.",
            "MRBM",
            [],
        ),
        (
            "North Korea fired two ballistic missiles on Wednesday, hours before South Korea's "
            "president watched his country's first test of a submarine-launched ballistic missile.",
            "unknown",
            [],
        ),
        (
            "North Korea fired two short-range ballistic missiles on Sunday. Most of the "
            "systems involved, from the KN-25 super-large rocket launcher to the KN-24 tactical "
            "missile, were first shown last year, and Pyongyang is proving out salvo launches.",
            "SRBM",
            [],
        ),
        (
            "North Korea fired a long-range rocket on Monday. Hours later, state television "
            "claimed the Kwangmyongsong-4 satellite had been placed into orbit.",
            "SLV",
            [],
        ),
        (
            "North Korea said it test-fired a newly developed hypersonic missile, named the "
            "Hwasong-8, on Monday.",
            "hypersonic",
            ["Hwasong-8"],
        ),
        (
            "North Korea fired projectiles on Monday. The JCS initially said the North had fired "
            "short-range missiles, but later revised its description to 'projectiles'.",
            "unknown",
            [],
        ),
    ],
)
def test_missile_class_follows_the_words(text: str, missile_class: str, types: list[str]) -> None:
    event = primary_of(text, "2024-03-18")
    assert event.missile_class == missile_class
    assert event.missile_types == types


# --- primary, background, negatives ------------------------------------------------------------


def test_background_launches_with_resolvable_dates() -> None:
    text = (
        "North Korea fired a ballistic missile into the East Sea on Wednesday. "
        "The launch came 78 days after the North tested a submarine-launched missile. "
        "It was the first launch since Sept. 28. The North also fired two ICBMs in July. "
        "It was the fifth launch this year."
    )
    events = events_of(text, "2022-01-05")
    assert events[0].role == "primary" and events[0].date == "2022-01-05"
    assert sorted(e.date for e in events[1:]) == ["2021-07", "2021-09-28", "2021-10-19"]
    assert all(e.role == "background" for e in events[1:])


def test_one_launch_reported_twice_is_one_event() -> None:
    text = (
        "North Korea fired a missile on Thursday, Seoul said. Thursday's launch was the "
        "third this month. Japan said the missile fired on Thursday fell into the sea."
    )
    assert len(events_of(text, "2023-03-16")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "North Korea held a military parade on Saturday, showing a new Hwasong-15 missile.",
        "North Korea conducted its sixth nuclear test on Sunday, Seoul said.",
        "South Korea test-fired its Hyunmoo-4 ballistic missile on Tuesday.",
        "The US Air Force launched an unarmed Minuteman III missile on Wednesday.",
        "North Korea notified Japan that it will launch a satellite between May 31 and June 11.",
        "North Korea tested a solid-fuel engine for a new missile on Friday, state media said.",
        "North Korea fired artillery shells near the border island on Friday.",
    ],
)
def test_no_launch_no_event(text: str) -> None:
    assert events_of(text, "2024-03-18") == []


def test_undated_launch_is_on_the_publication_day() -> None:
    event = primary_of(
        "North Korea has fired a ballistic missile, Japan's coast guard said.", "2023-03-19"
    )
    assert event.date == "2023-03-19"
    assert event.reported_by == ["Japan Coast Guard"]


def test_dates_resolve_against_file_time_when_published_is_missing() -> None:
    stamp = dt.datetime(2023, 3, 19, 3, 0, tzinfo=dt.UTC)
    article = article_from_text(
        "North Korea fired a missile on Sunday.", "x.txt", fallback_published=stamp
    )
    assert extract(article)[0].date == "2023-03-19"


# --- rules found by the fifth blind batch (docs/accuracy.md) ---------------------------------


@pytest.mark.parametrize(
    ("sentence", "site"),
    [
        ("The missiles were fired from near the east coast town of Wonsan at 5:34 a.m.", "Wonsan"),
        ("The missiles flew toward the East Sea from the Wonsan area, the JCS said.", "Wonsan"),
        ("The JCS detected the launches from the Junghwa area of North Hwanghae.", "Chunghwa"),
    ],
)
def test_site_named_after_a_description_or_a_destination(sentence: str, site: str) -> None:
    text = f"North Korea fired two ballistic missiles on Thursday. {sentence}"
    assert primary_of(text, "2019-07-25").site == site


def test_a_list_of_days_is_a_launch_each() -> None:
    events = events_of(
        "North Korea fired a missile on Tuesday, the JCS said. It was the fifth launch in ten "
        "days, following launches on Sept. 25, 28 and 29 and Oct. 1, which came as the allies "
        "held naval drills.",
        "2022-10-04",
    )
    background = sorted(e.date for e in events if e.role == "background")
    assert background == ["2022-09-25", "2022-09-28", "2022-09-29", "2022-10-01"]


def test_allied_firing_in_response_is_not_the_north_korean_launch() -> None:
    events = events_of(
        "North Korea launched an ICBM late Friday night, the JCS said. In a show of force, "
        "South Korea and the United States fired surface-to-surface missiles into the East Sea "
        "early Saturday, the JCS said.",
        "2017-07-29",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2017-07-28", "ICBM")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # another country launching North Korean missiles
        "Russian forces launched at least one of the North Korean missiles into Ukraine on "
        "Dec. 30, and it landed in an open field, a White House spokesman said.",
        # an engine test, then "the test", then a denial of any launch
        "North Korea said on Saturday it had conducted a ground jet test of a new engine for "
        "cruise missiles. KCNA said the test was carried out by the Missile General Bureau on "
        "Friday. South Korea's military said it had not detected any missile launches on Friday.",
        # a plan announced on a day
        "North Korea announced a detailed plan Thursday to launch a salvo of ballistic missiles "
        "toward Guam. Under the plan, four Hwasong-12 missiles would fly over Japan.",
        # a parade, and what its missiles could do if fired
        "North Korea displayed a record number of ICBMs at a nighttime parade on Wednesday. "
        "Photos showed around 11 Hwasong-17 ICBMs rolling through the square, more than enough "
        "to overwhelm U.S. missile defenses if fired in a salvo, analysts said.",
        # "The U.S. Air Force": a stop ends the actor's name
        "The U.S. Air Force destroyed an unarmed Minuteman III intercontinental ballistic "
        "missile over the Pacific after an anomaly during a test launch late Wednesday. The "
        "missile lifted off from Vandenberg Space Force Base at 11:31 p.m. local time.",
        # a ground test of a motor for a "quickly launched" missile
        'North Korea said on Friday it had conducted a successful test of a "high-thrust '
        'solid-fuel motor" for a new strategic weapon, which analysts said could allow it to '
        "field a more mobile and quickly launched intercontinental ballistic missile. Kim Jong "
        "Un oversaw the ground test on Thursday at the Sohae Satellite Launching Ground.",
        # the launch a sentence goes on about after South Korea's test is South Korea's
        "Streaks of light over South Korea on Friday came from a test of a South Korean "
        "solid-fuel space launch vehicle. The Agency for Defense Development carried out the "
        "test over the Yellow Sea at around 6 p.m., the ministry said, adding that the launch "
        "had been conducted without advance notice.",
        # "the allies" are Seoul and Washington
        "The allies' tactical missiles were fired into the sea on Wednesday in a show of force "
        "against North Korea, South Korea's Joint Chiefs of Staff said.",
    ],
)
def test_not_a_north_korean_launch(text: str) -> None:
    assert events_of(text, "2024-01-04") == []


def test_noon_is_a_launch_time() -> None:
    event = primary_of(
        "North Korea fired a ballistic missile on Tuesday. The missile was launched at around "
        "noon from the Pyongyang area, the JCS said.",
        "2024-01-16",
    )
    assert (event.time_kst, event.time_utc) == ("12:00", "2024-01-16T03:00Z")


def test_a_month_beside_its_own_days_is_not_one_more_launch() -> None:
    events = events_of(
        "North Korea fired two missiles on Thursday, the JCS said. In May, Pyongyang conducted "
        "two rounds of launches, on May 4 and May 9.",
        "2019-07-25",
    )
    assert sorted(e.date for e in events if e.role == "background") == [
        "2019-05-04",
        "2019-05-09",
    ]


def test_first_launch_since_a_month_whose_days_are_given_is_not_one_more() -> None:
    events = events_of(
        "North Korea fired two missiles on Thursday, its first launch since May, the JCS said. "
        "Pyongyang fired missiles on May 4 and May 9.",
        "2019-07-25",
    )
    assert sorted(e.date for e in events if e.role == "background") == [
        "2019-05-04",
        "2019-05-09",
    ]


def test_an_earlier_launch_this_month_is_kept_beside_the_primary() -> None:
    events = events_of(
        "North Korea fired a missile on Thursday, the JCS said. It also fired a cruise missile "
        "earlier this month.",
        "2024-09-19",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2024-09-19"),
        ("background", "2024-09"),
    ]


def test_a_class_named_for_an_earlier_event_is_not_this_launchs() -> None:
    event = primary_of(
        "North Korea fired about 18 short-range ballistic missiles from the Sunan area on "
        "Thursday, days after a failed attempt to put a military spy satellite into orbit.",
        "2024-05-30",
    )
    assert event.missile_class == "SRBM"


# --- rules found by the sixth blind batch ----------------------------------------------------


def test_a_launch_that_could_be_carried_out_is_not_one() -> None:
    text = (
        "North Korea could carry out another intercontinental ballistic missile launch around "
        "the party anniversary on Tuesday, a lawmaker said."
    )
    assert events_of(text, "2017-10-08") == []


def test_site_in_waters_off_a_town() -> None:
    event = primary_of(
        "North Korea fired a submarine-launched ballistic missile from waters northeast of "
        "Wonsan on Wednesday, the JCS said.",
        "2019-10-02",
    )
    assert event.site == "Wonsan"


def test_on_the_ordinal_day_is_a_day_of_this_month() -> None:
    events = events_of(
        "North Korea fired two missiles on Sunday, the JCS said. On the 21st, the country "
        "launched what it called a tactical guided weapon.",
        "2020-03-29",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2020-03-29"),
        ("background", "2020-03-21"),
    ]


def test_washington_time_with_its_own_weekday_is_the_same_launch() -> None:
    events = events_of(
        "North Korea launched an ICBM on Wednesday. The missile was launched at about 3:17 a.m. "
        "Wednesday Seoul time, or 1:17 p.m. Tuesday in Washington, from Pyongsong.",
        "2017-11-29",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2017-11-29", "03:17", "Pyongsong")
    ]


def test_a_count_before_a_quoted_missile_name() -> None:
    event = primary_of(
        'North Korea launched two "strategic cruise missiles" from a submarine early Sunday, '
        "state media reported.",
        "2023-03-13",
    )
    assert (event.count_min, event.count_max) == (2, 2)


def test_a_closed_quotation_does_not_hide_the_launch_verb_before_a_time() -> None:
    event = primary_of(
        'The JCS said the North launched what it called a "space launch vehicle" southward from '
        "the Tongchang-ri area at around 6:29 a.m. on Wednesday.",
        "2023-05-31",
    )
    assert event.time_kst == "06:29"


def test_what_another_country_called_the_missile_is_its_class() -> None:
    event = primary_of(
        "North Korea on Wednesday fired what the Pentagon called an intercontinental ballistic "
        "missile, ending a two-month lull in launches.",
        "2017-11-29",
    )
    assert event.missile_class == "ICBM"


def test_a_class_in_another_countrys_test_is_not_the_launchs() -> None:
    event = primary_of(
        "North Korea fired ballistic missiles from a train on Wednesday, hours before South Korea "
        "conducted its own first submarine-launched ballistic missile test.",
        "2021-09-15",
    )
    assert event.missile_class != "SLBM"


# --- rules from a benchmark's synthetic wire copy and a live blog ------------------------------


def test_a_distance_in_km_ends_its_sentence() -> None:
    """Two sentences in "134 km. It was...": the attribution of the first is not the
    earlier launch's."""
    events = events_of(
        "North Korea fired two ballistic missiles from Wonsan on Tuesday, South Korea's Joint "
        "Chiefs of Staff said. Japan's Defense Ministry said they reached an altitude of 134 km. "
        "It was the North's first launch since June 1, when it fired a cruise missile.",
        "2025-07-08",
    )
    assert [(e.role, e.date, e.reported_by) for e in events] == [
        ("primary", "2025-07-08", ["South Korea JCS", "Japan Ministry of Defense"]),
        ("background", "2025-06-01", []),
    ]


def test_a_launch_time_without_a_day_is_the_storys_day_far_from_the_lead() -> None:
    """A live blog puts its first report at the foot; "launched at 7:40 a.m." anywhere in it
    is the story's own day."""
    blog = "\n\n".join(
        [
            "This page is no longer being updated. Times are Korea Standard Time.",
            "11:02 — Security council\nPresident Yoon has convened a National Security Council "
            "meeting. The office condemned the provocation.",
            "10:31 — Tokyo corrects itself\nJapan now says the missile did not pass over Japan.",
            "09:24 — JCS gives flight data\nThe Joint Chiefs of Staff says the long-range missile "
            "launched at 7:40 a.m. from the Sunan area was a suspected ICBM. It flew about 760 km.",
        ]
    )
    event = primary_of(blog, "2022-11-03T11:05:00+09:00")
    assert (event.date, event.time_kst, event.site, event.distance_km) == (
        "2022-11-03",
        "07:40",
        "Sunan",
        760,
    )


def test_a_test_that_reached_an_apogee_is_a_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-18 from the Pyongyang area on Monday. The missile first "
        "flew on 13 April 2023. The second flight, on 12 July 2023, was a full-power lofted test "
        "that reached an apogee of about 6,000 km.",
        "2023-12-18",
    )
    second = [e for e in events if e.date == "2023-07-12"]
    assert len(second) == 1 and second[0].apogee_km == 6000


# --- rules from the seventh blind set --------------------------------------------------------


def test_a_british_time_and_its_gmt_twin_are_one_instant() -> None:
    events = events_of(
        "North Korea has fired at least three short-range ballistic missiles, the JCS says. The "
        "first was launched at 8.51am local time (23.51 GMT on Tuesday) from the Wonsan area.",
        "2022-11-02T10:00:00+00:00",
    )
    assert [(e.role, e.date, e.time_kst, e.time_utc) for e in events] == [
        ("primary", "2022-11-02", "08:51", "2022-11-01T23:51Z")
    ]


def test_a_when_clause_goes_on_about_the_earlier_launch_it_follows() -> None:
    events = events_of(
        "North Korea fired a ballistic missile from the Wonsan area on Wednesday. North Korea "
        "last fired missiles on Friday of last week, when it launched two short-range ballistic "
        "missiles from Tongchon that flew about 230km.",
        "2022-11-02",
    )
    assert [(e.role, e.date, e.site, e.count_min, e.distance_km) for e in events] == [
        ("primary", "2022-11-02", "Wonsan", 1, None),
        ("background", "2022-10-28", "Tongchon", 2, 230),
    ]


def test_the_days_final_tally_is_the_count() -> None:
    """A live story's early "at least three" and "six more" are steps to the day's figure."""
    event = primary_of(
        "North Korea fired 23 missiles on Wednesday, the JCS said. Earlier, North Korea had "
        "fired at least three missiles off its east coast, the JCS said. It fired six more "
        "missiles in the afternoon, bringing the total for the day to 23.",
        "2022-11-02",
    )
    assert (event.count_min, event.count_max) == (23, 23)


def test_plural_altitudes_give_the_apogee() -> None:
    event = primary_of(
        "North Korea fired eight ballistic missiles on Sunday. They flew between 110 and 670 "
        "kilometres at altitudes of between 25 and 90 kilometres, the JCS said.",
        "2022-06-05",
    )
    assert (event.distance_km, event.apogee_km) == (670, 90)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's Ground Self-Defense Force fired Type 88 surface-to-ship missiles at a range in "
        "Hokkaido on Tuesday, as North Korea continued to threaten its neighbours. The GSDF fired "
        "a missile from the Shizunai range on Tuesday.",
        "South Korea has successfully conducted the first test launch of a solid-fuel space "
        "launch vehicle that it is developing, the Defense Ministry said Wednesday. The Agency "
        "for Defense Development carried out the test at its test site on Wednesday afternoon.",
        "South Korea tested a solid-fuel rocket on Wednesday. An official said the timing of the "
        "South Korean launch had been planned in advance and was not a response to the North's "
        "provocation. Residents posted videos of a bright trail in the sky on Wednesday, before "
        "the ministry disclosed the launch.",
    ],
)
def test_japanese_and_south_korean_firings_are_not_north_koreas(text: str) -> None:
    assert [e for e in events_of(text, "2022-03-30") if e.role == "primary"] == []


def test_the_year_a_moratorium_was_declared_is_not_a_launch() -> None:
    events = events_of(
        "North Korea fired an intercontinental ballistic missile on Thursday, ending a "
        "self-imposed moratorium on long-range missile tests that leader Kim Jong Un had "
        "declared in 2018.",
        "2022-03-25",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-03-24")]


def test_the_day_an_agency_reported_is_not_the_launch_day() -> None:
    events = events_of(
        "On Thursday, October 31, at 4:35 p.m. local time, North Korea launched two short-range "
        "projectiles from Sunchon. On November 1, the Korean Central News Agency (KCNA) reported "
        "that the Academy of Defence Science had conducted a test-fire of a super-large multiple "
        "rocket launcher.",
        "2019-11-01T15:30:00-04:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2019-10-31", "16:35")]


def test_a_counted_subject_of_a_passive_firing_is_a_launch() -> None:
    events = events_of(
        "North Korea fired two projectiles from Sunchon on Thursday. On September 10, two more "
        "were fired from near Kaechon and flew about 330 kilometers.",
        "2019-10-31",
    )
    assert [(e.role, e.date, e.site, e.distance_km) for e in events] == [
        ("primary", "2019-10-31", "Sunchon", None),
        ("background", "2019-09-10", "Kaechon", 330),
    ]


def test_a_threat_to_launch_and_a_meeting_set_for_a_day_are_no_launch() -> None:
    events = events_of(
        "Earlier this month, a North Korean vice minister warned of a Christmas gift, a message "
        "analysts read as a threat to launch a long-range missile or a satellite. The United "
        "States has called a Security Council meeting for Wednesday to discuss the North's "
        "recent launches.",
        "2019-12-03",
    )
    assert events == []


def test_earlier_launches_told_through_what_was_said_keep_their_facts() -> None:
    """A launch Kim "oversaw", a figure for "that missile" after who said it, and a launch
    Pyongyang "said" it made on an earlier day (that day's): none of their facts are today's."""
    events = events_of(
        "North Korea fired two short-range ballistic missiles early Monday, which flew about 380 "
        "kilometers, South Korea's military said. On Tuesday, January 11, leader Kim Jong Un "
        "oversaw the test of what state media described as a hypersonic missile. South Korea's "
        "military said that missile flew more than 700 kilometers. And on January 5, Pyongyang "
        "said it had launched a hypersonic missile that hit a target 700 kilometers away.",
        "2022-01-16T21:40:00-05:00",
    )
    primary, *background = events
    assert (primary.date, primary.missile_class, primary.distance_km) == ("2022-01-17", "SRBM", 380)
    assert [(e.date, e.missile_class, e.distance_km) for e in background] == [
        ("2022-01-11", "hypersonic", 700),
        ("2022-01-05", "hypersonic", 700),
    ]


def test_a_honolulu_statement_dates_launches_by_their_hawaii_times() -> None:
    """ "2:40 p.m. Hawaii time July 3" is July 4 in Korea, and so is the statement's "today's
    launch"; "10:39 a.m. Hawaii time May 28" is May 29 there."""
    events = events_of(
        "U.S. Pacific Command detected and tracked a land-based missile launch at 2:40 p.m. "
        "Hawaii time July 3. Q: Was Guam at risk from today's launch? A: No. The previous "
        "statement concerned a short-range ballistic missile launch that we detected and tracked "
        "at 10:39 a.m. Hawaii time May 28.",
        "2017-07-03T17:45:00-10:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-07-04"),
        ("background", "2017-05-29"),
    ]
    assert events[0].time_kst == "09:40"


def test_a_launch_of_years_before_is_not_the_storys_news() -> None:
    """A 2022 feature on a launch site: its dated launches are history, none is its news."""
    events = events_of(
        "Satellite imagery shows new construction at the Sohae Satellite Launching Station. A "
        "second Unha-3 launched from the same pad on December 12, 2012, and on February 7, 2016, "
        "a rocket of the same family put the Kwangmyongsong-4 into orbit.",
        "2022-03-11",
    )
    assert [(e.role, e.date) for e in events] == [
        ("background", "2012-12-12"),
        ("background", "2016-02-07"),
    ]


def test_a_dashed_list_of_failed_attempts_is_a_launch_each() -> None:
    events = events_of(
        "North Korea fired a Musudan missile on Wednesday, its fifth attempt this year. Its four "
        "previous attempts -- once on April 15, twice on April 28 and once on May 31 -- all "
        "ended in failure.",
        "2016-06-22",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
        ("background", "2016-04-28"),
        ("background", "2016-05-31"),
    ]


def test_a_numbered_series_of_flights_is_recounted_not_reported() -> None:
    events = events_of(
        "New construction at Sohae follows two launches from Sunan that North Korea described as "
        "satellite tests. The first, on February 27, flew about 300 km. The second, on March 5, "
        "flew about 270 km at an altitude of approximately 560 km.",
        "2022-03-11",
    )
    assert [(e.role, e.date, e.distance_km) for e in events] == [
        ("background", "2022-02-27", 300),
        ("background", "2022-03-05", 270),
    ]


def test_news_of_a_weekend_is_known_to_its_month() -> None:
    """A Tuesday story's "over the weekend" is Saturday or Sunday: the month is all it says;
    the day officials spoke and the month a president took office are no launches."""
    events = events_of(
        "North Korea test-fired two short-range cruise missiles into the Yellow Sea over the "
        "weekend, U.S. and South Korean officials said Tuesday, the first launches since U.S. "
        "President Joe Biden took office in January. The JCS did not announce the launch at the "
        "time, saying only on Tuesday that it had detected it.",
        "2021-03-23T16:40:00-04:00",
    )
    assert [(e.role, e.date, e.date_precision, e.missile_class, e.count_min) for e in events] == [
        ("primary", "2021-03", "month", "cruise", 2)
    ]


def test_a_roundups_list_dates_each_item_by_its_label() -> None:
    text = (
        "A rundown of the week's launches:\n\n"
        "- Last Thursday evening, the army staged a fire drill. The JCS tracked short-range "
        "ballistic missiles fired from near Nampo into the Yellow Sea.\n"
        '- Sunday: a submarine fired two "strategic cruise missiles" from waters off Kyongpo '
        "Bay.\n"
        "- Tuesday: two SRBMs from Jangyon flew about 620km into the East Sea.\n"
    )
    events = events_of(text, "2023-03-17")
    assert sorted((e.date, e.site) for e in events) == [
        ("2023-03-09", "Nampo"),
        ("2023-03-12", "Kyongpho"),
        ("2023-03-14", "Jangyon"),
    ]


def test_a_list_marked_with_arrows_or_triangles_dates_each_item_by_its_label() -> None:
    """Korean papers mark a list's items with "▶" or "▲" where others use a dash."""
    text = (
        "North Korea fired two short-range ballistic missiles into the East Sea early Sunday, "
        "the Joint Chiefs of Staff said.\n\n"
        "North Korea's launches this month:\n\n"
        "▶ March 9: Three projectiles from Sondok, South Hamgyong, fly up to 200 km.\n\n"
        "▲ March 21: Two short-range ballistic missiles from Sonchon fly 410 km.\n"
    )
    events = events_of(text, "2020-03-29T18:20:00+09:00")
    assert sorted((e.date, e.site, e.distance_km) for e in events if e.role == "background") == [
        ("2020-03-09", "Sondok", 200.0),
        ("2020-03-21", "Sonchon", 410.0),
    ]


def test_a_pledge_reaffirmed_in_a_year_and_again_in_another_is_no_launch() -> None:
    """The years a moratorium was reaffirmed are the pledge's; and "Pyongyang" as the subject of
    the pledge, or in "the Pyongyang Declaration", is no launch site."""
    events = events_of(
        "North Korea fired seven missiles on Wednesday. They are the first long-range test since "
        "it fired a Taepodong-1 missile over Japan in August 1998, and they breach the moratorium "
        "on long-range missile testing which Pyongyang reaffirmed in the Pyongyang Declaration "
        "with Japan in September 2002 and again in 2004.",
        "2006-07-05",
    )
    assert [(e.role, e.date, e.site) for e in events] == [
        ("primary", "2006-07-05", None),
        ("background", "1998-08", None),
    ]


def test_a_day_inside_a_clock_in_another_zone_does_not_move_the_sentence_elsewhere() -> None:
    """ "(7.32 pm BST on 4 July)" is the same instant as the Korean clock before it."""
    events = events_of(
        "North Korea fired seven missiles on Wednesday, the Foreign Secretary said. The first "
        "launch took place at 3.32 am Korean time (7.32 pm BST on 4 July).",
        "2006-07-05",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2006-07-05", "03:32")]


def test_a_transcripts_labels_are_no_sentences_before_the_launch_it_answers() -> None:
    """A written answer printed weeks later opens on labels ("Question", a member's name); the
    launch its question asks about is still its news."""
    events = events_of(
        "Question\n\nLord Alton of Liverpool:\n\nTo ask the Government what assessment they "
        "have made of the launch of ballistic missiles by North Korea on 25 March.\n\n"
        "Answer\n\nLord Ahmad of Wimbledon:\n\nThe UK condemns the launch of two short-range "
        "ballistic missiles by the DPRK on 25 March. The missiles were launched from the Hamju "
        "area at 07:06 local time.",
        "2021-04-13",
    )
    assert [(e.role, e.date, e.site, e.count_min) for e in events] == [
        ("primary", "2021-03-25", "Hamju", 2)
    ]


def test_a_launch_by_another_named_after_the_launch_word_is_not_north_koreas() -> None:
    events = events_of(
        "Lawmakers also pointed to the March test of a solid-fuel space launch vehicle by the "
        "Agency for Defense Development. Separately, the May launch of a Hwasong-17 by North "
        "Korea was condemned.",
        "2022-06-22",
    )
    assert [(e.date, e.missile_types) for e in events] == [("2022-05", ["Hwasong-17"])]


def test_a_day_beside_a_noun_in_a_clause_of_its_own_is_not_the_first_verbs() -> None:
    events = events_of(
        "On Friday, September 15, the regime fired a Hwasong-12 over Hokkaido. It was the second "
        "time in three weeks that Kim Jong-un has sent a missile over Japan, after a launch on "
        "August 29, and it followed two intercontinental ballistic missile tests in July.",
        "2017-09-18",
    )
    assert [(e.date, e.missile_class) for e in events if e.role == "background"] == [
        ("2017-08-29", "unknown"),
        ("2017-07", "ICBM"),
    ]


def test_a_similar_one_that_broke_apart_is_an_earlier_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Wednesday. Today's rocket comes eight months "
        "after a similar one broke apart and fell into the sea shortly after liftoff in April.",
        "2012-12-12",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2012-12-12"),
        ("background", "2012-04"),
    ]


def test_a_country_telling_on_a_day_what_a_missile_did_dates_that_launch() -> None:
    """Seoul or Tokyo saying "a missile fired from near Pyongyang exploded" tells the launch on
    the day it detected it, as its military does."""
    events = events_of(
        "North Korea fired an ICBM on Thursday. On March 16, South Korea said a missile fired "
        "from near Pyongyang exploded shortly after liftoff.",
        "2022-03-24",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-03-24"),
        ("background", "2022-03-16"),
    ]


def test_launches_said_to_be_the_norths_first_since_a_month_date_an_earlier_launch() -> None:
    events = events_of(
        "North Korea fired two missiles on Thursday. Suga said the ballistic missile launches "
        "threatened the peace and safety of Japan and the region and were the North's first "
        "since March last year.",
        "2021-03-25",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2021-03-25"),
        ("background", "2020-03"),
    ]


def test_the_month_of_a_summit_between_leaders_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired several projectiles on Saturday. The launch was the first since the "
        "North tested an intercontinental ballistic missile in November 2017, and comes after a "
        "second summit between North Korean leader Kim Jong Un and U.S. President Donald Trump "
        "in Hanoi in February ended without agreement.",
        "2019-05-04",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-05-04"),
        ("background", "2017-11"),
    ]


def test_a_corrections_account_of_an_earlier_versions_figure_is_not_read() -> None:
    events = events_of(
        "Editor's note: An earlier version of this story gave the launch time as 11:20 am and "
        "said a single missile was fired.\n\n"
        "North Korea launched a long-range rocket on Sunday. The rocket lifted off at 11:30 am "
        "(0230 GMT) from the Musudan-ri launch site.",
        "2009-04-05",
    )
    assert [(e.time_kst, e.count_min) for e in events] == [("11:30", 1)]


def test_the_town_of_a_province_named_before_it_is_the_site() -> None:
    events = events_of(
        "North Korea fired two missiles on Thursday. The missiles were launched at 7:06 a.m. from "
        "the South Hamgyong province town of Hamju and flew 450 kilometers.",
        "2021-03-25",
    )
    assert [(e.site, e.time_kst) for e in events] == [("Hamju", "07:06")]


def test_an_update_note_is_not_the_news_and_a_display_of_launches_is_no_parade() -> None:
    """The note "This story has been updated ... corrected to show that the launch took place
    April 5, not April 4" names a wrong day; "the biggest display of ballistic missiles since
    July 2006" is a show of launches, whose month is an earlier launch's."""
    events = events_of(
        "This story has been updated to reflect additional launches. It has also been corrected "
        "to show that the rocket launch took place April 5, not April 4.\n\n"
        "North Korea test-fired seven ballistic missiles off its east coast Saturday. The "
        "missiles were launched from near Wonsan. The launches were the North's biggest display "
        "of ballistic missiles since July 2006, when it fired a long-range missile.",
        "2009-07-04",
    )
    assert [(e.role, e.date, e.site, e.count_min) for e in events] == [
        ("primary", "2009-07-04", "Wonsan", 7),
        ("background", "2006-07", None, 1),
    ]


def test_what_an_earlier_launch_was_said_to_be_stays_with_it() -> None:
    """A relative clause ("that it later said were fired from its 600-millimeter rocket
    launchers") and the subject of a passive ("The Pukguksong-2, ..., was fired ... on February
    12") belong to the earlier launch; "which was Saturday afternoon here" is the same instant."""
    events = events_of(
        "North Korea launched an intercontinental ballistic missile from near Kusong on Sunday "
        "morning Korea time -- 5:27 a.m. local, which was Saturday afternoon here in California. "
        "On Feb. 20, it launched two short-range ballistic missiles from Sukchon that it later "
        "said were fired from its 600-millimeter multiple rocket launchers. The Pukguksong-2, the "
        "land-based version of the North's solid-fuel SLBM, was fired from Banghyon on February "
        "12.",
        "2017-05-13T20:00:00-07:00",
    )
    primary = events[0]
    assert (primary.date, primary.missile_class, primary.missile_types) == (
        "2017-05-14",
        "ICBM",
        [],
    )
    assert [e.date for e in events[1:]] == ["2017-02-20", "2017-02-12"]


def test_a_hypersonic_intermediate_range_missile_is_an_irbm() -> None:
    event = primary_of(
        "North Korea fired a hypersonic intermediate-range ballistic missile from the Pyongyang "
        "area on Sunday, South Korea's military said.",
        "2024-01-14",
    )
    assert event.missile_class == "IRBM"


def test_what_a_tally_of_launches_included_is_not_this_launchs_class() -> None:
    event = primary_of(
        "An unidentified projectile fired from the Sunan area on Wednesday exploded shortly after "
        "launch, the JCS said. Wednesday's launch was the North's tenth of the year so far, a pace "
        "that has included tests of what state media called hypersonic missiles and an "
        "intermediate-range ballistic missile.",
        "2022-03-16",
    )
    assert (event.missile_class, event.missile_types) == ("unknown", [])


def test_counts_from_two_sources_and_of_other_launches() -> None:
    """Seoul's "eight" and Tokyo's "at least six" (or "put the number at six") make six to
    eight; "two other ICBMs, the Hwasong-14" are not this launch's."""
    for tokyo in (
        "Japan's Defense Ministry said it had detected at least six ballistic missiles.",
        "Japan's defence ministry put the number at six, saying it had detected the missiles "
        "being fired from several locations.",
    ):
        event = primary_of(
            "North Korea fired eight short-range ballistic missiles from four sites on Sunday, "
            f"the JCS said. {tokyo}",
            "2022-06-05",
        )
        assert (event.count_min, event.count_max) == (6, 8), tokyo
    event = primary_of(
        "North Korea fired a Hwasong-15 intercontinental ballistic missile on Wednesday. "
        "Pyongyang has tested two other ICBMs, the Hwasong-14, this year.",
        "2017-11-29",
    )
    assert (event.count_min, event.missile_types) == (1, ["Hwasong-15"])


def test_a_press_releases_numbered_launches_add_up() -> None:
    """Japan's ministry gives each launch of the day a paragraph: one, "in addition" two, and
    "may have been an ICBM-class ballistic missile" says the class."""
    event = primary_of(
        "1. At around 7:39 a.m. today, North Korea launched one ballistic missile from the "
        "vicinity of Sunan toward the eastern direction.\n\n"
        "(3) This ballistic missile may have been an ICBM-class ballistic missile.\n\n"
        "2. In addition, at around 8:39 a.m. today, North Korea launched two ballistic missiles "
        "from the vicinity of Kaechon toward the eastern direction.",
        "2022-11-03",
    )
    assert (event.count_min, event.count_max, event.missile_class, event.time_kst) == (
        3,
        3,
        "ICBM",
        "07:39",
    )


def test_a_series_told_day_by_day() -> None:
    """ "two days later" counts from the day just named; a name given in passing does not part
    a test from its date; "on August 10 from near Hamhung and again on August 16" is two."""
    events = events_of(
        "North Korea fired two KN-23 missiles from Kwail on Tuesday. Earlier, Pyongyang tested a "
        "new multiple rocket launcher from Kalma on July 31, followed by another test of the "
        "system from Yonghung two days later. Then came tests of a new, smaller ballistic "
        "missile, sometimes referred to as KN-24, on August 10 from near Hamhung and again on "
        "August 16 from the Tongchon area.",
        "2019-08-20",
    )
    assert sorted(e.date for e in events if e.role == "background") == [
        "2019-07-31",
        "2019-08-02",
        "2019-08-10",
        "2019-08-16",
    ]


def test_the_leads_launch_of_last_month_is_the_news() -> None:
    events = events_of(
        "North Korea test-fired a new medium-range ballistic missile into the Sea of Japan late "
        "last month, government sources said Friday. The missile was launched from near the "
        "Musudan-ri area and flew about 500 kilometers.",
        "1993-06-12",
    )
    assert [(e.role, e.date, e.date_precision, e.distance_km) for e in events] == [
        ("primary", "1993-05", "month", 500)
    ]


def test_an_engine_tested_on_the_ground_is_no_launch() -> None:
    events = events_of(
        "North Korea unveiled its new Hwasong-20 ICBM at a parade on Friday. Analysts said the "
        "missile likely uses the solid-fuel engine that the North said it tested on the ground "
        "last month.",
        "2025-10-11",
    )
    assert events == []


def test_counts_of_separate_firings_names_and_corrections() -> None:
    """Two firings at their own times add up; "called the launch a ballistic missile" names
    it; a count Tokyo "initially judged" and "now believes" otherwise is replaced."""
    event = primary_of(
        "At around 5:59 a.m. today, North Korea launched one ballistic missile from the vicinity "
        "of Pyongyang. At around 6:42 a.m. today, North Korea launched one ballistic missile "
        "from the vicinity of Sunan.",
        "2023-06-15",
    )
    assert (event.count_min, event.count_max) == (2, 2)
    event = primary_of(
        "North Korea fired two projectiles on Thursday, Seoul's military said. Japanese Prime "
        'Minister Shinzo Abe called the launch a "ballistic missile" and condemned it.',
        "2019-11-28",
    )
    assert (event.count_min, event.count_max) == (2, 2)
    event = primary_of(
        "North Korea fired a ballistic missile on Wednesday morning. Chief Cabinet Secretary "
        "Yoshihide Suga said Tokyo had initially judged that two missiles were launched, but now "
        "believes a single missile was fired.",
        "2019-10-02",
    )
    assert (event.count_min, event.count_max) == (1, 1)


def test_failed_attempts_and_failures_on_their_days() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. The North had failed in four "
        "earlier attempts — once on April 15, twice on April 28 and once on May 31.",
        "2016-06-22",
    )
    assert [e.date for e in events] == ["2016-06-22", "2016-04-15", "2016-04-28", "2016-05-31"]
    events = events_of(
        "North Korea launched a reconnaissance satellite on Monday. After failures on May 31 and "
        "August 24 last year, it put its first spy satellite into orbit in November.",
        "2024-05-27",
    )
    assert {"2023-05-31", "2023-08-24"} <= {e.date for e in events}


def test_a_missile_compared_with_is_not_the_one_launched() -> None:
    event = primary_of(
        "North Korea launched an Unha-3 rocket from the Sohae station on Wednesday. Experts say "
        "the Unha-3 is similar in design to the Taepodong-2 missile.",
        "2012-12-12",
    )
    assert event.missile_types == ["Unha-3"]
    event = primary_of(
        "North Korea fired two short-range missiles on Thursday. Military officials said the "
        "missiles appear to be a new type, similar to the KN-23.",
        "2019-07-25",
    )
    assert event.missile_types == ["KN-23"]  # the nearest name for what was fired


# --- rules from the eighth blind set ----------------------------------------------------------


def test_a_site_inside_a_named_city_or_province_is_the_site() -> None:
    event = primary_of(
        "North Korea launched an ICBM from near Pyongyang's Sunan airport at 5:58 a.m. on "
        "Wednesday, the JCS said.",
        "2022-03-24",
    )
    assert event.site == "Sunan"


@pytest.mark.parametrize(
    "text",
    [
        "According to Kirby, Russian forces fired at least one of the North Korean missiles into "
        "Ukraine on December 30.",
        "At 3 p.m., marines stationed on the islands fired about 400 rounds from K9 howitzers and "
        "other weapons into waters south of the NLL, double the number fired by the North.",
        "President Moon Jae-in on Friday observed a test launch of a newly developed ballistic "
        "missile at a test site in South Chungcheong Province.",
        "The council voted on Thursday. She said Pyongyang had repeatedly fired ballistic "
        "missiles, including what Washington says were intercontinental ballistic missiles.",
    ],
)
def test_firings_that_are_not_north_koreas_launches(text: str) -> None:
    assert [e for e in events_of(text, "2024-01-05") if e.role == "primary"] == []


def test_may_the_verb_is_not_may_the_month() -> None:
    event = primary_of(
        "North Korea fired an intermediate-range ballistic missile over Japan on Tuesday. "
        "Military officials in Seoul said it may have been a Hwasong-12.",
        "2022-10-04",
    )
    assert event.missile_types == ["Hwasong-12"]


def test_a_weekday_named_again_is_the_one_the_story_dated() -> None:
    """Once "last Saturday's drill" is said, "Saturday's drill" is that Saturday, not the day
    after a Friday story."""
    events = events_of(
        "On Thursday afternoon, North Korea launched a pair of short-range ballistic missiles "
        "from Kusong. The test came on the heels of last Saturday's strike drill near Wonsan. "
        "The Ministry of National Defense declined to call Saturday's weapon a ballistic missile.",
        "2019-05-10",
    )
    assert (events[0].role, events[0].date) == ("primary", "2019-05-09")
    assert "2019-05-11" not in {e.date for e in events}


def test_a_comparison_in_times_is_no_tally_of_launches() -> None:
    event = primary_of(
        "North Korea launched an intercontinental ballistic missile early Wednesday. It flew for "
        "about 50 minutes, rose to an altitude of about 2,800 miles — more than 10 times the "
        "height of the International Space Station — and traveled about 600 miles.",
        "2017-11-28T20:00:00-05:00",
    )
    assert (event.distance_km, event.apogee_km) == (966, 4506)


def test_what_was_not_launched_and_what_is_rarely_launched_give_no_class() -> None:
    event = primary_of(
        "North Korea launched a pair of short-range ballistic missiles on Thursday. Neither "
        "launch involved an intermediate-range or intercontinental missile. North Korea has "
        "rarely launched missiles so late, perhaps to complicate surveillance by U.S. and South "
        "Korean satellites.",
        "2019-05-10",
    )
    assert event.missile_class == "SRBM"


def test_a_timelines_entries_keep_their_own_figures() -> None:
    text = (
        "North Korea fired two projectiles from Yonpo on Thursday. They flew about 380 "
        "kilometers.\n\n"
        "A timeline of the year's launches:\n\n"
        "2019-05-04 — From the Hodo Peninsula near Wonsan, the North fires rockets and a new-type "
        "tactical guided weapon.\n\n"
        "2019-10-02 — The North fires a Pukguksong-3 submarine-launched ballistic missile from "
        "waters off Wonsan. It flies about 450 km at a maximum altitude of 910 km.\n"
    )
    events = events_of(text, "2019-11-29")
    primary = events[0]
    assert (primary.date, primary.distance_km, primary.apogee_km) == ("2019-11-28", 380, None)
    assert {e.date for e in events[1:]} == {"2019-05-04", "2019-10-02"}


def test_pronouns_pairs_of_ordinal_days_and_described_regions() -> None:
    events = events_of(
        "North Korea fired two ballistic missiles from the central inland region of Yangdok "
        "County on Wednesday. It was its third ICBM test of the year, following those on July 4 "
        "and July 28. The North also claimed to have tested a long-range cruise missile on the "
        "11th and 12th.",
        "2021-09-15",
    )
    assert events[0].site == "Yangdok"
    assert {"2021-07-04", "2021-07-28", "2021-09-11", "2021-09-12"} <= {e.date for e in events}


def test_a_series_of_failures_and_a_first_time_clause() -> None:
    """ "the first time the North has managed ..." after the count does not undo it; "The
    first, on April 15, the birthday of ..., ended in an explosion" and "another exploded on
    May 31" are launches of the series."""
    events = events_of(
        "North Korea on Wednesday fired two Musudan intermediate-range ballistic missiles from "
        "near Wonsan, the first time the North has managed a Musudan launch that did not end in "
        "failure. The first, on April 15, the birthday of national founder Kim Il-sung, ended in "
        "an explosion seconds after liftoff. Two more missiles failed on April 28, and another "
        "exploded on May 31.",
        "2016-06-22",
    )
    assert (events[0].count_min, events[0].count_max) == (2, 2)
    assert {"2016-04-15", "2016-04-28", "2016-05-31"} <= {e.date for e in events}


def test_bracing_for_another_launch_is_no_launch() -> None:
    events = events_of(
        "North Korea fired two missiles on Wednesday. The government had been bracing for "
        "another launch since Tuesday, when officials detected signs that a mobile launcher had "
        "been deployed near Wonsan.",
        "2016-06-22",
    )
    assert [e.date for e in events] == ["2016-06-22"]


def test_ninth_set_sites_classes_and_foreign_agencies() -> None:
    """Jongpyong is in the gazetteer; "presumed to be an IRBM" says the class; the Agency for
    Defense Development (ADD) is South Korea's."""
    event = primary_of(
        "The North fired three short-range ballistic missiles from Jongpyong, South Hamgyong "
        "Province, at 8:51 a.m. on Wednesday. The JCS said one was presumed to be an "
        "intermediate-range ballistic missile.",
        "2022-11-02",
    )
    assert (event.site, event.missile_class) == ("Jongpyong", "IRBM")
    events = events_of(
        "South Korea test-fired a new ballistic missile on Friday. The missile, developed by the "
        "state-run Agency for Defense Development (ADD), was launched at the agency's test site "
        "in Anheung on Friday.",
        "2017-06-23",
    )
    assert [e for e in events if e.role == "primary"] == []


def test_the_day_a_council_is_to_meet_is_no_launch_day() -> None:
    events = events_of(
        "North Korea confirmed on Friday that it test-fired its new Hwasong-17 intercontinental "
        "ballistic missile the previous day. The U.N. Security Council is expected to meet on "
        "Friday to discuss the launch.",
        "2022-03-25T09:58:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-03-24")]


def test_the_threat_from_pyongyang_is_no_launch_site() -> None:
    event = primary_of(
        "North Korea fired two Rodong missiles on Wednesday as the leaders of the United States, "
        "South Korea and Japan met to discuss the threat from Pyongyang. The missiles were fired "
        "from the Sukchon area north of the capital Pyongyang.",
        "2014-03-26",
    )
    assert event.site == "Sukchon"


def test_more_of_them_and_another_on_a_day() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. The North fired 2 more on April "
        "28, and another on May 31 exploded shortly after lift-off.",
        "2016-06-22",
    )
    assert {"2016-04-28", "2016-05-31"} <= {e.date for e in events}


def test_a_dated_firing_in_a_sentence_about_drills_is_a_launch() -> None:
    events = events_of(
        "North Korea fired a missile over Hokkaido on Tuesday. The launch followed North Korea's "
        "firing on Saturday of three short-range ballistic missiles, and came as the United "
        "States and South Korea were holding their annual exercise.",
        "2017-08-29",
    )
    assert "2017-08-26" in {e.date for e in events}


def test_the_north_at_the_head_of_a_sentence_is_north_korea() -> None:
    """After a paragraph on South Korea's response, "The North last fired ... last Friday" is
    North Korea's launch again."""
    events = events_of(
        "North Korea fired three short-range ballistic missiles from Jongpyong on Wednesday. South "
        "Korean fighter jets fired three air-to-surface missiles in response. The North last "
        "fired two short-range ballistic missiles last Friday from Tongchon.",
        "2022-11-02",
    )
    assert "2022-10-28" in {e.date for e in events}


def test_the_day_a_leader_called_the_launch_intolerable_is_no_launch() -> None:
    events = events_of(
        "North Korea fired a ballistic missile early Sunday local time. Abe, standing beside "
        "Trump at a news conference at Mar-a-Lago late Saturday, called the launch absolutely "
        "intolerable.",
        "2017-02-11T22:00:00-05:00",
    )
    assert "2017-02-11" not in {e.date for e in events}


# --- rules from the tenth blind set -----------------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "It had brought the North close to breaking its self-imposed moratorium on nuclear and "
        "intercontinental ballistic missile (ICBM) tests.",
        "Blinken said Moscow may share space and satellite technology with Pyongyang.",
        "Officials warned the North may conduct further weapons tests, possibly including an "
        "ICBM launch.",
    ],
)
def test_classes_of_bans_fields_and_possibilities_are_not_the_launchs(aside: str) -> None:
    event = primary_of(
        f"North Korea fired an intermediate-range ballistic missile on Monday. {aside}",
        "2024-01-15",
    )
    assert event.missile_class == "IRBM"


def test_rockets_to_be_launched_are_not_launched() -> None:
    events = events_of(
        "North Korea said on Thursday it would finalise a plan to fire missiles toward Guam. "
        '"The Hwasong-12 rockets to be launched by the KPA will cross the sky above Shimane, '
        'Hiroshima and Kochi prefectures," the statement said.',
        "2017-08-10",
    )
    assert events == []


@pytest.mark.parametrize(
    ("place", "site"),
    [
        ("from near the North Korean city of Kaesong", "Kaesong"),
        ("from inland North Pyongan Province", "North Pyongan"),
        ("from waters off the northeastern coastal city of Sinpo", "Sinpo"),
        ("from the North's eastern coastal Hamju area", "Hamju"),
        ("in the area of Kim Chaek City in North Hamgyong Province", "Kimchaek"),
        (
            "from four locations, starting with the Sunan area of Pyongyang and followed by "
            "Kaechon in South Pyongan Province",
            "Sunan",
        ),
    ],
)
def test_sites_after_describing_words(place: str, site: str) -> None:
    event = primary_of(f"North Korea fired two missiles {place} on Sunday.", "2014-07-13")
    assert event.site == site


def test_a_province_in_the_lead_gives_way_to_its_place_named_below() -> None:
    event = primary_of(
        "North Korea test-fired a ballistic missile from South Pyongan Province early on "
        "Saturday, the JCS said. The missile was fired from the vicinity of Pukchang, northeast "
        "of Pyongyang.",
        "2017-04-29",
    )
    assert event.site == "Pukchang"


def test_the_missile_a_participle_follows_is_the_dated_launchs() -> None:
    event = primary_of(
        "North Korea fired a Hwasong-18 ICBM on Wednesday. Its flight time surpassed the 70 "
        "minutes recorded for a Hwasong-17 ICBM launched on March 16.",
        "2023-07-12",
    )
    assert event.missile_types == ["Hwasong-18"]


def test_a_class_said_of_an_earlier_launch_stays_with_it() -> None:
    text = (
        "North Korea fired two short-range ballistic missiles on Thursday, the JCS said. "
        "The launch came days after the North fired two cruise missiles on Sunday. "
        "Biden had played down the cruise missile test, saying it was business as usual."
    )
    events = {e.date: e for e in events_of(text, "2021-03-25")}
    assert events["2021-03-25"].missile_class == "SRBM"
    assert events["2021-03-21"].missile_class == "cruise"


def test_a_type_said_of_an_earlier_launch_stays_with_it() -> None:
    text = (
        "North Korea fired two Rodong missiles on Wednesday, the JCS said. On March 3 it fired "
        'two Scud missiles from near Wonsan. "The Scuds are a message to the South," an '
        "analyst said."
    )
    events = {e.date: e for e in events_of(text, "2014-03-26")}
    assert events["2014-03-26"].missile_types == ["Rodong"]
    assert events["2014-03-03"].missile_types == ["Scud"]


def test_what_earlier_tests_were_is_theirs() -> None:
    event = primary_of(
        "North Korea fired a Hwasong-12 intermediate-range missile over Japan on Tuesday. The "
        "missile also follows two tests this summer of the Hwasong-14, an intercontinental "
        "ballistic missile.",
        "2017-08-29",
    )
    assert (event.missile_class, event.missile_types) == ("IRBM", ["Hwasong-12"])


@pytest.mark.parametrize(
    "sentence",
    [
        "The medium-range Rodong missile is based on Soviet-era Scud technology.",
        "Unlike the shorter-range Scuds, the Rodong missiles can reach Japan.",
        '"The move from Scuds to Rodongs is a step up," an analyst said.',
        '"It is a more powerful missile than the Scud," an analyst said.',
    ],
)
def test_a_missile_it_is_set_against_was_not_fired(sentence: str) -> None:
    event = primary_of(
        f"North Korea fired two Rodong missiles on Wednesday. {sentence}", "2014-03-26"
    )
    assert event.missile_types == ["Rodong"]


def test_a_parade_that_describes_the_identified_missile() -> None:
    events = events_of(
        "North Korea fired an intercontinental ballistic missile on Thursday. Officials said "
        "they believed the missile was a Hwasong-17, a giant ICBM that North Korea unveiled at "
        "a military parade in October 2020.",
        "2022-03-24",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2022-03-24", ["Hwasong-17"])
    ]


def test_an_agency_named_development_launches_what_it_launches() -> None:
    event = primary_of(
        "North Korea's National Aerospace Development Administration launched the Chollima-1 "
        "rocket on Thursday, state media said.",
        "2023-08-24",
    )
    assert (event.missile_class, event.missile_types) == ("SLV", ["Chollima-1"])


def test_the_time_the_missiles_were_detected_is_the_launch_time() -> None:
    event = primary_of(
        "North Korea fired about 18 short-range ballistic missiles on Thursday morning. The "
        "JCS said it detected the missiles at 6:14 a.m.",
        "2024-05-30",
    )
    assert event.time_kst == "06:14"


def test_a_day_dates_the_launch_before_it_not_the_earlier_one_after_it() -> None:
    event = primary_of(
        "North Korea fired several short-range ballistic missiles into the East Sea on Tuesday "
        "morning, eight days after it launched what it claimed was a new hypersonic "
        "intermediate-range ballistic missile.",
        "2025-01-14",
    )
    assert (event.count_min, event.count_max) == (2, None)
    assert event.missile_class == "SRBM"


def test_submarine_launched_missiles_on_parade_were_not_launched() -> None:
    event = primary_of(
        "A North Korean missile blew up almost immediately after it was launched from near "
        "Sinpo on Sunday, officials said. On Saturday, North Korea held a huge military parade "
        "in Pyongyang that showcased what appeared to be new intercontinental ballistic "
        "missiles as well as submarine-launched missiles.",
        "2017-04-16",
    )
    assert event.missile_class == "unknown"


def test_a_missile_a_country_is_close_to_launching_was_not_launched() -> None:
    event = primary_of(
        "North Korea fired a ballistic missile on Sunday. The official said it was believed to "
        "be an improved Rodong medium-range missile. Kim Jong Un said in a New Year's address "
        "that his country was close to test-launching an intercontinental ballistic missile.",
        "2017-02-12",
    )
    assert event.missile_class == "MRBM"


def test_a_test_the_story_calls_an_engine_test_is_no_launch() -> None:
    events = events_of(
        'North Korea said Sunday it had carried out a "very important test" at its Sohae '
        "satellite launching ground on Saturday afternoon. Analysts said it was most likely a "
        "ground test of an engine for a long-range rocket, conducted on a static test stand.",
        "2019-12-08",
    )
    assert events == []


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("An April launch of the same rocket broke apart a minute after liftoff.", "2012-04"),
        ("The May launch of a similar rocket failed.", "2012-05"),
    ],
)
def test_a_month_that_names_a_launch_dates_it(sentence: str, date: str) -> None:
    events = events_of(
        f"North Korea launched a long-range rocket on Wednesday. {sentence}", "2012-12-12"
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-12-12"), ("background", date)]


def test_a_month_name_alone_dates_nothing() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Wednesday. April Smith, an analyst, said "
        "the test was a success.",
        "2012-12-12",
    )
    assert [e.role for e in events] == ["primary"]


def test_the_most_recent_of_a_series_of_failures_is_a_launch() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. In the first of four earlier "
        "attempts, on April 15, the missile exploded seconds after leaving the launcher, while "
        "the most recent, on May 31, blew up on its mobile launcher.",
        "2016-06-22",
    )
    assert {"2016-04-15", "2016-05-31"} <= {e.date for e in events}


def test_a_first_since_before_a_sum_of_launches_is_one_launch() -> None:
    events = events_of(
        "North Korea fired two Rodong missiles on Wednesday. It was the first time since 2009 "
        "that the North had fired Rodong missiles, and the most serious in a string of launches "
        "over the past few weeks.",
        "2014-03-26",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2014-03-26"), ("background", "2009")]


def test_a_sum_of_launches_over_years_is_no_launch() -> None:
    events = events_of(
        "North Korea fired two Rodong missiles on Wednesday. The North has fired dozens of "
        "missiles since 2012.",
        "2014-03-26",
    )
    assert [e.role for e in events] == ["primary"]


def test_a_height_of_more_than_a_number_is_no_sum_of_launches() -> None:
    events = events_of(
        "North Korea fired an ICBM on Tuesday. On May 14, the North fired a Hwasong-12 that it "
        "said reached an altitude of more than 2,000 km, and in February it tested a solid-fuel "
        "Pukguksong-2 medium-range missile.",
        "2017-07-04",
    )
    assert {(e.date, tuple(e.missile_types)) for e in events if e.role == "background"} == {
        ("2017-05-14", ("Hwasong-12",)),
        ("2017-02", ("Pukguksong-2",)),
    }


def test_a_second_date_dates_the_second_launch_word() -> None:
    events = events_of(
        "North Korea fired short-range ballistic missiles on Thursday. On Jan. 25, it tested "
        'what KCNA called "underwater-to-surface strategic guided cruise missiles," and on Feb. '
        "26 it conducted another strategic cruise missile test.",
        "2025-05-08",
    )
    assert {e.date: e.missile_class for e in events} == {
        "2025-05-08": "SRBM",
        "2025-01-25": "cruise",
        "2025-02-26": "cruise",
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "State media said the Tuesday test verified the warhead.",
        "Analysts said Tuesday's test appeared to be a follow-up.",
    ],
)
def test_a_test_named_by_its_day_is_dated_by_it(sentence: str) -> None:
    event = primary_of(
        "North Korea said on Wednesday that it had successfully test-fired a new hypersonic "
        f"missile. {sentence}",
        "2024-04-03",
    )
    assert event.date == "2024-04-02"


def test_the_day_a_country_claimed_a_test_is_not_the_test_day() -> None:
    event = primary_of(
        "North Korea on Monday claimed a successful test of a new medium-range ballistic "
        "missile, a day after the launch drew condemnation. KCNA said the missile, fired on "
        "Sunday, used solid fuel.",
        "2017-02-13",
    )
    assert event.date == "2017-02-12"


@pytest.mark.parametrize(
    "sentence",
    [
        "Analysts called it a land-based version of the submarine-launched ballistic missile.",
        "It is more capable than the submarine-launched ballistic missile, analysts said.",
    ],
)
def test_the_class_of_what_a_missile_is_made_from_or_set_against(sentence: str) -> None:
    event = primary_of(
        f"North Korea fired a new medium-range ballistic missile on Sunday. {sentence}",
        "2017-02-12",
    )
    assert event.missile_class == "MRBM"


def test_a_dated_firing_of_missiles_beside_drills_is_a_launch() -> None:
    events = events_of(
        "North Korea fired two Rodong missiles on Wednesday. The launches followed the firing "
        "of two short-range Scud missiles on March 3, which coincided with annual joint "
        "military drills by South Korea and the United States.",
        "2014-03-26",
    )
    assert "2014-03-03" in {e.date for e in events}


def test_the_missile_after_an_earlier_single_missile_launch_is_that_one() -> None:
    event = primary_of(
        "North Korea fired two short-range ballistic missiles on Thursday. The first flew about "
        "350 km. The launches came two days after North Korea fired an intermediate-range "
        "ballistic missile over Japan. The missile flew about 4,600 kilometers.",
        "2022-10-06",
    )
    assert event.distance_km == 350


def test_what_was_said_at_the_time_is_of_the_launch_just_named() -> None:
    event = primary_of(
        "North Korea fired missiles from the Kaechon area on Wednesday that flew about 250 "
        "miles. On July 1, North Korea tested a new tactical ballistic missile. South Korea's "
        "military said at the time that the North had fired two missiles that day, one of which "
        "flew about 370 miles.",
        "2024-09-18",
    )
    assert event.distance_km == 402


def test_pyongyangs_ability_is_no_launch_site() -> None:
    event = primary_of(
        "North Korea fired a long-range rocket on Wednesday, an apparent success that deepens "
        "concern over Pyongyang's ability to build missiles. The Unha-3 rocket lifted off from "
        "the Sohae launch station on the country's west coast.",
        "2012-12-12",
    )
    assert event.site == "Tongchang-ri"


def test_the_day_a_report_was_published_is_not_the_launch_day() -> None:
    event = primary_of(
        "North Korea says the intercontinental ballistic missile it launched on Thursday was a "
        "new solid-fuel model called the Hwasong-19, in a report published Friday.",
        "2024-11-01",
    )
    assert event.date == "2024-10-31"


def test_that_missile_is_the_one_just_named() -> None:
    event = primary_of(
        "A North Korean missile exploded almost immediately after it was launched from near "
        "Sinpo on Sunday. Earlier this month, on April 5, North Korea fired a missile from the "
        "same area that flew about 60 kilometers. US officials identified that missile as an "
        "extended-range Scud.",
        "2017-04-16",
    )
    assert (event.missile_class, event.missile_types) == ("unknown", [])


def test_days_after_in_a_sentence_about_the_launch_just_named() -> None:
    events = events_of(
        "North Korea fired two short-range missiles on Thursday. The launch is the North's first "
        "since May 9, when it fired two short-range missiles from Kusong. That test came five "
        "days after the North fired a barrage of rockets from the Hodo Peninsula.",
        "2019-07-25",
    )
    assert sorted(e.date for e in events) == ["2019-05-04", "2019-05-09", "2019-07-25"]


def test_a_long_clause_keeps_its_launch_verb_for_its_time() -> None:
    event = primary_of(
        "According to KCNA on Wednesday, the National Aerospace Technology Administration "
        "launched the new Chollima-1 carrier rocket carrying the reconnaissance satellite "
        "Malligyong-1 from the Sohae Satellite Launching Ground in Cholsan County, North Pyongan "
        "Province, at 10:42:28 pm on Nov. 21. South Korea's Joint Chiefs of Staff said it "
        "detected the rocket at 10:43 pm as it flew south.",
        "2023-11-22",
    )
    assert (event.date, event.time_kst) == ("2023-11-21", "22:42")


def test_a_bracketed_gmt_time_is_the_same_instant_not_the_storys_day() -> None:
    article = article_from_text(
        "---\npublished: 2023-11-22T01:30:00+00:00\n---\nNorth Korea says it has put a spy "
        "satellite into orbit. KCNA said the Chollima-1 rocket was launched from the Sohae "
        "Satellite Launching Ground at 22:42 local time (13:42 GMT) on Tuesday.",
        "bbc.txt",
    )
    (event,) = [e for e in extract(article) if e.role == "primary"]
    assert (event.date, event.time_kst) == ("2023-11-21", "22:42")


@pytest.mark.parametrize(
    ("foreign", "time"),
    [("at 10:41 a.m. ET", "23:41"), ("shortly after 10 a.m. ET", "23:42")],
)
def test_the_earliest_time_of_two_sources(foreign: str, time: str) -> None:
    article = article_from_text(
        "---\npublished: 2017-07-28T12:00:00-04:00\n---\nNorth Korea fired an ICBM on Friday. "
        f"The Pentagon said the missile was fired {foreign}. Japan's government said the "
        "missile was launched at around 11:42 p.m. Japan time.",
        "ap.txt",
    )
    (event,) = [e for e in extract(article) if e.role == "primary"]
    assert event.time_kst == time


def test_that_drill_is_the_drill_just_named() -> None:
    events = events_of(
        "North Korea fired two short-range missiles at 4:29 p.m. on Thursday. The test came on "
        'the heels of last Saturday\'s "strike drill" on the Hodo Peninsula, where Kim Jong Un '
        "oversaw the firing of 240 mm and 300 mm multiple rocket launchers. The projectiles in "
        "that drill were launched between 9:06 and 9:27 a.m.",
        "2019-05-09",
    )
    assert {(e.date, e.time_kst) for e in events} == {
        ("2019-05-09", "16:29"),
        ("2019-05-04", "09:06"),
    }


@pytest.mark.parametrize(
    ("sentence", "dates"),
    [
        ("Two weeks ago, the country fired two short-range missiles.", ["2022-01-17"]),
        ("Two months ago, the country fired a cruise missile.", ["2021-11"]),
        (
            "The launch came about three weeks after the North fired cruise missiles on Jan. 8.",
            ["2022-01-08"],
        ),
    ],
)
def test_weeks_and_months_ago(sentence: str, dates: list[str]) -> None:
    events = events_of(
        f"North Korea fired a Hwasong-12 missile on Sunday. {sentence}", "2022-01-31"
    )
    assert [e.date for e in events if e.role == "background"] == dates


def test_a_dated_missile_that_flew_is_a_launch() -> None:
    events = events_of(
        "North Korea fired a ballistic missile over Japan on Friday. On August 29, a North "
        "Korean Hwasong-12 intermediate-range missile flew over Hokkaido and fell into the "
        "Pacific.",
        "2017-09-15",
    )
    assert {(e.role, e.date) for e in events} == {
        ("primary", "2017-09-15"),
        ("background", "2017-08-29"),
    }


def test_days_after_a_report_count_no_launch() -> None:
    events = events_of(
        "North Korea fired two ballistic missiles on Wednesday. The launches came two days after "
        "state media said the country had tested a new cruise missile on Saturday and Sunday.",
        "2021-09-15",
    )
    assert sorted(e.date for e in events) == ["2021-09-11", "2021-09-12", "2021-09-15"]


def test_days_after_a_condemnation_count_no_launch() -> None:
    events = events_of(
        "North Korea fired about 18 short-range ballistic missiles on Thursday. The launch came "
        "a day after Seoul and Tokyo condemned the failed satellite launch.",
        "2024-05-30",
    )
    assert [e.date for e in events] == ["2024-05-30"]


@pytest.mark.parametrize(
    ("sentence", "dated"),
    [
        ("The launch came a day after North Korea fired two cruise missiles.", True),
        (
            "The report by the official Korean Central News Agency came a day after South "
            "Korea's military detected two launches from the Kalma peninsula.",
            False,
        ),
    ],
)
def test_a_report_that_came_a_day_after_dates_nothing(sentence: str, dated: bool) -> None:
    found = [m for m in find_dates(sentence, dt.date(2019, 8, 1)) if m.days_before_primary == 1]
    assert bool(found) is dated


def test_those_missiles_after_an_attribution_are_the_ones_just_named() -> None:
    event = primary_of(
        "North Korea fired two ballistic missiles on Wednesday that flew about 800 kilometers. "
        "The launch came days after the North tested long-range cruise missiles on Saturday and "
        "Sunday. According to KCNA, those missiles flew for more than two hours before hitting "
        "targets 1,500 km away.",
        "2021-09-15",
    )
    assert event.distance_km == 800


def test_a_test_firing_beside_drills_is_a_launch() -> None:
    event = primary_of(
        "North Korean leader Kim Jong-un supervised the test-firing of a new-type tactical "
        "guided weapon on Thursday, state media said Friday, calling it a warning over planned "
        "joint military drills with the US.",
        "2019-07-26",
    )
    assert event.date == "2019-07-25"


def test_the_weapon_was_possibly_a_named_missile() -> None:
    event = primary_of(
        "North Korea fired an intercontinental ballistic missile on Thursday. Analysts said the "
        "weapon was possibly the Hwasong-17, a huge ICBM North Korea first displayed at a "
        "military parade in October 2020.",
        "2022-03-24",
    )
    assert (event.missile_class, event.missile_types) == ("ICBM", ["Hwasong-17"])


def test_a_super_large_rocket_launcher_is_a_class_and_a_calibre_names_the_system() -> None:
    described = primary_of(
        "North Korea fired two projectiles from a super-large multiple rocket launcher on "
        "Thursday, South Korea's military said.",
        "2019-10-31T18:00:00+09:00",
    )
    assert (described.missile_class, described.missile_types) == ("MLRS", [])
    named = primary_of(
        "North Korea fired two rockets from a 600-mm multiple rocket launcher on Thursday, "
        "South Korea's military said.",
        "2019-10-31T18:00:00+09:00",
    )
    assert (named.missile_class, named.missile_types) == (
        "MLRS",
        ["600-mm multiple rocket launcher"],
    )


def test_a_name_given_to_the_system_is_the_type_the_story_fired() -> None:
    events = events_of(
        "North Korea said Friday it had tested its super-large multiple rocket launcher the "
        "previous day. The system, which the US military calls the KN-25, was first tested on "
        "Aug. 24, when two projectiles flew 380 km.",
        "2019-11-01T10:00:00+09:00",
    )
    primary = next(e for e in events if e.role == "primary")
    assert (primary.date, primary.missile_types) == ("2019-10-31", ["KN-25"])
    assert [(e.date, e.missile_types) for e in events if e.role == "background"] == [
        ("2019-08-24", ["KN-25"])
    ]


def test_a_class_in_a_condition_or_on_display_is_not_the_launch_class() -> None:
    primary = primary_of(
        "North Korea fired a missile from near Pyongyang on Wednesday that exploded shortly "
        "after launch, South Korea's military said. \"If this was an ICBM, the failure will be "
        "an embarrassment,\" said one analyst. Some of the canisters on display at last month's "
        "parade could hold new intercontinental ballistic missiles.",
        "2022-03-16T15:00:00+09:00",
    )
    assert (primary.date, primary.missile_class) == ("2022-03-16", "unknown")


def test_undated_earlier_launches_lend_no_class_to_the_story_launch() -> None:
    primary = primary_of(
        "North Korea on Thursday test-fired what appeared to be an intercontinental ballistic "
        "missile, South Korea's military said. U.S. officials said this month that two recent "
        "launches the North described as satellite tests had in fact involved the new system.",
        "2022-03-24T18:00:00+09:00",
    )
    assert (primary.date, primary.missile_class) == ("2022-03-24", "ICBM")
    compared = primary_of(
        "North Korea fired a missile on Thursday, Japan said. It flew about 1,000 km, higher "
        "than the altitudes of the previous launches.",
        "2017-11-30T18:00:00+09:00",
    )
    assert compared.distance_km == 1000


def test_an_attempt_to_intercept_is_no_launch_of_the_interceptor() -> None:
    primary = primary_of(
        "North Korea launched a long-range rocket on Sunday. Tokyo did not attempt to intercept "
        "the rocket, officials said. Hours later, state media claimed that the rocket, which it "
        "called the Unha-2, had placed a satellite into orbit.",
        "2009-04-05T18:00:00+09:00",
    )
    assert (primary.missile_class, primary.missile_types) == ("SLV", ["Unha-2"])


def test_a_test_of_a_nuclear_weapon_is_no_launch() -> None:
    events = events_of(
        "North Korea says it has carried out its first test of a nuclear weapon, defying "
        "international warnings. The test comes three months after Pyongyang test-fired seven "
        "missiles, including a long-range Taepodong-2, on 5 July.",
        "2006-10-09T13:20:00+01:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2006-07-05")]


def test_a_story_led_by_another_countrys_launch_has_only_background() -> None:
    events = events_of(
        "South Korea launched its first military spy satellite on Saturday, less than two weeks "
        "after North Korea put its own reconnaissance satellite into orbit. North Korea placed "
        "its first spy satellite into orbit on Nov. 21 using a Chollima-1 rocket.",
        "2023-12-02T05:45:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2023-11-21")]


def test_a_distance_the_missile_fell_short_of_is_not_its_flight() -> None:
    primary = primary_of(
        "North Korea fired a submarine-launched ballistic missile off Sinpo on Saturday. It flew "
        "about 30 kilometers before falling into the sea. Officials said the flight was far "
        "short of the 300 km the SLBM would need to travel to be considered a success.",
        "2016-04-23T20:00:00+09:00",
    )
    assert primary.distance_km == 30


def test_a_year_said_once_dates_every_month_before_it() -> None:
    found = find_dates("It flew over Hokkaido in August and September 2017.", dt.date(2022, 10, 4))
    assert [(m.date, m.precision) for m in found] == [
        (dt.date(2017, 8, 1), "month"),
        (dt.date(2017, 9, 1), "month"),
    ]


def test_the_type_the_north_flew_before_names_todays_missile_and_dates_earlier_ones() -> None:
    events = events_of(
        "North Korea fired an intermediate-range ballistic missile over Japan on Tuesday, "
        "Japan's government said. Analysts said the missile may have been a Hwasong-12, the "
        "type North Korea flew over Hokkaido in August and September 2017.",
        "2022-10-04T12:00:00+09:00",
    )
    primary = next(e for e in events if e.role == "primary")
    assert (primary.date, primary.missile_types) == ("2022-10-04", ["Hwasong-12"])
    assert [e.date for e in events if e.role == "background"] == ["2017-08", "2017-09"]
    drones = events_of(
        "North Korea flew five drones across the border on Monday, South Korea's military said.",
        "2022-12-26T12:00:00+09:00",
    )
    assert drones == []


def test_missiles_set_against_in_a_list_are_not_the_launched_one() -> None:
    primary = primary_of(
        "North Korea on Wednesday launched its new solid-fuel Hwasong-18 intercontinental "
        "ballistic missile. Solid-fuel missiles are much harder to find and destroy ahead of a "
        "launch than the liquid-fueled Hwasong-15 and Hwasong-17.",
        "2023-07-12T12:00:00+09:00",
    )
    assert primary.missile_types == ["Hwasong-18"]


def test_a_name_goes_with_the_date_it_stands_nearest_to_by_either_end() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. Before that, the North launched a Hwasong-15 on "
        "Feb. 18 and a Hwasong-17 on March 16.",
        "2023-07-12T12:00:00+09:00",
    )
    background = {e.date: e.missile_types for e in events if e.role == "background"}
    assert background == {"2023-02-18": ["Hwasong-15"], "2023-03-16": ["Hwasong-17"]}


def test_days_after_the_first_day_of_drills_date_no_launch() -> None:
    events = events_of(
        "North Korea launched two short-range ballistic missiles early on Tuesday, South Korea's "
        "military said. The launch comes one day after South Korea and the U.S. began the first "
        "phase of summertime joint military drills, which Pyongyang has repeatedly condemned as "
        "a rehearsal for invasion and a violation of agreements reached between the leaders of "
        "the two Koreas.",
        "2019-08-06T10:12:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2019-08-06")]


def test_a_date_before_a_clause_that_opens_with_its_own_date_is_not_that_verbs() -> None:
    events = events_of(
        "North Korea fired a short-range ballistic missile on Saturday, South Korea's military "
        "said. The North also conducted what it called tactical nuclear drills in late "
        "September, and on Nov. 2 fired more than 20 missiles.",
        "2022-12-31T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-12-31"),
        ("background", "2022-11-02"),
    ]


def test_a_story_led_by_a_nuclear_test_counts_its_launches_back_from_that_day() -> None:
    events = events_of(
        "North Korea said Sunday it has successfully conducted a hydrogen bomb test, in its "
        "sixth and most powerful nuclear test. The test came five days after the North fired a "
        "Hwasong-12 intermediate-range ballistic missile over Japan. The North also test-fired "
        "two Hwasong-14 ICBMs in July.",
        "2017-09-03T16:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("background", "2017-08-29"),
        ("background", "2017-07"),
    ]


def test_a_missile_possibly_of_a_class_fired_toward_the_east_from_around_a_city() -> None:
    primary = primary_of(
        "The Defense Ministry says North Korea fired a ballistic missile possibly of the ICBM "
        "class toward the east from around Pyongyang at about 7:22 a.m. Japan time.",
        "2023-04-13T09:00:00+09:00",
    )
    assert (primary.site, primary.missile_class, primary.time_kst) == ("Pyongyang", "ICBM", "07:22")


def test_a_salvo_from_listed_sites_timed_from_its_first_firing() -> None:
    primary = primary_of(
        "North Korea fired a barrage of eight short-range ballistic missiles toward the East Sea "
        "on Sunday, South Korea's military said. The missiles were fired from four locations -- "
        "the Sunan area of Pyongyang, Kaechon in South Phyongan Province and Hamhung in South "
        "Hamgyong Province -- over a period of about 35 minutes from 9:08 a.m., the Joint "
        "Chiefs of Staff said. They flew between 110 and 670 kilometers at altitudes of 25-90 "
        "km, the JCS said.",
        "2022-06-05T12:00:00+09:00",
    )
    assert (primary.site, primary.time_kst) == ("Sunan", "09:08")
    assert (primary.distance_km, primary.apogee_km) == (670, 90)


def test_what_state_media_said_the_next_day_and_tests_counted_before_a_month() -> None:
    events = events_of(
        "North Korea fired several short-range ballistic missiles on Tuesday morning, South "
        "Korea's military said. The missiles flew about 250 km. Tuesday's launch follows the "
        "test on Jan. 6 of what the JCS described as an intermediate-range ballistic missile. "
        "State media said the next day that the weapon was a new hypersonic missile that flew "
        "1,500 km. The province has been used for missile launches in the past, including two "
        "hypersonic missile tests in January 2022.",
        "2025-01-14T12:00:00+09:00",
    )
    primary = events[0]
    assert (primary.role, primary.date, primary.missile_class) == ("primary", "2025-01-14", "SRBM")
    assert (primary.count_min, primary.count_max, primary.distance_km) == (2, None, 250)


def test_pyongyang_time_was_half_an_hour_behind_seoul_from_2015_to_2018() -> None:
    primary = primary_of(
        "North Korea launched a long-range rocket on Sunday. State television said the launch "
        "took place at 9 a.m. Pyongyang time.",
        "2016-02-07T15:00:00+09:00",
    )
    assert (primary.time_kst, primary.time_utc) == ("09:30", "2016-02-07T00:30Z")
    later = primary_of(
        "North Korea launched a ballistic missile on Wednesday. State media said the launch took "
        "place at 8 a.m. Pyongyang time.",
        "2019-05-08T15:00:00+09:00",
    )
    assert later.time_kst == "08:00"


def test_a_class_first_told_then_revised_gives_way() -> None:
    primary = primary_of(
        "North Korea fired multiple short-range projectiles off its east coast on Saturday, "
        "South Korea's military said. The JCS initially told reporters that the North had fired "
        "a short-range missile but later revised its statement, saying the objects were "
        '"short-range projectiles."',
        "2019-05-04T12:00:00+09:00",
    )
    assert primary.missile_class == "unknown"


def test_a_later_retelling_of_an_earlier_launch_stays_with_it() -> None:
    primary = primary_of(
        "North Korea fired two strategic cruise missiles from a submarine early Sunday, state "
        "media said Monday. On Thursday, it fired a short-range ballistic missile into the "
        "Yellow Sea from the Nampo area, according to Seoul's military; KCNA later said six "
        "missiles had been fired in a drill watched by leader Kim Jong Un.",
        "2023-03-13T12:00:00+09:00",
    )
    assert (primary.date, primary.count_min, primary.count_max) == ("2023-03-12", 2, 2)


def test_a_named_missile_that_flew_on_a_day_was_launched_that_day() -> None:
    events = events_of(
        "North Korea fired an ICBM on Monday, Japan said. A second Hwasong-18 flew on July 12 for "
        "74 minutes. On November 21, a Chollima-1 finally placed a satellite in orbit.",
        "2023-12-18T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2023-12-18"),
        ("background", "2023-07-12"),
        ("background", "2023-11-21"),
    ]


def test_a_review_that_opens_on_a_sum_of_the_years_launches_has_no_primary() -> None:
    events = events_of(
        "North Korea fired fewer ballistic missiles in 2023 than in its record-setting 2022, but "
        "the launches marked technical steps. On November 21, a Chollima-1 finally placed a "
        "reconnaissance satellite in orbit.",
        "2024-01-02T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2023-11-21")]


def test_days_after_in_a_story_led_by_another_countrys_launch_count_from_its_day() -> None:
    events = events_of(
        "South Korea launched its first homegrown space rocket, the Nuri, on Thursday. The "
        "launch came two days after North Korea test-fired a new submarine-launched ballistic "
        "missile from waters off Sinpo.",
        "2021-10-21T20:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2021-10-19")]


def test_a_months_launch_of_another_weapon_beside_a_dated_one_is_one_more() -> None:
    events = events_of(
        "North Korea fired two projectiles from a super-large rocket launcher on Thursday. The "
        "launch came nearly four weeks after the North fired two projectiles from Sunchon on "
        "Oct. 31. In early October, it test-fired the Pukguksong-3, a new submarine-launched "
        "ballistic missile, from waters off Wonsan.",
        "2019-11-28T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-11-28"),
        ("background", "2019-10-31"),
        ("background", "2019-10"),
    ]


def test_a_missile_threatened_on_a_day_was_not_fired_that_day() -> None:
    events = events_of(
        "North Korea fired a missile over Japan on Tuesday. The minister said the missile might "
        "have been a Hwasong-12, the intermediate-range ballistic missile that Pyongyang "
        "threatened earlier this month to fire into waters near Guam. On Saturday, it fired "
        "three short-range missiles.",
        "2017-08-29T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-08-29"),
        ("background", "2017-08-26"),
    ]


def test_an_exercise_launched_is_no_missile_launch() -> None:
    assert (
        events_of(
            "U.S. and South Korean forces launched their annual Freedom Shield exercise Monday, as "
            "North Korea warned the allies would pay a price for rehearsals for invasion.",
            "2024-03-04T12:00:00+09:00",
        )
        == []
    )
    primary = primary_of(
        "North Korea launched two missiles in an exercise on Monday, Seoul said.",
        "2024-03-04T12:00:00+09:00",
    )
    assert primary.date == "2024-03-04"


def test_a_story_about_sanctions_for_a_recent_test_has_no_primary() -> None:
    events = events_of(
        "The U.N. Security Council unanimously imposed new sanctions on North Korea on Friday "
        "for its recent intercontinental ballistic missile test. North Korea tested its most "
        "advanced missile, the Hwasong-15, on Nov. 29.",
        "2017-12-22T16:05:00-05:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-11-29")]


def test_an_earlier_month_far_down_a_threat_story_is_not_its_news() -> None:
    events = events_of(
        "North Korea said on Wednesday that it was carefully examining a plan to strike areas "
        "around Guam with missiles. A spokesman said the plan envisaged an enveloping fire around "
        "Guam. Guam's governor urged residents to stay calm. Trump's remarks followed a report in "
        "The Washington Post. Tensions have spiked since North Korea carried out two tests of its "
        "Hwasong-14 intercontinental ballistic missile in July.",
        "2017-08-09T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-07")]


def test_missiles_tested_beside_drills_and_a_drone_tested_over_days() -> None:
    events = events_of(
        "North Korea says it has tested strategic cruise missiles and a new underwater nuclear "
        "attack drone, as it steps up its response to military drills by the United States and "
        "South Korea. KCNA said on Friday that four strategic cruise missiles were fired on "
        "Wednesday from the area of Hamhung. KCNA also said the North tested an underwater "
        '"nuclear attack drone", called Haeil, which cruised underwater between Tuesday and '
        "Thursday.",
        "2023-03-24T10:05:00+03:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2023-03-22", "cruise")
    ]


def test_a_colon_list_of_failed_attempts_dates_each() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. The two launches followed four "
        "failed attempts to fire the Musudan since April: one on April 15, two on April 28 and "
        "another on May 31, all of which exploded on the launch pad.",
        "2016-06-23T12:00:00+09:00",
    )
    assert [e.date for e in events if e.role == "background"] == [
        "2016-04-15",
        "2016-04-28",
        "2016-05-31",
    ]


def test_from_near_the_eastern_port_of_a_city() -> None:
    primary = primary_of(
        "South Korea's Joint Chiefs of Staff said the first missile was fired at 5:58 am "
        "Wednesday from near the eastern port of Wonsan and disintegrated in mid-air.",
        "2016-06-22T12:00:00+09:00",
    )
    assert (primary.site, primary.time_kst) == ("Wonsan", "05:58")


def test_the_largest_salvo_since_a_month_and_a_nuclear_tests_day() -> None:
    events = events_of(
        "North Korea fired seven ballistic missiles off its east coast on Saturday. The salvo is "
        "the North's largest since July 2006, when it test-fired seven missiles, including a "
        "long-range Taepodong-2. Tension has been running high since Pyongyang launched a "
        "long-range rocket on April 5, which it claimed put a satellite into orbit, and then "
        "conducted its second nuclear test on May 25.",
        "2009-07-04T12:00:00+09:00",
    )
    primary = events[0]
    assert (primary.role, primary.missile_types) == ("primary", [])
    assert [e.date for e in events if e.role == "background"] == ["2006-07", "2009-04-05"]


def test_the_missiles_flew_after_a_sentence_dating_earlier_launches_are_those() -> None:
    primary = primary_of(
        "North Korea fired two ballistic missiles on Wednesday. They flew about 800km, the Joint "
        "Chiefs of Staff said. On Monday, state media said the country had tested a new "
        "long-range cruise missile on Saturday and Sunday. The missiles flew 1,500km before "
        "hitting their targets.",
        "2021-09-15T18:00:00+09:00",
    )
    assert primary.distance_km == 800


def test_a_class_the_north_was_preparing_to_test_is_not_the_launchs() -> None:
    primary = primary_of(
        "A North Korean missile appears to have exploded shortly after it was launched from near "
        "Pyongyang on Wednesday morning, South Korea's military said, amid warnings from "
        "Washington that the country was preparing to test its largest intercontinental "
        "ballistic missile.",
        "2022-03-16T12:00:00+09:00",
    )
    assert (primary.site, primary.missile_class) == ("Pyongyang", "unknown")


def test_a_rocket_seen_taken_off_its_pad_on_a_day_was_not_launched_then() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Wednesday. Earlier this week, Pyongyang had "
        "said it was extending the launch window, and satellite imagery on Tuesday suggested the "
        "rocket had been taken off the pad.",
        "2012-12-12T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-12-12")]


def test_the_first_test_since_a_meeting_last_month_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired two short-range ballistic missiles into the East Sea on Thursday "
        "morning, its first weapons test in more than two months and the first since leader Kim "
        "Jong-un met U.S. President Donald Trump at the truce village of Panmunjom last month.",
        "2019-07-25T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2019-07-25")]


def test_a_roundup_reports_the_launch_its_lead_tells_and_keeps_the_weeks_later_one() -> None:
    events = events_of(
        "North Korea fired a ballistic missile over Japan this week for the first time in five "
        "years. The intermediate-range ballistic missile was launched at 7:23 a.m. on Tuesday "
        "from Mupyong-ri, the JCS said. The Japanese government issued J-Alert warnings. The "
        "Prime Minister called the launch barbaric. On Thursday, the North fired two short-range "
        "ballistic missiles from Samsok.",
        "2022-10-08T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-10-04"),
        ("background", "2022-10-06"),
    ]


def test_a_story_of_a_plan_keeps_a_month_in_which_the_north_launched() -> None:
    events = events_of(
        "North Korea has notified the International Maritime Organization that it plans to "
        "launch an earth observation satellite between Feb. 8 and 25. In December 2012, North "
        "Korea launched a long-range rocket from its Tongchang-ri site.",
        "2016-02-03T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2012-12")]


def test_a_second_missile_makes_two_and_a_yearly_tally_does_not() -> None:
    salvo = primary_of(
        "North Korea fired a missile from near Wonsan on Wednesday. South Korea's military said "
        "the first missile was fired at 5:58 am and disintegrated in mid-air. A second missile "
        "was launched about two hours later and flew some 400 kilometres.",
        "2016-06-22T12:00:00+09:00",
    )
    assert (salvo.count_min, salvo.count_max) == (2, 2)
    tally = primary_of(
        "North Korea fired a hypersonic missile on Tuesday. This was the third missile North "
        "Korea launched this year.",
        "2022-01-12T12:00:00+09:00",
    )
    assert (tally.count_min, tally.count_max) == (1, 1)


def test_the_test_kim_watched_after_an_engine_tests_lead_is_that_test() -> None:
    events = events_of(
        "North Korea said Saturday it has successfully conducted a ground test of a new "
        "high-thrust engine for an intercontinental ballistic missile. The official Korean "
        "Central News Agency said Kim watched the test at the Sohae Satellite Launching Ground "
        "and hailed it as a way to tip a new type of ICBM. The Sohae site is where North Korea "
        "launched a long-range rocket on Feb. 7.",
        "2016-04-09T11:20:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2016-02-07")]


def test_the_time_a_launch_was_detected_is_its_time() -> None:
    primary = primary_of(
        "North Korea fired an intercontinental ballistic missile, the Pentagon said. The launch "
        "was detected at about 1:17 p.m. Eastern time, which was 3:17 a.m. Wednesday in North "
        "Korea.",
        "2017-11-28T15:30:00-05:00",
    )
    assert (primary.date, primary.time_kst) == ("2017-11-29", "03:17")


def test_another_sources_flight_distance_is_the_launchs_too() -> None:
    primary = primary_of(
        "The missile was launched at 5:27 am on Sunday from near Kusong and flew about 700 "
        "kilometres, the Joint Chiefs of Staff said. Tokyo put the flight distance at around 800 "
        "kilometres.",
        "2017-05-14T12:00:00+09:00",
    )
    assert primary.distance_km == 800


def test_the_days_of_talks_congresses_and_drills() -> None:
    hanoi = events_of(
        "North Korea fired multiple short-range projectiles on Saturday, its first such launch "
        "since talks between Kim Jong-un and Donald Trump collapsed in Hanoi in February.",
        "2019-05-04T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in hanoi] == [("primary", "2019-05-04")]
    congress = events_of(
        "North Korea said it had test-fired a new hypersonic missile on Tuesday. Hypersonic "
        "missiles are a top task of the five-year plan adopted at a party congress in January, "
        "KCNA said, adding that the test confirmed the missile's control.",
        "2021-09-29T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in congress] == [("primary", "2021-09-28")]
    drills = primary_of(
        "North Korea fired two missiles during military drills on Tuesday, Seoul said.",
        "2023-03-15T12:00:00+09:00",
    )
    assert drills.date == "2023-03-14"


def test_a_nuclear_test_story_keeps_the_months_named_tests_of_a_class() -> None:
    events = events_of(
        "North Korea conducted its sixth nuclear test on Sunday, its most powerful. The test "
        "follows two ICBM tests in July that analysts said could reach the U.S. mainland.",
        "2017-09-03T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-07")]


def test_what_state_media_later_said_is_of_the_launch_just_named() -> None:
    primary = primary_of(
        "North Korea fired several short-range ballistic missiles on Tuesday, South Korea's "
        "military said. The launches came a week after North Korea fired an intermediate-range "
        "missile on Jan. 6. State media later said leader Kim Jong Un had observed the test of a "
        "new hypersonic missile.",
        "2025-01-14T12:00:00+09:00",
    )
    assert primary.missile_class == "SRBM"


def test_missiles_a_country_lies_within_range_of_are_not_the_launched_ones() -> None:
    primary = primary_of(
        "North Korea fired two short-range missiles from Kusong on Thursday. For Tokyo, which "
        "lies within range of the North's Rodong and Scud-ER missiles, the tests are an "
        "uncomfortable reminder.",
        "2019-05-10T12:00:00+09:00",
    )
    assert primary.missile_types == []


def test_a_launcher_the_military_classifies_as_a_ballistic_missile_is_that_class() -> None:
    primary = primary_of(
        "North Korea fired about 18 short-range ballistic missiles towards its eastern waters on "
        "Thursday, South Korea's military said. Analysts said the launch of so many missiles at "
        "once was likely a test of the North's super-large multiple rocket launchers, which "
        "Seoul classifies as short-range ballistic missiles.",
        "2024-05-30T12:00:00+09:00",
    )
    assert primary.missile_class == "SRBM"


def test_a_relative_clause_dates_the_earlier_launch_not_the_name_before_it() -> None:
    primary = primary_of(
        "North Korea fired two ballistic missiles from Hamju on Thursday. Experts said the "
        "missiles could be an upgraded version of the KN-23, the North's so-called "
        "Iskander-type missile, which was first tested in 2019.",
        "2021-03-25T12:00:00+09:00",
    )
    assert primary.missile_types == ["KN-23"]


def test_allied_forces_firing_after_a_north_korean_test_is_not_its_launch() -> None:
    events = events_of(
        "U.S. and South Korean soldiers fired missiles into the sea on Wednesday in a show of "
        "force after North Korea conducted its first test of an intercontinental ballistic "
        "missile. The North fired the missile from Panghyon on Tuesday morning.",
        "2017-07-05T10:30:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-07-04")]


def test_a_country_that_tracked_a_missile_in_an_aside_did_not_launch_it() -> None:
    primary = primary_of(
        "The missile, believed to be the Rodong-1 that U.S. and Japanese intelligence have been "
        "tracking for years, was launched from near Musudan-ri on Saturday and flew about 500 "
        "kilometers, the sources said.",
        "1993-05-31T12:00:00+09:00",
    )
    assert (primary.date, primary.missile_types) == ("1993-05-29", ["Rodong-1"])


def test_a_country_that_designated_a_missile_names_it_and_does_not_launch_it() -> None:
    primary = primary_of(
        "North Korea fired two missiles from Wonsan on Thursday, the JCS said. The U.S. military "
        "has designated the missile the KN-23.",
        "2019-07-26T12:00:00+09:00",
    )
    assert primary.missile_types == ["KN-23"]


def test_launches_at_a_pace_are_summed_up_not_one_launch() -> None:
    assert (
        events_of(
            "North Korea has fired ballistic missiles at an unprecedented pace this year, "
            "Japan's defense white paper says.",
            "2023-07-28T12:00:00+09:00",
        )
        == []
    )


def test_a_veto_over_launches_is_the_news_and_the_launch_before_it_background() -> None:
    events = events_of(
        "China and Russia on Thursday vetoed a U.S.-led push to impose more sanctions on North "
        "Korea over its renewed ballistic missile launches. The remaining 13 council members "
        "voted in favor. Diplomats said the split was unprecedented. Russia's envoy said "
        "Washington ignored Pyongyang's requests. The vote came a day after North Korea fired "
        "three missiles, including an ICBM.",
        "2022-05-26T19:40:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2022-05-25")]


def test_a_condemnation_whose_lead_tells_the_launch_keeps_it_as_news() -> None:
    primary = primary_of(
        "The European Union on Thursday condemned North Korea's launch of an intercontinental "
        "ballistic missile. South Korea's military said the missile was fired from near "
        "Pyongyang at around 7:10 a.m. on Thursday.",
        "2024-10-31T09:40:00+01:00",
    )
    assert (primary.date, primary.time_kst) == ("2024-10-31", "07:10")


def test_the_day_a_council_condemned_launches_is_not_their_day() -> None:
    events = events_of(
        "The U.N. Security Council on Saturday unanimously condemned North Korea's missile "
        "launches. The North test-fired seven missiles on July 5 Korean time.",
        "2006-07-15T18:05:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2006-07-05")]


def test_a_launch_weeks_old_told_after_the_lead_of_a_speech_is_background() -> None:
    events = events_of(
        "North Korean leader Kim Jong-un said Monday that the entire U.S. mainland is within "
        "range of his nuclear weapons. He spoke in his New Year's address. He called for the "
        "mass production of warheads. He also offered to send a delegation to the Olympics. "
        "North Korea declared its nuclear force complete on Nov. 29 after test-firing the "
        "Hwasong-15, a new intercontinental ballistic missile.",
        "2018-01-01T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-11-29")]


def test_another_countrys_satellite_placed_in_orbit_days_after_the_norths_is_its_news() -> None:
    events = events_of(
        "South Korea's first homegrown military reconnaissance satellite was successfully placed "
        "into orbit Saturday, the Defense Ministry said, 11 days after North Korea launched its "
        "own spy satellite. North Korea launched its satellite from Tongchang-ri at 10:42 p.m. "
        "on Nov. 21.",
        "2023-12-02T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2023-11-21")]


def test_a_hydrogen_bomb_test_is_no_launch() -> None:
    assert (
        events_of(
            "North Korea said Wednesday it had successfully carried out its first hydrogen bomb "
            "test, drawing swift international condemnation.",
            "2016-01-06T15:00:00+09:00",
        )
        == []
    )


def test_a_month_said_before_a_launch_is_the_launchs_month() -> None:
    events = events_of(
        "North Korea said Wednesday it had carried out a nuclear test. Last May, Pyongyang said "
        "it had test-fired a ballistic missile from a submarine.",
        "2016-01-06T15:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2015-05")]


def test_what_follows_after_in_a_sentence_dating_an_earlier_launch_is_that_launchs() -> None:
    primary = primary_of(
        "North Korea said Friday it test-fired two projectiles from a super-large multiple "
        "rocket launcher from Sunchon the previous day. Thursday's launch came about four weeks "
        "after the North fired a new submarine-launched ballistic missile, the Pukguksong-3, "
        "from waters off Wonsan on Oct. 2.",
        "2019-11-01T12:00:00+09:00",
    )
    assert (primary.date, primary.missile_class, primary.count_min, primary.site) == (
        "2019-10-31",
        "MLRS",
        2,
        "Sunchon",
    )
    assert primary.missile_types == []


def test_the_missile_a_new_one_succeeds_is_not_the_one_launched() -> None:
    primary = primary_of(
        "North Korea fired a missile over Japan on Monday, the Defense Agency said. The "
        "Taepodong-1 is believed to be a longer-range successor to the Rodong-1, which North "
        "Korea test-fired into the Sea of Japan in May 1993.",
        "1998-08-31T18:00:00+09:00",
    )
    assert primary.missile_types == ["Taepodong-1"]


def test_a_range_before_a_designation_is_the_class_the_article_gives() -> None:
    primary = primary_of(
        "North Korea fired a missile on Monday. The agency said the two-stage missile, believed "
        "to be a new medium-range Taepodong-1, flew about 1,600 kilometers.",
        "1998-08-31T18:00:00+09:00",
    )
    assert primary.missile_class == "MRBM"


def test_another_sources_figure_without_the_noun_widens_the_count() -> None:
    primary = primary_of(
        "North Korea fired seven ballistic missiles off its east coast on Saturday, South Korea "
        "said. Japan's Defense Ministry said it had detected six launches.",
        "2009-07-04T18:00:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (6, 7)
    primary = primary_of(
        "North Korea fired ballistic missiles on Sunday, with Japan saying at least six were "
        "launched and South Korea's military putting the number at eight.",
        "2022-06-05T18:00:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (6, 8)


def test_a_figure_flown_off_the_coast_is_the_flight_distance() -> None:
    primary = primary_of(
        "North Korea fired cruise missiles from Munchon on Tuesday. They flew more than 150 km "
        "off the east coast, the JCS said.",
        "2020-04-14T18:00:00+09:00",
    )
    assert primary.distance_km == 150
    primary = primary_of(
        "North Korea fired a missile from Wonsan on Tuesday. It landed about 150 km off the "
        "east coast, the JCS said.",
        "2020-04-14T18:00:00+09:00",
    )
    assert primary.distance_km is None


def test_a_pyongyang_district_named_as_the_launch_area_is_the_site() -> None:
    primary = primary_of(
        "North Korea fired a ballistic missile on Sunday. The JCS said it detected the launch at "
        "around 2:50 a.m. from the Ryongsong area of Pyongyang.",
        "2023-01-01T12:00:00+09:00",
    )
    assert (primary.site, primary.time_kst) == ("Ryongsong", "02:50")


def test_the_day_in_washington_is_the_same_launch_not_another() -> None:
    events = events_of(
        "North Korea fired a ballistic missile Tuesday that flew for about 40 minutes before "
        "plunging into waters inside Japan's exclusive economic zone, officials said. The "
        "launch, which came late Monday in Washington, appeared to be a pointed message ahead "
        "of the summit.",
        "2017-07-03T22:48:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-07-04")]


def test_the_missile_a_command_tracked_is_the_one_launched() -> None:
    primary = primary_of(
        "North Korea fired a ballistic missile Tuesday, officials said. U.S. Pacific Command "
        "said it had tracked a land-based, intermediate-range ballistic missile for 37 minutes.",
        "2017-07-04T12:00:00+09:00",
    )
    assert primary.missile_class == "IRBM"


def test_a_dated_test_in_a_clause_about_the_missile_is_an_earlier_launch() -> None:
    events = events_of(
        "North Korea launched a suspected intercontinental ballistic missile on Friday. Several "
        "analysts said the launch appeared to involve the Hwasong-17, the North's largest ICBM, "
        "which officials believe failed in flight during a test on November 3.",
        "2022-11-18T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-11-18"),
        ("background", "2022-11-03"),
    ]
    assert events[0].missile_types == ["Hwasong-17"]


def test_launches_from_a_site_with_their_days_are_launches_beside_a_parade() -> None:
    events = events_of(
        "North Korea fired a missile from Sunan on Wednesday that exploded. Officials said last "
        "week that two earlier launches from Sunan, on Feb. 27 and March 5, were tests of "
        "components for the Hwasong-17, which the North first unveiled at a military parade in "
        "October 2020.",
        "2022-03-16T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-03-16"),
        ("background", "2022-02-27"),
        ("background", "2022-03-05"),
    ]


def test_a_missile_sent_over_hokkaido_on_two_days_of_one_year() -> None:
    events = events_of(
        "North Korea fired a missile over Japan on Tuesday. Most analysts believe the weapon was "
        "a Hwasong-12, the same type the North sent over Hokkaido on Aug. 29 and Sept. 15, 2017.",
        "2022-10-07T12:00:00+09:00",
    )
    days = [(e.role, e.date) for e in events if e.date_precision == "day"]
    assert days == [
        ("primary", "2022-10-04"),
        ("background", "2017-08-29"),
        ("background", "2017-09-15"),
    ]


def test_a_series_of_failures_told_one_by_one_with_asides() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. It had failed in four previous "
        "attempts to launch the Musudan since April. The first, on April 15 — the birthday of "
        "the country's founder, Kim Il Sung — exploded shortly after launch. Two more failed on "
        "April 28, and another apparently blew up on its mobile launcher on May 31.",
        "2016-06-22T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
        ("background", "2016-04-28"),
        ("background", "2016-05-31"),
    ]


def test_one_launch_day_told_in_two_zones_is_the_korean_day() -> None:
    events = events_of(
        "The U.N. Security Council on Saturday condemned North Korea's missile launches. The "
        "North test-fired seven missiles on July 5 Korean time — still July 4 in the United "
        "States — including a long-range Taepodong-2.",
        "2006-07-15T18:05:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2006-07-05")]
    events = events_of(
        "The Pentagon said on Monday it had intercepted a target over the Pacific. North Korea "
        "has not tested an ICBM since Nov. 28, 2017 — Nov. 29 in Korea — when it launched a "
        "Hwasong-15.",
        "2019-03-25T18:00:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-11-29")]


def test_a_year_something_has_held_since_does_not_date_the_day_before_it() -> None:
    events = events_of(
        "North Korea fired an SLBM from Sinpo on Saturday. In March, the North also fired an "
        "intercontinental ballistic missile, which it claimed was the Hwasong-17, on March 24, "
        "ending a self-imposed moratorium on ICBM tests that had been in place since 2018.",
        "2022-05-07T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-05-07"),
        ("background", "2022-03-24"),
    ]


def test_a_story_opening_on_a_months_launches_is_a_review() -> None:
    events = events_of(
        "North Korea's flurry of short-range missile launches over the past month has prompted "
        "debate in Washington. The series began on July 25, when two missiles were launched "
        "from near Wonsan. Then came tests of a new ballistic missile on August 10 from near "
        "Hamhung and again on August 16 from the Tongchon area.",
        "2019-08-20T12:00:00+09:00",
    )
    assert [e.role for e in events] == ["background"] * 3


def test_a_launch_put_before_another_event_is_not_the_storys_own() -> None:
    events = events_of(
        "North Korean leader Kim Jong Un said he has a nuclear button on his desk. Kim's speech "
        "came a little more than a month after North Korea test-fired the Hwasong-15, its most "
        "powerful missile. North Korea also fired some 20 ballistic missiles last year.",
        "2018-01-01T12:00:00+09:00",
    )
    assert [e.role for e in events if e.role == "primary"] == []


def test_launches_a_paper_says_the_north_has_been_making_are_summed_up() -> None:
    assert (
        events_of(
            "Japan's defense white paper, approved by the cabinet on Friday, says North Korea has "
            "been launching ballistic missiles in new ways. The paper notes that the North has "
            "conducted repeated launches of ICBM-class weapons.",
            "2023-07-28T12:00:00+09:00",
        )
        == []
    )
    primary = primary_of(
        "North Korea fired two ballistic missiles on Friday, the latest in repeated launches "
        "this year.",
        "2023-07-28T12:00:00+09:00",
    )
    assert primary.date == "2023-07-28"


def test_a_launch_told_before_a_string_of_earlier_failures_is_the_news() -> None:
    primary = primary_of(
        "North Korea has fired two intermediate-range Musudan missiles, in what analysts said "
        "was its most successful attempt yet after a string of embarrassing failures. The first "
        "was launched from near Wonsan at about 5.58am local time on Wednesday.",
        "2016-06-22T10:05:00+01:00",
    )
    assert (primary.date, primary.count_min, primary.missile_types) == (
        "2016-06-22",
        2,
        ["Musudan"],
    )


def test_an_earlier_launch_told_after_a_hearings_lead_is_background() -> None:
    events = events_of(
        "North Korea's first test of a solid-fuel intercontinental ballistic missile is a "
        "significant step, the top US commander in the Indo-Pacific told lawmakers today. "
        "Pyongyang launched the new missile, which it calls the Hwasong-18, last Thursday.",
        "2023-04-20T17:45:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2023-04-13")]
    primary = primary_of(
        "Last Thursday, North Korea fired a new solid-fuel ICBM, the Hwasong-18. It flew about "
        "1,000 km.",
        "2023-04-20T17:45:00-04:00",
    )
    assert primary.date == "2023-04-13"


def test_a_launch_over_a_week_old_told_after_the_opening_is_background() -> None:
    events = events_of(
        "The US has imposed sanctions on three senior North Korean officials to punish "
        "Pyongyang for a record year of missile testing. The Treasury department on Thursday "
        "designated three officials of the ruling party. Washington explicitly linked the "
        "action to North Korea's Nov. 18 launch of a Hwasong-17 intercontinental ballistic "
        "missile, which flew about 1,000 km.",
        "2022-12-02T05:30:00+00:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2022-11-18")]


def test_a_submarine_launched_into_the_water_is_no_missile_launch() -> None:
    assert (
        events_of(
            "Satellite imagery shows North Korea's new submarine moored at Sinpo. The North's "
            "state media said the submarine was launched into the water at a ceremony on Sept. "
            "6, and photos showed ten launch tubes for submarine-launched ballistic missiles.",
            "2023-09-12T12:00:00+09:00",
        )
        == []
    )


def test_another_countrys_satellite_launched_is_its_own() -> None:
    events = events_of(
        "South Korea's first military reconnaissance satellite was successfully launched from "
        "California on a SpaceX rocket, the defense ministry said Saturday, 11 days after North "
        "Korea claimed to have placed its own spy satellite into orbit. The North put its "
        "satellite into orbit after it was launched from Tongchang-ri at 10:42 p.m. on Nov. 21.",
        "2023-12-02T09:30:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2023-11-21")]


def test_a_plenum_criticising_those_responsible_for_a_failed_launch_is_its_news() -> None:
    events = events_of(
        "North Korea's ruling party wrapped up a plenary meeting with sharp criticism of "
        "officials responsible for the failed launch of a military reconnaissance satellite, "
        "state media reported Monday. The meeting analyzed the shortcoming of the May 31 "
        "launch, in which the Chollima-1 rocket crashed into the sea.",
        "2023-06-19T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2023-05-31")]


def test_the_day_of_an_aside_before_says_is_not_the_launchs() -> None:
    assert (
        events_of(
            "The paper, presented to a Cabinet meeting by the defense minister on Friday, says "
            "North Korea has launched ballistic missiles at an unprecedented frequency.",
            "2023-07-28T12:00:00+09:00",
        )
        == []
    )
    primary = primary_of(
        "North Korea fired a ballistic missile on Friday, said the Joint Chiefs of Staff.",
        "2023-07-28T12:00:00+09:00",
    )
    assert primary.date == "2023-07-28"


def test_kcnas_test_fire_of_a_named_missile_conducted_on_a_day_is_that_days_launch() -> None:
    primary = primary_of(
        "Pyongyang, November 19 (KCNA) -- An important test-fire of the new-type "
        "intercontinental ballistic missile Hwasongpho-17 of the strategic forces of the DPRK "
        "was conducted on November 18 under the guidance of Kim Jong Un.",
        "2022-11-19T06:05:00+09:00",
    )
    assert (primary.date, primary.missile_class) == ("2022-11-18", "ICBM")
    assert primary.missile_types == ["Hwasong-17"]  # KCNA's spelling, the catalogue's name


def test_the_day_that_marks_years_since_a_launch_is_no_launch() -> None:
    assert (
        events_of(
            "Friday marks 20 years since a North Korean rocket first flew over Japan, an event "
            "that prompted Tokyo to introduce its own spy satellites.",
            "2018-08-31T06:00:00+09:00",
        )
        == []
    )


def test_a_timelines_dated_items_in_the_present_are_launches() -> None:
    events = events_of(
        "Following is a chronology of North Korean missiles that have flown over Japan.\n\n"
        "Aug. 31, 1998 -- North Korea fires a Taepodong-1 missile from Musudan-ri.\n\n"
        "Sept. 15, 2017 -- Another Hwasong-12 flies over Hokkaido, travelling about 3,700 km.",
        "2018-08-31T06:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("background", "1998-08-31"),
        ("background", "2017-09-15"),
    ]


def test_a_fact_checks_claims_and_absent_reports_are_no_launches() -> None:
    published = "2025-07-15T09:20:00+00:00"
    assert (
        events_of(
            "A video viewed hundreds of thousands of times claims to show North Korea launching "
            'a missile over Japan "this morning."',
            published,
        )
        == []
    )
    assert (
        events_of(
            '"BREAKING: North Korea just fired a nuclear missile over Japan, sirens in Tokyo!!" '
            "reads one post shared on July 13, 2025, alongside a 40-second clip.",
            published,
        )
        == []
    )
    assert (
        events_of(
            "Japan's defense ministry carried no announcement of a North Korean launch on July 13.",
            published,
        )
        == []
    )


def test_an_officials_exclamation_before_said_is_still_a_report() -> None:
    primary = primary_of(
        '"North Korea fired a ballistic missile into the East Sea this morning!" said an '
        "official of the Joint Chiefs of Staff.",
        "2025-05-08T12:00:00+09:00",
    )
    assert primary.date == "2025-05-08"
    assert "South Korea JCS" in primary.reported_by


def test_the_second_missiles_distance_after_a_bracketed_conversion_is_the_longest() -> None:
    primary = primary_of(
        "North Korea fired two short-range ballistic missiles early Thursday. One flew about "
        "430 kilometers (267 miles) and the other about 690 kilometers (429 miles).",
        "2019-07-25T08:00:00+09:00",
    )
    assert primary.distance_km == 690


def test_a_timelines_month_heading_dates_its_items_days() -> None:
    events = events_of(
        "Here is a look back at the year's launches.\n\n"
        "FEBRUARY\n"
        "On the 12th, the North launched a new solid-fuel missile, the Pukguksong-2.\n\n"
        "NOVEMBER\n"
        "On the 29th, at 3:17 a.m., the North launched the Hwasong-15 from Pyongsong.",
        "2017-12-27T16:00:00+09:00",
    )
    assert sorted(e.date for e in events) == ["2017-02-12", "2017-11-29"]


def test_what_watched_compared_or_was_sold_is_not_what_flew() -> None:
    primary = primary_of(
        "North Korea test-fired a Rodong-1 medium-range missile into the Sea of Japan on May "
        "29, Japanese government sources said. The launch was detected by U.S. reconnaissance "
        "satellites. The Rodong-1, an enlarged derivative of the Soviet-designed Scud, could be "
        "sold to Iran, where North Korea has already exported Scud missiles.",
        "1993-06-12T12:00:00+09:00",
    )
    assert (primary.missile_class, primary.missile_types) == ("MRBM", ["Rodong-1"])


def test_the_leads_launch_known_to_its_month_is_the_day_told_below() -> None:
    events = events_of(
        "North Korea test-fired a new medium-range ballistic missile into the Sea of Japan "
        "late last month, Japanese government sources said Saturday. The missile was launched "
        "on May 29 and flew about 500 kilometers.",
        "1993-06-12T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "1993-05-29")]


def test_the_month_a_when_clause_follows_is_that_launchs() -> None:
    events = events_of(
        "On July 4 North Korea fired seven Scud-type ballistic missiles from a base near Wonsan. "
        "Defense officials in Tokyo noted the echo of July 2006, when North Korea fired seven "
        "missiles, including a Taepodong-2, on the American holiday.",
        "2009-07-05T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2009-07-04"),
        ("background", "2006-07"),
    ]


def test_a_period_since_a_year_gives_its_year_to_no_day_but_a_when_clauses() -> None:
    events = events_of(
        "The Musudan, displayed in parades since 2010 but never flown, failed on its first "
        "flight test on April 15.",
        "2016-12-20T12:00:00+09:00",
    )
    assert [e.date for e in events] == ["2016-04-15"]
    events = events_of(
        "North Korea fired a missile over Japan on Tuesday, the first to fly over Japan since "
        "2017, when Pyongyang sent two Hwasong-12 missiles over Hokkaido, on August 29 and "
        "September 15.",
        "2022-10-04T12:00:00+09:00",
    )
    days = [(e.role, e.date) for e in events if e.date_precision == "day"]
    assert days == [
        ("primary", "2022-10-04"),
        ("background", "2017-08-29"),
        ("background", "2017-09-15"),
    ]


def test_a_drills_mock_launch_is_no_launch() -> None:
    assert (
        events_of(
            "Residents of Oga took part Friday in an evacuation drill simulating a ballistic "
            'missile attack. Loudspeakers broadcast a mock J-Alert warning that "a missile has '
            'been launched." In the scenario, the simulated missile fell into the sea about 10 '
            "minutes after the alert.",
            "2017-03-17T12:00:00+09:00",
        )
        == []
    )


def test_a_clock_opening_sentence_takes_the_day_before_it_and_a_second_that_day() -> None:
    primary = primary_of(
        "North Korea's missile program suffered another embarrassment on Thursday. At around "
        "6:40 a.m., the North fired what South Korean officials believe was a Musudan "
        "intermediate-range ballistic missile from near Wonsan. Undeterred, the North fired a "
        "second Musudan at around 7:26 p.m. the same day.",
        "2016-04-30",
    )
    assert (primary.date, primary.time_kst) == ("2016-04-28", "06:40")
    assert (primary.count_min, primary.count_max) == (2, 2)


def test_a_second_of_a_type_on_another_day_is_not_a_second_missile() -> None:
    primary = primary_of(
        "On July 28, at 11:41 p.m., a second Hwasong-14 was launched from Mupyong-ni, "
        "three weeks after the first.",
        "2017-07-29T12:00:00+09:00",
    )
    assert primary.count_min in (None, 1)


def test_a_drill_firing_a_salvo_is_a_launch_but_the_souths_drill_counts_nothing() -> None:
    primary = primary_of(
        "North Korean leader Kim Jong-un guided the country's first drill simulating a nuclear "
        'counterattack under its "nuclear trigger" control system, firing a salvo of '
        "600-millimeter super-large multiple rocket launchers on Monday, state media reported "
        "Tuesday.",
        "2024-04-23T11:48:00+09:00",
    )
    assert (primary.date, primary.missile_class) == ("2024-04-22", "MLRS")
    primary = primary_of(
        "North Korea fired an ICBM on Wednesday. Within minutes, South Korea's military "
        'conducted a "precision strike" drill of its own, firing three missiles into the sea.',
        "2017-11-29T12:00:00+09:00",
    )
    assert primary.count_max == 1


def test_a_fact_checks_claim_line_is_no_launch() -> None:
    assert (
        events_of(
            "CLAIM: North Korea fired a missile over South Korea on Wednesday evening.\n\n"
            "VERDICT: False.",
            "2022-03-31T12:00:00+09:00",
        )
        == []
    )


def test_six_days_later_counts_from_the_day_the_sentence_before_named() -> None:
    events = events_of(
        "North Korea launched a short-range ballistic missile on Friday afternoon, South "
        "Korea's military said. The launch came after the U.S. Treasury Department on Tuesday "
        "sanctioned eight North Korean individuals. On Oct. 22, it fired what it called "
        '"hypersonic projectiles" from Pyongyang. Six days later, the country fired '
        "sea-to-surface strategic cruise missiles over the Yellow Sea.",
        "2025-11-07T15:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2025-11-07", "SRBM"),
        ("background", "2025-10-22", "hypersonic"),
        ("background", "2025-10-28", "cruise"),
    ]


def test_a_roundups_two_days_later_item_counts_from_the_item_before() -> None:
    events = events_of(
        "North Korea launched four strategic cruise missiles on Wednesday, state media said.\n\n"
        "March 12: The North fired two strategic cruise missiles from a submarine. It was the "
        "first time Pyongyang claimed to have fired one from a submarine.\n\n"
        "Two days later: Two short-range ballistic missiles were launched from Jangyon County, "
        "flying about 620 km.",
        "2023-03-24T09:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2023-03-22"),
        ("background", "2023-03-12"),
        ("background", "2023-03-14"),
    ]
    assert events[0].distance_km is None  # 620 km is the item's


def test_patterns_flown_for_two_distances_give_the_longer_and_a_drone_is_no_missile() -> None:
    events = events_of(
        "North Korea launched four strategic cruise missiles on Wednesday. KCNA claimed they "
        "flew pre-set elliptical and figure-eight patterns over the East Sea for 1,500 km and "
        "1,800 km respectively. KCNA also said that between Tuesday and Thursday the North "
        'tested the "Haeil," a nuclear-capable underwater attack drone.',
        "2023-03-24T09:00:00+09:00",
    )
    assert [(e.role, e.date, e.distance_km) for e in events] == [("primary", "2023-03-22", 1800)]


def test_the_one_conducted_on_a_day_and_a_missile_that_passed_over_are_earlier_launches() -> None:
    events = events_of(
        "North Korea test-fired a new-type large-caliber guided rocket system on Friday, KCNA "
        "said. The test-fire followed the one conducted on July 31.",
        "2019-08-03T06:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-08-02"),
        ("background", "2019-07-31"),
    ]
    events = events_of(
        "North Korea fired an intermediate-range missile over Japan on Tuesday. It was the "
        "first time since Sept. 15, 2017, when a Hwasong-12 passed over Hokkaido, that a North "
        "Korean missile has flown over Japan.",
        "2022-10-04T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-10-04"),
        ("background", "2017-09-15"),
    ]


def test_a_resolution_adopted_unanimously_in_a_year_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. A resolution adopted unanimously in 2017 "
        "committed the council to act if the North carried out an ICBM launch.",
        "2022-05-26T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-05-25")]


def test_a_parade_the_day_before_does_not_unmake_the_launch_sentence() -> None:
    primary = primary_of(
        "A North Korean missile has blown up almost immediately after launch, US and South "
        "Korean officials say. The launch, from near the port city of Sinpo on the east coast, "
        "took place on Sunday morning local time, a day after Pyongyang staged a huge military "
        "parade. US Pacific Command said it had detected and tracked the launch at 11:21 Hawaii "
        'time on Saturday and that the missile "blew up almost immediately".',
        "2017-04-16T08:00:00+01:00",
    )
    assert (primary.date, primary.site) == ("2017-04-16", "Sinpo")


def test_tests_state_media_reported_on_an_earlier_day_lend_no_facts_to_todays() -> None:
    primary = primary_of(
        "North Korea fired two ballistic missiles into the sea off its east coast on Wednesday, "
        "South Korea's military said. They flew about 800 km (497 miles). On Monday, North "
        "Korean state media reported successful tests of a new long-range cruise missile, which "
        "it said flew 1,500 km.",
        "2021-09-15T08:35:00+00:00",
    )
    assert (primary.missile_class, primary.distance_km) == ("unknown", 800)


def test_the_type_a_test_fire_was_of_is_no_count_and_a_wanted_minimum_no_distance() -> None:
    primary = primary_of(
        "North Korea fired multiple short-range projectiles off its east coast on Thursday, the "
        "Joint Chiefs of Staff said. KCNA reported Friday that Kim had overseen the test-fire "
        'of a "new-type ground-to-sea cruise rocket".',
        "2017-06-09T12:00:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (2, None)
    primary = primary_of(
        "North Korea fired a submarine-launched ballistic missile on Saturday. It flew about 30 "
        "km. The missile appeared to have been ejected normally but its flight was far shorter "
        "than the minimum of about 300 km that would be expected in a successful test, a "
        "military official said.",
        "2016-04-24T12:00:00+09:00",
    )
    assert primary.distance_km == 30


def test_a_month_before_which_something_held_and_a_bare_no_are_no_launch_and_a_boundary() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Hokkaido on Friday. Is this unprecedented? No. "
        "Before last month, North Korean rockets had crossed Japan only twice.",
        "2017-09-15T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-09-15")]


def test_a_printed_hypersonic_designation_outranks_its_range_class() -> None:
    primary = primary_of(
        "North Korea said on Wednesday it had test-fired the Hwasong-16B, a new solid-fuel "
        "intermediate-range ballistic missile tipped with a hypersonic glide vehicle, on "
        "Tuesday.",
        "2024-04-03T12:00:00+09:00",
    )
    assert (primary.missile_class, primary.missile_types) == ("hypersonic", ["Hwasong-16B"])
    primary = primary_of(
        "North Korea fired an intermediate-range ballistic missile on Tuesday, the Joint Chiefs "
        "of Staff said; state media later said it carried a hypersonic warhead.",
        "2024-04-03T12:00:00+09:00",
    )
    assert primary.missile_class == "IRBM"  # no designation printed: the range class stands


def test_a_seventh_missile_capping_a_day_of_launches_is_seven() -> None:
    primary = primary_of(
        "North Korea fired a seventh missile into the East Sea at 5:22 p.m. Wednesday, capping "
        "a day of launches that began before dawn, government officials said.",
        "2006-07-05T18:00:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (7, 7)


def test_launchers_exposed_to_detection_by_satellites_launch_no_satellite() -> None:
    primary = primary_of(
        "North Korea fired a Hwasong-12 intermediate-range missile on Tuesday. Liquid-fuelled "
        "missiles must be fuelled shortly before launch, a process that exposes launchers to "
        "detection by satellites and drones.",
        "2017-05-16T12:00:00+09:00",
    )
    assert primary.missile_class == "IRBM"


def test_a_third_standing_alone_counts_three_against_tokyos_two() -> None:
    primary = primary_of(
        "North Korea fired a suspected ICBM and two other missiles on Wednesday, the JCS said. "
        "A third, which South Korean officials believe was a short-range ballistic missile, "
        "flew about 760 kilometers after it was fired at 6:42 a.m. Japan's Defense Ministry "
        "said it detected only two missiles.",
        "2022-05-25T15:30:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (2, 3)


def test_missiles_another_country_fired_said_that_of_are_not_launches() -> None:
    events = events_of(
        "Last week the White House said that Russian forces had fired short-range ballistic "
        "missiles supplied by Pyongyang at targets in Ukraine. One was fired on 30 December; "
        "several more were launched on 2 January.",
        "2024-01-09T07:00:00+00:00",
    )
    assert events == []
    primary = primary_of(
        "The military said that North Korea had fired two short-range ballistic missiles on "
        "Monday.",
        "2024-01-09T07:00:00+09:00",
    )
    assert primary.date == "2024-01-08"


def test_another_countrys_satellite_after_lifting_off_is_the_story_that_follows() -> None:
    events = events_of(
        "South Korea's first military reconnaissance satellite was placed into orbit after "
        "lifting off aboard a SpaceX Falcon 9 rocket from California, the Defense Ministry said "
        "Saturday. The rocket lifted off at 3:19 a.m. Saturday Korea time.",
        "2023-12-02T09:10:00+09:00",
    )
    assert events == []


def test_the_day_state_media_identified_the_weapon_is_not_a_launch_day() -> None:
    events = events_of(
        "The missile was fired from the Pyongyang area at 6:53 a.m. on Tuesday, the JCS said. "
        "State media identified the weapon on Wednesday as the Hwasong-16B and said Kim Jong Un "
        "had watched the test.",
        "2024-04-03T14:30:00-04:00",
    )
    assert [(e.date, e.missile_types) for e in events] == [("2024-04-02", ["Hwasong-16B"])]


def test_missiles_named_as_examples_of_a_kind_are_not_the_one_fired() -> None:
    primary = primary_of(
        "North Korea fired a solid-fuel Hwasong-18 on Tuesday. Liquid-fuelled missiles such as "
        "the Hwasong-12 and the older Rodong must be fuelled shortly before launch.",
        "2023-07-12T12:00:00+09:00",
    )
    assert primary.missile_types == ["Hwasong-18"]


def test_an_arsenal_from_short_range_to_icbm_names_no_class() -> None:
    primary = primary_of(
        'North Korea fired a new hypersonic missile on Tuesday. "With this test, all of our '
        'missiles from short-range to ICBM are solid-fuelled," Kim was quoted as saying.',
        "2024-04-03T12:00:00+09:00",
    )
    assert primary.missile_class == "hypersonic"


def test_the_launch_a_second_of_a_kind_follows_was_of_that_kind() -> None:
    events = events_of(
        "North Korea fired a missile on Tuesday, the JCS said. The test was the second of a "
        "solid-fuel intermediate-range missile this year, following a January 14 launch.",
        "2024-04-03T12:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2024-04-02", "IRBM"),
        ("background", "2024-01-14", "IRBM"),
    ]


def test_a_year_in_review_in_the_present_tense() -> None:
    events = events_of(
        "Here are the key launches of the year, all dates in Korea time:\n\n"
        'Feb. 18: The North fires a Hwasong-15 ICBM from Sunan in what it calls a "surprise" '
        "drill.\n\n"
        "Nov. 21: The Chollima-1 puts the Malligyong-1 into orbit at 10:42 p.m. from the Sohae "
        "Satellite Launching Ground.\n\n"
        "Dec. 18: The third Hwasong-18 launch comes hours after a short-range missile launch the "
        "previous night.\n",
        "2023-12-29T17:00:00+09:00",
    )
    assert {(e.date, e.missile_class, tuple(e.missile_types)) for e in events} == {
        ("2023-02-18", "ICBM", ("Hwasong-15",)),
        ("2023-11-21", "SLV", ("Chollima-1",)),
        ("2023-12-18", "ICBM", ("Hwasong-18",)),
        ("2023-12-17", "SRBM", ()),
    }


def test_the_previous_night_is_the_night_before_the_day_named() -> None:
    events = events_of(
        "North Korea fired an ICBM on Monday, hours after it launched a short-range ballistic "
        "missile the previous night, the JCS said.",
        "2023-12-20T12:00:00+09:00",
    )
    assert sorted(e.date for e in events) == ["2023-12-17", "2023-12-18"]


def test_one_clocks_missile_and_anothers_two_add_up_to_the_three_told() -> None:
    primary = primary_of(
        "North Korea fired three ballistic missiles on Thursday morning, the JCS said. The ICBM "
        "was launched from the Sunan area at 7:40 a.m. About an hour later, at 8:39 a.m., two "
        "short-range ballistic missiles were fired from Kaechon.",
        "2022-11-03T12:10:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (3, 3)
    primary = primary_of(
        "North Korea fired two ballistic missiles on Wednesday, Tokyo said. Japan said the "
        "missile was launched at 7:10 a.m. Seoul said it detected one missile, fired at 7:11 a.m.",
        "2019-10-02T12:10:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (1, 2)  # one missile's two clocks


def test_two_more_in_the_lead_are_more_than_the_launches_before() -> None:
    primary = primary_of(
        "North Korea on Friday fired two more projectiles into the East Sea, the sixth round of "
        "weapons testing since late July. The JCS said the two short-range ballistic missiles "
        "were launched from near Tongchon.",
        "2019-08-17T10:00:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (2, 2)
    primary = primary_of(
        "North Korea fired two short-range ballistic missiles on Friday, the JCS said. About an "
        "hour later it fired two more missiles from the same area.",
        "2019-08-17T10:00:00+09:00",
    )
    assert (primary.count_min, primary.count_max) == (4, 4)


def test_a_class_printed_with_a_name_is_that_names_class() -> None:
    primary = primary_of(
        "North Korea fired seven missiles on Wednesday, including a long-range Taepodong-2 that "
        "failed. The remaining missiles were believed to be short-range Scud and medium-range "
        "Rodong missiles, officials said.",
        "2006-07-05T18:40:00+09:00",
    )
    assert primary.missile_class == "ICBM"  # the Rodong's "medium-range" ranks below it
    primary = primary_of(
        "North Korea fired two missiles on Wednesday. Both are believed to be medium-range "
        "Musudan missiles. The Musudan is believed to have a range of 2,500 to 4,000 kilometers.",
        "2016-06-22T12:00:00+09:00",
    )
    assert (primary.missile_class, primary.missile_types) == ("MRBM", ["Musudan"])


def test_a_launch_wrongly_reported_on_a_day_is_not_one_that_day() -> None:
    events = events_of(
        "North Korea launched a long-range rocket at 11:30 a.m. Sunday, the government said. An "
        "initial government alert wrongly reported the launch on Saturday.",
        "2009-04-05T18:00:00+09:00",
    )
    assert [e.date for e in events] == ["2009-04-05"]


def test_a_pledge_announced_in_a_month_and_a_test_site_blown_up_are_no_launches() -> None:
    events = events_of(
        "North Korea has not conducted a missile test in more than six months, and in April Kim "
        "announced that the country would stop nuclear and intercontinental ballistic missile "
        "tests and close its Punggye-ri nuclear test site, which it blew up in front of foreign "
        "journalists last month.",
        "2018-06-12T12:00:00+09:00",
    )
    assert events == []


def test_a_month_and_its_one_day_date_one_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Tuesday. In May, North Korea tested the Hwasong-12, which "
        "it said could carry a heavy nuclear warhead; that missile was fired on 14 May and flew "
        "about 700km.",
        "2017-07-04T18:00:00+09:00",
    )
    assert [(e.date, e.missile_types) for e in events] == [
        ("2017-07-04", []),
        ("2017-05-14", ["Hwasong-12"]),
    ]


def test_rockets_that_crossed_japan_in_named_years_are_earlier_launches() -> None:
    events = events_of(
        "North Korea fired a ballistic missile over Japan on Friday. Before last month, North "
        "Korean rockets had crossed Japan only twice, in 1998 and 2009, and on both occasions "
        "Pyongyang said they were carrying satellites. An intermediate-range missile overflew "
        "Japan on Oct. 4 last year.",
        "2017-09-15T12:00:00+09:00",
    )
    assert sorted(e.date for e in events) == ["1998", "2009", "2016-10-04", "2017-09-15"]


def test_a_designation_printed_with_spaces_is_the_missile_and_not_a_count() -> None:
    events = events_of(
        "North Korea launched a Taepo Dong 2 missile on Sunday. On Tuesday it had fired two "
        "Hwasong 15 missiles.",
        "2009-04-08T12:00:00+09:00",
    )
    assert [(e.missile_types, e.count_min, e.count_max) for e in events] == [
        (["Taepodong-2"], 1, 1),
        (["Hwasong-15"], 2, 2),
    ]


def test_a_kn_designation_printed_with_a_space_is_no_count() -> None:
    events = events_of("North Korea fired a KN 23 missile on Sunday.", "2019-07-28T12:00:00+09:00")
    assert [(e.missile_types, e.count_min) for e in events] == [(["KN-23"], 1)]


def test_days_after_count_back_from_the_day_of_the_saying() -> None:
    events = events_of(
        "Kim Jong-un oversaw the test-firing of a new multiple rocket launcher, state media said "
        "Friday, a day after the country fired six short-range projectiles into the East Sea.",
        "2016-03-04T10:15:00+09:00",
    )
    assert [(e.date, e.count_min) for e in events] == [("2016-03-03", 6)]


def test_a_retracted_report_of_a_launch_that_did_not_take_place_is_no_launch() -> None:
    events = events_of(
        "The Japanese government on Saturday retracted an announcement that North Korea had "
        "launched a rocket. At 12:16 p.m., the crisis management center notified the media that "
        '"a projectile appears to have been launched from North Korea." About five minutes later '
        "the government withdrew the information, and the chief cabinet secretary said that no "
        "launch had taken place. The launch could come as early as Sunday. Officials have been "
        "careful since Japan wrongly reported a launch in 2006.",
        "2009-04-04T14:05:00+09:00",
    )
    assert events == []


def test_a_launch_the_story_names_beside_no_launch_detected_in_a_zone_stands() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Saturday, South Korea's military said. Japan "
        "said no missile had been detected in its exclusive economic zone.",
        "2022-05-07T12:00:00+09:00",
    )
    assert [e.date for e in events] == ["2022-05-07"]


def test_what_a_mock_warning_says_over_a_long_clause_is_no_launch() -> None:
    events = events_of(
        "Residents of Oga took part in an evacuation drill on Friday. At around 9 a.m., a mock "
        "J-Alert warning was broadcast over community loudspeakers telling residents that a "
        "missile had been fired.",
        "2017-03-17T18:00:00+09:00",
    )
    assert events == []


def test_a_launch_that_could_come_and_a_wrongly_reported_one_date_nothing() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Friday, Japan's government said. Officials "
        "had waited to confirm it after Japan wrongly reported a launch in 2009. A second launch "
        "could come as early as Sunday, a ministry official said.",
        "2012-04-13T12:00:00+09:00",
    )
    assert [e.date for e in events] == ["2012-04-13"]


def test_flight_tests_conducted_with_a_long_phrase_are_launches_and_failed_attempts_count() -> None:
    events = events_of(
        "On Wednesday, June 22, Pyongyang conducted its fifth and sixth flight tests of the "
        "Musudan from near Wonsan. April 28: two attempts on the same day, one in the morning "
        "and one in the evening, both failed shortly after liftoff.",
        "2016-06-24T09:00:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-28"),
    ]
    assert (events[1].count_min, events[1].count_max) == (2, 2)


def test_a_features_lead_tells_its_launch_and_an_earlier_week_does_not_replace_it() -> None:
    events = events_of(
        "Last Wednesday, North Korea put a ballistic missile on a train. According to South "
        "Korea's Joint Chiefs of Staff, two short-range ballistic missiles were launched at "
        "12:32 and 12:37 p.m. local time from Yangdok. The rail launch did not take place in "
        "isolation. Two days earlier, state media announced tests of new long-range cruise "
        "missiles, which it said were carried out on Sept. 11 and 12.",
        "2021-09-21T05:00:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2021-09-15"),
        ("background", "2021-09-11"),
        ("background", "2021-09-12"),
    ]
    assert events[0].time_kst == "12:32"


def test_missiles_a_features_lead_says_were_put_on_display_were_not_launched() -> None:
    events = events_of(
        "North Korea put more intercontinental ballistic missiles on display on Wednesday "
        "night than it has ever shown at one time. Our analysts counted 11 Hwasong-17 ICBMs "
        "on their launchers.",
        "2023-02-10",
    )
    assert events == []


def test_missiles_a_military_detected_over_the_sea_on_a_day_were_launched_then() -> None:
    events = events_of(
        "At approximately 00:00 UTC on 2024-02-14 (09:00 KST), South Korea's Joint Chiefs of "
        "Staff detected multiple cruise missiles over waters northeast of Wonsan. The JCS did "
        "not give a number. A day later KCNA said Kim Jong Un had overseen a test of a new "
        "surface-to-ship missile.",
        "2024-02-16",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2024-02-14", "09:00", "Wonsan")
    ]
    assert (events[0].count_min, events[0].count_max) == (2, None)


def test_missiles_a_military_says_it_never_detected_were_not_launched() -> None:
    assert (
        events_of(
            "On Wednesday the Joint Chiefs of Staff said its radars had not detected a single "
            "missile over the East Sea, despite rumours online.",
            "2024-02-16",
        )
        == []
    )


def test_a_launchs_day_told_by_a_zone_abbreviation_and_in_seoul_is_seouls_day() -> None:
    events = events_of(
        "Wednesday evening ET -- Thursday morning in Seoul -- North Korea tested an "
        "intercontinental ballistic missile. South Korea's Joint Chiefs of Staff said the "
        "launch came at about 7:10 a.m. local time (6:10 p.m. ET Wednesday).",
        "2024-11-01",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2024-10-31", "07:10")]


def test_jamming_a_second_straight_day_hours_after_a_launch_dates_no_earlier_one() -> None:
    events = events_of(
        "North Korea disrupted GPS signals near the border islands for a second straight day "
        "on Thursday, the military said, hours after firing a barrage of short-range ballistic "
        "missiles off its east coast.",
        "2024-05-31",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2024-05-30")]


def test_missiles_fired_for_a_second_straight_day_tell_a_launch_the_day_before() -> None:
    events = events_of(
        "North Korea fired ballistic missiles for a second straight day on Thursday, hours "
        "after the allies ended their drills.",
        "2024-05-31",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2024-05-30"),
        ("background", "2024-05-29"),
    ]


def test_the_month_a_leader_became_president_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired multiple short-range ballistic missiles on Wednesday morning, its "
        "first ballistic launch in more than five months and the first since Lee Jae Myung "
        "became South Korea's president in June.",
        "2025-10-24",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2025-10-22")]


def test_the_time_a_missile_was_expected_to_fall_is_no_second_firing() -> None:
    events = events_of(
        "The J-Alert message said a missile launched from North Korea was expected to fall "
        '"around Hokkaido" at about 8:00 and told residents to take shelter. According to '
        "Japan's Ministry of Defense, North Korea fired a ballistic missile at around 7:22 a.m. "
        "on Thursday from near Pyongyang.",
        "2023-04-14",
    )
    assert [(e.date, e.time_kst, e.count_min, e.count_max) for e in events] == [
        ("2023-04-13", "07:22", 1, 1)
    ]


def test_a_launchs_clock_and_day_told_in_korea_and_on_the_east_coast_is_koreas() -> None:
    events = events_of(
        "South Korea's Joint Chiefs of Staff said the missile was fired at 7:55 a.m. Sunday "
        "local time — 5:55 p.m. Saturday on the U.S. East Coast — from near Kusong.",
        "2017-02-12",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2017-02-12", "07:55")]


def test_the_day_leaders_denounced_a_test_firing_is_not_its_day() -> None:
    events = events_of(
        "PALM BEACH, Fla. (AP) — President Trump and Prime Minister Abe appeared together late "
        "Saturday to denounce North Korea's test-firing of a ballistic missile. South Korea's "
        "military said the missile was fired at 7:55 a.m. Sunday local time from near Kusong.",
        "2017-02-11T23:30:00-05:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2017-02-12", "07:55")]


def test_a_hydrogen_bomb_tested_and_the_test_timed_is_no_launch() -> None:
    events = events_of(
        "Asian shares fell on Monday after North Korea conducted its sixth nuclear test. "
        "Pyongyang said on Sunday it had successfully tested a hydrogen bomb that could be "
        "loaded onto an intercontinental ballistic missile. The test, conducted at around "
        "12:29 p.m. local time (0329 GMT) at the Punggye-ri site, triggered a magnitude 6.3 "
        "earthquake. The Defense Ministry said it had seen signs that the North was preparing "
        "a further missile launch, possibly of an intercontinental ballistic missile.",
        "2017-09-04",
    )
    assert events == []


def test_a_day_named_as_a_referendums_own_dates_no_launch_told_before_it() -> None:
    events = events_of(
        "Stocks in Seoul finished marginally higher on Wednesday as investors largely shrugged "
        "off North Korea's latest missile tests and kept their eyes on Thursday's referendum "
        "in Britain.",
        "2016-06-22",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2016-06-22")]


def test_the_most_recent_failure_in_a_story_of_launches_dates_an_earlier_launch() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday, the first at 5:58 a.m. Until "
        "Wednesday, every attempt to fly it had ended in failure. The most recent failure came "
        "on May 31, the same day a senior official arrived in Beijing.",
        "2016-06-23",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-05-31"),
    ]


def test_the_most_recent_before_the_news_that_exploded_on_a_day_is_an_earlier_launch() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday morning. The first attempt, on "
        "April 15, failed within seconds, and the most recent before Wednesday, on May 31, "
        "exploded on its launch pad.",
        "2016-06-22",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
        ("background", "2016-05-31"),
    ]


def test_a_live_blogs_news_is_its_own_day_whatever_its_entries_recall() -> None:
    events = events_of(
        "9:40 a.m. — This is North Korea's fifth launch in 10 days. The run began on Sunday, "
        "Sept. 25, with a single short-range ballistic missile fired from Taechon.\n\n"
        "8:52 a.m. — Japan's defense minister says the missile was launched at 7:22 a.m. and "
        "flew about 4,600 km.\n\n"
        "7:41 a.m. — South Korea's JCS says North Korea fired an unidentified ballistic "
        "missile eastward.",
        "2022-10-04T07:41:00+09:00",
    )
    assert [(e.role, e.date, e.distance_km) for e in events] == [
        ("primary", "2022-10-04", 4600),
        ("background", "2022-09-25", None),
    ]


def test_an_analysis_opening_on_the_norths_launch_last_friday_reports_it() -> None:
    events = events_of(
        "North Korea's launch last Friday of a Hwasong-17 intercontinental ballistic missile "
        "appears to have been its first clearly successful flight. According to the JCS, the "
        "missile was launched at 10:15 KST from Sunan. On 19 November the Korean Central News "
        "Agency (KCNA) confirmed that the missile was a Hwasong-17. Its first flight tests were "
        "presented by North Korea as reconnaissance satellite tests. On 25 May, the JCS said "
        "North Korea fired a suspected Hwasong-17 from Sunan.",
        "2022-11-21T11:30:00+00:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2022-11-18", "ICBM"),
        ("background", "2022-05-25", "ICBM"),
    ]
    assert events[0].time_kst == "10:15"


def test_a_response_to_the_norths_launch_of_a_missile_is_no_launch_of_the_day() -> None:
    events = events_of(
        "South Korea and the United States fired four surface-to-surface missiles into the East "
        "Sea early Wednesday in response to North Korea's launch of an intermediate-range "
        "ballistic missile over Japan, the Joint Chiefs of Staff said.",
        "2022-10-05T12:00:00+09:00",
    )
    assert [e.role for e in events if e.role == "primary"] == []


def test_a_fact_check_that_finds_no_launch_took_place_reports_none() -> None:
    events = events_of(
        'Claim: An alert sent at 6:55 p.m. on Tuesday said that "North Korea appears to have '
        'launched a missile." Verdict: False. No launch took place. Bottom line: There was no '
        "launch on Tuesday.",
        "2018-01-17T11:05:00+09:00",
    )
    assert events == []


def test_launches_in_general_today_are_no_launch_of_the_day() -> None:
    events = events_of(
        "A decade ago, a North Korean launch was a rare event. Today launches are routine. "
        "Missiles fly over or near Japanese territory.",
        "2026-02-10T09:00:00-05:00",
    )
    assert events == []


def test_they_flew_after_a_sentence_all_of_an_earlier_launch_is_that_launchs_flight() -> None:
    events = events_of(
        "North Korea fired several short-range cruise missiles on Tuesday morning, and the "
        "missiles flew more than 150 km. The last one came on March 29, when the North fired two "
        "projectiles from a super-large multiple rocket launcher from Wonsan. They flew about "
        "230 kilometers at an altitude of 30 kilometers.",
        "2020-04-14T12:00:00+09:00",
    )
    assert [(e.date, e.distance_km, e.apogee_km) for e in events] == [
        ("2020-04-14", 150, None),
        ("2020-03-29", 230, 30),
    ]


def test_what_recent_tests_have_been_is_said_of_no_launch() -> None:
    events = events_of(
        "North Korea fired a missile over Japan on Tuesday, and it flew about 4,600 km. Most of "
        "North Korea's recent long-range tests have been fired at a steep angle, sending "
        "missiles high into space so that they come down in the Sea of Japan.",
        "2022-10-04T12:00:00+09:00",
    )
    assert [(e.count_min, e.count_max, e.landing) for e in events] == [(1, 1, None)]


def test_the_launch_since_which_a_test_would_be_the_first_is_real() -> None:
    events = events_of(
        "North Korea fired a ballistic missile off Sinpo on Saturday. If confirmed as an SLBM, it "
        "would be the North's first SLBM test since October 19 last year.",
        "2022-05-07T12:00:00+09:00",
    )
    assert [e.date for e in events] == ["2022-05-07", "2021-10-19"]


def test_what_state_media_called_on_a_later_day_and_a_quoted_word_date_and_count_nothing() -> None:
    events = events_of(
        "North Korea fired two projectiles into the East Sea from Yonpo on Thursday afternoon, "
        "in what state media on Friday called another test-fire of a super-large multiple rocket "
        'launcher. Prime Minister Shinzo Abe said that a "ballistic missile" had been launched.',
        "2019-11-29T12:00:00+09:00",
    )
    assert [(e.date, e.count_min, e.count_max) for e in events] == [("2019-11-28", 2, 2)]


def test_a_named_rocket_that_crashed_on_a_day_and_a_launch_vehicle_are_launches() -> None:
    events = events_of(
        "North Korea's second attempt to put a reconnaissance satellite into orbit failed early "
        "Thursday, state media said. South Korea's Joint Chiefs of Staff said it detected the "
        "launch of a space launch vehicle from Tongchang-ri. The first Chollima-1 crashed "
        "into the sea on May 31 after its second stage failed.",
        "2023-08-24T12:00:00+09:00",
    )
    assert [(e.date, e.count_min) for e in events] == [("2023-08-24", 1), ("2023-05-31", None)]


def test_a_tables_rows_date_earlier_launches_and_the_missile_went_up_at_its_time() -> None:
    events = events_of(
        "North Korea has a new ICBM, and it flew for longer than any missile it has ever "
        "launched. The missile went up on Thursday morning in Korea, at 7:10 "
        "a.m. KST. Here is how the latest flight stacks up against recent shots:\n\n"
        "- Hwasong-17, March 16, 2023: apogee 6,045 km, 1,000.2 km.\n"
        "- Hwasong-18, July 12, 2023: apogee 6,648.4 km, 1,001.2 km.\n",
        "2024-11-01T09:00:00-04:00",
    )
    assert [(e.date, e.time_kst, e.missile_types) for e in events] == [
        ("2024-10-31", "07:10", []),
        ("2023-03-16", None, ["Hwasong-17"]),
        ("2023-07-12", None, ["Hwasong-18"]),
    ]


def test_a_named_rocket_that_also_flew_and_a_dated_deal_and_a_family_compared_against() -> None:
    events = events_of(
        "North Korea launched the Unha-3 on Friday, and it failed. In April 2009, the Unha-2 also "
        'flew over Japan. The launch blows up the February 29 "Leap Day" arrangement. The '
        "Unha-3 uses a different engine configuration from the Taepodong family of launchers.",
        "2012-04-13T12:00:00+09:00",
    )
    assert [(e.date, e.missile_types) for e in events] == [
        ("2012-04-13", ["Unha-3"]),
        ("2009-04", ["Unha-2"]),
    ]


def test_a_figure_opening_the_sentence_counts_the_missiles_fired() -> None:
    events = events_of(
        "The Missile Administration conducted a test of a new weapon system on October 22. Two "
        "hypersonic projectiles fired from Ryokpho District of Pyongyang hit the target.",
        "2025-10-23T06:00:00+09:00",
    )
    assert [(e.date, e.count_min, e.count_max) for e in events] == [("2025-10-22", 2, 2)]


def test_each_month_of_a_list_that_dates_satellite_launches_is_one() -> None:
    events = events_of(
        "Satellite imagery shows North Korea dismantling a test stand at Sohae. Earlier, Sohae "
        "hosted the launches of Kwangmyongsong satellites in December 2012 and February 2016.",
        "2018-07-23T12:00:00-04:00",
    )
    assert [(e.date, e.missile_class) for e in events] == [("2012-12", "SLV"), ("2016-02", "SLV")]


def test_a_types_first_test_and_first_flight_on_a_day_are_earlier_launches() -> None:
    for later in (
        "North Korea first tested that type on April 13 this year.",
        "The Hwasong-18 first flew on 13 April 2023.",
        "The more consequential development came on April 13, with the first flight of the "
        "Hwasong-18.",
    ):
        events = events_of(
            "North Korea fired a solid-fuel ICBM on Wednesday. " + later,
            "2023-07-13T12:00:00+09:00",
        )
        assert [e.date for e in events] == ["2023-07-12", "2023-04-13"], later


def test_the_one_launch_a_sum_includes_is_dated() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Sunday. Pyongyang conducted a record number of "
        "weapons tests in 2022, including an ICBM launch in November that it called its most "
        "powerful strategic weapon.",
        "2023-01-01T12:00:00+09:00",
    )
    assert [e.date for e in events] == ["2023-01-01", "2022-11"]


def test_a_launch_from_an_american_site_and_one_a_country_says_it_made_are_theirs() -> None:
    for text in (
        "An unarmed intercontinental ballistic missile was launched early Wednesday from "
        "California's central coast, the Air Force said.",
        "China said Wednesday it had test-fired an intercontinental ballistic missile carrying a "
        "dummy warhead into the Pacific Ocean.",
    ):
        assert events_of(text, "2024-09-25T12:00:00+09:00") == [], text


def test_an_earlier_versions_figure_is_no_count() -> None:
    events = events_of(
        "North Korea fired a seventh missile on Wednesday evening, Japan said, hours after "
        "test-launching six others including a long-range Taepodong-2. Earlier versions of this "
        "story, based on information from Japanese officials in the morning, said six missiles "
        "had been fired.",
        "2006-07-05T19:40:00+09:00",
    )
    assert [(e.count_min, e.count_max) for e in events] == [(7, 7)]


def test_a_sum_told_to_lawmakers_on_a_day_is_no_launch_of_that_day() -> None:
    events = events_of(
        "North Korea has tested missiles at an unprecedented pace and is deepening military "
        "cooperation with Russia, the top U.S. commander in the Indo-Pacific told lawmakers on "
        "Wednesday.",
        "2024-03-20T18:00:00-04:00",
    )
    assert events == []


def test_a_reports_series_of_launches_and_an_icbm_not_launched_are_no_launch_of_its_day() -> None:
    events = events_of(
        "Although no intercontinental ballistic missile was launched, the country conducted a "
        "series of launches of short-range ballistic missiles. On 25 July 2019, two short-range "
        "ballistic missiles were launched from the Hodo peninsula near Wonsan.",
        "2020-03-02T12:00:00-05:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2019-07-25")]


def test_a_doubt_in_a_which_clause_stays_there_and_the_east_sea_ground_is_tonghae() -> None:
    events = events_of(
        "North Korea test-fired at least six missiles on Wednesday. The Taepodong-2, which U.S. "
        "intelligence officials believe could one day be capable of reaching Alaska, lifted off "
        "from the Musudan-ri launch site shortly after 5 a.m. local time.",
        "2006-07-05T12:00:00+09:00",
    )
    assert [(e.site, e.time_kst) for e in events] == [("Tonghae", "05:00")]
    kcna = events_of(
        "The carrier rocket was launched from the East Sea Satellite Launching Ground in Hwadae "
        "County at 11:20 on April 5, 2009.",
        "2009-04-05T18:00:00+09:00",
    )
    assert [e.site for e in kcna] == ["Tonghae"]


def test_a_day_before_which_is_a_bound_and_a_hyphen_labels_a_timeline_item() -> None:
    events = events_of(
        "North Korea test-fired an ICBM on Thursday. The North's last ICBM test before Thursday "
        "was on Dec. 18.",
        "2024-10-31T18:00:00+09:00",
    )
    assert [e.date for e in events] == ["2024-10-31", "2023-12-18"]
    timeline = events_of(
        "North Korea launched a long-range rocket on Wednesday. Past launches:\n\n"
        "July 5, 2006 - A Taepodong-2, the North's first long-range missile designed to reach "
        "U.S. territory, fails about 40 seconds after lift-off.\n",
        "2012-12-12T12:00:00+09:00",
    )
    assert [e.date for e in timeline] == ["2012-12-12", "2006-07-05"]


def test_a_munitions_industry_is_no_count_of_missiles() -> None:
    events = events_of(
        "The Academy of Defence Science conducted a test-fire of hypersonic missile on January 5. "
        "Present at the test-fire were leading officials of the field of munitions industry.",
        "2022-01-06T06:00:00+09:00",
    )
    assert [(e.count_min, e.count_max) for e in events] == [(1, 1)]


def test_a_date_before_that_one_in_a_list_is_another_launch() -> None:
    events = events_of(
        "North Korea launched a rocket carrying a satellite on Wednesday morning, and it fell "
        "into the Yellow Sea. North Korea last claimed to have put a satellite into orbit in "
        "February 2016, and before that in December 2012, both from the same site.",
        "2023-06-01T12:00:00+09:00",
    )
    assert sorted(e.date for e in events if e.role == "background") == ["2012-12", "2016-02"]


def test_a_named_missile_last_flown_on_a_day_and_a_dated_flight_of_one_are_launches() -> None:
    for later in (
        "Those figures top the numbers from the solid-fuel Hwasong-18, last flown on Dec. 18, "
        "2023.",
        "The most significant came with the Dec. 18, 2023 flight of the Hwasong-18.",
        "The Hwasong-18 had its first fully successful flight on Dec. 18, 2023.",
    ):
        events = events_of(
            "North Korea fired a new ICBM on Thursday. " + later, "2024-11-01T09:00:00+09:00"
        )
        assert [e.date for e in events] == ["2024-10-31", "2023-12-18"], later


def test_a_retrospectives_undated_launch_is_the_one_it_remembers_not_todays() -> None:
    text = (
        "Within the hour we had a breaking news line: North Korea had fired a ballistic missile, "
        "the South Korean military said. The missile flew for 53 minutes. The two previous ICBM "
        "tests that year, on 4 July 2017 and 28 July 2017, had both been lofted too."
    )
    retro = extract(
        article_from_text(
            "---\ntitle: The night North Korea said it could hit all of America - five years on\n"
            f"published: 2022-11-29T06:05:00+00:00\n---\n{text}",
            "test.txt",
        )
    )
    assert [e.role for e in retro] == ["background", "background"]
    news = events_of(text, "2022-11-29T06:05:00+00:00")
    assert news[0].role == "primary"


def test_a_juche_year_is_its_gregorian_year() -> None:
    events = events_of(
        "Five years have passed since the DPRK completed its state nuclear force. On November 29, "
        "Juche 106 (2017), Kim Jong Un guided the test-fire of the ICBM Hwasong-15.",
        "2022-11-29T06:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-11-29")]


def test_a_day_in_a_clause_with_its_own_verb_is_that_clauses() -> None:
    events = events_of(
        "The yen strengthened after North Korea fired a ballistic missile over northern Japan, "
        "sending investors into haven assets in a replay of the risk-off trade that gripped "
        "markets earlier this month. North Korea fired the missile from near Pyongyang's Sunan "
        "district at 5:57 a.m. local time.",
        "2017-08-29T15:40:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-08-29")]


def test_a_reaction_lead_followed_by_the_days_launch_with_time_and_place_reports_it() -> None:
    events = events_of(
        "The two leading presidential candidates on Saturday condemned North Korea's latest "
        "ballistic missile launch, as early voting ended. North Korea fired a ballistic missile "
        "toward the East Sea from the Sunan area in Pyongyang at 8:48 a.m., the Joint Chiefs of "
        "Staff said.",
        "2022-03-05T18:00:00+09:00",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2022-03-05", "08:48", "Sunan")
    ]


def test_days_after_count_back_from_the_day_just_named() -> None:
    events = events_of(
        "North Korea's footballers played a goalless draw on Tuesday. Talks in Stockholm broke "
        "down on Oct. 5, three days after North Korea test-fired a new submarine-launched "
        "ballistic missile, the Pukguksong-3.",
        "2019-10-15T22:00:00+09:00",
    )
    assert [e.date for e in events] == ["2019-10-02"]
    nothing = events_of(
        "North Korea fired what appeared to be an SLBM off its east coast Saturday, a day after "
        "Seoul and Washington announced they would deploy an advanced U.S. missile defense "
        "system.",
        "2016-07-09T18:00:00+09:00",
    )
    assert [e.date for e in nothing] == ["2016-07-09"]


def test_launch_trucks_in_a_parade_are_no_launch() -> None:
    events = events_of(
        "Kim Jong-un saluted from a balcony as goose-stepping troops, tanks and launch trucks "
        "passed below on Thursday night, including the Hwasong-17 ICBM.",
        "2023-07-28T09:00:00+09:00",
    )
    assert events == []


def test_flight_tested_is_a_launch_and_never_flight_tested_is_not() -> None:
    events = events_of(
        "North Korea flight-tested a new solid-fuel intermediate-range missile on Tuesday, "
        "the Joint Chiefs of Staff said.",
        "2024-04-03T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2024-04-02")]
    nothing = events_of(
        "Also on display at Wednesday's parade were canister-mounted missiles that analysts "
        "believe could be a new solid-fuel ICBM that North Korea has never flight-tested.",
        "2023-02-09T10:00:00+09:00",
    )
    assert nothing == []


def test_that_year_and_the_following_month_are_the_times_the_text_just_told() -> None:
    events = events_of(
        "At 18:17 GMT on 28 November 2017, North Korea fired a Hwasong-15 ICBM from near "
        "Pyongsong. Steep trajectories had become its signature. The two previous ICBM tests "
        "that year - on 4 July and again late on 28 July - had both been lofted.",
        "2022-11-29T06:05:00+00:00",
    )
    assert sorted(e.date for e in events) == ["2017-07-04", "2017-07-28", "2017-11-29"]
    events = events_of(
        "The missile was launched from near Pyongyang at 5:58 a.m. on August 29th last year and "
        "flew over Cape Erimo. On the 15th of the following month, another North Korean missile "
        "flew over Hokkaido, flying about 3,700 kilometers.",
        "2018-08-29T12:00:00+09:00",
    )
    assert sorted(e.date for e in events) == ["2017-08-29", "2017-09-15"]


def test_a_year_the_sentence_names_comes_before_the_one_told_earlier() -> None:
    events = events_of(
        "The previous Hwasong-17 launch, on Nov. 18 last year, flew about 1,000 km. The North "
        "first tested ICBMs in 2017, when it fired Hwasong-14 missiles twice, on July 4 and "
        "July 28, before flying the larger Hwasong-15 in November that year.",
        "2023-03-17T10:00:00+09:00",
    )
    assert {"2017-07-04", "2017-07-28"} <= {e.date for e in events}
    assert "2022-07-28" not in {e.date for e in events}


def test_a_nuclear_test_told_after_a_launch_keeps_its_own_date() -> None:
    events = events_of(
        "In July 2006 the North fired a volley of missiles into the Sea of Japan, and in "
        "October of that year it carried out its first nuclear test. A long-range rocket "
        "launched on April 5, 2009 was followed the next month by a second nuclear test.",
        "2011-12-19T10:00:00+09:00",
    )
    assert sorted(e.date for e in events) == ["2006-07", "2009-04-05"]


def test_a_retrospectives_series_of_tests_is_each_its_own_launch() -> None:
    article = article_from_text(
        "---\ntitle: One Year of the Hwasong-18\npublished: 2024-04-12T10:00:00-04:00\n---\n"
        "A year ago this week, North Korea flight-tested its first solid-fuel ICBM, the "
        "Hwasong-18.\n\nThe first test came on April 13, 2023. The missile flew roughly 1,000 "
        "kilometers.\n\nThe second test, on July 12, 2023, was more impressive. According to "
        "KCNA, the missile flew 1,001 kilometers and reached an apogee of 6,648 kilometers.\n\n"
        "In January, Pyongyang tested a solid-fuel intermediate-range missile, and earlier this "
        "month it flight-tested the Hwasong-16B.",
        "test.txt",
    )
    events = {e.date: e for e in extract(article)}
    assert sorted(events) == ["2023-04-13", "2023-07-12", "2024-01", "2024-04"]
    assert {e.role for e in events.values()} == {"background"}
    assert events["2023-07-12"].apogee_km == 6648
    assert events["2023-04-13"].apogee_km is None


def test_a_gmt_time_on_a_day_month_date_is_converted_with_its_day() -> None:
    events = events_of(
        "At 18:17 GMT on 28 November 2017, North Korea fired a Hwasong-15 ICBM from near "
        "Pyongsong.",
        "2022-11-29T06:05:00+00:00",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2017-11-29", "03:17")]


@pytest.mark.parametrize(
    ("sentence", "published", "kst"),
    [
        # an outlet's own zone, by its abbreviation or by the place's name
        (
            "North Korea fired a ballistic missile at 3:53 am IST on Tuesday from Jagang.",
            "2022-10-04T10:50:00+05:30",
            ("2022-10-04", "07:23"),
        ),
        (
            "North Korea fired a missile at 6:57am AEST from near Pyongyang.",
            "2017-08-29T12:40:00+10:00",
            ("2017-08-29", "05:57"),
        ),
        (
            "North Korea fired a missile at 8.30am Singapore time on Friday.",
            "2022-11-18T15:00:00+08:00",
            ("2022-11-18", "09:30"),
        ),
        # "PST" in a Pakistani story is Pakistan's
        (
            "North Korea fired two projectiles at 2:45am PST on Saturday.",
            "2019-08-24T11:40:00+05:00",
            ("2019-08-24", "06:45"),
        ),
        # the echo in brackets is the same instant, and no earlier one
        (
            "The rocket lifted off at 9:49 a.m. Korean time (8:49 a.m. in Manila) on Wednesday.",
            "2012-12-13T06:30:00+08:00",
            ("2012-12-12", "09:49"),
        ),
        # a pair shares the zone its second time names
        (
            "The missiles were launched on Wednesday at 12.34pm and 12.39pm local time (11.34am "
            "and 11.39am Singapore time).",
            "2021-09-15T19:10:00+08:00",
            ("2021-09-15", "12:34"),
        ),
    ],
)
def test_times_in_an_outlets_own_zone_end_up_in_korea_time(
    sentence: str, published: str, kst: tuple[str, str]
) -> None:
    event = primary_of(sentence, published)
    assert (event.date, event.time_kst) == kst


def test_a_bracketed_pair_in_the_outlets_zone_makes_no_launch_of_its_own() -> None:
    events = events_of(
        "South Korea's Joint Chiefs of Staff said that two projectiles were fired on Thursday "
        "from Sunchon at 4:35 pm and 4:38 pm local time (4:35 am and 4:38 am in Buenos Aires), "
        "flying about 370 kilometres.",
        "2019-11-01T11:20:00-03:00",
    )
    assert [(e.role, e.date, e.time_kst, e.count_min) for e in events] == [
        ("primary", "2019-10-31", "16:35", 2)
    ]


def test_a_day_named_in_the_storys_zone_before_its_time_is_koreas_next_day() -> None:
    events = events_of(
        "Yesterday, at approximately 4:57 p.m. Eastern Daylight Time, North Korea launched a "
        "ballistic missile from the vicinity of Sunan. The missile flew over northern Japan.\n\n"
        "Q: How does yesterday's launch compare with the July 28 ICBM?",
        "2017-08-29T11:20:00-04:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [
        ("primary", "2017-08-29", "05:57"),
        ("background", "2017-07-28", None),
    ]


def test_a_weekday_said_to_be_koreas_is_not_moved_by_the_us_time_before_it() -> None:
    event = primary_of(
        "At 1:17 p.m. Eastern time, which was 3:17 in the morning Wednesday in Korea, North "
        "Korea launched what turned out to be its most powerful missile yet.",
        "2017-11-30T06:00:00-05:00",
    )
    assert (event.date, event.time_kst) == ("2017-11-29", "03:17")


def test_a_sentence_opening_on_in_and_a_year_dates_its_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Tuesday. In 1998 North Korea fired a "
        "Taepodong-1 rocket over Japan's main island, saying it carried a satellite.",
        "2022-10-05T10:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2022-10-04", ["Hwasong-12"]),
        ("background", "1998", ["Taepodong-1"]),
    ]


def test_a_years_sum_told_after_its_year_is_no_launch() -> None:
    events = events_of(
        "A decade ago, a North Korean launch was a rare event. Arms control has to start from "
        "that change. In 2022 alone, Pyongyang fired roughly 70 ballistic missiles, more than "
        "in any previous year.",
        "2026-02-10T10:00:00-05:00",
    )
    assert events == []


def test_kcnas_launching_drill_is_a_launch() -> None:
    event = primary_of(
        "Pyongyang, February 19 (KCNA) -- A surprise launching drill of ICBM was staged in the "
        "DPRK. The order was given to make a high-angle launch of ICBM Hwasong-15 at Pyongyang "
        "International Airport. The launching drill was conducted at 17:22 on February 18.",
        "2023-02-19T08:00:00+09:00",
    )
    assert (event.date, event.time_kst, event.missile_types) == (
        "2023-02-18",
        "17:22",
        ["Hwasong-15"],
    )


def test_a_fact_check_saying_there_was_no_north_korean_launch_reports_none() -> None:
    events = events_of(
        "Two false alarms in four days have spawned social media posts claiming that North "
        "Korea fired missiles. There was no North Korean missile launch on either occasion. At "
        "about 6:55 p.m. on Tuesday, NHK pushed an alert saying North Korea appeared to have "
        "launched a missile. Japan's Defense Ministry said it had detected no launch.",
        "2018-01-17T10:00:00+09:00",
    )
    assert events == []


def test_a_photo_caption_dates_what_it_shows_not_its_release() -> None:
    events = events_of(
        "1/7 -- This picture taken on January 28, 2024 and released from North Korea's official "
        "Korean Central News Agency (KCNA) via KNS on January 29 shows the test-fire of a "
        'new-type strategic cruise missile "Pulhwasal-3-31" from a submarine.\n\n'
        "6/7 -- This picture released by KCNA on January 25 shows the first test-fire of the "
        "Pulhwasal-3-31, which took place over the Yellow Sea on Wednesday.",
        "2024-01-29T13:10:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2024-01-28"),
        ("background", "2024-01-24"),
    ]


def test_a_question_about_the_possibility_of_a_launch_reports_none() -> None:
    events = events_of(
        "Q: Is there any possibility of an additional launch around the inauguration on "
        "Tuesday?\n\nKIM: We are closely monitoring.",
        "2022-05-07T19:20:00+09:00",
    )
    assert events == []


def test_ordinal_and_slashed_dates_of_outlets_outside_the_us() -> None:
    events = events_of(
        "The Hwasong-19 flew for 86 minutes on Thursday. The previous record was a Hwasong-18 "
        "fired on 18th December last year, which flew for 73 minutes. It was the first "
        "missile to overfly Japan since a Hwasong-12 on 15th September 2017.\n\n"
        "28/09/2021: North Korea tests the Hwasong-8 from Jagang province.",
        "2024-10-31T16:05:00+04:00",
    )
    assert sorted(e.date for e in events if e.role == "background") == [
        "2017-09-15",
        "2021-09-28",
        "2023-12-18",
    ]


def test_indias_missile_tests_are_not_north_koreas() -> None:
    events = events_of(
        "North Korea fired a hypersonic missile on Monday. India is also part of the "
        "hypersonic race. On 16/11/2024, the Defence Research and Development Organisation "
        "(DRDO) flight-tested a long-range hypersonic missile from Dr APJ Abdul Kalam Island, "
        "and on 11/03/2024 it tested an Agni-V with multiple warheads.",
        "2025-01-07T10:50:00+05:30",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2025-01-06")]


def test_a_timelines_date_heading_dates_the_paragraph_below_it() -> None:
    events = events_of(
        "Friday, October 7, 2022\n\n"
        "North Korea fired a Hwasong-12 over Japan on Tuesday.\n\n"
        "Here is a look at the previous occasions.\n\n"
        "31 August 1998\n\n"
        "North Korea fired a Taepodong-1 rocket that flew over northern Honshu.\n\n"
        "5 April 2009\n\n"
        "An Unha-2 rocket flew over Akita and Iwate prefectures.",
        "2022-10-07T10:00:00+11:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-10-04"),
        ("background", "1998-08-31"),
        ("background", "2009-04-05"),
    ]


def test_an_alert_sent_by_mistake_reports_no_launch() -> None:
    events = events_of(
        "The meeting came days after a false alarm in Hawaii. On Tuesday, Japan's public "
        "broadcaster NHK also mistakenly sent a news alert saying North Korea had launched a "
        "missile, and retracted it within minutes.",
        "2018-01-16T17:00:00-08:00",
    )
    assert events == []


def test_a_rockets_debut_and_its_later_tries_are_each_a_launch() -> None:
    events = events_of(
        "Engineers had ground-tested the engine for years. The Chollima-1 made its debut at "
        "6:27 a.m. on May 31, 2023, and crashed into the Yellow Sea. A second attempt, on Aug. "
        "24 the same year, failed when the third stage malfunctioned.\n\nThe third try, at "
        "10:42 p.m. on Nov. 21, 2023, succeeded.",
        "2026-02-07T10:00:00+09:00",
    )
    assert sorted(e.date for e in events) == ["2023-05-31", "2023-08-24", "2023-11-21"]


def test_an_echo_in_a_zone_not_read_is_no_second_launch() -> None:
    events = events_of(
        "The missile was fired at 11.41pm on Friday Korean time - 2.41am today, New Zealand "
        "time - from Jagang province, South Korea's Joint Chiefs of Staff said.",
        "2017-07-29T17:05:00+12:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2017-07-28", "23:41")]


def test_a_satellite_image_of_the_pad_the_day_before_is_no_launch() -> None:
    events = events_of(
        "North Korea launched its Unha-3 rocket at 9:49 a.m. local time from Sohae.\n\n"
        "6/9 -- A satellite image taken on December 11, 2012, by DigitalGlobe shows the launch "
        "pad at Sohae with the rocket apparently in place, a day before the launch.",
        "2012-12-12T19:05:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-12-12")]


def test_a_british_live_blogs_stamps_and_its_here_time() -> None:
    events = events_of(
        "Live coverage of North Korea's rocket launch. All times BST.\n\n"
        "3.51am: South Korea's presidential office calls the launch reckless.\n\n"
        "3.45am: Analysts say the rocket was an Unha-2.\n\n"
        "3.38am: It has happened. Japan's government says North Korea launched the rocket at "
        "11.30am local time, 3.30am here.",
        "2009-04-05T09:40:00+01:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2009-04-05", "11:30")]


def test_spoken_clock_times_of_a_broadcast() -> None:
    """Read aloud, a time is words and a part of the day, and an echo for the audience."""
    cases = [
        (
            "North Korea has fired a ballistic missile from a submarine. EVANS: Well, John, it "
            "was fired at about half past five this morning, Korean time, from a submarine off "
            "the port of Sinpo.",
            "2016-08-24T07:22:00+01:00",
            ("2016-08-24", "05:30", "Sinpo"),
        ),
        (
            "North Korea fired an ICBM today. The launch came at 2:34 in the afternoon local "
            "time, that's 5:34 this morning here in the UK, from Pyongyang's Sunan airport.",
            "2022-03-24T10:00:00+00:00",
            ("2022-03-24", "14:34", "Sunan"),
        ),
        (
            "Pyongyang claims its first ICBM test. She said the new Hwasong-14 was launched at "
            "9:40 in the morning local time, that's 8:40 last night here on the East Coast, "
            "from Panghyon.",
            "2017-07-04T07:10:00-04:00",
            ("2017-07-04", "09:40", "Panghyon"),
        ),
        (
            "North Korea fired 18 short-range ballistic missiles early Thursday, local time. "
            "The first one went up at 6:14 a.m.",
            "2024-05-30T05:04:00-04:00",
            ("2024-05-30", "06:14", None),
        ),
    ]
    for text, published, expected in cases:
        events = events_of(text, published)
        assert [(e.date, e.time_kst, e.site) for e in events] == [expected], text


def test_missiles_counted_by_the_hour_are_no_clock_time() -> None:
    events = events_of(
        "North Korea fired three short-range ballistic missiles on Wednesday, two in the "
        "morning and one at 3:10 in the afternoon, the Joint Chiefs of Staff said.",
        "2022-05-04T20:00:00+09:00",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2022-05-04", "15:10")]


def test_what_a_launch_follows_gives_it_no_class() -> None:
    events = events_of(
        "North Korea fired 18 short-range ballistic missiles early Thursday.\n\n"
        "INSKEEP: You said this follows a failed satellite launch.",
        "2024-05-30T05:04:00-04:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "SRBM")]


def test_a_weekly_programmes_roundup_of_launches() -> None:
    """Days said the way a weekly programme says them, each launch with what its clause says."""
    events = events_of(
        "Yesterday morning North Korea launched two more projectiles into the sea. South "
        "Korea's Joint Chiefs of Staff say they were fired from Tongchon at 8:01 a.m.\n\n"
        "This morning the North's official Korean Central News Agency said Kim Jong Un had "
        "watched the test.\n\n"
        "Then, on the last day of July, it tested what it called a new large-calibre guided "
        "multiple rocket launcher, firing two rounds from the Kalma peninsula. It said it "
        "tested the same system again on August 2nd.\n\n"
        "On Tuesday the 6th, the North fired two short-range ballistic missiles.",
        "2019-08-17T19:10:00+09:00",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2019-08-16", "08:01", "Tongchon"),
        ("background", "2019-07-31", None, "Kalma"),
        ("background", "2019-08-02", None, None),
        ("background", "2019-08-06", None, None),
    ]


def test_a_failed_launch_told_in_headlines() -> None:
    """'after it was launched' is the missile's own launch; a zone after 'Saturday morning'
    converts the time and its day; 'April the 5th' is a day."""
    events = events_of(
        "North Korea's latest missile test has ended in failure. US Pacific Command says the "
        "missile blew up almost immediately after it was launched near the port of Sinpo. The "
        "Americans say they detected the launch at 11:21 on Saturday morning Hawaii time, which "
        "was Sunday morning in Korea. It's the second launch from the Sinpo area this month; a "
        "missile was fired from there on April the 5th.",
        "2017-04-16T04:00:00+01:00",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2017-04-16", "06:21", "Sinpo"),
        ("background", "2017-04-05", None, "Sinpo"),
    ]


def test_a_tickers_capitals_are_read_like_any_text() -> None:
    events = events_of(
        "BREAKING: NORTH KOREA FIRES BALLISTIC MISSILE TOWARDS SEA OFF ITS EAST COAST\n\n"
        "MISSILE LAUNCHED FROM PYONGYANG AREA AT AROUND 7.23AM LOCAL TIME (11.23PM UK TIME "
        "WEDNESDAY) - SOUTH KOREA'S JOINT CHIEFS OF STAFF\n\n"
        "FIRST LONG-RANGE LAUNCH SINCE MARCH 16, WHEN NORTH KOREA FIRED A HWASONG-17 ICBM",
        "2023-04-13T00:05:00+01:00",
    )
    assert [(e.role, e.date, e.time_kst, e.missile_types) for e in events] == [
        ("primary", "2023-04-13", "07:23", []),
        ("background", "2023-03-16", None, ["Hwasong-17"]),
    ]


def test_earlier_launches_told_by_ordinal_days() -> None:
    """'May 9th', 'the first of them, on April 15th': days written with their ordinals."""
    events = events_of(
        "North Korea fired two projectiles on Thursday, and state media said they came from a "
        "super-large multiple rocket launcher. This morning the North's state media confirmed "
        "the test. The gap between the rounds was far shorter than when the North last tested "
        "this system, on August 24th. Four earlier launches since April all failed. The first "
        "of them, on April 15th, exploded seconds after lift-off. It is the first launch since "
        "May 9th, when the North fired two short-range missiles.",
        "2019-11-01T07:00:00+09:00",
    )
    assert sorted(e.date for e in events) == [
        "2019-04-15",
        "2019-05-09",
        "2019-08-24",
        "2019-10-31",
    ]


def test_a_drills_test_message_reports_no_launch() -> None:
    events = events_of(
        "A town in northern Japan has held its first evacuation drill. At 8:55 a.m., the J-Alert "
        "system sent out a test message through loudspeakers telling residents that a missile "
        "had been launched. A second message followed four minutes later, announcing that the "
        "missile had fallen into the sea.",
        "2017-03-17T18:00:00+09:00",
    )
    assert events == []


def test_missiles_on_show_at_a_parade_give_no_class() -> None:
    events = events_of(
        "North Korea attempted to launch a missile from its east coast Sunday morning, but the "
        "missile blew up almost immediately. The failed launch came a day after a military "
        "parade in Pyongyang, where it showed off what appeared to be new intercontinental "
        "ballistic missiles in canisters.",
        "2017-04-16T12:00:00+09:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "unknown")]


def test_a_timelines_present_tense_reports_and_a_habits_does_not() -> None:
    events = events_of(
        "North Korea fired an ICBM from Panghyon on Tuesday. Its launches this year:\n\n"
        "- May 14: Test-fires the new Hwasong-12 from Kusong.\n\n"
        "- May 21: Fires a Pukguksong-2 from Pukchang, which flies about 500 kilometers.\n\n"
        "When North Korea fires a missile that cannot reach the United States, Washington shrugs.",
        "2017-07-04T12:00:00+09:00",
    )
    assert sorted((e.date, e.site) for e in events) == [
        ("2017-05-14", "Kusong"),
        ("2017-05-21", "Pukchang"),
        ("2017-07-04", "Panghyon"),
    ]


def test_a_launch_an_agency_says_it_will_make_is_a_plan() -> None:
    events = events_of(
        "The second launch of the reconnaissance satellite Malligyong-1 failed on August 24. "
        "The NADA said it will make a third reconnaissance satellite launch in October after "
        "thoroughly examining the cause.",
        "2023-08-24T07:48:00+09:00",
    )
    assert [e.date for e in events] == ["2023-08-24"]


def test_a_pretended_satellite_is_no_class() -> None:
    events = events_of(
        "North Korea fired a missile over Hokkaido this morning. It is the first time in years "
        "that a North Korean missile has flown over Japan, and the first time Pyongyang hasn't "
        "even pretended it was launching a satellite.",
        "2017-08-29T12:00:00+09:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "unknown")]


def test_a_missiles_history_in_a_relative_clause_leaves_it_named() -> None:
    events = events_of(
        "North Korea fired an ICBM from the Sunan area this morning. Analysts suspect it was the "
        "Hwasong-17, North Korea's biggest, which was paraded for the first time two years ago.",
        "2022-11-18T18:12:00+11:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Hwasong-17"])]


def test_a_honolulu_storys_this_morning_is_koreas_next_day() -> None:
    events = events_of(
        "A North Korean ballistic missile exploded almost immediately after it was launched "
        "this morning, U.S. Pacific Command said. It was early Sunday morning in Korea when "
        "the missile was fired from the Sinpo area.",
        "2017-04-15T16:05:00-10:00",
    )
    assert [(e.role, e.date, e.site) for e in events] == [("primary", "2017-04-16", "Sinpo")]


def test_a_launch_day_told_in_alaskan_and_european_clocks() -> None:
    """A day (or time) in a zone behind Korea's is the Korean day it names beside it."""
    cases = [
        (
            "North Korea fired a ballistic missile into the sea off Japan on Monday afternoon "
            "Alaska time — Tuesday morning in Korea — and later claimed it was an ICBM.",
            "2017-07-03T22:45:00-08:00",
            ("2017-07-04", None),
        ),
        (
            "The missiles were launched at 6:10am local time – shortly after 10pm on Saturday, "
            "Swiss time – from the area around Wonsan, the Joint Chiefs of Staff said.",
            "2020-03-29T09:30:00+02:00",
            ("2020-03-29", "06:10"),
        ),
        (
            "South Korea's Joint Chiefs of Staff said two short-range ballistic missiles were "
            "launched from Sondok at 6:45am and 7:02am on Saturday — late on Friday evening in "
            "Paris.",
            "2019-08-24T10:00:00+02:00",
            ("2019-08-24", "06:45"),
        ),
    ]
    for text, published, expected in cases:
        events = events_of(text, published)
        assert [(e.date, e.time_kst) for e in events] == [expected], text


def test_a_table_of_flights_dates_each_row() -> None:
    events = events_of(
        "North Korea launched its Hwasong-18 on Wednesday, July 12, from the Pyongyang area.\n\n"
        "The table below lists the ICBM-class flights.\n\n"
        "| Date | Missile | Distance | Apogee |\n"
        "|---|---|---|---|\n"
        "| July 4, 2017 | Hwasong-14 | 933 km | 2,802 km |\n"
        "| Nov. 29, 2017 | Hwasong-15 | 950 km | 4,475 km |\n"
        "| July 12, 2023 | Hwasong-18 | 1,001.2 km | 6,648.4 km |\n",
        "2023-07-14T10:00:00-04:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2023-07-12", ["Hwasong-18"]),
        ("background", "2017-07-04", ["Hwasong-14"]),
        ("background", "2017-11-29", ["Hwasong-15"]),
    ]


def test_an_analysis_under_key_points_and_its_days_of_saying() -> None:
    """A section heading is no sentence of the lead; the day a military revised its figures or
    an agency identified the weapon is the day of the saying."""
    events = events_of(
        "**Key points**\n"
        "- North Korea tested what it called a new multiple rocket launcher last Saturday\n\n"
        "North Korea test-fired two projectiles from Sondok at 06:45 local time last Saturday, "
        "the JCS said.",
        "2019-08-27T09:00:00+01:00",
    )
    assert [(e.role, e.date, e.site) for e in events] == [("primary", "2019-08-24", "Sondok")]
    events = events_of(
        "South Korea's military on Friday revised its assessment of the two short-range "
        "ballistic missiles North Korea fired on Thursday, saying both had flown about 600 km. "
        "They were launched at 5:34 a.m. from the Hodo Peninsula. On Friday the Korean Central "
        "News Agency identified the weapon as a new-type tactical guided weapon.",
        "2019-07-26T17:30:00+09:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2019-07-25", "05:34")]


def test_a_day_the_military_said_it_detected_a_launch_is_the_launchs() -> None:
    events = events_of(
        "On Tuesday, January 25, South Korea's Joint Chiefs of Staff (JCS) said it had detected "
        "the launch of two suspected cruise missiles from an inland area of North Korea that "
        "morning. Three days later, North Korean state media filled in the picture.",
        "2022-01-28T10:00:00-05:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2022-01-25", "cruise")
    ]


def test_an_engine_tests_day_compared_with_icbms_is_no_launch() -> None:
    events = events_of(
        "North Korea said Tuesday it has completed the final ground test of a high-thrust "
        "solid-fuel engine, to be used in a new ICBM. Leader Kim Jong Un observed the test, which "
        "took place Monday, the official Korean Central News Agency said, adding the engine "
        "produced more thrust than the engines of North Korea's existing solid-fuel ICBMs.",
        "2025-09-09T10:00:00+09:00",
    )
    assert events == []


def test_a_us_intercept_tests_target_is_no_north_korean_launch() -> None:
    events = events_of(
        "The U.S. military for the first time shot down a mock intercontinental ballistic "
        "missile over the Pacific on Tuesday.\n\nThe target, built to resemble an ICBM, was "
        "launched from the Reagan Test Site on Kwajalein Atoll in the Marshall Islands.",
        "2017-05-30T16:00:00-08:00",
    )
    assert events == []


def test_names_set_against_the_launched_missile_are_not_its_type() -> None:
    """A name coordinated with a contrasted one, a vehicle 'compared with' another's, a
    missile's earlier flight told by its possessive: none is the type flown."""
    events = events_of(
        "North Korea launched the Pukguksong-2 on Sunday from Panghyon. Solid propellant means "
        "the missile can be launched within minutes, rather than after the lengthy fueling "
        "that liquid-fuel Rodongs and Musudans require.",
        "2017-02-14T10:00:00+09:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Pukguksong-2"])]
    events = events_of(
        "North Korea launched a Hwasong-19 ICBM on Thursday. Photographs released by KCNA show "
        "the missile fired from a canister on an 11-axle launcher, compared with the nine-axle "
        "vehicle used for the Hwasong-18. Its figures are an incremental advance on the "
        "Hwasong-18's last flight, on Dec. 18, 2023.",
        "2024-10-31T10:00:00-04:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2024-10-31", ["Hwasong-19"]),
        ("background", "2023-12-18", ["Hwasong-18"]),
    ]


def test_a_missile_alert_is_no_launch_and_a_name_goes_to_its_own_launch() -> None:
    events = events_of(
        "North Korea fired a long-range ballistic missile at about 7:10 a.m. Thursday Korea "
        "time. Japan says its flight time of 86 minutes surpassed the 74 minutes of a "
        "solid-fuel Hwasong-18 launched in July last year. Hawaii has been a focus of "
        "missile-defense planning since a false ballistic missile alert sent statewide on "
        "Jan. 13, 2018.",
        "2024-10-30T18:00:00-10:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2024-10-31", []),
        ("background", "2023-07", ["Hwasong-18"]),
    ]


def test_the_headline_names_the_class_the_text_leaves_to_it() -> None:
    article = article_from_text(
        "---\ntitle: 'Live updates: North Korea launches ICBM in longest-ever flight'\n"
        "published: 2024-10-30T18:00:00-10:00\n---\n"
        "North Korea fired a long-range ballistic missile at about 7:10 a.m. Thursday Korea time.",
        "t.txt",
    )
    assert [(e.role, e.missile_class) for e in extract(article)] == [("primary", "ICBM")]
    article = article_from_text(
        "---\ntitle: North Korea fires missile days after ICBM test\n"
        "published: 2024-10-30T18:00:00-10:00\n---\n"
        "North Korea fired a ballistic missile at about 7:10 a.m. Thursday Korea time.",
        "t.txt",
    )
    assert [(e.role, e.missile_class) for e in extract(article)] == [("primary", "unknown")]


def test_what_a_photograph_shows_counts_nothing() -> None:
    events = events_of(
        "North Korea test-fired two projectiles from Sondok at 06:45 on Saturday, the JCS said.\n\n"
        "Photos published by the Rodong Sinmun showed a projectile being fired from a "
        "tracked launcher with what appeared to be four tubes.",
        "2019-08-26T09:00:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, 2)]


def test_earlier_launches_told_by_what_they_crossed_and_what_was_unveiled() -> None:
    """'The last missile to cross Japan': Japan is where it flew, not who fired it; 'last
    tested a submarine-launched missile last October, when it unveiled ...' is a launch."""
    events = events_of(
        "North Korea fired an IRBM over Japan on Tuesday. The last missile to cross Japan was "
        "fired in September 2017.",
        "2022-10-04T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-10-04"),
        ("background", "2017-09"),
    ]
    events = events_of(
        "North Korea fired a ballistic missile from Sinpo on Saturday. The North last tested a "
        "submarine-launched missile last October, when it unveiled what it called a new, "
        "smaller SLBM from the same Sinpo area.",
        "2022-05-07T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-05-07"),
        ("background", "2021-10"),
    ]


def test_a_launch_an_analyst_imagines_is_none() -> None:
    """'A solid-fuel ICBM launched ... would confirm' imagines a launch; 'A missile launched on
    Tuesday could reach Guam' tells one."""
    assert (
        events_of(
            "A solid-fuel ICBM launched on a lofted trajectory into the Sea of Japan would confirm "
            "that the canisters seen on 8 February are real.",
            "2023-02-10T12:00:00+00:00",
        )
        == []
    )
    events = events_of(
        "A missile launched on Tuesday could reach Guam, experts said.", "2023-02-10"
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2023-02-07")]


def test_a_missile_an_analyst_imagines_flying_is_not_the_type_flown() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Friday. A Hwasong-14 flight over Japan on "
        "a standard trajectory would be a far more serious escalation.",
        "2017-09-16T12:00:00+09:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Hwasong-12"])]


def test_a_missile_sharing_a_part_or_relevant_to_another_is_not_that_type() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Friday. The Hwasong-12 programme "
        "included several failures in the spring, and the missile's liquid-fuel engine, "
        "apparently the same single-chamber design as the first stage of the Hwasong-14 ICBM, "
        "has a very short flight history. The flights also provide information directly "
        "relevant to the two-stage Hwasong-14.",
        "2017-09-16T12:00:00+09:00",
    )
    assert [(e.role, e.missile_class, e.missile_types) for e in events] == [
        ("primary", "IRBM", ["Hwasong-12"])
    ]


def test_a_warhead_test_is_a_nuclear_test_not_a_launch() -> None:
    """'tested a standardized warhead' on a nuclear test's day is no launch (the short stories'
    'tested multiple warheads on June 26', a missile's flight, still is one)."""
    events = events_of(
        "At 9:30 a.m., an artificial earthquake was detected near Punggye-ri. Pyongyang "
        "confirmed its fifth nuclear test. The North claimed it had tested a standardized "
        "warhead that could be mounted on its ballistic missiles.",
        "2016-09-10T10:00:00+09:00",
    )
    assert events == []


def test_a_habit_told_in_the_present_is_no_launch() -> None:
    assert (
        events_of(
            "Analysts say that when North Korea fires three missiles in a day, it is sending a "
            "message.",
            "2019-05-10T10:00:00+09:00",
        )
        == []
    )


def test_a_test_at_a_launch_site_with_no_missile_told_is_no_launch() -> None:
    """A missile the story says was not flown ('has not flight-tested a long-range missile in
    two years') or only imagined ('what happens if the gift is an ICBM?') tells no missile of the
    site's engine test."""
    events = events_of(
        'On Sunday, the academy announced that a "very important test" had been carried out at '
        "the Sohae Satellite Launching Ground on the afternoon of Dec. 7. Imagery showed a "
        "crater near the engine test stand, consistent with a ground test of a large rocket "
        "engine. He has not flight-tested a long-range missile in two years. So what happens "
        "if the gift is a space launch or an ICBM?",
        "2019-12-10T12:00:00-05:00",
    )
    assert events == []


def test_an_opening_scene_dates_the_launch_told_without_a_day() -> None:
    """A feature or a letter sets its scene ('Seoul woke up last Wednesday to an air-raid
    siren', 'At 6:02 a.m. on Tuesday my phone screamed') and tells the launch a few sentences on
    by its clock alone: the launch is that day's, and still the story's news."""
    events = events_of(
        "Seoul woke up last Wednesday to an air-raid siren. At 6:41 a.m., the city sent an "
        "emergency text; minutes later, the ministry said it had been a mistake. In between, "
        "millions of people stood in their pajamas. What had actually happened was alarming. "
        "At 6:29 a.m., according to the Joint Chiefs of Staff, North Korea launched a rocket "
        "from the Sohae Satellite Launching Ground.",
        "2023-06-05T09:00:00-04:00",
    )
    assert [(e.role, str(e.date), e.time_kst) for e in events] == [
        ("primary", "2023-05-31", "06:29")
    ]
    letter = events_of(
        "Sapporo\n\nAt 6:02 a.m. on Tuesday my phone screamed. So did my wife's. We sat in the "
        "corridor and waited. Nothing happened, of course. The government later said the "
        "missile had been launched at 5:58 a.m. from near Pyongyang.",
        "2017-08-31T09:00:00+09:00",
    )
    assert [(e.role, str(e.date), e.time_kst) for e in letter] == [
        ("primary", "2017-08-29", "05:58")
    ]


def test_a_day_named_in_washington_time_goes_to_koreas_day_by_the_clock() -> None:
    """'on Saturday, Washington time' with '11:21 a.m. Hawaii time' is Sunday morning in Korea;
    the parade the launch came a day after is no launch, and the missiles paraded or a canister
    'large enough to hold an ICBM' say nothing of what flew."""
    events = events_of(
        "The regime's missile, launched from near the port of Sinpo on Saturday, Washington "
        "time, blew up almost immediately after liftoff, according to U.S. Pacific Command, "
        "which said it detected the launch at 11:21 a.m. Hawaii time. The failed launch came a "
        "day after Pyongyang paraded what looked like new long-range missiles through Kim Il "
        "Sung Square. Among them were canisters large enough to hold an intercontinental "
        "ballistic missile.",
        "2017-04-17T19:00:00-04:00",
    )
    assert [
        (e.role, str(e.date), e.time_kst, e.missile_class, e.count_min, e.count_max) for e in events
    ] == [("primary", "2017-04-16", "06:21", "unknown", 1, 1)]


def test_a_feature_dating_the_launch_it_is_about_last_sunday_makes_it_the_news() -> None:
    """'The launch came early last Sunday' in a Saturday feature is its news; 'adapted from its
    submarine-launched missile' is what it was made from, and 'a range, if flown normally, of
    perhaps 2,000km' is no flight."""
    events = events_of(
        "Abe and Trump were standing side by side, reading statements about a North Korean "
        "missile. The launch came early last Sunday, Korean time. The missile was fired at "
        "7.55am from the Panghyon air base, flew about 500km and reached an altitude of about "
        "550km. KCNA said it was a new solid-fuel Pukguksong-2 medium-range ballistic missile "
        "adapted from its submarine-launched missile. The lofted trajectory suggested a range, "
        "if flown normally, of perhaps 2,000km or more.",
        "2017-02-18T09:00:00+08:00",
    )
    assert [(e.role, str(e.date), e.time_kst, e.missile_class, e.distance_km) for e in events] == [
        ("primary", "2017-02-12", "07:55", "MRBM", 500)
    ]


def test_the_first_launch_a_column_tells_last_saturday_is_its_news() -> None:
    """With no launch spoken of before it, 'Last Saturday, ... North Korea fired' is the
    column's news, and the launches it then recalls are background."""
    events = events_of(
        "Yoon had not yet been sworn in when Kim sent his welcome card. Last Saturday, three "
        "days before the inauguration, North Korea fired a submarine-launched ballistic missile "
        "from waters off Sinpo. The JCS said the launch was detected at 2:07 p.m. The North had "
        "fired a ballistic missile from the Sunan area on May 4.",
        "2022-05-12T05:00:00+09:00",
    )
    assert [(e.role, str(e.date), e.time_kst) for e in events] == [
        ("primary", "2022-05-07", "14:07"),
        ("background", "2022-05-04", None),
    ]


def test_a_day_in_a_relative_clause_of_its_own_dates_no_launch() -> None:
    events = events_of(
        "Pyongyang has not launched a missile for more than six months, and Kim pledged to "
        "close the Punggye-ri test site, which foreign journalists watched being demolished "
        "last month.",
        "2018-06-12T10:00:00+09:00",
    )
    assert events == []


def test_the_day_an_agency_revealed_the_weapon_is_no_launch_day() -> None:
    events = events_of(
        "North Korea fired a ballistic missile into the East Sea yesterday morning. This "
        "morning the Korean Central News Agency revealed what kind of weapon it was: a new "
        "solid-fuel hypersonic missile, the Hwasong-16B.",
        "2024-04-03T10:00:00+09:00",
    )
    assert [(e.role, str(e.date), e.missile_class, e.missile_types) for e in events] == [
        ("primary", "2024-04-02", "hypersonic", ["Hwasong-16B"])
    ]


def test_a_test_kim_had_overseen_says_what_was_fired() -> None:
    events = events_of(
        "On Saturday morning, the Joint Chiefs of Staff said the North had fired two "
        "projectiles from Sondok at 6:45 a.m. and 7:02 a.m. The next day, the Korean Central "
        'News Agency said Kim had overseen the test of a "newly developed super-large multiple '
        'rocket launcher."',
        "2019-08-27T10:00:00+09:00",
    )
    assert [(e.role, str(e.date), e.missile_class) for e in events] == [
        ("primary", "2019-08-24", "MLRS")
    ]


def test_the_day_state_media_said_so_opening_a_sentence_is_the_reports_day() -> None:
    """'On April 14, North Korea's official KCNA said ... Kim Jong Un had overseen its first
    test': the North's media tell a launch the day after it."""
    events = events_of(
        "North Korea fired a ballistic missile at 7:22 a.m. on April 13. On April 14, North "
        "Korea's official Korean Central News Agency (KCNA) said the missile was a new "
        "solid-fuel intercontinental ballistic missile, the Hwasong-18, and that leader Kim "
        "Jong Un had overseen its first test.",
        "2023-04-20T10:00:00+09:00",
    )
    assert [(e.role, str(e.date), e.missile_types) for e in events] == [
        ("primary", "2023-04-13", ["Hwasong-18"])
    ]


def test_how_far_away_it_came_down_is_the_distance_and_the_climb_its_apogee() -> None:
    events = events_of(
        "At 9:59am on July 12th, South Korea's Joint Chiefs of Staff detected a long-range "
        "missile launched from the Pyongyang area. It flew for 74 minutes, according to Japan's "
        "government, climbing to more than 6,000km before falling into the Sea of Japan about "
        "1,000km away, some 250km west of the island of Okushiri.",
        "2023-07-13T10:00:00+01:00",
    )
    assert [(e.role, e.distance_km, e.apogee_km) for e in events] == [("primary", 1000, 6000)]


def test_a_name_in_the_plural_counts_the_missiles_of_its_own_day() -> None:
    """'fired two more Musudans' is two, and 'Two more Musudans fired on April 28' are April
    28's, not more of the story's own."""
    events = events_of(
        "On Wednesday morning, the North fired two more Musudans from near Wonsan. The first "
        "test, on April 15, ended when the missile exploded. Two more Musudans fired on April 28 "
        "also failed.",
        "2016-06-22T18:00:00+09:00",
    )
    assert [(e.role, str(e.date), e.count_min, e.count_max) for e in events] == [
        ("primary", "2016-06-22", 2, 2),
        ("background", "2016-04-15", 1, 1),
        ("background", "2016-04-28", 2, 2),
    ]


def test_a_chronologys_paragraphs_open_on_their_day() -> None:
    events = events_of(
        "TASS recalls the main launches of 2023.\n\n"
        "February 18. The first ICBM launch of the year: a Hwasong-15 fired from Pyongyang "
        "flew for 66 minutes.\n\n"
        "March 16. A Hwasong-17 ICBM was launched from the Pyongyang area.\n\n"
        "December 18. The year ended with another Hwasong-18 launch, which flew about 1,000 "
        "kilometers.",
        "2023-12-30T10:00:00+03:00",
    )
    assert [(e.role, str(e.date), e.missile_types) for e in events] == [
        ("background", "2023-02-18", ["Hwasong-15"]),
        ("background", "2023-03-16", ["Hwasong-17"]),
        ("background", "2023-12-18", ["Hwasong-18"]),
    ]


def test_times_in_a_world_agencys_own_zone_are_read_and_echoes_dropped() -> None:
    """Rome's '23:29 Italian time on Tuesday' is the launch's own instant, not Tuesday's launch;
    Jakarta's and Hanoi's clocks are known."""
    rome = events_of(
        "North Korea's satellite launch failed on Wednesday. The rocket was launched at 6:29 "
        "local time (23:29 Italian time on Tuesday) from the Tongchang-ri area.",
        "2023-05-31T10:00:00+02:00",
    )
    assert [(e.role, str(e.date), e.time_kst, e.site) for e in rome] == [
        ("primary", "2023-05-31", "06:29", "Tongchang-ri")
    ]
    jakarta = events_of(
        "North Korea fired several cruise missiles on Wednesday morning. The JCS detected the "
        "launch at around 5 a.m. Western Indonesia Time.",
        "2024-01-24T12:00:00+07:00",
    )
    assert [e.time_kst for e in jakarta] == ["07:00"]
    hanoi = events_of(
        "North Korea fired two short-range ballistic missiles on September 15. They were "
        "launched at 10:38 and 10:43 Hanoi time.",
        "2021-09-15T18:00:00+07:00",
    )
    assert [e.time_kst for e in hanoi] == ["12:38"]


def test_what_agency_says_the_earlier_missiles_did_and_what_the_rok_tested_are_not_todays() -> None:
    events = events_of(
        "The DPRK fired two short-range ballistic missiles on September 15. They flew some 800 "
        "km. The launch came two days after KCNA announced that the country had test-fired "
        "long-range cruise missiles on September 11 and 12. According to KCNA, the missiles "
        "travelled 1,500 km before hitting their targets. Hours after the DPRK launch, the RoK "
        "conducted its first test of a submarine-launched ballistic missile.",
        "2021-09-15T18:00:00+07:00",
    )
    assert [(e.role, str(e.date), e.missile_class) for e in events] == [
        ("primary", "2021-09-15", "SRBM"),
        ("background", "2021-09-11", "cruise"),
        ("background", "2021-09-12", "cruise"),
    ]
    assert events[0].distance_km == 800


def test_earlier_attempts_counted_by_number_alone_are_their_own_days() -> None:
    """'All four earlier attempts ... ended in failure' counts none of today's, and 'fired one
    on April 15 ... and two on April 28' dates two earlier launches."""
    events = events_of(
        "North Korea fired two Musudan intermediate-range ballistic missiles on Wednesday. All "
        "four earlier attempts to launch a Musudan this year ended in failure. The North fired "
        "one on April 15, the birthday of national founder Kim Il-sung, and two on April 28, "
        "all of which exploded shortly after liftoff.",
        "2016-06-22T18:00:00+09:00",
    )
    assert [(e.role, str(e.date)) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
        ("background", "2016-04-28"),
    ]
    assert (events[0].count_min, events[0].count_max) == (2, 2)


def test_a_launch_that_will_be_carried_out_is_a_plan() -> None:
    events = events_of(
        "Kim and Putin held talks on Wednesday. Pyongyang's two attempts this year to put a "
        "satellite into orbit have ended in failure, and officials have said a third launch "
        "will be carried out in October.",
        "2023-09-13T12:00:00+03:00",
    )
    assert events == []


def test_a_name_that_flew_on_a_day_is_that_days_launch() -> None:
    """'The intermediate-range Hwasong-12 that flew over Hokkaido on September 15' is a launch
    of that day, its class with it; 'firing a Taepodong-1 that flew over Japan' stays one."""
    events = events_of(
        "North Korea's Hwasong-15 ICBM lifted off at 3:17 a.m. on Wednesday from Pyongsong. The "
        "intermediate-range Hwasong-12 that flew over Hokkaido on September 15 was aimed, the "
        "North said, at Guam. In August 1998, the North stunned the region by firing a "
        "Taepodong-1 that flew over Japan.",
        "2017-12-01T09:00:00-05:00",
    )
    assert [(e.role, e.date, e.missile_class, e.missile_types) for e in events] == [
        ("primary", "2017-11-29", "ICBM", ["Hwasong-15"]),
        ("background", "2017-09-15", "IRBM", ["Hwasong-12"]),
        ("background", "1998-08", "SLV", ["Taepodong-1"]),
    ]


def test_where_the_rest_came_down_is_the_distance_and_a_counterfactual_name_is_no_type() -> None:
    events = events_of(
        "The rocket, an Unha-2, lifted off from the Musudan-ri launch site at 11:30am on Sunday "
        "April 5th. The rest of it sailed over northern Japan and came down in the Pacific, some "
        "3,200km from the launch site. Had the Taepodong flown as designed, the White House "
        "would now be explaining itself.",
        "2009-04-09T12:00:00+01:00",
    )
    assert [(e.role, e.date, e.missile_types, e.distance_km) for e in events] == [
        ("primary", "2009-04-05", ["Unha-2"], 3200)
    ]
    fireworks = events_of(
        "North Korea fired seven missiles on Wednesday. The seventh was a long-range "
        "Taepodong-2, launched from the northeast coast; it fell into the sea about 40 seconds "
        "after liftoff. Had the Taepodong flown as designed, the White House would now be "
        "explaining why its missile defense system was never switched on.",
        "2006-07-06T09:00:00-04:00",
    )
    assert [e.missile_types for e in fireworks] == [["Taepodong-2"]]


def test_the_bounds_of_a_span_are_no_launch_months() -> None:
    events = events_of(
        "North Korea fired two more Musudans on Wednesday. Between mid-April and late May, "
        "North Korea launched its Musudan intermediate-range missile again and again, and "
        "again and again it exploded.",
        "2016-06-24T09:00:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2016-06-22")]


def test_missiles_in_general_and_a_years_tally_are_no_launch() -> None:
    events = events_of(
        "The defense chiefs said in a joint statement released on Tuesday that the mechanism "
        "lets the allies exchange tracking data on North Korean missiles as soon as they are "
        "launched. They said the system would help each country detect and assess missiles "
        "launched by North Korea. The North has launched five ICBMs this year, with its latest "
        "solid-fuel Hwasong-18 test drawing condemnation. Until now, Seoul and Tokyo relied on "
        "Washington, which caused delays in tracking missiles, particularly those fired on a "
        "lofted trajectory or at night.",
        "2023-12-19T22:00:00+09:00",
    )
    assert events == []


def test_another_things_day_in_the_lead_sets_no_scene() -> None:
    """A markets wrap's 'tracking Monday's best day for the S&P 500' is no day of the launch it
    tells later by its clock alone: that is the story's day."""
    events = events_of(
        "Stocks extended a rebound as a smaller-than-expected rate hike in Australia fed "
        "speculation. Asian shares climbed more than 2%, tracking Monday's best day for the S&P "
        "500 since July. The intermediate-range missile was fired at 7:22 a.m. Tokyo time from "
        "Mupyong-ri, according to Japanese and South Korean officials.",
        "2022-10-04T07:52:00+01:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2022-10-04", "07:22")]


def test_an_american_clock_named_eastern_last_night_is_koreas_morning() -> None:
    events = events_of(
        "NORTH KOREA DOES IT THIS TIME -- Pyongyang launched a long-range rocket at 7:49 p.m. "
        "Eastern last night -- 9:49 a.m. Wednesday in Korea -- from its Sohae station. KCNA says "
        "the Unha-3 carried the Kwangmyongsong-3 satellite into a polar orbit.",
        "2012-12-12T06:02:00-05:00",
    )
    assert [(e.role, e.date, e.time_kst, e.missile_class) for e in events] == [
        ("primary", "2012-12-12", "09:49", "SLV")
    ]


def test_a_flight_compared_with_an_earlier_attempt_is_still_this_flight() -> None:
    events = events_of(
        "Pyongyang went ahead with its long-range rocket launch at 11.30am Korean time yesterday, "
        "sending the three-stage Unha-2 over northern Japan. South Korean officials said the "
        "rocket flew about 3200 kilometres, well beyond the 1998 attempt.",
        "2009-04-06T07:00:00+10:00",
    )
    assert (events[0].role, events[0].date, events[0].distance_km) == (
        "primary",
        "2009-04-05",
        3200,
    )


def test_the_same_instant_in_palm_beach_is_no_launch_of_its_own() -> None:
    events = events_of(
        "North Korea fired a ballistic missile at about 7:55 a.m. Sunday local time — just "
        "before 6 p.m. Saturday in Palm Beach — while the president and Abe were eating on the "
        "Mar-a-Lago terrace.",
        "2017-02-13T06:00:00-05:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2017-02-12", "07:55")]


def test_the_time_the_launches_were_detected_is_their_time() -> None:
    events = events_of(
        "North Korea fired several cruise missiles into the Yellow Sea on Tuesday, South Korea's "
        "Joint Chiefs of Staff said, with the launches detected around 7 am.",
        "2024-02-02T09:00:00+11:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2024-01-30", "07:00")]


def test_satellites_in_whose_view_a_rocket_was_fueled_are_no_class_of_it() -> None:
    events = events_of(
        "North Korea test-fired a long-range Taepodong-2 on Wednesday; it failed about 40 "
        "seconds after liftoff. Analysts said the failure was an embarrassment for Kim Jong-il, "
        "whose government had spent weeks fueling the rocket in full view of American "
        "reconnaissance satellites.",
        "2006-07-05T06:00:00-04:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "ICBM")]


def test_a_broadcast_scripts_spelled_figures_and_its_agencys_day() -> None:
    """KBS World's 'According to the North's Korean Central News Agency(KCNA) on Wednesday' is
    the report's day; '101-point-one kilometers' and 'one-thousand kilometers' are figures."""
    events = events_of(
        "North Korea says it successfully test-fired a new intermediate-range missile tipped "
        "with a hypersonic warhead on Tuesday. According to the North's Korean Central News "
        "Agency(KCNA) on Wednesday, leader Kim Jong-un guided the first test-firing of the new "
        '"Hwasong-16B". The KCNA said the warhead reached a primary peak altitude of '
        "101-point-one kilometers before landing in the East Sea after flying one-thousand "
        "kilometers.",
        "2024-04-03T09:50:00+09:00",
    )
    assert [(e.role, e.date, e.missile_types, e.distance_km, e.apogee_km) for e in events] == [
        ("primary", "2024-04-02", ["Hwasong-16B"], 1000, 101.1)
    ]


def test_a_quoted_statements_morning_and_a_parades_city_are_not_the_launchs() -> None:
    events = events_of(
        "North Korea's attempt to launch a ballistic missile on Sunday failed when the missile "
        "blew up seconds after liftoff, one day after the regime showed off new missiles at a "
        'massive military parade in Pyongyang. The Defense Ministry said, "North Korea '
        "attempted to launch an unidentified type of missile from the Sinpo area in South "
        'Hamgyong Province this morning, but we suspect the launch has failed."',
        "2017-04-17T09:00:00+09:00",
    )
    assert [(e.role, e.date, e.site) for e in events] == [("primary", "2017-04-16", "Sinpo")]


def test_allies_analysing_the_launches_do_not_turn_the_story_to_their_own() -> None:
    events = events_of(
        "North Korea on Wednesday test-fired two mid-range Musudan ballistic missiles, South "
        "Korea's military said. \"South Korea and the United States are conducting a detailed "
        "analysis of the launches,\" a JCS official said. Japan's Defense Ministry said the "
        "second missile reached an altitude of more than 1,000 km. On May 31, another Musudan "
        "exploded on its mobile launcher or just after liftoff from the Wonsan area.",
        "2016-06-22T18:00:00+09:00",
    )
    assert [(e.role, e.date, e.apogee_km) for e in events] == [
        ("primary", "2016-06-22", 1000),
        ("background", "2016-05-31", None),
    ]


def test_a_missile_the_new_one_will_serve_alongside_is_not_its_type() -> None:
    events = events_of(
        "North Korea test-fired its new Hwasong-19 ICBM on Thursday. The KCNA said the "
        "Hwasong-19 will be operated together with the Hwasong-18 as the core means of the "
        "North's nuclear deterrent.",
        "2024-10-31T10:00:00+09:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Hwasong-19"])]


def test_the_year_a_plan_was_laid_out_is_no_launch() -> None:
    events = events_of(
        "North Korea's satellite launch failed on Wednesday. \"The North is likely to try again, "
        "because a functioning reconnaissance satellite is one of the five core defense tasks "
        'Kim laid out in 2021," said an analyst.',
        "2023-05-31T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2023-05-31")]


def test_the_day_a_launch_was_notified_is_no_launch() -> None:
    events = events_of(
        "North Korea launched a rocket carrying a satellite at 6:29 a.m. on Wednesday. The "
        "launch came two days after the North notified Japan's coast guard that it would launch "
        "a satellite between May 31 and June 11.",
        "2023-05-31T17:02:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2023-05-31")]


def test_what_a_kind_of_weapon_is_counts_no_missile() -> None:
    events = events_of(
        "North Korea test-fired two projectiles from Sondok at 06:45 and 07:02. A guided rocket "
        "of this size and performance is, for practical purposes, a close-range ballistic "
        "missile fired from a multiple launcher.",
        "2019-08-27T10:00:00+01:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, 2)]


def test_a_missile_imagined_after_an_opening_phrase_counts_none() -> None:
    events = events_of(
        "North Korea fired two long-range cruise missiles on Tuesday. With a claimed 1,800 km "
        "range, a missile launched from anywhere in North Korea could reach all of Japan.",
        "2022-01-28T10:00:00-05:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, 2)]


def test_missiles_fired_from_each_of_several_sites_multiply() -> None:
    events = events_of(
        "North Korea fired eight short-range ballistic missiles on Sunday from four sites. South "
        "Korean media reported that two missiles were fired from each of the four sites.",
        "2022-06-07T10:00:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 8, 8)]


def test_a_launch_mistakenly_announced_is_no_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket at 11:30 a.m. on Sunday. The response "
        "contrasted with Saturday, when the government mistakenly announced at around 12:16 "
        "p.m. that North Korea had launched the rocket, only to retract the information.",
        "2009-04-05T18:25:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_a_part_of_another_country_is_a_place_not_who_launched() -> None:
    events = events_of(
        "North Korea launched a long-range rocket at 11:30 a.m. on Sunday. Warnings were relayed "
        "to towns across northern Japan minutes after the launch. The United States and Japan "
        "believe the rocket is a version of the Taepodong-2 missile.",
        "2009-04-05T15:40:00+09:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Taepodong-2"])]


def test_what_other_countries_suspect_a_launch_was_names_its_missile() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. The US, Japan and South Korea "
        "suspect the launch was a cover for testing the Taepodong-2 long-range missile.",
        "2009-04-05T15:40:00+01:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Taepodong-2"])]


def test_missiles_fired_the_same_day_belong_to_the_day_just_told() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. Its previous test of a Taepodong-2, "
        "on July 5 2006, ended in failure. Pyongyang fired six shorter-range missiles on the "
        "same day.",
        "2009-04-05T15:40:00+01:00",
    )
    assert [(e.role, e.date, e.count_min) for e in events] == [
        ("primary", "2009-04-05", 1),
        ("background", "2006-07-05", 6),
    ]


def test_what_the_vehicle_appears_to_have_been_counts_no_missile() -> None:
    events = events_of(
        "North Korea on Sunday fired two medium-range ballistic missiles from Tongchang-ri. The "
        "launch was from Sohae, but the vehicle appears to have been a missile rather than a "
        "rocket designed to reach orbit.",
        "2022-12-19T10:00:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, 2)]


def test_a_projectile_in_a_photo_is_not_the_count() -> None:
    events = events_of(
        "The North fired two short-range projectiles from Sondok at 6:45 a.m. and 7:02 a.m. on "
        "Saturday. The report did not disclose the specifications of the weapon, but photos "
        "released by the Rodong Sinmun showed a projectile being fired from a vehicle carrying "
        "four launch tubes.",
        "2019-08-25T10:00:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, 2)]


def test_a_missile_fired_from_a_south_korean_submarine_is_not_the_norths() -> None:
    events = events_of(
        "North Korea fired two short-range ballistic missiles on Wednesday. That afternoon, Mr "
        "Moon watched as an SLBM was fired from the submarine Dosan Ahn Chang-ho, his office "
        "said, making South Korea the first country without nuclear weapons to develop one.",
        "2021-09-15T18:00:00+08:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, 2)]


def test_the_mid_range_musudan_is_the_class_the_story_gives() -> None:
    events = events_of(
        "North Korea claimed on Thursday that its test of what it called the Hwasong-10, known "
        "abroad as the mid-range Musudan, had been a success. The North fired two missiles from "
        "Wonsan on Wednesday.",
        "2016-06-23T18:00:00+09:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "MRBM")]


def test_a_rocket_set_against_the_missile_gives_no_class() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 intermediate-range missile over Hokkaido on Tuesday. "
        "Analysts say it is the first time a North Korean ballistic missile, as opposed to a "
        "rocket Pyongyang said was carrying a satellite, has flown over Japan.",
        "2017-08-29T12:00:00+05:30",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "IRBM")]


def test_what_a_launch_site_has_hosted_is_not_the_launch() -> None:
    events = events_of(
        "North Korea on Sunday fired two medium-range ballistic missiles from Tongchang-ri. The "
        "launch was from Sohae, which has mainly hosted satellite launches in the past.",
        "2022-12-19T10:00:00+09:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "MRBM")]


def test_what_other_countries_call_the_rocket_names_its_missile() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. U.S. and South Korean officials "
        "call the three-stage rocket a variant of the Taepodong-2 missile.",
        "2009-04-04T22:00:00-10:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Taepodong-2"])]


def test_a_missile_that_followed_from_a_site_was_launched_there() -> None:
    events = events_of(
        "North Korea test-fired six missiles on Wednesday. The first missile was launched at "
        "3:32 a.m. The Taepodong-2 followed from the Musudan-ri launch site on the North's "
        "northeast coast.",
        "2006-07-05T12:00:00+09:00",
    )
    assert [(e.role, e.site) for e in events] == [("primary", "Tonghae")]  # Musudan-ri


def test_a_test_of_technology_for_a_missile_is_not_that_missile() -> None:
    events = events_of(
        "North Korea launched the three-stage Unha-2 rocket on Sunday. The United States says "
        "the launch is a disguised test of technology for the Taepodong-2, a long-range missile.",
        "2009-04-04T22:00:00-04:00",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["Unha-2"])]


def test_the_missile_a_new_one_builds_on_gives_neither_type_nor_class() -> None:
    events = events_of(
        "North Korea fired a new hypersonic missile on Monday. The new missile appears to build "
        "on the Hwasong-16B, a solid-fuel intermediate-range missile, analysts said.",
        "2025-01-06T18:00:00+09:00",
    )
    assert [(e.role, e.missile_class, e.missile_types) for e in events] == [
        ("primary", "hypersonic", [])
    ]


def test_a_missile_the_story_calls_hypersonic_more_than_by_its_range_is_hypersonic() -> None:
    article = article_from_text(
        "---\ntitle: North Korea says it tested new hypersonic missile\n"
        "published: 2025-01-07T10:00:00+01:00\n---\n"
        "North Korea said it tested a new intermediate-range hypersonic missile on Monday. The "
        "hypersonic glide vehicle flew 1,500 km, KCNA said.",
        "test.txt",
    )
    assert [(e.role, e.missile_class) for e in extract(article)] == [("primary", "hypersonic")]


def test_a_firing_drill_that_launched_missiles_is_a_launch() -> None:
    events = events_of(
        "Seoul, Feb. 24 (Jiji Press)--North Korea said Friday that it conducted a firing drill of "
        'strategic cruise missiles on Thursday, launching four "Hwasal-2" missiles from an area '
        "near Kim Chaek City in North Hamgyong Province.",
        "2023-02-24T18:00:00+09:00",
    )
    assert [(e.role, e.date, e.site, e.missile_types, e.count_min) for e in events] == [
        ("primary", "2023-02-23", "Kimchaek", ["Hwasal-2"], 4)
    ]


def test_a_submarine_launched_into_service_is_no_missile_launch() -> None:
    assert not events_of(
        'North Korea says it has launched a new "tactical nuclear attack submarine", which '
        "leader Kim Jong Un says will be capable of firing nuclear weapons from underwater. A "
        "ceremony to launch the vessel was held on Wednesday.",
        "2023-09-08T10:00:00+01:00",
    )
    fired = events_of(
        "North Korea launched a submarine-launched ballistic missile off Sinpo on Saturday.",
        "2022-05-07T18:00:00+09:00",
    )
    assert [(e.role, e.missile_class) for e in fired] == [("primary", "SLBM")]


def test_a_web_pages_links_to_other_stories_say_nothing_of_the_launch() -> None:
    events = events_of(
        "North Korea fired two medium-range ballistic missiles into the sea on Wednesday, South "
        "Korea said.\n\nRelated: North Korea fires several anti-ship cruise missiles, Seoul says\n"
        "Related: North Korea says it tested a new missile with a 4.5-ton warhead on Sept. 18\n\n"
        "Related Coverage\n- North Korea fires 30 short-range rockets into sea\n",
        "2024-10-30T10:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_class, e.count_min, e.count_max) for e in events] == [
        ("primary", "2024-10-30", "MRBM", 2, 2),
        ("background", "2024-09-18", "unknown", 1, 1),
    ]


def test_a_file_photos_launch_is_an_earlier_one() -> None:
    events = events_of(
        "FILE - This photo provided by the North Korean government shows the launch of a "
        "Hwasong-15 intercontinental ballistic missile on Nov. 29, 2017.\n\n"
        "North Korea test-launched an intercontinental ballistic missile Thursday. Japan's "
        "Defense Ministry said the missile reached an altitude of more than 7,000 kilometers. It "
        "traveled about 1,000 kilometers, Japanese officials said.",
        "2024-10-31T10:00:00+09:00",
    )
    assert [(e.role, e.date, e.distance_km, e.apogee_km) for e in events] == [
        ("primary", "2024-10-31", 1000, 7000),
        ("background", "2017-11-29", None, None),
    ]


def test_what_has_not_been_tested_since_a_month_was_last_tested_then() -> None:
    events = events_of(
        "North Korea fired two short-range ballistic missiles into the sea on Thursday. The "
        "North has not tested an intercontinental ballistic missile since November 2017.",
        "2021-03-25T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2021-03-25"),
        ("background", "2017-11"),
    ]
    assert events[0].missile_class == "SRBM"


def test_what_the_tests_involved_is_their_count() -> None:
    events = events_of(
        "Kim Jong Un supervised test launches of new cruise missiles, state media said Monday. "
        'KCNA said Sunday\'s tests involved two "Pulhwasal-3-31" strategic cruise missiles. '
        "South Korea's military said it had detected cruise missiles fired near Sinpo.",
        "2024-01-29T10:00:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, 2)]


def test_the_month_a_military_concluded_something_is_no_launch() -> None:
    events = events_of(
        "North Korea's second attempt to launch a spy satellite failed on Thursday. The first "
        "attempt, on May 31, also failed. The South Korean navy salvaged parts of the rocket and "
        "the satellite, and Seoul's military concluded in July that the satellite had no "
        "military value.",
        "2023-08-24T11:55:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2023-08-24"),
        ("background", "2023-05-31"),
    ]


def test_a_list_of_years_dates_each_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Friday, but it broke apart shortly after "
        "liftoff. The North's previous long-range launches, in 1998, 2006 and 2009, were all "
        "judged to have failed.",
        "2012-04-13T14:35:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2012-04-13"),
        ("background", "1998"),
        ("background", "2006"),
        ("background", "2009"),
    ]


def test_a_rocket_journalists_were_invited_to_view_was_not_launched_then() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Friday, but it broke apart shortly after "
        "liftoff. Pyongyang had invited foreign journalists to view the rocket on its pad last "
        "weekend.",
        "2012-04-13T14:35:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-04-13")]


def test_a_day_a_sentence_opens_on_dates_its_launch_past_an_aside() -> None:
    events = events_of(
        "North Korea fired a submarine-launched ballistic missile on Saturday. And on April 15, "
        "the birthday of the country's late founder Kim Il-Sung, an attempted launch of a "
        "Musudan missile ended in failure.",
        "2016-04-24T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-04-23"),
        ("background", "2016-04-15"),
    ]


def test_a_launch_a_series_of_tests_is_counted_from_is_dated() -> None:
    events = events_of(
        "North Korea fired a submarine-launched ballistic missile on Saturday. Pyongyang has "
        "carried out a series of weapons tests since its fourth nuclear test in January and a "
        "long-range rocket launch in February.",
        "2016-04-24T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-04-23"),
        ("background", "2016-02"),
    ]


def test_a_weapon_unveiled_with_a_test_was_launched_that_day() -> None:
    events = events_of(
        "North Korea fired two rounds from its super-large rocket launcher on Thursday. The "
        "weapon, which the North unveiled with a test from Sondok on Aug. 24, has a caliber of "
        "600 millimeters.",
        "2019-11-29T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-11-28"),
        ("background", "2019-08-24"),
    ]


def test_tests_of_missiles_in_a_month_beside_a_nuclear_test_are_launches() -> None:
    events = events_of(
        "North Korea fired a missile over Hokkaido on Friday. The launch followed North Korea's "
        "Sept. 3 nuclear test and two tests of intercontinental ballistic missiles in July.",
        "2017-09-15T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-09-15"),
        ("background", "2017-07"),
    ]


def test_the_day_a_report_was_carried_is_the_reports() -> None:
    events = events_of(
        "North Korea conducted two tests of its Musudan missile on June 22 (local time). North "
        "Korean state media, in a report carried early on June 23 Korea time, called the missile "
        "the Hwasong-10 and said it had been fired at a high angle and reached a maximum "
        "altitude of 1,413.6 km.",
        "2016-06-22T18:45:00-04:00",
    )
    assert [(e.role, e.date, e.apogee_km) for e in events] == [("primary", "2016-06-22", 1413.6)]


def test_the_rows_of_a_table_of_launches_are_launches() -> None:
    events = events_of(
        "North Korea launched a Hwasong-12 over northern Japan on Friday.\n\n"
        "| Date | Launch site | Trajectory | Apogee | Range |\n"
        "|---|---|---|---|---|\n"
        "| 14 May | Kusong | Lofted | 2,111.5 km | 787 km |\n"
        "| 29 August | Sunan | Standard | ~550 km | ~2,700 km |\n",
        "2017-09-18T10:00:00+01:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-09-15"),
        ("background", "2017-05-14"),
        ("background", "2017-08-29"),
    ]


def test_the_may_flight_is_a_launch_in_may() -> None:
    events = events_of(
        "North Korea launched a Hwasong-12 over northern Japan on Friday. It reached an altitude "
        "of about 770 km. The May flight, lofted to an apogee of more than 2,000 km, told "
        "observers more about the energy the missile could impart.",
        "2017-09-18T10:00:00+01:00",
    )
    assert [(e.role, e.date, e.apogee_km) for e in events] == [
        ("primary", "2017-09-15", 770),
        ("background", "2017-05", 2000),
    ]


def test_a_revised_figure_replaces_the_one_it_revises() -> None:
    events = events_of(
        "South Korea's military on Friday revised its assessment of the two short-range ballistic "
        "missiles North Korea fired on Thursday, saying both had flown about 600 km, rather than "
        "the 430 km and 690 km it reported in the hours after the launch. The JCS said the new "
        "figure was the result of a joint analysis with the U.S. and that both missiles reached "
        "an altitude of about 50 km.",
        "2019-07-26T10:00:00+00:00",
    )
    assert [(e.role, e.distance_km, e.apogee_km) for e in events] == [("primary", 600, 50)]


def test_an_appositives_history_does_not_move_the_named_missile_to_another_time() -> None:
    events = events_of(
        "North Korea fired a missile over Hokkaido early on Tuesday. Analysts are fairly united "
        "that this was an intermediate-range Hwasong-12, the same type Pyongyang threatened "
        "earlier this month to fire into the waters around Guam.",
        "2017-08-29T12:00:00+10:00",
    )
    assert [(e.role, e.missile_class, e.missile_types) for e in events] == [
        ("primary", "IRBM", ["Hwasong-12"])
    ]


def test_an_alert_sent_by_mistake_reports_no_launch_before_any_retraction() -> None:
    assert not events_of(
        "Japan's public broadcaster NHK mistakenly sent an alert on Tuesday evening saying North "
        "Korea had likely launched a missile and urging people to take shelter.",
        "2018-01-16T21:45:00+09:00",
    )


def test_the_quoted_words_of_an_alert_report_no_launch() -> None:
    assert not events_of(
        "NHK corrected the report within minutes. The flash, sent at 6:55 p.m. through NHK's "
        'news app, read: "North Korea likely to have launched missile. Evacuate inside the '
        'building."',
        "2018-01-16T21:45:00+09:00",
    )


def test_korea_alone_is_the_south_and_its_naro_rocket_is_not_the_norths() -> None:
    assert not events_of(
        "GOHEUNG -- Korea's first space rocket blasted off from the country's southern coast on "
        "Tuesday, but the satellite it carried failed to reach its orbit. The 140-ton Korea "
        "Space Launch Vehicle-1, known as Naro, lifted off from the Naro Space Center at 5 p.m.",
        "2009-08-25T20:00:00+09:00",
    )
    events = events_of(
        "U.S. Indo-Pacific Command is aware of the Democratic People's Republic of Korea's launch "
        "of an intercontinental ballistic missile at approximately 3 p.m. Hawaii Standard Time "
        "today.",
        "2023-07-11T16:00:00-10:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2023-07-12")]


def test_a_lead_on_a_launch_announced_by_mistake_makes_the_day_no_launch() -> None:
    events = events_of(
        "The government mistakenly announced Saturday that North Korea had launched a rocket, "
        "retracting the report five minutes later. At around 12:16 p.m., the government relayed "
        'information that "North Korea appears to have launched a projectile" to local '
        "governments. In August 1998, a Taepodong-1 missile flew over northern Japan.",
        "2009-04-04T22:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "1998-08")]


def test_a_window_closed_without_a_launch_and_a_launch_period_are_no_launches() -> None:
    assert not events_of(
        "North Korea has said it will launch a satellite between Saturday and Wednesday. "
        "Saturday's window closed at 4 p.m. without a launch. The Defense Ministry said it would "
        "keep watch until the launch period ends Wednesday.",
        "2009-04-04T22:00:00+09:00",
    )


def test_days_listed_after_a_dash_date_the_tests_of_the_month() -> None:
    events = events_of(
        "The Security Council adopted a resolution on Friday. After the two Hwasong-14 tests in "
        "July — on July 4 and July 28 — the Council adopted Resolution 2371.",
        "2017-12-22T12:00:00-05:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("background", "2017-07-04"),
        ("background", "2017-07-28"),
    ]


def test_a_year_of_nuclear_tests_beside_dozens_of_launches_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired a missile from Sinpo on Sunday, but it blew up almost immediately. "
        "North Korea has carried out five nuclear tests, two of them last year, and dozens of "
        "missile launches.",
        "2017-04-16T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-04-16")]


def test_a_doubt_stays_in_its_clause() -> None:
    events = events_of(
        "As the allies were preparing for joint drills, North Korea fired two ballistic missiles "
        "into the sea on Monday.",
        "2023-03-13T10:00:00+09:00",
    )
    assert [(e.role, e.date, e.count_min) for e in events] == [("primary", "2023-03-13", 2)]


def test_a_datelines_day_after_a_city_and_its_state_is_not_the_launch_day() -> None:
    events = events_of(
        "PALM BEACH, Fla., Feb. 11 (UPI) -- North Korea fired a ballistic missile into the East "
        "Sea on Sunday morning local time. South Korea's Joint Chiefs of Staff said the missile "
        "was launched at 7:55 a.m. Sunday (5:55 p.m. EST Saturday).",
        "2017-02-11T23:40:00-05:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2017-02-12", "07:55")]


def test_an_estimated_range_is_no_distance_flown() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday, one of them flying about 400 km. "
        "\"It was not a successful launch, considering that the Musudan's range is estimated at "
        '3,000 to 4,000 km," a JCS official said.',
        "2016-06-22T18:00:00+09:00",
    )
    assert [(e.role, e.distance_km) for e in events] == [("primary", 400)]
    events = events_of(
        "North Korea test-fired a Taepodong-2 on Wednesday. Estimates of the Taepodong-2's range "
        "vary from about 2,200 miles to more than 3,700 miles.",
        "2006-07-05T10:00:00+09:00",
    )
    assert [(e.role, e.distance_km) for e in events] == [("primary", None)]


def test_ordinal_days_take_the_month_the_sentence_named() -> None:
    events = events_of(
        "North Korea fired several ballistic missiles on Thursday. In January, it fired an "
        "intermediate-range ballistic missile on the 6th and several short-range ballistic "
        "missiles on the 14th.",
        "2025-05-08T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2025-05-08"),
        ("background", "2025-01-06"),
        ("background", "2025-01-14"),
    ]


def test_a_military_clock_range_starts_at_its_first_time() -> None:
    events = events_of(
        "North Korea fired several ballistic missiles on Thursday. The missiles were launched "
        "between 0810 and 0920 hrs (KST), the Joint Chiefs of Staff said.",
        "2025-05-08T18:00:00+09:00",
    )
    assert [(e.role, e.time_kst) for e in events] == [("primary", "08:10")]


def test_where_a_rocket_fell_is_no_altitude() -> None:
    events = events_of(
        "North Korea launched a Chollima-1 rocket on Wednesday. It disappeared from radar at an "
        "abnormally low altitude and fell into the sea about 200 km west of Eocheong Island.",
        "2023-05-31T18:00:00+09:00",
    )
    assert [(e.role, e.apogee_km, e.distance_km) for e in events] == [("primary", None, None)]


def test_the_second_missile_to_overfly_japan_within_weeks_is_a_tally() -> None:
    events = events_of(
        "North Korea fired a missile over Hokkaido on Friday. The launch was the second North "
        "Korean missile to overfly Japan within weeks.",
        "2017-09-15T12:00:00+02:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 1, 1)]
    events = events_of(
        "A North Korean ballistic missile flew over Japan on Tuesday morning. Tuesday's missile "
        "was the seventh North Korean missile or rocket to fly over Japanese territory.",
        "2022-10-04T18:00:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 1, 1)]


def test_a_range_said_with_a_two_digit_name_is_the_class_the_story_gives() -> None:
    events = events_of(
        "North Korea fired a missile from the Pukchang area on Saturday, but it exploded a few "
        "minutes into its flight. A U.S. official said it was probably a medium-range KN-17.",
        "2017-04-28T20:00:00-04:00",
    )
    assert [(e.role, e.missile_class, e.missile_types) for e in events] == [
        ("primary", "MRBM", ["KN-17"])
    ]


def test_a_road_to_an_icbm_is_not_one() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Wednesday that exploded early in its flight. "
        '"Even if there was some separation test, it is a long road from there to a reliable '
        'MIRV on an ICBM," said one Seoul-based analyst.',
        "2024-06-27T10:00:00+09:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "unknown")]


def test_a_named_missile_that_failed_after_liftoff_was_launched() -> None:
    events = events_of(
        "North Korea fired a long-range rocket on Sunday. In July 2006, a Taepodong-2 failed "
        "shortly after liftoff in a test that also included several shorter-range missiles.",
        "2009-04-05T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2009-04-05"),
        ("background", "2006-07"),
    ]


def test_a_first_flashs_article_gives_way_to_several() -> None:
    events = events_of(
        "[07:02] North Korea has fired an unidentified ballistic missile toward the East Sea.\n"
        "[07:09] North Korea has fired several ballistic missiles toward the East Sea.",
        "2024-09-18T07:30:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 2, None)]
    # (but a salvo only threatened is no plural to give way to)
    events = events_of(
        "North Korea fired a ballistic missile over northern Japan early this morning, weeks "
        "after threatening to launch a salvo of missiles toward Guam.",
        "2017-08-29T10:00:00+10:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 1, 1)]


def test_a_name_before_a_quoted_noun_is_no_figure() -> None:
    events = events_of(
        "On Thursday, according to KCNA, a unit of the Korean People's Army fired four Hwasal-2 "
        '"strategic cruise missiles" from the east coast.',
        "2023-02-27T10:00:00+05:30",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 4, 4)]


def test_missiles_a_launch_is_compared_with_count_none() -> None:
    events = events_of(
        "North Korea's rocket was launched at 06:29 local time on Wednesday and fell into the "
        "sea. Satellite launches use the same technology as long-range ballistic missiles, which "
        "North Korea is banned from testing.",
        "2023-05-31T10:00:00+01:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 1, 1)]


def test_a_salvos_parts_are_of_its_count() -> None:
    events = events_of(
        "North Korea launched three ballistic missiles toward the sea, including a suspected "
        "intercontinental ballistic missile, on Wednesday morning. The JCS said the first "
        "missile, fired at about 6 a.m., was presumed to be a Hwasong-17 ICBM. A second missile "
        "launched about half an hour later appeared to have failed.",
        "2022-05-25T10:00:00+09:00",
    )
    assert [(e.role, e.count_min, e.count_max) for e in events] == [("primary", 3, 3)]


def test_what_a_launch_came_after_is_the_earlier_ones_however_far_its_verb() -> None:
    events = events_of(
        "North Korea fired two short-range ballistic missiles into the sea on Wednesday. The "
        "launch came two days after North Korea said it had successfully tested new long-range "
        "cruise missiles that flew 1,500km in recent trials.",
        "2021-09-15T18:00:00+08:00",
    )
    assert [(e.role, e.missile_class, e.distance_km) for e in events] == [("primary", "SRBM", None)]


def test_waters_north_east_of_a_place_are_its_site() -> None:
    events = events_of(
        "The missile was launched at 7.11am local time on Wednesday from waters north-east of "
        "Wonsan, on North Korea's east coast, the Joint Chiefs of Staff in Seoul said.",
        "2019-10-02T12:00:00+01:00",
    )
    assert [(e.role, e.site) for e in events] == [("primary", "Wonsan")]
    events = events_of(
        "The JCS said the missiles were fired toward the sea between 9.08am and 9.43am local "
        "time on Sunday from areas including Sunan in Pyongyang, Kaechon and Tongchang-ri.",
        "2022-06-05T12:00:00+04:00",
    )
    assert [(e.role, e.site) for e in events] == [("primary", "Sunan")]


def test_that_weapon_is_the_one_just_told() -> None:
    events = events_of(
        "A North Korean missile exploded seconds after it was launched from the country's east "
        "coast on Sunday. Eleven days earlier, on April 5, the North fired a ballistic missile "
        "from the same area. US officials identified that weapon as a KN-15 medium-range "
        "missile and said it flew about 60km.",
        "2017-04-16T12:00:00+04:00",
    )
    assert [(e.role, e.date, e.missile_types, e.distance_km) for e in events] == [
        ("primary", "2017-04-16", [], None),
        ("background", "2017-04-05", ["KN-15"], 60),
    ]


def test_missiles_a_parade_featured_give_no_class_however_long_the_phrase() -> None:
    events = events_of(
        "North Korea fired a missile from near Sinpo on Sunday, but it blew up almost "
        "immediately. The parade featured what appeared to be new canister-launched "
        "intercontinental ballistic missiles, though none was fired.",
        "2017-04-16T12:00:00+09:00",
    )
    assert [(e.role, e.missile_class) for e in events] == [("primary", "unknown")]


def test_a_sentence_all_of_an_earlier_launch_lends_the_news_nothing() -> None:
    events = events_of(
        "North Korea fired an intermediate-range ballistic missile early Tuesday. The North "
        "eventually put a satellite into orbit with its Unha-3 rocket in December 2012.",
        "2017-07-03T22:45:00-04:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2017-07-04", "IRBM"),
        ("background", "2012-12", "SLV"),
    ]


def test_a_missile_inspected_spotted_or_planned_was_not_launched() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Monday. Kim Jong Un inspected the country's "
        "first military reconnaissance satellite earlier this month and approved the plan for "
        "its launch. Western intelligence agencies first spotted a Nodong on a launch pad in May "
        "1990, and an earlier flight attempt is believed to have failed.",
        "2023-05-29T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2023-05-29")]


def test_the_day_a_launch_was_told_is_not_its_day_when_it_has_its_own() -> None:
    events = events_of(
        "North Korea's state media on Friday named the new ICBM it launched on Thursday the "
        "Hwasong-19.",
        "2024-11-01T07:30:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2024-10-31")]


def test_a_right_to_launch_claimed_is_no_launch() -> None:
    events = events_of(
        "North Korea insisted on Tuesday it had every right to test-fire a missile, brushing "
        "aside warnings over what officials say are preparations for the launch of a "
        "long-range Taepodong-2.",
        "2006-06-20T18:45:00+09:00",
    )
    assert events == []


def test_a_satellite_put_into_orbit_on_a_day_dates_its_launch() -> None:
    events = events_of(
        "The carrier rocket Kwangmyong blasted off from the Sohae Space Center at 09:00 on "
        "February 7. The report recalled that the Kwangmyongsong-3 Unit 2 had been put into "
        "orbit on December 12, Juche 101 (2012).",
        "2016-02-07T13:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2016-02-07", "SLV"),
        ("background", "2012-12-12", "SLV"),
    ]


def test_a_named_weapons_carrier_rocket_is_no_space_launcher() -> None:
    event = primary_of(
        "The intercontinental ballistic rocket Hwasong-14 was successfully test-launched on July "
        "4. It was also to confirm the stage separation features of the carrier rocket.",
        "2017-07-05T06:00:00+09:00",
    )
    assert (event.missile_class, event.missile_types) == ("ICBM", ["Hwasong-14"])


def test_a_dated_test_fire_in_a_sentence_of_an_engine_test_is_a_launch() -> None:
    events = events_of(
        "The intercontinental ballistic rocket Hwasong-14 was test-launched on July 4. He noted "
        "that the test-launch made a fine proof of the reliability of the engine which had been "
        "tested on the ground in March, and said that it was a fruition of the successful "
        "test-fire of the mid/long-range strategic ballistic rocket Hwasong-12 on May 14 this "
        "year.",
        "2017-07-05T06:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2017-07-04", ["Hwasong-14"]),
        ("background", "2017-05-14", ["Hwasong-12"]),
    ]


def test_a_day_the_next_clause_tells_a_warning_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Tuesday. The North test-fired two "
        "intercontinental ballistic missiles in July, and earlier this month warned it was "
        "examining a plan to fire four Hwasong-12 missiles into waters near Guam.",
        "2017-08-30T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-08-29"),
        ("background", "2017-07"),
    ]


def test_a_new_type_tested_is_a_kind_not_a_count() -> None:
    event = primary_of(
        "North Korea said Friday it test-fired a new-type tactical guided projectile the "
        "previous day. The JCS said the North fired two short-range ballistic missiles.",
        "2021-03-26T10:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (2, 2)


def test_the_day_of_an_order_to_launch_is_not_a_launch_day() -> None:
    events = events_of(
        "A test-launch of the new-type ICBM Hwasong-17 was conducted on March 24. The supreme "
        "leader directly issued a written order on March 23 to conduct the test-launch of ICBM "
        "Hwasong-17.",
        "2022-03-25T06:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-03-24")]


def test_a_day_before_a_launch_told_as_earlier_this_week_is_not_its_day() -> None:
    events = events_of(
        "South Korea's Navy on Friday salvaged a large piece of debris believed to be part of "
        "the long-range rocket North Korea launched earlier this week. North Korea fired the "
        "three-stage Unha-3 rocket from the Sohae launch station at 9:49 a.m. Wednesday.",
        "2012-12-14T15:00:00+09:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2012-12-12", "09:49")]


def test_rockets_that_flew_before_in_named_years_are_launches_of_those_years() -> None:
    events = events_of(
        "A North Korean ballistic missile flew over Hokkaido on Tuesday morning. North Korean "
        "rockets that Pyongyang described as satellite launches have flown over Japan before, "
        "in 1998 and 2009, but Tuesday's was the first ballistic missile to cross the "
        "archipelago.",
        "2017-08-29T18:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2017-08-29", "unknown"),
        ("background", "1998", "SLV"),
        ("background", "2009", "SLV"),
    ]
    assert (events[0].count_min, events[0].count_max) == (1, 1)


def test_a_lead_on_last_weeks_test_makes_the_launch_told_below_the_news() -> None:
    events = events_of(
        "A Cathay Pacific flight crew saw what appeared to be a North Korean missile re-entering "
        "the atmosphere during last week's test, the airline confirmed on Monday. The crew "
        "reported the sighting while flying over Japan. The airline said its operations were "
        "unaffected. North Korea fired the Hwasong-15 intercontinental ballistic missile at "
        "3.17am Korean time last Wednesday from Pyongsong.",
        "2017-12-04T12:00:00+08:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2017-11-29", ["Hwasong-15"])
    ]


def test_days_of_the_month_told_as_the_morning_or_evening_of_the_nth() -> None:
    events = events_of(
        "The Fisheries Agency spent the afternoon and evening of the 24th contacting fishing "
        "vessels after a North Korean intercontinental ballistic missile came down inside "
        "Japan's exclusive economic zone. North Korea's state media said on the morning of the "
        "25th that the missile was the new Hwasong-17. The launch came eight days after a "
        "missile fired on the 16th exploded shortly after liftoff.",
        "2022-03-25T12:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2022-03-24", ["Hwasong-17"]),
        ("background", "2022-03-16", []),
    ]


def test_a_launch_thought_feared_or_announced_by_none_is_no_launch() -> None:
    events = events_of(
        "A very bright fireball streaked across the sky over the Kanto region at around 2:32 "
        "a.m. on Thursday. On social media, some users wrote that they thought a missile had "
        "been launched or that something had exploded. No J-Alert was issued, and there was no "
        "government announcement of any missile launch.",
        "2020-07-02T11:40:00+09:00",
    )
    assert events == []


def test_a_launch_set_for_next_month_is_no_launch() -> None:
    events = events_of(
        "The Coast Guard will warn fishermen to stay away from waters east of Luzon during the "
        "five-day window North Korea has set for launching a rocket next month, officials said "
        "yesterday.",
        "2012-03-27T12:00:00+08:00",
    )
    assert events == []


def test_a_drill_story_whose_resident_recalls_the_alerts_words_has_no_launch() -> None:
    events = events_of(
        "Residents of the Oga Peninsula took part Friday morning in Japan's first evacuation "
        "drill premised on a ballistic missile landing near the country. The drill assumed "
        "that a missile fired by North Korea would fall into Japan's territorial waters. About "
        '110 residents walked to the community hall within several minutes. "The message said '
        'a missile had been launched, and I thought, what if it were real?" said a fisherman.',
        "2017-03-17T18:00:00+09:00",
    )
    assert events == []


def test_a_300mm_rocket_launcher_is_a_kind_not_a_named_type() -> None:
    event = primary_of(
        "North Korea fired several projectiles from a new 300-mm multiple rocket launcher into "
        "the sea on Tuesday, the defence ministry said.",
        "2014-03-04T18:00:00+09:00",
    )
    assert (event.missile_class, event.missile_types) == ("MLRS", [])


def test_a_missile_hard_to_intercept_is_no_other_countrys_interceptor() -> None:
    event = primary_of(
        "South Korea's Joint Chiefs of Staff said the North fired two short-range ballistic "
        "missiles from near Wonsan on Thursday. Military officials in Seoul said the missiles "
        "appeared to be a variant of the KN-23, a solid-fuel missile resembling Russia's "
        "Iskander, which is designed to fly on a flattened trajectory that makes interception "
        "difficult.",
        "2019-07-26T10:00:00+09:00",
    )
    assert event.missile_types == ["KN-23"]


def test_a_missile_flown_since_a_year_is_still_named_for_todays_launch() -> None:
    event = primary_of(
        "Last Wednesday, North Korea fired two ballistic missiles from a train. The missile "
        "itself was not new. It appears to be the KN-23, the solid-fuel short-range ballistic "
        "missile that North Korea has been flying since 2019.",
        "2021-09-21T09:00:00-04:00",
    )
    assert event.missile_types == ["KN-23"]


def test_the_shorter_range_rest_of_a_salvo_is_part_of_its_count() -> None:
    event = primary_of(
        "North Korea test-fired six missiles, including a long-range Taepodong-2, on Wednesday. "
        "Five shorter-range missiles were fired over several hours.",
        "2006-07-05T12:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (6, 6)
    alone = primary_of(
        "North Korea fired five shorter-range missiles on Wednesday.", "2006-07-05T12:00:00+09:00"
    )
    assert (alone.count_min, alone.count_max) == (5, 5)


def test_a_mornings_count_in_a_ticker_is_part_of_the_days() -> None:
    event = primary_of(
        "18:31 N. Korea fires seven ballistic missiles into East Sea on U.S. Independence Day: "
        "JCS\n\n11:47 N. Korea fires 3 ballistic missiles off east coast in morning: JCS",
        "2009-07-04T18:40:00+09:00",
    )
    assert (event.count_min, event.count_max) == (7, 7)


def test_the_two_missiles_the_north_fired_are_two() -> None:
    event = primary_of(
        "The two short-range ballistic missiles North Korea fired a day earlier both flew "
        "around 600 kilometers, South Korea's military said Friday.",
        "2019-07-26T10:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (2, 2)


def test_a_figure_the_story_says_had_been_told_gives_way_to_todays() -> None:
    event = primary_of(
        "The two short-range ballistic missiles North Korea fired a day earlier both flew "
        "around 600 kilometers, South Korea's military said Friday, revising its initial "
        "estimate. The JCS had said Thursday that the first missile, launched at 5:34 a.m., flew "
        "about 430 km, and the second traveled some 690 km, reaching an altitude of 50 km.",
        "2019-07-26T10:00:00+09:00",
    )
    assert (event.distance_km, event.apogee_km) == (600, 50)


def test_a_quoted_floor_is_a_second_sources_figure() -> None:
    event = primary_of(
        "North Korea fired eight short-range ballistic missiles on Sunday morning, South "
        "Korea's military said. Japan's defence minister told reporters that Japan had detected "
        '"at least six" ballistic missiles.',
        "2022-06-05T15:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (6, 8)


def test_a_named_missile_that_flew_keeps_the_story_the_norths() -> None:
    events = events_of(
        "North Korea launched a long-range rocket at around 11:30 a.m. on Sunday. It was the "
        "first time a North Korean rocket had crossed over Japan since August 1998, when a "
        "Taepodong-1 missile flew over the Tohoku region, a shock that prompted Tokyo to launch "
        "its own intelligence-gathering satellites. In July 2006, a Taepodong-2 long-range "
        "missile fired from the same Musudan-ri site exploded about 40 seconds after liftoff.",
        "2009-04-05T15:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2009-04-05"),
        ("background", "1998-08"),
        ("background", "2006-07"),
    ]


def test_a_reaction_story_makes_the_launch_it_tells_with_its_clock_its_news() -> None:
    events = events_of(
        "The U.N. Security Council on Thursday condemned North Korea's launch of two "
        "medium-range ballistic missiles as a violation of U.N. resolutions. The council "
        "discussed the launches behind closed doors. Diplomats said new sanctions were unlikely "
        "any time soon. China has resisted tightening measures. The two Rodong missiles were "
        "fired from Sukchon at 2:35 a.m. and 2:42 a.m. on Wednesday local time.",
        "2014-03-27T17:45:00-04:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2014-03-26", "02:35")]


def test_a_reaction_story_weeks_later_keeps_the_launch_in_the_background() -> None:
    events = events_of(
        "The U.N. Security Council on Thursday condemned North Korea's launch of two "
        "medium-range ballistic missiles as a violation of U.N. resolutions. The council "
        "discussed the launches behind closed doors. Diplomats said new sanctions were unlikely "
        "any time soon. China has resisted tightening measures. The two Rodong missiles were "
        "fired from Sukchon at 2:35 a.m. on March 26.",
        "2014-04-17T17:45:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2014-03-26")]


def test_a_decision_that_comes_days_after_a_launch_counts_back_from_today() -> None:
    events = events_of(
        "South Korea will halt operations at the Kaesong industrial complex, the government "
        "said Wednesday. The decision comes three days after the North launched a long-range "
        "rocket. The rocket blasted off at 9:30 a.m. Sunday from the Sohae launch site.",
        "2016-02-10T12:00:00+09:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2016-02-07", "09:30")]


def test_a_day_of_what_was_done_over_a_satellite_is_not_its_launch_day() -> None:
    events = events_of(
        "North Korea kept up a chorus of triumph Monday over what it says is a communications "
        "satellite now circling the Earth, even as U.S. officials insisted nothing had reached "
        "orbit. State media said leader Kim Jong Il watched the launch. The U.S. Northern "
        "Command said Sunday's launch had failed to put anything into space. The rocket lifted "
        "off at 11:30 a.m. Sunday from Musudan-ri, South Korea said.",
        "2009-04-06T17:40:00+09:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2009-04-05", "11:30")]


def test_dated_attempts_in_a_sentence_of_a_parade_are_launches() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. The Musudan, first shown publicly "
        "at a military parade in Pyongyang in 2010, had failed in four previous attempts this "
        "year -- on April 15, twice on April 28 and on May 31.",
        "2016-06-23T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
        ("background", "2016-04-28"),
        ("background", "2016-05-31"),
    ]


def test_a_day_without_a_year_in_january_beside_this_year_is_last_years() -> None:
    events = events_of(
        "North Korea said Tuesday it test-fired a new hypersonic missile the previous day. It "
        "was the North's first ballistic missile launch since Nov. 5, when it fired several "
        "short-range ballistic missiles, and the first this year.",
        "2025-01-07T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2025-01-06"),
        ("background", "2024-11-05"),
    ]


def test_a_satellite_placed_into_orbit_past_an_apposition_names_the_class() -> None:
    event = primary_of(
        "The rocket blasted off at 9:30 a.m. Sunday from the Sohae launch site. Pyongyang "
        "claimed that it had successfully placed an earth observation satellite, the "
        "Kwangmyongsong-4, into orbit.",
        "2016-02-10T12:00:00+09:00",
    )
    assert (event.date, event.missile_class) == ("2016-02-07", "SLV")


def test_a_days_barrage_of_missiles_counts_them() -> None:
    event = primary_of(
        "North Korea said on Thursday its volley of missile tests was part of routine military "
        "exercises. Wednesday's barrage of seven missiles, including a long-range Taepodong-2, "
        "drew condemnation from Washington, Tokyo and Seoul. Japanese officials said the first "
        "missile was fired at 3:32 a.m. local time.",
        "2006-07-06T16:25:00+09:00",
    )
    assert (event.date, event.count_min, event.count_max) == ("2006-07-05", 7, 7)


def test_a_step_up_from_an_older_missile_does_not_name_it() -> None:
    event = primary_of(
        "North Korea fired a Hwasong-15 intercontinental ballistic missile on Wednesday. "
        '"This is a clear step up from the Hwasong-14," said one analyst.',
        "2017-12-01T10:00:00+09:00",
    )
    assert event.missile_types == ["Hwasong-15"]


def test_an_undated_launch_word_with_nothing_told_of_it_is_no_launch() -> None:
    events = events_of(
        "SEOUL, Dec. 27 (Yonhap) -- North Korea fired more than 60 ballistic missiles in 2022, "
        "by far the most in any single year. Including cruise missiles and rockets, some "
        "counts put the year's total "
        'at about 90. "The North used 2022 to test almost every category in its arsenal, from '
        'tactical weapons to long-range systems, and to practice firing them in quantity," a '
        "researcher said.",
        "2022-12-27T10:00:00+09:00",
    )
    assert events == []
    told = events_of(
        "North Korea fired a ballistic missile, Japan said.", "2022-12-27T10:00:00+09:00"
    )
    assert [(e.role, e.date) for e in told] == [("primary", "2022-12-27")]


def test_a_launch_window_announced_is_no_launch_whichever_day_ends_it() -> None:
    events = events_of(
        "A spokesman said the Kwangmyongsong-3 satellite will be carried by an Unha-3 rocket and "
        "lifted off from the new Sohae Satellite Launching Station some time between April 12 "
        "and 16, according to KCNA.",
        "2012-03-16T20:00:00+09:00",
    )
    assert events == []


def test_missiles_moved_to_a_coast_for_a_feared_launch_name_nothing_fired() -> None:
    event = primary_of(
        "North Korea fired two more short-range projectiles into the East Sea on Monday. During "
        "that period, the North moved two Musudan intermediate-range missiles to its east coast, "
        "prompting fears of a launch that did not materialize.",
        "2013-05-20T15:00:00+09:00",
    )
    assert (event.missile_class, event.missile_types) == ("unknown", [])


def test_a_sum_over_the_past_days_is_not_todays_count() -> None:
    event = primary_of(
        "North Korea fired two more short-range projectiles into the East Sea on Monday, the "
        'ministry said. "North Korea has fired six projectiles over the past three days without '
        'prior notice," the spokesman said.',
        "2013-05-20T15:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (2, 2)


def test_a_live_blogs_latest_tally_is_the_days_count() -> None:
    event = primary_of(
        "6:55 p.m. — Total reaches 23\n\nThe JCS said North Korea fired six more missiles in "
        "the afternoon. That brings the number of missiles the North launched on Wednesday to "
        "23.\n\n12:15 p.m. — Count rises to 17\n\nThe military now says the North fired 17 "
        "missiles of various types during the morning.\n\n7:20 a.m. — Three missiles fired\n\n"
        "North Korea fired three short-range ballistic missiles toward the East Sea at 6:51 a.m.",
        "2022-11-02T19:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (23, 23)


def test_a_live_blogs_first_launch_gives_the_days_site() -> None:
    event = primary_of(
        "Live updates on North Korea's missile launches on Wednesday, Nov. 2.\n\n9:40 a.m. — "
        "At least 10 missiles\n\nThe JCS says the North has fired more than 10 missiles. One "
        "short-range ballistic missile fired from the Wonsan area at 8:51 a.m. "
        "crossed the Northern Limit Line.\n\n7:20 a.m. — Three missiles fired\n\nNorth Korea "
        "fired three short-range ballistic missiles from Jongpyong, South Hamgyong Province, "
        "toward the East Sea at 6:51 a.m., the JCS said.",
        "2022-11-02T19:00:00+09:00",
    )
    assert (event.time_kst, event.site) == ("06:51", "Jongpyong")
    told_first = primary_of(
        "North Korea fired a missile from the Sunan area at 7:40 a.m., the JCS said. Japan's "
        "defense ministry said the launch came at 7:39 a.m. from near Pyongyang.",
        "2022-11-03T12:00:00+09:00",
    )
    assert told_first.site == "Sunan"


def test_the_first_of_a_series_that_coincided_with_a_day_is_a_launch() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. All four earlier attempts ended in "
        "failure. The first, on April 15, coincided with the birthday of the country's founder "
        "Kim Il Sung.",
        "2016-06-22T18:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
    ]


def test_named_tests_after_an_exercise_are_launches() -> None:
    events = events_of(
        "North Korea fired three short-range missiles on Saturday. The launches come during an "
        "annual computer-simulated exercise involving US and South Korean troops. North Korea "
        "conducted two tests of its Hwasong-14 intercontinental ballistic missile in July.",
        "2017-08-26T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-08-26"),
        ("background", "2017-07"),
    ]


def test_rocket_launchers_test_fired_in_a_drill_are_a_launch() -> None:
    events = events_of(
        "North Korea fired two short-range missiles from Kusong on Thursday. The firing came five "
        "days after North Korea test-fired several rocket launchers and a new type of tactical "
        "guided weapon from the Hodo peninsula on Saturday, a drill personally supervised by "
        "Kim Jong Un.",
        "2019-05-09T20:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-05-09"),
        ("background", "2019-05-04"),
    ]


def test_the_day_the_north_put_a_satellite_into_orbit_is_a_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-18 on Monday. Pyongyang has also stepped up pressure since "
        "Nov. 21, when it put its first military reconnaissance satellite into orbit.",
        "2023-12-18T12:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2023-12-18", ["Hwasong-18"]),
        ("background", "2023-11-21", []),
    ]
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. North Korea last launched a "
        "long-range rocket on Dec. 12, 2012, when it said it put the Kwangmyongsong-3 satellite "
        "into orbit with the Unha-3 carrier.",
        "2016-02-07T15:00:00+09:00",
    )
    assert events[0].missile_types == []


def test_a_launching_ceremony_for_a_ship_is_no_launch() -> None:
    events = events_of(
        "North Korea fired multiple short-range ballistic missiles on Thursday. Pyongyang has "
        "also been holding a launching ceremony late last month for a 5,000-ton destroyer.",
        "2025-05-08T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2025-05-08")]


def test_both_missiles_are_two() -> None:
    event = primary_of(
        'The missiles were fired at 5:34 a.m. and 5:57 a.m. Thursday from near Wonsan. "We '
        'assess that both missiles flew about 600 km," a JCS official told reporters.',
        "2019-07-26T10:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (2, 2)


def test_a_western_storys_weekday_is_the_korean_day_its_clock_gives() -> None:
    events = events_of(
        "WASHINGTON (Reuters) - North Korea fired a ballistic missile on Tuesday that the "
        "Pentagon said was probably an intercontinental ballistic missile. The missile was "
        "launched at about 3:17 a.m. Wednesday Korea time from near Pyongsong.",
        "2017-11-28T14:05:00-05:00",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2017-11-29", "03:17", "Pyongsong")
    ]


def test_a_launch_rumoured_or_said_in_error_is_no_launch() -> None:
    events = events_of(
        "South Korea's defence ministry on Wednesday dismissed rumours circulating online that "
        "North Korea had fired a missile, saying no launch had taken place and that it was "
        "closely monitoring the North's east coast.",
        "2013-04-10T15:00:00+09:00",
    )
    assert events == []
    events = events_of(
        "CORRECTION: An earlier version of this alert incorrectly said North Korea fired missiles "
        "near its sea border with South Korea. The North fired artillery shells.",
        "2024-01-05T15:00:00+09:00",
    )
    assert events == []


def test_another_countrys_system_that_tracked_the_launch_did_not_launch_it() -> None:
    event = primary_of(
        "MOSCOW, July 4. /TASS/. The ballistic missile launched by North Korea on Tuesday fell "
        'into the Sea of Japan, the Russian Defense Ministry said. "The Russian missile attack '
        "early warning system tracked the launch of a ballistic missile from the territory of "
        "the DPRK.\" Earlier, South Korea's Joint Chiefs of Staff said that the missile was "
        "launched at 09:40 Seoul time from the Panghyon area and flew some 930 km eastward.",
        "2017-07-04T18:00:00+03:00",
    )
    assert (event.time_kst, event.site, event.distance_km) == ("09:40", "Panghyon", 930)


def test_another_countrys_probe_launched_is_theirs() -> None:
    events = events_of(
        "Kim Jong Un toured the Vostochny cosmodrome with Vladimir Putin on Wednesday. In "
        "August, Russia's first lunar probe in nearly 50 years, Luna-25, was launched from "
        "there on a Soyuz-2.1b rocket.",
        "2023-09-13T18:00:00+03:00",
    )
    assert events == []


def test_a_simulated_warning_of_a_launch_is_no_launch() -> None:
    events = events_of(
        "More than 100 residents of Oga took part Friday in Japan's first evacuation drill "
        "premised on a North Korean ballistic missile falling into Japanese territory. At 10 "
        "a.m., a simulated warning over outdoor loudspeakers said a missile had been launched "
        "and could land in the area.",
        "2017-03-17T18:00:00+09:00",
    )
    assert events == []
    drill = primary_of(
        "North Korean leader Kim Jong-un guided the country's first drill simulating a nuclear "
        'counterattack under its "nuclear trigger" control system, firing a salvo of '
        "600-millimeter super-large multiple rocket launchers on Monday, state media reported "
        "Tuesday.",
        "2024-04-23T10:00:00+09:00",
    )
    assert drill.date == "2024-04-22"


def test_a_brief_hailed_a_day_later_and_a_twice_in_brackets() -> None:
    events = events_of(
        "North Korea fired two Musudan intermediate-range missiles from near Wonsan on "
        'Wednesday. KCNA on Thursday hailed a successful test of the "Hwasong-10," with Kim Jong '
        "Un in attendance. Previous Musudan launches on April 15, April 28 (twice) and May 31 "
        "all ended in failure.",
        "2016-06-23T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
        ("background", "2016-04-28"),
        ("background", "2016-05-31"),
    ]
    assert events[0].missile_types == ["Musudan", "Hwasong-10"]


def test_a_launch_announced_in_error_and_a_satellite_being_put_into_orbit() -> None:
    events = events_of(
        "North Korea has launched a rocket. The rocket was fired from the northeastern coast at "
        "11:30 this morning, Japan time. North Korea says it is putting a communications "
        "satellite into orbit. Yesterday the government briefly announced a launch in error and "
        "withdrew the announcement minutes later.",
        "2009-04-05T12:30:00+09:00",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [("primary", "2009-04-05", "SLV")]


def test_the_month_of_an_agreement_a_launch_is_the_first_since_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired two short-range missiles into the sea on Thursday, the first launch "
        "since Kim Jong Un and Donald Trump agreed at the DMZ last month to restart nuclear talks.",
        "2019-07-25T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2019-07-25")]


def test_a_headlines_present_tense_launch_takes_its_clock() -> None:
    event = primary_of(
        "(LEAD) N. Korea test-fires ballistic missile from Banghyon, N. Phyongan Province, at "
        "7:55 a.m. today; it flew about 500 km toward the East Sea: JCS",
        "2017-02-12T08:37:00+09:00",
    )
    assert (event.date, event.time_kst) == ("2017-02-12", "07:55")


def test_a_missile_fueled_is_no_count_of_those_fired() -> None:
    event = primary_of(
        "North Korea launched a total of seven ballistic missiles into the Sea of Japan on "
        "Wednesday. The launches came as Tokyo and Washington had been watching the launch site "
        "closely for weeks amid reports that Pyongyang had fueled a missile.",
        "2006-07-05T18:00:00+09:00",
    )
    assert (event.count_min, event.count_max) == (7, 7)


def test_a_delhi_storys_tuesday_night_is_koreas_wednesday_by_its_clock() -> None:
    events = events_of(
        "NEW DELHI: As most Indians slept on Tuesday night, North Korea launched what it says "
        "is its most powerful missile yet. The launch, at 11.47 pm IST on Tuesday (3.17 am on "
        "Wednesday in Pyongyang), has since produced a wave of viral posts. South Korea's Joint "
        "Chiefs of Staff said it was fired from Pyongsong.",
        "2017-11-30T13:15:00+05:30",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2017-11-29", "03:17", "Pyongsong")
    ]


def test_a_launch_others_played_down_is_still_the_norths() -> None:
    events = events_of(
        "North Korea fired two short-range ballistic missiles on Thursday. Washington and Seoul "
        "had played down the launch of two cruise missiles into the Yellow Sea last Sunday, "
        "which are not banned by U.N. resolutions.",
        "2021-03-26T10:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2021-03-25"),
        ("background", "2021-03-21"),
    ]


def test_a_site_in_the_dprks_province_is_the_site() -> None:
    event = primary_of(
        "A ballistic missile launched by the DPRK on Tuesday morning flew over Japan. According "
        "to the Joint Chiefs of Staff of the Republic of Korea (ROK), the missile was launched "
        "from the DPRK's northern Jagang Province.",
        "2022-10-04T12:00:00+09:00",
    )
    assert event.site == "Jagang"


def test_last_night_here_in_london_is_the_london_day() -> None:
    events = events_of(
        "PRESENTER: Good morning. Late last night here in London — that was 7:23 on Tuesday "
        "morning in Korea — North Korea launched a ballistic missile that flew right over "
        "northern Japan. CORRESPONDENT: The Joint Chiefs of Staff say it was an "
        "intermediate-range ballistic missile, launched from Mupyong-ri in Jagang Province.",
        "2022-10-04T06:30:00+01:00",
    )
    assert [(e.role, e.date, e.site) for e in events] == [("primary", "2022-10-04", "Mupyong-ni")]


def test_a_clock_given_in_a_european_country_is_that_countrys() -> None:
    event = primary_of(
        "North Korea fired an intercontinental ballistic missile on Thursday. The JCS said the "
        "missile was fired from the Sunan area at 2:34pm local time (6:34am in Switzerland).",
        "2022-03-24T16:20:00+01:00",
    )
    assert (event.date, event.time_kst) == ("2022-03-24", "14:34")


def test_a_launch_the_south_koreans_are_saying_was_fired_is_the_norths() -> None:
    event = primary_of(
        "QUESTION: Can we go to North Korea? MS. HARF: Sure. QUESTION: The South Koreans are "
        "saying these were two Rodong missiles, fired from around Sukchon on Wednesday, and that "
        "they flew about 650 kilometers.",
        "2014-03-26T13:45:00+09:00",
    )
    assert (event.site, event.missile_types, event.distance_km) == ("Sukchon", ["Rodong"], 650)


def test_last_night_our_time_in_a_washington_briefing_is_koreas_morning() -> None:
    events = events_of(
        "Q: On North Korea. Last night our time, the North fired two ballistic missiles. The "
        "South Korean military says they were launched from the Hamju area at 7:06 and 7:25 "
        "Thursday morning Korea time.",
        "2021-03-25T14:10:00-04:00",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2021-03-25", "07:06", "Hamju")
    ]


def test_a_clock_the_south_koreans_put_the_launch_at_dates_it() -> None:
    events = events_of(
        "COL. MANNING: Earlier this afternoon, we detected and tracked a single North Korean "
        "missile launch. The missile was launched from Sain Ni, North Korea, and traveled about "
        "1,000 kilometers. Q: The South Koreans are putting the launch at 3:17 a.m. their time, "
        "Wednesday. That matches what you saw?",
        "2017-11-28T17:30:00-05:00",
    )
    assert [(e.role, e.date, e.time_kst, e.site, e.distance_km) for e in events] == [
        ("primary", "2017-11-29", "03:17", "Pyongsong", 1000)
    ]


def test_a_launch_detected_in_the_lead_takes_the_class_said_next() -> None:
    event = primary_of(
        "Earlier this afternoon, we detected and tracked a single North Korean missile launch. "
        "Our initial assessment indicates that this missile was an intercontinental ballistic "
        "missile. The missile was launched on Wednesday from Sain Ni, North Korea.",
        "2017-11-29T10:00:00+09:00",
    )
    assert event.missile_class == "ICBM"


def test_a_scripts_opening_scene_dates_and_clocks_the_rocket_that_lifts_off() -> None:
    event = primary_of(
        "NARRATOR: Sunday morning, around 9:30 Korea time. A rocket lifts off from the Sohae "
        "launching station at Tongchang-ri, on North Korea's northwest coast. About ten minutes "
        "later, NORAD is tracking something new in orbit.",
        "2016-02-08T08:00:00+09:00",
    )
    assert (event.date, event.time_kst, event.site) == ("2016-02-07", "09:30", "Tongchang-ri")


def test_nothing_was_launched_makes_a_ground_test_no_launch() -> None:
    events = events_of(
        "HOST: Quick reaction video today, because this morning North Korea's state media put "
        "out photos missile people have waited years to see. And no, nothing was launched. "
        'Nothing flew. HOST: So according to KCNA, North Korea conducted what it called "a '
        'high-thrust solid-fuel motor" test on Thursday at the Sohae Satellite Launching Ground.',
        "2022-12-16T20:00:00+09:00",
    )
    assert events == []


def test_a_drill_in_response_to_the_norths_launch_still_tells_that_launch() -> None:
    events = events_of(
        "Early Wednesday, South Korea and the United States each fired two ATACMS missiles into "
        "the East Sea in a show of force, the JCS said. The drills were a response to the "
        "North's launch of an IRBM from Mupyong-ri in Jagang Province at 7:23 a.m. Tuesday.",
        "2022-10-05T11:20:00+09:00",
    )
    assert [(e.date, e.time_kst, e.site, e.missile_class) for e in events] == [
        ("2022-10-04", "07:23", "Mupyong-ni", "IRBM")
    ]


def test_a_month_when_it_tried_and_failed_to_launch_is_an_earlier_launch() -> None:
    events = events_of(
        "North Korea test-fired a ballistic missile on Sunday morning. It was its first since "
        "October, when it twice tried and failed to launch an intermediate-range Musudan "
        "missile.",
        "2017-02-12T15:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2017-02-12", []),
        ("background", "2016-10", ["Musudan"]),
    ]


def test_days_after_a_nuclear_test_count_back_to_no_launch() -> None:
    events = events_of(
        "North Korea fired an intermediate-range ballistic missile over Japan on Friday morning. "
        "Friday's launch came 12 days after the North's sixth and most powerful nuclear test.",
        "2017-09-15T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-09-15")]


def test_another_countrys_missile_named_alone_is_its_launch() -> None:
    events = events_of(
        "North Korea fired several short-range ballistic missiles into the sea on Monday. In "
        "New Delhi, the Defence Research and Development Organisation continued to celebrate "
        "its March 11 flight test of an Agni-V missile fitted with multiple warheads.",
        "2024-03-18T18:00:00+08:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2024-03-18")]


def test_a_government_said_russian_forces_fired_north_korean_made_missiles() -> None:
    event = primary_of(
        "North Korea fired several ballistic missiles into the sea on Thursday. Ukraine's "
        "government has said Russian forces have fired North Korean-made KN-23 missiles at "
        "Ukrainian cities.",
        "2025-05-08T16:00:00+03:00",
    )
    assert event.missile_types == []


def test_a_missile_that_flew_so_many_minutes_and_reached_a_figure_reached_that_height() -> None:
    event = primary_of(
        "North Korea fired a long-range ballistic missile on Monday morning. The missile flew "
        "about 1,000 kilometers. Japan says it flew about 73 minutes and reached around 6,000 "
        "kilometers.",
        "2023-12-18T12:00:00+09:00",
    )
    assert (event.distance_km, event.apogee_km) == (1000, 6000)


def test_a_clock_on_a_weekday_morning_in_korea_is_the_launch_time() -> None:
    event = primary_of(
        "PRESENTER: Good morning. Late last night here in London, which was 7:23 on Tuesday "
        "morning in Korea, North Korea launched a ballistic missile that flew over Japan.",
        "2022-10-04T06:30:00+01:00",
    )
    assert (event.date, event.time_kst) == ("2022-10-04", "07:23")


def test_a_type_named_with_its_own_history_is_what_was_fired() -> None:
    event = primary_of(
        "North Korea launched a ballistic missile over Japan on Tuesday morning. Analysts think "
        "it was probably a Hwasong-12, the same type that flew over Hokkaido twice in 2017.",
        "2022-10-04T12:00:00+09:00",
    )
    assert event.missile_types == ["Hwasong-12"]


def test_a_year_said_once_is_both_months_of_in_august_and_again_in_september() -> None:
    found = find_dates(
        "the same type flew over Hokkaido in August and again in September 2017.",
        dt.date(2022, 10, 4),
    )
    assert [(m.date, m.precision) for m in found] == [
        (dt.date(2017, 8, 1), "month"),
        (dt.date(2017, 9, 1), "month"),
    ]


def test_the_end_of_may_is_a_month_not_the_modal_verb() -> None:
    events = events_of(
        "North Korea fired an intercontinental ballistic missile into the East Sea this morning. "
        "It follows the failed satellite launch at the end of May.",
        "2023-07-12T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2023-07-12"),
        ("background", "2023-05"),
    ]


def test_it_was_first_tested_after_the_missile_is_named_is_its_first_launch() -> None:
    events = events_of(
        "North Korea fired an intercontinental ballistic missile into the East Sea this morning. "
        "Experts believe it was the Hwasong-18. The Hwasong-18 is North Korea's first "
        "solid-fuel ICBM. It was first tested on April 13th, three months ago.",
        "2023-07-12T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2023-07-12"),
        ("background", "2023-04-13"),
    ]


def test_a_promise_to_stop_icbm_testing_is_no_launch_that_year() -> None:
    events = events_of(
        "NARRATOR: North Korea's state TV turned yesterday's launch into a music video. South "
        "Korea's Joint Chiefs of Staff say an ICBM was launched from Sunan. NARRATOR: In 2018 "
        "Kim said he'd stop ICBM and nuclear testing. That promise is now gone.",
        "2022-03-25T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-03-24")]


def test_a_name_given_to_the_missile_stands_beside_the_parade_it_was_shown_at() -> None:
    event = primary_of(
        "North Korea's state TV turned yesterday's launch of an ICBM into a music video. This "
        "morning, KCNA named it: the Hwasong-17, the giant eleven-axle missile they first "
        "showed off at a parade in October 2020.",
        "2022-03-25T12:00:00+09:00",
    )
    assert event.missile_types == ["Hwasong-17"]


def test_a_name_asked_about_is_not_the_name_said() -> None:
    event = primary_of(
        "North Korea launched its first ICBM in almost a year on Thursday morning. KCNA gave it "
        "a name: the Hwasong-19. A lot of us had been asking, is this a Hwasong-18 upgrade, is "
        "it something new? Japan says it flew about 1,000 kilometers of ground distance.",
        "2024-11-01T09:00:00+09:00",
    )
    assert (event.missile_types, event.distance_km) == (["Hwasong-19"], 1000)


def test_kilometers_of_ground_distance_are_the_distance() -> None:
    event = primary_of(
        "North Korea launched an ICBM on Thursday morning. Japan's defense ministry gave about "
        "86 minutes of flight time, an apogee of over 7,000 kilometers, and about 1,000 "
        "kilometers of ground distance.",
        "2024-11-01T09:00:00+09:00",
    )
    assert (event.distance_km, event.apogee_km) == (1000, 7000)


def test_a_familys_bare_name_after_its_member_is_that_member() -> None:
    event = primary_of(
        "North Korea test-fired seven missiles on Wednesday, including the long-range "
        "Taepodong-2, which failed about 40 seconds into its flight. The shorter-range ones, "
        "and the Taepodong, all came down in the Sea of Japan.",
        "2006-07-05T20:00:00+09:00",
    )
    assert event.missile_types == ["Taepodong-2"]


def test_two_more_missiles_on_a_day_of_a_series_are_a_launch() -> None:
    events = events_of(
        "North Korea fired two short-range ballistic missiles on Thursday. This isn't the first "
        "this year. Then May 9th, from Kusong, in the northwest, two more short-range "
        "missiles, 420 and 270 kilometers.",
        "2019-07-26T07:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-07-25"),
        ("background", "2019-05-09"),
    ]
    assert events[0].distance_km is None  # the figures are May's


def test_a_missile_that_went_up_well_above_a_figure_went_that_high() -> None:
    event = primary_of(
        "North Korea launched an intercontinental ballistic missile from Sain Ni on Wednesday "
        "and it traveled about 1,000 kilometers. Q: Japan's defense ministry is saying it went "
        "up well above 4,000 kilometers. Can you confirm the altitude?",
        "2017-11-29T12:00:00+09:00",
    )
    assert (event.distance_km, event.apogee_km) == (1000, 4000)


def test_a_passage_opened_on_a_year_dates_its_bare_days_in_that_year() -> None:
    events = events_of(
        "North Korea fired a Nodong missile on Monday, its first in six years.\n\n"
        "2016: The Nodong Goes Operational\n\n"
        "In 2016, a year of more than 20 ballistic missile launches, the Nodong's role shifted. "
        "On August 3, a Nodong was fired from Unnyul and flew about 1,000 kilometers. Then, on "
        "the 5th of September, three missiles fired from Hwangju flew about 1,000 kilometers.",
        "2023-05-29T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2023-05-29"),
        ("background", "2016-08-03"),
        ("background", "2016-09-05"),
    ]


def test_a_nuclear_weapons_test_is_no_launch() -> None:
    events = events_of(
        "North Korea's claim yesterday that it had carried out its first-ever nuclear weapons "
        "test drew a chorus of condemnation across the world.",
        "2006-10-10T00:30:00+06:00",
    )
    assert events == []


def test_a_clock_of_a_city_the_zone_table_lacks_is_read_in_its_iana_zone() -> None:
    event = primary_of(
        "North Korea test-fired a new solid-fuel ICBM on Thursday. South Korea's Joint Chiefs "
        "of Staff said the missile was launched at 7:23 a.m. on Thursday (1:23 a.m. Saudi time) "
        "from near Pyongyang.",
        "2023-04-14T11:20:00+03:00",
    )
    assert (event.date, event.time_kst) == ("2023-04-13", "07:23")


def test_a_clock_of_the_storys_zone_not_yet_come_when_it_was_published_was_yesterday() -> None:
    events = events_of(
        "SEOUL: North Korea launched a long-range rocket over Japan yesterday. The three-stage "
        "Unha-2 rocket lifted off from the Musudan-ri launch site at 12.30pm eastern Australian "
        "time, South Korean officials said.",
        "2009-04-06T00:05:00+10:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2009-04-05", "11:30")]


def test_the_first_was_fired_at_a_clock_is_the_launch_told() -> None:
    event = primary_of(
        "North Korea fired two medium-range Rodong ballistic missiles early on Wednesday. The "
        "first was fired at 11.05 p.m. IST on Tuesday and the second seven minutes later.",
        "2014-03-26T21:10:00+05:30",
    )
    assert (event.date, event.time_kst) == ("2014-03-26", "02:35")


def test_a_bracketed_date_after_the_day_something_was_said_is_that_day_again() -> None:
    events = events_of(
        "SEOUL: North Korea said on Tuesday (Jan 7) it had successfully tested a new hypersonic "
        "missile. South Korea's Joint Chiefs of Staff said the missile was fired at about noon "
        "on Monday from the Pyongyang area and flew about 1,100km.",
        "2025-01-07T13:45:00+08:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2025-01-06", "12:00")]


def test_the_day_officials_suggested_something_is_not_a_launch_day() -> None:
    events = events_of(
        "South Korea's Joint Chiefs of Staff said the North fired an intermediate-range "
        "ballistic missile from the Pyongyang area at around noon on Monday. South Korean "
        "officials suggested on Tuesday that the North had exaggerated the missile's "
        "performance.",
        "2025-01-07T18:20:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2025-01-06")]


def test_a_clock_on_a_date_in_washington_is_read_in_washingtons_zone() -> None:
    event = primary_of(
        "It was 8:40 p.m. on July 3 in Washington, and many Americans were on a long holiday "
        "weekend, when North Korea launched the missile it now calls the Hwasong-14.",
        "2017-07-06T08:15:00-04:00",
    )
    assert (event.date, event.time_kst) == ("2017-07-04", "09:40")


def test_a_north_korean_missiles_name_says_whose_launch_it_is_in_a_story_of_japan() -> None:
    events = events_of(
        "North Korea fired a ballistic missile over Japan on Tuesday. In a drill last year, "
        "Japan's destroyers test-fired SM-3 interceptors off Hawaii. Japanese people remember "
        "the first such shock. On Aug. 31, 1998, a Taepodong-1 rocket flew over the Tohoku "
        "region and into the Pacific.",
        "2022-10-05T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-10-04"),
        ("background", "1998-08-31"),
    ]


def test_missiles_defenses_are_designed_for_are_not_the_ones_fired() -> None:
    event = primary_of(
        "North Korea fired two projectiles from a super-large multiple rocket launcher on "
        "Thursday. Together, these systems could overwhelm missile defenses designed for a "
        "small number of older Scud-type missiles.",
        "2019-11-01T12:00:00+09:00",
    )
    assert event.missile_types == []


def test_then_came_a_year_dates_that_year_and_the_days_of_its_paragraph() -> None:
    events = events_of(
        "North Korea fired a ballistic missile over Japan on Tuesday.\n\n"
        "Then came 2017. On Aug. 29 that year, a Hwasong-12 launched from near Pyongyang "
        "crossed Hokkaido. On Sept. 15, another followed a similar path and flew about 3,700 "
        "km.\n\n"
        "On March 24, the North fired an ICBM from the Sunan area.",
        "2022-10-05T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events][:3] == [
        ("primary", "2022-10-04"),
        ("background", "2017-08-29"),
        ("background", "2017-09-15"),
    ]
    assert ("background", "2022-03-24") in [(e.role, e.date) for e in events]  # its paragraph's


def test_a_span_from_a_launch_until_this_week_opens_on_an_earlier_launch() -> None:
    events = events_of(
        "From November 29, 2017, when the Hwasong-15 flew for the first and only time, until "
        "this week, Pyongyang did not launch an ICBM. That ended on Thursday, when North Korea "
        "launched a large ballistic missile from Sunan. On Friday, KCNA identified the missile "
        "as the Hwasong-17.",
        "2022-03-25T12:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2022-03-24", ["Hwasong-17"]),
        ("background", "2017-11-29", ["Hwasong-15"]),
    ]


def test_the_naming_on_a_date_of_the_storys_week_names_its_launch() -> None:
    event = primary_of(
        "North Korea fired a long-range ballistic missile on Thursday, April 13. On April 14, "
        "the Korean Central News Agency identified the missile as the Hwasong-18.",
        "2023-04-15T12:00:00+09:00",
    )
    assert event.missile_types == ["Hwasong-18"]


def test_a_series_spoken_of_is_not_the_missile_fired() -> None:
    event = primary_of(
        "North Korea fired a new solid-fuel ICBM on Thursday. Casting large motors is hard, "
        "and the North has moved from small solid motors in the Pukguksong series to large "
        "ones in a few years.",
        "2023-04-14T12:00:00+09:00",
    )
    assert event.missile_types == []


def test_a_missiles_second_flight_lasted_is_a_launch_of_its_own() -> None:
    events = events_of(
        "North Korea launched an ICBM on Thursday. The Hwasong-18 was tested three times in "
        "2023. Its first, on 13 April 2023, produced little data. Its second, on 12 July "
        "2023, lasted about 74 minutes.",
        "2024-11-01T12:00:00+09:00",
    )
    assert ("background", "2023-07-12") in [(e.role, e.date) for e in events]


def test_a_missile_the_launched_one_is_measured_against_is_not_fired() -> None:
    event = primary_of(
        "North Korea launched a new ICBM on Thursday, and KCNA named it the Hwasong-19. The "
        "Hwasong-19 adds about 1,000 km of altitude to the Hwasong-18.",
        "2024-11-01T12:00:00+09:00",
    )
    assert event.missile_types == ["Hwasong-19"]


def test_missiles_that_had_already_shown_something_are_not_the_ones_fired() -> None:
    event = primary_of(
        "North Korea launched a new ICBM on Thursday, which KCNA named the Hwasong-19. But "
        "range was not the question: the Hwasong-17 and Hwasong-18 had already shown that "
        "the North can reach the whole of the US.",
        "2024-11-01T12:00:00+09:00",
    )
    assert event.missile_types == ["Hwasong-19"]


def test_attempts_of_a_year_that_succeeded_or_failed_are_launches() -> None:
    events = events_of(
        "North Korea fired a new solid-fuel missile on Sunday. Of eight attempts in 2016, only "
        "one, in June, came close to a full success; two more failures followed in October.",
        "2017-02-15T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events][1:] == [
        ("background", "2016"),
        ("background", "2016-06"),
        ("background", "2016-10"),
    ]


def test_missiles_set_against_or_spanned_are_not_the_ones_fired() -> None:
    event = primary_of(
        "North Korea fired a Pukguksong-2 on Sunday. Nearly all of its operational missiles, "
        "from the Scud to the Rodong to the troubled Musudan, burn liquid fuels. Compare this "
        "with the Musudan, the liquid-fueled missile Pyongyang worked on last year.",
        "2017-02-15T12:00:00+09:00",
    )
    assert event.missile_types == ["Pukguksong-2"]


def test_a_missile_only_talked_about_is_not_the_one_fired() -> None:
    event = primary_of(
        "North Korea fired a Pukguksong-2 on Sunday. The Musudan consumed resources and "
        "produced headlines of embarrassment. It is hard not to conclude that the Musudan may "
        "be quietly shelved.",
        "2017-02-15T12:00:00+09:00",
    )
    assert event.missile_types == ["Pukguksong-2"]


def test_the_name_officials_describe_the_rocket_by_is_its_type() -> None:
    event = primary_of(
        "North Korea launched an Unha-2 rocket on Sunday. NORAD describes the rocket as a "
        "Taepodong-2 missile.",
        "2009-04-05T12:00:00+09:00",
    )
    assert event.missile_types == ["Unha-2", "Taepodong-2"]


def test_an_attempt_named_by_its_year_is_an_earlier_launch_of_that_year() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. South Korean officials said the "
        "rocket flew about 3,200 km, well beyond the 1998 attempt.",
        "2009-04-06T12:00:00+09:00",
    )
    assert [(e.role, e.date, e.distance_km) for e in events] == [
        ("primary", "2009-04-05", 3200),
        ("background", "1998", None),
    ]


def test_a_missile_that_could_reach_somewhere_is_not_fired() -> None:
    assert (
        events_of(
            "The state resumed monthly tests of its sirens in December, and officials have told "
            "residents that a missile fired from North Korea could reach the islands in about 20 "
            "minutes.",
            "2018-01-13T12:00:00-10:00",
        )
        == []
    )


def test_a_missile_tracked_from_the_moment_it_lifts_off_is_no_launch() -> None:
    assert (
        events_of(
            "The three countries said they would begin sharing warning data on North Korean "
            "missile launches, so that radars can track a missile from the moment it lifts off to "
            "the moment it falls into the sea.",
            "2023-08-18T12:00:00-04:00",
        )
        == []
    )


def test_missiles_of_a_kind_including_those_launched_from_somewhere_are_no_launch() -> None:
    assert (
        events_of(
            "President Trump on Tuesday announced a missile defense shield he said would protect "
            "the United States from attacks by ballistic, hypersonic and cruise missiles, "
            "including those launched from space.",
            "2025-05-20T18:00:00-04:00",
        )
        == []
    )


def test_a_launch_defying_a_country_is_the_norths() -> None:
    event = primary_of(
        "North Korea defied the United States and its neighbors on Sunday, launching a "
        "long-range rocket that flew over Japan.",
        "2009-04-05T18:00:00+09:00",
    )
    assert event.date == "2009-04-05"


def test_the_evening_of_a_day_in_washington_is_the_next_day_in_korea() -> None:
    for text in (
        "North Korea launched a long-range rocket late Saturday Eastern time.",
        "North Korea launched a long-range rocket Saturday night in Washington.",
    ):
        assert primary_of(text, "2009-04-05T02:15:00-04:00").date == "2009-04-05"
    morning = "North Korea launched a long-range rocket on Saturday morning, Eastern time."
    assert primary_of(morning, "2009-04-05T02:15:00-04:00").date == "2009-04-04"


def test_the_day_of_a_condemnation_or_a_meeting_is_no_launch_day() -> None:
    events = events_of(
        "North Korea fired a ballistic missile over Japan early Tuesday local time, drawing "
        "swift condemnation from the White House late Monday. The launch followed a meeting "
        "in Washington on Friday of the Nuclear Consultative Group.",
        "2022-10-03T22:15:00-04:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-10-04")]


def test_a_dated_agreement_after_a_is_no_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Friday. The administration had warned "
        "that a launch would scuttle a Feb. 29 agreement on food aid.",
        "2012-04-13T12:00:00+09:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-04-13")]


def test_an_afternoon_in_washington_is_the_next_day_in_korea_a_morning_in_london_is_not() -> None:
    event = primary_of(
        "North Korea broke a 75-day pause in missile testing Tuesday afternoon Washington "
        "time, launching a new intercontinental ballistic missile.",
        "2017-11-28T23:45:00-05:00",
    )
    assert event.date == "2017-11-29"
    london = primary_of(
        "North Korea launched a missile on Tuesday morning, London time.",
        "2017-11-28T23:45:00+00:00",
    )
    assert london.date == "2017-11-28"


def test_the_missile_it_did_fire_on_a_day_is_launched_that_day() -> None:
    events = events_of(
        "North Korea's first test of 2017 was not the ICBM Kim had promised. But the missile "
        "it did fire on Sunday may prove just as consequential. On Monday, state media "
        "identified the missile as the Pukguksong-2 and published photographs of Kim watching "
        "the launch.",
        "2017-02-14",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2017-02-12", ["Pukguksong-2"])
    ]


def test_the_day_the_military_reported_the_north_had_fired_is_the_launch_day() -> None:
    event = primary_of(
        "North Korea opened 2025 with a missile it says is hypersonic. On Monday, South "
        "Korea's Joint Chiefs of Staff (JCS) reported that the North had fired an "
        "intermediate-range ballistic missile from the Pyongyang area.",
        "2025-01-07",
    )
    assert event.date == "2025-01-06"


def test_a_threat_dated_before_its_infinitive_is_not_a_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Tuesday. Pyongyang had threatened in "
        "August to fire missiles into the waters around Guam.",
        "2022-10-04",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-10-04")]


def test_a_timeline_entry_of_a_successful_flight_or_an_overflight_is_a_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Tuesday. It reached an altitude of "
        "about 970km.\n\nHow has it been tested before?\n\n"
        "- 14 May 2017: The first successful flight. Fired on a steep trajectory, it reached "
        "an altitude of 2,111km.\n"
        "- 15 September 2017: A second overflight of Hokkaido, flying about 3,700km.",
        "2022-10-04",
    )
    assert [(e.role, e.date, e.apogee_km) for e in events] == [
        ("primary", "2022-10-04", 970),
        ("background", "2017-05-14", 2111),
        ("background", "2017-09-15", None),
    ]


def test_after_a_parade_a_launch_told_again_lets_the_tests_that_follow_be_launches() -> None:
    events = events_of(
        "North Korea test-fired a Hwasong-18 on Monday, South Korea said. The Hwasong-18 was "
        "first displayed publicly at a military parade in Pyongyang in February. Monday's "
        "launch was the third flight of the Hwasong-18. The first took place on April 13. On "
        "July 12, the second test flew for 74 minutes.",
        "2023-12-18",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2023-12-18"),
        ("background", "2023-04-13"),
        ("background", "2023-07-12"),
    ]


def test_earlier_missiles_including_named_ones_are_not_what_was_fired() -> None:
    event = primary_of(
        "North Korea test-fired a solid-fuel Hwasong-18 on Monday. Most of North Korea's "
        "earlier ICBMs, including the Hwasong-15 and the huge Hwasong-17, burn liquid "
        "propellants that must be loaded just before launch.",
        "2023-12-18",
    )
    assert event.missile_types == ["Hwasong-18"]
    salvo = primary_of(
        "North Korea fired three missiles on Monday, including a KN-23.", "2023-12-18"
    )
    assert salvo.missile_types == ["KN-23"]


def test_a_fronted_likeness_names_other_missiles() -> None:
    event = primary_of(
        "North Korea fired a new solid-fuel intermediate-range missile on Monday. Like the "
        "Hwasong-18 and Hwasong-19 ICBMs, the new missile can be kept ready to fire from a "
        "mobile launcher for long periods.",
        "2025-01-06",
    )
    assert event.missile_types == []


def test_one_of_seven_missiles_and_a_seventh_that_followed_make_seven() -> None:
    set_of = primary_of(
        "North Korea has test-fired a long-range Taepodong-2 missile, one of seven missiles "
        "it launched on Wednesday.",
        "2006-07-05",
    )
    assert (set_of.count_min, set_of.count_max) == (7, 7)
    followed = primary_of(
        "North Korea fired missiles on Wednesday. Six were launched in the space of a few "
        "hours on Wednesday morning, and a seventh followed in the late afternoon.",
        "2006-07-05",
    )
    assert (followed.count_min, followed.count_max) == (7, 7)


def test_a_story_of_an_alert_sent_by_mistake_has_no_launch() -> None:
    events = events_of(
        "Public broadcaster NHK apologized Tuesday night after mistakenly sending out a news "
        "alert saying North Korea had apparently launched a missile and urging people to take "
        "shelter. NHK corrected the report within about five minutes.",
        "2018-01-17",
    )
    assert events == []


def test_a_launch_ordered_to_be_done_has_not_happened() -> None:
    events = events_of(
        "Defense Minister Yasukazu Hamada on April 22 ordered the SDF to prepare to intercept "
        "debris. Kim Jong Un said this week that the satellite had been completed and ordered "
        "that it be launched as planned.",
        "2023-04-22",
    )
    assert events == []


def test_a_wires_update_note_is_not_the_lead() -> None:
    events = events_of(
        "UPDATED 6:30 p.m. with closing of launch window for the day\n\n"
        "The government on Saturday erroneously announced that North Korea had launched a "
        "rocket, only to retract the report about five minutes later.\n\n"
        'At 12:16 p.m., the Defense Ministry relayed word that a projectile "appears to have '
        'been launched" from North Korea.',
        "2009-04-04T18:30:00+09:00",
    )
    assert events == []


def test_no_launch_by_the_close_of_a_window_is_no_launch() -> None:
    events = events_of(
        "Japan's Defense Ministry said at 12:16 p.m. that a projectile appeared to have been "
        "launched from North Korea. No launch took place by 4 p.m., when the window closed for "
        "the day, the government said.",
        "2009-04-04T18:30:00+09:00",
    )
    assert events == []


def test_an_update_notes_day_is_not_the_launch_day() -> None:
    events = events_of(
        "[Updated April 14] North Korean state media said on Friday the country test-launched "
        "a new solid-fuel ICBM, the Hwasong-18, on Thursday.\n\n"
        "Our original report from Thursday follows.\n\n"
        "North Korea has launched a ballistic missile toward the Sea of Japan. South Korea's "
        "Joint Chiefs of Staff said the missile was launched at around 7:23 a.m.",
        "2023-04-13T11:20:00+09:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2023-04-13", "07:23")]


def test_an_update_headed_by_its_day_tells_of_the_storys_launch() -> None:
    events = events_of(
        "North Korea fired a ballistic missile early Tuesday that flew over Hokkaido.\n\n"
        "UPDATE (Wednesday): North Korea's Korean Central News Agency said Wednesday that "
        "leader Kim Jong Un had overseen the launch of a Hwasong-12 intermediate-range "
        "ballistic missile.",
        "2017-08-29",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2017-08-29", ["Hwasong-12"])
    ]


def test_a_day_named_in_a_sentence_set_in_washington_is_washingtons() -> None:
    events = events_of(
        "North Korea test-fired seven missiles on Wednesday, including a long-range "
        "Taepodong-2. In Washington it was still 4 July, Independence Day, when the first "
        "missiles were fired.",
        "2006-07-05",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2006-07-05")]


def test_a_time_to_come_beside_a_launch_told_leaves_the_launch_the_storys() -> None:
    event = primary_of(
        "At around 3:50 a.m. today, North Korea launched a ballistic missile which it calls a "
        '"satellite." We are aware that the Korean Central News Agency has reported that the '
        "launch of the Chollima-1 rocket from the Sohae Satellite Launching Ground failed, and "
        "that it intends to make a third attempt in October.",
        "2023-08-24T10:00:00+09:00",
    )
    assert (event.site, event.missile_types) == ("Tongchang-ri", ["Chollima-1"])


def test_a_missile_that_may_have_been_of_a_class_is_of_that_class() -> None:
    event = primary_of(
        "North Korea launched a ballistic missile on Thursday. Japan's Defense Ministry says "
        "the missile may have been of ICBM class.",
        "2023-04-13",
    )
    assert event.missile_class == "ICBM"


def test_allies_sharing_information_on_the_launch_do_not_make_it_theirs() -> None:
    event = primary_of(
        "North Korea fired an intermediate-range ballistic missile on Monday. The JCS said the "
        "U.S., Japan and South Korea were sharing information on the launch.\n\nJapan's Defense "
        "Ministry said the missile reached a maximum altitude of about 100 km.",
        "2025-01-06",
    )
    assert event.apogee_km == 100


def test_longer_than_any_previous_launch_is_a_measure_not_a_launch_told() -> None:
    event = primary_of(
        "North Korea test-fired an ICBM on Thursday. Japan's defense minister said the missile "
        "flew for 86 minutes, longer than any previous North Korean launch, and reached a "
        "maximum altitude of more than 7,000 kilometers.",
        "2024-10-31",
    )
    assert event.apogee_km == 7000


def test_allies_meeting_to_discuss_the_launch_leave_the_story_the_norths() -> None:
    events = events_of(
        "North Korea fired an ICBM on Friday that fell inside Japan's exclusive economic zone. "
        "U.S. Vice President Kamala Harris convened an emergency meeting in Bangkok with the "
        "leaders of Japan, South Korea, Australia, Canada and New Zealand to discuss the "
        "launch. It was the second time this "
        "year that a North Korean ICBM has fallen within Japan's EEZ. In March, an ICBM came "
        "down in the Sea of Japan west of Hokkaido's Oshima Peninsula.",
        "2022-11-18",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-11-18"),
        ("background", "2022-03"),
    ]


def test_a_rocket_that_another_country_put_a_satellite_up_on_is_theirs() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. US President Barack Obama, "
        "speaking in Prague hours after the launch, said North Korea had broken the rules. The "
        "launch comes two months after Iran put its first home-built satellite, Omid, into "
        "orbit aboard its Safir rocket in February.",
        "2009-04-05",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_missile_tests_dated_beside_a_nuclear_test_are_launches() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. The launch was the North's first since Sept. "
        "15, when it fired an intermediate-range missile over northern Japan. It had conducted "
        "two ICBM tests in July, and its sixth and most powerful nuclear test on Sept. 3.",
        "2017-11-29",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-11-29"),
        ("background", "2017-09-15"),
        ("background", "2017-07"),
    ]


def test_a_rocket_launch_the_month_after_a_nuclear_test_is_a_launch() -> None:
    events = events_of(
        "North Korea test-fired two Musudan missiles on Wednesday. Pyongyang has been hit by "
        "tougher UN sanctions since its fourth nuclear test in January and a long-range rocket "
        "launch the following month.",
        "2016-06-22",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-02"),
    ]


def test_a_day_closes_the_clause_of_the_verb_before_it() -> None:
    events = events_of(
        "North Korea fired two Rodong missiles on Wednesday. The North fired two short-range "
        "Scud missiles into the sea on March 3 and has launched dozens of shorter-range rockets "
        "in recent weeks.",
        "2014-03-26",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2014-03-26", ["Rodong"]),
        ("background", "2014-03-03", ["Scud"]),
    ]


def test_two_presumed_missiles_are_two() -> None:
    event = primary_of(
        "North Korea fired two presumed short-range ballistic missiles into the East Sea early "
        "Tuesday.",
        "2019-08-06",
    )
    assert (event.count_min, event.count_max) == (2, 2)


def test_a_clock_converted_to_seoul_time_is_the_converted_one() -> None:
    event = primary_of(
        "North Korea launched a long-range rocket on Sunday. The announcer said the launch took "
        "place at 9 a.m., which corresponds to 9:30 a.m. Seoul time because the North uses its "
        'own "Pyongyang time."',
        "2016-02-07",
    )
    assert event.time_kst == "09:30"


def test_a_class_sharing_an_engine_with_the_launched_missile_is_another_missile() -> None:
    event = primary_of(
        "North Korea fired an intermediate-range Hwasong-12 over Japan on Tuesday. It uses the "
        "same high-thrust engine as North Korea's first ICBM, the Hwasong-14.",
        "2022-10-04",
    )
    assert event.missile_class == "IRBM"


def test_a_range_that_could_exceed_a_figure_is_not_the_distance_flown() -> None:
    event = primary_of(
        "North Korea fired an ICBM on Friday. Japan's defence minister said the missile had a "
        "range that could exceed 15,000km.",
        "2022-11-18",
    )
    assert event.distance_km is None


def test_the_class_of_what_a_missile_is_based_on_is_not_its_class() -> None:
    event = primary_of(
        "North Korea fired two suspected Musudan intermediate-range ballistic missiles on "
        "Wednesday.\n\n* A road-mobile, single-stage missile using liquid fuel, believed to be "
        "based on the Soviet-era R-27 submarine-launched missile.",
        "2016-06-22",
    )
    assert event.missile_class == "IRBM"


def test_a_missile_fronted_by_as_with_is_another_one() -> None:
    event = primary_of(
        "North Korea fired a Hwasong-15 on Wednesday. As with the Hwasong-14, the test did not "
        "show that a warhead could survive re-entry.",
        "2017-11-29",
    )
    assert event.missile_types == ["Hwasong-15"]


def test_a_list_items_heading_names_the_launch_it_dates() -> None:
    events = events_of(
        "North Korea fired a Hwasong-15 ICBM on Wednesday.\n\nHow it compares\n\n"
        "- Hwasong-14, first test: fired July 4 from Panghyon.",
        "2017-11-29",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2017-11-29", ["Hwasong-15"]),
        ("background", "2017-07-04", ["Hwasong-14"]),
    ]


def test_what_another_country_calls_the_missile_is_its_other_name() -> None:
    event = primary_of(
        "North Korea test-fired a Hwasong-14 late Friday.\n\nThe Hwasong-14, which U.S. "
        "officials designate KN-20, is a two-stage, liquid-fueled missile carried on a "
        "road-mobile launcher.",
        "2017-07-28",
    )
    assert event.missile_types == ["Hwasong-14", "KN-20"]


def test_the_missiles_apart_from_the_named_one_are_the_rest_of_the_salvo() -> None:
    event = primary_of(
        "North Korea fired seven missiles on Wednesday, including a Taepodong-2. Apart from the "
        "Taepodong-2, the missiles are thought to have been shorter-range Scud and Rodong types.",
        "2006-07-05",
    )
    assert event.missile_types == ["Taepodong-2", "Scud", "Rodong"]


def test_a_missile_fired_in_a_clause_explaining_an_earlier_date_is_that_launchs() -> None:
    event = primary_of(
        "Early on Wednesday, North Korea fired two medium-range ballistic missiles. The Nodong "
        "was first flight-tested in May 1993, when a missile was fired into the Sea of Japan.",
        "2014-03-26",
    )
    assert (event.count_min, event.count_max) == (2, 2)


def test_a_weekday_after_by_is_a_deadline_not_a_launch_day() -> None:
    events = events_of(
        "Early on Wednesday, North Korea fired two medium-range ballistic missiles. North "
        "Korea's state media had not commented on the launches by Thursday morning.",
        "2014-03-27",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2014-03-26")]


def test_it_was_fired_goes_on_with_the_launch_just_told() -> None:
    event = primary_of(
        "North Korea launched a long-range rocket Sunday from Musudan-ri.\n\nIn July 2006, the "
        "first Taepodong-2 launched from the pad exploded about 40 seconds after liftoff. It was "
        "fired along with six shorter-range missiles.",
        "2009-04-05",
    )
    assert (event.count_min, event.count_max) == (1, 1)


def test_the_days_test_took_place_beside_an_artillery_order_is_the_launchs_day() -> None:
    event = primary_of(
        "Kim Jong-un has supervised another test-fire of a super-large multiple rocket launcher, "
        "KCNA reported on Friday. Thursday's test took place a few days after Kim visited a "
        "frontline island, where he ordered coastal artillery to fire.",
        "2019-11-29",
    )
    assert event.date == "2019-11-28"


def test_the_military_said_on_a_day_that_the_north_had_fired_dates_the_launch() -> None:
    event = primary_of(
        "Kim Jong-un has supervised another test-fire of a super-large multiple rocket launcher, "
        "KCNA reported on Friday. South Korea's Joint Chiefs of Staff said on Thursday that the "
        "North had fired two projectiles at 4:59pm local time from Yonpo.",
        "2019-11-29",
    )
    assert (event.date, event.time_kst) == ("2019-11-28", "16:59")


def test_earlier_tests_took_place_on_days_are_launches_of_those_told() -> None:
    events = events_of(
        "North Korea fired two projectiles from a super-large rocket launcher on Thursday. "
        "Earlier tests took place on 24 August and on 10 September.",
        "2019-11-29",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-11-28"),
        ("background", "2019-08-24"),
        ("background", "2019-09-10"),
    ]


def test_a_day_after_prompting_is_the_day_of_what_the_launch_led_to() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. The North launched a long-range "
        "rocket in February, prompting the Security Council to adopt its toughest sanctions "
        "resolution to date in March.",
        "2016-06-23",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-02"),
    ]


def test_an_attribution_ends_at_a_spaced_dash_before_the_days_it_lists() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. Pyongyang had tried and failed to "
        "launch the missile four times since April, according to the ROK military - on April "
        "15, twice on April 28 and on May 31.",
        "2016-06-23",
    )
    assert [e.date for e in events] == ["2016-06-22", "2016-04-15", "2016-04-28", "2016-05-31"]


def test_the_second_such_overflight_that_year_is_a_tally_not_a_launch() -> None:
    events = events_of(
        "North Korea fired a missile over Japan on Tuesday. The last time a missile flew over "
        "Japan was in September 2017, the second such overflight that year after one in August.",
        "2022-10-04",
    )
    assert [e.date for e in events] == ["2022-10-04", "2017-09", "2017-08"]


def test_the_class_of_the_rest_of_a_salvo_is_not_the_events() -> None:
    event = primary_of(
        "North Korea test-fired seven missiles into the Sea of Japan on Wednesday, among them a "
        "long-range Taepodong-2. The others were believed to be short- and medium-range "
        "missiles of the Scud and Rodong types.",
        "2006-07-05",
    )
    assert (event.missile_class, event.missile_types) == ("ICBM", ["Taepodong-2", "Scud", "Rodong"])


def test_the_first_of_them_at_a_clock_after_an_attribution_is_a_launch_time() -> None:
    event = primary_of(
        "North Korea fired six missiles into the Sea of Japan, Japan's government said, the "
        "first of them at about 3:32 a.m. (1832 GMT on Tuesday), hours before trading opened "
        "in Tokyo. The Taepodong-2 was launched shortly before 5 a.m.",
        "2006-07-05",
    )
    assert event.time_kst == "03:32"


def test_a_launch_announced_in_what_was_then_called_a_drill_is_no_launch() -> None:
    assert not events_of(
        "On Saturday morning, the loudspeakers in our town crackled into life with a recorded "
        'announcement: "Missile launch. A missile appears to have been launched from North '
        'Korea." It was, of course, a drill, organized by the prefecture.',
        "2026-03-10",
    )


def test_a_drill_that_was_a_launchs_purpose_leaves_the_launch() -> None:
    event = primary_of(
        "North Korea fired two short-range ballistic missiles on Tuesday. It was a drill to "
        "verify the reliability of the launchers, state media said.",
        "2024-03-19",
    )
    assert event.date == "2024-03-19"


def test_a_missile_that_rose_from_a_place_was_launched_there() -> None:
    event = primary_of(
        "That hope ended at 3.17am local time on Wednesday, when a new and larger "
        "intercontinental ballistic missile rose from Pyongsong, north of the capital. Pyongyang "
        "calls it the Hwasong-15.",
        "2017-11-29",
    )
    assert (event.time_kst, event.site, event.missile_class, event.missile_types) == (
        "03:17",
        "Pyongsong",
        "ICBM",
        ["Hwasong-15"],
    )


def test_tensions_that_rose_from_a_level_are_no_launch() -> None:
    assert not events_of(
        "Tensions rose from a low simmer on Wednesday after Pyongyang's statement on missiles.",
        "2017-11-29",
    )


WASHINGTON_STORY = (
    "By Daniel R. Whitfield\n\nDaniel R. Whitfield was a State Department official from 2009 "
    "to 2015.\n\nOn Saturday night, as the two leaders were finishing dinner at Mar-a-Lago, "
    "aides began to pass around word that North Korea had fired a ballistic missile.\n\nThe "
    "missile lifted off at 7:55 a.m. Sunday, Korea time, from Banghyon. North Korean state "
    "media called it the Pukguksong-2.\n\nThe Pukguksong-2 appears to be a land-based version "
    "of the submarine-launched missile the North fired last August.\n\nSaturday's launch was "
    "a test of the new administration."
)


def test_a_washington_storys_saturday_night_is_koreas_sunday() -> None:
    events = events_of(WASHINGTON_STORY, "2017-02-13T17:40:00-05:00")
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2017-02-12", ["Pukguksong-2"]),
        ("background", "2016-08", ["Pukguksong-2"]),
    ]


def test_a_seoul_storys_saturday_night_is_saturday() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Saturday night from Banghyon.",
        "2017-02-13T09:00:00+09:00",
    )
    assert [e.date for e in events] == ["2017-02-11"]


def test_the_day_after_a_launch_clock_dates_the_launch_not_the_condemnation() -> None:
    event = primary_of(
        "Washington (AFP) - The United States on Tuesday condemned North Korea's latest "
        "test-firing of two powerful mid-range missiles.\n\nThe US Pacific Command said that it "
        'had "detected and tracked" two presumed Musudan missile launches from near Wonsan, at '
        "5:58 am and 8:05 am Korea time on Wednesday.",
        "2016-06-21T21:15:00-04:00",
    )
    assert (event.date, event.time_kst) == ("2016-06-22", "05:58")


def test_a_clock_before_an_aside_is_the_time_of_the_main_clauses_launch() -> None:
    event = primary_of(
        "At 2:35 a.m. Wednesday, just as the three leaders were wrapping up their first "
        "trilateral meeting on the sidelines of the summit, the North fired a Rodong "
        "medium-range ballistic missile from Sukchon.",
        "2014-03-27",
    )
    assert (event.date, event.time_kst) == ("2014-03-26", "02:35")


def test_noon_before_an_aside_is_the_launch_time() -> None:
    event = primary_of(
        "At about noon on Monday, as US Secretary of State Antony Blinken was in Seoul for "
        "talks with Foreign Minister Cho Tae-yul, the North fired an intermediate-range "
        "ballistic missile from the Pyongyang area toward the East Sea.",
        "2025-01-07",
    )
    assert (event.date, event.time_kst) == ("2025-01-06", "12:00")


def test_a_clock_before_an_aside_whose_main_clause_is_a_statement_is_no_launch_time() -> None:
    event = primary_of(
        "At 9 a.m. Monday, as the summit opened, Japan's defence ministry said North Korea had "
        "fired a ballistic missile from Sinpo.",
        "2014-03-27",
    )
    assert event.time_kst is None


def test_the_missile_that_left_the_launcher_at_a_time_was_launched_then() -> None:
    event = primary_of(
        "North Korea fired two short-range ballistic missiles from Hamju into the East Sea on "
        "Thursday. Whichever figure is right, they breached UN resolutions.\n\nSouth Korea's "
        "Joint Chiefs of Staff said the first left the launcher at 7.06am and the second at "
        "7.25am, and that both flew about 450km.",
        "2021-03-27",
    )
    assert (event.date, event.time_kst) == ("2021-03-25", "07:06")


def test_a_later_month_under_a_future_verb_is_to_come_not_last_year() -> None:
    events = events_of(
        "Just two days after Seoul announced that it would let its intelligence pact with "
        "Tokyo expire in November, Pyongyang fired two projectiles into the Sea of Japan on "
        "Saturday.",
        "2019-08-27",
    )
    assert [(e.role, e.date, e.count_min) for e in events] == [("primary", "2019-08-24", 2)]


def test_a_later_month_the_narrative_went_on_to_is_last_year() -> None:
    events = events_of(
        "North Korea fired a missile on Saturday. It would go on to fire the Hwasong-15 ICBM "
        "in November.",
        "2018-03-05",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2018-03-03"),
        ("background", "2017-11"),
    ]


def test_what_appeared_to_be_a_missile_tested_beside_drills_is_a_launch() -> None:
    events = events_of(
        "North Korea fired two projectiles on Saturday. On July 25 it tested what appeared to "
        "be a new short-range ballistic missile, and it has kept up a steady pace since, "
        "timing many launches to protest joint U.S.-South Korean exercises.",
        "2019-08-27",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-08-24"),
        ("background", "2019-07-25"),
    ]


def test_a_month_of_the_next_clauses_own_deed_is_no_launch() -> None:
    events = events_of(
        "North Korea fired an intermediate-range missile over Japan on Tuesday. The North has "
        "conducted an unprecedented number of missile launches this year, and in September "
        "it enacted a law allowing the pre-emptive use of nuclear weapons.",
        "2022-10-05",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-10-04")]


def test_a_month_of_the_next_clauses_launch_is_a_launch() -> None:
    events = events_of(
        "North Korea fired an intermediate-range missile over Japan on Tuesday. It fired a "
        "volley of missiles in 2016, and in October it launched an ICBM.",
        "2022-11-05",
    )
    assert ("background", "2022-10") in [(e.role, e.date) for e in events]


def test_as_did_another_on_a_day_is_one_more_launch() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. Two more attempts on April 28 "
        "failed, as did another on May 31 that blew up on the launch pad.",
        "2016-06-24",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-28"),
        ("background", "2016-05-31"),
    ]


def test_a_clause_opened_by_in_a_month_owns_the_missile_after_it_not_before() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. In July it carried out two tests of the "
        "Hwasong-14 intercontinental missile, and in August it fired an intermediate-range "
        "missile over Hokkaido.",
        "2017-11-29",
    )
    assert [(e.date, e.missile_types, e.missile_class) for e in events[1:]] == [
        ("2017-07", ["Hwasong-14"], "ICBM"),
        ("2017-08", [], "IRBM"),
    ]


def test_a_dated_overflight_beside_a_nuclear_test_is_a_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. It repeated the overflight on September 15, "
        "less than two weeks after its sixth and largest nuclear test.",
        "2017-11-29",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-11-29"),
        ("background", "2017-09-15"),
    ]


def test_the_attempt_to_fire_a_missile_is_dated_past_its_object() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. Its previous attempt to fire a "
        "long-range Taepodong-2, in July 2006, ended in failure about 40 seconds after "
        "lift-off.",
        "2009-04-05",
    )
    assert [(e.role, e.date, e.missile_types) for e in events][1:] == [
        ("background", "2006-07", ["Taepodong-2"])
    ]


def test_a_nuclear_tests_day_after_before_the_overflight_is_no_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. Two and a half weeks before the Hokkaido "
        "overflight, on Sept. 3, the North conducted its sixth and most powerful nuclear test.",
        "2017-11-29",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-11-29")]


def test_a_series_the_launch_follows_far_before_its_day_is_not_the_launchs_count() -> None:
    events = events_of(
        "North Korea launched a ballistic missile over Japan on Tuesday. The launch follows a "
        "series of short-range missile tests in recent days, including two short-range "
        "ballistic missiles fired on Saturday, as the allies held drills.",
        "2022-10-04",
    )
    assert [(e.date, e.count_min, e.count_max) for e in events] == [
        ("2022-10-04", 1, 1),
        ("2022-10-01", 2, 2),
    ]


def test_a_clock_right_before_its_day_is_that_days_launch_time() -> None:
    event = primary_of(
        "Press Release\n\n1. The Minister of Foreign Affairs held talks with the U.S. "
        "Secretary of State in Seoul on January 6. The two Ministers condemned North Korea's "
        "launch of a ballistic missile earlier in the day.\n\n[Reference: Announcement by the "
        "Joint Chiefs of Staff]\n\nAt around 12:00 p.m. today, our military detected one "
        "intermediate-range ballistic missile launched from the Pyongyang area toward the East "
        "Sea.",
        "2025-01-06T18:30:00+09:00",
    )
    assert (event.date, event.time_kst, event.site) == ("2025-01-06", "12:00", "Pyongyang")


def test_a_flurry_of_launches_the_launch_followed_is_not_its_count() -> None:
    event = primary_of(
        "North Korea fired an intermediate-range ballistic missile over Japan on Tuesday, "
        "South Korea's military said. The launch followed a flurry of short-range ballistic "
        "missile launches.",
        "2022-10-04",
    )
    assert (event.count_min, event.count_max) == (1, 1)


def test_a_ballistic_missile_submarine_launched_is_a_boat_put_to_water() -> None:
    assert not events_of(
        "North Korea has launched a new ballistic missile submarine which it describes as a "
        '"tactical nuclear attack submarine". State media reported on September 8 that Kim Jong '
        "Un attended a launching ceremony for the boat.",
        "2023-09-08",
    )


def test_a_name_that_only_qualifies_a_part_is_not_the_missile() -> None:
    event = primary_of(
        "North Korea launched a long-range rocket carrying a satellite from Sohae on Sunday. "
        "The first stage is believed to be powered by a cluster of four Nodong-derived engines.",
        "2016-02-08",
    )
    assert event.missile_types == []


def test_a_name_set_by_contrast_is_not_the_missile() -> None:
    event = primary_of(
        "North Korea fired a solid-fuel Pukguksong-2 from Banghyon on Sunday. The Musudan, by "
        "contrast, is liquid-fuelled, and its record speaks for itself: after one success in "
        "June, two more Musudan launches in October both failed.",
        "2017-02-13",
    )
    assert event.missile_types == ["Pukguksong-2"]


def test_a_stage_similar_in_diameter_to_a_missile_does_not_name_it() -> None:
    event = primary_of(
        "North Korea fired a new missile on Tuesday. Photos show a glide vehicle mounted on a "
        "first stage similar in diameter to the Hwasong-12 intermediate-range ballistic missile.",
        "2021-09-29",
    )
    assert event.missile_types == []


def test_the_day_a_name_was_first_flown_is_its_and_a_colon_parts_a_day_from_a_verb() -> None:
    events = events_of(
        "North Korea fired an ICBM from Pyongsong on Wednesday. The regime tested ICBMs twice "
        "in July: the Hwasong-14, first flown July 4, was fired again on July 28 on a lofted "
        "trajectory.",
        "2017-11-28T14:00:00-05:00",
    )
    assert [(e.role, e.date, e.missile_types) for e in events][:2] == [
        ("primary", "2017-11-29", []),
        ("background", "2017-07-04", ["Hwasong-14"]),
    ]
    assert events[2].date == "2017-07-28"


def test_a_missile_likened_to_one_tested_on_its_own_day_is_not_named_by_it() -> None:
    event = primary_of(
        "North Korea fired a hypersonic missile from the Pyongyang area on Monday. Photographs "
        "show the missile lifting off, and the body appears broadly similar to the solid-fuel "
        "Hwasong-16B that the North tested on April 2, 2024.",
        "2025-01-07",
    )
    assert event.missile_types == []


def test_the_existing_missile_is_not_the_new_one_launched() -> None:
    event = primary_of(
        "North Korea launched a new solid-fuel ICBM on Thursday. Even the existing Hwasong-18 "
        "was assessed to be capable of reaching the entire continental U.S.",
        "2024-11-01",
    )
    assert event.missile_types == []


def test_the_day_of_ground_tests_of_motors_is_no_launch() -> None:
    events = events_of(
        "North Korea fired a solid-fuel IRBM on Tuesday. It conducted ground tests of the first "
        "and second stage motors for a new IRBM in November 2023, before flying the system "
        "for the first time on January 14, 2024, when the JCS reported that a solid-fuel IRBM "
        "had been launched.",
        "2024-04-03",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2024-04-02"),
        ("background", "2024-01-14"),
    ]


def test_a_launch_that_failed_is_not_dropped_for_an_engine_told_elsewhere() -> None:
    events = events_of(
        "North Korea launched a Hwasong-12 on Sunday. Its engine appears to be the one tested "
        "on the ground in March. On April 5, the North fired a missile that flew only 60 km. "
        "On April 16, a launch from the same area failed almost immediately.",
        "2017-05-15",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-05-14"),
        ("background", "2017-04-05"),
        ("background", "2017-04-16"),
    ]


def test_a_class_s_preparations_are_no_launch_of_it() -> None:
    event = primary_of(
        "On May 14, North Korea launched a ballistic missile from Kusong. KCNA identified it as "
        "the Hwasong-12. The May 14 test shows a working IRBM; Kim's claim that ICBM "
        "preparations were in their final stage suggests more.",
        "2017-05-15",
    )
    assert event.missile_class == "IRBM"


def test_a_class_the_missile_would_lead_to_is_not_its_own() -> None:
    event = primary_of(
        "On May 14, North Korea launched a ballistic missile from Kusong. KCNA identified it as "
        "the Hwasong-12. Adding a second stage to it would produce a vehicle with "
        "intercontinental range, and Kim's claim that ICBM preparations were in their final "
        "stage suggests more. The May 14 test shows a working IRBM.",
        "2017-05-15",
    )
    assert event.missile_class == "IRBM"


def test_a_broadcast_s_spoken_distance_and_height() -> None:
    event = primary_of(
        "CORRESPONDENT: North Korea fired a missile on Thursday. South Korea's Joint Chiefs of "
        "Staff say it flew about one thousand and eighty kilometres, but it went up to an "
        "altitude of more than six thousand two hundred kilometres.",
        "2022-03-24",
    )
    assert (event.distance_km, event.apogee_km) == (1080, 6200)


def test_a_spoken_clock_in_the_audience_s_city_is_not_korea_s() -> None:
    event = primary_of(
        "CORRESPONDENT: South Korea's military says the missile was launched at 2:34 in the "
        "afternoon local time, that's just after half past five this morning in London, from "
        "Sunan.",
        "2022-03-24",
    )
    assert event.time_kst == "14:34"


def test_a_launch_hours_before_the_story_s_event_is_its_news() -> None:
    event = primary_of(
        "Korea beat Iran 2-0 at Seoul World Cup Stadium on Thursday. The match kicked off at "
        "8 p.m., about five and a half hours after North Korea fired an intercontinental "
        "ballistic missile from the Sunan area at around 2:34 p.m.",
        "2022-03-24",
    )
    assert (event.date, event.time_kst, event.site) == ("2022-03-24", "14:34", "Sunan")


def test_what_appeared_to_be_one_of_the_salvo_is_part_of_its_count() -> None:
    event = primary_of(
        "North Korea fired three ballistic missiles on Wednesday, including what appeared to be "
        "an intercontinental ballistic missile, the Joint Chiefs of Staff said.",
        "2022-05-25",
    )
    assert (event.count_min, event.count_max) == (3, 3)


def test_a_day_after_lead_sets_the_undated_launch_on_the_day_before() -> None:
    event = primary_of(
        "HAKODATE, Hokkaido — A day after a J-Alert warning told everyone in Hokkaido to take "
        "shelter, residents were still asking what they should have done. The missile had been "
        "launched at around 7:23 a.m. from near Pyongyang, according to South Korea's Joint "
        "Chiefs of Staff.",
        "2023-04-14",
    )
    assert (event.date, event.time_kst) == ("2023-04-13", "07:23")


def test_months_set_after_a_year_are_that_year_s_and_stand_for_it() -> None:
    events = events_of(
        "North Korea fired a missile on Thursday. North Korean missiles flew over the island "
        "twice in 2017, in August and September, and in October last year another missile "
        "crossed over Aomori.",
        "2023-04-14",
    )
    assert [e.date for e in events if e.role == "background"] == ["2017-08", "2017-09", "2022-10"]


def test_a_film_s_plot_fires_no_launch() -> None:
    events = extract(
        article_from_text(
            "---\ntitle: Thriller turns the nightmare into a buddy movie\npublished: 2017-12-14\n"
            "---\nThe film opened in theaters nationwide on Thursday. Based on a webtoon, the "
            "film imagines a coup in Pyongyang. A rogue faction of the North Korean military "
            "fires a barrage from multiple rocket launchers at a ceremony in Kaesong.",
            "review.txt",
        )
    )
    assert events == []


def test_a_salvo_fired_over_the_course_of_the_day_is_that_day_s() -> None:
    event = primary_of(
        "North Korea fired a volley of missiles on Wednesday. According to the government, the "
        "first missile was launched at about 3:32 a.m. and at least six more followed over the "
        "course of the day. A Taepodong-2 lifted off shortly after 5 a.m.",
        "2006-07-05",
    )
    assert event.time_kst == "03:32"


def test_all_n_missiles_that_came_down_count_the_salvo() -> None:
    event = primary_of(
        "North Korea fired a volley of missiles into the Sea of Japan on Wednesday. All seven "
        "missiles are believed to have come down in the Sea of Japan.",
        "2006-07-05",
    )
    assert (event.count_min, event.count_max) == (7, 7)


def test_the_day_north_korea_said_it_had_fired_is_its_launch_s() -> None:
    events = events_of(
        "North Korea fired an ICBM on Thursday, after two smaller launches earlier in the week. "
        "On Sunday, North Korea said it had fired strategic cruise missiles from a submarine, "
        "and on Tuesday it launched two short-range ballistic missiles.",
        "2023-03-17",
    )
    assert [e.date for e in events] == ["2023-03-16", "2023-03-12", "2023-03-14"]


def test_days_spoken_in_words_are_dates() -> None:
    events = events_of(
        "North Korea fired an ICBM on Thursday. The Americans said two launches, on the "
        "twenty-seventh of February and the fifth of March, were in fact tests of the system.",
        "2022-03-24",
    )
    assert [e.date for e in events] == ["2022-03-24", "2022-02-27", "2022-03-05"]


def test_the_day_of_what_a_launch_came_days_before_is_not_its_own() -> None:
    events = events_of(
        "North Korea fired an ICBM on Thursday. The launch came just days before Americans "
        "vote on Tuesday to choose their next president.",
        "2024-10-31",
    )
    assert [e.date for e in events] == ["2024-10-31"]


def test_the_first_of_a_series_that_broke_apart_is_a_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Wednesday. It was the second this year. "
        "The first, on 13 April, broke apart about a minute into flight.",
        "2012-12-12",
    )
    assert [e.date for e in events] == ["2012-12-12", "2012-04-13"]


def test_days_after_north_korea_said_it_had_fired_count_back_to_that_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Thursday. The launch came two days after North Korea "
        "fired two short-range missiles, and four days after it said it had fired two cruise "
        "missiles from a submarine.",
        "2023-03-16",
    )
    assert [e.date for e in events] == ["2023-03-16", "2023-03-14", "2023-03-12"]


def test_days_after_a_report_of_launches_on_named_days_are_not_a_launch_s() -> None:
    events = events_of(
        "North Korea fired two ballistic missiles on Wednesday. The launch came two days after "
        "the North said it had tested long-range cruise missiles on Saturday and Sunday.",
        "2021-09-15",
    )
    assert [e.date for e in events] == ["2021-09-15", "2021-09-11", "2021-09-12"]


def test_tests_a_moratorium_was_on_are_no_launch_however_long_their_name() -> None:
    events = events_of(
        "North Korea fired an ICBM on Thursday. Kim Jong Un had pledged a moratorium on "
        "nuclear and long-range missile tests back in 2018, when he met Donald Trump.",
        "2022-03-24",
    )
    assert [e.date for e in events] == ["2022-03-24"]


def test_the_day_of_whoever_wins_is_not_a_launch_s() -> None:
    events = events_of(
        'North Korea fired an ICBM on Thursday. "The launch is a message to whoever wins on '
        'Tuesday," said an analyst.',
        "2024-10-31",
    )
    assert [e.date for e in events] == ["2024-10-31"]


def test_the_day_a_sentence_opens_on_dates_its_previous_attempt() -> None:
    events = events_of(
        "North Korea launched a rocket on Wednesday morning. In April, the North's previous "
        "attempt broke apart over the Yellow Sea.",
        "2012-12-12",
    )
    assert [e.date for e in events] == ["2012-12-12", "2012-04"]


def test_the_day_of_a_meeting_on_the_north_s_launch_is_the_meeting_s() -> None:
    events = events_of(
        "North Korea fired a ballistic missile over Japan on Tuesday. The Security Council is "
        "set to hold a meeting on the North's launch Wednesday (New York time).",
        "2022-10-05",
    )
    assert [e.date for e in events] == ["2022-10-04"]


def test_no_interceptor_fired_is_no_denial_of_the_launch() -> None:
    events = events_of(
        "North Korea has fired a long-range rocket out over Japan. Japan had said it was ready "
        "to shoot down any debris, but in the end nothing was fired.",
        "2009-04-05T13:00:00+01:00",
    )
    assert [e.date for e in events] == ["2009-04-05"]


def test_a_spoken_clock_here_is_the_story_s_own_zone() -> None:
    event = primary_of(
        "North Korea fired a long-range rocket over Japan. The launch came at half past three "
        "in the morning here, from the north-east coast.",
        "2009-04-05T13:00:00+01:00",
    )
    assert event.time_kst == "11:30"


def test_a_launch_restated_in_korea_s_clock_takes_korea_s_day_and_time() -> None:
    events = events_of(
        "North Korea launched a rocket on Thursday evening, Eastern time. That was 7:39 Friday "
        "morning in Korea.",
        "2012-04-13T17:30:00-04:00",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2012-04-13", "07:39")]
    events = events_of(
        "On Saturday evening in Florida, word came that North Korea had fired a missile. It was "
        "already Sunday morning in Pyongyang.",
        "2017-02-12T10:00:00-05:00",
    )
    assert [(e.date, e.site) for e in events] == [("2017-02-12", None)]


def test_a_byline_is_not_the_lead_whose_scene_dates_the_launch() -> None:
    event = primary_of(
        "By a Triton's Call staff writer\n\n"
        "Students at the University of Guam woke up Wednesday to headlines that felt close "
        "to home.\n\nNorth Korea fired two Musudan missiles from near Wonsan, flying about 400 "
        "kilometers. Experts estimate the Musudan's range at 3,000 to 4,000 kilometers.",
        "2016-06-24",
    )
    assert (event.date, event.distance_km) == ("2016-06-22", 400)


def test_a_spoken_clock_in_the_story_s_own_zone_moves_its_day_to_korea_s() -> None:
    event = primary_of(
        "Yesterday, just before five in the afternoon Eastern time, North Korea fired a missile "
        "right over the northern Japanese island of Hokkaido.",
        "2017-08-29T11:00:00-04:00",
    )
    assert (event.date, event.time_kst) == ("2017-08-29", "06:00")


def test_state_media_s_day_of_photos_is_not_the_launch_s() -> None:
    events = events_of(
        "On Friday, North Korea fired an intercontinental ballistic missile from Sunan, the "
        "Joint Chiefs of Staff said. On Saturday state media ran photos of Kim Jong Un at the "
        "launch.",
        "2022-11-20",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-11-18")]


def test_there_was_a_missile_on_a_day_is_a_launch_that_day() -> None:
    events = events_of(
        "North Korea fired an intercontinental ballistic missile on Friday, the Joint Chiefs of "
        "Staff said. And the day before, on Thursday, there was a short-range ballistic missile "
        "off the east coast.",
        "2022-11-20",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2022-11-18", "ICBM"),
        ("background", "2022-11-17", "SRBM"),
    ]


def test_the_day_people_were_told_to_take_cover_is_the_launch_s() -> None:
    event = primary_of(
        "People in northern Japan were told to take cover on Tuesday morning after North Korea "
        "fired a missile that flew right over the country.",
        "2022-10-07",
    )
    assert event.date == "2022-10-04"


def test_a_month_s_launch_told_below_is_not_the_one_the_lead_s_clock_times() -> None:
    events = events_of(
        "Sirens woke the city at 6:41 a.m. on May 31.\n\n"
        "North Korea launched what it called a space launch vehicle at 6:29 a.m. from the "
        "Tongchang-ri area, the Joint Chiefs of Staff said.\n\n"
        "In April, the North tested the Hwasong-18, a solid-fuel intercontinental ballistic "
        "missile.",
        "2023-06-05",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [
        ("primary", "2023-05-31", "06:29"),
        ("background", "2023-04", None),
    ]


def test_took_off_times_the_launch_and_from_where_it_started_measures_its_flight() -> None:
    event = primary_of(
        "On March 24, North Korea launched an intercontinental ballistic missile. The missile "
        "took off from Sunan at 2:34 p.m. local time. Then it came down in the sea, about 1,080 "
        "km (670 miles) from where it started.",
        "2022-03-25",
    )
    assert (event.time_kst, event.distance_km) == ("14:34", 1080)


def test_state_media_s_naming_on_the_next_day_names_the_launch_s_missile() -> None:
    event = primary_of(
        "On March 24, North Korea launched an intercontinental ballistic missile. On March 25, "
        "North Korea's news agency said the missile was a new type called the Hwasong-17.",
        "2022-03-25",
    )
    assert event.missile_types == ["Hwasong-17"]


def test_an_american_clock_with_its_zone_after_the_daypart_is_converted() -> None:
    events = events_of(
        "Yesterday, at about 1:17 in the afternoon Eastern, that's 3:17 Wednesday morning in "
        "North Korea, they launched an intercontinental ballistic missile from Pyongsong.",
        "2017-11-29T06:00:00-05:00",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2017-11-29", "03:17")]


def test_a_clock_whose_place_follows_its_daypart_is_that_place_s() -> None:
    event = primary_of(
        "At 2:34 this afternoon Korea time, that's 5:34 this morning in the UK, North Korea "
        "launched an intercontinental ballistic missile.",
        "2022-03-24T17:00:00+00:00",
    )
    assert event.time_kst == "14:34"


def test_a_missile_s_history_in_an_apposition_does_not_hide_its_name() -> None:
    event = primary_of(
        "North Korea launched an intercontinental ballistic missile today. Officials think it's "
        "the Hwasong-17, the enormous one they paraded in October 2020.",
        "2022-03-24",
    )
    assert event.missile_types == ["Hwasong-17"]


def test_it_blew_up_shortly_after_launch_is_a_launch_on_the_day_named() -> None:
    events = events_of(
        "North Korea fired an intercontinental ballistic missile today. Last Wednesday, the "
        "16th, they tried something from the Pyongyang airport and it blew up shortly after "
        "launch.",
        "2022-03-24",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-03-24"),
        ("background", "2022-03-16"),
    ]


def test_state_media_s_day_before_a_colon_is_the_telling_s() -> None:
    events = events_of(
        "North Korea fired two short-range ballistic missiles on Thursday. KCNA this morning: "
        "Kim personally oversaw the test of a new-type tactical guided weapon.",
        "2019-07-26T12:00:00+01:00",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2019-07-25")]


def test_a_boat_capable_of_carrying_a_class_does_not_class_the_launch() -> None:
    event = primary_of(
        "North Korea fired two short-range ballistic missiles yesterday. An SLBM-capable boat "
        "would be a much bigger deal than anything fired yesterday.",
        "2019-07-26",
    )
    assert event.missile_class == "SRBM"


def test_a_named_missile_tried_is_a_launch_and_where_it_went_up_from_its_site() -> None:
    event = primary_of(
        "Wednesday morning in Korea, North Korea tried the Musudan again. The first one went "
        "up at 5:58 a.m. local time from near Wonsan. You don't want to fly a Musudan three "
        "thousand kilometers over Japan.",
        "2016-06-23T08:00:00-04:00",
    )
    assert (event.date, event.time_kst, event.site, event.distance_km) == (
        "2016-06-22",
        "05:58",
        "Wonsan",
        None,
    )


def test_a_western_weekday_then_korea_s_clock_on_the_next_day_is_one_launch() -> None:
    events = events_of(
        "Good morning, and welcome back. Crimea dominated the feeds again this week. "
        "On the very evening the leaders met in The Hague, Tuesday, North Korea fired two Rodong "
        "medium-range ballistic missiles. The missiles went up at 2:35 and 2:42 a.m. Korea time "
        "on Wednesday from near Sukchon.",
        "2014-03-28T07:00:00-04:00",
    )
    assert [(e.date, e.time_kst, e.missile_types, e.count_min) for e in events] == [
        ("2014-03-26", "02:35", ["Rodong"], 2)
    ]


def test_this_happened_at_a_clock_then_restated_in_korea_dates_the_lead_s_launch() -> None:
    events = events_of(
        "North Korea's much-advertised satellite launch ended in failure within minutes.\n\n"
        "For listeners who were asleep, this happened at about twenty to seven last night, "
        "Eastern time. That was 7:39 Friday morning in Korea. They took some of the reporters "
        "to see the launch pad and the satellite last weekend.",
        "2012-04-13T09:00:00-04:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2012-04-13", "07:39")]


def test_a_british_clock_with_a_daypart_and_it_went_up_at_time_the_launch() -> None:
    event = primary_of(
        "North Korea has launched a rocket. The rocket lifted off at 9.49 this morning Korean "
        "time from the Sohae launch site at Tongchang-ri.",
        "2012-12-12T19:00:00+11:00",
    )
    assert event.time_kst == "09:49"
    event = primary_of(
        "North Korea has fired a missile straight over Japan. Japanese officials say it went up "
        "at 7:22 this morning their time, which was just before half past eleven last night here.",
        "2022-10-04T09:40:00+01:00",
    )
    assert event.time_kst == "07:22"


def test_the_quoted_words_of_an_alert_tell_no_launch() -> None:
    events = events_of(
        "If you are visiting Japan, your phone may one day sound a loud alarm. A small number "
        'of alerts are national-security messages, including the ones people remember: "Missile '
        'launched. Missile launched."',
        "2026-02-09",
    )
    assert events == []


def test_no_further_launch_planned_denies_none_told() -> None:
    event = primary_of(
        "North Korea's long-range rocket broke apart shortly after liftoff Friday morning. The "
        "Unha-3 rocket lifted off at 7:39 a.m. from the Sohae launch site. The coast guard said "
        "the warnings would be cancelled once it confirmed no further launch was planned.",
        "2012-04-13T21:30:00+09:00",
    )
    assert (event.date, event.time_kst) == ("2012-04-13", "07:39")


def test_a_council_condemning_the_north_s_launches_on_a_day_dates_its_condemnation() -> None:
    event = primary_of(
        "NEW YORK, June 24 (Yonhap) -- The U.N. Security Council strongly condemned North "
        "Korea's latest ballistic missile launches on Thursday, calling them a serious violation. "
        "The council said the launches increased tension in the region. North Korea fired two "
        "Musudan missiles from Wonsan on Wednesday. The first, launched at 5:58 a.m., broke up.",
        "2016-06-24T08:10:00+09:00",
    )
    assert (event.date, event.time_kst) == ("2016-06-22", "05:58")


def test_a_committee_meeting_on_a_day_to_discuss_a_launch_dates_the_meeting() -> None:
    event = primary_of(
        "The UN sanctions committee met behind closed doors on Friday in New York to discuss "
        "Pyongyang's launch of two ballistic missiles earlier this week, diplomats said. The "
        "committee issued no statement. South Korea's Joint Chiefs of Staff said the North fired "
        "two short-range ballistic missiles at 7:06 a.m. on Thursday from Hamju.",
        "2021-03-27T10:20:00+09:00",
    )
    assert (event.date, event.time_kst) == ("2021-03-25", "07:06")


def test_a_month_old_launch_a_resolution_responds_to_is_not_the_day_s_launch() -> None:
    events = events_of(
        "On March 2, 2016, the Security Council adopted Resolution 2270. The resolution responds "
        "to the DPRK's nuclear test of January 6, 2016 and its launch, on February 7, 2016, of a "
        "long-range rocket. Within hours of the vote, the DPRK fired six short-range projectiles "
        "into the sea. The ministry said they were fired at around 10 a.m. local time on March 3 "
        "from Sondok.",
        "2016-03-03",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-03-03"),
        ("background", "2016-02-07"),
    ]
    assert events[0].site == "Sondok"


def test_a_year_word_after_a_later_clause_s_date_is_that_date_s_alone() -> None:
    events = events_of(
        "North Korea fired a hypersonic missile at 7:27 a.m. on Tuesday from Jagang province, the "
        "Joint Chiefs of Staff said. The test drew swift condemnation from Tokyo. North Korea "
        "also fired what it called a hypersonic missile on Jan. 5, and first tested such a "
        "weapon on Sept. 28 last year.",
        "2022-01-13",
    )
    assert sorted(e.date for e in events if e.role == "background") == [
        "2021-09-28",
        "2022-01-05",
    ]


def test_a_platform_launched_in_a_year_is_no_missile_launch() -> None:
    events = events_of(
        "A federal indictment charged three North Korean hackers on Wednesday. Prosecutors say "
        "the defendants developed a blockchain platform, the Marine Chain Token, launched in 2017 "
        "and 2018, which was meant to help North Korea evade sanctions.",
        "2021-02-17",
    )
    assert events == []


def test_a_launch_over_the_weekend_told_again_on_its_sunday_is_one_launch() -> None:
    events = events_of(
        "The Senate on Wednesday voted 96-0 to impose sanctions on North Korea after Pyongyang's "
        "long-range rocket launch over the weekend gave fresh urgency to the bill. Senators "
        "spoke before the vote. North Korea launched the rocket from the Sohae Satellite "
        "Launching Station at 9:30 a.m. Sunday local time, according to South Korea's military.",
        "2016-02-10",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2016-02-07")]


def test_the_lead_s_one_launch_a_ban_follows_gives_its_facts() -> None:
    event = primary_of(
        "The government on Wednesday banned a North Korean ferry from Japanese ports for six "
        "months, after North Korea test-fired seven ballistic missiles into the Sea of Japan. "
        "Officials met into the evening. According to the Defense Agency, the first missile was "
        "launched at around 3:32 a.m.",
        "2006-07-05",
    )
    assert (event.date, event.time_kst, event.count_min) == ("2006-07-05", "03:32", 7)


def test_balloons_launched_across_the_border_are_no_missile_launch() -> None:
    events = events_of(
        "Pilots were warned about balloons on Monday. North Korea has launched more than a "
        "thousand balloons carrying waste paper and rubbish across the border since 28 May, with "
        "another wave over the weekend.",
        "2024-06-10",
    )
    assert events == []


def test_the_rocket_launches_of_two_years_are_launches_of_both() -> None:
    events = events_of(
        "North Korea fired a missile over Hokkaido at 5:58 a.m. on Tuesday. The missile flew "
        "2,700 km. It was the first North Korean missile to fly over Japan since the rocket "
        "launches of 1998 and 2009.",
        "2017-08-29",
    )
    assert sorted(e.date for e in events if e.role == "background") == ["1998", "2009"]
    events = events_of(
        "North Korea said it tested a hypersonic missile the previous day, in the country's "
        "first weapons launch of 2022.",
        "2022-01-06",
    )
    assert [e.role for e in events] == ["primary"]


def test_a_short_sentence_naming_the_day_dates_the_undated_launch_after_it() -> None:
    event = primary_of(
        "SEOUL FX DESK - Dollar/won opened higher this morning as dealers priced a little extra "
        "North Korea risk. The trigger was Saturday. North Korea fired seven ballistic missiles "
        "into the waters off its east coast over the course of the day, starting at around 8 "
        "a.m., South Korea's Joint Chiefs of Staff said.",
        "2009-07-06",
    )
    assert (event.date, event.time_kst, event.count_min) == ("2009-07-04", "08:00", 7)


def test_a_dated_rocket_launch_beside_a_nuclear_test_is_still_a_launch() -> None:
    events = events_of(
        "North Korea fired seven ballistic missiles on Saturday, the JCS said. The list of "
        "provocations is long: the April 5 rocket launch over Japan, the May 25 nuclear test and "
        "the end of the armistice.",
        "2009-07-06",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2009-07-04"),
        ("background", "2009-04-05"),
    ]


def test_a_launch_hoped_for_to_mark_an_occasion_is_not_one() -> None:
    events = events_of(
        "North Korea's rocket lifted off from Sohae at 7:39 a.m. on Friday and broke apart. "
        "Analysts said Friday's failure is a setback for Kim Jong Un, who had hoped to mark the "
        "centenary of his grandfather Kim Il Sung's birth on Sunday with a successful launch.",
        "2012-04-13",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-04-13")]


def test_an_earlier_attempt_that_disintegrated_on_a_day_is_a_launch() -> None:
    events = events_of(
        "North Korea launched a rocket at 9:49 a.m. on Wednesday from Sohae. This time it appears "
        "to have worked. Pyongyang's previous attempt, on 13 April, disintegrated about a minute "
        "into its flight.",
        "2012-12-12",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2012-12-12"),
        ("background", "2012-04-13"),
    ]


def test_a_year_of_the_next_clause_does_not_date_the_day_before_it() -> None:
    events = events_of(
        "North Korea fired an ICBM at 2:34 p.m. on Thursday, the JCS said. The launch came eight "
        "days after a suspected missile exploded shortly after lift-off near Pyongyang on March "
        "16, and it ends the moratorium on long-range tests that Kim Jong Un declared in 2018.",
        "2022-03-24",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-03-24"),
        ("background", "2022-03-16"),
    ]


def test_consecutive_failures_dated_after_a_dash_are_launches() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles from Wonsan on Wednesday. Military officials said "
        "the steep trajectory suggested the North had made progress after four consecutive "
        "failures -- on April 15, twice on April 28 and on May 31.",
        "2016-06-24",
    )
    assert [e.date for e in events] == ["2016-06-22", "2016-04-15", "2016-04-28", "2016-05-31"]


def test_a_clock_in_what_was_said_times_the_launch_told() -> None:
    event = primary_of(
        "The Security Council met this morning to consider the launch. Briefing the Council, "
        "Khaled Khiari said that on 12 July, at approximately 10:00 local time, the Democratic "
        "People's Republic of Korea launched an intercontinental ballistic missile.",
        "2023-07-13",
    )
    assert (event.date, event.time_kst) == ("2023-07-12", "10:00")


def test_for_the_first_time_in_years_between_a_day_and_its_flight_keeps_the_day() -> None:
    event = primary_of(
        "On the morning of 4 October, for the first time in five years, a North Korean ballistic "
        "missile flew over Japan. According to the Joint Chiefs of Staff, the missile was "
        "launched at 7:23 a.m. from Mupyong-ri in Jagang Province.",
        "2022-10-05T17:00:00+09:00",
    )
    assert (event.date, event.time_kst) == ("2022-10-04", "07:23")


def test_the_launch_an_event_followed_is_the_news_over_older_dated_tests() -> None:
    events = events_of(
        "Panelists discussed the week at a webinar on Thursday. The event was organized after "
        "North Korea fired two short-range ballistic missiles on Wednesday from Yangdok. North "
        "Korea said it tested a new long-range cruise missile on September 11 and 12.",
        "2021-09-16",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2021-09-15", "SRBM"),
        ("background", "2021-09-11", "cruise"),
        ("background", "2021-09-12", "cruise"),
    ]


def test_fired_what_a_long_named_military_described_as_a_missile_is_a_launch() -> None:
    event = primary_of(
        "North Korea opened the year with a message. On Monday, the North fired what South "
        "Korea's Joint Chiefs of Staff described as an intermediate-range ballistic missile.",
        "2025-01-07",
    )
    assert (event.date, event.missile_class) == ("2025-01-06", "IRBM")


def test_a_sentence_opening_on_the_day_dates_the_launch_told_next() -> None:
    event = primary_of(
        "For years, the question was when North Korea would test an intercontinental missile. "
        "On July 4 -- while it was still the evening of July 3 in California -- Pyongyang "
        "answered it. At 9:40 a.m. Korea time, North Korea launched the Hwasong-14.",
        "2017-07-05T09:00:00-07:00",
    )
    assert (event.date, event.time_kst) == ("2017-07-04", "09:40")


def test_in_korea_it_was_restates_the_launch_in_koreas_day() -> None:
    event = primary_of(
        "Students stayed up in the lounge. At 10:30 p.m. Eastern time, the news broke: North "
        "Korea had launched its long-range rocket. In Korea it was 11:30 a.m. Sunday.",
        "2009-04-06T07:00:00-04:00",
    )
    assert (event.date, event.time_kst) == ("2009-04-05", "11:30")


def test_a_clock_echoed_after_a_dash_in_the_storys_zone_keeps_the_named_day() -> None:
    event = primary_of(
        "Most of the university was asleep when North Korea launched a long-range rocket at "
        "9:49am local time on Wednesday — 00:49 GMT. By breakfast it was clear it had worked.",
        "2012-12-14T11:00:00+00:00",
    )
    assert (event.date, event.time_kst, event.time_utc) == (
        "2012-12-12",
        "09:49",
        "2012-12-12T00:49Z",
    )


def test_a_long_byline_is_not_the_lead_whose_scene_dates_the_launch() -> None:
    event = primary_of(
        "By Kim Ha-eun (Grade 11, Daewon Foreign Language High School), Student Reporter\n\n"
        "Many families were busy packing cars for the holiday on the morning of Feb. 7. Then "
        "the alerts started. At 9:30 a.m., North Korea launched a long-range rocket from Sohae.",
        "2016-02-15",
    )
    assert (event.date, event.time_kst) == ("2016-02-07", "09:30")


def test_it_was_last_thursday_sets_the_scene_of_the_launch_told_next() -> None:
    event = primary_of(
        "I was eating an onigiri on my way to my first class when my phone started blaring. It "
        "was last Thursday, in the morning. The alert said a missile launched by North Korea "
        "was expected to fall around Hokkaido. It was a new solid-fuel ICBM, the Hwasong-18.",
        "2023-04-17",
    )
    assert (event.date, event.missile_types) == ("2023-04-13", ["Hwasong-18"])


def test_an_opening_scene_with_launch_words_of_no_launch_dates_the_launch() -> None:
    event = primary_of(
        "Special edition by the English Club's news team, with reports from three classes\n\n"
        "Yesterday morning, the J-Alert went off in Aomori for the first time in five years. "
        "According to South Korea's Joint Chiefs of Staff, North Korea launched an "
        "intermediate-range ballistic missile at 7:23 a.m. from Jagang Province.",
        "2022-10-05",
    )
    assert (event.date, event.time_kst) == ("2022-10-04", "07:23")


def test_a_byline_does_not_push_a_late_weeks_launch_out_of_the_lead() -> None:
    event = primary_of(
        "By Yuka Hashimoto and Daniel Reyes\n\n"
        "While most students were away on spring break, North Korea fired two medium-range "
        "ballistic missiles into the Sea of Japan. According to the Joint Chiefs of Staff, the "
        "missiles were launched at 2:35 a.m. on Wednesday, March 26, from Sukchon.",
        "2014-04-07",
    )
    assert (event.date, event.count_min) == ("2014-03-26", 2)


def test_the_year_of_a_first_launch_since_is_not_the_launch_fired() -> None:
    events = events_of(
        "Students were away on break. North Korea fired two medium-range ballistic missiles -- "
        "its first launch of the Rodong missile since 2009. The missiles were launched at 2:35 "
        "a.m. on Wednesday, March 26, from Sukchon.",
        "2014-03-27",
    )
    assert [(e.date, e.count_min) for e in events] == [("2014-03-26", 2), ("2009", None)]


def test_missiles_of_a_day_during_exercises_are_a_launch_not_a_drill() -> None:
    events = events_of(
        "North Korea fired two missiles on Wednesday. The launch followed a series of "
        "short-range firings in the weeks before, including four Scud missiles on Feb. 27 "
        "during the annual U.S.-South Korean military exercises.",
        "2014-03-27",
    )
    assert [(e.date, e.missile_types) for e in events] == [
        ("2014-03-26", []),
        ("2014-02-27", ["Scud"]),
    ]


def test_last_night_makes_a_bare_eastern_clock_an_evening_one() -> None:
    event = primary_of(
        "Thanks, Marcus. So, while a lot of us were in the dining hall last night, around 6:10 "
        "Eastern, North Korea launched an intercontinental ballistic missile from Pyongyang.",
        "2024-10-31T19:30:00-04:00",
    )
    assert (event.date, event.time_kst) == ("2024-10-31", "07:10")


def test_a_clock_before_a_weekday_morning_is_a_morning_clock() -> None:
    event = primary_of(
        "Thanks, Marcus. The clocks in Seoul read 7:10 Thursday morning when North Korea "
        "launched an intercontinental ballistic missile from Pyongyang.",
        "2024-10-31T19:30:00-04:00",
    )
    assert (event.date, event.time_kst) == ("2024-10-31", "07:10")


def test_went_higher_than_is_the_apogee() -> None:
    event = primary_of(
        "North Korea launched an intercontinental ballistic missile on Thursday. Japan's defense "
        "ministry says the missile stayed in the air for about 86 minutes and went higher "
        "than 7,000 kilometers. It flew about 1,000 kilometers in distance.",
        "2024-10-31",
    )
    assert (event.distance_km, event.apogee_km) == (1000, 7000)


def test_a_bracketed_clock_of_a_place_abroad_is_not_the_launch_time() -> None:
    event = primary_of(
        "North Korea went first. At 12:38 and 12:43 Korea time (5:38 and 5:43 in the morning in "
        "the Netherlands), it fired two short-range ballistic missiles from Yangdok.",
        "2021-09-15",
    )
    assert (event.time_kst, event.time_utc) == ("12:38", "2021-09-15T03:38Z")


def test_days_before_a_month_share_it() -> None:
    events = events_of(
        "North Korea fired two ballistic missiles from Yangdok on Wednesday. The test came only "
        "days after it said it had tested a new long-range cruise missile on 11 and 12 September.",
        "2021-09-16",
    )
    assert [e.date for e in events] == ["2021-09-15", "2021-09-11", "2021-09-12"]


def test_a_rocket_that_left_the_launch_site_at_a_ut_clock_is_the_news() -> None:
    event = primary_of(
        "Members who follow the satellite pages will have seen the news on Sunday: North Korea "
        "has put a second satellite into orbit. An Unha-3 rocket left the Sohae launch site at "
        "about 00:30 UT on Sunday 7 February.",
        "2016-02-08",
    )
    assert (event.date, event.time_kst, event.site) == ("2016-02-07", "09:30", "Tongchang-ri")


def test_from_near_the_east_coast_city_of_names_the_site() -> None:
    event = primary_of(
        "After two months of failures, the Musudan flew. South Korea's Joint Chiefs of Staff said "
        "two Musudans were launched from near the east-coast city of Wonsan on Wednesday.",
        "2016-06-23",
    )
    assert (event.date, event.site) == ("2016-06-22", "Wonsan")


def test_a_subject_named_beside_a_dated_participle_is_that_launch() -> None:
    events = events_of(
        "North Korea fired a new intercontinental ballistic missile early on Wednesday, the "
        "Joint Chiefs of Staff said. The Hwasong-14, tested twice in July, reached altitudes of "
        "2,802 km and 3,724.9 km, according to North Korean figures.",
        "2017-11-29",
    )
    assert [(e.date, e.missile_types) for e in events] == [
        ("2017-11-29", []),
        ("2017-07", ["Hwasong-14"]),
    ]


def test_names_in_apposition_to_existing_missiles_are_not_the_launch() -> None:
    event = primary_of(
        "North Korea said on Friday it had flight-tested a new solid-fuel ICBM, the Hwasong-18. "
        "North Korea's existing ICBMs, the Hwasong-14, -15 and -17, use liquid propellants "
        "that must be loaded before launch.",
        "2023-04-14",
    )
    assert event.missile_types == ["Hwasong-18"]


def test_after_being_launched_is_the_dated_launch_itself() -> None:
    events = events_of(
        "North Korea fired a solid-fuel ICBM on Thursday, the military said. On February 18, a "
        "Hwasong-15 reached an altitude of 5,768.5 km, according to KCNA, after being launched "
        "from Pyongyang's airport.",
        "2023-04-14",
    )
    assert [(e.date, e.missile_types, e.apogee_km) for e in events] == [
        ("2023-04-13", [], None),
        ("2023-02-18", ["Hwasong-15"], 5768.5),
    ]


def test_a_missile_whose_part_the_launched_one_resembles_is_not_its_type() -> None:
    event = primary_of(
        "North Korea said the missile it fired on Tuesday was a new hypersonic weapon, the "
        "Hwasong-8. Photographs show a glide body on top of what appears to be a booster similar "
        "to the first stage of the Hwasong-12, fired from a road-mobile launcher.",
        "2021-09-29",
    )
    assert event.missile_types == ["Hwasong-8"]


def test_a_close_relative_is_another_missile() -> None:
    event = primary_of(
        "North Korea launched its Unha-3 rocket on Friday, and it broke apart over the Yellow "
        "Sea. The vehicle is a close relative of the Unha-2.",
        "2012-04-13",
    )
    assert event.missile_types == ["Unha-3"]


def test_a_flight_told_in_a_story_of_an_engine_test_stand_is_a_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Friday. Sohae has a 50-metre gantry and a "
        "vertical engine test stand. The vehicle resembles what North Korea flew from Musudan-ri "
        "in April 2009.",
        "2012-04-13",
    )
    assert [e.date for e in events] == ["2012-04-13", "2009-04"]


def test_the_first_at_a_clock_is_the_first_launch_time() -> None:
    event = primary_of(
        "South Korea's Joint Chiefs of Staff said two Musudans were launched from near Wonsan on "
        "Wednesday. The first, at 5:58 a.m., broke up after flying about 150 km. The second, "
        "fired at 8:05 a.m., flew about 400 km.",
        "2016-06-22",
    )
    assert event.time_kst == "05:58"


def test_targets_the_missile_could_have_reached_are_no_flight_distance() -> None:
    event = primary_of(
        "North Korea fired a Hwasong-14 late on Friday; KCNA said it flew 998 km. Flown on a "
        "normal trajectory, the missile could have reached targets more than 10,000 km away.",
        "2017-07-29",
    )
    assert event.distance_km == 998


def test_an_almanacs_items_are_dated_by_its_day_and_their_year() -> None:
    events = events_of(
        "July 4\n\n"
        "2009 -- North Korea fires seven ballistic missiles into the East Sea.\n\n"
        "2014 -- Chinese President Xi Jinping wraps up a state visit to Seoul.\n\n"
        "2017 -- North Korea test-fires its first intercontinental ballistic missile, the "
        "Hwasong-14, at 9:40 a.m.\n",
        "2023-07-04",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [
        ("background", "2009-07-04", None),
        ("background", "2017-07-04", "09:40"),
    ]


def test_a_launch_that_came_on_a_day_is_the_one_the_next_sentence_tells() -> None:
    events = events_of(
        "North Korea spent 2024 testing a new generation of solid-fuel missiles. The year's last "
        "missile launch came on the morning of Nov. 5, hours before Americans went to the polls. "
        "The Joint Chiefs of Staff said the North fired several short-range ballistic missiles "
        "from the Sariwon area at around 7:30 a.m.",
        "2024-12-27",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("background", "2024-11-05", "07:30", "Sariwon"),
    ]


def test_a_timelines_present_tense_items_are_launches() -> None:
    events = events_of(
        "North Korea fired more missiles in 2016 than in any year before.\n\n"
        "How the year unfolded:\n\n"
        "Feb. 7 – A three-stage rocket lifts off from the Sohae Satellite Launching Ground.\n\n"
        "April 28 – Two more Musudans fail, one in the morning and one in the evening.\n\n"
        "June 22 – Two Musudans. The second climbs to 1,413.6 km, according to the KCNA.\n\n"
        "Aug. 3 – A Rodong lands in Japan's exclusive economic zone after flying about 1,000 km.\n",
        "2016-12-29",
    )
    assert [(e.date, e.missile_types, e.distance_km, e.apogee_km) for e in events] == [
        ("2016-02-07", [], None, None),
        ("2016-04-28", ["Musudan"], None, None),
        ("2016-06-22", ["Musudan"], None, 1413.6),
        ("2016-08-03", ["Rodong"], 1000, None),
    ]


def test_a_western_night_restated_as_koreas_morning_is_one_launch_on_koreas_day() -> None:
    events = events_of(
        "Mr. Paul Dewar (Ottawa Centre, NDP): Mr. Speaker, last night North Korea defied the "
        "United Nations Security Council and launched a long-range rocket over the Yellow Sea. "
        "What concrete steps is the government taking?\n\n"
        "Hon. John Baird (Minister of Foreign Affairs, CPC): Mr. Speaker, the launch took place "
        "at 7:49 p.m. eastern time last night, which was Wednesday morning in Korea. The rocket "
        "lifted off from the Sohae launch site at Tongchang-ri.",
        "2012-12-12",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2012-12-12", "09:49", "Tongchang-ri"),
    ]


def test_a_british_clock_with_a_dot_is_a_time_when_it_says_local_time() -> None:
    events = events_of(
        "South Korea's Defence Ministry says the rocket was launched at 9.30 local time, from "
        "the Sohae station at Tongchang-ri. The launch vehicle's 2.30 metre nose cone was not "
        "recovered.",
        "2016-02-07",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2016-02-07", "09:30", "Tongchang-ri"),
    ]


def test_a_first_launch_in_so_many_days_dates_the_launch_before_it() -> None:
    events = events_of(
        "North Korea fired two short-range missiles into the East Sea on Thursday, South "
        "Korea's Joint Chiefs of Staff said, its first weapons launch in 77 days.",
        "2019-07-26",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2019-07-25"),
        ("background", "2019-05-09"),
    ]


def test_a_seventh_missile_after_six_in_the_morning_makes_seven() -> None:
    events = events_of(
        "North Korea fired a seventh missile on Wednesday, Japanese officials said.\n\n"
        "It had fired six missiles in the pre-dawn and morning hours, including a long-range "
        "Taepodong-2 that failed about 40 seconds into its flight.",
        "2006-07-05",
    )
    assert [(e.role, e.date, e.count_min, e.count_max) for e in events] == [
        ("primary", "2006-07-05", 7, 7),
    ]


def test_missiles_named_after_another_countrys_tests_are_theirs() -> None:
    primary = primary_of(
        "North Korea fired two short-range ballistic missiles into the East Sea on Wednesday, "
        "South Korea's military said. Moon also watched tests of a long-range air-to-ground "
        "missile and a supersonic cruise missile developed by the ADD, the presidential office "
        "said.",
        "2021-09-15",
    )
    assert (primary.date, primary.missile_class) == ("2021-09-15", "SRBM")


def test_what_the_rules_say_of_a_kind_of_missile_is_not_the_launchs_class() -> None:
    primary = primary_of(
        "North Korea fired two short-range ballistic missiles into the East Sea on Wednesday, "
        "South Korea's military said. Wednesday's launch violated U.N. Security Council "
        "resolutions banning the North from any ballistic missile activities, while cruise "
        "missiles are not covered by them.",
        "2021-09-15",
    )
    assert (primary.date, primary.missile_class) == ("2021-09-15", "SRBM")


def test_a_list_of_capitals_the_north_defied_is_whom_it_defied_not_who_launched() -> None:
    primary = primary_of(
        "NORTH KOREA defied months of warnings from Washington, Tokyo and Canberra yesterday, "
        "test-firing seven missiles into the Sea of Japan.",
        "2006-07-06T04:30:00+10:00",
    )
    assert (primary.date, primary.count_min) == ("2006-07-05", 7)


def test_a_countrys_time_is_its_zones_after_a_pair_of_clocks() -> None:
    primary = primary_of(
        "North Korea fired two missiles on Thursday, the Joint Chiefs of Staff said. They were "
        "launched from Sunchon at 4.35pm and 4.38pm (2.35pm and 2.38pm Thailand time).",
        "2019-10-31T19:20:00+07:00",
    )
    assert (primary.date, primary.time_kst) == ("2019-10-31", "16:35")


def test_a_zone_named_before_the_clock_is_the_clocks() -> None:
    primary = primary_of(
        "North Korea fired a Musudan missile from near Wonsan on Wednesday, Seoul said. In "
        "Indian time, the launch took place at 2.28 a.m.",
        "2016-06-22T19:10:00+05:30",
    )
    assert (primary.date, primary.time_kst) == ("2016-06-22", "05:58")


def test_a_north_korean_site_says_whose_launch_after_the_souths_answering_one() -> None:
    events = events_of(
        "North Korea on Thursday launched what appeared to be an intercontinental ballistic "
        "missile. The South's military carried out a show-of-force launch of its own missiles "
        "in response. The launch came eight days after another missile fired from Sunan "
        "exploded shortly after lift-off on March 16.",
        "2022-03-24",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-03-24"),
        ("background", "2022-03-16"),
    ]


def test_a_year_that_says_again_a_month_told_elsewhere_is_that_months_launch() -> None:
    events = events_of(
        "North Korea on Thursday launched an intercontinental ballistic missile, its first full "
        "test of an ICBM since 2017. North Korea last tested an ICBM in November 2017.",
        "2022-03-24",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-03-24"),
        ("background", "2017-11"),
    ]
    events = events_of(
        "North Korea tried to launch a satellite on Monday. Two other launch attempts ended in "
        "crashes last year, although North Korea put its first spy satellite into orbit in "
        "November.",
        "2024-05-27",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2024-05-27"),
        ("background", "2023"),
        ("background", "2023-11"),
    ]


def test_what_the_launched_rocket_is_said_to_be_a_version_of_is_its_type_too() -> None:
    for said in (
        "Washington and Tokyo regard the Unha-2 as a version of the Taepodong-2 long-range "
        "missile.",
        "Washington and its allies see the launch as a test of long-range missile technology, "
        "since the Unha-2 is believed to be a version of the Taepodong-2 missile.",
        "U.S. and South Korean officials believe the Unha-2 is essentially a Taepodong-2, a "
        "three-stage missile which in theory could carry a warhead to Alaska.",
    ):
        primary = primary_of(
            f"North Korea launched the Unha-2 rocket from Musudan-ri on Sunday. {said}",
            "2009-04-06",
        )
        assert (primary.date, primary.missile_types) == ("2009-04-05", ["Unha-2", "Taepodong-2"])
    primary = primary_of(
        "North Korea fired a Rodong-1 on Sunday. The Rodong-1, an enlarged derivative of the "
        "Soviet-designed Scud, can fly 1,300 km.",
        "2009-04-06",
    )
    assert primary.missile_types == ["Rodong-1"]


def test_a_newsletters_reading_list_imagines_a_launch_it_does_not_tell() -> None:
    events = events_of(
        '1. "VERY IMPORTANT TEST" AT SOHAE\n'
        "North Korea's Academy of National Defence Science said on Sunday it had carried out "
        '"a very important test" at the Sohae Satellite Launching Ground on Saturday afternoon. '
        "KCNA gave no further details. Analysts said it was most likely a ground test of a rocket "
        "engine on the site's vertical test stand. Sohae is where Pyongyang tests engines for its "
        "long-range rockets.\n"
        "Why it matters: An engine test points to preparations for a satellite launch or a new "
        "long-range missile, but no launch has been detected.\n\n"
        "RECOMMENDED READING\n"
        '- "What a satellite launch would tell us about Pyongyang\'s 2020 strategy," Working '
        "Paper 19-14.\n"
        '- Book launch: "Two Koreas, One Market?" - Wednesday, 18:30, Room 402.',
        "2019-12-09",
    )
    assert events == []


def test_the_city_a_clock_is_told_in_is_not_where_the_rocket_rose() -> None:
    # (and a clock with its own zone keeps it beside another's: not one pair in one zone)
    for dash in ("\N{EM DASH}", " - "):
        primary = primary_of(
            f"North Korea launched a long-range rocket at about 7:30 p.m. ET Saturday{dash}9:30 "
            f"a.m. Sunday in Pyongyang{dash}from its Sohae launch site near the Chinese border.",
            "2016-02-07T07:05:00-05:00",
        )
        assert (primary.date, primary.time_kst, primary.site) == (
            "2016-02-07",
            "09:30",
            "Tongchang-ri",
        )


def test_when_the_north_last_put_an_object_in_orbit_is_a_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday, saying it put a satellite in orbit. "
        "The North last put an object in orbit in December 2012.",
        "2016-02-07",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-02-07"),
        ("background", "2012-12"),
    ]


def test_a_products_launch_in_a_newsletters_next_item_is_no_missile() -> None:
    events = events_of(
        "NORTH KOREA FIRES ICBM\nNorth Korea fired an intercontinental ballistic missile on "
        "Tuesday.\n\nTESLA'S BIG WEEK\nElon Musk says the Model 3 has cleared regulatory hurdles "
        "and production launches Friday, with the first 30 cars handed to buyers on July 28.",
        "2017-07-04",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-07-04")]


def test_what_a_fuel_would_let_the_north_fire_is_not_counted() -> None:
    primary = primary_of(
        "North Korea says the missile it fired on Thursday was its first Hwasong-18. Solid fuel "
        "would let the North fire its biggest missiles with far less warning. The missile was "
        "launched from near Pyongyang at 7:23 a.m.",
        "2023-04-14",
    )
    assert (primary.count_min, primary.count_max) == (1, 1)


def test_what_an_earlier_test_was_of_does_not_part_it_from_its_day() -> None:
    events = events_of(
        "North Korea launched an intercontinental ballistic missile Thursday. Context: The "
        "North's previous ICBM test, of a solid-fuel Hwasong-18, came on Dec. 18 last year.",
        "2024-10-31",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2024-10-31", []),
        ("background", "2023-12-18", ["Hwasong-18"]),
    ]


def test_a_monitoring_team_launched_by_countries_is_no_missile() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Monday, the Joint Chiefs of Staff said. The "
        "talk examines how sanctions monitoring has changed since Russia's veto ended the panel's "
        "mandate in 2024, and how the Multilateral Sanctions Monitoring Team, launched that "
        "October by 11 countries, has tried to fill the gap.",
        "2026-02-09",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2026-02-09")]


def test_late_yesterday_in_washington_is_the_korean_day_its_clock_gives() -> None:
    events = events_of(
        "WASHINGTON - U.S. military officials tracked North Korea's launch of a multistage rocket "
        "late yesterday and determined that it posed no threat to North America. The launch took "
        "place at 11:30 a.m. Sunday in Korea from the Musudan-ri launch site.",
        "2009-04-05T10:15:00-04:00",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2009-04-05", "11:30")]


def test_a_rocket_that_placed_a_named_satellite_in_orbit_is_the_launch_told() -> None:
    primary = primary_of(
        "North Korea launched a Taepodong-2 missile on Sunday. Pyongyang had notified aviation "
        "authorities that it would put a communications satellite into orbit between April 4 and "
        "8, and North Korean state media said after the launch that an Unha-2 rocket had "
        "successfully placed a satellite, Kwangmyongsong-2, in orbit.",
        "2009-04-05",
    )
    assert (primary.missile_class, primary.missile_types) == ("SLV", ["Taepodong-2", "Unha-2"])


def test_an_attempt_to_fly_a_missile_is_a_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. North Korea's only previous attempt "
        "to fly a Taepodong-2, in July 2006, ended in failure less than a minute after liftoff.",
        "2009-04-05",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2009-04-05", []),
        ("background", "2006-07", ["Taepodong-2"]),
    ]


def test_a_warning_not_to_test_fire_a_missile_tells_no_launch() -> None:
    events = events_of(
        "WASHINGTON - The United States and Japan on Tuesday stepped up warnings to North Korea "
        "not to test-fire a long-range missile that U.S. officials say appears to be ready on a "
        "launch pad on the country's northeast coast.",
        "2006-06-20T12:00:00-04:00",
    )
    assert events == []


def test_the_total_one_salvo_fired_is_not_a_sum_of_launches() -> None:
    primary = primary_of(
        "North Korea test-fired seven ballistic missiles off its east coast on Saturday, the JCS "
        'said. "North Korea fired a total of seven ballistic missiles from the Kittaeryong area '
        'into the East Sea, beginning at around 8 a.m.," the JCS said in a statement.',
        "2009-07-04T10:00:00+09:00",
    )
    assert (primary.time_kst, primary.site, primary.count_min) == ("08:00", "Kittaeryong", 7)
    events = events_of(
        "North Korea fired a ballistic missile on Saturday. The North has fired a total of 13 "
        "missiles this year, beginning in January.",
        "2009-07-04",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-07-04")]


def test_what_those_earlier_missiles_were_is_the_earlier_launchs() -> None:
    events = events_of(
        "North Korea test-fired seven ballistic missiles off its east coast on Saturday, the JCS "
        "said. The missiles are believed to be Scud-type short-range ballistic missiles. The "
        "launches came two days after the North fired four short-range missiles from near "
        "Hamhung on Thursday. Military officials believe those were KN-01 surface-to-ship "
        "missiles with a range of about 100 km.",
        "2009-07-04T10:00:00+09:00",
    )
    assert [(e.role, e.date, e.missile_class, e.missile_types, e.count_min) for e in events] == [
        ("primary", "2009-07-04", "SRBM", ["Scud"], 7),
        ("background", "2009-07-02", "cruise", ["KN-01"], 4),
    ]


def test_an_earlier_version_of_the_rocket_is_no_correction_note() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Wednesday. In April, an earlier version of "
        "the rocket broke apart about a minute after liftoff and fell into the sea.",
        "2012-12-12",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2012-12-12"),
        ("background", "2012-04"),
    ]
    events = events_of(
        "North Korea launched a long-range rocket on Wednesday. An earlier version of this story "
        "said the rocket was launched in April.",
        "2012-12-12",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-12-12")]


def test_what_a_range_could_exceed_is_not_the_distance_flown() -> None:
    primary = primary_of(
        "North Korea fired an ICBM on Thursday. It flew about 1,100 km, the ministry said. The "
        'minister said the missile was believed to be "a new type of ICBM-class ballistic '
        'missile," and that if it were fired on a normal trajectory, its range could exceed '
        "15,000 km depending on the weight of the warhead.",
        "2022-03-24",
    )
    assert primary.distance_km == 1100


def test_what_flew_when_an_earlier_launch_was_made_is_that_launchs() -> None:
    events = events_of(
        "North Korea launched an ICBM on Thursday. The North last launched an ICBM on December 18 "
        "last year, when a Hwasong-18 flew for about 73 minutes.",
        "2024-10-31",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2024-10-31", []),
        ("background", "2023-12-18", ["Hwasong-18"]),
    ]


def test_an_explainers_question_dates_the_launch_its_answer_tells() -> None:
    primary = primary_of(
        "North Korea's state media on Friday said the country had successfully tested its biggest "
        "intercontinental ballistic missile, the Hwasong-17.\n\nWhat happened on Thursday?\n\n"
        "South Korea's Joint Chiefs of Staff said the missile was fired from the Sunan area of "
        "Pyongyang at 2:34 p.m. local time (0534 GMT).",
        "2022-03-25",
    )
    assert (primary.date, primary.time_kst, primary.site) == ("2022-03-24", "14:34", "Sunan")


def test_a_timelines_double_dashed_items_are_launches_of_their_days() -> None:
    events = events_of(
        "A ballistic missile fired by North Korea on Tuesday flew over Japan.\n\n"
        "The following are past North Korean launches that flew over Japan:\n\n"
        "-- April 5, 2009: A long-range rocket, which North Korea said carried a satellite, flew "
        "over Akita and Iwate prefectures.\n\n"
        "-- Dec. 12, 2012: A rocket passed over Okinawa Prefecture. Pyongyang said a satellite "
        "entered orbit.",
        "2022-10-04",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-10-04"),
        ("background", "2009-04-05"),
        ("background", "2012-12-12"),
    ]


def test_a_factbox_item_headed_by_a_test_is_of_the_day_after_its_heading() -> None:
    events = events_of(
        "SEOUL, Dec. 18 (Yonhap) -- North Korea fired an ICBM toward the East Sea on Monday.\n\n"
        "-- FIRST TEST: April 13. The North said the missile's second and third stages were "
        "fired at a steep angle. It flew about 1,000 km.\n\n"
        "-- SECOND TEST: July 12. The missile flew for 74 minutes, reaching an altitude of "
        "6,648 km.\n\n"
        "-- CONTEXT: Monday's launch came days after officials met in Washington.",
        "2023-12-18",
    )
    assert [(e.role, e.date, e.distance_km, e.apogee_km) for e in events] == [
        ("primary", "2023-12-18", None, None),
        ("background", "2023-04-13", 1000, None),
        ("background", "2023-07-12", None, 6648),
    ]


def test_what_was_fired_and_reached_an_altitude_is_a_missile() -> None:
    events = events_of(
        "North Korea on Sunday fired an intermediate-range ballistic missile, a Hwasong-12, "
        "which reached an altitude of up to 2,000 km.\n\nTEST HISTORY\n\n"
        "- May 14, 2017 - The first successful test. Fired near Kusong at a lofted angle, it "
        "reached an altitude of 2,111 km and flew 787 km.",
        "2022-01-30",
    )
    assert [(e.role, e.date, e.site, e.apogee_km) for e in events] == [
        ("primary", "2022-01-30", None, 2000),
        ("background", "2017-05-14", "Kusong", 2111),
    ]


def test_how_far_a_missile_could_reach_guam_from_is_no_distance_flown() -> None:
    primary = primary_of(
        "North Korea launched a hypersonic missile on Monday. It flew about 1,100 kilometers. "
        "An intermediate-range missile flying 3,000 to 5,500 kilometers could reach Guam, home to "
        "major U.S. military bases.",
        "2025-01-07",
    )
    assert primary.distance_km == 1100


def test_a_type_believed_after_but_is_what_flew_though_it_was_not_confirmed() -> None:
    primary = primary_of(
        "North Korea fired a ballistic missile from near Pyongyang on Tuesday, the Joint Chiefs "
        "of Staff said. Its type has not been officially confirmed, but experts believe it was a "
        "Hwasong-12 intermediate-range missile.",
        "2022-10-05",
    )
    assert (primary.missile_class, primary.missile_types) == ("IRBM", ["Hwasong-12"])


def test_the_day_state_media_named_the_missile_is_not_another_time() -> None:
    for naming in (
        "On Wednesday, the official news agency confirmed it as the Hwasong-15.",
        "State media identified it on Wednesday as the Hwasong-15, a huge missile first shown at "
        "a parade in February 2018.",
    ):
        primary = primary_of(
            "North Korea launched a long-range missile early Tuesday from Pyongsong, officials in "
            f"Seoul said. {naming}",
            "2017-11-30",
        )
        assert (primary.date, primary.missile_types) == ("2017-11-28", ["Hwasong-15"]), naming


def test_a_type_said_to_be_almost_certainly_another_of_a_kind_shown_at_a_parade() -> None:
    primary = primary_of(
        "North Korea fired a missile over Hokkaido on Friday morning. It is almost certainly "
        "another Hwasong-12, the intermediate-range missile the North showed at its April parade.",
        "2017-09-15",
    )
    assert (primary.missile_class, primary.missile_types) == ("IRBM", ["Hwasong-12"])


def test_state_medias_word_the_day_after_a_launch_told_names_that_launch() -> None:
    primary = primary_of(
        "North Korea fired a ballistic missile at about 7:22 a.m. on Thursday the 13th from "
        "near Pyongyang, Japan's Ministry of Defense said. On the 14th, the North's state media "
        "said a new solid-fuel intercontinental ballistic missile, the Hwasong-18, had been "
        "tested.",
        "2023-04-19",
    )
    assert (primary.date, primary.missile_class, primary.missile_types) == (
        "2023-04-13",
        "ICBM",
        ["Hwasong-18"],
    )


def test_the_exact_time_wins_over_the_round_one_the_launch_came_shortly_after() -> None:
    primary = primary_of(
        "North Korea fired a ballistic missile this afternoon, at about 2:12 p.m. ET, or just "
        "after 3 a.m. Friday in Korea, the Pentagon said.",
        "2017-07-27",
    )
    assert (primary.date, primary.time_kst) == ("2017-07-28", "03:12")


def test_an_earlier_launchs_weekday_in_a_european_evening_story_is_the_week_before() -> None:
    events = events_of(
        "GENEVA - North Korea fired three short-range ballistic missiles on Thursday evening, "
        "South Korea's military said. The launch followed a submarine-launched ballistic missile "
        "fired off Sinpo on Saturday.",
        "2022-05-13T17:45:00+02:00",
    )
    assert [(e.role, e.date, e.site) for e in events] == [
        ("primary", "2022-05-12", None),
        ("background", "2022-05-07", "Sinpo"),
    ]


def test_a_flight_record_set_in_a_month_is_that_months_launch() -> None:
    for record in (
        "Its longest flight until then, about 71 minutes, was recorded in March last year.",
        "It beat the previous flight-time record of about 71 minutes set in March last year.",
    ):
        events = events_of(
            f"North Korea fired an ICBM on Thursday that flew for 86 minutes. {record}",
            "2024-10-31",
        )
        assert [(e.role, e.date) for e in events] == [
            ("primary", "2024-10-31"),
            ("background", "2023-03"),
        ], record


def test_two_distances_sharing_one_unit_give_the_longer_flight() -> None:
    primary = primary_of(
        "North Korea fired two short-range missiles on Thursday. They flew about 420 and 270 "
        "kilometres respectively before falling into the sea.",
        "2019-05-10",
    )
    assert primary.distance_km == 420


def test_a_satellite_placed_in_orbit_makes_the_rocket_a_space_launcher() -> None:
    primary = primary_of(
        "North Korea launched a rocket on Sunday from the Sohae site, and aid agencies kept "
        "working. State media said an observation satellite had been placed in orbit.",
        "2016-02-09",
    )
    assert primary.missile_class == "SLV"


def test_a_launch_a_viral_post_claimed_is_no_launch() -> None:
    events = events_of(
        'A post shared thousands of times on social media claimed North Korea had "fired '
        """rockets at Okinawa" on Sunday night. Japan's defence ministry said it had seen no """
        "unusual movement.",
        "2024-05-28",
    )
    assert events == []


def test_a_missiles_range_stated_with_is_is_no_distance_flown() -> None:
    primary = primary_of(
        "North Korea fired a Musudan on Wednesday that flew about 400 km. The missile's "
        "maximum range is 3,000 to 4,000 km, enough to reach Guam.",
        "2016-06-23",
    )
    assert primary.distance_km == 400


def test_the_missile_said_to_be_possibly_a_class_before_the_launch_is_told() -> None:
    primary = primary_of(
        "Tokyo's defence minister said the missile, probably an intercontinental ballistic "
        "missile, had vanished from radar over the sea. Seoul's military said North Korea fired "
        "a long-range ballistic missile from the Sunan area at around 7:40 a.m.",
        "2022-11-03",
    )
    assert (primary.time_kst, primary.missile_class) == ("07:40", "ICBM")


def test_the_day_a_claim_was_disputed_is_not_the_launch_day() -> None:
    events = events_of(
        "SEOUL -- South Korea's military on Wednesday disputed North Korea's claim that its new "
        "missile flew 1,000 kilometers. State media said earlier in the day that the missile "
        "had been tested on Tuesday.",
        "2025-03-12",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2025-03-11")]


def test_a_class_that_viral_posts_gave_the_missiles_is_not_theirs() -> None:
    primary = primary_of(
        "North Korea fired two short-range missiles off its east coast on Thursday, the JCS "
        "said. Posts shared widely online called the missiles ICBMs. They were not.",
        "2019-07-26",
    )
    assert primary.missile_class == "SRBM"


def test_a_satellite_named_beside_it_put_into_orbit_dates_a_launch() -> None:
    events = events_of(
        "North Korea launched a rocket at 10:44 p.m. on Monday. The North put its first "
        "military spy satellite, the Malligyong-1, into orbit in November last year.",
        "2024-05-28",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2024-05-27", "unknown"),
        ("background", "2023-11", "SLV"),
    ]


def test_a_timelines_stamp_on_a_launch_in_the_present_is_its_time() -> None:
    primary = primary_of(
        "Residents woke to sirens on Wednesday. Here is how the morning unfolded.\n\n"
        "6:27 a.m. — North Korea launches a rocket from the Tongchang-ri area, the military "
        "says.\n\n"
        "6:32 a.m. — Japan issues an alert for Okinawa.\n\n"
        "6:41 a.m. — Seoul's city government sends an emergency text to residents.\n\n"
        "7:03 a.m. — The interior ministry says the text was sent in error.",
        "2023-05-31T19:30:00+09:00",
    )
    assert (primary.date, primary.time_kst, primary.site) == (
        "2023-05-31",
        "06:27",
        "Tongchang-ri",
    )


def test_a_named_missile_that_did_fly_is_a_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 on Sunday on a lofted trajectory, so it did not pass "
        "over Japan. The Hwasong-12 did fly over Japan twice in 2017.",
        "2022-01-31",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-01-30"),
        ("background", "2017"),
    ]


def test_no_launch_since_a_pledge_dates_no_launch() -> None:
    assert (
        events_of(
            "North Korea showed a new ICBM at a parade on Saturday. It has not flight-tested an "
            "ICBM since Kim declared a moratorium on such tests in 2018.",
            "2020-10-12",
        )
        == []
    )


def test_a_months_launch_whose_day_the_next_sentence_gives_is_one_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Thursday. In March, it fired a liquid-fuel Hwasong-17. "
        "That launch, on March 16, came hours before a summit in Tokyo.",
        "2023-04-14",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2023-04-13", []),
        ("background", "2023-03-16", ["Hwasong-17"]),
    ]


def test_a_missile_exploding_after_launch_keeps_its_name_and_site() -> None:
    events = events_of(
        "North Korea fired an ICBM on Friday. On Oct. 15, a Musudan exploded immediately after "
        "launch near Kusong.",
        "2016-12-29",
    )
    earlier = [e for e in events if e.date == "2016-10-15"]
    assert [(e.missile_types, e.site) for e in earlier] == [(["Musudan"], "Kusong")]


def test_a_timelines_satellite_that_enters_orbit_or_explodes_was_launched() -> None:
    events = events_of(
        "North Korea launched a rocket on Tuesday night. The following is a timeline.\n\n"
        "April 13, 2012 -- The Kwangmyongsong-3 explodes shortly after liftoff.\n\n"
        "Feb. 7, 2016 -- The Kwangmyongsong-4 enters orbit.",
        "2023-11-22",
    )
    assert [e.date for e in events if e.role == "background"] == ["2012-04-13", "2016-02-07"]


def test_a_dated_flight_is_a_launch() -> None:
    events = events_of(
        "North Korea's Unha-3 lifted off from Sohae at 09:49 local time this morning. The April "
        "13 flight broke up during first-stage flight and came down in the Yellow Sea.",
        "2012-12-12",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2012-12-12"),
        ("background", "2012-04-13"),
    ]


def test_the_same_type_passing_over_japan_on_a_day_is_a_launch() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Tuesday. Five years earlier, on August 29, "
        "2017, the same type passed over Hokkaido after flying about 2,700 km.",
        "2022-10-05",
    )
    assert [(e.date, e.distance_km) for e in events if e.role == "background"] == [
        ("2017-08-29", 2700.0)
    ]


def test_what_a_when_clause_tells_is_the_earlier_launchs() -> None:
    events = events_of(
        "North Korea fired an IRBM over Japan on Tuesday. The last time a North Korean missile "
        "flew over Japan was on September 15, 2017, when a Hwasong-12 launched from the Sunan "
        "area of Pyongyang flew about 3,700 km before falling into the Pacific.",
        "2022-10-05",
    )
    assert [(e.role, e.site, e.distance_km) for e in events] == [
        ("primary", None, None),
        ("background", "Sunan", 3700.0),
    ]


def test_months_listed_before_of_last_year_are_last_years() -> None:
    events = events_of(
        "North Korea fired a hypersonic missile on Monday. It also fired hypersonic missiles in "
        "January and April of last year.",
        "2025-01-07",
    )
    assert [e.date for e in events if e.role == "background"] == ["2024-01", "2024-04"]


def test_a_launch_warned_of_in_case_dates_nothing() -> None:
    events = events_of(
        "North Korea launched a long-range rocket over Japan on Sunday. The coast guard said its "
        "warnings would remain in force until the window closes on Wednesday in case North "
        "Korea attempts a second launch.",
        "2009-04-06",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_a_previous_attempt_that_flew_is_a_launch() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Friday. The North's previous attempt, in "
        "April 2009, flew over Japan before its upper stages fell into the Pacific.",
        "2012-04-13",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2012-04-13"),
        ("background", "2009-04"),
    ]


def test_the_month_since_which_a_launch_is_the_first_is_the_dated_one_of_that_month() -> None:
    events = events_of(
        "North Korea fired an ICBM on Monday. Analysts said its flight resembled that of the "
        "Hwasong-18, which North Korea last tested on July 12. The launch, the first ICBM firing "
        "since July, drew condemnation.",
        "2023-12-18",
    )
    assert [e.date for e in events if e.role == "background"] == ["2023-07-12"]


def test_a_named_missile_later_that_month_is_one_more_launch() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Tuesday. On Nov. 2, the North fired at least 23 "
        "missiles. Later that month, a Hwasong-17 ICBM fell inside Japan's exclusive economic "
        "zone.",
        "2022-12-28",
    )
    assert [e.date for e in events if e.role == "background"] == ["2022-11-02", "2022-11"]


def test_tours_that_were_launched_are_no_launch() -> None:
    assert (
        events_of(
            "Hundreds of South Korean tourists crossed the border into North Korea on Wednesday "
            "as regular day tours to the ancient city of Kaesong were launched.",
            "2007-12-05",
        )
        == []
    )


def test_a_launch_wrongly_announced_is_no_launch() -> None:
    events = events_of(
        "North Korea launched a rocket on Sunday. The launch came a day after the government "
        "embarrassed itself by wrongly announcing shortly after noon on Saturday that a rocket "
        "had been fired, a mistake officials blamed on a misread radar signal.",
        "2009-04-05",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_a_month_opening_what_was_said_of_a_dated_launch_is_the_sayings() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. In August, Air France said one of its jets had "
        "passed about 100 km from where a missile fired on July 28 fell into the sea.",
        "2017-11-30",
    )
    assert [e.date for e in events if e.role == "background"] == ["2017-07-28"]


def test_a_name_before_a_comma_is_not_judged_by_the_launch_word_after_it() -> None:
    events = events_of(
        "North Korea said Friday that it had tested a new solid-fuel intercontinental ballistic "
        "missile, the Hwasong-18, a day after the launch prompted a J-Alert warning. South "
        "Korea's Joint Chiefs of Staff said the missile was launched at around 7:23 a.m. "
        "Thursday.",
        "2023-04-14",
    )
    assert [(e.date, e.missile_types) for e in events] == [("2023-04-13", ["Hwasong-18"])]


def test_a_rocket_the_north_fired_on_a_day_is_counted_for_that_day() -> None:
    events = events_of(
        "North Korea fired two missiles early on Wednesday. Earlier this month, an airliner "
        "crossed the trajectory of a rocket the North fired on March 4, about seven minutes "
        "after the launch.",
        "2014-03-26",
    )
    assert [(e.date, e.count_min, e.count_max) for e in events] == [
        ("2014-03-26", 2, 2),
        ("2014-03-04", 1, 1),
    ]


def test_what_was_halted_after_a_launch_does_not_unsay_its_class() -> None:
    events = events_of(
        "Several trains in northern Japan were halted on Tuesday morning after North Korea fired "
        "an intermediate-range ballistic missile over Japan, the first such overflight since "
        "September 2017.",
        "2022-10-04",
    )
    assert [(e.date, e.missile_class) for e in events] == [
        ("2022-10-04", "IRBM"),
        ("2017-09", "unknown"),
    ]


def test_a_missile_in_photographs_does_not_count_one() -> None:
    events = events_of(
        "North Korea fired two short-range missiles from Kusong on Thursday. State media said "
        "Friday that Kim had guided a strike drill, and released photographs of a missile fired "
        "from a tracked launcher.",
        "2019-05-10",
    )
    assert [(e.count_min, e.count_max) for e in events] == [(2, 2)]


def test_a_day_before_a_launch_dated_by_its_own_day_is_not_the_launch() -> None:
    events = events_of(
        "Ships were advised to keep clear of three hazard areas on Monday as crews searched for "
        "debris from the long-range rocket North Korea launched on Sunday.",
        "2016-02-08",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2016-02-07")]


def test_a_military_clock_in_local_time_and_zulu_is_one_launch_time() -> None:
    events = events_of(
        "North Korea launched the missile at 0317 local time on 29 November (1817Z on 28 "
        "November) from Pyongsong, north of Pyongyang, according to South Korea's Joint Chiefs "
        "of Staff.",
        "2017-12-04",
    )
    assert [(e.date, e.time_kst, e.time_utc, e.site) for e in events] == [
        ("2017-11-29", "03:17", "2017-11-28T18:17Z", "Pyongsong")
    ]


def test_a_month_said_before_a_launch_with_its_own_day_is_not_a_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. The issue was raised in August, when Air France "
        "said one of its flights had passed 100km from the point where a North Korean missile "
        "launched on 28 July came down.",
        "2017-12-01",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-11-29"),
        ("background", "2017-07-28"),
    ]


def test_launches_during_the_allies_drills_are_the_norths() -> None:
    events = events_of(
        "North Korea fired two Rodong missiles on Wednesday. It comes as Pyongyang has been "
        "staging short-range launches during the annual South Korea-U.S. military exercises, "
        "including four Scud missiles on Feb. 27 that flew about 220 km.",
        "2014-03-26",
    )
    assert [(e.date, e.missile_types) for e in events] == [
        ("2014-03-26", ["Rodong"]),
        ("2014-02-27", ["Scud"]),
    ]


def test_a_false_alarm_of_yesterday_does_not_unsay_todays_launch() -> None:
    events = events_of(
        "North Korea this morning launched a long-range rocket over Japan. People in Tokyo were "
        "nervous, because yesterday the government announced a launch that had not happened. It "
        "was a false alarm, a mistake with the radar data.",
        "2009-04-05",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_a_notional_launch_in_a_model_is_no_launch() -> None:
    events = events_of(
        "We develop a model of the time between a launch from North Korea and public warnings "
        "in Japan. For a notional intermediate-range missile launched from the Pyongyang area "
        "toward Guam, we estimate a median flight time of 17.5 minutes.",
        "2020-09-14",
    )
    assert events == []


def test_a_guests_answer_after_the_hosts_greeting_tells_the_news() -> None:
    primary = primary_of(
        "HOST: Welcome to the Weekly Brief. I'm Ann Lee. Thanks for listening. With me is Tom "
        "Ash, who follows the North's rockets. Tom, what happened this morning?\n\n"
        "ASH: So, North Korea launched its Unha-3 rocket from the Sohae site at Tongchang-ri. "
        "It flew south over the Yellow Sea.",
        "2012-12-12",
    )
    assert (primary.date, primary.site) == ("2012-12-12", "Tongchang-ri")


def test_a_korean_clock_said_apart_from_the_launch_times_it() -> None:
    primary = primary_of(
        "HOST: North Korea fired a new solid-fuel missile while the President was at dinner. "
        "This was Saturday night here.\n\n"
        "GUEST: Saturday evening in Florida, right around dinner, and 7:55 Sunday morning in "
        "Korea. It flew about 500 kilometers.",
        "2017-02-13T17:00:00-05:00",
    )
    assert (primary.date, primary.time_kst) == ("2017-02-12", "07:55")


def test_the_country_is_the_one_last_named() -> None:
    text = (
        'South Korea\'s entry into military space is "late but not too late," experts said at '
        "a seminar on Wednesday, held after a week in which the country launched its first "
        "military reconnaissance satellite and tested a solid-fuel space rocket."
    )
    assert events_of(text, "2023-12-07") == []
    primary = primary_of(
        "A North Korean missile flew over Japan on Tuesday, the longest flight of any missile "
        "the country has launched.",
        "2022-10-04",
    )
    assert primary.date == "2022-10-04"


def test_a_launch_day_and_washingtons_afternoon_of_the_day_before_are_one_launch() -> None:
    events = events_of(
        "The hearing on missile defense opened with a review of the record.\n\n"
        "In the early morning hours of July 5, 2006, local time (the afternoon of July 4 in "
        "Washington), North Korea launched a series of ballistic missiles into the Sea of "
        "Japan.",
        "2007-03-01",
    )
    assert [e.date for e in events] == ["2006-07-05"]


def test_an_islands_clock_is_on_the_island() -> None:
    primary = primary_of(
        "North Korea fired a Musudan missile from near Wonsan at 6:56 a.m. Wednesday on Guam, "
        "officials said.",
        "2016-06-22",
    )
    assert (primary.date, primary.time_kst) == ("2016-06-22", "05:56")


def test_two_launch_clocks_share_the_zone_said_after_the_second() -> None:
    primary = primary_of(
        "Pacific Command said it tracked the first North Korean launch at 10:56 a.m. and the "
        "second at 1:03 p.m. Hawaii time Tuesday.",
        "2016-06-22",
    )
    assert (primary.date, primary.time_kst) == ("2016-06-22", "05:56")


def test_the_most_recent_of_a_series_that_also_failed_is_a_launch() -> None:
    events = events_of(
        "North Korea fired two Musudan missiles on Wednesday. It was the sixth attempt this "
        "year. The first, on April 15, exploded shortly after liftoff. The most recent before "
        "Wednesday, on May 31, also failed.",
        "2016-06-22",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
        ("background", "2016-05-31"),
    ]


def test_a_named_missile_that_crossed_a_region_was_launched() -> None:
    events = events_of(
        "North Korea launched a long-range rocket over Japan on Sunday. On Aug. 31, 1998, a "
        "Taepodong-1 crossed the Tohoku region.",
        "2009-04-05",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2009-04-05"),
        ("background", "1998-08-31"),
    ]


def test_a_siren_test_is_no_launch() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. The state said the monthly statewide siren "
        "test on Friday will go ahead as planned.",
        "2017-11-29",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-11-29")]


def test_last_weekdays_paper_is_that_weekday() -> None:
    primary = primary_of(
        "Last Tuesday's paper carried a story saying North Korea had fired a ballistic missile "
        "into the sea. Readers wanted to know what had changed.\n\n"
        "The launch came at 9:40 a.m. Tuesday in Korea, which was 8:40 p.m. Monday, July 3, on "
        "the East Coast.",
        "2017-07-09",
    )
    assert (primary.date, primary.time_kst) == ("2017-07-04", "09:40")


def test_a_missile_that_crossed_over_southern_hokkaido_on_a_day_was_launched_that_day() -> None:
    primary = primary_of(
        "Tuesday's North Korean missile, which crossed over southern Hokkaido before dawn, "
        "brought the J-Alert warning to phones across 12 prefectures. Below are letters "
        "received this week.\n\n"
        "The government said the missile was launched at 5:58 a.m. from near Pyongyang.",
        "2017-09-02",
    )
    assert (primary.date, primary.time_kst) == ("2017-08-29", "05:58")


def test_an_opening_scenes_day_dates_the_launch_it_spoke_of_by_its_noun() -> None:
    primary = primary_of(
        "On Tuesday night, for the third time this year, phones across Okinawa lit up with a "
        "J-Alert warning about a North Korean launch. According to the Japanese government, the "
        "rocket was launched at around 10:43 p.m. from the northwest of North Korea.",
        "2023-11-25",
    )
    assert (primary.date, primary.time_kst) == ("2023-11-21", "22:43")


def test_the_day_of_a_front_page_is_not_the_launchs() -> None:
    primary = primary_of(
        "Your front page on Tuesday carried the military's account of Monday's launch: one "
        "intermediate-range ballistic missile fired from the Pyongyang area.",
        "2025-01-09",
    )
    assert primary.date == "2025-01-06"


@pytest.mark.parametrize(
    "false_start",
    [
        'At 12:16 p.m. on Saturday the government announced that a projectile "appears to have '
        'been launched," only to retract the statement minutes later.',
        "I was in Tokyo on Saturday when the government announced that the launch had taken "
        "place, and then five minutes later took it back.",
    ],
)
def test_a_launch_announced_and_taken_back_is_none(false_start: str) -> None:
    events = events_of(
        f"North Korea launched a long-range rocket over Japan on Sunday. {false_start}",
        "2009-04-06",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_a_day_whose_clause_shows_a_missile_is_no_launch() -> None:
    events = events_of(
        "North Korea fired two ballistic missiles on Wednesday. The North last tested an "
        "ICBM, the Hwasong-19, on Oct. 31 last year, and earlier this month displayed a new "
        "Hwasong-20 ICBM at a military parade in Pyongyang.",
        "2025-10-23",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2025-10-22"),
        ("background", "2024-10-31"),
    ]


def test_the_day_an_edition_closed_is_not_a_launchs() -> None:
    events = events_of(
        "North Korea fired missiles on Wednesday. Our first edition, closed at about 11 p.m. "
        'Tuesday, reported "at least five" missiles.',
        "2006-07-09",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2006-07-05")]


def test_in_korea_it_was_gives_the_launchs_korean_clock() -> None:
    primary = primary_of(
        "North Korea fired seven missiles this week. The first missile went up at about 2:30 "
        "p.m. Eastern time on Tuesday. In North Korea it was about 3:30 a.m. Wednesday. The "
        "last was fired at about 5:20 p.m. Korean time Wednesday.",
        "2006-07-09",
    )
    assert (primary.date, primary.time_kst) == ("2006-07-05", "03:30")


def test_on_a_day_however_it_said_is_the_day_it_was_said() -> None:
    events = events_of(
        "North Korea fired a ballistic missile from Musudan-ri at around 12:07 p.m. Monday. On "
        "Tuesday, however, it said the projectile was a new two-stage missile, the Taepodong-1.",
        "1998-09-02",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "1998-08-31")]


def test_since_a_president_returned_to_office_in_a_month_is_no_launch() -> None:
    events = events_of(
        "North Korea fired several short-range ballistic missiles on Thursday. It was the "
        "North's first ballistic missile launch since March 10, when it fired several missiles "
        "into the Yellow Sea, and its second since U.S. President Donald Trump returned to "
        "office in January.",
        "2025-05-10",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2025-05-08"),
        ("background", "2025-03-10"),
    ]


def test_a_south_korean_sounding_rocket_launched_from_anheung_is_no_north_korean_launch() -> None:
    events = events_of(
        "North Korea launched its Unha-2 rocket at 11:30 a.m. Sunday. Yoon led the engine team "
        "for the KSR-1, a single-stage sounding rocket first launched from Anheung, South "
        "Chungcheong Province, in June 1993.",
        "2009-04-08",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_officials_counted_seven_is_the_count() -> None:
    primary = primary_of(
        "North Korea began firing missiles at 3:32 a.m. Wednesday. By the time the last one "
        "splashed down, U.S. officials counted seven: several Scud and Rodong missiles and the "
        "Taepodong-2.",
        "2006-07-07",
    )
    assert (primary.count_min, primary.count_max) == (7, 7)


def test_a_named_missile_that_arced_over_japan_flew_and_an_earlier_clauses_year_did_not() -> None:
    events = events_of(
        "North Korea fired seven missiles on Wednesday. She moved to the Korea account in 1994, "
        "the year of the first nuclear crisis, and was on duty in August 1998 when a "
        "Taepodong-1 arced over Japan and into the Pacific.",
        "2006-07-07",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2006-07-05"),
        ("background", "1998-08"),
    ]


def test_a_day_named_after_a_western_place_is_that_places_and_korea_gives_the_launchs() -> None:
    events = events_of(
        "While President Trump was having dinner with Prime Minister Abe at his resort in "
        "Florida on Saturday night, North Korea fired a ballistic missile into the sea. The "
        "launch happened at 7:55 a.m. Sunday in Korea. Some students said they had not heard "
        "about the launch until class on Monday.",
        "2017-02-15",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2017-02-12", "07:55")]


def test_the_test_that_happened_on_a_day_is_the_launch_told() -> None:
    primary = primary_of(
        "North Korea says it tested a new kind of missile. The test happened early Tuesday "
        "morning in North Korea.",
        "2021-09-30",
    )
    assert primary.date == "2021-09-28"


def test_a_session_to_be_held_on_the_launch_on_a_day_is_no_launch() -> None:
    events = events_of(
        "North Korea fired a ballistic missile that crossed over northern Japan on Monday. The "
        "Japanese Student Association will hold an information session on the launch Thursday "
        "at 7 p.m. in the International Center.",
        "1998-09-01",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "1998-08-31")]


def test_a_day_in_a_clause_set_in_the_united_states_is_the_american_day() -> None:
    events = events_of(
        "North Korea fired seven missiles into the sea on Wednesday. While the missiles were "
        "being fired, people in the United States were celebrating Independence Day on 4 July.",
        "2006-07-06",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2006-07-05")]


def test_the_hours_of_a_launch_window_are_no_launch_time() -> None:
    primary = primary_of(
        "North Korea launched the Unha-3 rocket on Wednesday at 8:49 a.m. Manila time, the "
        "Japanese government said. North Korea had announced a launch window, with launches "
        "each day between 7 a.m. and noon Korea time.",
        "2012-12-13",
    )
    assert (primary.date, primary.time_kst) == ("2012-12-12", "09:49")


def test_a_fact_box_under_a_launch_gives_its_clock_and_site() -> None:
    primary = primary_of(
        "North Korea launched a long-range rocket on Sunday, which it says put a satellite "
        "into orbit.\n\nAt a glance\n- Date and time: 7 February 2016, 9:30 am local time.\n"
        "- Launch site: Sohae, North Phyongan province.\n- Rocket: Unha-3.",
        "2016-02-08",
    )
    assert (primary.date, primary.time_kst, primary.site) == ("2016-02-07", "09:30", "Tongchang-ri")


def test_a_talks_date_and_time_under_a_launch_is_no_launch() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Sunday, the Joint Chiefs of Staff said.\n\n"
        "Upcoming event: What next for Korea?\n- Date and time: Thursday 12 March, 6 pm.\n"
        "- Venue: Room 4, Senate House.",
        "2020-03-09",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2020-03-08", None)]


def test_a_capital_headline_and_a_dated_masthead_are_no_sentences_of_the_lead() -> None:
    primary = primary_of(
        "SPACE WEEKLY\nNo. 412 -- Monday, 15 February 2016\n\nWHERE IS THE NEW SATELLITE?\n\n"
        "Amateur trackers spent the weekend hunting for a faint new object.\n\n"
        "On Friday state media said that North Korea had launched an earth observation "
        "satellite on 7 February.",
        "2016-02-15",
    )
    assert (primary.role, primary.date) == ("primary", "2016-02-07")


def test_a_satellite_north_korea_had_placed_into_orbit_on_a_day_was_launched_then() -> None:
    primary = primary_of(
        "State media announced that North Korea had placed its second satellite, "
        "Kwangmyongsong-2, into orbit on 5 April.",
        "2009-04-07",
    )
    assert (primary.date, primary.missile_class) == ("2009-04-05", "SLV")


def test_a_city_that_people_are_outside_of_is_no_launch_site() -> None:
    primary = primary_of(
        "North Korea fired a rocket over Japan on Monday. Everyone outside Pyongyang called it "
        "a missile test; Tokyo said the missile was fired from the Musudan-ri area.",
        "1998-09-02",
    )
    assert primary.site == "Tonghae"


def test_a_missile_that_lent_the_rocket_a_stage_is_not_what_flew() -> None:
    primary = primary_of(
        "North Korea fired a Taepodong-1 rocket over Japan on Monday. Its first stage is "
        "believed to be derived from the Nodong. Adding upper stages to a Nodong is the step "
        "analysts expected, which is why Tokyo cares where the second stage landed.",
        "1998-09-02",
    )
    assert primary.missile_types == ["Taepodong-1"]


def test_a_missile_that_left_its_launcher_on_a_day_was_launched_then() -> None:
    primary = primary_of(
        "Tokyo said the first North Korean missile left its launcher at 05:58 on Wednesday, "
        "and two more followed within the hour, three in all.",
        "2016-06-23",
    )
    assert (primary.date, primary.time_kst, primary.count_min, primary.count_max) == (
        "2016-06-22",
        "05:58",
        3,
        3,
    )


def test_a_tally_in_all_this_year_is_no_count_of_the_launch() -> None:
    primary = primary_of(
        "North Korea fired two ballistic missiles on Thursday, bringing its launches to "
        "23 in all this year.",
        "2022-12-16",
    )
    assert (primary.count_min, primary.count_max) == (2, 2)


def test_an_announcement_withdrawn_in_a_later_sentence_was_no_launch() -> None:
    events = events_of(
        "At 12:16 p.m. on April 4, the government told broadcasters that North Korea "
        '"appears to have launched a projectile." TV stations broke into programming. Five '
        "minutes later the government withdrew it. North Korea launched the rocket from "
        "Musudan-ri at 11:30 a.m. Sunday, South Korean officials said.",
        "2009-04-06",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_a_warning_withdrawn_after_a_launch_leaves_the_launch() -> None:
    events = events_of(
        "North Korea fired a ballistic missile on Thursday morning. Japan issued a J-Alert "
        "telling residents of Hokkaido to take shelter. It later retracted the warning.",
        "2023-04-14",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2023-04-13")]


def test_missiles_launched_again_and_again_are_no_launch_of_the_day() -> None:
    events = events_of(
        '"Look at what is happening in Ukraine. Look at the missiles being launched by North '
        'Korea, again and again," Prime Minister Fumio Kishida told a crowd outside a train '
        "station in Osaka on Thursday evening.",
        "2022-07-01",
    )
    assert events == []


def test_a_named_missile_that_flew_in_a_past_month_is_a_background_launch() -> None:
    events = events_of(
        "North Korea launched a Taepodong-2 from Musudan-ri on Wednesday. It failed after "
        "about 40 seconds. Its predecessor, the Taepodong-1, flew over the Tohoku region in "
        "August 1998.",
        "2006-07-06",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2006-07-05"),
        ("background", "1998-08"),
    ]


def test_the_day_state_media_said_what_flew_leaves_the_name_to_the_launch() -> None:
    primary = primary_of(
        "A North Korean missile passed over Hokkaido on Tuesday morning, the government said. "
        "It flew about 2,700 km. North Korea's state media said on Wednesday that it was an "
        "intermediate-range Hwasong-12.",
        "2017-08-31",
    )
    assert (primary.date, primary.missile_class, primary.missile_types) == (
        "2017-08-29",
        "IRBM",
        ["Hwasong-12"],
    )


def test_the_day_of_what_a_launch_did_not_do_is_no_launch() -> None:
    events = events_of(
        "North Korea on Thursday fired several short-range ballistic missiles from the Wonsan "
        'area. "The launch did not even make the conversation at open houses last weekend," '
        "an analyst said.",
        "2025-05-09",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2025-05-08")]


def test_a_class_first_given_then_confirmed_otherwise_is_the_later_one() -> None:
    primary = primary_of(
        "North Korea test-launched a missile at 9:40 a.m. Tuesday from Panghyon. The U.S. "
        "military initially described it as an intermediate-range missile before the "
        "Secretary of State confirmed late Tuesday that Washington assessed it as an ICBM.",
        "2017-07-05",
    )
    assert (primary.date, primary.missile_class) == ("2017-07-04", "ICBM")


def test_the_month_of_a_vetoed_resolution_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired an intercontinental ballistic missile on Friday. Russia and China "
        "vetoed a U.S.-drafted resolution in May that would have tightened sanctions after "
        "earlier ICBM tests.",
        "2022-11-18",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2022-11-18")]


def test_where_an_agency_said_it_had_been_fired_from_is_the_site() -> None:
    primary = primary_of(
        "Pyongyang fired a ballistic missile on Tuesday that flew over Hokkaido. The missile "
        "was launched at 5:58 a.m. from near Pyongyang, the government said. South Korea's "
        "Joint Chiefs of Staff said it had been fired from the Sunan area of the capital.",
        "2017-08-29",
    )
    assert (primary.site, primary.reported_by) == ("Sunan", ["South Korea JCS"])


def test_less_than_two_days_earlier_is_a_bound_not_a_day() -> None:
    events = events_of(
        "Defense Secretary Robert Gates today proposed cutting the budget. Less than two days "
        "earlier, North Korea had sent a three-stage rocket over Japan. NORAD said North Korea "
        "launched a Taepo Dong 2 at 10:30 p.m. EDT Saturday, which was 11:30 a.m. Sunday in "
        "Korea.",
        "2009-04-06",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2009-04-05", "11:30")]


def test_a_launch_told_in_full_after_another_countrys_unrelated_test_is_the_news() -> None:
    events = events_of(
        "On Sunday a THAAD battery firing from Kodiak intercepted a medium-range ballistic "
        "missile target that had been air-launched from a C-17 over the Pacific. At 11:41 p.m. "
        "Friday Korea time, North Korea launched its second Hwasong-14 intercontinental "
        "ballistic missile from Mupyong-ni, the Pentagon said.",
        "2017-07-31",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2017-07-28", "23:41")]


def test_a_launch_another_countrys_lead_answers_stays_background() -> None:
    events = events_of(
        "South Korea and the United States fired four missiles into the East Sea early "
        "Wednesday in response to North Korea's launch of an intermediate-range ballistic "
        "missile over Japan. On Tuesday, the North fired the IRBM from Mupyong-ri at 7:23 a.m.",
        "2022-10-05",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2022-10-04")]


def test_roughly_400_rounds_fired_are_artillery() -> None:
    events = events_of(
        "North Korea fired about 200 artillery rounds into waters north of the Northern Limit "
        "Line on Friday morning. Starting at about 3 p.m., the Marine Corps' Northwest Islands "
        "Defense Command fired roughly 400 rounds south of the line from K9 self-propelled "
        "howitzers and other weapons.",
        "2024-01-05",
    )
    assert events == []


def test_a_saying_set_off_by_commas_leaves_the_day_to_the_launch() -> None:
    events = events_of(
        "Then on Thursday morning, the JCS said, North Korea fired about 18 short-range "
        "ballistic missiles from the Sunan area at 6:14 a.m.",
        "2024-05-31",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2024-05-30", "06:14")]


def test_the_launch_of_missiles_named_with_its_clock_is_told() -> None:
    events = events_of(
        "The air raid siren sounded across the island, the first most residents had heard "
        "outside a drill. The warning followed the launch of three short-range ballistic "
        "missiles from the Wonsan area at 8:51 a.m., according to the Joint Chiefs of Staff.",
        "2022-11-02",
    )
    assert [(e.role, e.date, e.time_kst, e.site) for e in events] == [
        ("primary", "2022-11-02", "08:51", "Wonsan")
    ]


def test_a_launch_in_response_leaves_the_story_the_norths() -> None:
    events = events_of(
        "North Korea fired 23 missiles on Wednesday, the JCS said. South Korean fighter jets "
        "fired three air-to-surface missiles into waters north of the line in response. "
        "Wednesday's barrage came a month after the intermediate-range missile that flew over "
        "Japan on Oct. 4.",
        "2022-11-03",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-11-02"),
        ("background", "2022-10-04"),
    ]


def test_a_flight_the_sentence_before_told_goes_on_in_a_pronoun() -> None:
    events = events_of(
        "Squid boats were heading home when the radio said a missile was in flight. According "
        "to the Ministry of Defense, the missile flew for about 86 minutes and reached an "
        "altitude of more than 7,000 km. It travelled about 1,000 km and fell at around 8:37 "
        "a.m. South Korea's Joint Chiefs of Staff said the missile was launched from the "
        "Pyongyang area at 7:10 a.m.",
        "2024-10-31",
    )
    assert [(e.role, e.time_kst, e.distance_km, e.apogee_km) for e in events] == [
        ("primary", "07:10", 1000.0, 7000.0)
    ]


def test_where_a_missile_did_not_fall_is_not_its_landing() -> None:
    alone, beside = (
        events_of(f"North Korea fired an ICBM on Thursday. It fell {where}.", "2024-10-31")
        for where in (
            "outside Japan's exclusive economic zone",
            "outside Japan's exclusive economic zone, into the Sea of Japan",
        )
    )
    assert [e.landing for e in alone] == ["outside Japan's exclusive economic zone"]
    assert [e.landing for e in beside] == ["the Sea of Japan"]


def test_the_launch_of_a_month_is_a_launch_then() -> None:
    events = events_of(
        "North Korea fired a Hwasong-12 over Japan on Tuesday. It was the first missile to "
        "cross Japanese territory since the Taepodong launch of August 1998.",
        "2017-08-30",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2017-08-29"),
        ("background", "1998-08"),
    ]


def test_how_far_a_missile_would_travel_is_not_its_flight() -> None:
    events = events_of(
        "North Korea fired an ICBM on Wednesday. The Pentagon said it flew about 1,000 "
        "kilometers. Flattened into a standard trajectory, a missile that climbs to 4,500 "
        "kilometers would travel more than 13,000 kilometers.",
        "2017-11-29",
    )
    assert [e.distance_km for e in events] == [1000.0]


def test_a_sum_that_goes_on_to_last_weeks_launches_is_no_review() -> None:
    events = events_of(
        "The squadron recognized its Sailors of the Quarter at a ceremony on the pier. North "
        "Korea has tested missiles at a record pace in 2022, and two launches bracketed last "
        "week. On Saturday, the North fired a submarine-launched ballistic missile at 2:07 p.m. "
        "from waters off Sinpo.",
        "2022-05-09",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2022-05-07", "14:07")]


def test_how_far_above_a_missile_went_is_its_height() -> None:
    events = events_of(
        "North Korea launched a Musudan missile on Wednesday. It flew about 400 km. Japan's "
        "Ministry of Defense says the missile went well above 1,000 km.",
        "2016-06-22",
    )
    assert [(e.distance_km, e.apogee_km) for e in events] == [(400.0, 1000.0)]


def test_an_allied_analysis_of_the_flight_is_not_an_allied_launch() -> None:
    events = events_of(
        "Early this morning North Korea fired two short-range missiles from near Wonsan into "
        "the East Sea. Joint ROK-U.S. analysis indicates one missile flew about 430 kilometers "
        "and the other about 690 kilometers, both reaching an altitude of about 50 kilometers.",
        "2019-07-25",
    )
    assert [(e.distance_km, e.apogee_km) for e in events] == [(690.0, 50.0)]


def test_a_launch_window_weeks_ahead_is_to_come() -> None:
    events = events_of(
        "North Korea fired two short-range missiles into the sea on Friday, officials said. A "
        "spokesman said North Korea will launch the Kwangmyongsong-3, a polar-orbiting earth "
        "observation satellite, aboard an Unha-3 carrier rocket between April 12 and April 16 "
        "to mark the anniversary.",
        "2012-03-16",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2012-03-16")]


def test_a_launch_on_a_condition_has_not_happened() -> None:
    events = events_of(
        "North Korea says it will put a satellite into orbit next month. If it goes ahead, the "
        "launch would scuttle the February 29 understanding with Washington.",
        "2012-03-16",
    )
    assert events == []


def test_the_first_ones_clock_is_the_launchs_time() -> None:
    events = events_of(
        "North Korea launched two Musudan missiles on Wednesday from the Wonsan area. The first "
        "one, at 5:58 a.m., broke up after flying about 150 km. The second, at 8:05 a.m., flew "
        "about 400 km.",
        "2016-06-23",
    )
    assert [e.time_kst for e in events] == ["05:58"]


def test_after_a_while_of_something_else_dates_no_earlier_launch() -> None:
    events = events_of(
        "After two weeks of conflicting claims, the State Department concluded September 14 "
        "that North Korea's August 31 launch of a three-stage rocket over Japan was a failed "
        "satellite attempt. The rocket lifted off at 12:07 p.m. local time from Musudan-ri.",
        "1998-09-20",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "1998-08-31", "12:07")]


def test_where_it_fell_off_a_coast_far_from_the_launch_site_is_its_flight() -> None:
    events = events_of(
        "North Korea launched a Taepodong-1 rocket on Monday. It fell into the Pacific Ocean "
        "off the Sanriku coast, about 1,600 kilometers from the launch site.",
        "1998-09-01",
    )
    assert [e.distance_km for e in events] == [1600.0]


def test_hours_after_a_launch_on_a_day_is_that_days_news() -> None:
    events = events_of(
        "Broadcasters cut into their schedules with special reports this week. The missiles "
        "were fired at 12:34 p.m. from Yangdok County, the Joint Chiefs of Staff said. Hours "
        "after the North's launch on Wednesday, South Korea carried out its own first "
        "underwater launch of a submarine-launched ballistic missile.",
        "2021-09-16",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2021-09-15", "12:34")]


@pytest.mark.parametrize(
    ("text", "published", "date"),
    [
        (
            "On January 6, broadcasters aired special news reports after North Korea fired a "
            "ballistic missile from the Pyongyang area at around noon.",
            "2025-01-07",
            "2025-01-06",
        ),
        (
            "On Wednesday afternoon, KBS, MBC and SBS all cut into their regular schedules with "
            "special news reports after North Korea fired two short-range ballistic missiles.",
            "2021-09-16",
            "2021-09-15",
        ),
    ],
)
def test_a_reaction_of_the_moment_is_on_the_launchs_day(
    text: str, published: str, date: str
) -> None:
    assert [(e.role, e.date) for e in events_of(text, published)] == [("primary", date)]


def test_a_clock_after_in_utc_and_one_on_the_east_coast_are_those_zones() -> None:
    events = events_of(
        "North Korea launched an Unha rocket on Sunday morning local time, placing a small "
        "satellite into orbit. In UTC the launch was at 00:30, which made it 7:30 p.m. on "
        "Saturday on the U.S. East Coast.",
        "2016-02-07",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2016-02-07", "09:30")]


def test_a_recap_weeks_on_of_a_launch_told_in_full_is_its_news() -> None:
    events = events_of(
        "Two weeks in, North Korea's first military reconnaissance satellite is behaving like a "
        "satellite. Here is a summary of the tracking so far. The orbit is stable.\n\n"
        "The rocket lifted off from Sohae at 22:42 local time on 21 November, which is 13:42 "
        "UTC. This was the third try. The second, on 24 August, failed in third-stage flight.",
        "2023-12-04",
    )
    assert [(e.role, e.date, e.site) for e in events] == [
        ("primary", "2023-11-21", "Tongchang-ri"),
        ("background", "2023-08-24", None),
    ]


def test_a_named_rocket_that_lifted_off_on_a_day_is_that_days_launch() -> None:
    events = events_of(
        "The Chollima-1 upper stage and at least one other object from the launch have also "
        "been catalogued. KCNA says the Chollima-1 lifted off from Sohae at 22:42 local time on "
        "21 November. North Korea fired a short-range ballistic missile from Pyongyang on "
        "Thursday.",
        "2023-12-08",
    )
    assert [(e.date, e.site, e.missile_class) for e in events] == [
        ("2023-12-07", "Pyongyang", "SRBM"),
        ("2023-11-21", "Tongchang-ri", "SLV"),
    ]


def test_a_lead_that_dates_its_own_news_keeps_a_launch_weeks_before_in_the_background() -> None:
    events = events_of(
        "A section of the North Korean rocket that crashed into the sea last month was put on "
        "view for reporters at a Navy base on Friday. The military had recovered it after a "
        "15-day operation.\n\nNorth Korea launched the Chollima-1 rocket from the Sohae "
        "Satellite Launching Ground at 6:29 a.m. on May 31.",
        "2023-06-16",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2023-05-31")]


def test_a_launch_flatly_denied_in_the_next_sentence_is_no_launch() -> None:
    events = events_of(
        "For five minutes on Saturday afternoon, Japan believed North Korea had launched its "
        "rocket. It had not. Stations went back to their cooking shows.",
        "2009-04-04",
    )
    assert events == []


def test_an_announcement_withdrawn_at_a_later_clock_is_no_launch_that_day() -> None:
    events = events_of(
        "At 12:16 p.m. the government said North Korea fired a missile. Every network ran the "
        "caption.\n\nAt 12:21 p.m., the government withdrew the announcement. Defense officials "
        "blamed a radar error.",
        "2009-04-04",
    )
    assert events == []


def test_a_four_digit_clock_in_korea_time_is_the_launch_time() -> None:
    events = events_of(
        "North Korea launched an intercontinental ballistic missile on Thursday. The missile was "
        "fired from the Pyongyang area at 0710 Korea time -- 0810 on Guam -- and flew about "
        "1,000 kilometers.",
        "2024-11-01",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2024-10-31", "07:10")]


def test_a_year_a_sum_compares_is_no_launch_of_that_year() -> None:
    events = events_of(
        'The brigade changed commanders on Friday. "In 2022 North Korea fired more ballistic '
        'missiles than in any year in its history -- around 70 of them," the colonel said.',
        "2024-06-01",
    )
    assert events == []


def test_a_presidents_return_to_the_white_house_dates_no_launch() -> None:
    events = events_of(
        "North Korea fired short-range ballistic missiles from Wonsan on Thursday. It was the "
        "second launch since President Donald Trump returned to the White House in January.",
        "2025-05-09",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2025-05-08")]


def test_a_day_before_the_launch_named_after_it_is_another_deeds() -> None:
    events = events_of(
        "North Korea launched a long-range rocket on Sunday. The destroyers left the port of "
        "Busan on March 30 and did not return to port before the launch.",
        "2009-04-06",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2009-04-05")]


def test_a_journals_running_head_and_repeated_title_are_not_the_lead() -> None:
    article = article_from_text(
        '---\ntitle: "The rocket launch: gains and costs"\npublished: 2009-04-21\n---\n'
        "Strategic Comments | Volume 15 | Comment 11 | April 2009\n\n"
        "The rocket launch: gains and costs\n\n"
        "North Korea's launch of an Unha-2 rocket on 5 April was, by its own account, a triumph. "
        "No one else agrees.\n\nThe rocket lifted off from Musudan-ri at 11:30 local time.",
        "x",
    )
    assert [(e.role, e.date, e.time_kst) for e in extract(article)] == [
        ("primary", "2009-04-05", "11:30")
    ]


def test_the_day_a_seminar_met_to_discuss_a_firing_is_not_the_firings() -> None:
    events = events_of(
        "On April 2, the institute convened a closed seminar to discuss North Korea's firing of "
        "two medium-range ballistic missiles in the early hours of March 26.",
        "2014-04-08",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2014-03-26")]


def test_a_fronted_after_phrase_with_no_verb_leaves_the_day_the_sentences() -> None:
    events = events_of(
        "After a string of conspicuous failures, North Korea on 22 June 2016 finally flew a "
        "Musudan intermediate-range ballistic missile. The first, launched at 05:58 KST, broke "
        "up.",
        "2016-07-08",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2016-06-22", "05:58")]


def test_a_recap_weeks_on_looks_past_a_launch_told_as_earlier() -> None:
    events = events_of(
        "Session II examined the short-range systems North Korea has flight-tested since it "
        "resumed missile launches on 4 May. The session opened with a briefing on the latest "
        "test.\n\nTwo projectiles were fired from Sunchon at 16:35 KST on 31 October. They flew "
        "about 370 km.",
        "2019-11-12",
    )
    assert [(e.role, e.date, e.site) for e in events] == [
        ("primary", "2019-10-31", "Sunchon"),
        ("background", "2019-05-04", None),
    ]


def test_a_missile_named_as_an_object_then_a_participle_is_that_launchs() -> None:
    events = events_of(
        "Two projectiles were fired from Sunchon at 16:35 KST on 31 October. They flew about "
        "370 km. She also discussed the Pukguksong-3 submarine-launched ballistic missile, "
        "launched from an underwater platform off Wonsan on 2 October.",
        "2019-11-01",
    )
    assert [(e.date, e.missile_class, e.missile_types) for e in events] == [
        ("2019-10-31", "unknown", []),
        ("2019-10-02", "SLBM", ["Pukguksong-3"]),
    ]


def test_a_launch_detected_from_a_place_at_a_clock_is_told_there_and_then() -> None:
    events = events_of(
        "Solid fuel changes the warning time, the explainer says. On Thursday, April 13, South "
        "Korea's Joint Chiefs of Staff detected a launch from near Pyongyang at about 7:23 a.m. "
        "local time. The missile flew about 1,000 kilometers.",
        "2023-04-20",
    )
    assert [(e.date, e.time_kst, e.site) for e in events] == [("2023-04-13", "07:23", "Pyongyang")]


def test_a_footnote_number_after_a_full_stop_ends_the_sentence() -> None:
    events = events_of(
        "North Korea launched its Chollima-1 rocket from Sohae at 22:42 KST on 21 November "
        "2023.(1)\n\nKCNA announced early on 22 November that the satellite was in orbit and "
        "that Kim Jong Un had observed the launch on site.(3) On 22 November, the JCS stated "
        "that the satellite was assessed to have entered orbit.",
        "2023-11-28",
    )
    assert [(e.role, e.date, e.time_kst) for e in events] == [("primary", "2023-11-21", "22:42")]


def test_a_naming_the_day_after_the_launch_gives_the_launch_its_figures() -> None:
    events = events_of(
        "At 07:10 KST on October 31, 2024, North Korea launched an intercontinental ballistic "
        "missile from the Pyongyang area. On November 1, KCNA named the missile the Hwasong-19 "
        "and claimed an apogee of 7,687.5 km and a flight distance of 1,001.2 km.",
        "2024-11-04",
    )
    assert [(e.date, e.missile_types, e.apogee_km, e.distance_km) for e in events] == [
        ("2024-10-31", ["Hwasong-19"], 7687.5, 1001.2)
    ]


def test_a_campaign_that_continued_with_launches_keeps_the_days_it_opened_on() -> None:
    events = events_of(
        "North Korea launched a Hwasong-12 on January 30. The campaign opened with two tests of "
        "what Pyongyang called a hypersonic missile, on January 5 and January 11, and continued "
        "with launches of short-range ballistic and cruise missiles.",
        "2022-02-20",
    )
    assert [e.date for e in events] == ["2022-01-30", "2022-01-05", "2022-01-11"]


def test_a_military_that_put_the_liftoff_at_a_clock_gives_the_launch_time() -> None:
    events = events_of(
        "On Wednesday morning Korea time, North Korea launched a long-range Unha-3 rocket from "
        "Tongchang-ri. South Korea's Joint Chiefs of Staff put the liftoff at 9:49 a.m. Korean "
        "time.",
        "2012-12-15",
    )
    assert [(e.date, e.time_kst) for e in events] == [("2012-12-12", "09:49")]


def test_a_reports_header_lines_do_not_push_its_last_friday_into_the_background() -> None:
    events = events_of(
        "Workshop Report No. 2022-9\n\nThe Hwasong-17 Test and the Future of the Alliance\n\n"
        "Workshop held Wednesday, 23 November 2022, Seminar Room B, Main Library Annex\nPanel: "
        "Dr. Ana Ruiz (Yonsei University); Prof. Han Ji-ho (KAIST)\nReport prepared by Lee "
        "Min-ji, research assistant\n\nThe workshop was convened at short notice to examine "
        "last Friday's launch of an intercontinental ballistic missile. Japan's defense "
        "ministry said the "
        "missile was fired from the Sunan area at 10:15 a.m. on 18 November.",
        "2022-11-25",
    )
    assert [(e.role, e.date, e.site) for e in events] == [("primary", "2022-11-18", "Sunan")]


def test_a_resolution_in_direct_response_to_a_launch_weeks_ago_makes_it_background() -> None:
    events = events_of(
        "Press Briefing\nSenior Administration Official\nBy Teleconference\n\nOFFICIAL: Today "
        "the Security Council adopted a resolution which is a direct response to North Korea's "
        "Hwasong-15 intercontinental ballistic missile launch on November 29. It caps refined "
        "petroleum deliveries.",
        "2017-12-22",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-11-29")]


def test_an_engine_test_with_the_option_of_a_launch_left_open_is_no_launch() -> None:
    events = events_of(
        'On December 8, state media said a "very important test" had been carried out at the '
        "Sohae Satellite Launching Ground the previous afternoon, December 7. The imagery points "
        "to a ground test of a large rocket engine rather than a launch. Pyongyang has carried "
        "out more than a dozen short-range launch events this year, all below the threshold of its "
        "moratorium on nuclear and ICBM testing. The North is keeping open the option of a "
        "satellite launch or an ICBM flight test in the new year.",
        "2019-12-10",
    )
    assert events == []


def test_a_report_on_recent_launches_section_by_section_reports_the_latest() -> None:
    events = events_of(
        "Report to the Defense Committee\n13 May 2019\n\nI. Overview\n\nThis report presents "
        "the Ministry's assessment of North Korea's two recent launches.\n\nII. The launches\n\n"
        "1. Launch of 4 May\n\n- On Saturday, 4 May, North Korea fired several projectiles from "
        "the Hodo Peninsula. They flew about 70 km to 240 km.\n\n2. Launch of 9 May\n\n- On "
        "Thursday, 9 May, North Korea launched two missiles from the Kusong area. These are "
        "assessed to be short-range ballistic missiles.\n- The first missile flew about 420 km "
        "and both fell into the East Sea.\n",
        "2019-05-13",
    )
    assert [(e.role, e.date, e.missile_class, e.distance_km) for e in events] == [
        ("primary", "2019-05-09", "SRBM", 420.0),
        ("background", "2019-05-04", "unknown", 240.0),
    ]


def test_an_update_on_a_months_launches_reports_its_last_however_late_told() -> None:
    events = events_of(
        "Update to the Committee on launches conducted by North Korea in September 2021\n\n"
        "6 October 2021\n\n1. The Panel's last report covered the period up to early August. "
        "The Panel provides the present update pending its final report.\n\n2. On 15 September "
        "2021, two short-range ballistic missiles were launched from the Yangdok area. They flew "
        "approximately 800 km.\n\n3. On 28 September 2021, North Korea launched one short-range "
        "missile at 06:40 local time from Ryongrim County.",
        "2021-10-06",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2021-09-28"),
        ("background", "2021-09-15"),
    ]


def test_state_media_the_day_after_the_last_launch_told_names_that_launch() -> None:
    events = events_of(
        "On 15 September, two short-range ballistic missiles were launched from the Yangdok "
        "area. On 28 September, North Korea launched one short-range missile at 06:40 from "
        "Ryongrim County. On 29 September, KCNA reported that the Academy of Defence Science "
        'had conducted the first test-fire of a newly developed hypersonic missile, the "Hwasong-'
        '8", at Toyang-ri.',
        "2021-09-30",
    )
    assert {e.date: e.missile_types for e in events} == {
        "2021-09-28": ["Hwasong-8"],
        "2021-09-15": [],
    }


def test_a_surveys_most_recent_launch_is_its_news_though_told_late() -> None:
    events = events_of(
        "North Korea's missile programs pose serious threats to the United States and its "
        "allies. Since 2022, North Korea has conducted an unprecedented number of missile tests. "
        "North Korea has conducted six nuclear tests, the most recent in September 2017. "
        "Most recently, on May 8, 2025, North Korea launched several short-range ballistic "
        "missiles from the Wonsan area, according to South Korea's Joint Chiefs of Staff.",
        "2025-05-16",
    )
    assert [(e.role, e.date, e.site) for e in events] == [("primary", "2025-05-08", "Wonsan")]


def test_a_destroyer_named_and_launched_at_a_port_is_no_missile_launch() -> None:
    events = events_of(
        "North Korea has also revealed a new destroyer, the Choe Hyon, launched at Nampho in "
        "April 2025; state media said the ship would carry nuclear-capable missiles.",
        "2025-05-16",
    )
    assert events == []


def test_launches_since_a_year_with_unprecedented_frequency_are_no_one_launch() -> None:
    assert (
        events_of(
            "Since 2022, North Korea has launched ballistic missiles and other weapons with "
            "unprecedented frequency. These launches have included ICBM-class ballistic missiles "
            "and solid-fuel IRBMs.",
            "2024-07-12",
        )
        == []
    )


def test_an_undated_lead_fires_today_and_its_first_since_names_the_launch_before() -> None:
    events = events_of(
        "North Korea fired a ballistic missile, its first since March 24, Japan's coast guard "
        "said.",
        "2022-04-10",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2022-04-10"),
        ("background", "2022-03-24"),
    ]
    events = events_of(
        "North Korea fired an intercontinental ballistic missile for the first time since 2017, "
        "South Korea's military said.",
        "2022-03-24",
    )
    assert [(e.role, e.date, e.missile_class) for e in events] == [
        ("primary", "2022-03-24", "ICBM"),
        ("background", "2017", "unknown"),
    ]


def test_a_bracket_restating_the_clock_abroad_names_no_other_launch_day() -> None:
    for text, published in (
        (
            "The Hwasong-14 was launched on Tuesday at 9:40 am Korea time (21:40 on Monday in "
            "Montevideo and Buenos Aires) from Panghyon, state television said.",
            "2017-07-05",
        ),
        (
            "The missile was launched on Sunday at 7:55 am local time (Saturday 23:55 CET) from "
            "near the Banghyon air base, the Joint Chiefs of Staff said.",
            "2017-02-13",
        ),
    ):
        events = events_of(text, published)
        assert [(e.role, e.site) for e in events] == [("primary", "Panghyon")], text


def test_a_piece_headlined_by_one_launch_reports_it_however_late_it_dates_it() -> None:
    body = (
        "The celebrations planned in Pyongyang for the centenary were meant to showcase the "
        "transfer of power. Instead, the week was overshadowed by the failure of the country's "
        "most ambitious rocket launch to date. A new leader faces an uncertain summer.\n\n"
        "At 07:39 local time on 13 April, the Unha-3 lifted off."
        # (told without its site: a recap that tells its launch in full reports it anyway)
    )
    headlined = article_from_text(
        '---\ntitle: "North Korea\'s failed launch: a poor start"\npublished: 2012-04-24\n---\n'
        + body,
        "x",
    )
    assert [(e.role, e.date, e.time_kst) for e in extract(headlined)] == [
        ("primary", "2012-04-13", "07:39")
    ]
    # the same piece under another headline is a week's story that recalls the launch
    other = article_from_text(
        '---\ntitle: "Kim Jong-un\'s first spring"\npublished: 2012-04-24\n---\n' + body, "x"
    )
    assert [(e.role, e.date) for e in extract(other)] == [("background", "2012-04-13")]


def test_a_launch_officials_have_now_confirmed_is_the_news() -> None:
    text = (
        "A second issue of growing concern is North Korea's development of ballistic missiles. "
        "North Korea has produced and exported Scud-B and Scud-C missiles. "
        "U.S. and Japanese officials {} press reports that North Korea test-fired a new "
        "medium-range missile, the Nodong-1, on May 29, 1993, from the Musudan-ri area."
    )
    confirmed = events_of(text.format("have now confirmed"), "1993-06-24")
    assert [(e.role, e.date) for e in confirmed] == [("primary", "1993-05-29")]
    recalled = events_of(text.format("cited"), "1993-06-24")
    assert [(e.role, e.date) for e in recalled] == [("background", "1993-05-29")]


def test_at_that_time_tells_of_the_launch_just_dated() -> None:
    events = events_of(
        "At around 11:30 a.m. on April 5, 2009, North Korea launched one missile from "
        "Musudan-ri. The rocket was of the same type as the Taepodong-2 launched on July 5, "
        "2006. At that time North Korea launched seven ballistic missiles.",
        "2009-04-17",
    )
    assert [(e.role, e.date, e.count_min, e.count_max) for e in events] == [
        ("primary", "2009-04-05", 1, 1),
        ("background", "2006-07-05", 7, 7),
    ]


def test_state_media_reporting_the_following_day_names_the_launch_told() -> None:
    events = events_of(
        "Officials said that on 18 November, at about 10:15 a.m. local time, North Korea "
        "launched an intercontinental ballistic missile from the Sunan area. State media "
        "reported the following day that it had tested a Hwasong-17 under Kim Jong Un's "
        "supervision.",
        "2022-11-21",
    )
    assert [(e.role, e.date, e.missile_types) for e in events] == [
        ("primary", "2022-11-18", ["Hwasong-17"])
    ]


def test_a_striking_drill_state_media_report_names_the_missiles_fired() -> None:
    events = events_of(
        "On May 8, North Korea launched several short-range ballistic missiles from the Wonsan "
        "area between about 8:10 and 9:20 a.m., according to South Korea's Joint Chiefs of "
        "Staff. State media reported that Kim Jong Un had overseen a joint striking drill "
        "involving Hwasong-11 tactical ballistic missiles.",
        "2025-05-12",
    )
    assert [(e.role, e.date, e.missile_class, e.missile_types) for e in events] == [
        ("primary", "2025-05-08", "SRBM", ["Hwasong-11"])
    ]


def test_the_class_the_lead_gives_holds_over_one_said_further_down() -> None:
    lead_mlrs = events_of(
        "North Korea has tested a new super-large multiple rocket launcher, state media said. "
        "South Korea's Joint Chiefs of Staff said the two projectiles, which it described as "
        "short-range ballistic missiles, were fired from Sondok on Saturday morning.",
        "2019-08-26",
    )
    assert [(e.date, e.missile_class) for e in lead_mlrs] == [("2019-08-24", "MLRS")]
    lead_srbm = events_of(
        "North Korea fired two short-range ballistic missiles from Sondok on Saturday morning, "
        "South Korea's Joint Chiefs of Staff said. State media said Kim Jong Un had watched the "
        "test of a new super-large multiple rocket launcher.",
        "2019-08-26",
    )
    assert [(e.date, e.missile_class) for e in lead_srbm] == [("2019-08-24", "SRBM")]


def test_a_calibre_phrase_beside_its_designation_is_no_second_type() -> None:
    events = events_of(
        "North Korea fired KN-25 rockets from Wonsan on Thursday, the military said. The 600 mm "
        "multiple rocket launcher has been tested several times.",
        "2025-05-09",
    )
    assert [(e.role, e.missile_types) for e in events] == [("primary", ["KN-25"])]


def test_a_headline_printed_above_the_lead_tells_no_launch_of_its_own() -> None:
    article = article_from_text(
        "---\ntitle: World News Worksheet\npublished: 2014-03-31\n---\n"
        "READ THE ARTICLE\n\nNorth Korea Fires Two Missiles as Rivals Meet\n\n"
        "Last Wednesday, March 26, North Korea test-fired two medium-range ballistic missiles "
        "into the sea. The first was launched at 2:35 a.m. local time from the Sukchon area.",
        "x",
    )
    assert [(e.role, e.date, e.time_kst) for e in extract(article)] == [
        ("primary", "2014-03-26", "02:35")
    ]


def test_a_timelines_year_heading_dates_the_labels_below_it() -> None:
    article = article_from_text(
        "---\ntitle: Chronology of ICBM flight tests\npublished: 2022-04-01\n---\n"
        "This chronology lists every North Korean ICBM flight test.\n\n2017\n\n"
        "July 4: First test of the Hwasong-14, from Panghyon.\n\n"
        "November 29: First test of the larger Hwasong-15, from Pyongsong.\n\n2022\n\n"
        "March 24: The JCS says an ICBM was launched from the Sunan area at 2:34 p.m.",
        "x",
    )
    assert sorted(e.date for e in extract(article)) == ["2017-07-04", "2017-11-29", "2022-03-24"]


def test_the_day_a_page_was_revised_is_no_launch_day() -> None:
    events = events_of(
        "Revised August 3, 2017, to include the July 28 ICBM test. The Hwasong-14 was "
        "launched from Mupyong-ni at 11:41 p.m. on July 28.",
        "2017-08-03",
    )
    assert [(e.role, e.date) for e in events] == [("primary", "2017-07-28")]


def test_the_verb_after_a_dated_rockets_name_is_that_days_launch() -> None:
    events = events_of(
        "On April 13 a rocket carrying the satellite broke apart about a minute after launch. "
        "At 9:49 a.m. on December 12, an Unha-3 lifted off from Sohae and flew south.",
        "2012-12-13",
    )
    assert [(e.date, e.site, e.missile_types) for e in events] == [
        ("2012-12-12", "Tongchang-ri", ["Unha-3"]),
        ("2012-04-13", None, []),
    ]


def test_a_year_in_review_reports_the_launch_it_closes_on() -> None:
    events = events_of(
        "The year opened with talks. On April 13 a rocket carrying a satellite broke apart "
        "about a minute after launch. The year's defining event came in December. At 9:49 a.m. "
        "on December 12, a rocket lifted off from Sohae and flew south.",
        "2012-12-28",
    )
    assert [(e.role, e.date, e.site) for e in events] == [
        ("primary", "2012-12-12", "Tongchang-ri"),
        ("background", "2012-04-13", None),
    ]


def test_the_day_a_page_was_last_modified_is_no_news_of_its_lead() -> None:
    events = events_of(
        "This page was last modified on 30 June 2016.\n\n"
        "The Musudan is a road-mobile intermediate-range ballistic missile. It was shown at "
        "a parade in October 2010. No flight test was recorded until 2016.\n\n"
        "15 April 2016: a missile exploded seconds after launch.\n\n"
        "22 June 2016: two missiles were launched from near Wonsan. The first, at 5:58 a.m. "
        "local time, broke up after flying about 150 km.",
        "2016-06-30",
    )
    assert [(e.role, e.date) for e in events] == [
        ("primary", "2016-06-22"),
        ("background", "2016-04-15"),
    ]


def test_a_sentence_that_sets_the_moment_dates_the_launch_told_next() -> None:
    events = events_of(
        "On September 15 a Hwasong-12 from Sunan crossed Hokkaido. Then silence. The answer "
        "came at 3:17 a.m. on November 29. South Korea's Joint Chiefs of Staff said an ICBM had "
        "been launched from Pyongsong.",
        "2017-12-20",
    )
    assert [(e.date, e.time_kst, e.site) for e in events] == [
        ("2017-11-29", "03:17", "Pyongsong"),
        # ("a Hwasong-12 from Sunan crossed Hokkaido": the name that flew, where it rose between)
        ("2017-09-15", None, "Sunan"),
    ]


def test_kinds_of_missile_flown_are_no_count_of_one_launch() -> None:
    events = events_of(
        "For North Korea, 2017 was the year it started demonstrating. By December Pyongyang "
        "had flown two types of intercontinental ballistic missile and sent missiles over "
        "Japan twice.\n\nThe pace was set early. On February 12 the North fired a Pukguksong-2 "
        "from near Kusong.",
        "2017-12-22",
    )
    assert [(e.role, e.date) for e in events] == [("background", "2017-02-12")]
