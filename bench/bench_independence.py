"""Benchmark: copy detection (`rashomon.independence.detect`) alone, on a corpus's documents.

    python bench/bench_independence.py CORPUS [--cache FILE] [--impl FILE] [--trace] [--repeat N]

The first run reads and prepares (segments, identifies languages) every document of CORPUS and writes
them, pickled one after another, to ``--cache`` (default /tmp/bench_ind_<name>.pkl); later runs load
that file. The documents are put in a `SpillMap` (on disk, as in a real ``rashomon dossier`` run), then
`detect` runs and the script prints its best CPU time over ``--repeat`` runs, the peak RSS during
`detect` (the kernel's high-water mark, reset just before), with ``--trace`` the peak of traced
Python and numpy allocations (tracemalloc, slower), and the counts of passages, links and families
and a digest of the result (`to_json`, passage spans, origins of a sample), so that two
implementations can be compared: ``--impl`` loads `detect` from another file (e.g. an older
independence.py saved from git) instead of the installed package.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import importlib.util
import json
import pickle
import sys
import time
import tracemalloc
from pathlib import Path
from typing import Any


def _status(field: str) -> int:
    """A field of /proc/self/status in kB (0 where there is no /proc)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _reset_peak() -> None:
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM (Linux >= 4.0)


def build_cache(corpus: str, cache: Path) -> None:
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    pipeline = Pipeline(claim_extractor=lambda *a: [], time_tagger=lambda d: [], entity_tagger=lambda d: [])
    n = 0
    with cache.open("wb") as f:
        for d in read_inputs([corpus]):
            if hasattr(d, "text"):
                pickle.dump(pipeline.prepare(d), f, protocol=pickle.HIGHEST_PROTOCOL)
                n += 1
    print(f"cached {n} documents in {cache}", file=sys.stderr)


def load_docs(cache: Path) -> Any:
    from rashomon._spill import SpillMap

    docs: SpillMap = SpillMap()
    with cache.open("rb") as f:
        while True:
            try:
                d = pickle.load(f)
            except EOFError:
                break
            docs.put(d.id, d)
    return docs


def load_detect(impl: str | None) -> Any:
    if not impl:
        from rashomon.independence import detect

        return detect
    spec = importlib.util.spec_from_file_location("rashomon._bench_independence_impl", impl)
    mod = importlib.util.module_from_spec(spec)
    mod.__package__ = "rashomon"
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod.detect


def digest(ind: Any, docs: Any) -> str:
    """A hash of everything the outputs use: links, families, spans and the origins of sample items."""
    h = hashlib.sha256(json.dumps(ind.to_json(), sort_keys=True).encode())
    for k in sorted(docs)[::7]:
        h.update(repr((k, [ind.passage_of(k, o) for o in range(0, len(docs[k].text), 97)])).encode())
    keys = sorted(docs)
    for i in range(0, len(keys), 5):
        items = [(k, o) for k in keys[i:i + 5] for o in range(0, len(docs[k].text), 211)]
        h.update(str(ind.origins(items)).encode())
    return h.hexdigest()[:16]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus")
    ap.add_argument("--cache")
    ap.add_argument("--impl")
    ap.add_argument("--trace", action="store_true")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--no-digest", action="store_true")
    args = ap.parse_args()
    cache = Path(args.cache or f"/tmp/bench_ind_{Path(args.corpus).name}.pkl")
    if not cache.is_file():
        build_cache(args.corpus, cache)
    docs = load_docs(cache)
    detect = load_detect(args.impl)
    base = _status("VmRSS")
    best = float("inf")
    for _ in range(args.repeat):
        _reset_peak()
        t = time.process_time()
        ind = detect(docs)
        best = min(best, time.process_time() - t)
        peak = _status("VmHWM")
        if args.repeat > 1:
            del ind
    if args.repeat > 1:
        ind = detect(docs)
    kept = _status("VmRSS") - base
    traced = ""
    if args.trace:
        del ind
        tracemalloc.start()
        ind = detect(docs)
        now, top = tracemalloc.get_traced_memory()
        traced = f"  traced: peak {top / 1e6:.0f} MB, result {now / 1e6:.1f} MB"
        tracemalloc.stop()
    n_pass = sum(len(v) for v in ind.passages.values()) if hasattr(ind.passages, "values") else len(ind.passages)
    kinds = [x.kind for x in ind.links]
    print(f"{Path(args.corpus).name}: {len(docs)} docs, {n_pass} passages, {kinds.count('copy')} copy + "
          f"{kinds.count('translation')} translation links, {sum(len(f) > 1 for f in ind.families())} families")
    print(f"detect: cpu {best:.2f} s  RSS before {base / 1024:.0f} MB, peak {peak / 1024:.0f} MB "
          f"(+{(peak - base) / 1024:.0f}), result kept +{kept / 1024:.0f} MB{traced}")
    if not args.no_digest:
        print(f"digest {digest(ind, docs)}")


if __name__ == "__main__":
    main()
