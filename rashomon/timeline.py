"""Timeline: dated events per document (`events_from`), years filled across documents (`reanchor`),
then the same event matched across documents (`build_timeline`).

What counts as an event (sentence level; chronology lines "12:52 ..." count as sentences): a sentence
that states a day ("16 декабря", "On Monday 19.12", "until January 5", "вчера", "on Tuesday" counted
back from the report's date, "вечером"), a clock time ("12:52" under a dated heading takes the
heading's date), a range of days as its first day ("4–7 января", "10 to 14 June 2010"), a month of an
explicit year, or of a guessed year that is the year of the document's main day ("in September"),
that no dated day of the document falls in ("In June 1989"), or a year (also "in early 2007") as the
only date of a sentence naming a kind of event. A sentence stating a day and a clock time on it gives
the time only; a "since" date next to another date only bounds it. Not events: other years alone,
intervals of clock times (curfew hours), months of another guessed year, a time in brackets restating
another in a second zone ("19.45 hours (20.45 Moscow time)"), citations, publication notes
("published on 2 May 2016", see `rashomon.time.when`), bylines, datelines and post headers (a short
line near the start or end of a document, or stamped with a clock time, or a line near the start
closing with ", September 2006"), the date a table row gives its source's figures ("| SES (17
January) | 45 |"), except a statement's own stamp with a zone ("28 October 2023, 18:00 Astana time
(UTC+6)"), a day written as an event's owner next to another day of its sentence ("said on Monday
that seven died in Saturday's attack": Monday's). A document naming the same day again usually names the same event: one entry per day and
part of the day ("morning, 17.12" and "the evening of 17.12" are two; a plain "17.12" joins the
first, not the first day of a range), the first explicit mention, else a relative day, else the date
of the heading above the sentence; a chronology item ("4 May — ...", "- **19:50** — ...") keeps its
own entry.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
import sys
from array import array
from collections import Counter, defaultdict

from .document import Document
from .langdata import languages, load_list, load_map
from .model import Claim, Mention, TimeExpr, TimelineEvent, stable_id
from .time.anchor import _background_year
from .time.label import make_label
from .time.scheduled import scheduled
from .time.years import document_years

LABEL_MAX = 80
MAX_XREF = 20  # cross-references (also, conflicts) listed per timeline entry; the rest are counted
_WORD = re.compile(r"\w+")
_LEAD = re.compile(r"^[\s,;:.\-–—()]*(?:(?:on|in|at|of|since|until|by|from|as of|в|во|на|с|до|у|з|о|від)\s+)*[\s,;:.\-–—()]*",
                   re.IGNORECASE)
_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"^(?:\d{4}|-)-\d{2}$")


_REL_MEMO: list = [None, frozenset()]  # (the time lexicon, its relative words): built once, not per document


def _relative_words() -> frozenset[str]:
    from .time.lexicon import lexicon

    lx = lexicon()
    if _REL_MEMO[0] is not lx:
        _REL_MEMO[:] = [lx, frozenset(lx.relative)]
    return _REL_MEMO[1]


@functools.cache
def _kinds() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in languages():
        out.update({k.casefold(): v for k, v in load_map(lang, "event_kinds").items()})
    return out


@functools.cache
def _kind_index() -> tuple[dict[str, str], tuple[tuple[str, str], ...], frozenset[str]]:
    """`_kinds`, its entries of several words, and the first two characters of its entries (a word
    starting otherwise has no stem among them)."""
    kinds = _kinds()
    return kinds, tuple((w, k) for w, k in kinds.items() if " " in w), frozenset(w[:2] for w in kinds if len(w) >= 2)


def event_kinds(text: str) -> set[str]:
    """Kinds of event a text reports (shooting, rally, detention...), from ``lang/*/event_kinds.txt``
    (a one-word entry is a stem; an entry of several words must appear as written)."""
    kinds, multi, heads = _kind_index()
    folded = text.casefold()
    out = {k for w, k in multi if w in folded}
    for w in _WORD.findall(folded):
        if w[:2] not in heads:
            continue
        for n in range(min(len(w), 14), 1, -1):
            k = kinds.get(w[:n])
            if k:
                out.add(k)
                break
    return out


def _units(doc: Document) -> list[tuple[int, int]]:
    """Sentences, with chronology lines ("12:52 ...") split off even when the segmenter joined them."""
    text = doc.text
    spans = [s.span for s in doc.sentences] or [(0, len(text))]
    out = []
    for a, b in spans:
        start = a
        nl = text.find("\n", a, b)
        while nl != -1:
            cut = nl + 1
            if text[start:cut].strip():
                out.append((start, nl))
            start = cut
            nl = text.find("\n", cut, b)
        if text[start:b].strip():
            out.append((start, b))
    return out


def _is_eventive(t: TimeExpr, rel: set[str], main_year: int | None = None) -> bool:
    if t.kind == "interval" or t.kind == "time":
        return False
    v = t.value
    date = v.split("T")[0]
    if len(date) == 4 or date.count("-") == 0:  # a year alone
        return False
    if _MONTH.match(date):  # a month of a guessed year only in the year of the document's main day
        return not date.startswith("--") and ("year" not in t.inferred or int(date[:4]) == main_year)
    return True


def _label(text: str, span: tuple[int, int], cut: list[tuple[int, int]]) -> str:
    """A sentence without its dates, as `_is_dateline` counts its words (labels: `time.label.make_label`)."""
    parts, pos = [], span[0]
    for a, b in sorted(cut):
        if a >= pos:
            parts.append(text[pos:a])
            pos = b
    parts.append(text[pos:span[1]])
    s = " ".join(" ".join(parts).split())
    s = _LEAD.sub("", s).strip(" ,;:-–—")
    s = re.sub(r"\s+([,.;:)])", r"\1", s)
    if len(s) > LABEL_MAX:
        s = s[:LABEL_MAX].rsplit(" ", 1)[0].rstrip(",;:") + "…"
    return s[:1].upper() + s[1:]


SHORT_SPELL = 120  # minutes: "shots were heard from 22:30 to 23:00" is an event at 22:30, curfew hours are not


def _lifespan(text: str, t: TimeExpr) -> bool:
    """A span of ten years or more in brackets ("Roe Jane (11.03.1975 - 04.05.2031)", "(1950–2031)"): a
    person's birth and death, no event."""
    a, _, b = t.value.partition("/")
    if t.kind != "interval" or not (a[:4].isdigit() and b[:4].isdigit()) or int(b[:4]) - int(a[:4]) < 10:
        return False
    return text[:t.span[0]].rstrip().endswith("(") and text[t.span[1]:].lstrip().startswith(")")


def _start_of(t: TimeExpr) -> TimeExpr:
    """A range of days ("4–7 января", "10 to 14 June 2010") as the event of its first day, a short spell
    of clock times on one day ("примерно с 22:30 до 23:00") as the event of its start; others as they are."""
    if t.kind != "interval":
        return t
    if "T" in t.value:
        return _spell_start(t)
    a, _, b = t.value.partition("/")
    if not (_FULL.match(a) or (a.startswith("--") and len(a) == 7)) or len(b) != len(a):
        return t
    return TimeExpr(span=t.span, text=t.text, value=a, kind="range_start", tz=None, certainty=t.certainty,
                    anchor=t.anchor, inferred=t.inferred)


def _spell_start(t: TimeExpr) -> TimeExpr:
    """A clock interval of at most `SHORT_SPELL` minutes as a time at its start; a longer one (curfew
    hours, opening hours) stays an interval, which is no event."""
    a, _, b = t.value.partition("/")
    try:
        start, end = dt.datetime.fromisoformat(a[:16]), dt.datetime.fromisoformat(b[:16])
    except ValueError:
        return t
    if not dt.timedelta(0) < end - start <= dt.timedelta(minutes=SHORT_SPELL):
        return t
    return TimeExpr(span=t.span, text=t.text, value=a, kind="datetime", tz=t.tz, certainty=t.certainty,
                    anchor=t.anchor, inferred=t.inferred)


def _chronology_item(text: str, u: tuple[int, int], t: TimeExpr) -> bool:
    """A chronology entry: a line or list item that opens with its date and a dash ("4 May — ...",
    "- **19:50** — ..."), or with an emphasized date ("**19:50** ...")."""
    if not (u[0] <= t.span[0] <= u[0] + 12 and _ITEM.fullmatch(text, u[0], t.span[0])):
        return False
    return bool(text[u[0]:t.span[0]].strip()) or bool(_DASH.match(text, t.span[1], min(u[1], t.span[1] + 30)))


_ITEM = re.compile(r"\s*(?:(?:[-*•–—]\s+)?(?:\*\*|__)?)\s*")
_DASH = re.compile(r"[^—–\n.;]{0,25}?\s[—–-]\s")


def events_from(doc: Document, timexes: list[TimeExpr], claims: list[Claim], mentions: list[Mention],
                other_events: list[tuple[tuple[int, int], str | None]] = ()) -> list[TimelineEvent]:
    """Timeline candidates of one document: one per dated event stated in a sentence. ``other_events``: spans and
    dates of the tolls the claims stage found to be an earlier event's ("In 2025 a blast in the same mine killed
    37" on a page of 2029): a row of that sentence and that year is the earlier event's, no row."""
    from .time.when import dominant_date, post_day, report_date, report_roles

    rel = _relative_words()
    roles = report_roles(doc, timexes)
    today = report_date(doc, timexes)
    main = dominant_date(doc, timexes)
    main_year = int(main[:4]) if main and main[:4].isdigit() else None
    report = {timexes[i].span for i, r in roles.items() if r in ("published", "dateline", "caption")}
    recurring = {timexes[i].span for i, r in roles.items() if r in ("recurring", "recap", "future")}  # "20 January has been a day of mourning since 1990"
    report |= _report_clocks(doc.text, timexes, report)
    as_of = {timexes[i].span for i, r in roles.items() if r == "as_of"}
    report_days = {t.value[:10] for t in timexes if t.span in report and _FULL.match(t.value)}
    report_years = {t.value[:10] for t in timexes if t.span in report and _FULL.match(t.value) and "year" not in t.inferred}
    lifespans = {t.span for t in timexes if _lifespan(doc.text, t)}
    timexes = [_start_of(t) for t in timexes]
    night_ends = {_next_day(t.value) for t in timexes if _night_start(doc.text, t)}
    blocked = [c.span for c in doc.citations if c.span]
    headings = [s for s in doc.sections if s.level > 1]
    cands: list[tuple[int, int, TimeExpr, tuple[int, int]]] = []  # (rank, order, timex, unit)
    clocks = Counter(t.value[:16] for t in timexes if "T" in t.value)  # a day and clock time, named how often
    units = _units(doc)
    by_unit: dict[tuple[int, int], list[TimeExpr]] = defaultdict(list)
    ui = 0
    for t in sorted(timexes, key=lambda t: t.span):
        while ui < len(units) and units[ui][1] <= t.span[0]:
            ui += 1
        if ui < len(units) and units[ui][0] <= t.span[0]:
            by_unit[units[ui]].append(t)
    entry_days: dict[int, set[str]] = {}  # start of a blog's entry header -> its days
    for n, u in enumerate(units):
        ts = by_unit.get(u, [])
        year = _update_year(doc.text, u) if not ts else None  # "Update 1989" over the lines it dates
        if not ts and year is None:
            continue  # (most sentences: no date, so no candidate; told before the tests below)
        if any(a <= u[0] < b or u[0] <= a < u[1] for a, b in blocked):
            continue
        if any(h.span[0] <= u[0] and u[1] <= h.span[1] + 8 for h in headings):
            continue  # a heading dates the sentences under it (below)
        if _sources_line(doc.text, u):
            continue  # "Источники: ТАСС, 20–22 января 1990 года; ...": the sources' dates, no event
        if _post_credit(doc.text, u) or _photo_caption(doc.text, u):
            continue  # "— Radio Ozerk (@ozerkradio) May 3, 2031": an embedded post's date; a photo's caption
        ts = [year] if year is not None else ts
        entry = _update_entry(doc.text, u, ts)
        if entry:
            entry_days[u[0]] = {t.value[:10] for t in ts}
        stamp = year is not None or _statement_stamp(doc.text, u, ts) or entry
        if ts and _weather(doc.text, u) and not _has_claim(claims, u):
            continue  # "At 22:00 the temperature fell to minus 30": a weather remark, no event
        good = [t for i, t in enumerate(ts) if _is_eventive(t, rel, main_year) and not _alternative(doc.text, ts, i)
                and (t.span not in report or stamp) and not _source_date_cell(doc.text, u, t) and t.span not in lifespans
                and not _recurring(doc.text, u, t) and t.span not in recurring
                and not scheduled(doc.text, t.span[0]) and not _signature(doc.text, t)  # "вибори на 5 січня"
                and not _first_day_saying(doc.text, t) and not _day_to_come(doc, t, today)
                and not post_day(doc.text, t.span[0])]  # "... — Radio Ozerk (@ozerkradio) May 3, 2031"
        if len(good) > 1 and not all(_backref_day(doc.text, t) for t in good):
            good = [t for t in good if not _backref_day(doc.text, t)]  # "said on Monday ... in Saturday's attack"
        if not good:  # "He died in 2016", "У 2021 році суд засудив": a year alone dates a stated event
            good = [t for t in ts[:1] if t is year or (_year_event(doc.text, u, t, ts) and t.span not in recurring)]
        if good and not stamp and _is_dateline(doc, units, n, u, ts, clocks):
            continue
        if good and not stamp and not _WORD.search(_label(doc.text, u, [x.span for x in ts])) \
                and not _has_claim(claims, u) and not _opens_entry(doc.text, u) and not _wrapped_part(doc.text, u) \
                and not any("T" in t.value for t in ts):  # (an infobox's "c. 23:20 EEST" is the event's time)
            continue  # "КИЕВ. 28 июня. УНН.", a line "12 January 2026" alone: a date with no event told
        if good and all(t.value[:10] in report_days and (bool(t.inferred) or t.value[:10] in report_years)
                        for t in good) and _anniversary(doc.text, u):  # (not "65 years ago, on 1 August 1959, ..."
            # under a dateline "1 August" whose year was guessed from that very day)
            continue  # "Жезқазған, 26 маусым 2024 — ... бүгін 70 жыл толды": the report's day of remembrance
        if good and _clock_item(doc.text, u, ts):  # "**16:00** — ... died, detained on 9 August": an earlier day is background
            # and another clock time inside the item is its detail, not an entry ("08:40 — ... stopped at about
            # 09:30", "16:00 — ... ultimatum: by 18:00", "21:00 — decree ... from 00:00 on 20 January")
            good = [t for t in good if t is ts[0] or ("T" not in t.value and (not _FULL.match(t.value)
                                                                             or t.value[:10] >= ts[0].value[:10]))]
        if good and all(t.kind in ("interval", "range_start") for t in good) and _research_period(doc.text, u):
            continue  # "Our monitors interviewed 112 families between 20 July and 25 August": the study's period
        if good and _month_bound_of_count(doc.text, good) and _has_claim(claims, u):
            continue  # "killed at least 1,348 civilians by the end of April 2022": the count's bound, no event
        if any(t.certainty != "after" for t in good):  # "said on Saturday that 26 were killed since Wednesday"
            days = {t.value.split("T")[0] for t in good if t.certainty != "after"}  # (not "вчера с двух часов дня")
            good = [t for t in good if t.certainty != "after" or ("T" in t.value and t.value.split("T")[0] in days)]
        elif good and _MONTH.match(good[0].value.split("/")[0]) and _has_claim(claims, u):
            continue  # "9,900 civilians had been killed since February 2022": the count's period, no event
        good = _drop_bare_dayparts(good)
        if night_ends:  # "в ночь на 29 июля ... Утром ведомство сообщало о 40 погибших": the night's morning
            good = [t for t in good if not (t.value in night_ends and _bare_daypart(t) and not _line_head(doc.text, t))]
        timed = {t.value.split("T")[0] for t in good if "T" in t.value}
        good = [t for t in good if "T" in t.value or t.value not in timed  # "2 May, 15:45": the time says it
                or _night_start(doc.text, t)]  # (not "У ніч на 29 липня, близько 23:20 ... 28 липня": two rows)
        seen = set()
        for t in good:
            if t.value in seen or any(u[0] <= a < u[1] and w and t.value[:4] == w[:4] for (a, _b), w in other_events):
                continue
            if not entry and t.text.casefold() in rel and t.value in entry_days.get(_paragraph_start(doc.text, u[0]), ()):
                continue  # "Update 29.12 20.00\nOur President said today": the entry's own event
            seen.add(t.value)
            if not _daypart(t.text):  # "В тот же день вечером": the entry is the evening's
                t = next((x for x in good if x.value == t.value and _daypart(x.text)), t)
            cands.append((1 if t.text.casefold() in rel else 0, n, t, u))
    for h in headings:  # a dated heading dates the first sentence under it when that has no date of its own
        ht = [t for t in timexes if h.span[0] <= t.span[0] < h.span[1] and _is_eventive(t, rel, main_year)
              and t.span not in as_of]  # "Losses (as of 27 June)": a caption's date is no event
        status = _status_time(timexes, h.span, as_of)
        if status is not None:  # "Casualties, 8 July 2024 (as of 09:00, 9 July)": the table's status time
            by_unit[h.span] = [t for t in timexes if h.span[0] <= t.span[0] < h.span[1]]
            cands.append((2, -1, status, h.span))
            continue
        if not ht:
            continue
        first = next((i for i, u in enumerate(units) if h.span[1] <= u[0] < h.body[1]), None)
        if first is not None and not any(_is_eventive(t, rel, main_year) for t in by_unit.get(units[first], [])) \
                and not _header_row(doc.text, units[first]):
            cands.append((2, first, ht[0], units[first]))
    cands, later = _month_background(cands, claims)
    best: dict[tuple, tuple[int, int, TimeExpr, tuple[int, int]]] = {}
    for c in cands:
        # "the internet was cut from 2 July" and "on 2 July the president came": a "since" day is its own entry
        key = (c[2].value, _daypart(c[2].text) or _night_before(doc.text, c[2]), c[3] if _chronology_item(doc.text, c[3], c[2]) else None,
               c[2].certainty in ("after", "before") and not _has_claim(claims, c[3]))  # "since 18 May, 77 died": a count's period
        if key not in best or c[:2] < best[key][:2]:
            best[key] = c
    # "Saturday morning, 17.12" and "the evening of 17.12" are two events; a plain "17.12" joins the first
    # (not the first day of a range: "clashes on 17-18 March" and "on the morning of 17 March" are two)
    for key in [k for k in best if k[1] is None and k[2] is None and best[k][2].kind != "range_start"]:
        parts = [k for k in best if k[0] == key[0] and k[1] is not None and k[2] is None and k[3] == key[3]
                 and best[k][2].kind != "range_start"]  # "on 16 May ... in the night of 16 to 17 May": two
        if parts:
            first = min(parts, key=lambda k: best[k][:2])
            # "16 March ... The evening of the same day, ...": a part of a day named back is a later event
            if best[key][0] == 1 and best[key][1] < best[first][1]:
                continue  # "the next day fighting went on ... On the evening of 29 April a ceasefire": two events
            if best[key][1] > best[first][1] or not _same_day_part(by_unit.get(best[first][3], []), rel):
                best[first] = min(best[first], best.pop(key), key=lambda c: c[:2])
    days_with_events = {k[0].split("T")[0] for k, c in best.items() if len(k[0].split("T")[0]) >= 10
                        and c[2].kind != "range_start"}  # "in June 2010" is no background to "10 to 14 June"
    out = []
    by_start = sorted(mentions, key=lambda m: m.span[0])  # a unit's mentions by bisection
    m_starts = [m.span[0] for m in by_start]
    c_order = sorted(range(len(claims)), key=lambda k: claims[k].span[0])  # a unit's claims by bisection,
    c_starts = [claims[k].span[0] for k in c_order]  # then in their own order
    for _rank, _n, t, u in sorted(best.values(), key=lambda c: (c[3], c[2].span)):
        v = t.value
        if len(v) == 7 and any(d.startswith(v) for d in days_with_events) and id(t) not in later:
            continue  # "in December 2011" is background to the December days the text dates
        out.append(TimelineEvent(
            id=stable_id("t", doc.id, u[0], u[1], v), doc=doc.id, when=v,
            label=make_label(doc.text, *_label_unit(doc.text, u, by_unit)) or doc.text[u[0]:u[1]].strip()[:LABEL_MAX],
            span=u, quote=doc.text[u[0]:u[1]], tz=t.tz, certainty=t.certainty, anchor=t.anchor or "explicit",
            claims=[claims[k].id for k in sorted(c_order[bisect.bisect_left(c_starts, u[0]):bisect.bisect_left(c_starts, u[1])])],
            entities=sorted({m.entity or m.canonical or m.key or m.text
                             for m in by_start[bisect.bisect_left(m_starts, u[0]):bisect.bisect_left(m_starts, u[1])]}),
        ))
    return out


def _month_background(cands: list, claims: list[Claim]) -> tuple[list, set[int]]:
    """A month alone ("in September 2006") is background to the days of that month the text dates after
    it, but its own event when it opens a sentence that states a figure after all of them ("В сентябре
    2006 года были уволены 3 руководителя", after the riots of 2-3 September; not "In December 2011
    strikes went on"): the candidates without the background ones, and the ids of the months that
    come later."""
    last_day: dict[str, int] = {}  # month -> start of the last sentence that dates one of its days
    for c in cands:
        v = c[2].value.split("T")[0]
        if len(v) >= 10 and c[2].kind != "range_start":
            last_day[v[:7]] = max(last_day.get(v[:7], -1), c[3][0])
    later = {id(c[2]) for c in cands if len(c[2].value) == 7 and c[2].value in last_day and c[3][0] > last_day[c[2].value]
             and _opens_with_month(c[2], c[3]) and _has_claim(claims, c[3])}
    return [c for c in cands if len(c[2].value) != 7 or c[2].value not in last_day or id(c[2]) in later], later


def _opens_with_month(t: TimeExpr, u: tuple[int, int]) -> bool:
    """The month name itself opens the sentence, after at most a preposition ("В сентябре 2006 года",
    "Мамыр айында"; not "До кінця серпня", "Станом на кінець жовтня", "погибших ... в августе")."""
    from .time.lexicon import lexicon

    first = t.text.split(maxsplit=1)[0] if t.text.strip() else ""
    return t.certainty == "exact" and t.span[0] - u[0] <= 4 and lexicon().month_of(first.strip(".,")) is not None


# a blog's entry header before its dates: "Update", "**Update:**" (a word of time_statement_words.txt)
_ENTRY_HEAD = re.compile(r"[ \t*_#]*([^\W\d_]+)[ \t]*[:.,\-–—]?[ \t]*")
_ENTRY_YEAR = re.compile(r"[ \t*_#]*([^\W\d_]+)[ \t]*[:.,\-–—]?[ \t]*((?:1[89]|20)\d\d)[ \t*_.:]*")


def _entry_head(text: str, a: int, b: int) -> bool:
    from .time.when import statement_word

    m = _ENTRY_HEAD.fullmatch(text, a, b)
    return m is not None and statement_word(m.group(1))


def _lines_after(text: str, u: tuple[int, int]) -> bool:
    """The line after the one ``u`` ends has words of its own (an entry's body)."""
    le = text.find("\n", u[1])
    return le != -1 and bool(_WORD.search(text[le:le + 200].split("\n\n", 1)[0]))


def _update_entry(text: str, u: tuple[int, int], ts: list[TimeExpr]) -> bool:
    """A blog's entry header alone on its line over the lines it dates ("Update 02.06 12.30"): an
    event, not a post's stamp (its body goes on in the next line)."""
    if not ts or (u[0] and text[u[0] - 1] != "\n") or not _entry_head(text, u[0], ts[0].span[0]):
        return False
    if u[0] >= 2 and _STAMP_LINE.fullmatch(text, text.rfind("\n", 0, u[0] - 1) + 1, u[0] - 1):
        return False  # "Posted 11 May, 09:12 / Modified 11 May, 09:14 / Updated 11 May, 09:14": a page's stamps
    return not text[ts[-1].span[1]:u[1]].strip(" \t*_.:") and _lines_after(text, u)


#: a short line closed by a clock time ("Modified 11 May, 09:14"): a stamp right over an "update" header
#: makes that header one more stamp of the page, not a blog's entry
_STAMP_LINE = re.compile(r"[^\n]{0,40}\d[^\n]{0,30}\b\d{1,2}[:.]\d{2}(?::\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*(?:[A-Z]{2,5})?[ \t]*")


def _label_unit(text: str, u: tuple[int, int], by_unit: dict) -> tuple[tuple[int, int], list[tuple[int, int]]]:
    """The span an event's label is made of and the dates cut from it: a blog's entry header alone on
    its line ("Update 1989") is labelled by its body's first line."""
    cut = [x.span for x in by_unit.get(u, [])]
    if (_update_year(text, u) is not None if not cut else _update_entry(text, u, by_unit.get(u, []))) and _lines_after(text, u):
        a = text.find("\n", u[1]) + 1
        b = text.find("\n", a)
        return (a, b if b != -1 else len(text)), []
    return u, cut


def _update_year(text: str, u: tuple[int, int]) -> TimeExpr | None:
    """The year of a blog's entry header alone on its line ("Update 1989") over the lines it dates,
    which the tagger leaves to a bare number."""
    if (u[0] and text[u[0] - 1] != "\n") or u[1] - u[0] > 40:
        return None
    m = _ENTRY_YEAR.fullmatch(text, u[0], u[1])
    if m is None or not _entry_head(text, u[0], m.start(2)) or not _lines_after(text, u):
        return None
    return TimeExpr(span=m.span(2), text=m.group(2), value=m.group(2), kind="date", tz=None, certainty="exact",
                    anchor="explicit")


@functools.cache
def _words_of(name: str) -> tuple[str, ...]:
    return tuple({w.casefold() for lang in languages() for w in load_list(lang, name)})


def _recurring(text: str, u: tuple[int, int], t: TimeExpr) -> bool:
    """A date right after a word of recurrence ("Every year on 2 June", "щороку 2 червня"): a day
    that comes back every year, no event (``time_recurrence.txt``)."""
    before = text[max(u[0], t.span[0] - 30):t.span[0]].casefold()
    # an entry ending with "$" must come right before the date ("Every 28 October we bring flowers")
    return any(before.endswith(w[:-1]) if w.endswith("$") else w in before for w in _words_of("time_recurrence"))


def _first_day_saying(text: str, t: TimeExpr) -> bool:
    """"On the first day" dating a saying ("в первый день заявил", "алғашқы күні ... хабарламады"): what
    was said (or not) on the first day, no event of its own (the day still dates what follows)."""
    from .time.lexicon import lexicon
    from .time.saying import saying_near

    rel = lexicon().relative.get(" ".join(t.text.casefold().split()))
    return rel is not None and rel[1] == "first" and saying_near(text, t.span)


def _paragraph_start(text: str, pos: int) -> int:
    ps = text.rfind("\n\n", 0, pos)
    return 0 if ps == -1 else ps + 2


def _signature(text: str, t: TimeExpr) -> bool:
    """A talk page's signature: a handle after "--", "~~" or a dash, then a clock time and a day closing
    the line ("... in custody by March. --WikiUser 08:31, 16 February 2024 (UTC)"): the post's stamp,
    no event."""
    ls = text.rfind("\n", 0, t.span[0]) + 1
    le = text.find("\n", t.span[1])
    le = len(text) if le == -1 else le
    m = _SIG_HEAD.search(text, max(ls, t.span[0] - 100), t.span[0] + 1)
    return m is not None and le - m.end() <= 45 and _SIG_TAIL.fullmatch(text, m.end(), le) is not None


_SIG_HEAD = re.compile(r"(?:--|~~|[—–] ?)\[?\[?[^\s\[\]|.!?,]{2,40}(?:\|[^\]\n]{1,40}\]\])?\]?\]?,?[ \t]+(?=\d)")
_SIG_TAIL = re.compile(r"\d{1,2}:\d{2},?[ \t]+[^\n()]{4,25}?(?:[ \t]*\((?:UTC|GMT|MSK|МСК|[A-Z]{2,5})(?:[+−-]\d{1,2})?\))?[ \t.]*")


def _day_to_come(doc: Document, t: TimeExpr, today: str | None) -> bool:
    """A day not before the report's own, in a clause told in the future, named as a bound or by a word
    ("Дощі триватимуть до 3 травня", "the rain will go on until 3 May", "Занятия продолжатся завтра"): a
    day to come, no event. A day stated in full with no bound stays ("the curfew will be lifted on 19 May":
    an announced decision's day)."""
    if not today or len(today) < 10 or not _FULL.match(t.value) or t.value[:10] < today[:10]:
        return False
    if t.certainty != "before" and any(ch.isdigit() for ch in t.text):
        return False  # (a day stated in full and no bound: "the state of emergency will be lifted on 19 May" is kept)
    from .time.future import future_clause

    return future_clause(doc.text, t.span[0], t.span[1], doc.lang)


def _sources_line(text: str, u: tuple[int, int]) -> bool:
    """Does the line holding ``u`` open with a label of sources ("Sources:", "Джерела:";
    ``time_source_lines.txt``)? A compilation's list of sources and its page note are no events."""
    ls = text.rfind("\n", 0, u[0]) + 1
    head = text[ls:ls + 40].lstrip(" \t*_#>-").casefold()
    return head.startswith(_words_of("time_source_lines"))


#: the credit line under an embedded post: a dash, a name, its handle, the post's day ("— Radio Ozerk
#: (@ozerkradio) May 3, 2031")
_POST_CREDIT = re.compile(r"[ \t]*(?:&mdash;|[—–-])[ \t]*[^\n()]{0,60}\(@\w{1,30}\)[ \t]*\S[^\n]{0,40}$", re.M)


def _post_credit(text: str, u: tuple[int, int]) -> bool:
    """Is ``u`` the credit line of an embedded social media post ("— Radio Ozerk (@ozerkradio) May 3,
    2031")? Its day is the post's, told by the post above it: no event of its own."""
    ls = text.rfind("\n", 0, u[0]) + 1
    le = text.find("\n", u[1])
    return _POST_CREDIT.fullmatch(text, ls, len(text) if le == -1 else le) is not None


def _photo_caption(text: str, u: tuple[int, int]) -> bool:
    """Does a photo credit follow ``u`` on its line ("... underway Sunday night. Photo courtesy of
    the Ministry/Release", "... Фото: пресс-служба"; ``time_photo_credits.txt``)? The line is an
    image's caption: its day is the picture's."""
    le = text.find("\n", u[1])
    rest = text[u[1]:len(text) if le == -1 else le].strip(" \t.").casefold()
    if rest[:1] == "(" and len(rest) <= 80 and rest.endswith(_words_of("time_photo_credit_tails")):
        return True  # "... in Northbrook. (Jane Roe / Getty Images)"
    # (a credit in brackets as well: "... on 3 May. (Photo: Jane Roe)", "... [Фото: пресс-служба]")
    return bool(rest) and len(rest) <= 160 and (rest.startswith(_words_of("time_photo_credits"))
                                                  or rest.lstrip("([ \t").startswith(_words_of("time_photo_credits")))


def _anniversary(text: str, u: tuple[int, int]) -> bool:
    """A sentence of remembrance that says how long ago ("бүгін 70 жыл толды", "70 years ago today";
    ``time_elapsed.txt``), not one of a commemoration held that day ("еске алу шарасына қатысып")."""
    s = text[u[0]:u[1]].casefold()
    return any(w in s for w in _words_of("time_elapsed"))


def _backref_day(text: str, t: TimeExpr) -> bool:
    """A day written as the owner of an event ("Saturday's attack", "Monday's twin blasts";
    ``time_backref_marks.txt``): a reference back to an event already told."""
    after = text[t.span[1]:t.span[1] + 3]
    return any(after.startswith(m) for m in _marks_of("time_backref_marks"))


@functools.cache
def _marks_of(name: str) -> tuple[str, ...]:
    """Entries of a list as written (not casefolded), from every language."""
    return tuple({w for lang in languages() for w in load_list(lang, name)})


def _weather(text: str, u: tuple[int, int]) -> bool:
    """A weather remark: a word of ``time_weather.txt`` ("температура воздуха") in a sentence that
    names no kind of event."""
    s = text[u[0]:u[1]].casefold()
    return any(w in s for w in _words_of("time_weather")) and not event_kinds(s)


def _report_clocks(text: str, timexes: list[TimeExpr], report: set) -> set:
    """The spans of clock times right after a report date, of its day ("Оновлено 10 вересня о 12:00",
    "Updated 10 September at 12:00"): the update note's time, no event."""
    days = {t.span[1]: t.value[:10] for t in timexes if t.span in report}
    out = set()
    for t in timexes:
        if "T" not in t.value or t.span in report:
            continue
        for end, day in days.items():
            gap = text[end : t.span[0]]
            if end <= t.span[0] <= end + 8 and t.value[:10] == day and "\n" not in gap and "." not in gap:
                out.add(t.span)
    return out


def _status_time(timexes: list[TimeExpr], span: tuple[int, int], as_of: set) -> TimeExpr | None:
    """The clock time of a day a heading gives its table's figures at ("(as of 09:00, 9 July)", "станом
    на 18:00 9 липня"): a bulletin's status, an event; a day alone ("Losses (as of 27 June)") is not."""
    for t in timexes:
        if span[0] <= t.span[0] < span[1] and t.span in as_of and "T" in t.value and t.kind == "datetime" \
                and (_FULL.match(t.value) or t.value.startswith("--")):
            return t
    return None


def _header_row(text: str, u: tuple[int, int]) -> bool:
    """A table's header row ("Site\tKilled\tInjured", "| Джерело | Загиблі |"): cells, no figure."""
    row = text[u[0]:u[1]]
    return (row.count("\t") >= 2 or row.count("|") >= 2) and not any(c.isdigit() for c in row)


def _night_before(text: str, t: TimeExpr) -> str | None:
    """``night`` for a range of days after "в ночь с", "у ніч з" ("в ночь с 16 на 17 мая", also with
    its weekdays between: "В ночь со среды на четверг, с 7 на 8 ноября") or before the words of a night
    ("7 қарашадан 8 қарашаға қараған түні"), else None."""
    if t.kind != "range_start":
        return None
    from .time.grammar import context_patterns
    from .time.tagger import _night_after

    m = context_patterns()["daypart_of_before"].search(text, max(0, t.span[0] - 26), t.span[0])
    if m and m.group("night") or _NIGHT_FROM.search(text, max(0, t.span[0] - 50), t.span[0]):
        return "night"
    return "night" if _night_after(text, t.span[1]) else None


_NIGHT_FROM = re.compile(r"(?<!\w)(?:в ночь со?|в ніч з|у ніч з|в ніч із|у ніч із)\s[^.!?;\n\d]{0,36}$", re.IGNORECASE)


def _clock_item(text: str, u: tuple[int, int], ts: list[TimeExpr]) -> bool:
    """A chronology item opening with a clock time of a known day ("**16:00** — ...", "12:52 ..."): an
    earlier day named inside it is background ("затриманий 9 серпня"), not an event of its own (a later
    one is: "вводит режим ЧС до 5 июня")."""
    return bool(ts) and "T" in ts[0].value and bool(_FULL.match(ts[0].value)) and ts[0].kind != "interval" \
        and u[0] <= ts[0].span[0] <= u[0] + 12 and bool(_ITEM.fullmatch(text, u[0], ts[0].span[0]))


def _same_day_part(ts: list[TimeExpr], rel: set[str]) -> bool:
    """A part of the day and "the same day" ("Увечері того ж дня", "that evening", "сол күні кешке")."""
    from .time.lexicon import lexicon

    relative = lexicon().relative
    same = any(relative.get(t.text.casefold(), (None, ""))[1] == "anaphoric" and relative[t.text.casefold()][0] == 0
               for t in ts)
    return same and any(_daypart(t.text) for t in ts if t.text.casefold() not in relative)  # "дня" names no part


def _source_date_cell(text: str, u: tuple[int, int], t: TimeExpr) -> bool:
    """A table row ("| SES (17 January) | 45 | 79 |") whose date in brackets says when a source gave
    its figures: the date of a count, not an event."""
    if text.count("\t", u[0], u[1]) < 2 and text.count("|", u[0], u[1]) < 2:
        return False
    a, b = text.rfind("(", u[0], t.span[0]), text.find(")", t.span[1], u[1])
    if a != -1 and b != -1 and ")" not in text[a:t.span[0]] and not any(c in text[t.span[1]:b] for c in "\t|("):
        return True
    # "| МВС України | 6 жовтня | 52 | 6 |": a date filling its own cell in a row of figures
    sep = "\t" if text.count("\t", u[0], u[1]) >= 2 else "|"
    lo, hi = text.rfind(sep, u[0], t.span[0]), text.find(sep, t.span[1], u[1])
    if hi == -1 and lo != -1:
        hi = u[1]  # the row's last cell: "| ОБСЄ | 11 | 17 | 14 січня |"
    if lo == -1 and sep == "\t" and hi != -1 and not text[u[0]:t.span[0]].strip(" *_"):
        lo = u[0] - 1  # the row's first cell: "9 May\tEmergencies Ministry\t12\t84"
    if lo == -1 or not _DATE_CELL.fullmatch(text[lo + 1:t.span[0]] + "#" + text[t.span[1]:hi]):
        return False
    cells = text[u[0]:lo].split(sep) + text[hi + 1:u[1]].split(sep)  # the other cells of the row
    return any(_FIGURE_CELL.fullmatch(c.strip(" *_")) for c in cells)


# the rest of a date's cell ("#" stands for the date): nothing, or a clock after it or a day and month
# before it ("13 січня, 17:05", "28.10, 08:50", "28/10/2023 08:50")
_DATE_CELL = re.compile(r"[ *_]*(?:\d{1,2}(?: [^\W\d_]+|[./]\d{1,2}(?:[./]\d{2,4})?),? ?)?#(?:,? ?\d{1,2}[:.]\d{2})?"
                        r"(?:, ?[^\W\d_]{3,12})?[ *_|]*")  # "17.10, ночь": a part of the day after the date
# a figure cell: "52", "1 213", "понад 200", "~50", "more than 100", "16 у лікарнях" (a number between at
# most two words before and three after),
# or a quoted amount ("«десятки»", '"hundreds"')
_FIGURE_CELL = re.compile(r"(?:[^\W\d_]+\s+){0,2}[~≈<>+]?\d[\d\s.,]*\+?(?:\s+[^\W\d_]+){0,3}|[«\"“][^\W\d_]+(?:\s+[^\W\d_]+){0,2}[»\"”]")


_QUOTED = re.compile(r"«[^«»\n]{0,200}»|“[^“”\n]{0,200}”")  # quoted words report speech, not the year's event


def _research_period(text: str, u: tuple[int, int]) -> bool:
    """A sentence of the report's own research ("we documented", "наши наблюдатели опросили",
    ``time_research_words.txt``)."""
    s = " ".join(text[u[0]:u[1]].casefold().split())
    return any(w in s for w in _words_of("time_research_words"))


def _month_bound_of_count(text: str, good: list[TimeExpr]) -> bool:
    """Every date of a sentence is a month (or year-month) after or before a bound ("by the end of April
    2022", "By June", "к концу апреля", "до кінця квітня", "сәуірдің соңына дейін")."""
    from .time.lexicon import lexicon

    lx = lexicon()

    def bound(t: TimeExpr) -> bool:
        head = _WORD.findall(t.text.casefold())[:1] + _WORD.findall(text[max(0, t.span[0] - 16):t.span[0]].casefold())[-1:]
        tail = _WORD.findall(text[t.span[1]:t.span[1] + 24].casefold())[:2]  # "сәуірдің соңына дейін"
        return t.certainty == "before" \
            or any(lx.qual_pre.get(w, set()) & {"before", "to"} for w in head) \
            or any(lx.qual_post.get(w, set()) & {"before", "to"} for w in tail)

    return all(_MONTH.match(t.value.split("/")[0]) and "T" not in t.value and bound(t) for t in good)


def _next_day(v: str) -> str:
    try:
        return (dt.date.fromisoformat(v[:10]) + dt.timedelta(days=1)).isoformat()
    except ValueError:
        return ""


def _line_head(text: str, t: TimeExpr) -> bool:
    """Does ``t`` open its line, after list and emphasis marks ("- **Вечер** — ...": a chronology's entry)?"""
    ls = text.rfind("\n", 0, t.span[0]) + 1
    return not text[ls:t.span[0]].strip(" \t*_#->•")


def _bare_daypart(t: TimeExpr) -> bool:
    """A day part alone ("утром", "кешке") dated from an earlier sentence."""
    from .time.lexicon import lexicon

    return "T" not in t.value and "date" in t.inferred and " ".join(t.text.casefold().split()) in lexicon().dayparts


def _drop_bare_dayparts(good: list[TimeExpr]) -> list[TimeExpr]:
    """A day part alone ("overnight", "вечером", "кешке") dated from an earlier sentence, in a sentence
    that states a day of its own other than that one ("The toll rose overnight; by the evening of
    23 March ... 133 dead"): the stated day dates the sentence, the day part names no event of its own."""
    from .time.lexicon import lexicon

    parts = lexicon().dayparts
    bare = [t for t in good if "T" not in t.value and "date" in t.inferred and " ".join(t.text.casefold().split()) in parts]
    if not bare:
        return good
    own = {t.value.split("T")[0] for t in good if "date" not in t.inferred}
    return [t for t in good if t not in bare or not own or t.value in own]


def _year_event(text: str, u: tuple[int, int], t: TimeExpr, ts: list[TimeExpr]) -> bool:
    """The only date of a sentence is a stated year with no qualifier ("since", "until"; "in early
    2007" is one) and the sentence names a kind of event (died, convicted, rally...); not a background
    year ("data published in 1992": ``time_background_years.txt``); words in quotes name no kind
    ("witnesses spoke of «hundreds killed»; in 1992 a commission did not confirm it")."""
    return len(ts) == 1 and len(t.value) == 4 and t.kind == "date" and t.certainty in ("exact", "approximate") \
        and "year" not in t.inferred and not (t.certainty == "approximate" and _bound_before(text, t.span[0])) \
        and bool(event_kinds(_QUOTED.sub(" ", text[u[0]:u[1]]))) and not _background_year(text, t.span[0], t.span[1])


def _bound_before(text: str, at: int) -> bool:
    """A bound ("by", "until", "since", "к", "до") right before ``at``: "by the end of 2015"."""
    from .time.lexicon import lexicon

    words = _WORD.findall(text[max(0, at - 24):at].casefold())
    roles = lexicon().qual_pre
    return any(roles.get(w, set()) & {"before", "after", "to", "from"} for w in words[-4:])


def _opens_entry(text: str, u: tuple[int, int]) -> bool:
    """The unit opens its line and the line goes on: a chronology entry's day ("01.03.2031 at 07.00. Police
    dispersed the camp"), which dates the sentence after it."""
    line_start = text.rfind("\n", 0, u[0]) + 1
    line_end = text.find("\n", u[1])
    return not text[line_start:u[0]].strip(" \t*_#-•") \
        and bool(text[u[1]:len(text) if line_end == -1 else line_end].strip())


def _wrapped_part(text: str, u: tuple[int, int]) -> bool:
    """The unit is a piece of a sentence a hard line break cut: it opens in lower case ("by 22 May.") or the
    next line goes on in lower case ("On 20 and 21 May\nare days of mourning"), so its date dates that sentence."""
    first = text[u[0]:u[1]].lstrip(" \t*_")[:1]
    after = text[u[1]:u[1] + 40].lstrip(" \t")
    if after.startswith("\n"):
        after = after[1:].lstrip(" \t")
    return first.islower() or (after[:1].isalpha() and after[:1].islower())


def _has_claim(claims: list[Claim], u: tuple[int, int]) -> bool:
    return any(u[0] <= c.span[0] < u[1] for c in claims)


def _statement_stamp(text: str, u: tuple[int, int], ts: list[TimeExpr]) -> bool:
    """A line that is only a date and a clock time with its zone ("28 October 2023, 18:00 Astana time
    (UTC+6)") stamps a statement or an update, which is an event; a news dateline names its place."""
    if not ts or not any(t.tz and "T" in t.value for t in ts):
        return False
    line_start = text.rfind("\n", 0, u[0]) + 1
    if text[line_start:ts[0].span[0]].strip(" \t*_#"):
        return False
    rest = text[ts[-1].span[1]:u[1]]
    if len(_WORD.findall(rest)) > 2:
        return False
    from .time.when import statement_word

    return statement_word(text[max(0, line_start - 300):ts[0].span[0]])  # its heading or "Update, ..."


def _is_dateline(doc: Document, units: list[tuple[int, int]], n: int, u: tuple[int, int], ts: list[TimeExpr],
                 clocks: Counter | None = None) -> bool:
    """A byline or dateline ("«Улытау Курьер» 16 мая 2023 года, 22:15", "Zhezkazgan, 17 May 2023"),
    a forum post header or a signature date: a short line near the start or the end of the document,
    or any short line stamped with a clock time, that dates the report, not an event.
    (Not the line tests `readers._boilerplate._stamp` / `time.anchor._stamp_line`: this one weighs a sentence
    unit's words and place in the document; see `_stamp` for why the three stay apart.)"""
    if ts[0].span[0] == u[0] and "T" in ts[0].value \
            and (len(_WORD.findall(_label(doc.text, u, [x.span for x in ts]))) > 2
                 or not any(t.anchor == "explicit" for t in ts)):
        return False  # a chronology line: "12:52 По бастующим был открыт огонь" (not "01:18 GMT 09.07.2023 (Updated: ...)")
    if clocks is not None and any("T" in t.value and clocks[t.value[:16]] == 1 for t in ts) \
            and any(s.body[0] <= u[0] < s.body[1] and s.title.strip().casefold() == "infobox" for s in doc.sections):
        return False  # an infobox's "time: about 13:15 (UTC+3)" is the event's (when the text does not say it again)
    words = len(_WORD.findall(_label(doc.text, u, [x.span for x in ts])))
    text = doc.text
    line_start = text.rfind("\n", 0, u[0]) + 1
    line_end = text.find("\n", u[1])
    line = text[line_start:len(text) if line_end == -1 else line_end].strip()
    if n < 3 and words <= 8 and not text[line_start:u[0]].strip(" \t*_") \
            and not text[ts[-1].span[1]:u[1]].strip(" \t*_.") and text[u[0]:ts[-1].span[0]].rstrip(" \t*_").endswith(","):
        return True  # "*Prepared by the Civic Assembly Monitor, 15 May 2012. Numbered paragraphs...": a byline
    closed = line.endswith((".", "!", "?", "…")) and not (
        words <= 1 and not text[ts[-1].span[1]:len(text) if line_end == -1 else line_end].strip(" \t*_.")
        and not _wrapped_part(text, u))
    if line != text[u[0]:u[1]].strip() or closed:  # ("// World // 27 August 2016." is a stamp line)
        return False  # part of a running sentence or paragraph
    near_edge = n < 3 or n >= len(units) - 2
    stamped = any("T" in t.value for t in ts)
    if words >= 5 and not stamped and not text[line_start:ts[0].span[0]].strip(" \t*_#") \
            and _RUNS_ON.match(text, ts[0].span[1]):
        return False  # "2016 жылғы 5 маусымда Ақтөбе қаласында болған террористік актінің салдары туралы": a title
    if n < 3 and words <= 16 and _closes_after_comma(text, line_start, line_end, ts[-1]):
        return True  # "**Housing Rights Monitor — briefing paper No. 3 (excerpt), September 2006**"
    return (near_edge and words <= 8) or (stamped and words <= 3)


_RUNS_ON = re.compile(r"[ \t]+[^\W\d_]")  # a date followed by words, not by a separator ("5 мая 2014, 11:20 | Одесса")


def _closes_after_comma(text: str, line_start: int, line_end: int, t: TimeExpr) -> bool:
    """The date is the last thing on its line, after a comma: a publication's byline."""
    end = len(text) if line_end == -1 else line_end
    return not text[t.span[1]:end].strip(" \t*_)]") and text[line_start:t.span[0]].rstrip(" \t*_").endswith(",")


@functools.lru_cache(maxsize=4096)
def _daypart(text: str) -> str | None:
    """The part of the day named inside a date expression ("Saturday morning, 17.12"); cached by
    the expression's text (a few thousand distinct ones)."""
    from .time.lexicon import lexicon

    parts = lexicon().dayparts
    for w in _WORD.findall(text.casefold()):
        if w in parts and w not in ("am", "pm"):
            return parts[w]
    return None


def _alternative(text: str, ts: list[TimeExpr], i: int) -> bool:
    """``11.40 am (9.20 Moscow time)``: the bracketed time restates the one before it in another zone;
    so does the day right after such a time ("03:00 local time (2200 GMT Friday)")."""
    if i >= 2 and "T" not in ts[i].value and "T" in ts[i - 1].value and text[ts[i - 1].span[1]:ts[i].span[0]].strip(" ,") == "" \
            and _alternative(text, ts, i - 1):  # (a clock at i - 1: no recursion past one step)
        return True
    if i >= 2 and "T" in ts[i].value and "T" not in ts[i - 1].value and "T" in ts[i - 2].value and ts[i].tz is not None:
        # "в 3:10 12 марта (4:10 по Москве)": the zoned time in a bracket after the first time and its day
        seg = text[ts[i - 2].span[1]:ts[i].span[0]]
        br = seg.rfind("(")
        if br >= 0 and ts[i - 1].span[1] - ts[i - 2].span[1] <= br and ")" not in seg[br:] and len(seg) <= 40:
            return True
    if i == 0 or "T" not in ts[i].value or "T" not in ts[i - 1].value:
        return False
    gap = text[ts[i - 1].span[1]:ts[i].span[0]].strip()
    if gap in ("(", "[", ",", "/", "—", "–", "-", "или", "or", "або", "немесе") or gap.startswith("("):
        return True
    if gap.endswith(("(", "[")) and len(_WORD.findall(gap)) <= 1:  # "19.45 hours (20.45 Moscow time)"
        return True
    # "17.00 (local time, 15.00 Moscow time)": a zoned time inside a bracket opened after the first time
    seg = text[ts[i - 1].span[0] + 1:ts[i].span[0]]
    br = max(seg.rfind("("), seg.rfind("["))
    return ts[i].tz is not None and br >= 0 and ")" not in seg[br:] and "]" not in seg[br:] \
        and len(_WORD.findall(gap)) <= 4 and len(gap) <= 40


# -- corpus stage: years other documents give ------------------------------------------------------

def reanchor(analyses) -> int:
    """Fill the year of ``--MM-DD`` dates from the dates other documents of the run give the same day
    (or a day at most three days around it), and move the years a document without a date of its own
    guessed from a background date to the ones the others give (`_shift_guessed_years`).

    Called by `rashomon.dossier.assemble` before `build_timeline`. Updates timexes, events and claims
    of each `Analysis` in place (``anchor='corpus'``); returns how many values changed. For a stream
    (analyses stored elsewhere), call `YearVotes.add` on each, then `reanchor_one` on each.
    """
    years = YearVotes()
    for a in analyses:
        years.add(a)
    return sum(reanchor_one(a, years) for a in analyses)


class YearVotes:
    """The full dates each document gives a day of the year (``"12-16"``: 2011 three times in one
    document), counted document by document, in the order the votes came.

    Kept compact, as this lives through the whole analysis: a document is a number (its id's first
    ordinal), and each day's votes are three arrays (document, year, count: 10 bytes a vote), not a
    Counter of ``(year, doc id)`` tuples. `around` reads them as that Counter was read."""

    def __init__(self) -> None:
        self._ord: dict[str, int] = {}  # doc id -> its ordinal (the first time the id came)
        self._days: dict[str, tuple[array, array, array]] = {}  # "12-16" -> (documents, years, counts)
        self._starts: dict[str, tuple[list[str], array]] = {}  # container file -> (event starts, documents)
        self._box: dict[int, str] = {}  # document -> its container file (entries of a feed, an export...)
        self._members: dict[str, set[int]] = {}  # container file -> its documents
        self._dated: dict[str, list[tuple[int, int]]] = {}  # "12-25" -> (document, year): days a dated report
        # names without a year, in the weeks before its publication date (votes only when no other is found)
        self._told: dict[str, set[int]] = {}  # "12-25" -> the documents that name that day, with its year or without

    def __len__(self) -> int:
        return len(self._days)

    def add(self, a) -> None:
        doc_id = a.doc.id
        again = doc_id in self._ord  # an id given twice: its votes add to the first one's
        me = self._ord.setdefault(sys.intern(doc_id), len(self._ord))
        if "#" in doc_id:  # an entry of a feed, an export, a JSON Lines file
            box = self._box[me] = sys.intern(doc_id.split("#", 1)[0])
            self._members.setdefault(box, set()).add(me)
            from .time.when import entry_start, event_start

            start = event_start(a.doc, a.timexes)
            if not start and getattr(a.doc, "published", None):  # told on its own publication day
                start = entry_start(a.doc, a.timexes)
            if start and _FULL.match(start):
                starts, docs = self._starts.setdefault(doc_id.split("#", 1)[0], ([], array("i")))
                starts.append(sys.intern(start))
                docs.append(me)
        pub = _publication_day(a.doc) if getattr(a.doc, "published", None) else None
        mine: dict[tuple[str, int], int] = {}  # (day, year) -> position of this document's vote
        for t, d in _vote_days(a.timexes):  # a stated year, or a day counted from the report's date ("on Sunday")
            if "date" not in t.inferred and (len(d) == 10 and _FULL.match(d) or len(d) == 7 and d.startswith("--")):
                self._told.setdefault(sys.intern(d[-5:]), set()).add(me)  # "11 September", year or not
            if pub is not None and _FULL.match(d) and "year" in t.inferred and "date" not in t.inferred \
                    and t.anchor in ("published", "nearby") and _valid_day(d[:10]) \
                    and 0 <= (pub - dt.date.fromisoformat(d[:10])).days <= 60:
                self._dated.setdefault(sys.intern(d[5:10]), []).append((me, int(d[:4])))  # "25 желтоқсан" in a report of 27 December 2012
            if _FULL.match(d) and "year" not in t.inferred and ("date" not in t.inferred or t.anchor == "published"):
                day, year = d[5:10], int(d[:4])
                docs, years, counts = self._days.get(day) or self._days.setdefault(
                    sys.intern(day), (array("i"), array("h"), array("i")))
                at = mine.get((day, year))
                if at is None and again:
                    at = next((k for k in range(len(docs)) if docs[k] == me and years[k] == year), None)
                if at is None:
                    at = mine[(day, year)] = len(docs)
                    docs.append(me)
                    years.append(year)
                    counts.append(0)
                counts[at] += 1

    def starts(self, container: str, doc: str) -> list[str]:
        """The event starts (``2023-01-15``) the other entries of a container file give, in order."""
        starts, docs = self._starts.get(container, ((), ()))
        me = self._ord.get(doc, -1)
        return [s for s, d in zip(starts, docs, strict=True) if d != me]

    def year_totals(self) -> Counter:
        """``{year: votes}`` over every day: the years the run's documents give any full date."""
        out: Counter = Counter()
        for _docs, ys, counts in self._days.values():
            for y, n in zip(ys, counts, strict=True):
                out[y] += n
        return out

    def others_on(self, day: dt.date, doc: str) -> int:
        """The votes documents other than ``doc`` give the full date ``day`` (its year included), counted
        as `_others` counts them; 0 when none gives it."""
        return self._others(day.strftime("%m-%d"), self._ord.get(doc, -1)).get(day.year, 0)

    def told_elsewhere(self, mmdd: str, doc: str) -> int:
        """How many documents other than ``doc`` name the day ``mmdd`` ("09-11"), with its year or without."""
        return len(self._told.get(mmdd, set()) - {self._ord.get(doc, -1)})

    def _others(self, day: str, me: int, only: set[int] | None = None) -> dict[int, int]:
        """``{year: votes}`` of day ``day`` from documents other than ``me`` (of ``only`` when given): for a
        year several documents give, the count of the last of them, at the place of the first (as a dict
        built from the votes in order)."""
        got = self._days.get(day)
        if got is None:
            return {}
        out: dict[int, int] = {}
        for d, y, n in zip(*got, strict=True):
            if d != me and (only is None or d in only):
                out[y] = n
        return out

    def around(self, mmdd: str, doc: str, days: int = 3) -> Counter:
        """Years other documents than ``doc`` give day ``mmdd`` ("12-16"), else the days at most
        ``days`` around it (one event's neighbouring days: "April 8" beside "7 апреля 2010"). An entry
        of a file (a talk page beside its article, a feed's follow-up) takes the years the other entries
        of its file give when they give any: the run's other documents may tell other events."""
        me = self._ord.get(doc, -1)
        box = self._box.get(me)
        if box is not None:
            mates = self._members[box] - {me}
            if mates:
                got = self._around(mmdd, me, days, mates)
                if got:
                    return got
        return self._around(mmdd, me, days, None)

    def _around(self, mmdd: str, me: int, days: int, only: set[int] | None) -> Counter:
        votes = Counter(self._others(mmdd, me, only))
        if votes:
            return votes
        try:
            day = dt.date(2000, int(mmdd[:2]), int(mmdd[3:5]))  # 2000: 29 February exists
        except ValueError:
            return votes
        for k in range(1, days + 1):
            for near in (day - dt.timedelta(days=k), day + dt.timedelta(days=k)):
                shift = day.year - near.year  # "2 January" beside "31 December 2030": 2031
                votes.update({y + shift: n for y, n in self._others(near.strftime("%m-%d"), me, only).items()})
            if votes:
                break
        if not votes:  # no full date of it or of a day near it: the years dated reports give it
            votes = Counter(y for d, y in self._dated.get(mmdd, ()) if d != me and (only is None or d in only))
        return votes


def _night_start(text: str, t: TimeExpr) -> bool:
    """The first day of a night named by the day it ends on ("в ночь на 29 июля": 28/29 July; not "в ночь
    с 28 на 29 июля", which names both): its eve is inferred."""
    return t.kind == "range_start" and "eve" in t.inferred


def _vote_days(timexes: list[TimeExpr]):
    """(timex, day) of each expression's first day, and also of the second of a night's two days ("в ночь
    на 9 мая 2010 года", 2010-05-08/2010-05-09): the day the text names votes for its year."""
    for t in timexes:
        parts = [p.split("T")[0] for p in t.value.split("/")]
        yield t, parts[0]
        if len(parts) == 2 and _FULL.match(parts[0]) and _FULL.match(parts[1]) and _valid_day(parts[0][:10]) \
                and _valid_day(parts[1][:10]) and "T" not in t.value \
                and (dt.date.fromisoformat(parts[1][:10]) - dt.date.fromisoformat(parts[0][:10])).days == 1:
            yield t, parts[1]


def _publication_day(doc: Document) -> dt.date | None:
    """A document's publication day, when its metadata gives a full date (not a year alone)."""
    p = (doc.published or "").strip()
    if len(p) < 10 or not _FULL.match(p):
        return None
    try:
        return dt.date.fromisoformat(p[:10])
    except ValueError:
        return None


def reanchor_one(a, years: YearVotes) -> int:
    """Re-anchor one analysis in place with the votes of the corpus (see `reanchor`); returns how
    many time expressions changed. Then a recap of the run's own incident gets its row (`_recap_rows`)."""
    changed = _reanchor_one(a, years)
    _recap_rows(a, years)
    _drop_yearless(a)
    _one_stamp_row(a)
    return changed


def _one_stamp_row(a) -> None:
    """Two rows of one page on one day, each dated only by counting from the page's report day ("today",
    "on Tuesday", "since Tuesday" under a stamp), are one event told twice: the toll "as of today" and what
    an official "said on Tuesday" report the day the page covers. The first row in the text stays. (Not
    when each names another part of the day: "Tuesday morning" and "Tuesday evening" are two; not a row
    dated "by Tuesday", which bounds its event: its own row.)"""
    stamped: dict[str, list] = defaultdict(list)
    for e in a.events:
        if e.anchor == "published" and e.certainty in ("exact", "after") and e.when and len(e.when) == 10:
            stamped[e.when].append(e)
    if all(len(es) < 2 for es in stamped.values()):
        return
    drop: set[int] = set()
    for day, es in stamped.items():
        if len(es) < 2:
            continue
        es.sort(key=lambda e: e.span)
        parts = [{_daypart(t.text) for t in a.timexes if e.span[0] <= t.span[0] < e.span[1] and t.value[:10] == day}
                 - {None} for e in es]
        first_parts = parts[0]
        for e, ps in zip(es[1:], parts[1:], strict=True):
            if ps and first_parts and not ps & first_parts:
                continue  # "on Tuesday morning ... on Tuesday evening": two events
            drop.add(id(e))
    if drop:
        a.events = [e for e in a.events if id(e) not in drop]


def _drop_yearless(a) -> None:
    """A row whose day the run could give no year ("--03-14": neither the page nor the run's other pages
    say which March) places no event on the timeline: no row. (Its claims keep their own dates.)"""
    if any(e.when and e.when.startswith("--") for e in a.events):
        a.events = [e for e in a.events if not (e.when and e.when.startswith("--"))]


def _reanchor_one(a, years: YearVotes) -> int:
    _container_start(a, years)
    _month_weekdays(a, years)  # "date 2031-07 ... crashed on Thursday": the day the others date
    changed = _shift_guessed_years(a, years)
    mapping = {}
    for t in a.timexes:
        for part in t.value.split("/"):
            d = part.split("T")[0]
            if d.startswith("--") and len(d) == 7 and d not in mapping:
                votes = years.around(d[2:], a.doc.id)
                if votes:
                    mapping[d] = f"{votes.most_common(1)[0][0]:04d}-{d[2:]}"
    mapping = document_years(a, years, mapping)  # one year for the document's days, weekdays kept
    # a year voted by the days around "29 February" (or a page's "31 червня") can make no date: left year-less
    mapping = {d: v for d, v in mapping.items() if _valid_day(v)}
    if not mapping:
        if changed:
            _redate_from_dateline(a, mapping)
        return changed
    _fill_rest(a, mapping)
    fix = functools.partial(_apply_years, mapping)

    for t in a.timexes:
        nv = fix(t.value)
        if nv != t.value:
            t.value, t.anchor = nv, "corpus"
            t.inferred = tuple(dict.fromkeys((*t.inferred, "year")))
            changed += 1
    for e in a.events:
        nv = fix(e.when)
        if nv != e.when:
            e.when, e.anchor = nv, "corpus"
    yearless = []
    for c in a.claims:
        if c.when and "--" in c.when:  # "--12-16", "../--01-10", "--01-06/--01-07"
            c.when, c.when_how = fix(c.when), "corpus"
            yearless.append(c)
    _redate_from_dateline(a, mapping)
    _yearless_tolls(a, years, yearless)
    return changed


_WEEKDAY_TOKEN = re.compile(r"[^\W\d_]+")


def _month_weekdays(a, years: YearVotes) -> int:
    """A weekday on a page stamped with a month only ("date 2031-07 ... the plane that crashed on Thursday"):
    no day to count it from, so the tagger leaves it undated; the run's other documents date that month's days,
    so the day of that weekday (in the stamp's month or the week before it) they date the most is the one, and
    its sentence gets a row. Not a weekday of saying ("the ministry said on Friday"), nor one told in the
    future; a weekday needs its preposition ("в", "у", "on") or, in Kazakh, "күні"/"түні" after it.
    Returns how many rows were added."""
    from .time.future import future_clause
    from .time.lexicon import lexicon
    from .time.saying import saying_near
    from .time.when import month_stamp

    doc = a.doc
    text = doc.text
    last = month_stamp(text)
    if last is None or not doc.sentences:
        return 0
    covered = sorted(t.span for t in a.timexes)
    lx = lexicon()
    have = {e.when.split("T")[0] for e in a.events}
    first = dt.date(last.year, last.month, 1) - dt.timedelta(days=6)
    added = 0
    for sent in doc.sentences:
        a0, a1 = sent.span
        ls, le = text.rfind("\n", 0, a0) + 1, text.find("\n", a1)
        if _EMBEDDED_POST.search(text, ls, len(text) if le == -1 else le) or _photo_caption(text, (a0, a1)):
            continue  # "WATCH: ... on Tuesday morning ... pic.twitter.com/...": an embedded post's day
        for m in _WEEKDAY_TOKEN.finditer(text, a0, a1):
            wd = lx.weekday_of(m.group())
            if wd is None:
                continue
            before = text[max(a0, m.start() - 12):m.start()].split()
            after = text[m.end():min(a1, m.end() + 12)].split()
            preps, afters = _weekday_cues()
            if not ((before and before[-1].casefold() in preps)
                    or (after and after[0].casefold().strip(".,;:") in afters)):
                continue
            if any(x <= m.start() < y for x, y in covered) or saying_near(text, (m.start(), m.end())) \
                    or future_clause(text, m.start(), m.end(), doc.lang):
                break
            votes = {}
            day = first
            while day <= last:
                if day.isoweekday() == wd:
                    n = years.others_on(day, doc.id)
                    if n:
                        votes[day] = n
                day += dt.timedelta(days=1)
            if not votes:
                break
            top = max(votes.values())
            best = [d for d, n in votes.items() if n == top]
            if len(best) != 1:
                break
            v = best[0].isoformat()
            if v not in have:
                have.add(v)
                a.events.append(TimelineEvent(
                    id=stable_id("t", doc.id, a0, a1, v), doc=doc.id, when=v,
                    label=make_label(text, (a0, a1), [(m.start(), m.end())]) or text[a0:a1].strip()[:LABEL_MAX],
                    span=(a0, a1), quote=text[a0:a1], tz=None, certainty="exact", anchor="corpus",
                    claims=[c.id for c in a.claims if a0 <= c.span[0] < a1], entities=[]))
                added += 1
            break
    return added


_EMBEDDED_POST = re.compile(r"pic\.twitter\.com/|\(@\w+\)")

#: how many days before the page's report day a recap's day may be to be the run's event (`_recap_rows`)
_RECAP_WINDOW = 7


def _recap_rows(a, years: YearVotes) -> int:
    """A recap the page tells as another event's ("Напомним, 3 мая в Кельмстаде перевернулся автобус", its
    places named nowhere else on the page: `rashomon.time.recap.other_event_recaps`, no row) whose day the
    run's OTHER pages state, at most a week before the page's report day: the run's own
    incident told from another place name (the village where the road ends, the page's region): its
    sentence gets its row. (The others may name the day without its year: "11 September" in reports of
    that week.) Returns how many rows were added."""
    from .time.recap import opens_recap
    from .time.when import report_date, report_roles

    text = a.doc.text
    if not a.timexes or not any(opens_recap(text[s.span[0]:s.span[1]]) for s in a.doc.sentences):
        return 0  # (most pages: no recap, no roles to read)
    roles = report_roles(a.doc, a.timexes)
    recaps = [a.timexes[i] for i, r in roles.items() if r == "recap" and i < len(a.timexes)]
    if not recaps or not a.doc.sentences:
        return 0
    today = report_date(a.doc, a.timexes)
    today_day = dt.date.fromisoformat(today[:10]) if today and _FULL.match(today) and _valid_day(today[:10]) else None
    have = {e.when.split("T")[0] for e in a.events}
    added = 0
    for t in recaps:
        v = t.value
        if not _FULL.match(v) or len(v) != 10 or not _valid_day(v) or v in have:
            continue
        day = dt.date.fromisoformat(v)
        if today_day is None or not 0 <= (today_day - day).days <= _RECAP_WINDOW:
            continue  # no report day: no week to keep the recap in
        if not (years.others_on(day, a.doc.id) or years.told_elsewhere(v[5:], a.doc.id)):
            continue
        sent = next((s.span for s in a.doc.sentences if s.span[0] <= t.span[0] < s.span[1]), None)
        if sent is None:
            continue
        a0, a1 = sent
        have.add(v)
        a.events.append(TimelineEvent(
            id=stable_id("t", a.doc.id, a0, a1, v), doc=a.doc.id, when=v,
            label=make_label(text, (a0, a1), [t.span]) or text[a0:a1].strip()[:LABEL_MAX],
            span=(a0, a1), quote=text[a0:a1], tz=t.tz, certainty=t.certainty, anchor=t.anchor or "explicit",
            claims=[c.id for c in a.claims if a0 <= c.span[0] < a1], entities=[]))
        added += 1
    return added

@functools.cache
def _weekday_cues() -> tuple[frozenset[str], frozenset[str]]:
    """Words before a weekday ("on", "в") and after it (kk "күні") that make it the day of an event
    (``time_weekday_preps`` / ``time_weekday_after`` of every language)."""

    def words(name: str) -> frozenset[str]:
        return frozenset(w.casefold() for lang in languages() for w in load_list(lang, name))

    return words("time_weekday_preps"), words("time_weekday_after")


def _yearless_tolls(a, years: YearVotes, claims: list) -> None:
    """A casualty count dated by a year-less day ("--01-02", "on 8 September") that the corpus gave its
    year: as `rashomon.time.when._since_event` does for dated days, it runs from the event's start
    when the document (or an earlier entry of its file) states that start before it, at most a month
    before ("31 желтоқсанда ... 2 қаңтарда қаза тапқандар саны 39-ға жетті": 2018-12-31/2019-01-02;
    year-less days across a new year could not be compared before their years were known)."""
    claims = [c for c in claims if c.measure in _RUNNING and c.when and _FULL.match(c.when) and len(c.when) == 10]
    if not claims:
        return
    from .time.when import event_start

    starts = [s for s in [event_start(a.doc, a.timexes)] if s and _valid_day(s)]
    if "#" in a.doc.id:
        starts += years.starts(a.doc.id.split("#", 1)[0], a.doc.id)
    days = sorted({s for s in starts if _valid_day(s)})
    for c in claims:
        start = _earliest_within(days, c.when, 31)
        if start is not None:
            c.when = f"{start}/{c.when}"


_RUNNING = frozenset({"killed", "injured", "missing"})


def _container_start(a, years: YearVotes) -> None:
    """A follow-up entry of a feed or a JSON Lines file that names no day of the event itself ("the
    toll rose to 40", published the day after): its casualty counts, dated by the entry alone from a
    later day, run from the start an earlier entry of the same file gave (at most a month before)."""
    if "#" not in a.doc.id:
        return
    others = years.starts(a.doc.id.split("#", 1)[0], a.doc.id)
    days: list[str] | None = None  # the valid days of ``others``, sorted (ISO order is date order)
    for c in a.claims:
        if c.measure not in _RUNNING or not c.when:
            continue
        first, _, last = c.when.partition("/")
        # "СК в четверг, 18 октября, сообщил, что погибших 20": a toll the entry dates by its own day
        # (or from its own start: "2011-07-11/2011-07-12") runs from the start an earlier entry gave
        if c.when_how not in ("document", "report") and (
                c.when_how not in ("sentence", "paragraph", "section") or "T" in c.when):
            continue
        if first == ".." and _FULL.match(last):  # "../2023-01-16": some time up to the entry's day
            first = last
        if not _FULL.match(first):
            continue
        if days is None:
            days = sorted({s for s in others if _valid_day(s)})
        start = _earliest_within(days, first, 31)
        if start is not None:
            c.when = f"{start}/{last or first}"
        elif not last or last == first:
            # an anniversary entry ("Families gathered at the cape on Wednesday", 25 years to the day after
            # the sinking an earlier entry tells): its casualty counts are the event's, not that day's
            same = [s for s in days if s[5:] == first[5:] and s[:4] < first[:4]]
            if same:
                c.when = same[-1]


def _earliest_within(days: list[str], first: str, span: int) -> str | None:
    """The earliest of the sorted valid ISO ``days`` before ``first`` and at most ``span`` days before
    its day (a bisection: ISO order is date order)."""
    try:
        lo = (dt.date.fromisoformat(first[:10]) - dt.timedelta(days=span)).isoformat()
    except (ValueError, OverflowError):  # no such day, or the calendar's start: day by day, as before
        near = [s for s in days if s < first and
                (dt.date.fromisoformat(first[:10]) - dt.date.fromisoformat(s)).days <= span]
        return min(near) if near else None
    i = bisect.bisect_left(days, lo)
    return days[i] if i < len(days) and days[i] < first else None


def _shift_guessed_years(a, years: YearVotes) -> int:
    """A document with no date of its own (no publication date, no day with its year) whose days took
    their year from a background date ("26 қараша" before "2010 жылғы мамырда ... еді": 2009): when
    the other documents of the run give those days one other year, every guessed date of the document
    moves by that many years. Returns how many time expressions changed."""
    if a.doc.published or a.doc.updated:
        return 0
    guessed = [t for t in a.timexes if t.anchor not in ("explicit", "corpus", "published")]
    if any(t.anchor == "explicit" and _FULL.match(t.value) for t in a.timexes):
        return 0
    if any(t.anchor == "published" for t in a.timexes):
        return 0  # a day dated by the page's own stamp, in its furniture ("Категории: ...\n06.02.2031 21:14")
    shifts = set()
    for t in guessed:
        d = t.value.split("/")[0].split("T")[0]
        if "year" in t.inferred and _FULL.match(d):
            votes = years.around(d[5:10], a.doc.id)
            if votes:
                shifts.add(votes.most_common(1)[0][0] - int(d[:4]))
    if len(shifts) != 1 or 0 in shifts:
        return 0
    by = shifts.pop()
    mapping: dict[str, str] = {}
    for t in guessed:
        for part in t.value.split("/"):
            d = part.split("T")[0]
            if re.match(r"\d{4}(?:-\d{2}){1,2}$", d) and d not in mapping:
                new = f"{int(d[:4]) + by:04d}{d[4:]}"
                if len(new) == 7 or _valid_day(new):
                    mapping[d] = new
    fix = functools.partial(_apply_years, mapping)
    changed = 0
    for t in guessed:
        nv = fix(t.value)
        if nv != t.value:
            t.value, t.anchor, changed = nv, "corpus", changed + 1
    for e in a.events:
        nv = fix(e.when)
        if nv != e.when:
            e.when, e.anchor = nv, "corpus"
    for c in a.claims:
        nv = fix(c.when)
        if nv != c.when:
            c.when, c.when_how = nv, "corpus"
    return changed


def _valid_day(d: str) -> bool:
    try:
        dt.date.fromisoformat(d)
    except ValueError:
        return False
    return True


def _redate_from_dateline(a, mapping: dict[str, str]) -> None:
    """A text dated only by a year-less dateline ("ALMATY, Jan 10 (Wire) -") cannot count "on Sunday" or
    "yesterday" back from it until the corpus gives the year: then tag it again from that day."""
    from .time.when import report_date
    from .timex import TimeTagger

    doc = a.doc
    if doc.published or doc.updated:
        return
    day = report_date(doc, a.timexes)
    if not day or not _FULL.match(day):
        return
    before = {t.span for t in a.timexes}
    doc.published = day
    try:
        tx = TimeTagger()(doc)
    finally:
        doc.published = None
    if not {t.span for t in tx} - before:
        return  # nothing new was dated
    for t in tx:
        t.value = _apply_years(mapping, t.value) or t.value
    a.timexes = tx
    a.events = events_from(doc, tx, a.claims, a.mentions)
    from .time.when import date_at, document_facts

    facts = document_facts(doc, tx)
    for c in a.claims:  # "At least 18 were killed" after "on Monday": now the count has its day too
        got = date_at(doc, tx, (c.value_span or c.span)[0], facts=facts)
        if got[0]:
            c.when, c.when_how = got


def _apply_years(mapping: dict[str, str], v: str | None) -> str | None:
    """``--12-16T12:52`` -> ``2011-12-16T12:52`` with ``mapping = {"--12-16": "2011-12-16"}``."""
    if not v:
        return v
    parts = []
    for p in v.split("/"):
        d, sep, rest = p.partition("T")
        parts.append(mapping.get(d, d) + sep + rest)
    return "/".join(parts)


def _fill_rest(a, mapping: dict[str, str]) -> None:
    """Year-less dates of the same document without corpus evidence follow the resolved ones."""
    from .time.anchor import _choose_year

    known = [dt.date.fromisoformat(v) for v in mapping.values()]
    for t in a.timexes:
        for part in t.value.split("/"):
            d = part.split("T")[0]
            if d.startswith("--") and d not in mapping and len(d) in (4, 7):
                m, day = int(d[2:4]), int(d[5:7]) if len(d) == 7 else None
                y = _choose_year(m, day, known[0], True, limit=max(known))  # reported, not to come
                if y is not None and (day is None or _valid_day(f"{y:04d}-{d[2:]}")):
                    mapping[d] = f"{y:04d}-{d[2:]}"


# -- merging across documents ----------------------------------------------------------------------
# `build_timeline` and `sort_key` live in `rashomon._timeline_merge` (merged day by day, spilled to disk
# on request); imported last, as that module reads `MAX_XREF` and `event_kinds` from this one.
from ._timeline_merge import build_timeline as build_timeline  # noqa: E402
from ._timeline_merge import sort_key as sort_key  # noqa: E402
