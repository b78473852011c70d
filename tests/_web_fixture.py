"""Stores shared by the web tests: the sample corpus, and a small hostile one (scripts, javascript:
links, markup in every field) built from `_dossier_fixture.make_dossier`."""

from __future__ import annotations

import shutil
from pathlib import Path

from _dossier_fixture import make_dossier

from rashomon.model import Analysis
from rashomon.store import write_store

SAMPLE = Path(__file__).resolve().parent.parent / "rashomon" / "data" / "sample"


def hostile_store(path: Path) -> Path:
    d = make_dossier()
    d.analyses = [Analysis(doc=doc, claims=[c for c in d.claims if c.doc == doc.id],
                           events=[e for e in d.timeline if e.doc == doc.id]) for doc in d.docs.values()]
    return write_store(d, path)


_SAMPLE_CACHE: dict[str, Path] = {}


def sample_store(path: Path) -> Path:
    """The sample corpus as a store at ``path`` (analysed once per test session, then copied)."""
    if "db" not in _SAMPLE_CACHE:
        from rashomon.dossier import build_dossier
        from rashomon.store import write_store as ws

        src = path.with_name(path.stem + "-orig.sqlite")
        ws(build_dossier([str(SAMPLE)]), src)
        _SAMPLE_CACHE["db"] = src
    shutil.copyfile(_SAMPLE_CACHE["db"], path)
    return path


def reingest(db: Path, inputs: list[str]) -> None:
    """Analyse ``inputs`` and store them in ``db`` as ingestion does: documents stored unchanged are
    left alone (their ``ingested_at`` kept), new ones added, then the corpus results replaced."""
    from rashomon.dossier import build_dossier
    from rashomon.store import Store

    d = build_dossier(inputs)
    with Store(db) as s:
        for a in d.analyses:
            s.add(a)
        s.save_corpus(d)


def client_class():
    """FastAPI's TestClient class, or a skip saying what to install. Starlette warns when it runs on
    ``httpx`` rather than ``httpx2``; that choice of the environment is not this project's concern."""
    import warnings

    import pytest

    pytest.importorskip("fastapi", reason="the web extra is not installed: pip install 'rashomon[web]'")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            from fastapi.testclient import TestClient
        except RuntimeError as e:
            pytest.skip(f"no HTTP client for TestClient: pip install httpx2 ({e})")
    return TestClient
