"""The tagger's word records (`rashomon._entity_words`): tagging with the record cache equals tagging
with it off or nearly off, each record field equals the per-word answer it replaces, and the cache
stays bounded."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon._entity_doc import ScanDoc, Shapes
from rashomon._entity_morph import surname_like
from rashomon._entity_names import cap
from rashomon._entity_words import WordRec
from rashomon.document import Document
from rashomon.entities import EntityTagger
from rashomon.errors import InputError
from rashomon.pipeline import Pipeline
from rashomon.readers import read_inputs

LANGS = ("en", "ru", "uk", "kk")
DEVSET = Path(__file__).parent / "data" / "devset" / "docs"


def _corpus(*roots) -> list[Document]:
    p = Pipeline()
    docs = [d for d in read_inputs([str(r) for r in roots if Path(r).is_dir()]) if not isinstance(d, InputError)]
    for d in docs:
        p.prepare(d)
    return docs


@pytest.fixture(scope="module")
def docs(sample_dir):
    return _corpus(sample_dir, DEVSET)


@pytest.fixture(scope="module")
def tagger():
    return EntityTagger()


def _tag(tagger, docs) -> list[list[dict]]:
    return [[m.to_json() | {"how": m.how} for m in tagger(doc)] for doc in docs]


@pytest.mark.parametrize("word", [
    "Иванов", "Иванова", "Ива", "ов", "Ов", "ОВО", "Петренко", "Енко", "Kowalski", "Ski", "Smith",
    "Жұмабеков", "Бекова", "", "İvanov",  # (a letter whose lower case is two characters long)
])
def test_surname_like_is_an_ending_after_three_letters(word):
    """`surname_like`'s one `str.endswith` answers as the plain test of each ending."""
    from rashomon._entity_morph import surname_endings

    low = word.lower()
    assert surname_like(word) == any(low.endswith(e) and len(low) >= len(e) + 3 for e in surname_endings())


@pytest.mark.parametrize("limit", [0, 1, 7])
def test_same_mentions_with_and_without_the_record_cache(docs, tagger, limit):
    """A tagger that keeps no records (0: each rebuilt when asked) or hardly any (cleared all the
    time) tags every document as the default one."""
    want = _tag(tagger, docs)
    got = _tag(EntityTagger(rec_limit=limit), docs)
    assert got == want
    assert sum(map(len, want)) > 100


def test_record_cache_is_bounded(docs):
    t = EntityTagger(rec_limit=25)
    _tag(t, docs[:10])
    assert t._recs and all(0 < len(table) <= 25 for table in t._recs.values())
    off = EntityTagger(rec_limit=0)
    _tag(off, docs[:3])
    assert off._recs == {}


def _plain_common(t: EntityTagger, d: ScanDoc, i: int, lang: str) -> bool:
    """`_common` as it read before the records."""
    w = d.toks[i][2]
    if t._stop(w, lang):
        return True
    if lang in ("ru", "uk"):
        return t.morph.common(w, lang, d.initial(i))
    return d.initial(i) and w.lower() in d.lower_seen


def _plain_name_part(t: EntityTagger, d: ScanDoc, i: int, lang: str) -> bool:
    """`_name_part` as it read before the records."""
    w = d.toks[i][2]
    if not cap(w) or w.isupper() or t._stop(w, lang):
        return False
    if lang in ("ru", "uk"):
        known, tags, _ = t.morph.info(w, lang)
        if surname_like(w) and not d.initial(i):
            return True
        if t.morph.common(w, lang, d.initial(i)):
            return False
        return not known or bool(tags & {"Name", "Surn", "Patr"})
    return not _plain_common(t, d, i, lang)


def _check_doc(t: EntityTagger, doc: Document) -> int:
    d = ScanDoc(doc)
    t._doc_countries(d)
    n = 0
    for i, w in enumerate(d.words):
        for lang in LANGS:
            r = t._rec(w, lang)
            assert r.stop == t._stop(w, lang)
            assert r.cc == t._country_code(w, lang)
            assert r.lemma == t._lemma_of(w, lang)
            assert r.titles == t._phrase_cands(w, lang, "entity_person_titles", True)
            assert r.longest == t._name_words(w, lang)
            assert r.first == t._is_first_name(w, lang) and r.surname == t._is_surname(w, lang)
            if d.countries is not None and not r.longest:
                assert t._gaz_at(d, i, lang, r) is None and t._gaz_match(d, i, lang) is None
            assert r.rep == (cap(w) and t._modifier(d, i, lang) == "republic")
            if cap(w):
                assert r.org == t._org_starts_of(w, lang)
            assert t._common_at(d, i, r) == _plain_common(t, d, i, lang), (w, lang)
            assert t._name_part_at(d, i, r) == _plain_name_part(t, d, i, lang), (w, lang)
            n += 1
    return n


