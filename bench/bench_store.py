"""Benchmarks of the SQLite store (not a test).

    python bench/bench_store.py [N_DOCS] [--db PATH]       # ingest: N generated documents, one transaction each
    python bench/bench_store.py --dossier CORPUS [--runs 3] [--keep OUT.sqlite] [--profile]
    python bench/bench_store.py --compare OLD.sqlite NEW.sqlite

``--dossier`` builds the dossier of CORPUS once (as ``rashomon dossier`` does, analyses spilled to disk),
then writes its store ``--runs`` times with `write_store` and prints the best CPU and wall time, the
file's size, the peak RSS of the store phase (the kernel's high-water mark, reset before each run), the
bytes and write calls it made, and where the file's bytes go (per table and index, from ``dbstat``). ``--compare`` checks that two stores of
the same corpus hold the same information: every table's rows in stored order (columns present in
both, timestamps and run ids left out), the `Store` read API (documents, analyses, claims, questions,
entities, timeline) and the hits of searches drawn from the text. Exit status 1 when they differ.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rashomon.document import Document, Paragraph, Sentence
from rashomon.model import Analysis, Claim, TimeExpr, stable_id
from rashomon.store import Store, write_store

WORDS = {
    "ru": ["митинг", "полиция", "рабочие", "площадь", "город", "забастовка", "акимат", "погибли", "ранены", "задержаны", "дамба"],
    "kk": ["митинг", "полиция", "жұмысшылар", "алаң", "қала", "ереуіл", "әкімдік", "қаза", "жараланды", "ұсталды", "бөгет"],
    "en": ["rally", "police", "workers", "square", "town", "strike", "officials", "killed", "injured", "detained", "dam"],
}


def make(i: int, rng: random.Random) -> Analysis:
    lang = ("ru", "kk", "en")[i % 3]
    paras = [" ".join(rng.choice(WORDS[lang]) for _ in range(14)) + f" {rng.randint(1, 999)}." for _ in range(25)]
    text = "\n\n".join(paras)
    doc = Document(id=f"gen/{i:06d}.txt", path=f"gen/{i:06d}.txt", text=text, lang=lang, title=paras[0][:60])
    pos = 0
    for k, p in enumerate(paras):
        doc.paragraphs.append(Paragraph((pos, pos + len(p)), lang))
        doc.sentences.append(Sentence((pos, pos + len(p)), k))
        pos += len(p) + 2
    claims = [Claim(stable_id("c", doc.id, k), doc.id, "injured", 3 + k, "exact", s.span, doc.quote(s.span), lang)
              for k, s in enumerate(doc.sentences[:5])]
    timexes = [TimeExpr((0, 5), text[:5], "2031-05-03")]
    return Analysis(doc=doc, claims=claims, timexes=timexes)


def bench_ingest(n: int, db: Path | None) -> None:
    rng = random.Random(7)
    analyses = [make(i, rng) for i in range(n)]
    mb = sum(len(a.doc.text.encode("utf-8")) for a in analyses) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        path = db or Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        with Store(path) as store:
            for a in analyses:
                store.add(a)
        dt = time.perf_counter() - t
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
        print(f"write: {n} documents, {mb:.1f} MB of text in {dt:.1f} s = {n / dt:.0f} docs/s, "
              f"{mb / dt:.2f} MB/s; store {size:.0f} MB")
        t = time.perf_counter()
        with Store(path) as store:
            for a in analyses[:1000]:
                store.add(a)
        print(f"re-add 1000 unchanged: {(time.perf_counter() - t) * 1000:.0f} ms")
        queries = {"cyrillic": ["полиция", "забастовка", "ереуіл"], "latin": ["police", "politsiya", "ereuil"],
                   "phrase": ['"oil workers"', '"рабочие площадь"'], "short": ["в", "12"], "none": ["qqqzzz"]}
        with Store(path) as store:
            for kind, qs in queries.items():
                times = []
                for _ in range(5):
                    for q in qs:
                        t = time.perf_counter()
                        store.search(q, 20)
                        times.append((time.perf_counter() - t) * 1000)
                times.sort()
                p95 = times[min(len(times) - 1, int(0.95 * len(times)))]
                print(f"search {kind:9} p50 {statistics.median(times):6.1f} ms  p95 {p95:6.1f} ms")


# -- the store of a dossier ---------------------------------------------------------------------
def _reset_peak() -> None:
    """Reset the kernel's peak-RSS mark of this process (VmHWM), so the next reading is this phase's."""
    with contextlib.suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def _rss_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def _io() -> dict[str, int]:
    """This process's I/O counters: wchar (bytes passed to write calls), syscw, write_bytes (to disk)."""
    try:
        return {k: int(v) for k, v in (line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())}
    except OSError:
        return {}


