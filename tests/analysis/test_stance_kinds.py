"""What a reader sees as stance, kind by kind (issue 10), on invented text: acts in any clause
position, targets named by description, reported deeds, quoted characterisations, criticism of what
an actor made, no rows for mere mentions, and polarity traps."""
from __future__ import annotations

import re

import pytest

from analysis import network, stance
from analysis.types import Actor, Mention, Statement

PEOPLE = {"Ortiz", "Kim", "Brandt", "Lee", "Vargas"}


def mentions_for(text: str, names: dict[str, tuple[str, str]]) -> list[Mention]:
    """Every occurrence of each surface form, as a mention of (actor, type)."""
    out = []
    for surface, (actor, kind) in names.items():
        for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?!\w)", text):
            out.append(Mention("a", m.start(), m.end(), surface, "PERSON" if kind == "person" else "ORG", actor, kind))
    return sorted(out, key=lambda m: m.start)


def statement(text: str, words: str, speaker: str, kind: str = "indirect", index: int = 0) -> Statement:
    start = text.index(words)
    return Statement("a", index, kind, words, start, start + len(words), [(start, start + len(words))],
                     speaker=speaker, speaker_kind="name")


def rows(nlp, text, names, statements=(), actors=None):
    doc = nlp(text)
    return stance.find_stances(doc, "a", list(statements), mentions_for(text, names), actors)


def pair(found, source, target):
    return [r for r in found if (r.source, r.target) == (source, target)]


NAMES = {n: (n, "person") for n in PEOPLE}


@pytest.mark.parametrize("text, source, target, polarity", [
    ('Kim said the audit was "one-sided" and accused Ortiz of hiding the costs.', "Kim", "Ortiz", "negative"),
    ("Kim left the hearing early, accusing Ortiz of hiding the costs.", "Kim", "Ortiz", "negative"),
    ("Kim, who praised Ortiz for her courage, left the hearing early.", "Kim", "Ortiz", "positive"),
    ("Ortiz was accused by Kim of hiding the costs.", "Kim", "Ortiz", "negative"),
    ("Kim's criticism of Ortiz grew louder on Tuesday.", "Kim", "Ortiz", "negative"),
    ("Kim said the plan was late and criticised Ortiz for the delay.", "Kim", "Ortiz", "negative"),
    ("A former aide, Kim, has accused Ortiz of lying to the committee.", "Kim", "Ortiz", "negative"),
    ("Kim paid tribute to Ortiz, who retired on Friday.", "Kim", "Ortiz", "positive"),
])
def test_acts_in_any_clause_position(nlp, text, source, target, polarity):
    found = pair(rows(nlp, text, NAMES), source, target)
    assert found and {r.polarity for r in found} == {polarity}
    assert all(r.rule.startswith("act:") and r.confidence >= 0.85 for r in found)


@pytest.mark.parametrize("text, names, source, target, polarity", [
    ("The High Court ruled on the appeal on Monday. Kim welcomed the ruling and thanked the court for its speed.",
     {"High Court": ("High Court", "organisation"), "Kim": NAMES["Kim"]}, "Kim", "High Court", "positive"),
    ("The Health Ministry published the figures. Kim accused the ministry of hiding the deaths.",
     {"Health Ministry": ("Health Ministry", "institution"), "Kim": NAMES["Kim"]}, "Kim", "Health Ministry", "negative"),
    ("Budget airline Skyway cancelled 300 flights. Kim criticised the airline for the chaos.",
     {"Skyway": ("Skyway", "organisation"), "Kim": NAMES["Kim"]}, "Kim", "Skyway", "negative"),
    ("Lenders at the Pacific Development Bank approved the loan. Kim thanked the lender for its help.",
     {"Pacific Development Bank": ("Pacific Development Bank", "organisation"), "Kim": NAMES["Kim"]},
     "Kim", "Pacific Development Bank", "positive"),
    ("The World Health Organization sent 400,000 doses. Kim thanked the WHO for the doses.",
     {"World Health Organization": ("World Health Organization", "organisation"), "Kim": NAMES["Kim"]},
     "Kim", "World Health Organization", "positive"),
    ("Vargas Holdings reported a loss. Kim accused the company of hiding its debts.",
     {"Vargas Holdings": ("Vargas Holdings", "organisation"), "Kim": NAMES["Kim"]}, "Kim", "Vargas Holdings", "negative"),
])
def test_targets_named_by_description(nlp, text, names, source, target, polarity):
    described = [r for r in pair(rows(nlp, text, names), source, target) if r.rule.endswith("+description")]
    assert described and {r.polarity for r in described} == {polarity}
    assert all(0.6 <= r.confidence < 0.9 for r in described)


def test_a_role_names_the_person_who_holds_it(nlp):
    text = "Ortiz presented the budget. Kim accused the Treasurer of cooking the books."
    actors = [Actor("Ortiz", "person", roles=["Treasurer"]), Actor("Kim", "person")]
    found = pair(rows(nlp, text, NAMES, actors=actors), "Kim", "Ortiz")
    assert found and found[0].polarity == "negative"


@pytest.mark.parametrize("text, said, names, target, polarity", [
    ("Brandt said Vietnam had dumped subsidised steel on the market.", "Vietnam had dumped subsidised steel on the market",
     {"Brandt": NAMES["Brandt"], "Vietnam": ("Vietnam", "country")}, "Vietnam", "negative"),
    ("Brandt said Ortiz had misled the voters about the deficit.", "Ortiz had misled the voters about the deficit",
     NAMES, "Ortiz", "negative"),
    ("The Energy Agency promised to publish the data. Brandt said the agency had kept its word.",
     "the agency had kept its word", {"Brandt": NAMES["Brandt"], "Energy Agency": ("Energy Agency", "organisation")},
     "Energy Agency", "positive"),
    ("Brandt said Ortiz's ministry had mismanaged the relief funds.", "Ortiz's ministry had mismanaged the relief funds",
     NAMES, "Ortiz", "negative"),
    ("Brandt said managers at Vargas Clinic had ignored six warnings.", "managers at Vargas Clinic had ignored six warnings",
     {"Brandt": NAMES["Brandt"], "Vargas Clinic": ("Vargas Clinic", "organisation")}, "Vargas Clinic", "negative"),
    ('Brandt said Ortiz was "a reckless and dishonest man".', 'Ortiz was "a reckless and dishonest man"', NAMES,
     "Ortiz", "negative"),
])
def test_reported_content_that_evaluates_its_doer(nlp, text, said, names, target, polarity):
    found = pair(rows(nlp, text, names, [statement(text, said, "Brandt")]), "Brandt", target)
    assert found and found[0].polarity == polarity and found[0].evidence in text


@pytest.mark.parametrize("text, statements, source, target, polarity", [
    ('Kim called Ortiz "a reliable and honest partner".', [], "Kim", "Ortiz", "positive"),
    ('Kim called Ortiz "a liar and a fraud".', [], "Kim", "Ortiz", "negative"),
    ("Kim called her Vardanian counterpart, Ortiz, “a reliable partner who keeps her word.”", [], "Kim", "Ortiz",
     "positive"),
    ('Ortiz accused Kim of fraud on Monday. Kim dismissed the allegations as "fantasy".', [], "Kim", "Ortiz", "negative"),
    ('Ortiz said the figures were wrong. Kim dismissed her remarks as "tired propaganda".',
     [("the figures were wrong", "Ortiz")], "Kim", "Ortiz", "negative"),
])
def test_quoted_characterisations(nlp, text, statements, source, target, polarity):
    sts = [statement(text, words, who, index=i) for i, (words, who) in enumerate(statements)]
    found = pair(rows(nlp, text, NAMES, sts), source, target)
    assert found and {r.polarity for r in found} == {polarity}


@pytest.mark.parametrize("text", [
    "Ortiz signed the treaty in May. Kim criticised the treaty on Monday.",
    "Ortiz introduced the bill last year. Kim attacked the bill in parliament.",
])
def test_criticising_what_an_actor_made_is_its_own_lower_confidence_rule(nlp, text):
    found = pair(rows(nlp, text, NAMES), "Kim", "Ortiz")
    assert found and found[0].polarity == "negative"
    assert found[0].rule.endswith("+made-by") and found[0].confidence < 0.6


