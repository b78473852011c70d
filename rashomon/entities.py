"""Entity mentions (people, organisations, places) in ru/uk/kk/en text, and their linking.

Tagging (`EntityTagger`) scans runs of capitalized words and decides, from evidence in the text, what
each run names: a gazetteer hit (also multi-word and inflected: ``Мангистауской области``), a person
(first name + surname, a title before a name, surname morphology ``-ов/-ева/-ський/-ұлы``), an
organisation (an org word beside it, a quoted name ``«Озенмунайгаз»``, CamelCase, an acronym, a wiki
link) or a place (place word or preposition before it). Sentence-initial common words are dropped
with pymorphy (ru/uk: a word is a name candidate only if some parse is Name/Surn/Geox/Orgn or the
word is unknown). Each mention carries its base form (``lemma``), phonetic ``key`` and, for places
the gazetteer knows, ``gazetteer_id`` and English ``canonical``.

A single word the gazetteer knows is a place only on evidence: a ru common noun (``Доме``,
``Республика``) needs a place cue and a major place; a small town outside the focus countries and the
countries the document names needs a cue (``Union``, ``Dome``). Known organisations (``ОДКБ``,
``Төтенше жағдайлар министрлігі``) and landmarks inside a town (``Дом профсоюзов``, ``площадь
Республики``) come from ``rashomon._entity_known``; their keys start with ``#`` (concepts, not spellings).

Linking lives in ``rashomon._entity_link`` (`EntityLinker`, re-exported here).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass
from itertools import product

from anyascii import anyascii

from ._entity_known import KnownNames
from ._entity_names import ADJ_END as _ADJ_END
from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import OrgTable, WordTable, country_codes
from ._entity_names import cap as _cap
from ._entity_names import grammemes as _grammemes
from ._entity_names import title as _title
from ._entity_names import words as _words
from .document import Document
from .gazetteer import Gazetteer, Place, default_gazetteer
from .langdata import load_list
from .model import Mention
from .translit import key as tkey

__all__ = ["EntityTagger", "EntityLinker", "TaggedMention"]

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_QUOTE = re.compile(r"[«\"“„]([^«»\"“”„\n]{1,80})[»\"”“]")
_SENT_END = re.compile(r"[.!?…\n;:|=*•#]|(?:^|\s)[-—–](?:\s|$)")
_HYPHEN_ADJ = re.compile(r"^[A-Za-z]+-[a-z]+$")
_CLAUSE = re.compile(r"[,.!?;:]")
_ROMAN = re.compile(r"^[IVXLC]+$")
_CYR = re.compile(r"[\u0400-\u04FF]")
_KK = re.compile(r"[әғқңөұүһ]")
_UK = re.compile(r"[іїєґ]")
_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2"})
_GENDERS = frozenset({"masc", "femn"})
_NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
_MAX_RUN = 6


@dataclass(slots=True)
class TaggedMention(Mention):
    """A `Mention` with the evidence the tagger used (``how``: gazetteer, person, title, org-word,
    quote, place-word, morph, camel, acronym, preposition, multiword, link), which the linker weighs
    when mentions of one name disagree on its type."""

    how: str = ""


class _Morph:
    """pymorphy3 analyzers for ru and uk, built once per tagger, with a per-word cache."""

    def __init__(self) -> None:
        self._an: dict[str, object] = {}
        self._cache: dict[tuple[str, str], tuple] = {}

    def __getstate__(self) -> dict:
        return {}  # analyzers and caches are rebuilt in the receiving process

    def __setstate__(self, state: dict) -> None:
        self.__init__()

    def _analyzer(self, lang: str):
        if lang not in self._an:
            import pymorphy3

            self._an[lang] = pymorphy3.MorphAnalyzer(lang=lang)
        return self._an[lang]

    def info(self, word: str, lang: str) -> tuple[bool, frozenset[str], tuple]:
        """(known to the dictionary, name tags over all parses, parses)."""
        k = (word, lang)
        got = self._cache.get(k)
        if got is None:
            an = self._analyzer(lang)
            parses = tuple(an.parse(word))
            tags = frozenset(g for p in parses for g in _grammemes(p) & _NAME_TAGS)
            got = (an.word_is_known(word.lower()), tags, parses)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[k] = got
        return got

    def common(self, word: str, lang: str, initial: bool = False) -> bool:
        """A dictionary word that is not a name here: no parse is a name, or (sentence-initially,
        where capitals prove nothing) the best parse is an ordinary word."""
        known, tags, parses = self.info(word, lang)
        if not known:
            return False
        if not tags:
            return True
        return initial and not (_grammemes(parses[0]) & _NAME_TAGS)

    def lemmas(self, word: str, lang: str, prefer: tuple[str, ...] = ()) -> list[str]:
        """Normal forms, parses with a preferred tag first, unique, in order."""
        _, _, parses = self.info(word, lang)
        ranked = sorted(parses, key=lambda p: not bool(_grammemes(p).intersection(prefer))) if prefer else parses
        out: list[str] = []
        for p in ranked:
            if p.normal_form not in out:
                out.append(p.normal_form)
        return out

    def is_nominative(self, word: str, lang: str, tag: str) -> bool:
        """Some parse with ``tag`` is already the nominative singular (keep the word as it is)."""
        _, _, parses = self.info(word, lang)
        return any(tag in _grammemes(p) and "nomn" in _grammemes(p) for p in parses)

    def tagged_lemma(self, word: str, lang: str, tag: str) -> str | None:
        _, _, parses = self.info(word, lang)
        for p in parses:
            if tag in _grammemes(p):
                return p.normal_form
        return None


@functools.cache
def _phrases(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as word tuples, longest first."""
    out = {tuple(w.lower().split()) for w in load_list(lang, name)}
    return tuple(sorted(out, key=len, reverse=True))


