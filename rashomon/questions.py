"""Questions: claims grouped by what they count, with the spread of values, who says what and when.

**Grouping.** Claims answer the same question when they have the same ``measure``, the same ``group``
(case-insensitive; police killed and people killed are different questions), the same ``place`` and
overlapping periods (``when``):

- *place*: a claim without a place joins the only place that claims of its measure and group name in
  the corpus; when they name several places (or none) it stays in a question without a place. A
  claim placed in a country or region (per the gazetteer, when entities are given) joins the only
  town of that country that claims of its measure and group name; with two or more it stays apart.
  Every attachment is recorded in ``extra["inferred"]``.
- *period*: claims dated to a week or less are chained by overlap (a gap of up to `GAP_DAYS` days
  still joins, so 16 Dec and 17 Dec make one question); wider claims (``2011-12``, ``2011``) join the
  overlapping chain with most claims, and chain among themselves otherwise. Undated claims join a
  dated question of the same key, preferring one that already holds claims of the same document, then
  one that began before the document was published, then the largest; with no dated question they
  form an undated one. Every such join is recorded in ``extra["inferred"]``.

**Values.** One entry per distinct ``(value, qualifier)``. Each claim is read as an interval of counts
(`claim_interval`): exact n -> [n, n]; at_least n -> [n, inf); more_than n -> [n+1, inf); at_most n ->
[0, n]; less_than n -> [0, n-1]; about n -> [n - d, n + d] with d = max(1, round(`ABOUT` * n));
range -> [lo, hi]; vague -> the interval of the vague word found in the quote
(``lang/<code>/vague_intervals.txt``, e.g. "hundreds" -> [200, inf)), else [1, inf).

**Current figures.** When one source (same name and type; a document's own voice is its own source)
states several figures for a question at different report dates, only those of its latest report date
are *current*; earlier ones are listed as superseded (an official toll 10 -> 11 -> 15 is an update,
not a contradiction) and shown in ``extra["evolution"]``.

**Contested** when the intervals of the current *asserted* claims have an empty intersection.
Unconfirmed and denied claims are listed but never make a question contested
(``extra["contested_with_unconfirmed"]`` says whether rumours contradict the asserted figures).

**Official figures** (``extra["official"]``) are the values an official source states. A source all of
whose claims of a value deny it (``denied_by`` on the value) does not state it: a rumoured toll that
the ministry denies is listed in ``extra["officially_denied"]``, not as an official figure.

**Conservative figure** (ACLED's rule: code the most conservative report): the lowest figure that a
current asserted claim supports as a floor: exact n, at_least n, about n -> n; more_than n -> n+1;
range -> lo; vague -> its interval's lower bound; at_most/less_than give no floor. ``max`` is the
highest stated figure and ``extra["highest"]`` the value entries that state it.

**Grade** of the best-attested value (the value with most independent origins among current asserted
claims; ties: stated by an official source, then more documents, then the lower figure), after
Airwars' grading: ``contested`` when the question is contested (so the best value is contradicted by
another current asserted value, or the asserted values cannot all hold); else ``official``
when an official source asserts it; else ``multiple_independent`` with >= 2 independent origins
(`rashomon.independence`: documents that copy or translate each other are one origin); else
``single_source``; ``unconfirmed`` when no claim is asserted.
"""

from __future__ import annotations

import dataclasses
import functools
import gc
import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain, islice
from typing import Any

from . import _periods
from ._dochead import heads as docheads
from ._spill import Chunked
from .document import Document
from .independence import Independence, detect
from .langdata import load_map, load_table
from .model import MEASURES, Claim, Entity, Question, QuestionValue, Source, stable_id

ABOUT = 0.1  # "about n" allows n +/- 10% (at least 1)
GAP_DAYS = 1
SPECIFIC_DAYS = 7
INF = math.inf
Interval = tuple[float, float]
_WORDS = re.compile(r"\w+")


# -- claims as intervals ------------------------------------------------------------------------
def _vague_interval(claim: Claim) -> Interval:
    table = load_map(claim.lang, "vague_intervals") if claim.lang else {}
    for lang in ("en", "ru", "uk", "kk"):
        if not table:
            table = load_map(lang, "vague_intervals")
    text = claim.quote or ""
    if claim.value_span and claim.span and claim.span[0] <= claim.value_span[0] <= claim.value_span[1] <= claim.span[1]:
        text = text[claim.value_span[0] - claim.span[0] : claim.value_span[1] - claim.span[0]] or text
    for w in _WORDS.findall(text.casefold()):
        if w in table:
            lo, _, hi = table[w].partition("-")
            try:
                return float(lo), (INF if hi in ("", "inf") else float(hi))
            except ValueError:
                continue
    return 1.0, INF