@pytest.mark.parametrize("text, said, names, target", [
    ("Kim said the talks in Geneva would resume on Monday.", "the talks in Geneva would resume on Monday",
     {"Kim": NAMES["Kim"], "Geneva": ("Geneva", "place")}, "Geneva"),
    ("Kim said Ortiz would arrive on Monday.", "Ortiz would arrive on Monday", NAMES, "Ortiz"),
    ("Kim said the cuts would fall mostly in Norway.", "the cuts would fall mostly in Norway",
     {"Kim": NAMES["Kim"], "Norway": ("Norway", "country")}, "Norway"),
])
def test_mere_mentions_are_no_stance(nlp, text, said, names, target):
    assert not pair(rows(nlp, text, names, [statement(text, said, "Kim")]), "Kim", target)


@pytest.mark.parametrize("text, relation", [
    ("Kim met Ortiz in Geneva on Monday.", "meet"),
    ("Kim visited Ortiz in hospital.", "visit"),
    ("Kim called Ortiz on Tuesday.", "consult"),
])
def test_explicit_neutral_acts_are_rows(nlp, text, relation):
    found = pair(rows(nlp, text, NAMES), "Kim", "Ortiz")
    assert found and (found[0].polarity, found[0].relation) == ("neutral", relation)


@pytest.mark.parametrize("text, said, names, speaker, target", [
    ("Kim said devout Saudi pilgrims crowded the square.", "devout Saudi pilgrims crowded the square",
     {"Kim": NAMES["Kim"], "Saudi": ("Saudi Arabia", "country")}, "Kim", "Saudi Arabia"),
    ("Kim said Lagos-born Ortiz had won the award.", "Lagos-born Ortiz had won the award",
     {"Kim": NAMES["Kim"], "Ortiz": NAMES["Ortiz"], "Lagos": ("Lagos", "place")}, "Kim", "Lagos"),
    ("The blast killed 12 people in Kandor, the Interior Ministry said.", "The blast killed 12 people in Kandor",
     {"Interior Ministry": ("Interior Ministry", "institution"), "Kandor": ("Kandor", "place")},
     "Interior Ministry", "Kandor"),
    ("Kim said Ortiz had dismissed the corrupt officials.", "Ortiz had dismissed the corrupt officials",
     NAMES, "Kim", "Ortiz"),
    ("Kim said the former Vardanian leader Vargas had been sanctioned.",
     "the former Vardanian leader Vargas had been sanctioned",
     {"Kim": NAMES["Kim"], "Vargas": NAMES["Vargas"], "Vardanian": ("Vardania", "country")}, "Kim", "Vardania"),
    ("Kim said it was good for Ortiz to support him.", "it was good for Ortiz to support him", NAMES, "Kim", "Ortiz"),
])
def test_polarity_traps_give_no_stance(nlp, text, said, names, speaker, target):
    found = pair(rows(nlp, text, names, [statement(text, said, speaker)]), speaker, target)
    assert not [r for r in found if r.polarity != "neutral"]


def test_according_to_names_a_source_not_a_stance(nlp):
    text = "The corrupt regime of Vargas fell, according to Kim."
    found = rows(nlp, text, NAMES, [statement(text, "The corrupt regime of Vargas fell", "Kim")])
    found[:] = [r for r in found if r.source == "Kim"]
    assert not found


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Kim, a fierce critic of Ortiz, spoke on Monday.", "Kim", "Ortiz", "negative"),
    ("Kim is a longtime ally of Ortiz.", "Kim", "Ortiz", "positive"),
    ("Kim, an outspoken opponent of Ortiz, resigned.", "Kim", "Ortiz", "negative"),
])
def test_agent_nouns_name_a_stance(nlp, text, source, target, polarity):
    found = pair(rows(nlp, text, NAMES), source, target)
    assert found and found[0].polarity == polarity and found[0].rule.startswith("act:agent-noun:")


@pytest.mark.parametrize("text", [
    "KANDOR CITY, Feb. 8 (Wirepress) — Kim criticised the plan on Monday.",
    "KANDOR CITY (Wirepress) - Kim criticised the plan on Monday.",
])
def test_datelines_name_no_actor(nlp, text):
    names = {"Kim": NAMES["Kim"], "KANDOR CITY": ("Kandor City", "place"), "Wirepress": ("Wirepress", "organisation")}
    said = "Kim criticised the plan on Monday"
    found = rows(nlp, text, names, [statement(text, said, "Kim")])
    assert not {r.target for r in found} & {"Kandor City", "Wirepress"}


@pytest.mark.parametrize("quote, polarity", [
    ("Ortiz is ambitious but not very well informed", {None, "negative"}),
    ("Ortiz is clumsy but very honest and capable", {None, "positive"}),
    ("Ortiz is the top recipient of donations", {None}),
])
def test_what_follows_but_outweighs_what_precedes_it(nlp, quote, polarity):
    text = f"“{quote},” Kim said."
    found = pair(rows(nlp, text, NAMES, [statement(text, quote, "Kim", kind="direct")]), "Kim", "Ortiz")
    assert (found[0].polarity if found else None) in polarity


@pytest.mark.parametrize("text, said, polarity", [
    ('Ortiz wrote a biography of Kim. Kim said the biography was "score-settling".', 'the biography was "score-settling"',
     "negative"),
    ("Ortiz published the report on Monday. Kim said the report was excellent and fair.",
     "the report was excellent and fair", "positive"),
])
def test_judging_what_an_actor_made_judges_its_maker(nlp, text, said, polarity):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Kim")]), "Kim", "Ortiz")
    assert found and found[0].polarity == polarity and found[0].rule.endswith("+made-by")
    assert found[0].confidence < 0.5


@pytest.mark.parametrize("text, polarity", [
    ('Kim called Ortiz "a steady hand".', "positive"),
    ('Ortiz accused Kim of fraud. Kim dismissed the allegations as "fantasy".', "negative"),
])
def test_characterisations_from_the_issue(nlp, text, polarity):
    found = pair(rows(nlp, text, NAMES), "Kim", "Ortiz")
    assert found and {r.polarity for r in found} == {polarity}


def test_a_pronoun_after_a_subordinate_clause_stands_for_its_subject(nlp):
    text = "When Ortiz published the letter, she was accused by Kim of lying."
    doc = nlp(text)
    r = stance.source_stance(doc, (text.index("Kim"), text.index("Kim") + 3), (5, 10))
    assert r.polarity == -1 and r.rule.startswith("act:")


@pytest.mark.parametrize("text", [
    "Kim criticised the budget proposal offered by Ortiz on Monday.",
    "Kim attacked the report written by Ortiz.",
])
def test_criticising_what_an_actor_offered_judges_its_maker(nlp, text):
    found = pair(rows(nlp, text, NAMES), "Kim", "Ortiz")
    assert found and found[0].polarity == "negative" and found[0].rule.endswith("+made-by")
    doc = nlp(text)
    r = stance.source_stance(doc, (0, 3), (text.index("Ortiz"), text.index("Ortiz") + 5))
    assert r.polarity == -1 and r.rule.endswith("+made-by")


@pytest.mark.parametrize("text, said, names, target, polarity", [
    ("Kim said Vardanian authorities must release Ortiz immediately.", "Vardanian authorities must release Ortiz immediately",
     {"Kim": NAMES["Kim"], "Ortiz": NAMES["Ortiz"], "Vardanian": ("Vardania", "country")}, "Vardania", "negative"),
    ("Kim said Vardanian makers had dumped cheap steel on the market.", "Vardanian makers had dumped cheap steel on the market",
     {"Kim": NAMES["Kim"], "Vardanian": ("Vardania", "country")}, "Vardania", "negative"),
    ("Kim said rich countries, including Vardania, had not delivered the aid they promised.",
     "rich countries, including Vardania, had not delivered the aid they promised",
     {"Kim": NAMES["Kim"], "Vardania": ("Vardania", "country")}, "Vardania", "negative"),
])
def test_doers_the_statement_judges(nlp, text, said, names, target, polarity):
    found = pair(rows(nlp, text, names, [statement(text, said, "Kim")]), "Kim", target)
    assert found and found[0].polarity == polarity and found[0].rule.startswith("deed:")


