import json

import pandas as pd
import pytest

from analysis import corrections as cx
from analysis.corpus import analysis_rows, build_corpus
from analysis.types import Actor, Article, ArticleAnalysis, Mention, Stance, Statement

TEXT = ('Vladimir Putin said the West is weak. "We will win," Peskov said. '
        'Biden criticised Putin. Dmitri Peskov added that Decent Corp was fine.')


def _span(needle, nth=0):
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(needle, start + 1)
    return start, start + len(needle)


def _mention(needle, actor, label="PERSON", nth=0):
    s, e = _span(needle, nth)
    return Mention("a1", s, e, needle, label, actor, "person")


def _statement(index, text, speaker, mention, kind="indirect"):
    s, e = _span(text)
    ms, me = _span(mention)
    return Statement("a1", index, kind, text, s, e, [(s, e)], cue="said", speaker=speaker,
                     speaker_mention=mention, speaker_start=ms, speaker_end=me, speaker_kind="name",
                     sentence_start=s, sentence_end=e)


def make_corpus():
    mentions = [
        _mention("Vladimir Putin", "Vladimir Putin"),
        _mention("West", "West", "NORP"),
        _mention("Peskov", "Dmitry Peskov"),
        _mention("Biden", "Joe Biden"),
        _mention("Putin", "Vladimir Putin", nth=1),
        _mention("Dmitri Peskov", "Dmitry Peskov"),
        _mention("Decent Corp", "Decent Corp", "ORG"),
    ]
    actors = [
        Actor("Vladimir Putin", "person", ["Putin", "Vladimir Putin"]),
        Actor("West", "group", ["West"]),
        Actor("Dmitry Peskov", "person", ["Dmitri Peskov", "Peskov"]),
        Actor("Joe Biden", "person", ["Biden"]),
        Actor("Decent Corp", "organisation", ["Decent Corp"]),
    ]
    statements = [
        _statement(0, "the West is weak", "Vladimir Putin", "Vladimir Putin"),
        _statement(1, "We will win,", "Dmitry Peskov", "Peskov", kind="direct"),
        _statement(2, "Decent Corp was fine", "Dmitry Peskov", "Dmitri Peskov"),
    ]
    ws, we = _span("the West is weak")
    cs, ce = _span("Biden criticised Putin")
    ds, de = _span("Decent Corp was fine")
    stances = [
        Stance("a1", "Vladimir Putin", "West", "negative", -0.5, "weak", statement_index=0, start=ws, end=we),
        Stance("a1", "Joe Biden", "Vladimir Putin", "negative", -0.6, "criticised", start=cs, end=ce),
        Stance("a1", "Dmitry Peskov", "Decent Corp", "positive", 0.4, "fine", statement_index=2, start=ds, end=de),
    ]
    rows = analysis_rows(ArticleAnalysis(Article("a1", TEXT, "t"), mentions, actors, statements, stances))
    return build_corpus([rows])


@pytest.fixture
def corpus():
    return make_corpus()


def snapshot(c):
    return {k: v.copy(deep=True) for k, v in c.tables().items()}


def C(op, **args):
    return cx.new_correction(op, args, who="alice", when="2026-11-27T20:00:00+00:00")


def row_of(df, **eq):
    mask = pd.Series(True, index=df.index)
    for k, v in eq.items():
        mask &= df[k] == v
    return df[mask]


def actor_row(c, name):
    r = c.actors[c.actors["name"] == name]
    return None if r.empty else r.iloc[0]


def skey(c, text):
    return cx.statement_key(row_of(c.statements, text=text).iloc[0])


def test_no_corrections_returns_the_machine_output(corpus):
    assert cx.apply_corrections(corpus, []) is corpus


