"""Edits staged in an editor, undoable, and saved by themselves: one mechanism for every editor.

The meeting editor and the registry editors (person, organisation, council body, project)
all work this way:
- A field typed or picked is *staged*: a `FieldEdit` on the editor's `undo_stack` records
  it (typing in one field merges into one command), `has_unsaved_changes()` reports it and
  `save()` writes each changed record with one call of the subclass's `write()`.
- The editor saves by itself 1.5 s after the last edit, when the focus leaves it and when it
  is hidden, so a crash loses at most the field being typed.
- An edit that cannot be saved yet (refused: a new person without a surname, more votes than
  members present) stays staged, with its message, and is kept as a *draft* file in the
  user's data folder (written atomically); an editor that finds a draft of its own — the
  program stopped before it could be saved — offers it back in a yellow note.
- An action on the structure (add, remove, move a record) is a `ServiceCommand`: a service
  call at once, whose undo is the inverse call (`CreateCommand`, `RemoveCommand`).
- Undo and redo of a step already saved write at once, over the version this editor's own last
  write left the record at (`left`): a record someone else changed since (another view, another
  process) is not written over; the step is refused with one line naming the record, nothing is
  written, and the step is dropped from the stack (it can never apply again: the record moved on),
  the steps under it staying undoable.
- Steps made as one (`one_step`: files attached together, a vote made unanimous, a draft restored) are
  done, undone and redone in one transaction: all written, or, one refused, none (`GroupCommand`).
- The version a step left is the one its own transaction wrote (`Changes.versions`, `took`), never one
  read after its commit: another process's write in between is refused on undo, not taken for its own.
Records are named by (kind, id); a record not yet in the database has a negative id, and a
record re-created or restored by an undo gets a new id: `alias()` notes the move and `resolve()` follows
a step's ids through the moves made since the step (by the id each record had when it was removed: the
database may give two records put back each other's freed ids).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from ..domain.entities import LANGUAGES
from ..domain.errors import CouncilError
from ..paths import user_data_folder
from . import i18n

AUTOSAVE_MS = 1500
FIELD_EDIT_ID = 7301

Key = tuple[str, int]


class Refused(Exception):
    """A check of the editor's own (a required field) refused the values; shown like a service's refusal."""

    code = "refused"

    def __init__(self, text: str, field: str | None = None) -> None:
        super().__init__(text)
        self.text, self.field = text, field

    def message(self, _lang: str = "") -> str:
        return self.text


class FieldEdit(QUndoCommand):
    """A field's new value staged in the editor; undo stages the old value again, or, once saved, writes it
    at once over the version the editor left (`StagedEditor.step`): refused and dropped if someone else
    changed the record since."""

    def __init__(self, editor, kind: str, ident: int, field: str, old: Any, new: Any, text: str):
        super().__init__(text)
        self.editor, self.kind, self.ident, self.field = editor, kind, ident, field
        self.since = editor.generation  # what `ident` named then (StagedEditor.resolve)
        self.old, self.new = old, new
        self.pushed = False  # the first redo is the edit itself (QUndoStack.push)

    def id(self) -> int:
        return FIELD_EDIT_ID

    def mergeWith(self, other) -> bool:
        # typing a word is one edit, not one per letter
        if not isinstance(other, FieldEdit) or (other.kind, other.ident, other.field) != \
                (self.kind, self.ident, self.field):
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if not self.pushed:
            self.pushed = True
            self.editor.stage(self.kind, self.ident, self.field, self.new)
        elif not self.editor.step(self.kind, self.editor.resolve(self.kind, self.ident, self.since), self.field,
                                  self.new, undo=False):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.editor.step(self.kind, self.editor.resolve(self.kind, self.ident, self.since), self.field,
                                self.old, undo=True):
            self.setObsolete(True)  # QUndoStack drops it


# An action on the structure (add, remove, move a record) is a service call at once; undo calls the inverse.
class ServiceCommand(QUndoCommand):
    """`do()` and `undo_do()` call services; a refusal is shown and the command dropped or kept undone."""

    # the record a refusal as stale names (CreateCommand, RemoveCommand); None: the one the refusal names
    kind: str | None = None
    ident: int | None = None

    def __init__(self, editor, text: str, do: Callable[[], Any], undo_do: Callable[[], Any],
                 report: Callable[[CouncilError], None] | None = None):
        super().__init__(text)
        self.editor, self._do, self._undo = editor, do, undo_do
        self.since = editor.generation  # what the ids its calls hold named then (StagedEditor.resolve)
        self._report = report or editor.report
        self.done = False  # the first redo is the action itself; later ones are redone

    def named(self, exc: CouncilError) -> tuple:
        """The record a refusal as stale names: the command's (CreateCommand, RemoveCommand), else the refusal's."""
        if self.kind:
            return self.kind, self.editor.resolve(self.kind, self.ident, self.since)
        return exc.params.get("kind"), exc.params.get("ident")

    def call(self, action: Callable[[], Any]) -> Any:
        """Run one of its calls: the ids it resolves are those its records had when it was made."""
        self.editor.running_since = self.since
        try:
            return action()
        finally:
            self.editor.running_since = None

    def _run(self, action: Callable[[], Any], undo: bool | None) -> bool:
        """`undo`: None for the action itself, else whether it is undone (True) or redone."""
        if self.editor.grouped is not None:  # a step of a group: run with the others, in their transaction
            self.editor.grouped.append((self, action))
            return True
        self.editor.flush_quietly()
        with self.editor.ctx.hub.collect() as got:
            try:
                self.call(action)
            except CouncilError as exc:
                if undo is not None and exc.code == "stale_edit":
                    self.editor.step_refused(*self.named(exc), undo)
                else:
                    self._report(exc)
                self.setObsolete(True)
                self.editor.reload()
                return False
        self.editor.after_change()
        self.editor.took(got.changes)
        return True

    def redo(self) -> None:
        self._run(self._do, None if not self.done else False)
        self.done = True

    def undo(self) -> None:
        self._run(self._undo, True)


class CreateCommand(ServiceCommand):
    """Add a record; undo removes it. The first id stays the command's name for it."""

    def __init__(self, editor, text: str, kind: str, create: Callable[[], int], delete: Callable[[int], None],
                 report: Callable[[CouncilError], None] | None = None):
        self.kind, self.ident = kind, None

        def do():
            new = create()
            if self.ident is None:
                self.ident = new
            else:
                editor.alias(kind, self.removed[0], new, self.removed[1])
            editor.select_later(kind, new)

        def undo():  # refused if someone else changed it since this editor's last write of it
            current = editor.resolve(kind, self.ident)
            delete(current, expected_version=editor.left.get((kind, current)))
            self.removed = (current, editor.generation)  # its id when removed: a redo gives it a new one

        super().__init__(editor, text, do, undo, report)


