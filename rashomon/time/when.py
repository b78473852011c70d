"""When a counted event happened: report dates told apart from event dates, and `date_at` for claims.

A **report date** dates the text, not the event: ``published`` ("published on 2 May 2016",
"опубликовано", "оприлюднено", "... жарияланды"), ``as_of`` (a count standing on a date: "as of 21
February", "по состоянию на", "станом на", "... жағдай бойынша"; words in ``<lang>/time_report_markers.txt``)
and ``dateline`` (the date at the head of a report: "Керчь, 18 октября 2018 года, 14:40 (МСК)", "ALMATY,
Jan 10 (Steppe Wire) -", "3 мая 2014, 11:20 | Одесса"). A ``caption`` ("Зона затопления, 17 мая 2023
года" on a line of its own) dates a picture: neither the report nor the event.

The **event period** of a document (`event_period`) is a day range stated near its start ("О ходе
расследования беспорядков 4–7 января 2022 года", "Огляд подій 18–20 лютого") when the day it mostly
states falls inside it, else that most stated day; report dates never count. A toll reported on day D
counts from the start of the events up to D, so a claim dated only by a report date gets ``E/D`` (the
event period's start to D) or ``../D`` (ISO 8601-2: open start) when no event date is known.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import operator
import re

from ..document import Document, Paragraph
from ..langdata import languages, load_list, load_table
from ..model import TimeExpr
from .lexicon import alternation, lexicon
from .recap import opens_recap, other_event_recaps, retold_counts
from .saying import said_after, said_on, saying_near
from .saying import weekday_named as _weekday
from .tagger import parse_iso_date

_WINDOW = 40
_LINE = re.compile(r"[^\n]*")
_SPACES = re.compile(r"\s+")
_WORDS = re.compile(r"[^\W\d_][\w'’.-]*|\d+")
_NON_SPACE = re.compile(r"\S")
_LINE_GOES_ON = re.compile(r"[^ \t*_)]")  # more than closing marks after a date on its line
# "(Reuters) -" after a wire dateline, also after its town and as "/Corr. Agency/" ("5 мая, Заречье /Корр. Агентства/.")
_WIRE = re.compile(r"(?:\s*,\s*[^\W\d_][^\s,/()]*(?:[ \t][^\W\d_][^\s,/()]*)?)?\s*(?:\([^()\n]{1,40}\)\s*[-–—]|/[^/\n]{1,40}/)")


def _fold(s: str) -> str:
    return _SPACES.sub(" ", s.casefold().replace("’", "'"))


@functools.cache
def _markers() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(words before a date, words after it), each ``(folded surface, role)``, the longest first."""
    pre: dict[str, str] = {}
    post: dict[str, str] = {}
    for lang in languages():
        for row in load_table(lang, "time_report_markers"):
            if len(row) >= 2 and row[0]:
                (post if len(row) > 2 and row[2] == "post" else pre)[_fold(row[0])] = row[1]
    order = lambda d: tuple(sorted(d.items(), key=lambda kv: -len(kv[0])))  # noqa: E731
    return order(pre), order(post)


def marker_role(text: str, span: tuple[int, int]) -> str | None:
    """``as_of`` or ``published`` when the words right around ``span`` make it a report date."""
    pre, post = _markers()
    pre_last, post_first, pre_words = _marker_edges()
    # Most dates have no marker: the window is folded only when its last word can end a marker.
    # Folding works character by character (only whitespace runs become one space), and the stripped
    # marks are whitespace and punctuation, so the folded window ends with the folded form of the raw
    # run of non-space characters that ends at the last raw character that is neither; a marker ends
    # with its own last word.
    lo, i = max(0, span[0] - _WINDOW), span[0] - 1
    while i >= lo and (text[i] in _PRE_STRIP or text[i].isspace()):
        i -= 1
    if i >= lo and _fold_char(text[i])[-1] in pre_last and _last_word(text, lo, i).endswith(pre_words):
        before = _fold(text[lo:span[0]]).rstrip(_PRE_STRIP)
        for w, role in (pre if before.endswith(_marker_words()[0]) else ()):  # (one C-level test first)
            if before.endswith(w) and (len(before) == len(w) or not before[-len(w) - 1].isalnum()):
                return role
    hi, i = min(len(text), span[1] + _WINDOW), span[1]
    while i < hi and (text[i] in _POST_STRIP or text[i].isspace()):
        i += 1
    if i < hi and _fold_char(text[i])[0] in post_first:
        after = _fold(text[span[1]:hi]).lstrip(_POST_STRIP)
        for w, role in (post if after.startswith(_marker_words()[1]) else ()):
            if after.startswith(w) and (len(after) == len(w) or not after[len(w)].isalnum()):
                return role
    return None


_PRE_STRIP = " :,\u00a0-–—("  # stripped between the words before a date and the date
_POST_STRIP = " ,:)"  # and between the date and the words after it


def _fold_char(c: str) -> str:
    """`_fold` of one character that is not whitespace (never empty)."""
    return c.casefold().replace("’", "'")


def _last_word(text: str, lo: int, i: int) -> str:
    """The folded run of non-space characters of ``text[lo:i + 1]`` that ends at ``i``."""
    j = i
    while j > lo and not text[j - 1].isspace():
        j -= 1
    return text[j:i + 1].casefold().replace("’", "'")


@functools.cache
def _marker_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded words of `_markers`, before and after a date, as tuples for ``endswith``/``startswith``."""
    pre, post = _markers()
    return tuple(w for w, _ in pre) or ("\0",), tuple(w for w, _ in post) or ("\0",)


@functools.cache
def _marker_edges() -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The last characters of the words before a date in `_markers`, the first characters of those
    after it, and the last words of those before it."""
    pre, post = _markers()
    return (frozenset(w[-1] for w, _ in pre), frozenset(w[0] for w, _ in post),
            tuple({w.rsplit(" ", 1)[-1] for w, _ in pre}))


def _is_day(t: TimeExpr) -> bool:
    d = t.value.split("/")[0].split("T")[0]
    return len(d) == 10 or (d.startswith("--") and len(d) == 7)


def _datelines(text: str, timexes: list[TimeExpr]) -> set[int]:
    """Indexes of the timexes of a dateline: in the first three (five, after a place) non-empty lines, a day (with its clock
    time) after at most three words ending in a separator ("Керчь,", "г. Нур-Султан,", "ALMATY,"), or
    opening the line and followed by its end, a few words after a separator ("| Одесса", "(МСК)") or a
    wire credit ("(Agency) -")."""
    out: set[int] = set()
    seen, pos, n = 0, 0, len(text)
    order = sorted(range(len(timexes)), key=lambda i: timexes[i].span)
    while seen < 10 and pos < n:  # lines 4-5 only for a placed dateline ("г. Ташкент, 15 июля 2022 года"),
        end = text.find("\n", pos)  # lines 4-10 for a day alone on its line above the story's prose
        end = n if end == -1 else end
        if _NON_SPACE.search(text, pos, end):
            seen += 1
            if seen > 5 and len(_WORDS.findall(text, pos, end)) > 12:
                break  # the story's prose: no day alone on its line below it is a dateline
            inside = [i for i in order if pos <= timexes[i].span[0] < end]
            first = next((i for i in inside if _is_day(timexes[i]) and timexes[i].kind != "interval"), None)
            if first is not None and seen > 5 and ("T" in timexes[first].value or text[pos:timexes[first].span[0]].strip()
                                                   or text[timexes[inside[-1]].span[1]:end].strip(" \t*_|")
                                                   or "year" in timexes[first].inferred
                                                   or any(i not in out and timexes[i].span[0] < pos for i in order)):
                first = None  # (below line 5: a day alone on its line, its year stated, the first day told)
            if first is not None:
                head = text[pos:timexes[first].span[0]].strip(" \t*_")
                if (not head and (seen <= 3 or _WIRE.match(text[timexes[first].span[1]:end].strip(" \t*_"))
                                  or seen > 5)) or (head and len(_WORDS.findall(head)) <= 3 and head[-1] in ",|—–"
                                                and (seen <= 3 or _place_head(head)) and not _SPAN_OPEN.search(head)
                                                and not _elapsed(head) and not _relative_head(head)
                                                and not opens_recap(head)) \
                        or _publisher_line(head, text[timexes[first].span[1]:end], seen) \
                        or (seen <= 3 and dateline_label(head) and not _field_lines(text, pos, end)):
                    group, last = [first], timexes[first].span[1]
                    for i in inside:
                        if timexes[i].span[0] >= last and not text[last:timexes[i].span[0]].strip(" ,|\u00a0"):
                            if _is_day(timexes[i]) and _date_part(timexes[i].value) != _date_part(timexes[first].value):
                                break  # "Нұр-Сұлтан, 10 маусым. 9 маусым, жексенбі күні, ...": the story's own day
                            group.append(i)
                            last = timexes[i].span[1]
                    tail = text[last:end].strip(" \t*_")
                    timed = any("T" in timexes[i].value for i in group)  # "11:35, 06.07.2031, Town - site.kg, Name Roe"
                    if head or not tail or (tail[0] in "|(,/·•" and len(_WORDS.findall(tail)) <= (6 if timed else 4)) \
                            or _WIRE.match(tail):
                        out.update(group)
        pos = end + 1
    return out


@functools.cache
def _elapsed_words() -> tuple[str, ...]:
    from ..langdata import languages, load_list

    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_elapsed"))


