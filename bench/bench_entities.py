#!/usr/bin/env python3
"""Entity extraction speed beside natasha's NER on the same Russian text, plus gazetteer load cost.

    .venv/bin/python bench/bench_entities.py [--repeat N] [--json]
    .venv/bin/python bench/bench_entities.py --corpus DIR [--repeat N] [--profile] [--dump FILE] [--rec-limit N]

``--corpus``: the tagger alone over every document of DIR (read and prepared first, untimed): best CPU
time (process time) of N passes with one warm tagger, MB/s of document text (UTF-8); ``--profile``
prints the cProfile of one pass, ``--dump`` writes every mention (one JSON line each) to compare runs,
``--rec-limit`` sets the tagger's word records kept per language (0: none kept, each rebuilt when asked;
the mentions must not change).

Text: every Russian document of the seeds and of the bundled sample corpus (read with
``rashomon.readers``), concatenated. Both taggers are built and warmed once; the timed loops run in this
one process on one core. Rashomon's figure is also given cold (fresh tagger, empty word caches).
Gazetteer load time and resident memory are measured in a fresh subprocess. natasha (with its bundled
navec/slovnet models) is optional: ``pip install natasha``; without it that column says so.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"

_GAZ_CODE = r"""
import json, time
from rashomon.gazetteer import Gazetteer
t = time.perf_counter()
g = Gazetteer(); g.load(); g.best("pavlodar")
s = time.perf_counter() - t
hwm = [ln for ln in open('/proc/self/status') if ln.startswith(('VmHWM', 'VmRSS'))]
print(json.dumps({"load_s": s, **{ln.split(':')[0]: int(ln.split()[1]) / 1024 for ln in hwm}}))
"""


def russian_text() -> str:
    from rashomon.errors import InputError
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    pipe, parts = Pipeline(), []
    for src in (SHARED / "corpus" / "seeds", ROOT / "rashomon" / "data" / "sample"):
        if not src.is_dir():
            continue
        for doc in read_inputs([str(src)]):
            if isinstance(doc, InputError):
                continue
            pipe.prepare(doc)
            ru = "".join(doc.text[p.span[0] : p.span[1]] + "\n\n" for p in doc.paragraphs if p.lang == "ru")
            if not doc.paragraphs and doc.lang == "ru":
                ru = doc.text
            parts.append(ru)
    return "".join(parts)


def bench_linker(docs: int = 10_000, per_doc: int = 30) -> dict:
    """Link a synthetic stream of 10,000 documents' mentions (names drawn from 20,000 invented ones,
    some misspelled) and report time and peak memory growth; mentions are not kept by the linker."""
    import random
    import resource

    from rashomon.entities import EntityLinker, TaggedMention
    from rashomon.translit import key

    rnd = random.Random(7)
    syll = ["ka", "zhan", "ak", "tau", "ser", "bek", "mun", "ai", "gaz", "ol", "tal", "kent", "sar", "dar", "nur", "ab"]
    names = ["".join(rnd.choice(syll) for _ in range(rnd.randint(2, 4))).capitalize() for _ in range(20_000)]

    def stream():
        for d in range(docs):
            for _ in range(per_doc):
                n = rnd.choice(names)
                if rnd.random() < 0.02:  # a misspelling: one letter dropped
                    j = rnd.randrange(1, len(n))
                    n = n[:j] + n[j + 1 :]
                typ = rnd.choice(("org", "place", "person"))
                if typ == "person":
                    n = f"{rnd.choice(names[:300])} {n}ov"
                yield TaggedMention(doc=f"d{d}", span=(0, len(n)), text=n, type=typ, lemma=n, key=key(n), how="quote")

    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    lk = EntityLinker()
    lk.add(stream())
    t_add = time.perf_counter() - t
    ents = lk.resolve()
    t_all = time.perf_counter() - t
    return {"mentions": docs * per_doc, "nodes": len(lk.nodes), "entities": len(ents), "add_s": round(t_add, 2),
            "total_s": round(t_all, 2), "maxrss_growth_mb": round((resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024, 1)}


def timed(fn, text: str, repeat: int) -> tuple[float, int]:
    n = 0
    t = time.perf_counter()
    for _ in range(repeat):
        n = fn(text)
    return time.perf_counter() - t, n


def bench_corpus(path: str, repeat: int, profile: bool, dump: str | None, rec_limit: int | None = None) -> None:
    """The tagger alone over a corpus directory: best CPU seconds of ``repeat`` passes and MB/s."""
    from rashomon.errors import InputError
    from rashomon.pipeline import Pipeline
    from rashomon.readers import read_inputs

    pipe = Pipeline()
    docs = [pipe.prepare(d) for d in read_inputs([path]) if not isinstance(d, InputError)]
    mb = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    tagger = pipe.entity_tagger
    if rec_limit is not None:
        tagger.rec_limit = rec_limit
    tagger(docs[0])  # loads pymorphy and the gazetteer
    times, n = [], 0
    for _ in range(repeat):
        t = time.process_time()
        n = sum(len(tagger(d)) for d in docs)
        times.append(time.process_time() - t)
    best = min(times)
    print(f"{path}: {len(docs)} documents, {mb:.2f} MB, {n} mentions; first pass {times[0]:.2f} s CPU "
          f"({mb / times[0]:.2f} MB/s), best of {repeat}: {best:.2f} s CPU, {mb / best:.2f} MB/s")
    if profile:
        import cProfile
        import pstats

        pr = cProfile.Profile()
        pr.enable()
        for d in docs:
            tagger(d)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(35)
    if dump:
        with open(dump, "w", encoding="utf-8") as f:
            for d in docs:
                for m in tagger(d):
                    f.write(json.dumps([m.doc, m.span, m.text, m.type, m.lemma, m.key, m.gazetteer_id,
                                        m.canonical, getattr(m, "how", "")], ensure_ascii=False) + "\n")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--corpus", help="time the tagger alone over the documents of this directory")
    ap.add_argument("--profile", action="store_true", help="with --corpus: cProfile of one pass")
    ap.add_argument("--dump", help="with --corpus: write every mention as a JSON line to this file")
    ap.add_argument("--rec-limit", type=int, help="with --corpus: word records kept per language (0: none)")
    a = ap.parse_args()
    if a.corpus:
        bench_corpus(a.corpus, a.repeat, a.profile, a.dump, a.rec_limit)
        return 0
    from rashomon.document import Document
    from rashomon.entities import EntityTagger

    text = russian_text()
    mb = len(text.encode("utf-8")) / 1e6
    report: dict = {"text_bytes": len(text.encode("utf-8")), "repeat": a.repeat}

    gaz = json.loads(subprocess.run([sys.executable, "-c", _GAZ_CODE], capture_output=True, text=True, check=True).stdout)
    report["gazetteer"] = {"load_s": round(gaz["load_s"], 3), "peak_rss_mb": round(gaz.get("VmHWM", 0), 1)}

    t = time.perf_counter()
    tagger = EntityTagger()
    tagger(Document(id="w", path="w", text="Митинг в Павлодаре.", lang="ru"))  # loads pymorphy + gazetteer
    report["rashomon_build_s"] = round(time.perf_counter() - t, 3)

    def ours(s: str) -> int:
        return len(tagger(Document(id="b", path="b", text=s, lang="ru")))

    t = time.perf_counter()
    n_cold = ours(text)
    cold = time.perf_counter() - t
    secs, n = timed(ours, text, a.repeat)
    report["rashomon"] = {"mentions": n, "mb_per_s": round(mb * a.repeat / secs, 3), "cold_mb_per_s": round(mb / cold, 3)}
    assert n == n_cold

    try:
        from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

        t = time.perf_counter()
        seg, ner = Segmenter(), NewsNERTagger(NewsEmbedding())
        build = time.perf_counter() - t

        def theirs(s: str) -> int:
            d = Doc(s)
            d.segment(seg)
            d.tag_ner(ner)
            return len(d.spans)

        theirs(text)
        secs, n = timed(theirs, text, a.repeat)
        report["natasha"] = {"mentions": n, "mb_per_s": round(mb * a.repeat / secs, 3), "build_s": round(build, 3)}
    except ImportError as e:
        report["natasha"] = {"error": f"not installed: {e}"}

    report["linker_10k_docs"] = bench_linker()

    if a.json:
        print(json.dumps(report, indent=1))
    else:
        print(f"Russian text: {report['text_bytes']:,} bytes x {a.repeat}, one core")
        print(f"gazetteer: load {report['gazetteer']['load_s']} s, peak RSS {report['gazetteer']['peak_rss_mb']} MB (fresh process)")
        r = report["rashomon"]
        print(f"rashomon EntityTagger: {r['mb_per_s']} MB/s warm, {r['cold_mb_per_s']} MB/s cold, {r['mentions']} mentions; "
              f"build {report['rashomon_build_s']} s")
        nt = report["natasha"]
        if "error" in nt:
            print(f"natasha NER: {nt['error']}")
        else:
            print(f"natasha NewsNERTagger: {nt['mb_per_s']} MB/s, {nt['mentions']} spans; build {nt['build_s']} s")
        lk = report["linker_10k_docs"]
        print(f"linker, 10,000 synthetic documents: {lk['mentions']:,} mentions -> {lk['nodes']:,} nodes -> "
              f"{lk['entities']:,} entities in {lk['total_s']} s (aggregation {lk['add_s']} s), "
              f"peak RSS +{lk['maxrss_growth_mb']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
