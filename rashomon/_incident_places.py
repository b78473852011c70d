"""The incident's town for a figure its page places only at the region or country around it, from the run.

A page that tells of a fire in Velmora often places its tolls at the wider place its sentence names
("Лесной пожар в Зарании унёс 40 жизней", "40 dead in Dorn province"): the country or the region. Every
annotator places such a toll at the town or site of the incident when the story has one. The town is
often named on the page's lead or on the run's other pages about the same event, which place their own
figures there. This pass relates the pages by their places: a figure placed at a region or country P
takes the town T when the run's figures are placed at T, T lies in P (the gazetteer's country, a
region's seat near the town, or a page writing them together: "in Velmora, Dorn province", "в
посёлке Велмора в Зарании", «Дорн облысының Велмора ауылында»), and no other town of P holds figures
of its own (`place_how` "corpus").

Guards: a figure its sentence gives for the whole country ("across the country"), a country's count
of detentions or sentences, a figure many times its page's own figure for the town (a war's toll beside
one strike's), a figure whose sentence gives the town's smaller share ("62 in the region, 48 of them in
Velmora") and a joined place ("Dorn; Vell") keep their place; a country's figures stay on a page that
names another town of the country ("the riots spread to Vell") or counts the country's mass detentions
(a wave of protests); a page that places figures at two
towns of P itself keeps P (its region's total beside its towns' own); two towns of P with figures on
the run's pages about the same days: none is taken; nor the country's capital (where a country's
figures are announced), nor the town a region is named after ("Dorn Oblast" is not Dorn).
Per-document analysis stays a pure function of one document; this runs in `rashomon.dossier.Assembler`.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import Counter

from . import langdata

_LANGS = ("en", "ru", "uk", "kk")
_STATED = frozenset({"sentence", "paragraph", "section", "document", "sections"})
_REGION_KM = 300.0  # a town this close to a region's seat lies in it (the gazetteer has no admin1 of towns)
_LIST_GAPS = frozenset({",", "", "and", "or", "и", "или", "і", "та", "й", "або", "және", "мен", "пен", "бен"})
#: measures a country counts as a whole (its police and courts): detentions in a wave of protests
_NATIONAL_MEASURES = frozenset({"detained", "arrested", "convicted", "charged", "sentenced", "participants", "strikers"})
_MASS = 10  # detentions this many or more (or "hundreds"): a crackdown, not the suspects of one attack
_CAPITAL_KM = 30.0  # a town this close to a country's point (its capital) is the capital
_EVENT_DAYS = 10  # figures of a place this many days apart or fewer tell of one event
_TOTAL_RATIO = 8  # a figure this many times the largest its page gives the town is a wider total
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


@functools.cache
def _within_words() -> frozenset[str]:
    """Words between a town and its wider place that put the town in it ("in", "в", "у")."""
    return frozenset(w.casefold() for lang in _LANGS for w in langdata.load_list(lang, "place_within_words"))


@functools.cache
def _settlement_words() -> tuple[str, ...]:
    """Stems of the words naming a town's kind beside its name ("town", "посёлок", "ауыл")."""
    return tuple(sorted({w.casefold() for lang in _LANGS for w in langdata.load_list(lang, "place_settlement_words")}))


@functools.cache
def _area_words() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for lang in _LANGS for w in langdata.load_list(lang, "place_area_words")}))


@functools.cache
def _area_stems() -> tuple[str, ...]:
    """`_area_words` and their Latin spellings (a claim's place is in Latin letters: "Dorn oblysy")."""
    from .translit import latin

    return tuple(sorted({*_area_words(), *(latin(w).casefold() for w in _area_words())}))


@functools.cache
def _nationwide() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for lang in _LANGS for w in langdata.load_list(lang, "nationwide")}))


def _km(a, b) -> float:
    if a.lat is None or b.lat is None or a.lon is None or b.lon is None:
        return math.inf
    p = math.pi / 180
    x = (b.lon - a.lon) * p * math.cos((a.lat + b.lat) * p / 2)
    return 6371.0 * math.hypot(x, (b.lat - a.lat) * p)


