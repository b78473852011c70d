"""Incremental dossiers: with ``--db``, re-running on a corpus plus a few new documents analyzes only
the new ones, and the outputs equal those of a fresh run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from rashomon.dossier import build_dossier
from rashomon.pipeline import Pipeline

COMPARED = ("claims.jsonl", "timeline.jsonl", "entities.json", "questions.jsonl")


class CountingPipeline(Pipeline):
    """A pipeline that records which documents it analyzed."""

    def __post_init__(self) -> None:
        super().__post_init__()
        self.seen: list[str] = []

    def analyze(self, doc):
        self.seen.append(doc.id)
        return super().analyze(doc)


@pytest.fixture(scope="module")
def pipeline_counting() -> CountingPipeline:
    return CountingPipeline()


def outputs(d, out: Path) -> dict[str, bytes]:
    d.write(out, store=False)
    return {name: (out / name).read_bytes() for name in COMPARED}


@pytest.fixture()
def corpus(sample_dir, tmp_path) -> tuple[Path, list[str]]:
    """A copy of the sample corpus with three documents held back (they are 'new' later)."""
    root = tmp_path / "corpus"
    shutil.copytree(sample_dir, root)
    held = sorted(p.name for p in root.iterdir() if p.suffix in (".txt", ".md"))[:3]
    (tmp_path / "held").mkdir()
    for name in held:
        (root / name).rename(tmp_path / "held" / name)
    return root, held


def test_rerun_analyzes_only_new_documents(corpus, tmp_path, pipeline_counting):
    root, held = corpus
    db = tmp_path / "store.sqlite"
    p = pipeline_counting
    p.seen.clear()
    first = build_dossier([str(root)], db=db, pipeline=p)
    n_first = len(p.seen)
    assert n_first == len(first.analyses) > 10
    assert first.meta["analyzed"] == n_first and first.meta["reused"] == 0

    for name in held:  # a few new documents arrive
        (tmp_path / "held" / name).rename(root / name)
    p.seen.clear()
    second = build_dossier([str(root)], db=db, pipeline=p)
    assert sorted(p.seen) == sorted(held)  # only the new ones were analyzed
    assert second.meta == {**second.meta, "analyzed": len(held), "reused": n_first}

    p.seen.clear()
    fresh = build_dossier([str(root)], pipeline=p)
    assert len(p.seen) == n_first + len(held)
    a, b = outputs(second, tmp_path / "inc"), outputs(fresh, tmp_path / "fresh")
    for name in COMPARED:
        assert a[name] == b[name], f"{name}: the incremental run differs from a fresh run"


def test_changed_document_is_analyzed_again(corpus, tmp_path, pipeline_counting):
    root, _ = corpus
    db = tmp_path / "store.sqlite"
    p = pipeline_counting
    build_dossier([str(root)], db=db, pipeline=p)
    target = sorted(root.glob("*.txt"))[0]
    target.write_text(target.read_text(encoding="utf-8", errors="replace") + "\n\nA new closing paragraph.\n",
                      encoding="utf-8")
    p.seen.clear()
    again = build_dossier([str(root)], db=db, pipeline=p)
    assert p.seen == [target.name]
    p.seen.clear()
    fresh = build_dossier([str(root)], pipeline=p)
    a, b = outputs(again, tmp_path / "inc"), outputs(fresh, tmp_path / "fresh")
    for name in COMPARED:
        assert a[name] == b[name], name


def test_reanalyze_forces_analysis(corpus, tmp_path, pipeline_counting):
    root, _ = corpus
    db = tmp_path / "store.sqlite"
    p = pipeline_counting
    first = build_dossier([str(root)], db=db, pipeline=p)
    p.seen.clear()
    build_dossier([str(root)], db=db, pipeline=p, reanalyze=True)
    assert len(p.seen) == len(first.analyses)


def test_incremental_with_two_processes(corpus, tmp_path):
    """The reuse markers travel through the process pool: the output is still that of a fresh run."""
    root, held = corpus
    db = tmp_path / "store.sqlite"
    build_dossier([str(root)], db=db)
    for name in held:
        (tmp_path / "held" / name).rename(root / name)
    inc = build_dossier([str(root)], db=db, jobs=2)
    assert inc.meta["analyzed"] == len(held)
    a, b = outputs(inc, tmp_path / "inc"), outputs(build_dossier([str(root)]), tmp_path / "fresh")
    for name in COMPARED:
        assert a[name] == b[name], name


def test_store_backed_run_keeps_no_texts_and_writes_the_same_files(sample_dir, tmp_path):
    """With ``db``, documents are kept slim (text and spans stay in the store) and every output file
    is byte-identical to an in-memory run."""
    from rashomon._slim import StoredDocument, close_all

    slim_run = build_dossier([str(sample_dir)], db=tmp_path / "s.sqlite")
    assert slim_run.analyses and all(isinstance(a.doc, StoredDocument) for a in slim_run.analyses)
    doc = slim_run.analyses[0].doc
    assert doc.text and doc.sentences and doc.content_sha256  # read back from the store on demand
    a, b = tmp_path / "slim", tmp_path / "mem"
    slim_run.write(a, store=False)
    build_dossier([str(sample_dir)]).write(b, store=False)
    names = sorted(p.name for p in b.iterdir())
    assert names == sorted(p.name for p in a.iterdir()) and "dossier.html" in names
    for name in names:
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    close_all()


def test_large_corpus_pages_stay_bounded(sample_dir, monkeypatch):
    """dossier.html and dossier.md show at most MAX_QUESTIONS questions and MAX_DOCUMENT_TEXTS document
    texts (those the shown questions cite first), with a note pointing to the full files."""
    from rashomon import render_html, render_md

    d = build_dossier([str(sample_dir)])
    assert len(d.questions) > 3 and len(d.docs) > 3
    full = render_html.render(d)
    monkeypatch.setattr(render_html, "MAX_QUESTIONS", 3)
    monkeypatch.setattr(render_html, "MAX_DOCUMENT_TEXTS", 2)
    monkeypatch.setattr(render_html, "MAX_QUOTES", 1)
    html, mdown = render_html.render(d), render_md.render(d)
    if any(len(v.claims) > 1 for q in d.questions[:3] for v in q.values):
        assert "more claims of this value" in html
    assert len(html) < len(full)
    assert html.count('<article class="question') == 3 and f"{len(d.questions) - 3} more questions" in html
    assert html.count('<div class="doctext"') == 2 and "documents.jsonl" in html
    shown = render_html.shown_documents(d)
    assert len(shown) == 2 and shown <= {doc for v in d.questions[0].values for doc in v.docs} | {
        doc for q in d.questions[:3] for v in q.values for doc in v.docs}
    assert f"{len(d.questions) - 3} more questions" in mdown


def test_dossier_with_a_store_uses_its_reviews(tmp_path):
    """A claim a reviewer rejected in the store is gone from the dossier, which says what was reviewed."""
    from rashomon import build_dossier
    from rashomon.review import review_claim
    from rashomon.store import Store

    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Police said 12 people were killed in the clash on 3 May 2021.\n"
                               "Activists said 40 people were injured.\n", encoding="utf-8")
    db = tmp_path / "case.sqlite"
    first = build_dossier([str(src)], db=db)
    rejected = next(c for c in first.claims if c.value == 12)
    with Store(db) as store:
        review_claim(store, rejected.id, "reject", "tester")
    second = build_dossier([str(src)], db=db)
    assert rejected.id not in {c.id for c in second.claims}
    assert any(c.value == 40 for c in second.claims)
    assert second.meta.get("reviews"), "the dossier says what was reviewed"


def test_a_reused_mention_keeps_the_written_forms_the_linker_reads(tmp_path):
    """A mention's other written form (a wiki link's target, a page's <title>) is stored with it, so a
    document reused from the store gives its entity the same forms as a fresh analysis."""
    from rashomon.document import Document
    from rashomon.entities import TaggedMention
    from rashomon.model import Analysis
    from rashomon.store import Store

    doc = Document(id="a.wiki", path="a.wiki", text="Riots in Zarechensk.", lang="en")
    tagged = TaggedMention(doc="a.wiki", span=(10, 19), text="Zarechensk", type="place", alias="Zarechensk city",
                           page_aliases=(("zarechensk region", "Zarechensk Region"),))
    plain = TaggedMention(doc="a.wiki", span=(0, 5), text="Riots", type="org")
    with Store(tmp_path / "s.sqlite") as s:
        s.add(Analysis(doc=doc, timexes=[], mentions=[tagged, plain], claims=[], events=[]))
        back = s.analysis("a.wiki").mentions
    assert back[0].alias == "Zarechensk city" and back[0].page_aliases == (("zarechensk region", "Zarechensk Region"),)
    assert type(back[1]).__name__ == "Mention" and back[1].text == "Riots"
