"""The ``rashomon`` command. Every command calls one library function; this module only parses
options, reports progress on stderr and prints results.

Exit status: 0 when every input was read, 1 when at least one input failed (the others were still
processed and the outputs written), 2 for a usage error.
"""

from __future__ import annotations

import atexit
import functools
import gc
import json
import os
import sys
import threading
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
    @click.option("--jobs", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
                  help="Analyze documents in this many processes (output identical to one process).")
    @click.option("--dask", "dask", metavar="ADDRESS", default=None,
                  help="Analyze documents on a Dask cluster: a scheduler address (tcp://host:8786) or local:N "
                       "(needs rashomon[dask]; output identical to one process).")
    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return f(*args, **kwargs)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="rashomon")
def cli() -> None:
    """Rashomon: reconstruct a contested event from many contradictory, multilingual reports.

    INPUT is any mix of files, directories (read recursively) and - (standard input): plain text,
    Markdown, HTML, MediaWiki wikitext, Atom/RSS feeds, MediaWiki XML dumps, JSON Lines, JSON
    (an array of articles, or an object holding one).
    """


@cli.command()
@input_options
@click.option("--out", "-o", required=True, type=click.Path(file_okay=False), help="Directory to write the dossier to.")
@click.option("--db", type=click.Path(dir_okay=False), default=None,
              help="Also store documents, analyses and results in this SQLite store (OUT/rashomon.sqlite is always written).")
@click.option("--in-memory", is_flag=True,
              help="Keep analyses, documents and claims in memory instead of temporary files (faster on small "
                   "corpora, much more memory on large ones; same output).")
def dossier(inputs: tuple[str, ...], out: str, max_bytes: int, quiet: bool, jobs: int, db: str | None,
            dask: str | None, in_memory: bool) -> None:
    """Build the dossier of INPUTS into OUT: claims, timeline, entities, questions, HTML and Markdown."""
    from .dossier import build_dossier

    rep = Reporter(quiet)
    d = build_dossier(list(inputs), max_bytes=max_bytes, on_error=rep.error, on_document=rep.document, jobs=jobs,
                      db=db, dask=dask, spill=not in_memory)
    path = d.write(out)
    if not quiet:
        click.echo(f"rashomon: {len(d.claims)} claims, {len(d.questions)} questions, "
                   f"{len(d.timeline)} timeline entries, {len(d.entities)} entities", err=True)
        click.echo(f"rashomon: open {path / 'dossier.html'}", err=True)
    _written[0] = dask is None  # every output is written and closed: `main` may end the process at once
    sys.exit(rep.finish())


def _print_table(name: str) -> Callable[..., None]:
    def command(inputs: tuple[str, ...], max_bytes: int, quiet: bool, jobs: int, dask: str | None) -> None:
        from .dossier import build_dossier

        rep = Reporter(quiet)
        d = build_dossier(list(inputs), max_bytes=max_bytes, on_error=rep.error, on_document=rep.document, jobs=jobs,
                          dask=dask)
        rows = d.records(name)
        if name == "entities":
            click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        else:
            for r in rows:
                click.echo(json.dumps(r, ensure_ascii=False))
        _written[0] = dask is None  # printed: `main` may end the process at once
        sys.exit(rep.finish())

    return command


cli.command("claims", help="Print the figure claims of INPUTS as JSON Lines.")(input_options(_print_table("claims")))
cli.command("timeline", help="Print the timeline of INPUTS as JSON Lines, sorted by date.")(
    input_options(_print_table("timeline")))
cli.command("entities", help="Print the entities of INPUTS (all surface forms) as JSON.")(
    input_options(_print_table("entities")))
cli.command("questions", help="Print the questions of INPUTS (claims grouped by what they count) as JSON Lines.")(
    input_options(_print_table("questions")))


# -- the store: ingest, docs, show, search ---------------------------------------------------------

