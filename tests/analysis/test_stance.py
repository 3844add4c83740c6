"""Stance engine: narrated acts, statement stances, target sentiment and the `stance` CLI."""
from __future__ import annotations

import io
import json

import pytest

from analysis import relations, stance
from analysis.types import Mention, Statement
from tests.pipeline_steps import span_of


def mentions_of(doc, names: dict[str, str]) -> list[Mention]:
    """Mentions for every occurrence of each surface form, mapped to the given actor."""
    out = []
    for surface, actor in names.items():
        start = doc.text.find(surface)
        while start >= 0:
            out.append(Mention("a", start, start + len(surface), surface, "ORG", actor))
            start = doc.text.find(surface, start + 1)
    return out


def statement_for(doc, quoted: str, speaker: str, index: int = 0) -> Statement:
    start, end = span_of(doc.text, quoted)
    return Statement("a", index, "direct", quoted, start, end, [(start, end)], speaker=speaker)


def pairs(rows):
    return {(r.source, r.target): r.polarity for r in rows}


@pytest.mark.parametrize("text, relation, polarity", [
    ("France criticized Germany on Monday.", "criticize", "negative"),
    ("France condemned Germany for the strike.", "criticize", "negative"),
    ("France accused Germany of lying.", "accuse", "negative"),
    ("France blamed Germany for the crisis.", "accuse", "negative"),
    ("France sanctioned Germany last year.", "sanction", "negative"),
    ("France threatened Germany with tariffs.", "threaten", "negative"),
    ("France rejected Germany's proposal.", "reject", "negative"),
    ("France praised Germany for its courage.", "praise", "positive"),
    ("France welcomed Germany to the talks.", "praise", "positive"),
    ("France thanked Germany for the aid.", "thank", "positive"),
    ("France supported Germany in the vote.", "support", "positive"),
    ("France backed Germany in the dispute.", "support", "positive"),
    ("France met Germany in Paris.", "meet", "neutral"),
    ("France visited Germany in May.", "visit", "neutral"),
    ("France called Germany on Tuesday.", "consult", "neutral"),
])
def test_narrated_act_classes(nlp, text, relation, polarity):
    doc = nlp(text)
    rows = stance.find_stances(doc, "a", [], mentions_of(doc, {"France": "France", "Germany": "Germany"}))
    act = next(r for r in rows if (r.source, r.target) == ("France", "Germany"))
    assert (act.relation, act.polarity) == (relation, polarity)
    assert act.goldstein == relations.RELATIONS[relation]
    assert doc.text[act.start:act.end] == act.evidence and "Germany" in act.evidence
    assert ("Germany", "France") not in pairs(rows)


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Germany was criticized by France.", "France", "Germany", "negative"),
    ("Germany was praised by France.", "France", "Germany", "positive"),
    ("The State Department added Raul Castro to the sanctions list.", "State Department", "Raul Castro", "negative"),
    ("Medvedev did not fail to criticize the administration of President Donald Trump, accusing it of "
     "seeking to damage Cuba.", "Medvedev", "Donald Trump", "negative"),
    ("France imposed sanctions on Germany.", "France", "Germany", "negative"),
    ("France did not criticize Germany.", "France", "Germany", None),  # holding back is no support
    ("France refused to support Germany.", "France", "Germany", "negative"),
    ("France has been highly critical of Germany.", "France", "Germany", "negative"),
    ("France called Germany a liar.", "France", "Germany", "negative"),
    ("France described Germany as a reliable and generous partner.", "France", "Germany", "positive"),
    ("Critics blasted France for attacking Germany.", "France", "Germany", "negative"),
    ("France signed a letter condemning Germany.", "France", "Germany", "negative"),
])
def test_narrated_act_constructions(nlp, text, source, target, polarity):
    doc = nlp(text)
    names = {n: n for n in ("France", "Germany", "Raul Castro", "Medvedev", "Donald Trump", "State Department")}
    assert pairs(stance.find_stances(doc, "a", [], mentions_of(doc, names))).get((source, target)) == polarity


