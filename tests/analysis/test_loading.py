import json
import os
from pathlib import Path

import pytest

from analysis import loading
from analysis.loading import (
    content_id, load_bytes, load_paths, load_under_roots, load_uploads, resolve_under_roots,
)
from tests.fixtures.corpus import BAD_FILES, EXPECTED, GOOD_FILES, make_corpus, write_files


def by_rel_path(result, folder: Path) -> dict:
    return {a.path.removeprefix(f"{folder}{os.sep}"): a for a in result.articles}


@pytest.fixture
def corpus(tmp_path):
    return make_corpus(tmp_path / "corpus")


# ---------------------------------------------------------------- formats

@pytest.mark.parametrize("rel_path", sorted(EXPECTED))
def test_each_format_loads_with_its_metadata(corpus, rel_path):
    article = by_rel_path(load_paths([corpus]), corpus)[rel_path]
    for name, value in EXPECTED[rel_path].items():
        assert getattr(article, name) == value, name


def test_good_corpus_loads_every_article_without_errors(corpus):
    result = load_paths([corpus])
    assert result.errors == []
    assert sorted(by_rel_path(result, corpus)) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(GOOD_FILES))
def test_upload_loads_like_the_file(corpus, name):
    from_file = load_paths([corpus / name]).articles
    uploaded = load_bytes(name, GOOD_FILES[name].encode("utf-8")).articles
    assert [(a.id, a.text, a.title, a.date) for a in uploaded] == [(a.id, a.text, a.title, a.date) for a in from_file]
    assert all(a.path.startswith(name) for a in uploaded)


@pytest.mark.parametrize("name, text", [
    ("a.txt", "Title line\r\nBody with CRLF\r\n"),
    ("b.md", "\n\n## Heading two\nbody\n"),
    ("c.txt", "  Indented title  \n\nbody\t\n"),
])
def test_plain_text_is_kept_exactly(tmp_path, name, text):
    write_files(tmp_path, {name: text.encode("utf-8")})
    [article] = load_paths([tmp_path / name]).articles
    assert article.text == text


@pytest.mark.parametrize("text, title", [
    ("First line\nsecond", "First line"),
    ("\n\n   \nAfter blanks\n", "After blanks"),
    ("x" * 500, "x" * 199 + "…"),
])
def test_txt_title_is_first_non_empty_line(tmp_path, text, title):
    assert load_bytes("a.txt", text.encode()).articles[0].title == title


def test_markdown_title_loses_its_hashes():
    assert load_bytes("a.md", b"### Deep heading\nbody").articles[0].title == "Deep heading"


@pytest.mark.parametrize("data, text", [
    (b"\xef\xbb\xbfWith BOM\nbody", "With BOM\nbody"),
    ("UTF-16 text\nbody".encode("utf-16"), "UTF-16 text\nbody"),
])
def test_byte_order_marks_are_decoded(data, text):
    assert load_bytes("a.txt", data).articles[0].text == text


# ---------------------------------------------------------------- HTML

def html_page(head: str = "", body: str = "") -> bytes:
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


@pytest.mark.parametrize("body, text", [
    ("<p>One</p><p>Two</p>", "One\n\nTwo"),
    ("<p>Tom &amp; Jerry&#39;s</p>", "Tom & Jerry's"),
    ("<p>a<br>b</p>", "a\nb"),
    ("<p>x</p><script>alert(1)</script><style>p{}</style><noscript>n</noscript>", "x"),
    ("<nav>Menu</nav><article><p>Story</p></article><footer>Legal</footer>", "Story"),
    ("<nav>Menu</nav><div><p>No article element</p></div><footer>Legal</footer>", "No article element"),
    ("<nav>Only navigation</nav>", "Only navigation"),
    ("<p>  spaced \n  out   words </p>", "spaced out words"),
    ("<pre>keep\n  this</pre>", "keep\n  this"),
    ("<p>unclosed <b>markup", "unclosed markup"),
])
def test_html_text_has_no_markup(body, text):
    assert load_bytes("a.html", html_page(body=body)).articles[0].text == text


