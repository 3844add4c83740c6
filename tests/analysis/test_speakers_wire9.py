"""Speakers of wire statements read on real news (issue 9, ninth round): a sentence opened by a topic
("Of Whitfield, Patel, who …, said") is spoken by the name after the comma; a quotation mark inside a
feed's post markup (a date attribute broken over a line) opens no quote of its own; a party word before
a surname the article gives a person ("Republican Kessler") is no part of the name. Invented text only;
each case runs the pipeline pieces as `corpus.analyze_doc` does."""
from __future__ import annotations

import pytest

from analysis import actors
from tests.pipeline_steps import statement_with, statements_and_actors, statements_of, tagged


# ------------------------------------------------------------------ "Of Carson, Levine, who …, said"

@pytest.mark.parametrize("text, words, person", [
    ("Patel spoke first. Of Whitfield, Patel, who has donated to Ana Ortiz, said, “He is out of his depth.”",
     "out of his depth", "Patel"),
    ("“She is tireless,” council member Rita Okonjo said of the mayor. “But her budget is a mess.” Of Darnell, "
     "Okonjo, who chairs the finance panel, said, “He is a gambler. I like him … but he is reckless.”",
     "He is a gambler", "Rita Okonjo"),
])
def test_the_name_after_a_fronted_topic_speaks(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ <tweet date="…\n">…<tweet/>

@pytest.mark.parametrize("text", [
    "Turnout at the Ames rally was thin.\n\nThe Ledger also noted the empty seats:\n\nEven columnist Dana Frey "
    "pointed out the small crowd.\n\n<tweet tweet-author=\"@DanaFrey\" tweet-date=\"June 4, 2019\n\">Ames rally. "
    "Half the bleachers are empty; the band outnumbers the fans. pic.twitter.com/AbCdEf123<tweet/>.\n\n"
    "The campaign did not respond.",
])
def test_a_mark_inside_post_markup_opens_no_quote(nlp, text):
    sts = statements_of(nlp, text)
    body = [s for s in sts if "bleachers" in s.text]
    assert len(body) == 1, [(s.text, s.speaker) for s in sts]
    assert not body[0].text.startswith(">")
    assert body[0].speaker != "Ledger"


# ------------------------------------------------------------------ "Republican Kessler and Democrat Park"

@pytest.mark.parametrize("text, ents, words, person, glued", [
    ("Governor candidates Ellen Park and Robert Kessler met voters in Dayton. Democrat Park and Republican "
     "Kessler have both attacked the utility over the rate increase. Kessler said the rates were unfair.",
     [("Ellen Park", "PERSON", 0), ("Robert Kessler", "PERSON", 0), ("Dayton", "GPE", 0), ("Democrat", "NORP", 0),
      ("Park", "PERSON", 1), ("Republican", "NORP", 0), ("Kessler", "ORG", 1), ("Kessler", "PERSON", 2)],
     "the rates were unfair", "Robert Kessler", "Republican Kessler"),
    ("Senate hopefuls Maria Delgado and Thomas Whitcomb toured the mill. Republican Whitcomb and Democrat Delgado "
     "criticized the owners. Whitcomb said the owners broke their word.",
     [("Maria Delgado", "PERSON", 0), ("Thomas Whitcomb", "PERSON", 0), ("Republican Whitcomb", "ORG", 0),
      ("Democrat", "NORP", 0), ("Delgado", "PERSON", 1), ("Whitcomb", "PERSON", 2)],
     "broke their word", "Thomas Whitcomb", "Republican Whitcomb"),
])
def test_a_party_word_before_a_known_surname_is_no_part_of_the_name(nlp, text, ents, words, person, glued):
    doc = tagged(nlp, text, *ents)
    sts, found = statements_and_actors(nlp, doc)
    names = [a.name if hasattr(a, "name") else a for a in (found.values() if isinstance(found, dict) else found)]
    assert glued not in names, names
    assert statement_with(sts, words).speaker == person


def test_a_party_body_glued_from_two_tags_is_still_the_body(nlp):
    text = "The Republican National Committee said the rules would stand. Chairman Tom Reyes agreed."
    doc = tagged(nlp, text, ("Republican", "NORP", 0), ("National Committee", "ORG", 0), ("Tom Reyes", "PERSON", 0))
    sts, found = statements_and_actors(nlp, doc)
    assert statement_with(sts, "rules would stand").speaker == "Republican National Committee"


# ------------------------------------------------------------------ "the company" is no legislative chamber

@pytest.mark.parametrize("text, words, body", [
    ("The bill cleared the House on Tuesday, and the House argued that it protects churches. Opposition came from "
     "employers such as Delmar Foods, which lobbied against it. \"We urge the governor to veto it,\" the company said.",
     "veto it", "Delmar Foods"),
    ("The House voted 90 to 60 for the bill. House leaders said the vote was historic and the House would not back "
     "down. Employers like Delmar Foods, which opposed the bill, were furious. \"This is a mistake,\" the company "
     "tweeted.", "This is a mistake", "Delmar Foods"),
])
def test_the_company_is_no_legislative_chamber(nlp, text, words, body):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == body, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, body", [
    ("Shares of Random House rose after the merger talks. \"We see real value in this deal,\" the company said.",
     "real value", "Random House"),
])
def test_a_company_whose_name_ends_in_house_is_still_the_company(nlp, text, words, body):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == body, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "“…,” a voice-over in the ad states."

