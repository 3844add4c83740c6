"""Stated positions (kind "position"): aims ("wants to …", "refused to …"), backing or opposing
("endorsed …", "opposes …") and views ("sees X as Y"), told apart from speech and from narration.
Invented text only."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.quotes import find_statements
from analysis.types import REPORTED_KINDS, Article


def positions(nlp, text):
    return [s for s in find_statements(nlp(text), "a1") if s.kind == "position"]


def holder(text, s):
    return text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None


@pytest.mark.parametrize("text, cue, content, who", [
    ("Senator Mara Quill wants to double the ferry subsidy before winter.",
     "wants", "to double the ferry subsidy before winter", "Senator Mara Quill"),
    ("The port authority plans to close two depots in the north.",
     "plans", "to close two depots in the north", "The port authority"),
    ("Brandt refused to release his tax returns.",
     "refused", "to release his tax returns", "Brandt"),
    ("The rebel commanders intend to leave the talks in Tervola.",
     "intend", "to leave the talks in Tervola", "The rebel commanders"),
    ("The dockworkers' union endorsed Tomas Brandt for governor.",
     "endorsed", "Tomas Brandt for governor", "The dockworkers' union"),
    ("Local farmers oppose the new irrigation levy.",
     "oppose", "the new irrigation levy", "Local farmers"),
    ("Governor Ilse Varga has backed the hospital merger.",
     "backed", "the hospital merger", "Governor Ilse Varga"),
    ("Critics of the scheme see the levy as a tax on small growers.",
     "see", "the levy as a tax on small growers", "Critics of the scheme"),
    ("The nurses' union endorsed Lund on Friday.", "endorsed", "Lund", "The nurses' union"),
    ("Councillor Okonjo views the stadium deal as a giveaway.",
     "views", "the stadium deal as a giveaway", "Councillor Okonjo"),
])
def test_a_stated_position_is_a_statement_of_its_own_kind(nlp, text, cue, content, who):
    found = positions(nlp, text)
    assert [(s.cue, s.text, holder(text, s)) for s in found] == [(cue, content, who)]


@pytest.mark.parametrize("text", [
    "We want to thank our readers for their letters.",  # the narrator
    "The candidate backed by the union won easily.",  # a description, not a position taken here
    "The voters who back the levy are mostly farmers.",  # which voters, not a stand anyone named took
    "A man who backs the plan spoke to us.",
    "The senator who has pledged to cut fuel duty arrived late.",  # no comma: it tells which senator
    "Villagers saw the flood coming down the valley.",  # seeing, not a view
    "Ana Sousa did not want to stay in the hospital overnight.",  # negated
    "The coach refused to say whether Ilic would start on Sunday.",  # withheld speech
    "It plans nothing.",
    "The mayor endorsed him on Friday.",  # a pronoun object says nothing on its own
    "FELLOW DOCTORS WANT TO KEEP THEIR DISTANCE",  # a shouted headline
])
def test_not_a_position(nlp, text):
    assert positions(nlp, text) == []


@pytest.mark.parametrize("text, speech", [
    ("The mayor said the bridge would open in May.", "the bridge would open in May"),
    ("Quill argued that the subsidy had failed.", "that the subsidy had failed"),
])
def test_speech_stays_indirect(nlp, text, speech):
    found = find_statements(nlp(text), "a1")
    assert [(s.kind, s.text) for s in found] == [("indirect", speech)]


def test_positions_are_reported_kinds_for_speakers_and_stance():
    assert {"indirect", "position"} <= REPORTED_KINDS and "direct" not in REPORTED_KINDS


def analysed(nlp, text):
    return analyze_doc(nlp(text), Article(id="a1", text=text)).statements


def test_a_position_holder_is_resolved_like_a_speaker(nlp):
    text = ("Senator Mara Quill spoke in Harwick on Monday. "
            "She plans to double the ferry subsidy before winter.")
    found = [s for s in analysed(nlp, text) if s.kind == "position"]
    assert [(s.speaker, s.text) for s in found] == [("Mara Quill", "to double the ferry subsidy before winter")]


def test_a_position_nobody_holds_is_dropped_and_statements_are_renumbered(nlp):
    text = ("The storm reached the coast at dawn. He planned to take refuge in the church. "
            "The harbour master said the pier would stay closed until Friday.")
    assert [s.kind for s in find_statements(nlp(text), "a1")] == ["position", "indirect"]
    found = analysed(nlp, text)
    assert [s.kind for s in found] == ["indirect"]
    assert [s.index for s in found] == [0]


@pytest.mark.parametrize("text, cue, content", [
    ("The opposition party vowed to reject the budget in its current form.", "vowed",
     "to reject the budget in its current form"),
    ("Quill hopes to finish the bridge by May.", "hopes", "to finish the bridge by May"),
])
def test_a_cue_the_speech_rules_read_gives_one_statement(nlp, text, cue, content):
    found = find_statements(nlp(text), "a1")
    assert [(s.cue, s.text) for s in found] == [(cue, content)]


@pytest.mark.parametrize("text, kind", [
    ("Quill hopes to finish the bridge by May.", "position"),  # a wish
    ("Quill hopes that the bridge will open by May.", "position"),
    ("The opposition party vowed to reject the budget in its current form.", "indirect"),  # a vow is said
])
def test_wishes_are_positions_and_vows_are_speech(nlp, text, kind):
    assert [s.kind for s in find_statements(nlp(text), "a1")] == [kind]


@pytest.mark.parametrize("text, kind, cue, content, who", [
    ("Mayor Ines Duarte spoke about the flood on Tuesday.", "indirect", "spoke about", "the flood",
     "Mayor Ines Duarte"),
    ("The union complained of long delays.", "indirect", "complained of", "long delays", "The union"),
    ("Reyes weighed in on the dispute over water rights.", "indirect", "weighed in on",
     "the dispute over water rights", "Reyes"),
    ("Okonjo pointed to the rising cost of bread.", "indirect", "pointed to", "the rising cost of bread", "Okonjo"),
    ("The senator voted against the levy.", "position", "voted against", "the levy", "The senator"),
])
def test_what_someone_spoke_about_or_voted_on(nlp, text, kind, cue, content, who):
    found = find_statements(nlp(text), "a1")
    assert [(s.kind, s.cue, s.text, holder(text, s)) for s in found] == [(kind, cue, content, who)]


@pytest.mark.parametrize("text", [
    "The mayor spoke on Monday.",  # a date, not a topic
    "An official spoke on condition of anonymity.",
    "Okafor spoke to them about it.",  # pronouns say nothing
    "He wrote a letter about the fire.",  # the letter is the act
    "The minister did not respond to requests for comment.",
    "The senators who voted against the bill lost their seats.",  # which senators, not a stand taken
    "Rising debt weighs on the economy.",
])
def test_not_a_topic(nlp, text):
    assert find_statements(nlp(text), "a1") == []


@pytest.mark.parametrize("text, cue, content", [
    ("Archbishop Lund denounced the ruling.", "denounced", "the ruling"),
    ("Senator Holm touted her record on rural schools.", "touted", "her record on rural schools"),
    ("The farmers' union voiced anger over the dam.", "voiced", "anger over the dam"),
    ("Governor Ilse Varga outlined her plan for the harbour.", "outlined", "her plan for the harbour"),
])
def test_speech_read_from_its_object_is_reported_speech(nlp, text, cue, content):
    found = find_statements(nlp(text), "a1")
    assert [(s.kind, s.cue, s.text) for s in found] == [("indirect", cue, content)]


@pytest.mark.parametrize("text, only", [
    ("Senator Villa denied reports that he had agreed to back the budget.", "denied"),
    ("The mayor said the governor opposes the new levy.", "said"),
])
def test_a_position_inside_what_someone_else_reports_is_their_claim(nlp, text, only):
    assert [s.cue for s in find_statements(nlp(text), "a1")] == [only]


@pytest.mark.parametrize("text, kind, cue, content, who", [
    ("Lund's decision to resign surprised the party.", "position", "decision", "to resign", "Lund's"),
    ("Her claim that the vote was rigged was rejected.", "indirect", "claim", "that the vote was rigged", "Her"),
    ("Senator Okafor was critical of the harbour deal.", "indirect", "critical", "the harbour deal", "Senator Okafor"),
    ("The mayor is confident that the bridge will open in May.", "indirect", "confident",
     "that the bridge will open in May", "The mayor"),
    ("Governor Varga remains determined to run again.", "position", "determined", "to run again", "Governor Varga"),
])
def test_a_view_held_by_a_possessor_or_described_subject(nlp, text, kind, cue, content, who):
    found = find_statements(nlp(text), "a1")
    assert [(s.kind, s.cue, s.text, holder(text, s)) for s in found] == [(kind, cue, content, who)]


@pytest.mark.parametrize("text", [
    "Their plan to build a dam failed.",  # a generic possessor
    "Reyes was not sure that the ceasefire would hold.",  # negated
    "The harbour deal was critical of nothing.",  # not someone
    "A decision to close the school was taken in May.",  # nobody holds it
])
def test_not_a_held_view(nlp, text):
    assert find_statements(nlp(text), "a1") == []


@pytest.mark.parametrize("text, cue, content", [
    ("Brandt has steadfastly refused to disclose his medical records.", "refused", "to disclose his medical records"),
    ("Varga proposes scrapping the toll and plans to cut fares on the ferry.", "plans", "to cut fares on the ferry"),
])
def test_aims_with_a_shared_subject_or_a_withheld_object(nlp, text, cue, content):
    assert [(s.cue, s.text) for s in positions(nlp, text)] == [(cue, content)]


@pytest.mark.parametrize("text, content, source", [
    ("Polling averages show Sousa with a narrow lead in the north.", "Sousa with a narrow lead in the north",
     "Polling averages"),
    ("The video shows him with his hands in the air.", "him with his hands in the air", "The video"),
])
def test_what_evidence_shows_through_its_object(nlp, text, content, source):
    found = find_statements(nlp(text), "a1")
    assert [(s.kind, s.text, holder(text, s)) for s in found] == [("indirect", content, source)]


def test_a_bare_figure_shows_no_statement(nlp):
    assert find_statements(nlp("The figures show growth."), "a1") == []


@pytest.mark.parametrize("text, cue, content", [
    ("Brandt offered no proof that Sousa had a role in the deal.", "offered no proof",
     "no proof that Sousa had a role in the deal"),
    ("Governor Lund raised questions about the cost of the bridge.", "raised questions",
     "questions about the cost of the bridge"),
    ("The mayor made the case for a new tram line.", "made the case", "the case for a new tram line"),
])
def test_a_light_verb_with_something_said_reports_it(nlp, text, cue, content):
    found = find_statements(nlp(text), "a1")
    assert [(s.kind, s.cue, s.text) for s in found] == [("indirect", cue, content)]


@pytest.mark.parametrize("text", [
    "Brandt made the comments at a rally.",  # what was said is elsewhere
    "The bank offers loans to parents.",  # a loan is not something said
    "Senator Holm offered no proof.",
])
def test_a_light_verb_without_what_was_said_is_no_statement(nlp, text):
    assert find_statements(nlp(text), "a1") == []


@pytest.mark.parametrize("text, cue, content, who", [
    ("Brandt attacked Varga for her support of the harbour tax.",
     "attacked", "Varga for her support of the harbour tax", "Brandt"),
    ("The senator blasted the harbour board for the delays at the port.",
     "blasted", "the harbour board for the delays at the port", "The senator"),
    ("The challenger attacked the governor as a friend of the developers.",
     "attacked", "the governor as a friend of the developers", "The challenger"),
])
def test_criticism_with_a_reason_is_reported_speech(nlp, text, cue, content, who):
    found = find_statements(nlp(text), "a1")
    assert [(s.kind, s.cue, s.text, holder(text, s)) for s in found] == [("indirect", cue, content, who)]


@pytest.mark.parametrize("text", [
    "Rebels attacked a checkpoint near Tervola on Sunday.",  # a deed
    "Brandt attacked Varga on Tuesday.",  # no reason given: could be a deed
])
def test_an_attack_without_a_reason_is_no_statement(nlp, text):
    assert find_statements(nlp(text), "a1") == []


@pytest.mark.parametrize("text, kind, cue, content, who", [
    # a named person's or body's relative clause set off by a comma states their position
    ("On Monday, Senator Lyle Graham, who had previously endorsed Jeb Barrow for president, will headline "
     "a fundraiser.", "position", "endorsed", "Jeb Barrow for president", "who"),
    ("Mayor Ana Sousa, who wants to cut the bus fares, met the drivers' union on Tuesday.",
     "position", "wants", "to cut the bus fares", "who"),
    ("Lund, who voted against the bill, lost his seat.", "position", "voted against", "the bill", "who"),
])
def test_a_named_holders_relative_clause_states_a_position(nlp, text, kind, cue, content, who):
    found = [s for s in find_statements(nlp(text), "a1") if s.kind in ("position", "indirect")]
    assert [(s.kind, s.cue, s.text, holder(text, s)) for s in found][:1] == [(kind, cue, content, who)]


def test_a_named_holders_relative_clause_resolves_to_the_name(nlp):
    text = "Senator Lyle Graham, who had previously endorsed Jeb Barrow for president, will headline a fundraiser."
    result = analyze_doc(nlp(text), Article(id="a1", text=text))
    assert [(s.kind, s.speaker) for s in result.statements] == [("position", "Lyle Graham")]


@pytest.mark.parametrize("text, cue, content, who", [
    # what a speaker referred to
    ("“They will never pay,” Ramos said, referring to the owners of the mine.", "referring to",
     "the owners of the mine", "Ramos"),
    ("Crowley was alluding to the party chair, a former rival.", "alluding to",
     "the party chair, a former rival", "Crowley"),
    # "called for X to Y": the whole clause is what was called for
    ("Former minister Ana Sousa is calling for the government to step up its efforts against the rebels.",
     "calling for", "the government to step up its efforts against the rebels", "Former minister Ana Sousa"),
    ("Earlier in the week, Tom Ruiz called for a special prosecutor to investigate the contracts.",
     "called for", "a special prosecutor to investigate the contracts", "Tom Ruiz"),
    # what the subject made clear
    ("Devine made it clear that his boss wanted to see a firmer offer.", "made it clear",
     "his boss wanted to see a firmer offer", "Devine"),
    # "went on to …": what the subject did next, not a purpose
    ("Caddell went on to discuss the latest polls from the coastal states.", "discuss",
     "the latest polls from the coastal states", "Caddell"),
    # a passive speech verb with its agent reports its subject
    ("The hospital closure was first reported by the Daily Ledger on Monday.", "reported",
     "The hospital closure", "the Daily Ledger"),
    ("The new timetable was announced by the transport minister, Lena Holm.", "announced",
     "The new timetable", "the transport minister, Lena Holm"),
    # what someone tweeted
    ("Senator Tom Ruiz later tweeted a photograph of the flooded square.", "tweeted",
     "a photograph of the flooded square", "Senator Tom Ruiz"),
])
def test_reported_speech_read_from_refer_to_call_for_made_clear_and_tweets(nlp, text, cue, content, who):
    found = [s for s in find_statements(nlp(text), "a1") if s.kind == "indirect" and s.cue == cue]
    assert [(s.text, holder(text, s)) for s in found] == [(content, who)]


@pytest.mark.parametrize("text", [
    "The ruling made it clear that the law applies to every port.",  # a ruling is no speaker here
    "Ruiz did not make clear whether he would stand again.",  # withheld
    "The delegates met to discuss the budget.",  # a purpose
    "He was told by his doctor to rest.",  # a pronoun subject says nothing on its own
    "The deal was criticised by the union.",  # criticism is no speech verb with a said subject
    "The surgeon has many critics.\n\nFELLOW DOCTORS WANT TO KEEP THEIR DISTANCE FROM HIM.\n\nHe did not reply.",
])
def test_not_reported_speech(nlp, text):
    assert [s for s in find_statements(nlp(text), "a1") if s.kind == "indirect"] == []


@pytest.mark.parametrize("text, kind, cue, content, who", [
    ("Mayor Lena Holm's opposition to the toll road split the council.", "position", "opposition to",
     "the toll road", "Mayor Lena Holm's"),
    ("Ruiz's call for a new inquiry was rejected by the council.", "position", "call for", "a new inquiry",
     "Ruiz's"),
    ("Governor Ilse Varga's support for the hospital merger cost her votes.", "position", "support for",
     "the hospital merger", "Governor Ilse Varga's"),
])
def test_a_possessors_stand_on_something(nlp, text, kind, cue, content, who):
    found = [s for s in find_statements(nlp(text), "a1") if s.cue == cue]
    assert [(s.kind, s.text, holder(text, s)) for s in found] == [(kind, content, who)]


@pytest.mark.parametrize("text", [
    "Sousa's support on Tuesday was decisive.",  # a date, not a stand
    "The region's support for tourism is generous.",  # a place holds no stand here
    "His support for it was brief.",  # a pronoun says nothing
])
def test_no_possessor_topic(nlp, text):
    assert [s for s in find_statements(nlp(text), "a1") if s.kind in ("indirect", "position")] == []
