"""Settings: the office's (letterhead, logo, defaults — stored in the database) and the user's
(window language, data folder, backups — stored in QSettings)."""
from __future__ import annotations

import base64
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import LAYOUTS
from ..domain.enums import QuorumRule
from ..domain.errors import CouncilError
from . import i18n, jobs
from .forms import ErrorLabel, council_message, named
from .icons import icon
from .models.labels import fill_combo
from .person_picker import PersonPicker
from .prefs import Prefs

LOGO_MAX = 512  # pixels on the longer side: enough for a letterhead, small in the database


def backup_folder(ctx, prefs: Prefs) -> Path:
    if prefs.backup_folder:
        return Path(prefs.backup_folder)
    db = ctx.database_file
    return (db.parent if db else Path.home()) / "backups"


def backup_now(ctx, prefs: Prefs) -> Path:
    """A consistent copy of the SQLite database, named by the time it was taken."""
    db = ctx.database_file
    if db is None:  # a server's database: its own backups keep it
        raise CouncilError("backup_needs_file", path=ctx.location)
    return ctx.backups.take(backup_folder(ctx, prefs))  # checked, whole or nothing (store/backup.py)


def logo_png(path: str) -> bytes:
    """The image as PNG, scaled down to LOGO_MAX; refused when it is not an image."""
    image = QImage(path)
    if image.isNull():
        raise CouncilError("file_unreadable", path=path, reason="not an image")
    if max(image.width(), image.height()) > LOGO_MAX:
        image = image.scaled(LOGO_MAX, LOGO_MAX, Qt.AspectRatioMode.KeepAspectRatio,
                             Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


class SettingsDialog(QDialog):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prefs = Prefs()
        self.setWindowTitle(self.tr("Settings"))
        office = ctx.settings.get()
        self.logo_base64 = office.get("logo_png_base64") or ""

        tabs = QTabWidget()
        named(tabs, self.tr("Settings pages"))
        tabs.addTab(self._office_page(office), self.tr("Office"))
        tabs.addTab(self._computer_page(), self.tr("This computer"))

        self.error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.set_logo(base64.b64decode(self.logo_base64) if self.logo_base64 else b"")
        self.resize(720, 560)

    def _office_page(self, office: dict) -> QWidget:
        """The office's settings, stored in the database, so that every user of it sees the same."""
        ctx = self.ctx
        page = QWidget()
        form = QFormLayout(page)
        self.letterhead = {}
        for lang, title in (("kk", self.tr("Letterhead in Kazakh")), ("ru", self.tr("Letterhead in Russian")),
                            ("en", self.tr("Letterhead in English"))):
            edit = QPlainTextEdit(office.get(f"letterhead_{lang}") or "")
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(edit.fontMetrics().height() * 3 + 14)
            named(edit, title)
            self.letterhead[lang] = edit
            form.addRow(title, edit)
        form.addRow(self.tr("Logo"), self._logo_row())
        self.chair = PersonPicker(ctx, self.tr("Default chair"))
        self.chair.set_person(office.get("default_chair_id"))
        form.addRow(self.tr("Default chair"), self.chair)
        self.secretary = PersonPicker(ctx, self.tr("Default secretary"))
        self.secretary.set_person(office.get("default_secretary_id"))
        form.addRow(self.tr("Default secretary"), self.secretary)
        self.quorum = QComboBox()
        named(self.quorum, self.tr("Default quorum rule"))
        fill_combo(self.quorum, [q.value for q in QuorumRule if q is not QuorumRule.FIXED])
        self.quorum.setCurrentIndex(max(0, self.quorum.findData(office.get("default_quorum_rule"))))
        form.addRow(self.tr("Default quorum rule"), self.quorum)
        self.document_language = QComboBox()
        named(self.document_language, self.tr("Default document language"))
        for layout in LAYOUTS:
            self.document_language.addItem(i18n.language_name(layout), layout)
        self.document_language.setCurrentIndex(max(0, self.document_language.findData(office.get("document_language"))))
        form.addRow(self.tr("Default document language"), self.document_language)
        self.time_zone = QComboBox()  # invitations (ICS) and the documents' dates; any IANA name may be typed
        self.time_zone.setEditable(True)
        self.time_zone.addItems(["Asia/Almaty", "Asia/Qostanay", "Asia/Qyzylorda", "Asia/Aqtobe", "Asia/Aqtau",
                                 "Asia/Atyrau", "Asia/Oral", "Europe/Moscow", "UTC"])
        self.time_zone.setCurrentText(office.get("time_zone") or "Asia/Almaty")
        named(self.time_zone, self.tr("Time zone of meetings"))
        form.addRow(self.tr("Time zone of meetings"), self.time_zone)
        return page

    def _logo_row(self) -> QHBoxLayout:
        self.logo = QLabel()
        self.logo.setFixedSize(120, 60)
        self.logo.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        named(self.logo, self.tr("Logo"), "")
        choose = QPushButton(self.tr("Choose image…"))
        named(choose, self.tr("Choose the logo image"))
        choose.clicked.connect(self.choose_logo)
        remove = QPushButton(self.tr("Remove"))
        named(remove, self.tr("Remove the logo"))
        remove.clicked.connect(lambda: self.set_logo(b""))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo)
        logo_row.addWidget(choose)
        logo_row.addWidget(remove)
        logo_row.addStretch(1)
        return logo_row

    def _computer_page(self) -> QWidget:
        """This user's and this computer's settings (Prefs)."""
        ctx = self.ctx
        page = QWidget()
        form = QFormLayout(page)
        self.language = QComboBox()
        named(self.language, self.tr("Window language"))
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current()))
        form.addRow(self.tr("Window language"), self.language)
        self.data_folder = QLineEdit(self.prefs.data_folder)
        named(self.data_folder, self.tr("Data folder"))
        self.data_folder.setPlaceholderText(str(Path(ctx.location).parent) if "://" not in ctx.location else "")
        form.addRow(self.tr("Data folder"), self._folder_row(self.data_folder, self.tr("Choose the data folder")))
        self.backup_dir = QLineEdit(self.prefs.backup_folder)
        named(self.backup_dir, self.tr("Backup folder"))
        self.backup_dir.setPlaceholderText(str(backup_folder(ctx, self.prefs)))
        form.addRow(self.tr("Backup folder"), self._folder_row(self.backup_dir, self.tr("Choose the backup folder")))
        self._backup_rows(form)
        return page

    def _folder_row(self, edit: QLineEdit, choose: str) -> QHBoxLayout:
        """A folder's field with its Browse… button."""
        browse = QPushButton(self.tr("Browse…"))
        named(browse, choose)
        browse.clicked.connect(lambda: self._browse(edit))
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(browse)
        return row

    def _backup_rows(self, form: QFormLayout) -> None:
        self.backup_on_exit = QCheckBox(self.tr("Back up the database when the program closes"))
        named(self.backup_on_exit, self.backup_on_exit.text())
        self.backup_on_exit.setChecked(self.prefs.backup_on_exit)
        form.addRow("", self.backup_on_exit)
        self.backup_keep = QSpinBox()
        self.backup_keep.setRange(1, 365)
        self.backup_keep.setValue(self.prefs.backup_keep)
        named(self.backup_keep, self.tr("Automatic backups kept"))
        self.backup_keep.setEnabled(self.backup_on_exit.isChecked())
        self.backup_on_exit.toggled.connect(self.backup_keep.setEnabled)
        form.addRow(self.tr("Automatic backups kept"), self.backup_keep)
        self.backup_button = QPushButton(icon("backup"), self.tr("Back up now"))
        named(self.backup_button, self.tr("Back up the database now"))
        self.backup_button.clicked.connect(self.backup)
        self.backup_status = QLabel()
        self.backup_status.setWordWrap(True)
        named(self.backup_status, self.tr("Backup result"), "")
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addWidget(self.backup_status, 1)
        form.addRow("", row)

    def _browse(self, edit: QLineEdit) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder"), edit.text())
        if folder:
            edit.setText(folder)

    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "",
                                              self.tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"))
        if path:
            self.load_logo(path)

    def load_logo(self, path: str) -> bool:
        try:
            self.set_logo(logo_png(path))
        except CouncilError as exc:
            self.error.show_message(council_message(exc))
            return False
        self.error.show_message("")
        return True

    def set_logo(self, png: bytes) -> None:
        self.logo_base64 = base64.b64encode(png).decode("ascii") if png else ""
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            self.logo.setPixmap(pixmap.scaled(self.logo.size() * 0.9, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))
        else:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("no logo"))

    def backup(self) -> None:
        self.prefs.backup_folder = self.backup_dir.text().strip()
        self.backup_status.setText(self.tr("Backing up…"))
        jobs.run(backup_now, self.ctx, self.prefs, parent=self, title=self.tr("Backing up the database"),
                 on_result=lambda path: self.backup_status.setText(self.tr("Saved: {0}").format(path)),
                 on_error=lambda exc: self.backup_status.setText(council_message(exc)))

    def office_values(self) -> dict:
        return {**{f"letterhead_{lang}": edit.toPlainText().strip() for lang, edit in self.letterhead.items()},
                "logo_png_base64": self.logo_base64,
                "default_chair_id": self.chair.value(), "default_secretary_id": self.secretary.value(),
                "default_quorum_rule": self.quorum.currentData(),
                "document_language": self.document_language.currentData(),
                "time_zone": self.time_zone.currentText().strip()}

    def apply(self) -> dict | None:
        """Store everything; returns what was stored, or None with the message shown."""
        try:
            self.ctx.settings.update(self.office_values())
        except CouncilError as exc:
            self.error.show_message(council_message(exc))
            return None
        self.prefs.data_folder = self.data_folder.text().strip()
        self.prefs.backup_folder = self.backup_dir.text().strip()
        self.prefs.backup_on_exit = self.backup_on_exit.isChecked()
        self.prefs.backup_keep = self.backup_keep.value()
        self.prefs.sync()
        return {**self.office_values(), "language": self.language.currentData()}

    def accept(self) -> None:
        self.result_values = self.apply()
        if self.result_values is not None:
            super().accept()

    @classmethod
    def ask(cls, ctx, parent=None) -> dict | None:
        """Show the dialog; the stored values (with the chosen window language), or None if cancelled."""
        dialog = cls(ctx, parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_values
        return None