@pytest.mark.parametrize("text, words, other", [
    ("Mayor Lin Ortega defended the budget on Monday. \"We balanced it,\" she said.\n\nHer rivals answered with a "
     "radio spot.\n\n\"Ortega broke every promise she made,\" a narrator in the spot states. \"Vote for change.\"",
     "broke every promise", "Lin Ortega"),
    ("In a television interview, Senator Paul Greer shrugged off the attack. \"It shows how worried they are,\" he "
     "said.\n\nHis opponents kept at it.\n\n\"Greer votes with the banks every time,\" a voice-over in the commercial "
     "states.", "votes with the banks", "Paul Greer"),
])
def test_a_speech_verb_read_as_a_plural_noun_after_a_quote_is_its_cue(nlp, text, words, other):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != other, (s.speaker, s.speaker_mention)
    assert s.speaker_mention.startswith("a "), s.speaker_mention


# ------------------------------------------------------------------ "The two admit …"

@pytest.mark.parametrize("text, words, group", [
    ("Mara Quinn and Tobias Reed run rival bakeries on Elm Street. The two agree that the new parking rules will hurt "
     "business.", "parking rules", "Mara Quinn and Tobias Reed"),
    ("Council members Ada Brandt and Felix Moreau rarely vote together. Their goals on housing differ. The two admit "
     "that, given the budget gap, neither plan will pass this year.", "neither plan", "Ada Brandt and Felix Moreau"),
])
def test_the_two_are_the_two_people_named_last(nlp, text, words, group):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == group, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ a post embedded after the quote of it

@pytest.mark.parametrize("text, words, person", [
    ("The turnout surprised the organisers.\n\nNora Whitley, head of the Taxpayers First group, tweeted: \"Folks "
     "lining up outside the arena in Dover at her rally... wow. #delpolitics\"\n\n<tweet tweet-author=\"@nwhit\" "
     "tweet-date=\"May 3, 2019\">Folks lining up outside the arena in Dover at her rally... wow. #delpolitics "
     "pic.twitter.com/Xy12Ab<tweet/>.\n\nThe campaign did not comment.", "Folks lining up", "Nora Whitley"),
])
def test_a_post_embedded_after_its_quote_is_the_same_statement(nlp, text, words, person):
    sts = statements_of(nlp, text)
    same = [s for s in sts if words in s.text]
    assert len(same) == 1, [(s.text, s.speaker) for s in sts]
    assert same[0].speaker == person


def test_a_post_with_other_words_stays_its_own_statement(nlp):
    text = ("Nora Whitley tweeted: \"Folks lining up outside the arena in Dover.\"\n\n<tweet tweet-author=\"@kp_news\" "
            "tweet-date=\"May 3, 2019\">Empty seats everywhere at the Dover arena tonight, not much of a crowd. "
            "pic.twitter.com/Zz99<tweet/>.")
    sts = statements_of(nlp, text)
    assert any("Empty seats everywhere" in s.text for s in sts), [(s.text, s.speaker) for s in sts]


# ------------------------------------------------------------------ "issued a statement, “…”"

