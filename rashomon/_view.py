"""What the dossier renderers (HTML, Markdown, and later the web app) show, prepared once: document
numbering and passage anchors, chart points, named sources, consensus, safe links, value wording."""

from __future__ import annotations

import functools
import re
from array import array
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from ._dochead import heads
from .langdata import load_table

if TYPE_CHECKING:
    from .dossier import Dossier
    from .model import Claim, Question, TimelineEvent

_CTRL = re.compile(r"[\x00-\x20\x7f]")


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL that is safe to emit as a live link, else None."""
    if not url or not isinstance(url, str) or _CTRL.search(url.strip()) or len(url) > 4000:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


@functools.lru_cache(maxsize=16)
def _qualifier_templates(lang: str) -> dict[str, str]:
    return {r[1]: r[2] for r in load_table(lang, "questions") if r[0] == "qualifier" and len(r) >= 3}


def fmt_value(value: Any, qualifier: str, lang: str = "en") -> str:
    """``more than 20``, ``5–50``, ``about 3000``... from ``lang/<code>/questions.txt``."""
    rows = _qualifier_templates(lang)
    if isinstance(value, (list, tuple)):
        tpl = rows.get("range", "{lo}-{hi}") if qualifier in ("range", "exact", "about") else rows.get(qualifier, "{v}")
        return tpl.format(lo=value[0], hi=value[1], v=f"{value[0]}–{value[1]}")
    if value is None:
        return rows.get("vague", "vague")
    return rows.get(qualifier, "{v}").format(v=value, lo=value, hi=value)


def independence_of(d: Dossier) -> Any:
    """`rashomon.independence.detect` over the dossier's documents, computed once per dossier (cached
    on it, and recomputed when its documents change)."""
    from .independence import detect

    sig = _signature(d)
    cached = getattr(d, "_rashomon_independence", None)
    if cached is None or cached[0] != sig:
        cached = (sig, detect(d.docs))
        d._rashomon_independence = cached  # type: ignore[attr-defined]
    return cached[1]


MAX_COPY_MARKS = 3  # copy or translation links named on one passage of the document view


def _signature(d: Dossier) -> tuple[Any, ...]:
    from ._spill import SpillMap

    if isinstance(d.docs, SpillMap):  # read-only documents on disk: the mapping itself is the signature
        return ("spill", id(d.docs), len(d.docs))
    return tuple((k, len(doc.text), doc.sha256) for k, doc in d.docs.items())


def remember_independence(d: Dossier, ind: Any) -> None:
    """Cache ``ind``, already computed over ``d.docs`` (by `assemble`), so it is not detected again."""
    d._rashomon_independence = (_signature(d), ind)  # type: ignore[attr-defined]


class ClaimsById(Mapping):
    """``claim id -> Claim`` over a sequence of claims that may live on disk (`rashomon._spill`): keeps
    only each id's position, and reads a claim when asked for it."""

    def __init__(self, claims: Sequence[Claim]) -> None:
        self._claims = claims
        self._pos = {c.id: i for i, c in enumerate(claims)}

    def __getitem__(self, cid: str) -> Claim:
        return self._claims[self._pos[cid]]

    def many(self, ids: Iterator[str] | Sequence[str]) -> dict[str, Claim]:
        """The claims of ``ids`` that exist, read in their order on disk (one pass, not a seek each)."""
        wanted = sorted({self._pos[c]: c for c in ids if c in self._pos}.items())
        return {cid: self._claims[i] for i, cid in wanted}

    def __contains__(self, cid: object) -> bool:
        return cid in self._pos

    def __iter__(self) -> Iterator[str]:
        return iter(self._pos)

    def __len__(self) -> int:
        return len(self._pos)


def _shown(c: Claim, share: dict[Any, Any], quote: bool = True) -> Claim:
    """``c`` with only what the pages read of a question's claims (a large question holds many): no
    rule or provenance notes (nor its quote, unless ``quote``); repeated strings shared through ``share``."""
    from .model import Claim

    s = share.setdefault
    return Claim(c.id, s(c.doc, c.doc), s(c.measure, c.measure), c.value, s(c.qualifier, c.qualifier), c.span,
                 c.quote if quote else "",
                 s(c.lang, c.lang), s(c.group, c.group), c.source, s(c.modality, c.modality), s(c.place, c.place),
                 s(c.when, c.when), report_date=s(c.report_date, c.report_date), source_type=s(c.source_type, c.source_type))


