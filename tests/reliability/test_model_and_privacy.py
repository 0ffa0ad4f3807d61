"""A model whose bytes changed is never loaded, even with its size and date kept; the loopback proxy that keeps
MediaPipe's usage logger offline is set before any model is resolved, and the user's own proxies are kept aside."""

from __future__ import annotations

import hashlib
import os

import pytest

from app.core.errors import ModelIntegrityError
from app.ml import model_store, no_telemetry
from app.ml.model_manifest import parse_manifest
from app.ml.model_store import ModelStore

DATA = b"weights " * 4096


@pytest.fixture
def store(tmp_path, monkeypatch):
    manifest = f"""
[[model]]
id = "m"
kind = "file"
default = true
  [[model.files]]
  name = "m.task"
  size = {len(DATA)}
  sha256 = "{hashlib.sha256(DATA).hexdigest()}"
  [[model.sources]]
  type = "url"
  base = "file://{tmp_path}/host/"
"""
    (tmp_path / "host").mkdir()
    (tmp_path / "host" / "m.task").write_bytes(DATA)
    monkeypatch.setattr(model_store, "_VERIFIED_HERE", set())
    return ModelStore(tmp_path / "models", parse_manifest(manifest))


def test_flipped_byte_with_size_and_mtime_kept_is_refused(store):
    path = store.fetch("m")
    assert store.resolve("m") == path
    st = path.stat()
    raw = bytearray(path.read_bytes())
    raw[len(raw) // 2] ^= 0x01
    path.write_bytes(bytes(raw))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))  # bit rot: same size, same date
    model_store._VERIFIED_HERE.clear()  # a new process (the analysis child)
    assert store.is_ok("m")  # the quick stamp check is fooled...
    with pytest.raises(ModelIntegrityError) as err:
        store.resolve("m")  # ...the load is not
    assert "rebond models fetch m" in err.value.user_text()


def test_each_file_is_hashed_once_per_process(store, monkeypatch):
    store.fetch("m")
    model_store._VERIFIED_HERE.clear()
    calls = []
    real = model_store.sha256_of
    monkeypatch.setattr(model_store, "sha256_of", lambda p, *a, **k: calls.append(p) or real(p, *a, **k))
    for _ in range(3):
        store.resolve("m")
    assert len(calls) == 1


def test_resolve_seals_the_process_and_keeps_the_user_proxies(store, monkeypatch):
    monkeypatch.setattr(no_telemetry, "_USER", {"https_proxy": "http://proxy.corp:3128", "no_proxy": "*"})
    for k in (*no_telemetry.PROXY_VARS, *no_telemetry.NO_PROXY_VARS, no_telemetry.SAVED_ENV):
        monkeypatch.setenv(k, "recorded")  # so that teardown restores the variable as it was before the test
        monkeypatch.delenv(k)
    store.fetch("m")
    store.resolve("m")
    assert no_telemetry.is_sealed()
    assert all(os.environ[k] == no_telemetry.BLACKHOLE_PROXY for k in no_telemetry.PROXY_VARS)
    assert "no_proxy" not in os.environ  # "*" would let libcurl bypass the proxy
    assert model_store._user_proxy_map() == {"https": "http://proxy.corp:3128"}
    child = no_telemetry.user_environ()
    assert child["https_proxy"] == "http://proxy.corp:3128" and "http_proxy" not in child
