"""Cross-document entity linking: conservative, explainable, reversible.

Mentions are first aggregated into *nodes* — one per gazetteer id (``g:``), per full person name
(``p:first|surname-stem``), per bare surname (``s:``) or per phonetic key of the base form (``k:``) —
so state grows with distinct names, not with mentions. Nodes are then joined by a union-find whose
every decision is recorded with its reason:

* ``gazetteer:<id>`` a name the gazetteer gives this id (``Tselinograd`` -> Astana);
* ``lemma`` / ``translit-key`` forms whose base form, or its phonetic key, is the same;
* ``fuzzy:<score>`` a misspelling (``Жанозен``): one unique candidate of the same type, never
  across two gazetteer ids, never for a key that is itself another gazetteer place;
* ``surname-of:<full name>`` a bare surname joins a full name only if exactly one full-name
  entity in the corpus has that surname;
* ``bare-name`` a region's or district's name without its place word (``Жамбыл`` of ``Жамбыл
  облысы``), or a country's institution without its country (``Слідчий комітет`` of ``Слідчий
  комітет Росії``), added to its entity's forms.

``split(entity_id, form)`` and ``join(a, b)`` record a reviewer's overrides; ``link`` re-resolves.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ._entity_link_cases import CaseLinks, country_forms, surname_forms
from ._entity_link_forms import (
    FormLinks,
    SiteLinks,
    drop_owned_bare_names,
    link_target_names,
    masculine_name,
    nominative_nodes,
    unrelated,
)
from ._entity_script import ScriptLinks, script_place_names
from ._entity_short_long import ShortLongLinks
from ._entity_town_area import AREA, TownAreaLinks
from .gazetteer import Gazetteer, default_gazetteer
from .langdata import load_map
from .model import Entity, Mention, stable_id
from .translit import compact, latin, word_key
from .translit import key as tkey

_SURNAME_STEM = re.compile(r"^(.{3,}?(?:ov|ev|in|sk))(?:a|u|i|e|om|im|oi|ogo|omu|oiu|ikh|ami)?$")
_STRENGTH = {"gazetteer": 3, "org-table": 3, "landmark": 2, "person": 2, "title": 2, "org-word": 2, "quote": 2, "place-word": 2,
             "morph": 2, "camel": 1, "acronym": 1, "preposition": 1, "multiword": 1, "link": 1}
_LATIN = re.compile(r"^[A-Za-z][A-Za-z .'’\-]*$")
_VOWELS = "aeiouy"


_YO = re.compile(r"(?<=[^aeiou])io")
_EI_END = re.compile(r"ei$")
_DOUBLE = re.compile(r"([a-z])\1+")
_CH_FOLD = re.compile(r"(?<=sh)[aeiou]$")  # Масаншы, Масанчи (lemma Масанч): the vowel after the ending


def person_key(word: str) -> str:
    """Phonetic key of a name word, with the ru/uk spellings of one name folded together: ё, ьо and
    Latin yo are e (Семёнов, Семьонов, Semyonov, Семенов), a final ей/ій is i (Сергей, Сергій, Sergei)."""
    low = word.lower().replace("ьо", "е").replace("ё", "е")
    return _DOUBLE.sub(r"\1", _EI_END.sub("i", _YO.sub("e", word_key(low))))  # Mirziyoyev, Мирзиёев: mirzev


@functools.cache
def _first_name_variants() -> dict[str, str]:
    return {person_key(v): person_key(ru) for v, ru in load_map(None, "first_name_variants").items()}


def first_name_key(word: str) -> str:
    """Key of a first name, with translated variants folded to the Russian form (Олександр, Oleksandr,
    Александр, Aleksandr -> aleksandr)."""
    k = person_key(word)
    return _first_name_variants().get(k, k)


def surname_stem(word: str) -> str:
    """Phonetic key of a surname without gender/case endings (Назарбаева, Nazarbayev -> nazarbaev)."""
    k = person_key(word)
    m = _SURNAME_STEM.match(k)
    return m.group(1) if m else k


_FEM = re.compile(r"(?:ova|eva|yeva|ina|yna|skaya|skaia|ska|ovoi|evoi|inoi|ой|ою|ої|ая|ська|ськой)$", re.I)
_FEM_LATIN = re.compile(r"^[A-Za-z'’-]+$")
_MASC = re.compile(r"(?:ov|ev|yev|in|yn|sky|skiy|skii|skyi|ов|ев|єв|ин|ын|ий|ій|ський)$", re.I)


def gender(surname: str) -> str | None:
    """``f``/``m`` when the surname form shows it (Latin -ova, Cyrillic -овой; -ov, -ов), else None.
    A Cyrillic -ова is left open: it is also the genitive of -ов."""
    if _MASC.search(surname):
        return "m"
    if _FEM.search(surname) and (_FEM_LATIN.match(surname) or not surname.lower().endswith(("ова", "ева", "ёва", "ина", "єва"))):
        return "f"
    return None


@functools.cache
def _loan_map() -> dict[str, str]:
    """English words of company names as Cyrillic writes them (эйр -> air) of ``entity_loan_words``, and
    the English words of general words of organisation names (правий -> right) of ``entity_name_words``."""
    out: dict[str, str] = {}
    for lang in ("ru", "uk", "kk"):
        out.update({k.lower(): v for k, v in load_map(lang, "entity_loan_words").items()})
        out.update({k.lower(): v for k, v in load_map(lang, "entity_name_words").items()})
    return out


_STEM_TAIL = re.compile(r"[аеёиоуыэюяйьіїєәөүұ]{1,2}$")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@functools.cache
def _name_word_stems() -> tuple[tuple[str, str], ...]:
    """(stem, English word) of ``entity_name_words``: the word without its final vowels (мусульманский
    -> мусульманск), so that its case forms meet it (мусульманского); longest first."""
    out = {}
    for lang in ("ru", "uk", "kk"):
        for k, v in load_map(lang, "entity_name_words").items():
            low = k.lower()
            stem = _STEM_TAIL.sub("", low)
            out[stem if len(stem) >= 3 else low] = v.lower()
    return tuple(sorted(out.items(), key=lambda kv: -len(kv[0])))


def translated_name(name: str) -> tuple[str, ...] | None:
    """The English words of a name of two words or more, sorted, when it has a Cyrillic word and every
    Cyrillic word is a general word of ``entity_name_words`` in any case form («Движения
    мусульманского единства», «Руху мусульманської єдності», "Muslim Unity Movement": movement muslim
    unity); else None."""
    words = _WORD.findall(name.lower())
    if len(words) < 2 or not any(_CYR_WORD.search(w) for w in words):
        return None
    out = []
    for w in words:
        if not _CYR_WORD.search(w):
            out.append(w.replace("'", "").replace("’", ""))
            continue
        got = next((v for stem, v in _name_word_stems() if w.startswith(stem) and len(w) - len(stem) <= 4), None)
        if got is None:
            return None
        out.append(got)
    return tuple(sorted(out))


_CYR_WORD = re.compile(r"[\u0400-\u04FF]")


def _loan_words(name: str) -> str:
    """``Бек Эйр`` -> ``Бек air``: loan words of a multiword name back in their English spelling."""
    loans = _loan_map()
    return " ".join(loans.get(w.lower(), w) for w in name.split())


# The key of a mention of the district around a town, written with the town's adjective («Ольмарского
# района»): its node is the town's gazetteer id with `_DISTRICT` (an entity of its own, never joined to
# the town: a cluster's gazetteer ids differ), named "<town> district", at the town's coordinates.
TOWN_DISTRICT = "#town-district"
_KK_LETTER = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_DISTRICT = "|district"
_ADJ_KEY = "ski"  # the key's end of a ru/uk place adjective and its Latin spellings (Olmarsky, Ольмарский, Ольмарський)


def mention_gid(m: Mention) -> str | None:
    """The gazetteer id of a mention's node: a town's district has the town's id with `_DISTRICT`."""
    if m.gazetteer_id and m.key == TOWN_DISTRICT:
        return m.gazetteer_id + _DISTRICT
    return m.gazetteer_id


def node_key(m: Mention) -> str:
    """The aggregation node of a mention (a pure function of its fields)."""
    if m.gazetteer_id:
        return f"g:{mention_gid(m)}"
    lemma = m.lemma or m.text
    if m.type == "person":
        parts = lemma.replace("’s", "").replace("ʼs", "").replace("'s", "").split()
        if len(parts) >= 2:
            return f"p:{first_name_key(parts[0])}|{surname_stem(parts[-1])}"
        return f"s:{surname_stem(parts[0])}" if parts else f"k:{compact(tkey(m.text))}"
    return f"k:{compact(m.key or tkey(lemma))}"