def claim_interval(claim: Claim) -> Interval:
    """The counts a claim allows, as a closed interval (see the module docstring)."""
    v, q = claim.value, claim.qualifier
    if isinstance(v, (tuple, list)):
        lo, hi = sorted((float(v[0]), float(v[1])))
        if q == "more_than":
            return lo + 1, INF
        if q == "at_least":
            return lo, INF
        return lo, hi
    if v is None:
        return _vague_interval(claim)
    n = float(v)
    return {
        "at_least": (n, INF), "more_than": (n + 1, INF), "at_most": (0.0, n), "less_than": (0.0, max(0.0, n - 1)),
        "about": (n - max(1.0, round(ABOUT * n)), n + max(1.0, round(ABOUT * n))),
    }.get(q, (n, n))


def floor_of(claim: Claim) -> float | None:
    """The figure a claim supports as a floor (for the conservative figure), or None."""
    if claim.qualifier in ("at_most", "less_than"):
        return None
    if claim.value is None:
        lo = _vague_interval(claim)[0]
        return lo if lo > 1 else None
    if isinstance(claim.value, (tuple, list)):
        lo = float(min(claim.value))
        return lo + 1 if claim.qualifier == "more_than" else lo
    return float(claim.value) + (1 if claim.qualifier == "more_than" else 0)


def stated(value: Any) -> list[int]:
    """The figures a value states: ``n`` -> [n], ``[lo, hi]`` -> [lo, hi], None -> []."""
    if value is None:
        return []
    if isinstance(value, (tuple, list)):
        return [int(x) for x in value]
    return [int(value)]


def _num(x: float) -> int | None:
    return None if x == INF else int(x)


# -- sources and dates --------------------------------------------------------------------------
def source_of(claim: Claim, docs: dict[str, Document]) -> dict[str, str]:
    """The claim's source; with none named, the document: ``{"name": <publisher/author/title/id>,
    "type": "author"}`` for its own voice, or ``"unknown"`` when the claim's ``source_type`` says the
    figure is unattributed (a rumour the document repeats without saying whose)."""
    if claim.source is not None:
        return {"name": claim.source.name, "type": claim.source.type}
    d = docs.get(claim.doc)
    name = (d.publisher or d.author or d.title) if d else None
    typ = getattr(claim, "source_type", None) or "author"
    return {"name": name or claim.doc, "type": typ if typ in ("author", "unknown") else "author"}


def _source_key(claim: Claim, docs: dict[str, Document]) -> tuple[str, str, str]:
    s = source_of(claim, docs)
    own = claim.doc if claim.source is None else ""
    return s["name"].casefold(), s["type"], own


def report_date(claim: Claim, docs: dict[str, Document]) -> str | None:
    if claim.report_date:
        return claim.report_date
    d = docs.get(claim.doc)
    return (d.published or d.updated) if d else None


# -- grouping -----------------------------------------------------------------------------------
def _chain(items: list[tuple[_periods.Period, Claim]], gap: int) -> list[list[tuple[_periods.Period, Claim]]]:
    items = sorted(items, key=lambda x: (x[0][0], x[0][1], x[1].id))
    chains: list[list[tuple[_periods.Period, Claim]]] = []
    end = None
    for p, c in items:
        if chains and end is not None and (p[0] - end).days <= gap:
            chains[-1].append((p, c))
            end = max(end, p[1])
        else:
            chains.append([(p, c)])
            end = p[1]
    return chains


def _overlaps(p: _periods.Period, q: _periods.Period) -> bool:
    return p[0] <= q[1] and q[0] <= p[1]


