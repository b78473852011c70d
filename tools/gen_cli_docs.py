#!/usr/bin/env python3
"""Regenerate docs/cli.md from the commands' own --help (a test fails when it drifts).

    python tools/gen_cli_docs.py          # rewrite docs/cli.md
    python tools/gen_cli_docs.py --check  # exit 1 if docs/cli.md is out of date
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rashomon.cli import cli  # noqa: E402

DOC = ROOT / "docs" / "cli.md"


def render() -> str:
    runner = CliRunner()
    parts = ["# Command-line reference", "",
             "Generated from `--help` by `tools/gen_cli_docs.py`; do not edit by hand.", ""]
    out = runner.invoke(cli, ["--help"], prog_name="rashomon", terminal_width=100).output
    parts += ["## rashomon", "", "```", out.rstrip(), "```", ""]
    ctx = click.Context(cli, info_name="rashomon")
    for name in cli.list_commands(ctx):
        out = runner.invoke(cli, [name, "--help"], prog_name="rashomon", terminal_width=100).output
        parts += [f"## rashomon {name}", "", "```", out.rstrip(), "```", ""]
    return "\n".join(parts)


def main() -> int:
    text = render()
    if "--check" in sys.argv:
        if not DOC.is_file() or DOC.read_text(encoding="utf-8") != text:
            print(f"{DOC} is out of date: run python tools/gen_cli_docs.py", file=sys.stderr)
            return 1
        return 0
    DOC.parent.mkdir(exist_ok=True)
    DOC.write_text(text, encoding="utf-8")
    print(f"wrote {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
