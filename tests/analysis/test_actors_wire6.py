"""Actor-table errors read on real wire news (issue 9, section 3), with invented text: a headline's
verb glued into a name; a body's short form before its "for"; the press that covers an institution;
city nicknames; a person's other (maiden, former) name; names that end in "'s"; a name the tagger cut
after its first word."""
from __future__ import annotations

import pytest

from analysis import pipeline
from analysis.actors import find_actors
from tests.pipeline_steps import statement_with, statements_of, tagged


def table(nlp, text: str, *ents) -> dict[str, str]:
    doc = tagged(nlp, text, *ents) if ents else nlp(pipeline.spacy_text(text))
    _, found = find_actors(doc, "a1")
    return {a.name: a.type for a in found}


def mentions(nlp, text: str, *ents) -> list[tuple[str, str]]:
    doc = tagged(nlp, text, *ents) if ents else nlp(pipeline.spacy_text(text))
    found, _ = find_actors(doc, "a1")
    return [(m.text, m.actor) for m in found]


# ------------------------------------------------------------------ a headline's verb in a name


DEBUNK = "Ruiz Cash Debunks Dana On Donors\n\nThe film by Peter Vance says Dana Ruiz took money. Ruiz denied it."


@pytest.mark.parametrize("surface, label", [
    ("Ruiz Cash Debunks Dana", "PERSON"),  # the verb inside the name
    ("Debunks Dana", "PERSON"),  # the verb opening it
    ("Cash Debunks", "ORG"),  # the verb closing it, the person right after
])
def test_a_headline_verb_cuts_the_name(nlp, surface, label):
    ents = [(surface, label, 0), ("Peter Vance", "PERSON", 0), ("Dana Ruiz", "PERSON", 0), ("Ruiz", "PERSON", 2)]
    got = table(nlp, DEBUNK, *ents)
    assert not any("Debunks" in name for name in got), got
    assert got["Dana Ruiz"] == "person"


def test_a_verb_like_word_of_a_name_stays(nlp):
    text = "Ana Ruiz Hires Staff\n\nAna Ruiz hired Tom Banks. Banks said he was pleased."
    got = table(nlp, text, ("Ana Ruiz", "PERSON", 0), ("Ana Ruiz", "PERSON", 1), ("Tom Banks", "PERSON", 0),
                ("Banks", "PERSON", 1))
    assert "Tom Banks" in got


# ------------------------------------------------------------- a body's short form before "for"


@pytest.mark.parametrize("text", [
    "The Harlow Center for Justice released a study. Analysts at the Harlow Center said voting laws changed.",
    "Analysts at the Harlow Center said voting laws changed, according to the Harlow Center for Justice.",
    "The Corvin Institute on Aging said costs rose. A Corvin Institute study found the same.",
])
def test_a_body_named_by_the_words_before_its_for_is_that_body(nlp, text):
    got = table(nlp, text)
    bodies = [n for n in got if n.startswith(("Harlow", "Corvin"))]
    assert len(bodies) == 1, got


# ----------------------------------------------------------- the press that covers an institution


@pytest.mark.parametrize("text", [
    "According to White House pool reports, the president went golfing on Sunday.",
    "Members of the Kremlin press corps said the talks had ended.",
    "Pentagon reporters said the briefing was cancelled.",
])
def test_the_press_covering_an_institution_is_not_the_institution(nlp, text):
    got = mentions(nlp, text)
    assert got == [], got


def test_the_press_covering_an_institution_speaks_for_itself(nlp):
    sts = statements_of(nlp, "According to White House pool reports, the president went golfing on Sunday.")
    assert statement_with(sts, "golfing").speaker is None


def test_the_institution_itself_stays(nlp):
    got = table(nlp, "The White House press secretary said the talks had ended. White House officials agreed.")
    assert got.get("United States") == "country" or got.get("White House") == "institution"


# ----------------------------------------------------------------------------- city nicknames


@pytest.mark.parametrize("text, city", [
    ("Dana Ruiz campaigned in the Big Apple on Monday.", "New York City"),
    ("The delegates arrived in the City of Brotherly Love for the convention.", "Philadelphia"),
    ("The mayor of the Windy City said crime fell.", "Chicago"),
])
def test_a_city_nickname_is_the_city(nlp, text, city):
    got = table(nlp, text)
    assert got.get(city) == "place", got
    assert not any(n.startswith(("Big", "City", "Windy")) for n in got), got