def _group_periods(claims: list[Claim], docs: dict[str, Document], inferred: dict[str, Any]
                   ) -> list[tuple[_periods.Period | None, list[Claim]]]:
    """The claims of one key split into periods (see the module docstring). Notes of inferred periods
    go to ``inferred``; claims given the same reason share one (read-only) note."""
    parsed: dict[str | None, _periods.Period | None] = {}  # each `when` parsed once (a group repeats few)
    dated, undated = [], []
    for c in claims:
        p = parsed[c.when] if c.when in parsed else parsed.setdefault(c.when, _periods.parse(c.when))
        if p:
            dated.append((p, c))
        else:
            undated.append(c)
    del parsed
    specific = [x for x in dated if _periods.width(x[0]) <= SPECIFIC_DAYS]
    wide = [x for x in dated if _periods.width(x[0]) > SPECIFIC_DAYS]
    del dated
    groups: list[list[tuple[_periods.Period, Claim]]] = _chain(specific, GAP_DAYS)
    del specific
    periods = [(min(p[0] for p, _ in g), max(p[1] for p, _ in g)) for g in groups]
    loose = []
    notes: dict[Any, dict[str, str]] = {}  # one note per distinct reason
    for p, c in wide:
        hits = [i for i, q in enumerate(periods) if _overlaps(p, q)]
        if hits:
            i = max(hits, key=lambda i, groups=groups: (len(groups[i]), -i))  # (bound: groups is deleted below)
            groups[i].append((p, c))
            note = notes.get((c.when, i))
            if note is None:
                note = notes[(c.when, i)] = {"field": "when", "reason": f"its period {c.when} contains "
                                             f"{_periods.to_iso(periods[i])}"}
            _add_note(inferred, c.id, note)
        else:
            loose.append((p, c))
    del wide
    for g in _chain(loose, 0):
        groups.append(g)
        periods.append((min(p[0] for p, _ in g), max(p[1] for p, _ in g)))
    del loose
    out: list[tuple[_periods.Period | None, list[Claim]]] = [(periods[i], [c for _, c in g]) for i, g in enumerate(groups)]
    del groups
    alone: list[Claim] = []
    per_doc = [Counter(m.doc for m in members) for _, members in out] if undated and out else []
    for c in undated:
        if not out:
            alone.append(c)
            continue
        d = docs.get(c.doc)
        pub = _periods.parse(_periods.day_key(report_date(c, docs))) if d or c.report_date else None

        def rank(i: int, c: Claim = c, pub: _periods.Period | None = pub) -> tuple[int, int, int, int]:
            per, members = out[i]
            before = int(pub is None or per is None or per[0] <= pub[1])
            return per_doc[i][c.doc], before, len(members), -i

        i = max(range(len(out)), key=rank)
        out[i][1].append(c)
        per_doc[i][c.doc] += 1
        note = notes.get(i)
        if note is None:
            note = notes[i] = {"field": "when", "reason": "undated; joined the question of the same measure, place "
                               f"and group for {_periods.to_iso(out[i][0]) if out[i][0] else 'an unstated time'}"}
        _add_note(inferred, c.id, note)
    if alone:
        out.append((None, alone))
    return out


def _place_kinds(entities: Sequence[Entity] | None) -> dict[str, tuple[str, str | None]]:
    """Place canonical name -> (kind, country) from the gazetteer: city, region, country or unknown."""
    out: dict[str, tuple[str, str | None]] = {}
    if not entities:
        return out
    from .gazetteer import default_gazetteer

    gaz = default_gazetteer()
    for e in entities:
        if e.type != "place":
            continue
        p = gaz.place(e.gazetteer_id) if e.gazetteer_id else None
        out[e.canonical] = (p.kind if p else "unknown", e.country or (p.country if p else None))
    return out


_TOWN_OF_AREA, _ONLY_PLACE = 1, 2  # how a claim's place was inferred (`_attach_places`)


def _attach_places(claims: Sequence[Claim], kinds: dict[str, tuple[str, str | None]]
                   ) -> tuple[array[int], bytearray, array[int], list[tuple[str, str]], list[str | None]]:
    """The place of each claim, by position in ``claims``: its own, or one inferred (see the module
    docstring), and how it was inferred (0: stated; `_place_note` words the others). ``kinds``: see
    `_place_kinds`. Also each claim's key (measure, case-folded group) as a number into the list of
    keys returned fourth; places are numbers into the list of places returned last (0: none). One pass
    over the claims (they may be read from disk): then numbers only, 4 bytes a claim each."""
    keys: dict[tuple[str, str], int] = {}
    names: dict[str, int] = {}  # place -> its number (from 1; 0 stands for no place)
    key_of = array("i")  # claim position -> its key's number
    own = array("i")  # claim position -> its stated place's number
    for c in claims:
        key_of.append(keys.setdefault((c.measure, (c.group or "").casefold()), len(keys)))
        own.append(names.setdefault(c.place, len(names) + 1) if c.place else 0)
    place_names: list[str | None] = [None, *names]
    del names
    kind_of = [("unknown", None), *(kinds.get(p, ("unknown", None)) for p in place_names[1:])]  # type: ignore[arg-type]
    named: dict[int, set[int]] = defaultdict(set)
    for k, place in zip(key_of, own, strict=True):
        if place:
            named[k].add(place)
    out = array("i", bytes(4 * len(own)))
    how = bytearray(len(own))
    resolved: dict[int, set[int]] = defaultdict(set)
    town: dict[tuple[int, int], int] = {}  # (key, country or region) -> the only town of it named, or 0
    for i, place in enumerate(own):  # a country or region -> the only town of it that the corpus names
        if not place:
            continue
        out[i] = place
        kind, country = kind_of[place]
        if kind in ("country", "region") and country:
            k = key_of[i]
            if (k, place) not in town:
                inside = {p for p in named[k] if kind_of[p] not in (("country", country), ("region", country))
                          and kind_of[p][1] == country}
                town[(k, place)] = next(iter(inside)) if len(inside) == 1 else 0
            if town[(k, place)]:
                out[i] = town[(k, place)]
                how[i] = _TOWN_OF_AREA
        resolved[key_of[i]].add(out[i])
    for i, place in enumerate(own):  # no place -> the only place of the corpus
        if place:
            continue
        ps = resolved.get(key_of[i], set())
        out[i] = next(iter(ps)) if len(ps) == 1 else 0
        if out[i]:
            how[i] = _ONLY_PLACE
    return out, how, key_of, list(keys), place_names


