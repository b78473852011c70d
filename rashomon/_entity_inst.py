"""Institutions named after their town, for `rashomon.entities.EntityTagger` (a mixin).

"Пермский государственный университет", "Пермського державного університету", "Пермь мемлекеттік
университетінде", "Perm State University": a place (a ru/uk adjective made from it, or the name
itself in kk/en), words of ``entity_institution_words`` and a head of ``entity_institutions``. The
mention is an organisation keyed by the head's concept, the gazetteer place and the words' concepts
(``#inst university 511196``; concepts of ``entity_institution_generic`` such as "state" left out),
so that its forms in every language and case link, and so does an acronym whose wiki link names it
(``[[Пермский государственный национальный исследовательский университет|ПГНИУ]]``).
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from ._entity_doc import PrefixSieve, ScanDoc
from ._entity_names import HARD_GAP, cap, title
from .document import Document
from .langdata import load_list
from .model import Mention
from .translit import key as tkey
from .translit import latin

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc
    from .gazetteer import Place

_TABLE = "entity_institutions"
_WORDS = "entity_institution_words"
_FIELDS = "entity_institution_fields"
# endings of a ru/uk adjective in every case (a lowercase epithet inside a name)
_ADJ_ENDS = ("ого", "его", "ому", "ему", "ой", "ей", "ый", "ий", "ая", "яя", "ое", "ее", "ую", "юю", "ом", "ем",
             "ым", "им", "ої", "ій", "ім", "ою")
_MAX_WORDS = 4  # words between the place and the head ("государственный национальный исследовательский")


@functools.cache
def _generic() -> frozenset[str]:
    return frozenset(load_list(None, "entity_institution_generic"))


class Institutions:
    """Mixin of `EntityTagger`: institutions named after their town, and their acronyms."""

    def _institutions(self, d: _Doc, out: list[Mention]) -> None:
        """Add (in place, sorted) the institution mentions of the document, replacing what the scan
        made of their words (a run of capitalized words), the town excepted."""
        starts = self._inst_starts()
        sieve = getattr(self, "_inst_sieve", None)
        if sieve is None:
            sieve = self._inst_sieve = PrefixSieve(starts, lower=True)
        heads = sieve(d.vocab)  # (most documents: none)
        found = [h for h, w in enumerate(d.words) if w in heads] if heads else []
        made = [got for h in found if (got := self._inst_at(d, h))]
        if not made and not d.doc.links:
            return
        for a, b, key, lemma in made:
            s, e = d.toks[a][0], d.toks[b - 1][1]
            # the town inside the name stays a place mention (the document's place, for its figures)
            out[:] = [m for m in out if m.span[1] <= s or m.span[0] >= e or m.type == "place"]
            self._emit(d, a, b, "org", "org-word", lemma, out)
            out[-1].key = key
        if d.doc.links:
            self._inst_acronyms(d, out)
        if made:
            out.sort(key=lambda m: m.span[0])

    def _inst_starts(self) -> frozenset[str]:
        got = getattr(self, "_inst_first3", None)
        if got is None:
            got = self._inst_first3 = frozenset(
                s for lang in ("ru", "uk", "kk", "en") for s in self._word_table(lang, _TABLE).starts)
        return got

    def _inst_at(self, d: _Doc, h: int) -> tuple[int, int, str, str] | None:
        """(first token, end, key, English name) of an institution whose head is token h, else None."""
        lang = d.lang(h)
        w = d.toks[h][2]
        head = self._concept(w.lower(), lang, _TABLE)
        if head is None:
            return None
        lower = lang == "en" and not cap(w)  # "the Kerch polytechnical college": checked below
        mods: list[str] = []
        filler = False
        k = h - 1
        while k >= 0 and h - k <= _MAX_WORDS + 1:
            gap = d.gap(k + 1)
            if len(gap) != 1 or HARD_GAP.search(gap) or "," in gap:
                return None
            x = d.toks[k][2]
            mc = self._concept(x.lower(), lang, _WORDS)
            if mc is not None and (lang == "en" or not cap(x) or k == 0 or d.initial(k)):
                mods.append(mc)
                k -= 1
                continue
            if lang in ("ru", "uk") and not filler and len(x) >= 5 and x.endswith(_ADJ_ENDS) and (x.islower() or cap(x) and k > 0
                    and cap(d.toks[k - 1][2]) and d.toks[k - 1][2].endswith(_ADJ_ENDS) and len(d.gap(k)) == 1):
                # one epithet before the head («Кельмского златоверхого монастыря», «Кельмского Златоверхого монастыря»)
                filler = True
                k -= 1
                continue
            if not cap(x) or x.isupper():
                return None
            if lower and not (mods and k and d.toks[k - 1][2].lower() == "the" and d.gap(k) == " "):
                return None  # in lowercase only "the <town> <word> <head>" names one ("a Moscow college" does not)
            place = self._inst_place(d, k, lang)
            if place is None:
                return None
            if lang == "en" and k > 0 and cap(d.toks[k - 1][2]) and len(d.gap(k)) == 1 and not d.initial(k - 1):
                return None  # "Lady Kelmo Hospital": a longer capitalised name, the scan's run
            name, gid = place
            end, fields = self._inst_fields(d, h, lang)
            keep = sorted({m for m in mods + fields if m not in _generic()})
            key = " ".join(["#inst", head, gid or tkey(name) or name, *keep])
            lemma = " ".join([name, *(title(m) for m in reversed(mods)), title(head)])
            if fields:
                lemma += " of " + " ".join(title(f) for f in fields)
            return k, end, key, lemma
        return None

    def _inst_fields(self, d: _Doc, h: int, lang: str) -> tuple[int, list[str]]:
        """(end token, concepts) of the words after the head that name the institution's field
        (``entity_institution_fields``: "інституту зв'язку", "института связи", "Institute of
        Communications"); (h + 1, []) when there are none."""
        j, n = h + 1, len(d.toks)
        if lang == "en":
            if not (j + 1 < n and d.toks[j][2] == "of" and d.gap(j) == " " and d.gap(j + 1) == " "):
                return h + 1, []
            j += 1
        fields: list[str] = []
        while j < n and len(fields) < 2 and len(d.gap(j)) == 1 and not HARD_GAP.search(d.gap(j)) and "," not in d.gap(j):
            x = d.toks[j][2]
            c = self._concept(x.lower(), lang, _FIELDS)
            if c is None or (lang == "en" and not cap(x)):
                break
            fields.append(c)
            j += 1
        return (j, fields) if fields else (h + 1, [])

    def _inst_place(self, d: _Doc, k: int, lang: str) -> tuple[str, str | None] | None:
        """(English name, gazetteer id) of the place token k names (an adjective made from it in
        ru/uk; the name itself, in any case, in kk/en), else None."""
        w = d.toks[k][2]
        if lang in ("ru", "uk"):
            ap = self._adjective_place(d, w, lang)
            if ap is None:
                return None
            name, place = ap
            return (_english(place), place.id) if place is not None else (title(latin(name)), None)
        g = self._gaz_match(d, k, lang)
        if g is None or g[0] != 1 or g[1].kind == "country" or (lang == "kk" and w.lower() != g[2].lower()):
            return None  # (kk: the town in the nominative; «Пермьдегі университет» is a university in Perm)
        return _english(g[1]), g[1].id

    def _inst_acronyms(self, d: _Doc, out: list[Mention]) -> None:
        """An acronym whose wiki link names an institution ([[Пермский ... университет|ПГНИУ]]) takes
        its key and name, and so does every other mention of the acronym in the document."""
        starts = self._inst_starts()
        named: dict[str, tuple[str, str]] = {}
        for ln in d.doc.links:
            target = str(ln.target or "")
            if target.startswith(("http", "//")) or not any(t[:3].lower() in starts for t in target.split()):
                continue
            text = d.text[ln.span[0] : ln.span[1]]
            if not (text.isupper() and 2 <= len(text) <= 8):
                continue
            i = bisect.bisect_left(d.toks, (ln.span[0],))
            if i >= len(d.toks):
                continue
            sub = ScanDoc(Document(id=d.doc.id, path=d.doc.id, text=target.split("#")[0][:200], lang=d.lang(i)))
            got = next((g for h in range(len(sub.toks) - 1, -1, -1) if (g := self._inst_at(sub, h)) and g[0] == 0
                        and g[1] == len(sub.toks)), None)
            if got:
                named[text] = (got[2], got[3])
        if not named:
            return
        for m in out:
            if m.type == "org" and m.text in named:
                m.key, m.lemma = named[m.text]


def _english(place: Place) -> str:
    from ._entity_link import _ascii_name

    return _ascii_name(place.name)
