"""A named site written with the word for its kind (a square, a river, a mosque: «площади Нура
аль-Сафи», «річці Кельмір», "Kelmi River", "Warda Square") is written by its name alone as well
(«Нура аль-Сафи», "Kelmi"): the tagger's landmark mention keeps the kind word, and the name without it
becomes the mention's `alias` (a form of its entity, never a mention). Only a name of capitalized words
(a quoted name, a number or a lowercase filler keeps its phrase whole: «шахта имени Абенова»), and only
of the kinds of ``entity_bare_site_kinds`` (a street's name alone is often a man's: «улице Вершинина»; a
reservoir's is usually its town's)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from ._entity_particles import _particle_word
from .langdata import load_list
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc


@functools.cache
def _kinds() -> frozenset[str]:
    return frozenset(load_list(None, "entity_bare_site_kinds"))


def bare_site_aliases(tagger, d: _Doc, out: list[Mention]) -> None:
    """Give each landmark mention without an alias its name without the kind word as the alias."""
    text = d.text
    for m in out:
        if getattr(m, "how", "") != "landmark" or getattr(m, "alias", "x") or m.type != "place":
            continue
        kind = (m.key or "").split(" ")
        if len(kind) < 2 or kind[0] != "#lm" or kind[1] not in _kinds():
            continue  # «улице Вершинина»: a street named after a man
        words = text[m.span[0]:m.span[1]].split(" ")
        if len(words) < 2 or any(not w or not w[0].isalpha() for w in words):
            continue
        lang = d.doc.lang_at(m.span[0]) or d.doc.lang or "en"
        if words[0][:1].islower() and lang != "kk":  # «площади Нура аль-Сафи»
            k = next((k for k, w in enumerate(words) if w[:1].isupper()), len(words))
            name = words[k:]
            if k != 1 or tagger._landmark_head(words[0], lang)[0] is None:
                continue
        elif words[-1][:1].isupper() and lang == "en":  # "Kelmi River"
            name = words[:-1]
            if tagger._landmark_head(words[-1], lang)[0] is None:
                continue
        else:
            continue
        bare = " ".join(name)
        if name and all(w[:1].isupper() and not w.isupper() or _particle_word().fullmatch(w) for w in name) \
                and name[0][:1].isupper() and len(bare) >= 4:  # («Нура аль-Сафи»: an article particle inside)
            m.alias = bare
