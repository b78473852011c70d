"""A town's homonym chosen by the run: the namesake in the country the run's pages are about.

A page reads a town's name with the gazetteer's best reading, the most populous place of that name
unless the page itself names the country of a smaller one (`rashomon._entity_places`). A page that
names no country at all ("the floods in Velmora") so gets the biggest Velmora of the world, often on
another continent than the run's story, whose other pages name Zarania and its provinces again and
again. The claim then prints a town of the wrong country, the entity carries that country, and the
run's passes that relate a town to its region or country (`rashomon._incident_places`) fail.

This pass (`rehome`, run by `rashomon._entity_link.EntityLinker.resolve` before any join) weighs the
countries the run names: each mention of a country or of one of its regions counts for it, and so
does each town of it the run reads. A town read in a country the run never names (by its name or a
region of it), whose own main name is also the main name of a town in a country the run names, is
that town when that country is well supported (twice or more, a quarter of the most supported
country's support or more, and thrice the support of the read town's country: the run's other towns
there): the one of the best supported country, then the most populous. Guards: a page that writes the country beside the town names it (the reading stays); a
namesake much smaller than the town read (a fifth of it or less: a world city's name borrowed by a
small town) is no reading; only the same main name counts, letter for letter but for diacritics (an
alternate or historical name shared, or a like key of another name, is no homonym).
"""

from __future__ import annotations

from collections import Counter

from anyascii import anyascii

from .translit import key as tkey

_MIN_SUPPORT = 2  # mentions of a country (its regions, its towns) the run needs to draw a town to it
_TOP_SHARE = 0.25  # ... and this share of the most named country's
_OWN_RATIO = 3  # ... and this many times the support of the read town's country (its towns the run reads)
_MIN_SHARE = 0.2  # a namesake this share of the read town's population or more: a reading


def run_countries(nodes, gaz) -> tuple[Counter, dict[str, set[str]]]:
    """Country code -> how often the run mentions the country or one of its regions; and country
    code -> the gazetteer ids of the run's towns in it."""
    weight: Counter = Counter()
    towns: dict[str, set[str]] = {}
    for k, n in nodes.items():
        if not k.startswith("g:") or not n.gid:
            continue
        p = gaz.place(n.gid)
        if p is None:
            continue
        if p.kind in ("country", "region"):
            weight[p.country] += n.count
        elif p.kind == "city":
            towns.setdefault(p.country, set()).add(p.id)
    return weight, towns


def rehome(nodes, gaz) -> dict[str, str]:
    """The gazetteer id of each town the run reads abroad -> its namesake's in a country the run
    names (see the module's docstring); the nodes' ids are changed in place."""
    weight, towns = run_countries(nodes, gaz)
    if not weight:
        return {}
    support = Counter({cc: weight[cc] + len(towns.get(cc, ())) for cc in {*weight, *towns}})
    floor = max(_MIN_SUPPORT, _TOP_SHARE * max(support.values()))
    out: dict[str, str] = {}
    for k, n in sorted(nodes.items()):
        if not k.startswith("g:") or not n.gid:
            continue
        p = gaz.place(n.gid)
        if p is None or p.kind != "city" or weight[p.country] > 0:
            continue  # (a country the run names, by its name or a region of it: the reading stays)
        # (the run's other towns of the town's country: the namesake's country needs thrice their support)
        least = max(floor, _OWN_RATIO * max(support[p.country], 1))
        new = out.get(p.id) or _namesake(p, n, gaz, weight, support, least)
        if new is not None:
            out[p.id] = new
            n.gid = new
    return out


def _namesake(p, n, gaz, weight: Counter, support: Counter, floor: float) -> str | None:
    main = tkey(p.name)
    if not main:
        return None
    keys = {main} | {x for lem in n.lemmas if (x := tkey(lem))}
    # (the namesake's own main name is the town's, letter for letter: a Cyrillic word whose key merely finds a town of a
    # like name abroad, often no town at all (a surname read as one), is not drawn to the run's country)
    best, best_rank = None, None
    for k in sorted(keys):
        for pid in gaz.lookup(k)[:40]:
            q = gaz.place(pid)
            if q is None or q.id == p.id or q.kind != "city" or weight[q.country] < 1 or support[q.country] < floor:
                continue
            if _fold(q.name) != _fold(p.name) or q.population < _MIN_SHARE * p.population:
                continue
            rank = (support[q.country], q.population, q.id)
            if best_rank is None or rank > best_rank:
                best, best_rank = q.id, rank
    return best


def _fold(name: str) -> str:
    """A place's main name without its diacritics and case (Córdoba and Cordoba; not Kadyy and Kadi)."""
    return anyascii(name).casefold()
