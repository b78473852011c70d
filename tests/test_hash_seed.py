"""Offline and deterministic: the same inputs give byte-identical outputs whatever Python's string
hash seed (a set or dict order that leaks into a choice shows up here: two processes, two seeds)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
CORPORA = [REPO / "tests" / "data" / "devset10" / "docs", REPO / "rashomon" / "data" / "sample"]


def _run(corpus: Path, out: Path, seed: str) -> None:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "rashomon", "dossier", str(corpus), "-o", str(out)],
                   check=True, env=env, capture_output=True, cwd=REPO)


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.parent.name if p.name == "docs" else p.name)
def test_outputs_do_not_depend_on_the_hash_seed(corpus, tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    _run(corpus, a, "0")
    _run(corpus, b, "6")
    files = sorted(p.name for p in a.iterdir() if p.is_file() and not p.name.endswith(".sqlite"))
    assert "claims.jsonl" in files and "entities.json" in files
    differ = [f for f in files if (a / f).read_bytes() != (b / f).read_bytes()]
    assert differ == []
