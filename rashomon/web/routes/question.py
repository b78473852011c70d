"""A question: every value with its sources, types, quotes and documents; the charts by source and
by report date; evolution per source; independence groups; the reviewer's decision and re-grading."""

from __future__ import annotations

from types import SimpleNamespace

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup

from ... import charts, review
from .. import queries
from ..app import _chart
from ..deps import not_found, qstr, store
from ..deps import page as render

router = APIRouter()


@router.get("/q/{qid}")
@router.get("/q/{qid}.json")
def question(request: Request, qid: str) -> Response:
    data = queries.question_detail(store(request), qid)
    if data is None:
        return not_found(request, "question")
    q = SimpleNamespace(text=data["question"].get("text") or qid)
    svg = {"by_source": Markup(_chart(charts.values_by_source(q, data["points"], "cs"))),
           "by_date": Markup(_chart(charts.values_by_date(q, data["points"], "cd")))}
    return render(request, "question.html", data, extra={"svg": svg, "grades": review.GRADES})


@router.get("/claim/{cid}")
@router.get("/claim/{cid}.json")
def claim(request: Request, cid: str) -> Response:
    data = queries.claim_detail(store(request), cid)
    if data is None:
        return not_found(request, "claim")
    from ...model import QUALIFIERS, SOURCE_TYPES

    return render(request, "claim.html", data, extra={"qualifiers": QUALIFIERS, "types": SOURCE_TYPES,
                                                       "back": qstr(request, "back", 300)})
