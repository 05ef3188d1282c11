"""File → Export… and File → Import…: the exchange with other offices in the window.

Export writes the open meeting in the format and language chosen (services/exchange.py does the
work, as for `council export`).  Import first shows what a file would bring — a people list with
its column mapping, its bad rows, mixed scripts and likely duplicates; a bundle with what it adds
and changes, its conflicts (each kept as here unless ticked) and whether its signed protocols are
verified — and writes only when Import is pressed, all of it or nothing.

Reading a file, writing an export and importing run off the GUI thread (ui/jobs.py): a bundle of a
few hundred megabytes takes seconds, and the window keeps painting meanwhile.  A dialog is `busy`
while its job runs: its buttons wait, and it does not close under a write that will still land.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CouncilError, field_word, record_kind
from ..domain.names import marked
from . import i18n, jobs
from .documents_dialog import agenda_items, documents_folder, file_name, remember_folder, remembered_folder
from .prefs import Prefs
from .models import labels
from .models.meeting_models import choice_label, role_label, status_label
from .forms import menu_action, named

translate = QCoreApplication.translate
FIELDS = ("", "surname", "given_name", "patronymic", "full_name", "organization", "position", "email", "phone")
SUFFIX = {"docx": ".docx", "xlsx": ".xlsx", "csv": ".csv", "ics": ".ics", "bundle": ".council", "eml": ".eml"}


def _field_names() -> dict[str, str]:
    return {"": translate("ExchangeDialogs", "(not imported)"), "surname": translate("ExchangeDialogs", "Surname"),
            "given_name": translate("ExchangeDialogs", "Given name"),
            "patronymic": translate("ExchangeDialogs", "Patronymic"),
            "full_name": translate("ExchangeDialogs", "Full name (surname, given name, patronymic)"),
            "organization": translate("ExchangeDialogs", "Organisation"),
            "position": translate("ExchangeDialogs", "Position"), "email": translate("ExchangeDialogs", "E-mail"),
            "phone": translate("ExchangeDialogs", "Phone")}


def _mismatch(m: dict) -> str:
    """How a signed protocol in a bundle failed its proof (services.exchange._check_protocol), in words."""
    if m["what"] == "no_data":
        return translate("ExchangeDialogs", "the bundle holds no signed data or no PDF for it")
    return translate("ExchangeDialogs", "the PDF made again from its signed data differs from the bundle's PDF at "
                                        "byte {0} ({1} against {2} bytes)").format(
        m["at_byte"], m["rendered_bytes"], m["bundle_bytes"])


def _locked_reasons() -> dict[str, str]:
    """Why a conflict cannot take the bundle's version (services/exchange.py marks it `locked`)."""
    return {"signed_here": translate("ExchangeDialogs", "kept as here: the meeting is signed in this copy; to take "
                                                        "the bundle's version, amend the protocol here first"),
            "file": translate("ExchangeDialogs", "kept as here: an import never overwrites a file here"),
            "composition": translate("ExchangeDialogs", "kept as here: the bundle's version would change who "
                                                        "belonged to the body at a meeting signed in this copy; "
                                                        "amend its protocol here first")}


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _stored_word(table: str, column: str, value: str) -> str:
    """A field that holds one of the program's own words (a status, a kind, a role), in the window's words."""
    if table == "attendance" and column == "status":
        return status_label(value)
    if column == "role":
        return role_label(value)
    if column == "choice":
        return choice_label(value)
    if column in ("status", "kind", "format", "quorum_rule", "majority_rule"):
        return labels.label(value)
    return value  # a text as typed


