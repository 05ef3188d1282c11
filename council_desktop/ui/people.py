"""People and organisations: the registry lists and their editors.

An editor checks as the secretary types: a required surname, an e-mail address, names
that mix Latin and Cyrillic look-alike letters (fixed with one click), and probable
duplicates already in the registry (merged keeping attendance and roles).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain.entities import LANGUAGES
from ..domain.enums import OrganizationKind
from ..domain.errors import CouncilError
from ..domain.names import fix_mixed, mixed_words
from ..domain.rules import is_email
from . import i18n
from .forms import Confirm, ErrorLabel, SearchField, WarningBox, fit_columns, leave_editor, named, table_view
from .icons import icon
from .models.base import ROW_ID
from .models.labels import fill_combo
from .models.organisations import OrganisationsModel
from .models.people import PeopleModel
from .records import EditorHost, RecordEditor, RecordsView, Refused, organisation_combo

NAME_FIELDS = ("surname", "given_name", "patronymic")
DESCRIBED_FIELDS = ("degree", "title", "position")  # Person.describe(field, lang): the Russian where empty


def field_key(part: str, lang: str) -> str:
    return part if lang == "ru" else f"{part}_{lang}"


class PersonEditor(RecordEditor):
    """One person's record, saved by itself as it is typed (staging.py); a refusal shows next to its field."""

    kind = "person"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent, form=False)
        self._error_fields: dict = {}  # which field each refusal is about
        self.duplicates: list[dict] = []
        names, titles = self._name_boxes()
        self._warning_boxes()
        work = self._work_box()
        buttons = self._buttons()

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.draft_note.box)
        layout.addWidget(names)
        layout.addWidget(self.script_box)
        layout.addWidget(self.dup_box)
        layout.addWidget(titles)
        layout.addWidget(work)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self._dup_timer = QTimer(self, singleShot=True, interval=300)
        self._dup_timer.timeout.connect(self.check_duplicates)
        self.load(None)

    def _name_boxes(self) -> tuple[QGroupBox, QGroupBox]:
        """The full name, and the degree, title and position, each in three languages, columns aligned."""
        names, grid = self._language_grid(self.tr("Full name"), zip(NAME_FIELDS, (
            self.tr("Surname"), self.tr("Given name"), self.tr("Patronymic"))))
        self.surname_error = ErrorLabel()
        grid.addWidget(self.surname_error, 4, 1, 1, 3)
        titles, titles_grid = self._language_grid(self.tr("Degree, title and position"), zip(DESCRIBED_FIELDS, (
            self.tr("Degree"), self.tr("Academic title"), self.tr("Position"))))
        # both grids' language columns line up
        label_width = max(g.itemAtPosition(r, 0).widget().sizeHint().width()
                          for g in (grid, titles_grid) for r in (1, 2, 3))
        for g in (grid, titles_grid):
            g.setColumnMinimumWidth(0, label_width)
        named(titles, self.tr("Degree, title and position"),
              self.tr("Documents in Kazakh or English print the Russian text where these are left empty"))
        return names, titles

    def _language_grid(self, title: str, parts) -> tuple[QGroupBox, QGridLayout]:
        """Rows of a field in Russian, Kazakh and English, one column per language."""
        lang_titles = [i18n.language_name(code) for code in LANGUAGES]
        box = QGroupBox(title)
        grid = QGridLayout(box)
        for col, lang_title in enumerate(lang_titles, start=1):
            grid.addWidget(QLabel(f"<b>{lang_title}</b>"), 0, col)
            grid.setColumnStretch(col, 1)
        for r, (part, label_text) in enumerate(parts, start=1):
            label = QLabel(label_text + (" *" if part == "surname" else ""))
            grid.addWidget(label, r, 0)
            for col, lang in enumerate(LANGUAGES, start=1):
                edit = QLineEdit()
                named(edit, f"{label_text} ({lang_titles[col - 1]})")
                key = field_key(part, lang)
                self.fields[key] = edit
                self.bind_field(key, edit, f"{label_text} ({lang_titles[col - 1]})")
                grid.addWidget(edit, r, col)
                if col == 1:
                    label.setBuddy(edit)
        return box, grid

    def _warning_boxes(self) -> None:
        # the look-alike warning and its one-click fix
        self.fix_button = QPushButton(self.tr("Fix letters"))
        named(self.fix_button, self.tr("Fix letters"), self.tr("Rewrite each mixed word in one alphabet"))
        self.fix_button.clicked.connect(self.fix_letters)
        self.script_box = WarningBox(self.tr("Mixed alphabets warning"), self.fix_button)
        self.script_warning = self.script_box.text

        # probable duplicates already in the registry
        self.merge_button = QPushButton(icon("merge"), self.tr("Merge into it…"))
        named(self.merge_button, self.tr("Merge into the existing record"))
        self.merge_button.clicked.connect(self._merge_into_duplicate)
        self.dup_box = WarningBox(self.tr("Probable duplicate warning"), self.merge_button)
        self.dup_warning = self.dup_box.text

    def _work_box(self) -> QGroupBox:
        work = QGroupBox(self.tr("Work and contacts"))
        form = QFormLayout(work)
        self.organization = organisation_combo(self.ctx, self.tr("Organisation"))
        self.bind_field("organization_id", self.organization, self.tr("Organisation"))
        form.addRow(self.tr("Organisation"), self.organization)
        email = QLineEdit()
        named(email, self.tr("E-mail"))
        email.editingFinished.connect(self._check_email)
        self.fields["email"] = email
        self.bind_field("email", email, self.tr("E-mail"))
        self.email_error = ErrorLabel()
        email_row = QVBoxLayout()
        email_row.setSpacing(2)
        email_row.addWidget(email)
        email_row.addWidget(self.email_error)
        form.addRow(self.tr("E-mail"), email_row)
        phone = QLineEdit()
        named(phone, self.tr("Phone"))
        self.fields["phone"] = phone
        self.bind_field("phone", phone, self.tr("Phone"))
        form.addRow(self.tr("Phone"), phone)
        return work

    def _buttons(self) -> QHBoxLayout:
        self.save_button.setText(self.tr("Save"))
        named(self.save_button, self.tr("Save the person"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Revert"))
        named(self.revert_button, self.tr("Revert unsaved changes"))
        self.revert_button.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addWidget(self.error, 1)
        buttons.addStretch(1)  # the buttons keep their size when there is no message
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        return buttons

    # --- loading and values -----------------------------------------------------------------
    @property
    def person_id(self) -> int | None:
        return self.record_id

    def load(self, person_id: int | None, row: dict | None = None) -> None:
        row = row if row is not None else (self.fetch(person_id) if person_id else {})
        super().load(person_id, row)

    def fetch(self, record_id: int) -> dict | None:
        return self.ctx.registry.person(record_id, lang=i18n.current())

    def defaults(self) -> dict:
        return {**{key: "" for key in self.fields}, "organization_id": None}

    def load_more(self, row: dict) -> None:
        self.heading.setText(row.get("name") if row else self.tr("New person"))
        self.refresh_warnings()

    def staged(self, key) -> None:
        self.refresh_warnings(duplicates=False)
        self._dup_timer.start()

    # --- checks as you type -----------------------------------------------------------------
    def _email_problem(self, email: str) -> str:
        email = (email or "").strip()
        return "" if not email or is_email(email) else self.tr("«{0}» is not an e-mail address").format(email)

    def _check_email(self) -> bool:
        problem = self._email_problem(self.fields["email"].text())
        self.email_error.show_message(problem)
        return not problem

    def mixed(self) -> list[str]:
        words = []
        for part in NAME_FIELDS:
            for lang in LANGUAGES:
                words += mixed_words(self.fields[field_key(part, lang)].text())
        return words

    def refresh_warnings(self, duplicates: bool = True) -> None:
        words = self.mixed()
        for part in NAME_FIELDS:
            for lang in LANGUAGES:
                edit = self.fields[field_key(part, lang)]
                edit.setStyleSheet("background: #fff4d6;" if mixed_words(edit.text()) else "")
        self.script_warning.setText(self.tr("Latin and Cyrillic letters are mixed in: {0}. Such a name "
                                            "sorts and searches wrongly.").format(", ".join(f"«{w}»" for w in words)))
        self.script_box.setVisible(bool(words))
        if duplicates:
            self.check_duplicates()

    def fix_letters(self) -> None:
        """Each mixed word in one alphabet: one undoable step."""
        with self.one_step(self.tr("Fix letters")):
            for part in NAME_FIELDS:
                for lang in LANGUAGES:
                    key = field_key(part, lang)
                    fixed = fix_mixed(self.fields[key].text())
                    self.edit(self.kind, self.ident, key, fixed, self.labels[key])
        self.refresh_warnings()

    def check_duplicates(self) -> None:
        self._dup_timer.stop()
        surname = self.fields["surname"].text().strip()
        self.duplicates = self.ctx.registry.similar_people(surname, self.fields["given_name"].text(),
                                                           exclude_id=self.person_id, lang=i18n.current()) \
            if surname else []
        if self.duplicates:
            names = "; ".join(f"{d['name']}{' — ' + d['organization'] if d['organization'] else ''}"
                              for d in self.duplicates[:3])
            self.dup_warning.setText(self.tr("Probably already in the registry: {0}").format(names))
        self.dup_box.setVisible(bool(self.duplicates))
        self.merge_button.setVisible(bool(self.duplicates) and self.person_id is not None)

    def _merge_into_duplicate(self) -> None:
        if not self.duplicates or self.person_id is None:
            return
        keep = self.duplicates[0]["id"]
        if MergeDialog.ask(self, self.ctx, keep, self.person_id) is None:
            return
        self.saved.emit(keep)

    # --- saving ---------------------------------------------------------------------------------
    def check(self, values: dict) -> None:
        if not values.get("surname"):
            raise Refused(self.tr("The surname is required"), "surname")
        problem = self._email_problem(values.get("email"))
        if problem:
            raise Refused(problem, "email")

    def show_errors(self) -> None:
        by_label = {"surname": self.surname_error, "email": self.email_error}
        shown = {label: [] for label in (self.surname_error, self.email_error, self.error)}
        for key, message in self.errors.items():
            shown[by_label.get(self._error_fields.get(key, ""), self.error)].append(message)
        for label, messages in shown.items():
            label.show_message("\n".join(messages))

    def refused(self, key, exc) -> None:
        super().refused(key, exc)
        field = getattr(exc, "field", None) or ""
        self._error_fields[key] = {"e-mail": "email"}.get(field, field)

    def save(self) -> int | None:
        self._error_fields = {}
        return super().save()


class MergeDialog(QDialog):
    """Which of two records to keep; the other's attendance, roles and tasks move to it."""

    def __init__(self, ctx, first: int, second: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two people"))
        lang = i18n.current()
        self.ids = (first, second)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Keep which record? The other one's attendance, memberships, speeches "
                                        "and assignments move to it, then it is deleted.")))
        self.group = QButtonGroup(self)
        for n, pid in enumerate(self.ids):
            p = ctx.registry.person(pid, lang=lang)
            radio = QRadioButton(f"{p['name']} — {p['organization'] or '—'} (№ {pid})")
            named(radio, radio.text())
            radio.setChecked(n == 0)
            self.group.addButton(radio, n)
            layout.addWidget(radio)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def keep(self) -> tuple[int, int]:
        n = self.group.checkedId()
        return self.ids[n], self.ids[1 - n]

    @classmethod
    def choose(cls, parent, ctx, first: int, second: int) -> tuple[int, int] | None:
        """(keep, drop), or None when cancelled. Tests patch this."""
        dialog = cls(ctx, first, second, parent)
        return dialog.keep() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask(cls, parent, ctx, first: int, second: int) -> int | None:
        """Ask, then merge; returns the kept id."""
        answer = cls.choose(parent, ctx, first, second)
        if answer is None:
            return None
        try:
            return ctx.registry.merge_people(*answer)
        except CouncilError as exc:
            from .jobs import show_error
            show_error(parent, exc)
            return None


