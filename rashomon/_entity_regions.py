"""Regions named with their word first (ru/uk «области Абай», «області Абай»): the name alone reads as
a town of that name (Abay), while the word and the name together are the region's gazetteer name
(«Область Абай»). A mixin of `rashomon.entities.EntityTagger`."""

from __future__ import annotations

import functools
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
_OF_BEFORE = re.compile(r"\b([a-z]{5,12}) of (?:the )?$")  # "the region of ", "the province of the "


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
            lang = d.doc.lang_at(s) or d.doc.lang
            if lang == "en" and (of := _OF_BEFORE.search(text, max(0, s - 30), s)):
                self._region_of(m, of.group(1).lower())  # "the central region of Karaganda"
                continue
            w = _WORD_BEFORE.search(text, max(0, s - 26), s)
            if w is None or not w.group(1).islower():
                continue
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

    def _region_of(self, m: Mention, word: str) -> None:
        """"the region of Karaganda", "the province of Olmar": the name alone, written after the region
        word and "of", is the region the gazetteer has as "Karaganda Region" (the mention keeps its text)."""
        if word not in _words("en", "entity_place_words"):
            return
        place = self._region_named(f"{m.text} {word}")
        if place is None:
            return
        m.gazetteer_id, m.canonical = place.id, _ascii_name(place.name)
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


_LIST_GAP = re.compile(r"\s*(?:\([^()\n]{0,80}\)\s*)?")  # «Жамбыл (695 оқиға)»: a figure in brackets after a name
_LIST_NAME = re.compile(r"[^\W\d_][\w’'-]*")
#: a ru/uk region's adjective in any case (Ольмарской, Сортівській, Вельмирских): a listed noun is a town
_RU_UK_ADJ = re.compile(r"(?:[сц]к(?:ая|ой|ую|ие|их|им|ими|ого|ому|ом)|[сц]ьк(?:а|ій|ої|у|і|их|им|ими|ого|ому))$", re.I)


class RegionsListed:
    """Mixin of `EntityTagger`: names listed before a plural region word («Арқала, Бөрте және Сарыкөл
    облыстарында», «Арқала (12) және Бөрте (9) облыстары»; ``entity_region_lists``) are regions each,
    not the towns of the same names."""

    def _regions_listed(self, d: _Doc, out: list[Mention]) -> None:
        """A one-word place, or a one-word name the tagger read as a person or an organisation
        («Ольмарской» beside «Вельмирской и Сортовской областях»: an adjective), is the region; a listed
        capitalized word no mention covers («у Ольмарській, Сортівській та Вельмірській областях»)
        becomes a place mention of that region."""
        for m in out:
            if " " in m.text.strip() or (m.gazetteer_id and m.gazetteer_id.startswith("adm1:")):
                continue
            if m.type != "place" and (m.type not in ("person", "org") or m.gazetteer_id or m.key and m.key.startswith("#")):
                continue
            place = self._listed_region(d, m.span[0], m.span[1], m.text, m.lemma)
            if place is None:
                continue
            m.type = "place"
            m.gazetteer_id, m.canonical = place.id, _ascii_name(place.name)
            if hasattr(m, "how"):
                m.how = "gazetteer"
        spans = sorted(m.span for m in out)
        k = 0  # (the first span ending after the word: a pointer that only moves on, so only the words tested move it)
        added = []
        for i, w in enumerate(d.words):
            if not w[:1].isupper() or w.isupper() or len(w) < 4 or not w.isalpha():
                continue
            s, e = d.starts[i], d.ends[i]
            while k < len(spans) and spans[k][1] <= s:
                k += 1
            if any(a <= s and e <= b for a, b in spans[k:k + 8]):
                continue  # (a word a mention covers)
            lang = d.doc.lang_at(d.starts[i]) or d.doc.lang
            if lang not in ("ru", "uk"):
                continue  # (a Latin capitalized word no mention covers: a list's header, no name)
            place = self._listed_region(d, d.starts[i], d.ends[i], w, self._lemma_of(w, lang))
            if place is not None:
                self._emit(d, i, i + 1, "place", "gazetteer", w, added, place)
                added[-1].canonical = _ascii_name(place.name)
        if added:
            out.extend(added)
            out.sort(key=lambda m: m.span)

    def _listed_region(self, d: _Doc, s: int, e: int, written: str, lemma: str | None):
        """The region a name written at ``s:e`` is as an item of a list closed by a plural region word."""
        lang = d.doc.lang_at(s) or d.doc.lang
        table, conn = self._region_list_words(lang)
        if not table:
            return None
        if lang in ("ru", "uk") and not _RU_UK_ADJ.search(written):
            return None  # («в Вельмире, Ольмарской и Сортовской областях»: the town, then two regions)
        singular = self._listed_region_word(d.text, e, table, conn)
        if singular is None:
            return None
        return self._region_named(f"{lemma or written} {singular}") or self._region_named(f"{written} {singular}")

    @staticmethod
    @functools.cache
    def _region_list_words(lang: str) -> tuple[tuple[tuple[str, str], ...], frozenset[str]]:
        """(plural stem, singular word) pairs and the joining words of ``lang`` (``entity_region_lists``)."""
        from .langdata import load_table

        rows = load_table(lang, "entity_region_lists")
        return (tuple((r[1], r[2]) for r in rows if len(r) >= 3 and r[0] == "plural"),
                frozenset(r[1] for r in rows if len(r) >= 2 and r[0] == "and"))

    @staticmethod
    def _listed_region_word(text: str, pos: int, table, conn: frozenset[str]) -> str | None:
        """The singular region word when the text after ``pos`` runs, through at most seven more listed
        names (commas, «және», «мен», bracketed figures), into a plural region word; else None."""
        for _ in range(16):
            g = _LIST_GAP.match(text, pos)
            pos = g.end()
            w = _LIST_NAME.match(text, pos)
            if w is None:
                if text.startswith(",", pos):
                    pos += 1
                    continue
                return None
            word = w.group(0)
            low = word.lower()
            for plural, singular in table:
                if low.startswith(plural):
                    return singular
            if low in conn:
                pos = w.end()
                continue
            if not word[:1].isupper():
                return None
            pos = w.end()  # another listed name
        return None
