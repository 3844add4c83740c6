"""Narrated acts: "X criticized Y", "Y was sanctioned by X", "X's support for Y".

A small CAMEO-like lexicon written for ActorLens: each verb (or event noun) lemma maps to a relation
type, and each relation type to a score on the cooperation–conflict (Goldstein-like, −10..+10)
scale. The values are our own rounded judgements in the spirit of the CAMEO/Goldstein reference,
kept coarse on purpose: the analyst needs "criticise" vs "sanction" vs "meet", not a decimal.

`find_acts` reads acts from the dependency parse: subject → verb → object / prepositional object,
passives ("Y was criticised by X"), participle clauses that share the main subject ("..., accusing it
of ...", where "it" is the main verb's object), and light-verb constructions ("added Y to the
sanctions list", "imposed sanctions on Y", "voiced support for Y").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import lexicon
from .docarrays import token_column


RELATIONS: dict[str, float] = {k: float(v) for k, v in lexicon.mapping("relation_scores.tsv").items()}
"""relation: cooperation–conflict score (−10 most hostile … +10 most cooperative)."""
VERB_RELATIONS: dict[str, str] = lexicon.mapping("relation_verbs.tsv")
NOUN_RELATIONS: dict[str, str] = lexicon.mapping("relation_nouns.tsv")
"""Event nouns: "X's criticism of Y", "sanctions against Y", "support for Y"."""
ADJ_RELATIONS: dict[str, str] = lexicon.mapping("relation_adjectives.tsv")
"""Predicative adjectives: "X has been highly critical of Y", "X is supportive of Y"."""
AGENT_NOUN_RELATIONS: dict[str, str] = lexicon.mapping("relation_agent_nouns.tsv")
"""Nouns naming someone by their stance: "X, a critic of Y", "Trump supporters"."""
PATIENT_NOUN_RELATIONS: dict[str, str] = lexicon.mapping("relation_patient_nouns.tsv")
"""Nouns naming someone by the stance others hold toward them: "X, Y's nominee", "a target of Y"."""
PHRASAL_RELATIONS: dict[tuple[str, str], str] = {
    (verb.lower(), particle.lower()): relation for verb, particle, relation in lexicon.table("relation_phrasal_verbs.tsv")}
"""Phrasal verbs whose plain verb is no act: "X took on Y", "X came out against Y", "X sided with Y"."""
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL_RELATIONS)
DIRECT_OBJECT_VERBS = lexicon.words("relation_direct_object_verbs.txt")
"""Act verbs whose target is only the actor they are done to ("suspended the extradition of X" is no sanction of X)."""
LIGHT_VERBS = lexicon.words("relation_light_verbs.txt")
"""Verbs that carry an act only through their object noun: "imposed sanctions on Y"."""
WITHDRAWAL_VERBS = lexicon.words("relation_withdrawal_verbs.txt")
"""'X withdrew her endorsement of Y', 'lifted the sanctions on Y': a friendly act taken back opposes Y,
a hostile one taken back is none."""
LESSENING_VERBS = lexicon.words("relation_lessening_verbs.txt")
"""'X reduced its support for Y': less of an act is no act either way."""

NOUN_PREPS = {"of", "against", "on", "for", "to", "with", "toward", "towards", "into"}
OBJECT_DEPS = {"dobj", "obj", "dative", "attr", "oprd"}
TARGET_PREPS = {"against", "on", "to", "with", "for", "toward", "towards", "at", "of", "over"}
SELF_PRONOUNS = {"we", "i", "us", "me", "our", "my"}


def polarity_of(relation: str) -> int:
    g = RELATIONS.get(relation, 0.0)
    return 1 if g >= 3 else -1 if g < 0 else 0


@dataclass
class Act:
    """One narrated act: who did what to whom, read from the words between `start` and `end`."""

    verb: object  # spaCy Token
    relation: str
    goldstein: float
    subjects: list  # Tokens heading the agent phrase
    objects: list  # Tokens heading the patient phrase
    negated: bool
    evidence_start: int
    evidence_end: int
    rule: str


def _conjuncts(tok) -> list:
    return [tok, *[c for c in tok.conjuncts if c.i > tok.i]]


def _negated(verb) -> bool:
    if any(c.dep_ == "neg" for c in verb.children) or _neither_subject(verb):
        return True
    # "did not fail to criticize": a negated "fail" cancels out; a negated governing verb negates.
    head = verb.head
    if verb.dep_ in ("xcomp", "advcl") and head.lemma_ in {"refuse", "decline"} and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):  # "declined at first to criticize Y"
        return True
    if verb.dep_ == "acl" and head.lemma_.lower() in RELUCTANCE_NOUNS and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):  # "his refusal to call Y a …"
        return True
    if verb.dep_ == "xcomp" and any(c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in RELUCTANCE_NOUNS
                                    for c in head.children):
        return True  # "blamed his hesitancy to condemn Y on …", the infinitive parsed as the verb's
    if verb.dep_ == "xcomp" and head.lemma_ == "fail":
        return not any(c.dep_ == "neg" for c in head.children)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":  # "was not shy about criticising Y"
        head = head.head
    if verb.dep_ in ("xcomp", "pcomp") and head.dep_ == "acomp":
        # "X is not ready to endorse Y", "X was reluctant to back Y": the adjective's holder acts
        # (see `_subjects`), so the copula's negation and a reluctance adjective deny the act
        denied = any(c.dep_ == "neg" for t in (head, head.head) for c in t.children)
        return denied != (head.lower_ in RELUCTANCE_ADJECTIVES)
    return False


def _neither_subject(verb) -> bool:
    """"Neither X nor Y criticized Z", "neither X nor Y has gone as far as W in chiding Z": a subject
    under "neither" denies the act of each of them."""
    clause = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb
    return any(c.dep_ in ("nsubj", "nsubjpass") and any(d.lower_ == "neither" and d.i < c.i for d in c.subtree)
               for c in clause.children)  # the subtree: "neither X's A nor Y's B" is often misparsed


RELUCTANCE_ADJECTIVES = lexicon.words("relation_reluctance_adjectives.txt")
RELUCTANCE_NOUNS = lexicon.words("relation_reluctance_nouns.txt")


ECHO_ADVERBS = {"so", "too"}


def _echoing_subjects(verb) -> list:
    """"X praised Y, and so did Z", "..., and Z did too": Z, who does the same, shares the act."""
    return [t for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() == "do"
            and any(a.dep_ == "advmod" and a.lower_ in ECHO_ADVERBS for a in c.children)
            and not any(a.dep_ == "neg" for a in c.children)
            for s in c.children if s.dep_ == "nsubj" or (  # "so did Z", Z parsed as an object
                s.dep_ == "dobj" and not any(n.dep_ == "nsubj" for n in c.children)) for t in _conjuncts(s)]


def _subjects(verb) -> tuple[list, bool]:
    """Agent heads of a verb and whether the clause is passive (agent from "by")."""
    owner = _gerund_owner(verb)
    if owner is not None:  # "asked about Cole's calling Ruiz a bigot": Cole calls her one
        return _conjuncts(owner), False
    subj = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subj) > 1:
        # "Speaking in Salem, New Hampshire, X went after Y": of two subjects (a misparse), a place
        # farther from the verb is where, not who
        near = min(subj, key=lambda c: abs(verb.i - c.i))
        subj = [c for c in subj if c.i == near.i or c.ent_type_ not in ("GPE", "LOC", "FAC")]
    if subj:
        if verb.dep_ == "relcl" and subj[0].lower_ in ("who", "that", "which"):
            if _cleft_focus(verb.head) and subj[0].lower_ == "who":  # "it was X and Y who undid the gains": both did
                return _conjuncts(verb.head), False
            member = _member_named(verb.head)
            if member:  # "X was among the lawmakers who praised Y", "X, one of the groups that condemned Y"
                return member, False
            if subj[0].lower_ == "who":
                return [_person_before_who(verb.head)], False
            group = _conjuncts(verb.head)  # "the group, which condemned Y"
            if any(c.i > verb.i for c in group):
                return [verb.head], False  # "A, who is challenging Y; B, who ...": A's clause alone
            return group, False
        return [t for s in subj for t in _conjuncts(s)] + _echoing_subjects(verb), False
    agent = [gc for c in verb.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"]
    if agent:
        agents = [t for a in agent for t in _conjuncts(a)]
        return agents + _included_agents(verb, agents), True
    if verb.dep_ == "relcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and not any(c.dep_ == "nsubjpass" for c in verb.children):
        member = _member_named(verb.head)
        if member:  # "X was the first senator to endorse Y", "X, one of the few to praise Y"
            return member, False
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return _late_agents(verb) or _included_agents(verb, []), True
    # "Z criticised X for attacking Y", "X was criticised for attacking Y": X attacked
    if verb.dep_ == "pcomp" and verb.head.lower_ in ("for", "of"):  # "accused X of endorsing Y": X endorsed
        main = verb.head.head
        agents = [c for c in main.children if c.dep_ in ("dobj", "nsubjpass")]
        if not agents and main.dep_ in ("dobj", "nsubjpass") and verb_lemma(main.head) in _act_verb_lemmas():
            agents = [main]  # "accused X of showing support for Y" with "of" hung on X
        if agents:
            return _conjuncts(agents[0]), False
    for v in (verb, verb.head if verb.dep_ == "conj" else None):
        opener = _for_to_subject(v) if v is not None else None
        if opener is not None:
            return _conjuncts(opener), False
    if verb.dep_ == "acl" and verb.tag_ == "VBN":
        # "officials accused of fraud (by X)": the noun is the patient; "by" may hang lower in the parse
        by = [gc for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "by" for gc in t.children
              if gc.dep_ == "pobj"]
        return [t for b in by[:1] for t in _conjuncts(b)], True
    # shared subject: "X did not fail to criticize", "X visited Y, accusing it of", "X met and praised Y",
    # "X signed a letter condemning Y"
    controller = []
    if verb.dep_ == "xcomp":
        # object control: "X urged Y to criticise Z", "X called on Y to respect Z": Y acts, and X,
        # who asks for the act, shares its stance
        controller = [c for c in verb.head.children if c.dep_ in ("dobj", "obj")] or [
            gc for c in verb.head.children if c.dep_ == "prep" and c.lower_ == "on" for gc in c.children
            if gc.dep_ == "pobj"]
        controller = _conjuncts(controller[0]) if controller and controller[0].i < verb.i else []
        if controller and verb.head.lemma_.lower() in CAUSING_VERBS:
            return controller, False  # "X raised taxes, prompting Y to accuse him": Y's act alone
    owner = [c for c in verb.head.children if c.dep_ == "poss"] if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" else []
    if owner and any(a.lower_ == "to" for a in verb.children):
        return _conjuncts(owner[0]), False  # "welcomed the EU's contribution to support Turkey": the EU supports
    if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.i < verb.i and _plural_people(verb.head):
        return _conjuncts(verb.head), False  # "thanked the voters now backing Y": the voters back Y
    modified = _object_before_participle(verb)
    if modified is not None:
        return _conjuncts(modified), False
    cur = verb
    for _ in range(5):
        # "acomp": "X was quick to attack Y", "X is eager to back Y": the adjective's holder acts
        if cur.dep_ in ("xcomp", "advcl", "conj", "ccomp", "pcomp", "acl", "dobj", "prep", "acomp") and cur.head is not cur:
            came, cur = cur, cur.head
            if came.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in came.children):
                break  # "he estimated that most followed ... and supported Y": the clause's own subject, misparsed
            if came.dep_ == "advcl" and came.tag_ == "VBG":
                # "... after they disrupted the convention, throwing chairs": the clause just before it acts
                before = [c for c in cur.children if c.dep_ == "advcl" and c.i < came.i
                          and any(x.dep_ == "nsubj" for x in c.children)]
                if before and not any(c.dep_ == "nsubj" and c.i > before[-1].i for c in cur.children):
                    return controller + [t for x in before[-1].children if x.dep_ == "nsubj"
                                         for t in _conjuncts(x)], False
            if came.dep_ in ("xcomp", "advcl") and cur.dep_ == "acl" and cur.tag_ == "VBN" and cur.head.pos_ == "NOUN":
                # "holds up the gun used by X to kill Y": whoever used the thing acts (unsaid without "by");
                # "arrested the man hired to attack Y": the man does
                if not _a_thing(cur.head):
                    return controller + _conjuncts(cur.head), False
                by = [gc for c in cur.children if c.dep_ == "agent" for gc in c.children if gc.dep_ == "pobj"]
                return controller + [t for b in by[:1] for t in _conjuncts(b)], False
            subj = [c for c in cur.children if c.dep_ == "nsubj"]
            if not subj and any(c.dep_ == "nsubjpass" for c in cur.children):
                # "while X are expected to support her, she ...": not the main clause's subject; and
                # whether X will is only expected, or asked of X
                return controller, False
            if subj and came.dep_ == "conj" and cur.dep_ == "relcl" and subj[0].lower_ in ("who", "that", "which"):
                return controller + _subjects(cur)[0], False  # "Y, who came out and endorsed Z": Y endorsed
            if subj:
                if cur.i == verb.head.i and _coordinated_with_reporting(verb, cur, subj[0]):
                    subj = [c for c in cur.head.children if c.dep_ == "nsubj"] or subj
                return controller + [t for s in subj for t in _conjuncts(s)], False
        else:
            break
    if controller:
        return controller, False
    if verb.dep_ == "acl" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i:
        return [verb.head], False  # "Trump called ..." misparsed as a noun modifier
    return [], False


def _for_to_subject(verb):
    """"For Trump to encourage that and to praise Putin …": the noun between a "for" before the verb and
    its "to" does what the infinitive says."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ == "for" and c.i < verb.i:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None and any(t.lower_ == "to" for t in verb.doc[pobj.i + 1:verb.i]):
                return pobj
    return None


