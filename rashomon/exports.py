"""Exports written beside the contract files by `write_all(dossier, out_dir)`:

- ``claims.csv``: one claim a row, flattened (source name/type, value lo/hi, offsets, question id).
  Text cells that a spreadsheet would run as a formula (starting ``= + - @``, tab or CR) get a leading
  ``'``; ``claims.jsonl`` keeps the exact text.
- ``timelinejs.json``: the TimelineJS 3 JSON format (``title`` slide, ``events`` with ``start_date``
  {year, month, day, hour, minute}, ``end_date`` for intervals, ``text`` {headline, text}, ``group``).
  TimelineJS renders ``text`` as HTML, so all of it is escaped.
- ``places.geojson``: a FeatureCollection of the place entities that have coordinates, with their claims.
- ``annotations.jsonld``: a W3C Web Annotation collection, one annotation per piece of evidence
  (claims and timeline events), targeting the extracted document text with a TextQuoteSelector (exact,
  prefix, suffix) and a TextPositionSelector (start, end); the body holds the claim as text and JSON.
- ``documents.jsonl``: every document's metadata, hash and extracted text.
- ``independence.json``: document families and the copied or translated passages linking them
  (`rashomon.independence`), with the evidence for each link.
"""

from __future__ import annotations

import csv
import json
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._view import fmt_value, independence_of, safe_url

if TYPE_CHECKING:
    from .dossier import Dossier

CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector
CSV_FIELDS = ("id", "doc", "measure", "value", "value_lo", "value_hi", "qualifier", "group", "source_name", "source_type",
              "modality", "place", "when", "report_date", "span_start", "span_end", "quote", "lang", "question", "rule")


def write_all(d: Dossier, out: str | Path) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "claims.csv", out / "timelinejs.json", out / "places.geojson", out / "annotations.jsonld",
             out / "documents.jsonl", out / "independence.json"]
    write_claims_csv(d, paths[0])
    _dump(paths[1], timelinejs(d))
    _dump(paths[2], places_geojson(d))
    _dump(paths[3], annotations(d))
    with paths[4].open("w", encoding="utf-8") as f:
        for row in documents(d):
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    _dump(paths[5], independence_of(d).to_json())
    return paths


def _dump(path: Path, obj: Any) -> None:
    with path.open("w", encoding="utf-8") as f:  # streamed: never the whole text in memory at once
        out: list[str] = []
        _pretty(obj, "\n ", out, f)
        out.append("\n")
        f.write("".join(out))


_ENC_STR = json.encoder.encode_basestring  # the C escaper when available, as json.dump(ensure_ascii=False)
_SCALAR_JSON = json.JSONEncoder(ensure_ascii=False, allow_nan=True)


def _key(k: Any) -> str:
    """A dict key as ``json.dump`` writes it."""
    if isinstance(k, str):
        return _ENC_STR(k)
    if isinstance(k, (float, int, bool)) or k is None:
        return _ENC_STR(_SCALAR_JSON.encode(k))
    raise TypeError(f"keys must be str, int, float, bool or None, not {k.__class__.__name__}")


_CONST = {None: "null", True: "true", False: "false"}


