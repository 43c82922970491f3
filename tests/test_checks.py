"""Input checks: each problem named in one line; language refused only on clear evidence."""

import pytest

from tidings.checks import MAX_BYTES, MAX_CHARS, article, check_text, decode
from tidings.errors import InputError

ENGLISH = "The minister said on Tuesday that the government would not raise taxes this year."


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * (MAX_CHARS + 1), "too long"),
        ("Der Minister sagte am Dienstag, dass die Regierung in diesem Jahr keine Steuern erhöhen werde.", "not English"),
        ("Le ministre a déclaré mardi que le gouvernement n’augmenterait pas les impôts cette année.", "not English"),
        ("Министр заявил во вторник, что правительство не будет повышать налоги.", "not English"),
        ("\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f" * 3, "binary"),
        ("12:30 — 4/5 … 2024", "no words"),
        ("The talks \udc80 ended.", "not valid Unicode"),
    ],
)
def test_unreadable_text_is_refused_with_the_problem_named(text, problem):
    with pytest.raises(InputError, match=problem):
        check_text(text, "article")


def test_english_news_passes():
    check_text(ENGLISH, "article")


def test_text_at_the_size_limit_passes():
    check_text(("Rain fell. " * (MAX_CHARS // 10))[:MAX_CHARS], "article")


def test_the_size_limit_is_named_in_characters():
    with pytest.raises(InputError, match=f"the limit is {MAX_CHARS:,}"):
        check_text("a" * (MAX_CHARS + 1), "article")


@pytest.mark.parametrize(
    "text",
    [
        "Storm hits coast",
        "Putin met Kim.",
        "Man held after fire at store near Oslo ferry terminal",
        "Later, men want answers from Met Police over Soho raid",
        "Ukrainian President Volodymyr Zelenskyy met Olaf Scholz in Berlin",
        "Polish Prime Minister Donald Tusk met Pedro Sánchez in Madrid",
        "Van der Berg and De Vries win in Rotterdam",
        "Die Zeit and Der Spiegel sue the ministry",
        "Lula da Silva visits São Paulo",
        "Le Monde: Élysée confirms talks",
    ],
)
def test_short_english_passes(text):
    check_text(text, "headline")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Die Polizei hat den Mann in der Nacht festgenommen.", "de"),
        ("Le maire a fermé les écoles de la ville pour une semaine.", "fr"),
        ("El gobierno no ha dicho nada sobre las nuevas medidas.", "es"),
        ("Il sindaco ha chiuso le scuole della città per una settimana.", "it"),
        ("De burgemeester heeft het plein gisteren gesloten voor het verkeer.", "nl"),
        ("Policja zatrzymała mężczyznę, który uciekł z więzienia.", None),
    ],
)
def test_short_text_in_another_language_is_refused(text, language):
    with pytest.raises(InputError, match="not English") as refusal:
        check_text(text, "article")
    if language:
        assert f"'{language}'" in str(refusal.value)


def test_accented_names_in_english_copy_are_not_evidence_of_another_language():
    check_text("Müller, Gómez, Håland, Dvořák and Ökten met Ferrière and Łukasz in Zürich.", "article")


def test_invalid_utf8_names_the_byte_and_offset():
    with pytest.raises(InputError, match=r"not valid UTF-8 \(byte 0xff at offset 4\)"):
        decode(b"abcd\xffefg", "file.txt")


def test_nul_bytes_mean_binary():
    with pytest.raises(InputError, match="binary"):
        decode(b"PK\x03\x04\x00\x00", "archive.zip")


def test_bytes_past_what_the_size_limit_can_hold_are_refused_before_decoding():
    with pytest.raises(InputError, match=f"too long \\(over {MAX_CHARS:,} characters"):
        decode(b"a" * (MAX_BYTES + 1), "file.txt")


def test_utf8_byte_order_mark_is_dropped():
    assert decode("\ufeffHello".encode("utf-8")) == "Hello"


def test_an_article_with_bad_metadata_is_an_input_error_naming_the_field():
    with pytest.raises(InputError, match="^article: published: "):
        article("article", text=ENGLISH, published="13/09/2023")


def test_an_article_with_a_lone_surrogate_is_an_input_error_naming_its_offset():
    with pytest.raises(InputError, match=r"not valid Unicode \(a lone surrogate at offset 4\)"):
        article("article", text="Rain\ud800 fell.")


def test_a_few_words_in_another_script_inside_english_copy_pass():
    check_text("Protesters outside the parliament chanted «Слава Україні» while the minister spoke to reporters on Tuesday.", "article")
