"""Benchmark of the SQLite store alone (not a test): write generated documents with their analyses,
one transaction each as `rashomon ingest` does, then time searches.

    .venv/bin/python bench/bench_store.py [N_DOCS] [--db PATH]

Prints documents/s, MB/s, the store's size, and search latency p50/p95 per query kind.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from rashomon.document import Document, Paragraph, Sentence
from rashomon.model import Analysis, Claim, TimeExpr, stable_id
from rashomon.store import Store

WORDS = {
    "ru": "митинг полиция рабочие площадь город забастовка акимат погибли ранены задержаны дамба".split(),
    "kk": "митинг полиция жұмысшылар алаң қала ереуіл әкімдік қаза жараланды ұсталды бөгет".split(),
    "en": "rally police workers square town strike officials killed injured detained dam".split(),
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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", nargs="?", type=int, default=5000)
    ap.add_argument("--db", type=Path, default=None)
    args = ap.parse_args()
    rng = random.Random(7)
    analyses = [make(i, rng) for i in range(args.n)]
    mb = sum(len(a.doc.text.encode("utf-8")) for a in analyses) / 1e6
    with tempfile.TemporaryDirectory() as tmp:
        path = args.db or Path(tmp) / "bench.sqlite"
        t = time.perf_counter()
        with Store(path) as store:
            for a in analyses:
                store.add(a)
        dt = time.perf_counter() - t
        size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*")) / 1e6
        print(f"write: {args.n} documents, {mb:.1f} MB of text in {dt:.1f} s = {args.n / dt:.0f} docs/s, "
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


if __name__ == "__main__":
    main()
