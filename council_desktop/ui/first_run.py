"""The guided start on an empty database: the interface language, the organisation (its name in three
languages and its logo), a council body with its rules, and its members from a spreadsheet (through the
people import) or the demo meeting. Every step can be skipped; once finished or skipped it is not offered
again on that database, and Help → Guided start… opens it again."""
from __future__ import annotations

import base64

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from ..domain.enums import MajorityRule, QuorumRule
from ..domain.errors import CouncilError
from . import i18n
from .forms import menu_action, named
from .models.labels import fill_combo
from .prefs import Prefs

NAME_LANGS = tuple(i18n.LANGUAGES)  # the organisation's name in each language the window speaks, in its order


class FirstRunChooser:
    """The file dialogs of the guided start. Tests patch these."""

    @classmethod
    def spreadsheet(cls, parent) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, parent.tr("Members from a spreadsheet"), "",
            parent.tr("Lists of people (*.xlsx *.csv);;All files (*)"))
        return path or None

    @classmethod
    def logo(cls, parent) -> str | None:
        path, _ = QFileDialog.getOpenFileName(parent, parent.tr("Logo"), "",
                                              parent.tr("Images (*.png *.jpg *.jpeg *.svg *.bmp)"))
        return path or None


class StepPage(QWizardPage):
    """A step whose texts follow the language chosen in the first one, and whose errors are said on it."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.ctx = wizard.ctx
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        named(self.error, "")

    def say(self, exc: CouncilError) -> bool:
        self.error.setText(exc.message(i18n.current()))
        return False

    def retranslate(self) -> None:
        raise NotImplementedError

    def save(self) -> bool:
        return True

    def validatePage(self) -> bool:  # noqa: N802 (Qt's name)
        self.error.clear()
        return self.wiz.skipping or self.save()


class LanguagePage(StepPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current()))
        self.label = QLabel()
        self.label.setBuddy(self.language)
        layout = QFormLayout(self)
        layout.addRow(self.label, self.language)
        layout.addRow(self.error)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The language of the window. Documents are printed in any of the three."))
        self.label.setText(self.tr("&Interface language"))
        named(self.language, self.tr("Interface language"))

    def save(self) -> bool:
        lang = self.language.currentData()
        Prefs().language = lang
        if lang != i18n.current():
            i18n.install(lang)
            self.wiz.retranslate()
        return True


class OrganisationPage(StepPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        office = self.ctx.settings.get()
        self.names = {lang: QLineEdit(office[f"letterhead_{lang}"]) for lang in NAME_LANGS}
        self.labels = {lang: QLabel() for lang in NAME_LANGS}
        self.logo_base64 = office["logo_png_base64"] or ""
        self.logo = QLabel()
        self.logo.setFixedSize(120, 60)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo.setStyleSheet("border: 1px solid #bbb; background: white;")
        self.choose_logo = QPushButton()
        self.choose_logo.clicked.connect(self.pick_logo)
        layout = QFormLayout(self)
        for lang in NAME_LANGS:
            self.labels[lang].setBuddy(self.names[lang])
            layout.addRow(self.labels[lang], self.names[lang])
        row = QHBoxLayout()
        row.addWidget(self.logo)
        row.addWidget(self.choose_logo)
        row.addStretch(1)
        self.logo_label = QLabel()
        layout.addRow(self.logo_label, row)
        layout.addRow(self.error)
        self.show_logo()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("Its name as the letterhead of every document prints it, in each language, "
                                 "and its logo."))
        for lang, text in (("kk", self.tr("Name in &Kazakh")), ("ru", self.tr("Name in &Russian")),
                           ("en", self.tr("Name in &English"))):
            self.labels[lang].setText(text)
            named(self.names[lang], text.replace("&", ""))
        self.logo_label.setText(self.tr("Logo"))
        self.choose_logo.setText(self.tr("Choose &logo…"))
        named(self.choose_logo, self.tr("Choose the logo image"))

    def show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo_base64 and pixmap.loadFromData(base64.b64decode(self.logo_base64)):
            self.logo.setPixmap(pixmap.scaled(self.logo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.SmoothTransformation))

    def pick_logo(self) -> None:
        from .settings_dialog import logo_png  # one reading of an image for the letterhead
        path = FirstRunChooser.logo(self)
        if not path:
            return
        try:
            self.logo_base64 = base64.b64encode(logo_png(path)).decode("ascii")
        except CouncilError as exc:
            self.say(exc)
            return
        self.error.clear()
        self.show_logo()

    def save(self) -> bool:
        values = {f"letterhead_{lang}": edit.text().strip() for lang, edit in self.names.items()}
        if not any(values.values()):
            self.error.setText(self.tr("Type the organisation's name in at least one language, or skip this step."))
            return False
        try:
            self.ctx.settings.update(values | {"logo_png_base64": self.logo_base64})
        except CouncilError as exc:
            return self.say(exc)
        return True


class BodyPage(StepPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.names = {lang: QLineEdit() for lang in NAME_LANGS}
        self.labels = {lang: QLabel() for lang in NAME_LANGS}
        self.quorum_rule = QComboBox()
        self.quorum_fixed = QSpinBox()
        self.quorum_fixed.setRange(0, 999)
        self.quorum_fixed.setSpecialValueText("—")
        self.majority_rule = QComboBox()
        self.quorum_label, self.majority_label = QLabel(), QLabel()
        self.quorum_label.setBuddy(self.quorum_rule)
        self.majority_label.setBuddy(self.majority_rule)
        layout = QFormLayout(self)
        for lang in NAME_LANGS:
            self.labels[lang].setBuddy(self.names[lang])
            layout.addRow(self.labels[lang], self.names[lang])
        quorum = QHBoxLayout()
        quorum.addWidget(self.quorum_rule, 1)
        quorum.addWidget(self.quorum_fixed)
        layout.addRow(self.quorum_label, quorum)
        layout.addRow(self.majority_label, self.majority_rule)
        layout.addRow(self.error)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Council body"))
        self.setSubTitle(self.tr("The council (or commission) whose meetings you keep, with its quorum and majority "
                                 "rules. More bodies can be added later under Council bodies and membership."))
        for lang, text in (("kk", self.tr("Name in &Kazakh")), ("ru", self.tr("Name in &Russian")),
                           ("en", self.tr("Name in &English"))):
            self.labels[lang].setText(text)
            named(self.names[lang], text.replace("&", ""))
        quorum, majority = self.quorum_rule.currentData(), self.majority_rule.currentData()
        fill_combo(self.quorum_rule, [r.value for r in QuorumRule])
        fill_combo(self.majority_rule, [r.value for r in MajorityRule])
        if quorum:
            self.quorum_rule.setCurrentIndex(self.quorum_rule.findData(quorum))
            self.majority_rule.setCurrentIndex(self.majority_rule.findData(majority))
        self.quorum_label.setText(self.tr("&Quorum"))
        self.majority_label.setText(self.tr("&Majority"))
        named(self.quorum_rule, self.tr("Quorum rule"))
        named(self.quorum_fixed, self.tr("Fixed quorum (members)"))
        named(self.majority_rule, self.tr("Majority rule"))

    def save(self) -> bool:
        values = {f"name_{lang}": edit.text() for lang, edit in self.names.items()}
        values |= {"quorum_rule": self.quorum_rule.currentData(), "majority_rule": self.majority_rule.currentData(),
                   "quorum_fixed": self.quorum_fixed.value() or None}
        try:
            if self.wiz.body_id is None:
                self.wiz.body_id = self.ctx.records.create("council_body", values)
            else:  # back to this page: the body made before, changed
                self.ctx.records.update("council_body", self.wiz.body_id, values)
        except CouncilError as exc:
            return self.say(exc)
        return True


class MembersPage(StepPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_members)
        self.demo_button = QPushButton()
        self.demo_button.clicked.connect(self.load_demo)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.import_button)
        layout.addWidget(self.demo_button)
        layout.addWidget(self.result)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Members"))
        self.setSubTitle(self.tr("The members of the council body, from a spreadsheet (CSV or Excel, one person a "
                                 "row: surname, name, patronymic, position, organisation…), or the demo meeting "
                                 "to look around first."))
        self.import_button.setText(self.tr("&Import members from a spreadsheet…"))
        self.demo_button.setText(self.tr("Load the &demo meeting"))
        named(self.import_button, self.import_button.text().replace("&", ""))
        named(self.demo_button, self.demo_button.text().replace("&", ""))

    def import_members(self) -> None:
        from .exchange_dialogs import ImportDialog  # the people import with its column mapping and problems
        path = FirstRunChooser.spreadsheet(self)
        if not path:
            return
        before = self.ctx.first_run.person_ids()
        if ImportDialog.ask(self.ctx, path, self) is None:
            return
        people = self.ctx.first_run.person_ids() - before
        text = self.tr("%n people imported.", "", len(people))
        if self.wiz.body_id is not None:
            try:
                added = self.ctx.first_run.add_members(self.wiz.body_id, people)
            except CouncilError as exc:
                self.say(exc)
                return
            name = self.ctx.registry.body(self.wiz.body_id, i18n.current())["name"]
            text += " " + self.tr("%n of them made members of %1 from today.", "", added).replace("%1", name)
        self.result.setText(text)

    def load_demo(self) -> None:
        try:
            self.ctx.demo.load()
        except CouncilError as exc:
            self.say(exc)
            return
        self.demo_button.setEnabled(False)
        self.result.setText(self.tr("The demo meeting is loaded: a joint meeting of two councils with its agenda, "
                                    "minutes and assignments."))


class FinishPage(StepPage):
    def __init__(self, wizard) -> None:
        super().__init__(wizard)
        self.text = QLabel()
        self.text.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.text)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ready"))
        self.text.setText(self.tr("Plan a meeting with Ctrl+N in Meetings. Help (F1) opens the guide at the page of "
                                  "the view you are in; Help → Guided start… brings these steps back."))


class FirstRunWizard(QWizard):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.body_id: int | None = None
        self.skipping = False
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.customButtonClicked.connect(lambda _which: self.skip())  # the only custom button: Skip this step
        self.currentIdChanged.connect(self._step_changed)
        self.steps = [LanguagePage(self), OrganisationPage(self), BodyPage(self), MembersPage(self),
                      FinishPage(self)]
        for page in self.steps:
            self.addPage(page)
        self.retranslate()
        self.resize(640, 480)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Council Desktop — guided start"))
        self.setButtonText(QWizard.WizardButton.CustomButton1, self.tr("&Skip this step"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Skip &all"))
        for page in self.steps:
            page.retranslate()

    def _step_changed(self, _id: int) -> None:
        last = self.currentPage() is self.steps[-1]
        self.button(QWizard.WizardButton.CustomButton1).setVisible(not last)

    def skip(self) -> None:
        """On to the next step, this one's entries left unsaved."""
        self.skipping = True
        try:
            self.next()
        finally:
            self.skipping = False

    def done(self, result: int) -> None:  # Finish, Skip all, or the window closed: not offered again
        try:
            self.ctx.first_run.mark_done()
        except CouncilError:  # a read-only database: offered again next time, nothing else to do
            pass
        super().done(result)

    @classmethod
    def ask(cls, ctx, parent=None) -> bool:
        """Run the steps; True when finished (rather than skipped as a whole)."""
        return cls(ctx, parent).exec() == QWizard.DialogCode.Accepted


def wanted(ctx) -> bool:
    """On an empty database that was never set up this way (and can be written)."""
    return ctx.read_only is None and ctx.demo.is_empty() and not ctx.first_run.done()


def add_to_menu(window, menu) -> QAction:
    """Help → Guided start…"""
    return menu_action(window, QCoreApplication.translate("FirstRunWizard", "&Guided start…"),
                       lambda: run_from_window(window), menu=menu)


def run_from_window(window) -> None:
    if not window.leave_all():
        return
    before = i18n.current()
    FirstRunWizard.ask(window.ctx, window)
    if i18n.current() != before:
        window.set_language(i18n.current())
    else:
        window.rebuild()
