"""A .council bundle double-clicked in the file manager: `council-desktop FILE` opens its import preview."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from ui_dialogs import DialogScript

from council_desktop.app import AppContext
from council_desktop.ui import main as desktop
from council_desktop.ui.exchange_dialogs import import_file

pytestmark = pytest.mark.usefixtures("english_ui")


def test_a_bundle_given_on_the_command_line_opens_the_import_preview_and_imports(demo, tmp_path, qtbot,
                                                                                  monkeypatch):
    ctx, meeting_id = demo
    bundle = tmp_path / "from the ministry.council"
    ctx.exchange.export_bundle(meeting_id, bundle)
    AppContext.open(tmp_path / "office.db", create=True).close()

    assert desktop.parse_args(["--db", str(tmp_path / "office.db"), str(bundle)]).file == str(bundle)
    window = desktop.start(["--db", str(tmp_path / "office.db"), str(bundle)])
    qtbot.addWidget(window)
    window.show()
    assert window.views["meetings"].model.rowCount() == 0

    script = DialogScript(monkeypatch, qtbot)
    seen = []

    def answer(dialog):
        seen.append(dialog.summary.toPlainText())
        assert dialog.import_button.isEnabled()
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)

    script.expect("ImportDialog", answer)
    done = import_file(window, str(bundle))
    script.done()
    assert seen and seen[0].strip()
    assert window.views["meetings"].model.rowCount() == 1  # the list shows what came in
    # and the meeting that came is open, where the secretary looks next
    assert window.current_view_name() == "meetings"
    assert window.meeting_editor().meeting_id == done["meeting"]["id"]
    assert window.ctx.views.meeting(done["meeting"]["id"], "ru")["uuid"] == \
        ctx.views.meeting(meeting_id, "ru")["uuid"]
    assert window.statusBar().currentMessage() == "Imported from the ministry.council"
    window.ctx.close()