@functools.cache
def _phrase_index(lang: str, name: str) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Phrases of a list indexed by their first and by their last word (longest first)."""
    first: dict[str, tuple] = {}
    last: dict[str, tuple] = {}
    for ph in _phrases(lang, name):
        first[ph[0]] = first.get(ph[0], ()) + (ph,)
        last[ph[-1]] = last.get(ph[-1], ()) + (ph,)
    return first, last


@functools.cache
def _suffixes(lang: str) -> tuple[str, ...]:
    return tuple(sorted(load_list(lang, "entity_case_suffixes"), key=len, reverse=True))


@functools.cache
def _surname_endings() -> tuple[str, ...]:
    return tuple(sorted(load_list(None, "entity_surname_endings"), key=len, reverse=True))


def _acronym(w: str) -> bool:
    return 2 <= len(w) <= 5 and w.isupper() and not _ROMAN.match(w)


def _camel(w: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(w, w[1:], strict=False))


@functools.lru_cache(maxsize=65536)
def surname_like(w: str) -> bool:
    low = w.lower()
    return any(low.endswith(e) and len(low) >= len(e) + 3 for e in _surname_endings())


class _Doc:
    """Per-document scan state: tokens, their languages, lowercase vocabulary, quotes and links."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.text = doc.text
        self.toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(doc.text)]
        self.lower_seen = {w for _, _, w in self.toks if w[:1].islower()}
        self.quotes = {}
        for m in _QUOTE.finditer(doc.text):
            self.quotes[m.start(1)] = m.end(1)
        self.links = {}
        for ln in doc.links:
            if not str(ln.target).startswith(("http", "//")):
                self.links[ln.span[0]] = ln.span[1]
        self._langs: dict[int, str] = {}
        self.memo: dict[int, bool] = {}
        self._tok_lang: dict[int, str] = {}
        self._pstarts = [p.span[0] for p in doc.paragraphs]
        self.lemmas: dict[tuple[int, str], str] = {}
        self.gaz: dict[tuple[int, str], tuple | None] = {}
        self.countries: frozenset[str] | None = None
        self.orgs: dict[int, tuple | None] = {}
        self.landmarks: dict[int, tuple[int, str, str]] | None = None

    def _para_lang(self, offset: int) -> str | None:
        """Language of the paragraph holding ``offset`` (binary search; paragraphs are sorted)."""
        k = bisect.bisect_right(self._pstarts, offset) - 1
        if k >= 0:
            p = self.doc.paragraphs[k]
            if p.span[0] <= offset < p.span[1]:
                return p.lang or self.doc.lang
        return self.doc.lang

    def gap(self, i: int) -> str:
        """Text between token i-1 and token i."""
        start = self.toks[i - 1][1] if i > 0 else 0
        return self.text[start : self.toks[i][0]]

    def initial(self, i: int) -> bool:
        return i == 0 or bool(_SENT_END.search(self.gap(i)))

    def lang(self, i: int) -> str:
        got = self._tok_lang.get(i)
        if got is None:
            got = self._tok_lang[i] = self._lang(i)
        return got

    def _lang(self, i: int) -> str:
        s, _, w = self.toks[i]
        if not _CYR.search(w):
            return "en"
        plang = self._para_lang(s) if self.doc.paragraphs else self.doc.lang
        if plang in ("ru", "uk", "kk"):
            return plang
        bucket = s // 400
        got = self._langs.get(bucket)
        if got is None:
            window = self.text[max(0, s - 400) : s + 400].lower()
            got = "kk" if len(_KK.findall(window)) >= 3 else "uk" if len(_UK.findall(window)) >= 2 else "ru"
            self._langs[bucket] = got
        return got