def _name(m) -> str:
    return m.canonical or m.lemma or m.text


def _gazetteer():
    try:
        from .gazetteer import default_gazetteer

        return default_gazetteer()
    except Exception:  # noqa: BLE001 - the gazetteer only refines the pass
        return None


def _frame_gap(gap: str, after: str) -> bool:
    """Does ``gap`` (the text between a town and the next place, ``after``: from that place on) put the
    town in that place: a comma or bracket ("Velmora, Dorn"), a word of "in" ("в Зарании"), a town word
    before either ("Velmora town, Dorn province"); or a space when an area word follows the place's first
    word ("Велмора Дорнской области")."""
    g = gap.strip()
    if not g:  # "Велмора Дорнской области": the wider place is an area by its own word
        return bool(gap) and gap == " " and any(w.casefold().startswith(_area_words()) for w in _WORD.findall(after)[1:3])
    if len(g) > 24 or "\n" in gap:
        return False
    words = [w.casefold() for w in _WORD.findall(g)]
    rest = _WORD.sub(" ", g).replace(" ", "")
    if rest not in ("", ",", "("):
        return False
    if words and words[0].startswith(_settlement_words() + _area_words()):
        words = words[1:]  # "Velmora town, Dorn", "Велмора ауданы, Дорн"
    if rest in (",", "("):
        return not words
    return len(words) == 1 and words[0] in _within_words()


def _top_value(value) -> float | None:
    """A figure's value as a number (a range's upper end); None when vague."""
    if isinstance(value, (tuple, list)):
        value = value[-1] if value else None
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(when: str | None) -> int | None:
    """The first day of a figure's date (its ordinal), if it has one."""
    m = _DATE.search(when or "")
    if m is None:
        return None
    try:
        return dt.date.fromisoformat(m.group()).toordinal()
    except ValueError:
        return None


def _near(docs: dict[str, set[int]], day: int | None) -> int:
    """How many of ``docs`` speak of the days around ``day``: a page whose figures there are dated
    weeks away tells of another event at the same place (a page with no date, or a figure with none,
    counts)."""
    if day is None:
        return len(docs)
    return sum(1 for days in docs.values() if not days or any(abs(d - day) <= _EVENT_DAYS for d in days))


def _site_town(name: str) -> str | None:
    """The town a site's place names in brackets ("Old mill (Velmora)"), if any."""
    head, sep, rest = name.partition(" (")
    return rest[:-1] if sep and head and rest.endswith(")") and "(" not in rest else None