def space(path: Path, top: int = 16) -> list[tuple[str, float]]:
    """(table or index, MB) by size, largest first, from ``dbstat`` (empty when not compiled in)."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
    except sqlite3.OperationalError:
        rows = []
    con.close()
    return [(n, s / 1e6) for n, s in rows[:top]]


def bench_dossier(corpus: str, runs: int, keep: Path | None, profile: bool) -> None:
    from rashomon.dossier import build_dossier

    t = time.perf_counter()
    d = build_dossier([corpus], spill=True)
    print(f"dossier of {corpus}: {len(d.docs)} documents, {len(d.claims)} claims, {len(d.questions)} questions, "
          f"{len(d.timeline)} timeline events, built in {time.perf_counter() - t:.1f} s; "
          f"RSS {_rss_kb('VmRSS') / 1024:.0f} MB")
    cpu, wall, peak, io = [], [], [], []
    with tempfile.TemporaryDirectory(prefix="bench_store_") as tmp:
        out = Path(tmp) / "rashomon.sqlite"
        for i in range(runs):
            rss0 = _rss_kb("VmRSS")
            _reset_peak()
            io0 = _io()
            c0, w0 = time.process_time(), time.perf_counter()
            if profile and i == 0:
                import cProfile
                import pstats

                prof = cProfile.Profile()
                prof.runcall(write_store, d, out)
                pstats.Stats(prof).sort_stats("tottime").print_stats(25)
            else:
                write_store(d, out)
            cpu.append(time.process_time() - c0)
            wall.append(time.perf_counter() - w0)
            peak.append((_rss_kb("VmHWM") - rss0) / 1024)
            io1 = _io()
            io.append({k: io1.get(k, 0) - io0.get(k, 0) for k in ("wchar", "syscw", "write_bytes")})
        size = out.stat().st_size / 1e6
        print(f"write_store x{runs}: best CPU {min(cpu):.2f} s, best wall {min(wall):.2f} s "
              f"(all wall: {', '.join(f'{w:.2f}' for w in wall)}); file {size:.1f} MB; "
              f"peak RSS above the dossier's {max(peak):.0f} MB")
        print(f"  written: {io[-1]['wchar'] / 1e6:.1f} MB in {io[-1]['syscw']} write calls "
              f"({io[-1]['write_bytes'] / 1e6:.1f} MB reached the disk during the call)")
        for name, mb in space(out):
            print(f"  {name:40} {mb:8.2f} MB")
        if keep:
            os.replace(out, keep)


# -- equivalence of two stores ------------------------------------------------------------------
#: columns that differ between two runs by nature (times, run ids)
VOLATILE = {"ingested_at", "run_id", "started", "finished", "at", "applied_at", "updated_at", "run"}
#: columns whose content moved (migration 012: questions.extra is NULL, its keys are in questions.json)
MOVED = {("questions", "extra")}
#: tables whose rows are facts about the store itself, not the corpus
SKIP_TABLES = {"migrations", "store_meta", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"}


def _tables(con: sqlite3.Connection) -> list[str]:
    return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                      "'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY name")]


def _cols(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f"PRAGMA table_xinfo({table})")]


def _rows(con: sqlite3.Connection, table: str, cols: list[str]) -> list[tuple]:
    """The rows in stored (rowid) order: the web app pages by rowid, so order is part of the content.
    The ``json`` of claims, events and timeline rows is compared as the whole record it stands for."""
    sel = ", ".join(f"[{c}]" for c in cols)
    try:
        rows = con.execute(f"SELECT {sel} FROM [{table}] ORDER BY rowid").fetchall()
    except sqlite3.OperationalError:  # WITHOUT ROWID: primary-key order
        rows = con.execute(f"SELECT {sel} FROM [{table}] ORDER BY 1, 2").fetchall()
    from rashomon.store import (  # old and new
        _CLAIM_COLS,
        _EVENT_COLS,
        _TIMELINE_COLS,
        claim_record,
        event_record,
    )

    layout = {"events": _EVENT_COLS, "timeline": _TIMELINE_COLS, "claims": _CLAIM_COLS + ("json",)}.get(table)
    if layout and "json" in cols:
        con.row_factory = sqlite3.Row
        whole = [claim_record(r) if table == "claims" else event_record(r, layout)
                 for r in con.execute(f"SELECT {', '.join(layout)} FROM [{table}] ORDER BY rowid")]
        con.row_factory = None
        at = cols.index("json")
        rows = [(*r[:at], w, *r[at + 1:]) for r, w in zip(rows, whole, strict=True)]
    return rows


def _queries(store: Store, n: int = 40) -> list[str]:
    """Search queries drawn from the stored text: words of every length and script, a phrase, a miss."""
    rng = random.Random(3)
    texts = [r[0] for r in store.conn.execute("SELECT text FROM documents ORDER BY seq LIMIT 200")]
    words = sorted({w for t in texts for w in re.findall(r"\w+", t)})
    qs = rng.sample(words, min(n, len(words)))
    qs += [w[:2] for w in qs[:5]] + [w[:3].upper() for w in qs[5:10]]
    if texts:
        t = texts[0].split()
        qs += ['"' + " ".join(t[3:5]) + '"', f"{qs[0]} {qs[1]}", f"{qs[2]} {qs[3][:2]}"]
    return qs + ["qqqzzzxx", "в", "12", "Zhanaozen", "Жанаөзен", "police"]


def compare(old: Path, new: Path) -> list[str]:
    """Differences between the stores ``old`` and ``new`` (empty when they hold the same information)."""
    problems: list[str] = []
    a, b = sqlite3.connect(old), sqlite3.connect(new)
    ta, tb = set(_tables(a)) - SKIP_TABLES, set(_tables(b)) - SKIP_TABLES
    if ta != tb:
        problems.append(f"tables differ: only old {sorted(ta - tb)}, only new {sorted(tb - ta)}")
    for t in sorted(ta & tb):
        ca, cb = _cols(a, t), _cols(b, t)
        common = [c for c in ca if c in cb and c not in VOLATILE and (t, c) not in MOVED]
        if set(ca) != set(cb):
            problems.append(f"{t}: columns only old {sorted(set(ca) - set(cb))}, only new {sorted(set(cb) - set(ca))}")
        ra, rb = _rows(a, t, common), _rows(b, t, common)
        if ra != rb:
            bad = next((i for i, (x, y) in enumerate(zip(ra, rb, strict=False)) if x != y), min(len(ra), len(rb)))
            problems.append(f"{t}: rows differ ({len(ra)} vs {len(rb)}), first at {bad}")
        print(f"  table {t:20} {len(ra):8} rows, {len(common)} columns compared: {'same' if ra == rb else 'DIFFERENT'}")
    old_extra = dict(a.execute("SELECT id, extra FROM questions WHERE extra IS NOT NULL"))
    new_json = dict(b.execute("SELECT id, json FROM questions"))
    lost = [q for q, x in old_extra.items() if not all(
        json.loads(new_json.get(q) or "{}").get(k, KeyError) == v for k, v in json.loads(x).items())]
    print(f"  moved questions.extra: {len(old_extra)} rows, {len(lost)} not in the new json")
    if lost:
        problems.append(f"questions.extra of {len(lost)} questions not in their json, e.g. {lost[0]}")
    a.close()
    b.close()
    with Store(old, readonly=True) as so, Store(new, readonly=True) as sn:
        checks = {
            "documents": lambda s: [{k: v for k, v in r.items() if k not in VOLATILE} for r in s.documents()],
            "claims": lambda s: s.claims(), "questions": lambda s: s.questions(),
            "entities": lambda s: s.entities(), "timeline": lambda s: s.timeline(), "errors": lambda s: [
                {k: v for k, v in r.items() if k not in VOLATILE} for r in s.errors()],
        }
        for name, f in checks.items():
            same = f(so) == f(sn)
            print(f"  api   {name:20} {'same' if same else 'DIFFERENT'}")
            if not same:
                problems.append(f"Store.{name}() differs")
        ids = [r[0] for r in so.conn.execute("SELECT id FROM documents ORDER BY seq")]
        bad = [i for i in ids if _analysis_json(so, i) != _analysis_json(sn, i)]
        print(f"  api   analysis(id)         {len(ids)} documents: {len(bad)} differ")
        if bad:
            problems.append(f"Store.analysis() differs for {len(bad)} documents, e.g. {bad[0]}")
        qs = _queries(so)
        bad_q = [q for q in qs if so.search(q, 50) != sn.search(q, 50)]
        hits = sum(len(so.search(q, 50)) for q in qs)
        print(f"  search {len(qs)} queries ({hits} hits): {len(bad_q)} differ")
        if bad_q:
            problems.append(f"search differs for {bad_q[:5]}")
    return problems


def _analysis_json(store: Store, id: str) -> str:
    a = store.analysis(id)
    if a is None:
        return ""
    d = {"doc": a.doc.to_dict(), "claims": [c.to_json() for c in a.claims], "events": [e.to_json() for e in a.events],
         "timexes": [repr(t) for t in a.timexes], "mentions": [repr(m) for m in a.mentions]}
    return json.dumps(d, ensure_ascii=False, sort_keys=True, default=str)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=5000, help="documents to ingest (ingest benchmark)")
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--dossier", metavar="CORPUS", help="time write_store on the dossier of CORPUS")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--keep", type=Path, default=None, help="keep the last store written at this path")
    ap.add_argument("--profile", action="store_true", help="cProfile the first write")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("OLD", "NEW"))
    args = ap.parse_args()
    if args.compare:
        problems = compare(*args.compare)
        print("EQUIVALENT" if not problems else "DIFFERENT:\n  " + "\n  ".join(problems))
        sys.exit(1 if problems else 0)
    if args.dossier:
        bench_dossier(args.dossier, args.runs, args.keep, args.profile)
    else:
        bench_ingest(args.n, args.db)


if __name__ == "__main__":
    main()
