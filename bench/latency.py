"""`rebond bench latency --fake-camera FILE [--json] [--seconds 120] [--runs 3] [--busy [N]]`: time from Stop to report
saved.

An answer is recorded through the real capture path (FakeCamera in wall-clock time -> Capture -> MkvWriter) with
the live analysis attached (LiveAnalysisService). Measured per run: Stop -> report JSON written (both the recording
closed and the report ready), preview frames dropped (frames the camera produced that the preview sink never got,
plus frames delivered more than one frame period late), CPU of the process (share of the 2 cores, per thread group),
peak RSS of the process tree. Then the offline RTF of `analyze_file` on the saved file (speech || vision).
`--compare [CLIP ...]` records clips instead and checks the streamed report against the offline one.
Without FILE (`--fake-camera` omitted) the 2-minute test video is built from ../shared/data (bench._latency_video).
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

from bench._latency_video import build_test_video
from bench.data import shared_data_dir

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def register(sub) -> None:
    parser = sub.add_parser("latency", help="time from Stop to report with the live analysis (fake camera)")
    parser.add_argument("--fake-camera", type=Path, default=None, help="video file (default: build the test video)")
    parser.add_argument("--shared-data", type=Path, default=shared_data_dir(),
                        help="folder of the shared clips (default $REBOND_SHARED_DATA or ../shared/data)")
    parser.add_argument("--seconds", type=float, default=120.0, help="answer length (default 120)")
    parser.add_argument("--runs", type=int, default=3, help="recorded answers (median of the latencies)")
    parser.add_argument("--lang", default="auto")
    parser.add_argument("--no-offline", action="store_true", help="skip the offline RTF measurement")
    parser.add_argument("--offline-runs", type=int, default=3,
                        help="offline analyses of the imported video (median RTF; default 3)")
    parser.add_argument("--agreement", "--compare", type=Path, nargs="*", default=None, metavar="CLIP",
                        help="instead: record each clip through the fake camera with the live analysis and compare "
                             "the streamed report with analyze_file on the saved recording (default clips: "
                             "katiehill, aoc, lp_d20 from the shared data and the 2-minute test video)")
    parser.add_argument("--busy", type=int, nargs="?", const=1, default=0, metavar="N",
                        help="run N other CPU-bound processes (`while 1: pass`, default 1) for the whole measurement, "
                             "as on a machine busy with another job")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("--cues", action="store_true",
                        help="with the gentle live cues on (app.services.live_cues polling the live session)")
    parser.set_defaults(func=run)


# ---- /proc sampling (Linux) -----------------------------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    out = []
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/children") as f:
                out += [int(x) for x in f.read().split()]
    except OSError:
        pass
    return out


def _tree(pid: int) -> list[int]:
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo += _children(p)
    return seen


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE / 2**20
    except OSError:
        return 0.0


def _thread_cpu() -> dict[str, float]:
    """CPU seconds per thread name of this process (Python threads by their Python name, native ones by comm)."""
    names = {t.native_id: t.name for t in threading.enumerate()}
    out: dict[str, float] = defaultdict(float)
    for task in os.listdir("/proc/self/task"):
        try:
            with open(f"/proc/self/task/{task}/stat") as f:
                raw = f.read()
        except OSError:
            continue
        name = names.get(int(task)) or "native:" + raw[raw.index("(") + 1: raw.rindex(")")]
        fields = raw[raw.rindex(")") + 2:].split()
        out[name] += (int(fields[11]) + int(fields[12])) / TICKS
    return out


class Sampler:
    """Peak RSS of the process tree and thread CPU, sampled every `period` seconds on a thread."""

    def __init__(self, period: float = 0.25) -> None:
        self.period = period
        self.peak_rss_mb = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-sampler", daemon=True)

    def __enter__(self) -> Sampler:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak_rss_mb = max(self.peak_rss_mb, sum(_rss_mb(p) for p in _tree(os.getpid())))
            self._stop.wait(self.period)


def _group(name: str) -> str:
    for prefix, group in (("live-speech", "speech worker (Whisper, prosody)"), ("live-face", "face worker"),
                          ("live-pose", "pose worker"), ("mkv-writer", "recorder (encoder)"),
                          ("live-", "live (other)"), ("analyze-vision", "offline vision"), ("MainThread", "GUI thread (fake camera decode, preview)"),
                          ("bench-", "bench sampler")):
        if name.startswith(prefix):
            return group
    return "native pools (MediaPipe/CTranslate2/FFmpeg)"


def _load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


# ---- one recorded answer ----------------------------------------------------------------------------------------------
def record_once(video: Path, seconds: float, lang: str, out_dir: Path, cues: bool = False) -> dict:
    """Record `seconds` of `video` through the fake camera with the live analysis; return the measurements."""
    from PySide6.QtCore import QEventLoop, QTimer

    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera
    from app.services.headless import dispose, ensure_app
    from app.services.live_analysis import LiveAnalysisService
    from app.storage.atomic import write_json_atomic

    _app = ensure_app()
    camera = FakeCamera(video, speed=1.0)
    capture = Capture(camera)
    live = LiveAnalysisService(capture)
    cue_service = None
    if cues:
        from app.services.live_cues import LiveCueService, SessionReader

        cue_service = LiveCueService(source=SessionReader(capture, live), language=lang)
    sink_frames = [0]
    capture.sink.videoFrameChanged.connect(lambda _f: sink_frames.__setitem__(0, sink_frames[0] + 1))
    late = {"frames": 0, "max_ms": 0.0}
    orig_emit_t0 = {}

    def on_frame(_rgb, t: float) -> None:  # lateness of each preview frame against the wall clock
        if "t0" not in orig_emit_t0:
            orig_emit_t0["t0"] = time.monotonic() - t
        lag = (time.monotonic() - orig_emit_t0["t0"] - t) * 1000
        late["max_ms"] = max(late["max_ms"], lag)
        if lag > 1000 / camera.fps:
            late["frames"] += 1

    capture.videoFrame.connect(on_frame)
    media = out_dir / f"answer_{int(time.time() * 1000)}.mkv"
    report_path = media.with_suffix(".json")
    loop = QEventLoop()
    marks: dict[str, float] = {}
    state: dict = {}

    def maybe_done() -> None:
        if "saved" in state and "report" in state and "written" not in marks:
            write_json_atomic(report_path, state["report"])
            marks["written"] = time.perf_counter()
            loop.quit()

    def on_saved(res) -> None:
        state["saved"] = res
        marks["saved"] = time.perf_counter()
        maybe_done()

    def on_report(rep) -> None:
        state["report"] = rep
        marks["report"] = time.perf_counter()
        maybe_done()

    def on_failed(msg: str) -> None:
        state["error"] = msg
        loop.quit()

    capture.recordingSaved.connect(on_saved)
    live.reportReady.connect(on_report)
    live.failed.connect(on_failed)

    def begin() -> None:
        cpu_marks["t0"], cpu_marks["threads0"] = time.perf_counter(), _thread_cpu()
        cpu_marks["proc0"] = time.process_time()
        sent0["n"] = camera.frames_sent
        sink0["n"] = sink_frames[0]
        capture.start_recording(media, max_s=seconds + 5)
        live.start(lang)
        if cue_service is not None:
            cue_service.start()
        QTimer.singleShot(int(seconds * 1000), stop)

    def stop() -> None:
        marks["stop"] = time.perf_counter()
        cpu_marks["t1"], cpu_marks["threads1"] = marks["stop"], _thread_cpu()
        cpu_marks["proc1"] = time.process_time()
        sent1["n"], sink1["n"] = camera.frames_sent, sink_frames[0]
        capture.stop_recording()
        live.finish(media)
        if cue_service is not None:
            cue_service.stop()

    cpu_marks: dict = {}
    sent0, sent1, sink0, sink1 = {}, {}, {}, {}
    with Sampler() as sampler:
        capture.start()
        QTimer.singleShot(1000, begin)  # a second of preview first, as in the app (camera warm-up)
        QTimer.singleShot(int((3 * seconds + 120) * 1000), loop.quit)  # watchdog (a loaded machine is slow)
        loop.exec()
        capture.stop()
        capture.wait_closed()
    live.cancel()  # after a timeout its threads may still be in Whisper: let them end before the objects go
    live.wait_idle(120)
    dispose(cue_service, live, capture, camera)
    if "error" in state or "written" not in marks:
        raise RuntimeError(state.get("error") or (
            f"no report within the time limit (recording saved: {'saved' in state}, live report: "
            f"{'report' in state}, load {_load()})"))
    wall = cpu_marks["t1"] - cpu_marks["t0"]
    threads = defaultdict(float)
    for name, v in cpu_marks["threads1"].items():
        threads[_group(name)] += v - cpu_marks["threads0"].get(name, 0.0)
    sent = sent1["n"] - sent0["n"]
    shown = sink1["n"] - sink0["n"]
    rep = state["report"]
    return {
        "stop_to_report_s": round(marks["written"] - marks["stop"], 3),
        "stop_to_recording_closed_s": round(marks["saved"] - marks["stop"], 3),
        "stop_to_live_report_s": round(marks["report"] - marks["stop"], 3),
        "preview_frames_sent": sent,
        "preview_frames_shown": shown,
        "preview_frames_dropped": max(0, sent - shown),
        "preview_frames_late": late["frames"],
        "preview_max_lag_ms": round(late["max_ms"], 1),
        "recorder_frames_written": state["saved"].stats.video_frames_written,
        "cpu_cores_used_while_recording": round((cpu_marks["proc1"] - cpu_marks["proc0"]) / wall, 3),
        "cpu_profile_cores": {k: round(v / wall, 3) for k, v in sorted(threads.items(), key=lambda x: -x[1])},
        "peak_rss_mb": round(sampler.peak_rss_mb, 1),
        "analysis_frames_dropped": (rep["meta"]["live"]["vision"] or {}).get("frames_dropped"),
        "live_meta": rep["meta"]["live"],
        "media": str(media),
        "report": str(report_path),
        "load_avg": _load(),
        "cues": None if cue_service is None else list(cue_service.raised),
    }


# ---- offline RTF ------------------------------------------------------------------------------------------------------
def offline_rtf(media: Path, lang: str) -> dict:
    """Wall-clock RTF of analyze_file on `media` (speech and vision run in parallel inside it)."""
    from app.engine import analyze as A

    t0 = time.perf_counter()
    cpu0 = time.process_time()
    report = A.analyze_file(media, lang=lang)
    wall = time.perf_counter() - t0
    dur = report["duration_s"] or 1.0
    return {"rtf": round(wall / dur, 3), "wall_s": round(wall, 2), "cpu_cores": round((time.process_time() - cpu0)
                                                                                         / wall, 2),
            "load_avg": _load(), "timings_s": report["meta"]["timings_s"], "report": report}


def agreement(args, out) -> dict:
    """Streamed vs offline report on each clip (recorded through the fake camera in real time)."""
    from app.engine.analyze import analyze_file
    from app.engine.live_compare import compare_reports
    from bench._latency_video import _probe

    rows = []
    with tempfile.TemporaryDirectory(prefix="rebond-agree-") as tmp:
        for clip in args.agreement:
            _has_audio, dur = _probe(clip)
            r = record_once(clip, dur, args.lang, Path(tmp))
            live = json.loads(Path(r["report"]).read_text(encoding="utf-8"))
            offline = analyze_file(Path(r["media"]), lang=args.lang)
            cmp = compare_reports(live, offline)
            cmp.update(clip=clip.name, seconds=round(dur, 1), stop_to_report_s=r["stop_to_report_s"],
                       chunks=len(live["meta"]["live"]["speech"]["chunks"]), load_avg=_load())
            rows.append(cmp)
            print(json.dumps(cmp), file=out, flush=True)
    return {"agreement": rows, "all_ok": all(r["ok"] for r in rows)}


class BusyLoad:
    """`n` CPU-bound child processes (a pure-Python busy loop each) while the block runs."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.procs: list = []

    def __enter__(self) -> BusyLoad:
        import subprocess

        self.procs = [subprocess.Popen([sys.executable, "-c", "while 1: pass"]) for _ in range(self.n)]
        return self

    def __exit__(self, *exc) -> None:
        for p in self.procs:
            p.kill()
        for p in self.procs:
            p.wait()


