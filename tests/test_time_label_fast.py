"""The label's look back for the words before a time phrase on the reversed text
(`rashomon.time.label._lead_start`) finds the same start as the forward search of the "before" pattern,
also at the window's edge, after a letter, and on characters ``re`` folds specially."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.time.label import _before_reversed, _lead_start, _lead_words, _patterns

ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһ" "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐӘҒҚҢӨҰҮҺ" \
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n\t.,:-–'’" "ſıİKᲀΣσςßǅ"


def _forward(text: str, pos: int, a: int) -> int | None:
    m = _patterns()[0].search(text, pos, a)
    return m.start() if m else None


def test_reversed_pattern_is_used():
    assert _before_reversed() is not None


@pytest.mark.parametrize(("text", "pos"), [
    ("по состоянию на 5 мая", 0), ("По Состоянию На, 5 мая", 0), ("went on since 5 May", 0),
    ("xon 5 May", 1), ("x on 5 May", 2), ("late on  ,  5 May", 0), ("on, , 5 May", 0), ("5 May", 0),
    ("станом на 5 травня", 3), ("ſtanom 5", 0),
])
def test_known_cases(text, pos):
    a = text.index("5")
    assert _lead_start(text, _patterns()[0], pos, a) == _forward(text, pos, a)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(sorted(set(_lead_words()))).map(lambda w: w.upper()),
                          st.sampled_from(sorted(set(_lead_words()))), st.text(alphabet=ALPHABET, max_size=5)),
                max_size=8), st.integers(0, 60))
def test_same_start_as_forward_search(parts, back):
    text = "".join(parts) + "12"
    a = len(text) - 2
    pos = max(0, a - back)
    assert _lead_start(text, _patterns()[0], pos, a) == _forward(text, pos, a)


@pytest.mark.parametrize("text", [
    "", "Update", "**Update:** the ministry said", "UPDATE, 17 May", "an update", "Outdated update", "Обновление: МВД",
    "ОБНОВЛЕНО 17 мая", "Жаңарту", "Оновлено о 12:00", "Zhezkazgan, 17 May 2023, 22:15", "newsupdate",
    "«Улытау Курьер» 16 мая 2023 года", "В пятницу, 15 июля, полиция сообщила, что погибли 23"])
def test_statement_word_is_one_search_per_word(text):
    """`statement_word` (one compiled search) says what a search per statement word says."""
    from rashomon.time.when import _statement_words, statement_word

    low = text.casefold()
    assert statement_word(text) == any(re.search(r"(?<!\w)" + re.escape(w), low) for w in _statement_words())
    for w in _statement_words():  # each word alone, at a word start and inside a word
        for t in (w, w.upper(), f"x {w} y", f"x{w}"):
            assert statement_word(t) == any(re.search(r"(?<!\w)" + re.escape(v), t.casefold()) for v in _statement_words())