@functools.cache
def _district_heads() -> tuple[str, ...]:
    """Stems of the district words of every language (``entity_town_district_words``; kk: аудан)."""
    from .langdata import load_list

    return tuple(sorted({w.lower()[:5] for lang in ("ru", "uk", "kk", "en") for w in load_list(lang, "entity_town_district_words")}))


@functools.cache
def _initials_skip() -> frozenset[str]:
    """Function words an abbreviation by initials skips (``entity_initials_skip``, every language)."""
    from .langdata import load_list

    return frozenset(w.lower() for lang in ("ru", "uk", "kk", "en") for w in load_list(lang, "entity_initials_skip"))


@functools.cache
def _facility_words() -> frozenset[str]:
    """Facility head words of every language (``entity_facilities``), casefolded."""
    from .langdata import load_table

    return frozenset(row[0].casefold() for lang in ("ru", "uk", "kk", "en")
                     for row in load_table(lang, "entity_facilities") if row and row[0])


def _facility_node(n: _Node) -> bool:
    """A node of a named facility: a facility key, or names of two words or more ending in a facility word."""
    if n.key.startswith("k:#fac"):
        return True
    return any(len(p := lem.split()) >= 2 and p[-1].casefold() in _facility_words() for lem in n.lemmas)


@dataclass
class _Node:
    key: str
    count: int = 0
    forms: Counter = field(default_factory=Counter)
    lemmas: Counter = field(default_factory=Counter)
    types: Counter = field(default_factory=Counter)  # type -> summed evidence strength
    best: int = 0  # strongest evidence seen
    gid: str | None = None
    canonical: str | None = None
    names: Counter = field(default_factory=Counter)  # the mentions' canonical names (a landmark's "X (Town)")
    aliases: Counter = field(default_factory=Counter)  # other written forms of the name (`TaggedMention.alias`)
    lm_keys: Counter = field(default_factory=Counter)  # a landmark's spaced key (kind, then its words' stems)
    town_words: int = 0  # mentions with a settlement's word beside them (`TaggedMention.town_word`)

    @property
    def type(self) -> str:
        return self.types.most_common(1)[0][0] if self.types else "org"