@pytest.mark.parametrize("head, field, value", [
    ("<title>Plain title</title>", "title", "Plain title"),
    ('<title>Plain</title><meta property="og:title" content="OG title">', "title", "OG title"),
    ('<meta name="twitter:title" content="Tw">', "title", "Tw"),
    ('<meta property="article:published_time" content="2020-02-03T10:00:00Z">', "date", "2020-02-03"),
    ('<meta name="date" content="March 4, 2020">', "date", "2020-03-04"),
    ('<meta name="pubdate" content="20200305">', "date", "2020-03-05"),
    ('<meta itemprop="datePublished" content="2020-03-06">', "date", "2020-03-06"),
    ('<meta name="date" content="03/04/2020">', "date", ""),
    ('<meta property="og:site_name" content="The Site">', "source", "The Site"),
    ('<link rel="canonical" href="https://x.org/a">', "url", "https://x.org/a"),
    ('<meta property="og:url" content="https://x.org/b">', "url", "https://x.org/b"),
    ('<meta name="author" content="By Jo Doe">', "author", "Jo Doe"),
    ('<script type="application/ld+json">{"@graph": [{"headline": "LD title", "datePublished": '
     '"2020-03-07", "author": [{"name": "A"}, {"name": "B"}], "publisher": {"name": "LD News"}}]}</script>',
     "author", "A, B"),
    ('<script type="application/ld+json">{"headline": "LD title", "publisher": {"name": "LD News"}}</script>',
     "source", "LD News"),
])
def test_html_metadata_from_meta_tags(head, field, value):
    [article] = load_bytes("a.html", html_page(head, "<p>Body text.</p>")).articles
    assert getattr(article, field) == value


def test_html_date_from_time_element_and_title_from_text_when_no_meta():
    [article] = load_bytes("a.html", html_page(body='<h1>Heading</h1><time datetime="2021-01-02">Jan 2</time>')).articles
    assert (article.title, article.date) == ("Heading", "2021-01-02")


# ---------------------------------------------------------------- JSON, JSONL, CSV

@pytest.mark.parametrize("data, n", [
    ({"text": "one object"}, 1),
    ([{"text": "first"}, {"text": "second"}], 2),
    ({"status": "ok", "articles": [{"content": "wrapped one"}, {"content": "wrapped two"}]}, 2),
])
def test_json_shapes(data, n):
    result = load_bytes("a.json", json.dumps(data).encode())
    assert (len(result.articles), result.errors) == (n, [])


@pytest.mark.parametrize("record, field, value", [
    ({"text": "t", "source": {"id": "x", "name": "Named source"}}, "source", "Named source"),
    ({"text": "t", "authors": ["A", "B"]}, "author", "A, B"),
    ({"text": "t", "id": 42}, "id", "42"),
    ({"text": "t", "id": ""}, "id", content_id("t")),
    ({"text": "t", "date": None}, "date", ""),
    ({"text": "Published 2019-10-04. Story."}, "date", "2019-10-04"),
])
def test_json_field_values(record, field, value):
    assert getattr(load_bytes("a.jsonl", json.dumps(record).encode()).articles[0], field) == value


def test_json_text_must_be_a_string():
    [error] = load_bytes("a.json", b'{"text": ["a", "b"]}').errors
    assert "not a string" in error.reason


@pytest.mark.parametrize("header, field", [
    ("Headline", "title"), ("TITLE", "title"), ("published_at", "date"), ("Publish Date", "date"),
    ("published", "date"), ("Outlet", "source"), ("publisher", "source"), ("MEDIA", "source"),
    ("link", "url"), ("URL", "url"), ("byline", "author"), ("Author", "author"), ("doc_id", "id"),
])
def test_csv_headers_match_loosely(header, field):
    value = "2019-10-04" if field == "date" else "v"
    [article] = load_bytes("a.csv", f"{header},text\n{value},Body\n".encode()).articles
    assert getattr(article, field) == value


