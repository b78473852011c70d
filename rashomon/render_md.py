"""dossier.md. (First version; the full dossier lands with the questions work.)"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .dossier import Dossier


def render(d: Dossier) -> str:
    lines = ["# Rashomon dossier", "", "## Documents", ""]
    for doc in d.docs.values():
        lines.append(f"- `{doc.id}` ({doc.format}, {doc.lang or '?'}) sha256 `{doc.sha256}`")
    return "\n".join(lines) + "\n"