def _gerund_owner(verb):
    """The possessor of a gerund ("Cole's calling Ruiz a bigot", "defended Cole's attacking Ruiz",
    the possessor misparsed as the object before it), who does what the gerund names; else None."""
    if verb.tag_ != "VBG":
        return None
    owner = next((c for c in verb.children if c.dep_ == "poss" and c.i < verb.i), None)
    if owner is not None:
        return owner
    if verb.dep_ == "advcl" and verb.head.i < verb.i:
        obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
        if obj is not None and obj.right_edge.i + 1 == verb.left_edge.i and any(
                c.dep_ == "case" and c.i == obj.right_edge.i for c in obj.children):
            return obj
    return None


def _object_before_participle(verb):
    """"mocked the voters now backing Y" parsed with "backing" hung on "mocked": a participle right
    after its verb's object (no comma between) that names people modifies that object; the object
    is None when the participle follows a comma ("visited Ohio, criticizing Y": the subject acts)."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.head.i > verb.i:
        return None
    obj = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj") and c.i < verb.i), None)
    if obj is None or not _plural_people(obj):
        return None
    gap = verb.doc[obj.right_edge.i + 1:verb.left_edge.i]
    if len(gap) or verb.left_edge.i <= obj.i:
        return None
    return obj


def _a_thing(noun) -> bool:
    """"the gun", "the funds": a common noun for no one (no entity, no person ending or person noun),
    which cannot do what an infinitive after it says ("the gun used to kill Y"; "the man hired to kill Y" can)."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and not noun.ent_type_ and not lemma.endswith(("er", "or", "ist", "ian", "ant")) \
        and lemma not in lexicon.words("stance_people_nouns.txt") and lemma not in lexicon.words("agent_nouns.txt")


def _plural_people(noun) -> bool:
    """"voters", "donors", "activists", "Republicans": a plural noun for people (by its ending or the
    people-noun list), not a written thing ("letters", "posters") that speaks for whoever sent it."""
    lemma = noun.lemma_.lower()
    if noun.tag_ not in ("NNS", "NNPS") or lemma in lexicon.words("written_thing_nouns.txt") or lemma in ("letter", "paper"):
        return False
    return noun.ent_type_ == "NORP" or lemma.endswith(("er", "or", "ist", "ian", "ant")) or (
        lemma in lexicon.words("stance_people_nouns.txt"))


def _cleft_focus(noun) -> bool:
    """"It was X who ...", "it is X that ...": the noun a cleft sentence puts in focus, whose relative
    clause says what X did."""
    return noun.dep_ == "attr" and noun.head.lemma_.lower() == "be" and any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in noun.head.children)


GROUP_PART_WORDS = {"one", "some", "several", "many", "few", "each", "two", "three", "four", "five", "first",
                    "among", "most", "all"}
LIST_VERBS = {"be", "rank", "count", "remain"}


def _member_named(noun) -> list:
    """The one a sentence places in the group a relative clause describes: 'X was among the
    lawmakers who ...', 'Among the groups that ... was X', 'X was one of the few Republicans who
    ...', 'X, one of the first to ...', 'X was the first senator to ...'. [] when no one is."""
    cur = noun
    if cur.dep_ == "pobj" and cur.head.lower_ == "of" and cur.head.dep_ == "prep" and (
            cur.head.head.lower_ in GROUP_PART_WORDS or cur.head.head.like_num):
        cur = cur.head.head  # "one of the lawmakers": the one
        if cur.dep_ == "appos" and cur.head.pos_ in ("PROPN", "NOUN", "PRON"):
            return _conjuncts(cur.head)
    elif cur.dep_ == "pobj" and cur.head.lower_ == "among" and cur.head.dep_ == "prep":
        verb = cur.head.head
        if verb.lemma_.lower() not in LIST_VERBS:
            return []
        named = [c for c in verb.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "there", "that", "this")]
        if not named and cur.head.i < verb.i:  # "Among the groups that condemned Y was the union Z"
            named = [c for c in verb.children if c.dep_ == "attr" and c.i > verb.i]
        return [t for c in named if c.pos_ in ("PROPN", "NOUN", "PRON") for t in _conjuncts(c)]
    if cur.dep_ == "attr" and cur.head.lemma_.lower() in LIST_VERBS:
        return [t for c in cur.head.children if c.dep_ == "nsubj" and c.lower_ not in ("it", "there", "that", "this", "what")
                and c.pos_ in ("PROPN", "PRON") for t in _conjuncts(c)]
    return []