@pytest.mark.parametrize("text, words, person", [
    ("Immediately after the flood, Governor Dana Pruitt issued a statement, “Our state was hit hard last night. Help "
     "is on the way to every county.”", "Help is on the way", "Dana Pruitt"),
    ("Hours later, Ortiz released a statement, “Last night, our city was attacked. We will rebuild.”",
     "We will rebuild", "Ortiz"),
])
def test_a_quote_after_issued_a_statement_comma_is_the_statement(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person and s.kind == "direct", (s.speaker, s.kind, s.text)
    assert not s.text.startswith("a statement")


# ------------------------------------------------------------------ "the president's refusal to call …"

@pytest.mark.parametrize("text, cue", [
    ("Fueled by frustration, Trump explained the president’s refusal to call the attack a result of “radical "
     "Islamic terrorism” is a weakness and he should resign.", "call"),
    ("Senator Vela attacked the governor’s decision to call the shooting an accident, and she demanded an inquiry.",
     "call"),
])
def test_calling_inside_a_noun_infinitive_is_nobody_calling(nlp, text, cue):
    sts = statements_of(nlp, text)
    assert not any(s.cue == cue for s in sts), [(s.cue, s.text, s.speaker) for s in sts]


# ------------------------------------------------------------------ "explained the X's refusal … is a weakness"

@pytest.mark.parametrize("text, starts", [
    ("Fueled by frustration, Trump explained the president’s refusal to call the attack a result of “radical "
     "Islamic terrorism” is a weakness and he should resign.", "the president’s refusal"),
    ("At the hearing, Marlowe argued the agency’s delay in releasing the files was a scandal.", "the agency’s delay"),
])
def test_the_object_before_a_clause_with_no_subject_is_what_was_said(nlp, text, starts):
    sts = statements_of(nlp, text)
    assert any(s.text.startswith(starts) for s in sts), [(s.cue, s.text) for s in sts]


# ------------------------------------------------------------------ "Eisenhower and Dulles said"

@pytest.mark.parametrize("text, ents, words, group", [
    ("President Truman met Secretary of State Dean Acheson in April. Truman and Acheson said the pact would hold.",
     [("Truman", "PERSON", 0), ("Dean Acheson", "PERSON", 0), ("Acheson", "PERSON", 1)],
     "the pact would hold", "Truman and Dean Acheson"),
    ("Prime Minister Attlee hosted Foreign Secretary Ernest Bevin at Chequers. Attlee and Bevin said the loan was "
     "vital.", [("Attlee", "PERSON", 0), ("Ernest Bevin", "PERSON", 0), ("Chequers", "GPE", 0), ("Bevin", "PERSON", 1)],
     "the loan was vital", "Attlee and Ernest Bevin"),
])
def test_a_named_person_the_recogniser_missed_in_a_joined_subject_is_one_of_the_group(nlp, text, ents, words, group):
    sts, _ = statements_and_actors(nlp, tagged(nlp, text, *ents))
    s = statement_with(sts, words)
    assert s.speaker == group, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "his refusal to call Y …" is no act

@pytest.mark.parametrize("text", [
    "Mayor Dent's refusal to call Governor Pike a liar surprised the council.",
    "Dent's failure to condemn Pike angered voters.",
])
def test_an_act_inside_a_refusal_is_negated(nlp, text):
    from analysis import relations
    acts = relations.find_acts(nlp(text))
    assert acts and all(a.negated for a in acts), acts


# ------------------------------------------------------------------ "“…,” a source, who …, told X."

@pytest.mark.parametrize("text, words, mention, wrong", [
    ("The Courier reported on Monday that the audit had widened.\n\n“The auditors are swamped, honestly,” a longtime "
     "city employee, who spoke on condition of anonymity because she feared for her job, told the Courier.",
     "auditors are swamped", "a longtime city employee", "Courier"),
])
def test_the_cue_after_a_relative_clause_of_the_speaker_attributes_the_quote(nlp, text, words, mention, wrong):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != wrong and s.speaker_mention == mention, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "had not sent or received emails “…”"

@pytest.mark.parametrize("text, whole", [
    ("The senator said that he had never seen or signed a memo that was “stamped secret.”",
     "he had never seen or signed a memo"),
    ("Later that year, the mayor revised her account, explaining that she had not sent or received texts that were "
     "“marked private at the time.”", "she had not sent or received texts"),
])
def test_verbs_sharing_an_auxiliary_are_one_statement(nlp, text, whole):
    sts = statements_of(nlp, text)
    assert any(whole in s.text for s in sts), [(s.cue, s.text) for s in sts]
