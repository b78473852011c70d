"""Page furniture in a text taken from a web page: blocks the analysis skips, never text it removes.

A news page saved as text carries, besides the article, lines that are not the article: "Read more:"
followed by other news' headlines (each with its own figures), comments, "Photo: ..." captions, share
buttons, "3 min read", the headline repeated. `furniture` finds such lines as spans into the text; the
segmenter leaves them out of paragraphs and sentences and records them as ``boilerplate`` artefacts,
so claims, timeline and entities skip them while every offset still points into the document text.

The cue words are language data (``rashomon/lang/<code>/boilerplate.txt``); the structure is code:
a cue line, then the headline-like lines under it (short, no closing full stop, or a teaser cut off
with "..."), dates and counters between them. An article paragraph (a longer line ending a sentence)
ends the block, so a cue never swallows the prose after it.
"""

from __future__ import annotations

import functools
import re

#: formats whose text is a page as its authors wrote it (an encyclopaedia's "See also" is not furniture)
SKIP_FORMATS = frozenset({"wikitext", "mediawiki-xml"})
#: a headline under a cue is at most this long (characters); a caption with a credit too
MAX_HEADLINE = 200
MAX_CAPTION = 200
#: a caption this short may hold its credit anywhere ("Representative image Image credit: agency")
MAX_CREDIT_CAPTION = 120
#: a credit closing a paragraph ("... в Энске. Фото: агентство / фотограф") is at most this long
MAX_CREDIT_TAIL = 80
#: a line this long ending a sentence is article prose: it ends a block of headlines
PROSE_MIN = 60
#: a line this long ending in a full stop is a sentence, not a headline (headlines end without one)
SENTENCE_MIN = 40
#: a closing list of headlines without a cue holds at least this many lines
MIN_LIST = 3
#: a repeated line must be at least this long to count as a repeat (short labels recur legitimately)
MIN_REPEAT = 20

_LEAD = re.compile(r"^[\s>»•·▪►◦*|–—-]+")
_TRAIL = re.compile(r"[\s:.…→»>|–—-]+$")
_COUNT = re.compile(r"[\s(:—–-]*0\)?$")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
#: a line of dates, clock times, counters and separators only ("15.10.2024", "12.10.2018, 10:50", "7631")
_STAMP_WORDS = re.compile(r"[^\W\d_]+(?:[’'ʼ][^\W\d_]+)*")
_ARROW = re.compile(r"\s*(>>|»|→|▶|►)\s")
_CLOCK = re.compile(r"\b[0-2]?\d:[0-5]\d\b")
#: a full numeric date ("26.12.2025", "2025-12-26", "26/12/2025"): with a clock time it dates a teaser
_NUM_DATE = re.compile(r"\b(?:[0-3]?\d[./][01]?\d[./](?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\b")
_INNER_STOP = re.compile(r"[.!?…][\"'»”)\]]*\s+[\"'«“(]?[^\W\d_]")
_SENT_END = re.compile(r"[.!?]([\"'»”)\]]*)$")
_CUT_OFF = re.compile(r"(\.\.\.|…)[\"'»”)\]]*$")


@functools.cache
def _cues() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """``(exact, prefixed)``: whole-line cues by normalized phrase, and phrases matched at a line's start."""
    from ..langdata import languages, load_table

    exact: dict[str, str] = {}
    prefixed: list[tuple[str, str]] = []
    for lang in languages():
        for row in load_table(lang, "boilerplate"):
            if len(row) < 2:
                continue
            phrase, kind = _norm(row[0]) if row[1] not in ("credit", "prefix") else row[0].lower(), row[1]
            if kind in ("prefix", "credit"):
                prefixed.append((phrase, kind))
            else:
                exact.setdefault(phrase, kind)
    return exact, tuple(prefixed)


@functools.cache
def _months() -> frozenset[str]:
    """Month and weekday words of every language (a stamp line may spell them)."""
    from ..langdata import languages, load_list, load_table

    words: set[str] = {"gmt", "utc", "msk", "г", "р", "ж", "am", "pm"}
    for lang in languages():
        for name in ("time_months", "time_weekdays"):
            words.update(row[0].lower() for row in load_table(lang, name) if row)
        words.update(w.lower() for w in load_list(lang, "boilerplate_stamp_words"))
    return frozenset(words)


def _norm(line: str) -> str:
    s = _LEAD.sub("", line.strip().lower())
    s = _SPACES.sub(" ", _DIGITS.sub("0", s))
    return _TRAIL.sub("", s)