def _person_before_who(noun):
    """"X, a secretary of labor during the Clinton administration who has endorsed Y": "who" is a
    person, so a body or thing the parser hung it on ("administration") gives way to the name, or
    the apposition on a name, whose "during"/"of"/"in" phrase it ends; else the noun itself."""
    if noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON" and noun.ent_type_ != "PERSON":
        return noun.head  # "Tom Hale, a Ruiz supporter who criticized Y": Hale, whom the apposition describes
    cur = noun
    for _ in range(3):
        if cur.ent_type_ == "PERSON" or cur.pos_ == "PRON":
            return cur
        prep = cur.head
        if cur.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("NOUN", "PROPN"):
            return noun
        cur = prep.head
        if cur.ent_type_ == "PERSON" or cur.dep_ == "appos":
            return cur
    return noun


def doers(verb) -> list:
    """Agent heads of a verb, active or passive ("X requested it", "it was requested by X")."""
    return _subjects(verb)[0]


CAUSING_VERBS = lexicon.words("relation_causing_verbs.txt")
WISH_VERBS = lexicon.words("relation_wish_verbs.txt")
REASON_PREPS = {"for", "over", "as", "at", "on", "after", "during", "in"}


def _included_agents(verb, agents: list) -> list:
    """"Y was praised by many, including X", "Y was widely criticised, including by X": the ones an
    "including" phrase on the agent (or on the verb, after a "by" agent or with its own "by") names
    are agents too. Without an agent, "including Z" on the verb lists the reasons or the patients
    ("criticised for several votes, including Z"), never the doers."""
    found = []
    agents_end = max((a.right_edge.i for a in agents), default=-2)
    for head in [verb, *agents]:
        for prep in head.children:
            if prep.dep_ != "prep" or prep.lower_ != "including":
                continue
            # on the verb, only right after the agent: not "by X for several votes, including Z"
            after_agent = head is not verb or all(t.is_punct for t in prep.doc[agents_end + 1:prep.i])
            for c in prep.children:
                if c.dep_ == "pobj" and after_agent:
                    found += _conjuncts(c)
                elif c.dep_ in ("prep", "agent") and c.lower_ == "by":
                    found += [t for a in c.children if a.dep_ == "pobj" for t in _conjuncts(a)]
    return found


def _late_agents(verb) -> list:
    """"Y was praised for his courage by X": the small model hangs a passive's "by" phrase that
    follows a reason on the reason's noun; it is still the agent."""
    return [t for c in verb.children if c.dep_ == "prep" and c.lower_ in REASON_PREPS
            for p in c.children if p.dep_ == "pobj"
            for b in p.children if b.dep_ == "prep" and b.lower_ == "by"
            for a in b.children if a.dep_ == "pobj" for t in _conjuncts(a)][:1]


REPORTING_LEMMAS = lexicon.words("relation_reporting_verbs.txt")


def _coordinated_with_reporting(verb, clause, clause_subject) -> bool:
    """"X said the memoir was fiction and accused Y", "said Brazil had failed ... and urged Z": the act
    is X's, coordinated with "said", though the parse hangs it on the reported clause. Read so when
    the reported clause has its own auxiliary (the act has none) or an inanimate subject."""
    if verb.dep_ != "conj" or clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in REPORTING_LEMMAS:
        return False
    if clause.i < clause.head.i:
        return False  # '"The world applauded and thanked Y," X told reporters': the quote's own subject acts
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in clause.children) or clause.tag_ != "VBD"
    inanimate = not clause_subject.ent_type_ and clause_subject.pos_ == "NOUN"
    return own_aux or inanimate


RELATIVE_PRONOUNS = {"who", "whom", "which", "that"}


def _objects(verb, passive: bool) -> list:
    # "an agreement she had struck with Y", "the man X praised": a relative clause with a subject and
    # no object of its own acts on the noun it describes, not on a preposition's object
    if verb.dep_ == "relcl" and not passive and verb.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in verb.children) \
            and not any(c.dep_ in OBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        # (not "Y, whom X refused to disavow": the verb it governs acts on Y)
        return _member_named(verb.head) or _conjuncts(verb.head)  # "Y was among those X praised": Y
    relative = verb.head if verb.dep_ == "xcomp" else None  # "Y, whom X decided to praise": praise Y
    if relative is not None and not passive and relative.dep_ == "relcl" and relative.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in relative.children) \
            and not any(c.dep_ in OBJECT_DEPS or c.dep_ == "ccomp" for c in (*relative.children, *verb.children)):
        return _conjuncts(relative.head)
    objs = [_titled_person_after(o) or o for o in _direct_objects(verb, passive)]
    # "Hilaria, who was accused by X", "the man whom X praised": the relative pronoun is its head noun
    if verb.dep_ == "relcl":
        objs = [m for o in objs for m in ((_member_named(verb.head) or [verb.head]) if o.lower_ in RELATIVE_PRONOUNS else [o])]
    elif relative is not None and relative.dep_ == "relcl":
        objs = [relative.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objs]
    return objs


def _titled_person_after(obj):
    """"supporting Wisconsin Gov. Scott Walker" parsed with the state as the object: the place names the
    title of the person after it, who is what the act is about (the last word of the name)."""
    doc = obj.doc
    if obj.ent_type_ not in ("GPE", "NORP") or obj.i + 2 >= len(doc) \
            or doc[obj.i + 1].lower_.rstrip(".") not in lexicon.words("role_nouns.txt"):
        return None
    end = obj.i + 2
    while end < len(doc) and doc[end].ent_type_ == "PERSON":
        end += 1
    return doc[end - 1] if end > obj.i + 2 else None


def _direct_objects(verb, passive: bool) -> list:
    if passive:
        objs = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if not objs and verb.dep_ == "acl":
            objs = [verb.head]
        if not objs and verb.dep_ in ("conj", "advcl") and verb.tag_ == "VBN":
            # "Y was promoted, praised by X": a participle sharing the passive subject before it
            objs = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
        cur = verb
        # "Y's decision is likely to be welcomed by X": the raised subject of the governing clause
        while not objs and cur.dep_ in ("xcomp", "acomp") and cur.head is not cur:
            cur = cur.head
            objs = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
    else:
        objs = [c for c in verb.children if c.dep_ in OBJECT_DEPS] + _judged_doers(verb)
        # "it" as object of a participle clause refers back to the main clause's object
        resolved = []
        for o in objs:
            if o.lower_ in ("it", "them", "him", "her") and verb.dep_ in ("advcl", "conj", "xcomp") and not (
                    verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in lexicon.words("stance_urging_verbs.txt")
                    and any(c.dep_ in OBJECT_DEPS and c.i < verb.i for c in verb.head.children)):
                # (not "persuade Kim to support him": the one asked is the infinitive's doer, never its object)
                # the nearest governing verb with an object: "did not fail to criticize Y, accusing it
                # of ..." whether "accusing" hangs on "criticize", "fail" or the root
                main, main_objs = verb, []
                for _ in range(4):
                    if main.head is main or main.dep_ not in ("advcl", "conj", "xcomp"):
                        break  # not past a relative clause: "... the White House, where Y promised to veto it"
                    main = main.head
                    main_objs = [c for c in main.children if c.dep_ in OBJECT_DEPS and c.i < verb.i
                                 and c.pos_ != "PRON"] or [x for c in main.children if c.dep_ in ("xcomp", "advcl")
                                 and c.i < verb.i for x in c.children if x.dep_ in OBJECT_DEPS and x.pos_ != "PRON"]
                    if main_objs:
                        break
                resolved.extend(main_objs or [o])
            else:
                resolved.append(o)
        objs = resolved
        if verb.lemma_.lower() in ("blame", "pin"):  # "blamed the attack on Y": Y is blamed, not the attack
            on = [gc for c in verb.children if c.dep_ == "prep" and c.lower_ == "on"
                  for gc in c.children if gc.dep_ == "pobj"]
            # "blamed the attack on Russia", parsed with "on Russia" on the noun
            on = on or [gc for o in objs if o.pos_ == "NOUN" for c in o.children if c.dep_ == "prep"
                        and c.lower_ == "on" for gc in c.children if gc.dep_ == "pobj"]
            on = [o for o in on if o.lemma_.lower() not in MEDIA_NOUNS]  # "blamed officials on Twitter"
            objs = on or objs
        objs = objs or _named_by_a_free_relative(verb)
        if not objs:
            # "fought for Y", "protested for Y": "for" gives a hostile act's cause, not its target
            hostile = RELATIONS.get(VERB_RELATIONS.get(verb.lemma_.lower(), ""), 0.0) < 0
            objs = [gc for c in verb.children if c.dep_ == "prep" and c.lower_ in TARGET_PREPS
                    and not (hostile and c.lower_ == "for") for gc in c.children if gc.dep_ == "pobj"]
            partners = [o for o in objs if o.head.lower_ in ("with", "against", "to", "toward", "towards")]
            if partners:  # "meet with Reid on Capitol Hill", "clashed with Y at the summit": the rest is setting
                objs = partners
    return [t for o in objs for t in _conjuncts(o)]


