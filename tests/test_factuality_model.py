"""The factuality model: applied in plain Python, falling back to the rules where unsure, and
trained with folds that keep each document whole."""

from __future__ import annotations

import math

import pytest

from tidings.evaluate.factuality import evaluate
from tidings.knowledge.factuality_model import AttributeModel, FactualityModel, factuality_model
from tidings.model import Certainty, EventTime, Factuality, Polarity
from tidings.pipeline import Pipeline
from tidings.stages.factuality import apply_model
from tidings.stages.factuality_features import Sentences
from tidings.training.factuality import Example, Settings, fit, folds, train

HEDGED = AttributeModel(classes=["CERTAIN", "PROBABLE"], intercept=[1.0, 0.0], weights={"cue=reportedly": [0.0, 3.0]},
                        min_probability=0.7)


def _example(document: str, features: list[str], certainty: str) -> Example:
    gold = {"certainty": certainty, "polarity": "POS", "time": "NON_FUTURE"}
    return Example(document=document, features=features, gold=gold, rule=Factuality())


def test_the_model_picks_the_class_its_weights_favour():
    assert HEDGED.label(["bias", "cue=reportedly"], fallback="CERTAIN") == "PROBABLE"
    assert HEDGED.label(["bias"], fallback="PROBABLE") == "CERTAIN"


def test_an_unsure_model_leaves_the_rules_label():
    unsure = HEDGED.model_copy(update={"weights": {"cue=reportedly": [0.0, 1.2]}})  # p(PROBABLE) = 0.55
    assert unsure.label(["cue=reportedly"], fallback="POSSIBLE") == "POSSIBLE"


def test_a_label_the_model_keeps_stands_however_sure_the_model_is():
    keeping = HEDGED.model_copy(update={"kept": ["PROBABLE"]})
    assert keeping.label(["bias"], fallback="PROBABLE") == "PROBABLE"  # the model says CERTAIN
    assert keeping.label(["bias", "cue=reportedly"], fallback="CERTAIN") == "PROBABLE"


def test_a_cue_word_the_model_never_saw_is_left_to_the_rules():
    model = FactualityModel(trained_on="test", cue_words=["reportedly"], attributes={"certainty": HEDGED})
    rule = Factuality(certainty=Certainty.POSSIBLE)
    assert apply_model(model, ["cue=reportedly"], rule).certainty is Certainty.PROBABLE
    assert apply_model(model, ["cue=reportedly", "cue=perhaps"], rule).certainty is Certainty.POSSIBLE


def test_the_shipped_model_labels_with_the_schemes_classes():
    model = factuality_model()
    assert set(model.attributes) == {"certainty", "polarity", "time"}
    assert set(model.attributes["certainty"].classes) <= {c.value for c in Certainty}
    assert set(model.attributes["polarity"].classes) <= {p.value for p in Polarity}
    assert set(model.attributes["time"].classes) <= {t.value for t in EventTime}
    assert model.cue_words  # trained on something


def test_folds_keep_each_document_whole():
    examples = [_example(f"d{i % 5}", ["bias"], "CERTAIN") for i in range(20)]
    grouped = folds(examples, 3)
    assert sorted(i for fold in grouped for i in fold) == list(range(20))
    for fold in grouped:
        documents = {examples[i].document for i in fold}
        assert all(examples[i].document not in documents for other in grouped if other is not fold for i in other)


def test_fewer_documents_than_folds_is_an_error():
    with pytest.raises(ValueError, match="cannot make 3 folds"):
        folds([_example("d1", ["bias"], "CERTAIN")], 3)


def test_fit_learns_a_cue_that_decides_the_class():
    examples = [_example(f"d{i}", ["bias", "cue=maybe"], "POSSIBLE") for i in range(10)]
    examples += [_example(f"e{i}", ["bias"], "CERTAIN") for i in range(30)]
    model = fit(examples, "certainty", Settings(c=10.0, min_probability=0.5))
    assert model.label(["bias", "cue=maybe"], fallback="CERTAIN") == "POSSIBLE"
    assert model.label(["bias"], fallback="POSSIBLE") == "CERTAIN"


def test_a_feature_on_in_nearly_every_training_example_is_left_out_so_its_absence_changes_no_score():
    everywhere = ["bias", "sentence.first_of_paragraph"]  # as in a gold text of one sentence a line
    examples = [_example(f"d{i}", [*everywhere, "cue=maybe"], "POSSIBLE") for i in range(20)]
    examples += [_example(f"e{i}", everywhere, "CERTAIN") for i in range(180)]
    examples.append(_example("f", ["bias"], "POSSIBLE"))
    model = fit(examples, "certainty", Settings(c=10.0, min_probability=0.5))
    assert "sentence.first_of_paragraph" not in model.weights
    assert "cue=maybe" in model.weights
    assert model.label(["bias"], fallback="POSSIBLE") == "CERTAIN"


def test_a_model_trained_to_keep_cued_labels_labels_only_what_the_rules_left_at_the_default():
    examples = [_example(f"d{i}", ["bias", "self.lemma=consider"], "POSSIBLE") for i in range(10)]
    examples += [_example(f"e{i}", ["bias"], "CERTAIN") for i in range(30)]
    model = fit(examples, "certainty", Settings(c=10.0, min_probability=0.5, keep_cued=True))
    assert set(model.kept) == {"PROBABLE", "POSSIBLE", "UNDERSPECIFIED"}
    assert model.label(["bias", "self.lemma=consider"], fallback="CERTAIN") == "POSSIBLE"
    assert model.label(["bias"], fallback="UNDERSPECIFIED") == "UNDERSPECIFIED"


