"""Place mentions that are no scene of the event, read from the words around them (`Context`).

- A vessel's name: a place name in quotes after a ship noun (катер «Бердянськ», the tug "Yany Kapu",
  буксир «Керчь» і «Одеса»), or right after one in English ("the cruiser Moskva"): ``vessel_words``.
- A capital or country that did not confirm or comment ("Kyiv did not confirm", «Киев не
  подтвердил», «Київ не коментував», «Киев растамады»): a government, as in `Context._speaks`; the
  words skipped and the verbs are ``place_speaker_after`` (``skip`` and ``verb`` rows).
"""

from __future__ import annotations

import functools
import re

from .. import langdata
from .._vessel_words import vessel_words

_LANGS = ("en", "ru", "uk", "kk")
_OPEN = "«\"“„'‘"
_CLOSE = "»\"”“'’"
_WORDS = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_TAIL_WORD = re.compile(r"([^\W\d_]+(?:['’-][^\W\d_]+)*)\W*$")


@functools.cache
def _vessel_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """Ship nouns of every claim language (``vessel_words``: exact word forms, stems) and the
    conjunctions that join two quoted names."""
    exact, stems, conj = set(), set(), set()
    for lang in _LANGS:
        got = vessel_words(lang)
        exact |= got.forms
        stems.update(got.stems)
        conj |= got.conjunctions
    return frozenset(exact), tuple(sorted(stems)), frozenset(conj)


def _is_vessel(word: str) -> bool:
    exact, stems, _ = _vessel_words()
    w = word.lower()
    return w in exact or w.startswith(stems)


def vessel_name(text: str, start: int, end: int) -> bool:
    """Whether the place mention at ``start:end`` names a vessel: in quotes after a ship noun (through
    a list of quoted names) or before one (Kazakh «Бердянск» катері), or right after a ship noun with
    a space between ("the cruiser Moskva")."""
    lead = text[max(0, start - 160) : start]
    quoted = lead.endswith(tuple(_OPEN))
    if quoted and text[end : end + 1] in _CLOSE:
        nxt = _WORDS.match(text, end + 2) if text[end + 1 : end + 2] == " " else None
        if nxt is not None and _is_vessel(nxt.group()):
            return True
    if quoted:
        lead = lead[:-1]
    elif not lead.endswith(" "):
        return False
    conj = _vessel_words()[2]
    for _ in range(6):
        lead = lead.rstrip()
        w = _TAIL_WORD.search(lead[-40:])
        if w is None or w.end(1) != len(lead[-40:]) and not lead.endswith(","):
            return False
        if _is_vessel(w.group(1)):
            return True
        if not quoted:
            return False
        if _owner_between(lead):
            return True  # "катери ВМС України «Бердянськ»": the ship noun, then its owner
        # a list of quoted names: «А», «Б» і «В»
        if lead.endswith(","):
            lead = lead[:-1].rstrip()
        elif w.group(1).lower() in conj:
            lead = lead[: len(lead) - len(w.group(1))].rstrip()
        else:
            return False
        if not lead.endswith(tuple(_CLOSE)):
            return False
        opened = max(lead.rfind(q, max(0, len(lead) - 60), len(lead) - 1) for q in _OPEN)
        if opened < 0:
            return False
        lead = lead[:opened]
    return False


def _owner_between(lead: str) -> bool:
    """A ship noun at most three words before a quoted name, with no punctuation between ("катери ВМС
    України «Бердянськ»", "the Ukrainian navy tug \"Yany Kapu\"")."""
    clause = re.split(r"[.;:!?,()\[\]«»\"“”„]", lead[-60:])[-1]
    words = _WORDS.findall(clause)
    return any(_is_vessel(w) for w in words[-4:-1])


def after_abbreviation(text: str, start: int) -> bool:
    """A mention right after an upper-case abbreviation of a body ("ВМС України", "ФСБ Росії", "МВД
    Казахстана"): whose body it is, not where the event happened (for a country)."""
    lead = text[max(0, start - 12) : start]
    if not lead.endswith(" "):
        return False
    w = _TAIL_WORD.search(lead)
    return w is not None and w.end(1) == len(lead) - 1 and 2 <= len(w.group(1)) <= 5 and w.group(1).isupper()


@functools.cache
def _after_words() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """``place_speaker_after`` of every claim language: skipped words (negations, auxiliaries),
    verbs after them, and negated verbs that stand alone (as stems: rows end in ``*`` or not)."""
    skip, verbs, negs = set(), set(), set()
    for lang in _LANGS:
        for row in langdata.load_table(lang, "place_speaker_after"):
            w, kind = row[0].lower(), (row[1] if len(row) > 1 else "verb")
            {"skip": skip, "neg": negs}.get(kind, verbs).add(w)
    stem = lambda ws: tuple(sorted(w.rstrip("*") for w in ws))  # noqa: E731
    return frozenset(skip), stem(verbs), stem(negs)


def _fits(word: str, rows: tuple[str, ...]) -> bool:
    return any(word == r or word.startswith(r) for r in rows)


def denies_as_government(text: str, end: int) -> bool:
    """Whether the words right after a place mention ending at ``end`` make it a government that
    did not confirm or comment ("Kyiv did not confirm", «Киев не подтвердил», «Киев растамады»)."""
    if text[end : end + 1] != " ":
        return False
    skip, verbs, negs = _after_words()
    words = _WORDS.findall(text[end : end + 60].split("\n", 1)[0].lower())
    k = 0
    while k < min(len(words), 3) and words[k] in skip:
        k += 1
    return k < len(words) and (_fits(words[k], negs) or (k > 0 and _fits(words[k], verbs)))
