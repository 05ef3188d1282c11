"""The guided start on an empty database, as a new secretary goes through it: keys and clicks on the real
wizard, members from a real spreadsheet through the people import, then the first protocol printed."""
from __future__ import annotations

import sqlite3
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWizard
from ui_dialogs import DialogScript
from ui_typing import type_text

from council_desktop.app import AppContext
from council_desktop.ui import first_run, i18n
from council_desktop.ui import main as desktop
from council_desktop.ui.first_run import FirstRunChooser, FirstRunWizard
from council_desktop.ui.prefs import Prefs

MEMBERS_CSV = ("Фамилия;Имя;Отчество;Должность;Организация\n"
               "Сейткали;Айгерим;Муратовна;Главный эксперт;Министерство здравоохранения\n"
               "Оспанов;Ерлан;Серикович;Директор департамента;Министерство здравоохранения\n"
               "Ким;Виктория;Андреевна;Профессор;Медицинский университет\n")


@pytest.fixture
def fresh(tmp_path):
    ctx = AppContext.open(tmp_path / "council.db", create=True)
    yield ctx
    ctx.close()


@pytest.fixture
def wizard(fresh, qtbot):
    i18n.install("en")
    w = FirstRunWizard(fresh)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    i18n.install("en")


def click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def choose(qtbot, combo, data) -> None:
    """Pick an entry of a combo box with the keyboard: down to the end, then up from there."""
    combo.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
        while combo.currentData() != data:
            before = combo.currentIndex()
            qtbot.keyClick(combo, key)
            if combo.currentIndex() == before:
                break
    assert combo.currentData() == data, f"{data!r} not offered"


def rows(ctx, sql):
    path = ctx.database_file
    with sqlite3.connect(path) as con:
        return con.execute(sql).fetchall()


def test_a_new_secretary_goes_through_in_kazakh_to_a_council_with_members_and_prints_a_protocol(
        wizard, fresh, qtbot, tmp_path, monkeypatch):
    assert first_run.wanted(fresh)
    language, organisation, body, members, finish = wizard.steps
    # 1. the language, chosen with the keyboard: the next steps speak Kazakh
    choose(qtbot, language.language, "kk")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is organisation
    assert (i18n.current(), Prefs().language) == ("kk", "kk")
    assert organisation.title() == "Сіздің ұйымыңыз"
    assert wizard.buttonText(QWizard.WizardButton.CustomButton1) == "Қадамды &өткізу"
    # 2. the organisation: nothing typed is refused with a line on the page, then its names and logo
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert wizard.currentPage() is organisation and "кемінде бір тілде" in organisation.error.text()
    names = {"kk": "Қазақстан Республикасының Денсаулық сақтау министрлігі",
             "ru": "Министерство здравоохранения Республики Казахстан",
             "en": "Ministry of Health of the Republic of Kazakhstan"}
    for lang, text in names.items():
        type_text(organisation.names[lang], text)
    logo = tmp_path / "logo.png"
    image = QImage(300, 120, QImage.Format.Format_RGB32)
    image.fill(QColor("#2b4c7e"))
    image.save(str(logo))
    monkeypatch.setattr(FirstRunChooser, "logo", classmethod(lambda cls, parent: str(logo)))
    qtbot.mouseClick(organisation.choose_logo, Qt.MouseButton.LeftButton)
    assert not organisation.logo.pixmap().isNull()
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    office = fresh.settings.get()
    assert {lang: office[f"letterhead_{lang}"] for lang in names} == names and office["logo_png_base64"]
    # 3. the council body with its rules
    assert wizard.currentPage() is body
    for lang, text in {"kk": "Ғылыми-техникалық кеңес", "ru": "Научно-технический совет",
                       "en": "Scientific and Technical Council"}.items():
        type_text(body.names[lang], text)
    choose(qtbot, body.quorum_rule, "two_thirds")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert rows(fresh, "SELECT name_kk, quorum_rule, majority_rule FROM council_body") == [
        ("Ғылыми-техникалық кеңес", "two_thirds", "simple_of_present")]
    # back to it and changed: the body made a moment ago is changed, no second one
    click(qtbot, wizard, QWizard.WizardButton.BackButton)
    assert wizard.currentPage() is body
    choose(qtbot, body.quorum_rule, "more_than_half")
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    assert rows(fresh, "SELECT name_kk, quorum_rule, majority_rule FROM council_body") == [
        ("Ғылыми-техникалық кеңес", "more_than_half", "simple_of_present")]
    # 4. members from a spreadsheet, through the people import's own preview
    assert wizard.currentPage() is members
    sheet = tmp_path / "мүшелер.csv"
    sheet.write_text(MEMBERS_CSV, encoding="utf-8")
    monkeypatch.setattr(FirstRunChooser, "spreadsheet", classmethod(lambda cls, parent: str(sheet)))
    script = DialogScript(monkeypatch, qtbot)

    def import_them(dialog):
        assert dialog.import_button.isEnabled(), dialog.summary.toPlainText()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", import_them)
    qtbot.mouseClick(members.import_button, Qt.MouseButton.LeftButton)
    script.done()
    assert "3 адам жүктелді." in members.result.text() and "«Ғылыми-техникалық кеңес»" in members.result.text()
    assert rows(fresh, "SELECT p.surname, m.role, m.end_date FROM membership m JOIN person p ON p.id = m.person_id "
                       "ORDER BY p.surname") == [("Ким", "member", None), ("Оспанов", "member", None),
                                                  ("Сейткали", "member", None)]
    click(qtbot, wizard, QWizard.WizardButton.NextButton)
    # 5. done: never offered again on this database
    assert wizard.currentPage() is finish
    assert not wizard.button(QWizard.WizardButton.CustomButton1).isVisible()
    click(qtbot, wizard, QWizard.WizardButton.FinishButton)
    assert fresh.first_run.done() and not first_run.wanted(fresh)

    # the first meeting of that council, its protocol printed with the letterhead typed above
    body_id, = (r[0] for r in rows(fresh, "SELECT id FROM council_body"))
    meeting_id = fresh.meetings.plan([body_id], "2026-12-10", {"start_time": "10:00"})
    pdf = tmp_path / "хаттама.pdf"
    pdf.write_bytes(fresh.documents.render("protocol", meeting_id, "kk"))
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "ДЕНСАУЛЫҚ САҚТАУ МИНИСТРЛІГІ" in text and "ХАТТАМАСЫ" in text
    assert "3 мүшенің 0-і қатысты" in text  # the imported members are the body's composition


