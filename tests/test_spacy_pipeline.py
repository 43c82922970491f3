"""tidings inside a spaCy user's own pipeline: the components by name, one process or two, saved
and loaded with the pipeline, give the records `Pipeline` gives."""

from __future__ import annotations

import pytest
import spacy

from tidings.backbone import MODEL
from tidings.model import Article
from tidings.record import to_record
from tidings.stages import COMPONENTS

ARTICLES = [
    Article(text="Russian President Vladimir Putin met Kim Jong Un at the Vostochny Cosmodrome on Wednesday.",
            published="2023-09-13"),
    Article(text="Kenyan police fired tear gas at protesters in Nairobi on Tuesday, witnesses told Reuters.",
            published="2024-06-26"),
    Article(text="“We will not retreat,” the mayor of Kharkiv said, adding that shelling had resumed overnight.",
            published="2024-05-20"),
    Article(text="Details of the ceasefire talks are at www. example. org / talks. Envoys met in Doha on Friday.",
            published="2024-03-02"),
]


def _users_pipeline() -> spacy.Language:
    """What the README shows: a plain spaCy model, tidings' components added by name."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe("web_addresses", first=True)
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("tidings_names", before="ner")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def _docs(nlp: spacy.Language) -> list:
    docs = []
    for article in ARTICLES:
        doc = nlp.make_doc(article.text)
        doc._.published = article.published.isoformat()
        docs.append(doc)
    return docs


@pytest.fixture(scope="module")
def users_nlp() -> spacy.Language:
    return _users_pipeline()


@pytest.fixture(scope="module")
def expected(pipeline) -> list:
    return [record.model_dump() for record in pipeline.pipe(ARTICLES)]


def test_components_added_by_name_give_the_pipelines_records(users_nlp, expected):
    records = [to_record(doc).model_dump() for doc in users_nlp.pipe(_docs(users_nlp))]
    assert records == expected
    assert any(event.plover == "CONSULT" for event in to_record(users_nlp(_docs(users_nlp)[0])).events)


@pytest.mark.e2e
def test_two_processes_give_the_records_of_one(users_nlp, expected):
    records = [to_record(doc).model_dump() for doc in users_nlp.pipe(_docs(users_nlp), n_process=2, batch_size=1)]
    assert records == expected


@pytest.mark.e2e
def test_a_saved_pipeline_loads_with_its_components_and_reads_the_same(users_nlp, expected, tmp_path):
    users_nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == users_nlp.pipe_names
    assert [to_record(doc).model_dump() for doc in loaded.pipe(_docs(loaded))] == expected
