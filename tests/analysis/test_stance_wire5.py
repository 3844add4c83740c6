"""Stance a reader of real wire copy sees and the analysis missed, from a fifth read-through of
PolNeAR train articles (issue 10), on invented text run through the whole analysis: an event noun
("disaster", "win") that a copula predicates of its subject is a verdict on it, not news of an
event; how an actor acts ("Y's record", "her handling of the crisis") is judged as the actor;
evaluative nouns the lexicons lacked ("dereliction", "debacle"); a likeness ("is like a dictator");
"piled on Y", "went after Y's record"; "called it a betrayal by Y"; a negation written with a
curly apostrophe ("aren’t my enemy"), which the parser took for punctuation. The rows kept out guard the
rules against going too far."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.pipeline import spacy_text
from analysis.types import Article


def analysed(nlp, text):
    return analyze_doc(nlp(spacy_text(text)), Article("a", text))


def stances(nlp, text):
    return analysed(nlp, text).stances


def shown(found):
    """The rows Relations and Said about show by default."""
    return [r for r in found if r.confidence >= 0.5]


def signs(found, source, target):
    return [r.polarity for r in shown(found) if (r.source, r.target) == (source, target)]


@pytest.mark.parametrize("text, source, target, sign", [
    ("Lena Ruiz said Mark Cole was a disaster as mayor.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole's tenure was a disaster.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole's handling of the flood was a disaster.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole's leadership was a godsend for the city.", "Lena Ruiz", "Mark Cole", "positive"),
    ("Lena Ruiz said Mark Cole's record was a debacle.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said the tax cut was a dereliction of duty by Mark Cole.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz called it a dereliction of duty by Mark Cole.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz called the vote a betrayal by Mark Cole.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole is like a dictator.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz piled on Mark Cole on Monday.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz went after Mark Cole's record on taxes.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz's criticism of Mark Cole grew sharper on Monday.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz's praise for Mark Cole surprised many.", "Lena Ruiz", "Mark Cole", "positive"),
])
def test_a_reader_sees_the_stance(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


@pytest.mark.parametrize("text, source, target, sign", [
    ("Lena Ruiz said Mark Cole's plan was a disaster.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole's decision was a fiasco.", "Lena Ruiz", "Mark Cole", "negative"),
])
def test_a_verdict_on_what_an_actor_made_is_a_lower_confidence_row(nlp, text, source, target, sign):
    rows = [r for r in stances(nlp, text) if (r.source, r.target) == (source, target)]
    assert [r.polarity for r in rows] == [sign]
    assert all(r.confidence < 0.5 and "made-by" in r.rule for r in rows)


@pytest.mark.parametrize("text", [
    "Lena Ruiz said the storm was a disaster for Mark Cole's town.",
    "Lena Ruiz said Mark Cole's town was hit by a disaster.",
    "Lena Ruiz said Mark Cole was the victim of a smear.",
    "Lena Ruiz said Mark Cole was a casualty of the purge.",
    "Lena Ruiz said Mark Cole's record stands at five wins.",
    "Lena Ruiz said Mark Cole is like a brother to her.",
    "Mark Cole took on his new job in May, Lena Ruiz said.",
    "Lena Ruiz said the handling of the flood was a disaster.",
])
def test_no_row_without_a_judgement_of_the_actor(nlp, text):
    assert [r for r in shown(stances(nlp, text)) if r.target == "Mark Cole"] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Joe Kessler said Republicans aren\u2019t his enemy.", "Joe Kessler", "Republican Party", "positive"),
    ("Joe Kessler said Mark Cole isn\u2019t a liar.", "Joe Kessler", "Mark Cole", "positive"),
    ("\u201cMark Cole wasn\u2019t honest with us,\u201d Joe Kessler said.", "Joe Kessler", "Mark Cole", "negative"),
])
def test_a_curly_negation_turns_the_verdict(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


def test_no_act_row_for_an_act_negated_with_a_curly_apostrophe(nlp):
    text = "Joe Kessler didn\u2019t attack Mark Cole on Monday."
    assert [r for r in stances(nlp, text) if r.target == "Mark Cole" and r.polarity == "negative"] == []


def test_evidence_and_quotes_keep_the_articles_curly_apostrophe(nlp):
    text = "\u201cRepublicans aren\u2019t my enemy,\u201d Joe Kessler said. Joe Kessler said Mark Cole isn\u2019t a liar."
    result = analysed(nlp, text)
    assert result.stances and all(text[r.start:r.end] == r.evidence for r in result.stances)
    assert all(st.text in text for st in result.statements)
    assert any("aren\u2019t" in st.text for st in result.statements)


@pytest.mark.parametrize("text, wrong", [
    ("Mark Cole spoke on Monday. \"The people who stood up and said, 'I didn't like it, but I'm still going to vote "
     "for him, I still endorse him' -- that's as bad as it gets,\" Jon Tester said.", ("Jon Tester", "Mark Cole")),
    ("\"Voters told me, 'I still back Mark Cole,'\" Jon Tester said.", ("Jon Tester", "Mark Cole")),
    ("Mark Cole spoke first. Donald Kerr defended himself and his business record on Monday.",
     ("Donald Kerr", "Mark Cole")),
    ("Lena Ruiz voted against Mark Cole's crime bill.", ("Lena Ruiz", "Mark Cole")),
    ("Lloyd Newton spoke first. Donald Kerr said he cannot defend his own record.", ("Donald Kerr", "Lloyd Newton")),
])
def test_no_shown_row_for_words_quoted_from_others_or_ones_own_record(nlp, text, wrong):
    assert [r for r in shown(stances(nlp, text)) if (r.source, r.target) == wrong] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("\"I told them, 'I still back Mark Cole,'\" Jon Tester said.", "Jon Tester", "Mark Cole", "positive"),
    ("\"I still back Mark Cole,\" Jon Tester said.", "Jon Tester", "Mark Cole", "positive"),
])
def test_the_speakers_own_words_in_an_inner_quote_stay(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


@pytest.mark.parametrize("text, wrong", [
    ("Lena Ruiz said Mark Cole is the most attractive Republican in the race.", ("Lena Ruiz", "Republican Party")),
    ("Lena Ruiz said Mark Cole is a great Democrat.", ("Lena Ruiz", "Democratic Party")),
    ("Lena Ruiz said Mark Cole remains the clear favorite.", ("Lena Ruiz", "Mark Cole")),
    ("Lena Ruiz said Mark Cole is the favourite to win in May.", ("Lena Ruiz", "Mark Cole")),
])
def test_no_row_for_a_party_word_naming_the_subject_or_a_standing_in_the_race(nlp, text, wrong):
    assert [r for r in stances(nlp, text) if (r.source, r.target) == wrong] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Lena Ruiz said Mark Cole is a great Democrat.", "Lena Ruiz", "Mark Cole", "positive"),
    ("Lena Ruiz said the Republicans are corrupt.", "Lena Ruiz", "Republican Party", "negative"),
])
def test_the_subject_described_keeps_its_row(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


def test_a_body_described_through_a_pronouns_possession_is_only_a_guess(nlp):
    text = ("The Unity Party won the vote in 2005. Mark Cole founded the Reform Party in 2008. "
            "The Chadian government jailed him and his party.")
    rows = [r for r in stances(nlp, text) if r.target in ("Unity Party", "Reform Party")]
    assert rows and all(r.confidence < 0.5 for r in rows)


@pytest.mark.parametrize("text, source, target, sign", [
    ("The governor of Kastoria, Petros Malakis, on Thursday backed challenger Irini Dova in the mayoral runoff.",
     "Petros Malakis", "Irini Dova", "positive"),
    ("Mark Cole on Tuesday endorsed challenger Lena Ruiz for mayor.", "Mark Cole", "Lena Ruiz", "positive"),
])
def test_an_act_verb_the_parser_read_as_an_adjective_after_a_date(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


@pytest.mark.parametrize("text", [
    "On Thursday the jailed reporter Lena Ruiz spoke to Mark Cole.",
    "The Obama-backed candidate Lena Ruiz spoke on Monday.",
])
def test_a_participle_describing_its_noun_stays_no_act(nlp, text):
    assert [r for r in stances(nlp, text) if r.polarity != "neutral"] == []


SUBJECT_BEFORE = ("In his assessment of the businessman, Tom Kerr voiced disappointment that voters had given Mark Cole "
                  "a real shot at the presidency. \"It is incredible. The Senate is a disgrace,\" he said.")


@pytest.mark.parametrize("text, speaker, shown_row", [
    ("Mark Cole has not yet responded to Tom Kerr. " + SUBJECT_BEFORE, "Tom Kerr", True),  # the narrated subject
    ("Tom Kerr criticised Mark Cole on Monday. " + SUBJECT_BEFORE, "Tom Kerr", True),
    ("Tom Kerr said voters had given Mark Cole a real shot. \"The Senate is a disgrace,\" he said.", "Tom Kerr", True),
])
def test_a_pronoun_speaker_another_subject_could_be_makes_an_unsure_row(nlp, text, speaker, shown_row):
    rows = [r for r in stances(nlp, text) if r.target == "Senate"]
    assert [r.source for r in rows] == [speaker]
    assert (rows[0].confidence >= 0.5) == shown_row


def test_a_department_described_through_a_pronoun_stays_a_description(nlp):
    text = "Loretta Kim leads the Justice Department. Kim said her department was suing North Carolina."
    assert [(r.source, r.confidence) for r in stances(nlp, text) if r.target == "North Carolina"] == [
        ("Justice Department", 0.75)]


@pytest.mark.parametrize("text, source, target, sign", [
    ("Daniel Tran said he was supporting Ted Cole. \"I prefer Jon Kasper,\" he said, noting he had previously "
     "backed Mark Rubin.", "Daniel Tran", "Mark Rubin", "positive"),
    ("Mark Lind does not seem to relish the fight. He has chosen to shrug off attacks from Donald Kerr, and has been "
     "mild in his critiques of Ben Sandler.", "Mark Lind", "Ben Sandler", "negative"),
    ("\"It is a mistake,\" said Robert Kerr, a secretary of labor during the Lind administration who has endorsed "
     "Ben Sandler.", "Robert Kerr", "Ben Sandler", "positive"),
    ("Mark Lind said he would back Ben Sandler.", "Mark Lind", "Ben Sandler", "positive"),
])
def test_a_pronoun_or_who_is_the_subject_it_continues(nlp, text, source, target, sign):
    found = stances(nlp, text)
    assert signs(found, source, target) == [sign]
    assert [r.source for r in found if r.target == target] == [source]


@pytest.mark.parametrize("text", [
    "Robert Kerr said Lena Ruiz is no longer touting the successes of Mark Cole.",
    "Lena Ruiz no longer praises Mark Cole.",
])
def test_an_act_no_longer_done_is_no_row(nlp, text):
    assert [r for r in stances(nlp, text) if r.target == "Mark Cole"] == []


@pytest.mark.parametrize("text", [
    "\"At that time, the whole world applauded and thanked Norway,\" Lou Chen told a news briefing.",
    "Lena Ruiz said Nevada is difficult to predict.",
    "Lena Ruiz said Mark Cole is hard to beat.",
    "\"Do not moan to me about Mark Cole's problems,\" Lena Ruiz said.",
    "Lena Ruiz said Mark Cole's legal troubles were mounting.",
])
def test_no_row_for_others_acts_in_a_quote_the_ease_of_an_act_or_a_names_troubles(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Lena Ruiz said Mark Cole is a problem.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole is corrupt and hard to trust.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said the memoir was fiction and praised Norway.", "Lena Ruiz", "Norway", "positive"),
])
def test_verdicts_and_coordinated_acts_stay(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


@pytest.mark.parametrize("text, wrong", [
    ("Speaking at a town hall event in Salem, New Hampshire, Mark Lind went after Ben Sandler.",
     ("New Hampshire", "Ben Sandler")),
    ("Pastor Joe Brown does not plan to endorse Ben Sandler from his pulpit.", ("Joe Brown", "Ben Sandler")),
    ("Mark Lind doesn't want to back Ben Sandler.", ("Mark Lind", "Ben Sandler")),
])
def test_no_row_for_a_misparsed_second_subject_or_an_act_under_a_denied_plan(nlp, text, wrong):
    assert [r for r in stances(nlp, text) if (r.source, r.target) == wrong] == []


@pytest.mark.parametrize("text, source, target, sign", [
    ("Speaking at a town hall event in Salem, New Hampshire, Mark Lind went after Ben Sandler.",
     "Mark Lind", "Ben Sandler", "negative"),
    ("Mark Lind did not hesitate to attack Ben Sandler.", "Mark Lind", "Ben Sandler", "negative"),
])
def test_the_act_of_the_real_subject_stays(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


def test_a_body_sharing_only_a_word_with_his_campaign_is_a_guess(nlp):
    text = ("Ben Sandler spoke at the Democratic Senatorial Campaign Committee. "
            "Mark Lind accused his campaign of fabricated attacks.")
    rows = [r for r in stances(nlp, text) if r.target == "Democratic Senatorial Campaign Committee"]
    assert rows and all(r.confidence < 0.5 for r in rows)


@pytest.mark.parametrize("text", [
    "Maria Bart asked, \"You think that FBI Director Jim Cole would like to indict both Lena Ruiz and her aide?\"",
    "\"You think Jim Cole criticized Lena Ruiz?\" Maria Bart asked.",
])
def test_no_row_for_an_act_a_question_asks_someone_to_believe(nlp, text):
    assert [r for r in stances(nlp, text) if r.target == "Lena Ruiz"] == []


def test_an_act_the_speaker_believes_stays(nlp):
    text = "\"I think Jim Cole criticized Lena Ruiz,\" Maria Bart said."
    assert signs(stances(nlp, text), "Jim Cole", "Lena Ruiz") == ["negative"]


@pytest.mark.parametrize("text, source, target, sign", [
    ("Lena Ruiz said Mark Cole had done a fine job.", "Lena Ruiz", "Mark Cole", "positive"),
    ("Lena Ruiz said Mark Cole had done a terrible job with the budget.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole had shown real courage.", "Lena Ruiz", "Mark Cole", "positive"),
    ("Lena Ruiz said Mark Cole had turned his back on workers.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz said Mark Cole was out of his depth.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz distanced herself from Mark Cole.", "Lena Ruiz", "Mark Cole", "negative"),
    ("Lena Ruiz poured scorn on Mark Cole's plan.", "Lena Ruiz", "Mark Cole", "negative"),
])
def test_deeds_and_acts_a_reader_sees(nlp, text, source, target, sign):
    assert signs(stances(nlp, text), source, target) == [sign]


@pytest.mark.parametrize("text", [
    "Lena Ruiz said Mark Cole did the job on Monday.",
    "Lena Ruiz said Mark Cole poured coffee on Monday.",
])
def test_no_row_for_a_deed_nothing_judges(nlp, text):
    assert stances(nlp, text) == []


@pytest.mark.parametrize("text, sign", [
    ("Lena Ruiz said Mark Cole could not be trusted.", ["negative"]),
    ("Lena Ruiz said Mark Cole can be trusted to keep his word.", ["positive"]),
    ("Lena Ruiz said Mark Cole was trusted by the banks.", []),
    ("Lena Ruiz asked whether Mark Cole could be trusted.", []),
    ("Lena Ruiz said if Mark Cole can be trusted, the deal will hold.", []),
])
def test_what_a_passive_says_the_actor_deserves(nlp, text, sign):
    assert signs(stances(nlp, text), "Lena Ruiz", "Mark Cole") == sign


@pytest.mark.parametrize("text, sign", [
    ("Lena Ruiz said she called Mark Cole earlier this month to learn more about the nuances of his argument.", []),
    ("Lena Ruiz called Mark Cole \"a disgrace to the office.\"", ["negative"]),
    ("Lena Ruiz called Mark Cole a liar.", ["negative"]),
])
def test_a_call_for_a_purpose_names_nothing(nlp, text, sign):
    assert [r.polarity for r in stances(nlp, text)
            if (r.source, r.target) == ("Lena Ruiz", "Mark Cole") and r.polarity != "neutral"] == sign


def test_a_long_articles_pieces_keep_the_curly_apostrophe(nlp, monkeypatch):
    from analysis import corpus, pipeline

    monkeypatch.setattr(pipeline, "CHUNK_CHARS", 160)
    text = ("Joe Kessler said Republicans aren\u2019t his enemy.\n\n"
            "The talks went on for hours in the capital on Monday.\n\n"
            "\u201cMark Cole wasn\u2019t honest with us,\u201d Joe Kessler said on Monday.")
    assert len(pipeline.chunk_bounds(pipeline.spacy_text(text))) > 1
    result = corpus.analyze_long_article(Article("a", text), nlp)
    assert result.stances and all(text[r.start:r.end] == r.evidence for r in result.stances)
    assert result.statements and all(st.text in text for st in result.statements)
