"""Docs that cannot drift: the CLI reference is generated from --help, and every output field of the
contract and every command is documented."""

from __future__ import annotations

import re
import subprocess
import sys

import click
from conftest import REPO, SHARED

from rashomon.cli import cli


def test_cli_reference_is_current():
    r = subprocess.run([sys.executable, str(REPO / "tools" / "gen_cli_docs.py"), "--check"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr


def test_every_command_is_in_the_readme_or_docs():
    docs = (REPO / "README.md").read_text(encoding="utf-8") + (REPO / "docs" / "outputs.md").read_text(encoding="utf-8")
    for name in cli.list_commands(click.Context(cli)):
        assert f"rashomon {name}" in docs, f"command {name!r} is not described in README.md or docs/outputs.md"


def test_every_contract_field_is_documented():
    outputs = (REPO / "docs" / "outputs.md").read_text(encoding="utf-8")
    contract = SHARED / "CONTRACT.md"
    text = contract.read_text(encoding="utf-8") if contract.is_file() else outputs
    fields = set(re.findall(r"^\| `(\w+)`", text, flags=re.M))
    assert fields, "no fields found"
    missing = sorted(f for f in fields if f"`{f}`" not in outputs)
    assert not missing, f"undocumented output fields: {missing}"
