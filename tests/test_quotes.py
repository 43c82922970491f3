"""The quotes stage: direct and reported speech, with speaker, cue and relaying source."""

from __future__ import annotations

from tidings.knowledge.speech import speech_cues
from tidings.model import Quote, Record
from tidings.stages.quotes import QuotesComponent
from tidings.stages.quotes.attach import Reach
from tidings.stages.quotes.extents import Extents
from tidings.stages.quotes.marks import Marks, quotations


def _only(record: Record) -> Quote:
    assert len(record.quotes) == 1, [q.content for q in record.quotes]
    return record.quotes[0]


def _marked(text: str) -> list[str]:
    return [text[s:e] for s, e in quotations(text)]


def _marked_headline(text: str) -> list[str]:
    return [text[s:e] for s, e in Marks(text).quotations]


def test_curly_quotation_marks_pair_into_one_quotation():
    assert _marked("She said “no more delays” today.") == ["“no more delays”"]


def test_straight_quotation_marks_pair_into_one_quotation():
    assert _marked('He said "we are ready" and left.') == ['"we are ready"']


def test_apostrophe_does_not_close_a_single_quotation():
    assert _marked("She called it ‘the mayor’s plan’ yesterday.") == ["‘the mayor’s plan’"]


def test_unclosed_quotation_runs_to_the_end_of_its_paragraph():
    assert _marked("He said “we will win\n\nNext paragraph.") == ["“we will win"]


def test_marks_find_the_line_around_an_offset():
    marks = Marks("Headline\nFirst line.\nSecond")
    assert (marks.line_start(12), marks.line_end(12)) == (9, 20)
    assert (marks.line_start(3), marks.line_end(3)) == (0, 8)
    assert (marks.line_start(23), marks.line_end(23)) == (21, 27)


def test_marks_know_which_quotation_holds_an_offset():
    marks = Marks('He said "yes" and "no".')
    assert marks.holding(9) == (8, 13)
    assert marks.holding(15) is None


def test_cue_table_marks_stance_and_relay():
    cues = speech_cues()
    assert cues["deny"].stance == "negative"
    assert cues["report"].relay and not cues["say"].relay


def test_every_cue_names_known_frames_and_stance():
    frames = {"ccomp", "xcomp", "dobj", "oprd", "adjunct", "as", "label", "signature", "raising"}
    for cue in speech_cues().values():
        assert all(f in frames or f.startswith("prep:") for f in cue.frames), cue
        assert cue.stance in {"neutral", "factive", "hedged", "negative", "future"}, cue


def test_quotation_before_the_attribution_is_direct_speech(read):
    quote = _only(read("“We will rebuild the bridge by spring,” the mayor said."))
    assert quote.direct
    assert quote.content == "We will rebuild the bridge by spring"
    assert quote.speaker_span.text == "the mayor"
    assert quote.cue == "say" and quote.cue_span.text == "said"


def test_quotation_after_a_colon_belongs_to_the_speaker_before_it(read):
    quote = _only(read("The mayor told reporters: “We will rebuild the bridge by spring.”"))
    assert quote.direct
    assert quote.spans[0].text == "“We will rebuild the bridge by spring.”"
    assert quote.speaker_span.text == "The mayor"
    assert quote.cue == "tell"


def test_inverted_attribution_names_the_speaker_after_the_verb(read):
    quote = _only(read("“The harvest is lost,” said Maria Lopez, a farmer from the valley."))
    assert quote.speaker_span.text.startswith("Maria Lopez")


def test_quotation_over_several_sentences_is_one_quote(read):
    quote = _only(read("“The road is closed. It will open again in May,” the engineer said."))
    assert quote.content == "The road is closed. It will open again in May"


def test_quotation_that_goes_on_after_the_attribution_joins_the_same_quote(read):
    quote = _only(read("“The road is closed,” the engineer said. “It will open again in May.”"))
    assert [span.text for span in quote.spans] == ["“The road is closed,”", "“It will open again in May.”"]


def test_reported_clause_is_indirect_speech(read):
    quote = _only(read("The minister said that the negotiations had collapsed."))
    assert not quote.direct
    assert quote.content == "that the negotiations had collapsed"
    assert quote.speaker_span.text == "The minister"


def test_reported_clause_stops_where_a_new_cue_begins(read):
    record = read("The minister said the talks had failed, adding that new talks would start in May.")
    assert [q.content for q in record.quotes] == ["the talks had failed", "that new talks would start in May"]
    assert record.quotes[1].speaker_span.text == "The minister"


def test_attribution_after_the_clause_reports_the_clause(read):
    quote = _only(read("The factory will close next year, the union added."))
    assert quote.content == "The factory will close next year"
    assert quote.cue == "add"


def test_attribution_inside_commas_reports_the_whole_sentence(read):
    quote = _only(read("The new tax, the senator said, will hurt small farms."))
    assert [span.text for span in quote.spans] == ["The new tax", "will hurt small farms"]


