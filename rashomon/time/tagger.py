"""`TimeTagger`: every date, time and interval a document states, normalized to ISO 8601.

Three passes over the grammar's raw hits (`rashomon.time.grammar.scan`):

1. **read**: validate each hit (``datetime.date``, clock 0-23:0-59) and read its parts; keep the
   longest non-overlapping hits; attach the words around them (qualifiers, "mid-", weekday, day part,
   "of this year");
2. **join**: adjacent dates joined by "to", "-", "до"... become intervals;
3. **anchor** (`rashomon.time.anchor`): in text order, fill missing parts from the section heading
   date, the nearest earlier date, the publication date, or a later explicit year; say how.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from ..document import Document
from ..model import TimeExpr
from .grammar import Hit, context_patterns, scan
from .lexicon import lexicon
from .zones import format_offset, parse_offset

#: how far around a hit the context patterns look (characters); bounded, so tagging stays linear
WINDOW = 40
#: how far back: the longest qualifier or weekday-and-day-part phrase ("Wednesday afternoon, ") fits
BEFORE = 26
_WORD_CASEFOLD = str.casefold


@dataclass
class Cand:
    """A validated expression before anchoring (internal; converted to `TimeExpr` at the end)."""

    start: int
    end: int
    rule: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    H: int | None = None
    M: int | None = None
    tz: str | None = None  # offset stated as such ("+05:00", "Z")
    zone: str | None = None  # zone named ("MSK"), offset looked up at the date
    weekday: int | None = None
    daypart: str | None = None
    rel: tuple[int, str] | None = None  # (days, deictic|anaphoric)
    yrel: int | None = None  # "of this year" -> 0
    part: str | None = None  # early / mid / late
    certainty: str = "exact"
    end_c: Cand | None = None  # the end of an interval
    explicit_year: bool = False
    night: bool = False
    future: bool = False  # a weekday in a clause told in the future: a day to come
    toward: bool = False  # "в ночь на 31 декабря", "28 қазанға қараған түні": the night that ends on that day
    inferred: list[str] = field(default_factory=list)
    anchor: str | None = None
    date: dt.date | None = None  # resolved date (day precision)
    pdate: tuple[int, int] | None = None  # (month, day) when the year is still unknown

    @property
    def has_date(self) -> bool:
        return self.m is not None or self.y is not None or self.rel is not None or self.weekday is not None


#: a bare number (no year word) under this after "в"/"in" and before a word counts things ("в 1000 человек")
_LEAST_BARE_YEAR = 1800


def _int(s: str | None) -> int | None:
    return int(s) if s and s.isdigit() and len(s) <= 4 else None


def _valid_date(y: int | None, m: int | None, d: int | None) -> bool:
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None or not 1 <= d <= 31:
            return False
        try:
            dt.date(y if y is not None else 2000, m, d)  # 2000 is a leap year: "29 февраля" stays possible
        except ValueError:
            return False
    return y is None or 1000 <= y <= 2199


_OFFSET_BEFORE = re.compile(r"(?<![^\W\d_])(?:UTC|GMT)[ \t]?[+\-−–][ \t]?$")


def _linked_from(h: Hit, text: str) -> bool:
    """Two days joined by a word of ``time_day_range_links.txt`` ("с 7 на 8 февраля", "from 7 on 8
    November") are a range only after a "from" word; a dash or "to" needs none ("killed 7 on 8 May")."""
    if "d1" not in h.pos or "d2" not in h.pos:
        return True
    link = " ".join(text[h.pos["d1"] + len(h.g["d1"]):h.pos["d2"]].split()).casefold()
    if link not in {w.casefold() for w in lexicon().range_links}:
        return True
    return bool(context_patterns()["from_before"].search(text[max(0, h.start - WINDOW):h.start]))


def _year2(s: str) -> int:
    y = int(s)
    return y if len(s) == 4 else (2000 + y if y < 50 else 1900 + y)


_NEXT_CLOCK = re.compile(r"[^\S\n]+\d{1,2}[:.]\d{2}(?!\d)")
_COUNT_AFTER = re.compile(r"-[^\W\d_]")  # "1500-ге": a case ending on a bare number


def read_hit(h: Hit, text: str, mdy: bool = False) -> Cand | None:
    """Parts of one hit, or None when they do not make a real date or time."""
    lx = lexicon()
    g = h.g
    c = Cand(h.start, h.end, h.rule)
    r = h.rule
    if r == "iso":
        c.y, c.m, c.d = int(g["y"]), int(g["m"]), int(g["d"])
        c.explicit_year = True
        if "H" in g:
            c.H, c.M = int(g["H"]), int(g["M"])
            if "tzo" in g:
                c.tz = "+00:00" if g["tzo"] == "Z" else _offset_or_none(g["tzo"])
    elif r == "numdate":
        a, b = int(g["a"]), int(g["b"])
        c.y, c.explicit_year = _year2(g["y"]), True
        c.d, c.m = a, b
        if g["sep"] == "/" and (b > 12 or (a <= 12 and mdy)):
            c.m, c.d = a, b
    elif r == "daymonth_num":
        c.d, c.m = int(g["d"]), int(g["m"])
        if context_patterns()["blocker_after"].match(text, h.end, min(len(text), h.end + WINDOW)):
            return None
    elif r in ("range_dm", "range_md", "range_ydm"):
        m = lx.month_of(g["mon"])
        y = _int(g.get("y"))
        c.m, c.d, c.y, c.explicit_year = m, int(g["d1"]), y, y is not None
        e = Cand(h.start, h.end, r, y=y, m=m, d=int(g["d2"]), explicit_year=y is not None)
        if not _valid_date(e.y, e.m, e.d) or e.d <= c.d:
            return None
        c.end_c = e
    elif r in ("dmy", "mdy", "ymd", "ym", "my", "month", "month_kk"):
        c.m = lx.month_of(g["mon"])
        c.d = _int(g.get("d"))
        c.y = _int(g.get("y"))
        c.explicit_year = c.y is not None
        if c.m is None:
            return None
        if c.y is None and c.d is None and g["mon"].casefold() in _not_months():
            return None  # "жылыту маусымы" (the heating season), not June
        if c.y is None and c.d is not None and _street_name(text, h.start, h.end):
            return None  # "на вулиці 1 Травня", "улица 1 Мая", "1 May Street": a street's name
        if c.y is None and _capitalized_stem(g["mon"], lx) and (c.d is None or (r == "mdy" and not _day_suffixed(h, text))):
            return None  # "Қазандағы атыс", "Қазанда 9 адам" (in Kazan), not "қазанда" (in October), "Қазанның 9-ы"
        if c.y is not None and "mon" in h.pos and h.pos.get("y", -1) > h.pos["mon"] \
                and _cased_month_before_count(g["mon"], lx) and _birth_year_after(text, h):
            # "24 мамырда 1990 жылы туған ер адам": the case ending closes the date; the year after it is
            # a background fact's (a birth year), not the day's
            c.y, c.explicit_year, c.end = None, False, h.pos["mon"] + len(g["mon"])
        if r == "mdy" and c.d is not None and c.y is None and _cased_month_before_count(g["mon"], lx):
            c.d, c.end = None, h.start + len(g["mon"])  # "қарашада 9 адам": in November, 9 people
        if r == "month_kk" and c.y is None and c.d is None and _possessed_season(text, h.start, g["mon"], lx):
            return None  # "жылыту маусымы басталғалы" (since the heating season began), not June
        if c.y is not None and "y" in h.pos and "," in text[h.start:h.pos["y"]] \
                and not text[h.pos["y"] + 4:h.end].strip() and _COUNT_AFTER.match(text, h.end):
            # "2 тамызда, 1500-ге жуық адам": a number with a case ending after the comma counts people,
            # it is no year of the day before it
            if c.d is None:
                return None
            c.y, c.explicit_year = None, False
            c.end = h.start + len(text[h.start:h.pos["y"]].rstrip(" \t,"))
    elif r == "year":
        c.y, c.explicit_year = int(g["y"]), True
        if c.y % 10 == 0 and g.get("yw", "").strip().casefold() in lx.decade_words \
                and not re.search(r"\d[ \t]*[-–—][ \t]*$", text[max(0, h.start - 8):h.start]):
            return None  # "1990 жылдардағы" (in the 1990s): a decade, no year
    if r == "month" or (r == "year" and not g.get("yw", "").strip()):
        # a month or a year alone is a date only after "in", "в", "since", "mid-"...: not "May I", "1,500"
        pm = context_patterns()["prep_before_rev"].match(text[max(0, h.start - BEFORE):h.start][::-1])
        if not pm and not (r == "month" and _month_word_after(text, h.end, lx)):
            return None
        if r == "year" and _approx_only(pm.group()[::-1]) and (_peek_word(text, h.end) or c.y % 100 == 0):
            return None  # "близько 1200 рятувальників", "about 1500 people", "| пострадавшие = около 1000<ref>": a quantity
        if r == "year" and c.y < _LEAST_BARE_YEAR and _peek_word(text, h.end):
            return None  # "может достичь отметки в 1000 человек": a count after "в", no year of the story
    elif r in ("clock", "clock_h", "clock_hdp", "clock_kk", "clock_mil", "clock_word"):
        c.H, c.M = (int(g["H"]), _int(g.get("M")) or 0) if r != "clock_word" else (_hour_word(g["hw"], lx), 0)
        if c.H is None:
            return None
        if not _clock_ok(h, text):
            return None
        ampm = (g.get("ampm") or "").replace(" ", "").replace(".", "").lower()
        if g.get("dp") and "dp" in h.pos and _NEXT_CLOCK.match(text, h.end):
            # "кешкі сағат 20:00-ден таңғы 6:00-ге дейін": the day part before the next clock time is its own
            g = {k: v for k, v in g.items() if k != "dp"}
            c.end = h.start + len(text[h.start:h.pos["dp"]].rstrip())
        dp = lx.dayparts.get(_WORD_CASEFOLD(g.get("dp", ""))) if g.get("dp") else None
        if dp is None and not ampm:  # "кешкі сағат жеті": the attributive day part before the clock prefix
            hb = text[max(0, h.start - 30):h.start + (len(g["pre"]) + 1 if g.get("pre") else 0)]
            mb = context_patterns()["daypart_attr_before"].search(hb)
            dp = lx.dayparts.get(_WORD_CASEFOLD(mb.group("dp"))) if mb and lx.dayparts.get(_WORD_CASEFOLD(mb.group("dp"))) in ("evening", "afternoon") else None
        if ampm and ampm == "pm" and 13 <= c.H <= 23:
            pass  # "14:55 PM EST": a 24-hour clock time with a redundant "PM"
        elif ampm:
            if not 1 <= c.H <= 12:
                return None
            c.H = c.H % 12 + (12 if ampm == "pm" else 0)
        elif (dp == "evening" and c.H < 12) or (dp == "afternoon" and c.H < 9) or (dp == "night" and 6 <= c.H < 12):
            c.H += 12  # (not "в 10 часов дня": ten in the morning)
        elif dp == "morning" and c.H > 12:
            return None
        elif dp == "night" and c.H == 12:
            c.H = 0  # "двенадцати ночи", "о 12 годині ночі": midnight
        if g.get("zoh"):  # "по местному времени (UTC+5)": the offset written out wins over the zone's name
            c.tz = _offset_or_none(f"{g['zsign']}{int(g['zoh']):02d}{g.get('zom') or '00'}")
        elif g.get("foh"):  # "по душанбинскому времени (UTC+5)": a town's zone the data does not name
            c.tz = _offset_or_none(f"{g['fsign']}{int(g['foh']):02d}{g.get('fom') or '00'}")
        elif g.get("zone"):
            c.zone = lx.zones.get(g["zone"]) or next((z for s, z in lx.zones.items() if s.casefold() == g["zone"].casefold()), None)
        elif g.get("utc"):
            off = f"{g['sign']}{int(g['oh']):02d}{g.get('om') or '00'}"
            c.tz = _offset_or_none(off)
            if c.tz is None:
                return None
    elif r == "clock_named":
        hh, _, mm = lx.clock_named.get(_WORD_CASEFOLD(g["named"]), "").partition(":")
        if not hh:
            return None
        c.H, c.M = int(hh), int(mm or 0)
        c.start = h.pos["named"]
        if g.get("zone"):
            c.zone = next((z for s_, z in lx.zones.items() if s_.casefold() == g["zone"].casefold()), None)
    elif r == "relative":
        c.rel = lx.relative.get(_WORD_CASEFOLD(g["rel"]).replace("’", "'"))
        if c.rel is None or _quoted_name(text, h.start, h.end):
            return None
    elif r == "weekday":
        c.weekday = lx.weekday_of(g["wd"])
        if c.weekday is None or _common_noun(text, h.start, g["wd"]):
            return None
        if g.get("dp"):  # "Friday evening", "жұма күні таңертең"
            c.daypart = lx.dayparts.get(_WORD_CASEFOLD(g["dp"]))
    elif r == "daypart":
        c.daypart = lx.dayparts.get(_WORD_CASEFOLD(g["dp"]))
    if c.H is not None and not (0 <= c.H <= 23 and 0 <= (c.M or 0) <= 59):
        return None
    if c.H == 24:
        return None
    if not _valid_date(c.y, c.m, c.d):
        return None
    span = text[c.start:c.end]
    if span.endswith(")") and "(" not in span:  # "(9.20 Moscow time)": keep the span inside the brackets
        c.end -= len(span) - len(span.rstrip(") "))
    return c


@functools.cache
def _weekday_homonyms() -> tuple[frozenset[str], tuple[str, ...]]:
    """(weekday forms that are also a common noun, the adjective endings that make them that noun):
    ``time_weekday_homonyms.txt`` of every language (a form, or ``-ending``)."""
    from ..langdata import languages, load_list

    forms, ends = set(), set()
    for lang in languages():
        for w in load_list(lang, "time_weekday_homonyms"):
            (ends.add(w[1:].casefold()) if w.startswith("-") else forms.add(w.casefold()))
    return frozenset(forms), tuple(sorted(ends, key=len, reverse=True))


_PREV_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")


def _common_noun(text: str, start: int, surface: str) -> bool:
    """A weekday form that is also a common noun, after an adjective ("окружающей среды", "водную среду"):
    the noun, no day."""
    forms, ends = _weekday_homonyms()
    if surface.casefold() not in forms:
        return False
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    return m is not None and m.group(1).islower() and m.group(1).casefold().endswith(ends)


@functools.cache
def _street_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(words before a street named by a day, words after it): ``time_street_words.txt`` of every language
    (``surface`` or ``surface<TAB>after``)."""
    from ..langdata import languages, load_table

    before, after = set(), set()
    for lang in languages():
        for row in load_table(lang, "time_street_words"):
            if row and row[0]:
                (after if len(row) > 1 and row[1] == "after" else before).add(row[0].casefold())
    return tuple(sorted(before, key=len, reverse=True)), tuple(sorted(after, key=len, reverse=True))


def _street_name(text: str, start: int, end: int) -> bool:
    """A day and month written as a street's name ("будинок на вулиці 1 Травня", "ул. 8 Марта", "1 May
    Street", "1 Мамыр көшесі"): the month capitalized, a street word right before or after it."""
    if not any(ch.isupper() for ch in text[start:end] if ch.isalpha()):
        return False
    before, after = _street_words()
    lead = text[max(0, start - 24):start].casefold().rstrip()
    if lead and any(lead.endswith(w) and (len(lead) == len(w) or not lead[-len(w) - 1].isalnum()) for w in before):
        return True
    raw = text[end:end + 24].lstrip()
    if raw[:1].isascii() and not raw[:1].isupper():
        return False  # (English capitalizes every month: "on 15 April street protests began" is a date)
    tail = raw.casefold()
    return any(tail.startswith(w) and (len(tail) == len(w) or not tail[len(w)].isalnum()) for w in after)


def _hour_word(surface: str, lx) -> int | None:
    """The hour a word names, its case ending (kk "алтыда") cut off."""
    key = _WORD_CASEFOLD(surface).replace("’", "'")
    return lx.hour_words.get(key) or lx.hour_words.get(key.replace("'", "’"))


def _capitalized_stem(surface: str, lx) -> bool:
    """A capitalized month stem with a case ending and no full month form ("Қазандағы"): months of
    the languages that inflect them are written in lower case, so this is a name (Kazan)."""
    if not surface[:1].isupper() or _WORD_CASEFOLD(surface) in lx.months or surface in lx.months_cased:
        return False
    key = _WORD_CASEFOLD(surface)
    return any(key.startswith(stem) and key != stem for stem in lx.month_stems)


def _cased_month_before_count(surface: str, lx) -> bool:
    """A month stem with a case ending other than the genitive before a bare number ("қарашада 9
    адам"): the number counts something; a day after a month takes the genitive ("қарашаның 9-ы")."""
    if not lx.month_genitive:
        return False
    key = _WORD_CASEFOLD(surface)
    stem = max((st for st in lx.month_stems if key.startswith(st)), key=len, default=None)
    return stem is not None and key != stem and not key.endswith(lx.month_genitive)


def _birth_year_after(text: str, h: Hit) -> bool:
    """The year of a hit is a background fact's («1990 жылы туған»: ``time_background_years``)."""
    from .anchor import _background_year

    y = h.pos["y"]
    return _background_year(text, h.end, h.end) or _background_year(text, y + 4, y + 4)


def _possessed_season(text: str, start: int, surface: str, lx) -> bool:
    """A bare month stem with a possessive ending and no genitive word before it: the stem's other
    sense ("жылыту маусымы", the heating season), not the month ("2024 жылдың маусымы")."""
    if not lx.month_possessive:
        return False
    key = _WORD_CASEFOLD(surface)
    stem = max((st for st in lx.month_stems if key.startswith(st)), key=len, default=None)
    if stem is None or key[len(stem):] not in lx.month_possessive:
        return False
    prev = _PREV_WORD.search(text, max(0, start - 40), start)
    return not (prev and _WORD_CASEFOLD(prev.group(1)).endswith(lx.month_genitive))


_PREV_WORD = re.compile(r"(\w+)[ \t\u00a0]+$")


def _day_suffixed(h: Hit, text: str) -> bool:
    """The day number of a hit carries a case ending ("16-сы", "9-ы")."""
    at = h.pos.get("d", -1) + len(h.g.get("d", ""))
    return 0 < at < len(text) and (text[at] == "-" or text[at].isalpha())


def _approx_only(words: str) -> bool:
    """True when the words before a number only say "about" ("около", "близько"), not "in"/"since"."""
    ws = words.split()
    if not ws:
        return False
    roles = lexicon().qual_pre.get(_WORD_CASEFOLD(ws[-1]).replace("’", "'"), set())
    return bool(roles) and roles <= {"approximate"}


def _month_word_after(text: str, i: int, lx) -> bool:
    """A word after a bare month that makes it a date ("Мамыр айында": in the month of May)."""
    m = _NEXT_WORD.match(text, i)
    return bool(m) and _WORD_CASEFOLD(m.group(1)).replace("’", "'") in lx.month_words


_NEXT_WORD = re.compile(r"[ \t\u00a0]{1,3}(\w{1,20})")


def _peek_word(text: str, i: int) -> bool:
    """True when a word (a letter) follows position ``i`` after spaces."""
    n = len(text)
    while i < n and text[i] in " \t\u00a0":
        i += 1
    return i < n and text[i].isalpha()


def _offset_or_none(s: str) -> str | None:
    try:
        return format_offset(parse_offset(s))
    except ValueError:
        return None


def _clock_ok(h: Hit, text: str) -> bool:
    """A dotted or bare-hour number is a clock time only with a cue (am/pm, zone, "at", "часов утра")."""
    g = h.g
    if h.rule == "clock_kk" or g.get("pre"):
        return True
    if h.rule == "clock_hdp":  # "до 4-ї ранку", "в 5 утра"; not "три ночи подряд", "2 вечера в неделю"
        return bool(context_patterns()["clock_pre_before"].search(text[max(0, h.start - WINDOW):h.start]))
    if h.rule == "clock_word":  # "шести вечера" after "в"/"около", "двух часов дня", "two o'clock"; not "три ночи"
        cw = _WORD_CASEFOLD(g.get("cw", "")).replace("’", "'")
        if cw.startswith("o'"):
            return True
        if not g.get("dp"):
            return False
        return bool(cw) or bool(context_patterns()["clock_pre_before"].search(text[max(0, h.start - WINDOW):h.start]))
    if h.rule == "clock" and g.get("sep") == ":":
        return True
    if g.get("ampm") or g.get("zone") or g.get("utc") or (h.rule == "clock" and g.get("cw")):
        return True  # "17.00 hours", "9.20 Moscow time"
    before = text[max(0, h.start - WINDOW):h.start]
    cue = bool(context_patterns()["clock_pre_before"].search(before)) or (h.rule == "clock" and _after_numeric_day(before)) \
        or (h.rule == "clock" and bool(context_patterns()["clock_daypart_before"].search(before)))
    if h.rule == "clock_h":
        return bool(g.get("dp")) or bool(g.get("M")) or cue
    return cue  # "18.05 in the morning" is a date; "at 12.30" a time


_NUMERIC_DAY_BEFORE = re.compile(r"(?<![\d.,/:])(\d{1,2})\.(\d{2})(?:\.(?:\d{4}|\d{2}))?,?[ \t\u00a0]{1,3}$")


def _after_numeric_day(before: str) -> bool:
    """A dotted time right after a dotted day ("Update 11.04 21.30", "14.04.2011 18.05"): a date and its time."""
    m = _NUMERIC_DAY_BEFORE.search(before)
    return m is not None and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12


def select(cands: list[Cand]) -> list[Cand]:
    """Longest hits win; among equal lengths, the higher-priority rule; then the leftmost."""
    chosen: list[Cand] = []
    taken: list[tuple[int, int]] = []
    for c in sorted(cands, key=lambda c: (-(c.end - c.start), -getattr(c, "_prio", 0), c.start)):
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        taken.insert(i, (c.start, c.end))
        chosen.append(c)
    chosen.sort(key=lambda c: c.start)
    return chosen


def attach_context(c: Cand, text: str) -> None:
    """Qualifiers, parts of a period, weekday and day part written around ``c``."""
    cp = context_patterns()
    lx = lexicon()
    lo = max(0, c.start - BEFORE)
    before = text[lo:c.start]
    tail = before.rstrip()
    if not tail or not (tail[-1].isalpha() or tail[-1] in ",-"):
        before = ""  # nothing written before it can qualify it ("(9.20", "1. 16 декабря")
    head = text[c.end:c.end + 3].lstrip(" ,")
    words_after = bool(head) and head[0].isalpha()  # else no word after it can qualify it
    if c.d is None and c.H is None and c.m is not None or (c.y is not None and c.m is None):
        m = cp["approx_before"].search(before) if before else None
        if m:
            c.part = lx.approx_pre.get(_WORD_CASEFOLD(m.group("a")))
            c.start = lo + m.start("a")
            c.certainty = "approximate"
            before = text[lo:c.start]
        m = cp["approx_after"].match(text, c.end, min(len(text), c.end + WINDOW)) if words_after else None
        if m and c.m is not None:
            c.part = lx.approx_post.get(_WORD_CASEFOLD(m.group("a")))
            c.end = m.end()
            c.certainty = "approximate"
    if c.d is not None and c.H is None:
        m = cp["weekday_before"].search(before) if before else None
        if m:
            c.weekday = lx.weekday_of(m.group("wd"))
            if m.group("dp"):
                c.daypart = lx.dayparts.get(_WORD_CASEFOLD(m.group("dp")))
            c.start = lo + m.start()
            before = text[lo:c.start]
        m = cp["weekday_after"].match(text, c.end, min(len(text), c.end + WINDOW)) if words_after else None
        if m and c.weekday is None:
            c.weekday = lx.weekday_of(m.group("wd"))
            c.end = m.end()
        m = cp["daypart_of_before"].search(before) if before else None
        if m:
            if m.group("night"):
                c.night, c.daypart = True, "night"
                c.certainty = "approximate"
                c.toward = _toward(m.group("night"))
            else:
                c.daypart = lx.dayparts.get(_WORD_CASEFOLD(m.group("dp")))
                c.start = lo + m.start()
    elif c.weekday is not None and c.d is None and c.H is None and c.daypart is None and before:
        m = cp["daypart_of_before"].search(before)  # "к вечеру пятницы", "the evening of Friday"
        if m and m.group("dp"):
            c.daypart = lx.dayparts.get(_WORD_CASEFOLD(m.group("dp")))
            c.start = lo + m.start()
            before = text[lo:c.start]
        elif m and m.group("night") and _toward(m.group("night")):
            c.night = c.toward = True  # "в ночь на вторник": the night before Tuesday
    if c.y is None and c.m is not None:
        m = cp["yrel_after"].match(text, c.end, min(len(text), c.end + WINDOW)) if words_after else None
        if m:
            c.yrel = lx.year_relative.get(_WORD_CASEFOLD(m.group("r")))
            c.end = m.end()
        else:
            m = cp["yrel_before"].search(before) if before else None
            if m:
                c.yrel = lx.year_relative.get(_WORD_CASEFOLD(m.group("r")))
                c.start = lo + m.start("r")
    if c.H is not None and c.zone is None and c.tz is None and before:
        m = _zone_before().search(before)  # "Мәскеу уақыты бойынша сағат 16:32-де": the zone named first
        if m:
            c.zone = next((z for s_, z in lx.zones.items() if s_.casefold() == m.group("zone").casefold()), None)
    roles: set[str] = set()
    pos = c.start
    nearest = None
    for _ in range(3 if before else 0):  # "примерно в 14:30": a chain of qualifiers before the expression
        m = cp["qual_before_rev"].match(text[max(0, pos - BEFORE):pos][::-1])
        if not m or m.group(0).count("\n", 0, m.start("q")) >= 2:
            break  # (a heading "После" or a paragraph ending in "до" qualifies no date after a blank line)
        word = _WORD_CASEFOLD(m.group("q")[::-1])
        nearest = word if nearest is None else nearest
        roles |= lx.qual_pre.get(word, set())
        pos -= m.end()
    if "before" in roles and nearest in _agent_words() and _POSSESSIVE.match(text, c.end):
        roles.discard("before")  # "killed by Wednesday's earthquake": the agent's day, no deadline
    if "from" in roles and c.end_c is None:
        roles.add("after")  # "с 2006 года": from a date on
    after = cp["qual_after"].match(text, c.end, min(len(text), c.end + WINDOW)) if words_after else None
    if after:
        roles = roles | lx.qual_post.get(_WORD_CASEFOLD(after.group("q")), set())
    if c.certainty == "exact":
        if "approximate" in roles:
            c.certainty = "approximate"
        elif "before" in roles:
            c.certainty = "before"
        elif "after" in roles:
            c.certainty = "after"


_POSSESSIVE = re.compile(r"['’]s\b")


@functools.cache
def _agent_words() -> frozenset[str]:
    """Words opening a passive agent ("by"): before a possessive day ("by Wednesday's quake") no bound."""
    from ..langdata import languages, load_list

    return frozenset(w.casefold() for lang in languages() for w in load_list(lang, "time_agent_preps"))


@functools.cache
def _zone_before() -> re.Pattern:
    """A zone's name closing the text before a clock time ("Мәскеу уақыты бойынша сағат 16:32")."""
    from .grammar import FLAGS
    from .lexicon import alternation

    lx = lexicon()
    return re.compile(rf"(?<![\w])(?P<zone>{alternation(lx.zones)})[^\S\n]*,?(?:[^\S\n]+(?:{alternation(lx.clock_prefix)}))?[^\S\n]*$", FLAGS)


def join_intervals(cands: list[Cand], text: str) -> list[Cand]:
    """``X to Y``, ``X - Y``, ``с X до Y``, ``between X and Y`` -> one interval (start keeps its parts)."""
    cp = context_patterns()
    out: list[Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands) and a.end_c is None and a.rel is None:
            b = cands[i + 1]
            gap = text[a.end:b.start]
            same_kind = (a.H is None) == (b.H is None) and b.rel is None and b.end_c is None and (a.m is not None or a.H is not None or (a.y is not None and b.y is not None and b.m is None))
            if same_kind and (not gap.strip() or a.H is not None and _WORD_CASEFOLD(gap.strip()) in lexicon().dayparts) \
                    and b.certainty == "before" and _opens(text[a.start:a.end]):
                a.end_c, a.end, a.certainty = b, b.end, "exact"  # "23:00-ден (таңғы) 07:00-ге дейін"
                out.append(a)
                i += 2
                continue
            if same_kind and a.d is not None and b.d is not None and not gap.strip() and _opens(text[a.start:a.end]) \
                    and _night_after(text, b.end):  # "7 қарашадан 8 қарашаға қараған түні": the night of 7 to 8
                a.end_c, a.end, a.certainty, a.night, a.daypart = b, b.end, "exact", True, "night"
                out.append(a)
                i += 2
                continue
            if same_kind and None not in (a.d, a.m, b.d, b.m) and a.H is None and _WORD_CASEFOLD(gap.strip()) in lexicon().range_links \
                    and (a.night or a.daypart == "night" or _night_before(text, a.start)):
                a.end_c, a.end, a.certainty, a.night, a.daypart = b, b.end, "exact", True, "night"  # "в ночь с 31 декабря
                out.append(a)  # на 1 января", "у новорічну ніч, з 31 грудня на 1 січня": the night of the 31st
                i += 2
                continue
            if same_kind and len(gap) <= 12 and cp["connector"].match(gap):
                dash = gap.strip() in "-–—"
                opener = cp["from_before"].search(text[max(0, a.start - WINDOW):a.start])
                if dash and _backwards(a, b):
                    pass  # "Душанбе, 8 қыркүйек 2015 — Жұма күні, 4 қыркүйекте": a dateline, then the lead's own date
                elif dash or opener or (a.night or a.daypart == "night") and a.d is not None and b.d is not None:  # "the night of 16.05 to 17.05"
                    a.end_c = b
                    a.end = b.end
                    a.certainty = "exact"
                    out.append(a)
                    i += 2
                    continue
        out.append(a)
        i += 1
    for c in out:  # "28 қазанға қараған түні", "дүйсенбіге қараған түні": the night that ends on that day
        if c.end_c is None and (c.d is not None or c.weekday is not None and c.m is None) and c.H is None \
                and _night_after(text, c.end):
            c.night, c.toward, c.daypart = True, True, "night"
    return out


_NIGHT_BEFORE = re.compile(r"(\w+)\W{1,3}(?:\w{1,2}\s+)?$")


def _night_before(text: str, start: int) -> bool:
    """A word of the night just before a day ("ніч, з 31 грудня", "night, from 31 December")."""
    m = _NIGHT_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and lexicon().dayparts.get(_WORD_CASEFOLD(m.group(1))) == "night"


_PAIRED_PART_AFTER = re.compile(r"[-–]([^\W\d_]+)")
_PAIRED_PART_BEFORE = re.compile(r"([^\W\d_]+)[-–]$")


def _round_the_clock(text: str, c: Cand) -> bool:
    """A part of the day joined to another word by a hyphen ("күндіз-түні күзетіп жүр", "день-ночь"): round
    the clock, no time of its own."""
    if c.d is not None or c.m is not None or c.y is not None or c.H is not None or c.weekday is not None:
        return False
    if c.rule != "daypart":
        return False
    return _PAIRED_PART_AFTER.match(text, c.end) is not None \
        or _PAIRED_PART_BEFORE.search(text, max(0, c.start - 20), c.start) is not None


def _to_come(cands: list[Cand], doc: Document) -> None:
    """A weekday alone in a clause told in the future ("Во вторник в Энск прибудет министр", "On Tuesday
    the minister will arrive"): the next such day, not the last one before the report."""
    from .future import future_clause

    for c in cands:
        if c.weekday is not None and "date" in c.inferred and c.H is None and c.rel is None and c.end_c is None \
                and c.date is not None and c.anchor in ("published", "nearby") \
                and future_clause(doc.text, c.start, c.end, doc.lang):
            c.date += dt.timedelta(days=7)
            c.y, c.m, c.d = c.date.year, c.date.month, c.date.day
            c.future = True
            c.inferred.append("future")


def _toward(words: str) -> bool:
    """"в ночь на", "у ніч на", "in the night to": a night named by the day it ends on (not "в ночь с
    ... на ...")."""
    return _WORD_CASEFOLD(words.split()[-1]) in ("на", "to", "into", "before")


def _night_after(text: str, end: int) -> bool:
    """True when words of a night follow a day ("8 қарашаға қараған түні", ``time_night_after.txt``)."""
    after = " ".join(text[end:end + 40].casefold().split())
    return any(after.startswith(w) and not after[len(w):len(w) + 1].isalpha() for w in lexicon().night_after)


def _backwards(a: Cand, b: Cand) -> bool:
    """The end of a dashed pair falls (without a year of its own) a few weeks BEFORE its dated start:
    no interval (a dateline followed by an earlier date of the lead), unlike "28 December 2015 - 3 January"."""
    if a.y is None or b.y is not None or None in (a.m, a.d, b.m, b.d):
        return False
    return (b.m, b.d) < (a.m, a.d) and a.m - b.m <= 1


def _opens(span_text: str) -> bool:
    """True when an expression ends in a case ending that opens a period ("23:00-ден", "4 қаңтардан")."""
    t = _WORD_CASEFOLD(span_text)
    return any(t.endswith(s) for s in lexicon().from_suffixes)


_DAY_RULES = {"iso", "numdate", "range_dm", "range_md", "range_ydm", "ymd", "dmy", "mdy"}


def _inside_invalid(c: Cand, invalid: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(invalid, (c.start, 1 << 62))
    for s, e in invalid[max(0, i - 3):i + 1]:
        if s <= c.start and c.end <= e and (e - s) > (c.end - c.start):
            return True
    return False


_NAME_OPEN = re.compile(r"[«“\"„]((?:[^\W\d_][\w'’.-]*[ \t]+){1,2})$")
_NAME_CLOSE = re.compile(r"[ \t]?[»”\"“]")


def _quoted_name(text: str, start: int, end: int) -> bool:
    """A relative day closing a short quoted title after capitalized words («Київщина сьогодні»,
    "Russia Today", «Казахстан сегодня»): a newspaper or channel's name, no day."""
    m = _NAME_OPEN.search(text, max(0, start - 40), start)
    if m is None or not _NAME_CLOSE.match(text, end):
        return False
    return all(w[:1].isupper() for w in m.group(1).split())


def read(text: str, mdy: bool = False) -> list[Cand]:
    """Validated, non-overlapping, context-qualified expressions of ``text`` (before anchoring).

    ``mdy``: read ambiguous ``a/b/yyyy`` as month/day/year (the text's language writes it so).
    """
    cands, invalid = [], []
    for h in scan(text):
        if h.rule == "range_dm" and not _linked_from(h, text):
            continue  # "detained 7 on 8 May": no range, the day alone is read by another rule
        if h.rule == "clock" and _OFFSET_BEFORE.search(text, max(0, h.start - 8), h.start):
            continue  # "timezone: MSK (UTC+03:00)": an offset, not a time of day
        c = read_hit(h, text, mdy)
        if c is not None:
            c._prio = h.priority  # type: ignore[attr-defined]
            cands.append(c)
        elif h.rule in _DAY_RULES:
            invalid.append((h.start, h.end))
    if invalid:  # "31 февраля 2011 года" is no date at all, not "февраля 2011 года"
        invalid.sort()
        cands = [c for c in cands if not _inside_invalid(c, invalid)]
    chosen = select(cands)
    for c in chosen:
        attach_context(c, text)
    kept: list[Cand] = []  # a weekday or day part now inside an extended date is part of it
    for c in chosen:
        while kept and kept[-1].start >= c.start and kept[-1].end <= c.end:
            kept.pop()
        if kept and kept[-1].start <= c.start and c.end <= kept[-1].end:
            continue
        kept.append(c)
    return join_intervals(_restated(kept, text), text)


_RESTATE_GAP = re.compile(r"^[ \t]*,[ \t]*(?:[^\W\d_]{1,3}[ \t]+)?$")


def _restated(cands: list[Cand], text: str) -> list[Cand]:
    """Without a relative day that an explicit date restates right after a comma ("Наступного дня, у
    понеділок, 23 лютого", "The next day, on Monday, 23 February"): the explicit date alone counts."""
    drop = {i for i in range(len(cands) - 1)
            if cands[i].rel is not None and cands[i].m is None and cands[i].end_c is None
            and cands[i + 1].m is not None and cands[i + 1].d is not None
            and _RESTATE_GAP.match(text[cands[i].end:cands[i + 1].start])}
    return [c for i, c in enumerate(cands) if i not in drop] if drop else cands


_ISO_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def parse_iso_date(s: str | None) -> dt.date | None:
    """The day of an ISO 8601 string (``2011-12-17T10:00:00Z`` -> 2011-12-17); None when not a full date."""
    if not s:
        return None
    m = _ISO_RE.match(s.strip())
    if not m or not m.group(3):
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


@functools.cache
def _not_months() -> frozenset[str]:
    """Forms of a month's name that, alone, name something else (``time_not_months``)."""
    from ..langdata import languages, load_list

    return frozenset(w.casefold() for lang in languages() for w in load_list(lang, "time_not_months"))


@functools.cache
def _birth_markers() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(markers written after a year of birth, markers written before it): ``time_birth_years``."""
    from ..langdata import languages, load_table

    post: set[str] = set()
    pre: set[str] = set()
    for lang in languages():
        for row in load_table(lang, "time_birth_years"):
            if len(row) >= 2 and row[0]:
                (pre if row[1] == "pre" else post).add(row[0].casefold())
    return tuple(sorted(post, key=len, reverse=True)), tuple(sorted(pre, key=len, reverse=True))


_YEAR_LIST_GAP = re.compile(r"\s*(?:,\s*|\s+(?:та|і|й|и|або|или|and|or|және|мен)\s+|\s*[–—-]\s*)", re.I)
_DIGITS_END = re.compile(r"\d(?!.*\d)", re.S)


def _bare_year(c: Cand) -> bool:
    return c.y is not None and c.m is None and c.d is None and c.rel is None and c.weekday is None \
        and c.end_c is None and c.H is None and c.yrel is None


def _birth_years(text: str, cands: list[Cand]) -> set[int]:
    """Indexes of the bare years of birth ("жінка 1971 р.н.", "діти 2011, 2012 та 2014 років народження",
    "мужчина 1975 г.р.", "a man born in 1971", «1990 жылы туған»): a person's year, no date of the event;
    they neither date a figure nor lend their year to a year-less day."""
    post, pre = _birth_markers()
    if not post and not pre:
        return set()
    out: set[int] = set()
    order = sorted(range(len(cands)), key=lambda i: cands[i].start)
    k = 0
    while k < len(order):
        if not _bare_year(cands[order[k]]):
            k += 1
            continue
        group = [order[k]]
        while k + 1 < len(order) and _bare_year(cands[order[k + 1]]):
            a, b = cands[group[-1]], cands[order[k + 1]]
            m = _DIGITS_END.search(text, a.start, a.end)
            end = m.end() if m else a.end
            if not _YEAR_LIST_GAP.fullmatch(text, end, b.start):
                break
            group.append(order[k + 1])
            k += 1
        k += 1
        last, first = cands[group[-1]], cands[group[0]]
        m = _DIGITS_END.search(text, last.start, last.end)
        tail = text[m.end() if m else last.end:last.end + 40].lstrip().casefold().replace("\u00a0", " ")
        head = text[max(0, first.start - 30):first.start].rstrip().casefold().replace("\u00a0", " ")
        if any(tail.startswith(w) and (len(tail) == len(w) or not tail[len(w)].isalnum()) for w in post) or any(
                head.endswith(w) and (len(head) == len(w) or not head[-len(w) - 1].isalnum()) for w in pre):
            out.update(group)
    return out


class TimeTagger:
    """Find and normalize the temporal expressions of a document.

    >>> from rashomon.document import Document
    >>> [t.value for t in TimeTagger()(Document(id="x", path="x", text="On December 16, 2011 at 12:52 ..."))]
    ['2011-12-16', '2011-12-16T12:52']
    """

    def __call__(self, doc: Document) -> list[TimeExpr]:
        from .anchor import anchor_all, to_timex

        cands = read(doc.text, mdy=(doc.lang or "") in lexicon().mdy_langs)
        born = _birth_years(doc.text, cands)
        if born:
            cands = [c for i, c in enumerate(cands) if i not in born]
        cands = [c for c in cands if not _round_the_clock(doc.text, c)]
        anchor_all(cands, doc)
        for a, b in zip(cands, cands[1:], strict=False):  # "в ночь на 12 мая, около 01:30": the clock time says when
            # (not "у ніч на 29 липня, близько 23:20 ... 28 липня": an evening's time, the night's first day)
            if a.toward and b.H is not None and b.H < 6 and b.m is None and b.start - a.end <= 30 \
                    and not re.search(r"[.!?;\n]", doc.text[a.end:b.start]):
                a.toward = False
        _to_come(cands, doc)
        out = [t for t in (to_timex(c, doc.text) for c in cands) if t is not None]
        return out

    @staticmethod
    def date_at(doc: Document, timexes: list[TimeExpr], offset: int) -> tuple[str | None, str | None]:
        """The date governing ``offset``: see `rashomon.time.anchor.date_at`."""
        from .when import date_at

        return date_at(doc, timexes, offset)
