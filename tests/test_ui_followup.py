"""Follow-up of assignments: overdue ones stand out, filters narrow the list, marking done records the meeting."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from council_desktop.ui.followup import FollowUpView

TODAY = dt.date(2026, 3, 1)  # after the demo's 2026-02-27 deadline, before the others


pytestmark = pytest.mark.usefixtures("english_ui")


@pytest.fixture
def view(demo, qtbot):
    ctx, _ = demo
    v = FollowUpView(ctx, today=TODAY)
    qtbot.addWidget(v)
    v.show()
    return v


def test_overdue_assignment_is_highlighted(view):
    rows = [view.proxy.index(r, 0) for r in range(view.proxy.rowCount())]
    overdue = [i for i in rows if view.model.row(view.proxy.mapToSource(i))["deadline"] == "2026-02-27"]
    assert len(overdue) == 1
    assert overdue[0].data(Qt.ItemDataRole.BackgroundRole) is not None
    assert view.proxy.index(overdue[0].row(), 3).data() == "overdue"
    assert "1 overdue" in view.summary.text()


def test_filters_by_status_body_and_responsible(view, demo):
    ctx, _ = demo
    total = view.proxy.rowCount()
    view.status.setCurrentIndex(view.status.findData("overdue"))
    assert view.proxy.rowCount() == 1
    view.status.setCurrentIndex(0)
    assert view.proxy.rowCount() == total
    body = ctx.registry.bodies()[1]["id"]
    view.body.setCurrentIndex(view.body.findData(body))
    assert 0 < view.proxy.rowCount() <= total
    view.body.setCurrentIndex(0)
    view.responsible.setText("Nurmukhambetov")
    view.responsible.flush()
    assert view.proxy.rowCount() == 1


def test_mark_done_with_the_checking_meeting(view, demo, qtbot):
    ctx, meeting_id = demo
    next_meeting = next(m["id"] for m in ctx.views.meetings() if m["id"] != meeting_id)
    target = next(r for r in view.model.rows if r["overdue"])
    view.select_assignment(target["id"])
    view.checked_meeting.setCurrentIndex(view.checked_meeting.findData(next_meeting))
    view.report.setText("Report received")
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    stored = next(a for a in ctx.minutes.assignments(today=TODAY) if a["id"] == target["id"])
    assert stored["status"] == "done"
    assert stored["checked_meeting_id"] == next_meeting
    assert stored["done_on"] == "2026-03-01"
    assert stored["report"] == "Report received"
    assert "0 overdue" in view.summary.text()


def test_mark_done_without_a_selection_says_so(view, demo):
    ctx, _ = demo
    view.table.clearSelection()
    view.table.setCurrentIndex(view.proxy.index(-1, -1))
    assert view.set_status("done") is False
    assert view.error.isVisible()
    assert all(a["status"] == "open" for a in ctx.minutes.assignments())
