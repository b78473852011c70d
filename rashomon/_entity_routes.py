"""Two places joined by a hyphen for `rashomon.entities.EntityTagger` (a mixin): a road, a line or a
route named by its two ends ("the Stepanakert-Askeran road", «трасса Алматы-Бишкек», "Kyiv-Odesa
line", a flight's «Алматы – Астана» with the dash spaced). A hyphenated word that the tagger took for one name no gazetteer knows is two places when each
half is a place of the countries the gazetteer has in full or of the countries the document names; a
name the gazetteer has whole (Ivano-Frankivsk) is tagged a place before this
and is left alone, and so are people (Smith-Jones)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._entity_names import title as _title
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc
    from .gazetteer import Place
    from .model import Mention

_PAIR = re.compile(r"^([^\W\d_]{3,})[-‐–]([^\W\d_]{3,})$")
#: the two ends apart from the dash, either of them hyphenated itself ("Алматы – Нұр-Сұлтан")
_SPACED_PAIR = re.compile(r"^([^\W\d_]{3,}(?:-[^\W\d_]+)?) [-‐–—] ([^\W\d_]{3,}(?:-[^\W\d_]+)?)$")


class RoutePairs:
    """Mixin of `EntityTagger`: `_route_pairs` splits "Stepanakert-Askeran" into its two places."""

    def _route_pairs(self, d: _Doc, out: list[Mention]) -> None:
        from .entities import TaggedMention

        for k in range(len(out) - 1, -1, -1):
            m = out[k]
            if m.type == "person" or m.gazetteer_id or not (pm := _PAIR.match(m.text) or _SPACED_PAIR.match(m.text)):
                continue
            halves = []
            for g in (1, 2):
                part = pm.group(g)
                if not part[:1].isupper():
                    break
                lang = d.lang(bisect_token(d, m.span[0]))
                hit = self._gaz_longest([part], lang)  # (any reading: `_well_known` judges it)
                if hit is None or not self._well_known(hit[1], d):
                    break
                s = m.span[0] + pm.start(g)
                halves.append(TaggedMention(doc=m.doc, span=(s, s + len(part)), text=part, type="place",
                                            lemma=_title(hit[2]), key=tkey(hit[2]) or None, gazetteer_id=hit[1].id,
                                            canonical=_ascii(hit[1].name), how="gazetteer"))
            if len(halves) == 2:
                out[k : k + 1] = halves

    def _well_known(self, place: Place, d: _Doc) -> bool:
        """A place of the countries in full or of the document's countries ("Coca-Cola" is no route
        from Kōka in Japan)."""
        return place.country in self.gaz.full_countries or place.country in (d.countries or ())


def bisect_token(d: _Doc, start: int) -> int:
    """The token that starts at character ``start`` (or the one before it)."""
    import bisect

    return max(0, bisect.bisect_right(d.starts, start) - 1)


def _ascii(name: str) -> str:
    from ._entity_link import _ascii_name

    return _ascii_name(name)
