"""JSON Lines reader, streamed: one document per line (``text`` plus optional metadata fields).

Exports name their fields differently: the text may be ``content``, ``body``, ``article``,
``maintext``...; the title ``headline``; the date ``publish_date``, ``date_publish``, ``pubDate``...
(`TEXT_KEYS`, `TITLE_KEYS`, `DATE_KEYS`, ...: the first field present wins). An Elasticsearch hit's
``_source`` object is read as the entry.

Ids are ``PATH#PART``: PART is the line's ``id`` when it is a simple token, else the 1-based line
number. Malformed lines are skipped and reported together in one `InputError` (E107) after every good
document has been yielded. A ``format`` field of ``html``, ``markdown`` or ``wikitext`` routes the text
through that reader.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

from ..document import Artefact, Document, Link, Section
from ..encoding import clean, find_artefacts, normalize
from ..errors import InputError
from . import RawInput
from .text import close_sections, new_document

_PART = re.compile(r"^[\w.:-]{1,100}$")
_ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$")
_KNOWN = {"text", "title", "url", "date", "published", "updated", "source", "publisher", "author", "lang", "id",
          "format"}
#: where exports put an article's parts, in order of preference (the first non-empty field wins)
TEXT_KEYS = ("text", "content", "body", "article", "maintext", "full_text", "fulltext", "article_text",
             "text_content", "content_text", "description", "summary")
TITLE_KEYS = ("title", "headline", "header")
URL_KEYS = ("url", "link", "source_url", "canonical_url")
DATE_KEYS = (("published", "published"), ("date", "published"), ("publish_date", "published"),
             ("date_publish", "published"), ("published_at", "published"), ("pubDate", "published"),
             ("pub_date", "published"), ("datetime", "published"), ("created_at", "published"),
             ("updated", "updated"), ("date_modify", "updated"), ("modified", "updated"))
SOURCE_KEYS = ("source", "publisher", "source_name", "site_name", "outlet", "source_domain", "domain")
AUTHOR_KEYS = ("author", "authors", "byline")
LANG_KEYS = ("lang", "language")
_CITATIONS = "\0citations"  # carries a sub-reader's citations out of _convert
#: at most this many malformed lines are named in the error
MAX_REPORTED = 5


def read(raw: RawInput) -> Iterator[Document]:
    bad = BadEntries()
    seen: set[str] = set()
    n_docs = 0
    with raw.open() as f:
        for lineno, line in enumerate(f, 1):
            if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                line = line[3:]
            line = line.rstrip(b"\r\n")
            if not line.strip():
                continue
            try:
                doc = _entry(raw, line, lineno, seen)
            except _BadLine as e:
                bad.add(f"line {lineno}", e)
                continue
            n_docs += 1
            yield doc
    bad.raise_if_any(raw.path, "E107")
    if not n_docs:
        raise InputError(raw.path, "E109", "no JSON Lines document with text")


class BadEntries:
    """The malformed entries of a container file, reported together in one `InputError` after every
    good document has been yielded (the first `MAX_REPORTED` by name, then how many more)."""

    def __init__(self) -> None:
        self.named: list[str] = []
        self.count = 0

    def add(self, where: str, error: Exception) -> None:
        self.count += 1
        if len(self.named) < MAX_REPORTED:
            self.named.append(f"{where}: {error}")

    def raise_if_any(self, path: str, code: str) -> None:
        if self.count:
            more = f" (and {self.count - len(self.named)} more)" if self.count > len(self.named) else ""
            raise InputError(path, code, "; ".join(self.named) + more)


class _BadLine(Exception):
    pass


def _entry(raw: RawInput, line: bytes, lineno: int, seen: set[str]) -> Document:
    try:
        obj = json.loads(line)
    except UnicodeDecodeError:
        raise _BadLine("not UTF-8") from None
    except (ValueError, RecursionError) as e:
        raise _BadLine(f"not JSON ({str(e)[:80]})") from None
    if not isinstance(obj, dict):
        raise _BadLine("not a JSON object")
    if isinstance(obj.get("_source"), dict):
        obj = obj["_source"]
    used: set[str] = set()
    body_key = _first(obj, TEXT_KEYS, used)
    if body_key is None:
        raise _BadLine("no 'text' string (nor content, body, article...)")
    body = obj[body_key]
    if not isinstance(body, str):
        raise _BadLine(f"'{body_key}' is not a string")
    given = obj.get("id")
    part = str(given) if isinstance(given, str | int) and not isinstance(given, bool) else ""
    if not _PART.match(part) or part in seen:
        part = str(lineno)
    seen.add(part)
    fmt = str(obj.get("format") or "text").lower()
    text, links, sections, extra, artefacts = _convert(body, fmt, raw.path)
    title_key = _first(obj, TITLE_KEYS, used)
    title = _str(obj[title_key]) if title_key else None
    if title and not text.startswith(title):
        shift = len(title) + 2
        text = f"{title}\n\n{text}"
        links = [Link((s + shift, e + shift), t) for (s, e), t in ((x.span, x.target) for x in links)]
        for s in sections:
            s.span, s.body = (s.span[0] + shift, s.span[1] + shift), (s.body[0] + shift, s.body[1] + shift)
        artefacts = [Artefact(a.kind, None if a.span is None else (a.span[0] + shift, a.span[1] + shift), a.detail)
                     for a in artefacts]
        sections.insert(0, Section(title, 1, (0, len(title)), (0, len(text))))
        close_sections(sections, len(text))
    if not title and sections and sections[0].level == 1 and sections[0].span[0] == 0:
        title = sections[0].title
    doc = new_document(raw, text, "jsonl", part=part, encoding="utf-8", artefacts=artefacts, title=title)
    doc.entry_sha256 = hashlib.sha256(line).hexdigest()
    doc.links, doc.sections = links, sections
    key = _first(obj, URL_KEYS, used)
    doc.url = _str(obj[key]) if key else None
    key = _first(obj, AUTHOR_KEYS, used, lists=True)
    doc.author = _str(_joined(obj[key])) if key else None
    key = _first(obj, SOURCE_KEYS, used, dicts=True)
    src = obj[key] if key else None
    doc.publisher = _str(src.get("name") if isinstance(src, dict) else src)
    for key, field_ in DATE_KEYS:
        value = _str(obj.get(key))
        if value:
            used.add(key)
        if value and getattr(doc, field_) is None:
            if _ISO.match(value):
                setattr(doc, field_, value.replace(" ", "T"))
                doc.date_source = doc.date_source or f"jsonl:{key}"
            else:
                doc.metadata[key] = value
    key = _first(obj, LANG_KEYS, used)
    lang = _str(obj[key]) if key else None
    if lang:
        doc.metadata["lang_declared"] = lang.lower()
    doc.citations = extra.pop(_CITATIONS, [])
    doc.metadata.update(extra)
    for key, value in obj.items():
        if key not in _KNOWN and key not in used and isinstance(value, str | int | float | bool) and len(doc.metadata) < 100:
            doc.metadata[str(key)[:100]] = value if not isinstance(value, str) else value[:2000]
    return doc


def _convert(body: str, fmt: str, path: str) -> tuple[str, list[Link], list[Section], dict[str, Any], list[Artefact]]:
    """The entry's text through the reader its ``format`` names; plain text otherwise."""
    if fmt == "html":
        from .html import convert as html_convert

        try:
            ex = html_convert(clean(body), path, main_content=False)
        except InputError:
            raise _BadLine("HTML 'text' holds no text") from None
        return ex.text, ex.links, ex.sections, ex.meta, find_artefacts(ex.text)
    if fmt in ("markdown", "md"):
        from .markdown import convert as md_convert

        text, artefacts = normalize(body, located=False)  # defects: in the converted text
        conv = md_convert(text)
        return conv.text.strip(), conv.links, conv.sections, {}, [a for a in artefacts if a.span is None] + find_artefacts(conv.text.strip())
    if fmt in ("wikitext", "mediawiki"):
        converted = _via_reader("wikitext", body, path)
        if converted is not None:
            return converted
    text, artefacts = normalize(body)
    stripped = text.strip()
    lead = len(text) - len(text.lstrip())
    if lead:
        artefacts = [a if a.span is None else Artefact(a.kind, (a.span[0] - lead, a.span[1] - lead), a.detail)
                     for a in artefacts if a.span is None or a.span[0] >= lead]
    return stripped, [], [], {}, [a for a in artefacts if a.span is None or a.span[1] <= len(stripped)]