@functools.cache
def _norm_phrase(phrase: str) -> str:
    return _norm(phrase)


def _kind(line: str) -> str | None:
    """The cue kind of one line (``related``, ``end``, ``line``) or None."""
    exact, prefixed = _cues()
    s = _norm(line)
    if not s:
        return None
    kind = exact.get(s) or exact.get(_COUNT.sub("", s))
    if kind:
        return kind
    if ":" in s:  # "Читайте также: В Энске ..." -- the cue and one headline on the same line
        head = _TRAIL.sub("", s.split(":", 1)[0])
        if exact.get(head) == "related" and len(line.strip()) <= MAX_HEADLINE + 40:
            return "related"
    if len(line.strip()) <= MAX_CAPTION:
        for phrase, k in prefixed:  # (``s`` is the line normalized once; each phrase is normalized once)
            if k == "prefix" and s.startswith(_norm_phrase(phrase)):
                return "line"
    if credit_start(line) is not None:
        return "credit"
    return None


def credit_start(line: str) -> int | None:
    """Offset in ``line`` where a photo credit begins ("Взрыв в Энске. Фото: агентство" -> at "Фото"):
    in a caption (a short line) anywhere, in a paragraph only as its closing short sentence."""
    low = line.lower()
    found = [i for phrase, k in _cues()[1] if k == "credit" and (i := _credit_at(low, phrase)) is not None]
    return min(found) if found else None


def _credit_at(low: str, phrase: str) -> int | None:
    """Where the credit ``phrase`` starts the line, a sentence of it ("... в Энске. Фото: агентство"),
    or anywhere in a short caption; in a long line only when what follows is a short tail."""
    short = len(low.strip()) <= MAX_CAPTION
    i = low.find(phrase)
    while i >= 0:
        before = low[:i].rstrip()
        starts = not before or before[-1] in ".!?»\")"
        tail = low[i:].rstrip()
        if short and (starts or len(low.strip()) <= MAX_CREDIT_CAPTION):
            return i
        if not short and starts and len(tail) <= MAX_CREDIT_TAIL and not _INNER_STOP.search(tail):
            return i
        i = low.find(phrase, i + 1)
    return None


def _stamp(line: str) -> bool:
    """A line of dates, times and counters only: no word but month, weekday or time-zone names.

    One of three "stamp line" tests, kept apart on purpose: this one finds page furniture (a teaser's date
    under its headline) so it needs no clock time, has no length bound and allows no other word;
    `rashomon.time.anchor._stamp_line` (a sidebar item's "10:03, 01.04.2025" that must not lend its year)
    requires a clock time, bounds the length and lets one other word through ("Updated"); timeline.py's
    `_is_dateline` judges a whole sentence unit that may carry a byline's words ("Zhezkazgan, 17 May 2023")."""
    s = line.strip()
    if not s or not any(c.isdigit() for c in s):
        return False
    words = [w.lower() for w in _STAMP_WORDS.findall(s)]
    months = _months()
    return all(w in months for w in words)


def _headline_like(line: str) -> bool:
    s = line.strip()
    if _CUT_OFF.search(s):
        return True  # a teaser cut off mid-sentence, any length
    if len(s) > MAX_HEADLINE:
        return False
    return not (_SENT_END.search(s) and not s.endswith("?") and len(s) >= SENTENCE_MIN)


def _prose(line: str) -> bool:
    s = line.strip()
    return len(s) >= PROSE_MIN and bool(_SENT_END.search(s)) and not _CUT_OFF.search(s)


