"""Helpers of the latency benchmark (issue 7): feeding a media file into a live session without Qt, and the test
video: 2 minutes, 640x480, 30 fps, made from the shared talking clips (scaled, padded, concatenated with ffmpeg) into
a cache folder. Never committed: it is rebuilt from ../shared/data."""

from __future__ import annotations

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
# lp_d20 is left out: it is spoken in Mandarin (Whisper base: zh 0.987), so once the answer's language was decided
# from an English clip, its chunks were forced into English and Whisper invented text with full temperature fallback
# (one such chunk took 100 s on a busy machine) - no English or French interview answer contains that.
SPEECH_CLIPS = ("vid_talk_aoc.mp4", "vid_talk_katiehill.mp4")


def _probe(path: Path) -> tuple[bool, float]:
    """(has an audio track, duration in s), read with PyAV (no ffprobe needed)."""
    import av

    with av.open(str(path)) as c:
        dur = float(c.duration / 1e6) if c.duration else 0.0
        return bool(c.streams.audio), dur


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
    out_dir = out_dir or Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "bench"
    out_dir.mkdir(parents=True, exist_ok=True)
    out = out_dir / f"latency_talk_en_{int(seconds)}s_{WIDTH}x{HEIGHT}_{FPS}.mkv"  # English clips only
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
    tmp = out.with_suffix(".part.mkv")
    if shutil.which("ffmpeg") is not None:
        _build_with_ffmpeg(chosen, seconds, tmp)
    else:  # the same video through PyAV's bundled FFmpeg libraries (machines without the ffmpeg command)
        _build_with_pyav(chosen, seconds, tmp)
    tmp.replace(out)
    return out


def _build_with_ffmpeg(chosen: list[Path], seconds: float, tmp: Path) -> None:
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
    cmd += ["-filter_complex", graph, "-map", "[v]", "-map", "[a]", "-t", str(seconds), "-c:v", "libx264",
            "-preset", "veryfast", "-crf", "23", "-g", str(FPS), "-c:a", "aac", "-b:a", "96k", str(tmp)]
    subprocess.run(cmd, check=True)


def _build_with_pyav(chosen: list[Path], seconds: float, tmp: Path) -> None:
    """Each clip scaled into WIDTH x HEIGHT (aspect kept, black bars), resampled to FPS (the last frame shown at
    each output time), its sound at 48 kHz mono cut or padded to its video length; clips joined, cut at `seconds`;
    H.264 + AAC in Matroska, as the ffmpeg command does."""
    import av
    import numpy as np

    rate = 48000
    with av.open(str(tmp), "w", format="matroska") as oc:
        vs = oc.add_stream("libx264", rate=FPS)
        vs.width, vs.height, vs.pix_fmt = WIDTH, HEIGHT, "yuv420p"
        vs.options = {"preset": "veryfast", "crf": "23", "g": str(FPS)}
        aus = oc.add_stream("aac", rate=rate)
        aus.layout = "mono"
        aus.bit_rate = 96000
        n_out, a_out = 0, 0
        limit = int(round(seconds * FPS))
        for path in chosen:
            if n_out >= limit:
                break
            frames: list = []
            with av.open(str(path)) as ic:
                for frame in ic.decode(video=0):
                    t = float(frame.time or 0.0)
                    img = frame.to_ndarray(format="rgb24")
                    h, w = img.shape[:2]
                    scale = min(WIDTH / w, HEIGHT / h)
                    sw, sh = int(round(w * scale)) // 2 * 2, int(round(h * scale)) // 2 * 2
                    small = frame.reformat(width=sw, height=sh, format="rgb24").to_ndarray()
                    canvas = np.zeros((HEIGHT, WIDTH, 3), np.uint8)
                    y0, x0 = (HEIGHT - sh) // 2, (WIDTH - sw) // 2
                    canvas[y0:y0 + sh, x0:x0 + sw] = small
                    frames.append((t, canvas))
            with av.open(str(path)) as ic:
                res = av.AudioResampler(format="flt", layout="mono", rate=rate)
                pcm = [o.to_ndarray().reshape(-1) for f in ic.decode(audio=0) for o in res.resample(f)]
                pcm += [o.to_ndarray().reshape(-1) for o in res.resample(None)]
            audio = np.concatenate(pcm).astype(np.float32) if pcm else np.zeros(0, np.float32)
            t0 = frames[0][0] if frames else 0.0
            last_t = frames[-1][0] - t0 if frames else 0.0
            n_clip = min(limit - n_out, int(round((last_t + 1 / FPS) * FPS)))
            j = 0
            for k in range(n_clip):  # frame shown at k / FPS: the last input frame not after it
                while j + 1 < len(frames) and frames[j + 1][0] - t0 <= k / FPS + 1e-6:
                    j += 1
                vf = av.VideoFrame.from_ndarray(frames[j][1], format="rgb24").reformat(format="yuv420p")
                vf.pts = n_out + k
                for packet in vs.encode(vf):
                    oc.mux(packet)
            n_out += n_clip
            want = int(round(n_clip / FPS * rate))
            audio = np.concatenate([audio[:want], np.zeros(max(0, want - audio.size), np.float32)])
            for i in range(0, audio.size, 1024):
                af = av.AudioFrame.from_ndarray(audio[None, i:i + 1024], format="flt", layout="mono")
                af.sample_rate = rate
                af.pts = a_out
                a_out += af.samples
                for packet in aus.encode(af):
                    oc.mux(packet)
        for stream in (vs, aus):
            for packet in stream.encode(None):
                oc.mux(packet)


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
