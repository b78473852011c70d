"""`rashomon watch` against a local HTTP server on 127.0.0.1 that serves feeds and a fake MediaWiki
API which change between polls. No other network."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from rashomon.fetch import Fetcher
from rashomon.store import Store
from rashomon.watch import Watcher, diff_questions, parse_every

ENTRY = """<entry><id>{id}</id><title>{title}</title><updated>{date}T10:00:00Z</updated>
<link href="http://example.org/{id}"/><content type="html">&lt;p&gt;{text}&lt;/p&gt;</content></entry>"""


def feed(*entries: tuple[str, str, str, str]) -> bytes:
    body = "".join(ENTRY.format(id=i, title=t, date=d, text=x) for i, t, d, x in entries)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>Live</title><id>live</id><updated>2023-05-16T10:00:00Z</updated>{body}</feed>").encode()


E1 = ("e1", "Flood update", "2023-05-16",
      "The regional police said 12 people were killed in the flood in Ridder on 16 May 2023.")
E2 = ("e2", "Flood update 2", "2023-05-17",
      "Rescuers said at least 30 people were killed in the flood in Ridder on 16 May 2023.")


class World:
    """What the server serves; tests change it between polls."""

    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    revisions: list[dict[str, object]] = []
    hits: dict[str, int] = {}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        path = self.path.split("?")[0]
        World.hits[path] = World.hits.get(path, 0) + 1
        if path == "/slow":
            time.sleep(1.5)
        if path == "/w/api.php":
            q = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
            start = int(q.get("rvstartid", 0))
            revs = [r for r in World.revisions if int(r["revid"]) >= start]  # type: ignore[arg-type]
            body = json.dumps({"query": {"pages": [{"title": q.get("titles"), "revisions": revs}]}}).encode()
            status, headers = 200, {"Content-Type": "application/json"}
        else:
            status, headers, body = World.routes.get(path, (404, {}, b"no"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        with contextlib.suppress(OSError):
            self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture()
def server():
    World.routes, World.revisions, World.hits = {}, [], {}
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


def make_watcher(store: Store, sources: list[str], alerts: list, errors: list) -> Watcher:
    f = Fetcher(timeout=0.5, max_bytes=50_000, allow_private=True, min_interval=0.0)
    return Watcher(store, sources, f, every=0.0, on_alert=alerts.append, on_error=errors.append)


def test_new_entry_with_new_figure_appears_within_one_poll(server, tmp_path):
    World.routes["/feed"] = (200, {"Content-Type": "application/atom+xml"}, feed(E1))
    alerts: list = []
    errors: list = []
    with Store(tmp_path / "w.sqlite") as store:
        w = make_watcher(store, [server + "/feed"], alerts, errors)
        w.poll()
        assert store.count("documents") == 1
        assert any(c.value == 12 for a in store.analyses() for c in a.claims)
        alerts.clear()
        World.routes["/feed"] = (200, {"Content-Type": "application/atom+xml"}, feed(E1, E2))
        w.poll()
        assert store.count("documents") == 2  # only the new entry was added
        kinds = {a.kind for a in alerts}
        assert "new_value" in kinds or "new_question" in kinds, alerts
        assert any("30" in a.detail for a in alerts), alerts
        assert not errors


def test_unchanged_feed_adds_nothing(server, tmp_path):
    World.routes["/feed"] = (200, {"ETag": '"a"'}, feed(E1))
    with Store(tmp_path / "w.sqlite") as store:
        alerts: list = []
        w = make_watcher(store, [server + "/feed"], alerts, [])
        w.poll()
        alerts.clear()
        assert w.poll() == []
        assert store.count("documents") == 1


def test_mediawiki_revisions_become_reports(server, tmp_path):
    World.revisions = [{"revid": 1, "timestamp": "2023-05-16T12:00:00Z", "user": "A", "comment": "new",
                        "slots": {"main": {"content": "'''Flood''' in [[Ridder]]. Police said 5 people were killed on 16 May 2023."}}}]
    url = server + "/w/api.php?titles=Flood"
    with Store(tmp_path / "w.sqlite") as store:
        alerts: list = []
        w = make_watcher(store, [url], alerts, [])
        w.poll()
        World.revisions.append({"revid": 2, "timestamp": "2023-05-17T09:00:00Z", "user": "B", "comment": "toll",
                                "slots": {"main": {"content": "'''Flood''' in [[Ridder]]. Police said 9 people were killed on 16 May 2023."}}})
        alerts.clear()
        w.poll()
        ids = [r["id"] for r in store.documents()]
        assert ids == [url + "#rev1", url + "#rev2"]
        assert store.document(url + "#rev2").published.startswith("2023-05-17")
        assert any("9" in a.detail for a in alerts), alerts


@pytest.mark.parametrize(
    "path, route, reason",
    [
        ("/bad", (200, {}, b"<feed><entry><title>unterminated"), "malformed|E106|E105"),  # malformed feed
        ("/boom", (500, {}, b"server error"), "HTTP 500"),
        ("/slow", (200, {}, feed(E1)), "timed out"),
        ("/loop", (302, {"Location": "/loop"}, b""), "redirects"),
        ("/huge", (200, {}, b"<feed>" + b"x" * 60_000 + b"</feed>"), "too large"),
    ],
)
def test_errors_are_logged_and_the_watcher_keeps_going(server, tmp_path, path, route, reason):
    import re

    World.routes[path] = route
    World.routes["/feed"] = (200, {}, feed(E1))
    errors: list = []
    with Store(tmp_path / "w.sqlite") as store:
        w = make_watcher(store, [server + path, server + "/feed"], [], errors)
        t0 = time.time()
        w.poll()
        assert store.count("documents") == 1  # the good feed was still read
        assert len(errors) == 1 and re.search(reason, errors[0]), errors
        assert path in errors[0]
        state = store.get_state(f"watch:{server + path}")
        assert state["failures"] == 1 and state["next_poll"] >= t0  # backed off, retried later


def test_private_address_refused_without_flag(tmp_path):
    errors: list = []
    with Store(tmp_path / "w.sqlite") as store:
        w = Watcher(store, ["http://127.0.0.1:9/feed"], Fetcher(timeout=0.5), every=0.0, on_alert=print,
                    on_error=errors.append)
        w.poll()
    assert errors and "refused private" in errors[0]


def test_killed_mid_poll_loses_nothing_and_resumes(server, tmp_path):
    entries = [(f"e{i}", f"Update {i}", "2023-05-16",
                f"Officials said {i + 3} people were injured in Ridder on 16 May 2023.") for i in range(40)]
    World.routes["/feed"] = (200, {}, feed(*entries))
    db = tmp_path / "w.sqlite"
    cmd = [sys.executable, "-m", "rashomon", "watch", server + "/feed", "--db", str(db), "--allow-private",
           "--every", "1s"]
    p = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env={**os.environ})
    deadline = time.time() + 60
    stored = 0
    while time.time() < deadline:  # wait until it is part-way through the entries
        time.sleep(0.2)
        if db.exists():
            try:
                with Store(db, readonly=True) as s:
                    stored = s.count("documents")
            except Exception:
                continue
            if stored >= 3:
                break
    p.send_signal(signal.SIGKILL)
    p.wait(timeout=10)
    with Store(db) as s:
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        before = s.count("documents")
        for a in s.analyses():  # every stored document is complete, with its analysis
            assert a.doc.text and s.has_document(a.doc.id, analyzed=True)
    assert before >= 3
    r = subprocess.run(cmd[:-2] + ["--once"], capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    with Store(db) as s:
        assert s.count("documents") == 40


def test_sigterm_stops_cleanly(server, tmp_path):
    World.routes["/feed"] = (200, {}, feed(E1))
    db = tmp_path / "w.sqlite"
    p = subprocess.Popen([sys.executable, "-m", "rashomon", "watch", server + "/feed", "--db", str(db),
                          "--allow-private", "--every", "1s"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    time.sleep(4)
    p.send_signal(signal.SIGTERM)
    assert p.wait(timeout=20) == 0
    with Store(db) as s:
        assert s.count("documents") == 1


@pytest.mark.parametrize("text, seconds", [("30s", 30), ("5m", 300), ("2h", 7200), ("90", 90)])
def test_parse_every(text, seconds):
    assert parse_every(text) == seconds


def test_diff_questions_reports_value_source_and_contested():
    before = {"k": {"text": "How many?", "values": ['[10, "exact"]'], "sources": ["Police"], "contested": False}}
    after = {"k": {"text": "How many?", "values": ['[10, "exact"]', '[30, "at_least"]'],
                   "sources": ["NGO", "Police"], "contested": True}}
    kinds = [a.kind for a in diff_questions(before, after, {})]
    assert kinds == ["new_value", "new_source", "contested"]
