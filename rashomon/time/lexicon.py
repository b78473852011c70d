"""The time vocabulary of every language with a data folder, merged into regex alternations.

Each ``rashomon/lang/<code>/time_*.txt`` file is one kind of resource (months, weekdays, day parts,
relative days, qualifiers, zones...). The grammar runs every language's words on every text: month
names and qualifiers rarely collide across ru/uk/kk/en, and mixed-language documents then need no
language decision. Words of a language whose ``time_settings.txt`` says ``months_case_sensitive yes``
(English "May", "March") only match capitalized or upper-case.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from ..langdata import LANG_ROOT, languages, load_list, load_map, load_table


def alternation(words) -> str:
    """A regex matching any of the literal ``words``, the longest first, compiled as a trie.

    ``декабрь|декабря|дек`` becomes ``дек(?:абр(?:ь|я))?``: a failing position costs one character
    test per level instead of one per word, which keeps scanning fast with hundreds of word forms.
    """
    trie: dict = {}
    for w in {w for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_re(trie) or "(?!)"


def _trie_re(node: dict) -> str:
    branches = [_char_re(ch) + _trie_re(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    end = "" in node
    if len(branches) == 1 and not end:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if end else body


def _char_re(ch: str) -> str:
    """One character of a word: an apostrophe also as the typographic ones ("п’ятницю", "пʼятницю"), as
    `_norm` reads them."""
    return "['’ʼ]" if ch in "'’ʼ" else re.escape(ch)


def _norm(s: str) -> str:
    return s.casefold().replace("’", "'").replace("ʼ", "'")


@dataclass
class Lexicon:
    months: dict[str, int] = field(default_factory=dict)  # casefolded surface -> month
    months_cased: dict[str, int] = field(default_factory=dict)  # exact surface -> month
    month_stems: dict[str, int] = field(default_factory=dict)  # stems that take suffixes (kk)
    suffixes: list[str] = field(default_factory=list)  # case endings after stems and clock times
    from_suffixes: tuple[str, ...] = ()  # endings that open a period ("23:00-ден ... дейін")
    night_after: tuple[str, ...] = ()  # words after two days that make them one night ("7 қарашадан 8 қарашаға қараған түні")
    day_suffixes: list[str] = field(default_factory=list)
    hour_suffixes: list[str] = field(default_factory=list)  # "4-ї години ранку", "4-х часов утра"
    hour_dayparts: list[str] = field(default_factory=list)  # right after a bare hour: "до 4-ї ранку", "в 5 утра"
    year_words: list[str] = field(default_factory=list)
    year_preps: list[str] = field(default_factory=list)  # "9 января в 2031 году": a preposition before a day's year
    decade_words: frozenset[str] = frozenset()  # plural year words after a round year: a decade (kk)
    range_links: list[str] = field(default_factory=list)  # "с 7 на 8 февраля": only between two days
    weekdays: dict[str, int] = field(default_factory=dict)
    weekday_stems: dict[str, int] = field(default_factory=dict)
    dayparts: dict[str, str] = field(default_factory=dict)
    daypart_adv: dict[str, str] = field(default_factory=dict)  # forms that stand alone ("вечером")
    relative: dict[str, tuple[int, str]] = field(default_factory=dict)  # surface -> (days, kind)
    year_relative: dict[str, int] = field(default_factory=dict)
    qual_pre: dict[str, set[str]] = field(default_factory=dict)  # surface -> roles
    qual_post: dict[str, set[str]] = field(default_factory=dict)
    approx_pre: dict[str, str] = field(default_factory=dict)
    approx_post: dict[str, str] = field(default_factory=dict)
    clock_pre: list[str] = field(default_factory=list)  # weak cues: "at 12.30", "в 9.20"
    clock_daypart: list[str] = field(default_factory=list)  # cues only after a day part: "in the morning in 8.25"
    clock_prefix: list[str] = field(default_factory=list)  # strong: "сағат 12"
    clock_post: list[str] = field(default_factory=list)  # "23 часов", "6 o'clock"
    clock_named: dict[str, str] = field(default_factory=dict)  # "noon" -> "12:00"
    minute_words: list[str] = field(default_factory=list)  # "12 часов 52 минуты"
    hour_words: dict[str, int] = field(default_factory=dict)  # "шести" -> 6 ("в шесть вечера")
    hour_words_free: set[str] = field(default_factory=set)  # those that may begin a clock time without "сағат"
    zones: dict[str, str] = field(default_factory=dict)  # surface -> zone id
    zone_frames: list[str] = field(default_factory=list)  # "по * времени": a zone of any town, read with "(UTC+5)"
    month_words: set[str] = field(default_factory=set)  # a word after a bare month that dates it ("Мамыр айында")
    # possessive endings on a bare month stem, and the genitive endings of a word before it that make it
    # the month ("жылдың маусымы"), not a season ("жылыту маусымы"): kk time_month_possessive.txt
    month_possessive: set[str] = field(default_factory=set)
    month_genitive: tuple[str, ...] = ()
    blockers: list[str] = field(default_factory=list)
    mdy_langs: set[str] = field(default_factory=set)

    def month_of(self, surface: str) -> int | None:
        s = surface.rstrip(".")
        if s in self.months_cased or s.capitalize() in self.months_cased:
            return self.months_cased.get(s) or self.months_cased.get(s.capitalize())
        key = _norm(s)
        if key in self.months:
            return self.months[key]
        for stem, m in self.month_stems.items():  # stem + case ending (желтоқсанның)
            if key.startswith(stem):
                return m
        return None

    def weekday_of(self, surface: str) -> int | None:
        key = _norm(surface)
        if key in self.weekdays:
            return self.weekdays[key]
        for stem, w in self.weekday_stems.items():
            if key.startswith(stem):
                return w
        return None


def settings(lang: str) -> dict[str, str]:
    """A language's ``time_settings.txt`` (setting -> value); the claims grammar reads it too."""
    return _settings(lang)


