"""The web app over a Rashomon SQLite store: `create_app` builds it; `rashomon serve` runs it.

Every page has a JSON twin at the same path + ``.json``. Security: writes need a login (token set by
the operator, kept hashed) and a CSRF token; ``read_only`` disables them all; every response carries
a strict Content-Security-Policy (scripts and styles from this app only, nothing inline, nothing from
elsewhere), ``X-Content-Type-Options: nosniff``, ``Referrer-Policy: no-referrer`` and
``X-Frame-Options: DENY``. Templates autoescape; document text is escaped piece by piece.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from .. import charts
from .._view import fmt_value, safe_url
from ..store import Store
from . import queries
from .auth import PRE_COOKIE, Auth
from .deps import Config, page, wants_json

HERE = Path(__file__).resolve().parent
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
    "cross-origin-resource-policy": "same-origin",
    "permissions-policy": "camera=(), microphone=(), geolocation=()",
}


def _css_class(s: Any) -> str:
    """A value reduced to a safe CSS class fragment (source types, grades)."""
    return "".join(ch for ch in str(s or "") if ch.isalnum() or ch in "_-")[:40]


def _chart(svg: str) -> str:
    # charts.py sizes its SVG with an inline style attribute, which the CSP forbids; CSS does it here
    return svg.replace(f' style="max-width:{charts.W}px"', "")


def page_href(request: Request, n: int) -> str:
    """The current page's URL with ``page=n`` (other query parameters kept, all encoded)."""
    from urllib.parse import urlencode

    q = [(k, v) for k, v in request.query_params.multi_items() if k != "page"] + [("page", str(n))]
    return request.url.path + "?" + urlencode(q)


def templates_env() -> Environment:
    env = Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(passage_href=queries.passage_href, doc_href=queries.doc_href, safe_url=safe_url,
                       fmt_value=fmt_value, css_class=_css_class,
                       page_href=page_href)
    env.filters["css"] = _css_class
    return env


def create_app(db_path: str | Path, *, read_only: bool = False, token_hash: str | None = None,
               secure_cookies: bool = False) -> FastAPI:
    """The app over the store at ``db_path``. Without ``token_hash`` (see `auth.hash_token`) or with
    ``read_only`` nobody can write; with both unset the store is still opened for writing so its
    schema is migrated, but every write is refused."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise FileNotFoundError(f"no store at {db_path}; create one with: rashomon ingest INPUT... --db {db_path}")
    writer = None if read_only else Store(db_path)  # also migrates an older store
    if writer is not None:
        queries.ensure_indexes(writer.conn)
    cfg = Config(db_path=db_path, read_only=read_only, auth=Auth(token_hash, secure_cookies=secure_cookies),
                 templates=templates_env(), writer=writer)
    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        cfg.close()

    app = FastAPI(title="Rashomon", docs_url=None, redoc_url=None, openapi_url=None, lifespan=lifespan)
    app.state.cfg = cfg

    @app.middleware("http")
    async def security(request: Request, call_next: Any) -> Response:
        pre = None
        if not request.cookies.get(PRE_COOKIE):
            pre = secrets.token_urlsafe(24)
            request.state.pre = pre
            # the CSRF check reads cookies: make this request's forms verifiable on the next POST
        response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        if request.url.path.startswith("/static/"):
            response.headers.setdefault("cache-control", "public, max-age=3600")
        else:
            response.headers.setdefault("cache-control", "no-store")
        if pre:
            response.set_cookie(PRE_COOKIE, pre, **cfg.auth.cookie_args())
        return response

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> Response:
        if wants_json(request) or request.headers.get("accept", "").startswith("application/json"):
            return JSONResponse({"error": exc.detail, "status": exc.status_code}, status_code=exc.status_code)
        return page(request, "error.html", {"error": str(exc.detail), "status": exc.status_code},
                    status=exc.status_code, json=False)

    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    from .routes import document, entity, overview, question, review, search, sources, timeline

    for mod in (overview, question, document, entity, timeline, search, sources, review):
        app.include_router(mod.router)
    app.state.chart = _chart
    return app
