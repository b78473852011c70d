"""Entity mentions and cross-language linking. (Interface; implementation in progress.)"""

from __future__ import annotations

from collections.abc import Iterable

from .document import Document
from .model import Entity, Mention


class EntityTagger:
    def __call__(self, doc: Document) -> list[Mention]:
        """Mentions of places, organisations and people, with lemma/key/gazetteer id when known."""
        return []


class EntityLinker:
    def link(self, mentions: Iterable[Mention]) -> list[Entity]:
        """Cluster mentions into entities (conservative, explainable); sets ``Mention.entity``."""
        return []
