"""Loader for language data: ``rashomon/lang/<code>/<name>.txt`` plain files, one entry a line.

Format: ``#`` starts a comment; blank lines are skipped. A *list* file holds one surface form a line.
A *map* file holds ``surface<TAB>value`` (or ``surface = value``) lines: surface form -> canonical
value. A *table* file holds tab-separated columns. Shared defaults live in ``rashomon/lang/<name>.txt``
and apply to every language; a language folder adds what differs. Adding a language is adding a folder.
"""

from __future__ import annotations

import functools
import re
from importlib import resources
from pathlib import Path

LANG_ROOT = Path(str(resources.files("rashomon") / "lang"))
_SPLIT = re.compile(r"\t+|\s+=\s+")


def languages() -> list[str]:
    """Language codes that have a data folder."""
    return sorted(p.name for p in LANG_ROOT.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def _lines(path: Path) -> list[str]:
    out = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split(" #", 1)[0] if not raw.lstrip().startswith("#") else ""
        line = line.strip()
        if line:
            out.append(line)
    return out


def _paths(lang: str | None, name: str) -> list[Path]:
    paths = [LANG_ROOT / f"{name}.txt"]
    if lang:
        paths.append(LANG_ROOT / lang / f"{name}.txt")
    return [p for p in paths if p.is_file()]


@functools.cache
def load_list(lang: str | None, name: str) -> tuple[str, ...]:
    """Entries of ``name`` for ``lang``: shared defaults first, then the language's own."""
    seen: dict[str, None] = {}
    for p in _paths(lang, name):
        for line in _lines(p):
            seen.setdefault(line, None)
    return tuple(seen)


@functools.cache
def load_table(lang: str | None, name: str) -> tuple[tuple[str, ...], ...]:
    rows = []
    for p in _paths(lang, name):
        for line in _lines(p):
            rows.append(tuple(c.strip() for c in _SPLIT.split(line)))
    return tuple(rows)


@functools.cache
def load_map(lang: str | None, name: str) -> dict[str, str]:
    """``surface -> value`` for ``lang``; a language's entry overrides a shared one."""
    out: dict[str, str] = {}
    for row in load_table(lang, name):
        if len(row) >= 2:
            out[row[0]] = row[1]
    return out
