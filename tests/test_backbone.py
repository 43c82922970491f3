"""The backbone: line breaks bound sentences; knowledge names reach the entity recognizer."""


def test_a_headline_does_not_run_into_the_first_sentence(pipeline):
    doc = pipeline.nlp("Ministers Meet in Oslo\n\nThe talks began on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["Ministers Meet in Oslo", "The talks began on Monday."]


def test_a_soft_wrap_inside_a_sentence_is_not_a_boundary(pipeline):
    doc = pipeline.nlp("The talks began on Monday and\ncontinued until late at night.")
    assert len(list(doc.sents)) == 1


def test_knowledge_patterns_run_before_the_statistical_recognizer(pipeline):
    names = pipeline.nlp.pipe_names
    assert names.index("entity_ruler") < names.index("ner")
    assert names.index("paragraph_breaks") < names.index("parser")
