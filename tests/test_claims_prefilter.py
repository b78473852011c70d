"""The sentence pre-check of the claims stage (`Lexicon.may_hold_figure`: no digit, no number word,
no word that may open a qualifier, a range or a vague amount -> the sentence is skipped before it is
tokenized) never drops a claim: every document of the sample, the seeds and the dev sets gives the
same claims with the pre-check as with every sentence read in full."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.claims import ClaimExtractor
from rashomon.claims.lexicon import Lexicon
from rashomon.document import Document
from rashomon.pipeline import Pipeline
from rashomon.readers import read_inputs

ROOT = Path(__file__).resolve().parent.parent
SETS = [ROOT / "rashomon" / "data" / "sample", *sorted((ROOT / "tests" / "data").glob("devset*/docs"))]


def _claims(extractor: ClaimExtractor, items) -> list[tuple]:
    out = []
    for doc, timexes, mentions in items:
        for c in extractor(doc, timexes, mentions):
            src = (c.source.name, c.source.type, c.source.span) if c.source else None
            out.append((c.id, c.doc, c.measure, c.value, c.qualifier, c.span, c.value_span, c.quote, c.lang, c.group, src,
                        c.source_type, c.modality, c.place, c.place_how, c.when, c.when_how, c.citation, c.rule))
    return out


@pytest.fixture(scope="module")
def prepared(seeds_dir) -> list[tuple[Document, list, list]]:
    p = Pipeline()
    out = []
    for path in [*SETS, Path(seeds_dir)]:
        for doc in read_inputs([str(path)]):
            if isinstance(doc, Document):
                p.prepare(doc)
                out.append((doc, p.time_tagger(doc), p.entity_tagger(doc)))
    return out


def test_the_pre_check_drops_no_claim(prepared, monkeypatch):
    assert len(prepared) > 50
    with_check = _claims(ClaimExtractor(), prepared)
    assert len(with_check) > 500
    monkeypatch.setattr(Lexicon, "may_hold_figure", lambda self, text: True)
    assert _claims(ClaimExtractor(), prepared) == with_check


def test_the_pre_check_skips_sentences_without_figures(prepared):
    """It is no pass-through: many sentences of real documents state no figure."""
    from rashomon.claims import _lang, _sentences
    from rashomon.claims.lexicon import lexicon

    skipped = total = 0
    for doc, _tx, _ms in prepared:
        for s0, s1 in _sentences(doc):
            total += 1
            skipped += not lexicon(_lang(doc.lang, doc.text[s0:s1])).may_hold_figure(doc.text[s0:s1])
    assert total > 1000 and skipped * 10 > total
