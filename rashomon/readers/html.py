"""HTML reader: main text (trafilatura, lxml fallback), title, dates, author, site name, headings, links.

The page is parsed once with lxml; metadata comes from ``<meta>``, ``<time>``, JSON-LD and trafilatura;
the main content is trafilatura's XML body walked into plain text (headings become `Section`s, links
`Link`s). Scripts and styles are never kept. `convert` is reused for HTML inside feeds and JSON Lines.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from ..document import Document, Link, Section
from ..encoding import clean, decode, find_artefacts, normalize
from ..errors import InputError
from . import RawInput
from .text import close_sections, new_document

_CHARSET = re.compile(rb"<meta[^>]{0,300}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I)
_WS = re.compile(r"\s+")
_ISO = re.compile(r"\d{4}-\d{2}(?:-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?)?)?")
_SKIP = {"script", "style", "noscript", "template", "iframe", "svg", "math", "object", "canvas", "form",
         "button", "select", "textarea", "head", "nav"}
_BLOCK2 = {"p", "div", "section", "article", "main", "header", "footer", "aside", "blockquote", "pre", "ul",
           "ol", "dl", "table", "figure", "quote", "list", "hr", "center", "details", "summary", "code"}
_BLOCK1 = {"li", "tr", "dt", "dd", "item", "row", "br", "lb", "figcaption", "caption", "address"}
_CELLS = {"td", "th", "cell"}
_PUBLISHED = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "dc.date.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date", "article.published")
_UPDATED = ("article:modified_time", "og:updated_time", "datemodified", "last-modified", "dc.date.modified")


@dataclass(slots=True)
class Extracted:
    text: str
    title: str | None = None
    links: list[Link] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)


def read(raw: RawInput) -> Iterator[Document]:
    text, encoding, artefacts = _decode(raw)
    ex = convert(text, path=raw.path)
    artefacts = [a for a in artefacts if a.span is None] + find_artefacts(ex.text)
    meta = ex.meta
    doc = new_document(raw, ex.text, "html", encoding=encoding, artefacts=artefacts, title=ex.title)
    doc.links, doc.sections = ex.links, ex.sections
    doc.url = meta.pop("url", None)
    doc.author = meta.pop("author", None)
    doc.publisher = meta.pop("sitename", None)
    for key in ("published", "updated", "date_source"):
        setattr(doc, key, meta.pop(key, None))
    doc.metadata = meta
    yield doc


def convert(markup: str, path: str = "-", *, main_content: bool = True) -> Extracted:
    """HTML source to plain text with spans and metadata; raises `InputError` when no text comes out."""
    import lxml.html
    from lxml import etree

    try:
        tree = lxml.html.document_fromstring(markup)
    except (etree.ParserError, ValueError) as e:
        raise InputError(path, "E109", f"no HTML content ({e})") from e
    meta = _metadata(tree)
    body = None
    if main_content and len(markup) > 200:
        body = _trafilatura_body(markup, meta)
    b = _Builder()
    if body is not None:
        b.walk(body)
    if not b.parts:
        b = _Builder()
        fallback = tree.find("body")
        b.walk(fallback if fallback is not None else tree)
    text = "".join(b.parts).strip()
    if not text:
        raise InputError(path, "E109", "the HTML holds no text")
    title = meta.pop("title", None)
    first = b.sections[0] if b.sections else None
    if title and first and first.span[0] == 0 and first.level == 1 and first.title in title:
        title = first.title  # the page's own h1 opens the text: it is the title
    elif title and not text.startswith(title):
        b.prepend(title)
        b.sections.insert(0, Section(title, 1, (0, len(title)), (0, 0)))
        text = "".join(b.parts).strip()
    close_sections(b.sections, len(text))
    return Extracted(text, title or _first_heading(b.sections), b.links, b.sections, meta)


def _decode(raw: RawInput) -> tuple[str, str, list]:
    data = raw.data
    m = _CHARSET.search(data[:4096])
    if m:
        import codecs

        try:
            enc = codecs.lookup(m.group(1).decode("ascii")).name
            text, artefacts = normalize(data.decode(enc), located=False)  # defects: in the extracted text
            return text, enc, artefacts
        except (LookupError, UnicodeDecodeError):
            pass
    d = decode(data, raw.path, located=False)
    return d.text, d.encoding, d.artefacts


@functools.lru_cache(maxsize=1)
def _extractor(today: str) -> Any:
    """trafilatura's options for `_trafilatura_body`, built once a day (building them reads its config,
    and they hold today's date as the latest a page may bear). The output format only decides whether
    trafilatura also renders the body as plain text, which is not used: "txt" skips that rendering; the
    body and metadata are the same."""
    from trafilatura.settings import Extractor

    return Extractor(output_format="txt", with_metadata=True, links=True, comments=False, formatting=False,
                     tables=True)


def _trafilatura_body(markup: str, meta: dict[str, Any]) -> Any:
    import trafilatura

    try:
        d = trafilatura.bare_extraction(markup, options=_extractor(datetime.now().astimezone().strftime("%Y-%m-%d")))
    except Exception:  # noqa: BLE001 - a failing extractor falls back to the plain lxml walk
        return None
    if d is None:
        return None
    for key, attr in (("title", "title"), ("author", "author"), ("sitename", "sitename"), ("url", "url")):
        value = getattr(d, attr, None)
        if value and (not meta.get(key) or key == "title"):  # trafilatura strips " - Site" from titles
            meta[key] = clean(str(value))
    if getattr(d, "date", None) and not meta.get("published"):
        meta["published"], meta["date_source"] = d.date, "html:htmldate"
    return getattr(d, "body", None)


def _metadata(tree: Any) -> dict[str, Any]:
    """Title, dates, author, site name, canonical URL and description from the page head."""
    meta: dict[str, Any] = {}
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or el.get("http-equiv") or "").lower()
        value = el.get("content")
        if key and value and key not in found:
            found[key] = clean(value.strip())
    for keys, field_ in ((_PUBLISHED, "published"), (_UPDATED, "updated")):
        for k in keys:
            m = _ISO.match(found.get(k, ""))
            if m:
                meta[field_] = m.group().replace(" ", "T")
                meta.setdefault("date_source", f"html:meta[{k}]")
                break
    _json_ld(tree, meta)
    if "published" not in meta:
        for t in tree.iter("time"):
            m = _ISO.match(t.get("datetime") or "")
            if m:
                meta["published"], meta["date_source"] = m.group().replace(" ", "T"), "html:time"
                break
    title = found.get("og:title") or _node_text(tree.find(".//title"))
    if title:
        meta["title"] = title
    if found.get("author") and "://" not in found["author"]:
        meta.setdefault("author", found["author"])
    if found.get("og:site_name"):
        meta["sitename"] = found["og:site_name"]
    for link in tree.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            meta["url"] = link.get("href")
            break
    meta.setdefault("url", found.get("og:url"))
    if not meta["url"]:
        del meta["url"]
    if found.get("description") or found.get("og:description"):
        meta["description"] = found.get("description") or found.get("og:description")
    names = _page_names(tree)
    if names:
        meta["page_names"] = names
    lang = tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang")
    if lang:
        meta["html_lang"] = lang
    return meta


_COPYRIGHT = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.,;|\n©]{3,100})", re.I)


def _page_names(tree: Any) -> list[str]:
    """Names the page shows outside its main text: the head's <title> whole (with the site's name that
    extraction strips: "... | Ministry of Health"), the name after a footer's ©, the text of the link
    to the site's home page. Kept as metadata (``page_names``), never as text."""
    out = []
    title = _node_text(tree.find(".//title"))
    if title:
        out.append(title)
    for el in tree.iter("footer"):
        m = _COPYRIGHT.search(_node_text(el) or "")
        if m and m.group(1).strip():
            out.append(m.group(1).strip())
    for a in tree.iter("a"):
        if (a.get("href") or "").strip() in ("/", "./", "/index.html") and (t := _node_text(a)) and len(t) <= 100:
            out.append(t)
            break
    return list(dict.fromkeys(out))[:4]


