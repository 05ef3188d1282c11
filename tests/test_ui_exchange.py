"""File → Export… and File → Import… as the secretary uses them: chosen in the dialogs by keys and
clicks, files read back by what a receiving office uses."""
from __future__ import annotations

import datetime
import sqlite3
import threading
import zipfile

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from ui_dialogs import DialogScript

from council_desktop.ui.exchange_dialogs import ExchangeChooser

pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def script(monkeypatch, qtbot):
    s = DialogScript(monkeypatch, qtbot)
    yield s
    s.done()


def choose(qtbot, combo, data) -> None:
    """Pick an entry of a combo box with the keyboard, as a person does."""
    combo.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up):  # down to the end, then up from there
        while combo.currentData() != data:
            before = combo.currentIndex()
            qtbot.keyClick(combo, key)
            if combo.currentIndex() == before:
                break
    assert combo.currentData() == data, f"{data!r} not offered"


def picks(monkeypatch, path) -> None:
    """File → Import…'s file dialog answers `path`."""
    monkeypatch.setattr(ExchangeChooser, "open_path", classmethod(lambda cls, parent: str(path)))


def count(db, sql) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def meeting_from_another_office(tmp_path, name: str = "from-other.council", slides=None):
    """A bundle of a meeting like the demo's made in another office a year later (new to this copy), with
    `slides` attached to its first presentation when given."""
    from council_desktop.app import AppContext
    from council_desktop.domain.models import Presentation

    bundle = tmp_path / name
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        theirs = other.demo.load()
        other.meetings.update(theirs, {"date": datetime.date(2027, 3, 1)})
        if slides is not None:
            with other.sessions() as s:
                presentation = s.query(Presentation).order_by(Presentation.id).first().id
            other.meetings.attach_file(presentation, slides)
        other.exchange.export_bundle(theirs, bundle)
    finally:
        other.close()
    return bundle


