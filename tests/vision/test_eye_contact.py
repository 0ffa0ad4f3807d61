"""Eye-contact states, hysteresis, blinks, episodes and neutral estimation on synthetic feature sequences."""

from __future__ import annotations

import math

from app.analysis.eye_contact import AWAY, CAMERA, UNKNOWN, Calibration, GazeParams, classify_eye_contact
from app.analysis.gaze import GazeFeatures

FPS = 10.0


def feat(iris_x=0.0, yaw=0.0, openness=0.4, look_y=0.2, pitch=0.0, eye_px=30.0):
    return GazeFeatures(iris_x=iris_x, iris_y=0.0, iris_x_asym=0.0, openness=openness, look_x=0.0, look_y=look_y,
                        blink=0.0, yaw=yaw, pitch=pitch, roll=0.0, eye_width_px=eye_px)


def seq(*parts):
    """parts: (seconds, feature or None); returns times, feats at 10 fps."""
    times, feats = [], []
    t = 0.0
    for dur, f in parts:
        for _ in range(int(round(dur * FPS))):
            times.append(round(t, 3))
            feats.append(f)
            t += 1 / FPS
    return times, feats


def states(result):
    return [s.state for s in result.samples]


def test_steady_gaze_at_lens_is_camera_without_episodes():
    times, feats = seq((5, feat()))
    r = classify_eye_contact(times, feats)
    assert set(states(r)) == {CAMERA}
    assert r.ratio == 1.0 and r.lookaways == [] and r.glances == []
    assert r.confidence > 0.95  # a 12 deg margin against ~6 deg of neutral and iris noise at 30 px eyes


def test_blink_is_unknown_never_away():
    closed = feat(openness=0.05, look_y=0.8)
    times, feats = seq((2, feat()), (0.2, closed), (2, feat()))
    r = classify_eye_contact(times, feats)
    st = states(r)
    assert AWAY not in st
    assert st[20:22] == [UNKNOWN, UNKNOWN]
    assert r.lookaways == [] and r.ratio == 1.0


def test_many_blinks_do_not_make_a_lookaway():
    closed = feat(openness=0.05, look_y=0.8)
    parts = []
    for _ in range(10):
        parts += [(0.7, feat()), (0.3, closed)]
    times, feats = seq(*parts)
    r = classify_eye_contact(times, feats)
    assert AWAY not in states(r)
    assert r.lookaways == []


def test_long_lookaway_is_an_episode_and_short_one_a_glance():
    side = feat(iris_x=0.2)  # ~30 degrees to the side with a frontal head
    times, feats = seq((2, feat()), (1.5, side), (2, feat()), (0.3, side), (2, feat()))
    r = classify_eye_contact(times, feats)
    assert len(r.lookaways) == 1
    ep = r.lookaways[0]
    assert math.isclose(ep["start"], 2.0, abs_tol=0.11) and math.isclose(ep["end"], 3.5, abs_tol=0.11)
    assert ep["direction"] == "side"
    assert len(r.glances) == 1
    assert math.isclose(r.glances[0]["start"], 5.5, abs_tol=0.11)


def test_blink_inside_a_lookaway_does_not_split_it():
    side = feat(iris_x=-0.2)
    closed = feat(openness=0.05, iris_x=-0.2)
    times, feats = seq((1, feat()), (0.8, side), (0.2, closed), (0.8, side), (1, feat()))
    r = classify_eye_contact(times, feats)
    assert len(r.lookaways) == 1 and r.glances == []
    assert r.samples[18].state == UNKNOWN


def test_turned_head_with_eyes_on_lens_is_camera():
    # head 15 degrees to the left, irises shifted right by the matching eye rotation
    p = GazeParams()
    iris = math.sin(math.radians(15)) / p.eye_gain
    times, feats = seq((3, feat(yaw=-15, iris_x=iris)))
    assert set(states(classify_eye_contact(times, feats))) == {CAMERA}


def test_turned_head_with_eyes_following_is_away():
    times, feats = seq((3, feat(yaw=-25, iris_x=0.0)))
    r = classify_eye_contact(times, feats)
    assert set(states(r)) == {AWAY}
    assert r.ratio == 0.0 and len(r.lookaways) == 1


