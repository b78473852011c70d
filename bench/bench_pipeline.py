#!/usr/bin/env python3
"""End-to-end and per-stage speed and memory of the pipeline, with the peers on the same text.

    .venv/bin/python bench/bench_pipeline.py                      # 1 and 10 MB, every configuration
    .venv/bin/python bench/bench_pipeline.py --mb 100 --configs j1 db
    .venv/bin/python bench/bench_pipeline.py --mb 1000 --configs db   # 1 GB on demand (never committed)

Corpora come from bench/make_corpus.py (cached under --cache). For each size:

- **stages** (one process, one core): read, prepare (segment + langid), time, entities, claims,
  events (timeline candidates), assemble (corpus stages), write (JSON, HTML, Markdown, exports, store);
  MB/s of extracted text (UTF-8), documents/s, and the peak RSS of that process;
- **end to end**: ``rashomon dossier`` as a subprocess in each configuration (``j1``, ``j2``: --jobs;
  ``d1``, ``d2``: --dask local:N; ``db``: --db, jobs 1): wall time, MB/s of input bytes, MB/s per core
  (divided by the worker count), documents/s, peak RSS of the main process and of the whole process
  tree (sampled with psutil); scaling efficiency from 1 to 2 workers = speedup / 2;
- **peers** (--peers, on a sample of the same documents): ``dateparser.search.search_dates`` beside
  Rashomon's time tagger, natasha's NER beside Rashomon's entity tagger on the Russian paragraphs
  (functions of bench/bench_entities.py), with ratios.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

CONFIGS = {"j1": ["--jobs", "1"], "j2": ["--jobs", "2"], "d1": ["--dask", "local:1"], "d2": ["--dask", "local:2"],
           "db": ["--jobs", "1", "--db", "{tmp}/store.sqlite"]}
WORKERS = {"j1": 1, "j2": 2, "d1": 1, "d2": 2, "db": 1}


def corpus(mb: float, cache: Path, seed: int = 1) -> Path:
    """The generated corpus of ``mb`` megabytes (generated once, then reused)."""
    from make_corpus import VERSION, generate

    out = cache / f"corpus-{mb:g}mb-s{seed}-v{VERSION}"
    done = out / ".complete"
    if not done.exists():
        import shutil

        shutil.rmtree(out, ignore_errors=True)
        t = time.perf_counter()
        w = generate(out, mb, seed)
        done.write_text(json.dumps({"docs": w.docs, "files": w.files, "bytes": w.bytes}))
        print(f"  generated {w.docs:,} documents, {w.bytes / 1e6:.1f} MB in {time.perf_counter() - t:.0f} s", file=sys.stderr)
    return out


def input_bytes(root: Path) -> int:
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


# -- per stage, in a subprocess of its own ----------------------------------------------------------

def stages(root: str, out: str) -> dict:
    """Time every stage on ``root`` in this process (run via ``--_stages``)."""
    from rashomon import exports, render_html, render_md
    from rashomon.dossier import assemble
    from rashomon.errors import InputError
    from rashomon.model import Analysis
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs
    from rashomon.store import write_store
    from rashomon.timeline import events_from

    t: dict[str, float] = {}

    def clock(name: str, t0: float) -> float:
        now = time.perf_counter()
        t[name] = t.get(name, 0.0) + now - t0
        return now

    t0 = time.perf_counter()
    p = Pipeline()
    t0 = clock("build", t0)
    analyses, text_bytes, docs, failed = [], 0, 0, []
    it = read_inputs([root])
    while True:
        item = next(it, None)
        t0 = clock("read", t0)
        if item is None:
            break
        if isinstance(item, InputError):
            continue
        docs += 1
        text_bytes += len(item.text.encode("utf-8"))
        try:  # as in the pipeline, a stage failing on one document costs that document only (E199)
            p.prepare(item)
            t0 = clock("prepare", t0)
            tx = p.time_tagger(item)
            t0 = clock("time", t0)
            ms = p.entity_tagger(item)
            t0 = clock("entities", t0)
            cs = p.claim_extractor(item, tx, ms)
            t0 = clock("claims", t0)
            ev = events_from(item, tx, cs, ms)
            t0 = clock("events", t0)
        except Exception as e:  # noqa: BLE001
            failed.append(f"{item.id}: {type(e).__name__}: {e}")
            t0 = time.perf_counter()
            continue
        analyses.append(Analysis(doc=item, timexes=tx, mentions=ms, claims=cs, events=ev))
    t0 = time.perf_counter()
    d = assemble(analyses)
    t0 = clock("assemble", t0)
    o = Path(out)
    o.mkdir(parents=True, exist_ok=True)
    for name in ("claims", "timeline", "questions"):
        with (o / f"{name}.jsonl").open("w", encoding="utf-8") as f:
            for r in d.records(name):
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (o / "entities.json").write_text(json.dumps(d.records("entities"), ensure_ascii=False), encoding="utf-8")
    t0 = clock("write_json", t0)
    (o / "dossier.html").write_text(render_html.render(d), encoding="utf-8")
    t0 = clock("write_html", t0)
    (o / "dossier.md").write_text(render_md.render(d), encoding="utf-8")
    t0 = clock("write_md", t0)
    exports.write_all(d, o)
    t0 = clock("write_exports", t0)
    write_store(d, o / "rashomon.sqlite")
    clock("write_store", t0)
    return {"docs": docs, "text_bytes": text_bytes, "claims": len(d.claims), "questions": len(d.questions),
            "seconds": t, "peak_rss_mb": peak_rss_mb(),
            "html_mb": (o / "dossier.html").stat().st_size / 1e6, "failed": failed}


def run_stages(root: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        r = subprocess.run([sys.executable, __file__, "--_stages", str(root), tmp], capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"stage run failed:\n{r.stderr[-3000:]}")
    return json.loads(r.stdout.strip().splitlines()[-1])


# -- end to end ------------------------------------------------------------------------------------

def run_cli(root: Path, config: str) -> dict:
    """``rashomon dossier`` in a subprocess; wall time and peak RSS (main process, whole tree)."""
    import psutil

    with tempfile.TemporaryDirectory() as tmp:
        args = [a.replace("{tmp}", tmp) for a in CONFIGS[config]]
        cmd = [sys.executable, "-m", "rashomon", "dossier", str(root), "-o", f"{tmp}/out", "-q", *args]
        t = time.perf_counter()
        proc = psutil.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        main_peak = tree_peak = 0
        while proc.poll() is None:
            try:
                procs = [proc, *proc.children(recursive=True)]
                rss = [p.memory_info().rss for p in procs]
                main_peak, tree_peak = max(main_peak, rss[0]), max(tree_peak, sum(rss))
            except psutil.Error:
                pass
            time.sleep(0.2)
        wall = time.perf_counter() - t
        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed:\n{err[-3000:]}")
        with open(f"{tmp}/out/claims.jsonl", encoding="utf-8") as f:
            claims = sum(1 for _ in f)
    return {"config": config, "wall_s": wall, "main_rss_mb": main_peak / 2**20, "tree_rss_mb": tree_peak / 2**20,
            "claims": claims}


# -- the parallel part alone -----------------------------------------------------------------------

def extraction(root: Path, config: str) -> float:
    """Seconds to read and analyze every document (no corpus stages, no writing) in ``config``
    (j1, j2, d1, d2): the part that runs in parallel, worker start-up included."""
    code = (
        "import sys, time\n"
        "from rashomon.dossier import analyze_inputs\n"
        "if __name__ == '__main__':\n"
        "    t = time.perf_counter()\n"
        "    kw = eval(sys.argv[2])\n"
        "    n = sum(1 for _ in analyze_inputs([sys.argv[1]], **kw))\n"
        "    print(time.perf_counter() - t)\n"
    )
    kw = {"j1": {"jobs": 1}, "j2": {"jobs": 2}, "d1": {"dask": "local:1"}, "d2": {"dask": "local:2"}}[config]
    with tempfile.TemporaryDirectory() as tmp:
        script = Path(tmp) / "extract.py"
        script.write_text(code)
        r = subprocess.run([sys.executable, str(script), str(root), repr(kw)], capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(f"extraction {config} failed:\n{r.stderr[-3000:]}")
    return float(r.stdout.strip().splitlines()[-1])


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i % 7
    return s


def control() -> float:
    """Speedup of a trivially parallel pure-Python loop from 1 to 2 processes: what the machine
    offers right now (other load included), to read the scaling figures against."""
    import multiprocessing as mp

    secs = []
    for w in (1, 2):
        t = time.perf_counter()
        with mp.get_context("spawn").Pool(w) as pool:
            pool.map(_burn, [1_000_000] * 8)
        secs.append(time.perf_counter() - t)
    return secs[0] / secs[1]


# -- peers ------------------------------------------------------------------------------------------

def peers(root: Path, limit_bytes: int) -> dict:
    """Rashomon's time and entity taggers beside dateparser and natasha on the same documents."""
    from rashomon.errors import InputError
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    p = Pipeline()
    docs, size = [], 0
    for d in read_inputs([str(root)]):
        if isinstance(d, InputError):
            continue
        p.prepare(d)
        docs.append(d)
        size += len(d.text.encode("utf-8"))
        if size >= limit_bytes:
            break
    mb = size / 1e6
    out: dict = {"docs": len(docs), "mb": mb}
    from rashomon.document import Document

    for lang, text in (("ru", "В Павлодаре 16 декабря погибли 14 человек."), ("en", "On 16 December 14 died in Almaty.")):
        warm = Document(id="warm", path="warm", text=text, lang=lang)  # lazy data loads are not timed
        p.prepare(warm)
        p.time_tagger(warm)
        p.entity_tagger(warm)
    t = time.perf_counter()
    n = sum(len(p.time_tagger(d)) for d in docs)
    out["time_rashomon"] = {"s": time.perf_counter() - t, "found": n}
    try:
        from dateparser.search import search_dates

        for lang in ("en", "ru", "uk", "kk"):  # warm up its per-language data, as ours above
            with warnings.catch_warnings(), contextlib.suppress(Exception):
                warnings.simplefilter("ignore")
                search_dates("16 December 2011", languages=[lang])
        t = time.perf_counter()
        n = 0
        for d in docs:
            lang = d.lang if d.lang in ("en", "ru", "uk", "kk") else None
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                with contextlib.suppress(Exception):  # a peer's failure on one document is not ours
                    n += len(search_dates(d.text, languages=[lang] if lang else None) or [])
        out["time_dateparser"] = {"s": time.perf_counter() - t, "found": n}
    except ImportError:
        out["time_dateparser"] = None
    ru_docs = [d for d in docs if d.lang == "ru"]  # whole Russian documents, already prepared
    out["ru_mb"] = sum(len(d.text.encode("utf-8")) for d in ru_docs) / 1e6
    t = time.perf_counter()
    n = sum(len(p.entity_tagger(d)) for d in ru_docs)
    out["ner_rashomon"] = {"s": time.perf_counter() - t, "found": n}
    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

        seg, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
        warm_doc = Doc("В Павлодаре 16 декабря погибли 14 человек.")
        warm_doc.segment(seg)
        warm_doc.tag_ner(ner)
        t = time.perf_counter()
        n = 0
        for d in ru_docs:
            nd = Doc(d.text)
            nd.segment(seg)
            nd.tag_ner(ner)
            n += len(nd.spans)
        out["ner_natasha"] = {"s": time.perf_counter() - t, "found": n}
    except ImportError:
        out["ner_natasha"] = None
    return out


