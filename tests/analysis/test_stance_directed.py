"""Who blames or backs whom in one sentence (`python -m analysis stance` with a source span): the
source's stance toward the target when the sentence names the target only by a pronoun, or when
the source is the agent of a harmful deed done to the target. Invented sentences."""
from __future__ import annotations

import pytest

from analysis import stance
from tests.pipeline_steps import span_of



@pytest.mark.parametrize("text, source, target, polarity", [
    # an object pronoun is not its own clause's subject: "him" is the earlier subject
    ("Okafor does not live in the county, and several Greens attacked him in a leaflet.", "Greens", "Okafor", -1),
    ("Okafor does not live in the county, and several Greens attacked him in a leaflet.", "Okafor", "Greens", 0),
    ("Brandt lost the vote, and the committee condemned him the next day.", "committee", "Brandt", -1),
    ("Brandt lost the vote, and the committee praised him the next day.", "committee", "Brandt", 1),
    # a possessive pronoun of the object is someone else's: the act is aimed at its owner
    ("Lindqvist has long pushed for a merger, but Norvik has firmly rejected his offers.", "Norvik", "Lindqvist", -1),
    ("Lindqvist has long pushed for a merger, but Norvik has firmly rejected his offers.", "Lindqvist", "Norvik", 0),
    # "his" is not a woman named by her title or first name
    ("Mrs. Okafor kept her doubts about Mr. Brandt private, and she has endorsed his budget.", "Okafor", "Brandt", 1),
    ("Maria Okafor kept her doubts about Tom Brandt private, and she has endorsed his budget.", "Okafor", "Brandt", 1),
    # ... but "their own" doings are no stance toward the other named party
    ("Ortiz and the Harbour Party celebrated their vote on the budget.", "Ortiz", "Harbour Party", 0),
    # "he ... he": a chain of the same pronoun leads back to the named subject
    ("Governor Mbeki gave interviews saying he hoped for more aid, even as he thanked Calder.", "Mbeki", "Calder", 1),
    # a different pronoun on the way ("they ... him") breaks the chain: him is not the speaker
    ("Haugen said they went after Ruiz and then met him twice.", "Ruiz", "Haugen", 0),
])
def test_pronoun_targets_and_sources(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Marlow was harassed by Okonjo for months.", "Okonjo", "Marlow", -1),
    ("Marlow was harassed by Okonjo for months.", "Marlow", "Okonjo", 0),
    ("Okonjo harassed Marlow for months.", "Okonjo", "Marlow", -1),
    ("Okonjo harassed Marlow for months.", "Marlow", "Okonjo", 0),
    ("Mayor Okonjo bullied Marlow at the hearing.", "Okonjo", "Marlow", -1),
    ("Marlow, who was insulted by Okonjo at the hearing, resigned.", "Okonjo", "Marlow", -1),
    # a positive verb says how the doer fared, not what it thinks of the object
    ("Twenty years after Adeyemi won the Larkspur prize, her novel is still read.", "Adeyemi", "Larkspur", 0),
])
def test_agent_of_a_harmful_deed(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # how someone spoke is no judgement of what they spoke about
    ("Senator Whitlow argued that many Greens would back the plan in the autumn.", "Whitlow", "Greens", 0),
    ("Senator Whitlow complained that many Greens would back the plan in the autumn.", "Whitlow", "Greens", 0),
    # the one spoken to is not judged by what is said
    ("A nurse told the Harbour Clinic that the ward was a disgrace.", "nurse", "Harbour Clinic", 0),
    # what is said of the target still counts
    ("Senator Whitlow said that Greens were corrupt and dishonest.", "Whitlow", "Greens", -1),
])
def test_speaker_reading_needs_words_about_the_target(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # "they ... him": another pronoun on the way leaves "him" unknown, not the nearest earlier name
    ("At this point, Haugen said, it is too late for the Greens to show they care, as they went after Ruiz by "
     "falsely accusing him of fraud.", "Greens", "Haugen", 0),
    # an expletive "it" does not break the chain, and the act's own clause is never the referent
    ("If firing Okafor is wrong, how is it any better for Brandt to publicly denounce him?", "Brandt", "Okafor", -1),
])
def test_pronoun_chains(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # the same name again later in the sentence is the same one
    ("The story of a wiser Okafor took a knock, but Brandt praised Okafor for his patience.", "Brandt", "Okafor", 1),
    ("The story of a wiser Okafor took a knock, but Brandt praised Okafor for his patience.", "Okafor", "Brandt", 0),
    # a common noun repeated may be another one: only names are matched
    ("A council met, and Brandt later condemned the council for its delay.", "Brandt", "council", 0),
])
def test_same_name_twice(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a subjectless act on a noun is done by whoever made the noun
    ("Okafor's campaign launched a website to attack Brandt over his record.", "Okafor", "Brandt", -1),
    ("Okafor's campaign launched a website to attack Brandt over his record.", "Brandt", "Okafor", 0),
    ("The senator gave a speech praising Brandt for his courage.", "senator", "Brandt", 1),
    ("Many supporters of Senator Okafor were angry over his decision to endorse Brandt.", "Okafor", "Brandt", 1),
])
def test_acts_of_what_the_source_made(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # an act noun aimed at the target, whatever verb carries it
    ("Norvik unleashed a furious attack on Lindqvist on Tuesday.", "Norvik", "Lindqvist", -1),
    ("Norvik unleashed a furious attack on Lindqvist on Tuesday.", "Lindqvist", "Norvik", 0),
    ("The Harbour Party capped off its attacks at Lindqvist with a long speech.", "Harbour Party", "Lindqvist", -1),
    # the noun must be aimed at the target
    ("Norvik unleashed a furious attack while Lindqvist watched from the gallery.", "Norvik", "Lindqvist", 0),
])
def test_act_nouns_carried_by_any_verb(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # the source after the content: the clause it reports judges the target
    ("Vasquez has betrayed the fishermen, Lindgren told reporters on Monday.", "Lindgren", "Vasquez", -1),
    ("Vasquez's budget is reckless and cruel, Lindgren said.", "Lindgren", "Vasquez", -1),
    ("\"Vasquez has done a wonderful job,\" Lindgren said.", "Lindgren", "Vasquez", 1),
    ("Vasquez, Lindgren said, has lied to the voters again and again.", "Lindgren", "Vasquez", -1),
    # "according to X": a judgement in what X reports is X's; a fact or an event is not
    ("Vasquez's budget is reckless and cruel, according to Lindgren.", "Lindgren", "Vasquez", -1),
    ("According to Lindgren, Vasquez is a brilliant and honest mayor.", "Lindgren", "Vasquez", 1),
    ("Vasquez met the envoy on Monday, according to Lindgren.", "Lindgren", "Vasquez", 0),
    ("Vasquez won 52 percent of the vote, according to Lindgren.", "Lindgren", "Vasquez", 0),
    ("Vasquez was charged with fraud twice, according to city police.", "police", "Vasquez", 0),
    ("Vasquez refuses to apologise, he wrote, according to a station video.", "station", "Vasquez", 0),
    # "asked about X, Y ...": the main clause is Y's word on X; the question is not
    ("Asked about Vasquez, Lindgren said the man was a disgrace to the office.", "Lindgren", "Vasquez", -1),
    ("Commenting on Vasquez's speech, Lindgren called it dishonest and divisive.", "Lindgren", "Vasquez", -1),
    ("Asked about Vasquez, Lindgren heaped scorn on the man.", "Lindgren", "Vasquez", -1),
    ("Asked about Vasquez's record, Lindgren gave it a dismal grade.", "Lindgren", "Vasquez", -1),
    ("Speaking about Vasquez on Monday, Lindgren offered warm words for a dedicated and honest public servant.",
     "Lindgren", "Vasquez", 1),
    ("Asked about the striker Vasquez posting angry comments online, Lindgren said it was part of the game.",
     "Lindgren", "Vasquez", 0),
])
def test_source_after_the_reported_content(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # answerable for something: the sign of what the target answers for, not the words around it
    ("Lindgren said the two juntas bear great moral responsibility for these deaths.", "Lindgren", "juntas", -1),
    ("I hold Director Vasquez responsible, Lindgren told the paper.", "Lindgren", "Vasquez", -1),
    ("Vasquez must be held accountable for the failures, Lindgren said.", "Lindgren", "Vasquez", -1),
    ("Vasquez is to blame for the collapse of the talks, Lindgren said.", "Lindgren", "Vasquez", -1),
    ("Lindgren said Vasquez had been responsible for the remarkable turnaround of the firm.", "Lindgren", "Vasquez", 1),
    ("Vasquez deserves much of the credit for the recovery, Lindgren said.", "Lindgren", "Vasquez", 1),
    ("Lindgren said Vasquez bears no responsibility for the deaths.", "Lindgren", "Vasquez", 0),
])
def test_answerable_for_something(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a word that only describes a noun the target names, modifies or locates judges no one
    ("The council closed loopholes in the old assault rifle laws, Lindgren said.", "Lindgren", "laws", 0),
    ("It is as if there were some Vasquez enemy factory behind all this, said Lindgren.", "Lindgren", "Vasquez", 0),
    ("After terror attacks in Norvik last week, Lindgren said the port should stay closed.", "Lindgren", "Norvik", 0),
    # ... but a word said of the target still counts
    ("Lindgren said Vasquez was a dishonest and cruel man.", "Lindgren", "Vasquez", -1),
])
def test_descriptions_are_no_judgement(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # no reader links them, but the source is the subject of the clause the target sits in and a
    # negative word lies between them: the source's negative stance
    ("Haldane toured the coast all week, telling voters that Norvia had wasted their money.",
     "Haldane", "Norvia", -1),
    ("Judge Okafor concluded that Brenner had been incompetent and dishonest.", "Okafor", "Brenner", -1),
    ("Many Velorians were furious that the council let Tarrant keep the stolen funds.", "Velorians", "Tarrant", -1),
    # the target before the subject's verb is scene-setting, not what the subject does or says
    ("When Haldane resigns, the Harbour Party will still be corrupt.", "Harbour Party", "Haldane", 0),
    ("Because Tarrant lied about the budget, Okafor resigned.", "Okafor", "Tarrant", 0),
    # a clause coordinated with the subject's is another deed, not the subject's word
    ("Brenner has abused his office, and Okafor has bullied and threatened the staff.", "Brenner", "Okafor", 0),
    # only a negative reading: a glad subject is not read as against anyone
    ("Haldane was delighted that the court would let Tarrant keep his wonderful seat.", "Haldane", "Tarrant", 0),
    # a neutral sentence: no negative word between them
    ("Okafor announced that Brenner will open the new library on Monday.", "Okafor", "Brenner", 0),
])
def test_subject_path_fallback(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r
    if polarity:
        assert r.rule.startswith("subject-path:") and r.evidence, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a place the doer is in is where the act happened, not who did it
    ("The explosion in Calder killed Mayor Brenner and two aides.", "Calder", "Brenner", 0),
    ("Gunmen at the Norvik depot attacked Brenner's convoy.", "Norvik", "Brenner", 0),
    # ... but a report "from" a body is that body's
    ("A report from the Calder Institute harshly criticised Brenner.", "Calder Institute", "Brenner", -1),
])
def test_setting_of_the_doer_is_no_doer(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a speaker reporting deaths or a crash says what happened, not what they think of the target
    ("Okafor said the crash near Velmar left three people dead.", "Okafor", "Velmar", 0),
    ("Okafor said that gunmen had killed four villagers near Velmar.", "Okafor", "Velmar", 0),
    # ... while a judgement of the target still counts
    ("Brenner said the Norvik managers were corrupt and dishonest.", "Brenner", "Norvik", -1),
])
def test_reported_deaths_are_no_judgement(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # an event word the target's phrase is said to be is a verdict on it
    ("Brenner's plan is a disaster, Okafor said.", "Okafor", "Brenner", -1),
    ("Okafor said the Velmar reform was a total disaster.", "Okafor", "Velmar", -1),
    # ... not when it is what happened around the target
    ("Okafor said the disaster in Velmar had left thousands homeless.", "Okafor", "Velmar", 0),
])
def test_event_word_as_a_verdict(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # of several acts of the source on the target, the one that takes a side decides
    ("After meeting Brenner, Okafor praised him as a partner.", "Okafor", "Brenner", 1),
    ("Okafor met Brenner on Monday and then attacked him in a speech.", "Okafor", "Brenner", -1),
])
def test_an_act_that_takes_a_side_wins(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a naming act in a relative clause names the clause's noun ("which", "whom")
    ("Brenner's budget, which Okafor described as reckless, passed on Friday.", "Okafor", "Brenner", -1),
    ("The Velmar plan, which Okafor described as brilliant, was adopted.", "Okafor", "Velmar", 1),
    ("Brenner's budget, which Okafor described as reckless, passed on Friday.", "Brenner", "Okafor", 0),
])
def test_naming_in_a_relative_clause(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a reported verdict on what the target owns or leads judges the target, at half strength
    ("Okafor claimed Velmar's security service was guilty of killing protesters.", "Okafor", "Velmar", -1),
    ("Okafor said Brenner's team is honest and brilliant.", "Okafor", "Brenner", 1),
    ("Okafor said Brenner's son was born in Velmar.", "Okafor", "Brenner", 0),
])
def test_verdict_on_what_the_target_owns(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # phrasal verbs whose plain verb is no act (relation_phrasal_verbs.tsv)
    ("Okafor took on Brenner in a fiery debate.", "Okafor", "Brenner", -1),
    ("Senator Okafor came out against Brenner on Wednesday.", "Okafor", "Brenner", -1),
    ("Okafor sided with Brenner in the dispute.", "Okafor", "Brenner", 1),
    ("Okafor has stood by Brenner throughout the scandal.", "Okafor", "Brenner", 1),
    ("Okafor went after Brenner in the second debate.", "Okafor", "Brenner", -1),
    ("Okafor campaigned for Brenner in the north.", "Okafor", "Brenner", 1),
    ("Okafor voted against Brenner in the runoff.", "Okafor", "Brenner", -1),
    ("Okafor clashed with Brenner over the port levy.", "Okafor", "Brenner", -1),
    ("Okafor broke with Brenner over the war.", "Okafor", "Brenner", -1),
    ("Okafor teamed up with Brenner on the bid.", "Okafor", "Brenner", 1),
    # ... only toward someone named, never toward a thing or a place in its phrase
    ("Okafor took on a new job in Velmar.", "Okafor", "Velmar", 0),
    ("Okafor stood by the door while Brenner spoke.", "Okafor", "Brenner", 0),
    ("Okafor sided with Brenner in the dispute.", "Brenner", "Okafor", 0),
])
def test_phrasal_act_verbs(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # what "X supporters" or "X's critics" do is theirs, not X's
    ("Okafor supporters cheered Brenner at the rally.", "Okafor", "Brenner", 0),
    ("Angry Okafor supporters attacked Brenner outside the hall.", "Okafor", "Brenner", 0),
    ("Okafor's critics praised Brenner for his courage.", "Okafor", "Brenner", 0),
    ("Okafor cheered Brenner at the rally.", "Okafor", "Brenner", 1),
    # ... while what they say may speak for X
    ("Okafor supporters say Brenner is a liar and a crook.", "Okafor", "Brenner", -1),
])
def test_stance_groups_are_not_their_namesake(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # welcoming someone's support receives it: the one named after "of" gives it
    ("Brenner welcomed the support of Okafor.", "Okafor", "Brenner", 1),
    ("Brenner welcomed the support of Okafor.", "Brenner", "Okafor", 1),
])
def test_welcomed_support(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # the one who feels holds the stance toward what caused it, whichever is the subject
    ("Varga's remarks on the harbour deal angered Delacroix.", "Delacroix", "Varga", -1),
    ("Varga's remarks on the harbour deal angered Delacroix.", "Varga", "Delacroix", 0),
    ("Varga infuriated Delacroix by skipping the audit.", "Delacroix", "Varga", -1),
    ("Varga infuriated Delacroix by skipping the audit.", "Varga", "Delacroix", 0),
    ("Varga has disappointed Delacroix.", "Varga", "Delacroix", 0),
    ("Varga's speech at the congress impressed Delacroix.", "Delacroix", "Varga", 1),
    ("Delacroix was angered by Varga's remarks.", "Delacroix", "Varga", -1),
    ("Delacroix was disappointed by Varga.", "Delacroix", "Varga", -1),
    ("Delacroix was disappointed by Varga.", "Varga", "Delacroix", 0),
    ("Delacroix is furious with Varga over the leak.", "Delacroix", "Varga", -1),
    ("Delacroix was impressed by Varga.", "Delacroix", "Varga", 1),
    ("Delacroix was pleased with Varga.", "Delacroix", "Varga", 1),
    ("Delacroix was not happy with Varga.", "Delacroix", "Varga", -1),
    ("Delacroix said she was proud of Varga.", "Delacroix", "Varga", 1),
])
def test_the_one_who_feels_holds_the_stance(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # whoever gives the reaction the target draws holds the stance; the drawer holds none toward the giver
    ("Varga drew the ire of Delacroix.", "Delacroix", "Varga", -1),
    ("Varga drew the ire of Delacroix.", "Varga", "Delacroix", 0),
    ("Varga has earned the respect of Delacroix.", "Delacroix", "Varga", 1),
    ("Varga has the support of Delacroix.", "Delacroix", "Varga", 1),
    ("Varga has the support of Delacroix.", "Varga", "Delacroix", 0),
    ("Varga lost the confidence of Delacroix last spring.", "Delacroix", "Varga", -1),
    ("Varga lost the confidence of Delacroix last spring.", "Varga", "Delacroix", 0),
    ("Varga remains under investigation by Delacroix.", "Delacroix", "Varga", -1),
    ("Varga is under pressure from Delacroix to resign.", "Delacroix", "Varga", -1),
    ("Varga became the target of attacks from Delacroix.", "Delacroix", "Varga", -1),
    ("Varga is the subject of an investigation by Delacroix.", "Delacroix", "Varga", -1),
    ("Varga's tariff plan sparked outrage from Delacroix.", "Delacroix", "Varga", -1),
    ("Varga did not draw the ire of Delacroix.", "Delacroix", "Varga", 0),
])
def test_the_giver_of_a_drawn_reaction(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # an investigation or lawsuit is a hostile act on whom it goes into or against
    ("Okafor launched an investigation into Brenner.", "Okafor", "Brenner", -1),
    ("Okafor opened a probe into Brenner last week.", "Okafor", "Brenner", -1),
    ("Okafor filed a lawsuit against Brenner.", "Okafor", "Brenner", -1),
    ("Okafor filed a lawsuit against Brenner.", "Brenner", "Okafor", 0),
])
def test_investigations_and_lawsuits(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target", [
    # outrage at what befell someone is no stance against them
    ("Varga's arrest angered Delacroix.", "Delacroix", "Varga"),
    ("Varga's death sparked outrage from Delacroix.", "Delacroix", "Varga"),
    ("The arrest of Varga drew the ire of Delacroix.", "Delacroix", "Varga"),
])
def test_a_reaction_to_what_befell_the_target(nlp, text, source, target):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == 0, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # one of several critics or allies is still one
    ("Velmar has been one of the strongest critics of Ortiz.", "Velmar", "Ortiz", -1),
    ("Velmar has been one of Ortiz's strongest critics.", "Velmar", "Ortiz", -1),
    ("Velmar is among the staunchest allies of Ortiz.", "Velmar", "Ortiz", 1),
    ("Kessler, one of Ortiz's fiercest critics, spoke on Monday.", "Kessler", "Ortiz", -1),
    ("Velmar has been one of the strongest critics of Ortiz.", "Ortiz", "Velmar", 0),
])
def test_one_of_several_critics(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a possessive that lost its apostrophe still names the doer
    ("Kesslers attack on Ortiz was a striking departure.", "Kessler", "Ortiz", -1),
    ("Kesslers criticism of Ortiz was harsh.", "Kessler", "Ortiz", -1),
    ("Kesslers criticism of Ortiz was harsh.", "Ortiz", "Kessler", 0),
])
def test_possessive_without_apostrophe(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a noun naming someone by the stance another holds toward them: that other one holds it
    ("Ortiz, Kessler's nominee for the bench, testified on Monday.", "Kessler", "Ortiz", 1),
    ("Ortiz, Kessler's nominee for the bench, testified on Monday.", "Ortiz", "Kessler", 0),
    ("Ortiz, Kessler's pick for the post, was confirmed.", "Kessler", "Ortiz", 1),
    ("Ortiz is a protege of Kessler.", "Kessler", "Ortiz", 1),
    ("Ortiz has been a frequent target of Kessler.", "Kessler", "Ortiz", -1),
])
def test_nouns_naming_whom_a_stance_is_toward(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # trust placed in someone, and losing it
    ("Kessler has full confidence in Ortiz.", "Kessler", "Ortiz", 1),
    ("Kessler expressed confidence in Ortiz.", "Kessler", "Ortiz", 1),
    ("Kessler has lost confidence in Ortiz.", "Kessler", "Ortiz", -1),
    ("Kessler has no faith in Ortiz.", "Kessler", "Ortiz", -1),
    ("Kessler cast doubt on Ortiz's claims.", "Kessler", "Ortiz", -1),
    ("Ortiz won the confidence of Kessler.", "Kessler", "Ortiz", 1),
    ("Ortiz has the support of Kessler.", "Ortiz", "Kessler", 0),
    # judging how someone did something judges them
    ("Kessler criticized the way Ortiz handled the flood.", "Kessler", "Ortiz", -1),
    ("Kessler praised how Ortiz ran the talks.", "Kessler", "Ortiz", 1),
])
def test_trust_and_judged_conduct(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # the one prompted to act acts alone; the one who prompted it holds no stance toward them
    ("Ortiz raised taxes, prompting Kessler to accuse him of betraying voters.", "Kessler", "Ortiz", -1),
    ("Ortiz vetoed the bill, leading Kessler to denounce him.", "Kessler", "Ortiz", -1),
    # a passive's agent after a reason is still the agent
    ("Ortiz was praised for his courage by Kessler.", "Kessler", "Ortiz", 1),
    ("Ortiz was criticized for the delays by Kessler.", "Kessler", "Ortiz", -1),
    ("Ortiz received a warm welcome from Kessler.", "Kessler", "Ortiz", 1),
])
def test_who_acts_when_prompted_or_passive(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text", [
    "Ortiz raised taxes, prompting Kessler to accuse him of betraying voters.",
    "Ortiz vetoed the bill, leading Kessler to denounce him.",
])
def test_an_act_outweighs_a_sentiment_reading_of_the_other_direction(nlp, text):
    doc = nlp(text)
    forward = stance.source_stance(doc, span_of(text, "Ortiz"), span_of(text, "Kessler"))
    backward = stance.source_stance(doc, span_of(text, "Kessler"), span_of(text, "Ortiz"))
    assert backward.polarity == -1 and abs(backward.score) > abs(forward.score), (forward, backward)