class PeopleView(EditorHost, QWidget):
    """Search as you type over the whole registry; the editor beside the list."""

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.search = SearchField(self.tr("Search people by name or e-mail…"))
        self.count = QLabel()
        named(self.count, self.tr("Number of people found"), "")
        self.model = PeopleModel(ctx, self)
        self.table = table_view(self.tr("People"), multi=True)
        self.table.setModel(self.model)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        fit_columns(self.table, 0)
        self.editor = PersonEditor(ctx)
        self.new_button = QPushButton(icon("new"), self.tr("New person"))
        named(self.new_button, self.tr("New person"))
        self.merge_button = QPushButton(icon("merge"), self.tr("Merge…"))
        named(self.merge_button, self.tr("Merge two selected people"))
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"))
        named(self.delete_button, self.tr("Delete the selected person"))

        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        lv.addLayout(top)
        lv.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        for b in (self.new_button, self.merge_button, self.delete_button):
            bottom.addWidget(b)
        bottom.addStretch(1)
        lv.addLayout(bottom)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.editor)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(split)

        self.search.search.connect(self.apply_search)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _i: self.editor.fields["surname"].setFocus())
        self.new_button.clicked.connect(self.new)
        self.merge_button.clicked.connect(self.merge_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.editor.saved.connect(self._saved)
        self.editor.open_wanted.connect(self.open_person)
        self.editor.draft_note.offer()
        self.model.modelReset.connect(self._update_count)
        self.model.rowsInserted.connect(self._update_count)
        self.model.counted.connect(self._update_count)
        self._update_count()
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.new_button)

    @property
    def undo_stack(self):
        return self.editor.undo_stack

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def apply_search(self, text: str) -> None:
        self.model.request_search(text)

    def _update_count(self, *_args) -> None:
        if self.model.more:  # the count stopped there (a broad search); scrolling to the end counts them all
            self.count.setText(self.tr("more than %n people", "", self.model.total))
        else:
            self.count.setText(self.tr("%n people", "", self.model.total))

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        pid = current.data(ROW_ID) if current.isValid() else None
        if pid == self.editor.person_id:
            return
        if not leave_editor(self.editor, self, self.editor.heading.text()):
            self.table.selectionModel().blockSignals(True)
            self.table.setCurrentIndex(previous)
            self.table.selectionModel().blockSignals(False)
            return
        self.editor.load(pid)

    def new(self) -> None:
        if leave_editor(self.editor, self, self.editor.heading.text()):
            self.table.clearSelection()
            self.editor.load(None)
            self.editor.fields["surname"].setFocus()

    def _saved(self, pid: int) -> None:
        """A save (often the autosave): the row shows the new values where it is; a new person is listed."""
        if not self.model.refresh_row(pid):
            self.model.reload()
        self._select_person(pid)
        if pid != self.editor.person_id:
            self.editor.load(pid)

    def _select_person(self, pid: int | None) -> None:
        r = self.model.row_of(pid) if pid else -1
        self.table.selectionModel().blockSignals(True)
        if r >= 0:
            self.table.setCurrentIndex(self.model.index(r, 0))
        else:
            self.table.clearSelection()
        self.table.selectionModel().blockSignals(False)

    def open_person(self, pid: int | None) -> None:
        """Show a person (a draft to restore is about them); None: a new person."""
        self._select_person(pid)
        self.editor.load(pid)

    def selected_ids(self) -> list[int]:
        return [i.data(ROW_ID) for i in self.table.selectionModel().selectedRows()]

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            from .jobs import show_error
            show_error(self, Exception(self.tr("Select exactly two people to merge.")))
            return
        kept = MergeDialog.ask(self, self.ctx, ids[0], ids[1])
        if kept:
            self.model.reload()
            self.editor.load(kept)

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1 or not Confirm.ask(self, self.tr("Delete"), self.tr("Delete this person?")):
            return
        try:
            self.ctx.registry.delete_person(ids[0])
        except CouncilError as exc:
            from .jobs import show_error
            show_error(self, exc)
            return
        self.model.reload()
        self.editor.load(None)



