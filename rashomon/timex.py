"""Temporal expressions stage: see `rashomon.time` (grammar, anchoring, zones).

``TimeTagger()(doc)`` -> `TimeExpr` list sorted by span; ``TimeTagger.date_at(doc, timexes, offset)``
-> ``(iso, how)``, the date of the counted event at an offset (sentence, section, paragraph, document,
report), report dates ("as of", datelines, publication notes) told apart: see `rashomon.time.when`.
"""

from __future__ import annotations

from .time import TimeTagger, date_at, document_facts

__all__ = ["TimeTagger", "date_at", "document_facts"]
