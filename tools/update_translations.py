"""Keep the Qt translation files in step with the sources, then compile them.

    python tools/update_translations.py            # lupdate every group, then lrelease every .ts
    python tools/update_translations.py --release  # only compile .ts -> .qm

Each group of sources has its own files resources/translations/{group}_{lang}.ts, so
that the people working on different parts of the window do not edit the same file.
The window loads every *_{lang}.qm it finds (council_desktop/ui/i18n.py).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

from council_desktop.ui.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "council_desktop" / "ui"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGS = tuple(LANGUAGES)  # the languages the window speaks

# group -> the sources whose strings go into {group}_{lang}.ts
GROUPS: dict[str, list[str]] = {
    "shell": ["main.py", "main_window.py", "people.py", "bodies.py", "followup.py", "projects.py",
              "settings_dialog.py", "jobs.py", "forms.py", "i18n.py", "records.py", "staging.py", "models/base.py", "models/labels.py",
              "models/meetings.py", "models/people.py", "models/organisations.py", "models/bodies.py",
              "models/projects.py", "models/assignments.py"],
    "meeting": ["meeting_editor.py", "new_meeting_dialog.py", "meeting/*.py", "models/meeting_*.py"],
    "picker": ["person_picker.py"],
    "signing": ["body_signatories.py"],
    "preview": ["protocol_preview.py"],
    "copycheck": ["copy_check.py"],
    "shortcuts": ["shortcuts.py", "undo_text.py"],
    "documents": ["documents_dialog.py"],
    "search": ["meeting_search.py"],
    "find": ["find_dialog.py"],
    "readonly": ["read_only_banner.py"],
    "backup": ["backup_dialogs.py"],
    "meeting_room": ["meeting_room/*.py"],
    "exchange": ["exchange_dialogs.py"],
    "help": ["guide.py", "about_dialog.py"],
    "firstrun": ["first_run.py"],
}


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside this Python, else on PATH."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (pip install PySide6-Essentials)")
    return found


def sources(group: str) -> list[Path]:
    files: list[Path] = []
    for pattern in GROUPS[group]:
        files += sorted(UI.glob(pattern))
    return [f for f in files if f.name != "__init__.py" or f.stat().st_size]


def all_sources() -> list[Path]:
    """Every UI source with user-visible strings, grouped or not (the completeness test uses this)."""
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate(files: list[Path], ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none",
                    *map(str, files), "-ts", str(ts)], check=True, capture_output=True)


def lrelease(ts: Path) -> Path:
    """Compiled beside, then renamed over the old .qm: a running window has the old one mapped into
    memory (QTranslator), and a file rewritten in place under it ends that process with SIGBUS."""
    qm = ts.with_suffix(".qm")
    fresh = qm.with_name(f".{qm.name}.{os.getpid()}")
    try:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True)
        os.replace(fresh, qm)
    finally:
        fresh.unlink(missing_ok=True)
    return qm


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--release", action="store_true", help="only compile .ts files")
    p.add_argument("--group", choices=sorted(GROUPS), action="append", help="only these groups")
    args = p.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if not args.release:
        for group in args.group or GROUPS:
            files = sources(group)
            if not files:
                continue
            for lang in LANGS:
                ts = TRANSLATIONS / f"{group}_{lang}.ts"
                lupdate(files, ts)
                text = ts.read_text("utf-8")
                if 'language="' not in text:  # a new file: say which language it is for
                    ts.write_text(text.replace("<TS version=", f'<TS language="{lang}" version=', 1), "utf-8")
                print(f"updated {ts.relative_to(ROOT)}")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        print(f"compiled {lrelease(ts).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
