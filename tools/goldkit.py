"""Shared pieces of the scripts that write gold annotations (tools/make_sample_gold.py,
tests/data/devset*/make_gold.py): one row builder per kind of annotation and one writer, so the
three gold sets keep exactly the format of ../shared/gold/seeds.*."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def claim_row(doc: str, measure: str, value: Any, qual: str, anchor: str, src: str | None = None,
              stype: str | None = None, mod: str = "asserted", group: str | None = None, place: Any = None,
              date: Any = None, alt: Iterable[str] = (), stext: str | None = None) -> dict[str, Any]:
    """One gold claim; the source type defaults to ``author`` in the document's own voice."""
    if stype is None:
        stype = "author" if src is None else "unknown"
    r = {"id": None, "doc": doc, "measure": measure, "value": value, "qualifier": qual, "group": group,
         "place": place, "date": date, "source": src, "source_type": stype, "modality": mod,
         "anchor": anchor, "alt": list(alt)}
    if stext:
        r["source_text"] = stext
    return r


def timeline_row(doc: str, when: str, label: str, anchor: str) -> dict[str, Any]:
    return {"id": None, "doc": doc, "when": when, "label": label, "anchor": anchor}


def write_gold(gold: Path, prefix: str, claims: list[dict], timeline: list[dict], entities: list[dict]) -> None:
    """``<prefix>.claims.jsonl``, ``<prefix>.timeline.jsonl`` and ``<prefix>.entities.json`` in ``gold``."""
    gold.mkdir(parents=True, exist_ok=True)
    for name, rows in ((f"{prefix}.claims.jsonl", claims), (f"{prefix}.timeline.jsonl", timeline)):
        with (gold / name).open("w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (gold / f"{prefix}.entities.json").write_text(json.dumps(entities, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
