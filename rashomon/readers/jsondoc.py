"""JSON reader: a file holding ONE JSON value (not one per line): an array of articles, an object whose
list holds them (``{"articles": [...]}``, ``{"data": {"items": [...]}}``, an Elasticsearch answer's
``{"hits": {"hits": [...]}}``), or a single article object.

Each article is read as a JSON Lines entry (`rashomon.readers.jsonl`: the text under ``text``,
``content``, ``body``..., the same metadata fields, a ``format`` field honoured), so an export gives the
same documents whether it is written as one JSON array or as JSON Lines. Ids are ``PATH#PART``: the
article's own ``id`` or its 1-based position in the list. The file is parsed whole, so it is bounded
by ``--max-bytes``: give JSON Lines (streamed) for larger exports.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..encoding import decode
from ..errors import InputError
from . import RawInput
from .jsonl import TEXT_KEYS, BadEntries, _BadLine, _entry

#: keys under which exports keep their list of articles, in order of preference
LIST_KEYS = ("articles", "items", "documents", "docs", "data", "results", "posts", "entries", "records",
             "news", "stories", "hits", "response", "rows")
#: how deep to look for the list ({"response": {"data": {"articles": [...]}}})
MAX_DEPTH = 3


def read(raw: RawInput) -> Iterator[Document]:
    data = raw.data
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = decode(data, raw.path).text
    try:
        value = json.loads(text)
    except RecursionError:
        raise InputError(raw.path, "E114", "nested too deeply") from None
    except ValueError as e:
        raise InputError(raw.path, "E114", str(e)[:120]) from None
    items = articles(value)
    if not items:
        raise InputError(raw.path, "E109", "no article in the JSON: give an array of objects with a 'text' "
                                           "(or content, body...) field, or an object holding such a list")
    seen: set[str] = set()
    bad = BadEntries()
    for n, item in enumerate(items, 1):
        line = json.dumps(item, ensure_ascii=False, sort_keys=True).encode("utf-8")
        try:
            doc = _entry(raw, line, n, seen)
        except _BadLine as e:
            bad.add(f"item {n}", e)
            continue
        doc.format = "json"
        yield doc
    bad.raise_if_any(raw.path, "E114")


def articles(value: Any, depth: int = 0) -> list[dict] | None:
    """The article objects of a parsed JSON value, or None when it holds none."""
    if isinstance(value, list):
        found = [x for x in value if isinstance(x, dict)]
        return found if found and len(found) == len(value) else None
    if not isinstance(value, dict) or depth > MAX_DEPTH:
        return None
    if _is_article(value):
        return [value]
    for key in LIST_KEYS:
        got = articles(value.get(key), depth + 1) if key in value else None
        if got:
            return got
    for key in sorted(k for k in value if k not in LIST_KEYS):
        v = value[key]
        if isinstance(v, list) and v and all(isinstance(x, dict) for x in v) and any(map(_is_article, v)):
            return v
    return None


def _is_article(obj: dict) -> bool:
    src = obj.get("_source")
    if isinstance(src, dict):
        obj = src
    return any(isinstance(obj.get(k), str) and obj[k].strip() for k in TEXT_KEYS)