def test_attribution_inside_commas_with_circumstances_reports_the_whole_sentence(read):
    quote = _only(read("Ferry fares, the harbour master explained later at the hearing, had doubled since May."))
    assert quote.speaker_span.text == "the harbour master"
    assert [span.text for span in quote.spans] == ["Ferry fares", "had doubled since May"]


def test_an_as_clause_inside_commas_is_said_by_its_own_subject(read):
    quote = _only(read("Lisbon, as one of the city's planners pointed out, rarely floods in spring."))
    assert quote.speaker_span.text == "one of the city's planners"
    assert [span.text for span in quote.spans] == ["Lisbon", "rarely floods in spring"]


def test_a_closing_attribution_going_on_with_a_speech_verb_is_not_set_off(read):
    record = read("The ferry is safe, the engineer said, adding that repairs would start in June.")
    assert [(q.cue, q.content) for q in record.quotes] == [
        ("say", "The ferry is safe"),
        ("add", "that repairs would start in June"),
    ]


def test_a_cue_inside_commas_with_its_own_object_is_not_set_off(read):
    record = read("In March, the two envoys learned of a summit of Chad, Mali, Niger and Benin, to which they had not been invited.")
    assert all(not q.content.startswith("In March") for q in record.quotes)


def test_according_to_names_the_source_of_the_clause(read):
    quote = _only(read("According to the ministry, the dam is safe."))
    assert quote.cue == "according to"
    assert quote.speaker_span.text == "the ministry"
    assert quote.content == "the dam is safe"


def test_relaying_outlet_is_the_via_of_the_speaker_it_reports(read):
    quote = _only(read("The Associated Press reported the governor saying that the dam was safe."))
    assert quote.speaker_span.text == "the governor"
    assert quote.via_span is not None and quote.via_span.text == "The Associated Press"


def test_according_to_before_a_speaker_is_the_via(read):
    quote = _only(read("According to Reuters, the ministry said the talks had failed."))
    assert quote.speaker_span.text == "the ministry"
    assert quote.via_span is not None and quote.via_span.text == "Reuters"


def test_reportedly_leaves_the_speaker_without_a_via(read):
    quote = _only(read("The general reportedly said the troops would withdraw."))
    assert quote.speaker_span.text == "The general"
    assert quote.via is None and quote.via_span is None


def test_pronoun_speaker_resolves_to_the_person_before_it(read):
    record = read("Angela Merkel arrived in Paris on Monday. She said the summit was useful.")
    quote = _only(record)
    assert quote.speaker_span.text == "She"
    assert quote.speaker is not None
    assert record.actor(quote.speaker).name.endswith("Merkel")


def test_named_speaker_is_linked_to_its_actor(read):
    record = read("Angela Merkel said the summit was useful.")
    quote = _only(record)
    assert quote.speaker is not None
    assert record.actor(quote.speaker).name.endswith("Merkel")


def test_transcript_label_names_the_speaker_of_its_line(read):
    quote = _only(read("JOHNSON: We have no plans to raise taxes this year."))
    assert quote.speaker_span.text == "JOHNSON"
    assert quote.cue == ":"
    assert quote.content == "We have no plans to raise taxes this year."


def test_signature_after_a_quotation_names_its_speaker(read):
    quote = _only(read("“Our town deserves better schools.” ― Carla Mendes\n"))
    assert quote.speaker_span.text == "Carla Mendes"
    assert quote.direct


def test_scare_quotes_without_a_cue_are_not_quotes(read):
    assert read("The so-called “peace plan” was published on Monday.").quotes == []


def test_a_quotation_left_open_ends_with_its_paragraph(read):
    record = read("The mayor said “we will rebuild the bridge\n\nThe council met on Friday.")
    assert [(q.content, q.speaker_span.text) for q in record.quotes] == [("we will rebuild the bridge", "The mayor")]


def test_quotes_are_numbered_in_text_order(read):
    record = read("The mayor said the bridge was safe. The engineer said the road was closed.")
    assert [q.id for q in record.quotes] == ["q1", "q2"]
    assert record.quotes[0].spans[0].start < record.quotes[1].spans[0].start


def test_a_pronoun_speaker_going_on_keeps_the_relay(read):
    record = read(
        "Xinhua reported Chinese Premier Li Qiang saying that growth would reach five percent. "
        "He also said that exports had recovered."
    )
    first, second = record.quotes
    assert first.via is not None and second.speaker == first.speaker and second.via == first.via


def test_report_relayed_twice_names_the_first_relay_as_via(read):
    quote = _only(read("Reuters reported that the Associated Press reported the governor saying that the dam was safe."))
    assert quote.speaker_span.text == "the governor"
    assert quote.via_span is not None and quote.via_span.text == "Reuters"


