"""Rules of the time grammar: compiled regexes built from named pieces of the lexicon.

Every rule is one regex with named groups (``d``, ``mon``, ``y``, ``H``, ``M``, ``ampm``, ``zone``...),
made of literal alternations and bounded quantifiers only, so matching is linear in the text. A rule
carries examples; ``tests/test_timex_rules.py`` runs them all. `scan` returns raw `Hit` records; the
tagger validates and resolves them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .lexicon import Lexicon, alternation, lexicon

FLAGS = re.IGNORECASE | re.UNICODE


@dataclass
class Rule:
    name: str
    pattern: re.Pattern
    examples: tuple[str, ...]
    priority: int = 0  # breaks ties between hits of equal length
    starts: tuple[str, ...] = ("digit",)  # what a match begins with: digit, or word classes (see _triggers)
    digits: tuple[int, ...] = (1, 2)  # for digit starts: how many digits the first number has
    after: str = "other"  # and what follows them: "sep" (one of ``:./``), "other", or "any"
    then: str = ""  # what the next non-space character must be: "digit", "word" (a letter or a dash), "" any


@dataclass
class Hit:
    """A raw grammar match: span, rule name and the named groups that matched."""

    start: int
    end: int
    rule: str
    g: dict[str, str] = field(default_factory=dict)
    priority: int = 0
    pos: dict[str, int] = field(default_factory=dict)  # start offset of each matched group


def _frames(frames: list[str]) -> str:
    """``time_zone_frames`` as one alternation: "по * времени" -> "по WORD времени" (a zone of
    any town, "по душанбинскому времени (UTC+5)", read only with the offset written after it)."""
    alts = sorted({r"\s+".join(r"[^\W\d_]+(?:-[^\W\d_]+)?" if w == "*" else re.escape(w) for w in f.split())
                   for f in frames if "*" in f.split()}, key=len, reverse=True)
    return "|".join(alts) or "(?!)"


def pieces(lx: Lexicon) -> dict[str, str]:
    """The named building blocks (the "bank") shared by the rules."""
    suf = alternation(lx.suffixes)
    months_ci = alternation(lx.months)
    months_cs = alternation(lx.months_cased)
    stems = alternation(lx.month_stems)
    # atomic groups (?>...): a whole word matched is never re-tried shorter, which keeps failing fast
    mon = (rf"(?>(?:{months_ci})|(?-i:{months_cs})|(?:{stems})(?:{suf})?)"
           r"(?:\.(?=\s*\d))?(?!\w)")
    wd_stems = alternation(lx.weekday_stems)
    weekday = rf"(?>{alternation(lx.weekdays)}|(?:{wd_stems})(?:{suf})?)(?!\w)"
    dsuf = alternation(lx.day_suffixes)
    yw = alternation(lx.year_words)
    zones = alternation(lx.zones)
    frames = _frames(lx.zone_frames)
    tz = (rf"(?:\s*\(?\s*(?:(?P<utc>UTC|GMT)\s*(?P<sign>[+\-−])\s*(?P<oh>\d{{1,2}})(?::?(?P<om>\d{{2}}))?(?!\d)"
          rf"|(?P<zone>{zones})(?![\w])(?:\s*\(\s*(?:UTC|GMT)\s*(?P<zsign>[+\-−])\s*(?P<zoh>\d{{1,2}})(?::?(?P<zom>\d{{2}}))?\s*\))?"
          rf"|(?:{frames})\s*\(\s*(?:UTC|GMT)\s*(?P<fsign>[+\-−])\s*(?P<foh>\d{{1,2}})(?::?(?P<fom>\d{{2}}))?\s*\))(?:\s*\))?)?")
    daypart = alternation(lx.dayparts)
    kkmon = rf"(?:{stems})(?:{suf})(?!\w)"
    return {
        "MON": mon, "WEEKDAY": weekday, "DSUF": rf"(?:(?:{dsuf})(?!\w))?", "HSUF": rf"(?:(?:{alternation(lx.hour_suffixes)})(?=\s))?" if lx.hour_suffixes else "", "YW": rf"(?:\s*(?:{yw})(?!\w))?",
        "YEAR": r"(?P<y>1\d{3}|2[01]\d{2})(?![\d])", "TZ": tz,
        # "9 января в 2031 году": a day's year after a preposition, its year word required
        "YPREP": (rf"[^\S\n]+(?:{alternation(lx.year_preps)})[^\S\n]+(?=\d{{4}}\s*(?:{yw})(?!\w))"
                  if lx.year_preps else r"(?!x)x"), "SUF": rf"(?:-?(?:{suf})(?!\w))?",
        "DAYPART": rf"(?>{daypart})(?!\w)", "DPADV": rf"(?>{alternation(lx.daypart_adv)})(?!\w)", "KKMON": kkmon, "CLOCKPOST": alternation(lx.clock_post),
        "CLOCKPRE": alternation(lx.clock_pre), "CLOCKPREFIX": alternation(lx.clock_prefix),
        "PREP": alternation(w for w, roles in lx.qual_pre.items() if roles & {"in", "before", "after", "from", "to", "approximate"}),
        "TO": alternation(w for w, roles in lx.qual_pre.items() if roles & {"to", "and"}),
        "RLINK": alternation(lx.range_links),
        "AMPM": r"(?P<ampm>a\.\s?m\.|p\.\s?m\.|am|pm)(?![\w])",
        "REL": f"(?>{alternation(lx.relative)})", "APPROX": alternation(lx.approx_pre), "NAMED": alternation(lx.clock_named),
        "MINW": alternation(lx.minute_words), "HOURW": alternation(lx.hour_words),
        "HOURDP": alternation(lx.hour_dayparts) if lx.hour_dayparts else r"(?!x)x",
        # spaces between a day and its month: never a tab or a line break (table cells, list lines are separate)
        "SP": r"[^\S\t\n\r\v\f]+", "SP0": r"[^\S\t\n\r\v\f]*",
    }


def _rule(name: str, template: str, p: dict[str, str], examples: tuple[str, ...], priority: int = 0,
          starts: tuple[str, ...] = ("digit",), digits: tuple[int, ...] = (1, 2), after: str = "other",
          then: str = "") -> Rule:
    pat = template
    for key in sorted(p, key=len, reverse=True):
        pat = pat.replace("{" + key + "}", p[key])
    return Rule(name, re.compile(pat, FLAGS), examples, priority, starts, digits, after, then)


@functools.cache
def rules() -> tuple[Rule, ...]:
    p = pieces(lexicon())
    nd = r"(?<![\d.,/:])"  # a number that does not continue another number
    R = [
        _rule("iso", nd + r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::\d{2}(?:\.\d{1,6})?)?"
              r"(?P<tzo>Z|[+\-]\d{2}:?\d{2})?)?(?![\d])", p, ("2011-12-16", "2011-12-16T12:52+05:00"), 5, digits=(4,)),
        # a site's stamp written year first with a month or day of one digit ("2031-8-5 22:09 |")
        _rule("iso", nd + r"(?=\d{4}-(?:\d-|\d{2}-\d(?!\d)))(?P<y>(?:19|20)\d{2})-(?P<m>1[0-2]|0?[1-9])-(?P<d>3[01]|[12]\d|0?[1-9])"
              r"(?:[ ](?P<H>[01]?\d|2[0-3]):(?P<M>[0-5]\d))?(?![\d\-])", p, ("2031-8-5", "2031-10-5 22:09"), 5, digits=(4,)),
        # a site's stamp written year first with slashes ("2031/10/07 | 02:15"), never inside a web address
        _rule("iso", nd + r"(?P<y>\d{4})/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?![\d/])", p, ("2031/10/07",), 5, digits=(4,),
              after="sep"),
        _rule("numdate", nd + r"(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})(?![\d]|[.,]\d){YW}", p,
              ("17.12.2011", "12/30/2011", "16.12.11"), 4, after="sep"),
        _rule("daymonth_num", nd + r"(?P<d>\d{1,2})\.(?P<m>\d{2})(?![\d]|[.,]\d)", p, ("17.12", "19.12"), after="sep"),
        _rule("range_dm", nd + r"(?P<d1>\d{1,2}){DSUF}{SP0}(?:[\-–—]|{SP}(?:{TO}|{RLINK}){SP}){SP0}(?P<d2>\d{1,2}){DSUF}{SP}(?P<mon>{MON})"
              r"(?:[^\S\n]*,?[^\S\n]*{YEAR}{YW})?", p, ("16–17 December 2011", "16 по 20 декабря", "7 на 8 февраля"), 3, then="word"),
        # a night's two days with a slash before the month ("the night of 11/12 October 2031")
        _rule("range_dm", nd + r"(?P<d1>[0-3]?\d)/(?P<d2>[0-3]?\d){SP}(?P<mon>{MON})"
              r"(?:[^\S\n]*,?[^\S\n]*{YEAR}{YW})?", p, ("11/12 October 2031", "23/24 червня"), 3, after="sep"),
        _rule("range_md", r"(?P<mon>{MON}){SP}(?P<d1>\d{1,2}){DSUF}\s*[\-–—]\s*(?P<d2>\d{1,2}){DSUF}(?!\d)(?:[^\S\n]*,?[^\S\n]*{YEAR})?", p,
              ("December 16-17", "December 16–17, 2011"), 3, ("month",), then="digit"),
        _rule("range_ydm", nd + r"{YEAR}{YW}[^\S\n]+(?P<d1>\d{1,2}){DSUF}\s*[\-–—]\s*(?P<d2>\d{1,2}){DSUF}\s+(?P<mon>{MON})", p,
              ("2019 жылғы 3-8 наурыздағы",), 3, digits=(4,), then="word"),
        _rule("ymd", nd + r"{YEAR}{YW}[^\S\n]+(?P<d>\d{1,2}){DSUF}\s+(?P<mon>{MON})", p,
              ("2011 жылғы 16 желтоқсанда",), 2, digits=(4,), then="word"),
        _rule("dmy", nd + r"(?P<d>\d{1,2}){DSUF}{SP}(?:of\s+)?(?P<mon>{MON})(?:(?:{YPREP}|[^\S\n]*,?[^\S\n]*){YEAR}{YW})?", p,
              ("16 декабря", "16 грудня 2011 року", "16 December 2011", "16 желтоқсан", "16 грудня у 2011 році"), 2, then="word"),
        # a page's stamp written as one token: "06-June-2031", "02-Sep-2031", "07June 2031" (the year required)
        _rule("dmy", r"(?<![\w.,/:])(?P<d>\d{1,2})-(?P<mon>{MON})-{YEAR}", p, ("06-June-2031", "02-Sep-2031"), 2, then="word"),
        _rule("dmy", r"(?<![\w.,/:])(?P<d>\d{1,2})(?P<mon>{MON})[^\S\n]*,?[^\S\n]*{YEAR}", p, ("07June 2031",), 2, then="word"),
        _rule("mdy", r"(?<![\w])(?P<mon>{MON}){SP}(?P<d>\d{1,2}){DSUF}(?![\d]|[.,:]\d)(?:[^\S\n]*,?[^\S\n]*{YEAR})?", p,
              ("December 16", "May 17, 2011", "желтоқсанның 16-сы"), 2, ("month",), then="digit"),
        _rule("ym", nd + r"{YEAR}{YW}[^\S\n]+(?P<mon>{MON})", p, ("2011 жылғы желтоқсанда",), 1, digits=(4,), then="word"),
        _rule("my", r"(?<![\w])(?P<mon>{MON})[^\S\n]*,?[^\S\n]*{YEAR}{YW}", p, ("June 1989", "декабре 2011 года"), 1, ("month",), then="digit"),
        _rule("month", r"(?<![\w])(?P<mon>{MON})(?:[^\S\n]*,?[^\S\n]*{YEAR}{YW})?", p, ("June", "декабре", "грудні"), 0, ("month",)),
        _rule("month_kk", r"(?<![\w])(?P<mon>{KKMON})", p, ("желтоқсанда",), -1, ("month",)),
        _rule("year", nd + r"{YEAR}(?![.,]\d|['’]?s(?!\w)|-[хе](?!\w))(?P<yw>{YW})", p, ("2011 года", "2011 жылы", "2006"), -1,
              digits=(4,), after="any"),  # not a decade: "the 1990s", "1990-х"
        _rule("clock", nd + r"(?:(?P<pre>{CLOCKPREFIX})\s+)?(?P<H>\d{1,2})(?P<sep>[:.])(?P<M>\d{2})(?![\d]|[.,:]\d)"
              r"(?:\s*{AMPM}|\s+(?P<cw>{CLOCKPOST})(?!\w))?{SUF}(?:\s+(?P<dp>{DAYPART}))?{TZ}", p,
              ("12:52", "11.40 am", "9.20 Moscow time", "сағат 12:52-де", "12:00 (UTC+5)", "17.00 hours"), 6, ("digit", "clock"),
              after="sep"),
        _rule("clock_mil", nd + r"(?P<H>[01]\d|2[0-3])(?P<M>[0-5]\d)(?=\s*(?:GMT|UTC)(?![\w+\-−]))(?:\s*(?P<zone>GMT|UTC))", p,
              ("0320 GMT", "1545 UTC"), 6, digits=(4,)),
        _rule("clock_h", nd + r"(?P<H>\d{1,2}){HSUF}\s*(?:{AMPM}|(?P<cw>{CLOCKPOST})(?!\w)(?:\s+(?P<M>\d{1,2})\s*(?:{MINW})(?!\w))?)"
              r"(?:\s+(?P<dp>{DAYPART}))?{TZ}", p, ("6 pm", "23 часов вечера", "7 часов утра", "12 часов 52 минуты"), 5),
        _rule("clock_hdp", nd + r"(?P<H>\d{1,2}){HSUF}\s+(?P<dp>{HOURDP})(?!\w){TZ}", p,
              ("5 утра", "4-ї ранку", "10 вечора"), 4),  # a bare hour and a day part, after "в"/"до"/"о"
        _rule("clock_kk", r"(?<![\w])(?P<pre>{CLOCKPREFIX})\s+(?P<H>\d{1,2})(?![\d]|[.,:]\d){SUF}{TZ}", p, ("сағат 12-де",), 5, ("clock",)),
        _rule("clock_word", r"(?<![\w])(?:(?P<pre>{CLOCKPREFIX})\s+)?(?P<hw>{HOURW}){SUF}(?!\w)"
              r"(?:\s+(?P<cw>{CLOCKPOST})(?!\w))?(?:\s+(?P<dp>{DAYPART}))?{TZ}", p,
              ("шести вечера", "двух часов дня", "two o'clock", "сағат алтыда", "шостої вечора"), 3, ("hourword", "clock")),
        _rule("clock_named", r"(?<![\w])(?P<named>{NAMED})(?!\w){TZ}", p, ("noon", "в полдень", "опівночі"), 4, ("named",)),
        _rule("relative", r"(?<![\w])(?P<rel>{REL})(?!\w)", p, ("вчера", "the next day", "келесі күні", "наступного дня"), 0, ("relative",)),
        _rule("weekday", r"(?<![\w])(?P<wd>{WEEKDAY})(?:[^\S\n]+(?P<dp>{DAYPART}))?", p,
              ("Saturday", "пятницу", "сенбі күні", "жұма күні таңертең", "Friday evening"), -2, ("weekday",)),
        _rule("daypart", r"(?<![\w])(?P<dp>{DPADV})", p, ("вечером", "кешке"), -3, ("daypart",)),
    ]
    return tuple(R)


TOKEN = re.compile(r"\w+(?:['’]\w+)*")


def _first_words(surfaces) -> set[str]:
    return {re.split(r"[\s\-.]+", w.casefold().replace("’", "'"))[0] for w in surfaces if w}


@functools.cache
def _triggers() -> tuple[dict[str, set[str]], re.Pattern, re.Pattern]:
    """First words of each word class that can begin a match, and the stem pattern (kk months, weekdays)."""
    lx = lexicon()
    words = {
        "month": _first_words([*lx.months, *lx.months_cased]),
        "clock": _first_words(lx.clock_prefix),
        "relative": _first_words(lx.relative),
        "weekday": _first_words(lx.weekdays),
        "daypart": _first_words(lx.daypart_adv),
        "named": _first_words(lx.clock_named),
        "hourword": _first_words(lx.hour_words_free),
    }
    by_word: dict[str, set[str]] = {}
    for cls, ws in words.items():
        for w in ws:
            by_word.setdefault(w, set()).add(cls)
    stems = re.compile(rf"(?:{alternation(lx.month_stems)})|(?P<wd>{alternation(lx.weekday_stems)})")
    # one C-level pass finds every token that can start a match: numbers, trigger words, stems + endings;
    # the lookahead (the first characters of all of them, matched case-insensitively like the words
    # themselves) fails fast where no alternative can begin
    stem_words = [*lx.month_stems, *lx.weekday_stems]
    firsts = "".join(re.escape(c) for c in sorted({w[0] for w in [*by_word, *stem_words] if w}))
    # (a word may carry the possessive 's: "Sunday's shooting")
    # a full day glued to the word before it by a page's scraped furniture ("Ozerk News17.05.2031"): a number too
    trigger = re.compile(rf"(?<=[^\W\d_])(?=\d{{1,2}}\.\d{{2}}\.(?:19|20)\d{{2}}(?!\d))\d+|"
                         rf"(?<![\w'’])(?=[\d{firsts}])(?:\d+|"
                         rf"(?:{alternation(by_word)})(?:(?![\w'’])|(?=['’]s(?![\w'’])))|(?:{alternation(stem_words)})[\w'’]*)", FLAGS)
    return by_word, stems, trigger


@functools.cache
def _rules_by_start() -> dict[str, list[Rule]]:
    """Rules by the class of token they start at; digit rules by ``digit<n><sep|other>``."""
    out: dict[str, list[Rule]] = {}
    for r in rules():
        for s in r.starts:
            if s != "digit":
                out.setdefault(s, []).append(r)
                continue
            for n in r.digits:
                for after in (("sep", "other") if r.after == "any" else (r.after,)):
                    out.setdefault(f"digit{n}{after}", []).append(r)
    return out


def _peek(text: str, i: int) -> str:
    """The first character at or after ``i`` that is not a space, a comma or a period ("" at the end)."""
    n = len(text)
    while i < n and text[i] in " \t,.\u00a0":
        i += 1
    return text[i] if i < n else ""


_SEP = frozenset(":./")
_NONE: frozenset[str] = frozenset()


@functools.cache
def _digit_plan(n: int, sep: bool) -> tuple[Rule, ...]:
    """Rules to try at a number of ``n`` digits followed (or not) by one of ``:./``."""
    return tuple(_rules_by_start().get(f"digit{n}{'sep' if sep else 'other'}", ()))


_word_plans: dict[str, tuple[Rule, ...]] = {}


def _word_plan(tok: str) -> tuple[Rule, ...]:
    """Rules to try at a trigger word, in the order of its classes, each rule once (cached by word)."""
    got = _word_plans.get(tok)
    if got is None:
        by_word, stems, _ = _triggers()
        by_start = _rules_by_start()
        key = tok.casefold()
        if "’" in key or "ʼ" in key:
            key = key.replace("’", "'").replace("ʼ", "'")
        classes = by_word.get(key, _NONE)
        sm = stems.match(key)
        if sm:
            classes = classes | {"weekday" if sm.group("wd") else "month"}
        plan: list[Rule] = []
        for cls in classes:
            plan += [r for r in by_start.get(cls, ()) if r not in plan]
        got = tuple(plan)
        if len(tok) <= 64:  # (a stem takes any ending: "декабрьские...", not worth keeping when long)
            if len(_word_plans) > 100_000:
                _word_plans.clear()
            _word_plans[tok] = got
    return got


@functools.cache
def _lowered_trigger() -> tuple[re.Pattern, re.Pattern] | None:
    """The trigger regex without IGNORECASE, for the lower-cased text, and the characters that rule it
    out; None when it would not be exact.

    Case-insensitive matching in ``re`` is a slow path: matching the lower-cased text case-sensitively
    finds the same tokens twice as fast, when lower-casing keeps every offset (one character for one)
    and the text holds none of the characters ``re`` also equates with a pattern's letters beyond
    lower-casing (``re._casefix``: "ſ" with "s", "ᲀ" with "в"...), nor a Greek sigma (whose
    lower case depends on its place). The pattern's letters are all lower case."""
    try:
        from re._casefix import _EXTRA_CASES as fixes
    except ImportError:  # another Python: the case-insensitive regex alone
        return None
    by_word, _, trigger = _triggers()
    lx = lexicon()
    stem_words = [*lx.month_stems, *lx.weekday_stems]
    letters = {c for w in [*by_word, *stem_words] for c in w} | set("'’s")
    if any(c.lower() != c for c in letters):
        return None
    unsafe = {chr(f) for c in letters for f in fixes.get(ord(c), ())} | {"σ", "ς"}
    pattern = re.compile(trigger.pattern, re.UNICODE)  # the same source: its letters are lower case
    return pattern, re.compile("[" + "".join(re.escape(c) for c in sorted(unsafe)) + "]")


