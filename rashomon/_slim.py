"""Documents whose text and spans stay in the SQLite store until read: keeps a large run's memory
flat in corpus size.

`build_dossier(..., db=PATH)` replaces each analysis' document, once stored, by `slim(doc, PATH)`: a
`Document` holding only its metadata. Reading ``text`` fetches it from the store (one query); reading
``sentences``, ``paragraphs``, ``sections``, ``citations``, ``links`` or ``artefacts`` rebuilds the
stored document. Small caches (the last `CACHE` documents) make the sequential passes of the corpus
stages and writers cheap while holding only a few documents at a time. Readers use their own
read-only connection per process and store path.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import fields
from pathlib import Path
from typing import Any

from .document import Document

LAZY = ("text", "sections", "paragraphs", "sentences", "citations", "links", "artefacts")
CACHE = 16

_lock = threading.Lock()
_stores: dict[str, Any] = {}
# keyed by (store, id, text hash): a document replaced in the store later is never served stale
_texts: OrderedDict[tuple[str, str, str], str] = OrderedDict()
_docs: OrderedDict[tuple[str, str, str], Document] = OrderedDict()


def _store(db: str) -> Any:
    from .store import Store

    s = _stores.get(db)
    if s is None:
        s = _stores[db] = Store(db, readonly=True)
    return s


def _cached(cache: OrderedDict, key: tuple[str, str, str], load: Any) -> Any:
    with _lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
        value = load()
        cache[key] = value
        if len(cache) > CACHE:
            cache.popitem(last=False)
        return value


def _full(db: str, doc_id: str, sha: str) -> Document:
    def load() -> Document:
        d = _store(db).document(doc_id)
        if d is None:
            raise LookupError(f"document {doc_id!r} is no longer in the store {db}")
        return d

    return _cached(_docs, (db, doc_id, sha), load)


def _text(db: str, doc_id: str, sha: str) -> str:
    def load() -> str:
        full = _docs.get((db, doc_id, sha))
        if full is not None:
            return full.text
        row = _store(db).conn.execute("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()
        if row is None:
            raise LookupError(f"document {doc_id!r} is no longer in the store {db}")
        return row[0]

    return _cached(_texts, (db, doc_id, sha), load)


class _Lazy:
    """A field read from the store on access (assignments are ignored: stored documents are final)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, owner: type | None = None) -> Any:
        if obj is None:
            return self
        if self.name == "text":
            return _text(obj._db, obj.id, obj._sha)
        return getattr(_full(obj._db, obj.id, obj._sha), self.name)

    def __set__(self, obj: Any, value: Any) -> None:
        pass


class StoredDocument(Document):
    """A `Document` whose text and spans are read from the store ``_db`` when needed."""

    _db: str
    _sha: str

    @property
    def content_sha256(self) -> str:
        return self._sha


for _name in LAZY:
    setattr(StoredDocument, _name, _Lazy(_name))


def slim(doc: Document, db: str | Path) -> Document:
    """``doc`` (already stored in ``db``) without its text and spans in memory."""
    if isinstance(doc, StoredDocument):
        return doc
    s = StoredDocument.__new__(StoredDocument)
    for f in fields(Document):
        if f.name not in LAZY:
            setattr(s, f.name, getattr(doc, f.name))
    s._db = str(db)
    s._sha = doc.content_sha256
    return s


def close_all() -> None:
    """Close the read-only connections and drop the caches (tests, long-lived processes)."""
    with _lock:
        for s in _stores.values():
            s.close()
        _stores.clear()
        _texts.clear()
        _docs.clear()