# -- report -----------------------------------------------------------------------------------------

def machine() -> str:
    import platform

    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    meminfo = Path("/proc/meminfo").read_text().splitlines()
    cpu = next((ln.split(":", 1)[1].strip() for ln in cpuinfo if ln.startswith("model name")), "?")
    mem = next((int(ln.split()[1]) // 1024 for ln in meminfo if ln.startswith("MemTotal")), 0)
    load = os.getloadavg()[0]
    return (f"{os.cpu_count()} CPUs ({cpu}), {mem / 1024:.1f} GiB RAM, Python {platform.python_version()}, "
            f"load average {load:.1f} at start")


def report_stages(r: dict) -> None:
    mb = r["text_bytes"] / 1e6
    print(f"  stages (one process): {r['docs']:,} documents, {mb:.2f} MB of text, {r['claims']:,} claims, "
          f"{r['questions']:,} questions, HTML {r['html_mb']:.1f} MB, peak RSS {r['peak_rss_mb']:.0f} MB")
    for f in r["failed"][:5]:
        print(f"    analysis failed (E199 in a real run): {f}")
    total = sum(v for k, v in r["seconds"].items() if k != "build")
    for k, v in r["seconds"].items():
        rate = f"{mb / v:8.2f} MB/s {r['docs'] / v:9.0f} docs/s" if v > 0 and k != "build" else " " * 29
        print(f"    {k:14} {v:8.2f} s {rate}  {100 * v / total if k != 'build' else 0:5.1f} %")
    print(f"    {'total':14} {total:8.2f} s {mb / total:8.2f} MB/s {r['docs'] / total:9.0f} docs/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[1, 10], help="corpus sizes in MB (100; 1000 on demand)")
    ap.add_argument("--configs", nargs="*", default=list(CONFIGS), choices=list(CONFIGS))
    ap.add_argument("--no-stages", action="store_true", help="skip the per-stage run")
    ap.add_argument("--extraction", action="store_true",
                    help="also time the per-document part alone with 1 and 2 workers (--jobs, --dask)")
    ap.add_argument("--peers", action="store_true", help="also run dateparser and natasha on the same text")
    ap.add_argument("--peer-mb", type=float, default=0.3, help="MB of text the peers are run on")
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "rashomon-bench")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("--_stages", nargs=2, help=argparse.SUPPRESS)
    a = ap.parse_args(argv)
    if a._stages:
        print(json.dumps(stages(*a._stages)))
        return 0
    print(f"machine: {machine()}")
    results: dict = {"machine": machine(), "sizes": {}}
    for mb in a.mb:
        root = corpus(mb, a.cache)
        size = input_bytes(root)
        ndocs = json.loads((root / ".complete").read_text())["docs"]
        print(f"\n== {mb:g} MB corpus: {size / 1e6:.1f} MB input, {ndocs:,} documents ({root})")
        res: dict = {"input_bytes": size, "docs": ndocs}
        if not a.no_stages:
            res["stages"] = run_stages(root)
            report_stages(res["stages"])
        res["e2e"] = {}
        for c in a.configs:
            r = run_cli(root, c)
            res["e2e"][c] = r
            w = WORKERS[c]
            print(f"  rashomon dossier {' '.join(CONFIGS[c]).replace('{tmp}/', ''):28} {r['wall_s']:8.1f} s "
                  f"{size / 1e6 / r['wall_s']:6.3f} MB/s {size / 1e6 / r['wall_s'] / w:6.3f} MB/s/core "
                  f"{ndocs / r['wall_s']:7.1f} docs/s  RSS main {r['main_rss_mb']:6.0f} MB, tree {r['tree_rss_mb']:6.0f} MB")
        for one, two, name in (("j1", "j2", "--jobs"), ("d1", "d2", "--dask local")):
            if one in res["e2e"] and two in res["e2e"]:
                s = res["e2e"][one]["wall_s"] / res["e2e"][two]["wall_s"]
                res[f"scaling_{name}"] = s / 2
                print(f"  scaling {name} 1 -> 2 workers: speedup {s:.2f}, efficiency {100 * s / 2:.0f} %")
        if a.extraction:
            ex = {c: extraction(root, c) for c in ("j1", "j2", "d1", "d2")}
            res["extraction"] = ex
            res["control_speedup"] = ctl = control()
            print(f"  control: a trivially parallel loop speeds up x{ctl:.2f} from 1 to 2 processes on this machine now")
            for one, two, name in (("j1", "j2", "--jobs"), ("d1", "d2", "--dask local")):
                s = ex[one] / ex[two]
                print(f"  extraction only (read + per-document stages), {name}: 1 worker {ex[one]:.1f} s "
                      f"({size / 1e6 / ex[one]:.3f} MB/s), 2 workers {ex[two]:.1f} s: speedup {s:.2f}, "
                      f"efficiency {100 * s / 2:.0f} %")
        if a.peers:
            pr = peers(root, int(a.peer_mb * 1e6))
            res["peers"] = pr
            tr, td = pr["time_rashomon"], pr["time_dateparser"]
            print(f"  peers on {pr['docs']} documents, {pr['mb']:.2f} MB:")
            print(f"    dates: rashomon {pr['mb'] / tr['s']:.3f} MB/s ({tr['found']} found)", end="")
            if td:
                print(f", dateparser.search_dates {pr['mb'] / td['s']:.3f} MB/s ({td['found']} found): "
                      f"rashomon x{td['s'] / tr['s']:.1f}")
            else:
                print(", dateparser not installed")
            nr, nn = pr["ner_rashomon"], pr["ner_natasha"]
            print(f"    Russian entities ({pr['ru_mb']:.2f} MB): rashomon {pr['ru_mb'] / nr['s']:.3f} MB/s "
                  f"({nr['found']} mentions)", end="")
            if nn:
                print(f", natasha NER {pr['ru_mb'] / nn['s']:.3f} MB/s ({nn['found']} spans): rashomon x{nn['s'] / nr['s']:.1f}")
            else:
                print(", natasha not installed")
        results["sizes"][f"{mb:g}"] = res
    if a.json:
        a.json.write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
