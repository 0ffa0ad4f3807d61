"""Load a faster-whisper model from a verified local folder (never by name: that would reach the Hub)."""

from __future__ import annotations

import logging
import os
from functools import lru_cache

import app.ml.offline  # noqa: F401  (sets the offline flags before faster_whisper is imported)
from app.ml.model_store import ModelStore

log = logging.getLogger(__name__)

DEFAULT_WHISPER = "whisper-base"
# A video's offline analysis decodes its pause-cut chunks on this many CTranslate2 workers at once, each with a share
# of the cores, while the vision analysis runs beside it. Measured on this 2-core machine, 2-minute talk video:
# - speech alone, one thread per chunk: 37.3 CPU-s against 42.4 with two threads on one chunk (same 268 words): the
#   beam-search decoder's small matrices do not split well across threads;
# - whole analysis (speech || vision), RTF median of 3 alternated runs: 2 workers x 1 thread 0.262, 2 x 2 threads
#   0.296, 1 x 2 threads 0.315.
# Audio-only files have no vision beside them, and there one chunk at a time on both cores is better (RTF median of 3:
# fr_read_story 0.240 vs 0.307 with 2 x 1, en_batchalign_um 0.211 vs 0.271, en_phonecall_sample 0.148 vs 0.254):
# the first chunk, which decides the language, and a file's last chunk run alone, on one thread with 2 x 1.
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


def offline_threads(alongside_vision: bool = True) -> tuple[int, int]:
    """(workers, threads per worker) for a whole-file transcription on this machine."""
    cores = os.cpu_count() or 2
    if not alongside_vision:
        return 1, 2  # the live model's set-up (see the measurements above)
    workers = max(1, min(OFFLINE_WORKERS, cores))
    return workers, max(1, cores // workers)


def load_offline_whisper(model_id: str = DEFAULT_WHISPER, *, alongside_vision: bool = True):
    """The model for a whole-file analysis, set up for `offline_threads()` chunks at a time; returns (model, workers).
    Without vision beside it this is the live model (one chunk at a time on 2 threads), shared through the cache."""
    workers, threads = offline_threads(alongside_vision)
    return load_whisper(model_id, cpu_threads=threads, num_workers=workers), workers
