"""Verbs of saying near a date: a weekday next to one ("the ministry said on Monday", "МВД в
понедельник сообщило", "министрлігі дүйсенбі күні ... мәлімдеді") is the day of saying, not of the
event (`rashomon.time.when`, `rashomon.time.anchor`). Words: ``lang/*/time_saying_words.txt`` and
``lang/*/time_reported_suffixes.txt``.
"""

from __future__ import annotations

import functools
import re
from itertools import islice

from ..langdata import languages, load_list
from .lexicon import lexicon

_WORDS = re.compile(r"[^\W\d_][\w'’.-]*|\d+")


_CLAUSE_WORDS = re.compile(r"[^\W\d_][\w'’-]*|[,;:.!?()«»\"]")


def saying_near(text: str, span: tuple[int, int], reach: int = 3) -> bool:
    """A verb of saying (``lang/*/time_saying_words.txt``) in the clause of ``span``, at most ``reach``
    words before it or anywhere after it (a Kazakh verb closes its clause): "the ministry said on
    Tuesday", "МВД в понедельник сообщило", "министрлігі дүйсенбі күні 60 адамның ... мәлімдеді"
    date the saying; "суд в понедельник признал виновными" dates what the court did."""
    stems = _saying_stems()
    before = _CLAUSE_WORDS.findall(text, max(0, span[0] - 80), span[0])
    after = _CLAUSE_WORDS.findall(text, span[1], span[1] + 160)
    near = []
    for w in reversed(before[1:] if span[0] > 80 else before):  # the first may be cut
        if not w[0].isalnum() or len(near) >= reach:
            break
        near.append(w)
    rest = after[:-1] if span[1] + 160 < len(text) else after
    for k, w in enumerate(rest):
        if not w[0].isalnum():
            if w == ",":
                return _reported_across(rest[k:], stems) or _said(near, stems)
            break
        near.append(w)
    return _said(near, stems)


def said_on(text: str, span: tuple[int, int]) -> bool:
    """A date between a verb of saying (at most one word, a preposition, between them) and the word
    opening what was said (``lang/*/time_saying_that.txt``): "the mission said on 2 May 2023 that it had
    verified 23 deaths", "миссия заявила 2 мая, что погибли 23" date the saying, not the deaths."""
    before = _CLAUSE_WORDS.findall(text, max(0, span[0] - 40), span[0])[-2:]
    if not before or not all(w[0].isalnum() for w in before):
        return False
    if not _said(before, _saying_stems()):
        return False
    after = _CLAUSE_WORDS.findall(text, span[1], span[1] + 30)
    if after and after[0] == ",":
        after = after[1:]
    return bool(after) and after[0].casefold() in _that_words()


_SUBJECT_WORDS = 6  # words of a subject between a date opening a sentence and its verb of saying


def said_after(text: str, span: tuple[int, int]) -> bool:
    """A date opening its sentence, then a subject, a verb of saying and the word opening what was said
    ("В пятницу, 15 июля, Национальная полиция сообщила, что погибли 23", "On 15 July the police said
    that 23 died"), or right before such a verb ("police on 15 July said that"): the day of saying."""
    # the words read: a comma, the subject, the verb and two after it (not all 200 characters')
    after = list(islice(_CLAUSE_WORDS.finditer(text, span[1], span[1] + 200), _SUBJECT_WORDS + 4))
    opens = None  # whether the date opens its sentence, found when it matters
    if after and after[0].group() == ",":
        opens = _opens_sentence(text, span[0])
        if not opens:
            return False  # "the blast hit on 14 July, police said that": the date is the blast's
        after = after[1:]
    stems, that = _saying_stems(), _that_words()
    for k, m in enumerate(after[:_SUBJECT_WORDS + 1]):
        w = m.group()
        if not w[0].isalnum():
            return False
        if _said([w], stems):
            if k and not (_opens_sentence(text, span[0]) if opens is None else opens):
                return False
            if _FIGURE_NEXT.match(text, m.end()):
                return True  # "the police said 23 people died", "МВД сообщило о 23 погибших"
            rest = [x.group() for x in after[k + 1:k + 3]]
            if rest and rest[0] == ",":
                rest = rest[1:]
            return bool(rest) and rest[0].casefold() in that
    return False


_FIGURE_NEXT = re.compile(r"[^\S\n]*(?:[^\W\d_][\w'’-]{0,30}[^\S\n]+){0,2}\d")  # a figure within two words


def _opens_sentence(text: str, at: int) -> bool:
    """Only prepositions ("On", "В", at most two) between ``at`` and the start of its sentence or line."""
    lo = max(0, at - 40)
    cut = max(text.rfind(c, lo, at) for c in ".!?\n")
    if cut < 0 and lo > 0:
        return False
    head = text[cut + 1:at]
    if any(c in head for c in ",;:"):
        return False
    words = _WORDS.findall(head)
    preps = lexicon().qual_pre
    return len(words) <= 2 and all(w.casefold().replace("’", "'") in preps for w in words)


@functools.cache
def _that_words() -> frozenset[str]:
    return frozenset(w.casefold() for lang in languages() for w in load_list(lang, "time_saying_that"))


def _said(words: list[str], stems: tuple[str, ...]) -> bool:
    if stems is _saying_stems():  # (always, here: a word's answer is looked up, not folded and tried again)
        return any(map(_is_saying, words))
    return any(w.casefold().replace("’", "'").startswith(stems) for w in words)


#: word -> whether it starts like a verb of saying (`_is_saying`); bounded, so memory stays flat
_SAYING: dict[str, bool] = {}


def _is_saying(w: str) -> bool:
    """Whether the word starts with a stem of ``time_saying_words`` (case-folded; cached by word)."""
    got = _SAYING.get(w)
    if got is None:
        if len(_SAYING) > 50_000:
            _SAYING.clear()
        got = _SAYING[w] = w.casefold().replace("’", "'").startswith(_saying_stems())
    return got


def _reported_across(words: list[str], stems: tuple[str, ...]) -> bool:
    """A verb of saying closing the sentence right after a reported clause's verb ("...анықталғанын
    мәлімдеді", ``lang/*/time_reported_suffixes.txt``): it reports the clauses before the commas too."""
    ends = _reported_suffixes()
    prev = ""
    for w in words:
        if w in ".;!?":
            break
        low = w.casefold()
        if w[0].isalnum() and low.startswith(stems) and prev.endswith(ends):
            return True
        prev = low
    return False


@functools.cache
def _reported_suffixes() -> tuple[str, ...]:
    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_reported_suffixes")) or ("\0",)


def weekday_named(text: str) -> bool:
    """Whether an expression's text names a weekday ("on Monday", "в понедельник", "дүйсенбі күні")."""
    lx = lexicon()
    return any(lx.weekday_of(w) is not None for w in _WORDS.findall(text) if not w.isdigit())


@functools.cache
def _saying_stems() -> tuple[str, ...]:
    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_saying_words")) or ("\0",)
