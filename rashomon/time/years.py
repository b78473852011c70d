"""One year for the year-less days of a document: the corpus stage's choice among the years other
documents give a day (`rashomon.timeline.reanchor_one`), made for the document as a whole.

Day by day, the year most documents give a day wins ("8 шілдеде": 2024 from five reports of a 2024
event against one of a 2011 event). A document tells one story, so its days should share a year:
`document_years` takes the year that the most of its days can have, and a day stated with its weekday
("Дүйсенбі күні, 11 шілдеде", "Monday, 8 July") can only have a year in which it falls on that weekday.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from .lexicon import lexicon

_WORDS = re.compile(r"[^\W\d_][\w'’-]*")


def stated_weekday(text: str) -> int | None:
    """The ISO weekday (1 = Monday) a date's text states along with its day number ("Monday, 8 July",
    "у понеділок, 8 липня", "Дүйсенбі күні, 11 шілдеде"), else None (a weekday alone has no day)."""
    if not any(c.isdigit() for c in text):
        return None
    lx = lexicon()
    found = {w for w in (lx.weekday_of(x) for x in _WORDS.findall(text)) if w is not None}
    return found.pop() if len(found) == 1 else None


def _falls_on(year: int, mmdd: str, weekday: int) -> bool:
    try:
        return dt.date(year, int(mmdd[:2]), int(mmdd[3:5])).isoweekday() == weekday
    except ValueError:
        return False


def corpus_years(years) -> Counter:
    """``{year: votes}`` over every day of the run (the years its documents give any full date)."""
    return years.year_totals() if hasattr(years, "year_totals") else Counter()


def document_years(a, years, mapping: dict[str, str]) -> dict[str, str]:
    """``mapping`` (``{"--07-08": "2024-07-08"}``, each day's most voted year) revised for the whole
    document: a day whose weekday is stated keeps only the years it falls on that weekday in; then
    every day that can have the year the most days of the document can have takes it (ties: more
    votes). ``years`` is the corpus' `YearVotes`; returns a new mapping (the same when nothing changes)."""
    if not mapping:
        return mapping
    doc = a.doc.id
    cands: dict[str, Counter] = {d: years.around(d[2:], doc) for d in mapping}
    for t in a.timexes:
        d = t.value.split("/")[0].split("T")[0]
        if d not in cands:
            continue
        wd = stated_weekday(t.text)
        if wd is None:
            continue
        fit = Counter({y: n for y, n in cands[d].items() if _falls_on(y, d[2:], wd)})
        if not fit:  # no voted year fits the weekday: a year of the run that does ("Saturday, 26 November")
            fit = Counter({y: n for y, n in corpus_years(years).items() if _falls_on(y, d[2:], wd)})
        if fit:
            cands[d] = fit
    days_of: Counter = Counter()
    votes_of: Counter = Counter()
    for c in cands.values():
        for y, n in c.items():
            days_of[y] += 1
            votes_of[y] += n
    if not days_of:
        return mapping
    best = max(days_of, key=lambda y: (days_of[y], votes_of[y]))
    out = dict(mapping)
    for d, c in cands.items():
        y = best if best in c else (c.most_common(1)[0][0] if c else None)
        if y is not None:
            out[d] = f"{y:04d}-{d[2:]}"
    return out
