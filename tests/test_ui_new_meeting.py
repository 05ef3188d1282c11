"""Planning a meeting through the New meeting dialog, clicked like a user would."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from ui_typing import type_text

from council_desktop.ui.new_meeting_dialog import NewMeetingDialog


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_joint_meeting_is_planned_with_suggested_numbers_and_default_people(demo, qtbot):
    ctx, _ = demo
    bodies = ctx.registry.bodies()
    ctx.settings.update({"default_chair_id": 1, "default_secretary_id": 3})
    dialog = NewMeetingDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.chair.person_id == 1 and dialog.secretary.person_id == 3
    for body in bodies:
        dialog.body_checks[body["id"]].setChecked(True)
    dialog.date.setDate(QDate(2026, 5, 14))
    # the next free number of 2026 in each body is suggested
    suggested = [ctx.meetings.suggest_number(b["id"], 2026) for b in bodies]
    assert suggested[1] == 2  # the demo meeting is No. 1 of the Academy's department
    assert [dialog.number_spins[b["id"]].value() for b in bodies] == suggested
    assert dialog.kind.currentData() == "joint"
    type_text(dialog.place["ru"], "Астана, Дом министерств")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == NewMeetingDialog.DialogCode.Accepted
    view = ctx.views.meeting_record(dialog.meeting_id)
    assert view["date"] == "2026-05-14"
    assert [(b["id"], b["number"]) for b in view["bodies"]] == list(zip([b["id"] for b in bodies], suggested))
    assert view["kind"] == "joint" and view["place_ru"] == "Астана, Дом министерств"
    assert view["chair_id"] == 1 and view["secretary_id"] == 3
    # members as of the date are listed for attendance
    assert len(view["attendance"]) >= 10


def test_a_number_typed_by_the_user_is_kept_and_a_taken_one_is_refused(demo, qtbot):
    ctx, _ = demo
    body = ctx.registry.bodies()[0]
    dialog = NewMeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.date.setDate(QDate(2026, 9, 1))
    spin = dialog.number_spins[body["id"]]
    spin.setValue(1)  # already the demo meeting's number in 2026
    dialog.date.setDate(QDate(2026, 9, 2))  # a new suggestion must not overwrite what was typed
    assert spin.value() == 1
    before = ctx.meetings.count()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.meeting_id is None
    assert dialog.error.isVisibleTo(dialog) and "1" in dialog.error.text()
    assert ctx.meetings.count() == before

    spin.setValue(7)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert ctx.views.meeting_record(dialog.meeting_id)["bodies"][0]["number"] == 7


def test_ask_returns_the_new_meeting_id(demo, qtbot, monkeypatch):
    ctx, _ = demo

    def accept_at_once(self):
        self.accept()
        return self.result()
    monkeypatch.setattr(NewMeetingDialog, "exec", accept_at_once)
    meeting_id = NewMeetingDialog.ask(ctx)
    assert meeting_id in ctx.meetings.meeting_ids()
