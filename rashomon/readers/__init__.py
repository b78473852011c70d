"""Readers: turn any mix of inputs into `Document` objects with exact character offsets.

An input is a file, a directory (read recursively, in sorted order) or ``-`` (standard input). Each
file is sniffed (extension, then content) and handed to the reader for its format. Every reader is a
module with ``read(raw: RawInput) -> Iterator[Document]`` that raises `InputError` for input it cannot
read; a container format (feed, dump, JSON Lines, a JSON array) yields one document per entry, ids ``PATH#PART``.

Documents come out with text, title, dates, sections, citations, links and metadata filled in;
segmentation and language identification are pipeline stages run afterwards (`rashomon.pipeline`).
"""

from __future__ import annotations

import importlib
import io
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..document import Document, sha256_bytes
from ..errors import InputError

#: format name -> module that reads it (imported on first use)
READERS = {
    "text": "rashomon.readers.text",
    "markdown": "rashomon.readers.markdown",
    "html": "rashomon.readers.html",
    "wikitext": "rashomon.readers.wikitext",
    "feed": "rashomon.readers.feeds",
    "mediawiki-xml": "rashomon.readers.mwxml",
    "jsonl": "rashomon.readers.jsonl",
    "json": "rashomon.readers.jsondoc",
    "parquet": "rashomon.readers.parquet",  # optional: needs pyarrow (rashomon[parquet])
}

#: files larger than this are refused (streamed formats excepted), unless the caller raises it
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: streamed formats (MediaWiki dumps, JSON Lines) may be as large as the disk allows
STREAMED = {"mediawiki-xml", "jsonl", "parquet"}
SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", "node_modules", ".venv"}


@dataclass(slots=True)
class RawInput:
    """One input file: its display path (the document id base), where to read it, and its bytes.

    ``data`` is read lazily and at most once; streamed readers use ``open()`` instead and never hold
    the whole file. ``sha256`` is always the hash of the raw bytes (chain of custody).
    """

    path: str  # as given on the command line, or relative to the directory given
    fs_path: Path | None = None  # None for standard input
    _data: bytes | None = None
    _sha256: str | None = None
    _size: int | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    format: str | None = None
    notes: dict[str, str] = field(default_factory=dict)

    @property
    def size(self) -> int:
        if self._data is not None:
            return len(self._data)
        assert self.fs_path is not None
        if self._size is None:  # one stat per file, however often asked
            self._size = self.fs_path.stat().st_size
        return self._size

    def head(self, n: int = 8192) -> bytes:
        if self._data is not None:
            return self._data[:n]
        assert self.fs_path is not None
        with self.fs_path.open("rb") as f:
            return f.read(n)

    @property
    def data(self) -> bytes:
        if self._data is None:
            if self.size > self.max_bytes:
                raise InputError(self.path, "E103", f"{self.size:,} bytes > {self.max_bytes:,}")
            assert self.fs_path is not None
            self._data = self.fs_path.read_bytes()
        return self._data

    def open(self) -> BinaryIO:
        if self._data is not None:
            return io.BytesIO(self._data)
        assert self.fs_path is not None
        return self.fs_path.open("rb")

    @property
    def sha256(self) -> str:
        if self._sha256 is None:
            if self._data is not None:
                self._sha256 = sha256_bytes(self._data)
            else:
                import hashlib

                h = hashlib.sha256()
                with self.open() as f:
                    for chunk in iter(lambda: f.read(1 << 20), b""):
                        h.update(chunk)
                self._sha256 = h.hexdigest()
        return self._sha256


def iter_inputs(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[RawInput | InputError]:
    """Expand command-line inputs into files, in a stable order; report missing ones as errors."""
    for given in inputs:
        if given == "-":
            yield RawInput(path="-", _data=sys.stdin.buffer.read(), max_bytes=max_bytes)
            continue
        p = Path(given)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if d not in SKIP_DIRS and not d.startswith("."))
                here = Path(root)
                rel = here.relative_to(p).as_posix()  # once a directory: "." or "a/b"
                prefix = "" if rel == "." else rel + "/"
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    yield RawInput(path=prefix + name, fs_path=here / name, max_bytes=max_bytes)
        elif p.is_file():
            yield RawInput(path=given, fs_path=p, max_bytes=max_bytes)
        else:
            yield InputError(given, "E110")


def read_one(raw: RawInput) -> Iterator[Document]:
    """Sniff one input and read it; raises `InputError` for what cannot be read."""
    from .sniff import sniff

    try:
        if raw.size == 0:
            raise InputError(raw.path, "E101")
        fmt = raw.format or sniff(raw)
        if fmt not in STREAMED and raw.size > raw.max_bytes:
            raise InputError(raw.path, "E103", f"{raw.size:,} bytes > {raw.max_bytes:,}")
        raw.format = fmt
        module = importlib.import_module(READERS[fmt])
        yield from module.read(raw)
    except InputError:
        raise
    except (OSError, MemoryError) as e:
        raise InputError(raw.path, "E100", str(e)) from e
    except RecursionError as e:
        raise InputError(raw.path, "E199", "input nested too deeply") from e


def read_inputs(inputs: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | InputError]:
    """Every document of every input, with one `InputError` in the stream for each input that failed.

    A container that fails half-way yields the entries read so far, then its error.
    """
    for raw in iter_inputs(inputs, max_bytes=max_bytes):
        if isinstance(raw, InputError):
            yield raw
            continue
        try:
            yield from read_one(raw)
        except InputError as e:
            yield e
        except Exception as e:  # a reader bug must not take the run down with it
            yield InputError(raw.path, "E199", f"{type(e).__name__}: {e}")
