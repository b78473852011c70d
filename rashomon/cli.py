"""The ``rashomon`` command. Every command calls one library function; this module only parses
options, reports progress on stderr and prints results.

Exit status: 0 when every input was read, 1 when at least one input failed (the others were still
processed and the outputs written), 2 for a usage error.
"""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from typing import Any

import click

from .errors import InputError
from .readers import DEFAULT_MAX_BYTES


class Reporter:
    """Errors one line each on stderr; a progress line on a terminal unless ``--quiet``."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.failed = 0
        self.done = 0
        self.tty = sys.stderr.isatty() and not quiet

    def error(self, e: InputError) -> None:
        self.failed += 1
        self._clear()
        click.echo(f"rashomon: error: {e}", err=True)

    def document(self, _: Any) -> None:
        self.done += 1
        if self.tty and self.done % 10 == 0:
            click.echo(f"\r  {self.done} documents ...", err=True, nl=False)

    def _clear(self) -> None:
        if self.tty:
            click.echo("\r\033[K", err=True, nl=False)

    def finish(self) -> int:
        self._clear()
        if not self.quiet:
            click.echo(f"rashomon: {self.done} documents read, {self.failed} inputs failed", err=True)
        return 1 if self.failed else 0


def input_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """Options shared by every command that reads inputs."""

    @click.argument("inputs", nargs=-1, required=True)
    @click.option("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, show_default=True,
                  help="Refuse input files larger than this (streamed dumps and JSON Lines excepted).")
    @click.option("--quiet", "-q", is_flag=True, help="No progress or summary on stderr (errors still shown).")
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(*args, **kwargs)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rashomon")
def cli() -> None:
    """Rashomon: reconstruct a contested event from many contradictory, multilingual reports.

    INPUT is any mix of files, directories (read recursively) and - (standard input): plain text,
    Markdown, HTML, MediaWiki wikitext, Atom/RSS feeds, MediaWiki XML dumps, JSON Lines.
    """


@cli.command()
@input_options
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False), help="Directory to write the dossier to.")
def dossier(inputs: tuple[str, ...], out: str, max_bytes: int, quiet: bool) -> None:
    """Build the dossier of INPUTS into OUT: claims, timeline, entities, questions, HTML and Markdown."""
    from .dossier import build_dossier

    rep = Reporter(quiet)
    d = build_dossier(list(inputs), max_bytes=max_bytes, on_error=rep.error, on_document=rep.document)
    path = d.write(out)
    if not quiet:
        click.echo(f"rashomon: {len(d.claims)} claims, {len(d.questions)} questions, "
                   f"{len(d.timeline)} timeline entries, {len(d.entities)} entities", err=True)
        click.echo(f"rashomon: open {path / 'dossier.html'}", err=True)
    sys.exit(rep.finish())


def _print_table(name: str) -> Callable[..., None]:
    def command(inputs: tuple[str, ...], max_bytes: int, quiet: bool) -> None:
        from .dossier import build_dossier

        rep = Reporter(quiet)
        d = build_dossier(list(inputs), max_bytes=max_bytes, on_error=rep.error, on_document=rep.document)
        rows = d.records(name)
        if name == "entities":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            for r in rows:
                click.echo(json.dumps(r, ensure_ascii=False))
        sys.exit(rep.finish())

    return command


cli.command("claims", help="Print the figure claims of INPUTS as JSON Lines.")(input_options(_print_table("claims")))
cli.command("timeline", help="Print the timeline of INPUTS as JSON Lines, sorted by date.")(
    input_options(_print_table("timeline")))
cli.command("entities", help="Print the entities of INPUTS (all surface forms) as JSON.")(
    input_options(_print_table("entities")))
cli.command("questions", help="Print the questions of INPUTS (claims grouped by what they count) as JSON Lines.")(
    input_options(_print_table("questions")))


def main() -> None:
    cli(prog_name="rashomon")
