"""The main job: inputs in, a dossier out. One library call; the CLI and the web app are thin layers.

    >>> d = build_dossier(["reports/"])          # doctest: +SKIP
    >>> d.write("out/")                           # doctest: +SKIP
    >>> d.table("claims")                          # doctest: +SKIP  (a pandas DataFrame)

Per-document stages run in `Pipeline.analyze`; the corpus stages (entity linking, cross-document
anchoring, timeline merging, questions) run here once every document has been analyzed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
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
        return list(self.rows(name))

    def rows(self, name: str) -> Iterator[dict[str, Any]]:
        """`records`, one row at a time (for writing a large table without holding it)."""
        if name == "documents":
            return (document_summary(d) for d in self.docs.values())
        if name == "errors":
            return (e.to_json() for e in self.errors)
        return (x.to_json() for x in getattr(self, name))

    def table(self, name: str):  # -> pandas.DataFrame
        import pandas as pd  # optional extra: rashomon[pandas]

        return pd.DataFrame.from_records(self.records(name))

    def _repr_html_(self) -> str:
        from .render_html import summary_html

        return summary_html(self)

    # -- output ---------------------------------------------------------------------------------
    def write(self, out: str | Path, *, store: bool = True) -> Path:
        """Write every file of the output contract (and the exports) into ``out``; with ``store``,
        also the SQLite store of the dossier as ``out/rashomon.sqlite``."""
        out = Path(out)
        out.mkdir(parents=True, exist_ok=True)
        try:
            from . import exports
        except ImportError:  # exports land with the questions work
            exports = None
        if exports is None:
            _write_jsonl(out / "claims.jsonl", self.rows("claims"))
        _write_jsonl(out / "timeline.jsonl", (e.shared_json() for e in self.timeline))  # encoded at once
        _write_jsonl(out / "questions.jsonl", self.questions)  # a large question's record written piecewise
        (out / "entities.json").write_text(
            json.dumps(self.records("entities"), ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        from . import render_html, render_md
        from ._view import View

        view = View(self)  # what both pages show, prepared once
        _write_parts(out / "dossier.html", render_html.render_parts(self, view))
        _write_parts(out / "dossier.md", render_md.render_parts(self, view))
        del view  # what the pages shared (sources, marks, positions): not kept through the exports and store
        from ._spill import release_memory

        release_memory()
        if exports is not None:  # claims.jsonl in the exports' pass over the (spilled) claims, their JSON shared
            with (out / "claims.jsonl").open("w", encoding="utf-8") as f:
                write = f.write
                exports.write_all(self, out, also=lambda line: write(line + "\n"))
        if store:
            from .store import write_store

            write_store(self, out / "rashomon.sqlite")
        return out


def document_summary(d: Document) -> dict[str, Any]:
    return {
        "id": d.id, "path": d.path, "part": d.part, "format": d.format, "title": d.title, "url": d.url,
        "published": d.published, "updated": d.updated, "date_source": d.date_source, "author": d.author,
        "publisher": d.publisher, "lang": d.lang, "encoding": d.encoding, "sha256": d.sha256,
        "chars": len(d.text), "citations": len(d.citations), "artefacts": [a.kind for a in d.artefacts],
    }


def _write_parts(path: Path, parts: Iterable[str]) -> None:
    """Write a page as it is rendered, never holding it whole."""
    from ._spill import release_memory

    with open(path, "w", encoding="utf-8") as f:
        f.writelines(parts)
    release_memory()  # what rendering freed (a large question's claims and points) goes back


#: ``json.dumps(x, ensure_ascii=False)`` without building an encoder per call
_ENCODE = json.JSONEncoder(ensure_ascii=False).encode


def _write_jsonl(path: Path, rows: Iterable[dict[str, Any] | Question]) -> None:
    """One record a line: a dict as it is, a question as its ``to_json()`` (`questions.record_parts`:
    a large one in pieces, never held whole as a dict or a string)."""
    from ._spill import release_memory
    from .questions import record_parts

    with path.open("w", encoding="utf-8") as f:
        for r in rows:
            if isinstance(r, Question):
                f.writelines(record_parts(r, _ENCODE))
                f.write("\n")
            else:
                f.write(_ENCODE(r) + "\n")
    release_memory()  # what the records freed (the large questions read back whole) goes back


def analyze_inputs(
    inputs: Iterable[str],
    *,
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
    on_document: Callable[[Analysis], None] | None = None,
    jobs: int = 1,
    skip: Callable[[Document], bool] | None = None,
    reuse: Callable[[Document], Callable[[], Analysis | None] | None] | None = None,
    dask: str | Any | None = None,
) -> Iterable[Analysis | InputError]:
    """Read and analyze every document of ``inputs`` in order; errors are yielded, not raised.

    ``jobs > 1`` analyzes in that many processes, ``dask`` (an address, ``local:N`` or a
    ``distributed.Client``) on a Dask cluster, both with output identical to ``jobs=1``.
    Documents for which ``skip(doc)`` is true (e.g. already stored unchanged) are neither analyzed nor
    yielded. When ``reuse(doc)`` returns a loader (e.g. of the stored analysis of an unchanged
    document), the document is not analyzed: the loader's analysis is yielded in its place."""
    items: Iterable[Document | InputError | _Reused] = read_inputs(inputs, max_bytes=max_bytes)
    if skip is not None:
        items = (i for i in items if isinstance(i, InputError) or not skip(i))
    reuser = _Reuser(reuse) if reuse is not None else None
    if reuser is not None:
        items = (reuser.mark(i) for i in items)
    if dask is not None:
        from .distributed import analyze_on_dask

        results: Iterable[Analysis | InputError | _Reused] = analyze_on_dask(items, dask)
    elif jobs > 1:
        results = _analyze_parallel(items, jobs)
    else:
        pipeline = pipeline or Pipeline()
        results = (_analyze_one(pipeline, item) for item in items)
    if reuser is not None:
        results = (reuser.load(r) for r in results)
    for item in results:
        if item is None:  # a stored analysis vanished between the check and the load
            continue
        if isinstance(item, InputError):
            if on_error:
                on_error(item)
        elif on_document:
            on_document(item)
        yield item


