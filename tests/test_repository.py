"""What the repository itself promises a newcomer: no file names a folder of the machine it was written on."""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# a home or work folder of some machine (Linux, macOS, Windows); /tmp and relative paths are fine
# (the folder names are joined here, so that this file does not itself name one)
HOME_FOLDERS = ("work", "root")
MACHINE_PATH = re.compile(r"(?<![\w.])(/(?:" + "|".join(HOME_FOLDERS)
                          + r")/|/home/[a-z_][\w-]*/|/Users/[A-Za-z]\w*/|[A-Z]:\\Users\\)")


def tracked_text_files() -> list[Path]:
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout")
    names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    return [ROOT / n for n in names.decode().split("\0") if n]


def test_no_committed_file_names_a_path_of_this_machine():
    found = []
    for path in tracked_text_files():
        if path == Path(__file__).resolve() or not path.is_file():
            continue
        try:
            text = path.read_text("utf-8")
        except UnicodeDecodeError:  # images, fonts, .qm
            continue
        found += [f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
                  for n, line in enumerate(text.splitlines(), 1) if MACHINE_PATH.search(line)]
    assert not found, "paths of a machine in committed files:\n" + "\n".join(found)


def test_the_pattern_catches_what_it_is_for():
    for folder in HOME_FOLDERS:
        assert MACHINE_PATH.search(f"    /{folder}/venv/bin/python benchmarks/bench_protocol.py")
    assert MACHINE_PATH.search(r"C:\Users\aigul\council.db")
    assert not MACHINE_PATH.search("    .venv/bin/python benchmarks/bench_protocol.py")
    assert not MACHINE_PATH.search("~/.local/share/CouncilDesktop/ and /tmp/x")
