"""Agenda: items in order (drag and drop, Alt+Up / Alt+Down), rapporteurs, presentations and their files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..models.meeting_models import AgendaModel, PresentationsModel
from ..records import OrganisationCombo
from ..staging import CreateCommand, RemoveCommand, ServiceCommand
from .widgets import (
    Confirm,
    ErrorLabel,
    PeopleListField,
    PersonPicker,
    TextPrompt,
    named,
    fit_columns,
    select_row,
    shortcut,
    table,
    ui_language,
)


class PresentationDialog(QDialog):
    """A project presented under an item: the project, who presents it, for which organisation."""

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        lang = ui_language()
        self.setWindowTitle(self.tr("Add a project presentation"))
        self.project = named(QComboBox(), self.tr("Project"))
        for p in ctx.meetings.projects(lang):
            self.project.addItem(p["title"], p["id"])
        self.presenter = PersonPicker(ctx, self.tr("Presenter"))
        self.organization = OrganisationCombo(ctx, self.tr("Organisation"), self.tr("(the project's organisation)"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Project"), self.project)
        form.addRow(self.tr("P&resenter"), self.presenter)
        form.addRow(self.tr("&Organisation"), self.organization)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def ask(cls, ctx, parent=None) -> tuple[int, int | None, int | None] | None:
        dialog = cls(ctx, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.project.currentData() is None:
            return None
        return dialog.project.currentData(), dialog.presenter.person_id, dialog.organization.currentData()


class ChooseFiles:
    @classmethod
    def ask(cls, parent) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("AgendaTab", "Attach files"))
        return paths


class _Keys(QObject):
    """Alt+Up / Alt+Down move the current agenda item; Insert / Delete add and remove."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.KeyPress:
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt and event.key() == Qt.Key.Key_Up:
                self.tab.move_current(-1)
                return True
            if alt and event.key() == Qt.Key.Key_Down:
                self.tab.move_current(+1)
                return True
            if event.key() == Qt.Key.Key_Insert and not alt:
                self.tab.add_item()
                return True
            if event.key() == Qt.Key.Key_Delete and not alt:
                self.tab.remove_item()
                return True
        return False


