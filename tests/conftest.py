"""Shared fixtures: paths to the sample article and ../shared corpora (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "samples" / "que-phong.txt"
SHARED = Path(os.environ.get("DVTEXT_SHARED", ROOT.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or skip the test with the reason when it is absent."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"needs ../shared/{'/'.join(parts)} (development corpora; absent on this machine)")
    return p


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_analysis(sample_text: str):
    from dvtext.io.readers import read_path
    from dvtext.pipeline import analyze

    (article,) = list(read_path(SAMPLE))
    return analyze(article, topics=False)