@pytest.mark.parametrize("text_header", ["text", "Body", "CONTENT", "article", "Article_Text", "full text"])
def test_csv_text_column_synonyms(text_header):
    assert load_bytes("a.csv", f"title,{text_header}\nT,The body\n".encode()).articles[0].text == "The body"


@pytest.mark.parametrize("name, data", [
    ("a.csv", b"title;text\nT;semicolon body\n"),
    ("a.tsv", b"title\ttext\nT\ttab body\n"),
    ("a.csv", b"text\nsingle column body\n"),
])
def test_csv_delimiters(name, data):
    [article] = load_bytes(name, data).articles
    assert article.text.endswith("body")


def test_csv_row_paths_name_the_starting_line():
    result = load_bytes("a.csv", b'text\n"two\nlines"\n\nafter a blank\n')
    assert [a.path for a in result.articles] == ["a.csv:2", "a.csv:5"]


# ---------------------------------------------------------------- bad input

@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_file_is_one_error_and_the_rest_loads(tmp_path, kind):
    bad = BAD_FILES[kind]
    folder = make_corpus(tmp_path)
    write_files(folder, {bad.name: bad.data})
    result = load_paths([folder])
    [error] = result.errors
    assert (error.file, error.line) == (str(folder / bad.name), bad.line)
    assert bad.reason in error.reason
    assert set(EXPECTED) <= set(by_rel_path(result, folder))


@pytest.mark.parametrize("kind", sorted(BAD_FILES))
def test_bad_upload_is_an_error(kind):
    bad = BAD_FILES[kind]
    [error] = load_bytes(bad.name, bad.data).errors
    assert (error.file, error.line) == (bad.name, bad.line)
    assert bad.reason in error.reason


@pytest.mark.parametrize("via", ["path", "upload"])
def test_oversize_file_is_an_error(tmp_path, via):
    data = b"x" * 2048
    write_files(tmp_path, {"big.txt": data})
    result = load_paths([tmp_path / "big.txt"], max_bytes=1024) if via == "path" \
        else load_bytes("big.txt", data, max_bytes=1024)
    [error] = result.errors
    assert result.articles == [] and "limit" in error.reason


def test_default_size_limit_comes_from_the_setting(monkeypatch):
    monkeypatch.setenv("ACTORLENS_MAX_FILE_MB", "1")
    assert load_bytes("a.txt", b"y" * (2**20 + 1)).errors
    assert not load_bytes("a.txt", b"y" * 2**20).errors


def test_missing_path_is_an_error(tmp_path):
    [error] = load_paths([tmp_path / "nope.txt"]).errors
    assert (error.file, error.line, error.reason) == (str(tmp_path / "nope.txt"), None, "no such file or folder")


@pytest.mark.parametrize("explicit, n_errors", [(True, 1), (False, 0)])
def test_unknown_extension_is_an_error_only_when_named(tmp_path, explicit, n_errors):
    write_files(tmp_path, {"report.pdf": b"%PDF", "ok.txt": "fine"})
    result = load_paths([tmp_path / "report.pdf"] if explicit else [tmp_path])
    assert len(result.errors) == n_errors


@pytest.mark.parametrize("name, data, reason", [
    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "malformed JSON"),
    ("deep.jsonl", b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    ("huge.json", b'{"text": "t", "id": ' + b"9" * 5000 + b"}", "malformed JSON"),
    ("utf16.txt", b"\xff\xfeA", "UTF-16"),
])
def test_pathological_input_is_an_error(name, data, reason):
    [error] = load_bytes(name, data).errors
    assert reason in error.reason


def test_jsonl_text_may_hold_unicode_line_separators():
    text = "one\u2028two\x0cthree"
    [article] = load_bytes("a.jsonl", json.dumps({"text": text}, ensure_ascii=False).encode()).articles
    assert article.text == text


