"""Follow live feeds and wiki pages, and update the dossier as reports arrive (`rashomon watch`).

A source is a local file (re-read when its bytes change), an Atom/RSS URL, or a MediaWiki API URL
naming one page (``https://host/w/api.php?titles=Page``): its revisions become documents
``URL#rev<id>``, each a report at its revision time, so the evolution of a figure is exact.

Each poll fetches every due source (conditional requests, backoff on errors), ingests new entries
and revisions into the store, rebuilds the questions, and reports what changed since the previous
poll: a question with a new value, a new source, or newly contested. The state (validators, failure
counts, the last questions snapshot) lives in the store, so a killed watcher resumes where it was.
"""

from __future__ import annotations

import json
import signal
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .document import Document, sha256_bytes
from .errors import InputError
from .fetch import Fetcher, FetchError, backoff_delay
from .model import Question


@dataclass(slots=True)
class Alert:
    kind: str  # new_question, new_value, new_source, contested
    question: str  # the question's text
    detail: str
    at: str

    def __str__(self) -> str:
        return f"[{self.at}] {self.kind}: {self.question} — {self.detail}"

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "question": self.question, "detail": self.detail, "at": self.at}


@dataclass(slots=True)
class SourceState:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    content_sha256: str | None = None
    failures: int = 0
    next_poll: float = 0.0
    last_error: str | None = None
    last_revision: int | None = None


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_every(s: str) -> float:
    """``30s``, ``5m``, ``2h`` or a number of seconds."""
    s = s.strip().lower()
    units = {"s": 1, "m": 60, "h": 3600, "d": 86400}
    if s and s[-1] in units:
        return float(s[:-1]) * units[s[-1]]
    return float(s)