@pytest.mark.parametrize("text, said", [
    ("Kim said the Kandor drug epidemic must stop.", "the Kandor drug epidemic must stop"),
    ("Kim said the Kandor floods should be studied.", "the Kandor floods should be studied"),
])
def test_a_place_naming_a_problem_is_not_its_doer(nlp, text, said):
    names = {"Kim": NAMES["Kim"], "Kandor": ("Kandor", "place")}
    assert not pair(rows(nlp, text, names, [statement(text, said, "Kim")]), "Kim", "Kandor")


def test_a_suspension_is_a_sanction(nlp):
    found = pair(rows(nlp, "Kim suspended Ortiz after the test.", NAMES), "Kim", "Ortiz")
    assert found and (found[0].relation, found[0].polarity) == ("sanction", "negative")


def test_it_is_not_taken_for_an_actor(nlp):
    text = "Vargas Holdings opened the new plant in May. Kim praised it on Monday."
    names = {"Kim": NAMES["Kim"], "Vargas Holdings": ("Vargas Holdings", "organisation")}
    assert not pair(rows(nlp, text, names), "Kim", "Vargas Holdings")


def test_the_government_is_the_state_named_last(nlp):
    text = "Vardania closed the border on Monday. Kim accused the government of starving the north."
    names = {"Kim": NAMES["Kim"], "Vardania": ("Vardania", "country")}
    found = pair(rows(nlp, text, names), "Kim", "Vardania")
    assert found and found[0].polarity == "negative" and found[0].rule.endswith("+description")


@pytest.mark.parametrize("text, polarity", [
    ("Kim denied that Ortiz had concealed the payments.", {None, "positive"}),
    ("Kim said that Ortiz had concealed the payments.", {"negative"}),
])
def test_a_denied_deed_is_no_accusation(nlp, text, polarity):
    said = "that Ortiz had concealed the payments"
    st = statement(text, said, "Kim")
    st.cue, st.cue_start = text.split()[1], text.index(text.split()[1])
    found = pair(rows(nlp, text, NAMES, [st]), "Kim", "Ortiz")
    assert (found[0].polarity if found else None) in polarity


@pytest.mark.parametrize("text, sanctioned", [
    ("The court suspended Ortiz for two years.", True),
    ("The court suspended the extradition of Ortiz.", False),
])
def test_suspending_what_concerns_an_actor_is_no_sanction_of_it(nlp, text, sanctioned):
    names = {"court": ("High Court", "institution"), "Ortiz": NAMES["Ortiz"]}
    found = [r for r in rows(nlp, text, names) if r.target == "Ortiz" and r.relation == "sanction"]
    assert bool(found) == sanctioned


@pytest.mark.parametrize("text, said, polarity, rule", [
    ("Brandt said Ortiz had not consulted a single engineer.", "Ortiz had not consulted a single engineer",
     "negative", "deed:not-consult"),
    ("Brandt said Ortiz had never answered her letters.", "Ortiz had never answered her letters",
     "negative", "deed:not-answer"),
    ("Brandt said Ortiz had not disclosed the loans to the board.", "Ortiz had not disclosed the loans to the board",
     "negative", "deed:not-disclose"),
])
def test_leaving_undone_what_was_owed_judges_the_doer(nlp, text, said, polarity, rule):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")
    assert found and found[0].polarity == polarity and found[0].rule.startswith(rule)
    assert found[0].evidence in text


@pytest.mark.parametrize("text, said", [
    ("Brandt said Ortiz had consulted three engineers.", "Ortiz had consulted three engineers"),
    ("Brandt said Ortiz had answered every letter.", "Ortiz had answered every letter"),
])
def test_a_neutral_deed_done_is_no_stance(nlp, text, said):
    assert not pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")


@pytest.mark.parametrize("text, said", [
    ("Brandt said the authorities must release Ortiz at once.", "the authorities must release Ortiz at once"),
    ("Brandt said the junta should free Ortiz before the talks.", "the junta should free Ortiz before the talks"),
])
def test_demanding_someones_release_takes_their_side(nlp, text, said):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")
    assert found and {r.polarity for r in found} == {"positive"} and found[0].evidence in text


@pytest.mark.parametrize("text, said", [
    ("Brandt said the court had released Ortiz on bail.", "the court had released Ortiz on bail"),
    ("Brandt said the governor must not pardon Ortiz.", "the governor must not pardon Ortiz"),
])
def test_a_reported_or_refused_release_takes_no_side(nlp, text, said):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")
    assert not any(r.polarity == "positive" or r.rule.startswith("deed:demand") for r in found)


@pytest.mark.parametrize("text, source, target", [
    ("The league fined Ortiz 5,000 euros for the tackle.", "league", "Ortiz"),
    ("The board banned Ortiz from the club for a year.", "board", "Ortiz"),
])
def test_a_mislemmatised_sanction_verb_is_still_an_act(nlp, text, source, target):
    from analysis import relations
    acts = relations.find_acts(nlp(text))
    assert any(a.relation == "sanction" and [s.text for s in a.subjects] == [source]
               and target in [o.text for o in a.objects] for a in acts)


@pytest.mark.parametrize("text, said, polarity", [
    ('Brandt said: "Ortiz\'s plan ignores how the clinics actually work."', "Ortiz's plan ignores how the clinics actually work",
     "negative"),
    ("Brandt said Ortiz's decision had violated the charter.", "Ortiz's decision had violated the charter", "negative"),
])
def test_a_deed_of_what_an_actor_made_judges_its_maker_at_lower_confidence(nlp, text, said, polarity):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")
    assert found and found[0].polarity == polarity and "+made-by" in found[0].rule
    assert found[0].confidence <= 0.5 and found[0].evidence in text


@pytest.mark.parametrize("text, said, polarity", [
    ("Brandt said the bombing was carried out by Ortiz.", "the bombing was carried out by Ortiz", {"negative"}),
    ("Brandt said the safety warnings had been ignored by Ortiz.", "the safety warnings had been ignored by Ortiz",
     {"negative"}),
    ("Brandt said the parade was organised by Ortiz.", "the parade was organised by Ortiz", set()),
])
def test_the_agent_of_a_passive_deed_is_its_doer(nlp, text, said, polarity):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")
    assert {r.polarity for r in found if r.polarity != "neutral"} == polarity
    assert all(r.evidence in text for r in found)


@pytest.mark.parametrize("text, said, rule", [
    ("Brandt said Ortiz had moved too slowly on the recall.", "Ortiz had moved too slowly on the recall", "deed:too-slowly"),
    ('"Ortiz waited two years too long," Brandt said.', "Ortiz waited two years too long", "deed:too-long"),
    ("Brandt said Ortiz had gone too far.", "Ortiz had gone too far", "deed:too-far"),
])
def test_doing_too_little_too_late_faults_the_doer(nlp, text, said, rule):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")
    assert found and found[0].polarity == "negative" and found[0].rule == rule and found[0].evidence in text


def test_not_waiting_too_long_is_no_fault(nlp):
    text, said = "Brandt said Ortiz had not waited too long.", "Ortiz had not waited too long"
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Brandt")]), "Brandt", "Ortiz")
    assert not any(r.polarity == "negative" for r in found)


def test_a_deed_left_undone_needs_a_named_doer(nlp):
    text = 'Ortiz spoke first. "He can\'t even answer a question," Brandt said.'
    found = pair(rows(nlp, text, NAMES, [statement(text, "He can't even answer a question", "Brandt", "direct")]),
                 "Brandt", "Ortiz")
    assert not any(r.rule.startswith("deed:not-") for r in found)


