"""The timeline: dated events in order, filtered on the server by place, source type, entity and a
date window (the zoom buttons of static/app.js narrow or widen that window); conflicts marked."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response

from .. import queries
from ..deps import page as render
from ..deps import qint, qstr, store

router = APIRouter()


@router.get("/timeline")
@router.get("/timeline.json")
def timeline(request: Request) -> Response:
    data = queries.timeline_events(store(request), place=qstr(request, "place", 200), type=qstr(request, "type", 40),
                                   entity=qstr(request, "entity", 200), start=qstr(request, "from", 40),
                                   end=qstr(request, "to", 40), page=qint(request, "page"))
    return render(request, "timeline.html", data)
