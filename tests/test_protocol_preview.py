"""The protocol preview in the window: rendered off the GUI thread, refreshed on edits, printed, saved."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader
from ui_preview import wait_rendered

from council_desktop.ui.protocol_preview import ProtocolPreview


@pytest.fixture
def preview(qtbot, demo):
    ctx, mid = demo
    widget = ProtocolPreview(ctx)
    qtbot.addWidget(widget)
    widget.resize(800, 900)
    widget.show()
    return widget, ctx, mid


def pdftotext(path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_preview_renders_the_kazakh_protocol_and_prints_it_to_pdf(preview, tmp_path, qtbot):
    widget, _ctx, mid = preview
    with qtbot.waitSignal(widget.rendered, timeout=10000) as shown:
        widget.show_meeting(mid, "kk")
    assert shown.args[0] == widget.document.pageCount() > 0
    assert widget.layout_code() == "kk" and widget.print_button.isEnabled()
    out = tmp_path / "printed.pdf"
    widget.print_to_pdf(str(out))
    text = pdftotext(out)
    assert "ХАТТАМА" in text and "ҚАУЛЫ ЕТТІ" in text and "Әлназарова" in text
    assert all(ch in text for ch in "әғқңөұүі")


def test_printing_to_a_device_draws_every_page(preview, tmp_path, qtbot):
    widget, _ctx, mid = preview
    widget.show_meeting(mid, "ru")
    wait_rendered(qtbot, widget)
    out = tmp_path / "raster.pdf"
    widget.print_to_pdf(str(out), raster=True)  # the path a paper printer takes: page images
    reader = PdfReader(str(out))
    assert len(reader.pages) == widget.document.pageCount()
    assert all(page.images for page in reader.pages)
    # the printed page is the document's page, margins and all: same size and place as the original
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    original = tmp_path / "original.pdf"
    original.write_bytes(widget.pdf)
    printed, shown = (ink_box(path, tmp_path) for path in (out, original))
    assert all(abs(a - b) <= 2 for a, b in zip(printed, shown)), (printed, shown)


def ink_box(pdf, tmp_path) -> tuple[int, int, int, int]:
    """Where the first page's ink is, at 20 dpi: left, top, right, bottom pixel."""
    from PIL import Image

    subprocess.run(["pdftoppm", "-r", "20", "-gray", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True)
    image = Image.open(tmp_path / "page.pgm").point(lambda v: 255 if v < 160 else 0)
    return image.getbbox()


def test_changing_language_renders_again(preview, qtbot):
    widget, _ctx, mid = preview
    widget.show_meeting(mid, "ru")
    wait_rendered(qtbot, widget)
    russian = widget.pdf
    with qtbot.waitSignal(widget.rendered, timeout=10000):
        widget.language.setCurrentIndex(widget.language.findData("kk+ru"))
    assert widget.pdf != russian and widget.pdf.startswith(b"%PDF")
    assert widget.document.pageCount() > len(PdfReader(__import__("io").BytesIO(russian)).pages)


def test_edits_to_the_minutes_refresh_the_preview_once_typing_pauses(preview, qtbot):
    widget, ctx, mid = preview
    widget.show_meeting(mid, "ru")
    wait_rendered(qtbot, widget)
    before = widget.pdf
    item = ctx.views.meeting(mid, "ru")["agenda"][0]["id"]
    ctx.minutes.set_heard(item, {"ru": "Заслушан доклад о новом составе совета с поправками."})
    for _ in range(3):  # several quick edits: one render after the pause
        widget.minutes_changed()
    assert widget._debounce.isActive() and widget.pdf == before
    with qtbot.waitSignal(widget.rendered, timeout=10000):
        pass
    assert widget.pdf != before
    assert b"%PDF" in widget.pdf


def test_save_as_writes_the_shown_document(preview, tmp_path, monkeypatch, qtbot):
    from PySide6.QtWidgets import QFileDialog

    widget, _ctx, mid = preview
    widget.show_meeting(mid, "en")
    wait_rendered(qtbot, widget)
    target = tmp_path / "minutes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    widget.save_button.click()
    assert target.read_bytes() == widget.pdf
    assert "MINUTES" in pdftotext(target)


def test_save_as_with_pdfa_ticked_writes_the_archival_copy(preview, tmp_path, monkeypatch, qtbot):
    """The check box under the user's hand: the draft saved as PDF/A-2b, read back with pikepdf; unticked, the
    plain document again.  A signed protocol's file is PDF/A-2b itself: saved ticked, it is the very file
    signed, which the program recognises by its bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog
    from test_documents_records_office import assert_pdfa_2b

    widget, ctx, mid = preview
    widget.show_meeting(mid, "kk+ru")
    wait_rendered(qtbot, widget)
    target = tmp_path / "archival.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    assert not widget.archival.isChecked()
    qtbot.mouseClick(widget.archival, Qt.MouseButton.LeftButton)
    assert widget.archival.isChecked()
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data == ctx.documents.render("protocol", mid, "kk+ru", pdfa=True) and data != widget.pdf
    assert "Хаттама № 1/1" in assert_pdfa_2b(data)["dc:title"]
    assert "ЖОБА" in pdftotext(target)  # a draft stays a draft in the archive too
    qtbot.mouseClick(widget.archival, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == widget.pdf
    # signed: the stored file is the archival copy; ticked or not, the very file signed is saved
    ctx.protocols.sign(mid, "kk+ru")
    widget.refresh()
    wait_rendered(qtbot, widget)
    qtbot.mouseClick(widget.archival, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data == ctx.protocols.signed_pdf(mid) == widget.pdf
    assert_pdfa_2b(data)
    assert ctx.protocols.verify(pdf=data)["match"] == "file"


def test_every_meeting_document_saves_as_pdfa_from_its_dialog(demo, qtbot, tmp_path, monkeypatch):
    """File → Meeting documents → the agenda: the same check box in its dialog writes PDF/A-2b."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog
    from test_documents_records_office import assert_pdfa_2b

    from council_desktop.ui.documents_dialog import DocumentDialog

    ctx, mid = demo
    dialog = DocumentDialog(ctx, mid, "agenda", "ru")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_rendered(qtbot, dialog.preview)
    target = tmp_path / "agenda.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    qtbot.mouseClick(dialog.preview.archival, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.preview.save_button, Qt.MouseButton.LeftButton)
    data = target.read_bytes()
    assert data == ctx.documents.render("agenda", mid, "ru", pdfa=True)
    assert assert_pdfa_2b(data)["xmp:CreateDate"].endswith("+05:00")


def test_unknown_meeting_shows_the_message_instead_of_a_document(preview, qtbot):
    widget, _ctx, _mid = preview
    with qtbot.waitSignal(widget.failed, timeout=10000) as failed:
        widget.show_meeting(4242, "ru")
    assert "4242" in failed.args[0] and "4242" in widget.status.text()
    assert not widget.print_button.isEnabled()


def test_as_a_user_ctrl_p_in_the_window_prints_the_kazakh_protocol(demo, qtbot, tmp_path, monkeypatch):
    """Main window → the demo meeting (Enter in the list) → Protocol tab → Kazakh → Ctrl+P → the system
    print dialog, "print to file (PDF)" chosen → a PDF with the Kazakh requisites in order."""
    from PySide6.QtCore import Qt
    from PySide6.QtPrintSupport import QPrinter

    from council_desktop.ui import protocol_preview
    from council_desktop.ui.main_window import MainWindow

    ctx, mid = demo
    out = tmp_path / "printed.pdf"

    class PrintToFile(protocol_preview.QPrintDialog):
        def exec(self):  # the user picks "Print to file", format PDF, and presses Print
            self.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            self.printer().setOutputFileName(str(out))
            return protocol_preview.QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(protocol_preview, "QPrintDialog", PrintToFile)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    meetings = window.views["meetings"]
    meetings.table.setCurrentIndex(meetings.proxy.mapFromSource(meetings.model.index(meetings.model.row_of(mid), 0)))
    meetings.table.setFocus()
    qtbot.keyClick(meetings.table, Qt.Key.Key_Return)
    editor = window.meeting_editor()
    bar = editor.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(editor.tabs.indexOf(editor.protocol_tab)).center())
    preview = editor.preview
    assert preview is not None
    wait_rendered(qtbot, preview)
    preview.language.setCurrentIndex(preview.language.findData("kk"))
    assert preview.rendering()
    meetings.table.setFocus()
    # pressed while the Kazakh render is on its way: the window does not wait, the dialog comes with the render
    qtbot.keyClick(meetings.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert not out.exists()
    qtbot.waitUntil(out.exists, timeout=10000)
    assert out.read_bytes() == ctx.documents.render("protocol", mid, "kk")  # the document itself, fonts and all
    text = " ".join(pdftotext(out).split())
    assert "№ 1/1" in text  # beside the date: text extraction puts it after the place
    at = 0
    for part in ("ЖОБА", "ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ДЕНСАУЛЫҚ САҚТАУ МИНИСТРЛІГІ", "Бірлескен отырыстың ХАТТАМАСЫ",
                 "20.02.2026", "Астана қ.", "Тең төрағалар:", "Әлназарова", "Денсаулық сақтау министрі",
                 "Хатшылар:", "Қатысқандар: 11 адам", "Шақырылғандар:", "Кворум бар", "КҮН ТӘРТІБІ", "ТЫҢДАЛДЫ:",
                 "ҚАУЛЫ ЕТТІ:", "Бірауыздан қабылданды", "СӨЙЛЕГЕНДЕР:", "«жақтап» — 11", "төрағасы", "хатшысы",
                 "20.02.2026 № 1/1 хаттамаға қосымша", "Қатысқандар тізімі"):
        found = text.find(part, at)
        assert found >= 0, f"{part!r} missing after …{text[max(0, at - 80):at]}"
        at = found + len(part)
