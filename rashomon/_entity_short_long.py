"""A short and a long variant of one name over the run: "Velmora" / "Velmora Concert Hall".

Pages name an organisation, a venue or a person by a shorter piece of the name another page writes in
full: the name without its kind word ("Orlin Grand" beside "Orlin Grand Hotel"; «Вельмора» beside
"Velmora Concert Hall"), without a lead word ("Sentinel Daily" / "Daily Sentinel Daily": the words of the
long name's end), a surname the tagger typed as an organisation ("Dravec said" beside "Tomas Dravec").
The short name joins the long one when its words, by the stems of their phonetic keys
(`rashomon.translit.key`, so across Cyrillic and Latin letters and case endings), are the first or the last words of the long name, and the run has
exactly ONE entity whose name starts or ends so (two would make the short name ambiguous: "Orlin" beside
"Orlin Grand Hotel" and "Orlin Air").

Guards: the short node is a plain name node (``k:``, no gazetteer id, no known concept) whose cluster has
no gazetteer id (a town is never joined to "Town Port"); a one-word short name has four letters at least
(three in capitals: "VBC" / "VBC News") and no short name is made only of common words (organisation words, stopwords, country adjectives, place
kind words); a long name whose extra words are only place kind words ("Velmora district") is the place's
region or district, not the short name (`rashomon._entity_link`'s district entities): no join; a short
name read as a place joins only a place (a town's name starts "Velmora Police" and "Dravec" ends the name
of a person born there).
"""

from __future__ import annotations

import functools

from ._entity_link_forms import persons_by_surname
from ._entity_names import name_stem
from .langdata import load_list, load_map
from .translit import key as tkey

_LANGS = ("en", "ru", "uk", "kk")


@functools.cache
def _common_words() -> frozenset[str]:
    """Casefolded words that name nothing alone (organisation and context words, stopwords, country
    adjectives) in every language."""
    out: set[str] = set()
    for lang in _LANGS:
        for name in ("entity_org_words", "entity_org_context", "entity_stopwords", "entity_org_common_words"):
            out.update(w.casefold() for w in load_list(lang, name) if " " not in w)
    out.update(w.casefold() for w in load_map("en", "entity_country_adjectives"))
    return frozenset(out | _place_kinds())


@functools.cache
def _place_kinds() -> frozenset[str]:
    """Keys of the place kind words of every language (region, district, oblast, облысы, ...)."""
    out: set[str] = set()
    for lang in _LANGS:
        for name in ("entity_place_suffixes", "entity_kind_after", "entity_kind_before", "entity_town_district_words"):
            for w in load_list(lang, name):
                out.update(p.casefold() for p in w.split())
    return frozenset(out)


@functools.cache
def _place_kind_keys() -> frozenset[str]:
    return frozenset(_word_keys(w)[0] for w in _place_kinds() if _word_keys(w))


def _word_keys(lemma: str) -> tuple[str, ...]:
    """The stems of a name's words' phonetic keys (a case ending off: «Вельморе», Velmora: velmor)."""
    return tuple(k for w in lemma.split() if (k := name_stem(tkey(w))))


