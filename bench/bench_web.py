"""Page load times of the web app on a store of 10,000 documents: p50/p95 per page.

    python bench/bench_web.py [--docs 10000] [--db /tmp/rashomon-web-bench.sqlite] [--runs 30]

The store is synthetic but shaped like a real one: the sample corpus is analysed once, then its
documents, claims, time expressions, mentions, events and questions are copied under new ids until
there are ``--docs`` documents (each copy a separate batch of questions, so the overview has
thousands of questions to sort and page). An existing store at ``--db`` with enough documents is
reused. Requests go through FastAPI's TestClient (in-process: the app's own cost, no network).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import time
import warnings
from pathlib import Path
from typing import Any
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.model import Analysis, Question, stable_id  # noqa: E402
from rashomon.store import Store  # noqa: E402


def _copy_analysis(a: Analysis, k: int) -> tuple[Analysis, dict[str, str]]:
    did = f"copy{k:04d}/{a.doc.id}"
    doc = dataclasses.replace(a.doc, id=did, path=did)
    ids = {c.id: stable_id("c", k, c.id) for c in a.claims}
    claims = [dataclasses.replace(c, id=ids[c.id], doc=did) for c in a.claims]
    events = [dataclasses.replace(e, id=stable_id("t", k, e.id), doc=did, claims=[ids.get(x, x) for x in e.claims])
              for e in a.events]
    mentions = [dataclasses.replace(m, doc=did) for m in a.mentions]
    return Analysis(doc=doc, timexes=list(a.timexes), mentions=mentions, claims=claims, events=events), ids


def _copy_question(q: Question, k: int, ids: dict[str, str]) -> Question:
    values = [dataclasses.replace(v, claims=[ids.get(c, c) for c in v.claims],
                                  docs=[f"copy{k:04d}/{d}" for d in v.docs], extra=dict(v.extra)) for v in q.values]
    extra = dict(q.extra)
    extra["claims"] = [ids.get(c, c) for c in extra.get("claims", [])]
    return dataclasses.replace(q, id=stable_id("q", k, q.id), values=values, extra=extra)


def build(db: Path, n_docs: int) -> None:
    from rashomon.dossier import build_dossier

    t0 = time.perf_counter()
    d = build_dossier([str(ROOT / "rashomon" / "data" / "sample")])
    print(f"sample analysed: {len(d.analyses)} documents in {time.perf_counter() - t0:.1f}s", file=sys.stderr)
    db.unlink(missing_ok=True)
    t0 = time.perf_counter()
    questions: list[Question] = []
    timeline = []
    with Store(db) as s:
        k = 0
        n = 0
        while n < n_docs:
            ids: dict[str, str] = {}
            with s.transaction():
                for a in d.analyses:
                    if n >= n_docs:
                        break
                    b, m = _copy_analysis(a, k)
                    ids.update(m)
                    s._put_document(b.doc, None, True)
                    s._put_analysis(b)
                    timeline += b.events
                    n += 1
            questions += [_copy_question(q, k, ids) for q in d.questions]
            k += 1
        corpus = type("Corpus", (), {"analyses": [], "docs": {}, "entities": d.entities, "questions": questions,
                                     "timeline": timeline})()
        s.save_corpus(corpus)
        stats = s.stats()
    print(f"store built in {time.perf_counter() - t0:.1f}s: {stats}", file=sys.stderr)


def measure(db: Path, runs: int) -> list[tuple[str, float, float, int]]:
    warnings.simplefilter("ignore", DeprecationWarning)
    from fastapi.testclient import TestClient

    from rashomon.web import create_app

    with TestClient(create_app(db)) as c:  # writable (creates its indexes); no token: no writes
        ov = c.get("/index.json").json()
        qs = [q["id"] for q in ov["questions"]]
        hrefs = [v["href"] for q in ov["questions"] for v in q["values"] if v["href"]]
        docs = [h["id"] for h in c.get("/sources.json?page=37").json()["documents"]]
        ents = [e["id"] for e in c.get("/entities.json").json()["entities"]]
        pages: dict[str, list[str]] = {
            "overview": ["/", "/?page=40"],
            "overview since": ["/?since=2000-01-01", "/?since=2999-01-01"],
            "overview .json": ["/index.json"],
            "question": [f"/q/{q}" for q in qs],
            "question .json": [f"/q/{q}.json" for q in qs],
            "document (passage)": [h.split("#")[0] for h in hrefs],
            "document .json": ["/doc/" + quote(x, safe="/") + ".json" for x in docs],
            "entity": [f"/entity/{e}" for e in ents[:20]],
            "entities": ["/entities", "/entities?page=2"],
            "timeline": ["/timeline", "/timeline?page=30"],
            "timeline filtered": ["/timeline?type=official", "/timeline?from=2023-05-16&to=2023-05-17"],
            "search latin": ["/search?q=Zhezkazgan", "/search?q=dam+collapse"],
            "search cyrillic": ["/search?q=Жезказган", "/search?q=%D0%B4%D0%B0%D0%BC%D0%B1%D0%B0"],
            "sources": ["/sources", "/sources?page=50"],
            "claims by source": ["/claims?type=official", "/claims?page=100"],
            "reviews": ["/reviews"],
        }
        out = []
        for name, paths in pages.items():
            times = []
            for i in range(runs):
                p = paths[i % len(paths)]
                t = time.perf_counter()
                r = c.get(p)
                times.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    raise SystemExit(f"{p}: HTTP {r.status_code}")
            times.sort()
            out.append((name, statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)], len(r.content)))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/rashomon-web-bench.sqlite"))
    ap.add_argument("--runs", type=int, default=30)
    ap.add_argument("--rebuild", action="store_true")
    args = ap.parse_args(argv)
    have = 0
    if args.db.exists() and not args.rebuild:
        with Store(args.db, readonly=True) as s:
            have = s.count("documents")
    if have < args.docs:
        build(args.db, args.docs)
    with Store(args.db, readonly=True) as s:
        st: dict[str, Any] = s.stats()
    print(f"store: {st['documents']} documents, {st['claims']} claims, {st['questions']} questions, "
          f"{st['timeline']} events, {st['mentions']} mentions")
    print(f"{'page':<22}{'p50 ms':>9}{'p95 ms':>9}{'bytes':>10}")
    for name, p50, p95, size in measure(args.db, args.runs):
        print(f"{name:<22}{p50:>9.1f}{p95:>9.1f}{size:>10}")


if __name__ == "__main__":
    main()