def _relative_head(head: str) -> bool:
    """"Вчера, 9 мая, около 9:45 ...", "Yesterday, 9 May, ...": a relative day the date stands beside, no place."""
    from .lexicon import lexicon

    return " ".join(head.rstrip(",|—– ").casefold().split()) in lexicon().relative


def _elapsed(head: str) -> bool:
    """"40 лет назад," before a day: how long ago the story's day was (``time_elapsed.txt``), no place."""
    h = head.casefold()
    return any(w in h for w in _elapsed_words())


@functools.cache
def _dateline_labels() -> frozenset[str]:
    from ..langdata import languages, load_list

    return frozenset(w.casefold() for lang in languages() for w in load_list(lang, "time_dateline_labels"))


def dateline_label(head: str) -> bool:
    """A page's date under its label opening one of the first lines ("date 2031-04-02 <headline>", "Дата:
    12.05.2024", "Posted: 9 May 2021"; ``time_dateline_labels``): the report's date."""
    label = head.strip(" \t*_").rstrip(":").strip()  # (not an infobox field: "| дата = 3—4 мая 1931")
    return bool(label) and re.fullmatch(r"[^\W\d_]+(?: [^\W\d_]+){0,2}", label) is not None \
        and label.casefold() in _dateline_labels()


_MONTH_STAMP = re.compile(r"[ \t*_]*(?P<label>[^\W\d_]+(?: [^\W\d_]+){0,2})[ \t]*:?[ \t]*(?P<y>\d{4})-(?P<m>\d{2})(?![\d\-])")


def month_stamp(text: str) -> dt.date | None:
    """The last day of the month a page's first line stamps it with, under a dateline label and without
    a day ("date 2031-04 Floods hit the valley ..."; ``time_dateline_labels``): the report's month."""
    first = next((ln for ln in text[:400].splitlines() if ln.strip()), "")
    m = _MONTH_STAMP.match(first)
    if m is None or not dateline_label(m["label"]) or not 1 <= int(m["m"]) <= 12:
        return None
    nxt = dt.date(int(m["y"]) + int(m["m"]) // 12, int(m["m"]) % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


_FIELD = re.compile(r"[ \t]*[^\W\d_]+(?: [^\W\d_]+)?[ \t]*:[ \t]*\S")


def _field_lines(text: str, pos: int, end: int) -> bool:
    """Whether the line at ``pos:end`` stands among "key: value" lines (a rendered infobox: "location: ...",
    "date: 8 May 1999", "type: ..."): its date is the event's, no dateline."""
    prev_end = text.rfind("\n", 0, max(pos - 1, 0))
    while prev_end > 0 and not text[text.rfind("\n", 0, prev_end) + 1:prev_end].strip():
        prev_end = text.rfind("\n", 0, prev_end)
    prev = text[text.rfind("\n", 0, prev_end) + 1:prev_end] if pos > 0 and prev_end >= 0 else ""
    nxt_start = end + 1
    while nxt_start < len(text) and text[nxt_start] == "\n":
        nxt_start += 1
    nxt_end = text.find("\n", nxt_start)
    nxt = text[nxt_start:len(text) if nxt_end == -1 else nxt_end]
    return any(_FIELD.match(line) for line in (prev, nxt) if line)


def _publisher_line(head: str, rest: str, seen: int) -> bool:
    """«Новый Юг», независимое издание. 21 июля 2023 года.": a short line of the publisher's quoted
    name and what it is, closed by the day alone (among the first three lines): the report's date."""
    return seen <= 3 and bool(head) and head[-1] == "." and len(_WORDS.findall(head)) <= 5 \
        and any(q in head for q in "«\"“„") and not rest.strip(" \t*_.")


# "Denys Monastyrskyi (1980 – 18 January 2023)": a year and a dash open a life span, no dateline
_SPAN_OPEN = re.compile(r"\(\s*\d{3,4}\s*[-–—]$")


def _place_head(head: str) -> bool:
    """A place before a date in a statement's fourth or fifth line ("г. Ташкент,", "ASTANA,"): its last
    word is a name (not "Зона оползня,", "The buried street,") and it names no statement ("Update,")."""
    words = _WORDS.findall(head)
    return bool(words) and words[-1][:1].isupper() and (len(words) >= 2 or words[-1].isupper()) \
        and not statement_word(head)


@functools.cache
def _statement_words() -> tuple[str, ...]:
    from ..langdata import languages, load_list

    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_statement_words"))


@functools.cache
def _statement_finder() -> re.Pattern | None:
    """One search for every statement word at a word start (compiled once, not a pattern per word and call)."""
    words = _statement_words()
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + ")") if words else None


def statement_word(text: str) -> bool:
    """True when ``text`` names a statement, notice or update (``lang/*/time_statement_words.txt``)."""
    finder = _statement_finder()
    return finder is not None and finder.search(text.casefold()) is not None


def is_caption(text: str, start: int, end: int) -> bool:
    """A date closing a short label line after a comma ("Зона затопления, 17 мая 2023 года", "подпись:
    Хвостохранилище после прорыва, 17 мая 2023 года"): an image caption dates the picture, not the
    story; it neither dates an event nor anchors the dates after it. (Datelines, in a report's first
    lines, are told apart by `report_roles`.)"""
    le = text.find("\n", end)
    le = len(text) if le == -1 else le
    if _LINE_GOES_ON.search(text, end, le):
        return False
    ls = text.rfind("\n", 0, start) + 1
    head = text[ls:start].strip(" \t*_#")
    if not head.endswith(",") or any(ch in head for ch in "!?«»\"") or ". " in head.rstrip(","):
        return False
    return 1 <= len(_WORDS.findall(head)) <= 6


#: the credit of an embedded social media post right before its day ("... pic.twitter.com/x — Radio Ozerk
#: (@ozerkradio) May 3, 2031"), on the post's line or its own
_POST_HANDLE = re.compile(r"\(@\w{1,30}\)[ \t]*$")


def post_day(text: str, start: int) -> bool:
    """Is the day at ``start`` an embedded post's, its author's handle right before it? It dates the post
    (told above or on its line), no event of its own (`rashomon.timeline`); a figure the page dates no
    other way is still dated up to it."""
    return _POST_HANDLE.search(text, max(0, start - 40), start) is not None


def _stamps(text: str, timexes: list[TimeExpr]) -> tuple[set[int], set[int]]:
    """Post and message headers: a day and a clock time closing a short line ("Сообщение от Серик »
    17.05.2023 09:40", "Posted by admin, 5 May 2021, 10:15"). They date the post, not what it tells.
    Second, the bare stamps: a line of a day written with digits and a clock time alone, either order
    ("5 апреля 2031, 18:05", "03:15, 12.11.2031", "Apr. 5, 2031 06:05 AM EST"): a page's stamp (in its
    first lines: a dateline) or a listed other page's (further down: a caption's), never an event."""
    out: set[int] = set()
    bare: set[int] = set()
    for i, t in enumerate(timexes):
        if "T" not in t.value or not _is_day(t) or t.kind == "interval":
            continue
        if _MACHINE_STAMP.match(t.text):  # "Floods hit Ozerk 2031-02-11 07:00:05": a machine's stamp, wherever it stands
            bare.add(i)
            continue
        ls = text.rfind("\n", 0, t.span[0]) + 1
        le = text.find("\n", t.span[1])
        le = len(text) if le == -1 else le
        if _glued(text, t.span[1]):  # a stamp run into its headline: "Yesterday, 20:41Floods in ..."
            bare.update(j for j, o in enumerate(timexes) if ls <= o.span[0] and o.span[1] <= t.span[1])
            continue
        if text[t.span[1]:le].strip(" \t*_()[]") and not _STAMP_TAIL.fullmatch(text, t.span[1], le):
            continue  # a chronology line goes on after its time: "09:40 Protesters gather"
        group, start = [i], t.span[0]
        for j in range(i - 1, -1, -1):  # the day written right before the time: "17.05.2023 09:40"
            o = timexes[j]
            if o.span[1] <= start and o.span[0] >= ls and not text[o.span[1]:start].strip(" ,\t|·"):
                group.append(j)
                start = o.span[0]
            else:
                break
        head = text[ls:start]
        if len(group) > 1 and head.strip() and len(_WORDS.findall(head)) <= 6 and not head.rstrip().endswith((".", "!", "?")):
            out.update(group)
        elif len(group) > 1 and not head.strip(" \t*_|·") and any(ch.isdigit() for ch in timexes[group[-1]].text):
            bare.update(group)  # a line of a day and a time alone: "5 апреля 2031, 18:05"
    for i, t in enumerate(timexes):  # the time first: "03:15, 12.11.2031" alone on its line
        if "T" in t.value or not _is_day(t) or t.kind == "interval" or i in out:
            continue
        le = text.find("\n", t.span[1])
        le = len(text) if le == -1 else le
        glued = _glued(text, t.span[1])  # "16:48 / 07.08.2031Floods in ...": a listed page's stamp and headline
        if text[t.span[1]:le].strip(" \t*_()[]") and not _STAMP_TAIL.fullmatch(text, t.span[1], le) and not glued:
            continue
        ls = text.rfind("\n", 0, t.span[0]) + 1
        prev = [j for j, o in enumerate(timexes) if ls <= o.span[0] and o.span[1] <= t.span[0]
                and "T" in o.value and not text[o.span[1]:t.span[0]].strip(" ,\t|·/")]
        if prev and not text[ls:timexes[prev[0]].span[0]].strip(" \t*_|·") and any(ch.isdigit() for ch in t.text):
            bare.update([i, prev[0]])
    bare.update(_opening_stamps(text, timexes, out | bare))
    return out, bare


