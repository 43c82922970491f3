"""The backbone: line breaks bound sentences; knowledge names reach the entity recognizer with their ids."""


def test_a_headline_does_not_run_into_the_first_sentence(pipeline):
    doc = pipeline.nlp("Ministers Meet in Oslo\n\nThe talks began on Monday.")
    assert [s.text.strip() for s in doc.sents] == ["Ministers Meet in Oslo", "The talks began on Monday."]


def test_a_soft_wrap_inside_a_sentence_is_not_a_boundary(pipeline):
    doc = pipeline.nlp("The talks began on Monday and\ncontinued until late at night.")
    assert len(list(doc.sents)) == 1


def test_an_abbreviated_title_is_one_token_and_no_sentence_end(pipeline):
    doc = pipeline.nlp("Police Sgt. Dana Whitfield and Det. Omar Reyes said the van was found. Capt. Lee agreed.")
    assert [s.text.strip() for s in doc.sents] == ["Police Sgt. Dana Whitfield and Det. Omar Reyes said the van was found.", "Capt. Lee agreed."]
    assert {"Sgt.", "Det.", "Capt."} <= {token.text for token in doc}


def test_knowledge_patterns_run_before_the_statistical_recognizer(pipeline):
    names = pipeline.nlp.pipe_names
    assert names.index("tidings_names") < names.index("ner")
    assert names.index("paragraph_breaks") < names.index("parser")


def test_knowledge_names_are_tagged_with_their_label_and_id(pipeline):
    doc = pipeline.parse("Vladimir Putin spoke at the Kremlin.")
    assert {(ent.text, ent.label_, ent.ent_id_) for ent in doc.ents} == {
        ("Vladimir Putin", "PERSON", "Q7747"),
        ("Kremlin", "ORG", "cameo:RUSGOV"),
    }


def test_a_known_name_with_a_generational_suffix_is_left_to_the_recogniser(pipeline):
    doc = pipeline.parse("Donald Trump Jr. spoke at the rally.")
    assert "Q22686" not in {ent.ent_id_ for ent in doc.ents}
