"""The SQLite store: documents, their analyses and the corpus results, usable as-is from Datasette or
the sqlite3 shell (schema in `rashomon.migrations`).

    >>> with Store("rashomon.sqlite") as store:                 # doctest: +SKIP
    ...     store.add(analysis)                                   # document + analysis, one transaction
    ...     store.search("Zhanatas")                             # finds Жанатас too

Ingestion is idempotent by content: a document whose id and text hash (``content_sha256``) are already
stored is left alone; one whose text changed is replaced with everything derived from it. A document
and its analysis are written in one transaction, so a killed run never leaves half a document, and
the WAL journal keeps every committed document.
"""

from __future__ import annotations

import itertools
import json
import os
import sqlite3
import tempfile
import urllib.parse
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ._rows import (  # noqa: F401  (claim_row, claim_from_json, event_from_json: the store's API, re-exported)
    _CLAIM_COLS,
    _ENCODER,
    _EVENT_COLS,
    _TIMELINE_COLS,
    _event_row,
    _json,
    _load,
    _s,
    _value_cols,
    claim_from_json,
    claim_record,
    claim_row,
    claim_value,
    event_from_json,
    event_record,
)
from ._search import fold, fold_signature
from ._spill import release_memory
from .document import Document
from .errors import InputError
from .migrations import migrate
from .model import Analysis, Mention, TimeExpr

DEFAULT_DB = "rashomon.sqlite"
#: settings of a store written once from scratch (`write_store`): the journal (of a fresh file, next to
#: nothing) in memory, no fsync, a 16 MB page cache. Larger pages were measured: no smaller, no faster.
FRESH_PRAGMAS = ("PRAGMA journal_mode=MEMORY", "PRAGMA synchronous=OFF", "PRAGMA cache_size=-16384")

_DOC_COLS = (
    "id", "seq", "path", "part", "format", "title", "url", "published", "updated", "date_source",
    "author", "publisher", "lang", "encoding", "sha256", "content_sha256", "entry_sha256", "chars",
    "text", "metadata", "title_ascii", "text_ascii", "n_sections", "n_paragraphs", "n_sentences",
    "n_citations", "run_id", "ingested_at",
)
#: columns of `Store.documents` rows (no text)
SUMMARY_COLS = (
    "id", "path", "part", "format", "title", "url", "published", "updated", "date_source", "author",
    "publisher", "lang", "encoding", "sha256", "content_sha256", "entry_sha256", "chars", "n_sentences",
    "n_citations", "n_claims", "n_timexes", "n_events", "n_mentions", "analyzed", "ingested_at",
)
def default_db() -> str:
    """``$RASHOMON_DB``, else ``rashomon.sqlite`` in the current directory."""
    return os.environ.get("RASHOMON_DB") or DEFAULT_DB


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _ins(table: str, cols: tuple[str, ...], verb: str = "INSERT") -> str:
    return f"{verb} INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})"


#: JSON characters of questions held before a batch of them is inserted (`Store._put_results`)
_BATCH_CHARS = 1 << 20


_INSERT_QUESTION = "INSERT OR IGNORE INTO questions VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
#: claim links of questions held before a batch is inserted (a large question has one per claim)
_BATCH_LINKS = 1 << 16
#: bytes of a large question's JSON written to its cell at once (`_insert_large_question`)
_CHUNK = 1 << 20


def _insert_questions(c: sqlite3.Connection, rows: list, values: list, links: list) -> None:
    c.executemany(_INSERT_QUESTION, rows)
    c.executemany("INSERT INTO question_values VALUES (?,?,?,?,?,?,?,?,?,?,?)", values)
    # a claim the store lacks is left out (looked up on the claims' key, not held in a set)
    c.executemany("INSERT OR IGNORE INTO question_claims SELECT ?, ?, id FROM claims WHERE id = ?", links)
    for batch in (rows, values, links):
        batch.clear()


def _insert_large_question(c: sqlite3.Connection, row: tuple[Any, ...], parts: Iterable[str]) -> None:
    """Insert a question's row whose JSON (``parts``, `questions.record_parts`) is large, never holding
    that JSON whole: it is encoded to a temporary file piece by piece, the row is inserted with a
    zero-filled BLOB cell of its length, and the cell is filled through SQLite's incremental I/O, a chunk
    at a time. The cell is a BLOB of the record's UTF-8 bytes, not TEXT: SQLite builds a TEXT cell (or a
    BLOB cast to TEXT) whole in memory, twice (a 50 MB record took 116 MB, its BLOB 17 MB, measured);
    the view ``question_records`` (migration 014) gives every record as TEXT."""
    with tempfile.TemporaryFile() as f:
        buf: list[bytes] = []
        held = 0
        for part in parts:
            b = part.encode("utf-8")
            buf.append(b)
            held += len(b)
            if held >= _CHUNK:
                f.write(b"".join(buf))
                buf.clear()
                held = 0
        f.write(b"".join(buf))
        del buf
        size = f.tell()
        cur = c.execute(_INSERT_QUESTION.replace("?)", "zeroblob(?))"), (*row, size))
        if not cur.rowcount:  # an id already stored (INSERT OR IGNORE): the first one stands
            return
        f.seek(0)
        with c.blobopen("questions", "json", cur.lastrowid) as cell:
            while chunk := f.read(_CHUNK):
                cell.write(chunk)


