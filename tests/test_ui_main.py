"""Starting the program: --db, --demo, and the demo offered on an empty default database."""
from __future__ import annotations

import pytest

from council_desktop.app import AppContext
from council_desktop.ui import main as desktop
from council_desktop.ui.first_run import FirstRunWizard
from council_desktop.ui.prefs import Prefs

pytestmark = pytest.mark.usefixtures("english_ui")


def test_demo_option_opens_demo_db_and_loads_it_once(qtbot, tmp_path):
    Prefs().data_folder = str(tmp_path / "data")
    window = desktop.start(["--demo"])
    qtbot.addWidget(window)
    assert window.ctx.location.endswith("demo.db")
    assert (tmp_path / "data" / "demo.db").is_file()
    assert window.views["meetings"].model.rowCount() == 2
    window.ctx.close()
    again = desktop.start(["--demo"])  # second start: loaded already, not loaded twice
    qtbot.addWidget(again)
    assert again.views["meetings"].model.rowCount() == 2
    again.ctx.close()


def test_empty_default_database_offers_the_guided_start_which_can_load_the_demo(qtbot, tmp_path, monkeypatch):
    Prefs().data_folder = str(tmp_path)
    offered = []

    def guided_start(cls, ctx, parent=None):  # the demo chosen in its members step (tests/test_ui_first_run.py)
        offered.append(1)
        ctx.demo.load()
        return True

    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(guided_start))
    window = desktop.start([])
    qtbot.addWidget(window)
    assert offered == [1]
    assert window.ctx.location == str(tmp_path / "council.db")
    assert window.views["people"].model.total == 17
    window.ctx.close()


def test_db_option_is_not_offered_the_guided_start(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(lambda cls, ctx, parent=None: pytest.fail("asked")))
    AppContext.open(tmp_path / "mine.db", create=True).close()
    window = desktop.start(["--db", str(tmp_path / "mine.db")])
    qtbot.addWidget(window)
    assert window.ctx.location == str(tmp_path / "mine.db")
    window.ctx.close()


def test_saved_language_is_used_at_start(qtbot, tmp_path):
    Prefs().language = "ru"
    AppContext.open(tmp_path / "x.db", create=True).close()
    window = desktop.start(["--db", str(tmp_path / "x.db")])
    qtbot.addWidget(window)
    assert window.nav.item(0).text() == "Заседания"
    window.ctx.close()


def test_unreadable_database_is_a_message_not_a_traceback(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *a: shown.append(a[2]))
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"this is not a database" * 100)
    assert desktop.start(["--db", str(bad)]) is None
    assert shown and "bad.db" in shown[0]


def test_a_mistyped_db_is_a_message_and_creates_nothing(qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *a: shown.append(a[2]))
    assert desktop.start(["--db", str(tmp_path / "counicl.db")]) is None
    assert "counicl.db does not exist" in shown[0] and list(tmp_path.iterdir()) == []


def test_a_fault_in_a_slot_is_shown_as_a_message_and_logged_not_printed(qtbot, monkeypatch, capsys):
    import sys

    from PySide6.QtWidgets import QMessageBox, QPushButton

    from council_desktop.crashlog import crash_log_path
    from council_desktop.domain.errors import CouncilError

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    monkeypatch.setattr(sys, "excepthook", desktop.report_fault)
    button = QPushButton()
    qtbot.addWidget(button)

    def bug():
        raise ZeroDivisionError("a fault of ours")

    button.clicked.connect(bug)
    button.click()
    assert len(shown) == 1 and str(crash_log_path()) in shown[0]
    assert "a fault of ours" in crash_log_path().read_text()
    assert "Traceback" not in capsys.readouterr().err

    def mistake():
        raise CouncilError("required", field="surname")

    button.clicked.disconnect(bug)
    button.clicked.connect(mistake)
    button.click()
    assert shown[-1] == "surname: a value is required"
