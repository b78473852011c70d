"""Temporal expressions stage. (Interface; implementation in progress.)"""

from __future__ import annotations

from .document import Document
from .model import TimeExpr


class TimeTagger:
    def __call__(self, doc: Document) -> list[TimeExpr]:
        """Every date, time and interval the text states, normalized to ISO 8601, sorted by span."""
        return []
