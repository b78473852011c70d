"""The web app through FastAPI's TestClient: every page and its JSON twin, filters, cross-script
search, passage links, security headers, and hostile documents (nothing unescaped, no javascript:)."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import quote

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _web_fixture import client_class, hostile_store, sample_store  # noqa: E402

TestClient = client_class()

from rashomon.web import create_app  # noqa: E402


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory) -> Path:
    return sample_store(tmp_path_factory.mktemp("web") / "sample.sqlite")


@pytest.fixture(scope="module")
def client(sample_db) -> TestClient:
    with TestClient(create_app(sample_db, read_only=True)) as c:
        yield c


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> TestClient:
    db = hostile_store(tmp_path_factory.mktemp("xss") / "x.sqlite")
    with TestClient(create_app(db, read_only=True)) as c:
        yield c


@pytest.fixture(scope="module")
def ov(client) -> dict:
    return client.get("/index.json").json()


PAGES = ["/", "/timeline", "/sources", "/entities", "/search?q=dam", "/reviews", "/claims"]


@pytest.mark.parametrize("path", PAGES)
def test_page_and_json_twin(client, path):
    html = client.get(path)
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert '<main id="main"' in html.text and "<nav" in html.text
    base, _, query = path.partition("?")
    twin = client.get((base.rstrip("/") or "/index") + ".json" + (f"?{query}" if query else ""))
    assert twin.status_code == 200 and twin.headers["content-type"].startswith("application/json")
    assert isinstance(twin.json(), dict) and twin.json()


@pytest.mark.parametrize("path", ["/", "/q/nope", "/static/style.css", "/doc/nope", "/index.json"])
def test_security_headers(client, path):
    h = client.get(path).headers
    csp = h["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp and "frame-ancestors 'none'" in csp
    assert h["x-content-type-options"] == "nosniff"
    assert h["referrer-policy"] == "no-referrer"


def test_no_external_resources(client, ov):
    q = ov["questions"][0]
    for path in ["/", f"/q/{q['id']}", q["values"][0]["href"].split("#")[0], "/timeline"]:
        html = client.get(path).text
        for tag, attr in re.findall(r"<(script|link|img|iframe)\b[^>]*?\b(?:src|href)=\"([^\"]*)\"", html):
            assert attr.startswith("/"), (path, tag, attr)
        assert "<style" not in html and " style=" not in html and "<script>" not in html  # CSP: nothing inline


def test_overview_contested_first_with_linked_values(ov):
    qs = ov["questions"]
    assert ov["total"] == ov["stats"]["questions"] > 0
    flags = [q["contested"] for q in qs]
    assert flags == sorted(flags, reverse=True) and flags[0]
    for q in qs:
        for v in q["values"]:
            if v["first_claim"]:
                assert v["href"].endswith(f"#c-{v['first_claim']}") and "?span=" in v["href"]


def test_overview_since(client, ov):
    assert client.get("/index.json?since=2999-01-01").json()["total"] == 0
    all_ = client.get("/index.json?since=2000-01-01T00:00:00Z").json()
    assert all_["total"] == ov["total"] and all_["since"] == "2000-01-01T00:00:00+00:00"
    assert all(v["new"] for q in all_["questions"] for v in q["values"] if v["first_claim"])
    assert client.get("/?since=yesterday").status_code == 400
    assert "New since" in client.get("/?since=2999-01-01").text


def test_question_page(client, ov):
    q = ov["questions"][0]
    j = client.get(f"/q/{q['id']}.json").json()
    assert j["question"]["id"] == q["id"] and len(j["values"]) == len(q["values"])
    rows = [c for v in j["values"] for c in v["claim_rows"]]
    assert rows and all(c["href"].startswith("/doc/") and c["quote"] for c in rows)
    assert {"evolution", "independence", "reviews", "points"} <= set(j)
    html = client.get(f"/q/{q['id']}").text
    assert "<svg" in html and "Stated values" in html and "Independence" in html
    for c in rows[:5]:
        assert f'href="{c["href"]}"' in html.replace("&amp;", "&")


def test_value_link_lands_on_passage(client, ov):
    v = next(v for q in ov["questions"] for v in q["values"] if v["href"])
    path, _, frag = v["href"].partition("#")
    html = client.get(path).text
    assert f'id="{frag}"' in html and 'id="passage"' in html
    j = client.get(path.split("?")[0] + ".json").json()
    claim = next(c for c in j["claims"] if f"c-{c['id']}" == frag)
    s, e = claim["span"]
    assert j["text"][s:e] == claim["quote"]
    m = re.search(r'<mark class="[^"]*target[^"]*" id="passage"[^>]*>(.*?)</mark>', html, re.S)
    assert m, "the passage piece carries id=passage"


def test_document_ids_with_hash_and_json_suffix(client, sample_db):
    from rashomon.store import Store

    with Store(sample_db, readonly=True) as s:
        ids = [d["id"] for d in s.documents()]
    inner = next(i for i in ids if "#" in i)
    r = client.get("/doc/" + quote(inner, safe="/"))
    assert r.status_code == 200 and "SHA-256" in r.text
    j = client.get("/doc/" + quote(inner, safe="/") + ".json").json()
    assert j["document"]["id"] == inner and j["document"]["sha256"]
    assert client.get("/doc/" + quote(inner, safe="/") + "?span=99999999-100000000").status_code == 200
    assert client.get("/doc/no-such-doc").status_code == 404
    assert client.get("/doc/no-such-doc.json").json()["status"] == 404


@pytest.mark.parametrize("query,needle", [("Zhezkazgan", "Жезказган"), ("Жезказган", "Zhezkazgan")])
def test_search_across_scripts(client, query, needle):
    j = client.get(f"/search.json?q={quote(query)}").json()
    assert j["hits"], query
    titles_and_snippets = " ".join((h["title"] or "") + " " + h["snippet"] for h in j["hits"])
    assert needle.lower() in titles_and_snippets.lower() or any(
        needle.lower()[:6] in h["snippet"].lower() for h in j["hits"])
    assert all(h["href"].startswith("/doc/") for h in j["hits"])
    html = client.get(f"/search?q={quote(query)}").text
    assert "<mark>" in html


def test_sources_counts_link_to_claims(client):
    j = client.get("/sources.json").json()
    assert j["named_sources"] and j["documents"] and j["documents_total"] == len(j["documents"])
    s = j["named_sources"][0]
    cl = client.get(f"/claims.json?source={quote(s['name'])}&type={s['type']}").json()
    assert cl["total"] == s["claims"]
    assert all(c["source"]["name"] == s["name"] for c in cl["claims"])


def test_entities_and_entity(client):
    j = client.get("/entities.json").json()
    e = j["entities"][0]
    d = client.get(f"/entity/{e['id']}.json").json()
    assert d["entity"]["canonical"] == e["canonical"] and len(d["forms"]) == e["forms"]
    assert d["mentions"] and all(m["href"].startswith("/doc/") for m in d["mentions"])
    assert client.get(f"/entity/{e['id']}").status_code == 200
    assert client.get("/entities.json?type=place").json()["entities"][0]["type"] == "place"


def test_timeline_filters(client):
    j = client.get("/timeline.json").json()
    assert j["total"] > 0 and [e["when_iso"] for e in j["events"]] == sorted(e["when_iso"] for e in j["events"])
    off = client.get("/timeline.json?type=official").json()
    assert 0 < off["total"] < j["total"]
    window = client.get("/timeline.json?from=2023-05-16&to=2023-05-16").json()
    assert window["events"] and all(e["when_iso"].startswith("2023-05-16") for e in window["events"])
    place = j["facets"]["places"][0]
    assert client.get(f"/timeline.json?place={quote(place)}").json()["total"] > 0


def test_pagination(client):
    j = client.get("/claims.json?page=2").json()
    assert j["page"] == 2 and j["claims"]
    assert client.get("/claims.json?page=abc").json()["page"] == 1
    assert 'rel="next"' in client.get("/claims").text


# -- hostile documents ----------------------------------------------------------------------------
def _pages(c: TestClient) -> list[str]:
    ov = c.get("/index.json").json()
    paths = ["/", "/timeline", "/sources", "/entities", "/claims", "/search?q=alert", "/search?q=%3Cscript%3E"]
    paths += [f"/q/{q['id']}" for q in ov["questions"]]
    paths += ["/doc/a.txt", "/doc/a.txt?span=0-10", "/doc/b.txt"]
    paths += [f"/entity/{e['id']}" for e in c.get("/entities.json").json()["entities"]]
    paths += [f"/claim/{x['id']}" for x in c.get("/claims.json").json()["claims"]]
    return paths


def test_hostile_content_is_escaped(hostile):
    for path in _pages(hostile):
        r = hostile.get(path)
        assert r.status_code == 200, path
        html = r.text
        assert "<script>alert" not in html and "<img src=x" not in html, path
        assert not re.search(r"""(href|src|action)\s*=\s*["']?\s*javascript:""", html, re.I), path
        assert "onerror=" not in html.replace("onerror=&#34;", "").replace("onerror=&quot;", ""), path
    html = hostile.get("/doc/a.txt").text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="https://example.org/a?b=1&amp;c=2" rel="noopener noreferrer nofollow"' in html
    assert "javascript:alert(4)" in html  # shown as text, never as a link


