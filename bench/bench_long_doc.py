"""Benchmark: does the analysis of ONE document grow linearly with its length?

    python bench/bench_long_doc.py [--sizes 500,1000,2000,4000] [--repeat 2] [--paragraphs]

Builds a report of N dated sentences with figures, in each language (sentences written here, of the
shape a live blog or a long compilation has: a figure, a source, a place, a day), analyses it with the
pipeline (segment, langid, time, entities, claims, timeline candidates) and prints the best CPU time
per size and the ratio time(N) / time(N/2): about 2 for a linear stage, 4 for a quadratic one. By default the
whole report is one paragraph (the worst case for per-paragraph work); ``--paragraphs`` puts each
sentence on its own line. A huge input of one kind (a dump of a chat, a scraped page without breaks)
must not make a run hang: this is the check.
"""

from __future__ import annotations

import argparse
import time

from rashomon.document import Document
from rashomon.pipeline import Pipeline

SENTENCES = {
    "ru": "По данным полиции, {n} человек задержаны в Самаре {d} марта 2021 года, {k} погибли. ",
    "uk": "За даними поліції, {n} людей затримано в Полтаві {d} березня 2021 року, {k} загинули. ",
    "kk": "Полицияның мәліметінше, {d} наурызда Ақтөбеде {n} адам ұсталды, {k} адам қаза тапты. ",
    "en": "Police said {n} people were detained in Leeds on {d} March 2021 and {k} were killed. ",
}


def report(lang: str, n: int, paragraphs: bool) -> str:
    sep = "\n\n" if paragraphs else ""
    return sep.join(SENTENCES[lang].format(n=i + 2, d=i % 28 + 1, k=i % 9 + 1) for i in range(n))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="500,1000,2000,4000", help="sentences per report (comma-separated)")
    ap.add_argument("--repeat", type=int, default=2, help="runs per size; the best CPU time is printed")
    ap.add_argument("--paragraphs", action="store_true", help="one sentence a paragraph instead of one paragraph")
    a = ap.parse_args()
    sizes = [int(x) for x in a.sizes.split(",")]
    pipe = Pipeline()
    pipe.analyze(Document(id="warm", path="warm", text=report("en", 5, False), lang="en"))
    print(f"{'lang':4} {'sentences':>9} {'KB':>7} {'claims':>7} {'CPU s':>7} {'MB/s':>6} {'x prev':>6}")
    for lang in sorted(SENTENCES):
        prev = None
        for n in sizes:
            text = report(lang, n, a.paragraphs)
            best, claims = float("inf"), 0
            for _ in range(a.repeat):
                doc = Document(id=f"long-{lang}-{n}", path="long", text=text, lang=lang)
                t0 = time.process_time()
                claims = len(pipe.analyze(doc).claims)
                best = min(best, time.process_time() - t0)
            mb = len(text.encode("utf-8")) / 1e6
            ratio = f"{best / prev:6.2f}" if prev else "      "
            print(f"{lang:4} {n:9d} {mb * 1000:7.0f} {claims:7d} {best:7.2f} {mb / best:6.2f} {ratio}")
            prev = best
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
