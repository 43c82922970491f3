"""`tidings read --format html`: one record as a self-contained page, whatever its text holds."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tidings.model import Actor, ActorKind, Article, Event, Record, Span
from tidings.web.article_html import article_html

TIDINGS = str(Path(sys.executable).with_name("tidings"))
HOSTILE = 'The mayor of Lyon said </script><script>window.escaped = 1</script> and <!-- then & "quoted" \u2028 words.'


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start=start, end=start + len(part), text=part)


def _record(text: str) -> Record:
    mayor = Actor(id="a1", spans=[_span(text, "mayor of Lyon")], canonical_id="name:mayor of lyon", name="mayor of Lyon", kind=ActorKind.PERSON)
    said = Event(id="e1", spans=[_span(text, "said")], mentions=[_span(text, "said")], cameo="010", cameo_root="01",
                 quad_class=1, goldstein=0.0, trigger="say", sources=["a1"])
    return Record(article=Article(text=text, title="A <b>title</b> & more"), actors=[mayor], events=[said], version="test")


def _embedded_json(page: str) -> str:
    return re.search(r'<script type="application/json" id="tidings-record">(.*?)</script>', page, re.S).group(1)


def test_article_text_cannot_close_the_script_it_stands_in():
    page = article_html(_record(HOSTILE))
    assert page.count("</script>") == 2  # the record's element and the view's module, nothing from the text
    assert "<!--" not in _embedded_json(page)
    assert Record.model_validate_json(_embedded_json(page)) == _record(HOSTILE)


def test_title_is_escaped_and_nothing_is_loaded_from_elsewhere():
    page = article_html(_record(HOSTILE))
    assert "<title>A &lt;b&gt;title&lt;/b&gt; &amp; more</title>" in page
    assert not re.search(r"<(link|img|iframe)\b|\bsrc=", page)
    assert "default-src 'none'" in page  # the page's policy forbids any request


def test_the_inlined_view_and_style_hold_no_closing_tag_of_their_own_element():
    page = article_html(_record("The mayor of Lyon said nothing new."))
    module = page.split('<script type="module">', 1)[1]
    assert module.index("</script>") > module.index("renderArticle(document.getElementById")
    style = page.split("<style>", 1)[1]
    assert style.index("</style>") > style.index(".tv-article")


def test_several_articles_in_html_need_an_output_folder(tmp_path):
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text("Officials in Oslo met their Danish counterparts on Monday.")
    result = subprocess.run([TIDINGS, "read", str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "--format", "html"],
                            capture_output=True, timeout=120)
    assert result.returncode == 2 and result.stderr.decode().count("\n") == 1 and "--output-dir" in result.stderr.decode()
    result = subprocess.run([TIDINGS, "read", "-", "--format", "json", "--output-dir", str(tmp_path)], input=b"x",
                            capture_output=True, timeout=120)
    assert result.returncode == 2 and result.stderr.decode().count("\n") == 1 and "--format html" in result.stderr.decode()


@pytest.mark.e2e
def test_read_writes_one_page_per_article_into_the_output_folder(tmp_path):
    texts = ["Officials in Oslo met their Danish counterparts on Monday.", "Protesters in Lima clashed with police on Friday."]
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"text": t, "published": "2024-05-03"}) + "\n" for t in texts))
    result = subprocess.run([TIDINGS, "read", str(articles), "--format", "html", "--output-dir", str(tmp_path / "pages")],
                            capture_output=True, timeout=300)
    assert result.returncode == 0, result.stderr.decode()
    pages = [Path(line) for line in result.stdout.decode().split()]
    assert len(pages) == 2 and all(page.parent == tmp_path / "pages" for page in pages)
    records = [Record.model_validate_json(_embedded_json(page.read_text())) for page in pages]
    assert [record.article.text for record in records] == texts
    assert all(page.name == f"{record.article.id}.html" for page, record in zip(pages, records))
