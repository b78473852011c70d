"""Claim ids are unique within a document: the store keys claims by id, and reviews, questions and
links point at claims by id. A claim split in two over one quote (a rumour and its denial) must not
share its id with its twin."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from claims_helpers import extract

from rashomon.readers import read_inputs

DATA = Path(__file__).resolve().parent / "data"

SPLITS = [  # the figure before where it spread: the rumour and the denial quote the same words
    ("Информация о 40 погибших, распространяемая в социальных сетях, не соответствует действительности.", "ru"),
    ("Інформація про 40 загиблих, що поширюється в соцмережах, не відповідає дійсності.", "uk"),
    ("The figure of 40 dead circulating on social media is not true.", "en"),
]


@pytest.mark.parametrize("text, lang", SPLITS)
def test_a_rumour_and_its_denial_over_one_quote_have_two_ids(text, lang):
    claims = extract("Хроника событий\n\n" + text, lang)
    assert sorted(c.modality for c in claims) == ["denied", "unconfirmed"]
    assert claims[0].span == claims[1].span  # one quote, two claims
    assert len({c.id for c in claims}) == len(claims)


@pytest.mark.parametrize("corpus", ["sample", "devset5", "devset6"])
def test_claim_ids_are_unique_in_every_document(corpus, sample_dir, pipeline):
    root = sample_dir if corpus == "sample" else DATA / corpus / "docs"
    for doc in read_inputs([str(root)]):
        if isinstance(doc, Exception):
            continue
        ids = Counter(c.id for c in pipeline.analyze(doc).claims)
        assert not [i for i, n in ids.items() if n > 1], doc.id
