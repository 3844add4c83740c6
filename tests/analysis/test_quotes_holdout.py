"""Who-said-what on short invented news passages, scored the way the hold-out is.

A statement is found when its normalised text contains the expected words; it is attributed when
the expected key (a surname or an organisation's name) is in the canonical speaker name or one of
its aliases. `None` as speaker means an anonymous source: no speaker at all. Kind `None` means the
quoted words are a title or a scare quote and must not become a direct quote.
"""
from __future__ import annotations

import re
import unicodedata

import pytest

from tests.pipeline_steps import statements_and_actors



def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s or "").lower()
    return re.sub(r"[^0-9a-z]", "", s.replace("\u2019", "'"))


def analysed(nlp, text):
    statements, found = statements_and_actors(nlp, text)
    return statements, {a.name: list(a.aliases) for a in found}


def xfail(case, reason):
    return pytest.param(*case, marks=pytest.mark.xfail(strict=True, reason=reason))


CASES = [
    # text, kind, words of the statement, speaker key (None: anonymous)
    # ---- cue verbs, cue after / before / inside the quote
    ('"We will not raise taxes this year," Finance Minister Laura Chen said on Tuesday.',
     "direct", "We will not raise taxes this year", "Chen"),
    ("Laura Chen told reporters on Monday that the budget would be balanced by 2027.",
     "indirect", "budget would be balanced by 2027", "Chen"),
    ("“The vote was rigged from the start,” opposition leader Marco Ruiz insisted. “We will appeal.”",
     "direct", "rigged from the start", "Ruiz"),
    ("Senator Tom Hale argued that the bill would hurt small farmers. “It is a giveaway to agribusiness,” "
     "he added.", "indirect", "the bill would hurt small farmers", "Hale"),
    ("Senator Tom Hale argued that the bill would hurt small farmers. “It is a giveaway to agribusiness,” "
     "he added.", "direct", "It is a giveaway to agribusiness", "Hale"),
    ("“Prices will keep rising through the winter,” warned Anna Berg, chief economist at Nordbank.",
     "direct", "Prices will keep rising through the winter", "Berg"),
    ("Health Minister Priya Nair noted that vaccination rates had doubled since March.",
     "indirect", "vaccination rates had doubled since March", "Nair"),
    ("Ahmed Karimi denied that he had met the rebels. “I have never been to that village,” he said.",
     "direct", "I have never been to that village", "Karimi"),
    ("Ahmed Karimi denied that he had met the rebels. “I have never been to that village,” he said.",
     "indirect", "he had met the rebels", "Karimi"),
    ("“Why should taxpayers foot the bill?” asked Rep. Dana Wills, a Republican from Ohio.",
     "direct", "Why should taxpayers foot the bill", "Wills"),
    ("“The era of cheap energy is over,” Prime Minister Olav Lund tweeted on Friday.",
     "direct", "The era of cheap energy is over", "Lund"),
    ("Police Chief Sam Ortiz testified that officers had followed protocol during the arrest.",
     "indirect", "officers had followed protocol", "Ortiz"),
    ("“I remember the sound of the sirens every night,” recalled Elena Petrova, 82, who survived the siege.",
     "direct", "I remember the sound of the sirens", "Petrova"),
    ("White House press secretary Karen Bell stressed that the president had not been briefed.",
     "indirect", "the president had not been briefed", "Bell"),
    ("Analysts at the bank predicted that inflation would ease by the summer. Governor Paul Mayer was more "
     "cautious. “We are not there yet,” he said.", "direct", "We are not there yet", "Mayer"),
    ("“Our goal,” said Defence Secretary Hugh Barrow, “is to finish the withdrawal by June.”",
     "direct", "is to finish the withdrawal by June", "Barrow"),
    ("Dr. Amy Fox, who leads the study, stressed: “These results are preliminary and need more work.”",
     "direct", "These results are preliminary", "Fox"),
    ("Mayor Ines Duarte announced on Sunday that the curfew would be lifted.",
     "indirect", "the curfew would be lifted", "Duarte"),
    ("The coach, Rafael Ortega, declared after the match: “This team will be champions.”",
     "direct", "This team will be champions", "Ortega"),
    ("“The data is clear,” Dr. Alan Reeves explained. “Masks reduce transmission in crowded rooms.”",
     "direct", "Masks reduce transmission", "Reeves"),
    ("According to the Federal Reserve, unemployment fell to 3.9 percent in May.",
     "indirect", "unemployment fell to 3.9 percent", "Federal Reserve"),
    # ---- pronoun and description speakers
    ("Central bank governor Maria Santos spoke in Lisbon. “The economy is resilient,” she said, “but "
     "households are still struggling.”", "direct", "households are still struggling", "Santos"),
    ("Maria Lopez lost her home in the flood. “We have nothing left,” the 45-year-old said.",
     "direct", "We have nothing left", "Lopez"),
    ("Senator Maria Gomez lost the primary by 400 votes. “This is not the end of the story,” the senator "
     "declared.", "direct", "This is not the end of the story", "Gomez"),
    ("Mayor John Park faced angry residents on Monday. The mayor conceded that the city had been slow to "
     "respond.", "indirect", "the city had been slow to respond", "Park"),
    ("Kate Olsen, a spokeswoman for the airline, declined to give figures. “We did not see this coming,” "
     "the spokeswoman acknowledged.", "direct", "We did not see this coming", "Olsen"),
    ("Toyota recalled 200,000 vehicles on Wednesday. It said no injuries had been reported.",
     "indirect", "no injuries had been reported", "Toyota"),
    ("Greenpeace criticised the decision. “This is a dark day for the oceans,” it said in a statement.",
     "direct", "This is a dark day for the oceans", "Greenpeace"),
    ("Orion Systems shares fell 8 percent on Monday. The company claimed that its software had not been "
     "hacked.", "indirect", "its software had not been hacked", "Orion"),
    # ---- organisations
    ("The Pentagon said on Monday that 3,000 more troops would be sent to the region.",
     "indirect", "3,000 more troops would be sent", "Pentagon"),
    ("Amnesty International said in a statement that the detentions were arbitrary.",
     "indirect", "the detentions were arbitrary", "Amnesty"),
    ("Japan's Foreign Ministry summoned the Chinese ambassador on Tuesday. The ministry said the protest "
     "had been delivered in person.", "indirect", "the protest had been delivered in person", "Ministry"),
    ("“We made mistakes and we apologise to every passenger,” Nordic Air said in a statement on Thursday.",
     "direct", "We made mistakes", "Nordic Air"),
    # ---- partial quotes
    ("Opposition leader Ruth Mbeki called the budget “a disaster for working families”.",
     "direct", "a disaster for working families", "Mbeki"),
    ("Kwame Asante said the plan was “dead on arrival”.", "indirect", "dead on arrival", "Asante"),
    ("Anna Kowal, the ministry's spokeswoman, told Reuters the talks were “going well”.",
     "indirect", "going well", "Kowal"),
    ("In a letter to shareholders, chief executive Mark Dyson wrote that the merger “creates enormous "
     "value”.", "direct", "creates enormous value", "Dyson"),
    # ---- multi-paragraph quotes
    ("Fire chief Lena Holt described the scene.\n\n“The flames were moving faster than anyone expected. "
     "We had to pull our crews back twice.\n\n“By midnight the wind had changed and we could finally get "
     "ahead of it,” Holt said.", "direct", "The flames were moving faster than anyone expected", "Holt"),
    ("Fire chief Lena Holt described the scene.\n\n“The flames were moving faster than anyone expected. "
     "We had to pull our crews back twice.\n\n“By midnight the wind had changed and we could finally get "
     "ahead of it,” Holt said.", "direct", "By midnight the wind had changed", "Holt"),
    # ---- anonymous sources
    ("“We are seeing a real shift in voter behaviour,” a senior official said, speaking on condition of "
     "anonymity.", "direct", "real shift in voter behaviour", None),
    ("Sources said the deal could be signed as early as next week.",
     "indirect", "the deal could be signed", None),
    # ---- typographic variants
    ("«We will not give in to pressure», Foreign Minister Jean Moreau said.",
     "direct", "We will not give in to pressure", "Moreau"),
    ("„The border will remain closed until further notice“, said Interior Minister Klaus Weber.",
     "direct", "The border will remain closed", "Weber"),
    ("‘We will fight on for every seat,’ said Labour MP Jo Clarke.",
     "direct", "We will fight on for every seat", "Clarke"),
    ("Labour MP Jo Clarke said: 'We will fight on for every seat.'",
     "direct", "We will fight on for every seat", "Clarke"),
    # ---- titles and scare quotes: never direct quotes
    ("The so-called “peace plan” was never published.", None, "peace plan", None),
    ("She starred in “The Long Road Home” in 2019.", None, "The Long Road Home", None),
    ("Critics dismissed the “reform” as cosmetic.", None, "reform", None),
    ("The newspaper ran the headline “Crisis at the Border” on its front page.", None, "Crisis at the Border",
     None),
    ('The 1998 film "Saving Private Ryan" won five Oscars.', None, "Saving Private Ryan", None),
    # ---- more varied patterns
    ("“We are ready to talk at any time,” said the foreign minister, Yuki Tanaka.",
     "direct", "We are ready to talk at any time", "Tanaka"),
    ("The World Health Organization issued new guidance on Friday. “Vaccines remain our best tool,” it said.",
     "direct", "Vaccines remain our best tool", "World Health Organization"),
    ("Former treasurer Rob Jenkins appeared before the committee. “I never authorised the payments,” "
     "Jenkins testified on Thursday.", "direct", "I never authorised the payments", "Jenkins"),
    ("The IMF warned on Tuesday that global growth would slow to 2.5 percent next year.",
     "indirect", "global growth would slow to 2.5 percent", "IMF"),
    ("“We have done nothing wrong,” Carla Vega said. “The accusations are baseless and politically "
     "motivated.”", "direct", "The accusations are baseless", "Vega"),
    ("One diplomat, who asked not to be named, said the talks were close to collapse.",
     "indirect", "the talks were close to collapse", None),
    ("The merger could be announced on Monday, people familiar with the matter said.",
     "indirect", "The merger could be announced on Monday", None),
    ("“We are reviewing the report carefully,” a spokesperson for Meridian Bank said.",
     "direct", "We are reviewing the report carefully", "Meridian Bank"),
    ("Opposition leader Sara Nolan spoke after the vote. She said the so-called “reforms” were a sham "
     "designed to protect the ruling party.", "indirect", "were a sham designed to protect", "Nolan"),
    ("Opposition leader Sara Nolan spoke after the vote. She said the so-called “reforms” were a sham "
     "designed to protect the ruling party.", None, "reforms", None),
    ("“Where is the money going?” Councillor Ruth Ames asked at the meeting on Tuesday.",
     "direct", "Where is the money going", "Ames"),
    ("Rapper Jay Marlow wrote on X that he would “never perform in that city again”.",
     "direct", "never perform in that city again", "Marlow"),
    ("Governor Eric Lamb posted on Facebook: “Stay home tonight. The roads are not safe.”",
     "direct", "Stay home tonight", "Lamb"),
    ("The minister, speaking to reporters in Brussels, said: “Europe needs unity now more than ever.” "
     "Minister Ana Silva later left for Madrid.", "direct", "Europe needs unity", "Silva"),
    ("Judge Helen Cho opened the hearing.\n\n\"The defendant has a right to a fair trial. That right "
     "does not depend on public opinion.\n\n\"This court will not be rushed,\" Cho said.",
     "direct", "The defendant has a right to a fair trial", "Cho"),
    ("Prime Minister Omar Haddad said the ceasefire would hold. He added that aid convoys would enter the "
     "city on Friday.", "indirect", "aid convoys would enter the city", "Haddad"),
    ("“This is a historic day for our country,” Haddad, 61, told the BBC.",
     "direct", "This is a historic day for our country", "Haddad"),
    ("The book, titled “Why Nations Fail”, sold a million copies.", None, "Why Nations Fail", None),
    ("The government's “temporary measures” have now lasted ten years.", None, "temporary measures", None),
    ("Microsoft declined to comment. In a statement, the company said it “takes security seriously”.",
     "direct", "takes security seriously", "Microsoft"),
    # ---- short utterances, object cues, quotes with no cue
    ("“Absolutely not,” she said when asked about resigning. Finance chief Ana Ruiz left the room.",
     "direct", "Absolutely not", None),
    ("Smith was asked about the report. “No comment,” he said.", "direct", "No comment", "Smith"),
    ("The Transport Workers Union called for a general strike on Friday.", "indirect", "a general strike",
     "Transport Workers"),
    ("Governor Ruth Adler cited rising fuel costs as the main reason for the delays.",
     "indirect", "rising fuel costs", "Adler"),
    ("Senator Bo Lind accused the agency of hiding the report from Congress.",
     "indirect", "the agency of hiding the report", "Lind"),
    ("Mayor Jan Kerr urged residents to stay indoors until the storm passed.",
     "indirect", "residents to stay indoors", "Kerr"),
    ("Councillor Tom Reid was unrepentant. “I would do it all again tomorrow.”",
     "direct", "I would do it all again tomorrow", "Reid"),
    ("Councillor Tom Reid defended the plan at length.\n\n“I would do it all again tomorrow. Nobody else "
     "had a better idea.”", "direct", "Nobody else had a better idea", "Reid"),
    ("“We knew the risks,” said Captain Ivan Petrov. “We trained for this.\n\n“But nobody trains for "
     "losing a friend.”", "direct", "But nobody trains for losing a friend", "Petrov"),
    ("“Who will pay for all this?” asked one resident.", "direct", "Who will pay for all this", None),
    ("Ukraine's President Volodymyr Zelensky said on Telegram: “The attack will not go unanswered.”",
     "direct", "The attack will not go unanswered", "Zelensky"),
    ("He wrote a book called “Coal Is Not the Villain.”", None, "Coal Is Not the Villain", None),
    ("I loved “Star Wars,” she said.", None, "Star Wars", None),
    ("Japan's Foreign Ministry issued a statement on Friday. It said:\n\n“The ambassador has been summoned "
     "and a protest was delivered.”", "direct", "The ambassador has been summoned", "Foreign Ministry"),
    ("Senator Ann Ross voted against the bill. “This is a giveaway to the rich,” the Democrat said.",
     "direct", "This is a giveaway to the rich", "Ross"),
    ("Tom Baker met Jane Jones on Monday. “It was a productive meeting,” he said.",
     "direct", "It was a productive meeting", "Baker"),
    ("The movement's slogan, “We are the 99 percent,” spread quickly.", None, "We are the 99 percent", None),
    ("“The situation is under control,” according to Mayor Lisa Hart.",
     "direct", "The situation is under control", "Hart"),
    ("“The detentions must end now,” according to a statement from Amnesty International.",
     "direct", "The detentions must end now", "Amnesty"),
    ("The group, which calls itself “the last line of defence against tyranny”, held a rally.",
     None, "the last line of defence against tyranny", None),
    xfail(("“Our thoughts are with the families,” a statement from Leeds United read.",
           "direct", "Our thoughts are with the families", "Leeds"),
          "the small model tags 'read' as a noun, so the quote finds no verb after it"),
    ("Mr. Diaz, 54, acknowledged that mistakes had been made but denied any wrongdoing.",
     "indirect", "mistakes had been made", "Diaz"),
    ("Mayor Ann Bell warned of severe flooding along the river.", "indirect", "severe flooding", "Bell"),
    ("Ruth Kane described her mother.\n\n\"She was strict but fair. She never lied to us.\n\n“We all "
     "miss her every single day,” Kane said.", "direct", "We all miss her every single day", "Kane"),
    ("‘We were told nothing,’ said Gwen Price, whose son was injured. ‘Nobody called us.\n\n‘Nobody has "
     "apologised either,’ she added.", "direct", "Nobody has apologised either", "Price"),
    ("Foreign Minister Anna Weiss spoke after the summit. «We are ready», she said, «but not at any price.»",
     "direct", "but not at any price", "Weiss"),
    ("Chancellor Otto Brand was defiant. He said: „We will not pay twice for the same mistake.“",
     "direct", "We will not pay twice", "Brand"),
    ("UN Secretary-General António Guterres said: „Enough is enough.“\nTalks resume on Monday.",
     "direct", "Enough is enough", "Guterres"),
    ("A Bloomberg poll shows that Clinton leads among wealthy voters.", "indirect", "Clinton leads among wealthy",
     "Bloomberg"),
    ("Rep. Adam Schiff called on President Obama to retaliate against Russia.", "indirect",
     "President Obama to retaliate against Russia", "Schiff"),
    ("Her tax plan sends a clear message that a top priority “is raising taxes at the top,” Ed Kamin said.",
     "indirect", "Her tax plan sends a clear message that a top priority", "Kamin"),
    xfail(("The decision, said Mayor Ann Lee, “was long overdue and badly needed.”",
           "direct", "was long overdue", "Lee"), "the parse makes 'The decision' the subject of 'said'"),
    xfail(("The European Commission fined Google 2 billion euros. The company said it would appeal.",
           "indirect", "it would appeal", "Google"),
          "the small model does not tag Google here, so 'the company' finds only the Commission"),
]