VIEWING_LEMMAS = {"view", "see", "regard", "describe", "term", "call", "label", "dub", "characterize",
                  "characterise", "consider", "deem"}


def _named_by_a_free_relative(verb) -> list:
    """The thing an act is on when its object is a free relative that names it: "X blasted what he
    views as Y's motives", "praised what she called Y's courage" act on those motives, that courage
    (the writer's hedge on the name changes nothing about the act)."""
    for clause in verb.children:
        if clause.dep_ == "ccomp" and clause.lemma_.lower() in VIEWING_LEMMAS and any(
                w.lower_ == "what" and w.dep_ == "dobj" for w in clause.children):
            return [x for x in clause.children if x.dep_ in ("oprd", "attr") and x.pos_ in ("NOUN", "PROPN")] + [
                gc for p in clause.children if p.dep_ == "prep" and p.lower_ == "as"
                for gc in p.children if gc.dep_ == "pobj" and gc.pos_ in ("NOUN", "PROPN")]
    return []


MEDIA_NOUNS = lexicon.words("relation_media_nouns.txt")
HOLDING_VERBS = {"have", "lose"}
TRUST_RELATIONS = {"trust", "distrust"}


def _noun_prep(prep, relation: str) -> bool:
    """Whether an act noun's preposition names its target: "criticism of Y", "sanctions on Y", and
    for trust only "in" ("confidence in Y"); not "to" after an accusation or a criticism ("a complaint to
    the committee": who hears it, not whom it accuses)."""
    if relation in ("accuse", "criticize") and prep.lower_ == "to":
        return False  # ("did not limit her attacks to Israel policy": where the attacks stop, not their target)
    return prep.lower_ in NOUN_PREPS or (prep.lower_ == "in" and relation in TRUST_RELATIONS)


MANNER_NOUNS = {"way", "manner"}
POST_FILLING_NOUNS = {"nomination", "appointment"}


def _judged_doers(verb) -> list:
    """"X criticised the way Y handled the crisis", "X praised how Y ran the talks": the act judges
    what the clause's subject did, so that subject (a name or a pronoun) is its object too."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and any(
        x.dep_ == "advmod" and x.lower_ == "how" for x in c.children)]
    clauses += [r for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in MANNER_NOUNS
                for r in c.children if r.dep_ == "relcl"]
    return [s for c in clauses for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "PRON")]


def _light_verb_act(verb):
    """'added Y to the sanctions list', 'imposed sanctions on Y', 'voiced support for Y'."""
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in ("to", "on", "onto"):
            for p in c.children:
                if p.dep_ == "pobj" and (p.lemma_ in ("list", "blacklist") or p.lemma_ in NOUN_RELATIONS):
                    words = {p.lemma_, *(t.lemma_.lower() for t in p.children)}
                    if words & {"sanction", "blacklist", "terrorist", "terror", "watch"}:
                        objs = [o for o in verb.children if o.dep_ in OBJECT_DEPS]
                        return "sanction", objs, p.right_edge.idx + len(p.right_edge.text), "added-to-sanctions-list"
    lemma = verb.lemma_.lower()
    for c in verb.children:
        if c.dep_ in OBJECT_DEPS and c.lemma_.lower() in NOUN_RELATIONS and not _no_accusation(c):
            rel = NOUN_RELATIONS[c.lemma_.lower()]
            taken_back = lemma in WITHDRAWAL_VERBS
            if taken_back and polarity_of(rel) <= 0:
                continue  # "lifted the sanctions on Y", "ended the talks with Y": no act left
            if lemma in HOLDING_VERBS:
                if rel not in TRUST_RELATIONS:
                    continue  # "X has the support of Y", "X lost support among Y": Y's act, not X's
                if lemma == "lose" or any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                    rel = "distrust" if rel == "trust" else "trust"  # "lost confidence in Y", "has no faith in Y"
            objs = [gc for p in c.children if p.dep_ == "prep" and (_noun_prep(p, rel) or p.lower_ == "at" and RELATIONS[rel] < 0)
                    and not (lemma in HOLDING_VERBS and p.lower_ != "in") for gc in p.children if gc.dep_ == "pobj"]
            preps = ("on", "against", "into", "at") if RELATIONS[rel] < 0 else ("to", "for", "with", "on") \
                if verb.lemma_.lower() in ("lavish", "heap", "shower", "bestow") else ("to", "for", "with")
            if rel == "criticize" and not any(d.dep_ in ("det", "poss") for d in c.children):
                preps += ("with",)  # "took issue with Y": a bare noun makes one idiom with the verb
            objs += [gc for p in verb.children if p.dep_ == "prep" and p.lower_ in preps
                     and (p.lower_ != "at" or p.i > c.i)  # "took aim at Y", not "At the same time, X voiced doubts"
                     for gc in p.children if gc.dep_ == "pobj"]
            objs += [d for d in verb.children if d.dep_ == "dative" and (d.pos_ != "ADP" or _name_tagged_adp(d))]  # "offered Trump an endorsement"
            objs += [gc for d in verb.children if d.dep_ == "dative" and d.pos_ == "ADP"  # "paid tribute to Y"
                     and rel != "accuse" for gc in d.children if gc.dep_ == "pobj"]  # not "filed a complaint to Y"
            if objs:
                return ("oppose" if taken_back else rel), objs, None, f"noun:{c.lemma_.lower()}"
    return None


def _name_tagged_adp(dative) -> bool:
    """"gave Okafor his support": the small model may tag a name in the dative slot a preposition; a
    capitalised "preposition" with no object of its own is the name."""
    return dative.is_title and not any(c.dep_ == "pobj" for c in dative.children) and dative.lower_ not in ("to", "for")


NAMING_VERBS = lexicon.words("relation_naming_verbs.txt")
QUOTE_MARKS = frozenset('"“”«»„‘’\'')
"""'X called Y a liar', 'branded Y as dangerous': the complement's valence decides the act."""


def _naming_act(verb, valence):
    passive = [c for c in verb.children if c.dep_ == "nsubjpass"] or (
        [verb.head] if verb.dep_ == "acl" and verb.tag_ == "VBN" else [])
    if passive:
        # "Y was branded a traitor by X", "Y, described as a bully by X": the named one is the patient
        objs = passive
        comps = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp", "attr", "dobj")]
    else:
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        comps = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "ccomp", "acomp") and not _purpose(c)]
    if not objs and len(comps) >= 2 and comps[0].dep_ == "oprd":  # "called [Clinton] [a liar]" misparsed
        objs, comps = comps[:1], comps[1:]
    if not passive and len(objs) == 2 and not comps:  # "branded [Y] [a liar]": two objects
        objs, comps = objs[:1], objs[1:]
    skip = set()
    if not passive and not objs:  # "considers [Y a phony]" parsed as a verbless clause with Y its subject
        small = next((c for c in comps if c.dep_ == "ccomp" and c.pos_ in ("NOUN", "ADJ")
                      and any(x.dep_ == "nsubj" for x in c.children)), None)
        if small is not None:
            objs = [x for x in small.children if x.dep_ == "nsubj"]
            comps = [small]
            skip = {t.i for o in objs for t in o.subtree}
    comps += [gc for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for gc in c.children]
    if objs and not comps:  # "called his counterpart, Y, “a reliable partner”": the quote parsed as an apposition
        comps = [c for o in objs for c in o.children if c.dep_ == "appos" and c.left_edge.i > 0
                 and c.doc[c.left_edge.i - 1].text in QUOTE_MARKS]
    if not objs or not comps:
        return None
    if not passive and all(o.lower_ in ("it", "this", "that") for o in objs):
        # "called it a dereliction of duty by Y": what is named is Y's deed, so the naming judges Y
        bys = [t for c in comps for t in c.subtree if t.dep_ == "prep" and t.lower_ == "by"]
        bys += [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and comps and c.i > comps[0].i]
        doers = [g for t in bys for g in t.children if g.dep_ == "pobj" and g.pos_ == "PROPN"]
        objs = doers or objs
    if verb.dep_ == "relcl" and not passive:  # "Y, whom he called a con artist" / "Y's plan, which X described as reckless"
        objs = [verb.head if o.lower_ in RELATIVE_PRONOUNS else o for o in objs]
    value = sum(valence(t) for c in comps for t in c.subtree
                if not (t.dep_ == "pobj" and t.head.lower_ == "by") and t.i not in skip)
    if abs(value) < 1.0:
        return None
    relation = "criticize" if value < 0 else "praise"
    own = VERB_RELATIONS.get(verb.lemma_.lower())
    if own is not None and RELATIONS.get(own, 0) < 0 and value > 0:
        return None  # "denounced Y's comments" with a kind word parsed into its complement: a denouncing is never praise
    if passive:
        subjects = [gc for t in verb.subtree if t.dep_ in ("agent", "prep") and t.lower_ == "by"
                    for gc in t.children if gc.dep_ == "pobj"][:1]
    else:
        subjects, _ = _subjects(verb)
    lo = min(verb.idx, *(o.left_edge.idx for o in objs))
    hi = max(c.right_edge.idx + len(c.right_edge.text) for c in comps + objs)
    return Act(verb, relation, RELATIONS[relation], subjects, objs, _negated(verb), lo, hi,
               f"naming:{verb.lemma_.lower()}")


