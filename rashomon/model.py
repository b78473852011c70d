"""What the pipeline produces: claims, temporal expressions, timeline events, entity mentions,
entities and questions. Field names follow ../shared/CONTRACT.md; extra fields are allowed.

Extractors keep their own internal match objects; one conversion turns a match into these records,
which are what storage, exports and the web see.
"""

from __future__ import annotations

import copy
import hashlib
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from .document import Span

MEASURES = (
    "killed", "injured", "missing", "detained", "arrested", "charged", "convicted", "participants",
    "strikers", "dismissed", "buildings_damaged", "vehicles_damaged", "deployed",
)
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague")
SOURCE_TYPES = (
    "official", "media", "ngo", "eyewitness", "activist", "union", "opposition", "social_media",
    "company", "author", "unknown",
)
MODALITIES = ("asserted", "unconfirmed", "denied")

Value = int | tuple[int, int] | None


_ATOMS = (str, int, float, bool, type(None))
_ATOM_TYPES = frozenset(_ATOMS)


def _plain(obj: Any) -> Any:
    """What ``dataclasses.asdict`` makes of a value, without deep-copying immutable scalars."""
    t = type(obj)
    if t in _ATOM_TYPES:
        return obj
    if t is list:
        return [v if type(v) in _ATOM_TYPES else _plain(v) for v in obj]
    if t is dict:
        return {k if type(k) in _ATOM_TYPES else _plain(k): v if type(v) in _ATOM_TYPES else _plain(v)
                for k, v in obj.items()}
    if t is tuple:
        return tuple([v if type(v) in _ATOM_TYPES else _plain(v) for v in obj])
    if isinstance(obj, _ATOMS):
        return obj
    if is_dataclass(obj) and not isinstance(obj, type):
        return _fields_dict(obj)
    if isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_plain(v) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_plain(v) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_plain(k), _plain(v)) for k, v in obj.items())
    return copy.deepcopy(obj)


_COMPILED: dict[frozenset[str], dict[type, Any]] = {}


def _fields_dict(obj: Any, later: frozenset[str] = frozenset()) -> dict[str, Any]:
    """``dataclasses.asdict(obj)``: same keys, order and values, much faster. Fields in ``later`` get
    ``None`` in their place: the caller sets them. One function per class (`_compile_fields`) builds
    the dict as a single display, not field by field in a loop."""
    by_cls = _COMPILED.get(later)
    if by_cls is None:
        by_cls = _COMPILED[later] = {}
    fn = by_cls.get(type(obj))
    if fn is None:
        fn = by_cls[type(obj)] = _compile_fields(type(obj), later)
    return fn(obj)


def _compile_fields(cls: type, later: frozenset[str]) -> Any:
    """``lambda o: {"a": o.a if atom else _plain(o.a), "b": None (in later), ...}`` for ``cls``'s fields."""
    items = []
    for f in fields(cls):
        if not f.name.isidentifier():
            raise ValueError(f.name)
        if f.name in later:
            items.append(f"{f.name!r}: None")
        else:
            items.append(f"{f.name!r}: (v if type(v := o.{f.name}) in A else P(v))")
    ns: dict[str, Any] = {}
    exec(f"def f(o, A=A, P=P):\n    return {{{', '.join(items)}}}\n", {"A": _ATOM_TYPES, "P": _plain}, ns)  # noqa: S102
    return ns["f"]


_CLAIM_LATER = frozenset({"source", "value", "span", "value_span"})
_SPAN = frozenset({"span"})
_TIMEX_LATER = frozenset({"span", "inferred"})
_QVALUE_LATER = frozenset({"value"})
_QUESTION_LATER = frozenset({"values"})


def stable_id(prefix: str, *parts: object) -> str:
    """A short id that depends only on its parts, so it is stable across runs on the same input."""
    h = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:12]
    return f"{prefix}{h}"


@dataclass(slots=True)
class Source:
    """Who a figure is attributed to, with its name as written and a type."""

    name: str
    type: str  # one of SOURCE_TYPES
    span: Span | None = None  # where the attribution is stated in the document

    def __post_init__(self) -> None:
        # a name read across a wrapped line ("Центр протидії\nдезінформації") is one name: its spaces
        # collapsed (the span still points at the text as written)
        if self.name and ("\n" in self.name or "\t" in self.name or "  " in self.name):
            self.name = " ".join(self.name.split())

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "type": self.type}


@dataclass(slots=True)
class Claim:
    id: str
    doc: str
    measure: str
    value: Value
    qualifier: str
    span: Span
    quote: str
    lang: str | None
    group: str | None = None
    source: Source | None = None
    modality: str = "asserted"
    place: str | None = None
    when: str | None = None
    # provenance of the inferred parts, for the reviewer
    value_span: Span | None = None  # the figure itself inside ``span``
    place_how: str | None = None  # sentence, section, paragraph, document, citation, corpus
    when_how: str | None = None
    report_date: str | None = None  # when the report (or the cited item) was published
    citation: int | None = None  # index into Document.citations when the evidence is a cited headline
    rule: str | None = None  # the grammar rule that matched
    # type of the source when ``source`` is null: "author" (the document's own voice) or "unknown"
    source_type: str | None = None

    def to_json(self) -> dict[str, Any]:
        d = _fields_dict(self, _CLAIM_LATER)
        d["source"] = self.source.to_json() if self.source else None
        d["source_type"] = self.source.type if self.source else (self.source_type or "author")
        if self.source and self.source.span:
            d["source_span"] = list(self.source.span)
        d["value"] = list(self.value) if isinstance(self.value, tuple) else self.value
        d["span"] = list(self.span)
        d["value_span"] = list(self.value_span) if self.value_span else None
        return d


