"""Help: the user guide in three languages, offline, at the page of the view in front of the user (F1),
and About with the version and the licences of what the program carries."""
from __future__ import annotations

import importlib.metadata
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextDocument

from council_desktop import __version__
from council_desktop.paths import docs_root
from council_desktop.ui import guide as guide_module
from council_desktop.ui import i18n
from council_desktop.ui.about_dialog import LIBRARIES, AboutDialog
from council_desktop.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
LANGS = ("kk", "ru", "en")
LINK = re.compile(r"\]\(([^)]+)\)")


@pytest.fixture
def kazakh_ui(qapp):
    yield i18n.install("kk")
    i18n.install("en")


@pytest.fixture
def window(demo, qtbot):
    ctx, _ = demo
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    guide = getattr(w, "_guide_window", None)
    if guide is not None:
        guide.close()


def test_every_page_is_written_in_every_language_and_its_links_and_pictures_are_there():
    assert docs_root() == ROOT / "docs"  # the checkout's guide is the one shown (the wheel and bundle carry it)
    for lang in LANGS:
        folder = docs_root() / "guide" / lang
        assert sorted(p.stem for p in folder.glob("*.md")) == sorted(guide_module.PAGES), lang
        for page in guide_module.PAGES:
            text = (folder / f"{page}.md").read_text("utf-8")
            for target in LINK.findall(text):
                assert (folder / target).resolve().is_file(), f"{lang}/{page}.md links to a missing {target}"
            for picture in re.findall(r"screenshots/(\w+)\.png", text):
                assert picture.endswith(f"_{lang}"), f"{lang}/{page}.md shows a picture in another language"
    # nothing silently in another language: each page's title is its own language's
    for page in guide_module.PAGES:
        titles = {lang: guide_module.page_title(page, lang) for lang in LANGS}
        assert len(set(titles.values())) == 3, titles
        assert re.search("[әғқңөұүһі]", (docs_root() / "guide" / "kk" / f"{page}.md").read_text("utf-8"))


def test_f1_opens_the_guide_in_kazakh_at_the_page_of_the_current_view(kazakh_ui, window, qtbot):
    window.show_view("people")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    guide = window._guide_window
    qtbot.waitExposed(guide)
    assert guide.lang == "kk" and guide.current_page() == "people"
    assert guide.browser.document().toPlainText().startswith("Адамдар")
    assert guide.windowTitle().endswith("— Адамдар")
    assert guide.contents.currentItem().text() == "Адамдар"
    # another view, F1 again: the same guide window, now at that view's page
    window.show_view("bodies")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window._guide_window is guide and guide.current_page() == "bodies"


def test_an_open_meeting_has_its_own_page(window, demo, qtbot):
    _, meeting_id = demo
    window.show_view("meetings")
    view = window.views["meetings"]
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert view.editor is not None
    assert guide_module.page_for(window) == "meeting"
    window.act_help.trigger()
    assert window._guide_window.current_page() == "meeting"
    assert "Attendance" in window._guide_window.browser.document().toPlainText()


def test_links_lead_to_pages_and_pictures_are_shown_within_the_page(kazakh_ui, window, qtbot):
    guide = guide_module.show_guide(window, "index")
    qtbot.waitExposed(guide)
    doc = guide.browser.document()
    cursor = doc.find("Отырыс, қойынды бойынша")
    assert cursor.charFormat().anchorHref() == "meeting.md"
    rect = guide.browser.cursorRect(cursor)
    qtbot.mouseClick(guide.browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(4, 0))
    assert guide.current_page() == "meeting"
    html = guide.browser.document().toHtml()
    pictures = re.findall(r'<img src="([^"]+)"[^>]*width="([\d.]+)"', html)
    assert [p for p, _ in pictures] == ["../../screenshots/meeting_minutes_kk.png",
                                        "../../screenshots/meeting_lifecycle_kk.png"]
    for src, width in pictures:
        image = guide.browser.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(src))
        assert not image.isNull() and image.width() > float(width)  # loaded, and fitted into the page
        assert float(width) <= guide.browser.viewport().width()
    # the contents list goes to a page too
    guide.contents.setCurrentRow(guide_module.PAGES.index("documents"))
    assert guide.current_page() == "documents"


def test_about_says_the_version_and_the_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"Council Desktop {__version__}" in dialog.program.toPlainText()
    assert "GPL-3.0-or-later" in dialog.program.toPlainText()
    libraries = dialog.libraries.toPlainText()
    listed = {name.lower().replace("_", "-") for name, _, _ in LIBRARIES}
    required = {re.split(r"[<>=!~ ;\[]", r)[0].lower().replace("_", "-")
                for r in importlib.metadata.requires("council-desktop") if "extra ==" not in r}
    assert required <= listed, f"add to about_dialog.LIBRARIES: {sorted(required - listed)}"
    assert "psycopg" in listed  # the bundle carries it for a shared office
    for name, _, licence in LIBRARIES:
        assert name in libraries and licence in libraries
    assert importlib.metadata.version("reportlab") in libraries
    fonts = dialog.fonts.toPlainText()
    assert "SIL Open Font License" in fonts and "Liberation" in fonts


def test_about_from_the_help_menu(window, qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: shown.append(self.program.toPlainText()) or 0)
    window.act_about.trigger()
    assert shown and __version__ in shown[0]
