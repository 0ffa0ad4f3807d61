"""The offline guard: no library may reach the network at run time. Import this before faster-whisper/huggingface."""

from __future__ import annotations

import os

_FLAGS = {
    "HF_HUB_OFFLINE": "1",  # huggingface_hub (used by faster-whisper for model names) never calls the Hub
    "TRANSFORMERS_OFFLINE": "1",
    "HF_HUB_DISABLE_TELEMETRY": "1",
    "HF_HUB_DISABLE_IMPLICIT_TOKEN": "1",
}


def enforce_offline() -> None:
    """Set the offline flags of every library we use (idempotent). Models are loaded from resolved local paths only."""
    for key, value in _FLAGS.items():
        os.environ[key] = value


enforce_offline()