def _place_note(c: Claim, place: str, how: int, kinds: dict[str, tuple[str, str | None]]) -> dict[str, str]:
    """The ``inferred`` note of a claim whose place ``place`` was inferred (``how``, see `_attach_places`)."""
    if how == _TOWN_OF_AREA:
        kind = kinds.get(c.place or "", ("unknown", None))[0]
        return {"field": "place", "reason": f"{c.place} is a {kind}; {place} is the only "
                f"place in it that {c.measure} claims name in this corpus"}
    return {"field": "place", "reason": f"no place stated; {place} is the only place "
            f"that {c.measure} claims name in this corpus"}


# -- text -----------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=16)
def _wording(lang: str) -> tuple[dict[str, tuple[str, str]], dict[str, str], dict[str, str]]:
    """Question templates per measure, phrases and month names of ``lang`` (``questions.txt``)."""
    rows = load_table(lang, "questions")
    return ({r[1]: (r[2], r[3]) for r in rows if r[0] == "measure" and len(r) >= 4},
            {r[1]: r[2] for r in rows if r[0] == "phrase" and len(r) >= 3},
            {r[1]: r[2] for r in rows if r[0] == "month" and len(r) >= 3})


def question_text(measure: str, place: str | None, period: _periods.Period | None, group: str | None,
                  lang: str = "en") -> str:
    templates, phrases, months = _wording(lang)
    who, tpl = templates.get(measure) or templates.get("*") or ("people", "How many {who} ({measure}) {where} {when}?")
    where = phrases.get("place", "in {place}").format(place=place) if place else ""
    when = _periods.describe(period, phrases, months) if period else ""
    text = tpl.format(who=group or who, where=where, when=when, measure=measure.replace("_", " "))
    return re.sub(r"\s+([?.,])", r"\1", re.sub(r"\s{2,}", " ", text)).strip()


