#!/usr/bin/env bash
# One-folder build (PyInstaller) and, on Debian-like Linux, the .deb. Called by `./dev package`.
#   packaging/build.sh PYTHON        PYTHON: a Python 3.11+ interpreter
# Outputs: dist/rebond/ (the app folder), dist/rebond_<version>_<arch>.deb, and sizes on stdout.
# The build venv (build/package/venv) gets Rebond by `pip install .` (a wheel, not editable): the bundle can only
# contain what the wheel contains, and rebond.spec refuses to run if `app` would come from the checkout.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
PY=${1:?usage: packaging/build.sh PYTHON}
WORK=$ROOT/build/package
VENV=$WORK/venv
DIST=$ROOT/dist
say() { printf '\033[1m[package]\033[0m %s\n' "$*" >&2; }

start=$(date +%s)
[ -x "$VENV/bin/python" ] || { say "creating the build venv"; "$PY" -m venv "$VENV"; }
want=$( { cat "$ROOT/pyproject.toml" "$ROOT/constraints.txt"; } | sha256sum | cut -c1-16)
if [ "$want" != "$(cat "$VENV/.deps-stamp" 2>/dev/null || true)" ]; then
  say "installing Rebond's dependencies and PyInstaller into the build venv"
  # (the headless OpenCV swapped in below would otherwise sit beside the one mediapipe brings back)
  "$VENV/bin/python" -m pip uninstall --quiet --yes opencv-python-headless >/dev/null 2>&1 || true
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check -c "$ROOT/constraints.txt" "$ROOT[package]"
  echo "$want" > "$VENV/.deps-stamp"
fi
# OpenCV: mediapipe declares opencv-contrib-python (300 MB in the bundle: the contrib modules, a Qt 5 for its own
# windows, FFmpeg, OpenBLAS). Rebond's code needs one cv2.resize and mediapipe only its drawing helpers, both in the
# main headless build of the same version (160 MB). The build venv holds exactly one of them at a time.
OPENCV=opencv-python-headless==$(grep -i '^opencv-contrib-python==' "$ROOT/constraints.txt" | cut -d= -f3)
if ! "$VENV/bin/python" -m pip show --quiet opencv-python-headless >/dev/null 2>&1; then
  say "bundle OpenCV: $OPENCV in place of opencv-contrib-python"
  "$VENV/bin/python" -m pip uninstall --quiet --yes opencv-contrib-python
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps "$OPENCV"
fi
say "installing Rebond itself from a wheel of the checkout"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --force-reinstall "$ROOT"

say "PyInstaller (a few minutes on 2 cores)"
t0=$(date +%s)
rm -rf "$DIST/rebond"
# Run from the work folder, never the checkout: the checkout must not be importable during the analysis.
(cd "$WORK" && "$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
   --distpath "$DIST" --workpath "$WORK/pyinstaller" "$ROOT/packaging/rebond.spec")
# Some wheels ship their libraries with DWARF debug info: CTranslate2's extension module is 68 MB, 1.7 MB without it
# (libmediapipe: 1.2 MB less). Only the debug sections go; symbols stay, and the app was checked to run after it.
if command -v strip >/dev/null && command -v file >/dev/null; then
  find "$DIST/rebond" -type f \( -name '*.so' -o -name '*.so.*' \) -print0 | while IFS= read -r -d '' lib; do
    if file -b "$lib" | grep -q 'with debug_info'; then strip --strip-debug "$lib"; fi
  done
fi
t1=$(date +%s)
say "bundle built in $((t1 - t0)) s"

VERSION=$("$VENV/bin/python" -c 'import app; print(app.__version__)')
if [ "$(uname -s)" = Linux ] && command -v dpkg-deb >/dev/null 2>&1; then
  "$ROOT/packaging/linux/build-deb.sh" "$DIST/rebond" "$VERSION" "$DIST"
fi
end=$(date +%s)
echo "bundle: $DIST/rebond  $(du -sh "$DIST/rebond" | cut -f1) ($(du -sb "$DIST/rebond" | cut -f1) bytes)"
for deb in "$DIST"/rebond_"$VERSION"_*.deb; do
  [ -f "$deb" ] && echo "package: $deb  $(du -h "$deb" | cut -f1) ($(stat -c %s "$deb") bytes)"
done
echo "build time: PyInstaller $((t1 - t0)) s, everything $((end - start)) s"
