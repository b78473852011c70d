"""Acceptance: entity aliases on the real seeds, scored by ../shared/eval/score.py (bar: F1 >= 0.90, P >= 0.97)."""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import GOLD, SHARED

from rashomon.entities import EntityLinker, EntityTagger
from rashomon.errors import InputError
from rashomon.readers import read_inputs

pytestmark = pytest.mark.seeds


def _score_module():
    path = SHARED / "eval" / "score.py"
    if not path.is_file():
        pytest.skip("score.py not found")
    spec = importlib.util.spec_from_file_location("rashomon_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_seed_aliases_meet_the_bar(seeds_dir, pipeline):
    tagger, mentions = EntityTagger(), []
    for doc in read_inputs([str(seeds_dir)]):
        if isinstance(doc, InputError):
            continue
        pipeline.prepare(doc)
        mentions += tagger(doc)
    ents = EntityLinker().link(mentions)
    gold = json.loads((GOLD / "seeds.entities.json").read_text(encoding="utf-8"))
    r = _score_module().score_aliases([e.to_json() for e in ents], gold)
    assert r["precision"] >= 0.97 and r["f1"] >= 0.90, r
