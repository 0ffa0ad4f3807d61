"""Acceptance measurement: kill -9 `rebond practice --headless` during answer 3, then `rebond sessions recover`
and `rebond sessions list --json`; report how much of the killed answer decodes.
Run: python bench/tools/measure_kill.py CLIP KILL_AFTER_S [ANALYZER]"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
import time


def main() -> int:
    clip, kill_after = sys.argv[1], float(sys.argv[2])
    analyzer = sys.argv[3] if len(sys.argv) > 3 else "tests.practice.fake_analyzer:analyze_ok"
    data = tempfile.mkdtemp(prefix="rebond-kill-")
    env = dict(os.environ, REBOND_DATA_DIR=data, QT_QPA_PLATFORM="offscreen")
    cli = [sys.executable, "-m", "app.cli"]
    proc = subprocess.Popen(cli + ["practice", "--headless", "--fake-camera", clip, "--questions", "3",
                                   "--answer-seconds", "6", "--analyzer", analyzer],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    for line in proc.stdout:
        if line.startswith("[3/3] recording"):
            break
    t_rec = time.monotonic()
    time.sleep(kill_after)
    captured = time.monotonic() - t_rec
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    rec = subprocess.run(cli + ["sessions", "recover", "--analyzer", analyzer], env=env, capture_output=True,
                         text=True)
    listing = json.loads(subprocess.run(cli + ["sessions", "list", "--json"], env=env, capture_output=True,
                                        text=True).stdout)
    from app.media.remux import media_info

    answers = listing["sessions"][0]["answers"]
    killed = answers[-1]
    info = media_info(killed["media"])
    print(rec.stdout.strip())
    print(json.dumps({"kill_after_s": kill_after, "captured_before_kill_s": round(captured, 3),
                      "statuses": [a["status"] for a in answers],
                      "reports": [bool(a["report"]) for a in answers],
                      "killed_decodes_s": round(info["video_end_s"], 3), "killed_audio_s": round(info["audio_s"], 3),
                      "lost_s": round(captured - info["video_end_s"], 3), "decode_error": info["error"]}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
