"""Test-wide set-up: Qt offscreen, every user folder in a temp dir, no network, real data optional."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")

ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = Path(__file__).resolve().parent / "data"


def _shared_data_dir() -> Path:
    from bench.data import shared_data_dir  # one rule for tests and benchmarks (worktrees included)

    return shared_data_dir()


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Data, logs and settings go to temp folders; the model dir stays the real cache (models are read-only here)."""
    base = tmp_path_factory.mktemp("user")
    monkeypatch.setenv("REBOND_DATA_DIR", str(base / "data"))
    monkeypatch.setenv("REBOND_LOG_DIR", str(base / "logs"))
    monkeypatch.setenv("REBOND_CONFIG_DIR", str(base / "config"))
    yield base


_real_connect = socket.socket.connect


def _guarded_connect(self, address):
    """Only local sockets (Unix, loopback) are allowed: a test that reaches the network fails loudly."""
    host = address[0] if isinstance(address, tuple) else address
    if isinstance(host, str) and (host.startswith("127.") or host in ("localhost", "::1") or host.startswith("/")
                                  or self.family == socket.AF_UNIX):
        return _real_connect(self, address)
    raise RuntimeError(f"network access attempted during tests: {address!r}")


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """`../shared/data` (or $REBOND_SHARED_DATA); skips the test cleanly when absent."""
    folder = _shared_data_dir()
    if not folder.is_dir():
        pytest.skip(f"real media not available ({folder} absent)")
    return folder


def _models_required() -> bool:
    return os.environ.get("REBOND_REQUIRE_MODELS") == "1"


@pytest.fixture(scope="session")
def model_store():
    """The real model store; tests needing models skip when they are absent, unless REBOND_REQUIRE_MODELS=1
    (set by `./dev test`, where set-up fetched them), in which case a missing model is a failure."""
    from app.ml.model_store import ModelStore

    store = ModelStore()
    missing = [m.id for m in store.specs.values() if m.default and not store.is_ok(m.id)]
    if missing:
        if _models_required():
            pytest.fail(f"default models missing: {missing} (run `rebond models fetch`)")
        pytest.skip(f"models not fetched: {missing} (run `rebond models fetch`)")
    return store
