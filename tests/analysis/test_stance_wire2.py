"""Stance rows a reader of real wire copy rejects, from a second read-through of PolNeAR train
articles (issue 10), on invented text run through the whole analysis: a build-up of the doer's own
means recommended ("should expand its military"), and a body named only as the place of the posts a
verb fills ("nominate Supreme Court justices"), words the speaker quotes from another ("X quoted Y as
saying ..."), how a target strikes others ("Y seems crazy to centrists"), "the states" as the
country, one name of a participle's agent list as another's target, and "his" guessed past another
man's possessive, and "almost everyone" as the body named last. Each case fails without its rule."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.types import Article


def stances(nlp, text):
    return analyze_doc(nlp(text), Article("a", text)).stances


def between(found, source, target):
    return [r for r in found if (r.source, r.target) == (source, target)]


@pytest.mark.parametrize("text, source, target", [
    # a recommendation that the doer build up its own means is no judgement of the doer
    ('"Germany should expand its military and spend more on defence," Lena Kim said.', "Lena Kim", "Germany"),
    ("Lena Kim said Poland must strengthen its army.", "Lena Kim", "Poland"),
    ("Kurt Brandt said the Harbor Union should invest more in its training centres.", "Kurt Brandt", "Harbor Union"),
    # a body that only modifies the people a post-filling verb chooses is not the one chosen
    ("Kurt Brandt promised to appoint Federal Reserve governors who share his views.", "Kurt Brandt",
     "Federal Reserve"),
    # words quoted from another are the other's view, not the quoting one's
    ('Lena Kim quoted Kurt Brandt as saying "Maria Ortiz is a liar."', "Lena Kim", "Maria Ortiz"),
    ("The Daily Ledger quoted Kurt Brandt as saying that Maria Ortiz had lied.", "Daily Ledger", "Maria Ortiz"),
    ('"Maria Ortiz has betrayed us all," Kurt Brandt said, reading from a letter by Omar Haddad.',
     "Kurt Brandt", "Maria Ortiz"),
    # how a target strikes others is their perception, reported
    ("Lena Kim said Kurt Brandt seems crazy to centrists.", "Lena Kim", "Kurt Brandt"),
    ('"Maria Ortiz seems dangerous to many voters," Kurt Brandt said.', "Kurt Brandt", "Maria Ortiz"),
    ("Kurt Brandt looks weak to them, Lena Kim said.", "Lena Kim", "Kurt Brandt"),
    # "the states" (or "the governments") are several, not the one country named
    ('The United States faces a crisis. "I think the states should have more power," Lena Kim said.',
     "Lena Kim", "United States"),
    ("Lena Kim said the United States was broken and that the states should have the final word.",
     "Lena Kim", "United States"),
    # the names listed after a participle on its object are its agents, not the object
    ("The measure, supported by the Harbor Union, the Farmers League and other groups, including the "
     "Steelworkers Union, passed on Monday.", "Harbor Union", "Farmers League"),
    # "his" after another man's possessive is not known to be the subject's
    ("Senator Omar Haddad and former mayor Kurt Brandt wore campaign hats prior to the Republican nominee's speech "
     "on immigration after his visit to Mexico earlier in the day.", "Omar Haddad", "Mexico"),
    ("Omar Haddad attended Kurt Brandt's speech after his visit to Mexico.", "Omar Haddad", "Mexico"),
    # a pronoun of quantity is people nobody names, not the body named last
    ("The Harbor Union met on Monday. Nobody believes Maria Ortiz is honest, Lena Kim said.",
     "Harbor Union", "Maria Ortiz"),
])
def test_no_row_a_reader_rejects(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    # a demand to stop a wrong still faults the doer
    ("Lena Kim said Tunisian authorities must release Maria Ortiz.", "Lena Kim", "Tunisia", "negative"),
    # the person chosen is still the one supported
    ("Kurt Brandt appointed Maria Ortiz as his chief of staff.", "Kurt Brandt", "Maria Ortiz", "positive"),
    # a woman's possessive in between leaves "his" to the man
    ("Senator Omar Haddad wore a campaign hat before Lena Kim's speech after his visit to Mexico.",
     "Omar Haddad", "Mexico", "neutral"),
    # the one quoted holds the view
    ('Lena Kim quoted Kurt Brandt as saying "Maria Ortiz is a liar."', "Kurt Brandt", "Maria Ortiz", "negative"),
    # how a target strikes the speaker is the speaker's own view
    ('"Maria Ortiz seems dishonest to me," Kurt Brandt said.', "Kurt Brandt", "Maria Ortiz", "negative"),
])
def test_the_row_still_read(nlp, text, source, target, polarity):
    found = between(stances(nlp, text), source, target)
    assert found and {r.polarity for r in found} == {polarity}


@pytest.mark.parametrize("text", [
    "Lena Kim visited Egypt. She said the authorities must release the prisoners.",
    "Lena Kim visited Egypt. She said the government must release the prisoners.",
])
def test_the_authorities_still_stand_for_the_state(nlp, text):
    assert "negative" in {r.polarity for r in between(stances(nlp, text), "Lena Kim", "Egypt")}


@pytest.mark.parametrize("text, speaker", [
    ('Lena Kim quoted Kurt Brandt as saying "Maria Ortiz is a liar."', "Kurt Brandt"),
    # words read out from another's letter, or quoted from another, are the other's
    ('"Maria Ortiz has betrayed us all," Kurt Brandt said, reading from a letter by Omar Haddad.', "Omar Haddad"),
    ('"Maria Ortiz has betrayed us all," Kurt Brandt said, quoting Omar Haddad.', "Omar Haddad"),
    ('"Maria Ortiz lied," Kurt Brandt said, reading from Omar Haddad\'s letter.', "Omar Haddad"),
    # a prepared statement of one's own is still one's own
    ('"Maria Ortiz lied," Kurt Brandt said, reading from a prepared statement.', "Kurt Brandt"),
    ("The Daily Ledger quoted an aide to Kurt Brandt as saying that the talks had failed.", None),
])
def test_the_one_quoted_as_saying_speaks(nlp, text, speaker):
    found = analyze_doc(nlp(text), Article("a", text)).statements
    assert [st.speaker for st in found] == [speaker]


@pytest.mark.parametrize("text, quantifier", [
    ("Lena Kim visited the White House on Monday. Almost everyone agrees that the old law was a failure.",
     "everyone"),
    ("The Harbor Union met on Monday. Nobody believes the old law was a success, Lena Kim said.", "nobody"),
])
def test_a_quantifier_pronoun_speaks_for_no_actor(nlp, text, quantifier):
    found = analyze_doc(nlp(text), Article("a", text)).statements
    cued = [st for st in found if text[st.speaker_start:st.speaker_end].lower() == quantifier]
    assert cued and all(st.speaker is None for st in cued)


@pytest.mark.parametrize("text, source, target", [
    # a yes/no question asks whether the deed was done: the asker takes no stance
    ('Lena Kim interviewed Maria Ortiz on Monday. "Ms. Ortiz, did you lie to the voters?" Kim asked.',
     "Lena Kim", "Maria Ortiz"),
    ('"Did Kurt Brandt betray his own party?" the reporter Lena Kim asked Maria Ortiz.', "Lena Kim", "Kurt Brandt"),
    ('"Is Kurt Brandt a liar?" Lena Kim asked.', "Lena Kim", "Kurt Brandt"),
    # a place is judged by a word or a quoted phrase only as the doer, not as a describer or a setting
    ('Lena Kim says Americans are "right to be angry," but also hungry for what she calls "real solutions."',
     "Lena Kim", "United States"),
    ('Kurt Brandt says he expects to leave Nevada with a "solid share of the delegates."', "Kurt Brandt", "Nevada"),
    ('Lena Kim praised Omar Haddad and said the Florida senator can "bring positive change" to Washington.',
     "Lena Kim", "Florida"),
    # "the clearest sign yet" grades how telling the vote is, not the country that voted
    ("Kurt Brandt, a strategist, said the British vote was the clearest sign yet that voters are angry.",
     "Kurt Brandt", "United Kingdom"),
    # "a Republican who ..." is one member: the appositive's person acts, not the party
    ("Gov. Kurt Brandt of Ohio, a Republican who has refused to endorse Mr. Haddad, said the Ortiz family "
     "deserved better.", "Kurt Brandt", "Republican Party"),
    ("Lena Kim, a Democrat who has criticized Kurt Brandt, spoke on Monday.", "Democratic Party", "Kurt Brandt"),
    # an act on the target only supposed ("would have faced pressure from Y had he stayed") is none
    ("Kurt Brandt lost in Ohio. He would likely have faced pressure from Republican leaders to drop out had he "
     "stayed in the race.", "Republican Party", "Kurt Brandt"),
    ("Maria Ortiz could face criticism from Kurt Brandt.", "Kurt Brandt", "Maria Ortiz"),
    # a place before a patient noun says where it happened: "Benghazi victim Y" names no doer
    ("Lena Kim, mother of Benghazi victim Omar Kim, forcefully rejected Kurt Brandt's claim.", "Lena Kim",
     "Omar Kim"),
    # a name the parser joined to the object opens the next clause, as its subject
    ("Haddad supported it and Brandt, as he has in the past, opposed the measure.", "Haddad", "Brandt"),
    # a state one campaigns in is where one goes
    ('"This is about me campaigning for New Hampshire," Lena Kim said.', "Lena Kim", "New Hampshire"),
    # "A, who ...; B, who ...": each relative clause is its own antecedent's, not the whole list's
    ("At least four candidates are opting out, including Omar Haddad, who is challenging Sen. Ron Johnson in "
     "Wisconsin; Rep. Lena Kim, who is taking on Sen. Kurt Brandt in Arizona; and Maria Ortiz, who is battling "
     "Rep. Joe Heck in Nevada.", "Lena Kim", "Ron Johnson"),
    ("At least four candidates are opting out, including Omar Haddad, who is challenging Sen. Ron Johnson in "
     "Wisconsin; Rep. Lena Kim, who is taking on Sen. Kurt Brandt in Arizona; and Maria Ortiz, who is battling "
     "Rep. Joe Heck in Nevada.", "Maria Ortiz", "Kurt Brandt"),
    # a reported clause with no parsed subject ("most" misread) lends none from the reporting verb
    ("Kurt Brandt said his members tilt Republican. He estimated that most followed the lead of the union's "
     "leadership and supported President Maria Ortiz in 2008.", "Kurt Brandt", "Maria Ortiz"),
    # "more than X can achieve" measures something against X; it reports no deed of X
    ("Lena Kim said that a bomb is likely more than North Korea can, at the moment, achieve technically.",
     "Lena Kim", "North Korea"),
    # "supporters of Y", like "Y supporters", are people who follow Y: an act on them is none on Y
    ("Lena Kim criticized supporters of Kurt Brandt on Monday.", "Lena Kim", "Kurt Brandt"),
    # a visit to a city is no stance toward it (a state visit to a country stays a neutral act)
    ("Kurt Brandt, 24, who was visiting Manhattan from Ohio, said he had forgotten his password.",
     "Kurt Brandt", "Manhattan"),
])
def test_no_row_a_reader_rejects_round_3(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    # "the organization", "the foundation", "the charity" stand for the body the article named
    ("The Clinton Foundation raised money abroad. Kurt Brandt attacked the organization on Monday.",
     "Kurt Brandt", "Clinton Foundation", "negative"),
    ('The Red Cross published a report on Monday. "The organization has always lied to us," Lena Kim said.',
     "Lena Kim", "Red Cross", "negative"),
    ("Amnesty International published a report on Monday. Kurt Brandt accused the organization of bias.",
     "Kurt Brandt", "Amnesty International", "negative"),
    ("The Harbor Union met the Clinton Foundation on Monday. Lena Kim said the charity had lied about its accounts.",
     "Lena Kim", "Clinton Foundation", "negative"),
    # the person a party word describes is the one who acts
    ("Lena Kim, a Democrat who has criticized Kurt Brandt, spoke on Monday.", "Lena Kim", "Kurt Brandt", "negative"),
    # "her attack on Y" opening a sentence: the woman named before attacked
    ("Lena Kim met voters in Ohio. Her attack on Maria Ortiz in last Sunday's debate was a stretch at best.",
     "Lena Kim", "Maria Ortiz", "negative"),
    # what the question rule keeps: a statement, a negated and a wh-question still judge
    ('"Kurt Brandt lied to us," Lena Kim said.', "Lena Kim", "Kurt Brandt", "negative"),
    ("Barack Obama visited Cuba on Monday.", "Barack Obama", "Cuba", "neutral"),
    ("Lena Kim praised the aides of Kurt Brandt.", "Lena Kim", "Kurt Brandt", "positive"),
    ('Lena Kim said the Russian government had "lied to the world" about the attack.', "Lena Kim", "Russia",
     "negative"),
])
def test_stances_a_reader_sees_round_3(nlp, text, source, target, polarity):
    assert [r.polarity for r in between(stances(nlp, text), source, target)] == [polarity]


@pytest.mark.parametrize("text", [
    "Kurt Brandt said Brexit was a disaster for Britain.",
    "Lena Kim said Grexit would hurt Greece.",
])
def test_an_event_name_is_no_actor(nlp, text):
    """"Brexit", which the entity recogniser can take for a person a "her" then stands for."""
    actors = analyze_doc(nlp(text), Article("a", text)).actors
    assert not {a.name for a in actors} & {"Brexit", "Grexit"}


@pytest.mark.parametrize("text, source, target", [
    # the passive clause a to-clause hangs on has its own subject: not the main clause's
    ("Maria Ortiz won 16 million votes. And while many of Mr. Haddad's supporters are expected to support her "
     "in November, she has not changed her message.", "Maria Ortiz", "Omar Haddad"),
    ("Maria Ortiz won the vote. While voters were urged to back Kurt Brandt, she kept quiet.", "Maria Ortiz",
     "Kurt Brandt"),
])
def test_a_passive_clause_lends_no_subject(nlp, text, source, target):
    found = stances(nlp, text)
    assert between(found, source, target) == [] and between(found, source, target.split()[-1]) == []