class EntityLinker(FormLinks, CaseLinks, SiteLinks, ScriptLinks, ShortLongLinks, TownAreaLinks):
    """Aggregates mentions (``add``), clusters them (``resolve``) and labels mentions (``assign``)."""

    def __init__(self, gazetteer: Gazetteer | None = None, fuzzy_min: float = 90.0) -> None:
        self.gaz = gazetteer or default_gazetteer()
        self.fuzzy_min = fuzzy_min
        self.nodes: dict[str, _Node] = {}
        self.decisions: list[dict[str, str]] = []  # {"a", "b", "reason"}: every join made
        self.splits: set[str] = set()  # nodes a reviewer took out of their entity
        self.joins: list[tuple[str, str]] = []  # node pairs a reviewer joined
        self._parent: dict[str, str] = {}
        self._entity_of: dict[str, str] = {}
        self.page_aliases: dict[str, Counter] = {}  # node -> names pages show outside their text (`TaggedMention.page_aliases`)
        self.furniture: dict[str, _Node] = {}  # node -> forms and counts of the mentions in page furniture

    # -- aggregation ----------------------------------------------------------------------------
    def add(self, mentions: Iterable[Mention]) -> None:
        """Fold mentions into per-node counts; the mentions themselves are not kept."""
        for m in mentions:
            nk = node_key(m)
            n = self.nodes.get(nk)
            if n is None:
                n = self.nodes[nk] = _Node(nk, gid=mention_gid(m), canonical=m.canonical)
            n.count += 1
            n.forms[m.text] += 1
            n.lemmas[m.lemma or m.text] += 1
            if m.canonical:
                n.names[m.canonical] += 1
            if alias := getattr(m, "alias", ""):
                n.aliases[alias] += 1
            if getattr(m, "town_word", False):
                n.town_words += 1
            if nk.startswith(_LANDMARK) and m.key and " " in m.key:
                n.lm_keys[m.key] += 1
            for k, form in getattr(m, "page_aliases", ()):
                self.page_aliases.setdefault(k, Counter())[form] += 1
            s = _STRENGTH.get(getattr(m, "how", ""), 1)
            n.types[m.type] += s
            n.best = max(n.best, s)

    def add_furniture(self, mentions: Iterable[Mention]) -> None:
        """Fold the mentions of a page's furniture (read-also headlines, menus) aside: at `resolve` they
        add their forms and counts to a node the body's mentions made (the same node key: a town's case
        form written only in a read-also headline), never a node or a join of their own."""
        for m in mentions:
            nk = node_key(m)
            n = self.furniture.get(nk)
            if n is None:
                n = self.furniture[nk] = _Node(nk)
            n.count += 1
            n.forms[m.text] += 1

    # -- union-find -----------------------------------------------------------------------------
    def _find(self, a: str) -> str:
        p = self._parent
        while p[a] != a:
            p[a] = p[p[a]]
            a = p[a]
        return a

    def _gid(self, root: str) -> str | None:
        return self._cluster_gid.get(root)

    def _union(self, a: str, b: str, reason: str) -> bool:
        ra, rb = self._find(a), self._find(b)
        if ra == rb or a in self.splits or b in self.splits:
            return False
        ga, gb = self._gid(ra), self._gid(rb)
        if ga and gb and ga != gb and not reason.startswith(("review", "region-name", "homonym")):
            return False
        if self.nodes[rb].count > self.nodes[ra].count:
            ra, rb = rb, ra
        self._parent[rb] = ra
        # (`_link_region_names`: a's, the region's; `_link_homonym_places`: a's, the corpus's reading)
        self._cluster_gid[ra] = ga if reason == "region-name" or reason.startswith("homonym") else ga or gb
        if hasattr(self, "_size"):
            self._size[ra] += self._size.pop(rb, 0)
        self.decisions.append({"a": a, "b": b, "reason": reason})
        self._reason[b if self._find(b) == ra and b != ra else a] = reason
        return True

    # -- resolution -----------------------------------------------------------------------------
    def resolve(self) -> list[Entity]:
        """Cluster the aggregated nodes into entities (recomputed from scratch each call)."""
        from ._run_homonyms import rehome

        # a town read abroad: its namesake in the country the run's pages name (`_run_homonyms`)
        self.rehomed = {**getattr(self, "rehomed", {}), **rehome(self.nodes, self.gaz)}
        self._parent = {k: k for k in self.nodes}
        self._cluster_gid = {k: n.gid for k, n in self.nodes.items() if n.gid}
        self._reason: dict[str, str] = {}
        self._size: Counter = Counter()
        self.decisions = []
        for a, b in self.joins:
            if a in self.nodes and b in self.nodes:
                self._union(a, b, "review:join")
        self._move_district_aliases()
        self._move_town_district_aliases()
        self._split_town_areas()  # (`rashomon._entity_town_area`: "Olmar province" beside "the city of Olmar")
        self._link_gazetteer_keys()
        self._link_homonym_places()  # (`rashomon._entity_script`: one town, two homonyms read)
        self._link_quarters()
        self._link_region_names()
        self._link_concepts()
        self._link_persons()
        self._link_genitive_names()
        self._link_bare_surnames(self._full_names())
        self._link_person_towns()  # (`rashomon._entity_short_long`: "Dravec said", not a town Dravec)
        self._link_org_heads()
        self._link_town_surnames()
        self._link_place_surnames()
        self._link_landmark_first_names()
        self._link_spellings()
        self._link_company_tails()
        self._link_case_forms()
        self._link_same_surface()
        self._link_place_surfaces()
        self._link_written_names()
        self._link_script_spellings()
        self._link_same_institution()
        self._link_landmark_names()
        self._link_water_stems()
        self._link_site_adjectives()
        self._link_case_aliases()
        self._link_stem_phrases()
        self._link_initials()
        self._link_fuzzy()
        self._link_cyrillic_spellings()  # (`rashomon._entity_script`: «Дравенен» / «Дравенін»)
        self._link_cross_script()  # (`rashomon._entity_script`: one name in Cyrillic and in Latin letters)
        self._link_short_long()  # (`rashomon._entity_short_long`: "Velmora" / "Velmora Concert Hall")
        return self._script_forms(self._entities())

    def _move_district_aliases(self) -> None:
        """A town's name written with a district word after it («Ольмар ауданында»: the town's mention,
        the phrase its alias) is a form of the district around the town when the corpus names that
        district by the town's adjective too («Ольмарского района»): the alias moves to the district.
        So does a Kazakh region adjective's phrase («Ольмар облыстық») to the region the corpus names."""
        heads = _district_heads()
        for k, n in sorted(self.nodes.items()):
            d = self.nodes.get(f"{k}{_DISTRICT}") if k.startswith("g:") else None
            if d is None:
                continue
            for a in [a for a in n.aliases if len(w := a.split()) >= 2 and w[-1].lower().startswith(heads)]:
                d.aliases[a] += n.aliases.pop(a)
        regions = load_map("kk", "entity_region_adjectives")  # «Ольмар облыстық»: the region's, not its town's
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("g:") or not n.aliases or _DISTRICT in k:
                continue
            for a in [a for a in n.aliases if len(w := a.split()) == 2 and w[1].lower() in regions]:
                w = a.split()
                ids = [i for i in self.gaz.lookup(tkey(f"{w[0]} {regions[w[1].lower()]}")) if f"g:{i}" in self.nodes]
                if len(ids) == 1 and f"g:{ids[0]}" != k:
                    self.nodes[f"g:{ids[0]}"].aliases[a] += n.aliases.pop(a)

    def _move_town_district_aliases(self) -> None:
        """A place's name written with a district word after it («Ольмар ауданында»: the mention is the
        name, the phrase its alias) is a form of the district around the town of that name when the corpus
        names that district by the town's adjective too («Ольмарского района»: `TOWN_DISTRICT`); the bare
        name stays where it was (the town, for the texts that name it alone)."""
        districts = {n.gid.removesuffix(_DISTRICT): k for k, n in self.nodes.items() if n.gid and n.gid.endswith(_DISTRICT)}
        if not districts:
            return
        heads = _district_heads()
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.type != "place":
                continue
            moved = [a for a in n.aliases if len(w := a.split()) >= 2 and w[-1].lower().startswith(heads)]
            for lemma in n.lemmas if moved else ():
                ids = [i for i in self.gaz.lookup(tkey(lemma)) if i in districts]
                if len(ids) == 1:
                    for a in moved:
                        self.nodes[districts[ids[0]]].aliases[a] += n.aliases.pop(a)
                    break

    def _link_gazetteer_keys(self) -> None:
        """A ``k:`` place/weak node whose key the gazetteer knows joins the one corpus node of that id."""
        gnodes = {n.gid: k for k, n in self.nodes.items() if n.gid}
        heads = _district_heads()
        has_district = any(g.endswith(_DISTRICT) for g in gnodes)
        for k, n in self.nodes.items():
            if not k.startswith("k:") or k.startswith("k:#") or (n.type != "place" and n.best > 1):
                continue
            worded = [len(w := f.split()) >= 2 and w[-1].lower().startswith(heads) for f in n.forms]
            keys = [tkey(lemma) for lemma in n.lemmas]
            adjective = all(" " not in x and x.endswith(_ADJ_KEY) for x in keys)
            if has_district and worded and (all(worded) or adjective and any(worded)):
                # "Olmar district" written with its district word, or "Olmarsky district" by the town's
                # adjective in Latin letters (its bare «Олмарский» too): the district around the town when
                # the corpus has it (`TOWN_DISTRICT`, «Ольмарского района»), not the town
                if adjective:  # the town's key from its adjective's: Olmar-sky, Olmarsk-y, Olma-insky, Olmat-sky
                    keys = [y for x in keys for a in (x[:-len(_ADJ_KEY)],)
                            for y in (a, a + "sk", a[:-2] + "a" if a.endswith("in") else a, a + "t")]
                ids = {i for x in keys for i in self.gaz.lookup(x) if f"{i}{_DISTRICT}" in gnodes}
                if len(ids) == 1:
                    i = ids.pop()
                    self._union(gnodes[f"{i}{_DISTRICT}"], k, f"gazetteer:{i}{_DISTRICT}")
                    continue
            for lemma in n.lemmas:
                ids = [i for i in self.gaz.lookup(tkey(lemma)) if i in gnodes]
                if len(ids) == 1:
                    self._union(gnodes[ids[0]], k, f"gazetteer:{ids[0]}")
                    break

    def _link_quarters(self) -> None:
        """A town's quarter named after "на" («на Дубровке», `rashomon._entity_retype.VenueOn`) is what
        the corpus's other mentions of that name mean («Дубровка», "Dubrovka"), read by the gazetteer as a
        small town elsewhere: the one quarter of that stem takes them."""
        quarters = [k for k in self.nodes if k.startswith("k:#lmquarter")]
        if not quarters:
            return
        from ._entity_names import name_stem

        by_stem: dict[str, list[str]] = {}
        for q in quarters:
            by_stem.setdefault(q[len("k:#lmquarter"):], []).append(q)
        for k, n in sorted(self.nodes.items()):
            if not n.gid or not k.startswith("g:"):
                continue
            place = self.gaz.place(n.gid)
            if place is None or place.kind != "city" or place.population >= 1_000_000 or " " in place.name.strip():
                continue
            qs = by_stem.get(name_stem(word_key(_ascii_name(place.name).lower())), [])
            if len(qs) == 1 and self._union(qs[0], k, f"quarter:{qs[0][2:]}"):
                self._cluster_gid[self._find(k)] = None  # (the quarter's town names it, not the village's place)

    def _link_concepts(self) -> None:
        """A bare known name (``#org un``) joins its country-qualified node (``#org un@kz``) when the
        corpus qualifies it with one country only."""
        qualified: dict[str, list[str]] = {}
        for k in self.nodes:
            if k.startswith("k:#") and "@" in k:
                qualified.setdefault(k.split("@", 1)[0], []).append(k)
        for base, ks in qualified.items():
            if base in self.nodes and len(ks) == 1:
                self._union(ks[0], base, f"concept:{ks[0][2:]}")

    def _full_names(self) -> dict[str, set[str]]:
        """Surname stem -> the full-name (``p:``) nodes of that surname."""
        full: dict[str, set[str]] = {}
        for k in self.nodes:
            if k.startswith("p:"):
                full.setdefault(k.split("|", 1)[1], set()).add(k)
        return full

    def _link_persons(self) -> None:
        full = self._full_names()
        flat: dict[str, str] = {}
        for k in self.nodes:
            if k.startswith("p:"):
                flat.setdefault(k[2:].replace("|", ""), k)
        for k, n in self.nodes.items():  # "Irina Li" read as a two-word name without evidence of a type
            if k.startswith("k:") and n.best <= 1 and k[2:] in flat:
                self._union(flat[k[2:]], k, "translit-key")
        self._link_latin_persons(full, flat)
        for k, n in self.nodes.items():
            # "Тимура Белова" could be a name in the genitive, "Александра Белова" a woman's name or the genitive of "Александр Белов": with
            # the masculine name in the corpus and no form that only a woman's name has, the latter
            first, _, stem = k[2:].partition("|")
            other = f"p:{_first_name_variants().get(first[:-1], first[:-1])}|{stem}"
            if k.startswith("p:") and first.endswith("a") and len(first) > 3 and other in self.nodes \
                    and all(gender(f.split()[-1]) is None and f.split()[-1].lower().endswith(("а", "я"))
                            for f in n.forms):
                self._union(other, k, "case-form")
        surface: dict[tuple[str, str], str] = {}  # (first name, surname stem) of each full name as written
        for k, n in sorted(self.nodes.items()):
            if k.startswith("p:"):
                for f in n.forms:
                    parts = f.split()
                    if len(parts) >= 2:
                        surface.setdefault((first_name_key(parts[0]), surname_stem(parts[-1])), k)
        for k, n in sorted(self.nodes.items()):
            # a lemmatizer's guess may mangle an unknown name ("Ільназа Галявієва" -> "Галявіїв"): the
            # surface form read as the genitive of a name the corpus has (Ильназ Галявиев) joins it
            if not k.startswith("p:") or not all(
                    gender(f.split()[-1]) is None and f.split()[-1].lower().endswith(("а", "я")) for f in n.forms):
                continue  # (a form only a woman's name has: no genitive of a man's)
            for f in n.forms:
                parts = f.split()
                if len(parts) < 2:
                    continue
                first = first_name_key(parts[0])
                if first.endswith("a") and len(first) > 3:
                    names = (first[:-1],)
                elif first.endswith("i") and len(first) > 4 and parts[0][-1:].lower() in "ыи":
                    names = (first[:-1] + "a", first[:-1] + "ia")  # «Никиты Хрущёва», «Ильи Белова»: a first name in -а/-я
                else:
                    continue
                for name in names:
                    name = _first_name_variants().get(name, name)
                    other = f"p:{name}|{surname_stem(parts[-1])}"
                    other = other if other in self.nodes else surface.get((name, surname_stem(parts[-1])))
                    if other and other != k:
                        break
                if other and other != k:
                    self._union(other, k, "case-form")
                    break
        for k, n in sorted(self.nodes.items()):
            # an initial H the Cyrillic spelling drops ("Nairi Hunanyan", «Наири Унанян»; Hakobyan,
            # Акопян): the same first name and the surname without it
            first, _, stem = k[2:].partition("|")
            if k.startswith("p:") and len(stem) > 5 and stem[0] == "h" and stem[1] in "aeiou" \
                    and all(_LATIN.match(f) for f in n.forms):
                other = f"p:{first}|{stem[1:]}"
                if other in self.nodes and not all(_LATIN.match(f) for f in self.nodes[other].forms) \
                        and self._find(other) != self._find(k):
                    self._union(other, k, "translit-h")
        self._link_ascii_names()
        self._link_surname_full_names(full)
        self._link_person_scripts()  # (before the surnames alone: one owner in two scripts is one owner)
        self._link_first_spellings()  # (... and so is one owner under two readings of the first name)
        self._link_bare_surnames(full)

    def _link_bare_surnames(self, full: dict[str, set[str]]) -> None:
        """A surname alone joins the one person of the corpus with that surname (its full names, of
        every case and spelling, already one entity); called again once the genitive full names have
        joined their nominatives (`_link_genitive_names`): «Ибрахима Велади» beside «Ибрахим Велади»
        is one owner of «Велади», not two."""
        for k, _n in sorted(self.nodes.items(), key=lambda kv: (-kv[1].count, kv[0])):
            if not k.startswith("s:"):
                continue
            mine = {gender(f.split()[-1]) for f in self.nodes[k].forms} - {None}
            owners = {o for o in full.get(k[2:], set())
                      if not mine or not ({gender(f.split()[-1]) for f in self.nodes[o].forms} - {None}) - mine}
            roots = {self._find(o) for o in owners}
            if len(roots) == 1:
                owner = max(sorted(owners), key=lambda o: self.nodes[o].count)  # (sorted: ties never hang on set order)
                name = self.nodes[owner].lemmas.most_common(1)[0][0]
                self._union(owner, k, f"surname-of:{name}")

    def _link_surname_full_names(self, full: dict[str, set[str]]) -> None:
        """Two capitalized words read as a name of nothing in particular (``multiword``: a foreign
        first name no list knows, «Дарье Велади», "Marsa Veladi") whose last word is the surname a
        person of the corpus is named by alone (``s:``, "Veladi said") and no full name of the corpus
        has: that person's full name (in either script: the surname's key is the same)."""
        surnames = {k[2:]: k for k, n in self.nodes.items() if k.startswith("s:") and n.type == "person" and n.best >= 2}
        if not surnames:
            return
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.best > 1 or "person" in n.types:
                continue
            lemma = n.lemmas.most_common(1)[0][0] if n.lemmas else ""
            parts = lemma.split()
            if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() and p.isalpha() for p in parts):
                continue
            stem = surname_stem(parts[1])
            s_key = surnames.get(stem)
            if s_key is None or full.get(stem) or self.gaz.lookup(tkey(lemma)):
                continue
            if self._union(s_key, k, "surname-full-name"):
                n.types["person"] += 2  # (the evidence a person's surname gives: `_STRENGTH` of "person")

    def _link_ascii_names(self) -> None:
        """A person's name written with its diacritics and without them (Françoise Velard, Francoise
        Velard) is one name: a full name or a surname alone whose Latin letters, folded to ASCII, key
        as another node of the corpus joins it."""
        from anyascii import anyascii

        for k, n in sorted(self.nodes.items()):
            if not k.startswith(("p:", "s:")):
                continue
            for lem in n.lemmas:
                if lem.isascii() or not _latin_name(lem):
                    continue
                parts = anyascii(lem).split()
                if k.startswith("p:") and len(parts) >= 2:
                    other = f"p:{first_name_key(parts[0])}|{surname_stem(parts[-1])}"
                elif k.startswith("s:") and len(parts) == 1:
                    other = f"s:{surname_stem(parts[0])}"
                else:
                    continue
                if other != k and other in self.nodes:
                    self._union(other, k, "ascii-spelling")
                    break

    def _country_word(self, word: str) -> bool:
        """Whether ``word`` names a country, in its written case form (Азербайджана, Грузії, Ресейдің)."""
        if not word[:1].isupper() or word.isupper() or len(word) < 4:
            return False
        k = compact(tkey(word))
        for stem in dict.fromkeys((k, k[:-1], k[:-2], k[:-1] + "a", k[:-1] + "ia")):
            if len(stem) >= 4 and any((p := self.gaz.place(i)) is not None and p.kind == "country"
                                      for i in self.gaz.lookup(stem)):
                return True
        return False

    def _link_org_heads(self) -> None:
        """An organisation's name without its country («Народного фронта», «Верховного суда») is the one
        organisation of the corpus written with that name and a country after it («Народный фронт
        Азербайджана»): the same words keyed, plus one country word."""
        heads: dict[str, list[str]] = {}
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type != "org":
                continue
            for lem in n.lemmas:
                parts = lem.split()
                if len(parts) >= 3 and parts[0][:1].isupper() and self._country_word(parts[-1]):
                    heads.setdefault(compact(tkey(" ".join(parts[:-1]))), []).append(k)
                    break
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type != "org":
                continue
            full = sorted(set(heads.get(k[2:], ())))
            if len(full) == 1 and all(len(lem.split()) >= 2 for lem in n.lemmas) and \
                    len({self._find(f) for f in full}) == 1:
                self._union(full[0], k, "org-head")

    def _link_latin_persons(self, full: dict[str, set[str]], flat: dict[str, str]) -> None:
        """A name in Latin letters read as a place or an organisation from weak context ("the head of the
        region Kyrylenko", "party, [[Muhammad Salih]]") is the person the corpus names in Cyrillic when its
        key is that person's full name or, a single word, the surname of one person only, and the
        gazetteer does not know it. A name of three words or more (a middle name: no full-name key has
        it) is the person whose full name the corpus reads as a person written exactly so."""
        by_lemma: dict[str, set[str]] = {}
        for k, n in self.nodes.items():
            if k.startswith("p:"):
                for lem in n.lemmas:
                    by_lemma.setdefault(lem.casefold(), set()).add(k)
        written = {lem: min(ks) for lem, ks in by_lemma.items() if len(ks) == 1}
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.best > 2 or "person" in n.types:
                continue
            lemma = n.lemmas.most_common(1)[0][0] if n.lemmas else ""
            if not lemma or not all(_LATIN.match(f) for f in n.forms) or self.gaz.lookup(tkey(lemma)):
                continue
            parts = lemma.split()
            if len(parts) >= 2:
                if k[2:] in flat:
                    self._union(flat[k[2:]], k, "translit-key")
                elif len(parts) >= 3 and (owner := written.get(lemma.casefold())):
                    self._union(owner, k, "person-written")  # ("Dara Lin Veladi": first name, middle name, surname)
                continue
            owners = full.get(surname_stem(parts[0]), set())
            if len({self._find(o) for o in owners}) != 1:
                continue
            owner = max(sorted(owners), key=lambda o: self.nodes[o].count)
            if all(_LATIN.match(f) for f in self.nodes[owner].forms):
                continue  # (the English text itself names the person: its own reading stands)
            self._union(owner, k, f"surname-of:{self.nodes[owner].lemmas.most_common(1)[0][0]}")

    def _link_spellings(self) -> None:
        """Names of several words, not people nor gazetteer places, that differ only in letter case
        once written in Latin letters ('Kylym shamy', «Кылым шамы», 'Kylym Shamy') are one name."""
        by_form: dict[str, list[str]] = {}
        for k, n in self.nodes.items():
            if not k.startswith("k:") or k.startswith("k:#") or n.type == "person":
                continue
            for lem in n.lemmas:
                if " " in lem.strip():
                    form = latin(_loan_words(lem)).replace("'", "").replace("’", "").casefold()
                    by_form.setdefault(form, []).append(k)
                    # word for word, in any order and case («Движения мусульманского единства»,
                    # "Muslim Unity Movement"): the sorted English words meet
                    tr = translated_name(lem)
                    sorted_form = " ".join(tr) if tr else " ".join(sorted(form.split()))
                    if sorted_form != form:
                        by_form.setdefault(sorted_form, []).append(k)
        for form, ks in sorted(by_form.items()):
            for other in sorted(set(ks))[1:]:
                first = min(ks)
                if self._type_of(first) == self._type_of(other):
                    self._union(first, other, f"spelling:{form}")
        # ё written as е (Шахтёр, Шахтер, Shakhtyor), Russian ч for Kazakh ш (Масанчи, Масаншы;
        # Чимкент, Шымкент): the keys differ only there
        by_yo: dict[str, list[str]] = {}
        for k, n in self.nodes.items():
            if k.startswith("k:") and not k.startswith("k:#") and n.type != "person" and ("io" in k or "ch" in k or "sh" in k):
                by_yo.setdefault(_CH_FOLD.sub("", _YO.sub("e", k[2:]).replace("ch", "sh")), []).append(k)
        for folded, ks in sorted(by_yo.items()):
            plain = f"k:{folded}"
            if plain not in self.nodes and len(ks) > 1:
                plain = min(ks)
            if plain in self.nodes and self._type_of(plain) != "person":
                for k in sorted(ks):
                    if k != plain and self._type_of(k) == self._type_of(plain):
                        self._union(plain, k, "spelling:yo" if "io" in k or "io" in plain else "spelling:ch")

    def _link_company_tails(self) -> None:
        """An organisation written with a closing company word (``entity_company_tails``: "SCAT
        Airlines", «Бек Эйр Групп») or with the place of its branch after its name (`_branch_place`)
        joins the one organisation written without it (SCAT, Bek Air)."""
        from .langdata import load_list

        tails = frozenset(load_list(None, "entity_company_tails"))
        by_name: dict[str, set[str]] = {}
        for k, n in self.nodes.items():
            if k.startswith("k:") and not k.startswith("k:#") and n.type == "org":
                for lem in n.lemmas:
                    by_name.setdefault(latin(_loan_words(lem)).casefold(), set()).add(k)
        for name, ks in sorted(by_name.items()):
            head, _, tail = name.rpartition(" ")
            reason = f"company-tail:{tail}"
            if tail not in tails:
                head, _, tail = max(name.rpartition(" "), name.rpartition("-"), key=lambda t: len(t[0]))
                reason = f"place-tail:{tail}"
                if not self._branch_place(tail):
                    continue
            if len(head) < 3:
                continue
            owners = by_name.get(head, set()) - ks
            if len({self._find(o) for o in owners}) == 1:
                for k in sorted(ks):
                    self._union(min(owners), k, reason)

    def _branch_place(self, word: str) -> bool:
        """``word`` names a country, a region or a city of 100,000 people or more: the place of an
        organisation's branch or office written after its name ("Velnet Kazakhstan", "Velnet-Ukraine",
        "Velmet Karaganda"), which joins the organisation the corpus writes without it."""
        if len(word) < 4:
            return False
        for pid in self.gaz.lookup(tkey(word))[:3]:
            p = self.gaz.place(pid)
            if p is not None and (p.kind in ("country", "region") or p.population >= 100000):
                return True
        return False

    def _link_landmark_names(self) -> None:
        """A facility's bare name («Кредмаш» at the plant, "Kredmash" elsewhere) joins the landmark
        whose mention is that very name (``Кредмаш`` of «завод «Кредмаш»»): same word stems, one
        landmark only."""
        from ._entity_names import name_stem

        def sig(text: str) -> tuple[str, ...]:
            return tuple(name_stem(word_key(w.lower())) for w in text.split() if w)

        marks: dict[tuple[str, ...], set[str]] = {}
        for k, n in self.nodes.items():
            if k.startswith(_LANDMARK):
                for f in n.forms:
                    marks.setdefault(sig(f), set()).add(k)
        if not marks:
            return
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.type == "person" or n.gid:
                continue
            for lem in n.lemmas:
                owners = marks.get(sig(lem), set())
                if len({self._find(o) for o in owners}) == 1:
                    self._union(min(owners), k, "landmark-name")
                    break

    def _link_water_stems(self) -> None:
        """A water body named by its place's adjective («Керченский пролив»: kerchen) and by the
        place itself (Kerch Strait: kerch): landmark keys of one water concept whose name stems
        differ by a derivation suffix only (one starts the other, at most three letters more) join."""
        from ._entity_known import WATER

        heads = sorted(WATER, key=len, reverse=True)
        by_head: dict[str, list[tuple[str, str]]] = {}
        for k in self.nodes:
            if k.startswith(_LANDMARK):
                rest = k[len(_LANDMARK):]
                head = next((h for h in heads if rest.startswith(h)), None)
                if head and len(rest) - len(head) >= 4:
                    by_head.setdefault(head, []).append((rest[len(head):], k))
        for head, items in sorted(by_head.items()):
            items.sort()
            for i, (a, ka) in enumerate(items):
                for b, kb in items[i + 1:]:
                    if not b.startswith(a):
                        break  # (sorted: the stems that start with ``a`` come right after it)
                    if len(b) - len(a) <= 3:
                        self._union(ka, kb, f"water:{head}")

    def _link_initials(self) -> None:
        """An abbreviation (НЭВЗ) joins the one multi-word organisation of the corpus whose initials
        it spells («Новочеркасском электровозостроительном заводе»; `initials_match`)."""
        from ._entity_abbrev import initials_cost

        abbrs = sorted(k for k, n in self.nodes.items() if k.startswith("k:") and not k.startswith("k:#")
                       and not n.gid and n.type == "org" and all(_abbreviation(f) for f in n.forms))
        if not abbrs:
            return
        names: dict[str, list[tuple[str, str, int]]] = {}  # first letter -> (form, node, words)
        abbr_set = set(abbrs)
        skip = _initials_skip()
        for k, n in sorted(self.nodes.items()):
            if n.type == "org" and not n.gid and k not in abbr_set:
                for f in n.forms:
                    if 2 <= (nw := len(f.split())) <= 7 and not _abbreviation(f):
                        names.setdefault(latin(f[:1]).lower()[:1], []).append((f, k, nw))
                        # ... and without its function words ("Board of Inquiry": BI)
                        if len(bare := [w for w in f.split() if w.lower() not in skip]) != nw and len(bare) >= 2:
                            names.setdefault(latin(bare[0][:1]).lower()[:1], []).append((" ".join(bare), k, len(bare)))
        for a in abbrs:
            form = next(iter(self.nodes[a].forms))
            costs: dict[str, int] = {}  # root -> fewest letters from inside words (BPD: Brinmouth Police
            for f, k, nw in names.get(latin(form[:1]).lower()[:1], []):  # Department 0, Brinmouth PD 1)
                if nw <= len(form) and (c := initials_cost(form, f)) is not None:
                    r = self._find(k)
                    costs[r] = min(c, costs.get(r, c))
            roots = {r for r, c in costs.items() if c == min(costs.values(), default=0)}
            if len(roots) == 1:
                self._union(roots.pop(), a, "initials")
        self._link_tail_initials(names)

    def _link_tail_initials(self, names: dict[str, list[tuple[str, str, int]]]) -> None:
        """An organisation named by its leading words and an abbreviation of the rest ("Vantor PD")
        joins the one organisation whose name has the same leading words and
        then words the abbreviation spells, letter by letter ("Vantor Police Department")."""
        from ._entity_abbrev import initials_cost

        for k, n in sorted(self.nodes.items()):
            if not k.startswith("k:") or k.startswith("k:#") or n.gid or n.type != "org":
                continue
            form = n.forms.most_common(1)[0][0]
            *lead, abbr = form.split()
            if not lead or not _abbreviation(abbr) or any(_abbreviation(w) for w in lead):
                continue
            roots = set()
            for f, o, _nw in names.get(latin(form[:1]).lower()[:1], []):
                ws = f.split()
                if o != k and ws[:len(lead)] == lead and len(ws) - len(lead) >= 2 \
                        and initials_cost(abbr, " ".join(ws[len(lead):])) == 0:
                    roots.add(self._find(o))
            if len(roots) == 1:
                self._union(roots.pop(), k, "initials")

    def _type_of(self, k: str) -> str:
        return self.nodes[k].type

    def _link_fuzzy(self) -> None:
        from rapidfuzz import fuzz

        self._type = {k: n.type for k, n in self.nodes.items()}
        cands = [(k, k[2:]) for k, n in self.nodes.items()
                 if k[0] in "kg" and len(k) > 2 and self._type[k] != "person" and not k.startswith("k:#")]
        keys_of: dict[str, list[str]] = {}
        for k, n in self.nodes.items():
            if k.startswith("g:"):
                keys_of[k] = sorted({compact(tkey(lem)) for lem in n.lemmas})
            elif k.startswith("k:"):
                keys_of[k] = [k[2:]]
        blocks: dict[str, list[tuple[str, str]]] = {}  # block -> (key, node); names share a start or an end
        for k, _ in cands:
            for ck in keys_of.get(k, []):
                for b in {f"^{ck[:2]}", f"${ck[-4:]}"}:
                    blocks.setdefault(b, []).append((ck, k))
        self._choices = {b: [ck for ck, _ in v] for b, v in blocks.items()}
        order = sorted((k for k, _ in cands if k.startswith("k:")), key=lambda k: (-self.nodes[k].count, k))
        self._size = Counter()
        for k, n in self.nodes.items():
            self._size[self._find(k)] += n.count
        for _pass in range(3):  # a join can make a later candidate unique
            if not any([self._fuzzy_one(k, blocks, keys_of, fuzz) for k in order]):
                break

    def _fuzzy_one(self, k: str, blocks: dict[str, list[tuple[str, str]]], keys_of: dict[str, list[str]],
                   fuzz) -> bool:
        """Join node k to the one better-attested cluster it is a plausible misspelling of."""
        from rapidfuzz import process

        src = k[2:]
        if len(src) < 6 or self.gaz.lookup(src) or self._gid(self._find(k)):
            return False
        hits: dict[str, float] = {}
        for b in {f"^{src[:2]}", f"${src[-4:]}"}:
            block = blocks.get(b, [])
            near = process.extract(src, self._choices[b], scorer=fuzz.ratio, score_cutoff=80, limit=None) if block else []
            for ok, _, idx in near:
                o = block[idx][1]
                ro = self._find(o)
                if o == k or ro == self._find(k) or self._type[o] != self._type[k]:
                    continue
                if not self._gid(ro) and self._size.get(ro, 0) <= self.nodes[k].count:
                    continue  # misspellings are read against a better-attested name, never each other
                score = _similar(src, ok, fuzz, self.fuzzy_min)
                if score:
                    hits[ro] = max(hits.get(ro, 0.0), score)
        if len(hits) == 1:
            (root, score), = hits.items()
            return self._union(root, k, f"fuzzy:{score:.0f}")
        return False

    # -- output ---------------------------------------------------------------------------------
    def _entities(self) -> list[Entity]:
        clusters: dict[str, list[str]] = {}
        for k in self.nodes:
            clusters.setdefault(self._find(k), []).append(k)
        out = []
        self._entity_of = {}
        named = {k for d in self.decisions if d["reason"] in ("landmark-name", "person-town") or d["reason"].startswith("quarter:")
                 for k in (d["a"], d["b"])}  # a landmark's bare name; a quarter's name the gazetteer read as a village; a person's surname read as a town
        named |= getattr(self, "short_named", set())  # (a landmark's short name: "X mine (Town)" stays; `_link_short_long`)
        bare_of_town: dict[str, list[str]] = {}  # a town's id -> its district's adjective alone (`TOWN_DISTRICT`)
        district_of_town: dict[str, Entity] = {}  # a town's id -> the entity of the district around it
        for members in clusters.values():
            ns = [self.nodes[k] for k in members]
            votes: Counter = Counter()
            for n in ns:
                votes.update(n.types)
            gid = self._cluster_gid.get(self._find(members[0])) or next((n.gid for n in ns if n.gid and n.key not in named), None)
            typ = "place" if gid else votes.most_common(1)[0][0]
            town = self.gaz.place(gid.removesuffix(_DISTRICT)) if gid and gid.endswith(_DISTRICT) else None
            if town is not None:
                gid = None  # (the district around a town: the town's coordinates, no gazetteer id of its own)
            elif gid and gid.endswith(AREA):
                gid = None  # (the area named after a town: `_entity_town_area`)
            place = self.gaz.place(gid) if gid else None
            forms: Counter = Counter()
            for n in ns:
                forms.update(n.forms)
            extra: Counter = Counter()  # the forms page furniture writes of these nodes (after the body's)
            for n in ns:
                if (fn := self.furniture.get(n.key)) is not None:
                    extra.update(f for f in fn.forms.elements() if f not in forms)
            canonical = self._canonical(ns, typ, place)
            if town is not None:
                canonical = f"{self._place_name(ns, town)} district"
            if place is None and typ == "place" and all(n.key.startswith(_LANDMARK) or n.key in named for n in ns):
                canonical = _in_town(canonical, ns)
            ent = Entity(
                id=stable_id("ent", typ, min(members)), canonical=canonical,
                type=typ, forms=[f for f, _ in forms.most_common()] + [f for f, _ in extra.most_common()],
                lat=(place or town).lat if place or town else None, lon=(place or town).lon if place or town else None,
                gazetteer_id=gid, country=(place or town).country if place or town else None,
                mentions=sum(n.count for n in ns) + sum(self.furniture[n.key].count for n in ns if n.key in self.furniture),
                merges=self._merges(ns))
            for n in ns:
                for f in (self.furniture[n.key].forms if n.key in self.furniture else ()):
                    if f in extra:
                        ent.merges.append({"form": f, "reason": "furniture", "node": n.key})
            for f, b in _bare_names(ent.forms, typ, ns, self.gaz):  # "Жамбыл облысындағы": "Жамбыл" is a form too
                if town is not None and f"g:{town.id}" in self.nodes:
                    bare_of_town.setdefault(town.id, []).append(b)  # («Ольмарском» alone: the town the corpus names)
                    continue
                ent.forms.append(b)
                ent.merges.append({"form": b, "reason": "bare-name", "node": next(
                    (n.key for n in ns if f in n.forms), ns[0].key)})
            for n in ns:  # [[Кочарян, Роберт Седракович|Роберт Кочарян]]: the link's target is a name of it too
                for a in (link_target_names(n.names) if n.key.startswith(("p:", "s:")) else ()):
                    if a not in ent.forms:
                        ent.forms.append(a)
                        ent.merges.append({"form": a, "reason": "link-target", "node": n.key})
                for a in sorted({*n.aliases, *self.page_aliases.get(n.key, ())}):  # [[Киргизия|Киргизии]], «Мақтаарал ауданына»
                    if a not in ent.forms:
                        ent.forms.append(a)
                        ent.merges.append({"form": a, "reason": "alias", "node": n.key})
            for k in members:
                self._entity_of[k] = ent.id
            out.append(ent)
            if town is not None:
                district_of_town[town.id] = ent
        for tid, dist in district_of_town.items():  # a town only Kazakh text names: a Kazakh district is
            t = next((e for e in out if e.gazetteer_id == tid), None)  # called by its bare name (Ольмарда)
            if t is None or not t.forms or not all(_KK_LETTER.search(f) for f in t.forms):
                continue
            dist.forms += [f for f in t.forms if f not in dist.forms]
            dist.merges += [{**m, "reason": "town-district"} for m in t.merges]
            dist.mentions += t.mentions
            for k, v in list(self._entity_of.items()):
                if v == t.id:
                    self._entity_of[k] = dist.id
            out.remove(t)
        for tid, bs in bare_of_town.items():
            ent = next((e for e in out if e.gazetteer_id == tid), None) or district_of_town.get(tid)
            for b in bs if ent is not None else ():
                if b not in ent.forms:
                    ent.forms.append(b)
                    ent.merges.append({"form": b, "reason": "bare-name", "node": f"g:{tid}"})
        owner = {f: self._entity_of[k] for k, n in self.nodes.items() for f in n.forms}
        for ent in out:  # an alias that another entity's mentions write is that entity's form only
            if any(m["reason"] == "alias" and owner.get(m["form"], ent.id) != ent.id for m in ent.merges):
                gone = {m["form"] for m in ent.merges if m["reason"] == "alias" and owner.get(m["form"], ent.id) != ent.id}
                ent.forms = [f for f in ent.forms if f not in gone]
                ent.merges = [m for m in ent.merges if not (m["reason"] == "alias" and m["form"] in gone)]
        drop_owned_bare_names(out, owner)
        self._case_forms(out)
        out.sort(key=lambda e: (-e.mentions, e.canonical))
        return out

    def _case_forms(self, out: list[Entity]) -> None:
        """A person's surname alone and a country named in a case form inside a longer name are forms
        of their entities too (`rashomon._entity_link_cases`)."""
        persons: dict[str, dict[str, str]] = {}
        countries: dict[str, set[str]] = {}
        for k, n in sorted(self.nodes.items()):
            eid = self._entity_of.get(k)
            if (k.startswith("p:") or (k.startswith("k:") and not k.startswith("k:#"))) and k not in self.genitive_nodes:
                for lem in n.lemmas:  # (a full name typed otherwise in one text that joined a person)
                    persons.setdefault(eid, {}).setdefault(lem, k)
            elif n.gid and (p := self.gaz.place(n.gid)) is not None and p.kind == "country":
                countries.setdefault(eid, set()).update(compact(tkey(lem)) for lem in n.lemmas if " " not in lem.strip())
        surname_forms(out, persons)
        country_forms(out, countries)

    def _merges(self, ns: list[_Node]) -> list[dict[str, str]]:
        out = []
        for n in ns:
            main = n.lemmas.most_common(1)[0][0]
            for f in n.forms:
                if n.key in self._reason:
                    reason = self._reason[n.key]
                elif n.gid:
                    reason = f"gazetteer:{n.gid}"
                elif n.key.startswith("k:#"):
                    reason = f"known-name:{n.key[2:]}"  # a listed name or landmark (entity_org_names)
                else:
                    reason = "lemma" if tkey(f) == tkey(main) or f == main else "translit-key"
                out.append({"form": f, "reason": reason, "node": n.key})
        return out

    def _canonical(self, ns: list[_Node], typ: str, place) -> str:
        if place is not None:
            return self._place_name(ns, place)
        pool = [n for n in ns if n.key.startswith("p:") and n.key not in getattr(self, "genitive_nodes", ())] if typ == "person" else [
            n for n in ns if not n.key.startswith(("p:", "s:"))]  # (a place's name, not a person's lemma of it)
        pool = nominative_nodes(pool or ns) if typ == "person" else pool or ns
        lemmas: Counter = Counter()
        for n in pool:
            lemmas.update(n.lemmas)
        latin_forms = [(c, any(a.islower() and b.isupper() for a, b in zip(lem, lem[1:], strict=False)), lem)
                       for lem, c in lemmas.items() if _LATIN.match(lem)]
        if latin_forms:  # most frequent Latin form; on a tie the CamelCase spelling (KazMunayGas)
            return max(latin_forms)[2]
        if typ == "person" and (spelled := Counter(c for n in pool for c in n.names.elements() if c not in link_target_names(n.names))):
            return min(spelled.items(), key=lambda kv: (-kv[1], kv[0]))[0]  # (a Ukrainian's: Serhiy Morhunov)
        best = lemmas.most_common(1)[0][0]
        if typ == "person":
            best = masculine_name(best, {f for n in ns for f in n.forms})
        return latin(best).replace("'", "").replace("’", "")

    def _place_name(self, ns: list[_Node], place) -> str:
        """The English name of a gazetteer place: the spelling the corpus's own Latin-script pages
        write most often among the gazetteer's names of this place and the spellings of its phonetic
        key (Velmora for a gazetteer's Vyelmora, Brašov for Brashov: `corpus_spelling`), else the
        gazetteer's name in ASCII (Rushon, not Rŭshon). A place of a country listed in
        ``place_name_romanized_countries`` keeps the gazetteer's name (Kyiv in a text that writes Kiev),
        and a former name of the place (``former_names.tsv``) is never its name: the claims of its
        period take it (`rashomon.gazetteer.dated_name`)."""
        if place.country in _romanized_countries():
            return _ascii_name(place.name)
        from .gazetteer import _former_names

        former = {_fold(old) for old, _, _ in _former_names().get(_ascii_name(place.name), ())}
        spellings: Counter = Counter()
        for n in ns:
            for form, c in n.forms.items():  # (as written: a Latin name's lemma may have lost its diacritics)
                if _latin_name(form) and _fold(form) not in former:  # (a former name is the past's: `dated_name`)
                    spellings[form.strip()] += c
        return corpus_spelling(spellings, place, self.gaz) or _ascii_name(place.name)

    def place_names(self, entities: Iterable[Entity]) -> dict[str, str]:
        """The place strings mentions give claims (a gazetteer name in ``canonical``, else the base
        form) -> the name of their entity, where the two differ and the string belongs to one entity
        only (Manas -> Jalal-Abad, Ақсы -> Aksy; a facility's forms -> its entity's one name): call after ``resolve``/``link`` to rename claims' places."""
        by_id = {e.id: e for e in entities}
        out: dict[str, set[str]] = {}
        for k, n in self.nodes.items():
            e = by_id.get(self._entity_of.get(k, ""))
            if e is None or (e.type != "place" and not (e.type == "org" and _facility_node(n))):
                continue  # (a facility tagged org is a claim's place too: Саяно-Шушенской ГЭС)
            if n.gid and n.gid.endswith(_DISTRICT):
                continue  # (a town's district: its mentions name the town, whose entity names them for claims)
            names = {x for c in n.names for x in (c, _ascii_name(c))} if n.names else set(n.lemmas)
            for name in names:
                out.setdefault(name, set()).add(e.canonical)
        renames = {k: next(iter(v)) for k, v in out.items() if len(v) == 1 and k != next(iter(v))}
        return {**script_place_names(by_id.values(), self), **renames}  # (`_entity_script`: a Cyrillic name's transliteration)

    def assign(self, mentions: Iterable[Mention]) -> None:
        """Set ``Mention.entity`` (call after ``resolve``; e.g. per stored document)."""
        for m in mentions:
            m.entity = self._entity_of.get(node_key(m))

    def link(self, mentions: Iterable[Mention]) -> list[Entity]:
        """Cluster mentions into entities (conservative, explainable); sets ``Mention.entity``.

        The mentions are labelled in place; only a local list of references lives during the call.
        The linker itself keeps per-name state only (``add`` + ``resolve`` + ``assign`` for streams
        of 10,000 documents whose mentions are stored elsewhere).
        """
        keep = list(mentions)
        self.add(keep)
        ents = self.resolve()
        self.assign(keep)
        return ents

    # -- review ---------------------------------------------------------------------------------
    def split(self, entity_id: str, form: str) -> None:
        """Take the node holding ``form`` out of entity ``entity_id`` (takes effect on ``resolve``)."""
        for k, n in self.nodes.items():
            if form in n.forms and self._entity_of.get(k) == entity_id:
                self.splits.add(k)
                self.joins = [(a, b) for a, b in self.joins if k not in (a, b)]

    def join(self, a: str, b: str) -> None:
        """Join two entities by id (takes effect on ``resolve``)."""
        na = next((k for k, e in self._entity_of.items() if e == a), None)
        nb = next((k for k, e in self._entity_of.items() if e == b), None)
        if na and nb:
            self.splits.discard(na)
            self.splits.discard(nb)
            self.joins.append((na, nb))


