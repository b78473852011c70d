"""Name words that start with a lowercase particle (Arabic articles: "Omar al-Kattani", «Рашид
аль-Кабир», «площадь Нура аль-Сафи», «аль-Кабира заявил»). The tagger scans runs of capitalized
words; such a word, in lowercase, would end a name ("Omar" without "al-Kattani") or start none.

`scan_copy` gives a copy of the document whose particles (``entity_name_particles``, followed by a
hyphen and a capitalized word) start with a capital: the same length, so every span stays valid; the
tagger scans that copy, and `restore` puts the text as written back into the mentions (``text``,
``alias``, ``lemma``)."""

from __future__ import annotations

import dataclasses
import functools
import re

from .document import Document
from .langdata import load_list
from .model import Mention


@functools.cache
def _particle_re() -> re.Pattern[str]:
    parts = sorted(load_list(None, "entity_name_particles"), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, parts)) + r")-(?=\w{3})")


def scan_copy(doc: Document) -> Document | None:
    """The document with each name particle capitalized (None when it has none)."""
    text = doc.text
    if "-" not in text:
        return None
    hits = [m.start() for m in _particle_re().finditer(text) if text[m.end()].isupper()]
    if not hits:
        return None
    chars = list(text)
    for k in hits:
        chars[k] = chars[k].upper()
    return dataclasses.replace(doc, text="".join(chars))


def restore(doc: Document, scanned: Document, out: list[Mention]) -> list[Mention]:
    """The mentions' written forms as the original document writes them (in place; returns ``out``)."""
    if scanned is doc:
        return out
    orig = doc.text
    back: dict[str, str] = {}  # capitalized particle word -> as written
    for m in _particle_re().finditer(orig):
        if not orig[m.end()].isupper():
            continue
        e = orig.find(" ", m.end())
        w = orig[m.start(): e if e > 0 else len(orig)].rstrip(".,;:!?»\")")
        back[w[:1].upper() + w[1:]] = w

    def undo(s: str) -> str:
        if not s:
            return s
        for up, low in back.items():
            if up in s:
                s = re.sub(r"(?<![^\W\d_])" + re.escape(up), low, s)
        return s

    for m in out:
        s, e = m.span
        if 0 <= s < e <= len(orig) and scanned.text[s:e] == m.text:
            m.text = orig[s:e]
        else:
            m.text = undo(m.text)
        if getattr(m, "alias", ""):
            m.alias = undo(m.alias)
    return out
