"""No network traffic from a real analysis or a headless practice: every connect/sendto/sendmmsg system call of the
process tree is traced (strace -f) and any non-loopback address, DNS query or nscd lookup fails the test.

MediaPipe's wheels carry a usage logger that posts to play.googleapis.com (3 DNS lookups per video analysis before
app.ml.no_telemetry); this is the check that it stays silent. Skips, saying why, where strace is missing or may not
trace (containers without ptrace); `./dev` does not install strace, so CI runs it only where the image has it."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from tests.reliability.conftest import assert_no_traceback, run_cli
from tests.reliability.fuzzcorpus import make_sources

_ADDR = re.compile(r"sa_family=(AF_INET6?)[^}]*?(?:inet_addr\(\"([^\"]+)\"\)|inet_pton\(AF_INET6, \"([^\"]+)\")")


def violations(trace: str) -> list[str]:
    """Lines of an strace log that reach beyond this machine (or ask a resolver)."""
    bad = []
    for line in trace.splitlines():
        if not re.search(r"\b(connect|sendto|sendmmsg|sendmsg)\(", line):
            continue
        if "nscd/socket" in line:  # a name lookup through the name-service cache daemon
            bad.append(line)
            continue
        remote = any(not ((a := m.group(2) or m.group(3) or "").startswith("127.") or a in ("::1", "::ffff:127.0.0.1"))
                     for m in _ADDR.finditer(line))
        if remote or "htons(53)" in line:
            bad.append(line)
    return bad


def _strace_or_skip(tmp_path) -> list[str]:
    exe = shutil.which("strace")
    if exe is None:
        pytest.skip("strace is not installed (apt-get install strace) — the network check cannot run here")
    probe = subprocess.run([exe, "-f", "-o", str(tmp_path / "probe.txt"), "true"], capture_output=True, text=True)
    if probe.returncode != 0:
        pytest.skip(f"strace cannot trace here ({probe.stderr.strip()[:200]})")
    return [exe, "-f", "-qq", "-e", "trace=connect,sendto,sendmmsg,sendmsg", "-e", "signal=none"]


def test_violations_parser_sees_dns_and_remote_hosts():
    dns = ('9 connect(9, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0')
    https = ('9 connect(7, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), '
             'inet_pton(AF_INET6, "2a00:1450::1", &sin6_addr), sin6_scope_id=0}, 28) = -1')
    local = ('9 connect(9, {sa_family=AF_INET, sin_port=htons(9), sin_addr=inet_addr("127.0.0.1")}, 16) = -1')
    unix = '9 connect(3, {sa_family=AF_UNIX, sun_path="/run/user/0/pulse/native"}, 110) = -1'
    assert violations("\n".join([dns, https, local, unix])) == [dns, https]


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    """5 s of speech over a moving gradient (no face): MediaPipe runs, Whisper runs."""
    return make_sources(tmp_path_factory.mktemp("net"), seconds=5.0)


@pytest.mark.slow
def test_video_analysis_makes_no_network_lookup(tmp_path, clip, model_store):
    cmd = _strace_or_skip(tmp_path)
    trace = tmp_path / "trace.txt"
    mp4 = clip[0]
    proc = _traced_cli(cmd, trace, "analyze", str(mp4), "--lang", "en", "--json-dir", str(tmp_path / "out"))
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    bad = violations(trace.read_text())
    assert not bad, "network traffic during analysis:\n" + "\n".join(bad[:10])
    report = json.loads((tmp_path / "out" / f"{mp4.stem}.json").read_text(encoding="utf-8"))
    # speech and no face: not "complete" (the face sections are all empty)
    assert report["status"] == "partial"
    assert {"no_face"} & {w["code"] for w in report["warnings"]}
    assert report["transcript"] and report["transcript"]["text"].strip()


@pytest.mark.slow
def test_headless_practice_makes_no_network_lookup(tmp_path, clip, model_store):
    cmd = _strace_or_skip(tmp_path)
    trace = tmp_path / "trace.txt"
    proc = _traced_cli(cmd, trace, "practice", "--headless", "--fake-camera", str(clip[1]), "--fast",
                       "--data-dir", str(tmp_path / "data"))
    assert_no_traceback(proc)
    assert proc.returncode == 0, proc.stderr[-2000:]
    bad = violations(trace.read_text())
    assert not bad, "network traffic during practice:\n" + "\n".join(bad[:10])
    listing = run_cli("sessions", "--data-dir", str(tmp_path / "data"), "list", "--json")
    answers = [a for s in json.loads(listing.stdout)["sessions"] for a in s["answers"]]
    assert answers and all(a["status"] == "done" for a in answers), answers


def _traced_cli(cmd: list[str], trace, *args: str) -> subprocess.CompletedProcess:
    import os
    import sys

    from tests.reliability.conftest import ROOT

    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run([*cmd, "-o", str(trace), sys.executable, "-m", "app.cli", *args], capture_output=True,
                          text=True, env=env, timeout=600, cwd=ROOT)
