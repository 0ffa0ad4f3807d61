"""Keep MediaPipe's built-in usage logger from reaching the network.

Why this exists: the MediaPipe 1.2.x wheels (built inside Google, not from the open-source tree) link an HTTP usage
logger into `libmediapipe.so` (`mediapipe::tasks::core::logging::google_internal::HttpLoggingClient`, a libcurl
client posting to Clearcut at play.googleapis.com; upstream report google-ai-edge/mediapipe#6291). There is no
supported switch: the Python `BaseOptions` has no such field, the C API exports none (`nm -D`), and the disassembly
of `CreateTasksLogger` shows the HTTP logger is always built (the no-op logger is only a fallback when that fails).
Setting the host environment or the CA bundle to nothing does not help either: the DNS lookup still happens.

What does work, and is ordinary documented libcurl behaviour: libcurl takes its proxy from the `https_proxy` /
`HTTPS_PROXY` / `all_proxy` environment variables at each transfer. Pointing them at a closed loopback port makes the
uploader's single attempt fail locally: measured with `strace -f -e trace=connect,sendto,sendmmsg`, a video analysis
makes 0 DNS lookups and 0 non-loopback connections instead of 3 lookups of play.googleapis.com
(tests/reliability/test_no_network.py keeps that true).

The variables are process-wide, so the user's own proxy settings are kept aside first (`user_proxies()`, also
handed to child processes through `REBOND_USER_PROXIES`); the model download, the only code of Rebond that is meant
to use the network, uses them explicitly (app.ml.model_store).
"""

from __future__ import annotations

import json
import os
import threading

#: A loopback address nothing listens on (port 9 is the old "discard" service, closed on desktop systems). Even if a
#: local program listened there, it would only see an encrypted CONNECT attempt: nothing leaves the machine.
BLACKHOLE_PROXY = "http://127.0.0.1:9"
#: The variables libcurl reads (lower-case `http_proxy` only: upper-case HTTP_PROXY is ignored by curl for CGI safety).
PROXY_VARS = ("https_proxy", "HTTPS_PROXY", "http_proxy", "all_proxy", "ALL_PROXY")
#: Variables that would let libcurl bypass the proxy for some hosts ("*" bypasses it for every host).
NO_PROXY_VARS = ("no_proxy", "NO_PROXY")
#: Where the user's own proxy variables travel to child processes once this process is sealed.
SAVED_ENV = "REBOND_USER_PROXIES"

_lock = threading.Lock()


def _capture() -> dict[str, str]:
    saved = os.environ.get(SAVED_ENV)
    if saved:
        try:
            value = json.loads(saved)
            if isinstance(value, dict):
                return {str(k): str(v) for k, v in value.items()}
        except ValueError:
            pass
    return {k: os.environ[k] for k in (*PROXY_VARS, "HTTP_PROXY", *NO_PROXY_VARS) if k in os.environ}


#: The proxy variables as the user set them, captured when this module is first imported (before any sealing).
_USER = _capture()


def user_proxies() -> dict[str, str]:
    """The user's own proxy variables (name -> value), as they were before `block_native_uploads()`."""
    return dict(_USER)


def user_environ() -> dict[str, str]:
    """A copy of the environment with the user's proxy settings restored (for a child that may use the network)."""
    env = {k: v for k, v in os.environ.items() if k not in (*PROXY_VARS, "HTTP_PROXY", *NO_PROXY_VARS, SAVED_ENV)}
    env.update(_USER)
    return env


def is_sealed() -> bool:
    return all(os.environ.get(k) == BLACKHOLE_PROXY for k in PROXY_VARS) and not any(
        os.environ.get(k) for k in NO_PROXY_VARS)


def block_native_uploads() -> None:
    """Route every libcurl transfer of this process (and of its children) to a closed loopback port. Idempotent;
    called before any model is loaded (`ModelStore.resolve`)."""
    if os.environ.get("REBOND_ALLOW_NATIVE_TELEMETRY") == "1":  # a developer's escape hatch, never set by Rebond
        return
    with _lock:
        if is_sealed():
            return
        os.environ[SAVED_ENV] = json.dumps(_USER)
        for k in NO_PROXY_VARS:
            os.environ.pop(k, None)
        for k in PROXY_VARS:
            os.environ[k] = BLACKHOLE_PROXY
