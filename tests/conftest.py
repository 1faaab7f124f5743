"""Shared fixtures. Tests that read ../shared/ skip cleanly where it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seeds" / "000_5b9cd0d18598f887.txt"
SEED_URL = "https://dongthap.gov.vn/cao-lanh-thuc-hien-5-12-chi-tieu-ke-hoach"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not available here")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text):
    import extract

    return extract.from_text(seed_text, url=SEED_URL)
