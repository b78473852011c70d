"""Memory and time of the questions phase and the writers, without re-running the analysis each time.

    python bench/bench_writers.py CORPUS --save CACHE        # analyze once, keep the analyses in CACHE
    python bench/bench_writers.py --load CACHE [--limit N] [--out DIR] [--trace N] [--root WORKTREE]

``--save`` analyzes ``CORPUS`` (``--jobs N`` processes, one by default) and pickles each analysis into ``CACHE``. ``--load``
feeds the cached analyses to the corpus stages (`Assembler`, with spill, as ``rashomon dossier``) and
writes the dossier, printing each phase as `bench_memory.py` does: wall time, RSS after, peak RSS
during, CPU. ``--trace N`` also takes a tracemalloc snapshot at the end of each phase from copy
questions on, and prints its peak and the ``N`` largest allocations by line (slow: for finding what
holds memory, not for timing). ``--profile DIR`` writes a cProfile of each phase to ``DIR/<phase>.prof``
(``pstats`` reads them). ``--root`` imports ``rashomon`` from another tree (old code, for a
before/after comparison on the same cache).
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _save(corpus: list[str], cache: str, jobs: int = 1) -> None:
    from rashomon._spill import _dispatch_table
    from rashomon.dossier import analyze_inputs
    from rashomon.model import Analysis

    n = 0
    with open(cache, "wb") as f:
        p = pickle.Pickler(f, protocol=pickle.HIGHEST_PROTOCOL)
        p.dispatch_table = _dispatch_table()
        for a in analyze_inputs(corpus, jobs=jobs):
            if isinstance(a, Analysis):
                p.dump(a)
                p.clear_memo()
                n += 1
                if n % 1000 == 0:
                    print(f"  {n} documents", file=sys.stderr, flush=True)
    print(f"{n} analyses -> {cache}", file=sys.stderr)


def _load(cache: str, limit: int | None = None):
    """The cached analyses in order, at most ``limit``; a cache cut short (a save stopped or out of
    disk) ends at its last whole analysis."""
    n = 0
    with open(cache, "rb") as f:
        while limit is None or n < limit:
            try:
                yield pickle.load(f)
            except (EOFError, pickle.UnpicklingError):
                return
            n += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="*")
    ap.add_argument("--save", help="analyze CORPUS and keep the analyses in this file")
    ap.add_argument("--load", help="assemble and write the dossier of these cached analyses")
    ap.add_argument("--out", default=None)
    ap.add_argument("--jobs", type=int, default=1, help="with --save: analyze in this many processes")
    ap.add_argument("--limit", type=int, default=None, help="with --load: only the first N cached analyses")
    ap.add_argument("--trace", type=int, default=0, help="tracemalloc: top N lines at each phase's end")
    ap.add_argument("--profile", default=None, metavar="DIR", help="cProfile each phase into DIR/<phase>.prof")
    ap.add_argument("--root", default=str(ROOT), help="the tree whose rashomon to import")
    a = ap.parse_args()
    sys.path.insert(0, a.root)
    sys.path.insert(1, str(ROOT / "bench"))
    from rashomon.cli import tune_gc

    tune_gc()
    if a.save:
        _save(a.corpus, a.save, a.jobs)
        return 0
    import tracemalloc

    from bench_memory import Phases, _reset_peak, _status

    from rashomon import dossier, exports, independence, questions, store, timeline

    ph = Phases()
    traced = [False]
    if a.trace:
        wrap = ph.wrap

        def wrap_traced(owner, name, label):  # a snapshot at the end of each phase, its peak reset
            wrap(owner, name, label)
            fn = getattr(owner, name)

            def w(*args, **kw):
                if label in ("timeline merge", "copy detection"):  # slow when traced, and not ours
                    return fn(*args, **kw)
                if not traced[0]:
                    tracemalloc.start(1)
                    traced[0] = True
                tracemalloc.reset_peak()
                try:
                    return fn(*args, **kw)
                finally:
                    cur, peak = tracemalloc.get_traced_memory()
                    snap = tracemalloc.take_snapshot()
                    print(f"    traced: now {cur / 1e6:.1f} MB, peak {peak / 1e6:.1f} MB", file=sys.stderr)
                    for st in snap.statistics("lineno")[: a.trace]:
                        fr = st.traceback[0]
                        print(f"      {st.size / 1e6:8.2f} MB {st.count:9d}  {os.path.relpath(fr.filename, a.root)}:"
                              f"{fr.lineno}", file=sys.stderr)

            setattr(owner, name, w)

        ph.wrap = wrap_traced  # type: ignore[method-assign]
    elif a.profile:
        import cProfile

        Path(a.profile).mkdir(parents=True, exist_ok=True)
        wrap_plain = ph.wrap

        def wrap_profiled(owner, name, label):  # one profile per phase (a phase run twice: numbered)
            wrap_plain(owner, name, label)
            fn = getattr(owner, name)
            runs = [0]

            def w(*args, **kw):
                runs[0] += 1
                prof = cProfile.Profile()
                try:
                    return prof.runcall(fn, *args, **kw)
                finally:
                    stem = label.replace(" ", "_").replace("/", "").replace(".", "_")
                    prof.dump_stats(Path(a.profile) / f"{stem}{runs[0] if runs[0] > 1 else ''}.prof")

            setattr(owner, name, w)

        ph.wrap = wrap_profiled  # type: ignore[method-assign]
    ph.wrap(timeline, "build_timeline", "timeline merge")
    ph.wrap(independence, "detect", "copy detection")
    ph.wrap(questions, "build_questions", "questions")
    ph.wrap(dossier, "_write_jsonl", "jsonl")
    ph.wrap(dossier, "_write_parts", "dossier.html / .md")
    ph.wrap(exports, "write_all", "exports")
    ph.wrap(store, "write_store", "store")
    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="rashomon-benchwr-"))
    t0, c0 = time.perf_counter(), time.process_time()
    _reset_peak()
    acc = dossier.Assembler(spill=True)
    for an in _load(a.load, a.limit):
        acc.add(an)
    s = _status()
    print(f"  {'load + add':<22} {time.perf_counter() - t0:8.1f} s   RSS {s['VmRSS']:6d} MB   peak {s['VmHWM']:6d} MB",
          file=sys.stderr, flush=True)
    c1 = time.process_time()
    d = acc.finish([])
    d.write(out)
    s = _status()
    print(f"{len(d.docs)} documents, {len(d.claims)} claims, {len(d.questions)} questions; corpus stages and "
          f"writers CPU {time.process_time() - c1:.1f} s (all {time.process_time() - c0:.1f} s); RSS now "
          f"{s['VmRSS']} MB -> {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
