"""MediaWiki wikitext -> plain text with exact offsets: sections, citations, links, infobox, categories.

`convert` parses with mwparserfromhell and walks the node tree itself (``strip_code`` leaks
``thumb|`` and ``Category:``), appending to a `TextBuilder` so that every span indexes the final text.

* Headings become their own lines and `Section` records; links keep their text (targets -> `Link`).
* Infoboxes (template names from ``lang/infobox_templates.txt``) -> ``metadata["infobox"]`` and
  ``field: value`` lines at their place (a "Infobox" section with an empty heading span when they open
  the page); a ``<ref>`` in a field is anchored to that field's line.
* Other templates follow ``lang/wikitext_templates.txt`` (unknown ones are dropped).
* Citations: ONE `Citation` per ``<ref>`` that defines content (a named ref defined twice counts once);
  a re-use ``<ref name=X/>`` adds ``{"citation": index, "anchor": [s, e], "name": X}`` to
  ``metadata["citation_reuses"]`` (a re-use seen before its definition gives the citation its anchor).
  ``anchor`` is the text before the ref back to the previous sentence end. All citations are listed
  at the END of the text in a "References" section (the page's own references heading, if it only
  held ``{{Reflist}}``/``<references/>``, is merged into it), one ``Title. Publisher, date.`` line
  each; ``Citation.span`` is that line.
* Thumbnail captions are kept as their own paragraph (spans in ``metadata["captions"]``).
* Categories -> ``metadata["categories"]``; interlanguage links -> ``metadata["interwiki"]``.
"""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import mwparserfromhell
from mwparserfromhell import nodes as mwn
from mwparserfromhell.wikicode import Wikicode

from ..document import Artefact, Citation, Document, Link, Section
from ..errors import InputError
from . import RawInput
from ._builder import TextBuilder, clip_span, section_ends
from ._wikicite import build_citation, citation_line, merged_list, merged_map, normalize_date
from ._wikiguard import strip_markup, unbalanced

Span = tuple[int, int]

