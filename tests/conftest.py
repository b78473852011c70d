"""Shared fixtures. Nothing here touches the network."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("RASHOMON_SHARED", REPO.parent / "shared"))
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"
SAMPLE = REPO / "rashomon" / "data" / "sample"
TESTDATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    """The real seed documents in ../shared (acceptance tests skip when they are absent)."""
    if not SEEDS.is_dir():
        pytest.skip(f"seed corpus not found at {SEEDS} (set RASHOMON_SHARED to the shared/ folder)")
    return SEEDS


@pytest.fixture(scope="session")
def sample_dir() -> Path:
    """The bundled fictional sample corpus (every language and format)."""
    return SAMPLE


@pytest.fixture(scope="session")
def pipeline():
    from rashomon.pipeline import Pipeline

    return Pipeline()