# -- building -------------------------------------------------------------------------------------
def build_questions(claims: Sequence[Claim], docs: dict[str, Document],
                    independence: Independence | None = None, entities: Sequence[Entity] | None = None,
                    *, spill: bool = False) -> Sequence[Question]:
    """Group ``claims`` into questions (see the module docstring), contested ones first. ``entities``
    (optional) tell countries and regions from towns, for the place rule. With ``spill``, questions
    wait in a temporary file as they are built (`rashomon._spill`) and the result reads them back in
    order; only their sort keys stay in memory."""
    from ._spill import PackedStrings, Reordered, Spill, forget_cached, release_memory

    long: Spill[Any] | None = Spill() if spill else None  # a large question's long lists (`_long_lists`)
    inner: Spill[Any] | None = Spill() if spill else None  # the long lists inside those (its series' points)

    if independence is None:
        independence = detect(docs) if docs else Independence()
    kinds = _place_kinds(entities)
    heads = docheads(docs)  # sources and report dates need only the documents' metadata
    places, how, key_of, keys, place_names = _attach_places(claims, kinds)
    code = "I" if len(claims) < 1 << 32 else "q"  # a claim's position: 4 bytes
    keyed: dict[tuple[int, int], array[int]] = {}  # (key, place) -> positions, not claims:
    for i, k in enumerate(key_of):               # ``claims`` may be read from disk a group at a time
        kp = (k, places[i])
        at = keyed.get(kp)
        if at is None:
            at = keyed[kp] = array(code)
        at.append(i)
    del places, key_of
    order = {m: i for i, m in enumerate(MEASURES)}
    questions: list[Question] | Spill[Question] = Spill() if spill else []
    # per question, in build order, what ranks it (contested first, then more claims, the measures'
    # order, the id): numbers in arrays and the id, not a tuple each (a large corpus has many questions)
    sizes, orders, qids = array("q"), array("i"), []
    built = array(code, bytes(array(code).itemsize * len(claims)))  # claim position -> its question (build order)
    inferred: dict[str, Any] = {}  # claim id -> its notes (`_add_note`), one group at a time
    flags, where = bytearray(), []  # per question: 1 contested, 2 consensus; its place (`QuestionList`)
    def text_key(kp: tuple[int, int]) -> tuple[str, str, str]:
        return (*keys[kp[0]], place_names[kp[1]] or "")

    for kp in sorted(keyed, key=text_key):
        positions = keyed.pop(kp)
        measure, _g, place = text_key(kp)
        share: dict[Any, Any] = {}  # one copy of each repeated string or source among the group's claims
        members = [_slim(claims[i], share, i) for i in positions]
        del share
        place_notes: dict[tuple[int, str | None, str], dict[str, str]] = {}  # equal notes: one (read-only) dict
        for c, i in zip(members, positions, strict=True):
            if how[i]:
                note = place_notes.get((how[i], c.place, c.measure))
                if note is None:
                    note = place_notes[(how[i], c.place, c.measure)] = _place_note(c, place, how[i], kinds)
                _add_note(inferred, c.id, note)
        del place_notes
        del positions
        for period, group_claims in _group_periods(members, heads, inferred):
            group = next((c.group for c in group_claims if c.group), None)
            q = _question(measure, place or None, period, group, group_claims, heads, independence, inferred, long,
                          inner)
            for c in group_claims:
                built[c.citation] = len(qids)  # type: ignore[index]  # its position (`_slim`)
            sizes.append(len(q.extra["claims"]))
            orders.append(order.get(q.measure, 99))
            qids.append(q.id)
            flags.append(int(q.contested) | (2 if q.extra.get("consensus") else 0))
            where.append(q.place)
            questions.append(q)
        inferred.clear()
    independence._links_by_doc = None  # type: ignore[attr-defined]  # `_links_by_doc`'s index: not kept
    del heads
    forget_cached(docs)  # the documents and heads read while grouping: not kept past this stage
    ranked = list(range(len(qids)))  # by (not contested, -claims, measure order, id): one stable sort per key,
    ranked.sort(key=qids.__getitem__)  # the last key first
    ranked.sort(key=orders.__getitem__)
    ranked.sort(key=sizes.__getitem__, reverse=True)  # stable too: equal sizes keep their order
    ranked.sort(key=bytes(1 - (f & 1) for f in flags).__getitem__)  # contested (flag 1) first
    del sizes, orders
    rank = array("q", bytes(8 * len(ranked)))
    for r, b in enumerate(ranked):
        rank[b] = r
    index = array("I" if len(ranked) < 1 << 32 else "q", (rank[b] for b in built))  # 4 bytes a claim
    del built
    out: QuestionList | Reordered[Question]
    out = QuestionList(questions[i] for i in ranked) if isinstance(questions, list) else Reordered(questions, ranked)
    out.claim_question = index
    out.ids = PackedStrings(qids[b] for b in ranked)  # the questions' ids in order, ~13 bytes each
    if not isinstance(questions, list):  # spilled: what passes over all questions read, without reading them
        out.flags = bytearray(flags[b] for b in ranked)
        out.places = [where[b] for b in ranked]
        out.long_lists = long  # the spilled questions refer to it: it lives as long as they do (``inner``
        # as long as ``long``: its lists are written there as references)
    del qids, flags, where
    gc.collect()  # the groups' objects caught in reference cycles: freed now, not at some later pass
    release_memory()  # the groups' slim claims and statistics, freed: their pages go back to the system
    return out


def _slim(c: Claim, share: dict[Any, Any], position: int | None = None) -> Claim:
    """``c`` with only what grouping and a question's statistics read: no quote nor value span (unless its
    vague figure is read from them), rule or provenance notes; repeated strings and sources shared through ``share``
    (a group of a large corpus can hold a large share of all claims). Its ``citation`` (which nothing
    of a question reads) carries ``position``, its position in the corpus's claims."""
    s = share.setdefault
    src = c.source
    if src is not None:
        src = s((src.name, src.type), Source(src.name, src.type))
    return Claim(c.id, s(c.doc, c.doc), s(c.measure, c.measure), c.value, s(c.qualifier, c.qualifier), c.span,
                 c.quote if c.value is None else "", s(c.lang, c.lang), s(c.group, c.group), src,
                 s(c.modality, c.modality), s(c.place, c.place), s(c.when, c.when),
                 c.value_span if c.value is None else None,  # read only for a vague figure (`_vague_interval`)
                 report_date=s(c.report_date, c.report_date), citation=position,
                 source_type=s(c.source_type, c.source_type))


