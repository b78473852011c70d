"""Place evidence beyond the word itself, for `rashomon.entities.EntityTagger` (a mixin): a wiki link
whose target carries a place in brackets (``[[Гроза (Куп'янський район)|Гроза]]``, "Springfield
(Illinois district)") names a place, wherever the word stands; and a one-word "person" that the
document also names as a place (``у селі Гроза`` ... ``удар по Грозі``, ``мешканців Грози``: a
village named like a surname) is that place in every case form."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ._entity_names import ADJ_END as _ADJ_END
from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import words as _words
from .model import Mention
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

#: "Name (qualifier)": a wiki article title with a disambiguation in brackets
_DISAMBIG = re.compile(r"([^()\[\]|]{1,80}?)[ \t]*\(([^()]{1,80})\)[ \t]*")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_LANGS = ("en", "ru", "uk", "kk")
#: how a mention was found that says "a place" by its context, not by its shape alone
_PLACE_EVIDENCE = frozenset({"gazetteer", "place-word", "preposition", "link", "landmark", "multiword"})


@functools.cache
def _place_heads() -> frozenset[str]:
    """Place words and place suffixes of every language (село, district, oblast, ауылы), lowercased."""
    out: set[str] = set()
    for lang in _LANGS:
        for name in ("entity_place_words", "entity_place_suffixes", "entity_district_suffixes"):
            out |= {w for w in _words(lang, name) if " " not in w}
    return frozenset(out)


@functools.cache
def _labels() -> frozenset[str]:
    """Infobox labels of an event's place in every language (``entity_place_labels``)."""
    return frozenset(w for lang in _LANGS for w in _words(lang, "entity_place_labels"))


class PlaceEvidence:
    """Mixin of `EntityTagger`: places from wiki link targets and from the document's other mentions."""

    def _link_place(self, d: _Doc, p: int) -> tuple[int, str] | None:
        """(tokens, base name) of a wiki link at token p whose target is "Name (place qualifier)"
        and whose text is the name or a case form of it; None otherwise."""
        targets = getattr(d, "link_targets", None)
        if targets is None:
            targets = d.link_targets = {}
            for ln in d.doc.links:
                t = str(ln.target or "")
                if "(" in t and not t.startswith(("http", "//")):
                    targets[ln.span[0]] = (ln.span[1], t)
        if not targets:
            return None
        s0 = d.starts[p]
        got = targets.get(s0)
        if got is None:
            return None
        end, target = got
        m = _DISAMBIG.fullmatch(target)
        if m is None:
            return None
        name, qual = m.group(1).strip(), m.group(2)
        heads = _place_heads()
        lang = d.lang(p)
        if not any(w.lower() in heads or self._lemma_of(w, lang) in heads for w in _WORD.findall(qual)):
            return None
        n = 0
        while p + n < len(d.words) and d.ends[p + n] <= end:
            n += 1
        text = d.text[s0:end]
        if n == 0 or n != len(name.split()) or not _same_name(text, name):
            return None
        return n, name

    def _label_place(self, d: _Doc, p: int, end: int) -> tuple[int, str] | None:
        """(tokens, name) of the first name after an infobox place label at the start of a line
        ("місце: Гроза, Харківська область", "location: Hroza, ..."): a place, even a word the
        dictionary knows as a common noun."""
        gap = d.gaps[p]
        if ":" not in gap or "\n" in gap or p == 0:
            return None
        s0 = d.starts[p]
        line = d.text.rfind("\n", max(0, s0 - 40), s0) + 1
        if line == 0 and s0 > 40:
            return None  # (a label opens a short line: look no further back)
        label = " ".join(d.text[line:s0].replace(":", " ").lower().split())
        if label not in _labels():
            return None
        n = min(end - p, 3)
        lang = d.lang(p)
        g = self._gaz_match(d, p, lang)
        if n <= 0 or (g and self._accept_place(d, p, g[0], g[1], lang, g[2])):
            return None  # (a name the gazetteer accepts is read as usual, with its canonical name)
        return n, " ".join(d.words[p : p + n])

    def _heading_cue(self, d: _Doc, i: int) -> bool:
        """Token i opens a line and a colon follows it ("Москва: протест на Болотній", "Kyiv: ..."):
        a headline that names where, the way a dateline does."""
        return (i == 0 or "\n" in d.gaps[i]) and i + 1 < len(d.words) and d.gaps[i + 1].lstrip(" \t").startswith(":")

    def _district_adjective(self, d: _Doc, j: int, lang: str) -> bool:
        """Token j is a place adjective before a place word that closes a longer name («Масанчи
        Кордайского района», «Гроза Куп'янського району»): the district, not a surname of a person
        named by the words before."""
        if lang not in ("ru", "uk") or j < 1 or j + 1 >= len(d.words) or not _ADJ_END.search(d.words[j]) \
                or _HARD_GAP.search(d.gaps[j + 1]) or _ADJ_END.search(d.words[j - 1]):
            return False
        return bool(self._has_phrase(d, j + 1, lang, "entity_place_suffixes", True))

    def _places_by_lemma(self, out: list[Mention]) -> None:
        """A one-word person guessed from its shape alone (a surname-like word) whose base form the
        document also gives a place, found by its context (``селі Гроза``), is that place."""
        places = {m.lemma.lower() for m in out if m.type == "place" and m.lemma and " " not in m.lemma
                  and getattr(m, "how", "") in _PLACE_EVIDENCE}
        if not places:
            return
        for m in out:
            if m.type == "person" and m.lemma and " " not in m.lemma and " " not in m.text \
                    and getattr(m, "how", "") in ("person", "morph") and m.lemma.lower() in places:
                m.type = "place"
                m.how = "place-word"


def _same_name(text: str, name: str) -> bool:
    """The link text is the name, or a case form of it (same key but for the last two letters)."""
    if text == name:
        return True
    a, b = tkey(text) or "", tkey(name) or ""
    return bool(a and b) and (a == b or (len(a) >= 4 and len(b) >= 4 and a[:-2] == b[:-2]))
