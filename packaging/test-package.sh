#!/usr/bin/env bash
# Acceptance checks of the built app (./dev package first). Called by `./dev package-test`. Takes minutes.
#   1. the one-folder app, copied outside the checkout, runs `rebond --version` and `rebond demo --headless` with a
#      bare environment (env -i, PATH=/usr/bin:/bin, a new HOME): models downloaded into that HOME by the app itself
#   2. the desktop app opens a window under Xvfb (time to the mapped window; screenshot in dist/)
#   3. the .deb (root only): dpkg -i, desktop entry + metainfo validate, `rebond` on PATH, demo, dpkg -r removes all
# Needs: xvfb, xdotool, x11-apps (xwd), imagemagick (convert), desktop-file-utils, appstream. Skips a step whose tool
# is missing and says so. Set REBOND_TEST_MODELS=DIR to reuse a model cache for step 3 (step 1 always downloads).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIST=$ROOT/dist
BUNDLE=$DIST/rebond
VERSION=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/app/__init__.py")
DEB=$(ls "$DIST"/rebond_"$VERSION"_*.deb 2>/dev/null | head -1 || true)
say() { printf '\033[1m[package-test]\033[0m %s\n' "$*" >&2; }
fail() { printf '[package-test] FAILED: %s\n' "$*" >&2; exit 1; }
[ -x "$BUNDLE/rebond" ] || fail "no bundle at $BUNDLE: run ./dev package first"
TMP=$(mktemp -d /tmp/rebond-package-test.XXXXXX)
trap 'rm -rf "$TMP"' EXIT
NATIVE='^(INFO: |WARNING: \[|W0000 |I0000 |E0000 |qt\.multimedia\.)'

say "1. bare environment, outside the checkout: $TMP/rebond"
cp -a "$BUNDLE" "$TMP/rebond"
HOME1=$TMP/home1; mkdir -p "$HOME1"
run_bare() { (cd "$TMP" && env -i PATH=/usr/bin:/bin HOME="$HOME1" "$@"); }
[ "$(run_bare "$TMP/rebond/rebond" --version)" = "rebond $VERSION" ] || fail "rebond --version"
run_bare "$TMP/rebond/rebond" models fetch > "$TMP/fetch.out" 2> "$TMP/fetch.err" || { cat "$TMP/fetch.err"; fail "models fetch"; }
t0=$(date +%s)
run_bare "$TMP/rebond/rebond" demo --headless > "$TMP/demo.out" 2> "$TMP/demo.err" \
  || { tail -20 "$TMP/demo.err"; fail "demo --headless"; }
grep -q "report: .*answer_01.report.json" "$TMP/demo.out" || { cat "$TMP/demo.out"; fail "the demo wrote no report"; }
if grep -Eq "$NATIVE" "$TMP/demo.err" "$TMP/demo.out"; then grep -E "$NATIVE" "$TMP/demo.err" | head; fail "native log lines on the console"; fi
say "   demo OK in $(( $(date +%s) - t0 )) s; console: $(wc -l < "$TMP/demo.out") lines out, $(wc -l < "$TMP/demo.err") lines err"
say "   models: $(du -sh "$HOME1/.cache/Rebond/models" | cut -f1)"

if command -v xvfb-run >/dev/null && command -v xdotool >/dev/null; then
  say "2. desktop app under Xvfb"
  cat > "$TMP/gui.sh" <<EOF
set -e
start=\$(date +%s.%N)
env -i PATH=/usr/bin:/bin HOME="$HOME1" DISPLAY="\$DISPLAY" XAUTHORITY="\${XAUTHORITY:-}" "$TMP/rebond/rebond-gui" > "$TMP/gui.out" 2> "$TMP/gui.err" &
pid=\$!
xdotool search --sync --onlyvisible --name "Rebond" >/dev/null
echo "window after \$(echo "\$(date +%s.%N) - \$start" | bc) s" > "$TMP/gui.time"
sleep 3
xwd -root -silent > "$TMP/gui.xwd"
kill \$pid; wait \$pid 2>/dev/null || true
EOF
  xvfb-run -a -s "-screen 0 1280x720x24" bash "$TMP/gui.sh" || fail "the GUI did not open"
  convert "$TMP/gui.xwd" "$DIST/gui-xvfb.png" 2>/dev/null || cp "$TMP/gui.xwd" "$DIST/gui-xvfb.xwd"
  say "   $(cat "$TMP/gui.time"); screenshot: $DIST/gui-xvfb.png"
  if grep -Eq "$NATIVE" "$TMP/gui.err"; then grep -E "$NATIVE" "$TMP/gui.err" | head; fail "native log lines on the GUI's stderr"; fi
else
  say "2. skipped: install xvfb and xdotool"
fi

if [ -n "$DEB" ] && [ "$(id -u)" = 0 ]; then
  say "3. $DEB"
  dpkg-query -W rebond >/dev/null 2>&1 && fail "rebond is already installed: dpkg -r rebond first"
  apt-get install -y -qq "$DEB" >/dev/null 2>&1 || dpkg -i "$DEB" >/dev/null || fail "dpkg -i"
  dpkg -L rebond > "$TMP/files"
  [ "$(command -v rebond)" = /usr/bin/rebond ] || fail "rebond is not on PATH"
  desktop-file-validate /usr/share/applications/org.rebond.Rebond.desktop || fail "desktop entry"
  appstreamcli validate --no-net /usr/share/metainfo/org.rebond.Rebond.metainfo.xml >/dev/null || fail "metainfo"
  HOME3=$TMP/home3; mkdir -p "$HOME3"
  models=()
  [ -n "${REBOND_TEST_MODELS:-}" ] && models=(REBOND_MODEL_DIR="$REBOND_TEST_MODELS")
  [ -n "${REBOND_TEST_MODELS:-}" ] || models=(REBOND_MODEL_DIR="$HOME1/.cache/Rebond/models")
  (cd "$TMP" && env -i PATH=/usr/bin:/bin HOME="$HOME3" "${models[@]}" rebond demo --headless > "$TMP/deb-demo.out" 2> "$TMP/deb-demo.err") \
    || { tail "$TMP/deb-demo.err"; fail "demo from PATH"; }
  grep -q "report: .*answer_01.report.json" "$TMP/deb-demo.out" || fail "demo from PATH wrote no report"
  dpkg -r rebond >/dev/null
  left=0
  while read -r f; do
    [ -d "$f" ] && [ ! -L "$f" ] && continue  # shared directories (/usr/bin, /usr/share/...) stay
    if [ -e "$f" ] || [ -L "$f" ]; then echo "left behind: $f" >&2; left=$((left + 1)); fi
  done < "$TMP/files"
  [ -e /opt/rebond ] && { echo "left behind: /opt/rebond" >&2; left=$((left + 1)); }
  [ "$left" = 0 ] || fail "$left files left after dpkg -r"
  say "   installed $(wc -l < "$TMP/files") paths, demo from PATH OK, dpkg -r removed every file"
else
  say "3. skipped: needs root and $DIST/rebond_${VERSION}_*.deb"
fi
say "all checks passed"
