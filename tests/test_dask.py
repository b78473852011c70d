"""``--dask``: the per-document stages on a Dask `LocalCluster` with 2 workers give the same outputs
as a local run."""

from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed", reason="dask is not installed: pip install 'rashomon[dask]'")

from rashomon.dossier import analyze_inputs, build_dossier  # noqa: E402
from rashomon.errors import InputError  # noqa: E402

COMPARED = ("claims.jsonl", "timeline.jsonl", "entities.json", "questions.jsonl")


@pytest.fixture(scope="module")
def client():
    # threads in this process: starts in about a second, and the pipeline is per thread anyway
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=":0")
    c = distributed.Client(cluster)
    yield c
    c.close()
    cluster.close()


def outputs(d, out: Path) -> dict[str, bytes]:
    d.write(out, store=False)
    return {name: (out / name).read_bytes() for name in COMPARED}


def test_dask_identical_to_local(sample_dir, client, tmp_path):
    local = outputs(build_dossier([str(sample_dir)]), tmp_path / "local")
    on_dask = outputs(build_dossier([str(sample_dir)], dask=client), tmp_path / "dask")
    assert local["claims.jsonl"].count(b"\n") > 10
    for name in COMPARED:
        assert on_dask[name] == local[name], f"{name} differs between the Dask and the local run"


def test_small_partitions_keep_input_order_and_errors(sample_dir, client, tmp_path):
    from rashomon.distributed import analyze_on_dask
    from rashomon.readers import read_inputs

    bad = tmp_path / "missing.txt"
    items = list(read_inputs([str(sample_dir), str(bad)]))
    results = list(analyze_on_dask(iter(items), client, partition=3, window=2))
    def key(x):  # an analysis or a document by its id, an input error by its path
        return x.doc.id if hasattr(x, "doc") else getattr(x, "id", None) or x.path

    assert [key(r) for r in results] == [key(i) for i in items]
    assert results[-1].code == "E110"
    assert sum(len(r.claims) for r in results if hasattr(r, "claims")) > 10


def test_bad_address_is_a_clear_error():
    from rashomon.distributed import connect

    with pytest.raises(ValueError, match="at least one worker"):
        connect("local:0")


def test_analyze_inputs_accepts_dask(sample_dir, client):
    ids = [a.doc.id for a in analyze_inputs([str(sample_dir)], dask=client) if not isinstance(a, InputError)]
    assert ids == [a.doc.id for a in analyze_inputs([str(sample_dir)]) if not isinstance(a, InputError)]


def test_cli_dask_local_processes(sample_dir, tmp_path):
    """``--dask local:2`` starts its own cluster of 2 worker processes and closes it."""
    from click.testing import CliRunner

    from rashomon.cli import cli

    local = outputs(build_dossier([str(sample_dir)]), tmp_path / "local")
    res = CliRunner().invoke(cli, ["dossier", str(sample_dir), "-o", str(tmp_path / "d"), "-q", "--dask", "local:2"])
    assert res.exception is None or isinstance(res.exception, SystemExit), repr(res.exception)
    assert res.exit_code in (0, 1), res.output
    for name in COMPARED:
        assert (tmp_path / "d" / name).read_bytes() == local[name], name