def test_record_fields_equal_the_answers_they_replace(docs, tagger):
    assert sum(_check_doc(tagger, doc) for doc in docs[:12]) > 1000


_WORDS = st.sampled_from(["Республики", "Республика", "Republic", "РФ", "США", "Президент", "President", "The",
                          "Иван", "Петров", "Алматы", "Almaty", "ООН", "МЧС", "Жанат", "полиция", "of", "де",
                          "Сергей", "Ташкент", "Київ", "Бишкек", "Местные", "Here", "Ұлы", "Іван", "Міністр"])


@settings(max_examples=60, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=8), st.sampled_from(LANGS + (None,)), st.sampled_from([" ", ". ", ", "]))
def test_record_fields_on_invented_sentences(tagger, words, lang, sep):
    doc = Document(id="h", path="h", text=sep.join(words) + ".", lang=lang)
    _check_doc(tagger, doc)
    assert _tag(tagger, [doc]) == _tag(EntityTagger(rec_limit=0), [doc])


def test_record_is_slotted(tagger):
    r = WordRec(tagger, "Алматы", "ru")
    assert not hasattr(r, "__dict__")  # (a record per distinct word: no per-instance dict)
    assert r.cap and not r.upper and not r.stop and r.longest >= 1


_SHAPED = st.lists(st.text(alphabet=st.sampled_from(list("aZяЖİΣσ中ǅ")), min_size=1, max_size=4), max_size=12)


@settings(max_examples=80, deadline=None)
@given(st.lists(_SHAPED, min_size=1, max_size=4), st.integers(min_value=1, max_value=12))
def test_shared_word_shapes_equal_a_fresh_look(texts, limit):
    """A document's capitalized and lowercase words, looked up in shapes shared across documents (and
    cleared past a small limit), equal those found by looking at each word."""
    shapes = Shapes(limit=limit)
    most = 0
    for ws in texts:
        doc = Document(id="s", path="s", text=" ".join(ws), lang="en")
        d = ScanDoc(doc, shapes)
        vocab = set(d.words)
        most = max(most, len(vocab))
        assert d.capital == {w for w in vocab if w[:1].isupper() or w.isupper()}
        assert d.lower_seen == {w for w in vocab if w[:1].islower()}
        assert d.caps == [i for i, w in enumerate(d.words) if w in d.capital]
        assert vocab <= shapes.seen and len(shapes.seen) <= max(limit, most)


@pytest.mark.parametrize("lang", ["ru", "uk"])
@pytest.mark.parametrize("word", ["Дрогобыче", "ДРОГОБЫЧЕ", "Київ", "Голой", "Коментарі", "МФЦ", "Ще",
                                  "Алёшках", "Полтавщини", "Іванову", "Зеленського", "Обл"])
def test_capitalized_word_shares_the_parse_of_its_lower_case(word, lang):
    """`Morph.info` of a capitalized word is the lower case's record, and everything the tagger reads
    of a parse (known, name tags, word, tag, normal form, score, inflections) equals a parse of the
    word as written."""
    from rashomon._entity_morph import Morph

    m = Morph()
    got = m.info(word, lang)
    assert got is m.info(word.lower(), lang)
    an = m._analyzer(lang)
    own = an.parse(word)
    assert got[0] == an.word_is_known(word.lower())
    assert [(p.word, str(p.tag), p.normal_form, p.score) for p in got[2]] == \
        [(p.word, str(p.tag), p.normal_form, p.score) for p in own]
    for grams in ({"nomn"}, {"nomn", "femn"}, {"nomn", "neut"}, {"nomn", "sing", "masc"}):
        a = [p.inflect(grams) for p in got[2]]
        b = [p.inflect(grams) for p in own]
        assert [(x.word, str(x.tag)) if x else None for x in a] == [(x.word, str(x.tag)) if x else None for x in b]
    fresh = Morph()
    fresh._an = m._an
    assert fresh.lemmas(word, lang) == m.lemmas(word, lang)
    assert fresh.gendered_nominatives(word, lang) == m.gendered_nominatives(word, lang)
