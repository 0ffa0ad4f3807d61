"""Real clips (../shared/data): the streamed report agrees with `analyze_file` within the tolerances of issue 7
(word timing +-0.1 s, eye-contact ratio +-0.02, identical filler counts). Skips without the shared data.

lp_d20.mp4 is spoken in Mandarin (Whisper base: zh 0.987, en 0.005). Forced into English, Whisper translated it
into a sentence that changed with the slightest difference in the audio (the live feed is resampled once more, via
48 kHz): "My name is Zhang Bao. I've always been in a big business family..." live against "I'm called Zhang Bao.
I've never been in a house like this..." offline, 6 of 16 words shared on one machine and all of them on another.
Both paths now agree on what is true: the answer is in a language Rebond does not analyse."""

from __future__ import annotations

import pytest

CLIPS = {"vid_talk_aoc.mp4": None, "vid_talk_katiehill.mp4": None, "lp_d20.mp4": "other_language"}


@pytest.mark.parametrize("name", sorted(CLIPS))
def test_streamed_agrees_with_offline_on_real_clips(model_store, shared_data, name):
    from app.engine.analyze import analyze_file
    from app.engine.live import LiveAnalysis
    from app.engine.live_compare import compare_reports
    from bench._latency_video import feed_file

    clip = shared_data / "video" / name
    if not clip.exists():
        pytest.skip(f"{name} not in the shared data")
    session = LiveAnalysis(lang="auto")
    feed_file(session, clip, speed=1.0)  # wall-clock pacing, as the camera delivers it
    live = session.finish(clip)
    offline = analyze_file(clip, lang="auto")
    cmp = compare_reports(live, offline)
    assert cmp["ok"], cmp
    codes = [sorted(w["code"] for w in r["warnings"]) for r in (live, offline)]
    if CLIPS[name] is None:
        assert cmp["word_time_within_tol"] == cmp["words_matched"] > 0, cmp
        assert codes[0] == codes[1], codes
    else:
        assert cmp["words_live"] == cmp["words_offline"] == 0, cmp
        assert all(CLIPS[name] in c for c in codes), codes
        assert live["tips"] == [] or all(t.get("domain") != "speech" for t in live["tips"])
