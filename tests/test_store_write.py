"""Writing a dossier's store (`write_store`): the same information as storing it row by row, events
and timeline rows stored once (their ``json`` keeps only what the columns do not), old stores read alike."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rashomon import migrations
from rashomon.dossier import build_dossier
from rashomon.model import Claim, Source, TimelineEvent
from rashomon.store import (
    _CLAIM_COLS,
    _EVENT_COLS,
    _TIMELINE_COLS,
    Store,
    _event_row,
    claim_record,
    claim_row,
    claim_value,
    event_record,
    write_store,
)


@pytest.fixture(scope="module")
def sample_dossier(sample_dir):
    return build_dossier([str(sample_dir)])


def _content(s: Store) -> dict:
    """What a store tells its readers, without times and run ids."""
    ids = [r[0] for r in s.conn.execute("SELECT id FROM documents ORDER BY seq")]
    analyses = {}
    for id in ids:
        a = s.analysis(id)
        analyses[id] = (a.doc.to_dict(), [c.to_json() for c in a.claims], [e.to_json() for e in a.events],
                        [repr(t) for t in a.timexes], [m.to_json() for m in a.mentions])
    qv = s.conn.execute("SELECT question, ordinal, value, value_lo, value_hi, qualifier, independent, "
                        "first_reported, sources, docs, json FROM question_values ORDER BY rowid").fetchall()
    qc = s.conn.execute("SELECT * FROM question_claims ORDER BY rowid").fetchall()
    return {"documents": [{k: v for k, v in d.items() if k != "ingested_at"} for d in s.documents()],
            "claims": s.claims(), "questions": s.questions(), "entities": s.entities(), "timeline": s.timeline(),
            "analyses": analyses, "question_values": [tuple(r) for r in qv], "question_claims": [tuple(r) for r in qc],
            "search": [s.search(q) for q in ("Жанаозен", "zhanaozen", "police", "в", "12", '"oil workers"')]}


def test_write_store_holds_what_row_by_row_storing_holds(sample_dossier, tmp_path):
    fresh = write_store(sample_dossier, tmp_path / "fresh.sqlite")
    with Store(tmp_path / "rows.sqlite") as s:  # the ingest path: a document at a time, then the results
        for a in sample_dossier.analyses:
            s.add(a)
        s.save_corpus(sample_dossier)
        rows = _content(s)
    with Store(fresh) as s:
        assert _content(s) == rows
        assert s.timeline() == [e.to_json() for e in sample_dossier.timeline]
        assert s.stats()["documents"] == len(sample_dossier.docs) > 0
        s.conn.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("fresh")] == ["fresh.sqlite"]


def test_write_store_keeps_every_index_and_trigger(sample_dossier, tmp_path):
    def schema(path):
        con = sqlite3.connect(path)
        out = sorted(con.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
        con.close()
        return out

    with Store(tmp_path / "empty.sqlite"):
        pass
    assert schema(write_store(sample_dossier, tmp_path / "out.sqlite")) == schema(tmp_path / "empty.sqlite")


def test_event_and_timeline_rows_do_not_store_their_record_twice(sample_dossier, tmp_path):
    with Store(write_store(sample_dossier, tmp_path / "out.sqlite")) as s:
        # every key of an event has a column, but also/conflicts/more in a document's events (set when the
        # dossier's events are merged in memory) and more in the timeline
        rests = [json.loads(r[0]) for r in s.conn.execute("SELECT json FROM events WHERE json IS NOT NULL")]
        assert s.count("events") > 0 and all(set(r) <= {"also", "conflicts", "more"} for r in rests)
        rests = [json.loads(r[0]) for r in s.conn.execute("SELECT json FROM timeline WHERE json IS NOT NULL")]
        assert all(set(r) <= {"more"} for r in rests)
        records = [json.loads(r[0]) for r in s.conn.execute("SELECT json FROM timeline_records ORDER BY ordinal")]
        assert records == s.timeline()
        events = [json.loads(r[0]) for r in s.conn.execute("SELECT json FROM event_records ORDER BY doc, ordinal")]
        assert events and all(set(e) >= {"id", "span", "claims", "also"} for e in events)


def test_a_store_with_whole_records_in_json_reads_the_same(sample_dossier, tmp_path, monkeypatch):
    """Stores written before migrations 011 and 013 keep each event's and claim's whole record in ``json``."""
    full = list(migrations.MIGRATIONS)
    # (with 015's column of mentions, which the code writing them here fills)
    monkeypatch.setattr(migrations, "MIGRATIONS", full[:10] + [m for m in full if m[0] == "015_mention_extra"])
    path = tmp_path / "old.sqlite"
    with Store(path) as s:
        for a in sample_dossier.analyses:
            s.add(a)
        s.save_corpus(sample_dossier)
        for e in sample_dossier.timeline:  # as the code of then wrote them
            s.conn.execute("UPDATE timeline SET json = ? WHERE id = ?", (json.dumps(e.to_json(), sort_keys=True), e.id))
        s.conn.execute("UPDATE events SET json = (SELECT t.json FROM timeline t WHERE t.id = events.id) "
                       "WHERE id IN (SELECT id FROM timeline)")
        claims = [c for a in sample_dossier.analyses for c in a.claims]
        for c in claims:
            s.conn.execute("UPDATE claims SET json = ? WHERE id = ?", (json.dumps(c.to_json(), sort_keys=True), c.id))
    monkeypatch.setattr(migrations, "MIGRATIONS", full)
    with Store(path) as s:
        assert s.migrated == ["011_event_records", "012_question_extra_in_json", "013_claim_records",
                              "014_question_records"]
        assert s.count("claims") == s.conn.execute(
            "SELECT count(*) FROM claims WHERE json_extract(json, '$.id') IS NOT NULL").fetchone()[0]
        assert s.claims() == [json.loads(json.dumps(c.to_json(), sort_keys=True)) for c in claims]
        assert [json.loads(r[0]) for r in s.conn.execute("SELECT json FROM claim_records ORDER BY rowid")] == s.claims()
        assert s.timeline() == [e.to_json() for e in sample_dossier.timeline]
        assert [json.loads(r[0]) for r in s.conn.execute("SELECT json FROM timeline_records ORDER BY ordinal")] \
            == s.timeline()


_text = st.text(max_size=8)
_events = st.builds(
    TimelineEvent, id=_text, doc=_text, when=_text, label=_text,
    span=st.one_of(st.just(()), st.tuples(st.integers(0, 99), st.integers(0, 99))), quote=_text,
    tz=st.one_of(st.none(), _text), certainty=_text, anchor=st.one_of(st.none(), _text),
    claims=st.lists(_text, max_size=3), entities=st.lists(_text, max_size=3),
    also=st.lists(st.dictionaries(_text, _text, max_size=2), max_size=2), conflicts=st.lists(_text, max_size=2),
    more=st.dictionaries(_text, st.integers(), max_size=2))


@settings(max_examples=150, deadline=None)
@given(_events, st.booleans(), st.booleans())
def test_a_record_comes_back_exactly_from_its_row(e, merged, doc_stored):
    """A timeline row (``merged``; its doc column NULL when the store lacks the document) or a document's
    event row (no also/conflicts columns; its doc column the analysed document's id)."""
    cols = _TIMELINE_COLS if merged else _EVENT_COLS
    doc = (e.doc if doc_stored else None) if merged else (e.doc if doc_stored else "other")
    row = _event_row(e, doc, 0, merged)
    assert len(row) == len(cols)
    assert event_record(dict(zip(cols, row, strict=True)), cols) == json.loads(json.dumps(e.to_json(), sort_keys=True))


def test_a_question_is_stored_once_its_extra_keys_in_the_record(sample_dossier, tmp_path):
    with Store(write_store(sample_dossier, tmp_path / "out.sqlite")) as s:
        assert s.conn.execute("SELECT count(*) FROM questions WHERE extra IS NOT NULL").fetchone()[0] == 0
        stored = {q["id"]: q for q in s.questions()}
        for q in sample_dossier.questions:
            assert stored[q.id] == json.loads(json.dumps(q.to_json()))
            assert all(stored[q.id][k] == json.loads(json.dumps(v)) for k, v in q.extra.items())


_claims = st.builds(
    Claim, id=_text, doc=_text, measure=_text,
    value=st.one_of(st.none(), st.integers(-5, 10**6), st.tuples(st.integers(0, 99), st.integers(0, 99)),
                    st.just(True), st.floats(0, 9)),
    qualifier=_text, span=st.one_of(st.just(()), st.tuples(st.integers(0, 99), st.integers(0, 99))), quote=_text,
    lang=st.one_of(st.none(), _text), group=st.one_of(st.none(), _text),
    source=st.one_of(st.none(), st.builds(Source, name=_text, type=_text, span=st.one_of(
        st.none(), st.tuples(st.integers(0, 9), st.integers(0, 9))))),
    modality=_text, place=st.one_of(st.none(), _text, st.integers(0, 9)), when=st.one_of(st.none(), _text),
    value_span=st.one_of(st.none(), st.tuples(st.integers(0, 9), st.integers(0, 9))),
    citation=st.one_of(st.none(), st.integers(0, 9), st.just("3")), rule=st.one_of(st.none(), _text),
    source_type=st.one_of(st.none(), _text))


@settings(max_examples=200, deadline=None)
@given(_claims)
def test_a_claim_comes_back_exactly_from_its_row(c):
    """Through SQLite itself: a column's type affinity may change what it is given (5 in a TEXT column
    comes back '5'), so such a value stays in the json rest."""
    con = sqlite3.connect(":memory:")
    con.row_factory = sqlite3.Row
    for sql in migrations.M002_ANALYSIS[:1]:
        con.execute(sql.replace("REFERENCES documents(id) ON DELETE CASCADE", ""))
    row = claim_row(c, 0)
    con.execute(f"INSERT INTO claims ({', '.join(_CLAIM_COLS)}) VALUES ({', '.join('?' * len(row))})", row)
    r = con.execute("SELECT * FROM claims").fetchone()
    expected = json.loads(json.dumps(c.to_json(), sort_keys=True))
    assert claim_record(r) == expected
    assert claim_value(r) == expected["value"]
    view = con.execute(f"SELECT json FROM ({migrations._claim_record_sql()})").fetchone()[0]
    assert json.loads(view) == expected


def test_claims_rows_keep_little_json(sample_dossier, tmp_path):
    with Store(write_store(sample_dossier, tmp_path / "out.sqlite")) as s:
        n, with_json = s.conn.execute("SELECT count(*), count(json) FROM claims").fetchone()
        assert n > 0 and with_json < n / 10
        records = {json.loads(r[1])["id"]: json.loads(r[1]) for r in s.conn.execute("SELECT id, json FROM claim_records")}
        assert [records[c["id"]] for c in s.claims()] == s.claims()


@pytest.mark.parametrize("chunk", [7, 1 << 20])
def test_large_questions_stored_piecewise_alike(sample_dossier, tmp_path, monkeypatch, chunk):
    """A large question's JSON, streamed into its cell in chunks (`_insert_large_question`), holds the
    same UTF-8 bytes as the TEXT encoded at once (as a BLOB: SQLite builds a TEXT cell whole), the view
    ``question_records`` gives it back as the same TEXT, and the rows keep the questions' order."""
    from rashomon import questions, store

    whole = write_store(sample_dossier, tmp_path / "whole.sqlite")
    monkeypatch.setattr(questions, "SMALL_RECORD", 0)  # every question takes the piecewise path
    monkeypatch.setattr(store, "_CHUNK", chunk)  # chunks smaller than a multi-byte character
    parts = write_store(sample_dossier, tmp_path / "parts.sqlite")
    sql = "SELECT rowid, id, json, typeof(json) FROM questions ORDER BY rowid"
    with Store(whole) as a, Store(parts) as b:
        small, large = [tuple(r) for r in a.conn.execute(sql)], [tuple(r) for r in b.conn.execute(sql)]
        assert small and {r[3] for r in small} == {"text"} and {r[3] for r in large} == {"blob"}
        assert [(i, q, j.encode("utf-8")) for i, q, j, _ in small] == [r[:3] for r in large]
        view = "SELECT r.id, r.json, typeof(r.json) FROM question_records r JOIN questions q USING (id) ORDER BY q.rowid"
        assert [tuple(r) for r in b.conn.execute(view)] == [tuple(r) for r in a.conn.execute(view)] \
            == [(q, j, "text") for _, q, j, _ in small]
        assert [json.loads(r[2]) for r in large] == [
            json.loads(json.dumps(q.to_json())) for q in sample_dossier.questions]
        assert b.questions() == a.questions()
        from rashomon.web.queries import question_detail

        def timeless(x):  # the stores were written apart: their documents' ingest times differ
            if isinstance(x, dict):
                return {k: timeless(v) for k, v in x.items() if k != "ingested_at"}
            return [timeless(v) for v in x] if isinstance(x, list) else x

        def detail(store, qid):
            return timeless(question_detail(store, qid))

        first = sample_dossier.questions[0]
        assert detail(b, first.id) == detail(a, first.id) is not None
        assert b.conn.execute("SELECT json_extract(json, '$.text') FROM question_records WHERE id = ?",
                              (first.id,)).fetchone()[0] == first.text
        assert _content(b) == _content(a)
