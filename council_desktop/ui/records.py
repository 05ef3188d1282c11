"""A list of records beside the form that edits the chosen one: organisations, projects, council bodies.

The form saves by itself (staging.py), asks before a record with unsaved changes is left,
shows a refusal next to its Save button, and tells the list to reload after a save.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

__all__ = ["EditorHost", "OrganisationCombo", "RecordEditor", "RecordsView", "Refused", "organisation_combo"]

from ..domain.errors import CouncilError
from . import i18n
from .forms import ErrorLabel, SearchField, leave_editor, named, table_view
from .icons import icon
from .models.base import sorting_proxy
from .staging import DraftNote, Refused, StagedEditor, draft_path, read_draft, write_draft

# the editors' kinds before they were named by their tables (a draft may still be kept under them)
_OLD_KINDS = {"organization": "organisation", "council_body": "body"}


class EditorHost:
    """A view whose unsaved changes are those of the editor it shows (None: no editor open).

    The main window asks every view through these before it switches or closes."""

    editor = None

    def has_unsaved_changes(self) -> bool:
        return self.editor is not None and self.editor.has_unsaved_changes()

    def save(self):
        return self.editor.save() if self.editor is not None else None

    def discard(self) -> None:
        if self.editor is not None:
            self.editor.discard()


class OrganisationCombo(QComboBox):
    """Organisations by short name after a first entry for none; the item data is the id.

    It lists the registry as it is when it opens, and reads it again to show an organisation it
    does not list yet: one added in another view or window is there to choose, not shown as none."""

    def __init__(self, ctx, name: str, none_text: str, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.none_text = none_text
        named(self, name)
        self.reload()

    def reload(self) -> None:
        current = self.currentData()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.none_text, None)
            for o in self.ctx.registry.organizations(lang=i18n.current()):
                self.addItem(o["label"], o["id"])
            self.setCurrentIndex(max(0, self.findData(current)) if current is not None else 0)
        finally:
            self.blockSignals(False)

    def showPopup(self) -> None:
        self.reload()
        super().showPopup()


def organisation_combo(ctx, name: str) -> OrganisationCombo:
    return OrganisationCombo(ctx, name, QCoreApplication.translate("RecordEditor", "(none)"))


class RecordEditor(StagedEditor):
    """Fields of one record, staged, undoable and saved by themselves (staging.py).

    Subclasses name their `kind` (the table: the model's column names are the fields' keys), bind
    their widgets (`add_text_fields`, `bind_field`), say what a new record holds (`defaults`) and
    check the values (`check`, raising `Refused`); a record is written by the one generic call
    (`ctx.records`: `create` a new one, `update` the columns staged), its rules checked there.
    Undo reaches back as far as the record shown: opening another record starts afresh.
    """

    saved = Signal(int)
    open_wanted = Signal(object)  # a record id (None: a new one) the editor must show to restore a draft
    kind = "record"

    def __init__(self, ctx, parent=None, form: bool = True) -> None:
        super().__init__(ctx, parent)
        self.ident = self.new_ident()
        self.row: dict = {}
        self.fields: dict[str, QLineEdit] = {}
        self.widgets: dict[str, QWidget] = {}
        self.labels: dict[str, str] = {}
        self.draft_note = DraftNote(self)
        self.error = ErrorLabel()
        self.save_button = QPushButton(icon("save"), "")
        if form:
            self.form = QFormLayout(self)
            self.form.addRow(self.draft_note.box)
        from .change_signal import follow
        follow(self, ctx, {self.kind}, self._changed_elsewhere)

    def _changed_elsewhere(self, changes) -> None:
        """The record shown was changed elsewhere (another view, another process): shown as it is now, unless
        something is typed in it; that stays as typed, and saving it over the change is refused and offered
        back (staging.py), as the editor keeps the version it was shown at."""
        ident = self.record_id
        if ident is None or not (changes.everything or ident in changes.changed.get(self.kind, ())
                                 or ident in changes.deleted.get(self.kind, ())):
            return
        written = changes.versions.get((self.kind, ident))
        if written is not None and written == self.versions.get((self.kind, ident)):
            return  # its own write, shown already: a read now could pass another's later write for it
        try:
            row = self.fetch(ident)
        except CouncilError:  # gone (a backup restored without it): the list no longer offers it
            self.lose({(self.kind, ident): self.record_name(self.kind, ident)})  # what was typed in it is kept
            return
        if self.pending:
            return
        if row is not None and row.get("version") != self.versions.get((self.kind, ident)):  # not its own save
            self.load(ident, row)

    @property
    def record_id(self) -> int | None:
        return self.ident if self.ident > 0 else None

    def bind_field(self, key: str, widget: QWidget, label: str) -> QWidget:
        self.widgets[key], self.labels[key] = widget, label
        self.bind(widget, self.kind, lambda: self.ident, key, label)
        return widget

    def add_text_fields(self, pairs) -> None:
        for key, title in pairs:
            edit = QLineEdit()
            named(edit, title)
            self.fields[key] = edit
            self.bind_field(key, edit, title)
            self.form.addRow(title, edit)

    def add_name_fields(self) -> None:
        """An organisation's or a body's name and short name in each language."""
        translate = QCoreApplication.translate
        self.add_text_fields((
            ("name_kk", translate("RecordEditor", "Name in Kazakh")),
            ("name_ru", translate("RecordEditor", "Name in Russian")),
            ("name_en", translate("RecordEditor", "Name in English")),
            ("short_name_kk", translate("RecordEditor", "Short name in Kazakh")),
            ("short_name", translate("RecordEditor", "Short name in Russian")),
            ("short_name_en", translate("RecordEditor", "Short name in English"))))

    def add_save_row(self, text: str, name: str) -> None:
        self.save_button.setText(text)
        named(self.save_button, name)
        self.save_button.clicked.connect(self.save)
        button = QHBoxLayout()
        button.addStretch(1)
        button.addWidget(self.save_button)
        self.form.addRow(self.error, button)

    # subclasses
    def defaults(self) -> dict:
        """The values a new record starts with."""
        return {}

    def load_more(self, row: dict) -> None:
        """What else shows the record (a heading)."""

    def check(self, values: dict) -> None:
        """Raise `Refused` when the values cannot be stored."""

    def fetch(self, record_id: int) -> dict | None:
        """The record as stored now (after a save); None: keep what was written."""
        return None

    # the same for every record
    def load(self, record_id: int | None, row: dict) -> None:
        """Show a record (None: a new one). The caller has asked about unsaved changes first."""
        if record_id is None or record_id != self.record_id:
            self._autosave.stop()
            self.pending.clear()
            self.errors.clear()
            self.undo_stack.clear()
            self.left.clear()
            self.ident = record_id or self.new_ident()
        self.row = row
        # sent back on save: an edit on a stale copy is refused
        self.versions = {(self.kind, self.ident): row["version"]} if row.get("version") is not None else {}
        base = {**self.defaults(), **{k: row[k] for k in self.widgets if k in row}}
        self.records = {(self.kind, self.ident): {k: v if v is not None or k not in self.fields else ""
                                                  for k, v in base.items()}}
        self.refresh_bindings()
        self.load_more(row)
        for edit in self.fields.values():
            if not edit.hasFocus():
                edit.setCursorPosition(0)
        self.show_errors()

    def values(self) -> dict:
        """The record as shown: stored values with the staged ones on top."""
        key = (self.kind, self.ident)
        return {**self.records.get(key, {}), **self.pending.get(key, {})}

    def write(self, key, values: dict) -> int:
        merged = {k: v.strip() if isinstance(v, str) else v for k, v in {**self.records[key], **values}.items()}
        self.check(merged)
        if key[1] < 0:
            record_id = self.ctx.records.create(self.kind, merged)  # its version: StagedEditor.took
        else:  # only what was staged; refused if someone else changed the record since it was shown
            record_id = key[1]
            self.versions[key] = self.ctx.records.update(self.kind, record_id, {k: merged[k] for k in values},
                                                         expected_version=self.versions.get(key))
        self.records[(self.kind, record_id)] = merged
        return record_id

    def reload(self) -> None:
        self.ident = self.resolve(self.kind, self.ident)
        row = self.fetch(self.ident) if self.record_id else None
        if row is not None:
            self.load(self.ident, row)
        else:
            self.refresh_bindings()

    def save(self) -> int | None:
        """Store what is staged; the record's id, or None with the message shown next to the field."""
        if self.record_id is None and not self.pending:
            try:  # Save on an untouched new record: say what it still needs
                self.check(self.values())
            except Refused as exc:
                self.errors = {}
                self.refused((self.kind, self.ident), exc)
                self.show_errors()
                return None
        if not StagedEditor.save(self):
            return None
        return self.record_id

    def show_errors(self) -> None:
        self.error.show_message("\n".join(dict.fromkeys(self.errors.values())))

    def saved_changes(self) -> None:
        if self.record_id:
            self.saved.emit(self.record_id)

    def discard(self) -> None:
        """Forget what is staged (and its draft); show the record as stored."""
        self.forget_staged()
        self.load(self.record_id, self.row if self.record_id else {})

    def draft_name(self) -> str:
        return self.kind

    def find_draft(self) -> dict | None:
        draft = super().find_draft()
        old = _OLD_KINDS.get(self.kind)
        if draft is None and old:  # kept by a version that named the editor "organisation" or "body"
            path = draft_path(self.ctx.location, old)
            draft = read_draft(path)
            if draft is not None:
                for edit in draft["pending"]:
                    edit[0] = self.kind
                write_draft(self._draft_file(), draft)
                path.unlink()
                self.draft = draft
        return draft

    def draft_summary(self) -> str:
        values = self.values()
        return next((str(values[k]) for k in self.fields if values.get(k)), "")

    def record_name(self, kind: str, ident: int) -> str:
        return f"«{self.draft_summary()}»" if kind == self.kind else super().record_name(kind, ident)

    def restore_target(self, draft: dict) -> None:
        ident = draft["pending"][0][1]
        wanted = ident if ident > 0 else None
        self.open_wanted.emit(wanted)  # the view selects it in its list and shows it here
        if wanted != self.record_id:  # no view listening
            row = self.fetch(wanted) if wanted else {}
            if row is not None:
                self.load(wanted, row)


