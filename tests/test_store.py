"""The SQLite store: migrations, idempotent ingestion, round trips, search across scripts, audit."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon import migrations
from rashomon.document import Artefact, Citation, Document, Link, Paragraph, Section, Sentence
from rashomon.dossier import Dossier
from rashomon.model import (
    Analysis,
    Claim,
    Entity,
    Mention,
    Question,
    QuestionValue,
    Source,
    TimeExpr,
    TimelineEvent,
    stable_id,
)
from rashomon.store import Store, fold

RU = "Кызылжар"
RU_TEXT = (f"Митинг в {RU}е.\n\nВ {RU} прибыли 40 автобусов. По данным полиции, 12 человек ранены.\n\n"
           "ОМОН оцепил площадь.")
EN_TEXT = "Rally in Kyzylzhar.\n\nAt least 30 people were detained, the Interior Ministry said."


def make_doc(id: str = "a/ru.txt", text: str = RU_TEXT, **kw) -> Document:
    """A document with every kind of span, segmented naively on blank lines and full stops."""
    paras, sents, start = [], [], 0
    for block in text.split("\n\n"):
        i = text.index(block, start)
        paras.append(Paragraph((i, i + len(block)), lang=kw.get("lang"), lang_score=0.9))
        s0 = i
        for part in block.split(". "):
            j = text.index(part, s0)
            sents.append(Sentence((j, j + len(part)), paragraph=len(paras) - 1))
            s0 = j + len(part)
        start = i + len(block)
    d = Document(
        id=id, path=id.split("#")[0], text=text, format="text", title=text.split("\n")[0],
        url="https://example.org/x", published="2031-05-03", lang=kw.pop("lang", None), encoding="utf-8",
        sha256="ab" * 32, paragraphs=paras, sentences=sents,
        sections=[Section("Head", 2, (0, 4), (0, len(text)))],
        citations=[Citation(anchor=sents[0].span, url="https://example.org/c", title="Cited",
                            publisher="Wire", date="2031-05-04", kind="cite news", fields={"work": "Wire"}),
                   Citation(anchor=None)],
        links=[Link((0, 4), "https://example.org/l")],
        artefacts=[Artefact("lost_characters", (5, 7), "??")],
        metadata={"infobox": {"place": "x"}, "n": 3}, **kw,
    )
    return d


def make_analysis(doc: Document, n: int = 2) -> Analysis:
    claims = []
    for i in range(n):
        span = doc.sentences[i % len(doc.sentences)].span
        value: int | tuple[int, int] | None = (10, 15) if i == 1 else 12 + i
        claims.append(Claim(
            id=stable_id("c", doc.id, i), doc=doc.id, measure="injured", value=value,
            qualifier="range" if i == 1 else "exact", span=span, quote=doc.quote(span), lang="ru",
            source=Source("полиция", "official", span) if i == 0 else None, place="Kyzylzhar", when="2031-05-03"))
    timexes = [TimeExpr((0, 4), doc.text[:4], "2031-05-03", inferred=("year",))]
    events = [TimelineEvent(stable_id("e", doc.id), doc.id, "2031-05-03", "rally", (0, 4), doc.text[:4])]
    mentions = [Mention(doc.id, (0, 4), doc.text[:4], "place", key="k", entity="E1")]
    return Analysis(doc=doc, timexes=timexes, mentions=mentions, claims=claims, events=events)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "s.sqlite") as s:
        yield s


def rows(store: Store, sql: str, *args) -> list[tuple]:
    return [tuple(r) for r in store.conn.execute(sql, args)]


# -- migrations ------------------------------------------------------------------------------------

def test_migrations_apply_in_order_and_are_recorded(tmp_path):
    names = [n for n, _ in migrations.MIGRATIONS]
    assert names == sorted(names)
    with Store(tmp_path / "m.sqlite") as s:
        assert s.migrated == names
        assert [r[0] for r in rows(s, "SELECT name FROM migrations ORDER BY rowid")] == names
        assert all(r[0] for r in rows(s, "SELECT applied_at FROM migrations"))
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert s.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        tables = {r[0] for r in rows(s, "SELECT name FROM sqlite_master")}
        for t in ("documents", "sections", "paragraphs", "sentences", "citations", "links", "artefacts",
                  "claims", "timexes", "events", "mentions", "entities", "entity_forms", "questions",
                  "question_values", "question_claims", "timeline", "input_errors", "runs", "reviews",
                  "claims_with_sources", "question_spread", "documents_fts"):
            assert t in tables, t
    with Store(tmp_path / "m.sqlite") as s:  # reopening is a no-op
        assert s.migrated == []
        assert len(rows(s, "SELECT * FROM migrations")) == len(names)


def test_opening_an_old_store_applies_the_missing_migrations(tmp_path, monkeypatch):
    full = list(migrations.MIGRATIONS)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:3])
    with Store(tmp_path / "old.sqlite") as s:
        assert s.migrated == [n for n, _ in full[:3]]
        s.conn.execute("BEGIN")
        s._put_document(make_doc(), None, False)
        s.conn.execute("COMMIT")
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    with Store(tmp_path / "old.sqlite") as s:
        assert s.migrated == [n for n, _ in full[3:]]
        assert s.search(RU)[0]["doc"] == "a/ru.txt"  # the index is built over rows stored before it


# -- documents -------------------------------------------------------------------------------------

def test_document_round_trip(store):
    doc = make_doc()
    assert store.add_document(doc) is True
    assert store.document(doc.id).to_dict() == doc.to_dict()
    assert store.document("missing") is None
    row = store.documents()[0]
    assert row["id"] == doc.id and row["content_sha256"] == doc.content_sha256 and "text" not in row


def test_reingest_is_idempotent(store):
    a = make_analysis(make_doc())
    assert store.add(a) is True
    before = store.stats()
    ids = rows(store, "SELECT id, seq FROM documents") + rows(store, "SELECT id FROM claims ORDER BY id")
    assert store.add(make_analysis(make_doc())) is False
    assert store.add_document(make_doc()) is False
    assert store.stats() == before
    assert rows(store, "SELECT id, seq FROM documents") + rows(store, "SELECT id FROM claims ORDER BY id") == ids


def test_changed_content_replaces_the_document_and_everything_derived(store):
    store.add(make_analysis(make_doc()))
    store.add(make_analysis(make_doc("b.txt", EN_TEXT)))
    seq = rows(store, "SELECT seq FROM documents WHERE id = 'a/ru.txt'")
    changed = make_doc(text="Короткий текст. Другой.")
    assert store.add(make_analysis(changed, n=1)) is True
    assert rows(store, "SELECT seq FROM documents WHERE id = 'a/ru.txt'") == seq  # same key
    assert store.document("a/ru.txt").to_dict() == changed.to_dict()
    assert store.count("sentences") == len(changed.sentences) + len(make_doc("b.txt", EN_TEXT).sentences)
    assert [c["quote"] for c in store.claims(doc="a/ru.txt")] == [changed.quote(changed.sentences[0].span)]
    assert [h["doc"] for h in store.search(RU)] == ["b.txt"]  # the old text left the index
    assert store.search("Короткий")[0]["doc"] == "a/ru.txt"


def test_add_analysis_replaces_the_previous_one(store):
    doc = make_doc()
    store.add(make_analysis(doc, n=2))
    store.add_analysis(make_analysis(doc, n=1))
    assert store.count("claims") == 1
    assert rows(store, "SELECT n_claims, analyzed FROM documents") == [(1, 1)]


def test_claim_columns(store):
    store.add(make_analysis(make_doc()))
    got = rows(store, "SELECT value, value_lo, value_hi, qualifier, source_name, source_type, place "
                      "FROM claims ORDER BY ordinal")
    assert got[0] == (12, 12, 12, "exact", "полиция", "official", "Kyzylzhar")
    assert got[1][:5] == (None, 10, 15, "range", None) and got[1][6] == "Kyzylzhar"
    assert store.claims(measure="injured")[1]["value"] == [10, 15]
    v = rows(store, "SELECT doc_title, doc_url, doc_published, source_name FROM claims_with_sources "
                    "WHERE source_name IS NOT NULL")
    assert v == [("Митинг в Кызылжаре.", "https://example.org/x", "2031-05-03", "полиция")]


def test_deleting_a_document_cascades(store):
    store.add(make_analysis(make_doc()))
    with store.transaction() as c:
        c.execute("DELETE FROM documents")
    for t in ("sentences", "citations", "claims", "timexes", "events", "mentions", "artefacts", "links"):
        assert store.count(t) == 0, t


def test_documents_filters(store):
    store.add_document(make_doc(lang="ru"))
    store.add_document(make_doc("b.txt", EN_TEXT, lang="en"))
    assert [d["id"] for d in store.documents(lang="en")] == ["b.txt"]
    assert [d["id"] for d in store.documents(limit=1)] == ["a/ru.txt"]
    assert [d["id"] for d in store.documents(since="2031-05-03", until="2031-05-03")] == ["a/ru.txt", "b.txt"]
    assert store.documents(since="2040") == []


# -- corpus results --------------------------------------------------------------------------------

def test_save_corpus_replaces_wholesale_and_feeds_the_views(store):
    a = make_analysis(make_doc())
    store.add(a)
    c1, c2 = a.claims
    q = Question("q1", "injured", "Kyzylzhar", "2031-05-03", None, values=[
        QuestionValue(12, "exact", [c1.id, "not-stored"], [{"name": "полиция", "type": "official"}], [a.doc.id], 1),
        QuestionValue((10, 15), "range", [c2.id], [], [a.doc.id], 1)], min=10, max=15, contested=True,
        grade="contested")
    e = Entity("E1", "Kyzylzhar", "place", forms=["Кызылжар", "Кызылжаре", "Kyzylzhar"])
    d = Dossier(docs={a.doc.id: a.doc}, claims=a.claims, timeline=a.events, entities=[e], questions=[q],
                analyses=[a])
    for _ in range(2):
        store.save_corpus(d)
    assert store.count("entities") == 1 and store.count("entity_forms") == 3
    assert rows(store, "SELECT question, value_ordinal, claim FROM question_claims ORDER BY value_ordinal") == [
        ("q1", 0, c1.id), ("q1", 1, c2.id)]
    assert rows(store, "SELECT n_values, n_claims, contested, stated_values FROM question_spread") == [
        (2, 2, 1, "12, 10-15")]
    assert store.count("timeline") == 1
    assert store.questions()[0]["values"][1]["value"] == [10, 15]
    assert store.questions(measure="killed") == []
    assert store.entities(type="place")[0]["forms"] == e.forms
    assert [t["id"] for t in store.timeline()] == [a.events[0].id]
    store.save_corpus(Dossier())
    assert store.count("questions") == store.count("entities") == store.count("timeline") == 0
    assert store.count("claims") == 2  # analyses stay


def test_runs_and_errors(store):
    from rashomon.errors import InputError

    run = store.begin_run("ingest", ["x"])
    store.record_error(InputError("x/bad.bin", "E102", "NUL bytes"), run)
    store.finish_run(run, {"new": 0})
    assert store.errors(run)[0]["code"] == "E102"
    assert rows(store, "SELECT command, finished IS NOT NULL, counts FROM runs") == [("ingest", 1, '{"new": 0}')]


def test_reviews_are_append_only(store):
    rid = store.add_review(who="ann", target_kind="claim", target_id="c1", action="correct",
                           before={"value": 12}, after={"value": 13}, note="typo in source")
    assert store.reviews("claim", "c1")[0]["after"] == {"value": 13}
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("UPDATE reviews SET who = 'eve' WHERE id = ?", (rid,))
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        store.conn.execute("DELETE FROM reviews")
    assert store.reviews()[0]["who"] == "ann"


# -- search ----------------------------------------------------------------------------------------

@pytest.fixture
def searchable(store):
    store.add_document(make_doc())
    store.add_document(make_doc("b.txt", EN_TEXT))
    store.add_document(make_doc("c.txt", "Дніпро вийшов з берегів. Eight houses were damaged."))
    store.add_document(make_doc("d.txt", "Қаражаңда митинг өтті. Тағы бір сөйлем."))
    return store


@pytest.mark.parametrize("query, docs", [
    ("Кызылжар", {"a/ru.txt", "b.txt"}),    # Cyrillic finds itself and the Latin spelling
    ("кызылжаре", {"a/ru.txt"}),            # inflected form, any case
    ("Kyzylzhar", {"a/ru.txt", "b.txt"}),   # Latin finds itself and the Cyrillic spelling
    ("KYZYLZHAR", {"a/ru.txt", "b.txt"}),
    ("Dnipro", {"c.txt"}),                  # Ukrainian through transliteration
    ("Каражан", {"d.txt"}),                 # Kazakh ң folds like Russian н (lang/kk/search_fold.txt)
    ("karazhan", {"d.txt"}),
    ("ҚАРАЖАҢ", {"d.txt"}),
    ("Interior Ministry", {"b.txt"}),       # words are ANDed
    ('"Interior Ministry"', {"b.txt"}),     # a phrase
    ('"Ministry Interior"', set()),
    ("ОМОН", {"a/ru.txt"}),
    ("40", {"a/ru.txt"}),                   # short: LIKE fallback
    ("at 30", {"b.txt"}),                   # short and long together
    ("nothing-like-this", set()),
])
def test_search(searchable, query, docs):
    assert {h["doc"] for h in searchable.search(query)} == docs


def test_search_hits_carry_exact_spans_and_highlights(searchable):
    for query in ("Kyzylzhar", "Кызылжар"):
        for h in searchable.search(query):
            text = searchable.document(h["doc"]).text
            assert h["spans"]
            for s, e in h["spans"]:
                assert text[s:e].lower() in ("кызылжар", "kyzylzhar")
            assert h["snippet"] == text[h["snippet_start"]:h["snippet_start"] + len(h["snippet"])].replace("\n", " ")
            s, e = h["highlights"][0]
            assert h["snippet"][s:e].lower() in ("кызылжар", "kyzylzhar")
            assert h["in_title"]


def test_search_ranks_and_limits(searchable):
    assert len(searchable.search("Kyzylzhar", limit=1)) == 1
    assert searchable.search("Kyzylzhar", limit=0) == []
    assert searchable.search("   ") == []


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=30))
def test_search_never_fails_on_hostile_queries(tmp_path_factory, query):
    path = tmp_path_factory.getbasetemp() / "hostile.sqlite"
    with Store(path) as s:
        if not s.count("documents"):
            s.add_document(make_doc())
        for h in s.search(query, limit=3):
            assert h["doc"] == "a/ru.txt"


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=60), st.text(min_size=1, max_size=6))
def test_spans_stay_inside_the_text_and_fold_is_per_character(text, query):
    from rashomon._search import find_spans, fold_map
    from rashomon.store import fold

    folded, origin = fold_map(text)
    assert folded == fold(text) and len(origin) == len(folded)
    for s, e in find_spans(text, [query]):
        assert 0 <= s < e <= len(text)


def test_readonly_store(tmp_path):
    path = tmp_path / "ro.sqlite"
    with Store(path) as s:
        s.add_document(make_doc())
    with Store(path, readonly=True) as s:
        assert s.search("Kyzylzhar")[0]["doc"] == "a/ru.txt"
        assert s.document("a/ru.txt").to_dict() == make_doc().to_dict()
        with pytest.raises(sqlite3.OperationalError):
            s.add_document(make_doc("b.txt", EN_TEXT))


def test_write_store_takes_any_dossier(tmp_path):
    """Hand-built dossiers (tests, notebooks) may be partial: documents without analyses, duplicate
    ids, events and question claims pointing at nothing."""
    from rashomon.store import write_store

    doc = make_doc()
    q = Question("q", "killed", None, None, None, values=[QuestionValue(3, "exact", ["ghost"])])
    ev = TimelineEvent("e", "ghost.txt", "2031", "x", (0, 1), "x")
    d = Dossier(docs={doc.id: doc}, questions=[q, q], timeline=[ev, ev],
                entities=[Entity("E", "X", "place", ["X", "X"])] * 2)
    path = write_store(d, tmp_path / "out.sqlite")
    with Store(path) as s:
        assert s.count("documents") == 1 and s.count("questions") == 1 and s.count("question_claims") == 0
        assert rows(s, "SELECT doc FROM timeline") == [(None,)]
        assert s.count("entity_forms") == 1
    assert write_store(Dossier(), path) == path  # rebuilt from scratch
    with Store(path) as s:
        assert s.count("documents") == 0


def test_a_changed_fold_table_refolds_the_store(tmp_path):
    path = tmp_path / "f.sqlite"
    with Store(path) as s:
        s.add_document(make_doc())
        with s.transaction() as c:
            c.execute("UPDATE documents SET title_ascii = '', text_ascii = 'stale'")
            c.execute("UPDATE store_meta SET value = 'old' WHERE key = 'search_fold'")
        assert s.search("Kyzylzhar") == []
    with Store(path) as s:
        assert [h["doc"] for h in s.search("Kyzylzhar")] == ["a/ru.txt"]
        assert s.refold() == 0
        s.conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")


def test_analysis_round_trip(store):
    a = make_analysis(make_doc())
    store.add(a)
    got = store.analysis(a.doc.id)
    assert got.doc.to_dict() == a.doc.to_dict()
    for name in ("claims", "timexes", "mentions", "events"):
        assert [x.to_json() for x in getattr(got, name)] == [x.to_json() for x in getattr(a, name)], name
    assert [x.doc.id for x in store.analyses()] == [a.doc.id]
    assert store.analysis("missing") is None


def test_reviews_export_and_import(tmp_path, store):
    store.add_review(who="ann", target_kind="claim", target_id="c1", action="reject", before={"v": 1})
    store.add_review(who="bob", target_kind="entity", target_id="E1", action="merge", after={"with": "E2"})
    exported = json.loads(json.dumps(store.reviews()))
    with Store(tmp_path / "other.sqlite") as other:
        assert other.import_reviews(exported) == 2
        assert other.import_reviews(exported) == 0  # idempotent
        assert [(r["who"], r["at"], r["after"]) for r in other.reviews()] == [
            (r["who"], r["at"], r["after"]) for r in exported]


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=40), st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")),
                                     min_size=3, max_size=12).filter(lambda w: fold(w).strip() and '"' not in w and w == w.strip()),
       st.text(max_size=40))
def test_any_word_in_a_text_finds_it(tmp_path_factory, before, word, after):
    """Recall: whatever a text contains, searching for it finds the text, at the right place."""
    text = f"{before} {word} {after}"
    with Store(tmp_path_factory.getbasetemp() / "recall.sqlite") as s:
        s.add_document(Document(id="r.txt", path="r.txt", text=text))
        hits = s.search(f'"{word}"')
        assert [h["doc"] for h in hits] == ["r.txt"]
        start, end = len(before) + 1, len(before) + 1 + len(word)
        assert any(a < end and start < b for a, b in hits[0]["spans"])  # characters without a
        # transliteration (unassigned code points) fold to nothing, so the span may be shorter


def test_a_written_dossier_store_is_searchable_and_keeps_indexing_later_documents(tmp_path):
    from rashomon.document import Document as Doc
    from rashomon.model import Analysis
    from rashomon.store import write_store

    docs = {d.id: d for d in (make_doc(), make_doc("b.txt", EN_TEXT))}
    analyses = [Analysis(doc=d) for d in docs.values()]
    path = write_store(Dossier(docs=docs, analyses=analyses), tmp_path / "out.sqlite")  # indexed once, at the end
    with Store(path) as s:
        assert {r["doc"] for r in s.search("Kyzylzhar")} == {"a/ru.txt", "b.txt"}
        s.add_document(Doc(id="c.txt", path="c.txt", text="Later: Kyzylzhar again."))  # the trigger is back
        assert {r["doc"] for r in s.search("Kyzylzhar")} == {"a/ru.txt", "b.txt", "c.txt"}