@lru_cache(maxsize=1)
def _act_noun_lemmas() -> frozenset[str]:
    return frozenset(NOUN_RELATIONS) | frozenset(AGENT_NOUN_RELATIONS) | frozenset(PATIENT_NOUN_RELATIONS)


@lru_cache(maxsize=1)
def _act_verb_lemmas() -> frozenset[str]:
    return frozenset(NAMING_VERBS) | RALLY_VERBS | set(VERB_RELATIONS) | LIGHT_VERBS | APPOINT_VERBS | WITHDRAWAL_VERBS


@lru_cache(maxsize=4096)
def _fallback_lemma(lower: str) -> str | None:
    """The act verb an inflected word is when the small model mislemmatised it ("fined" -> "fin",
    "banned" -> "bann"): the word without its -ed/-d/-ing/-s ending, with a final "e" restored or a
    doubled consonant undone, if that is an act verb; else None."""
    known = _act_verb_lemmas()
    for suffix in ("ed", "d", "ing", "es", "s"):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 2:
            stem = lower[:-len(suffix)]
            for cand in (stem, stem + "e", stem[:-1] if stem[-1] == stem[-2] else ""):
                if cand in known:
                    return cand
    return None


def verb_lemma(tok) -> str:
    """A verb's lemma, mended where the model mislemmatised an act verb (`_fallback_lemma`)."""
    lemma = tok.lemma_.lower()
    if tok.pos_ != "VERB" or lemma in _act_verb_lemmas():
        return lemma
    return _fallback_lemma(tok.lower_) or lemma


def _act_candidates(doc_or_span) -> list:
    """The words `find_acts` can start from (a superset: it checks each one fully), read from token
    columns so that most words never become Token objects."""
    from spacy.symbols import ADJ, AUX, NOUN, VERB  # here, not at import: the dashboard's pages import this module

    doc = doc_or_span.doc
    lo, hi = (doc_or_span.start, doc_or_span.end) if doc_or_span is not doc else (0, len(doc))
    strings, verbs = doc.vocab.strings, _act_verb_lemmas()
    keep = []
    lowers = token_column(doc, "LOWER")[lo:hi]
    words_of_pos = {VERB: verbs, AUX: verbs, NOUN: _act_noun_lemmas(), ADJ: ADJ_RELATIONS}
    for k, (lemma, pos) in enumerate(zip(token_column(doc, "LEMMA")[lo:hi], token_column(doc, "POS")[lo:hi])):
        words = words_of_pos.get(pos)
        if words is None:
            continue
        lemma = strings[lemma].lower()
        if pos == VERB and (lemma not in verbs and _fallback_lemma(strings[lowers[k]]) or lemma in PHRASAL_VERBS
                            or strings[lowers[k]] in ADJ_RELATIONS):
            keep.append(k)
            continue
        if lemma in words:
            keep.append(k)
    return [doc_or_span[k] for k in keep]


def find_acts(doc_or_span, valence=None) -> list[Act]:
    """Every narrated act in a Doc or Span whose verb is in the lexicon; with a `valence(token)`
    function also naming acts ("called Y a disgrace")."""
    acts = []
    for tok in _act_candidates(doc_or_span):
        if valence is not None and tok.pos_ == "VERB" and verb_lemma(tok) in NAMING_VERBS:
            act = _naming_act(tok, valence)
            if act:
                acts.append(act)
                continue
        if tok.pos_ == "ADJ" or _passive_feeling(tok):
            act = _adjective_act(tok)
            if act:
                acts.append(act)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in AGENT_NOUN_RELATIONS:
            act = _agent_noun_act(tok)
            if act:
                acts.append(act)
            continue
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in PATIENT_NOUN_RELATIONS:
            act = _patient_noun_act(tok)
            if act:
                acts.append(act)
            continue
        if tok.pos_ == "NOUN":
            act = _noun_act(tok)
            if act:
                acts.append(act)
            continue
        lemma = verb_lemma(tok)
        if lemma in APPOINT_VERBS:
            act = _appointment_act(tok, lemma)
            if act:
                acts.append(act)
            continue
        relation = VERB_RELATIONS.get(lemma)
        if lemma == "call" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children):
            relation = "criticize"  # "calling out Clinton on her attack": to call out is to criticise
        light_end = None
        if lemma in RALLY_VERBS:
            act = _rally_act(tok)
            if act:
                acts.append(act)
                continue
        phrasal = None if relation else _phrasal_act(tok, lemma)
        if phrasal:
            relation = phrasal[0]
        elif not relation and lemma not in LIGHT_VERBS and lemma not in WITHDRAWAL_VERBS:
            continue
        rule = f"verb:{lemma}" if not phrasal else f"phrasal:{lemma} {phrasal[2]}"
        misparsed = finite_read_as_adjective(tok) if tok.dep_ == "amod" and not phrasal else None
        if tok.dep_ == "amod" and misparsed is None:
            continue  # "the visiting prime minister": an adjective, not an act
        if _unheld_power(tok) or _conditional(tok) or _passed_over(tok):
            continue  # "governors do not have the power to suspend Y's rights": no act done or meant
        if lemma in WISH_VERBS and any(c.dep_ in ("xcomp", "ccomp") and c.i > tok.i
                                                        and any(a.lower_ == "to" for a in c.children)
                                                        for c in tok.children):
            continue  # "she would like Trump to explain his stance": a wish for an act, not liking Trump
        subjects, passive = _subjects(tok)
        if misparsed is not None:
            subjects, passive = [misparsed[0]], False
        called = _called_upon(tok) if lemma == "call" and not phrasal else None
        if called is not None:  # "called on Y to resign", "called for Y to step down": an appeal to Y
            relation = "appeal"
        if relation == "consult" and lemma == "call" and _names_rather_than_calls(tok):
            continue  # "called him a liar": the complement, not the act, carries the stance
        if relation == "consult" and not any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in tok.children):
            continue  # "calls the relationship special", "called for talks"
        if called is not None:
            objects = called[0]
        elif phrasal:
            objects = [] if passive else phrasal[1]
        elif misparsed is not None:
            objects = [misparsed[1]]
        elif relation:
            objects = _objects(tok, passive)
        else:
            light = _light_verb_act(tok)
            if not light:
                continue
            relation, objects, light_end, rule = light
        if not objects:
            continue
        if relation == "appeal" and (_desist(tok) if called is None else _desist_clause(called[1])):
            relation, rule = "demand", rule + "+desist"
        near = [x for x in subjects if tok.left_edge.i <= x.i <= tok.right_edge.i and abs(x.i - tok.i) <= 8]
        lo = min([tok.idx] + [o.left_edge.idx for o in objects] + [x.left_edge.idx for x in near])
        hi = max([tok.idx + len(tok.text), light_end or 0]
                 + [o.right_edge.idx + len(o.right_edge.text) for o in objects + near])
        acts.append(Act(tok, relation, RELATIONS[relation], subjects, objects, _negated(tok), lo, hi, rule))
    return acts


def finite_read_as_adjective(verb):
    """(subject, object) of "X on Thursday backed challenger Y" when the parser made "backed" an
    adjective on "challenger" and the sentence a noun with no verb: an act verb right after a date
    in a sentence whose root is a noun is the finite verb, the root its doer and the phrase it sits
    in its object; else None ("the visiting prime minister" stays an adjective)."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0:
        return None
    before = verb.doc[verb.i - 1]
    root = verb.sent.root
    if before.ent_type_ != "DATE" or root.pos_ not in ("NOUN", "PROPN") or root.i > verb.i:
        return None
    noun = verb.head
    if any(c.dep_ in ("det", "poss") and c.i < verb.i for c in noun.children):
        return None
    while noun.dep_ in ("compound", "flat") and noun.head.i != noun.i:
        noun = noun.head
    if noun.pos_ != "PROPN" or noun.i == root.i:
        return None
    return root, noun


NAME_NOUNS = {"name", "nickname", "title", "label"}


def _purpose(clause) -> bool:
    """"called Y earlier this month to learn more about his argument": an infinitive after the object
    says what the call was for, not what Y was called."""
    return clause.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)


def _names_rather_than_calls(verb) -> bool:
    """"called him a liar", "called Y an ''Aunt Tom''" (the name parsed as an apposition), "calling Y by
    another name", "called Y as a witness": "call" with what Y is called is naming, no telephone call."""
    if any(c.dep_ in ("oprd", "xcomp", "ccomp") and not _purpose(c) for c in verb.children):
        return True
    if any(c.dep_ == "prep" and (c.lower_ == "as" or c.lower_ == "by" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in NAME_NOUNS for g in c.children)) for c in verb.children):
        return True
    return any(a.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in a.children)
               for c in verb.children if c.dep_ == "dobj" for a in c.children)


