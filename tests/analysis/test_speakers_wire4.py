"""Speakers of wire statements read on real news (issue 9, fourth round): a block of the speaker's own
words after "Ms Dale wrote:", a company described by its kind of business ("the social media
company"), a hyphenated name the tokenizer cut ("Wealth-X"), people named together with their
descriptions ("X, president of Acme, and Y, co-founder of Zeta, said"), a plural description right
after a pair ("The progressive heavyweights wrote"), and a document quoted after the sentence that
sent it ("“…,” it read."). Invented text only; each case runs the pipeline pieces as
`corpus.analyze_doc` does."""
from __future__ import annotations

import pytest

from tests.pipeline_steps import statement_with, statements_and_actors, statements_of


# ------------------------------------------------------------------ block quotes after "X wrote:"

@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Paula Dale criticised the new budget on Monday. In a long post on her blog, Ms Dale wrote:\n\n"
     "The budget fails working families. I have read every page of it and I cannot support it.\n\n"
     "Governor Tom Rivers has not replied.", "I cannot support it", "Paula Dale"),
    ("Mayor Karen Holt answered her critics on Friday. Holt explained in a letter to residents:\n\n"
     "Our city has never been safer. We hired forty officers this year.\n\n"
     "The council meets again next week.", "never been safer", "Karen Holt"),
])
def test_an_unquoted_paragraph_after_a_colon_cue_is_the_speakers_statement(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker and s.kind == "direct", (s.speaker, s.kind, s.text)
    assert "council" not in s.text and "Rivers" not in s.text, s.text


def test_a_block_quote_goes_on_while_its_paragraphs_speak_in_the_first_person(nlp):
    text = ("Senator Paula Dale criticised the new budget on Monday. Ms Dale wrote:\n\n"
            "The budget fails working families.\n\n"
            "I have read every page of it and I cannot support it.\n\n"
            "The vote is expected on Thursday.")
    block = statement_with(statements_of(nlp, text), "fails working families")
    assert "cannot support it" in block.text and "Thursday" not in block.text, block.text
    assert block.speaker == "Paula Dale", block.speaker


@pytest.mark.parametrize("text", [
    "Senator Paula Dale listed the reasons:\n\nThe budget fails working families and raises taxes.",
    "The plan has three parts:\n\nThe budget fails working families and raises taxes.",
])
def test_a_colon_after_something_other_than_a_bare_speech_verb_starts_no_block_quote(nlp, text):
    assert not any("fails working families" in s.text and s.kind == "direct" for s in statements_of(nlp, text))


# ------------------------------------------------------------------ a company described by its kind of business

@pytest.mark.parametrize("text, words, speaker", [
    ("Twitter has grown fast this year. The social media company said on Friday that it had suspended "
     "thousands of accounts.", "suspended", "Twitter"),
    ("Shares of Norlake Mining fell sharply on Monday. The gold-mining company said its output was safe.",
     "output was safe", "Norlake Mining"),
])
def test_a_company_described_by_its_kind_of_business_is_the_company_named(nlp, text, words, speaker):
    statements, actors = statements_and_actors(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)
    assert not any(a.name.lower().endswith("company") for a in actors), [a.name for a in actors]


# ------------------------------------------------------------------ a hyphenated name

@pytest.mark.parametrize("text, words", [
    ("Wealth-X keeps its own finances a secret but says its business has tripled.", "tripled"),
    ("Analysts were surprised on Monday. Wealth-X says the two brothers are worth about $47 billion each.",
     "worth about"),
])
def test_a_hyphenated_name_the_tokenizer_cut_is_the_speaker(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == "Wealth-X", (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ people named together

@pytest.mark.parametrize("text, words, members", [
    ("On Monday, Maria Lopez, president of Acme Corp., and David Chen, co-founder of Zeta Labs, applauded "
     "the plan, saying it would create jobs.", "create jobs", ("Maria Lopez", "David Chen")),
    ("Maria Lopez, a professor at Brook University, and David Chen, the director of Zeta Labs, said the "
     "plan would create jobs.", "create jobs", ("Maria Lopez", "David Chen")),
    ("Ana Ruiz, president of Acme, and Ben Cole, co-founder of Zeta, applauded the plan, saying it would "
     "create jobs.", "create jobs", ("Ana Ruiz", "Ben Cole")),
])
def test_people_named_together_with_their_descriptions_are_one_group(nlp, text, words, members):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is not None and all(m in s.speaker for m in members), s.speaker


@pytest.mark.parametrize("text, words, speaker", [
    ("Mayor Lena Ortiz and Senator Karl Henning backed the bill. The progressive heavyweights wrote that it "
     "was overdue.", "overdue", "Lena Ortiz and Karl Henning"),
])
def test_a_plural_description_after_a_pair_is_the_pair(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


@pytest.mark.parametrize("text, words", [
    ("Mayor Lena Ortiz and Senator Karl Henning backed the bill. The voters said that it was overdue.", "overdue"),
    ("Mayor Lena Ortiz and Senator Karl Henning backed the bill. The protesters outside the hall said that it "
     "was overdue.", "overdue"),
])
def test_people_nobody_names_after_a_pair_are_not_the_pair(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker != "Lena Ortiz and Karl Henning", s.speaker


# ------------------------------------------------------------------ a document quoted after the sentence that sent it

@pytest.mark.parametrize("text, words", [
    ("A coalition of nearly 30 groups sent a letter this week urging Congress to pass the bill.\n\n"
     "\"The delay reflects an appalling indifference to families,\" it read.", "appalling indifference"),
    ("A coalition of nearly 30 groups sent a letter this week urging Governor Tom Rivers to sign the bill.\n\n"
     "\"The delay reflects an appalling indifference to families,\" it read.", "appalling indifference"),
])
def test_a_letter_read_out_after_its_sender_speaks_for_the_sender_not_whom_it_urged(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker not in ("Congress", "Tom Rivers"), (s.speaker, s.speaker_kind)
    assert "coalition" in s.role, s.role


def test_a_letter_read_out_after_a_named_sender_is_the_senders(nlp):
    text = ("The Acme Corporation sent a letter to regulators on Monday.\n\n"
            "\"The rules are unfair to small firms,\" it read.")
    s = statement_with(statements_of(nlp, text), "unfair to small firms")
    assert s.speaker == "Acme Corporation", (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ descriptions: the person the article describes so

@pytest.mark.parametrize("text, words, speaker", [
    ("Billionaire Victor Lang leads the Republican field. On Monday, Senator Mia Chen attacked him in Ohio. "
     "\"He has no plan,\" Chen said. The billionaire front-runner said the attacks were false.",
     "attacks were false", "Victor Lang"),
    ("Victor Lang, a businessman from Ohio, leads the field. Senator Mia Chen attacked him on Monday. "
     "\"He has no plan,\" Chen said. The businessman said the attacks were false.", "attacks were false",
     "Victor Lang"),
])
def test_a_description_goes_to_the_person_the_article_described_so_not_the_last_speaker(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


@pytest.mark.parametrize("text, words, speaker", [
    ("GOP presidential contender and former neurosurgeon Ben Carson said on Sunday that he had told the truth.",
     "told the truth", "Ben Carson"),
])
def test_two_titles_joined_on_one_name_are_that_person(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


def test_the_mayor_and_a_named_person_are_not_one_person(nlp):
    text = "Mayor Tom Hale met the press. The mayor and Senator Ben Carson said on Sunday that the budget was fair."
    s = statement_with(statements_of(nlp, text), "budget was fair")
    assert s.speaker != "Ben Carson", (s.speaker, s.speaker_kind)


def test_the_website_is_the_site_named_in_narration_not_a_body_named_in_a_quote(nlp):
    text = ("\"The numbers in the Brightline Report are wrong,\" said Tom Hale, a spokesman for the mayor.\n\n"
            "The report was published on the Civic Watch website on Sunday. The website said the mayor had "
            "misled voters.")
    s = statement_with(statements_of(nlp, text), "misled voters")
    assert s.speaker == "Civic Watch", (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ "he" in a clause of a sentence about someone's thing

@pytest.mark.parametrize("text, words, speaker", [
    ("Professor Carl Vinter said he has no problem with critics of judges. But, he said, \"there is a line.\"\n\n"
     "One of Tom Brandt's earlier attacks came in February, when he told a radio host that the judge was biased.",
     "judge was biased", "Tom Brandt"),
    ("Professor Carl Vinter said he has no problem with critics of judges.\n\n"
     "Tom Brandt's remarks stand out because he said the judge was biased.", "judge was biased", "Tom Brandt"),
])
def test_he_in_a_clause_goes_to_the_owner_of_the_sentences_subject(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


def test_he_after_a_persons_lawyer_is_not_that_person(nlp):
    text = ("Professor Carl Vinter spoke first.\n\nTom Brandt's lawyer met reporters on Monday, and he said the "
            "judge was biased.")
    s = statement_with(statements_of(nlp, text), "judge was biased")
    assert s.speaker != "Tom Brandt", (s.speaker, s.speaker_kind)


def test_both_are_the_two_people_named_not_a_name_that_says_whose_body(nlp):
    text = ("Bernie Sanders and Hillary Clinton answered the union. Sanders said private contractors cost more. "
            "Clinton recalled her opposition to George W. Bush administration efforts to privatize federal jobs.\n\n"
            "On Social Security, both oppose an inflation formula called the \"chained CPI.\"")
    s = statement_with(statements_of(nlp, text), "inflation formula")
    assert s.speaker == "Bernie Sanders and Hillary Clinton", (s.speaker, s.speaker_kind)


@pytest.mark.parametrize("text, words", [
    ("A fashion designer for the Zeta Apparel Group watched from her home. The employee of nearly four years, a "
     "registered Republican who spoke on the condition of anonymity, said she became pregnant last year.",
     "became pregnant"),
])
def test_an_indefinite_apposition_says_what_a_source_is_not_who(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker, s.speaker_kind)


def test_a_newspaper_named_like_a_party_word_is_the_newspaper(nlp):
    text = ("Ivana Lang said she took off eight days after her first child was born.\n\n"
            "Last month, the Independent, a British newspaper, revealed that most of the clothing was made abroad.")
    s = statement_with(statements_of(nlp, text), "made abroad")
    assert s.speaker == "Independent", (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ transcript turns without quotation marks

PANEL = ("A panel of reporters led by host Chris Matthews discussed the tax plan on Saturday.\n\n"
         "Alex Seitz-Wald: She is right on all these things if you dig down, but it is the vegetables.\n\n"
         "Luciana Lopez: Saying it to people means something different to everyone.\n\n"
         "Matthews: Well, speculation is bad.\n\n"
         "Lopez: Well, no one thinks their savings are speculation.")


@pytest.mark.parametrize("words, speaker", [
    ("right on all these things", "Alex Seitz-Wald"),
    ("something different to everyone", "Luciana Lopez"),
    ("speculation is bad", "Chris Matthews"),
    ("no one thinks their savings", "Luciana Lopez"),
])
def test_a_transcript_turn_is_its_labels_statement(nlp, words, speaker):
    s = statement_with(statements_of(nlp, PANEL), words)
    assert s.speaker == speaker and s.kind == "direct", (s.speaker, s.kind, s.text)


@pytest.mark.parametrize("text", [
    "Senator Ana Ruiz spoke on Monday.\n\nUpdate: The vote was moved to Friday afternoon.",
    "Senator Ana Ruiz spoke on Monday.\n\nRuiz: a life in public service, told in her own words.",
])
def test_one_label_and_a_colon_is_no_transcript(nlp, text):
    assert not any(s.cue == ":" for s in statements_of(nlp, text)), [(s.text, s.speaker) for s in statements_of(nlp, text)]


def test_a_quoted_turn_opened_by_a_name_is_that_persons(nlp):
    text = ("A panel of reporters led by host Chris Matthews discussed the tax plan on Saturday.\n\n"
            "\"Chris Matthews: Seriously, seriously about this. The plan is to pay for the tuitions with a tax.\"")
    s = statement_with(statements_of(nlp, text), "Seriously")
    assert s.speaker == "Chris Matthews" and not s.text.startswith("Chris"), (s.speaker, s.text)


@pytest.mark.parametrize("text, words", [
    ("Bernie Sanders spoke to the Democratic caucus on Tuesday. That message mirrored the one he had "
     "delivered to his colleagues, according to a Democrat familiar with his remarks.", "mirrored"),
    ("Eggleston met House members on Tuesday. \"It wasn't a convincing argument,\" said one Democrat familiar "
     "with the discussion.", "convincing argument"),
])
def test_a_party_member_named_by_an_indefinite_article_is_an_unnamed_source(nlp, text, words):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is None and s.speaker_kind == "anonymous", (s.speaker, s.speaker_kind)


@pytest.mark.parametrize("text", [
    "Bernie Sanders met the Democrats on Tuesday. It's implied that he won't stand in the party's way.",
    "Bernie Sanders met the Democrats on Tuesday. It was reported that he won't stand in the party's way.",
])
def test_an_impersonal_it_is_said_names_no_speaker(nlp, text):
    assert not any(s.speaker == "Democratic Party" for s in statements_of(nlp, text)), \
        [(s.text, s.speaker) for s in statements_of(nlp, text)]


@pytest.mark.parametrize("text, words, speaker", [
    ("Moms at work.\n\nOn the last day of the convention, Ivanka Trump strode across the stage. Then she shattered "
     "party norms, saying her father would help.", "father would help", "Ivanka Trump"),
])
def test_she_after_a_name_the_recogniser_and_parser_missed_is_that_person(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker, (s.speaker, s.speaker_kind)


def test_she_never_goes_to_a_missed_name_of_the_other_gender(nlp):
    text = ("Moms at work.\n\nOn the last day of the convention, Robert Trump strode across the stage. Then she "
            "shattered party norms, saying her father would help.")
    s = statement_with(statements_of(nlp, text), "father would help")
    assert s.speaker != "Robert Trump", (s.speaker, s.speaker_kind)


# ------------------------------------------------------------------ "X issued the following statement:" ¶ the statement

@pytest.mark.parametrize("text, words", [
    ("Police said the attack left nine people dead, and leading law enforcement authorities questioned whether it "
     "was isolated.\n\nIn response, Senator Ana Ruiz issued the following statement:\n\n"
     "\"Our prayers are with all those affected by the horrible attacks. This cannot continue.\"", "Our prayers"),
    ("Police said the attack left nine people dead.\n\nIn response, Senator Ana Ruiz issued the following "
     "statement:\n\nOur prayers are with all those affected by the horrible attacks. We must do everything in our "
     "power to keep it from our shores.\n\nThe police have not named the attacker.", "Our prayers"),
])
def test_a_statement_set_off_after_issued_the_following_statement_is_the_issuers(nlp, text, words):
    statements = statements_of(nlp, text)
    s = statement_with(statements, words)
    assert s.speaker == "Ana Ruiz" and s.kind == "direct", (s.speaker, s.kind)
    assert "not named the attacker" not in s.text, s.text
    assert not any(x.text == "the following statement" for x in statements), [x.text for x in statements]


# ------------------------------------------------------------------ "…," read the email: the email's sender

@pytest.mark.parametrize("text, words, speaker", [
    ("Senator Bernie Sanders spoke in Ohio.\n\nOn Saturday, his campaign sent out a fundraising email stressing the "
     "impact of his bid. \"Our political revolution has already changed the race,\" read the email. \"And with every "
     "vote, we grow stronger.\"", "political revolution", "campaign of Bernie Sanders"),
    ("The Acme Corporation sent an email to regulators on Monday. \"The rules are unfair to small firms,\" read the "
     "email.", "unfair to small firms", "Acme Corporation"),
])
def test_a_quote_read_out_of_a_document_is_its_senders(nlp, text, words, speaker):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker == speaker and s.kind == "direct", (s.speaker, s.kind)


# ------------------------------------------------------------------ bodies named together

@pytest.mark.parametrize("text, words, members", [
    ("The F.B.I. has said it had no information about the couple. The State Department and the Department of "
     "Homeland Security have said they followed all policies and procedures.", "followed all policies",
     ("State Department", "Department of Homeland Security")),
])
def test_bodies_named_together_are_one_group(nlp, text, words, members):
    s = statement_with(statements_of(nlp, text), words)
    assert s.speaker is not None and all(m in s.speaker for m in members), (s.speaker, s.speaker_kind)


def test_a_body_and_a_person_are_no_group_of_bodies(nlp):
    text = "The State Department and Senator Ana Ruiz have said they followed all policies and procedures."
    s = statement_with(statements_of(nlp, text), "followed all policies")
    assert s.speaker != "State Department and Ana Ruiz", (s.speaker, s.speaker_kind)
