"""Language data for claims, loaded once per language from ``rashomon/lang/<code>/*.txt``.

Files (shared defaults at ``rashomon/lang/`` apply to every language): ``numerals``, ``qualifiers``,
``ranges``, ``vague``, ``measures``, ``nouns``, ``attribution``, ``source_types``, ``modality``,
``nonclaim``, ``connectives``, ``nationwide`` (country-wide totals), ``locative_preps`` (a country as
a place), ``name_trim`` (adverbs trimmed from source names), ``own_voice`` ("our reporter"),
``anaphora`` ("a figure of", "их"), ``back_refs`` ("такие данные": a
figure-less sentence whose source speaks for the figures before it), ``denial_refs`` ("влада їх
спростувала": a denial of a figure stated before), ``count_nouns`` ("the number of", "саны": a
topic before a colon), ``column_heads`` (a table header's measure: "Обратились"), ``inverted`` (a
noun or multiplier before its numeral makes it approximate: "человек десять"), ``singular`` (a singular
noun and predicate with no numeral count one: "Нападавший был ликвидирован"), ``zero`` (a count of
zero: "Других пострадавших нет"), ``rumour_heads`` (casualties named in quotes with no figure: "писали
о «погибших моряках»") and, for Kazakh, ``suffixes`` and ``numeral_stop`` (words that only
look like a numeral with a suffix: "оны" is "him", not "он" + "ы"). See each file's header for its columns.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter

from .. import langdata
from ..time.lexicon import settings as time_settings
from .grammar import _APOS, MatcherSet, PhraseMatcher, Token

_TEXT = attrgetter("text")

#: languages with claim data; anything else falls back by script
LANGS = ("en", "ru", "uk", "kk")
_KK = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_UK = re.compile(r"[іїєґІЇЄҐ]")
_KK_UK = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺіїєґІЇЄҐ]")
_CYR = re.compile(r"[а-яА-ЯёЁ]")
_DIGIT = re.compile(r"[0-9]")
_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ`][^\W\d_]+)*")
_MEMO_MAX = 20_000  # distinct words remembered per language before a memo starts over
_MISS = object()


@dataclass(frozen=True, slots=True)
class Trigger:
    measure: str
    needs: str  # any | person | building | vehicle | troops
    weak: bool = False  # a role noun ("protesters") that a predicate overrides
    side: str = "any"  # any | left (only before the figure) | right | head (only the counted noun)
    noun: bool = False  # may be the counted noun itself ("500 injured")
    named: bool = False  # fits only a figure whose counted noun is named ("31 боевик уничтожен", not "уничтожено 31")
    attr: bool = False  # an attributive participle: before the figure it yields to a verb after it in the clause
    soft: bool = False  # a posture, not a harm ("lay"): after a count of the dead in the paragraph it counts the dead


@dataclass(frozen=True, slots=True)
class NounClass:
    cls: str  # person | building | vehicle | troops
    group: str | None = None


class Lexicon:
    """All claim data of one language, as matchers and maps."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.numerals: dict[str, tuple[int, str]] = {}
        self.pairs: dict[str, int] = {}  # "both", "оба": two only before a counted noun (flag ``pair``), no numeral elsewhere
        self.pair_after: dict[str, frozenset[str]] = {}  # "only" counts one only after "the" (a fourth column)
        for row in langdata.load_table(lang, "numerals"):
            if len(row) > 2 and row[2] == "pair" and row[1].isdigit():
                self.pairs[row[0].lower()] = int(row[1])
                if len(row) > 3:
                    self.pair_after[row[0].lower()] = frozenset(row[3].lower().split("|"))
                continue
            if len(row) >= 2 and row[1].replace(".", "", 1).isdigit():  # "полторы" = 1.5
                v = float(row[1])
                self.numerals[row[0].lower()] = (int(v) if v.is_integer() else v, row[2] if len(row) > 2 else "")
        self.qual_pre = PhraseMatcher()
        self.qual_post = PhraseMatcher()
        self.qual_suffix: dict[str, str] = {}  # Kazakh "300-дей", "жүздей" (about 300, about 100)
        # round 29: a change of a figure ("увеличилось", "збільшення") in the clause of a bare "до":
        # "До 110 увеличилось ...", "збільшилася з 14 до 15" (the target of a change, exact); "hold"
        # words ("может", "could") keep the bound ("может увеличиться до 20" stays at most 20)
        self.change = PhraseMatcher()
        self.change_hold = PhraseMatcher()
        self.change_to: frozenset[str] = frozenset()
        self.respectively: frozenset[str] = frozenset()  # "respectively", "соответственно": figures in the order of their measures
        for row in langdata.load_table(lang, "qualifiers"):
            if len(row) >= 3 and row[2] == "respectively":
                self.respectively |= {row[0].lower()}
                continue
            if len(row) >= 3 and row[2] in ("change", "change_hold", "change_to"):
                if row[2] == "change_to":
                    self.change_to |= {row[0].lower()}
                else:
                    (self.change if row[2] == "change" else self.change_hold).add(row[0], row[1])
                continue
            if len(row) >= 3:
                if row[2] == "suffix":
                    self.qual_suffix[row[0].lower()] = row[1]
                else:
                    (self.qual_pre if row[2] == "pre" else self.qual_post).add(row[0], row[1])
        self.range_first = PhraseMatcher()
        self.range_mid = PhraseMatcher()
        self.range_suffixes: tuple[str, ...] = ()  # Kazakh "3 мыңнан 4 мыңға дейін": a numeral's ablative opens a range
        for row in langdata.load_table(lang, "ranges"):
            if len(row) >= 2 and row[0] == "~suffix":
                self.range_suffixes += (row[1].lower(),)
                continue
            if len(row) >= 2:
                if row[0] != "_":
                    self.range_first.add(row[0], row[1])
                self.range_mid.add(row[1], row[0])
        # payload "vague", or "noun" for a word that is an amount only before a counted noun or a trigger ("several")
        self.vague = PhraseMatcher((r[0], r[1] if len(r) > 1 else "vague") for r in langdata.load_table(lang, "vague"))
        self.measures = PhraseMatcher()
        for row in langdata.load_table(lang, "measures"):
            if len(row) >= 2:
                flags = set(row[3].split(",")) if len(row) > 3 else set()
                side = next((f for f in ("left", "right", "head") if f in flags), "any")
                needs = row[2] if len(row) > 2 else "any"
                self.measures.add(row[0], Trigger(row[1], needs, "weak" in flags, side, "noun" in flags, "named" in flags, "attr" in flags,
                                                   "soft" in flags))
        self.nouns = PhraseMatcher()
        for row in langdata.load_table(lang, "nouns"):
            if len(row) >= 2:
                self.nouns.add(row[0], NounClass(row[1], row[2] if len(row) > 2 else None))
        # measures a counted group may take (``group_measures``): group -> (only?, measures)
        self.group_measures: dict[str, tuple[bool, frozenset[str]]] = {
            row[0]: (row[1] == "only", frozenset(row[2].split("|")))
            for row in langdata.load_table(lang, "group_measures") if len(row) >= 3 and row[1] in ("only", "not")}
        self.attribution = PhraseMatcher(_pairs(lang, "attribution"))
        self.source_types = PhraseMatcher(_pairs(lang, "source_types"))
        if lang != "en":  # Latin-script names ("по данным Reuters") use the English lexicon too
            for p, v in _pairs("en", "source_types"):
                if v != "unknown":
                    self.source_types.add(p, v)
        # one-word names of a known type ("мемориал", "вясна") and the case endings that inflect them
        # in a Cyrillic text («по данным «Мемориала»», "За даними «Вясни»"): see ``name_type``
        self.name_types: dict[str, str] = {}
        self.case_endings: tuple[str, ...] = ()
        if lang != "en":
            self.name_types = {p: v for p, v in _pairs(lang, "source_types") if v != "unknown" and p.isalpha() and len(p) >= 4}
            self.case_endings = tuple(sorted(langdata.load_list(lang, "entity_case_suffixes"), key=len, reverse=True))
        self.modality = PhraseMatcher(_pairs(lang, "modality"))
        self.nonclaim: dict[str, PhraseMatcher] = {k: PhraseMatcher() for k in ("after", "before", "near", "suffix", "partitive", "each", "person", "copula", "money", "pay", "family")}
        for row in langdata.load_table(lang, "nonclaim"):
            if len(row) >= 2 and row[1] in self.nonclaim:
                self.nonclaim[row[1]].add(row[0], row[1])
        self.connectives = PhraseMatcher(_pairs(lang, "connectives"))
        self.months = PhraseMatcher((p, "month") for p in langdata.load_list(lang, "months"))
        #: month names are capitalised in this language ("May", not "may": time_settings.txt)
        self.months_cased = time_settings(lang).get("months_case_sensitive") == "yes"
        self.model_nouns = PhraseMatcher((p, "model") for p in langdata.load_list(lang, "model_nouns"))
        self.nationwide = PhraseMatcher((p, "nationwide") for p in langdata.load_list(lang, "nationwide"))
        self.locative_preps = frozenset(langdata.load_list(lang, "locative_preps"))
        # "тела 60 человек так и не подняты", "60 bodies were never brought up": a body count whose bodies were never recovered
        self.body_words = frozenset(langdata.load_list(lang, "body_words"))
        # "sentenced Petrov and five others": the others after a named person add the one named
        self.others = frozenset(langdata.load_list(lang, "count_others"))
        self.name_trim = frozenset(langdata.load_list(lang, "name_trim"))
        # "одного своего сотрудника", "one of its officers died": a possessive before the counted noun of one
        self.possessives = frozenset(langdata.load_list(lang, "possessives"))
        self.own_voice = PhraseMatcher((p, "own") for p in langdata.load_list(lang, "own_voice"))
        self.anaphora = PhraseMatcher((p, "anaphora") for p in langdata.load_list(lang, "anaphora"))
        self.back_refs = PhraseMatcher((p, "back") for p in langdata.load_list(lang, "back_refs"))
        self.denial_refs = PhraseMatcher((p, "denied") for p in langdata.load_list(lang, "denial_refs"))
        self.count_nouns = PhraseMatcher((p, "count") for p in langdata.load_list(lang, "count_nouns"))
        # a verb that gives a bare figure as its object ("gave 117", "фигурирует 130", "130 деп атады"): ``figure_verbs``
        self.figure_verbs = PhraseMatcher((r[0], r[1] if len(r) > 1 and r[1] in ("after", "names") else "before")
                                          for r in langdata.load_table(lang, "figure_verbs"))
        self.column_heads = PhraseMatcher(_pairs(lang, "column_heads"))
        # a search or rescue operation: the people who "took part" in it were deployed (``rescue_context``)
        self.rescue_context = PhraseMatcher((p, "rescue") for p in langdata.load_list(lang, "rescue_context"))
        # a page about a strike (``strike_context``): there a figure that stays underground, refuses to come up
        # or comes up when the strike ends counts the strikers (``strike_stays``)
        self.strike_context = PhraseMatcher((p, "strike") for p in langdata.load_list(lang, "strike_context"))
        self.strike_stays = PhraseMatcher((p, "stay") for p in langdata.load_list(lang, "strike_stays"))
        # a funeral or a farewell: its crowd is no count of participants (``ceremony_context``)
        self.ceremony = PhraseMatcher((p, "ceremony") for p in langdata.load_list(lang, "ceremony_context"))
        # a singular counted noun and a singular predicate ("Нападавший был ликвидирован"): a count of one
        self.singular_nouns = PhraseMatcher()
        self.singular_verbs = PhraseMatcher()
        self.subset_one = PhraseMatcher()  # "погибли 37 человек, включая смертника": one of the count
        # an act that names its one object by itself ("was removed from his post", "освобождён от должности")
        self.singular_acts = PhraseMatcher()
        for row in langdata.load_table(lang, "singular"):
            if len(row) >= 2 and row[1] == "subset":
                self.subset_one.add(row[0], row[2] if len(row) > 2 else None)
            if len(row) >= 3 and row[1] == "act":
                self.singular_acts.add(row[0], row[2])
            if len(row) >= 2 and row[1] in ("noun", "verb"):
                payload = row[2] if len(row) > 2 else ("" if row[1] == "noun" else "killed")
                (self.singular_nouns if row[1] == "noun" else self.singular_verbs).add(row[0], payload)
        # round 32: an ordinal before a casualty noun, the running toll ("пятый погибший", "38-е тело",
        # "the fifth victim"): ordinal words, the suffixes after digits, the nouns counted, the words
        # before that make no toll ("каждый пятый")
        self.ordinal_words: dict[str, int] = {}
        self.ordinal_suffixes: set[str] = set()
        self.ordinal_heads = PhraseMatcher()
        self.ordinal_skip = PhraseMatcher()
        self.ordinal_find = PhraseMatcher()  # the finding that makes it a toll ("обнаружен", "витягли", "found")
        for row in langdata.load_table(lang, "ordinals"):
            if len(row) < 2:
                continue
            if row[1].isdigit():
                self.ordinal_words[row[0].lower()] = int(row[1])
            elif row[1] == "suffix":
                self.ordinal_suffixes.add(row[0].lower())
            elif row[1] == "head" and len(row) > 2:
                self.ordinal_heads.add(row[0], row[2])
            elif row[1] == "skip":
                self.ordinal_skip.add(row[0], "skip")
            elif row[1] == "find":
                self.ordinal_find.add(row[0], "find")
        self.inverted = {w.lower(): kind for w, kind in _pairs(lang, "inverted")}  # "человек десять": approximate
        # "Других пострадавших нет", "no one was injured": a count of zero (``zero.txt``)
        self.zero = PhraseMatcher()
        self.zero_none = PhraseMatcher()
        self.zero_after = PhraseMatcher()
        self.zero_among = frozenset(r[0] for r in langdata.load_table(lang, "zero") if len(r) >= 2 and r[1] == "among")
        # "Других погибших нет", "no one else was hurt": a zero of the others only (``other`` rows)
        self.zero_other = frozenset(r[0] for r in langdata.load_table(lang, "zero") if len(r) >= 2 and r[1] == "other")
        for row in langdata.load_table(lang, "zero"):
            if len(row) >= 2 and row[1] in ("none", "after"):
                (self.zero_none if row[1] == "none" else self.zero_after).add(row[0], row[1])
            elif len(row) >= 3 and row[2] in ("noun", "phrase", "pronoun"):
                self.zero.add(row[0], (row[2], row[1]))
        # casualties named in quotes with no figure ("писали о «погибших моряках»"): a vague count
        self.rumour_heads = PhraseMatcher(r for r in _pairs(lang, "rumour_heads") if r[1] not in ("before", "hedge"))
        self.rumour_before = frozenset(r[0] for r in _pairs(lang, "rumour_heads") if r[1] == "before")
        # "о якобы погибших", "about allegedly killed": a hedge word in place of the quote
        self.rumour_hedges = frozenset(r[0] for r in _pairs(lang, "rumour_heads") if r[1] == "hedge")
        # "під завалами є люди", "под завалами есть люди": people said to be there, with no figure
        self.existential = PhraseMatcher(_pairs(lang, "existential"))
        # the matchers every sentence with a figure is searched with, in one pass
        self.sentence_matchers = MatcherSet({"attribution": self.attribution, "connectives": self.connectives, "modality": self.modality,
                                             "nationwide": self.nationwide, "denial_refs": self.denial_refs})
        self._starters: frozenset[str] | None = None
        self.starter_stems: set[str] = set()
        self.suffixes = tuple(sorted(langdata.load_list(lang, "suffixes"), key=len, reverse=True))
        self._suffix_set = frozenset(self.suffixes)
        self._stem_lengths = sorted({len(w) for w in self.numerals}, reverse=True)
        self._numeral_stop = frozenset(langdata.load_list(lang, "numeral_stop"))
        # answers remembered by word (bounded): they depend on the word alone
        self._numeral_memo: dict[str, tuple[int, str] | None] = {}
        self._opener_words: dict[str, bool] = {}
        self.opener_memo: dict[str, bool] = {}

    @property
    def starters(self) -> frozenset[str]:
        """Words that may open a figure: first words of qualifiers, ranges and vague amounts (number
        words are checked separately), so most words are skipped with one set lookup."""
        if self._starters is None:
            words = set()
            for m in (self.qual_pre, self.range_first, self.vague, self.singular_nouns, self.singular_acts, self.zero, self.rumour_heads,
                      self.existential):
                words.update(m.exact)
                self.starter_stems.update(m.prefix)  # stems are looked up by their first two letters
            words.update(self.pairs)
            words.update(self.ordinal_words)  # "пятый погибший" (`Rules._ordinal_toll`)
            self._starters = frozenset(words)
        return self._starters

    def may_hold_figure(self, text: str) -> bool:
        """Cheap pre-check of a sentence: a digit, or a word that may open a figure."""
        if _DIGIT.search(text):
            return True
        memo = self._opener_words
        # words of the lower-cased text, folded (`_APOS`) one by one on first sight: the fold keeps
        # word edges, except for "ʼ", a letter folded to an apostrophe, so that is folded first
        low = text.lower()
        if "ʼ" in low:
            low = low.translate(_APOS)
        for w in _WORD.findall(low):
            hit = memo.get(w)
            if hit is None:
                starts, stems = self.starters, self.starter_stems
                f = w.translate(_APOS)
                hit = f in starts or f[:2] in stems or self.numeral(f) is not None
                if len(memo) >= _MEMO_MAX:
                    memo.clear()
                memo[w] = hit
            if hit:
                return True
        return False

    def opens(self, tok: Token) -> bool:
        """May a figure start at this token? A number, "+", or a word that opens a qualifier, a
        range or a vague amount, or a number word (remembered by the token's text)."""
        got = self.opener_memo.get(tok.text)
        if got is None:
            if tok.kind == "w":
                got = tok.low in self.starters or tok.low[:2] in self.starter_stems or self.number_word(tok) is not None
            else:
                got = tok.kind == "n" or tok.text == "+"
            if len(self.opener_memo) >= _MEMO_MAX:
                self.opener_memo.clear()
            self.opener_memo[tok.text] = got
        return got

    def openers(self, toks: Sequence[Token]) -> list[int]:
        """Indices of the tokens that may open a figure (`opens`), with one dict access per token
        once every token's text is remembered."""
        memo = self.opener_memo
        try:
            return list(compress(range(len(toks)), map(memo.__getitem__, map(_TEXT, toks))))  # (in C)
        except KeyError:  # a word seen for the first time
            return [k for k, t in enumerate(toks) if self.opens(t)]

    def number_word(self, tok: Token) -> tuple[int, str] | None:
        """Value and flag of a numeral word, also with a Kazakh case suffix (``онға`` -> 10)."""
        return self.numeral(tok.low)

    def suffix_qualifier(self, low: str) -> str | None:
        """The qualifier a suffix glued to a numeral word gives ("жүздей" -> about), or None."""
        if not self.qual_suffix or low in self.numerals:
            return None
        for suf, qual in self.qual_suffix.items():
            if low.endswith(suf) and low[: -len(suf)] in self.numerals:
                return qual
        return None

    def name_type(self, tok: Token) -> str | None:
        """The type of a capitalized one-word name of ``source_types`` in an inflected case form
        ("Мемориала", "Меморіалу", "Вясны", "Мемориалдың" -> ngo), or None."""
        if not self.case_endings or not tok.text[:1].isupper():
            return None
        low = tok.low
        for suf in self.case_endings:
            if low.endswith(suf) and len(low) - len(suf) >= 3:
                stem = low[: -len(suf)]
                for cand in (stem, stem + "а", stem + "я"):
                    if cand in self.name_types:
                        return self.name_types[cand]
        return None

    def numeral(self, low: str) -> tuple[int, str] | None:
        hit = self._numeral_memo.get(low, _MISS)
        if hit is not _MISS:
            return hit
        hit = self.numerals.get(low)
        if hit is None and self.suffixes and low not in self._numeral_stop:
            for n in self._stem_lengths:
                if n < len(low) and low[n:] in self._suffix_set:
                    hit = self.numerals.get(low[:n])
                    if hit:
                        break
        if len(self._numeral_memo) >= _MEMO_MAX:
            self._numeral_memo.clear()
        self._numeral_memo[low] = hit
        return hit