def test_every_step_can_be_skipped_and_skipping_all_is_remembered(wizard, fresh, qtbot):
    language, organisation, body, members, finish = wizard.steps
    type_text(organisation.names["ru"], "не сохранять")
    for step in (language, organisation, body, members):
        assert wizard.currentPage() is step
        click(qtbot, wizard, QWizard.WizardButton.CustomButton1)  # Skip this step: nothing saved
    assert wizard.currentPage() is finish
    assert fresh.settings.get()["letterhead_ru"] == ""
    assert rows(fresh, "SELECT count(*) FROM council_body") == [(0,)]
    wizard.reject()  # Skip all
    assert fresh.first_run.done() and not first_run.wanted(fresh)


def test_skip_all_at_once_leaves_the_database_empty_and_the_next_start_goes_straight_to_the_window(
        qtbot, tmp_path, monkeypatch):
    Prefs().data_folder = str(tmp_path)
    shown = []

    def skip_all(cls, ctx, parent=None):
        wizard = cls(ctx, parent)
        qtbot.addWidget(wizard)
        wizard.show()
        shown.append(1)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton), Qt.MouseButton.LeftButton)
        return wizard.result() == QWizard.DialogCode.Accepted

    monkeypatch.setattr(FirstRunWizard, "ask", classmethod(skip_all))
    window = desktop.start([])
    qtbot.addWidget(window)
    assert shown == [1] and window.views["people"].model.total == 0
    window.ctx.close()
    again = desktop.start([])  # an empty database still, but the guided start is not offered again
    qtbot.addWidget(again)
    assert shown == [1]
    again.ctx.close()


def test_the_demo_meeting_instead_of_a_spreadsheet(wizard, fresh, qtbot):
    wizard.skip()
    wizard.skip()
    wizard.skip()
    members = wizard.steps[3]
    assert wizard.currentPage() is members
    qtbot.mouseClick(members.demo_button, Qt.MouseButton.LeftButton)
    assert not fresh.demo.is_empty() and not members.demo_button.isEnabled()
    assert "demo meeting is loaded" in members.result.text()


def test_reachable_later_from_help(demo, qtbot, monkeypatch):
    from council_desktop.ui.main_window import MainWindow

    ctx, _ = demo
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    opened = []
    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: opened.append(self.steps[0].title()) or 0)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    action = next(a for a in help_menu.actions() if a.text() == "&Guided start…")
    action.trigger()
    assert opened == ["Language"]
