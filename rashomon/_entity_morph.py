"""Word-level evidence for `rashomon.entities.EntityTagger`: pymorphy3 morphology (ru, uk) with a
per-word cache, word lists indexed as phrases, case endings, and the shapes of names (surname
endings, acronyms, CamelCase)."""

from __future__ import annotations

import functools
import re

from ._entity_names import grammemes as _grammemes
from .langdata import load_list

ROMAN = re.compile(r"^[IVXLC]+$")
_LATIN = re.compile(r"[A-Za-z]")
CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2"})
GENDERS = frozenset({"masc", "femn"})
_NAME_TAGS = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}


class Morph:
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
            low = word.lower()
            if low != word and len(word) > 1 and word.isalpha() and not _LATIN.search(word):
                # A word of letters other than Latin ones, written with capitals, parses as its lower
                # case does: pymorphy3 reads the lowered word, and the word as written enters only
                # the method stack of an unknown word (its tag UNKN, which no inflection reaches) and
                # the tests of shapes (single-letter initials, Latin words, Roman numerals) that such
                # a word never passes. One parse for «Велморе» and «велморе».
                got = self._cache.get((low, lang))
                if got is None:
                    got = self._parse(low, lang)
                    self._cache[(low, lang)] = got
            else:
                got = self._parse(word, lang)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[k] = got
        return got

    def _parse(self, word: str, lang: str) -> tuple[bool, frozenset[str], tuple]:
        an = self._analyzer(lang)
        parses = tuple(an.parse(word))
        tags = frozenset(g for p in parses for g in _grammemes(p) & _NAME_TAGS)
        return (an.word_is_known(word.lower()), tags, parses)

    def common(self, word: str, lang: str, initial: bool = False) -> bool:
        """A dictionary word that is not a name here: no parse is a name, or (sentence-initially,
        where capitals prove nothing) the best parse is an ordinary word."""
        known, tags, parses = self.info(word, lang)
        if not known:
            return False
        if not tags:
            return True
        return initial and not (_grammemes(parses[0]) & _NAME_TAGS)

    def gendered_nominatives(self, word: str, lang: str) -> list[str]:
        """The nominative singular, in its own gender, of a feminine or neuter adjective in an oblique
        case with no masculine reading (Голой -> голая, Голої -> гола): a place name's first word as the
        gazetteer writes it (the lemma is the masculine)."""
        out: list[str] = []
        parses = self.info(word, lang)[2]
        if not parses or "ADJF" not in _grammemes(parses[0]) or any("ADJF" in (g := _grammemes(p)) and "masc" in g for p in parses):
            return out  # (Часового: a masculine reading too, whose lemma is already a variant; Яру: a noun first)
        for p in parses:
            g = _grammemes(p)
            if "ADJF" in g and "plur" not in g and g & {"femn", "neut"} and "nomn" not in g:
                f = p.inflect({"nomn"} | (g & {"femn", "neut"}))
                if f is not None and f.word not in out:
                    out.append(f.word)
        return out[:2]

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
        """Normal form of the first parse with ``tag``; a first name (``Name``) names one person, so
        its plural readings do not count (uk «Нурлан» is no genitive plural of a feminine «Нурлана»)."""
        _, _, parses = self.info(word, lang)
        for p in parses:
            g = _grammemes(p)
            if tag in g and not (tag == "Name" and "plur" in g):
                return p.normal_form
        return None


@functools.cache
def phrases(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as word tuples, longest first."""
    out = {tuple(w.lower().split()) for w in load_list(lang, name)}
    return tuple(sorted(out, key=len, reverse=True))


@functools.cache
def phrase_index(lang: str, name: str) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """Phrases of a list indexed by their first and by their last word (longest first)."""
    first: dict[str, tuple] = {}
    last: dict[str, tuple] = {}
    for ph in phrases(lang, name):
        first[ph[0]] = first.get(ph[0], ()) + (ph,)
        last[ph[-1]] = last.get(ph[-1], ()) + (ph,)
    return first, last


@functools.cache
def suffixes(lang: str) -> tuple[str, ...]:
    return tuple(sorted(load_list(lang, "entity_case_suffixes"), key=len, reverse=True))


@functools.cache
def surname_endings() -> tuple[str, ...]:
    return tuple(sorted(load_list(None, "entity_surname_endings"), key=len, reverse=True))


def acronym(w: str) -> bool:
    return 2 <= len(w) <= 5 and w.isupper() and not ROMAN.match(w)


@functools.lru_cache(maxsize=65536)
def camel(w: str) -> bool:
    return any(a.islower() and b.isupper() for a, b in zip(w, w[1:], strict=False))


@functools.lru_cache(maxsize=65536)
def surname_like(w: str) -> bool:
    # an ending with at least three letters before it: an ending of the word from its fourth letter
    # on (list entries are never empty), asked in C by `str.endswith` of the whole tuple
    return w.lower()[3:].endswith(surname_endings())