def a_bundle_and_the_one_sent_after_it(tmp_path):
    """Two bundles of the same kind of meeting, each made afresh in another office (other records): the
    second to be saved over the first."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    return meeting_from_another_office(first), meeting_from_another_office(second)


def sent_back(ctx, meeting_id, tmp_path, edit=None):
    """The meeting exported to another office, `edit(other, its id there)` done there, and the bundle it
    sends back."""
    from council_desktop.app import AppContext

    first, back = tmp_path / "first.council", tmp_path / "from-other.council"
    ctx.exchange.export_bundle(meeting_id, first)
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        other.exchange.import_bundle(first)
        theirs = other.views.meetings("ru")[0]["id"]
        if edit is not None:
            edit(other, theirs)
        other.exchange.export_bundle(theirs, back)
    finally:
        other.close()
    return back


def test_the_file_menu_offers_export_and_import(window):
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    assert "&Export…" in texts and "&Import…" in texts


def test_export_without_an_open_meeting_says_to_open_one(window):
    window.act_export.trigger()
    assert "Open a meeting first" in window.statusBar().currentMessage()


def test_export_the_open_meeting_as_xlsx_in_kazakh(window, demo, qtbot, script, monkeypatch, tmp_path):
    from openpyxl import load_workbook

    _ctx, meeting_id = demo
    assert window.views["meetings"].open_meeting(meeting_id)
    target = tmp_path / "m.xlsx"
    monkeypatch.setattr(ExchangeChooser, "save_path", classmethod(lambda cls, parent, suggested, kind: str(target)))

    def answer(dialog):
        choose(qtbot, dialog.format, "xlsx")
        choose(qtbot, dialog.language, "kk")
        assert not dialog.table.isVisible() and not dialog.document.isVisible()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    script.expect("ExportDialog", answer)
    window.act_export.trigger()
    assert load_workbook(target).sheetnames[0] == "Қатысу"
    assert str(target) in window.statusBar().currentMessage()


def test_an_extract_is_chosen_by_its_item_and_saved_where_documents_go_under_a_name_saying_what_it_is(
        window, demo, qtbot, script, monkeypatch, tmp_path):
    """The item of an extract is picked from the meeting's agenda; the file is proposed in the folder the
    secretary saved documents to last, named as a PDF of it would be, in the export's language; the next
    Export… starts from the format and the folder used."""
    import docx

    from council_desktop.ui.documents_dialog import remember_folder

    ctx, meeting_id = demo
    window.views["meetings"].open_meeting(meeting_id)
    folder = tmp_path / "Хаттамалар"
    folder.mkdir()
    remember_folder(folder / "earlier.pdf")
    offered = []

    def save_path(cls, parent, suggested, kind):
        offered.append(suggested)
        return suggested

    monkeypatch.setattr(ExchangeChooser, "save_path", classmethod(save_path))
    agenda = ctx.views.meeting_record(meeting_id, "kk")["agenda"]

    def answer(dialog):
        choose(qtbot, dialog.format, "docx")
        choose(qtbot, dialog.language, "kk")
        choose(qtbot, dialog.document, "extract")
        assert dialog.item.isVisible() and dialog.item.count() == len(agenda)
        assert dialog.item.itemText(1) == f"2. {agenda[1]['title_en'] or agenda[1]['title_ru']}"
        choose(qtbot, dialog.item, 2)
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    script.expect("ExportDialog", answer)
    window.act_export.trigger()
    written = folder / "Үзінді_1-1_2026-02-20_мәселе_2.docx"
    assert offered == [str(written)] and written.is_file()
    headings = [p.text for p in docx.Document(written).paragraphs if p.style.name == "Heading 2"]
    assert headings == [f"2. {agenda[1]['title_kk']}"]

    other = tmp_path / "other"
    other.mkdir()
    monkeypatch.setattr(ExchangeChooser, "save_path",
                        classmethod(lambda cls, parent, suggested, kind: offered.append(suggested) or
                                    str(other / "lists.xlsx")))

    def again(dialog):
        assert dialog.format.currentData() == "docx"  # as the last time
        choose(qtbot, dialog.format, "xlsx")
        choose(qtbot, dialog.language, "ru")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    script.expect("ExportDialog", again)
    window.act_export.trigger()
    assert offered[-1] == str(folder / "Списки_заседания_1-1_2026-02-20.xlsx") and (other / "lists.xlsx").is_file()

    def third(dialog):
        assert dialog.format.currentData() == "xlsx"
        assert dialog.file_name() == "Meeting_lists_1-1_2026-02-20.xlsx"  # in the window's language
        dialog.reject()

    script.expect("ExportDialog", third)
    window.act_export.trigger()
    from council_desktop.ui.documents_dialog import documents_folder
    assert documents_folder() == other  # where the last export went


def test_the_export_dialog_fits_a_small_screen_whatever_the_titles_and_offers_no_extract_without_an_agenda(
        demo, qtbot):
    from council_desktop.ui.exchange_dialogs import ExportDialog

    ctx, meeting_id = demo
    ctx.meetings.add_item(meeting_id, {"title_ru": "Очень длинное название вопроса повестки " * 10})
    dialog = ExportDialog(ctx, meeting_id)
    qtbot.addWidget(dialog)
    choose(qtbot, dialog.format, "docx")
    choose(qtbot, dialog.document, "extract")
    dialog.show()
    assert dialog.item.count() == 5 and dialog.sizeHint().width() < 900  # on a 1366 × 768 screen
    body = ctx.views.meeting_record(meeting_id, "ru")["bodies"][0]["id"]
    empty = ExportDialog(ctx, ctx.meetings.plan([body], "2026-12-24"))
    qtbot.addWidget(empty)
    extract = empty.document.model().item(empty.document.findData("extract"))
    assert empty.item.count() == 0 and not extract.isEnabled()


def test_the_import_file_dialog_opens_where_the_last_file_came_from(window, qtbot, script, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    inbox = tmp_path / "from the ministry"
    inbox.mkdir()
    path = inbox / "list.csv"
    path.write_text("Фамилия;Имя\nНовиков;Николай\n", encoding="utf-8")
    opened_in = []

    def get_open_file_name(parent, caption, folder, filters):
        opened_in.append(folder)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(get_open_file_name))
    for _ in range(2):
        script.expect("ImportDialog", lambda dialog: dialog.reject())
        window.act_import.trigger()
    assert opened_in[0] != str(inbox) and opened_in[1] == str(inbox)


def test_export_a_csv_list_with_a_comma_and_a_refusal_shown_in_the_dialog(window, demo, qtbot, script,
                                                                          monkeypatch, tmp_path):
    ctx, meeting_id = demo
    window.views["meetings"].open_meeting(meeting_id)
    paths = iter([str(ctx.database_file), str(tmp_path / "r.csv")])  # first onto the database: refused
    monkeypatch.setattr(ExchangeChooser, "save_path", classmethod(lambda cls, parent, suggested, kind: next(paths)))

    def answer(dialog):
        choose(qtbot, dialog.format, "csv")
        assert dialog.table.isVisible() and dialog.delimiter.isVisible()
        choose(qtbot, dialog.table, "resolutions")
        choose(qtbot, dialog.delimiter, ",")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        script.settle(dialog)
        assert dialog.isVisible() and "database" in dialog.error.text()
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    script.expect("ExportDialog", answer)
    window.act_export.trigger()
    assert (tmp_path / "r.csv").read_bytes().decode("utf-8-sig").startswith("No.,Resolution,")


def test_import_people_shows_the_mapping_and_problems_then_imports_on_confirmation(window, qtbot, script,
                                                                                   monkeypatch, tmp_path):
    db = str(window.ctx.database_file)
    path = tmp_path / "list.csv"
    path.write_text("Участник;Имя;Почта\nНовиков;Николай;n@example.kz\nПетрoв;Пётр;не почта\n", encoding="utf-8")
    picks(monkeypatch, path)
    before = count(db, "SELECT count(*) FROM person")

    def answer(dialog):
        text = dialog.summary.toPlainText()
        assert "no column was recognised as the surname or the full name" in text and not dialog.import_button.isEnabled()
        assert dialog.mapping.rowCount() == 0
        dialog.reject()

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM person") == before

    path.write_text("Фамилия;Имя;Почта\nНовиков;Николай;n@example.kz\nПетрoв;Пётр;не почта\n", encoding="utf-8")

    def fix_and_import(dialog):
        text = dialog.summary.toPlainText()
        assert "Line 3: e-mail: 'не почта' is not an e-mail address" in text
        assert "Line 3: Latin and Cyrillic letters mixed: Петр[o]в → Петров" in text
        assert not dialog.import_button.isEnabled()
        # the e-mail column is not to be imported: chosen in the mapping
        email_row = next(r for r in range(dialog.mapping.rowCount()) if dialog.mapping.item(r, 0).text() == "Почта")
        choose(qtbot, dialog.mapping.cellWidget(email_row, 1), "phone")
        script.settle(dialog)
        text = dialog.summary.toPlainText()
        assert "is not an e-mail address" not in text  # the column is read as a phone now
        assert "Line 3: Latin and Cyrillic letters mixed: Петр[o]в → Петров" in text
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.fold, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.fold.height() // 2))
        combo = dialog.mapping.cellWidget(email_row, 1)
        combo.setFocus()
        while combo.currentData() != "":
            qtbot.keyClick(combo, Qt.Key.Key_Up)
        script.settle(dialog)
        assert dialog.import_button.isEnabled(), dialog.summary.toPlainText()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", fix_and_import)
    window.show_view("meetings")
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM person") == before + 2
    assert count(db, "SELECT count(*) FROM person WHERE surname = 'Петров' AND email = ''") == 1
    assert window.current_view_name() == "people"  # where the people who came in are


def test_import_a_bundle_shows_the_verified_protocol_and_a_conflict_to_tick(window, demo, qtbot, script,
                                                                            monkeypatch, tmp_path):
    from council_desktop.app import AppContext
    from council_desktop.domain.models import Person

    ctx, meeting_id = demo
    ctx.protocols.sign(meeting_id, "ru")
    # another office has the meeting, and edited a person's phone; so did this one
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        first = tmp_path / "first.council"
        ctx.exchange.export_bundle(meeting_id, first)
        other.exchange.import_bundle(first)
        uuid = ctx.registry.people("", limit=1, lang="ru")[0]["uuid"]
        with other.sessions.begin() as s:
            s.query(Person).filter_by(uuid=uuid).one().phone = "+7 700 111 1111"
        with ctx.sessions.begin() as s:
            s.query(Person).filter_by(uuid=uuid).one().phone = "+7 700 222 2222"
        bundle = tmp_path / "from-other.council"
        other.exchange.export_bundle(other.views.meetings("ru")[0]["id"], bundle)
    finally:
        other.close()
    picks(monkeypatch, bundle)

    def answer(dialog):
        text = dialog.summary.toPlainText()
        assert "Signed protocol, revision 1 (ru): verified" in text
        assert dialog.conflicts.count() == 1 and "+7 700 111 1111" in dialog.conflicts.item(0).text()
        assert dialog.conflicts.isVisible() and dialog.conflicts_label.isVisible()
        item = dialog.conflicts.item(0)
        rect = dialog.conflicts.visualItemRect(item)
        dialog.conflicts.setFocus()
        dialog.conflicts.setCurrentItem(item)
        qtbot.keyClick(dialog.conflicts, Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked, rect
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    with ctx.sessions() as s:
        assert s.query(Person).filter_by(uuid=uuid).one().phone == "+7 700 111 1111"


def test_a_bundle_renamed_zip_by_a_mail_server_is_still_imported_as_a_bundle(window, demo, qtbot, script,
                                                                             monkeypatch, tmp_path):
    ctx, _meeting_id = demo
    bundle = meeting_from_another_office(tmp_path, "from-other.zip")
    db = str(ctx.database_file)
    meetings = count(db, "SELECT count(*) FROM meeting")
    picks(monkeypatch, bundle)

    def answer(dialog):
        assert dialog.bundle and dialog.mapping.isHidden(), dialog.summary.toPlainText()
        assert dialog.summary.toPlainText().startswith(f"Meeting of {i18n_date('2027-03-01')} from ")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    script.expect("ImportDialog", answer)
    window.show_view("projects")  # wherever the secretary was, what came in is shown: the meeting, open
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM meeting") == meetings + 1
    newest = count(db, "SELECT id FROM meeting WHERE date = '2027-03-01'")
    assert window.current_view_name() == "meetings" and window.meeting_editor().meeting_id == newest


def test_a_list_saved_again_while_its_preview_is_open_is_shown_again_before_it_is_imported(window, qtbot, script,
                                                                                          monkeypatch, tmp_path):
    """The secretary corrects the list in the spreadsheet and saves it while the preview is open (a person
    added, a column renamed), then presses Import: what was never shown is not imported; the preview of the file
    as it is now comes with the reason, its columns recognised afresh (the mapping chosen for the old file, here
    Почта read as the phone, names a column it no longer has), and Import takes that one."""
    db = str(window.ctx.database_file)
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Почта\nНовиков;Николай;+7 701 000 0001\n", encoding="utf-8")
    picks(monkeypatch, path)
    before = count(db, "SELECT count(*) FROM person")

    def answer(dialog):
        script.settle(dialog)
        email_row = next(r for r in range(dialog.mapping.rowCount()) if dialog.mapping.item(r, 0).text() == "Почта")
        choose(qtbot, dialog.mapping.cellWidget(email_row, 1), "phone")
        script.settle(dialog)
        assert dialog.import_button.isEnabled(), dialog.summary.toPlainText()
        path.write_text("Фамилия;Имя;Телефон\nНовиков;Николай;+7 701 000 0001\nЖданов;Олег;+7 701 000 0002\n",
                        encoding="utf-8")
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        script.settle(dialog)
        text = dialog.summary.toPlainText()
        assert text.startswith(f"{path}: the file changed after its preview was read; nothing was imported"), text
        assert "Rows: 2; to import: 2." in text and count(db, "SELECT count(*) FROM person") == before
        assert [dialog.mapping.item(r, 0).text() for r in range(dialog.mapping.rowCount())] == [
            "Фамилия", "Имя", "Телефон"]
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM person") == before + 2
    assert count(db, "SELECT count(*) FROM person WHERE surname = 'Жданов' AND phone = '+7 701 000 0002'") == 1


def test_a_list_corrected_in_the_spreadsheet_is_read_again_in_the_open_dialog_with_the_choices_kept(
        window, qtbot, script, monkeypatch, tmp_path):
    """A list with a problem says why Import stays off and what to do; the secretary corrects the file in the
    spreadsheet, saves it and presses Read again: the dialog shows the file as it is now, the column choices
    made kept where the file still has those columns, recognised afresh where a column was renamed, a column
    added shown; Import then takes it."""
    db = str(window.ctx.database_file)
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Почта;Примечание\nНовиков;Николай;n@example.kz;секретарь\n"
                    "Петров;Пётр;не почта;эксперт\n", encoding="utf-8")
    picks(monkeypatch, path)
    before = count(db, "SELECT count(*) FROM person")
    hint = "Nothing is imported while the file has problems: correct them (listed below) in the file, save it and " \
           "press Read again."

    def headers(dialog) -> dict:
        return {dialog.mapping.item(r, 0).text(): dialog.mapping.cellWidget(r, 1).currentData()
                for r in range(dialog.mapping.rowCount())}

    def saved_and_read_again(dialog, content: str) -> str:
        path.write_text(content, encoding="utf-8")
        qtbot.mouseClick(dialog.read_again, Qt.MouseButton.LeftButton)
        script.settle(dialog)
        return dialog.summary.toPlainText()

    def answer(dialog):
        script.settle(dialog)
        text = dialog.summary.toPlainText()
        assert text.splitlines()[:3] == ["Rows: 2; to import: 1.", "Encoding utf-8, delimiter «;»", hint], text
        assert "Line 3: e-mail: 'не почта' is not an e-mail address" in text and not dialog.import_button.isEnabled()
        choose(qtbot, dialog.mapping.cellWidget(3, 1), "position")  # Примечание: the position
        script.settle(dialog)
        # saved again with the remark column renamed, the e-mail still wrong
        text = saved_and_read_again(dialog, "Фамилия;Имя;Почта;Комментарий\nНовиков;Николай;n@example.kz;секретарь\n"
                                            "Петров;Пётр;не почта;эксперт\n")
        assert headers(dialog) == {"Фамилия": "surname", "Имя": "given_name", "Почта": "email", "Комментарий": ""}
        assert hint in text and "Line 3: e-mail: 'не почта' is not an e-mail address" in text, text
        choose(qtbot, dialog.mapping.cellWidget(3, 1), "position")
        script.settle(dialog)
        # corrected, and a phone column added
        text = saved_and_read_again(dialog, "Фамилия;Имя;Почта;Комментарий;Телефон\n"
                                            "Новиков;Николай;n@example.kz;секретарь;+7 701 000 0001\n"
                                            "Петров;Пётр;p@example.kz;эксперт;+7 701 000 0002\n")
        assert headers(dialog) == {"Фамилия": "surname", "Имя": "given_name", "Почта": "email",
                                   "Комментарий": "position", "Телефон": "phone"}
        assert text.startswith("Rows: 2; to import: 2.") and hint not in text, text
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM person") == before + 2
    assert count(db, "SELECT count(*) FROM person WHERE surname = 'Петров' AND email = 'p@example.kz' "
                     "AND position = 'эксперт' AND phone = '+7 701 000 0002'") == 1


@pytest.mark.parametrize("pressed", ["import", "read_again"])
def test_a_bundle_replaced_while_its_preview_is_open_is_not_imported_unseen(window, demo, qtbot, script,
                                                                           monkeypatch, tmp_path, pressed):
    """A bundle saved over by another one (the same name, a later mail) while its preview is open: the
    conflicts decided were another bundle's, so nothing is imported until the new one has been shown (Import
    refuses and shows it; Read again shows it), and Import then takes that one."""
    ctx, _meeting_id = demo
    db = str(ctx.database_file)
    bundle, newer = a_bundle_and_the_one_sent_after_it(tmp_path)
    meetings = count(db, "SELECT count(*) FROM meeting")
    picks(monkeypatch, bundle)
    shown = []

    def answer(dialog):
        script.settle(dialog)
        shown.append(dialog.report["digest"])
        newer.replace(bundle)
        qtbot.mouseClick(getattr(dialog, f"{pressed}_button" if pressed == "import" else pressed),
                         Qt.MouseButton.LeftButton)
        script.settle(dialog)
        text = dialog.summary.toPlainText()
        refusal = f"{bundle}: the file changed after its preview was read; nothing was imported"
        assert text.startswith(refusal) if pressed == "import" else refusal not in text, text
        assert f"Meeting of {i18n_date('2027-03-01')} from " in text  # the preview of the bundle there now
        assert count(db, "SELECT count(*) FROM meeting") == meetings
        shown.append(dialog.report["digest"])
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert shown[0] != shown[1]
    assert count(db, "SELECT count(*) FROM meeting") == meetings + 1
    came = ctx.exchange.preview_bundle(bundle)  # the bundle there now is the one shown last, and came in
    assert came["digest"] == shown[1]
    assert count(db, f"SELECT count(*) FROM meeting WHERE uuid = '{came['meeting']['uuid']}'") == 1


def i18n_date(iso: str) -> str:
    from council_desktop.ui import i18n

    return i18n.format_date(iso)


def test_a_forged_protocol_in_a_bundle_is_shown_not_verified_in_the_window_language(window, demo, qtbot, script,
                                                                                    monkeypatch, tmp_path):
    """Another PDF put in place of the signed one, its hashes made to agree, as a forger would: the preview
    says in Russian that the PDF made again from the signed data differs, from which byte, and the sizes."""
    from test_exchange_bundle import forged_protocol

    from council_desktop.ui import i18n

    ctx, meeting_id = demo
    ctx.protocols.sign(meeting_id, "ru")
    forged, pdf, other_pdf, at = forged_protocol(ctx, meeting_id, tmp_path)
    picks(monkeypatch, forged)
    seen = []

    def answer(dialog):
        seen.append(dialog.summary.toPlainText().splitlines())
        dialog.reject()

    i18n.install("ru")
    try:
        script.expect("ImportDialog", answer)
        window.act_import.trigger()
    finally:
        i18n.install("en")
    assert (f"Подписанный протокол, редакция 1 (ru): НЕ подтверждён: PDF, заново построенный по подписанным данным, "
            f"отличается от PDF пакета начиная с байта {at} ({len(pdf)} против {len(other_pdf)} байт)") in seen[0], seen


def test_a_bundle_with_nothing_new_says_so_and_offers_no_import(window, demo, qtbot, script, monkeypatch,
                                                                 tmp_path):
    """The meeting sent back by the office it went to, unchanged there, a person's phone changed here since:
    the preview says the person is kept as here and that nothing is new, and Import cannot be pressed."""
    from council_desktop.domain.models import Person

    ctx, meeting_id = demo
    back = sent_back(ctx, meeting_id, tmp_path)
    ctx.exchange.import_bundle(back)
    uuid = ctx.registry.people("", limit=1, lang="ru")[0]["uuid"]
    with ctx.sessions.begin() as s:
        s.query(Person).filter_by(uuid=uuid).one().phone = "+7 700 222 2222"
    db = str(ctx.database_file)
    audit = count(db, "SELECT count(*) FROM audit_entry")
    picks(monkeypatch, back)

    def answer(dialog):
        lines = dialog.summary.toPlainText().splitlines()
        assert "Changed here only since, kept as here: person — 1" in lines, lines
        assert lines[-1] == "Nothing new: everything in this bundle is already here.", lines
        assert dialog.conflicts.count() == 0 and not dialog.import_button.isEnabled()
        # no empty list of conflicts to puzzle over: the summary takes the dialog
        assert not dialog.conflicts.isVisible() and not dialog.conflicts_label.isVisible()
        assert dialog.summary.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # the default button does not import either
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM audit_entry") == audit
    with ctx.sessions() as s:
        assert s.query(Person).filter_by(uuid=uuid).one().phone == "+7 700 222 2222"


def test_a_bundle_adding_to_a_meeting_signed_here_is_shown_refused_and_cannot_be_imported(
        window, demo, qtbot, script, monkeypatch, tmp_path):
    """Another office added an agenda item to the meeting after it had it; here the meeting is signed since:
    the preview says so in one line, with the meeting and the way forward, and offers no import."""
    ctx, meeting_id = demo
    bundle = sent_back(ctx, meeting_id, tmp_path,
                       lambda other, theirs: other.meetings.add_item(theirs, {"title_en": "Any other business"}))
    ctx.protocols.sign(meeting_id, "ru")
    db = ctx.url.removeprefix("sqlite:///")
    items = count(db, "SELECT count(*) FROM agenda_item")
    picks(monkeypatch, bundle)
    number, date = ctx.views.meeting(meeting_id, "en")["number"], ctx.views.meeting_record(meeting_id)["date"]

    def answer(dialog):
        text = dialog.summary.toPlainText()
        assert f"its meeting No. {number} of {date} is signed in this copy" in text
        assert "amend the protocol here first" in text and text.count("\n") == 0
        assert not dialog.import_button.isEnabled()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM agenda_item") == items
    assert count(db, "SELECT count(*) FROM agenda_item WHERE title_en = 'Any other business'") == 0


def test_a_conflict_in_a_meeting_signed_here_offers_no_tick_and_says_why(window, demo, qtbot, script, monkeypatch,
                                                                         tmp_path):
    """An agenda item retitled in both offices, the meeting signed here since, and a person's phone changed in
    both: the item's conflict shows its tick box disabled with the reason (signed here, amend here first), so
    neither a click nor Space ticks it; the person's can be ticked; Import then succeeds: the phone is theirs,
    the signed meeting's item stays as here."""
    from council_desktop.app import AppContext
    from council_desktop.domain.models import Person

    ctx, meeting_id = demo
    first, bundle = tmp_path / "first.council", tmp_path / "from-other.council"
    ctx.exchange.export_bundle(meeting_id, first)
    item_here = ctx.views.meeting_record(meeting_id)["agenda"][0]["id"]
    uuid = ctx.registry.people("", limit=1, lang="ru")[0]["uuid"]
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        other.exchange.import_bundle(first)
        theirs = other.views.meetings("ru")[0]["id"]
        other.meetings.update_item(other.views.meeting_record(theirs)["agenda"][0]["id"], {"title_ru": "Там"})
        with other.sessions.begin() as s:
            s.query(Person).filter_by(uuid=uuid).one().phone = "+7 700 111 1111"
        other.exchange.export_bundle(theirs, bundle)
    finally:
        other.close()
    ctx.meetings.update_item(item_here, {"title_ru": "Здесь"})
    with ctx.sessions.begin() as s:
        s.query(Person).filter_by(uuid=uuid).one().phone = "+7 700 222 2222"
    ctx.protocols.sign(meeting_id, "ru")
    picks(monkeypatch, bundle)
    reason = ("kept as here: the meeting is signed in this copy; to take the bundle's version, amend the protocol "
              "here first")
    title_en = ctx.views.meeting_record(meeting_id)["agenda"][0]["title_en"]  # the item named in the window's language

    def answer(dialog):
        rows = {dialog.conflicts.item(r).text().split(" ")[0].rstrip(":"): dialog.conflicts.item(r)
                for r in range(dialog.conflicts.count())}
        assert set(rows) == {"Agenda", "Meeting", "Person"}  # the meeting's row: signed here, not there
        locked, person = rows["Agenda"], rows["Person"]
        assert locked.text() == f"Agenda item “{title_en}”: item title (Russian): “Здесь” → “Там” — {reason}"
        assert rows["Meeting"].text().endswith("status: “protocol signed” → “protocol drafted” — " + reason)
        for row in (locked, rows["Meeting"]):
            assert row.toolTip() == reason and not row.flags() & Qt.ItemFlag.ItemIsEnabled
        dialog.conflicts.setFocus()
        qtbot.mouseClick(dialog.conflicts.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.conflicts.visualItemRect(locked).center())
        qtbot.mouseClick(dialog.conflicts.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.conflicts.visualItemRect(locked).topLeft() + QPoint(8, 8))
        dialog.conflicts.setCurrentItem(locked)
        qtbot.keyClick(dialog.conflicts, Qt.Key.Key_Space)
        assert locked.checkState() == Qt.CheckState.Unchecked
        assert "+7 700 111 1111" in person.text() and person.flags() & Qt.ItemFlag.ItemIsEnabled
        dialog.conflicts.setCurrentItem(person)
        qtbot.keyClick(dialog.conflicts, Qt.Key.Key_Space)
        assert person.checkState() == Qt.CheckState.Checked
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", answer)
    assert window.act_import.trigger() is None
    with ctx.sessions() as s:
        assert s.query(Person).filter_by(uuid=uuid).one().phone == "+7 700 111 1111"
    assert ctx.views.meeting_record(meeting_id)["agenda"][0]["title_ru"] == "Здесь"
    assert ctx.views.meeting_record(meeting_id)["status"] == "protocol_signed"


