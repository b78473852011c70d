"""Timeline: dated events per document, then merged across documents. (Interface; in progress.)"""

from __future__ import annotations

from .document import Document
from .model import Claim, Mention, TimeExpr, TimelineEvent


def events_from(doc: Document, timexes: list[TimeExpr], claims: list[Claim], mentions: list[Mention]) -> list[TimelineEvent]:
    """Timeline candidates of one document: one per dated event stated in a sentence."""
    return []


def build_timeline(events: list[TimelineEvent]) -> list[TimelineEvent]:
    """Merge the same event across documents, flag conflicting times, sort by ``when``."""
    return sorted(events, key=lambda e: (e.when, e.doc, e.span))
