"""A pinned quality gate: every corpus with gold is scored by ../shared/eval/score.py, and no score
may fall below its floor in tests/quality/baseline.json (trafilatura's eval gate, in spirit).

The seeds and the development sets are real reports; the sample corpus is fictional. The floors
sit a little under the scores measured when they were set, so noise does not fail CI but a real
regression does."""

from __future__ import annotations

import importlib.util
import json

import pytest
from conftest import GOLD, REPO, SAMPLE, SEEDS, SHARED

BASELINE = json.loads((REPO / "tests" / "quality" / "baseline.json").read_text(encoding="utf-8"))
SCORER = SHARED / "eval" / "score.py"
CORPORA = {
    # name -> (documents, gold directory, gold prefix)
    "seeds": (SEEDS, GOLD, "seeds"),
    "sample": (SAMPLE, REPO / "tests" / "data" / "gold", "sample"),
    "devset": (REPO / "tests" / "data" / "devset" / "docs", REPO / "tests" / "data" / "devset" / "gold", "devset"),
    "devset2": (REPO / "tests" / "data" / "devset2" / "docs", REPO / "tests" / "data" / "devset2" / "gold", "devset2"),
    "devset3": (REPO / "tests" / "data" / "devset3" / "docs", REPO / "tests" / "data" / "devset3" / "gold", "devset3"),
    "devset4": (REPO / "tests" / "data" / "devset4" / "docs", REPO / "tests" / "data" / "devset4" / "gold", "devset4"),
    "devset5": (REPO / "tests" / "data" / "devset5" / "docs", REPO / "tests" / "data" / "devset5" / "gold", "devset5"),
    "devset6": (REPO / "tests" / "data" / "devset6" / "docs", REPO / "tests" / "data" / "devset6" / "gold", "devset6"),
    "devset7": (REPO / "tests" / "data" / "devset7" / "docs", REPO / "tests" / "data" / "devset7" / "gold", "devset7"),
    "devset8": (REPO / "tests" / "data" / "devset8" / "docs", REPO / "tests" / "data" / "devset8" / "gold", "devset8"),
    "devset9": (REPO / "tests" / "data" / "devset9" / "docs", REPO / "tests" / "data" / "devset9" / "gold", "devset9"),
    "devset10": (REPO / "tests" / "data" / "devset10" / "docs", REPO / "tests" / "data" / "devset10" / "gold", "devset10"),
    "devset11": (REPO / "tests" / "data" / "devset11" / "docs", REPO / "tests" / "data" / "devset11" / "gold", "devset11"),
    "devset12": (REPO / "tests" / "data" / "devset12" / "docs", REPO / "tests" / "data" / "devset12" / "gold", "devset12"),
    "devset13": (REPO / "tests" / "data" / "devset13" / "docs", REPO / "tests" / "data" / "devset13" / "gold", "devset13"),
    "devset14": (REPO / "tests" / "data" / "devset14" / "docs", REPO / "tests" / "data" / "devset14" / "gold", "devset14"),
    "devset15": (REPO / "tests" / "data" / "devset15" / "docs", REPO / "tests" / "data" / "devset15" / "gold", "devset15"),
    "devset16": (REPO / "tests" / "data" / "devset16" / "docs", REPO / "tests" / "data" / "devset16" / "gold", "devset16"),
    "devset17": (REPO / "tests" / "data" / "devset17" / "docs", REPO / "tests" / "data" / "devset17" / "gold", "devset17"),
    "devset18": (REPO / "tests" / "data" / "devset18" / "docs", REPO / "tests" / "data" / "devset18" / "gold", "devset18"),
    "devset19": (REPO / "tests" / "data" / "devset19" / "docs", REPO / "tests" / "data" / "devset19" / "gold", "devset19"),
    "devset20": (REPO / "tests" / "data" / "devset20" / "docs", REPO / "tests" / "data" / "devset20" / "gold", "devset20"),
    "devset21": (REPO / "tests" / "data" / "devset21" / "docs", REPO / "tests" / "data" / "devset21" / "gold", "devset21"),
    "devset22": (REPO / "tests" / "data" / "devset22" / "docs", REPO / "tests" / "data" / "devset22" / "gold", "devset22"),
    "devset23": (REPO / "tests" / "data" / "devset23" / "docs", REPO / "tests" / "data" / "devset23" / "gold", "devset23"),
    "devset24": (REPO / "tests" / "data" / "devset24" / "docs", REPO / "tests" / "data" / "devset24" / "gold", "devset24"),
    "devset25": (REPO / "tests" / "data" / "devset25" / "docs", REPO / "tests" / "data" / "devset25" / "gold", "devset25"),
    "devset26": (REPO / "tests" / "data" / "devset26" / "docs", REPO / "tests" / "data" / "devset26" / "gold", "devset26"),
    "devset27": (REPO / "tests" / "data" / "devset27" / "docs", REPO / "tests" / "data" / "devset27" / "gold", "devset27"),
    "devset28": (REPO / "tests" / "data" / "devset28" / "docs", REPO / "tests" / "data" / "devset28" / "gold", "devset28"),
    "devset29": (REPO / "tests" / "data" / "devset29" / "docs", REPO / "tests" / "data" / "devset29" / "gold", "devset29"),
    "devset30": (REPO / "tests" / "data" / "devset30" / "docs", REPO / "tests" / "data" / "devset30" / "gold", "devset30"),
    "devset31": (REPO / "tests" / "data" / "devset31" / "docs", REPO / "tests" / "data" / "devset31" / "gold", "devset31"),    "devset32": (REPO / "tests" / "data" / "devset32" / "docs", REPO / "tests" / "data" / "devset32" / "gold", "devset32"),
    "devset33": (REPO / "tests" / "data" / "devset33" / "docs", REPO / "tests" / "data" / "devset33" / "gold", "devset33"),
    "devset34": (REPO / "tests" / "data" / "devset34" / "docs", REPO / "tests" / "data" / "devset34" / "gold", "devset34"),
    "devset35": (REPO / "tests" / "data" / "devset35" / "docs", REPO / "tests" / "data" / "devset35" / "gold", "devset35"),
}