def test_the_time_zone_of_invitations_is_chosen_in_settings(demo, qtbot, tmp_path):
    from icalendar import Calendar
    from ui_typing import type_text

    from council_desktop.ui.settings_dialog import SettingsDialog

    ctx, meeting_id = demo
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.time_zone.currentText() == "Asia/Almaty"
    dialog.time_zone.lineEdit().selectAll()
    type_text(dialog.time_zone.lineEdit(), "Asia/Nowhere")
    assert dialog.apply() is None  # refused, said in the dialog, nothing stored
    assert ctx.settings.get()["time_zone"] == "Asia/Almaty"
    dialog.time_zone.lineEdit().selectAll()
    type_text(dialog.time_zone.lineEdit(), "Asia/Aqtau")
    assert dialog.apply() is not None
    ics = Calendar.from_ical(ctx.exchange.export(meeting_id, "ics", tmp_path / "m.ics", "ru").read_bytes())
    assert str(ics.walk("VEVENT")[0].decoded("dtstart").tzinfo) == "Asia/Aqtau"


class Held:
    """A service call that waits on a worker thread until the test lets it go: says where it ran, and
    what each call returned."""

    def __init__(self, call, hold=(0,)) -> None:
        self.call, self.hold = call, set(hold)
        self.gates: list[threading.Event] = []
        self.threads: list[threading.Thread] = []
        self.results: list = []

    def __call__(self, *args, **kwargs):
        n = len(self.gates)
        gate = threading.Event()
        self.gates.append(gate)
        self.threads.append(threading.current_thread())
        if n in self.hold:
            gate.wait(30)
        result = self.call(*args, **kwargs)
        self.results.append((n, result))
        return result

    def release(self) -> None:
        for gate in self.gates:
            gate.set()