LARGE = 256  # claims of a question from which `View.question_claims` holds them without quotes
_READ = 512  # claims of a large question's value read together (`View.iter_value_claims`)


class Point:
    """A chart point of one claim (`View.points`), read as the dict it stands for (``p["value"]``,
    ``p.get("date")``) in about a quarter of a dict's memory: a large question has one per claim."""

    __slots__ = ("value", "qualifier", "modality", "source", "date", "claim", "doc")

    def __init__(self, value: Any, qualifier: str, modality: str, source: dict[str, str], date: str | None,
                 claim: str, doc: str) -> None:
        self.value, self.qualifier, self.modality, self.source = value, qualifier, modality, source
        self.date, self.claim, self.doc = date, claim, doc

    def __getitem__(self, key: str) -> Any:
        if key not in Point.__slots__:
            raise KeyError(key)
        return getattr(self, key)

    def get(self, key: str, default: Any = None) -> Any:
        return getattr(self, key) if key in Point.__slots__ else default

    def to_dict(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in Point.__slots__}

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Point):
            other = other.to_dict()
        return self.to_dict() == other

    __hash__ = None  # type: ignore[assignment]  # equal to a dict: not hashable, as a dict

    def __repr__(self) -> str:
        return f"Point({self.to_dict()!r})"


_HEX_ID = re.compile(r"c[0-9a-f]{12}")  # a claim's id (`model.stable_id`): its 12 hex digits are a 48-bit number


class IdPositions(Mapping):
    """Claim id -> position of a large question's claims, in 16 bytes a claim rather than a dict's ~150
    (the id's string, the position's int, the entry): ids made by `model.stable_id` (``c`` and 12 hex
    digits) are kept as their 48-bit numbers, sorted, beside their positions, and found by bisection;
    any other id in a dict. An id given twice: its last position, as a dict built in that order."""

    def __init__(self, pairs: Iterable[tuple[str, int]]) -> None:
        import numpy as np

        keys, positions = array("q"), array("q")
        self._other: dict[str, int] = {}
        match = _HEX_ID.fullmatch
        for cid, i in pairs:
            if match(cid):
                keys.append(int(cid[1:], 16))
                positions.append(i)
            else:
                self._other[cid] = i
        k = np.frombuffer(keys, dtype=np.int64) if keys else np.zeros(0, np.int64)
        order = np.argsort(k, kind="stable")  # equal ids stay in their order: the last one is kept
        k = k[order]
        last = np.append(k[1:] != k[:-1], True) if len(k) else np.zeros(0, bool)
        self._keys = array("q", k[last].tobytes())
        self._pos = array("q", (np.frombuffer(positions, dtype=np.int64) if positions else k)[order][last].tobytes())
        del k, order, last, keys, positions

    def _find(self, cid: object) -> int:
        """The index of ``cid`` in the sorted keys, or -1 (also for an id of another form)."""
        if type(cid) is not str or not _HEX_ID.fullmatch(cid):
            return -1
        key = int(cid[1:], 16)
        j = bisect_right(self._keys, key) - 1
        return j if j >= 0 and self._keys[j] == key else -1

    def __getitem__(self, cid: str) -> int:
        j = self._find(cid)
        if j >= 0:
            return self._pos[j]
        return self._other[cid]

    def __contains__(self, cid: object) -> bool:
        return self._find(cid) >= 0 or cid in self._other

    def __iter__(self) -> Iterator[str]:
        for k in self._keys:
            yield f"c{k:012x}"
        yield from self._other

    def __len__(self) -> int:
        return len(self._keys) + len(self._other)


class SharedPoints(Sequence[Point]):
    """Chart points (`View.points` without ids) as a list of the distinct ones and, per claim, which one:
    4 bytes a claim. Read-only (every point it gives is shared)."""

    def __init__(self, table: list[Point], which: array[int]) -> None:
        self._table, self._which = table, which

    def __len__(self) -> int:
        return len(self._which)

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self._table[k] for k in self._which[i]]
        return self._table[self._which[i]]

    def __iter__(self) -> Iterator[Point]:
        table = self._table
        return (table[k] for k in self._which)


