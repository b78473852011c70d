"""The time grammar's trigger scan on the lower-cased text finds exactly the tokens of the
case-insensitive regex (`rashomon.time.grammar._tokens`), also on characters ``re`` folds specially."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.time.grammar import _lowered_trigger, _tokens, _triggers

# letters of the four languages in both cases, digits, separators, and characters whose case folding
# is special: ſ (s), ı/İ (i), K (Kelvin sign), ᲀ (в), Σ/σ/ς, ß, ǅ (title case)
ALPHABET = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґәғқңөұүһ" "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐӘҒҚҢӨҰҮҺ" \
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 \n.,:-–'’" "ſıİKᲀΣσςßǅ"
WORDS = ["декабря", "Декабря", "ДЕКАБРЯ", "the next day", "The Next Day", "в тот же день", "сағат",
         "Sunday's", "п'ятницю", "желтоқсанның", "16", "2011", "12:52", "May", "MAY"]


def _spans(it):
    return [m.span() for m in it]


@pytest.mark.parametrize("text", [
    "16 декабря 2011 года, в тот же день", "THE NEXT DAY, 16 ДЕКАБРЯ", "Sunday's shooting at 12:52",
    "ſunday", "İn 2011", "ᲀчера", "ΣΑΣ 16 мая", "п'ятницю і П'ЯТНИЦЮ", "",
])
def test_tokens_as_case_insensitive_regex(text):
    assert _spans(_tokens(text)) == _spans(_triggers()[2].finditer(text))


def test_lowered_path_is_used_for_plain_text():
    fast = _lowered_trigger()
    assert fast is not None
    assert fast[1].search("16 декабря, the next day".lower()) is None
    assert fast[1].search("ſ".lower()) is not None


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(alphabet=ALPHABET, max_size=6)), max_size=25))
def test_tokens_property(parts):
    text = " ".join(parts)
    assert _spans(_tokens(text)) == _spans(_triggers()[2].finditer(text))