@pytest.mark.parametrize("charset, n_errors", [("windows-1252", 0), ("no-such-charset", 1), ("", 1)])
def test_html_declared_charset_is_honoured(charset, n_errors):
    data = f'<meta charset="{charset}"><p>Caf\u00e9</p>'.encode("windows-1252")
    result = load_bytes("a.html", data)
    assert len(result.errors) == n_errors
    assert [a.text for a in result.articles] == ([] if n_errors else ["Caf\u00e9"])


def test_symlink_loop_is_skipped(tmp_path):
    write_files(tmp_path, {"a.txt": "fine"})
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "back").symlink_to(tmp_path)
    for root in (None, tmp_path):
        assert [a.text for a in load_paths([tmp_path], root=root).articles] == ["fine"]


def test_unknown_extension_upload_is_an_error():
    [error] = load_bytes("report.docx", b"PK").errors
    assert "unsupported file type .docx" in error.reason


def test_hidden_files_and_folders_are_skipped(tmp_path):
    write_files(tmp_path, {".hidden.txt": "secret one", ".git/a.txt": "secret two", "sub/seen.txt": "seen"})
    assert [a.text for a in load_paths([tmp_path]).articles] == ["seen"]


# ---------------------------------------------------------------- dedupe and ids

def test_identical_texts_load_once_with_a_note(tmp_path):
    write_files(tmp_path, {"a.txt": "Same text\n", "b.txt": "Same text", "c.jsonl": '{"text": "Same text"}\n'})
    result = load_paths([tmp_path])
    assert [a.path for a in result.articles] == [str(tmp_path / "a.txt")]
    assert [(e.file, e.line, e.reason) for e in result.errors] == [
        (str(tmp_path / "b.txt"), None, f"duplicate of {tmp_path / 'a.txt'}"),
        (str(tmp_path / "c.jsonl"), 1, f"duplicate of {tmp_path / 'a.txt'}"),
    ]
    assert all(loading.is_note(e) for e in result.errors)


def test_uploads_are_deduplicated_across_files():
    result = load_uploads([("a.txt", b"Twice"), ("b.json", b'[{"text": "Twice"}]')])
    assert len(result.articles) == 1 and result.errors[0].reason == "duplicate of a.txt"


def test_the_same_file_named_twice_loads_once(corpus):
    assert len(load_paths([corpus, corpus / "notes.md"]).articles) == len(EXPECTED)


def test_ids_are_stable_content_hashes_across_loads(corpus):
    first, second = load_paths([corpus]), load_paths([corpus])
    assert [a.id for a in first.articles] == [a.id for a in second.articles]
    plain = by_rel_path(first, corpus)["2019-10-04_plain.txt"]
    assert plain.id == content_id(plain.text) == content_id(GOOD_FILES["2019-10-04_plain.txt"])


def test_content_id_differs_for_different_texts():
    assert content_id("a") != content_id("b") and len(content_id("a")) == 16


def test_clashing_given_ids_are_renamed_with_a_note():
    result = load_bytes("a.jsonl", b'{"id": "7", "text": "one"}\n{"id": "7", "text": "two"}\n')
    assert [a.id for a in result.articles] == ["7", f"7~{content_id('two')}"]
    [error] = result.errors
    assert error.line == 2 and loading.is_note(error)


def test_is_note_is_false_for_failures():
    assert not loading.is_note(load_bytes("a.txt", b"").errors[0])


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize("value, iso", [
    ("2019-10-04", "2019-10-04"),
    ("2019-10-04T23:30:00-05:00", "2019-10-04"),
    ("2019/10/4", "2019-10-04"),
    ("20191004", "2019-10-04"),
    ("October 4, 2019", "2019-10-04"),
    ("Oct. 4th, 2019", "2019-10-04"),
    ("Sept 4 2019", "2019-09-04"),
    ("Fri, 04 Oct 2019 12:00:00 GMT", "2019-10-04"),
    ("4 of October, 2019", "2019-10-04"),
    ("25/10/2019", "2019-10-25"),
    ("10/25/2019", "2019-10-25"),
    ("04/10/2019", ""),
    ("10.04.2019", ""),
    ("2019-02-30", ""),
    ("October 2019", ""),
    ("yesterday", ""),
    ("", ""),
])
def test_normalize_date(value, iso):
    assert loading.normalize_date(value) == iso


