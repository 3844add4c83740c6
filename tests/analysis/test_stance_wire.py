"""Stance rows a reader of real wire copy rejects (issue 10's read-through), on invented text run
through the whole analysis: acts only supposed, praise conceded before a "but", a rival named by
the race, a demand that one actor act against another, a verdict someone else reached, a standing
described, a poll's share of respondents as a source, words a reporter passes on from another
speaker, news of a release, a participle describing its noun, an act on a condition, the victim of
what a negative word describes, someone else's "I" quoted by the speaker, the deed a judgement is given for, the issue of a dispute, a feeling, people of a place
or a person's followers as the place or the person, a conditional "should", an attack rejected as the
attacker's target, a reading against the act on the same words, a word naming someone's act; and from later
read-throughs of random PolNeAR train articles: namesakes told apart by their titles, a first name alone,
"the company", scare-quoted verbs, judgements under a negated "think", deals struck "with" someone, attacks on
what someone defends, counterfactual or merely possible acts, speeches delivered, complaints "to" a body,
warnings, "helped" + deed, participles after "after they ...", role holders of another time, descriptions
matched by a role's modifier or a word inside a name, "some Democrats", settings of a meeting, wishes, and
infinitives on a possessed noun. Each case fails without its rule."""
from __future__ import annotations

import pytest

from analysis.corpus import analyze_doc
from analysis.types import Article


def stances(nlp, text):
    return analyze_doc(nlp(text), Article("a", text)).stances


def between(found, source, target):
    return [r for r in found if (r.source, r.target) == (source, target)]