def held_progress(dialog) -> QProgressDialog:
    progress = [w for w in dialog.findChildren(QProgressDialog) if w.isVisible()]
    assert len(progress) == 1, progress
    return progress[0]


def test_a_bundle_imports_off_the_gui_thread_and_its_dialog_waits_for_the_write(window, demo, qtbot, script,
                                                                               monkeypatch, tmp_path):
    """Import pressed: the write runs on a worker thread while the window keeps handling events; after 400 ms a
    progress window says what is imported, with no Cancel (one transaction cannot stop halfway), and neither
    Escape nor Cancel closes the dialog under it; when it lands the dialog closes and the window shows it."""
    ctx, _meeting_id = demo
    bundle = meeting_from_another_office(tmp_path)
    db = str(ctx.database_file)
    meetings = count(db, "SELECT count(*) FROM meeting")
    held = Held(ctx.exchange.import_bundle)
    monkeypatch.setattr(ctx.exchange, "import_bundle", held)
    picks(monkeypatch, bundle)
    ticks = []

    def answer(dialog):
        try:
            assert dialog.import_button.isEnabled(), dialog.summary.toPlainText()
            qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
            QTimer.singleShot(0, lambda: ticks.append(1))
            qtbot.waitUntil(lambda: bool(ticks and held.gates), timeout=5000)  # the GUI thread runs on meanwhile
            assert held.threads[0] is not threading.main_thread()
            assert dialog.busy and not dialog.import_button.isEnabled() and not dialog.conflicts.isEnabled()
            qtbot.waitUntil(lambda: any(w.isVisible() for w in dialog.findChildren(QProgressDialog)), timeout=5000)
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            dialog.reject()
            assert dialog.isVisible()
            progress = held_progress(dialog)
            assert progress.labelText() == "Importing from-other.council"
            assert not progress.findChildren(QPushButton)  # no Cancel offered
            assert count(db, "SELECT count(*) FROM meeting") == meetings
        finally:
            held.release()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    script.expect("ImportDialog", answer)
    assert window.act_import.trigger() is None
    assert count(db, "SELECT count(*) FROM meeting") == meetings + 1
    assert window.statusBar().currentMessage() == "Imported from-other.council"


