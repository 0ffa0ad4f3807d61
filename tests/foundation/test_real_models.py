"""One real load of each default model (needs `rebond models fetch`; see the model_store fixture)."""

import os

import numpy as np
import pytest

from app.core.paths import resource

TESTS_DATA = os.path.join(os.path.dirname(__file__), "..", "data")


def test_offline_flags_are_set_before_whisper_loads():
    import app.ml.whisper_loader  # noqa: F401

    assert os.environ["HF_HUB_OFFLINE"] == "1"


@pytest.mark.models
def test_whisper_base_transcribes_a_small_clip_offline(model_store):
    from app.ml.whisper_loader import load_whisper

    model = load_whisper("whisper-base")
    segments, info = model.transcribe(os.path.join(TESTS_DATA, "hello_en.ogg"), language="en", beam_size=1)
    text = " ".join(s.text for s in segments).lower()
    assert "hello" in text and "my name is alex" in text
    assert info.duration == pytest.approx(2.9, abs=1.0)


@pytest.mark.models
def test_whisper_tiny_en_loads(model_store):
    from app.ml.whisper_loader import load_whisper

    model = load_whisper("whisper-tiny.en")
    segments, _ = model.transcribe(os.path.join(TESTS_DATA, "hello_en.ogg"), beam_size=1)
    assert "my name is" in " ".join(s.text for s in segments).lower()


def _image():
    import cv2

    bgr = cv2.imread(str(resource("demo", "astronaut.jpg")))
    assert bgr is not None
    return np.ascontiguousarray(bgr[:, :, ::-1])


@pytest.mark.models
def test_face_landmarker_finds_the_astronaut_face(model_store):
    import mediapipe as mp
    from mediapipe.tasks.python import vision
    from mediapipe.tasks.python.core.base_options import BaseOptions

    options = vision.FaceLandmarkerOptions(
        base_options=BaseOptions(model_asset_path=str(model_store.resolve("face_landmarker"))),
        output_face_blendshapes=True, num_faces=1)
    with vision.FaceLandmarker.create_from_options(options) as landmarker:
        result = landmarker.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=_image()))
    assert len(result.face_landmarks) == 1
    assert len(result.face_landmarks[0]) == 478
    assert len(result.face_blendshapes[0]) == 52


@pytest.mark.models
@pytest.mark.parametrize("model_id", ["pose_landmarker_lite", "pose_landmarker_full"])
def test_pose_landmarker_finds_shoulders(model_store, model_id):
    import mediapipe as mp
    from mediapipe.tasks.python import vision
    from mediapipe.tasks.python.core.base_options import BaseOptions

    options = vision.PoseLandmarkerOptions(
        base_options=BaseOptions(model_asset_path=str(model_store.resolve(model_id))))
    with vision.PoseLandmarker.create_from_options(options) as landmarker:
        result = landmarker.detect(mp.Image(image_format=mp.ImageFormat.SRGB, data=_image()))
    assert len(result.pose_landmarks) == 1
    left, right = result.pose_landmarks[0][11], result.pose_landmarks[0][12]
    assert left.x > right.x  # image-left is the person's right shoulder


@pytest.mark.models
def test_face_tracker_fast_result_path_matches_mediapipes_own(model_store):
    """FaceTracker reads MediaPipe's C result with numpy (app.ml.face_landmarker._detect_for_video_arrays); the
    observations must be those of mediapipe's public `detect_for_video`, face and no-face frames alike."""
    from app.ml.face_landmarker import FaceTracker

    face = _image()
    frames = [face, np.roll(face, 6, axis=1), np.zeros_like(face), face]
    fast, slow = FaceTracker(model_store.resolve("face_landmarker")), FaceTracker(model_store.resolve("face_landmarker"))
    slow._fast = False
    try:
        assert fast._fast, "mediapipe's private result API changed: the fast path is off (see face_landmarker.py)"
        for i, rgb in enumerate(frames):
            a, b = fast.process(rgb, i * 0.1), slow.process(rgb, i * 0.1)
            assert a.n_faces == b.n_faces == (1 if rgb.any() else 0)
            if not a.n_faces:
                assert a.landmarks_px is None and b.landmarks_px is None
                continue
            assert a.landmarks_px.shape == (478, 3) and a.landmarks_px.dtype == np.float32
            np.testing.assert_allclose(a.landmarks_px, b.landmarks_px, rtol=0, atol=1e-3)
            assert a.blendshapes.keys() == b.blendshapes.keys() and len(a.blendshapes) == 52
            np.testing.assert_allclose([a.blendshapes[k] for k in b.blendshapes], list(b.blendshapes.values()),
                                       atol=1e-6)
            np.testing.assert_allclose(a.matrix, b.matrix, atol=1e-6)
            np.testing.assert_allclose(a.bbox, b.bbox, atol=1e-7)
            assert a.area_frac == pytest.approx(b.area_frac)
    finally:
        fast.close()
        slow.close()
