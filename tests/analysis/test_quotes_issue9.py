"""Statements on real news (issue 9): withheld speech, denials, non-speech senses, no duplicates,
one statement per reported clause. Invented text only."""
from __future__ import annotations

import pytest

from analysis.quotes import find_statements


def statements(nlp, text):
    return find_statements(nlp(text), "a1")


def spoken(text, s):
    return text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None


# ------------------------------------------------------------------ withheld or negated speech

@pytest.mark.parametrize("text", [
    "The ministry did not say how many soldiers had been wounded in the attack.",
    "Police would not say who fired the first shot at the protesters.",
    "The coach refused to say whether Ilic would start on Sunday.",
    "A lawyer for the developer declined to comment on the charges.",
    "Officials declined to say when the vote on the new budget would take place.",
    "The company never said that the mine would reopen before the spring.",
    "Nordlake has failed to explain why the shipment was delayed for a month.",
])
def test_withheld_or_negated_speech_is_not_a_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("Reyes said he did not know whether the ceasefire would hold.",
     "he did not know whether the ceasefire would hold"),
    ("The judge said the defence had not explained the missing payments.",
     "the defence had not explained the missing payments"),
])
def test_negation_inside_the_reported_clause_keeps_the_statement(nlp, text, content):
    assert [s.text for s in statements(nlp, text)] == [content]


# ------------------------------------------------------------------ passive cues

@pytest.mark.parametrize("text", [
    "Olsen was told that his contract would not be renewed next season.",
    "The players were warned that heavy fines would follow any further protest.",
    "It was announced that the smelter would close by the end of the year.",
    "Tomas Ilic was charged with assault after the match in Split.",
])
def test_passive_cue_without_an_agent_names_no_speaker_and_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


def test_passive_cue_with_an_agent_is_spoken_by_the_agent(nlp):
    text = "The players were warned by the league that heavy fines would follow any further protest."
    [s] = statements(nlp, text)
    assert spoken(text, s) == "the league"


def test_legal_charge_next_to_a_statement_is_not_its_cue(nlp):
    text = "Ilic was charged with assault, prosecutors in Split said on Monday."
    [s] = statements(nlp, text)
    assert s.cue == "said" and spoken(text, s) == "prosecutors"
    assert s.text == "Ilic was charged with assault"


# ------------------------------------------------------------------ one statement per clause

@pytest.mark.parametrize("text, first, second", [
    ("Army spokeswoman Lena Ortiz said the raid was carried out after weeks of planning and that no "
     "civilians were hurt.", "the raid was carried out after weeks of planning", "that no civilians were hurt"),
    ("Norlake Mining said in a filing that it was cooperating with regulators and that its output had not "
     "been affected.", "that it was cooperating with regulators", "that its output had not been affected"),
])
def test_said_a_and_that_b_is_two_statements_of_one_speaker(nlp, text, first, second):
    found = statements(nlp, text)
    assert [s.text for s in found] == [first, second]
    assert found[0].speaker_start == found[1].speaker_start and found[0].cue == found[1].cue == "said"


@pytest.mark.parametrize("text, said, second_cue, second", [
    ("The minister said the report was wrong and warned that prices would rise.",
     "the report was wrong", "warned", "that prices would rise"),
    ("Farm Minister Olaf Berg said Brazil had failed to meet the standards, and urged fellow ministers to "
     "block the trade deal.", "Brazil had failed to meet the standards", "urged",
     "fellow ministers to block the trade deal"),
])
def test_a_cue_coordinated_with_said_is_its_own_statement_of_the_same_speaker(nlp, text, said, second_cue, second):
    found = statements(nlp, text)
    assert [(s.cue, s.text) for s in found] == [("said", said), (second_cue, second)]
    assert found[0].speaker_start == found[1].speaker_start


# ------------------------------------------------------------------ the speaker phrase

