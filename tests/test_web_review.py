"""Reviewing through the web app and the library: login (hashed token), sessions, CSRF on every
POST, read-only mode, the append-only audit trail, export/import, and dossiers in reviewed state."""

from __future__ import annotations

import re
import sqlite3
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from _web_fixture import client_class, hostile_store, reingest, sample_store  # noqa: E402

TestClient = client_class()

from rashomon import review as rv  # noqa: E402
from rashomon.store import Store  # noqa: E402
from rashomon.web import create_app, hash_token  # noqa: E402
from rashomon.web.auth import token_hash_from, verify_token  # noqa: E402

TOKEN = "correct horse battery staple"


@pytest.fixture
def db(tmp_path) -> Path:
    return hostile_store(tmp_path / "h.sqlite")


@pytest.fixture
def app_client(db):
    with TestClient(create_app(db, token_hash=hash_token(TOKEN))) as c:
        yield c


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert m, "every form carries a CSRF token"
    return m.group(1)


def login(c: TestClient, who: str = "ana", token: str = TOKEN):
    page = c.get("/login")
    return c.post("/login", data={"who": who, "token": token, "csrf": csrf_of(page.text), "next": "/"},
                  follow_redirects=False)


# -- tokens ---------------------------------------------------------------------------------------
def test_token_hash_is_salted_and_verifies():
    a, b = hash_token("s3cret"), hash_token("s3cret")
    assert a != b and a.startswith("scrypt$") and "s3cret" not in a
    assert verify_token("s3cret", a) and verify_token("s3cret", b)
    assert not verify_token("s3cret ", a) and not verify_token("", a) and not verify_token("x", "garbage")
    assert token_hash_from(a) == a and verify_token("t", token_hash_from("t"))


# -- login and sessions ---------------------------------------------------------------------------
def test_login_sets_strict_httponly_session(app_client):
    r = login(app_client)
    assert r.status_code == 303
    cookie = r.headers["set-cookie"]
    assert "rashomon_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Reviewer: <strong>ana</strong>" in app_client.get("/").text


def test_wrong_token_refused(app_client):
    r = login(app_client, token="wrong")
    assert r.status_code == 401 and "not right" in r.text
    assert "rashomon_session" not in app_client.cookies


def test_login_needs_csrf(app_client):
    app_client.get("/login")
    r = app_client.post("/login", data={"who": "x", "token": TOKEN, "csrf": "0" * 64})
    assert r.status_code == 403


def test_logout(app_client):
    login(app_client)
    html = app_client.get("/").text
    assert app_client.post("/logout", data={"csrf": csrf_of(html)}, follow_redirects=False).status_code == 303
    assert "Log in to review" in app_client.get("/").text


# -- writing needs login, CSRF, a token and a writable app --------------------------------------
def _review(c: TestClient, claim: str, csrf: str | None, **form):
    data = {"action": "accept", **form}
    if csrf is not None:
        data["csrf"] = csrf
    return c.post(f"/claim/{claim}/review", data=data, follow_redirects=False)


def test_review_requires_login(app_client, db):
    csrf = csrf_of(app_client.get("/login").text)
    assert _review(app_client, "c1", csrf).status_code == 403
    with Store(db, readonly=True) as s:
        assert s.reviews() == []


def test_review_requires_csrf(app_client, db):
    login(app_client)
    assert _review(app_client, "c1", None).status_code == 403
    assert _review(app_client, "c1", "f" * 64).status_code == 403
    with Store(db, readonly=True) as s:
        assert s.reviews() == []


def test_csrf_of_another_session_fails(db):
    with TestClient(create_app(db, token_hash=hash_token(TOKEN))) as a, \
            TestClient(create_app(db, token_hash=hash_token(TOKEN))) as b:
        login(a)
        login(b, who="bob")
        foreign = csrf_of(b.get("/claim/c1").text)
        assert _review(a, "c1", foreign).status_code == 403


