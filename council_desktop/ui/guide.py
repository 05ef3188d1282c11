"""Help (F1): the user guide (docs/guide/kk|ru|en, Markdown with screenshots), offline, opened at the
page of the view in front of the user, in the window's language."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from ..paths import docs_root
from . import i18n
from .forms import named

# the guide's pages, in the order of its contents; a view's page has the view's name
PAGES = ("index", "meetings", "meeting", "documents", "people", "organisations", "bodies", "projects",
         "assignments")


def guide_folder(lang: str) -> Path:
    return docs_root() / "guide" / lang


def page_path(page: str, lang: str) -> Path:
    return guide_folder(lang) / f"{page}.md"


def page_title(page: str, lang: str) -> str:
    """The page's first heading."""
    for line in page_path(page, lang).read_text("utf-8").splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return page


def page_for(window) -> str:
    """The guide's page about what the main window shows: an open meeting has a page of its own."""
    name = window.current_view_name()
    if name == "meetings" and getattr(window.views.get("meetings"), "editor", None) is not None:
        return "meeting"
    return name if name in PAGES else "index"


class GuideBrowser(QTextBrowser):
    """Tells when a page is in place (sourceChanged comes before the page is loaded)."""

    def __init__(self, shown) -> None:
        super().__init__()
        self.shown = shown

    def doSetSource(self, name, type=QTextDocument.ResourceType.UnknownResource) -> None:  # noqa: A002 (Qt's name)
        if name.isRelative() or name.isLocalFile():  # a link to another page of the guide
            type = QTextDocument.ResourceType.MarkdownResource
        super().doSetSource(name, type)
        self.shown()


class GuideWindow(QDialog):
    """The guide beside the main window (not modal: one reads it while working)."""

    def __init__(self, lang: str, parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setWindowTitle(self.tr("Council Desktop — user guide"))
        self.contents = QListWidget()
        named(self.contents, self.tr("Contents"))
        for page in PAGES:
            item = QListWidgetItem(page_title(page, lang))
            item.setData(256, page)
            self.contents.addItem(item)
        self.contents.setFixedWidth(min(max(self.contents.sizeHintForColumn(0) + 16, 160), 260))
        self.browser = GuideBrowser(self._page_shown)
        named(self.browser, self.tr("Guide page"))
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: nothing opens a web page
        self.contents.currentItemChanged.connect(
            lambda item, _old: item is not None and item.data(256) != self.current_page() and self.show_page(
                item.data(256)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.contents)
        body.addWidget(self.browser, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def show_page(self, page: str) -> None:
        self.browser.setSource(QUrl.fromLocalFile(str(page_path(page, self.lang))),
                               QTextDocument.ResourceType.MarkdownResource)

    def current_page(self) -> str:
        return Path(self.browser.source().toLocalFile()).stem

    def _page_shown(self) -> None:
        self._fit_images()
        page = self.current_page()
        if page not in PAGES:
            return
        for row in range(self.contents.count()):
            if self.contents.item(row).data(256) == page:
                self.contents.blockSignals(True)
                self.contents.setCurrentRow(row)
                self.contents.blockSignals(False)
        self.setWindowTitle(self.tr("Council Desktop — user guide") + " — " + page_title(page, self.lang))

    def _fit_images(self) -> None:
        """Screenshots at most as wide as the page (a 1400-pixel window would not fit)."""
        widest = max(self.browser.viewport().width() - 24, 480)
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fragment.isValid() and fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    natural = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    width = getattr(natural, "width", lambda: 0)()
                    if width > widest:
                        fitted = QTextImageFormat(image)
                        fitted.setWidth(widest)
                        fitted.setHeight(natural.height() * widest / width)
                        cursor = QTextCursor(doc)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(fitted)
                it += 1
            block = block.next()


def show_guide(window, page: str | None = None) -> GuideWindow:
    """F1: the guide at `page` (else the page of the current view), one window kept per language."""
    guide = getattr(window, "_guide_window", None)
    if guide is None or guide.lang != i18n.current():
        if guide is not None:
            guide.close()
            guide.deleteLater()
        guide = window._guide_window = GuideWindow(i18n.current(), window)
    guide.show_page(page or page_for(window))
    guide.show()
    guide.raise_()
    guide.activateWindow()
    return guide
