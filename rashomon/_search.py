"""Full-text search over the store that finds Cyrillic and Latin text alike.

How it works:

* ``documents`` keeps, beside ``title`` and ``text``, their *folded* forms ``title_ascii`` and
  ``text_ascii``: lowercased, then transliterated letter by letter with anyascii, except for the
  letters listed in ``rashomon/lang/*/search_fold.txt`` (Kazakh ``ң`` -> ``n``, so ``Жаңатас``,
  ``Жанатас`` and ``Zhanatas`` all fold to ``zhanatas``). The FTS5 table ``documents_fts``
  indexes the four columns with the ``trigram`` tokenizer (any substring of >= 3 characters matches);
  the columns as written serve Datasette and the sqlite3 shell, the folded ones this module.
* A query term is folded the same way and looked up in the folded columns. Folding works letter by
  letter, so whatever contains the term also contains its folded form: ``Zhanatas`` finds
  ``Жанатас``, ``Жанатас`` finds ``Zhanatas`` and ``ЖАНАТАСЕ``, each finds itself; so the query
  only needs the folded columns. Terms are ANDed; ``"a phrase"`` in double quotes is one term.
* Terms whose folded form is shorter than 3 characters cannot use the trigram index: they are
  matched with ``LIKE`` on the folded columns (filtering the index hits, or scanning when every
  term is short).
* Hits are ranked by BM25. Their spans are found again in the folded text and mapped back through
  a per-character offset map, so every hit carries exact offsets into ``documents.text`` and a
  snippet with highlight offsets the UI can link to.

Folding is one table lookup per character, so offsets map back exactly. Spellings that still differ
after folding (``Kiev`` / ``Київ`` -> ``kyiv``) are not matched to each other; entity linking links
those. A store records the signature of the fold table and refolds its documents when it changes.
"""

from __future__ import annotations

import functools
import hashlib
import re
from typing import Any

from anyascii import anyascii

from .langdata import languages, load_map

#: characters of context either side of the first hit in a snippet
CONTEXT = 80
MAX_SPANS = 200
_TERM = re.compile(r'"([^"]*)"|(\S+)')
_CONTROLS = {c: " " for c in range(32)}
#: bump when `fold` changes in code (data changes are caught by the signature of the override table)
FOLD_VERSION = 2


def terms(query: str) -> list[str]:
    """Split a query into terms: whitespace-separated words, ``"quoted phrases"`` kept whole."""
    out: list[str] = []
    query = query.translate(_CONTROLS)  # FTS5 ends a query string at NUL
    for m in _TERM.finditer(query):
        t = (m.group(1) if m.group(1) is not None else m.group(2)).strip()
        if t and t not in out:
            out.append(t)
    return out


@functools.cache
def fold_overrides() -> dict[str, str]:
    """Letter -> Latin overrides of anyascii from every ``lang/*/search_fold.txt``."""
    out: dict[str, str] = {}
    for lang in [None, *languages()]:
        out.update({k: v.lower() for k, v in load_map(lang, "search_fold").items() if len(k) == 1 and v.isascii()})
    return out


def fold_signature() -> str:
    """Changes whenever folding would give another result (stored folded columns are then rebuilt)."""
    from importlib.metadata import version

    items = "".join(f"{k}{v};" for k, v in sorted(fold_overrides().items()))
    return f"v{FOLD_VERSION}+anyascii-{version('anyascii')}+" + hashlib.sha256(items.encode("utf-8")).hexdigest()[:16]


class _FoldTable(dict):  # type: ignore[type-arg]
    """``str.translate`` table built lazily: code point -> folded string."""

    def __missing__(self, cp: int) -> str:
        if cp < 32:  # control characters (NUL ends an FTS5 string): a space, one for one
            return " "
        over = fold_overrides()
        f = "".join(over.get(c) or anyascii(c).lower() for c in chr(cp).lower())
        if len(self) < 200_000:
            self[cp] = f
        return f


_FOLD = _FoldTable()


def fold(s: str | None) -> str:
    """The search form of a text: lowercased, transliterated per letter (Жаңатас -> zhanatas)."""
    if not s:
        return ""
    return s.lower().translate(_CONTROLS) if s.isascii() else s.translate(_FOLD)


