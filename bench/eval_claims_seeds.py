"""Score claim extraction on the seeds (or another corpus with gold) with ../shared/eval/score.py.

    python bench/eval_claims_seeds.py [INPUT_DIR] [--gold-dir DIR --prefix seeds] [-v]

Reads every input with `rashomon.readers.read_inputs`, runs the pipeline, writes claims.jsonl (and
empty timeline/entities files) into a temporary directory and runs the scorer on it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASHOMON_SHARED", REPO.parent / "shared"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="?", default=str(SHARED / "corpus" / "seeds"))
    ap.add_argument("--gold-dir", default=str(SHARED / "gold"))
    ap.add_argument("--prefix", default="seeds")
    ap.add_argument("--out", default=None, help="keep the output here instead of a temporary directory")
    ap.add_argument("-v", "--verbose", action="store_true")
    a = ap.parse_args()
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    pipe = Pipeline()
    out = Path(a.out or tempfile.mkdtemp(prefix="claims-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    with (out / "claims.jsonl").open("w", encoding="utf-8") as f:
        for doc in read_inputs([a.inputs]):
            for c in pipe.analyze(doc).claims:
                f.write(json.dumps(c.to_json(), ensure_ascii=False) + "\n")
    (out / "timeline.jsonl").write_text("", encoding="utf-8")
    (out / "entities.json").write_text("[]", encoding="utf-8")
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(out), "--gold-dir", a.gold_dir, "--prefix", a.prefix]
    if a.verbose:
        cmd.append("-v")
    r = subprocess.run(cmd, capture_output=True, text=True)
    section = ""
    for line in r.stdout.splitlines():
        if not line.startswith(" "):
            section = line.split()[0] if line.split() else ""
        if section == "claims":
            print(line)
    print(f"(output in {out})", file=sys.stderr)
    return r.returncode


if __name__ == "__main__":
    sys.exit(main())