class RemoveCommand(ServiceCommand):
    """Remove a record of a meeting; undo puts it back exactly (`ctx.restore`) from a snapshot taken just before.

    The restored records keep their UUIDs but get new ids: each old id is aliased to its new one."""

    def __init__(self, editor, text: str, kind: str, ident: int, delete: Callable[[int], None]):
        self.kind, self.ident, self.saved = kind, ident, None
        restore = editor.ctx.restore

        def do():
            current = editor.resolve(kind, ident)
            # removed as shown; removed again by a redo, as the undo put it back
            expected = (editor.left if self.done else editor.versions).get((kind, current))
            self.saved = restore.snapshot(kind, current)
            delete(current, expected_version=expected)
            self.removed_at = editor.generation  # the ids in the snapshot are those of then

        def undo():
            ids: dict[Key, int] = {}
            new = restore.restore(self.saved, ids)
            for (k, old), now in ids.items():
                editor.alias(k, old, now, self.removed_at)
            editor.select_later(kind, new)

        super().__init__(editor, text, do, undo)


class GroupCommand(QUndoCommand):
    """Steps made as one (files attached or removed together, a vote made unanimous, a name's letters fixed,
    edits restored): done, undone and redone in one transaction (`StagedEditor.run_group`), all or nothing.
    One refused (someone else changed its record after the step) writes nothing: the whole group is refused
    with the line naming that record, and dropped."""

    def __init__(self, editor, text: str):
        super().__init__(text)
        self.editor = editor
        self.steps: list[QUndoCommand] = []  # kept here, not as Qt children: Python owns them
        self.done = False

    def redo(self) -> None:
        if not self.editor.run_group(lambda: [step.redo() for step in self.steps], None if not self.done else False):
            self.setObsolete(True)
        self.done = True

    def undo(self) -> None:
        if not self.editor.run_group(lambda: [step.undo() for step in reversed(self.steps)], True):
            self.setObsolete(True)


