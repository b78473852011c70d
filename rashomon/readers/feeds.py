"""Atom and RSS feeds: each entry is a `Document` ``PATH#PART`` (PART = the entry's id when it is a
short token, else its 1-based position), with title, link, dates (and where they came from), author.

Entry content is decoded through every level: HTML -> text (paragraphs kept); HTML that carries
wikitext (a MediaWiki contributions/history feed: the page source escaped inside the summary) ->
`wikitext.convert`, with the edit summary before the ``<hr />`` kept in ``metadata["edit_summary"]``;
a MediaWiki diff table -> the new revision's lines. XML with entity declarations is refused (E108).
"""

from __future__ import annotations

import email.utils
import hashlib
import io
import re
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from ..document import Artefact, Document, Link, Section
from ..encoding import find_artefacts, normalize
from ..errors import InputError
from . import RawInput
from ._builder import TextBuilder, clip_span, section_ends
from ._xmlsafe import check_prolog

_PART_RE = re.compile(r"^[\w.:-]{1,100}$")
_ISO_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
_WIKI_SIGNALS = (re.compile(r"\{\{"), re.compile(r"\[\["), re.compile(r"(?m)^={2,6}[^=\n]+={2,6}\s*$"),
                 re.compile(r"<ref[\s>/]", re.I), re.compile(r"'''"))
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")
_BLOCK = {"p", "div", "section", "article", "blockquote", "pre", "ul", "ol", "li", "dl", "dt", "dd", "table",
          "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "figure", "figcaption", "header", "footer", "address"}
_DROP = {"script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "head"}


def read(raw: RawInput) -> Iterator[Document]:
    import feedparser

    data = raw.data
    check_prolog(data[: 1 << 20], raw.path)
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            exc = parsed.get("bozo_exception")
            raise InputError(raw.path, "E106", f"{type(exc).__name__}: {exc}" if exc else "not a feed")
        raise InputError(raw.path, "E109", "the feed has no entries")
    version = str(parsed.get("version") or "")
    fmt = "rss" if version.startswith("rss") else "atom"
    feed = parsed.get("feed") or {}
    n = 0
    for i, entry in enumerate(entries, 1):
        doc = _entry_document(raw, entry, i, fmt, feed, bool(parsed.get("bozo")))
        if doc.text.strip():
            n += 1
            yield doc
    if not n:
        exc = parsed.get("bozo_exception")
        raise InputError(raw.path, "E106" if parsed.get("bozo") else "E109",
                         f"{type(exc).__name__}: {exc}" if exc else "no entry has any text")


def _entry_document(raw: RawInput, entry: Any, i: int, fmt: str, feed: Any, bozo: bool) -> Document:
    eid = str(_get(entry, "id") or "")
    part = eid if _PART_RE.match(eid) else str(i)
    body, ctype, lang = _content(entry)
    meta: dict[str, Any] = {}
    if eid:
        meta["entry_id"] = eid
    if lang:
        meta["xml_lang"] = lang
    if _get(feed, "title"):
        meta["feed_title"] = str(_get(feed, "title"))
    if bozo:
        meta["feed_warning"] = "the feed is not well-formed; entries were recovered"
    title = _plain_title(entry)
    body, source_artefacts = normalize(body, located=False) if body else (body, [])  # `wikitext.clean_source`
    text, sections, citations, links = "", [], [], []
    if body and ctype in _HTML_TYPES or (body and ctype is None and "<" in body):
        wiki, summary = wikitext_from_html(body)
        if summary:
            meta["edit_summary"] = summary
        if wiki is not None:
            conv = _wikitext(wiki)
            text, sections, citations, links = conv.text, conv.sections, conv.citations, conv.links
            meta.update(conv.metadata)
            meta["markup"] = "wikitext"
        else:
            text, sections, links = html_to_text(body)
    elif body:
        if looks_like_wikitext(body):
            conv = _wikitext(body)
            text, sections, citations, links = conv.text, conv.sections, conv.citations, conv.links
            meta.update(conv.metadata)
            meta["markup"] = "wikitext"
        else:
            b = TextBuilder()
            b.text(body)
            text = b.getvalue().rstrip()
    if not text.strip() and title:
        text = title
        meta["text_from"] = "title"
    elif title and meta.get("markup") != "wikitext" and not text.lstrip().startswith(title.strip()):
        # a news entry's headline is part of what it reports ("Death toll rises to 30"): keep it as
        # the first line, as the HTML reader does, so its figures have evidence in the text (a wiki
        # page's title is not a headline, and its text may hold it already in the infobox)
        text, sections, citations, links = _with_headline(title.strip(), text, sections, citations, links)
    dates = {}
    for key in ("published", "updated", "created"):
        iso = _iso_date(_get(entry, key), _get(entry, f"{key}_parsed"))
        if iso:
            dates[key] = iso
    if fmt == "rss" and dates.get("updated") == dates.get("published"):
        dates.pop("updated", None)  # feedparser copies pubDate into "updated"
    src = {"published": "atom:published" if fmt == "atom" else "rss:pubDate",
           "updated": "atom:updated" if fmt == "atom" else "dc:date",
           "created": f"{fmt}:created"}
    published = dates.get("published") or dates.get("created")
    first = "published" if "published" in dates else "created" if "created" in dates else "updated"
    if len(dates) > 1:
        meta["dates"] = {src[k]: v for k, v in dates.items()}
    return Document(
        id=f"{raw.path}#{part}", path=raw.path, part=part, text=text, format=fmt, title=title,
        url=str(_get(entry, "link") or "") or None, published=published, updated=dates.get("updated"),
        date_source=src[first] if dates else None, author=_author(entry),
        publisher=str(_get(feed, "title")) if _get(feed, "title") else None, sha256=raw.sha256,
        entry_sha256=hashlib.sha256((body or "").encode("utf-8")).hexdigest(),
        sections=sections, citations=citations, links=links, metadata=meta,
        artefacts=[Artefact(a.kind, None, a.detail) for a in source_artefacts if a.span is None]
        + find_artefacts(text),  # as `wikitext.text_artefacts` (not imported: see `_wikitext`)
    )


def _wikitext(markup: str) -> Any:
    """`wikitext.convert`, imported on first use: its parser (mwparserfromhell) costs some 30 ms to
    import, and most feeds carry HTML."""
    from .wikitext import convert

    return convert(markup)


def _with_headline(title: str, text: str, sections: list, citations: list, links: list) -> tuple:
    """``title`` + a blank line + ``text``, every span shifted, and the title as a level-1 section."""
    shift = len(title) + 2

    def mv(span: Any) -> Any:
        return None if span is None else (span[0] + shift, span[1] + shift)

    for sec in sections:
        sec.span, sec.body = mv(sec.span), mv(sec.body)
    for c in citations:
        c.anchor, c.span = mv(c.anchor), mv(c.span)
    for link in links:
        link.span = mv(link.span)
    text = f"{title}\n\n{text}"
    head = Section(title=title, level=1, span=(0, len(title)), body=(0, len(text)))
    return text, [head, *sections], citations, links


def _get(d: Any, key: str) -> Any:
    """``d[key]`` without feedparser's deprecated fallbacks (``updated`` -> ``published`` warns)."""
    return dict.get(d, key) if isinstance(d, dict) else None


def _content(entry: Any) -> tuple[str, str | None, str | None]:
    """The fullest body of an entry: ``content`` before ``summary``; (value, MIME type, language)."""
    for c in _get(entry, "content") or []:
        if _get(c, "value"):
            return str(c["value"]), str(_get(c, "type") or "") or None, _get(c, "language")
    d = _get(entry, "summary_detail") or {}
    if _get(entry, "summary"):
        return str(entry["summary"]), str(_get(d, "type") or "") or None, _get(d, "language")
    return "", None, None


def _plain_title(entry: Any) -> str | None:
    t = _get(entry, "title")
    if not t:
        return None
    t = str(t)
    if "<" in t and (_get(entry, "title_detail") or {}).get("type") in _HTML_TYPES:
        t, _, _ = html_to_text(t)
    return " ".join(t.split()) or None


def _author(entry: Any) -> str | None:
    detail = _get(entry, "author_detail") or {}
    if _get(detail, "name"):
        return str(detail["name"])
    a = _get(entry, "author")
    if a:
        return str(a)
    for d in _get(entry, "authors") or []:
        if _get(d, "name"):
            return str(d["name"])
    return None


def _iso_date(raw: Any, parsed: Any) -> str | None:
    if raw:
        s = str(raw).strip()
        if _ISO_RE.match(s):
            return s.replace(" ", "T")
        try:
            return email.utils.parsedate_to_datetime(s).isoformat()
        except (TypeError, ValueError, IndexError, OverflowError):
            pass
    if parsed:
        try:
            return datetime(*parsed[:6], tzinfo=UTC).isoformat()
        except (TypeError, ValueError, OverflowError):
            return None
    return None


# -- HTML --------------------------------------------------------------------------------------
def _fragment(html: str) -> Any:
    import lxml.html

    try:
        return lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, TypeError, lxml.etree.ParserError, lxml.etree.XMLSyntaxError):
        return None


def _tag(el: Any) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def html_to_text(html: str) -> tuple[str, list[Section], list[Link]]:
    """HTML -> text with paragraphs, ``<h1>``-``<h6>`` sections and link spans."""
    root = _fragment(html)
    b = TextBuilder()
    heads: list[tuple[str, int, tuple[int, int]]] = []
    links: list[Link] = []
    if root is None:
        b.text(html)
    else:
        _walk_html(root, b, heads, links)
    text = b.getvalue().rstrip()
    n = len(text)
    ends = section_ends([(span[0], level) for _, level, span in heads], n)
    sections = [Section(title, level, clip_span(span, n), clip_span((span[0], end), n))
                for (title, level, span), end in zip(heads, ends, strict=True)]
    return text, sections, [x for x in links if x.span[1] <= n]


def _walk_html(el: Any, b: TextBuilder, heads: list, links: list, depth: int = 0) -> None:
    tag = _tag(el)
    if tag in _DROP or depth > 200:
        b.text(el.tail or "") if depth else None
        return
    if tag == "br":
        b.newline(1)
    elif tag in _BLOCK:
        b.newline(2 if tag not in ("li", "tr", "dt", "dd") else 1)
    s = b.start() if tag in ("a", "h1", "h2", "h3", "h4", "h5", "h6") else -1
    if tag and tag[0] == "h" and tag[1:].isdigit():
        b.single_line += 1
    b.text(el.text or "")
    for child in el:
        _walk_html(child, b, heads, links, depth + 1)
    if tag and tag[0] == "h" and tag[1:].isdigit():
        b.single_line -= 1
        if b.pos() > s:
            heads.append((b.since(s), int(tag[1:]), (s, b.pos())))
    if tag == "a" and b.pos() > s and el.get("href"):
        links.append(Link((s, b.pos()), el.get("href")))
    if tag in _BLOCK:
        b.newline(2 if tag not in ("li", "tr", "dt", "dd") else 1)
    elif tag in ("td", "th"):
        b.text(" ")
    if depth:
        b.text(el.tail or "")


def looks_like_wikitext(text: str) -> bool:
    """Wikitext signals: templates, wiki links, ``==`` headings, ``<ref``, bold quotes (two kinds)."""
    hits = [len(p.findall(text[:200_000])) for p in _WIKI_SIGNALS]
    return sum(1 for h in hits if h) >= 2 or sum(hits) >= 4


def _raw_text(el: Any, out: list[str], depth: int = 0) -> None:
    """Literal text of an element: ``<br>`` -> newline (absorbing the newline that follows it)."""
    tag = _tag(el)
    if depth > 200:
        return
    if tag == "br":
        out.append("\n")
        tail = el.tail or ""
        out.append(tail[1:] if tail.startswith("\n") else tail)
        return
    if tag in ("p", "div", "li", "tr") and out and not out[-1].endswith("\n"):
        out.append("\n")
    out.append(el.text or "")
    for child in el:
        _raw_text(child, out, depth + 1)
    if depth:
        out.append(el.tail or "")


def _diff_new_side(table: Any) -> str:
    """A MediaWiki diff table -> the lines of the new revision (added and right-hand context)."""
    lines: list[str] = []
    for tr in table.iter("tr"):
        cells = [c for c in tr if _tag(c) == "td"]
        picked = [c for c in cells if "diff-addedline" in (c.get("class") or "")]
        ctx = [c for c in cells if "diff-context" in (c.get("class") or "")]
        if not picked and ctx:
            picked = ctx[-1:]
        for c in picked:
            out: list[str] = []
            _raw_text(c, out)
            lines.append("".join(out).strip("\n"))
    return "\n".join(lines)


def wikitext_from_html(html: str) -> tuple[str | None, str | None]:
    """(wikitext carried by the HTML, or None; the edit summary before an ``<hr>``, or None)."""
    root = _fragment(html)
    if root is None:
        return None, None
    summary = None
    children = list(root)
    hr = next((i for i, c in enumerate(children) if _tag(c) == "hr"), None)
    if hr is not None and hr <= 3:
        before: list[str] = []
        for c in children[:hr]:
            _raw_text(c, before, 1)
        summary = " ".join("".join(before).split()) or None
        if summary and len(summary) > 500:
            summary = None
        else:
            for c in children[: hr + 1]:
                root.remove(c) if c.getparent() is root and not (c.tail or "").strip() else None
    diff = next((t for t in root.iter("table") if "diff" in (t.get("class") or "")), None)
    if diff is not None:
        text = _diff_new_side(diff)
        if summary is None:
            before = []
            for c in root:
                if c is diff or diff in c.iterdescendants():
                    break
                _raw_text(c, before, 1)
            summary = " ".join("".join(before).split())[:500] or None
    else:
        out: list[str] = []
        _raw_text(root, out)
        text = "".join(out)
    if looks_like_wikitext(text):
        return text.strip("\n"), summary
    return None, summary
