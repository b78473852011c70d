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

The JSON exports are indented objects whose lists hold one compact item a line: they are written as a
stream (never one string in memory), and line tools (grep, head, diff) see one record a line.
"""

from __future__ import annotations

import csv
import heapq
import json
import re
from array import array
from collections.abc import Callable, Container, Iterable, Iterator, Mapping
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ._dochead import DocHead, heads
from ._spill import release_memory
from ._view import fmt_value, independence_of, safe_url

if TYPE_CHECKING:
    from .dossier import Dossier
    from .model import Claim

CONTEXT = 32  # characters of prefix/suffix in a TextQuoteSelector
CSV_FIELDS = ("id", "doc", "measure", "value", "value_lo", "value_hi", "qualifier", "group", "source_name", "source_type",
              "modality", "place", "when", "report_date", "span_start", "span_end", "quote", "lang", "question", "rule")


def write_all(d: Dossier, out: str | Path, *, also: Callable[[str], Any] | None = None) -> list[Path]:
    """Write the exports into ``out``. One pass over the claims writes their annotations and claims.csv,
    finds places.geojson's claims and gives ``also`` each claim's JSON (`_ClaimsCsv`)."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    paths = [out / "claims.csv", out / "timelinejs.json", out / "places.geojson", out / "annotations.jsonld",
             out / "documents.jsonl", out / "independence.json"]
    located = _located(d)
    with paths[0].open("w", encoding="utf-8", newline="") as f:
        rows = _ClaimsCsv(d, f, located[1], also)
        _dump(paths[3], annotations(d, stream=True, each=rows))
        rows.close()
    _dump(paths[1], timelinejs(d, stream=True))
    _dump(paths[2], places_geojson(d, stream=True, located=located, claims_at=rows.claims_at))
    with paths[4].open("w", encoding="utf-8") as f:
        for row in documents(d):
            f.write(_COMPACT(row) + "\n")
    ind = independence_of(d)
    _dump(paths[5], {"families": ind.families(), "links": (x.to_json() for x in ind.links)})
    release_memory()  # what the exports freed goes back to the system
    return paths


def _dump(path: Path, obj: Any) -> None:
    """Write ``obj`` as JSON that stays readable and streams: objects are indented, and every list is
    written one item a line (each item compact), so a large export is never one string in memory and a
    line-oriented tool (grep, head, diff) sees one record a line. Lists may be given as iterators."""
    with path.open("w", encoding="utf-8") as f:
        _write(f, obj, "\n")
        f.write("\n")


_COMPACT = json.JSONEncoder(ensure_ascii=False).encode


class _Lazy:
    """A list written as it is produced: ``factory()`` gives its items (again on each call). Inside a
    record written on one line it is encoded item by item (`_write_compact`), with the same bytes as
    the list would have; `materialize` turns it into the list, for callers that want objects."""

    def __init__(self, factory: Any) -> None:
        self.factory = factory

    def __call__(self) -> Iterator[Any]:
        return self.factory()


def materialize(o: Any) -> Any:
    """``o`` with every `_Lazy` inside it made a list."""
    if isinstance(o, _Lazy):
        return [materialize(x) for x in o()]
    if isinstance(o, dict):
        return {k: materialize(v) for k, v in o.items()}
    if isinstance(o, list):
        return [materialize(x) for x in o]
    return o


def _has_lazy(o: Any) -> bool:
    if isinstance(o, _Lazy):
        return True
    if isinstance(o, dict):
        return any(_has_lazy(v) for v in o.values())
    if isinstance(o, list):
        return any(_has_lazy(v) for v in o)
    return False


def _write_compact(f: Any, o: Any) -> None:
    """``f.write(_COMPACT(o))`` for a record that holds `_Lazy` lists, piece by piece (same bytes)."""
    if isinstance(o, dict):
        f.write("{")
        for n, (k, v) in enumerate(o.items()):
            f.write(("" if n == 0 else ", ") + _COMPACT(str(k)) + ": ")
            _write_compact(f, v)
        f.write("}")
    elif isinstance(o, (list, _Lazy)):
        f.write("[")
        batch: list[Any] = []  # items encoded together: "[a, b]"[1:-1] is "a, b"
        sep = ""
        for x in o() if isinstance(o, _Lazy) else o:
            batch.append(x)
            if len(batch) >= _BATCH:
                sep = _flush(f, batch, sep)
        _flush(f, batch, sep)
        f.write("]")
    else:
        f.write(_COMPACT(o))


