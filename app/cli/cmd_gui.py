"""`rebond gui`: open the desktop app."""

from __future__ import annotations


def register(sub) -> None:
    parser = sub.add_parser("gui", help="open the desktop app")
    parser.set_defaults(func=_run)


def _run(args) -> int:
    from app.ui.application import run_gui

    return run_gui()
