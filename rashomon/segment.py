"""Segmentation stage: paragraphs and sentences as spans. (Interface; implementation in progress.)"""

from __future__ import annotations

from .document import Document, Paragraph, Sentence


class Segmenter:
    def __call__(self, doc: Document) -> None:
        """Fill ``doc.paragraphs`` and ``doc.sentences`` (sorted, disjoint spans into ``doc.text``)."""
        doc.paragraphs, doc.sentences = [], []
        start = 0
        for block in doc.text.split("\n\n"):
            end = start + len(block)
            if block.strip():
                doc.paragraphs.append(Paragraph((start, end)))
                doc.sentences.append(Sentence((start, end), len(doc.paragraphs) - 1))
            start = end + 2
