from click.testing import CliRunner

from rashomon.cli import cli
from rashomon.dossier import CONTRACT_FILES


def test_dossier_writes_every_contract_file(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("Police said 12 people were killed on 3 May 2021.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["dossier", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    for name in CONTRACT_FILES:
        assert (out / name).is_file(), name


def test_missing_input_is_reported_and_run_goes_on(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Some text.\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["dossier", str(tmp_path / "nope.txt"), str(good), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert "nope.txt" in result.output and "does not exist" in result.output
    assert (out / "dossier.html").is_file()


def test_input_errors_survive_pickling():
    """Errors come back from worker processes (--jobs, Dask) pickled: path, code and detail survive."""
    import pickle

    from rashomon.errors import InputError

    e = pickle.loads(pickle.dumps(InputError("reports/a.txt", "E105", "line 3")))
    assert (e.path, e.code, e.detail) == ("reports/a.txt", "E105", "line 3")
    assert str(e) == "reports/a.txt: malformed XML: line 3 [E105]"