def test_a_nickname_opening_a_longer_name_is_no_city(nlp):
    got = table(nlp, "The Big Apple Circus closed its tent in Ohio.")
    assert "New York City" not in got


# -------------------------------------------------------------------- a person's other name


@pytest.mark.parametrize("text, ents, other", [
    ("The files came from the now-jailed Ana Sousa - then known as Rui Sousa - in 2010.",
     [("Ana Sousa", "ORG", 0), ("Rui Sousa", "ORG", 0)], "Rui Sousa"),
    ("Dana Ruiz, née Kessler, said she would run. Ruiz said the race was open.",
     [("Dana Ruiz", "PERSON", 0), ("Kessler", "PERSON", 0), ("Ruiz", "PERSON", 1)], "Kessler"),
    ("Dana Ruiz, who was born Dana Kessler, said she would run.",
     [("Dana Ruiz", "PERSON", 0), ("Dana Kessler", "PERSON", 0)], "Dana Kessler"),
    ("The cartel boss Joaquin Vela, known as El Toro, escaped.",
     [("Joaquin Vela", "PERSON", 0), ("El Toro", "PERSON", 0)], "El Toro"),
])
def test_another_name_of_a_person_is_that_person(nlp, text, ents, other):
    got = table(nlp, text, *ents)
    assert other not in got, got
    assert got[ents[0][0]] == "person"


def test_two_people_side_by_side_stay_two(nlp):
    got = table(nlp, "Dana Ruiz and Tom Kessler said they would run.", ("Dana Ruiz", "PERSON", 0),
                ("Tom Kessler", "PERSON", 0))
    assert set(got) == {"Dana Ruiz", "Tom Kessler"}


# ---------------------------------------------------------------------- names ending in "'s"


@pytest.mark.parametrize("text, ents, name", [
    ("Workers at Harwood's said pay was low. Harwood's said it would raise wages.",
     [("Harwood", "ORG", 0), ("Harwood", "ORG", 1)], "Harwood's"),
    ("She ate at a Lindy's in Ohio. The Lindy's menu changed.", [("Lindy", "ORG", 0), ("Lindy", "PERSON", 1)],
     "Lindy's"),
    ("Harwood's will close 100 stores. A Harwood's spokeswoman said so.", [("Harwood", "ORG", 0),
                                                                          ("Harwood", "ORG", 1)], "Harwood's"),
])
def test_a_body_whose_name_ends_in_s_keeps_it(nlp, text, ents, name):
    got = table(nlp, text, *ents)
    assert got.get(name) == "organisation", got
    assert name[:-2] not in got


@pytest.mark.parametrize("text, ents, name", [
    ("The Pentagon's budget rose, and the Pentagon's chief said so.", [("Pentagon", "ORG", 0),
                                                                        ("Pentagon", "ORG", 1)], "Pentagon"),
    ("Dana Ruiz spoke. Ruiz's said to be angry.", [("Dana Ruiz", "PERSON", 0), ("Ruiz", "ORG", 1)], "Dana Ruiz"),
])
def test_an_owner_keeps_its_name(nlp, text, ents, name):
    got = table(nlp, text, *ents)
    assert name in got and not any(n.endswith("'s") for n in got), got


# ------------------------------------------------------- a known name the tagger cut short


def test_a_known_name_the_tagger_cut_after_its_first_word(nlp):
    text = "Dana Ruiz vowed to defeat the Islamic State. She said ISIS was weaker."
    got = mentions(nlp, text, ("Dana Ruiz", "PERSON", 0), ("Islamic", "NORP", 0), ("ISIS", "ORG", 0))
    assert ("Islamic State", "Islamic State") in got
    assert ("ISIS", "Islamic State") in got


# ------------------------------------------------------------- works, wars and state initials


QUOTED_TITLE = ("‘Harrowgate’ Star Ana Ruiz Is Back\n\nAna Ruiz, who stars in the thriller “Harrowgate,” returns "
                "to the stage. Ruiz said she was happy.")


@pytest.mark.parametrize("nth", [0, 1])
def test_a_one_word_name_only_ever_in_quotes_is_a_title(nlp, nth):
    got = table(nlp, QUOTED_TITLE, ("Harrowgate", "PERSON", nth), ("Ana Ruiz", "PERSON", 1), ("Ruiz", "PERSON", 2))
    assert "Harrowgate" not in got, got


