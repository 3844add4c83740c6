"""Actor-table errors read on real wire news (issue 9, section 3, read-through 9), with invented text:
a party word that also names a leaning ("Conservatives") in an article about another country; a
nickname in quotes inside a full name or after "known as"; a modal opening a question before a
possessive ("Will Cruz's plan work?"); names inside set phrases ("a Hail Mary pass", "Super Tuesday");
a body's name with a person's surname glued to its end."""
from __future__ import annotations

import pytest

from analysis import pipeline
from analysis.actors import find_actors
from tests.pipeline_steps import statement_with, statements_and_actors


def table(nlp, text: str) -> dict[str, str]:
    _, found = find_actors(nlp(pipeline.spacy_text(text)), "a1")
    return {a.name: a.type for a in found}


def aliases(nlp, text: str) -> dict[str, list[str]]:
    _, found = find_actors(nlp(pipeline.spacy_text(text)), "a1")
    return {a.name: a.aliases for a in found}


# ------------------------------------------------------------ a leaning is no foreign party


@pytest.mark.parametrize("text", [
    "Conservatives, who admired Barry Lindqvist, met in Tulsa on Monday. Conservatives said the farm bill "
    "would hurt ranchers.",
    "Many in Nebraska agreed. Conservatives said the farm bill would hurt ranchers, and Liberals said it "
    "would not.",
])
def test_a_leaning_without_its_party_is_a_group(nlp, text):
    got = table(nlp, text)
    assert "Conservative Party" not in got and "Liberal Party" not in got, got
    assert got.get("Conservatives") == "group", got


def test_the_leanings_statement_is_the_groups(nlp):
    text = "Conservatives gathered in Tulsa. Conservatives said the farm bill would hurt ranchers."
    st = statement_with(statements_and_actors(nlp, text)[0], "farm bill")
    assert st.speaker == "Conservatives"


@pytest.mark.parametrize("text", [
    "The Conservatives won 40 seats in Kent. Conservatives said the result was a triumph.",
    "Tories gained ground in Kent. Conservatives said the result was a triumph.",
    "The Conservative Party held Kent. Conservatives said the result was a triumph.",
])
def test_a_leaning_word_stays_the_party_where_the_article_names_it(nlp, text):
    got = table(nlp, text)
    assert got.get("Conservative Party") == "organisation" and "Conservatives" not in got, got


# ------------------------------------------------------------------------------- nicknames


@pytest.mark.parametrize("text", [
    'Former mayor Thomas “Tip” Randall said the budget was sound. Tip later told reporters he was done.',
    'Governor Harold "Hal" Brennan signed the bill. Hal said the state would gain.',
    "Dwight Eisenhower, known as Ike to his troops, led the invasion. Ike said the weather would hold.",
])
def test_a_nickname_the_article_gives_joins_its_person(nlp, text):
    got = aliases(nlp, text)
    people = [n for n in got if " " in n]
    assert len(people) == 1, got
    assert not {"Tip", "Hal", "Ike"} & set(got), got


def test_a_quoted_nicknames_statement_is_the_persons(nlp):
    text = 'Governor Harold "Hal" Brennan signed the bill. "It is a good day," Hal said.'
    st = statement_with(statements_and_actors(nlp, text)[0], "good day")
    assert st.speaker == "Harold Brennan"


@pytest.mark.parametrize("text, apart", [
    # no cue: another person of that first name
    ("Senator Margaret Holloway, whom friends call Peg, spoke first. Later Peg Turner said the vote was close.",
     {"Margaret Holloway", "Peg Turner"}),
    # the nickname is another person's first name in full here
    ('Governor Harold "Hal" Brennan signed the bill. Hal Ortiz, a farmer, said the state would gain.',
     {"Harold Brennan", "Hal Ortiz"}),
    # a first name alone elsewhere is not a nickname
    ("Ike Barnes, a farmer, said the crop failed. Dwight Eisenhower once visited the farm.",
     {"Ike Barnes", "Dwight Eisenhower"}),
])
def test_no_nickname_join_without_the_articles_word(nlp, text, apart):
    got = table(nlp, text)
    assert apart <= set(got), got


