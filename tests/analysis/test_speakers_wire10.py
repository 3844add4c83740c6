"""Statements and speakers read on real news (issue 9, tenth round): a quote signed by a dash line
that goes on after the name ("- Senator Ana Ruiz, posting after the debate.") is the named person's,
and the dash is no part of the name (`pipeline.spacy_text` gives the tagger an en dash it splits off);
the name after a title's "for … and …" phrase speaks ("Vice President for news and talk Dana Morrow
called"); the name before a participle after "about" speaks it ("interviewed about Bishop Carter calling
the festival a disgrace"); denying a request, a visa or bail is a refusal, not a statement.
Invented text only; each case runs the pipeline pieces as `corpus.analyze_doc` does."""
from __future__ import annotations

import pytest

from analysis.pipeline import spacy_text
from tests.pipeline_steps import statement_with, statements_and_actors, statements_of, tagged


# ------------------------------------------------------------------ “…” ¶ -President X, tweeting after …

@pytest.mark.parametrize("text, words, person", [
    ("Rally notes.\n\nCrowd favourite.\n\n\"What a night. He's ready. He never gives up. That's why Tom should be "
     "our next governor.\"\n\n-Senator Carla Mendez, posting after Reyes's speech.\n\nThe rally ended at ten.",
     "What a night", "Carla Mendez"),
    ("Campaign diary.\n\nLate word.\n\n\"Strong debate tonight. The mayor was calm and clear. Vote on Tuesday.\"\n\n"
     "- Governor Paul Okafor, writing on Facebook after the debate.\n\nThe polls open at seven.",
     "Strong debate tonight", "Paul Okafor"),
])
def test_a_dash_line_that_goes_on_after_the_name_signs_the_quote(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, person", [
    ("Convention notebook.\n\nQuotable.\n\n\"The whole idea of a 'Lazy Tom' is something that we hear about all "
     "the time, and it needs to stop.\"\n\n-Michelle Rowan, Tucson.", "Lazy Tom", "Michelle Rowan"),
    ("Overheard.\n\n\"Nobody in this town trusts the water board anymore.\"\n\n-Karen Solis, Fresno.",
     "water board", "Karen Solis"),
])
def test_the_signing_dash_is_no_part_of_the_name(nlp, text, words, person):
    s = statement_with(statements_of(nlp, nlp(spacy_text(text))), words)  # the text the CLI parses
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "denying additional security requests"

@pytest.mark.parametrize("text, refused", [
    ("Critics say the inquiry produced no evidence that the envoy played a role in denying extra staffing requests "
     "before the flood.", "staffing requests"),
    ("The consulate denied visa applications from the whole delegation, the organisers said.", "visa applications"),
    ("Judge Alvarez denied bail to the three defendants on Monday.", "bail"),
    ("The hospital denied the family access to the ward for two days.", "access"),
])
def test_denying_a_request_is_no_statement(nlp, text, refused):
    sts = statements_of(nlp, text)
    assert not [s for s in sts if s.cue and s.cue.lower().startswith("den")], [(s.cue, s.text) for s in sts]