@pytest.mark.parametrize("make", [
    lambda c: C("merge_actors", names=["Dmitry Peskov", "Joe Biden"], into="Dmitry Peskov"),
    lambda c: C("split_actor", actor="Dmitry Peskov", alias="Dmitri Peskov"),
    lambda c: C("reassign_speaker", statement=skey(c, "We will win,"), speaker="Joe Biden"),
    lambda c: C("not_actor", actor="Decent Corp"),
    lambda c: C("not_actor", mention=cx.mention_key(row_of(c.mentions, text="West").iloc[0])),
    lambda c: C("not_statement", statement=skey(c, "the West is weak")),
    lambda c: C("set_stance", stance=cx.stance_key(c.stances.iloc[1]), polarity="positive"),
])
def test_machine_output_is_never_mutated(corpus, make):
    before = snapshot(corpus)
    out = cx.apply_corrections(corpus, [make(corpus)])
    for name, df in before.items():
        pd.testing.assert_frame_equal(getattr(corpus, name), df)
    assert out is not corpus


@pytest.mark.parametrize("into", ["Dmitry Peskov", "Peskov (Kremlin)"])
def test_merge_actors(corpus, into):
    out = cx.apply_corrections(corpus, [C("merge_actors", names=["Dmitry Peskov", "Joe Biden"], into=into)])
    assert set(out.actors["name"]) == {"Vladimir Putin", "West", into, "Decent Corp"}
    merged = actor_row(out, into)
    assert {"Biden", "Peskov", "Dmitri Peskov"} <= set(merged["aliases"])
    assert merged["n_mentions"] == 3 and merged["n_statements"] == 2
    assert set(out.stances["source"]) == {"Vladimir Putin", into}
    assert "Joe Biden" not in set(out.mentions["actor"])


def test_split_actor_moves_alias_mentions_statements_and_their_stances(corpus):
    out = cx.apply_corrections(corpus, [C("split_actor", actor="Dmitry Peskov", alias="dmitri  peskov",
                                          new_name="Dmitri Peskov Jr")])
    new = actor_row(out, "Dmitri Peskov Jr")
    old = actor_row(out, "Dmitry Peskov")
    assert (new["n_mentions"], new["n_statements"]) == (1, 1)
    assert (old["n_mentions"], old["n_statements"]) == (1, 1)
    assert "Dmitri Peskov" not in old["aliases"]
    assert row_of(out.statements, text="Decent Corp was fine").iloc[0]["speaker"] == "Dmitri Peskov Jr"
    assert row_of(out.stances, target="Decent Corp").iloc[0]["source"] == "Dmitri Peskov Jr"


def test_reassign_speaker_moves_stances_and_counts(corpus):
    out = cx.apply_corrections(corpus, [C("reassign_speaker", statement=skey(corpus, "the West is weak"),
                                          speaker="Joe Biden")])
    assert row_of(out.statements, text="the West is weak").iloc[0]["speaker"] == "Joe Biden"
    assert row_of(out.stances, target="West").iloc[0]["source"] == "Joe Biden"
    assert actor_row(out, "Joe Biden")["n_statements"] == 1
    assert actor_row(out, "Vladimir Putin")["n_statements"] == 0


def test_reassign_to_a_new_actor_adds_it(corpus):
    out = cx.apply_corrections(corpus, [C("reassign_speaker", statement=skey(corpus, "We will win,"),
                                          speaker="Kremlin spokesman")])
    assert actor_row(out, "Kremlin spokesman")["n_statements"] == 1


def test_not_actor_for_a_whole_actor(corpus):
    out = cx.apply_corrections(corpus, [C("not_actor", actor="Decent Corp")])
    assert actor_row(out, "Decent Corp") is None
    assert "Decent Corp" not in set(out.mentions["actor"])
    assert "Decent Corp" not in set(out.stances["target"])
    assert len(out.statements) == 3


def test_not_actor_for_one_mention_keeps_the_actor_with_other_mentions(corpus):
    putin2 = row_of(corpus.mentions, text="Putin").iloc[0]
    out = cx.apply_corrections(corpus, [C("not_actor", mention=cx.mention_key(putin2))])
    assert len(out.mentions) == len(corpus.mentions) - 1
    assert actor_row(out, "Vladimir Putin")["n_mentions"] == 1
    assert len(out.stances) == len(corpus.stances)