#: a machine's time stamp with seconds ("2031-02-11 07:00:00.0", "2031-02-11T07:00:05")
_MACHINE_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}")
_LETTER = re.compile(r"[^\W\d_]")
#: what may open a line before its stamp: a site's furniture ("![]() 666", "| Society | ") or a label closed
#: by a colon or a bar ("Published: ", "date 2031-01 | Crime | ")
_STAMP_HEAD = re.compile(r"[^\n]*[|:]\s*")


def _opening_stamps(text: str, timexes: list[TimeExpr], seen: set[int]) -> set[int]:
    """Indexes of a page's stamp opening a line the headline or the story runs on from: a day with its year
    written and a clock time side by side, either order ("11:05 01.02.2031 Source: Radio Ozerk", "![]() 12
    Tuesday, 11 February, 2031, 17:12 Floods hit Ozerk", "9 May 2031, 07:10 - On Thursday, 8 May, at about
    16:20 ..."), or a machine's stamp with seconds ("2031-02-11 07:00:00.0 World"). The pair opens its line
    (only furniture, or a short label closed by a bar, or by a colon when the time comes first or a bar
    follows the pair: "Published: 6 February 2031, 07:45 | Updated: ...", before it)
    and either the time comes first, or something stands before it, or a dash sets it off from a sentence
    that dates its event itself (an infobox's "date: 8 May 2031, 22:10" is the event's). A chronology's entry ("24 March
    2031, 04:00 — troops crossed the border", "- **5 June 2031, 14:00** — marchers gather": a list's marks are
    no furniture) names no other day or time on its line: an event."""
    out: set[int] = set()
    n = len(timexes)
    for i, t in enumerate(timexes):
        if i in seen or i in out:
            continue
        ls = text.rfind("\n", 0, t.span[0]) + 1
        le = text.find("\n", t.span[1])
        le = len(text) if le == -1 else le
        head = text[ls:t.span[0]]
        if _LETTER.search(head) and not (_STAMP_HEAD.fullmatch(head) and len(_WORDS.findall(head)) <= 6):
            continue
        if _MACHINE_STAMP.match(t.text):
            out.add(i)
            continue
        if i + 1 >= n or i + 1 in seen:
            continue
        o = timexes[i + 1]
        if o.span[0] >= le or text[t.span[1]:o.span[0]].strip(" ,\t|·"):
            continue
        day, clock = (t, o) if "T" not in t.value else (o, t)
        if "T" not in clock.value or "T" in day.value or not _is_day(day) or "year" in day.inferred \
                or not any(ch.isdigit() for ch in day.text) or not any(ch.isdigit() for ch in clock.text):
            continue
        tail = text[o.span[1]:le]
        later = any(o.span[1] <= x.span[0] < le for x in timexes[i + 2:])
        if _LETTER.search(head) and clock is not t and not head.rstrip().endswith("|") \
                and not text[o.span[1]:le].lstrip().startswith("|"):
            continue  # "date: 8 May 2031, 22:10 (UTC+4)": an infobox's field, the event's own day and time
        if clock is t or head.strip(" \t*_#>•·-–—") or (later and re.match(r"[ \t]*[-–—|]", tail)):
            out.update((i, i + 1))
    return out


def _glued(text: str, end: int) -> bool:
    """A capital letter right after a date or a time, no space between: the stamp of a listed page run into
    its headline by the page's extraction ("20:41Floods hit ...", "07.08.2031Число погибших ...")."""
    return end < len(text) and text[end].isupper()


#: what may close a stamp's line after its time: a time zone ("11:20 PM EST", "12:40 (МСК)", "08:25 GMT+6")
_STAMP_TAIL = re.compile(r"[\s(]*(?:[AaPp]\.?[Mm]\.?\s*)?\(?(?:[A-Z]{2,5}|МСК|мск|UTC|GMT)(?:[+-]\d{1,2}(?::?\d\d)?)?\)?\s*\)?\s*")


_TKEY = operator.attrgetter("span", "value", "certainty")
_SPAN = operator.attrgetter("span")


def _roles_key(doc: Document, timexes: list[TimeExpr]) -> tuple:
    """What the report roles depend on (the same document read again, or its expressions re-anchored
    by the corpus stage, get a new key)."""
    return doc.id, hash(doc.text), tuple(map(_TKEY, timexes))


def _key(doc: Document, timexes: list[TimeExpr]) -> tuple:
    """What the other facts of `_Facts` depend on besides: the lead paragraphs and the report's dates."""
    return (*_roles_key(doc, timexes), tuple(map(_SPAN, doc.paragraphs[:4])), doc.published, doc.updated)


class _Facts:
    """One document's facts for `date_at`, each computed once, on first use: the report roles, the
    report date, the event period and start, the dated expressions by position, and what each
    sentence says about casualties. Kept in `_FACTS` under `_key`."""

    __slots__ = ("doc", "timexes", "roles", "_report", "_start", "_period", "_dom", "_dated_at", "_said", "_says",
                 "_other", "_since", "_pstarts", "_first", "_lead")

    def __init__(self, doc: Document, timexes: list[TimeExpr], roles_key: tuple) -> None:
        self.doc, self.timexes = doc, timexes
        roles = _ROLES.get(roles_key)
        if roles is None:
            if len(_ROLES) > 256:
                _ROLES.clear()
            roles = _ROLES[roles_key] = _roles(doc, timexes)
        self.roles = roles
        self._report: str | None | bool = False  # False: not computed yet
        self._start: str | None | bool = False
        self._period: str | None | bool = False
        self._dom: tuple[str | None, int] | None = None  # `_dominant` (the period, the start and the timeline ask)
        self._dated_at: tuple[list[int], list[int], bool] | None = None
        self._said: dict[tuple[int, int], tuple[bool, bool]] = {}
        self._says: dict[tuple[int, bool], bool] = {}  # `says_day` (asked again for each claim of a sentence)
        self._other: dict[tuple[int, int], bool] = {}  # span -> `_other_event` (likewise)
        self._since: dict[str, str] = {}  # day -> `_since_event`
        self._pstarts: list[int] | None | bool = None  # paragraph starts, False when not sorted (`paragraph_at`)
        self._first: dict[str, int] | None = None  # day -> where the document first states it (`first_mention`)
        self._lead: int | None = None  # `_lead_end`

    def report(self) -> str | None:
        if self._report is False:
            self._report = _report_date(self)
        return self._report  # type: ignore[return-value]

    def start(self) -> str | None:
        if self._start is False:
            self._start = _event_start(self)
        return self._start  # type: ignore[return-value]

    def period(self) -> str | None:
        if self._period is False:
            self._period = _event_period(self)
        return self._period  # type: ignore[return-value]

    def says_day(self, i: int, near_saying: bool = False) -> bool:
        """Whether expression ``i`` is a weekday counted back to the report's own day ("the ministry said
        on Tuesday"): when the report is written, not what happened. With ``near_saying`` only when a
        verb of saying stands next to it ("суд в понедельник признал виновными 8" is the court's day)."""
        got = self._says.get((i, near_saying))
        if got is None:
            got = self._says[(i, near_saying)] = self._says_day(i, near_saying)
        return got

    def _says_day(self, i: int, near_saying: bool) -> bool:
        t = self.timexes[i]
        if near_saying and t.kind == "date" and (said_on(self.doc.text, t.span) or (
                said_after(self.doc.text, t.span) and len(_date_part(t.value)) == 10)):
            return True  # "the mission said on 2 May 2023 that it had verified 23 deaths"
        if t.kind != "date" or not t.text[:1].isalpha():
            return False
        if near_saying and t.anchor != "explicit" and _weekday(t.text) and saying_near(self.doc.text, t.span):
            return True  # "On Monday the ministry informed that 60 are detained": the day of saying, any day
        if t.anchor != "published" or _date_part(t.value) != self.report():
            return False
        return not near_saying or not _weekday(t.text) or saying_near(self.doc.text, t.span)

    def paragraph_at(self, offset: int) -> Paragraph | None:
        """The first paragraph holding ``offset`` (by bisection when the paragraphs are sorted and disjoint)."""
        paras = self.doc.paragraphs
        if self._pstarts is None:
            ok = all(p.span[0] <= p.span[1] for p in paras) and all(
                a.span[1] <= b.span[0] for a, b in zip(paras, paras[1:], strict=False))
            self._pstarts = [p.span[0] for p in paras] if ok else False
        if self._pstarts is False:
            return next((p for p in paras if p.span[0] <= offset < p.span[1]), None)
        k = bisect.bisect_right(self._pstarts, offset) - 1  # type: ignore[arg-type]
        return paras[k] if k >= 0 and paras[k].span[0] <= offset < paras[k].span[1] else None

    def first_mention(self, day: str) -> int | None:
        """Where the document first states ``day`` (an expression of that day that is no report date)."""
        if self._first is None:
            self._first = {}
            for i, t in enumerate(self.timexes):
                if i not in self.roles and _dated(t):
                    self._first.setdefault(_date_part(t.value.split("/")[0]), t.span[0])
        return self._first.get(day)

    def lead_end(self) -> int:
        """`_lead_end`, or the end of the first three lines that are not blank when that comes first."""
        if self._lead is None:
            text, seen, end = self.doc.text, 0, 0
            for m in _LINE.finditer(text):
                if m.group().strip():
                    seen += 1
                    if seen == 3:
                        end = m.end()
                        break
            self._lead = min(_lead_end(self.doc), end or len(text))
        return self._lead

    def not_other_events(self, ts: list[TimeExpr]) -> list[TimeExpr]:
        """`_not_other_events` of ``ts``, each expression's answer computed once."""
        memo, text, other = self._other, self.doc.text, set()
        for t in ts:
            got = memo.get(t.span)
            if got is None:
                got = memo[t.span] = _other_event(text, t.span)
            if got:
                other.add(t.value)
        return [t for t in ts if t.value not in other] if other else ts

    def dated_in(self, span: tuple[int, int]) -> list[int]:
        """Indexes (ascending) of the dated expressions starting inside ``span``."""
        if self._dated_at is None:
            pairs = sorted((t.span[0], i) for i, t in enumerate(self.timexes) if _dated(t))
            index = [i for _, i in pairs]
            in_order = all(a < b for a, b in zip(index, index[1:], strict=False))  # the tagger sorts by span
            self._dated_at = ([p for p, _ in pairs], index, in_order)
        starts, index, in_order = self._dated_at
        lo, hi = bisect.bisect_left(starts, span[0]), bisect.bisect_left(starts, span[1])
        return index[lo:hi] if in_order or hi - lo < 2 else sorted(index[lo:hi])

    def said(self, span: tuple[int, int]) -> tuple[bool, bool]:
        """Whether the sentence at ``span`` counts dead, injured or missing (a running count of the
        event, not a new one), and whether it revises a running count ("the toll rose to 64", "число
        погибших выросло до")."""
        got = self._said.get(span)
        if got is None:
            low = self.doc.text[span[0]:span[1]].casefold()
            toll, casualty = _word_finders()
            hit = toll.search(low) is not None
            got = self._said[span] = (hit or casualty.search(low) is not None, hit)
        return got