def _fts_phrase(s: str, prefix: bool = False) -> str:
    return '"' + s.replace('"', '""') + '"' + ("*" if prefix else "")


def _like(s: str) -> str:
    return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


_LIKE = "(d.title_ascii LIKE ? ESCAPE '\\' OR d.text_ascii LIKE ? ESCAPE '\\')"


def search_documents(store: Any, query: str, limit: int = 20) -> list[dict[str, Any]]:
    """Documents matching every term of ``query``, best first, each a dict with ``doc``, ``title``,
    ``score``, ``snippet``, ``snippet_start`` (offset of the snippet in the text), ``highlights``
    (spans within the snippet), ``spans`` (spans in the document text) and ``in_title``. ``score`` is
    BM25 with title matches weighted double, higher is better (0 for short-term ``LIKE`` scans)."""
    ts = [f for f in dict.fromkeys(fold(t) for t in terms(query)) if f.strip()]
    if not ts or limit <= 0:
        return []
    trigram = store._fts_trigram
    indexed = [t for t in ts if len(t) >= 3 or not trigram]
    like_sql = [_LIKE for t in ts if t not in indexed]
    like_args = [a for t in ts if t not in indexed for a in (_like(t), _like(t))]
    if indexed:
        match = " AND ".join("{title_ascii text_ascii} : " + _fts_phrase(t, prefix=not trigram) for t in indexed)
        sql = ("SELECT d.id, d.title, d.text, -bm25(documents_fts, 2.0, 1.0, 2.0, 1.0) AS score FROM documents_fts "
               "JOIN documents d ON d.seq = documents_fts.rowid WHERE documents_fts MATCH ?"
               + "".join(" AND " + s for s in like_sql) + " ORDER BY score DESC LIMIT ?")
        rows = store.conn.execute(sql, (match, *like_args, limit)).fetchall()
    else:
        sql = ("SELECT d.id, d.title, d.text, 0.0 AS score FROM documents d WHERE "
               + " AND ".join(like_sql) + " ORDER BY d.seq LIMIT ?")
        rows = store.conn.execute(sql, (*like_args, limit)).fetchall()
    return [hit(r["id"], r["title"], r["text"], ts, r["score"]) for r in rows]


def hit(doc: str, title: str | None, text: str, ts: list[str], score: float = 0.0) -> dict[str, Any]:
    spans = find_spans(text, ts)
    in_title = bool(title) and bool(find_spans(title or "", ts))
    if spans:
        start = max(0, spans[0][0] - CONTEXT)
        end = min(len(text), spans[0][1] + CONTEXT)
        while start > 0 and not text[start - 1].isspace() and spans[0][0] - start < CONTEXT + 20:
            start -= 1
        while end < len(text) and not text[end].isspace() and end - spans[0][1] < CONTEXT + 20:
            end += 1
    else:
        start, end = 0, min(len(text), 2 * CONTEXT)
    snippet = text[start:end].replace("\n", " ").replace("\r", " ").replace("\t", " ")
    highlights = [[max(s, start) - start, min(e, end) - start] for s, e in spans if s < end and e > start]
    return {"doc": doc, "title": title, "score": round(float(score), 4), "snippet": snippet,
            "snippet_start": start, "highlights": highlights, "spans": [list(s) for s in spans],
            "in_title": in_title}


def find_spans(text: str, folded_terms: list[str]) -> list[tuple[int, int]]:
    """Every occurrence in ``text`` of any folded term, as merged, sorted spans of ``text``."""
    folded, origin = fold_map(text)
    found: list[tuple[int, int]] = []
    for t in folded_terms:
        found += [(origin[s], origin[e - 1] + 1) for s, e in _occurrences(folded, t)]
    return _merge(found)[:MAX_SPANS]


def _occurrences(hay: str, needle: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    if not needle:
        return out
    i = hay.find(needle)
    while i >= 0 and len(out) < MAX_SPANS:
        out.append((i, i + len(needle)))
        i = hay.find(needle, i + 1)
    return out


def fold_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the offset of the original character."""
    if text.isascii():
        return fold(text), list(range(len(text)))
    parts = [_FOLD[ord(ch)] for ch in text]
    origin = [i for i, p in enumerate(parts) for _ in range(len(p))]
    return "".join(parts), origin


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(set(spans)):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out
