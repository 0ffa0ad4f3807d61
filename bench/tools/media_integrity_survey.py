"""How much shorter than declared do intact files read? Sets the tolerance of app.ml.media_integrity.

    python bench/tools/media_integrity_survey.py [FILES_OR_FOLDERS...]   (default: ../shared/data/{video,audio})

For each file: the declared length, the audio decoded (Rebond's own decoder), the video demuxed, and the checks'
verdict. Every file here is intact, so every verdict should be "ok"; the largest shortfall is what the tolerance
must stay clear of.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.ml import media_integrity  # noqa: E402
from app.ml.audio_decode import decode_audio  # noqa: E402
from bench.data import shared_data_dir  # noqa: E402

MEDIA = {".mp4", ".mkv", ".webm", ".mov", ".wav", ".mp3", ".flac", ".ogg", ".aiff", ".m4a", ".opus"}


def main(argv: list[str]) -> int:
    roots = [Path(a) for a in argv] or [shared_data_dir() / "video", shared_data_dir() / "audio"]
    files = sorted(p for r in roots for p in ([r] if r.is_file() else r.rglob("*")) if p.suffix.lower() in MEDIA)
    worst = 0.0
    for f in files:
        audio = decode_audio(f, max_duration_s=1200)
        res = media_integrity.check(f, audio_decoded_s=audio.duration_s if audio else None,
                                    audio_errors=audio.decode_errors if audio else 0,
                                    audio_stopped=audio.stopped_early if audio else None)
        short = (res.declared_s - res.readable_s) if res.declared_s and res.readable_s is not None else 0.0
        worst = max(worst, short)
        print(f"{f.name:40s} declared {res.declared_s or 0:7.2f} readable {res.readable_s or 0:7.2f} "
              f"short {short:+.3f}  {'ok' if res.ok else res.problems} {'; '.join(res.detail)}")
    print(f"{len(files)} files, largest shortfall {worst:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
