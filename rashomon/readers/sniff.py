"""Format sniffing: the extension when it is specific, else the content (markup signals in head and tail).

A ``.txt`` may hold wikitext (``==Heading==`` lines, ``[[links]]``, ``{{templates}}``), Markdown
(``# heading``, ``[text](url)``, ``*emphasis*``), HTML, a feed, JSON Lines or one JSON value (an array
of articles); content decides.
"""

from __future__ import annotations

import json
import re

from . import RawInput

EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".atom": "feed", ".rss": "feed", ".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet",
    ".wiki": "wikitext", ".wikitext": "wikitext", ".mediawiki": "wikitext",
}
#: extensions whose content is sniffed (anything not in EXTENSIONS is sniffed too)
CONTENT_SNIFFED = {".xml", ".json", ".txt", ".text", ""}

HEAD = 64 * 1024
TAIL = 16 * 1024

# Patterns of a line start begin with "\n" and are searched in "\n" + the sample (so the first line
# counts too): a literal first character lets `re` skip ahead at C speed, where ``^`` with re.M would
# try every position. Each means what its ``^...`` form (in comments) meant on the sample.
_WIKI_HEADING = re.compile(r"\n(={2,6})[^=\n][^\n]*?\1[ \t]*$", re.M)  # ^(={2,6})...
_WIKI_SIGNALS = (
    re.compile(r"\[\[[^\[\]\n]{1,200}\]\]"),
    re.compile(r"\{\{[^{}\n]{1,200}(?:\}\}|\|)"),
    re.compile(r"'''[^'\n]{1,200}'''"),
    re.compile(r"<ref[\s>/]", re.I),
)
_WIKI_LINE_SIGNALS = (re.compile(r"\n\{\|"),)  # ^\{\|
_MD_STRONG = (
    re.compile(r"\[[^\[\]\n]{1,300}\]\([^()\s]{0,500}\)"),
    (re.compile(r"\*\*[^*\n]{1,200}\*\*"), re.compile(r"__[^_\n]{1,200}__")),  # either
)
_MD_LINE_STRONG = (
    re.compile(r"\n#{1,6}[ \t]+\S"),  # ^#{1,6}[ \t]+\S
    re.compile(r"\n```"),  # ^```
)
_MD_WEAK = (re.compile(r"\*(?<![*\w]\*)[^*\s][^*\n]{0,200}\*(?![*\w])"),)  # (?<![*\w])\*[^*\s]...: "*" first
_MD_LINE_WEAK = (
    re.compile(r"\n[ \t]{0,3}[-*+][ \t]+\S"),  # ^[ \t]{0,3}[-*+][ \t]+\S
    re.compile(r"\n>[ \t]?\S"),  # ^>[ \t]?\S
    re.compile(r"\n[ \t]{0,3}\d{1,3}\.[ \t]+\S"),  # ^[ \t]{0,3}\d{1,3}\.[ \t]+\S
)


def sniff(raw: RawInput) -> str:
    """The reader name for ``raw``: one of the keys of `rashomon.readers.READERS`."""
    name = raw.path.rsplit("/", 1)[-1]
    suffix = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    sample = _sample(raw)
    fmt = sniff_text(sample)
    if suffix == ".json" and fmt != "jsonl" and sample.lstrip("\ufeff \t\r\n")[:1] in ("[", "{"):
        return "json"  # one JSON value, too large for the sample to parse
    return fmt


def sniff_text(text: str) -> str:
    """The format of a decoded sample (head, or head + tail) of a file."""
    head = text[:4096].lstrip("\ufeff \t\r\n").lower()
    if head.startswith("<?xml") or head.startswith("<feed") or head.startswith("<rss") or head.startswith("<rdf:rdf"):
        if "<mediawiki" in head:
            return "mediawiki-xml"
        if "<feed" in head or "<rss" in head or "<rdf:rdf" in head or "<channel" in head:
            return "feed"
        return "html"  # XHTML, or XML that at best yields text through the HTML reader
    if head.startswith("<mediawiki"):
        return "mediawiki-xml"
    if head.startswith("<!doctype html") or head.startswith("<html") or head.startswith("<!--") and "<html" in head:
        return "html"
    if head[:1] in ("[", "{"):
        value = _json_value(text)
        if isinstance(value, list) or isinstance(value, dict) and not _is_article(value):
            return "json"  # an array, or an object holding a list ({"articles": [...]})
        if head.startswith("{") and _looks_jsonl(text):
            return "jsonl"
        if value is not None:
            return "json"
    if head.startswith("<") and re.match(r"<(head|body|div|p|article|section|h[1-6]|meta|title)[\s>]", head):
        return "html"
    lined = "\n" + text
    wiki = len(_WIKI_HEADING.findall(lined)[:3]) + _hits(_WIKI_SIGNALS, text) + _hits(_WIKI_LINE_SIGNALS, lined)
    md = 2 * (_hits(_MD_STRONG, text) + _hits(_MD_LINE_STRONG, lined)) + _hits(_MD_WEAK, text) + _hits(_MD_LINE_WEAK, lined)
    if wiki >= 2 and wiki >= md:
        return "wikitext"
    if md >= 2:
        return "markdown"
    return "text"


def _hits(signals: tuple, text: str) -> int:
    """How many of ``signals`` (patterns, or tuples of patterns any one of which will do) occur in ``text``."""
    return sum(1 for r in signals if (any(p.search(text) for p in r) if isinstance(r, tuple) else r.search(text)))


def _looks_jsonl(text: str) -> bool:
    lines = [ln for ln in text.split("\n", 6)[:5] if ln.strip()]
    if len(lines) > 1 and len(text) >= HEAD:
        lines = lines[:-1]  # the last line of a head sample may be cut
    try:
        return bool(lines) and all(isinstance(json.loads(ln), dict) for ln in lines)
    except ValueError:
        return False


def _json_value(text: str) -> list | dict | None:
    """The JSON array or object a (whole-file) sample holds, or None."""
    try:
        value = json.loads(text.strip("\ufeff \t\r\n"))
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, list | dict) else None


def _is_article(obj: dict) -> bool:
    from .jsondoc import _is_article as is_article

    return is_article(obj)


def _sample(raw: RawInput) -> str:
    """Decoded head (and tail, for large files) of ``raw``; markup signals survive any decoding."""
    if raw.size <= HEAD + TAIL:
        data = raw.data if raw.size <= raw.max_bytes else raw.head(HEAD)
        tail = b""
    else:
        data = raw.head(HEAD)
        with raw.open() as f:
            f.seek(-TAIL, 2)
            tail = f.read()
    return _to_text(data) + "\n" + _to_text(tail)


def _to_text(data: bytes) -> str:
    """Decode a sample: UTF-16/32 properly (by BOM or NUL pattern), anything else as Latin-1 (keeps ASCII)."""
    if not data:
        return ""
    from ..encoding import _BOMS, _utf16_by_nuls

    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(enc.replace("-sig", ""), errors="replace")
    enc = _utf16_by_nuls(data)
    if enc:
        return data[: len(data) & ~1].decode(enc, errors="replace")
    return data.decode("latin-1")
