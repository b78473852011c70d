"""Figures and what they count, inside one sentence of tokens.

Two named rules:

- ``quantity``: [pre-qualifier] [range-first] NUMBER [range-mid NUMBER] [suffix] [post-qualifier], or
  a vague amount ("dozens", "сотни"); rejected when the context makes it money, a percentage, an age,
  a year, a date or time, a duration, a distance, an ordinal or a population (``nonclaim.txt``).
- ``measure``: the counted noun right after the figure ("500 раненых", "9 policemen") and the nearest
  trigger before or after it within the clause ("Убито больше 20", "16 people died"), checked against
  the class of the counted noun (buildings burn, troops are deployed); a figure in "(including 8
  police officers)" or coordinated with one before it ("20 shops, 46 buildings ... were burned")
  takes that figure's measure; so does one after a colon or a dash that details it ("9 people died:
  seven children and two adults"). A "none" trigger nearest to a figure ("the release of 12 people",
  "родственники погибших") means the figure counts no casualty: it gives no claim. A subset that
  opens its own clause keeps its verb ("150 participants, of them 60 are detained"); a role noun
  after "among" names a group, not the count; a count named before a colon ("Estimates of the
  number of participants vary: ...") measures the bare figures after it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from .. import langdata
from ._voice import word_list
from .grammar import Token
from .lexicon import Lexicon, NounClass, Trigger
from .numbers import parse_number

_TEXT = attrgetter("text")
_STOP = {";", ".", "!", "?", ":", "…"}
_COMPOUND = {"-", "/", ":", "."}
#: a clock time written with a dot ("Станом на 11.00", "в 09.30"): hours, a dot and two digits of minutes
_CLOCK_DOT = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")


def _clock_dot(toks, k: int, e: int) -> bool:
    """The figure at ``k`` is a clock time typed with a dot ("Станом на 11.00 рятувальники знайшли тіла",
    "в 09.30"), not a count of people: the digits "HH.MM" (two digits of minutes after the dot), with
    no multiplier after them ("1.50 million" is an amount)."""
    t = toks[k]
    return t.kind == "n" and e == k + 1 and bool(_CLOCK_DOT.fullmatch(t.text))


def _spaced_hyphen(toks, k: int) -> bool:
    """A hyphen typed for a dash, with a space on each side ("задержаны 4 человека - 3 охранника и ...")."""
    return toks[k].text == "-" and 0 < k < len(toks) - 1 and toks[k - 1].end < toks[k].start and toks[k].end < toks[k + 1].start


def _abbrev_dot(toks, k: int) -> bool:
    """The full stop at ``k`` ends a short lower-case abbreviation inside the sentence ("у м. Світлогорськ",
    "в г. Озёрск", "с. Нове"): the segmenter did not end the sentence there, so a scan goes on past it."""
    if k < 1 or k + 1 >= len(toks):
        return False
    w = toks[k - 1]
    return w.kind == "w" and w.end == toks[k].start and len(w.text) <= 3 and w.text.islower() and toks[k + 1].kind == "w" \
        and toks[k + 1].text[:1].isupper()


_QUOTES = {'"', "»", "”", "“"}
@functools.cache
def _saying_words(lang: str) -> tuple[str, ...]:
    """Starts of the verbs of saying (``time_saying_words.txt``): "said", "сообщил", "повідомив"."""
    return tuple(w.casefold() for w in langdata.load_list(lang, "time_saying_words"))


_EVENT_COUNTS = frozenset(("killed", "injured", "missing", "detained", "arrested"))  # counts of what befell people
_CODE_WORDS = {"covid"}  # "Covid-19": a disease's code glued to its number, no figure
_EXCEPT_HEADS = {"all", "все", "всех", "всі", "усі"}  # "all but N", "все, кроме N" (measures.txt: none, left)
_ROW_TOTALS = {"total", "a", "of", "всего", "всього", "усього", "загалом"}
_AND = {",", "and", "и", "і", "та", "й", "және", "мен", "бен", "пен", "or", "или", "або"}
_CLAUSE = ("contrast", "purpose", "clause", "relative")  # connectives that open another clause
_REL = frozenset(("who", "whose", "whom", "which", "that", "чей", "чья", "чьи", "который", "которого", "которой", "которые",
                  "чий", "чия", "чиї", "який", "якого", "якої", "які", "яких"))
_APPOS = frozenset(("a", "an"))
_WHETHER = frozenset(("чи", "ли", "whether", "if"))  # "невідомо, чи є загиблі": asked, not stated
_CLOSING = frozenset((".", "!", "…", "»", '"', "”", ")"))  # what ends a sentence of prose (a headline has none)
_CELL_BREAK = re.compile(r"[\t|\n]")  # a table cell's or a line's edge between two numbers
_ZERO_MEASURES = frozenset(("killed", "injured", "detained", "arrested", "missing"))  # a zero a negative pronoun may state
_NEG = frozenset(("не", "ни", "ні", "not", "no", "never", "any", "емес", "жоқ", "жодна", "жоден", "жодного", "любой"))
_ONE_AUX = frozenset(("is", "was", "has", "had", "remains", "remained"))
_PAIR_AUX = frozenset(("were", "are", "have", "had", "been", "были", "були"))
_THAN = frozenset(("than", "чем", "ніж"))
_WHOLE_MEASURES = _ZERO_MEASURES | {"charged"}
_FROM = frozenset(("из", "з", "із"))  # the whole of a part: "из 49 госпитализированных 18 ..."
_THAT = frozenset(("that", "что", "що", "чтобы", "щоб"))  # a clause opener: what follows is another clause
_ONE_ACTS = frozenset(("dismissed", "detained", "arrested", "charged", "convicted"))  # what a body does to one person
_ONE_OF_MEASURES = frozenset(("killed", "injured", "detained", "arrested", "missing"))  # "one of the guards was injured"
_OF_PEOPLE = frozenset(("killed", "injured", "missing", "detained", "arrested"))  # measures that count only people
_HELD = frozenset(("detained", "arrested"))  # measures that people already in custody (group "inmates") are not counted by
_DAY_LIST = {",", "and", "и", "і", "та", "й", "или", "або", "or", "-", "–", "және", "мен", "бен", "пен"}



_NOUN_SPAN = 64  # tokens: a counted noun phrase (adjectives, "of the", the noun) is far shorter


def _ending_before(ends: dict, k: int):
    """The figures of ``ends`` (last token -> figure) that end at or before ``k``, at most `_NOUN_SPAN`
    tokens back when there are many (a sentence of thousands of figures stays linear); all of them else."""
    if len(ends) <= 16:
        return ends.values()
    return (ends[j] for j in range(k - 1, max(-1, k - 1 - _NOUN_SPAN), -1) if j in ends)


@dataclass
class Quantity:
    start: int  # first token (qualifier included)
    end: int  # after the figure (suffix and post-qualifier included)
    nstart: int  # the figure itself
    nend: int
    value: int | tuple[int, int] | None
    qualifier: str
    rule: str = "quantity"
    head_end: int = 0  # after the counted noun
    noun: NounClass | None = None
    head: Trigger | None = None
    measure: str | None = None
    trigger: tuple[int, int] | None = None  # token span of the trigger
    group: str | None = None
    how: str = ""
    extra: dict = field(default_factory=dict)


class Rules:
    """The quantity and measure rules over the tokens of one sentence."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self._last_end = 0  # end of the last figure read by _quantity_at (a rejected range)

    # -- quantity ---------------------------------------------------------------------------------
    def quantities(self, toks: Sequence[Token], text: str, in_timex: Callable[[int, int], bool]) -> list[Quantity]:
        out: list[Quantity] = []
        day_end = -1  # token index after the last number rejected as a day of a month
        i, n = 0, len(toks)
        lex = self.lex
        qual_pre, range_first, vague = lex.qual_pre, lex.range_first, lex.vague
        for at in lex.openers(toks):  # most tokens open no figure
            if at < i:
                continue
            t = toks[at]
            if t.kind == "n" and self._model_number(toks, at):
                i = at + 1  # "Fokker 100 jets": a number naming a product model counts nothing
                continue
            if t.kind == "n" and 0 < at < n - 1 and toks[at - 1].text == "[" and toks[at + 1].text == "]":
                i = at + 1  # "were injured[3] and ...": a bare number in square brackets marks a footnote
                continue
            if t.kind == "w" and t.low in lex.pairs:
                if self._pair_opens(toks, at) and self._pair_counts(toks, at + 1):  # "the arrest of both drivers", "Оба водителя": two
                    out.append(Quantity(at, at + 1, at, at + 1, lex.pairs[t.low], "exact"))
                    i = at + 1
                continue
            if t.kind != "n" and not qual_pre.first(toks, at) and not range_first.first(toks, at) and (
                    t.kind == "p" or (not vague.first(toks, at) and lex.number_word(t) is None)):
                continue  # a word that may open a phrase ("in", "по") but opens none here: no figure at all
            i = at
            self._last_end = i
            q, why = self._quantity_at(toks, i, text)
            if q is None and why and self._last_end > i + 1 and why != "date":
                i = self._last_end  # a rejected range is rejected whole: "от 15 до 18 лет"
                continue
            if q is None and why and t.kind == "n":
                # skip the rest of a rejected figure: "out of 9.1 thousand", "из 9,1 тысячи"
                j = i + 1
                while j < n and toks[j].kind == "w" and (w := self.lex.number_word(toks[j])) and w[1] == "mult":
                    j += 1
                if j > i + 1:
                    i = j
                    continue
            if q is None:
                if why == "date" and t.kind == "n" and len(t.text) <= 2:
                    day_end = i + 2 if i + 1 < n and self._is_month(toks, i + 1) else i + 1
                i += 1
                continue
            # "December 17, 18 and 19": a list continuing a date
            if day_end >= 0 and isinstance(q.value, int) and q.value <= 31 and self._joins(toks, day_end, q.nstart) and not self._noun_after(toks, q.end):
                day_end = q.end
                i = q.end
                continue
            if in_timex(toks[q.nstart].start, toks[q.nend - 1].end) and not self._counted(toks, q):
                i = q.end
                continue
            if isinstance(q.value, int) and q.end < n and toks[q.end].low in lex.others and q.start >= 2 and toks[q.start - 1].low in _AND \
                    and toks[q.start - 1].text != "," and toks[q.start - 2].kind == "w" and toks[q.start - 2].text[:1].isupper() and q.start - 2 > 0:
                q.value += 1  # "sentenced Petrov and five others": the one named and the others
            if q.nend == q.nstart + 1 and t.kind == "w" and (w := lex.number_word(toks[q.nstart])) and w[1] == "people":
                q.extra["people"] = True  # a collective numeral ("шестеро", "пятерых") counts people
            out.append(q)
            i = q.end
        if lex.singular_nouns.size:
            out = sorted(out + self._singular(toks, out), key=lambda q: q.start) if out else self._singular(toks, out)
        if lex.singular_acts.size:
            out = sorted(out + self._singular_act(toks, out), key=lambda q: q.start)
        if lex.ordinal_heads.size:
            out = sorted(out + self._ordinal_toll(toks, out), key=lambda q: q.start)
        if not out and lex.rumour_heads.size:
            out = self._rumoured(toks)
        if not out and lex.existential.size:
            out = self._existential(toks)
        if lex.zero.size:
            out = self._zeros(toks, out)
        if lex.subset_one.size and toks and (out or lex.connectives.index[toks[0].low]):
            out = self._subset_one(toks, out)
        return out

    def _near_nonclaim(self, toks: Sequence[Token], i: int) -> bool:
        """A "near" context of ``nonclaim.txt`` in the five words before ``i`` (a phone, the population,
        blood donors), unless a clause opens between it and the figure ("told the agency by phone that
        he had seen at least 20 bodies": the phone was the channel, not the number)."""
        near = self.lex.nonclaim["near"]
        if not near.starts_in(toks, i - 5, i):
            return False
        for a in range(max(0, i - 5), i):
            m = near.first(toks, a)
            if m is not None and not any(t.low in _THAT for t in toks[m[0] : i]):
                return True
        return False

    def _subset_one(self, toks: Sequence[Token], out: list[Quantity]) -> list[Quantity]:
        """``out`` with a singular attacker named as part of a figure added as one ("погибли 37
        человек, включая смертника", "including the terrorist-suicide"): the subset connective right
        after the figure (its counted noun between), then a ``subset`` noun of ``singular.txt``
        that ends the clause. It takes the figure's measure in `assign`."""
        lex, n = self.lex, len(toks)
        added = []
        for i, q in enumerate(out):
            stop = out[i + 1].start if i + 1 < len(out) else n
            for k in range(q.end, min(stop, q.end + 6)):
                if toks[k].text in _STOP:
                    break
                if not (lex.connectives.index[toks[k].low] and any(c == "subset" for _e, c in lex.connectives.at(toks, k))):
                    continue
                e = max(e for e, c in lex.connectives.at(toks, k) if c == "subset")
                if (one := self._one_after(toks, e, stop)) is not None:
                    added.append(one)
                break
        # a sentence that opens with the subset word: "В Ольховке погибли 14 человек. Среди них подросток." (one of the
        # count of the sentence before, which `_refer` gives it)
        stop = out[0].start if out else n
        if any(c == "subset" for _e, c in lex.connectives.at(toks, 0)):
            e = max(e for e, c in lex.connectives.at(toks, 0) if c == "subset")
            if (one := self._one_after(toks, e, stop)) is not None:
                added.append(one)
        return sorted(out + added, key=attrgetter("start")) if added else out

    def _one_after(self, toks: Sequence[Token], e: int, stop: int) -> Quantity | None:
        """One person (a ``subset`` noun of ``singular.txt``) right after a subset word ending at ``e``
        (a dash may stand between: "среди них — подросток"), the noun closing its clause, or followed by
        "and" or the verb of the count ("three villagers including a boy drowned")."""
        lex, n = self.lex, len(toks)
        while e < stop and toks[e].text in ("-", "–", "—"):
            e += 1
        if e + 2 < stop and toks[e].kind == "n" and toks[e + 1].text == "-" and lex.nonclaim["suffix"].first(toks, e + 2):
            e += 3  # "включая 12-летнюю девочку": an age glued to the digits describes the one
        m = lex.subset_one.first(toks, e) if e < stop else None
        if m is None or m[0] > stop:
            return None
        k = m[0]
        if not (k >= n or toks[k].kind != "w" or toks[k].low in _AND or _kk_exists(toks, k)
                or any(not trig.noun and trig.measure != "none" for _end, trig in lex.measures.at(toks, k))):
            return None
        one = Quantity(e, k, e, k, 1, "exact", rule="subset_one", head_end=k)
        one.extra["subset_one"] = m[1]
        return one

    def _zeros(self, toks: Sequence[Token], out: list[Quantity]) -> list[Quantity]:
        """``out`` with the counts of zero of the sentence added in order (``zero.txt``): a casualty
        noun and a word saying there is none ("Других пострадавших нет", "загиблих «немає»",
        "зардап шеккендер жоқ екенін"), or a whole phrase ("no one else was hurt"). A noun after
        "среди" is the whole, not the count ("Среди погибших нет иностранцев"); a word after the
        "none" that is no punctuation makes it part of another clause, unless ``after`` lists it."""
        lex, n = self.lex, len(toks)
        taken = [(q.start, q.end) for q in out]
        zeros = []
        for a, b, (kind, measure) in lex.zero.find(toks):
            if any(s <= a < e or a <= s < b for s, e in taken):
                continue
            e = b
            if kind == "pronoun":  # "Ни один участник не пострадал", "not a single protester was hurt"
                hit = self._negated_trigger(toks, b, measure)
                if hit is None:
                    continue
                e, measure = hit
            elif kind == "noun":
                if a and (toks[a - 1].low in lex.zero_among or (a > 1 and f"{toks[a - 2].low} {toks[a - 1].low}" in lex.zero_among)):
                    continue
                k = _zero_pair_end(lex, toks, b)
                k = k + 1 if k < n and toks[k].text in _QUOTES | {"«"} else k
                m = lex.zero_none.first(toks, k) if k < n else None
                if m is None:
                    continue
                e = m[0] + 1 if m[0] < n and toks[m[0]].text in _QUOTES else m[0]
                if e < n and toks[e].kind == "w" and not lex.zero_after.first(toks, e):
                    continue  # "пострадавших нет возможности ...": another clause
            q = Quantity(a, e, a, e, 0, "exact", rule="zero", head_end=e)
            q.extra["single"] = (measure, (a, e), None, "zero")
            if any(t.low in lex.zero_other for t in toks[max(0, a - 1) : e]):
                q.extra["other"] = True  # "Других погибших нет", "no one else was hurt"
            zeros.append(q)
        return sorted(out + zeros, key=attrgetter("start")) if zeros else out

    def _negated_trigger(self, toks: Sequence[Token], b: int, need: str) -> tuple[int, str] | None:
        """After a negative pronoun ending at ``b`` ("ни один", "жоден", "not a single"): at most three
        words of its noun, then (for ``need`` "neg") a negation, at most an auxiliary, and a casualty or
        detention trigger: where the zero ends and its measure."""
        lex, n = self.lex, len(toks)
        j = b
        while j < min(n, b + 4) and toks[j].kind == "w" and toks[j].low not in _NEG:
            m = lex.measures.first(toks, j) if need == "bare" else None
            if m and m[1].measure in _ZERO_MEASURES:
                return m[0], m[1].measure
            j += 1
        if need != "neg" or j >= n or toks[j].low not in _NEG:
            return None
        for k in (j + 1, j + 2):  # "не пострадал", "не был ранен"
            m = lex.measures.first(toks, k) if k < n and toks[k].kind == "w" else None
            if m and m[1].measure in _ZERO_MEASURES:
                return m[0], m[1].measure
        return None

    def _rumoured(self, toks: Sequence[Token]) -> list[Quantity]:
        """A figure-less report of casualties named in quotes ("писали о «погибших украинских
        моряках»", "повідомлення про «загиблих моряків»"): a vague count of the quoted noun's measure
        (``rumour_heads.txt``), when the quote opens right after a word that makes it the topic."""
        lex = self.lex
        for a, b, measure in lex.rumour_heads.find(toks):
            if a >= 2 and (toks[a - 1].text in _QUOTES | {"«"} or toks[a - 1].low in lex.rumour_hedges) and toks[a - 2].low in lex.rumour_before:
                q = Quantity(a, b, a, b, None, "vague", rule="vague", head_end=b)
                q.extra["single"] = (measure, (a, b), None, "right")
                return [q]
        return []

    def _existential(self, toks: Sequence[Token]) -> list[Quantity]:
        """People said to exist somewhere in a figure-less sentence ("під завалами є люди", "под завалами
        есть люди", ``existential.txt``): a vague count of the row's measure; not negated, not asked ("чи
        є люди під завалами", a question), and not in a headline (no closing stop: "Вибух у будинку: під
        завалами є люди" tells what the text then counts)."""
        if not toks or toks[-1].text not in _CLOSING:
            return []
        for a, b, measure in self.lex.existential.find(toks):
            if a and (toks[a - 1].low in _NEG or toks[a - 1].low in _WHETHER):
                continue
            q = Quantity(a, b, a, b, None, "vague", rule="vague", head_end=b)
            q.extra["single"] = (measure, (a, b), None, "right")
            return [q]
        return []

    def _singular(self, toks: Sequence[Token], out: list[Quantity]) -> list[Quantity]:
        """A figure-less clause whose singular counted noun has a singular predicate right before it
        or a few plain words after it ("загинула дитина", "Нападавший был ликвидирован"): a count of
        one (``singular.txt``), unless a negation or a numeral stands next to it. With figures ``out``
        elsewhere in the sentence, only the object of an act before it (a dismissal, an arrest) in a
        clause between commas that holds none of them ("said it had fired the engineer who posted the
        photo, and about 150 ..."); a death beside them is the toll's."""
        lex, n = self.lex, len(toks)
        for a, b, group in lex.singular_nouns.find(toks):
            if out and self._figure_in_clause(toks, a, b, out):
                continue
            if a > 0 and ((lex.number_word(toks[a - 1]) and toks[a - 1].low not in _APPOS) or toks[a - 1].low in _NEG):
                continue
            if any(t.kind == "n" for t in toks[max(0, a - 5) : a]):
                continue  # "18-летний подросток погиб", "A 25-year-old man was shot dead": an age, no count
            hit = next(((s0, a, m) for s0, m in lex.singular_verbs.ending_at(toks, a, 5)), None)
            if hit is None and a > 1 and toks[a - 1].kind == "w" and toks[a - 1].text.islower() and toks[a - 1].low not in _NEG \
                    and not lex.number_word(toks[a - 1]):  # "Серед загиблих — дев'ятирічний хлопчик": one attribute after a
                # phrase of three words or more, not after a bare verb ("скончался третий полицейский": an ordinal)
                hit = next(((s0, a - 1, m) for s0, m in lex.singular_verbs.ending_at(toks, a - 1, 5) if a - 1 - s0 >= 3), None)
            j = b
            while hit is None and j < min(n, b + 4) and toks[j].kind == "w" and toks[j].low not in _NEG and toks[j].low not in _REL:
                m = lex.singular_verbs.first(toks, j)
                hit = (j, m[0], m[1]) if m else None
                j += 1
            if hit is None or (hit[0] > 0 and toks[hit[0] - 1].low in _NEG) or (hit[1] < n and toks[hit[1]].low in _NEG):
                continue
            if out and hit[2] not in _ONE_ACTS:
                continue  # beside other figures only one person's dismissal, arrest ... ("fired the engineer"), not
                # a death beside a toll ("погиб полицейский, четверо ранены", "A wounded man died ..., bringing the toll to three")
            if b < n and toks[b].kind == "w" and toks[b].text[:1].isupper():
                continue  # "загинув протестувальник Олександр Т.": a named person, not a count
            two = self._second_object(toks, b) if hit[0] < a and hit[2] in _ONE_ACTS else None
            if two is not None:
                b = two  # "отстранил от работы начальника шахты и главного инженера": two dismissed
            elif hit[0] < a and b < n and toks[b].low in _AND and toks[b].text != ",":
                continue  # "Серед загиблих — восьмирічний хлопчик та його бабуся": more than one
            q = Quantity(a, b, a, b, 2 if two is not None else 1, "exact", rule="singular", head_end=b)
            q.extra["single"] = (hit[2], (hit[0], hit[1]), group or None, "left" if hit[0] < a else "right")
            return [q]
        return []

    def _ordinal_toll(self, toks: Sequence[Token], out: list[Quantity]) -> list[Quantity]:
        """An ordinal right before a casualty noun counts the toll so far: "был обнаружен пятый погибший",
        "витягли п'яту жертву", "38-ші адамның денесі табылды", "the 38th body" (not "каждый пятый
        погибший", "every fifth victim": a share)."""
        lex, n, got = self.lex, len(toks), []
        taken = {k for q in out for k in range(q.start, q.end)}
        for k, t in enumerate(toks):
            if k in taken:
                continue
            value, e = lex.ordinal_words.get(t.low) if t.kind == "w" else None, k + 1
            if t.kind == "n" and t.text.isdigit() and k + 1 < n:
                j = k + 1
                if toks[j].text == "-" and toks[j].start == t.end and j + 1 < n and toks[j + 1].start == toks[j].end:
                    j += 1  # "38-й", "38-ші"
                if toks[j].kind == "w" and toks[j].start == toks[j - 1].end and toks[j].low in lex.ordinal_suffixes:
                    value, e = int(t.text), j + 1
            if not value or e >= n or not 1 < value < 10000:
                continue
            head = lex.ordinal_heads.first(toks, e)
            if head is None or (k > 0 and (toks[k - 1].low in _NEG or lex.ordinal_skip.ending_at(toks, k, 1))):
                continue
            if k > 0 and toks[k - 1].low in ("the", "a") and k > 1 and lex.ordinal_skip.ending_at(toks, k - 1, 1):
                continue
            if not self._found_near(toks, k, head[0]):
                continue  # "a fourth victim died", "Вторая погибшая": one death, no running toll
            q = Quantity(k, head[0], k, e, value, "exact", rule="ordinal", head_end=head[0])
            q.extra["single"] = (head[1], (e, head[0]), None, "head")
            got.append(q)
        return got

    def _found_near(self, toks: Sequence[Token], a: int, b: int) -> bool:
        """A finding ("обнаружен", "витягли", "табылды", "recovered") within five words of ``a``..``b`` in
        the same clause."""
        find, n = self.lex.ordinal_find, len(toks)
        for j in range(a - 1, max(-1, a - 6), -1):
            if toks[j].text in _STOP or toks[j].text == ",":
                break
            if find.first(toks, j):
                return True
        for j in range(b, min(n, b + 5)):
            if toks[j].text in _STOP or toks[j].text == ",":
                break
            if find.first(toks, j):
                return True
        return False

    def _second_object(self, toks: Sequence[Token], b: int) -> int | None:
        """After the singular object of an act ending at ``b`` (one lower-case word of its own may follow:
        "начальника шахты"), "and" and a second singular object (one lower-case attribute may stand
        before it: "и главного инженера"): the end of that second object, else None."""
        lex, n = self.lex, len(toks)
        j = b + 1 if b + 1 < n and toks[b].kind == "w" and toks[b].text.islower() and toks[b].low not in _AND else b
        if j >= n or toks[j].low not in _AND or toks[j].text == ",":
            return None
        for k in (j + 1, j + 2):
            if k >= n or toks[k].kind != "w" or not toks[k].text.islower():
                return None
            m = lex.singular_nouns.first(toks, k)
            if m is not None:
                e = m[0]
                return None if e < n and (toks[e].low in _AND or toks[e].text == ",") else e
        return None

    def _singular_act(self, toks: Sequence[Token], out: list[Quantity]) -> list[Quantity]:
        """An act whose words name one object by themselves (``act`` rows of ``singular.txt``: "was
        removed from his post", "был освобождён от должности", "қызметінен босатылды"): a count of one,
        unless a negation stands before it or a figure or another count of one stands in its clause."""
        lex, n = self.lex, len(toks)
        for a, b, measure in lex.singular_acts.find(toks):
            if out and self._figure_in_clause(toks, a, b, out):
                continue
            if any(t.low in _NEG for t in toks[max(0, a - 2) : a]) or (b < n and toks[b].low in _NEG):
                continue
            if any(t.low in _REL for t in toks[max(0, a - 2) : a]):
                continue  # "a miner who was sentenced to 4 years": the relative clause describes a person named
            if measure == "convicted" and a and word_list(lex.lang, "subject_pronouns").first(toks, a - 1):
                continue  # "He was sentenced to 6 years": a person named before, not a count
            q = Quantity(a, b, a, b, 1, "exact", rule="singular", head_end=b)
            q.extra["single"] = (measure, (a, b), None, "right")
            return [q]
        return []

    @staticmethod
    def _figure_in_clause(toks: Sequence[Token], a: int, b: int, out: list[Quantity]) -> bool:
        """Does a figure of ``out`` stand in the clause between commas around tokens ``a``..``b``?"""
        lo, hi = a, b
        while lo > 0 and toks[lo - 1].text != "," and toks[lo - 1].text not in _STOP:
            lo -= 1
        while hi < len(toks) and toks[hi].text != "," and toks[hi].text not in _STOP:
            hi += 1
        return any(q.start < hi and q.end > lo for q in out)

    def _counted(self, toks: Sequence[Token], q: Quantity) -> bool:
        """A figure the time stage took for a year ("приблизно 1500 учасників") that is plainly a
        count: a qualifier before it, or a counted noun right after a value that is no recent year."""
        if isinstance(q.value, tuple):  # "18 мая от 2000 до 3000 жителей": no span of years
            return not all(1800 <= v <= 2100 for v in q.value) and self._noun_after(toks, q.end)
        if q.rule == "vague" or not isinstance(q.value, int):
            return False
        if q.qualifier not in ("exact", "range"):
            return True
        if 1900 <= q.value <= 2100 or q.end >= len(toks):
            return False
        return self._noun_after(toks, q.end)

    def _noun_after(self, toks: Sequence[Token], k: int) -> bool:
        """A counted noun at ``k``: "2 May, 27 of them" is no list of days."""
        return k < len(toks) and bool(self.lex.nouns.first(toks, k) or any(t.noun for _e, t in self.lex.measures.at(toks, k)))

    def _counts_after(self, toks: Sequence[Token], k: int) -> bool:
        """After a "several" at ``k``: no word ("ещё несколько пропали" has a trigger), a counted noun, a
        trigger or a subset ("several injured", "несколько из них"), not any other noun ("several villages")."""
        if k >= len(toks) or toks[k].kind != "w":
            return True
        lex = self.lex
        if self._subset_at(toks, k) or lex.nouns.first(toks, k) or any(t.side != "left" for _e, t in lex.measures.at(toks, k)):
            return True  # (not a trigger that counts only a figure after it: "ще кількох шукають")
        # one adjective before a counted building or vehicle ("несколько торговых павильонов")
        nm = lex.nouns.first(toks, k + 1) if k + 1 < len(toks) and toks[k + 1].kind == "w" else None
        return nm is not None and nm[1].cls in ("building", "vehicle")

    @staticmethod
    def _joins(toks: Sequence[Token], a: int, b: int) -> bool:
        return 0 < b - a <= 2 and all(toks[k].low in _DAY_LIST for k in range(a, b))

    def _quantity_at(self, toks: Sequence[Token], i: int, text: str) -> tuple[Quantity | None, str]:
        lex = self.lex
        qual, j, revised = "exact", i, False
        m = lex.qual_pre.first(toks, i)
        if m and m[0] < len(toks):
            qual, j = m[1], m[0]
            if qual == "none":  # "talk about 46", "возросло до 77": the verb's preposition, not a qualifier
                qual, i, revised = "exact", j, True
        first = lex.range_first.first(toks, j)
        k = first[0] if first and first[0] < len(toks) else j
        if toks[k].kind == "p":
            return None, ""
        vague = lex.vague.first(toks, k)
        num = parse_number(toks, k, lex, text)
        if num is None and toks[k].kind == "w" and lex.lang != "en":
            # a bare "тысячу" / "более тысячи" (not the vague plural "тысячи людей") is one thousand
            w = lex.number_word(toks[k])
            if w and w[1] == "mult" and (qual != "exact" or not vague):
                num, vague = _bare_mult(toks, k, w[0], lex, text), None
            elif w and w[1] == "mult" and lex.inverted.get(toks[k].low) == "mult" and k + 1 < len(toks) \
                    and (u := lex.number_word(toks[k + 1])) and u[1] != "mult" and u[0] < 10:
                after = lex.number_word(toks[k + 2]) if k + 2 < len(toks) else None
                if not after:  # "тысячи полторы, не меньше": the numeral after its multiplier, approximate
                    num, vague = (u[0] * w[0], k + 2), None
                    qual = "about" if qual == "exact" else qual
        elif num is not None and qual == "exact" and toks[k].kind == "w" and k > 0 and lex.inverted.get(toks[k - 1].low) == "noun" \
                and not (k > 1 and (toks[k - 2].kind == "n" or lex.number_word(toks[k - 2]))):
            qual = "about"  # "человек двадцать": the counted noun before its numeral, approximate
        if vague and (num is None or vague[0] > num[1]):
            if self._near_nonclaim(toks, i):
                return None, "population"  # "the city's population, several hundred thousand", blood donors, a funeral
            if vague[1] == "noun" and not self._counts_after(toks, vague[0]):
                return None, ""  # "in several villages", "несколько раз": not an amount of people or things
            return Quantity(i if qual != "exact" else k, vague[0], k, vague[0], None, "vague", rule="vague"), ""
        if num is None:
            return None, ""
        if first is None and qual == "exact":
            i = k
        v1, e = num
        if e - 1 > k and toks[e - 1].text in ("-", "–"):
            e -= 1  # "пять-шесть": the hyphen is a range's, not a compound numeral's ("twenty-six")
            num = (v1, e)
        v2 = None
        for e2, need_first in lex.range_mid.at(toks, e):
            if need_first != "_" and (first is None or first[1] != toks[e2 - 1].low):
                continue
            if need_first == "_" and first is not None and first[1] != toks[e2 - 1].low:
                continue
            if need_first == "_" and toks[e].text in ("—", "–") and toks[e].start > toks[e - 1].end and \
                    (toks[k].kind != "n" or (e2 < len(toks) and toks[e2].kind != "n")):
                continue  # "бірі — он жасар бала" (one of them — a ten-year-old): no range of words
            if e2 < len(toks) and _CELL_BREAK.search(text, toks[e - 1].end, toks[e2].start):
                continue  # "| щонайменше 10 | — | 13 січня |": table cells are no range
            if e2 < len(toks) and toks[e2].kind in "nw":
                num2 = parse_number(toks, e2, lex, text)
                if num2 is None and first is not None and toks[e2].kind == "w" and (w := lex.number_word(toks[e2])) \
                        and w[1] == "mult" and w[0] > v1 and toks[k].kind == "n" and k + 1 < e and lex.number_word(toks[e - 1]):
                    num2 = _bare_mult(toks, e2, w[0], lex, text)  # "от 100 тысяч до миллиона": a bare multiplier closes the range
                if num2:
                    v2, e = num2[0], num2[1]
                    last = lex.number_word(toks[e - 1]) or (lex.number_word(toks[e - 2]) if e - 2 > e2 else None)
                    if last and last[1] == "mult" and v1 < last[0] and v1 * last[0] <= v2:
                        v1 *= last[0]
                    break
        if v2 is None and lex.range_suffixes and toks[e - 1].kind == "w" and toks[e - 1].low.endswith(lex.range_suffixes) \
                and lex.number_word(toks[e - 1]) and e < len(toks) and toks[e].kind == "n":
            num2 = parse_number(toks, e, lex, text)  # "3 мыңнан 4 мыңға дейін": the ablative numeral opens, "дейін" closes
            if num2 and num2[1] < len(toks) and (pm2 := lex.qual_post.first(toks, num2[1])) and pm2[1] == "at_most":
                v2, e = num2[0], num2[1]
        if v2 is not None and not v1 < v2:
            v2 = None
            e = num[1]
        if v2 is not None and self._changed(toks, i, e):
            v2, e, qual, revised, i = None, num[1], "exact", True, k  # "rose from 14 to 15": the earlier figure, then the new one
        if first is not None and v2 is None:
            i = k if qual == "exact" else i
        # glued suffix: "18-летний", "13th", "100-ден", "5-ти"
        n = len(toks)
        if e < n and toks[e].start == toks[e - 1].end:
            s = e + 1 if toks[e].text in "-–" and e + 1 < n and toks[e + 1].start == toks[e].end else e
            if toks[s].kind == "w":
                if (lex.nonclaim["suffix"].first(toks, s) or lex.nonclaim["after"].first(toks, s)) and not self._strength(toks, s) \
                        and not self._nth_found(toks, s):
                    return None, "suffix"
                if toks[k].kind == "n":
                    e = s + 1
                    if qual == "exact" and toks[s].low in lex.qual_suffix:
                        qual = lex.qual_suffix[toks[s].low]  # "300-дей адам": about 300
        if qual == "exact" and lex.qual_suffix and toks[e - 1].kind == "w":
            qual = lex.suffix_qualifier(toks[e - 1].low) or qual  # "үш жүздей", "мыңдай"
        pm = lex.qual_post.first(toks, e) if e < n else None
        if pm and pm[0] < n and toks[e].kind == "w" and (toks[pm[0]].kind == "n" or toks[pm[0]].low in _THAN or lex.number_word(toks[pm[0]])):
            pm = None  # "10 killed and more than 20 injured", "5 и более 20": the next figure's bound
        if pm and (toks[e].text != "+" or toks[e].start == toks[e - 1].end):
            if pm[1] == "none":
                revised = True  # Kazakh "51-ге түзетілді" (revised to 51): the verb's case, no qualifier
            elif qual == "exact" or (qual == "about" and toks[e].text == ","):
                qual = pm[1]  # "штук 20, не меньше": a bound after the figure says more than the inversion
            e = pm[0]
        if qual == "at_most" and m and m[0] == i + 1 and toks[i].low in lex.change_to and self._changed(toks, i, e):
            qual, revised = "exact", True  # "До 110 увеличилось ...", "збільшилася з 14 до 15": the target of a change
        nend = num[1] if v2 is None else e
        why = self._reject(toks, i, k, nend, e, v1, v2, qual)
        self._last_end = e if v2 is not None else self._last_end
        if why == "unit" and toks[k].kind == "w":
            self._last_end = max(self._last_end, nend)  # "двух сотен животных": the words of a rejected numeral go with it
        if why:
            return None, why
        value: int | tuple[int, int] = int(v1) if v2 is None else (int(v1), int(v2))
        if v2 is not None:
            qual = "range"
        q = Quantity(i, e, k, nend, value, qual)
        if revised:
            q.extra["revised"] = True
        if value == 1 and (death := self._death_of_one(toks, k, e)) is not None:
            q.extra["one_of"] = death
        return q, ""

    def _changed(self, toks: Sequence[Token], i: int, e: int) -> bool:
        """A change of a figure in the clause of the figure at ``i``..``e`` (up to 15 words before it,
        5 after): "увеличилось с 11 до 14", "До 110 увеличилось", "the toll rose from 14 to 15";
        not when a "hold" word ("может", "could") makes the change a possibility."""
        lex, n = self.lex, len(toks)
        if not lex.change.size:
            return False
        lo, hi = i, e
        while lo > 0 and i - lo < 15 and toks[lo - 1].text not in _STOP and toks[lo - 1].text != ",":
            lo -= 1
        while hi < n and hi - e < 5 and toks[hi].text not in _STOP and toks[hi].text != ",":
            hi += 1
        found = False
        for k in (*range(lo, i), *range(e, hi)):
            if lex.change_hold.first(toks, k):
                return False
            found = found or lex.change.first(toks, k) is not None
        return found

    def _whole_counted(self, toks, k: int, e: int) -> bool:
        """The whole "из N" of a part is itself a count when a casualty noun counts it: "из 49 (по другим
        данным, 66) госпитализированных 18 в тяжелом состоянии", "из 22 подсудимых шестеро" (not "из 110
        шахтеров 40 погибли": the miners were in the mine)."""
        n = len(toks)
        if toks[k - 1].low not in _FROM or e >= n:
            return False
        if toks[e].text == "(":
            e = next((j + 1 for j in range(e + 1, min(n, e + 14)) if toks[j].text == ")"), n)
        return e < n and any(t.noun and t.measure in _WHOLE_MEASURES for _end, t in self.lex.measures.at(toks, e))

    def _paid_sum(self, toks: Sequence[Token], i: int, k: int, nend: int, e: int) -> bool:
        """A figure ending in a bare multiplier ("600 тысяч", "5 thousand", "5 мыңға") with no counted
        noun after it, in a sentence that names a currency before it and either pays ("выплатят",
        "will receive") or elides the sum after a dash: the sum paid, no count of people."""
        lex, n = self.lex, len(toks)
        if not lex.nonclaim["money"].size or nend - 1 <= k - 1:
            return False
        last = next((j for j in range(nend - 1, k - 1, -1) if toks[j].kind == "n" or lex.number_word(toks[j])), k)
        w = lex.number_word(toks[last]) if toks[last].kind == "w" else None  # (past a post-qualifier: "5 мыңға дейін")
        if not (w and w[1] == "mult") or (e < n and (lex.nouns.first(toks, e) or lex.measures.first(toks, e))):
            return False
        if not any(lex.nonclaim["money"].first(toks, j) for j in range(k)):
            return False
        return (i > 0 and toks[i - 1].text in ("—", "–", "-")) or any(lex.nonclaim["pay"].first(toks, j) for j in range(n))

    def _age_predicate(self, toks: Sequence[Token], k: int, e: int) -> bool:
        """A bare figure after a copula ending its clause, whose subject is one person ("the man who
        was killed in the collision was 70", "One victim was 24"), with no counted noun or trigger
        between: an age. ``nonclaim.txt`` "copula" and "person" (singular nouns of one person)."""
        lex, n = self.lex, len(toks)
        if not lex.nonclaim["person"].size or k < 2 or not lex.nonclaim["copula"].first(toks, k - 1):
            return False
        if e < n and toks[e].text not in _STOP and toks[e].low not in _AND:
            return False
        for j in range(k - 2, max(-1, k - 14), -1):
            if toks[j].text in _STOP or toks[j].kind == "n":
                return False
            if lex.nonclaim["person"].first(toks, j):
                return True
            if lex.nouns.first(toks, j) or ((a := lex.attribution.first(toks, j)) and a[1] == "verb") or \
                    (lex.measures.first(toks, j) and not lex.nonclaim["copula"].first(toks, j - 1)):
                return False  # "the number of dead was 50" (a verb of the person's clause, "who was killed", does not stop)
        return False

    def _strength(self, toks, s: int) -> bool:
        """"1,000-strong" before forces or a crowd ("a 1,000-strong military contingent", "a
        5,000-strong police force"): a count, not a town's size ("the 45,000-strong town")."""
        lex, n = self.lex, len(toks)
        if toks[s].low != "strong":
            return False
        for j in range(s + 1, min(n, s + 3)):
            nm = lex.nouns.first(toks, j)
            if (nm and nm[1].cls == "troops") or any(t.noun and t.weak for _e, t in lex.measures.at(toks, j)):
                return True
        return False

    def _nth_found(self, toks, s: int) -> bool:
        """Kazakh "38-ші адамның денесі табылды" (the 38th body was found): an ordinal whose noun's body
        is reported found (``ordinal_toll``) counts the toll so far, a cardinal."""
        return toks[s].low in ("ші", "шы", "інші", "ыншы", "нші", "ншы") \
            and any(word_list(self.lex.lang, "ordinal_toll").first(toks, j) for j in range(s + 1, min(len(toks), s + 3)))

    def _death_of_one(self, toks, k: int, e: int) -> tuple[int, int] | None:
        """The span of a death noun right before "one of ..." ("загибель одного з учасників", "the
        death of one of the protesters"): a count of one death, not the partitive "one of"."""
        lex = self.lex
        if not lex.nonclaim["partitive"].first(toks, e):
            return None
        end = k - 1 if k and toks[k - 1].low == "of" else k
        for s0, t in lex.measures.ending_at(toks, end, 2):
            if not t.weak and t.measure == "killed" and t.side != "right":
                return s0, end
        return None

    def _reject(self, toks, i, k, nend, e, v1, v2, qual) -> str:
        lex, n = self.lex, len(toks)
        for v in (v1, v2):
            if v is not None and (v != int(v) or v <= 0 or v > 1e9):
                return "fraction"
        if _clock_dot(toks, k, e):
            return "clock"
        named_one = v1 == 1 and v2 is None and self._death_of_one(toks, k, e) is not None
        if v1 == 1 and v2 is None and lex.nonclaim["partitive"].first(toks, e) and not self._subset_at(toks, e) and not named_one \
                and not self._one_of_counted(toks, e):
            return "partitive"
        if v1 == 1 and v2 is None and self._subset_at(toks, e) and self._described(toks, e):
            return "described"  # "one of them a paediatric nephrologist": who one was, not a count  # "один из участников" (not "один из них с ожогами", nor "загибель одного з учасників": a death)
        if v2 is None and self._subset_at(toks, e) and self._aged(toks, e):
            return "described"  # "one of them was 24 years", "одному из них было 24 года": an age, not a count
        if nend < e and lex.nonclaim["after"].first(toks, nend):
            return "unit"  # "вбивство двох і більше осіб": a law's wording that takes in the post-qualifier
        if e < n:
            if lex.nonclaim["after"].first(toks, e) and not self._lower_month(toks, e):
                return "date" if self._is_month(toks, e) else "unit"
            if toks[e].text in _COMPOUND and e + 1 < n and toks[e + 1].kind == "n" and toks[e].start == toks[e - 1].end and toks[e + 1].start == toks[e].end:
                return "compound"  # 12:52, 12/30/2011
            if toks[e].low in _AND and e + 2 < n and toks[e + 1].kind == "n" and lex.nonclaim["after"].first(toks, e + 2):
                return "unit"  # "к 3 и 5 годам", "3 or 4 years"
            j = e
            while j + 2 < n and toks[j].low in _AND and toks[j + 1].kind == "n" and "." not in toks[j + 1].text:
                j += 2  # "тела женщин 79, 80, 63 и 20 лет": a list of ages (or sizes) with the unit after its last figure
            if j > e + 2 and lex.nonclaim["after"].first(toks, j) and not self._is_month(toks, j):
                return "unit"
        if k > 1 and toks[k].kind == "n" and toks[k - 1].text == ":" and toks[k - 2].kind == "n" and toks[k - 2].end == toks[k - 1].start \
                and len(toks[k].text) == 2 and toks[k].text.isdigit() and toks[k - 2].text.isdigit() and int(toks[k - 2].text) <= 24 \
                and int(toks[k].text) < 60 and toks[k].start - toks[k - 1].end <= 1 and (k < 3 or toks[k - 3].end < toks[k - 2].start) \
                and not (k + 1 < len(toks) and (toks[k + 1].text == "+" or toks[k + 1].kind == "w")):
            return "compound"  # "сағат 16: 55-те": the minutes of a clock time typed with a space after the colon (not "22: 17 полицейских")
        if k > 0 and toks[k].kind == "n" and toks[k - 1].kind == "w" and toks[k - 1].end == toks[k].start:
            return "name"  # digits glued to letters are part of a name ("G7", "Ан26"), no count
        if k > 0:  # context right before the figure itself ("December 16", "$ 500", "№ 5")
            if lex.nonclaim["before"].ending_at(toks, k, 3) and not self._whole_counted(toks, k, e) and not self._dated_month(toks, k - 1) and not self._lower_month(toks, k - 1) \
                    and not (k > 1 and lex.nonclaim["family"].ending_at(toks, k, 2)):  # "семья из пяти человек погибла"
                return "date" if self._is_month(toks, k - 1) else "unit"
            p = toks[k - 1]
            if p.text in _COMPOUND and k > 1 and toks[k - 2].kind == "n" and p.start == toks[k - 2].end and toks[k].start == p.end:
                return "compound"
            if p.text in ("/", "=") and toks[k].start == p.end and k > 1 and toks[k - 2].kind == "w" and p.start == toks[k - 2].end:
                return "url"  # "t.me/channel/9838", "?id=512": a number in an address, no count
        if k > 0 and lex.nonclaim["each"].ending_at(toks, k, 2) and not (e < n and (lex.nouns.first(toks, e) or lex.measures.first(toks, e))):
            return "unit"  # "пострадавшим — по 500 тысяч": a sum paid to each, no count of people
        if _apposed_age(toks, k, e, v1, v2, qual):
            return "age"
        if self._paid_sum(toks, i, k, nend, e):
            return "unit"  # "семьям погибших выплатят по 1 млн рублей, пострадавшим — от 300 до 600 тысяч": a sum
        if v2 is None and qual == "exact" and toks[k].kind == "n" and self._age_predicate(toks, k, e):
            return "age"  # "the man who was shot was 50": one person's age, no count  # "The bomber, Dorvan Keld, 25, was killed": an age apposed to a name
        if i == 2 and toks[0].low in ("of", "из", "із", "з") and toks[1].low in ("the", "этих", "цих"):
            return "denominator"  # "Of the 164 deaths, 103 were in ...": a figure stated before
        if self._near_nonclaim(toks, i):
            return "population"
        t = toks[k]
        if t.kind == "w" and v1 == 1 and v2 is None and k > 0 and toks[k - 1].low in _NEG:
            return "negated"  # "Ни один ребёнок не погиб", "не один человек" (many): no count of one
        if t.kind == "w" and v1 == 1 and v2 is None and not (e < n and (lex.nouns.first(toks, e) or lex.measures.first(toks, e))) \
                and not self._adj_noun(toks, e, k) and not self._possessed_noun(toks, e) and not self._one_of_counted(toks, e) \
                and not (t.low not in lex.numerals and (lex.measures.ending_at(toks, k, 3) or lex.anaphora.ending_at(toks, k, 2))) \
                and not self._subset_at(toks, e) and not named_one and not self._one_is(toks, k, e):
            return "one"  # "one of", "бір" as an article (not "қаза болғандардың бірі": one of the dead)
        if t.kind == "n" and qual == "exact" and len(t.text) == 4 and t.text.isdigit() and 1800 <= v1 <= 2100 and (v2 is None or v2 <= 2100):
            dated = i > 0 and (self._is_month(toks, i - 1) or (toks[i - 1].text == "," and i > 1 and (toks[i - 2].kind == "n" or self._is_month(toks, i - 2))))
            if dated or not (e < n and (lex.nouns.first(toks, e) or lex.measures.first(toks, e))):
                return "year"
        return ""

    def _pair_opens(self, toks, at: int) -> bool:
        """The ``pair`` word at ``at`` after the word its fourth column asks for ("the only person
        killed", not "only police were injured"); a count of one never after a negation ("not the only
        person killed", «не единственный погибший») nor before a numeral ("the only two people"); its
        noun a trigger ("the only fatality") or a counted noun right before one ("the only person killed")."""
        lex = self.lex
        need = lex.pair_after.get(toks[at].low)
        k = at - 1 if need is None else at - 2
        if need is not None and (at == 0 or toks[at - 1].low not in need):
            return False
        if lex.pairs[toks[at].low] != 1:
            return True
        e, n = at + 1, len(toks)
        if e >= n or (k >= 0 and toks[k].low in _NEG) or toks[e].kind == "n" or lex.number_word(toks[e]):
            return False  # "the only two people killed": the numeral counts
        if any(t.noun and not t.weak and t.measure != "none" for _b, t in lex.measures.at(toks, e)):
            return True  # «единственным погибшим», "the only fatality"
        m = lex.nouns.first(toks, e)  # "the only person killed", not «единственный выживший — ... — задержан»
        return bool(m and m[0] < n and any(t.measure != "none" for _b, t in lex.measures.at(toks, m[0])))

    def _pair_counts(self, toks, e: int) -> bool:
        """After "both"/"оба"/"обидва" (a ``pair`` of numerals.txt) ending at ``e``: a counted noun or a
        trigger noun, maybe after one lower-case word ("both bus drivers", "Оба водителя"), not joined
        by "and" to another ("both police and protesters": two groups, no count of two), or an
        auxiliary and a trigger ("Both were charged in absentia"); never negated ("обох затримано не
        було", "Both drivers were not hurt")."""
        lex, n = self.lex, len(toks)
        for t in toks[e : min(n, e + 5)]:
            if t.kind == "p":
                break
            if t.low in _NEG:
                return False
        for j in (e, e + 1):
            if j >= n or toks[j].kind != "w" or (j > e and not toks[j - 1].text.islower()):
                break
            m = lex.nouns.first(toks, j) or (next(((b, t) for b, t in lex.measures.at(toks, j) if t.noun and not t.weak), None) if j == e else None)
            if m is not None:
                return not (m[0] < n and toks[m[0]].low in _AND and toks[m[0]].text != ",")
        j = e
        while j < min(n, e + 2) and toks[j].low in _PAIR_AUX:
            j += 1
        m = lex.measures.first(toks, j) if e < j < n else None
        return bool(m and m[1].measure != "none" and not m[1].weak)

    def _own_noun(self, toks, q: Quantity, prev: Quantity) -> bool:
        """``q`` counts a noun of its own, not a trigger, after a figure with a noun: "More than 2,000
        rescuers and 100 divers" (the bound of the first says nothing of the second)."""
        e, n = q.end, len(toks)
        if q.noun is None and q.head is None and (e >= n or toks[e].kind != "w" or not toks[e].text.islower()
                                                 or self.lex.measures.first(toks, e) or toks[e].low in _AND):
            return False
        return prev.noun is not None or prev.head is not None

    def _adj_noun(self, toks, e: int, k: int = -1) -> bool:
        """One lower-case adjective, then a counted noun and a trigger: "бір қызметтік көлік
        зақымданды", "one police car was damaged" ("one" is then a count, not an article); or a trigger
        right before "one" ("The status of one remaining miner was unclear")."""
        lex, n = self.lex, len(toks)
        if e + 1 >= n or toks[e].kind != "w" or not toks[e].text.islower() or lex.number_word(toks[e]):
            return False
        nm = lex.nouns.first(toks, e + 1)
        if nm and k > 0 and any(t.side == "left" and t.measure != "none" for _s, t in lex.measures.ending_at(toks, k, 3)):
            return True
        return bool(nm and nm[0] < n and lex.measures.starts_in(toks, nm[0], nm[0] + 3))

    def _possessed_noun(self, toks, e: int) -> bool:
        """A possessive, then a counted noun: "гибель одного своего сотрудника", "загинув один її
        співробітник" (one is then a count of that noun)."""
        lex, n = self.lex, len(toks)
        return e + 1 < n and toks[e].low in lex.possessives and bool(lex.nouns.first(toks, e + 1) or lex.measures.first(toks, e + 1))

    def _one_of_counted(self, toks, e: int) -> bool:
        """"one of" + a possessive or article, a counted noun and right after it a trigger of its own
        ("one of its officers died", "one of the guards was injured"): a count of one, not the partitive
        pronoun ("one of the protesters said")."""
        lex, n = self.lex, len(toks)
        m = lex.nonclaim["partitive"].first(toks, e)
        if m is None or m[0] >= n:
            return False
        possessed = toks[m[0] - 1].low in lex.possessives
        nm = lex.nouns.first(toks, m[0])
        if nm is None or nm[0] >= n:
            return False
        j = nm[0]
        aux = toks[j].low in _ONE_AUX
        if aux:
            j += 1
        elif (a := word_list(lex.lang, "partitive_aux").first(toks, j)) is not None:
            aux, j = True, a[0]  # "один из нападавших был застрелен", "одного з поліцейських довелося госпіталізувати"
        t = lex.measures.first(toks, j) if j < n else None
        if not (t and t[1].measure != "none" and (aux or not t[1].noun or t[0] >= n or toks[t[0]].text in (",", ".", ";"))):
            return False  # (a trigger that may be a noun counts as the predicate only when its clause ends there: "один из нападавших задержан,")
        # without a possessive only what befell that one ("one of the attackers was shot dead"), no other count
        return possessed or (t[1].measure in _ONE_OF_MEASURES and not t[1].weak)

    def _as_predicate(self, toks, k: int, e: int) -> bool:
        """A connective at ``k`` (ending at ``e``) before a lone trigger that closes the clause:
        "remained as missing.", "listed as dead," (not "as wounded protester dies")."""
        lex = self.lex
        m = lex.measures.first(toks, e) or lex.measures.first(toks, k)  # or a trigger opening with it: "as suspects."
        if m is None:
            return False
        j = m[0]
        if j >= len(toks) or toks[j].kind == "p":
            return True
        # "as missing according to ..." (a predicate), not "as wounded protester dies" (a clause with its own verb)
        return not (lex.measures.first(toks, j) or lex.nouns.first(toks, j) or lex.measures.first(toks, j + 1))

    def _one_is(self, toks, k: int, e: int) -> bool:
        """A clause-initial "one is wounded" / "one was killed" (machine-translated "один ранен"): the
        numeral as the subject of a trigger, not an article or a pronoun ("no one was killed")."""
        n = len(toks)
        if e + 1 >= n or toks[e].low not in _ONE_AUX or (k > 0 and toks[k - 1].kind != "p" and toks[k - 1].low not in _AND):
            return False
        j = e + 2 if toks[e + 1].low == "been" else e + 1
        m = self.lex.measures.first(toks, j) if j < n else None
        return bool(m and m[1].measure != "none")

    def _described(self, toks, e: int) -> bool:
        """After "one of them": an article or a dash and then words with no counted noun nor trigger
        ("one of them a paediatric nephrologist", "один из них — врач"): a description of one of the
        counted, not a count of its own (not "один из них — в тяжёлом состоянии", "one of them a child")."""
        lex, n = self.lex, len(toks)
        c = max(end for end, kind in lex.connectives.at(toks, e) if kind == "subset")
        if c >= n or toks[c].low not in ("a", "an", "—", "–", "-"):
            return False
        j = c + 1
        while j < n and j < c + 5 and toks[j].kind == "w":
            if lex.nouns.first(toks, j) or lex.measures.first(toks, j):
                return False
            j += 1
        return True

    def _aged(self, toks, e: int) -> bool:
        """After "one of them": at most two words, then a number its unit makes no count ("was 24 years",
        "было 24 года"): the subset is described by an age or a measure, not counted."""
        lex, n = self.lex, len(toks)
        c = max(end for end, kind in lex.connectives.at(toks, e) if kind == "subset")
        for j in range(c, min(n - 1, c + 3)):
            if toks[j].kind == "n":
                return bool(lex.nonclaim["after"].first(toks, j + 1))
            if toks[j].kind != "w" or lex.measures.first(toks, j) or lex.nouns.first(toks, j):
                return False
        return False

    def _subset_at(self, toks, e: int) -> bool:
        """A pronoun subset right after a figure: "one of them", "один из них"."""
        return e < len(toks) and any(c == "subset" for _end, c in self.lex.connectives.at(toks, e)) and toks[e].low not in ("including",)

    def _dated_month(self, toks, j: int) -> bool:
        """A month at ``j`` that already has its day before it ("7 March | 66", "on 7 March 12 people"):
        the number after it is no day of it."""
        return j > 0 and self._is_month(toks, j) and toks[j - 1].kind == "n" and len(toks[j - 1].text) <= 2

    def _model_number(self, toks: Sequence[Token], k: int) -> bool:
        """A number at ``k`` right after a capitalized Latin brand word ("Fokker 100", "Fokker-100") that
        is a product model: a model noun follows ("jets", model_nouns.txt) or comes before the brand."""
        b = k - 1
        if b >= 0 and toks[b].text in ("-", "–") and toks[b].start == toks[k].end - len(toks[k].text) - 1:
            b -= 1
            w = toks[b].text if b >= 0 else ""
            if toks[b].end == toks[b + 1].start and toks[b].kind == "w" and (len(w) <= 3 or (len(w) <= 6 and w.isascii() and (w.isupper() or w.lower() in _CODE_WORDS))) \
                    and w[:1].isupper() and w.isalpha() \
                    and not (k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].kind == "w"):
                return True  # "пять танков Т-34", "самолёт Ил-76", "an F-16": a letter code glued to its number
        if b < 0 or toks[b].kind != "w" or not toks[b].text.isascii() or not toks[b].text[0].isupper():
            return False
        if toks[k].start - toks[b].end > 1 or len(toks[b].text) < 3 or toks[b].text.isupper():
            return False
        lex = self.lex
        if self._is_month(toks, b) or lex.qual_pre.first(toks, b) or lex.range_first.first(toks, b) \
                or lex.vague.first(toks, b) or lex.number_word(toks[b]) or lex.measures.first(toks, b):
            return False
        after = k + 1 < len(toks) and bool(lex.model_nouns.first(toks, k + 1))
        if b > 0 and toks[b - 1].kind == "w" and toks[b - 1].text.isascii() and toks[b - 1].text[:1].isupper() \
                and toks[b - 1].end + 1 == toks[b].start and len(toks[b - 1].text) >= 3:
            # "самолета Vostok Starjet 100", and in a Cyrillic sentence any two-word Latin brand ("в катастрофе
            # Vostok Starjet 100 погиб 41 человек"): a maker and a model
            # (not before a counted noun: "по данным Human Rights Watch 140 человек")
            if lex.lang in ("ru", "uk", "kk") and not (k + 1 < len(toks) and lex.nouns.first(toks, k + 1)):
                return True
            return after or (b > 1 and bool(lex.model_nouns.first(toks, b - 2)))
        return after or (b > 0 and bool(lex.model_nouns.first(toks, b - 1)))  # "самолёт Fokker 100"

    def _is_month(self, toks, j) -> bool:
        return bool(self.lex.months.first(toks, j)) and not (self.lex.months_cased and toks[j].text[:1].islower())

    def _lower_month(self, toks, j) -> bool:
        """A month name written lower-case where months are capitalised ("5 more may be under the
        rubble"): an ordinary word, not a date."""
        return self.lex.months_cased and toks[j].text[:1].islower() and bool(self.lex.months.first(toks, j))

    # -- measure ----------------------------------------------------------------------------------
    def assign(self, toks: Sequence[Token], qs: list[Quantity], paren: list[int] | None = None) -> None:
        """Fill ``measure``, ``group`` and ``trigger`` of each quantity (left to right); ``paren``:
        `_paren_ids` of ``toks`` if known."""
        starts = {q.start: q for q in qs}
        ends = {q.end - 1: q for q in qs}
        topic: tuple | None = None  # a measure named before a colon that opens the figures (`_topic`)
        paren = _paren_ids(toks) if paren is None else paren
        for idx, q in enumerate(qs):
            if idx and (p := qs[idx - 1]).noun is not None and p.noun.cls in ("building", "vehicle") and self._subset_at(toks, q.end):
                q.extra.setdefault("things", p.noun)  # "12 автомобилей, 4 из них сгорели": of them, the cars
            if idx and self._rejected(toks, qs[idx - 1], q):
                q.extra["none"] = True  # "пятеро, а не четверо": the figure set aside is no one's count
                continue
            if "subset_one" in q.extra:  # "включая смертника": one of the figure before
                prev = qs[idx - 1] if idx else None
                if prev is not None and prev.measure == "killed":  # one named among the injured is no count of its own
                    q.measure, q.trigger, q.group, q.how = prev.measure, prev.trigger, q.extra["subset_one"], "subset"
                continue
            self._head(toks, q)
            if q.noun is None and q.head is None and idx and (whole := qs[idx - 1]).noun is not None \
                    and whole.noun.cls == "team" and self._link(toks, q, whole) == "subset":
                q.noun = whole.noun  # "11 квартир разрушены, из них 4 уничтожены": a part of no people counts none
            if q.noun is not None and q.noun.cls == "person" and q.head is None:
                self._troops_apposed(toks, q)
            if "single" in q.extra:  # "Нападавший был ликвидирован": one killed
                q.measure, q.trigger, q.group, q.how = q.extra["single"]
                if q.measure == "anaphora":  # "Among them is a child": the count the pronoun points back to says what
                    q.measure, q.trigger = None, None
                continue
            if "one_of" in q.extra:  # "загибель одного з учасників": one death
                q.measure, q.trigger, q.how = "killed", q.extra["one_of"], "left"
                continue
            if q.noun is None and q.head is None:
                self._label(toks, q)
            q.group = q.noun.group if q.noun else None
            if q.group is None and q.head is None and (q.noun is None or q.noun.cls == "person"):
                q.group = self._part_group(toks, q)  # "16 injured, 7 of them children"
            if q.head and not q.head.weak:
                if q.head.measure == "none":
                    q.extra["none"] = True  # "98 criminal cases": a counted noun that counts no casualty
                    continue
                verb = self._verb_before(toks, q)
                if verb and verb[0].measure == "none":
                    q.extra["none"] = True  # "удалось опознать лишь 8 тел": identified, not killed
                    continue
                if verb:
                    q.measure, q.trigger, q.how = verb[0].measure, verb[1], "left"
                    continue
                if self._none_after(toks, q):
                    q.extra["none"] = True  # "2,000 detainees were released from custody": no count of detentions
                    continue
                died = self._died_after(toks, q)
                if died:
                    q.measure, q.trigger, q.how = died[0].measure, died[1], "right"
                    continue
                q.measure, q.trigger, q.how = q.head.measure, (q.nend, q.nend + 1), "head"
                continue
            if q.start >= 2 and any(t.measure == "none" and t.side == "left" and toks[s0].low in _EXCEPT_HEADS
                                    for s0, t in self.lex.measures.ending_at(toks, q.start, 3)):
                q.extra["none"] = True  # "all but one", "всі, крім одного": the one exempted survived
                continue
            r = self._scan_right(toks, q, starts, paren)
            if r and r[1].attr and r[1].measure != "none":
                r = self._past_attr(toks, q, r, starts, paren)
            left = self._scan_left(toks, q, ends, paren)
            # the nearer trigger, preferring one in the figure's own clause (no comma crossed)
            pick = r if r and (not left or (r[3], r[0]) <= (left[3], left[0])) else left
            if pick is left and r and left[1].attr and r[3] == 0 and r[1].measure != "none" and self._fits(r[1], q):
                pick = r  # "қатысқан 500 адам ұсталды": a participle before the figure only describes it
            if pick is r and left and r[1].measure == "none" and left[1].measure != "none" and not left[1].weak and (r[3], r[0]) == (left[3], left[0]):
                pick = left  # "toll revised to 51 after rescuer found alive": a tie goes to the count
            if pick is left and r and r[3] == 0 and r[1].measure == "missing" and left[1].measure == "killed" and left[1].side == "left" \
                    and left[2][1] <= q.start and toks[left[2][0]].low in self.lex.body_words:
                pick = r  # "тела более 60 человек так и остались в корпусе": bodies never recovered are the missing
            if pick is r and left and left[0] == 0 and r[0] == 0 and r[2][0] == q.end and not left[1].noun and left[2][1] == q.start:
                pick = left  # "засудив 10 обвинувачених": the verb says what befell them
            if r is not None and pick is r and r[3] and idx and (prev := qs[idx - 1]).measure and prev.measure != r[1].measure \
                    and any(c == "subset" for _a, c in self.lex.connectives.ending_at(toks, q.start, 4)) \
                    and (inherited := self._inherit(toks, q, prev)):
                # "пострадали 90 человек, в том числе 12 полицейских, 7 человек погибли", "ранены 14, в том
                # числе 3 охранника, которые шли в колонне демонстрантов": a part named after the whole, its
                # clause closed by a comma, is a part of that count; the trigger past the comma is another clause's
                q.measure, q.trigger, q.how = inherited, prev.trigger, "subset"
                continue
            if pick and pick[1].measure == "none":
                q.extra["none"] = True  # "the release of 12 people": the nearest trigger counts no casualty
                continue
            if pick:
                q.measure, q.trigger, q.how = pick[1].measure, pick[2], "right" if pick is r else "left"
                continue
            prev = qs[idx - 1] if idx else None
            link = self._link(toks, q, prev)
            if link == "subset" and prev is not None and not prev.measure:
                continue  # "эвакуированы 450 жителей, из них 120 детей": the part of an uncounted whole counts nothing
            inherited = self._inherit(toks, q, prev) if link and prev and prev.measure else None
            if inherited:
                q.measure, q.trigger, q.how = inherited, prev.trigger, link
                if link == "and" and q.qualifier == "exact" and prev.qualifier in ("at_least", "more_than", "about") \
                        and not self._own_noun(toks, q, prev):
                    q.qualifier = prev.qualifier
                continue
            if link == "and" and prev is not None and not prev.measure and prev.noun is not None and prev.noun.cls in ("building", "vehicle"):
                # "направлены 2 самолёта и более 100 медиков": the verb before the first noun phrase governs both
                over = self._scan_left(toks, replace(q, start=prev.start), ends, paren)
                if over and over[1].measure != "none" and self._fits(over[1], q):
                    q.measure, q.trigger, q.how = over[1].measure, over[2], "left"
                    continue
            if q.head:
                q.measure, q.trigger, q.how = q.head.measure, (q.nend, q.nend + 1), "head"
                continue
            src = self._breakdown(toks, q, qs[max(0, idx - 3) : idx])
            if src is not None:
                q.measure, q.trigger, q.how = src.measure, src.trigger, "breakdown"
                continue
            if topic is None:
                topic = self._topic(toks, qs)
            if topic and q.start > topic[0] and self._fits(topic[1], q):
                q.measure, q.trigger, q.how = topic[1].measure, topic[2], "topic"
        self._located_rows(toks, qs)
        self._place_rows(toks, qs, ends, paren)
        self._apposed(toks, qs)
        self._rescuers(toks, qs)
        self._dead_and_wounded(toks, qs)
        self._role_parts(toks, qs)
        self._part_of_whole(toks, qs)
        for q in qs:  # "the army freed 40 hostages": a group outside a measure (``group_measures``) counts nothing there
            group = q.noun.group if q.noun is not None else None
            rule = self.lex.group_measures.get(group) if group else None
            if rule is not None and q.measure and (q.measure in rule[1]) != rule[0]:
                q.measure, q.extra["none"] = None, True
        for q in qs:  # "One worker ... put the crowd at 15,000": one person is a speaker or a member, never a crowd
            if q.value == 1 and q.measure == "participants":
                q.measure, q.extra["none"] = None, True
        for idx, q in enumerate(qs):  # "возросло до 77, пострадавших — до 1000": "до" still means "rose to"
            if q.qualifier == "at_most" and any(p.extra.get("revised") for p in qs[max(0, idx - 3) : idx]) \
                    and self.lex.range_mid.at(toks, q.start):
                q.qualifier = "exact"
        if self.lex.respectively:
            self._respectively(toks, qs)
        for idx, q in enumerate(qs):  # "50 вбитих і 500 поранених": the qualifier distributes
            prev = qs[idx - 1] if idx else None
            spread = prev and q.measure and q.qualifier == "exact" and prev.qualifier in ("at_least", "more_than", "about")
            if spread and prev.how == "head" and q.how == "head" and self._link(toks, q, prev) == "and" \
                    and not self._subset_at(toks, q.end):  # "свыше 100 водолазов; двое из них погибли": a part, exact
                q.qualifier = prev.qualifier

    def _located_rows(self, toks: Sequence[Token], qs: list[Quantity]) -> None:
        """A count split by place: "12 died in Northville, 7 - in Eastbrook and 2 in Oldport", "40 died,
        of them 10 in hospitals", "detained 300: in Northville - 120, in Eastbrook - 80". A bare figure
        (no noun, or a person noun) whose own place follows it ("7 - in Eastbrook") or comes right before
        it and a dash ("in Eastbrook - 80"), joined to the counted figure before it by a comma, a
        conjunction or "of them", counts what that figure counts. A hospital as a row's place ("10 in
        hospitals") is where the dead died, not a count of the injured."""
        preps, joins = word_list(self.lex.lang, "row_preps"), word_list(self.lex.lang, "row_joins")
        n, conn = len(toks), self.lex.connectives
        for idx in range(1, len(qs)):
            q, prev = qs[idx], qs[idx - 1]
            if not prev.measure or prev.measure == "anaphora" or prev.extra.get("none") or q.extra.get("none"):
                continue
            if (q.noun is not None and q.noun.cls != "person") or (prev.noun is not None and prev.noun.cls != "person"):
                continue
            gap = toks[prev.end : q.start]
            if not gap or len(gap) > 12 or any(t.text in (".", "!", "?", "(", ")") for t in gap):
                continue
            if q.how == "left" and prev.how == "row" and q.trigger is not None and prev.end <= q.trigger[0] < q.start:
                q.measure, q.trigger = prev.measure, prev.trigger  # "10 - in hospitals, 20 found in the streets"
                continue
            subset = any(c == "subset" for _a, c in conn.ending_at(toks, q.start, 4))
            joined = subset or gap[-1].text in (",", ";") or bool(joins.ending_at(toks, q.start, 2))
            k = max(q.end, q.head_end) if q.noun is not None else q.end
            if (c := conn.first(toks, q.end)) and c[1] == "subset":
                k, subset = max(k, c[0]), True  # "14 of them in hospitals"
            dashed = k < n and toks[k].text in ("-", "—", "–")
            k += dashed
            after = preps.first(toks, k) if k + 1 < n and not toks[k + 1].text[:1].isdigit() else None
            # the figure's own trigger is its row's place, a hospital ("10 - in hospitals"), not a state ("2 - in a serious condition")
            own = q.measure is not None and q.how == "right" and q.trigger is not None and q.trigger[0] == k \
                and any(word_list(self.lex.lang, "row_places").first(toks, j) for j in (k + 1, k + 2))
            if joined and after and (q.measure is None or (own and prev.measure == "killed" and q.measure == "injured")):
                placed = subset or dashed or any(preps.first(toks, j) for j in range(prev.end, q.start))
                if placed:  # the figure before has its own place, this one is a part of it, or a dash sets its row
                    q.measure, q.trigger, q.how = prev.measure, prev.trigger, "row"
                    continue
            dash = q.start >= 3 and toks[q.start - 1].text in ("-", "—", "–")
            if dash and q.measure is None:
                for j in range(q.start - 2, max(prev.end, q.start - 6) - 1, -1):
                    if preps.first(toks, j) and j > prev.end and toks[j - 1].text in (",", ":", ";", "—", "–"):
                        q.measure, q.trigger, q.how = prev.measure, prev.trigger, "row"
                        break

    def _place_rows(self, toks: Sequence[Token], qs: list[Quantity], ends, paren) -> None:
        """Kazakh tolls by place in parentheses ("Мұндай құрбандар Көкөзек (12), Ақтерек (9) және
        Сарыбелде (7) болған"): a bare figure in parentheses right after a capitalised name, in a list of
        such names, takes the measure of the list's figure before it, else the trigger before the list's
        first name (`_scan_left` from there)."""
        n, prev = len(toks), None
        for q in qs:
            a, b = q.start, q.end
            # round 37, every language: the row may open with "total" ("Northville (a total of 1,559
            # people: 544 adults ...)") and break its figure down after a colon ("Eastbrook (219: 57 ...)")
            o = a - 1
            while o > 0 and a - o <= 3 and toks[o].kind == "w" and toks[o].low in _ROW_TOTALS:
                o -= 1
            e = max(b, q.head_end) if q.noun is not None and q.noun.cls == "person" else b
            close = e < n and (toks[e].text == ")" or (toks[e].text == ":" and self.lex.lang != "kk"))
            row = o >= 1 and close and toks[o].text == "(" and self._row_name(toks, o)
            if not row:
                if q.measure and self.lex.lang != "kk" and o >= 1 and toks[o].text == "(" and self._row_name(toks, o):
                    prev = q  # "Northville (243 patients: 81 adults ...), Eastbrook (214: ...)": a row with its own noun
                    if q.how == "head" and q.head is not None and q.head.weak:
                        # "найбільше затриманих у Пахомові (96 протестувальників), ...": the role noun says who,
                        # the list's trigger what befell them
                        left = self._scan_left(toks, replace(q, start=o - 1), ends, paren)
                        if left and left[1].measure not in ("none", q.measure) and not left[1].weak and self._fits(left[1], q):
                            q.measure, q.trigger, q.how = left[1].measure, left[2], "list"
                elif self.lex.lang == "kk" or a >= len(paren) or paren[a] < 0:
                    prev = None  # (a row's own parts, in its parentheses, keep the list going)
                continue
            if q.measure or q.extra.get("none") or (q.noun is not None and q.noun.cls != "person") or q.head is not None:
                prev = q if q.measure else None
                continue
            a = o + 1
            if prev is not None and prev.measure:
                q.measure, q.trigger, q.how = prev.measure, prev.trigger, "list"
                prev = q
                continue
            s = a - 2  # back over the list's earlier "Name (N)," items to its first name
            while s >= 4 and (toks[s - 1].text == "," or toks[s - 1].low in _AND) and toks[s - 2].text == ")":
                j = s - 3
                while j > 0 and toks[j].text != "(":
                    j -= 1
                if j < 1 or s - 2 - j > (4 if self.lex.lang == "kk" else 14) or toks[j - 1].kind != "w" or not toks[j - 1].text[:1].isupper():
                    break
                s = j - 1
            left = self._scan_left(toks, replace(q, start=s), ends, paren)
            if left and left[1].measure != "none" and self._fits(left[1], q):
                q.measure, q.trigger, q.how = left[1].measure, left[2], "list"
                prev = q
        self._row_parts(toks, qs, paren)

    def _row_name(self, toks: Sequence[Token], o: int) -> bool:
        """A place's name ends right before the "(" at ``o``: a capitalised word, or (not in Kazakh) a
        lower-case kind word after one ("в Пахомовской области (207)")."""
        if o < 1 or toks[o - 1].kind != "w":
            return False
        if toks[o - 1].text[:1].isupper():
            return True
        return self.lex.lang != "kk" and o >= 2 and toks[o - 2].kind == "w" and toks[o - 2].text[:1].isupper() \
            and toks[o - 2].end + 1 == toks[o - 1].start

    def _row_parts(self, toks: Sequence[Token], qs: list[Quantity], paren: list[int]) -> None:
        """The parts of a place row's figure after its colon, in the same parentheses ("Eastbrook (219:
        57 adults and 162 children)"): each counts what the row's figure counts."""
        row = None
        for q in qs:
            if q.how == "list" and q.measure and q.start < len(paren):
                row = q
                continue
            if row is None or q.measure or q.extra.get("none") or q.start >= len(paren) or paren[q.start] < 0 \
                    or paren[q.start] != paren[row.start]:
                row = None if row is None or q.start >= len(paren) or paren[q.start] != paren[row.start] else row
                continue
            if (q.noun is None or q.noun.cls == "person") and q.head is None \
                    and any(t.text == ":" for t in toks[row.end : q.start]):
                q.measure, q.trigger, q.how = row.measure, row.trigger, "breakdown"

    def _part_of_whole(self, toks: Sequence[Token], qs: list[Quantity]) -> None:
        """A figure with no measure right before the figure of its whole ("17 out of the 60 houses were
        destroyed", "9 of the 31 victims were ...", "17 из 60 домов", ``part_of_whole.txt``) counts what
        the whole counts: the predicate after the whole is the part's. A whole that only took the part's
        measure from it ("загинули 57 осіб зі 63, які були на поромі") counts who were there, no one harmed."""
        words = word_list(self.lex.lang, "part_of_whole")
        if not words.size:
            return
        for q, whole in zip(qs, qs[1:], strict=False):
            e = max(q.end, q.head_end)  # "57 осіб зі 63": the counted noun may stand between
            if q.measure and whole.measure == q.measure and whole.how in ("breakdown", "and") and whole.trigger == q.trigger \
                    and (m := words.first(toks, e) if e < len(toks) else None) is not None and m[0] == whole.start:
                whole.measure, whole.extra["none"] = None, True  # "загинули 57 осіб зі 63": the whole is who were there
                continue
            if q.measure or q.extra.get("none") or not whole.measure or whole.extra.get("none") or q.value is None \
                    or whole.value is None or isinstance(q.value, tuple) or isinstance(whole.value, tuple) or q.value >= whole.value:
                continue
            m = words.first(toks, e) if e < len(toks) else None
            if m is not None and m[0] == whole.start and self._opens_clause(toks, q.start):
                q.measure, q.trigger, q.how = whole.measure, whole.trigger, "part_of_whole"

    def _opens_clause(self, toks: Sequence[Token], i: int) -> bool:
        """The figure at ``i`` is its clause's subject: the sentence's first word, after punctuation, "that"
        or a verb of saying ("officials said 17 of the 60 ..."), not after a verb or a preposition of its
        own ("heat was restored to 160 of the 207 ...")."""
        if i == 0 or toks[i - 1].kind == "p" or toks[i - 1].low in _THAT:
            return True
        return toks[i - 1].low.startswith(_saying_words(self.lex.lang))

    def _role_parts(self, toks: Sequence[Token], qs: list[Quantity]) -> None:
        """A part of a count of the dead, the injured, the missing or the detained that only a role noun
        calls participants is a part of that count: the noun says who the counted were ("загинули 77
        осіб (з них 61 — протестувальники)", "задержаны 140 человек: в Ольховке (52 протестующих)"), and
        so does the whole's own role noun for the next item of its list ("среди погибших — 15 участников
        шествия, трое подростков и один охранник"). A figure with a verb of its own keeps it."""
        whole: Quantity | None = None
        for idx, q in enumerate(qs):
            if q.measure in _EVENT_COUNTS:
                whole = q
                continue
            if q.measure != "participants" or whole is None or not idx or q.trigger is None or q.extra.get("none"):
                whole = None if q.measure else whole
                continue
            prev = qs[idx - 1]
            if prev is not whole and prev.how != "role_part":
                whole = None
                continue
            trig = q.trigger[0]
            weak = (q.how == "head" and q.head is not None and q.head.weak) or any(
                t.weak and t.measure == "participants" for _e, t in self.lex.measures.at(toks, trig))
            if not weak:
                whole = None
                continue
            link = self._link(toks, q, prev)
            own_whole = whole.start <= trig < q.start and not any(t.text in _STOP for t in toks[trig : q.start])
            # the role noun is the figure's before ("15 участников, трое подростков"); or the figure opens a
            # row of a list after a colon ("задержаны 140: в Ольховке (52 протестующих)")
            row = link == "" and any(t.text == ":" for t in toks[max(prev.end, prev.head_end) : q.start]) \
                and not any(t.text in _STOP and t.text != ":" for t in toks[prev.end : q.start])
            if link in ("subset", "breakdown") or own_whole or row:
                q.measure, q.trigger, q.how = whole.measure, whole.trigger, "role_part"
            else:
                whole = None

    def _dead_and_wounded(self, toks: Sequence[Token], qs: list[Quantity]) -> None:
        """A vague amount of the dead and the wounded counts both ("десятки загиблих та поранених людей",
        "dozens of killed and injured"); a number ("20 killed and injured") is one count of casualties."""
        n, k = len(toks), 0
        while k < len(qs):
            q = qs[k]
            k += 1
            if q.qualifier != "vague" or q.measure not in ("killed", "injured") or q.trigger is None:
                continue
            j = q.trigger[1]
            if j + 1 >= n or toks[j].low not in _AND or toks[j].text == ",":
                continue
            t = next((t for _e, t in self.lex.measures.at(toks, j + 1) if t.noun and t.measure in ("killed", "injured")), None)
            if t is not None and t.measure != q.measure:
                qs.insert(k, replace(q, measure=t.measure, trigger=(j + 1, j + 2), extra=dict(q.extra)))
                k += 1

    def _respectively(self, toks: Sequence[Token], qs: list[Quantity]) -> None:
        """"загиблих та постраждалих ... 275 та 139 осіб відповідно", "killed and injured were 12 and 40
        respectively": the figures joined before "respectively" take, in order, the measures named
        before them (as many distinct measures as figures), not the nearest one each."""
        lex, n = self.lex, len(toks)
        for r in range(n):
            if toks[r].low not in lex.respectively:
                continue
            group = [q for q in qs if q.end <= r and r - q.end <= 2][-1:]
            while group:
                prev = [q for q in qs if q.end <= group[0].start]
                if not prev or not all(toks[k].low in _AND for k in range(prev[-1].end, group[0].start)) or prev[-1].end == group[0].start:
                    break
                group.insert(0, prev[-1])
            stop = group[0].start if group else r
            if not group:  # Kazakh "тиісінше 12 және 40 адам": the word before the figures
                group = [q for q in qs if r < q.start <= r + 2][:1]
                while group:
                    nxt = [q for q in qs if q.start >= group[-1].end]
                    if not nxt or nxt[0].start == group[-1].end or not all(toks[k].low in _AND for k in range(group[-1].end, nxt[0].start)):
                        break
                    group.append(nxt[0])
            if len(group) < 2:
                continue
            lo = max(0, stop - 15)
            found: list[tuple[str, tuple[int, int]]] = []
            k = lo
            while k < stop:
                m = lex.measures.first(toks, k)
                if m and m[0] <= stop and m[1].measure != "none" and not m[1].weak:
                    found.append((m[1].measure, (k, m[0])))
                    k = m[0]
                    continue
                k += 1
            found = found[-len(group):]
            if len(found) == len(group) and len({f[0] for f in found}) == len(group):
                for q, (measure, span) in zip(group, found, strict=True):
                    q.measure, q.trigger, q.how = measure, span, "respectively"

    def _troops_apposed(self, toks: Sequence[Token], q: Quantity) -> None:
        """People counted between commas right after a noun of forces are those forces: "Рятувальники
        ДСНС та комунальні служби, понад 200 осіб, працювали на місці" (deployed 200)."""
        n, lex = len(toks), self.lex
        if not (q.start > 1 and toks[q.start - 1].text == "," and q.head_end < n and toks[q.head_end].text == ","):
            return
        for k in range(q.start - 2, max(-1, q.start - 9), -1):
            t = toks[k]
            if t.kind == "n" or t.text in _STOP or t.text == ",":
                return
            nm = lex.nouns.first(toks, k)
            if nm and nm[1].cls == "troops" and nm[0] <= q.start - 1:
                q.noun = nm[1]
                return

    def _rescuers(self, toks: Sequence[Token], qs: list[Quantity]) -> None:
        """People who took part in a search or rescue operation were deployed, not participants:
        "В поисковой операции участвовали более 600 человек"."""
        if not any(q.measure == "participants" for q in qs):
            return
        ctx = self.lex.rescue_context
        if any(ctx.at(toks, k) for k in range(len(toks))):
            for q in qs:
                if q.measure == "participants":
                    q.measure = "deployed"

    def _past_attr(self, toks: Sequence[Token], q: Quantity, r: tuple, starts, paren) -> tuple:
        """An attributive trigger after the figure (``attr``: "officers who were on duty", "які несли
        службу") yields to a trigger after it in the same sentence: "... were killed"."""
        r2 = self._scan_right(toks, replace(q, head_end=r[2][1]), starts, paren)
        if r2 and r2[1].measure != "none" and not r2[1].attr:
            return r[0] + r2[0] + 1, r2[1], r2[2], r[3] + r2[3]
        return r

    def _apposed(self, toks: Sequence[Token], qs: list[Quantity]) -> None:
        """Figures with counted people and no measure, listed after a comma right after a count whose
        parts they sum to, detail it: "rose to eight on Wednesday, six police officers and two
        civilians, the minister said" (killed 6 police, killed 2 civilians)."""
        n = len(qs)
        for i, p in enumerate(qs):
            if not p.measure or not isinstance(p.value, int) or p.rule == "vague" or i + 2 > n:
                continue
            lo = max(p.head_end, p.end)
            gap = toks[lo : qs[i + 1].start]
            if not (0 < len(gap) <= 5 and gap[-1].text == "," and all(t.kind == "w" for t in gap[:-1])
                    and not any(self.lex.measures.first(toks, k) for k in range(lo, qs[i + 1].start - 1))):
                continue  # "rose to eight on Wednesday, ...", "8-ге жетті, ...": only words that count nothing
            parts, total, j = [], 0, i + 1
            while j < n and len(parts) < 6:
                q = qs[j]
                self._head(toks, q)
                if q.measure or q.noun is None or q.noun.cls not in ("person", "troops") or not isinstance(q.value, int):
                    break
                parts.append(q)
                total += q.value
                e = q.head_end
                if total >= p.value or j + 1 >= n:
                    break
                between = [t.low for t in toks[e : qs[j + 1].start]]
                if not between or len(between) > 2 or not all(w in _AND for w in between):
                    break
                j += 1
            if len(parts) < 2 or total != p.value:
                continue
            e = parts[-1].head_end
            if e + 1 < len(toks) and toks[e].text not in (",", ".", ";", ")"):
                continue  # the list runs on into a clause of its own
            for q in parts:
                q.measure, q.trigger, q.how = p.measure, p.trigger, "breakdown"

    def _topic(self, toks: Sequence[Token], qs: list[Quantity]) -> tuple:
        """A sentence that names what it counts before a colon and gives the figures after it ("Data
        on the number of participants vary: police put it at about 300, ..."): ``(colon, trigger,
        span)`` of the last trigger before the first colon, when no figure stands before it; else ()."""
        if not qs:
            return ()
        colon = next((k for k in range(min(qs[0].start, len(toks))) if toks[k].text == ":"), None)
        if colon is None or colon < 2:
            return ()
        found = [(a, b, t) for a, b, t in self.lex.measures.find(toks, 0, colon) if t.measure != "none"]
        if not found:
            return ()
        a, b, trig = found[-1]
        cn = self.lex.count_nouns
        if not (cn.starts_in(toks, a - 3, a) or cn.starts_in(toks, b, b + 2)):
            return ()  # "постанову про засудження ...: її підтримали 236 депутатів" names no count
        return colon, trig, (a, b)

    def _breakdown(self, toks, q: Quantity, before: list[Quantity]) -> Quantity | None:
        """The earlier figure a bare one details or revises: "42 died: 32 — from smoke, 10 — ...",
        "rose to 32, and by evening to 42" (a bare figure right before a dash or the clause end)."""
        n = len(toks)
        if q.noun is not None and q.noun.cls != "person":
            return None
        said = self._said_of(toks, q)
        if q.rule == "vague" and not said:
            return None
        e = q.head_end if said and q.noun is not None else q.end
        dash = e < n and toks[e].text in ("—", "–", "-") and toks[e].start > toks[e - 1].end
        bare = e >= n or toks[e].text in (",", ".", ";", ")") or bool(self.lex.connectives.first(toks, e) and self.lex.connectives.first(toks, e)[1] == "revision")
        for p in before[-1:-4:-1]:  # a few figures back, within a short span: linear time
            if q.start - p.end > 30:
                return None
            if not p.measure or (p.rule == "vague" and not said):
                continue
            gap = [t.text for t in toks[p.end : q.start]]
            if dash and (":" in gap or p.how == "breakdown"):
                return p
            listed = p.how == "subset" and gap and gap[-1] in ("—", "–") and p.start and toks[p.start - 1].text in ("—", "–")
            if bare and not dash and (p.how in ("left", "right", "breakdown") or listed) and len(gap) <= 8 and ":" not in gap and (p.noun is None or p.noun.cls == "person"):
                return p
            return None
        return None

    def _rejected(self, toks, prev: Quantity, q: Quantity) -> bool:
        """``q`` follows the figure before it (and a few words of its clause) as ", а не" / ", not": the
        figure the speaker sets aside ("five men were missing, not four"), not a count of theirs."""
        gap = [t.low for t in toks[prev.end : q.start]]
        if len(gap) > 7 or any(t in _STOP or t in (";", ":") for t in gap):
            return False
        return any(gap[-len(tail):] == tail for tail in ([",", "а", "не"], [",", "а", "ні"], [",", "not"], [",", "and", "not"], [",", "rather", "than"]))

    def _said_of(self, toks, q: Quantity) -> bool:
        """A speech verb and "about" right before the figure: another source's estimate of what the
        figure before counts ("у ДКНБ говорили про кількасот людей", "the police spoke of hundreds")."""
        k = q.start
        if k and toks[k - 1].text in ("«", '"', "“"):
            k -= 1
        if k < 2 or toks[k - 1].low not in ("о", "об", "про", "about", "of"):
            return False
        ends = (k, k - 1)  # "говорили про" is one entry in some languages, "говорили" in others
        return any(kind == "verb" for end in ends for _s, kind in self.lex.attribution.ending_at(toks, end, 3))

    def _inherit(self, toks, q: Quantity, prev: Quantity) -> str | None:
        """The measure ``q`` takes from the figure it is coordinated with, if its noun fits."""
        if prev.trigger and prev.how != "head":
            # a bare figure counts what the one before it counts: "Several vehicles were damaged, 4 of them ..."
            cls = prev.noun.cls if q.noun is None and q.head is None and prev.noun is not None else None
            for _end, trig in self.lex.measures.at(toks, prev.trigger[0]):
                if self._fits(trig, q) or (cls is not None and trig.needs == cls):
                    return trig.measure
            return None
        a = q.noun.cls if q.noun else None
        b = prev.noun.cls if prev.noun else None
        same = a == b or {a, b} <= {None, "person", "troops"}
        return prev.measure if same else None

    def _head(self, toks: Sequence[Token], q: Quantity) -> None:
        lex, n, k = self.lex, len(toks), q.end
        q.head_end = q.end
        if q.rule == "subset_one":
            return  # "включая смертника": the noun is the figure itself
        if k < n and toks[k].low in ("of", "из", "з", "із") and q.rule == "vague":
            k += 1
        elif k + 1 < n and toks[k].low in ("of", "из", "з", "із"):
            k = _partitive_noun(lex, toks, k + 1, k)  # "Two of the wounded died": the noun of the whole
        if k + 1 < n and toks[k].text in ('"', "«", "“") and toks[k + 1].kind == "w":
            k += 1  # 9 "militants": a quoted noun is still the counted noun
        elif k + 1 < n and toks[k].text in ("»", "”") and toks[k + 1].kind == "w" and q.start and toks[q.start - 1].text in ("«", "“"):
            k += 1  # «не меньше десяти тысяч» человек: a quoted figure, its noun after the quote
        for adj in range(4):
            if k >= n or toks[k].kind != "w":
                return
            if adj and lex.number_word(toks[k]) is not None:
                return  # "raised the toll to 94 with one person reported missing": the noun is the next figure's
            if lex.connectives.index[toks[k].low] and (c := lex.connectives.first(toks, k)) and c[1] in _CLAUSE:
                return  # "toll rises to seven as last suspects detained": the noun after "as" is another clause's
            of = adj == 0 or (k > q.end and toks[k - 1].low in ("of",))
            for end, trig in lex.measures.at(toks, k):
                # "fifteen burned bodies": a head-only noun may follow an adjective
                if trig.noun and trig.side != "left" and (of or (trig.side == "head" and adj == 1 and (lex.measures.first(toks, k - 1) or toks[k - 1].low.endswith("ed")))):
                    q.head, q.head_end = trig, end
                    return
                if trig.noun and trig.weak and adj == 1 and toks[k - 1].text.islower() and self._plain(toks, k - 1):
                    q.head, q.head_end = trig, end  # "150 active participants": a role noun after one adjective
                    return
            nm = lex.nouns.first(toks, k)
            if nm:
                q.noun, q.head_end = nm[1], nm[0]
                if nm[1].cls == "person" and (forces := self._of_forces(toks, nm[0])):
                    q.noun = forces  # "300 fighters of special forces": people of a force are that force
                if adj == 0 and "things" in q.extra and self._subset_at(toks, k):
                    q.noun = q.extra["things"]  # "15 из них" after "1500 домов": of them, the houses
                if nm[0] < n:  # "20 people dead"
                    for end, trig in lex.measures.at(toks, nm[0]):
                        if trig.noun and not trig.weak and trig.side != "left" and self._fits(trig, q):
                            q.head, q.head_end = trig, end
                            q.extra["head_after"] = nm[0]  # the predicate after the noun (`_scan_right`)
                return
            if adj == 0 and k + 1 < n and toks[k + 1].kind == "w" and (tr := lex.measures.at(toks, k)) \
                    and all(t.measure == "none" and (t.side == "left" or (t.side == "right" and lex.nouns.first(toks, e))) for e, t in tr):
                # "12 kidnapped villagers were found dead", "45 displaced people were killed": an attribute
                # that counts nothing (a none trigger only before a figure, or one only after it standing before
                # the counted noun) leaves the predicate to count ("врятованих пасажирів" still counts no one)
                k += 1
                q.head_end = k  # (the scan for a predicate starts past it)
                continue
            if lex.measures.first(toks, k) and not (adj < 2 and k + 1 < n and any(t.side == "head" for _e, t in lex.measures.at(toks, k + 1))):
                if adj == 0:
                    self._participle(toks, q, k)
                return
            k += 1

    def _of_forces(self, toks: Sequence[Token], k: int):
        """The noun of forces after "of" (or "of the") at ``k``: "fighters of special forces", "members
        of the police"; None elsewhere."""
        n = len(toks)
        if k + 1 >= n or toks[k].low != "of":
            return None
        k += 2 if toks[k + 1].low == "the" and k + 2 < n else 1
        nm = self.lex.nouns.first(toks, k)
        return nm[1] if nm and nm[1].cls == "troops" else None

    def _participle(self, toks: Sequence[Token], q: Quantity, k: int) -> None:
        """A participle (or two joined by "or"/"and") between the figure and its counted noun says
        what befell it: "534 damaged or destroyed houses", "12 спалених автомобілів"."""
        lex, n = self.lex, len(toks)
        trigs = [t for _e, t in lex.measures.at(toks, k) if not t.noun and not t.weak and t.side not in ("left", "head") and t.measure != "none"]
        e = max((e for e, _t in lex.measures.at(toks, k)), default=k)
        if e < n and toks[e].low in _AND and toks[e].text != "," and e + 1 < n and lex.measures.first(toks, e + 1):
            e = lex.measures.first(toks, e + 1)[0]  # "damaged or destroyed"
        nm = lex.nouns.first(toks, e) if e < n else None
        if not trigs or nm is None:
            return
        noun = q.noun
        q.noun = nm[1]
        for trig in trigs:
            if self._fits(trig, q):
                q.head, q.head_end = trig, nm[0]
                return
        q.noun = noun

    def _part_group(self, toks: Sequence[Token], q: Quantity) -> str | None:
        """The group a bare part of a count names after its pronoun: "7 of them children", "трое из них
        дети", "з них троє — діти"; the noun must end the clause (not "7 of them children's parents")."""
        lex, n = self.lex, len(toks)
        c = lex.connectives.first(toks, q.end)
        if c and c[1] == "subset":
            k = c[0]
        elif any(kind == "subset" for _s, kind in lex.connectives.ending_at(toks, q.start, 3)) \
                and q.end < n and toks[q.end].text in ("—", "–", "-"):
            k = q.end  # "із них 14 — діти"
        else:
            return None
        if k < n and toks[k].text in ("—", "–", "-", ":"):
            k += 1
        nm = lex.nouns.first(toks, k) if k < n else None
        if not nm or nm[1].cls != "person" or not nm[1].group:
            return None
        if nm[0] < n and toks[nm[0]].kind == "w" and toks[nm[0]].low not in _AND:
            return None
        return nm[1].group

    def _verb_before(self, toks: Sequence[Token], q: Quantity) -> tuple[Trigger, tuple[int, int]] | None:
        """A predicate right before the figure (one word may stand between) that says what befell the
        counted people: "померли ще троє поранених" (killed), "засудив 10 обвинувачених" (convicted).
        A "none" predicate flagged ``left`` ("опознать лишь 8 тел": identified) says the figure counts
        no casualty; an unflagged "none" phrase ("the release of 12 detained") leaves the noun's measure.
        A crowd's verb ("до лікарні прибули 12 постраждалих") does not recount the counted casualties."""
        for k in range(max(0, q.start - 4), q.start):
            for end, trig in self.lex.measures.at(toks, k):
                near = end == q.start or (end == q.start - 1 and toks[end].kind == "w" and toks[end].low not in _AND)
                if near and not trig.noun and not trig.weak and not trig.attr and not trig.soft and trig.measure != q.head.measure \
                        and trig.measure != "participants" \
                        and trig.side not in ("right", "head") and (self._fits(trig, q) if trig.measure != "none" else trig.side == "left"):
                    return trig, (k, end)
        return None

    def _none_after(self, toks: Sequence[Token], q: Quantity) -> bool:
        """A "none" predicate (not one that only counts before the figure) a few plain words after
        the counted noun: "detainees were released from custody", "ұсталған адам қамаудан босатылды"."""
        lex, n = self.lex, len(toks)
        k = q.head_end
        if k < n and (nm := lex.nouns.first(toks, k)):
            k = nm[0]
        for j in range(k, min(n, k + 4)):
            if toks[j].kind != "w":
                return False
            found = lex.measures.at(toks, j) if lex.measures.index[toks[j].low] else ()
            if found:
                return any(t.measure == "none" and t.side != "left" and not t.weak for _e, t in found)
        return False

    def _died_after(self, toks: Sequence[Token], q: Quantity) -> tuple[Trigger, tuple[int, int]] | None:
        """A death right after a counted noun of another measure: "Двое раненых скончались в
        больнице", "Ще одна постраждала, 57-річна жінка, померла" (killed, not injured). An
        apposition between commas and one plain word ("later") may stand between."""
        lex, n = self.lex, len(toks)
        k = q.head_end
        if k < n and (nm := lex.nouns.first(toks, k)):
            k = nm[0]  # "two injured people"
        if k < n and toks[k].text == ",":
            j = k + 1
            while j < min(n, k + 8) and toks[j].text not in _STOP and toks[j].text not in ",()":
                if (toks[j].kind == "n" and not (j + 1 < n and toks[j + 1].start == toks[j].end)) or lex.number_word(toks[j]) is not None:
                    return None  # "5 раненых, 3 погибших", "один из нападавших задержан, двое убиты, четверо ранены": a list, not
                    # an apposition ("57-летняя женщина")
                j += 1
            if j >= n or toks[j].text != "," or j == k + 1:
                return None
            k = j + 1
        for skip in (0, 1):
            if k >= n or toks[k].kind != "w":
                return None
            for end, trig in lex.measures.at(toks, k) if lex.measures.index[toks[k].low] else ():
                hurt = trig.measure == "injured" and q.head.measure in ("detained", "arrested")  # "detainees were beaten"
                sentenced = trig.measure == "convicted" and q.head.measure == "charged"  # "12 defendants received sentences"
                lost = trig.measure == "missing" and q.head.measure == "killed" and toks[q.head_end - 1].low in lex.body_words  # "60 bodies were never brought up"
                if (trig.measure == "killed" or hurt or sentenced or lost) and q.head.measure != trig.measure and not trig.weak \
                        and trig.side not in ("left", "head") and self._fits(trig, q):
                    return trig, (k, end)
            if skip or not toks[k].text.islower() or toks[k].low in _AND or lex.measures.first(toks, k) \
                    or lex.connectives.index[toks[k].low] or lex.nouns.first(toks, k):
                return None
            k += 1
        return None

    def _label(self, toks: Sequence[Token], q: Quantity) -> None:
        """A figure with no noun after it that follows its noun, as in a table row or a label
        ("Damaged houses | 86", "Зақымданған үйлер (мектептер)\t19"): that noun is the counted one."""
        k = q.start
        if k and toks[k - 1].text in ("«", '"', "“"):
            k -= 1  # "өртенген үйлер «200-ге жуық»": a quoted figure after its noun (not 'Police: "about 3,000"')
        elif k and toks[k - 1].text in (":", "|", "—", "–", "="):
            k -= 1
        k = self._skip_paren(toks, k)
        for _i, nc in self.lex.nouns.ending_at(toks, k, 3):
            q.noun = nc
            return
        if q.end < len(toks) and toks[q.end].text not in ("|", ";"):
            return  # a label's figure closes its row
        for j, _trig in self.lex.measures.ending_at(toks, k, 3):
            # a whole row "Rescuers deployed | about 160" ("Полицейских задействовано: 300"): the noun before the participle
            if j and toks[j].text.islower():
                for i, nc in self.lex.nouns.ending_at(toks, j, 3):
                    if i == 0 or toks[i - 1].text in ("|", "•", "-", "*"):
                        q.noun = nc
                        return

    @staticmethod
    def _skip_paren(toks: Sequence[Token], k: int) -> int:
        """``k`` moved before a bracketed group that ends right before it (at most 12 tokens)."""
        if k and toks[k - 1].text == ")":
            for j in range(k - 2, max(-1, k - 14), -1):
                if toks[j].text == "(":
                    return j
                if toks[j].text == "." and j > 0 and toks[j - 1].kind == "w" and toks[j - 1].end == toks[j].start:
                    continue  # an abbreviation: "(чел.)", "(ед.)"
                if toks[j].text in ")" + "".join(_STOP):
                    break
        return k

    @staticmethod
    def _fits(trig: Trigger, q: Quantity) -> bool:
        cls = q.noun.cls if q.noun else None
        if cls is None and q.head is not None and q.head.weak and q.head.needs == "troops":
            cls = "troops"  # "involved more than 500 rescuers": a role noun of forces counts forces
        if trig.needs == "any":  # "два взрыва, совершённые смертниками": explosions are no casualties; "the toll
            # of the attacks on two temples" counts no temples (a toll's or an arrest's noun counts people)
            return cls != "team" and not (cls in ("building", "vehicle") and trig.measure in _OF_PEOPLE)
        if trig.named and q.noun is None and not (q.head is not None and q.head.weak) and not q.extra.get("people"):
            return False  # "уничтожено 14" alone may be houses: only "14 боевиков" ("шестеро") makes it a death
        if trig.needs == "person":
            if trig.measure in _HELD and q.noun is not None and q.noun.group == "inmates":
                return False  # "193 prisoners had been held in the building": people in custody, no detention
            return cls in (None, "person", "troops")
        return cls == trig.needs

    def _scan_right(self, toks, q: Quantity, starts, paren):
        lex, n = self.lex, len(toks)
        conn, meas = lex.connectives.index, lex.measures.index  # most words start neither
        k, dist, commas, skipped = max(q.head_end, q.end), 0, 0, False
        unfit = False  # the figure's own predicate, of another class, was crossed (`_unfit`)
        part = bool((c := lex.connectives.first(toks, q.end)) and c[1] == "subset") \
            or any(c == "subset" for _a, c in lex.connectives.ending_at(toks, q.start, 3))  # "419 of them with gunshot wounds"
        # "120 — official death toll": a figure that opens its line is defined after the dash
        defines = q.start == 0 and k < n and toks[k].text in ("—", "–") and commas == 0
        quoted = None  # does a quote open before the figure? (found on the first quote mark met)
        until = n  # the scan's end: a few words past a quote that closes on the figure
        if k < n and toks[k].text == "(":  # "14 people (9 men, ...) died": a breakdown right after the noun
            j = k + 1
            while j < min(n, k + 30) and toks[j].text not in "()":
                j += 1
            if j < n and toks[j].text == ")":
                k = j + 1
        elif k < n and toks[k].text in ("—", "–") and k > q.end and toks[k].start > toks[k - 1].end and q.noun is not None:
            j = k + 1  # "экипаждың үш мүшесі — екі ұшқыш пен бір бортсерік — қаза тапқанын": a breakdown between dashes
            while j < min(n, k + 16) and toks[j].text != toks[k].text and toks[j].text not in _STOP and toks[j].text not in "()":
                j += 1
            if j < min(n, k + 16) and toks[j].text == toks[k].text and any(starts.get(i) for i in range(k + 1, j)):
                k = j + 1
        while k < n and dist < 12:
            t = toks[k]
            if t.text in _STOP or t.text == "(" or (t.text == ")" and paren[q.start] >= 0):
                return None
            if t.text in _QUOTES and quoted is None:
                before = [t.text for t in toks[max(0, q.start - 12) : q.start]]
                quoted = before.count('"') % 2 == 1 or before.count("«") > before.count("»") or before.count("“") > before.count("”")
            if t.text in _QUOTES and quoted:  # 'the real toll was "at least 25" and accused ...'
                if (k == max(q.head_end, q.end) or self._quoted_noun(toks, q, k)) and k + 1 < n and toks[k + 1].kind == "w" \
                        and toks[k + 1].low not in _AND:
                    quoted, until = False, k + 4  # '"hundreds" had died', '"30 people" had been rounded up', "«300-дей адам» келгенін": the verb right after
                    k, dist = k + 1, dist + 3  # a trigger before the quote is nearer ('the toll was "at least 16" accused')
                    continue
                if k == max(q.head_end, q.end) and k > q.end and k + 2 < n and toks[k + 1].text == "," and toks[k + 2].kind == "w" \
                        and toks[k + 2].text.islower() and toks[k + 2].low not in _AND:
                    quoted, until = False, k + 5  # "о «десятках военных», якобы погибших": a participle after the quoted noun
                    k, dist = k + 1, dist + 3
                    continue
                return None
            if k >= until:
                return None
            other = starts.get(k)
            if other is not None and other is not q:
                prevtok = toks[k - 1].low if k else ""
                self._head(toks, other)
                part = lex.connectives.first(toks, other.end)
                if part and part[1] == "subset":
                    return None  # "hundreds tried to cross, 8 of them were killed": the verb is the part's
                if prevtok == "," and k - 1 > (j := max(q.head_end, q.end)) and toks[k - 2].kind == "w" and toks[j].kind == "w" \
                        and toks[j].low not in lex.locative_preps and ((c := lex.connectives.first(toks, j)) is None or c[1] == "exist"):
                    return None  # "Автобуста 38 жолаушы болған, 12 адам қаза тапты": the figure's own clause ended at the comma
                if prevtok in _AND and (other.noun or (other.head and other.head.weak)) and (not other.head or other.head.weak) and (q.noun or q.head):
                    k, dist = max(other.head_end, other.end), dist + 1
                    continue
                if prevtok in _AND and "head_after" in other.extra and (q.noun or q.head):
                    k, dist = other.extra["head_after"], dist + 1  # "3 тұтқын мен 1 күзетші жараланды": one predicate after both
                    continue
                kinds = {c for _a, c in lex.connectives.ending_at(toks, other.start, 3)}
                if "subset" in kinds:
                    if "subset_clause" in kinds and self._own_predicate(toks, other):
                        return None  # "150 participants, of them 60 are detained": the verb is the part's
                    k, dist = max(other.head_end, other.end), dist + 1  # "164 people, including three children, had been killed"
                    skipped = True
                    if toks[other.start - 1].text != "," and k < n and toks[k].text != ",":
                        # "Eleven suspects, including four said to have been directly involved in the attack, have
                        # been arrested": the aside that describes the part runs to its closing comma
                        j = next((j for j in range(k, min(n, k + 16)) if toks[j].text in _STOP or toks[j].text in ",()"), n)
                        if j < n and toks[j].text == ",":
                            k = j
                    continue
                return None
            c = lex.connectives.first(toks, k) if conn[t.low] else None
            if c and c[1] == "clause" and self._as_predicate(toks, k, c[0]):
                pass  # "Eleven people remained as missing": no clause, a predicate
            elif c and (c[1] in ("contrast", "purpose", "clause") or (c[1] == "relative" and skipped)):
                return None  # "..., but", "gathered to honour the dead", "toll rises to six as wounded ... dies": another clause
            if t.text == ",":
                if unfit:
                    return None  # "11 aircraft were fighting the blaze, which has burned ...": that clause is the blaze's
                commas += 1
                if (j := self._apposition(toks, k)) > k:
                    k, dist = j, dist + 1  # "residents of X, a mining town in the south of Y, gathered"
                    continue
            for end, trig in lex.measures.at(toks, k) if meas[t.low] else ():
                if trig.measure == "none":  # "родственников погибших": a trigger inside another noun phrase
                    return dist, trig, (k, end), commas
                if trig.noun and end < n and toks[end].text in ("—", "–") and toks[end].start > toks[end - 1].end:
                    continue  # "..., пострадавших — до 86": the noun before a dash governs the figure after it
                if (trig.noun or part) and self._cause(toks, k, part):
                    break  # "из них 10 – от огнестрельных ранений": the cause of what the figure counts
                side_ok = trig.side not in ("left", "head") or (trig.side == "left" and defines)
                if side_ok and self._fits(trig, q):
                    if q.head and trig.measure == q.head.measure:
                        break  # the role noun's own measure ("участников митинга"): the word says no more
                    if commas and (end in starts or (end + 1 < n and (
                            (toks[end].text in ("—", "–", "-") and end + 1 in starts)
                            or (toks[end].kind == "w" and toks[end].low not in _AND and starts.get(end + 1) is not None)))):
                        # "40 died, among them 3 children, were wounded 75", "..., ранены - 108", "..., з них 5 дітей,
                        # поранення отримали 140 осіб": the trigger (and its verb, or a dash) opens the next figure's clause
                        return None
                    if trig.noun and any(c == "among" for _s, c in lex.connectives.ending_at(toks, k, 3)):
                        dist += 6  # "арестовал на два месяца 21 человека из числа задержанных": a verb before wins
                    return dist, trig, (k, end), commas
            unfit = unfit or self._unfit(toks, k, q)
            # "have been" is one auxiliary: "30 have died and 12 have been hospitalized" as "... 12 were hospitalized"
            dist += 0 if t.low == "been" and k > 0 and toks[k - 1].low in _PAIR_AUX | _ONE_AUX else 1
            k += 1
        return None

    def _quoted_noun(self, toks, q: Quantity, k: int) -> bool:
        """One or two plain lower-case words, a noun the lexicon does not know, between the figure and
        the closing quote at ``k``: '"more than 30 foresters" had died', «30-дан астам орманшы» қаза тапты."""
        lo = max(q.head_end, q.end)
        return lo < k <= lo + 2 and all(toks[j].text.islower() and self._plain(toks, j) for j in range(lo, k))

    def _unfit(self, toks, k: int, q: Quantity) -> bool:
        """A predicate at ``k`` (no noun, either side) none of whose senses fits the figure's counted
        noun ("11 aircraft were fighting the blaze"): the figure's own verb, of no measure for it."""
        if q.noun is None or not self.lex.measures.index[toks[k].low]:
            return False
        hits = self.lex.measures.at(toks, k)
        return bool(hits) and all(not t.noun and t.side == "any" and t.measure != "none" and not self._fits(t, q) for _e, t in hits)

    def _apposition(self, toks, k: int) -> int:
        """The closing comma of an apposition that opens with an article after the comma at ``k`` ("X, a
        mining town in southern Kazakhstan's Zhambyl region, gathered"): plain words, no trigger,
        no figure, at most 16 tokens; else ``k``."""
        lex, n = self.lex, len(toks)
        if k + 2 >= n or toks[k + 1].low not in _APPOS:
            return k
        for j in range(k + 2, min(n, k + 18)):
            t = toks[j]
            if t.text == ",":
                return j
            if t.kind == "n" or (t.kind == "p" and t.text not in "'’-") or lex.measures.first(toks, j) or lex.number_word(t):
                return k
        return k

    def _cause(self, toks, k: int, part: bool = False) -> bool:
        """A cause preposition ("от", "від", "from") right before ``k`` or before one adjective; for a
        part of a count (``part``: "419 of them with gunshot wounds") also a ``cause_part`` one."""
        conn, kinds = self.lex.connectives, ("cause", "cause_part") if part else ("cause",)
        for j in (k - 1, k - 2, k - 3) if part else (k - 1, k - 2):
            if j >= 0 and conn.index[toks[j].low] and any(c in kinds and e == j + 1 for e, c in conn.at(toks, j)):
                return j == k - 1 or toks[k - 1].kind == "w"
        return False

    def _own_predicate(self, toks, part: Quantity) -> bool:
        """The subset figure ``part`` ("of them 60", its counted noun included) runs on into a
        predicate with no comma or dash between: "of them 60 are detained" (not "of them 60, were")."""
        self._head(toks, part)
        k = max(part.head_end, part.end)
        return k < len(toks) and toks[k].kind == "w" and toks[k].low not in _AND

    def _scan_left(self, toks, q: Quantity, ends, paren):
        lex = self.lex
        conn, meas = lex.connectives.index, lex.measures.index  # most words start neither
        k, dist, commas = self._skip_paren(toks, q.start) - 1, 0, 0
        # a copula or "rose to" reaches further back: "The death toll from an accident at the ... plant rose to 17"
        cop = q.extra.get("revised") or any(c == "copula" for _a, c in lex.connectives.ending_at(toks, q.start, 3)) \
            or (q.start > 0 and toks[q.start - 1].low in lex.change_to and self._changed(toks, q.start - 1, q.end))
        # ("The death toll from the floods in ... rose sharply again Sunday to more than 3,000": the change's target)
        while k >= 0 and dist < (24 if cop else 12):
            t = toks[k]
            if t.text in (":", "=") and dist == 0:  # "погибшие: 9", "missing = 4"
                dist += 1
                k -= 1
                continue
            if t.text == "(" and dist == 0 and k == q.start - 1 and k > 1 and lex.count_nouns.starts_in(toks, max(0, k - 6), k - 1):
                k -= 1  # "Число участников митингов (от 100 тысяч до миллиона)": the figure of the count named before
                continue
            if t.text == "." and _abbrev_dot(toks, k):
                dist += 1
                k -= 1
                continue
            if t.text == ")" and dist and (j := self._gloss_open(toks, k)) >= 0:
                k, dist = j - 1, dist + 1  # "в городе Заречный (Северная область) выросло до 12": a name's gloss
                continue
            if k in ends and cop and (q.noun is None or q.noun.cls == "person") and (p := ends[k]).noun is not None and p.noun.cls in ("building", "vehicle") \
                    and t.text not in _STOP:
                dist += 1  # "the death toll in the attacks on two temples rose to 12": the temples count no toll
                k -= 1
                continue
            if t.text in _STOP or t.text in "()" or k in ends:
                return None
            if t.text == ",":
                if (j := self._aside_start(toks, k)) >= 0:
                    k, dist = (j - 2 if j and toks[j - 1].text == "," else j - 1), dist + 1
                    continue  # "вошли части войск — по данным МВД, около 2500 военнослужащих": the source's aside
                dist += 2
                commas += 1
                k -= 1
                continue
            c = lex.connectives.first(toks, k) if conn[t.low] else None
            if c and c[1] in ("contrast", "clause") and not any(n == "naming" for _s, n in lex.connectives.ending_at(toks, c[0], 3)):
                return None  # (not "described as": 'accompanied by what police described as "around 400 officers"')
            if meas[t.low] and any((p.noun is not None or (p.head is not None and p.head.weak and ((q.noun is not None and q.noun.cls != "person") or q.head is not None)))
                                   and p.end <= k < p.extra.get("head_after", p.head_end) for p in _ending_before(ends, k)):
                return None  # "are killed 21 condemned and 2 employees", "290 демонстрантов, 189 военнослужащих": the figure before's noun
            for end, trig in lex.measures.at(toks, k) if meas[t.low] else ():
                if q.head is not None and self._eve(toks, k):
                    continue  # "напередодні затримань були 500 учасників": the noun only dates the clause
                if trig.measure == "none" and end <= q.start and trig.side not in ("right", "head"):  # ("the 10,000 figure": only after it;
                    # "the criminal case lists 130": a counted noun's none ("98 criminal cases") only as the figure's own noun)
                    if commas:
                        break  # "..., бірі тірі табылды, сондықтан ресми сан 51-ге": another clause's
                    return dist, trig, (k, end), commas  # "the release of 12 people": no casualty count
                if end <= q.start and q.noun is None and q.head is None and trig.needs in ("building", "vehicle") \
                        and trig.side not in ("right", "head"):
                    for _i, nc in lex.nouns.ending_at(toks, k, 3):
                        if nc.cls == trig.needs:  # "Машин утонуло штук 20": the counted noun before its verb
                            q.noun = nc
                bare = commas > 0 and trig.weak and trig.noun and trig.needs == "troops" and q.noun is None and q.head is None
                if end <= q.start and trig.side not in ("right", "head") and (self._fits(trig, q) or bare):
                    # "Спасателей в первый час было мало, человек десять": a bare figure counts the forces named before it
                    if q.head and trig.measure == q.head.measure:
                        # "involved more than 500 rescuers": the word's other senses are not the figure's; the
                        # counted noun decides, no trigger further back ("fired tear gas ... to disperse
                        # thousands of protesters": the tear gas counts nothing, the protesters took part)
                        return None
                    inner = self._none_over(toks, k)
                    if inner is not None:  # "освобождения задержанных 12 человек": the trigger is inside a "none" phrase
                        return dist, inner[1], (inner[0], inner[2]), commas
                    outer = self._covering(toks, q, k, end)
                    if outer is not None:  # "injury toll to 1,200": the longer phrase that ends with the trigger
                        return dist, outer[1], (outer[0], outer[2]), commas
                    if trig.weak and k > 0:  # "загиблих протестувальників — понад сто": the participle governs
                        for e2, t2 in lex.measures.at(toks, k - 1):
                            if e2 == k and not t2.weak and t2.measure != "none" and self._fits(t2, q):
                                return dist, t2, (k - 1, e2), commas
                    if trig.weak and self._among(toks, k, end):
                        break  # "постраждалих серед протестувальників — 10": the role noun only says among whom
                    return dist, trig, (k, end), commas
            dist += 1
            k -= 1
        return None

    def _gloss_open(self, toks, k: int) -> int:
        """The "(" of a short gloss that closes at ``k`` right after a name ("Заречный (Северная
        область)", "(Заречный район)"): a few words with no figure, trigger or stop; -1 elsewhere."""
        lex = self.lex
        for j in range(k - 1, max(-1, k - 6), -1):
            t = toks[j]
            if t.text == "(":
                return j if j < k - 1 and j > 0 and toks[j - 1].kind == "w" and toks[j - 1].text[:1].isupper() else -1
            if t.kind != "w" or (lex.measures.index[t.low] and lex.measures.first(toks, j)) or lex.number_word(t) is not None:
                return -1
        return -1

    def _aside_start(self, toks, k: int) -> int:
        """The start of a source's aside ("по данным МВД", "according to the police") that ends with the
        comma at ``k`` and opens after a dash, a comma or "and" (at most 8 tokens back), or -1."""
        for j in range(k - 1, max(-1, k - 9), -1):
            t = toks[j]
            if t.text in _STOP or t.text in ",—–()":
                return -1
            if self.lex.attribution.index[t.low] and (m := self.lex.attribution.first(toks, j)) and m[1] == "pre" and m[0] < k \
                    and (j == 0 or toks[j - 1].text in (",", "—", "–") or toks[j - 1].low in _AND):
                return j
        return -1

    def _eve(self, toks, k: int) -> bool:
        """An "eve" preposition ends right before ``k`` ("напередодні", "накануне", "on the eve of"):
        the event noun at ``k`` dates the clause, it counts nothing."""
        conn = self.lex.connectives
        return k > 0 and any(c == "eve" for _s, c in conn.ending_at(toks, k, 5))

    def _among(self, toks, k: int, end: int) -> bool:
        """The phrase ``toks[k:end]`` follows "among" ("серед протестувальників") or precedes a
        postposition of that sense ("наразылар арасында"): it names a group, not what is counted."""
        conn = self.lex.connectives
        if k > 0 and conn.index[toks[k - 1].low] and any(c == "among" and e == k for e, c in conn.at(toks, k - 1)):
            return True
        if k > 1 and toks[k - 1].low in ("the", "a") and conn.index[toks[k - 2].low] and any(c == "among" for _e, c in conn.at(toks, k - 2)):
            return True
        return end < len(toks) and conn.index[toks[end].low] and any(c == "among_after" for _e, c in conn.at(toks, end))

    def _gapped(self, toks: Sequence[Token], lo: int, hi: int) -> bool:
        """``toks[lo:hi]`` is ", and/but <a place or a time> —" before a figure: a second clause whose
        verb a dash stands for ("..., а згодом — двох", "..., and in Kyiv — 12")."""
        k = hi - 1
        if not (lo + 2 <= k <= lo + 10) or toks[k].text not in ("—", "–") or toks[k].start == toks[k - 1].end:
            return False
        if toks[lo].text != "," or toks[lo + 1].low not in _AND | {"а", "but"} or toks[lo + 1].text == ",":
            return False
        return all(t.kind == "n" or self._plain(toks, j) for j, t in enumerate(toks[lo + 2 : k], lo + 2))

    def _elided(self, toks: Sequence[Token], lo: int, q: Quantity, opened: bool = False) -> bool:
        """``toks[lo:q.start]`` is "; <a source> — [про]" and the figure ends the clause: a second
        source's count of the same thing, its verb and noun left out ("«Вясна» повідомила про 700
        затриманих; МВС — про 639", "; the ministry — about 400"). ``opened``: the ";" ended the
        sentence before (the segmenter split there) and the source starts at ``lo``."""
        n, k = len(toks), q.start
        if q.noun is not None or q.head is not None or (q.end < n and toks[q.end].text not in _STOP and toks[q.end].text != ","):
            return False
        if k - 1 > lo and toks[k - 1].low in ("про", "о", "об", "about", "at", "of"):
            k -= 1
        first = lo if opened else lo + 1
        if not (first + 1 <= k - 1 <= first + 4) or (not opened and toks[lo].text != ";") or toks[k - 1].text not in ("—", "–"):
            return False
        return all(t.kind == "w" and not self.lex.measures.first(toks, j) for j, t in enumerate(toks[first : k - 1], first))

    def _plain(self, toks: Sequence[Token], k: int) -> bool:
        """A word that says nothing of what is counted: it starts no trigger, connective or noun,
        and is no number."""
        lex, t = self.lex, toks[k]
        return t.kind == "w" and t.low not in _AND and not lex.measures.first(toks, k) and not lex.connectives.first(toks, k) \
            and not lex.nouns.first(toks, k) and lex.number_word(t) is None

    def _detailed(self, toks, lo: int, hi: int) -> bool:
        """``toks[lo:hi]`` (after a figure and its counted noun) is at most three plain words and a
        colon or a spaced dash right before the next figure: that figure details this one."""
        k = hi - 1
        if k < lo or k < 1 or not (toks[k].text == ":" or (toks[k].text in ("—", "–") and toks[k].start > toks[k - 1].end)
                                   or _spaced_hyphen(toks, k)):
            return False
        words = toks[lo:k]
        lex = self.lex
        return len(words) <= 3 and all(t.kind == "w" and not lex.measures.index[t.low] and not lex.connectives.index[t.low] for t in words)

    def _covering(self, toks, q: Quantity, k: int, end: int) -> tuple[int, Trigger, int] | None:
        """A trigger of another measure that starts one token before ``k`` and ends where the one at
        ``k`` ends ("injury toll", not "toll"): ``(start, trigger, end)``."""
        meas = self.lex.measures
        if k < 1 or not meas.index[toks[k - 1].low]:
            return None
        for e2, trig in meas.at(toks, k - 1):
            if e2 == end and trig.measure != "none" and trig.side not in ("right", "head") and self._fits(trig, q):
                return k - 1, trig, e2
        return None

    def _none_over(self, toks, k: int) -> tuple[int, Trigger, int] | None:
        """A "none" phrase that starts up to three tokens before ``k`` and covers it: ``(start,
        trigger, end)``."""
        meas = self.lex.measures
        for j in range(k - 1, max(-1, k - 4), -1):
            if meas.index[toks[j].low]:
                for end, trig in meas.at(toks, j):
                    if trig.measure == "none" and end > k and trig.side != "head":  # (a counted noun's none: only its own figure)
                        return j, trig, end
        return None

    def _link(self, toks, q: Quantity, prev: Quantity | None) -> str:
        """How ``q`` hangs on the figure before it: "subset", "breakdown" (after a colon or a dash),
        "and" or ""."""
        if prev is None:
            return ""
        if any(c == "rest" for _s, c in self.lex.connectives.ending_at(toks, q.start, 3)):
            return "subset"  # "екеуі – сарбаздар, қалған бесеуі – бейбіт тұрғындар": the rest of the same count
        lo = prev.head_end or prev.end
        if lo < q.start and toks[lo].text == "(" and all(toks[k].text != ")" for k in range(lo, q.start)):
            return "subset"  # "42 people (34 men, ...)": a breakdown in brackets
        closed, opened = set(), []  # parenthesised groups closed before q are skipped
        for k in range(lo, q.start):
            if toks[k].text == "(":
                opened.append(k)
            elif toks[k].text == ")" and opened:
                closed.update(range(opened.pop(), k + 1))
            elif toks[k].text == "," and k + 1 == q.start and (j := self._aside_start(toks, k)) > lo:
                closed.update(range(j - 1 if toks[j - 1].text == "," else j, k + 1))  # "5 танков и, по данным МВД, 1700 солдат"
            elif toks[k].kind == "n" and k >= 2 and toks[k - 1].text in ("-", "–") and self._model_number(toks, k):
                closed.update((k - 2, k - 1, k))  # "пять танков Т-34 и 1700 солдат": the model code names the noun
        if prev.trigger and prev.how != "head":  # "2,000 gathered (police), 3,000 (organisers)"
            closed.update(range(*prev.trigger))
        gap = [toks[k] for k in range(lo, q.start) if k not in closed and toks[k].text not in "-—–:;("]
        if not gap and any(t.text == ";" for t in toks[lo : q.start]):
            return "and"  # "погибшие: 9 (официально); не менее 25"
        if self._detailed(toks, lo, q.start):
            return "breakdown"  # "загинули 9 людей: семеро дітей і двоє дорослих", "семь учеников — четверо мальчиков"
        if not gap:
            return ""
        if len(gap) >= 2 and gap[-2].low in _AND and self.lex.range_mid.at(gap, len(gap) - 1):
            gap = gap[:-1]  # "raised to seven on 17 May and to nine": the "to" of the revised figure
        if gap[-1].text == "," and self._subset_at(toks, q.end) and all(t.kind == "w" or t.text == "," for t in gap):
            return "subset"  # "Several vehicles were damaged, 4 of them beyond repair"
        if self._gapped(toks, lo, q.start) or self._elided(toks, lo, q):
            return "gapped"  # "у Кременчуці загинула 21 людина, а у Вінниці 14 липня — 28 людей": the verb left out
        words = [t.low for t in gap if t.text not in "(,"]
        joined = " ".join(words)
        for c in self.lex.connectives.find(gap):
            if c[2] == "subset":
                return "subset"
        if len(gap) <= 2 and (joined in ("", "and", "и", "і", "та", "й", "және", "мен", "бен", "пен") or all(t.text == "," for t in gap)):
            return "and"
        if len(gap) == 2 and gap[-1].text == "," and prev.measure == "injured" \
                and word_list(self.lex.lang, "severity_words").first(gap, 0) == (1, True):
            return "and"  # kk "10 адам ауыр, 19 адам орташа, 21 адам жеңіл жарақат алды": a severity closes each item
        ands = [(a, b) for a, b, kind in self.lex.connectives.find(gap) if kind == "and"]
        if ands and len(gap) <= 4 and all(t.text == "," or any(a <= j < b for a, b in ands) for j, t in enumerate(gap)):
            return "and"  # "погибли 15 полицейских, а также несколько мирных жителей"
        if 1 < len(gap) <= 5 and gap[-1].low in _AND and gap[-1].text != "," and all(
                self._plain(gap, j) or self._is_month(gap, j) or (gap[j].kind == "n" and self._is_month(gap, j + 1)) for j in range(len(gap) - 1)):
            return "and"  # "пошкоджено 9 будинків поблизу та 20 автомобілів", "raised to seven on 17 May and to nine": a place, date or adverb
        if 1 < len(gap) <= 6 and gap[-1].low in _AND and gap[-1].text != "," and lo < len(toks) \
                and (toks[lo].text in ("—", "–") or _spaced_hyphen(toks, lo)) and all(self._list_item(gap, j) for j in range(len(gap) - 1)):
            return "and"  # "из них двое — мирные жители и трое военнослужащих": who the first were, then the next
        if 2 < len(gap) <= 6 and gap[0].text == "," and gap[-1].low in _AND and gap[-1].text != "," and all(
                self._list_item(gap, j) for j in range(1, len(gap) - 1)):
            return "and"  # "повреждены 11 домов, торговый центр и 80 автомобилей": an item with no figure between
        return ""

    def _list_item(self, toks: Sequence[Token], k: int) -> bool:
        """A word of a list item with no figure: no trigger, connective, source or number."""
        lex, t = self.lex, toks[k]
        return t.kind == "w" and t.low not in _AND and t.low not in _REL and t.low not in _THAT and not lex.measures.first(toks, k) \
            and not lex.connectives.first(toks, k) and not lex.attribution.first(toks, k) and lex.number_word(t) is None


