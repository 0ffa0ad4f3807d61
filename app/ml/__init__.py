"""Adapters to faster-whisper, MediaPipe and media decoding, plus the model manager. No Qt."""