def test_pronoun_it_speaks_for_the_organisation_before_it(read):
    record = read("The United Nations met on Monday. It said the talks were useful.")
    quote = _only(record)
    assert quote.speaker is not None and record.actor(quote.speaker).name == "United Nations"


def test_speaker_phrase_speaks_for_the_actor_it_names(read):
    record = read("A spokesman for the United Nations said the talks were useful.")
    quote = _only(record)
    assert quote.speaker_span.text == "A spokesman for the United Nations"
    assert quote.speaker is not None and record.actor(quote.speaker).name == "United Nations"


def test_speaker_phrase_naming_several_actors_speaks_for_the_one_introduced_first(read):
    record = read("Russia sent troops on Monday. A spokesman for the talks between Germany and Russia said they ended.")
    quote = _only(record)
    assert quote.speaker is not None and record.actor(quote.speaker).name == "Russia"


def test_component_reads_a_doc_without_actors_and_leaves_speakers_unnamed(pipeline):
    doc = pipeline.parse("Angela Merkel said the summit was useful.")
    quote = _only_quote(QuotesComponent().quotes(doc))
    assert quote.speaker_span.text == "Angela Merkel" and quote.speaker is None


def test_component_puts_its_quotes_on_the_doc(pipeline):
    doc = QuotesComponent()(pipeline.parse("The mayor said the bridge was safe."))
    assert [q["content"] for q in doc._.quotes] == ["the bridge was safe"]
    assert [span.text for span in doc.spans["tidings_quotes"]] == ["the bridge was safe"]


def test_goes_on_reach_bounds_the_gap_to_a_quotation_that_goes_on(pipeline):
    doc = pipeline.parse("“The road is closed,” the engineer said. “It will open again in May.”")
    assert len(_only_quote(QuotesComponent().quotes(doc)).spans) == 2
    assert len(_only_quote(QuotesComponent(reach=Reach(goes_on=5)).quotes(doc)).spans) == 1


def test_factory_config_reaches_the_component(pipeline):
    nlp = pipeline.nlp
    name = "quotes_short_goes_on"
    nlp.add_pipe("tidings_quotes", name=name, config={"goes_on_reach": 5})
    try:
        doc = nlp.get_pipe(name)(pipeline.parse("“The road is closed,” the engineer said. “It will open again in May.”"))
    finally:
        nlp.remove_pipe(name)
    assert [len(quote["spans"]) for quote in doc._.quotes] == [1]


def _only_quote(quotes: list[Quote]) -> Quote:
    assert len(quotes) == 1, [q.content for q in quotes]
    return quotes[0]


# Kinds of attribution; speech acts that did not take place (issue 9).

def test_reported_speech_is_of_the_speech_kind(read):
    assert _only(read("The mayor of Lisbon said that the ferry will run again.")).kind == "speech"


def test_wanting_is_an_attributed_attitude(read):
    quote = _only(read("Maria Sousa wants to rebuild the old harbour wall."))
    assert (quote.kind, quote.cue) == ("attitude", "want")
    assert quote.content == "to rebuild the old harbour wall"


def test_planning_is_an_attributed_intention(read):
    quote = _only(read("The Danish government plans to sell its stake in the airline."))
    assert (quote.kind, quote.cue) == ("intention", "plan")


def test_a_refused_speech_act_is_no_quote(read):
    record = read("Belarus has refused to condemn the shelling of the port.")
    assert record.quotes == []


def test_declining_to_comment_is_no_quote(read):
    assert read("The ministry of defence declined to comment on the report.").quotes == []


def test_a_negated_speech_act_is_no_quote(read):
    assert read("Senator Alma Ruiz did not say that the vote was rigged.").quotes == []


def test_condemning_and_praising_are_not_speech_cues():
    assert not {"condemn", "praise", "criticize", "criticise", "blast"} & set(speech_cues())


def test_quotation_left_open_goes_on_in_the_next_paragraph():
    text = "“The bridge will reopen in May.\n\n“Traffic will be lighter by June,” the engineer said."
    assert Marks(text).paragraph_runs() == [[(0, 31), (33, 67)]]


def test_paragraphs_opened_by_speaker_labels_are_separate_turns():
    text = '"HOST: Where were you that night.\n\n"GUEST: At home with my sister."'
    assert Marks(text).paragraph_runs() == []


def test_quote_over_two_paragraphs_is_given_to_the_later_attribution(read):
    quote = _only(
        read("The coach spoke after the match. “We played badly in the first half.\n\n“We will train harder,” she said.")
    )
    assert quote.speaker_span.text == "she"
    assert quote.content == "We played badly in the first half. We will train harder"
    assert len(quote.spans) == 2


