"""Is the whole file there? Checks that tell a damaged or cut media file from a complete one, so that a report made
from part of a recording is marked `partial` with a warning instead of "complete".

Independent signs, each cheap next to the analysis itself (measured on a shared 2-core machine: 0.10-0.21 s for a
120 s Matroska, 0.17-0.22 s for a 178 s MP3, 0.01 s for an 8 s MP4 — less than decoding the same audio once):
- the length that could be read (audio samples decoded, last video packet demuxed) against the length the container
  declares: a faststart MP4 cut in half still declares its full length in the `moov` atom at the front;
- packets the demuxer flags as corrupt or the decoder refuses, and a demuxer that stops before the end;
- the sizes the container declares against the bytes present (PCM WAV `data` chunk, top-level MP4 boxes, the
  Matroska segment): a few bytes cut out of or added to a file shift every later sample (a WAV turns to noise, a
  compressed stream to garbage) while its length changes by microseconds.

Tolerance (`SHORTFALL_S`, `SHORTFALL_FRAC`): a complete file may read a little shorter than it declares, because of
encoder priming and padding (AAC 1024-2112 samples, Opus pre-skip 80 ms) and because audio and video tracks end at
slightly different times. Measured with `bench/tools/media_integrity_survey.py` on the 40 real files of the shared
data set (video/ and audio/), the demo and test clips and a recording made by `rebond practice`: every one passed
all three checks, and the largest shortfall of an intact file was 0.043 s (fr_radio_smartphone.mp3, 178 s). 0.5 s
and 5 % leave a wide margin above that, and are far below what a cut file loses (a cut at half of an 8 s file
loses 4 s).
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass, field
from pathlib import Path

log = logging.getLogger(__name__)

SHORTFALL_S = 0.5
SHORTFALL_FRAC = 0.05


@dataclass
class StreamScan:
    """What demuxing (not decoding) the whole file found."""

    declared_s: float | None = None
    video_end_s: float | None = None  # last video packet end, from the first packet's time
    audio_end_s: float | None = None
    corrupt_packets: int = 0  # flagged corrupt by the demuxer, or refused by the audio decoder
    stopped_early: str | None = None
    #: error messages the demuxer or the audio decoder logged (Matroska resynchronises silently after damage)
    logged_errors: list[str] = field(default_factory=list)
    #: seconds of a stream's span not covered by its packets (a Matroska demuxer silently skips a damaged cluster)
    gap_s: float = 0.0
    format_name: str = ""


@dataclass
class Integrity:
    """Findings for one file; `problems` empty means nothing suggests damage."""

    declared_s: float | None
    readable_s: float | None
    decode_errors: int = 0
    problems: list[str] = field(default_factory=list)  # "truncated" | "damaged"
    detail: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def scan_streams(path: Path, *, decode_audio: bool = True) -> StreamScan:
    """Demux every packet of the first audio and video streams and record how far each goes. The video is not
    decoded (that costs as much as the vision analysis); with `decode_audio`, audio packets are, and each one the
    decoder refuses is counted (0.1-0.2 s for a 2-minute AAC or Opus track)."""
    import av
    import av.logging

    # libav's own log carries what the demuxer does not raise (e.g. "Element ... exceeds containing master element"
    # when a Matroska cluster is damaged and skipped). PyAV hands it over only with a level set; errors only.
    previous = av.logging.get_level()
    raise_level = previous is None or previous < av.logging.ERROR
    if raise_level:
        av.logging.set_level(av.logging.ERROR)
    out = StreamScan()
    try:
        with av.logging.Capture(local=True) as logs:
            _scan(path, out, decode_audio)
    finally:
        if raise_level:
            av.logging.set_level(previous)
    out.logged_errors = [str(entry[2]) for entry in logs if entry[0] <= av.logging.ERROR]
    return out


def _scan(path: Path, out: StreamScan, decode_audio: bool) -> None:
    import av

    try:
        container = av.open(str(path))
    except (av.error.FFmpegError, OSError, ValueError, UnicodeDecodeError) as exc:  # type: ignore[attr-defined]
        out.stopped_early = str(exc)
        return
    with container:
        out.format_name = container.format.name or ""
        if container.duration:
            out.declared_s = container.duration / 1_000_000
        streams = [s for s in (container.streams.video[:1] + container.streams.audio[:1])]
        first: dict[int, float] = {}
        last: dict[int, float] = {}
        covered: dict[int, float] = {}
        timed: dict[int, bool] = {}
        try:
            for packet in container.demux(streams):
                if packet.is_corrupt:
                    out.corrupt_packets += 1
                if decode_audio and packet.stream.type == "audio":
                    try:
                        packet.decode()
                    except av.error.FFmpegError:  # type: ignore[attr-defined]
                        out.corrupt_packets += 1
                if packet.pts is None or packet.time_base is None:
                    continue
                t0 = float(packet.pts * packet.time_base)
                t1 = t0 + float((packet.duration or 0) * packet.time_base)
                idx = packet.stream.index
                first[idx] = min(first.get(idx, t0), t0)
                last[idx] = max(last.get(idx, t1), t1)
                covered[idx] = covered.get(idx, 0.0) + (t1 - t0)
                timed[idx] = timed.get(idx, True) and bool(packet.duration)
        except av.error.FFmpegError as exc:  # type: ignore[attr-defined]
            out.stopped_early = str(exc)
        for s in streams:
            if s.index in last:
                span = last[s.index] - first[s.index]
                if timed.get(s.index):  # every packet carries its duration: the sum must fill the span
                    out.gap_s = max(out.gap_s, span - covered[s.index])
                if s.type == "video":
                    out.video_end_s = span
                else:
                    out.audio_end_s = span


#: Demuxer names expected for each extension: a file read as something else has lost its container header (an MP4
#: whose first bytes are gone is read as a raw MPEG-4 video stream, without its sound and length).
_FORMATS = {".mp4": "mp4", ".m4a": "mp4", ".mov": "mov", ".mkv": "matroska", ".webm": "webm", ".wav": "wav",
            ".ogg": "ogg", ".opus": "ogg", ".flac": "flac", ".mp3": "mp3"}


def wav_shortfall(path: Path) -> int | None:
    """Bytes missing from a RIFF/WAVE file's `data` chunk (declared size minus bytes present), or -1 when bytes
    follow it that are not a chunk (bytes were inserted: every later sample is shifted); None when the file is not a
    WAV or declares no usable size (streaming writers leave 0 or 0xFFFFFFFF there)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
                return None
            pos = 12
            size = path.stat().st_size
            while pos + 8 <= size:
                fh.seek(pos)
                hdr = fh.read(8)
                if len(hdr) < 8:
                    return None
                cid, clen = hdr[:4], struct.unpack("<I", hdr[4:])[0]
                if cid == b"data":
                    if clen in (0, 0xFFFFFFFF):
                        return None
                    missing = clen - (size - pos - 8)
                    if missing > 0:
                        return missing
                    after = pos + 8 + clen + (clen & 1)  # a pad byte follows an odd-sized chunk
                    if after < size:
                        fh.seek(after)
                        nxt = fh.read(8)
                        ok = (len(nxt) == 8 and all(32 <= b < 127 for b in nxt[:4])
                              and after + 8 + struct.unpack("<I", nxt[4:])[0] <= size)
                        if not ok and size - after > (clen & 1):
                            return -1
                    return 0
                pos += 8 + clen + (clen & 1)
    except OSError:
        return None
    return None