class Store:
    """A Rashomon SQLite store (created and migrated on open). Use as a context manager."""

    def __init__(self, path: str | Path, *, readonly: bool = False, fresh: bool = False) -> None:
        """``fresh``: a new file written once and moved into place (`write_store`): a larger cache, the
        rollback journal in memory and no fsync, as a crash leaves only a file to delete."""
        self.path = Path(path)
        self.readonly = readonly
        if fresh:
            self.conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
            for pragma in FRESH_PRAGMAS:
                self.conn.execute(pragma)
        elif readonly:
            self.conn = sqlite3.connect(f"file:{urllib.parse.quote(str(self.path.resolve()))}?mode=ro", uri=True, isolation_level=None,
                                        check_same_thread=False)
        else:
            self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=30, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # safe in WAL: a crash loses no committed data
        self.conn.row_factory = sqlite3.Row
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.execute("PRAGMA busy_timeout=30000")
        self.migrated = [] if readonly else migrate(self.conn)
        if not readonly:
            self._check_fold()
        self._fts_trigram = "trigram" in (self.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'documents_fts'").fetchone() or [""])[0]

    # -- plumbing -------------------------------------------------------------------------------
    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """``BEGIN IMMEDIATE`` ... ``COMMIT``, rolled back on any exception (nesting joins the outer one)."""
        if self.conn.in_transaction:
            yield self.conn
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            if self.conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def _check_fold(self) -> None:
        """Refold ``title_ascii``/``text_ascii`` when the search folding changed since they were stored."""
        if not self.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'store_meta'").fetchone():
            return  # a store mid-migration (only in tests that stop the migrations early)
        sig = fold_signature()
        get = "SELECT value FROM store_meta WHERE key = 'search_fold'"
        row = self.conn.execute(get).fetchone()
        if row is not None and row[0] == sig:
            return
        with self.transaction() as c:
            row = c.execute(get).fetchone()
            if row is not None and row[0] == sig:
                return
            self.refold()
            c.execute("INSERT OR REPLACE INTO store_meta (key, value) VALUES ('search_fold', ?)", (sig,))

    def refold(self) -> int:
        """Recompute the folded search columns of every document; returns how many changed."""
        changed = 0
        with self.transaction() as c:
            for (seq,) in c.execute("SELECT seq FROM documents").fetchall():
                r = c.execute("SELECT title, text, title_ascii, text_ascii FROM documents WHERE seq = ?",
                              (seq,)).fetchone()
                ta, xa = fold(r["title"]), fold(r["text"])
                if (ta, xa) != (r["title_ascii"], r["text_ascii"]):
                    c.execute("UPDATE documents SET title_ascii = ?, text_ascii = ? WHERE seq = ?", (ta, xa, seq))
                    changed += 1
        return changed

    def count(self, table: str) -> int:
        if not table.isidentifier():
            raise ValueError(table)
        return self.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def stats(self) -> dict[str, int]:
        """Row counts of the main tables."""
        names = ("documents", "sentences", "citations", "claims", "timexes", "events", "mentions",
                 "entities", "questions", "timeline", "input_errors", "runs", "reviews")
        return {n: self.count(n) for n in names}

    # -- writing documents and analyses ---------------------------------------------------------
    def has_document(self, id: str, content_sha256: str | None = None, *, analyzed: bool = False) -> bool:
        """Whether ``id`` is stored (with that text hash, when given; with its analysis, if asked)."""
        row = self.conn.execute("SELECT content_sha256, analyzed FROM documents WHERE id = ?", (id,)).fetchone()
        return (row is not None and (content_sha256 is None or row[0] == content_sha256)
                and (row[1] == 1 or not analyzed))

    def add_document(self, doc: Document, *, run: int | None = None, force: bool = False) -> bool:
        """Store ``doc``; False (and nothing changes) when the same id and text are already stored."""
        with self.transaction():
            return self._put_document(doc, run, force)

    def add_analysis(self, analysis: Analysis, *, run: int | None = None) -> None:
        """Store the claims, times, events and mentions of one document, replacing its previous ones."""
        with self.transaction():
            if not self.has_document(analysis.doc.id, analysis.doc.content_sha256):
                self._put_document(analysis.doc, run, True)
            self._put_analysis(analysis)

    def add(self, analysis: Analysis, *, run: int | None = None, force: bool = False) -> bool:
        """Store a document and its analysis in one transaction; False when it was already stored
        unchanged (then nothing is written, unless ``force`` re-stores the analysis)."""
        with self.transaction():
            new = self._put_document(analysis.doc, run, False)
            if new or force or not self.has_document(analysis.doc.id, analyzed=True):
                self._put_analysis(analysis)
            return new

    def _put_document(self, doc: Document, run: int | None, force: bool) -> bool:
        c = self.conn
        content = doc.content_sha256
        old = c.execute("SELECT seq, content_sha256 FROM documents WHERE id = ?", (doc.id,)).fetchone()
        if old is not None and old["content_sha256"] == content and not force:
            return False
        if old is not None:
            seq = old["seq"]
            c.execute("DELETE FROM documents WHERE id = ?", (doc.id,))  # cascades to derived rows
        else:
            seq = c.execute("SELECT coalesce(max(seq), 0) + 1 FROM documents").fetchone()[0]
        row = (
            doc.id, seq, doc.path, doc.part, doc.format, doc.title, doc.url, doc.published, doc.updated,
            doc.date_source, doc.author, doc.publisher, doc.lang, doc.encoding, doc.sha256, content,
            doc.entry_sha256, len(doc.text), doc.text, _json(doc.metadata or {}), fold(doc.title),
            fold(doc.text), len(doc.sections), len(doc.paragraphs), len(doc.sentences),
            len(doc.citations), run, now(),
        )
        # rowid = seq as well, so tools that join the index on rowid (Datasette's search box) agree
        c.execute(_ins("documents", ("rowid", *_DOC_COLS)), (seq, *row))
        d = doc.id
        c.executemany("INSERT INTO sections VALUES (?,?,?,?,?,?,?,?)", [
            (d, i, s.title, s.level, *_s(s.span), *_s(s.body)) for i, s in enumerate(doc.sections)])
        c.executemany("INSERT INTO paragraphs VALUES (?,?,?,?,?,?)", [
            (d, i, *_s(p.span), p.lang, p.lang_score) for i, p in enumerate(doc.paragraphs)])
        c.executemany("INSERT INTO sentences VALUES (?,?,?,?,?)", [
            (d, i, s.paragraph, *_s(s.span)) for i, s in enumerate(doc.sentences)])
        c.executemany("INSERT INTO citations VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", [
            (d, i, *_s(x.anchor), *_s(x.span), x.url, x.title, x.publisher, x.author, x.date,
             x.access_date, x.kind, x.name, _json(x.fields or {})) for i, x in enumerate(doc.citations)])
        c.executemany("INSERT INTO links VALUES (?,?,?,?,?)", [
            (d, i, *_s(x.span), x.target) for i, x in enumerate(doc.links)])
        c.executemany("INSERT INTO artefacts VALUES (?,?,?,?,?,?)", [
            (d, i, a.kind, *_s(a.span), a.detail) for i, a in enumerate(doc.artefacts)])
        return True

    def _put_analysis(self, a: Analysis) -> None:
        c, d = self.conn, a.doc.id
        for table in ("claims", "timexes", "events", "mentions"):
            c.execute(f"DELETE FROM {table} WHERE doc = ?", (d,))
        seen: set[str] = set()
        rows = []
        for i, claim in enumerate(a.claims):
            if claim.id in seen:
                continue
            seen.add(claim.id)
            rows.append(claim_row(claim, i))
        before = c.total_changes
        c.executemany(_ins("claims", _CLAIM_COLS, "INSERT OR IGNORE"), rows)
        n_claims = c.total_changes - before  # a claim id already held by another document is ignored
        c.executemany("INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?,?)", [
            (d, i, *_s(t.span), t.text, t.value, t.kind, t.tz, t.certainty, t.anchor, _json(list(t.inferred)))
            for i, t in enumerate(a.timexes)])
        c.executemany(_ins("events", _EVENT_COLS), [
            _event_row(e, d, i, False) for i, e in enumerate(a.events)])
        c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
            (d, i, *_s(m.span), m.text, m.type, m.lemma, m.key, m.gazetteer_id, m.canonical, m.entity, _mention_extra(m))
            for i, m in enumerate(a.mentions)])
        n = len(a.mentions)  # the page furniture's mentions after them, marked (entity linking only)
        c.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", [
            (d, n + i, *_s(m.span), m.text, m.type, m.lemma, m.key, m.gazetteer_id, m.canonical, None,
             _json({**_load(_mention_extra(m) or "{}"), "furniture": 1}))
            for i, m in enumerate(getattr(a, "furniture_mentions", ()))])
        c.execute("""UPDATE documents SET n_claims = ?, n_timexes = ?, n_events = ?, n_mentions = ?,
                     analyzed = 1 WHERE id = ?""", (n_claims, len(a.timexes), len(a.events), len(a.mentions), d))

    def save_corpus(self, dossier: Any) -> None:
        """Replace the corpus results (entities, questions, merged timeline) with those of ``dossier``.

        Documents and analyses of the dossier not yet stored are stored first.
        """
        with self.transaction():
            for a in getattr(dossier, "analyses", []) or []:
                if not self.has_document(a.doc.id, a.doc.content_sha256):
                    self._put_document(a.doc, None, True)
                    self._put_analysis(a)
            self._put_missing_docs(dossier)
            self._put_results(dossier)

    def _put_missing_docs(self, dossier: Any) -> None:
        docs = getattr(dossier, "docs", {})
        for id in docs:  # the ids only: a spilled document is read back only when it is missing
            if not self.has_document(id):
                self._put_document(docs[id], None, True)

    def _put_results(self, dossier: Any) -> None:
        """Entities, questions and the merged timeline, row by row (nothing held for a whole table)."""
        from .questions import SMALL_RECORD, record_parts

        c = self.conn
        for table in ("question_claims", "question_values", "questions", "entity_forms", "entities", "timeline"):
            c.execute(f"DELETE FROM {table}")
        for e in dossier.entities:
            c.execute("INSERT OR IGNORE INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)", (
                e.id, e.canonical, e.type, e.lat, e.lon, e.gazetteer_id, e.country, e.mentions,
                _json(e.merges), _json(e.to_json())))
            c.executemany("INSERT OR IGNORE INTO entity_forms VALUES (?,?)", [(e.id, f) for f in e.forms])
        repeated = _repeated_ids(dossier.questions)  # ids of two questions or more: usually none
        seen: set[str] = set()  # of those only (not a set of every id: it would grow with the corpus)
        rows: list[tuple[Any, ...]] = []
        values: list[tuple[Any, ...]] = []
        links: list[tuple[Any, ...]] = []
        held = 0  # characters of JSON in the pending batch
        for q in dossier.questions:
            if q.id in repeated:  # a duplicate question id: the first one stands
                if q.id in seen:
                    continue
                seen.add(q.id)
            # extra: NULL (migration 012), its keys are in the record; a large question's record is
            # encoded piecewise (`record_parts`), never built as a dict or held as one string
            cols = (q.id, q.measure, q.place, q.when, q.group, q.text, _int(q.min), _int(q.max),
                    int(bool(q.contested)), q.grade, _int(q.conservative), None)
            records = None  # the values' records, when the question's record was built whole
            if len(q.extra.get("claims", ())) >= SMALL_RECORD:
                _insert_questions(c, rows, values, links)  # rows keep the questions' order
                held = 0
                _insert_large_question(c, cols, record_parts(q, _ENCODER.encode, sort_keys=True))
            else:
                record = q.shared_json()  # only encoded: its lists need no copies
                qj = _ENCODER.encode(record)
                rows.append((*cols, qj))
                held += len(qj)
                if "values" not in q.extra:  # else an extra key stands in the record for the values
                    records = record["values"]
                del qj, record
            for i, v in enumerate(q.values):
                vj, sj, dj = _json(v.shared_json() if records is None else records[i]), _json(v.sources), _json(v.docs)
                values.append((q.id, i, *_value_cols(v.value), v.qualifier, v.independent, v.first_reported, sj, dj, vj))
                held += sum(len(x) for x in (vj, sj, dj) if x)
                links.extend((q.id, i, cid) for cid in v.claims)
                if held >= _BATCH_CHARS or len(links) >= _BATCH_LINKS:  # a large question's values: not all held
                    _insert_questions(c, rows, values, links)  # its row (if pending) goes first: same order
                    held = 0
            # in batches bounded in count and in size: the largest questions come first and grow with the
            # corpus (100 MB: 256 of them held ~300 MB), so a batch is flushed past _BATCH_CHARS of JSON
            # or _BATCH_LINKS claims
            if len(rows) >= 256 or held >= _BATCH_CHARS or len(links) >= _BATCH_LINKS:
                _insert_questions(c, rows, values, links)
                held = 0
        _insert_questions(c, rows, values, links)
        timeline = iter(enumerate(dossier.timeline))
        while batch := list(itertools.islice(timeline, 512)):  # in batches: a table's rows are never all held
            ids = sorted({e.doc for _, e in batch if e.doc})
            stored = {r[0] for r in c.execute(f"SELECT id FROM documents WHERE id IN ({', '.join('?' * len(ids))})", ids)}
            c.executemany(_ins("timeline", _TIMELINE_COLS, "INSERT OR IGNORE"), [
                _event_row(e, e.doc if e.doc in stored else None, i, True) for i, e in batch])

    # -- runs, errors, reviews ------------------------------------------------------------------
    def begin_run(self, command: str, inputs: Iterable[str] = ()) -> int:
        with self.transaction() as c:
            cur = c.execute("INSERT INTO runs (command, started, inputs) VALUES (?, ?, ?)",
                            (command, now(), _json(list(inputs))))
            return int(cur.lastrowid or 0)

    def finish_run(self, run: int, counts: dict[str, Any]) -> None:
        with self.transaction() as c:
            c.execute("UPDATE runs SET finished = ?, counts = ? WHERE id = ?", (now(), _json(counts), run))

    def record_error(self, error: InputError, run: int | None = None) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO input_errors (run, path, code, message, at) VALUES (?,?,?,?,?)",
                      (run, error.path, error.code, error.message, now()))

    def errors(self, run: int | None = None) -> list[dict[str, Any]]:
        sql, args = "SELECT * FROM input_errors", ()
        if run is not None:
            sql, args = sql + " WHERE run = ?", (run,)
        return [dict(r) for r in self.conn.execute(sql + " ORDER BY id", args)]

    def add_review(self, *, who: str, target_kind: str, target_id: str, action: str,
                   before: Any = None, after: Any = None, note: str | None = None, at: str | None = None) -> int:
        """Append an audit record (reviews can never be updated or deleted); returns its id."""
        with self.transaction() as c:
            cur = c.execute(
                "INSERT INTO reviews (at, who, target_kind, target_id, action, before, after, note) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (at or now(), who, target_kind, target_id, action, _json(before), _json(after), note))
            return int(cur.lastrowid or 0)

    def import_reviews(self, records: Iterable[dict[str, Any]]) -> int:
        """Append exported reviews (`reviews()` rows) not already present; returns how many were added.
        Reviews refer to claims, entities and questions by their stable ids, so they survive re-ingesting."""
        keys = ("at", "who", "target_kind", "target_id", "action", "before", "after", "note")
        added = 0
        with self.transaction() as c:
            have = {tuple(r) for r in c.execute(f"SELECT {', '.join(keys)} FROM reviews")}
            for r in records:
                row = (r["at"], r["who"], r["target_kind"], r["target_id"], r["action"],
                       _json(r.get("before")), _json(r.get("after")), r.get("note"))
                if row not in have:
                    c.execute(f"INSERT INTO reviews ({', '.join(keys)}) VALUES (?,?,?,?,?,?,?,?)", row)
                    have.add(row)
                    added += 1
        return added

    def reviews(self, target_kind: str | None = None, target_id: str | None = None) -> list[dict[str, Any]]:
        where, args = _where({"target_kind": target_kind, "target_id": target_id})
        rows = self.conn.execute(f"SELECT * FROM reviews{where} ORDER BY id", args)
        return [{**dict(r), "before": _load(r["before"]), "after": _load(r["after"])} for r in rows]

    # -- reading --------------------------------------------------------------------------------
    def documents(self, *, lang: str | None = None, format: str | None = None, since: str | None = None,
                  until: str | None = None, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Document summaries (no text) in ingestion order, optionally filtered."""
        where, args = _where({"lang": lang, "format": format})
        date = "coalesce(published, updated)"
        if since:
            where += (" AND " if where else " WHERE ") + f"{date} >= ?"
            args += (since,)
        if until:
            where += (" AND " if where else " WHERE ") + f"{date} <= ?"
            args += (until,)
        sql = f"SELECT {', '.join(SUMMARY_COLS)} FROM documents{where} ORDER BY seq LIMIT ? OFFSET ?"
        return [dict(r) for r in self.conn.execute(sql, (*args, -1 if limit is None else limit, offset))]

    def document_row(self, id: str) -> dict[str, Any] | None:
        """The stored row of one document (metadata decoded, no transliteration columns)."""
        r = self.conn.execute(f"SELECT {', '.join(SUMMARY_COLS)}, text, metadata FROM documents WHERE id = ?",
                              (id,)).fetchone()
        return None if r is None else {**dict(r), "metadata": _load(r["metadata"]) or {}}

    def document(self, id: str) -> Document | None:
        """The stored document, rebuilt with all its spans."""
        r = self.document_row(id)
        if r is None:
            return None
        q = self.conn.execute

        def rows(table: str) -> list[sqlite3.Row]:
            return q(f"SELECT * FROM {table} WHERE doc = ? ORDER BY ordinal", (id,)).fetchall()

        def span(x: sqlite3.Row, a: str = "span_start", b: str = "span_end") -> list[int] | None:
            return None if x[a] is None else [x[a], x[b]]

        d = {k: r[k] for k in ("id", "path", "text", "part", "format", "title", "url", "published", "updated",
                               "date_source", "author", "publisher", "lang", "encoding", "entry_sha256",
                               "metadata")}
        d["sha256"] = r["sha256"] or ""
        d["sections"] = [{"title": x["title"], "level": x["level"], "span": span(x),
                          "body": span(x, "body_start", "body_end")} for x in rows("sections")]
        d["paragraphs"] = [{"span": span(x), "lang": x["lang"], "lang_score": x["lang_score"]}
                           for x in rows("paragraphs")]
        d["sentences"] = [{"span": span(x), "paragraph": x["paragraph"]} for x in rows("sentences")]
        d["citations"] = [{"anchor": span(x, "anchor_start", "anchor_end"), "span": span(x), "url": x["url"],
                           "title": x["title"], "publisher": x["publisher"], "author": x["author"],
                           "date": x["date"], "access_date": x["access_date"], "name": x["name"],
                           "kind": x["kind"], "fields": _load(x["fields"]) or {}} for x in rows("citations")]
        d["links"] = [{"span": span(x), "target": x["target"]} for x in rows("links")]
        d["artefacts"] = [{"kind": x["kind"], "span": span(x), "detail": x["detail"] or ""}
                          for x in rows("artefacts")]
        return Document.from_dict(d)

    def claims(self, *, doc: str | None = None, measure: str | None = None, place: str | None = None,
               limit: int | None = None) -> list[dict[str, Any]]:
        """Claims as exported (``Claim.to_json()``), in document order."""
        where, args = _where({"c.doc": doc, "measure": measure, "place": place})
        sql = (f"SELECT c.* FROM claims c JOIN documents d ON d.id = c.doc{where} "
               "ORDER BY d.seq, c.ordinal LIMIT ?")
        return [claim_record(r) for r in self.conn.execute(sql, (*args, -1 if limit is None else limit))]

    def questions(self, *, measure: str | None = None, place: str | None = None) -> list[dict[str, Any]]:
        """Questions as exported (``Question.to_json()``), contested first, then by number of values."""
        where, args = _where({"measure": measure, "place": place})
        sql = (f"SELECT q.json FROM questions q{where} ORDER BY q.contested DESC, "
               "(SELECT count(*) FROM question_values v WHERE v.question = q.id) DESC, q.id")
        return [json.loads(r[0]) for r in self.conn.execute(sql, args)]

    def entities(self, *, type: str | None = None) -> list[dict[str, Any]]:
        """Entities as exported (``Entity.to_json()``), most mentioned first."""
        where, args = _where({"type": type})
        sql = f"SELECT json FROM entities{where} ORDER BY mentions DESC, canonical"
        return [json.loads(r[0]) for r in self.conn.execute(sql, args)]

    def timeline(self) -> list[dict[str, Any]]:
        """The merged timeline as exported (``TimelineEvent.to_json()``), in its stored order."""
        return [event_record(r, _TIMELINE_COLS) for r in self.conn.execute(
            f"SELECT {', '.join(_TIMELINE_COLS)} FROM timeline ORDER BY ordinal")]

    def analysis(self, id: str) -> Analysis | None:
        """The stored document with its claims, time expressions, mentions and events, as objects."""
        doc = self.document(id)
        if doc is None:
            return None
        q = self.conn.execute
        claims = [claim_from_json(claim_record(r))
                  for r in q("SELECT * FROM claims WHERE doc = ? ORDER BY ordinal", (id,))]
        timexes = [TimeExpr(span=(r["span_start"], r["span_end"]), text=r["text"], value=r["value"], kind=r["kind"],
                            tz=r["tz"], certainty=r["certainty"], anchor=r["anchor"],
                            inferred=tuple(_load(r["inferred"]) or ()))
                   for r in q("SELECT * FROM timexes WHERE doc = ? ORDER BY ordinal", (id,))]
        rows = q("SELECT * FROM mentions WHERE doc = ? ORDER BY ordinal", (id,)).fetchall()
        mentions = [_mention(id, r) for r in rows if not _furniture(r)]
        furniture = [_mention(id, r) for r in rows if _furniture(r)]
        events = [event_from_json(event_record(r, _EVENT_COLS))
                  for r in q(f"SELECT {', '.join(_EVENT_COLS)} FROM events WHERE doc = ? ORDER BY ordinal", (id,))]
        return Analysis(doc=doc, timexes=timexes, mentions=mentions, claims=claims, events=events,
                        furniture_mentions=furniture)

    def analyses(self) -> Iterator[Analysis]:
        """Every stored document's analysis, in ingestion order (``assemble(list(...))`` makes a dossier)."""
        for (id,) in self.conn.execute("SELECT id FROM documents ORDER BY seq").fetchall():
            a = self.analysis(id)
            if a is not None:
                yield a

    def get_state(self, key: str) -> Any:
        """A JSON value saved by `set_state` (None when absent)."""
        row = self.conn.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else None

    def set_state(self, key: str, value: Any) -> None:
        with self.transaction() as c:
            c.execute("INSERT INTO state (key, value, updated_at) VALUES (?, ?, ?) "
                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                      (key, json.dumps(value, ensure_ascii=False), now()))

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search across scripts; see `rashomon._search.search_documents`."""
        from ._search import search_documents

        return search_documents(self, query, limit)


def _repeated_ids(questions: Any) -> set[str]:
    """The ids given to more than one of ``questions``: from their packed ids when they carry them
    (`questions.build_questions`), else counted."""
    from collections import Counter

    from ._spill import PackedStrings

    ids = getattr(questions, "ids", None)
    if isinstance(ids, PackedStrings) and len(ids) == len(questions):
        return ids.repeated()
    return {i for i, n in Counter(q.id for q in questions).items() if n > 1}


def _int(v: Any) -> int | None:
    return v if isinstance(v, int) else None


def _where(filters: dict[str, Any]) -> tuple[str, tuple[Any, ...]]:
    items = [(k, v) for k, v in filters.items() if v is not None]
    if not items:
        return "", ()
    return " WHERE " + " AND ".join(f"{k} = ?" for k, _ in items), tuple(v for _, v in items)


@dataclass
class IngestResult:
    """What `ingest` did: documents stored new (or replaced), unchanged ones skipped, inputs failed."""

    new: int = 0
    unchanged: int = 0
    failed: int = 0
    run: int = 0
    errors: list[InputError] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"new": self.new, "unchanged": self.unchanged, "failed": self.failed, "run": self.run}


def ingest(
    inputs: Iterable[str],
    db: str | Path | Store,
    *,
    max_bytes: int | None = None,
    jobs: int = 1,
    force: bool = False,
    on_error: Callable[[InputError], None] | None = None,
    on_document: Callable[[Analysis], None] | None = None,
    dask: str | Any | None = None,
) -> IngestResult:
    """Read, analyze and store ``inputs`` into the store ``db``, incrementally: documents already
    stored with the same text are not analyzed again (unless ``force``). Each document is committed
    with its analysis as it comes, so an interrupted run keeps everything stored so far."""
    from .dossier import analyze_inputs

    inputs = list(inputs)
    store = db if isinstance(db, Store) else Store(db)
    # a connection of its own: with jobs > 1 the skip test runs in the process pool's feeder thread
    checker = Store(store.path, readonly=True)
    res = IngestResult()
    try:
        res.run = store.begin_run("ingest", inputs)

        def skip(doc: Document) -> bool:
            if not force and checker.has_document(doc.id, doc.content_sha256, analyzed=True):
                res.unchanged += 1
                return True
            return False

        kw: dict[str, Any] = {"jobs": jobs, "skip": skip, "dask": dask}
        if max_bytes is not None:
            kw["max_bytes"] = max_bytes
        for item in analyze_inputs(inputs, **kw):
            if isinstance(item, InputError):
                res.failed += 1
                res.errors.append(item)
                store.record_error(item, res.run)
                if on_error:
                    on_error(item)
                continue
            if store.add(item, run=res.run, force=force):
                res.new += 1
            else:
                res.unchanged += 1
            if on_document:
                on_document(item)
        store.finish_run(res.run, res.to_json())
    finally:
        checker.close()
        if store is not db:
            store.close()
    return res


def write_store(dossier: Any, path: str | Path) -> Path:
    """Write ``dossier`` (documents, analyses, corpus results, errors) as a fresh, self-contained
    SQLite file at ``path``; built beside it and moved into place, so a reader never sees half a file.

    One transaction on a file opened ``fresh`` (journal in memory, no fsync); the full-text index and
    the secondary indexes are built once at the end from the loaded rows (faster than row by row, and
    packed full), and the search trigger is put back for later writers."""
    path = Path(path)
    tmp = path.with_name(path.name + ".tmp")
    for p in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    with Store(tmp, fresh=True) as store, store.transaction() as c:
        run = store.begin_run("dossier", dossier.meta.get("inputs", []) if hasattr(dossier, "meta") else [])
        deferred = _defer_indexes(c)
        repeated = False
        for n, a in enumerate(dossier.analyses, 1):
            repeated = repeated or store.has_document(a.doc.id)  # on the key: no set of every id
            store._put_document(a.doc, run, False)
            store._put_analysis(a)
            if not n % _TRIM_EVERY:  # documents' texts freed between SQLite's growing cache pages
                release_memory()
        for e in dossier.errors:
            store.record_error(e, run)
        if repeated:  # an id given twice with other text: `save_corpus` settles which text stays
            store.save_corpus(dossier)
        else:  # every analysis is stored as given: only documents without one may be missing
            store._put_missing_docs(dossier)
            store._put_results(dossier)
        for sql in deferred:
            c.execute(sql)
        store.finish_run(run, {"documents": len(dossier.docs), "claims": len(dossier.claims),
                               "failed": len(dossier.errors)})
    release_memory()  # SQLite's cache and the batches, freed on close, go back to the system
    for p in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        p.unlink(missing_ok=True)
    os.replace(tmp, path)
    return path


#: documents written between two hand-backs of freed heap (`release_memory`) in `write_store`
_TRIM_EVERY = 512


#: indexes a fresh store needs while it is written: claims by document (`_put_analysis` replaces a
#: document's claims); every other secondary index is built after the rows are in
_KEEP_WHILE_WRITING = {"claims_doc"}


def _defer_indexes(c: sqlite3.Connection) -> list[str]:
    """Drop the search trigger and the secondary indexes of an empty store; returns the statements that
    build them again (the full-text index with FTS5 'rebuild', then the trigger, then the indexes)."""
    out = []
    trigger = c.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'documents_fts_insert'").fetchone()
    if trigger:
        c.execute("DROP TRIGGER documents_fts_insert")
        out += ["INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')", trigger[0]]
    for name, sql in c.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                               "ORDER BY rowid").fetchall():
        if name not in _KEEP_WHILE_WRITING:
            c.execute(f"DROP INDEX [{name}]")
            out.append(sql)
    return out


class DossierSink:
    """Stores what `rashomon.dossier.build_dossier` produces, as it is produced (``db=`` there)."""

    def __init__(self, db: str | Path, inputs: Iterable[str]) -> None:
        self.store = Store(db)
        self.run = self.store.begin_run("dossier", list(inputs))
        self.new = self.unchanged = self.failed = 0

    def put(self, item: Analysis | InputError) -> None:
        if isinstance(item, InputError):
            self.failed += 1
            self.store.record_error(item, self.run)
        elif self.store.add(item, run=self.run):
            self.new += 1
        else:
            self.unchanged += 1

    def finish(self, dossier: Any) -> None:
        try:
            self.store.save_corpus(dossier)
            self.store.finish_run(self.run, {"new": self.new, "unchanged": self.unchanged, "failed": self.failed})
        finally:
            self.store.close()


def _mention_extra(m: Mention) -> str | None:
    """The JSON of what a tagged mention carries besides its `Mention` fields and the linker reads
    (the tagger's evidence, another written form of its name, names its page shows outside the text);
    None when nothing."""
    extra = {}
    if how := getattr(m, "how", ""):
        extra["how"] = how  # the evidence weighs in the linker: a reused analysis links as a fresh one
    if alias := getattr(m, "alias", ""):
        extra["alias"] = alias
    if page := getattr(m, "page_aliases", ()):
        extra["page_aliases"] = [list(p) for p in page]
    return _json(extra) if extra else None


def _furniture(r: sqlite3.Row) -> bool:
    """Whether a stored mention lies in the page furniture (kept for entity linking only)."""
    return bool(r["extra"]) and '"furniture"' in r["extra"]


def _mention(doc: str, r: sqlite3.Row) -> Mention:
    """A stored mention: a `TaggedMention` when it carries a written form the linker reads, else a `Mention`."""
    fields = dict(doc=doc, span=(r["span_start"], r["span_end"]), text=r["text"], type=r["type"], lemma=r["lemma"],
                  key=r["key"], gazetteer_id=r["gazetteer_id"], canonical=r["canonical"], entity=r["entity"])
    extra = _load(r["extra"])
    if extra:
        extra.pop("furniture", None)
    if not extra:
        return Mention(**fields)
    from .entities import TaggedMention

    return TaggedMention(**fields, how=extra.get("how", ""), alias=extra.get("alias", ""),
                         page_aliases=tuple(tuple(p) for p in extra.get("page_aliases", ())))