@pytest.mark.parametrize("text, words", [
    ("Councillor Dana Reyes denied the allegations against her chief of staff.", "the allegations"),
    ("The minister, Omar Haddad, denied any wrongdoing in the tender.", "any wrongdoing"),
])
def test_denying_a_claim_stays_a_statement(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.cue.lower().startswith("den")


# ------------------------------------------------------------------ "interviewed about Pope X calling Y a Z"

@pytest.mark.parametrize("text, words, person", [
    ("The station announced its guests. Herald contributor Dr. Ellen Price will be interviewed about Bishop Carter "
     "calling the festival a disgrace.", "festival a disgrace", "Bishop Carter"),
    ("Host Leo Grant spoke for an hour. He was asked about Mayor Inez Robles calling the stadium deal a swindle.",
     "stadium deal a swindle", "Inez Robles"),
])
def test_the_name_before_a_participle_after_about_speaks(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "Vice President for news and talk Dana Morrow"

@pytest.mark.parametrize("text, words, person", [
    ("The station announced its guests. Acme Radio Vice President for news and talk Dana Morrow called the show "
     "“the best hour on the dial.”", "best hour", "Dana Morrow"),
    ("Metro Bank Senior Vice President for lending and operations Carl Webb said the branch would close in May.",
     "branch would close", "Carl Webb"),
    ("Riverside Hospital Director for research and training Naomi Blake called the grant “a lifeline.”",
     "lifeline", "Naomi Blake"),
])
def test_the_name_after_a_title_with_a_for_phrase_speaks(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "… Lang has lost. In 2011, he resigned. He blamed …"

@pytest.mark.parametrize("text, words, person", [
    ("Former congressman Victor Lang had a rough day Monday.\n\n“We won’t be running his columns in the future,” "
     "Gazette opinion editor Paul Meyer told the Journal in an email.\n\nThe Bay Network also commented on Lang’s "
     "future, but acknowledged it had no formal tie to end.\n\n“We wish them all the best,” the company said in a "
     "statement.\n\nThese are just the latest jobs Lang has lost.\n\nIn 2011, he resigned from Congress after a "
     "scandal. He blamed the incident on hackers but later admitted it.", "on hackers", "Victor Lang"),
    ("Coach Rosa Vidal lost another sponsor on Friday.\n\n“Our partnership has ended,” shoe maker Stride said, "
     "adding that chief executive Martin Olsen had made the call himself.\n\nOlsen declined to comment further.\n\n"
     "It was the third sponsor Vidal has lost this year. Last spring, she was suspended for a month. She blamed "
     "the suspension on a rival club.", "on a rival club", "Rosa Vidal"),
])
def test_a_pronoun_after_a_chain_of_its_own_sentences_is_the_person_named_before_it(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, person", [
    ("“Be the voice that people hear,” Judge Mara Quinn said.\n\nShe has faced a number of controversies since "
     "taking the post - most recently her decision to meet with Paul Ferris on her plane while the court was "
     "investigating his wife, Senate candidate Ana Ferris, over the loans she took. She has called the protests "
     "a turning point.\n\nShe said she wasn't aware of any backlash against her.", "backlash", "Mara Quinn"),
])
def test_a_chain_whose_first_sentence_holds_the_pronoun_stays_with_it(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "Author X will discuss his new book"

@pytest.mark.parametrize("text, words", [
    ("On Friday's show, host Carl Dunn will interview guests. Author Tim Vance will discuss his new book on the "
     "Senate.", "his new book"),
    ("The panel meets at noon. Economist Ana Wells will talk about the housing shortage in Leeds.",
     "housing shortage"),
    ("Tomorrow Governor Lisa Hart will speak about the budget at the state fair.", "the budget"),
])
def test_an_announced_talk_on_a_topic_is_no_statement(nlp, text, words):
    sts = statements_of(nlp, text)
    assert not [s for s in sts if words in s.text], [(s.cue, s.text) for s in sts]


@pytest.mark.parametrize("text, words, person", [
    ("Author Tim Vance discussed his new book on the Senate at length.", "his new book", "Tim Vance"),
    ("Economist Ana Wells talked about the housing shortage in Leeds.", "housing shortage", "Ana Wells"),
])
def test_a_talk_given_on_a_topic_stays(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person


# ------------------------------------------------------------------ "Weighing in on the discussion, X agreed"

@pytest.mark.parametrize("text, words", [
    ("Lena Ruiz praised the plan. Weighing in on the discussion, Mayor Tom Hale said little.", "the discussion"),
    ("The two hosts argued for an hour. Guest Ray Ames also commented on the debate.", "the debate"),
])
def test_joining_the_talk_itself_says_nothing(nlp, text, words):
    sts = statements_of(nlp, text)
    assert not [s for s in sts if s.text.strip(" .") == words], [(s.cue, s.text) for s in sts]


# ------------------------------------------------------------------ "Breitbart News Daily: A World at War"

@pytest.mark.parametrize("text", [
    "Morning Report Weekly: A Nation in Debt.\n\nOn Monday, host Carl Dunn will interview guests.",
    "Capitol Hill Daily: The Week the Budget Broke\n\nLawmakers return on Tuesday.",
    "Statehouse Notebook: Another Late Night in Albany\n\nThe session ran past two.",
])
def test_a_programme_named_in_the_headline_is_no_source(nlp, text):
    sts = statements_of(nlp, text)
    assert not [s for s in sts if s.cue == ":"], [(s.speaker_mention, s.text) for s in sts]


@pytest.mark.parametrize("text, person", [
    ("Ana Sousa: Tax Cuts Are Coming Soon\n\nThe minister spoke on Monday.", "Ana Sousa"),
])
def test_a_person_named_in_the_headline_stays_its_source(nlp, text, person):
    sts = statements_of(nlp, text)
    assert [s for s in sts if s.cue == ":" and s.speaker == person], [(s.speaker, s.text) for s in sts]


# ------------------------------------------------------------------ "D’Souza replied" (a curly apostrophe in a name)

@pytest.mark.parametrize("text, words, person", [
    ("Novelist and radio host Kieran O’Dowd made a bold forecast.\n\nAfter host Sam Reyes asked the novelist who "
     "would win the race, O’Dowd replied, “If I had to bet now, I would bet on Hale.”\n\n“We should never confuse "
     "hope with a forecast,” he added.", "We should never confuse", "Kieran O’Dowd"),
    ("Economist Marie D’Arcy spoke first.\n\nAfter the moderator asked about rents, D’Arcy said, “Rents will "
     "keep rising until we build.”", "Rents will", "Marie D’Arcy"),
])
def test_a_name_with_a_curly_apostrophe_is_found(nlp, text, words, person):
    from analysis import corpus
    from analysis.types import Article
    result = corpus.analyze_doc(nlp(spacy_text(text)), Article(id="a1", text=text))
    s = statement_with(result.statements, words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)  # shown as written


def test_the_curly_apostrophe_of_a_name_is_shown_as_written():
    from analysis.pipeline import curly_negations, with_article_chars
    text = "“Ask O’Dowd,” she said."
    parsed = spacy_text(text)
    assert len(parsed) == len(text) and "O'Dowd" in parsed
    assert with_article_chars(parsed[1:11], 1, curly_negations(text), text) == "Ask O’Dowd"


# ------------------------------------------------------------------ "emailed supporters saying: “…”"

@pytest.mark.parametrize("text, words, person", [
    ("Yet it was unclear whether Ray Hale was ready. The Ohio senator emailed supporters saying: “The fight goes "
     "on” and vowing to compete in the last primary next week.", "fight goes on", "Ray Hale"),
    ("Yet it was unclear whether she would stay. Mayor Ann Cole texted donors asking them to “stay the course.”",
     "stay the course", "Ann Cole"),
])
def test_a_participle_on_the_people_addressed_is_the_senders(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "a majority of regular, pledged delegates"

@pytest.mark.parametrize("text", [
    "Little noticed in the results: She clinched an outright majority of regular, pledged delegates.",
    "The party counted every loyal, promised vote before the recess.",
])
def test_a_participle_in_a_list_of_adjectives_is_no_cue(nlp, text):
    sts = statements_of(nlp, text)
    assert not sts, [(s.cue, s.text) for s in sts]


@pytest.mark.parametrize("text, words", [
    ("Kim won the vote, promised new parks and said taxes would fall.", "new parks"),
])
def test_a_coordinated_cue_after_a_comma_stays(nlp, text, words):
    statement_with(statements_of(nlp, text), words)


# ------------------------------------------------------------------ "Patricia Smith, mother of victim Sean Smith … Smith said"

@pytest.mark.parametrize("text, words, person", [
    ("The mayor never mentioned the fire that killed four workers: foreman Dan Ortiz, Ali Reza, Tom Beck and "
     "Jo Park.\n\nLast week, the mayor said the families were wrong. However, Maria Ortiz, mother of victim Dan "
     "Ortiz, rejected the mayor's claim.\n\n“We stood face to face at the funeral. He lied to me,” Ortiz said, "
     "“He told me it was an accident.”\n\n“… they still go on with their little lies. I know what I heard.”\n\n"
     "“There is a special place for people like him,” Ortiz said last week.", "special place", "Maria Ortiz"),
])
def test_a_shared_surname_that_already_spoke_for_one_namesake_is_not_counted_for_the_other(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "tweeting the following:"

@pytest.mark.parametrize("text", [
    "Still, the staff tried hard. Press secretary Ana Lopez gave it a try, though, tweeting the following:\n\n"
    "Crowd going wild for the mayor as he arrives!",
    "The coach was furious. Assistant coach Ben Ward then posted this:\n\nWe will be back next season.",
])
def test_a_pointer_to_the_words_after_it_is_no_statement(nlp, text):
    sts = statements_of(nlp, text)
    assert not [s for s in sts if s.text.strip().lower() in ("the following", "this")], [(s.cue, s.text) for s in sts]


# ------------------------------------------------------------------ "After he blasted …, Pastor X has now …"

@pytest.mark.parametrize("text, words, person", [
    ("Pastor Wants Scouts Punished\n\nAfter she blasted the film and the books for being too violent, Pastor Jane "
     "Ruiz has now set her sights on the scouts.", "too violent", "Jane Ruiz"),
    ("Coach Takes Aim At League\n\nAfter he accused the referees of bias, coach Omar Haddad has now turned on the "
     "league itself.", "referees of bias", "Omar Haddad"),
])
def test_a_pronoun_in_a_fronted_clause_with_nobody_before_it_is_the_main_subject(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


@pytest.mark.parametrize("text, words, person", [
    ("Mayor Tom Hale spoke first. After he criticized the plan, Councilman Ray Ortiz said the vote would go ahead.",
     "the plan", "Tom Hale"),
])
def test_a_pronoun_in_a_fronted_clause_after_a_named_person_refers_back(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "Gary Byrne … Bryne went on to say"

@pytest.mark.parametrize("text, words, person", [
    ("Gary Byrne, a former agent, has written a book. Byrne said she was angry. Bryne went on to say, “I know "
     "this to be true.”", "know this to be true", "Gary Byrne"),
    ("Sara Boyle, a nurse, filed the complaint. Boyle said the ward was unsafe. Byole went on to say, “We warned "
     "them for months.”", "warned them", "Sara Boyle"),
])
def test_a_surname_with_two_letters_swapped_is_the_person(nlp, text, words, person):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == person, (s.speaker, s.speaker_mention)


# ------------------------------------------------------------------ "According to a survey, 51 percent of respondents said …"

def _analysed(nlp, text):
    from analysis import corpus
    from analysis.types import Article
    return corpus.analyze_doc(nlp(spacy_text(text)), Article(id="a1", text=text)).statements


@pytest.mark.parametrize("text, inner", [
    ("New polls released Sunday showed Ruiz taking a lead. According to a Daily Ledger-KTV News survey, 51 percent "
     "of respondents said they would vote for Ruiz, versus 39 percent for Hale.", "they would vote for Ruiz"),
    ("According to the Metro Institute poll, a majority of voters said the tram should be scrapped.",
     "the tram should be scrapped"),
])
def test_a_share_of_respondents_inside_the_polls_row_is_one_row(nlp, text, inner):
    sts = _analysed(nlp, text)
    rows = [s for s in sts if inner in s.text]
    assert len(rows) == 1 and rows[0].speaker is not None, [(s.speaker, s.speaker_mention, s.text) for s in sts]


def test_a_share_of_respondents_alone_keeps_its_row(nlp):
    sts = _analysed(nlp, "In the survey, 51 percent of respondents said they would vote for Ruiz.")
    assert [s for s in sts if "vote for Ruiz" in s.text]


@pytest.mark.parametrize("text, ents, words, person", [
    ("Gary Byrne, a former agent, has written a book. Byrne said she was angry. Bryne went on to say, “I know "
     "this to be true.”", [("Gary Byrne", "PERSON", 0), ("Byrne", "PERSON", 1), ("Bryne", "PERSON", 0)],
     "know this to be true", "Gary Byrne"),
])
def test_a_tagged_five_letter_surname_with_two_letters_swapped_is_the_person(nlp, text, ents, words, person):
    sts, found = statements_and_actors(nlp, tagged(nlp, text, *ents))
    s = statement_with(sts, words)
    assert s.speaker == person and "Bryne" not in [a.name for a in found], (s.speaker, [a.name for a in found])
