"""`rebond bench NAME`: benchmarks on real data (not part of the test suite). Each `app/bench/<name>.py` module
exposes `register(subparsers)`."""

from __future__ import annotations

import importlib
import pkgutil

import app.bench


def register(sub) -> None:
    parser = sub.add_parser("bench", help="measure accuracy and speed on real recordings")
    bench_sub = parser.add_subparsers(dest="bench", metavar="NAME", required=True)
    for info in sorted(pkgutil.iter_modules(app.bench.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        importlib.import_module(f"app.bench.{info.name}").register(bench_sub)