@pytest.mark.parametrize("text, mention", [
    ("A director at the consultancy Harwick Partners, Owen Hart, says the merger is unlikely to close this year.",
     "A director at the consultancy Harwick Partners, Owen Hart"),
    ("Counsel for the inquiry, Ruth Okafor SC, said the warnings had been ignored for two years.",
     "Counsel for the inquiry, Ruth Okafor SC"),
    ("The league's vice-president for refereeing, Tomas Berg, said the goal should have stood.",
     "The league's vice-president for refereeing, Tomas Berg"),
    ("A lecturer in marine biology at the University of Tromso, Ingrid Vik, says the reef will not recover.",
     "A lecturer in marine biology at the University of Tromso, Ingrid Vik"),
    ("Grain exports fell by a third last year, according to a report by the Danube Trade Council.",
     "a report by the Danube Trade Council"),
])
def test_the_speaker_phrase_runs_to_the_name_after_a_description(nlp, text, mention):
    [s] = statements(nlp, text)
    assert spoken(text, s) == mention


def test_a_place_after_a_description_is_not_taken_for_the_name(nlp):
    text = "Officials in Split, Croatia, said the ferry had run aground in fog."
    [s] = statements(nlp, text)
    assert "Croatia" not in spoken(text, s)


# ------------------------------------------------------------------ quotes inside sentences

@pytest.mark.parametrize("text, cue, content", [
    ("The coach dismissed the report as “a fairy tale written by people who never watch us” and said the "
     "club would not comment further.", "said", "the club would not comment further"),
    ("Mayor Ines Duarte praised the volunteers for “working through the night without a single complaint” "
     "and said the shelters would stay open.", "said", "the shelters would stay open"),
])
def test_a_cue_after_a_partial_quote_that_has_its_own_clause_does_not_attribute_the_quote(nlp, text, cue, content):
    found = statements(nlp, text)
    quote_host = next(s for s in found if "“" in s.text or s.kind == "direct")
    assert quote_host.cue != cue  # the quote belongs to its own verb, not to the later "said"
    assert (cue, content) in [(s.cue, s.text) for s in found]


def test_a_partial_quote_inside_a_narrated_sentence_is_not_a_statement_of_its_own(nlp):
    text = "The architect, Lena Holm, described the tower as “a lighthouse for the whole valley” in her talk."
    assert all(s.text != "a lighthouse for the whole valley" for s in statements(nlp, text))


@pytest.mark.parametrize("text, content, second", [
    ("Berg said the transfer would cost the club about 20 million euros but was “a price worth paying for a "
     "title.”", "the transfer would cost the club about 20 million euros", "a price worth paying"),
])
def test_a_coordinated_predicate_in_the_speakers_own_words_is_a_statement_of_its_own(nlp, text, content, second):
    found = statements(nlp, text)
    assert found[0].text == content and second in found[1].text
    assert found[0].speaker_start == found[1].speaker_start


@pytest.mark.parametrize("text, quote, mention", [
    ("Deputy minister Ana Ruiz condemned the raid. «Our patience is not endless, and the border must be "
     "respected, Ruiz told journalists in Tbilisi.", "Our patience is not endless, and the border must be respected",
     "Ruiz"),
])
def test_an_attribution_inside_a_quote_that_never_closes_ends_the_quote(nlp, text, quote, mention):
    s = next(s for s in statements(nlp, text) if s.kind == "direct")
    assert s.text == quote and spoken(text, s) == mention and s.cue == "told"


def test_a_name_parsed_as_an_adverb_before_the_cue_still_speaks(nlp):
    text = "Reinhardt denied that anyone at the central bank had warned him."
    [s] = statements(nlp, text)
    assert spoken(text, s) == "Reinhardt" and s.cue == "denied"


# ------------------------------------------------------------------ denials and gerunds

@pytest.mark.parametrize("text, mention, content", [
    ("The fund manager has denied claims she misled investors about the losses.", "The fund manager",
     "she misled investors about the losses"),
    ("The ministry denied reports that troops had crossed the river.", "The ministry",
     "that troops had crossed the river"),
    ("Former mayor Paul Wendt denied accepting bribes from a property developer.", "Former mayor Paul Wendt",
     "accepting bribes from a property developer"),
    ("The shipping company denied any wrongdoing.", "The shipping company", "any wrongdoing"),
    ("The goalkeeper admitted taking the painkillers before the final.", "The goalkeeper",
     "taking the painkillers before the final"),
    ("A security researcher reported finding the customer records for sale online.", "A security researcher",
     "finding the customer records for sale online"),
])
def test_denials_and_gerund_complements_are_statements(nlp, text, mention, content):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.text) == (mention, content)
    assert s.cue in ("denied", "admitted", "reported")


