"""A town and the province, region or strip named after it, kept apart when the run names both.

A province is often named after its capital, and a page may write the province by the town's name
with the area's word («провинции Ольмар», "Olmar province", «Ольмар аймағында»). The tagger reads the
town's name and keeps the phrase as the mention's alias (`rashomon._entity_kind_forms`): a form of the
town. When the run ALSO names the town as a settlement ("the city of Olmar", «Ольмар қаласында»,
«в городе Ольмар»: `TaggedMention.town_word`), the run speaks of two places: the phrases with an
area word (``entity_area_words``, four languages) leave the town for a node of their own (the area),
which joins the area's node when the run has it under another form. A town the run never calls a
town keeps the phrases (its province written by the town's name is one place to the reader).
A mixin of `rashomon._entity_link.EntityLinker`.
"""

from __future__ import annotations

import functools

from .langdata import load_list
from .translit import key as tkey

AREA = "|area"  # suffix of the gazetteer id of a town's area node


@functools.cache
def _area_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """(whole words, stems of five letters and more matched at a word's start) of ``entity_area_words``."""
    ws = {w.casefold() for w in load_list(None, "entity_area_words")}
    return frozenset(ws), tuple(sorted(w for w in ws if len(w) >= 5))


def _is_area_word(w: str) -> bool:
    whole, stems = _area_words()
    w = w.strip("«»\"“”'’.,").casefold()
    return w in whole or w.startswith(stems)


def area_phrase(form: str, names: frozenset[str]) -> bool:
    """A phrase of two words or more one of whose words, not a word of the place's own name, is an
    area word (`_area_words`)."""
    whole, stems = _area_words()
    words = [w.strip("«»\"“”'’.,").casefold() for w in form.split()]
    if len(words) < 2:
        return False
    return any(w not in names and (w in whole or w.startswith(stems)) for w in words)


class TownAreaLinks:
    """Mixin of `EntityLinker`: `_split_town_areas`."""

    def _town_of(self, k: str, n) -> str | None:
        """The gazetteer town a place node names: its own id, or the one town its lemmas' keys look up."""
        if "|" in k or n.type != "place" or k.startswith("k:#"):
            return None
        if k.startswith("g:"):
            ids = [n.gid] if n.gid else []
        elif k.startswith("k:"):
            ids = sorted({i for lemma in n.lemmas if not area_phrase(lemma, frozenset()) for i in self.gaz.lookup(tkey(lemma))})
        else:
            return None
        if len(ids) != 1:
            return None
        place = self.gaz.place(ids[0])
        return ids[0] if place is not None and place.kind == "city" else None

    def _split_town_areas(self) -> None:
        """Move a gazetteer town's area phrases (its aliases, or forms read as one name, with an area
        word) to one node of their own when the run names the town with a settlement's word too."""
        from ._entity_link import _Node  # (cycle: the linker imports this mixin)

        town_of = {k: t for k, n in sorted(self.nodes.items()) if (t := self._town_of(k, n))}
        towns = {t for k, t in town_of.items() if self.nodes[k].town_words}
        for k, tid in town_of.items():
            n = self.nodes[k]
            if tid not in towns:
                continue
            names = frozenset(w for f in (*n.forms, *n.lemmas) for w in f.casefold().split() if not _is_area_word(w))
            moved = [a for a in n.aliases if area_phrase(a, names)]
            written = [f for f in n.forms if area_phrase(f, names)]  # "Olmar province" read as one name
            if len(written) == len(n.forms):
                written = []  # (the node names the area alone: nothing to split)
            if not moved and not written:
                continue
            ak = f"k:area:{tid}"
            area = self.nodes.get(ak)
            if area is None:  # (the town's id with `AREA`: never joined back to the town, no coordinates)
                area = self.nodes[ak] = _Node(ak, gid=tid + AREA)
                self._parent[ak] = ak
                self._cluster_gid[ak] = area.gid
            for f, c in [(a, n.aliases.pop(a)) for a in moved] + [(f, n.forms.pop(f)) for f in written]:
                n.lemmas.pop(f, None)
                area.count += c
                area.forms[f] += c
                area.lemmas[f] += c
                area.types["place"] += 2 * c
            area.best = max(area.best, 2)
