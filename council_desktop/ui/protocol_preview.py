"""The protocol as it will print, inside the meeting editor: watch it take shape while minuting.

The PDF is rendered off the GUI thread (ui.jobs) and shown by QtPdf's QPdfView; edits to the
minutes ask for a new render after half a second of quiet.  Print goes through QPrinter: to a
printer page by page as images at the printer's resolution, to a PDF file as the document itself
(so the copy keeps its text, fonts and fingerprint).
"""
from __future__ import annotations

import errno
import os
from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import CouncilError
from ..services.render import replacing, write_file
from . import i18n, jobs

DEBOUNCE_MS = 500
PRINT_DPI = 300


class ProtocolPreview(QWidget):
    rendered = Signal(int)  # page count of the document now shown
    failed = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id: int | None = None
        self.kind = "protocol"  # or another document of the meeting (ui/documents_dialog.py)
        self.options: dict = {}  # the extract's item
        self.pdf: bytes = b""
        self._generation = 0  # a newer request makes older results stale
        self._pending = 0
        self._buffer: QBuffer | None = None

        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language of the protocol"))
        for code, name in i18n.language_names().items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_dialog)
        self.save_button = QPushButton(self.tr("Save as…"))
        self.save_button.clicked.connect(lambda: self.save_as())
        # Save as… writes the archival copy (PDF/A-2b) when ticked; a protocol signed as PDF/A-2b is one already
        self.archival = QCheckBox(self.tr("PDF/&A-2b (archival)"))
        self.archival.setToolTip(self.tr("Save as PDF/A-2b, the archival format: every font embedded, a colour "
                                         "profile and the document's metadata in the file"))
        self.status = QLabel()
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # texts the document prints in another language (or leaves out), listed before it is printed or signed
        self.language_gaps = QLabel()
        self.language_gaps.setWordWrap(True)
        self.language_gaps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.language_gaps.setVisible(False)

        bar = QHBoxLayout()
        self.language_label = QLabel(self.tr("Language:"))
        bar.addWidget(self.language_label)
        bar.addWidget(self.language)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.status)
        bar.addWidget(self.print_button)
        bar.addWidget(self.archival)
        bar.addWidget(self.save_button)

        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.language_gaps)
        layout.addWidget(self.view, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.refresh)
        self._enable_output(False)

    # --- what is shown --------------------------------------------------------------------
    def layout_code(self) -> str:
        return self.language.currentData()

    def show_meeting(self, meeting_id: int, layout: str = "ru") -> None:
        self.meeting_id = meeting_id
        index = self.language.findData(layout)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(index, 0))
        self.language.blockSignals(False)
        self.refresh()

    def minutes_changed(self) -> None:
        """The minutes were edited: render again once the typing pauses."""
        if self.meeting_id is not None:
            self._debounce.start()

    def refresh(self) -> None:
        if self.meeting_id is None:
            return
        self._debounce.stop()
        self._generation += 1
        generation, meeting_id, layout = self._generation, self.meeting_id, self.layout_code()
        self._pending += 1
        self.status.setText(self.tr("Rendering…"))
        gaps: list = []  # filled by the render: what lacks the document's language
        jobs.run(self.ctx.documents.render, self.kind, meeting_id, layout, progress=False, **self.options,
                 owner=self, faults=gaps, on_result=lambda pdf: self._show(generation, pdf, gaps),
                 on_error=lambda exc: self._failed(generation, exc))

    def rendering(self) -> bool:
        """A render is on its way (or waits for the typing to pause)."""
        return bool(self._pending or self._debounce.isActive())

    def when_rendered(self, then: Callable[[], None]) -> None:
        """`then()` once the newest render is shown, at once if it is; not at all if that render fails."""
        if not self.rendering():
            if self.pdf:
                then()
            return

        def done(*_) -> None:
            self.rendered.disconnect(shown)
            self.failed.disconnect(done)

        def shown(pages: int) -> None:
            done()
            if pages:
                then()
        self.rendered.connect(shown)
        self.failed.connect(done)

    def _show(self, generation: int, pdf: bytes, gaps: list | None = None) -> None:
        self._pending -= 1
        if generation != self._generation:
            return  # a newer render is on its way

        lines = [gap.message(i18n.current()) for gap in gaps or [] if gap.code == "language_gap"]
        self.language_gaps.setText("\n".join([self.tr("Not in the document's language:"), *lines]) if lines else "")
        self.language_gaps.setVisible(bool(lines))
        self.pdf = pdf
        self.document.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n page(s)", "", pages))
        self._enable_output(pages > 0)
        self.rendered.emit(pages)

    def _failed(self, generation: int, exc: Exception) -> None:
        self._pending -= 1
        if generation != self._generation:
            return
        message = jobs.error_text(exc)
        self.status.setText(message)
        self.failed.emit(message)

    def _enable_output(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    # --- print and save -------------------------------------------------------------------
    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print the protocol"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to_pdf(self, path: str, raster: bool = False) -> None:
        """Print through QPrinter into a PDF file, as the print dialog's "Print to file" does."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        printer.setDocName(self._document_name())
        self.print_to(printer, raster=raster)

    def print_to(self, printer: QPrinter, raster: bool = False) -> None:
        out = printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat else ""
        if out and not raster:
            # to a file: the document itself, not pictures of its pages
            write_file(out, self.pdf)
            return
        if out:  # pictures of the pages into a file: written beside it and renamed, never onto the database
            with replacing(out) as tmp:
                printer.setOutputFileName(str(tmp))
                try:
                    if not self._paint(printer):  # nothing is put in place of the old file
                        raise OSError(errno.EIO, os.strerror(errno.EIO))
                finally:
                    printer.setOutputFileName(out)
            return
        self._paint(printer)

    def _paint(self, printer: QPrinter) -> bool:
        first, last = printer.fromPage() or 1, printer.toPage() or self.document.pageCount()
        # the page carries its own official margins (30 mm on the left): paper coordinates, not the
        # printer's printable area, or every margin would shrink and shift
        printer.setFullPage(True)
        painter = QPainter()
        if not painter.begin(printer):
            self.status.setText(self.tr("The printer could not be started."))
            return False
        try:
            for n, page in enumerate(range(first - 1, last)):
                if n:
                    printer.newPage()
                target = painter.viewport()
                size = self.document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                # at most 300 dpi: a page at a printer's 1200 dpi would take half a gigabyte
                dpi = min(printer.resolution(), PRINT_DPI)
                image = self.document.render(page, QSize(int(size.width() * dpi / 72), int(size.height() * dpi / 72)))
                painter.drawImage(QRectF(0, 0, size.width() * scale, size.height() * scale), image)
        finally:
            painter.end()
        return True

    def save_as(self, path: str | None = None) -> str | None:
        from .documents_dialog import documents_folder, remember_folder
        if path is None:
            proposed = str(documents_folder() / (self._document_name() + ".pdf"))
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), proposed,
                                                  self.tr("PDF documents (*.pdf)"))
            if not path:
                return None
        try:
            write_file(path, self.ctx.documents.archival(self.pdf) if self.archival.isChecked() else self.pdf)
        except CouncilError as exc:  # the message names the file
            jobs.show_error(self, exc)
            return None
        remember_folder(path)
        return path

    def _document_name(self) -> str:
        """The meeting's number and date and the document's kind in its language: Протокол_1-1_2026-02-20."""
        from .documents_dialog import file_name
        if self.meeting_id is None:
            return "protocol"
        return file_name(self.ctx, self.meeting_id, self.kind, self.layout_code(), self.options.get("item"))
