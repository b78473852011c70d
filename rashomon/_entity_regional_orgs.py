"""A body of a region, a town or a country named by its place (ru/uk: the place's genitive after it,
«прокуратура Ольмарской области», «департамента полиции города Ольмар», «ДЧС Ольмарской области»,
«поліції Ольмарії»; Kazakh and English: the place before it, «Ольмар облыстық полиция департаменті»,
"Olmar police", "Olmar Oblast prosecutor's office", "Velmorian police"): one organisation, written whole,
keyed by its kind (``entity_org_regional_heads``) and its place's name without the place's kind word
(Olmar Region and the town Olmar are one name here: «Ольмар облыстық» and «Ольмарской области» name
one body), so that its forms in every case and language are one entity. Only with the place: a bare
«прокуратура» names no one body. Mentions the scan made of the head's words (an acronym read as a
place, «ДЧС») give way; the place keeps its own mention."""

from __future__ import annotations

import bisect
import functools
import re
from typing import TYPE_CHECKING

from ._entity_names import HARD_GAP
from .langdata import load_list, load_map, load_table
from .model import Mention
from .translit import compact
from .translit import key as tkey

if TYPE_CHECKING:
    from ._entity_doc import ScanDoc as _Doc

_PLACE_KIND_WORDS = re.compile(r"\s+(?:region|oblast|province|city|county|district|area|krai|republic)$", re.I)
_KK_ENDING = 7  # letters a Kazakh word's case endings may add


@functools.cache
def _heads(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(concept, words) of the language's heads, longest first."""
    rows = [(r[0], tuple(r[1].split())) for r in load_table(lang, "entity_org_regional_heads") if len(r) >= 2]
    return tuple(sorted(rows, key=lambda r: -len(r[1])))


@functools.cache
def _kinds() -> frozenset[str]:
    return frozenset(load_list(None, "entity_org_regional_kinds"))


@functools.cache
def _adjectives() -> dict[str, str]:
    return load_map("en", "entity_country_adjectives")


def _kind_word(w: str) -> bool:
    low = w.lower()
    return low in _kinds() or any(low.startswith(k) and len(low) - len(k) <= _KK_ENDING for k in _kinds() if len(k) >= 5)


def _place_name(tagger, m: Mention) -> str:
    """The place's name without its kind word, as a key (Olmar Region, Olmar -> olmar)."""
    place = tagger.gaz.place(m.gazetteer_id) if m.gazetteer_id else None
    if place is not None and place.kind == "country":
        return place.country.lower()
    name = _PLACE_KIND_WORDS.sub("", m.canonical or "") if m.canonical else (m.lemma or m.text)
    return compact(tkey(name)) or compact(tkey(m.text))


def regional_orgs(tagger, d: _Doc, out: list[Mention]) -> None:
    """Add (in place, sorted) the bodies named by their place."""
    words, gaps = d.words, d.gaps
    if not words:
        return

    def near(k: int) -> bool:  # tokens k-1 and k with one space between
        return 0 < k < len(words) and gaps[k] in (" ", "\u00a0") and not HARD_GAP.search(gaps[k])

    def lemma(k: int, lang: str) -> str:
        w = words[k]
        return tagger._lemma_of(w, lang) if lang in ("ru", "uk") else w.lower()

    def head_before(i: int, lang: str) -> tuple[int, str] | None:
        """(first token, concept) of a head ending at token i-1 (ru/uk)."""
        # a head of words ends at token i-1 with one space before token i, its last word written or
        # lemmatized as there: the others are passed by without testing each word
        last = (words[i - 1].lower(), lemma(i - 1, lang)) if i >= 1 and near(i) else None
        for concept, hw in _heads(lang):
            if hw and (last is None or hw[-1] not in last):
                continue
            n = len(hw)
            a = i - n
            if a < 0 or not all(near(k) for k in range(a + 1, i + 1)):
                continue
            if all(lemma(a + k, lang) == hw[k] or words[a + k].lower() == hw[k] for k in range(n)):
                return a, concept
        return None

    def head_after(j: int, lang: str) -> tuple[int, str] | None:
        """(end token, concept) of a head starting at token j (kk/en; the last word may take endings)."""
        for concept, hw in _heads(lang):
            n = len(hw)
            if j + n > len(words) or not all(near(k) for k in range(j, j + n)):
                continue
            ok = True
            for k in range(n):
                low = words[j + k].lower().replace("’", "'")
                if low == hw[k]:
                    continue
                if lang == "kk" and k == n - 1 and low.startswith(hw[k]) and len(low) - len(hw[k]) <= _KK_ENDING:
                    continue
                if lang == "kk" and k == n - 1 and hw[k].endswith("і") and low.startswith(hw[k][:-1]) \
                        and len(low) - len(hw[k]) <= _KK_ENDING:
                    continue  # департаменті -> департаментінің, департаментіне
                ok = False
                break
            if ok:
                return j + n, concept
        return None

    made: list[tuple[int, int, str, str, str, Mention | None]] = []  # (start, end, concept, place key, name, place)
    for m in out:
        if m.type != "place" or getattr(m, "how", "") in ("landmark", "direction"):
            continue
        i = bisect.bisect_left(d.starts, m.span[0])
        j = bisect.bisect_left(d.ends, m.span[1])
        if i >= len(words) or d.starts[i] != m.span[0] or j >= len(words) or d.ends[j] != m.span[1]:
            continue
        lang = d.tok_lang[i] or d.lang(i)
        if lang in ("ru", "uk"):
            b = i - 1 if i > 0 and near(i) and words[i - 1].lower() in _kinds() else i  # «полиции города Ольмар»
            got = head_before(b, lang) if b == i or near(b) else None
            if got is None:
                continue
            made.append((d.starts[got[0]], m.span[1], got[1], _place_name(tagger, m), m.canonical or m.lemma or m.text, m))
        elif lang in ("kk", "en"):
            k = j + 1
            while k < len(words) and k - j <= 2 and near(k) and _kind_word(words[k]):
                k += 1  # «Ольмар облыстық», "Olmar Oblast"
            if not near(k):
                continue
            got = head_after(k, lang)
            if got is None:
                continue
            made.append((m.span[0], d.ends[got[0] - 1], got[1], _place_name(tagger, m), m.canonical or m.lemma or m.text, m))
    # "Velmorian police": an English country adjective before the head
    for i, w in enumerate(words):
        if w in _adjectives() and (d.tok_lang[i] or d.lang(i)) == "en" and near(i + 1):
            got = head_after(i + 1, "en")
            if got is not None:
                made.append((d.starts[i], d.ends[got[0] - 1], got[1], _adjectives()[w].lower(), w, None))
    if not made:
        return
    for s, e, concept, key, name, place in made:
        if any(x.span == (s, e) and x.type == "org" for x in out):
            continue
        if any(x.span[0] < e and s < x.span[1] and not (s <= x.span[0] and x.span[1] <= e) and x.type != "place" for x in out):
            continue  # a name of the scan runs across the phrase's edge: left as it was
        # what the scan made of the head's words gives way (an acronym read as a place: «ДЧС»)
        out[:] = [x for x in out if x is place or not (s <= x.span[0] and x.span[1] <= e) or (
            x.type == "place" and getattr(x, "how", "") not in ("place-word", "morph"))]
        a = bisect.bisect_left(d.starts, s)
        tagger._emit(d, a, a + 1, "org", "regional", f"{name} {concept.replace('-', ' ').title()}", out, end_char=e)
        out[-1].key = f"#org {concept}@{key}"
    out.sort(key=lambda m: m.span[0])
