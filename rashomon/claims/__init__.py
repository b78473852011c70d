"""Figure claims. (Interface; implementation in progress.)"""

from __future__ import annotations

from ..document import Document
from ..model import Claim, Mention, TimeExpr


class ClaimExtractor:
    def __call__(self, doc: Document, timexes: list[TimeExpr], mentions: list[Mention]) -> list[Claim]:
        return []