# ------------------------------------------------------- a modal opening a possessive question


@pytest.mark.parametrize("text", [
    "It failed before. Will Okafor's plan work this time? Probably not. Senator Dana Okafor has few options.",
    "Will Lindqvist's gamble do any better? Governor Barry Lindqvist thinks so.",
])
def test_a_modal_before_a_possessive_in_a_question_is_no_first_name(nlp, text):
    got = table(nlp, text)
    assert not any(n.startswith("Will ") for n in got), got


def test_a_first_name_will_before_a_possessive_stays_outside_a_question(nlp):
    got = table(nlp, "Will Smith's new film opened on Friday. Smith said he was proud.")
    assert "Will Smith" in got


# ----------------------------------------------------------------- names inside set phrases


@pytest.mark.parametrize("text, junk", [
    ("Okafor threw a Hail Mary pass on Monday. Dana Okafor said she had no choice.", "Mary"),
    ("Signs with a Star of David hung in the hall. Rabbi Ana Klein said the vigil was peaceful.", "David"),
    ("The flyer showed a Star of David beside a pile of cash. Dana Okafor said the image was vile.", "David"),
    ("Voters head to the polls on Super Tuesday. Dana Okafor said she was ready.", "Super"),
    ('Okafor campaigned under an "America First" banner. Dana Okafor said it worked.', "America First"),
])
def test_a_name_inside_a_set_phrase_is_no_actor(nlp, text, junk):
    got = table(nlp, text)
    assert not any(junk in n for n in got), got


@pytest.mark.parametrize("text, kept", [
    ("The America First Committee met in Tulsa. Members of the America First Committee said Dana Okafor spoke.",
     "America First Committee"),
    ("Mary Hail, a nurse, said the ward was full. Hail added that staff were tired.", "Mary Hail"),
])
def test_a_longer_name_around_a_set_phrase_stays(nlp, text, kept):
    assert kept in table(nlp, text)


# -------------------------------------------------- a surname glued to the end of a body's name


def test_a_persons_surname_glued_after_a_bodys_name_is_cut(nlp):
    text = ("Maria Tobin, the mayor, praised the Bureau of Land Reform. She would not say whether she "
            "would lead the Bureau of Land Reform Tobin had created.")
    got = table(nlp, text)
    assert "Bureau of Land Reform" in got and not any(n.endswith("Reform Tobin") for n in got), got


# ------------------------------------------------------------------ a newspaper's editorial voice


@pytest.mark.parametrize("text, words, paper", [
    ("The Monitor said in an editorial that the mayor had failed the town. "
     "The editorial said the budget was weak.", "budget was weak", "Monitor"),
    ("The Sentinel's editorial board on Sunday urged voters to reject the levy. "
     "\"The county cannot afford it,\" the editorial said.", "cannot afford", "Sentinel"),
])
def test_the_editorial_speaks_for_its_newspaper(nlp, text, words, paper):
    sts, found = statements_and_actors(nlp, text)
    assert statement_with(sts, words).speaker == paper
    assert {a.name: a.type for a in found}.get(paper) == "organisation", found


def test_a_one_word_paper_speaking_in_an_editorial_is_an_actor(nlp):
    text = "The Advocate said in an editorial that the port plan had failed the town. Mayor Ann Pike disagreed."
    sts, found = statements_and_actors(nlp, text)
    assert statement_with(sts, "port plan").speaker == "Advocate"
    assert {a.name: a.type for a in found}.get("Advocate") == "organisation", found



# ------------------------------------------- a name written only after "in"/"at" is a place (speakers._is_place)