@pytest.mark.parametrize("text, source, target", [
    # a demanded act against another judges its object, not the doer asked to carry it out
    ("The columnist Ann Porter tweeted that Governor Kurt Brandt should deport Maria Ortiz.", "Ann Porter", "Kurt Brandt"),
    ("Senator Lena Kim wrote that the governor, Kurt Brandt, should fire Maria Ortiz at once.", "Lena Kim", "Kurt Brandt"),
    ('"In light of the contradictions, the Justice Department should investigate and decide whether to prosecute '
     'Maria Ortiz," Senator Lena Kim said.', "Lena Kim", "Justice Department"),
    # a rival named by the race is no stance toward the other runner
    ("Senator Lena Kim largely ignored Maria Ortiz, Kurt Brandt's most formidable opponent, in her speech.",
     "Maria Ortiz", "Kurt Brandt"),
    # a standing described is a fact, not the speaker's judgement
    ("Senator Lena Kim invoked Kurt Brandt's initial polling deficit in 2010 to argue that the race was open.",
     "Lena Kim", "Kurt Brandt"),
    # a verdict someone else reached, only reported
    ('The two senators, Lena Kim and Omar Haddad, argued that there was precedent, citing a case in which Maria Ortiz '
     'was found guilty of "gross negligence."', "Lena Kim", "Maria Ortiz"),
    # acts supposed, possible or still to come
    ("The biggest news came last: the Steelworkers Union would endorse Maria Ortiz on Thursday.",
     "Steelworkers Union", "Maria Ortiz"),
    ("In particular, Lena Kim wrote, Maria Ortiz can challenge Kurt Brandt, whose record is weak.", "Maria Ortiz", "Kurt Brandt"),
    ("Senator Lena Kim could back Maria Ortiz next month, aides said.", "Lena Kim", "Maria Ortiz"),
    ("While Senator Lena Kim has yet to endorse Maria Ortiz, her deputy has thrown his support behind her.",
     "Lena Kim", "Maria Ortiz"),
    # liking conceded before a "but": the contrast is what the speaker says
    ('"I love the Daily Herald because they are part of our family, but they have been chasing ratings," Kurt Brandt said.',
     "Kurt Brandt", "Daily Herald"),
    ('"Some changes need to be made," Lena Kim said. "I like Maria Ortiz; don\'t get me wrong. But she would never '
     'break up the big banks."', "Lena Kim", "Maria Ortiz"),
    # a poll's share of respondents is not the voter quoted before it
    ('"I don\'t know enough about him yet," said Mona Reyes, 59, of Dayton. Since May, Maria Ortiz has gained on other '
     'measures, too. And 64 percent call her competent, after 55 percent said so in May.', "Mona Reyes", "Maria Ortiz"),
    # what a reporter passes on from another speaker is the other's word
    ("The Daily Ledger noted that the columnist Ann Porter tweeted that Governor Kurt Brandt should deport Maria Ortiz.",
     "Daily Ledger", "Maria Ortiz"),
    # news of a release, a state of the person, not a judgement
    ("Her husband, Omar Haddad, was free and would soon be coming home, Kurt Brandt told her.", "Kurt Brandt", "Omar Haddad"),
    # a participle describing its noun: no one in the clause did it
    ("Senator Lena Kim said that if Kurt Brandt opted to make a deal, he should have insisted on getting all imprisoned "
     "Americans out of Iran.", "Kurt Brandt", "United States"),
    # an act or a deed on a condition is supposed, whichever way it goes
    ("Maria Ortiz told reporters she was worried that Kim's supporters would not support Kurt Brandt if Kim loses the "
     "nomination.", "Maria Ortiz", "Kim"),
    ("Maria Ortiz told reporters she was worried that Kim's supporters would not support Kurt Brandt if Kim loses the "
     "nomination.", "Kim", "Kurt Brandt"),
    ('"I did not say, you know what, if Kurt Brandt does X, Y and Z, I will support Kurt Brandt," Maria Ortiz said.',
     "Maria Ortiz", "Kurt Brandt"),
    # a negative word on what was done to a name judges the doers, not their victim
    ('Lena Kim has been "arbitrarily detained" by the junta since 2019, and should be freed, the rights group Amnesty '
     'International says.', "Amnesty International", "Lena Kim"),
    # an "I" or "we" in words the speaker quotes from others is theirs
    ('"Voters tell me, \'We support Maria Ortiz,\' every day," Kurt Brandt said.', "Kurt Brandt", "Maria Ortiz"),
    # the deed in the reason for a judgement is the judged one's, not the judge's
    ("Lena Kim criticized Maria Ortiz for failing to defend Kurt Brandt.", "Lena Kim", "Kurt Brandt"),
    # an act named as what a fight is over is the issue, done by no one there
    ("Senator Lena Kim, who last year threatened to shut down the government over funding Planned Parenthood, spoke "
     "on Monday.", "Lena Kim", "Planned Parenthood"),
    ("Lena Kim and Kurt Brandt clashed over supporting the Harbor Union.", "Kurt Brandt", "Harbor Union"),
    # a feeling of the subject is no judgement of it
    ("Lena Kim said Kurt Brandt was furious with the report.", "Lena Kim", "Kurt Brandt"),
    # people of a place, and a person's followers, act for themselves
    ("Ohio's Democratic governor, executive councilors and most state senators support Maria Ortiz.", "Ohio", "Maria Ortiz"),
    ("Lena Kim said Ohio's governor had lied about the budget.", "Lena Kim", "Ohio"),
    ("Kurt Brandt's supporters attacked Maria Ortiz on Monday.", "Kurt Brandt", "Maria Ortiz"),
    ("Lena Kim said Kurt Brandt's supporters had lied about the budget.", "Lena Kim", "Kurt Brandt"),
    # "should" with a condition foretells, it demands nothing
    ('"If the undecided take Democratic ballots, Maria Ortiz should win by double digits," Lena Kim said.',
     "Lena Kim", "Maria Ortiz"),
    # rejecting an attack on a name defends it
    ('Lena Kim dismissed criticism of Kurt Brandt\'s comments as "talking points."', "Lena Kim", "Kurt Brandt"),
    # a word naming someone's act is theirs, no judgement the speaker makes
    ('Lena Kim said Kurt Brandt\'s handling of the Harbor Union\'s "criticism" had taken weeks.', "Lena Kim", "Harbor Union"),
    # ... nor passed on to the next name when its owner is left out
    ('Lena Kim said Kurt Brandt\'s handling of the Harbor Union\'s "criticism" had taken weeks.', "Lena Kim", "Kurt Brandt"),
    # a verb in quotation marks of its own is someone's word for what others did: no act, no judgement of its object
    ('Kurt Brandt complained that Harbor Union officials were trying to "protect" Maria Ortiz by scheduling debates '
     'late.', "Harbor Union", "Maria Ortiz"),
    ('Kurt Brandt complained that Harbor Union officials were trying to "protect" Maria Ortiz by scheduling debates '
     'late.', "Kurt Brandt", "Maria Ortiz"),
    # a judgement inside what a negated thinking verb holds is not made
    ('"We have to be careful and not jump to conclusions and think that Ohio has gone mad," said Lena Kim.',
     "Lena Kim", "Ohio"),
    ('"We have to be very careful with what we see and not jump to conclusions and think that Ohio has gone mad and '
     'everyone is voting for Kurt Brandt," said Lena Kim.', "Lena Kim", "Ohio"),
    ("Lena Kim said she did not think Kurt Brandt was corrupt.", "Lena Kim", "Kurt Brandt"),
    # a deal struck "with" someone: the relative clause acts on the deal, not on the partner
    ("The donations were not disclosed, despite an agreement Maria Ortiz had struck with the Harbor Union to identify "
     "all donors.", "Maria Ortiz", "Harbor Union"),
    # attacks one defends something else against are aimed at that, not at the defender
    ("Maria Ortiz founded the Harbor Foundation in 2001. She was defending the organization against recent attacks "
     "from Kurt Brandt.", "Kurt Brandt", "Maria Ortiz"),
    ("Maria Ortiz defended her husband against attacks from Kurt Brandt.", "Kurt Brandt", "Maria Ortiz"),
    # counterfactual or merely possible acts
    ('"President Kurt Brandt would have never proposed banning Muslims from America," Lena Kim said.',
     "Kurt Brandt", "Muslims"),
    ("There is little chance of Harbor Union officials being prosecuted by the Justice Department.",
     "Justice Department", "Harbor Union"),
    # speaking is no deed that judges the speaker
    ("Lena Kim wrote that he penned the scathing remarks delivered by Maria Ortiz.", "Lena Kim", "Maria Ortiz"),
    ("Lena Kim said Kurt Brandt had delivered a speech in Ohio.", "Lena Kim", "Kurt Brandt"),
    # "he" is no woman named before
    ("Speechwriter reveals he might vote for Maria Ortiz.\n\nThe lifelong Republican who wrote the speech says he "
     "won't vote for Kurt Brandt this fall.", "Maria Ortiz", "Kurt Brandt"),
    # a complaint "to" a body is heard by it, not aimed at it
    ("On Tuesday, the Nevada State Democratic Party issued a formal complaint to the Democratic National Committee.",
     "Nevada State Democratic Party", "Democratic National Committee"),
    # a warning is no fault found
    ('Maria Ortiz, a Brandt supporter, said Lena Kim and other leaders attending the convention "should worry about '
     'what is going to happen."', "Maria Ortiz", "Lena Kim"),
    # "helped" takes the sign of the deed it helped along
    ('"Maria Ortiz helped incite the riot," Lena Kim said.', "Lena Kim", "Maria Ortiz"),
    # a participle after "after they ..." is theirs, not the main clause's subject's
    ("Senator Kurt Brandt has rebuffed pressure to rein in his supporters after they disrupted a convention in "
     "Nevada, throwing chairs and later threatening Lena Kim, the state chairwoman.", "Kurt Brandt", "Lena Kim"),
    # a good deed only possible is no praise
    ("Lena Kim said at the conference that the Harbor Union might achieve better results by coordinating with others.",
     "Lena Kim", "Harbor Union"),
    # "the next president" is not the president the article names
    ("Kurt Brandt, the president, nominated Maria Ortiz. Lena Kim said the next president should choose the nominee.",
     "Lena Kim", "Kurt Brandt"),
    # a plural description is no actor named with that word inside its name
    ("Kurt Brandt and Congress embarked on an experiment to help the poorest and most vulnerable students. The Every "
     "Student Succeeds Act passed later.", "Congress", "Every Student Succeeds Act"),
    # a thing described is no person whose role mentions that word
    ('No Child Left Behind was "very assertive," said Gary Orfield, education and law professor at the University of '
     'Ohio. Lena Kim called the new law "much, much better" than the old one.', "Lena Kim", "Gary Orfield"),
    ('"It will provide certainty," said Senator Patty Murray, a chief Democratic negotiator on the bill. House '
     'Republicans supporting the bill have said they have the votes.', "Republican Party", "Patty Murray"),
    # "some Democrats" are a few members, not the party
    ("She added that some Democrats have called her to say they will not vote for Hillary Clinton.",
     "Democratic Party", "Hillary Clinton"),
    # an act joined to a verb under "if" is only supposed
    ('Maria Ortiz won the primary. Kurt Brandt lost. "If he is going to get out and endorse her before the '
     'convention, how do you do that in a way to persuade his supporters?" said Lena Kim.', "Kurt Brandt", "Maria Ortiz"),
    # wishing for someone's act is not liking them
    ("Lena Kim said she would like Kurt Brandt to further explain his stance.", "Lena Kim", "Kurt Brandt"),
    # an infinitive on a possessed noun is its owner's act
    ("Filippo Grandi welcomed the EU's financial contribution to support Turkey and refugee communities in Turkey.",
     "Filippo Grandi", "Turkey"),
    # the owner of a "replacement", "successor" or "rival" is not who acts
    ("Lena Kim's rival attacked Maria Ortiz on Monday.", "Lena Kim", "Maria Ortiz"),
    # where a meeting takes place is no one met
    ("Bernie Sanders also plans to meet with Harry Reid that day on Capitol Hill.", "Bernie Sanders", "Congress"),
])
def test_no_row_a_reader_rejects(nlp, text, source, target):
    assert between(stances(nlp, text), source, target) == []