def db_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", type=click.Path(dir_okay=False), envvar="RASHOMON_DB", default="rashomon.sqlite",
                         show_default=True, help="SQLite store (default: $RASHOMON_DB, else rashomon.sqlite here).")(f)


def _open_store(db: str) -> Any:
    import sqlite3
    from pathlib import Path

    from .store import Store

    if not Path(db).is_file():
        raise click.ClickException(f"no store at {db}; create it with: rashomon ingest INPUT... --db {db}")
    try:
        return Store(db)
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db} is not a usable Rashomon store ({e})") from e


@cli.command()
@input_options
@db_option
@click.option("--force", is_flag=True, help="Analyze and store again even documents stored unchanged.")
def ingest(inputs: tuple[str, ...], max_bytes: int, quiet: bool, jobs: int, db: str, force: bool,
           dask: str | None) -> None:
    """Read, analyze and store INPUTS in the SQLite store, incrementally.

    Documents already stored with the same text are skipped; changed ones are replaced. Each document
    is committed with its analysis, so an interrupted run keeps everything stored so far: run it again
    to add the rest. Prints how many documents were new, unchanged, and how many inputs failed."""
    import sqlite3

    from .store import ingest as ingest_inputs

    rep = Reporter(quiet)
    try:
        res = ingest_inputs(list(inputs), db, max_bytes=max_bytes, jobs=jobs, force=force,
                            on_error=rep.error, on_document=rep.document, dask=dask)
    except sqlite3.DatabaseError as e:
        raise click.ClickException(f"{db}: {e} (documents committed before this stay stored)") from e
    rep._clear()
    click.echo(f"{res.new} new, {res.unchanged} unchanged, {res.failed} failed ({db})")
    sys.exit(1 if res.failed else 0)


def _table(rows: list[list[str]], header: list[str], widths: list[int]) -> None:
    for r in [header, *rows]:
        click.echo("  ".join((c or "").replace("\n", " ")[:w].ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())


@cli.command()
@db_option
@click.option("--lang", help="Only documents in this language (ru, uk, kk, en).")
@click.option("--format", "fmt", help="Only documents of this input format (text, html, wikitext, atom...).")
@click.option("--limit", type=int, default=None, help="At most this many documents.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines, one document summary a line.")
def docs(db: str, lang: str | None, fmt: str | None, limit: int | None, as_json: bool) -> None:
    """List the stored documents: id, format, language, title, date and the raw bytes' SHA-256 prefix."""
    with _open_store(db) as store:
        rows = store.documents(lang=lang, format=fmt, limit=limit)
    if as_json:
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False))
        return
    _table([[r["id"], r["format"], r["lang"] or "-", r["title"] or "", r["published"] or r["updated"] or "",
             (r["sha256"] or "")[:12]] for r in rows],
           ["ID", "FORMAT", "LANG", "TITLE", "DATE", "SHA256"], [40, 10, 4, 40, 10, 12])


