"""A small hand-made `CorpusAnalysis` (no spaCy) whose networks and timelines are known by heart.

Offsets are computed from the text, so every row points at the words it names. Expected figures
(paragraph co-mentions, stance means) are spelled out in `EXPECTED_*` for the tests.
"""
from __future__ import annotations

import pandas as pd

from analysis.corpus import CorpusAnalysis
from analysis.types import COLUMNS

TYPES = {"Alice Smith": "person", "Bob Jones": "person", "Acme Corp": "organisation", "Freedonia": "country"}

# Each paragraph: (text, actors named in it, statements, stances).
# statement: (quoted text, speaker, kind); stance: (source, target, polarity, score, evidence,
# relation, index of the statement in the article or None for a narrated act)
ARTICLES = [
    ("a1", "2024-01-05", "Talks in Freedonia", [
        ("Alice Smith met Bob Jones in Freedonia.", ["Alice Smith", "Bob Jones", "Freedonia"], [], []),
        ("\u201cAcme Corp is a disgrace,\u201d Alice Smith said.", ["Acme Corp", "Alice Smith"],
         [("Acme Corp is a disgrace,", "Alice Smith", "direct")],
         [("Alice Smith", "Acme Corp", "negative", -0.8, "disgrace", "statement", 0)]),
        ("Bob Jones praised Acme Corp.", ["Bob Jones", "Acme Corp"], [],
         [("Bob Jones", "Acme Corp", "positive", 0.6, "praised", "praise", None)]),
    ]),
    ("a2", "2024-02-10", "A trusted partner", [
        ("Alice Smith said Bob Jones was a trusted partner.", ["Alice Smith", "Bob Jones"],
         [("Bob Jones was a trusted partner", "Alice Smith", "indirect")],
         [("Alice Smith", "Bob Jones", "positive", 0.7, "trusted", "statement", 0)]),
        ("Freedonia criticized Acme Corp.", ["Freedonia", "Acme Corp"], [],
         [("Freedonia", "Acme Corp", "negative", -0.5, "criticized", "criticize", None)]),
        ("\u201cAcme Corp pays its taxes,\u201d Bob Jones said.", ["Acme Corp", "Bob Jones"],
         [("Acme Corp pays its taxes,", "Bob Jones", "direct")], []),
    ]),
    ("a3", "", "Undated note", [
        ("Alice Smith said Acme Corp had failed.", ["Alice Smith", "Acme Corp"],
         [("Acme Corp had failed", "Alice Smith", "indirect")],
         [("Alice Smith", "Acme Corp", "negative", -0.6, "failed", "statement", 0)]),
        ("Alice Smith added that Acme Corp must change.", ["Alice Smith", "Acme Corp"],
         [("Acme Corp must change", "Alice Smith", "indirect")], []),
    ]),
]

EXPECTED_CO_MENTIONS = {
    ("Acme Corp", "Alice Smith"): 3, ("Acme Corp", "Bob Jones"): 2, ("Alice Smith", "Bob Jones"): 2,
    ("Alice Smith", "Freedonia"): 1, ("Bob Jones", "Freedonia"): 1, ("Acme Corp", "Freedonia"): 1,
}
EXPECTED_STANCES = {  # (source, target): (mean score, count)
    ("Alice Smith", "Acme Corp"): (-0.7, 2), ("Bob Jones", "Acme Corp"): (0.6, 1),
    ("Alice Smith", "Bob Jones"): (0.7, 1), ("Freedonia", "Acme Corp"): (-0.5, 1),
}


def _find(text: str, needle: str, start: int) -> int:
    i = text.find(needle, start)
    assert i >= 0, f"{needle!r} not in {text!r}"
    return i


def make_corpus(articles=ARTICLES) -> CorpusAnalysis:
    tables: dict[str, list[dict]] = {k: [] for k in ("articles", "mentions", "statements", "stances")}
    for aid, day, title, paragraphs in articles:
        text = "\n\n".join(p[0] for p in paragraphs)
        tables["articles"].append({"id": aid, "text": text, "title": title, "date": day, "source": "test",
                                   "url": "", "author": "", "path": f"{aid}.txt", "n_words": len(text.split())})
        index = 0
        offset = 0
        for ptext, names, statements, stances in paragraphs:
            p0 = _find(text, ptext, offset)
            offset = p0 + len(ptext)
            for name in names:
                s = _find(text, name, p0)
                tables["mentions"].append({"article_id": aid, "start": s, "end": s + len(name), "text": name,
                                           "label": "PERSON", "actor": name, "actor_type": TYPES[name]})
            for n, (quote, speaker, kind) in enumerate(statements):
                s = _find(text, quote, p0)
                sp = _find(text, speaker, p0)
                tables["statements"].append({
                    "id": f"{aid}:{index}", "article_id": aid, "index": index, "kind": kind, "text": quote,
                    "start": s, "end": s + len(quote), "spans": [[s, s + len(quote)]], "cue": "said",
                    "cue_start": None, "cue_end": None, "speaker": speaker, "speaker_mention": speaker,
                    "speaker_start": sp, "speaker_end": sp + len(speaker), "speaker_kind": "name", "role": "",
                    "sentence_start": p0, "sentence_end": offset, "sentence": ptext})
                index += 1
            for source, target, polarity, score, evidence, relation, stmt in stances:
                e = _find(text, evidence, p0)
                tables["stances"].append({
                    "article_id": aid, "source": source, "target": target, "polarity": polarity,
                    "score": score, "evidence": evidence, "rule": f"lexicon:{evidence}", "relation": relation,
                    "goldstein": None, "statement_index": None if stmt is None else index - len(statements) + stmt,
                    "start": e, "end": e + len(evidence)})
    frames = {k: pd.DataFrame(v, columns=COLUMNS[k]) for k, v in tables.items()}
    m = frames["mentions"]
    s = frames["statements"]
    frames["actors"] = pd.DataFrame(
        [{"name": n, "type": t, "aliases": [n], "roles": [], "n_mentions": int((m["actor"] == n).sum()),
          "n_statements": int((s["speaker"] == n).sum())} for n, t in TYPES.items()],
        columns=COLUMNS["actors"])
    return CorpusAnalysis(**frames)
