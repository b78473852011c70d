"""A clause told in the future tense ("Во вторник в Энск прибудет министр", "У вівторок мер зустрінеться з
мешканцями", "On Tuesday the minister will arrive"): a weekday in it is a day to come, not one gone by.
Russian and Ukrainian verbs are read with pymorphy3 (a future form, no past one in the clause); English
by its future auxiliaries (``time_future_aux.txt``)."""

from __future__ import annotations

import functools
import re

from ..langdata import load_list

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
#: what closes a clause around a day: a sentence's end, quotes, a dash, a comma, a bracket
_EDGE = re.compile(r"[.!?;,\"«»“”„()\n]|\s[—–]\s")


@functools.cache
def _analyzer(lang: str):
    try:
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=lang)
    except Exception:  # noqa: BLE001 - no morphology: no tense
        return None


@functools.cache
def _tense(word: str, lang: str) -> str | None:
    an = _analyzer(lang)
    if an is None:
        return None
    p = an.parse(word)[0]
    return p.tag.tense if p.tag.POS == "VERB" else None


@functools.cache
def _aux(lang: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in load_list(lang, "time_future_aux"))


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around ``start``-``end``: from the last edge before it to the first after it."""
    lo = max((m.end() for m in _EDGE.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
    m = _EDGE.search(text, end, min(len(text), end + 200))
    return lo, m.start() if m else min(len(text), end + 200)


def future_clause(text: str, start: int, end: int, lang: str | None) -> bool:
    """Is the clause holding ``start``-``end`` told in the future tense (a future verb, no past one)?"""
    lo, hi = clause(text, start, end)
    part = text[lo:hi]
    if lang in ("ru", "uk"):
        tenses = {_tense(w.casefold(), lang) for w in _WORD.findall(part)}
        return "futr" in tenses and "past" not in tenses
    aux = _aux(lang) if lang else ()
    words = [w.casefold() for w in _WORD.findall(part)]
    return bool(aux) and any(w in aux for w in words)
