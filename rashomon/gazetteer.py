"""The bundled gazetteer: places with coordinates, looked up by phonetic key.

Built by ``tools/build_gazetteer.py`` from GeoNames (CC BY 4.0, see ``data/GAZETTEER_LICENSE.md``)
into two gzipped TSV files: ``gazetteer_names.tsv.gz`` (``key<TAB>id,id,...``, ids best first:
countries, then regions, then cities by population; ``~id`` when only Latin names of the place have
this key) and ``gazetteer_places.tsv.gz``
(``id, name, lat, lon, country, kind, population``). Nothing is read until the first lookup; place
rows are parsed only when asked for.

``places_supplement.tsv`` (hand-written, read at load time, keyed with the current translit rules)
adds places the GeoNames cities lack (oil and gas fields, unrecognised and historical regions) and
further names of places the files have (a region's short name: ``Sughd``). Its ids rank among the
others' by the build's own rule (countries, then regions, then places by population).
"""

from __future__ import annotations

import functools
import gzip
import math
import threading
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("rashomon") / "data"))
SUPPLEMENT = "places_supplement.tsv"


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str  # English (GeoNames main) name
    lat: float | None
    lon: float | None
    country: str
    kind: str  # city, region, country
    population: int


class Gazetteer:
    """Lazy key -> place index. ``lookup(translit.key(name))`` gives candidate ids, best first."""

    def __init__(self, data_dir: Path | str | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else DATA_DIR
        self._names: dict[str, str] | None = None
        self._span: dict[str, int] | None = None  # first word of a multi-word key -> most words
        self._rows: dict[str, str] | None = None
        self._lock = threading.RLock()  # the supplement ranks its ids by their rows while the names load
        self._extra_rows: dict[str, str] = {}  # the supplement's places
        self._regions: dict[str, tuple[Place, ...]] | None = None  # country -> its regions (`regions`)
        self._renamed: dict[str, str] = {}  # id -> the English name the supplement gives it (kind "=")
        self._pending: dict[str, list[str]] = {}  # keys the files have that the supplement adds ids to
        self.rules: str | None = None  # fingerprint of the translit tables the keys were built with
        self.full_countries: frozenset[str] = frozenset()  # countries whose small places are included

    def __getstate__(self) -> dict:
        """Pickle only where the data lives (a worker process loads it again, lazily)."""
        return {"data_dir": str(self.data_dir)}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["data_dir"])

    def _read(self, name: str) -> str:
        with gzip.open(self.data_dir / name, "rt", encoding="utf-8") as f:
            return f.read()

    def _ensure_names(self) -> dict[str, str]:
        if self._names is None:
            with self._lock:
                if self._names is None:
                    names: dict[str, str] = {}
                    span: dict[str, int] = {}
                    for line in self._read("gazetteer_names.tsv.gz").split("\n"):
                        k, sep, ids = line.partition("\t")
                        if not sep:
                            continue
                        if k == "#rules":
                            self.rules = ids
                            continue
                        if k == "#full":
                            self.full_countries = frozenset(ids.split(","))
                            continue
                        names[k] = ids
                        if " " in k:
                            first = k.split(" ", 1)[0]
                            n = k.count(" ") + 1
                            if span.get(first, 1) < n:
                                span[first] = n
                    self._supplement(names, span)
                    self._span = span
                    self._names = names
        return self._names

    def _supplement(self, names: dict[str, str], span: dict[str, int]) -> None:
        """Merge ``places_supplement.tsv`` into the key index (its rows into ``_extra_rows``):
        ``id<TAB>country<TAB>kind<TAB>lat<TAB>lon<TAB>population<TAB>name|name|...``, the first name
        English and canonical; a row whose id the files already have only adds its names (kind "-"),
        or also makes its first name the place's English name (kind "=": GeoNames' Kryvyy Rih is
        Kryvyi Rih in the national romanization that reports write). A key the
        files have too is merged on its first lookup (`_merge`): ranking it reads the place rows,
        which stay unread until a place is asked for."""
        from .translit import key  # (translit does not import the gazetteer; imported late all the same)

        path = self.data_dir / SUPPLEMENT
        if not path.exists():
            return
        added: dict[str, list[str]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            pid, cc, kind, lat, lon, pop, variants = line.split("\t")
            vs = [v.strip() for v in variants.split("|") if v.strip()]
            if kind == "=":
                self._renamed[pid] = vs[0]
            elif kind != "-":
                self._extra_rows[pid] = "\t".join((pid, vs[0], lat, lon, cc, kind, pop))
            for v in vs:
                k = key(v)
                if k and pid not in added.setdefault(k, []):
                    added[k].append(pid)
        for k, pids in added.items():
            if k in names:
                self._pending[k] = pids
            else:
                names[k] = ",".join(pids)
            if " " in k:
                first, n = k.split(" ", 1)[0], k.count(" ") + 1
                span[first] = max(span.get(first, 1), n)

    def _merge(self, k: str) -> str:
        """The ids of key ``k`` with the supplement's among them, in the build's order (countries, then
        regions, then places by population: ``rank`` of tools/build_gazetteer.py)."""
        from .translit import key

        names = self._ensure_names()
        with self._lock:
            pids = self._pending.pop(k, None)
            if pids is None:
                return names[k]
            old = names[k].split(",")
            ids = old + [i for i in pids if i not in old and "~" + i not in old]

            def rank(i: str) -> tuple:
                p = self.place(i.lstrip("~"))
                if p is None:
                    return (True, True, 0.0, i)
                score = math.log10(p.population + 1) + (key(p.name) == k) + 1.5 * (p.country in self.full_countries)
                return (p.kind != "country", p.kind != "region", -round(score, 3), i.lstrip("~"))

            names[k] = ",".join(sorted(ids, key=rank))
            return names[k]

    def _ensure_rows(self) -> dict[str, str]:
        if self._rows is None:
            with self._lock:
                if self._rows is None:
                    rows = {}
                    for line in self._read("gazetteer_places.tsv.gz").split("\n"):
                        if line and not line.startswith("#"):
                            rows[line.split("\t", 1)[0]] = line
                    self._rows = rows
        return self._rows

    def load(self) -> Gazetteer:
        """Read both files now (normally done on first use)."""
        self._ensure_names()
        self._ensure_rows()
        return self

    def lookup(self, key: str) -> tuple[str, ...]:
        """Ids of the places that have a name with this phonetic key, best first."""
        ids = self._ensure_names().get(key)
        if ids and key in self._pending:
            ids = self._merge(key)
        return tuple(i.lstrip("~") for i in ids.split(",")) if ids else ()

    def lookup_cyrillic(self, key: str) -> tuple[str, ...]:
        """Like `lookup`, but only places with a Cyrillic name of this key (for a Cyrillic word)."""
        ids = self._ensure_names().get(key)
        if ids and key in self._pending:
            ids = self._merge(key)
        return tuple(i for i in ids.split(",") if not i.startswith("~")) if ids else ()

    def __contains__(self, key: str) -> bool:
        return key in self._ensure_names()

    def max_words(self, first_word_key: str) -> int:
        """How many words the longest name starting with this word key has (1 if none longer)."""
        self._ensure_names()
        assert self._span is not None
        return self._span.get(first_word_key, 1)

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one gazetteer per process; bounded cache
    def place(self, pid: str) -> Place | None:
        self._ensure_names()  # (the supplement's rows and renamings)
        row = self._extra_rows.get(pid) or self._ensure_rows().get(pid)
        if row is None:
            return None
        gid, name, lat, lon, cc, kind, pop = row.split("\t")
        name = self._renamed.get(gid, name)
        return Place(gid, name, float(lat) if lat else None, float(lon) if lon else None, cc, kind, int(pop or 0))

    def regions(self, code: str) -> tuple[Place, ...]:
        """The first-level regions the gazetteer knows in the country ``code`` (their seats' coordinates)."""
        if self._regions is None:
            self._ensure_names()  # (the supplement's rows)
            by: dict[str, list[Place]] = {}
            for row in (*self._ensure_rows().values(), *self._extra_rows.values()):
                f = row.split("\t")
                if f[5] == "region" and (p := self.place(f[0])) is not None:
                    by.setdefault(p.country, []).append(p)
            self._regions = {cc: tuple(ps) for cc, ps in by.items()}
        return self._regions.get(code, ())

    def country(self, code: str) -> Place | None:
        """The country with this ISO 3166 code (``KZ``), if the gazetteer has it."""
        if not hasattr(self, "_countries"):
            self._countries = {}
            for line in self._ensure_rows().values():
                f = line.split("\t")
                if len(f) >= 6 and f[5] == "country":
                    self._countries[f[4]] = f[0]
        gid = self._countries.get(code)
        return self.place(gid) if gid else None

    def best(self, key: str) -> Place | None:
        """The best place for a key (a country or region before a city, larger cities first)."""
        ids = self.lookup(key)
        return self.place(ids[0]) if ids else None


@functools.cache
def default_gazetteer() -> Gazetteer:
    """The shared bundled gazetteer (loaded lazily on first lookup)."""
    return Gazetteer()


@functools.cache
def _former_names() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """``former_names.tsv``: current English name -> (former name, from, until) rows."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    text = (DATA_DIR / "former_names.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cur, old, since, until = (c.strip() for c in line.split("\t")[:4])
        out.setdefault(cur, []).append((old, "" if since == "-" else since, until))
    return {k: tuple(v) for k, v in out.items()}


def dated_name(place: str | None, when: str | None) -> str | None:
    """A claim's place under the name in force when its event began: "Almaty" of a claim dated
    1986-12-17 is "Alma-Ata", "Astana" of 2019-06-09 is "Nur-Sultan" (``former_names.tsv``); a
    qualified ("Almaty (Kazakhstan)") or joined ("Almaty; Astana") place has each part renamed.
    Undated claims and places never renamed are returned unchanged."""
    if not place or not when:
        return place
    start = str(when).split("/")[0].strip()[:10]
    if len(start) < 4 or not start[:4].isdigit():
        return place
    names = _former_names()

    def one(p: str) -> str:
        head, sep, rest = p.partition(" (")
        for old, since, until in names.get(head.strip(), ()):
            # a partial date ("1986", "2019-06") counts by its first day; a year only that straddles
            # a renaming is left alone
            lo = start if len(start) == 10 else start + ("-01" if len(start) == 7 else "-01-01")
            hi = start if len(start) == 10 else start + ("-31" if len(start) == 7 else "-12-31")
            if (not since or lo >= since) and hi < until:
                return old + sep + rest
        return p

    return "; ".join(one(p) for p in place.split("; "))


_CYRILLIC = frozenset(chr(c) for c in range(0x0400, 0x0530))


def latin_place(place: str | None) -> str | None:
    """A claim's place in Latin letters: a name the gazetteer does not know keeps the document's
    Cyrillic spelling ("Ақкент", "Сахалин"), but a claim's place is an English name (Akkent,
    Sakhalin); a place already in Latin letters is returned unchanged."""
    if not place or not any(ch in _CYRILLIC for ch in place):
        return place
    from .translit import latin

    return latin(place).replace("'", "").replace("’", "")
