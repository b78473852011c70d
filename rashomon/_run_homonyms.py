"""A town's homonym chosen by the run: the namesake in the country the run's pages are about.

A page reads a town's name with the gazetteer's best reading, the most populous place of that name
unless the page itself names the country of a smaller one (`rashomon._entity_places`). A page that
names no country at all ("the floods in Velmora") so gets the biggest Velmora of the world, often on
another continent than the run's story, whose other pages name Zarania and its provinces again and
again. The claim then prints a town of the wrong country, the entity carries that country, and the
run's passes that relate a town to its region or country (`rashomon._incident_places`) fail.

This pass (`rehome`, run by `rashomon._entity_link.EntityLinker.resolve` before any join) weighs the
countries the run names: each country and each region the run's pages mention counts for its country
as often as it is mentioned. A town read in a country the run never names, whose own main name is
also the main name of a town in a country the run names (twice or more), is that town: the one of
the most named country, then the most populous. Guards: a page that writes the country beside the
town names it (its weight is no longer nil: the reading stays); a namesake much smaller than the
town read (a tenth of it or less: a world city's name borrowed by a village) is no reading; only
the same main name counts (an alternate or historical name shared is no homonym).
"""

from __future__ import annotations

from collections import Counter

from .translit import key as tkey

_MIN_WEIGHT = 2  # mentions of a country (and its regions) the run needs to draw a town to it
_MIN_SHARE = 0.1  # a namesake this share of the read town's population or more: a reading


def run_countries(nodes, gaz) -> Counter:
    """Country code -> how often the run mentions the country or one of its regions."""
    weight: Counter = Counter()
    for k, n in nodes.items():
        if not k.startswith("g:") or not n.gid:
            continue
        p = gaz.place(n.gid)
        if p is not None and p.kind in ("country", "region"):
            weight[p.country] += n.count
    return weight


def rehome(nodes, gaz) -> dict[str, str]:
    """The gazetteer id of each town the run reads abroad -> its namesake's in a country the run
    names (see the module's docstring); the nodes' ids are changed in place."""
    weight = run_countries(nodes, gaz)
    if not weight:
        return {}
    out: dict[str, str] = {}
    for k, n in sorted(nodes.items()):
        if not k.startswith("g:") or not n.gid:
            continue
        p = gaz.place(n.gid)
        if p is None or p.kind != "city" or weight[p.country] > 0:
            continue
        new = out.get(p.id) or _namesake(p, n, gaz, weight)
        if new is not None:
            out[p.id] = new
            n.gid = new
    return out


def _namesake(p, n, gaz, weight: Counter) -> str | None:
    main = tkey(p.name)
    if not main:
        return None
    keys = {main} | {x for lem in n.lemmas if (x := tkey(lem))}
    best, best_rank = None, None
    for k in sorted(keys):
        for pid in gaz.lookup(k)[:40]:
            q = gaz.place(pid)
            if q is None or q.id == p.id or q.kind != "city" or weight[q.country] < _MIN_WEIGHT:
                continue
            if tkey(q.name) != main or q.population < _MIN_SHARE * p.population:
                continue
            rank = (weight[q.country], q.population, q.id)
            if best_rank is None or rank > best_rank:
                best, best_rank = q.id, rank
    return best