def test_a_negated_denial_is_not_a_statement(nlp):
    assert statements(nlp, "The senator did not deny meeting the lobbyist twice in March.") == []


# ------------------------------------------------------------------ according to

@pytest.mark.parametrize("text, source, content", [
    ("Coffee prices rose 4 percent in March, according to figures from the Nairobi exchange, adding to "
     "pressure on roasters.", "figures from the Nairobi exchange", "Coffee prices rose 4 percent in March"),
    ("According to the harbour master, the ferry left port an hour late.", "the harbour master",
     "the ferry left port an hour late"),
    # the parse reads the clause's verb as a noun in apposition to the source: the comma still ends the source
    ("According to the radio host Lena Dahl, the move reeks of “fear” and desperation.",
     "the radio host Lena Dahl", "the move reeks of “fear” and desperation"),
    ("According to farm economist Tomas Berg, the drought costs of the valley farms doubled.",
     "farm economist Tomas Berg", "the drought costs of the valley farms doubled"),
])
def test_according_to_reports_the_clause_it_qualifies(nlp, text, source, content):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.text, s.cue) == (source, content, "according to")


# ------------------------------------------------------------------ narrated acts are not statements

@pytest.mark.parametrize("text", [
    "He bought a bakery, two trucks and a “community kitchen” that closed within a year.",
    "The council sent its “rapid response team” to the flooded streets on Sunday.",
    "The ferry operator renamed its old boat the “Silver Heron” last spring.",
])
def test_a_partial_quote_in_a_narrated_act_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text, cue", [
    ("The senator blasted the ministry as “a department of excuses” on Tuesday.", "blasted"),
    ("The coach thanked the fans for “the loudest night this stadium has ever heard”.", "thanked"),
    ("The union dismissed the offer as “an insult to every driver in the city”.", "dismissed"),
])
def test_a_partial_quote_under_a_characterising_verb_is_a_statement(nlp, text, cue):
    [s] = statements(nlp, text)
    assert s.cue == cue and "“" in s.text


@pytest.mark.parametrize("text, mention, quote", [
    ("The vote was close. Said Ellis: “I don’t think she cares about tax reform at all.”", "Ellis",
     "I don’t think she cares about tax reform at all."),
    ("The bridge reopened on Monday. Added the mayor: “We will never let it fall into disrepair again.”",
     "the mayor", "We will never let it fall into disrepair again."),
])
def test_said_name_colon_introduces_a_quote(nlp, text, mention, quote):
    s = next(s for s in statements(nlp, text) if s.kind == "direct")
    assert spoken(text, s) == mention and s.text == quote


def test_a_new_sentence_after_an_attribution_does_not_join_the_next_quote(nlp):
    text = ("“The league has let us down for years,” the players’ union wrote. Said Ellis: “I don’t get the "
            "sense the owners care at all.”")
    found = [s for s in statements(nlp, text) if s.kind == "direct"]
    assert [spoken(text, s) for s in found] == ["the players’ union", "Ellis"]


# ------------------------------------------------------------------ no duplicates

@pytest.mark.parametrize("text, only_cue, content", [
    ("The opposition party vowed to reject the budget in its current form.", "vowed",
     "to reject the budget in its current form"),
    ("The mayor promised to defend the library against further cuts.", "promised",
     "to defend the library against further cuts"),
])
def test_a_clause_nested_in_a_statement_of_the_same_speaker_is_one_statement(nlp, text, only_cue, content):
    assert [(s.cue, s.text) for s in statements(nlp, text)] == [(only_cue, content)]


def test_a_repeated_fragment_of_an_earlier_quote_is_not_a_new_statement(nlp):
    text = ("“We will win this war before the winter comes,” Defence Minister Olga Berg said on Monday.\n\n"
            "Critics were unimpressed. “We will win this war before the winter comes.” The promise has been "
            "made before.")
    assert len(statements(nlp, text)) == 1


# ------------------------------------------------------------------ objects that carry the content