def test_quote_over_two_paragraphs_after_a_closed_one_keeps_its_own_cue(read):
    record = read(
        "“The harvest was poor,” the farmer said.\n\n“Prices went up. Buyers stayed away.\n\n“We may sell the land,” he added."
    )
    assert [(q.cue, q.content) for q in record.quotes] == [
        ("say", "The harvest was poor"),
        ("add", "Prices went up. Buyers stayed away. We may sell the land"),
    ]


def test_according_to_in_the_middle_reports_both_sides(read):
    quote = _only(read("The mayor, according to her aides, will resign."))
    assert (quote.cue, quote.speaker_span.text) == ("according to", "her aides")
    assert [span.text for span in quote.spans] == ["The mayor", "will resign"]


def test_according_to_at_the_end_names_an_official_by_title(read):
    quote = _only(read("The convoy was hit near the border, according to a spokesman for the army."))
    assert (quote.cue, quote.speaker_span.text) == ("according to", "a spokesman for the army")
    assert quote.content == "The convoy was hit near the border"


def test_according_to_reports_only_its_own_sentence(read):
    quote = _only(read("Three people died, according to the hospital. The road remains closed."))
    assert (quote.speaker_span.text, quote.content) == ("the hospital", "Three people died")


def test_speech_quoted_inside_a_quotation_is_its_own_quote_within_the_outer(read):
    outer, inner = read("“The pilot told us ‘we are landing in Oslo,’ and everyone cheered,” a passenger said.").quotes
    assert (outer.speaker_span.text, outer.within) == ("a passenger", None)
    assert outer.content == "The pilot told us ‘we are landing in Oslo,’ and everyone cheered"
    assert (inner.cue, inner.speaker_span.text, inner.content) == ("tell", "The pilot", "we are landing in Oslo")
    assert inner.direct and inner.within == outer.id


def test_nested_marks_pair_inside_their_quotation():
    marks = Marks("“She said ‘wait here’ to me,” he recalled.")
    assert marks.nested(marks.quotations[0]) == [(10, 21)]


def test_speech_inside_an_unattributed_quotation_is_not_a_quote(read):
    assert read("The play “He said ‘go home’ and we went” opened in May.").quotes == []


def test_reported_clause_ends_before_the_writers_next_clause(read):
    record = read("The envoy said the ceasefire had collapsed, and the guests left the hall.")
    assert [(q.speaker_span.text, q.content) for q in record.quotes] == [("The envoy", "the ceasefire had collapsed")]


def test_reported_clause_ends_before_a_contrasting_clause(read):
    quote = _only(read("The captain said the harbour was closed, but fishing boats kept sailing out."))
    assert quote.content == "the harbour was closed"


def test_a_headline_naming_a_person_before_a_quotation_gives_it_to_them(read):
    quote = _only(read("Governor Maria Lopez on the drought: “We will ration water”\n\nThe state is dry."))
    assert (quote.cue, quote.speaker_span.text) == (":", "Maria Lopez")
    assert quote.content == "We will ration water"


def test_a_headline_quotes_with_straight_single_marks(read):
    quote = _only(read("Advice from Mayor Tom Reyes: 'Keep the faith.'\nThe mayor spoke to graduates on Friday."))
    assert (quote.cue, quote.speaker_span.text, quote.content) == (":", "Tom Reyes", "Keep the faith.")
    assert _marked_headline("Players' union says offer 'won't fly'\nTalks resume.") == ["'won't fly'"]
    assert _marked_headline("The coach's 'plan' works\nMore text.") == ["'plan'"]
    assert _marked_headline("A first line with no text after it 'here'") == []


def test_a_headline_with_a_speech_verb_gives_the_quotation_to_the_verb(read):
    quote = _only(read("Maria Lopez told the council: “We will ration water.”"))
    assert (quote.cue, quote.speaker_span.text) == ("tell", "Maria Lopez")


def test_a_headline_quotation_that_does_not_end_the_line_is_no_headline_quote(read):
    assert read("Review of Maria Lopez: “Dry Summer” is a fine film.").quotes == []


def test_a_label_naming_a_source_attributes_its_line(read):
    quote = _only(read("Poll: Rents rise faster than wages in most cities\n\nA survey of tenants was published."))
    assert (quote.cue, quote.speaker_span.text) == (":", "Poll")
    assert quote.content == "Rents rise faster than wages in most cities"


def test_a_label_naming_the_kind_of_text_is_no_speaker(read):
    assert read("Correction: The mayor's name was misspelled in this story.").quotes == []


def test_a_quotation_goes_on_past_the_speakers_own_added_remark(read):
    text = "“We won the match,” the coach said, adding that the team had trained. “Next week will be harder.”"
    record = read(text)
    said = next(q for q in record.quotes if q.cue == "say")
    assert said.content == "We won the match Next week will be harder."
    assert next(q for q in record.quotes if q.cue == "add").content == "that the team had trained"


def test_a_quotation_after_another_speakers_cue_does_not_go_on(read):
    text = "“We won the match,” the coach said. The captain said she was tired. “Next week will be harder.”"
    record = read(text)
    assert next(q for q in record.quotes if q.speaker_span.text == "the coach").content == "We won the match"