#: the facts of the last few documents (they hold the documents: kept few, the pipeline's memory stays
#: flat), and the report roles of many more (small; `rashomon.timeline` asks for them again)
_FACTS: dict[tuple, _Facts] = {}
_ROLES: dict[tuple, dict[int, str]] = {}


def _facts(doc: Document, timexes: list[TimeExpr]) -> _Facts:
    key = _key(doc, timexes)
    got = _FACTS.get(key)
    if got is None:
        if len(_FACTS) >= 8:
            _FACTS.clear()
        got = _FACTS[key] = _Facts(doc, timexes, key[:3])
    return got


def report_roles(doc: Document, timexes: list[TimeExpr]) -> dict[int, str]:
    """``{index in timexes: "published" | "as_of" | "dateline" | ...}`` for the report dates of ``doc``
    (and the days that date no event of it: "recurring", "recap" of another event, ...)."""
    return _facts(doc, timexes).roles


def _roles(doc: Document, timexes: list[TimeExpr]) -> dict[int, str]:
    out = {i: "dateline" for i in _datelines(doc.text, timexes)}
    for i, t in enumerate(timexes):
        if i not in out and _is_day(t) and is_caption(doc.text, *t.span):
            out[i] = "caption"
    stamps, bare = _stamps(doc.text, timexes)
    out.update({i: "stamp" for i in stamps if i not in out})
    head = _head_end(doc.text, 6)  # a bare stamp further down stamps a listed page ("Читайте також ... 03:15, 12.11.2031")
    told = min((t.span[0] for i, t in enumerate(timexes) if i not in out and i not in bare and _dated(t)), default=len(doc.text))
    head = min(head, told)  # (nor after the story has told its day: another page's stamp)
    out.update({i: "dateline" if timexes[i].span[0] < head else "caption" for i in bare if i not in out})
    for i, t in enumerate(timexes):
        role = marker_role(doc.text, t.span)
        if role:
            out[i] = role
    # "... pic.twitter.com/x — Radio Ozerk (@ozerkradio) May 3, 2031": the day a post went out, not an event's
    out.update({i: "post" for i, t in enumerate(timexes) if i not in out and _is_day(t) and post_day(doc.text, t.span[0])})
    out.update({i: "weekday_of" for i in _weekdays_of_dates(doc.text, timexes) if i not in out})
    out.update({i: "recurring" for i in _recurring_days(doc, timexes) if i not in out})
    from .scheduled import scheduled

    # "Во вторник в Энск прибудет министр", "выборы назначены на 5 января": a day to come
    out.update({i: "future" for i, t in enumerate(timexes) if i not in out
                and ("future" in t.inferred or scheduled(doc.text, t.span[0]))})
    # "Нагадаємо, 19 вересня в Энську ...": another event's day
    out.update({i: "recap" for i in other_event_recaps(doc, timexes) if i not in out})
    out.update({i: "as_of" for i in retold_counts(doc, timexes, set(out))})  # "Напомним, 29 октября МЧС сообщило о 45"
    return out


@functools.cache
def _recurrence_words() -> tuple[str, ...]:
    return tuple({w.casefold() for lang in languages() for w in load_list(lang, "time_recurrence")})


def _recurring_days(doc: Document, timexes: list[TimeExpr]) -> set[int]:
    """Indexes of year-less days named as a day that comes back every year ("20 January has been a day
    of national mourning since 1990", "Жыл сайын 20 қаңтар ... атап өтіледі"): a day whose year was only
    inferred, in a sentence with a word of recurrence (``time_recurrence.txt``) or a "since" year before
    it. Such a day dates no figure of its sentence and no event of the report."""
    out: set[int] = set()
    if not doc.sentences:
        return out
    for i, t in enumerate(timexes):
        if t.kind != "date" or "year" not in t.inferred or len(t.value) != 10:
            continue
        s = doc.sentence_at(t.span[0])
        if s is None:
            continue
        if any(w in doc.text[s.span[0]:s.span[1]].casefold() for w in _recurrence_words()) or any(
                o.certainty == "after" and len(o.value) == 4 and o.value < t.value[:4] and
                s.span[0] <= o.span[0] < s.span[1] for o in timexes):
            out.add(i)
    return out


_WEEKDAY_GAP = re.compile(r"[\s,–—-]*(?:[^\W\d_]{1,8}[\s,]+){0,2}")


def _weekdays_of_dates(text: str, timexes: list[TimeExpr]) -> set[int]:
    """Indexes of bare weekdays written right before the explicit day they name ("В ночь со вторника на
    среду, с 29 на 30 августа 2006 года", "from Tuesday to Wednesday, 29-30 August", «Жұмадан сенбіге
    қараған түні, 14-15 шілдеде»): the day stated says when, the weekday counted from the report's
    date does not."""
    out: set[int] = set()
    chain: list[int] = []
    for i, t in enumerate(timexes):
        if chain:
            prev = timexes[chain[-1]]
            gap = text[prev.span[1]:t.span[0]]
            if not (len(gap) <= 24 and _WEEKDAY_GAP.fullmatch(gap)):
                chain = []
        if t.anchor != "explicit" and t.kind in ("date", "interval") and not any(c.isdigit() for c in t.text) \
                and _weekday(t.text):  # (a weekday's night, «сенбіге қараған түні», is an interval)
            chain.append(i)
            continue
        if chain and any(c.isdigit() for c in t.text) and len(_date_part(t.value.split("/")[0])) == 10:
            out.update(chain)
        chain = []
    return out


def report_date(doc: Document, timexes: list[TimeExpr]) -> str | None:
    """The day the report speaks from: its publication date, else its dateline, else an "as of" date
    in its first lines, else its first post header, else its update date. May be year-less (``--01-10``) until the corpus stage."""
    return _facts(doc, timexes).report()


def _report_date(f: _Facts) -> str | None:
    doc, timexes = f.doc, f.timexes
    pub = parse_iso_date(doc.published)
    if pub is not None and pub.timetuple()[1:3] != (1, 1):
        return pub.isoformat()
    roles = f.roles
    head = _head_end(doc.text)
    shown = _shown_day(doc.text, timexes, roles)
    for want in ("dateline", "as_of", "stamp"):
        for i, role in sorted(roles.items()):
            t = timexes[i]
            if i == shown:
                continue
            if role == want and _is_day(t) and (want != "as_of" or t.span[0] < head):
                day = _date_part(t.value.split("/")[-1])
                if pub is None or day.startswith(f"{pub.year:04d}-"):  # a year-only date read as 1 January
                    return day
    if pub is not None and pub.timetuple()[1:3] != (1, 1):
        return pub.isoformat()
    if pub is not None and len(doc.published.strip()) <= 10:  # a reader's year-only date ("© 2022" ->
        return None  # 1 January, no clock time): no day to count up to
    upd = parse_iso_date(doc.updated)
    return upd.isoformat() if upd else None


def _shown_day(text: str, timexes: list[TimeExpr], roles: dict[int, str]) -> int | None:
    """The index of a site's stamp of the day a page is shown on: a weekday and a full date alone on
    the first line ("дүйсенбі, 23 қыркүйек 2024", "Monday, 23 September 2024") above another dateline
    with its clock time ("29.10.2023 15:22"), the item's own. None when there is no such pair."""
    from .lexicon import lexicon

    days = [i for i, r in sorted(roles.items()) if r in ("dateline", "stamp") and _is_day(timexes[i])]
    if len(days) < 2 or roles[days[0]] != "dateline" or "T" in timexes[days[0]].value:
        return None
    first = timexes[days[0]]
    ls = text.rfind("\n", 0, first.span[0]) + 1
    le = text.find("\n", first.span[1])
    le = len(text) if le == -1 else le
    if text[:ls].strip() or text[first.span[1]:le].strip(" \t*_|"):
        return None
    word = _WORDS.findall(text[ls:first.span[1]])
    if not word or lexicon().weekday_of(word[0]) is None:
        return None
    if any("T" in timexes[i].value and _date_part(timexes[i].value) != _date_part(first.value) for i in days[1:]):
        return days[0]
    return None


