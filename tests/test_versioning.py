"""One version number (council_desktop.__version__): the changelog, the AppStream releases and the Windows
installer follow it, none carries a number of its own."""
from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

from council_desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\d{4}-\d{2}-\d{2}))?$", re.M)


def changelog_releases() -> list[tuple[str, str]]:
    headings = [(m["version"], m["date"]) for m in HEADING.finditer((ROOT / "CHANGELOG.md").read_text("utf-8"))]
    assert headings[0] == ("Unreleased", None), "Keep a Changelog: [Unreleased] first"
    released = headings[1:]
    assert all(date for _, date in released), "every release has its date"
    return released


def test_the_changelog_releases_are_dated_newest_first_and_the_newest_is_this_version():
    released = changelog_releases()
    dates = [dt.date.fromisoformat(d) for _, d in released]
    assert dates == sorted(dates, reverse=True)
    assert released[0][0] == __version__
    assert len({v for v, _ in released}) == len(released)


def test_appstream_releases_are_the_changelog_releases():
    component = ET.parse(ROOT / "packaging" / "linux" / "kz.gov.council.CouncilDesktop.metainfo.xml").getroot()
    releases = [(r.get("version"), r.get("date")) for r in component.iter("release")]
    assert releases == changelog_releases()


def test_the_installer_takes_the_version_from_the_build_not_from_itself():
    iss = (ROOT / "packaging" / "windows" / "council_desktop.iss").read_text("utf-8")
    assert re.search(r"^AppVersion=\{#AppVersion\}$", iss, re.M)
    assert not re.search(r"\d+\.\d+\.\d+", iss), "a version number written into the Inno Setup script"