def _pretty(o: Any, nl: str, out: list[str], f: Any) -> None:
    """Append ``json.dump(o, ensure_ascii=False, indent=1)`` to ``out`` (``nl`` is the newline and
    indentation of this level's items); flushed to ``f`` in batches. Byte-identical to ``json``'s own
    pretty printer, which is pure Python and several times slower."""
    t = type(o)
    if t is str:
        out.append(_ENC_STR(o))
    elif t is dict or (t is not list and t is not tuple and isinstance(o, dict)):
        if not o:
            out.append("{}")
            return
        sep = "{" + nl
        deeper = nl + " "
        for k, v in o.items():
            out.append(sep)
            out.append(_ENC_STR(k) if type(k) is str else _key(k))
            out.append(": ")
            tv = type(v)
            if tv is str:
                out.append(_ENC_STR(v))
            elif tv is int:
                out.append(int.__repr__(v))
            elif v is None or tv is bool:
                out.append(_CONST[v])
            else:
                _pretty(v, deeper, out, f)
            sep = "," + nl
        out.append(nl[:-1] + "}")
    elif isinstance(o, (list, tuple)):
        if not o:
            out.append("[]")
            return
        sep = "[" + nl
        deeper = nl + " "
        for v in o:
            out.append(sep)
            tv = type(v)
            if tv is str:
                out.append(_ENC_STR(v))
            elif tv is int:
                out.append(int.__repr__(v))
            else:
                _pretty(v, deeper, out, f)
            sep = "," + nl
        out.append(nl[:-1] + "]")
        if len(out) > 65536:
            f.write("".join(out))
            out.clear()
    elif isinstance(o, str):
        out.append(_ENC_STR(o))
    else:  # None, bool, int, float, or anything json itself would refuse
        out.append(_SCALAR_JSON.encode(o))


def _cell(v: Any) -> Any:
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return "" if v is None else v


def claim_rows(d: Dossier) -> list[dict[str, Any]]:
    q_of = {cid: q.id for q in d.questions for v in q.values for cid in v.claims}
    rows = []
    for c in d.claims:
        lo = hi = None
        if isinstance(c.value, (tuple, list)):
            lo, hi = min(c.value), max(c.value)
        elif c.value is not None:
            lo = hi = c.value
        rows.append({
            "id": c.id, "doc": c.doc, "measure": c.measure,
            "value": f"{lo}-{hi}" if isinstance(c.value, (tuple, list)) else c.value, "value_lo": lo, "value_hi": hi,
            "qualifier": c.qualifier, "group": c.group, "source_name": c.source.name if c.source else None,
            "source_type": c.source.type if c.source else (getattr(c, "source_type", None) or "author"), "modality": c.modality, "place": c.place,
            "when": c.when, "report_date": c.report_date, "span_start": c.span[0], "span_end": c.span[1], "quote": c.quote,
            "lang": c.lang, "question": q_of.get(c.id), "rule": c.rule,
        })
    return rows


def write_claims_csv(d: Dossier, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=CSV_FIELDS)
        w.writeheader()
        for r in claim_rows(d):
            w.writerow({k: _cell(r[k]) for k in CSV_FIELDS})


def _tl_date(iso: str) -> dict[str, str] | None:
    """``2011-12-16T12:52+05:00`` -> {"year": "2011", "month": "12", "day": "16", "hour": "12", "minute": "52"}."""
    date, _, time = iso.strip().partition("T")
    parts = date.split("-")
    if not parts or not parts[0].lstrip("-").isdigit():
        return None
    out = {"year": str(int(parts[0]))}
    for key, p in zip(("month", "day"), parts[1:3], strict=False):
        if p.isdigit():
            out[key] = str(int(p))
    if time and "day" in out:
        hm = time[:5].split(":")
        if len(hm) == 2 and all(x.isdigit() for x in hm):
            out["hour"], out["minute"] = str(int(hm[0])), str(int(hm[1]))
    return out


def timelinejs(d: Dossier) -> dict[str, Any]:
    events = []
    for e in d.timeline:
        start, _, end = (e.when or "").partition("/")
        sd = _tl_date(start)
        if sd is None:
            continue
        doc = d.docs.get(e.doc)
        conflict = f"<p><strong>Conflicts with:</strong> {escape(', '.join(e.conflicts))}</p>" if e.conflicts else ""
        ev: dict[str, Any] = {
            "start_date": sd,
            "text": {"headline": escape(e.label or e.when),
                     "text": f"<blockquote>{escape(e.quote)}</blockquote><p>{escape(e.doc)} "
                             f"[{e.span[0]}:{e.span[1]}]</p>{conflict}"},
            "group": (doc.lang if doc and doc.lang else "unknown"),
            "unique_id": e.id,
            "autolink": False,  # quotes are hostile text: never turn their URLs into links
            "display_date": escape(e.when + (f" ({e.tz})" if e.tz and e.tz not in e.when else "")),
        }
        ed = _tl_date(end) if end else None
        if ed:
            ev["end_date"] = ed
        events.append(ev)
    n_docs = len(d.docs)
    return {"title": {"text": {"headline": "Rashomon timeline",
                               "text": f"<p>{len(events)} dated events from {n_docs} documents</p>"}},
            "events": events}


