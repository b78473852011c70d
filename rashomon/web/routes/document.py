"""A document: its text with claims, dates and entity mentions highlighted; ``?span=start-end`` marks
a passage (``id="passage"``) and ``#c-<claim id>`` lands on a claim; metadata, SHA-256, citations,
links and artefacts. Document ids may hold ``/`` and ``#``: the path is the id, percent-encoded.
``/doc/ID.json`` is the twin, unless ``ID.json`` is itself a document (then ``ID.json.json``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import queries
from ..deps import not_found, qint, store
from ..deps import page as render
from ..highlight import highlight, marks_of

router = APIRouter()


@router.get("/doc/{doc_id:path}")
def document(request: Request, doc_id: str) -> Response:
    s = store(request)
    as_json = False
    if doc_id.endswith(".json") and not s.has_document(doc_id):
        doc_id, as_json = doc_id[:-5], True
    data = queries.document_detail(s, doc_id)
    if data is None:
        return not_found(request, "document")
    target = queries.parse_span(request.query_params.get("span"), len(data["text"]))
    data["target"] = list(target) if target else None
    if as_json:
        return render(request, "document.html", data, json=True)
    html = highlight(data["text"], marks_of(data, target))
    return render(request, "document.html", data, extra={
        "marked": html, "json_href": queries.doc_href(doc_id) + ".json"})


@router.get("/claims")
@router.get("/claims.json")
def claims(request: Request) -> Response:
    q = request.query_params
    data = queries.claims_list(store(request), source=q.get("source"), type=q.get("type") or None,
                               measure=q.get("measure") or None, doc=q.get("doc") or None, page=qint(request, "page"))
    return render(request, "claims.html", data)
