"""Load a faster-whisper model from a verified local folder (never by name: that would reach the Hub)."""

from __future__ import annotations

import logging
import os
from functools import lru_cache

import app.ml.offline  # noqa: F401  (sets the offline flags before faster_whisper is imported)
from app.ml.model_store import ModelStore

log = logging.getLogger(__name__)

DEFAULT_WHISPER = "whisper-base"
# Offline (whole-file) transcription decodes its pause-cut chunks on this many CTranslate2 workers at once, each with
# a share of the cores. Measured on this 2-core machine, 2-minute talk video, chunked path alone: one thread per
# chunk costs 37.3 CPU-s against 42.4 with two threads on one chunk (same 268 words), because the beam-search
# decoder's small matrices do not split well across threads; two chunks at a time keep both cores busy.
OFFLINE_WORKERS = 2


@lru_cache(maxsize=3)
def load_whisper(model_id: str = DEFAULT_WHISPER, cpu_threads: int = 2, compute_type: str = "int8",
                 num_workers: int = 1):
    """A cached `faster_whisper.WhisperModel` for a verified model id (raises ModelMissingError/IntegrityError).

    `num_workers` > 1 lets that many Python threads transcribe at the same time (CTranslate2 replicas)."""
    path = ModelStore().resolve(model_id)
    from faster_whisper import WhisperModel

    log.info("loading %s from %s (%d worker(s) x %d thread(s))", model_id, path, num_workers, cpu_threads)
    return WhisperModel(
        str(path), device="cpu", compute_type=compute_type, cpu_threads=cpu_threads, num_workers=num_workers,
        local_files_only=True,
    )


def offline_threads() -> tuple[int, int]:
    """(workers, threads per worker) for a whole-file transcription on this machine."""
    cores = os.cpu_count() or 2
    workers = max(1, min(OFFLINE_WORKERS, cores))
    return workers, max(1, cores // workers)


def load_offline_whisper(model_id: str = DEFAULT_WHISPER):
    """The model for whole-file analysis, set up for `offline_threads()` chunks at a time; returns (model, workers)."""
    workers, threads = offline_threads()
    return load_whisper(model_id, cpu_threads=threads, num_workers=workers), workers
