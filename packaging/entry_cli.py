"""Entry script of the frozen `rebond` command (PyInstaller runs this file, not app/cli)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The analysis child is a spawned process: in a frozen build it is this same executable, started with
    # multiprocessing's own arguments, and freeze_support() turns it into the child instead of a second CLI.
    multiprocessing.freeze_support()
    import frozen_setup

    frozen_setup.prepare()
    from app.cli import main

    sys.exit(main(entry_point=True))
