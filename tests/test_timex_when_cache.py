"""rashomon.time.when: the per-document facts behind `date_at` are cached by content, never stale.

`date_at` computes a document's report roles, report date, event period and start once; these tests
check that every answer equals a fresh computation (caches emptied first), also after the document's
expressions, publication date or text change the way the corpus stage changes them.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.document import Document
from rashomon.segment import Segmenter
from rashomon.time import when
from rashomon.time.when import date_at, event_period, marker_role, report_date, report_roles
from rashomon.timex import TimeTagger

TAGGER = TimeTagger()
TEXTS = [
    ("ru", "Керчь, 18 октября 2018 года, 14:40\n\nВзрыв в колледже произошёл 17 октября. По состоянию на 18 "
           "октября погибли 20 человек.\n\nЧисло погибших выросло до 21.\n\nВ понедельник власти заявили, что 50 "
           "человек госпитализированы. Опубликовано: 19 октября 2018"),
    ("en", "ALMATY, Jan 10 (Steppe Wire) - Protests began on 4 January.\n\nAs of 9 January, 225 people were "
           "detained. The toll rose to 164 on Sunday.\n\nPosted on 11 January 2022"),
    ("uk", "Огляд подій 18–20 лютого\n\nСтаном на 21 лютого загинули 100 людей.\n\nЗ 18 лютого затримано 30."),
]


def _doc(lang: str, text: str, published: str | None = None) -> Document:
    doc = Document(id=f"w-{lang}", path="w", text=text, lang=lang, published=published)
    Segmenter()(doc)
    return doc


def _fresh(fn, *args):
    when._FACTS.clear()
    when._ROLES.clear()
    return fn(*args)


def _every_offset(doc: Document) -> list[int]:
    return list(range(0, len(doc.text), 7)) + [len(doc.text) - 1]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_cached_answers_equal_fresh_ones(lang, text):
    doc = _doc(lang, text)
    tx = TAGGER(doc)
    fresh = [_fresh(date_at, doc, tx, o) for o in _every_offset(doc)]
    when._FACTS.clear()
    when._ROLES.clear()
    assert [date_at(doc, tx, o) for o in _every_offset(doc)] == fresh  # one cache for the whole pass
    assert report_roles(doc, tx) == _fresh(report_roles, doc, tx)
    assert event_period(doc, tx) == _fresh(event_period, doc, tx)


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_changed_expressions_and_dates_are_seen(lang, text):
    doc = _doc(lang, text)
    tx = TAGGER(doc)
    for o in _every_offset(doc):
        date_at(doc, tx, o)  # fill the caches
    for t in tx:  # what the corpus stage does to year-less values, and a later publication date
        if len(t.value) >= 10 and t.value[:4].isdigit():
            t.value = str(int(t.value[:4]) - 1) + t.value[4:]
    doc.published = "2031-05-17"
    cached = [date_at(doc, tx, o) for o in _every_offset(doc)]
    assert cached == [_fresh(date_at, doc, tx, o) for o in _every_offset(doc)]
    assert report_date(doc, tx) == _fresh(report_date, doc, tx)


def test_same_id_other_text_is_another_document():
    a = _doc("en", "ALMATY, Jan 10 (Steppe Wire) - Protests began on 4 January. 225 people were detained.")
    b = _doc("en", "Protests began on 6 January. As of 8 January, 225 people were detained.")
    ta, tb = TAGGER(a), TAGGER(b)
    first = [date_at(a, ta, o) for o in _every_offset(a)]
    second = [date_at(b, tb, o) for o in _every_offset(b)]
    assert first == [_fresh(date_at, a, ta, o) for o in _every_offset(a)]
    assert second == [_fresh(date_at, b, tb, o) for o in _every_offset(b)]


def _reference_marker_role(text: str, span: tuple[int, int]) -> str | None:
    """`marker_role` as it was before its prefilter: fold both windows, try every marker."""
    pre, post = when._markers()
    before = when._fold(text[max(0, span[0] - when._WINDOW):span[0]]).rstrip(" :,\u00a0-–—(")
    for w, r in pre:
        if before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum()):
            return r
    after = when._fold(text[span[1]:span[1] + when._WINDOW]).lstrip(" ,:)")
    for w, r in post:
        if after.startswith(w) and (len(after) == len(w) or not after[len(w)].isalnum()):
            return r
    return None


PIECES = [w for w, _ in when._markers()[0] + when._markers()[1]] + [
    " ", "  ", "\n", "\u00a0", ":", ",", "-", "—", "(", ")", "18", "октября", "As", "OF", "ß", "’", "x", "Ж", "ПО"]


@settings(max_examples=250, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8), st.lists(st.sampled_from(PIECES), max_size=8))
def test_marker_role_matches_reference(before, after):
    text = "".join(before) + "18 мая" + "".join(after)
    span = (len("".join(before)), len("".join(before)) + len("18 мая"))
    assert marker_role(text, span) == _reference_marker_role(text, span)


@pytest.mark.parametrize("text", ["По состоянию на 18 мая погибли", "по  состоянию\u00a0на: 18 мая", "As Of 18 мая",
                                  "Published on 18 мая", "ОПУБЛИКОВАНО 18 мая", "Восстановлено 18 мая",
                                  "Kas of 18 мая", "18 мая жағдай бойынша", "x" * 60 + " as of 18 мая"])
def test_marker_role_samples_match_reference(text):
    i = text.index("18 мая")
    assert marker_role(text, (i, i + 6)) == _reference_marker_role(text, (i, i + 6))
