"""Stance rows a reader of real wire copy rejects or expects, from a third read-through of PolNeAR
train articles (issue 10), on invented text run through the whole analysis: an act asked for is the
asker's stance, not its named doer's; an object pronoun never stands for the subject of the clause it
shares; a neutral act needs someone met; a party's nominee is its candidate, not its stance; a demand
that only advises judges no one; a name missed by the recogniser is no description. Each row rejected
here was shown before its rule; the rows kept guard the rules against going too far."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.types import Article


def stances(nlp, text):
    return analyze_doc(nlp(text), Article("a", text)).stances


def between(found, source, target):
    return [r for r in found if (r.source, r.target) == (source, target)]


def shown(found):
    """The rows Relations and Said about show by default."""
    return [r for r in found if r.confidence >= 0.5]


REQUESTED = [
    ("Senator Kurt Brandt called for a Justice Department probe of Maria Ortiz.", "Kurt Brandt", "Justice Department"),
    ("Kurt Brandt demanded that the FBI investigate Maria Ortiz.", "Kurt Brandt", "FBI"),
    ("Republicans requested a Justice Department investigation of Maria Ortiz.", "Republican Party",
     "Justice Department"),
    ("Lena Kim recommended that the Senate censure Maria Ortiz.", "Lena Kim", "Senate"),
    ("Omar Haddad said Kurt Brandt broke the law by calling on Lumaria to hack Maria Ortiz.", "Kurt Brandt",
     "Lumaria"),
]


@pytest.mark.parametrize("text, asker, asked", REQUESTED)
def test_an_act_asked_for_is_not_done_by_its_named_doer(nlp, text, asker, asked):
    assert between(stances(nlp, text), asked, "Maria Ortiz") == []


@pytest.mark.parametrize("text, asker, asked", REQUESTED)
def test_an_act_asked_for_is_the_askers_stance(nlp, text, asker, asked):
    found = between(stances(nlp, text), asker, "Maria Ortiz")
    assert [r.polarity for r in found] == ["negative"]
    assert found[0].rule.endswith("+requested") and found[0].confidence <= 0.6


@pytest.mark.parametrize("text", [
    "Lena Kim did not call for a Justice Department investigation of Maria Ortiz.",
    "The prosecutor Lena Kim decided not to recommend indicting Maria Ortiz.",
])
def test_an_act_not_asked_for_is_no_stance(nlp, text):
    assert [r for r in stances(nlp, text) if r.target == "Maria Ortiz"] == []


@pytest.mark.parametrize("text, wrong_source, target", [
    # "him" in "attacked Y by accusing him of ..." is Y, the object, not the one attacking
    ("Lena Kim's column attacked Kurt Brandt by accusing him of praising Maria Ortiz.", "Lena Kim", "Maria Ortiz"),
    ("Lena Kim's article also attacked Kurt Brandt by accusing him of endorsing Maria Ortiz in an attempt to gain "
     "a position.", "Lena Kim", "Maria Ortiz"),
])
def test_an_object_pronoun_is_not_the_shared_subject(nlp, text, wrong_source, target):
    assert between(stances(nlp, text), wrong_source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    # the attack itself stays, and so does the accusation of the one named
    ("Lena Kim attacked Kurt Brandt by accusing him of endorsing Maria Ortiz for the post.", "Lena Kim",
     "Kurt Brandt", "negative"),
    # a subject pronoun still continues the subject
    ("When Kurt Brandt arrived, he praised Maria Ortiz.", "Kurt Brandt", "Maria Ortiz", "positive"),
])
def test_pronouns_still_read(nlp, text, source, target, polarity):
    assert {r.polarity for r in between(stances(nlp, text), source, target)} == {polarity}


@pytest.mark.parametrize("text, source, target", [
    # a programme, a building, an occasion: somewhere one goes, no one met
    ("Lena Kim bought Trump Tower in May. Kurt Brandt visited Trump Tower on Monday.", "Kurt Brandt",
     "Trump Tower"),
    ("Cleveland, which hosted the Republican National Convention, was calm.", "Cleveland",
     "Republican National Convention"),
    # a description is too often guessed wrong for an act that judges nothing
    ("Lena Kim met Kurt Brandt. Mr. Brandt met his older brother, Omar, in Ohio.", "Kurt Brandt", "Omar"),
])
def test_a_neutral_act_needs_someone_met(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target", [
    ("Barack Obama met with Xi Jinping in Beijing on Monday.", "Barack Obama", "Xi Jinping"),
    ("Lena Kim visited Egypt on Monday.", "Lena Kim", "Egypt"),
])
def test_a_meeting_with_an_actor_stays(nlp, text, source, target):
    assert [r.polarity for r in between(stances(nlp, text), source, target)] == ["neutral"]


@pytest.mark.parametrize("text", [
    "Lena Kim called Maria Ortiz as a witness.",
])
def test_naming_is_no_telephone_call(nlp, text):
    assert "neutral" not in {r.polarity for r in between(stances(nlp, text), "Lena Kim", "Maria Ortiz")}


@pytest.mark.parametrize("text, source, target, polarity", [
    # one who appoints or nominates backs the one chosen
    ("Kurt Brandt's nomination of Maria Ortiz was approved on Monday.", "Kurt Brandt", "Maria Ortiz", "positive"),
    ("The Senate confirmed Maria Ortiz, Kurt Brandt's nominee for the court.", "Kurt Brandt", "Maria Ortiz",
     "positive"),
    ("Kurt Brandt nominated Maria Ortiz to the court.", "Kurt Brandt", "Maria Ortiz", "positive"),
])
def test_an_appointment_backs_the_one_chosen(nlp, text, source, target, polarity):
    assert [r.polarity for r in between(stances(nlp, text), source, target)] == [polarity]


@pytest.mark.parametrize("text, source, target", [
    # a party's nominee is its candidate: no stance either way
    ("Maria Ortiz became the nominee of the Harbor Party.", "Harbor Party", "Maria Ortiz"),
    ("The Senate confirmed Maria Ortiz, the nominee of the Harbor Party.", "Harbor Party", "Maria Ortiz"),
    ("Maria Ortiz became the nominee of the Harbor Party.", "Maria Ortiz", "Harbor Party"),
    # being someone's nominee is no stance of the nominee
    ("The Senate confirmed Maria Ortiz, Kurt Brandt's nominee for the court.", "Maria Ortiz", "Kurt Brandt"),
    # the post one is nominated to is not backed
    ("Kurt Brandt's nomination to the Supreme Court was approved.", "Kurt Brandt", "Supreme Court"),
])
def test_a_nominee_is_no_stance(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target", [
    # going on with what one does, doing as one likes, words to say, an act aimed at another
    ('"Kurt Brandt should stay in until he gets everything he is fighting for," Lena Kim said.', "Lena Kim",
     "Kurt Brandt"),
    ('"Maria Ortiz should just do whatever she wants to do," Lena Kim said.', "Lena Kim", "Maria Ortiz"),
    ('"Maria Ortiz should ask why the council made all the wrong moves," Kurt Brandt wrote.', "Kurt Brandt",
     "Maria Ortiz"),
    ("Kurt Brandt said that the Harbor Union should reiterate its support for the workers.", "Kurt Brandt",
     "Harbor Union"),
    ("Kurt Brandt said that Lumaria should formally declare war on the group.", "Kurt Brandt", "Lumaria"),
])
def test_a_demand_that_only_advises_judges_no_one(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target", [
    ("Lena Kim said Omar Haddad must do more to address the concerns of farmers.", "Lena Kim", "Omar Haddad"),
    ('"Governor Omar Haddad should resign," Lena Kim said.', "Lena Kim", "Omar Haddad"),
    ("Kurt Brandt said Omar Haddad should explain his remarks.", "Kurt Brandt", "Omar Haddad"),
])
def test_a_demand_to_mend_still_faults(nlp, text, source, target):
    assert [r.polarity for r in between(stances(nlp, text), source, target)] == ["negative"]


@pytest.mark.parametrize("text, source, target", [
    # an unrecognised name with "State" in it is no description of a country named elsewhere
    ("Kurt Brandt laid out his plan for fighting the Islamic State. The United States is at war.", "Kurt Brandt",
     "United States"),
    # "the militant group" is no party named elsewhere
    ("The Harbor Party met on Monday. Kurt Brandt struggled to say how he would fight the militant group.",
     "Kurt Brandt", "Harbor Party"),
    # where one blames someone is no one blamed
    ("Kurt Brandt blamed local officials on Twitter before the speech.", "Kurt Brandt", "Twitter"),
    # "it" in a relative clause is not the main clause's place
    ("The House will send the bill to the White House, where Lena Kim has promised to veto it.", "Lena Kim",
     "United States"),
    # an "of" after a second noun is that noun's ("a Kim loyalist and dean of the School")
    ("Kurt Brandt, a longtime Ortiz loyalist and dean of the Harbor School of Public Service, spoke.", "Kurt Brandt",
     "Harbor School of Public Service"),
])
def test_no_row_a_reader_rejects_round_4(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Kurt Brandt blamed the attack on Lumaria.", "Kurt Brandt", "Lumaria", "negative"),
    ("Kurt Brandt, a longtime Ortiz loyalist and dean of the Harbor School, spoke. Maria Ortiz agreed.",
     "Kurt Brandt", "Maria Ortiz", "positive"),
])
def test_stances_a_reader_sees_round_4(nlp, text, source, target, polarity):
    assert [r.polarity for r in shown(between(stances(nlp, text), source, target))] == [polarity]


@pytest.mark.parametrize("text, reporter, target", [
    # the one who reports an asking is not the one asking
    ("Omar Haddad said Kurt Brandt broke the law by calling on Lumaria to hack Maria Ortiz.", "Omar Haddad",
     "Maria Ortiz"),
    # a nation's adjective in what someone is called says where they are from
    ('Kurt Brandt called their son "an American hero."', "Kurt Brandt", "United States"),
])
def test_no_row_a_reader_rejects_round_5(nlp, text, reporter, target):
    assert between(stances(nlp, text), reporter, target) == []


def test_a_described_body_is_still_found(nlp):
    text = "Judicial Watch sued the agency. The government watchdog group filed a lawsuit against the Harbor Council."
    assert [r.polarity for r in between(stances(nlp, text), "Judicial Watch", "Harbor Council")] == ["negative"]


def test_a_body_named_by_its_short_name_is_still_found(nlp):
    text = "Maria Ortiz ran the Clinton State Department. The Harbor Group filed a lawsuit against the State Department."
    assert [r.polarity for r in between(stances(nlp, text), "Harbor Group", "Clinton State Department")] == ["negative"]


@pytest.mark.parametrize("text, source, target, polarity", [
    # what a record is worth judges whoever has it
    ('"Both Kurt Brandt and Omar Haddad have horrible histories when it comes to Harbor City," said Lena Kim.',
     "Lena Kim", "Omar Haddad", "negative"),
    ("Lena Kim said Kurt Brandt has a terrible record on jobs.", "Lena Kim", "Kurt Brandt", "negative"),
    ('"Kurt Brandt has great judgment," Lena Kim said.', "Lena Kim", "Kurt Brandt", "positive"),
    # a deed joined to the doer's verb is the doer's too
    ('Lena Kim said that "Omar Haddad bagged millions of dollars and took advantage of bankruptcy laws."',
     "Lena Kim", "Omar Haddad", "negative"),
    ('"Omar Haddad won the primary and then misled the voters," Lena Kim said.', "Lena Kim", "Omar Haddad",
     "negative"),
    # fighting with someone is against them
    ("Kurt Brandt has battled with Lena Kim over the budget.", "Kurt Brandt", "Lena Kim", "negative"),
    # a critique, a tirade delivered on someone
    ("Lena Kim spoke in Harbor City on Wednesday, delivering a blistering critique of Omar Haddad's failed casino "
     "ventures.", "Lena Kim", "Omar Haddad", "negative"),
    ("Lena Kim launched a tirade against Kurt Brandt.", "Lena Kim", "Kurt Brandt", "negative"),
])
def test_stances_a_reader_sees_round_5(nlp, text, source, target, polarity):
    assert [r.polarity for r in shown(between(stances(nlp, text), source, target))] == [polarity]


@pytest.mark.parametrize("text, source, target", [
    # a record that is only long or old, or a deed only possible, says nothing of its worth
    ("Lena Kim said Kurt Brandt has a long record in the Senate.", "Lena Kim", "Kurt Brandt"),
    ('"Omar Haddad won the primary and might mislead the voters," Lena Kim said.', "Lena Kim", "Omar Haddad"),
    ('"Omar Haddad won the primary but did not mislead the voters," Lena Kim said.', "Lena Kim", "Omar Haddad"),
])
def test_no_row_without_a_judged_record_or_deed(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target", [
    # an asking only supposed is no stance of the asker
    ('"I think Kurt Brandt would probably encourage people to back Maria Ortiz if he lost," Lena Kim said.',
     "Kurt Brandt", "Maria Ortiz"),
    # what a group should do instead is asked for, not done
    ("At a meeting of the Harbor Caucus, Kurt Brandt argued that the group should not endorse Omar Haddad and "
     "instead support Maria Ortiz.", "Harbor Caucus", "Maria Ortiz"),
    # "he" is no "effort": the person the clause above names is
    ("Gov. Kurt Brandt, a possible running mate for Omar Haddad, made the city a priority, but the effort stalled, "
     "and he has battled with Lena Kim over the budget.", "Omar Haddad", "Lena Kim"),
])
def test_no_row_a_reader_rejects_round_6(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lena Kim recently urged women to vote for Maria Ortiz.", "Lena Kim", "Maria Ortiz", "positive"),
    ("Gov. Kurt Brandt, a possible running mate for Omar Haddad, made the city a priority, but the effort stalled, "
     "and he has battled with Lena Kim over the budget.", "Kurt Brandt", "Lena Kim", "negative"),
    # the whole sentence parsed inside the relative clause on the name: "he" is still the one named
    ("Gov. Kurt Brandt — who is being vetted as a possible running mate for Omar Haddad — made revitalizing Harbor "
     "City a priority in his first term, but the effort stalled, and he has battled with Lena Kim over how best to "
     "stabilize the city's finances.", "Kurt Brandt", "Lena Kim", "negative"),
])
def test_stances_a_reader_sees_round_6(nlp, text, source, target, polarity):
    assert [r.polarity for r in shown(between(stances(nlp, text), source, target))] == [polarity]


@pytest.mark.parametrize("text", [
    "Last spring, Kurt Brandt called Maria Ortiz a “clown” on his radio show.",
    "Kurt Brandt called Maria Ortiz a buffoon during the debate.",
    "Kurt Brandt called Maria Ortiz a puppet of the banks.",
])
def test_an_insult_in_a_naming_act_is_negative(nlp, text):
    assert [r.polarity for r in shown(between(stances(nlp, text), "Kurt Brandt", "Maria Ortiz"))] == ["negative"]


@pytest.mark.parametrize("text, source", [
    ("Dana Velez, executive director of National Porters United, a union that has endorsed Kurt Brandt, said "
     "her group planned to march.", "National Porters United"),
    ("Omar Haddad, a spokesman for Coastal Farmers League, a group that has endorsed Kurt Brandt, said the "
     "vote was close.", "Coastal Farmers League"),
])
def test_a_body_named_inside_the_speakers_phrase_acts_for_itself(nlp, text, source):
    assert [(r.source, r.polarity) for r in shown(stances(nlp, text)) if r.target == "Kurt Brandt"] \
        == [(source, "positive")]