def _head_end(text: str, lines: int = 3) -> int:
    pos, seen = 0, 0
    while seen < lines and pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        if text[pos:end].strip():
            seen += 1
        pos = end + 1
    return pos


def _date_part(v: str) -> str:
    return v.split("T")[0]


def _when(t: TimeExpr) -> str:
    """A timex as a claim's ``when``: the date; an interval of clock times ("с 23 до 7 часов") its first day."""
    if t.kind != "interval":
        return _date_part(t.value)
    a, _, b = t.value.partition("/")
    if "T" in a:
        return _date_part(a)
    return f"{a}/{b}"


def _dated(t: TimeExpr) -> bool:
    return t.kind != "time" and not t.value.startswith("T")


def dominant_date(doc: Document, timexes: list[TimeExpr]) -> str | None:
    """The day a document is mostly about: its most often stated day (once a sentence; outside
    citations, bounds such as "until 5 January" and report dates; a year-less ``--12-16`` only when no
    day has a year); ties go to the earliest mentioned. None when it states no day."""
    return _dominant(_facts(doc, timexes))[0]


def _dominant(f: _Facts) -> tuple[str | None, int]:
    """`dominant_date` and how many sentences state it (once per `_Facts`)."""
    if f._dom is None:
        f._dom = _count_days(f)
    return f._dom


def _count_days(f: _Facts) -> tuple[str | None, int]:
    doc, timexes = f.doc, f.timexes
    blocked = [c.span for c in doc.citations if c.span]
    roles = f.roles
    parts = lexicon().daypart_adv
    counts: dict[str, int] = {}
    seen: set[tuple[int, str]] = set()  # a day counts once per sentence ("the next day, 03.05")
    for i, t in enumerate(timexes):
        if t.kind == "interval" or t.certainty in ("before", "after") or i in roles:
            continue
        if "date" in t.inferred and (t.kind == "datetime" or _fold(t.text) in parts or "week" in t.inferred):
            continue  # "19:50", "overnight": dated by the text around them, no day of their own (nor a weekday
            # counted in the week of the page's latest day: `rashomon.time.anchor._Context.page_week`)
        if blocked and any(a <= t.span[0] < b for a, b in blocked):
            continue
        d = _date_part(t.value)
        if f.says_day(i) or said_on(doc.text, t.span) or said_after(doc.text, t.span):
            continue  # "officials said on Monday", "said on 2 May that": the day of saying, not of the event
        sent = doc.sentence_at(t.span[0]) if doc.sentences else None
        key = (sent.span[0] if sent else t.span[0], d)
        if _is_day_str(d) and key not in seen:
            seen.add(key)
            counts[d] = counts.get(d, 0) + 1
    full = {d: n for d, n in counts.items() if len(d) == 10} or counts  # "--12-16" until the corpus gives a year
    best = max(full, key=lambda d: full[d]) if full else None  # first-seen order breaks ties
    return best, (full[best] if best else 0)


def event_period(doc: Document, timexes: list[TimeExpr]) -> str | None:
    """The event a document reports: a day range stated in its first paragraphs when the most stated
    day falls inside it (or no day is stated), else the most stated day (when no day is stated twice,
    the first one named up to the report date: ``2014-05-02/2014-05-03``); None when neither exists."""
    return _facts(doc, timexes).period()


def _event_period(f: _Facts) -> str | None:
    doc, timexes = f.doc, f.timexes
    dom, n = _dominant(f)
    roles = f.roles
    earlier = _anniversary_of(f, dom)
    if earlier is not None:
        return earlier
    lead_end = _lead_end(doc)
    if dom is None:
        dom = _today_event(f)
        n = 1 if dom is not None else 0
    best = dom
    if dom is not None and dom == f.report():
        # "Нұр-Сұлтан, 10 маусым. 9 маусым, жексенбі күні, ... шықты": a lead that names an earlier
        # day than the report's own (its most stated: the follow-up "on Monday, 10 June, ...") reports that day
        own = next((t.span[0] for i, t in enumerate(timexes) if i not in roles and _date_part(t.value) == dom), None)
        lead = [_date_part(t.value) for i, t in enumerate(timexes) if t.span[0] < _lead_end(doc, 2) and i not in roles
                and t.kind == "date" and t.certainty == "exact" and not f.says_day(i, True)
                and (own is None or t.span[0] < own)]  # (not a recap after the story's own day: "Нагадаємо, 28 вересня ...")
        lead = [d for d in lead if _is_day_str(d) and _comparable(d, dom) and d < dom]
        if lead:
            dom = best = lead[0]
            n = 1
    if dom is not None and n == 1:  # no day stated twice: the first one named up to the report
        rep = f.report()
        if rep and _comparable(dom, rep) and dom < rep:
            best = f"{dom}/{rep}"
    for i, t in enumerate(timexes):
        if t.span[0] >= lead_end:
            break
        if t.kind != "interval" or i in roles or t.certainty in ("before", "after") or "T" in t.value:
            continue
        a, _, b = t.value.partition("/")
        if not (_is_day_str(a) and _is_day_str(b)):
            continue
        if dom is None or (len(a) == 10 and a <= dom <= b):
            best = t.value
            break
        if n == 1 and len(a) == 10 and len(dom) == 10 and t.anchor == "explicit" and dom < a \
                and _days_between(dom, a) <= 3:
            # "12—14 февраля 1990 года" in the lead, and each day told once ("11 февраля собрались первые
            # демонстранты"): the period the lead states, not the first day of the prelude
            best = t.value
            break
    return best


def _today_event(f: _Facts) -> str | None:
    """The report's own day named by a word counted from it ("Бүгін таңертең ... өртеніп, 12 адам мерт
    болды", "Сегодня утром ... погибли трое", "This morning ... killed two") in a sentence that counts
    the dead or hurt and has no verb of saying by it: the event's day, when the report states no other day
    (`_count_days` leaves such a word to the report: "the ministry said today")."""
    doc = f.doc
    for i, t in enumerate(f.timexes):
        if i in f.roles or t.kind != "date" or t.anchor != "published" or t.certainty != "exact" \
                or not t.text[:1].isalpha() or _weekday(t.text):  # (not "on Saturday", told in many ways)
            continue
        d = _date_part(t.value)
        if len(d) != 10 or d != f.report():
            continue
        sent = doc.sentence_at(t.span[0]) if doc.sentences else None
        if sent is None or not f.said(sent.span)[0] or saying_near(doc.text, t.span) \
                or said_on(doc.text, t.span) or said_after(doc.text, t.span):
            continue
        return d
    return None


def _anniversary_of(f: _Facts, dom: str | None) -> str | None:
    """The earlier event a retrospective report counts: a day stated at least a year before the day
    ``dom`` it mostly states, on the same day of the year ("1 вересня 2024 року вшанували ... 1
    вересня 2004 року") or in a report whose sentence of either day has an anniversary word
    (``lang/*/time_anniversary.txt``: "twenty years ago", "годовщина"); the first in text order."""
    if dom is None or len(dom) != 10:
        return None
    doc, words = f.doc, _anniversary_finder()
    blocked = [c.span for c in doc.citations if c.span]

    def marked(pos: int) -> bool:
        sent = doc.sentence_at(pos) if doc.sentences else None
        lo, hi = sent.span if sent is not None else (max(0, pos - 200), pos + 200)
        return words.search(doc.text[lo:hi].casefold()) is not None

    dom_marked: bool | None = None
    for i, t in enumerate(f.timexes):
        if i in f.roles or t.kind == "interval" or t.certainty in ("before", "after") or not _dated(t) \
                or (blocked and any(a <= t.span[0] < b for a, b in blocked)):
            continue
        d = _date_part(t.value)
        if len(d) != 10 or _days_between(d, dom) < 365:
            continue
        if d[5:] == dom[5:] or marked(t.span[0]):
            return d
        if dom_marked is None:
            dom_marked = any(marked(u.span[0]) for u in f.timexes if _date_part(u.value) == dom)
        if dom_marked:
            return d
    return None


@functools.cache
def _anniversary_finder() -> re.Pattern[str]:
    words = {w.casefold() for lang in languages() for w in load_list(lang, "time_anniversary")}
    return re.compile(alternation(words))  # (a trie: one character test per level, not one per word)


def _is_day_str(d: str) -> bool:
    return len(d) == 10 or (d.startswith("--") and len(d) == 7)


def _lead_end(doc: Document, paragraphs: int = 3) -> int:
    """The end of the title and the first paragraphs (where a report states what it is about)."""
    seen = 0
    for p in doc.paragraphs:  # the first paragraphs + 1 that are not blank (none: 600 characters)
        if _NON_SPACE.search(doc.text, p.span[0], p.span[1]):
            if seen == paragraphs:
                return p.span[0]
            seen += 1
    return len(doc.text) if seen else min(len(doc.text), 600)


def _upper_bound(f: _Facts, start: str | None = None) -> str | None:
    """``START/D`` up to the report date D: a count that stands on D covers the events before it."""
    d = f.report()
    if d is None:
        return None
    if start is None:
        ev = f.period()
        start = ev.split("/")[0] if ev else None
    if start and _comparable(start, d) and start < d:
        return f"{start}/{d}"
    if start and start == d:
        return d
    return f"../{d}"


