"""`rebond gui [--fake-camera FILE] [--data-dir DIR]`: open the desktop app."""

from __future__ import annotations

from app.cli._common import add_data_dir, add_fake_camera, apply_data_dir, exit_now, fake_camera


def register(sub) -> None:
    parser = sub.add_parser("gui", help="open the desktop app")
    add_fake_camera(parser)
    add_data_dir(parser)
    parser.set_defaults(func=_run)


def _run(args) -> int:
    apply_data_dir(args)
    cam = fake_camera(args)
    from app.ui.application import run_gui

    return exit_now(run_gui(fake_camera=cam))