def _json_ld(tree: Any, meta: dict[str, Any]) -> None:
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text[:200_000])
        except ValueError:
            continue
        todo, seen = [data], 0
        while todo and seen < 500:  # iterative, bounded walk of the JSON-LD graph
            node = todo.pop()
            seen += 1
            if isinstance(node, list):
                todo.extend(node)
            elif isinstance(node, dict):
                for key, field_ in (("datePublished", "published"), ("dateModified", "updated")):
                    m = _ISO.match(str(node.get(key, "")))
                    if m and field_ not in meta:
                        meta[field_] = m.group().replace(" ", "T")
                        meta.setdefault("date_source", f"html:json-ld[{key}]")
                author = node.get("author")
                if isinstance(author, dict) and isinstance(author.get("name"), str):
                    meta.setdefault("author", clean(author["name"]))
                elif (isinstance(author, list) and author and isinstance(author[0], dict)
                      and isinstance(author[0].get("name"), str)):
                    meta.setdefault("author", clean(author[0]["name"]))
                todo.extend(v for v in node.values() if isinstance(v, dict | list))


def _node_text(el: Any) -> str | None:
    if el is None:
        return None
    text = _WS.sub(" ", clean(el.text_content() if hasattr(el, "text_content") else "".join(el.itertext()))).strip()
    return text or None


