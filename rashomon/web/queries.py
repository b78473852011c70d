"""Read queries of the web app over a `rashomon.store.Store`: each returns plain JSON-able dicts, so
one function feeds both a page and its ``.json`` twin. Every list is paginated (LIMIT/OFFSET) so a
page costs the same on 10,000 documents as on 40.

Candidates to move into ``store.py``: `question_detail`, `entity_mentions`, `named_sources`,
`timeline_events` (they only read the store's tables).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import quote

from .._source_links import SPEAKERS, group_by_entity, linker
from .._view import fmt_value
from ..model import SOURCE_TYPES
from ..store import claim_value

PAGE = 50

#: Indexes the web pages need on large stores; created (if missing) when the app opens a store for
#: writing. They belong in a store migration; until then they are named ``web_*`` and harmless.
INDEXES = (
    "CREATE INDEX IF NOT EXISTS web_questions_contested ON questions(contested DESC)",
    "CREATE INDEX IF NOT EXISTS web_documents_ingested ON documents(ingested_at)",
    "CREATE INDEX IF NOT EXISTS web_claims_source ON claims(source_name, source_type, doc)",
    "CREATE INDEX IF NOT EXISTS web_claims_type ON claims(source_type)",
    "CREATE INDEX IF NOT EXISTS web_mentions_canonical ON mentions(canonical)",
)


def ensure_indexes(conn: Any) -> None:
    for sql in INDEXES:
        conn.execute(sql)


def _load(s: str | None) -> Any:
    return None if s is None else json.loads(s)


def doc_href(doc: str) -> str:
    """The URL path of a document's page (``#`` and other specials percent-encoded)."""
    return "/doc/" + quote(doc, safe="/")


def passage_href(doc: str, start: int | None, end: int | None, claim: str | None = None) -> str:
    """A link that opens ``doc`` scrolled to the passage ``[start, end)`` (and to the claim's mark)."""
    href = doc_href(doc)
    if start is not None and end is not None:
        href += f"?span={int(start)}-{int(end)}"
    if claim:
        href += f"#c-{claim}"
    return href


def parse_since(since: str | None) -> str | None:
    """An ISO 8601 date or date-time as a UTC timestamp comparable with ``documents.ingested_at``;
    ValueError when it is not ISO 8601."""
    if not since:
        return None
    s = since.strip().replace("Z", "+00:00")
    if " " in s and "T" in s:  # an unencoded "+05:00" arrives as " 05:00"
        s = s.replace(" ", "+")
    t = datetime.fromisoformat(s)
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return t.astimezone(UTC).isoformat(timespec="seconds")


def page_args(page: int, per: int = PAGE) -> tuple[int, int]:
    page = max(1, int(page))
    return per, (page - 1) * per