OTHER_VERB_PARTICLES = {"down", "up", "off", "back", "away", "over"}
"""Particles that, with an object of their own, make another verb of a phrasal act's verb ("break down
walls with Y"; not "come out against Y", "crack down on Y", "team up with Y")."""


def _phrasal_act(verb, lemma: str):
    """(relation, objects, particle) of a phrasal act verb ("took on Y", "came out against Y"):
    the object of its particle's verb or of its preposition when it names someone (a name or a
    pronoun: "took on a new job", "came against the backdrop of" are no acts); else None."""
    for c in verb.children:
        relation = PHRASAL_RELATIONS.get((lemma, c.lower_))
        if relation is None:
            continue
        if c.dep_ == "prt":
            objs = [o for o in verb.children if o.dep_ in ("dobj", "obj")]
        elif c.dep_ == "prep" and c.i > verb.i and not any(
                o.dep_ in ("dobj", "obj") and o.i < c.i and o.lemma_.lower() in NOUN_RELATIONS for o in verb.children):
            if (any(p.dep_ == "prt" and p.lower_ in OTHER_VERB_PARTICLES for p in verb.children)
                    and any(o.dep_ in ("dobj", "obj") and o.i < c.i for o in verb.children)):
                continue  # "break down walls with Mexico": another phrasal verb with its own object
            objs = [g for g in c.children if g.dep_ == "pobj"]  # not "On Monday, X took aim at Y on Monday"
            # "turns to contests in Nevada on Feb. 20 and South Carolina on Feb. 27": a date's "on", with
            # the places the parser joined to the date
            objs = [g for g in objs if g.ent_type_ not in ("DATE", "TIME")]
        else:
            continue
        objs = [t for o in objs for t in _conjuncts(o) if t.pos_ in ("PROPN", "PRON") or t.ent_type_ not in ("", "DATE", "TIME")
                or relation in ("criticize", "support") and _someones_product(t)]
        if objs:
            return relation, objs, c.lower_
    return None


@lru_cache(maxsize=1)
def _product_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in lexicon.table("stance_products.tsv") if row)


def _someones_product(noun) -> bool:
    """"went after Y's record", "laid into her plan": a thing someone made or a way they act
    (`stance_products.tsv`) with its maker named as possessor; not "took on his new job"."""
    return noun.lemma_.lower() in _product_nouns() and any(
        c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON") for c in noun.children)


def _unheld_power(verb) -> bool:
    """"X does not have the power to suspend Y", "has no right to ban Y": an infinitive on a noun
    that a negated verb (or "no") governs names what X cannot do."""
    if verb.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    noun = verb.head
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children) or (
        noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in noun.head.children))


CONDITION_MARKS = {"if", "whether", "unless"}
ALTERNATIVE_WORDS = {("instead", "of"), ("rather", "than")}


def _passed_over(verb) -> bool:
    """"Instead of reassuring Americans, X opted for ...", "rather than praising Y": the act set
    aside for another is one not done, so it is no act (nor its opposite)."""
    prep = verb.head
    return verb.dep_ == "pcomp" and prep.i != verb.i and any(
        c.dep_ == "advmod" and (c.lower_, prep.lower_) in ALTERNATIVE_WORDS for c in prep.children)


def _conditional(verb) -> bool:
    """"waited to see if Obama would appoint Y", "has waffled on whether he would support Y": an act
    only supposed is no act."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children)


DESIST_VERBS = lexicon.words("relation_desist_verbs.txt")
KEEP_AWAY_WORDS = {"out", "away", "off"}
LEAVING_OFFICE_WORDS = {"down", "aside"}
"""Only "step down", "stand aside" leave office ("step up", "stand firm" do not)."""


def _desist(verb) -> bool:
    """"urged Tokyo to stay out of the dispute", "called on Y to stop the raids": the appeal asks Y
    to stop what it does. "stay", "keep", "pull", "back" only with out/away/off ("stay calm" is none)."""
    return any(c.dep_ == "xcomp" and _desist_clause(c) for c in verb.children)


def _desist_clause(c) -> bool:
    """Whether the infinitive an appeal asks for ("to stop the raids", "to step down") is desisting."""
    if any(x.dep_ == "neg" for x in c.children):
        return False
    lemma = c.lemma_.lower()
    if lemma not in DESIST_VERBS:
        return False
    if lemma in ("stay", "keep", "pull", "back") and not any(
            x.dep_ in ("prt", "advmod", "prep") and x.lower_ in KEEP_AWAY_WORDS for x in c.children):
        return False
    if lemma in ("step", "stand") and not any(
            x.dep_ in ("prt", "advmod", "prep") and x.lower_ in LEAVING_OFFICE_WORDS for x in c.children):
        return False
    return True


CALLED_ON_PREPS = {"on", "upon"}


def _called_upon(verb):
    """(objects, infinitive) of "called on Y to resign" (Y the object of "on") and "called for Y to
    step down" (Y the subject of the infinitive "for" introduces): to call on someone to do a thing
    is to urge them to; else None ("called on Tuesday", "called for talks")."""
    named = lambda t: t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
    for c in verb.children:
        if c.dep_ == "prep" and c.lower_ in CALLED_ON_PREPS:
            objs = [t for g in c.children if g.dep_ == "pobj" for t in _conjuncts(g) if named(t)]
            clause = next((x for x in verb.children if x.dep_ in ("xcomp", "advcl") and x.i > c.i
                           and any(a.dep_ == "aux" and a.lower_ == "to" for a in x.children)), None)
            if objs and clause is not None:
                return objs, clause
        if c.dep_ in ("advcl", "ccomp", "xcomp") and c.i > verb.i and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children) and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            objs = [t for s in c.children if s.dep_ == "nsubj" for t in _conjuncts(s) if named(t)]
            if objs:
                return objs, c
    return None


APPOINT_VERBS = lexicon.words("relation_appoint_verbs.txt")
"""'X named Y as its new chief', 'picked Y as running mate': choosing someone for a post backs them."""
APPOINT_ROLES = lexicon.words("relation_appoint_roles.txt")


def _appointment_act(verb, lemma):
    """'X named Y as the new police chief': support, only when the "as" phrase is a post ("named Y as
    a suspect" is no support) and the sentence is active (its subject is the one who chose)."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or verb.dep_ == "amod":
        return None
    objs = [c for c in verb.children if c.dep_ in ("dobj", "oprd") and c.pos_ == "PROPN"]  # "oprd": a misparse
    posts = [gc for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"
             for gc in c.children if gc.dep_ == "pobj" and gc.lemma_.lower() in APPOINT_ROLES]
    subjects, _ = _subjects(verb)
    if not objs or not posts or not subjects:
        return None
    lo = min(verb.idx, *(o.left_edge.idx for o in objs))
    hi = max(p.idx + len(p.text) for p in posts)
    return Act(verb, "support", RELATIONS["support"], subjects, objs, _negated(verb), lo, hi, f"appoint:{lemma}")


RALLY_VERBS = lexicon.words("relation_rally_verbs.txt")
"""'X rallied behind Y', 'X threw its weight behind Y', 'X stood behind Y': support."""


def _rally_act(verb):
    objects = [gc for p in verb.children if p.dep_ == "prep" and p.lower_ == "behind"
               for gc in p.children if gc.dep_ == "pobj"]
    if not objects:
        return None
    subjects, _ = _subjects(verb)
    lo = min([verb.idx] + [o.left_edge.idx for o in objects])
    hi = max(o.right_edge.idx + len(o.right_edge.text) for o in objects)
    return Act(verb, "support", RELATIONS["support"], subjects, [t for o in objects for t in _conjuncts(o)],
               _negated(verb), lo, hi, f"rally:{verb.lemma_.lower()}")


STANDOFF_NOUNS = {"odd", "loggerhead"}
"""Nouns of a standoff, an act only in "X is at odds / at loggerheads with Y" (lemmas as the model gives them)."""


def _noun_act(noun):
    """'X's criticism of Y', 'US sanctions against Cuba'; 'X withdrew her endorsement of Y' opposes Y."""
    relation = NOUN_RELATIONS[noun.lemma_.lower()]
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in LESSENING_VERBS:
        return None  # "X reduced its financial support for Y": less of an act, no act either way
    if _no_accusation(noun):
        return None
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in WITHDRAWAL_VERBS:
        if polarity_of(relation) <= 0:
            return None  # "X lifted the sanctions on Y": a hostile or plain act taken back is none
        relation = "oppose"
    if noun.lemma_.lower() in STANDOFF_NOUNS and not (
            noun.head.lower_ == "at" and any(p.lower_ == "with" for p in noun.children)):
        return None
    post = noun.lemma_.lower() in POST_FILLING_NOUNS  # "Y's nomination to the Court": the post, not whom it backs
    objects = [gc for p in noun.children if p.dep_ == "prep" and _noun_prep(p, relation)
               and not (post and p.lower_ != "of") for gc in p.children if gc.dep_ == "pobj"]
    # "X's criticism of how Y handled the crisis": the one whose doing is judged
    objects += [s for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "over", "about")
                for v in p.children if v.dep_ == "pcomp" and any(x.dep_ == "advmod" and x.lower_ == "how" for x in v.children)
                for s in v.children if s.dep_ == "nsubj" and s.pos_ in ("PROPN", "PRON")]
    subjects = [c for c in noun.children if c.dep_ == "poss" or _bare_possessor(c) or (
        c.dep_ in ("compound", "amod", "nmod") and c.ent_type_ in ("NORP", "GPE", "ORG", "PERSON"))]
    if noun.dep_ in ("dobj", "obj") and noun.head.lemma_.lower() in LIGHT_VERBS and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in noun.head.children):
        # "the group filed a Freedom of Information lawsuit against Y": with the verb's own doer, a
        # name on the noun says what kind of act it is
        subjects = [c for c in subjects if c.dep_ not in ("compound", "amod", "nmod")]
    subjects += [gc for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                 for gc in p.children if gc.dep_ == "pobj"]  # "criticism of Y by X"
    aimed_by, aimed_at = _aimed(noun)
    subjects += aimed_by
    if RELATIONS[relation] > 0:  # "Israel's defence against Y": whom the help is against
        objects = [o for o in objects if o.head.lower_ != "against"]
    coming = noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in COMING_VERBS
    if coming and RELATIONS[relation] > 0 and not objects:  # "X came to Y's defense": Y is helped, X helps
        objects, subjects = [c for c in noun.children if c.dep_ == "poss"], []
    if not subjects and noun.dep_ == "pobj" and (noun.head.lower_ in ("in", "at") or coming and RELATIONS[relation] > 0) \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        doers, passive = _subjects(noun.head.head)  # "X spoke in support of Y", "X is at odds with Y"
        subjects = [] if passive else doers
        if noun.lemma_.lower() in STANDOFF_NOUNS:  # "the vote put X at odds with Y": X is
            subjects = [c for c in noun.head.head.children if c.dep_ == "dobj"] or subjects
    objects = objects or aimed_at
    how = ""
    if not objects and RELATIONS[relation] > 0:
        thanked = _thanked_for(noun, subjects)
        if thanked is not None:  # "X thanked Y for his support": Y supported X
            (subjects, objects), how = thanked, "+thanked-for"
    if not objects and subjects and RELATIONS[relation] < 0:
        objects = _responder(noun, subjects)
    receivers, givers = _recipient(noun)
    if receivers:
        objects, subjects = receivers, givers
    if not objects or not subjects:
        return None
    if relation in ("visit", "meet", "negotiate") and not any(p.lower_ in ("to", "with") for p in noun.children):
        return None
    lo = min([noun.idx] + [s.left_edge.idx for s in subjects])
    hi = max([noun.idx + len(noun.text)] + [o.right_edge.idx + len(o.right_edge.text) for o in objects])
    return Act(noun, relation, RELATIONS[relation], subjects, objects, False, lo, hi, f"noun:{noun.lemma_.lower()}{how}")