@dataclass(frozen=True)
class _Reused:
    """Stands for a document whose analysis is loaded, not computed: a tiny object that crosses
    process boundaries (its loader stays in this process, under ``key``)."""

    id: str
    key: int


class _Reuser:
    def __init__(self, reuse: Callable[[Document], Callable[[], Analysis | None] | None]) -> None:
        self.reuse = reuse
        self.loaders: dict[int, Callable[[], Analysis | None]] = {}
        self.n = 0

    def mark(self, item: Document | InputError) -> Document | InputError | _Reused:
        if isinstance(item, Document) and (loader := self.reuse(item)) is not None:
            self.n += 1
            self.loaders[self.n] = loader
            return _Reused(item.id, self.n)
        return item

    def load(self, r: Any) -> Any:
        return self.loaders.pop(r.key)() if isinstance(r, _Reused) else r


_WORKER_PIPELINE: Pipeline | None = None


def _worker_init() -> None:
    global _WORKER_PIPELINE
    from .cli import tune_gc

    tune_gc()  # as in the main process of the CLI
    _WORKER_PIPELINE = Pipeline()


def _analyze_one(pipeline: Pipeline, item: Any) -> Any:
    """Analyze one document; a failure of an analysis stage becomes that document's error (E199),
    so one pathological document cannot take the run down. Errors and reused markers pass through."""
    if not isinstance(item, Document):
        return item
    try:
        return pipeline.analyze(item)
    except (RecursionError, MemoryError, ValueError, TypeError, KeyError, IndexError, AttributeError,
            AssertionError, ArithmeticError, LookupError, RuntimeError) as e:
        return InputError(item.id, "E199", f"analysis failed: {type(e).__name__}: {e}")


def _worker_analyze(item: Document | InputError) -> Analysis | InputError:
    assert _WORKER_PIPELINE is not None
    return _analyze_one(_WORKER_PIPELINE, item)


def _analyze_parallel(items: Iterable[Document | InputError], jobs: int) -> Iterable[Analysis | InputError]:
    """Analyze documents in ``jobs`` processes; results come back in input order, so the output is
    identical to a single-process run. Reading stays in this process (it is sequential I/O)."""
    import multiprocessing as mp

    ctx = mp.get_context("spawn")  # no inherited state: each worker builds its own stages once
    with ctx.Pool(jobs, initializer=_worker_init) as pool:
        yield from pool.imap(_worker_analyze, items, chunksize=4)


