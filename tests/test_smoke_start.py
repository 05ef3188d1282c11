"""The start a build is checked with: `council-desktop --smoke` and the PyInstaller launcher scripts."""
from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest

from council_desktop import __version__
from council_desktop.app import AppContext
from council_desktop.ui import main as desktop

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.usefixtures("english_ui")


def test_smoke_start_shows_the_window_then_quits_with_0(qapp, tmp_path, capsys):
    AppContext.open(tmp_path / "x.db", create=True).close()
    assert desktop.main(["--db", str(tmp_path / "x.db"), "--smoke"]) == 0
    out = capsys.readouterr().out
    assert f"council-desktop {__version__}: main window shown (en: File | Edit | View | Help); " \
           f"guide: Council Desktop — user guide; reportlab {importlib.metadata.version('reportlab')}" in out


def test_smoke_start_on_a_missing_database_says_why_without_a_message_box(qapp, tmp_path, capsys):
    # a message box would wait for a click nobody gives (conftest refuses modal dialogs)
    assert desktop.main(["--db", str(tmp_path / "none.db"), "--smoke"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("council-desktop: ") and "none.db" in err
    assert not (tmp_path / "none.db").exists()


def _run_outside_the_checkout(script: Path, *args: str, cwd: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, str(script), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=120)


def test_the_launcher_runs_as_a_bundle_does_the_command_by_its_name_else_the_window(tmp_path):
    # PyInstaller runs its script as __main__, outside the package: a module of the package with relative
    # imports would fail there ("attempted relative import with no known parent package")
    launcher = ROOT / "packaging" / "launchers" / "launch.py"
    council = tmp_path / "bin" / "council"  # as the bundle's `council` link to council-desktop
    council.parent.mkdir()
    council.symlink_to(launcher)
    cli = _run_outside_the_checkout(council, "--version", cwd=tmp_path)
    assert (cli.returncode, cli.stdout.strip()) == (0, f"council {__version__}"), cli.stderr
    made = _run_outside_the_checkout(council, "--db", str(tmp_path / "x.db"), "init", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    window = _run_outside_the_checkout(launcher, "--db", str(tmp_path / "x.db"), "--smoke", cwd=tmp_path)
    assert window.returncode == 0, window.stderr
    assert "main window shown" in window.stdout


@pytest.mark.parametrize("args, code, stream, first", [
    (["--help"], 0, "stdout", "usage: council-desktop"),
    (["--dbx", "a.db"], 2, "stderr", "usage: council-desktop"),
])
def test_help_and_a_mistyped_option_answer_on_a_terminal_without_a_display(tmp_path, args, code, stream, first):
    # no DISPLAY and no offscreen platform: Qt would abort ("could not connect to display") before argparse
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-m", "council_desktop.ui.main", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == code, done.stderr
    assert getattr(done, stream).startswith(first)
    assert "qt.qpa" not in done.stderr and "Traceback" not in done.stderr