def _since_event(f: _Facts, d: str) -> str:
    """``START/D`` when the document's event started before day ``D`` (at most a month before): a
    count given on a later day covers the event up to that day; else ``D``. A period ``A/D`` starts
    at START when START comes before A. (Kept per document and day: asked again for each claim.)"""
    got = f._since.get(d)
    if got is None:
        got = f._since[d] = _since_event_of(f, d)
    return got


def _since_event_of(f: _Facts, d: str) -> str:
    first, sep, last = d.partition("/")
    if len(first) == 4 and first.isdigit() and (not sep or (len(last) == 4 and last.isdigit())):
        start = f.start()  # "a commission set up in 1990 found 8,500 detained", "в 2005 году внесены 147 имён"
        if start and len(start) == 10 and start[:4] < first:
            return f"{start}/{last or first}"  # a later year's count covers the event from its start
        return d
    if len(first) == 7 and not sep and first[:4].isdigit():  # "in May the AP estimated 600 dead"
        start = f.start()
        if start and len(start) == 10 and start[:7] < first and (
                _days_between(start, first + "-01") <= 3 * _START_WINDOW or _after_period(f, first)):
            return f"{start}/{first}"
        return d
    if not _is_day_str(first) or (sep and not _is_day_str(last)):
        return d
    start = f.start()
    if not start or not _is_day_str(start) or not _comparable(start, first) or start >= first \
            or (sep and not _comparable(start, last)):
        return d
    return f"{start}/{last or first}" if _days_between(start, first) <= _START_WINDOW or _after_period(f, first) else d


def _after_period(f: _Facts, day: str) -> bool:
    """Is ``day`` (a day or a month) after the whole event period the document states ("7 August – 2
    September 2014")? Then a count given that day ("In August 2015 the prosecutor gave 366 killed") is
    a later toll of the same event: it covers the event from its start, not a new event of that day."""
    ev = f.period()
    if ev and "/" not in ev:  # a timeline's dated headings ("## Середа, 3 вересня") state its period
        last = _heading_days(f)
        ev = f"{ev}/{last}" if last and _comparable(ev, last) and ev < last else ev
    if not ev or "/" not in ev:  # a stated period, not only the main day ("In November, officials said
        return False             # that 12 had died" after a day in March keeps its month)
    end = _date_part(ev.split("/")[-1])
    if not (_is_day_str(end) or len(end) == 7) or not end[:4].isdigit() or not day[:4].isdigit():
        return False
    return day[: len(end)] > end[: len(day)] if len(day) != len(end) else day > end


def _heading_days(f: _Facts) -> str | None:
    """The last day of a timeline's dated section headings ("## Субота, 30 серпня", "===17 декабря==="):
    at least two headings below the title each opening with a day of its own (a heading's day is no dateline
    or caption, but no report date either), the
    days in order and at most `_START_WINDOW` apart; None otherwise."""
    doc, days = f.doc, []
    for sec in doc.sections:
        if sec.level < 2:
            continue
        got = [f.timexes[i] for i in f.dated_in(sec.span) if f.roles.get(i) in (None, "dateline", "caption")]
        got = [t for t in got if t.kind == "date" and t.certainty == "exact" and _is_day_str(_date_part(t.value))]
        if got:
            days.append(_date_part(got[0].value))
    if len(days) < 2 or days != sorted(days) or not _comparable(days[0], days[-1]) \
            or _days_between(days[0], days[-1]) > _START_WINDOW:
        return None
    return days[-1]


def event_start(doc: Document, timexes: list[TimeExpr]) -> str | None:
    """The first day the document states for the event it reports (see `_event_start`)."""
    return _facts(doc, timexes).start()


def _event_start(f: _Facts) -> str | None:
    """The first day the document states for what happened (not report dates, citations, bounds
    such as "until 5 January", or the day of saying): where a count given later starts. A day more
    than a month before the document's main day (a comparison: "as in Kremenchuk on 27 June 2022")
    is no start; a "since" day near it is ("the toll from Sunday's shooting")."""
    roles = f.roles
    blocked = [c.span for c in f.doc.citations if c.span]
    days, since = [], []
    for i, t in enumerate(f.timexes):
        if i in roles or not _dated(t) or t.certainty == "before" or f.says_day(i) \
                or (blocked and any(a <= t.span[0] < b for a, b in blocked)):
            continue
        d = _date_part(t.value.split("/")[0])
        if _is_day_str(d):  # a year-less day ("--07-08") until the corpus gives the year
            (since if t.certainty == "after" else days).append(d)
    dom = _dominant(f)[0] or f.report()  # no main day ("the toll from Monday's attack rose on Wednesday"): the report's
    if dom and _is_day_str(dom):
        near = [d for d in (*days, *since) if _comparable(d, dom) and d <= dom and _days_between(d, dom) <= _START_WINDOW]
        if near:
            return min(near)
    days = [d for d in days if len(d) == 10] or days
    return min(days) if days else None


def entry_start(doc: Document, timexes: list[TimeExpr]) -> str | None:
    """Where the event of an entry of a feed or a JSON Lines file starts when `event_start` finds no
    day (for the later entries of its file): the first day the entry states for what happened on its
    own publication day ("crashed into an apartment block on Monday evening", published that Monday),
    when no verb of saying stands by it ("officials said on Monday" is when it was said)."""
    f = _facts(doc, timexes)
    blocked = [c.span for c in doc.citations if c.span]
    for i, t in enumerate(timexes):
        if i in f.roles or t.kind != "date" or t.certainty in ("before", "after") or f.says_day(i, True) \
                or (blocked and any(a <= t.span[0] < b for a, b in blocked)):
            continue
        d = _date_part(t.value)
        if len(d) == 10 and d == f.report() and not said_on(doc.text, t.span) and not said_after(doc.text, t.span):
            return d
    return None


_START_WINDOW = 31  # days before the document's main day that can still be its event's start


def _days_between(a: str, b: str) -> int:
    """Days from ISO day ``a`` to ``b`` (a large number when either is not a valid day); year-less
    days (``--07-08``) count within one year."""
    if a.startswith("--") and b.startswith("--"):
        a, b = "2000" + a[1:], "2000" + b[1:]  # 2000: 29 February exists
    try:
        return (dt.date.fromisoformat(b) - dt.date.fromisoformat(a)).days
    except ValueError:
        return 1 << 20


@functools.cache
def _toll_words() -> tuple[str, ...]:
    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_toll_update"))


@functools.cache
def _casualty_words() -> tuple[str, ...]:
    return tuple(w.casefold() for lang in languages() for w in load_list(lang, "time_casualty_words"))


