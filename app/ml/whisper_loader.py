"""Load a faster-whisper model from a verified local folder (never by name: that would reach the Hub)."""

from __future__ import annotations

import logging
from functools import lru_cache

import app.ml.offline  # noqa: F401  (sets the offline flags before faster_whisper is imported)
from app.ml.model_store import ModelStore

log = logging.getLogger(__name__)

DEFAULT_WHISPER = "whisper-base"


@lru_cache(maxsize=2)
def load_whisper(model_id: str = DEFAULT_WHISPER, cpu_threads: int = 2, compute_type: str = "int8"):
    """A cached `faster_whisper.WhisperModel` for a verified model id (raises ModelMissingError/IntegrityError)."""
    path = ModelStore().resolve(model_id)
    from faster_whisper import WhisperModel

    log.info("loading %s from %s", model_id, path)
    return WhisperModel(
        str(path), device="cpu", compute_type=compute_type, cpu_threads=cpu_threads, local_files_only=True
    )