def test_not_actor_for_its_last_mention_unattributes_its_statements(corpus):
    west = row_of(corpus.mentions, text="West").iloc[0]
    out = cx.apply_corrections(corpus, [C("not_actor", mention=cx.mention_key(west))])
    assert actor_row(out, "West") is None
    assert "West" not in set(out.stances["target"])


def test_not_statement_drops_it_and_its_stances(corpus):
    out = cx.apply_corrections(corpus, [C("not_statement", statement=skey(corpus, "Decent Corp was fine"))])
    assert "Decent Corp was fine" not in set(out.statements["text"])
    assert "Decent Corp" not in set(out.stances["target"])
    assert actor_row(out, "Dmitry Peskov")["n_statements"] == 1


@pytest.mark.parametrize("polarity, score, expected", [
    ("positive", None, 0.5), ("neutral", None, 0.0), ("positive", 0.9, 0.9), ("negative", -1, -1.0)])
def test_set_stance(corpus, polarity, score, expected):
    key = cx.stance_key(row_of(corpus.stances, source="Joe Biden").iloc[0])
    args = {"stance": key, "polarity": polarity} | ({} if score is None else {"score": score})
    out = cx.apply_corrections(corpus, [C("set_stance", **args)])
    row = row_of(out.stances, source="Joe Biden").iloc[0]
    assert (row["polarity"], row["score"], row["rule"]) == (polarity, expected, cx.ANALYST_RULE)


def test_corrections_survive_reanalysis_with_shifted_offsets(corpus):
    key = skey(corpus, "the West is weak")
    reanalysed = make_corpus()
    s = reanalysed.statements
    s.loc[s["text"] == "the West is weak", ["start", "index"]] = [key["start"] + 4, 7]
    st = reanalysed.stances
    st.loc[st["target"] == "West", "statement_index"] = 7
    out = cx.apply_with_report(reanalysed, [C("reassign_speaker", statement=key, speaker="Joe Biden")])
    assert not out.stale
    assert row_of(out.corpus.statements, index=7).iloc[0]["speaker"] == "Joe Biden"
    assert row_of(out.corpus.stances, target="West").iloc[0]["source"] == "Joe Biden"


@pytest.mark.parametrize("correction", [
    C("reassign_speaker", statement={"article_id": "zz", "start": 0, "end": 5}, speaker="X"),
    C("not_statement", statement={"article_id": "a1", "start": 0, "end": 3}),
    C("merge_actors", names=["Nobody", "Nemo"], into="Nobody"),
    C("split_actor", actor="Joe Biden", alias="Joseph"),
    C("not_actor", actor="Nobody"),
])
def test_corrections_that_no_longer_apply_are_reported_stale(corpus, correction):
    out = cx.apply_with_report(corpus, [correction])
    assert out.stale == [correction] and out.applied == []


def test_undone_corrections_are_not_applied_but_kept(corpus):
    c = C("not_actor", actor="Decent Corp")
    undone = cx.undo([c], c.id, who="bob", when="2026-11-27T21:00:00+00:00")
    assert undone[0].undone and undone[0].undone_by == "bob" and not c.undone
    assert cx.apply_corrections(corpus, undone) is corpus
    with pytest.raises(cx.CorrectionError):
        cx.undo(undone, c.id, who="bob")


def test_corrections_apply_in_order(corpus):
    merge = C("merge_actors", names=["Joe Biden", "Dmitry Peskov"], into="Joe Biden")
    split = C("split_actor", actor="Joe Biden", alias="Peskov", new_name="Dmitry Peskov")
    out = cx.apply_corrections(corpus, [merge, split])
    assert actor_row(out, "Dmitry Peskov")["n_mentions"] == 1
    assert actor_row(out, "Joe Biden")["n_mentions"] == 2


