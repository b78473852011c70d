"""Gazetteer evidence for `rashomon.entities.EntityTagger` (a mixin: it uses the tagger's gazetteer,
morphology and per-document state): the longest gazetteer name at a token, over the literal word, its
lemmas and its stripped case endings, and whether a hit is really that place here. Of the places a
name may be, one in the countries the document names (or its big cities lie in) wins, and a small
town abroad reached only through an alternate, often historical, name is no reading (`_pick`)."""

from __future__ import annotations

import functools
import math
import re
from itertools import product
from typing import TYPE_CHECKING

from anyascii import anyascii

from ._entity_morph import suffixes as _suffixes
from ._entity_morph import surname_like
from ._entity_names import ADJ_END as _ADJ_END
from ._entity_names import CYR as _CYR
from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import cap as _cap
from ._entity_names import grammemes
from ._entity_names import words as _words
from .gazetteer import Place
from .langdata import load_list, load_table
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_MISSING = object()
_KIND_RANK = {"country": 0, "region": 1, "city": 2}
_KK_ONLY = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_ACRONYM_CASE = re.compile(r"([А-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ]{2,})[а-яёіїєґәғқңөұүһ]{1,3}")
_VERB_TAGS = frozenset({"VERB", "INFN", "GRND"})  # (a participle stays: its lemma keys names like «Соединённые ...»)


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
        if lang in ("ru", "uk") and w == "обл":
            forms.append("область")  # («Вельмирской обл.»: the region word abbreviated)
        acro = _ACRONYM_CASE.fullmatch(w)
        if acro:  # «ОРДАЛа», «ОРДАЛу»: an acronym and its case ending; no lemma of a guessed word
            forms.append(acro.group(1))
        elif lang in ("ru", "uk") and _CYR.search(w):
            # a verb's infinitive names no place: a capitalized word the dictionary only guesses may
            # parse as a past tense («ОРДАЛа» as of a verb «ордать»), whose lemma may be a far village
            verbs = {p.normal_form for p in self.morph.info(w, lang)[2] if grammemes(p) & _VERB_TAGS}
            nouns = {p.normal_form for p in self.morph.info(w, lang)[2] if not grammemes(p) & _VERB_TAGS}
            forms += [f for f in self.morph.lemmas(w, lang, prefer=("Geox", "ADJF")) if f not in verbs or f in nouns]
            forms += [f for f in self.morph.gendered_nominatives(w, lang) if f not in forms]  # Голой: Голая (Пристань)
        if lang == "uk" and "ьо" in w:  # Ukrainian ьо for the Russian ё (Будьонновськ: Будённовск, Корольов)
            forms += [f.replace("ьо", "ё") for f in forms]
        if lang == "kk" and "-" in w and (head := w.split("-", 1)[0]).isupper() and len(head) >= 2:
            forms.append(head)  # «Қазақ КСР-інде», «Әзербайжан КСР-індегі»: an acronym's case ending after a hyphen
        low = w.lower()
        for suf in _suffixes(lang):
            if low.endswith(suf) and len(w) - len(suf) >= (2 if lang == "kk" and len(suf) > 1 else 3):
                forms.append(w[: len(w) - len(suf)])  # kk: a two-letter town too (Оштағы: Ош)
        hit, at = None, 1
        for end, repl in _derivations(lang)[2]:  # Полтавщини: Полтавська область
            if hit is not None and end != hit:
                break  # every row of the longest ending (Ставропольщині: an oblast or a krai)
            if low.endswith(end) and len(w) - len(end) >= 3:
                forms.insert(at, w[: len(w) - len(end)] + repl)
                hit, at = end, at + 1
        extra: list[str] = []
        if lang in ("ru", "uk") and _CYR.search(w) and w[:1].isupper():
            extra += _plural_bases(w, lang)  # Алёшках, Алёшек: Алёшки
            if "ё" in w or "Ё" in w:  # the gazetteer writes е for ё (Алёшки: Алешки)
                extra += [f.replace("ё", "е").replace("Ё", "Е") for f in [w, *forms[1:], *extra]]
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

    def _place_list(self, d: _Doc, p: int, q: int, lang: str) -> bool:
        """The names toks[p:q] are one item of a list that a place word opens or closes ("the villages
        of Sortobe and Bular Batyr", «Масаншы, Сортөбе және Бұлар батыр ауылдарында»): names, commas
        and conjunctions only, at least one separator crossed, within 16 tokens."""
        conj = _words(None, "entity_conjunctions")
        words, n = d.words, len(d.words)
        after = q < n and (d.gaps[q].strip() == "," or (not d.gaps[q].strip() and words[q].lower() in conj))
        before = p > 0 and (d.gaps[p].strip() == "," or (not d.gaps[p].strip() and words[p - 1].lower() in conj))
        if not (after or before):
            return False  # (no separator beside the name: no list; the common case, answered at once)

        crossed, j = False, q  # forward, to a place word after the last item
        while after and j < n and j - q < 16:
            gap = d.gaps[j]
            g = gap.strip()
            if g not in ("", ",") or _HARD_GAP.search(gap):
                break
            w = words[j]
            crossed = crossed or g == ","
            if crossed and g == "" and self._has_phrase(d, j, lang, "entity_place_suffixes", True):
                return True
            if crossed and lang == "kk" and g == "" and w[:1].islower() and j + 1 < n and not d.gaps[j + 1].strip() \
                    and _cap(words[j - 1]) and self._has_phrase(d, j + 1, lang, "entity_place_suffixes", True):
                return True  # «Бұлар батыр ауылдарында»: a lowercase word inside the last name
            if w.lower() in conj:
                crossed = True
            elif not _cap(w):
                break
            j += 1
        crossed, j = False, p  # backward, to a place word before the first item
        while before and j > 0 and p - j < 16:
            g = d.gaps[j].strip()
            if g not in ("", ",") or _HARD_GAP.search(d.gaps[j]):
                break
            if crossed and g == "" and self._has_phrase(d, j, lang, "entity_place_words", False):
                return True
            prev = words[j - 1]
            if g == "," or prev.lower() in conj:
                crossed = True
            elif not _cap(prev):
                break
            j -= 1
        return False

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
        countries = d.countries if d.countries is not None else self._doc_countries(d)
        w0 = d.words[i]
        longest = self._longest.get((w0, lang))
        if longest is None:
            longest = self._name_words(w0, lang)
        if not longest:
            return None  # (most words start no gazetteer name: answered without the words after)
        limit = min(longest, len(d.words) - i)
        key = [lang, w0]
        gaps, words = d.gaps, d.words
        for j in range(i + 1, i + limit):
            gap = gaps[j]
            if len(gap) > 2 or _HARD_GAP.search(gap):
                break
            key.append(words[j])
        k = (countries, *key)
        got = self._gaz_words.get(k, _MISSING)
        if got is _MISSING:
            if len(self._gaz_words) > 200_000:
                self._gaz_words.clear()
            got = self._gaz_words[k] = self._gaz_longest(key[1:], lang, countries)
        return got

    def _name_words(self, w0: str, lang: str) -> int:
        """Most words of a gazetteer name the word ``w0`` may start (through any of its variants), 0
        when it starts none (cached per tagger). A name of several words has a first word of `max_words`
        above 1; a name of one word is a variant's key itself."""
        if len(self._longest) > 200_000:
            self._longest.clear()
        v0 = self._variants(w0, lang)
        longest = max((self.gaz.max_words(k.split(" ")[0]) for _, k in v0), default=1)
        if longest == 1 and not any(k in self.gaz for _, k in v0):
            longest = 0
        self._longest[(w0, lang)] = longest
        return longest

    def _gaz_longest(self, words: list[str], lang: str,
                     countries: frozenset[str] = frozenset()) -> tuple[int, Place, str] | None:
        """Longest gazetteer name over a prefix of ``words`` (the first word's variants in full, the
        others' three most literal ones), each combination of variants scored."""
        cyr: bool | str = _CYR.search(words[0]) is not None
        if cyr and _KK_ONLY.search(words[0]):
            cyr = "kk"  # (a Kazakh spelling of a foreign name: `_find_places`)
        v0 = self._variants(words[0], lang)
        for n in range(len(words), 0, -1):
            per = [v0 if n == 1 else v0[:3]] + [self._variants(w, lang)[:3] for w in words[1:n]]
            best, best_score = None, -1e9
            for rank, combo in enumerate(product(*per)):
                k = " ".join(k for _, k in combo)
                place = self._pick(self._gaz_place(k, cyr), k, countries, cyr)
                if place is None:
                    continue
                # the literal form first; a lemma or a stripped ending may find a bigger or nearer
                # place (Сатпаєві: Satpayev, not a town the lemma "Сатпай" names in Bangladesh)
                # (a country the document names counts as one of the focus countries: «Барри» in a text
                # about a country that has a town of that name, not a stripped «Барр» elsewhere)
                score = (10 if place.kind != "city" else math.log10(place.population + 1)) \
                    + 1.5 * (place.country in self.gaz.full_countries or place.country in countries) - 0.3 * rank
                if score > best_score:
                    best, best_score = (n, place, " ".join(f for f, _ in combo)), score
            if best:
                return best
        return None

    def _gaz_place(self, k: str, cyrillic: bool) -> tuple[Place, ...]:
        """The places of a key, best first; for a Cyrillic word, a foreign place only through one of
        its Cyrillic names (Хатынь is not Hà Tĩnh, whose Latin name merely has the same key)."""
        got = self._place_cache.get((k, cyrillic), _MISSING)
        if got is not _MISSING:
            return got
        if len(self._place_cache) > 200_000:
            self._place_cache.clear()
        got = self._place_cache[(k, cyrillic)] = self._find_places(k, cyrillic)
        return got

    def _find_places(self, k: str, cyrillic: bool | str) -> tuple[Place, ...]:
        """(``cyrillic`` "kk": a word with letters only Kazakh writes, «Вельһар», which spells a foreign
        name its own way: a big place whose Latin name has the very key, Velhar, is a reading too.)"""
        ids = self.gaz.lookup(k)
        if not ids:
            return ()
        cyr = set(self.gaz.lookup_cyrillic(k)) if cyrillic else None
        out = []
        for pid in ids[:40]:
            place = self.gaz.place(pid)
            if place is not None and cyr is not None and cyrillic == "kk" and pid not in cyr \
                    and place.population >= 500000 and tkey(place.name) == k:
                cyr.add(pid)
            if place is not None and (cyr is None or pid in cyr or place.country in self.gaz.full_countries):
                if not out and cyr is not None and pid not in cyr and place.kind == "city" \
                        and place.population < 100000 and _near(tkey(place.name), k) < 0.5:
                    return ()  # (see below)
                out.append(place)
        if cyrillic and len(out) > 1:
            # the build ranks a key's places with a bonus for a Latin name of that very key, which says
            # nothing of a Cyrillic word abroad (a big city's Cyrillic name and a small town's may share a
            # loose key while only the town's Latin name has it): there size ranks alone. In the focus
            # countries a Latin name transliterates the Cyrillic one, and its key still tells the main name.
            full = self.gaz.full_countries
            out.sort(key=lambda p: (_KIND_RANK.get(p.kind, 3), -(
                math.log10(p.population + 1) + 1.5 * (p.country in full) + (p.country in full and tkey(p.name) == k))))
        # a Cyrillic word whose best reading is a small town that only one of its Latin alternate names,
        # unlike its own name, links to has no reading (a village is no distant town that one of its
        # old Latin names once called so)
        return tuple(out)

    def _pick(self, cands: tuple[Place, ...], k: str, countries: frozenset[str],
              cyrillic: bool = False) -> Place | None:
        """The place a key names in a document that names ``countries``. A small town abroad that only
        an alternate (often historical) name links to this key is no reading at all (Aksy is not
        Guadix, once Acci); a small town outside the document's countries gives way to one inside
        them, the one whose own name is nearest the key first (Еленовка in a text about Ukraine:
        Olenivka, not Sevan in Armenia, formerly Yelenovka)."""
        if not cands:
            return None
        full = self.gaz.full_countries
        # (nor is a big city abroad reached through a translated alternate name of several words:
        # "White House" is not Casablanca, Dar el Beida)
        ok = [p for p in cands if not (p.kind == "city" and p.country not in full and p.country not in countries
                                       and tkey(p.name) != k and (p.population < 100000 or (
                                           " " in k and _near(tkey(p.name), k) < 0.5)))]
        if not ok:
            return None
        first = ok[0]
        if countries and first.kind == "city" and first.country not in countries and (
                first.population < 100000 or (cyrillic and first.population < 1000000 and first.country not in full)):
            # (a Cyrillic name of a mid-size city abroad is as likely a town of the same name where the
            # text is: «провинции Ольмар» in a text about the country that has one, not another continent's)
            local = [p for p in ok if p.country in countries and p.kind == "city"]
            if local:
                return max(local, key=lambda p: math.log10(p.population + 1) + 3 * _near(tkey(p.name), k))
            if tkey(first.name) != k and first.population < 100000:
                return None  # «Советском районе» in a text about Russia: no Ukrainian town's old name
        return first

    def _adjective_place(self, d: _Doc, w: str, lang: str) -> tuple[str, Place | None] | None:
        """The place an adjective before a place word is made from: (its name, the gazetteer place or
        None): «Рушанском районе» -> Рушан, «Беловский район» -> Белово, «Аксыйском» -> Аксы."""
        adj, derive, _ = _derivations(lang)
        if not adj or not _CYR.search(w) or not w[:1].isupper():
            return None
        low = w.lower()
        end = next((e for e in adj if low.endswith(e)), None)
        if end is None:
            return None
        stem = w[: len(w) - len(end)]
        first = None  # every matching derivation is tried: Аксы-йск, but Кордай-ск
        found: list[tuple[str, Place]] = []
        for suf, comps in derive:
            if stem.lower().endswith(suf) and len(stem) - len(suf) >= 3:
                root = stem[: len(stem) - len(suf)]
                names = [root + c for c in comps]
                countries = self._doc_countries(d)
                for c, name in zip(comps, names, strict=True):
                    k = tkey(name)
                    place = self._pick(self._gaz_place(k, True), k, countries, True) if k else None
                    if c and c in (suf, suf.replace("ь", "")) and k not in self._doc_word_keys(d, lang) \
                            and not (place is not None and place.population >= 500000):
                        continue  # Крымск-ий -> Крымск only when the document names the town (or a big city: Донецьк)
                    if place is not None and (place.country in countries if countries else (
                            place.kind != "city" or place.country in self.gaz.full_countries)) \
                            and all(p.id != place.id for _, p in found):
                        found.append((name, place))
                first = first or names[0]
        if len(found) > 1:  # Крымский: Крым or Крымск; the one the document itself writes
            named = self._doc_word_keys(d, lang)
            for name, place in found:
                if tkey(name) in named:
                    return name, place
        if len(found) > 1:  # «Донецької»: Donetsk, not the village Donets; a region before any town
            return max(found, key=lambda f: (f[1].kind != "city", f[1].population))
        if found:
            return found[0]
        return (first, None) if first else None

    def _doc_word_keys(self, d: _Doc, lang: str) -> set[str]:
        """Keys of every base form of the document's capitalized Cyrillic words (Крымске: krimsk)."""
        named = getattr(d, "word_keys", None)
        if named is None:
            named = d.word_keys = {k for x in d.vocab if x[:1].isupper() and _CYR.search(x) and not _ADJ_END.search(x)
                                   for _, k in self._variants(x, lang)}  # (not the adjective itself)
        return named

    def _coordinated_cue(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i follows a conjunction after one capitalized word that a place preposition or place
        word opens («біля Зеленопільського і | Олексіївки», «у селах Сортобе та | Масанчи»)."""
        if i < 3 or d.gaps[i] != " " or d.gaps[i - 1] != " " or not d.words[i - 2][:1].isupper() \
                or d.words[i - 1].lower() not in _words(None, "entity_conjunctions"):
            return False
        return bool(self._has_phrase(d, i - 2, lang, "entity_place_preps", False)
                    or self._has_phrase(d, i - 2, lang, "entity_place_words", False))

    def _inanimate_of(self, d: _Doc, w: str, lang: str, place: Place) -> bool:
        """Whether the dictionary also reads ``w`` as a lifeless noun whose base form is a name of the
        (big) ``place``: uk «Львова» is a surname's case and the genitive of «Львів» (the uk dictionary
        has no Geox tag); a town of 100,000 or more then wins over the surname without a cue, unless
        the text names someone so (a first name before the word's stem: «Олег Львов»)."""
        if place.population < 100000 or len(w) < 5:
            return False
        if not any("inan" in (gs := grammemes(p)) and "NOUN" in gs and not gs & {"Name", "Surn", "Patr"}
                   and place.id in self.gaz.lookup(tkey(p.normal_form)) for p in self.morph.info(w, lang)[2]):
            return False  # (the dictionary first: the scan of the text below is the costly part)
        return not any(m.group(1)[:1].isupper() and "Name" in self.morph.info(m.group(1), lang)[1]
                       for m in re.finditer(r"(\w+)\s+" + re.escape(w[:-1]), d.text))

    def _accept_place(self, d: _Doc, i: int, n: int, place: Place, lang: str, base: str = "") -> bool:
        """Whether a gazetteer hit on toks[i:i+n] is really that place here (villages named like
        common words, people named like towns and historical alternate names are the risks)."""
        if n > 1:
            return True
        w = d.words[i]
        if len(w) < 3 and not (lang == "ru" and not w.isupper() and "Geox" in self.morph.info(w, lang)[1]):
            return False  # two letters are a place only when the dictionary says so (Ош)
        if self._stop(w, lang) and not self._named_place(d, i, lang):
            return False
        if self._adj_before_noun(d, i, lang):
            return False
        if _quoted_name(d, i, lang):
            return False
        if place.kind == "city" and self._feature_before(d, i, lang) and place.country not in self.gaz.full_countries \
                and place.country not in self._doc_countries(d):
            return False  # «на полуострове Ольмо»: an island or a peninsula, not a far town of its name
        if w.isupper() and len(w) <= 4:
            return place.kind == "country"
        cue = self._phrase_near(d, i, lang, False) and (self._has_phrase(d, i, lang, "entity_place_words", False)
                                                        or self._has_phrase(d, i, lang, "entity_place_preps", False))
        s0 = d.starts[i]
        cue = cue or d.links.get(s0) == d.ends[i]  # [[Полтава]]: a wiki link to the word itself
        cue = cue or (self._heading_cue(d, i) and not _field_label(d, i))  # "Москва: протест ...": a place opening a headline
        cue = cue or self._coordinated_cue(d, i, lang)  # «біля Зеленопільського і Олексіївки»
        if lang == "kk" and base and len(w) > len(base) and w.lower().startswith(base.lower()):
            cue = cue or w[len(base):].lower() in _words(lang, "entity_place_cue_cases")  # Тель-Авивтен
        major = place.kind != "city" or place.population >= 100000
        far = place.country not in self.gaz.full_countries and place.country not in self._doc_countries(d)
        if far and place.kind == "city" and place.population < 1000000 and (not _CYR.search(w) or w.isupper()) \
                and anyascii(w).casefold() != anyascii(place.name).casefold():
            # a town abroad, in a country the text never names, reached through another spelling only
            # (an acronym "ABCDE" that is some city's old name, "Morvan" for a far "Morvin"): most likely a
            # place or name of the text that the gazetteer lacks, not that town
            return False
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
                if lang == "uk" and d.initial(i) and place.kind == "country" and w.lower() not in d.lower_seen \
                        and _noun_only(self.morph.info(w, lang)[2]):
                    return True  # «Росія обстріляла ...»: a country opening a sentence (a noun, never a verb's "Мали")
                if d.initial(i) or w.lower() in d.lower_seen:
                    return (bool(cue) or self._named_mid_sentence(d, i, place)) and place.population >= 15000
                if place.kind == "city" and place.population < 15000:
                    # a village named like a rare noun (Оленівка), capitalized wherever the text uses it
                    # and shaped like a place name: a place after a cue when it lies where the text is
                    return bool(cue) and _toponym(base or w, lang) and (
                        place.country in self.gaz.full_countries or place.country in self._doc_countries(d))
                return True
            if "Geox" in tags or place.kind != "city":
                return True
            if known and tags & {"Name", "Surn", "Patr"}:
                return bool(cue) or self._listed_with_place(d, i, lang) or (
                    not any(q in d.gaps[i] for q in "«\"“„") and self._inanimate_of(d, w, lang, place))  # «Самара»: a quoted name (a ship's)
            if surname_like(w) and place.population < 100000:
                return bool(cue) or self._listed_with_place(d, i, lang)
            return True
        if (w.lower() in d.lower_seen or (d.initial(i) and w.lower() in _words(lang, "entity_stopwords"))) \
                and not self._named_place(d, i, lang):  # «Қазан қаласында»: the city of Kazan, not October
            return False
        if place.kind != "city":
            return True
        exact = anyascii(w).casefold() == anyascii(place.name).casefold() or (
            _CYR.search(w) is not None and tkey(base).replace(" ", "") == tkey(place.name).replace(" ", ""))
        if d.initial(i) and place.country not in self.gaz.full_countries and place.population < 100000:
            return bool(cue)  # a capital that only starts a sentence; a small far-away town is unlikely
        if _CYR.search(w):  # Kazakh (no dictionary): a capital mid-sentence is the evidence
            if place.country not in self.gaz.full_countries:  # else a Kazakh word, likely; but a big city's
                # own Cyrillic name opening a headline or a sentence, or inflected inside one, is the city
                # the report is about (Варшава, not "Warsaw" letter for letter: «Варшава көшелерінде ...»,
                # «Кеше Варшавада ...»; a bare name inside a sentence may be an attribute: «Варшава
                # диспетчері»)
                exact = exact or ((d.initial(i) or (bool(base) and base != w)) and place.population >= 100000
                                  and place.id in self.gaz.lookup_cyrillic(tkey(base or w)))
                return exact and (place.population >= 100000 or bool(cue))
            return not d.initial(i) or place.population >= 15000 or bool(cue)
        if not exact and not cue and place.country not in self.gaz.full_countries \
                and place.country not in self._doc_countries(d) and _latin_surname(w):
            return self._listed_with_place(d, i, lang)  # Lunin: a surname, not London's Irish name
        if surname_like(w) and (place.population < 100000 or not exact):
            return bool(cue) or self._listed_with_place(d, i, lang)  # Kasymov, Molotov: surnames, old towns
        if not _CYR.search(w) and i + 1 < len(d.words) and _cap(d.words[i + 1]) and len(d.gaps[i + 1]) == 1 \
                and not self._stop(d.words[i + 1], lang) and not self._place_at(d, i + 1, lang):
            return bool(cue)  # "Radio Free Europe": the first word of a longer name
        if exact:
            return place.population >= 15000 or bool(cue) or not d.initial(i)
        return place.population >= 100000 or bool(cue)

    def _feature_before(self, d: _Doc, i: int, lang: str) -> bool:
        """The word before token i (in Kazakh the word after it) is a natural feature's kind word (an
        island, a peninsula, a lake): «полуострове Ольмо», «Ольмо түбегінде»."""
        kinds = _words(lang, "entity_feature_kinds")
        if lang == "kk":
            nxt = d.words[i + 1] if i + 1 < len(d.words) and not d.gaps[i + 1].strip() else ""
            return nxt.islower() and any(nxt.startswith(k) for k in kinds)
        if i == 0 or d.gaps[i].strip() or not d.words[i - 1].islower():
            return False
        prev = d.words[i - 1]
        return prev in kinds or (lang in ("ru", "uk") and any(f in kinds for f in self.morph.lemmas(prev, lang)))

    def _named_mid_sentence(self, d: _Doc, i: int, place: Place) -> bool:
        """A town named like a common noun starting a sentence ("Вінниця лежить ...") that the
        document also names mid-sentence, in some case form, as the same gazetteer place."""
        if not d.initial(i):
            return False
        got = d.named_mid.get(place.id)
        if got is None:
            d.named_mid[place.id] = False  # (guards the recursion through `_place_at`)
            head = d.toks[i][2][:3].lower()
            got = d.named_mid[place.id] = any(
                not d.initial(j) and d.toks[j][2][:3].lower() == head and (g := self._gaz_match(d, j, d.lang(j)))
                and g[0] == 1 and g[1].id == place.id and self._place_at(d, j, d.lang(j)) for j in d.caps)
        return got

    def _listed_with_place(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i is an item of a list whose neighbouring item is a place (Жезказган, Сатпаев и ...)."""
        conj = _words(None, "entity_conjunctions")
        for j, k in ((i - 1, i), (i + 1, i + 1)):  # the neighbour, and the gap between them
            if 0 <= j < len(d.words) and d.gaps[k].strip() == "," and self._place_at(d, j, d.lang(j)):
                return True
        for j in (i - 2, i + 2):
            mid = min(i, j) + 1
            if 0 <= j < len(d.words) and d.words[mid] in conj and d.gaps[mid].strip() in ("", ",") \
                    and not d.gap(max(i, j)).strip() and self._place_at(d, j, d.lang(j)):
                return True
        return False

    def _doc_countries(self, d: _Doc) -> frozenset[str]:
        """Countries the document names (by a single capitalized word the gazetteer calls a country)."""
        if d.countries is None:
            d.countries = frozenset()  # guards the recursion through _accept_place
            found = set()
            words, longest, solo = d.words, self._longest, self._solo_country
            # words known to name no country wherever they stand: too short, or English (a word
            # without Cyrillic letters is English in every document) and no country's name alone
            skip = self._no_country
            if len(skip) > 200_000:
                skip.clear()
            for i in d.caps:
                w = words[i]
                if w in skip:
                    continue
                if not (w[:1].isupper() and len(w) > 3):
                    skip.add(w)
                    continue
                lang = d.tok_lang[i] or d.lang(i)
                n = longest.get((w, lang))
                if n == 0:
                    if lang == "en":
                        skip.add(w)
                    continue  # (starts no gazetteer name: known without a lookup)
                if n == 1 and (cc := solo.get((w, lang), _MISSING)) is not _MISSING:
                    if cc:  # (a word that starts no longer name: its answer depends on it alone)
                        found.add(cc)
                    elif lang == "en":
                        skip.add(w)
                    continue
                g = self._gaz_match(d, i, lang)
                cc = g[1].country if g and (g[1].kind == "country" or self._big_city(w, g[1])) else None
                if cc:
                    found.add(cc)
                if longest.get((w, lang)) == 1:
                    if len(solo) > 200_000:
                        solo.clear()
                    solo[(w, lang)] = cc
            d.countries = frozenset(found)
            d.gaz.clear()  # the matches so far were chosen without knowing the countries
        return d.countries

    def _big_city(self, w: str, place: Place) -> bool:
        """A city whose name alone tells the country (Донецк, Almaty): a large one of the focus
        countries, or a very large one; in Latin only by its own main name."""
        if place.kind != "city" or place.population < (100000 if place.country in self.gaz.full_countries else 1000000):
            return False
        return bool(_CYR.search(w)) or anyascii(w).casefold() == anyascii(place.name).casefold()

    def _place_at(self, d: _Doc, i: int, lang: str) -> bool:
        """An accepted gazetteer hit starts at token i (memoized per document)."""
        got = d.memo.get(i)
        if got is None:
            d.memo[i] = False  # guards the recursion through _accept_place
            g = self._gaz_match(d, i, lang)
            got = d.memo[i] = bool(g and self._accept_place(d, i, g[0], g[1], lang, g[2]))
        return got


def _field_label(d: _Doc, i: int) -> bool:
    """Token i is the label of a list item's field ("- Olmo: 5 June", an infobox's row rendered as a
    list): a field's name, not a headline's place."""
    line = d.gaps[i].rsplit("\n", 1)[-1].strip()
    return line in ("-", "*", "•") and i + 1 < len(d.gaps) and d.gaps[i + 1].startswith(":")


def _near(a: str, b: str) -> float:
    """Similarity of two keys, 0..1 (shared letters in order)."""
    from difflib import SequenceMatcher

    return SequenceMatcher(None, a, b).ratio()


@functools.cache
def _derivations(lang: str) -> tuple[tuple[str, ...], tuple[tuple[str, tuple[str, ...]], ...], tuple[tuple[str, str], ...]]:
    """``entity_place_derivations``: adjective case endings, derivational suffixes with the endings of
    the names they come from, and region-noun endings with the words that name the region."""
    adj, derive, region = set(), [], []
    for row in load_table(lang, "entity_place_derivations"):
        if row[0] == "plural":
            continue  # (`_plural_bases`)
        if row[0] == "adj" and len(row) >= 2:
            adj.add(row[1])
        elif row[0] == "from" and len(row) >= 3:
            derive.append((row[1], tuple("" if c.strip() == "-" else c.strip() for c in row[2].split(","))))
        elif row[0] == "region" and len(row) >= 3:
            region.append((row[1], row[2]))
    return (tuple(sorted(adj, key=len, reverse=True)), tuple(sorted(derive, key=lambda r: -len(r[0]))),
            tuple(sorted(region, key=lambda r: -len(r[0]))))


@functools.cache
def _plural_endings(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``entity_place_derivations`` rows ``plural``: a plural-only name's case ending, longest first,
    with the nominative endings it comes from."""
    rows = [(r[1], tuple(c.strip() for c in r[2].split(","))) for r in load_table(lang, "entity_place_derivations")
            if r[0] == "plural" and len(r) >= 3]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _plural_bases(w: str, lang: str) -> list[str]:
    """Nominative plurals a case form of a plural-only place name may come from (Алёшках, Алёшек ->
    Алёшки; Черкассах -> Черкассы): the longest matching ending's rows."""
    low, out, hit = w.lower(), [], None
    for end, reps in _plural_endings(lang):
        if hit is not None and len(end) < len(hit):
            break
        if low.endswith(end) and len(w) - len(end) >= 3:
            hit = end
            out += [w[: len(w) - len(end)] + r for r in reps]
    return out


@functools.cache
def _latin_surname_endings() -> tuple[str, ...]:
    return tuple(e for e in load_list("en", "entity_surname_endings") if e.isascii())


def _latin_surname(w: str) -> bool:
    """A Latin word shaped like a Slavic surname (Lunin, Peskov, Shevchenko)."""
    low = w.lower()
    return low.isascii() and any(low.endswith(e) and len(low) >= len(e) + 3 for e in _latin_surname_endings())


@functools.cache
def _place_endings(lang: str) -> tuple[str, ...]:
    return tuple(load_list(lang, "entity_place_endings"))


def _toponym(w: str, lang: str) -> bool:
    """The word ends like a place name of the language (``entity_place_endings``: -івка, -овка)."""
    low = w.lower()
    return any(low.endswith(e) and len(low) > len(e) + 2 for e in _place_endings(lang))


_OPEN_Q, _CLOSE_Q = ("«", '"', "“", "„"), ("»", '"', "”", "“")


@functools.cache
def _unit_words(lang: str) -> tuple[str, ...]:
    """Stems of words that make a quoted name a unit's or organisation's (``entity_unit_words`` and
    ``entity_org_words``, lower-cased)."""
    return tuple(sorted({w.lower() for name in ("entity_unit_words", "entity_org_words")
                         for w in load_list(lang, name) if w}))


def _quoted_name(d: _Doc, i: int, lang: str) -> bool:
    """One word in quotes naming a unit or organisation, not a place: an abbreviation or a unit word
    before the quotes, or a unit word after them (ОК «Схід», «Арыстан» арнайы бөлімшесі, отряд
    «Беркут», the "Alpha" unit)."""
    if i + 1 > len(d.words) or not d.gaps[i].rstrip().endswith(_OPEN_Q):
        return False
    after = d.gaps[i + 1] if i + 1 < len(d.gaps) else ""
    if not after.lstrip().startswith(_CLOSE_Q):
        return False
    stems = _unit_words(lang)

    def unit(w: str) -> bool:
        low = w.lower()
        return any(low == s or (len(s) >= 4 and low.startswith(s)) for s in stems)

    if i > 0 and len(d.gaps[i].strip()) == 1:
        prev = d.words[i - 1]
        if (prev.isupper() and 2 <= len(prev) <= 5) or unit(prev):
            return True
    if i + 1 < len(d.words) and len(after.strip()) == 1 and not _HARD_GAP.search(after):
        nxt = d.words[i + 1]
        if nxt[:1].islower() and (unit(nxt) or (i + 2 < len(d.words) and unit(d.words[i + 2])
                                               and not d.gaps[i + 2].strip())):
            return True
    return False



def _noun_only(parses) -> bool:
    """Every dictionary parse of a word is a noun (Росія; not Мали, a verb's past, nor Того, a pronoun)."""
    return bool(parses) and all(str(p.tag).startswith("NOUN") for p in parses)