CHARGE_NOUNS = {"charge"}
CHARGE_TAKING_HEADS = {"take", "assume", "in", "put", "place", "lead"}


def _no_accusation(noun) -> bool:
    """"took charge of the game", "in charge of Y", "a litigation charge": a charge that commands
    or costs; one charge is an accusation only when it is "against" someone ("led the charge
    against Y"), charges with a possessor or "against" are ("rejected Y's charges")."""
    if noun.lemma_.lower() not in CHARGE_NOUNS:
        return False
    return noun.head.lemma_.lower() in CHARGE_TAKING_HEADS or noun.tag_ == "NN" and not any(
        c.dep_ == "prep" and c.lower_ == "against" for c in noun.children)
AIM_VERBS = lexicon.words("relation_aim_verbs.txt")
COMING_VERBS = lexicon.words("relation_coming_verbs.txt")
"""'X came to Y's defense', 'rushed to the aid of Y': going to someone's help."""


def _aimed(noun) -> tuple[list, list]:
    """'criticisms levelled against Y by X', 'the European criticisms are aimed at Y': the verb that
    aims the act noun (a participle after it, or a passive it is the subject of) names its target
    ("at"/"against") and its actor ("by"). ([], []) when nothing aims it."""
    verbs = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    # "the allegations against Y made by X": the participle parsed as Y's
    hung = [c for p in noun.children if p.dep_ == "prep" and p.lower_ in ("at", "against") for o in p.children
            if o.dep_ == "pobj" for c in o.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    if noun.dep_ == "nsubjpass" or (noun.dep_ == "nsubj" and any(c.dep_ == "agent" for c in noun.head.children)):
        verbs.append(noun.head)  # "the accusations levelled against Y by X were false", parsed as a main verb
    verbs = [v for v in verbs if v.lemma_.lower() in AIM_VERBS]
    targets = [gc for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in ("at", "against")
               for gc in p.children if gc.dep_ == "pobj"]
    hung = [v for v in hung if v.lemma_.lower() in AIM_VERBS]
    verbs += hung
    targets += [v.head for v in hung]
    actors = [gc for v in verbs for a in v.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")
              for gc in a.children if gc.dep_ == "pobj"]
    return actors, targets  # "the accusations against Y made by X": the noun's own target, the participle's doer


def _bare_possessor(word) -> bool:
    """"Kims attack on Y", "Mullers criticism of Y": a name whose possessive lost its apostrophe
    (copied or scraped text) is read as a modifier; capitalised and ending in "s", it is the doer."""
    return (word.dep_ in ("compound", "amod", "nmod") and word.i < word.head.i and word.text[:1].isupper()
            and not word.text.isupper() and word.lower_.endswith("s") and len(word.text) > 3)


RECEIVE_VERBS = lexicon.words("relation_receive_verbs.txt")
"""'Y faced criticism from X', 'Y won the backing of X', 'Y came under pressure from X'."""


def _recipient(noun) -> tuple[list, list]:
    """The subject of a receiving verb is the act's object; 'from'/'by' (or 'of' after support
    nouns) name the actor. ([], []) when the noun is not received."""
    verb = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":  # "came under fire from X"
        verb = noun.head.head
    elif noun.dep_ not in ("dobj", "obj"):
        return [], []
    if verb.lemma_.lower() not in RECEIVE_VERBS:
        return [], []
    receivers, passive = _subjects(verb)
    givers = [gc for p in (*noun.children, *verb.children) if p.dep_ == "prep" and p.lower_ in ("from", "by", "of")
              for gc in p.children if gc.dep_ == "pobj"]
    if passive or not givers:
        return [], []
    return receivers, givers[:1]


RESPONSE_HEADS = lexicon.words("relation_response_verbs.txt")
"""Verbs whose subject answers a hostile act: "Kelly responded to Trump's attacks"."""


def _responder(noun, subjects) -> list:
    """'X rejected Y's accusations', 'X refrained from responding to Y's attacks': an act noun with
    no object of its own is aimed at whoever answers it, or at what they defend against it ('X
    defended the foundation against Y's attacks'; not 'X defended herself')."""
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ in ("dobj", "obj") else None
    if verb is None or verb.lemma_.lower() not in RESPONSE_HEADS:
        return []
    answerers, passive = _subjects(verb)
    if passive:
        return []
    defended = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.i != noun.i
                and not c.lower_.endswith(("self", "selves"))]
    if defended:  # "defended the foundation against attacks from Y": aimed at the foundation
        return [d for d in defended if d.pos_ in ("PROPN", "NOUN")]
    return [a for a in answerers if all(a.i != s.i for s in subjects) and a.pos_ in ("PROPN", "NOUN", "PRON")]


THANKING_VERBS = {"thank", "credit"}


