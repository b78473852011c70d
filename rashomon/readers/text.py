"""Plain text reader. (First version; encoding detection and repair in progress.)"""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document
from ..errors import InputError
from . import RawInput


def read(raw: RawInput) -> Iterator[Document]:
    data = raw.data
    if b"\x00" in data[:8192]:
        raise InputError(raw.path, "E102", "NUL bytes")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(raw.path, "E104", str(e)) from e
    yield Document(id=raw.path, path=raw.path, text=text, format="text", encoding="utf-8", sha256=raw.sha256)
