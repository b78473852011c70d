"""A figure of an earlier, other event told inside a story: "the deadliest accident since 2009, when two
explosions killed 37 people", "a similar incident occurred in 2015 when a fire caused 120 people to die",
«в 2009 году, когда при взрыве погибли 37 человек». Such a figure is no count of the story's event.

Told apart without knowing the event: in the figure's sentence, before the figure, a date stating a year
is followed by a link word that opens the clause telling what happened then (``lang/*/past_event_links.txt``:
"when", «когда», «коли», «кезде»; a year word may stand between: «в 2009 году, когда»), and that year
is earlier than the year the claim is dated to (else than the report's year). A page that tells the
earlier event itself dates its figures to that year and keeps them. Page-level too: a toll whose own
sentence states a date more than a year before the first day the page states for its story's tolls
(`own_date`, `drop_other_events`).
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from ..langdata import languages, load_list
from ..model import TimeExpr
from ..time.recap import _NAME, _STEM, named_elsewhere, names_in

_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|20\d\d)(?!\d)")
_WORD = re.compile(r"[^\W\d_]+")
_GAP = re.compile(r"[\s,–—-]*")


@functools.cache
def _links() -> tuple[frozenset[str], frozenset[str]]:
    """``(links, year words)`` of every language: "when" words and the year nouns that may precede them."""
    links, years = set(), set()
    for lang in languages():
        for w in load_list(lang, "past_event_links"):
            w = w.casefold()
            if not w.startswith("+"):
                (years if w.startswith("=") else links).add(w.lstrip("="))
    return frozenset(links), frozenset(years)


def _year(value: str | None) -> int | None:
    m = _YEAR.search(value or "")
    return int(m.group(1)) if m else None


def past_year(text: str, sent: tuple[int, int], at: int, timexes: list[TimeExpr], end: int | None = None) -> int | None:
    """The year of an earlier event whose telling holds the figure at offset ``at`` of the sentence
    ``sent`` ("since 2009, when ... killed 37"), or, the figure ending at ``end``, a bare year its own
    clause gives after it ("an explosion which killed 73 people in 1987"), or None."""
    if end is not None and (y := _year_after(text, sent, end, timexes)) is not None:
        return y
    links, years = _links()
    for t in timexes:
        if t.kind not in ("date", "datetime") or not (sent[0] <= t.span[0] and t.span[1] <= at):
            continue
        y = _year(t.value)
        if y is None or "year" in t.inferred:
            continue
        pos = t.span[1]
        for _ in range(2):  # "in 2015 when", "в 2009 году, когда", "у 2009 році, коли"
            pos = _GAP.match(text, pos).end()
            m = _WORD.match(text, pos)
            if not m or m.end() > at:
                break
            w = m.group(0).casefold()
            if w in links:
                return y
            if w not in years:
                break
            pos = m.end()
    return None


def opening_year(text: str, sent: tuple[int, int], timexes: list[TimeExpr], prev: tuple[int, int] | None = None) -> int | None:
    """The year of a month or a year (no day: a day dates the story itself, as on an anniversary page) that
    opens ``prev``, the figure-less sentence before the figure's own in its paragraph, when that sentence
    dates nothing itself ("In June 2029 a strong quake hit the east. At least 1,000 died", «В июне 2029
    года мощное землетрясение произошло на востоке. Погибло не менее 1000»), or None. Dropped only when
    earlier than the story's year (`drop_other_events`)."""
    if prev is None or _dates_in(sent, timexes):
        return None
    for t in _dates_in(prev, timexes):
        if "year" in t.inferred or not re.fullmatch(r"(1[89]\d\d|20\d\d)(-\d\d)?", t.value or ""):
            continue
        if len(_WORD.findall(text[prev[0] : t.span[0]])) <= 1:  # "In June 2029", «В июне 2029 года»
            return int(t.value[:4])
    return None


def _dates_in(sent: tuple[int, int], timexes: list[TimeExpr]) -> list[TimeExpr]:
    return [t for t in timexes if t.kind in ("date", "datetime") and sent[0] <= t.span[0] < sent[1]]


def _year_after(text: str, sent: tuple[int, int], end: int, timexes: list[TimeExpr]) -> int | None:
    """A date that states only a year, after a preposition ("in 1987", «в 1987 году»), in the clause of the
    figure ending at ``end`` (no comma, semicolon, dash or other figure between): "41 miners were killed in
    accidents in 2011, and 52 died in 2012"."""
    preps = _preps()
    for t in timexes:
        if t.kind != "date" or not (end <= t.span[0] and t.span[1] <= sent[1]) or t.span[0] - end > _AFTER_REACH:
            continue
        if not re.fullmatch(r"(1[89]\d\d|20\d\d)", t.value or "") or "year" in t.inferred:
            continue
        between = text[end:t.span[0]]
        if re.search(r"[,;:—–()\d]", between):
            continue
        words = _WORD.findall(text[end:t.span[1]].casefold())
        if any(w in preps for w in words[-3:]):
            return int(t.value)
    return None


_AFTER_REACH = 60  # characters from a figure to the year its clause gives after it


@functools.cache
def _preps() -> frozenset[str]:
    """Prepositions before a year ("in", «в», «у»): the lines ``+word`` of ``past_event_links.txt``."""
    return frozenset(w.casefold()[1:] for lang in languages() for w in load_list(lang, "past_event_links") if w.startswith("+"))