def _thanked_for(noun, subjects):
    """"X thanked Y for his support", "X credited Y for their help": a friendly act noun whose
    possessor is a pronoun, given as the reason for thanking, is the act of the one thanked toward
    the one who thanks. (subjects, objects), or None."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in THANKING_VERBS:
        return None
    if not subjects or not all(s.pos_ == "PRON" and s.dep_ == "poss" for s in subjects):
        return None  # "thanked Y for Kim's support": Kim's; "for the aid": whose is not said
    thanked = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.pos_ in ("PROPN", "NOUN")]
    thankers, passive = _subjects(verb)
    if not thanked or not thankers or passive:
        return None
    return _conjuncts(thanked[0]), thankers


def _agent_noun_act(noun):
    """"X, a critic of Y", "X is a longtime ally of Y", "Trump supporters", "Y's allies": the one
    named by the noun stands toward the one it is of."""
    relation = AGENT_NOUN_RELATIONS[noun.lemma_.lower()]
    # "a Clinton loyalist and dean of the School": an "of" after a conjunct noun is the conjunct's
    conjunct = min((c.i for c in noun.children if c.dep_ == "conj" and c.pos_ == "NOUN"), default=len(noun.doc))
    objects = [gc for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i < conjunct
               for gc in p.children if gc.dep_ == "pobj"]
    objects += [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and _a_name(c)]
    host = _partitive_host(noun)
    while host.dep_ == "conj" and host.head.i != host.i:  # "X, a vegan and Y supporter"
        host = host.head
    if host.dep_ in ("attr", "prep"):  # "X is a critic of Y", "X is among Y's allies", "..., who is"
        subjects, passive = _subjects(host.head)
        subjects = [] if passive else subjects
    elif host.dep_ == "appos":
        subjects = [host.head]
    elif host.dep_ == "pobj" and host.head.lower_ == "as" and host.head.head.pos_ in ("VERB", "AUX"):
        # "X emerged as a critic of Y", "X is seen as Y's ally", "Z described X as Y's ally"
        verb = host.head.head
        subjects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "nsubjpass")] or _subjects(verb)[0]
    else:
        subjects = [c for c in noun.children if c.dep_ == "appos"] or _named_among(noun) or _name_split_off(noun)
        if not subjects and noun.dep_ in ("compound",) and noun.head.pos_ == "PROPN":
            subjects = [noun.head]  # "Trump supporter Jane Doe"
            # "Y's longtime critic Jane Doe": the possessor of the name the noun describes
            objects = objects or [c for c in noun.head.children if c.dep_ == "poss" and c.i < noun.i and _a_name(c)]
    if not objects or not subjects:
        return None
    subjects = [t for s in subjects for t in _conjuncts(s)]
    lo = min([noun.idx] + [o.left_edge.idx for o in objects])
    hi = max([noun.idx + len(noun.text)] + [o.right_edge.idx + len(o.right_edge.text) for o in objects])
    return Act(noun, relation, RELATIONS[relation], subjects, [t for o in objects for t in _conjuncts(o)],
               (_negated(noun.head) if noun.dep_ == "attr" else False) or _denied_by_no(noun), lo, hi,
               f"agent-noun:{noun.lemma_.lower()}")


def _named_among(noun) -> list:
    """"Y's critics, including X, ...", "critics of Y, led by X, ...": the ones named among or at
    the head of the people a plural agent noun describes."""
    if noun.tag_ not in ("NNS", "NNPS"):
        return []
    named = [gc for p in noun.children if p.dep_ == "prep" and p.lower_ == "including" for gc in p.children
             if gc.dep_ == "pobj" and _a_name(gc)]
    named += [gc for a in noun.children if a.dep_ == "acl" and a.lemma_.lower() == "lead" for p in a.children
              if p.dep_ == "agent" for gc in p.children if gc.dep_ == "pobj" and _a_name(gc)]
    return named


def _a_name(tok) -> bool:
    """A proper name, also where the small model tags a capitalised name a common noun inside a
    noun phrase ("a vocal Trump critic": "Trump"/NOUN), which a capital mid-sentence gives away."""
    return tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.is_title and tok.i > tok.sent.start
                                   and tok.doc[tok.i - 1].text not in ("\"", "“", "'", "‘", ":"))


def _name_split_off(noun) -> list:
    """"Y's ally Jane Doe spoke", parsed as two subjects of one verb: the name right after the noun,
    in the same role under the same head, is the one the noun names."""
    if noun.i + 1 >= len(noun.doc) or noun.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return []
    name = noun.doc[noun.i + 1]
    while name.dep_ in ("compound", "flat") and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.dep_ != noun.dep_ or name.head.i != noun.head.i:
        return []
    return [name]


def _denied_by_no(noun) -> bool:
    """"Weber is no fan of Trump", "no friend of the unions": "no" before the noun denies it."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


SETTING_ENTITIES = {"GPE", "LOC", "FAC", "EVENT", "DATE", "TIME"}


def _patient_noun_act(noun):
    """"X, Y's nominee", "X is a protege of Y", "Y nominee X": the one the noun is of (its possessor,
    "of" phrase or a name before it) holds the stance toward the one it names. Only a name or a
    pronoun holds it ("the target of the probe" names no one)."""
    relation = PATIENT_NOUN_RELATIONS[noun.lemma_.lower()]
    holders = [gc for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for gc in p.children
               if gc.dep_ == "pobj"]
    holders += [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and c.pos_ in ("PROPN", "PRON")]
    holders = [h for h in holders if (h.pos_ in ("PROPN", "PRON") or h.ent_type_)
               and not (h.dep_ == "compound" and h.ent_type_ in SETTING_ENTITIES)]  # "Benghazi victim Y": where
    host = _partitive_host(noun)
    if host.dep_ == "attr":
        named = [c for c in host.head.children if c.dep_ == "nsubj"]
    elif host.dep_ == "appos":
        named = [host.head]
    elif host.dep_ == "prep":
        named = [c for c in host.head.children if c.dep_ == "nsubj"]
    else:
        named = [c for c in noun.children if c.dep_ == "appos"] or _name_split_off(noun)
        if not named and noun.dep_ == "compound" and noun.head.pos_ == "PROPN":
            named = [noun.head]  # "Trump nominee Jane Doe"
    if not holders or not named or _a_places_record(noun, holders):
        return None
    lo = min([noun.idx] + [h.left_edge.idx for h in holders])
    hi = max([noun.idx + len(noun.text)] + [h.right_edge.idx + len(h.right_edge.text) for h in holders])
    return Act(noun, relation, RELATIONS[relation], [t for h in holders for t in _conjuncts(h)],
               [t for n in named for t in _conjuncts(n)],
               _negated(noun.head) if noun.dep_ == "attr" else False, lo, hi, f"patient-noun:{noun.lemma_.lower()}")


def _a_places_record(noun, holders) -> bool:
    """"America's first female presidential nominee", "the state's youngest nominee": a place whose
    first or "-est" one the noun names keeps a record; it chose no one."""
    return all(h.ent_type_ in ("GPE", "LOC") for h in holders) and any(
        c.dep_ in ("amod", "nummod") and (c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" or c.lower_ in RECORD_ORDINALS)
        for c in noun.children)


RECORD_ORDINALS = {"first", "second", "third", "last", "only"}
"""Ordinals the tagger leaves untagged in a longer sentence ("at a time when Y is America's first nominee")."""


PARTITIVE_WORDS = {"one", "some", "many", "several", "few", "two", "three", "most", "each", "any"}


def _partitive_host(noun):
    """The word that stands for the one an agent noun names when it is one of several: "one" in
    "X has been one of Y's strongest critics", "among" in "X is among Y's allies"; else the noun."""
    if noun.dep_ != "pobj":
        return noun
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in PARTITIVE_WORDS:
        return prep.head
    if prep.lower_ == "among" and prep.dep_ == "prep" and prep.head.pos_ in ("AUX", "VERB"):
        return prep
    return noun


def _passive_feeling(tok) -> bool:
    """"X was disappointed in Y" parsed as a passive verb: the participle is the adjective."""
    return tok.tag_ == "VBN" and tok.lower_ in ADJ_RELATIONS and any(c.dep_ == "auxpass" for c in tok.children)


def _adjective_act(adj):
    """"X is critical of Y", "X was disappointed in Y" (a feeling participle's "in" names its cause)."""
    passive = _passive_feeling(adj)
    if adj.dep_ != "acomp" and not passive:
        return None
    relation = ADJ_RELATIONS.get(adj.lemma_.lower()) or ADJ_RELATIONS[adj.lower_]
    preps = ("of", "to", "toward", "towards", "about", "with") + (("in",) if adj.lower_.endswith("ed") else ())
    objects = [gc for p in adj.children if (p.dep_ == "prep" and p.lower_ in preps or p.dep_ == "agent")
               for gc in p.children if gc.dep_ == "pobj"
               and not (p.lower_ == "in" and gc.ent_type_ in ("GPE", "LOC", "FAC"))]  # not "disappointed in Ohio"
    subjects = [c for c in adj.children if c.dep_ == "nsubjpass"] if passive else _subjects(adj.head)[0]
    if not objects or not subjects:
        return None
    lo = min([adj.idx] + [o.left_edge.idx for o in objects])
    hi = max([adj.idx + len(adj.text)] + [o.right_edge.idx + len(o.right_edge.text) for o in objects])
    return Act(adj, relation, RELATIONS[relation], subjects, objects, _negated(adj.head) or _negated(adj), lo, hi,
               f"adj:{adj.lemma_.lower()}")
