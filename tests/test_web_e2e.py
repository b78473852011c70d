"""The web app in a real browser: Debian's Chromium (/usr/bin/chromium) driven by Playwright for
Python, against uvicorn on 127.0.0.1 (a free port, in a thread). Never a downloaded browser; skips
with a clear message when Chromium or Playwright is missing. Every request outside the app is
aborted and recorded; screenshots of the main pages go to tests/artifacts/ (gitignored)."""

from __future__ import annotations

import socket
import sys
import threading
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
uvicorn = pytest.importorskip("uvicorn", reason="uvicorn is not installed: pip install 'rashomon[web]'")
from _web_fixture import hostile_store, sample_store  # noqa: E402

from rashomon.web import create_app, hash_token  # noqa: E402

TOKEN = "e2e-token"

from conftest import ARTIFACTS  # noqa: E402

pytestmark = pytest.mark.browser


def _serve(app):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    t = threading.Thread(target=server.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not t.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    return server, t, f"http://127.0.0.1:{port}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    db = sample_store(tmp_path_factory.mktemp("e2e") / "sample.sqlite")
    server, t, base = _serve(create_app(db, token_hash=hash_token(TOKEN)))
    yield base
    server.should_exit = True
    t.join(10)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    db = hostile_store(tmp_path_factory.mktemp("e2e-xss") / "x.sqlite")
    server, t, base = _serve(create_app(db, token_hash=hash_token(TOKEN)))
    yield base
    server.should_exit = True
    t.join(10)


class Watched:
    """A page whose console errors, dialogs and off-site requests are recorded."""

    def __init__(self, browser, base: str) -> None:
        self.ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.ctx.new_page()
        self.base = base
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.offsite: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))

        def route(r):
            if r.request.url.startswith(base):
                r.continue_()
            else:
                self.offsite.append(r.request.url)
                r.abort()

        self.page.route("**/*", route)

    def go(self, path: str, shot: str | None = None):
        self.page.goto(self.base + path)
        self.page.wait_for_load_state("load")
        if shot:
            self.shot(shot)
        return self.page

    def shot(self, name: str) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / f"web-{name}.png"))

    def clean(self) -> None:
        assert self.errors == [], self.errors
        assert self.dialogs == [], self.dialogs
        assert self.offsite == [], self.offsite
        self.ctx.close()


def _in_view(page, selector: str) -> bool:
    return page.eval_on_selector(selector, """el => { const r = el.getBoundingClientRect();
        return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight; }""")


def test_overview_question_and_passage(browser, site):
    w = Watched(browser, site)
    page = w.go("/", "overview")
    assert page.locator("li.question").count() > 0
    assert page.locator("li.question").first.locator(".contested").count() == 1  # contested first
    assert page.locator("svg.spread").count() > 0
    page.locator("li.question h2 a").first.click()
    page.wait_for_load_state("load")
    assert "/q/" in page.url and page.locator("h1").inner_text().startswith("How many")
    w.shot("question")
    link = page.locator("table.values-table a.value").first
    link.click()
    page.wait_for_load_state("load")
    assert "/doc/" in page.url and "#c-" in page.url and "span=" in page.url
    page.wait_for_function("() => document.activeElement && document.activeElement.tagName === 'MARK'")
    assert page.locator("mark#passage").count() == 1
    assert _in_view(page, "mark#passage"), "the passage is scrolled into view"
    frag = page.url.split("#", 1)[1]
    assert page.locator(f"[id='{frag}']").count() == 1
    w.shot("document")
    w.clean()


@pytest.mark.parametrize("query,script", [("Zhezkazgan", "[А-Яа-яЁёІіЇїЄєҚқҢңҒғӘәӨөҰұҮүҺһ]"), ("Жезказган", "[A-Za-z]")])
def test_search_across_scripts(browser, site, query, script):
    import re

    w = Watched(browser, site)
    page = w.go("/")
    page.fill("#nav-q", query)
    page.press("#nav-q", "Enter")
    page.wait_for_load_state("load")
    assert "/search?q=" in page.url
    marks = page.locator("ol.hits .snippet mark").all_inner_texts()
    assert marks, "hits highlight the matched words"
    assert any(re.search(script, m) for m in marks), marks  # the other script's spelling is found
    w.shot("search-" + ("latin" if query.isascii() else "cyrillic"))
    w.clean()


def test_login_review_claim_and_audit(browser, site):
    w = Watched(browser, site)
    page = w.go("/login")
    page.fill("#who", "E2E Reviewer")
    page.fill("#token", "wrong")
    page.click("form.login button[type=submit]")
    page.wait_for_load_state("load")
    assert page.locator("[role=alert]").count() == 1
    w.errors.clear()  # the browser logs the expected 401 of the wrong token
    page.fill("#who", "E2E Reviewer")
    page.fill("#token", TOKEN)
    page.click("form.login button[type=submit]")
    page.wait_for_load_state("load")
    assert "E2E Reviewer" in page.locator("header.site .who").inner_text()
    page.locator("li.question h2 a").first.click()
    page.wait_for_load_state("load")
    page.locator("ul.evidence a.small").first.click()
    page.wait_for_load_state("load")
    assert "/claim/" in page.url
    page.fill("#note", "checked against the original")
    page.click("button[value=accept]")
    page.wait_for_load_state("load")
    assert "/q/" in page.url  # back where the review started
    assert page.get_by_text("accepted by E2E Reviewer").count() >= 1
    w.shot("reviewed")
    page = w.go("/reviews", "reviews")
    row = page.locator("table.audit tbody tr").first.inner_text()
    assert "E2E Reviewer" in row and "accept" in row and "checked against the original" in row
    w.clean()


def test_hostile_document_runs_nothing(browser, hostile_site):
    w = Watched(browser, hostile_site)
    for path, shot in [("/doc/a.txt", "xss-document"), ("/", None), ("/sources", None), ("/timeline", None),
                       ("/entities", None), ("/search?q=alert", None)]:
        page = w.go(path, shot)
        assert page.evaluate("document.querySelectorAll('script:not([src])').length") == 0
        assert page.evaluate("[...document.querySelectorAll('a[href]')].filter(a => /^\\s*javascript:/i.test(a.getAttribute('href'))).length") == 0
        assert page.evaluate("document.querySelectorAll('img').length") == 0
    page = w.go("/doc/a.txt")
    assert "<script>alert(1)</script>" in page.locator(".doctext").inner_text()
    page.get_by_text("click", exact=False).first.click()  # the document's javascript: "link" is inert text
    page.wait_for_timeout(200)
    w.clean()


def test_timeline_zoom_and_other_pages(browser, site):
    w = Watched(browser, site)
    page = w.go("/timeline", "timeline")
    before = page.locator("ol.timeline li").count()
    assert before > 0 and page.locator("#zoom-in").is_visible()
    page.click("#zoom-in")
    page.wait_for_load_state("load")
    assert "from=" in page.url and "to=" in page.url
    assert page.locator("ol.timeline li").count() <= before
    page.select_option("#type", "official")
    page.click("#tl-filters button[type=submit]")
    page.wait_for_load_state("load")
    assert "type=official" in page.url
    w.go("/sources", "sources")
    page = w.go("/entities", "entities")
    page.locator("table tbody th a").first.click()
    page.wait_for_load_state("load")
    assert "/entity/" in page.url and page.locator("ul.forms li").count() > 0
    w.shot("entity")
    w.clean()
