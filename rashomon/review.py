"""Reviewing a dossier: accept, reject or correct a claim, merge and split entities, re-grade a
question, annotate anything. Each act is one append-only record in the store's ``reviews`` table
(who, when, before, after), keyed by the stable ids of claims, entities and questions, so reviews
survive re-ingesting the same documents and travel as JSON (`export_reviews` / `import_reviews`).

`apply_reviews` turns a `Dossier` into its reviewed state (rejected claims dropped, corrections
applied, questions rebuilt, entities merged or split, grades replaced) and records what was reviewed
in ``dossier.meta["reviews"]`` and in each affected question's ``reviews`` field, so every output
says what a person changed.

    >>> with Store("rashomon.sqlite") as s:                              # doctest: +SKIP
    ...     review_claim(s, "c1a2b3", "correct", "ana", value=14, note="typo in the source")
    ...     d = reviewed_dossier(s)
"""

from __future__ import annotations

import dataclasses
import json
import re
from typing import Any

from .model import QUALIFIERS, SOURCE_TYPES, Entity, Source, stable_id

FORMAT = "rashomon-reviews"
CLAIM_ACTIONS = ("accept", "reject", "correct")
GRADES = ("official", "multiple_independent", "single_source", "contested", "unsupported")
KINDS = ("claim", "entity", "question")
_MEASURE = re.compile(r"[a-z][a-z_]{0,39}")


class ReviewError(ValueError):
    """A review that cannot be recorded (unknown target, bad value); the message says why."""


# -- recording ----------------------------------------------------------------------------------
def _claim_json(store: Any, claim_id: str) -> dict[str, Any]:
    from .store import claim_record

    r = store.conn.execute("SELECT * FROM claims WHERE id = ?", (claim_id,)).fetchone()
    if r is None:
        raise ReviewError(f"no claim {claim_id!r} in the store")
    return claim_record(r)


def claim_state(store: Any, claim_id: str) -> dict[str, Any]:
    """The reviewed fields of a claim as they stand after every review so far, and its status."""
    j = _claim_json(store, claim_id)
    state = {"value": j.get("value"), "qualifier": j.get("qualifier"), "measure": j.get("measure"),
             "source": j.get("source"), "status": "unreviewed"}
    for r in store.reviews("claim", claim_id):
        state = _fold_claim(state, r)
    return state


def _fold_claim(state: dict[str, Any], r: dict[str, Any]) -> dict[str, Any]:
    if r["action"] in ("accept", "reject", "correct"):
        state = {**state, **{k: v for k, v in (r.get("after") or {}).items() if k in state}}
        state["status"] = {"accept": "accepted", "reject": "rejected", "correct": "corrected"}[r["action"]]
    return state


