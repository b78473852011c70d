"""Known organisation names (``entity_org_names``): UN / ООН / БҰҰ, МЧС / Ministry of Emergency
Situations / Төтенше жағдайлар министрлігі, found as one mention and keyed by concept.

A name from the table matches a run of tokens word by word: acronyms exactly (case-sensitive), other
words by the phonetic key of their lemma (ru/uk) or by word start (kk/en, whose case endings and plurals
follow the stem). A country after the name (``МЧС РК``, ``Следственный комитет России``, ``Ministry of
Health of Ukraine``) becomes part of the mention and of its key, so that the Russian and the Ukrainian
ministry stay apart; the linker joins a bare name to a qualified one only when one country is named.

Mention keys start with ``#`` (``#org csto``, ``#org emergencies-ministry@kz``): they are concepts,
not spellings, and the linker never reads them phonetically.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .langdata import load_list, load_map, load_table
from .translit import word_key

ORG_PREFIX = "#org "
HARD_GAP = re.compile(r"[.!?…\n;:()\[\]|=]")  # punctuation no name runs across


def cap(w: str) -> bool:
    return w[:1].isupper()


def title(w: str) -> str:
    return w[:1].upper() + w[1:]


@functools.cache
def words(lang: str | None, name: str) -> frozenset[str]:
    """A word list of ``rashomon/lang``, lowercased."""
    return frozenset(w.lower() for w in load_list(lang, name))


def grammemes(parse) -> frozenset[str]:
    """The grammemes of a pymorphy parse."""
    return _tag_set(str(parse.tag))


@functools.lru_cache(maxsize=4096)
def _tag_set(tag: str) -> frozenset[str]:
    return frozenset(re.split(r"[ ,]", tag))


@dataclass(frozen=True, slots=True)
class OrgName:
    concept: str
    words: tuple[str, ...]  # as written in the table
    keys: tuple[str, ...]  # word keys of the lemmas (ru/uk) or of the words
    acronym: bool


@functools.cache
def display_name(concept: str) -> str:
    """The first English name of a concept that is no acronym, else its first (its canonical spelling)."""
    rows = [row[1] for row in load_table("en", "entity_org_names") if len(row) >= 2 and row[0] == concept]
    return next((r for r in rows if not r.isupper()), rows[0] if rows else concept)  # (CNN: an acronym only)


@functools.cache
def country_codes() -> dict[str, str]:
    return load_map(None, "entity_country_codes")


@functools.cache
def country_names() -> dict[str, str]:
    """Lower-case country names the gazetteer lacks (Белоруссия, Britain) -> ISO code."""
    return {k.lower(): v for k, v in load_map(None, "entity_country_names").items()}


def _is_acronym(w: str) -> bool:
    letters = w.replace(".", "")
    return 2 <= len(letters) <= 7 and letters.isupper() and " " not in w


class OrgTable:
    """The organisation names of one language, indexed by the key of their first word."""

    def __init__(self, lang: str, lemma) -> None:
        self.lang = lang
        self.by_first: dict[str, list[OrgName]] = {}
        self.acronyms: dict[str, str] = {}
        for row in load_table(lang, "entity_org_names"):
            if len(row) < 2:
                continue
            concept, name = row[0], row[1]
            if _is_acronym(name):
                self.acronyms[name.replace(".", "")] = concept
                continue
            words = tuple(name.replace("’", "'").split())
            keys = tuple(word_key(lemma(w, lang)) for w in words)
            if all(keys):
                entry = OrgName(concept, words, keys, False)
                self.by_first.setdefault(self._stem(keys[0]), []).append(entry)
        for v in self.by_first.values():
            v.sort(key=lambda e: -len(e.words))

    @staticmethod
    def _stem(k: str) -> str:
        return k[:4]

    def word_matches(self, tok_key: str, lemma_key: str, entry_key: str) -> bool:
        if entry_key in (tok_key, lemma_key):
            return True
        if self.lang in ("kk", "en") and len(entry_key) >= 4:  # case endings, plurals
            extra = len(tok_key) - len(entry_key)
            return tok_key.startswith(entry_key) and 0 < extra <= (7 if self.lang == "kk" else 2)
        return False

    def candidates(self, tok_key: str, lemma_key: str) -> list[OrgName]:
        got = self.by_first.get(self._stem(tok_key), [])
        if lemma_key[:4] != tok_key[:4]:
            got = got + self.by_first.get(self._stem(lemma_key), [])
        return got


@functools.cache
def org_home() -> dict[str, str]:
    """Organisations of one country by name (SBU -> UA): that country after them keys nothing."""
    return load_map(None, "entity_org_home")


def org_key(concept: str, country: str | None) -> str:
    return f"{ORG_PREFIX}{concept}@{country.lower()}" if country else f"{ORG_PREFIX}{concept}"


LANDMARK_PREFIX = "#lm "
_STEM_END = re.compile(r"^([a-z]{4,}?)(?:omu|ogo|oho|emu|ego|eho|aia|aiu|uiu|oiu|eiu|ikh|ykh|oi|ei|ii|yi|im|om|em|oe|ie|ia|iu|ai|a|e|i|o|u|y)?$")


def name_stem(word_key_: str) -> str:
    """A word key without its adjective or case ending (kulikovomu, kulikove, kulikovo -> kulikov),
    nor the adjective's -н- after a consonant (bolotnaia, boloto -> bolot: Болотная площадь, Болото)."""
    m = _STEM_END.match(word_key_) if len(word_key_) <= 40 else None
    s = m.group(1) if m else word_key_
    return s[:-1] if m and len(s) >= 5 and s.endswith("n") and s[-2] not in "aeiouyn" else s


class WordTable:
    """``entity_landmarks`` or ``entity_landmark_words`` of one language: word -> concept, matched by
    lemma (ru/uk) or by word start (kk, en plurals)."""

    def __init__(self, lang: str, name: str) -> None:
        self.lang = lang
        self.exact: dict[str, str] = {}
        for row in load_table(lang, name):
            if len(row) >= 2:
                self.exact[row[0].lower()] = row[1]
        self.prefixes = sorted((w for w in self.exact if len(w) >= 4), key=len, reverse=True)
        self.starts = {w[:3] for w in self.exact}

    def get(self, low: str, lemmas: tuple[str, ...] | list[str] = ()) -> str | None:
        got = self.exact.get(low) or next((self.exact[x] for x in lemmas if x in self.exact), None)
        if got is None and self.lang in ("kk", "en") and low[:3] in self.starts:
            limit = 9 if self.lang == "kk" else 1
            for w in self.prefixes:
                if low.startswith(w) and len(low) - len(w) <= limit:
                    return self.exact[w]
        return got


def landmark_key(head: str, modifiers: list[str]) -> str:
    return LANDMARK_PREFIX + " ".join([head, *sorted(set(modifiers))])


CYR = re.compile(r"[\u0400-\u04FF]")
ADJ_END = re.compile(r"(?:ский|ская|ской|ского|ском|ський|ська|ської|ській|ського|sky|skiy|skaya)$", re.I)


@functools.cache
def word_pairs() -> dict[str, str]:
    """Ukrainian lemma -> Russian lemma of frequent words (``uk/entity_word_pairs.txt``)."""
    return {k.lower(): v.lower() for k, v in load_map("uk", "entity_word_pairs").items()}