@pytest.mark.parametrize("text, polarity", [
    ("Kim on Monday named Ortiz as the city's new police chief.", {"positive"}),
    ("Kim picked Ortiz as her running mate.", {"positive"}),
    ("Kim named Ortiz as a suspect in the robbery.", set()),
    ("Ortiz was named as the new coach.", set()),
])
def test_choosing_someone_for_a_post_backs_them(nlp, text, polarity):
    found = pair(rows(nlp, text, NAMES), "Kim", "Ortiz")
    assert {r.polarity for r in found} == polarity
    assert all(r.rule.startswith("act:appoint:") and r.evidence in text for r in found)


def spoken(text: str, words: str, speaker: str, mention: str, kind: str = "indirect", index: int = 0) -> Statement:
    """A statement whose speaker was resolved from `mention` (its first occurrence)."""
    st = statement(text, words, speaker, kind, index)
    st.speaker_start = text.index(mention)
    st.speaker_end = st.speaker_start + len(mention)
    return st


VARDANIA = {"Vardania": ("Vardania", "country"), "Vardanian": ("Vardania", "country")}


def test_an_acts_subject_inside_a_speakers_mention_is_that_speaker(nlp):
    text = "Vardanian's trade ministry on Monday condemned Ortiz, saying her subsidies were unfair."
    st = spoken(text, "her subsidies were unfair", "Vardanian Trade Ministry", "Vardanian's trade ministry")
    found = rows(nlp, text, {**NAMES, **VARDANIA}, [st])
    assert pair(found, "Vardanian Trade Ministry", "Ortiz")[0].polarity == "negative"
    assert not pair(found, "Vardania", "Ortiz")


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Donald Kim ridiculed Ortiz after the count. He praised Vargas on Monday.", "Donald Kim", "Vargas", "positive"),
    ("Donald Kim ridiculed Ortiz after the count. He thanked the crowd. He then praised Vargas.", "Donald Kim", "Vargas",
     "positive"),
])
def test_a_subject_he_continues_the_subject_before_it(nlp, text, source, target, polarity):
    names = {"Donald Kim": ("Donald Kim", "person"), **NAMES}
    found = rows(nlp, text, names)
    assert {r.polarity for r in pair(found, source, target)} == {polarity}
    assert not pair(found, "Ortiz", target)


def test_a_subject_he_does_not_continue_a_woman(nlp):
    text = "Maria Kim ridiculed Ortiz after the count. He praised Vargas on Monday."
    found = rows(nlp, text, {"Maria Kim": ("Maria Kim", "person"), **NAMES})
    assert not pair(found, "Maria Kim", "Vargas")


@pytest.mark.parametrize("text, polarity", [
    ("Kim urged Vargas to stop the raids on the border.", {"negative"}),
    ("Kim urged Vargas to stay away from the border.", {"negative"}),
    ("Kim urged Vargas to keep out of the quarrel.", {"negative"}),
    ("Kim urged Vargas to stay calm.", set()),
    ("Kim urged Vargas to join the talks.", set()),
])
def test_urging_someone_to_stop_is_a_demand_on_them(nlp, text, polarity):
    found = pair(rows(nlp, text, NAMES), "Kim", "Vargas")
    assert {r.polarity for r in found} == polarity
    assert all(r.rule.endswith("+desist") for r in found)


def test_the_doer_between_a_cue_and_its_partial_quote(nlp):
    text = 'Brandt told reporters that Vietnam had "ignored every rule in the book and must answer for it."'
    said = "ignored every rule in the book and must answer for it."
    st = statement(text, said, "Brandt", "direct")
    st.cue, st.cue_start = "told", text.index("told")
    st.cue_end = st.cue_start + len("told")
    found = pair(rows(nlp, text, {"Brandt": NAMES["Brandt"], "Vietnam": ("Vietnam", "country")}, [st]),
                 "Brandt", "Vietnam")
    assert found and found[0].polarity == "negative" and found[0].evidence == "ignored"


def test_a_nations_workers_are_the_body_named_for_them(nlp):
    text = ("The Vardania Apple Growers Union wants a quota. "
            "Ortiz said Vardanian growers should cut their own prices first.")
    names = {**VARDANIA, "Vardania Apple Growers Union": ("Vardania Apple Growers Union", "organisation"),
             "Ortiz": NAMES["Ortiz"]}
    found = rows(nlp, text, names, [statement(text, "Vardanian growers should cut their own prices first", "Ortiz")])
    assert pair(found, "Ortiz", "Vardania Apple Growers Union")[0].polarity == "negative"
    assert not pair(found, "Ortiz", "Vardania")


def test_a_pronoun_left_a_duty_undone_when_the_speaker_just_named_them(nlp):
    text = 'Brandt said he had emailed Ortiz in May. "He has not replied to a single message," Brandt said.'
    sts = [statement(text, "he had emailed Ortiz in May", "Brandt"),
           statement(text, "He has not replied to a single message", "Brandt", "direct", index=1)]
    found = pair(rows(nlp, text, NAMES, sts), "Brandt", "Ortiz")
    assert found and found[0].polarity == "negative" and found[0].rule.startswith("deed:not-reply")


REPUBLICANS = {"Republican": ("Republican Party", "organisation"), **NAMES}


@pytest.mark.parametrize("text, said", [
    ("Kim ridiculed her Republican opponents on Monday.", None),
    ("Voters liked the scheme endorsed by Republican senator Kim.", None),
    ('Ortiz said Kim, the Republican candidate, was "an utter fraud".', 'Kim, the Republican candidate, was "an utter fraud"'),
    ('Ortiz said Kim was "a hopeless pick" for the Republican ticket.',
     'Kim was "a hopeless pick" for the Republican ticket'),
])
def test_a_party_describing_someone_is_not_judged(nlp, text, said):
    sts = [statement(text, said, "Ortiz")] if said else []
    found = rows(nlp, text, REPUBLICANS, sts)
    assert not [r for r in found if r.target == "Republican Party"]


def test_whom_a_judgement_falls_on_is_not_judged(nlp):
    text = 'Ortiz said the deal was "a complete catastrophe" for Vardania.'
    found = rows(nlp, text, {**NAMES, **VARDANIA}, [statement(text, 'the deal was "a complete catastrophe" for Vardania', "Ortiz")])
    assert not pair(found, "Ortiz", "Vardania")


@pytest.mark.parametrize("text, said, target, rule", [
    ("Vargas Sports fined the club on Monday. Brandt said the penalty was out of proportion.",
     "the penalty was out of proportion", "Vargas Sports", "+made-by"),
    ("Brandt said Ortiz was out of touch with voters.", "Ortiz was out of touch with voters", "Ortiz", "deed:be"),
])
def test_out_of_proportion_judges_the_subject_or_its_maker(nlp, text, said, target, rule):
    names = {**NAMES, "Vargas Sports": ("Vargas Sports", "organisation")}
    found = pair(rows(nlp, text, names, [statement(text, said, "Brandt")]), "Brandt", target)
    assert found and found[0].polarity == "negative" and rule in found[0].rule


@pytest.mark.parametrize("text, polarity", [
    ("Kim does not have the authority to fire Ortiz.", set()),
    ("Kim has no right to ban Ortiz from the hearing.", set()),
    ("Kim unveiled a plan to ban Ortiz from the hearing.", {"negative"}),
])
def test_a_power_not_held_is_no_act(nlp, text, polarity):
    assert {r.polarity for r in pair(rows(nlp, text, NAMES), "Kim", "Ortiz")} == polarity


PLACES = {"Libya": ("Libya", "country"), "Benghazi": ("Benghazi", "place"), "Russia": ("Russia", "country"),
          "Ohio": ("Ohio", "place"), "Marco Kim": ("Marco Kim", "person"), **NAMES}


@pytest.mark.parametrize("text, source, target, polarity", [
    ("After the bombing in Benghazi, Libya, Ortiz blamed the bombing on a rumour.", "Ortiz", "Libya", set()),
    ("Ortiz blamed the attack on Russia.", "Ortiz", "Russia", {"negative"}),
    ("Ortiz blamed the blast in Benghazi on Russia.", "Ortiz", "Russia", {"negative"}),
    ("Marco Kim lost badly, and the Ohio governor criticised Ortiz on Tuesday.", "Ohio", "Ortiz", set()),
])
def test_a_place_is_no_party_to_what_happened_there(nlp, text, source, target, polarity):
    assert {r.polarity for r in pair(rows(nlp, text, PLACES), source, target)} == polarity