_MISSING = object()


class EntityTagger(KnownNames):
    """Finds mentions of places, organisations and people. Build once; call on each document."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or default_gazetteer()
        self.morph = _Morph()
        self._var_cache: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self._longest: dict[tuple[str, str], int] = {}  # most words of a gazetteer name a word starts
        self._place_cache: dict[tuple[str, bool], Place | None] = {}
        self._orgs: dict[str, OrgTable] = {}
        self._tables: dict[tuple[str, str], WordTable] = {}

    # -- word-level helpers -------------------------------------------------------------------
    def _stop(self, w: str, lang: str) -> bool:
        return w.lower() in _words(lang, "entity_stopwords") or _ROMAN.match(w) is not None and len(w) > 1

    def _common(self, d: _Doc, i: int, lang: str) -> bool:
        """A capitalized word that is an ordinary word here (so not a name by itself)."""
        w = d.toks[i][2]
        if self._stop(w, lang):
            return True
        if lang in ("ru", "uk"):
            return self.morph.common(w, lang, d.initial(i))
        return d.initial(i) and w.lower() in d.lower_seen

    def _lemma_of(self, w: str, lang: str) -> str:
        """Lower-case lemma of a single word (for matching word lists)."""
        low = w.lower()
        if lang in ("ru", "uk") and _CYR.search(w):
            return self.morph.lemmas(low, lang)[0]
        return low

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

    def _has_phrase(self, d: _Doc, i: int, lang: str, name: str, forward: bool) -> int:
        """Length in words of a list phrase ending just before token i (or starting at i); looking
        back, one connector may stand between (the village of X)."""
        n = self._phrase_at(d, i, lang, name, forward)
        if not n and not forward and i > 0 and d.toks[i - 1][2] in _words("en", "entity_connectors") \
                and not _HARD_GAP.search(d.gap(i)):
            n = self._phrase_at(d, i - 1, lang, name, forward)
        return n

    def _phrase_at(self, d: _Doc, i: int, lang: str, name: str, forward: bool) -> int:
        anchor = i if forward else i - 1
        if anchor < 0 or anchor >= len(d.toks):
            return 0
        by_first, by_last = _phrase_index(lang, name)
        index = by_first if forward else by_last
        cands = index.get(self._tok_lemma(d, anchor, lang), ()) + index.get(d.toks[anchor][2].lower(), ())
        for ph in cands:
            n = len(ph)
            idx = range(i, i + n) if forward else range(i - n, i)
            if idx.start < 0 or idx.stop > len(d.toks):
                continue
            ok = True
            for k, j in enumerate(idx):
                if k > 0 and _HARD_GAP.search(d.gap(j)):
                    ok = False
                    break
                if self._tok_lemma(d, j, lang) != ph[k] and d.toks[j][2].lower() != ph[k]:
                    ok = False
                    break
            if ok and (forward or not _HARD_GAP.search(d.gap(i))):
                return n
        return 0

    def _tok_lemma(self, d: _Doc, j: int, lang: str) -> str:
        got = d.lemmas.get((j, lang))
        if got is None:
            got = d.lemmas[(j, lang)] = self._lemma_of(d.toks[j][2], lang)
        return got

    # -- gazetteer ------------------------------------------------------------------------------
    def _gaz_match(self, d: _Doc, i: int, lang: str) -> tuple[int, Place, str] | None:
        """Longest gazetteer name starting at token i: (words, place, base form); memoized."""
        k = (i, lang)
        if k not in d.gaz:
            d.gaz[k] = self._gaz_lookup(d, i, lang)
        return d.gaz[k]

    def _gaz_lookup(self, d: _Doc, i: int, lang: str) -> tuple[int, Place, str] | None:
        w0 = d.toks[i][2]
        cyr = _CYR.search(w0) is not None
        v0 = self._variants(w0, lang)
        longest = self._longest.get((w0, lang))
        if longest is None:
            if len(self._longest) > 200_000:
                self._longest.clear()
            longest = self._longest[(w0, lang)] = max((self.gaz.max_words(k.split(" ")[0]) for _, k in v0), default=1)
        for n in range(min(longest, len(d.toks) - i), 0, -1):
            if n > 1 and any(_HARD_GAP.search(d.gap(j)) or len(d.gap(j)) > 2 for j in range(i + 1, i + n)):
                continue
            per = [v0 if n == 1 else v0[:3]] + [self._variants(d.toks[j][2], lang)[:3] for j in range(i + 1, i + n)]
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
            for i, (_, _, w) in enumerate(d.toks):
                if _cap(w) and len(w) > 3:
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

    # -- persons --------------------------------------------------------------------------------
    def _name_part(self, d: _Doc, i: int, lang: str) -> bool:
        w = d.toks[i][2]
        if not _cap(w) or w.isupper() or self._stop(w, lang):
            return False
        if lang in ("ru", "uk"):
            known, tags, _ = self.morph.info(w, lang)
            if surname_like(w) and not d.initial(i):
                return True  # Токаев is also a rare plural of "токай"; a capital mid-sentence decides
            if self.morph.common(w, lang, d.initial(i)):
                return False
            return not known or bool(tags & {"Name", "Surn", "Patr"})
        return not self._common(d, i, lang)

    def _surname(self, w: str, lang: str) -> bool:
        if _camel(w) or w.isupper():
            return False
        if lang in ("ru", "uk"):
            known, tags, _ = self.morph.info(w, lang)
            if known and "Surn" in tags:
                return True
        if lang == "kk":  # Жұмабековтың: a case ending after the surname suffix
            return any(surname_like(f) for f, _ in self._variants(w, lang))
        return surname_like(w)

    def _kk_base(self, w: str) -> str:
        """A Kazakh name without its case ending, when what remains still looks like a name."""
        for f, _ in self._variants(w, "kk")[1:]:
            if surname_like(f):
                return f
        return w

    def _first_name(self, w: str, lang: str) -> bool:
        return lang in ("ru", "uk") and "Name" in self.morph.info(w, lang)[1]

    def _person_at(self, d: _Doc, i: int, lang: str, end: int) -> int:
        """Words of a person name (first [patronymic] surname) starting at token i, else 0."""
        if i + 1 >= end or not self._name_part(d, i, lang) or not self._name_part(d, i + 1, lang):
            return 0
        if self._title_len(d, i, lang) or self._has_phrase(d, i, lang, "entity_org_words", True):
            return 0
        w1, w2 = d.toks[i][2], d.toks[i + 1][2]
        g1 = self._gaz_match(d, i, lang)
        if g1 and i + 2 < end and self._first_name(w2, lang) and self._surname(d.toks[i + 2][2], lang) \
                and self._accept_place(d, i, g1[0], g1[1], lang, g1[2]):
            return 0  # "в Сатпаєві Армана Тлеубаєва": a town, then a name
        g2 = self._gaz_match(d, i + 1, lang)
        if g2 and g2[0] > 1:
            return 0  # "Жанаозен Мангистауской области": a place name follows
        g1 = self._gaz_match(d, i, lang)
        if g1 and (g1[0] > 1 or g1[1].kind != "city") and not self._first_name(w1, lang):
            return 0
        if i + 2 < end and self._name_part(d, i + 2, lang) and re.search(r"(вич|вна|ична|ұлы|қызы|ovich|evich|ovna|evna)$", w2):
            return 3
        if self._surname(w2, lang) and not self._surname(w1, lang):
            return 2
        if self._first_name(w1, lang) and not self._stop(w2, lang):
            return 2
        return 0

    def _title_len(self, d: _Doc, i: int, lang: str) -> int:
        return self._has_phrase(d, i, lang, "entity_person_titles", True)

    def _person_lemma(self, words: list[str], lang: str) -> str:
        if lang == "kk":
            return " ".join([*words[:-1], self._kk_base(words[-1])])
        if lang not in ("ru", "uk") or not _CYR.search(" ".join(words)):
            return " ".join(w[:-2] if w.endswith(("'s", "’s")) else w for w in words)
        out = []
        oblique = self._oblique(words[0], lang)
        for k, w in enumerate(words):
            tag = "Surn" if k == len(words) - 1 else ("Patr" if k == 1 and len(words) == 3 else "Name")
            if k and oblique:  # "Армана Тлеубаєва": the surname takes the first name's case and gender
                lem = next((p.normal_form for p in self.morph.info(w, lang)[2]
                            if tag in (g := _grammemes(p)) and "nomn" not in g
                            and g & _GENDERS <= oblique and g & _CASES & oblique), None)
                if lem:
                    out.append(_title(lem))
                    continue
            if self.morph.is_nominative(w, lang, tag):
                out.append(w)
                continue
            lem = self.morph.tagged_lemma(w, lang, tag)
            out.append(_title(lem) if lem else w)
        return " ".join(out)

    def _oblique(self, first: str, lang: str) -> frozenset[str]:
        """Cases and the one gender of a first name that has no nominative reading (Армана: gent or
        accs, masc), else empty."""
        names = [_grammemes(p) for p in self.morph.info(first, lang)[2] if "Name" in _grammemes(p)]
        if not names or any("nomn" in g for g in names):
            return frozenset()
        genders = {g & _GENDERS for g in names}
        if len(genders) != 1 or not next(iter(genders)):
            return frozenset()
        return frozenset().union(*names) & (_CASES | _GENDERS)

    # -- main scan ------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> list[Mention]:
        """Mentions of places, organisations and people, with lemma/key/gazetteer id when known."""
        d = _Doc(doc)
        out: list[Mention] = []
        toks = d.toks
        landmarks = self._landmarks(d) if toks else {}  # found once; the same dict every time
        i = 0
        while i < len(toks):
            w = toks[i][2]
            lm = landmarks.get(i)
            if lm is not None:
                self._emit(d, i, lm[0], "place", "landmark", lm[2], out)
                out[-1].key = lm[1]
                i = lm[0]
                continue
            if len(w) < 2 or not (_cap(w) or (w.isupper() and len(w) > 3)) or _HYPHEN_ADJ.search(w):
                i += 1  # (Russia-led, Kremlin-backed: an adjective, not a name)
                continue
            n = self._org_at(d, i, out)
            if n:
                i += n
                continue
            qend = d.quotes.get(toks[i][0])
            if qend is not None and _cap(w):  # «Сонячна енергія»: a quoted name may hold lowercase words
                j = i
                while j + 1 < len(toks) and toks[j + 1][1] <= qend:
                    j += 1
                g = self._gaz_match(d, i, d.lang(i)) if j > i else None
                lower = sum(t[2][:1].islower() for t in toks[i : j + 1])
                if j > i and j - i < 6 and toks[j][1] == qend and lower <= 2 and not _CLAUSE.search(d.text[toks[i][0] : qend]) \
                        and (lower or not (g and g[0] == j - i + 1)):  # a slogan or a title is not a name
                    # «Новая Степь», «ЕвроХим Павлодар»: a multi-word quoted name is one name
                    self._classify(d, i, j + 1, d.lang(i), False, out)
                    i = j + 1
                    continue
            # the run of capitalized words joined by single spaces (plus connectors inside names)
            end = i + 1
            while end < len(toks) and end - i < _MAX_RUN and len(d.gap(end)) <= 1 and not _HARD_GAP.search(d.gap(end)):
                nxt = toks[end][2]
                if _cap(nxt):
                    end += 1
                elif (nxt in _words("en", "entity_connectors") and end + 1 < len(toks) and _cap(toks[end + 1][2])
                      and len(d.gap(end + 1)) <= 1 and toks[i][2][:1].isascii()):
                    end += 2
                else:
                    break
            end = next((k for k in range(i + 1, end) if self._org_match(d, k) or k in landmarks), end)
            i = self._scan_run(d, i, end, out)
        self._qualify_landmarks(out)
        self._qualify_orgs(out)
        return out

    def _scan_run(self, d: _Doc, i: int, end: int, out: list[Mention]) -> int:
        """Emit mentions for the run toks[i:end]; returns the index to continue from."""
        p = i
        titled = False
        while p < end:
            lang = d.lang(p)
            w = d.toks[p][2]
            tl = self._title_len(d, p, lang)
            if tl:
                titled, p = True, p + tl
                continue
            if self._stop(w, lang) or (w.isupper() and len(w) > 5):
                g = self._gaz_match(d, p, lang) if w.isupper() and len(w) > 5 else None
                if g and (g[1].kind != "city" or g[1].population >= 500000 or (
                        g[1].population >= 15000 and g[1].country in self.gaz.full_countries)):
                    self._emit_place(d, p, g, lang, out)
                    p += g[0]
                else:
                    p += 1
                continue
            cc = country_codes().get(w) if w.isupper() else None
            if cc and not any(0 <= j < len(d.toks) and d.toks[j][2].isupper() and len(d.toks[j][2]) > 3
                              for j in (p - 1, p + 1)) and (cp := self.gaz.country(cc)) is not None:
                self._emit(d, p, p + 1, "place", "gazetteer", w, out, cp)  # РФ, РК: the country
                p, titled = p + 1, False
                continue
            gr = self._republic_of(d, p, lang)
            if gr:  # "Республики Казахстан", "Republic of Kazakhstan": the country
                self._emit_place(d, p, gr, lang, out)
                p, titled = p + gr[0], False
                continue
            n = self._person_at(d, p, lang, end)
            if n:
                self._emit(d, p, p + n, "person", "person", self._person_lemma([t[2] for t in d.toks[p : p + n]], lang), out)
                p, titled = p + n, False
                continue
            g = self._gaz_match(d, p, lang)
            if g and self._accept_place(d, p, g[0], g[1], lang, g[2]):
                titled = titled or bool(self._has_phrase(d, p, lang, "entity_person_titles", False))
                if titled and g[0] == 1 and self._name_part(d, p, lang) and g[1].kind == "city" and g[1].population < 100000:
                    g = None  # "President Nazarbayev": a title wins over a village of that name
                else:
                    self._emit_place(d, p, g, lang, out)
                    p, titled = p + g[0], False
                    continue
            start, q = p, p + 1
            while q < end and (d.toks[q][2] in _words("en", "entity_connectors") or not self._stop(d.toks[q][2], d.lang(q))) \
                    and not self._title_len(d, q, d.lang(q)):
                gq = self._gaz_match(d, q, d.lang(q))
                if gq and self._accept_place(d, q, gq[0], gq[1], d.lang(q), gq[2]) \
                        and not (_camel(d.toks[q - 1][2]) and q + gq[0] == end):
                    break  # ... but "ЕвроХим Павлодар": a CamelCase company named with its town
                if self._person_at(d, q, d.lang(q), end) or self._republic_of(d, q, d.lang(q)) \
                        or d.toks[q][2] in country_codes():
                    break
                q += 1
            # drop leading ordinary words (sentence-initial "Местные", "Here")
            while p < q and self._common(d, p, lang) and not self._has_phrase(d, p + 1, lang, "entity_org_words", False) \
                    and not (q - p == 1 and self._quoted(d, p, q)):  # «Укрзалізниця»: a quoted word is a name
                if lang == "en" and q - p >= 3 and not self._stop(d.toks[p][2], lang):
                    break  # "Human Rights Watch" at the start of a sentence is still one name
                p += 1
            p, q = self._trim(d, p, q, lang)
            generic = _words(lang, "entity_org_words") | _words(lang, "entity_org_context")
            if p < q and not all(self._tok_lemma(d, j, lang) in generic for j in range(p, q)):
                self._classify(d, p, q, lang, titled, out)
            p, titled = max(q, start + 1), False
        return max(end, p)

    def _caps_line(self, d: _Doc, p: int) -> bool:
        """Token p stands among other all-capital words on its line (a heading: HOW IT WAS)."""
        for j, gap in ((p - 1, d.gap(p)), (p + 1, d.gap(p + 1) if p + 1 < len(d.toks) else "\n")):
            if 0 <= j < len(d.toks) and "\n" not in gap and d.toks[j][2].isupper() and len(d.toks[j][2]) > 1:
                return True
        return False

    def _trim(self, d: _Doc, p: int, q: int, lang: str) -> tuple[int, int]:
        """Drop connectors and context words (``entity_org_context``) at the edges ("Workers of X" ->
        "X"); institution words (Ministry, Committee) and legal forms (JSC, ТОО) stay in the span."""
        conn = _words("en", "entity_connectors")
        ctx = _words(lang, "entity_org_context")

        def edge(t: str) -> bool:
            return t in conn or (not t.isupper() and self._lemma_of(t, lang) in ctx)

        while p < q and edge(d.toks[p][2]) and q - p > 1:
            p += 1
        while q > p and edge(d.toks[q - 1][2]) and q - p > 1:
            q -= 1
        while p < q and d.toks[p][2] in conn:
            p += 1
        return p, q

    def _emit_place(self, d: _Doc, p: int, g: tuple[int, Place, str], lang: str, out: list[Mention]) -> None:
        n, place, base = g
        self._emit(d, p, p + n, "place", "gazetteer", _title(base), out, place)

    def _emit(self, d: _Doc, a: int, b: int, typ: str, how: str, lemma: str, out: list[Mention],
              place: Place | None = None, end_char: int | None = None) -> None:
        s, e = d.toks[a][0], end_char if end_char is not None else d.toks[b - 1][1]
        text = d.text[s:e]
        if text.endswith(("'s", "’s")) and typ != "person":
            text, e = text[:-2], e - 2
            lemma = lemma[:-2] if lemma.endswith(("'s", "’s")) else lemma
        out.append(TaggedMention(
            doc=d.doc.id, span=(s, e), text=text, type=typ, lemma=lemma, key=tkey(lemma) or None,
            gazetteer_id=place.id if place else None, canonical=place.name if place else None, how=how))

    def _classify(self, d: _Doc, p: int, q: int, lang: str, titled: bool, out: list[Mention]) -> None:
        """Decide what the plain run toks[p:q] names, from the evidence around it."""
        titled = titled or bool(self._has_phrase(d, p, lang, "entity_person_titles", False))
        if q < len(d.toks) and d.gap(q).strip() == "," and "\n" not in d.gap(q):
            titled = titled or bool(self._title_len(d, q, lang))  # "Irina Li, head of communications"
        words = [t[2] for t in d.toks[p:q]]
        w = words[0]
        single = q - p == 1
        s0, e0 = d.toks[p][0], d.toks[q - 1][1]
        tags: frozenset[str] = frozenset()
        known = False
        if lang in ("ru", "uk") and single:
            known, tags, _ = self.morph.info(w, lang)
        base = w
        if single and lang in ("ru", "uk") and _CYR.search(w) and not _camel(w) and not w.isupper():
            if known and (tags or self._quoted(d, p, q)):  # «Укрзалізниці»: the dictionary's lemma
                base = _title(self.morph.lemmas(w, lang, prefer=("Geox", "Orgn", "Surn", "Name"))[0])
            elif not known:  # a guess from the ending: the longest listed case ending comes off
                vs = [f for f, _ in self._variants(w, lang)[1:] if len(f) < len(w) and len(f) >= 4]
                strip = [w[: len(w) - len(x)] for x in _suffixes(lang) if w.lower().endswith(x)]
                base = next((f for f in strip if f in vs or len(f) >= 4), w)
        elif single and lang == "kk":
            vs = self._variants(w, lang)
            base = vs[-1][0] if len(vs) > 1 and len(vs[-1][0]) >= 4 else w
        core = list(words)
        orgw = _words(lang, "entity_org_words")
        while len(core) > 1 and core[0].isupper() and core[0].lower() in orgw:
            core.pop(0)  # legal form before the name: JSC Kazmunaigas
        while len(core) > 1 and core[-1].isupper() and core[-1].lower() in orgw:
            core.pop()  # ... or after it: Karazhanbasmunai JSC
        lemma = base if single else " ".join(core)
        # place suffix after the run: "Magistau region", "Жамбыл облысы"
        suf = self._has_phrase(d, q, lang, "entity_place_suffixes", True)
        if suf and not _HARD_GAP.search(d.gap(q)):
            e = d.toks[q + suf - 1][1]
            self._emit(d, p, q, "place", "place-word", lemma + d.text[e0:e], out, end_char=e)
            return
        link_end = d.links.get(s0)
        quoted = self._quoted(d, p, q)
        org_before = self._has_phrase(d, p, lang, "entity_org_words", False) or self._has_phrase(
            d, p, lang, "entity_org_context", False)
        org_after = self._has_phrase(d, q, lang, "entity_org_words", True) or self._has_phrase(
            d, q, lang, "entity_org_context", True)
        place_before = self._has_phrase(d, p, lang, "entity_place_words", False) and "," not in d.gap(p)  # not "the station, Kyrylenko said"
        if place_before and (single or quoted):
            self._emit(d, p, q, "place", "place-word", lemma, out)
        elif any(self._lemma_of(x, lang).removesuffix("'s").removesuffix("’s") in _words(lang, "entity_org_words") for x in words):
            self._emit(d, p, q, "org", "org-word", lemma, out)
        elif titled and not quoted and all(self._name_part(d, k, lang) for k in range(p, q)) and q - p <= 3 \
                and not _camel(w) and not w.isupper() and (not single or self._surname(w, lang) or tags & {"Name", "Surn"}):
            self._emit(d, p, q, "person", "title", self._person_lemma(words, lang), out)
        elif org_before or org_after or self._org_apposition(d, q, lang):
            if quoted and single and not known and lang in ("ru", "uk") and org_before:
                lemma = w  # "компания «Укрзализныця»": a quoted name in apposition stays in the nominative
            if link_end and link_end > e0 and org_after:  # [[Ozenmunaigas oil field]]: the link is the name
                self._emit(d, p, q, "org", "org-word", lemma, out, end_char=link_end)
            else:
                self._emit(d, p, q, "org", "org-word", lemma, out)
        elif quoted:
            self._emit(d, p, q, "org", "quote", lemma, out)
            if not single and lang in ("ru", "uk"):
                out[-1].key = self._lemma_key(words, lang) or out[-1].key
        elif q - p <= 3 and self._surname(words[-1], lang) and all(self._name_part(d, k, lang) for k in range(p, q)):
            if not (single and _ADJ_END.search(w)):  # a lone "Жезказганский" is an adjective of a name
                self._emit(d, p, q, "person", "person", self._person_lemma(words, lang), out)
        elif single and _camel(w):
            self._emit(d, p, q, "org", "camel", lemma, out)
        elif "Geox" in tags and not (single and self._adj_before_noun(d, p, lang)):
            self._emit(d, p, q, "place", "morph", lemma, out)
        elif "Orgn" in tags:
            self._emit(d, p, q, "org", "morph", lemma, out)
        elif tags & {"Name", "Surn"} and known:
            self._emit(d, p, q, "person", "morph", self._person_lemma(words, lang), out)
        elif single and (_camel(w) or (_acronym(w) and not self._caps_line(d, p))):
            self._emit(d, p, q, "org", "camel" if _camel(w) else "acronym", lemma, out)
        elif single and not d.initial(p) and not known and self._has_phrase(d, p, lang, "entity_place_preps", False):
            self._emit(d, p, q, "place", "preposition", lemma, out)
        elif link_end == e0:
            self._emit(d, p, q, "org", "link", lemma, out)
        elif not single and not d.initial(p):
            self._emit(d, p, q, "org", "multiword", lemma, out)


from ._entity_link import EntityLinker  # noqa: E402  (re-export; the linker imports nothing from here)
