"""Place evidence beyond the word itself, for `rashomon.entities.EntityTagger` (a mixin): a wiki link
whose target carries a place in brackets (``[[Гроза (Куп'янський район)|Гроза]]``, "Springfield
(Illinois district)") names a place, wherever the word stands; and a one-word "person" that the
document also names as a place (``у селі Гроза`` ... ``удар по Грозі``, ``мешканців Грози``: a
village named like a surname) is that place in every case form."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from ._entity_names import ADJ_END as _ADJ_END
from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import grammemes
from ._entity_names import words as _words
from .model import Mention
from .translit import key as tkey

_DATELINE_TOP = 600  # a dateline opens a line this near the top of the text


@functools.cache
def _weekdays() -> frozenset[str]:
    """Weekday names of every language (``time_weekdays``), lower-cased."""
    from . import langdata

    return frozenset(r[0].lower() for lang in ("en", "ru", "uk", "kk") for r in langdata.load_table(lang, "time_weekdays") if r)


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
        a headline that names where, the way a dateline does; so does a comma and a day's number after
        it near the top ("Тбілісі, 9 квітня: ...", "KYIV, 9 April -"): a dateline (not a weekday's
        line "Середа, 16 квітня, 12:00 —")."""
        if not (i == 0 or "\n" in d.gaps[i]) or i + 1 >= len(d.words):
            return False
        gap = d.gaps[i + 1].lstrip(" \t")
        if gap.startswith(":"):
            return True
        return gap.startswith(",") and gap[1:].strip(" \t")[:1].isdigit() and "\n" not in gap \
            and d.starts[i] < _DATELINE_TOP and d.words[i].lower() not in _weekdays()

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
        # the same written form elsewhere a place the gazetteer confirms («До Алёшек» ... «Жители Алёшек»)
        written = {m.text: m for m in out if m.type == "place" and " " not in m.text and getattr(m, "gazetteer_id", None)
                   and getattr(m, "how", "") == "gazetteer"}
        for m in out:
            if m.type == "person" and m.lemma and " " not in m.lemma and " " not in m.text \
                    and getattr(m, "how", "") in ("person", "morph"):
                if m.lemma.lower() in places:
                    m.type = "place"
                    m.how = "place-word"
                elif (g := written.get(m.text)) is not None:
                    m.type, m.how, m.lemma, m.key = "place", "gazetteer", g.lemma, g.key
                    m.gazetteer_id, m.canonical = g.gazetteer_id, g.canonical


    def _latin_surnames(self, out: list[Mention]) -> None:
        """A lone Latin word read as a place or an organisation by its context only ("said Vantor",
        "according to Vantor", "in Vantor's car") that is the last word of a person's full name in
        the same document ("Police Chief Tom Vantor") is that person: an English surname has no case
        forms, so the written word is the surname itself."""
        surnames = {m.text.split()[-1] for m in out if m.type == "person" and _LATIN_FULL.match(m.text)}
        if not surnames:
            return
        for m in out:
            if m.type in ("place", "org") and m.text in surnames and not getattr(m, "gazetteer_id", None) \
                    and getattr(m, "how", "") in _CONTEXT_ONLY:
                m.type, m.how = "person", "person"


#: a person's full name in Latin letters: two or three capitalized words ("Ann Lee", "Tom R. Vantor")
_LATIN_FULL = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]*\.?)? [A-Z][a-z]{2,}$")
#: how a mention was found when nothing but its context made it a place or an organisation
_CONTEXT_ONLY = frozenset({"place-word", "preposition", "multiword"})


def _same_name(text: str, name: str) -> bool:
    """The link text is the name, or a case form of it (same key but for the last two letters)."""
    if text == name:
        return True
    a, b = tkey(text) or "", tkey(name) or ""
    return bool(a and b) and (a == b or (len(a) >= 4 and len(b) >= 4 and a[:-2] == b[:-2]))


_PREP_ENDS = (" на ", "\nна ")  # (a quick look before asking `entity_venue_preps`)


class VenueOn:
    """Mixin of `EntityTagger`: a quarter of the document's town named after ru/uk "на"."""

    def _venues_on(self, d: _Doc, out: list[Mention]) -> None:
        """«театральный центр на Дубровке», «протест на Оболоні», «Мәскеудегі Дубровкадағы театр»: a
        town's name in the locative after "на" (``entity_venue_preps``; towns take "в"), or in kk after
        a bigger town, both with the attributive locative (``entity_venue_cases``), names a quarter or
        a venue inside the town the document names, not a village of that name elsewhere: a landmark
        of that town ("Dubrovka (Moscow)"), no gazetteer place of its own. Call before
        ``_qualify_landmarks``."""
        cands = [k for k, m in enumerate(out) if m.type == "place" and m.gazetteer_id and (
            d.text[max(m.span[0] - 4, 0) : m.span[0]].endswith(_PREP_ENDS)  # ru/uk: right after "на"
            or (k and out[k - 1].gazetteer_id and out[k - 1].span[1] + 1 == m.span[0]))]  # kk: right after a town
        if not cands:
            return  # (most documents: no town right after another or after a short word)
        from ._entity_link import _ascii_name
        from ._entity_names import landmark_key, name_stem
        from .translit import word_key

        starts = [t[0] for t in d.toks]
        for k in cands:
            m = out[k]
            i = bisect.bisect_left(starts, m.span[0])
            if getattr(m, "how", "") != "gazetteer" or " " in m.text or i == 0 or i >= len(d.toks) \
                    or d.gap(i) != " " or d.initial(i):
                continue
            place = self.gaz.place(m.gazetteer_id)
            if place is None or place.kind != "city" or place.population >= 1_000_000:
                continue
            lang = d.lang(i)
            if lang in ("ru", "uk"):
                if d.words[i - 1] not in _words(lang, "entity_venue_preps"):
                    continue
                if not any(o.gazetteer_id and o.gazetteer_id != m.gazetteer_id and (p := self.gaz.place(o.gazetteer_id))
                           is not None and p.kind == "city" for o in out):
                    continue  # no other town for it to lie in
                tags = [grammemes(p) for p in self.morph.info(m.text, lang)[2]]
                if not any(t & {"loct", "loc2"} for t in tags) or any("accs" in t and "plur" not in t for t in tags):
                    continue  # "удар на Харків": a direction, the town itself
            elif lang == "kk":
                prev = out[k - 1] if k else None
                big = self.gaz.place(prev.gazetteer_id) if prev is not None and prev.gazetteer_id else None
                ends = _words(lang, "entity_venue_cases")
                if big is None or big.kind != "city" or big.population <= place.population \
                        or d.text[prev.span[1] : m.span[0]] != " " or not prev.text.lower().endswith(tuple(ends)) \
                        or not m.text.lower().endswith(tuple(ends)):
                    continue
            else:
                continue
            name = _ascii_name(place.name)
            m.how, m.gazetteer_id, m.canonical, m.lemma = "landmark", None, None, name
            m.key = landmark_key("quarter", [name_stem(word_key(name.lower()))])