def test_a_one_word_name_also_written_unquoted_stays(nlp):
    text = "The group “Wavemakers” said it would sue. Wavemakers is based in Ohio."
    got = table(nlp, text, ("Wavemakers", "ORG", 0), ("Wavemakers", "ORG", 1))
    assert got.get("Wavemakers") == "organisation"


@pytest.mark.parametrize("text, ents, absent", [
    ("After the Borean War, which most Whigs opposed, Ana Ruiz said the party had lost.",
     [("Borean War", "ORG", 0), ("Ana Ruiz", "PERSON", 0)], "Borean War"),
    ("Speaking on radio show Lenny's Jukebox last week, Ana Ruiz said the album was done.",
     [("Lenny's Jukebox", "PERSON", 0), ("Ana Ruiz", "PERSON", 0)], "Lenny's Jukebox"),
])
def test_wars_and_shows_are_no_actors(nlp, text, ents, absent):
    assert absent not in table(nlp, text, *ents)


def test_the_department_of_war_is_a_body(nlp):
    got = table(nlp, "The Department of War said the troops had left.", ("Department of War", "ORG", 0))
    assert "Department of War" in got


def test_a_newspaper_state_abbreviation_is_the_state(nlp):
    got = table(nlp, "Sen. Ted Vance (Tex.) has said that he would win.", ("Ted Vance", "PERSON", 0), ("Tex.", "GPE", 0))
    assert got.get("Texas") == "place" and "Tex" not in got


# ------------------------------------------------------------- a surname like a nationality


def test_a_surname_like_a_nationality_is_the_person(nlp):
    text = ("Mark Cuban, the owner of a team, says he may run. \"It is early,\" Cuban said. Cuban demurred when "
            "asked. Cuban exiles in Miami disagreed.")
    found, _ = find_actors(nlp(text), "a1")
    by_start = {m.start: m.actor for m in found}
    for at in [text.index("Cuban said"), text.index("Cuban demurred")]:
        assert by_start[at] == "Mark Cuban"
    assert by_start[text.index("Cuban exiles")] == "Cuba"


# ------------------------------------------------------------ "the X" after a longer body's name


@pytest.mark.parametrize("text, ents, body", [
    ("The report was published by the Harlow Free Lantern. The Lantern said the emails were sent in 2012.",
     [("Harlow Free Lantern", "ORG", 0), ("Lantern", "PERSON", 1)], "Harlow Free Lantern"),
])
def test_the_last_word_of_a_body_after_the_is_that_body(nlp, text, ents, body):
    got = table(nlp, text, *ents)
    assert got == {body: "organisation"}, got


def test_a_person_named_like_the_last_word_of_a_body_stays(nlp):
    text = "The Harlow Free Lantern hired Tom Lantern. Lantern said he was pleased."
    got = table(nlp, text, ("Harlow Free Lantern", "ORG", 0), ("Tom Lantern", "PERSON", 0), ("Lantern", "PERSON", 2))
    assert got.get("Tom Lantern") == "person"


@pytest.mark.parametrize("label_line", ["Stated Vance:", "Added Vance:"])
def test_a_speech_verb_before_a_known_name_is_no_part_of_it(nlp, label_line):
    text = f"The interview with Roger Vance aired on Monday.\n\n{label_line}\n\n“I think the stakes are high,” he said."
    got = table(nlp, text, ("Roger Vance", "PERSON", 0), (label_line[:-1], "PERSON", 0))
    assert got == {"Roger Vance": "person"}, got



# ------------------------------------------------------------------- wrong merges, operations


def test_a_titled_name_is_no_nickname_of_a_namesake(nlp):
    text = "House Speaker Paul Ryan has said he is not ready. Tom Vance, a backer of Sen. Rand Paul, signed up."
    got = table(nlp, text, ("Paul Ryan", "PERSON", 0), ("Tom Vance", "PERSON", 0), ("Rand Paul", "PERSON", 0))
    assert got.get("Rand Paul") == "person", got


def test_a_nickname_still_joins_its_person(nlp):
    text = "Hillary Ruiz spoke. Her rival called her Crooked Hillary on Monday."
    got = table(nlp, text, ("Hillary Ruiz", "PERSON", 0), ("Crooked Hillary", "PERSON", 0))
    assert got == {"Hillary Ruiz": "person"}