_BATCH = 256  # items of a list inside a one-line record encoded in one call


def _flush(f: Any, batch: list[Any], sep: str) -> str:
    """Write the list items ``batch`` (after ``sep``), at once unless one holds a `_Lazy` list; empties
    ``batch``; returns the separator of the next item."""
    if not batch:
        return sep
    try:
        f.write(sep + _COMPACT(batch)[1:-1])
    except TypeError:
        if not any(_has_lazy(x) for x in batch):
            raise
        for x in batch:
            f.write(sep)
            _write_compact(f, x)
            sep = ", "
    batch.clear()
    return ", "


def _write(f: Any, o: Any, nl: str) -> None:
    if isinstance(o, dict):
        if not o:
            f.write("{}")
            return
        sep = "{"
        for k, v in o.items():
            f.write(f"{sep}{nl} {_COMPACT(str(k))}: ")
            _write(f, v, nl + " ")
            sep = ","
        f.write(nl + "}")
    elif isinstance(o, (list, tuple, Iterator)):
        sep, empty, buf = "[", True, []
        for item in o:
            try:  # most records hold no `_Lazy` list: encoding one is the cheapest way to find out
                line = _COMPACT(item)
            except TypeError:
                if not _has_lazy(item):
                    raise
                line = None
            if line is None:  # a record with a long list inside: written as its items come
                f.write("".join(buf))
                buf.clear()
                f.write(f"{sep}{nl} ")
                _write_compact(f, item)
            else:
                buf.append(f"{sep}{nl} {line}")
            sep, empty = ",", False
            if len(buf) >= 512:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
        f.write("[]" if empty else nl + "]")
    else:
        f.write(_COMPACT(o))


def _cell(v: Any) -> Any:
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return "" if v is None else v


def claim_rows(d: Dossier) -> Iterator[dict[str, Any]]:
    from .questions import question_ids

    for c, qid in zip(d.claims, question_ids(d.claims, d.questions), strict=True):
        yield _claim_row(c, qid)


def _claim_row(c: Claim, qid: str | None) -> dict[str, Any]:
    lo = hi = None
    if isinstance(c.value, (tuple, list)):
        lo, hi = min(c.value), max(c.value)
    elif c.value is not None:
        lo = hi = c.value
    return {
        "id": c.id, "doc": c.doc, "measure": c.measure,
        "value": f"{lo}-{hi}" if isinstance(c.value, (tuple, list)) else c.value, "value_lo": lo, "value_hi": hi,
        "qualifier": c.qualifier, "group": c.group, "source_name": c.source.name if c.source else None,
        "source_type": c.source.type if c.source else (getattr(c, "source_type", None) or "author"), "modality": c.modality, "place": c.place,
        "when": c.when, "report_date": c.report_date, "span_start": c.span[0], "span_end": c.span[1], "quote": c.quote,
        "lang": c.lang, "question": qid, "rule": c.rule,
    }


class _ClaimsCsv:
    """claims.csv written a claim at a time, by whichever pass over the claims calls it (`write_all`:
    the annotations'), with what else that pass feeds: the positions of the claims whose place is one of
    ``places`` (`places_geojson`'s ``claims_at``) and ``also``, given each claim's JSON (one line of
    claims.jsonl, `Dossier.write`'s). The claims may be read from disk: each pass unpickles them all."""

    def __init__(self, d: Dossier, f: Any, places: Container[str] = (), also: Callable[[str], Any] | None = None) -> None:
        from .questions import question_ids

        w = csv.writer(f)  # `csv.DictWriter`'s output, each row given as a list (its per-row dict checks cost)
        w.writerow(CSV_FIELDS)
        self._write = w.writerow
        self._qids = question_ids(d.claims, d.questions)
        self._places, self._also = places, also
        self.claims_at: dict[str, array[int]] = {}
        self._i = 0

    def __call__(self, c: Claim, encoded: str | None = None) -> None:
        """Claim ``c`` (the next one), and its JSON when known (`_COMPACT` of its ``to_json()``)."""
        qid = next(self._qids, _END)
        if qid is _END:  # as ``zip(strict=True)`` (a StopIteration would end the annotations' generator)
            raise ValueError("question_ids() is shorter than the claims")
        r = _claim_row(c, qid)
        self._write([_cell(r[k]) for k in CSV_FIELDS])
        if self._also is not None:
            self._also(_COMPACT(c.to_json()) if encoded is None else encoded)
        if c.place in self._places:
            at = self.claims_at.get(c.place)
            if at is None:
                at = self.claims_at[c.place] = array("q")
            at.append(self._i)
        self._i += 1

    def close(self) -> None:
        if next(self._qids, _END) is not _END:  # as ``zip(strict=True)``
            raise ValueError("question_ids() is longer than the claims")