def places_geojson(d: Dossier) -> dict[str, Any]:
    features = []
    for en in d.entities:
        if en.type != "place" or en.lat is None or en.lon is None:
            continue
        names = {en.canonical, *en.forms}
        claims = [c for c in d.claims if c.place in names]
        features.append({
            "type": "Feature", "id": en.id,
            "geometry": {"type": "Point", "coordinates": [en.lon, en.lat]},
            "properties": {
                "name": en.canonical, "forms": en.forms, "country": en.country, "gazetteer_id": en.gazetteer_id,
                "mentions": en.mentions,
                "claims": [{"id": c.id, "doc": c.doc, "measure": c.measure,
                            "value": list(c.value) if isinstance(c.value, tuple) else c.value, "qualifier": c.qualifier,
                            "source": c.source.to_json() if c.source else None, "modality": c.modality, "when": c.when,
                            "text": fmt_value(c.value, c.qualifier)} for c in claims],
                "questions": sorted({q.id for q in d.questions if q.place in names}),
            },
        })
    return {"type": "FeatureCollection", "features": features}


def _doc_iri(doc_id: str) -> str:
    return "urn:rashomon:doc:" + quote(doc_id, safe="")


def _target(d: Dossier, doc_id: str, span: tuple[int, int]) -> dict[str, Any]:
    doc = d.docs.get(doc_id)
    text = doc.text if doc else ""
    s, e = span
    target: dict[str, Any] = {
        "source": _doc_iri(doc_id),
        "selector": [
            {"type": "TextQuoteSelector", "exact": text[s:e], "prefix": text[max(0, s - CONTEXT):s],
             "suffix": text[e:e + CONTEXT]},
            {"type": "TextPositionSelector", "start": s, "end": e},
        ],
    }
    if doc and safe_url(doc.url):
        target["scope"] = doc.url
    return target


def annotations(d: Dossier) -> dict[str, Any]:
    items = []
    for c in d.claims:
        desc = f"{c.measure}: {fmt_value(c.value, c.qualifier)}"
        if c.source:
            desc += f" (according to {c.source.name}, {c.source.type})"
        if c.modality != "asserted":
            desc += f" [{c.modality}]"
        items.append({
            "id": f"urn:rashomon:claim:{quote(c.id, safe='')}", "type": "Annotation", "motivation": "describing",
            "body": [{"type": "TextualBody", "value": desc, "format": "text/plain", "language": "en", "purpose": "describing"},
                     {"type": "TextualBody", "value": json.dumps(c.to_json(), ensure_ascii=False),
                      "format": "application/json", "purpose": "tagging"}],
            "target": _target(d, c.doc, c.span),
        })
    for e in d.timeline:
        items.append({
            "id": f"urn:rashomon:event:{quote(e.id, safe='')}", "type": "Annotation", "motivation": "describing",
            "body": {"type": "TextualBody", "value": f"{e.when}: {e.label}", "format": "text/plain", "language": "en"},
            "target": _target(d, e.doc, e.span),
        })
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:rashomon:annotations",
            "type": "AnnotationCollection", "label": "Rashomon evidence", "total": len(items),
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}


def documents(d: Dossier) -> list[dict[str, Any]]:
    from .dossier import document_summary

    return [{**document_summary(doc), "text": doc.text} for doc in d.docs.values()]