def _value(value, table: str = "", column: str = "") -> str:
    """A field's value in a conflict as the window writes it: a stored word in the user's language, a
    text in quotes (as typed), nothing as a dash."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("ExchangeDialogs", "yes") if value else translate("ExchangeDialogs", "no")
    if isinstance(value, str):
        return translate("ExchangeDialogs", "“{0}”").format(_stored_word(table, column, value))
    return str(value)


class ExchangeChooser:
    """The file dialogs of Export and Import. Tests patch these."""

    @classmethod
    def save_path(cls, parent, suggested: str, kind: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, translate("ExchangeDialogs", "Export"), suggested,
                                              f"*{SUFFIX[kind]};;" + translate("ExchangeDialogs", "All files (*)"))
        return path or None

    @classmethod
    def open_path(cls, parent) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, translate("ExchangeDialogs", "Import"), str(import_folder()),
            translate("ExchangeDialogs", "Bundles and lists of people (*.council *.zip *.csv *.txt *.xlsx);;All files (*)"))
        if path:
            Prefs().import_folder = str(Path(path).parent)
        return path or None


def import_folder() -> Path:
    """The folder the last file from another office came from, else the Downloads folder (else home)."""
    return remembered_folder(Prefs().import_folder, QStandardPaths.StandardLocation.DownloadLocation)


# --- export ------------------------------------------------------------------------------------------
class ExportDialog(QDialog):
    def __init__(self, ctx, meeting_id: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.meeting_id = ctx, meeting_id
        self.written: Path | None = None
        self.busy = False
        self.setWindowTitle(translate("ExchangeDialogs", "Export the meeting"))
        self.format = QComboBox()
        for key, text in (("docx", translate("ExchangeDialogs", "Word document (DOCX)")),
                          ("xlsx", translate("ExchangeDialogs", "Spreadsheet (XLSX)")),
                          ("csv", translate("ExchangeDialogs", "Table as text (CSV)")),
                          ("ics", translate("ExchangeDialogs", "Calendar invitation (ICS)")),
                          ("eml", translate("ExchangeDialogs", "Mail draft with documents (EML)")),
                          ("bundle", translate("ExchangeDialogs", "Bundle for another office (.council)"))):
            self.format.addItem(text, key)
        self.format.setCurrentIndex(max(0, self.format.findData(Prefs().export_format)))  # as the last time
        named(self.format, translate("ExchangeDialogs", "Format"))
        self.language = QComboBox()
        for key, text in i18n.language_names().items():
            self.language.addItem(text, key)
        self.language.setCurrentIndex(max(0, self.language.findData(i18n.current())))
        named(self.language, translate("ExchangeDialogs", "Language"))
        self.document = QComboBox()
        self.document.addItem(translate("ExchangeDialogs", "Protocol"), "protocol")
        self.document.addItem(translate("ExchangeDialogs", "Extract of an item"), "extract")
        named(self.document, translate("ExchangeDialogs", "Document"))
        self.item = QComboBox()  # the meeting's items by number and title, in the window's language
        agenda_items(self.item, ctx.views.meeting_record(meeting_id, i18n.current()), i18n.current())
        # as wide as forty letters, not as the longest title (the list that opens shows them whole)
        self.item.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.item.setMinimumContentsLength(40)
        if not self.item.count():  # nothing to extract from
            self.document.model().item(self.document.findData("extract")).setEnabled(False)
        named(self.item, translate("ExchangeDialogs", "Agenda item of the extract"))
        self.table = QComboBox()
        for key, text in (("attendance", translate("ExchangeDialogs", "Attendance")),
                          ("agenda", translate("ExchangeDialogs", "Agenda")),
                          ("resolutions", translate("ExchangeDialogs", "Resolutions and votes")),
                          ("assignments", translate("ExchangeDialogs", "Assignments"))):
            self.table.addItem(text, key)
        named(self.table, translate("ExchangeDialogs", "List"))
        self.delimiter = QComboBox()
        for key, text in ((";", translate("ExchangeDialogs", "Semicolon (Excel in Russian or Kazakh)")),
                          (",", translate("ExchangeDialogs", "Comma")), ("\t", translate("ExchangeDialogs", "Tab"))):
            self.delimiter.addItem(text, key)
        named(self.delimiter, translate("ExchangeDialogs", "Delimiter"))
        self.attach = {}
        attachments = QWidget()
        row = QHBoxLayout(attachments)
        row.setContentsMargins(0, 0, 0, 0)
        for key, text in (("protocol", translate("ExchangeDialogs", "Protocol (PDF)")),
                          ("docx", translate("ExchangeDialogs", "Protocol (DOCX)")),
                          ("xlsx", translate("ExchangeDialogs", "Lists (XLSX)")),
                          ("ics", translate("ExchangeDialogs", "Invitation (ICS)"))):
            box = QCheckBox(text)
            box.setChecked(key == "protocol")
            self.attach[key] = box
            row.addWidget(box)
        self.recipients = QLineEdit()
        self.recipients.setPlaceholderText("office@example.kz, ...")
        named(self.recipients, translate("ExchangeDialogs", "Recipients"))
        self.timezone = QLineEdit()
        self.timezone.setPlaceholderText("Asia/Almaty")
        named(self.timezone, translate("ExchangeDialogs", "Time zone"))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(translate("ExchangeDialogs", "&Format:"), self.format)
        form.addRow(translate("ExchangeDialogs", "&Language:"), self.language)
        self.rows = {"docx": [self.document, self.item], "csv": [self.table, self.delimiter],
                     "eml": [attachments, self.recipients], "ics": [self.timezone]}
        for label, widget in ((translate("ExchangeDialogs", "&Document:"), self.document),
                              (translate("ExchangeDialogs", "Agenda &item:"), self.item),
                              (translate("ExchangeDialogs", "Li&st:"), self.table),
                              (translate("ExchangeDialogs", "&Delimiter:"), self.delimiter),
                              (translate("ExchangeDialogs", "&Attach:"), attachments),
                              (translate("ExchangeDialogs", "&Recipients:"), self.recipients),
                              (translate("ExchangeDialogs", "&Time zone:"), self.timezone)):
            form.addRow(label, widget)
        self.form = form
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(translate("ExchangeDialogs", "Export…"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        named(self.export_button, translate("ExchangeDialogs", "Choose the file and export"))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._shown)
        self.document.currentIndexChanged.connect(self._shown)
        self._shown()

    def _shown(self) -> None:
        kind = self.format.currentData()
        for key, widgets in self.rows.items():
            for widget in widgets:
                visible = key == kind and (widget is not self.item or self.document.currentData() == "extract")
                self.form.setRowVisible(widget, visible)
        both = self.language.findData("kk+ru")
        self.language.model().item(both).setEnabled(kind == "docx")
        if kind != "docx" and self.language.currentData() == "kk+ru":
            self.language.setCurrentIndex(self.language.findData("kk"))

    def options(self) -> dict:
        kind = self.format.currentData()
        if kind == "docx":
            return {"document": self.document.currentData(), "item": self.item.currentData()}
        if kind == "csv":
            return {"table": self.table.currentData(), "delimiter": self.delimiter.currentData()}
        if kind == "eml":
            return {"attach": [k for k, box in self.attach.items() if box.isChecked()] or ["protocol"],
                    "to": [a.strip() for a in self.recipients.text().replace(";", ",").split(",") if a.strip()],
                    "item": self.item.currentData()}
        if kind == "ics" and self.timezone.text().strip():
            return {"timezone": self.timezone.text().strip()}
        return {}

    def file_name(self) -> str:
        """What the file is, the meeting's number and date, in the export's language: the name proposed,
        as for a document saved as PDF (Протокол_1-1_2026-02-20.docx, Явочный_лист_….csv)."""
        from ..documents.labels import EXPORT_FILE  # imported when first needed: ReportLab stays out of the start

        kind = self.format.currentData()
        named_as = {"docx": self.document.currentData(), "csv": self.table.currentData()}.get(kind) or EXPORT_FILE[kind]
        return file_name(self.ctx, self.meeting_id, named_as, self.language.currentData(),
                         self.item.currentData()) + SUFFIX[kind]

    def export(self) -> None:
        kind = self.format.currentData()
        suggested = str(documents_folder() / self.file_name())  # where the secretary saved documents last
        path = ExchangeChooser.save_path(self, suggested, kind)
        if not path:
            return
        self.error.clear()
        self._set_busy(True)
        jobs.run(self.ctx.exchange.export, self.meeting_id, kind, path, self.language.currentData(),
                 parent=self, title=translate("ExchangeDialogs", "Exporting to {0}").format(Path(path).name),
                 cancellable=False, on_result=self._exported, on_error=self._refused, **self.options())

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.buttons.setEnabled(not busy)

    def _exported(self, written: Path) -> None:
        self._set_busy(False)
        self.written = written
        remember_folder(written)
        Prefs().export_format = self.format.currentData()
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        self.error.setText(jobs.error_text(exc))

    def reject(self) -> None:
        if not self.busy:  # the file is being written: it lands, then the dialog closes
            super().reject()

    @classmethod
    def ask(cls, ctx, meeting_id: int, parent=None) -> Path | None:
        dialog = cls(ctx, meeting_id, parent)
        dialog.exec()
        return dialog.written


# --- import ------------------------------------------------------------------------------------------
class ImportDialog(QDialog):
    """The preview of a people list or a bundle, and Import to write it."""

    def __init__(self, ctx, path: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.path = ctx, path
        self.bundle = ctx.exchange.is_bundle(path)
        self.report: dict | None = None
        self.imported: dict | None = None
        self.busy = False  # a preview or the import running
        self.writing = False  # the import running: it lands whatever is pressed now
        self._asked = 0  # the latest preview asked for: an earlier one's answer is not shown
        self._notice = ""  # said above the next preview: why it is shown again
        self.setWindowTitle(translate("ExchangeDialogs", "Import {0}").format(Path(path).name))
        layout = QVBoxLayout(self)
        self.mapping = QTableWidget(0, 2)
        self.mapping.setHorizontalHeaderLabels([translate("ExchangeDialogs", "Column in the file"),
                                                translate("ExchangeDialogs", "Imported as")])
        self.mapping.horizontalHeader().setStretchLastSection(True)
        self.mapping.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        named(self.mapping, translate("ExchangeDialogs", "Column mapping"))
        self.fold = QCheckBox(translate("ExchangeDialogs", "Store names that mix Latin and Cyrillic letters in one "
                                                           "script"))
        self.fold.toggled.connect(self.refresh)
        self.conflicts = QListWidget()
        named(self.conflicts, translate("ExchangeDialogs", "Conflicts: tick a record to take the bundle's version"))
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        named(self.summary, translate("ExchangeDialogs", "What the file would bring"))
        self.conflicts_label = QLabel(translate("ExchangeDialogs", "Records changed both here and there (kept "
                                                                   "as here unless ticked):"))
        if self.bundle:
            layout.addWidget(self.conflicts_label)
            layout.addWidget(self.conflicts)
        else:
            layout.addWidget(self.mapping, 1)  # as tall as the report: a list may have many columns
            layout.addWidget(self.fold)
        layout.addWidget(self.summary, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(translate("ExchangeDialogs", "Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        named(self.import_button, translate("ExchangeDialogs", "Write what is shown into the database"))
        # the list corrected in the spreadsheet and saved, or the bundle sent again: shown without leaving
        self.read_again = self.buttons.addButton(translate("ExchangeDialogs", "Read again"),
                                                 QDialogButtonBox.ButtonRole.ResetRole)
        named(self.read_again, translate("ExchangeDialogs", "Read the file again as it is now"))
        self.read_again.clicked.connect(self.refresh)
        self.buttons.accepted.connect(self.run)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(900, 620)  # within a 1366×768 screen, the mapping and the report both readable
        self.refresh()

    # what the user chose
    def columns(self) -> dict[str, str] | None:
        if not self.mapping.rowCount():  # nothing read yet, or read afresh: the columns as recognised
            return None
        return {self.mapping.item(r, 0).text(): self.mapping.cellWidget(r, 1).currentData()
                for r in range(self.mapping.rowCount())}

    def theirs(self) -> list[str]:
        return [self.conflicts.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.conflicts.count())
                if self.conflicts.item(r).checkState() == Qt.CheckState.Checked]

    def refresh(self) -> None:
        """Read the file again as the mapping now says, off the GUI thread; the answer of the latest
        question is shown (the mapping may change again meanwhile)."""
        self._asked += 1
        asked = self._asked
        self.busy = True
        self.import_button.setEnabled(False)
        self.summary.setPlainText(translate("ExchangeDialogs", "Reading {0}…").format(Path(self.path).name))
        if self.bundle:
            call = (self.ctx.exchange.preview_bundle, self.path)
        else:
            call = (self.ctx.people_import.preview, self.path, self.columns(), i18n.current(), self.fold.isChecked())

        def show(report: dict) -> None:
            if asked == self._asked:
                self.busy = False
                self.report = report
                self._show_bundle(report) if self.bundle else self._show_people(report)
                if self.ctx.read_only is not None:  # a file the system handed over: looked at, not imported
                    self.import_button.setEnabled(False)
                    self._notice = "\n\n".join(filter(None, (translate(
                        "ExchangeDialogs", "This database is open read-only: the file is shown, nothing can be "
                                           "imported into it. To import, copy the database to a folder you can "
                                           "write to and open the copy."), self._notice)))
                if self._notice:
                    self.summary.setPlainText(self._notice + "\n\n" + self.summary.toPlainText())
                    self._notice = ""

        def refused(exc: Exception) -> None:
            if asked == self._asked:
                self.busy = False
                self.report = None
                if isinstance(exc, CouncilError) and exc.code == "unknown_column" and self.mapping.rowCount():
                    # the file no longer has a column the mapping names (renamed or removed in the spreadsheet
                    # since it was read): its columns are recognised afresh rather than the dialog stuck
                    self.mapping.setRowCount(0)
                    self.refresh()
                    return
                self.summary.setPlainText(jobs.error_text(exc))

        # no progress window: the summary says it is reading, and Cancel leaves (a preview writes nothing)
        jobs.run(*call, progress=False, owner=self, on_result=show, on_error=refused)

    def _show_people(self, r: dict) -> None:
        headers = list(r["columns"]) + r["unmapped"]
        shown = [self.mapping.item(n, 0).text() for n in range(self.mapping.rowCount())]
        # the mapping as recognised, once; later the user's choices stand (and the columns are shown again,
        # those choices kept, when the file read again has other columns)
        if sorted(headers) != sorted(shown):
            names = _field_names()
            self.mapping.setRowCount(0)
            self.mapping.setRowCount(len(headers))
            for n, header in enumerate(headers):
                cell = QTableWidgetItem(header)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.mapping.setItem(n, 0, cell)
                combo = QComboBox()
                for f in FIELDS:
                    combo.addItem(names[f], f)
                combo.setCurrentIndex(combo.findData(r["columns"].get(header, "")))
                named(combo, translate("ExchangeDialogs", "Imported as"))
                combo.currentIndexChanged.connect(self.refresh)
                self.mapping.setCellWidget(n, 1, combo)
        lines = [translate("ExchangeDialogs", "{0} rows; {1} to import.").format(r["rows"], r["to_add"])]
        if r["encoding"]:
            lines.append(translate("ExchangeDialogs", "Encoding {0}, delimiter {1}").format(
                r["encoding"], {";": "«;»", ",": "«,»", "\t": "Tab"}.get(r["delimiter"], r["delimiter"])))
        if r["sheet"]:
            lines.append(translate("ExchangeDialogs", "Sheet «{0}» (the first with a surname or full-name column)")
                         .format(r["sheet"]))
        if r["workbook"]:  # a sheet's rows are rows (one word for both in Russian and Kazakh)
            titled, problem, mixed, duplicate = (
                translate("ExchangeDialogs", "Column names on row {0}; the rows above are not imported."),
                translate("ExchangeDialogs", "Row {0}: {1}"),
                translate("ExchangeDialogs", "Row {0}: Latin and Cyrillic letters mixed: {1}"),
                translate("ExchangeDialogs", "Row {0}: probably already in the registry as {1} (no. {2}); not imported"))
        else:
            titled, problem, mixed, duplicate = (
                translate("ExchangeDialogs", "Column names on line {0}; the lines above are not imported."),
                translate("ExchangeDialogs", "Line {0}: {1}"),
                translate("ExchangeDialogs", "Line {0}: Latin and Cyrillic letters mixed: {1}"),
                translate("ExchangeDialogs", "Line {0}: probably already in the registry as {1} (no. {2}); not imported"))
        if r["header_line"] > 1:
            lines.append(titled.format(r["header_line"]))
        if r["problems"]:  # Import stays off: say why, and the way on
            lines.append(translate("ExchangeDialogs", "Nothing is imported while the file has problems: correct "
                                                      "them (listed below) in the file, save it and press Read again."))
        found = [(p["line"], problem.format(p["line"], "; ".join(p["problems"]))) for p in r["problems"]]
        found += [(m["line"], mixed.format(m["line"], "; ".join(f"{marked(a, b)} → {b}" for a, b in m["fields"].values())))
                  for m in r["mixed_scripts"]]
        found += [(d["line"], duplicate.format(d["line"], d["name"], d["person_id"])) for d in r["duplicates"]]
        lines += [text for _line, text in sorted(found, key=lambda f: f[0])]  # as the file reads, line by line
        if r["new_organizations"]:
            lines.append(translate("ExchangeDialogs", "New organisations: {0}").format("; ".join(r["new_organizations"])))
        self.summary.setPlainText("\n".join(lines))
        self.import_button.setEnabled(not r["problems"] and r["to_add"] > 0)

    def _show_bundle(self, r: dict) -> None:
        lang = i18n.current()
        self.conflicts.clear()
        reasons = _locked_reasons()
        for c in r["conflicts"]:
            fields = "; ".join(f"{field_word(c['table'], k, lang)}: {_value(a, c['table'], k)} → "
                               f"{_value(b, c['table'], k)}"
                               for k, (a, b) in c["fields"].items())
            kind, name = _capitalised(record_kind(c["table"], lang)), c["names"].get(lang)
            item = QListWidgetItem(f"{kind} {_value(name)}: {fields}" if name else f"{kind}: {fields}")
            item.setCheckState(Qt.CheckState.Unchecked)
            if c["locked"]:  # the import would refuse (or not do) it: no tick offered, the reason said
                item.setText(f"{item.text()} — {reasons[c['locked']]}")
                item.setToolTip(reasons[c["locked"]])
                item.setFlags(item.flags() & ~(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled))
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(Qt.ItemDataRole.UserRole, c["uuid"])
            self.conflicts.addItem(item)
        for widget in (self.conflicts_label, self.conflicts):  # shown only when there is something to decide
            widget.setVisible(bool(r["conflicts"]))
        org = r["organisation"].get(lang) or next(iter(r["organisation"].values()), "")
        made = dt.datetime.fromisoformat(r["created_at"]).astimezone()  # the sender's moment, in this clock
        date, made = i18n.format_date(r["meeting"]["date"]), i18n.format_datetime(made)
        lines = [translate("ExchangeDialogs", "Meeting of {0} from {1}, made {2}").format(date, org, made) if org
                 else translate("ExchangeDialogs", "Meeting of {0}, made {1}").format(date, made)]
        for key, title in (("add", translate("ExchangeDialogs", "To add")),
                           ("update", translate("ExchangeDialogs", "To update")),
                           ("same", translate("ExchangeDialogs", "Already here")),
                           ("kept_ours", translate("ExchangeDialogs", "Changed here only since, kept as here"))):
            if r[key]:
                lines.append(f"{title}: " + ", ".join(f"{record_kind(t, lang)} — {n}" for t, n in r[key].items()))
        if r["matched"]:
            lines.append(translate("ExchangeDialogs", "Found here by name: {0}").format(len(r["matched"])))
        if not (r["add"] or r["update"] or r["conflicts"]):
            lines.append(translate("ExchangeDialogs", "Nothing new: everything in this bundle is already here."))
        for p in r["protocols"]:
            state = translate("ExchangeDialogs", "verified") if p["verified"] else \
                translate("ExchangeDialogs", "NOT verified: {0}").format("; ".join(map(_mismatch, p["mismatch"])))
            lines.append(translate("ExchangeDialogs", "Signed protocol, revision {0} ({1}): {2}").format(
                p["revision"], p["language"], state))
        self.summary.setPlainText("\n".join(lines))
        # a conflict that cannot take theirs (locked) leaves nothing to do
        self.import_button.setEnabled(bool(r["add"] or r["update"] or any(not c["locked"] for c in r["conflicts"])))

    def run(self) -> None:
        if self.busy or not self.import_button.isEnabled():
            return
        if self.bundle:
            call = (self.ctx.exchange.import_bundle, self.path, self.theirs())
        else:
            call = (self.ctx.people_import.run, self.path, self.columns(), i18n.current(), self.fold.isChecked())
        self._set_busy(True)
        # previewed: the file as its preview read it, or nothing (it may have been saved again since)
        jobs.run(*call, previewed=self.report["digest"], parent=self,
                 title=translate("ExchangeDialogs", "Importing {0}").format(Path(self.path).name),
                 cancellable=False, on_result=self._imported, on_error=self._refused)

    def _set_busy(self, busy: bool) -> None:
        self.busy = self.writing = busy
        for widget in (self.buttons, self.mapping, self.fold, self.conflicts):
            widget.setEnabled(not busy)

    def _imported(self, done: dict) -> None:
        self._set_busy(False)
        self.imported = done
        # what the import left in SQLite's WAL goes into the file now, off this thread, instead of in the
        # secretary's next save (0.3 s for 50 MB of files); if the disk refuses, the WAL keeps it for the
        # next try, and a fault of ours goes to the error log (error_text), not onto the screen
        jobs.run(self.ctx.checkpoint, progress=False, on_error=jobs.error_text)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self._set_busy(False)
        self.import_button.setEnabled(False)  # shown again by the next preview, when something changes
        self.summary.setPlainText(jobs.error_text(exc))
        if isinstance(exc, CouncilError) and exc.code == "changed_since_preview":
            self._notice = self.summary.toPlainText()
            # what the file holds now, to be looked at before Import is pressed again (the mapping chosen is
            # kept while the file still has its columns; recognised afresh where it does not: refresh)
            self.refresh()

    def reject(self) -> None:
        if not self.writing:  # a preview may be left behind; an import running is waited for
            super().reject()

    @classmethod
    def ask(cls, ctx, path: str, parent=None) -> dict | None:
        dialog = cls(ctx, path, parent)
        dialog.exec()
        return dialog.imported


# --- the window's menu ---------------------------------------------------------------------------------
def add_to_menu(window, menu) -> None:
    """Export and Import in the window's File menu."""
    window.act_export = menu_action(window, translate("ExchangeDialogs", "&Export…"), lambda: export(window),
                                    icon_name="save", menu=menu)
    window.act_import = menu_action(window, translate("ExchangeDialogs", "&Import…"), lambda: import_file(window),
                                    icon_name="open", menu=menu)


def export(window) -> Path | None:
    editor = window.meeting_editor()
    if editor is None:
        window.statusBar().showMessage(translate("ExchangeDialogs", "Open a meeting first"), 4000)
        return None
    if not editor.save():
        return None
    written = ExportDialog.ask(window.ctx, editor.meeting_id, window)
    if written is not None:
        window.statusBar().showMessage(translate("ExchangeDialogs", "Exported to {0}").format(written), 6000)
    return written


def import_file(window, path: str | None = None) -> dict | None:
    """File → Import… (or `path`, a file the system handed over): its preview, then what came in is shown,
    a bundle's meeting opened, or the people after a list of them."""
    if not window.leave_all():
        return None
    path = str(Path(path).resolve()) if path else ExchangeChooser.open_path(window)
    if not path:
        return None
    done = ImportDialog.ask(window.ctx, path, window)
    if done is None:
        return None
    window.rebuild()  # the lists show what came in
    if "meeting" in done:
        window.show_view("meetings")
        window.views["meetings"].open_meeting(done["meeting"]["id"])
    else:
        window.show_view("people")
    window.statusBar().showMessage(translate("ExchangeDialogs", "Imported {0}").format(Path(path).name), 6000)
    return done
