"""Wiki link targets as names for `rashomon.entities.EntityTagger` (a mixin). In wikitext a person's
name is often linked to the article by its "Surname, Given names" title: ``[[Кочарян, Роберт
Седракович|Роберт Кочарян]]``. The target is then the person's full name: it becomes the mention's
``canonical`` (when the mention has none yet), which the store keeps, and the linker lists it among
the entity's forms (`rashomon._entity_link_forms.link_target_names`) without making it the entity's
display name. The mention itself keeps the label's span and text: the target is a form seen in the
input, never a mention. (Other targets, an abbreviation's full name or a place's name with its kind,
would need a field of their own in the store; they are left out.)"""

from __future__ import annotations

import re
from os.path import commonprefix
from typing import TYPE_CHECKING

from ._entity_link import surname_stem
from .model import Mention

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_TITLE = re.compile(r"^[^\W\d_][^\n:#|\[\]{}<>]{1,80}$")  # an article title: no namespace, section or markup


class LinkTargets:
    """Mixin of `EntityTagger`: `_link_aliases` (the full-name target of a linked person's name; the
    nominative target of a name linked in a case form, as the mention's ``alias``)."""

    def _link_aliases(self, d: _Doc, out: list[Mention]) -> None:
        links = d.doc.links
        if not links:
            return
        targets = {tuple(ln.span): str(ln.target).strip() for ln in links}
        starts = {ln.span[0]: (ln.span[1], str(ln.target).strip()) for ln in links}
        for m in out:
            t = targets.get(tuple(m.span))
            if t is None and (st := starts.get(m.span[0])) and st[0] < m.span[1]:
                t = st[1]  # [[Джезказган]]а: the case ending after the link
            if t is None or t == m.text or not _TITLE.match(t):
                continue
            if m.type == "person" and not m.canonical and _full_name_of(m, t):
                m.canonical = t
            elif hasattr(m, "alias") and _case_form_of(m.text, t):
                m.alias = t  # [[Киргизия|Киргизии]], [[Джезказган]]а: the name in the nominative


def _case_form_of(text: str, target: str) -> bool:
    """Is ``text`` the name ``target`` with case endings on its words (Геннадия Колбина of Геннадий
    Колбин, Джезказгана of Джезказган), each word keeping all but the last two letters of the target's?"""
    ws, ts = text.split(), target.split()
    if len(ws) != len(ts):
        return False
    for w, t in zip(ws, ts, strict=True):
        k = len(commonprefix([w.casefold(), t.casefold()]))
        if k < max(3, len(t) - 2) or len(w) - k > 4:
            return False
    return True


def _full_name_of(m: Mention, target: str) -> bool:
    """Is ``target`` the "Surname, Given names" title of the person whose surname the mention ends with?"""
    head, sep, rest = target.partition(",")
    words = (m.lemma or m.text).split()
    return bool(sep and rest.strip() and head.strip() and len(words) >= 2
                and surname_stem(head.split()[-1]) == surname_stem(words[-1]))