@cli.command()
@click.argument("doc")
@db_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object: metadata, citations, artefacts and text.")
def show(doc: str, db: str, as_json: bool) -> None:
    """Show one stored document DOC (its id, as `rashomon docs` lists it): metadata, citations,
    artefacts, then the text."""
    with _open_store(db) as store:
        row = store.document_row(doc)
        d = store.document(doc) if row else None
    if row is None or d is None:
        raise click.ClickException(f"no document {doc!r} in {db}; list them with: rashomon docs --db {db}")
    if as_json:
        click.echo(json.dumps({**row, "citations": d.to_dict()["citations"],
                               "artefacts": d.to_dict()["artefacts"]}, ensure_ascii=False, indent=1))
        return
    for k in ("id", "path", "part", "format", "title", "url", "published", "updated", "date_source", "author",
              "publisher", "lang", "encoding", "sha256", "content_sha256", "chars", "n_sentences", "n_claims"):
        if row.get(k) not in (None, ""):
            click.echo(f"{k + ':':16}{row[k]}")
    for k, v in (row["metadata"] or {}).items():
        click.echo(f"{'meta.' + str(k) + ':':16}{v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)}")
    for i, c in enumerate(d.citations, 1):
        bits = [c.title, c.publisher, c.date, c.url]
        click.echo(f"[{i}] " + " | ".join(b for b in bits if b))
    for a in d.artefacts:
        click.echo(f"artefact: {a.kind} at {list(a.span) if a.span else '-'} {a.detail}".rstrip())
    click.echo("")
    click.echo(d.text)


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", type=int, default=20, show_default=True, help="At most this many documents.")
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: doc, title, score, snippet, highlights, spans.")
def search(query: str, db: str, limit: int, as_json: bool) -> None:
    """Full-text search of the stored documents, across scripts: "Zhanatas" also finds "Жанатас"
    and the reverse. Words are ANDed; "a phrase" in quotes is searched as one."""
    with _open_store(db) as store:
        hits = store.search(query, limit)
    for h in hits:
        if as_json:
            click.echo(json.dumps(h, ensure_ascii=False))
            continue
        snip, marked, last = h["snippet"], [], 0
        for s, e in h["highlights"]:
            marked += [snip[last:s], "[", snip[s:e], "]"]
            last = e
        marked.append(snip[last:])
        click.echo(f"{h['doc']}  {h['title'] or ''}".rstrip())
        click.echo(f"    {''.join(marked).strip()}")
    if not as_json and not hits:
        click.echo("no match", err=True)


# -- watch: follow live feeds and wiki pages ---------------------------------------------------------

@cli.command()
@click.argument("sources", nargs=-1, required=True)
@db_option
@click.option("--every", default="5m", show_default=True, help="Poll interval: 30s, 5m, 2h...")
@click.option("--once", is_flag=True, help="Poll every source once, then exit.")
@click.option("--max-polls", type=int, default=None, help="Stop after this many polls.")
@click.option("--allow-private", is_flag=True,
              help="Allow private, loopback and link-local addresses (refused by default).")
@click.option("--webhook", default=None, help="POST every alert as JSON to this URL.")
@click.option("--timeout", type=float, default=20.0, show_default=True, help="Seconds before a request gives up.")
@click.option("--max-bytes", type=int, default=20 * 1024 * 1024, show_default=True, help="Largest body accepted.")
def watch(sources: tuple[str, ...], db: str, every: str, once: bool, max_polls: int | None, allow_private: bool,
          webhook: str | None, timeout: float, max_bytes: int) -> None:
    """Follow SOURCES (Atom/RSS URLs, MediaWiki API URLs with titles=PAGE, or local files) into the store.

    New entries and revisions are analyzed and stored as they arrive; each poll prints an alert when
    a question gets a new value, a new source, or becomes contested. State is kept in the store, so a
    stopped watcher resumes where it was. Stops cleanly on Ctrl-C or SIGTERM.
    """
    from .fetch import Fetcher
    from .store import Store
    from .watch import Watcher, parse_every

    with Store(db) as store:
        w = Watcher(store, list(sources), Fetcher(timeout=timeout, max_bytes=max_bytes, allow_private=allow_private),
                    every=parse_every(every), on_alert=lambda a: click.echo(str(a)),
                    on_error=lambda m: click.echo(m, err=True), webhook=webhook)
        w.run(max_polls=1 if once else max_polls)


# -- the web app ----------------------------------------------------------------------------------

@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=8642, show_default=True, help="Port to listen on.")
@click.option("--read-only", is_flag=True, help="Browse only: no login, no reviews.")
@click.option("--token-file", type=click.Path(dir_okay=False, exists=True), default=None,
              help="File holding the reviewers' token, or its hash from --hash-token (else $RASHOMON_TOKEN).")