def test_his_campaign_is_not_the_campaign_that_spoke(nlp):
    text = "The campaign of Vargas said it would appeal. Kim lost, and Kim suspended his own campaign on Friday."
    st = spoken(text, "it would appeal", "Vargas", "The campaign of Vargas")
    st.speaker_kind, st.speaker_mention = "description", "The campaign"
    found = rows(nlp, text, NAMES, [st])
    assert not pair(found, "Kim", "Vargas")


@pytest.mark.parametrize("text, polarity", [
    ("Kim has waffled on whether she would support Ortiz.", set()),
    ("Lee waited to see if Kim would appoint Ortiz to the job.", set()),
    ("Kim will praise Ortiz if the deal holds.", {"positive"}),
])
def test_an_act_only_supposed_is_no_act(nlp, text, polarity):
    assert {r.polarity for r in pair(rows(nlp, text, NAMES), "Kim", "Ortiz")} == polarity


@pytest.mark.parametrize("text, said, target", [
    ('Ortiz said Kim had become Vardania\'s "finest salesman".', 'Kim had become Vardania\'s "finest salesman"',
     "Vardania"),
    ('Ortiz said Kim had vowed to help Vardania "prosper" once more.', 'Kim had vowed to help Vardania "prosper" once more',
     "Vardania"),
    ('Ortiz said Vardanian voters faced "cruel abuse" on the radio.',
     'Vardanian voters faced "cruel abuse" on the radio', "Vardania"),
])
def test_a_quoted_fragment_judges_only_whom_it_is_said_of(nlp, text, said, target):
    found = rows(nlp, text, {**NAMES, **VARDANIA}, [statement(text, said, "Ortiz")])
    assert not pair(found, "Ortiz", target)


@pytest.mark.parametrize("text, source, target, polarity", [
    ('Kim described Ortiz as "a loyal and generous partner".', "Kim", "Ortiz", "positive"),
    ('Kim dismissed a study by Ortiz as "shoddy nonsense".', "Kim", "Ortiz", "negative"),
])
def test_a_quoted_fragment_on_the_verb_of_its_target_judges_it(nlp, text, source, target, polarity):
    found = pair(rows(nlp, text, NAMES), source, target)
    assert found and {r.polarity for r in found} == {polarity}


@pytest.mark.parametrize("text, target", [
    ("Kim said she had always opposed the war in Vardania.", "Vardania"),
    ("Kim funds Vardanian enemies in the region.", "Vardania"),
])
def test_an_event_or_an_adversary_is_not_the_nation_named_on_it(nlp, text, target):
    assert not pair(rows(nlp, text, {**NAMES, **VARDANIA}), "Kim", target)


def test_accused_of_doing_is_the_accused_doing_it(nlp):
    text = "Lee accused Kim of praising Ortiz to win favour."
    found = rows(nlp, text, NAMES)
    assert not pair(found, "Lee", "Ortiz")
    assert {r.polarity for r in pair(found, "Kim", "Ortiz")} == {"positive"}


@pytest.mark.parametrize("text, said, polarity", [
    ('Ortiz said Kim was "a brilliant and honest leader".', "a brilliant and honest leader", "positive"),
    ('Ortiz said Kim had "betrayed every voter in the state".', "betrayed every voter in the state", "negative"),
])
def test_a_partial_quotes_verb_outside_the_marks_is_read_with_it(nlp, text, said, polarity):
    st = statement(text, said, "Ortiz", "direct")
    st.cue, st.cue_start, st.cue_end = "said", text.index("said"), text.index("said") + 4
    found = pair(rows(nlp, text, NAMES, [st]), "Ortiz", "Kim")
    assert found and found[0].polarity == polarity


def test_what_someone_should_be_is_a_demand_not_praise(nlp):
    text = 'Ortiz wrote that "Vardania ought to be grateful for the loan."'
    said = "Vardania ought to be grateful for the loan."
    found = pair(rows(nlp, text, {**NAMES, **VARDANIA}, [statement(text, said, "Ortiz")]), "Ortiz", "Vardania")
    assert not [r for r in found if r.polarity == "positive"]


def test_a_sorting_noun_is_no_praise(nlp):
    text = '"Vardania is a different kind of case," Ortiz said.'
    said = "Vardania is a different kind of case"
    assert not pair(rows(nlp, text, {**NAMES, **VARDANIA}, [statement(text, said, "Ortiz", "direct")]),
                    "Ortiz", "Vardania")


GOP = {"GOP": ("Republican Party", "organisation"), "Donald Kim": ("Donald Kim", "person"),
       "Russian": ("Russia", "country"), **NAMES}


@pytest.mark.parametrize("text, target, polarity", [
    ("Donald Kim won the primary. Ortiz attacked the GOP nominee on Monday.", "Republican Party", set()),
    ("Ortiz attacked the GOP nominee, Donald Kim, on Monday.", "Donald Kim", {"negative"}),
    ("Ortiz expelled the Russian ambassador on Monday.", "Russia", {"negative"}),
])
def test_the_holder_of_a_post_is_the_target_not_the_party_named_on_it(nlp, text, target, polarity):
    assert {r.polarity for r in pair(rows(nlp, text, GOP), "Ortiz", target)} == polarity


@pytest.mark.parametrize("text, said, target", [
    ("Ortiz said Vardanian voters were angry and tired.", "Vardanian voters were angry and tired", "Vardania"),
    ('Ortiz said the Vardanian people were furious about the prices.',
     "the Vardanian people were furious about the prices", "Vardania"),
    ("Ortiz said that if Kim's figures are right, the deal is dead.", "if Kim's figures are right, the deal is dead", "Kim"),
    ("Ortiz said the count showed a Kim victory.", "the count showed a Kim victory", "Kim"),
])
def test_people_of_a_name_and_supposed_or_event_words_judge_no_one(nlp, text, said, target):
    found = rows(nlp, text, {**NAMES, **VARDANIA}, [statement(text, said, "Ortiz")])
    assert not pair(found, "Ortiz", target)


def test_thanking_the_people_of_a_place_thanks_the_place(nlp):
    text = "Kim thanked the people of Vardania."
    assert {r.polarity for r in pair(rows(nlp, text, {**NAMES, **VARDANIA}), "Kim", "Vardania")} == {"positive"}


@pytest.mark.parametrize("words, polarity", [
    ("My client has never used any drug.", "positive"),
    ("My client took a bribe, and he regrets it.", "negative"),
])
def test_my_client_is_whose_lawyer_the_speaker_is(nlp, words, polarity):
    text = f'Ortiz\'s lawyer, Kim, said the test was wrong. "{words}"'
    sts = [spoken(text, "the test was wrong", "Kim", "Ortiz's lawyer, Kim"),
           statement(text, words, "Kim", "direct", index=1)]
    found = pair(rows(nlp, text, NAMES, sts), "Kim", "Ortiz")
    assert found and {r.polarity for r in found} == {polarity}


SHOWN = network.DEFAULT_MIN_CONFIDENCE
PAPER = {"The Courier": ("The Courier", "organisation")}


