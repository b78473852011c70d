"""Gazetteer evidence for `rashomon.entities.EntityTagger` (a mixin: it uses the tagger's gazetteer,
morphology and per-document state): the longest gazetteer name at a token, over the literal word, its
lemmas and its stripped case endings, and whether a hit is really that place here."""

from __future__ import annotations

import math
from itertools import product
from typing import TYPE_CHECKING

from anyascii import anyascii

from ._entity_morph import suffixes as _suffixes
from ._entity_morph import surname_like
from ._entity_names import CYR as _CYR
from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import cap as _cap
from ._entity_names import words as _words
from .gazetteer import Place
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_MISSING = object()


class PlaceNames:
    """Mixin of `EntityTagger`: gazetteer lookups and the evidence that accepts a hit as a place."""

    def _variants(self, w: str, lang: str) -> list[tuple[str, str]]:
        """(base form, key) candidates for one word, most literal first (cached per tagger)."""
        got = self._var_cache.get((w, lang))
        if got is None:
            if len(self._var_cache) > 200_000:
                self._var_cache.clear()
            got = self._var_cache[(w, lang)] = self._make_variants(w, lang)
        return got

    def _make_variants(self, w: str, lang: str) -> list[tuple[str, str]]:
        forms = [w]
        if lang in ("ru", "uk") and _CYR.search(w):
            forms += self.morph.lemmas(w, lang, prefer=("Geox", "ADJF"))
        for suf in _suffixes(lang):
            if w.lower().endswith(suf) and len(w) - len(suf) >= 3:
                forms.append(w[: len(w) - len(suf)])
        extra: list[str] = []
        if lang == "kk":  # stacked endings (Арыстағылардың: -тағы-лар-дың): strip again, up to three deep
            level = [f for f in forms[1:] if len(f) >= 4]
            for _ in range(2):
                level = [f[: len(f) - len(x)] for f in level for x in _suffixes(lang)
                         if f.lower().endswith(x) and len(f) - len(x) >= 4]
                extra += [f for f in level if f not in forms and f not in extra]
        out: list[tuple[str, str]] = []
        for f in forms:
            k = tkey(f)
            if k and all(k != o[1] for o in out):
                out.append((f, k))
        out = out[:5]
        for f in extra[:8]:
            k = tkey(f)
            if k and all(k != o[1] for o in out):
                out.append((f, k))
        return out

    # -- gazetteer ------------------------------------------------------------------------------
    def _gaz_match(self, d: _Doc, i: int, lang: str) -> tuple[int, Place, str] | None:
        """Longest gazetteer name starting at token i: (words, place, base form); memoized."""
        k = (i, lang)
        got = d.gaz.get(k, _MISSING)
        if got is _MISSING:
            got = d.gaz[k] = self._gaz_lookup(d, i, lang)
        return got

    def _gaz_lookup(self, d: _Doc, i: int, lang: str) -> tuple[int, Place, str] | None:
        """The words a gazetteer name at token i may span (as many as the longest name its first word
        starts, up to a gap no name crosses), looked up once per tagger for each such word sequence."""
        w0 = d.toks[i][2]
        longest = self._longest.get((w0, lang))
        if longest is None:
            if len(self._longest) > 200_000:
                self._longest.clear()
            v0 = self._variants(w0, lang)
            longest = self._longest[(w0, lang)] = max((self.gaz.max_words(k.split(" ")[0]) for _, k in v0), default=1)
        limit = min(longest, len(d.toks) - i)
        key = [lang, w0]
        for j in range(i + 1, i + limit):
            gap = d.gap(j)
            if len(gap) > 2 or _HARD_GAP.search(gap):
                break
            key.append(d.toks[j][2])
        k = tuple(key)
        got = self._gaz_words.get(k, _MISSING)
        if got is _MISSING:
            if len(self._gaz_words) > 200_000:
                self._gaz_words.clear()
            got = self._gaz_words[k] = self._gaz_longest(key[1:], lang)
        return got

    def _gaz_longest(self, words: list[str], lang: str) -> tuple[int, Place, str] | None:
        """Longest gazetteer name over a prefix of ``words`` (the first word's variants in full, the
        others' three most literal ones), each combination of variants scored."""
        cyr = _CYR.search(words[0]) is not None
        v0 = self._variants(words[0], lang)
        for n in range(len(words), 0, -1):
            per = [v0 if n == 1 else v0[:3]] + [self._variants(w, lang)[:3] for w in words[1:n]]
            best, best_score = None, -1e9
            for rank, combo in enumerate(product(*per)):
                place = self._gaz_place(" ".join(k for _, k in combo), cyr)
                if place is None:
                    continue
                # the literal form first; a lemma or a stripped ending may find a bigger or nearer
                # place (Сатпаєві: Satpayev, not a town the lemma "Сатпай" names in Bangladesh)
                score = (10 if place.kind != "city" else math.log10(place.population + 1)) \
                    + 1.5 * (place.country in self.gaz.full_countries) - 0.3 * rank
                if score > best_score:
                    best, best_score = (n, place, " ".join(f for f, _ in combo)), score
            if best:
                return best
        return None

    def _gaz_place(self, k: str, cyrillic: bool) -> Place | None:
        """The best place of a key; for a Cyrillic word, a foreign place only through one of its
        Cyrillic names (Хатынь is not Hà Tĩnh, whose Latin name merely has the same key)."""
        got = self._place_cache.get((k, cyrillic), _MISSING)
        if got is not _MISSING:
            return got
        if len(self._place_cache) > 200_000:
            self._place_cache.clear()
        got = self._place_cache[(k, cyrillic)] = self._find_place(k, cyrillic)
        return got

    def _find_place(self, k: str, cyrillic: bool) -> Place | None:
        ids = self.gaz.lookup(k)
        if not ids:
            return None
        cyr = set(self.gaz.lookup_cyrillic(k)) if cyrillic else None
        for pid in ids:
            place = self.gaz.place(pid)
            if place is not None and (cyr is None or pid in cyr or place.country in self.gaz.full_countries):
                return place
        return None

    def _accept_place(self, d: _Doc, i: int, n: int, place: Place, lang: str, base: str = "") -> bool:
        """Whether a gazetteer hit on toks[i:i+n] is really that place here (villages named like
        common words, people named like towns and historical alternate names are the risks)."""
        if n > 1:
            return True
        w = d.toks[i][2]
        if len(w) < 3 and not (lang == "ru" and not w.isupper() and "Geox" in self.morph.info(w, lang)[1]):
            return False  # two letters are a place only when the dictionary says so (Ош)
        if self._stop(w, lang):
            return False
        if self._adj_before_noun(d, i, lang):
            return False
        if w.isupper() and len(w) <= 4:
            return place.kind == "country"
        cue = self._has_phrase(d, i, lang, "entity_place_words", False) or self._has_phrase(
            d, i, lang, "entity_place_preps", False)
        s0 = d.toks[i][0]
        cue = cue or d.links.get(s0) == d.toks[i][1]  # [[Полтава]]: a wiki link to the word itself
        major = place.kind != "city" or place.population >= 100000
        far = place.country not in self.gaz.full_countries and place.country not in self._doc_countries(d)
        if far and not cue and (not major or (_CYR.search(w) and place.kind == "city" and place.population < 1000000)):
            # "Union", "Dome", "Central": a small town far from what the text is about; in Cyrillic
            # only a big foreign city needs no cue (Хатынь is not Hà Tĩnh; Париж is Paris)
            return False
        if lang in ("ru", "uk"):
            known, tags, _ = self.morph.info(w, lang)
            if self.morph.common(w, lang, d.initial(i)):
                # "Того" (a pronoun) starting a sentence is not Togo; "Доме", "Республика" are common
                # nouns. The uk dictionary has no Geox tag, so there a capital mid-sentence is evidence
                # unless the word also occurs in lowercase here.
                if lang == "ru" and known and not tags:
                    return bool(cue) and major
                if d.initial(i) or w.lower() in d.lower_seen or (place.kind == "city" and place.population < 15000):
                    return bool(cue) and place.population >= 15000
                return True
            if "Geox" in tags or place.kind != "city":
                return True
            if known and tags & {"Name", "Surn", "Patr"}:
                return bool(cue) or self._listed_with_place(d, i, lang)
            if surname_like(w) and place.population < 100000:
                return bool(cue) or self._listed_with_place(d, i, lang)
            return True
        if w.lower() in d.lower_seen or (d.initial(i) and w.lower() in _words(lang, "entity_stopwords")):
            return False
        if place.kind != "city":
            return True
        exact = anyascii(w).casefold() == anyascii(place.name).casefold() or (
            _CYR.search(w) is not None and tkey(base) == tkey(place.name))
        if d.initial(i) and place.country not in self.gaz.full_countries and place.population < 100000:
            return bool(cue)  # a capital that only starts a sentence; a small far-away town is unlikely
        if _CYR.search(w):  # Kazakh (no dictionary): a capital mid-sentence is the evidence
            if place.country not in self.gaz.full_countries:
                return exact and (place.population >= 100000 or bool(cue))  # else a Kazakh word, likely
            return not d.initial(i) or place.population >= 15000 or bool(cue)
        if surname_like(w) and (place.population < 100000 or not exact):
            return bool(cue) or self._listed_with_place(d, i, lang)  # Kasymov, Molotov: surnames, old towns
        if not _CYR.search(w) and i + 1 < len(d.toks) and _cap(d.toks[i + 1][2]) and len(d.gap(i + 1)) == 1 \
                and not self._stop(d.toks[i + 1][2], lang) and not self._place_at(d, i + 1, lang):
            return bool(cue)  # "Radio Free Europe": the first word of a longer name
        if exact:
            return place.population >= 15000 or bool(cue) or not d.initial(i)
        return place.population >= 100000 or bool(cue)

    def _listed_with_place(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i is an item of a list whose neighbouring item is a place (Жезказган, Сатпаев и ...)."""
        conj = _words(None, "entity_conjunctions")
        for j, k in ((i - 1, i), (i + 1, i + 1)):  # the neighbour, and the gap between them
            if 0 <= j < len(d.toks) and d.gap(k).strip() == "," and self._place_at(d, j, d.lang(j)):
                return True
        for j in (i - 2, i + 2):
            mid = min(i, j) + 1
            if 0 <= j < len(d.toks) and d.toks[mid][2] in conj and d.gap(mid).strip() in ("", ",") \
                    and not d.gap(max(i, j)).strip() and self._place_at(d, j, d.lang(j)):
                return True
        return False

    def _doc_countries(self, d: _Doc) -> frozenset[str]:
        """Countries the document names (by a single capitalized word the gazetteer calls a country)."""
        if d.countries is None:
            d.countries = frozenset()  # guards the recursion through _accept_place
            found = set()
            for i in d.caps:
                w = d.toks[i][2]
                if w[:1].isupper() and len(w) > 3:
                    g = self._gaz_match(d, i, d.lang(i))
                    if g and g[1].kind == "country":
                        found.add(g[1].country)
            d.countries = frozenset(found)
        return d.countries

    def _place_at(self, d: _Doc, i: int, lang: str) -> bool:
        """An accepted gazetteer hit starts at token i (memoized per document)."""
        got = d.memo.get(i)
        if got is None:
            d.memo[i] = False  # guards the recursion through _accept_place
            g = self._gaz_match(d, i, lang)
            got = d.memo[i] = bool(g and self._accept_place(d, i, g[0], g[1], lang, g[2]))
        return got
