"""Regions named with their word first (ru/uk «области Абай», «області Абай»): the name alone reads as
a town of that name (Abay), while the word and the name together are the region's gazetteer name
(«Область Абай»). A mixin of `rashomon.entities.EntityTagger`."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._entity_link import _ascii_name
from ._entity_names import words as _words
from .model import Mention
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_WORD_BEFORE = re.compile(r"([^\W\d_]{4,24}) $")  # the lowercase word right before a name, one space between
_REGION_KINDS = ("region",)


class RegionWordFirst:
    """Mixin of `EntityTagger`: a place word before a name that together name a region."""

    def _regions_word_first(self, d: _Doc, out: list[Mention]) -> None:
        """Widen a place (or an unknown name) right after a region word («области Абай», «області
        Абай»; ``entity_place_words``, matched by lemma) to the region the two words name in the
        gazetteer, when they name one; the mention then carries the region's id and name."""
        text = d.text
        for m in out:
            if m.type != "place" or " " in m.text or (m.gazetteer_id and m.gazetteer_id.startswith("adm1:")):
                continue
            s = m.span[0]
            w = _WORD_BEFORE.search(text, max(0, s - 26), s)
            if w is None or not w.group(1).islower():
                continue
            lang = d.doc.lang_at(s) or d.doc.lang
            if lang not in ("ru", "uk"):
                continue
            word = w.group(1)
            lemma = self._lemma_of(word, lang)
            if lemma not in _words(lang, "entity_place_words"):
                continue
            place = self._region_named(f"{lemma} {m.text}") or self._region_named(f"{word} {m.text}")
            if place is None:
                continue
            m.span = (w.start(1), m.span[1])
            m.text = text[m.span[0] : m.span[1]]
            m.gazetteer_id, m.canonical = place.id, _ascii_name(place.name)
            m.lemma = f"{lemma[:1].upper()}{lemma[1:]} {m.lemma or m.text.split()[-1]}"
            m.key = tkey(m.lemma) or m.key
            if hasattr(m, "how"):
                m.how = "gazetteer"

    def _region_named(self, phrase: str):
        """The region (not a town) the gazetteer gives a phrase, if any."""
        k = tkey(phrase)
        if not k:
            return None
        for pid in self.gaz.lookup(k)[:10]:
            place = self.gaz.place(pid)
            if place is not None and place.kind in _REGION_KINDS:
                return place
        return None