def test_a_quotation_goes_on_after_an_attribution_ending_in_a_quoted_title(read):
    quote = _only(
        read(
            "“We will rebuild every school,” Mayor Dana Holt, the city's longest serving official, said on "
            "Tuesday on Channel 5's “Morning Talk.” “Nobody will be left behind.”"
        )
    )
    assert [span.text for span in quote.spans] == ["“We will rebuild every school,”", "“Nobody will be left behind.”"]


def test_an_as_clause_attributes_the_sentence_it_opens_or_closes(read):
    opening = _only(read("As Ruiz said on Monday, the talks will not resume."))
    assert (opening.speaker_span.text, opening.cue, opening.content) == ("Ruiz", "say", "the talks will not resume")
    closing = _only(read("The talks will not resume, as Ruiz noted on Monday."))
    assert (closing.cue, closing.content) == ("note", "The talks will not resume")
    put = _only(read('As the mayor put it, the city is "running on empty."'))
    assert (put.speaker_span.text, put.cue) == ("the mayor", "put it")
    assert put.spans[0].text.startswith("the city is")


def test_an_as_clause_without_a_cue_and_put_without_one_are_no_quotes(read):
    assert read("As he left the hall, the crowd cheered.").quotes == []
    assert read("She put it on the table and left.").quotes == []


def test_a_reported_clause_holding_a_quotation_is_the_content(read):
    quote = _only(read('The minister said that, "Of course we will defend our record" against what she sees as a smear.'))
    assert quote.content == 'that, "Of course we will defend our record" against what she sees as a smear'
    left = _only(read('The mayor said, "We will win this," and left the stage.'))
    assert left.spans[0].text == '"We will win this,"'


def test_quotations_of_paragraphs_run_together_reopen_where_a_mark_stands_as_an_opener():
    from tidings.stages.quotes.marks import quotations

    text = '"The team is young. "We have time," she said. The coach said he had the "backing of the board".'
    assert [text[s:e] for s, e in quotations(text)] == [
        '"The team is young.',
        '"We have time,"',
        '"backing of the board"',
    ]
    closing = '"We will rest now. "Ruiz, tired after the match, left early.'
    assert [closing[s:e] for s, e in quotations(closing)] == ['"We will rest now. "']


def test_a_quotation_left_open_goes_on_in_the_next_on_the_same_line(read):
    record = read(
        '"We will stay," the coach said. "The team is young. "We have time to improve." '
        'The coach said he had the "backing of the board".'
    )
    stay, backing = record.quotes
    assert [s.text for s in stay.spans] == ['"We will stay,"', '"The team is young.', '"We have time to improve."']
    assert (backing.cue, backing.content) == ("say", 'he had the "backing of the board"')


def test_a_quotation_right_after_a_reported_clause_goes_on_with_its_speaker(read):
    quote = _only(read('The minister said the plan had failed. "We were never told about the cuts."'))
    assert [s.text for s in quote.spans] == ["the plan had failed", '"We were never told about the cuts."']
    apart = read('The minister said the plan had failed. The vote is on Monday. "We were never told about the cuts."')
    assert [q.content for q in apart.quotes] == ["the plan had failed"]


def test_a_quotation_left_open_after_a_reported_clause_goes_to_the_cue_of_its_run(read):
    record = read(
        'The harbour master says the ferry will resume next week. "The storm has passed. '
        '"We expect the first sailing on Monday," Mr Okafor said.'
    )
    report, quoted = record.quotes
    assert report.content == "the ferry will resume next week"
    assert quoted.speaker_span.text == "Mr Okafor"
    assert [s.text for s in quoted.spans] == ['"The storm has passed.', '"We expect the first sailing on Monday,"']
    alone = _only(read('The coach said the team had trained hard. "We were ready. "Nobody expected the rain."'))
    assert [s.text for s in alone.spans] == ["the team had trained hard", '"We were ready.', '"Nobody expected the rain."']


def test_words_opening_the_sentence_before_a_closing_attribution_are_its_content(read):
    quote = _only(read("More jobs and lower taxes, Smith said on Monday."))
    assert (quote.speaker_span.text, quote.content) == ("Smith", "More jobs and lower taxes")
    assert read("One after another, the mining firms declared bankruptcy.").quotes == []


def test_an_attribution_set_off_before_a_relative_clause_reports_the_clause_before_it(read):
    quote = _only(read("A gun battle broke out near the school, local officials said, during which two rockets hit the roof."))
    assert (quote.speaker_span.text, quote.content) == ("local officials", "A gun battle broke out near the school")


