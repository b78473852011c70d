"""Benchmark: the timeline merge across documents (`rashomon.timeline.build_timeline`) alone.

    python bench/bench_timeline.py CORPUS [--mode list|spill] [--repeat N] [--cache DIR] [--trace]

The stage's input is built once per corpus and cached (``DIR/tl_events_<name>_<size>.bin``): every
document is analyzed and its year-less dates re-anchored as `Assembler.finish` does, and the events
are written one pickle after another. Each run then streams them back: ``--mode list`` into a list
handed to the merge (``--in-memory``), ``--mode spill`` into a `Spill` handed to the spilled merge
(the default run). Printed: best CPU time of the merge, peak RSS of the process (``ru_maxrss``: run one
mode per process to compare peaks), with ``--trace`` the tracemalloc peak of the merge, and counts
(events, dated days, the largest day, cross-references, ``more`` counts) with a digest of the
output, which must not depend on the mode or the code version.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import json
import pickle
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path


def _cache_path(corpus: Path, cache: Path) -> Path:
    size = sum(p.stat().st_size for p in corpus.rglob("*") if p.is_file())
    return cache / f"tl_events_{corpus.name}_{size}.bin"


def build_input(corpus: Path, out: Path) -> None:
    """Analyze ``corpus`` and write its re-anchored timeline events to ``out``, one pickle each."""
    from rashomon.dossier import Assembler, analyze_inputs
    from rashomon.model import Analysis
    from rashomon.timeline import reanchor_one

    t0 = time.perf_counter()
    acc = Assembler(spill=True)  # the analyses wait on disk, as in a default run
    for a in analyze_inputs([str(corpus)]):
        if isinstance(a, Analysis):
            acc.add(a)
    n = 0
    tmp = out.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        for a in acc.analyses:  # as Assembler.finish: re-anchor, then the events in document order
            reanchor_one(a, acc.years)
            for e in a.events:
                pickle.dump(e, f, protocol=pickle.HIGHEST_PROTOCOL)
                n += 1
    tmp.rename(out)
    print(f"input: {n:,} events from {corpus} in {time.perf_counter() - t0:.0f} s -> {out}", file=sys.stderr)


def events(path: Path) -> Iterator:
    with open(path, "rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except EOFError:
                return


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", type=Path)
    ap.add_argument("--mode", choices=("list", "spill"), default="spill")
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--cache", type=Path, default=Path("/tmp"))
    ap.add_argument("--trace", action="store_true", help="tracemalloc peak (slows the merge down)")
    args = ap.parse_args()
    from rashomon.timeline import build_timeline

    path = _cache_path(args.corpus, args.cache)
    if not path.exists():
        build_input(args.corpus, path)
    spills = "spill" in inspect.signature(build_timeline).parameters
    if args.mode == "spill" and not spills:
        sys.exit("this version of build_timeline has no spilled merge")
    best, base = float("inf"), rss_mb()
    for _ in range(args.repeat):
        if args.trace:
            import tracemalloc

            tracemalloc.start()
        if args.mode == "list":
            source = list(events(path))
        else:  # as Assembler.finish: the events wait in a Spill, filled as the analyses are read
            from rashomon._spill import Spill

            source = Spill(events(path))
        t0 = time.process_time()
        tl = build_timeline(source, spill=True) if args.mode == "spill" else build_timeline(source)
        best = min(best, time.process_time() - t0)
        traced = tracemalloc.get_traced_memory()[1] / 2**20 if args.trace else None
        if args.trace:
            tracemalloc.stop()
    days: Counter[str] = Counter()
    refs, more, digest = Counter(), Counter(), hashlib.sha256()
    for e in tl:
        day = (e.when or "").split("/")[0].split("T")[0]
        if len(day) == 10 and not day.startswith("--"):
            days[day] += 1
        refs["also"] += len(e.also)
        refs["conflicts"] += len(e.conflicts)
        more.update(e.more)
        digest.update(json.dumps(e.to_json(), ensure_ascii=False).encode() + b"\n")
    print(json.dumps({
        "corpus": str(args.corpus), "mode": args.mode, "events": len(tl), "days": len(days),
        "largest_day": max(days.values(), default=0), "also": refs["also"], "conflicts": refs["conflicts"],
        "more": dict(more), "merge_cpu_s": round(best, 3), "rss_before_merge_mb": round(base),
        "peak_rss_mb": round(rss_mb()), "traced_peak_mb": None if traced is None else round(traced, 1),
        "digest": digest.hexdigest()[:16],
    }))


if __name__ == "__main__":
    main()