def is_mediawiki_api(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.path.endswith("api.php") and "titles" in urllib.parse.parse_qs(parts.query)


@dataclass
class Watcher:
    store: Any  # rashomon.store.Store
    sources: list[str]
    fetcher: Fetcher = field(default_factory=Fetcher)
    every: float = 300.0
    on_alert: Callable[[Alert], None] = print
    on_error: Callable[[str], None] = print
    webhook: str | None = None
    _stop: threading.Event = field(default_factory=threading.Event)

    # -- the loop -----------------------------------------------------------------------------------
    def run(self, max_polls: int | None = None) -> None:
        """Poll until stopped (SIGINT/SIGTERM or `stop`), or ``max_polls`` polls."""
        previous = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
        if threading.current_thread() is threading.main_thread():
            for sig in previous:
                signal.signal(sig, lambda *_: self.stop())
        try:
            polls = 0
            while not self._stop.is_set():
                self.poll()
                polls += 1
                if max_polls is not None and polls >= max_polls:
                    break
                self._stop.wait(self.every)
        finally:
            if threading.current_thread() is threading.main_thread():
                for sig, handler in previous.items():
                    signal.signal(sig, handler)

    def stop(self) -> None:
        self._stop.set()

    def poll(self) -> list[Alert]:
        """One pass over every due source; returns (and reports) the alerts it raised."""
        new_docs = 0
        for url in self.sources:
            if self._stop.is_set():
                break
            state = self._load_state(url)
            if time.time() < state.next_poll:
                continue
            try:
                docs = list(self._fetch_documents(url, state))
                state.failures, state.last_error = 0, None
            except (FetchError, InputError) as e:
                state.failures += 1
                state.last_error = str(e)
                state.next_poll = time.time() + backoff_delay(state.failures, base=self.every)
                self.on_error(f"rashomon watch: error: {e} (retry in {backoff_delay(state.failures, base=self.every):.0f} s)")
                self._save_state(state)
                continue
            for doc in docs:
                if self._stop.is_set():
                    break
                new_docs += self._ingest(doc)
            self._save_state(state)
        return self._compare_questions() if new_docs else []

    # -- sources ------------------------------------------------------------------------------------
    def _fetch_documents(self, url: str, state: SourceState) -> Iterable[Document]:
        from .readers import RawInput, read_one

        if "://" not in url:  # a local file, re-read when its bytes change
            data = Path(url).read_bytes()
            digest = sha256_bytes(data)
            if digest == state.content_sha256:
                return []
            state.content_sha256 = digest
            return list(read_one(RawInput(path=url, _data=data)))
        if is_mediawiki_api(url):
            return self._fetch_revisions(url, state)
        r = self.fetcher.get(url, etag=state.etag, last_modified=state.last_modified)
        state.etag, state.last_modified = r.etag, r.last_modified
        if r.unchanged or sha256_bytes(r.body) == state.content_sha256:
            return []
        state.content_sha256 = sha256_bytes(r.body)
        return list(read_one(RawInput(path=url, _data=r.body)))

    def _fetch_revisions(self, url: str, state: SourceState) -> list[Document]:
        from .readers.wikitext import convert

        parts = urllib.parse.urlsplit(url)
        query = dict(urllib.parse.parse_qsl(parts.query))
        query.update({"action": "query", "prop": "revisions", "format": "json", "formatversion": "2",
                      "rvprop": "ids|timestamp|user|comment|content", "rvslots": "main", "rvlimit": "50",
                      "rvdir": "newer"})
        if state.last_revision:
            query["rvstartid"] = str(state.last_revision + 1)
        api = urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
        r = self.fetcher.get(api)
        try:
            payload = json.loads(r.body.decode("utf-8"))
            pages = payload["query"]["pages"]
        except (ValueError, KeyError, TypeError) as e:
            raise FetchError(url, f"not a MediaWiki API answer ({type(e).__name__})") from None
        docs = []
        for page in pages:
            for rev in page.get("revisions", []):
                revid = int(rev["revid"])
                if state.last_revision and revid <= state.last_revision:
                    continue
                content = rev.get("slots", {}).get("main", {}).get("content", rev.get("content", ""))
                conv = convert(content)
                doc = Document(
                    id=f"{url}#rev{revid}", path=url, part=f"rev{revid}", text=conv.text, format="wikitext",
                    title=page.get("title"), url=url, published=rev.get("timestamp"), updated=rev.get("timestamp"),
                    date_source="mediawiki:revision", author=rev.get("user"), sha256=sha256_bytes(content.encode()),
                    sections=conv.sections, citations=conv.citations, links=conv.links,
                    metadata={**conv.metadata, "revision": revid, "comment": rev.get("comment")},
                )
                docs.append(doc)
                state.last_revision = max(state.last_revision or 0, revid)
        return docs

    # -- store --------------------------------------------------------------------------------------
    def _ingest(self, doc: Document) -> int:
        if self.store.has_document(doc.id, doc.content_sha256, analyzed=True):
            return 0
        from .pipeline import Pipeline

        if not hasattr(self, "_pipeline"):
            self._pipeline = Pipeline()
        analysis = self._pipeline.analyze(doc)
        self.store.add(analysis)  # document and analysis in one transaction: a kill loses nothing
        return 1

    def _load_state(self, url: str) -> SourceState:
        raw = self.store.get_state(f"watch:{url}")
        return SourceState(**raw) if raw else SourceState(url=url)

    def _save_state(self, state: SourceState) -> None:
        self.store.set_state(f"watch:{state.url}", {k: getattr(state, k) for k in SourceState.__slots__})

    def _compare_questions(self) -> list[Alert]:
        from .dossier import assemble

        questions = assemble(list(self.store.analyses())).questions
        before = self.store.get_state("watch:questions") or {}
        after = {_qkey(q): _qsnap(q) for q in questions}
        alerts = diff_questions(before, after, {_qkey(q): q for q in questions})
        self.store.set_state("watch:questions", after)
        for a in alerts:
            self.on_alert(a)
            if self.webhook:
                self._post(a)
        return alerts

    def _post(self, alert: Alert) -> None:
        import urllib.request

        req = urllib.request.Request(self.webhook or "", data=json.dumps(alert.to_json()).encode(),
                                     headers={"Content-Type": "application/json"}, method="POST")
        try:
            urllib.request.urlopen(req, timeout=self.fetcher.timeout).close()
        except OSError as e:
            self.on_error(f"rashomon watch: webhook {self.webhook} failed: {e}")


def _qkey(q: Question) -> str:
    return json.dumps([q.measure, q.place, q.when, q.group], ensure_ascii=False)


def _qsnap(q: Question) -> dict[str, Any]:
    return {
        "text": q.text,
        "values": sorted(json.dumps([v.value if not isinstance(v.value, tuple) else list(v.value), v.qualifier])
                         for v in q.values),
        "sources": sorted({s["name"] for v in q.values for s in v.sources if s.get("name")}),
        "contested": q.contested,
    }


def diff_questions(before: dict[str, Any], after: dict[str, Any], questions: dict[str, Question]) -> list[Alert]:
    """Alerts for what changed between two snapshots of the questions."""
    at = now_iso()
    alerts = []
    for key, snap in after.items():
        old = before.get(key)
        text = snap["text"] or key
        if old is None:
            alerts.append(Alert("new_question", text, f"values {', '.join(snap['values'])}", at))
            continue
        for v in sorted(set(snap["values"]) - set(old["values"])):
            alerts.append(Alert("new_value", text, f"new value {v}", at))
        for s in sorted(set(snap["sources"]) - set(old["sources"])):
            alerts.append(Alert("new_source", text, f"new source {s}", at))
        if snap["contested"] and not old["contested"]:
            alerts.append(Alert("contested", text, "the stated values can no longer all be true", at))
    return alerts
