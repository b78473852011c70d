"""dossier.md: the dossier's content in Markdown (questions, values, sources, quotes with document ids
and offsets, consensus, timeline, entities, sources, independence, documents with hashes, errors).

Document text is hostile: ``<``, ``>``, ``&`` become entities and Markdown punctuation is escaped, so
a quote can neither inject HTML into a Markdown viewer nor break a table or create a link.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any

from ._view import View, fmt_value, safe_url

if TYPE_CHECKING:
    from .dossier import Dossier

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")  # < > & become entities first
_SPACES = re.compile(r"\s+")


def md(s: Any) -> str:
    """Escape text for inline Markdown (one line)."""
    s = "" if s is None else str(s)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _SPACES.sub(" ", s).strip()
    return _MD_SPECIAL.sub(r"\\\1", s)


def code(s: Any) -> str:
    s = _SPACES.sub(" ", "" if s is None else str(s)).replace("`", "'")
    return f"`{s}`" if s else ""


def render(d: Dossier) -> str:
    return "".join(render_parts(d))


def render_parts(d: Dossier, v: View | None = None) -> Iterator[str]:
    """The Markdown in pieces (lines with their newline), for writing it without holding it. ``v``: a
    `View` of ``d`` shared with another renderer."""
    for line in _lines(d, v or View(d)):
        if isinstance(line, str):
            yield line + "\n"
        else:  # a long line (a value of a large question: a quote per claim) in pieces
            yield from line
            yield "\n"


def _lines(d: Dossier, v: View) -> Iterator[str | Iterator[str]]:
    contested = v.n_contested()
    langs = sorted({doc.lang for doc in v.heads.values() if doc.lang})
    yield from ["# Rashomon dossier", "",
               f"{len(d.docs)} documents ({md(', '.join(langs) or 'unknown languages')}), {len(d.claims)} figure claims in "
               f"{len(d.questions)} questions ({contested} contested), {len(d.timeline)} timeline events, "
               f"{len(d.entities)} entities, {len(d.errors)} input errors.", "", "## Questions", ""]
    if not d.questions:
        yield from ["No figure claims were found.", ""]
    from .render_html import MAX_QUESTIONS

    for q in islice(d.questions, MAX_QUESTIONS):  # one at a time, not a slice of all shown
        yield from _question(q, v)
    if len(d.questions) > MAX_QUESTIONS:  # a large corpus: the rest are in questions.jsonl
        yield from [f"{len(d.questions) - MAX_QUESTIONS} more questions are not shown here: see questions.jsonl.", ""]
    yield from ["## Consensus", ""]
    facts = v.consensus()
    for f in facts:
        if f["kind"] == "figure":
            yield (f"- {md(f['text'])} **{md(fmt_value(f['value'], f['qualifier']))}** "
                   f"({f['independent']} independent origins)")
        else:
            yield (f"- {md(f['value'])}: {md(f['text'][:200])} (stated alike in {len(f['docs'])} documents, "
                   f"{f['independent']} independent origins)")
    if not facts:
        yield "No fact is stated alike by two independent sources."
    yield from ["", "## Timeline", ""]
    if d.timeline:
        yield from ["| When | Event | Document | Offsets | Evidence |", "|---|---|---|---|---|"]
        for e in d.timeline:
            conflict = f" **conflicts with** {md(', '.join(e.conflicts))}" if e.conflicts else ""
            yield (f"| {md(e.when)} | {md(e.label)}{conflict} | {code(e.doc)} | {e.span[0]}–{e.span[1]} | "
                   f"{md(e.quote[:200])} |")
    else:
        yield "No dated events."
    yield from ["", "## Entities", ""]
    if d.entities:
        yield from ["| Canonical | Type | Forms | Coordinates |", "|---|---|---|---|"]
        for en in d.entities:
            coords = f"{en.lat:.4f}, {en.lon:.4f}" if en.lat is not None and en.lon is not None else ""
            yield (f"| {md(en.canonical)} | {md(en.type)} | {md(', '.join(en.forms))} | {coords} |")
    else:
        yield "No entities."
    yield from ["", "## Sources", ""]
    srcs = v.named_sources()
    if srcs:
        yield from ["| Source | Type | Entity | Claims | Documents |", "|---|---|---|---|---|"]
        for s in srcs:
            yield (f"| {md(s['name'])} | {md(s['type'])} | {md(s.get('entity') or '')} | {s['claims']} | "
                   f"{', '.join(code(x) for x in s['docs'])} |")
    else:
        yield "No sources."
    yield from ["", "## Independence", ""]
    ind = v.independence
    fams = [f for f in ind.families() if len(f) > 1]
    if fams:
        yield from [f"- family: {', '.join(code(x) for x in f)}" for f in fams]
        yield from [f"- {x.kind}: {code(x.a[0])} {x.a_span[0]}–{x.a_span[1]} ↔ {code(x.b[0])} {x.b_span[0]}–{x.b_span[1]} "
                    f"({md(x.reason)})" for x in ind.links[:500]]
    else:
        yield "No document copies or translates another."
    yield from ["", "## Documents", ""]
    for doc in v.heads.values():  # metadata only: the texts are not shown
        yield (f"### {v.doc_no[doc.id]}. {code(doc.id)}")
        yield ""
        for k, val in (("Title", md(doc.title)), ("Format", md(doc.format)), ("Language", md(doc.lang or "unknown")),
                       ("Published", md(doc.published)), ("Author", md(doc.author)), ("Publisher", md(doc.publisher)),
                       ("URL", _url(doc.url)), ("SHA-256", code(doc.sha256)), ("Characters", str(doc.chars)),
                       ("Citations", str(doc.citations) if doc.citations else ""),
                       ("Artefacts", md(", ".join(doc.artefacts)))):
            if val:
                yield (f"- {k}: {val}")
        yield ""
    yield from ["## Input errors", ""]
    yield from [f"- {code(e.path)} {e.code}: {md(e.message)}" for e in d.errors] or ["None."]


def _value_row(q: Any, val: Any, v: View) -> Iterator[str]:
    """A value's row of a question's table, in pieces: its evidence quotes every claim of the value
    (read when the row is written: the question's claims are then those `View` holds)."""
    denied = val.extra.get("denied_by") or ()
    srcs = "; ".join(f"{md(s['name'])} ({md(s['type'])}{', denies' if s in denied else ''})" for s in val.sources)
    yield (f"| {md(fmt_value(val.value, val.qualifier))} | {md(val.qualifier)} | {srcs} | {val.independent} | "
           f"{md(val.first_reported or '')} | ")
    for i, c in enumerate(v.iter_value_claims(val, q)):
        yield (("<br>" if i else "") + f"“{md(c.quote)}” {code(c.doc)} {c.span[0]}–{c.span[1]}"
               + ("" if c.modality == "asserted" else f" ({c.modality})"))
    yield " |"


def _url(url: str | None) -> str:
    ok = safe_url(url)
    if ok:
        return f"<{ok.replace('>', '%3E').replace('<', '%3C').replace(' ', '%20')}>"
    return code(url) if url else ""


def _question(q: Any, v: View) -> Iterator[str | Iterator[str]]:
    """A question's section, a line at a time (a large question's value rows and evolution lines are
    themselves written in pieces)."""
    status = "**contested**" if q.contested else "not contested"
    yield from [f"### {md(q.text or q.id)}", "",
                f"- Status: {status}; grade: **{md(q.grade)}**; question id {code(q.id)}"]
    if q.min is not None:
        yield f"- Stated figures: {q.min} to {q.max}; conservative figure: {q.conservative if q.conservative is not None else 'none'}"
    best = q.extra.get("best")
    if best:
        yield f"- Best attested: {md(fmt_value(best['value'], best['qualifier']))} ({best['independent']} independent origins)"
    for o in q.extra.get("official") or []:
        names = ", ".join(s["name"] for s in o["sources"] if s["type"] == "official")
        yield f"- Official figure: {md(fmt_value(o['value'], o['qualifier']))} ({md(names)})"
    for o in q.extra.get("officially_denied") or []:
        names = ", ".join(s["name"] for s in o["sources"] if s["type"] == "official")
        yield f"- Denied by officials: {md(fmt_value(o['value'], o['qualifier']))} ({md(names)})"
    yield from ["", "| Value | Qualifier | Sources | Independent | First reported | Evidence |", "|---|---|---|---|---|---|"]
    for val in q.values:
        yield _value_row(q, val, v)
    for s in (q.extra.get("evolution") or {}).get("by_source") or []:
        yield _evolution_line(s)
    yield ""


def _evolution_line(s: dict[str, Any]) -> Iterator[str]:
    """A source's figures over time, in pieces (a source of a large question has many)."""
    yield f"\nEvolution, {md(s['source']['name'])}: "
    for i, p in enumerate(s["points"]):
        yield (" → " if i else "") + f"{md(fmt_value(p['value'], p['qualifier']))} ({md(p['date'])})"
