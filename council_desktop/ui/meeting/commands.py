"""Undoable edits of the meeting editor.

Two kinds, as the editor's docstring explains:
- `FieldEdit` stages a field's new value in the editor (written by `save()`, or by the autosave
  a moment later); undo stages the old value again.
- `ServiceCommand` calls a service at once (add, remove, move, attendance); undo calls the inverse.
  Records re-created by an undo get new ids; the editor keeps an alias so older commands still
  find them (`editor.resolve(kind, id)`).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from ...domain.errors import CouncilError

FIELD_EDIT_ID = 7301


class FieldEdit(QUndoCommand):
    def __init__(self, editor, kind: str, ident: int, field: str, old: Any, new: Any, text: str):
        super().__init__(text)
        self.editor, self.kind, self.ident, self.field = editor, kind, ident, field
        self.old, self.new = old, new

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
        self.editor.stage(self.kind, self.ident, self.field, self.new)

    def undo(self) -> None:
        self.editor.stage(self.kind, self.ident, self.field, self.old)


class ServiceCommand(QUndoCommand):
    """`do()` and `undo_do()` call services; a refusal is shown and the command dropped or kept undone."""

    def __init__(self, editor, text: str, do: Callable[[], Any], undo_do: Callable[[], Any]):
        super().__init__(text)
        self.editor, self._do, self._undo = editor, do, undo_do

    def _run(self, action: Callable[[], Any]) -> bool:
        self.editor.flush_quietly()
        try:
            action()
        except CouncilError as exc:
            self.editor.report(exc)
            self.setObsolete(True)
            self.editor.reload()
            return False
        self.editor.after_change()
        return True

    def redo(self) -> None:
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)


class CreateCommand(ServiceCommand):
    """Add a record; undo removes it. The first id stays the command's name for it."""

    def __init__(self, editor, text: str, kind: str, create: Callable[[], int], delete: Callable[[int], None]):
        self.kind, self.ident = kind, None

        def do():
            new = create()
            if self.ident is None:
                self.ident = new
            else:
                editor.alias(kind, self.ident, new)
            editor.select_later(kind, new)

        super().__init__(editor, text, do, lambda: delete(editor.resolve(kind, self.ident)))


class RemoveCommand(ServiceCommand):
    """Remove a record; undo re-creates it from a snapshot taken just before removal."""

    def __init__(self, editor, text: str, kind: str, ident: int, snapshot: Callable[[int], Any],
                 delete: Callable[[int], None], recreate: Callable[[Any], int]):
        self.kind, self.ident, self.saved = kind, ident, None

        def do():
            current = editor.resolve(kind, ident)
            self.saved = snapshot(current)
            delete(current)

        def undo():
            new = recreate(self.saved)
            editor.alias(kind, ident, new)
            editor.select_later(kind, new)

        super().__init__(editor, text, do, undo)