@pytest.mark.parametrize("op, args, reason", [
    ("delete_all", {}, "unknown operation"),
    ("merge_actors", {"names": ["A"], "into": "A"}, "at least two"),
    ("merge_actors", {"names": ["A", "B"]}, "lacks into"),
    ("reassign_speaker", {"statement": {"article_id": "a"}, "speaker": "X"}, "article_id, start and end"),
    ("reassign_speaker", {"statement": {"article_id": "a", "start": 5, "end": 1}, "speaker": "X"}, "bad offsets"),
    ("reassign_speaker", {"statement": {"article_id": "a", "start": 1, "end": 5}, "speaker": " "}, "speaker name"),
    ("not_actor", {}, "a mention or an actor"),
    ("set_stance", {"stance": {"article_id": "a", "start": 1, "end": 5}, "polarity": "angry"}, "polarity"),
    ("set_stance", {"stance": {"article_id": "a", "start": 1, "end": 5}, "polarity": "positive", "score": 3},
     "score"),
])
def test_invalid_corrections_are_refused(op, args, reason):
    with pytest.raises(cx.CorrectionError, match=reason):
        cx.new_correction(op, args, who="alice")


def test_new_correction_records_who_and_utc_when():
    c = cx.new_correction("not_actor", {"actor": "X"}, who="alice")
    assert c.who == "alice" and c.when.endswith("+00:00") and len(c.id) == 12


def test_export_import_round_trip():
    cs = [C("not_actor", actor="X"), C("merge_actors", names=["A", "B"], into="A")]
    back = cx.import_json(cx.export_json(cs))
    assert back.errors == [] and back.corrections == cs


@pytest.mark.parametrize("text, error", [
    ("not json", "not a JSON file"),
    (b"\xff\xfe\x00binary", "not a JSON file"),
    ('{"format": "other"}', "not an ActorLens corrections file"),
    ('{"format": "actorlens-corrections", "corrections": 3}', "must be a list"),
])
def test_import_refuses_foreign_files(text, error):
    out = cx.import_json(text)
    assert out.corrections == [] and error in out.errors[0]


def test_import_keeps_good_records_and_names_bad_ones():
    good = C("not_actor", actor="X").to_dict()
    doc = {"format": cx.EXPORT_FORMAT, "corrections": [good, {"op": "nope"}, "x", {**good, "evil": 1}]}
    out = cx.import_json(json.dumps(doc))
    assert [c.id for c in out.corrections] == [good["id"]]
    assert [e.split(":")[0] for e in out.errors] == ["correction 2", "correction 3", "correction 4"]


def test_merge_lists_skips_known_ids():
    a, b = C("not_actor", actor="A"), C("not_actor", actor="B")
    merged, n = cx.merge_lists([a], [a, b, b])
    assert merged == [a, b] and n == 1


def test_file_add_undo_import_and_atomic_write(tmp_path):
    f = cx.CorrectionsFile.in_store(tmp_path / "store")
    assert f.read() == [] and f.version() == "absent"
    a = C("not_actor", actor="A")
    f.add(a)
    v1 = f.version()
    f.undo(a.id, who="bob")
    assert [c.undone for c in f.read()] == [True]
    assert f.import_([a, C("not_actor", actor="B")]) == 1
    assert len(f.read()) == 2 and f.version() != v1
    assert [p.name for p in (tmp_path / "store").iterdir() if p.suffix == ".tmp"] == []


@pytest.mark.parametrize("content", [b"{broken", b"\xff\xfe\xfd", b'{"format": "other"}', b"[" * 100_000])
def test_damaged_file_gives_a_clear_error_without_the_server_path(tmp_path, content):
    path = tmp_path / cx.FILE_NAME
    path.write_bytes(content)
    with pytest.raises(cx.CorrectionError, match=cx.FILE_NAME) as e:
        cx.CorrectionsFile(path).read()
    assert str(tmp_path) not in str(e.value)


def test_file_with_bad_records_reads_the_rest_and_keeps_them_until_dropped(tmp_path):
    good, other = C("not_actor", actor="A"), C("not_actor", actor="B")
    bad = {**good.to_dict(), "id": "bad1", "op": "split_actor", "args": {"actor": ["A"], "alias": "x"}}
    path = tmp_path / cx.FILE_NAME
    path.write_text(json.dumps({"format": cx.EXPORT_FORMAT, "corrections": [good.to_dict(), bad]}))
    f = cx.CorrectionsFile(path)
    report = f.read_report()
    assert report.corrections == [good] and report.unreadable == [bad]
    assert report.errors[0].startswith("correction 2: split_actor")
    f.add(other)
    assert f.read_report().unreadable == [bad] and f.read() == [good, other]
    assert f.drop_unreadable() == 1
    assert f.read_report().errors == [] and f.read() == [good, other]