@pytest.mark.parametrize("text, cue, content", [
    ("Satellite footage shows that the dam had already cracked in May.", "shows",
     "that the dam had already cracked in May"),
    ("Another chart shows that most of the loans went to three firms.", "shows",
     "that most of the loans went to three firms"),
    ("The senator called the new tariff a tax on every family in the state.", "called",
     "called the new tariff a tax on every family in the state"),
    ("Mayor Ines Duarte mentioned the flooded tunnels as proof of years of neglect.", "mentioned",
     "the flooded tunnels as proof of years of neglect"),
])
def test_verbs_whose_object_is_the_content(nlp, text, cue, content):
    [s] = statements(nlp, text)
    assert (s.cue, s.text) == (cue, content)


@pytest.mark.parametrize("text", [
    "The council called an emergency meeting to discuss the flooding.",
    "The committee met on Friday to discuss the budget for next year.",
])
def test_calling_a_meeting_or_meeting_to_discuss_is_an_act_not_a_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Ruiz spoke at a dinner hosted by a super PAC called Northwind Action funded by two shipping heirs.",
    "The valley, known for its orchards, has a river called the Silverbrook running through three towns.",
    "Berg bought a small fishing boat called the Morning Star from a dealer in Tromso last spring.",
])
def test_a_participle_that_names_something_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text, mention", [
    ("The old harbour, called “the heart of the town” by its fishermen, will be rebuilt.", "its fishermen"),
    ("Senator Ruiz is called “the conscience of the chamber” by her colleagues on Friday.",
     "her colleagues"),
])
def test_a_passive_name_with_an_agent_is_said_by_the_agent(nlp, text, mention):
    [s] = statements(nlp, text)
    assert spoken(text, s) == mention


@pytest.mark.parametrize("text, addressee", [
    ("Berg took to Twitter overnight to accuse the council of being asleep and encourage Norwegians to read "
     "the mayor's secret plan.", "Norwegians"),
    ("Quill went on the radio to accuse the board of lying and encourage Danes to boycott the firm's ferries.",
     "Danes"),
])
def test_whom_a_coordinated_cue_addresses_is_never_its_speaker(nlp, text, addressee):
    assert addressee not in [spoken(text, s) for s in statements(nlp, text)]


def test_a_coordinated_cue_shares_the_subject_of_the_first(nlp):
    text = ("Berg took to Twitter overnight to accuse the council of being asleep and encourage Norwegians to "
            "read the mayor's secret plan.")
    [s] = [s for s in statements(nlp, text) if s.cue == "encourage"]
    assert spoken(text, s) == "Berg"


@pytest.mark.parametrize("text, quote", [
    ("“Here he comes, love,” Marta said, but Jonas was drifting off again.", "Here he comes, love"),
    ("“The boats are back,” the harbour master said, yet the quay stayed empty all morning.", "The boats are back"),
])
def test_narration_joined_to_the_cue_after_a_quote_is_not_part_of_it(nlp, text, quote):
    assert [s.text for s in statements(nlp, text)] == [quote]


@pytest.mark.parametrize("text, mention", [
    ("Small groups of miners kept marching around the stadium - where the city's Red Hawks played the Wolves - "
     "while chanting, “Open the mine.”", "Small groups of miners"),
    ("Hundreds of farmers drove tractors past the hall, where the council met on Friday, while chanting, "
     "“No water, no food.”", "Hundreds of farmers"),
])
def test_a_participle_after_a_where_clause_belongs_to_the_main_clause(nlp, text, mention):
    [s] = statements(nlp, text)
    assert spoken(text, s) == mention


@pytest.mark.parametrize("text, mention", [
    ("“We're extremely happy” about the decision, said Rosa Delgado, head of the nurses' union.",
     "Rosa Delgado, head of the nurses' union"),
    ("“It is a good day” for the harbour, said Tomas Berg.", "Tomas Berg"),
])
def test_a_phrase_after_the_quote_governed_by_a_preposition_is_not_the_speaker(nlp, text, mention):
    [s] = statements(nlp, text)
    assert spoken(text, s) == mention


@pytest.mark.parametrize("text, mention", [
    ("Tuesday at Harwood Polytechnic Institute in Lindale, TX, after winning Texas in the Republican primary, "
     "Gov. Tom Langley (R-TX), said, “I'm getting ready to rent a covered wagon. We're going to ride all the "
     "way to the coast.”", "Gov. Tom Langley (R-TX)"),
    ("On Friday at Northgate Community College in Ashby, MA, after winning Massachusetts in the Democratic "
     "primary, Sen. Ines Rowntree (D-MA), said, “We have only just begun.”", "Sen. Ines Rowntree (D-MA)"),
])
def test_of_two_subjects_the_parse_gave_the_cue_a_date_or_place_is_not_the_speaker(nlp, text, mention):
    [s] = statements(nlp, text)
    assert spoken(text, s) == mention


