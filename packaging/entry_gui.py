"""Entry script of the frozen desktop app (`rebond-gui`, the menu entry and the macOS .app): `rebond gui`."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # see entry_cli.py
    import frozen_setup

    frozen_setup.prepare()
    from app.cli import main

    sys.exit(main(["gui", *sys.argv[1:]], entry_point=True))