def _kk_exists(toks: Sequence[Token], k: int) -> bool:
    """Kazakh "бар" (there is) closing the clause after a subset noun ("... ішінде ұшақ командирі бар")."""
    return toks[k].low == "бар" and (k + 1 >= len(toks) or toks[k + 1].kind != "w")


def _paren_ids(toks: Sequence[Token]) -> list[int]:
    """For each token, the index of the innermost open "(" around it, or -1."""
    if "(" not in map(_TEXT, toks):  # one C-level pass: most sentences have no parenthesis
        return [-1] * len(toks)
    out, stack = [], []
    for k, t in enumerate(toks):
        if t.text == ")" and stack:
            stack.pop()
        out.append(stack[-1] if stack else -1)
        if t.text == "(":
            stack.append(k)
    return out


def _zero_pair_end(lex, toks: Sequence[Token], b: int) -> int:
    """Where the word saying "none" may start after a zero noun ending at ``b``: past a second zero
    noun joined by "и"/"та"/"and"/"және" ("Погибших и пострадавших нет": both are zero)."""
    n = len(toks)
    if b + 1 < n and toks[b].low in _AND and toks[b].low != ",":
        ends = [e for e, (kind, _m) in lex.zero.at(toks, b + 1) if kind == "noun"]
        if ends:
            return max(ends)
    return b