# ------------------------------------------------------------------ polls, wishes, lemmas

@pytest.mark.parametrize("text, source, content", [
    ("In the latest Harbour Tribune poll, the mayor leads her rival by 9 points.",
     "the latest Harbour Tribune poll", "the mayor leads her rival by 9 points"),
    ("The governor was at 31 percent support in the most recent statewide survey.",
     "the most recent statewide survey", "The governor was at 31 percent support"),
])
def test_a_poll_after_in_is_the_source_of_its_clause(nlp, text, source, content):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.text) == (source, content)


def test_a_figure_in_a_report_is_no_attribution(nlp):
    assert statements(nlp, "The figures in the report were printed in blue ink.") == []


@pytest.mark.parametrize("text, cue, content", [
    ("Clinton hopes to make a statement in the final contest.", "hopes", "to make a statement in the final contest"),
    ("Other senators want the agency to publish the raw data.", "want", "the agency to publish the raw data"),
])
def test_a_named_party_wishing_states_a_position(nlp, text, cue, content):
    [s] = statements(nlp, text)
    assert (s.cue, s.text) == (cue, content)


@pytest.mark.parametrize("text", [
    "We want to win every game this season, and we will.",
    "I hope to see my family again before the winter.",
])
def test_the_narrators_own_wishes_are_not_statements(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text, second", [
    ("The company said most of the cuts would fall in Sweden and that it expected to book charges of about "
     "900 million crowns.", "that it expected to book charges of about 900 million crowns"),
    ("Local MP Dana Kell said the supplier had failed three inspections and that she had written to its "
     "director twice.", "that she had written to its director twice"),
])
def test_a_that_clause_with_a_cue_verb_inside_is_still_reported_by_said(nlp, text, second):
    found = statements(nlp, text)
    assert [s.cue for s in found] == ["said", "said"] and found[1].text == second


def test_a_ruling_that_is_a_statement_of_the_court(nlp):
    text = "The regulator fined the platform, ruling that it had forced restaurants to sign exclusive contracts."
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.cue) == ("The regulator", "ruling")


@pytest.mark.parametrize("text, mention, quote", [
    ("The panel heard four witnesses.\n\nSenator Ana Ruiz: “The mission is to rebuild the port, not to sell it.”",
     "Senator Ana Ruiz", "The mission is to rebuild the port, not to sell it."),
    ("The findings were published on Monday.\n\nThe report: “Smaller farms recovered faster than large ones.”",
     "The report", "Smaller farms recovered faster than large ones."),
])
def test_a_source_and_a_colon_introduce_a_quote(nlp, text, mention, quote):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.text, s.cue) == (mention, quote, ":")


# ------------------------------------------------------------------ wire-style multi-paragraph quotes

@pytest.mark.parametrize("text, mention, parts", [
    ("Harbour master Lena Voss said:\n\n“The channel will stay closed until the wreck is lifted.\n\n"
     "“Divers have found two more containers on the bottom.\n\n“We expect the work to take a week.”",
     "Harbour master Lena Voss", ("channel will stay closed", "two more containers", "take a week")),
    ("“The channel will stay closed until the wreck is lifted,” harbour master Lena Voss said on Monday.\n\n"
     "“Divers have found two more containers on the bottom.\n\n“We expect the work to take at least a week.”",
     "harbour master Lena Voss", ("two more containers", "take at least a week")),
])
def test_a_wire_style_multi_paragraph_quote_is_one_statement_with_one_speaker(nlp, text, mention, parts):
    found = statements(nlp, text)
    holder = next(s for s in found if parts[-1] in s.text)
    assert all(p in holder.text for p in parts)
    assert spoken(text, holder) == mention
    assert all(spoken(text, s) == mention for s in found)


