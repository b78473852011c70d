"""Quoted names with a landmark's kind word, for `rashomon.entities.EntityTagger`.

A square, street or park may be named by a quoted name beside its kind word: Kazakh puts the kind
word after the name and inflects it («"Ордабай" алаңына», ««Ордабай» алаңынан»). The tagger reads the
quoted name alone, an organisation (or, when it spells a town, that town). With its kind word the run
is a place of its own, the landmark keyed by its head and the name's stems as an unquoted one is
(«Ордабай алаңында»), so every case and spelling links, and the town of the same name stays apart.
Russian and Ukrainian put the kind word before («площади «Ордабай»»), where the quoted name alone is
the usual written form: their mention stays the quoted name.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ._entity_names import landmark_key, name_stem
from .translit import latin, word_key

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_OPEN = "«“„\""
_CLOSE = "»”“\""


def quoted_sites(tagger, d: _Doc, out: list) -> None:
    """Widen (in place) a quoted name's mention over the landmark kind word next to it."""
    text = d.text
    for m in out:
        if m.type == "person" or getattr(m, "how", "") == "landmark":
            continue
        s, e = m.span
        if text[s:s + 1] in _OPEN:
            s += 1
        if text[e - 1:e] in _CLOSE and e - 1 > s:
            e -= 1
        if s < 1 or text[s - 1] not in _OPEN or text[e:e + 1] not in _CLOSE or any(c in text[s:e] for c in _OPEN + _CLOSE):
            continue
        i = bisect.bisect_left(d.starts, s)
        if i >= len(d.starts) or d.starts[i] != s:
            continue
        j = bisect.bisect_left(d.starts, e + 1)  # the first token after the closing mark
        lang = d.lang(i)
        if lang != "kk":
            continue  # («парка «Ольмо»»: the quoted name alone is the usual form there; the mention stays)
        k = j
        if k >= len(d.words) or text[e + 1:d.starts[k]] != " ":
            continue
        a, b = s - 1, d.ends[k]
        w = d.words[k]
        if not w.islower():
            continue
        head = tagger._concept(w, lang, "entity_landmarks")
        if head is None:
            continue
        names = [x for x in d.words[i:j] if x[:1].isalpha()]
        if not names or len(names) > 4:
            continue
        mods = [name_stem(word_key(latin(x).lower())) for x in names]
        m.span, m.text, m.type = (a, b), text[a:b], "place"
        m.key = landmark_key(head, mods)
        m.lemma = f"{' '.join(names)} {head.title()}"
        m.gazetteer_id = m.canonical = None
        if hasattr(m, "how"):
            m.how = "landmark"