def test_a_cued_label_the_settings_make_overridable_is_left_to_the_model():
    examples = [_example(f"d{i}", ["bias", "cue=planned"], "UNDERSPECIFIED") for i in range(10)]
    examples += [_example(f"e{i}", ["bias"], "CERTAIN") for i in range(30)]
    model = fit(examples, "certainty", Settings(c=10.0, min_probability=0.5, keep_cued=True, overridable=("PROBABLE",)))
    assert set(model.kept) == {"POSSIBLE", "UNDERSPECIFIED"}
    assert model.label(["bias", "cue=planned"], fallback="PROBABLE") == "UNDERSPECIFIED"
    assert model.label(["bias", "cue=planned"], fallback="POSSIBLE") == "POSSIBLE"


def test_features_an_attribute_leaves_out_get_no_weight():
    examples = [_example(f"d{i}", ["bias", "scope.class=intention"], "POSSIBLE") for i in range(10)]
    examples += [_example(f"e{i}", ["bias"], "CERTAIN") for i in range(30)]
    model = fit(examples, "certainty", Settings(c=10.0, min_probability=0.5, left_out=("scope.",)))
    assert "scope.class=intention" not in model.weights
    assert model.label(["bias", "scope.class=intention"], fallback="CERTAIN") == "CERTAIN"


def test_balanced_class_weights_let_a_rare_class_win_where_its_feature_is_ambiguous():
    examples = [_example(f"d{i}", ["bias", "self.lemma=hope"], "PROBABLE") for i in range(3)]
    examples += [_example(f"e{i}", ["bias", "self.lemma=hope"], "CERTAIN") for i in range(5)]
    examples += [_example(f"f{i}", ["bias"], "CERTAIN") for i in range(60)]
    features = ["bias", "self.lemma=hope"]
    unweighted = fit(examples, "certainty", Settings(c=10.0, balance=0.0, min_probability=0.0))
    balanced = fit(examples, "certainty", Settings(c=10.0, balance=1.0, min_probability=0.0))
    assert unweighted.label(features, fallback="CERTAIN") == "CERTAIN"
    assert balanced.label(features, fallback="CERTAIN") == "PROBABLE"


def test_a_training_set_of_one_class_answers_that_class():
    model = train([_example("d1", ["bias"], "CERTAIN")], "one document")
    assert model.attributes["certainty"].label(["bias"], fallback="POSSIBLE") == "CERTAIN"


def test_cross_validated_evaluation_says_so_and_gives_the_baselines(pipeline: Pipeline):
    text = "The mill closed in May. The union may strike."
    docs = [
        {"id": f"t:{n}", "text": text, "dct": "2024-05-20",
         "events": [{"start": text.index("closed"), "end": text.index("closed") + 6,
                     "certainty": "CERTAIN", "polarity": "POS", "time": "NON_FUTURE"},
                    {"start": text.index("strike"), "end": text.index("strike") + 6,
                     "certainty": "POSSIBLE", "polarity": "POS", "time": "FUTURE"}]}
        for n in range(2)
    ]
    metrics = evaluate(pipeline, docs, cv=2)
    assert metrics["cv_folds"] == 2
    assert metrics["events"] == 4
    assert metrics["certainty_majority"] == 0.5
    assert metrics["polarity_majority"] == 1.0


def test_train_command_writes_a_model_the_stage_can_load(tmp_path):
    import json

    from click.testing import CliRunner

    from tidings.cli import main

    text = "The plant shut last year. The board will vote on a merger. The strike may spread."
    spans = [("shut", "CERTAIN", "NON_FUTURE"), ("vote", "CERTAIN", "FUTURE"), ("spread", "POSSIBLE", "FUTURE")]
    events = [{"start": text.index(w), "end": text.index(w) + len(w), "certainty": c, "polarity": "POS", "time": t}
              for w, c, t in spans]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps({"id": f"t:{n}", "text": text, "dct": "2024-01-09", "events": events}) + "\n"
                            for n in range(3)))
    out = tmp_path / "model.json"
    result = CliRunner().invoke(main, ["train", "factuality", "--gold", str(gold), "--out", str(out), "--cv", "3"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.strip().splitlines()[-1])["cv_folds"] == 3
    model = FactualityModel.model_validate_json(out.read_text())
    assert model.attributes["time"].classes == ["FUTURE", "NON_FUTURE"]


def test_sentence_features_say_whether_a_predicate_stands_inside_a_quotation(pipeline: Pipeline):
    doc = pipeline.parse('The mayor said: "We will rebuild the bridge." Crews cleared the road.')
    sentences = Sentences()
    by_word = {token.text: token for token in doc}
    assert "sentence.inside_quotation" in sentences.features(by_word["rebuild"])
    assert "sentence.inside_quotation" not in sentences.features(by_word["said"])
    assert "sentence.inside_quotation" not in sentences.features(by_word["cleared"])
    assert "sentence.first_of_paragraph" in sentences.features(by_word["said"])
    assert "sentence.first_of_paragraph" not in sentences.features(by_word["cleared"])


def test_probabilities_sum_the_weights_of_the_features_present():
    classifier = AttributeModel(classes=["A", "B"], intercept=[0.0, 0.0], weights={"x": [1.0, -1.0], "y": [0.5, 0.0]})
    together = classifier.probabilities(["x", "y", "x", "unknown"])
    assert together[0] == pytest.approx(1 / (1 + math.exp(-2.5)))
    assert classifier.probabilities([]) == [0.5, 0.5]
