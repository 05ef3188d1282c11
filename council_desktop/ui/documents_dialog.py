"""Every document of the open meeting from the window: File → Meeting documents → the agenda (invitation),
the chair's script, the attendance sheet, an extract of an item, the register, the protocol.

Each opens in a preview (the protocol tab's own viewer, `ProtocolPreview`, told which document to
render) with its language, Print… and Save as PDF…; a file is proposed under the meeting's number,
date and the document's kind in the document's language (`Протокол_1-1_2026-02-20.pdf`), in the
folder documents were last saved to (the user's Documents folder at first).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QMenu, QVBoxLayout

from .forms import menu_action, named
from .prefs import Prefs

KINDS = ("agenda", "script", "attendance", "extract", "register", "protocol")


def documents_folder() -> Path:
    """The folder documents were last saved to, else the user's Documents folder (else home)."""
    return remembered_folder(Prefs().documents_folder, QStandardPaths.StandardLocation.DocumentsLocation)


def remembered_folder(last: str, standard: QStandardPaths.StandardLocation) -> Path:
    """`last` while it is still a folder, else the user's standard folder of that kind, else home."""
    if last and Path(last).is_dir():
        return Path(last)
    folder = QStandardPaths.writableLocation(standard)
    return Path(folder) if folder and Path(folder).is_dir() else Path.home()


def remember_folder(path: str | Path) -> None:
    Prefs().documents_folder = str(Path(path).parent)


def file_name(ctx, meeting_id: int, kind: str, layout: str, item: int | None = None) -> str:
    """Kind_number_date in the document's language (its first, for a two-language layout): a name that says
    what the file is (labels.file_stem)."""
    from ..documents.labels import file_stem  # imported when first needed: ReportLab stays out of the start

    lang = layout.split("+")[0]
    return file_stem(kind, lang, ctx.views.meeting_record(meeting_id, lang), item)


def agenda_items(combo: QComboBox, record: dict, lang: str) -> None:
    """The meeting's agenda items offered in `combo` by number and title (the Russian title where the
    language's is empty), each with its number as its data."""
    for row in record["agenda"]:
        title = row.get(f"title_{lang}") or row.get("title_ru") or ""
        combo.addItem(f"{row['position']}. {title}", row["position"])


class DocumentDialog(QDialog):
    """One document of the meeting, as it will print; Print… and Save as PDF… under it."""

    def __init__(self, ctx, meeting_id: int, kind: str, layout: str = "ru", parent=None):
        super().__init__(parent)
        self.ctx, self.meeting_id, self.kind = ctx, meeting_id, kind
        self.setWindowTitle(self.titles()[kind])
        from .protocol_preview import ProtocolPreview  # imported when first needed: a lighter start

        self.preview = ProtocolPreview(ctx, self)
        self.preview.kind = kind
        self.preview.save_button.setText(self.tr("Save as PDF…"))
        named(self.preview.language, self.tr("Language of the document"))
        layout_box = QVBoxLayout(self)
        self.item = None
        if kind == "extract":  # which item the extract is of
            self.item = named(QComboBox(), self.tr("Agenda item"))
            lang = layout.split("+")[0]
            agenda_items(self.item, ctx.views.meeting_record(meeting_id, lang), lang)
            form = QFormLayout()
            form.addRow(self.tr("Agenda &item"), self.item)
            layout_box.addLayout(form)
            self.preview.options = {"item": self.item.currentData()}
            self.item.currentIndexChanged.connect(self._item_changed)
        layout_box.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout_box.addWidget(buttons)
        self.resize(820, 640)
        self.preview.show_meeting(meeting_id, layout)

    def _item_changed(self) -> None:
        self.preview.options = {"item": self.item.currentData()}
        self.preview.refresh()

    def titles(self) -> dict[str, str]:
        return {"agenda": self.tr("Agenda (invitation)"), "script": self.tr("Chair's script"),
                "attendance": self.tr("Attendance sheet"), "extract": self.tr("Extract of an item"),
                "register": self.tr("Register of resolutions and assignments"), "protocol": self.tr("Protocol")}

    @classmethod
    def ask(cls, ctx, meeting_id: int, kind: str, layout: str = "ru", parent=None) -> None:
        cls(ctx, meeting_id, kind, layout, parent).exec()


def add_to_menu(window, menu: QMenu) -> QMenu:
    """File → Meeting documents: each document of the open meeting, with a preview."""
    translate = QCoreApplication.translate
    sub = menu.addMenu(translate("DocumentDialog", "Meeting &documents"))
    texts = {"agenda": translate("DocumentDialog", "&Agenda (invitation)…"),
             "script": translate("DocumentDialog", "Chair's &script…"),
             "attendance": translate("DocumentDialog", "A&ttendance sheet…"),
             "extract": translate("DocumentDialog", "&Extract of an item…"),
             "register": translate("DocumentDialog", "&Register of resolutions and assignments…"),
             "protocol": translate("DocumentDialog", "&Protocol…")}
    window.document_actions = {}
    for kind in KINDS:
        window.document_actions[kind] = menu_action(
            window, texts[kind], lambda _c=False, k=kind: open_document(window, k), menu=sub)
    return sub


def open_document(window, kind: str) -> None:
    editor = window.meeting_editor()
    if editor is None:
        window.statusBar().showMessage(QCoreApplication.translate("DocumentDialog", "Open a meeting first"), 4000)
        return
    if not editor.save():  # the document shows what is saved
        return
    DocumentDialog.ask(window.ctx, editor.meeting_id, kind, editor.lifecycle.layout_choice(), window)