class QuestionList(list):
    """The questions of a dossier, with ``claim_question``: the position in this list of the question
    each claim (by position in the dossier's claims) belongs to, and ``ids``: the questions' ids in
    order. A `Reordered` view of spilled questions carries the same attributes. See `question_ids`."""

    __slots__ = ("claim_question", "ids")


def _summary(questions: Sequence[Question]) -> tuple[bytearray, list[str | None]] | None:
    """The flags (1 contested, 2 consensus) and places of spilled questions (`build_questions`), when
    they are there and match: passes that read only these need not read each (large) question."""
    flags, places = getattr(questions, "flags", None), getattr(questions, "places", None)
    if flags is None or places is None or not len(flags) == len(places) == len(questions):
        return None
    return flags, places


def question_ids(claims: Sequence[Claim], questions: Sequence[Question]) -> Iterator[str | None]:
    """The id of the question each claim belongs to, claim by claim in order: from the index
    `build_questions` leaves on its result when it is there (memory: one id per question), else from
    the questions' values (one entry per claim)."""
    index = getattr(questions, "claim_question", None)
    if index is not None and len(index) == len(claims):
        ids = getattr(questions, "ids", None)
        if ids is None or len(ids) != len(questions):
            ids = [q.id for q in questions]
        return (ids[k] for k in index)
    of = {cid: q.id for q in questions for v in q.values for cid in v.claims}
    return (of.get(c.id) for c in claims)


def _question(measure: str, place: str | None, period: _periods.Period | None, group: str | None,
              claims: list[Claim], docs: dict[str, Document], ind: Independence,
              inferred: dict[str, Any], long: Any = None, inner: Any = None) -> Question:
    """One question of ``claims``. With ``long`` (a `Spill`), a question of `SMALL_RECORD` claims or more
    keeps its long lists there (`_long_lists`), each written as soon as it is made; the long lists inside
    them (its evolution's series' points) in ``inner`` (default: ``long``, when no list holds another)."""
    from ._question_stats import current_claims, evolution, grade, make_values, report_days

    when = _periods.to_iso(period) if period else None
    q = Question(id=stable_id("q", measure, place, when, group), measure=measure, place=place, when=when, group=group,
                 text=question_text(measure, place, period, group))
    day = report_days(docs)  # one string per report day, not one per claim in the sort keys
    claims = sorted(claims, key=lambda c, day=day: (day(c), c.doc, c.span[0], c.id))  # (bound: day is deleted below)
    del day
    current, superseded = current_claims(claims, docs)
    q.values = make_values(claims, docs, ind, superseded)
    q.min, q.max = _span(f for c in claims for f in stated(c.value))  # statistics of one pass: no lists
    asserted = [c for c in current if c.modality == "asserted"]
    q.contested = _disjoint(claim_interval(c) for c in asserted)
    rumours = (c for c in current if c.modality in ("asserted", "unconfirmed"))
    floor = _span(f for c in asserted if (f := floor_of(c)) is not None)[0]
    q.conservative = int(floor) if floor is not None else None
    q.grade, best = grade(q.values, asserted, ind, q.contested)
    highest = [v.to_json() for v in q.values if q.max is not None and q.max in stated(v.value)]
    large = len(claims) >= SMALL_RECORD
    keep = _long_lists(long if large else None)
    if large and long is not None:  # a large question's evolution: its series a few at a time, their points apart
        from ._spill import Spill

        keep_series = _long_lists(long, _SERIES)
        keep_points = _long_lists(inner if inner is not None else Spill())
    else:
        keep_series = keep_points = keep
    q.extra.update({
        "claims": keep(c.id for c in claims),
        "best": best,
        "highest": [{k: v[k] for k in ("value", "qualifier", "sources")} for v in highest],
        "contested_with_unconfirmed": _disjoint(claim_interval(c) for c in rumours),
        "official": [_brief(v) for v in q.values if v.extra["official"]],
        "unofficial": [_brief(v) for v in q.values if any(s["type"] != "official" for s in _stating(v))],
        **({"officially_denied": denials} if (denials := [
            _brief(v, v.extra["denied_by"]) for v in q.values if any(s["type"] == "official" for s in v.extra.get("denied_by", ()))]) else {}),
        "evolution": evolution(claims, docs, keep, keep_series, keep_points),
        "superseded": keep(sorted(superseded)),
        "inferred": keep(_notes(claims, inferred)),
        "independence": keep(_independence_note(claims, ind)),
        "consensus": not q.contested and len({(str(v.value), v.qualifier) for v in q.values if v.extra.get("asserted")}) == 1
                     and ind.origins((c.doc, c.span[0]) for c in asserted) >= 2,
    })
    return q