@functools.cache
def _suffix_stems() -> tuple[str, ...]:
    """Stems of the place words of every language (област, район, облыс, аудан, region, district)."""
    from .langdata import load_list

    words = {w.lower() for lang in ("ru", "uk", "kk", "en") for w in load_list(lang, "entity_place_suffixes") if " " not in w}
    return tuple(sorted(w[:-1] if len(w) > 5 else w for w in words))


def _bare_org_name(form: str, gaz: Gazetteer) -> str | None:
    """A country's institution written with its country (Слідчий комітет Росії, Міністерства оборони
    РФ, Ресей Тергеу комитетінің) without that country word, or None."""
    parts = form.split(" ")
    if len(parts) < 3 or not parts[0][:1].isupper():
        return None
    k = next((j for j in range(1, len(parts)) if not parts[j][:1].islower()), len(parts))
    if 2 <= k < len(parts) and len(parts) - k <= 2 and all(w[:1].isupper() for w in parts[k:]) \
            and all(len(w) >= 4 for w in parts[1:k]):  # (not "Ministry of Health")
        return " ".join(parts[:k])  # "Слідчий комітет Росії", «Комитета национальной безопасности Республики Казахстан»
    if parts[1][:1].isupper() and all(w[:1].islower() for w in parts[2:]):
        ids = gaz.lookup(tkey(parts[0]))
        place = gaz.place(ids[0].lstrip("~")) if ids else None
        if place is not None and place.kind == "country":
            return " ".join(parts[1:])  # "Ресей Тергеу комитетінің"
    return None