def _tokens(text: str):
    """Trigger matches (spans) of ``text``: on its lower-cased copy when that is exact (see
    `_lowered_trigger`), else with the case-insensitive regex."""
    fast = _lowered_trigger()
    if fast is not None:
        low = text.lower()
        if len(low) == len(text) and not fast[1].search(low):
            return fast[0].finditer(low)
    return _triggers()[2].finditer(text)


def scan(text: str) -> list[Hit]:
    """Hits of every rule, tried only where a number or a trigger word begins (one pass of a trie
    regex over the text, so the cost is linear in it); overlaps between hits are resolved later."""
    out: list[Hit] = []
    n_text = len(text)
    for tm in _tokens(text):
        pos, end = tm.span()
        tok = text[pos:end]
        if tok[0].isdigit():
            plan = _digit_plan(len(tok), end < n_text and text[end] in _SEP)
        else:
            plan = _word_plan(tok)
        peek = None
        for r in plan:
            if r.then:
                if peek is None:
                    peek = _peek(text, end)
                if not (peek.isdigit() if r.then == "digit" else (peek.isalpha() or peek in "-–—")):
                    continue  # cheap test of what must follow: "December 16" needs a digit next
            m = r.pattern.match(text, pos)
            if m and m.end() > m.start():
                g = {k: v for k, v in m.groupdict().items() if v}
                out.append(Hit(m.start(), m.end(), r.name, g, r.priority, {k: m.start(k) for k in g}))
    return out


