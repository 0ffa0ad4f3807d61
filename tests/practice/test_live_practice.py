"""PracticeController with the live analysis: the streamed report is saved like an offline one; any failure of the
live analysis falls back to the offline queue; the recording never depends on it; nothing is left running."""

from __future__ import annotations

import multiprocessing as mp
import threading
import time

import pytest

from app.storage.store import Store
from tests.practice.conftest import FAKE_OK


class FakeLive:
    """Stands in for app.engine.live.LiveAnalysis: counts what it is fed, finishes with a real report."""

    instances: list[FakeLive] = []

    def __init__(self, *, fail: str = "", delay_s: float = 0.0, progressing: bool = False, **kw) -> None:
        self.kw, self.fail, self.delay_s = kw, fail, delay_s
        if progressing:  # a finish working through a backlog: it reports progress all along
            self.idle_s = lambda: 0.0
        self.frames, self.audio_s, self.cancelled = 0, 0.0, False
        FakeLive.instances.append(self)

    def push_video(self, rgb, t):
        self.frames += 1

    def push_audio(self, samples, rate, t):
        self.audio_s += len(samples) / rate

    def finish(self, media_path=None):
        time.sleep(self.delay_s)
        if self.fail:
            raise RuntimeError(self.fail)
        from app.engine.analyze import analyze_text

        report = analyze_text("I led a team of four developers, um, and we shipped the release two weeks early.",
                              lang="en", question=self.kw["question"], path=str(media_path))
        report["meta"]["streamed"] = True
        report["meta"]["live"] = {"frames": self.frames, "audio_s": round(self.audio_s, 2)}
        return report

    def cancel(self):
        self.cancelled = True


def _factory(**opts):
    return lambda **kw: FakeLive(**opts, **kw)


def _live_threads() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("live-") and t.is_alive()]


@pytest.fixture
def rig(qtbot, test_clip, tmp_path):
    from app.media.capture import Capture
    from app.media.fake_camera import FakeCamera
    from app.services.analysis_queue import AnalysisQueue
    from app.services.headless import dispose

    FakeLive.instances.clear()
    store = Store(tmp_path / "d")
    camera = FakeCamera(test_clip, speed=0)
    capture = Capture(camera)
    queue = AnalysisQueue(store, analyzer=FAKE_OK)
    made = []

    def controller(**kw):
        from app.services.practice import PracticeController

        kw.setdefault("limit_s", 1.0)
        ctl = PracticeController(store, capture, queue, language="en", prep_s=0, **kw)
        made.append(ctl)
        return ctl

    capture.start()
    yield store, capture, queue, controller
    for ctl in made:
        ctl.shutdown()
    capture.stop()
    capture.wait_closed()
    queue.shutdown()
    dispose(*made, queue, capture, camera)
    store.close()
    deadline = time.monotonic() + 10
    while _live_threads() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _live_threads(), f"leaked threads: {_live_threads()}"
    assert not [p for p in mp.active_children() if p.is_alive()], "leaked analysis processes"


def _record_one(qtbot, ctl, queue, status="done"):
    from app.storage import question_bank

    statuses: list[tuple[int, str]] = []
    queue.statusChanged.connect(lambda aid, st, _e: statuses.append((aid, st)))
    ctl.start(question_bank.pick("en", 1))
    qtbot.waitUntil(lambda: any(st == status for _a, st in statuses), timeout=30000)
    return statuses


def test_live_report_is_saved_like_an_offline_one(qtbot, rig):
    store, _capture, queue, controller = rig
    ctl = controller(live=True, live_factory=_factory())
    outcome = []
    ctl.liveFinished.connect(lambda aid, used, why: outcome.append((aid, used, why)))
    statuses = _record_one(qtbot, ctl, queue)
    (answer_id, used, why), = outcome
    assert used and why == ""
    a = store.get_answer(answer_id)
    assert a.status == "done" and a.media.exists() and a.duration_s == pytest.approx(1.0, abs=0.05)
    report = store.load_report(answer_id)
    assert report["meta"]["streamed"] is True and report["input"]["path"] == str(a.media)
    assert report["question"] == a.question
    assert a.metrics, "metrics rows stored from the live report"
    (live,) = FakeLive.instances
    assert live.frames == 30 and live.audio_s == pytest.approx(1.0, abs=0.05)  # exactly the recorded answer
    assert live.kw["lang"] == "en" and live.kw["question"] == a.question and live.kw["accessibility"] is False
    assert [st for aid, st in statuses if aid == answer_id][-2:] == ["analyzing", "done"]
    assert not queue.busy()