def test_a_reported_clause_keeps_its_adverbial_clause_but_not_another_speakers(read):
    kept = _only(read("The minister said the road would reopen in May, even if the rains came early."))
    assert kept.content == "the road would reopen in May, even if the rains came early"
    record = read("The mayor said the plan would cost millions, though her deputy noted that the state would pay half.")
    assert [(q.speaker_span.text, q.content) for q in record.quotes] == [
        ("The mayor", "the plan would cost millions"),
        ("her deputy", "that the state would pay half"),
    ]


def test_a_verb_conjoined_to_the_cue_under_its_auxiliary_is_what_the_speaker_did_next(read):
    quote = _only(read("The union has demanded a new ballot and given the board a week to respond."))
    assert quote.content == "a new ballot"


def test_a_cue_in_an_idiom_with_its_object_is_no_speech(read):
    assert read("The floods have claimed at least 30 lives in the north of the province.").quotes == []
    assert read("The epidemic has claimed thousands of lives across the region.").quotes == []
    assert read("Tired after the long campaign, the senator was showing the strain.").quotes == []
    market = _only(read("The housing market is showing signs of a slowdown, the bank said."))
    assert (market.speaker_span.text, market.content) == ("the bank", "The housing market is showing signs of a slowdown")
    claim = _only(read("The rebels claimed responsibility for the blast."))
    assert claim.content == "responsibility for the blast"


def test_a_speaker_quoted_as_saying_speaks_through_who_quoted_them(read):
    quote = _only(read("Reuters quoted the mayor as saying the dam had held."))
    assert (quote.speaker_span.text, quote.cue, quote.via_span.text, quote.content) == (
        "the mayor",
        "say",
        "Reuters",
        "the dam had held",
    )
    passive = _only(read("The governor was quoted by a local paper as saying the dam had held."))
    assert (passive.speaker_span.text, passive.via_span.text) == ("The governor", "a local paper")


def test_a_news_agency_told_or_receiving_the_statement_passes_it_on(read):
    told = _only(read('"The harvest is lost," a farmer told AFP on condition of anonymity.'))
    assert (told.speaker_span.text, told.via_span.text) == ("a farmer", "AFP")
    received = _only(read("The rebel group said in a statement received by the AFP news agency that it had freed the hostages."))
    assert received.via_span.text == "the AFP news agency"
    assert _only(read('"We will stay," the mayor told reporters.')).via is None


def test_an_aside_closed_by_a_comma_leaves_the_content_going_on_past_it(read):
    accused = _only(read("The senator accused the governor, who had run the state for a decade, of hiding the debt."))
    assert accused.content == "the governor, who had run the state for a decade, of hiding the debt"
    offered = _only(read("The charity offered a new kind of help, small grants, to students from poor families."))
    assert offered.content == "a new kind of help, small grants, to students from poor families"


def test_a_cue_participle_with_an_agent_reports_its_noun_said_by_the_agent(read):
    quote = _only(read("Spending in most states falls below the levels recommended by the federal agency."))
    assert (quote.speaker_span.text, quote.cue, quote.content) == ("the federal agency", "recommend", "the levels")
    assert read("The strike ended after a deal brokered by the church.").quotes == []


def test_an_act_with_no_object_or_a_question_put_to_the_subject_is_no_quote(read):
    assert read("The minister offered no proof of the plot.").quotes == []
    assert read("Asked about the strike, the spokesman said nothing.").quotes == []
    assert _only(read("The bank expects no rate cut this year.")).content == "no rate cut this year"


def test_a_speech_gerund_after_without_is_no_quote(read):
    assert read("The minister left the briefing without saying whether the mine would close.").quotes == []
    assert read("It surely goes without saying that dearer fares will anger commuters.").quotes == []


def test_a_cue_verb_with_a_particle_of_another_verb_is_no_quote(read):
    assert read("The premier and his deputy called in to Manila on their way home from the talks.").quotes == []
    assert read("Ms Lee called in on the hospital on her way to the airport.").quotes == []
    called_on = _only(read("The senator called on the board to resign."))
    assert (called_on.speaker_span.text, called_on.cue) == ("The senator", "call")


def test_a_clause_before_a_colon_is_not_reported_by_the_cue_after_it(read):
    assert read("The lesson is old: the general declared victory too early.").quotes == []


def test_a_declaration_with_a_possessor_is_a_nominal_cue(read):
    quote = _only(read("The mayor's declaration that the dam was safe calmed the town."))
    assert (quote.speaker_span.text, quote.content) == ("The mayor's", "that the dam was safe")


def test_a_document_that_reads_gives_the_quotation_before_it(read):
    quote = _only(read("“The council will meet on Friday to vote on the budget,” the letter read."))
    assert (quote.speaker_span.text, quote.cue, quote.content) == (
        "the letter",
        "read",
        "The council will meet on Friday to vote on the budget",
    )


