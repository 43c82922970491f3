"""Input checks: each problem named in one line."""

import pytest

from tidings.checks import check_text, decode
from tidings.errors import InputError

ENGLISH = "The minister said on Tuesday that the government would not raise taxes this year."


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 1_000_001, "too long"),
        ("Der Minister sagte am Dienstag, dass die Regierung in diesem Jahr keine Steuern erhöhen werde.", "not English"),
        ("Le ministre a déclaré mardi que le gouvernement n’augmenterait pas les impôts cette année.", "not English"),
        ("Министр заявил во вторник, что правительство не будет повышать налоги.", "not English"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f" * 3, "binary"),
    ],
)
def test_unreadable_text_is_refused_with_the_problem_named(text, problem):
    with pytest.raises(InputError, match=problem):
        check_text(text, "article")


def test_english_news_passes():
    check_text(ENGLISH, "article")


def test_short_english_headline_passes():
    check_text("Storm hits coast", "article")


def test_english_with_a_foreign_name_passes():
    check_text("Angela Merkel met Emmanuel Macron at the Élysée Palace in Paris on Monday.", "article")


def test_invalid_utf8_names_the_byte_and_offset():
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 0xff at offset 4\)"):
        decode(b"abcd\xffefg", "file.txt")


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00", "archive.zip")


def test_utf8_byte_order_mark_is_dropped():
    assert decode("\ufeffHello".encode("utf-8")) == "Hello"
