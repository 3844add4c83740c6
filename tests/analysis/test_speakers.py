"""Speaker mention → actor: names, pronouns, descriptions, organisations, anonymous sources.

These cases run the real `actors.find_actors` for mentions and roles, as `corpus.analyze_doc` does.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from analysis import speakers
from tests.pipeline_steps import statement_with, statements_of


CASES = [
    # text, words of the statement, expected speaker, speaker kind
    ("“The blockade has tightened,” Russian Prime Minister Dmitry Medvedev said.", "blockade", "Dmitry Medvedev",
     "name"),
    ("Dmitry Medvedev visited Havana. “The blockade has tightened,” Medvedev said.", "blockade",
     "Dmitry Medvedev", "name"),
    ("John Smith arrived in Paris on Monday. “We are ready for anything,” he said.", "ready", "John Smith",
     "pronoun"),
    ("Mr. Brown met Mary Jones in Rome. “It was a useful meeting,” she said.", "useful meeting", "Mary Jones",
     "pronoun"),
    ("Political scientist Dmitry Oreshkin in a conversation with a correspondent, he admitted that nothing "
     "surprised him.", "nothing surprised", "Dmitry Oreshkin", "pronoun"),
    ("Dmitry Oreshkin met a correspondent on Monday, and he admitted that nothing surprised him.",
     "nothing surprised", "Dmitry Oreshkin", "pronoun"),
    ("The State Department issued a statement on Friday. It said that the sanctions would remain in place.",
     "sanctions", "State Department", "pronoun"),
    ("Prime Minister Sarah Collins met President Juan Ortiz. Ortiz was guarded. He said that details were open. "
     "She countered that both sides wanted a deal by March.", "deal by March", "Sarah Collins", "pronoun"),
    ("Senator Jane Doe, who said the plan would fail, left the hearing early.", "plan would fail", "Jane Doe",
     "pronoun"),
    ("Dmitry Oreshkin, a political scientist, spoke to reporters. “Nothing surprises me any more,” "
     "the political scientist said.", "Nothing surprises", "Dmitry Oreshkin", "description"),
    ("Governor Jane Smith met Mayor Tom Brown on Monday. “We need more funds,” Brown said. "
     "“The state will help the city,” the governor said.", "state will help", "Jane Smith", "description"),
    ("A State Department spokesman said the talks would resume next week.", "talks would resume",
     "State Department", "description"),
    ("The Kremlin said on Friday that the talks would continue.", "talks would continue", "Russia", "name"),
    ("The Central Bank met on Friday. Its governor, Paul Kim, cautioned that risks remained.", "risks remained",
     "Paul Kim", "name"),
    ("Russia's Foreign Ministry issued a statement on Friday. The ministry said that the talks would continue.",
     "talks would continue", "Russian Foreign Ministry", "description"),
    ("Acme Corp. reported losses on Monday. Analyst Jane Roe was critical. The company said that sales would "
     "recover next year.", "sales would recover", "Acme Corp", "description"),
]


@pytest.mark.parametrize("text,words,speaker,kind", CASES)
def test_speaker_resolution(nlp, text, words, speaker, kind):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker
    assert s.speaker_kind == kind


@pytest.mark.parametrize("text,words", [
    ("“The ship is sinking fast,” one captain said.", "sinking"),
    ("A source said that the deal was off.", "deal was off"),
    ("Officials said the bridge would reopen on Monday.", "bridge would reopen"),
    ("Several diplomats said the talks had stalled again.", "talks had stalled"),
    ("Paul Kim spoke first. One trader, who asked not to be named, said the market was skeptical.", "skeptical"),
    ("Paul Kim spoke first. Economists called the plan risky and said that it would fail.", "it would fail"),
])
def test_anonymous_sources_stay_anonymous(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is None
    assert s.speaker_kind == "anonymous"
    assert s.speaker_mention  # the source is still shown as written


def test_they_after_a_common_noun_is_not_a_distant_place(nlp):
    text = ("President Juan Ortiz met the press in Madrid on Friday. Ortiz said the deal was close.\n\n"
            "The unions were less happy: they warned that jobs would be lost.")
    s = statement_with(statements_of(nlp, text), "jobs would be lost")
    assert s.speaker is None and s.speaker_mention == "they"


def test_role_comes_from_the_actor(nlp):
    s = statement_with(statements_of(nlp, "“The blockade has tightened,” Russian Prime Minister Dmitry Medvedev said."),
                       "blockade")
    assert "prime minister" in s.role.lower()


def test_statement_without_speaker_mention_is_left_unresolved(nlp):
    doc = nlp("Nothing was said here.")
    from analysis.types import Statement
    st = Statement("a1", 0, "direct", "x", 0, 7, [(0, 7)])
    speakers.resolve_speakers(doc, [st], [], [])
    assert st.speaker is None and st.speaker_kind == ""


# ------------------------------------------------------------------------------ seed (integration)
# Depends on analysis/actors.py (alias merging, metonyms, roles) as much as on quotes and speakers.

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_70a1e79c8e5df12b.txt"


@pytest.fixture(scope="module")
def seed_statements(nlp):
    if not SEED.exists():
        pytest.skip("seed corpus missing")
    return statements_of(nlp, SEED.read_text(encoding="utf-8"))


def test_seed_speakers_present(seed_statements):
    names = {s.speaker for s in seed_statements}
    for name in ("Dmitry Oreshkin", "Andrey Kortunov", "Arturo Lopez-Levy", "Dmitry Medvedev", "Craig Faller",
                 "State Department"):
        assert name in names, sorted(n for n in names if n)


@pytest.mark.parametrize("words,speaker", [
    ("runs a system that arbitrarily deprives", "State Department"),
    ("he does not find anything surprising", "Dmitry Oreshkin"),
    ("So they don’t have much choice", "Dmitry Oreshkin"),
    ("He doesn’t need cane sugar for free", "Dmitry Oreshkin"),
    ("will forgive all debts to Havana", "Dmitry Oreshkin"),          # "the political scientist" = Oreshkin
    ("Perhaps this is too strong", "Andrey Kortunov"),                # later "the political scientist" = Kortunov
    ("such a contact with the Cuban leadership", "Andrey Kortunov"),  # "the Director General of the RIAC"
    ("its potential is most likely very limited", "Arturo Lopez-Levy"),  # "the expert believes"
    ("neither Cuba nor Russia is interested", "Arturo Lopez-Levy"),
    ("Our planning is focused", "Craig Faller"),
])
def test_seed_attribution(seed_statements, words, speaker):
    assert statement_with(seed_statements, words).speaker == speaker


def test_seed_scare_quotes_and_titles_are_not_direct_statements(seed_statements):
    direct = [s.text for s in seed_statements if s.kind == "direct"]
    assert not any(t.strip() in ("decent", "mirror response", "Voice of America", "Postimees") for t in direct)
    assert not any(t.startswith("What is Russia looking for") for t in (s.text for s in seed_statements))


@pytest.mark.parametrize("text, speaker", [
    # a post held once is not the one a plain description names
    ("Jane Whitlow, the former Ohio governor, said she would rather stay home. Gov. Tom Brandt defended his "
     "record on the radio on Monday. “I believe he is the best person for the job,” the governor said.", "Tom Brandt"),
    # the description that says "former" still names the former holder
    ("Jane Whitlow, the former Ohio governor, said she would rather stay home. Gov. Tom Brandt defended his "
     "record on the radio on Monday. “He is the best person for the job,” the former Ohio governor said.",
     "Jane Whitlow"),
])
def test_a_former_post_holder_is_not_the_plain_description(nlp, text, speaker):
    assert statement_with(statements_of(nlp, text), "best person").speaker == speaker