@pytest.mark.parametrize("text, quoted, target, polarity", [
    ('“Germany is a reliable and generous partner,” Macron said.', "Germany is a reliable and generous partner", "Germany", "positive"),
    ('“Germany is corrupt and dangerous,” Macron said.', "Germany is corrupt and dangerous", "Germany", "negative"),
    ('“We do not trust Germany,” Macron said.', "We do not trust Germany", "Germany", "negative"),
    ('“We condemn Germany,” Macron said.', "We condemn Germany", "Germany", "negative"),
    ('“Our friends in Germany deserve praise,” Macron said.', "Our friends in Germany deserve praise", "Germany", "positive"),
    ('“Germany has made mistakes, but it is a great and wonderful ally,” Macron said.',
     "Germany has made mistakes, but it is a great and wonderful ally", "Germany", "positive"),
    ('“Germany is a wonderful partner, but it is a terrible, corrupt, disastrous ally,” Macron said.',
     "Germany is a wonderful partner, but it is a terrible, corrupt, disastrous ally", "Germany", "negative"),
    ("“Gonzalez's claims are lies and disgraceful,” Macron said.", "Gonzalez's claims are lies and disgraceful", "Gonzalez", "negative"),
])
def test_statement_stances(nlp, text, quoted, target, polarity):
    doc = nlp(text)
    st = statement_for(doc, quoted, "Emmanuel Macron")
    rows = stance.find_stances(doc, "a", [st], mentions_of(doc, {target: target}))
    got = [r for r in rows if (r.source, r.target) == ("Emmanuel Macron", target)]
    assert got and got[0].polarity == polarity
    assert got[0].statement_index == 0
    assert -1 <= got[0].score <= 1 and got[0].rule


def test_pronoun_subject_is_the_person_just_named(nlp):
    doc = nlp("Pedro Sanchez arrived in Paris. He criticized Germany.")
    ms = mentions_of(doc, {"Germany": "Germany"}) + [Mention("a", 0, 13, "Pedro Sanchez", "PERSON", "Pedro Sanchez")]
    assert pairs(stance.find_stances(doc, "a", [], ms))[("Pedro Sanchez", "Germany")] == "negative"


def test_we_inside_a_statement_is_the_speaker(nlp):
    doc = nlp("“We strongly condemn Germany,” Macron said.")
    st = statement_for(doc, "We strongly condemn Germany", "Emmanuel Macron")
    rows = stance.find_stances(doc, "a", [st], mentions_of(doc, {"Germany": "Germany"}))
    row = next(r for r in rows if (r.source, r.target) == ("Emmanuel Macron", "Germany"))
    assert (row.polarity, row.relation, row.statement_index) == ("negative", "criticize", 0)


def test_hedge_halves_the_act_score(nlp):
    plain = stance.find_stances(n := nlp("France criticized Germany."), "a", [], mentions_of(n, {"France": "France", "Germany": "Germany"}))
    hedged = stance.find_stances(h := nlp("France reportedly criticized Germany."), "a", [], mentions_of(h, {"France": "France", "Germany": "Germany"}))
    assert hedged[0].polarity == plain[0].polarity == "negative"
    assert abs(hedged[0].score) < abs(plain[0].score)


def test_statement_stance_ignores_words_outside_the_quote(nlp):
    text = 'Critics called it a disgraceful, horrible failure, but Macron said: “Germany will host the meeting.”'
    doc = nlp(text)
    st = statement_for(doc, "Germany will host the meeting.", "Emmanuel Macron")
    rows = stance.find_stances(doc, "a", [st], mentions_of(doc, {"Germany": "Germany"}))
    assert ("Emmanuel Macron", "Germany") not in pairs(rows)  # a mention without a judgement is no stance


def test_quoted_fragment_in_reported_speech(nlp):
    text = "Macron said Germany was “a disgraceful and corrupt partner”."
    doc = nlp(text)
    st = statement_for(doc, "Germany was “a disgraceful and corrupt partner”", "Emmanuel Macron")
    rows = stance.find_stances(doc, "a", [st], mentions_of(doc, {"Germany": "Germany"}))
    assert pairs(rows)[("Emmanuel Macron", "Germany")] == "negative"


def test_speaker_is_never_own_target(nlp):
    doc = nlp("“France is great,” France said.")
    st = statement_for(doc, "France is great", "France")
    assert stance.find_stances(doc, "a", [st], mentions_of(doc, {"France": "France"})) == []


@pytest.mark.parametrize("text, target, expected", [
    ("The brave and admirable senator Smith saved many lives.", "Smith", 1),
    ("The corrupt and incompetent senator Smith ruined the economy.", "Smith", -1),
    ("Senator Smith will travel to Ohio on Monday.", "Smith", 0),
])
def test_target_sentiment(nlp, text, target, expected):
    doc = nlp(text)
    polarity, score, evidence = stance.target_sentiment(doc, span_of(text, target))
    assert polarity == expected
    assert -1 <= score <= 1
    assert (score > 0) == (expected > 0) or expected == 0