class IncidentPlaces:
    """Fed each analysis (`add`), told the run's place names (`resolve`, once the entities are linked:
    "Велмора" and "Velmora" are one town), then gives the region- or country-placed figures of each
    analysis their incident town when the run agrees on one (`fill`)."""

    def __init__(self) -> None:
        self._gids: dict[str, str] = {}  # a page's place name -> its gazetteer id
        self._claims: list[tuple[str, str, int | None]] = []  # (document, place name, day) of each placed figure
        self._frames: set[tuple[str, str]] = set()  # (town name, wider name) a page wrote together
        self.places: dict[str, object] = {}  # key -> the gazetteer place
        self.names: dict[str, Counter[str]] = {}  # key -> the claim place strings it was written as
        #: town key -> the documents placing figures at it -> the days of those figures
        self.pages: dict[str, dict[str, set[int]]] = {}
        self.all_pages: dict[str, dict[str, set[int]]] = {}  # the same for every place, areas too
        self.inside: set[tuple[str, str]] = set()  # (town key, wider key) a page wrote together
        self.containers: set[str] = set()  # keys of places a page put another place in
        self._canon = lambda name: name
        self._key_of: dict[str, str] = {}  # canonical name -> key
        self._name_keys: dict[str, str] = {}  # a name no gazetteer id keys -> its phonetic key (`key`, memo)
        self._towns: dict[tuple[str, int | None], dict[str, int]] = {}  # (P, day) -> its towns' support
        self._regions: dict[str, str | None] = {}  # town's gazetteer id -> its region's (`_region_of`)

    def _kind(self, key: str) -> str:
        p = self.places.get(key)
        return getattr(p, "kind", "") if p is not None else ""

    def _raw_kind(self, name: str) -> str:
        gid = self._gids.get(name)
        if not gid:
            return ""
        gaz = _gazetteer()
        p = gaz.place(gid) if gaz is not None else None
        return p.kind if p is not None else ""

    def add(self, a) -> None:
        for m in getattr(a, "mentions", ()):
            if m.type == "place" and m.gazetteer_id:
                for n in {_name(m), m.text, m.lemma or m.text}:
                    self._gids.setdefault(n, m.gazetteer_id)
        for c in a.claims:
            if c.place and c.place_how in _STATED and "; " not in c.place:
                self._claims.append((a.doc.id, c.place, _day(c.when)))
        self._add_frames(a)

    def rehome(self, ids: dict[str, str]) -> None:
        """Read the pages' towns as the run's entities do (`rashomon._run_homonyms`: old id -> new)."""
        if ids:
            self._gids = {n: ids.get(g, g) for n, g in self._gids.items()}

    def key(self, name: str) -> str:
        """The key of a claim's (canonical) place name: its gazetteer id, else its phonetic key."""
        k = self._key_of.get(name) or self._name_keys.get(name)
        if k is None:
            from .translit import key

            # "Dorn province" / «Дорн облысында» and "Dorn": one place by its name (no gazetteer id)
            words = [w for w in name.split() if not w.casefold().startswith(_area_stems())] or name.split()
            k = self._name_keys[name] = "n:" + (key(" ".join(words)) or name.casefold())
        return k

    def resolve(self, canon=None) -> None:
        """Index the run's figures and frames under the places' canonical names (``canon``: a page's
        name -> the run's name of that place, as the claims will carry it)."""
        self._canon = canon or (lambda name: name)
        gaz = _gazetteer()
        gid_of: dict[str, str] = {}
        for raw, gid in self._gids.items():
            gid_of.setdefault(self._canon(raw), gid)
        for name, gid in gid_of.items():
            self._key_of[name] = "g:" + gid
            if "g:" + gid not in self.places and gaz is not None and (p := gaz.place(gid)) is not None:
                self.places["g:" + gid] = p
        for doc, raw, day in self._claims:
            name = self._canon(raw)
            k = self.key(_site_town(name) or name)  # "Old mill (Velmora)": a figure of Velmora
            self.names.setdefault(k, Counter())[name] += 1
            days = self.all_pages.setdefault(k, {}).setdefault(doc, set())
            if self._kind(k) not in ("region", "country"):
                self.pages.setdefault(k, {})[doc] = days
            if day is not None:
                days.add(day)
        for t, w in self._frames:
            kt, kw = self.key(self._canon(t)), self.key(self._canon(w))
            if kt != kw:
                self.inside.add((kt, kw))
                self.containers.add(kw)
        self._claims, self._frames, self._gids = [], set(), {}

    def _add_frames(self, a) -> None:
        """The pairs of places the page writes together, the first in the second ("Velmora, Dorn")."""
        text = a.doc.text
        ms = sorted((m for m in getattr(a, "mentions", ()) if m.type == "place"), key=lambda m: m.span)
        for i in range(len(ms) - 1):
            t, w = ms[i], ms[i + 1]
            nt, nw = _name(t), _name(w)
            if nt == nw:
                continue
            kt, kw = self._raw_kind(nt), self._raw_kind(nw)
            if not _frame_gap(text[t.span[1] : w.span[0]], text[w.span[0] : w.span[1] + 16].split("\n", 1)[0]):
                # «Дорн облысының Велмора ауылында»: the region first, its area word, then the town
                gap = text[t.span[1] : w.span[0]]
                last = (_WORD.findall(t.text) or [""])[-1]
                area = (gap.strip() and _WORD.fullmatch(gap.strip()) and gap.strip().casefold().startswith(_area_words())) \
                    or (gap == " " and last.casefold().startswith(_area_words()))
                if area and kw not in ("region", "country"):
                    self._frames.add((nw, nt))
                continue
            if i + 2 < len(ms) and text[w.span[1] : ms[i + 2].span[0]].strip() in _LIST_GAPS:
                continue  # "Velmora, Dorn, Vell and Ozerk": a list, not a town and its area
            if i > 0 and text[ms[i - 1].span[1] : t.span[0]].strip() in _LIST_GAPS:
                continue
            if kt == "country" or (kt == "region" and kw != "country"):
                continue  # (a region "in" a town, a country in anything: no frame)
            self._frames.add((nt, nw))

    def _in(self, town: str, wider: str) -> bool:
        if (town, wider) in self.inside:
            return True
        t, w = self.places.get(town), self.places.get(wider)
        if t is not None and w is not None and t.kind == "city" and t.country == w.country and (
                w.kind == "country" or (w.kind == "region" and self._region_of(t) == w.id)):
            return True
        # one step through a region the page put the town in ("Velmora, Dorn" and Dorn in Zarania)
        return any(x == town and self._in_wide(r, wider) for x, r in self.inside)

    def _region_of(self, town) -> str | None:
        """The id of the region whose seat is the nearest to ``town`` among its country's regions the
        gazetteer knows, within _REGION_KM (the gazetteer has no region of a town)."""
        if town.id not in self._regions:
            gaz = _gazetteer()
            regions = gaz.regions(town.country) if gaz is not None else ()
            best = min(regions, key=lambda r: _km(town, r), default=None)
            self._regions[town.id] = best.id if best is not None and _km(town, best) <= _REGION_KM else None
        return self._regions[town.id]

    def _in_wide(self, region: str, wider: str) -> bool:
        if (region, wider) in self.inside:
            return True
        r, w = self.places.get(region), self.places.get(wider)
        return r is not None and w is not None and w.kind == "country" and r.country == w.country

    def _capital(self, town: str, wider: str) -> bool:
        """Is the town the capital of the country ``wider`` (a country's figures are reported from its
        capital: a protest wave's national toll is not the capital's)? The gazetteer's country lies at it."""
        t, w = self.places.get(town), self.places.get(wider)
        return t is not None and w is not None and w.kind == "country" and _km(t, w) <= _CAPITAL_KM

    def _namesake(self, town: str, wider: str) -> bool:
        """Is the region named after the town ("Dorn Oblast" and Dorn): the region's figure is not its seat's."""
        from .translit import key

        a, b = self.names.get(town), self.names.get(wider)
        if not a or not b:
            return False
        t = key(a.most_common(1)[0][0])
        words = key(b.most_common(1)[0][0]).split()
        return bool(t) and t in (" ".join(words), " ".join(words[:-1]))

    def _town(self, key: str) -> bool:
        """A town or site: no region or country, nor a place of no gazetteer kind a page put another in."""
        kind = self._kind(key)
        return kind not in ("region", "country") and (kind == "city" or key not in self.containers)

    def fill(self, a) -> None:
        """Give the figures of ``a`` placed at a region or country the town the run agrees on in it
        (their places already carry the run's names: `resolve`)."""
        wide = [(c, k) for c in a.claims if c.place and "; " not in c.place
                and ((k := self.key(c.place)) in self.containers and self._kind(k) != "city"
                     or self._kind(k) in ("region", "country"))]
        if not wide:
            return
        text = a.doc.text
        own_towns = {self.key(c.place) for c in a.claims if c.place and "; " not in c.place}
        named = {self.key(self._canon(_name(m))) for m in getattr(a, "mentions", ()) if m.type == "place"}
        crackdown = any(c.measure in _NATIONAL_MEASURES and self._kind(k) == "country"
                        and ((v := _top_value(c.value)) is None or v >= _MASS) for c, k in wide)
        chosen: dict[tuple[str, int | None], str | None] = {}
        for c, k in wide:
            day = _day(c.when)
            if (k, day) not in chosen:
                chosen[k, day] = self._agreed(k, own_towns, day)
            town = chosen[k, day]
            if town is not None and self._kind(k) == "country" and (self._other_town(k, town, named) or crackdown):
                continue  # the page names another town of the country (its event spans both: "spread to Vell"),
                # or counts the country's detentions (a wave of protests): the country's figures stay
            if town is None or self._whole(c, text) or self._wider_total(c, k, town, a.claims) \
                    or self._breakdown(c, town, a):
                continue
            c.place, c.place_how = self.names[town].most_common(1)[0][0], "corpus"

    def _agreed(self, k: str, own_towns: set[str], day: int | None) -> str | None:
        """The one town in the place ``k`` the run's figures are placed at, if the run agrees on it:
        two pages or more, as many as place figures at ``k`` itself, another town of ``k`` on a third
        of them at most, and the page itself placing figures at no other town of ``k``."""
        towns = self._towns.get((k, day))
        if towns is None:  # (the same for every page of the run: computed once)
            # the capital is where a country's figures are announced: no incident town of its own, nor a rival
            towns = self._towns[k, day] = {
                t: n for t, docs in self.pages.items() if t != k and (n := _near(docs, day)) and self._town(t)
                and self._in(t, k) and not self._namesake(t, k) and not self._capital(t, k)}
        mine = [t for t in towns if t in own_towns]
        if len(mine) > 1 or not towns:
            return None  # the page's own towns of P: its region's total stays
        ranked = sorted(towns.items(), key=lambda x: -x[1])
        top, n = ranked[0]
        rest = sum(v for _, v in ranked[1:])
        agreed = n >= 2 and n >= _near(self.all_pages.get(k, {}), day) and (not rest or n >= 3 * rest)
        return top if agreed and (not mine or mine == [top]) else None

    def _wider_total(self, c, wider: str, town: str, claims) -> bool:
        """Is the figure a total of the wider place, not the town's: a country's count of detentions,
        arrests or sentences (a wave of protests, its courts), or a figure many times the largest its
        own page gives the town for that measure (a war's civilian toll beside one strike's)."""
        if self._kind(wider) == "country" and c.measure in _NATIONAL_MEASURES:
            return True
        value = _top_value(c.value)
        own = [v for o in claims if o is not c and o.measure == c.measure and o.place and "; " not in o.place
               and self.key(_site_town(o.place) or o.place) == town and (v := _top_value(o.value)) is not None]
        return value is not None and bool(own) and value > _TOTAL_RATIO * max(own)

    def _other_town(self, k: str, town: str, named: set[str]) -> bool:
        """Does the page name a town of the gazetteer in ``k`` besides ``town`` (not its capital, nor the
        town the region is named after)?"""
        return any(t != town and t != k and self._kind(t) == "city" and self._in(t, k) and not self._capital(t, k)
                   and not self._namesake(t, k) for t in named)

    def _breakdown(self, c, town: str, a) -> bool:
        """Does the figure's sentence also give a smaller figure of the same measure at the town ("62 died
        in the Dorn region, 48 of them in Velmora"): the region's total beside the town's share."""
        value = _top_value(c.value)
        sent = a.doc.sentence_at(c.span[0]) if value is not None and getattr(c, "span", None) else None
        if sent is None:
            return False
        lo, hi = sent.span
        return any(o is not c and o.measure == c.measure and o.place and "; " not in o.place and lo <= o.span[0] < hi
                   and self.key(_site_town(o.place) or o.place) == town
                   and (v := _top_value(o.value)) is not None and v < value for o in a.claims)

    @staticmethod
    def _whole(c, text: str) -> bool:
        """Is the figure's sentence a country-wide total ("across the country")?"""
        lo, hi = c.span if getattr(c, "span", None) else (0, 0)
        s = text.rfind("\n", 0, lo) + 1
        e = text.find("\n", hi)
        line = text[max(s, lo - 200) : e if e >= 0 else len(text)][:400].casefold()
        return any(p in line for p in _nationwide())