KEY = {"article_id": "a1", "start": 1, "end": 5}


@pytest.mark.parametrize("op, args", [
    ("split_actor", {"actor": ["Dmitry Peskov"], "alias": "Peskov"}),
    ("split_actor", {"actor": "Dmitry Peskov", "alias": {"x": 1}}),
    ("split_actor", {"actor": "Dmitry Peskov", "alias": "Peskov", "new_name": 7}),
    ("merge_actors", {"names": ["A", 3], "into": "A"}),
    ("merge_actors", {"names": ["A", "B"], "into": ["A"]}),
    ("merge_actors", {"names": ["A"] * (cx.MAX_NAMES + 1), "into": "A"}),
    ("merge_actors", {"names": ["A", "B"], "into": "A", "extra": 1}),
    ("reassign_speaker", {"statement": {**KEY, "start": True}, "speaker": "X"}),
    ("reassign_speaker", {"statement": {**KEY, "start": 1.5}, "speaker": "X"}),
    ("reassign_speaker", {"statement": {**KEY, "start": -3}, "speaker": "X"}),
    ("reassign_speaker", {"statement": {**KEY, "article_id": 5}, "speaker": "X"}),
    ("reassign_speaker", {"statement": {**KEY, "text": ["x"]}, "speaker": "X"}),
    ("reassign_speaker", {"statement": {**KEY, "evil": 1}, "speaker": "X"}),
    ("reassign_speaker", {"statement": KEY, "speaker": ["X"]}),
    ("reassign_speaker", {"statement": KEY, "speaker": "X" * (cx.MAX_NAME_CHARS + 1)}),
    ("not_actor", {"actor": ["A"]}),
    ("not_actor", {"actor": "A", "mention": KEY}),
    ("not_actor", {"mention": [1, 2]}),
    ("not_statement", {"statement": "a1:1:5"}),
    ("set_stance", {"stance": KEY, "polarity": ["positive"]}),
    ("set_stance", {"stance": KEY, "polarity": "positive", "score": True}),
    ("set_stance", {"stance": KEY, "polarity": "positive", "score": float("nan")}),
    ("set_stance", {"stance": {**KEY, "target": 3}, "polarity": "positive"}),
])
def test_schema_refuses_badly_typed_fields(op, args):
    record = {**C("not_actor", actor="A").to_dict(), "op": op, "args": args}
    with pytest.raises(cx.CorrectionError):
        cx.from_dict(record)


@pytest.mark.parametrize("field, value", [("who", ["alice"]), ("when", 5), ("id", ""), ("undone", "yes"),
                                          ("undone_by", None), ("original_who", {"a": 1})])
def test_schema_refuses_badly_typed_record_fields(field, value):
    with pytest.raises(cx.CorrectionError):
        cx.from_dict({**C("not_actor", actor="A").to_dict(), field: value})


def test_a_record_that_raises_is_skipped_and_leaves_nothing_half_done(corpus, monkeypatch):
    real = cx._APPLY["set_stance"]

    def half_then_raise(ov, a):
        real(ov, a)  # changes a row, then fails: the change must not survive
        raise NotImplementedError("boom")

    monkeypatch.setitem(cx._APPLY, "set_stance", half_then_raise)
    key = cx.stance_key(row_of(corpus.stances, source="Joe Biden").iloc[0])
    bad = C("set_stance", stance=key, polarity="positive")
    before, after = C("not_actor", actor="Decent Corp"), C("not_statement", statement=skey(corpus, "We will win,"))
    out = cx.apply_with_report(corpus, [before, bad, after])
    assert out.applied == [before, after]
    assert [(c, reason) for c, reason in out.failed] == [(bad, "NotImplementedError: boom")]
    assert row_of(out.corpus.stances, source="Joe Biden").iloc[0]["rule"] != cx.ANALYST_RULE
    assert actor_row(out.corpus, "Decent Corp") is None
    assert "We will win," not in set(out.corpus.statements["text"])