@pytest.mark.parametrize("text, names, target, shown", [
    # two people named just before could each be "him": a guess, below the default filter
    ("Ortiz has skipped the hearings for months. Lee signed the budget on Monday. The Courier called him "
     "a political opportunist who has neglected his duties.", NAMES, None, False),
    ("Ortiz and Lee met on Monday. The Courier called him a coward who abandoned his voters.", NAMES, None, False),
    # a first name that does not fit the pronoun leaves one person it can be
    ("Senator Mark Ortiz has skipped the hearings for months. Governor Ruth Lee signed the budget on Monday. "
     "The Courier called him a political opportunist who has neglected his duties.",
     {"Mark Ortiz": ("Mark Ortiz", "person"), "Ruth Lee": ("Ruth Lee", "person")}, "Mark Ortiz", True),
    ("Ortiz lost the vote on Monday. The Courier called him a coward.", NAMES, "Ortiz", True),
])
def test_an_object_pronoun_more_than_one_person_could_be_is_a_guess(nlp, text, names, target, shown):
    found = [r for r in rows(nlp, text, {**names, **PAPER}) if r.source == "The Courier"]
    assert found and {r.polarity for r in found} == {"negative"}
    if target:
        assert {r.target for r in found} == {target}
    assert all((r.confidence >= SHOWN) == shown for r in found)


DEMONYMS = {"Brazilian": ("Brazil", "country"), "American": ("United States", "country"),
            "European": ("Europe", "group"), "Arab": ("Arab world", "group"), "Russian": ("Russia", "country"),
            "Republican": ("Republican Party", "organisation")}


@pytest.mark.parametrize("text, target", [
    ("Brazilian police charged the American swimmer with filing a false report.", "United States"),
    ("Kim supports our European and Arab allies.", "Europe"),
    ("Kim supports our European and Arab allies.", "Arab world"),
    ("Kim praised the American athletes for their courage.", "United States"),
    ("Kim sued the Russian investor over the deal.", "Russia"),
])
def test_a_demonym_on_people_is_not_the_place_as_target(nlp, text, target):
    found = rows(nlp, text, {**NAMES, **DEMONYMS})
    assert not [r for r in found if r.target == target]


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Brazilian police charged the swimmer with filing a false report.", "Brazil", None, None),
    ("Kim thanked the Brazilian police for their work.", "Kim", "Brazil", "positive"),
    ("Kim condemned Russian aggression.", "Kim", "Russia", "negative"),
    ("Kim criticised the Russian ambassador.", "Kim", "Russia", "negative"),
    ("Kim praised the field of Republican candidates.", "Kim", "Republican Party", "positive"),
])
def test_a_demonym_on_agents_or_deeds_of_the_state_stays(nlp, text, source, target, polarity):
    found = rows(nlp, text, {**NAMES, **DEMONYMS})
    if target is None:
        assert not [r for r in found if r.source == source]
        return
    assert {r.polarity for r in pair(found, source, target)} == {polarity}


@pytest.mark.parametrize("text, said, target", [
    ("Kim said she would build a better Vardania for her children.", "she would build a better Vardania for her children", "Vardania"),
    ("Kim said she wanted a stronger Vardania.", "she wanted a stronger Vardania", "Vardania"),
    ("Kim said doubting Vardania had always been a mistake.", "doubting Vardania had always been a mistake", "Vardania"),
    ("Kim said ignoring Ortiz would be a terrible mistake.", "ignoring Ortiz would be a terrible mistake", "Ortiz"),
    ("Kim said two Supreme Court justices would hear the case.", "two Supreme Court justices would hear the case", "Supreme Court"),
    ("Kim said Supreme Court justices should decide.", "Supreme Court justices should decide", "Supreme Court"),
])
def test_lexicon_traps_judge_no_one(nlp, text, said, target):
    names = {**NAMES, **VARDANIA, "Supreme Court": ("Supreme Court", "institution")}
    assert not pair(rows(nlp, text, names, [statement(text, said, "Kim")]), "Kim", target)


@pytest.mark.parametrize("text, said", [
    ("Kim said there was no one better than Ortiz to lead the party.", "there was no one better than Ortiz to lead the party"),
    ('"There is nobody better than Ortiz," Kim said.', "There is nobody better than Ortiz"),
])
def test_no_one_better_than_is_never_negative(nlp, text, said):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Kim")]), "Kim", "Ortiz")
    assert "negative" not in {r.polarity for r in found}


@pytest.mark.parametrize("complement", ["a disaster", "a catastrophe", "a total failure", "a liar"])
def test_calling_someone_an_event_word_still_judges_them(nlp, complement):
    text = f"Kim called Ortiz {complement}."
    assert {r.polarity for r in pair(rows(nlp, text, NAMES), "Kim", "Ortiz")} == {"negative"}


@pytest.mark.parametrize("text, said, speaker, kind, shown", [
    # an unnamed source's "he" is only the last person named: the row is a guess
    ("Lee met Vargas on Monday. The newspaper said he had attacked Ortiz.", "he had attacked Ortiz", None, "description", False),
    ("Vargas met Lee on Monday. A senior aide said he had attacked Ortiz.", "he had attacked Ortiz", None, "anonymous", False),
    # ... unless no one else could be meant
    ("Lee met voters on Monday. A senior aide said he had attacked Ortiz.", "he had attacked Ortiz", None, "anonymous", True),
    # a named speaker's own "he" is the speaker
    ("Lee said he would sue Ortiz.", "he would sue Ortiz", "Lee", "name", True),
])
def test_a_pronoun_doer_in_an_unnamed_sources_words_is_a_guess(nlp, text, said, speaker, kind, shown):
    st = statement(text, said, speaker)
    st.speaker_kind = kind
    found = [r for r in rows(nlp, text, NAMES, [st]) if r.target == "Ortiz" and r.rule.startswith("act:")]
    assert found and all((r.confidence >= SHOWN) == shown for r in found)


def test_a_described_speakers_act_is_no_named_source(nlp):
    text = "Lee spoke on Monday. The newspaper condemned Ortiz, saying his plan was reckless."
    st = spoken(text, "his plan was reckless", "The Courier", "The newspaper")
    st.speaker_kind = "description"
    found = pair(rows(nlp, text, {**NAMES, **PAPER}, [st]), "The Courier", "Ortiz")
    assert found and all(r.confidence < stance.CONFIDENCE["name"] for r in found if r.rule.startswith("act:"))


@pytest.mark.parametrize("dateline", ["Port Vela (AFP) – ", "PORT VELA (Reuters) - ", "Port Vela (AP) — "])
def test_a_wire_dateline_place_is_no_doer(nlp, dateline):
    text = f"{dateline}Kim on Monday joined the campaign, trashing Ortiz as unfit for office."
    found = rows(nlp, text, {**NAMES, "Port Vela": ("Port Vela", "place")})
    assert not [r for r in found if "Port Vela" in (r.source, r.target)]


def test_what_an_actor_made_is_below_the_default_filter(nlp):
    text = "Kim signed the treaty. Ortiz criticised the treaty on Monday."
    found = [r for r in rows(nlp, text, NAMES) if r.rule.endswith("+made-by")]
    assert found and all(r.confidence < SHOWN for r in found)


@pytest.mark.parametrize("text, met", [
    ("Kim said she would be honored to meet with Ortiz.", False),
    ("Lee said Kim has no plans to either address the meeting or meet with Ortiz.", False),
    ("Kim would like to meet Ortiz.", False),
    ("Kim met Ortiz on Monday.", True),
    ("Kim traveled to the capital to meet Ortiz.", True),
    ("Kim agreed to meet Ortiz.", True),
])
def test_a_meeting_only_wished_or_ruled_out_is_no_meeting(nlp, text, met):
    assert bool(pair(rows(nlp, text, NAMES), "Kim", "Ortiz")) == met


CAUCUS = {"Harbour Caucus": ("Harbour Caucus", "organisation")}


@pytest.mark.parametrize("text", [
    "At a meeting of the Harbour Caucus, Lee argued that the group should not endorse Ortiz.",
    "At a meeting of the Harbour Caucus, Lee said the group must condemn Ortiz.",
])
def test_an_act_someone_says_ought_to_happen_is_no_act(nlp, text):
    assert not [r for r in rows(nlp, text, {**NAMES, **CAUCUS}) if r.source == "Harbour Caucus"]


def test_thanks_to_is_a_cause_not_gratitude(nlp):
    text = "He promised to defeat Ortiz and Vargas thanks to the Lee name, Kim said."
    said = "He promised to defeat Ortiz and Vargas thanks to the Lee name"
    assert not [r for r in rows(nlp, text, NAMES, [statement(text, said, "Kim")]) if r.evidence == "thanks"]


