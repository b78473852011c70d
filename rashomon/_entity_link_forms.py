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
_LATIN_NAME = re.compile(r"[A-Z][a-z]{2,}$")
_LATIN_LETTER = re.compile(r"[A-Za-z]")  # one Latin capitalized word (Vantor)
_VOWELS = frozenset("aeiouy")
#: key endings of a ru/uk case form of a name's last word (Тахе, Тагу, Тахом: locative, dative, instrumental)
_CASE_ENDS = ("om", "oi", "e", "i", "u", "a", "y")
#: ru/uk case endings of a one-word foreign name as written (Валорой, Валоре, Валору: Валор)
_WRITTEN_CASE_ENDS = ("ою", "ею", "ой", "ей", "ом", "ем", "у", "ю", "е", "і", "ы", "и", "а", "я")


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

    def _link_place_surnames(self) -> None:
        """A lone Cyrillic word read as a place on weak evidence only (after «на», «у»: «со ссылкой на
        Мерзлова») whose surname stem is that of exactly one full person name of the corpus (Игорь
        Мерзлов), with no gazetteer place behind it, is that person in a case form."""
        from ._entity_link import surname_stem

        full = persons_by_surname(self.nodes)
        if not full:
            return
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type != "place" or n.best > 1 \
                    or not all(" " not in f.strip() and (_CYR_NAME.search(f) or _LATIN_NAME.match(f))
                               for f in n.forms):
                continue  # (Latin: a surname has no case forms: "according to Vantor")
            stems = {surname_stem(f) for f in (*n.forms, *n.lemmas)}  # (the lemma: «Мерзлова» -> Мерзлов)
            owners = {o for st in stems for o in full.get(st, ())}
            if len({self._find(o) for o in owners}) == 1:
                self._union(min(owners), k, "surname-case")

    def _link_landmark_first_names(self) -> None:
        """A landmark named after a person with the first name («шахта имени Петра Орманова», «шахта
        ім. Петра Орманова») and the same landmark named by the surname alone («шахта имени Орманова»):
        the key without one listed first name's stem is the other node's key (one such node only)."""
        from ._entity_persons import _listed_first_names

        names = _listed_first_names()
        for k, n in sorted(self.nodes.items()):
            for lk in sorted(n.lm_keys):
                head, *mods = lk.split(" ")
                if len(mods) < 2:
                    continue
                others = {f"k:{compact(' '.join([head, *(x for x in mods if x != mod)]))}"
                          for mod in mods if mod in names}
                others = {o for o in others if o in self.nodes and o != k}
                if len(others) == 1 and self._union(others.pop(), k, "landmark-first-name"):
                    break

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

    def _link_written_names(self) -> None:
        """A one-word name the gazetteer does not know whose base form a lemmatizer cut short (a
        foreign name read as a case form: «Валора» taken for the genitive of «Валор»), written
        exactly as the base form of another such name of the corpus ("Valora" on an English page), or
        a case form of it written with a ru/uk case ending («Валорой», «Валоре» beside «Валор»): one
        name, whatever type either text guessed (a club, a place). Not people (their cases are the
        person linker's); four letters or more before the ending; the one node of that base form."""
        base: dict[str, set[str]] = {}
        cands: list = []
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type == "person" or "person" in n.types:
                continue
            if any(" " in lem.strip() for lem in n.lemmas) or len(k) < 6:
                continue
            base.setdefault(k[2:], set()).add(k)
            cands.append((k, n))
        for k, n in cands:
            for f in sorted(n.forms):
                low = f.strip()
                if " " in low or not low[:1].isupper():
                    continue
                keys = [compact(tkey(low))]
                if _CYR_NAME.search(low):
                    keys += [compact(tkey(low[: -len(e)])) for e in _WRITTEN_CASE_ENDS
                             if low.lower().endswith(e) and len(low) - len(e) >= 4]
                others = {o for key in keys for o in base.get(key, ()) if o != k and len(key) >= 4}
                roots = {self._find(o) for o in others} - {self._find(k)}
                if len(roots) == 1 and self._union(min(o for o in others if self._find(o) in roots), k, "written-name"):
                    break

    def _link_script_spellings(self) -> None:
        """A one-word name the gazetteer does not know, written in Latin letters on one page and in
        Cyrillic on another, each page's transliteration its own ("Ulvara", «Улвара», «Ульвары»): a
        Latin-only node joins the one Cyrillic-only node whose written keys are near its own (at least 80
        similar, the same first letter, five letters or more), when each is the other's only such
        partner. Not people (`_link_person_scripts`); any other type either page guessed."""
        from rapidfuzz import fuzz

        def keys(n) -> set[str]:
            got = {compact(tkey(f.strip("«»\"“”'’"))) for f in n.forms if " " not in f.strip()}
            return {k for k in got if len(k) >= 5}

        sides: dict[str, tuple[str, set[str]]] = {}  # cluster root -> (script, written keys)
        mixed: set[str] = set()
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type == "person" or "person" in n.types:
                continue
            if not n.forms or any(" " in f.strip() for f in n.forms):
                continue
            if all(_CYR_NAME.search(f) and not _LATIN_LETTER.search(f) for f in n.forms):
                script = "cyr"
            elif not any(_CYR_NAME.search(f) for f in n.forms):
                script = "lat"
            else:
                continue
            root = self._find(k)
            got = sides.setdefault(root, (script, set()))
            if got[0] != script:
                mixed.add(root)
            got[1].update(keys(n))
        latin_side = {r: ks for r, (sc, ks) in sides.items() if sc == "lat" and r not in mixed and ks}
        cyr_side = {r: ks for r, (sc, ks) in sides.items() if sc == "cyr" and r not in mixed and ks}
        if not latin_side or not cyr_side:
            return

        def score(a: set[str], b: set[str]) -> float:
            return max((fuzz.ratio(x, y) for x in a for y in b if x[0] == y[0]), default=0.0)

        near: dict[str, dict[str, float]] = {}
        for a, ka in latin_side.items():
            for b, kb in cyr_side.items():
                if (s := score(ka, kb)) >= 80:
                    near.setdefault(a, {})[b] = s
                    near.setdefault(b, {})[a] = s

        def best(x: str) -> list[str]:
            got = near.get(x, {})
            top = max(got.values(), default=0.0)
            return sorted(y for y, v in got.items() if v == top)

        for a in sorted(latin_side):
            bs = best(a)
            # (two Cyrillic readings as near it and as near each other, «Итхевон», «Итевоне»: one name)
            if not bs or any(best(b) != [a] for b in bs) or any(score(cyr_side[x], cyr_side[y]) < 80
                                                               for i, x in enumerate(bs) for y in bs[i + 1 :]):
                continue
            for b in bs:
                self._union(b, a, "script-spelling")

    def _link_place_surfaces(self) -> None:
        """A place the gazetteer does not know in one text, written there exactly as a gazetteer place
        of the corpus is written in another («Ольмар» read as a place by its context on a Kazakh page,
        found in the gazetteer on a Russian one), or as such a form with a Kazakh case ending
        («Ольмарда», «Ольмардағы»: two letters or more), is that place: one gazetteer place only, named
        more often than the unknown one. Single words only, of four letters or more before the ending."""
        from ._entity_morph import suffixes

        owners: dict[str, set[str]] = {}
        for k, n in self.nodes.items():
            if k.startswith("g:") and n.type == "place":
                for f in n.forms:
                    low = f.strip().casefold()
                    if " " not in low and len(low) >= 4:
                        owners.setdefault(low, set()).add(k)
        if not owners:
            return
        ends = sorted((x for x in suffixes("kk") if len(x) >= 2), key=len, reverse=True)
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type != "place" or not n.forms:
                continue
            for f in sorted(n.forms):
                low = f.strip().casefold()
                if " " in low:
                    continue
                got = owners.get(low)
                if got is None and _CYR_NAME.search(low):
                    got = next((owners[low[: -len(x)]] for x in ends
                                if low.endswith(x) and low[: -len(x)] in owners), None)
                if got and len({self._find(o) for o in got}) == 1 and self.nodes[min(got)].count > n.count \
                        and self._union(min(got), k, "place-surface"):
                    break  # (a gazetteer reading rarer than the unknown one may be a wrong hit: «Ольмари» read as Olmar)

    def _link_same_institution(self) -> None:
        """Two institution nodes (``k:#inst``) written exactly alike, in three words or more
        («Орбельском политехническом колледже» in two texts) are one institution, though each text read
        the place its adjective names otherwise (the key carries that place: the town in one,
        unresolved in the other)."""
        seen: dict[str, str] = {}
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:#inst") or n.gid:
                continue
            for f in sorted(n.forms):
                if len(f.split()) < 3:
                    continue  # («городской больнице»: a kind and one word say no institution in particular)
                other = seen.setdefault(f, k)
                if other != k and self._union(other, k, "same-institution"):
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