@functools.cache
def _word_finders() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One search for "holds any of `_toll_words`" and one for `_casualty_words` (substrings, as
    ``any(w in text ...)``), each compiled as a trie (`alternation`): a position that starts no word
    costs one character test, not one per word (2-2.5x faster on the sentences of a corpus)."""
    return re.compile(alternation(_toll_words())), re.compile(alternation(_casualty_words()))


def _comparable(a: str, b: str) -> bool:
    return a.startswith("--") == b.startswith("--")


def document_facts(doc: Document, timexes: list[TimeExpr]) -> _Facts:
    """The facts `date_at` reads about ``doc``, for a caller that dates many offsets of one document
    while its expressions do not change: passed as ``facts=``, they are looked up once, not once per
    call (the lookup key covers every expression: a document of thousands of dated claims would
    otherwise cost a pass over its expressions per claim)."""
    return _facts(doc, timexes)


def date_at(doc: Document, timexes: list[TimeExpr], offset: int, *,
            facts: _Facts | None = None) -> tuple[str | None, str | None]:
    """The date governing ``offset``, for a claim's ``when``: ``(iso, how)``.

    In order: ``sentence`` (the most specific date stated in the sentence holding ``offset``; bounds
    such as "до 5 января" and report dates do not date it, but "since 18 February" gives
    ``2014-02-18/D`` up to the report date D, and "as of D" alone gives the event period's start to D),
    ``section`` (the date of the heading above it, e.g. ``===17 декабря===``), ``paragraph`` (the first
    day or month its paragraph names before the figure), ``document`` (`event_period`), ``report``
    (``../D``: some time up to the report date, see `report_date`); ``(None, None)`` when nothing dates it. Inside a citation (a cited
    headline) only ``citation`` (the cited item's date, for a count that is not of casualties),
    ``document`` and ``report`` apply; ``citation`` also dates a sentence a dated reference supports
    when nothing else in its paragraph does. A casualty count dated a later day (or month) than
    the event's start runs from that start: ``2023-01-14/2023-01-16`` (see `_since_event`). Clock
    times alone never date a claim. A value may be year-less (``--12-16``) until
    `rashomon.timeline.reanchor` fills it.

    The document's facts (roles, report date, event period...) are computed once per document and
    expression list (`_Facts`), so each call costs about one pass over the list to recognize them
    (`document_facts` looks them up once for many offsets, passed as ``facts=``).
    """
    f = facts if facts is not None else _facts(doc, timexes)
    roles = f.roles
    in_citation = bool(doc.citations) and any(c.span and c.span[0] <= offset < c.span[1] for c in doc.citations)
    s = doc.sentence_at(offset) if doc.sentences and not in_citation else None
    if s is not None:
        here = f.dated_in(s.span)
        recap = [timexes[i] for i in here if roles.get(i) == "recap"]
        if recap:  # "Ранее в январе в Энске взорвался газ, погиб один человек": that other event's own date
            return _when(recap[0]), "sentence"
        inside = [timexes[i] for i in here if timexes[i].certainty not in ("before", "after") and i not in roles
                  and not f.says_day(i, True)]
        if len(inside) > 1:  # "on Wednesday convicted 12 over the February 2020 unrest, in which 11 died": the
            inside = [t for t in inside if not (  # report's weekday gives way to a date between it and the figure
                t.anchor == "published" and t.kind == "date" and _weekday(t.text) and _date_part(t.value) == f.report()
                and any(t.span[1] <= o.span[0] < offset for o in inside))] or inside
        # "charges were brought against 7, and in 2003 four of them were convicted": a year opening the next clause
        inside = [t for t in inside if len(t.value) != 4 or not _other_clause(doc.text, offset, t.span[0])]
        inside = f.not_other_events(inside)
        if len(inside) > 0:  # "detained 200 on 10 March, and in June 1956 courts sentenced 39": each clause its own date
            own = [t for t in inside if not _linked_clause(doc.text, offset, t.span[0])]
            inside = own if own or all(t.span[0] > offset for t in inside) else inside
        if inside:
            best = max(inside, key=lambda t: (len(_date_part(t.value.split("/")[0])),
                                              not _other_clause(doc.text, offset, t.span[0]), -abs(t.span[0] - offset)))
            casualties, toll = f.said(_row_or(doc, s.span, offset))
            if casualties or toll:  # "26 March: the toll rose to 64", "on Monday 20 were dead"
                got = _since_event(f, _when(best))
                if got == _when(best) and _is_day_str(got) and best.kind == "date" and _said_colon(doc.text, best.span, s.span[0], offset):
                    return f"../{got}", "sentence"  # "У вівторок, 4 квітня, МОЗ уточнило: загинули 14": up to that day
                return got, "sentence"
            return _when(best), "sentence"  # ("in 2003 four of them were convicted": that year's own event)
        since = [timexes[i] for i in here if timexes[i].certainty == "after" and i not in roles
                 and timexes[i].kind != "interval"]
        if since:
            got = _upper_bound(f, _date_part(since[0].value))
            if got and not got.startswith(".."):
                return got, "sentence"
        as_of = [timexes[i] for i in here if roles.get(i) == "as_of" and timexes[i].kind != "interval"]
        if as_of:  # "as of 18 October, 53 are in hospital": from the events' start up to that day
            d = _date_part(as_of[0].value)
            ev = f.period()
            start = ev.split("/")[0] if ev else None
            if start and _comparable(start, d) and start < d:
                return f"{start}/{d}", "sentence"
            return (d if start == d else f"../{d}"), "sentence"
        got = _said_upto(f, here)
        if got:
            return got, "sentence"
    if not in_citation:
        secs = sorted(doc.sections_at(offset), key=lambda x: -x.level) if doc.sections else []
        for k, sec in enumerate(secs):
            head = [timexes[i] for i in f.dated_in(sec.span) if i not in roles
                    and not (sec.level == 1 and "date" in timexes[i].inferred)]  # a title's "түнде", "on Friday"
            if head:  # a live blog's dated heading: a toll under it covers the event up to that day
                if k or _opens_dated(f, offset) or (sec.level == 1 and len(_when(head[0])) == 10):  # under an undated heading, or in a paragraph that opens with its
                    got = _paragraph_date(f, offset)  # own day ("Середа, 29 травня, 12:00 — ..."), the paragraph's date
                    # (so under a title's day: "Дело 27 октября: ..." over "Суд во вторник, 2 декабря, ...")
                    if got:
                        return got, "paragraph"
                sent = doc.sentence_at(offset) if doc.sentences else None
                if sent is not None and f.said(sent.span)[0]:
                    return _since_event(f, _when(head[0])), "section"
                return _when(head[0]), "section"  # "Задержаны 12 человек" under "11 мая": that day's event
        got = _paragraph_date(f, offset) if s is None or not _after_event(doc.text, s.span) else None
        if got:
            return got, "paragraph"
    got = _cited_day(f, offset, s.span if s is not None else None, in_citation)
    if got:
        return got, "citation"
    ev = f.period()
    if ev is not None:
        bound = _background_bound(f, ev, offset)
        if bound is not None:  # the page's only day is another event's, named after the figure: up to the report
            return f"../{bound}", "report"
        return _since_event(f, ev), "document"
    got = _upper_bound(f)
    if got is not None:
        return got, "report"
    posts = [_date_part(timexes[i].value) for i, r in roles.items() if r == "post"]
    if posts:  # a count the page dates only by an embedded post's day: some time up to it
        return f"../{max(posts)}", "report"
    stamp = month_stamp(doc.text)
    if stamp is not None:  # "date 2031-07 <headline>": some time up to the page's month
        return f"../{stamp:%Y-%m}", "report"
    return None, None


_BACKGROUND_GAP = 7  # days before the report day past which a day named late is another event's


def _background_bound(f: _Facts, ev: str, offset: int) -> str | None:
    """The page's report day (or its latest embedded post's day) R when its event period ``ev`` is a
    single day D that dates no figure before it: every mention of D stands after the lead and after the
    paragraph holding ``offset``, and D is more than `_BACKGROUND_GAP` days before R or after it. A lead
    that names no day, then a later paragraph's "the hearing on 2 May" or "On 4 March 2019 gunmen raided
    another school": that day is another event's (a recap, the meeting a fine is for), or a page widget's,
    not the day of the figures above it; they are dated by the report (``../R``) instead. None otherwise."""
    if "/" in ev or not _is_day_str(ev) or ev.startswith("--"):
        return None
    bound = f.report()
    if bound is None:
        posts = [_date_part(f.timexes[i].value) for i, r in f.roles.items() if r == "post"]
        bound = max(posts) if posts else None
    if bound is None or not _is_day_str(bound) or not _comparable(ev, bound):
        return None
    gap = _days_between(ev, bound)
    if -1 <= gap <= _BACKGROUND_GAP or _anniversary(ev, bound):
        return None
    first = f.first_mention(ev)
    if first is None:
        return None
    text = f.doc.text
    line_end = text.find("\n", offset)  # (a page whose lines are its paragraphs is one paragraph to the segmenter)
    if first < max(len(text) if line_end < 0 else line_end, f.lead_end()):
        return None
    return bound


def _anniversary(day: str, report: str) -> bool:
    """``day`` falls in an earlier year within a day of ``report``'s day of the year: a page marking the
    anniversary of its own event ("ten years ago today, on 3 June"), whose one day is that event's."""
    if day[:4] >= report[:4]:
        return False
    return abs(_days_between(report[:4] + day[4:], report)) <= 1


def _said_upto(f: _Facts, here: list[int]) -> str | None:
    """``START/D`` when the sentence's day D is the day something was said ("On 23 March the
    FSB said that 11 had been detained", "В пятницу, 15 июля, полиция сообщила, что погибли 23"): what
    was said happened from the event's start up to that day."""
    text = f.doc.text
    for i in here:
        t = f.timexes[i]
        if i in f.roles or t.kind != "date" or t.certainty in ("before", "after"):
            continue
        d = _date_part(t.value)
        if not _is_day_str(d) or not (said_on(text, t.span) or (said_after(text, t.span) and any(c.isdigit() for c in t.text))):
            continue  # ("В понедельник МВД сообщило, что": a weekday opening the sentence gives way to the story's day)
        start = f.start()
        if start and _is_day_str(start) and _comparable(start, d) and start < d and _days_between(start, d) <= _START_WINDOW:
            return f"{start}/{d}"
        return None  # no earlier start known: the paragraph, the document or the report dates it
    return None


def _cited_day(f: _Facts, offset: int, sent: tuple[int, int] | None, in_citation: bool) -> str | None:
    """The date of the item a cited headline comes from, or of the item cited for its sentence ("The
    court remanded four<ref>...|date=2024-03-24</ref>"), for a count that is no running casualty
    count (those keep the event's period): an arrest or a sentence is reported when it happens."""
    doc = f.doc
    for c in doc.citations:
        if not c.date or len(c.date) < 7 or not c.date[:4].isdigit():
            continue
        if in_citation:
            hit = c.span is not None and c.span[0] <= offset < c.span[1]
            text_span = c.span
        else:
            hit = sent is not None and c.anchor is not None and sent[0] <= c.anchor[0] < sent[1] + 2
            text_span = sent
        if hit:
            return None if text_span is None or f.said(text_span)[0] else c.date[:10]
    return None


def _opens_dated(f: _Facts, offset: int) -> bool:
    """Does the paragraph holding ``offset`` open with a day of its own (a timeline's inline entry
    "Середа, 29 травня, 12:00 — ...", "**28 May** — ...")?"""
    for p in f.doc.paragraphs:
        if p.span[0] <= offset < p.span[1]:
            text = f.doc.text
            start = p.span[0]
            while start < p.span[1] and text[start] in " \t*_#>-•":
                start += 1
            for i in f.dated_in(p.span):
                t = f.timexes[i]
                if t.span[0] <= start + 12 and t.kind == "date" and i not in f.roles and _is_day_str(_date_part(t.value)):
                    return text[start : t.span[0]].count(" ") <= 1  # a weekday at most before the day
            return False
    return False


def _paragraph_date(f: _Facts, offset: int) -> str | None:
    """The first day or month the paragraph holding ``offset`` names before it (a year alone is
    background, a day named after the figure is another event's); from the event's start up to it
    when the sentence counts casualties."""
    doc, timexes, roles = f.doc, f.timexes, f.roles
    p = f.paragraph_at(offset)
    if p is None:
        return None
    inside = [timexes[i] for i in f.dated_in(p.span)
              if timexes[i].certainty not in ("before", "after") and i not in roles
              and len(_date_part(timexes[i].value.split("/")[0])) > 4  # a year alone is background
              and not f.says_day(i, True)]
    before = [t for t in f.not_other_events(inside) if t.span[0] < offset]  # a day named after the figure is another event's
    if before:  # a running count later in the paragraph covers the event up to that day
        sent = doc.sentence_at(offset) if doc.sentences else None
        if sent is not None and len(before) > 1 and _tells_that_day(doc.text, sent.span):
            last = [t for t in before if t.span[0] < sent.span[0] and _is_day_str(_date_part(t.value))]
            before = last[-1:] or before  # "В понедельник, 12 февраля, ... В тот вечер погибли пятеро": that day
        if sent is not None and f.said(sent.span)[0]:
            d = _when(before[0])
            got = _since_event(f, d)
            if got == d and d == f.report() and before[0].span[0] < sent.span[0] and not _counts_at(f, before[0]):
                return f"../{d}"  # "On Saturday, 29 April, rescuers ended the search. 23 died": a count as of the report's day
            if got == d and _is_day_str(d) and before[0].span[0] < sent.span[0] and _said_day(f, before[0]):
                return f"../{d}"  # "У вівторок МОЗ уточнило: загинули 14. Раніше повідомлялося про 11": as of that day
            return got
        d = _when(before[0])
        if sent is not None and before[0].span[0] < sent.span[0] and _is_day_str(d) and _count_day(f, before[0]):
            return _since_event(f, d)  # "В ночь на понедельник Меликов говорил о 15 погибших. НАК называл пятерых": said by then
        return d
    return None


@functools.cache
def _that_day_finder() -> re.Pattern[str] | None:
    words = {w.casefold() for lang in languages() for w in load_list(lang, "when_that_day")}
    return re.compile(r"(?<!\w)(?:" + alternation(words) + r")(?!\w)") if words else None


def _tells_that_day(text: str, span: tuple[int, int]) -> bool:
    """Does the sentence at ``span`` refer back to a day ("в тот вечер", "that day", «сол күні»;
    ``lang/*/when_that_day.txt``)?"""
    finder = _that_day_finder()
    return finder is not None and finder.search(text[span[0]:span[1]].casefold()) is not None


def _count_day(f: _Facts, t: TimeExpr) -> bool:
    """Is ``t`` the day a count of casualties was given at, in its own sentence ("Ще в ніч на понеділок
    Мєліков казав про «понад 15» загиблих", "On 24 June the ministry said that 25 were hurt")? A rival
    count in a later sentence of the paragraph ("НАК натомість називав п'ятьох") was given by then."""
    sent = f.doc.sentence_at(t.span[0]) if f.doc.sentences else None
    if sent is None or t.kind != "date":
        return False
    return f.said(sent.span)[0] or said_on(f.doc.text, t.span) or said_after(f.doc.text, t.span)


def _counts_at(f: _Facts, t: TimeExpr) -> bool:
    """Whether the sentence holding ``t`` states the event itself: a time of day, or a number besides
    the date ("on Friday the strike killed 19"); not "On Saturday, 29 April, rescuers ended the search"."""
    sent = f.doc.sentence_at(t.span[0]) if f.doc.sentences else None
    if sent is None or t.kind != "date":
        return True
    text = f.doc.text
    rest = text[sent.span[0]:t.span[0]] + " " + text[t.span[1]:sent.span[1]]
    return any(c.isdigit() for c in rest)


_CLAUSE_END = re.compile(r"[,;:]\s|\s[—–-]\s")


def _other_clause(text: str, offset: int, at: int) -> bool:
    """A date after the figure and past a clause break belongs to the next clause ("21 died in
    Kremenchuk on 27 June, and in Vinnytsia on 14 July — 28")."""
    return at > offset and _CLAUSE_END.search(text, offset, at) is not None


@functools.cache
def _clause_link_finder() -> re.Pattern[str] | None:
    words = {w.casefold() for lang in languages() for w in load_list(lang, "time_clause_links")}
    if not words:
        return None
    return re.compile(rf"(?:;|,)\s+(?:{alternation(words)})\s", re.IGNORECASE)


def _linked_clause(text: str, offset: int, at: int) -> bool:
    """A date and the figure at ``offset`` on either side of a comma and a word opening a new clause
    (``lang/*/time_clause_links.txt``: ", and", ", а", ", ал") or a semicolon."""
    finder = _clause_link_finder()
    if finder is None:
        return False
    lo, hi = (offset, at) if at > offset else (at, offset)
    return finder.search(text, lo, hi) is not None


def _row_or(doc: Document, span: tuple[int, int], offset: int) -> tuple[int, int]:
    """A table row ("| SES (17 January) | 45 | 79 |") says what it counts in its header: the table's
    paragraph then stands for the sentence."""
    if doc.text.count("|", span[0], span[1]) < 2 and doc.text.count("\t", span[0], span[1]) < 2:
        return span
    for p in doc.paragraphs:
        if p.span[0] <= offset < p.span[1]:
            return p.span
    return span


@functools.cache
def _event_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Stems of ``when_other_events`` and phrases of ``when_after_event`` of every language, lower-cased."""
    other = {w.lower() for lang in languages() for w in load_list(lang, "when_other_events")}
    after = {w.lower() for lang in languages() for w in load_list(lang, "when_after_event")}
    return tuple(sorted(other)), tuple(sorted(after))


_GAP_WORDS = re.compile(r"[^\W\d_]+")
_NON_SPACES = re.compile(r"\S*")


def _other_event(text: str, span: tuple[int, int]) -> bool:
    """A date that names when another event took place ("the parliamentary election held on Sunday, 4
    October", «выборов 4 октября», «4 қазандағы сайлау»): an election-like noun at most three words
    before it in its clause, or within two words after it in its clause ("с 18 по 20 апреля объявлен траур"),
    or (Kazakh word order) within two words after its ``-ғы`` form."""
    stems = _event_words()[0]
    if not stems:
        return False
    lead = text[max(0, span[0] - 40) : span[0]]
    lead = lead[max(lead.rfind(c) for c in ".;:!?\n") + 1 :].lower()
    if "," in lead.rstrip(" ,"):  # "the election held on Sunday, 4 October", not "after the election, on Sunday"
        lead = lead[lead.rstrip(" ,").rfind(",") + 1 :]
    if any(w.startswith(stems) for w in _GAP_WORDS.findall(lead)[-4:]):
        return True
    tail = text[span[1] : span[1] + 30]
    tail = tail[: min((k for k in (tail.find(c) for c in ".,;:!?\n") if k >= 0), default=len(tail))].lower()
    if any(w.startswith(stems) for w in _GAP_WORDS.findall(tail)[:2]):
        return True  # "с 18 по 20 апреля объявлен траур", "20 April was declared a day of mourning"
    word_end = _NON_SPACES.match(text, span[1]).end()
    if not text[max(span[0], word_end - 3) : word_end].lower().endswith(("ғы", "гі", "қы", "кі")):
        return False
    return any(w.startswith(stems) for w in _GAP_WORDS.findall(text[word_end : word_end + 30].lower())[:2])


@functools.cache
def _saying_words() -> tuple[str, ...]:
    return tuple(sorted({w.casefold() for lang in languages() for w in load_list(lang, "time_saying_words")}))


def _said_colon(text: str, span: tuple[int, int], start: int, offset: int) -> bool:
    """A day opening the sentence, then a speaker, a verb of saying and a colon before the figure ("У
    вівторок, 4 квітня, МОЗ Росії уточнило: загинули 14", "On Tuesday the ministry said: 14 died"):
    the day the count was given, not the day of the deaths."""
    if len(_GAP_WORDS.findall(text[start : span[0]])) > 1 or not span[1] < offset:
        return False
    colon = text.find(":", span[1], offset)
    if colon < 0:
        return False
    words = _GAP_WORDS.findall(text[span[1] : colon].casefold())
    return 0 < len(words) <= 6 and any(w.startswith(_saying_words()) for w in words)


def _said_day(f: _Facts, t: TimeExpr) -> bool:
    """Is ``t`` the day a count was given at (`_said_colon` in its own sentence)?"""
    sent = f.doc.sentence_at(t.span[0]) if f.doc.sentences else None
    return sent is not None and t.kind == "date" and _said_colon(f.doc.text, t.span, sent.span[0], sent.span[1])


def _not_other_events(text: str, ts: list[TimeExpr]) -> list[TimeExpr]:
    """``ts`` without the dates of another event ("the election held on Sunday, 4 October") and the
    expressions counted from them ("overnight": the same value)."""
    other = {t.value for t in ts if _other_event(text, t.span)}
    return [t for t in ts if t.value not in other] if other else ts


def _after_event(text: str, span: tuple[int, int]) -> bool:
    """Does the sentence open with "after the attack" («После теракта», «Жарылыстан кейін»)? It
    counts from the event itself, not from the date of the sentence before it."""
    phrases = _event_words()[1]
    head = _SPACES.sub(" ", text[span[0] : span[0] + 60].lower()).lstrip(" *-–—\"«")
    return head.startswith(phrases) and any(head.startswith(p) and head[len(p) : len(p) + 1] in ("", " ", ",") for p in phrases)