def test_looking_away_the_whole_time_is_not_normalised_to_camera():
    # a person talking to someone off-camera: constant gaze 20 degrees aside must stay `away`
    times, feats = seq((6, feat(iris_x=0.13)))
    r = classify_eye_contact(times, feats)
    assert r.ratio == 0.0


def test_hysteresis_is_zero_phase():
    p = GazeParams()
    mid = math.sin(math.radians((p.enter_away_deg + p.exit_away_deg) / 2)) / p.eye_gain
    far = 0.2
    times, feats = seq((1, feat()), (1, feat(iris_x=mid)), (1, feat()), (1, feat(iris_x=mid)), (1, feat(iris_x=far)),
                       (1, feat(iris_x=mid)), (1, feat()))
    st = states(classify_eye_contact(times, feats, params=p))
    assert set(st[10:20]) == {CAMERA}  # in the band, not touching a clear look-away: camera
    assert set(st[30:60]) == {AWAY}  # in the band before AND after a clear look-away: part of it, on both sides
    assert set(st[60:70]) == {CAMERA}
    # the same frames in reverse order give the same states in reverse order: no lag in either direction
    back = states(classify_eye_contact(times, feats[::-1], params=p))
    assert back[::-1] == st


def test_band_on_the_other_side_is_not_chained_to_a_lookaway():
    p = GazeParams()
    mid = math.sin(math.radians((p.enter_away_deg + p.exit_away_deg) / 2)) / p.eye_gain
    times, feats = seq((1, feat()), (1, feat(iris_x=0.2)), (0.3, feat(iris_x=-mid)), (1, feat()))
    st = states(classify_eye_contact(times, feats, params=p))
    assert set(st[10:20]) == {AWAY} and set(st[20:23]) == {CAMERA}  # the overshoot after a glance is not a glance


def test_blink_between_band_frames_does_not_break_the_chain():
    p = GazeParams()
    mid = math.sin(math.radians((p.enter_away_deg + p.exit_away_deg) / 2)) / p.eye_gain
    closed = feat(openness=0.05, iris_x=mid)
    times, feats = seq((1, feat()), (1, feat(iris_x=0.2)), (0.2, closed), (0.5, feat(iris_x=mid)), (1, feat()))
    st = states(classify_eye_contact(times, feats, params=p))
    assert st[20:22] == [UNKNOWN, UNKNOWN] and set(st[22:27]) == {AWAY}


def test_no_face_is_unknown_and_lowers_confidence():
    times, feats = seq((2, feat()), (2, None))
    r = classify_eye_contact(times, feats)
    assert states(r)[25] == UNKNOWN and r.samples[25].reason == "no_face"
    assert r.ratio == 1.0
    assert r.confidence < 0.6


def test_tiny_eyes_are_unknown():
    times, feats = seq((2, feat(eye_px=3)))
    assert set(states(classify_eye_contact(times, feats))) == {UNKNOWN}


def test_long_lowered_lids_with_downward_gaze_are_looking_down():
    down = feat(openness=0.15, look_y=0.75)
    times, feats = seq((2, feat()), (1.5, down), (2, feat()))
    r = classify_eye_contact(times, feats)
    assert [e["direction"] for e in r.lookaways] == ["down"]


def test_calibration_offset_is_subtracted():
    p = GazeParams()
    iris = math.sin(math.radians(20)) / p.eye_gain  # this person's "looking at the lens" reads as 20 degrees
    times, feats = seq((3, feat(iris_x=iris)))
    assert set(states(classify_eye_contact(times, feats))) == {AWAY}
    cal = Calibration(offset_h_deg=20.0, measured=True)
    r = classify_eye_contact(times, feats, calibration=cal)
    assert set(states(r)) == {CAMERA}
    assert r.neutral["calibrated"] is True


def test_upward_look_relative_to_neutral_is_away():
    times, feats = seq((3, feat(look_y=0.2)), (1.5, feat(look_y=-0.5)), (1, feat(look_y=0.2)))
    r = classify_eye_contact(times, feats)
    assert [e["direction"] for e in r.lookaways] == ["up"]


def test_head_tilted_up_with_eyes_following_is_away_but_compensating_eyes_stay_camera():
    p = GazeParams()
    compensate = 0.2 + 20 / p.eye_v_gain  # eyes rotated down by as much as the head went up
    # the neutral head pitch is estimated from the answer, so most of it is spent in the usual position
    times, feats = seq((5, feat(pitch=0.0)), (1.5, feat(pitch=-20.0)), (1.5, feat(pitch=-20.0, look_y=compensate)))
    r = classify_eye_contact(times, feats, params=p)
    st = states(r)
    assert set(st[50:65]) == {AWAY} and r.samples[55].reason == "up"
    assert set(st[66:80]) == {CAMERA}


