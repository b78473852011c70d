"""News outlets cited by their address ("сообщает Olmarnews.kz", «деп хабарлайды OLMAR.KZ», "Velmor.ru
reported"): a name glued by a full stop to a top-level domain of ``entity_outlet_domains`` is an
organisation, written whole. The tagger's scan stops at the full stop, so the address is found here;
its key is the name's without the domain, so that the outlet's name written alone («Ольмарньюс»,
"Olmarnews") is the same entity. A link (after "/", "//", "@" or "www." glued before it, or a path
after it) is a page address, not a citation: skipped. When a mention of the tagger is the name part
alone, the address becomes its `alias` instead (a known outlet keeps its key)."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .langdata import load_list
from .model import Mention
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc


@functools.cache
def _address() -> re.Pattern[str]:
    tlds = "|".join(sorted(load_list(None, "entity_outlet_domains"), key=len, reverse=True))
    return re.compile(r"(?<![\w@/.\-])([^\W\d_][\w\-]{1,30}(?:\.[^\W\d_][\w\-]{0,30})?)\.(?i:" + tlds + r")(?![\w@/\-]|\.\w)")


def outlet_addresses(tagger, d: _Doc, out: list[Mention]) -> None:
    """Add (in place, sorted) an organisation mention for each outlet cited by its address."""
    text = d.text
    if "." not in text:
        return
    by_span = {m.span: m for m in out}
    added = False
    for a in _address().finditer(text):
        s, e = a.span()
        name = a.group(1)
        if text[max(0, s - 4):s].lower() == "www." or "." in name and not name[:1].isupper():
            continue
        if not (name[:1].isupper() or name.islower()) or len(name) < 2:
            continue
        inside = [m for m in out if s <= m.span[0] and m.span[1] <= e]
        same = by_span.get((s, s + len(name)))
        if same is not None and same.type == "org" and hasattr(same, "alias") and not same.alias:
            same.alias = text[s:e]  # a known outlet («Dalanews» + «.kz»): its address is a form of it
            continue
        if any(m.span[0] < e and s < m.span[1] and m not in inside for m in out):
            continue
        for m in inside:
            out.remove(m)
        tagger._emit(d, 0, 1, "org", "outlet", name, out, end_char=e)
        m = out[-1]
        m.span, m.text = (s, e), text[s:e]
        m.key = tkey(name) or m.key
        added = True
    if added:
        out.sort(key=lambda m: m.span[0])