_LONG = 256  # items from which a large question's list is kept in its spill (`_long_lists`)
_SERIES = 8  # a large question's evolution series held at once (each holds its points, up to `_LONG`)


def _long_lists(long: Any, size: int | None = None) -> Callable[[Iterable[Any]], Sequence[Any]]:
    """What keeps a list of a question: with ``long`` (a `Spill`), a list of `_LONG` items or more is
    written there as it is made (`rashomon._spill.Chunked`: iterable, len()-able, equal to the list;
    the writers stream it); else, and for shorter lists, a list. With ``size`` (large items), a list of
    ``size`` items or more is written, ``size`` items a chunk."""
    from ._spill import CHUNK, Chunked

    if long is None:
        return list
    least, chunk = (size, size) if size else (_LONG, CHUNK)

    def keep(items: Iterable[Any]) -> Sequence[Any]:
        it = iter(items)
        head = list(islice(it, least))
        if len(head) < least:
            return head
        return Chunked.write(long, chain(head, it), chunk)

    return keep


def _add_note(inferred: dict[str, Any], cid: str, note: dict[str, str]) -> None:
    """Record ``note`` for claim ``cid``: a claim's only note as itself, several as a tuple (not a list
    per claim: a large group has a note for most of its claims)."""
    old = inferred.get(cid)
    inferred[cid] = note if old is None else (*old, note) if type(old) is tuple else (old, note)


def _notes(claims: list[Claim], inferred: dict[str, Any]) -> Iterator[dict[str, str]]:
    """The ``inferred`` notes of a question's claims, in order (`_add_note`: a note, or a tuple or list of
    them); equal texts share one string (many claims of a large question get the same reason)."""
    texts: dict[str, str] = {}
    for c in claims:
        got = inferred.get(c.id, ())
        for r in (got,) if isinstance(got, dict) else got:
            note = {"claim": c.id}
            for k, x in r.items():
                note[k] = texts.setdefault(x, x) if type(x) is str else x
            yield note


def _stating(v: QuestionValue) -> list[dict[str, Any]]:
    """The sources of ``v`` that state it (not those that only deny it)."""
    denied = v.extra.get("denied_by")
    return [s for s in v.sources if s not in denied] if denied else v.sources