@dataclass(slots=True)
class TimeExpr:
    """A temporal expression found in a document, normalized to ISO 8601."""

    span: Span
    text: str
    value: str  # ``2011-12-16``, ``2011-12``, ``2011-12-16T12:52+05:00``, or ``START/END``
    kind: str = "date"  # date, time, datetime, interval, set
    tz: str | None = None  # the offset as stated, e.g. ``+03:00`` for "Moscow time"; never invented
    certainty: str = "exact"  # exact, approximate, before, after
    anchor: str | None = None  # how missing parts were inferred: explicit, section, nearby, published, corpus
    inferred: tuple[str, ...] = ()  # which parts were inferred: ("year",), ("date",) ...

    def to_json(self) -> dict[str, Any]:
        d = _fields_dict(self, _TIMEX_LATER)
        d["span"] = list(self.span)
        d["inferred"] = list(self.inferred)
        return d


@dataclass(slots=True)
class TimelineEvent:
    id: str
    doc: str
    when: str
    label: str
    span: Span
    quote: str
    tz: str | None = None
    certainty: str = "exact"
    anchor: str | None = None
    claims: list[str] = field(default_factory=list)
    entities: list[str] = field(default_factory=list)
    also: list[dict[str, Any]] = field(default_factory=list)  # the same event in other documents
    conflicts: list[str] = field(default_factory=list)  # ids of events that state another time
    more: dict[str, int] = field(default_factory=dict)  # beyond the listed also/conflicts: how many more

    def to_json(self) -> dict[str, Any]:
        d = _fields_dict(self, _SPAN)
        d["span"] = list(self.span)
        if not self.more:
            del d["more"]
        return d

    def shared_json(self) -> dict[str, Any]:
        """`to_json`, its lists and dicts not copied but the event's own (``also`` holds a dict per
        matching event): for a caller that only reads the record (encodes it, compares it) at once."""
        d = {"id": self.id, "doc": self.doc, "when": self.when, "label": self.label, "span": list(self.span),
             "quote": self.quote, "tz": self.tz, "certainty": self.certainty, "anchor": self.anchor,
             "claims": self.claims, "entities": self.entities, "also": self.also, "conflicts": self.conflicts}
        if self.more:
            d["more"] = self.more
        return d


@dataclass(slots=True)
class Mention:
    doc: str
    span: Span
    text: str
    type: str  # place, org, person
    lemma: str | None = None  # base form after morphology (Жанатасе -> Жанатас)
    key: str | None = None  # normalized key used for linking
    gazetteer_id: str | None = None
    canonical: str | None = None  # canonical name once known
    entity: str | None = None  # entity id once linked

    def to_json(self) -> dict[str, Any]:
        d = _fields_dict(self, _SPAN)
        d["span"] = list(self.span)
        return d


@dataclass(slots=True)
class Entity:
    id: str
    canonical: str
    type: str
    forms: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    gazetteer_id: str | None = None
    country: str | None = None
    mentions: int = 0
    merges: list[dict[str, Any]] = field(default_factory=list)  # {"form", "reason"}: why a form joined

    def to_json(self) -> dict[str, Any]:
        return _fields_dict(self)


@dataclass(slots=True)
class QuestionValue:
    value: Value
    qualifier: str
    claims: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)  # {"name", "type"}
    docs: list[str] = field(default_factory=list)
    independent: int = 0
    first_reported: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # interval, modalities, official, superseded

    def to_json(self) -> dict[str, Any]:
        d = _fields_dict(self, _QVALUE_LATER)
        d["value"] = list(self.value) if isinstance(self.value, tuple) else self.value
        d.update(d.pop("extra"))
        return d

    def shared_json(self) -> dict[str, Any]:
        """`to_json`, its lists and dicts the value's own, not copies: for a caller that only reads
        the record (encodes it) at once."""
        d = {"value": list(self.value) if isinstance(self.value, tuple) else self.value,
             "qualifier": self.qualifier, "claims": self.claims, "sources": self.sources, "docs": self.docs,
             "independent": self.independent, "first_reported": self.first_reported}
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Question:
    id: str
    measure: str
    place: str | None
    when: str | None
    group: str | None
    text: str = ""  # "How many were killed in Velmora on 3-4 May 2031?"
    values: list[QuestionValue] = field(default_factory=list)
    min: int | None = None
    max: int | None = None
    contested: bool = False
    grade: str = "single_source"
    conservative: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # evolution, independence groups, official vs not

    def to_json(self) -> dict[str, Any]:
        d = _fields_dict(self, _QUESTION_LATER)
        d["values"] = [v.to_json() for v in self.values]
        extra = d.pop("extra")
        d.update(extra)
        return d

    def shared_json(self) -> dict[str, Any]:
        """`to_json`, its lists and dicts (``extra``'s) the question's own, not copies: for a caller
        that only reads the record (encodes it) at once."""
        d = {"id": self.id, "measure": self.measure, "place": self.place, "when": self.when, "group": self.group,
             "text": self.text, "values": [v.shared_json() for v in self.values], "min": self.min, "max": self.max,
             "contested": self.contested, "grade": self.grade, "conservative": self.conservative}
        d.update(self.extra)
        return d


@dataclass(slots=True)
class Analysis:
    """Everything the per-document stages found in one document."""

    doc: Any  # Document (typed loosely to keep this module free of cycles)
    timexes: list[TimeExpr] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[TimelineEvent] = field(default_factory=list)
    # mentions inside the page furniture (read-also lists, menus): entity linking only, never a node or
    # a join of their own (`EntityLinker.add_furniture`); claims and the timeline never see them
    furniture_mentions: list[Mention] = field(default_factory=list)
