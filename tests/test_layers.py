"""Layers point one way: domain ← store ← services ← documents, exchange ← ui and the command line.

Read from the sources (every import statement, at the top of a module or inside a function), so that an
import added anywhere is caught, including a lazy one.
"""
from __future__ import annotations

import ast
from pathlib import Path

import council_desktop

PACKAGE = Path(council_desktop.__file__).parent


def imports(path: Path) -> set[str]:
    """The absolute names of the modules a source imports (`from x import y` counts as x and x.y)."""
    package = list(path.relative_to(PACKAGE.parent).parent.parts)  # a module's package, or __init__'s own
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            module = ".".join(base + ([node.module] if node.module else []))
            found.add(module)
            found |= {f"{module}.{alias.name}" for alias in node.names}
    return found


def sources(layer: str) -> list[Path]:
    return sorted(p for p in (PACKAGE / layer).rglob("*.py") if "__pycache__" not in p.parts)


def offending(layer: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(f"{path.relative_to(PACKAGE)}: {name}" for path in sources(layer) for name in imports(path)
                  if name.startswith(forbidden))


def test_the_window_talks_to_services_only():
    assert offending("ui", ("council_desktop.store",)) == []
    # enums come from domain.enums: the window needs no ORM model
    assert offending("ui", ("council_desktop.domain.models",)) == []


def test_no_import_runs_upward_and_no_qt_below_the_window():
    assert offending("domain", ("council_desktop.store", "council_desktop.services", "council_desktop.ui",
                                "PySide6")) == []
    assert offending("store", ("council_desktop.services", "council_desktop.ui", "PySide6")) == []
    assert offending("services", ("council_desktop.ui", "PySide6")) == []
    assert offending("documents", ("council_desktop.ui", "PySide6")) == []
    assert offending("exchange", ("council_desktop.ui", "PySide6")) == []


def test_the_reader_of_imports_resolves_relative_ones():
    found = imports(PACKAGE / "ui" / "models" / "people.py")
    assert "council_desktop.ui.models.base.RowsModel" in found
    assert "council_desktop.ui.i18n" in found  # `from .. import i18n`
