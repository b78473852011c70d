"""Logging in and out, reviewing claims and questions, annotating, the audit log, and exporting or
importing reviews as JSON. Every POST goes through `deps.check_write` (writable app, login, CSRF)."""

from __future__ import annotations

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response

from ... import review
from .. import queries
from ..auth import SESSION_COOKIE
from ..deps import back, cfg, check_write, qint, qstr, store
from ..deps import page as render

router = APIRouter()


# -- login ----------------------------------------------------------------------------------------
@router.get("/login")
def login_form(request: Request) -> Response:
    return render(request, "login.html", {"next": qstr(request, "next", 300) or "/", "failed": False})


@router.post("/login")
async def login(request: Request) -> Response:
    c = cfg(request)
    form = await request.form()
    if not c.auth.check_csrf(request.cookies, form.get("csrf")):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page and try again")
    if c.read_only or not c.auth.enabled:
        raise HTTPException(403, "this app accepts no login (read-only, or no token configured)")
    # scrypt and the back-off after failures take time: off the event loop
    sid = await run_in_threadpool(c.auth.login, str(form.get("who") or ""), str(form.get("token") or ""))
    nxt = str(form.get("next") or "/")
    if sid is None:
        return render(request, "login.html", {"next": nxt, "failed": True}, status=401)
    resp = back(nxt)
    resp.set_cookie(SESSION_COOKIE, sid, max_age=12 * 3600, **c.auth.cookie_args())
    return resp


@router.post("/logout")
async def logout(request: Request) -> Response:
    c = cfg(request)
    form = await request.form()
    if not c.auth.check_csrf(request.cookies, form.get("csrf")):
        raise HTTPException(403, "the form's CSRF token is missing or wrong")
    c.auth.logout(request.cookies.get(SESSION_COOKIE))
    resp = back("/")
    resp.delete_cookie(SESSION_COOKIE, path="/")
    return resp


# -- reviewing ------------------------------------------------------------------------------------
def _text(form: dict, name: str, limit: int = 4000) -> str:
    v = form.get(name)
    return str(v).strip()[:limit] if isinstance(v, str) else ""


@router.post("/claim/{cid}/review")
async def review_claim(request: Request, cid: str) -> Response:
    who, form = await check_write(request)
    action = _text(form, "action", 20)
    kw: dict = {}
    try:
        if action == "correct":
            if "value" in form and _text(form, "value") != _text(form, "value_was"):
                kw["value"] = review.parse_value(_text(form, "value", 40))
            for k in ("qualifier", "measure"):
                if _text(form, k) and _text(form, k) != _text(form, f"{k}_was"):
                    kw[k] = _text(form, k, 40)
            name, typ = _text(form, "source_name", 200), _text(form, "source_type", 40)
            if (name, typ) != (_text(form, "source_name_was", 200), _text(form, "source_type_was", 40)):
                kw["source"] = {"name": name, "type": typ or "unknown"}
        with cfg(request).writing() as w:
            review.review_claim(w, cid, action, who, note=_text(form, "note"), **kw)
    except review.ReviewError as e:
        raise HTTPException(400, str(e)) from None
    return back(_text(form, "back", 300) or f"/claim/{cid}", f"/claim/{cid}")


@router.post("/q/{qid}/regrade")
async def regrade(request: Request, qid: str) -> Response:
    who, form = await check_write(request)
    with cfg(request).writing() as w:
        try:
            review.regrade_question(w, qid, _text(form, "grade", 40), who, note=_text(form, "note"))
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
    return back(f"/q/{qid}#review")


@router.post("/annotate")
async def annotate(request: Request) -> Response:
    who, form = await check_write(request)
    kind, tid = _text(form, "kind", 20), _text(form, "id", 100)
    with cfg(request).writing() as w:
        try:
            review.annotate(w, kind, tid, _text(form, "note"), who)
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
    return back(_text(form, "back", 300), "/reviews")


# -- audit log, export, import --------------------------------------------------------------------
@router.get("/reviews")
@router.get("/reviews.json")
def reviews(request: Request) -> Response:
    return render(request, "reviews.html", queries.reviews_page(store(request), page=qint(request, "page")))


@router.get("/reviews/export.json")
def export(request: Request) -> Response:
    data = review.export_reviews(store(request))
    return JSONResponse(data, headers={"content-disposition": 'attachment; filename="rashomon-reviews.json"'})


@router.post("/reviews/import")
async def import_(request: Request) -> Response:
    who, form = await check_write(request)
    upload = form.get("file")
    raw = ""
    if upload is not None and hasattr(upload, "read"):
        raw = (await upload.read(20_000_001)).decode("utf-8", "replace")
    raw = raw or _text(form, "json", 20_000_000)
    if len(raw) > 20_000_000:
        raise HTTPException(413, "the reviews file is larger than 20 MB")
    with cfg(request).writing() as w:
        try:
            n = review.import_reviews(w, raw)
        except review.ReviewError as e:
            raise HTTPException(400, str(e)) from None
    return back(f"/reviews?imported={n}")