def test_unreadable_records_given_to_apply_are_reported_not_raised(corpus):
    good = C("not_actor", actor="Decent Corp")
    bad = {**good.to_dict(), "id": "x", "op": "split_actor", "args": {"actor": ["A"], "alias": "B"}}
    out = cx.apply_with_report(corpus, [bad, good])
    assert out.applied == [good] and [r for r, _ in out.failed] == [bad]


def test_imported_records_name_the_importer_and_keep_the_file_values_as_originally_by(tmp_path):
    forged = cx.Correction("not_actor", {"actor": "A"}, who="ceo", when="2020-01-01T00:00:00+00:00")
    f = cx.CorrectionsFile(tmp_path / cx.FILE_NAME)
    assert f.import_(cx.import_json(cx.export_json([forged])).corrections, who="bob") == 1
    [c] = f.read()
    assert c.who == "bob" and c.when != forged.when and c.when.endswith("+00:00")
    assert (c.original_who, c.original_when) == ("ceo", forged.when)
    again = cx.as_imported([c], who="carol", when="2027-01-01T00:00:00+00:00")[0]
    assert (again.who, again.original_who, again.original_when) == ("carol", "ceo", forged.when)
    assert cx.table([c])["originally by"].iloc[0] == f"ceo ({forged.when})"


def _many_articles(n: int):
    """The test article n times under different ids (the rows of one article, repeated)."""
    base = make_corpus()
    tables = {}
    for name, df in base.tables().items():
        if "article_id" in df.columns:
            parts = [df.assign(article_id=f"a{i}") for i in range(n)]
            tables[name] = pd.concat(parts, ignore_index=True)
        elif name == "articles":
            tables[name] = pd.concat([df.assign(id=f"a{i}") for i in range(n)], ignore_index=True)
        else:
            tables[name] = df
    return cx.CorpusAnalysis(**tables)


@pytest.mark.parametrize("n_articles", [10, 400])
def test_applying_keyed_corrections_reads_only_their_articles(monkeypatch, n_articles):
    big = _many_articles(n_articles)
    overlays, real = [], cx._Overlay

    class Spy(real):
        def __init__(self, corpus):
            super().__init__(corpus)
            overlays.append(self)

    monkeypatch.setattr(cx, "_Overlay", Spy)
    statement = cx.statement_key(row_of(big.statements, article_id="a3", text="the West is weak").iloc[0])
    stance = cx.stance_key(row_of(big.stances, article_id="a5", source="Joe Biden").iloc[0])
    fixes = [C("reassign_speaker", statement=statement, speaker="Joe Biden"),
             C("set_stance", stance=stance, polarity="positive"),
             C("not_statement", statement={**statement, "article_id": "a7"})]
    out = cx.apply_with_report(big, fixes)
    assert out.applied == fixes
    per_article = (len(big.statements) + len(big.stances)) // n_articles
    assert overlays[-1].rows_examined <= 3 * per_article, "independent of the corpus size"
    assert row_of(out.corpus.statements, article_id="a3", text="the West is weak").iloc[0]["speaker"] == "Joe Biden"
    assert row_of(out.corpus.stances, article_id="a5", source="Joe Biden").iloc[0]["polarity"] == "positive"
    assert len(out.corpus.statements) == len(big.statements) - 1


def test_seed_corrections_apply_to_a_fresh_analysis(nlp, seed_dir):
    from analysis import loading
    from analysis.corpus import analyze_corpus

    loaded = loading.load_paths([seed_dir])
    first = analyze_corpus(loaded.articles, loaded.errors, nlp)
    target = first.statements[first.statements["speaker"].notna()].iloc[0]
    other = next(n for n in first.actors["name"] if n != target["speaker"])
    fix = C("reassign_speaker", statement=cx.statement_key(target), speaker=other)
    again = analyze_corpus(loaded.articles, loaded.errors, nlp)
    out = cx.apply_with_report(again, [fix])
    assert out.applied == [fix]
    assert row_of(out.corpus.statements, id=target["id"]).iloc[0]["speaker"] == other