def _via_reader(fmt: str, body: str, path: str) -> Any:
    """Run another reader (e.g. wikitext, written separately) on an entry's text, if it is installed."""
    import importlib

    from . import READERS

    try:
        module = importlib.import_module(READERS[fmt])
        doc = next(iter(module.read(RawInput(path=path, _data=body.encode("utf-8"), format=fmt))), None)
    except (ImportError, InputError, StopIteration):
        return None
    if doc is None:
        return None
    extra: dict[str, Any] = dict(doc.metadata)
    extra[_CITATIONS] = doc.citations
    return doc.text, doc.links, doc.sections, extra, doc.artefacts


def _first(obj: dict, keys: tuple[str, ...], used: set[str], *, lists: bool = False, dicts: bool = False) -> str | None:
    """The first of ``keys`` whose value in ``obj`` is a non-empty string (or number; a list of strings
    with ``lists``, an object with a ``name`` with ``dicts``), noted in ``used``."""
    for key in keys:
        v = obj.get(key)
        ok = (isinstance(v, str) and v.strip()) or (isinstance(v, int | float) and not isinstance(v, bool))
        ok = ok or (lists and isinstance(v, list) and any(isinstance(x, str) and x.strip() for x in v))
        ok = ok or (dicts and isinstance(v, dict) and isinstance(v.get("name"), str))
        if ok:
            used.add(key)
            return key
    return None


def _joined(value: Any) -> Any:
    """A list of names as one string ("A, B"); anything else as it is."""
    if isinstance(value, list):
        return ", ".join(x.strip() for x in value if isinstance(x, str) and x.strip())
    return value


def _str(value: Any) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        s = clean(str(value)).strip()
        return s[:2000] or None
    return None
