"""Helpers for the fault tests: a small tmpfs (root only), immutable files (chattr), a CLI runner."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
REPORT = ROOT / "tests" / "data" / "review" / "answer_short.json"


def seed_sessions(root: Path, n: int = 2) -> list[str]:
    """`n` sessions with one analysed answer each (a real report fixture and a small media file)."""
    from app.storage.store import Store

    store = Store(root)
    ids = []
    for i in range(n):
        s = store.create_session("en", title=f"session {i}")
        a = store.add_answer(s.id, question=f"Question {i}?")
        a.media.write_bytes(b"\x1a\x45\xdf\xa3" + os.urandom(2000))
        store.set_status(a.id, "queued", duration_s=1.0)
        store.save_report(a.id, json.loads(REPORT.read_text(encoding="utf-8")))
        ids.append(s.id)
    store.close()
    return ids


@contextlib.contextmanager
def small_tmpfs(base: Path, size: str = "600k", readonly: bool = False):
    """A tmpfs of `size` mounted under `base` (skips when this process cannot mount one)."""
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a small tmpfs needs root")
    mnt = base / f"fs-{uuid.uuid4().hex[:6]}"
    mnt.mkdir()
    opts = f"size={size}" + (",ro" if readonly else "")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", opts, "tmpfs", str(mnt)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {r.stderr.strip()}")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


@contextlib.contextmanager
def immutable(path: Path):
    """`chattr +i path` for the block (skips where the file system or the platform does not support it)."""
    if not shutil.which("chattr"):
        pytest.skip("chattr not available")
    r = subprocess.run(["chattr", "+i", str(path)], capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"immutable files not supported here: {r.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)


def run_cli(*args: str, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python -m app.cli ARGS` in a child process (what a user runs: its stderr is checked for tracebacks)."""
    full = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run([os.sys.executable, "-m", "app.cli", *args], capture_output=True, text=True,
                          env=full, timeout=timeout, cwd=ROOT)


def assert_no_traceback(proc: subprocess.CompletedProcess) -> None:
    assert "Traceback (most recent call last)" not in proc.stderr, proc.stderr[-3000:]
    assert "rebond: unexpected error" not in proc.stderr, proc.stderr[-3000:]