def _first_heading(sections: list[Section]) -> str | None:
    return sections[0].title if sections and sections[0].level == 1 else None


class _Builder:
    """Walks an element tree (iteratively) into text, with link and heading spans."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.brk = 0
        self.links: list[Link] = []
        self.sections: list[Section] = []
        self._link: list[Any] = []  # [target, start or None]
        self._head: list[Any] = []  # [level, start or None, index into parts]

    def prepend(self, title: str) -> None:
        shift = len(title) + 2
        self.parts.insert(0, title + "\n\n")
        self.pos += shift
        for link in self.links:
            link.span = (link.span[0] + shift, link.span[1] + shift)
        for s in self.sections:
            s.span = (s.span[0] + shift, s.span[1] + shift)

    def add(self, s: str, pre: bool = False) -> None:
        s = clean(s)
        if not pre:
            s = _WS.sub(" ", s)
        if not s or (not pre and s == " " and (not self.parts or self.brk or self.parts[-1].endswith((" ", "\n", "\t")))):
            return
        if self.parts and self.brk:
            self._rstrip()
            sep = "\n\n" if self.brk == 2 else "\n"
            self.parts.append(sep)
            self.pos += len(sep)
        if (not self.parts or self.brk or self.parts[-1].endswith(("\n", " ", "\t"))) and not pre:
            s = s.lstrip(" ")
        self.brk = 0
        if not s:
            return
        if self._link and self._link[1] is None:
            self._link[1] = self.pos
        if self._head and self._head[1] is None:
            self._head[1:] = [self.pos, len(self.parts)]
        self.parts.append(s)
        self.pos += len(s)

    def _rstrip(self) -> None:
        while self.parts and self.parts[-1].rstrip(" \t") != self.parts[-1]:
            last = self.parts.pop()
            kept = last.rstrip(" \t")
            self.pos -= len(last) - len(kept)
            if kept:
                self.parts.append(kept)
                break

    def _end_span(self, start: int | None) -> tuple[int, int] | None:
        if start is None:
            return None
        self._rstrip()
        return (start, self.pos) if self.pos > start else None

    def walk(self, root: Any) -> None:
        from lxml import etree

        skip = 0
        pre = 0
        for event, el in etree.iterwalk(root, events=("start", "end")):
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if event == "start":
                if skip or not tag or tag in _SKIP and not (tag == "head" and el.get("rend")):
                    skip += 1
                    continue
                self._start(el, tag)
                pre += tag in ("pre", "code")
                if el.text:
                    self.add(el.text, pre > 0)
            else:
                if skip:
                    skip -= 1
                    if skip == 0 and el.tail and el is not root:
                        self.add(el.tail, pre > 0)
                    continue
                pre -= tag in ("pre", "code")
                self._end(el, tag)
                if el.tail and el is not root:
                    self.add(el.tail, pre > 0)

    def _start(self, el: Any, tag: str) -> None:
        level = _heading_level(el, tag)
        if level:
            self.brk = 2
            self._head = [level, None, 0]
        elif tag in _BLOCK2:
            self.brk = max(self.brk, 2) if self.parts else 0
        elif tag in _BLOCK1:
            self.brk = max(self.brk, 1) if self.parts else 0
        elif tag in _CELLS and self.parts and not self.brk and not self.parts[-1].endswith("\n"):
            self._rstrip()
            self.parts.append("\t")
            self.pos += 1
        elif tag in ("a", "ref") and (el.get("href") or el.get("target")):
            self._link = [el.get("href") or el.get("target"), None]

    def _end(self, el: Any, tag: str) -> None:
        level = _heading_level(el, tag)
        if level and self._head:
            span = self._end_span(self._head[1])
            if span:
                title = "".join(self.parts[self._head[2] :])
                self.sections.append(Section(title, level, span, (span[0], span[0])))
            self._head = []
            self.brk = 2
        elif tag in _BLOCK2 or tag in _BLOCK1:
            self.brk = max(self.brk, 2 if tag in _BLOCK2 else 1)
        elif tag in ("a", "ref") and self._link:
            span = self._end_span(self._link[1])
            if span:
                self.links.append(Link(span, self._link[0]))
            self._link = []


def _heading_level(el: Any, tag: str) -> int:
    if len(tag) == 2 and tag[0] == "h" and tag[1] in "123456":
        return int(tag[1])
    if tag == "head":
        rend = el.get("rend") or ""
        return int(rend[1]) if len(rend) == 2 and rend[0] == "h" and rend[1] in "123456" else 2
    return 0