@pytest.mark.parametrize("text, said, polarity", [
    ("Kim said that she had begun “to unmask the true nature” of Ortiz, whom she called a “con artist.”",
     "she had begun “to unmask the true nature” of Ortiz, whom she called a “con artist.", "negative"),
    ("Kim said she had met Ortiz, whom she called a crook.", "she had met Ortiz, whom she called a crook", "negative"),
    ("Kim said she had spoken with Ortiz, whom she called a brilliant leader.",
     "she had spoken with Ortiz, whom she called a brilliant leader", "positive"),
])
def test_a_relative_clause_naming_its_antecedent_judges_it(nlp, text, said, polarity):
    found = {r.polarity for r in pair(rows(nlp, text, NAMES, [statement(text, said, "Kim")]), "Kim", "Ortiz")}
    assert polarity in found and found <= {polarity, "neutral"}  # "met Ortiz" is a neutral act of its own


@pytest.mark.parametrize("text, said", [
    ("Kim vowed to reveal the “true colors” of Ortiz.", "to reveal the “true colors” of Ortiz"),
    ("Kim said she wanted to expose the true nature of Ortiz.", "she wanted to expose the true nature of Ortiz"),
    ("Kim said voters would soon see the real agenda of Ortiz.", "voters would soon see the real agenda of Ortiz"),
])
def test_the_true_nature_of_someone_is_no_praise(nlp, text, said):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Kim")]), "Kim", "Ortiz")
    assert "positive" not in {r.polarity for r in found}


AUDIENCE_PLACES = {"Denver": ("Denver", "place"), "Ohio": ("Ohio", "place"), "Texas": ("Texas", "place")}


@pytest.mark.parametrize("text, said, target", [
    ("When Kim thanked Denver and said it was great to be home, the crowd cheered.", None, "Denver"),
    ("“Thank you, Ohio! We love you,” Kim told the crowd.", "Thank you, Ohio! We love you", "Ohio"),
    ("“I love you, Texas,” Kim told supporters after the vote.", "I love you, Texas", "Texas"),
    ("Kim thanked the people of Texas for their support.", None, "Texas"),
])
def test_thanking_a_place_is_addressing_its_audience(nlp, text, said, target):
    statements = [statement(text, said, "Kim", kind="direct")] if said else []
    assert not pair(rows(nlp, text, {**NAMES, **AUDIENCE_PLACES}, statements), "Kim", target)


@pytest.mark.parametrize("text, target", [
    ("Kim thanked Vardania for its support during the crisis.", "Vardania"),
    ("Kim thanked Ortiz for her support during the crisis.", "Ortiz"),
])
def test_thanking_a_state_or_a_person_stays(nlp, text, target):
    found = pair(rows(nlp, text, {**NAMES, **VARDANIA}), "Kim", target)
    assert found and {r.polarity for r in found} == {"positive"}


BODIES = {"NATO": ("NATO", "organisation"), "Vardania": ("Vardania", "country"),
          "Republican": ("Republican Party", "organisation"), "Democrats": ("Democratic Party", "organisation")}


@pytest.mark.parametrize("text, said, source, target", [
    ("Brandt called the NATO speech a “critical moment” for Ortiz.", None, "Brandt", "NATO"),
    ("Brandt called the NATO summit a complete failure.", None, "Brandt", "NATO"),
    ("Leaders had hoped that doubts about the Vardania deal embraced by Ortiz would help them.", None, "Ortiz", "Vardania"),
    ("Kim criticised the Vardania agreement signed by Ortiz.", None, "Kim", "Vardania"),
    ("Kim said the Vardania deal was a disaster.", "the Vardania deal was a disaster", "Kim", "Vardania"),
])
def test_an_occasion_or_agreement_named_after_a_body_is_not_the_body(nlp, text, said, source, target):
    statements = [statement(text, said, "Kim")] if said else []
    assert not pair(rows(nlp, text, {**NAMES, **BODIES}, statements), source, target)


def test_an_occasion_a_person_owns_stays_theirs(nlp):
    found = pair(rows(nlp, "Kim criticised Ortiz's speech at the NATO summit.", {**NAMES, **BODIES}), "Kim", "Ortiz")
    assert found and {r.polarity for r in found} == {"negative"}


@pytest.mark.parametrize("text, source, target", [
    ("Despite challenging the honesty of the Republican majority leader, Kim said she could work with the party.",
     "Kim", "Republican Party"),
    ("Kim attacked the Republican nominee over the budget.", "Kim", "Republican Party"),
    ("Kim attacked the Republican frontrunner on Monday.", "Kim", "Republican Party"),
    ("The Republican majority leader criticised Kim over the budget.", "Republican Party", "Kim"),
])
def test_a_role_holder_named_with_a_party_is_not_the_party(nlp, text, source, target):
    assert not pair(rows(nlp, text, {**NAMES, **BODIES}), source, target)


def test_the_party_itself_stays_a_target(nlp):
    found = pair(rows(nlp, "Kim criticised the Democrats over the budget.", {**NAMES, **BODIES}), "Kim", "Democratic Party")
    assert found and {r.polarity for r in found} == {"negative"}


@pytest.mark.parametrize("text, said, source, target", [
    ("Kim criticised the Russian ambassador.", None, "Kim", "Russia"),
    ("Brazilian police charged Kim with filing a false report.", None, "Brazil", "Kim"),
    ("Kim thanked the Brazilian police for their work.", None, "Kim", "Brazil"),
    ("Kim said the Russian ambassador had lied to the committee.", "the Russian ambassador had lied to the committee",
     "Kim", "Russia"),
])
def test_a_states_agents_stand_for_it_only_with_metonyms_on(nlp, text, said, source, target):
    doc = nlp(text)
    statements = [statement(text, said, "Kim")] if said else []
    on, off = (stance.find_stances(doc, "a", statements, mentions_for(text, {**NAMES, **DEMONYMS}), metonyms=m)
               for m in (True, False))
    assert pair(on, source, target) and not pair(off, source, target)


def test_the_metonyms_setting_reaches_the_stance_rows(nlp, monkeypatch):
    from analysis import corpus
    from analysis.types import Article

    text = "Senator Mark Ortiz criticised the Russian ambassador on Monday."
    article = Article("a", text)
    targets = {m: {s.target for s in corpus.analyze_doc(nlp(text), article, metonyms=m).stances} for m in (True, False)}
    assert "Russia" in targets[True] and "Russia" not in targets[False]


@pytest.mark.parametrize("text, said", [
    ("Kim said the American swimmer had lied to the police.", "the American swimmer had lied to the police"),
    ("Kim said the Russian investor had cheated his partners.", "the Russian investor had cheated his partners"),
])
def test_a_demonym_on_people_in_a_statement_judges_no_state(nlp, text, said):
    found = rows(nlp, text, {**NAMES, **DEMONYMS}, [statement(text, said, "Kim")])
    assert not [r for r in found if r.target in ("United States", "Russia")]


def test_a_countrys_industry_stands_for_it_in_a_statement(nlp):
    text = "Kim said Vardanian makers had flooded the market with subsidised cars."
    found = pair(rows(nlp, text, {**NAMES, **VARDANIA}, [statement(text, text[9:-1], "Kim")]), "Kim", "Vardania")
    assert found and {r.polarity for r in found} == {"negative"}


@pytest.mark.parametrize("text, said, source, target", [
    ("“She started out by insulting Vardanians, now she is insulting everyone,” Ortiz said.",
     "She started out by insulting Vardanians, now she is insulting everyone", "Ortiz", "Vardania"),
    ("“He never stops attacking Kim,” Ortiz said of the governor.", "He never stops attacking Kim", "Ortiz", "Kim"),
])
def test_a_third_person_pronoun_in_ones_own_quote_is_someone_else(nlp, text, said, source, target):
    assert not pair(rows(nlp, text, {**NAMES, **VARDANIA}, [statement(text, said, "Ortiz", kind="direct")]),
                    source, target)


