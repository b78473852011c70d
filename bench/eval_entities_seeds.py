#!/usr/bin/env python3
"""Score entity linking alone on the seeds: read, prepare, tag, link, write entities.json, run score.py.

    .venv/bin/python bench/eval_entities_seeds.py [SEEDS_DIR] [--keep DIR] [-v]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from rashomon.entities import EntityLinker, EntityTagger
from rashomon.errors import InputError
from rashomon.pipeline import Pipeline
from rashomon.readers import read_inputs

SHARED = Path(__file__).resolve().parents[2] / "shared"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("seeds", nargs="?", default=str(SHARED / "corpus" / "seeds"))
    ap.add_argument("--keep", help="write the dossier files here instead of a temp dir")
    ap.add_argument("-v", "--verbose", action="store_true", help="print entities and mentions")
    ap.add_argument("--gold-dir", default=str(SHARED / "gold"))
    ap.add_argument("--prefix", default="seeds")
    a = ap.parse_args()
    pipe, tagger, linker = Pipeline(), EntityTagger(), EntityLinker()
    mentions = []
    for doc in read_inputs([a.seeds]):
        if isinstance(doc, InputError):
            print("input error:", doc, file=sys.stderr)
            continue
        pipe.prepare(doc)
        ms = tagger(doc)
        mentions += ms
        if a.verbose:
            for m in ms:
                print(f"  {doc.id[-24:]} {m.type:6} {m.text!r:40} lemma={m.lemma!r} gid={m.gazetteer_id} how={getattr(m, 'how', '')}")
    ents = linker.link(mentions)
    out = Path(a.keep) if a.keep else Path(tempfile.mkdtemp(prefix="rashomon-ent-"))
    out.mkdir(parents=True, exist_ok=True)
    (out / "entities.json").write_text(json.dumps([e.to_json() for e in ents], ensure_ascii=False, indent=1), encoding="utf-8")
    for f in ("claims.jsonl", "timeline.jsonl"):
        (out / f).write_text("", encoding="utf-8")
    if a.verbose:
        for e in ents:
            print(f"{e.type:6} {e.canonical!r:30} {e.mentions:3} {e.forms[:12]}")
    print(f"{len(mentions)} mentions, {len(ents)} entities -> {out}")
    score = SHARED / "eval" / "score.py"
    r = subprocess.run([sys.executable, str(score), str(out), "-v", "--gold-dir", a.gold_dir, "--prefix", a.prefix],
                       capture_output=True, text=True)
    print("\n".join(line for line in r.stdout.splitlines() if line.startswith(("alias", "   ")) and "alias" in line or line.startswith("alias")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
