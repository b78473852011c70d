"""`bench/eval_devset.py --dir` scores a folder of one's own (docs/ + gold/ in the seeds' format)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO.parent / "shared" / "eval" / "score.py"


def test_a_folder_of_ones_own_is_scored(tmp_path):
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is absent (the shared scorer)")
    sys.path.insert(0, str(REPO / "tools"))
    from goldkit import claim_row, write_gold

    mine = tmp_path / "myset"
    (mine / "docs").mkdir(parents=True)
    (mine / "docs" / "a.txt").write_text("В Заречье 3 марта 2031 года при пожаре погибли 7 человек.\n", encoding="utf-8")
    write_gold(mine / "gold", "myset", [claim_row("a.txt", "killed", 7, "exact", "погибли 7 человек")], [], [])
    r = subprocess.run([sys.executable, str(REPO / "bench" / "eval_devset.py"), "--dir", str(mine), "--json"],
                       capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["claims"]["recall"] == 1.0


def test_a_folder_without_gold_is_refused(tmp_path):
    (tmp_path / "docs").mkdir()
    r = subprocess.run([sys.executable, str(REPO / "bench" / "eval_devset.py"), "--dir", str(tmp_path)],
                       capture_output=True, text=True, cwd=REPO)
    assert r.returncode == 2 and "needs docs/ and gold/" in r.stderr