def own_date(when: str | None, how: str | None, sent: tuple[int, int], timexes: list[TimeExpr]) -> str | None:
    """``when``, the date of a claim, when the claim's own sentence states it with its year written ("In
    March 2011 a blast killed 37 miners", «У 2011 році вибух забрав життя 37 шахтарів»), else None: a single
    date (no range), not one whose year the reader guessed."""
    if how != "sentence" or not when or "/" in when or ".." in when or not _YEAR.match(when):
        return None
    for t in _dates_in(sent, timexes):
        if "year" not in t.inferred and (t.value or "")[:4] == when[:4]:
            return when
    return None


_BEFORE_DAYS = 365  # a toll its own sentence dates more than a year before the story's first day is another event's
_TOLLS = frozenset({"killed", "injured", "missing"})  # (a trial's or a dismissal's figure follows its event: kept)
_UNSTATED = frozenset({"report", "corpus", "citation", None})  # dates no sentence of the story states (only a stamp)


def _day(value: str, last: bool) -> date | None:
    """The first (or ``last``) day of a date "2029", "2029-03" or "2029-03-07[T...]"."""
    m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        if d:
            return date(y, int(mo), int(d))
        if mo:
            return (date(y + (mo == "12"), int(mo) % 12 + 1, 1) - timedelta(days=1)) if last else date(y, int(mo), 1)
        return date(y, 12, 31) if last else date(y, 1, 1)
    except ValueError:
        return None


def drop_other_events(claims: list, past: dict[tuple, int], dated: dict[tuple, str] | None = None) -> list:
    """``claims`` without those told of an earlier event: ``past`` maps a claim's measure and value span to the year of
    the event its sentence tells; the claim goes when the story's year (the most frequent year the other
    claims are dated to) is later. A page that tells the earlier event only keeps its figures. ``dated``
    maps a claim to the date its own sentence states: a toll (killed, injured, missing) goes when that date
    ends more than a year before the story's first day, the earliest day of the story's year the page's
    text states for a toll (a stamp alone states none: an anniversary item dated only by its feed keeps
    the old event's figures): "In March 2027 a blast in the same mine killed 37" on a page whose tolls
    are of 2029. A trial's or a dismissal's figures follow their event and are kept."""
    dated = dated or {}
    if not past and not dated:
        return claims
    counts: dict[int, int] = {}
    for c in claims:
        if (c.measure, c.value_span) not in past and (y := _year(c.when)) is not None:
            counts[y] = counts.get(y, 0) + 1
    if not counts:
        return claims
    story = max(counts, key=lambda y: (counts[y], y))
    claims = [c for c in claims if past.get((c.measure, c.value_span), story) >= story]
    firsts = [d for c in claims if c.measure in _TOLLS and c.when_how not in _UNSTATED and (c.measure, c.value_span) not in past
              for part in (c.when or "").split("/") if part.lstrip(".")[:4] == str(story)
              if (d := _day(part.lstrip("."), last=False)) is not None]
    if not dated or not firsts:
        return claims
    start = min(firsts)
    return [c for c in claims if c.measure not in _TOLLS or (day := dated.get((c.measure, c.value_span))) is None
            or (end := _day(day, last=True)) is None or (start - end).days <= _BEFORE_DAYS]


@functools.cache
def _recap_leads() -> tuple[str, ...]:
    """Openings of a recap of an earlier report: the time module's leads and ``claim_recap_leads.txt``."""
    words = set()
    for lang in languages():
        for name in ("time_recap_leads", "claim_recap_leads"):
            words.update(w.casefold() for w in load_list(lang, name))
    return tuple(sorted(words))


@functools.cache
def _place_preps() -> frozenset[str]:
    return frozenset(w.casefold() for lang in languages() for w in load_list(lang, "claim_recap_place_preps"))


def elsewhere_recap(text: str, sent: tuple[int, int]) -> bool:
    """A recap that tells another event at another place: the sentence opens with a recap lead ("Ранее
    сообщалось, что", "Нагадаємо,", "Earlier this year,"), names a place after a locative preposition
    ("в Энской области", "in Redhill"), and no other part of the document names any of its names (compared
    by their first letters, so inflected forms still meet) while it names a place of its own the same way.
    A recap of the story names the story's places."""
    a, b = sent
    head = text[a:b].lstrip(" \t*_-–—\"«“„(").casefold()
    if not head.startswith(_recap_leads()):
        return False
    places = _places(text[a:b])
    if not places:
        return False
    lead = _NAME.search(text, a, b)  # the recap's lead word is no name
    if named_elsewhere(text, a, b, names_in(text, lead.end() if lead else a, b)):
        return False  # "Напомним, 230 человек погибли в городке Энске, 11 — в Заречье": the story's town named too
    return bool(_places(text[:a]) or _places(text[b:]))  # the story names a place of its own elsewhere


def _places(text: str) -> list[str]:
    """Capitalized words (no acronym) right after a locative preposition: the places ``text`` names."""
    words, preps = list(_NAME.finditer(text)), _place_preps()
    return [m.group(0) for i, m in enumerate(words[1:], 1)
            if m.group(0)[0].isupper() and not m.group(0).isupper() and len(m.group(0)) >= _STEM
            and words[i - 1].group(0).casefold() in preps]