class RecordsView(EditorHost, QWidget):
    """The list (sorted, filtered as you type) and the editor; `side` goes to the right of both."""

    def __init__(self, model, editor: RecordEditor, list_name: str, new_text: str, search_text: str = "",
                 side: QWidget | None = None, parent=None) -> None:
        super().__init__(parent)
        self.model, self.editor = model, editor
        model.setParent(self)
        self.proxy = sorting_proxy(model, self)
        self.table = table_view(list_name)
        self.table.setModel(self.proxy)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.search = SearchField(search_text, delay_ms=50) if search_text else None
        self.new_button = QPushButton(icon("new"), new_text)
        named(self.new_button, new_text)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        if self.search is not None:
            lv.addWidget(self.search)
            self.search.search.connect(self.proxy.setFilterFixedString)
        lv.addWidget(self.table, 1)
        lv.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        split = QSplitter()
        split.addWidget(left)
        if side is None:
            split.addWidget(editor)
            split.setStretchFactor(0, 3)
            split.setStretchFactor(1, 2)
        else:
            lv.addWidget(editor)
            split.addWidget(side)
            split.setStretchFactor(0, 2)
            split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.new_button.clicked.connect(self.new)
        editor.saved.connect(self._saved)
        editor.open_wanted.connect(self.open_record)
        model.modelReset.connect(self._keep_current)  # read again after a write elsewhere (ctx.hub)
        editor.draft_note.offer()

    def _keep_current(self) -> None:
        r = self.model.row_of(self.editor.record_id) if self.editor.record_id else -1
        if r >= 0:
            self._select_quietly(self.proxy.mapFromSource(self.model.index(r, 0)))

    @property
    def undo_stack(self):
        return self.editor.undo_stack

    def chosen(self, row: dict | None) -> None:
        """A record was chosen (None: a new one is being made)."""

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if not current.isValid():
            return
        row = self.model.row(self.proxy.mapToSource(current))
        if row["id"] == self.editor.record_id:
            return
        if not leave_editor(self.editor, self):
            self._select_quietly(previous)
            return
        self._show(row)

    def _show(self, row: dict) -> None:
        """The editor shows the record as stored now: the list's row may be older (another window saved)."""
        self.editor.load(row["id"], self.editor.fetch(row["id"]) or row)
        self.chosen(row)

    def _select_quietly(self, index: QModelIndex) -> None:
        self.table.selectionModel().blockSignals(True)
        self.table.setCurrentIndex(index)
        self.table.selectionModel().blockSignals(False)

    def open_record(self, record_id: int | None) -> None:
        """Show a record in the list and the editor (a draft to restore is about it)."""
        if record_id is None:
            self.table.clearSelection()
            self.editor.load(None, {})
            self.chosen(None)
            return
        r = self.model.row_of(record_id)
        if r >= 0:
            self._select_quietly(self.proxy.mapFromSource(self.model.index(r, 0)))
            self._show(self.model.row(r))

    def new(self) -> None:
        if leave_editor(self.editor, self):
            self.table.clearSelection()
            self.editor.load(None, {})
            self.chosen(None)
            next(iter(self.editor.fields.values())).setFocus()

    def _saved(self, record_id: int) -> None:
        self.model.reload()
        r = self.model.row_of(record_id)
        if r >= 0:
            self._select_quietly(self.proxy.mapFromSource(self.model.index(r, 0)))
            # the editor shows the record as it saved it, at the version it wrote (not read again)
            self.chosen(self.model.row(r))

    def focus_search(self) -> None:
        (self.search or self.table).setFocus()

