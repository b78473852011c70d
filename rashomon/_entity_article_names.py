"""Names with a lowercase article particle joined by a hyphen (Arabic "al-", "el-", «аль-», «әл-»:
"Omar al-Darvani", «Омара аль-Дарвани», "Rasha al-Velid Square"), for `rashomon.entities.EntityTagger`
(a mixin).

A capitalized run stops at a lowercase word, so the tagger reads «Омара аль-Дарвани» as a first name
alone and "Rasha al-Velid" as a town of the gazetteer called Rasha. The particle word right after a
mention (one space between) belongs to that name: the mention runs on over it (a place then names no
gazetteer town: the particle makes another name of it). The particle word standing alone is a form
of the person whose name the page writes ending in it ("al-Darvani said", «аль-Дарвани заявил»).
The particles are ``entity_article_particles`` (language-free data: the Latin and Cyrillic spellings)."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from .langdata import load_list
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc
    from .model import Mention


@functools.cache
def _particle_word() -> re.Pattern[str]:
    parts = sorted({p.lower() for p in load_list(None, "entity_article_particles")}, key=len, reverse=True)
    alt = "|".join(re.escape(p) for p in parts)
    return re.compile(rf"(?<![\w-])(?:{alt})-[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][^\W\d_]+(?:-[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][^\W\d_]+)*")


class ArticleNames:
    """Mixin of `EntityTagger`: `_article_names`."""

    def _article_names(self, d: _Doc, out: list[Mention]) -> None:
        """Run a mention on over the particle word right after it, and tag the particle word alone as
        the person the page names with it (in place; ``out`` stays sorted)."""
        text = d.text
        if "-" not in text:
            return
        hits = [m for m in _particle_word().finditer(text)]
        if not hits:
            return
        ends = {m.span[1]: m for m in out}
        starts = {m.span[0] for m in out}
        grown: dict[str, str] = {}  # particle word as written -> type of the name it ended
        for h in hits:
            s, e = h.span()
            m = ends.get(s - 1)
            if m is None and text[s - 1 : s] == " " and (j := bisect.bisect_left(d.ends, s - 1)) < len(d.ends) \
                    and d.ends[j] == s - 1 and self._first_name(d.words[j], d.lang(j)) and d.words[j][:1].isupper() \
                    and not any(x.span[0] < s - 1 and d.starts[j] < x.span[1] for x in out):
                # "Omar el-Darvani": a first name the tagger left alone, then the particle word
                from .entities import TaggedMention

                m = TaggedMention(doc=d.doc.id, span=(d.starts[j], s - 1), text=d.words[j], type="person",
                                  lemma=d.words[j], key=None, how="person")
                out.append(m)
            if m is None or text[s - 1] != " " or m.type not in ("person", "place", "org") or s in starts:
                continue
            if any(x is not m and x.span[0] < e and s < x.span[1] for x in out):
                continue
            word = h.group()
            m.span, m.text = (m.span[0], e), text[m.span[0] : e]
            m.lemma = f"{m.lemma or m.text} {word}" if m.lemma else m.text
            if m.type == "place" and m.gazetteer_id:
                m.gazetteer_id = m.canonical = None  # ("Rasha al-Velid": not the town Rasha)
            if m.type != "person" and " " not in m.text[: s - 1 - m.span[0]].strip() \
                    and self._first_name(text[m.span[0] : s - 1], d.doc.lang_at(s) or d.doc.lang):
                m.type = "person"  # ("Saad al-Velid": a first name, though a town bears it too)
                if hasattr(m, "how"):
                    m.how = "person"
            if (m.key or "").startswith("#"):
                m.key = f"{m.key} {tkey(word)}"  # (a landmark's key: its kind, then its words)
            else:
                m.key = tkey(m.lemma) or m.key
            grown[word.casefold()] = m.type
            ends.pop(s - 1, None)
            ends[e] = m
        out.sort(key=lambda m: m.span[0])
        if not grown:
            return
        taken = [m.span for m in out]
        added = False
        for h in hits:
            s, e = h.span()
            if grown.get(h.group().casefold()) != "person" or any(a < e and s < b for a, b in taken):
                continue
            from .entities import TaggedMention

            out.append(TaggedMention(doc=d.doc.id, span=(s, e), text=h.group(), type="person", lemma=h.group(),
                                     key=tkey(h.group()) or None, how="person"))
            added = True
        if added:
            out.sort(key=lambda m: m.span[0])
