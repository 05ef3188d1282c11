"""`council-desktop`: the secretary's window (minimal until the desktop issue lands)."""
from __future__ import annotations

import argparse
import sys

from platformdirs import user_data_path


def parse_args(argv):
    p = argparse.ArgumentParser(prog="council-desktop")
    p.add_argument("--db", help="database file or SQLAlchemy URL")
    p.add_argument("--demo", action="store_true", help="open the demo database, loading it on first use")
    return p.parse_args(argv)


def main(argv=None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

    from ..app import AppContext
    from ..domain.errors import CouncilError
    from ..store.database import APP_NAME

    app = QApplication.instance() or QApplication(sys.argv)
    db = args.db or (user_data_path(APP_NAME, appauthor=False) / "demo.db" if args.demo else None)
    try:
        ctx = AppContext.open(db)
        if args.demo and ctx.demo.is_empty():
            ctx.demo.load()
    except CouncilError as exc:
        QMessageBox.critical(None, "Council Desktop", exc.message())
        return 2
    window = QMainWindow()
    window.setWindowTitle(f"Council Desktop — {ctx.location}")
    window.setCentralWidget(QLabel("\n".join(f"№ {m['number']}  {m['date']}" for m in ctx.views.meetings())))
    window.resize(900, 600)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
