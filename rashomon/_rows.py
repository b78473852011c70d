"""How records become rows of the store and come back (`rashomon.store`).

A claim, a document's event and a merged timeline event each have a row whose columns hold their fields
(for Datasette, the sqlite3 shell and the web app's queries); since migrations 011 and 013 the row's
``json`` column keeps only what those columns do not give back exactly (NULL, usually), instead of a
second copy of the whole record. `claim_record` and `event_record` rebuild the record as ``to_json()``
made it, from a row of either kind (rows stored before keep the whole record in ``json``: it is used as
it is). `_rest` decides, value by value, what the columns keep exactly: equal, and of the type the
column returns (SQLite's type affinity turns 5 into '5' in a TEXT column).
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from .model import Claim, Source, TimelineEvent

_CLAIM_COLS = (
    "id", "doc", "ordinal", "measure", "value", "value_lo", "value_hi", "qualifier", "group_name",
    "source_name", "source_type", "source_start", "source_end", "modality", "place", "when_iso",
    "span_start", "span_end", "quote", "lang", "value_start", "value_end", "place_how", "when_how",
    "report_date", "citation", "rule", "json",
)
_EVENT_COLS = ("id", "doc", "ordinal", "when_iso", "label", "span_start", "span_end", "quote", "tz",
               "certainty", "anchor", "claims", "entities", "json")

_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True)  # one encoder, not one per call


def _json(v: Any) -> str | None:
    return None if v is None else _ENCODER.encode(v)


def _s(span: Any) -> tuple[int | None, int | None]:
    return (None, None) if not span else (int(span[0]), int(span[1]))


_TIMELINE_COLS = _EVENT_COLS[:-1] + ("also", "conflicts", "json")

#: column -> key of ``TimelineEvent.to_json()`` for the columns of events and timeline rows that hold
#: a key of it as it is (text, or JSON text for lists); ``span`` is rebuilt from span_start/span_end
#: (migration 011: the ``json`` column keeps only the rest)
_EVENT_KEYS = {"id": "id", "doc": "doc", "when_iso": "when", "label": "label", "quote": "quote", "tz": "tz",
               "certainty": "certainty", "anchor": "anchor"}
_EVENT_LISTS = ("claims", "entities", "also", "conflicts")


def _from_columns(row: Any, cols: tuple[str, ...]) -> dict[str, Any]:
    """The keys of an event's record that its row's columns give (``cols``: the row's column names)."""
    get = dict(zip(cols, row, strict=False)) if isinstance(row, tuple) else {c: row[c] for c in cols}
    d: dict[str, Any] = {key: get[col] for col, key in _EVENT_KEYS.items() if col in get}
    if "span_start" in get:
        d["span"] = None if get["span_start"] is None else [get["span_start"], get["span_end"]]
    for col in _EVENT_LISTS:  # events rows have no also/conflicts column: those are empty before the merge
        d[col] = _load(get[col]) if col in get else []
    return d


def _kept(have: Any, v: Any, kind: str) -> bool:
    """Whether a record's value ``v`` comes back exactly from the columns that hold ``have``: equal, and
    of the type its column keeps (a TEXT column turns 5 into '5', an INTEGER one '5' into 5; a JSON
    column keeps what it is given)."""
    if have != v:
        return False
    if kind == "json":
        return True
    if kind == "text":  # a string, or a dict of strings (a claim's source: its name and type columns)
        return v is None or type(v) is str or type(v) is dict and all(type(x) is str for x in v.values())
    if isinstance(v, list):
        return all(x is None or type(x) is int for x in v)
    return v is None or type(v) is int


_ABSENT = object()
_STR_KINDS = ("text", "json")  # kinds of column that keep a string


def _rest(record: dict[str, Any], have: dict[str, Any], kinds: dict[str, str]) -> str | None:
    """The ``json`` column of a row whose other columns give back ``have``: the keys of ``record`` they
    do not give back exactly, NULL when none (``kinds``: key -> text or json, else integers). A key
    the columns would add that the record lacks keeps the whole record, marked with an ``""`` key
    (the reader then uses it alone)."""
    rest = {}
    for k, v in record.items():
        h = have.get(k, _ABSENT)
        if h is _ABSENT:
            rest[k] = v
        elif v is None or type(v) is str:  # `_kept` of the usual values, inline: a string needs a text column
            if h != v or v is not None and kinds.get(k) not in _STR_KINDS:
                rest[k] = v
        elif not _kept(h, v, kinds.get(k, "int")):
            rest[k] = v
    missing = [k for k in have if k not in record]
    if missing:
        rest = {**record, "": missing}
    return _json(rest) if rest else None


_EVENT_KINDS = {**dict.fromkeys(("id", "doc", "when", "label", "quote", "tz", "certainty", "anchor"), "text"),
                **dict.fromkeys(("claims", "entities", "also", "conflicts"), "json")}


def _event_row(e: TimelineEvent, doc: str | None, ordinal: int, merged: bool) -> tuple[Any, ...]:
    """The events row of ``e`` (``merged``: its timeline row): its columns, then as ``json`` only what they
    do not give back (`_rest`), so the record is not stored twice; `event_record` rebuilds it. (JSON list
    columns are compared as the event's own lists: nothing is decoded again.)"""
    span = _s(e.span)
    have = {"id": e.id, "doc": doc, "when": e.when, "label": e.label, "quote": e.quote, "tz": e.tz,
            "certainty": e.certainty, "anchor": e.anchor, "span": None if span[0] is None else list(span),
            "claims": e.claims, "entities": e.entities, "also": e.also if merged else [],
            "conflicts": e.conflicts if merged else []}
    rest = _rest(e.shared_json(), have, _EVENT_KINDS)  # read only: its lists need no copies
    lists = (e.claims, e.entities, e.also, e.conflicts) if merged else (e.claims, e.entities)
    return (e.id, doc, ordinal, e.when, e.label, *span, e.quote, e.tz, e.certainty, e.anchor,
            *(_json(x) for x in lists), rest)


def event_record(row: Any, cols: tuple[str, ...]) -> dict[str, Any]:
    """An event's record (``to_json()``) from its row: the columns, then the keys stored in ``json``
    (stores before migration 011 keep the whole record there). Keys in sorted order, as stored JSON is."""
    rest = _load(row["json"]) or {}
    d = {} if rest.pop("", None) else _from_columns(row, cols[:-1])
    d.update(rest)
    return dict(sorted(d.items()))

def claim_row(claim: Claim, ordinal: int) -> tuple[Any, ...]:
    """The claims row of ``claim``: its columns, then as ``json`` only what they do not give back
    (`_rest`; migration 013), so the record is not stored twice; `claim_record` rebuilds it."""
    j = claim.to_json()
    src = j.get("source") or {}
    ss, se = _s(j.get("source_span"))
    vs, ve = _s(j.get("value_span"))
    row = (
        claim.id, claim.doc, ordinal, claim.measure, *_value_cols(claim.value), claim.qualifier,
        claim.group, src.get("name"), j.get("source_type") or src.get("type"), ss, se, claim.modality, claim.place, claim.when,
        *_s(claim.span), claim.quote, claim.lang, vs, ve, claim.place_how, claim.when_how,
        claim.report_date, claim.citation, claim.rule,
    )
    return (*row, _rest(j, _claim_from_columns(dict(zip(_CLAIM_COLS, row, strict=False))), _CLAIM_KINDS))


_CLAIM_KINDS = {**dict.fromkeys(("id", "doc", "measure", "qualifier", "quote", "lang", "group", "modality", "place",
                                  "when", "place_how", "when_how", "report_date", "rule", "source_type"), "text"),
                "source": "text"}


def _pair(a: Any, b: Any) -> list[Any] | None:
    return None if a is None else [a, b]


def _claim_from_columns(r: Any) -> dict[str, Any]:
    """The keys of a claim's record (``Claim.to_json()``) that the columns of its row give."""
    v, lo = r["value"], r["value_lo"]
    d = {"id": r["id"], "doc": r["doc"], "measure": r["measure"],
         "value": v if v is not None else _pair(lo, r["value_hi"]), "qualifier": r["qualifier"],
         "span": _pair(r["span_start"], r["span_end"]), "quote": r["quote"], "lang": r["lang"],
         "group": r["group_name"], "modality": r["modality"], "place": r["place"], "when": r["when_iso"],
         "source": None if r["source_name"] is None else {"name": r["source_name"], "type": r["source_type"]},
         "source_type": r["source_type"], "value_span": _pair(r["value_start"], r["value_end"]),
         "place_how": r["place_how"], "when_how": r["when_how"], "report_date": r["report_date"],
         "citation": r["citation"], "rule": r["rule"]}
    if r["source_start"] is not None:
        d["source_span"] = [r["source_start"], r["source_end"]]
    return d


def claim_record(row: Any) -> dict[str, Any]:
    """A claim's record as exported (``Claim.to_json()``) from its claims row (every column, e.g.
    ``SELECT * FROM claims``): the columns, then the keys kept in ``json`` (rows stored before
    migration 013 keep the whole record there). Keys in sorted order, as stored JSON is."""
    rest = _load(row["json"]) or {}
    d = {} if rest.pop("", None) else _claim_from_columns(row)
    d.update(rest)
    return dict(sorted(d.items()))


def claim_value(row: Any) -> Any:
    """The ``value`` of a claim's record from a row with the value, value_lo, value_hi and json columns."""
    rest = _load(row["json"]) or {}
    if "value" in rest:
        return rest["value"]
    return row["value"] if row["value"] is not None else _pair(row["value_lo"], row["value_hi"])


def _fields(cls: type, d: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    return {k: v for k, v in d.items() if k in names}


def _tuple(v: Any) -> Any:
    return tuple(v) if isinstance(v, list) else v


def claim_from_json(j: dict[str, Any]) -> Claim:
    """The inverse of ``Claim.to_json()`` (fields unknown to this version are dropped)."""
    d = _fields(Claim, j)
    src = j.get("source")
    d["source"] = None if not src else Source(name=src.get("name", ""), type=src.get("type", "unknown"),
                                              span=_tuple(j.get("source_span")))
    if src and "source_type" in d:
        d["source_type"] = None  # to_json derives it from the source
    for k in ("value", "span", "value_span"):
        d[k] = _tuple(d.get(k))
    return Claim(**d)


def event_from_json(j: dict[str, Any]) -> TimelineEvent:
    d = _fields(TimelineEvent, j)
    d["span"] = _tuple(d.get("span"))
    return TimelineEvent(**d)


def _value_cols(v: Any) -> tuple[int | None, int | None, int | None]:
    """``value, value_lo, value_hi``: an exact figure fills all three, a range only lo/hi, vague none."""
    if isinstance(v, (tuple, list)) and len(v) == 2 and all(isinstance(x, int) for x in v):
        return None, v[0], v[1]
    if isinstance(v, int) and not isinstance(v, bool):
        return v, v, v
    return None, None, None

def _load(s: str | None) -> Any:
    return None if s is None else json.loads(s)