@pytest.mark.parametrize("text, source, target, expected", [
    ("Trump blamed China for the pandemic.", "Trump", "China", -1),
    ("Trump blamed China for the pandemic.", "China", "Trump", 0),
    ("Merkel warmly praised Macron.", "Merkel", "Macron", 1),
    ("Macron was praised by Merkel.", "Merkel", "Macron", 1),
    ("Macron was praised by Merkel.", "Macron", "Merkel", 0),
])
def test_source_stance(nlp, text, source, target, expected):
    doc = nlp(text)
    polarity, _, evidence = stance.target_sentiment(doc, span_of(text, target), span_of(text, source))
    assert polarity == expected
    if expected:
        assert evidence


def test_cli_reports_bad_lines_and_goes_on(nlp, tmp_path):
    lines = [
        {"id": "good", "text": "The corrupt and incompetent senator Smith ruined the economy.", "target": [36, 41]},
        {"id": "range", "text": "Smith spoke.", "target": [3, 40]},
        {"id": "empty", "text": "", "target": [0, 1]},
        {"id": "pair", "text": "Trump blamed China for the pandemic.", "source": [0, 5], "target": [13, 18]},
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\nnot json\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    assert stance.run_cli(str(path), out, err, nlp=nlp) == 0
    rows = {r["id"]: r for r in map(json.loads, out.getvalue().splitlines())}
    assert rows["good"]["polarity"] == -1 and rows["pair"]["polarity"] == -1
    assert "out of range" in rows["range"]["error"] and "empty" in rows["empty"]["error"]
    assert rows[5]["error"].startswith("not JSON")
    assert f"{path}:2" in err.getvalue() and f"{path}:3" in err.getvalue()


def test_cli_missing_file(tmp_path):
    err = io.StringIO()
    assert stance.run_cli(str(tmp_path / "nope.jsonl"), io.StringIO(), err) == 1
    assert "nope.jsonl" in err.getvalue()


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Germany, which was criticized by France, stayed silent.", "France", "Germany", "negative"),
    ("Hilaria, who was accused by a Daily Mail reporter of lying, stayed silent.", "Daily Mail", "Hilaria", "negative"),
    ("Germany responded to France's attacks on Monday.", "France", "Germany", "negative"),
    ("Kelly has refrained from responding to Trump's attacks.", "Trump", "Kelly", "negative"),
    ("Germany denied France's allegations.", "France", "Germany", "negative"),
    ("Germany rejected France's accusations.", "France", "Germany", "negative"),
])
def test_act_reaches_relative_heads_and_responders(nlp, text, source, target, polarity):
    doc = nlp(text)
    names = {n: n for n in ("France", "Germany", "Kelly", "Trump", "Hilaria", "Daily Mail") if n in text}
    assert pairs(stance.find_stances(doc, "a", [], mentions_of(doc, names))).get((source, target)) == polarity


@pytest.mark.parametrize("text, target", [
    ("Germany welcomed France's criticism.", "France"),
    ("Germany praised France's support.", "France"),
])
def test_responder_needs_a_hostile_act_and_a_response_verb(nlp, text, target):
    doc = nlp(text)
    rows = stance.find_stances(doc, "a", [], mentions_of(doc, {"France": "France", "Germany": "Germany"}))
    assert ("France", "Germany") not in pairs(rows)


@pytest.mark.parametrize("text, target, allowed", [
    ("Isolation is working, our goal of a democratic transition of power to an interim government led by "
     "Juan Guaido is being implemented.", "Juan Guaido", (None, "positive")),
    ("The pressure is paying off, and the elections organised by Juan Guaido will be held soon.",
     "Juan Guaido", (None, "positive")),
    ("Juan Guaido is a corrupt puppet.", "Juan Guaido", ("negative",)),
])
def test_negative_subject_of_a_success_predicate_does_not_judge_the_target(nlp, text, target, allowed):
    doc = nlp(text)
    st = statement_for(doc, text, "Faller")
    rows = stance.find_stances(doc, "a", [st], mentions_of(doc, {target: target}))
    assert pairs(rows).get(("Faller", target)) in allowed


