"""Institutions written in lowercase, for `rashomon.entities.EntityTagger` (a mixin).

English news writes national institutions in lowercase ("the interior ministry said", "the chief
military prosecutor's office", "Ukraine's navy"). A lowercase run that spells a name of
``en/entity_org_names`` word by word is that organisation when it has two words or more, or when a
country owns it right before: a possessive ("Ukraine's navy") or a country adjective
(``entity_country_adjectives``: "Russian navy"). The owner gives the country of the key, as "ВМС
Украины" does in Russian; a bare name gets the document's country from ``_qualify_orgs``.

Russian, Ukrainian and Kazakh write a national body in lowercase as well («бойцы национальной
гвардии», «ұлттық ұлан сарбаздары»): a lowercase run that spells a name of two words or more of
the language's ``entity_org_names`` (by lemma in ru/uk, with case endings in kk) is that organisation
(`_lowercase_orgs_cyr`).
"""

from __future__ import annotations

import functools
from itertools import compress
from typing import TYPE_CHECKING

from ._entity_doc import PrefixSieve
from ._entity_names import HARD_GAP, display_name, org_home, org_key
from .langdata import load_map
from .model import Mention
from .translit import key as tkey
from .translit import word_key

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_POSSESSIVE = ("'s", "’s", "ʼs")


@functools.cache
def _adjectives() -> dict[str, str]:
    return load_map("en", "entity_country_adjectives")


class LowercaseOrgs:
    """Mixin of `EntityTagger`: English organisation names written in lowercase."""

    def _lowercase_orgs(self, d: _Doc, out: list[Mention]) -> None:
        """Add (in place, sorted) the lowercase English organisation names of the document."""
        table = self._org_table("en")
        firsts = self._lower_firsts()
        words, added = d.words, False
        sieve = getattr(self, "_lower_sieve", None)
        if sieve is None:
            sieve = self._lower_sieve = PrefixSieve(firsts)
        heads = sieve(d.vocab)  # the document's words that may start a name
        if not heads:
            return
        taken = [m.span for m in out if m.type == "org"]
        free = 0  # the token after the last name added
        for i in compress(range(len(words)), map(heads.__contains__, words)):
            w = words[i]
            if i < free or not w.islower() or d.lang(i) != "en":
                continue
            got = self._lower_name(d, i, table)
            if got is None:
                continue
            n, concept = got
            cc = self._owner_country(d, i)
            if n < 2 and cc is None:
                continue
            a = i - 1 if cc else i
            s, e = d.starts[a], d.ends[i + n - 1]
            if not any(x < e and s < y for x, y in taken):
                if cc and org_home().get(concept) == cc:
                    cc = None  # the country its name already says
                self._emit(d, a, i + n, "org", "org-table", display_name(concept) + (f" ({cc})" if cc else ""), out)
                out[-1].key = org_key(concept, cc)
                added = True
            free = i + n
        if added:
            out.sort(key=lambda m: m.span[0])

    def _lower_firsts(self) -> frozenset[str]:
        """First three letters of the first word of every English organisation name, lowercase."""
        got = getattr(self, "_lower_first3", None)
        if got is None:
            table = self._org_table("en")
            got = self._lower_first3 = frozenset(e.words[0][:3].lower() for v in table.by_first.values() for e in v)
        return got

    def _lower_name(self, d: _Doc, i: int, table) -> tuple[int, str] | None:
        """(tokens, concept) of the longest English name spelled in lowercase from token i, else None."""
        k = word_key(d.words[i])
        for e in table.candidates(k, k):  # (longest first)
            m = len(e.words)
            if i + m > len(d.words) or any(HARD_GAP.search(d.gaps[j]) or d.gaps[j] != " " for j in range(i + 1, i + m)):
                continue
            if all(d.words[j].islower() and table.word_matches(word_key(d.words[j]), word_key(d.words[j]), e.keys[j - i])
                   for j in range(i, i + m)):
                return m, e.concept
        return None

    def _owner_country(self, d: _Doc, i: int) -> str | None:
        """ISO code of the country owning the name at token i: "Ukraine's", "Russian" right before."""
        if i == 0 or d.gaps[i] != " ":
            return None
        w = d.words[i - 1]
        if not w[:1].isupper():
            return None
        if w in _adjectives():
            return _adjectives()[w]
        if not w.endswith(_POSSESSIVE):
            return None
        ids = self.gaz.lookup(tkey(w[:-2]))
        place = self.gaz.place(ids[0].lstrip("~")) if ids else None
        return place.country if place is not None and place.kind == "country" else None

    def _lowercase_orgs_cyr(self, d: _Doc, out: list[Mention]) -> None:
        """Add (in place, sorted) the ru/uk/kk organisation names of two words or more written in
        lowercase («національної гвардії»)."""
        langs = {p.lang for p in d.doc.paragraphs} | {d.doc.lang}
        added = False
        for lang in sorted(langs & {"ru", "uk", "kk"}):
            table = self._org_table(lang)
            sieves = self.__dict__.setdefault("_lower_cyr_sieves", {})
            if lang not in sieves:
                sieves[lang] = PrefixSieve(frozenset(
                    e.words[0][:3].lower() for v in table.by_first.values() for e in v
                    if len(e.words) > 1 and e.words[0][:1].isupper() and not e.words[0].isupper()))
            heads = sieves[lang]({w for w in d.vocab if w[:1].islower()})
            if not heads:
                continue
            taken = [m.span for m in out if m.type == "org"]
            words, free = d.words, 0
            for i in compress(range(len(words)), map(heads.__contains__, words)):
                if i < free or d.lang(i) != lang:
                    continue
                got = self._lower_cyr_name(d, i, table, lang)
                if got is None:
                    continue
                n, concept = got
                s, e = d.starts[i], d.ends[i + n - 1]
                if not any(x < e and s < y for x, y in taken):
                    self._emit(d, i, i + n, "org", "org-table", display_name(concept), out)
                    out[-1].key = org_key(concept, None)
                    added = True
                free = i + n
        if added:
            out.sort(key=lambda m: m.span[0])

    def _lower_cyr_name(self, d: _Doc, i: int, table, lang: str) -> tuple[int, str] | None:
        """(tokens, concept) of the longest name of two words or more spelled in lowercase from token
        i, else None."""
        def keys(j: int) -> tuple[str, str]:
            w = d.words[j]
            return word_key(w), word_key(self._lemma_of(w, lang))
        k0 = keys(i)
        for e in table.candidates(*k0):  # (longest first)
            m = len(e.words)
            if m < 2 or i + m > len(d.words) or any(HARD_GAP.search(d.gaps[j]) or d.gaps[j] != " " for j in range(i + 1, i + m)):
                continue
            if all(d.words[j].islower() and table.word_matches(*keys(j), e.keys[j - i]) for j in range(i, i + m)):
                return m, e.concept
        return None