def _bare_names(forms: list[str], typ: str, ns: list[_Node], gaz: Gazetteer | None = None) -> list[tuple[str, str]]:
    """(form, bare name) of a region's or district's forms written as "name + place word" whose bare
    name is not a form yet (Жамбылской области -> Жамбылской, Жамбыл облысындағы -> Жамбыл, Baizak
    district -> Baizak): the bare name is a form of the same place. Landmarks keep their forms."""
    have = {f.casefold() for f in forms}
    if typ == "org" and gaz is not None and ns and all("@" in n.key or all(map(_abbreviation, n.forms)) for n in ns):
        # a country's institution (and the abbreviation of its initials, if one joined it)
        out = []
        for f in forms:
            b = _bare_org_name(f, gaz)
            if b and b.casefold() not in have:
                have.add(b.casefold())
                out.append((f, b))
        return out
    if typ == "place" and ns and all(n.key.startswith(_STREET) for n in ns):
        out = []  # «вулиці Яблунській», «на улице Садовой»: the street's adjective alone names it too
        for f in forms:
            parts = f.split(" ")
            if len(parts) == 2 and parts[0][:1].islower() and parts[1][:1].isupper() and len(parts[1]) >= 6 \
                    and _STREET_ADJ.search(parts[1]) and parts[1].casefold() not in have:
                have.add(parts[1].casefold())
                out.append((f, parts[1]))
        return out
    if typ != "place" or any(n.key.startswith(_LANDMARK) for n in ns):
        return []
    stems = _suffix_stems()
    out = []
    for f in forms:
        parts = f.split(" ")
        if (b := _republic_bare(parts)) and b.casefold() not in have:
            have.add(b.casefold())  # «Республики Каракалпакстан»: Каракалпакстан
            out.append((f, b))
            continue
        if len(parts) == 2 and parts[0][:1].isupper() and len(parts[0]) >= 3 and parts[1].lower().startswith(stems) \
                and parts[0].casefold() not in have:
            have.add(parts[0].casefold())
            out.append((f, parts[0]))
    return out


