"""rashomon.encoding fast paths: the speed-tuned patterns find exactly what the plain ones did.

The reference patterns below are the straightforward forms the module used before it was tuned (each
opens with a lookbehind or a repeat, so `re` tries them at every position); the module's forms open
with a literal or a class so that `re` skips to candidates at C speed. Same spans, same answers.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon import encoding as enc

_CONT = bytes(range(0x80, 0xC0)).decode("cp1251", errors="ignore")
REF_LOST = re.compile(
    r"(?<=\w)(?<!\?)\?++(?=\w)|(?<!\?)\?++(?=[^\W\d_])|(?<![^\s(«\"'])\?{2,}+(?=[\s.,;:!)»\"']|$)"
)
REF_MOJI = re.compile("(?:[РС][" + re.escape(_CONT) + "]){2,}")
REF_SUSPECT = re.compile(
    "[ÃÂÅÐÑâ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
    "|[РСвВ][" + re.escape("".join(c for c in _CONT if c not in "ІіЇїЄєҐґЁёЎў")) + "]|[\u0080-\u009f]"
)

# characters every pattern cares about, plus ordinary letters, digits, spaces and punctuation
ALPHABET = "?? ?\n\t(«»\"'.,;:!)-_1Жаaé5ÃÂâ©€—РСвВЂџ…°\u0085\u0098ІЁ" + _CONT[:12]
TEXTS = st.text(alphabet=ALPHABET, max_size=60)
SAMPLES = [
    "", "?", "??", "Жа?аозен", "??на", " ?? ", "(??)", "«???»", "a??1", "1??a", "x ?? y", "?a", "a?", "a?b?c",
    "http://x.org/?q=1 ??", "РџСЂРёРІРµС‚", "Р С", "Ð¾Ñ", "вЂ”", "\u0085", "Ã©", "ВЂ", "Впервые", "пр?вет ???",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("text", SAMPLES)
def test_samples_match_reference(text):
    assert _spans(enc._LOST_RE, text) == _spans(REF_LOST, text)
    assert _spans(enc._MOJI_RE, text) == _spans(REF_MOJI, text)
    assert bool(enc._SUSPECT_RE.search(text)) == bool(REF_SUSPECT.search(text))


@settings(max_examples=600, deadline=None)
@given(TEXTS)
def test_lost_characters_pattern_matches_reference(text):
    assert _spans(enc._LOST_RE, text) == _spans(REF_LOST, text)


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_mojibake_patterns_match_reference(text):
    assert _spans(enc._MOJI_RE, text) == _spans(REF_MOJI, text)
    assert bool(enc._SUSPECT_RE.search(text)) == bool(REF_SUSPECT.search(text))


def _ref_utf16_gate(head: bytes) -> bool:
    return any(b < 0x09 or 0x0E <= b < 0x20 for b in head[:512])


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=600))
def test_utf16_gate_matches_reference(data):
    got = enc._utf16_by_nuls(data)
    if not _ref_utf16_gate(data[: 4096 & ~1]):
        assert got is None
    assert bool(data[:512].translate(None, enc._NOT_NUL_PATTERN)) == _ref_utf16_gate(data)


MANY = [
    "сло?во " * 1200,  # more lost characters than are listed one by one
    "РџСЂРёРІРµС‚ " * 700,  # leftover mojibake, two runs per word... once the repair has failed
    "\ufffd x " * 1001,
    "a?b " * 1000 + "\u200b",  # exactly at the limit, with an invisible character removed
    "Россия, Сибирь? " * 900,
    "plain text",
]


@pytest.mark.parametrize("text", MANY)
def test_unlocated_artefacts_are_the_spanless_ones(text):
    full_text, full = enc.normalize(text)
    text2, unlocated = enc.normalize(text, located=False)
    assert text2 == full_text
    assert unlocated == [a for a in full if a.span is None]
    assert enc._most_defects(full_text) >= len([a for a in full if a.span is not None])


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET + "\u200b\ufffd", max_size=80))
def test_unlocated_matches_filtered_full_list(text):
    assert enc.normalize(text, located=False)[1] == [a for a in enc.normalize(text)[1] if a.span is None]
    found = enc.find_artefacts(text)
    assert enc._most_defects(text) >= len(found)
