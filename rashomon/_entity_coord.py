"""People named in a coordination for `rashomon.entities.EntityTagger` (a mixin): in "Max Bokayev and
Talgat Ayan", «Макс Боқаев пен Талғат Аян» the second name has no evidence of its own (an unknown first
name, a surname that is also a village's name), but it stands where the first stood: a pair of
capitalized words joined to a person's full name by a conjunction (``entity_conjunctions``) is a
person too, in either order. Only a pair no stronger reading claims is taken: nothing tagged there, or
a weak guess (a multiword run, a preposition), or a small town of the gazetteer on one word of it."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import cap as _cap
from ._entity_names import words as _words
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

#: how a mention was found that a coordinated person's name may replace
_WEAK = frozenset({"multiword", "preposition"})
#: the largest town of the gazetteer a coordinated name's word may be read as instead (Ayan: a village)
_SMALL_TOWN = 50_000


class CoordinatedPersons:
    """Mixin of `EntityTagger`: the other name of "first-name surname and X Y" is a person's."""

    def _coordinated_persons(self, d: _Doc, out: list[Mention]) -> None:
        persons = [m for m in out if m.type == "person" and m.lemma and len(m.lemma.split()) >= 2]
        if not persons:
            return  # (most documents: no full name)
        conj = _words(None, "entity_conjunctions")
        starts, ends, words = d.starts, d.ends, d.words
        found: dict[tuple[int, int], int] = {}  # span of a coordinated name -> its first token
        for m in persons:
            a = bisect.bisect_left(starts, m.span[0])
            b = bisect.bisect_left(ends, m.span[1])  # the mention's last token
            if a >= len(words) or b >= len(words) or starts[a] != m.span[0] or ends[b] != m.span[1]:
                continue
            for p in (b + 2, a - 3):  # the pair after the conjunction, or before it
                c = b + 1 if p > b else a - 1  # the conjunction's token
                if p < 0 or c < 0 or p + 1 >= len(words) or words[c].lower() not in conj:
                    continue
                if d.gaps[c].strip() or d.gaps[c + 1].strip() or not self._name_pair(d, p):
                    continue
                if p > b and p + 2 < len(words) and _cap(words[p + 2]) and not d.gaps[p + 2].strip():
                    continue  # three capitalized words: some other name
                if p < a and p > 0 and _cap(words[p - 1]) and not d.gaps[p].strip():
                    continue
                found[(starts[p], ends[p + 1])] = p
        if found:
            self._replace_with_persons(d, out, found)

    def _replace_with_persons(self, d: _Doc, out: list[Mention], found: dict[tuple[int, int], int]) -> None:
        """Emit a person for each span of ``found`` that only yielding mentions overlap; the person
        takes the place of the first of them in ``out`` (or comes last)."""
        order = sorted(range(len(out)), key=lambda k: out[k].span)
        first = [out[k].span[0] for k in order]
        longest = max((o.span[1] - o.span[0] for o in out), default=0)
        put: dict[int, Mention] = {}  # index in ``out`` -> the person replacing it
        drop: set[int] = set()
        extra: list[Mention] = []
        for span, p in sorted(found.items()):
            lo, hi = bisect.bisect_left(first, span[0] - longest), bisect.bisect_left(first, span[1])
            over = [order[x] for x in range(lo, hi) if out[order[x]].span[1] > span[0]]
            if any(k in drop for k in over) or not all(self._yields(out[k], span) for k in over):
                continue
            lang = d.tok_lang[p] or d.lang(p)
            tmp: list[Mention] = []
            self._emit(d, p, p + 2, "person", "person", self._person_lemma(d.words[p : p + 2], lang), tmp)
            if over:
                put[min(over)] = tmp[0]
                drop.update(over)
            else:
                extra.append(tmp[0])
        if put or extra:
            out[:] = [put.get(k, o) for k, o in enumerate(out) if k in put or k not in drop] + extra

    def _name_pair(self, d: _Doc, p: int) -> bool:
        """Tokens p, p+1: two capitalized words of a name, one space apart, in one sentence."""
        w1, w2 = d.words[p], d.words[p + 1]
        if not (_cap(w1) and _cap(w2)) or w1.isupper() or w2.isupper() or d.gaps[p + 1] != " " \
                or _HARD_GAP.search(d.gaps[p + 1]):
            return False
        lang = d.tok_lang[p] or d.lang(p)
        r1, r2 = self._rec(w1, lang), self._rec(w2, lang)
        if r1.stop or r2.stop or r1.titles or r1.cc or r2.cc:
            return False
        if lang in ("ru", "uk") and any(self.morph.info(w, lang)[1] & {"Geox", "Orgn"} for w in (w1, w2)):
            return False  # «Северная Корея»: the dictionary knows a place or an organisation there
        orgw = _words(lang, "entity_org_words")
        return r1.lemma not in orgw and r2.lemma not in orgw \
            and not self._has_phrase(d, p + 2, lang, "entity_place_suffixes", True)

    def _yields(self, o: Mention, span: tuple[int, int]) -> bool:
        """A mention over the pair that a person's name may replace: a weak guess inside it, or a
        small town of the gazetteer on its second word (the surname's place)."""
        if o.span[0] < span[0] or o.span[1] > span[1]:
            return False
        how = getattr(o, "how", "")
        if how in _WEAK and o.type != "person":
            return True
        if how == "gazetteer" and o.gazetteer_id and o.span[1] == span[1] and o.span[0] > span[0]:
            place = self.gaz.place(o.gazetteer_id)
            return place is not None and place.kind == "city" and place.population < _SMALL_TOWN
        return False
