"""Wiki link targets as names for `rashomon.entities.EntityTagger` (a mixin). In wikitext a label is
often linked to its article by the full name: ``[[Кочарян, Роберт Седракович|Роберт Кочарян]]`` (a
person's "Surname, Given names" title), ``[[Организация Объединённых Наций|ООН]]`` (an abbreviation's
full name), ``[[Kengir River|Kengir]]`` (a place's name with its kind). The target is then another name of the mention's entity: it is kept on the mention
(``TaggedMention.alias``) and the linker lists it among the entity's forms. The mention itself keeps
the label's span and text; the target is a form seen in the input, never a mention."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ._entity_abbrev import initials_match
from ._entity_link import surname_stem
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_TITLE = re.compile(r"^[^\W\d_][^\n:#|\[\]{}<>]{1,80}$")  # an article title: no namespace, section or markup
_ACRONYM = re.compile(r"^[^\W\d_]{2,7}$")


class LinkTargets:
    """Mixin of `EntityTagger`: `_link_aliases` (the full-name target of a linked mention)."""

    def _link_aliases(self, d: _Doc, out: list[Mention]) -> None:
        links = d.doc.links
        if not links:
            return
        targets = {tuple(ln.span): str(ln.target).strip() for ln in links}
        for m in out:
            t = targets.get(tuple(m.span))
            if t is None or t == m.text or not _TITLE.match(t):
                continue
            if _same_name(m, t) or self._named_with_kind(m, t):
                m.alias = t

    def _named_with_kind(self, m: Mention, target: str) -> bool:
        """``[[Kengir River|Kengir]]``: a place's or organisation's target is its label followed by one or
        two words of its kind (a landmark word: river, lake, square, mine). A region's word is not one:
        ``[[Atyrau Region|Atyrau]]`` links a town's name to another place."""
        if m.type not in ("place", "org") or not target.casefold().startswith(m.text.casefold() + " "):
            return False
        rest = target[len(m.text):].split()
        return 1 <= len(rest) <= 2 and all(self._kind_word(w.casefold()) for w in rest)

    def _kind_word(self, low: str) -> bool:
        return any(self._concept(low, lang, "entity_landmarks") for lang in ("en", "ru", "uk", "kk"))


def _same_name(m: Mention, target: str) -> bool:
    """Is ``target`` the full name of the mention: a person's "Surname, Given names" title whose
    surname is the mention's, or the words an abbreviation's letters spell?"""
    if m.type == "person":
        head, sep, rest = target.partition(",")
        words = (m.lemma or m.text).split()
        return bool(sep and rest.strip() and head.strip() and len(words) >= 2
                    and surname_stem(head.split()[-1]) == surname_stem(words[-1]))
    if m.type == "org" and m.text.isupper() and _ACRONYM.match(m.text):
        content = " ".join(w for w in target.split() if not (w.islower() and len(w) <= 3))  # (по, и, for, and)
        return initials_match(m.text, content)
    return False