@pytest.mark.parametrize("text, source, target, polarity", [
    # what the source reports of the word standing for the target: a relative pronoun, or a
    # pronoun in what is said "of" the target
    ("Ortiz, who Kessler said was a liar, resigned on Monday.", "Kessler", "Ortiz", -1),
    ("Ortiz, who Kessler says has wasted millions, resigned.", "Kessler", "Ortiz", -1),
    ("Ortiz, who Kessler says has wasted millions, resigned.", "Ortiz", "Kessler", 0),
    ('"She has been a great partner," Kessler said of Ortiz.', "Kessler", "Ortiz", 1),
    ('Kessler said of Ortiz: "He is a disaster."', "Kessler", "Ortiz", -1),
    ('"He will visit next week," Kessler said of Ortiz.', "Kessler", "Ortiz", 0),
])
def test_reported_of_the_one_standing_for_the_target(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Kessler maligned Ortiz in a radio interview.", "Kessler", "Ortiz", -1),
    ("Kessler has disavowed Ortiz.", "Kessler", "Ortiz", -1),
    ("Kessler tried to derail Ortiz.", "Kessler", "Ortiz", -1),
    ("Kessler extolled Ortiz as a visionary.", "Kessler", "Ortiz", 1),
    ("Kessler has mentored Ortiz for years.", "Kessler", "Ortiz", 1),
    ("Ortiz was kidnapped by Kessler's men.", "Kessler", "Ortiz", -1),
    ("Ortiz was kidnapped by Kessler's men.", "Ortiz", "Kessler", 0),
])
def test_more_act_verbs(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # an act on "the move" the sentence just told someone made is a (weaker) act on its doer
    ("Ortiz raised taxes, and Kessler slammed the move.", "Kessler", "Ortiz", -1),
    ("Ortiz unveiled a housing plan on Monday, and Kessler praised the plan.", "Kessler", "Ortiz", 1),
    ("Ortiz raised taxes, and Kessler slammed the move.", "Ortiz", "Kessler", 0),
])
def test_act_on_what_the_target_just_did(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r
    assert polarity == 0 or abs(r.score) < 0.5, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # the words of whoever speaks for the source are the source's
    ("Ortiz is a liar, Kessler's spokesman said.", "Kessler", "Ortiz", -1),
    ("Ortiz is a liar, a spokesman for Kessler said.", "Kessler", "Ortiz", -1),
    ("A lawyer for Kessler said Ortiz had betrayed the voters.", "Kessler", "Ortiz", -1),
    ("Ortiz is a liar, Kessler's spokesman said.", "Ortiz", "Kessler", 0),
])
def test_who_speaks_for_the_source(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target", [
    ("Photo A steady rise in bread prices across the region, according to the Grain Council.", "Grain Council", "region"),
    ("Record harvests in the north this year, according to the Farm Ministry.", "Farm Ministry", "north"),
])
def test_according_to_in_a_verbless_sentence_ends(nlp, text, source, target):
    """"..., according to X" in a caption with no verb: the climb to X's host clause stops at the
    root (a spaCy token is a new object on each access, so `tok.head is tok` never holds)."""
    import threading

    doc = nlp(text)
    readings = []
    worker = threading.Thread(target=lambda: readings.append(
        stance.source_stance(doc, span_of(text, source), span_of(text, target))), daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert readings and readings[0].polarity == 0
    kind, host = stance._source_clause([t for t in doc if t.idx >= span_of(text, source)[0]][:2])
    assert (kind, host.dep_) == ("reported", "ROOT")


@pytest.mark.parametrize("text, source, target, polarity", [
    # a paper reporting a deed reports the news; a person saying it judges the doer
    ("The Harbour Times reported that Ortiz had failed to pay the contractors.", "Harbour Times", "Ortiz", 0),
    ("Kim said that Ortiz had failed to pay the contractors.", "Kim", "Ortiz", -1),
    ("Ortiz had failed to pay the contractors, the Valley Herald reports.", "Valley Herald", "Ortiz", 0),
    ("Ortiz had failed to pay the contractors, Kim said.", "Kim", "Ortiz", -1),
    ("The Valley Herald reported on Monday that the mayor praised Ortiz.", "Valley Herald", "Ortiz", 0),
])
def test_news_reports_are_no_judgement_of_the_reporter(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a stance noun predicated of the source through "as", or of a relative pronoun's antecedent
    ("Kim has emerged as one of the most outspoken Ortiz critics.", "Kim", "Ortiz", -1),
    ("Kim has emerged as a leading critic of Ortiz.", "Kim", "Ortiz", -1),
    ("Over the summer Kim emerged as a steady ally of Ortiz.", "Kim", "Ortiz", 1),
    ("The elders, who were among Ortiz's staunchest supporters, gave their permission.", "elders", "Ortiz", 1),
    ("The elders, who are longtime critics of Ortiz, gave their permission.", "elders", "Ortiz", -1),
    # ... and the one the "as" phrase describes is the object when there is one
    ("Kim described Lee as a fierce critic of Ortiz.", "Lee", "Ortiz", -1),
    ("Kim described Lee as a fierce critic of Ortiz.", "Lee", "Kim", 0),
])
def test_stance_nouns_predicated_of_the_source(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # the verb that aims an act noun names its target ("at"/"against") and its actor ("by")
    ("The Norvik criticisms are increasingly aimed at Ortiz.", "Norvik", "Ortiz", -1),
    ("The accusations levelled against Ortiz by Kim were false.", "Kim", "Ortiz", -1),
    ("Kim's complaint filed against Ortiz was dismissed.", "Kim", "Ortiz", -1),
    ("The praise aimed at Ortiz by Kim was lavish.", "Kim", "Ortiz", 1),
    # a place where an act noun was voiced is not its target
    ("Kim's criticism was voiced at the Harbour Hall.", "Kim", "Harbour Hall", 0),
    ("The Norvik criticisms are increasingly aimed at Ortiz.", "Ortiz", "Norvik", 0),
])
def test_act_nouns_aimed_at_a_target(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # "including" hung on a singular object names members of the plural subject
    ("Several Greens have also denounced Ortiz's statement, including Kim and Lee.", "Kim", "Ortiz", -1),
    ("Several Greens have also denounced Ortiz's statement, including Kim and Lee.", "Lee", "Ortiz", -1),
    ("Many Greens condemned Ortiz, including Kim.", "Kim", "Ortiz", -1),
    # ... but members of a plural object stay objects
    ("Kim condemned several ministers, including Ortiz.", "Ortiz", "Kim", 0),
    ("Kim condemned several ministers, including Ortiz.", "Kim", "Ortiz", -1),
])
def test_members_included_in_the_subjects(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # an act noun after "in" is the act of the clause's subject
    ("Kim spoke in support of Ortiz at the convention.", "Kim", "Ortiz", 1),
    ("Several mayors came out in support of Ortiz.", "mayors", "Ortiz", 1),
    ("The dockers stopped work for an hour in support of Ortiz.", "dockers", "Ortiz", 1),
    ("Kim spoke in support of Ortiz at the convention.", "Ortiz", "Kim", 0),
    # a passive clause's subject is not the one who acts
    ("Kim was praised in support of Ortiz by the board.", "Kim", "Ortiz", 0),
])
def test_act_nouns_after_in(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # those among whom the subject stands hold the stance the predicate gives it
    ("Ortiz had a lot of support among the Harbour base.", "Harbour", "Ortiz", 1),
    ("Ortiz is very popular among Harbour voters.", "Harbour", "Ortiz", 1),
    ("Ortiz consistently polls better among Harbour voters.", "Harbour", "Ortiz", 1),
    ("Ortiz has lost ground among Harbour voters.", "Harbour", "Ortiz", -1),
    # ... and the subject takes no stance toward its voters
    ("Ortiz had a lot of support among the Harbour base.", "Ortiz", "Harbour", 0),
    ("Ortiz is very popular among Harbour voters.", "Ortiz", "Harbour", 0),
    # being one of them is no standing
    ("Ortiz held talks among Harbour officials.", "Harbour", "Ortiz", 0),
    # an endorsement picked up is the giver's
    ("Ortiz picked up his first endorsement Thursday from Sen. Kim of Utah.", "Kim", "Ortiz", 1),
    ("Ortiz picked up his first endorsement Thursday from Sen. Kim of Utah.", "Ortiz", "Kim", 0),
])
def test_standing_among_and_drawn_endorsements(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a passive subject holds no stance toward the one who acted on it
    ("Ortiz has been accused of sexual assault by Kim.", "Ortiz", "Kim", 0),
    ("Ortiz has been accused of sexual assault by Kim.", "Kim", "Ortiz", -1),
])
def test_passive_subject_is_no_holder(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity, rule", [
    # an act verb right between the two when the parse lost the link
    ("Commentators in the Harbour blogosphere criticised Ortiz for not backing the plan.",
     "Harbour", "Ortiz", -1, "surface-act"),
    ("He has been drawn into a row with a Harbour family, the Okafors criticized strongly by Anna Ortiz "
     "and branded unfit by Tomas Berg.", "Anna Ortiz", "Okafors", -1, "surface-act"),
    ("He has been drawn into a row with a Harbour family, the Okafors criticized strongly by Anna Ortiz "
     "and branded unfit by Tomas Berg.", "Okafors", "Anna Ortiz", 0, ""),
    # another doer between them: the act is someone else's
    ("In Kim's view, Lee criticised Ortiz unfairly.", "Kim", "Ortiz", 0, ""),
    ("The Kim report, which Lee praised, named Ortiz.", "Kim", "Ortiz", 0, ""),
])
def test_surface_acts(nlp, text, source, target, polarity, rule):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r
    assert r.rule.startswith(rule), r
    if polarity:
        assert abs(r.score) < 0.5  # below a parsed act's