#: keys of a named facility or landmark: its head concept and its name's stems (``k:#lmmineabaisk``)
_SITE_PREFIXES = ("k:#lm", "k:#fac")
#: the adjective suffix a facility's name takes in ru/uk/en (Абайская шахта, Abaiskaya mine) and not
#: in kk (Абай шахтасы), nor in a "X AES" written with the town's noun (Чернобыль АЭС)
_SITE_ADJ = "sk"


class SiteLinks:
    """Mixin of `EntityLinker` (uses its ``nodes``, ``gaz``, `_find` and `_union`): the forms of one
    named facility or landmark, and the case forms of a name its wiki link writes in the nominative."""

    def _link_site_adjectives(self) -> None:
        """A facility named after a place is written with the place's adjective in ru/uk/en (Абайская
        шахта, Abaiskaya mine, Чорнобильська АЕС: ``abaisk``) and with the place's noun in kk (Абай
        шахтасы, Чернобыль АЭС: ``abai``): two facility or landmark keys of one head word whose last
        stems differ by that suffix only, or whose stems without it are the names of one gazetteer
        place (chornobil, chernobil), join when each has that one counterpart."""
        sites: dict[str, list[str]] = {}  # key without its prefix -> nodes
        for k in sorted(self.nodes):
            for p in _SITE_PREFIXES:
                if k.startswith(p) and len(k) - len(p) >= 6:
                    sites.setdefault(k[len(p):], []).append(k)
                    break
        if len(sites) < 2:
            return
        for rest, ks in sorted(sites.items()):
            if not rest.endswith(_SITE_ADJ) or len(rest) < 8:
                continue
            bare = rest[: -len(_SITE_ADJ)]
            cands = set(sites.get(bare, ()))
            if not cands:
                cands = {o for other, os_ in sites.items() if other != rest and self._same_place_stem(bare, other)
                         for o in os_}
            roots = {self._find(o) for o in cands} - {self._find(k) for k in ks}
            if len(roots) == 1:
                self._union(min(ks), min(o for o in cands if self._find(o) in roots), "site-adjective")

    def _same_place_stem(self, bare: str, other: str) -> bool:
        """Do ``bare`` (head + adjective stem without its suffix) and ``other`` (head + a noun) end in
        the names of one gazetteer place, after the same head (the longest common start)?"""
        i = 0
        while i < min(len(bare), len(other)) and bare[i] == other[i]:
            i += 1
        for j in range(i, 2, -1):  # the head: a common start that leaves a name of 4 letters or more
            a, b = bare[j:], other[j:]
            if len(a) < 4 or len(b) < 4:
                continue
            ids_a, ids_b = set(self.gaz.lookup(a)), set(self.gaz.lookup(b))
            if ids_a & ids_b and not unrelated(a, b):
                return True
        return False

    def _link_case_aliases(self) -> None:
        """A name written in a case form and linked to its article in the nominative ([[Чорнобильська
        АЕС|Чорнобильської АЕС]], the mention's ``alias``) joins the one other entity whose mentions
        write that nominative (read there with another type or key)."""
        from ._entity_linktargets import _case_form_of

        written: dict[str, set[str]] = {}
        for k, n in self.nodes.items():
            for f in n.forms:
                written.setdefault(f, set()).add(k)
        for k, n in sorted(self.nodes.items()):
            if k.startswith(("p:", "s:")) or not n.aliases:
                continue
            for a in sorted(n.aliases):
                if not any(_case_form_of(f, a) for f in n.forms):
                    continue
                others = {o for o in written.get(a, ()) if not o.startswith(("p:", "s:"))}
                roots = {self._find(o) for o in others} - {self._find(k)}
                if len(roots) == 1:
                    self._union(min(o for o in others if self._find(o) in roots), k, "case-alias")

    def _link_stem_phrases(self) -> None:
        """A name of several Cyrillic words that the gazetteer does not know, written in ru and in uk
        (Каспийская флотилия, Каспійська флотилія: kaspiskaia / kaspiska), whose words have the same
        stems without their adjective or case endings: one organisation or place."""
        from ._entity_names import name_stem
        from .translit import word_key

        groups: dict[tuple[str, tuple[str, ...]], set[str]] = {}
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type not in ("org", "place"):
                continue
            for lem in n.lemmas:
                ws = lem.split()
                if len(ws) < 2 or len(ws) > 4 or not all(_CYR_NAME.search(w) for w in ws):
                    continue
                sig = tuple(name_stem(word_key(w.lower())) for w in ws)
                if all(len(s) >= 4 for s in sig):
                    groups.setdefault((n.type, sig), set()).add(k)
        for _, ks in sorted(groups.items()):
            if len(ks) > 1:
                first = min(ks)
                for k in sorted(ks - {first}):
                    self._union(first, k, "stem-phrase")

    def _link_first_spellings(self) -> None:
        """Two full names of one surname whose first names are one name in two readings or cases
        («Ибрагим Ольмари», «Эбрахима Ольмари»; "Ranat", «Раната»): one person, so that the surname
        alone then finds one owner. First-name keys (a case ending dropped) at least 80 similar and
        opening with the same letter or both with a vowel; no form of one a woman's and of the other a
        man's. Two people of one surname have different first names (Ranat, Olmir) far apart.

        First names of four letters or more that differ only in vowels, letter for letter, and end in
        a consonant («Ибрахим», «Эбрахим»; Mohammad, Muhammad: a foreign name's vowels are what its
        transliterations change) are one name too, whatever the similarity (surnames of three letters
        or more); a different length keeps apart a man's and a woman's name (Alexander, Alexandra)."""
        from rapidfuzz import fuzz

        from ._entity_link import gender

        def bare(first: str) -> str:
            for end in _CASE_ENDS:
                if first.endswith(end) and len(first) - len(end) >= 4:
                    return first[: -len(end)]
            return first

        def vowel_mask(first: str) -> str | None:
            if len(first) >= 4 and first[-1] not in _VOWELS:
                return re.sub("[aeiouy]", "*", first)
            return None

        by_stem: dict[str, list[tuple[str, str, bool, str | None]]] = {}
        for k, n in sorted(self.nodes.items()):
            first, _, stem = k[2:].partition("|")
            if k.startswith("p:") and len(stem) >= 3 and n.forms:
                # (English has no case endings: a Latin first name's last vowel tells a man's name from a
                # woman's, "Danel" and "Danela", and is kept)
                latin = not any("\u0400" <= ch <= "\u04ff" for f in n.forms for ch in f)
                by_stem.setdefault(stem, []).append((k, first if latin else bare(first), latin, vowel_mask(first)))
        for stem, group in sorted(by_stem.items()):
            for x, (a, fa, la, va) in enumerate(group):
                for b, fb, lb, vb in group[x + 1 :]:
                    if va is not None and va == vb:
                        self._union(a, b, "first-name-vowels")
                        continue
                    if len(stem) < 4 or len(fa) < 3 or len(fb) < 3:
                        continue
                    if self._find(a) == self._find(b) or fa[0] != fb[0] and not (fa[0] in _VOWELS and fb[0] in _VOWELS):
                        continue
                    if fuzz.ratio(fa, fb) < 80 or la and lb and (fa[-1] in _VOWELS) != (fb[-1] in _VOWELS):
                        continue
                    ga = {gender(f.split()[-1]) for f in self.nodes[a].forms} - {None}
                    gb = {gender(f.split()[-1]) for f in self.nodes[b].forms} - {None}
                    if ga and gb and ga != gb:
                        continue
                    self._union(a, b, "first-spelling")

    def _link_person_scripts(self) -> None:
        """One person written in Latin letters on one page and in Cyrillic on another, each reading of
        the name its own ("Harald Brenn", «Гаральд Бренн», «Харальда Бренна»): a full name whose every
        form is Latin joins the one Cyrillic full name of the corpus whose first name and surname keys
        are near it (a transliteration's vowels and doubled letters, a case ending), and the other way
        round. Two different people of one first name and near surnames, one named only in Latin and
        the other only in Cyrillic, are rare beside one person's two spellings.

        The first names are compared as written too, not only as the list of first-name variants folds
        them (Josef, «Йозеф», «Джозеф»: one name, though the list folds one reading to another name), and
        a looser pair passes when the surnames are near and both names open with the same letters
        ("Stefan Pardek", «Стивен Пэрдек»), unless the list knows the two first names as two names
        (Alexander, «Алексей»). A name of two or three capitalized words read as an organisation from
        weak evidence (no first name the lists know: "Hautam Sarvang", «Гаутам Сарванг») takes part as
        a full name; it never joins another such name of its own script."""
        from rapidfuzz import fuzz

        from ._entity_link import _first_name_variants, person_key, surname_stem

        variants = _first_name_variants()
        known = set(variants) | set(variants.values())

        def weak_name(n) -> tuple[str, str] | None:
            lemma = n.lemmas.most_common(1)[0][0] if n.lemmas else ""
            parts = lemma.split()
            if not 2 <= len(parts) <= 3 or not all(w[:1].isupper() and w[1:].replace("-", "").isalpha()
                                                  and not w[1:].isupper() for w in parts):
                return None
            stem = surname_stem(parts[-1])
            return (person_key(parts[0]), stem) if len(stem) >= 4 and not self.gaz.lookup(tkey(lemma)) else None

        names: dict[str, tuple[str, str]] = {}
        raw: dict[str, set[str]] = {}  # node -> its first names as written (keys)
        for k, n in sorted(self.nodes.items()):
            if not n.forms:
                continue
            if k.startswith("p:"):
                first, _, stem = k[2:].partition("|")
                if first and stem and len(stem) >= 3:
                    names[k] = (first, stem)
                    raw[k] = {person_key(lem.split()[0]) for lem in n.lemmas if lem.split()} | {first}
            elif k.startswith("k:") and not k.startswith("k:#") and not n.gid and n.best <= 1 and n.type == "org" \
                    and (got := weak_name(n)) is not None:
                names[k] = got
                raw[k] = {got[0]}

        def full(k: str) -> tuple[str, str] | None:
            return names.get(k)

        latin_side, cyr_side = [], []
        for k in sorted(names):
            n = self.nodes[k]
            if all(_CYR_NAME.search(f) for f in n.forms):
                cyr_side.append(k)
            elif not any(_CYR_NAME.search(f) for f in n.forms):
                latin_side.append(k)

        def two_names(fa: str, fb: str) -> bool:
            return fa in known and fb in known and variants.get(fa, fa) != variants.get(fb, fb)

        def near(a: str, b: str) -> float:
            (fa, sa), (fb, sb) = full(a), full(b)
            if a.startswith("k:") and b.startswith("k:") and not (len(sa) >= 5 and sa == sb):
                return 0.0  # (two weak names: the same surname key only)
            best = 0.0
            for ra in sorted(raw[a] | {fa}):
                for rb in sorted(raw[b] | {fb}):
                    if not ra or not rb or two_names(ra, rb):
                        continue
                    fr, sr = fuzz.ratio(ra, rb), fuzz.ratio(sa, sb)
                    if fr >= 75 and sr >= 75 and (sa[0] == sb[0] or sa[1:3] == sb[1:3]):
                        score = fuzz.ratio(f"{ra} {sa}", f"{rb} {sb}")
                        best = max(best, score if score >= 85 else 0.0)
                    if fr >= 60 and sr >= 80 and ra[0] == rb[0] and sa[0] == sb[0] and len(sa) >= 5:
                        best = max(best, 85.0)  # (Stefan Pardek, «Стивен Пэрдек»)
            return best

        by_head: dict[str, list[str]] = {}  # Cyrillic full names by their surname key's first letter
        by_mid: dict[str, list[str]] = {}  # ... and by its second and third (`near` needs one of them)
        for b in cyr_side:
            stem = full(b)[1]
            by_head.setdefault(stem[0], []).append(b)
            by_mid.setdefault(stem[1:3], []).append(b)
        pairs: dict[str, dict[str, float]] = {}  # node -> the other side's roots it is near, by best score
        for a in latin_side:
            stem = full(a)[1]
            cands = dict.fromkeys(by_head.get(stem[0], []) + by_mid.get(stem[1:3], []))
            for b in cands:
                if self._find(a) != self._find(b) and (score := near(a, b)):
                    for x, y in ((a, b), (b, a)):
                        got = pairs.setdefault(x, {})
                        got[self._find(y)] = max(got.get(self._find(y), 0.0), score)

        def best(got: dict[str, float]) -> set[str]:
            top = max(got.values(), default=0.0)
            return {r for r, v in got.items() if v == top}

        for a in latin_side:
            roots = best(pairs.get(a, {}))  # (a closer reading wins over a looser one: «Мохамед», not «Мухамеда»)
            if len(roots) != 1:
                continue
            root = next(iter(roots))
            # the Cyrillic side must reach this Latin name only (no second Latin person as near it)
            back: dict[str, float] = {}
            for b in cyr_side:
                if self._find(b) == root:
                    for r, v in pairs.get(b, {}).items():
                        back[r] = max(back.get(r, 0.0), v)
            if len(best(back)) == 1 and self._find(a) != root:
                self._union(root, a, "person-script")


def persons_by_surname(nodes) -> dict[str, set[str]]:
    """The run's person nodes ("p:<first>|<surname stem>") by their surname stem."""
    full: dict[str, set[str]] = {}
    for k in nodes:
        if k.startswith("p:"):
            full.setdefault(k.split("|", 1)[1], set()).add(k)
    return full
