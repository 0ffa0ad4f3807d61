"""Logging to a rotating file in the user log dir (and warnings to stderr), and a quiet console.

MediaPipe, LiteRT/TFLite, absl and Qt Multimedia write their own log lines straight to file descriptor 2 from native
code ("INFO: [accelerator_registry.cc:54] ...", "W0000 00:00:... inference_feedback_manager.cc:121] ...",
"qt.multimedia.symbolsresolver: ..."): measured on the demo, 69 such lines on stderr for 20 lines of Rebond output.
Environment variables do not cover them all (LiteRT's "INFO: [...]" lines ignore GLOG_minloglevel and
TF_CPP_MIN_LOG_LEVEL, and they are printed while the models load and on the first inference, from MediaPipe's own
threads). So the entry point moves fd 2 onto a pipe for the whole process: a filter sends every line to the log
file, and passes to the terminal whatever is not known noise (a crash message, an unexpected library error).
Python's own `sys.stderr` keeps pointing at the terminal. Child processes inherit the pipe, so the analysis child is
quiet too. With `-v` every line reaches the terminal as before.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import re
import sys
import threading
import time

from app.core.paths import log_dir

_configured = False
_native_capture: _NativeStderr | None = None
NATIVE_LOGGER = "rebond.native"

#: Line shapes of the native libraries' own logging, which mean nothing to a user. Anything else still reaches the
#: terminal. Sources: absl/glog prefix `W0000 00:00:1796398580.196816   29498 file.cc:121]` (severity letter, date,
#: time, thread id); LiteRT/TFLite `INFO: [file.cc:54] ...`, `WARNING: [file.cc:402] ...`, `INFO: Created TensorFlow
#: Lite XNNPACK delegate`; absl's `WARNING: Logging before InitGoogle() is written to STDERR`; Qt Multimedia's
#: `qt.multimedia.ffmpeg:` / `qt.multimedia.symbolsresolver:` category messages (FFmpeg version, missing VA-API), and
#: its `PulseAudioService: pa_context_connect() failed` where no sound server runs (the app says "no microphone").
NATIVE_NOISE = re.compile(
    r"^(?:[IWE]\d{4} \d\d:\d\d:[\d.]+\s+\d+ [\w./-]+:\d+\]"
    r"|INFO: "
    r"|WARNING: \[[\w./-]+:\d+\]"
    r"|WARNING: Logging before InitGoogle"
    r"|WARNING: All log messages before absl::InitializeLog"
    r"|qt\.multimedia\."
    r"|PulseAudioService: )"
)


class _ConsoleFormatter(logging.Formatter):
    """One line per message on the console: tracebacks go to the log file only (a user never sees a Python stack;
    `-v` shows them for a developer)."""

    def __init__(self, fmt: str, *, tracebacks: bool) -> None:
        super().__init__(fmt)
        self.tracebacks = tracebacks

    def format(self, record: logging.LogRecord) -> str:
        if self.tracebacks or not (record.exc_info or record.stack_info):
            return super().format(record)
        plain = logging.makeLogRecord(record.__dict__)
        plain.exc_info = plain.exc_text = plain.stack_info = None
        return super().format(plain)


def is_native_noise(line: str) -> bool:
    """True for a native library's routine log line (kept in the log file, not shown on the console)."""
    return bool(NATIVE_NOISE.match(line))


def setup_logging(verbose: bool = False, capture_native: bool = False) -> None:
    """Idempotent: a rotating `rebond.log` (1 MB x 3) plus stderr at WARNING (INFO with `verbose`).

    `capture_native` (the real entry points only, never inside a test process) routes fd 2 through the noise filter
    described in the module docstring.
    """
    global _configured
    if _configured:
        return
    _configured = True
    if capture_native:
        _start_native_capture(verbose)
    root = logging.getLogger()
    root.setLevel(logging.DEBUG)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(processName)s %(name)s: %(message)s")
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / "rebond.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
        handler.setFormatter(fmt)
        handler.setLevel(logging.DEBUG)
        root.addHandler(handler)
    except OSError as exc:  # a read-only home must not stop the app
        logging.getLogger(__name__).warning("File logging disabled: %s", exc)
    console = logging.StreamHandler()  # sys.stderr, which stays on the terminal when fd 2 is captured
    console.setLevel(logging.INFO if verbose else logging.WARNING)
    console.setFormatter(_ConsoleFormatter("%(levelname)s: %(message)s", tracebacks=verbose))
    # matplotlib warns "Matplotlib is building the font cache; this may take a moment." on a first run: routine, kept
    # in the log file only.
    console.addFilter(lambda record: verbose or not record.name.startswith("matplotlib") or record.levelno >= logging.ERROR)
    root.addHandler(console)