def _scorer():
    spec = importlib.util.spec_from_file_location("rashomon_score", SCORER)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_scores_stay_above_their_floors(name, tmp_path, monkeypatch):
    docs, gold_dir, prefix = CORPORA[name]
    if not SCORER.is_file() or not docs.is_dir():
        pytest.skip(f"needs {SCORER} and {docs} (the shared/ folder beside the repository)")
    from rashomon import build_dossier

    monkeypatch.chdir(docs.parent)  # relative input, so document ids are the file names
    build_dossier([docs.name]).write(tmp_path, store=False)
    sc = _scorer()
    load = sc.load_jsonl
    claims = sc.score_claims(load(tmp_path / "claims.jsonl"), load(gold_dir / f"{prefix}.claims.jsonl"))
    timeline = sc.score_timeline(load(tmp_path / "timeline.jsonl"), load(gold_dir / f"{prefix}.timeline.jsonl"))
    alias = sc.score_aliases(json.loads((tmp_path / "entities.json").read_text(encoding="utf-8")),
                             json.loads((gold_dir / f"{prefix}.entities.json").read_text(encoding="utf-8")))
    got = {"claims_f1": claims["f1"], "qualifier_acc": claims["qualifier_acc"],
           "source_type_acc": claims["source_type_acc"], "source_name_acc": claims["source_name_acc"],
           "timeline_f1": timeline["f1"], "alias_f1": alias["f1"], "alias_precision": alias["precision"]}
    low = {k: (got[k], floor) for k, floor in BASELINE[name].items() if got[k] < floor}
    assert not low, f"{name}: below the floor (score, floor): {low}"
