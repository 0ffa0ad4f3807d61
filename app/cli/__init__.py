"""`rebond` command line. Each subcommand lives in `app/cli/cmd_<name>.py` and exposes `register(subparsers)`;
the handler it sets with `set_defaults(func=...)` returns an exit code. A missing module simply means that subcommand
has not landed yet."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from app import __version__
from app.core.errors import Cancelled, RebondError

# Order shown in --help.
SUBCOMMANDS = ("demo", "analyze", "practice", "sessions", "gui", "export", "models", "bench", "plan", "compare",
               "jobad")

log = logging.getLogger("rebond.cli")


def build_parser() -> argparse.ArgumentParser:
    """The full parser, with every subcommand whose module is present."""
    parser = argparse.ArgumentParser(
        prog="rebond",
        description="Rebond — practise job interviews with video self-review, on your own machine.",
    )
    parser.add_argument("--version", action="version", version=f"rebond {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="more messages on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in SUBCOMMANDS:
        try:
            module = importlib.import_module(f"app.cli.cmd_{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"app.cli.cmd_{name}":
                continue
            raise
        module.register(sub)
    return parser


def main(argv: list[str] | None = None, *, entry_point: bool | None = None) -> int:
    """Entry point of the `rebond` console script; returns the process exit code.

    `entry_point` (default: called without `argv`, as the console script and the frozen build do) means this process
    is ours alone, so native libraries' log lines on fd 2 may be filtered; tests calling `main([...])` keep fd 2.
    """
    from app.core.logging_setup import setup_logging

    parser = build_parser()
    args = parser.parse_args(argv)
    setup_logging(verbose=args.verbose, capture_native=argv is None if entry_point is None else entry_point)
    if not getattr(args, "func", None):
        parser.print_help()
        return 0
    try:
        return int(args.func(args) or 0)
    except Cancelled:
        print("Cancelled.", file=sys.stderr)
        return Cancelled.exit_code
    except RebondError as err:
        log.debug("command failed", exc_info=True)
        print(f"rebond: {err.user_text()}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # last resort: a readable line, the traceback goes to the log file
        log.exception("unexpected error")
        print(f"rebond: unexpected error ({type(exc).__name__}: {exc}). Details are in the log file.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
