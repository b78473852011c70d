"""Parquet reader (optional: needs ``pyarrow``), streamed one row group at a time: one document per row.

Columns are those of a JSON Lines document (`rashomon.readers.jsonl`): ``text`` (required), and
``id``, ``title``, ``url``, ``published``/``date``, ``updated``, ``source``/``publisher``, ``author``,
``lang``, ``format`` and any other simple column (kept as metadata). Each row goes through the JSON Lines
entry conversion, so a Parquet file of news articles gives the same documents as the same rows written
as JSON Lines; ``entry_sha256`` is the hash of the row as canonical JSON. Ids are ``PATH#PART`` as there.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from ..document import Document
from ..errors import InputError
from . import RawInput
from .jsonl import BadEntries, _BadLine, _entry

BATCH_ROWS = 1024


def _plain(v: Any) -> Any:
    if isinstance(v, dt.datetime | dt.date):
        return v.isoformat()
    if isinstance(v, bytes):
        return v.decode("utf-8", errors="replace")
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [_plain(x) for x in v]
    return v


def read(raw: RawInput) -> Iterator[Document]:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise InputError(raw.path, "E113", "pip install 'rashomon[parquet]' (pyarrow)") from None
    try:
        pf = pq.ParquetFile(raw.fs_path if raw.fs_path is not None else raw.open())
    except (OSError, ValueError) as e:  # pyarrow's ArrowInvalid is a ValueError
        raise InputError(raw.path, "E100", f"not a readable Parquet file ({str(e)[:120]})") from None
    seen: set[str] = set()
    bad = BadEntries()
    n_docs = row = 0
    for batch in pf.iter_batches(batch_size=BATCH_ROWS):
        for rec in batch.to_pylist():
            row += 1
            line = json.dumps(_plain(rec), ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
            try:
                doc = _entry(raw, line, row, seen)
            except _BadLine as e:
                bad.add(f"row {row}", e)
                continue
            doc.format = "parquet"
            n_docs += 1
            yield doc
    bad.raise_if_any(raw.path, "E107")
    if not n_docs:
        raise InputError(raw.path, "E109", "no Parquet row with text")