def test_read_only_refuses_writes(db):
    with TestClient(create_app(db, read_only=True, token_hash=hash_token(TOKEN))) as c:
        assert 'name="csrf"' not in c.get("/login").text  # no form to fill in
        csrf = c.app.state.cfg.auth.csrf_token(dict(c.cookies))  # a valid token, as a forger would need
        assert c.post("/login", data={"who": "a", "token": TOKEN, "csrf": csrf}).status_code == 403
        assert _review(c, "c1", csrf).status_code == 403
        assert "read-only" in c.get("/").text


def test_no_token_no_writes(db):
    with TestClient(create_app(db)) as c:
        c.get("/")
        csrf = c.app.state.cfg.auth.csrf_token(dict(c.cookies))
        r = _review(c, "c1", csrf)
        assert r.status_code == 403 and "token" in r.text


# -- the review flow through the app ------------------------------------------------------------
def test_accept_correct_reject_with_audit(app_client, db):
    login(app_client)
    page = app_client.get("/claim/c1")
    assert "Review this claim" in page.text
    csrf = csrf_of(page.text)
    assert _review(app_client, "c1", csrf, note="checked").status_code == 303
    r = _review(app_client, "c1", csrf, action="correct", value="15", value_was="14", qualifier="about",
                qualifier_was="exact", measure="killed", measure_was="killed", source_name="Police",
                source_name_was="Police", source_type="official", source_type_was="official")
    assert r.status_code == 303
    assert _review(app_client, "c6", csrf, action="reject").status_code == 303
    assert _review(app_client, "c6", csrf, action="correct", value="x1").status_code == 400
    with Store(db, readonly=True) as s:
        rows = s.reviews()
    assert [(r["target_id"], r["action"], r["who"]) for r in rows] == [
        ("c1", "accept", "ana"), ("c1", "correct", "ana"), ("c6", "reject", "ana")]
    assert rows[1]["before"] == {"value": 14, "qualifier": "exact"} and rows[1]["after"] == {"value": 15, "qualifier": "about"}
    assert all(r["at"] for r in rows)
    audit = app_client.get("/claim/c1").text
    assert "corrected by ana" in audit and "Audit trail" in audit
    log = app_client.get("/reviews.json").json()
    assert log["total"] == 3 and log["reviews"][0]["target_id"] == "c6"
    q = app_client.get("/index.json").json()["questions"]
    killed = next(x for x in q if x["measure"] == "killed")
    detail = app_client.get(f"/q/{killed['id']}.json").json()
    states = {c["id"]: (c["review"] or {}).get("action") for v in detail["values"] for c in v["claim_rows"]}
    assert states["c1"] == "correct" and states["c6"] == "reject"


def test_regrade_annotate_merge_split(app_client, db):
    login(app_client)
    qid = app_client.get("/index.json").json()["questions"][0]["id"]
    csrf = csrf_of(app_client.get(f"/q/{qid}").text)
    assert app_client.post(f"/q/{qid}/regrade", data={"grade": "single_source", "csrf": csrf},
                           follow_redirects=False).status_code == 303
    assert app_client.post(f"/q/{qid}/regrade", data={"grade": "bogus", "csrf": csrf}).status_code == 400
    assert app_client.post("/annotate", data={"kind": "question", "id": qid, "note": "<b>odd</b>", "csrf": csrf,
                                              "back": "//evil.example/"}, follow_redirects=False).headers["location"] == "/reviews"
    assert app_client.post("/entity/p1/merge", data={"other": "Police", "csrf": csrf}, follow_redirects=False).status_code == 303
    r = app_client.post("/entity/p1/split", data={"forms": ["Townsville"], "canonical": "T", "csrf": csrf}, follow_redirects=False)
    assert r.status_code == 303
    with Store(db, readonly=True) as s:
        acts = [(r["target_kind"], r["action"]) for r in s.reviews()]
    assert acts == [("question", "regrade"), ("question", "annotate"), ("entity", "merge"), ("entity", "split")]
    for path in ("/claim/c1", "/entity/p1", f"/q/{qid}"):
        assert 'action="/annotate"' in app_client.get(path).text
    assert app_client.post("/annotate", data={"kind": "claim", "id": "nope", "note": "x", "csrf": csrf}).status_code == 400
    page = app_client.get(f"/q/{qid}").text
    assert "re-graded by ana" in page and "&lt;b&gt;odd&lt;/b&gt;" in page
    assert app_client.get("/index.json").json()["questions"][0].get("reviewed_grade") == "single_source"