class _NativeStderr:
    """fd 2 -> pipe -> filter -> (log file, and the terminal for lines that are not noise).

    On POSIX the filter is a forked process, made before Rebond starts any thread: when the app dies abruptly (Qt's
    "could not load the Qt platform plugin" then abort(), a segfault in native code) the filter still drains the pipe
    and the reason reaches the terminal; a reader thread would die with the process and lose exactly those lines.
    Elsewhere (Windows) a reader thread does the same job.
    """

    def __init__(self, verbose: bool) -> None:
        self.verbose = verbose
        self.terminal_fd = os.dup(2)
        try:
            self.log_path: str | None = str(log_dir() / "rebond.log")
        except Exception:  # noqa: BLE001 (no usable log dir: the lines only go to the terminal)
            self.log_path = None
        read_fd, write_fd = os.pipe()
        sys.stderr.flush()
        if hasattr(os, "fork"):
            pid = os.fork()
            if pid == 0:  # the filter process
                try:
                    os.close(write_fd)
                    import signal

                    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C stops the app; the filter ends at EOF
                    self._pump(read_fd)
                finally:
                    os._exit(0)
            os.close(read_fd)
        else:
            threading.Thread(target=self._pump, args=(read_fd,), name="native-stderr", daemon=True).start()
        os.dup2(write_fd, 2)
        os.close(write_fd)
        # Python-level writes (our console handler, tracebacks, warnings) go straight to the terminal, unfiltered.
        sys.stderr = open(self.terminal_fd, "w", encoding="utf-8", errors="backslashreplace", buffering=1, closefd=False)  # noqa: SIM115

    def _pump(self, read_fd: int) -> None:
        pending = b""
        while True:
            try:
                chunk = os.read(read_fd, 65536)
            except InterruptedError:
                continue
            except OSError:
                chunk = b""
            if not chunk:
                if pending:
                    self._lines([pending])
                return
            pending += chunk
            *lines, pending = pending.split(b"\n")
            self._lines(lines)

    def _lines(self, lines: list[bytes]) -> None:
        to_log, to_terminal = [], []
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        for raw in lines:
            line = raw.decode("utf-8", errors="replace").rstrip("\r")
            if not line:
                continue
            noise = is_native_noise(line)
            to_log.append(f"{stamp} {'DEBUG' if noise else 'INFO'} native {NATIVE_LOGGER}: {line}\n")
            if self.verbose or not noise:
                to_terminal.append(raw + b"\n")
        if to_terminal:
            try:
                os.write(self.terminal_fd, b"".join(to_terminal))
            except OSError:
                pass
        if to_log and self.log_path:
            # Appended by path each time, not through a kept-open handle: the main process's RotatingFileHandler may
            # have renamed the file since; O_APPEND keeps whole lines whole beside its writes.
            try:
                fd = os.open(self.log_path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
                try:
                    os.write(fd, "".join(to_log).encode("utf-8"))
                finally:
                    os.close(fd)
            except OSError:
                pass


def _start_native_capture(verbose: bool) -> None:
    global _native_capture
    if _native_capture is not None or sys.stderr is None:  # a Windows GUI build has no stderr at all
        return
    try:
        os.fstat(2)
        log_dir().mkdir(parents=True, exist_ok=True)
    except (OSError, ValueError):
        return
    try:
        _native_capture = _NativeStderr(verbose)
    except (OSError, ValueError) as exc:
        logging.getLogger(__name__).debug("native stderr left as is: %s", exc)
