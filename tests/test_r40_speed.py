"""Round 40, speed: per-document work hoisted out of the loops gives the same answers.

- `context._border_word_at` reads the border words split once (whole words, stems) instead of
  testing each entry per word; `Context._border` reads the page's words only when the lead names
  a border and fighting.
- `context._facility_words` is built once (it was rebuilt for each mention of two words or more).
- `timeline._relative_words` is built once per time lexicon (it was a new set per document).
- `RegionsListed._regions_listed` tests whether a mention covers a word only for the capitalized
  words it may take (the pointer over the spans moves on the same way).

Sentences are invented (fictional places), one per language.
"""

from __future__ import annotations

import pytest
from claims_helpers import analysis

from rashomon import langdata
from rashomon.claims import context
from rashomon.timeline import _relative_words


def _old_border_word_at(w: str) -> bool:
    return any(w == e[:-1] if e.endswith("=") else w.startswith(e) for e in context._border_stems())


WORDS = ["border", "borders", "bordering", "borderline", "order", "граница", "границе", "пограничный",
         "кордон", "кордоні", "прикордонний", "шекара", "шекарада", "шекаралық", "олмария", "велмор", ""]


@pytest.mark.parametrize("w", WORDS)
def test_border_word_same_as_entry_by_entry(w):
    assert context._border_word_at(w) == _old_border_word_at(w)


def test_border_forms_split_once():
    whole, stems = context._border_forms()
    assert context._border_forms() is context._border_forms()
    assert set(whole) | set(stems) <= {e.rstrip("=") for e in context._border_stems()}
    assert "border" in whole and "border" not in stems  # "border=": a whole word


def test_facility_words_built_once():
    words = context._facility_words()
    assert words is context._facility_words()
    assert words == frozenset(row[0].casefold() for lang in ("en", "ru", "uk", "kk")
                              for row in langdata.load_table(lang, "entity_facilities") if row and row[0])


def test_relative_words_built_once():
    from rashomon.time.lexicon import lexicon

    got = _relative_words()
    assert got is _relative_words()
    assert got == set(lexicon().relative)


@pytest.mark.parametrize("text,lang,expected", [
    ("Fighting broke out on the Olmaria-Velmoria border on Monday. 12 soldiers were killed in Olmaria, "
     "officials of Velmoria said. The border stays closed.", "en", [("killed", 12, "Olmaria")]),
    ("В Заречье при пожаре на рынке погибли 7 человек, сообщили в МЧС.", "ru", [("killed", 7, None)]),
    ("У Велмірську під час пожежі на ринку загинули 5 людей, повідомили рятувальники.", "uk", [("killed", 5, "Велмірськ")]),
    ("Велмор қаласында өрт кезінде 4 адам қаза тапты.", "kk", [("killed", 4, "Велмор")]),
])
def test_claims_and_places_unchanged(text, lang, expected):
    assert [(c.measure, c.value, c.place) for c in analysis(text, lang).claims] == expected


def test_listed_regions_still_found():
    # capitalized words before a plural region word: each a place (the covered-word test now runs only for them)
    ms = analysis("Под Дорновском, Сортовском и Велмирском районах прошли учения.", "ru").mentions
    assert [(m.text, m.type) for m in ms] == [("Дорновском", "place"), ("Сортовском", "place"), ("Велмирском районах", "place")]