def _brief(v: QuestionValue, sources: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """A value with the sources that state it (or ``sources``)."""
    return {"value": list(v.value) if isinstance(v.value, tuple) else v.value, "qualifier": v.qualifier,
            "sources": _stating(v) if sources is None else sources}


def _disjoint(intervals: Iterable[Interval]) -> bool:
    """Whether ``intervals`` (some) have an empty intersection: the highest low end above the lowest high end."""
    top = bottom = None
    for lo, hi in intervals:
        if top is None:
            top, bottom = lo, hi
        else:
            top, bottom = max(top, lo), min(bottom, hi)
    return top is not None and top > bottom  # type: ignore[operator]


def _span(xs: Iterable[Any]) -> tuple[Any, Any]:
    """``(min(xs), max(xs))`` in one pass, ``(None, None)`` when there are none."""
    lo = hi = None
    for x in xs:
        if lo is None:
            lo = hi = x
        else:
            lo, hi = min(lo, x), max(hi, x)
    return lo, hi


def _independence_note(claims: list[Claim], ind: Independence) -> Iterator[dict[str, Any]]:
    docs = {c.doc for c in claims}
    by_doc, ends = _links_by_doc(ind)  # an index: scanning every link for every question is quadratic
    # no link is read (made into an object) unless it is kept: its documents are looked up in ``ends``
    hits = sorted({i for d in docs for i in by_doc.get(d, ()) if ends[2 * i] in docs and ends[2 * i + 1] in docs})
    del docs
    return (ind.links[i].to_json() for i in hits)


def _links_by_doc(ind: Independence) -> tuple[dict[str, array[int]], list[str]]:
    """doc -> indices of its links, and the documents of each link (link ``i``: ``ends[2i]``,
    ``ends[2i + 1]``), cached on ``ind`` (rebuilt if links were added)."""
    cached = getattr(ind, "_links_by_doc", None)
    if cached is None or cached[0] != len(ind.links):
        index: dict[str, array[int]] = {}  # 4 bytes a link's end (a list: an int object each, ~36)
        ends: list[str] = []
        code = "I" if len(ind.links) < 1 << 32 else "q"
        for i, link in enumerate(ind.links):
            a, b = link.a[0], link.b[0]
            ends += (a, b)
            for doc in (a, b) if b != a else (a,):
                at = index.get(doc)
                if at is None:
                    at = index[doc] = array(code)
                at.append(i)
        cached = (len(ind.links), index, ends)
        ind._links_by_doc = cached  # type: ignore[attr-defined]
    return cached[1], cached[2]


# -- records, piecewise ----------------------------------------------------------------------------
SMALL_RECORD = 256  # claims of a question under which its record is encoded at once
_BIG_LIST = 32  # items of a list from which a large record's list is encoded item by item
_DEPTH = 4  # levels of a large record whose dicts are encoded key by key


def record_parts(q: Question, encode: Callable[[Any], str], *, sort_keys: bool = False) -> Iterator[str]:
    """``encode(q.to_json())`` in pieces (``encode``: a `json.JSONEncoder`'s ``encode``, with
    ``sort_keys`` as it was made): a large question's record (thousands of claims: its claim ids,
    evolution points and notes) is written without building it as a dict, or as one string."""
    if len(q.extra.get("claims", ())) < SMALL_RECORD:
        yield encode(q.shared_json())  # encoded at once: its lists need no copies
        return
    d: dict[str, Any] = {f: getattr(q, f) for f in _QUESTION_FIELDS}  # as `Question.to_json`, not copied
    d.update(q.extra)
    yield from _parts(d, encode, sort_keys, 0)


def _parts(obj: Any, encode: Callable[[Any], str], sort_keys: bool, depth: int) -> Iterator[str]:
    if isinstance(obj, QuestionValue):
        obj = obj.to_json()
    if isinstance(obj, dict) and depth < _DEPTH and all(type(k) is str for k in obj):
        yield "{"
        for i, (k, v) in enumerate(sorted(obj.items()) if sort_keys else obj.items()):
            yield (", " if i else "") + encode(k) + ": "
            yield from _parts(v, encode, sort_keys, depth + 1)
        yield "}"
    elif isinstance(obj, (list, tuple, Chunked)) and (len(obj) >= _BIG_LIST or depth < _DEPTH and
                                             any(isinstance(x, (dict, QuestionValue)) for x in obj)):
        yield "["
        batch: list[Any] = []  # consecutive small items, encoded together: "[a, b]"[1:-1] is "a, b"
        sep = ""
        for x in obj:
            if _small(x, 0):
                batch.append(x)
                if len(batch) >= _BATCH:
                    yield sep + encode(batch)[1:-1]
                    sep = ", "
                    batch.clear()
                continue
            if batch:
                yield sep + encode(batch)[1:-1]
                sep = ", "
                batch.clear()
            if sep:
                yield sep
            sep = ", "
            yield from _parts(x, encode, sort_keys, depth + 1)
        if batch:
            yield sep + encode(batch)[1:-1]
        yield "]"
    else:
        yield encode(obj.to_json() if isinstance(obj, QuestionValue) else obj)


_SCALARS = frozenset((str, int, float, bool, type(None)))
_BATCH = 512  # small items of a large record's list encoded in one call


def _small(x: Any, depth: int) -> bool:
    """Whether ``x`` is plain JSON data (no `QuestionValue`, no spilled list) with no list or dict of
    `_BIG_LIST` items or more down to three levels: encoded in one call, it is a short string."""
    t = type(x)
    if t in _SCALARS:
        return True
    if depth >= 3:
        return False
    if t is dict:
        return len(x) < _BIG_LIST and all(_small(v, depth + 1) for v in x.values())
    if t is list or t is tuple:
        return len(x) < _BIG_LIST and all(_small(v, depth + 1) for v in x)
    return False


_QUESTION_FIELDS = tuple(f.name for f in dataclasses.fields(Question) if f.name != "extra")


def consensus_facts(questions: Sequence[Question]) -> list[dict[str, Any]]:
    """Facts every source stating them agrees on: uncontested questions with one asserted value and
    >= 2 independent origins."""
    out = []
    summary = _summary(questions)
    if summary is not None:  # only the consensus questions are read
        questions = [questions[k] for k, f in enumerate(summary[0]) if f & 2]
    for q in questions:
        if q.extra.get("consensus"):
            v = next(v for v in q.values if v.extra.get("asserted"))
            out.append({"question": q.id, "text": q.text, "value": _brief(v)["value"], "qualifier": v.qualifier,
                        "independent": v.independent, "sources": v.sources})
    return out


def modalities(claims: Sequence[Claim]) -> dict[str, int]:
    return dict(Counter(c.modality for c in claims))
