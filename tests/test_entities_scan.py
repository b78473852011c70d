"""The entity tagger's shortcuts give the same mentions as the plain scan: a word's language asked in
any order when it cannot depend on the order (`ScanDoc.pure_lang`), and per-tagger caches of what
depends on a word alone (gazetteer hits over word sequences, lemmas, list phrases)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon._entity_doc import SENT_END, TOKEN, ScanDoc
from rashomon.document import Document, Paragraph
from rashomon.entities import EntityTagger
from rashomon.errors import InputError
from rashomon.pipeline import Pipeline
from rashomon.readers import read_inputs


def _doc(text: str, lang: str | None, paragraphs: list[tuple[int, int, str | None]] = ()) -> Document:
    d = Document(id="d", path="d", text=text, lang=lang)
    d.paragraphs = [Paragraph((a, b), lg) for a, b, lg in paragraphs]
    return d


@pytest.mark.parametrize(("text", "lang", "paras", "pure"), [
    ("Police in Almaty said.", "en", [], True),  # no Cyrillic at all
    ("Полиция Алматы сообщила.", "ru", [], True),  # a Russian document without paragraphs
    ("Полиция Алматы.\n\nPolice in Almaty.", "en", [(0, 15, "ru"), (17, 34, "en")], True),
    ("Police in Алматы.", "en", [(0, 17, "en")], False),  # a Cyrillic word in an English paragraph
    ("Police in Алматы.", None, [], False),  # no language: the window guess decides
    ("Полиция.\n\nАлматы", "ru", [(0, 8, "ru")], True),  # after the paragraphs: the document's language
    ("Police.\n\nАлматы", "en", [(0, 7, "en")], False),  # ... which is not ru/uk/kk here
    ("Полиция Алматы.", "ru", [(5, 15, None)], True),  # before the first paragraph: the document's
])
def test_pure_lang(text, lang, paras, pure):
    assert ScanDoc(_doc(text, lang, paras)).pure_lang() is pure


def _corpus(root) -> list[Document]:
    p = Pipeline()
    docs = [d for d in read_inputs([str(root)]) if not isinstance(d, InputError)]
    for d in docs:
        p.prepare(d)
    return docs


@pytest.fixture(scope="module")
def sample_docs(sample_dir):
    return _corpus(sample_dir)


def test_pure_docs_languages_do_not_depend_on_order(sample_docs):
    checked = 0
    for doc in sample_docs:
        d = ScanDoc(doc)
        if not d.pure_lang():
            continue
        forward = [d.lang(i) for i in range(len(d.toks))]
        e = ScanDoc(doc)
        order = list(range(len(e.toks)))
        random.Random(len(order)).shuffle(order)
        got = {i: e.lang(i) for i in order}
        assert [got[i] for i in range(len(order))] == forward, doc.id
        checked += 1
    assert checked > 20


def test_token_langs_hold_every_token_language(sample_docs):
    """`ScanDoc.token_langs` (the languages whose landmark heads are sieved) holds the language of every
    token of a pure document."""
    checked = 0
    for doc in sample_docs:
        d = ScanDoc(doc)
        if d.pure_lang():
            assert {d.lang(i) for i in range(len(d.toks))} <= set(d.token_langs()), doc.id
            checked += 1
    assert checked > 20


def test_shortcuts_give_the_plain_scan(sample_docs, monkeypatch):
    """Every document tagged with the shortcuts equals the same document tagged as if no word's
    language could be asked out of order."""
    tagger = EntityTagger()
    fast = [[m.to_json() | {"how": m.how} for m in tagger(doc)] for doc in sample_docs]
    monkeypatch.setattr(ScanDoc, "pure_lang", lambda self: False)
    tagger = EntityTagger()
    plain = [[m.to_json() | {"how": m.how} for m in tagger(doc)] for doc in sample_docs]
    assert fast == plain
    assert sum(map(len, fast)) > 100


def test_caches_do_not_leak_between_documents(sample_docs):
    """One tagger over the whole corpus (warm caches) equals a fresh tagger per document."""
    shared = EntityTagger()
    one = [[m.to_json() for m in shared(doc)] for doc in sample_docs]
    fresh = [[m.to_json() for m in EntityTagger()(doc)] for doc in sample_docs[::-1]][::-1]
    assert one == fresh


_TEXT = st.text(alphabet=st.sampled_from(list("aZ я Ж-'’.,\n«»1_ İΣσ")) | st.characters(), max_size=80)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_tokens_and_gaps_split_in_c_equal_the_regex_scan(text):
    """`ScanDoc` tokenizes with one ``re.split``: the same tokens as ``TOKEN.finditer``, and each gap is
    the text between a token and the one before it (from the start for the first)."""
    d = ScanDoc(Document(id="d", path="d", text=text, lang="en"))
    want = [(m.start(), m.end(), m[0]) for m in TOKEN.finditer(text)]
    assert d.toks == want
    assert d.words == [w for _, _, w in want]
    for i, (s, _, _) in enumerate(want):
        before = want[i - 1][1] if i else 0
        assert d.gap(i) == text[before:s]
        assert d.initial(i) == (i == 0 or SENT_END.search(text[before:s]) is not None)
    assert d.caps == [i for i, (_, _, w) in enumerate(want) if w[:1].isupper() or w.isupper()]
