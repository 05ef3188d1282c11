"""What a wheel carries: every package, the migrations, the demo data and the resources."""
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "council_desktop").rglob("__init__.py")}
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


@pytest.mark.slow
def test_the_wheel_carries_migrations_demo_fonts_and_translations(tmp_path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v",
                            "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True, text=True)
    # a folder of data Python could import (migrations, fonts…) not listed: setuptools warns, later drops it
    assert "absent from the `packages` configuration" not in built.stdout + built.stderr
    wheel = next(tmp_path.glob("council_desktop-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "council_desktop/store/migrations/env.py" in names
    assert any(n.startswith("council_desktop/store/migrations/versions/0001") for n in names)
    assert "council_desktop/demo/seed_meeting.json" in names
    assert any(n.startswith("council_desktop/resources/fonts/") and n.endswith(".ttf") for n in names)
    assert any(n.startswith("council_desktop/resources/translations/") and n.endswith("_kk.qm") for n in names)
    # the user guide (Help, F1) with its screenshots, in each language
    for lang in ("kk", "ru", "en"):
        assert f"council_desktop/docs/guide/{lang}/index.md" in names
        assert f"council_desktop/docs/screenshots/people_{lang}.png" in names