@pytest.mark.parametrize("text, source, target, polarity", [
    # "Y's ally X" parsed as two subjects of the verb
    ("Kim's ally Ortiz spoke on Monday.", "Ortiz", "Kim", 1),
    ("Kim's longtime critic Jane Ortiz spoke on Monday.", "Jane Ortiz", "Kim", -1),
    # a name before its description, parsed as an interjection, is the doer
    ("Greenwood, the executive who sat with her in 2014, criticized Clinton's jab at the industry.",
     "Greenwood", "Clinton", -1),
])
def test_names_split_from_their_nouns(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # idioms of blame and backing
    ("Kim pointed the finger at Ortiz for the losses.", "Kim", "Ortiz", -1),
    ("Kim railed against Ortiz on Monday.", "Kim", "Ortiz", -1),
    ("Kim put his support behind Ortiz on Monday.", "Kim", "Ortiz", 1),
    ("Kim pointed to Ortiz's record.", "Kim", "Ortiz", 0),
    # an act noun judging how someone did something
    ("Kim's criticism of how Ortiz handled the crisis was fair.", "Kim", "Ortiz", -1),
    ("Kim's praise of how Ortiz ran the talks surprised many.", "Kim", "Ortiz", 1),
])
def test_idioms_and_judged_doings(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # how the subject itself fared is no judgement of the other one
    ("Ortiz failed to land his attacks as often as Kim was able to land clean blows on her themes.", "Ortiz", "Kim", 0),
    # praise in quotation marks inside a report is mostly a quoted pledge or a scare quote ...
    ('Ortiz said it was "a remarkable honour" to visit Kim\'s museum.', "Ortiz", "Kim", 0),
    # ... but a label given the target stays, and so do quoted acts
    ('Ortiz called Kim "a steady hand".', "Ortiz", "Kim", 1),
    ('Ortiz said he would "fully respect" Kim\'s wish to stay on.', "Ortiz", "Kim", 1),
])
def test_own_failures_and_quoted_praise(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a name the small model tags as a common noun ("Hunter") inside "a vocal ... critic"
    ("Senator Okafor has been a vocal Hunter critic for years.", "Okafor", "Hunter", -1),
    ("Senator Okafor has been a vocal Hunter supporter for years.", "Okafor", "Hunter", 1),
    ("Senator Okafor has been a vocal Hunter critic for years.", "Hunter", "Okafor", 0),
    # the holder of "quick to", "eager to" acts
    ("Labour councillors were quick to attack Mr. Brandt for the delays.", "Labour", "Brandt", -1),
    ("The Harbour Party was eager to praise Mayor Brandt after the vote.", "Harbour Party", "Brandt", 1),
    # a denied readiness, or a reluctance adjective, denies the act; its negation affirms it
    ("Senator Okafor said he is not ready to endorse Brandt.", "Okafor", "Brandt", -1),
    ("Senator Okafor was reluctant to endorse Brandt.", "Okafor", "Brandt", -1),
    ("Senator Okafor admitted she was wrong to trust Brandt.", "Okafor", "Brandt", -1),
    ("Senator Okafor was not shy about criticising Brandt.", "Okafor", "Brandt", -1),
])
def test_acts_held_through_an_adjective(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Kim launched a tirade against Ortiz this week.", "Kim", "Ortiz", -1),
    ("Kim made a very specific critique of Ortiz last week.", "Kim", "Ortiz", -1),
    ("Kim tweeted his disapproval of Ortiz on Monday.", "Kim", "Ortiz", -1),
    ("Kim launched a tirade against Ortiz this week.", "Ortiz", "Kim", 0),
    ("Kim paid a warm compliment to Ortiz at the dinner.", "Kim", "Ortiz", 1),
])
def test_act_nouns_of_criticism_and_praise(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a passive participle after another shares its subject: "Y was fired, arrested by X"
    ("Drake was fired, arrested at his home by Kestrel agents and charged.", "Kestrel", "Drake", -1),
    ("Drake was promoted, praised by Kestrel officials.", "Kestrel", "Drake", 1),
    ("Drake was suspended, stabbed by Kestrel gang members days later.", "Kestrel", "Drake", -1),
    ("Drake was fired, arrested at his home by Kestrel agents and charged.", "Drake", "Kestrel", 0),
])
def test_passive_participles_sharing_a_subject(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a participle or a relative clause draws the reaction for the clause's subject or its noun
    ("The Harbour Trust sued 200 tenants, prompting criticism from members of the Senate.", "Senate",
     "Harbour Trust", -1),
    ("Ortiz's call with Kim, which prompted a sharp protest from Norvia, was a courtesy.", "Norvia", "Ortiz", -1),
    ("Ortiz's call with Kim, which prompted a sharp protest from Norvia, was a courtesy.", "Ortiz", "Norvia", 0),
])
def test_reactions_drawn_by_a_participle_or_relative_clause(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a reported deed of harm done by the target is the speaker's judgement of it
    ("The president, Kim, said that by shelling the town, the Norvian army had broken the ceasefire.", "Kim",
     "Norvian", -1),
    ("Senator Kim said the Norvia campaign had coordinated the attack on her office.", "Kim", "Norvia", -1),
    ("Senator Kim said the Norvia campaign had condemned the attack on her office.", "Kim", "Norvia", 0),
])
def test_reported_deeds_of_harm(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity, r


@pytest.mark.parametrize("text, source, target, polarity", [
    # a lost space after a full stop cuts the pair's sentence: the source's own words after the cut count
    ("Okafor's budget passed on Monday.We are grateful to Okafor for his patience, Lindqvist said.",
     "Lindqvist", "Okafor", 1),
    ("Okafor's budget passed on Monday.We thank Okafor for his patience, Lindqvist said.", "Lindqvist", "Okafor", 1),
    ("Okafor's budget passed on Monday.This budget is a disgrace, Lindqvist said.", "Lindqvist", "Okafor", -1),
    ("Okafor was praised by the unions.Lindqvist attacked him on Tuesday.", "Lindqvist", "Okafor", -1),
    ("Okafor spoke first. Lindqvist then criticised Okafor for the delay.", "Lindqvist", "Okafor", -1),
    # the narration before the cut is no one's word: its evaluative words say nothing of the source's stance
    ("Condemnation came from Okafor and the unions.The talks will go on next week, Lindqvist said.",
     "Lindqvist", "Okafor", 0),
    ("The plan was a disaster for Okafor.Lindqvist said the talks would go on.", "Lindqvist", "Okafor", 0),
    ("Okafor spoke first.Lindqvist then criticised Okafor for the delay.", "Okafor", "Lindqvist", 0),
])
def test_pair_cut_by_the_parser(nlp, text, source, target, polarity):
    from analysis.pipeline import parse_as_one_sentence

    doc = nlp(text)
    assert stance.source_stance(doc, span_of(text, source), span_of(text, target)).polarity == 0
    r = stance.pair_stance(doc, span_of(text, source), span_of(text, target),
                           reparse=lambda: parse_as_one_sentence(nlp, text))
    assert r.polarity == polarity, r
    if polarity:
        assert r.rule.startswith("across-cut:") and 0 < abs(r.score) <= 0.5
        assert r.start > text.index(".")  # the evidence lies in the source's part, after the cut


def test_cli_reads_a_pair_across_a_cut(nlp, tmp_path):
    import io
    import json

    text = "Okafor's budget passed on Monday.We thank Okafor for his patience, Lindqvist said."
    lines = [{"id": "ba", "text": text, "source": list(span_of(text, "Lindqvist")), "target": list(span_of(text, "Okafor"))},
             {"id": "ab", "text": text, "source": list(span_of(text, "Okafor")), "target": list(span_of(text, "Lindqvist"))}]
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    out = io.StringIO()
    assert stance.run_cli(str(path), out, io.StringIO(), nlp=nlp) == 0
    rows = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert rows["ba"]["polarity"] == 1 and rows["ab"]["polarity"] == 0
