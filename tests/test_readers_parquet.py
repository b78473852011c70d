"""The optional Parquet reader: rows become the same documents as the same records in JSON Lines."""

from __future__ import annotations

import json

import pytest

pa = pytest.importorskip("pyarrow", reason="the Parquet reader needs pyarrow (optional)")
import pyarrow.parquet as pq  # noqa: E402

from rashomon.errors import InputError  # noqa: E402
from rashomon.readers import (  # noqa: E402
    RawInput,  # noqa: E402
    jsonl,
    parquet,
)

ROWS = [
    {"id": "a1", "title": "Strike", "text": "Police said 14 people were killed.", "url": "https://example.org/a",
     "published": "2021-05-04", "source": "Herald", "lang": "en", "section": "world"},
    {"id": "a2", "title": None, "text": "Очевидцы сообщили о 20 погибших.", "url": None, "published": "2021-05-05",
     "source": "Вестник", "lang": "ru", "section": None},
    {"id": "a3", "title": "empty", "text": "", "url": None, "published": None, "source": None, "lang": None, "section": None},
]


def test_rows_read_like_json_lines(tmp_path):
    pq.write_table(pa.Table.from_pylist(ROWS), tmp_path / "news.parquet", row_group_size=2)
    (tmp_path / "news.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in ROWS), encoding="utf-8")
    got, want = [], []
    with pytest.raises(InputError) as e:  # the row without text is reported after the good ones
        for d in parquet.read(RawInput(path="news.parquet", fs_path=tmp_path / "news.parquet")):
            got.append(d)
    assert e.value.code == "E107" and "row 3" in e.value.message
    with pytest.raises(InputError):
        for d in jsonl.read(RawInput(path="news.parquet", fs_path=tmp_path / "news.jsonl")):
            want.append(d)
    assert [d.id for d in got] == ["news.parquet#a1", "news.parquet#a2"]
    for g, w in zip(got, want, strict=True):
        assert (g.text, g.title, g.url, g.published, g.publisher) == (w.text, w.title, w.url, w.published, w.publisher)
        assert g.metadata.get("section") == w.metadata.get("section")
        assert g.format == "parquet"


def test_not_parquet_is_an_input_error(tmp_path):
    p = tmp_path / "x.parquet"
    p.write_bytes(b"not parquet at all")
    with pytest.raises(InputError) as e:
        list(parquet.read(RawInput(path="x.parquet", fs_path=p)))
    assert e.value.code == "E100"
