"""A place written with the word for its kind is a form of the place too: «Ольмар ауданында», "Olmar
Prefecture", «провинции Ольмар», «півострові Ольмар», «Ольмар облыстық»; so is an English possessive
as written ("Olmar's"). The tagger often names the place by its bare name (a gazetteer hit, a
locative); the written phrase with the kind word then becomes the mention's `alias` (a form of its
entity, never a mention of its own). Kind words after the name: ``entity_kind_after`` (Kazakh ones
take case endings: ауданы -> ауданына, ауданындағы; a phrase of two words takes them on its last);
before it (ru/uk: ``entity_kind_before``, matched by lemma; en: a capitalized word of the name the
tagger leaves out, "St."). A mixin of `rashomon.entities.EntityTagger`."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ._entity_morph import suffixes as _suffixes
from ._entity_names import words as _words
from .model import Mention
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_AFTER = re.compile(r"[ \u00a0]([^\W\d_]+)(?:[ \u00a0]([^\W\d_]+))?")
_TOWN_OF = re.compile(r"\b([a-z]+) of (?:the )?$")
_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“]))([^\W\d_]+\.?)[ \u00a0]$")


@functools.cache
def _kk_inflected(word: str) -> frozenset[str]:
    """A Kazakh kind word with each case ending after it (ауданы: ауданына, ауданындағы ...)."""
    return frozenset({word, *(word + s for s in _suffixes("kk"))})


def _is_kind(low: str, kinds: frozenset[str], lang: str) -> bool:
    if low in kinds:
        return True
    return lang == "kk" and any(low in _kk_inflected(k) for k in kinds if " " not in k)


class KindWordForms:
    """Mixin of `EntityTagger`: `_kind_word_forms` (a place's name with its kind word as a form)."""

    def _kind_word_forms(self, d: _Doc, out: list[Mention]) -> None:
        """Give each place mention without an alias its name as written with its kind word (or, in
        English, its possessive) as the alias."""
        text = d.text
        for m in out:
            if hasattr(m, "town_word") and m.type == "place":
                m.town_word = self._town_word(text, m.span, d.doc.lang_at(m.span[0]) or d.doc.lang)
            if not hasattr(m, "alias") or m.alias:
                continue
            s, e = m.span
            lang = d.doc.lang_at(s) or d.doc.lang
            if m.type == "org" and lang == "en" and m.how == "multiword":
                _named_with_kind(m, lang)
                continue
            if m.type == "person" and lang == "en" and text[e : e + 2] in ("'s", "’s", "ʼs") \
                    and not text[e + 2 : e + 3].isalnum() and m.text[:1].isupper():
                m.alias = text[s : e + 2]  # "Dorvan Kelmiri's helicopter": a person's possessive is his form too
                continue
            if m.type != "place":
                continue
            if end := _kind_after(text, e, lang):
                if not self._area_of_town(m, text[e:end].split()[0], lang):
                    m.alias = text[s:end]
            elif lang == "en" and text[e : e + 2] in ("'s", "’s", "ʼs") and not text[e + 2 : e + 3].isalnum():
                m.alias = text[s : e + 2]  # "Olmar's coast": the possessive as written is a form too
            elif lang in ("ru", "uk", "en") and (start := self._kind_before(text, s, lang)) is not None \
                    and not self._area_of_town(m, text[start:s].strip(), lang):
                m.alias = text[start:e]

    def _town_word(self, text: str, span: tuple[int, int], lang: str) -> bool:
        """A settlement's word (``entity_town_words``) beside the name: after it ("Olmar city", «Ольмар
        қаласында»), before it ("the city of Olmar", «в городе Ольмар», «м. Ольмар»)."""
        s, e = span
        towns = _words(lang, "entity_town_words")
        if not towns:
            return False
        a = _AFTER.match(text, e)
        if a is not None and lang in ("en", "kk"):
            w = a.group(1).casefold()
            if w in towns or (lang == "kk" and any(w.startswith(t) for t in towns)):
                return True
        if lang == "en":
            o = _TOWN_OF.search(text, max(0, s - 16), s)
            return o is not None and o.group(1) in towns
        b = _BEFORE.search(text, max(0, s - 24), s)
        if b is None or not b.group(1)[:1].islower():
            return False
        w = b.group(1)
        return w in towns or self._lemma_of(w.rstrip("."), lang) in towns

    def _area_of_town(self, m: Mention, word: str, lang: str) -> bool:
        """An administrative area's word (``entity_kind_admin``) beside a town of the gazetteer, outside
        Kazakh: the area around the town, another entity ("Olmar district" beside the town Olmar)."""
        if lang == "kk" or not m.gazetteer_id:
            return False
        admin = _words(None, "entity_kind_admin")
        low = word.casefold()
        if low not in admin and (lang == "en" or self._lemma_of(word, lang) not in admin):
            return False
        place = self.gaz.place(m.gazetteer_id)
        return place is not None and place.kind == "city"

    def _kind_before(self, text: str, s: int, lang: str) -> int | None:
        """Start of a lowercase kind word right before the name («провинции | Ольмар»), else None."""
        b = _BEFORE.search(text, max(0, s - 24), s)
        if b is None:
            return None
        kinds = _words(lang, "entity_kind_before")
        w = b.group(1)
        if lang == "en":  # "St. Olmarsburg": a capitalized word of the name the tagger left out
            return b.start(1) if w[:1].isupper() and w.casefold() in kinds else None
        if not w.islower():
            return None
        return b.start(1) if w in kinds or self._lemma_of(w.rstrip("."), lang) in kinds else None


def _kind_after(text: str, e: int, lang: str) -> int:
    """End of the kind word (or two-word kind phrase) right after a name ending at ``e``, else 0."""
    a = _AFTER.match(text, e)
    if a is None:
        return 0
    kinds = _words(lang, "entity_kind_after")
    first = a.group(1).casefold()
    if a.group(2):
        pair = f"{first} {a.group(2).casefold()}"
        head, last = pair.rsplit(" ", 1)
        if pair in kinds or (lang == "kk" and any(
                k.startswith(head + " ") and last in _kk_inflected(k.split(" ", 1)[1]) for k in kinds)):
            return a.end(2)
    return a.end(1) if _is_kind(first, kinds, lang) else 0


def _named_with_kind(m: Mention, lang: str) -> None:
    """"Olmar Prefecture", "Olmar Peninsula" read as a name of two words: the place Olmar, written with
    its kind word."""
    name, _, kind = m.text.rpartition(" ")
    if not name or " " in name or kind.casefold() not in _words(lang, "entity_kind_after"):
        return
    m.type, m.alias = "place", m.text
    m.span = (m.span[0], m.span[0] + len(name))
    m.text = m.lemma = name
    m.key = tkey(name) or m.key
