"""The store commands through click's runner: ingest, docs, show, search, dossier --db."""

from __future__ import annotations

import json
import sqlite3

import pytest
from click.testing import CliRunner

from rashomon.cli import cli
from rashomon.store import Store

FILES = {
    "ru.txt": "Митинг в Кызылжаре.\n\nПо данным полиции, 12 человек ранены 3 мая 2031 года.\n",
    "en.txt": "Rally in Kyzylzhar.\n\nAt least 30 people were detained on 3 May 2031, police said.\n",
    "uk.txt": "Мітинг у Кизилжарі.\n\nЗа даними поліції, 14 людей поранено.\n",
}


@pytest.fixture
def corpus(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for name, text in FILES.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


def run(*args, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], env=env, catch_exceptions=False)


def test_ingest_is_incremental(corpus, tmp_path):
    db = tmp_path / "r.sqlite"
    r = run("ingest", corpus, "--db", db, "-q")
    assert r.exit_code == 0, r.output
    assert "3 new, 0 unchanged, 0 failed" in r.output
    with Store(db) as s:
        before = s.stats()
        ids = [d["id"] for d in s.documents()]
    assert sorted(ids) == sorted(FILES)
    r = run("ingest", corpus, "--db", db, "-q")
    assert "0 new, 3 unchanged, 0 failed" in r.output
    (corpus / "en.txt").write_text("Rally in Kyzylzhar.\n\nAt least 31 people were detained.\n", encoding="utf-8")
    r = run("ingest", corpus, "--db", db, "-q")
    assert "1 new, 2 unchanged, 0 failed" in r.output
    with Store(db) as s:
        assert [d["id"] for d in s.documents()] == ids
        after = s.stats()
        assert after["documents"] == before["documents"] and after["runs"] == 3
        assert "31 people" in s.document("en.txt").text


def test_ingest_reports_failing_inputs_and_goes_on(corpus, tmp_path):
    db = tmp_path / "r.sqlite"
    (corpus / "empty.txt").write_bytes(b"")
    r = run("ingest", corpus, tmp_path / "nope.txt", "--db", db, "-q")
    assert r.exit_code == 1
    lines = [x for x in r.output.splitlines() if x.startswith("rashomon: error:")]
    assert len(lines) == 2 and any("nope.txt" in x for x in lines) and any("empty.txt" in x for x in lines)
    assert "3 new, 0 unchanged, 2 failed" in r.output
    with Store(db) as s:
        assert {e["code"] for e in s.errors()} == {"E101", "E110"}


def test_docs_show_search(corpus, tmp_path):
    db = tmp_path / "r.sqlite"
    run("ingest", corpus, "--db", db, "-q")
    r = run("docs", "--db", db)
    assert r.exit_code == 0 and "ru.txt" in r.output and "SHA256" in r.output
    rows = [json.loads(x) for x in run("docs", "--db", db, "--json").output.splitlines()]
    assert {d["id"] for d in rows} == set(FILES) and all(len(d["sha256"]) == 64 for d in rows)

    r = run("show", "ru.txt", "--db", db)
    assert r.exit_code == 0 and "sha256:" in r.output and FILES["ru.txt"].strip() in r.output
    shown = json.loads(run("show", "ru.txt", "--db", db, "--json").output)
    assert shown["id"] == "ru.txt" and shown["text"].strip() == FILES["ru.txt"].strip()
    assert len(shown["sha256"]) == 64 and shown["citations"] == [] and shown["n_sentences"] >= 2
    r = run("show", "missing.txt", "--db", db)
    assert r.exit_code == 1 and "no document" in r.output

    r = run("search", "Kyzylzhar", "--db", db)
    assert r.exit_code == 0 and "ru.txt" in r.output and "en.txt" in r.output and "[Кызылжар]" in r.output
    hits = [json.loads(x) for x in run("search", "Кызылжар", "--db", db, "--json").output.splitlines()]
    assert {h["doc"] for h in hits} == {"ru.txt", "en.txt"}
    assert run("search", "Kyzylzhar", "--db", db, "--limit", "1", "--json").output.count("\n") == 1


def test_db_defaults_to_the_environment(corpus, tmp_path):
    db = tmp_path / "env.sqlite"
    assert run("ingest", corpus, "-q", env={"RASHOMON_DB": str(db)}).exit_code == 0
    assert "uk.txt" in run("docs", env={"RASHOMON_DB": str(db)}).output


def test_read_commands_need_an_existing_store(tmp_path):
    for args in (["docs"], ["show", "x"], ["search", "x"]):
        r = run(*args, "--db", tmp_path / "none.sqlite")
        assert r.exit_code == 1 and "no store at" in r.output
        assert not (tmp_path / "none.sqlite").exists()


def test_dossier_writes_the_store(corpus, tmp_path):
    out, db = tmp_path / "out", tmp_path / "d.sqlite"
    r = run("dossier", corpus, "-o", out, "--db", db, "-q")
    assert r.exit_code == 0, r.output
    for path in (out / "rashomon.sqlite", db):
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM runs WHERE finished IS NOT NULL").fetchone()[0] == 1
        con.close()
    assert not (out / "rashomon.sqlite-wal").exists()  # a single self-contained file
    r = run("dossier", corpus, "-o", out, "--db", db, "-q")  # again: rebuilt, not appended
    con = sqlite3.connect(out / "rashomon.sqlite")
    assert con.execute("SELECT count(*) FROM runs").fetchone()[0] == 1
    con.close()


@pytest.mark.parametrize("command", ["ingest", "docs", "show", "search", "dossier"])
def test_help(command):
    r = run(command, "--help")
    assert r.exit_code == 0 and "--db" in r.output


def test_ingest_in_parallel_and_forced(corpus, tmp_path):
    db = tmp_path / "j.sqlite"
    assert "3 new, 0 unchanged" in run("ingest", corpus, "--db", db, "-q").output
    (corpus / "uk.txt").write_text("Мітинг у Кизилжарі. 15 людей поранено.\n", encoding="utf-8")
    # with -j the skip test runs in the pool's feeder thread
    assert "1 new, 2 unchanged" in run("ingest", corpus, "--db", db, "-q", "-j", "2").output
    with Store(db) as s:
        ids = [(d["id"], d["content_sha256"]) for d in s.documents()]
    r = run("ingest", corpus, "--db", db, "-q", "--force")
    assert "0 new, 3 unchanged" in r.output  # analyses stored again, documents unchanged
    with Store(db) as s:
        assert [(d["id"], d["content_sha256"]) for d in s.documents()] == ids
        assert all(d["analyzed"] for d in s.documents())


def test_a_file_that_is_not_a_store_is_refused(corpus, tmp_path):
    bad = tmp_path / "notes.txt"
    bad.write_text("not a database, just some text " * 100, encoding="utf-8")
    for args in (["docs"], ["search", "x"], ["ingest", corpus]):
        r = run(*args, "--db", bad)
        assert r.exit_code == 1 and "notes.txt" in r.output and "Traceback" not in r.output