@functools.cache
def context_patterns() -> dict[str, re.Pattern]:
    """Patterns applied around a hit: qualifiers and parts of a period before or after it."""
    lx = lexicon()
    pre_q = alternation(lx.qual_pre)
    return {
        "qual_before": re.compile(rf"(?<![\w])(?P<q>{pre_q})\s*$", FLAGS),
        "qual_after": re.compile(rf"\s*(?P<q>{alternation(lx.qual_post)})(?!\w)", FLAGS),
        "approx_before": re.compile(rf"(?<![\w])(?P<a>{alternation(lx.approx_pre)})\s*$", FLAGS),
        "approx_after": re.compile(rf"\s*(?P<a>{alternation(lx.approx_post)})(?!\w)", FLAGS),
        "yrel_after": re.compile(rf"\s*,?\s*(?P<r>{alternation(lx.year_relative)})(?!\w)", FLAGS),
        "yrel_before": re.compile(rf"(?<![\w])(?P<r>{alternation(lx.year_relative)})\s*$", FLAGS),
        "weekday_after": re.compile(rf"\s*,?\s*(?:(?:{pieces(lx)['PREP']})\s+)?(?P<wd>{pieces(lx)['WEEKDAY']})", FLAGS),
        "weekday_before": re.compile(rf"(?<![\w])(?P<wd>{pieces(lx)['WEEKDAY']})(?:\s+(?P<dp>{pieces(lx)['DAYPART']}))?\s*,?\s*$", FLAGS),
        "daypart_of_before": re.compile(rf"(?<![\w])(?:the\s+)?(?P<dp>{pieces(lx)['DAYPART']})\s+(?:of\s+)?$|"
                                        rf"(?<![\w])(?P<night>в ночь на|в ніч на|у ніч на|в ночь с|в ніч з|у ніч з|(?:in|on|during) the night (?:to|into|before)|overnight into)\s+$", FLAGS),
        # matched on the REVERSED text before a hit, so the cost is the length of the words, not of
        # the window: what lets a month or a year stand alone ("in June", "в 2011", "mid-November")...
        "prep_before_rev": re.compile(rf"\s*(?:{_rev(lx.approx_pre)}(?:\s+{_rev(_preps(lx))})?|{_rev(_preps(lx))})(?![\w])",
                                      FLAGS),
        # ... and the qualifier right before a hit ("примерно", "до", "since")
        "qual_before_rev": re.compile(rf"\s*(?P<q>{_rev(lx.qual_pre)})(?![\w])", FLAGS),
        "blocker_after": re.compile(rf"\s*(?:{alternation(lx.blockers)})(?!\w)", FLAGS),
        "clock_pre_before": re.compile(rf"(?<![\w])(?:{p_clock(lx)})\s+$", FLAGS),
        # "in the morning in 8.25", «утром в 8.25», «вранці о 8.25»: a day part, then "in"/"at"
        # "кешкі сағат жеті шамасында": an attributive day part (no adverb) before a clock prefix and its hour
        "daypart_attr_before": re.compile(
            rf"(?<![\w])(?P<dp>{alternation(w for w in lx.dayparts if w not in lx.daypart_adv) or r'(?!x)x'})\s+(?:{p_clock(lx)})\s+$", FLAGS),
        "clock_daypart_before": re.compile(
            rf"(?<![\w])(?:{pieces(lx)['DAYPART']}),?\s+(?:{alternation(lx.clock_pre + lx.clock_daypart)})\s+$", FLAGS),
        "connector": re.compile(rf"^\s*(?:[\-–—]|(?:{alternation(w for w, r in lx.qual_pre.items() if r & {'to', 'and', 'before'})})\s)\s*$", FLAGS),
        "from_before": re.compile(rf"(?<![\w])(?:{alternation(w for w, r in lx.qual_pre.items() if r & {'from', 'between', 'after'})})\s+$", FLAGS),
    }


def _rev(words) -> str:
    return f"(?:{alternation(w[::-1] for w in words)})"


def _preps(lx: Lexicon) -> list[str]:
    return [w for w, roles in lx.qual_pre.items() if roles & {"in", "before", "after", "from", "to", "approximate"}]


def p_clock(lx: Lexicon) -> str:
    return alternation(lx.clock_pre + lx.clock_prefix)