def run(args) -> int:
    os.environ.setdefault("GLOG_minloglevel", "2")  # MediaPipe's start-up chatter
    with BusyLoad(args.busy or 0):
        return _run(args)


def _run(args) -> int:
    out = sys.stderr if args.json else sys.stdout
    if args.agreement is not None:
        if not args.agreement:
            video_dir = args.shared_data / "video"
            args.agreement = [video_dir / n for n in ("vid_talk_katiehill.mp4", "vid_talk_aoc.mp4", "lp_d20.mp4")]
            args.agreement.append(build_test_video(video_dir, 120.0))
        missing = [str(c) for c in args.agreement if not Path(c).is_file()]
        if missing:
            from app.core.errors import InputError

            raise InputError(f"Clip not found: {', '.join(missing)}", hint="Pass --shared-data DIR or the clips.")
        res = agreement(args, out)
        if args.json:
            print(json.dumps(res, indent=2))
        return 0
    video = args.fake_camera or build_test_video(args.shared_data / "video", args.seconds)
    print(f"fake camera: {video}  (load {_load()})", file=out, flush=True)
    runs = []
    with tempfile.TemporaryDirectory(prefix="rebond-latency-") as tmp:
        for i in range(args.runs):
            r = record_once(Path(video), args.seconds, args.lang, Path(tmp), cues=args.cues)
            runs.append(r)
            sp = r["live_meta"]["speech"]
            print(f"run {i + 1}: stop->report {r['stop_to_report_s']:.2f} s (speech left at Stop "
                  f"{sp.get('tail_audio_s')} s of {r['live_meta']['recorded_s']} s, finish {sp.get('finish_tail_s')} s;"
                  f" greedy chunks {sum(1 for c in sp['chunks'] if c.get('greedy'))}, skipped "
                  f"{sum(1 for c in sp['chunks'] if c.get('skipped'))}), preview dropped "
                  f"{r['preview_frames_dropped']} (late {r['preview_frames_late']}), cpu "
                  f"{r['cpu_cores_used_while_recording']:.2f} cores, peak {r['peak_rss_mb']:.0f} MB, load "
                  f"{r['load_avg']}", file=out, flush=True)
        off = rec = None
        off_rtfs: list[float] = []
        compare = None
        if not args.no_offline:
            from app.engine.live_compare import compare_reports

            # Issue 7 measures the offline RTF on an *imported* 2-minute video: the test video itself, analysed
            # like an import (median of --offline-runs). The last recording is analysed too, for the agreement
            # check of the streamed report and for comparison (a recording is MPEG-4 Part 2 + Opus, not H.264 + AAC).
            imported = [offline_rtf(Path(video), args.lang) for _ in range(max(1, args.offline_runs))]
            for i, o in enumerate(imported):
                print(f"offline run {i + 1} on the imported video: RTF {o['rtf']} ({o['wall_s']} s, "
                      f"{o['cpu_cores']} cores); load {o['load_avg']}", file=out, flush=True)
            off = sorted(imported, key=lambda o: o["rtf"])[len(imported) // 2]  # the median run (odd counts)
            off_rtfs = sorted(o["rtf"] for o in imported)
            rec = offline_rtf(Path(runs[-1]["media"]), args.lang)
            live_report = json.loads(Path(runs[-1]["report"]).read_text(encoding="utf-8"))
            compare = compare_reports(live_report, rec["report"])
            print(f"offline RTF on the last recording {rec['rtf']}; load {rec['load_avg']}", file=out, flush=True)
    result = {
        "video": str(video),
        "seconds": args.seconds,
        "busy_processes": args.busy or 0,
        "runs": [{k: v for k, v in r.items() if k not in ("media", "report")} for r in runs],
        "stop_to_report_s": statistics.median(r["stop_to_report_s"] for r in runs),
        "preview_frames_dropped": max(r["preview_frames_dropped"] for r in runs),
        "preview_frames_late": max(r["preview_frames_late"] for r in runs),
        "peak_rss_mb": max(r["peak_rss_mb"] for r in runs),
        "cpu_cores_used_while_recording": statistics.median(r["cpu_cores_used_while_recording"] for r in runs),
        "offline_rtf": statistics.median(off_rtfs) if off_rtfs else None,
        "offline_rtf_runs": off_rtfs,
        "offline": {k: v for k, v in (off or {}).items() if k != "report"},
        "offline_rtf_recording": rec["rtf"] if rec else None,
        "live_vs_offline": compare,
        "load_avg_end": _load(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        _table(result)
    return 0


def _table(res: dict) -> None:
    rows = [("other CPU-bound processes (--busy)", str(res["busy_processes"])),
            ("stop -> report saved (median)", f"{res['stop_to_report_s']:.2f} s"),
            ("preview frames dropped (max)", str(res["preview_frames_dropped"])),
            ("preview frames late > 1 frame (max)", str(res["preview_frames_late"])),
            ("CPU while recording (median)", f"{res['cpu_cores_used_while_recording']:.2f} of 2 cores"),
            ("peak RSS, process tree (max)", f"{res['peak_rss_mb']:.0f} MB"),
            ("offline RTF, imported video (median)", f"{res['offline_rtf']} (runs {res['offline_rtf_runs']})"),
            ("offline RTF, the last recording", str(res["offline_rtf_recording"])),
            ("load average at the end", res["load_avg_end"])]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    print("CPU profile while recording (cores), last run:")
    for name, v in res["runs"][-1]["cpu_profile_cores"].items():
        print(f"  {name:<{width - 2}}  {v:.3f}")
    if res["live_vs_offline"]:
        print("live vs offline:", json.dumps(res["live_vs_offline"]))
