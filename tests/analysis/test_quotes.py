"""Statements: one short case per quote pattern (textacy style), plus what must not be a statement."""
from __future__ import annotations

import pytest

from analysis.quotes import find_quote_regions, find_statements


def statements(nlp, text):
    return find_statements(nlp(text), "a1")


def only(nlp, text):
    found = statements(nlp, text)
    assert len(found) == 1, [(s.kind, s.text) for s in found]
    return found[0]


def spoken(text, s):
    return text[s.speaker_start:s.speaker_end] if s.speaker_start is not None else None


# ------------------------------------------------------------------------------ direct quotes

DIRECT = [
    # text, quote substring, speaker mention, cue
    ("“We will win this election,” Smith said.", "We will win this election", "Smith", "said"),
    ("Smith said: “We will win this election.”", "We will win this election", "Smith", "said"),
    ('"The economy is growing fast," the minister told reporters.', "The economy is growing fast",
     "the minister", "told"),
    ("«The talks were useful and frank», Lavrov said.", "The talks were useful and frank", "Lavrov", "said"),
    ("„The plan will fail completely“, Müller warned.", "The plan will fail completely", "Müller", "warned"),
    ("‘We are ready for the talks,’ he said.", "We are ready for the talks", "he", "said"),
    ("“The reforms are overdue,” said Jane Doe, an economist at the bank.", "The reforms are overdue",
     "Jane Doe, an economist at the bank", "said"),
    ("''This isn't tax reform,'' said Douglas Holtz-Eakin, an economist.", "This isn't tax reform",
     "Douglas Holtz-Eakin, an economist", "said"),
    ("The chief spoke.\n\n“I will make this promise to you: We will achieve justice in this case,” Tulsa "
     "police Chief Chuck Jordan said Monday.", "We will achieve justice", "Chuck Jordan", "said"),
    ("“Is this a war-torn country?” he asks.", "Is this a war-torn country?", "he", "asks"),
    ("“This is such a forceful demonstration,” the expert notes.", "forceful demonstration", "the expert", "notes"),
    ("“Our planning is focused on the next day,” the letter reads.", "Our planning is focused", "the letter",
     "reads"),
    ("Mr. Perez continued: “The border will stay open for trade.”", "The border will stay open", "Mr. Perez",
     "continued"),
    # machine-translated marks: a closing “ after a space, a closing ” before the next word
    ("“Moscow is strengthening ties with Caracas, ”the ministry said in a statement.",
     "Moscow is strengthening ties with Caracas", "the ministry", "said"),
    ("“Russia would like to be perceived as an ally, “- the expert sums up.",
     "Russia would like to be perceived as an ally", "the expert", "sums up"),
    ("The same applies to Cuba, the analyst continued: “Both countries face sanctions pressure. “.",
     "Both countries face sanctions pressure", "the analyst", "continued"),
    # a quote followed by a dash and the speaker's name
    ("Readers wrote to us.\n\n“Maybe we can build a wall around the stadium.” ― Steve Quinlan\n\nMore text.",
     "build a wall around the stadium", "Steve Quinlan", "―"),
]


@pytest.mark.parametrize("text,quote,mention,cue", DIRECT)
def test_direct_quote(nlp, text, quote, mention, cue):
    s = only(nlp, text)
    assert s.kind == "direct"
    assert quote in s.text
    assert s.text == text[s.start:s.end] or len(s.spans) > 1
    assert spoken(text, s) == mention
    assert s.cue == cue
    assert text[s.cue_start:s.cue_end] == cue


def test_quote_broken_by_he_said_is_one_statement_with_two_spans(nlp):
    text = "“The talks were difficult,” he said, “but we reached a deal in the end.”"
    s = only(nlp, text)
    assert [text[a:b] for a, b in s.spans] == ["The talks were difficult", "but we reached a deal in the end."]
    assert (s.start, s.end) == (s.spans[0][0], s.spans[-1][1])
    assert "difficult" in s.text and "deal" in s.text
    assert spoken(text, s) == "he"


