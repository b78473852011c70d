"""Readable timeline labels: a sentence with its time phrases cut out.

A time phrase is cut with what only makes sense together with it: the prepositions and qualifiers
before it ("on", "по состоянию на", "в ночь с", "станом на", from ``time_qualifiers.txt`` and
``time_label_lead.txt``) and the postpositions after it (kk "6 қарашаға дейін", "5 қаңтардан
бастап"). A date followed by a possessive ("Friday night's violence") stays: cutting it would break
the noun phrase. What is left is tidied: a wire dateline's place ("ALMATY, (Agency) -"), a list
number ("8."), dangling punctuation ("Correction,:", "()").
"""

from __future__ import annotations

import functools
import re

from ..langdata import languages, load_list
from .lexicon import alternation, lexicon

LABEL_MAX = 80
_WINDOW = 40
_POSSESSIVE = re.compile(r"['’]s\b")
_LEAD_PUNCT = re.compile(r"^[\s,;:.\-–—)*_#|]+")
_CLOCK = re.compile(r"\d[:.]\d\d")
_SHORT_BRACKET = re.compile(r"\s*\([^\W\d]+(?:[\s-]+[^\W\d]+){0,2}\)")  # "19:50 (local)", "14:30 (Dushanbe time)"
_WIRE_HEAD = re.compile(r"^[A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ][A-ZА-ЯЁІЇЄҐӘҒҚҢӨҰҮҺ.'’\- ]{1,40},\s*(?:\([^()\n]{1,40}\)\s*)?[-–—]\s+")
_LIST_NUMBER = re.compile(r"^\d{1,2}[.)]\s+(?=\S)")
_EMPTY_BRACKETS = re.compile(r"\(\s*[,;]?\s*\)|\[\s*\]")
_PUNCT_RUN = re.compile(r"[,;]\s*(?=[:.;,])")
_SPACE_PUNCT = re.compile(r"\s+([,.;:)»”])")
# "14:30 (Moscow time)", "09:20 (03:20 GMT)": a bracket restating the zone or the time goes with the time
_BRACKET = r"\s*\((?=[^()\n]{{0,40}}(?:{zone}|\d\d?[:.]\d\d))[^()\n]{{0,40}}\)"


@functools.cache
def _patterns() -> tuple[re.Pattern, re.Pattern, frozenset[str]]:
    lx = lexicon()
    before_words = frozenset(w for w, r in lx.qual_pre.items() if r - {"approximate"}) | frozenset(lx.clock_pre)  # "at around"
    trails = [w.casefold() for lang in languages() for w in load_list(lang, "time_label_trail")]
    zones = [z.casefold() for z in lx.zones]
    before = alternation(_lead_words())
    flags = re.IGNORECASE | re.UNICODE
    return (re.compile(rf"(?<!\w)(?:{before})\s*,?\s*$", flags),
            re.compile(rf"[\s-]*(?:{alternation(list(lx.qual_post) + trails + lx.year_words + zones)})(?!\w)|{_BRACKET.format(zone=alternation(lx.zones))}", flags), before_words)


def _lead_words() -> list[str]:
    """The words a time phrase may take before it (qualifiers, leads, clock words, day parts, zones)."""
    lx = lexicon()
    leads = [w.casefold() for lang in languages() for w in load_list(lang, "time_label_lead")]
    zones = [z.casefold() for z in lx.zones]
    return list(lx.qual_pre) + list(lx.approx_pre) + leads + lx.clock_pre + lx.clock_prefix + list(lx.dayparts) + zones


@functools.cache
def _before_reversed() -> re.Pattern | None:
    """The "before" pattern of `_patterns` for the REVERSED text before a phrase, so that a look costs
    the length of the words, not one trie attempt per character of the window; None when it would not
    find the same words: it does while no word starts or ends with a space or a comma (the separator
    is then the whole run of them) and no two letters of the words are equal case-insensitively (the
    reversed trie then takes the longest word first, as the leftmost match of the forward search)."""
    words = _lead_words()
    chars = {c for w in words for c in w}
    if any(not w.strip() or w[0] in ", " or w[-1] in ", " or w[0].isspace() or w[-1].isspace() for w in words):
        return None
    for c in chars:
        same = re.compile(re.escape(c), re.IGNORECASE)
        if any(o != c and same.fullmatch(o) for o in chars):
            return None
    rev = alternation(w[::-1] for w in words)
    return re.compile(rf"\s*,?\s*(?:{rev})(?!\w)", re.IGNORECASE | re.UNICODE)