def furniture(text: str, fmt: str | None = None) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` spans of page furniture in ``text``, whole lines, in order, disjoint.

    kind: ``related`` (a cue and the headlines under it), ``end`` (comments or footer to the end),
    ``line`` (a single line: share buttons, counters, a caption with its credit), ``repeat`` (a line
    repeating an earlier one word for word, as a page repeats its headline).
    """
    if fmt in SKIP_FORMATS or not text:
        return []
    lines: list[tuple[int, int]] = []
    pos = 0
    for raw in text.split("\n"):
        lines.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    out: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    body = False  # an article paragraph has been read
    i = 0
    while i < len(lines):
        s, e = lines[i]
        line = text[s:e]
        if not line.strip():
            i += 1
            continue
        kind = _kind(line)
        if kind == "end" and body:
            out.append((s, len(text), "end"))
            break
        if kind == "related":
            last = _consume(text, lines, i + 1, body)
            out.append((s, lines[last][1], "related"))
            i = last + 1
            continue
        if kind is None and body and (_arrowed(text, lines, i) or _stamped_teaser(text, lines, i) or _trailing_list(text, lines, i)):
            kind = "related"  # a list of links (">> headline" lines) or "headline / date, time / teaser"
            j = _consume(text, lines, i + 1, body)
            out.append((s, lines[j][1], "related"))
            i = j + 1
            continue
        key = _SPACES.sub(" ", line.strip().lower())
        if kind == "credit":  # the caption stays (it may name the place), its credit goes
            c = credit_start(line) or 0
            if len(key) >= MIN_REPEAT and key in seen:
                c = 0  # the caption repeated: all of it
            out.append((s + c, e, "credit" if c else "line"))
            seen.add(key)
            i += 1
            continue
        if kind in ("line", "end"):  # an end cue before the article: a header link, skipped alone
            out.append((s, e, "line"))
            i += 1
            continue
        if len(key) >= MIN_REPEAT and key in seen:
            out.append((s, e, "repeat"))
        else:
            seen.add(key)
            if _prose(line):
                body = True
        i += 1
    return out


def _consume(text: str, lines: list[tuple[int, int]], j: int, body: bool) -> int:
    """Index of the last line of a block of headlines that goes on from line ``j``."""
    last = j - 1
    while j < len(lines):
        nxt = text[lines[j][0] : lines[j][1]]
        kind = _kind(nxt) if nxt.strip() else None
        if not nxt.strip() or _stamp(nxt) or kind in ("related", "line", "credit"):
            if nxt.strip():
                last = j
            j += 1
            continue
        if kind == "end" and body:
            break
        final = not text[lines[j][1] :].strip()
        if (_headline_like(nxt) and not _prose(nxt)) or (final and not _SENT_END.search(nxt.strip()) and not _INNER_STOP.search(nxt)):
            last = j  # a headline, a teaser cut off, or the page cut off in the middle of one
            j += 1
            continue
        break
    return last


def _next_lines(text: str, lines: list[tuple[int, int]], i: int, n: int) -> list[str]:
    """The next ``n`` non-blank lines after line ``i``."""
    out = []
    for s, e in lines[i + 1 :]:
        if text[s:e].strip():
            out.append(text[s:e])
            if len(out) == n:
                break
    return out


def _arrowed(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` starts a run of at least two link lines (">> headline", "→ headline")."""
    here = text[lines[i][0] : lines[i][1]]
    nxt = _next_lines(text, lines, i, 1)
    return bool(_ARROW.match(here) and nxt and _ARROW.match(nxt[0]) and _headline_like(here))


def _stamped_teaser(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` is another item's headline: a line without a full stop, then a line of its date with a
    clock time and a month or weekday name or a full numeric date ("21:54, 26.12.2025"), then its teaser
    (the way a page lists more news under an article)."""
    here = text[lines[i][0] : lines[i][1]].strip()
    if _prose(here) or _SENT_END.search(here) and not here.endswith("?") or len(here) > MAX_HEADLINE:
        return False
    nxt = _next_lines(text, lines, i, 1)
    if not nxt or not _stamp(nxt[0]) or not _CLOCK.search(nxt[0]):
        return False
    return bool(_NUM_DATE.search(nxt[0])) or any(w.lower() in _months() for w in _STAMP_WORDS.findall(nxt[0]))


def _trailing_list(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Line ``i`` starts the page's closing run of other news' headlines, listed without a cue: at least
    `MIN_LIST` lines to the end of the text, each a headline (a capital first, no closing full stop, no
    list bullet or number before it, no table cells), one a line with no blank line between them."""
    run = []
    for s, e in lines[i:]:
        line = text[s:e].strip()
        if not line:
            if run and text[e:].strip():
                return False  # a blank line inside: paragraphs, not a list of links
            continue
        if not (line[0].isupper() and _headline_like(line) and not _SENT_END.search(line) and not line.endswith((":", ",", ";"))):
            return False
        if "\t" in line or line.count("|") >= 2:
            return False  # a table's rows (cells by tabs or pipes) close many reports: they are no headlines
        run.append(line)
    return len(run) >= MIN_LIST


def keep_spans(start: int, end: int, skipped: list[tuple[int, int, str]]):
    """``(s, e)`` parts of ``[start, end)`` outside the ``skipped`` spans (sorted, disjoint)."""
    pos = start
    for s, e, _k in skipped:
        if e <= pos:
            continue
        if s >= end:
            break
        if s > pos:
            yield pos, s
        pos = max(pos, e)
        if pos >= end:
            return
    if pos < end:
        yield pos, end