@pytest.mark.parametrize("text, distance, polarity", [
    ("Juan Guaido is a corrupt puppet.", 8, -1),
    ("The corrupt regime arrested many people, and Juan Guaido spoke in the square on Tuesday.", 1, 0),
])
def test_link_reading_needs_a_linked_word(nlp, monkeypatch, text, distance, polarity):
    monkeypatch.setitem(stance.NEAR_EVIDENCE_DISTANCE, "statement", distance)
    doc = nlp(text)
    r = stance.read_target(doc, span_of(text, "Juan Guaido"), allowed=[(0, len(text))], link="statement")
    assert r.polarity == polarity


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Pope Francis entered the race when he questioned Donald Trump's faith.", "Pope Francis", "Donald Trump", -1),
    ("Trump has been criticized for his praise of Vladimir Putin.", "Trump", "Vladimir Putin", 1),
    ("Fox News dinged the National Rifle Association for its statement.", "Fox News", "National Rifle Association", -1),
    ("France lashed out at Germany on Monday.", "France", "Germany", -1),
    ("France has lavished praise on Germany.", "France", "Germany", 1),
    ("France heaped praise on Germany for its budget.", "France", "Germany", 1),
    ("The Republicans are solidifying behind McCain.", "Republicans", "McCain", 1),
    ("France threw its weight behind Germany.", "France", "Germany", 1),
    ("France rallied behind Germany after the vote.", "France", "Germany", 1),
    ("Germany's decision is likely to be welcomed by France.", "France", "Germany", 1),
    ("Germany's plan is expected to be criticized by France.", "France", "Germany", -1),
    ("France deeply respects Germany.", "France", "Germany", 1),
    ("France stood in the rain behind the building while Germany spoke.", "France", "Germany", 0),
    ("Germany was criticized by France.", "Germany", "France", 0),
])
def test_source_stance_acts(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity
    if polarity:
        assert r.rule.startswith("act:")


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Maduro promoted officials accused of drug trafficking by the United States.", "United States", "officials", -1),
    ("Maduro promoted officials accused of drug trafficking by the United States.", "Maduro", "United States", 0),
    ("Maduro promoted officials accused of drug trafficking by the United States.", "Maduro", "officials", 0),
    ("The court freed a militant who India accuses of plotting an attack on Mumbai.", "India", "Mumbai", 0),
    ("The court freed Lakhvi, who India accuses of masterminding an assault on Mumbai.", "India", "Lakhvi", -1),
    ("Nine policemen died in the attack, which the government has blamed on Rohingya insurgents.",
     "government", "Rohingya insurgents", -1),
])
def test_participles_relatives_and_blame_on(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity if r.rule.startswith("act:") else polarity == 0


@pytest.mark.parametrize("text, source, target, polarity", [
    ("France has been fighting for years for the support of Germany.", "France", "Germany", 0),
    ("France has been fighting Germany for years.", "France", "Germany", -1),
    ("France rejected any suggestion that Germany was to blame.", "France", "Germany", 0),
    ("France rejected Germany's proposal.", "France", "Germany", -1),
])
def test_act_object_is_neither_a_cause_nor_a_clause(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == polarity if r.rule.startswith("act:") else polarity == 0


@pytest.mark.parametrize("text, target, feature, present", [
    ("We face a dictator supported by Cuba and Russia.", "Cuba", "ao:1", False),
    ("We face a dictator supported by Cuba and Russia.", "Cuba", "as:1", True),
    ("France supported Cuba.", "Cuba", "ao:1", True),
])
def test_target_in_act_features(nlp, text, target, feature, present):
    doc = nlp(text)
    f, _ = stance.features(stance.make_context(doc, span_of(text, target)))
    assert (feature in f) == present


@pytest.mark.parametrize("text, source, target, polarity", [
    ("France urged Germany to condemn Russia.", "Germany", "Russia", -1),
    ("France urged Germany to condemn Russia.", "France", "Russia", -1),
    ("Beijing called on Washington to respect Hanoi.", "Washington", "Hanoi", 1),
    ("France wants to condemn Russia.", "France", "Russia", -1),
])
def test_object_control_acts(nlp, text, source, target, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert (r.polarity, r.rule.startswith("act:")) == (polarity, True)


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Pope Francis entered the race when he questioned Donald Trump's faith.", "Pope Francis", "Donald Trump", "negative"),
    ("Trump has been criticized for his praise of Vladimir Putin.", "Trump", "Vladimir Putin", "positive"),
    ("Macron met Merkel in Berlin, where she criticized Donald Trump.", "Merkel", "Donald Trump", "negative"),
])
def test_article_acts_resolve_pronouns_to_clause_subjects(nlp, text, source, target, polarity):
    doc = nlp(text)
    names = {n: n for n in ("Pope Francis", "Donald Trump", "Vladimir Putin", "Macron", "Merkel") if n in text}
    if "Donald Trump" not in text and "Trump" in text:
        names["Trump"] = "Trump"
    ms = [Mention(m.article_id, m.start, m.end, m.text, "PERSON", m.actor) for m in mentions_of(doc, names)]
    assert pairs(stance.find_stances(doc, "a", [], ms)).get((source, target)) == polarity


@pytest.mark.parametrize("text, object_text", [
    ("Medvedev did not fail to criticize the administration, accusing it of seeking to damage Cuba.", "administration"),
    ("Medvedev went to Havana to criticize Trump, accusing him of lying.", "Trump"),
    ("Medvedev met Trump in Havana, accusing him of lying.", "Trump"),
    ("Medvedev spoke in Havana, accusing him of lying.", "him"),
])
def test_accusing_it_reaches_the_governing_object(nlp, text, object_text):
    acts = [a for a in relations.find_acts(nlp(text)) if a.verb.lower_ == "accusing"]
    assert [o.text for o in acts[0].objects] == [object_text]


@pytest.mark.parametrize("text, source, target, cue, polarity", [
    ("The corrupt Germany lied again, according to France.", "France", "Germany", "according to", None),
    ("The corrupt Germany lied again, France said.", "France", "Germany", "said", "negative"),
])
def test_according_to_gives_no_stance(nlp, text, source, target, cue, polarity):
    doc = nlp(text)
    quoted = text[:text.index(",")]
    st = statement_for(doc, quoted, source)
    st.cue = cue
    rows = stance.find_stances(doc, "a", [st], mentions_of(doc, {"Germany": "Germany"}))
    assert pairs(rows).get((source, "Germany")) == polarity
    r = stance.source_stance(doc, span_of(text, source), span_of(text, target))
    assert r.polarity == (0 if cue == "according to" else -1)


@pytest.mark.parametrize("text, source, target, link", [
    ("France and Germany were charged with violent disorder.", "Germany", "France", ""),
    ("Russian President Putin made a terrible mistake.", "Russian", "Putin", ""),
    ("Clinton abused women, and Hillary bullied his victims.", "Clinton", "Hillary", ""),
    ("France condemned the brutal violence in Germany.", "France", "Germany", "agent"),
    ("France said Germany was corrupt.", "France", "Germany", "speaker"),
])
def test_link_needs_separate_phrases_and_no_own_clause(nlp, text, source, target, link):
    doc = nlp(text)
    assert stance._linked(stance._span_tokens(doc, *span_of(text, source)),
                          stance._span_tokens(doc, *span_of(text, target))) == link


@pytest.mark.parametrize("text, source, kind, clause", [
    ("US Secretary of State Rex Tillerson criticized the plan.", "State", "agent", "criticized"),
    ("His supporters, including Usain Bolt, praise him.", "Usain Bolt", "agent", "praise"),
    ("The administration of Donald Trump said the deal was bad.", "Donald Trump", "speaker", "said"),
    ("The plan of the week was bad.", "week", None, None),
])
def test_source_clause_climbs_member_phrases(nlp, text, source, kind, clause):
    doc = nlp(text)
    found = stance._source_clause(stance._span_tokens(doc, *span_of(text, source)))
    assert (found[0], found[1].text) == (kind, clause) if kind else found is None or found[0] != "agent"


@pytest.mark.parametrize("text, polarity", [
    ("France views Germany as a dangerous threat.", -1),
    ("France regards Germany as a reliable friend.", 1),
    ("France portrayed Germany as a corrupt bully.", -1),
    ("France views Germany from the north.", 0),
])
def test_naming_verbs_with_as(nlp, text, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, (0, 6), span_of(text, "Germany"))
    assert (r.polarity, r.rule.startswith("act:naming")) == (polarity, polarity != 0)


@pytest.mark.parametrize("text, polarity", [
    ("Germany was called a liar by France.", -1),
    ("Germany was branded a dangerous traitor by France.", -1),
    ("Germany, described as a corrupt bully by France, left.", -1),
    ("Germany was described as a reliable partner by France.", 1),
    ("Germany was called by France on Monday.", 0),
])
def test_passive_naming_acts(nlp, text, polarity):
    doc = nlp(text)
    r = stance.source_stance(doc, span_of(text, "France"), span_of(text, "Germany"))
    assert (r.polarity, r.rule.startswith("act:naming")) == (polarity, polarity != 0)


@pytest.mark.parametrize("text, polarity", [
    ("Germany faced criticism from France.", -1),
    ("Germany came under fire from France.", -1),
    ("Germany won the backing of France.", 1),
    ("Germany received support from France on Monday.", 1),
    ("Germany faced a crisis in France.", 0),
])
def test_received_acts_come_from_the_giver(nlp, text, polarity):
    doc = nlp(text)
    france, germany = span_of(text, "France"), span_of(text, "Germany")
    r = stance.source_stance(doc, france, germany)
    assert (r.polarity, r.rule.startswith("act:noun")) == (polarity, polarity != 0)
    assert not stance.source_stance(doc, germany, france).rule.startswith("act:noun")