def _settings(lang: str) -> dict[str, str]:
    return {k.lower(): v.split()[0].lower() for k, v in load_map(lang, "time_settings").items() if v.split()}


def _has_suffixes(lang: str) -> bool:
    return (LANG_ROOT / lang / "time_suffixes.txt").is_file()


@functools.cache
def lexicon() -> Lexicon:
    """The merged vocabulary of all languages (built once per process)."""
    lx = Lexicon()
    for lang in languages():
        st = _settings(lang)
        cased = st.get("months_case_sensitive") == "yes"
        if st.get("numeric_order") == "mdy":
            lx.mdy_langs.add(lang)
        stems = _has_suffixes(lang)
        if stems:
            lx.suffixes += [s for s in load_list(lang, "time_suffixes")]
        for surface, num in load_map(lang, "time_months").items():
            m = int(num)
            if stems:
                lx.month_stems[_norm(surface)] = m
            elif cased:
                lx.months_cased[surface] = m
                lx.months_cased[surface.upper()] = m
            else:
                lx.months[_norm(surface)] = m
        for surface, num in load_map(lang, "time_weekdays").items():
            (lx.weekday_stems if stems else lx.weekdays)[_norm(surface)] = int(num)
        lx.day_suffixes += load_list(lang, "time_day_suffixes")
        lx.hour_suffixes += load_list(lang, "time_hour_suffixes")
        lx.hour_dayparts += load_list(lang, "time_hour_dayparts")
        lx.from_suffixes += tuple(_norm(x) for x in load_list(lang, "time_from_suffixes"))
        lx.night_after += tuple(_norm(x) for x in load_list(lang, "time_night_after"))
        lx.year_words += load_list(lang, "time_year_words")
        lx.year_preps += load_list(lang, "time_year_preps")
        lx.decade_words |= {_norm(x) for x in load_list(lang, "time_decade_words")}
        lx.range_links += load_list(lang, "time_day_range_links")
        for row in load_table(lang, "time_dayparts"):
            if len(row) >= 2:
                lx.dayparts[_norm(row[0])] = row[1]
                if len(row) > 2 and row[2] == "adv":
                    lx.daypart_adv[_norm(row[0])] = row[1]
        for row in load_table(lang, "time_relative"):
            if len(row) >= 3:
                lx.relative[_norm(row[0])] = (int(row[1]), row[2])
        lx.year_relative.update({_norm(k): int(v) for k, v in load_map(lang, "time_year_relative").items()})
        for row in load_table(lang, "time_qualifiers"):
            if len(row) >= 2:
                target = lx.qual_post if len(row) > 2 and row[2] == "post" else lx.qual_pre
                target.setdefault(_norm(row[0]), set()).add(row[1])
        for row in load_table(lang, "time_approx"):
            if len(row) >= 2:
                (lx.approx_post if len(row) > 2 and row[2] == "post" else lx.approx_pre)[_norm(row[0])] = row[1]
        for row in load_table(lang, "time_clock_words"):
            if len(row) >= 2:
                {"pre": lx.clock_pre, "prefix": lx.clock_prefix, "post": lx.clock_post,
                 "after_daypart": lx.clock_daypart}.get(row[1], []).append(row[0])
        lx.minute_words += load_list(lang, "time_minute_words")
        for row in load_table(lang, "time_hour_words"):
            if len(row) >= 2 and row[1].isdigit():
                lx.hour_words[_norm(row[0])] = int(row[1])
                if len(row) < 3 or row[2] != "prefixed":
                    lx.hour_words_free.add(_norm(row[0]))
        lx.clock_named.update({_norm(k): v for k, v in load_map(lang, "time_clock_named").items()})
        for surface, zone in load_map(lang, "time_zones").items():
            lx.zones[surface] = zone
        lx.zone_frames += load_list(lang, "time_zone_frames")
        lx.month_words.update(_norm(w) for w in load_list(lang, "time_month_words"))
        for row in load_table(lang, "time_month_possessive"):
            if len(row) >= 2 and row[1] == "possessive":
                lx.month_possessive.add(_norm(row[0]))
            elif len(row) >= 2 and row[1] == "genitive":
                lx.month_genitive += (_norm(row[0]),)
    lx.blockers = list(load_list(None, "time_blockers"))
    lx.suffixes = sorted(set(lx.suffixes), key=len, reverse=True)
    return lx
