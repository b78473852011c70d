"""Linking steps of `rashomon._entity_link.EntityLinker` (a mixin) about the forms of one name: a
region's bare name that the gazetteer knows only as another name of a town, case forms of an
unknown name of several words, one written name read as two base forms; and the bare names of
organisations that another entity owns."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from .model import Entity
from .translit import compact
from .translit import key as tkey

_CYR_NAME = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ]")
_VOWELS = frozenset("aeiouy")
#: key endings of a ru/uk case form of a name's last word (Тахе, Тагу, Тахом: locative, dative, instrumental)
_CASE_ENDS = ("om", "oi", "e", "i", "u", "a", "y")


def unrelated(a: str, b: str) -> bool:
    """Two keys that are different names, not spellings of one (jalalabad / manas; not kiev / kiv)."""
    return SequenceMatcher(None, a, b).ratio() < 0.5


def link_target_names(names) -> list[str]:
    """A person node's canonical names that are wiki link targets ("Surname, Given names", set by
    `rashomon._entity_linktargets`): forms of the entity, never its display name."""
    return [c for c in names if ", " in c]


class FormLinks:
    """Mixin of `EntityLinker`: the joins below use its nodes, ``gaz``, `_find` and `_union`."""

    def _link_region_names(self) -> None:
        """A town the gazetteer reaches only through another name of it (an old or alternate one, not a
        spelling of its own name) that is the name of a region of the corpus without its region word is
        that region (Issyk-Kul, once Balykchy's name, beside "Issyk-Kul Region"; Жамбыл, once Taraz's,
        beside "Жамбыл облысы"): the town's node joins the region, whose id the entity keeps."""
        regions: dict[tuple[str, str], str] = {}  # (key of the region's bare name, country) -> its node
        for k, n in sorted(self.nodes.items()):
            if n.gid and n.gid.startswith("adm1:") and (p := self.gaz.place(n.gid)) is not None and p.kind == "region":
                head, _, last = tkey(p.name).rpartition(" ")
                if head and last == "oblast":
                    regions.setdefault((compact(head), p.country), k)
        if not regions:
            return
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("g:") or n.gid.startswith("adm1:") or (p := self.gaz.place(n.gid)) is None or p.kind != "city":
                continue
            keys = {compact(tkey(lem)) for lem in n.lemmas}
            r = regions.get((next(iter(keys)), p.country)) if len(keys) == 1 else None
            if r is not None and unrelated(next(iter(keys)), compact(tkey(p.name))):  # (not Караганда, Qaraghandy)
                self._union(r, k, "region-name")

    def _link_town_surnames(self) -> None:
        """A lone surname-shaped Cyrillic word («в больницу Сатпаева») whose stem is the name of a town
        the corpus names as a place by its own name (Сатпаев), when no person of the corpus has that
        surname, is the town (a town named after a person: Сатпаев, Курчатов)."""
        from ._entity_link import surname_stem

        towns: dict[str, set[str]] = {}
        for k, n in self.nodes.items():
            if k.startswith("g:") and (p := self.gaz.place(n.gid)) is not None and p.kind == "city":
                for lem in n.lemmas:  # (the town by its own name: not Куйбышев for Samara)
                    if " " not in lem.strip() and not unrelated(compact(tkey(lem)), compact(tkey(p.name))):
                        towns.setdefault(surname_stem(lem), set()).add(k)
        if not towns:
            return
        full = {k.split("|", 1)[1] for k in self.nodes if k.startswith("p:")}
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("s:") or k[2:] in full or self._find(k) != k \
                    or not all(_CYR_NAME.search(f) for f in n.forms):
                continue  # (a Cyrillic case form of the town's name: not "the monument of Myasnikyan")
            roots = {self._find(t) for t in towns.get(k[2:], ())}
            if len(roots) == 1 and sum(1 for o in self.nodes if self._find(o) == k) == 1:
                self._union(min(towns[k[2:]]), k, "town-name")

    def _link_case_forms(self) -> None:
        """An unknown Cyrillic name of several words written in a case form («в Сари Тахе», «в Сарі
        Тагу») joins the place or organisation the corpus also names in the nominative (Сари Тах,
        Сарі Таг: the same key up to an ending of the last word); read as a person's name, only when
        the nominative is a place. (Types only, no evidence strengths: the store keeps none.)"""
        base: dict[str, str] = {}  # spaced key of a nominative name of several words -> its node
        for k, n in sorted(self.nodes.items()):
            if k.startswith("k:") and not k.startswith("k:#") and not n.gid and n.type in ("place", "org"):
                for lem in n.lemmas:
                    kk = tkey(lem)
                    if " " in kk and _CYR_NAME.search(lem) and kk[-1:] not in _VOWELS:
                        base.setdefault(kk, k)
        if not base:
            return
        for k, n in sorted(self.nodes.items()):
            if n.gid or not (k.startswith("p:") or (k.startswith("k:") and not k.startswith("k:#"))):
                continue
            for f in n.forms:
                kk = tkey(f)
                head, _, last = kk.rpartition(" ")
                end = next((e for e in _CASE_ENDS if last.endswith(e) and len(last) - len(e) >= 2), None)
                if not head or end is None or not _CYR_NAME.search(f):
                    continue
                other = base.get(f"{head} {last[: len(last) - len(end)]}")
                if other is None or other == k or self._find(other) == self._find(k):
                    continue
                t = self.nodes[other].type
                if n.type != "person" or t == "place":  # (a person's reading of a place's case form)
                    self._union(other, k, "case-form")
                    break

    def _link_same_surface(self) -> None:
        """Two places the gazetteer does not know, one written exactly as the other's base form («сіл
        Сару» read as the accusative of a woman's name, lemma Сара; «Сару ауылдарының», lemma Сару):
        the same written name of the same type is one place."""
        base: dict[str, str] = {}
        for k, n in sorted(self.nodes.items()):
            if k.startswith("k:") and not k.startswith("k:#") and not n.gid and n.type == "place":
                base.setdefault(k[2:], k)
        for k, n in sorted(self.nodes.items()):
            if k.startswith("k:") and not k.startswith("k:#") and not n.gid and n.type == "place":
                for f in n.forms:
                    other = base.get(compact(tkey(f)))
                    if other is not None and other != k and self._union(other, k, "same-surface"):
                        break


