"""Names after "preposition + place word" for `rashomon.entities.EntityTagger` (a mixin): «в районе
Сари Тах», «у районі Сарі Таг», «в селе Новый Путь» (ru, uk), "near the village of Kara Suu" (en:
a place word and "of"). A name of two or three capitalized words right after a locative preposition
(``entity_place_preps``) and a place word (``entity_place_words``) names a place, even when its words
read as a first name and a surname or have no evidence at all. Without the preposition the place
word may be a genitive owner before a person ("глава района Иван Петров"), so nothing is decided then."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._entity_names import HARD_GAP as _HARD_GAP
from ._entity_names import words as _words

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc


class LocativeNames:
    """Mixin of `EntityTagger`: `_after_place_word` (a place's name after "в районе", "у селі")."""

    def _after_place_word(self, d: _Doc, i: int, lang: str) -> bool:
        """Token i follows a place word that follows a locative preposition, one space apart each
        («в районе | Сари», «у районі | Сарі»)."""
        if i < 2 or d.gaps[i] != " ":
            return False
        if lang == "en":  # "near the village of | Zoravar Tagh": a place word and "of" just before
            return d.words[i - 1] == "of" and d.gaps[i - 1] == " " and d.words[i - 2].islower() \
                and d.words[i - 2] in _words(lang, "entity_place_words")
        if lang not in ("ru", "uk"):
            return False
        n = self._has_phrase(d, i, lang, "entity_place_words", False)
        j = i - n  # the place word's first token
        if not n or j < 1 or d.gaps[j] != " " or _HARD_GAP.search(d.gaps[j]) or not d.words[j][:1].islower():
            return False
        return bool(self._has_phrase(d, j, lang, "entity_place_preps", False))
