"""Linker joins and extra forms for names written in a case form (a mixin of `EntityLinker`).

* ``genitive-name``: a man's full name in the ru/uk genitive («Остапа Гринюка», «Петра Кузя»; or
  a genitive first name before a surname no case changes: «Гурама Ткешелашвілі»)
  joins the nominative the corpus also writes (Остап Гринюк, Петро Кузьо), which a lemmatizer
  cannot give for a surname it does not know (it reads «Валерія Гринюка» as a woman's name);
* ``bare-surname``: a person's surname alone (Гринюк of Остап Гринюк) is a form of the person;
* ``bare-country``: a country named inside an organisation's name («Министерства обороны
  Киргизии», «Республики Узбекистан») is a form of that country, when the corpus names it.
"""

from __future__ import annotations

import re

from .model import Entity

_CYR = re.compile(r"^[А-ЯЁІЇЄҐа-яёіїєґ'’ʼ-]+$")
#: nominative endings a genitive -а / -я may stand for (Гринюка: Гринюк, Петренка: Петренко;
#: Кузя: Кузьо, Лань; Валерія: Валерій; Ігоря: Ігор; Михайла: Михайло)
_NOMINATIVE = {"а": ("", "о"), "я": ("ь", "ьо", "й", "")}


def nominatives(word: str) -> list[str]:
    """Nominative forms a Cyrillic name word in the genitive -а/-я may have (none for other words)."""
    low = word[-1:].lower()
    if len(word) < 4 or low not in _NOMINATIVE or not _CYR.match(word):
        return []
    out = [word[:-1] + e for e in _NOMINATIVE[low]]
    if low == "а" and word[-2:-1].lower() == "ц":  # a fleeting vowel: Вербенца -> Вербенець, Вербенец
        out += [word[:-2] + "ець", word[:-2] + "ец"]
    return out


def indeclinable(word: str) -> list[str]:
    """A surname no case changes (ending in и, і or е: Ткешелашвілі, Чиладзе): itself, else none."""
    if len(word) < 5 or not _CYR.match(word) or word[-1:].lower() not in ("и", "і", "е"):
        return []
    return [word]


class CaseLinks:
    """Mixin of `EntityLinker` (uses its ``nodes``, `_find`, `_union`)."""

    def _link_genitive_names(self) -> None:
        """A full name whose first name and surname both end in a genitive -а/-я joins the one person
        of the corpus written in the nominative with a first name and a surname those forms can be
        the genitive of (both words must agree: never a woman's name, whose surname has no -а then)."""
        from ._entity_link import first_name_key, gender, surname_stem

        self.genitive_nodes: set[str] = set()  # (their lemmas name no one: `_canonical` passes them by)
        written: dict[tuple[str, str], set[str]] = {}  # (first-name key, surname stem) of a name as written -> nodes
        for k, n in self.nodes.items():
            if k.startswith("p:"):
                for f in n.forms:
                    parts = f.split()
                    if len(parts) >= 2 and not parts[-1].lower().endswith(("а", "я")):
                        written.setdefault((first_name_key(parts[0]), surname_stem(parts[-1])), set()).add(k)
        if not written:
            return
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("p:"):
                continue
            for f in n.forms:
                parts = f.split()
                if len(parts) != 2 or gender(parts[-1]) is not None:
                    continue
                sns = nominatives(parts[1]) or indeclinable(parts[1])
                owners = {o for fn in nominatives(parts[0]) for sn in sns if gender(sn) is None
                          for o in written.get((first_name_key(fn), surname_stem(sn)), ())} - {k}
                # (Белова may be a woman's own name: the -ов/-ев/-ин names are `_link_persons`'s to weigh)
                roots = {self._find(o) for o in owners}
                if len(roots) == 1 and self._find(k) not in roots:
                    self._union(min(owners), k, "genitive-name")
                    self.genitive_nodes.add(k)
                    break


def surname_forms(ents: list[Entity], lemmas: dict[str, dict[str, str]]) -> None:
    """Add each person's surname alone to its forms (``lemmas``: entity id -> base form of each full
    name -> its node), when a full name as written starts its last word with it (Гринюк of «Остап
    Гринюк», Щербаков of «Егора Щербакова»), unless another entity is written so or two people share it."""
    from ._entity_link import surname_stem

    written = {f.casefold(): e.id for e in ents for f in e.forms}
    want: dict[str, dict[str, str]] = {}  # surname -> entity id -> node
    for e in ents:
        if e.type != "person":
            continue
        for lem, node in lemmas.get(e.id, {}).items():
            parts = lem.split()
            if len(parts) >= 2 and len(parts[-1]) >= 3 and parts[-1][:1].isupper() and parts[0][:1].isupper():
                want.setdefault(parts[-1], {}).setdefault(e.id, node)
    people: dict[str, set[str]] = {}  # surname stem -> the people bearing it (Жумабеков, Zhumabekov)
    for s, ids in want.items():
        people.setdefault(surname_stem(s), set()).update(ids)
    for e in ents:  # (and a surname alone that stayed apart: Zhumabekova beside Marat Zhumabekov)
        if e.type == "person":
            for f in e.forms:
                if " " not in f and surname_stem(f) in people:
                    people[surname_stem(f)].add(e.id)
    by_id = {e.id: e for e in ents}
    for s, ids in sorted(want.items()):
        (eid, node), = ids.items() if len(people[surname_stem(s)]) == 1 else ((None, None),)
        if eid is None or written.get(s.casefold(), eid) != eid:
            continue
        e = by_id[eid]
        if not any(len(p := f.split()) >= 2 and p[-1].startswith(s) for f in e.forms):
            continue  # (a lemmatizer's guess no form bears out: Ирины Плетневой, not Плетнёв)
        if s.casefold() not in {f.casefold() for f in e.forms}:
            e.forms.append(s)
            e.merges.append({"form": s, "reason": "bare-surname", "node": node})


def country_forms(ents: list[Entity], countries: dict[str, set[str]]) -> None:
    """Add the last word of a name of several words that is a country in a case form («Министерства
    обороны Киргизии», «Республики Узбекистан») to that country's forms (``countries``: entity
    id of each country the corpus names -> the compact keys of its one-word names)."""
    from .translit import compact
    from .translit import key as tkey

    stems = [(eid, s) for eid, ks in sorted(countries.items()) for k in sorted(ks) if len(s := k.rstrip("aeiouy")) >= 5]
    if not stems:
        return
    written = {f.casefold(): e.id for e in ents for f in e.forms}
    by_id = {e.id: e for e in ents}
    for e in ents:
        for f in list(e.forms):
            parts = f.split()
            if len(parts) < 2 or not parts[-1][:1].isupper() or parts[-1].isupper():
                continue
            w = parts[-1]
            kw = compact(tkey(w))
            hit = sorted({eid for eid, s in stems if kw.startswith(s) and len(kw) - len(s) <= 3})
            if len(hit) != 1 or written.get(w.casefold(), hit[0]) != hit[0]:
                continue
            c = by_id[hit[0]]
            if w.casefold() not in {x.casefold() for x in c.forms}:
                c.forms.append(w)
                c.merges.append({"form": w, "reason": "bare-country", "node": f"g:{c.gazetteer_id}"})
                written[w.casefold()] = c.id
