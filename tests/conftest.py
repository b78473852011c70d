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


CHROMIUM = "/usr/bin/chromium"  # Debian's package; a downloaded browser is never used
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"  # screenshots of the browser tests (gitignored)
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium driven by Playwright; skips with the reason when either is missing."""
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} not found: apt-get install chromium (Debian package) to run browser tests")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("playwright for Python not installed: pip install playwright (no `playwright install` needed)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def pipeline():
    from rashomon.pipeline import Pipeline

    return Pipeline()
