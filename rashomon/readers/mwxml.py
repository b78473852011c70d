"""MediaWiki XML exports and dumps, streamed page by page (never loaded whole).

Namespace-agnostic (export-0.10, 0.11...): elements are matched by local name. Each page gives one
`Document` ``PATH#<page id>`` from its latest revision (`iter_pages` can give every revision, for the
watch feature), text through `wikitext.convert`; redirects, non-wikitext content models and technical
namespaces (templates, modules, categories, MediaWiki messages) are skipped. Entity declarations are
refused (E108); malformed XML yields the pages read so far, then E105 with the line number.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

from ..document import Document
from ..errors import InputError
from . import RawInput
from ._wikicite import merged_list, normalize_date
from ._xmlsafe import check_prolog, safe_parser_kwargs
from .wikitext import clean_source, convert, text_artefacts

#: namespaces whose pages are machinery, not prose
SKIP_NS = {8, 9, 10, 11, 14, 15, 828, 829}
_REDIRECT_RE = re.compile(r"^\s*#\s*([^\s\[]+)\s*:?\s*\[\[", re.U)


@dataclass(slots=True)
class Revision:
    id: str | None = None
    timestamp: str | None = None
    author: str | None = None
    comment: str | None = None
    model: str | None = None
    text: str = ""


@dataclass(slots=True)
class Page:
    id: str | None = None
    title: str | None = None
    ns: int = 0
    redirect: bool = False
    revisions: list[Revision] = field(default_factory=list)


def _local(tag: Any) -> str:
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def _child_text(el: Any, name: str) -> str | None:
    for c in el:
        if _local(c.tag) == name:
            return c.text
    return None


def iter_pages(raw: RawInput, revisions: Literal["latest", "all"] = "latest") -> Iterator[tuple[dict[str, str], Page]]:
    """(site info, page) for every page; with ``revisions="latest"`` only the last revision is kept."""
    from lxml import etree

    with raw.open() as f:
        check_prolog(f.read(1 << 20), raw.path)
    site: dict[str, str] = {}
    page: Page | None = None
    with raw.open() as f:
        ctx = etree.iterparse(f, events=("start", "end"), remove_comments=True, remove_pis=True,
                              **safe_parser_kwargs())
        try:
            for event, el in ctx:
                name = _local(el.tag)
                if event == "start":
                    if name == "page":
                        page = Page()
                    continue
                if name == "siteinfo":
                    for c in el:
                        if c.text and _local(c.tag) in ("sitename", "base", "dbname", "generator"):
                            site[_local(c.tag)] = c.text.strip()
                    el.clear()
                elif name == "revision" and page is not None:
                    rev = _revision(el)
                    if revisions == "latest":
                        page.revisions[:] = [rev]
                    else:
                        page.revisions.append(rev)
                    el.clear()
                elif name == "page" and page is not None:
                    page.id = _child_text(el, "id")
                    page.title = _child_text(el, "title")
                    ns = _child_text(el, "ns")
                    page.ns = int(ns) if ns and ns.strip().lstrip("-").isdigit() else 0
                    page.redirect = any(_local(c.tag) == "redirect" for c in el)
                    yield site, page
                    page = None
                    el.clear()
                    parent = el.getparent()
                    if parent is not None:
                        while el.getprevious() is not None:
                            del parent[0]
        except etree.XMLSyntaxError as e:
            line = e.position[0] if getattr(e, "position", None) else getattr(e, "lineno", "?")
            if "entity" in str(e).lower() and "declar" in str(e).lower():
                raise InputError(raw.path, "E108", str(e)) from e
            raise InputError(raw.path, "E105", f"line {line}: {e.msg if hasattr(e, 'msg') else e}") from e


def _revision(el: Any) -> Revision:
    rev = Revision()
    for c in el:
        name = _local(c.tag)
        if name == "id":
            rev.id = (c.text or "").strip() or None
        elif name == "timestamp":
            rev.timestamp = (c.text or "").strip() or None
        elif name == "comment":
            rev.comment = c.text
        elif name == "model":
            rev.model = (c.text or "").strip()
        elif name == "text":
            rev.text = c.text or ""
        elif name == "contributor":
            rev.author = _child_text(c, "username") or _child_text(c, "ip")
    return rev


def _is_redirect(page: Page, text: str) -> bool:
    if page.redirect:
        return True
    m = _REDIRECT_RE.match(text)
    return bool(m) and m.group(1).lower() in merged_list("wikitext_redirect")


def _url(site: dict[str, str], title: str | None) -> str | None:
    base = site.get("base")
    if not base or not title or "/" not in base:
        return None
    return base.rsplit("/", 1)[0] + "/" + title.replace(" ", "_")


def page_documents(raw: RawInput, revisions: Literal["latest", "all"] = "latest") -> Iterator[Document]:
    """Documents of a dump; with ``revisions="all"``, one per revision, ids ``PATH#<page>@<rev>``."""
    n = 0
    for site, page in iter_pages(raw, revisions):
        n += 1
        if page.ns in SKIP_NS or page.ns < 0:
            continue
        for rev in page.revisions:
            if rev.model and rev.model != "wikitext":
                continue
            if _is_redirect(page, rev.text) or not rev.text.strip():
                continue
            source, source_artefacts = clean_source(rev.text)
            conv = convert(source)
            if not conv.text.strip():
                continue
            part = page.id or str(n)
            if revisions == "all":
                part = f"{part}@{rev.id or len(page.revisions)}"
            meta: dict[str, Any] = dict(conv.metadata)
            meta.update({"page_id": page.id, "ns": page.ns, "revision_id": rev.id, "revision_timestamp": rev.timestamp})
            if rev.comment:
                meta["revision_comment"] = rev.comment
            published = normalize_date(conv.metadata.get("date_template"))  # a Wikinews dateline
            if published:
                meta["published_from"] = "wikitext:date-template"
            if site.get("sitename"):
                meta["site"] = site["sitename"]
            yield Document(
                id=f"{raw.path}#{part}", path=raw.path, part=part, text=conv.text, format="mediawiki-xml",
                title=page.title, url=_url(site, page.title), published=published, updated=rev.timestamp,
                date_source="mediawiki:revision/timestamp" if rev.timestamp else None, author=rev.author,
                publisher=site.get("sitename"), sha256=raw.sha256,
                entry_sha256=hashlib.sha256(rev.text.encode("utf-8")).hexdigest(),
                sections=conv.sections, citations=conv.citations, links=conv.links, metadata=meta,
                artefacts=text_artefacts(conv.text, source_artefacts),
            )


def read(raw: RawInput) -> Iterator[Document]:
    """Every content page of a MediaWiki XML export or dump, latest revision each."""
    yield from page_documents(raw, "latest")
