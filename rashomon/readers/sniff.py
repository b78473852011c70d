"""Format sniffing: extension first, then content. (First version; refined with the readers.)"""

from __future__ import annotations

from . import RawInput

EXTENSIONS = {
    ".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".atom": "feed", ".rss": "feed", ".jsonl": "jsonl", ".ndjson": "jsonl", ".wiki": "wikitext",
    ".wikitext": "wikitext", ".mediawiki": "wikitext",
}


def sniff(raw: RawInput) -> str:
    suffix = "." + raw.path.rsplit(".", 1)[-1].lower() if "." in raw.path else ""
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    head = raw.head(4096).lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith(b"<feed") or head.startswith(b"<rss"):
        if b"<mediawiki" in head:
            return "mediawiki-xml"
        return "feed"
    if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
        return "html"
    return "text"
