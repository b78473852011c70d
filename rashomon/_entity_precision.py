"""Mentions that name nothing, dropped at the end of `rashomon.entities.EntityTagger`'s scan (a mixin).

What a journalist sees in the Entities table must be names. An organisation or person mention found
by weak evidence (a capital, quotes, an organisation word near it) is dropped when it is:

* a quoted clause or title: a quoted run opening with a pronoun or a quantity word
  (``entity_clause_words``: «Это провокация», «Сотні вбитих») or holding a lowercase finite verb (ru/uk, by
  the dictionary: «Мы копали руками»); in English a capitalized run with an auxiliary after its first
  word ("Bullets Were Falling Like Rain");
* one common word (``entity_not_names``: "PDF", "Hospital", «Люди»; kk stems with any ending:
  «Тұрғындардың», «Кеншілер»);
* a law or a document (``entity_law_words``: "Criminal Code", «Уголовный кодекс»).

Names of ``entity_org_names``, landmarks and gazetteer places are never dropped.
"""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from ._entity_morph import suffixes as _suffixes
from ._entity_names import grammemes
from ._entity_names import words as _words
from .langdata import load_map

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc
    from .model import Mention

#: evidence strong enough that the mention stays whatever its words
_KEEP_HOW = frozenset({"org-table", "landmark", "gazetteer"})
#: kk plural endings a common noun takes before its case ending (Тұрғын-дар-дың, Кенші-лер)
_KK_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")


@functools.cache
def _kk_endings() -> frozenset[str]:
    """Every kk ending a common noun stem may carry: a case ending, a plural, a possessive (-ы, -і, -сы, -сі),
    or a plural, then a possessive, then a case (Тұрғын-дар-дың, Алғаш-ы-нда)."""
    cases = set(_suffixes("kk")) | {""}
    owned = cases | {v + c for v in ("ы", "і", "сы", "сі") for c in cases}
    return frozenset(owned | {p + c for p in _KK_PLURAL for c in owned})


@functools.cache
def _nationalities() -> frozenset[str]:
    """English adjectives of countries (``entity_country_adjectives``), lowercased."""
    return frozenset(k.lower() for k in load_map("en", "entity_country_adjectives"))


def kk_stem_in(word: str, stems: frozenset[str]) -> bool:
    """The kk word is one of ``stems`` with a case or plural ending (or none)."""
    low = word.lower()
    ends = _kk_endings()
    return any(low.startswith(s) and low[len(s):] in ends for s in stems if len(s) <= len(low))


