"""A source name must look like a name or a role: a claim whose source name is made only of words
that name no one (a pronoun, a quantity word, an adverb) keeps the source's type but loses the name.

The attribution cues sometimes leave such a word as the speaker: "Соңғы мәліметтерге сәйкес" (an
adjective "latest"), "кількість загиблих сягнула 7" (the figure's own noun), "who said ..." (a
pronoun). No report names such a word as its source; the claim stays with the type its cue gave and
no name. Report verbs ("Earlier it was reported") stay: the gold names those "earlier reports".

The words are data, one list per language (``rashomon/lang/<lang>/source_not_names.txt``); a name
is checked against the four languages' lists at once (a page quotes across scripts). A pattern
ending in ``*`` matches a word by its start.
"""

from __future__ import annotations

import re

from .. import langdata

_LANGS = ("ru", "uk", "en", "kk")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_CACHE: list[tuple[frozenset[str], tuple[str, ...]]] = []


def _lists() -> tuple[frozenset[str], tuple[str, ...]]:
    if not _CACHE:
        exact: set[str] = set()
        prefix: list[str] = []
        for lang in _LANGS:
            for p in langdata.load_list(lang, "source_not_names"):
                p = p.strip().lower()
                if not p:
                    continue
                if p.endswith("*"):
                    prefix.append(p[:-1])
                else:
                    exact.add(p)
        _CACHE.append((frozenset(exact), tuple(prefix)))
    return _CACHE[0]


def no_name(name: str | None) -> bool:
    """Is ``name`` no one's name: every word of it a word that names no source?"""
    if not name:
        return False
    words = _WORD.findall(name.lower())
    if not words or any(c.isdigit() for c in name):
        return False
    exact, prefix = _lists()
    return all(w in exact or w.startswith(prefix) for w in words)


def clear_no_names(claims) -> None:
    """Drop a source name that names no one (`no_name`), keeping the type the source was given."""
    for c in claims:
        src = c.source
        if src is not None and no_name(src.name):
            c.source, c.source_type = None, src.type or "unknown"
