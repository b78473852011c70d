"""dossier.html opens in headless Chromium with no network access, no console errors and no script run.

Uses Debian's Chromium (/usr/bin/chromium) through Playwright for Python; never a downloaded browser.
Skips with a clear message when either is missing. Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _dossier_fixture import make_dossier  # noqa: E402
from conftest import ARTIFACTS  # noqa: E402

pytestmark = pytest.mark.browser


def _open(browser, path: Path, shot: str):
    page = browser.new_page()
    messages, requests, dialogs = [], [], []
    page.on("console", lambda m: messages.append((m.type, m.text)))
    page.on("pageerror", lambda e: messages.append(("pageerror", str(e))))
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

    def route(r):
        requests.append(r.request.url)
        if r.request.url.startswith(("file://", "data:")):
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_load_state("load")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / shot), full_page=False)
    return page, messages, requests, dialogs


def test_dossier_opens_offline_without_errors(browser, tmp_path):
    from rashomon.render_html import render

    (tmp_path / "dossier.html").write_text(render(make_dossier()), encoding="utf-8")
    page, messages, requests, dialogs = _open(browser, tmp_path / "dossier.html", "dossier.png")
    try:
        errors = [m for m in messages if m[0] in ("error", "pageerror")]
        assert errors == [], errors
        assert dialogs == [], "a document's script ran"
        external = [u for u in requests if not u.startswith(("file://", "data:"))]
        assert external == [], external
        # the hostile markup is shown as text, never as elements
        assert page.locator("script").count() == 0
        assert page.locator("img").count() == 0
        hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.getAttribute('href'))")
        assert all(h.startswith(("#", "https://", "http://")) for h in hrefs), hrefs
        assert "<script>alert(1)</script>" in page.inner_text("body")
        # landmarks and headings
        assert page.locator("main").count() == 1 and page.locator("header").count() >= 1
        assert page.locator("h1").count() == 1
        # contested question first, and its first quote lands on a <mark> in the document view
        first = page.locator("article.question").first
        assert "is-contested" in (first.get_attribute("class") or "")
        link = first.locator("td a[href^='#doc-']").first
        target = link.get_attribute("href")[1:]
        link.click()
        assert page.evaluate("location.hash") == "#" + target
        assert page.locator(f"mark[id='{target}']").count() == 1
        assert page.locator("svg.chart").count() >= 2
        page.screenshot(path=str(ARTIFACTS / "dossier-passage.png"))
    finally:
        page.close()


def test_sample_corpus_dossier_opens_without_errors(browser, sample_dir, tmp_path):
    from rashomon import build_dossier
    from rashomon.render_html import render

    d = build_dossier([str(sample_dir)])
    (tmp_path / "dossier.html").write_text(render(d), encoding="utf-8")
    page, messages, requests, dialogs = _open(browser, tmp_path / "dossier.html", "dossier-sample.png")
    try:
        assert [m for m in messages if m[0] in ("error", "pageerror")] == []
        assert dialogs == [] and page.locator("script").count() == 0
        assert [u for u in requests if not u.startswith(("file://", "data:"))] == []
        # every evidence link in the page has its target
        missing = page.evaluate("""() => [...document.querySelectorAll("a[href^='#']")]
            .map(a => a.getAttribute('href').slice(1)).filter(id => id && !document.getElementById(id))""")
        assert missing == []
    finally:
        page.close()
