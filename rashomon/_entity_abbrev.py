"""Facilities named by a place adjective and their abbreviations by initials.

* `FacilityPhrases` (a mixin of `rashomon.entities.EntityTagger`): in ru/uk a capitalized adjective
  made from a place, at most two lowercase adjectives and a facility word of ``entity_facilities``
  name one organisation («Новочеркасском электровозостроительном заводе», «Магнітогорський
  металургійний комбінат»), keyed by the facility's concept and the stems of the adjectives, so that
  every case of the name links. The same with a capitalized adjective (any) and a lowercase head of
  ``entity_org_heads`` names an organisation («Исламское движение Узбекистана», «Правого сектора»,
  «Грузинська асоціація молодих юристів»: genitive words and a capitalized genitive may follow),
  under its name in the nominative; sentence-initial only with a capitalized genitive after it.
* `initials_match`: an abbreviation spells the name's initials («НЭВЗ»: Новочеркасский
  ЭлектроВозостроительный Завод): each word gives its first letter in order, and a compound word
  may give more letters from inside it (электро-воз-о-строительный: Э, В). The linker joins an
  abbreviation to the one multi-word organisation of the corpus it spells.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from ._entity_names import ADJ_END, HARD_GAP, name_stem
from ._entity_names import grammemes as _grammemes
from .translit import latin, word_key

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_MAX_ADJ = 2  # lowercase adjectives between the place adjective and the facility word
_MAX_INSIDE = 2  # letters of an abbreviation taken from inside the words (compound roots)


class FacilityPhrases:
    """Mixin of `EntityTagger`: «Новочеркасский электровозостроительный завод»."""

    def _facility_phrases(self, d: _Doc, out: list) -> None:
        """Add (in place, sorted) the facilities named by a place adjective, replacing what the scan
        made of their words; a place mention inside stays (the document's place, for its figures)."""
        made = []
        last = len(d.words) - 2
        for p in d.caps:  # (the tokens with a capital: ascending)
            if p >= last:
                break
            w = d.words[p]
            if w[:1].isupper() and not w.isupper() and (lang := d.tok_lang[p] or d.lang(p)) in ("ru", "uk"):
                b = self._facility_phrase_end(d, p, lang) if ADJ_END.search(w) else 0
                if b:
                    made.append((p, b, b, lang, False))
                elif org := self._org_phrase_end(d, p, lang):
                    made.append((p, *org, lang, True))
        if not made:
            return
        for p, b, t, lang, org in made:
            s, e = d.starts[p], d.ends[t - 1]
            if org and any(getattr(m, "how", "") == "org-table" and m.span[0] < e and s < m.span[1] for m in out):
                continue  # a known name of entity_org_names wins
            out[:] = [m for m in out if m.span[1] <= s or m.span[0] >= e or m.type == "place"]
            if org:
                self._emit_org_phrase(d, p, b, t, lang, out)
            else:
                self._emit_facility_phrase(d, p, b, lang, out)
        out.sort(key=lambda m: m.span[0])

    def _org_phrase_end(self, d: _Doc, p: int, lang: str) -> tuple[int, int] | None:
        """A capitalized adjective at p, at most two lowercase adjectives and a lowercase head of
        ``entity_org_heads`` («Исламское движение», «Правого сектора», «Грузинська асоціація молодих
        юристів» up to the head), then maybe a capitalized genitive (the country: «... Узбекистана»):
        (the token after the head, the token after the whole name), else None. Sentence-initial only
        with the genitive after it («Правящая партия заявила» is no name)."""
        words, n = d.words, len(d.words)
        starts = self._word_table(lang, "entity_org_heads").starts
        if not any(words[j][:3].lower() in starts for j in range(p + 1, min(p + 2 + _MAX_ADJ, n))):
            return None  # (most capitalized words have no head after them)
        if not self._adjective(words[p].lower(), lang):
            return None
        for j in range(p + 1, min(p + 2 + _MAX_ADJ, n)):
            w = d.words[j]
            if not w[:1].islower() or d.gaps[j] != " ":
                return None
            if self._concept(w.lower(), lang, "entity_org_heads"):
                b = e = k = j + 1
                while k < n and k - b < 3 and words[k][:1].islower() and d.gaps[k] == " " and (pos := self._genitive(words[k], lang)):
                    k += 1
                    e = k if pos == "NOUN" else e  # «асоціація молодих юристів»: up to its last genitive noun
                named = e < n and d.gaps[e] == " " and words[e][:1].isupper() and not words[e].isupper() and self._genitive(words[e], lang)
                if named:
                    e += 1
                if not named and d.initial(p) and not any(q in d.gaps[p] for q in "«\"“"):
                    return None
                return b, e
            if not self._adjective(w, lang):
                return None
        return None

    def _genitive(self, w: str, lang: str) -> str | None:
        """The part of speech (NOUN, ADJF) of a known reading of ``w`` in the genitive (Узбекистана,
        Грузии, молодих юристів), else None."""
        known, _, parses = self.morph.info(w, lang)
        if not known:
            return None
        for x in parses:
            g = _grammemes(x)
            if "gent" in g:
                return next((pos for pos in ("NOUN", "ADJF") if pos in g), None)
        return None

    def _emit_org_phrase(self, d: _Doc, p: int, b: int, e: int, lang: str, out: list) -> None:
        """Emit toks[p:e] as an organisation under its name in the nominative (the key of its lemma), so
        that every case of the name links."""
        lemma = " ".join([self._facility_lemma(d, p, b, lang, "entity_org_heads"), *d.words[b:e]])
        self._emit(d, p, e, "org", "org-word", lemma[:1].upper() + lemma[1:], out)

    def _facility_phrase_end(self, d: _Doc, p: int, lang: str) -> int:
        """The token after the facility word when token p is a capitalized place adjective followed
        by lowercase adjectives and a facility word (ru/uk), else 0."""
        if lang not in ("ru", "uk") or not ADJ_END.search(d.words[p]):
            return 0
        for j in range(p + 1, min(p + 2 + _MAX_ADJ, len(d.words))):
            w = d.words[j]
            if not w[:1].islower() or d.gaps[j] != " " or HARD_GAP.search(d.gaps[j]):
                return 0
            if j > p + 1 and self._concept(w.lower(), lang, "entity_facilities"):
                return j + 1
            if not self._adjective(w, lang):
                return 0
        return 0

    def _adjective(self, w: str, lang: str) -> bool:
        """Every dictionary reading of a lowercase word is a full adjective (электровозостроительный)."""
        known, _, parses = self.morph.info(w, lang)
        return bool(parses) and "ADJF" in _grammemes(parses[0]) and (known or w.endswith(_ADJ_TAILS))

    def _emit_facility_phrase(self, d: _Doc, p: int, b: int, lang: str, out: list) -> None:
        """Emit toks[p:b] as a facility keyed by its head's concept and its adjectives' stems."""
        head = self._concept(d.words[b - 1].lower(), lang, "entity_facilities") or d.words[b - 1].lower()
        stems = [name_stem(word_key(d.words[k].lower())) for k in range(p, b - 1)]
        self._emit(d, p, b, "org", "org-word", self._facility_lemma(d, p, b, lang), out)
        out[-1].key = f"#fac {head} {' '.join(stems)}"

    def _facility_lemma(self, d: _Doc, p: int, b: int, lang: str, table: str = "entity_facilities") -> str:
        """The name in the nominative (Новочеркасском ... заводе -> Новочеркасский ... завод)."""
        heads = self._word_table(lang, table).exact
        lems = self.morph.lemmas(d.words[b - 1].lower(), lang)
        head = next((x for x in lems if x in heads), None)
        if head is None:
            return " ".join(d.words[p:b])
        gender = next((g for x in self.morph.info(head, lang)[2] if x.normal_form == head
                       for g in ("masc", "femn", "neut") if g in _grammemes(x)), None)
        if gender is None:
            return " ".join(d.words[p:b])
        return " ".join([*(_place_adjective(self._nominative(d.words[k], lang, gender), lang, gender)
                           for k in range(p, b - 1)), head])


_ADJ_TAILS = ("ый", "ий", "ой", "ая", "яя", "ое", "ее", "ого", "его", "ому", "ему", "ом", "ем", "ых", "их", "ым", "им",
              "ую", "юю", "ій", "а", "е", "ої", "ій", "ого", "ому", "ім", "у", "ою")


_ADJ_CASES = {  # an oblique place adjective the dictionary does not know -> (stem group, nominative endings)
    "ru": (re.compile(r"(?<=ск)(?:ого|ому|ом|им|ой|ая|ую|ое|ий)$"), {"masc": "ий", "femn": "ая", "neut": "ое"}),
    "uk": (re.compile(r"(?<=ськ)(?:ого|ому|ім|им|ої|ій|ою|а|у|е|ий)$"), {"masc": "ий", "femn": "а", "neut": "е"}),
}


def _place_adjective(w: str, lang: str, gender: str) -> str:
    """A place adjective in the nominative of ``gender`` by its ending (Новоуральском -> Новоуральский)."""
    pat, ends = _ADJ_CASES[lang]
    return pat.sub(ends[gender], w, count=1) if w[:1].isupper() else w


def _units(abbr: str) -> tuple[str, ...]:
    """The letters of an abbreviation, each in Latin letters (Ж -> zh)."""
    return tuple(latin(ch).lower() for ch in abbr if ch.isalpha())


def initials_match(abbr: str, name: str) -> bool:
    """Does ``abbr`` (НЭВЗ, NEVZ) spell the initials of ``name`` (two words or more, any script)?"""
    return initials_cost(abbr, name) is not None


@functools.lru_cache(maxsize=4096)
def initials_cost(abbr: str, name: str) -> int | None:
    """How many letters of ``abbr`` come from inside the words of ``name`` when it spells the
    name's initials (0: every letter starts a word), None when it does not spell them. A letter
    from inside a word starts a root there, never the word's last letter (ВАСК is not
    "ВолоднА СтепаниК"; "TRAS" is not "TeRnA Sollers")."""
    if "/" in name:
        return None  # "Brinmouth/BTV News": two names joined by a slash spell no one abbreviation
    units = _units(abbr)
    words = tuple(latin(w).lower() for w in name.split() if w[:1].isalpha())
    if len(words) < 2 or not 2 <= len(units) <= 7 or not len(words) <= len(units) <= len(words) + _MAX_INSIDE:
        return None

    @functools.cache
    def go(i: int, j: int, pos: int, inside: int) -> int | None:
        if i == len(units):
            return inside if j == len(words) - 1 else None
        u = units[i]
        best = None
        if j + 1 < len(words) and words[j + 1].startswith(u):
            best = go(i + 1, j + 1, len(u), inside)  # the next word's first letter
        if j >= 0 and inside < _MAX_INSIDE:
            k = words[j].find(u, max(pos, 1))
            while 0 <= k < len(words[j]) - len(u):  # a root inside the current word
                got = go(i + 1, j, k + len(u), inside + 1)
                if got is not None and (best is None or got < best):
                    best = got
                k = words[j].find(u, k + 1)
        return best

    return go(0, -1, 0, 0)
