"""What Edit → Undo / Redo say: a short sentence, «Отменить: голоса «за»», not «Отменить Изменение: Голосов «за»»."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def sentence_case(text: str) -> str:
    """The first letter lowered, as it reads after a colon (an abbreviation such as ДСП is left alone)."""
    if len(text) > 1 and text[0].isupper() and not text[1].isupper():
        return text[0].lower() + text[1:]
    return text


def install(window) -> None:
    """After Qt's own undo action sets its text, say it our way (connected later, so it runs last)."""
    def undo(text: str) -> None:
        if text:
            window.act_undo.setText(QCoreApplication.translate("UndoText", "&Undo: %1").replace("%1", sentence_case(text)))

    def redo(text: str) -> None:
        if text:
            window.act_redo.setText(QCoreApplication.translate("UndoText", "&Redo: %1").replace("%1", sentence_case(text)))

    window.undo_group.undoTextChanged.connect(undo)
    window.undo_group.redoTextChanged.connect(redo)
