"""`python -m app` starts the GUI (same as `rebond gui`)."""

import sys


def main() -> int:
    from app.cli import main as cli_main

    return cli_main(["gui", *sys.argv[1:]], entry_point=True)


if __name__ == "__main__":
    sys.exit(main())
