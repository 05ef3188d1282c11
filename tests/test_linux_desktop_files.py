"""What a Linux desktop reads: the .desktop entry, the AppStream metainfo, the icons and the .council MIME type,
checked by the freedesktop tools themselves (packaging/dev.sh installs them for the tests)."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "kz.gov.council.CouncilDesktop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-council-bundle"


def tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: bash packaging/dev.sh test installs it (desktop-file-utils, appstream, " \
                  f"shared-mime-info)"
    return found


def test_desktop_entry_is_valid_and_opens_council_bundles():
    done = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr
    entry = dict(line.split("=", 1) for line in DESKTOP.read_text("utf-8").splitlines() if "=" in line)
    assert entry["MimeType"].split(";")[0] == MIME_TYPE
    assert entry["Exec"] == "council-desktop %f"  # the file handed over opens its import preview
    assert entry["Icon"] == APP_ID


def test_appstream_metainfo_is_valid_and_names_the_desktop_entry_and_the_type():
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    component = ET.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP.name
    assert [m.text for m in component.iter("mediatype")] == [MIME_TYPE]


def test_council_files_are_recognised_once_the_mime_package_is_installed(tmp_path):
    # installed as a user would (~/.local/share/mime), then asked through Qt's own MIME database
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME_XML, packages)
    subprocess.run([tool("update-mime-database"), str(tmp_path / "mime")], check=True, capture_output=True)
    assert f"{MIME_TYPE}:*.council" in (tmp_path / "mime" / "globs2").read_text()
    ask = ("from PySide6.QtCore import QMimeDatabase; import sys; "
           "m = QMimeDatabase().mimeTypeForFile(sys.argv[1], QMimeDatabase.MatchMode.MatchExtension); "
           "print(m.name(), m.inherits('application/zip'))")
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path), XDG_DATA_DIRS=f"{tmp_path}:/usr/share")
    found = subprocess.run([sys.executable, "-c", ask, "Заседание 1-1.council"], env=env, capture_output=True,
                           text=True, check=True).stdout.split()
    assert found == [MIME_TYPE, "True"]


def test_icons_at_the_standard_sizes_are_the_program_icon():
    from PIL import Image

    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        png = LINUX / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        with Image.open(png) as image:
            assert image.format == "PNG" and image.size == (size, size), png
            rgba = image.convert("RGBA")
            assert rgba.getpixel((0, 0))[3] == 0  # the rounded corner is transparent
            # the blue of the SVG's square (#2b4c7e) just inside its edge
            r, g, b, a = rgba.getpixel((size // 8 + 1, size // 2))
            assert a > 200 and abs(r - 0x2B) < 24 and abs(g - 0x4C) < 24 and abs(b - 0x7E) < 24, (size, r, g, b, a)
    svg = LINUX / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()
    with Image.open(ROOT / "resources" / "icons" / "app.ico") as ico:
        assert ico.format == "ICO"
        assert {16, 32, 48, 256} <= {w for w, h in ico.info["sizes"]}


def test_mime_xml_declares_one_type_with_the_council_glob():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    types = ET.parse(MIME_XML).getroot().findall("m:mime-type", ns)
    assert [t.get("type") for t in types] == [MIME_TYPE]
    assert [g.get("pattern") for g in types[0].findall("m:glob", ns)] == ["*.council"]
    assert re.search(r"Council Desktop", types[0].findtext("m:comment", namespaces=ns))
