"""`_place_cues._tail_word` (a match on the reversed text) finds what ``_TAIL_WORD.search`` finds."""

from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon.claims._place_cues import _TAIL_WORD, _tail_word, after_abbreviation, vessel_name

_CHARS = "ab'’-_1 ,.«»\n\tЖїә²½\u0301"


def _regex(s: str) -> tuple[int, int] | None:
    m = _TAIL_WORD.search(s)
    return None if m is None else m.span(1)


@settings(max_examples=2000, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=14))
def test_tail_word_is_the_regex_search(s):
    assert _tail_word(s) == _regex(s)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=40))
def test_tail_word_on_any_text(s):
    assert _tail_word(s) == _regex(s)


def test_tail_word_examples():
    assert _tail_word("the cruiser ") == (4, 11)
    assert _tail_word("Куп'янська, ") == (0, 10)
    assert _tail_word("катери ВМС «") == (7, 10)
    assert _tail_word("в 2014 ") is None
    assert _tail_word("") is None


def test_cues_read_the_last_word():
    assert vessel_name("the cruiser Moskva sank", 12, 18)
    assert not vessel_name("the city of Moskva", 12, 18)
    assert after_abbreviation("ВМС України", 4)
    assert not after_abbreviation("армия України", 6)