@pytest.mark.parametrize("text, source, target, polarity", [
    ("The columnist Ann Porter tweeted that Governor Kurt Brandt should deport Maria Ortiz.",
     "Ann Porter", "Maria Ortiz", "negative"),
    ('"In light of the contradictions, the Justice Department should investigate and decide whether to prosecute '
     'Maria Ortiz," Senator Lena Kim said.', "Lena Kim", "Maria Ortiz", "negative"),
    ("Senator Lena Kim asked the Justice Department to investigate Maria Ortiz over the payments.",
     "Lena Kim", "Maria Ortiz", "negative"),
    ("Lena Kim, who advises the mayor, is no fan of Maria Ortiz but praised her choice of running mate.",
     "Lena Kim", "Maria Ortiz", "negative"),
    # the act on the author's words states the stance; "criticism" denied is not read the other way
    ("Lena Kim rejected Maria Ortiz's criticism of the plan.", "Lena Kim", "Maria Ortiz", "negative"),
])
def test_the_row_a_reader_sees_instead(nlp, text, source, target, polarity):
    found = between(stances(nlp, text), source, target)
    assert found and {r.polarity for r in found} == {polarity}


@pytest.mark.parametrize("text, source, target, polarity", [
    ("Lena Kim said she would sue Maria Ortiz.", "Lena Kim", "Maria Ortiz", "negative"),  # an intention announced
    ("Lena Kim said she would not endorse Maria Ortiz.", "Lena Kim", "Maria Ortiz", "negative"),  # held back
    ("Lena Kim, a vocal opponent of Kurt Brandt, spoke first.", "Lena Kim", "Kurt Brandt", "negative"),  # "of": a stance
    ("Senator Lena Kim praised Maria Ortiz for her courage. But first, Kim thanked the voters.",
     "Lena Kim", "Maria Ortiz", "positive"),  # a narrated act, not a speaker's own concession
    ("Lena Kim wrote that Kurt Brandt should step down.", "Lena Kim", "Kurt Brandt", "negative"),  # a demand on the doer
    ("The Daily Ledger noted that Ann Porter had tweeted. Ann Porter wrote that Kurt Brandt should deport Maria Ortiz.",
     "Ann Porter", "Maria Ortiz", "negative"),  # the speaker's own words
    ('"I told them, \'I support Maria Ortiz,\'" Kurt Brandt said.', "Kurt Brandt", "Maria Ortiz", "positive"),
    ("Lena Kim praised Maria Ortiz for defending Kurt Brandt.", "Maria Ortiz", "Kurt Brandt", "positive"),
    ("Kurt Brandt's aides attacked Maria Ortiz on Monday.", "Kurt Brandt", "Maria Ortiz", "negative"),
    ("Maria Ortiz was defending herself against recent attacks from Kurt Brandt.", "Kurt Brandt", "Maria Ortiz",
     "negative"),
    ("The senator Maria Ortiz, whom Kurt Brandt praised on Monday, spoke next.", "Kurt Brandt", "Maria Ortiz",
     "positive"),
    ("Lena Kim said she thought Kurt Brandt was corrupt.", "Lena Kim", "Kurt Brandt", "negative"),
    ('Lena Kim said Kurt Brandt had "betrayed" the voters.', "Lena Kim", "Kurt Brandt", "negative"),
    ("Lena Kim said Kurt Brandt had delivered the aid he promised.", "Lena Kim", "Kurt Brandt", "positive"),
    ("Kurt Brandt proposed banning the Harbor Union from the talks.", "Kurt Brandt", "Harbor Union", "negative"),
    ("Senator Kurt Lang spoke on Monday. The senator said he would never vote for Maria Ortiz.", "Kurt Lang",
     "Maria Ortiz", "negative"),
    ("Lena Kim filed a complaint against Maria Ortiz with the committee.", "Lena Kim", "Maria Ortiz", "negative"),
    ("Lena Kim paid tribute to Maria Ortiz.", "Lena Kim", "Maria Ortiz", "positive"),
    ("Lena Kim said Kurt Brandt should resign.", "Lena Kim", "Kurt Brandt", "negative"),
    ("Kurt Brandt visited Ohio on Monday, praising Maria Ortiz.", "Kurt Brandt", "Maria Ortiz", "positive"),
    ("Lena Kim said Kurt Brandt had achieved great results.", "Lena Kim", "Kurt Brandt", "positive"),
    ("Republicans criticized Maria Ortiz on Monday.", "Republican Party", "Maria Ortiz", "negative"),
    ("Lena Kim likes Kurt Brandt.", "Lena Kim", "Kurt Brandt", "positive"),
    ("Filippo Grandi welcomed the EU's financial contribution to support Turkey and refugee communities in Turkey.",
     "European Union", "Turkey", "positive"),
    ("Kurt Brandt signed a letter condemning Maria Ortiz.", "Kurt Brandt", "Maria Ortiz", "negative"),
    ("Bernie Sanders also plans to meet with Harry Reid that day on Capitol Hill.", "Bernie Sanders", "Harry Reid",
     "neutral"),
    ("Lena Kim, a professor of law, spoke first. Kurt Brandt criticized the professor.", "Kurt Brandt", "Lena Kim",
     "negative"),
    ("Kurt Brandt, the president, vetoed the bill. Lena Kim said the president should resign.", "Lena Kim",
     "Kurt Brandt", "negative"),
])
def test_rows_the_precision_rules_keep(nlp, text, source, target, polarity):
    found = between(stances(nlp, text), source, target)
    assert found and {r.polarity for r in found} == {polarity}