@pytest.mark.parametrize("text, body", [
    ("Halvorsen Foods opened a plant. Its chief spent the summer in Cedar Harbor Lodge. "
     "The company said sales rose.", "Halvorsen Foods"),
])
def test_a_name_written_only_after_in_is_no_body_that_speaks(nlp, text, body):
    st = statement_with(statements_and_actors(nlp, text)[0], "sales rose")
    assert st.speaker == body


def test_a_journal_something_appeared_in_still_speaks_through_it(nlp):
    text = "A 2019 study that appeared in the Lakeshore Medical Journal found that the drug did not work."
    st = statement_with(statements_and_actors(nlp, text)[0], "drug did not work")
    assert st.speaker == "Lakeshore Medical Journal"


def test_people_at_a_body_still_speak_for_it(nlp):
    text = "Researchers at the Pellman Institute said on Monday that the river was clean."
    st = statement_with(statements_and_actors(nlp, text)[0], "river was clean")
    assert st.speaker == "Pellman Institute"


# --------------------------------------------------------------------- a misspelt surname


@pytest.mark.parametrize("text, person, slip", [
    ("The Rev. Marcus Whitfield led the march on Sunday. Whitfeld said the city had ignored the block.",
     "Marcus Whitfield", "Whitfeld"),
    ("Organiser Dana Kowalczyk spoke first. Kowalcyzk said turnout had doubled.", "Dana Kowalczyk", "Kowalcyzk"),
])
def test_a_surname_one_slip_from_the_one_full_name_is_that_person(nlp, text, person, slip):
    got = aliases(nlp, text)
    assert slip in got.get(person, []) and slip not in got, got


@pytest.mark.parametrize("text, apart", [
    # a plural or possessive form is no slip
    ("Paul Reuter, a trader, said prices fell, Reuters reported.", "Reuters"),
    # two full names one slip away: which one is unsaid
    ("Organizer Dana Kowalczyk and Eli Kowalczak met voters. Kowalczk said the deal was good.", "Kowalczk"),
    # short names differ by one letter as often as not
    ("Tom Lees met Ann Leak. Leek said yes.", "Leek"),
    # another first letter
    ("Dana Carlson spoke on Monday. Karlson said she was wrong.", "Karlson"),
    # a place the gazetteer knows
    ("Tom Austen spoke. Austin welcomed the plan.", "Austin"),
])
def test_no_slip_join_where_it_is_unsafe(nlp, text, apart):
    got = aliases(nlp, text)
    assert not any(apart in al for n, al in got.items() if n != apart and " " in n), got


# ------------------------------------------------------------- a kind of body written alone


@pytest.mark.parametrize("text, word", [
    ('Okafor said the party must unite. "This risks the Party’s access to valuable voter data," wrote Dana Pike.',
     "Party"),
    ("Dana Pike covers Ohio for the KXL NETWORK. The NETWORK said it would air the debate.", "NETWORK"),
])
def test_a_kind_of_body_written_alone_is_no_actor(nlp, text, word):
    got = aliases(nlp, text)
    assert word not in got and word.title() not in got, got


@pytest.mark.parametrize("text, body", [
    ("The Halvorsen Foundation gave money. The Foundation said it was proud.", "Halvorsen Foundation"),
    ("Leaders of the Chinese Communist Party met. The Party said growth would slow.", "Chinese Communist Party"),
])
def test_a_kind_of_body_after_the_body_named_in_full_is_that_body(nlp, text, body):
    got = aliases(nlp, text)
    assert body in got and len([n for n in got if n != "Dana Pike"]) == 1, got


def test_a_paper_an_editorial_appeared_in_still_speaks_through_it(nlp):
    text = "Pike has been criticised at home. “The bridge is a folly,” reads an editorial in the Marlow Gazette."
    st = statement_with(statements_and_actors(nlp, text)[0], "bridge is a folly")
    assert st.speaker == "Marlow Gazette"