@pytest.mark.parametrize("opts, reason", [({"fail": "boom"}, "RuntimeError"), ({"delay_s": 3.0}, "took more than")])
def test_live_failure_or_timeout_falls_back_to_the_offline_queue(qtbot, rig, opts, reason):
    store, _capture, queue, controller = rig
    ctl = controller(live=True, live_factory=_factory(**opts), live_timeout_s=1.0)
    outcome = []
    ctl.liveFinished.connect(lambda aid, used, why: outcome.append((aid, used, why)))
    _record_one(qtbot, ctl, queue)
    (answer_id, used, why), = outcome
    assert not used and reason in why
    a = store.get_answer(answer_id)
    report = store.load_report(answer_id)
    assert a.status == "done" and report["media"]["bytes"] == a.media.stat().st_size  # the fake offline analyzer's
    assert "streamed" not in report


def test_a_slow_live_finish_that_keeps_progressing_is_waited_for(qtbot, rig):
    """No fixed give-up: a finish longer than the timeout is kept when it is still making progress (a busy machine
    finishing what was left at Stop); nothing is analysed again offline."""
    store, _capture, queue, controller = rig
    ctl = controller(live=True, live_factory=_factory(delay_s=2.5, progressing=True), live_timeout_s=1.0)
    outcome = []
    ctl.liveFinished.connect(lambda aid, used, why: outcome.append((aid, used, why)))
    _record_one(qtbot, ctl, queue)
    (answer_id, used, why), = outcome
    assert used and why == ""
    assert store.load_report(answer_id)["meta"]["streamed"] is True


def test_live_that_cannot_start_never_stops_the_recording(qtbot, rig):
    store, _capture, queue, controller = rig

    def broken(**_kw):
        raise RuntimeError("no models")

    ctl = controller(live=True, live_factory=broken)
    _record_one(qtbot, ctl, queue)
    (a,) = store.get_session(ctl.session_id).answers
    assert a.status == "done" and a.duration_s == pytest.approx(1.0, abs=0.05)
    assert store.load_report(a.id)["media"]["bytes"] > 0  # offline fallback


def test_rerecord_cancels_the_live_session(qtbot, rig):
    from app.services.practice import RECORDING
    from app.storage import question_bank

    store, capture, queue, controller = rig
    ctl = controller(live=True, live_factory=_factory(), limit_s=30.0)
    ctl.start(question_bank.pick("en", 1))
    qtbot.waitUntil(lambda: bool(FakeLive.instances) and FakeLive.instances[0].frames > 5, timeout=20000)
    ctl.rerecord()
    qtbot.waitUntil(lambda: ctl.state == RECORDING and len(FakeLive.instances) == 2, timeout=20000)
    assert FakeLive.instances[0].cancelled
    ctl.stop()
    qtbot.waitUntil(lambda: store.get_session(ctl.session_id).answers[0].status == "done", timeout=30000)
    assert store.load_report(store.get_session(ctl.session_id).answers[0].id)["meta"]["streamed"]


def test_live_default_follows_the_setting_and_the_analyzer(qtbot, rig):
    from app.services.settings import Key, Settings

    _store, _capture, _queue, controller = rig
    assert not controller().live_enabled  # a custom analyzer (FAKE_OK) keeps its own analysis
    assert controller(live=True, live_factory=_factory()).live_enabled
    from app.services import practice

    class DefaultQueue:
        analyzer = "app.engine.analyze:analyze_file"

    assert practice._live_default(DefaultQueue())
    Settings().set(Key.LIVE_ANALYSIS, False)
    assert not practice._live_default(DefaultQueue())
