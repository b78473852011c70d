"""Sources: every named source with its type and claim count, and every document with its count."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response

from .. import queries
from ..deps import page as render
from ..deps import qint, qstr, store

router = APIRouter()


@router.get("/sources")
@router.get("/sources.json")
def sources(request: Request) -> Response:
    since = qstr(request, "since", 64)
    try:
        data = queries.sources(store(request), page=qint(request, "page"), since=since)
    except ValueError:
        raise HTTPException(400, "since must be an ISO 8601 date or time") from None
    return render(request, "sources.html", data, extra={"since_raw": since or ""})
