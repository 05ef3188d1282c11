"""The protocol preview in the window: rendered off the GUI thread, refreshed on edits, printed, saved."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from pypdf import PdfReader

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


def test_printing_to_a_device_draws_every_page(preview, tmp_path):
    widget, _ctx, mid = preview
    widget.show_meeting(mid, "ru")
    assert widget.wait_rendered()
    out = tmp_path / "raster.pdf"
    widget.print_to_pdf(str(out), raster=True)  # the path a paper printer takes: page images
    reader = PdfReader(str(out))
    assert len(reader.pages) == widget.document.pageCount()
    assert all(page.images for page in reader.pages)


def test_changing_language_renders_again(preview, qtbot):
    widget, _ctx, mid = preview
    widget.show_meeting(mid, "ru")
    assert widget.wait_rendered()
    russian = widget.pdf
    with qtbot.waitSignal(widget.rendered, timeout=10000):
        widget.language.setCurrentIndex(widget.language.findData("kk+ru"))
    assert widget.pdf != russian and widget.pdf.startswith(b"%PDF")
    assert widget.document.pageCount() > len(PdfReader(__import__("io").BytesIO(russian)).pages)


def test_edits_to_the_minutes_refresh_the_preview_once_typing_pauses(preview, qtbot):
    widget, ctx, mid = preview
    widget.show_meeting(mid, "ru")
    assert widget.wait_rendered()
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


def test_save_as_writes_the_shown_document(preview, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    widget, _ctx, mid = preview
    widget.show_meeting(mid, "en")
    assert widget.wait_rendered()
    target = tmp_path / "minutes.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    widget.save_button.click()
    assert target.read_bytes() == widget.pdf
    assert "MINUTES" in pdftotext(target)


def test_unknown_meeting_shows_the_message_instead_of_a_document(preview, qtbot):
    widget, _ctx, _mid = preview
    with qtbot.waitSignal(widget.failed, timeout=10000) as failed:
        widget.show_meeting(4242, "ru")
    assert "4242" in failed.args[0] and "4242" in widget.status.text()
    assert not widget.print_button.isEnabled()