# -- overview -----------------------------------------------------------------------------------
def overview(store: Any, *, since: str | None = None, page: int = 1, per: int = PAGE) -> dict[str, Any]:
    """Questions, contested first (then in the store's order: most claims first), with their stated values,
    each value linked to the passage of its first claim. ``since`` keeps questions that got a claim
    from a document stored at or after that time (what a watcher added)."""
    c = store.conn
    since_utc = parse_since(since)
    where, args = "", []
    if since_utc:
        where = "WHERE q.id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(questions_since(store, since_utc)))
    limit, offset = page_args(page, per)
    total = c.execute(f"SELECT count(*) FROM questions q {where}", args).fetchone()[0]
    rows = c.execute(
        f"""SELECT q.id, q.measure, q.place, q.when_iso, q.group_name, q.text, q.min, q.max, q.contested,
                   q.grade, q.conservative,
                   (SELECT count(*) FROM question_claims x WHERE x.question = q.id) AS n_claims
            FROM questions q {where}
            ORDER BY q.contested DESC, q.rowid LIMIT ? OFFSET ?""", (*args, limit, offset)).fetchall()
    qids = [r["id"] for r in rows]
    values = _values_of(store, qids, since_utc)
    out = []
    for r in rows:
        out.append({"id": r["id"], "text": r["text"], "measure": r["measure"], "place": r["place"],
                    "when": r["when_iso"], "group": r["group_name"], "min": r["min"], "max": r["max"],
                    "contested": bool(r["contested"]), "grade": r["grade"], "conservative": r["conservative"],
                    "claims": r["n_claims"], "values": values.get(r["id"], [])})
        vs = out[-1]["values"]
        out[-1]["links"] = {k: href_of_figure(vs, out[-1][k]) for k in ("min", "max", "conservative")}
    reviews = latest_reviews(store, "question", qids)
    for q in out:
        rv = reviews.get(q["id"])
        if rv and rv["action"] == "regrade":
            q["reviewed_grade"] = (rv.get("after") or {}).get("grade")
    stats = {k: store.count(k) for k in ("documents", "claims", "questions", "entities", "timeline", "reviews")}
    stats["contested"] = c.execute("SELECT count(*) FROM questions WHERE contested = 1").fetchone()[0]
    return {"questions": out, "total": total, "page": max(1, page), "per_page": limit, "since": since_utc,
            "stats": stats}


def href_of_figure(values: list[dict[str, Any]], n: Any) -> str | None:
    """The passage of the first stated value that states the figure ``n`` (as a value or range end)."""
    if n is None:
        return None
    for v in values:
        x = v.get("value")
        if (x == n or (isinstance(x, list) and n in x)) and v.get("href"):
            return v["href"]
    return None


def questions_since(store: Any, since_utc: str) -> list[str]:
    """Ids of questions with a claim from a document stored at or after ``since_utc``. Documents
    first (on their ``ingested_at`` index), then their claims and questions, in that order."""
    docs = [r[0] for r in store.conn.execute("SELECT id FROM documents WHERE ingested_at >= ?", (since_utc,))]
    if not docs:
        return []
    if len(docs) == store.count("documents"):  # everything is new: every question qualifies
        return [r[0] for r in store.conn.execute("SELECT id FROM questions")]
    rows = store.conn.execute("""SELECT DISTINCT qc.question FROM json_each(?) j
        CROSS JOIN claims cl ON cl.doc = j.value CROSS JOIN question_claims qc ON qc.claim = cl.id""", (json.dumps(docs),))
    return [r[0] for r in rows]