def _vint(fh) -> tuple[int, int] | None:
    """An EBML variable-length integer: (value with the length marker removed, its length in bytes)."""
    first = fh.read(1)
    if not first:
        return None
    b = first[0]
    length = next((i + 1 for i in range(8) if b & (0x80 >> i)), 0)
    if not length:
        return None
    rest = fh.read(length - 1)
    if len(rest) < length - 1:
        return None
    value = b & (0xFF >> length)
    for x in rest:
        value = (value << 8) | x
    return value, length


def layout_problem(path: Path) -> str | None:
    """For MP4/MOV and Matroska: do the sizes the container declares tile the file exactly? Bytes cut out of or
    added to the media data shift every later sample while the index still points at the old places; the
    top-level MP4 boxes (or the Matroska segment) then no longer end where the file ends. None when consistent,
    not one of these containers, or sized "to the end of the file" (a live or crash-cut recording)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(8)
            if len(head) == 8 and head[4:8] in (b"ftyp", b"moov", b"mdat", b"free", b"wide", b"skip"):
                pos = 0
                while pos < size:
                    fh.seek(pos)
                    hdr = fh.read(8)
                    if len(hdr) < 8:
                        return f"{size - pos} stray byte(s) after the last MP4 box"
                    box = int.from_bytes(hdr[:4], "big")
                    kind = hdr[4:8]
                    if not all(32 <= c < 127 for c in kind):
                        return f"unreadable MP4 box at byte {pos}"
                    if box == 1:
                        big = fh.read(8)
                        if len(big) < 8:
                            return "MP4 box header cut"
                        box = int.from_bytes(big, "big")
                    elif box == 0:
                        return None  # "to the end of the file"
                    if box < 8:
                        return f"unreadable MP4 box at byte {pos}"
                    if pos + box > size:
                        return f"the '{kind.decode()}' box lacks {pos + box - size} byte(s)"
                    pos += box
                return None
            if head[:4] == b"\x1a\x45\xdf\xa3":
                fh.seek(4)
                v = _vint(fh)
                if v is None:
                    return None
                fh.seek(4 + v[1] + v[0])
                if fh.read(4) != b"\x18\x53\x80\x67":
                    return None
                v = _vint(fh)
                if v is None or v[0] == (1 << (7 * v[1])) - 1:  # unknown size: a recording cut before its end
                    return None
                end = fh.tell() + v[0]
                if end > size:
                    return f"the Matroska segment lacks {end - size} byte(s)"
                if end < size:
                    return f"{size - end} unexpected byte(s) after the Matroska segment"
    except OSError:
        return None
    return None


def check(path: Path, *, audio_decoded_s: float | None = None, audio_errors: int = 0,
          audio_stopped: str | None = None, scan: StreamScan | None = None) -> Integrity:
    """Combine the signs above for one file (the audio figures come from `decode_audio`)."""
    path = Path(path)
    scan = scan if scan is not None else scan_streams(path)
    declared = scan.declared_s
    ends = [e for e in (scan.video_end_s, audio_decoded_s if audio_decoded_s is not None else scan.audio_end_s)
            if e is not None]
    readable = max(ends) if ends else None
    res = Integrity(declared_s=declared, readable_s=readable, decode_errors=audio_errors + scan.corrupt_packets)
    if declared and readable is not None:
        missing = declared - readable
        if missing > max(SHORTFALL_S, SHORTFALL_FRAC * declared):
            res.problems.append("truncated")
            res.detail.append(f"{readable:.1f} s readable of {declared:.1f} s declared")
    gap = wav_shortfall(path)
    if gap and gap > 0:
        res.problems.append("damaged")
        res.detail.append(f"{gap} byte(s) missing from the WAV data")
    elif gap == -1:
        res.problems.append("damaged")
        res.detail.append("unexpected bytes inside the WAV data")
    layout = layout_problem(path)
    if layout:
        res.problems.append("damaged")
        res.detail.append(layout)
    expected = _FORMATS.get(path.suffix.lower())
    if expected and scan.format_name and expected not in scan.format_name.split(","):
        res.problems.append("damaged")
        res.detail.append(f"the {path.suffix} header is missing (read as {scan.format_name})")
    if declared and scan.gap_s > max(SHORTFALL_S, SHORTFALL_FRAC * declared):
        res.problems.append("damaged")
        res.detail.append(f"{scan.gap_s:.1f} s missing inside the file")
    if res.decode_errors:
        res.problems.append("damaged")
        res.detail.append(f"{res.decode_errors} damaged packet(s) skipped")
    elif scan.logged_errors:
        res.problems.append("damaged")
        res.detail.append(f"{len(scan.logged_errors)} read error(s): {scan.logged_errors[0].strip()[:80]}")
    stopped = audio_stopped or scan.stopped_early
    if stopped and "truncated" not in res.problems:
        res.problems.append("truncated")
        res.detail.append(f"reading stopped early ({stopped})")
    res.problems = list(dict.fromkeys(res.problems))
    return res
