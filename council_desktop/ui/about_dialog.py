"""Help → About: the version, the program's licence, and the licences of the fonts and libraries it carries."""
from __future__ import annotations

import html
import sys
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QTextBrowser, QVBoxLayout

from .. import __version__
from ..paths import resource
from .forms import named

# What the program runs on and ships (the runtime requirements in pyproject.toml, and what they bring
# that matters to a licence): distribution, what it is for, licence. tests/test_ui_help.py checks that
# every runtime requirement is here.
LIBRARIES = (
    ("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt and Qt for Python: the window"),
     "LGPL-3.0-only (chosen of LGPL/GPL)"),
    ("PySide6_Pdf", QT_TRANSLATE_NOOP("AboutDialog", "Qt PDF: the protocol preview"),
     "LGPL-3.0-only (chosen of LGPL/GPL)"),
    ("shiboken6", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python's bindings"), "LGPL-3.0-only (chosen of LGPL/GPL)"),
    ("SQLAlchemy", QT_TRANSLATE_NOOP("AboutDialog", "database access"), "MIT"),
    ("alembic", QT_TRANSLATE_NOOP("AboutDialog", "database migrations"), "MIT"),
    ("reportlab", QT_TRANSLATE_NOOP("AboutDialog", "PDF documents"), "BSD"),
    ("rl_accel", QT_TRANSLATE_NOOP("AboutDialog", "ReportLab's accelerator"), "BSD"),
    ("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "the user's folders"), "MIT"),
    ("qrcode", QT_TRANSLATE_NOOP("AboutDialog", "the QR code of a signed protocol"), "BSD"),
    ("python-docx", QT_TRANSLATE_NOOP("AboutDialog", "Word files"), "MIT"),
    ("openpyxl", QT_TRANSLATE_NOOP("AboutDialog", "Excel files"), "MIT"),
    ("lxml", QT_TRANSLATE_NOOP("AboutDialog", "XML for Word files"), "BSD-3-Clause"),
    ("pypdf", QT_TRANSLATE_NOOP("AboutDialog", "reading protocol copies"), "BSD-3-Clause"),
    ("icalendar", QT_TRANSLATE_NOOP("AboutDialog", "calendar entries"), "BSD-2-Clause"),
    ("charset-normalizer", QT_TRANSLATE_NOOP("AboutDialog", "the encoding of imported lists"), "MIT"),
    ("confusable-homoglyphs", QT_TRANSLATE_NOOP("AboutDialog", "the Unicode confusables table"), "MIT"),
    ("pyphen", QT_TRANSLATE_NOOP("AboutDialog", "hyphenation dictionaries"),
     "LGPL-2.1-or-later (chosen of GPL/LGPL/MPL)"),
    ("pikepdf", QT_TRANSLATE_NOOP("AboutDialog", "the archival copy (PDF/A)"), "MPL-2.0"),
    ("pyhanko", QT_TRANSLATE_NOOP("AboutDialog", "digital signatures (PAdES)"), "MIT"),
    ("pyhanko-certvalidator", QT_TRANSLATE_NOOP("AboutDialog", "checking a signature's certificate"), "MIT"),
    ("pillow", QT_TRANSLATE_NOOP("AboutDialog", "the letterhead's logo"), "MIT-CMU"),
    ("psycopg", QT_TRANSLATE_NOOP("AboutDialog", "PostgreSQL (shared office)"), "LGPL-3.0-only"),
)


def installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "–"


class AboutDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Council Desktop"))
        self.tabs = QTabWidget()
        self.program = self._page(self.tr("Program"), self.program_html())
        self.libraries = self._page(self.tr("Libraries"), self.libraries_html())
        self.fonts = self._page(self.tr("Fonts"), self.fonts_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _page(self, title: str, text: str) -> QTextBrowser:
        page = QTextBrowser()
        page.setOpenExternalLinks(False)
        named(page, title)
        page.setHtml(text)
        self.tabs.addTab(page, title)
        return page

    def program_html(self) -> str:
        return (f"<h2>Council Desktop {html.escape(__version__)}</h2>"
                + "<p>" + self.tr("The secretariat's desktop tool for a scientific or governmental council.") + "</p>"
                + "<p>" + self.tr("Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later).")
                + "</p><p>" + self.tr("Python {0}, Qt {1}, PySide6 {2}.").format(
                    sys.version.split()[0], qVersion(), pyside_version) + "</p>"
                + "<p>" + self.tr("It works offline: it sends nothing anywhere and checks for no updates.") + "</p>")

    def libraries_html(self) -> str:
        rows = "".join(f"<tr><td>{html.escape(name)}</td><td>{html.escape(installed_version(name))}</td>"
                       f"<td>{html.escape(licence)}</td>"
                       f"<td>{html.escape(QCoreApplication.translate('AboutDialog', purpose))}</td></tr>"
                       for name, purpose, licence in LIBRARIES)
        head = (f"<tr><th align='left'>{self.tr('Library')}</th><th align='left'>{self.tr('Version')}</th>"
                f"<th align='left'>{self.tr('Licence')}</th><th align='left'>{self.tr('Used for')}</th></tr>")
        return ("<p>" + self.tr("Council Desktop is built on these libraries; each keeps its own licence.") + "</p>"
                + f"<table cellpadding='3'>{head}{rows}</table>")

    def fonts_html(self) -> str:
        licence = resource("fonts", "LICENSE")
        text = licence.read_text("utf-8") if licence.is_file() else ""
        return ("<p>" + self.tr("The documents are printed with the Liberation Serif and Liberation Sans fonts "
                                "(version 2), carried inside the program, under the SIL Open Font License 1.1:")
                + f"</p><pre>{html.escape(text)}</pre>")

    @classmethod
    def ask(cls, parent=None) -> None:
        cls(parent).exec()
