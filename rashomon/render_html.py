"""dossier.html. (First version; the full dossier lands with the questions work.)"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dossier import Dossier


def summary_html(d: Dossier) -> str:
    return f"<p>Rashomon dossier: {len(d.docs)} documents, {len(d.claims)} claims</p>"


def render(d: Dossier) -> str:
    rows = "".join(
        f"<tr><td>{escape(doc.id)}</td><td>{escape(doc.format)}</td><td>{escape(doc.lang or '?')}</td>"
        f"<td><code>{escape(doc.sha256)}</code></td></tr>"
        for doc in d.docs.values()
    )
    return (
        "<!doctype html><html lang=en><head><meta charset=utf-8><title>Rashomon dossier</title></head>"
        f"<body><h1>Rashomon dossier</h1><table>{rows}</table></body></html>\n"
    )