_LANDMARK = "k:#lm"
_STREET = "k:#lmstreet"
# feminine adjective endings of a street's name in ru/uk (Садовая, Садовой; Яблунська, Яблунській), not
# a person's genitive (улице Мельникова)
_STREET_ADJ = re.compile(r"(?:ая|яя|ой|ую|ій|ої|ою|[сцз]ька|[сцз]ьку|[сцз]ькій|[сцз]ької)$")


@functools.cache
def _republic_stems() -> tuple[str, ...]:
    from .langdata import load_list

    return tuple(w.lower() for w in load_list(None, "entity_republic_words"))


def _republic_bare(parts: list[str]) -> str | None:
    """The name of a place form written with the word "republic" before or after it (Республики
    Каракалпакстан, Republic of Tatarstan, Қарақалпақстан Республикасы), else None."""
    rep = _republic_stems()
    if len(parts) == 3 and parts[0].lower().startswith(rep) and parts[1] == "of":
        parts = [parts[0], parts[2]]
    if len(parts) != 2 or not rep:
        return None
    if parts[0].lower().startswith(rep) and parts[1][:1].isupper() and len(parts[1]) >= 3:
        return parts[1]
    if parts[1].lower().startswith(rep) and parts[0][:1].isupper() and len(parts[0]) >= 3:
        return parts[0]
    return None