def test_a_condition_before_an_attribution_set_off_by_commas_is_said_too(read):
    argued = _only(read("If the talks stall, Ms. Okafor argues, the council still has options left."))
    assert [s.text for s in argued.spans] == ["If the talks stall", "the council still has options left"]
    said = _only(read("If the talks fail, the minister said, the army will move."))
    assert [s.text for s in said.spans] == ["If the talks fail", "the army will move"]
    when = read("When he bought the mine, Mr. Banda said the coal would go abroad.").quotes[0]
    assert when.content == "the coal would go abroad"


def test_a_nickname_in_marks_inside_the_speakers_name_does_not_break_the_hand_over(read):
    quote = _only(read('"What a night for our town!" the mayor\'s aide, Maria "Mia" Soto, shouted to the crowd.'))
    assert (quote.cue, quote.content) == ("shout", "What a night for our town!")


def test_a_bare_verb_conjoined_inside_the_reported_clause_goes_on_with_it(read):
    aim = _only(read("But the ministry says the goal is to cut fees and widen access to the clinics."))
    assert aim.content == "the goal is to cut fees and widen access to the clinics"
    record = read("The union said wages had fallen and urged members to strike.")
    assert [q.content for q in record.quotes] == ["wages had fallen", "members to strike"]


def test_the_occasion_of_the_words_after_the_object_is_not_what_was_said(read):
    quote = _only(read("The board rejected the plan in a statement on Monday."))
    assert quote.content == "the plan"
    kept = _only(read("The senator accused the governor of hiding the debt."))
    assert kept.content == "the governor of hiding the debt"


def test_a_speakers_participle_clause_set_off_by_commas_is_not_its_name(read):
    quote = _only(read("The chief negotiator, speaking after the vote, said the talks were over."))
    assert quote.speaker_span.text == "The chief negotiator"
    titled = _only(read("The minister, a former general, said the army would stay."))
    assert titled.speaker_span.text == "The minister, a former general"


def test_reported_speech_inside_a_quotation_is_its_own_quote_within_the_outer(read):
    outer, inner = read("“The coach said he would stay another season,” a club official said.").quotes
    assert (outer.speaker_span.text, outer.within) == ("a club official", None)
    assert (inner.speaker_span.text, inner.content) == ("The coach", "he would stay another season")
    assert not inner.direct and inner.within == outer.id


def test_straight_single_marks_quote_inside_a_quotation(read):
    outer, inner = read("\"The guard said, 'stay inside', and we did,\" a resident said.").quotes
    assert (inner.speaker_span.text, inner.content, inner.within) == ("The guard", "stay inside", outer.id)


def test_an_apostrophe_inside_a_quotation_does_not_pair_with_a_single_mark():
    marks = Marks("\"Tell them 'there's a leak here' now,\" he said.")
    assert [marks.text[s:e] for s, e in marks.nested(marks.quotations[0])] == ["'there's a leak here'"]


def test_a_quoted_sentence_run_into_the_words_before_it_is_the_next_cues_alone(read):
    record = read('Mrs Silva says the verdict brings her family relief "Nothing can undo the harm we have suffered," Mrs Silva said.')
    says, said = record.quotes
    assert (says.cue, says.content) == ("say", "the verdict brings her family relief")
    assert (said.content, said.direct) == ("Nothing can undo the harm we have suffered", True)


def test_a_cue_before_a_run_in_quotation_keeps_its_own_object(read):
    record = read('The widow has welcomed the ruling "I always knew the court would see the truth in the end," Mrs Osei said.')
    welcomed, said = record.quotes
    assert (welcomed.cue, welcomed.content) == ("welcome", "the ruling")
    assert (said.speaker_span.text, said.content) == ("Mrs Osei", "I always knew the court would see the truth in the end")


def test_speech_inside_a_quotation_does_not_become_the_last_speaker(read):
    record = read("\"Carlos Ortiz told me 'wait outside', so I waited,\" Maria Lopez said. She said the ward was full.")
    names = {actor.id: actor.name for actor in record.actors}
    last = record.quotes[-1]
    assert (last.speaker_span.text, names.get(last.speaker)) == ("She", "Maria Lopez")


def test_a_reported_clause_keeps_the_subject_the_parser_hung_on_the_cue(read):
    warned = _only(read("The central bank warned continued inflation in Peru is dependent on fuel prices."))
    assert warned.content == "continued inflation in Peru is dependent on fuel prices"
    says = _only(read("She says for safety reasons several trails in the park will stay closed."))
    assert says.content == "for safety reasons several trails in the park will stay closed"


def test_a_time_right_after_a_past_cue_says_when_it_was_said(read):
    monday = _only(read("The union said on Monday it would not accept the offer."))
    assert (monday.content, monday.speaker_span.text) == ("it would not accept the offer", "The union")
    wednesday = _only(read("The chief said last Wednesday the prisoner had shot himself."))
    assert wednesday.content == "the prisoner had shot himself"
    years = _only(read("The bank said 2001 and 2002 combined will be weak."))
    assert years.content == "2001 and 2002 combined will be weak"


