"""Temporal expressions (ru, uk, kk, en): grammar built from language data, tagging, anchoring, zones.

    >>> from rashomon.time import TimeTagger, date_at    # doctest: +SKIP
    >>> timexes = TimeTagger()(doc)                       # doctest: +SKIP
    >>> date_at(doc, timexes, claim.span[0])              # doctest: +SKIP
    ('2011-12-17', 'section')
"""

from .anchor import date_at
from .tagger import TimeTagger, parse_iso_date, read

__all__ = ["TimeTagger", "date_at", "parse_iso_date", "read"]
