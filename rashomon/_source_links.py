"""Which linked entity a source name speaks for: "МЧС", "Ministry of Emergency Situations" and
"Төтенше жағдайлар министрлігінің" are one body once entity linking has joined their forms.

A source name is matched against the surface forms of the organisations and persons found in the
corpus: the longest run of its words that is a whole form names the entity ("ministry spokesman
Nurzhan Abenov" -> the person, "МНС Казахстану" -> the ministry). Places are left out: "the authorities
of X" speak for X's government, not for the place. Words are compared casefolded; a form that
belongs to several entities goes to the most mentioned one (then the lowest id), so the answer does
not depend on input order.

The pages group the named sources by the entity found, so who said what reads across languages and
spellings; nothing is merged in the data: every name keeps its own row and claims.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_MAX_WORDS = 12  # longest form looked for in a source name
SPEAKERS = ("org", "person")


def _words(text: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(text))


def linker(entities: Iterable[Any]) -> Callable[[str], tuple[str, str] | None]:
    """A function from a source name to ``(entity id, canonical)`` of the organisation or person it
    names, or None. ``entities`` are `Entity` objects or their JSON records."""
    best: dict[tuple[str, ...], tuple[int, str, str]] = {}  # form's words -> (-mentions, id, canonical)
    for e in entities:
        get = e.get if isinstance(e, dict) else lambda k, e=e: getattr(e, k, None)
        if get("type") not in SPEAKERS:
            continue
        rank = (-(get("mentions") or 0), str(get("id") or ""), str(get("canonical") or ""))
        for form in [get("canonical") or "", *(get("forms") or [])]:
            key = _words(form)
            if key and len(key) <= _MAX_WORDS and (key not in best or rank < best[key]):
                best[key] = rank
    memo: dict[str, tuple[str, str] | None] = {}

    def link(name: str) -> tuple[str, str] | None:
        if name in memo:
            return memo[name]
        words = _words(name)
        found = None
        for n in range(min(len(words), _MAX_WORDS), 0, -1):  # the longest form first, leftmost among equals
            hit = next((best[words[i:i + n]] for i in range(len(words) - n + 1) if words[i:i + n] in best), None)
            if hit is not None:
                found = (hit[1], hit[2])
                break
        if len(memo) < 100_000:  # distinct source names; bounded for very large corpora
            memo[name] = found
        return found

    return link


def group_by_entity(rows: list[dict[str, Any]], link: Callable[[str], tuple[str, str] | None]) -> list[dict[str, Any]]:
    """``rows`` (named sources with ``name``, ``type`` and ``claims``) with ``entity`` (canonical or None)
    added (not for a document's own voice, which may be named after its title),
    ordered so that the names of one entity follow each other: entities by their total claims, then
    each entity's names by their own; names of no entity keep their place by their own claims."""
    totals: dict[str, int] = {}
    for r in rows:
        hit = link(r["name"]) if r.get("type") != "author" else None  # a document's own voice may be named by its title
        r["entity"] = hit[1] if hit else None
        r["_key"] = hit[0] if hit else None
        if hit:
            totals[hit[0]] = totals.get(hit[0], 0) + r["claims"]

    def order(r: dict[str, Any]) -> tuple[Any, ...]:
        k = r["_key"]
        return (-(totals[k] if k else r["claims"]), k or "", -r["claims"], r["name"].casefold(), r.get("type") or "")

    rows.sort(key=order)
    for r in rows:
        del r["_key"]
    return rows


def spelled_out(name: str, link: Callable[[str], tuple[str, str] | None]) -> str | None:
    """A source named only by a short abbreviation ("СК", "МО": no word of three letters or more)
    with the name of the organisation it stands for, from entity linking: "СК (Investigative
    Committee)". None when the name has a longer word or links to nothing."""
    words = _WORD.findall(name or "")
    if not words or any(len(w) > 2 for w in words) or len(name) > 12:
        return None
    hit = link(name)
    if hit is None:
        return None
    canon = re.sub(r"\s*\([^()]*\)$", "", hit[1]).strip()  # "Investigative Committee (RU)": the country tag dropped
    if not canon or all(len(w) <= 2 for w in _words(canon)):  # "SK": the abbreviation again, transliterated
        return None
    return f"{name} ({canon})"
