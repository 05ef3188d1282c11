"""Shared fixtures: real databases in a temporary folder; Qt offscreen, set before Qt is imported."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("COUNCIL_LANG", "en")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

import pytest  # noqa: E402

from council_desktop.app import AppContext  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Settings and the default database go to a temporary home, never the developer's."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("COUNCIL_DB", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "council.db"


@pytest.fixture
def ctx(db_path):
    context = AppContext.open(db_path, create=True)
    yield context
    context.close()


@pytest.fixture
def demo(ctx):
    """The context with the demo data loaded, and the id of the joint meeting."""
    meeting_id = ctx.demo.load()
    return ctx, meeting_id


@pytest.fixture
def window(demo, qtbot):
    """The main window on the demo database, shown."""
    from council_desktop.ui.main_window import MainWindow

    w = MainWindow(demo[0])
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


@pytest.fixture
def english_ui(qapp):
    """The window's language is English during a test, whatever an earlier test switched it to."""
    from council_desktop.ui import i18n

    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture(autouse=True)
def _no_modal_dialogs(monkeypatch):
    """A modal dialog nobody answers would hang the run offscreen: fail the test instead.

    Tests that expect a question patch the dialog's `ask` classmethod (or these functions) themselves."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(name):
        def opened(*args, **kwargs):
            raise AssertionError(f"a modal {name} was opened in a test without an answer: {args[1:3]}")
        return staticmethod(opened)

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse(f"QMessageBox.{name}"))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse(f"QFileDialog.{name}"))
    for name in ("getText", "getItem", "getInt", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, refuse(f"QInputDialog.{name}"))

    def dialog_exec(self):
        raise AssertionError(f"a modal {type(self).__name__} was run in a test without an answer")

    monkeypatch.setattr(QDialog, "exec", dialog_exec)
