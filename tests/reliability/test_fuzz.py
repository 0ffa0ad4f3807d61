"""Fuzzed media (tests/reliability/fuzzcorpus.py, seed from REBOND_FUZZ_SEED): no traceback, no hang, and a file
missing or gaining bytes is never analysed as "complete"."""

from __future__ import annotations

import concurrent.futures
import json
import random

import pytest

from app.cli.cmd_analyze import json_names
from app.core.errors import RebondError
from app.ml import media_integrity
from app.ml.audio_decode import decode_audio
from tests.reliability.conftest import assert_no_traceback, run_cli
from tests.reliability.fuzzcorpus import IN_PLACE, STRUCTURAL, make_corpus, make_sources, seed_from_env

PER_FILE_S = 20.0  # a check of a 5 s file takes ~0.1 s; far beyond this it is hung


@pytest.fixture(scope="module")
def sources(tmp_path_factory):
    return make_sources(tmp_path_factory.mktemp("fuzz-src"), seconds=5.0)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, sources):
    return make_corpus(tmp_path_factory.mktemp("fuzz"), seed=seed_from_env(), per_kind=2, sources=sources)


def _verdict(path):
    try:
        audio = decode_audio(path, max_duration_s=600)
    except RebondError as err:
        return "refused", err.message
    res = media_integrity.check(path)
    del audio
    return ("ok" if res.ok else "flagged"), "; ".join(res.detail)


def test_intact_sources_pass_every_check(sources):
    for src in sources:
        assert _verdict(src)[0] == "ok", src


def test_damaged_files_are_refused_or_flagged_never_crash(corpus):
    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    seen = {"refused": 0, "flagged": 0, "ok": 0}
    missed = []
    try:
        for path, kind in corpus:
            fut = pool.submit(_verdict, path)
            try:
                verdict, detail = fut.result(timeout=PER_FILE_S)
            except concurrent.futures.TimeoutError:
                pytest.fail(f"{path.name} ({kind}): no answer after {PER_FILE_S} s (hang)")
            seen[verdict] += 1
            if kind in STRUCTURAL and verdict == "ok":
                missed.append(f"{path.name} ({kind})")
            assert kind in STRUCTURAL + IN_PLACE
    finally:
        pool.shutdown(wait=False)
    assert not missed, f"damaged files passing as intact (seed {seed_from_env()}): {missed}"
    assert seen["flagged"] + seen["refused"] >= len([k for _, k in corpus if k in STRUCTURAL])


@pytest.mark.slow
def test_cli_analysis_of_damaged_files(corpus, tmp_path, model_store):
    """The whole analysis on a seeded sample: one file per structural mutation and one in-place, in one run."""
    rng = random.Random(seed_from_env())
    picks = [rng.choice([p for p, k in corpus if k == kind]) for kind in STRUCTURAL]
    picks.append(rng.choice([p for p, k in corpus if k in IN_PLACE]))
    out = tmp_path / "reports"
    proc = run_cli("analyze", *map(str, picks), "--lang", "en", "--json-dir", str(out), timeout=600)
    assert_no_traceback(proc)
    names = json_names(picks)
    for path in picks[:-1]:
        report = out / names[path]
        if report.exists():  # else it was refused with a message (checked below)
            doc = json.loads(report.read_text(encoding="utf-8"))
            assert doc["status"] != "complete", f"{path.name}: {doc['status']} {doc['warnings']}"
        else:
            assert path.name in proc.stderr, proc.stderr[-2000:]
