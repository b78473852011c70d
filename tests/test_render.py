"""dossier.html and dossier.md: content present, hostile documents escaped, anchors resolve."""

from __future__ import annotations

import re
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _dossier_fixture import XSS, make_dossier  # noqa: E402

from rashomon import render_html, render_md  # noqa: E402
from rashomon._view import fmt_value, safe_url  # noqa: E402
from rashomon.dossier import Dossier  # noqa: E402


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


@pytest.fixture(scope="module")
def dossier():
    return make_dossier()


@pytest.fixture(scope="module")
def html(dossier):
    return render_html.render(dossier)


@pytest.fixture(scope="module")
def tags(html):
    p = _Collect()
    p.feed(html)
    return p.tags


def test_no_hostile_markup_becomes_elements(html, tags):
    names = [t for t, _ in tags]
    assert "script" not in names and "img" not in names and "iframe" not in names
    assert all(not k.startswith("on") for _, attrs in tags for k in attrs)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_links_are_anchors_or_http(tags):
    hrefs = [a["href"] for t, a in tags if t in ("a", "link") and a.get("href")]
    assert hrefs
    for h in hrefs:
        assert h.startswith(("#", "http://", "https://", "data:,")), h
    assert not any("javascript" in h.lower() for h in hrefs)


def test_no_external_resources(tags, html):
    for t, a in tags:
        for k in ("src", "srcset", "data", "action", "poster"):
            assert k not in a, (t, a)
    assert "Content-Security-Policy" in html and "script-src 'none'" in html
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", html)


def test_every_evidence_link_lands_on_a_mark(tags, dossier):
    ids = {a.get("id") for _, a in tags if a.get("id")}
    mark_ids = {a["id"] for t, a in tags if t == "mark" and a.get("id")}
    targets = {a["href"][1:] for t, a in tags if t == "a" and (a.get("href") or "").startswith("#doc-")}
    assert targets and targets <= ids
    for c in dossier.claims:
        n = list(dossier.docs).index(c.doc) + 1
        assert f"doc-{n}-{c.span[0]}" in mark_ids


def test_marks_cover_exactly_the_evidence(html, dossier):
    c = dossier.claims[0]
    n = list(dossier.docs).index(c.doc) + 1
    m = re.search(rf'<mark class="[^"]*" id="doc-{n}-{c.span[0]}"[^>]*>(.*?)</mark>', html)
    assert m and c.quote.startswith(m.group(1))


def test_contested_first_and_sections_present(html, dossier):
    first_q = html.index('<article class="question')
    assert html[first_q:first_q + 60].startswith('<article class="question is-contested"')
    for section in ("questions", "consensus", "timeline", "entities", "sources", "independence", "documents", "errors"):
        assert f'id="{section}"' in html
    assert "0" * 64 in html  # sha256 shown
    assert "43.3000, 52.8000" in html  # coordinates
    assert html.count("<svg") >= 2 and "<title" in html


def test_markdown_has_content_and_no_raw_markup(dossier):
    md = render_md.render(dossier)
    prose = re.sub(r"`[^`\n]*`", "", md)  # code spans show markup literally (CommonMark), so only prose matters
    assert "<script" not in prose and "<img" not in prose and "](javascript" not in prose
    assert md.count("`") % 2 == 0
    assert "How many people were killed in Townsville on 3 May 2021?" in md
    assert "`a.txt`" in md and "0" * 64 in md
    assert "Police (official)" in md
    for c in dossier.claims:
        assert f"{c.span[0]}–{c.span[1]}" in md
    # every table row has the header's number of cells (no pipe leaked from a quote)
    for block in re.findall(r"(\|.*\|\n)+", md):
        rows = block.strip().splitlines()
        counts = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
        assert len(counts) == 1, rows


def test_summary_html_is_small_and_escaped(dossier):
    s = render_html.summary_html(dossier)
    assert "3 documents" in s and "<script" not in s and len(s) < 5000
    assert dossier._repr_html_() == s


def test_empty_dossier_renders():
    d = Dossier()
    assert "No figure claims" in render_html.render(d)
    assert "No figure claims" in render_md.render(d)


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a", True),
    ("http://example.org", True),
    ("HTTPS://EXAMPLE.ORG", True),
    ("javascript:alert(1)", False),
    (" javascript:alert(1)", False),
    ("java\tscript:alert(1)", False),
    ("data:text/html,<script>", False),
    ("//example.org", False),
    ("https://exa mple.org", False),
    ("vbscript:x", False),
    (None, False),
])
def test_safe_url(url, ok):
    assert (safe_url(url) is not None) is ok


@pytest.mark.parametrize("value, qual, text", [
    (20, "more_than", "more than 20"), ((5, 50), "range", "5–50"), (3000, "about", "about 3000"),
    (None, "vague", "an unstated number"), (10, "exact", "10"), (50, "at_least", "at least 50"),
])
def test_fmt_value(value, qual, text):
    assert fmt_value(value, qual) == text


def test_xss_marker_shown_as_text(html):
    assert XSS not in html


@pytest.mark.parametrize("lo, hi, log", [(0, 20, False), (1, 700, True), (5, 5, False), (10, 5000, True)])
def test_chart_scale(lo, hi, log):
    from rashomon.charts import _Scale

    s = _Scale(lo, hi, 0, 100)
    assert s.log is log
    ticks = s.ticks()
    assert ticks and all(s.lo <= t <= s.hi for t in ticks)
    assert 0 <= s(lo) <= s(hi) <= 100


