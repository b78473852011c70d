"""Timeline F1 on the seeds before the whole pipeline works: read, prepare, tag time, events, reanchor.

    python bench/eval_time_seeds.py [DIR] [--gold-dir tests/data/gold --prefix sample] [-v | -vv]

Writes timeline.jsonl (and empty claims/entities) to a temporary directory and runs the shared
``eval/score.py`` on it (timeline line only matters here).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from rashomon.model import Analysis
from rashomon.pipeline import Pipeline
from rashomon.readers import read_inputs
from rashomon.timeline import build_timeline, events_from, reanchor
from rashomon.timex import TimeTagger

SHARED = Path(os.environ.get("RASHOMON_SHARED", Path(__file__).resolve().parents[2] / "shared"))


def main(argv: list[str]) -> int:
    import argparse

    ap = argparse.ArgumentParser(description="timeline F1 of the time stage alone")
    ap.add_argument("dir", nargs="?", default=str(SHARED / "corpus" / "seeds"))
    ap.add_argument("--gold-dir", default=None, help="e.g. tests/data/gold for the bundled sample")
    ap.add_argument("--prefix", default=None, help="e.g. sample")
    ap.add_argument("-v", action="count", default=0)
    a = ap.parse_args(argv)
    seeds = a.dir
    gold_dir = str(Path(a.gold_dir).resolve()) if a.gold_dir else None
    pipe, tagger = Pipeline.__new__(Pipeline), TimeTagger()
    from rashomon.langid import LanguageIdentifier
    from rashomon.segment import Segmenter

    pipe.segmenter, pipe.langid = Segmenter(), LanguageIdentifier()
    analyses = []
    os.chdir(seeds)
    for doc in read_inputs(["."]):
        if not hasattr(doc, "text"):
            print("error:", doc, file=sys.stderr)
            continue
        pipe.prepare(doc)
        tx = tagger(doc)
        analyses.append(Analysis(doc=doc, timexes=tx, events=events_from(doc, tx, [], [])))
    reanchor(analyses)
    timeline = build_timeline([e for a in analyses for e in a.events])
    out = Path(tempfile.mkdtemp(prefix="rashomon-time-"))
    with (out / "timeline.jsonl").open("w", encoding="utf-8") as f:
        for e in timeline:
            f.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
    (out / "claims.jsonl").write_text("")
    (out / "entities.json").write_text("[]")
    if a.v > 1:
        for e in timeline:
            print(e.doc[:3], e.when, e.anchor, "|", e.label[:70])
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(out)] + (["-v"] if a.v else [])
    if gold_dir:
        cmd += ["--gold-dir", gold_dir]
    if a.prefix:
        cmd += ["--prefix", a.prefix]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