def _pairs(lang: str, name: str) -> list[tuple[str, str]]:
    return [(r[0], r[1]) for r in langdata.load_table(lang, name) if len(r) >= 2]


@functools.cache
def lexicon(lang: str | None) -> Lexicon:
    return Lexicon(lang if lang in LANGS else "en")


_CYR_WORD = re.compile(r"[а-яА-ЯёЁәғқңөұүһіїєґӘҒҚҢӨҰҮҺІЇЄҐ]+")


def guess_lang(text: str) -> str:
    """Cheap script-based guess: Latin -> en; Cyrillic -> kk or uk when enough words carry their own
    letters (a Kazakh name in a Russian sentence does not make it Kazakh), else ru."""
    if not _CYR_WORD.search(text):
        return "en"
    if not _KK_UK.search(text):
        return "ru"  # no word carries Kazakh or Ukrainian letters: the counts below would be 0
    words = _CYR_WORD.findall(text)
    kk = sum(1 for w in words if _KK.search(w)) if _KK.search(text) else 0
    if kk and (kk >= 2 or kk * 5 >= len(words)) and kk * 8 >= len(words):
        return "kk"
    uk = sum(1 for w in words if _UK.search(w)) if _UK.search(text) else 0
    if uk and uk * 10 >= len(words):
        return "uk" if not kk else ("kk" if kk >= uk else "uk")
    return "ru"