def test_hostile_json_is_data(hostile):
    j = hostile.get("/doc/a.txt.json").json()
    assert "<script>alert(1)</script>" in j["text"]
    assert hostile.get("/doc/a.txt.json").headers["content-type"].startswith("application/json")


def test_conflicts_marked(hostile):
    html = hostile.get("/timeline").text
    assert 'class="conflict"' in html and "conflict</span>" in html


def test_timeline_day_bars_link_to_days(client):
    html = client.get("/timeline?type=official").text
    assert 'class="days"' in html
    hrefs = re.findall(r'<a href="(/timeline\?[^"]+)"><title>', html)
    assert hrefs and all("type=official" in h and "from=" in h and "to=" in h for h in hrefs)


# -- highlighting -----------------------------------------------------------------------------------
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from rashomon.web.highlight import Mark, highlight  # noqa: E402


def _plain(html: str) -> str:
    import html as h

    return h.unescape(re.sub(r"<[^>]*>", "", html))


def test_highlight_overlaps_ids_and_escaping():
    text = "a <b>14</b> killed & 3 injured"
    marks = [Mark(2, 11, "claim", "x", "c-1"), Mark(5, 20, "time", "t"), Mark(2, 6, "claim", "y", "c-2"),
             Mark(5, 7, "target", "p", "passage")]
    out = str(highlight(text, marks))
    assert _plain(out) == text and "<b>" not in out and "&lt;b&gt;" in out
    assert out.count('id="c-1"') == 1 and out.count('id="c-2"') == 1 and out.count('id="passage"') == 1
    assert re.search(r'<mark class="claim[^"]*" id="c-1"[^>]*><span id="c-2"></span>', out)
    assert str(highlight(text, [Mark(5, 99, "claim")])) == "a &lt;b&gt;14&lt;/b&gt; killed &amp; 3 injured"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=60), st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70), st.sampled_from(["claim", "time", "ent"])),
                                      max_size=8))
def test_highlight_keeps_text(text, spans):
    marks = [Mark(a, b, k, "<t>", f"c-{i}") for i, (a, b, k) in enumerate(spans)]
    out = str(highlight(text, marks))
    assert _plain(out) == text
    assert "<t>" not in out and "<script" not in out.lower().replace("&lt;script", "")