def _values_of(store: Any, qids: list[str], since_utc: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Stated values of ``qids``: value, qualifier, wording, claim count and the first claim's passage."""
    if not qids:
        return {}
    marks = ",".join("?" * len(qids))
    rows = store.conn.execute(
        f"""SELECT question, ordinal, json FROM question_values WHERE question IN ({marks})
            ORDER BY question, ordinal""", qids).fetchall()
    first: dict[str, str] = {}
    vals: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        v = json.loads(r["json"])
        claims = v.get("claims") or []
        if claims:
            first[claims[0]] = ""
        vals.setdefault(r["question"], []).append(
            {"ordinal": r["ordinal"], "value": v.get("value"), "qualifier": v.get("qualifier"),
             "label": fmt_value(v.get("value"), v.get("qualifier") or "exact"), "claims": len(claims),
             "independent": v.get("independent"), "first_claim": claims[0] if claims else None,
             "sources": v.get("sources") or [], "official": bool(v.get("official")), "denied_by": v.get("denied_by") or []})
    spans = _claim_spans(store, list(first))
    new: set[str] = set()
    if since_utc:
        new = {r[0] for r in store.conn.execute(
            f"""SELECT qc.question || ':' || qc.value_ordinal FROM question_claims qc
                JOIN claims cl ON cl.id = qc.claim JOIN documents d ON d.id = cl.doc
                WHERE qc.question IN ({marks}) AND d.ingested_at >= ?""", (*qids, since_utc))}
    for q, vs in vals.items():
        for v in vs:
            s = spans.get(v["first_claim"] or "")
            v["href"] = passage_href(s["doc"], s["start"], s["end"], v["first_claim"]) if s else None
            v["new"] = f"{q}:{v['ordinal']}" in new
    return vals


def _claim_spans(store: Any, ids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        for r in store.conn.execute(
                f"SELECT id, doc, span_start, span_end FROM claims WHERE id IN ({','.join('?' * len(chunk))})", chunk):
            out[r["id"]] = {"doc": r["doc"], "start": r["span_start"], "end": r["span_end"]}
    return out


# -- question -----------------------------------------------------------------------------------
_CLAIM_SELECT = """SELECT c.id, c.doc, c.measure, c.value, c.value_lo, c.value_hi, c.qualifier, c.group_name,
    c.source_name, c.source_type, c.modality, c.place, c.when_iso, c.span_start, c.span_end, c.quote, c.lang,
    c.report_date, c.json, d.title AS doc_title, d.publisher, d.author, d.published, d.updated, d.ingested_at
    FROM claims c JOIN documents d ON d.id = c.doc"""


def claim_view(r: Any) -> dict[str, Any]:
    """A claims row (joined with its document) as shown: value wording, source, report date, link."""
    value = claim_value(r)  # the claims row keeps in json only what its columns do not (store migration 013)
    own = r["source_name"] is None
    src = {"name": r["source_name"] or r["publisher"] or r["author"] or r["doc_title"] or r["doc"],
           "type": r["source_type"] or "author"}
    return {"id": r["id"], "doc": r["doc"], "doc_title": r["doc_title"], "measure": r["measure"],
            "value": value, "qualifier": r["qualifier"], "label": fmt_value(value, r["qualifier"]),
            "group": r["group_name"], "source": src, "own_voice": own, "modality": r["modality"],
            "place": r["place"], "when": r["when_iso"], "span": [r["span_start"], r["span_end"]], "quote": r["quote"],
            "lang": r["lang"], "report_date": r["report_date"] or r["published"] or r["updated"],
            "ingested_at": r["ingested_at"],
            "href": passage_href(r["doc"], r["span_start"], r["span_end"], r["id"])}


def question_detail(store: Any, qid: str) -> dict[str, Any] | None:
    """One question: every value with its claims (sources, types, quotes, documents, links), the
    evolution over report time, independence groups, and the reviews of it and of its claims."""
    c = store.conn
    row = c.execute("SELECT json FROM questions WHERE id = ?", (qid,)).fetchone()
    if row is None:
        return None
    q = json.loads(row["json"])
    claims = {r["id"]: claim_view(r) for r in c.execute(
        _CLAIM_SELECT + " WHERE c.id IN (SELECT claim FROM question_claims WHERE question = ?)", (qid,))}
    c_reviews = latest_reviews(store, "claim", list(claims))
    for cid, cl in claims.items():
        cl["review"] = c_reviews.get(cid)
    values = []
    for v in q.get("values", []):
        vc = [claims[x] for x in v.get("claims", []) if x in claims]
        first = vc[0] if vc else None
        values.append({**v, "label": fmt_value(v.get("value"), v.get("qualifier") or "exact"),
                       "claim_rows": vc, "href": first["href"] if first else None})
    evolution = []
    for s in (q.get("evolution") or {}).get("by_source") or []:
        pts = []
        for p in s.get("points", []):
            cl = claims.get(p.get("claim", ""))
            pts.append({**p, "label": fmt_value(p.get("value"), p.get("qualifier") or "exact"),
                        "href": cl["href"] if cl else None})
        evolution.append({"source": s.get("source"), "points": pts})
    groups = independence_groups(q.get("independence") or [], {cl["doc"] for cl in claims.values()})
    points = [{"value": cl["value"], "qualifier": cl["qualifier"], "modality": cl["modality"], "source": cl["source"],
               "date": cl["report_date"], "claim": cl["id"], "doc": cl["doc"]} for cl in claims.values()]
    links = {k: href_of_figure(values, q.get(k)) for k in ("min", "max", "conservative")}
    best = q.get("best") or {}
    links["best"] = next((v["href"] for v in values if v.get("value") == best.get("value")
                          and v.get("qualifier") == best.get("qualifier")), None)
    return {"question": {k: v for k, v in q.items() if k not in ("values", "claims", "evolution", "independence")},
            "links": links,
            "values": values, "evolution": evolution, "independence": groups, "points": points,
            "copy_links": q.get("independence") or [],
            "reviews": store.reviews("question", qid), "review": latest_reviews(store, "question", [qid]).get(qid)}


def independence_groups(links: list[dict[str, Any]], docs: set[str]) -> list[list[str]]:
    """Documents grouped into families that copy or translate each other (one origin per group);
    documents copying nobody are groups of their own."""
    parent: dict[str, str] = {d: d for d in docs}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        a, b = (link.get("a") or {}).get("doc"), (link.get("b") or {}).get("doc")
        if a and b:
            ra, rb = sorted((find(a), find(b)))
            parent[rb] = ra
    groups: dict[str, list[str]] = {}
    for d in sorted(parent):
        groups.setdefault(find(d), []).append(d)
    return sorted(groups.values(), key=lambda g: (-len(g), g))


# -- reviews ------------------------------------------------------------------------------------
def latest_reviews(store: Any, kind: str, ids: list[str]) -> dict[str, dict[str, Any]]:
    """The last decision (not annotation) recorded on each of ``ids``, with how many records it has."""
    out: dict[str, dict[str, Any]] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        rows = store.conn.execute(
            f"""SELECT * FROM reviews WHERE target_kind = ? AND target_id IN ({','.join('?' * len(chunk))})
                ORDER BY id""", (kind, *chunk))
        for r in rows:
            d = {**dict(r), "before": _load(r["before"]), "after": _load(r["after"])}
            prev = out.get(r["target_id"])
            n = (prev or {}).get("records", 0) + 1
            if r["action"] == "annotate" and prev:
                prev["records"] = n
                continue
            out[r["target_id"]] = {**d, "records": n}
    return out


def claim_detail(store: Any, cid: str) -> dict[str, Any] | None:
    r = store.conn.execute(_CLAIM_SELECT + " WHERE c.id = ?", (cid,)).fetchone()
    if r is None:
        return None
    cl = claim_view(r)
    qs = [dict(x) for x in store.conn.execute(
        "SELECT q.id, q.text FROM question_claims qc JOIN questions q ON q.id = qc.question WHERE qc.claim = ?", (cid,))]
    return {"claim": cl, "questions": qs, "reviews": store.reviews("claim", cid),
            "review": latest_reviews(store, "claim", [cid]).get(cid)}


def reviews_page(store: Any, *, page: int = 1, per: int = 100) -> dict[str, Any]:
    limit, offset = page_args(page, per)
    rows = store.conn.execute("SELECT * FROM reviews ORDER BY id DESC LIMIT ? OFFSET ?", (limit, offset))
    items = [{**dict(r), "before": _load(r["before"]), "after": _load(r["after"])} for r in rows]
    return {"reviews": items, "total": store.count("reviews"), "page": max(1, page), "per_page": limit}


def claims_list(store: Any, *, source: str | None = None, type: str | None = None, measure: str | None = None,
                doc: str | None = None, page: int = 1, per: int = 100) -> dict[str, Any]:
    """Claims filtered by named source (as shown on the Sources page), source type, measure or document."""
    conds, args = [], []
    if source is not None:
        conds.append("coalesce(c.source_name, d.publisher, d.author, d.title, c.doc) = ?")
        args.append(source)
    for col, val in (("c.source_type", type), ("c.measure", measure), ("c.doc", doc)):
        if val:
            conds.append(f"{col} = ?")
            args.append(val)
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    limit, offset = page_args(page, per)
    join = " JOIN documents d ON d.id = c.doc" if source is not None else ""
    total = store.conn.execute(f"SELECT count(*) FROM claims c{join}{where}", args).fetchone()[0]
    # claims are stored document by document, in order: rowid order is document order without a sort
    rows = store.conn.execute(_CLAIM_SELECT + where + " ORDER BY c.rowid LIMIT ? OFFSET ?", (*args, limit, offset))
    return {"claims": [claim_view(r) for r in rows], "total": total, "page": max(1, page), "per_page": limit,
            "filters": {"source": source, "type": type, "measure": measure, "doc": doc}}


# -- documents ----------------------------------------------------------------------------------
def parse_span(span: str | None, n: int) -> tuple[int, int] | None:
    """``start-end`` within a text of ``n`` characters, else None."""
    if not span:
        return None
    a, _, b = span.partition("-")
    if not (a.isdigit() and b.isdigit()):
        return None
    s, e = int(a), int(b)
    return (s, e) if 0 <= s < e <= n else None


def document_detail(store: Any, doc_id: str) -> dict[str, Any] | None:
    """A document: metadata, hashes, text, its claims, dates, entity mentions, events, citations,
    links and artefacts (document-provided URLs are data here; the page decides what becomes a link)."""
    row = store.document_row(doc_id)
    if row is None:
        return None
    c = store.conn
    claims = [claim_view(r) for r in c.execute(_CLAIM_SELECT + " WHERE c.doc = ? ORDER BY c.ordinal", (doc_id,))]
    reviews = latest_reviews(store, "claim", [x["id"] for x in claims])
    for cl in claims:
        cl["review"] = reviews.get(cl["id"])
    timexes = [dict(r) for r in c.execute(
        "SELECT span_start, span_end, text, value, kind FROM timexes WHERE doc = ? ORDER BY ordinal", (doc_id,))]
    mentions = [dict(r) for r in c.execute(
        "SELECT span_start, span_end, text, type, canonical FROM mentions WHERE doc = ? "
        "AND (extra IS NULL OR extra NOT LIKE '%\"furniture\"%') ORDER BY ordinal", (doc_id,))]
    names = sorted({m["canonical"] for m in mentions if m["canonical"]})
    ent_ids: dict[str, str] = {}
    for i in range(0, len(names), 500):
        chunk = names[i:i + 500]
        ent_ids.update({r[1]: r[0] for r in c.execute(
            f"SELECT id, canonical FROM entities WHERE canonical IN ({','.join('?' * len(chunk))})", chunk)})
    for m in mentions:
        m["entity"] = ent_ids.get(m["canonical"] or "")
    # the document's own events (indexed by document), with the conflicts found across the corpus
    events = [dict(r) for r in c.execute(
        "SELECT id, when_iso, label, span_start, span_end FROM events WHERE doc = ? ORDER BY span_start", (doc_id,))]
    conflicts = {r[0]: _load(r[1]) or [] for r in c.execute(
        "SELECT id, conflicts FROM timeline WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([e["id"] for e in events]),))}
    for e in events:
        e["conflicts"] = conflicts.get(e["id"], [])
    q = c.execute
    citations = [dict(r) for r in q("""SELECT ordinal, anchor_start, anchor_end, span_start, span_end, url, title,
                                        publisher, author, date, access_date, kind FROM citations WHERE doc = ?
                                        ORDER BY ordinal""", (doc_id,))]
    links = [dict(r) for r in q("SELECT span_start, span_end, target FROM links WHERE doc = ? ORDER BY ordinal", (doc_id,))]
    artefacts = [dict(r) for r in q("SELECT kind, span_start, span_end, detail FROM artefacts WHERE doc = ? ORDER BY ordinal",
                                    (doc_id,))]
    meta = {k: row[k] for k in ("id", "path", "part", "format", "title", "url", "published", "updated", "date_source",
                                 "author", "publisher", "lang", "encoding", "sha256", "content_sha256", "entry_sha256",
                                 "chars", "ingested_at")}
    return {"document": meta, "metadata": row.get("metadata") or {}, "text": row["text"], "claims": claims,
            "timexes": timexes, "mentions": mentions, "events": events, "citations": citations, "links": links,
            "artefacts": artefacts}


def sources(store: Any, *, page: int = 1, per: int = 100, since: str | None = None) -> dict[str, Any]:
    """Every named source (who figures are attributed to; a document's own voice is its publisher)
    with its type and claim count, and every document with its claim count, both paginated."""
    limit, offset = page_args(page, per)
    c = store.conn
    named_all = named_sources(store)
    named, n_named = named_all[offset:offset + limit], len(named_all)
    since_utc = parse_since(since)
    docs = store.documents(limit=limit, offset=offset) if not since_utc else [dict(r) for r in c.execute(
        "SELECT id, title, format, lang, published, publisher, sha256, n_claims, ingested_at, url FROM documents "
        "WHERE ingested_at >= ? ORDER BY seq LIMIT ? OFFSET ?", (since_utc, limit, offset))]
    keep = ("id", "title", "format", "lang", "published", "publisher", "sha256", "n_claims", "ingested_at", "url")
    n_docs = (c.execute("SELECT count(*) FROM documents WHERE ingested_at >= ?", (since_utc,)).fetchone()[0]
              if since_utc else store.count("documents"))
    return {"named_sources": named, "named_total": n_named,
            "documents": [{k: d.get(k) for k in keep} for d in docs], "documents_total": n_docs,
            "page": max(1, page), "per_page": limit, "since": since_utc}


_NAMED_CACHE: dict[tuple[Any, ...], list[dict[str, Any]]] = {}


def named_sources(store: Any) -> list[dict[str, Any]]:
    """Every named source with its type, claim and document counts, most claims first. Attributed
    claims are grouped on the (covering) source index; a document's own voice is named after its
    publisher, author or title. The names that speak for one linked entity (`rashomon._source_links`)
    follow each other, with the entity's canonical name. Kept until the claims or documents change."""
    c = store.conn
    key = (str(store.path), *c.execute("SELECT max(rowid), count(*) FROM claims").fetchone(),
           *c.execute("SELECT max(seq), count(*) FROM documents").fetchone())
    if key in _NAMED_CACHE:
        return _NAMED_CACHE[key]
    rows: dict[tuple[str, str], list[Any]] = {}
    for r in c.execute("""SELECT source_name, coalesce(source_type, 'author'), count(*), count(DISTINCT doc)
                          FROM claims WHERE source_name IS NOT NULL GROUP BY 1, 2"""):
        rows[(r[0], r[1])] = [r[2], r[3]]
    for r in c.execute("""SELECT coalesce(d.publisher, d.author, d.title, g.doc), g.type, sum(g.n), count(*)
                          FROM (SELECT doc, coalesce(source_type, 'author') AS type, count(*) AS n FROM claims
                                WHERE source_name IS NULL GROUP BY doc, type) g
                          JOIN documents d ON d.id = g.doc GROUP BY 1, 2"""):
        cur = rows.setdefault((r[0], r[1]), [0, 0])
        cur[0] += r[2]
        cur[1] += r[3]
    out = [{"name": k[0], "type": k[1], "claims": v[0], "docs": v[1]} for k, v in rows.items()]
    out.sort(key=lambda x: (-x["claims"], x["name"]))
    speakers = c.execute(f"""SELECT e.id, e.canonical, e.type, e.mentions, f.form FROM entities e
                             JOIN entity_forms f ON f.entity = e.id
                             WHERE e.type IN ({', '.join('?' * len(SPEAKERS))})""", SPEAKERS)
    forms: dict[str, dict[str, Any]] = {}
    for r in speakers:
        forms.setdefault(r[0], {"id": r[0], "canonical": r[1], "type": r[2], "mentions": r[3], "forms": []})["forms"].append(r[4])
    group_by_entity(out, linker(forms.values()))  # the names of one body together
    if len(_NAMED_CACHE) > 8:
        _NAMED_CACHE.clear()
    _NAMED_CACHE[key] = out
    return out


# -- entities -----------------------------------------------------------------------------------
def entities_list(store: Any, *, type: str | None = None, page: int = 1, per: int = 100) -> dict[str, Any]:
    limit, offset = page_args(page, per)
    where, args = (" WHERE type = ?", (type,)) if type else ("", ())
    rows = store.conn.execute(f"""SELECT id, canonical, type, mentions, lat, lon,
        (SELECT count(*) FROM entity_forms f WHERE f.entity = e.id) AS forms FROM entities e{where}
        ORDER BY mentions DESC, canonical LIMIT ? OFFSET ?""", (*args, limit, offset))
    total = store.conn.execute(f"SELECT count(*) FROM entities{where}", args).fetchone()[0]
    return {"entities": [dict(r) for r in rows], "total": total, "page": max(1, page), "per_page": limit, "type": type}


def entity_detail(store: Any, eid: str, *, page: int = 1, per: int = 200) -> dict[str, Any] | None:
    """An entity: canonical name, every surface form (and why it joined), its mentions with links."""
    c = store.conn
    r = c.execute("SELECT id, canonical, type, lat, lon, gazetteer_id, country, mentions, merges FROM entities WHERE id = ?",
                  (eid,)).fetchone()
    if r is None:
        return None
    ent = {**dict(r), "merges": _load(r["merges"]) or []}
    forms = [x[0] for x in c.execute("SELECT form FROM entity_forms WHERE entity = ? ORDER BY form", (eid,))]
    limit, offset = page_args(page, per)
    rows = c.execute("""SELECT doc, span_start, span_end, text, type FROM mentions WHERE canonical = ?
                        AND (extra IS NULL OR extra NOT LIKE '%"furniture"%') ORDER BY doc, ordinal LIMIT ? OFFSET ?""", (ent["canonical"], limit, offset))
    mentions = [{**dict(m), "href": passage_href(m["doc"], m["span_start"], m["span_end"])} for m in rows]
    return {"entity": ent, "forms": forms, "mentions": mentions, "page": max(1, page), "per_page": limit,
            "reviews": store.reviews("entity", eid), "review": latest_reviews(store, "entity", [eid]).get(eid)}


# -- timeline -----------------------------------------------------------------------------------
def timeline_events(store: Any, *, place: str | None = None, type: str | None = None, entity: str | None = None,
                    start: str | None = None, end: str | None = None, page: int = 1, per: int = 200) -> dict[str, Any]:
    """Dated events in order, filtered by place (of their claims or entities), source type (of their
    claims), entity (canonical name) and date range; events stating another time are marked."""
    conds: list[str] = []
    args: list[Any] = []
    facets_of = _event_facets(store) if (place or type or entity) else {}
    for key, val in (("place", place), ("type", type), ("entity", entity)):
        if val:
            conds.append("t.rowid IN (SELECT value FROM json_each(?))")
            args.append(json.dumps(sorted(facets_of[key].get(val, ()))))
    if start:
        conds.append("t.when_iso >= ?")
        args.append(start)
    if end:
        conds.append("substr(t.when_iso, 1, length(?)) <= ?")
        args += [end, end]
    where = (" WHERE " + " AND ".join(conds)) if conds else ""
    limit, offset = page_args(page, per)
    c = store.conn
    total = c.execute(f"SELECT count(*) FROM timeline t{where}", args).fetchone()[0]
    rows = c.execute(f"""SELECT t.id, t.doc, t.when_iso, t.label, t.span_start, t.span_end, t.quote, t.tz, t.certainty,
                                t.claims, t.entities, t.conflicts, t.also FROM timeline t{where}
                         ORDER BY t.when_iso, t.rowid LIMIT ? OFFSET ?""", (*args, limit, offset))
    events = []
    for r in rows:
        e = dict(r)
        for k in ("claims", "entities", "conflicts", "also"):
            e[k] = _load(e[k]) or []
        e["href"] = passage_href(e["doc"], e["span_start"], e["span_end"]) if e["doc"] else None
        events.append(e)
    facets = {
        "places": [x[0] for x in c.execute(
            "SELECT canonical FROM entities WHERE type = 'place' ORDER BY mentions DESC, canonical LIMIT 100")],
        "entities": [x[0] for x in c.execute(
            "SELECT canonical FROM entities ORDER BY mentions DESC, canonical LIMIT 200")],
        "types": [t for t in SOURCE_TYPES
                  if c.execute("SELECT 1 FROM claims WHERE source_type = ? LIMIT 1", (t,)).fetchone()],
    }
    span = c.execute("SELECT min(when_iso), max(when_iso) FROM timeline").fetchone()
    hist = [{"day": r[0], "events": r[1], "conflicts": r[2]} for r in c.execute(
        f"""SELECT substr(t.when_iso, 1, 10) AS day, count(*), sum(t.conflicts IS NOT NULL AND t.conflicts != '[]')
            FROM timeline t{where} GROUP BY day ORDER BY day LIMIT 1000""", args)]
    return {"events": events, "total": total, "page": max(1, page), "per_page": limit, "facets": facets,
            "filters": {"place": place, "type": type, "entity": entity, "from": start, "to": end},
            "range": [span[0], span[1]], "histogram": hist}


_FACET_CACHE: dict[tuple[Any, ...], dict[str, dict[str, set[int]]]] = {}


def _event_facets(store: Any) -> dict[str, dict[str, set[int]]]:
    """Timeline rowids by place (of their claims, or an entity they name), by source type of their
    claims and by entity: built in one pass, kept until the timeline or the claims change."""
    c = store.conn
    key = (str(store.path), *c.execute("SELECT max(rowid), count(*) FROM timeline").fetchone(),
           *c.execute("SELECT max(rowid), count(*) FROM claims").fetchone())
    if key in _FACET_CACHE:
        return _FACET_CACHE[key]
    claims = {r[0]: (r[1], r[2]) for r in c.execute("SELECT id, source_type, place FROM claims")}
    out: dict[str, dict[str, set[int]]] = {"place": {}, "type": {}, "entity": {}}
    for rowid, cl, ents in c.execute("SELECT rowid, claims, entities FROM timeline"):
        for cid in _load(cl) or []:
            typ, plc = claims.get(cid, (None, None))
            if typ:
                out["type"].setdefault(typ, set()).add(rowid)
            if plc:
                out["place"].setdefault(plc, set()).add(rowid)
        for e in _load(ents) or []:
            out["entity"].setdefault(e, set()).add(rowid)
            out["place"].setdefault(e, set()).add(rowid)
    if len(_FACET_CACHE) > 4:
        _FACET_CACHE.clear()
    _FACET_CACHE[key] = out
    return out


# -- search -------------------------------------------------------------------------------------
def search(store: Any, query: str, *, limit: int = 50) -> dict[str, Any]:
    """Full-text search across scripts (``Zhanatas`` finds ``Жанатас``), each hit linked to its
    first matching passage."""
    hits = store.search(query, limit=limit) if query.strip() else []
    for h in hits:
        s = h["spans"][0] if h["spans"] else None
        h["href"] = passage_href(h["doc"], s[0], s[1]) if s else doc_href(h["doc"])
        h["matches"] = len(h["spans"])
    return {"query": query, "hits": hits}
