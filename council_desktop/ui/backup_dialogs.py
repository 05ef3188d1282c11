"""File → Back up the database… and File → Restore from a backup…, and the automatic backups' policy.

The work is `ctx.backups` (services/backups.py): a checked copy through SQLite's backup API, and a
restore that checks the file, keeps the current data as a backup and replaces it in one transaction.
Restore first shows what the file holds (meetings, when it was written, its schema revision) and
asks; then the window opens the database again, on the restored data.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QLabel, QVBoxLayout

from ..domain.errors import CouncilError
from ..services.backups import BackupInfo, BackupPolicy
from . import jobs
from .forms import menu_action, named


translate = QCoreApplication.translate


def policy(prefs) -> BackupPolicy:
    """The automatic backups the user chose: in their folder (else beside the database), the newest
    `backup_keep` kept, none when switched off."""
    return BackupPolicy(Path(prefs.backup_folder) if prefs.backup_folder else None,
                        prefs.backup_keep if prefs.backup_on_exit else 0)


class BackupChooser:
    """The file dialogs of Back up and Restore. Tests patch these."""

    @classmethod
    def backup_path(cls, parent, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("BackupDialogs", "Back up the database"), suggested,
                                              translate("BackupDialogs", "Council database (*.db);;All files (*)"))
        return path or None

    @classmethod
    def restore_path(cls, parent, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, translate("BackupDialogs", "Restore from a backup"), folder,
                                              translate("BackupDialogs", "Council database (*.db);;All files (*)"))
        return path or None


class RestoreDialog(QDialog):
    """What the backup holds, and the question: replace the data of the open database by it?"""

    def __init__(self, info: BackupInfo, database: str, kept_in: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BackupDialogs", "Restore from a backup"))
        revision = info.revision if not info.migrated else translate(
            "BackupDialogs", "{0} (it will be upgraded to this version's {1})").format(info.revision, _head())
        self.summary = QLabel(
            translate("BackupDialogs", "Restore the data of {0} from the backup {1}?").format(database, info.path)
            + "\n\n"
            + translate("BackupDialogs", "Meetings in the backup: {0}").format(info.meetings) + "\n"
            + translate("BackupDialogs", "Written: {0}").format(info.taken.strftime("%d.%m.%Y %H:%M")) + "\n"
            + translate("BackupDialogs", "Schema revision: {0}").format(revision) + "\n\n"
            + translate("BackupDialogs", "The data now in the database is kept as a backup in {0} first."
                        ).format(kept_in))
        self.summary.setWordWrap(True)
        named(self.summary, translate("BackupDialogs", "What the backup holds"), "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(translate("BackupDialogs", "Restore"),
                                                     QDialogButtonBox.ButtonRole.AcceptRole)
        named(self.restore_button, translate("BackupDialogs", "Restore the data from this backup"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.buttons)
        self.resize(560, 260)

    @classmethod
    def ask(cls, parent, info: BackupInfo, database: str, kept_in: str) -> bool:
        return cls(info, database, kept_in, parent).exec() == QDialog.DialogCode.Accepted


def _head() -> str:
    from ..services.backups import HEAD_REVISION
    return HEAD_REVISION


def add_to_menu(window, menu) -> None:
    """Back up and Restore in the window's File menu."""
    window.act_backup = menu_action(window, translate("BackupDialogs", "&Back up the database…"),
                                    lambda: back_up(window), icon_name="backup", menu=menu)
    window.act_restore = menu_action(window, translate("BackupDialogs", "&Restore from a backup…"),
                                     lambda: restore(window), icon_name="open", menu=menu)


def back_up(window) -> Path | None:
    ctx = window.ctx
    try:
        database = ctx.backups.database
    except CouncilError as exc:  # a server database
        jobs.show_error(window, exc)
        return None
    suggested = str(ctx.backups.folder / f"{database.stem}-{dt.datetime.now():%Y%m%d-%H%M}{database.suffix}")
    path = BackupChooser.backup_path(window, suggested)
    if not path:
        return None
    try:
        written = ctx.backups.backup(path)
    except CouncilError as exc:
        jobs.show_error(window, exc)
        return None
    window.statusBar().showMessage(translate("BackupDialogs", "Backed up to {0}").format(written), 8000)
    return written


def restore(window) -> bool:
    """Choose a backup, see what it holds, restore it; the window then shows the restored data."""
    ctx = window.ctx
    try:
        folder = ctx.backups.folder
        path = BackupChooser.restore_path(window, str(folder))
        if not path:
            return False
        info = ctx.backups.inspect(path)
    except CouncilError as exc:
        jobs.show_error(window, exc)
        return False
    if not RestoreDialog.ask(window, info, ctx.location, str(folder)):
        return False
    if not window.leave_all():  # unsaved edits are the user's to keep or drop first
        return False
    location = ctx.location
    try:
        _info, kept = ctx.backups.restore(path)
    except CouncilError as exc:
        jobs.show_error(window, exc)
        return False
    window.switch_database(location)
    message = translate("BackupDialogs", "Restored from {0}; the previous data is kept in {1}")
    window.statusBar().showMessage(message.format(path, kept or "—"), 10000)
    return True