@pytest.mark.parametrize("nth", [0, 1])
def test_named_operations_are_no_actors(nlp, nth):
    text = "Ana Ruiz, a retired officer who commanded a unit during operations Desert Shield and Desert Storm, taught."
    surface = ["Desert Shield", "Desert Storm"][nth]
    got = table(nlp, text, ("Ana Ruiz", "PERSON", 0), ("Desert Shield", "PERSON", 0), ("Desert Storm", "PERSON", 0))
    assert surface not in got


# ------------------------------------------------------------ a speaker found where NER saw none


def test_a_speaker_found_by_name_is_mentioned(nlp):
    from analysis.corpus import analysis_rows, analyze_doc
    from analysis.types import Article

    text = "\"What stuns me is how little the field shifts,\" Twitter's Adam Vance said."
    doc = tagged(nlp, text, ("Twitter's Adam Vance", "WORK_OF_ART", 0))
    rows = analysis_rows(analyze_doc(doc, Article(id="a1", text=text)))
    actor = next(r for r in rows["actors"] if r["name"] == "Adam Vance")
    assert actor["n_mentions"] == 1 and actor["n_statements"] == 1
    assert [(m["text"], m["actor"]) for m in rows["mentions"]] == [("Adam Vance", "Adam Vance")]


# ------------------------------------------------- speakers the speaker module names (issue 9, §3)


def speaker_article(nlp, text: str):
    from analysis import speakers

    doc = nlp(text)
    mentions, found = find_actors(doc, "a1")
    return speakers._Article(doc, [], mentions, found, 1500)


def test_initials_of_a_body_named_in_full_are_that_body(nlp):
    art = speaker_article(nlp, "Gov. Pat Ruiz sued the U.S. Department of Justice on Monday.")
    assert art.add_actor("DOJ", "organisation", "DOJ", 40, None) == "Justice Department"
    assert "DOJ" not in art.by_name


def test_initials_of_no_body_of_the_article_are_a_body_of_their_own(nlp):
    art = speaker_article(nlp, "Gov. Pat Ruiz sued the U.S. Department of Justice on Monday.")
    assert art.add_actor("NRA", "organisation", "NRA", 40, None) == "NRA"


@pytest.mark.parametrize("name, expected", [
    ("Ruiz Addresses Harbor Attack", ("Dana Ruiz", "name", "")),  # the headline's verb ends the subject
    ("Leaked Files", (None, "anonymous", "leaked files")),  # dictionary words: a described source
])
def test_a_headline_subject_is_cut_at_its_verb(nlp, name, expected):
    from analysis import speakers

    art = speaker_article(nlp, "Ruiz Addresses Harbor Attack\n\nDana Ruiz spoke on Monday about the attack.")
    assert speakers._headline_subject(art, name) == expected


def test_a_name_ending_a_body_name_is_that_body(nlp):
    from analysis import speakers

    art = speaker_article(nlp, "The Red Hot Mango Trees will play in Ohio, the band said.")
    assert "Red Hot Mango Trees" in art.by_name
    assert speakers._body_ending_in(art, "Hot Mango Trees") == "Red Hot Mango Trees"
    assert speakers._body_ending_in(art, "Mango Trees Inc") is None


# --------------------------------------------------- awards, transcript markers, a state's party


@pytest.mark.parametrize("text, ents, absent", [
    ("Dana Lee, winner of the Harlow Smith Award for coverage, spoke.", [("Dana Lee", "PERSON", 0),
                                                                         ("Harlow Smith Award", "ORG", 0)],
     "Harlow Smith Award"),
    ("Tom Vance, who won the Corvin Prize, spoke.", [("Tom Vance", "PERSON", 0), ("Corvin Prize", "ORG", 0)],
     "Corvin Prize"),
    ("Ana Ruiz spoke. (END VIDEO CLIP) Tom Vance answered.", [("Ana Ruiz", "PERSON", 0),
                                                               ("END VIDEO CLIP", "ORG", 0),
                                                               ("Tom Vance", "PERSON", 0)], "END VIDEO CLIP"),
])
def test_awards_and_transcript_markers_are_no_actors(nlp, text, ents, absent):
    assert absent not in table(nlp, text, *ents)