def test_audit_table_is_append_only(db):
    with Store(db) as s:
        rv.annotate(s, "claim", "c1", "note", "ana")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            s.conn.execute("UPDATE reviews SET who = 'mallory'")
        with pytest.raises(sqlite3.DatabaseError, match="append-only"):
            s.conn.execute("DELETE FROM reviews")


# -- export / import ------------------------------------------------------------------------------
def test_export_import_round_trip(app_client, db, tmp_path):
    login(app_client)
    csrf = csrf_of(app_client.get("/claim/c2").text)
    _review(app_client, "c2", csrf, action="reject", note="double count")
    exported = app_client.get("/reviews/export.json")
    assert exported.headers["content-disposition"].startswith("attachment")
    data = exported.json()
    assert data["format"] == "rashomon-reviews" and len(data["reviews"]) == 1 and "id" not in data["reviews"][0]
    other = hostile_store(tmp_path / "other.sqlite")
    with TestClient(create_app(other, token_hash=hash_token(TOKEN))) as c2:
        login(c2)
        csrf2 = csrf_of(c2.get("/reviews").text)
        files = {"file": ("r.json", exported.content, "application/json")}
        r = c2.post("/reviews/import", data={"csrf": csrf2}, files=files, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"] == "/reviews?imported=1"
        r = c2.post("/reviews/import", data={"csrf": csrf2}, files=files, follow_redirects=False)
        assert r.headers["location"] == "/reviews?imported=0"
        bad = c2.post("/reviews/import", data={"csrf": csrf2}, files={"file": ("r.json", b"{nope", "application/json")})
        assert bad.status_code == 400
    with Store(other, readonly=True) as s:
        assert [(r["target_id"], r["action"], r["note"]) for r in s.reviews()] == [("c2", "reject", "double count")]


def test_import_validates(db):
    with Store(db) as s:
        with pytest.raises(rv.ReviewError):
            rv.import_reviews(s, {"reviews": [{"who": "x"}]})
        with pytest.raises(rv.ReviewError):
            rv.import_reviews(s, [{"at": "t", "who": "x", "target_kind": "table", "target_id": "1", "action": "drop"}])


# -- the reviewed dossier -------------------------------------------------------------------------
def test_apply_reviews_to_dossier():
    from _dossier_fixture import make_dossier

    d = make_dossier()
    killed = next(q for q in d.questions if q.measure == "killed")
    assert any(v.value == 12 for v in killed.values)
    reviews = [
        {"id": 1, "at": "2024-01-01T00:00:00+00:00", "who": "ana", "target_kind": "claim", "target_id": "c6",
         "action": "reject", "before": None, "after": {}, "note": "misread"},
        {"id": 2, "at": "2024-01-01T00:00:01+00:00", "who": "ana", "target_kind": "claim", "target_id": "c4",
         "action": "correct", "before": {"value": 15}, "after": {"value": 16}, "note": None},
        {"id": 3, "at": "2024-01-01T00:00:02+00:00", "who": "bob", "target_kind": "entity", "target_id": "p1",
         "action": "merge", "before": None, "after": {"merged": "o1"}, "note": None},
        {"id": 4, "at": "2024-01-01T00:00:03+00:00", "who": "bob", "target_kind": "claim", "target_id": "gone",
         "action": "accept", "before": None, "after": {}, "note": None},
    ]
    d = rv.apply_reviews(d, reviews)
    assert "c6" not in {c.id for c in d.claims}
    assert next(c for c in d.claims if c.id == "c4").value == 16
    killed = next(q for q in d.questions if q.measure == "killed")
    stated = {v.value for v in killed.values}
    assert 12 not in stated and 16 in stated and 15 not in stated
    assert {"c4", "c6"} <= {r["target_id"] for r in killed.extra["reviews"]}
    assert killed.to_json()["reviews"]  # questions.jsonl says what was reviewed
    assert [e.id for e in d.entities] == ["p1"] and "Police" in d.entities[0].forms
    assert d.meta["reviews"]["applied"] == 3 and d.meta["reviews"]["skipped"] == 1
    qid = killed.id
    d = rv.apply_reviews(d, [{"id": 5, "at": "2024-01-02", "who": "c", "target_kind": "question", "target_id": qid,
                              "action": "regrade", "before": None, "after": {"grade": "single_source"}, "note": None}])
    killed = next(q for q in d.questions if q.id == qid)
    assert killed.grade == "single_source" and killed.extra["computed_grade"]


def test_reviews_survive_reingest(tmp_path):
    db = sample_store(tmp_path / "s.sqlite")
    with Store(db) as s:
        cid = s.claims(limit=1)[0]["id"]
        rv.review_claim(s, cid, "reject", "ana", note="not a count")
    reingest(db, [str(Path(__file__).resolve().parent.parent / "rashomon" / "data" / "sample")])
    with Store(db) as s:
        assert [r["target_id"] for r in s.reviews()] == [cid]
        assert s.claims(limit=1)[0]["id"] == cid  # stable ids: the review still points at the claim
        d = rv.reviewed_dossier(s)
    assert cid not in {c.id for c in d.claims} and d.meta["reviews"]["applied"] == 1


def test_library_validation(db):
    with Store(db) as s:
        with pytest.raises(rv.ReviewError, match="no claim"):
            rv.review_claim(s, "nope", "accept", "a")
        with pytest.raises(rv.ReviewError, match="changes nothing"):
            rv.review_claim(s, "c1", "correct", "a", value=14)
        with pytest.raises(rv.ReviewError, match="qualifier"):
            rv.review_claim(s, "c1", "correct", "a", qualifier="roughly")
        with pytest.raises(rv.ReviewError, match="itself"):
            rv.merge_entities(s, "p1", "p1", "a")
        with pytest.raises(rv.ReviewError, match="at least one"):
            rv.split_entity(s, "o1", ["Police"], "a")
        assert rv.parse_value("5–50") == [5, 50] and rv.parse_value("") is None
        with pytest.raises(rv.ReviewError):
            rv.parse_value("50-5")


def test_new_since_shows_what_a_later_ingest_added(tmp_path):
    """What a watcher adds (documents stored later) is what ``?since=`` shows, new values marked."""
    import time
    from datetime import UTC, datetime

    db = sample_store(tmp_path / "s.sqlite")
    time.sleep(1.1)
    since = datetime.now(UTC).isoformat(timespec="seconds")
    new = tmp_path / "late_report_en.txt"
    new.write_text("Update, 17 May 2023. Officials said 99 people were killed in Zhezkazgan when the dam broke.\n",
                   encoding="utf-8")
    reingest(db, [str(Path(__file__).resolve().parent.parent / "rashomon" / "data" / "sample"), str(new)])
    with TestClient(create_app(db, read_only=True)) as c:
        everything = c.get("/index.json").json()
        fresh = c.get(f"/index.json?since={since}").json()
        assert 0 < fresh["total"] < everything["total"]
        values = [v for q in fresh["questions"] for v in q["values"]]
        assert any(v["new"] and v["value"] == 99 for v in values)
        assert not all(v["new"] for v in values)  # older values of the same question are not marked
        assert fresh["questions"][0]["id"] in {q["id"] for q in everything["questions"]}
        docs = c.get(f"/sources.json?since={since}").json()
        assert [d["id"] for d in docs["documents"]] == [str(new)] or docs["documents_total"] == 1
