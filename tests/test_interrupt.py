"""Kill `rashomon ingest` mid-run (SIGKILL): the store stays sound, holds only whole documents, and a
second run ingests the rest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

N = 200
pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _count(db) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=rw", uri=True, timeout=1)
        try:
            return con.execute("SELECT count(*) FROM documents").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


def _ingest(src, db) -> subprocess.Popen:
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "rashomon", "ingest", str(src), "--db", str(db), "-q"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_killed_ingest_leaves_whole_documents_and_resumes(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    for i in range(N):
        (src / f"d{i:05d}.txt").write_text(
            f"Report {i} from Kyzylzhar.\n\nPolice said {i % 50 + 2} people were injured on 3 May 2031. "
            f"Witnesses counted {i % 70 + 5} detained.\n\nМитинг в Кызылжаре, {i % 30 + 3} человек ранены.\n",
            encoding="utf-8")
    db = tmp_path / "r.sqlite"
    proc = _ingest(src, db)
    deadline = time.monotonic() + 120
    while _count(db) < 5 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "ingest finished before it could be killed"

    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.execute("INSERT INTO documents_fts(documents_fts) VALUES ('integrity-check')")
    stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 0 < stored < N
    incomplete = con.execute("""
        SELECT d.id FROM documents d WHERE d.analyzed != 1
           OR d.n_sentences != (SELECT count(*) FROM sentences s WHERE s.doc = d.id)
           OR d.n_paragraphs != (SELECT count(*) FROM paragraphs p WHERE p.doc = d.id)
           OR d.n_citations != (SELECT count(*) FROM citations c WHERE c.doc = d.id)
           OR d.n_claims != (SELECT count(*) FROM claims c WHERE c.doc = d.id)
           OR d.n_timexes != (SELECT count(*) FROM timexes t WHERE t.doc = d.id)
           OR d.n_events != (SELECT count(*) FROM events e WHERE e.doc = d.id)
           OR d.n_mentions != (SELECT count(*) FROM mentions m WHERE m.doc = d.id)
           OR d.n_sentences = 0 OR d.chars != length(d.text)""").fetchall()
    assert incomplete == []
    assert con.execute("SELECT count(*) FROM runs WHERE finished IS NULL").fetchone()[0] == 1  # the killed run
    con.close()

    proc = _ingest(src, db)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert f"{N - stored} new, {stored} unchanged, 0 failed" in out
    con = sqlite3.connect(db)
    assert con.execute("SELECT count(*) FROM documents").fetchone()[0] == N
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