def _partitive_noun(lex, toks: Sequence[Token], j: int, k: int) -> int:
    """``j`` (past "the") when a casualty noun stands there after "of"/"из"/"з" ("Two of the wounded",
    "Двое из раненых"): the counted noun, so a death after it can be read; else ``k`` unchanged."""
    if j < len(toks) and toks[j].low == "the":
        j += 1
    if j < len(toks) and any(t.noun and t.side not in ("left",) and t.measure != "none" for _e, t in lex.measures.at(toks, j)):
        return j
    return k


def _bare_mult(toks: Sequence[Token], k: int, value: int, lex, text: str) -> tuple[float, int]:
    """A bare multiplier at ``k`` and the smaller numeral words after it: "Жүз жиырма" (120), "тысяча
    двести" (1200); just the multiplier when none follows."""
    j = k + 1
    if j < len(toks) and toks[j].kind == "w" and (w := lex.number_word(toks[j])) and w[1] != "mult":
        rest = parse_number(toks, j, lex, text)
        if rest and rest[0] < value:
            return float(value + rest[0]), rest[1]
    return float(value), j


def _apposed_age(toks: Sequence[Token], k: int, e: int, v1, v2, qual: str) -> bool:
    """A bare one- or two-digit number between commas right after a capitalized name ("Dorvan
    Keld, 25, was killed", "Іван Петренко, 19, загинув"): an age in apposition, no count."""
    if e != k + 1 or v2 is not None or qual != "exact" or k < 3 or e >= len(toks):
        return False
    t, name = toks[k], toks[k - 2]
    # a full name ("Dorvan Keld, 42, a dock worker who was hurt, died"); not one capitalized word that opens
    # the sentence: that is as often an adverb ("Altogether, 14, including three children, were injured")
    named = toks[k - 3].kind == "w" and toks[k - 3].text[:1].isupper()
    return (t.kind == "n" and len(t.text) <= 2 and toks[k - 1].text == "," and toks[e].text == ","
            and name.kind == "w" and name.text[:1].isupper() and named)
