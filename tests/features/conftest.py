"""Feature tests: a seeded data folder (tests/features/seed.py) in the test's REBOND_DATA_DIR."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.features.seed import seed


@pytest.fixture
def seeded():
    """(store, refs) over the data folder the CLI also uses in this test."""
    store, refs = seed(Path(os.environ["REBOND_DATA_DIR"]))
    yield store, refs
    store.close()
