"""A document's text as escaped HTML with its claims, dates and entity mentions wrapped in ``<mark>``.

Spans may overlap: the text is cut at every span boundary and each piece is wrapped once, with the
classes of every span covering it. The piece that starts a claim carries ``id="c-<claim id>"`` (the
fragment pages link to); the passage asked for with ``?span=start-end`` is marked ``target`` and its
first piece carries ``id="passage"``. Nothing of the document is ever emitted unescaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    kind: str  # claim, time, ent, target
    title: str = ""
    ident: str = ""  # element id for the piece that starts this span


def marks_of(detail: dict[str, Any], target: tuple[int, int] | None = None) -> list[Mark]:
    """The marks of a `queries.document_detail` result."""
    out = [Mark(c["span"][0], c["span"][1], "claim", f"{c['measure']}: {c['label']} ({c['source']['name']})",
                f"c-{c['id']}") for c in detail["claims"] if c["span"][0] is not None]
    out += [Mark(t["span_start"], t["span_end"], "time", f"{t['value']}") for t in detail["timexes"]]
    out += [Mark(m["span_start"], m["span_end"], "ent", f"{m['type']}: {m['canonical'] or m['text']}")
            for m in detail["mentions"]]
    if target:
        out.append(Mark(target[0], target[1], "target", "the passage you opened", "passage"))
    return out


def highlight(text: str, marks: list[Mark]) -> Markup:
    n = len(text)
    marks = [m for m in marks if 0 <= m.start < m.end <= n]
    bounds = sorted({0, n, *(m.start for m in marks), *(m.end for m in marks)})
    by_start: dict[int, list[Mark]] = {}
    for m in marks:
        by_start.setdefault(m.start, []).append(m)
    active: list[Mark] = []
    out: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        starting = by_start.get(a, [])
        active = [m for m in active if m.end > a] + starting
        chunk = str(escape(text[a:b]))
        if not active:
            out.append(chunk)
            continue
        idents = [m.ident for m in starting if m.ident]
        # the passage's id wins the element; other ids become empty anchors right inside it
        idents.sort(key=lambda i: i != "passage")
        ident = f' id="{escape(idents[0])}"' if idents else ""
        extra = "".join(f'<span id="{escape(i)}"></span>' for i in idents[1:])
        kinds = " ".join(sorted({m.kind for m in active}))
        title = escape("; ".join(dict.fromkeys(m.title for m in active if m.title)))
        out.append(f'<mark class="{kinds}"{ident} title="{title}">{extra}{chunk}</mark>')
    return Markup("".join(out))