class NotNames:
    """Mixin of `EntityTagger`: `_drop_non_names` (quoted clauses, common words, laws)."""

    def _drop_non_names(self, d: _Doc, out: list[Mention]) -> None:
        """Remove org and person mentions whose words are no name (see the module's docstring)."""
        titles: dict[int, bool] = {}
        keep = [m for m in out if not (m.type == "place" and m.text.lower() in _nationalities())  # "a Kazakh outpost"
                and not (m.type == "place" and " " not in m.text and self._kk_common_place(d, m))
                and (m.type not in ("org", "person") or getattr(m, "how", "") in _KEEP_HOW
                     or not (self._not_a_name(d, m) or self._headline_only(d, m, titles)))]
        if len(keep) != len(out):
            out[:] = keep

    def _headline_only(self, d: _Doc, m: Mention, titles: dict[int, bool]) -> bool:
        """The mention stands on a title-case line ("Deadly Riots Erupt In Kazakh Oil Town", `_title_line`)
        and its text (a person's: the last word) appears nowhere else in the document: capitals there
        are no evidence of a name ("Police Fire", "Disputed Vote"). ``titles``: line start -> title-case, per document."""
        text = d.text
        a = text.rfind("\n", 0, m.span[0]) + 1
        if a not in titles:
            b = text.find("\n", m.span[0])
            titles[a] = self._title_line(d, a, len(text) if b < 0 else b)
        if not titles[a]:
            return False
        b = text.find("\n", m.span[0])
        b = len(text) if b < 0 else b
        key = m.text.split()[-1] if m.type == "person" else m.text  # a person by the surname: "President Nazarbayev"
        return key not in text[:a] and key not in text[b:]

    def _title_line(self, d: _Doc, a: int, b: int) -> bool:
        """Four words or more, every longer one (four letters or more) capitalized, two of them found in
        lowercase elsewhere in the document (common words written title-case), and no sentence end:
        a headline in title case."""
        line = d.text[a:b].strip()
        if not line or line.endswith((".", "!", "?")) or len(line) > 160:
            return False
        i, j = bisect.bisect_left(d.starts, a), bisect.bisect_left(d.starts, b)
        words = [w for w in d.words[i:j] if w[:1].isalpha()]
        longer = [w for w in words if len(w) >= 4]
        if len(words) < 4 or len(longer) < 3:
            return False
        caps = [w for w in longer if w[:1].isupper() and not w.isupper()]
        if len(caps) < len(longer):
            return False  # "Update on the Russian strike on the Okhmatdyt ... Hospital": sentence case
        return sum(w.lower() in d.vocab for w in caps) >= 2

    def _kk_common_place(self, d: _Doc, m: Mention) -> bool:
        """A Kazakh word the gazetteer reads as a place that is a listed common noun with its endings
        («Шахтада 48 адам болған»: "in the mine", no town Шахта)."""
        i = bisect.bisect_left(d.starts, m.span[0])
        if i >= len(d.words) or d.starts[i] != m.span[0] or (d.tok_lang[i] or d.lang(i)) != "kk":
            return False
        return kk_stem_in(d.words[i], _words("kk", "entity_not_names"))

    def _not_a_name(self, d: _Doc, m: Mention) -> bool:
        i = bisect.bisect_left(d.starts, m.span[0])
        j = bisect.bisect_left(d.starts, m.span[1])
        if i >= j or i >= len(d.words) or d.starts[i] != m.span[0]:
            return False
        lang = d.tok_lang[i] or d.lang(i)
        if j - i == 1:
            return self._common_word(d.words[i], lang)
        return self._clause(d, i, j, lang, getattr(m, "how", "") == "quote" or self._quoted(d, i, j)) \
            or (m.type == "org" and self._law(d, i, j, lang))

    def _common_word(self, w: str, lang: str) -> bool:
        """One word of ``entity_not_names`` (as written or by its lemma; kk: a stem with endings)."""
        low = w.lower()
        if low in _words(None, "entity_not_names"):
            return True
        listed = _words(lang, "entity_not_names")
        if lang == "kk":
            return kk_stem_in(w, listed)
        if lang == "en" and all(x in _nationalities() for x in low.split("-")):
            return True  # "Tajik", "Kazakh-Russian": an adjective of a country, no body
        return low in listed or (lang in ("ru", "uk") and self._lemma_of(w, lang) in listed)

    def _clause(self, d: _Doc, i: int, j: int, lang: str, quoted: bool) -> bool:
        """A quoted clause (a pronoun or quantity word first, or a lowercase finite verb after the first
        word: ru/uk; «Жаңа Дала» is a name though "дала" reads as a verb), or an
        English capitalized run with an auxiliary after its first word."""
        if lang == "en":
            return any(d.words[k].lower() in _words(lang, "entity_clause_words") for k in range(i + 1, j))
        if not quoted:
            return False
        if d.words[i].lower() in _words(lang, "entity_clause_words"):
            return True
        if lang not in ("ru", "uk"):
            return False
        return any(d.words[k].islower() and self._finite_verb(d.words[k], lang) for k in range(i + 1, j))

    def _finite_verb(self, w: str, lang: str) -> bool:
        """The dictionary knows the word and its best reading is a finite verb (копали, сказав)."""
        known, _, parses = self.morph.info(w.lower(), lang)
        return known and bool(parses) and "VERB" in grammemes(parses[0])

    def _law(self, d: _Doc, i: int, j: int, lang: str) -> bool:
        """The run's last word (en) or first or last word's lemma (ru, uk; kk: stem) names a law."""
        laws = _words(lang, "entity_law_words")
        if not laws:
            return False
        if lang == "en":
            return d.words[j - 1].lower() in laws
        ends = (d.words[i], d.words[j - 1])
        if lang == "kk":
            return any(kk_stem_in(w, laws) for w in ends)
        return any(self._lemma_of(w, lang) in laws for w in ends)
