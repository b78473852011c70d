"""A Kazakh name in a case form the tagger passed by, when the document names it bare elsewhere:
«Ольмар ауылында ... Ольмардың тұрғындары» (the genitive has no place word or preposition to show it
is a name). A capitalized word the tagger left alone, which is a case ending (``entity_case_suffixes``)
after a one-word place or organisation the document tagged, is that place or organisation. A mixin of
`rashomon.entities.EntityTagger`."""

from __future__ import annotations

import bisect
import dataclasses
from typing import TYPE_CHECKING

from ._entity_morph import suffixes as _suffixes
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc


class KazakhCaseForms:
    """Mixin of `EntityTagger`: `_kk_case_forms` (a tagged name's Kazakh case forms elsewhere)."""

    def _kk_case_forms(self, d: _Doc, out: list[Mention]) -> None:
        if not out or not (d.doc.lang == "kk" or any(p.lang == "kk" for p in d.doc.paragraphs)):
            return
        named = {m.text: m for m in out if m.type in ("place", "org") and " " not in m.text and len(m.text) >= 3
                 and m.text[:1].isupper() and not m.text.isupper()}
        if not named:
            return
        covered = sorted(m.span for m in out)
        starts = {s for s, _ in covered}
        add = []
        for i, w in enumerate(d.words):
            s = d.starts[i]
            if not w[:1].isupper() or s in starts or d.lang(i) != "kk" or _inside(covered, s):
                continue
            base = next((w[: -len(x)] for x in _suffixes("kk") if w.endswith(x) and w[: -len(x)] in named), None)
            if base is None:
                continue
            src = named[base]
            add.append(dataclasses.replace(src, span=(s, d.ends[i]), text=w, **(
                {"alias": "", "page_aliases": ()} if hasattr(src, "alias") else {})))
        if add:
            out.extend(add)
            out.sort(key=lambda m: m.span)


def _inside(spans: list[tuple[int, int]], s: int) -> bool:
    """Offset ``s`` falls inside one of the sorted ``spans``."""
    k = bisect.bisect_right(spans, (s, float("inf")))
    return any(a <= s < b for a, b in spans[max(0, k - 3) : k])