@pytest.mark.parametrize("text,kind,words,speaker", CASES)
def test_holdout_like_statement(nlp, text, kind, words, speaker):
    statements, aliases = analysed(nlp, text)
    hits = [s for s in statements if _norm(words) in _norm(s.text)]
    if kind is None:
        assert not [s for s in statements if s.kind == "direct"
                    and (_norm(s.text) in _norm(words) or _norm(words) in _norm(s.text))], \
            [(s.kind, s.text) for s in statements]
        return
    assert hits, [(s.kind, s.text, s.speaker) for s in statements]
    s = hits[0]
    assert s.kind == kind, (s.kind, s.text)
    if speaker is None:
        assert s.speaker is None, s.speaker
    else:
        names = [s.speaker or ""] + aliases.get(s.speaker, [])
        assert any(speaker.lower() in n.lower() for n in names), (s.speaker, names, s.speaker_mention)


def test_quote_after_a_full_stop_and_a_new_cue_is_not_joined_to_the_one_before(nlp):
    text = ("My mother asked what I believed. I said: “Of course I believe in the devil.” To which she said, "
            "“Thank God at least you still believe in the devil.”")
    statements, _ = analysed(nlp, text)
    thank = [s for s in statements if "Thank God" in s.text]
    assert len(thank) == 1 and "Of course" not in thank[0].text, [s.text for s in statements]
    assert text[thank[0].speaker_start:thank[0].speaker_end] == "she"
