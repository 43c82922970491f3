"""Web and e-mail addresses, whole or spaced out as scraped text has them, are found in the text
and kept in one token, so no sentence ends inside one; the sentence after one still begins."""

import pytest

from tidings.web_addresses import addresses


def found(text: str) -> list[str]:
    return [text[start:end] for start, end in addresses(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See https://example.net/reports/flood_2019.html?page=2 today.", ["https://example.net/reports/flood_2019.html?page=2"]),
        ("ftp : / / files. example. net / maps / river - levels", ["ftp : / / files. example. net / maps / river - levels"]),
        ("Listed at www. rivertown. gov / notices. The mayor agreed.", ["www. rivertown. gov / notices"]),
        ("Mail clerk @ rivertown. gov or m.ortiz@council.example.org now.", ["clerk @ rivertown. gov", "m.ortiz@council.example.org"]),
        ("Visit WWW.Rivertown.GOV for more.", ["WWW.Rivertown.GOV"]),
        ("Posted at www. rivertown. gov / news - MAYOR RESIGNS", ["www. rivertown. gov / news"]),  # a path ends before capitals
        ("He paid $5 at 3:30. Then he left.", []),
        ("The vote: yes. No one objected.", []),
        ("She wrote @ midnight. Nobody replied.", []),
        ("The site is at www. Then the page.", []),  # no host after "www."
    ],
)
def test_addresses_are_found_whole_and_sentences_are_not_taken_for_them(text, expected):
    assert found(text) == expected


def test_a_long_word_is_searched_quickly():
    assert found("a-" * 200_000 + "b: c") == []


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Listed at www. rivertown. gov / notices. The mayor agreed.", ["Listed at www. rivertown. gov / notices.", "The mayor agreed."]),
        ("http: / / www. valleynews. com / local / bridge - closed\nThe bridge over the river closed on Friday.",
         ["http: / / www. valleynews. com / local / bridge - closed", "The bridge over the river closed on Friday."]),
        ("Write to clerk @ rivertown. gov or call the office.", ["Write to clerk @ rivertown. gov or call the office."]),
        ("Details: www.rivertown.gov. The mayor agreed.", ["Details: www.rivertown.gov.", "The mayor agreed."]),
    ],
)
def test_no_sentence_ends_inside_an_address(pipeline, text, sentences):
    doc = pipeline.nlp(text)
    assert [s.text.strip() for s in doc.sents] == sentences
    assert doc.text == text