@pytest.mark.parametrize("text, ents", [
    ("When Wyoming’s Republican Party gathers, Ana Ruiz will not attend, the Republican Party of Wyoming said.",
     [("Wyoming", "GPE", 0), ("Republican Party", "ORG", 0), ("Republican Party of Wyoming", "ORG", 0),
      ("Ana Ruiz", "PERSON", 0)]),
    ("The Wyoming Republican Party met. The Republican Party of Wyoming said Ana Ruiz would not attend.",
     [("Wyoming Republican Party", "ORG", 0), ("Republican Party of Wyoming", "ORG", 0), ("Ana Ruiz", "PERSON", 0)]),
    ("Wyoming’s Republican Party met. The Republican Party of Wyoming said Ana Ruiz would not attend.",
     [("Wyoming’s Republican Party", "ORG", 0), ("Republican Party of Wyoming", "ORG", 0), ("Ana Ruiz", "PERSON", 0)]),
])
def test_a_states_party_written_three_ways_is_one_body(nlp, text, ents):
    got = table(nlp, text, *ents)
    parties = [n for n in got if "Party" in n]
    assert len(parties) == 1 and "Wyoming" in parties[0], got


def test_a_national_party_beside_a_state_branch_stays_apart(nlp):
    text = "Ohio's Democratic Party met on Monday. Democrats in Congress agreed with the Democratic Party."
    got = table(nlp, text, ("Ohio", "GPE", 0), ("Democratic Party", "ORG", 0), ("Democrats", "NORP", 0),
                ("Congress", "ORG", 0), ("Democratic Party", "ORG", 1))
    assert {"Ohio Democratic Party", "Democratic Party"} <= set(got), got


# ------------------------------------------------------------ people and outlets the tagger swapped


def test_a_full_name_before_and_a_person_is_a_person(nlp):
    text = "\"His principle is simple,\" Edward-Isaac Vance and Gabriel Debono wrote."
    got = table(nlp, text, ("Edward-Isaac Vance", "ORG", 0), ("Gabriel Debono", "PERSON", 0))
    assert got == {"Edward-Isaac Vance": "person", "Gabriel Debono": "person"}, got


def test_a_body_before_and_a_body_stays_a_body(nlp):
    text = "Morgan Stanley and Goldman Sachs gave money."
    got = table(nlp, text, ("Morgan Stanley", "ORG", 0), ("Goldman Sachs", "ORG", 0))
    assert got["Morgan Stanley"] == "organisation"


@pytest.mark.parametrize("verb", ["reported", "reports"])
def test_the_subject_of_reported_is_an_outlet(nlp, verb):
    text = f"Harlowpost {verb} on an email from the campaign. According to Harlowpost, the email was sent in May."
    got = table(nlp, text, ("Harlowpost", "PERSON", 0), ("Harlowpost", "PERSON", 1))
    assert got == {"Harlowpost": "organisation"}, got


def test_a_handle_is_no_actor(nlp):
    got = table(nlp, "Ana Ruiz wrote the column.\n\nTwitter: @Milbrook.", ("Ana Ruiz", "PERSON", 0),
                ("@Milbrook", "PERSON", 0))
    assert got == {"Ana Ruiz": "person"}, got


# ------------------------------------------------- adjectives of a noun or a title, a headline's title


@pytest.mark.parametrize("text, ents, absent", [
    ("In 1964 Ana Ruiz challenged the Eastern establishment that ran the party.", [("Ana Ruiz", "PERSON", 0),
                                                                          ("Eastern", "ORG", 0)], "Eastern"),
    ("Todd pressed Republican National Chairman Reince Vance on the subject.",
     [("Republican National", "ORG", 0), ("Reince Vance", "PERSON", 0)], "Republican National"),
])
def test_an_adjective_before_a_noun_or_a_title_is_no_body(nlp, text, ents, absent):
    assert absent not in table(nlp, text, *ents)


def test_a_body_before_a_title_stays(nlp):
    got = table(nlp, "Harlow Bank Chairman Reince Vance spoke.", ("Harlow Bank", "ORG", 0), ("Reince Vance", "PERSON", 0))
    assert "Harlow Bank" in got



def test_a_body_only_ever_quoted_stays(nlp):
    text = "Ana Ruiz mispronounced the name of the militant group “Harakat” twice. Her “Harakat” drew laughs."
    got = table(nlp, text, ("Ana Ruiz", "PERSON", 0), ("Harakat", "ORG", 0), ("Harakat", "ORG", 1))
    assert got.get("Harakat") == "organisation", got