def _abbreviation(form: str) -> bool:
    """An abbreviation of capital letters (НЭВЗ, NEVZ), two to seven of them."""
    return 2 <= len(form) <= 7 and form.isupper() and form.isalpha()
_TOWN = re.compile(r" \(([^()]{1,60})\)$")


def _in_town(name: str, ns: list[_Node]) -> str:
    """A landmark's name with the town its documents place it in most often (Kostenko mine
    (Karaganda)), so that every document's figures stated there share one place."""
    towns: Counter = Counter()
    for n in ns:
        for c, k in n.names.items():
            m = _TOWN.search(c)
            if m:
                towns[m.group(1)] += k
    if not towns:
        return name
    town = max(towns.items(), key=lambda kv: (kv[1], kv[0]))[0]
    return f"{name} ({town})"


def _similar(a: str, b: str, fuzz, minimum: float) -> float:
    """Similarity score when ``a`` is a plausible misspelling of ``b``, else 0."""
    if min(len(a), len(b)) < 6:
        return 0.0
    score = fuzz.ratio(a, b)
    if score >= minimum:
        return score
    if min(len(a), len(b)) >= 8 and len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return score  # one letter replaced in a long name (Zhezkazgen for Zhezkazgan)
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) - len(short) == 2 and short[0] == long_[0] and short[-3:] == long_[-3:] and _subseq(short, long_):
        return score  # two letters dropped inside a long name (Жаатас for Жанатас)
    return 0.0