def test_an_export_is_written_off_the_gui_thread_and_a_refusal_from_there_is_shown(window, demo, qtbot, script,
                                                                                 monkeypatch, tmp_path):
    ctx, meeting_id = demo
    window.views["meetings"].open_meeting(meeting_id)
    target = tmp_path / "m.council"
    paths = iter([str(ctx.database_file), str(target)])  # first onto the database: refused, on the worker
    monkeypatch.setattr(ExchangeChooser, "save_path", classmethod(lambda cls, parent, suggested, kind: next(paths)))
    held = Held(ctx.exchange.export, hold=(1,))
    monkeypatch.setattr(ctx.exchange, "export", held)

    def answer(dialog):
        choose(qtbot, dialog.format, "bundle")
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        script.settle(dialog)
        assert dialog.isVisible() and "database" in dialog.error.text()
        try:
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: len(held.gates) == 2, timeout=5000)
            assert all(t is not threading.main_thread() for t in held.threads)
            assert dialog.busy and not dialog.export_button.isEnabled() and dialog.error.text() == ""
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            assert dialog.isVisible() and not target.exists()
        finally:
            held.release()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    script.expect("ExportDialog", answer)
    window.act_export.trigger()
    assert zipfile.ZipFile(target).testzip() is None and "manifest.json" in zipfile.ZipFile(target).namelist()
    assert window.statusBar().currentMessage() == f"Exported to {target}"