@pytest.mark.parametrize("text, first, second, mention", [
    ("“It is heartbreaking,” Ryan said. “This country has to find new ways of healing.”",
     "It is heartbreaking", "This country has to find new ways of healing.", "Ryan"),
    ("“The harvest is lost,” said farmer Ilse Brandt. “We will need help before the winter comes.”",
     "The harvest is lost", "We will need help before the winter comes.", "farmer Ilse Brandt"),
    ("“Nobody warned us,” the captain told reporters. “The storm came out of nowhere and hit us hard.”",
     "Nobody warned us", "The storm came out of nowhere and hit us hard.", "the captain"),
])
def test_quote_resumed_after_full_stop_attribution_is_a_second_statement_of_the_same_speaker(
        nlp, text, first, second, mention):
    found = statements(nlp, text)
    assert [s.text for s in found] == [first, second]
    assert [spoken(text, s) for s in found] == [mention, mention]
    assert found[0].cue == found[1].cue != ""


def test_short_resumed_quote_joins_but_a_later_scare_quote_does_not(nlp):
    text = ("“We have no plans to raise taxes this year,” said Finance Minister Ana Lopez. “None at all.” "
            "The “reform” is a sham.")
    found = [s for s in statements(nlp, text) if s.kind == "direct"]
    assert len(found) == 1
    assert [text[a:b] for a, b in found[0].spans] == ["We have no plans to raise taxes this year", "None at all."]


def test_multi_paragraph_quote_continues_when_next_paragraph_reopens(nlp):
    text = ("The mayor spoke on Monday.\n\n“The first paragraph of the quote is here and it goes on.\n\n"
            "“The second paragraph continues the same quote,” she said.")
    s = only(nlp, text)
    assert len(s.spans) == 2
    assert "first paragraph" in s.text and "second paragraph" in s.text
    assert spoken(text, s) == "she"


def test_quote_running_over_a_line_break_continues(nlp):
    text = ("The minister spoke on Monday.\n\n“The first part of the statement is here.\n"
            "And the second part follows on the next line,” Ivan Petrov said.")
    s = only(nlp, text)
    assert len(s.spans) == 2 and "second part" in s.text
    assert spoken(text, s) == "Ivan Petrov"


def test_dash_continuation_after_attribution_is_a_new_statement_of_the_same_speaker(nlp):
    text = ("“So they don’t have much choice,” he says. – However, the interests of the parties are "
            "completely different. He doesn’t need cane sugar for free “.")
    found = statements(nlp, text)
    assert [s.kind for s in found] == ["direct", "direct"]
    assert "much choice" in found[0].text and "cane sugar" in found[1].text
    assert spoken(text, found[1]) == "he"


def test_lost_marks_around_he_added_split_the_quote(nlp):
    text = ("“Moscow is diligently strengthening ties with Venezuela. The same applies to Nicaragua, he added. "
            "– Havana is in many ways a traditional partner of Russia. “.")
    found = statements(nlp, text)
    assert len(found) == 2
    assert "Venezuela" in found[0].text and "Nicaragua" in found[0].text
    assert found[0].cue == "added" and spoken(text, found[0]) == "he"
    assert "Havana" in found[1].text


def test_transcript_speaker_label(nlp):
    text = 'Partial transcript as follows:\n\n"PENCE: Well, look, this is serious business for the country.\n\n"WALLACE: But, Governor, I have to ask you about that."'
    found = statements(nlp, text)
    assert [spoken(text, s) for s in found] == ["PENCE", "WALLACE"]
    assert found[0].text.startswith("Well, look")


# ------------------------------------------------------------------------------ reported speech

INDIRECT = [
    ("Smith said that the economy was growing quickly.", "the economy was growing quickly", "Smith", "said"),
    ("The economy is growing quickly, Smith said.", "The economy is growing quickly", "Smith", "said"),
    ("According to Smith, the economy is growing quickly.", "the economy is growing quickly", "Smith",
     "according to"),
    ("Smith noted that prices had risen sharply.", "prices had risen sharply", "Smith", "noted"),
    ("Smith believes the deal will hold for years.", "the deal will hold for years", "Smith", "believes"),
    ("Smith warned that the deal could collapse soon.", "the deal could collapse soon", "Smith", "warned"),
    ("Smith admitted that mistakes had been made.", "mistakes had been made", "Smith", "admitted"),
    ("Smith expressed confidence that the deal would hold.", "the deal would hold", "Smith",
     "expressed confidence"),
    ("The deal will hold for years, the minister summed up.", "The deal will hold for years", "the minister",
     "summed up"),
    ("Ivan Petrov spoke on Monday. In his opinion, the deal will hold for years.", "the deal will hold", "his",
     "in his opinion"),
    ("Lopez calls the relationship between the two countries special.",
     "the relationship between the two countries special", "Lopez", "calls"),
    ("Smith expressed doubts about the plan to cut taxes.", "the plan to cut taxes", "Smith", "expressed doubts"),
    ("Smith found it difficult to say how long the truce would last.", "how long the truce would last", "Smith",
     "say"),
    ("Despite the cooperation, the expert believes, its potential is very limited.",
     "its potential is very limited", "the expert", "believes"),
    ("Trump said during a rally that Clinton once praised the deal.", "Clinton once praised the deal", "Trump",
     "said"),
]