def assemble(analyses: Iterable[Analysis], errors: list[InputError] | None = None, *, spill: bool = False) -> Dossier:
    """The corpus stages: link entities, resolve places, anchor, merge the timeline, group questions.

    With ``spill``, the analyses, documents and claims are kept in temporary files (`rashomon._spill`)
    instead of memory, and read back as each stage passes over them; the result is the same."""
    acc = Assembler(spill=spill)
    for a in analyses:
        acc.add(a)
    return acc.finish(errors)


class Assembler:
    """The corpus stages, fed one analysis at a time as documents are analyzed (`add`), then run once
    (`finish`). The first pass over the corpus (votes for the years of year-less dates, the entity
    linker's counts per name) happens in `add`, so with ``spill`` nothing but those counts stays in
    memory while the documents are analyzed; `finish` drops them once the documents are labelled (it
    runs once)."""

    def __init__(self, *, spill: bool = False) -> None:
        from ._incident_days import IncidentDays
        from ._incident_places import IncidentPlaces
        from ._place_files import FilePlaces
        from ._run_speakers import RunSpeakers
        from ._spill import Spill
        from .entities import EntityLinker
        from .timeline import YearVotes

        self.spill = spill
        self.years = YearVotes()
        self.incident_days = IncidentDays(self.years)  # the days other pages give a place's tolls
        self.incident_places = IncidentPlaces()  # the towns the run's figures are placed at, and their areas
        self.linker = EntityLinker()
        self.analyses: list[Analysis] | Spill[Analysis] = Spill() if spill else []
        self.file_places = FilePlaces()  # places the entries of one container file share
        self.speakers = RunSpeakers()  # the types the run's sources give a speaker's name

    def add(self, a: Analysis) -> None:
        self.years.add(a)
        self.incident_days.add(a)
        self.incident_places.add(a)
        self.file_places.add(a)
        self.speakers.add(a)
        self.linker.add(a.mentions)
        self.linker.add_furniture(a.furniture_mentions)  # forms of the body's entities only
        self.linker.add_candidates(a.doc, a.mentions)  # names the tagger left: forms in another script (`_entity_script`)
        self.analyses.append(a)

    def __len__(self) -> int:
        return len(self.analyses)

    def finish(self, errors: list[InputError] | None = None) -> Dossier:
        from ._dochead import DocHead
        from ._entity_link import renamed_place
        from ._spill import BLOCK, Spill, SpillMap, release_memory
        from ._view import remember_independence
        from .gazetteer import dated_name, latin_place
        from .independence import Independence, detect
        from .questions import build_questions
        from .timeline import build_timeline, reanchor_one

        release_memory()  # what the analysis freed
        entities = self.linker.resolve()
        renames = self.linker.place_names(entities)  # a claim's place takes its entity's name (Manas -> Jalal-Abad)
        from ._source_links import linker, spelled_out
        link = linker(entities)
        # the run's figures and frames under the names the claims will carry ("Велмора" and "Velmora": one town)
        self.incident_places.rehome(getattr(self.linker, "rehomed", {}))  # (`_run_homonyms`: the run's namesake)
        self.incident_places.resolve(lambda p: latin_place(renamed_place(p, renames)))
        docs: dict[str, Document] | SpillMap[Document] = SpillMap(head=DocHead.of) if self.spill else {}
        # the claims stay one pickle each (`Spill`'s ``block``): the questions and the pages read them by
        # position, in no order; the analyses too: mostly their text, blocks gain nothing on them
        claims: list[Claim] | Spill[Claim] = Spill() if self.spill else []
        analyses: list[Analysis] | Spill[Analysis] = Spill() if self.spill else []
        events: list[TimelineEvent] | Spill[TimelineEvent] = Spill(block=BLOCK) if self.spill else []  # read in order
        for a in self.analyses:
            reanchor_one(a, self.years)  # year-less dates ("16 грудня") take the year other documents give
            self.incident_days.fill(a)  # a later toll the page dates by its report day alone: from the incident's day
            self.linker.assign(a.mentions)
            self.file_places.fill(a)  # an entry naming no place: its file's other entries' place
            self.speakers.fill(a)  # "..., Petrenko said": the type the run's "governor Petrenko" gives
            for c in a.claims:
                c.place = renamed_place(c.place, renames)
                c.place = latin_place(dated_name(c.place, c.when))  # "Almaty" of 1986 is "Alma-Ata"; "Ақкент": Akkent
                if c.source is not None and (full := spelled_out(c.source.name, link)):
                    c.source.name = full  # "СК" -> "СК (Investigative Committee)": the body an abbreviation stands for
            self.incident_places.fill(a)  # a figure placed at the region/country: the run's one town in it
            if isinstance(docs, dict):
                docs[a.doc.id] = a.doc
            else:
                docs.put(a.doc.id, a.doc)
            claims.extend(a.claims)
            events.extend(a.events)
            analyses.append(a)
        self.analyses = analyses
        # the votes, place counts and the linker's per-name state served the loop above only: not kept
        # through the stages below (they grow with the corpus)
        self.years = self.file_places = self.linker = None  # type: ignore[assignment]
        self.incident_days = self.incident_places = self.speakers = None  # type: ignore[assignment]
        timeline = build_timeline(events, spill=self.spill)  # with spill: merged day by day, sorted on disk
        del events
        independence = detect(docs) if docs else Independence()  # once: the renderers and exports reuse it
        questions = build_questions(claims, docs, independence=independence, entities=entities, spill=self.spill)
        release_memory()
        d = Dossier(docs=docs, claims=claims, timeline=timeline, entities=entities, questions=questions,
                    errors=list(errors or []), analyses=analyses)
        remember_independence(d, independence)
        return d


