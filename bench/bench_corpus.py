"""Memory of the corpus stages up to copy detection, step by step, on cached analyses.

    python bench/bench_corpus.py --load CACHE [--root WORKTREE] [--bare] [--limit N] [--trace N]

Prints RSS after / peak during: load + `Assembler.add`, the entity linker's `resolve`, the relabel
loop of `Assembler.finish` (documents, claims, events and analyses into spills), the timeline merge
and copy detection; then stops (the questions and writers are `bench_writers.py`'s). ``--bare``
only reads the cache (no `add`): the baseline that `add`'s kept state is measured against.
``--steps`` splits copy detection: reading the documents, the copy candidates, checking them, the
translation candidates, checking those. ``--trace N`` runs under tracemalloc and prints, at each step's end, what Python holds then (now), the
step's traced peak and the ``N`` lines holding most (slow: for finding what is kept, not for timing).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--load", required=True)
    ap.add_argument("--root", default=str(ROOT))
    ap.add_argument("--bare", action="store_true")
    ap.add_argument("--limit", type=int, default=None, help="only the first N cached analyses")
    ap.add_argument("--steps", action="store_true", help="also copy detection's steps (reading, candidates, checks)")
    ap.add_argument("--trace", type=int, default=0, help="tracemalloc: top N lines at each step's end")
    a = ap.parse_args()
    sys.path.insert(0, a.root)
    sys.path.insert(1, str(ROOT / "bench"))
    from bench_memory import _reset_peak, _status
    from bench_writers import _load

    from rashomon import dossier, entities, independence, timeline
    from rashomon.cli import tune_gc

    tune_gc()
    if a.trace:
        import tracemalloc

        tracemalloc.start(1)
    last = [time.perf_counter(), time.process_time()]

    def show(label: str) -> None:
        s = _status()
        t, c = time.perf_counter(), time.process_time()
        print(f"  {label:<22} {t - last[0]:7.1f} s  CPU {c - last[1]:7.2f} s   RSS {s['VmRSS']:5d} MB   "
              f"peak {s['VmHWM']:5d} MB", file=sys.stderr, flush=True)
        if a.trace and not label.startswith("(before"):
            _traced(a.trace, a.root)
        _reset_peak()
        last[:] = [time.perf_counter(), time.process_time()]

    def wrap(owner, name, label, stop=False):
        fn = getattr(owner, name)

        def w(*args, **kw):
            show(f"(before {label})")
            try:
                return fn(*args, **kw)
            finally:
                show(label)
                if stop:
                    raise SystemExit(0)

        setattr(owner, name, w)

    _reset_peak()
    if a.bare:
        n = sum(1 for _ in _load(a.load, a.limit))
        show(f"load only ({n})")
        return 0
    acc = dossier.Assembler(spill=True)
    for an in _load(a.load, a.limit):
        acc.add(an)
    show(f"load + add ({len(acc)})")
    wrap(entities.EntityLinker, "resolve", "linker.resolve")
    wrap(timeline, "build_timeline", "timeline merge")
    wrap(independence, "detect", "copy detection", stop=True)
    if a.steps:  # "(before copy candidates)": reading the documents; "(before translation cands)": the copy checks
        wrap(independence._Run, "copy_pairs", "copy candidates")
        wrap(independence._Run, "number_pairs", "translation cands")
    c0 = time.process_time()
    with contextlib.suppress(SystemExit):  # the wrapper stops the run after copy detection
        acc.finish([])
    print(f"  finish up to copy detection: CPU {time.process_time() - c0:.1f} s", file=sys.stderr)
    return 0


def _traced(top: int, root: str) -> None:
    """What tracemalloc sees now: the total, the peak since the last call, the ``top`` lines holding most."""
    import os
    import tracemalloc

    cur, peak = tracemalloc.get_traced_memory()
    snap = tracemalloc.take_snapshot()
    print(f"    traced: now {cur / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB", file=sys.stderr)
    for st in snap.statistics("lineno")[:top]:
        fr = st.traceback[0]
        print(f"      {st.size / 1e6:8.2f} MB {st.count:9d}  {os.path.relpath(fr.filename, root)}:{fr.lineno}",
              file=sys.stderr)
    tracemalloc.reset_peak()


if __name__ == "__main__":
    raise SystemExit(main())