class Binding:
    """A widget showing one field of a record; which record (and which language) is asked each time.

    Standard Qt inputs are read and written here; a widget of our own offers `field_value()`,
    `set_field_value(value, editor)` and a `changed` signal.
    """

    def __init__(self, widget, kind: str, ident: Callable[[], int | None], field: Callable[[str], str],
                 label: str, owner):
        self.widget, self.kind, self.ident, self.field, self.label, self.owner = \
            widget, kind, ident, field, label, owner

    def key(self, lang: str):
        ident = self.ident()
        return None if ident is None else (self.kind, ident, self.field(lang))

    def get(self) -> Any:
        w = self.widget
        if hasattr(w, "field_value"):
            return w.field_value()
        if isinstance(w, QLineEdit):
            return w.text()
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText()
        if isinstance(w, QSpinBox):
            return None if w.specialValueText() and w.value() == w.minimum() else w.value()
        if isinstance(w, QComboBox):
            return w.currentData()
        if isinstance(w, QDateEdit):
            return None if w.specialValueText() and w.date() == w.minimumDate() \
                else w.date().toString(Qt.DateFormat.ISODate)
        if isinstance(w, QTimeEdit):
            return "" if w.specialValueText() and w.time() == w.minimumTime() else w.time().toString("HH:mm")
        if isinstance(w, QCheckBox):
            return w.isChecked()
        raise TypeError(w)

    def set(self, value: Any, editor) -> None:
        w = self.widget
        custom = hasattr(w, "set_field_value")
        current = None if custom else self.get()
        if not custom and current == value:
            return
        if isinstance(w, (QLineEdit, QPlainTextEdit)) and w.hasFocus() and not custom \
                and (current or "").strip() == (value or "").strip():
            return  # the saved text lost a space the secretary is still typing after: keep the cursor
        w.blockSignals(True)
        try:
            if custom:
                w.set_field_value(value, editor)
            elif isinstance(w, QLineEdit):
                w.setText(value or "")
            elif isinstance(w, QPlainTextEdit):
                w.setPlainText(value or "")
            elif isinstance(w, QSpinBox):
                w.setValue(w.minimum() if value is None else int(value))
            elif isinstance(w, QComboBox):
                w.setCurrentIndex(_combo_index(w, value))
            elif isinstance(w, QDateEdit):
                w.setDate(w.minimumDate() if not value else QDate.fromString(value, Qt.DateFormat.ISODate))
            elif isinstance(w, QTimeEdit):
                w.setTime(w.minimumTime() if not value else QTime.fromString(value, "HH:mm"))
            elif isinstance(w, QCheckBox):
                w.setChecked(bool(value))
        finally:
            w.blockSignals(False)

    def signal(self):
        w = self.widget
        if hasattr(w, "field_value"):
            return w.changed
        if isinstance(w, QLineEdit):
            return w.textEdited
        if isinstance(w, QPlainTextEdit):
            return w.textChanged
        if isinstance(w, QSpinBox):
            return w.valueChanged
        if isinstance(w, QComboBox):
            return w.currentIndexChanged
        if isinstance(w, QDateEdit):
            return w.dateChanged
        if isinstance(w, QTimeEdit):
            return w.timeChanged
        if isinstance(w, QCheckBox):
            return w.toggled
        return w.changed

    def set_enabled(self, enabled: bool, read_only: bool) -> None:
        w = self.widget
        if isinstance(w, (QLineEdit, QPlainTextEdit)) or hasattr(w, "field_value"):
            w.setEnabled(enabled)
            w.setReadOnly(read_only)
        else:
            w.setEnabled(enabled and not read_only)


def _combo_index(w: QComboBox, value: Any) -> int:
    """The item holding `value`, compared in Python (None and booleans are values too).  A combo
    that can read its list again (`OrganisationCombo`) does, for a choice added since; else the first."""
    def find() -> int | None:
        return next((i for i in range(w.count()) if w.itemData(i) == value), None)
    found = find()
    if found is None and hasattr(w, "reload"):
        w.reload()
        found = find()
    return found or 0


# --- drafts ---------------------------------------------------------------------------------------
def drafts_folder() -> Path:
    return user_data_folder() / "drafts"


def draft_path(location: str, name: str) -> Path:
    """One file per database and editor: a draft never lands in another database's record."""
    digest = hashlib.sha1(str(location).encode("utf-8")).hexdigest()[:12]
    return drafts_folder() / f"{digest}-{name}.json"