@pytest.mark.parametrize("text, iso", [
    ("Title\nOctober 4, 2019\nBody", "2019-10-04"),
    ("Title\n2019-10-04 | Moscow\nBody", "2019-10-04"),
    ("Title\nMoscow, 5 November 2020 (TASS) – text", "2020-11-05"),
    ("Title\n04/10/2019\nBody", ""),
    ("Title\n" + "word " * 200 + "October 4, 2019", ""),
    ("No date at all", ""),
    ("Title\nPublished: 4 Oct 2019 10:00 GMT\nBody", "2019-10-04"),
    ("Title\nUpdated on Friday, October 4, 2019 at 9:30 am\nBody", "2019-10-04"),
    ("Title\nBy Ana Lima | Oct. 4, 2019\nBody", "2019-10-04"),
    ("Title\nMOSCOW, Oct. 4, 2019 (TASS) — The talks ended.", "2019-10-04"),
    ("Title\nSAO PAULO, 4 October 2019 - Prices rose.", "2019-10-04"),
    # an event's date in a sentence is not the article's date
    ("Title\nThe flood of March 3, 2019 destroyed the bridge.", ""),
    ("Title\nResidents still remember March 3, 2019, when the river rose.", ""),
    ("Flood of March 3, 2019: what we know\nBody", ""),
    ("Title\nThe court ruled on 2019-10-04 that the law stands.", ""),
    ("Title\nThe flood of March 3, 2019 destroyed it.\nPublished 5 March 2019", "2019-03-05"),
])
def test_date_from_text(text, iso):
    assert loading.date_from_text(text) == iso


@pytest.mark.parametrize("name, iso", [
    ("2019-10-04_story.txt", "2019-10-04"),
    ("story_20191004.txt", "2019-10-04"),
    ("dir/2019_10_04.md", ""),
    ("000_70a1e79c8e5df12b.txt", ""),
    ("story_2019.txt", ""),
    ("20191304.txt", ""),
])
def test_date_from_name(name, iso):
    assert loading.date_from_name(name) == iso


@pytest.mark.parametrize("name, text, iso", [
    ("2019-01-01_a.txt", "Title\nMarch 3, 2020\nbody", "2020-03-03"),
    ("2019-01-01_a.txt", "Title\nbody", "2019-01-01"),
    ("a.txt", "Title\nbody", ""),
])
def test_article_date_prefers_text_then_file_name(name, text, iso):
    assert load_bytes(name, text.encode()).articles[0].date == iso


@pytest.mark.parametrize("name, record, iso", [
    ("a.jsonl", {"text": "The storm of 12 June 2018 cut power.", "date": "2020-01-02"}, "2020-01-02"),
    ("a.jsonl", {"text": "The storm of 12 June 2018 cut power."}, ""),
    ("a.json", {"text": "MADRID, 3 May 2021 (EFE) - The storm of 12 June 2018 is back."}, "2021-05-03"),
])
def test_a_record_takes_its_metadata_or_dateline_date_never_an_event_date(name, record, iso):
    import json

    assert load_bytes(name, json.dumps(record).encode()).articles[0].date == iso


def test_rows_do_not_take_the_date_of_their_file_name():
    assert load_bytes("2019-01-01.jsonl", b'{"text": "body"}').articles[0].date == ""


# ---------------------------------------------------------------- server folders

