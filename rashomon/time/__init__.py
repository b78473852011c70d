"""Temporal expressions (ru, uk, kk, en): grammar built from language data, tagging, anchoring, zones.

    >>> from rashomon.time import TimeTagger, date_at    # doctest: +SKIP
    >>> timexes = TimeTagger()(doc)                       # doctest: +SKIP
    >>> date_at(doc, timexes, claim.span[0])              # doctest: +SKIP
    ('2011-12-17', 'section')
"""

from .tagger import TimeTagger, parse_iso_date, read
from .when import date_at, document_facts, event_period, report_date, report_roles

__all__ = ["TimeTagger", "date_at", "document_facts", "event_period", "parse_iso_date", "read", "report_date", "report_roles"]
