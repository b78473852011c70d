"""Word lists and document-level hints for `attribution`: the publisher of an own release (its
letterhead or footer), and the attribution-only lists read per language (``row_places``,
``source_anaphora``, ``source_postpositions``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from .. import langdata
from .grammar import PhraseMatcher, tokenize
from .lexicon import Lexicon

_FOOTER = re.compile(r"([^\d,.;:!?\n]{3,120}), (?:19|20)\d\d\b")  # "Администрация Правительства Кузбасса, 2021."
_KNOWN = ("", "unknown", "eyewitness", "social_media")  # types that name no publishing body
_LISTS: dict[tuple[str, str], PhraseMatcher] = {}


def word_list(lang: str, name: str) -> PhraseMatcher:
    """The patterns of ``rashomon/lang/<lang>/<name>.txt`` as a matcher (built once per language)."""
    got = _LISTS.get((lang, name))
    if got is None:
        got = _LISTS[lang, name] = PhraseMatcher((p, True) for p in langdata.load_list(lang, name))
    return got


def zero_matcher(lang: str) -> PhraseMatcher:
    """``denial_zero.txt`` of ``lang`` as a matcher: each "no one was killed" phrase with the
    measure it denies as payload."""
    got = _LISTS.get((lang, "denial_zero"))
    if got is None:
        got = _LISTS[lang, "denial_zero"] = PhraseMatcher(langdata.load_map(lang, "denial_zero").items())
    return got


def stem(w: str) -> str:
    """The first five letters: inflected forms of a name meet ("министерство", "министерства")."""
    return w[:5]


def publisher_stems(lex: Lexicon, type_of: Callable, text: str) -> frozenset[str]:
    """Word stems of a document's letterhead (a first line that only names an organisation:
    "Министерство здравоохранения Кыргызской Республики", "СООБЩЕНИЕ ПРЕСС-СЛУЖБЫ МВД") and footer
    ("© Министерство ...", "Администрация ..., 2021."); ``type_of``: `Attributor._type_of`."""
    head = text[:300].lstrip().split("\n", 1)[0].strip()
    tail = [ln.strip() for ln in text[-600:].splitlines() if ln.strip()][-3:]
    lines = []
    if head and len(head) <= 150 and not any(ch.isdigit() or ch in ":!?" for ch in head) and _letterhead(lex, head):
        lines.append(head)
    for ln in tail:
        if ln.startswith(("©", "(c)", "(C)")):
            lines.append(ln.lstrip("©(cC) ").split(".", 1)[0])
        elif (m := _FOOTER.match(ln)) is not None:
            lines.append(m.group(1))
    out: set[str] = set()
    for ln in lines:
        toks = tokenize(ln)
        if len(toks) <= 16 and type_of(toks, default="") not in _KNOWN:
            out.update(stem(t.low) for t in toks if t.kind == "w" and len(t.text) > 2)
    return frozenset(out)


def _letterhead(lex: Lexicon, line: str) -> bool:
    """A line that only names an organisation: in capitals ("СООБЩЕНИЕ ПРЕСС-СЛУЖБЫ МВД"), or a
    source word first and a capitalized word last ("Министерство здравоохранения Кыргызской
    Республики"); not a headline ("Полиция разогнала митинг", "У Жезказгані поліція ...")."""
    toks = tokenize(line)
    words = [t for t in toks if t.kind == "w"]
    if not words or len(words) > 10 or lex.measures.find(toks) or any(
            kind not in ("det", "rel", "aux") for _a, _b, kind in lex.attribution.find(toks)):
        return False
    if all(t.text.isupper() for t in words):
        return True
    return bool(lex.source_types.first(toks, 0)) and words[-1].text[:1].isupper() and len(words) > 1
