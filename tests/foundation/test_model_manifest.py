import pytest

from app.core.errors import InputError
from app.ml.model_manifest import load_manifest, parse_manifest

SHA = "a" * 64


def test_shipped_manifest_has_every_default_model_pinned():
    specs = load_manifest()
    defaults = {m.id for m in specs.values() if m.default}
    assert {"face_landmarker", "pose_landmarker_lite", "pose_landmarker_full", "whisper-base",
            "whisper-tiny.en"} <= defaults
    for model_id in defaults:
        spec = specs[model_id]
        assert spec.pinned and spec.size and spec.size > 1000
        assert [s.type for s in spec.sources] == ["url", "pypi"], "official source first, registry carrier second"


def test_split_model_lists_both_parts_in_order():
    spec = load_manifest()["whisper-base"]
    pypi = spec.sources[1]
    assert pypi.members["model.bin"][0].endswith("part1") and pypi.members["model.bin"][1].endswith("part2")


def test_online_only_models_are_listed_but_not_pinned():
    spec = load_manifest()["whisper-small"]
    assert not spec.default and not spec.pinned


@pytest.mark.parametrize(
    "text, message",
    [
        ("[[model]]\nid='x'\nkind='blob'\nfiles=[{name='a', sha256='" + SHA + "'}]", "kind"),
        ("[[model]]\nid='x'\nfiles=[{name='a'}, {name='b'}]", "exactly one"),
        ("[[model]]\nid='x'\nfiles=[{name='a'}]\nsources=[{type='ftp'}]", "unknown source"),
        ("[[model]]\nid='x'\nfiles=[{name='a'}]\nsources=[{type='pypi', wheels=['w==1'], members={}}]", "does not provide"),
        ("[[model]]\nid='x'\nfiles=[{name='a'}]\n[[model]]\nid='x'\nfiles=[{name='a'}]", "duplicate"),
        ("[[model]]\nfiles=[{name='a'}]", "incomplete"),
        ("this is = = not toml", "TOML"),
    ],
)
def test_malformed_manifests_are_rejected_with_a_reason(text, message):
    with pytest.raises(InputError, match=message):
        parse_manifest(text)
