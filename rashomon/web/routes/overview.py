"""The overview: every question, contested first, its spread drawn small; ``?since=ISO`` keeps what
arrived since then (documents stored at or after that time)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import Response
from markupsafe import Markup

from .. import queries
from ..deps import page as render
from ..deps import qint, qstr, store
from ..minichart import spread

router = APIRouter()


@router.get("/index.json")
@router.get("/")
@router.get("/.json")
def overview(request: Request) -> Response:
    since = qstr(request, "since", 64)
    try:
        data = queries.overview(store(request), since=since, page=qint(request, "page"))
    except ValueError:
        raise HTTPException(400, "since must be an ISO 8601 date or time, e.g. 2023-05-18 or 2023-05-18T12:00Z") from None
    charts = {q["id"]: Markup(spread(q["values"], q["text"] or q["id"], q["contested"])) for q in data["questions"]}
    return render(request, "overview.html", data, extra={"charts": charts, "since_raw": since or ""})
