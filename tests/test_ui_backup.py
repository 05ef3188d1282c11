"""File → Back up the database… and File → Restore from a backup… as a user meets them: the menu, the
file dialogs (patched), the real restore dialog clicked with qtbot, and the window on the restored data."""
from __future__ import annotations

import hashlib
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from council_desktop.store.backup import automatic_backups
from council_desktop.ui import backup_dialogs
from council_desktop.ui.backup_dialogs import BackupChooser, RestoreDialog
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.prefs import Prefs

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

pytestmark = pytest.mark.usefixtures("english_ui")


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def surnames(path) -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT surname FROM person"))
    finally:
        con.close()


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    return shown


def file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions()]


def test_the_file_menu_offers_back_up_and_restore(window):
    texts = file_menu_texts(window)
    assert "&Back up the database…" in texts and "&Restore from a backup…" in texts


def test_back_up_writes_a_checked_copy_where_the_user_chose(window, tmp_path, monkeypatch):
    target = tmp_path / "copies" / "monday.db"
    target.parent.mkdir()
    asked = []
    monkeypatch.setattr(BackupChooser, "backup_path",
                        classmethod(lambda cls, parent, suggested: asked.append(suggested) or str(target)))
    window.act_backup.trigger()
    assert asked and asked[0].startswith(str(tmp_path / "backups" / "council-"))
    assert surnames(target) == surnames(window.ctx.database_file)
    assert str(target) in window.statusBar().currentMessage()


def test_back_up_onto_the_database_is_refused_and_changes_nothing(window, monkeypatch, warnings):
    db = window.ctx.database_file
    before = digest(db)
    monkeypatch.setattr(BackupChooser, "backup_path", classmethod(lambda cls, parent, suggested: str(db)))
    window.act_backup.trigger()
    assert len(warnings) == 1 and "is the database" in warnings[0]
    assert digest(db) == before


