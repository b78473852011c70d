"""The CLI's quick exit (`rashomon.cli._quick_exit`): once `rashomon dossier` (or a table command) has
written and closed its outputs, `main` ends the process without tearing the interpreter down. The
outputs and the exit status must be those of the normal exit. Invented documents only."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from rashomon import cli

ROOT = Path(__file__).resolve().parent.parent

DOCS = {
    "en.txt": "Brindlemoor, 3 March 2031. At least 14 people were killed and 40 injured when a dam burst near "
              "the village of Otterfold, the regional emergency office said on Monday. Local volunteers put "
              "the number of dead at 17.",
    "ru.txt": "Кривоозёрск, 4 марта 2031 года. По данным областного управления МЧС, при прорыве дамбы у посёлка "
              "Заречный Лог погибли 15 человек, ещё 38 пострадали. Местные жители говорят о 20 погибших.",
    "uk.txt": "Вербоград, 4 березня 2031 року. Унаслідок прориву дамби поблизу села Тихий Брід загинули 16 "
              "людей, 35 дістали поранення, повідомила обласна служба порятунку.",
    "kk.txt": "Ақжарқала, 2031 жылғы 5 наурыз. Төтенше жағдайлар департаментінің мәліметінше, Қарабұлақ ауылы "
              "маңындағы бөгет бұзылып, 14 адам қаза тапты, 41 адам жарақат алды.",
}

# the process run as `python -m rashomon` (quick exit) or through the click group alone (normal exit)
_NORMAL = "import sys; from rashomon.cli import cli, tune_gc; tune_gc(); cli(sys.argv[1:], prog_name='rashomon')"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    d = tmp_path_factory.mktemp("r36v_docs")
    for name, text in DOCS.items():
        (d / name).write_text(text + "\n", encoding="utf-8")
    return d


def _run(args: list[str], quick: bool, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "rashomon", *args] if quick else [sys.executable, "-c", _NORMAL, *args]
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def _dump(path: Path) -> list[str]:
    """The store's rows, its run timestamps masked."""
    con = sqlite3.connect(path)
    try:
        return [re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00", "TS", line) for line in con.iterdump()]
    finally:
        con.close()


def test_dossier_outputs_and_status_equal_the_normal_exit(corpus: Path, tmp_path: Path) -> None:
    quick = _run(["dossier", str(corpus), "-o", str(tmp_path / "quick")], True, tmp_path)
    normal = _run(["dossier", str(corpus), "-o", str(tmp_path / "normal")], False, tmp_path)
    assert quick.returncode == normal.returncode == 0, quick.stderr + normal.stderr
    assert quick.stderr.replace("quick", "normal") == normal.stderr  # the summary lines, flushed
    names = sorted(p.name for p in (tmp_path / "normal").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "quick").iterdir())
    assert {"dossier.html", "claims.jsonl", "questions.jsonl", "rashomon.sqlite"} <= set(names)
    for name in names:
        if name != "rashomon.sqlite":
            assert (tmp_path / "quick" / name).read_bytes() == (tmp_path / "normal" / name).read_bytes(), name
    claims = [json.loads(x) for x in (tmp_path / "quick" / "claims.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {c["value"] for c in claims} >= {14, 15, 16}  # the invented tolls were read
    assert _dump(tmp_path / "quick" / "rashomon.sqlite") == _dump(tmp_path / "normal" / "rashomon.sqlite")


def test_a_failed_input_keeps_status_one(corpus: Path, tmp_path: Path) -> None:
    args = ["dossier", str(tmp_path / "missing.txt"), str(corpus), "-o", str(tmp_path / "out"), "-q"]
    quick, normal = _run(args, True, tmp_path), _run(args, False, tmp_path)
    assert quick.returncode == normal.returncode == 1
    assert "E110" in quick.stderr and quick.stderr == normal.stderr
    assert (tmp_path / "out" / "dossier.html").is_file()


def test_a_table_command_prints_everything(corpus: Path, tmp_path: Path) -> None:
    quick, normal = _run(["claims", str(corpus)], True, tmp_path), _run(["claims", str(corpus)], False, tmp_path)
    assert quick.returncode == normal.returncode == 0
    assert quick.stdout == normal.stdout and quick.stdout.count("\n") >= 4


@pytest.fixture
def exits(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The statuses `_quick_exit` would end the process with (nothing ends; this process's own
    ``atexit`` handlers are not run: -1 stands for their run, before the status)."""
    got: list[int] = []
    # a test runner may hold threads of its own (pytest-xdist's workers do): count only the threads
    # started after this point, as if this process had none but the main one
    real, before = threading.active_count, threading.active_count()
    monkeypatch.setattr(cli.threading, "active_count", lambda: real() - before + 1)
    monkeypatch.setattr(cli.os, "_exit", got.append)
    monkeypatch.setattr(cli.atexit, "_run_exitfuncs", lambda: got.append(-1))
    return got


@pytest.mark.parametrize(("code", "status"), [(None, 0), (0, 0), (1, 1), (2, 2)])
def test_quick_exit_gives_the_status_of_sys_exit(exits: list[int], code: int | None, status: int) -> None:
    cli._quick_exit(code)
    assert exits == [-1, status]


@pytest.mark.parametrize("code", ["rashomon: an invented failure", True, 1.5])
def test_quick_exit_leaves_other_codes_to_the_normal_exit(exits: list[int], code: object) -> None:
    cli._quick_exit(code)
    assert exits == []


def test_quick_exit_waits_for_a_live_thread(exits: list[int]) -> None:
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        cli._quick_exit(0)
    finally:
        stop.set()
        t.join()
    assert exits == []
    cli._quick_exit(0)  # the thread has ended
    assert exits == [-1, 0]


def test_the_atexit_handlers_still_run(corpus: Path, tmp_path: Path) -> None:
    mark = tmp_path / "handler-ran"
    code = (f"import atexit, sys; atexit.register(lambda: open({str(mark)!r}, 'w').write('ran')); "
            "from rashomon.cli import main; sys.argv = ['rashomon', *sys.argv[1:]]; main()")
    res = subprocess.run([sys.executable, "-c", code, "dossier", str(corpus), "-o", str(tmp_path / "out"), "-q"],
                         cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    assert mark.read_text() == "ran"
    assert (tmp_path / "out" / "dossier.html").is_file()


def test_a_command_run_in_process_never_ends_the_process(corpus: Path, tmp_path: Path) -> None:
    from click.testing import CliRunner

    res = CliRunner().invoke(cli.cli, ["dossier", str(corpus), "-o", str(tmp_path / "out"), "-q"])
    assert res.exit_code == 0  # still here: only `main` ends the process at once
    assert (tmp_path / "out" / "claims.jsonl").stat().st_size > 0
    cli._written[0] = False  # as a fresh process starts
