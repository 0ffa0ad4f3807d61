"""Gentle live cues: clusters only (fillers, pace, gaze), off by default, and no effect on the recording or report."""

from __future__ import annotations

import time

import pytest

from app.analysis.live_cues import FILLERS, GAZE, PACE_FAST, PACE_SLOW, CueConfig, CueTracker, load_config
from app.storage.store import Store
from tests.practice.clips import make_test_clip

CFG = CueConfig()  # the dataclass defaults equal the shipped file (checked below)


def _w(text, t):
    return {"text": text, "start": t, "end": t + 0.3}


def test_shipped_config_and_setting_default_off():
    import dataclasses
    import tomllib

    from app.core.paths import resource
    from app.services.settings import Key, Settings

    th = tomllib.loads(resource("thresholds.toml").read_text(encoding="utf-8"))
    shipped = load_config()
    # the cluster rules are the file's; the band and the away angle follow thresholds.toml
    assert dataclasses.replace(shipped, away_deg=CFG.away_deg, wpm_low=CFG.wpm_low, wpm_high=CFG.wpm_high) == CFG
    assert shipped.away_deg == th["vision"]["enter_away_deg"]
    assert [shipped.wpm_low, shipped.wpm_high] == th["speech"]["wpm_band"]
    assert Settings().get(Key.LIVE_CUES) is False


def test_fillers_need_a_cluster_within_the_window():
    tr = CueTracker(CFG, {"um", "euh"})
    assert tr.update(10, [_w("um,", 2), _w("hello", 3), _w("Um", 9)]) == []  # two: no cue
    (cue,) = tr.update(12, [_w("euh", 11)])
    assert cue.kind == FILLERS and cue.t == 12
    assert tr.update(20, [_w("um", 14), _w("um", 15), _w("um", 16)]) == []  # cooldown: one cue per 30 s
    spread = CueTracker(CFG, {"um"})
    out = [c for t in (0, 20, 40) for c in spread.update(t + 1, [_w("um", t)])]
    assert out == []  # three fillers over 40 s are not a cluster


def test_gaze_off_camera_for_more_than_five_seconds():
    tr = CueTracker(CFG, set())
    samples = [(t / 10, 25.0) for t in range(0, 45)]  # 4.4 s off camera
    assert tr.update(4.5, gaze=samples) == []
    assert tr.update(5.0, gaze=[(4.5, 3.0)]) == []  # back on camera: the stretch ends
    long = [(5 + t / 10, -30.0) for t in range(0, 60)]
    (cue,) = tr.update(11, gaze=long)
    assert cue.kind == GAZE and cue.t == pytest.approx(10.1, abs=0.01)
    none_face = CueTracker(CFG, set())
    assert none_face.update(20, gaze=[(t / 10, None) for t in range(200)]) == []  # no face is not "off camera"


def test_pace_out_of_band_over_the_window():
    fast = CueTracker(CFG, set())
    words = [_w("w", i * 0.25) for i in range(100)]  # 240 wpm
    assert fast.update(10, words[:40]) == []  # less than 20 s of speech so far
    (cue,) = fast.update(25, words[40:])
    assert cue.kind == PACE_FAST
    slow = CueTracker(CFG, set())
    (cue,) = slow.update(21, [_w("w", i * 1.0) for i in range(21)])  # 60 wpm
    assert cue.kind == PACE_SLOW
    ok = CueTracker(CFG, set())
    assert ok.update(21, [_w("w", i * 0.43) for i in range(49)]) == []  # ~140 wpm


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    return make_test_clip(tmp_path_factory.mktemp("clips") / "clip.mkv", seconds=2.0)


def _record(qtbot, tmp_path, clip, with_cues: bool):
    """One 1-s answer with a fake live analysis; with cues, a source that reports a filler cluster every poll."""
    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera
    from app.services.analysis_queue import AnalysisQueue
    from app.services.headless import dispose
    from app.services.live_cues import LiveCueService
    from app.services.practice import PracticeController
    from app.storage import question_bank
    from tests.practice.conftest import FAKE_OK
    from tests.practice.test_live_practice import FakeLive

    store = Store(tmp_path)
    camera = FakeCamera(clip, speed=0)
    capture = Capture(camera)
    queue = AnalysisQueue(store, analyzer=FAKE_OK)
    ctl = PracticeController(store, capture, queue, language="en", prep_s=0, limit_s=1.0, live=True,
                             live_factory=lambda **kw: FakeLive(**kw))
    cues = None
    if with_cues:
        tick = iter(range(10_000))

        def source():
            t = next(tick)
            return t * 10.0, [_w("um", t * 10.0 + k) for k in range(3)], [(t * 10.0, 40.0)]

        cues = LiveCueService(ctl, source=source, parent=ctl)
        cues._timer.setInterval(20)
    done: list[str] = []
    queue.statusChanged.connect(lambda _a, st, _e: done.append(st))
    capture.start()
    ctl.start(question_bank.pick("en", 1, seed=1))
    qtbot.waitUntil(lambda: "done" in done, timeout=30000)
    session = store.get_session(ctl.session_id)
    (answer,) = session.answers
    report = store.load_report(answer.id)
    raised = list(cues.raised) if cues else []
    ctl.shutdown()
    capture.stop()
    capture.wait_closed()
    queue.shutdown()
    dispose(ctl, queue, capture, camera)
    store.close()
    return answer, report, raised


def test_cues_change_nothing_in_the_recording_or_the_report(qtbot, tmp_path, clip):
    a_off, rep_off, _ = _record(qtbot, tmp_path / "off", clip, with_cues=False)
    time.sleep(0.1)
    a_on, rep_on, raised = _record(qtbot, tmp_path / "on", clip, with_cues=True)
    assert raised and set(raised) <= {FILLERS, GAZE}  # cues were really raised during the second recording
    assert a_on.duration_s == pytest.approx(a_off.duration_s, abs=1 / 30)
    assert rep_on["meta"]["live"]["frames"] == rep_off["meta"]["live"]["frames"]
    strip = ("meta", "media", "input")  # timings and file paths differ by nature
    assert {k: v for k, v in rep_on.items() if k not in strip} == {k: v for k, v in rep_off.items() if k not in strip}


def test_session_reader_reads_new_words_and_faces_once():
    from types import SimpleNamespace as NS

    from app.services.live_cues import SessionReader

    word = NS(text="um", start=1.0, end=1.2)
    feats = NS(yaw=30.0, iris_x=0.0)
    session = NS(speech=NS(pieces=[NS(words=[word])]), vision=NS(obs=NS(faces=[NS(t=0.5, features=feats)])))
    live = NS(_run=NS(session=session))
    capture = NS(recording_time=lambda: 2.0)
    reader = SessionReader(capture, live)
    now, words, gaze = reader()
    assert now == 2.0 and words == [{"text": "um", "start": 1.0, "end": 1.2}]
    assert len(gaze) == 1 and gaze[0][0] == 0.5 and gaze[0][1] == pytest.approx(30.0)
    assert reader()[1:] == ([], [])  # nothing new
    session.speech.pieces.append(NS(words=[NS(text="so", start=3.0, end=3.2)]))
    session.vision.obs.faces.append(NS(t=0.6, features=None))
    _, words, gaze = reader()
    assert [w["text"] for w in words] == ["so"] and gaze == [(0.6, None)]
    live._run = None  # between recordings
    assert reader()[1:] == ([], [])
