"""Round r25b: entities (a country's possessive before a national institution says whose it is)."""

from __future__ import annotations

import pytest

from rashomon.document import Document
from rashomon.pipeline import Pipeline

PIPE = Pipeline()

CASES = [
    ("Georgia's Interior Ministry said 12 people were detained. The Georgian Interior Ministry later said 15.",
     "#org interior-ministry@ge"),
    ("Kazakhstan\u2019s Defence Ministry said two soldiers were injured. The Kazakh Defence Ministry confirmed it.",
     "#org defence-ministry@kz"),
]


@pytest.mark.parametrize(("text", "key"), CASES)
def test_a_possessive_country_owns_the_institution(text, key):
    ms = PIPE.analyze(Document(id="t.txt", path="t.txt", text=text, lang="en")).mentions
    keys = [m.key for m in ms if m.type == "org"]
    assert keys == [key, key], keys