class ShortLongLinks:
    """Mixin of `EntityLinker`: the join below uses its nodes, `_find`, `_gid` and `_union`."""

    def _link_short_long(self) -> None:
        """A short name joins the one long name of the run whose first or last words it is (module doc)."""
        self.short_named: set[str] = set()
        first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        last: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        seqs: dict[str, set[tuple[str, ...]]] = {}
        for k, n in self.nodes.items():
            got = {s for lem in n.lemmas if (s := _word_keys(lem))}
            seqs[k] = got
            for s in got:
                if len(s) >= 2:
                    first.setdefault(s[0], []).append((s, k))
                    last.setdefault(s[-1], []).append((s, k))
        common = _common_words()
        kinds = _place_kind_keys()
        shorts = []
        for k, n in self.nodes.items():
            if not k.startswith("k:") or k.startswith("k:#") or n.gid:
                continue
            for lem in n.lemmas:
                words = [w.casefold() for w in lem.split()]
                s = _word_keys(lem)
                if not s or len(s) != len(words) or all(w in common for w in words):
                    continue
                if len(s) == 1 and len(s[0]) < (3 if lem.isupper() else 4):
                    continue  # (an abbreviation of three letters: "VBC" / "VBC News")
                shorts.append((-len(s), k, s, lem.isupper()))
        for _neg, k, s, caps in sorted(shorts):
            root = self._find(k)
            if self._gid(root):
                continue
            m = len(s)
            place = self.nodes[k].type == "place"
            roots, longs = set(), set()
            for long_, o in first.get(s[0], ()):
                if len(long_) > m and long_[:m] == s and not set(long_[m:]) <= kinds:
                    roots.add((self._find(o), self.nodes[o].type))
                    longs.add(o)
            for long_, o in last.get(s[-1], ()):  # (an agency's abbreviation ends a byline: one word before it at most)
                if len(long_) > m and not (caps and len(long_) > m + 1) and long_[-m:] == s and not set(long_[:-m]) <= kinds:
                    roots.add((self._find(o), self.nodes[o].type))
                    longs.add(o)
            if place and any(t != "place" for _r, t in roots):
                continue  # a place's name in an organisation's or a person's ("Velmora Police")
            if any("@" in o for o in longs):
                continue  # (a country's institution by its concept, "Ministry of Emergencies (X)": a bare
                # "Ministry of Emergencies" may be any country's; `_link_concepts` decides)
            roots = {r for r, _t in roots}
            if len(roots) == 1 and root not in roots:  # (a long name of its own already: another one is another name)
                target, prev = roots.pop(), self._reason.get(k)
                mine = [o for o in self.nodes if self._find(o) == root]
                if not self._union(target, k, "short-long"):
                    continue
                self.short_named.update(mine)  # (they keep a landmark's "X mine (Town)" name: `_entities`)
                if prev is not None:
                    self._reason[k] = prev  # (a short name joined before keeps its reason: `script_place_names` reads it)
                    self._reason.setdefault(target, "short-long")

    def _link_person_towns(self) -> None:
        """A lone word the gazetteer reads as a small town ("Dravec said", «по словам Дравеца»: a town
        Dravec somewhere) whose surname stem is that of the full names of exactly ONE person of the run
        (Tomas Dravec) is that person: the run names a person so, not a town far away. Only towns under
        `_PERSON_TOWN_MAX` people outside the countries whose languages the tool reads
        (``entity_home_countries``: there a town named after a person is the town), whose forms
        are single words of four letters or more; the cluster
        keeps no gazetteer id and votes for the person."""
        from ._entity_link import surname_stem

        full = persons_by_surname(self.nodes)
        if not full:
            return
        home = frozenset(load_list(None, "entity_home_countries"))
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("g:") or not n.gid or n.gid.endswith("district") or self._find(k) != k:
                continue
            place = self.gaz.place(n.gid)
            if place is None or place.kind != "city" or place.population >= _PERSON_TOWN_MAX or place.country in home:
                continue  # (a town of the pages' own countries is the town: «в больнице города Дравец»)
            if not all(" " not in f.strip() and "-" not in f and len(f) >= 4 for f in n.forms):
                continue
            stems = {surname_stem(lem) for lem in n.lemmas}
            owners = {o for st in stems for o in full.get(st, ())}
            roots = {self._find(o) for o in owners}
            if len(stems) != 1 or len(roots) != 1 or sum(1 for o in self.nodes if self._find(o) == k) != 1:
                continue
            if self._union(min(owners), k, "person-town"):
                self._cluster_gid[self._find(k)] = None
                n.types["person"] += sum(n.types.values())


_PERSON_TOWN_MAX = 500_000
