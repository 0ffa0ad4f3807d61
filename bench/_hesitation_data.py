"""Inputs of the hesitation detector for the shared clips and for synthetic non-speech, computed once and cached.

Each clip goes through the product's own path (decode, `transcribe_chunked` as `analyze_file` does, the stitched
prosody tracks), so the detector is trained and measured on what it will see in the app. The cache lives in
$REBOND_HES_CACHE (default /tmp/rebond_hes_cache) and is keyed by the file's name, size and mtime.
"""

from __future__ import annotations

import json
import os
import pickle
from dataclasses import dataclass
from pathlib import Path

import numpy as np

SR = 16000


@dataclass
class ClipInput:
    name: str
    samples: np.ndarray
    words: list  # [(text, start, end, prob)]
    tracks: object  # app.ml.prosody.ProsodyTracks | None
    language: str
    dropped_spans: list


def _cache_dir() -> Path:
    d = Path(os.environ.get("REBOND_HES_CACHE", "/tmp/rebond_hes_cache"))
    d.mkdir(parents=True, exist_ok=True)
    return d


def _transcribe(samples: np.ndarray, lang: str):
    from app.engine.live_speech import transcribe_chunked
    from app.ml.whisper_loader import DEFAULT_WHISPER, load_offline_whisper

    model, workers = load_offline_whisper(DEFAULT_WHISPER, alongside_vision=False)
    return transcribe_chunked(model, samples, language=lang, workers=workers)


def clip_input(path: Path, lang: str = "auto") -> ClipInput:
    """Decoded samples, Whisper words and prosody tracks of a media file (cached)."""
    st = path.stat()
    key = _cache_dir() / f"{path.name}.{st.st_size}.{int(st.st_mtime)}.{lang}.pkl"
    if key.exists():
        return ClipInput(**pickle.loads(key.read_bytes()))
    from app.ml.audio_decode import decode_audio

    audio = decode_audio(path, max_duration_s=1800)
    return _store(key, path.name, audio.samples, lang)


def synthetic_input(name: str, samples: np.ndarray, lang: str = "auto") -> ClipInput:
    key = _cache_dir() / f"synth.{name}.{len(samples)}.{lang}.pkl"
    if key.exists():
        return ClipInput(**pickle.loads(key.read_bytes()))
    return _store(key, name, samples, lang)


def _store(key: Path, name: str, samples: np.ndarray, lang: str) -> ClipInput:
    res = _transcribe(samples, lang)
    tracks = res.tracks
    if tracks is None:
        from app.ml.prosody import extract_tracks

        tracks = extract_tracks(samples)
    ci = ClipInput(name, np.asarray(samples, np.float32), [(w.text, w.start, w.end, w.prob) for w in res.words],
                   tracks, res.language, list(res.dropped_spans))
    key.write_bytes(pickle.dumps(vars(ci)))
    return ci


def nonspeech_signals(seed: int = 0) -> dict[str, np.ndarray]:
    """Non-speech audio a microphone may pick up, made with numpy (16 kHz, 8-12 s each): the detector must stay
    silent on all of them. Steady tones and sung-like notes are the hardest case (voiced, level pitch, stable
    spectrum, like a filled pause)."""
    rng = np.random.default_rng(seed)
    t = np.arange(int(10 * SR)) / SR
    out: dict[str, np.ndarray] = {}
    # a melody of sustained harmonic notes (0.3-0.8 s each, small vibrato): music
    notes, cur = [], 0
    while cur < len(t):
        n = int(rng.uniform(0.3, 0.8) * SR)
        f0 = 110 * 2 ** (rng.integers(0, 24) / 12)
        tt = np.arange(n) / SR
        ph = 2 * np.pi * np.cumsum(f0 * (1 + 0.005 * np.sin(2 * np.pi * 5.5 * tt))) / SR
        x = sum(np.sin(k * ph) / k for k in range(1, 8))
        env = np.minimum(1, np.minimum(tt / 0.02, (tt[-1] - tt) / 0.05 + 1e-3))
        notes.append(x * env)
        cur += n
    out["music_notes"] = np.concatenate(notes)[: len(t)]
    # chords (three notes) held 1-2 s
    chords, cur = [], 0
    while cur < len(t):
        n = int(rng.uniform(1.0, 2.0) * SR)
        tt = np.arange(n) / SR
        base = 130 * 2 ** (rng.integers(0, 12) / 12)
        x = sum(np.sin(2 * np.pi * base * r * k * tt) / k for r in (1, 1.26, 1.5) for k in range(1, 5))
        chords.append(x * np.minimum(1, tt / 0.05) * np.exp(-tt / 2.5))
        cur += n
    out["music_chords"] = np.concatenate(chords)[: len(t)]
    # a steady tone switching on and off (0.4 s on, 0.6 s off): a beep or a hum
    out["tone_beeps"] = np.sin(2 * np.pi * 440 * t) * ((t % 1.0) < 0.4)
    out["mains_hum"] = sum(np.sin(2 * np.pi * 50 * k * t) / k for k in range(1, 6)) * 0.3
    # white noise and breathing: band-passed noise with in/out envelopes (1.2 s in, 1.6 s out, pause)
    out["white_noise"] = rng.standard_normal(len(t)) * 0.1
    noise = rng.standard_normal(len(t))
    spec = np.fft.rfft(noise)
    f = np.fft.rfftfreq(len(t), 1 / SR)
    spec *= np.exp(-0.5 * ((f - 1200) / 700) ** 2)
    breath = np.fft.irfft(spec, len(t))
    cyc = t % 4.0
    env = np.where(cyc < 1.2, np.sin(np.pi * cyc / 1.2), np.where(cyc < 2.8, 0.6 * np.sin(np.pi * (cyc - 1.2) / 1.6), 0))
    out["breathing"] = breath * env
    return {k: (0.3 * v / (np.max(np.abs(v)) + 1e-9)).astype(np.float32) for k, v in out.items()}


if __name__ == "__main__":
    import sys

    from bench.data import shared_data_dir

    audio = shared_data_dir() / "audio"
    for f in sorted(audio.iterdir()):
        if f.suffix in (".txt", ".stm"):
            continue
        ci = clip_input(f, "fr" if f.name.startswith("fr_") else "en")
        print(f.name, len(ci.words), " ".join(w[0] for w in ci.words)[:150], file=sys.stderr)
    for name, x in nonspeech_signals().items():
        ci = synthetic_input(name, x)
        print(name, len(ci.words), json.dumps([w[0] for w in ci.words])[:100], file=sys.stderr)
