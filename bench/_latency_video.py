"""Helpers of the latency benchmark (issue 7): feeding a media file into a live session without Qt, and the test
video: 2 minutes, 640x480, 30 fps, made from the shared talking clips (scaled, padded, concatenated with ffmpeg) into
a cache folder. Never committed: it is rebuilt from ../shared/data."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from pathlib import Path

import platformdirs

from app.core.errors import InputError
from app.core.paths import APP_AUTHOR, APP_NAME

WIDTH, HEIGHT, FPS = 640, 480, 30
TALK_GLOBS = ("vid_talk_*.mp4", "lp_*.mp4")
# Measured (Whisper base on each shared clip): only these sound tracks hold plain speech; the other lp_* and vid_*
# tracks are music, noise, chant (lp_d11) or silence, on which Whisper hallucinates loops at up to 5 s of CPU per
# second of audio. An interview answer is speech, so the test video is made of these (repeated) to reach 2 minutes.
SPEECH_CLIPS = ("vid_talk_aoc.mp4", "vid_talk_katiehill.mp4", "lp_d20.mp4")


def _probe(path: Path) -> tuple[bool, float]:
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "stream=codec_type:format=duration", "-of",
                          "json", str(path)], capture_output=True, text=True, check=True).stdout
    data = json.loads(out)
    has_audio = any(s.get("codec_type") == "audio" for s in data.get("streams", []))
    return has_audio, float(data.get("format", {}).get("duration") or 0.0)


def talking_clips(video_dir: Path) -> list[tuple[Path, float]]:
    """The shared talking clips that have a sound track, with their durations (sorted by name: reproducible)."""
    clips = []
    for pattern in TALK_GLOBS:
        for p in sorted(video_dir.glob(pattern)):
            has_audio, dur = _probe(p)
            if has_audio and dur > 1.0 and p.name in SPEECH_CLIPS:  # an answer needs a voice
                clips.append((p, dur))
    return clips


def build_test_video(video_dir: Path, seconds: float = 120.0, out_dir: Path | None = None) -> Path:
    """Build (once, cached) the `seconds`-long test video and return its path."""
    if shutil.which("ffmpeg") is None or shutil.which("ffprobe") is None:
        raise InputError("ffmpeg is needed to build the latency test video.")
    out_dir = out_dir or Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"latency_talk_{int(seconds)}s_{WIDTH}x{HEIGHT}_{FPS}.mkv"
    if out.exists() and out.stat().st_size > 0:
        return out
    clips = talking_clips(video_dir)
    if not clips:
        raise InputError(f"No talking clip with sound in {video_dir}.")
    chosen: list[Path] = []
    total = 0.0
    while total < seconds:  # repeat the list until the answer is long enough
        for p, dur in clips:
            chosen.append(p)
            total += dur
            if total >= seconds:
                break
    cmd = ["ffmpeg", "-v", "error", "-y"]
    for p in chosen:
        cmd += ["-i", str(p)]
    parts = []
    for i in range(len(chosen)):
        parts.append(f"[{i}:v]scale={WIDTH}:{HEIGHT}:force_original_aspect_ratio=decrease,"
                     f"pad={WIDTH}:{HEIGHT}:(ow-iw)/2:(oh-ih)/2,setsar=1,fps={FPS},format=yuv420p[v{i}];"
                     f"[{i}:a]aresample=48000,aformat=channel_layouts=mono,asetpts=N/SR/TB[a{i}]")
    concat = "".join(f"[v{i}][a{i}]" for i in range(len(chosen)))
    graph = ";".join(parts) + f";{concat}concat=n={len(chosen)}:v=1:a=1[v][a]"
    tmp = out.with_suffix(".part.mkv")
    cmd += ["-filter_complex", graph, "-map", "[v]", "-map", "[a]", "-t", str(seconds), "-c:v", "libx264",
            "-preset", "veryfast", "-crf", "23", "-g", str(FPS), "-c:a", "aac", "-b:a", "96k", str(tmp)]
    subprocess.run(cmd, check=True)
    tmp.replace(out)
    return out


def feed_file(session, path: Path, *, speed: float = 0.0, seconds: float | None = None) -> float:
    """Push a media file's frames and sound into `session` like the fake camera does (frame k at k / fps, audio in
    20 ms blocks at 48 kHz). `speed=1` paces in wall-clock time, `0` goes as fast as possible. Returns the media
    duration pushed."""
    from app.media.file_decoder import AUDIO_RATE, audio_chunks, probe, video_frames

    info = probe(Path(path))
    fps = info["fps"]
    limit = seconds if seconds is not None else info["duration"]
    frames = video_frames(Path(path), loop=seconds is not None and seconds > info["duration"])
    audio = audio_chunks(Path(path), loop=seconds is not None and seconds > info["duration"])
    t0 = time.monotonic()
    k = 0
    a = 0
    try:
        while True:
            t = k / fps
            if t >= limit - 1e-9:
                break
            rgb = next(frames, None)
            if rgb is None:
                break
            if speed > 0:
                wait = t / speed - (time.monotonic() - t0)
                if wait > 0:
                    time.sleep(wait)
            session.push_video(rgb, t)
            k += 1
            while a / AUDIO_RATE < min(k / fps, limit):
                chunk = next(audio, None)
                if chunk is None:
                    break
                rest = int(round(limit * AUDIO_RATE)) - a
                chunk = chunk[:rest]
                if not len(chunk):
                    break
                session.push_audio(chunk, AUDIO_RATE, a / AUDIO_RATE)
                a += len(chunk)
    finally:
        frames.close()
        audio.close()
    return k / fps