def test_they_is_no_one_person_named(nlp):
    text = ("Donald Ortiz joked about old stereotypes and told his audience they wouldn’t back him because he did "
            "not want their money. Reading from a prepared text, Ben Kim spoke next.")
    names = {"Donald Ortiz": ("Donald Ortiz", "person"), "Ben Kim": ("Ben Kim", "person")}
    said = statement(text, "they wouldn’t back him because he did not want their money", "Donald Ortiz")
    assert not [r for r in rows(nlp, text, names, [said]) if r.source == "Donald Ortiz"]


@pytest.mark.parametrize("text", [
    "Vardania criticised him sharply on Monday. Ben Kim had resigned a day earlier.",
    "The paper said Vardania had attacked him. Ben Kim later resigned.",
])
def test_a_pronoun_stands_for_no_one_named_only_in_a_later_sentence(nlp, text):
    names = {"Ben Kim": ("Ben Kim", "person"), **VARDANIA}
    assert not [r for r in rows(nlp, text, names) if r.target == "Ben Kim"]


@pytest.mark.parametrize("text, target", [
    ("Ortiz declined to affirm her support for a united Vardania.", "Vardania"),
    ("Ortiz has long fought for a free Vardania.", "Vardania"),
])
def test_a_place_as_it_could_be_is_no_target(nlp, text, target):
    assert not pair(rows(nlp, text, {**NAMES, **VARDANIA}), "Ortiz", target)


@pytest.mark.parametrize("text, said, met", [
    ("“I want to wait until I meet with Ortiz before discussing specifics,” Kim said.",
     "I want to wait until I meet with Ortiz before discussing specifics", False),
    ("“Once I visit Ortiz, we will know more,” Kim said.", "Once I visit Ortiz, we will know more", False),
    ("“I waited until I met with Ortiz,” Kim said.", "I waited until I met with Ortiz", True),
])
def test_a_meeting_still_to_come_is_no_meeting(nlp, text, said, met):
    found = pair(rows(nlp, text, NAMES, [statement(text, said, "Kim", kind="direct")]), "Kim", "Ortiz")
    assert bool([r for r in found if r.polarity == "neutral"]) == met


@pytest.mark.parametrize("cue, shown", [("joked about", False), ("mocked", False), ("spoke about", True)])
def test_quoted_praise_under_mockery_is_irony(nlp, cue, shown):
    text = f"Kim {cue} Ortiz’s “wonderful friendship” with a banker."
    said = text[len(f"Kim {cue} "):-1] if cue != "mocked" else text[len("Kim mocked "):-1]
    st = statement(text, said, "Kim")
    st.cue, st.cue_start, st.cue_end = cue.split()[0], 4, 4 + len(cue.split()[0])
    found = pair(rows(nlp, text, NAMES, [st]), "Kim", "Ortiz")
    assert bool([r for r in found if r.polarity == "positive"]) == shown


@pytest.mark.parametrize("text", [
    "The prosecutors would not prosecute Ortiz, Kim said.",
    "Kim did not criticise Ortiz on Monday.",
    "Kim never attacked Ortiz in public.",
])
def test_holding_back_a_hostile_act_is_no_support(nlp, text):
    found = [r for r in rows(nlp, text, {**NAMES, "prosecutors": ("Prosecutors", "institution")})
             if r.target == "Ortiz" and r.rule.startswith("act:")]
    assert "positive" not in {r.polarity for r in found}


@pytest.mark.parametrize("text, source, target", [
    ("Kim appointed dozens of Ortiz supporters to the committees.", "Kim", "Ortiz"),
    ("Kim criticised Ortiz voters for the violence.", "Kim", "Ortiz"),
    ("Ortiz supporters attacked Kim outside the hall.", "Ortiz", "Kim"),
])
def test_a_persons_followers_are_not_the_person(nlp, text, source, target):
    assert not pair(rows(nlp, text, NAMES), source, target)


def test_a_persons_aides_act_for_them(nlp):
    found = pair(rows(nlp, "Kim criticised Ortiz aides for the delay.", NAMES), "Kim", "Ortiz")
    assert {r.polarity for r in found} <= {"negative"}


@pytest.mark.parametrize("text, source, target", [
    ("Lee called for Vardanians to throw their support behind Ortiz.", "Vardania", "Ortiz"),
    ("Lee urged Vardania to sanction Ortiz.", "Vardania", "Ortiz"),
    ("Lee wants Vardania to sanction Ortiz.", "Vardania", "Ortiz"),
])
def test_an_act_someone_is_asked_to_do_is_not_done(nlp, text, source, target):
    assert not pair(rows(nlp, text, {**NAMES, **VARDANIA}), source, target)


def test_an_act_decided_on_stays(nlp):
    found = pair(rows(nlp, "Vardania decided to sanction Ortiz.", {**NAMES, **VARDANIA}), "Vardania", "Ortiz")
    assert found and {r.polarity for r in found} == {"negative"}


@pytest.mark.parametrize("text, target, kind", [
    ("Kim posted a message reading “Thank you Vardania” after the polls closed.", "Vardania", "country"),
    ("Kim posted a message reading “Thank you Ohio” after the polls closed.", "Ohio", "place"),
])
def test_thank_you_to_a_state_addressed_is_its_audience(nlp, text, target, kind):
    assert not pair(rows(nlp, text, {**NAMES, target: (target, kind)}), "Kim", target)


@pytest.mark.parametrize("text, said", [
    ("Kim said the agencies would eat their words about doubting Ohio, huh.",
     "the agencies would eat their words about doubting Ohio, huh"),
    ("“They will eat their words about doubting Ohio,” Kim said.", "They will eat their words about doubting Ohio"),
])
def test_a_gerund_on_a_name_is_an_act_on_it_not_a_judgement(nlp, text, said):
    found = rows(nlp, text, {**NAMES, "Ohio": ("Ohio", "place")}, [statement(text, said, "Kim", kind="direct")])
    assert not pair(found, "Kim", "Ohio")


@pytest.mark.parametrize("text", [
    "By calling out Ortiz on the substance of her attack, Kim annoyed the campaign.",
    "Kim called out Ortiz for the delay.",
])
def test_calling_someone_out_is_criticism(nlp, text):
    found = pair(rows(nlp, text, NAMES), "Kim", "Ortiz")
    assert found and {r.polarity for r in found} == {"negative"}


@pytest.mark.parametrize("text, said, kind", [
    ("“I can’t say that I like Ortiz or dislike her,” Kim said.", "I can’t say that I like Ortiz or dislike her", "direct"),
    ("Kim said that if voters continue to back Ortiz, the party will lose.",
     "if voters continue to back Ortiz, the party will lose", "indirect"),
])
def test_an_act_not_asserted_is_no_stance(nlp, text, said, kind):
    found = rows(nlp, text, {**NAMES, "voters": ("Voters", "group")}, [statement(text, said, "Kim", kind=kind)])
    assert "positive" not in {r.polarity for r in found if r.target == "Ortiz"}


@pytest.mark.parametrize("text", [
    "Ortiz faces allegations that he assaulted Kim, which he has denied.",
    "Rumours that Ortiz had fired Kim spread on Monday.",
])
def test_an_act_only_alleged_is_no_row(nlp, text):
    assert not pair(rows(nlp, text, NAMES), "Ortiz", "Kim")


def test_an_act_stated_with_that_stays(nlp):
    found = pair(rows(nlp, "The fact is that Ortiz fired Kim on Monday.", NAMES), "Ortiz", "Kim")
    assert found and {r.polarity for r in found} == {"negative"}


@pytest.mark.parametrize("noun", ["support", "criticism", "backing"])
def test_an_act_noun_names_no_actor(nlp, noun):
    """"defended his support of the tax": the act, not a body with the word in its name."""
    text = f"The {noun.title()} Network met on Monday. Brandt was defending his {noun} of the tax at a rally."
    names = {f"{noun.title()} Network": (f"{noun.title()} Network", "organisation"), "Brandt": ("Brandt", "person")}
    assert pair(rows(nlp, text, names), "Brandt", f"{noun.title()} Network") == []
