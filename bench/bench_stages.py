"""CPU time of each corpus stage and writer, and of the spills, on cached analyses.

    python bench/bench_writers.py CORPUS --save CACHE          # analyze once (see bench_writers.py)
    python bench/bench_stages.py --load CACHE [--root TREE] [--in-memory] [--repeat N]

Feeds the cached analyses to `Assembler` (spilled, as ``rashomon dossier``; ``--in-memory`` as with
``--in-memory``), then writes the dossier, and prints the CPU seconds (`time.process_time`) spent in
each named function: the parts of `Assembler.finish` (entity resolution, re-anchoring, timeline merge,
copy detection, questions), each writer, and the store's parts. Sub-stages are indented under the
stage that contains them (their time is part of it). A generator (the pages) is charged only for
the time inside it, not for writing what it yields.

With spilling, the temporary files' own cost is printed by spill (named by the line that created
it): pickling items in (``append``), reading them back in passes (``__iter__``) and one at a time by
position (``[i]``), with the number of items. These are CPU wrappers, not a profiler: each call pays
~1 µs of wrapping, which matters only for the counts of small calls (cProfile overstates small
functions 5-20x; see bench/RESULTS.md, session 17). Run base and new interleaved on a loaded machine.
"""

from __future__ import annotations

import argparse
import collections
import importlib
import inspect
import linecache
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: (depth, label, "module:qualname") of the stages timed, in the order printed
STAGES = [
    (0, "add (per document)", "rashomon.dossier:Assembler.add"),
    (0, "finish", "rashomon.dossier:Assembler.finish"),
    (1, "entity resolution", "rashomon._entity_link:EntityLinker.resolve"),
    (1, "re-anchoring", "rashomon.timeline:reanchor_one"),
    (1, "mentions linked", "rashomon._entity_link:EntityLinker.assign"),
    (1, "timeline merge", "rashomon.timeline:build_timeline"),
    (1, "copy detection", "rashomon.independence:detect"),
    (1, "questions", "rashomon.questions:build_questions"),
    (0, "write", "rashomon.dossier:Dossier.write"),
    (1, "timeline/questions.jsonl", "rashomon.dossier:_write_jsonl"),
    (1, "dossier.html", "rashomon.render_html:render_parts"),
    (1, "dossier.md", "rashomon.render_md:render_parts"),
    (1, "exports (+ claims.jsonl)", "rashomon.exports:write_all"),
    (1, "store", "rashomon.store:write_store"),
    (2, "documents' rows", "rashomon.store:Store._put_document"),
    (2, "analyses' rows", "rashomon.store:Store._put_analysis"),
    (2, "entities, questions, timeline", "rashomon.store:Store._put_results"),
]


class Clock:
    def __init__(self) -> None:
        self.cpu: collections.Counter[str] = collections.Counter()
        self.calls: collections.Counter[str] = collections.Counter()

    def wrap(self, spec: str) -> None:
        mod, _, qual = spec.partition(":")
        owner: object = importlib.import_module(mod)
        *path, name = qual.split(".")
        for p in path:
            owner = getattr(owner, p)
        fn = getattr(owner, name)
        cpu, calls, clock = self.cpu, self.calls, time.process_time
        if inspect.isgeneratorfunction(fn):
            def timed_gen(*a, **kw):  # time inside the generator only
                calls[spec] += 1
                g = fn(*a, **kw)
                while True:
                    t = clock()
                    try:
                        x = next(g)
                    except StopIteration:
                        cpu[spec] += clock() - t
                        return
                    cpu[spec] += clock() - t
                    yield x
            setattr(owner, name, timed_gen)
            return
        depth = [0]

        def timed(*a, **kw):
            if depth[0]:  # a recursive call: counted in the outer one
                return fn(*a, **kw)
            depth[0] += 1
            calls[spec] += 1
            t = clock()
            try:
                return fn(*a, **kw)
            finally:
                depth[0] -= 1
                cpu[spec] += clock() - t
        setattr(owner, name, timed)


