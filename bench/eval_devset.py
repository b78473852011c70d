"""Score the full `rashomon dossier` on a development set (tests/data/devset/ or devset2/) against its gold.

    python bench/eval_devset.py [--set devset|devset2] [--out DIR] [--json] [-q] [--details]
    python bench/eval_devset.py --dir MY_SET [--details]     # a folder of your own: MY_SET/docs, MY_SET/gold

Runs `rashomon dossier tests/data/devset/docs -o OUT` (the gold/ folder is not an input), then
`../shared/eval/score.py OUT --gold-dir tests/data/devset/gold --prefix devset -v` and prints its
report: claims P/R/F1 with qualifier, source type, source name, place and when accuracy, timeline,
aliases, and the missed and spurious items. See tests/data/devset/README.md.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASHOMON_SHARED", REPO.parent / "shared"))
SETS = tuple(sorted((d.name for d in (REPO / "tests" / "data").glob("devset*") if (d / "gold").is_dir()),
                   key=lambda n: int(n[6:] or 1)))  # each written unseen by the fixes before it


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=None, help="keep the dossier here instead of a temporary directory")
    ap.add_argument("--json", action="store_true", help="print the scorer's full JSON report")
    ap.add_argument("-q", "--quiet", action="store_true", help="summary lines only, no missed/spurious lists")
    ap.add_argument("--details", action="store_true",
                    help="also list matched claims whose qualifier, source, place or when is wrong")
    ap.add_argument("--set", dest="name", choices=SETS, default="devset", help="which development set")
    ap.add_argument("--dir", default=None,
                    help="score a set of your own instead: a folder with docs/ and gold/<folder name>.* "
                         "(the seeds' gold format, e.g. written with tools/goldkit.py)")
    a = ap.parse_args()
    devset = Path(a.dir).resolve() if a.dir else REPO / "tests" / "data" / a.name
    name = devset.name
    if not (devset / "docs").is_dir() or not (devset / "gold" / f"{name}.claims.jsonl").is_file():
        print(f"{devset}: needs docs/ and gold/{name}.claims.jsonl", file=sys.stderr)
        return 2
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix=f"{name}-eval-"))
    out.mkdir(parents=True, exist_ok=True)
    # relative input path, so that document ids are the file names under docs/
    run = subprocess.run([sys.executable, "-m", "rashomon", "dossier", "docs", "-o", str(out.resolve()), "-q"],
                         cwd=devset, capture_output=True, text=True)
    if run.returncode != 0:
        sys.stderr.write(run.stdout + run.stderr)
        print(f"rashomon dossier failed with exit status {run.returncode}", file=sys.stderr)
        return run.returncode
    cmd = [sys.executable, str(SHARED / "eval" / "score.py"), str(out), "--gold-dir", str(devset / "gold"),
           "--prefix", name]
    cmd.append("--json" if a.json else ("" if a.quiet else "-v"))
    r = subprocess.run([c for c in cmd if c], capture_output=True, text=True)
    sys.stdout.write(r.stdout)
    sys.stderr.write(r.stderr)
    if a.details:
        print_details(out, devset / "gold", name)
    print(f"(dossier in {out})", file=sys.stderr)
    return r.returncode


def _scorer():
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def print_details(out: Path, gold_dir: Path, name: str) -> None:
    """Match claims exactly as score.py does, then list the attribute errors of each match."""
    sc = _scorer()
    gold = sc.load_jsonl(gold_dir / f"{name}.claims.jsonl")
    pred = sc.load_jsonl(out / "claims.jsonl")
    by_doc: dict[str, list[dict]] = {}
    for p in pred:
        by_doc.setdefault(sc.doc_key(p.get("doc")), []).append(p)
    used = set()
    print("details (matched claims with a wrong attribute)")
    for g in gold:
        measures = {g["measure"], *[x.split(":")[0] for x in g.get("alt", [])]}
        for i, p in enumerate(by_doc.get(sc.doc_key(g["doc"]), [])):
            key = (sc.doc_key(g["doc"]), i)
            if key in used or p.get("measure") not in measures or sc.value_key(p.get("value")) != sc.value_key(g["value"]):
                continue
            used.add(key)
            name, stype = sc.source_of(p)
            errs = []
            if p.get("qualifier") != g["qualifier"]:
                errs.append(f"qualifier {p.get('qualifier')} != {g['qualifier']}")
            if stype != g["source_type"]:
                errs.append(f"source_type {stype} != {g['source_type']}")
            if g.get("source") and not sc.tokens(f'{g["source"]} {g.get("source_text", "")}') & sc.tokens(name):
                errs.append(f"source {name!r} != {g['source']!r}")
            if not g.get("source") and name:
                errs.append(f"source {name!r} != none")
            if g.get("place") and not sc.tokens(g["place"]) & sc.tokens(p.get("place")):
                errs.append(f"place {p.get('place')!r} != {g['place']!r}")
            if g.get("date") and not sc.when_overlaps(g["date"], p.get("when")):
                errs.append(f"when {p.get('when')!r} != {json.dumps(g['date'])}")
            if p.get("modality", "asserted") != g["modality"]:
                errs.append(f"modality {p.get('modality')} != {g['modality']}")
            if errs:
                print(f'   {g["id"]} {g["doc"][:24]} {g["measure"]} {g["value"]} ({g["anchor"][:40]}): ' + "; ".join(errs))
            break


if __name__ == "__main__":
    sys.exit(main())