def test_a_passive_with_no_agent_goes_on_in_the_reported_clause(read):
    says = _only(read("The airline says bookings have recovered and demand is forecast to grow next year."))
    assert says.content == "bookings have recovered and demand is forecast to grow next year"


def test_content_stops_before_the_subject_of_the_next_speaker(read):
    said, warned = read("The minister said the plan would fail and the mayor warned of long delays.").quotes
    assert said.content == "the plan would fail"
    assert (warned.speaker_span.text, warned.content) == ("the mayor", "long delays")


def test_a_speech_noun_is_held_by_the_subject_of_the_verb_that_utters_it(read):
    raised = _only(read("The inquiry raised allegations that the port authority had hidden its losses."))
    assert (raised.speaker_span.text, raised.cue_span.text) == ("The inquiry", "allegations")
    assert raised.content == "that the port authority had hidden its losses"
    rejected = read("The court rejected the allegation that the port authority had hidden its losses.").quotes
    assert all(q.speaker_span.text != "The court" or q.cue != "allegation" for q in rejected)


def test_hopeful_about_names_an_attitude(read):
    hopeful = _only(read("The coach is hopeful about the team's chances next season."))
    assert (hopeful.kind.value, hopeful.content) == ("attitude", "the team's chances next season")


def test_a_reported_clause_keeps_an_apposition_on_a_thing_not_on_a_name(read):
    offer = read("The union said members rejected the offer, a three percent rise.").quotes[0]
    assert offer.content == "members rejected the offer, a three percent rise"
    said = next(q for q in read("He said the deal was backed by Carlos Vela, the party chair.").quotes if q.cue == "say")
    assert said.content == "the deal was backed by Carlos Vela"


def test_content_runs_over_a_quotation_whose_first_words_name_a_speaker(read):
    said = read("The governor said critics are wrong to keep quoting “she said this, she did that.”").quotes[0]
    assert said.content == "critics are wrong to keep quoting “she said this, she did that.”"


def test_a_that_clause_does_not_take_in_the_words_before_it(read):
    said = _only(read("The mayor said at a briefing on Friday that the bridge would reopen."))
    assert said.content == "that the bridge would reopen"


def test_a_verb_of_the_speakers_own_does_not_cut_what_they_say(read):
    added = read("The coach added: The team has never played better and we expect to win.").quotes[0]
    assert (added.speaker_span.text, added.content) == ("The coach", "The team has never played better and we expect to win")


def test_an_as_clause_with_a_reporting_verb_attributes_its_sentence(read):
    found = _only(read("As the survey found, most farms are losing money."))
    assert (found.speaker_span.text, found.content) == ("the survey", "most farms are losing money")


def test_a_reported_clause_runs_on_over_an_aside_between_dashes(read):
    text = (
        "The senator noted that at a party meeting in 1980, he backed a plan to name Walter Jones"
        " — a former governor — to replace the chairman as the party's candidate."
    )
    quote = next(q for q in read(text).quotes if q.cue == "note")
    assert quote.content.endswith("— a former governor — to replace the chairman as the party's candidate")


def test_a_cue_word_inside_a_name_does_not_cut_the_content(read):
    quote = _only(read("Lawyers have cited the coming vote as a reason to open the archives of the State Department."))
    assert quote.content.endswith("the archives of the State Department")


def test_a_cue_set_off_after_a_relative_word_reports_that_clause_of_its_noun(read):
    quote = _only(read("Residents gathered at the old square, which, the mayor said, is often crowded with stalls on market days."))
    assert [span.text for span in quote.spans] == ["the old square, which", "is often crowded with stalls on market days"]
    why = _only(read("That is why, the mayor argued, the town should be ready."))
    assert why.spans[0].text == "That is why"


def test_extents_read_each_tokens_facts_from_the_whole_doc(pipeline):
    doc = pipeline.parse('The self-claimed leader (a former judge) said, "We will rebuild," and later warned that costs would rise.')
    extents = Extents(doc, Marks(doc.text))
    assert extents.sentence_starts == [0]
    assert extents.cue_words == [10, 20]  # "said", "warned"; not "claimed" after a hyphen with no space
    assert extents.continuing_cues == [20]  # "and later warned"
    assert extents.stops == [10, 11, 16, 20]  # the cues and the commas
    assert extents.speech_subjects == [4]  # "leader"
    assert extents.openings[13] == 1 and extents.openings[18] == 2  # a straight mark counts as opening
    assert extents.brackets[5:11] == [0, 1, 1, 1, 1, 0]
    assert extents.firm_start[4:6] == [4, 6] and extents.firm_start[-2:] == [26, 26]  # "(" and the full stop are loose
    assert extents.firm_end[9] == 8 and extents.firm_end[18] == 17  # ")" loose at the end; "and" too, the closing mark not