@pytest.mark.parametrize("text,content,mention,cue", INDIRECT)
def test_reported_speech(nlp, text, content, mention, cue):
    found = [s for s in statements(nlp, text) if content in s.text]
    assert found, [(s.text, s.cue) for s in statements(nlp, text)]
    s = found[0]
    assert s.kind == "indirect"
    assert spoken(text, s) == mention
    assert s.cue == cue


def test_partial_quote_is_carried_by_its_clause(nlp):
    text = "Clinton called half of Trump’s supporters “a basket of deplorables” at the event."
    s = only(nlp, text)
    assert "basket of deplorables" in s.text and "supporters" in s.text
    assert spoken(text, s) == "Clinton"


def test_offsets_point_into_the_text_and_indexes_follow_text_order(nlp):
    text = ("Smith said that the plan would fail within a year. "
            "“We will not give up on the plan,” Jones replied.")
    found = statements(nlp, text)
    assert [s.index for s in found] == list(range(len(found)))
    assert [s.start for s in found] == sorted(s.start for s in found)
    for s in found:
        assert s.sentence_start <= s.start < s.end <= s.sentence_end
        for a, b in s.spans:
            assert text[a:b] in s.text


# ------------------------------------------------------------------------------ not statements

NOT_STATEMENTS = [
    "He read the book “War and Peace” twice last summer.",
    "None of the “decent” countries is eager to be friends with them.",
    "The Kremlin wants to give a kind of “mirror response” to the expansion.",
    "She worked for the Russian service “Voice of America” for years.",
    "The so-called “peace plan” was discussed at length.",
]


@pytest.mark.parametrize("text", NOT_STATEMENTS)
def test_titles_names_and_scare_quotes_are_not_direct_statements(nlp, text):
    assert [s for s in statements(nlp, text) if s.kind == "direct"] == []


def test_headline_reporting_speech_is_a_statement_of_its_named_speaker(nlp):
    # issue 9: "X Says Y" is reported speech with source, cue and content (PolNeAR annotates it);
    # a headline without a speech cue stays no statement.
    text = "Trump Says He Will Win Ohio\n\nThe campaign held a rally in Columbus on Monday."
    found = statements(nlp, text)
    assert [(s.text, s.speaker_mention) for s in found] == [("He Will Win Ohio", "Trump")]
    assert statements(nlp, "Floods Close Roads Across the North\n\nRivers rose overnight.") == []


def test_section_heading_is_not_a_speaker(nlp):
    text = ("The meeting was long.\n\nRegional ambitions\n\nSpeaking about Venezuela, Admiral Craig Faller said "
            "that the United States is fully prepared.")
    s = only(nlp, text)
    assert "\n" not in spoken(text, s)
    assert "Faller" in spoken(text, s)


@pytest.mark.parametrize("text", ["", "   \n\n  ", "No quotes or speech here at all."])
def test_empty_and_plain_texts(nlp, text):
    assert statements(nlp, text) == []


# ------------------------------------------------------------------------------ quotation marks

@pytest.mark.parametrize("text,pieces", [
    ("He said “yes, we will” and left.", ["yes, we will"]),
    ("“one” and “two”", ["one", "two"]),
    ("“outer “inner” still outer”", ["outer “inner” still outer"]),
    ("«a» „b“ \"c\"", ["a", "b", "c"]),
    ("no marks at all", []),
    ("''This isn't tax reform,'' he said.", ["This isn't tax reform"]),
    ("“unclosed at the end of the paragraph", ["unclosed at the end of the paragraph"]),
])
def test_quote_regions(text, pieces):
    regions = find_quote_regions(text)
    assert [" ".join(text[a:b] for a, b in r.spans) for r in regions] == pieces
