"""Every rule carries examples: each ``# EXAMPLE: text => expectation`` line of the claim language
files under ``rashomon/lang/`` is run through the extractor.

Expectation: ``measure value qualifier [source_type|modality]`` (``null`` for a vague value,
``[lo, hi]`` for a range) that must be among the claims found, or ``(none)`` for no claim at all.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from claims_helpers import extract

from rashomon.claims.lexicon import guess_lang

LANG = Path(__file__).resolve().parent.parent / "rashomon" / "lang"
FILES = ("numerals_base", "qualifiers", "ranges", "vague", "measures", "nouns", "attribution", "source_types",
         "modality", "nonclaim", "connectives", "months", "suffixes", "nationwide", "anaphora",
         "back_refs", "denial_refs", "inverted", "rescue_context", "ceremony_context", "possessives", "ordinals")
_EX = re.compile(r"^#\s*EXAMPLE:\s*(.+?)\s*=>\s*(.+?)\s*$")
MODALITIES = {"asserted", "unconfirmed", "denied"}
QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"}


def _examples():
    for name in FILES:
        for path in sorted([LANG / f"{name}.txt", *LANG.glob(f"*/{name}.txt")]):
            if not path.is_file():
                continue
            lang = path.parent.name if path.parent != LANG else None
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                m = _EX.match(line.strip())
                if m:
                    text, expect = m.groups()
                    yield pytest.param(text, lang or guess_lang(text), expect, id=f"{path.relative_to(LANG)}:{n}")


EXAMPLES = list(_examples())


def test_every_language_has_examples():
    langs = {p.values[1] for p in EXAMPLES}
    assert {"en", "ru", "uk", "kk"} <= langs
    assert len(EXAMPLES) >= 60


@pytest.mark.parametrize(("text", "lang", "expect"), EXAMPLES)
def test_rule_example(text, lang, expect):
    claims = extract(text, lang)
    if expect == "(none)":
        assert claims == [], [(c.measure, c.value, c.quote) for c in claims]
        return
    m = re.match(r"(\w+) (null|\[[^\]]*\]|\d+)((?: \w+)*)$", expect)
    assert m, f"bad EXAMPLE expectation: {expect!r}"
    measure, value, rest = m.groups()
    rest = rest.split()
    qualifier = rest.pop(0) if rest and rest[0] in QUALIFIERS else "exact"
    extra = rest[0] if rest else None
    value = json.loads(value)
    value = tuple(value) if isinstance(value, list) else value
    got = [(c.measure, c.value, c.qualifier, c) for c in claims]
    hits = [c for mm, v, q, c in got if (mm, v, q) == (measure, value, qualifier)]
    assert hits, f"{text!r}: expected {expect!r}, got {[(a, b, c) for a, b, c, _ in got]}"
    if extra in MODALITIES:
        assert any(c.modality == extra for c in hits)
    elif extra:
        assert any((c.source.type if c.source else c.source_type or "author") == extra for c in hits), [
            (c.source, c.source_type) for c in hits]
