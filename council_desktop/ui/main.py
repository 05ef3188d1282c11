"""`council-desktop`: the secretary's window."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def parse_args(argv):
    p = argparse.ArgumentParser(prog="council-desktop")
    p.add_argument("--db", help="database file or SQLAlchemy URL")
    p.add_argument("--demo", action="store_true", help="open the demo database, loading it on first use")
    p.add_argument("file", nargs="?",
                   help="a .council bundle (or a list of people) to import: opens the import preview")
    p.add_argument("--smoke", action="store_true",
                   help="show the main window, then quit: exit 0 if it was shown (a check of a build)")
    return p.parse_args(argv)


def data_folder() -> Path:
    from ..paths import user_data_folder
    from .prefs import Prefs
    chosen = Prefs().data_folder
    return Path(chosen) if chosen else user_data_folder()


def first_language() -> str:
    """The saved choice; else COUNCIL_LANG; else the system locale."""
    from . import i18n
    from .prefs import Prefs
    saved = Prefs().language
    if saved in i18n.LANGUAGES:
        return saved
    env = (os.environ.get("COUNCIL_LANG") or "")[:2].lower()
    return env if env in i18n.LANGUAGES else i18n.system_language()


def open_context(args):
    from ..app import AppContext
    if args.db is not None:  # a file chosen by name is opened, not made (a mistyped name creates nothing)
        return AppContext.open(args.db), False
    if args.demo:
        ctx = AppContext.open(data_folder() / "demo.db", create=True)
        if ctx.views.is_empty():  # read without the ORM: on the demo's next starts it is not needed yet
            ctx.demo.load()
        return ctx, False
    default = os.environ.get("COUNCIL_DB") or data_folder() / "council.db"
    ctx = AppContext.open(default, create=True)  # the first start makes the default database
    return ctx, not ctx.read_only and ctx.views.is_empty()


def report_fault(exc_type, exc, tb) -> None:
    """Unhandled in a slot: a user's mistake is shown as such; our fault goes to the log, not the screen."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..domain.errors import CouncilError
    from . import i18n
    from .jobs import fault_text

    text = exc.message(i18n.current()) if isinstance(exc, CouncilError) else fault_text(exc.with_traceback(tb))
    if QApplication.instance() is not None:
        QMessageBox.warning(QApplication.activeWindow(), "Council Desktop", text)


def start(argv=None):
    """Language, database and window, ready to show; None (after a message) if the database cannot open."""
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..domain.errors import CouncilError
    from . import first_run, i18n
    from .icons import icon
    from .main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Council Desktop")
    app.setOrganizationName("CouncilDesktop")
    app.setWindowIcon(icon("app"))
    i18n.install(first_language())
    try:
        ctx, empty = open_context(args)
        if empty and not args.smoke and first_run.wanted(ctx):
            first_run.FirstRunWizard.ask(ctx)  # language, organisation, body, members or the demo; skippable
    except CouncilError as exc:
        if args.smoke:  # nobody to answer a message box
            print(f"council-desktop: {exc.message(i18n.current())}", file=sys.stderr)
        else:
            QMessageBox.critical(None, "Council Desktop", exc.message(i18n.current()))
        return None
    return MainWindow(ctx)


def smoke_report(app, window) -> None:
    """--smoke: the window came up with its views; say so and quit."""
    from .. import __version__
    from . import i18n
    from .about_dialog import installed_version
    from .guide import show_guide
    shown = window.isVisible() and window.centralWidget() is not None
    menus = " | ".join(a.text().replace("&", "") for a in window.menuBar().actions())
    guide = show_guide(window, "index")  # the guide's files found where the program was installed
    first_line = guide.browser.document().toPlainText().split("\n", 1)[0]
    guide.close()
    print(f"council-desktop {__version__}: main window {'shown' if shown else 'NOT shown'} "
          f"({i18n.current()}: {menus}); guide: {first_line}; reportlab {installed_version('reportlab')}",
          flush=True)
    app.exit(0 if shown else 1)


def main(argv=None) -> int:
    # options first: --help or a mistyped option answers on a terminal that has no display
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QApplication

    # fractional scaling (150 %, 200 %) drawn exactly: the icons are SVG
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication.instance() or QApplication(sys.argv)
    sys.excepthook = report_fault
    window = start(argv)
    if window is None:
        return 2
    window.show()
    from PySide6.QtCore import QTimer
    if args.smoke:
        QTimer.singleShot(0, lambda: smoke_report(app, window))
    elif args.file:
        from .exchange_dialogs import import_file  # a file the system handed over (a double-clicked .council)
        QTimer.singleShot(0, lambda: import_file(window, args.file))
    code = app.exec()
    from .jobs import close_when_idle
    close_when_idle(window.ctx)
    return code


if __name__ == "__main__":
    sys.exit(main())
