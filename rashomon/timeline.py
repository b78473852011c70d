"""Timeline: dated events per document (`events_from`), years filled across documents (`reanchor`),
then the same event matched across documents (`build_timeline`).

What counts as an event (sentence level; chronology lines "12:52 ..." count as sentences): a sentence
that states a day ("16 декабря", "On Monday 19.12", "until January 5", "вчера", "on Tuesday" counted
back from the report's date, "вечером"), a clock time ("12:52" under a dated heading takes the
heading's date), a range of days as its first day ("4–7 января", "10 to 14 June 2010"), or a month of
an explicit year that no dated day of the document falls in ("In June 1989"). A sentence stating a day
and a clock time on it gives the time only; a "since" date next to another date only bounds it. Not
events: years alone, intervals of clock times (curfew hours), months of a guessed year, a time in
brackets restating another in a second zone ("19.45 hours (20.45 Moscow time)"), citations,
publication notes ("published on 2 May 2016", see `rashomon.time.when`), bylines, datelines and post
headers (a short line near the start or end of a document, or stamped with a clock time), except a
statement's own stamp with a zone ("28 October 2023, 18:00 Astana time (UTC+6)"). A document naming
the same day again usually names the same event: one entry per day and part of the day ("morning,
17.12" and "the evening of 17.12" are two), the first explicit mention, else a relative day, else the
date of the heading above the sentence; a chronology item ("4 May — ...", "- **19:50** — ...") keeps
its own entry.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter, defaultdict

from .document import Document
from .langdata import languages, load_map
from .model import Claim, Mention, TimeExpr, TimelineEvent, stable_id

LABEL_MAX = 80
MAX_XREF = 20  # cross-references (also, conflicts) listed per timeline entry; the rest are counted
_WORD = re.compile(r"\w+")
_LEAD = re.compile(r"^[\s,;:.\-–—()]*(?:(?:on|in|at|of|since|until|by|from|as of|в|во|на|с|до|у|з|о|від)\s+)*[\s,;:.\-–—()]*",
                   re.IGNORECASE)
_FULL = re.compile(r"^\d{4}-\d{2}-\d{2}")
_MONTH = re.compile(r"^(?:\d{4}|-)-\d{2}$")


def _relative_words() -> set[str]:
    from .time.lexicon import lexicon

    return set(lexicon().relative)


@functools.cache
def _kinds() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang in languages():
        out.update({k.casefold(): v for k, v in load_map(lang, "event_kinds").items()})
    return out


def event_kinds(text: str) -> set[str]:
    """Kinds of event a text reports (shooting, rally, detention...), from ``lang/*/event_kinds.txt``
    (a one-word entry is a stem; an entry of several words must appear as written)."""
    kinds = _kinds()
    folded = text.casefold()
    out = {k for w, k in kinds.items() if " " in w and w in folded}
    for w in _WORD.findall(text.casefold()):
        for n in range(min(len(w), 14), 1, -1):
            k = kinds.get(w[:n])
            if k:
                out.add(k)
                break
    return out


def _units(doc: Document) -> list[tuple[int, int]]:
    """Sentences, with chronology lines ("12:52 ...") split off even when the segmenter joined them."""
    spans = [s.span for s in doc.sentences] or [(0, len(doc.text))]
    out = []
    for a, b in spans:
        start = a
        for m in re.finditer(r"\n", doc.text[a:b]):
            cut = a + m.end()
            if doc.text[start:cut].strip():
                out.append((start, cut - 1))
            start = cut
        if doc.text[start:b].strip():
            out.append((start, b))
    return out


def _is_eventive(t: TimeExpr, rel: set[str]) -> bool:
    if t.kind == "interval" or t.kind == "time":
        return False
    v = t.value
    date = v.split("T")[0]
    if len(date) == 4 or date.count("-") == 0:  # a year alone
        return False
    if _MONTH.match(date):
        return "year" not in t.inferred and not date.startswith("--")  # a month of an inferred year
    return True


def _label(text: str, span: tuple[int, int], cut: list[tuple[int, int]]) -> str:
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


def _start_of(t: TimeExpr) -> TimeExpr:
    """A range of days ("4–7 января", "10 to 14 June 2010") as the event of its first day; others as they are."""
    if t.kind != "interval" or "T" in t.value:
        return t
    a, _, b = t.value.partition("/")
    if not (_FULL.match(a) or (a.startswith("--") and len(a) == 7)) or len(b) != len(a):
        return t
    return TimeExpr(span=t.span, text=t.text, value=a, kind="range_start", tz=None, certainty=t.certainty,
                    anchor=t.anchor, inferred=t.inferred)


def _chronology_item(text: str, u: tuple[int, int], t: TimeExpr) -> bool:
    """A chronology entry: a line or list item that opens with its date and a dash ("4 May — ...",
    "- **19:50** — ..."), or with an emphasized date ("**19:50** ...")."""
    if not (u[0] <= t.span[0] <= u[0] + 12 and _ITEM.fullmatch(text, u[0], t.span[0])):
        return False
    return bool(text[u[0]:t.span[0]].strip()) or bool(_DASH.match(text, t.span[1], min(u[1], t.span[1] + 30)))


_ITEM = re.compile(r"\s*(?:(?:[-*•–—]\s+)?(?:\*\*|__)?)\s*")
_DASH = re.compile(r"[^—–\n.;]{0,25}?\s[—–-]\s")


def events_from(doc: Document, timexes: list[TimeExpr], claims: list[Claim], mentions: list[Mention]) -> list[TimelineEvent]:
    """Timeline candidates of one document: one per dated event stated in a sentence."""
    from .time.when import report_roles

    rel = _relative_words()
    roles = report_roles(doc, timexes)
    report = {timexes[i].span for i, r in roles.items() if r in ("published", "dateline", "caption")}
    as_of = {timexes[i].span for i, r in roles.items() if r == "as_of"}
    timexes = [_start_of(t) for t in timexes]
    blocked = [c.span for c in doc.citations if c.span]
    headings = [s for s in doc.sections if s.level > 1]
    cands: list[tuple[int, int, TimeExpr, tuple[int, int]]] = []  # (rank, order, timex, unit)
    units = _units(doc)
    by_unit: dict[tuple[int, int], list[TimeExpr]] = defaultdict(list)
    ui = 0
    for t in sorted(timexes, key=lambda t: t.span):
        while ui < len(units) and units[ui][1] <= t.span[0]:
            ui += 1
        if ui < len(units) and units[ui][0] <= t.span[0]:
            by_unit[units[ui]].append(t)
    for n, u in enumerate(units):
        if any(a <= u[0] < b or u[0] <= a < u[1] for a, b in blocked):
            continue
        ts = by_unit.get(u, [])
        if any(h.span[0] <= u[0] and u[1] <= h.span[1] + 8 for h in headings):
            continue  # a heading dates the sentences under it (below)
        stamp = _statement_stamp(doc.text, u, ts)
        good = [t for i, t in enumerate(ts) if _is_eventive(t, rel) and not _alternative(doc.text, ts, i)
                and (t.span not in report or stamp)]
        if not good:  # "He died in 2016", "У 2021 році суд засудив": a year alone dates a stated event
            good = [t for t in ts[:1] if _year_event(doc.text, u, t, ts)]
        if good and not stamp and _is_dateline(doc, units, n, u, ts):
            continue
        if any(t.certainty != "after" for t in good):  # "said on Saturday that 26 were killed since Wednesday"
            good = [t for t in good if t.certainty != "after"]
        timed = {t.value.split("T")[0] for t in good if "T" in t.value}
        good = [t for t in good if "T" in t.value or t.value not in timed]  # "2 May, 15:45": the time says it
        seen = set()
        for t in good:
            if t.value in seen:
                continue
            seen.add(t.value)
            cands.append((1 if t.text.casefold() in rel else 0, n, t, u))
    for h in headings:  # a dated heading dates the first sentence under it when that has no date of its own
        ht = [t for t in timexes if h.span[0] <= t.span[0] < h.span[1] and _is_eventive(t, rel)
              and t.span not in as_of]  # "Losses (as of 27 June)": a caption's date is no event
        if not ht:
            continue
        first = next((i for i, u in enumerate(units) if h.span[1] <= u[0] < h.body[1]), None)
        if first is not None and not any(_is_eventive(t, rel) for t in by_unit.get(units[first], [])):
            cands.append((2, first, ht[0], units[first]))
    best: dict[tuple, tuple[int, int, TimeExpr, tuple[int, int]]] = {}
    for c in cands:
        # "the internet was cut from 2 July" and "on 2 July the president came": a "since" day is its own entry
        key = (c[2].value, _daypart(c[2].text), c[3] if _chronology_item(doc.text, c[3], c[2]) else None,
               c[2].certainty in ("after", "before") and not _has_claim(claims, c[3]))  # "since 18 May, 77 died": a count's period
        if key not in best or c[:2] < best[key][:2]:
            best[key] = c
    # "Saturday morning, 17.12" and "the evening of 17.12" are two events; a plain "17.12" joins the first
    for key in [k for k in best if k[1] is None and k[2] is None]:
        parts = [k for k in best if k[0] == key[0] and k[1] is not None and k[2] is None and k[3] == key[3]]
        if parts:
            first = min(parts, key=lambda k: best[k][:2])
            best[first] = min(best[first], best.pop(key), key=lambda c: c[:2])
    days_with_events = {k[0].split("T")[0] for k, c in best.items() if len(k[0].split("T")[0]) >= 10
                        and c[2].kind != "range_start"}  # "in June 2010" is no background to "10 to 14 June"
    out = []
    for _rank, _n, t, u in sorted(best.values(), key=lambda c: (c[3], c[2].span)):
        v = t.value
        if len(v) == 7 and any(d.startswith(v) for d in days_with_events):
            continue  # "in December 2011" is background to the December days the text dates
        cut = [_with_preposition(doc.text, x.span) for x in by_unit.get(u, [])]
        out.append(TimelineEvent(
            id=stable_id("t", doc.id, u[0], u[1], v), doc=doc.id, when=v,
            label=_label(doc.text, u, cut) or doc.text[u[0]:u[1]].strip()[:LABEL_MAX],
            span=u, quote=doc.text[u[0]:u[1]], tz=t.tz, certainty=t.certainty, anchor=t.anchor or "explicit",
            claims=[c.id for c in claims if u[0] <= c.span[0] < u[1]],
            entities=sorted({m.entity or m.canonical or m.key or m.text for m in mentions if u[0] <= m.span[0] < u[1]}),
        ))
    return out


def _year_event(text: str, u: tuple[int, int], t: TimeExpr, ts: list[TimeExpr]) -> bool:
    """The only date of a sentence is a stated year with no qualifier ("since", "until") and the
    sentence names a kind of event (died, convicted, rally...)."""
    return len(ts) == 1 and len(t.value) == 4 and t.kind == "date" and t.certainty == "exact" \
        and "year" not in t.inferred and bool(event_kinds(text[u[0]:u[1]]))


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


def _is_dateline(doc: Document, units: list[tuple[int, int]], n: int, u: tuple[int, int], ts: list[TimeExpr]) -> bool:
    """A byline or dateline ("«Улытау Курьер» 16 мая 2023 года, 22:15", "Zhezkazgan, 17 May 2023"),
    a forum post header or a signature date: a short line near the start or the end of the document,
    or any short line stamped with a clock time, that dates the report, not an event."""
    words = len(_WORD.findall(_label(doc.text, u, [x.span for x in ts])))
    if ts[0].span[0] == u[0] and "T" in ts[0].value:
        return False  # a chronology line: "12:52 По бастующим был открыт огонь"
    text = doc.text
    line_start = text.rfind("\n", 0, u[0]) + 1
    line_end = text.find("\n", u[1])
    line = text[line_start:len(text) if line_end == -1 else line_end].strip()
    if line != text[u[0]:u[1]].strip() or line.endswith((".", "!", "?", "…")):
        return False  # part of a running sentence or paragraph
    near_edge = n < 3 or n >= len(units) - 2
    stamped = any("T" in t.value for t in ts)
    return (near_edge and words <= 8) or (stamped and words <= 3)


def _daypart(text: str) -> str | None:
    """The part of the day named inside a date expression ("Saturday morning, 17.12")."""
    from .time.lexicon import lexicon

    parts = lexicon().dayparts
    for w in re.findall(r"\w+", text.casefold()):
        if w in parts and w not in ("am", "pm"):
            return parts[w]
    return None


def _with_preposition(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Extend a date's span over the preposition or qualifier before it, for the label."""
    from .time.grammar import context_patterns

    lo = max(0, span[0] - 30)
    m = context_patterns()["qual_before"].search(text[lo:span[0]])
    return (lo + m.start(), span[1]) if m else span


def _alternative(text: str, ts: list[TimeExpr], i: int) -> bool:
    """``11.40 am (9.20 Moscow time)``: the bracketed time restates the one before it in another zone."""
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
    """Fill the year of ``--MM-DD`` dates from the dates other documents of the run give the same day.

    Called by `rashomon.dossier.assemble` before `build_timeline`. Updates timexes, events and claims
    of each `Analysis` in place (``anchor='corpus'``); returns how many values changed. For a stream
    (analyses stored elsewhere), call `year_votes` on each, then `reanchor_one` on each.
    """
    years = YearVotes()
    for a in analyses:
        years.add(a)
    return sum(reanchor_one(a, years) for a in analyses)


class YearVotes(defaultdict):
    """``"12-16" -> Counter({(2011, doc id): 3})``: the full dates each document gives a day of the year."""

    def __init__(self) -> None:
        super().__init__(Counter)

    def add(self, a) -> None:
        for t in a.timexes:
            d = t.value.split("/")[0].split("T")[0]
            if _FULL.match(d) and "year" not in t.inferred:
                self[d[5:10]][(int(d[:4]), a.doc.id)] += 1


def reanchor_one(a, years: YearVotes) -> int:
    """Re-anchor one analysis in place with the votes of the corpus (see `reanchor`); returns how
    many time expressions changed."""
    mapping = {}
    for t in a.timexes:
        for part in t.value.split("/"):
            d = part.split("T")[0]
            if d.startswith("--") and len(d) == 7 and d not in mapping:
                votes = Counter({y: n for (y, doc), n in years.get(d[2:], {}).items() if doc != a.doc.id})
                if votes:
                    mapping[d] = f"{votes.most_common(1)[0][0]:04d}-{d[2:]}"
    if not mapping:
        return 0
    changed = 0
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
    for c in a.claims:
        if c.when and "--" in c.when:  # "--12-16", "../--01-10", "--01-06/--01-07"
            c.when, c.when_how = fix(c.when), "corpus"
    _redate_from_dateline(a, mapping)
    return changed


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
                y = _choose_year(m, day, known[0], True)
                if y is not None:
                    mapping[d] = f"{y:04d}-{d[2:]}"


# -- merging across documents ----------------------------------------------------------------------
# `build_timeline` and `sort_key` live in `rashomon._timeline_merge` (merged day by day, spilled to disk
# on request); imported last, as that module reads `MAX_XREF` and `event_kinds` from this one.
from ._timeline_merge import build_timeline as build_timeline  # noqa: E402
from ._timeline_merge import sort_key as sort_key  # noqa: E402