def drop_owned_bare_names(ents: list[Entity], owner: dict[str, str]) -> None:
    """A bare name (``Міністерство охорони здоров'я`` of ``Міністерство охорони здоров'я Вірменії``)
    that some other entity's mention is written as belongs to that entity, not to this one too; so
    for places: a region's bare name (Ақтөбе of Ақтөбе облысы) that its town is written as is the
    town's; one no other entity is written as (Жамбыл) stays a form of the region."""
    for e in ents:
        if e.type not in ("org", "place"):
            continue
        drop = {m["form"] for m in e.merges if m["reason"] == "bare-name" and owner.get(m["form"], e.id) != e.id}
        if drop:
            e.forms = [f for f in e.forms if f not in drop]
            e.merges = [m for m in e.merges if not (m["reason"] == "bare-name" and m["form"] in drop)]


_CASE_TAILS = ("a", "ia", "ya", "u", "iu", "yu")


def nominative_nodes(pool: list):
    """Person nodes without those whose first name is another node's plus a case ending, of the same
    surname (``p:elmara|velev`` beside ``p:elmar|velev``: a man's name in the genitive, not the name to
    show); the whole pool when that would leave none."""
    keys = {n.key for n in pool}

    def oblique(k: str) -> bool:
        head, _, sur = k[2:].partition("|")
        return k.startswith("p:") and any(
            head.endswith(e) and len(head) > len(e) + 2 and f"p:{head[: -len(e)]}|{sur}" in keys for e in _CASE_TAILS)

    kept = [n for n in pool if not oblique(n.key)]
    return kept or pool


_GEN_SURNAME = ("ова", "ева", "ёва", "єва", "ина", "ына", "іна")


def masculine_name(name: str, forms: set[str]) -> str:
    """A Cyrillic name read as a man's genitive (``Эльмара Велиева``: first name and -ова/-ева/-ина
    surname both ending in -а) when the entity is also written with the bare masculine surname
    (``Велиев``): the nominative ``Эльмар Велиев``; else ``name`` unchanged."""
    words = name.split()
    if len(words) < 2 or not words[-1].lower().endswith(_GEN_SURNAME) or words[-1][:-1] not in forms:
        return name
    if not all(w.endswith("а") and len(w) > 3 for w in words[:-1]):
        return name
    return " ".join(w[:-1] for w in words)