def _check_value(v: Any) -> Any:
    if v is None or (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
        return v
    if isinstance(v, (list, tuple)) and len(v) == 2 and all(isinstance(x, int) and x >= 0 for x in v) and v[0] <= v[1]:
        return [int(v[0]), int(v[1])]
    raise ReviewError("a value is a non-negative whole number, a range [lo, hi] or null (vague)")


def parse_value(text: str) -> Any:
    """``14``, ``5-50`` / ``5–50`` or empty (vague) as a claim value; ReviewError otherwise."""
    t = text.strip().replace("–", "-").replace(" ", "")
    if not t:
        return None
    if re.fullmatch(r"\d{1,12}", t):
        return int(t)
    m = re.fullmatch(r"(\d{1,12})-(\d{1,12})", t)
    if m:
        return _check_value([int(m.group(1)), int(m.group(2))])
    raise ReviewError(f"not a figure: {text[:40]!r} (write 14, 5-50, or leave empty for a vague amount)")


def review_claim(store: Any, claim_id: str, action: str, who: str, *, value: Any = ..., qualifier: str | None = None,
                 source: dict[str, str] | None = None, measure: str | None = None, note: str | None = None) -> int:
    """Accept, reject or correct a claim; a correction gives any of value, qualifier, source
    ``{"name", "type"}`` and measure. Returns the review record's id."""
    if action not in CLAIM_ACTIONS:
        raise ReviewError(f"claim action is one of {', '.join(CLAIM_ACTIONS)}")
    before = claim_state(store, claim_id)
    after: dict[str, Any] = {}
    if action == "correct":
        if value is not ...:
            after["value"] = _check_value(value)
        if qualifier is not None:
            if qualifier not in QUALIFIERS:
                raise ReviewError(f"qualifier is one of {', '.join(QUALIFIERS)}")
            after["qualifier"] = qualifier
        if measure is not None:
            if not _MEASURE.fullmatch(measure):
                raise ReviewError("a measure is a lowercase word such as killed or injured")
            after["measure"] = measure
        if source is not None:
            name, typ = str(source.get("name") or "").strip(), source.get("type") or "unknown"
            if typ not in SOURCE_TYPES:
                raise ReviewError(f"source type is one of {', '.join(SOURCE_TYPES)}")
            after["source"] = {"name": name[:200], "type": typ} if name else None
        after = {k: v for k, v in after.items() if before.get(k) != v}
        if not after:
            raise ReviewError("the correction changes nothing")
    return store.add_review(who=who, target_kind="claim", target_id=claim_id, action=action,
                            before={k: before[k] for k in (after or before)}, after=after, note=note or None)


def _entity(store: Any, eid: str) -> dict[str, Any]:
    r = store.conn.execute("SELECT id, canonical, type FROM entities WHERE id = ?", (eid,)).fetchone()
    if r is None:
        raise ReviewError(f"no entity {eid!r} in the store")
    forms = [x[0] for x in store.conn.execute("SELECT form FROM entity_forms WHERE entity = ? ORDER BY form", (eid,))]
    return {"id": r["id"], "canonical": r["canonical"], "type": r["type"], "forms": forms}


def merge_entities(store: Any, into: str, other: str, who: str, *, note: str | None = None) -> int:
    """Record that entity ``other`` is the same as ``into`` (its forms and mentions join ``into``)."""
    if into == other:
        raise ReviewError("an entity cannot be merged into itself")
    a, b = _entity(store, into), _entity(store, other)
    return store.add_review(who=who, target_kind="entity", target_id=into, action="merge",
                            before={"into": a, "other": b}, after={"merged": other, "forms": sorted({*a["forms"], *b["forms"]})},
                            note=note or None)


def split_entity(store: Any, eid: str, forms: list[str], who: str, *, canonical: str | None = None,
                 note: str | None = None) -> int:
    """Record that ``forms`` of entity ``eid`` name another entity (canonical: the first form)."""
    e = _entity(store, eid)
    forms = [f for f in dict.fromkeys(forms) if f in e["forms"]]
    if not forms:
        raise ReviewError("choose at least one of the entity's forms to split off")
    if len(forms) == len(e["forms"]):
        raise ReviewError("a split must leave the entity at least one form")
    new_id = stable_id("ent", "split", eid, *sorted(forms))
    return store.add_review(who=who, target_kind="entity", target_id=eid, action="split", before=e,
                            after={"forms": forms, "new_id": new_id, "canonical": (canonical or forms[0]).strip()[:200]},
                            note=note or None)


def regrade_question(store: Any, qid: str, grade: str, who: str, *, note: str | None = None) -> int:
    r = store.conn.execute("SELECT grade FROM questions WHERE id = ?", (qid,)).fetchone()
    if r is None:
        raise ReviewError(f"no question {qid!r} in the store")
    if grade not in GRADES:
        raise ReviewError(f"grade is one of {', '.join(GRADES)}")
    return store.add_review(who=who, target_kind="question", target_id=qid, action="regrade",
                            before={"grade": r["grade"]}, after={"grade": grade}, note=note or None)


def annotate(store: Any, kind: str, target_id: str, note: str, who: str) -> int:
    """A free-text note on a claim, entity or question."""
    if kind not in KINDS:
        raise ReviewError(f"kind is one of {', '.join(KINDS)}")
    table = {"claim": "claims", "entity": "entities", "question": "questions"}[kind]
    if not store.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", (target_id,)).fetchone():
        raise ReviewError(f"no {kind} {target_id!r} in the store")
    if not note.strip():
        raise ReviewError("an annotation needs some text")
    return store.add_review(who=who, target_kind=kind, target_id=target_id, action="annotate", note=note.strip()[:4000])


# -- export / import ----------------------------------------------------------------------------
def export_reviews(store: Any) -> dict[str, Any]:
    """Every review, oldest first, as a JSON-able document (local row ids left out)."""
    rows = [{k: v for k, v in r.items() if k != "id"} for r in store.reviews()]
    return {"format": FORMAT, "version": 1, "reviews": rows}


def import_reviews(store: Any, data: Any) -> int:
    """Append the reviews of an `export_reviews` document not already present; returns how many."""
    if isinstance(data, (str, bytes)):
        try:
            data = json.loads(data)
        except ValueError as e:
            raise ReviewError(f"not JSON: {e}") from None
    rows = data.get("reviews") if isinstance(data, dict) else data
    if not isinstance(rows, list):
        raise ReviewError(f"expected a {FORMAT} document with a list of reviews")
    clean = []
    for i, r in enumerate(rows):
        if not isinstance(r, dict) or not all(isinstance(r.get(k), str) and r.get(k)
                                              for k in ("at", "who", "target_kind", "target_id", "action")):
            raise ReviewError(f"review {i + 1} lacks at, who, target_kind, target_id or action")
        if r["target_kind"] not in KINDS:
            raise ReviewError(f"review {i + 1}: unknown target kind {r['target_kind'][:40]!r}")
        note = r.get("note")
        clean.append({**r, "note": note if isinstance(note, str) else None})
    return store.import_reviews(clean)


# -- applying to a dossier ----------------------------------------------------------------------
def apply_reviews(dossier: Any, reviews: list[dict[str, Any]]) -> Any:
    """``dossier`` in its reviewed state (changed in place and returned); see the module docstring.
    Reviews of ids the dossier does not have are skipped and counted in ``meta["reviews"]``."""
    from .questions import build_questions

    by_target: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in sorted(reviews, key=lambda r: (r.get("at") or "", r.get("id") or 0)):
        by_target.setdefault((r["target_kind"], r["target_id"]), []).append(r)
    summary: list[dict[str, Any]] = []
    skipped = 0
    claims = {c.id: c for c in dossier.claims}
    # where each claim stood before the review, so a rejected claim's review still shows on its question
    home = {cid: (q.id, q.measure, q.place, q.group) for q in dossier.questions
            for cid in q.extra.get("claims") or [c for v in q.values for c in v.claims]}
    changed_claims = False
    for (kind, tid), rs in by_target.items():
        if kind != "claim":
            continue
        c = claims.get(tid)
        if c is None:
            skipped += len(rs)
            continue
        state: dict[str, Any] = {"status": "unreviewed"}
        for r in rs:
            state = _fold_claim({**state, "value": c.value, "qualifier": c.qualifier, "measure": c.measure,
                                 "source": c.source.to_json() if c.source else None}, r)
            if state["status"] != "unreviewed":
                c = _corrected(c, state)
        if state["status"] == "rejected":
            claims.pop(tid)
            changed_claims = True
        elif c is not claims[tid]:
            claims[tid] = c
            changed_claims = True
        summary += [_brief(r) for r in rs]
    if changed_claims:
        dossier.claims = [claims[c.id] for c in dossier.claims if c.id in claims]
    entities_changed = _apply_entities(dossier, by_target, summary)
    if changed_claims or entities_changed:
        dossier.questions = build_questions(dossier.claims, dossier.docs, entities=dossier.entities)
    qs = {q.id: q for q in dossier.questions}
    for (kind, tid), rs in by_target.items():
        if kind != "question":
            continue
        q = qs.get(tid)
        if q is None:
            skipped += len(rs)
            continue
        for r in rs:
            if r["action"] == "regrade" and (r.get("after") or {}).get("grade") in GRADES:
                q.extra["computed_grade"] = q.extra.get("computed_grade", q.grade)
                q.grade = r["after"]["grade"]
            q.extra.setdefault("reviews", []).append(_brief(r))
        summary += [_brief(r) for r in rs]
    qids = {q.id for q in dossier.questions}
    for q in dossier.questions:  # say on each question which of its claims a person reviewed
        ids = set(q.extra.get("claims") or [c for v in q.values for c in v.claims])
        ids |= {cid for cid, h in home.items() if cid not in claims
                and (h[0] == q.id or (h[0] not in qids and h[1:] == (q.measure, q.place, q.group)))}
        notes = [_brief(r) for (kind, tid), rs in by_target.items() if kind == "claim" and tid in ids for r in rs]
        if notes:
            q.extra.setdefault("reviews", []).extend(notes)
    dossier.meta["reviews"] = {"applied": len(summary), "skipped": skipped, "records": summary}
    return dossier


def _corrected(c: Any, state: dict[str, Any]) -> Any:
    v = state["value"]
    src = state["source"]
    return dataclasses.replace(
        c, value=tuple(v) if isinstance(v, list) else v, qualifier=state["qualifier"], measure=state["measure"],
        source=Source(name=src["name"], type=src["type"]) if src else None)


def _apply_entities(dossier: Any, by_target: dict[tuple[str, str], list[dict[str, Any]]],
                    summary: list[dict[str, Any]]) -> bool:
    ents = {e.id: e for e in dossier.entities}
    changed = False
    for (kind, tid), rs in by_target.items():
        if kind != "entity":
            continue
        for r in rs:
            after = r.get("after") or {}
            e = ents.get(tid)
            if e is None:
                continue
            if r["action"] == "merge" and after.get("merged") in ents:
                other = ents.pop(after["merged"])
                e.forms = list(dict.fromkeys([*e.forms, *other.forms]))
                e.mentions += other.mentions
                e.merges = [*e.merges, *({"form": f, "reason": f"review:{r.get('who')}"} for f in other.forms)]
                changed = True
            elif r["action"] == "split":
                gone = [f for f in after.get("forms", []) if f in e.forms]
                if gone and len(gone) < len(e.forms):
                    e.forms = [f for f in e.forms if f not in gone]
                    new = Entity(id=after.get("new_id") or stable_id("ent", "split", tid, *sorted(gone)),
                                 canonical=after.get("canonical") or gone[0], type=e.type, forms=gone,
                                 merges=[{"form": f, "reason": f"review-split:{r.get('who')}"} for f in gone])
                    ents[new.id] = new
                    changed = True
            summary.append(_brief(r))
    if changed:
        dossier.entities = list(ents.values())
    return changed


def _brief(r: dict[str, Any]) -> dict[str, Any]:
    return {k: r.get(k) for k in ("target_kind", "target_id", "action", "who", "at", "before", "after", "note")}


def reviewed_dossier(store: Any) -> Any:
    """The store's documents assembled into a `Dossier`, with every stored review applied."""
    from .dossier import assemble
    from .errors import InputError

    errors = [InputError(path=e["path"] or "", code=e["code"] or "E199", detail=e["message"] or "") for e in store.errors()]
    d = assemble(list(store.analyses()), errors)
    return apply_reviews(d, store.reviews())
