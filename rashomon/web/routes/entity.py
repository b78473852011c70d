"""Entities: the list, and one entity with every surface form and mention; merge and split forms."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from ... import review
from .. import queries
from ..deps import back, cfg, check_write, not_found, qint, qstr, store
from ..deps import page as render

router = APIRouter()


@router.get("/entities")
@router.get("/entities.json")
def entities(request: Request) -> Response:
    data = queries.entities_list(store(request), type=qstr(request, "type", 20), page=qint(request, "page"))
    return render(request, "entities.html", data)


@router.get("/entity/{eid}")
@router.get("/entity/{eid}.json")
def entity(request: Request, eid: str) -> Response:
    data = queries.entity_detail(store(request), eid, page=qint(request, "page"))
    if data is None:
        return not_found(request, "entity")
    return render(request, "entity.html", data)


@router.post("/entity/{eid}/merge")
async def merge(request: Request, eid: str) -> Response:
    who, form = await check_write(request)
    other = str(form.get("other") or "").strip()
    with cfg(request).writing() as w:
        if other and not w.conn.execute("SELECT 1 FROM entities WHERE id = ?", (other,)).fetchone():
            # accept a canonical name too
            row = w.conn.execute("SELECT id FROM entities WHERE canonical = ? ORDER BY mentions DESC", (other,)).fetchone()
            other = row[0] if row else other
        try:
            review.merge_entities(w, eid, other, who, note=str(form.get("note") or ""))
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
    return back(f"/entity/{eid}#reviews")


@router.post("/entity/{eid}/split")
async def split(request: Request, eid: str) -> Response:
    who, form = await check_write(request)
    forms = form.get("forms") or []
    forms = forms if isinstance(forms, list) else [forms]
    with cfg(request).writing() as w:
        try:
            review.split_entity(w, eid, [str(f) for f in forms], who, canonical=str(form.get("canonical") or "") or None,
                                note=str(form.get("note") or ""))
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
    return back(f"/entity/{eid}#reviews")