def build_dossier(
    inputs: Iterable[str] | str,
    *,
    pipeline: Pipeline | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[InputError], None] | None = None,
    on_document: Callable[[Analysis], None] | None = None,
    jobs: int = 1,
    db: str | Path | None = None,
    dask: str | Any | None = None,
    reanalyze: bool = False,
    spill: bool = False,
) -> Dossier:
    """Read, analyze and assemble ``inputs`` (paths, directories or ``-``) into a `Dossier`.

    With ``db``, every document and its analysis is also stored in that SQLite store as it is
    produced, and the corpus results (entities, questions, timeline) once assembled. The run is then
    incremental: a document already stored with the same text is not analyzed again, its stored
    analysis is used (unless ``reanalyze``), so the dossier equals that of a fresh run.
    ``dask`` runs the per-document stages on a Dask cluster (see `rashomon.distributed`). With
    ``spill``, analyses, documents and claims wait in temporary files rather than in memory (see
    `Assembler`): a large corpus needs far less memory, for the same dossier."""
    if isinstance(inputs, (str, Path)):
        inputs = [str(inputs)]
    sink = None
    reuse = None
    counts = {"analyzed": 0, "reused": 0}
    if db is not None:
        from ._slim import slim
        from .store import DossierSink, Store

        inputs = list(inputs)
        sink = DossierSink(db, inputs)
        if not reanalyze:
            # a connection of its own: with jobs > 1 the check runs in the process pool's feeder thread
            checker = Store(sink.store.path, readonly=True)
            store = sink.store

            def reuse(doc: Document) -> Callable[[], Analysis | None] | None:
                if not checker.has_document(doc.id, doc.content_sha256, analyzed=True):
                    return None
                doc_id = doc.id  # not the document: the loader must not keep its text alive

                def load() -> Analysis | None:
                    counts["reused"] += 1
                    return store.analysis(doc_id)

                return load

    acc = Assembler(spill=spill)
    errors: list[InputError] = []
    try:
        for item in analyze_inputs(inputs, pipeline=pipeline, max_bytes=max_bytes, on_error=on_error,
                                   on_document=on_document, jobs=jobs, reuse=reuse, dask=dask):
            if isinstance(item, InputError):
                errors.append(item)
            if sink is not None:
                sink.put(item)
                if isinstance(item, Analysis):  # stored: its text and spans need not stay in memory
                    item.doc = slim(item.doc, sink.store.path)
            if isinstance(item, Analysis):
                acc.add(item)
    finally:
        if reuse is not None:
            checker.close()
    counts["analyzed"] = len(acc) - counts["reused"]
    d = acc.finish(errors)
    d.meta.update(counts)
    if sink is not None:
        reviews = sink.store.reviews()
        sink.finish(d)  # the store keeps the computed results; reviews stay an audit trail beside them
        if reviews:  # a reviewer's decisions (web app, imported JSON) shape what the dossier says
            from .review import apply_reviews

            apply_reviews(d, reviews)
    return d
