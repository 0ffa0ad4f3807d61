"""Comparison measurement: the same wall-clock fake camera recorded by Qt's own QMediaRecorder (QVideoFrameInput +
QAudioBufferInput -> Matroska), killed with SIGKILL after N seconds. How much decodes?
Run: python bench/tools/measure_qt_recorder_kill.py CLIP SECONDS"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import sys, collections
from pathlib import Path
from PySide6.QtCore import QUrl, QByteArray
from PySide6.QtGui import QGuiApplication
app = QGuiApplication(sys.argv[:1])
from PySide6.QtMultimedia import (QAudioBuffer, QAudioBufferInput, QAudioFormat, QMediaCaptureSession,
                                  QMediaFormat, QMediaRecorder)
from app.media.fake_camera import FakeCamera
clip, out = Path(sys.argv[1]), Path(sys.argv[2])
cam = FakeCamera(clip, speed=1.0)
session = QMediaCaptureSession()
session.setVideoFrameInput(cam.frame_input)
audio_in = QAudioBufferInput()
session.setAudioBufferInput(audio_in)
rec = QMediaRecorder()
session.setRecorder(rec)
fmt = QMediaFormat(QMediaFormat.FileFormat.Matroska)
fmt.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
fmt.setAudioCodec(QMediaFormat.AudioCodec.AAC)
rec.setMediaFormat(fmt)
rec.setOutputLocation(QUrl.fromLocalFile(str(out)))
afmt = QAudioFormat(); afmt.setSampleRate(48000); afmt.setChannelCount(1)
afmt.setSampleFormat(QAudioFormat.SampleFormat.Float)
fed = out.with_suffix(".fed")
n = [0]
def on_audio(samples, t):
    audio_in.sendAudioBuffer(QAudioBuffer(QByteArray(samples.tobytes()), afmt, int(t * 1e6)))
def on_video(rgb, t):
    n[0] += 1
    fed.write_text(f"{n[0] / cam.fps:.4f}")
cam.audioChunk.connect(on_audio)
cam.videoFrame.connect(on_video)
rec.record()
cam.start()
app.exec()
"""


def main() -> int:
    clip, seconds = sys.argv[1], float(sys.argv[2])
    out = Path(tempfile.mkdtemp()) / "qt.mkv"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen([sys.executable, "-c", CHILD, clip, str(out)], env=env, stderr=subprocess.DEVNULL)
    fed = out.with_suffix(".fed")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if fed.exists() and fed.read_text() and float(fed.read_text()) >= seconds:
            break
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    from app.media.remux import media_info

    info = media_info(out) if out.exists() else {"frames": 0, "video_end_s": 0.0, "audio_s": 0.0, "error": "none"}
    captured = float(fed.read_text())
    print(json.dumps({"fed_s": captured, "file_bytes": out.stat().st_size if out.exists() else 0,
                      "decoded_video_s": round(info["video_end_s"], 3), "decoded_audio_s": round(info["audio_s"], 3),
                      "lost_s": round(captured - info["video_end_s"], 3), "error": info["error"]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