_END = object()


def write_claims_csv(d: Dossier, path: Path, *, places: Container[str] = (),
                     also: Callable[[str], Any] | None = None) -> dict[str, array[int]]:
    """Write claims.csv; returns the positions of the claims by place (see `_ClaimsCsv`)."""
    with path.open("w", encoding="utf-8", newline="") as f:
        rows = _ClaimsCsv(d, f, places, also)
        for c in d.claims:
            rows(c)
        rows.close()
    return rows.claims_at


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


def timelinejs(d: Dossier, *, stream: bool = False) -> dict[str, Any]:
    """The TimelineJS 3 document; with ``stream``, ``events`` is an iterator (for `write_all`)."""
    def dated() -> Iterator[Any]:  # the timeline is read twice (count, then events), never held
        return (e for e in d.timeline if _tl_date((e.when or "").partition("/")[0]) is not None)

    n = sum(1 for _ in dated())
    h = heads(d.docs)  # an event's group is its document's language: the text is not read
    events = (_tl_event(h, e) for e in dated())
    return {"title": {"text": {"headline": "Rashomon timeline",
                               "text": f"<p>{n} dated events from {len(d.docs)} documents</p>"}},
            "events": events if stream else list(events)}


def _tl_event(docs: Mapping[str, DocHead], e: Any) -> dict[str, Any]:
    start, _, end = (e.when or "").partition("/")
    doc = docs.get(e.doc)
    conflict = f"<p><strong>Conflicts with:</strong> {escape(', '.join(e.conflicts))}</p>" if e.conflicts else ""
    ev: dict[str, Any] = {
        "start_date": _tl_date(start),
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
    return ev


def _located(d: Dossier) -> tuple[list[Any], set[str]]:
    """The place entities with coordinates, and their names and forms."""
    places = [en for en in d.entities if en.type == "place" and en.lat is not None and en.lon is not None]
    return places, {name for en in places for name in (en.canonical, *en.forms)}


def places_geojson(d: Dossier, *, stream: bool = False, located: tuple[list[Any], set[str]] | None = None,
                   claims_at: dict[str, array[int]] | None = None) -> dict[str, Any]:
    """Place entities with coordinates as GeoJSON points, with their claims and questions. ``located``
    (`_located`) and ``claims_at`` (positions of the claims by place, `write_claims_csv`'s) when known."""
    places, wanted = located if located is not None else _located(d)
    if claims_at is None:
        claims_at = {}  # positions (8 bytes each): the claims are read per feature
        for i, c in enumerate(d.claims):  # one pass, not one per place
            if c.place in wanted:
                at = claims_at.get(c.place)
                if at is None:
                    at = claims_at[c.place] = array("q")
                at.append(i)
    questions_at: dict[str, set[str]] = {}
    from .questions import _summary

    summary = _summary(d.questions)
    ids = getattr(d.questions, "ids", None)
    if summary is not None and ids is not None and len(ids) == len(d.questions):  # without reading the questions
        pairs: Any = zip(summary[1], ids, strict=True)
    else:
        pairs = ((q.place, q.id) for q in d.questions)
    for place, qid in pairs:
        if place in wanted:
            questions_at.setdefault(place, set()).add(qid)
    features = (_feature(en, d.claims, claims_at, questions_at) for en in places)
    return {"type": "FeatureCollection", "features": features if stream else [materialize(f) for f in features]}


def _feature(en: Any, all_claims: Any, claims_at: dict[str, array[int]], questions_at: dict[str, set[str]]) -> dict[str, Any]:
    """One place's feature; its claims are read one at a time as the feature is written (`_Lazy`), so a
    place named by most of a large corpus's claims is never held whole (nor their positions copied)."""
    names = list(dict.fromkeys((en.canonical, *en.forms)))
    claims = _Lazy(lambda: (all_claims[i] for i in _merged(claims_at.get(n, ()) for n in names)))
    return {
        "type": "Feature", "id": en.id,
        "geometry": {"type": "Point", "coordinates": [en.lon, en.lat]},
        "properties": {
            "name": en.canonical, "forms": en.forms, "country": en.country, "gazetteer_id": en.gazetteer_id,
            "mentions": en.mentions,
            "claims": _Lazy(lambda: ({"id": c.id, "doc": c.doc, "measure": c.measure,
                        "value": list(c.value) if isinstance(c.value, tuple) else c.value, "qualifier": c.qualifier,
                        "source": c.source.to_json() if c.source else None, "modality": c.modality, "when": c.when,
                        "text": fmt_value(c.value, c.qualifier)} for c in claims())),
            "questions": sorted({i for n in names for i in questions_at.get(n, ())}),
        },
    }


def _merged(runs: Iterable[Iterable[int]]) -> Iterator[int]:
    """The numbers of ascending ``runs``, ascending, each once: ``sorted(set(chain(*runs)))`` one at a time."""
    last = None
    for i in heapq.merge(*runs):
        if i != last:
            yield i
            last = i


#: strings that ``quote(s, safe="")`` leaves as they are (ASCII letters, digits and ``_.-~``)
_UNQUOTED = re.compile(r"[A-Za-z0-9_.~-]*")


def _quote(s: str) -> str:
    """``urllib.parse.quote(s, safe="")``, without its per-character work for the usual id."""
    return s if _UNQUOTED.fullmatch(s) else quote(s, safe="")


def _doc_iri(doc_id: str) -> str:
    return "urn:rashomon:doc:" + _quote(doc_id)


class _Targets:
    """`_target` for many pieces of evidence: what depends only on the document (its text, IRI and
    scope) is looked up once for a run of evidence from the same document (claims come in document
    order)."""

    def __init__(self, d: Dossier) -> None:
        self.docs = d.docs
        self.doc_id: Any = object()
        self.text, self.iri, self.scope = "", "", None

    def __call__(self, doc_id: str, span: tuple[int, int]) -> dict[str, Any]:
        if doc_id != self.doc_id:
            doc = self.docs.get(doc_id)
            self.doc_id, self.iri = doc_id, _doc_iri(doc_id)
            self.text = doc.text if doc else ""
            self.scope = doc.url if doc and safe_url(doc.url) else None
        text = self.text
        s, e = span
        target: dict[str, Any] = {
            "source": self.iri,
            "selector": [
                {"type": "TextQuoteSelector", "exact": text[s:e], "prefix": text[max(0, s - CONTEXT):s],
                 "suffix": text[e:e + CONTEXT]},
                {"type": "TextPositionSelector", "start": s, "end": e},
            ],
        }
        if self.scope is not None:
            target["scope"] = self.scope
        return target


def annotations(d: Dossier, *, stream: bool = False, each: Callable[[Claim, str], Any] | None = None) -> dict[str, Any]:
    """The W3C Web Annotation collection; with ``stream``, ``items`` is an iterator (for `write_all`),
    which gives ``each`` every claim and its JSON as it is read."""
    items = _annotation_items(d, each)
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:rashomon:annotations",
            "type": "AnnotationCollection", "label": "Rashomon evidence", "total": len(d.claims) + len(d.timeline),
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": items if stream else list(items)}}


def _annotation_items(d: Dossier, each: Callable[[Claim, str], Any] | None = None) -> Iterator[dict[str, Any]]:
    target = _Targets(d)
    for c in d.claims:
        encoded = _COMPACT(c.to_json())
        if each is not None:
            each(c, encoded)
        desc = f"{c.measure}: {fmt_value(c.value, c.qualifier)}"
        if c.source:
            desc += f" (according to {c.source.name}, {c.source.type})"
        if c.modality != "asserted":
            desc += f" [{c.modality}]"
        yield {
            "id": f"urn:rashomon:claim:{_quote(c.id)}", "type": "Annotation", "motivation": "describing",
            "body": [{"type": "TextualBody", "value": desc, "format": "text/plain", "language": "en", "purpose": "describing"},
                     {"type": "TextualBody", "value": encoded,
                      "format": "application/json", "purpose": "tagging"}],
            "target": target(c.doc, c.span),
        }
    for e in d.timeline:
        yield {
            "id": f"urn:rashomon:event:{_quote(e.id)}", "type": "Annotation", "motivation": "describing",
            "body": {"type": "TextualBody", "value": f"{e.when}: {e.label}", "format": "text/plain", "language": "en"},
            "target": target(e.doc, e.span),
        }


def documents(d: Dossier) -> Iterator[dict[str, Any]]:
    from .dossier import document_summary

    return ({**document_summary(doc), "text": doc.text} for doc in d.docs.values())
