"""What runs inside the spawned analysis process. Deliberately free of Qt: the child only needs the analyzer.

Messages sent to the parent over the pipe: ("progress", fraction|None, text), ("done", report_dict),
("error", user_text, kind) with kind "unavailable" | "input" | "crash".
"""

from __future__ import annotations

import ctypes
import importlib
import logging
import signal
import sys
from pathlib import Path
from typing import Any

DEFAULT_ANALYZER = "app.engine.analyze:analyze_file"
PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Linux: the kernel kills this child if the app dies, even by kill -9 (children never outlive the app)."""
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        except OSError:
            pass


def load_analyzer(spec: str):
    """Import `module:function`; raises ImportError/AttributeError when the analysis is not in this build."""
    module_name, _, attr = spec.partition(":")
    module = importlib.import_module(module_name)
    return getattr(module, attr or "analyze_file")


def child_main(conn, spec: str, media: str, kwargs: dict[str, Any]) -> None:
    """Entry point of the child process."""
    _die_with_parent()
    try:
        from app.core.logging_setup import setup_logging

        setup_logging()
    except Exception:  # logging must never stop an analysis
        pass
    log = logging.getLogger("rebond.analysis.child")
    try:
        analyzer = load_analyzer(spec)
    except (ImportError, AttributeError) as exc:
        log.warning("analyzer %s unavailable: %s", spec, exc)
        conn.send(("error", "Analysis is not available in this build of Rebond (the analysis module could not be "
                            "loaded). The recording is kept; you can analyse it once the analysis is installed.",
                   "unavailable"))
        return

    def progress(fraction, message):
        try:
            conn.send(("progress", fraction, str(message)))
        except (BrokenPipeError, OSError):
            sys.exit(1)

    try:
        if kwargs.get("calibration"):
            kwargs["calibration"] = Path(kwargs["calibration"])
        report = analyzer(Path(media), progress=progress, **kwargs)
        conn.send(("done", report))
    except Exception as exc:
        from app.core.errors import RebondError

        log.exception("analysis failed")
        if isinstance(exc, RebondError):
            conn.send(("error", exc.user_text(), "input"))
        else:
            conn.send(("error", f"The analysis stopped with an unexpected error ({type(exc).__name__}: {exc}). "
                                "The recording is kept.", "crash"))
    finally:
        conn.close()