def test_ratio_over_time_windows_and_quality():
    times, feats = seq((5, feat()), (5, feat(iris_x=0.2)))
    r = classify_eye_contact(times, feats)
    assert [w["ratio"] for w in r.windows] == [1.0, 0.0]
    assert r.neutral["quality"]["face_visible"] == 1.0


def test_noisy_landmarks_lower_the_confidence():
    rng = __import__("random").Random(0)
    steady = classify_eye_contact(*seq((5, feat())))
    times, _ = seq((5, feat()))
    noisy = classify_eye_contact(times, [feat(iris_x=rng.uniform(-0.04, 0.04)) for _ in times])
    assert noisy.confidence < steady.confidence


def test_eyes_kept_shut_are_unknown_but_lowered_lids_looking_down_are_away():
    shut = feat(openness=0.4 * 0.05, look_y=0.9)  # lid gap 5% of the open one, for 2 s (crying, laughing)
    lowered = feat(openness=0.4 * 0.2, look_y=0.9)  # downcast: lids lowered over the iris, gap still there
    times, feats = seq((3, feat()), (2, shut), (3, feat()), (2, lowered), (3, feat()))
    st = states(classify_eye_contact(times, feats))
    assert AWAY not in st[30:50] and UNKNOWN in st[30:50]
    assert st[82:98] == [AWAY] * 16


def p_enter() -> float:
    return GazeParams().enter_away_deg


def test_confidence_falls_near_the_edge_of_the_cone_and_with_small_eyes():
    # the same 60/40 split between the lens and a glance, once clearly beyond the cone and once just beyond it
    clear = seq((3, feat()), (2, feat(yaw=35.0)))
    edge = seq((3, feat()), (2, feat(yaw=p_enter() + 1.0)))
    r_clear, r_edge = (classify_eye_contact(*x) for x in (clear, edge))
    assert r_clear.ratio == r_edge.ratio == 0.6
    assert r_edge.confidence < r_clear.confidence - 0.05
    big, small = (classify_eye_contact(*seq((3, feat(eye_px=px)), (2, feat(yaw=p_enter() + 6.0, eye_px=px))))
                  for px in (60.0, 14.0))
    assert small.confidence < big.confidence
    assert all(s.certainty is not None and 0.5 <= s.certainty <= 1 for s in big.samples)


def test_a_calibrated_neutral_is_more_certain_than_the_anatomical_default():
    times, feats = seq((3, feat()), (2, feat(yaw=16.0)))
    cal = Calibration(offset_h_deg=0.0, measured=True)
    assert classify_eye_contact(times, feats, calibration=cal).confidence > classify_eye_contact(times, feats).confidence


def test_gaze_resting_at_the_edge_of_the_cone_is_an_uncertain_answer():
    # someone answering a person just beside the lens: the gaze rests near the threshold, so the share hangs on the
    # neutral; a shift of one standard deviation either way swings it, and the confidence says so
    rng = __import__("random").Random(1)
    edge = p_enter() - 1.0
    times, _ = seq((6, feat()))
    feats = [feat(yaw=edge + rng.uniform(-3.0, 3.0)) for _ in times]
    beside = classify_eye_contact(times, feats)
    far = classify_eye_contact(times, [feat(yaw=35.0 + rng.uniform(-3.0, 3.0)) for _ in times])
    assert far.ratio == 0.0 and far.confidence > 0.9
    assert beside.confidence < 0.6


def test_half_open_lids_around_a_blink_are_not_a_look_down():
    closed = feat(openness=0.05, look_y=0.9)
    reopening = feat(openness=0.3, look_y=0.2 + 0.6)  # lids still low: the blendshapes read "down"
    times, feats = seq((2, feat()), (0.1, closed), (0.2, reopening), (2, feat()))
    st = states(classify_eye_contact(times, feats))
    assert AWAY not in st
    times, feats = seq((2, feat()), (1.5, feat(openness=0.3, look_y=0.8)), (2, feat()))  # a held look down
    assert states(classify_eye_contact(times, feats))[25:33] == [AWAY] * 8