def _subseq(short: str, long_: str) -> bool:
    it = iter(long_)
    return all(c in it for c in short)


def renamed_place(place: str | None, renames: dict[str, str]) -> str | None:
    """A claim's place under its entity's name (`EntityLinker.place_names`): the whole string, else
    each part of a joined ("A; B") place and a qualified one's head and town ("Old mill (Vyelmora)")."""
    if not place or place in renames:
        return renames.get(place, place) if place else place

    def one(p: str) -> str:
        if p in renames:
            return renames[p]
        head, sep, rest = p.partition(" (")
        if sep and rest.endswith(")"):
            town = rest[:-1]
            return f"{renames.get(head, head)} ({renames.get(town, town)})"
        return p

    return "; ".join(one(p) for p in place.split("; "))


@functools.cache
def _romanized_countries() -> frozenset[str]:
    from .langdata import load_list

    return frozenset(load_list(None, "place_name_romanized_countries"))


def _latin_name(lem: str) -> bool:
    """A capitalized name in Latin letters (diacritics allowed: Brašov), not an all-capital heading."""
    lem = lem.strip()
    return (bool(lem) and lem[:1].isupper() and not lem.isupper() and lem[:1].isalpha()
            and all(ch in " .'’-" or (ch.isalpha() and ord(ch) < 0x250) for ch in lem))


def _fold(name: str) -> str:
    """A name up to diacritics, case and punctuation (Şelan, Selan and SELAN are one)."""
    return re.sub(r"[^a-z0-9]", "", _ascii_name(name).casefold())


def corpus_spelling(spellings: Counter, place, gaz: Gazetteer) -> str | None:
    """The corpus's Latin spelling of a gazetteer place (`EntityLinker._place_name`): among the
    written names ``spellings`` (name -> mentions) that are the gazetteer's names of ``place`` or
    spellings of its name's phonetic key, those written the same up to diacritics count as one; the
    most written wins (a tie: the gazetteer's own, then the first in alphabetical order), under its
    most written form (a tie: the one with diacritics, Brašov beside Brasov). The gazetteer's
    diacritics that no page writes are not added (a page's Selan stays Selan beside a gazetteer's
    Şelan: a page's reader, and the annotators, write the name as the pages do). None when the pages
    never write the place in Latin letters."""
    main = tkey(place.name)
    groups: dict[str, Counter] = {}
    for lem, c in spellings.items():
        k = tkey(lem)
        if k != main and place.id not in gaz.lookup(k):
            continue
        groups.setdefault(_fold(lem), Counter())[lem] += c
    if not groups:
        return None
    own = _fold(place.name)
    best = min(groups, key=lambda g: (-sum(groups[g].values()), g != own, g))
    forms = groups[best]
    return min(forms, key=lambda f: (-forms[f], f.isascii(), f))


@functools.cache
def _ascii_name(name: str) -> str:
    """A gazetteer name without diacritics (Rŭshon -> Rushon, Jalālābād -> Jalalabad)."""
    if name.isascii():
        return name
    from anyascii import anyascii

    return anyascii(name).replace("'", "").replace("`", "")


_unrelated = unrelated  # (two keys that are different names: jalalabad / manas)