def test_a_long_timeline_shows_the_most_corroborated_entries_in_order(monkeypatch):
    from rashomon.model import TimelineEvent

    def ev(i: int, also: int, more: int = 0) -> TimelineEvent:
        e = TimelineEvent(id=f"e{i}", doc=f"d{i}", when=f"2020-01-{i + 1:02d}", label=f"event {i}", span=(0, 5), quote="quote")
        e.also = [{"id": f"x{k}", "doc": f"x{k}", "when": e.when} for k in range(also)]
        e.more = {"also": more} if more else {}
        return e

    d = Dossier(timeline=[ev(0, 0), ev(1, 3), ev(2, 1), ev(3, 2, more=5), ev(4, 1)])
    assert render_html.shown_events(d, limit=5) is None  # all fit: all shown
    assert render_html.shown_events(d, limit=3) == {1, 2, 3}  # 7 and 3 reports, then the earliest of the 1s
    monkeypatch.setattr(render_html.shown_events, "__defaults__", (3,))
    page = render_html.render(d)
    rows = re.findall(r"<time>([^<]+)</time>", page)
    assert rows == ["2020-01-02", "2020-01-03", "2020-01-04"]  # chronological, as in the full table
    assert "5 dated entries: the 3 reported by most documents" in page


def test_agreed_dates_are_the_same_whether_the_timeline_is_in_day_order_or_not():
    from rashomon._view import View
    from rashomon.model import TimelineEvent

    def ev(i: int, doc: str, when: str, also: tuple[int, ...] = ()) -> TimelineEvent:
        e = TimelineEvent(id=f"e{i}", doc=doc, when=when, label=f"event {i}", span=(10 * i, 10 * i + 5), quote="q")
        e.also = [{"id": f"e{k}", "doc": "x", "when": when} for k in also]
        return e

    events = [ev(0, "a", "2020-01-01", (1,)), ev(1, "b", "2020-01-01T10:00", (0,)), ev(2, "a", "2020-01-02", (3,)),
              ev(3, "c", "2020-01-02", (2,)), ev(4, "b", "2020-01-03")]
    in_order = View(Dossier(timeline=events)).consensus()
    shuffled = View(Dossier(timeline=[events[2], events[0], events[4], events[3], events[1]])).consensus()
    assert [f["event"] for f in in_order] == ["e0", "e2"] and in_order == shuffled


def test_a_shown_questions_claims_keep_what_the_pages_read(dossier):
    """The pages hold a question's claims slimmed (`_view._shown`): every field they read is the claim's."""
    from rashomon._view import View

    v = View(dossier)
    full = {c.id: c for c in dossier.claims}
    read = ("id", "doc", "span", "quote", "modality", "value", "qualifier", "source", "source_type", "report_date")
    seen = 0
    for q in dossier.questions:
        got = v.question_claims(q)
        assert set(got) == {c for val in q.values for c in val.claims}
        for cid, c in got.items():
            assert [getattr(c, f) for f in read] == [getattr(full[cid], f) for f in read]
            seen += 1
    assert seen == len(dossier.claims)



def test_chart_points_read_as_dicts(dossier):
    """`View.points` gives `Point` s: charts drawn from them equal those drawn from the dicts they stand
    for (the web app passes dicts)."""
    from rashomon import charts
    from rashomon._view import Point, View

    view = View(dossier)
    drawn = 0
    for q in dossier.questions:
        pts = view.points(q)
        dicts = [p.to_dict() for p in pts]
        assert all(isinstance(p, Point) for p in pts) and pts == dicts
        assert [p.get("date") for p in pts] == [p["date"] for p in dicts]
        for chart in (charts.values_by_source, charts.values_by_date):
            svg = chart(q, pts, "c")
            assert svg == chart(q, dicts, "c")
            drawn += bool(svg)
    assert drawn
    p = Point(1, "exact", "asserted", {"name": "a", "type": "official"}, None, "c1", "d1")
    assert p.get("nothing", 7) == 7
    with pytest.raises(KeyError):
        p["nothing"]


def test_a_figure_officials_deny_is_shown_as_denied_not_as_an_official_figure():
    from rashomon.document import Document
    from rashomon.model import Claim, Source
    from rashomon.questions import build_questions

    text = "Posts spoke of 40 dead. The ministry denied reports of 40 dead and said 9 died."
    doc = Document(id="d.txt", path="d.txt", text=text, lang="en", published="2021-05-04")

    def claim(i, needle, v, src, modality):
        s = text.index(needle)
        return Claim(id=i, doc="d.txt", measure="killed", value=v, qualifier="exact", span=(s, s + len(needle)),
                     quote=needle, lang="en", source=Source(*src), place="Townsville", when="2021-05-03", modality=modality)

    claims = [claim("k1", "Posts spoke of 40 dead", 40, ("Posts", "social_media"), "unconfirmed"),
              claim("k2", "ministry denied reports of 40 dead", 40, ("ministry", "official"), "denied"),
              claim("k3", "said 9 died", 9, ("ministry", "official"), "asserted")]
    d = Dossier(docs={"d.txt": doc}, claims=claims, questions=build_questions(claims, {"d.txt": doc}))
    html, md = render_html.render(d), render_md.render(d)
    assert re.search(r"Official figures:</strong> 9 \(ministry\)</p>", html)
    assert re.search(r"Denied by officials:</strong> 40 \(ministry\)</p>", html)
    assert "- Official figure: 9 (ministry)" in md and "- Denied by officials: 40 (ministry)" in md
    assert "ministry (official, denies)" in md
