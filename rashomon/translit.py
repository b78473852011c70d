"""Transliteration and phonetic keys that make Russian, Ukrainian, Kazakh and English spellings meet.

``latin(s)`` is a readable Latin rendering (anyascii, with Kazakh letters mapped first so that
``Жаңатас`` reads ``Zhanatas``, not ``Zhangatas``). ``key(s)`` is a lossy, lowercase, letters-only
key for linking: ``key("Жанатас") == key("Жаңатас") == key("Zhanatas")``. Both are driven by the
tables ``rashomon/lang/translit_chars.txt`` (letter -> Latin) and ``translit_key.txt`` (ordered
rewrites); ``name_parts.txt`` maps translated name words (New/Новый/Novyy) to one key token.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from anyascii import anyascii

from .langdata import load_map, load_table

_NON_LETTER = re.compile(r"[^a-z]+")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)*", re.UNICODE)
_DOUBLE = re.compile(r"([a-z])\1+")


@functools.cache
def _char_map() -> dict[str, str]:
    out = {}
    for row in load_table(None, "translit_chars"):
        if row and len(row[0]) == 1:
            val = row[1] if len(row) > 1 else ""
            out[row[0]] = "" if val == "-" else val
    return out


@functools.cache
def _display_map() -> dict[str, str]:
    """Kazakh and Ukrainian letters whose anyascii rendering would not meet the Russian spelling."""
    m = _char_map()
    return {c: m[c] for c in "әғқңөұүһі" if c in m}


@functools.cache
def _rewrites() -> tuple[tuple[re.Pattern[str], str], ...]:
    rules = []
    for row in load_table(None, "translit_key"):
        src = row[0]
        dst = row[1] if len(row) > 1 else ""
        if src.startswith("re:"):
            rules.append((re.compile(src[3:]), dst))
            continue
        pat = re.escape(src.strip("^$"))
        if src.startswith("^"):
            pat = r"\b" + pat
        if src.endswith("$"):
            pat = pat + r"\b"
        rules.append((re.compile(pat), dst))
    return tuple(rules)


@functools.cache
def _name_parts() -> dict[str, str]:
    return load_map(None, "name_parts")


def rules_fingerprint() -> str:
    """Hash of the tables that define ``key``; the gazetteer records the one it was built with."""
    import hashlib

    from .langdata import LANG_ROOT

    h = hashlib.sha1()
    for name in ("translit_chars", "translit_key", "name_parts"):
        h.update((LANG_ROOT / f"{name}.txt").read_bytes())
    return h.hexdigest()[:16]


def latin(s: str) -> str:
    """A readable Latin transliteration (``Жаңатас`` -> ``Zhanatas``, ``Назарбаев`` -> ``Nazarbaev``)."""
    dm = _display_map()
    chars = []
    for ch in s:
        low = ch.lower()
        if low in dm:
            rep = dm[low]
            chars.append(rep.capitalize() if ch != low else rep)
        else:
            chars.append(ch)
    return anyascii("".join(chars))


def _letters(s: str) -> str:
    """Lowercase, letters mapped by the char table, everything else through anyascii."""
    cmap = _char_map()
    out = []
    for ch in unicodedata.normalize("NFC", s.lower()):
        if ch in cmap:
            out.append(cmap[ch])
        elif ch.isascii():
            out.append(ch)
        else:
            out.append(anyascii(ch).lower())
    return "".join(out)


@functools.lru_cache(maxsize=65536)
def word_key(word: str) -> str:
    """Phonetic key of one word (no spaces)."""
    s = _NON_LETTER.sub("", _letters(word))
    for pat, dst in _rewrites():
        s = pat.sub(dst, s)
    return _DOUBLE.sub(r"\1", s)


@functools.lru_cache(maxsize=65536)
def key(s: str) -> str:
    """Phonetic key of a name: words keyed one by one and joined by one space.

    Hyphenated and CamelCase parts are joined into one word (``Alma-Ata`` -> ``almaata``), so
    ``ОзеньМунайГаз``, ``Озенмунайгаз`` and ``Ozenmunaigas`` meet. Translated name words
    (``New``/``Новый``) map to one token through ``name_parts.txt``.
    """
    parts = _name_parts()
    words = []
    for w in re.split(r"[\s_/]+", s):
        w = w.strip("\"'«»“”„()[]{}.,;:!?")
        if not w:
            continue
        low = w.lower()
        if low in parts:
            words.append(parts[low])
            continue
        k = word_key(low)
        if k:
            words.append(k)
    return " ".join(words)


def compact(k: str) -> str:
    """A key without spaces, for comparing ``Kaz Munay Gas`` with ``KazMunayGas``."""
    return k.replace(" ", "")


def words(s: str) -> list[str]:
    """Letter runs of ``s`` (apostrophes inside words kept)."""
    return _WORD.findall(s)


@functools.cache
def _uk_table() -> tuple[dict[str, tuple[str, str]], dict[str, str]]:
    """(letter -> (Latin, Latin at a word's start), two letters at a word's end -> Latin) of
    ``uk/translit_latin.txt``."""
    one: dict[str, tuple[str, str]] = {}
    two: dict[str, str] = {}
    for row in load_table("uk", "translit_latin"):
        if len(row) < 2 or not row[0]:
            continue
        val = "" if row[1] == "-" else row[1]
        if len(row[0]) == 2:
            two[row[0]] = val
        elif len(row[0]) == 1:
            one[row[0]] = (val, ("" if row[2] == "-" else row[2]) if len(row) > 2 and row[2] else val)
    return one, two


def latin_uk(s: str) -> str:
    """A Ukrainian name in Latin letters as news media write it (``Сергій Моргунов`` -> ``Serhiy
    Morhunov``, ``Ігор Клименко`` -> ``Ihor Klymenko``); other characters through `latin`."""
    one, two = _uk_table()
    out = []
    for word in re.split(r"(\s+|-)", s):
        chars, k, n = [], 0, len(word)
        while k < n:
            ch = word[k]
            low = ch.lower()
            pair = word[k : k + 2].lower()
            if k + 2 == n and pair in two:
                rep, step = two[pair], 2
            elif low in one:
                rep, step = one[low][1 if k == 0 else 0], 1
            else:
                rep, step = latin(ch), 1
            chars.append(rep.capitalize() if ch != low and rep else rep)
            k += step
        out.append("".join(chars))
    return "".join(out)