def _doc_numbers(docs: Mapping[str, Any]) -> Mapping[str, int]:
    """Document id -> its number (from 1, in the documents' order): for spilled documents, read from
    their `SpillMap`'s own index (no dict of every id); else a dict."""
    from ._spill import SpillMap

    if isinstance(docs, SpillMap):
        return _SpillNumbers(docs)
    return {doc_id: n for n, doc_id in enumerate(docs, 1)}


class _SpillNumbers(Mapping):
    """A `SpillMap`'s keys numbered from 1 in their order: a key's position in its spill, plus one
    (keys keep the position of their first `put`, and positions follow the keys' order)."""

    def __init__(self, docs: Any) -> None:
        self._index = docs._index

    def __getitem__(self, key: str) -> int:
        return self._index[key] + 1

    def get(self, key: str, default: Any = None) -> Any:
        n = self._index.get(key)
        return default if n is None else n + 1

    def __contains__(self, key: object) -> bool:
        return key in self._index

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)


class View:
    """Lookups over a `Dossier` shared by the renderers."""

    def __init__(self, d: Dossier) -> None:
        self.d = d
        self.doc_no: Mapping[str, int] = _doc_numbers(d.docs)
        self.heads = heads(d.docs)  # the documents' metadata, without reading their texts
        self._claims: ClaimsById | None = None
        self._ind = None
        self._by_doc: dict[str, list[tuple[int, int, str, str]]] | None = None
        self._memo: dict[str, Any] = {}
        # the question whose claims are held, its claims by id, and (a large question: its claims are held
        # without quotes) each claim's position in the dossier's claims, to read a value's quotes from
        self._question: tuple[Question | None, dict[str, Claim], dict[str, int] | None] = (None, {}, None)

    @property
    def claims(self) -> ClaimsById:
        if self._claims is None:
            self._claims = ClaimsById(self.d.claims)
        return self._claims

    def question_claims(self, q: Question) -> dict[str, Claim]:
        """The claims of ``q`` by id, read together for its values and charts (the last question's are
        kept, as renderers show one question at a time). A question of `LARGE` claims or more holds them
        without their quotes (`value_claims` reads a value's quotes)."""
        if self._question[0] is not q:
            self._question = (None, {}, None)  # the previous question's claims go first
            at = self._positions(q)
            share: dict[Any, Any] = {}
            pos: dict[str, int] | None = None
            if at is not None:  # by position, from the questions' index: no pass over all claims
                quote = len(at) < LARGE
                got = {}
                pos = None if quote else {}
                for i in at:
                    c = self.d.claims[i]
                    got[c.id] = _shown(c, share, quote)
                    if pos is not None:
                        pos[c.id] = i
            else:
                got = self.claims.many([*q.extra.get("claims", ()), *(c for v in q.values for c in v.claims)])
                quote = len(got) < LARGE
                pos = None if quote else {k: self.claims._pos[k] for k in got}
                got = {k: _shown(c, share, quote) for k, c in got.items()}
            self._question = (q, got, pos)
        return self._question[1]

    def _positions(self, q: Question) -> Sequence[int] | None:
        """Positions in the claims of question ``q``'s claims, when ``q`` is one of the questions the
        pages show in full and the questions carry their index (`questions.question_ids`); else None."""
        index = getattr(self.d.questions, "claim_question", None)
        if index is None or len(index) != len(self.d.claims):
            return None
        if "shown" not in self._memo:
            from .render_html import MAX_QUESTIONS

            rank = {x.id: r for r, x in enumerate(islice(self.d.questions, MAX_QUESTIONS))}
            at: dict[int, array[int]] = {}
            code = "I" if len(index) < 1 << 32 else "q"  # a position in 4 bytes
            for i, r in enumerate(index):
                if r < MAX_QUESTIONS:
                    at.setdefault(r, array(code)).append(i)
            self._memo["shown"] = (rank, at)
        rank, at = self._memo["shown"]
        r = rank.get(q.id)
        return None if r is None else at.get(r, ())

    def anchor(self, doc: str, start: int) -> str:
        return f"doc-{self.doc_no.get(doc, 0)}-{start}"

    def doc_anchor(self, doc: str) -> str:
        return f"doc-{self.doc_no.get(doc, 0)}"

    @property
    def independence(self) -> Any:
        if self._ind is None:
            self._ind = independence_of(self.d)
        return self._ind

    def points(self, q: Question, *, ids: bool = True) -> Sequence[Point]:
        """One point per claim of ``q``: value, qualifier, modality, source, report date, claim, doc
        (`Point`: read as a dict). Without ``ids``, points carry no claim or document id (None; the
        charts read neither), so equal points are one object (`SharedPoints`: 4 bytes a claim)."""
        from .questions import report_date, source_of

        order = q.extra.get("claims", [c for v in q.values for c in v.claims])
        pos = self._large(q)
        if pos is not None:  # a large question: its claims read a chunk at a time, never all held
            claims: Iterable[Claim] = self._read((cid for cid in order if cid in pos), pos, quote=False)
        else:
            got = self.question_claims(q)
            claims = (got[cid] for cid in order if cid in got)
        sources: dict[tuple[str, str], dict[str, str]] = {}  # equal sources shared (read only)
        if ids:
            out = []
            for c in claims:
                s = source_of(c, self.heads)
                s = sources.setdefault((s["name"], s["type"]), s)
                value = list(c.value) if isinstance(c.value, tuple) else c.value
                out.append(Point(value, c.qualifier, c.modality, s, report_date(c, self.heads), c.id, c.doc))
            return out
        table: list[Point] = []  # the distinct points
        number: dict[tuple[Any, ...], int] = {}  # a point's key -> its place in ``table``
        which = array("I")  # per claim, its point's place in ``table``
        for c in claims:
            s = source_of(c, self.heads)
            value = list(c.value) if isinstance(c.value, tuple) else c.value
            date = report_date(c, self.heads)
            # keyed with the types: 5 and 5.0 are equal, but not written alike
            vkey = (list, *((type(x), x) for x in value)) if isinstance(value, list) else (type(value), value)
            key = (vkey, c.qualifier, c.modality, s["name"], s["type"], date)
            k = number.get(key)
            if k is None:
                k = number[key] = len(table)
                table.append(Point(value, c.qualifier, c.modality, sources.setdefault((s["name"], s["type"]), s), date,
                                   None, None))  # type: ignore[arg-type]
            which.append(k)
        return SharedPoints(table, which)

    def value_claims(self, v: Any, q: Question | None = None, limit: int | None = None) -> list[Claim]:
        """The claims of value ``v`` (of question ``q``, when given: read with the question's others), the
        first ``limit`` of them when given."""
        if q is not None and (pos := self._large(q)) is not None:  # a large question: only these are read
            return list(self._read(list(islice((c for c in v.claims if c in pos), limit)), pos))  # not all the value's
        if q is not None:
            got = self.question_claims(q)
            ids = [c for c in v.claims if c in got][:limit]
            pos = self._question[2]
            if pos is None:
                return [got[c] for c in ids]
            share: dict[Any, Any] = {}  # a large question: its claims are held without quotes, read again
            read = {i: self.d.claims[i] for i in sorted({pos[c] for c in ids})}
            return [_shown(read[pos[c]], share) for c in ids]
        return [self.claims[c] for c in v.claims if c in self.claims][:limit]

    def iter_value_claims(self, v: Any, q: Question) -> Iterator[Claim]:
        """`value_claims` ``(v, q)`` one at a time, with their quotes. A large question's (`LARGE` claims
        or more, by the questions' index) are read `_READ` at a time by their positions: neither the
        question's claims nor the value's are ever all held, only each claim id's position."""
        pos = self._large(q)
        if pos is None:
            yield from self.value_claims(v, q)
            return
        yield from self._read((c for c in v.claims if c in pos), pos)

    def _read(self, ids: Iterable[str], pos: Mapping[str, int], quote: bool = True) -> Iterator[Claim]:
        """The claims of ``ids`` (positions ``pos``), in that order, read `_READ` at a time in their
        order on disk (`_shown`: with their quotes unless ``quote`` is false)."""
        it = iter(ids)
        while part := list(islice(it, _READ)):
            share: dict[Any, Any] = {}
            read = {i: self.d.claims[i] for i in sorted({pos[c] for c in part})}
            for c in part:
                yield _shown(read[pos[c]], share, quote)

    def _large(self, q: Question) -> IdPositions | None:
        """Claim id -> position of the claims of ``q`` when it has `LARGE` claims or more and the
        questions' index gives their positions (`_id_positions`); else None (`question_claims` holds them)."""
        at = self._positions(q)
        return None if at is None or len(at) < LARGE else self._id_positions(q, at)

    def _id_positions(self, q: Question, at: Sequence[int]) -> IdPositions:
        """Claim id -> position in the claims, for the claims of ``q`` at positions ``at`` (the last
        question's kept; an id given twice: its last position, as `question_claims`)."""
        if self._memo.get("positions", (None,))[0] is not q:
            self._memo.pop("positions", None)
            claims = self.d.claims
            many = getattr(claims, "_iter_at", None)  # a `Spill`: its items read in blocks, in file order
            got = many(at) if many is not None else (claims[i] for i in at)
            self._memo["positions"] = (q, IdPositions((c.id, i) for c, i in zip(got, at, strict=True)))
        return self._memo["positions"][1]

    def value_count(self, v: Any, q: Question) -> int:
        """How many claims `value_claims` gives for value ``v`` of question ``q`` (without a limit)."""
        got = self._large(q)
        if got is None:
            got = self.question_claims(q)  # type: ignore[assignment]
        return sum(1 for c in v.claims if c in got)

    def named_sources(self) -> Sequence[dict[str, Any]]:
        """Every named source with its type, the entity it speaks for (`_source_links`), how many claims
        it carries and its documents; the names of one entity together (`_sources_table`: on disk)."""
        if "sources" not in self._memo:
            from ._sources_table import named_sources

            self._memo["sources"] = named_sources(self.d.claims, self.heads, self.d.entities)
        return self._memo["sources"]

    def consensus(self) -> list[dict[str, Any]]:
        """Consensus figures (`questions.consensus_facts`) and dates stated alike by several documents."""
        if "consensus" not in self._memo:
            self._memo["consensus"] = self._consensus()
        return self._memo["consensus"]

    def _consensus(self) -> list[dict[str, Any]]:
        from .questions import consensus_facts

        facts = [{"kind": "figure", **f} for f in consensus_facts(self.d.questions)]
        dates: list[dict[str, Any]] = []
        for whole, run in _day_runs(_DayEvents(self.d.timeline)):
            if whole:  # the timeline was not in day order: what the runs gave so far is redone
                dates = []
            dates.extend(self._agreed_dates(run))
        dates.sort(key=lambda f: (-f["independent"], f["value"], f["event"]))
        return facts + dates

    def _agreed_dates(self, events: list[_DayEvent]) -> list[dict[str, Any]]:
        """Dates stated alike: groups of ``events`` joined by ``also`` with no conflict, on one day, from
        two or more independent origins."""
        by_id = {e.id: e for e in events}
        parent: dict[str, str] = {}

        def find(x: str) -> str:
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for e in events:
            for a in e.also:
                if a in by_id:
                    ra, rb = sorted((find(e.id), find(a)))
                    parent[rb] = ra
        groups: dict[str, list[Any]] = defaultdict(list)
        for e in events:
            groups[find(e.id)].append(e)
        dates = []
        for members in groups.values():
            if len(members) < 2 or any(e.conflicts for e in members):  # one entry is one origin
                continue
            days = {e.when[:10] for e in members}
            origins = self.independence.origins((e.doc, e.start) for e in members)
            if len(days) == 1 and origins >= 2:
                first = min(members, key=lambda e: (e.when, e.doc, e.start))
                dates.append({"kind": "date", "text": self.d.timeline[first.at].label, "value": days.pop(),
                              "independent": origins, "docs": sorted({e.doc for e in members}), "event": first.id})
        return dates

    def contested(self) -> list[Question]:
        return [q for q in self.d.questions if q.contested]

    def n_contested(self) -> int:
        """How many questions are contested (counted once; the questions are not kept)."""
        if "contested" not in self._memo:
            from .questions import _summary

            summary = _summary(self.d.questions)
            self._memo["contested"] = (sum(f & 1 for f in summary[0]) if summary is not None
                                       else sum(1 for q in self.d.questions if q.contested))
        return self._memo["contested"]

    def marks(self, doc_id: str) -> list[tuple[int, int, str, str]]:
        """Spans to highlight in a document: (start, end, kind, title) for claims, timeline events and
        passages that copy or translate another document's."""
        if self._by_doc is None:
            from .render_html import shown_documents

            wanted = shown_documents(self.d)  # only the documents whose text the page shows need marks
            by_doc: dict[str, list[tuple[int, int, str, str]]] = defaultdict(list)
            for c in self.d.claims:
                if c.doc in wanted:
                    by_doc[c.doc].append((c.span[0], c.span[1], "claim", f"{c.measure}: {fmt_value(c.value, c.qualifier)}"))
            for e in self.d.timeline:
                if e.doc in wanted:
                    by_doc[e.doc].append((e.span[0], e.span[1], "time", f"{e.when}: {e.label}"))
            per_passage: dict[tuple[str, int, int], int] = defaultdict(int)
            for link in self.independence.links:
                for (doc, _), span, (other, _) in ((link.a, link.a_span, link.b), (link.b, link.b_span, link.a)):
                    if doc not in wanted:
                        continue
                    per_passage[(doc, span[0], span[1])] += 1
                    k = per_passage[(doc, span[0], span[1])]
                    if k <= MAX_COPY_MARKS:  # a passage copied everywhere: name a few, count the rest
                        by_doc[doc].append((span[0], span[1], "copy", f"{link.kind} of {other}: {link.reason}"))
            for (doc, a, b), k in per_passage.items():
                if k > MAX_COPY_MARKS:
                    by_doc[doc].append((a, b, "copy", f"and {k - MAX_COPY_MARKS} more copies or translations "
                                                      "(independence.json)"))
            self._by_doc = by_doc
        return self._by_doc.get(doc_id, [])


