"""A part of a country or region named by its side of the compass ("western Olmaria", «на западе
Ольмарии», «в западной части Ольмарии», «у Західній Ольмарії», Kazakh «Батыс Ольмария»): one place of
its own, neither the country nor a town. The side's word (``entity_direction_words``: by lemma in
ru/uk), a part noun between in ru/uk (``entity_direction_parts``: «части», «областях»), then a country
or region mention of the tagger: a place mention over the whole phrase, keyed by the side and the
place (so the part has one entity across languages, named "Western Olmaria"); the country's mention
stays. The side's word alone is then no place of its own (a gazetteer hit on "East" is dropped)."""

from __future__ import annotations

import bisect
import functools
from typing import TYPE_CHECKING

from ._entity_link import _ascii_name
from ._entity_names import HARD_GAP
from .langdata import load_list, load_map
from .model import Mention
from .translit import compact
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_ENGLISH = {"west": "Western", "east": "Eastern", "north": "Northern", "south": "Southern",
            "northwest": "North-western", "northeast": "North-eastern", "southwest": "South-western",
            "southeast": "South-eastern"}


@functools.cache
def _sides(lang: str) -> dict[str, str]:
    return load_map(lang, "entity_direction_words")


@functools.cache
def _parts(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "entity_direction_parts"))


def _side(tagger, w: str, lang: str) -> str | None:
    low = w.lower()
    sides = _sides(lang)
    got = sides.get(low)
    if got is None and lang in ("ru", "uk"):
        got = next((sides[x] for x in tagger.morph.lemmas(low, lang) if x in sides), None)
    return got


def directional_places(tagger, d: _Doc, out: list[Mention]) -> None:
    """Add (in place, sorted) a place mention for each side of a country or region the text names."""
    added: list[Mention] = []
    drop: set[int] = set()
    by_span = {m.span: m for m in out}
    for m in out:
        if m.type != "place" or getattr(m, "how", "") in ("landmark", "direction"):
            continue
        place = tagger.gaz.place(m.gazetteer_id) if m.gazetteer_id else None
        if place is not None and place.kind not in ("country", "region"):
            continue
        i = bisect.bisect_left(d.starts, m.span[0])
        if i < 1 or i >= len(d.starts) or d.starts[i] != m.span[0]:
            continue
        lang = d.tok_lang[i] or d.lang(i)
        if lang not in ("en", "ru", "uk", "kk"):
            continue

        def near(k: int) -> bool:  # token k-1 and token k written with one space between
            return k >= 1 and d.gaps[k] in (" ", "\u00a0") and not HARD_GAP.search(d.gaps[k])

        if not near(i):
            continue
        a = i - 1
        side = _side(tagger, d.words[a], lang)
        if side is None and lang in ("ru", "uk") and near(a) and tagger._lemma_of(d.words[a], lang) in _parts(lang):
            a -= 1
            side = _side(tagger, d.words[a], lang)
            if side is None or not d.words[a][:1].islower():
                continue
        if side is None:
            continue
        if place is None and not (d.words[a][:1].isupper() and m.text[:1].isupper() and len(m.text) > 2):
            continue  # a place the gazetteer does not know: only as a name of capitals («Восточная Ольма»)
        if lang == "en" and (place is None or place.kind != "country") and not d.words[a][:1].isupper():
            continue  # "eastern Olmar province": a side of a region in lowercase is a direction, not a name
        name = f"{_ENGLISH[side]} {m.canonical or (place.name if place else _ascii_name(m.lemma or m.text))}"
        tagger._emit(d, a, i + (bisect.bisect_left(d.ends, m.span[1]) - i) + 1, "place", "direction", name, added)
        new = added[-1]
        new.span = (new.span[0], m.span[1])
        new.text = d.text[new.span[0]:new.span[1]]
        new.key = f"#dir {side} {place.id if place else compact(tkey(m.lemma or m.text))}"
        new.canonical = name
        lone = by_span.get((d.starts[a], d.ends[a]))
        if lone is not None and lone.type == "place":
            drop.add(id(lone))  # "East" read as a place of its own
    if added:
        out[:] = [m for m in out if id(m) not in drop] + added
        out.sort(key=lambda m: m.span[0])