MAX_DEPTH = 40  # nested templates/tags deeper than this are rendered as nothing
_DEBRIS_RE = re.compile(r"\{\{|\}\}|\[\[|\]\]|'{2,}|__[A-Z]{3,}__|\{\||\|\}|^[ \t]*[|!](?=[-+ \t])", re.M)
_SENT_END_RE = re.compile(r"[.!?…。](?:[\"'»”’)\]]*)\s")
_SIZE_RE = re.compile(r"^\s*\d*\s*(?:x\s*\d+\s*)?(?:px|пкс)\s*$", re.I)
_OPT_KV_RE = re.compile(r"^[\w-]{1,20}\s*=")
_INTERWIKI_RE = re.compile(r"^[a-z]{2,3}(?:-[a-z]{2,8}){0,2}:")
_FILE_EXT_RE = re.compile(r"\.(?:jpe?g|png|svg|gif|tiff?|webp|ogg|ogv|webm|pdf)\s*$", re.I)
_BLOCK_TAGS = {"p", "div", "blockquote", "center", "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "poem", "pre"}
_DROP_TAGS = {"script", "style", "math", "chem", "ce", "score", "timeline", "graph", "mapframe", "maplink",
              "templatedata", "templatestyles", "includeonly", "syntaxhighlight", "source", "imagemap",
              "categorytree", "inputbox", "section", "indicator", "hiero"}
_ITEM_TAGS = {"li", "dd", "dt", "tr"}


@dataclass(slots=True)
class Converted:
    """Plain text of a wikitext page and everything found on the way (spans index ``text``)."""

    text: str
    sections: list[Section] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    metadata: dict[str, Any] = field(default_factory=dict)


def _norm_name(s: str) -> str:
    s = re.sub(r"<!--.*?-->", "", s, flags=re.S)
    s = " ".join(s.replace("_", " ").split()).lower()
    if ":" in s:
        prefix, rest = s.split(":", 1)
        if merged_map("wikitext_namespaces").get(prefix.strip()) == "template":
            s = rest.strip()
    return s


@functools.lru_cache(maxsize=4096)
def template_action(name: str) -> str:
    """The rendering action of a template (``lang/wikitext_templates.txt``); ``drop`` when unknown."""
    table = merged_map("wikitext_templates")
    if name in table:
        return table[name]
    for key, action in table.items():
        if key.endswith("*") and name.startswith(key[:-1]):
            return action
    if name.startswith(tuple(merged_list("infobox_templates"))):
        return "infobox"
    return "drop"


@functools.lru_cache(maxsize=4096)
def _skip_field(name: str) -> bool:
    for pat in merged_list("wikitext_infobox_skip"):
        if name == pat or (pat.endswith("*") and name.startswith(pat[:-1])):
            return True
    return False


class _Converter:
    def __init__(self) -> None:
        self.b = TextBuilder()
        self.sections: list[tuple[str, int, Span, Span | None]] = []
        self.citations: list[Citation] = []
        self.named: dict[str, int] = {}
        self.reuses: list[tuple[str, Span | None]] = []
        self.links: list[Link] = []
        self.meta: dict[str, Any] = {"categories": [], "interwiki": [], "captions": [], "infobox": {}}
        self.refs_title: str | None = None
        self.ref_sink: list[int] | None = None  # refs whose anchor is the current infobox line
        self.reuse_sink: list[int] | None = None
        self.depth = 0
        self.seen_heading = False
        self.date_text: dict[int, str] = {}

    # -- dispatch ------------------------------------------------------------------------------
    def walk(self, code: Wikicode | None) -> None:
        if code is None:
            return
        if self.depth > MAX_DEPTH:
            return
        self.depth += 1
        try:
            for node in code.nodes:
                self.node(node)
        finally:
            self.depth -= 1

    def walk_top(self, code: Wikicode) -> None:
        nodes = code.nodes
        for i, node in enumerate(nodes):
            if isinstance(node, mwn.Heading) and self._is_refs_heading(nodes, i):
                if self.refs_title is None:
                    self.refs_title = self.plain(node.title) or None
                continue
            self.node(node)

    def node(self, n: Any) -> None:
        b = self.b
        if isinstance(n, mwn.Text):
            b.text(_DEBRIS_RE.sub("", str(n.value)))
        elif isinstance(n, mwn.Wikilink):
            self.wikilink(n)
        elif isinstance(n, mwn.Template):
            self.template(n)
        elif isinstance(n, mwn.Tag):
            self.tag(n)
        elif isinstance(n, mwn.HTMLEntity):
            try:
                ch = n.normalize()
            except (ValueError, OverflowError):
                ch = ""
            b.text(" " if ch in ("\u00a0", "\u202f", "\u2007", "\u2009") else ch)
        elif isinstance(n, mwn.ExternalLink):
            self.extlink(n)
        elif isinstance(n, mwn.Heading):
            self.heading(n)
        # Comment, Argument ({{{1}}}) and anything else: nothing

    # -- headings --------------------------------------------------------------------------------
    def heading(self, h: mwn.Heading) -> None:
        b = self.b
        b.newline(2)
        b.single_line += 1
        s = b.start()
        self.walk(h.title)
        e = b.pos()
        b.single_line -= 1
        b.newline(1)
        if e > s:
            self.seen_heading = True
            self.sections.append((b.since(s), max(1, min(6, int(h.level))), (s, e), None))

    def _is_refs_heading(self, nodes: list[Any], i: int) -> bool:
        """A heading whose section holds nothing but a references list (merged into ours)."""
        found = False
        for j in range(i + 1, len(nodes)):
            n = nodes[j]
            if isinstance(n, mwn.Heading):
                break
            if isinstance(n, mwn.Text):
                if _DEBRIS_RE.sub("", str(n.value)).strip():
                    return False
            elif isinstance(n, mwn.Template):
                act = template_action(_norm_name(str(n.name)))
                if act == "reflist":
                    found = True
                elif act != "drop":
                    return False
            elif isinstance(n, mwn.Tag):
                tag = str(n.tag).strip().lower()
                if tag == "references":
                    found = True
                elif tag not in ("br",):
                    return False
            elif isinstance(n, mwn.Wikilink):
                if self._link_kind(str(n.title)) not in ("category", "interwiki"):
                    return False
            elif not isinstance(n, mwn.Comment):
                return False
        return found

    # -- links -----------------------------------------------------------------------------------
    def _link_kind(self, title: str) -> str:
        t = title.strip()
        if t.startswith(":"):
            return "link"
        if ":" in t:
            prefix = t.split(":", 1)[0].strip().lower()
            kind = merged_map("wikitext_namespaces").get(prefix)
            if kind in ("file", "category"):
                return kind
            if _INTERWIKI_RE.match(t):
                return "interwiki"
        return "link"

    def wikilink(self, n: mwn.Wikilink) -> None:
        title = str(n.title).strip()
        kind = self._link_kind(title)
        if kind == "category":
            name = title.split(":", 1)[1].strip()
            if name:
                self.meta["categories"].append(name)
            return
        if kind == "interwiki" and n.text is None:
            self.meta["interwiki"].append(title)
            return
        if kind == "file":
            self.image(n)
            return
        b = self.b
        s = b.start()
        if n.text is not None and str(n.text).strip():
            self.walk(n.text)
        else:
            b.text(_DEBRIS_RE.sub("", title.lstrip(":")))
        e = b.pos()
        if e > s:
            self.links.append(Link((s, e), title.lstrip(":")))

    def image(self, n: mwn.Wikilink) -> None:
        """``[[File:x.jpg|thumb|300px|caption]]``: only a thumbnail's caption, as its own paragraph."""
        if n.text is None:
            return
        segments: list[list[Any]] = [[]]
        for node in n.text.nodes:
            if isinstance(node, mwn.Text) and "|" in str(node.value):
                pieces = str(node.value).split("|")
                for j, piece in enumerate(pieces):
                    if j:
                        segments.append([])
                    if piece:
                        segments[-1].append(mwn.Text(piece))
            else:
                segments[-1].append(node)
        options = set(merged_list("wikitext_image_options"))
        words, caption = set(), None
        for seg in segments:
            raw = "".join(str(x) for x in seg).strip()
            low = raw.lower()
            if low in options:
                words.add(low)
            elif _SIZE_RE.match(raw) or _OPT_KV_RE.match(raw):
                continue
            elif raw:
                caption = seg
        if caption is None or not (words & {"thumb", "thumbnail", "frame", "framed", "мини", "миниатюра", "мініатюра"}):
            return
        b = self.b
        b.newline(2)
        s = b.start()
        self.walk(Wikicode(caption))
        e = b.pos()
        b.newline(2)
        if e > s:
            self.meta["captions"].append([s, e])

    def extlink(self, n: mwn.ExternalLink) -> None:
        b = self.b
        url = str(n.url).strip()
        if n.brackets and (n.title is None or not str(n.title).strip()):
            return  # "[http://x]" renders as a footnote number: nothing
        s = b.start()
        if n.brackets:
            self.walk(n.title)
        else:
            b.text(url)
        e = b.pos()
        if e > s:
            self.links.append(Link((s, e), url))

    # -- templates -------------------------------------------------------------------------------
    def template(self, t: mwn.Template) -> None:
        name = _norm_name(str(t.name))
        if not name or name.startswith("#"):
            return
        act = template_action(name)
        b = self.b
        if act == "drop" and self._infobox_like(t):
            act = "infobox"
        if act == "drop" or act == "reflist":
            return
        if act == "infobox":
            self.infobox(t)
        elif act == "cite":
            c = self.cite(t, name, None)
            s = b.start()
            b.single_line += 1
            b.text(citation_line(c, self.date_text.get(id(c))))
            b.single_line -= 1
            c.span = (s, b.pos()) if b.pos() > s else None
            self.citations.append(c)
        elif act == "refuse":
            for p in t.params:
                if not p.showkey:
                    self.reuse(str(p.value).strip())
        elif act.startswith("arg:"):
            for k in act[4:].split(","):
                p = self._param(t, k.strip())
                if p is not None:
                    self.walk(p.value)
                    break
        elif act.startswith("param:"):
            for k in [*act[6:].split(","), "1"]:
                p = self._param(t, k.strip())
                if p is not None:
                    self.walk(p.value)
                    break
        elif act.startswith("lit:"):
            b.text(act[4:].replace("_", " "))
        elif act == "list":
            for p in t.params:
                if not p.showkey:
                    b.newline(1)
                    self.walk(p.value)
        elif act == "convert":
            b.text(self._convert(t))
        elif act == "ymd":
            b.text(self._ymd(t))
        elif act == "date":
            p = self._param(t, "1")
            if p is not None:
                s = b.start()
                self.walk(p.value)
                if b.pos() > s:
                    self.meta["date_template"] = b.since(s)
        elif act == "block":
            p = self._param(t, "text") or self._param(t, "quote") or self._param(t, "цитата") or self._param(t, "1")
            if p is not None:
                b.newline(2)
                self.walk(p.value)
                b.newline(2)

    def _infobox_like(self, t: mwn.Template) -> bool:
        """An unlisted template that opens the page with one named field a line ("{{Вооружённый
        конфликт\n| дата = ...") is an infobox under a name the data files do not know."""
        if self.seen_heading or self.depth > 1 or self.b.single_line:
            return False
        lines = [p for p in t.params if p.showkey and str(p.value).strip() and str(p.value).endswith("\n")]
        return len(lines) >= 3

    @staticmethod
    def _param(t: mwn.Template, key: str) -> Any:
        for p in t.params:
            if str(p.name).strip().lower() == key:
                return p
        return None

    def _positional(self, t: mwn.Template) -> list[str]:
        return [self.plain(p.value) for p in t.params if not p.showkey]

    def _convert(self, t: mwn.Template) -> str:
        a = self._positional(t)
        if len(a) >= 4 and a[1] in ("-", "–", "to", "and", "or", "and(-)", "to(-)", "x", "by"):
            sep = "–" if a[1] in ("-", "–") else f" {a[1]} "
            return f"{a[0]}{sep}{a[2]} {a[3]}"
        return " ".join(x for x in a[:2] if x)

    def _ymd(self, t: mwn.Template) -> str:
        a = [x for x in self._positional(t) if x.isdigit()][:3]
        if not a:
            return ""
        return "-".join([a[0].zfill(4), *(x.zfill(2) for x in a[1:])])

    def plain(self, code: Wikicode | None) -> str:
        """``code`` rendered on one line into a scratch builder (for metadata values)."""
        if code is None:
            return ""
        sub = _Converter()
        sub.depth = self.depth + 1
        sub.b.single_line = 1
        sub.walk(code)
        return sub.b.getvalue().strip()

    def infobox(self, t: mwn.Template) -> None:
        b = self.b
        top = not self.seen_heading
        b.newline(2)
        box_start = b.start()
        box_end = box_start
        box: dict[str, str] = self.meta["infobox"]
        for p in t.params:
            if not p.showkey:
                continue
            key = " ".join(str(p.name).split())
            if not key or _skip_field(key.lower()) or not str(p.value).strip():
                continue
            raw_value = _DEBRIS_RE.sub("", str(p.value)).strip()
            if _FILE_EXT_RE.search(raw_value) and "[[" not in str(p.value):
                continue
            b.newline(1)
            line_start = b.start()
            b.single_line += 1
            b.text(key + ":")
            b.space()
            sink_before = (self.ref_sink, self.reuse_sink)
            self.ref_sink, self.reuse_sink = [], []
            v = b.start()
            self.walk(p.value)
            b.single_line -= 1
            end = b.pos()
            refs, reuses = self.ref_sink, self.reuse_sink
            self.ref_sink, self.reuse_sink = sink_before
            if end <= v:  # the value rendered empty (an icon, a dropped template): no line
                continue
            for i in refs:
                self.citations[i].anchor = (line_start, end)
            for i in reuses:
                name, _ = self.reuses[i]
                self.reuses[i] = (name, (line_start, end))
            box.setdefault(key, b.since(v))
            box_end = end
            b.newline(1)
        b.newline(2)
        if top and box_end > box_start:
            self.sections.append(("Infobox", 2, (box_start, box_start), (box_start, box_end)))

    # -- tags ------------------------------------------------------------------------------------
    def tag(self, n: mwn.Tag) -> None:
        b = self.b
        tag = str(n.tag).strip().lower()
        if tag == "ref":
            self.ref(n)
        elif tag == "references":
            if n.contents is not None:  # list-defined references: definitions without anchors
                for node in n.contents.nodes:
                    if isinstance(node, mwn.Tag) and str(node.tag).strip().lower() == "ref":
                        self.ref(node, anchored=False)
        elif tag == "br" or tag == "hr":
            b.newline(1 if tag == "br" else 2)
        elif tag in _DROP_TAGS:
            return
        elif tag == "table":
            self.table(n)
        elif tag == "gallery":
            self.gallery(n)
        elif tag == "nowiki":
            if n.contents is not None:
                b.text(html.unescape(str(n.contents)))
        elif tag in _ITEM_TAGS:
            b.newline(1)
            self.walk(n.contents)
        elif tag in _BLOCK_TAGS:
            b.newline(2 if tag != "div" else 1)
            self.walk(n.contents)
            b.newline(2 if tag != "div" else 1)
        else:
            self.walk(n.contents)

    def _attr(self, n: mwn.Tag, name: str) -> str | None:
        for a in n.attributes:
            if str(a.name).strip().lower() == name:
                return str(a.value).strip().strip("\"'").strip() if a.value is not None else ""
        return None

    def ref(self, n: mwn.Tag, anchored: bool = True) -> None:
        name = self._attr(n, "name") or None
        empty = n.self_closing or n.contents is None or not str(n.contents).strip()
        if empty or (name and name in self.named):
            if name:
                self.reuse(name, anchored)
            return
        c = self._ref_citation(n.contents, name)
        if c is None:
            return
        if self._attr(n, "group"):
            c.fields.setdefault("group", self._attr(n, "group") or "")
        if anchored:
            if self.ref_sink is not None:
                self.ref_sink.append(len(self.citations))
            else:
                c.anchor = self._anchor()
        if name:
            self.named[name] = len(self.citations)
        self.citations.append(c)

    def reuse(self, name: str, anchored: bool = True) -> None:
        if not name:
            return
        if self.reuse_sink is not None and anchored:
            self.reuse_sink.append(len(self.reuses))
        self.reuses.append((name, self._anchor() if anchored and self.reuse_sink is None else None))

    def _anchor(self) -> Span | None:
        """The text before the current position back to the previous sentence end (same paragraph)."""
        b = self.b
        end = b.pos()
        window = b.since(max(0, end - 1000))
        base = end - len(window)
        cut = window.rstrip()
        trimmed = cut.rstrip(".!?…,;:\"'»”’) ")  # the ref's own sentence end / clause comma
        start_in = max(trimmed.rfind("\n") + 1, 0)
        for m in _SENT_END_RE.finditer(trimmed):
            if m.end() > start_in:
                start_in = m.end()
        s, e = base + start_in, base + len(cut)
        while s < e and window[s - base].isspace():
            s += 1
        return (s, e) if e > s else None

    def _ref_citation(self, code: Wikicode, name: str | None) -> Citation | None:
        for node in code.nodes:
            if isinstance(node, mwn.Template):
                tname = _norm_name(str(node.name))
                if template_action(tname) == "cite":
                    return self.cite(node, tname, name)
        text = self.plain(code)
        if not text:
            return None
        url, title = None, None
        for node in code.filter_external_links(recursive=True):
            url = str(node.url).strip()
            title = self.plain(node.title) or None if node.title is not None else None
            break
        date = normalize_date(text)
        return Citation(anchor=None, url=url, title=title, name=name, kind="bare", fields={"text": text},
                        date=date if date and len(date) > 4 else None)

    def cite(self, t: mwn.Template, kind: str, name: str | None) -> Citation:
        fields: dict[str, str] = {}
        plain: dict[str, str] = {}
        for p in t.params:
            key = " ".join(str(p.name).split())
            fields.setdefault(key, str(p.value).strip())
            plain.setdefault(key, self.plain(p.value))
        c = build_citation(kind, fields, plain, name)
        params = merged_map("wikitext_cite_params")
        for key, v in plain.items():  # the references line shows the date as written
            if v and params.get(key.strip().lower()) in ("date", "year"):
                self.date_text[id(c)] = v
                break
        return c

    # -- tables and galleries ----------------------------------------------------------------------
    def table(self, n: mwn.Tag) -> None:
        if n.contents is None:
            return
        rows: list[list[tuple[bool, Any]]] = [[]]
        caption = None
        for node in n.contents.nodes:
            if not isinstance(node, mwn.Tag):
                continue
            tag = str(node.tag).strip().lower()
            if tag == "tr":
                rows.append([])
                for cell in (node.contents.nodes if node.contents is not None else []):
                    if isinstance(cell, mwn.Tag) and str(cell.tag).strip().lower() in ("td", "th"):
                        rows[-1].append((str(cell.tag).strip().lower() == "th", cell.contents))
            elif tag in ("td", "th"):
                if caption is None and not rows[-1] and str(node.contents or "").startswith("+"):
                    caption = node.contents
                    continue
                rows[-1].append((tag == "th", node.contents))
            elif tag == "caption":
                caption = node.contents
        rows = [r for r in rows if r]
        b = self.b
        b.newline(2)
        if caption is not None:
            b.single_line += 1
            b.start()
            cap = Wikicode(list(caption.nodes))
            if cap.nodes and isinstance(cap.nodes[0], mwn.Text) and str(cap.nodes[0].value).startswith("+"):
                cap.nodes[0] = mwn.Text(str(cap.nodes[0].value)[1:])
            self.walk(cap)
            b.single_line -= 1
            b.newline(1)
        header: list[str] | None = None
        if rows and len(rows) > 1 and all(h for h, _ in rows[0]) and len(rows[0]) > 1:
            header = [self.plain(c) for _, c in rows[0]]
            rows = rows[1:]
        for row in rows:
            b.newline(1)
            b.single_line += 1
            for j, (_, cell) in enumerate(row):
                before = b.pos()
                if header and j < len(header) and header[j] and self.plain(cell):
                    b.text(header[j] + ":")
                    b.space()
                self.walk(cell)
                if b.pos() > before:
                    b.newline(1)  # -> "; " between cells in single-line mode
            b.single_line -= 1
            b.newline(1)
        b.newline(2)

    def gallery(self, n: mwn.Tag) -> None:
        if n.contents is None:
            return
        for line in str(n.contents).splitlines():
            if "|" in line:
                cap = line.split("|", 1)[1]
                if "|" in cap:
                    cap = cap.rsplit("|", 1)[1]
                b = self.b
                b.newline(2)
                s = b.start()
                self.walk(mwparserfromhell.parse(cap))
                if b.pos() > s:
                    self.meta["captions"].append([s, b.pos()])
                b.newline(2)

    # -- finishing -------------------------------------------------------------------------------
    def references(self) -> None:
        if all(c.span is not None for c in self.citations):
            return  # none, or every one already rendered in place (a cite template outside refs)
        b = self.b
        b.newline(2)
        s = b.start()
        b.single_line += 1
        b.text(self.refs_title or "References")
        b.single_line -= 1
        self.sections.append((b.since(s), 2, (s, b.pos()), None))
        for c in self.citations:
            if c.span is not None:  # a cite template outside refs is already rendered in place
                continue
            b.newline(1)
            cs = b.start()
            b.single_line += 1
            b.text(citation_line(c, self.date_text.get(id(c))))
            b.single_line -= 1
            c.span = (cs, b.pos()) if b.pos() > cs else None

    def finish(self) -> Converted:
        # a re-use before the definition gives the citation its anchor; the rest are listed
        reuses = []
        for name, anchor in self.reuses:
            i = self.named.get(name)
            if i is None:
                continue
            c = self.citations[i]
            if c.anchor is None and anchor is not None:
                c.anchor = anchor
            else:
                reuses.append({"citation": i, "anchor": list(anchor) if anchor else None, "name": name})
        self.references()
        text = self.b.getvalue().rstrip()
        n = len(text)
        heads = sorted(self.sections, key=lambda x: (x[2][0], x[1]))
        ends = section_ends([(span[0], level) for _, level, span, _ in heads], n)
        sections = [
            Section(title.strip(), level, clip_span(span, n), clip_span(body or (span[0], end), n))
            for (title, level, span, body), end in zip(heads, ends, strict=True)
        ]
        for c in self.citations:
            c.anchor = clip_span(c.anchor, n)
            c.span = clip_span(c.span, n)
        for r in reuses:
            if r["anchor"]:
                r["anchor"] = list(clip_span(tuple(r["anchor"]), n))
        meta = {k: v for k, v in self.meta.items() if v}
        if reuses:
            meta["citation_reuses"] = reuses
        links = [Link(clip_span(x.span, n), x.target) for x in self.links if x.span[0] < n]
        return Converted(text, sections, self.citations, links, meta)


def _degraded(wikitext: str, reason: str) -> Converted:
    b = TextBuilder()
    b.text(strip_markup(wikitext))
    return Converted(b.getvalue().rstrip(), metadata={"degraded": reason})


def convert(wikitext: str, *, detect_title: bool = False) -> Converted:
    """Wikitext -> `Converted` (text, sections, citations, links, metadata incl. infobox).

    With ``detect_title``, a first line that reads like a headline (plain, short, no final period,
    followed by more text) becomes ``metadata["title"]`` and a level-1 `Section`.
    """
    reason = unbalanced(wikitext)
    if reason:
        return _degraded(wikitext, reason)
    try:
        return _convert(wikitext, detect_title)
    except RecursionError:
        return _degraded(wikitext, "nested too deeply")


def _convert(wikitext: str, detect_title: bool) -> Converted:
    conv = _Converter()
    title = _headline(wikitext) if detect_title else None
    if title is None:
        code = mwparserfromhell.parse(wikitext)
    else:
        b = conv.b
        s = b.start()
        b.single_line += 1
        b.text(title)
        b.single_line -= 1
        conv.sections.append((title, 1, (s, b.pos()), None))
        conv.meta["title"] = b.since(s)
        b.newline(1)
        code = mwparserfromhell.parse(wikitext.lstrip().split("\n", 1)[1] if "\n" in wikitext.lstrip() else "")
    conv.walk_top(code)
    out = conv.finish()
    if title is not None:  # the title section governs the whole text
        for s in out.sections:
            if s.level == 1:
                s.body = (s.span[0], len(out.text))
                break
    return out


_HEADLINE_BAD = re.compile(r"[\[\]{}<>|=*#:;]|''|^\s|[.,;:…]\s*$")


def _headline(wikitext: str) -> str | None:
    text = wikitext.lstrip()
    if "\n" not in text:
        return None
    first, rest = text.split("\n", 1)
    first = first.strip()
    if not first or len(first) > 200 or _HEADLINE_BAD.search(first) or not rest.strip():
        return None
    if len(first.split()) < 2:
        return None
    return first


def read(raw: RawInput) -> Iterator[Document]:
    """A wikitext file (``.wiki``, or a ``.txt`` sniffed as wikitext) -> one `Document`."""
    text, encoding, artefacts = decode_bytes(raw)
    try:
        conv = convert(text, detect_title=True)
    except RecursionError as e:
        raise InputError(raw.path, "E111", "nested too deeply") from e
    if not conv.text.strip():
        raise InputError(raw.path, "E109", "the wikitext renders to nothing")
    meta = dict(conv.metadata)
    title = meta.pop("title", None)
    published = normalize_date(meta.get("date_template"))
    yield Document(
        id=raw.path, path=raw.path, text=conv.text, format="wikitext", title=title, encoding=encoding,
        published=published, date_source="wikitext:date-template" if published else None,
        sha256=raw.sha256, sections=conv.sections, citations=conv.citations, links=conv.links,
        artefacts=text_artefacts(conv.text, artefacts), metadata=meta,
    )


def clean_source(text: str) -> tuple[str, list[Artefact]]:
    """Markup taken from a container (feed, dump): newlines, NFC, mojibake repair before conversion."""
    try:
        from ..encoding import normalize
    except ImportError:
        return text, []
    return normalize(text, located=False)  # defects are looked for in the rendered text (`text_artefacts`)


def text_artefacts(text: str, source: list[Artefact]) -> list[Artefact]:
    """Artefacts of the rendered ``text``: the source's span-less notes plus defects found in ``text``
    itself (spans into the source markup would not index the rendered text)."""
    out = [Artefact(a.kind, None, a.detail) for a in source if a.span is None]
    try:
        from ..encoding import find_artefacts
    except ImportError:
        return out
    return out + find_artefacts(text)


def decode_bytes(raw: RawInput) -> tuple[str, str, list[Any]]:
    """Bytes -> text through `rashomon.encoding.decode` (UTF-8 with E104 when that is unavailable)."""
    data = raw.data
    try:
        from ..encoding import decode
    except ImportError:
        if b"\x00" in data[:8192]:
            raise InputError(raw.path, "E102", "NUL bytes") from None
        try:
            return data.decode("utf-8-sig"), "utf-8", []
        except UnicodeDecodeError as e:
            raise InputError(raw.path, "E104", str(e)) from e
    d = decode(data, raw.path, located=False)  # the caller lists defects of the rendered text
    return d.text, d.encoding, list(d.artefacts)
