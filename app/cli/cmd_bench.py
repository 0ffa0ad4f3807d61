"""`rebond bench NAME`: benchmarks on real data, for developers. The benchmark code lives in the checkout's top-level
`bench/` folder, not in the installed product; each `bench/<name>.py` module exposes `register(subparsers)`."""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

from app.core.errors import InputError

# A source checkout holds `app/` and `bench/` side by side; an installed wheel or a frozen build has no `bench/`.
_CHECKOUT = Path(__file__).resolve().parents[2]


def _bench_package():
    """The `bench` package of the checkout, or None when this Rebond was installed without it."""
    if not (_CHECKOUT / "bench" / "__init__.py").is_file():
        return None
    if str(_CHECKOUT) not in sys.path:
        sys.path.insert(0, str(_CHECKOUT))
    try:
        return importlib.import_module("bench")
    except ImportError:
        return None


def _absent(_args) -> int:
    raise InputError("The benchmarks are not part of this installation.",
                     hint="They live in the source checkout's bench/ folder: run `./dev bench ...` from a git clone.")


def register(sub) -> None:
    parser = sub.add_parser("bench", help="measure accuracy and speed on real recordings (source checkout only)")
    pkg = _bench_package()
    if pkg is None:
        parser.add_argument("rest", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
        parser.set_defaults(func=_absent)
        return
    bench_sub = parser.add_subparsers(dest="bench", metavar="NAME", required=True)
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "data" or info.ispkg:
            continue
        importlib.import_module(f"bench.{info.name}").register(bench_sub)
