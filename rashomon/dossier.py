"""The main job: inputs in, a dossier out. One library call; the CLI and the web app are thin layers.

    >>> d = build_dossier(["reports/"])          # doctest: +SKIP
    >>> d.write("out/")                           # doctest: +SKIP
    >>> d.table("claims")                          # doctest: +SKIP  (a pandas DataFrame)

Per-document stages run in `Pipeline.analyze`; the corpus stages (entity linking, cross-document
anchoring, timeline merging, questions) run here once every document has been analyzed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .document import Document
from .errors import InputError
from .model import Analysis, Claim, Entity, Question, TimelineEvent
from .pipeline import Pipeline
from .readers import DEFAULT_MAX_BYTES, read_inputs

CONTRACT_FILES = ("claims.jsonl", "timeline.jsonl", "entities.json", "questions.jsonl", "dossier.html", "dossier.md")


@dataclass
class Dossier:
    docs: dict[str, Document] = field(default_factory=dict)
    claims: list[Claim] = field(default_factory=list)
    timeline: list[TimelineEvent] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    questions: list[Question] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)
    analyses: list[Analysis] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    # -- tables ---------------------------------------------------------------------------------
    def records(self, name: str) -> list[dict[str, Any]]:
        """Rows of one table (claims, timeline, entities, questions, documents, errors) as dicts."""
        if name == "documents":
            return [document_summary(d) for d in self.docs.values()]
        if name == "errors":
            return [e.to_json() for e in self.errors]
        return [x.to_json() for x in getattr(self, name)]

    def table(self, name: str):  # -> pandas.DataFrame
        import pandas as pd  # optional extra: rashomon[pandas]

        return pd.DataFrame.from_records(self.records(name))

    def _repr_html_(self) -> str:
        from .render_html import summary_html

        return summary_html(self)

    # -- output ---------------------------------------------------------------------------------
    def write(self, out: str | Path) -> Path:
        """Write every file of the output contract (and the exports) into ``out``."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        _write_jsonl(out / "claims.jsonl", self.records("claims"))
        _write_jsonl(out / "timeline.jsonl", self.records("timeline"))
        _write_jsonl(out / "questions.jsonl", self.records("questions"))
        (out / "entities.json").write_text(
            json.dumps(self.records("entities"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        from . import render_html, render_md

        (out / "dossier.html").write_text(render_html.render(self), encoding="utf-8")
        (out / "dossier.md").write_text(render_md.render(self), encoding="utf-8")
        try:
            from . import exports
        except ImportError:  # exports land with the questions work
            exports = None
        if exports is not None:
            exports.write_all(self, out)
        return out


def document_summary(d: Document) -> dict[str, Any]:
    return {
        "id": d.id, "path": d.path, "part": d.part, "format": d.format, "title": d.title, "url": d.url,
        "published": d.published, "updated": d.updated, "date_source": d.date_source, "author": d.author,
        "publisher": d.publisher, "lang": d.lang, "encoding": d.encoding, "sha256": d.sha256,
        "chars": len(d.text), "citations": len(d.citations), "artefacts": [a.kind for a in d.artefacts],
    }


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def analyze_inputs(
    inputs: Iterable[str],
    *,
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
    on_document: Callable[[Analysis], None] | None = None,
) -> Iterable[Analysis | InputError]:
    """Read and analyze every document of ``inputs`` in order; errors are yielded, not raised."""
    pipeline = pipeline or Pipeline()
    for item in read_inputs(inputs, max_bytes=max_bytes):
        if isinstance(item, InputError):
            if on_error:
                on_error(item)
            yield item
            continue
        analysis = pipeline.analyze(item)
        if on_document:
            on_document(analysis)
        yield analysis


def assemble(analyses: list[Analysis], errors: list[InputError] | None = None) -> Dossier:
    """The corpus stages: link entities, resolve places, anchor, merge the timeline, group questions."""
    from .entities import EntityLinker
    from .questions import build_questions
    from .timeline import build_timeline

    docs = {a.doc.id: a.doc for a in analyses}
    entities = EntityLinker().link(m for a in analyses for m in a.mentions)
    claims = [c for a in analyses for c in a.claims]
    timeline = build_timeline([e for a in analyses for e in a.events])
    questions = build_questions(claims, docs)
    return Dossier(docs=docs, claims=claims, timeline=timeline, entities=entities, questions=questions,
                   errors=list(errors or []), analyses=analyses)


def build_dossier(
    inputs: Iterable[str] | str,
    *,
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
    on_document: Callable[[Analysis], None] | None = None,
) -> Dossier:
    """Read, analyze and assemble ``inputs`` (paths, directories or ``-``) into a `Dossier`."""
    if isinstance(inputs, (str, Path)):
        inputs = [str(inputs)]
    analyses: list[Analysis] = []
    errors: list[InputError] = []
    for item in analyze_inputs(inputs, pipeline=pipeline, max_bytes=max_bytes, on_error=on_error,
                               on_document=on_document):
        (errors if isinstance(item, InputError) else analyses).append(item)  # type: ignore[arg-type]
    return assemble(analyses, errors)
