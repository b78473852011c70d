"""XML safety shared by the feed and MediaWiki readers: entity declarations are refused before parsing.

An ``<!ENTITY`` in the prolog is how entity-expansion bombs ("billion laughs") and external entities
(XXE, ``SYSTEM "file:///etc/passwd"``) start; no feed or MediaWiki export needs one. Parsers are also
built with entity resolution, DTD loading and network access off, so a check that missed would still
expand nothing.
"""

from __future__ import annotations

import codecs
import re

from ..errors import InputError

_ENTITY_RE = re.compile(rb"<!ENTITY", re.I)
_DOCTYPE_RE = re.compile(rb"<!DOCTYPE", re.I)


def _ascii_view(head: bytes) -> bytes:
    """UTF-16/32 XML decoded to UTF-8 for the check (a BOM or a NUL-interleaved '<?')."""
    for bom, enc in ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
                     (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(enc, errors="ignore").encode("utf-8")
    if head[:2] == b"<\x00":
        return head.decode("utf-16-le", errors="ignore").encode("utf-8")
    if head[:2] == b"\x00<":
        return head.decode("utf-16-be", errors="ignore").encode("utf-8")
    return head


def check_prolog(head: bytes, path: str) -> None:
    """Raise `InputError` E108 when the document type declaration declares entities.

    ``head`` is the start of the file (the prolog must fit: 1 MiB is plenty). Only the part before
    the root element is looked at, so an ``<!ENTITY`` quoted inside content is no reason to refuse.
    """
    view = _ascii_view(head)
    d = _DOCTYPE_RE.search(view)
    if d is None:
        return
    # the prolog ends at the first element start after the DOCTYPE's internal subset
    subset_end = view.find(b"]>", d.end())
    end = subset_end if subset_end >= 0 else len(view)
    if _ENTITY_RE.search(view, d.end(), end) or (subset_end < 0 and _ENTITY_RE.search(view, d.end())):
        raise InputError(path, "E108", "DOCTYPE with ENTITY declarations")


def safe_parser_kwargs() -> dict[str, bool]:
    """Keyword arguments for ``lxml.etree.XMLParser``/``iterparse`` that expand nothing."""
    return {"resolve_entities": False, "no_network": True, "load_dtd": False, "huge_tree": False}