@pytest.mark.parametrize("text, source, target, polarity", [
    # "the company": the company the text is about (a subject, named in the sentence), not the last named
    ("Exxon Mobil Corp. agreed to buy XTO Energy. Senator Lena Kim attacked the company on Monday.",
     "Lena Kim", "Exxon Mobil Corp", "negative"),
    ("Google settled with the regulators. Microsoft, meanwhile, was fined. Senator Lena Kim criticized the company "
     "for hiding the costs.", "Lena Kim", "Microsoft", "negative"),
    ("Delta Motors recalled 9,000 cars. The Steelworkers Union said it would strike. Lena Kim criticized the company "
     "for the delays.", "Lena Kim", "Delta Motors", "negative"),
    # a title tells namesakes apart, and the speaker is the one the title names
    ("Critics of Governor Kurt Brandt included Khizr and Ghazala Khan. Mr. Khan said Brandt had insulted the family. "
     "Ms. Khan wrote that her son, Humayun Khan, was a hero. Mr. Khan then attacked Brandt again.",
     "Khizr Khan", "Kurt Brandt", "negative"),
    ("Critics of Governor Kurt Brandt included Khizr and Ghazala Khan. Mr. Khan said Brandt had insulted the family. "
     "Ms. Khan wrote that her son, Humayun Khan, was a hero.", "Ghazala Khan", "Humayun Khan", "positive"),
    # a first name alone is the person of that first name named before it
    ('Ted Cruz won Iowa on Monday. "I am going to help Ted in every way I can," Lena Kim said. Ted Kennedy was '
     'thanked later.', "Lena Kim", "Ted Cruz", "positive"),
])
def test_the_actor_a_short_name_or_description_stands_for(nlp, text, source, target, polarity):
    found = between(stances(nlp, text), source, target)
    assert found and {r.polarity for r in found} == {polarity}