def test_adding_that_after_an_attribution_inside_a_quote_is_reported_speech(nlp):
    text = ("Spokesman Ivo Brandt denied that any markers had been moved. “The border line has not changed for "
            "many years, he said, adding that the claims were a provocation ahead of the elections.\n\n"
            "The talks resume on Monday.")
    found = statements(nlp, text)
    assert [(s.kind, s.cue, s.text) for s in found[1:]] == [
        ("direct", "said", "The border line has not changed for many years"),
        ("indirect", "adding", "that the claims were a provocation ahead of the elections")]


def test_according_to_stays_in_its_paragraph_and_leaves_the_quote_before_it_alone(nlp):
    text = ("In an essay last week, Mara Lind described the problem. \"The number of small farms has halved in "
            "ten years,\" she wrote, \"and most of them sell at a loss.\"\n\nAbout 9,000 farms remain in the "
            "region, according to federal statistics.")
    found = statements(nlp, text)
    quote = next(s for s in found if s.kind == "direct")
    assert quote.cue == "wrote" and spoken(text, quote) == "she"
    assert ("according to", "About 9,000 farms remain in the region") in [(s.cue, s.text) for s in found]


@pytest.mark.parametrize("text, mention, pieces", [
    ("Though the first merger was smooth, he said, the second would be far more bitter.", "he",
     ["Though the first merger was smooth", "the second would be far more bitter"]),
    ("The new museum, Mayor Ines Duarte said, would open in the spring.", "Mayor Ines Duarte",
     ["The new museum", "would open in the spring"]),
])
def test_a_parenthetical_cue_reports_the_clause_on_both_sides(nlp, text, mention, pieces):
    [s] = statements(nlp, text)
    assert spoken(text, s) == mention and [text[a:b] for a, b in s.spans] == pieces


@pytest.mark.parametrize("text", [
    "Rubio is going all in to defeat the governor, who leads in the polls.",
    "They want to reconsider after this week.",
])
def test_generic_polls_and_unnamed_wishes_are_no_statements(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text, mention, cue", [
    ("“Promise me you’ll come home safe,” Blige sings.", "Blige", "sings"),
    ("“Lock the gates!” the crowd chanted.", "the crowd", "chanted"),
])
def test_sung_and_chanted_words_are_quoted(nlp, text, mention, cue):
    [s] = statements(nlp, text)
    assert (spoken(text, s), s.cue) == (mention, cue)


def test_a_mixed_quote_keeps_the_reported_words_after_the_quote(nlp):
    text = ("Spokeswoman Dana Kell said by email that, “Of course the mayor will defend herself” against what "
            "the campaign sees as a coordinated attack by the council.")
    [s] = statements(nlp, text)
    assert s.kind == "direct" and s.cue == "said" and spoken(text, s) == "Spokeswoman Dana Kell"
    assert "Of course the mayor" in s.text and s.text.endswith("coordinated attack by the council")


def test_according_to_before_a_quote_attributes_it(nlp):
    text = ("The memo was leaked on Monday. According to the Harbour Tribune, “the council knew about the cracks "
            "for two years.”")
    s = next(s for s in statements(nlp, text) if s.kind == "direct")
    assert (s.cue, spoken(text, s)) == ("according to", "the Harbour Tribune")


# ------------------------------------------------------------------ headlines that attribute their words

@pytest.mark.parametrize("text, speaker, content", [
    ("Okafor: Port Strike Will Not Delay the Harvest Exports\nLAGOS — The minister spoke on Monday.",
     "Okafor", "Port Strike Will Not Delay the Harvest Exports"),
    ("Dana Reyes: new stadium plan is a waste of public money.\nThe coach spoke after training.",
     "Dana Reyes", "new stadium plan is a waste of public money"),
    ("EXCLUSIVE – Marta Lind: ‘We Were Never Told About the Leak.’\nResidents of the valley met on Friday.",
     "Marta Lind", "‘We Were Never Told About the Leak.’"),
    ("Norlake Mining to Shareholders: Dividend Will Be Cut This Year\nThe company met investors.",
     "Norlake Mining", "Dividend Will Be Cut This Year"),
])
def test_a_headline_source_colon_content_is_a_statement_of_the_source(nlp, text, speaker, content):
    found = statements(nlp, text)
    assert found and spoken(text, found[0]) == speaker and found[0].text.strip(" .") == content.strip(" .")


