"""Every key of a window in one list: menu and toolbar actions, shortcuts of tabs and lists, mnemonics.

`collect(window)` reads them from the live widgets (so the overview under Help and the clash
test see the same keys the user has), `clashes(keys)` finds two that could be pressed at the
same moment, and `ShortcutsDialog` shows them, grouped by where they work.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QTabBar,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .forms import menu_action, named


@dataclass(frozen=True)
class Key:
    keys: QKeySequence
    what: str  # what it does (the action's text, the shortcut's whatsThis, the button's name)
    widget: QWidget  # where it is registered
    context: Qt.ShortcutContext
    mnemonic: bool = False

    @property
    def text(self) -> str:
        return self.keys.toString(QKeySequence.SequenceFormat.NativeText)

    def region_contains(self, w: QWidget) -> bool:
        """Could this key fire while the focus is in `w`?"""
        if self.context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
            return w.window() is self.widget.window()
        if self.context == Qt.ShortcutContext.WidgetWithChildrenShortcut:
            return w is self.widget or self.widget.isAncestorOf(w)
        return w is self.widget

    def overlaps(self, other: Key) -> bool:
        # two regions meet if one contains the other's registering widget (regions are subtrees or windows)
        return self.region_contains(other.widget) or other.region_contains(self.widget)


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def _shown(w: QWidget, root: QWidget) -> bool:
    """Shown when `root` is: every widget between them is visible (a hidden tab page hides its keys)."""
    while w is not None and w is not root:
        if w.isHidden() or not w.isEnabled():
            return False
        w = w.parentWidget()
    return True


def collect(root: QWidget, mnemonics: bool = True) -> list[Key]:
    """The keys of `root`'s window that work now: of widgets shown, of actions in shown menus and toolbars."""
    keys: list[Key] = []
    actions = [a for a in root.findChildren(QAction)] + list(root.actions())
    for action in dict.fromkeys(actions):
        if not action.isEnabled() and not action.shortcuts():
            continue
        owners = [o for o in action.associatedObjects() if isinstance(o, QWidget)] or \
            ([action.parent()] if isinstance(action.parent(), QWidget) else [])
        owner = next((o for o in owners if isinstance(o, QMenu) or _shown(o, root)), None)
        if owner is None:
            continue
        if isinstance(owner, QMenu):
            owner = action.parent() if isinstance(action.parent(), QWidget) else root
        for seq in action.shortcuts():
            if not seq.isEmpty():
                keys.append(Key(seq, _plain(action.text()), owner, action.shortcutContext()))
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if shortcut.isEnabled() and isinstance(parent, QWidget) and _shown(parent, root) \
                and not shortcut.key().isEmpty():
            keys.append(Key(shortcut.key(), shortcut.whatsThis(), parent, shortcut.context()))
    if mnemonics:
        keys += _mnemonics(root)
    return keys


def _mnemonics(root: QWidget) -> list[Key]:
    """Alt+letter of buttons, labels with a buddy, group boxes, tabs and the menu bar: window-wide keys."""
    found: list[Key] = []

    def add(text: str, widget: QWidget) -> None:
        seq = QKeySequence.mnemonic(text)
        if not seq.isEmpty():
            found.append(Key(seq, _plain(text), widget, Qt.ShortcutContext.WindowShortcut, mnemonic=True))

    for w in root.findChildren(QWidget):
        if not _shown(w, root):
            continue
        if isinstance(w, QAbstractButton):
            add(w.text(), w)
        elif isinstance(w, QLabel) and w.buddy() is not None and _shown(w.buddy(), root):
            add(w.text(), w)
        elif isinstance(w, QGroupBox) and w.isCheckable():
            add(w.title(), w)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.isTabVisible(i) and w.isTabEnabled(i):
                    add(w.tabText(i), w)
    if isinstance(root, QMainWindow) and root.menuBar().isVisible():
        for action in root.menuBar().actions():
            if action.isVisible():
                add(action.text(), root.menuBar())
    return found


def clashes(keys: list[Key]) -> list[tuple[Key, Key]]:
    """Pairs of keys that are the same and can be pressed at the same moment (Qt calls it ambiguous)."""
    found = []
    for n, a in enumerate(keys):
        for b in keys[n + 1:]:
            if a.keys.matches(b.keys) == QKeySequence.SequenceMatch.ExactMatch and a.overlaps(b) \
                    and (a.widget, a.what) != (b.widget, b.what):
                found.append((a, b))
    return found


def where(key: Key, window: QWidget) -> str:
    """The tab or view a key belongs to, by its title; the whole window for window-wide keys."""
    if key.context in (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut):
        return QCoreApplication.translate("Shortcuts", "Everywhere")
    w = key.widget
    while w is not None and w is not window:
        parent = w.parentWidget()
        tabs = parent.parentWidget() if parent is not None else None
        if isinstance(tabs, QTabWidget) and tabs.indexOf(w) >= 0:
            return _plain(tabs.tabText(tabs.indexOf(w)))
        w = parent
    return QCoreApplication.translate("Shortcuts", "Everywhere")


def list_keys() -> list[tuple[str, str]]:
    """Keys that lists handle themselves (not shortcuts of their own)."""
    return [("Alt+Up / Alt+Down", QCoreApplication.translate("Shortcuts", "Agenda: move the item up / down")),
            ("Insert / Delete", QCoreApplication.translate("Shortcuts", "Agenda: add / remove an item")),
            ("Ctrl+PageDown / Ctrl+PageUp", QCoreApplication.translate("Shortcuts", "The meeting: next / previous tab")),
            ("Enter", QCoreApplication.translate("Shortcuts", "A list: open the record"))]


class ShortcutsDialog(QDialog):
    """Help → Keyboard shortcuts: every key of the window, from the window itself."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = []
        seen = set()
        editor = getattr(window, "meeting_editor", lambda: None)()
        for key in collect(window, mnemonics=False) + self._tab_keys(editor):
            ident = (key.text, key.what)
            if ident not in seen:
                seen.add(ident)
                rows.append((key.text, key.what, where(key, window)))
        rows += [(k, what, "") for k, what in list_keys()]
        self.table = QTableWidget(len(rows), 3)
        named(self.table, self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do"), self.tr("Where")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(self.tr("Alt with the underlined letter of a button or a field label goes there."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(640, 520)

    @staticmethod
    def _tab_keys(editor) -> list[Key]:
        """The keys of every tab of the open meeting, shown or not (the overview lists them all)."""
        if editor is None:
            return []
        keys = []
        for shortcut in editor.findChildren(QShortcut):
            parent = shortcut.parent()
            if isinstance(parent, QWidget) and not shortcut.key().isEmpty():
                keys.append(Key(shortcut.key(), shortcut.whatsThis(), parent, shortcut.context()))
        return keys

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(r, c).text() for c in range(3)) for r in range(self.table.rowCount())]

    @classmethod
    def ask(cls, window) -> None:
        cls(window).exec()


def add_to_menu(window, menu: QMenu) -> QAction:
    """Help → Keyboard shortcuts (Ctrl+F1)."""
    return menu_action(window, QCoreApplication.translate("Shortcuts", "&Keyboard shortcuts"),
                       lambda: ShortcutsDialog.ask(window), "Ctrl+F1",
                       tip=QCoreApplication.translate("Shortcuts", "Every key of the window"), menu=menu)
