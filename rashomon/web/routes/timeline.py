"""The timeline: dated events in order, filtered on the server by place, source type, entity and a
date window (the zoom buttons of static/app.js narrow or widen that window); conflicts marked."""

from __future__ import annotations

from urllib.parse import urlencode

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from .. import queries
from ..deps import page as render
from ..deps import qint, qstr, store
from ..minichart import day_bars

router = APIRouter()


@router.get("/timeline")
@router.get("/timeline.json")
def timeline(request: Request) -> Response:
    data = queries.timeline_events(store(request), place=qstr(request, "place", 200), type=qstr(request, "type", 40),
                                   entity=qstr(request, "entity", 200), start=qstr(request, "from", 40),
                                   end=qstr(request, "to", 40), page=qint(request, "page"))
    keep = [(k, v) for k, v in request.query_params.multi_items() if k not in ("from", "to", "page")]

    def day_href(day: str) -> str:
        return "/timeline?" + urlencode([*keep, ("from", day), ("to", day)])

    return render(request, "timeline.html", data, extra={"bars": Markup(day_bars(data["histogram"], day_href))})