@pytest.mark.parametrize("text", [
    "Exclusive: Inside the factory that builds the new trains\nThe factory opened in May.",
    "Video: Floods sweep through the old town\nWater rose overnight.",
    "The Latest: Storm moves north along the coast\nThe storm weakened on Tuesday.",
    "Watch: Firefighters rescue a cat from a crane\nThe cat was unhurt.",
])
def test_a_headline_label_colon_is_not_a_source(nlp, text):
    assert [s for s in statements(nlp, text) if s.start < text.index("\n")] == []


@pytest.mark.parametrize("text, speaker, content", [
    ("Coach Says Striker Will Be Fit for the Final\nThe club confirmed the injury was minor.",
     "Coach", "Striker Will Be Fit for the Final"),
    ("Tomas Ilic Says He Has Not Lost His Touch.\nThe striker scored twice on Sunday.",
     "Tomas Ilic", "He Has Not Lost His Touch"),
])
def test_a_headline_reporting_speech_is_a_statement(nlp, text, speaker, content):
    found = [s for s in statements(nlp, text) if s.start < text.index("\n")]
    assert len(found) == 1 and spoken(text, found[0]) == speaker and found[0].text.strip(" .") == content


# ------------------------------------------------------------------ attribution set off by commas

@pytest.mark.parametrize("text, speaker, content", [
    ("The new bridge, the mayor said, will cost twice as much as planned.",
     "the mayor", "The new bridge … will cost twice as much as planned"),
    ("Bringing the festival back after two years, Reyes said, feels like a small victory for the town.",
     "Reyes", "Bringing the festival back after two years … feels like a small victory for the town"),
    ("At one point, she said, she was considering leaving the party altogether.",
     "she", "At one point … she was considering leaving the party altogether"),
    ("The hashtag, Mr. Lindqvist said, helped families find relatives after the fire.",
     "Mr. Lindqvist", "The hashtag … helped families find relatives after the fire"),
])
def test_an_attribution_between_commas_reports_the_rest_of_the_sentence(nlp, text, speaker, content):
    found = statements(nlp, text)
    assert [(s.text, spoken(text, s)) for s in found] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The bridge, the mayor said, “will cost twice as much as planned.”",  # the quote is the statement
])
def test_an_attribution_between_commas_around_a_quote_is_one_statement(nlp, text):
    assert len(statements(nlp, text)) == 1


@pytest.mark.parametrize("text", [
    "The bridge, the mayor said nothing about, will cost twice as much as planned.",
    "The town, the mayor believes it, will grow.",
])
def test_a_cue_with_words_of_its_own_between_commas_is_no_parenthesis(nlp, text):
    assert [s for s in statements(nlp, text) if s.cue in ("said", "believes")
            and "…" in s.text] == []


# ------------------------------------------------------------------ round 3: answers of a share of people, deeds

@pytest.mark.parametrize("text", [
    "Voters who said the economy was their top issue split evenly between the two candidates.",
    "Those who say the port should close voted for Berg in large numbers.",
    "The voters who said they trusted Quill were mostly older than sixty.",
])
def test_what_a_share_of_generic_people_answered_is_no_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Quill won the Riverton caucus, claiming her third victory in the string of contests.",
    "Berg had also claimed a win in the first primary last month.",
])
def test_claiming_a_victory_is_a_deed_not_a_statement(nlp, text):
    assert statements(nlp, text) == []


@pytest.mark.parametrize("text, content", [
    ("Berg claimed that the vote in the harbour district was rigged.", "that the vote in the harbour district was rigged"),
    ("The fishermen who said the port would close were proved wrong.", "the port would close"),
])
def test_claims_and_named_groups_stay_statements(nlp, text, content):
    assert [s.text for s in statements(nlp, text)] == [content]


# ------------------------------------------------------------------ a plural noun read as a cue verb

@pytest.mark.parametrize("text", [
    "Ortiz is spending the weekend campaigning in Oregon and Idaho, states that vote next month.",
    "The tour ends in Lyon and Turin, cities that host the final rounds in June.",
    "Reyes toured Nevada and Utah, states that border the disputed basin.",
])
def test_a_relative_clause_after_a_noun_the_parser_took_for_a_verb_is_not_a_statement(nlp, text):
    assert [s.text for s in statements(nlp, text)] == []
