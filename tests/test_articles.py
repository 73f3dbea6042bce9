"""Reading articles: every way a file can be wrong gets one clear reason naming the file."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from bot.articles import MAX_BYTES, ArticleError, load_article

STORY = "North Korea fired a ballistic missile on Tuesday, South Korea's military said.\n"


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_fields_are_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.txt",
        "---\ntitle: Launch\nsource: Wire\nurl: https://x.test/1\n"
        "published: 2024-09-18\n---\n" + STORY,
    )
    article = load_article(path)
    assert article.title == "Launch"
    assert article.source == "Wire"
    assert article.url == "https://x.test/1"
    assert article.reference_day == dt.date(2024, 9, 18)
    assert article.published_date_only
    assert article.text.startswith("North Korea fired")


def test_published_with_offset_keeps_the_story_s_own_day_and_zone(tmp_path: Path) -> None:
    # 21:30 in Washington on the 4th: the story's "today" is the 4th, and its day is behind
    # Korea's (10:30 on the 5th), so "early Wednesday" may be the next day there.
    path = write(tmp_path, "a.txt", "---\npublished: 2017-07-04T21:30:00-04:00\n---\n" + STORY)
    article = load_article(path)
    assert article.reference_day == dt.date(2017, 7, 4)
    assert article.western
    assert article.zone is not None
    seoul = write(tmp_path, "b.txt", "---\npublished: 2017-07-05T10:30:00+09:00\n---\n" + STORY)
    assert not load_article(seoul).western


def test_flat_front_matter_that_yaml_rejects_is_still_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "a.txt",
        "---\nsource: VOA (issued: May 28, 2017)\npublished: 2017-05-28\n---\n" + STORY,
    )
    assert load_article(path).source == "VOA (issued: May 28, 2017)"


def test_missing_published_falls_back_to_file_time(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", STORY)
    stamp = dt.datetime(2023, 3, 19, 3, 0, tzinfo=dt.UTC).timestamp()
    os.utime(path, (stamp, stamp))
    article = load_article(path)
    assert article.published_from_mtime
    assert article.reference_day == dt.date(2023, 3, 19)


def test_html_main_text_is_extracted(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Launch</title></head><body><nav>Home | World | Sport</nav>"
        "<article><h1>North Korea fires missile</h1>"
        + "".join(f"<p>{STORY} Paragraph {i} of the story about the launch.</p>" for i in range(5))
        + "</article><footer>Copyright</footer></body></html>"
    )
    path = write(tmp_path, "page.html", html)
    article = load_article(path)
    assert "North Korea fired a ballistic missile" in article.text
    assert "Copyright" not in article.text


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", "", "empty file"),
        ("blank.txt", "   \n\n", "empty file"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (
            "latin1.txt",
            "Pyongyang fired a missile \u2014 caf\u00e9".encode("latin-1", "replace"),
            "not valid UTF-8",
        ),
        ("open.txt", "---\ntitle: no end\n" + STORY, "no closing '---'"),
        (
            "junk.txt",
            "---\ntitle: ok\nthis line is not a field\n---\n" + STORY,
            "broken front matter at line 3",
        ),
        ("date.txt", "---\npublished: last Tuesday\n---\n" + STORY, "bad 'published' date"),
        ("nobody.txt", "---\npublished: 2024-01-01\n---\n\n", "no text"),
    ],
)
def test_bad_files_get_one_clear_reason(
    tmp_path: Path, name: str, content: str | bytes, problem: str
) -> None:
    path = write(tmp_path, name, content)
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES * 10)  # sparse: 20 MB on paper, nothing on disk
    with pytest.raises(ArticleError, match="too large"):
        load_article(path)