class _DayEvent(NamedTuple):
    """What consensus reads of a timeline entry (a day of a large corpus holds many): ``also`` as the
    ids of the entries it names, ``conflicts`` as whether it has any; ``at``, its position in the
    timeline (its label is read from there, for the few that name a date stated alike)."""

    id: str
    when: str
    doc: str
    start: int
    at: int
    also: tuple[str, ...]
    conflicts: bool


class _DayEvents:
    """The timeline's entries as `_DayEvent` s, read again at each iteration. Equal strings of one day's
    entries (ids named by ``also``, documents, dates) are one object: a large day holds many."""

    def __init__(self, timeline: Sequence[TimelineEvent]) -> None:
        self.timeline = timeline

    def __iter__(self) -> Iterator[_DayEvent]:
        share: dict[str, str] = {}
        day = None
        for i, e in enumerate(self.timeline):
            if _day(e) != day:  # a new day: the previous day's strings are not kept
                day, share = _day(e), {}
            s = share.setdefault
            yield _DayEvent(s(e.id, e.id), s(e.when, e.when), s(e.doc, e.doc), e.span[0], i,
                            tuple(s(a["id"], a["id"]) for a in e.also if isinstance(a, dict) and "id" in a),
                            bool(e.conflicts))


def _day(e: TimelineEvent | _DayEvent) -> str | None:
    """The day an entry is merged under (`rashomon.timeline.build_timeline`), or None."""
    day = (e.when or "").split("/")[0].split("T")[0]
    return day if len(day) == 10 and not day.startswith("--") else None


def _day_runs(timeline: Iterable[Any]) -> Iterator[tuple[bool, list[Any]]]:
    """The timeline's entries in runs of one day each, as ``(False, run)``: ``also`` only joins entries
    of one day, and the merged timeline is sorted, so a day's entries are one run and only one day is
    held at a time. Entries of no day are never joined and are left out. A timeline not in day order
    (a day coming back after its run) ends with ``(True, all entries)``: start again with that."""
    seen: set[str] = set()
    run: list[TimelineEvent] = []
    for e in timeline:
        day = _day(e)
        if day is None:
            continue
        if run and day != _day(run[0]):
            seen.add(_day(run[0]))  # type: ignore[arg-type]
            if day in seen:
                yield True, [e for e in timeline if _day(e) is not None]
                return
            yield False, run
            run = []
        run.append(e)
    if run:
        yield False, run