class OrganisationEditor(RecordEditor):
    kind = "organization"

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(ctx, parent)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.form.insertRow(0, self.heading)
        self.add_name_fields()
        self.kind_combo = QComboBox()
        named(self.kind_combo, self.tr("Kind"))
        fill_combo(self.kind_combo, [k.value for k in OrganizationKind])
        self.bind_field("kind", self.kind_combo, self.tr("Kind"))
        self.form.addRow(self.tr("Kind"), self.kind_combo)
        self.add_save_row(self.tr("Save"), self.tr("Save the organisation"))
        self.load(None, {})

    def defaults(self) -> dict:
        return {"kind": "other"}

    def load_more(self, row: dict) -> None:
        self.heading.setText(row.get("name") or self.tr("New organisation"))

    def check(self, values: dict) -> None:
        if not any(values.get(k) for k in ("name_kk", "name_ru", "name_en")):
            raise Refused(self.tr("A name in at least one language is required"))

    def fetch(self, record_id: int) -> dict | None:
        return self.ctx.registry.organization(record_id, lang=i18n.current())


class OrganisationsView(RecordsView):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(OrganisationsModel(ctx), OrganisationEditor(ctx), self.tr("Organisations"),
                         self.tr("New organisation"), self.tr("Search organisations…"), parent=parent)
        self.ctx = ctx
        fit_columns(self.table, 1)
