"""Full-text search over every document, across scripts (a Latin query finds Cyrillic text)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import Response
from markupsafe import Markup, escape

from .. import queries
from ..deps import page as render
from ..deps import qstr, store

router = APIRouter()


def _snippet(h: dict) -> Markup:
    s, out, at = h["snippet"], [], 0
    for a, b in h["highlights"]:
        out += [str(escape(s[at:a])), f"<mark>{escape(s[a:b])}</mark>"]
        at = b
    out.append(str(escape(s[at:])))
    return Markup("".join(out))


@router.get("/search")
@router.get("/search.json")
def search(request: Request) -> Response:
    data = queries.search(store(request), qstr(request, "q", 300) or "")
    snippets = [_snippet(h) for h in data["hits"]]
    return render(request, "search.html", data, extra={"snippets": snippets})
