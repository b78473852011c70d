"""``--jobs 2`` gives byte-identical outputs to ``--jobs 1`` on the bundled sample corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from rashomon.dossier import build_dossier

COMPARED = ("claims.jsonl", "timeline.jsonl", "entities.json", "questions.jsonl")


def outputs(d, out: Path) -> dict[str, bytes]:
    d.write(out, store=False)
    return {name: (out / name).read_bytes() for name in COMPARED}


@pytest.fixture(scope="module")
def single(sample_dir, tmp_path_factory) -> dict[str, bytes]:
    return outputs(build_dossier([str(sample_dir)], jobs=1), tmp_path_factory.mktemp("jobs1"))


def test_two_processes_identical_to_one(sample_dir, single, tmp_path):
    two = outputs(build_dossier([str(sample_dir)], jobs=2), tmp_path)
    assert single["claims.jsonl"].count(b"\n") > 10  # the comparison is not vacuous
    for name in COMPARED:
        assert two[name] == single[name], f"{name} differs between --jobs 2 and --jobs 1"


def test_cli_jobs_option(sample_dir, single, tmp_path):
    from click.testing import CliRunner

    from rashomon.cli import cli

    res = CliRunner().invoke(cli, ["dossier", str(sample_dir), "-o", str(tmp_path), "-q", "--jobs", "2"])
    assert res.exit_code in (0, 1), res.output
    for name in COMPARED:
        assert (tmp_path / name).read_bytes() == single[name], name
