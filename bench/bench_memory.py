"""Where a `rashomon dossier` run spends its time and memory, phase by phase.

    python bench/bench_memory.py CORPUS [--in-memory] [--out DIR] [--jobs N] [--stop-after PHASE]

Runs the same work as ``rashomon dossier CORPUS -o OUT`` in this process and prints, for each phase
(analysis, re-anchoring, timeline merge, copy detection, questions, each writer, the store), its wall
time, the resident memory (RSS) after it and the peak RSS *during* it. The peak is read from the
kernel's high-water mark (``VmHWM`` in /proc/self/status), which the script resets before each phase
(``/proc/self/clear_refs``), so a phase's peak is its own. Linux only.

The phases are found by wrapping the functions `Dossier.write` and `Assembler.finish` call, looked up
at call time; the run itself is unchanged.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _status() -> dict[str, int]:
    out = {}
    with open("/proc/self/status", encoding="ascii") as f:
        for line in f:
            if line.startswith(("VmRSS:", "VmHWM:")):
                k, v = line.split(":", 1)
                out[k] = int(v.split()[0]) // 1024  # MB
    return out


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w", encoding="ascii") as f:
            f.write("5")
        return True
    except OSError:
        return False


class Phases:
    """Times and memory of named phases, printed as they end."""

    def __init__(self, stop_after: str | None = None) -> None:
        self.rows: list[tuple[str, float, int, int]] = []
        self.resettable = _reset_peak()
        self.stop_after = stop_after

    def wrap(self, owner, name: str, label: str) -> None:
        fn = getattr(owner, name)

        def wrapped(*a, **k):
            _reset_peak()
            t, c = time.perf_counter(), time.process_time()
            try:
                return fn(*a, **k)
            finally:
                s = _status()
                self.rows.append((label, time.perf_counter() - t, s["VmRSS"], s["VmHWM"]))
                print(f"  {label:<22} {self.rows[-1][1]:8.1f} s   RSS {s['VmRSS']:6d} MB   peak {s['VmHWM']:6d} MB"
                      f"   CPU {time.process_time() - c:6.2f} s", file=sys.stderr, flush=True)
                if label == self.stop_after:  # the phases asked for are measured: the rest is not needed
                    raise SystemExit(0)  # noqa: B012

        setattr(owner, name, wrapped)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="+")
    ap.add_argument("--out", default=None, help="output directory (default: a temporary one)")
    ap.add_argument("--in-memory", action="store_true", help="as `rashomon dossier --in-memory`")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--stop-after", default=None, metavar="PHASE",
                    help='end the run after this phase ("timeline merge", "copy detection", "questions"...)')
    a = ap.parse_args()

    from rashomon import dossier, exports, independence, questions, store, timeline
    from rashomon.cli import tune_gc

    tune_gc()
    ph = Phases(a.stop_after)
    if not ph.resettable:
        print("note: cannot reset the peak (no /proc/self/clear_refs): peaks are since the start", file=sys.stderr)
    ph.wrap(timeline, "build_timeline", "timeline merge")
    ph.wrap(independence, "detect", "copy detection")
    ph.wrap(questions, "build_questions", "questions")
    ph.wrap(dossier, "_write_jsonl", "jsonl")
    ph.wrap(dossier, "_write_parts", "dossier.html / .md")
    ph.wrap(exports, "write_all", "exports")
    ph.wrap(store, "write_store", "store")
    finish = dossier.Assembler.finish

    def finish_after_analysis(self, *a, **k):  # the analysis phase ends where the corpus stages begin
        nonlocal c_stages
        c_stages = time.process_time()
        s = _status()
        print(f"  {'analysis':<22} {time.perf_counter() - t0:8.1f} s   RSS {s['VmRSS']:6d} MB   peak {s['VmHWM']:6d} MB",
              file=sys.stderr, flush=True)
        return finish(self, *a, **k)

    dossier.Assembler.finish = finish_after_analysis

    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="rashomon-benchmem-"))
    t0 = time.perf_counter()
    c_stages = 0.0
    _reset_peak()
    n = 0

    def seen(_a) -> None:
        nonlocal n
        n += 1
        if n % 1000 == 0:
            s = _status()
            print(f"  analysis: {n:7d} documents  {time.perf_counter() - t0:8.1f} s   RSS {s['VmRSS']:6d} MB",
                  file=sys.stderr, flush=True)

    d = dossier.build_dossier(a.corpus, jobs=a.jobs, spill=not a.in_memory, on_document=seen)
    d.write(out)
    total = time.perf_counter() - t0
    print(f"  corpus stages and writers: CPU {time.process_time() - c_stages:.2f} s", file=sys.stderr, flush=True)
    s = _status()
    mb = sum(p.stat().st_size for c in a.corpus for p in (Path(c).rglob("*") if Path(c).is_dir() else [Path(c)])
             if p.is_file()) / 1e6
    print(f"{mb:.1f} MB, {len(d.docs)} documents, {len(d.claims)} claims, {len(d.timeline)} timeline entries, "
          f"{len(d.questions)} questions: {total:.1f} s ({mb / total:.2f} MB/s); RSS now {s['VmRSS']} MB -> {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