def _lead_start(text: str, before: re.Pattern, pos: int, a: int) -> int | None:
    """Where the word of ``before`` that ends (with spaces and a comma) at ``a`` starts, at ``pos`` or
    after; None when there is none (`_before_reversed`: the same answer as ``before.search``)."""
    rev = _before_reversed()
    if rev is not None:
        m = rev.match(text[max(0, pos - 1):a][::-1])  # (one character more: what the word must not follow)
        if m is None:
            return None
        if a - m.end() >= pos:
            return a - m.end()
    m = before.search(text, pos, a)  # (a word longer than the window: the forward search decides)
    return m.start() if m else None


def cut_span(text: str, span: tuple[int, int], lo: int, hi: int) -> tuple[int, int] | None:
    """The stretch of ``text`` to cut for the time phrase at ``span`` (within the unit ``lo``-``hi``),
    or None when the phrase must stay (a possessive follows)."""
    a, b = span
    if _POSSESSIVE.match(text, b, min(hi, b + 3)):
        return None
    before, after, preps = _patterns()
    lead = True  # a preposition follows a lead ("late on", "в ночь с"), not another one ("going on since")
    for _ in range(4):  # "по состоянию на", "On the morning of": each step takes one word or phrase
        s = _lead_start(text, before, max(lo, a - _WINDOW), a)
        if s is None or s == a:
            break
        prep = " ".join(text[s:a].casefold().replace("’", "'").strip(" ,").split()) in preps
        if prep and not lead:
            break
        lead = not prep
        a = s
    for _ in range(2):  # "8 ақпанға қараған түні", "6 қарашаға дейін"
        m = after.match(text, b, min(hi, b + _WINDOW))
        if not m or m.end() == b:
            break
        b = m.end()
    if _CLOCK.search(text, span[0], span[1]):
        m = _SHORT_BRACKET.match(text, b, min(hi, b + _WINDOW))
        b = m.end() if m else b
    return a, b


@functools.cache
def _joins() -> re.Pattern:
    words = alternation([w.casefold() for lang in languages() for w in load_list(lang, "time_label_joins")])
    return re.compile(rf"[\s,]*(?:{words})[\s,]*", re.IGNORECASE | re.UNICODE)


def _joined(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cuts of two time phrases joined by a conjunction ("в понедельник и во вторник", ``time_label_joins``)
    as one cut, the conjunction with them: no "Их похоронили в родных сёлах и." is left."""
    out: list[tuple[int, int]] = []
    for a, b in cuts:
        if out and out[-1][1] <= a and _joins().fullmatch(text, out[-1][1], a):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def make_label(text: str, unit: tuple[int, int], spans: list[tuple[int, int]]) -> str:
    """The label of the sentence ``unit`` with the time phrases at ``spans`` cut out."""
    cuts = _joined(text, sorted(c for s in spans if (c := cut_span(text, s, unit[0], unit[1]))))
    parts, pos = [], unit[0]
    for a, b in sorted(cuts):
        if a >= pos:
            parts.append(text[pos:a])
            pos = b
        elif b > pos:
            pos = b
    parts.append(text[pos:unit[1]])
    s = " ".join(" ".join(parts).split())
    s = _LEAD_PUNCT.sub("", s)
    s = _WIRE_HEAD.sub("", s)
    s = _LIST_NUMBER.sub("", s)
    s = _EMPTY_BRACKETS.sub("", s)
    s = _PUNCT_RUN.sub("", s)
    s = _SPACE_PUNCT.sub(r"\1", " ".join(s.split()))
    s = _LEAD_PUNCT.sub("", s).strip(" ,;:-–—")
    if len(s) > LABEL_MAX:
        s = s[:LABEL_MAX].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return s[:1].upper() + s[1:]