def write_draft(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_draft(path: Path) -> dict | None:
    try:
        data = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and data.get("pending") else None


def _from_json(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value  # lists of people are tuples in the editor


class StagedEditor(QWidget):
    """The staging, undo, autosave and drafts; subclasses read (`reload`) and write (`write`) records."""

    text_lang = "ru"  # the language of the texts being edited (fields named by a function of it)

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.undo_stack = QUndoStack(self)
        self.records: dict[Key, dict] = {}
        # the version each record was shown at: a save of it is refused if someone changed it since
        self.versions: dict[Key, int] = {}
        # the version this editor's own last write left each record at: what an undo or redo writes over
        self.left: dict[Key, int] = {}
        self.pending: dict[Key, dict[str, Any]] = {}
        self.errors: dict[Key, str] = {}
        self.bindings: list[Binding] = []
        # records re-created under a new id (an undo putting back what was removed, a new record saved), in order:
        # (generation, kind, the id it had when removed, its id now, the generation it was removed at)
        self._moves: list[tuple[int, str, int, int, int]] = []
        self.generation = 0  # moves so far: a step made now names its records by their ids of now
        self.running_since: int | None = None  # the generation of the step whose call runs (ServiceCommand.call)
        self._select: dict[str, int] = {}
        self._last_new = 0
        self.draft: dict | None = None  # a draft found on opening, offered back
        # edits refused because someone else changed the record meanwhile: kept, and offered back
        self.set_aside: dict[Key, dict[str, Any]] = {}
        # the group whose steps are being made (`one_step`), and the writes of the group being run (`run_group`)
        self.gathering: GroupCommand | None = None
        self.grouped: list | None = None
        self.draft_note: DraftNote | None = None  # subclasses show one
        self._autosave = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # --- subclasses -------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the records again (`self.records`); staged edits stay on top of them."""

    def write(self, key: Key, values: dict) -> int | None:
        """Store one record's staged values; the new id when the record was created."""
        raise NotImplementedError

    def refused(self, key: Key, exc) -> None:
        self.errors[key] = exc.message(i18n.current())

    def show_errors(self) -> None:
        """Show `self.errors` next to the fields they are about."""

    def saved_changes(self) -> None:
        """Something reached the database: tell the others."""

    def draft_name(self) -> str | None:
        """The name of this editor's draft file; None: no drafts."""
        return None

    def restore_target(self, draft: dict) -> None:
        """Before a draft is restored: show the record it is about."""

    @property
    def locked(self) -> bool:
        """Nothing can be edited: the database is open read-only (the window says why in its banner)."""
        return self.ctx.read_only is not None

    # --- records and staging ----------------------------------------------------------------------
    def new_ident(self) -> int:
        """An id for a record not yet in the database."""
        self._last_new -= 1
        return self._last_new

    def resolve(self, kind: str, ident: int, since: int | None = None) -> int:
        """The id now of the record that had id `ident` at generation `since` (default: that of the step whose call
        runs; none: an id shown now, itself; a new record's negative id is never given again).  Ids are followed
        through every move since, by the id the record had when it was removed: the database may give a freed
        id to another record (two files put back take each other's), so an id alone names no record for long."""
        if since is None:
            since = self.running_since if self.running_since is not None else 0 if ident < 0 else None
        if since is None:
            return ident
        history = [(since, ident)]  # (generation, the record's id from then on)
        for gen, k, old, new, removed_at in self._moves:
            if k != kind or gen <= since or removed_at < since:
                continue
            if next(i for g, i in reversed(history) if g <= removed_at) == old:
                ident = new
                history.append((gen, new))
        return ident

    def alias(self, kind: str, old: int, new: int, removed_at: int | None = None) -> None:
        """The record that had id `old` at generation `removed_at` (default: now) has id `new` from now on."""
        if old != new:
            removed_at = self.generation if removed_at is None else removed_at
            self.generation += 1
            self._moves.append((self.generation, kind, old, new, removed_at))

    def select_later(self, kind: str, ident: int) -> None:
        """After the next reload, select this record (one just added or re-created by an undo)."""
        self._select[kind] = ident

    def wanted_selection(self, kind: str) -> int | None:
        return self._select.get(kind)

    def report(self, exc) -> None:
        """A structural action was refused."""
        self.say(exc.message(i18n.current()))

    def say(self, text: str) -> None:
        """One line above the fields (an action refused)."""
        self.errors = {("action", 0): text}
        self.show_errors()

    # --- undo and redo over the version left -------------------------------------------------------
    def key_kind(self, table: str) -> str | None:
        """The editor's name for the records of a table (domain/changes.py names tables)."""
        return table

    def took(self, changes) -> None:
        """After this editor's own write: the version it left each record it wrote at, as the write's own
        transaction saw it (`Changes.versions`), never read again after the commit, where another process's
        write in between would pass for this editor's.  An undo or redo expects it (`left`), and so does the
        next save of a record shown (`versions`), also after a reload read a newer one."""
        for (table, ident), version in changes.versions.items():
            key = (self.key_kind(table), ident)
            self.left[key] = version
            if key in self.versions or key in self.records:
                self.versions[key] = version

    def record_name(self, kind: str, ident: int) -> str:
        """The record as a message names it."""
        return f"{kind} {ident}"

    def step_refused(self, kind: str, ident: int, undo: bool) -> None:
        """An undo or redo refused: someone else changed the record after this editor's step."""
        text = QCoreApplication.translate(
            "StagedEditor", "Not undone: %1 was changed by someone else after this step, and their change is "
                            "kept. Change it by hand if it should be different.") if undo else \
            QCoreApplication.translate(
                "StagedEditor", "Not redone: %1 was changed by someone else after this step was undone, and "
                                "their change is kept. Change it by hand if it should be different.")
        self.say(text.replace("%1", self.record_name(kind, ident)))

    def step(self, kind: str, ident: int, field: str, value: Any, undo: bool) -> bool:
        """A field's undo or redo.  Not yet saved (still staged), it is staged; saved, it is written at once
        over the version this editor left the record at, and refused (nothing written, False) if someone
        else changed the record since: their change stays.  `ident`: its id now (FieldEdit resolves it)."""
        key = (kind, ident)
        if ident < 0 or key not in self.records or key in self.pending:
            self.stage(kind, ident, field, value)  # saved with what is staged, on the version it was staged on
            return True
        if self.grouped is not None:  # a step of a group: written with the others (run_group)
            self.grouped.append((key, field, value))
            return True
        shown = self.versions.get(key)
        if key in self.left:
            self.versions[key] = self.left[key]
        with self.ctx.hub.collect() as got:
            try:
                self.write(key, {field: value})
            except (CouncilError, Refused) as exc:
                if exc.code in ("stale_edit", "not_found"):
                    if shown is not None:
                        self.versions[key] = shown
                    self.step_refused(kind, ident, undo) if exc.code == "stale_edit" \
                        else self.say(exc.message(i18n.current()))
                    return False
                # a value that cannot stand alone (a vote's counts undone one by one): staged with its
                # message, on the version left, and saved with the next step
                self.stage(kind, ident, field, value)
                self.refused(key, exc)
                self.show_errors()
                self.refresh_errors()
                return True
        self.records[key] = {**self.records[key], field: value}
        self.errors.clear()
        self.show_errors()
        self.show_changes(got.changes)
        self.took(got.changes)
        self.refresh_bindings(key)
        self.saved_changes()
        return True

    def push(self, command: QUndoCommand) -> None:
        """A step on the undo stack, done at once; inside `one_step`, a step of its group, done with it."""
        if self.gathering is None:
            self.undo_stack.push(command)
        else:
            self.gathering.steps.append(command)

    @contextmanager
    def one_step(self, text: str) -> Iterator[None]:
        """The steps made inside the block (`push`, `edit`) are one on the stack, done, undone and redone
        together, all or nothing (GroupCommand)."""
        group = self.gathering = GroupCommand(self, text)
        try:
            yield
        finally:
            self.gathering = None
        if group.steps:
            self.undo_stack.push(group)

    def run_group(self, steps: Callable[[], Any], undo: bool | None) -> bool:
        """Run a group's steps (`steps()` calls each step's redo or undo) in one transaction: the fields written
        (each record's once, with all its fields, over the version this editor left it at) and the actions
        called in the steps' order.  False, nothing written and the refusal said, if any is refused."""
        self.grouped = []
        try:
            steps()
        finally:
            queued, self.grouped = self.grouped, None
        if any(isinstance(entry[0], ServiceCommand) for entry in queued):
            self.flush_quietly()  # as before an action of its own: what is typed is saved first
        fields: dict[Key, dict[str, Any]] = {}
        order: list = []
        for entry in queued:
            if isinstance(entry[0], ServiceCommand):
                order.append(entry)
            else:
                key, field, value = entry
                if key not in fields:
                    order.append((None, key))
                fields.setdefault(key, {})[field] = value
        if not order:
            return True
        shown = {key: self.versions.get(key) for key in fields}
        command = what = None
        with self.ctx.hub.collect() as got:
            try:
                with self.ctx.together():
                    for command, what in order:
                        if command is None:
                            self.versions[what] = self.left.get(what, self.versions.get(what))
                            self.write(what, fields[what])
                        else:
                            command.call(what)
            except (CouncilError, Refused) as exc:
                if len(order) == len(fields) and exc.code not in ("stale_edit", "not_found"):
                    # fields only, whose values cannot stand as they are (a vote against today's attendance):
                    # staged with the message on the versions left, saved with the next edit, as `step` does
                    for key, values in fields.items():
                        self.versions[key] = self.left.get(key, self.versions.get(key))
                        for field, value in values.items():
                            self.stage(*key, field, value)
                    self.refused(what, exc)
                    self.show_errors()
                    self.refresh_errors()
                    return True
                self.versions.update(shown)
                if exc.code == "stale_edit" and undo is not None:
                    self.step_refused(*(command.named(exc) if command is not None else what), undo)
                else:
                    (command._report if command is not None else self.report)(exc)
                self.reload()
                return False
        self.after_change()
        self.took(got.changes)
        return True

    def after_change(self) -> None:
        """A structural action reached the database: show the new state and tell the others."""
        self.errors.clear()
        self.show_errors()
        self.reload()
        self.saved_changes()

    def value(self, kind: str, ident: int, field: str) -> Any:
        ident = self.resolve(kind, ident)
        staged = self.pending.get((kind, ident), {})
        if field in staged:
            return staged[field]
        return self.records.get((kind, ident), {}).get(field)

    def stage(self, kind: str, ident: int, field: str, value: Any) -> None:
        """Called by FieldEdit (do and undo): the value waits in the editor until saved."""
        ident = self.resolve(kind, ident)
        key = (kind, ident)
        base = self.records.get(key, {}).get(field)
        staged = self.pending.setdefault(key, {})
        if value == base or (value in (None, "") and base in (None, "")):
            staged.pop(field, None)
        else:
            staged[field] = value
        if not staged:
            self.pending.pop(key, None)
        self.refresh_bindings(key)
        self.staged(key)
        self._autosave.start()

    def staged(self, key: Key) -> None:
        """A field of `key` changed (typed, undone, redone)."""

    def edit(self, kind: str, ident: int, field: str, value: Any, label: str) -> None:
        """A user's edit of a field: undoable, staged."""
        if self.locked:
            return
        old = self.value(kind, ident, field)
        if old == value or (old in (None, "") and value in (None, "")):
            return
        # named by the field alone: Edit → Undo reads "Undo: votes for" (ui/undo_text.py)
        self.push(FieldEdit(self, kind, ident, field, old, value, label))

    def bind(self, widget, kind: str, ident: Callable[[], int | None], field, label: str, owner=None) -> Binding:
        field_fn = field if callable(field) else (lambda _lang, f=field: f)
        b = Binding(widget, kind, ident, field_fn, label, owner)
        self.bindings.append(b)

        def on_change(*_args):
            key = b.key(self.text_lang)
            if key is not None:
                self.edit(key[0], key[1], key[2], b.get(), b.label)
        b.signal().connect(on_change)
        return b

    def refresh_bindings(self, key: Key | None = None, owner=None) -> None:
        for b in self.bindings:
            if owner is not None and b.owner is not owner:
                continue
            k = b.key(self.text_lang)
            if k is not None:
                k = (k[0], self.resolve(k[0], k[1]), k[2])
            if key is not None and (k is None or k[:2] != key):
                continue
            if k is None:
                b.set_enabled(False, True)
                continue
            b.set(self.value(*k), self)
            b.set_enabled(True, self.locked)

    # --- saving -----------------------------------------------------------------------------------
    def has_unsaved_changes(self) -> bool:
        return bool(self.pending)

    def save(self) -> bool:
        """Write every staged record (one call each); False, with the message shown, if refused."""
        self._autosave.stop()
        if not self.pending:
            return True
        self.errors.clear()
        with self.ctx.hub.collect() as got:  # what these writes changed (domain/changes.py)
            ok, wrote, stale = self._write_pending()
        self.show_errors()
        if stale:
            self.reload()
        elif wrote:
            self.show_changes(got.changes)
        self.took(got.changes)
        self.refresh_errors()
        if wrote:
            self.saved_changes()
        self.keep_draft()
        if stale and self.draft_note is not None:
            self.draft_note.offer_set_aside()
        return ok

    def show_changes(self, changes) -> None:
        """After this editor's own save: show what it changed (`changes`); by default, read everything again."""
        self.reload()

    def _write_pending(self) -> tuple[bool, bool, bool]:
        """Each staged record written by one call; whether all were, any was, and any was refused as stale."""
        ok, wrote, stale = True, False, False
        for key in list(self.pending):
            values = self.pending.get(key)
            if not values:
                continue
            try:
                new = self.write(key, values)
            except (CouncilError, Refused) as exc:
                ok = False
                self.refused(key, exc)
                if exc.code == "stale_edit":
                    # not written over the other change, and not lost: set aside and offered back
                    stale = True
                    self.set_aside[key] = {**self.set_aside.get(key, {}), **self.pending.pop(key)}
                continue
            wrote = True
            self.pending.pop(key, None)
            if new is not None and new != key[1]:
                self.alias(key[0], key[1], new)
        return ok, wrote, stale

    def refresh_errors(self) -> None:
        """After a save: messages next to fields (a reload may have rebuilt them)."""

    def flush_quietly(self) -> None:
        """Before a structural change: save what is staged; a refusal stays staged and shown."""
        if self.pending:
            self.save()

    def forget_staged(self) -> None:
        """Forget staged edits and their draft (the user chose Discard, or opened another record)."""
        self._autosave.stop()
        self.pending.clear()
        self.set_aside.clear()
        self.errors.clear()
        self.undo_stack.clear()
        self.left.clear()
        self.remove_draft()

    def _focus_changed(self, old, new) -> None:
        """Leaving the editor (another view, another window) saves what was typed."""
        if self.pending and old is not None and self.isAncestorOf(old) \
                and (new is None or not self.isAncestorOf(new)):
            self.save()

    def hideEvent(self, event) -> None:
        if self.pending:
            self.save()
        super().hideEvent(event)

    # --- drafts -----------------------------------------------------------------------------------
    def _draft_file(self) -> Path | None:
        name = self.draft_name()
        return draft_path(self.ctx.location, name) if name else None

    def keep_draft(self) -> None:
        """What is staged and could not be saved, and what was set aside, goes to the draft file;
        nothing: no draft."""
        path = self._draft_file()
        if path is None:
            return
        if not self.pending and not self.set_aside:
            self.remove_draft()
            return
        write_draft(path, self._draft_of([*self.set_aside.items(), *self.pending.items()]))

    def _draft_of(self, edits) -> dict:
        return {"database": str(self.ctx.location), "editor": self.draft_name(),
                "saved": dt.datetime.now().isoformat(timespec="seconds"), "summary": self.draft_summary(),
                "pending": [[kind, ident, values] for (kind, ident), values in edits]}

    def lose(self, names: dict[Key, str]) -> None:
        """These records are gone (a backup restored without them, removed elsewhere) while something typed in
        them was still staged (`names`: how each is named): what was typed is not dropped with them but set
        aside, kept in the draft file and shown in the yellow note, as text to copy (Discard forgets it)."""
        gone = {key: self.pending.pop(key) for key in names if self.pending.get(key)}
        if not gone:
            return
        self.set_aside.update(gone)
        self.keep_draft()
        lines = [f"{self.field_label(key[0], field)}: {value}" for key, values in gone.items()
                 for field, value in values.items()]
        if self.draft_note is not None:
            self.draft_note.offer_lost(", ".join(dict.fromkeys(names[key] for key in gone)), "\n".join(lines))

    def field_label(self, kind: str, field: str) -> str:
        """A field as its label names it (a text's language beside it), for the note above."""
        for b in self.bindings:
            for lang in LANGUAGES:
                if b.kind == kind and b.field(lang) == field and b.label:
                    return f"{b.label} ({lang})" if field.endswith(f"_{lang}") else b.label
        return field

    def offered_set_aside(self) -> dict:
        """The edits set aside, as the draft the note offers back (Restore stages them again)."""
        self.draft = self._draft_of(self.set_aside.items())
        return self.draft

    def draft_summary(self) -> str:
        """A few words naming what the draft is about (shown when offered back)."""
        return ""

    def remove_draft(self) -> None:
        path = self._draft_file()
        if path is not None:
            path.unlink(missing_ok=True)

    def find_draft(self) -> dict | None:
        """A draft left by an earlier run; offered back by the caller (`offer_draft`)."""
        path = self._draft_file()
        self.draft = read_draft(path) if path is not None else None
        return self.draft

    def restore_draft(self) -> bool:
        """Stage the draft's values again, as one undoable step; they are saved as usual if they can be."""
        draft, self.draft = self.draft, None
        self.set_aside.clear()  # offered back, and now staged again
        if not draft:
            return False
        self.restore_target(draft)
        with self.one_step(QCoreApplication.translate("StagedEditor", "Restore unsaved edits")):
            for kind, ident, values in draft["pending"]:
                if ident > 0 and (kind, ident) not in self.records:
                    continue  # removed meanwhile
                if ident < 0:  # a new record: the one the editor shows now
                    ident = next((i for k, i in self.records if k == kind and i < 0), ident)
                for field, value in values.items():
                    self.edit(kind, ident, field, _from_json(value), field)
        return True

    def drop_draft(self) -> None:
        self.draft = None
        self.set_aside.clear()
        self.keep_draft()  # what is still staged stays in the file


class DraftNote:
    """The yellow note offering a draft back: "Restore" and "Discard"."""

    def __init__(self, editor: StagedEditor) -> None:
        from .forms import WarningBox, named
        translate = QCoreApplication.translate
        self.editor = editor
        self.restore_button = QPushButton(translate("StagedEditor", "Restore"))
        named(self.restore_button, translate("StagedEditor", "Restore the unsaved edits"))
        self.discard_button = QPushButton(translate("StagedEditor", "Discard"))
        named(self.discard_button, translate("StagedEditor", "Discard the unsaved edits"))
        self.box = WarningBox(translate("StagedEditor", "Unsaved edits found"), self.restore_button,
                              self.discard_button)
        # what was typed in a record that is gone: shown to copy (offer_lost)
        self.kept = QPlainTextEdit()
        self.kept.setReadOnly(True)
        self.kept.setMaximumHeight(90)
        named(self.kept, translate("StagedEditor", "What you typed, to copy"))
        self.kept.hide()
        self.box.layout().insertWidget(2, self.kept, 1)
        self.restore_button.clicked.connect(self.restore)
        self.discard_button.clicked.connect(self.discard)

    def _restorable(self) -> None:
        self.kept.hide()
        self.restore_button.show()

    def offer(self) -> bool:
        self._restorable()
        draft = self.editor.find_draft()
        if draft:
            when = dt.datetime.fromisoformat(draft["saved"]) if draft.get("saved") else None
            what = draft.get("summary") or ""
            text = QCoreApplication.translate(
                "StagedEditor", "Edits that could not be saved were kept when the program stopped "
                                "(%1). Restore them?").replace(
                "%1", ", ".join(x for x in (what, i18n.format_datetime(when) if when else "") if x))
            self.box.text.setText(text)
        self.box.setVisible(bool(draft))
        return bool(draft)

    def offer_lost(self, names: str, typed: str) -> None:
        """What was typed in records that are gone: named, and shown to copy; nothing to restore it onto."""
        self.box.text.setText(QCoreApplication.translate(
            "StagedEditor", "%1 no longer exists (a backup was restored, or it was removed elsewhere), so what you "
                            "typed in it could not be saved. It is kept here to copy where it belongs; Discard "
                            "forgets it.").replace("%1", names[:1].upper() + names[1:]))  # it begins the sentence
        self.kept.setPlainText(typed)
        self.kept.show()
        self.restore_button.hide()
        self.box.setVisible(True)

    def offer_set_aside(self) -> None:
        """Someone else changed what the secretary was editing: their edits were not saved over it."""
        self._restorable()
        self.editor.offered_set_aside()
        self.box.text.setText(QCoreApplication.translate(
            "StagedEditor", "Someone else changed this meanwhile, so your edits were not saved over their "
                            "change; they are kept here. Restore them to put them over it, or discard them."))
        self.box.setVisible(True)

    def restore(self) -> None:
        self.box.hide()
        self.editor.restore_draft()

    def discard(self) -> None:
        self.box.hide()
        self.editor.drop_draft()
