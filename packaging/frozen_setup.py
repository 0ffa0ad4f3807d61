"""Process set-up shared by the frozen entry scripts (entry_cli.py, entry_gui.py); not used by a pip install."""

import os
import sys


def prepare() -> None:
    """Settings a desktop launcher or `env -i` may not give the frozen app.

    - Qt wants a UTF-8 locale and says so on stderr when LANG/LC_* are unset (a bare environment, some launchers);
      C.UTF-8 is what Qt would switch to anyway, so choose it first and keep the console quiet.
    - PyInstaller's matplotlib hook points MPLCONFIGDIR at a new temporary folder on every start, so matplotlib rebuilt
      its font cache at each launch (4 s measured, in each process); a folder in Rebond's cache keeps it.
    """
    if not any(os.environ.get(k) for k in ("LC_ALL", "LC_CTYPE", "LANG")) and sys.platform.startswith("linux"):
        os.environ["LC_CTYPE"] = "C.UTF-8"
    import platformdirs

    os.environ["MPLCONFIGDIR"] = os.path.join(platformdirs.user_cache_dir("Rebond", "Rebond"), "matplotlib")
