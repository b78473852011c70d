"""dossier.html: one self-contained file that opens offline.

No external resources and no scripts at all (a Content-Security-Policy forbids them, so even a
rendering bug cannot run a document's ``<script>``); CSS inline; charts as inline SVG. Documents are
hostile input: every text is escaped, and a document-provided URL becomes a live link only when its
scheme is http or https. Layout: header with the corpus summary and contents; contested questions
first, each value with its sources and quotes linking to the passage (``#doc-<n>-<start>``) in the
document view, where evidence is wrapped in ``<mark>``; consensus; timeline; entities; sources;
independence; documents; input errors.
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterator
from html import escape
from itertools import islice
from typing import TYPE_CHECKING, Any

from . import charts
from ._view import View, fmt_value, safe_url

if TYPE_CHECKING:
    from .dossier import Dossier
    from .model import Question

MAX_QUESTIONS = 500  # questions shown in full; the rest are in questions.jsonl
MAX_DOCUMENT_TEXTS = 200  # document texts shown (with their marks) in a large corpus
MAX_QUOTES = 25  # quotes shown per stated value of a question
MAX_TIMELINE = 2000  # timeline entries shown in a large corpus (the most corroborated); all are in timeline.jsonl

CSS = """
:root{--fg:#1a1a1a;--muted:#4a4a4a;--line:#c8c8c8;--bg:#fff;--accent:#1f4e99;--bad:#8a1111;--good:#1d5b3a}
*{box-sizing:border-box}body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);
background:var(--bg);margin:0}header,main,footer{max-width:1100px;margin:0 auto;padding:0 1rem}
header{border-bottom:2px solid var(--fg)}h1{margin:.6em 0 .2em}h2{border-bottom:1px solid var(--line);margin-top:2em}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3em 1.2em}a{color:var(--accent)}
a:focus,mark:target{outline:3px solid #b35c00;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.6em 0}th,td{border:1px solid var(--line);padding:.25em .45em;
text-align:left;vertical-align:top}th{background:#f0f0f0}caption{text-align:left;font-weight:600;padding:.2em 0}
.badge{display:inline-block;border:1px solid currentColor;border-radius:3px;padding:0 .35em;font-size:.8em;
margin:0 .15em;white-space:nowrap}.t-official{color:#1f4e99}.t-media{color:#5a2d91}.t-ngo{color:#1d5b3a}
.t-eyewitness{color:#8a4200}.t-activist{color:#8f1040}.t-opposition{color:#8a1f1f}.t-author,.t-unknown{color:#444}
.contested{color:var(--bad);font-weight:700}.uncontested{color:var(--good);font-weight:700}
article.question{border:1px solid var(--line);border-left:6px solid var(--good);padding:.3em 1em;margin:1em 0}
article.question.is-contested{border-left-color:var(--bad)}blockquote{margin:.2em 0;padding-left:.6em;
border-left:3px solid var(--line)}.quote{font-style:italic}.meta{color:var(--muted);font-size:.9em}
.doctext{white-space:pre-wrap;overflow-wrap:anywhere;border:1px solid var(--line);padding:.6em;max-height:40em;
overflow:auto;font-size:.92em;background:#fcfcfc}mark{background:#ffe58a;color:inherit}mark.time{background:#cfe6ff}
mark.claim.time{background:#d8f0c0}
mark.copy{background:#eeeeee;border-bottom:2px dotted #555}mark.claim.copy{background:#ffe58a}code{overflow-wrap:anywhere}dl.meta dt{font-weight:600}
dl.meta{display:grid;grid-template-columns:max-content 1fr;gap:0 1em}.chart{display:block;margin:.4em 0}
details summary{cursor:pointer}.superseded{text-decoration:line-through;color:var(--muted)}
"""


def _e(s: Any) -> str:
    return escape("" if s is None else str(s), quote=True)


def _badge(typ: str) -> str:
    t = "".join(ch for ch in str(typ) if ch.isalnum() or ch == "_")
    return f'<span class="badge t-{t}">{_e(typ)}</span>'


def _link(url: str | None, text: str | None = None) -> str:
    ok = safe_url(url)
    label = _e(text or url or "")
    if ok:
        return f'<a href="{_e(ok)}" rel="noopener noreferrer nofollow">{label}</a>'
    return f"<span>{label}</span>" if not url or text else f"<code>{_e(url)}</code>"


def summary_html(d: Dossier) -> str:
    """A compact summary for notebooks (`Dossier._repr_html_`)."""
    contested = sum(1 for q in d.questions if q.contested)
    rows = "".join(
        f"<tr><td>{_e(q.text or q.id)}</td><td>{len(q.values)}</td><td>{_e(q.min)}–{_e(q.max)}</td>"
        f"<td>{'yes' if q.contested else 'no'}</td><td>{_e(q.grade)}</td></tr>"
        for q in d.questions[:15]
    )
    more = f"<p>… and {len(d.questions) - 15} more questions</p>" if len(d.questions) > 15 else ""
    return (
        f"<div><p><strong>Rashomon dossier</strong>: {len(d.docs)} documents, {len(d.claims)} claims, "
        f"{len(d.questions)} questions ({contested} contested), {len(d.timeline)} timeline events, "
        f"{len(d.entities)} entities, {len(d.errors)} input errors.</p>"
        + (f"<table><thead><tr><th scope=col>Question</th><th scope=col>Values</th><th scope=col>Range</th>"
           f"<th scope=col>Contested</th><th scope=col>Grade</th></tr></thead><tbody>{rows}</tbody></table>" if rows else "")
        + more + "</div>"
    )


def render(d: Dossier) -> str:
    return "".join(render_parts(d))


def render_parts(d: Dossier, v: View | None = None) -> Iterator[str]:
    """The page in pieces, for writing it without holding it: ``"".join(render_parts(d))`` is `render`.
    ``v``: a `View` of ``d`` shared with another renderer."""
    v = v or View(d)
    csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'none'; base-uri 'none'; form-action 'none'"
    yield ('<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
           f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
           '<meta name="viewport" content="width=device-width, initial-scale=1">'
           '<meta name="referrer" content="no-referrer"><link rel="icon" href="data:,">'
           f"<title>Rashomon dossier</title><style>{CSS}</style></head><body>"
           '<a href="#main" class="meta">Skip to content</a>')
    sections = (lambda: _header(d, v), lambda: '<main id="main">', lambda: _questions(d, v), lambda: _consensus(v),
                lambda: _timeline(d, v), lambda: _entities(d), lambda: _sources(v), lambda: _independence(d, v),
                lambda: _documents(d, v), lambda: _errors(d), lambda: "</main>",
                lambda: '<footer><p class="meta">Generated by Rashomon. Every figure links to its evidence; documents '
                        "are shown as extracted, hostile markup escaped.</p></footer>")
    for i, section in enumerate(sections):
        if i:
            yield "\n"
        part = section()
        if isinstance(part, str):
            yield part
        else:  # a long section comes in pieces
            yield from part
    yield "</body></html>\n"


def _header(d: Dossier, v: View) -> str:
    langs_of: set[str] = set()
    first = last = ""  # the earliest and latest publication dates, in one pass (no list of all)
    for doc in v.heads.values():
        if doc.lang:
            langs_of.add(doc.lang)
        if x := doc.published:
            first, last = min(first, x) if first else x, max(last, x)
    langs = sorted(langs_of)
    span = f", published {_e(first[:10])} – {_e(last[:10])}" if first else ""
    nav = "".join(f'<li><a href="#{a}">{t}</a></li>' for a, t in (
        ("questions", "Questions"), ("consensus", "Consensus"), ("timeline", "Timeline"), ("entities", "Entities"),
        ("sources", "Sources"), ("independence", "Independence"), ("documents", "Documents"), ("errors", "Input errors")))
    return (
        "<header><h1>Rashomon dossier</h1>"
        f"<p>{len(d.docs)} documents in {len(langs)} languages ({_e(', '.join(langs) or 'unknown')}){span}; "
        f"{len(d.claims)} figure claims in {len(d.questions)} questions, "
        f'<span class="contested">{v.n_contested()} contested</span>; {len(d.timeline)} timeline events; '
        f"{len(d.entities)} entities; {len(d.errors)} input errors.</p>"
        f'<nav aria-label="Contents"><ul>{nav}</ul></nav></header>'
    )


def _questions(d: Dossier, v: View) -> Iterator[str]:
    """The questions section, a question at a time (a large corpus's section is many megabytes)."""
    yield ('<section id="questions" aria-labelledby="h-questions"><h2 id="h-questions">Questions</h2>'
           '<p class="meta">Contested questions first. A value\'s <em>independent origins</em> counts the documents '
           "stating it that do not copy or translate each other.</p>")
    if not d.questions:
        yield "<p>No figure claims were found.</p>"
    for i, q in enumerate(islice(d.questions, MAX_QUESTIONS), 1):
        yield from _question_parts(q, v, i)
    if len(d.questions) > MAX_QUESTIONS:  # a large corpus: keep the page readable and its size bounded
        yield (f'<p class="meta">{len(d.questions) - MAX_QUESTIONS} more questions are not shown here '
               "(the least contested and least cited): see questions.jsonl.</p>")
    yield "</section>"


def _question(q: Question, v: View, i: int) -> str:
    return "".join(_question_parts(q, v, i))


def _question_parts(q: Question, v: View, i: int) -> Iterator[str]:
    """One question's article in pieces: its charts draw a mark per claim."""
    status = ('<span class="contested">contested</span>' if q.contested else '<span class="uncontested">not contested</span>')
    best = q.extra.get("best") or {}
    facts = [f"Status: {status}", f"grade: <strong>{_e(q.grade)}</strong>"]
    if q.min is not None:
        facts.append(f"stated figures {_e(q.min)} to {_e(q.max)}")
    if q.conservative is not None:
        facts.append(f"conservative figure: <strong>{_e(q.conservative)}</strong>")
    if best:
        facts.append(f"best attested: {_e(fmt_value(best.get('value'), best.get('qualifier', 'exact')))} "
                     f"({_e(best.get('independent'))} independent origins)")
    rows = []
    for val in q.values:
        denied = val.extra.get("denied_by") or ()
        srcs = "".join(f"<li>{_e(s['name'])} {_badge(s['type'])}{' ' + _badge('denied') if s in denied else ''}</li>"
                       for s in val.sources)
        quotes = []
        claims = v.value_claims(val, q, MAX_QUOTES)  # only the quotes shown are read
        for c in claims:
            cls = ' class="superseded"' if c.id in val.extra.get("superseded", []) else ""
            mod = f" {_badge(c.modality)}" if c.modality != "asserted" else ""
            quotes.append(f'<li{cls}><a href="#{v.anchor(c.doc, c.span[0])}"><span class="quote">“{_e(c.quote)}”</span></a>'
                          f'{mod} <span class="meta">{_e(c.doc)} [{c.span[0]}:{c.span[1]}]</span></li>')
        n = v.value_count(val, q)
        if n > MAX_QUOTES:
            quotes.append(f'<li class="meta">and {n - MAX_QUOTES} more claims of this value (claims.jsonl)</li>')
        rows.append(
            f"<tr><th scope=row>{_e(fmt_value(val.value, val.qualifier))}</th><td>{_e(val.qualifier)}</td>"
            f"<td><ul>{srcs}</ul></td><td>{val.independent}</td><td>{_e(val.first_reported or '')}</td>"
            f"<td><ul>{''.join(quotes)}</ul></td></tr>"
        )
    official = q.extra.get("official") or []
    off = ""
    if official:
        off = ("<p><strong>Official figures:</strong> " + "; ".join(
            _e(fmt_value(o["value"], o["qualifier"])) + " (" + _e(", ".join(s["name"] for s in o["sources"] if s["type"] == "official")) + ")"
            for o in official) + "</p>")
    if q.extra.get("officially_denied"):
        off += ("<p><strong>Denied by officials:</strong> " + "; ".join(
            _e(fmt_value(o["value"], o["qualifier"])) + " (" + _e(", ".join(s["name"] for s in o["sources"] if s["type"] == "official")) + ")"
            for o in q.extra["officially_denied"]) + "</p>")
    cls = "question is-contested" if q.contested else "question"
    yield (
        f'<article class="{cls}" id="q-{_e(q.id)}" aria-labelledby="qh-{_e(q.id)}">'
        f'<h3 id="qh-{_e(q.id)}">{_e(q.text or q.id)}</h3><p>{"; ".join(facts)}.</p>{off}'
        f"<table><caption>Stated values</caption><thead><tr><th scope=col>Value</th><th scope=col>Qualifier</th>"
        f"<th scope=col>Sources</th><th scope=col>Independent origins</th><th scope=col>First reported</th>"
        f"<th scope=col>Evidence</th></tr></thead><tbody>"
    )
    yield from rows
    del rows
    yield "</tbody></table>"
    pts = v.points(q, ids=False)  # the charts read no claim or document id
    yield from _figure_parts(charts.values_by_source_parts(q, pts, f"c{i}s"),
                             "Figures by source (hollow: unconfirmed; arrow: open-ended)")
    yield from _figure_parts(charts.values_by_date_parts(q, pts, f"c{i}d"),
                             "Figures by report date, each source's figures joined")
    del pts
    yield from _evolution_parts(q)
    notes = q.extra.get("inferred") or []
    if notes:
        yield "<details><summary>How claims were attached to this question</summary><ul>"
        for n in notes:
            yield f"<li>{_e(n['claim'])}: {_e(n['field'])} — {_e(n['reason'])}</li>"
        yield "</ul></details>"
    yield "</article>"


def _figure(svg: str, caption: str) -> str:
    return f"<figure>{svg}<figcaption class=\"meta\">{_e(caption)}</figcaption></figure>" if svg else ""


def _figure_parts(svg: Iterator[str], caption: str) -> Iterator[str]:
    """`_figure` of a chart given in pieces (nothing when the chart is empty)."""
    first = next(svg, "")
    if not first:
        return
    yield "<figure>" + first
    yield from svg
    yield f"<figcaption class=\"meta\">{_e(caption)}</figcaption></figure>"


def _evolution_parts(q: Question) -> Iterator[str]:
    """The evolution table in pieces, a source's row at a time (a large question's series are read from
    disk a few at a time, `questions._long_lists`)."""
    series = (q.extra.get("evolution") or {}).get("by_source") or []
    if not series:
        return
    yield ("<table><caption>Evolution over report time, per source</caption><thead><tr><th scope=col>Source</th>"
           "<th scope=col>Figures by report date</th></tr></thead><tbody>")
    for s in series:
        yield (f"<tr><th scope=row>{_e(s['source']['name'])} {_badge(s['source']['type'])}</th><td>"
               + " → ".join(f"{_e(fmt_value(p['value'], p['qualifier']))} ({_e(p['date'])})" for p in s["points"])
               + "</td></tr>")
    yield "</tbody></table>"


def _consensus(v: View) -> str:
    facts = v.consensus()
    items = []
    for f in facts:
        if f["kind"] == "figure":
            items.append(f"<li>{_e(f['text'])} <strong>{_e(fmt_value(f['value'], f['qualifier']))}</strong> "
                         f"({_e(f['independent'])} independent origins)</li>")
        else:
            items.append(f"<li>{_e(f['value'])}: {_e(f['text'][:200])} (stated alike in {len(f['docs'])} documents, "
                         f"{_e(f['independent'])} independent origins)</li>")
    body = f"<ul>{''.join(items)}</ul>" if items else "<p>No fact is stated alike by two independent sources.</p>"
    return ('<section id="consensus" aria-labelledby="h-consensus"><h2 id="h-consensus">Consensus</h2>'
            '<p class="meta">Facts every source that states them agrees on, from at least two independent origins.</p>'
            f"{body}</section>")


def _timeline(d: Dossier, v: View) -> Iterator[str]:
    yield '<section id="timeline" aria-labelledby="h-timeline"><h2 id="h-timeline">Timeline</h2>'
    if not d.timeline:
        yield "<p>No dated events.</p>"
    else:
        shown = shown_events(d)
        if shown is not None:
            yield (f'<p class="meta">{len(d.timeline)} dated entries: the {len(shown)} reported by most documents are '
                   "shown here, in order; all are in timeline.jsonl.</p>")
        yield ("<table><caption>Dated events, in order</caption><thead><tr><th scope=col>When</th><th scope=col>Event</th>"
               "<th scope=col>Document</th><th scope=col>Evidence</th></tr></thead><tbody>")
        for i, e in enumerate(d.timeline):
            if shown is not None and i not in shown:
                continue
            conflict = (' <span class="contested">conflicts with ' + _e(", ".join(e.conflicts)) + "</span>") if e.conflicts else ""
            yield (f"<tr><td><time>{_e(e.when)}</time></td><td>{_e(e.label)}{conflict}</td>"
                   f'<td><a href="#{v.anchor(e.doc, e.span[0])}">{_e(e.doc)}</a></td>'
                   f'<td class="quote">{_e(e.quote[:300])}</td></tr>')
        yield "</tbody></table>"
    yield "</section>"


def shown_events(d: Dossier, limit: int = MAX_TIMELINE) -> set[int] | None:
    """Positions of the timeline entries the page shows when there are more than ``limit``: those that
    most other documents report too (``also``, with the ``more`` not listed), earliest first among
    equals; None when all are shown. One pass, holding ``limit`` entries' keys."""
    if len(d.timeline) <= limit:
        return None
    best = heapq.nsmallest(limit, ((-(len(e.also) + e.more.get("also", 0)), i) for i, e in enumerate(d.timeline)))
    return {i for _, i in best}


def _entities(d: Dossier) -> str:
    rows = []
    for en in d.entities:
        coords = f"{en.lat:.4f}, {en.lon:.4f}" if en.lat is not None and en.lon is not None else ""
        rows.append(f"<tr><th scope=row>{_e(en.canonical)}</th><td>{_e(en.type)}</td><td>{_e(', '.join(en.forms))}</td>"
                    f"<td>{_e(coords)}</td><td>{_e(en.mentions)}</td></tr>")
    body = ("<table><caption>Entities linked across languages and spellings</caption><thead><tr><th scope=col>Canonical</th>"
            "<th scope=col>Type</th><th scope=col>Forms</th><th scope=col>Coordinates</th><th scope=col>Mentions</th></tr>"
            f"</thead><tbody>{''.join(rows)}</tbody></table>" if rows else "<p>No entities.</p>")
    return f'<section id="entities" aria-labelledby="h-entities"><h2 id="h-entities">Entities</h2>{body}</section>'


def _sources(v: View) -> Iterator[str]:
    """The sources section, a row at a time (a large corpus's sources name most of its documents)."""
    yield '<section id="sources" aria-labelledby="h-sources"><h2 id="h-sources">Sources</h2>'
    sources = v.named_sources()
    if sources:
        yield ("<table><caption>Who the figures are attributed to (the names of one linked entity together)</caption><thead><tr><th scope=col>Source</th>"
               "<th scope=col>Type</th><th scope=col>Entity</th><th scope=col>Claims</th><th scope=col>Documents</th></tr>"
               "</thead><tbody>")
        for s in sources:
            yield (f"<tr><th scope=row>{_e(s['name'])}</th><td>{_badge(s['type'])}</td><td>{_e(s.get('entity') or '')}</td>"
                   f"<td>{s['claims']}</td>"
                   f"<td>{', '.join(_doc_link(v, x) for x in s['docs'])}</td></tr>")
        yield "</tbody></table>"
    else:
        yield "<p>No sources.</p>"
    yield "</section>"


def _doc_link(v: View, doc: str) -> str:
    return f'<a href="#{v.doc_anchor(doc)}">{_e(doc)}</a>'


def _independence(d: Dossier, v: View) -> str:
    ind = v.independence
    fams = [f for f in ind.families() if len(f) > 1]
    items = "".join(f"<li>{_e(', '.join(f))}</li>" for f in fams)
    links = "".join(
        f"<li>{_e(x.kind)}: <a href=\"#{v.anchor(x.a[0], x.a_span[0])}\">{_e(x.a[0])}</a> ↔ "
        f"<a href=\"#{v.anchor(x.b[0], x.b_span[0])}\">{_e(x.b[0])}</a> — {_e(x.reason)}</li>"
        for x in ind.links[:500]
    )
    body = (f"<p>Document families (copies or translations of each other):</p><ul>{items}</ul><ul>{links}</ul>"
            if fams else "<p>No document copies or translates another.</p>")
    return f'<section id="independence" aria-labelledby="h-ind"><h2 id="h-ind">Independence</h2>{body}</section>'


def _doc_text(text: str, marks: list[tuple[int, int, str, str]], n: int) -> str:
    """The document text, escaped, with every marked span wrapped in ``<mark>``; a mark that starts a
    claim, event or passage carries the id ``doc-<n>-<start>`` that links elsewhere point to."""
    n_chars = len(text)
    marks = [m for m in marks if 0 <= m[0] < m[1] <= n_chars]
    bounds = sorted({0, n_chars, *(m[0] for m in marks), *(m[1] for m in marks)})
    starts = {m[0] for m in marks}
    by_start: dict[int, list[tuple[int, int, str, str]]] = {}
    for m in marks:
        by_start.setdefault(m[0], []).append(m)
    active: list[tuple[int, int, str, str]] = []
    out = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        active = [m for m in active if m[1] > a] + by_start.get(a, [])
        chunk = _e(text[a:b])
        if active:
            kinds = " ".join(sorted({m[2] for m in active}))
            ident = f' id="doc-{n}-{a}"' if a in starts else ""
            title = _e("; ".join(dict.fromkeys(m[3] for m in active)))
            out.append(f'<mark class="{kinds}"{ident} title="{title}">{chunk}</mark>')
        else:
            out.append(chunk)
    return "".join(out)


def shown_documents(d: Dossier, limit: int | None = None) -> set[str]:
    """Ids of the documents whose text the page shows: every one in a small corpus; in a large one
    (more than ``limit``), those cited by the questions shown (contested first), then those holding
    timeline events, up to ``limit``."""
    limit = MAX_DOCUMENT_TEXTS if limit is None else limit
    if len(d.docs) <= limit:
        return set(d.docs)
    shown: dict[str, None] = {}
    cited = (doc for q in islice(d.questions, MAX_QUESTIONS) for val in q.values for doc in val.docs)
    for doc in itertools.chain(cited, (e.doc for e in d.timeline)):  # lazily: stops at the limit
        if len(shown) >= limit:
            break
        if doc in d.docs:
            shown.setdefault(doc)
    return set(shown)


def _documents(d: Dossier, v: View) -> Iterator[str]:
    yield '<section id="documents" aria-labelledby="h-docs"><h2 id="h-docs">Documents</h2>'
    shown = shown_documents(d)
    if len(shown) < len(d.docs):
        yield (f'<p class="meta">{len(d.docs)} documents: the {len(shown)} that carry the questions and events '
               f"shown above are shown here; all are listed in documents.jsonl (with their texts).</p>")
    for doc in (d.docs[k] for k in d.docs if k in shown):  # only the shown ones are read
        n = v.doc_no[doc.id]
        meta = [("Title", _e(doc.title)), ("Format", _e(doc.format)), ("Language", _e(doc.lang or "unknown")),
                ("Published", _e(doc.published)), ("Author", _e(doc.author)), ("Publisher", _e(doc.publisher)),
                ("URL", _link(doc.url) if doc.url else ""), ("Encoding", _e(doc.encoding)),
                ("SHA-256", f"<code>{_e(doc.sha256)}</code>"), ("Characters", str(len(doc.text)))]
        dl = "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in meta if val)
        cites = "".join(f"<li>{_e(c.title or '')} {_e(c.publisher or '')} {_e(c.date or '')} {_link(c.url) if c.url else ''}</li>"
                        for c in doc.citations)
        arts = "".join(f"<li>{_e(a.kind)} {_e(list(a.span) if a.span else '')} {_e(a.detail)}</li>" for a in doc.artefacts)
        yield (
            f'<article id="doc-{n}" aria-labelledby="dh-{n}"><h3 id="dh-{n}">{n}. {_e(doc.id)}</h3><dl class="meta">{dl}</dl>'
            + (f"<details><summary>{len(doc.citations)} citations</summary><ol>{cites}</ol></details>" if cites else "")
            + (f"<details><summary>{len(doc.artefacts)} input artefacts</summary><ul>{arts}</ul></details>" if arts else "")
            + f'<div class="doctext" tabindex="0" role="region" aria-label="Text of {_e(doc.id)}" lang="{_e(doc.lang or "")}">'
            + _doc_text(doc.text, v.marks(doc.id), n) + "</div></article>"
        )
    yield "</section>"


def _errors(d: Dossier) -> str:
    rows = "".join(f"<tr><td>{_e(e.path)}</td><td>{_e(e.code)}</td><td>{_e(getattr(e, 'message', '') or e.detail)}</td></tr>"
                   for e in d.errors)
    body = ("<table><caption>Inputs that could not be read</caption><thead><tr><th scope=col>Input</th><th scope=col>Code</th>"
            f"<th scope=col>What happened</th></tr></thead><tbody>{rows}</tbody></table>" if rows else "<p>None.</p>")
    return f'<section id="errors" aria-labelledby="h-errors"><h2 id="h-errors">Input errors</h2>{body}</section>'
