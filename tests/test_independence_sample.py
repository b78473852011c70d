"""Independence on the bundled sample corpus: its wire story and two copies are one origin, and its
NGO report and the Russian translation are one origin (by design, see rashomon/data/sample/README.md)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

COPIES = ("wire_caw_en.txt", "herald_copy_en.html", "eurasia_monitor_copy_en.md")
TRANSLATION = ("ngo_report_en.md", "ngo_report_ru.html")
# not designed as a pair, but the English article's infobox and its paragraph on the toll are a
# translation of the Russian one (same figures in the same order): the detector links them, rightly
PARALLEL_WIKI = ("dam_collapse_ru.wiki", "wiki_export_en.xml#101")
GOLD = Path(__file__).parent / "data" / "gold" / "sample.claims.jsonl"


@pytest.fixture(scope="module")
def sample_docs(sample_dir):
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    missing = [f for f in COPIES + TRANSLATION if not (sample_dir / f).is_file()]
    if missing:
        pytest.skip(f"sample corpus incomplete: {missing}")
    pipeline = Pipeline(claim_extractor=lambda *a: [], time_tagger=lambda d: [], entity_tagger=lambda d: [])
    docs = {}
    for d in read_inputs([str(sample_dir)]):
        if hasattr(d, "text"):
            pipeline.prepare(d)
            docs[d.id] = d
    return docs


def test_copies_and_translation_form_families(sample_docs):
    from rashomon.independence import detect

    fams = [set(f) for f in detect(sample_docs).families()]
    assert set(COPIES) in fams
    assert set(TRANSLATION) in fams


def test_values_count_copied_and_translated_reports_once(sample_docs):
    from _dossier_fixture import gold_claims

    from rashomon.questions import build_questions

    if not GOLD.is_file():
        pytest.skip(f"sample gold claims not found at {GOLD}")
    claims = [c for c in gold_claims(GOLD, sample_docs) if c.span != (0, 0) and c.doc in sample_docs]
    origin = {**{d: "copies" for d in COPIES}, **{d: "translation" for d in TRANSLATION}}
    checked = 0
    for q in build_questions(claims, sample_docs):
        for v in q.values:
            groups = {origin.get(d, d) for d in v.docs}
            if len(groups) < len(v.docs):  # the value is repeated by a copy or a translation
                # the wiki pair is linked passage by passage: one origin when the value is in a
                # translated passage of both, two otherwise
                merged = {"wiki" if g in PARALLEL_WIKI else g for g in groups}
                assert len(merged) <= v.independent <= len(groups), (q.text, v.value, v.docs)
                checked += 1
    assert checked >= 2
