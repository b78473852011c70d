"""A speaker the page names by a bare name takes the type the run's other mentions of that name give.

A page often introduces a speaker once with a role ("the governor of Eastland, Ivan Petrenko") and
later quotes the bare surname ("..., Petrenko said"), or another page of the run does the naming
("глава области Иван Петренко" there, "Petrenko wrote on Telegram" here). A source read from the bare
name is typed ``unknown``: no role word stands next to it. Over the run, a source of a known kind
(official, media, ngo, ...) whose name holds that surname, in any script or inflection, types it:
``Petrenko`` / ``Петренко`` / ``Петренка`` meet through the transliteration key
(`rashomon.translit.word_key`), compared on its first six letters.

Only a name of capitalized words (a person's, 1-3 words) is typed so, by its last word (the
surname), against the last capitalized word of the typed names (never their first word: "Первые
сообщения" is no one's name), and only when the run's sources holding that word agree on one type.
"""

from __future__ import annotations

import re

from .translit import word_key

_TYPES = frozenset({"official", "media", "ngo", "company", "union", "opposition", "activist"})
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_MIN = 4  # a shorter key is too common a word to type a name by


def _key(word: str) -> str | None:
    k = word_key(word.lower())
    if len(k) < _MIN:
        return None
    return k[:6]


def _capitalized(w: str) -> bool:
    return w[:1].isupper() and not w.isupper()  # a name, not an acronym ("МЧС", "ISPR")


class RunSpeakers:
    """The types the run's sources of a known kind give the surname closing their names (`add`),
    for a bare name typed ``unknown`` (`fill`)."""

    def __init__(self) -> None:
        self._types: dict[str, set[str]] = {}

    def add(self, a) -> None:
        for c in a.claims:
            s = c.source
            if s is None or s.type not in _TYPES or not s.name:
                continue
            words = _WORD.findall(s.name)
            caps = [i for i, w in enumerate(words) if _capitalized(w)]
            if caps and caps[-1] > 0 and (k := _key(words[caps[-1]])) is not None:
                self._types.setdefault(k, set()).add(s.type)  # the surname closing "governor Ivan Petrenko" (not a name's first word)

    def fill(self, a) -> None:
        for c in a.claims:
            s = c.source
            if s is None or s.type != "unknown" or not s.name:
                continue
            words = _WORD.findall(s.name)
            if not 1 <= len(words) <= 3 or not all(_capitalized(w) for w in words):
                continue
            k = _key(words[-1])
            types = self._types.get(k) if k is not None else None
            if types is not None and len(types) == 1:
                s.type = next(iter(types))
