"""What the packages say about Rebond: desktop entry, AppStream metainfo, icons, macOS usage strings, licence, and
the package data a wheel must carry. Fast checks of the files; building the packages is `./dev package`."""

from __future__ import annotations

import ast
import configparser
import shutil
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "packaging"
APP_ID = "org.rebond.Rebond"
DESKTOP = PKG / "linux" / f"{APP_ID}.desktop"
METAINFO = PKG / "linux" / f"{APP_ID}.metainfo.xml"


def _desktop() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry():
    entry = _desktop()
    assert entry["Type"] == "Application" and entry["Terminal"] == "false"
    assert entry["Exec"].split()[0] == "rebond" and "gui" in entry["Exec"]
    assert entry["Icon"] == APP_ID  # the icon files are installed under this name
    assert "Education" in entry["Categories"].split(";")
    assert entry["Comment[fr]"] and entry["GenericName[fr]"]


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils not installed")
def test_desktop_entry_validates():
    proc = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_metainfo_content():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("project_license") == "GPL-3.0-or-later"  # the bundle's licence (THIRD_PARTY_NOTICES.md)
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.find("provides/binary").text == "rebond"
    from app import __version__

    assert root.find("releases/release").get("version") == __version__


@pytest.mark.skipif(not shutil.which("appstreamcli"), reason="appstream not installed")
def test_metainfo_validates():
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_icon_pngs_have_their_size(size):
    assert _png_size(PKG / "icons" / f"rebond-{size}.png") == (size, size)


def test_icon_svg_is_square_svg():
    root = ET.parse(PKG / "icons" / "rebond.svg").getroot()
    assert root.tag.endswith("svg") and root.get("viewBox") == "0 0 256 256"


def _info_plist() -> dict:
    tree = ast.parse((PKG / "rebond.spec").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "info_plist":
            plist = {}
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                try:
                    plist[ast.literal_eval(key)] = ast.literal_eval(value)
                except ValueError:  # computed at build time (the version)
                    plist[ast.literal_eval(key)] = None
            return plist
    raise AssertionError("no info_plist in rebond.spec")


def test_macos_usage_strings():
    plist = _info_plist()
    for key in ("NSCameraUsageDescription", "NSMicrophoneUsageDescription"):
        assert len(plist[key]) > 40 and "Rebond" in plist[key]
    assert plist["CFBundleExecutable"] == "rebond-gui"


def test_licence_files_shipped():
    for name in ("GPL-3.0.txt", "GPL-2.0.txt", "LGPL-3.0.txt", "LGPL-2.1.txt", "Apache-2.0.txt"):
        assert (PKG / "licenses" / name).stat().st_size > 5000
    copyright_text = (PKG / "linux" / "copyright").read_text(encoding="utf-8")
    assert "License: GPL-3.0-or-later" in copyright_text and "libx264" in copyright_text
    notices = (ROOT / "THIRD_PARTY_NOTICES.md").read_text(encoding="utf-8")
    assert "GPL-3.0-or-later" in notices and "praat-parselmouth" in notices


def test_package_data_globs_cover_the_runtime_files():
    """The wheel is built from these globs: resources, the model manifest and every compiled translation."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["app"]
    matched = {p.relative_to(ROOT / "app").as_posix() for pattern in patterns for p in (ROOT / "app").glob(pattern)
               if p.is_file()}
    assert "resources/models/manifest.toml" in matched
    assert "resources/demo/astronaut.jpg" in matched and "resources/demo/demo_answer_en.ogg" in matched
    qm_files = {p.relative_to(ROOT / "app").as_posix() for p in (ROOT / "app").rglob("*.qm")}
    assert qm_files and qm_files <= matched