def _spill_clock() -> tuple[collections.Counter[tuple[str, str]], collections.Counter[tuple[str, str]]]:
    """Wrap `Spill` so that its appends, passes and reads by position are timed per spill, each spill
    named by the line that created it (outside `rashomon._spill`)."""
    from rashomon import _spill

    cpu: collections.Counter[tuple[str, str]] = collections.Counter()
    items: collections.Counter[tuple[str, str]] = collections.Counter()
    S = _spill.Spill
    init, append, get, iter_at = S.__init__, S.append, S._get, S._iter_at
    here = os.path.abspath(_spill.__file__)
    clock = time.process_time

    def __init__(self, *a, **kw):
        f = sys._getframe(1)
        while f is not None and os.path.abspath(f.f_code.co_filename) == here:
            f = f.f_back
        if f is None:
            self._bench_name = "?"
        else:
            line = linecache.getline(f.f_code.co_filename, f.f_lineno).strip()
            self._bench_name = f"{Path(f.f_code.co_filename).name}:{f.f_lineno} {line[:70]}"
        self._bench_depth = 0
        init(self, *a, **kw)

    def timed_append(self, item):
        if self._bench_depth:
            return append(self, item)
        self._bench_depth += 1
        t = clock()
        try:
            return append(self, item)
        finally:
            self._bench_depth -= 1
            cpu[(self._bench_name, "append")] += clock() - t
            items[(self._bench_name, "append")] += 1

    def timed_get(self, i):
        t = clock()
        try:
            return get(self, i)
        finally:
            cpu[(self._bench_name, "[i]")] += clock() - t
            items[(self._bench_name, "[i]")] += 1

    def timed_iter_at(self, positions):
        g = iter_at(self, positions)
        key = (self._bench_name, "__iter__")
        while True:
            t = clock()
            try:
                x = next(g)
            except StopIteration:
                cpu[key] += clock() - t
                return
            cpu[key] += clock() - t
            items[key] += 1
            yield x

    S.__init__, S.append, S._get, S._iter_at = __init__, timed_append, timed_get, timed_iter_at  # type: ignore[method-assign]
    return cpu, items


def _load(cache: str):
    import pickle

    with open(cache, "rb") as f:
        while True:
            try:
                yield pickle.load(f)
            except (EOFError, pickle.UnpicklingError):
                return


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--load", required=True, help="cached analyses (bench_writers.py --save)")
    ap.add_argument("--root", default=str(ROOT), help="the tree whose rashomon to import")
    ap.add_argument("--in-memory", action="store_true", help="no spills (as rashomon dossier --in-memory)")
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    sys.path.insert(0, a.root)
    from rashomon.cli import tune_gc

    tune_gc()
    clock = Clock()
    for _, _, spec in STAGES:
        clock.wrap(spec)
    spill_cpu, spill_items = _spill_clock()
    from rashomon import dossier

    out = Path(a.out) if a.out else Path(tempfile.mkdtemp(prefix="rashomon-stages-"))
    c0 = time.process_time()
    acc = dossier.Assembler(spill=not a.in_memory)
    n = 0
    for an in _load(a.load):
        acc.add(an)
        n += 1
    loaded = time.process_time() - c0 - clock.cpu[STAGES[0][2]]
    d = acc.finish([])
    d.write(out)
    total = time.process_time() - c0
    print(f"{n} documents, {len(d.claims)} claims, {len(d.questions)} questions, {len(d.timeline)} timeline "
          f"events; CPU {total:.2f} s (reading the cache {loaded:.2f} s) -> {out}")
    for depth, label, spec in STAGES:
        print(f"  {'  ' * depth}{label:<{34 - 2 * depth}} {clock.cpu[spec]:7.3f} s  {clock.calls[spec]:7d} calls")
    if spill_cpu:
        print(f"  spills (CPU {sum(spill_cpu.values()):.3f} s):")
        for (name, op), s in sorted(spill_cpu.items(), key=lambda kv: -kv[1]):
            print(f"    {s:7.3f} s {spill_items[(name, op)]:8d} {op:<8} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
