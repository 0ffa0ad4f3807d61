#!/usr/bin/env bash
# Debian package from the one-folder build:  packaging/linux/build-deb.sh DIST/rebond VERSION OUTDIR
# Layout: /opt/rebond/ (the PyInstaller folder), /usr/bin/rebond and /usr/bin/rebond-gui (symlinks), the desktop entry,
# icons (SVG + PNG sizes) in hicolor, AppStream metainfo, and /usr/share/doc/rebond/ (copyright + notices + licence
# texts). Every file belongs to the package, so `dpkg -r rebond` removes them all; the app writes nothing under /opt.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PKG=$(cd "$HERE/.." && pwd)
ROOT=$(cd "$PKG/.." && pwd)
BUNDLE=${1:?bundle folder}
VERSION=${2:?version}
OUT=${3:?output folder}
ARCH=$(dpkg --print-architecture)
ID=org.rebond.Rebond
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT

install -d "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" "$STAGE/usr/share/metainfo" \
  "$STAGE/usr/share/doc/rebond" "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/DEBIAN"
cp -a "$BUNDLE" "$STAGE/opt/rebond"
ln -s /opt/rebond/rebond "$STAGE/usr/bin/rebond"
ln -s /opt/rebond/rebond-gui "$STAGE/usr/bin/rebond-gui"
install -m 644 "$HERE/$ID.desktop" "$STAGE/usr/share/applications/$ID.desktop"
install -m 644 "$HERE/$ID.metainfo.xml" "$STAGE/usr/share/metainfo/$ID.metainfo.xml"
install -m 644 "$PKG/icons/rebond.svg" "$STAGE/usr/share/icons/hicolor/scalable/apps/$ID.svg"
for size in 16 24 32 48 64 128 256 512; do
  install -d "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps"
  install -m 644 "$PKG/icons/rebond-$size.png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/$ID.png"
done
install -m 644 "$HERE/copyright" "$STAGE/usr/share/doc/rebond/copyright"
install -m 644 "$ROOT/THIRD_PARTY_NOTICES.md" "$ROOT/LICENSE" "$STAGE/usr/share/doc/rebond/"
cp -r "$PKG/licenses" "$STAGE/usr/share/doc/rebond/licenses"
chmod -R u=rwX,go=rX "$STAGE/opt" "$STAGE/usr"

# Qt's xcb platform plugin and Qt Multimedia load these system libraries at run time; the PySide6 wheels (and so the
# bundle) do not carry them. Names are Debian 12 / Ubuntu 22.04+ packages (the same list ./dev installs).
DEPENDS="libc6 (>= 2.28), libegl1, libgl1, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0,
 libdbus-1-3, libglib2.0-0, libx11-xcb1, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0,
 libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0, libxcb-xkb1"
INSTALLED_KB=$(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
cat > "$STAGE/DEBIAN/control" <<EOF
Package: rebond
Version: $VERSION
Architecture: $ARCH
Maintainer: Rebond developers <rebond@localhost>
Installed-Size: $INSTALLED_KB
Depends: $(echo "$DEPENDS" | tr -d '\n')
Recommends: libpulse0, xdg-utils
Section: education
Priority: optional
Description: practise job interviews with video self-review, offline
 Rebond asks behavioural interview questions (French or English), records the
 answer from the webcam and microphone, and shows it back with eye contact,
 posture, filler words, pace, voice, hedging and STAR structure marked.
 Everything runs on this computer; analysis models are downloaded once and
 verified by sha256. This binary package bundles GPL components and is
 distributed under GPL-3.0-or-later (see /usr/share/doc/rebond/copyright).
EOF
# Menus and icon caches refresh through the desktop's triggers (desktop-file-utils, hicolor-icon-theme); nothing to
# run by hand, and no maintainer scripts means nothing is left behind on removal.
mkdir -p "$OUT"
DEB="$OUT/rebond_${VERSION}_${ARCH}.deb"
# zstd level 9 by default: measured on 187 MB of the bundle's libraries, zstd -9 gave 64.1 MB in 6 s of CPU and xz -6
# 51.0 MB in 115 s (on the shared 2-core build machine a full xz build took over half an hour). DEB_COMPRESSION=xz for
# the smaller file. zstd needs dpkg >= 1.21.18 (Debian 12, Ubuntu 21.10 and later), which the Depends line targets.
case "${DEB_COMPRESSION:-zstd}" in
  xz) compress=(-Zxz -z6) ;;
  zstd) compress=(-Zzstd -z9) ;;
  *) echo "DEB_COMPRESSION must be zstd or xz" >&2; exit 2 ;;
esac
dpkg-deb --root-owner-group "${compress[@]}" --threads-max=2 --build "$STAGE" "$DEB" >/dev/null
echo "$DEB"
