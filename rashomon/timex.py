"""Temporal expressions stage: see `rashomon.time` (grammar, anchoring, zones).

``TimeTagger()(doc)`` -> `TimeExpr` list sorted by span; ``TimeTagger.date_at(doc, timexes, offset)``
-> ``(iso, how)``, the date governing an offset (sentence, section, paragraph, document).
"""

from __future__ import annotations

from .time import TimeTagger, date_at

__all__ = ["TimeTagger", "date_at"]
