"""Settings: the office's go to the database, the user's to QSettings; backups run off the GUI thread."""
from __future__ import annotations

import base64
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from ui_typing import type_text

from council_desktop.ui import jobs
from council_desktop.ui.prefs import Prefs
from council_desktop.ui.settings_dialog import SettingsDialog

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def immediate_jobs():
    jobs.use_pool(jobs.ImmediatePool())
    yield
    jobs.use_pool(None)


@pytest.fixture
def dialog(demo, qtbot):
    ctx, _ = demo
    d = SettingsDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    return d


def test_office_settings_are_stored_in_the_database(dialog, demo, tmp_path):
    ctx, _ = demo
    dialog.letterhead["kk"].clear()
    type_text(dialog.letterhead["kk"], "Қазақстан Республикасы Денсаулық сақтау министрлігі")
    image = QImage(800, 400, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b4c7e"))
    image.save(str(tmp_path / "logo.png"))
    assert dialog.load_logo(str(tmp_path / "logo.png"))
    dialog.quorum.setCurrentIndex(dialog.quorum.findData("two_thirds"))
    dialog.document_language.setCurrentIndex(dialog.document_language.findData("kk+ru"))
    dialog.backup_on_exit.setChecked(True)
    dialog.accept()
    stored = ctx.settings.get()
    assert stored["letterhead_kk"] == "Қазақстан Республикасы Денсаулық сақтау министрлігі"
    assert stored["default_quorum_rule"] == "two_thirds"
    assert stored["document_language"] == "kk+ru"
    logo = QImage.fromData(base64.b64decode(stored["logo_png_base64"]))
    assert max(logo.width(), logo.height()) == 512  # scaled down for the letterhead
    assert Prefs().backup_on_exit


def test_a_file_that_is_not_an_image_is_refused(dialog, demo, tmp_path):
    ctx, _ = demo
    bad = tmp_path / "logo.png"
    bad.write_text("not an image")
    assert not dialog.load_logo(str(bad))
    assert dialog.error.isVisible()
    assert "logo.png" in dialog.error.text()
    assert ctx.settings.get()["logo_png_base64"] == ""


def test_default_chair_comes_from_the_demo(dialog, demo):
    ctx, _ = demo
    assert dialog.chair.value() == ctx.settings.get()["default_chair_id"]
    assert dialog.chair.text()


def test_backup_now_writes_a_readable_copy(dialog, immediate_jobs, tmp_path, qtbot):
    dialog.backup_dir.setText(str(tmp_path / "copies"))
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    copies = list((tmp_path / "copies").glob("*.db"))
    assert len(copies) == 1
    assert str(copies[0]) in dialog.backup_status.text()
    with sqlite3.connect(copies[0]) as con:
        assert con.execute("select count(*) from person").fetchone()[0] == 17