def test_store_file_lives_in_a_valid_store(tmp_path):
    from analysis.store import Store

    f = cx.store_file(tmp_path / "s")
    assert f.read() == []
    c = C("not_actor", actor="Decent Corp")
    f.add(c)
    store = Store(tmp_path / "s")
    assert store.marker.exists()
    assert store.read_json_doc("corrections")["corrections"][0]["id"] == c.id
    store.stats()  # the corrections document leaves the store readable


def test_apply_stored_uses_the_store_and_survives_damage(tmp_path, corpus):
    f = cx.store_file(tmp_path / "s")
    f.add(C("not_actor", actor="Decent Corp"))
    assert actor_row(cx.apply_stored(corpus, tmp_path / "s"), "Decent Corp") is None
    f.path.write_text("{damaged")
    assert cx.apply_stored(corpus, tmp_path / "s") is corpus


@pytest.mark.parametrize("c, text", [
    (C("merge_actors", names=["A", "B"], into="A"), "merge A, B into A"),
    (C("split_actor", actor="A", alias="Al"), "split “Al” off A as Al"),
    (C("reassign_speaker", statement={"article_id": "a", "start": 1, "end": 2, "text": "x  y"}, speaker="B"),
     "speaker of “x y” is B"),
    (C("not_actor", actor="A"), "A is not an actor"),
    (C("not_statement", statement={"article_id": "a", "start": 1, "end": 2, "text": "q" * 80}),
     "“" + "q" * 59 + "…” is not a statement"),
    (C("set_stance", stance={"article_id": "a", "start": 1, "end": 2, "source": "A", "target": "B"},
       polarity="negative", score=-0.9), "stance A → B is negative (-0.90)"),
])
def test_describe(c, text):
    assert cx.describe(c) == text


def test_table_status_and_order():
    a, b, d = C("not_actor", actor="A"), C("not_actor", actor="B"), C("not_actor", actor="D")
    rows = cx.table(cx.undo([a, b, d], a.id, who="bob"), stale_ids=[b.id])
    assert list(rows["status"]) == ["active", "stale", "undone"]
    assert rows["undone by"].iloc[2] == "bob"


ODD_VALUES = [None, True, 0, -1, 2**70, 1.5, float("inf"), "", " ", "x", "Joe Biden", [], ["a"], ["A", "B"], {},
              {"article_id": "a1"}, {"article_id": "a1", "start": 0, "end": 10}, {"article_id": "a1", "start": 5, "end": 1},
              {"article_id": ["a1"], "start": 0, "end": 3}, "positive"]


@pytest.mark.parametrize("seed", range(6))
def test_whatever_a_corrections_file_holds_reading_applying_and_showing_never_raise(corpus, seed):
    import random

    rng = random.Random(seed)
    valid = [C("merge_actors", names=["Dmitry Peskov", "Joe Biden"], into="Dmitry Peskov"),
             C("split_actor", actor="Dmitry Peskov", alias="Dmitri Peskov"),
             C("reassign_speaker", statement=skey(corpus, "We will win,"), speaker="Joe Biden"),
             C("not_actor", actor="Decent Corp"),
             C("not_statement", statement=skey(corpus, "the West is weak")),
             C("set_stance", stance=cx.stance_key(corpus.stances.iloc[1]), polarity="positive")]
    records = []
    for _ in range(200):
        record = json.loads(json.dumps(rng.choice(valid).to_dict()))
        target = record["args"] if rng.random() < 0.7 and record["args"] else record
        target[rng.choice(list(target) + ["extra"])] = rng.choice(ODD_VALUES)
        records.append(record)
    imported = cx.import_json(json.dumps({"format": cx.EXPORT_FORMAT, "corrections": records}))
    assert len(imported.corrections) + len(imported.unreadable) == len(records)
    report = cx.apply_with_report(corpus, imported.corrections)
    assert len(report.applied) + len(report.stale) + len(report.failed) == sum(not c.undone for c in imported.corrections)
    shown = cx.table(imported.corrections, [c.id for c in report.stale], {c.id: r for c, r in report.failed})
    assert len(shown) == len(imported.corrections)
