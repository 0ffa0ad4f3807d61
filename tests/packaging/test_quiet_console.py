"""Native libraries' log lines stay off the console and go to the log file (app/core/logging_setup.py)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.logging_setup import is_native_noise

ROOT = Path(__file__).resolve().parents[2]

# Lines copied from a real `rebond demo --headless` run before the filter (stderr, 69 lines of this kind).
SEEN_ON_THE_DEMO = [
    "INFO: [accelerator_registry.cc:54] RegisterAccelerator: ptr=0x7fde1cce6920, name=CpuAccelerator",
    "INFO: Created TensorFlow Lite XNNPACK delegate for CPU.",
    "INFO: [cpu_registry.cc:75] XNNPACK CPU accelerator registered.",
    "WARNING: [model_load.cc:402] Sparsity tensors may not yet be fully supported.",
    "WARNING: Logging before InitGoogle() is written to STDERR",
    "W0000 00:00:1796398580.196816   29498 inference_feedback_manager.cc:121] Feedback manager requires a model with "
    "a single signature inference. Disabling support for feedback tensors.",
    "qt.multimedia.ffmpeg: Using Qt multimedia with FFmpeg version 9.0.1 LGPL version 2.1 or later",
    "qt.multimedia.symbolsresolver: Couldn't load va-x11 library",
    "PulseAudioService: pa_context_connect() failed",  # seen on the GUI's stderr under Xvfb (no sound server)
]
KEPT_ON_THE_CONSOLE = [
    "Fatal Python error: Segmentation fault",
    "Traceback (most recent call last):",
    "ERROR: analysis failed",
    "rebond: unexpected error (ValueError: x). Details are in the log file.",
    "QObject::connect: No such signal",
]


@pytest.mark.parametrize("line", SEEN_ON_THE_DEMO)
def test_native_lines_are_noise(line):
    assert is_native_noise(line)


@pytest.mark.parametrize("line", KEPT_ON_THE_CONSOLE)
def test_anything_else_reaches_the_terminal(line):
    assert not is_native_noise(line)


def _run(code: str, tmp_path: Path, *args: str) -> tuple[str, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), REBOND_LOG_DIR=str(tmp_path / "log"))
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    log = (tmp_path / "log" / "rebond.log").read_text(encoding="utf-8")
    return proc.stderr, log


WRITER = """
import os, sys, time, logging
from app.core.logging_setup import setup_logging
setup_logging(verbose='-v' in sys.argv, capture_native=True)
os.write(2, b"INFO: [accelerator_registry.cc:54] RegisterAccelerator: ptr=0x1, name=CpuAccelerator\\n")
os.write(2, b"W0000 00:00:1796398580.196816   29498 inference_feedback_manager.cc:121] Feedback manager\\n")
os.write(2, b"something unexpected from a library\\n")
logging.getLogger("rebond.test").warning("a warning of ours")
time.sleep(0.3)  # let the reader thread drain the pipe
"""


def test_fd2_noise_goes_to_the_log_only(tmp_path):
    stderr, log = _run(WRITER, tmp_path)
    assert "RegisterAccelerator" not in stderr and "W0000" not in stderr
    assert "something unexpected from a library" in stderr
    assert "WARNING: a warning of ours" in stderr
    assert "RegisterAccelerator" in log and "inference_feedback_manager.cc:121" in log
    assert "something unexpected from a library" in log


def test_verbose_shows_native_lines(tmp_path):
    stderr, _log = _run(WRITER, tmp_path, "-v")
    assert "RegisterAccelerator" in stderr and "W0000" in stderr


@pytest.mark.models
@pytest.mark.slow
def test_real_mediapipe_model_load_is_quiet(tmp_path, model_store):
    """The real FaceLandmarker prints LiteRT/absl lines from native threads while it loads and on the first frame."""
    code = """
import time
import numpy as np
from app.core.logging_setup import setup_logging
setup_logging(capture_native=True)
from app.ml.face_landmarker import FaceTracker
with FaceTracker() as tracker:
    tracker.process(np.zeros((240, 320, 3), np.uint8), 0.0)
time.sleep(0.3)
"""
    stderr, log = _run(code, tmp_path)
    native = [line for line in log.splitlines() if " rebond.native: " in line]
    assert native, "MediaPipe printed nothing at all: the test no longer exercises the filter"
    assert stderr.strip() == "", stderr


def test_a_crash_message_still_reaches_the_terminal(tmp_path):
    """Qt's 'could not load the Qt platform plugin' is followed by abort(): the filter must outlive the process."""
    code = """
import os
from app.core.logging_setup import setup_logging
setup_logging(capture_native=True)
os.write(2, b'qt.qpa.plugin: Could not load the Qt platform plugin "xcb"\\n')
os.abort()
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT), REBOND_LOG_DIR=str(tmp_path / "log"))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=60)
    assert proc.returncode != 0
    assert 'Could not load the Qt platform plugin "xcb"' in proc.stderr
