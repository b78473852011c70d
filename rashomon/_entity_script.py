"""One name in two scripts: a Cyrillic entity joins the Latin entity of the same corpus it transliterates.

A page in Russian, Ukrainian or Kazakh writes a foreign name as it sounds («Джозеф Вардабо»,
«Омбрэвон», «Вельчира Дотторе»); an English page of the same corpus writes it in its own spelling
(Joseph Wardabo, Ombraewon, Velcira Dottore). The phonetic key (`rashomon.translit.key`) makes most
Russian and Kazakh spellings meet, but not the English or Italian ones (ph/v, a doubled or dropped
vowel, an h the Cyrillic leaves out). `cross_skeleton` is a coarser key: the key's consonants only
(vowels after the first letter dropped, z and s, f and v one letter, an h at a word's edge or after
a consonant or between two vowels dropped). Two names meet word for word when their skeletons are equal and their keys
still similar; a Latin c before e/i is also read as ч (Marcelo Ricci, «Марчело Риччи»).

A name the tagger leaves (a capitalized word inside a sentence it reads as no name: «в округе
Вельмори», "on the island of Velmoria") is kept aside (`ScriptLinks.add_candidates`); once the
entities are made, it becomes a form of the one entity whose name in the other script it spells
(`ScriptLinks._script_forms`, reason ``script-form``), and an entity named in Cyrillic only takes its
Latin spelling as its name (the name English pages write, not our transliteration).

The join (`ScriptLinks._link_cross_script`, reason ``script:<skeleton>``) is made between clusters,
after every other link: a cluster whose forms are all Cyrillic joins the one cluster of the corpus
with a Latin form its longest name matches (a three-word Latin name also by its first and last word:
"Arlen Mack Dorsey", «Арлен Дорси»). Guards: no acronyms, a skeleton of three letters at least,
a short name's keys nearer; never two Latin clusters for one Cyrillic cluster; never across two
gazetteer places (`EntityLinker._union`), nor when one side is a gazetteer place and the other's
name is the gazetteer's name of another place. The entity types are not compared: the tagger reads
a foreign name in Cyrillic as a person, a place or an organisation from weak context.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

from .langdata import load_list, load_map, load_table
from .translit import key as tkey

_CYR = re.compile(r"[\u0400-\u04FF]")
_LAT = re.compile(r"[A-Za-z\u00C0-\u024F]")
_SPLIT = re.compile(r"[\s\-‐–—/]+")
_QUOTES = "\"'«»“”„()[]{}.,;:!?"
_VOWELS = frozenset("aeiou")
_EDGE_H = re.compile(r"^h|(?<=[^aeiou])h|h$|(?<=[aeiou])h(?=[aeiou])")  # (and between vowels: Zabihar, «Забиар»)
_DOUBLE = re.compile(r"(.)\1+")
_SOFT_C = re.compile(r"c(?=[eiy])")


@functools.cache
def _endings() -> tuple[str, ...]:
    """Case endings of ru, uk and kk names (``entity_case_suffixes``, and the adjective endings of
    ``entity_cross_endings``), longest first."""
    out = {e.lower() for lang in ("ru", "uk", "kk") for name in ("entity_case_suffixes", "entity_cross_endings")
           for e in load_list(lang, name)}
    return tuple(sorted(out, key=lambda e: (-len(e), e)))


def cross_skeleton(word_key: str) -> str:
    """The consonant skeleton of one word's phonetic key (``jozef`` -> ``jsv``, ``itaevon`` -> ``*tvn``:
    a word opening with a vowel opens with ``*``)."""
    k = _DOUBLE.sub(r"\1", _EDGE_H.sub("", word_key.replace("z", "s").replace("f", "v")))
    if not k:
        return ""
    # (letters that meet only once the vowel between them is gone stay two: Velmorian is no Velmora)
    return ("*" if k[0] in _VOWELS else k[0]) + "".join(c for c in k[1:] if c not in _VOWELS)


def _words(name: str) -> list[str]:
    return [w for w in (x.strip(_QUOTES) for x in _SPLIT.split(name)) if w]


@functools.cache
def _bare_kind_starts() -> tuple[str, ...]:
    return tuple(sorted(w.lower() for w in load_list(None, "entity_script_bare_kinds")))


def _bare_kind(word: str) -> bool:
    return any(word.startswith(st) and len(word) - len(st) <= 6 for st in _bare_kind_starts())


def _bare_of_kind(name: str) -> str | None:
    """A place's name without the kind word after or before it, which each language translates
    ("Velmar Valley", «долина Вельмар», «Вельмар аңғарында»: Velmar), else None."""
    ws = _words(name)
    if len(ws) < 2:
        return None
    if _bare_kind(ws[-1].lower()):
        ws = ws[:-1]
    elif _bare_kind(ws[0].lower()):
        ws = ws[1:]
    else:
        return None
    return " ".join(ws) if ws and len(tkey(" ".join(ws))) >= 4 else None


def _acronym(word: str) -> bool:
    return len(word) <= 5 and word.isupper() and len(word) > 1


@functools.cache
def _adjective_endings() -> tuple[str, ...]:
    out = {e.lower() for lang in ("ru", "uk", "kk") for e in load_list(lang, "entity_cross_endings") if len(e) >= 2}
    return tuple(sorted(out, key=lambda e: (-len(e), e)))


@functools.cache
def _latin_diacritics() -> dict[str, str]:
    """Latin letter with a diacritic -> its sound (``entity_latin_diacritics``: č -> ch)."""
    return {r[0]: r[1] for r in load_table(None, "entity_latin_diacritics") if len(r) == 2 and len(r[0]) == 1}


_CH_K = re.compile(r"ch(?=[rl])")  # (Chr, Chl: a Greek ch, k)
_POSSESSIVE = re.compile(r"(?:['’ʼ]s|(?<=[^s'’ʼ])s)$")


def _word_keys(word: str, strip: bool | str = True) -> list[str]:
    """Keys of one word: a Latin word's, with c before e/i read as ч, ch before r or l as k (Chrisander,
    «Крисандер»), and without an English plural or possessive s; a Cyrillic word's, and without a
    case ending (Джозефа, Джозеф) unless ``strip`` is false (``"adj"``: an adjective's ending only,
    «Вельмірського», for a gazetteer place's name)."""
    keys = [tkey(word)]
    low = word.lower()
    if _CYR.search(word):
        if not strip:
            return [k for k in keys if k and " " not in k]
        for e in _adjective_endings() if strip == "adj" else _endings():
            if low.endswith(e) and len(low) - len(e) >= 4 and (len(e) >= 2 or e in "аеиоуыэюяіїєәөұүі"):
                keys.append(tkey(word[: -len(e)]))
                break
        return [k for k in dict.fromkeys(keys) if k and " " not in k]
    if any(c in _latin_diacritics() for c in low):  # Dravčić, «Дравчич»: the letters' sounds
        keys.append(tkey("".join(_latin_diacritics().get(c, c) for c in low)))
    if "c" in low:
        keys.append(tkey(_SOFT_C.sub("ch", low)))
    if _CH_K.search(low):
        keys.append(tkey(_CH_K.sub("k", low)))
    if len(low) >= 6 and _POSSESSIVE.search(low):
        keys.append(tkey(_POSSESSIVE.sub("", low)))
    return [k for k in dict.fromkeys(keys) if k and " " not in k]


def name_skeletons(name: str, strip: bool | str = True) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(skeletons, keys) of each reading of a name, word by word; [] for an acronym or a word without
    a key. ``strip``: a Cyrillic word is also read without a case ending."""
    ws = _words(name)
    if not ws or any(_acronym(w) for w in ws):
        return []
    readings: list[list[tuple[str, str]]] = [[]]
    for w in ws:
        opts = [(cross_skeleton(k), k) for k in _word_keys(w, strip)]
        opts = [o for o in opts if o[0]]
        if not opts:
            return []
        readings = [r + [o] for r in readings for o in opts][:8]
    return [(tuple(s for s, _ in r), tuple(k for _, k in r)) for r in readings]


def _keys_near(ka: tuple[str, ...], kb: tuple[str, ...], skel: tuple[str, ...]) -> bool:
    """Word keys similar enough beside equal skeletons (a short name's keys nearer)."""
    from rapidfuzz import fuzz

    letters = sum(len(s.lstrip("*")) for s in skel)
    if letters < 2 or sum(len(s) for s in skel) < 3:
        return False
    floor = 70 if letters <= 2 else 65 if letters == 3 else 60
    return all(fuzz.ratio(a, b) >= floor for a, b in zip(ka, kb, strict=True))


@functools.cache
def _particles() -> frozenset[str]:
    return frozenset(w.lower() for name in ("entity_connectors", "entity_name_particles") for w in load_list(None, name))


_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*")
_MID = re.compile(r"[a-zа-яёіїєґәғқңөұүһ0-9,;:(–—-]$")  # what a name inside a sentence follows
_OPEN = " \t\"'«“„("


_KIND_AFTER = re.compile(r"[^\W\d_]+")


@functools.cache
def _kind_stems() -> tuple[str, ...]:
    """Stems of the place kind words of every language (``entity_place_suffixes``: область, district)."""
    words = {w.lower() for lang in ("ru", "uk", "kk", "en") for w in load_list(lang, "entity_place_suffixes") if " " not in w}
    return tuple(sorted({w[:5] if len(w) > 5 else w for w in words}))


def _kind_word(word: str) -> bool:
    return any(word.startswith(st) and len(word) - len(st) <= 5 for st in _kind_stems())


@functools.cache
def _generic_words() -> frozenset[str]:
    """Translated name words (``name_parts``: East, Новый): no name alone."""
    return frozenset(w.lower() for w in load_map(None, "name_parts"))


def _capitalized(word: str) -> bool:
    return word[:1].isupper() and not word.isupper() and len(word) > 1


def candidate_runs(text: str, taken) -> list[str]:
    """Capitalized runs of one sentence (up to three names, particles inside) that follow a word of the
    sentence, not its start, and lie inside no mention (``taken(start, end)``), with their shorter runs."""
    toks = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    out: list[str] = []
    i = 0
    while i < len(toks):
        w, start, _ = toks[i]
        if not _capitalized(w) or not _MID.search(text[max(0, start - 8):start].rstrip(_OPEN).lower()):
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks) and len(run) < 5:
            if not ((_capitalized(toks[j][0]) and not text[run[-1][2]:toks[j][1]].strip(" -"))
                    or (toks[j][0] in _particles() and j + 1 < len(toks) and _capitalized(toks[j + 1][0]))):
                break
            run.append(toks[j])
            j += 1
        i = j
        after = text[run[-1][2]:run[-1][2] + 24].lstrip(" -»”\"'").lower()
        if _KIND_AFTER.match(after) and _kind_word(_KIND_AFTER.match(after).group()):
            continue  # (a region's adjective before its kind word: «Вельмірській області»)
        for a in range(len(run)):
            for b in range(a, min(len(run), a + 4)):
                if not (_capitalized(run[a][0]) and _capitalized(run[b][0])):
                    continue
                s, e = run[a][1], run[b][2]
                if sum(_capitalized(t[0]) for t in run[a:b + 1]) <= 3 and not taken(s, e):
                    out.append(text[s:e])
    return out


def _gender_clash(cyr_keys: tuple[str, ...], lat_keys: tuple[str, ...]) -> bool:
    """A Latin word ending in -a beside a Cyrillic one ending in a consonant: a woman's name or
    surname beside a man's (Velmira, Вельмир; a Cyrillic -а may be a case ending, a Latin one is not)."""
    return any(b.endswith("a") and a[-1:] not in _VOWELS for a, b in zip(cyr_keys, lat_keys, strict=True))


class ScriptLinks:
    """Mixin of `EntityLinker` (uses its ``nodes``, ``gaz``, `_find`, `_union`, `_gid`)."""

    def add_candidates(self, doc, mentions) -> None:
        """Keep the capitalized runs inside ``doc``'s sentences that no mention covers whole (their
        counts only): `_script_forms` makes forms of them."""
        cands = self.__dict__.setdefault("script_candidates", Counter())
        spans = sorted(m.span for m in mentions)
        starts = [s for s, _ in spans]

        def taken(s: int, e: int) -> bool:
            k = bisect.bisect_right(starts, e) - 1
            while k >= 0 and spans[k][1] > s - 64:  # (mention spans are short)
                if spans[k][0] <= s and spans[k][1] >= e:  # (a run inside a mention; a longer one is kept)
                    return True
                k -= 1
            return False

        text = doc.text
        for sent in doc.sentences:
            a, b = sent.span
            for run in candidate_runs(text[a:b], lambda s, e, a=a: taken(a + s, a + e)):
                cands[run] += 1

    def _script_forms(self, ents: list) -> list:
        """The kept capitalized runs (`add_candidates`) that spell, in the other script, the name of one
        entity only and are no entity's form: forms of it; an entity named in Cyrillic only, no
        gazetteer place, takes its most written Latin spelling as its name."""
        cands: Counter = getattr(self, "script_candidates", Counter())
        if not cands:
            return ents
        owned = {f for e in ents for f in e.forms}
        index: dict[tuple[bool, tuple[str, ...]], list[tuple[int, tuple[str, ...], str]]] = {}
        for n, e in enumerate(ents):
            for f in dict.fromkeys(e.forms):
                cyr = bool(_CYR.search(f))
                if not cyr and not _LAT.search(f):
                    continue
                for skel, keys in name_skeletons(f, "adj" if e.gazetteer_id else True):
                    index.setdefault((cyr, skel), []).append((n, keys, f))
                    if len(skel) == 3:
                        index.setdefault((cyr, ("3", skel[0], skel[2])), []).append((n, (keys[0], keys[2]), f))
        added: dict[int, Counter] = {}
        for run, count in sorted(cands.items()):
            if run in owned:
                continue
            cyr = bool(_CYR.search(run))
            if not cyr and not _LAT.search(run):
                continue
            if " " not in run and (len(tkey(run)) < 4 or run.lower() in _generic_words()):
                continue  # (a short word; a translated name word alone)
            hits: set[int] = set()
            for skel, keys in name_skeletons(run):
                found = list(index.get((not cyr, skel), []))
                if len(skel) == 2:
                    found += index.get((not cyr, ("3", *skel)), [])
                for n, okeys, _oname in found:
                    if _keys_near(keys, okeys, skel) and all(abs(len(a) - len(b)) <= 3 for a, b in zip(keys, okeys, strict=True)) \
                            and not (_gender_clash(keys, okeys) if cyr else _gender_clash(okeys, keys)) \
                            and not self._run_conflict(run, ents[n]):
                        hits.add(n)
            if len(hits) == 1:
                added.setdefault(hits.pop(), Counter())[run] += count
        for n, runs in sorted(added.items()):
            e = ents[n]
            had_latin = any(_LAT.search(f) and not _CYR.search(f) for f in e.forms)
            for run, _ in sorted(runs.items(), key=lambda kv: (-kv[1], kv[0])):
                e.forms.append(run)
                e.merges.append({"form": run, "reason": "script-form", "node": ""})
            latin = [(c, r) for r, c in runs.items() if not _CYR.search(r) and self._spells(r, e)]
            if latin and not had_latin and not e.gazetteer_id and "(" not in e.canonical:  # (no landmark's "X (Town)")
                e.canonical = min(latin, key=lambda cr: (-cr[0], cr[1]))[1]
        return ents

    @staticmethod
    def _spells(run: str, ent) -> bool:
        """Whether a Latin run spells a Cyrillic form of ``ent`` as written (no case ending dropped):
        only such a spelling names the entity."""
        mine = {(skel, keys) for skel, keys in name_skeletons(run)}
        for f in ent.forms:
            if _CYR.search(f):
                for skel, keys in name_skeletons(f, False):
                    if any(s == skel and _keys_near(keys, k, skel) for s, k in mine):
                        return True
        return False

    def _run_conflict(self, run: str, ent) -> bool:
        """The run is the gazetteer's name of places other than the entity's (or of any, for an entity
        that is no gazetteer place)."""
        ids = self.gaz.lookup(tkey(run))
        return bool(ids) and ent.gazetteer_id not in ids

    def _link_cross_script(self) -> None:
        clusters: dict[str, list[str]] = {}
        for k in sorted(self.nodes):
            clusters.setdefault(self._find(k), []).append(k)
        latin_index: dict[tuple[str, ...], list[tuple[str, tuple[str, ...], str]]] = {}
        cyr_names: dict[str, list[str]] = {}
        for root, members in clusters.items():
            if any(k.startswith("k:#lm") for k in members):
                continue  # (a landmark's name and its town: `_entity_link._in_town`, not a spelling)
            names = {s.strip() for k in members for s in (*self.nodes[k].lemmas, *self.nodes[k].forms)}
            latin = sorted(n for n in names if _LAT.search(n) and not _CYR.search(n))
            if latin:
                latin += sorted({b for n in latin if (b := _bare_of_kind(n))} - set(latin))
                for name in latin:
                    for skel, keys in name_skeletons(name):
                        latin_index.setdefault(skel, []).append((root, keys, name))
                        if len(skel) == 3:  # (a middle name the Cyrillic page leaves out)
                            latin_index.setdefault(("3", skel[0], skel[2]), []).append((root, (keys[0], keys[2]), name))
            elif names and all(_CYR.search(n) for n in names):
                lemmas = {lem.strip() for k in members for lem in self.nodes[k].lemmas}
                longest = max(len(_words(lem)) for lem in lemmas) if lemmas else 0
                got = [n for n in names if len(_words(n)) >= longest]
                cyr_names[root] = sorted({*got, *(b for n in got if (b := _bare_of_kind(n)))})
        for root, names in sorted(cyr_names.items()):
            hits: dict[str, str] = {}
            gid = self._gid(root)
            if gid and (p := self.gaz.place(gid)) is not None and p.kind == "country":
                continue  # (the gazetteer knows a country's names in every script)
            strip = "adj" if gid else True  # (a gazetteer place's name keeps its case ending: Velmorina is no Velmor)
            for name in names:
                for skel, keys in name_skeletons(name, strip):
                    cands = latin_index.get(skel, [])
                    if len(skel) == 2:
                        cands = cands + latin_index.get(("3", *skel), [])
                    for other, okeys, oname in cands:
                        if _keys_near(keys, okeys, skel) and not _gender_clash(keys, okeys) \
                                and not self._gazetteer_conflict(root, name, other, oname):
                            hits.setdefault(self._find(other), "-".join(skel))
            roots = {self._find(h) for h in hits}
            if len(roots) == 1 and self._find(root) not in roots:
                other = next(iter(hits))
                self._union(other, root, f"script:{hits[other]}")

    def _link_cyrillic_spellings(self) -> None:
        """Russian, Ukrainian and Kazakh spellings of one foreign name («Дравенен», «Дравенін»; «Ольмарка»,
        «Ольмарқа»): a cluster whose forms are all Cyrillic joins the ONE other cluster of the run with a
        Cyrillic name of the same consonant skeleton word for word (`cross_skeleton`, as written: the
        lemmas are in the nominative) and similar keys. Guards as in `_link_cross_script` (no acronyms, no landmarks, no country,
        no two gazetteer places, no man's name beside a woman's), and one type on both sides; a name of
        one word has five skeleton letters at least; a place's word whose key only adds letters to the
        other's end is its case form or its adjective (a region's «Ольмарскую»), no other spelling."""
        clusters: dict[str, list[str]] = {}
        for k in sorted(self.nodes):
            clusters.setdefault(self._find(k), []).append(k)
        index: dict[tuple[str, ...], list[tuple[str, tuple[str, ...], str]]] = {}
        only_cyr: dict[str, list[str]] = {}
        types: dict[str, str] = {}
        for root, members in clusters.items():
            if any(k.startswith("k:#lm") for k in members):
                continue
            gid = self._gid(root)
            if gid and (p := self.gaz.place(gid)) is not None and p.kind == "country":
                continue
            votes: Counter = Counter()
            for k in members:
                votes.update(self.nodes[k].types)
            types[root] = "place" if gid else votes.most_common(1)[0][0] if votes else "org"
            names = {s.strip() for k in members for s in (*self.nodes[k].lemmas, *self.nodes[k].forms)}
            cyr = sorted(n for n in names if _CYR.search(n) and not _LAT.search(n))
            for name in cyr:
                for skel, keys in name_skeletons(name, False):  # (the nominative: an -а ending is a woman's)
                    index.setdefault(skel, []).append((root, keys, name))
            if cyr and len(cyr) == len(names):
                lemmas = {lem.strip() for k in members for lem in self.nodes[k].lemmas}
                longest = max(len(_words(lem)) for lem in lemmas) if lemmas else 0
                only_cyr[root] = sorted(n for n in cyr if len(_words(n)) >= longest)
        for root, names in sorted(only_cyr.items()):
            hits: dict[str, str] = {}
            for name in names:
                for skel, keys in name_skeletons(name, False):
                    if len(skel) == 1 and len(skel[0].lstrip("*")) < 5:
                        continue
                    for other, okeys, oname in index.get(skel, []):
                        if other == root or types.get(other) != types[root] or types[root] == "place" and any(
                                a != b and (a.startswith(b) or b.startswith(a)) for a, b in zip(keys, okeys, strict=True)):
                            continue  # (a place's word one ending longer is its case form or adjective: Ольмарскую)
                        if _keys_near(keys, okeys, skel) and not _gender_clash(keys, okeys) \
                                and not _gender_clash(okeys, keys) \
                                and not self._gazetteer_conflict(root, name, other, oname):
                            hits.setdefault(self._find(other), "-".join(skel))
            roots = {self._find(h) for h in hits} - {self._find(root)}
            if len(roots) == 1:
                other = next(h for h in hits if self._find(h) in roots)
                self._union(other, root, f"cyr-spelling:{hits[other]}")

    def _link_homonym_places(self) -> None:
        """One town of the corpus read as two homonyms of one country: the Ukrainian spelling
        «Вельмирівка» (and Velmyrivka) found the big village, the Russian one «Вельмировка» a small
        namesake whose Latin name is the Russian spelling. When one name's gazetteer readings hold the
        other's place, both towns of one country whose names have one consonant skeleton, the names
        are one town, the more populous reading. Names of one word only."""
        towns: dict[str, list[str]] = {}
        for k, n in sorted(self.nodes.items()):
            if not k.startswith("g:") or not n.gid or (p := self.gaz.place(n.gid)) is None or p.kind != "city":
                continue
            if any(" " in lem.strip() for lem in n.lemmas):
                continue
            towns.setdefault(p.country, []).append(k)
        for _country, ks in sorted(towns.items()):
            if len(ks) < 2:
                continue
            reads = {k: {i for lem in self.nodes[k].lemmas for i in self.gaz.lookup(tkey(lem))[:40]} for k in ks}
            for i, a in enumerate(ks):
                for b in ks[i + 1:]:
                    ga, gb = self.nodes[a].gid, self.nodes[b].gid
                    if ga == gb or (gb not in reads[a] and ga not in reads[b]) or self._find(a) == self._find(b):
                        continue
                    pa, pb = self.gaz.place(ga), self.gaz.place(gb)
                    if cross_skeleton(tkey(pa.name)) != cross_skeleton(tkey(pb.name)):
                        continue  # (homonyms by spelling only, not another name the gazetteer also files)
                    win, lose = (a, b) if pa.population >= pb.population else (b, a)
                    self._union(win, lose, f"homonym:{self.nodes[win].gid}")

    def _gazetteer_conflict(self, cyr_root: str, cyr_name: str, lat_root: str, lat_name: str) -> bool:
        """One side a gazetteer place, the other's name the gazetteer's name of other places only."""
        gc, gl = self._gid(self._find(cyr_root)), self._gid(self._find(lat_root))
        if gc and gl:
            return gc != gl
        if gc:
            ids = self.gaz.lookup(tkey(lat_name))
            return bool(ids) and gc not in ids
        if gl:
            ids = self.gaz.lookup(tkey(cyr_name))
            return bool(ids) and gl not in ids
        return False


def script_place_names(entities, linker) -> dict[str, str]:
    """A place entity's Cyrillic names in Latin letters as a claim's place writes a name the gazetteer
    lacks («Вельмора»: Vel'mora -> Velmora) -> the entity's name, where the entity took its Latin
    spelling by a join or form of this module (Velmorra)."""
    from .translit import latin

    ids = {e.id: e for e in entities if e.type == "place" and not e.gazetteer_id
           and any(str(m.get("reason", "")).startswith("script") for m in e.merges)}
    out: dict[str, set[str]] = {}
    for k, n in linker.nodes.items():
        e = ids.get(linker._entity_of.get(k, ""))
        if e is None:
            continue
        for lem in (*n.lemmas, *n.forms):
            if _CYR.search(lem):
                out.setdefault(latin(lem).replace("'", "").replace("’", ""), set()).add(e.canonical)
    for e in ids.values():  # (a form `_script_forms` added has no node)
        for f in e.forms:
            if _CYR.search(f):
                out.setdefault(latin(f).replace("'", "").replace("’", ""), set()).add(e.canonical)
    return {k: next(iter(v)) for k, v in out.items() if len(v) == 1 and k != next(iter(v))}