@click.option("--secure-cookies", is_flag=True, help="Mark cookies Secure (when served behind HTTPS).")
@click.option("--hash-token", is_flag=True, help="Read a token on stdin, print its salted hash for --token-file, exit.")
def serve(db: str, host: str, port: int, read_only: bool, token_file: str | None, secure_cookies: bool,
          hash_token: bool) -> None:
    """Browse, search and review the store in a local web app (FastAPI + uvicorn).

    Reviews need a login with the token set by the operator ($RASHOMON_TOKEN or --token-file, kept
    only as a salted scrypt hash); without a token, or with --read-only, nothing can be written."""
    import os
    from pathlib import Path

    try:
        from .web.auth import hash_token as make_hash
        from .web.auth import token_hash_from
    except ImportError as e:  # pragma: no cover - the web extra is missing
        raise click.ClickException(f"the web app needs its extra: pip install 'rashomon[web]' ({e})") from e
    if hash_token:
        token = sys.stdin.readline().strip()
        if not token:
            raise click.ClickException("give the token on standard input")
        click.echo(make_hash(token))
        return
    try:
        import uvicorn

        from .web import create_app
    except ImportError as e:  # pragma: no cover
        raise click.ClickException(f"the web app needs its extra: pip install 'rashomon[web]' ({e})") from e
    if not Path(db).is_file():
        raise click.ClickException(f"no store at {db}; create it with: rashomon ingest INPUT... --db {db}")
    raw = Path(token_file).read_text(encoding="utf-8").strip() if token_file else os.environ.get("RASHOMON_TOKEN", "")
    token_hash = token_hash_from(raw) if raw and not read_only else None
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"rashomon: warning: listening on {host}, reachable from other machines", err=True)
    mode = "read-only" if read_only else ("reviews need a login" if token_hash else "no token: reviews disabled")
    click.echo(f"rashomon: serving {db} on http://{host}:{port}/ ({mode})", err=True)
    app = create_app(db, read_only=read_only, token_hash=token_hash, secure_cookies=secure_cookies)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def main() -> None:
    tune_gc()
    try:
        cli(prog_name="rashomon")
    except SystemExit as e:
        if _written[0]:
            _quick_exit(e.code)
        raise


#: set by a one-shot command (`dossier`, the tables) once its outputs are written and closed and it
#: is about to exit; only `main` reads it (a command run in-process, as tests do, never ends the process)
_written = [False]


def _quick_exit(code: Any) -> None:
    """End the process at once with the status ``sys.exit(code)`` gives, once a command's outputs are
    written and closed: the interpreter's teardown frees every object of the run one by one (the
    gazetteer, the morphology, the language model's arrays, the analyses) after a last garbage
    collection, ~0.15-0.25 s CPU for nothing (~10 % of a 30-page corpus's run). What the normal exit
    runs before its teardown still runs: the ``atexit`` handlers (logging's flush, finalizers, a
    coverage tool's save). Returns (and the interpreter exits as usual) when the status is not a
    number, when another thread or a child process is alive (their ending belongs to the normal exit),
    or when a standard stream cannot be flushed (a closed pipe: the normal exit reports it)."""
    run_exitfuncs = getattr(atexit, "_run_exitfuncs", None)
    if run_exitfuncs is None or code is not None and (not isinstance(code, int) or isinstance(code, bool)):
        return
    if threading.active_count() > 1:
        return
    mp = sys.modules.get("multiprocessing")
    if mp is not None and mp.active_children():
        return
    if not _flushed():
        return
    run_exitfuncs()
    _flushed()  # what the handlers printed
    os._exit(code or 0)


def _flushed() -> bool:
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return False
    return True


def tune_gc() -> None:
    """Collect cyclic garbage less often. A run allocates millions of short-lived objects and keeps
    large long-lived tables (gazetteer, morphology); with Python's default thresholds the collector
    took ~5 % of a run (1,400 collections on 3 MB), with these ~1 % (16 collections). Cycles are
    rare in Rashomon's data, so memory does not grow for it. A process-wide choice: the CLI's, not
    the library's."""
    gc.set_threshold(100_000, 50, 100)
