"""The pure timeline-mark function on the literal example reports."""

from __future__ import annotations

from app.analysis.timeline_marks import (
    LANES,
    build_marks,
    lane_available,
    timed_marks,
    timeline_duration,
    visible_lanes,
)
from tests.review.reports import report


def _lane(marks, lane):
    return [m for m in marks if m.lane == lane]


def test_every_lane_of_the_short_report():
    rep = report("answer_short")
    marks = build_marks(rep)
    fillers = _lane(marks, "fillers")
    assert [m.label for m in fillers] == ["um", "um", "basically"]
    assert [(m.start, m.end) for m in fillers] == [(e["start"], e["end"]) for e in rep["fillers"]["events"]]
    assert [m.kind for m in _lane(marks, "star")] == ["star_S", "star_T", "star_A", "star_R"]
    assert len(_lane(marks, "pauses")) == sum(1 for p in rep["pauses"] if p["long"]) == 1
    assert _lane(marks, "repetitions")[0].payload["count"] == 3
    assert [(m.kind, m.start, m.end) for m in _lane(marks, "eye_contact")] == [("lookaway", 6.0, 8.4),
                                                                                ("glance", 19.0, 19.4)]
    assert [m.label for m in _lane(marks, "posture")] == ["fidgeting", "hand_to_face"]
    assert [m.label for m in _lane(marks, "framing")] == ["off_centre"]
    # Lanes come out in the documented order, each sorted by time.
    order = [LANES.index(m.lane) for m in marks]
    assert order == sorted(order)
    for lane in LANES:
        starts = [m.start for m in _lane(marks, lane)]
        assert starts == sorted(starts)


def test_negative_phrase_gets_the_time_of_its_words():
    rep = report("answer_short")
    neg = _lane(build_marks(rep), "negatives")[0]
    row = rep["negatives"][0]
    words = [w for w in rep["transcript"]["words"]
             if w["char_end"] > row["char_start"] and w["char_start"] < row["char_end"]]
    assert words[0]["text"] == "Unfortunately"
    assert (neg.start, neg.end) == (words[0]["start"], words[-1]["end"])
    assert neg.payload["suggestion"] == row["suggestion"]


def test_speech_only_report_has_no_vision_marks_and_says_lanes_are_not_analysed():
    rep = report("answer_speech_only")
    marks = build_marks(rep)
    assert not _lane(marks, "eye_contact") and not _lane(marks, "posture") and not _lane(marks, "framing")
    assert _lane(marks, "fillers")
    assert not lane_available(rep, "posture") and lane_available(rep, "fillers")


def test_text_only_report_gives_untimed_marks_and_no_axis():
    rep = report("answer_text")
    marks = build_marks(rep)
    assert marks, "fillers, STAR parts and negatives still exist in a written answer"
    assert all(m.start is None and m.end is None for m in marks)
    assert timed_marks(marks) == []
    assert timeline_duration(rep, marks) is None
    assert {m.lane for m in marks} == {"fillers", "star", "negatives", "repetitions"}
    # The char span is kept so the transcript can still highlight the mark.
    assert all("char_start" in m.payload for m in _lane(marks, "negatives"))


def test_accessibility_mode_drops_the_eye_contact_lane():
    rep = report("answer_short")
    assert "eye_contact" not in visible_lanes(accessibility=True)
    assert not _lane(build_marks(rep, accessibility=True), "eye_contact")


def test_broken_and_empty_sections_do_not_raise():
    rep = {"schema": "rebond.report/1", "fillers": None, "pauses": "oops", "star": {"spans": [{"part": "X"}]},
           "posture": {"events": [{"kind": "slouching", "start": 5.0, "end": 3.0}]}, "framing": {}}
    marks = build_marks(rep)
    assert [(m.kind, m.start, m.end) for m in marks] == [("posture", 5.0, 5.0)]
    assert build_marks({}) == []


def test_two_minute_report_marks_stay_inside_the_answer():
    rep = report("answer_2min")
    marks = build_marks(rep)
    duration = timeline_duration(rep, marks)
    assert 110 <= duration <= 130
    assert len(_lane(marks, "fillers")) == rep["fillers"]["count"]
    assert all(0 <= m.start <= m.end <= duration for m in marks)


def test_key_moments_pick_long_vision_events_apart_in_time():
    from app.analysis.timeline_marks import key_moments

    marks = build_marks(report("answer_2min"))
    moments = key_moments(marks, limit=3)
    assert [m.lane for m in moments] and all(m.lane in ("eye_contact", "posture", "framing") for m in moments)
    assert [m.start for m in moments] == sorted(m.start for m in moments)
    assert {m.label for m in moments} >= {"slouch", "face_too_small"}  # the two longest events
    assert key_moments(build_marks(report("answer_text"))) == []
    assert all(m.lane != "eye_contact" for m in key_moments(build_marks(report("answer_2min"), accessibility=True)))


def test_restarts_share_the_repetition_lane():
    rep = report("answer_short")
    rep["restarts"] = [{"text": "I went", "start": 3.0, "end": 3.4}, {"text": "we", "char_start": 16, "char_end": 18}]
    lane = _lane(build_marks(rep), "repetitions")
    assert [(m.kind, m.start) for m in lane] == [("restart", 2.04), ("restart", 3.0), ("repetition", 9.76)]