def restore_by_clicking(qtbot, button: str, seen: list):
    """RestoreDialog.ask as the user answers it: the real dialog shown, its button clicked."""
    def ask(cls, parent, info, database, kept_in):
        dialog = cls(info, database, kept_in, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        seen.append(dialog.summary.text())
        target = dialog.restore_button if button == "restore" else \
            dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
        qtbot.mouseClick(target, Qt.MouseButton.LeftButton)
        return dialog.result() == dialog.DialogCode.Accepted
    return classmethod(ask)


def test_restore_shows_what_the_backup_holds_then_the_window_shows_the_restored_data(window, qtbot, tmp_path,
                                                                                      monkeypatch):
    ctx = window.ctx
    db = ctx.database_file
    backup = ctx.backups.backup(tmp_path / "monday.db")
    person = ctx.registry.people("")[0]
    ctx.records.update("person", person["id"], {"surname": "Позднеев"})
    assert "Позднеев" in surnames(db)
    seen = []
    monkeypatch.setattr(BackupChooser, "restore_path", classmethod(lambda cls, parent, folder: str(backup)))
    monkeypatch.setattr(RestoreDialog, "ask", restore_by_clicking(qtbot, "restore", seen))
    old_ctx = window.ctx
    window.act_restore.trigger()
    assert len(seen) == 1
    assert f"from the backup {backup}" in seen[0] and "Meetings in the backup: 2" in seen[0]
    assert "Schema revision: " in seen[0] and str(tmp_path / "backups") in seen[0]
    assert "Позднеев" not in surnames(db)
    assert window.ctx is not old_ctx  # opened again, on the restored data
    names = [p["name"] for p in window.ctx.registry.people("")]
    assert not any("Позднеев" in n for n in names)
    kept = list((tmp_path / "backups").glob("council-before-restore-*.db"))
    assert len(kept) == 1 and "Позднеев" in surnames(kept[0])
    assert str(kept[0]) in window.statusBar().currentMessage()


def test_restore_cancelled_in_the_dialog_changes_nothing(window, qtbot, tmp_path, monkeypatch):
    ctx = window.ctx
    backup = ctx.backups.backup(tmp_path / "monday.db")
    person = ctx.registry.people("")[0]
    ctx.records.update("person", person["id"], {"surname": "Позднеев"})
    seen = []
    monkeypatch.setattr(BackupChooser, "restore_path", classmethod(lambda cls, parent, folder: str(backup)))
    monkeypatch.setattr(RestoreDialog, "ask", restore_by_clicking(qtbot, "cancel", seen))
    window.act_restore.trigger()
    assert len(seen) == 1 and window.ctx is ctx
    assert "Позднеев" in surnames(ctx.database_file)
    assert not list((tmp_path / "backups").glob("council-before-restore-*.db"))


def test_restore_of_a_file_that_is_not_ours_is_refused_before_any_question(window, tmp_path, monkeypatch, warnings):
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (text TEXT)")
    con.commit()
    con.close()
    before = digest(window.ctx.database_file)
    monkeypatch.setattr(BackupChooser, "restore_path", classmethod(lambda cls, parent, folder: str(other)))
    monkeypatch.setattr(RestoreDialog, "ask", classmethod(lambda *a: pytest.fail("asked about a foreign file")))
    window.act_restore.trigger()
    assert len(warnings) == 1 and "is not a Council Desktop database" in warnings[0]
    assert digest(window.ctx.database_file) == before


@pytest.mark.parametrize("on, keep", [(True, 2), (False, 5)])
def test_the_window_closes_with_todays_automatic_backup_as_the_settings_say(demo, qtbot, tmp_path, on, keep):
    ctx, _ = demo
    prefs = Prefs()
    prefs.backup_on_exit, prefs.backup_keep, prefs.backup_folder = on, keep, str(tmp_path / "auto")
    prefs.sync()
    for day in ("20260101-090000", "20260102-090000", "20260103-090000"):  # older automatic ones
        (tmp_path / "auto").mkdir(exist_ok=True)
        ctx.backups.backup(tmp_path / f"x{day}.db").rename(tmp_path / "auto" / f"council-auto-{day}.db")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    w.close()
    ctx.close()  # as ui/main.py does when the window has closed
    kept = automatic_backups(ctx.database_file, tmp_path / "auto")
    if on:
        assert [p.name for _, p in kept][0] == "council-auto-20260103-090000.db" and len(kept) == 2
        assert surnames(kept[-1][1]) == surnames(ctx.database_file)
    else:
        assert len(kept) == 3


def test_settings_back_up_now_uses_the_checked_copy(demo):
    ctx, _ = demo
    prefs = Prefs()
    chosen = backup_dialogs.policy(prefs)
    assert (chosen.keep, chosen.folder) == (7, None) and prefs.backup_on_exit  # on by default, 7 kept
    from council_desktop.ui.settings_dialog import backup_now

    made = backup_now(ctx, prefs)
    con = sqlite3.connect(made)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    con.close()


@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_settings_back_up_now_on_a_server_says_to_use_the_servers_backups_in_the_users_language(pg_url):
    from council_desktop.app import AppContext
    from council_desktop.domain.errors import CouncilError
    from council_desktop.ui.settings_dialog import backup_now

    ctx = AppContext.open(pg_url, create=True)
    try:
        with pytest.raises(CouncilError) as refused:
            backup_now(ctx, Prefs())
    finally:
        ctx.close()
    assert refused.value.code == "backup_needs_file"
    said = refused.value.message("ru")
    assert said.startswith("резервное копирование и восстановление работают с файлом базы данных; ")
    assert said.endswith(" — сервер: используйте резервные копии самого сервера") and "@" in said


def test_settings_choose_how_many_automatic_backups_are_kept(demo, qtbot):
    from PySide6.QtWidgets import QDialogButtonBox

    from council_desktop.ui.settings_dialog import SettingsDialog

    ctx, _ = demo
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.backup_keep.value() == 7 and dialog.backup_keep.isEnabled()
    dialog.backup_keep.selectAll()
    qtbot.keyClicks(dialog.backup_keep, "3")
    box = QPoint(8, dialog.backup_on_exit.height() // 2)  # on the check box itself
    qtbot.mouseClick(dialog.backup_on_exit, Qt.MouseButton.LeftButton, pos=box)
    assert not dialog.backup_on_exit.isChecked() and not dialog.backup_keep.isEnabled()
    qtbot.mouseClick(dialog.backup_on_exit, Qt.MouseButton.LeftButton, pos=box)
    assert dialog.backup_keep.isEnabled()
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    prefs = Prefs()
    assert (prefs.backup_keep, prefs.backup_on_exit) == (3, True)
    assert backup_dialogs.policy(prefs).keep == 3
