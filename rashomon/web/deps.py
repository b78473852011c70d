"""What every route shares: the store of the current thread, the writer, rendering a page or its
``.json`` twin, and the checks in front of every write (not read-only, logged in, CSRF)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from ..store import Store
from .auth import Auth


@dataclass
class Config:
    db_path: Path
    read_only: bool
    auth: Auth
    templates: Any
    local: threading.local = field(default_factory=threading.local)
    write_lock: threading.Lock = field(default_factory=threading.Lock)
    writer: Store | None = None
    stores: list[Store] = field(default_factory=list)

    def store(self) -> Store:
        """A read-only connection of the calling thread (one per worker thread, opened once)."""
        s = getattr(self.local, "store", None)
        if s is None:
            s = Store(self.db_path, readonly=True)
            self.local.store = s
            self.stores.append(s)
        return s

    @contextmanager
    def writing(self) -> Iterator[Store]:
        if self.writer is None:
            raise HTTPException(403, "this app is read-only")
        with self.write_lock:
            yield self.writer

    def close(self) -> None:
        for s in self.stores:
            with contextlib.suppress(Exception):  # a connection of another thread: closing is best effort
                s.close()
        if self.writer is not None:
            self.writer.close()


def cfg(request: Request) -> Config:
    return request.app.state.cfg


def store(request: Request) -> Store:
    return cfg(request).store()


def wants_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def user(request: Request) -> str | None:
    s = cfg(request).auth.session(request.cookies)
    return s.who if s else None


def page(request: Request, template: str, data: dict[str, Any], *, status: int = 200,
         extra: dict[str, Any] | None = None, json: bool | None = None) -> Response:
    """The page, or with a ``.json`` path its JSON twin (``data`` alone, nothing rendered)."""
    if wants_json(request) if json is None else json:
        return JSONResponse(data, status_code=status)
    c = cfg(request)
    who = user(request)
    ctx = {**data, **(extra or {}), "request": request, "user": who, "read_only": c.read_only,
           "can_write": (not c.read_only) and c.auth.enabled and who is not None, "auth_enabled": c.auth.enabled,
           "csrf": c.auth.csrf_token(request.cookies, getattr(request.state, "pre", None)),
           "json_href": json_href(request)}
    html = c.templates.get_template(template).render(ctx)
    return HTMLResponse(html, status_code=status)


def json_href(request: Request) -> str:
    path = request.url.path.rstrip("/") or ""
    href = (path or "/index") + ".json" if not path.endswith(".json") else path
    return href + (f"?{request.url.query}" if request.url.query else "")


def not_found(request: Request, what: str) -> Response:
    return page(request, "error.html", {"error": f"{what} not found", "status": 404}, status=404)


async def check_write(request: Request) -> tuple[str, dict[str, Any]]:
    """The reviewer's name and the form, once the app accepts writes, the session is logged in and
    the form's CSRF token is right; raises 403 otherwise."""
    c = cfg(request)
    if c.read_only:
        raise HTTPException(403, "this app runs read-only: reviews are disabled")
    if not c.auth.enabled:
        raise HTTPException(403, "no login token is configured (RASHOMON_TOKEN or --token-file): reviews are disabled")
    form = await request.form()
    data: dict[str, Any] = {}
    for k, v in form.multi_items():
        if k in data:
            data[k] = [*data[k], v] if isinstance(data[k], list) else [data[k], v]
        else:
            data[k] = v
    if not c.auth.check_csrf(request.cookies, data.get("csrf")):
        raise HTTPException(403, "the form's CSRF token is missing or wrong: reload the page and try again")
    who = user(request)
    if who is None:
        raise HTTPException(403, "log in to review")
    return who, data


def back(url: str, fallback: str = "/") -> RedirectResponse:
    """A 303 to a local path only (never to another host)."""
    if not url.startswith("/") or url.startswith("//") or "\\" in url:
        url = fallback
    return RedirectResponse(url, status_code=303)


def qint(request: Request, name: str, default: int = 1, lo: int = 1, hi: int = 100_000) -> int:
    """An integer query parameter, clamped; ``default`` when absent or not a number."""
    v = request.query_params.get(name, "")
    return min(hi, max(lo, int(v))) if v.isdigit() and len(v) < 9 else default


def qstr(request: Request, name: str, limit: int = 500) -> str | None:
    v = request.query_params.get(name)
    return v[:limit] if v else None