class _FileDrop(QObject):
    """Local files dropped on the presentations list are attached to the presentation under them."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab = tab

    def eventFilter(self, obj, event):
        if event.type() in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and event.mimeData().hasUrls() \
                and not self.tab.editor.locked:
            event.acceptProposedAction()
            return True
        if event.type() == QEvent.Type.Drop and event.mimeData().hasUrls():
            index = self.tab.presentations_view.indexAt(event.position().toPoint())
            if index.isValid():
                self.tab.presentations_view.setCurrentIndex(index)
            paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
            self.tab.attach_files(paths)
            event.acceptProposedAction()
            return True
        return False


class AgendaTab(QWidget):
    def __init__(self, editor):
        super().__init__()
        self.editor = editor
        left = self._agenda_list()
        form = self._item_form()
        self._presentations()

        inner = QWidget()
        right_layout = QVBoxLayout(inner)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(form)
        right_layout.addWidget(self.presentations_box, 1)
        # scrolled up and down when the screen is short: the window is not made taller than a laptop's
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right.setWidget(inner)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([600, 560])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def _agenda_list(self) -> QWidget:
        """The items, reordered by drag and drop or Alt+Up / Alt+Down, with their buttons."""
        self.model = AgendaModel(self.move_item, self)
        self.view = table("", self.model)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragDropOverwriteMode(False)
        self.view.installEventFilter(_Keys(self))
        self.view.setColumnHidden(AgendaModel.NUMBERED_COLUMN, True)
        fit_columns(self.view, 1, widest=170)  # the title is what the secretary reads
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._item_changed())

        self.add_button, self.remove_button = QPushButton(), QPushButton()
        self.up_button, self.down_button = QPushButton(), QPushButton()
        self.add_button.clicked.connect(self.add_item)
        self.remove_button.clicked.connect(self.remove_item)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(+1))
        self.add_shortcut = shortcut("Ctrl+Shift+A", self, self.add_item,
                                     Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_shortcut = shortcut("Ctrl+Shift+Delete", self, self.remove_item,
                                        Qt.ShortcutContext.WidgetWithChildrenShortcut)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view, 1)
        left_layout.addLayout(buttons)
        return left

    def _item_form(self) -> QFormLayout:
        """The chosen item's fields, each bound to the editor (saved as typed, undone one by one)."""
        current = self.current_id
        self.title = QPlainTextEdit()
        self.title.setTabChangesFocus(True)
        self.title.setMaximumHeight(80)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSpecialValueText("—")
        self.rapporteurs = PeopleListField(self.editor.ctx, "")
        self.co_rapporteurs = PeopleListField(self.editor.ctx, "")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.error = ErrorLabel()
        self.labels = {k: QLabel() for k in ("title", "minutes", "rapporteurs", "co_rapporteurs", "notes")}
        form = QFormLayout()
        for key, widget in (("title", self.title), ("minutes", self.minutes), ("rapporteurs", self.rapporteurs),
                            ("co_rapporteurs", self.co_rapporteurs), ("notes", self.notes)):
            form.addRow(self.labels[key], widget)
            self.labels[key].setBuddy(widget)
        form.addRow(self.error)
        self._bound = [
            (self.editor.bind(self.title, "item", current, lambda lang: f"title_{lang}", "", self), "title"),
            (self.editor.bind(self.minutes, "item", current, "planned_minutes", "", self), "minutes"),
            (self.editor.bind(self.rapporteurs, "item", current, "rapporteurs", "", self), "rapporteurs"),
            (self.editor.bind(self.co_rapporteurs, "item", current, "co_rapporteurs", "", self), "co_rapporteurs"),
            (self.editor.bind(self.notes, "item", current, "notes", "", self), "notes"),
        ]
        return form

    def _presentations(self) -> None:
        """The chosen item's project presentations and their files (dropped on the table or attached)."""
        self.presentations_model = PresentationsModel(self)
        self.presentations_view = table("", self.presentations_model)
        self.presentations_view.setAcceptDrops(True)
        self.presentations_view.viewport().setAcceptDrops(True)
        self._file_drop = _FileDrop(self)  # held here: a Python filter must outlive this method
        self.presentations_view.viewport().installEventFilter(self._file_drop)
        fit_columns(self.presentations_view, 0)
        self.presentations_view.setMinimumHeight(90)
        self.add_presentation_button, self.remove_presentation_button = QPushButton(), QPushButton()
        self.attach_button, self.remove_file_button = QPushButton(), QPushButton()
        self.add_presentation_button.clicked.connect(self.add_presentation)
        self.remove_presentation_button.clicked.connect(self.remove_presentation)
        self.attach_button.clicked.connect(lambda: self.attach_files(ChooseFiles.ask(self)))
        self.remove_file_button.clicked.connect(self.remove_file)
        self.files_hint = QLabel()
        self.files_hint.setWordWrap(True)
        self.files_hint.setStyleSheet("color: #555;")
        self.presentations_box = QGroupBox()
        # two rows (presentations, then their files): one row of four is wider than a laptop allows in Russian
        pres_buttons = QGridLayout()
        for n, b in enumerate((self.add_presentation_button, self.remove_presentation_button, self.attach_button,
                               self.remove_file_button)):
            pres_buttons.addWidget(b, n // 2, n % 2)
        pres_buttons.setColumnStretch(2, 1)
        pres_layout = QVBoxLayout(self.presentations_box)
        pres_layout.addWidget(self.presentations_view, 1)
        pres_layout.addLayout(pres_buttons)
        pres_layout.addWidget(self.files_hint)

    # --- language ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        lang = self.editor.language_in_label()
        named(self.view, self.tr("Agenda items (Alt+Up / Alt+Down to move)"))
        for b, text, name in ((self.add_button, self.tr("&Add item…"), self.tr("Add an agenda item (Ctrl+Shift+A)")),
                              (self.remove_button, self.tr("Remove item"),
                               self.tr("Remove the agenda item (Ctrl+Shift+Delete)")),
                              (self.up_button, self.tr("Move up"), self.tr("Move the item up (Alt+Up)")),
                              (self.down_button, self.tr("Move down"), self.tr("Move the item down (Alt+Down)")),
                              (self.add_presentation_button, self.tr("Add presentation…"),
                               self.tr("Add a project presentation")),
                              (self.remove_presentation_button, self.tr("Remove presentation"),
                               self.tr("Remove the selected presentation")),
                              (self.attach_button, self.tr("Attach files…"),
                               self.tr("Attach files to the selected presentation")),
                              (self.remove_file_button, self.tr("Remove files"),
                               self.tr("Remove the files of the selected presentation"))):
            b.setText(text)
            named(b, name)
        self.add_shortcut.setWhatsThis(self.tr("Add an agenda item"))
        self.remove_shortcut.setWhatsThis(self.tr("Remove the agenda item"))
        texts = {"title": self.tr("&Title (%1)").replace("%1", lang), "minutes": self.tr("Planned mi&nutes"),
                 "rapporteurs": self.tr("&Rapporteurs"), "co_rapporteurs": self.tr("&Co-rapporteurs"),
                 "notes": self.tr("Internal n&otes")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        names = {"title": self.tr("Title"), "minutes": self.tr("Planned minutes"),
                 "rapporteurs": self.tr("Rapporteurs"), "co_rapporteurs": self.tr("Co-rapporteurs"),
                 "notes": self.tr("Internal notes")}
        for binding, key in self._bound:
            binding.label = names[key]
            named(binding.widget, names[key])
            if isinstance(binding.widget, PeopleListField):
                binding.widget.label = names[key]
                binding.widget.add.setText(self.tr("Add…"))
                binding.widget.remove.setText(self.tr("Remove"))
                named(binding.widget.add, self.tr("Add: %1").replace("%1", names[key]))
                named(binding.widget.remove, self.tr("Remove: %1").replace("%1", names[key]))
        self.notes.setPlaceholderText(self.tr("For the chair's script; not printed in the protocol"))
        self.presentations_box.setTitle(self.tr("Project presentations"))
        named(self.presentations_view, self.tr("Project presentations"))
        self.files_hint.setText(self.tr("Drop files from the file manager onto a presentation to attach them."))
        self.model.retranslate()
        self.presentations_model.retranslate()

    # --- state ----------------------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.model.row_at(self.view.currentIndex().row())
        return row["id"] if row else None

    def current_item(self) -> dict | None:
        return self.model.row_at(self.view.currentIndex().row())

    def refresh(self) -> None:
        keep = self.editor.wanted_selection("item") or self.current_id()
        self.model.read_only = self.editor.locked
        self.model.set_rows(self.editor.record["agenda"], self.editor.text_lang)
        row = self.model.row_of(keep) if keep else -1
        select_row(self.view, max(row, 0))
        locked = self.editor.locked
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button,
                  self.add_presentation_button, self.remove_presentation_button, self.attach_button,
                  self.remove_file_button):
            b.setEnabled(not locked)
        self._item_changed()

    def _item_changed(self) -> None:
        item = self.current_item()
        self.presentations_model.set_rows(item["presentations"] if item else [])
        self.editor.refresh_bindings(owner=self)
        self.show_errors(self.editor.errors)

    def show_errors(self, errors: dict) -> None:
        ident = self.current_id()
        self.error.show_message(errors.get(("item", ident), "") if ident else "")

    # --- items ----------------------------------------------------------------------------
    def add_item(self) -> None:
        if self.editor.locked:
            return
        lang = self.editor.text_lang
        title = TextPrompt.ask(self, self.tr("New agenda item"), self.tr("Title (%1)").replace(
            "%1", self.editor.language_in_label()))
        if not title:
            return
        meetings, mid = self.editor.ctx.meetings, self.editor.meeting_id
        self.editor.undo_stack.push(CreateCommand(
            self.editor, self.tr("Add an agenda item"), "item",
            lambda: meetings.add_item(mid, {f"title_{lang}": title}), meetings.remove_item))

    def remove_item(self) -> None:
        item = self.current_item()
        if self.editor.locked or item is None:
            return
        if not Confirm.ask(self, self.tr("Remove item"), self.tr("Remove item %1 “%2” with its minutes?")
                           .replace("%1", str(item["position"])).replace("%2", self.model.data(
                               self.model.index(self.model.row_of(item["id"]), 1)))):
            return
        self.editor.undo_stack.push(RemoveCommand(
            self.editor, self.tr("Remove an agenda item"), "item", item["id"], self.editor.ctx.meetings.remove_item))

    def move_current(self, step: int) -> None:
        item = self.current_item()
        if item is not None:
            self.move_item(item["id"], item["position"] + step)

    def move_item(self, item_id: int, new_position: int) -> None:
        """Called by the keys, the buttons, and the model on a drop."""
        item = next((i for i in self.editor.record["agenda"] if i["id"] == item_id), None)
        count = len(self.editor.record["agenda"])
        if self.editor.locked or item is None or not (1 <= new_position <= count) \
                or new_position == item["position"]:
            return
        old = item["position"]
        meetings = self.editor.ctx.meetings
        self.editor.select_later("item", item_id)

        def go(position, expected):  # undone and redone only from where the step left it
            def run():
                meetings.move_item(self.editor.resolve("item", item_id), position,
                                   expected() if callable(expected) else expected)
                self.editor.select_later("item", self.editor.resolve("item", item_id))
            return run
        command = ServiceCommand(
            self.editor, self.tr("Move item %1 to %2").replace("%1", str(old)).replace("%2", str(new_position)),
            go(new_position, lambda: old if command.done else None), go(old, new_position))
        command.kind, command.ident = "item", item_id
        self.editor.undo_stack.push(command)

    # --- presentations and files ----------------------------------------------------------
    def current_presentation(self) -> dict | None:
        return self.presentations_model.row_at(self.presentations_view.currentIndex().row())

    def add_presentation(self) -> None:
        item = self.current_item()
        if self.editor.locked or item is None:
            return
        answer = PresentationDialog.ask(self.editor.ctx, self)
        if not answer:
            return
        project, presenter, org = answer
        meetings, item_id = self.editor.ctx.meetings, item["id"]
        self.editor.undo_stack.push(CreateCommand(
            self.editor, self.tr("Add a presentation"), "presentation",
            lambda: meetings.add_presentation(self.editor.resolve("item", item_id), project, presenter, org),
            meetings.remove_presentation))

    def remove_presentation(self) -> None:
        pres = self.current_presentation()
        if self.editor.locked or pres is None:
            return
        if not Confirm.ask(self, self.tr("Remove presentation"),
                           self.tr("Remove the presentation “%1” and its files?").replace("%1", pres["project"])):
            return
        self.editor.undo_stack.push(RemoveCommand(
            self.editor, self.tr("Remove a presentation"), "presentation", pres["id"],
            self.editor.ctx.meetings.remove_presentation))

    def attach_files(self, paths: list[str]) -> None:
        pres = self.current_presentation()
        if self.editor.locked or not paths:
            return
        if pres is None:
            self.editor.message.show_message(self.tr("Select a presentation to attach the files to."))
            return
        meetings, pres_id = self.editor.ctx.meetings, pres["id"]
        with self.editor.one_step(self.tr("Attach files")):  # all attached, or none; undone the same way
            for path in paths:
                self.editor.push(CreateCommand(
                    self.editor, self.tr("Attach %1").replace("%1", Path(path).name), "file",
                    lambda p=path: meetings.attach_file(self.editor.resolve("presentation", pres_id), p),
                    meetings.remove_file))

    def remove_file(self) -> None:
        pres = self.current_presentation()
        if self.editor.locked or pres is None or not pres["files"]:
            return
        if not Confirm.ask(self, self.tr("Remove files"), self.tr("Remove the files of “%1”: %2?")
                           .replace("%1", pres["project"]).replace("%2", ", ".join(f["name"] for f in pres["files"]))):
            return
        meetings = self.editor.ctx.meetings
        with self.editor.one_step(self.tr("Remove files")):
            for f in pres["files"]:
                self.editor.push(RemoveCommand(self.editor, self.tr("Remove %1").replace("%1", f["name"]),
                                               "file", f["id"], meetings.remove_file))
