"""Speakers of wire statements read on real news (issue 9, eighth round): a paper or site whose title
starts with a capital "The" ("according to The Beacon") is that outlet, not the person quoted last; the
words before a headline's colon name who claims what follows; "the campaign team" is the campaign just
named; an abbreviated title ("VP") is no actor; a view of others inside someone's reported speech is
no statement of theirs; a plural "states" the parse took for a verb speaks for nobody. Invented text
only; each case runs the pipeline pieces as `corpus.analyze_doc` does."""
from __future__ import annotations

import pytest
from spacy.tokens import Doc

from analysis import quotes
from tests.pipeline_steps import statement_with, statements_of


# ------------------------------------------------------------------ "according to The Federalist"

@pytest.mark.parametrize("text, words, person", [
    ("Maria Lopez spoke at a rally in Ohio on Monday. According to The Federalist, the men were wearing shirts "
     "that read \"Vote Early.\" Critics were unhappy.", "the men were wearing", "Maria Lopez"),
    ("\"We will not back down,\" said Tom Berg at a rally in Reno. According to The Federalist, the crowd was "
     "smaller than last year.", "the crowd was smaller", "Tom Berg"),
])
def test_a_title_with_a_capital_the_is_the_outlet_not_the_person_quoted_last(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != person, (s.speaker, s.speaker_mention)
    assert s.speaker is not None and "Federalist" in s.speaker


def test_the_demonym_after_a_quote_is_still_the_person_quoted(nlp):
    text = "Maria Lopez spoke at a rally in Ohio on Monday. \"We will win,\" the Texan said."
    assert statement_with(statements_of(nlp, text), "We will win").speaker == "Maria Lopez"


# ------------------------------------------------------------------ "Harbor Watch: Port Authority Hid …"

@pytest.mark.parametrize("text, words, body", [
    ("Harbor Watch: Port Authority Hid Key Dredging Report For Years.\n\nThe Port Authority withheld a key "
     "dredging report in 2014.\n\nHarbor Watch stated in a release Tuesday that the report was found in 2014.",
     "Port Authority Hid", "Harbor Watch"),
    ("Judicial Watch: State Department Hid Key Ruiz Mining Email For Years.\n\nThe State Department withheld a "
     "key mining email in 2014.\n\nJudicial Watch stated in a release Tuesday that the email was found in 2014.",
     "State Department Hid", "Judicial Watch"),
])
def test_the_words_before_a_headline_colon_are_who_claims_it(nlp, text, words, body):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == body, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "the campaign team"

@pytest.mark.parametrize("text, words, body", [
    ("Tom Berg won two contests on Tuesday, but Carla Mendes still leads, and he said he would keep going. A win "
     "in Ohio would help, his team believes.\n\n\"We have a path to victory,\" added his campaign manager Eli "
     "Stone.\n\nTaking nothing for granted, the Mendes campaign is already working to deny him that path. Sending "
     "the candidate and her husband into states like Oregon, the Denver-based campaign team is aiming to cut his "
     "delegate margin.", "to cut his delegate margin", "campaign of Carla Mendes"),
])
def test_the_campaign_team_is_the_campaign_just_named(nlp, text, words, body):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == body, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "Mendes's potential VP"

@pytest.mark.parametrize("text, words", [
    ("While nominee Carla Mendes has yet to back Senator Owen Hart, Mendes's running mate — Ohio Gov. Paul Rook — "
     "has thrown his support behind Hart.\n\nRook said the two would work well together. Mendes's potential VP "
     "then revealed Mendes \"strongly encouraged me to endorse Owen Hart.\"", "strongly encouraged me"),
])
def test_an_abbreviated_title_is_no_actor(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != "VP", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ a view of others inside reported speech

@pytest.mark.parametrize("text, inner", [
    ("\"That would be me,\" Tom Berg said. Six months ago, the Idaho senator said, the media considered him a "
     "\"fringe candidate,\" making air quotes.", "him a"),
    ("Carla Mendes spoke in Reno on Monday. Mendes said that most voters believe the tax plan is unfair to "
     "renters and will fail.", "the tax plan is unfair"),
])
def test_a_view_of_others_inside_reported_speech_is_no_statement_of_theirs(nlp, text, inner):
    statements = statements_of(nlp, text)
    assert not [s for s in statements if s.text.startswith(inner) and s.speaker_mention
                and s.speaker_mention.lower() in ("the media", "most voters")], \
        [(s.text, s.speaker_mention, s.speaker) for s in statements]


def test_what_the_speaker_says_others_said_stays(nlp):
    text = "Carla Mendes spoke in Reno on Monday. Mendes said that the governor told reporters the plan would fail."
    statements = statements_of(nlp, text)
    assert any("plan would fail" in s.text and s.speaker_mention and "governor" in s.speaker_mention
               for s in statements), [(s.text, s.speaker_mention, s.speaker) for s in statements]


# ------------------------------------------------------------------ "Sun Belt states Iowa, Ohio … backed Perot"

def _parsed(nlp, words, heads, deps, tags, pos, ents):
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    doc.ents = [doc.char_span(doc[a].idx, doc[b - 1].idx + len(doc[b - 1]), label=label) for a, b, label in ents]
    return doc


@pytest.mark.parametrize("words, heads, deps, subject_is_place", [
    # "Sun Belt states Arizona all backed Dole": "Sun Belt" the subject of "states"
    (["Back", "then", ",", "Sun", "Belt", "states", "Arizona", "all", "backed", "Dole", "."],
     [5, 0, 5, 4, 5, 5, 8, 6, 5, 8, 5],
     ["advmod", "advmod", "punct", "compound", "nsubj", "ROOT", "nsubj", "appos", "ccomp", "dobj", "punct"], True),
    # "Sun Belt states Arizona … backed Dole": "states" the subject of "backed"
    (["Back", "then", ",", "Sun", "Belt", "states", "Arizona", "all", "backed", "Dole", "."],
     [8, 0, 8, 4, 5, 8, 5, 6, 8, 8, 8],
     ["advmod", "advmod", "punct", "compound", "compound", "nsubj", "appos", "appos", "ROOT", "dobj", "punct"],
     False),
])
def test_states_the_parse_took_for_a_verb_is_a_plural_noun(nlp, words, heads, deps, subject_is_place):
    tags = ["RB", "RB", ",", "NNP", "NNP", "VBZ", "NNP", "DT", "VBD", "NNP", "."]
    pos = ["ADV", "ADV", "PUNCT", "PROPN", "PROPN", "VERB", "PROPN", "PRON", "VERB", "PROPN", "PUNCT"]
    doc = _parsed(nlp, words, heads, deps, tags, pos, [(3, 5, "LOC"), (6, 7, "GPE"), (9, 10, "PERSON")])
    assert quotes._plural_noun_read_as_cue(doc[5])


def test_a_document_that_states_a_finding_is_still_a_cue(nlp):
    text = "Tom Berg released a report on Monday. The report states that the river is polluted and unsafe."
    statements = statements_of(nlp, text)
    assert any("river is polluted" in s.text for s in statements), [(s.text, s.speaker) for s in statements]


@pytest.mark.parametrize("text, words", [
    ("The Harbor Network said on Monday that the bank's decision hurt its freedom of speech, though critics "
     "consider the network a government mouthpiece.", "mouthpiece"),
    ("The new poll showed that 75 percent of all voters believe the party is divided and weak.", "party is divided"),
])
def test_an_aside_or_a_poll_finding_keeps_the_view_of_others(nlp, text, words):
    statements = statements_of(nlp, text)
    assert any(words in s.text and s.speaker_start is not None and s.text.startswith(
        ("the network", "the party")) for s in statements), [(s.text, s.speaker_mention) for s in statements]


# ------------------------------------------------------------------ "Former Rep. Dan Shore was pro Hart …, he said"

@pytest.mark.parametrize("text, words, person", [
    ("Some Republicans are so opposed to Tom Berg that they are endorsing Carla Mendes.\nFormer Rep. Dan Shore "
     "(R-Ore.) was pro Owen Hart while the Idaho governor was in the running, he said Wednesday morning on KXL's "
     "“Morning Joe.”\n“Carla is my next choice. Tom Berg lost me a long time ago,” he said.", "was pro Owen Hart",
     "Dan Shore"),
    ("Some Republicans are so opposed to Tom Berg that they are endorsing Carla Mendes.\nFormer Rep. Dan Shore "
     "(R-Ore.) was pro Owen Hart while the Idaho governor was in the running, he said Wednesday morning on KXL's "
     "“Morning Joe.”\n“Carla is my next choice. Tom Berg lost me a long time ago,” he said.", "my next choice",
     "Dan Shore"),
    ("Carla Mendes visited the plant on Monday. State Sen. Ana Ruiz had backed the plant for years, she said later "
     "in an interview.", "had backed the plant", "Ana Ruiz"),
])
def test_a_pronoun_after_reported_words_is_the_person_they_introduce(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


def test_a_pronoun_after_reported_words_about_someone_named_before_is_not_them(nlp):
    text = ("Tom Berg spoke in Reno on Monday. Owen Hart answered him on Tuesday. Tom Berg is a danger to the "
            "state, he said.")
    s = statement_with(statements_of(nlp, text), "a danger to the state")
    assert s.speaker != "Tom Berg", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "the GOP front-runner said"

@pytest.mark.parametrize("text, words, person", [
    ("Tom Berg spoke in Reno. Appearing on KXL's Morning Rush, the GOP front-runner said the tax plan would fail.",
     "tax plan would fail", "Tom Berg"),
    ("Carla Mendes toured the port on Friday. Later, the Democratic frontrunner said the harbor needed dredging.",
     "harbor needed dredging", "Carla Mendes"),
    ("Tom Berg said Carla Mendes \"caused chaos.\" Owen Hart called Berg a \"liar.\"\n\nAs usual, it was Berg who "
     "commanded most of the attention. Appearing on KXL's Morning Rush, the GOP front-runner said Democratic "
     "front-runner Mendes \"caused tremendous harm\" as governor.", "caused tremendous harm", "Tom Berg"),
])
def test_the_front_runner_is_the_candidate_just_named(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "the businessman" after someone else spoke

@pytest.mark.parametrize("text, words, person", [
    ("Tom Berg spoke to the coalition on Thursday. \"It was offensive,\" said Ari Flint, a former press secretary."
     "\n\nMore troubling to many in the room was Berg's unwillingness to affirm his support for the harbor plan. "
     "Instead, the businessman has insisted that his negotiating position will be strongest if he keeps quiet.",
     "negotiating position", "Tom Berg"),
    ("Tom Berg spoke to the coalition on Thursday. “I don’t think he helped himself,” said Ari Flint, former press "
     "secretary to Governor Dale Lee, who attended the event.\n\n“It was offensive,” said Flint.\n\nMore "
     "troubling to many in the room was Berg’s unwillingness to affirm his support for the harbor plan. Instead, "
     "the businessman has insisted that his negotiating position will be strongest if he keeps quiet.",
     "negotiating position", "Tom Berg"),
])
def test_a_job_description_unlike_the_last_speakers_role_is_someone_else(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


def test_a_plain_person_word_still_goes_to_the_person_just_quoted(nlp):
    text = ("Tom Berg spoke to the coalition on Thursday. \"It was offensive,\" said Ari Flint, a former press "
            "secretary. \"We will fight it,\" the man added.")
    assert statement_with(statements_of(nlp, text), "We will fight it").speaker == "Ari Flint"


# ------------------------------------------------------------------ "Officials said Obama's plan … He announced"

@pytest.mark.parametrize("text, words, person", [
    ("Administration officials emphasized Tuesday that Ruiz's announcement of new steps on housing in November "
     "included a pair of initiatives. She announced a program to defer the evictions of tenants and the expansion "
     "of a similar program.", "program to defer", "Ruiz"),
    ("Aides stressed on Monday that Governor Tom Berg's order of last spring had two parts. He announced a fund "
     "for flooded farms and a new levee board for the river towns.", "fund for flooded farms", "Tom Berg"),
])
def test_a_pronoun_with_its_only_antecedent_in_reported_words_is_that_person(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


def test_all_told_is_no_report_of_speech(nlp):
    text = "The board approved two programs on Monday. All told, up to 5 million people could be eligible for them."
    assert not [s for s in statements_of(nlp, text) if "eligible" in s.text]


def test_a_pronoun_after_reported_words_goes_on_with_the_person_speaking(nlp):
    text = ("Programme manager Carlo Vitti said the fault had been traced to a valve made by a supplier. Director "
            "General Jon Holm had been briefed on Monday and had approved the new schedule, he said.")
    s = statement_with(statements_of(nlp, text), "had approved the new schedule")
    assert s.speaker == "Carlo Vitti", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "Lind was joined by Hart and joked, “…”"

@pytest.mark.parametrize("text, words, person", [
    ("As the crowd began to chant, Sara Lind was joined on stage again by Idaho Sen. Owen Hart and joked, “Berg or "
     "Bust people, you’re being ridiculous,” drawing loud jeers.", "you’re being ridiculous", "Sara Lind"),
    ("Comedian Sara Lind was booed by supporters of Tom Berg after telling them they were being ridiculous.",
     "they were being ridiculous", "Sara Lind"),
    ("Mayor Tom Berg was interrupted by Owen Hart and replied that the budget was already settled.",
     "budget was already settled", "Tom Berg"),
])
def test_a_verb_joined_to_a_passive_is_said_by_its_subject_not_its_agent(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


def test_a_participle_after_a_passive_with_a_thing_for_subject_is_the_agents(nlp):
    text = "The plan was attacked by Senator Owen Hart, calling it \"a disaster for farmers.\""
    assert statement_with(statements_of(nlp, text), "disaster").speaker == "Owen Hart"


# ------------------------------------------------------------------ "… Ukrainian President Volk. They say …"

@pytest.mark.parametrize("text, words, body", [
    ("Yet Republicans have already spent a lot of time on the port scandal, which has fizzled, and they are "
     "circulating talking points on other issues.\n\nFor instance: That Mendes also misjudged Ukrainian President "
     "Petro Volk, having referred to him as a \"reformer.\" They are also focused on the drawdown of troops in "
     "Iraq, which they say left a vacuum. They say Mendes advocated against leaving a residual force in 2011.",
     "residual force", "Republican Party"),
])
def test_they_is_the_group_the_paragraph_is_about_not_a_nationality_or_a_place(nlp, text, words, body):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == body, (s.speaker, s.speaker_mention)


def test_they_after_a_nationality_title_still_finds_the_people_named(nlp):
    text = "Union leaders met French President Luc Morel on Monday. They said the talks had gone well."
    s = statement_with(statements_of(nlp, text), "talks had gone well")
    assert s.speaker != "France", (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "Both Democrats and Republicans have argued"

@pytest.mark.parametrize("text, words", [
    ("That doesn't make sense. Both Democrats and Republicans have argued that we need to reform the tax system.",
     "reform the tax system"),
    ("The port bill stalled again. Both Republicans and Democrats have said that the harbor fees are too high.",
     "harbor fees are too high"),
])
def test_both_parties_joined_by_and_are_both(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is not None and "Democratic" in s.speaker and "Republican" in s.speaker, s.speaker


# ------------------------------------------------------------------ "according to the news outlet"

@pytest.mark.parametrize("text, words, outlet", [
    ("The FBI is widening its probe into Mayor Ruiz's emails.\n\nKXL News reported on Thursday that agents are "
     "looking at a new statute.\n\nThe statute can be applied “when officials make false statements,” according "
     "to the news outlet.", "when officials make false statements", "KXL News"),
])
def test_the_news_outlet_is_the_one_that_reported(nlp, text, words, outlet):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == outlet, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "From Bush's Facebook post: “…”"

@pytest.mark.parametrize("text, words, person", [
    ("Dale Lee endorsed Cruz on Wednesday. Aides say the former governor plans to \"actively support\" Cruz. "
     "From Lee's Facebook post: \"For the sake of our party, we must move to overcome the divisiveness Tom Berg "
     "has brought into the political arena.\"", "For the sake of our party", "Dale Lee"),
])
def test_a_label_from_someones_post_is_that_person(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)
