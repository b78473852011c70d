"""Language identification stage, per paragraph. (Interface; implementation in progress.)"""

from __future__ import annotations

from .document import Document


class LanguageIdentifier:
    def __call__(self, doc: Document) -> None:
        """Set ``Paragraph.lang``/``lang_score`` for every paragraph and ``doc.lang`` (dominant)."""