@pytest.fixture
def roots(tmp_path):
    root = write_files(tmp_path / "root", {"news/a.txt": "inside"})
    outside = write_files(tmp_path / "outside", {"secret.txt": "outside secret", "dir/s.txt": "outside dir"})
    (root / "news" / "link_file.txt").symlink_to(outside / "secret.txt")
    (root / "news" / "link_dir").symlink_to(outside / "dir")
    (root / "escape").symlink_to(outside)
    return root, outside


def test_load_under_root_refuses_links_out_of_it(roots):
    root, _ = roots
    result = load_paths([root / "news"], root=root)
    assert [a.text for a in result.articles] == ["inside"]
    assert sorted(Path(e.file).name for e in result.errors) == ["link_dir", "link_file.txt"]
    assert all("outside the data root" in e.reason for e in result.errors)


def test_explicit_path_out_of_root_is_refused(roots):
    root, outside = roots
    result = load_paths([root / "escape" / "secret.txt", outside / "secret.txt"], root=root)
    assert result.articles == [] and len(result.errors) == 2


def test_without_root_links_are_followed(roots):
    root, _ = roots
    assert len(load_paths([root / "news"]).articles) == 3


@pytest.mark.parametrize("relpath, expected", [("news", "root/news"), ("news/a.txt", "root/news/a.txt"),
                                               ("", "root"), ("./news/", "root/news")])
def test_resolve_under_roots(roots, relpath, expected):
    root, _ = roots
    assert resolve_under_roots(relpath, [root]) == (root.parent / expected).resolve()


@pytest.mark.parametrize("relpath, message", [
    ("../outside", "must not contain '..'"),
    ("news/../../outside", "must not contain '..'"),
    ("escape", "outside the data roots"),
    ("news/link_file.txt", "outside the data roots"),
    ("missing", "does not exist"),
])
def test_resolve_under_roots_refuses_escapes(roots, relpath, message):
    root, _ = roots
    with pytest.raises(ValueError, match=message):
        resolve_under_roots(relpath, [root])


def test_resolve_under_roots_refuses_absolute_paths_outside(roots):
    root, outside = roots
    with pytest.raises(ValueError, match="outside the data roots"):
        resolve_under_roots(str(outside), [root])
    assert resolve_under_roots(str(root / "news"), [root]) == (root / "news").resolve()


def test_resolve_under_roots_needs_a_root():
    with pytest.raises(ValueError, match="ACTORLENS_DATA_ROOTS"):
        resolve_under_roots("news", [])


def test_resolve_under_roots_tries_each_root(tmp_path):
    a, b = write_files(tmp_path / "a", {"x.txt": "x"}), write_files(tmp_path / "b", {"y.txt": "y"})
    assert resolve_under_roots("y.txt", [a, b]) == (b / "y.txt").resolve()


@pytest.mark.parametrize("value, n", [("", 0), ("{a}", 1), ("{a}{sep}{b}", 2), ("{a}{sep}{missing}", 1)])
def test_data_roots_reads_the_setting(tmp_path, monkeypatch, value, n):
    a, b = write_files(tmp_path / "a", {}), write_files(tmp_path / "b", {})
    a.mkdir(), b.mkdir()
    monkeypatch.setenv("ACTORLENS_DATA_ROOTS", value.format(a=a, b=b, missing=tmp_path / "m", sep=os.pathsep))
    roots = loading.data_roots()
    assert len(roots) == n and all(r.is_absolute() for r in roots)


@pytest.mark.parametrize("relpath, texts, n_errors", [("news", ["inside"], 2), ("../outside", [], 1), ("missing", [], 1)])
def test_load_under_roots_never_raises(roots, relpath, texts, n_errors):
    root, _ = roots
    result = load_under_roots(relpath, [root])
    assert [a.text for a in result.articles] == texts and len(result.errors) == n_errors


@pytest.mark.parametrize("line, where", [(3, "a.jsonl:3"), (None, "a.jsonl"), (0, "a.jsonl")])
def test_load_error_where(line, where):
    assert loading.LoadError("a.jsonl", line, "bad").where == where
