"""Shared helpers of the entity-linking tests: link a few small documents, ask whether forms share an entity."""

from __future__ import annotations

from rashomon.document import Document
from rashomon.entities import EntityLinker


def linked(pipeline, *docs: tuple[str, str]):
    """The entities linked from ``docs`` (``(text, lang)`` pairs), each its own document ``d<k>.txt``."""
    linker = EntityLinker()
    for k, (text, lang) in enumerate(docs):
        doc = Document(id=f"d{k}.txt", path=f"d{k}.txt", text=text, lang=lang)
        pipeline.prepare(doc)
        linker.add(pipeline.entity_tagger(doc))
    return linker.resolve()


def together(ents, *forms: str) -> bool:
    """Whether one entity has all ``forms``."""
    return any(all(f in e.forms for f in forms) for e in ents)