def test_the_people_preview_shown_is_the_one_last_asked_for(window, qtbot, script, monkeypatch, tmp_path):
    """The mapping changed while an earlier preview is still being read: the earlier answer, arriving last,
    is not shown over the later one, and Import waits for the latest."""
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Почта\nНовиков;Николай;n@example.kz\nПетрoв;Пётр;p@example.kz\n", encoding="utf-8")
    picks(monkeypatch, path)
    held = Held(window.ctx.people_import.preview, hold=(1,))
    monkeypatch.setattr(window.ctx.people_import, "preview", held)

    def answer(dialog):
        try:
            assert held.results[0][1] is dialog.report and dialog.import_button.isEnabled()
            qtbot.mouseClick(dialog.fold, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.fold.height() // 2))  # asked again, answered late
            qtbot.waitUntil(lambda: len(held.gates) == 2, timeout=5000)
            assert not dialog.import_button.isEnabled()
            qtbot.mouseClick(dialog.fold, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.fold.height() // 2))  # and again, answered at once
            qtbot.waitUntil(lambda: len(held.results) == 2, timeout=5000)
            assert dialog.busy and not dialog.import_button.isEnabled()  # the held one is not the latest
        finally:
            held.release()
        qtbot.waitUntil(lambda: len(held.results) == 3, timeout=5000)
        qtbot.wait(50)  # the late answer's signal delivered
        assert [n for n, _ in held.results] == [0, 2, 1]
        assert not dialog.busy and dialog.report is held.results[1][1] and dialog.import_button.isEnabled()
        assert not dialog.fold.isChecked()
        dialog.reject()

    script.expect("ImportDialog", answer)
    window.act_import.trigger()


def test_a_bundle_preview_names_records_and_fields_in_the_window_language(window, demo, qtbot, script, monkeypatch,
                                                                        tmp_path):
    """In Russian (and Kazakh) the preview says what a bundle brings and what conflicts in the secretary's
    words: kinds of record, fields with the language of the text, a person by name, stored values as the
    window writes them, dates as it writes them; no table or column name of the database shows."""
    from council_desktop.app import AppContext
    from council_desktop.domain.models import Person
    from council_desktop.exchange.bundle import COLUMNS
    from council_desktop.ui import i18n

    ctx, meeting_id = demo
    first, bundle = tmp_path / "first.council", tmp_path / "from-other.council"
    ctx.exchange.export_bundle(meeting_id, first)
    person = ctx.registry.people("", limit=1, lang="ru")[0]
    attendee = next(a for a in ctx.views.meeting_record(meeting_id)["attendance"] if a["status"] == "present")
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        other.exchange.import_bundle(first)
        theirs = other.views.meetings("ru")[0]["id"]
        other.meetings.update_item(other.views.meeting_record(theirs)["agenda"][0]["id"], {"title_kk": "Онда"})
        other.meetings.update(theirs, {"format": "remote"})
        there = next(a for a in other.views.meeting_record(theirs)["attendance"] if a["name"] == attendee["name"])
        other.meetings.set_attendance(theirs, there["person_id"], "excused")
        with other.sessions.begin() as s:
            s.query(Person).filter_by(uuid=person["uuid"]).one().phone = "+7 700 111 1111"
        other.meetings.add_item(theirs, {"title_ru": "Разное"})
        other.settings.update({"letterhead_ru": "Министерство здравоохранения", "letterhead_kk": "Денсаулық сақтау "
                                                                                              "министрлігі"})
        other.exchange.export_bundle(theirs, bundle)
    finally:
        other.close()
    ctx.meetings.update_item(ctx.views.meeting_record(meeting_id)["agenda"][0]["id"], {"title_kk": "Мұнда"})
    ctx.meetings.update(meeting_id, {"format": "hybrid"})
    with ctx.sessions.begin() as s:
        here = s.query(Person).filter_by(uuid=person["uuid"]).one()
        here.phone = "+7 700 222 2222"
        name_ru, name_kk = here.full_name("ru"), here.full_name("kk")
    date = ctx.views.meeting_record(meeting_id)["date"]
    picks(monkeypatch, bundle)
    seen = {}

    def answer(dialog):
        seen[i18n.current()] = ([dialog.conflicts.item(r).text() for r in range(dialog.conflicts.count())],
                                dialog.summary.toPlainText())
        dialog.reject()

    for lang in ("ru", "kk"):
        i18n.install(lang)
        script.expect("ImportDialog", answer)
        window.act_import.trigger()
    i18n.install("en")
    conflicts, summary = seen["ru"]
    assert sorted(conflicts) == sorted([
        f"Лицо «{name_ru}»: телефон: «+7 700 222 2222» → «+7 700 111 1111»",
        "Заседание: формат: «смешанное» → «дистанционное»",
        "Явка: статус: «присутствует» → «по уважительной причине»",
        "Постановление: голоса «за»: 11 → 10",  # the count follows who was present there
        f"Пункт повестки «{ctx.views.meeting_record(meeting_id)['agenda'][0]['title_ru']}»: "
        "название вопроса (казахский): «Мұнда» → «Онда»"]), conflicts
    # the sender named as a sender (not "от Министерство": Russian would want its genitive)
    assert summary.startswith(f"Заседание {i18n.format_date(date, 'ru')}, отправитель: Министерство "
                              "здравоохранения, пакет создан ")
    assert "Будет добавлено: пункт повестки — 1" in summary
    assert "Уже есть: организация — " in summary and "явка — 16" in summary  # 17 but the one in conflict
    conflicts_kk, summary_kk = seen["kk"]
    assert f"Тұлға «{name_kk}»: телефон: «+7 700 222 2222» → «+7 700 111 1111»" in conflicts_kk
    assert "Қосылады: күн тәртібінің тармағы — 1" in summary_kk
    assert summary_kk.startswith(f"{i18n.format_date(date, 'kk')} отырысы, жіберуші Денсаулық сақтау министрлігі, ")
    raw = {t for t in COLUMNS} | {c.name for cs in COLUMNS.values() for c in cs if "_" in c.name}
    for text in [*conflicts, summary, *conflicts_kk, summary_kk]:
        assert not [w for w in raw if w in text], text
        assert "T" not in text.split("\n")[0][-12:]  # the bundle's time as the window writes a time, not ISO


def test_the_people_report_reads_line_by_line_as_the_file(window, qtbot, script, monkeypatch, tmp_path):
    """Whatever each line's finding is (a likely duplicate, mixed letters, a bad e-mail), the report lists
    them in the order of the file's lines, so the secretary can go down the file with it."""
    known = window.ctx.registry.people("", limit=1, lang="ru")[0]
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Почта\n"
                    f"{known['surname']};{known['given_name']};\n"
                    "Петрoв;Пётр;p@example.kz\n"
                    "Сидоров;Иван;не почта\n", encoding="utf-8")
    picks(monkeypatch, path)

    def answer(dialog):
        found = [line.split(":")[0] for line in dialog.summary.toPlainText().splitlines() if line.startswith("Line ")]
        assert found == ["Line 2", "Line 3", "Line 4"], dialog.summary.toPlainText()
        name = " ".join(p for p in (known["surname"], known["given_name"], known["patronymic"]) if p)
        assert (f"Line 2: probably already in the registry as {name} (no. {known['id']}); not imported"
                == dialog.summary.toPlainText().splitlines()[3])  # after the counts, the encoding, what to do
        dialog.reject()

    script.expect("ImportDialog", answer)
    window.act_import.trigger()


def test_a_list_with_a_title_above_its_columns_says_where_they_were_found_and_imports(window, qtbot, script,
                                                                                      monkeypatch, tmp_path):
    db = str(window.ctx.database_file)
    path = tmp_path / "list.csv"
    path.write_text("Список экспертов\n\nФамилия;Имя\nСоколов;Степан\nЗайцев;Захар\n", encoding="utf-8")
    picks(monkeypatch, path)
    before = count(db, "SELECT count(*) FROM person")

    def answer(dialog):
        lines = dialog.summary.toPlainText().splitlines()
        assert lines[0] == "Rows: 2; to import: 2." and lines[2] == (
            "Column names on line 3; the lines above are not imported."), lines
        assert [dialog.mapping.item(r, 0).text() for r in range(dialog.mapping.rowCount())] == ["Фамилия", "Имя"]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM person") == before + 2
    assert count(db, "SELECT count(*) FROM person WHERE surname = 'Список экспертов'") == 0


def test_a_workbook_whose_list_is_on_its_second_sheet_says_which_sheet_and_imports_it(window, qtbot, script,
                                                                                      monkeypatch, tmp_path):
    from openpyxl import Workbook

    db = str(window.ctx.database_file)
    book = Workbook()
    book.active.title = "Инструкция"
    book.active.append(["Заполните лист «Эксперты»"])
    book.create_sheet("Эксперты").append(["Фамилия", "Имя"])
    book["Эксперты"].append(["Соколов", "Степан"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    picks(monkeypatch, path)

    def answer(dialog):
        lines = dialog.summary.toPlainText().splitlines()
        assert lines[:2] == ["Rows: 1; to import: 1.", "Sheet «Эксперты» (the first with a surname or full-name column)"]
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM person WHERE surname = 'Соколов' AND given_name = 'Степан'") == 1
    assert count(db, "SELECT count(*) FROM person WHERE surname LIKE 'Заполните%'") == 0


def test_a_workbooks_problems_are_placed_by_its_rows(window, qtbot, script, monkeypatch, tmp_path):
    """A sheet has rows, not lines: the report says "Row 3", as the spreadsheet numbers them."""
    from openpyxl import Workbook

    book = Workbook()
    for row in [["Список экспертов"], ["Фамилия", "Имя", "Почта"], ["Орлов", "Олег", "не почта"],
                ["Сафонoва", "Ольга", ""], ["Орлов", "Олег", ""]]:
        book.active.append(row)
    path = tmp_path / "list.xlsx"
    book.save(path)
    picks(monkeypatch, path)

    def answer(dialog):
        script.settle(dialog)
        lines = dialog.summary.toPlainText().splitlines()
        assert lines[1:] == ["Column names on row 2; the rows above are not imported.",
                             "Nothing is imported while the file has problems: correct them (listed below) in the "
                             "file, save it and press Read again.",
                             "Row 3: e-mail: 'не почта' is not an e-mail address",
                             "Row 4: Latin and Cyrillic letters mixed: Сафон[o]ва → Сафонова",
                             "Row 5: repeats row 3"], lines
        dialog.reject()

    script.expect("ImportDialog", answer)
    window.act_import.trigger()


def test_a_column_of_full_names_is_shown_as_such_and_imported_split(window, qtbot, script, monkeypatch, tmp_path):
    db = str(window.ctx.database_file)
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Должность\nСоколов Степан Сергеевич;эксперт\n", encoding="utf-8")
    picks(monkeypatch, path)

    def answer(dialog):
        combo = dialog.mapping.cellWidget(0, 1)
        assert dialog.mapping.item(0, 0).text() == "ФИО" and combo.currentData() == "full_name"
        assert combo.currentText() == "Full name (surname, given name, patronymic)"
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(db, "SELECT count(*) FROM person WHERE surname = 'Соколов' AND given_name = 'Степан' "
                     "AND patronymic = 'Сергеевич' AND position = 'эксперт'") == 1


def test_what_an_import_left_in_the_wal_goes_into_the_file_off_the_gui_thread(window, demo, qtbot, script,
                                                                                monkeypatch, tmp_path):
    """A bundle's files are made durable in SQLite's WAL; copying them into the database file (0.3 s for
    50 MB here) is done on a worker thread right after the import, not by the secretary's next save."""
    import os

    ctx, _meeting_id = demo
    slides = tmp_path / "slides.pdf"
    slides.write_bytes(os.urandom(6 << 20))
    bundle = meeting_from_another_office(tmp_path, slides=slides)
    db = ctx.database_file
    held = Held(ctx.checkpoint, hold=())
    monkeypatch.setattr(ctx, "checkpoint", held)
    picks(monkeypatch, bundle)

    def answer(dialog):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30000)

    script.expect("ImportDialog", answer)
    window.act_import.trigger()
    assert count(str(db), "SELECT count(*) FROM presentation_file WHERE file_name = 'slides.pdf'") == 1
    qtbot.waitUntil(lambda: len(held.results) == 1, timeout=30000)
    assert held.threads[0] is not threading.main_thread()
    assert db.stat().st_size > 6 << 20  # the file's pages are in the database file itself now
    reader = sqlite3.connect(db)
    try:
        busy, frames, copied = reader.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    finally:
        reader.close()
    assert busy == 0 and frames == copied

