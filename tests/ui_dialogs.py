"""Modal dialogs answered the way a person answers them: typed into and clicked, not patched away.

`DialogScript` replaces `QDialog.exec` (and `QMessageBox.question`) for one test: each dialog the
program opens is shown and handed to the next handler of the script, which types and clicks in
it with qtbot; `exec()` then returns what the dialog itself decided (Accepted when its OK button
was clicked). A dialog the script does not expect fails the test, and so does a handler left over.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from ui_typing import type_text


def pick(qtbot, picker, search: str, choose: str | None = None) -> None:
    """A PersonPicker answered from the keyboard: part of a name typed, Down to the row named `choose`
    (or holding `search`), Enter."""
    picker.setFocus()
    picker.selectAll()
    qtbot.keyClick(picker, Qt.Key.Key_Delete)
    type_text(picker, search)
    want = choose or search
    qtbot.waitUntil(lambda: picker.found.isVisible() and any(want in r["name"] for r in picker.model.rows),
                    timeout=3000)
    row = next(i for i, r in enumerate(picker.model.rows) if want in r["name"])
    for _ in range(row):
        qtbot.keyClick(picker, Qt.Key.Key_Down)
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert not picker.found.isVisible()


class DialogScript:
    def __init__(self, monkeypatch, qtbot) -> None:
        self.qtbot = qtbot
        self.handlers: list[tuple[str, Callable]] = []
        self.opened: list[str] = []
        script = self

        def exec_(dialog):
            return script._run(dialog)

        def question(parent, title, text, *args, **kwargs):
            box = QMessageBox(QMessageBox.Icon.Question, title, text,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
            script._run(box)
            return box.standardButton(box.clickedButton()) if box.clickedButton() else QMessageBox.StandardButton.No

        monkeypatch.setattr(QDialog, "exec", exec_)
        monkeypatch.setattr(QPrintDialog, "exec", exec_)  # it has an exec of its own
        monkeypatch.setattr(QMessageBox, "question", staticmethod(question))

    def expect(self, kind: str, handler: Callable) -> DialogScript:
        """The next dialog must be of class `kind`; `handler(dialog)` answers it."""
        self.handlers.append((kind, handler))
        return self

    def _run(self, dialog):
        assert self.handlers, f"a {type(dialog).__name__} opened that the test did not expect: {dialog.windowTitle()}"
        kind, handler = self.handlers.pop(0)
        # a dialog built around one control (PersonPicker.ask) is known by its object name
        assert kind in (type(dialog).__name__, dialog.objectName()), \
            f"expected a {kind}, got a {type(dialog).__name__} {dialog.objectName()!r}"
        self.opened.append(kind)
        dialog.setModal(True)
        dialog.show()
        QApplication.processEvents()
        try:
            self.settle(dialog)
            handler(dialog)
            QApplication.processEvents()
            self.settle(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()
        return QDialog.DialogCode(dialog.result()) if not isinstance(dialog, QMessageBox) else dialog.result()

    def settle(self, dialog) -> None:
        """Wait, as a person does, for what the dialog reads or writes off the GUI thread (while it is
        `busy`): exec()'s own event loop would deliver the answer the same way."""
        self.qtbot.waitUntil(lambda: not getattr(dialog, "busy", False), timeout=60000)

    def done(self) -> None:
        assert not self.handlers, f"dialogs expected but never opened: {[k for k, _ in self.handlers]}"

    # --- answers a person gives -------------------------------------------------------------------
    def click_ok(self, dialog) -> None:
        box = dialog.findChild(QDialogButtonBox)
        self.qtbot.mouseClick(box.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    def click_yes(self, box: QMessageBox) -> None:
        self.qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)

    def pick_person(self, search: str, choose: str | None = None) -> Callable:
        """PersonPicker.ask's dialog answered by typing part of a name and pressing Enter on the row named
        `choose`."""
        def answer(dialog) -> None:
            pick(self.qtbot, dialog.picker, search, choose)
        return answer

    def print_to_file(self, path) -> Callable:
        """A print dialog answered with "Print to file" (PDF) and its name, then Print."""
        def answer(dialog) -> None:
            dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            dialog.printer().setOutputFileName(str(path))
            # done(), not accept(): the dialog's accept() would read its own form over the answer just given
            QDialog.done(dialog, QDialog.DialogCode.Accepted)
        return answer

    def type_and_ok(self, text: str) -> Callable:
        """A TextPrompt answered by typing and pressing Enter."""
        def answer(prompt) -> None:
            type_text(prompt.edit, text)
            self.qtbot.keyClick(prompt.edit, Qt.Key.Key_Return)
        return answer
