"""A regional body named by its region's adjective and an abbreviation («Ольмарська ОВА», «Ольмарской
ОВА», «Ольмарській ОВА»): one organisation in every case and in both languages. The tagger may read the
adjective as a place of its own and leave the abbreviation bare (a region the gazetteer knows), or tag
the two words as a name keyed by their inflected spelling; here the two words become one mention keyed
by their lemmas (`KnownNames._lemma_key`: uk words read as their ru pairs). A mixin of
`rashomon.entities.EntityTagger`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

# a region's adjective in any case (Ольмарской, Ольмарецької, Ольмарській)
_ADJ_END = re.compile(r"(?:ск|цк|ськ|цьк|зьк)(?:ий|ый|ой|ая|ого|ому|ом|ую|а|ої|ій|у)$")
_ACRONYM = re.compile(r"^[А-ЯҐЄІЇ]{2,6}$")
_ADJ_BEFORE = re.compile(r"(?<![\w-])([А-ЯҐЄІЇ][а-яґєії']+) $")


class AdjectiveAcronyms:
    """Mixin of `EntityTagger`: `_adjective_acronyms` (region adjective + abbreviation: one body)."""

    def _adjective_acronyms(self, d: _Doc, out: list[Mention]) -> None:
        text, drop = d.text, set()
        for m in out:
            if m.type != "org" or (m.key or "").startswith("#"):
                continue  # (a known body or a facility's concept keeps its key: «Ольмарській АЕС»)
            lang = d.doc.lang_at(m.span[0]) or d.doc.lang
            if lang not in ("ru", "uk"):
                continue
            parts = m.text.split(" ")
            if len(parts) == 2 and _ADJ_END.search(parts[0]) and _ACRONYM.match(parts[1]):
                m.key = self._lemma_key(parts, lang) or m.key  # «Ольмарської ОВА» = «Ольмарській ОВА»
                continue
            if len(parts) != 1 or not _ACRONYM.match(m.text):
                continue
            a = _ADJ_BEFORE.search(text, max(0, m.span[0] - 30), m.span[0])
            if a is None or not _ADJ_END.search(a.group(1)):
                continue
            s = a.start(1)
            owner = [k for k, o in enumerate(out) if o is not m and o.span[0] < m.span[0] and o.span[1] > s]
            if any(out[k].span != (s, a.end(1)) or out[k].type != "place" for k in owner):
                continue  # the adjective ends another name («Ольмарского района ...» is not it)
            drop.update(owner)
            m.span = (s, m.span[1])
            m.text = text[s : m.span[1]]
            m.lemma = m.text
            m.key = self._lemma_key(m.text.split(" "), lang) or m.key
            if hasattr(m, "how"):
                m.how = "multiword"
        if drop:
            out[:] = [o for k, o in enumerate(out) if k not in drop]
