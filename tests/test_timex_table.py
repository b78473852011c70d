"""The (expression, anchor, expected) table of ``tests/data/time/table.tsv``: at least 200 cases, 40 a language."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from rashomon.document import Document
from rashomon.timex import TimeTagger

TABLE = Path(__file__).parent / "data" / "time" / "table.tsv"


def _cases():
    out = []
    for n, line in enumerate(TABLE.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        lang, text, anchor, expected = cols[:4]
        certainty = cols[4] if len(cols) > 4 else None
        out.append(pytest.param(lang, text, None if anchor == "-" else anchor, expected, certainty, id=f"{n}-{lang}-{text[:30]}"))
    return out


CASES = _cases()
TAGGER = TimeTagger()


def test_table_size():
    per_lang = Counter(c.values[0] for c in CASES)
    assert len(CASES) >= 200
    assert all(per_lang[lang] >= 40 for lang in ("ru", "uk", "kk", "en")), per_lang


@pytest.mark.parametrize("lang,text,anchor,expected,certainty", CASES)
def test_expression(lang, text, anchor, expected, certainty):
    doc = Document(id="t", path="t", text=text, lang=lang, published=anchor)
    found = TAGGER(doc)
    values = " | ".join(t.value for t in found) or "-"
    assert values == expected, [(t.text, t.value, t.anchor) for t in found]
    if certainty:
        assert found[0].certainty == certainty
    for t in found:  # spans are exact evidence
        assert doc.text[t.span[0]:t.span[1]] == t.text
