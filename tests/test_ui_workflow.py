"""A whole meeting in the window, from planning to the signed protocol, played with clicks and key presses.

Nothing here calls a service to change the meeting: every step goes through the widgets a
secretary touches (the dialogs included, answered by typing and clicking), in Kazakh, Russian
and English; the saved protocol is then read back with pdftotext.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from ui_dialogs import DialogScript, pick
from ui_preview import wait_rendered
from ui_typing import type_text

from council_desktop.documents.labels import label
from council_desktop.ui import i18n
from council_desktop.ui.main_window import MainWindow
from council_desktop.ui.meeting import agenda_tab

# what the secretary types, in the language of the window (and so of the texts and the protocol)
TEXTS = {
    "kk": {"title": "Геномдық скрининг бағдарламасы туралы",
           "heard": "Баяндамашы скрининг бағдарламасының нәтижелерін баяндады.",
           "gist": "Бағдарламаны өңірлерге кеңейтуді ұсынды.",
           "resolution": "Геномдық скрининг бағдарламасы мақұлдансын.",
           "task": "Өңірлік орталықтарды жабдықтау жоспарын дайындау."},
    "ru": {"title": "О программе геномного скрининга",
           "heard": "Докладчик представил результаты программы скрининга.",
           "gist": "Предложил распространить программу на регионы.",
           "resolution": "Одобрить программу геномного скрининга.",
           "task": "Подготовить план оснащения региональных центров."},
    "en": {"title": "The genomic screening programme",
           "heard": "The rapporteur presented the results of the screening programme.",
           "gist": "Proposed extending the programme to the regions.",
           "resolution": "To approve the genomic screening programme.",
           "task": "Prepare a plan for equipping the regional centres."},
}
MEETING_DATE = QDate(2026, 3, 16)


@pytest.fixture(params=["kk", "ru", "en"])
def window_in(request, demo, qtbot, qapp):
    lang = i18n.install(request.param)
    ctx, _ = demo
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1366, 700)
    w.show()
    qtbot.waitExposed(w)
    yield w, lang
    i18n.install("en")


def click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.accessibleName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def open_tab(qtbot, editor, tab) -> None:
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(tab)).center())
    assert editor.tabs.currentWidget() is tab


def click_row(qtbot, view, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def type_number(qtbot, spin, value: int) -> None:
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def type_date(qtbot, edit, date: QDate) -> None:
    """Section by section, as typed: each section selected with Shift+Right and typed over."""
    edit.setFocus()
    if not re.search(r"\w", edit.text()):  # an empty optional date: Up puts a date there first
        qtbot.keyClick(edit, Qt.Key.Key_Up)
    for n, value in enumerate(re.findall(r"\w+", edit.locale().toString(date, edit.displayFormat()))):
        start, end = [m.span() for m in re.finditer(r"\w+", edit.text())][n]
        qtbot.keyClick(edit, Qt.Key.Key_Home)
        for _ in range(start):
            qtbot.keyClick(edit, Qt.Key.Key_Right)
        for _ in range(end - start):
            qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClicks(edit, value)
    assert edit.date() == date, (edit.date(), edit.text())


def pdftotext(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def test_a_whole_meeting_from_plan_to_signed_protocol_in_the_window(window_in, qtbot, monkeypatch, tmp_path):
    window, lang = window_in
    ctx = window.ctx
    texts = TEXTS[lang]
    people = {p["surname_en"]: p for p in ctx.registry.people("", limit=200, lang=lang)}
    name = {key: p["name"] for key, p in people.items()}  # as the window shows them
    surname_key = {"kk": "surname_kk", "ru": "surname", "en": "surname_en"}[lang]
    surname = {key: p[surname_key] for key, p in people.items()}
    script = DialogScript(monkeypatch, qtbot)

    # --- plan: Ctrl+N in Meetings, the dialog filled in by keyboard and the person pickers ------
    window.show_view("meetings")

    def plan(dialog) -> None:
        type_date(qtbot, dialog.date, MEETING_DATE)
        type_text(dialog.place["ru"], "Министерство здравоохранения, зал 2")
        type_text(dialog.place["kk"], "Денсаулық сақтау министрлігі, 2-зал")
        type_text(dialog.place["en"], "Ministry of Health, hall 2")
        pick(qtbot, dialog.chair, surname["Alnazarova"], name["Alnazarova"])
        pick(qtbot, dialog.secretary, surname["Zhumabekova"], name["Zhumabekova"])
        assert dialog.chair.person_id == people["Alnazarova"]["id"]
        assert dialog.secretary.person_id == people["Zhumabekova"]["id"]
        script.click_ok(dialog)

    script.expect("NewMeetingDialog", plan)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = window.meeting_editor()
    assert editor is not None, "the new meeting opens in the editor"
    assert editor.record["date"] == "2026-03-16" and editor.record["status"] == "planned"
    mid = editor.meeting_id
    # one protocol language, chosen at the top of the editor; the texts follow it
    assert editor.protocol_layout == "ru" and editor.text_lang == "ru"  # the office's default
    editor.protocol_combo.setFocus()
    while editor.protocol_combo.currentData() != lang:
        qtbot.keyClick(editor.protocol_combo, Qt.Key.Key_Down if lang != "ru" else Qt.Key.Key_Up)
    assert editor.text_lang == lang and editor.lang_combo.currentData() == lang
    assert ctx.settings.protocol_language(mid) == lang

    # --- attendance: everyone present, then one member excused -----------------------------------
    open_tab(qtbot, editor, editor.attendance)
    tab = editor.attendance
    click_row(qtbot, tab.view, 0)
    qtbot.keyClick(tab.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    click(qtbot, tab.status_buttons["present"])
    row = tab.model.row_of_person(people["Akshulakov"]["id"])
    click_row(qtbot, tab.view, row)
    click(qtbot, tab.status_buttons["excused"])
    record = ctx.views.meeting_record(mid)
    statuses = {a["person_id"]: a["status"] for a in record["attendance"]}
    assert statuses.pop(people["Akshulakov"]["id"]) == "excused"
    assert set(statuses.values()) == {"present"}
    present = record["present_members"]
    assert present == len(statuses) >= 3

    # --- agenda: an item, its rapporteur and co-rapporteur, a presentation with a file -----------
    open_tab(qtbot, editor, editor.agenda)
    tab = editor.agenda
    script.expect("TextPrompt", script.type_and_ok(texts["title"]))
    click(qtbot, tab.add_button)
    item = editor.record["agenda"][-1]
    assert item[f"title_{lang}"] == texts["title"] and tab.current_id() == item["id"]
    script.expect("PersonPicker", script.pick_person(surname["Kassymova"], name["Kassymova"]))
    click(qtbot, tab.rapporteurs.add)
    script.expect("PersonPicker", script.pick_person(surname["Ibrayev"], name["Ibrayev"]))
    click(qtbot, tab.co_rapporteurs.add)

    project = next(p for p in ctx.meetings.projects(lang) if "3D" in p["title"])

    def presentation(dialog) -> None:
        dialog.project.setFocus()
        while dialog.project.currentData() != project["id"]:
            before = dialog.project.currentIndex()
            qtbot.keyClick(dialog.project, Qt.Key.Key_Down)
            assert dialog.project.currentIndex() != before, "the project is not offered"
        pick(qtbot, dialog.presenter, surname["Ospanov"], name["Ospanov"])
        assert dialog.presenter.person_id == people["Ospanov"]["id"]
        script.click_ok(dialog)

    script.expect("PresentationDialog", presentation)
    click(qtbot, tab.add_presentation_button)
    slides = tmp_path / "slides.pdf"
    slides.write_bytes(b"%PDF-1.4\n% slides of the presentation\n")
    click_row(qtbot, tab.presentations_view, 0)
    # the file manager's dialog is the system's own: its answer is the path chosen
    monkeypatch.setattr(agenda_tab.ChooseFiles, "ask", classmethod(lambda cls, parent: [str(slides)]))
    click(qtbot, tab.attach_button)
    assert editor.save()
    item = next(i for i in ctx.views.meeting_record(mid, lang)["agenda"] if i["id"] == item["id"])
    assert [(r["person_id"], r["role"]) for r in item["rapporteurs"]] == [
        (people["Kassymova"]["id"], "rapporteur"), (people["Ibrayev"]["id"], "co_rapporteur")]
    assert [(p["project_id"], p["presenter_id"]) for p in item["presentations"]] == [
        (project["id"], people["Ospanov"]["id"])]
    assert [f["name"] for f in item["presentations"][0]["files"]] == ["slides.pdf"]

    # --- minutes: heard, a speech, a resolution with its vote, an assignment ----------------------
    open_tab(qtbot, editor, editor.minutes)
    tab = editor.minutes
    click_row(qtbot, tab.items, tab.items.model().rowCount() - 1)
    assert tab.current_item_id() == item["id"]
    type_text(tab.heard, texts["heard"])
    script.expect("PersonPicker", script.pick_person(surname["Lokshin"], name["Lokshin"]))
    click(qtbot, tab.add_speech_button)
    type_text(tab.gist, texts["gist"])
    script.expect("TextPrompt", script.type_and_ok(texts["resolution"]))
    click(qtbot, tab.add_resolution_button)
    type_number(qtbot, tab.votes_for, present - 1)
    type_number(qtbot, tab.votes_abstained, 1)
    type_number(qtbot, tab.votes_against, 0)
    script.expect("TextPrompt", script.type_and_ok(texts["task"]))
    click(qtbot, tab.add_assignment_button)
    pick(qtbot, tab.responsible, surname["Seitkazina"], name["Seitkazina"])
    type_date(qtbot, tab.deadline, QDate(2026, 6, 30))
    assert editor.save(), editor.errors
    item = next(i for i in ctx.views.meeting_record(mid, lang)["agenda"] if i["id"] == item["id"])
    assert item[f"heard_{lang}"] == texts["heard"]
    assert [(s["person_id"], s[f"gist_{lang}"]) for s in item["speeches"]] == [
        (people["Lokshin"]["id"], texts["gist"])]
    [resolution] = item["resolutions"]
    assert resolution[f"text_{lang}"] == texts["resolution"]
    assert (resolution["votes_for"], resolution["votes_against"], resolution["votes_abstained"]) == (present - 1, 0, 1)
    [assignment] = resolution["assignments"]
    assert (assignment[f"task_{lang}"], assignment["responsible_person_id"], assignment["deadline"]) == (
        texts["task"], people["Seitkazina"]["id"], "2026-06-30")

    # --- lifecycle: held, drafted, the protocol's language, signed -------------------------------
    open_tab(qtbot, editor, editor.lifecycle)
    tab = editor.lifecycle
    script.expect("QMessageBox", script.click_yes)
    click(qtbot, tab.held)
    assert ctx.views.meeting_record(mid)["status"] == "held"
    script.expect("QMessageBox", script.click_yes)
    click(qtbot, tab.draft)
    assert ctx.views.meeting_record(mid)["status"] == "protocol_drafted"
    script.expect("QMessageBox", script.click_yes)
    click(qtbot, tab.sign)
    record = ctx.views.meeting_record(mid)
    assert record["status"] == "protocol_signed" and record["locked"]
    assert [p["language"] for p in record["protocol_issues"]] == [lang]
    assert editor.banner.isVisible()

    # --- the protocol, saved from its tab: proposed by its number, date and kind, in Documents ---------
    open_tab(qtbot, editor, editor.protocol_tab)
    preview = editor.preview
    wait_rendered(qtbot, preview)
    assert preview.pdf
    documents = Path(os.environ["HOME"]) / "Documents"
    documents.mkdir(exist_ok=True)
    saved = tmp_path / "saved"
    saved.mkdir()
    proposed = []

    def save_dialog(parent, caption, path, filters, *args, **kwargs):
        proposed.append(Path(path))
        return str(saved / Path(path).name), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    click(qtbot, preview.save_button)
    kind_name = {"kk": "Хаттама", "ru": "Протокол", "en": "Minutes"}[lang]
    number = "-".join(str(b["number"]) for b in record["bodies"])
    assert proposed == [documents / f"{kind_name}_{number}_2026-03-16.pdf"]
    out = saved / proposed[0].name
    assert out.read_bytes() == preview.pdf

    # --- every other document from File → Meeting documents, printed (to a PDF file) and saved ----------
    texts_of = {}
    for kind in ("agenda", "script", "attendance", "extract", "register"):
        printed = tmp_path / f"printed-{kind}.pdf"

        def show(dialog, kind=kind, printed=printed) -> None:
            wait_rendered(qtbot, dialog.preview)
            assert dialog.preview.pdf
            if kind == "extract":  # the item chosen in the dialog, by keyboard
                dialog.item.setFocus()
                while dialog.item.currentData() != len(editor.record["agenda"]):
                    qtbot.keyClick(dialog.item, Qt.Key.Key_Down)
                wait_rendered(qtbot, dialog.preview)
            script.expect("QPrintDialog", script.print_to_file(printed))
            click(qtbot, dialog.preview.print_button)
            click(qtbot, dialog.preview.save_button)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        script.expect("DocumentDialog", show)
        window.document_actions[kind].trigger()
        assert proposed[-1].parent == saved  # the folder last used
        want = f"{label('file_' + kind, lang)}_{number}_2026-03-16"
        if kind == "extract":
            want += f"_{label('file_item', lang)}_{len(editor.record['agenda'])}"
        assert proposed[-1].name == want.replace(" ", "_") + ".pdf"
        texts_of[kind] = pdftotext(saved / proposed[-1].name)
        assert pdftotext(printed) == texts_of[kind]
    script.done()
    assert texts["title"] in texts_of["agenda"] and texts["title"] in texts_of["script"]
    assert surname["Kassymova"] in texts_of["agenda"]
    assert surname["Alnazarova"] in texts_of["attendance"] and surname["Akshulakov"] in texts_of["attendance"]
    assert texts["resolution"] in texts_of["extract"] and texts["title"] in texts_of["extract"]
    assert all(word in texts_of["register"].split() for word in texts["task"].split())  # wrapped in its cell

    # --- read back: what the meeting holds, in the protocol's language ---------------------------
    text = pdftotext(out)
    assert texts["title"] in text
    assert surname["Kassymova"] in text  # the rapporteur
    assert surname["Ibrayev"] in text  # the co-rapporteur
    assert surname["Ospanov"] in text  # the presenter
    assert texts["heard"] in text and texts["resolution"] in text
    assert f"{surname['Lokshin']} — " in text
    assert texts["gist"][1:] in text  # after the speaker's name, Russian running text lowers the first letter
    assert " ".join(label("vote", lang, for_=present - 1, against=0, abstained=1).split()) in text
    assert texts["task"] in text and surname["Seitkazina"] in text
