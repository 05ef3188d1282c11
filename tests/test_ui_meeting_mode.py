"""Meeting mode driven by keyboard through a meeting: arrivals, the agenda, a speaker on a fake clock,
a roll-call vote and a show-of-hands vote; the database follows each step."""
from __future__ import annotations

import datetime as dt
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from council_desktop.ui.meeting_room.clock import FakeClock
from council_desktop.ui.meeting_room.window import MeetingModeWindow
from test_meeting_room import T0, plan_room_meeting
from ui_typing import type_text

K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def mode(demo, qtbot, english_ui, db_path):
    ctx, _ = demo
    mid = plan_room_meeting(ctx)
    clock = FakeClock(T0)
    window = MeetingModeWindow(ctx, mid, clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    yield window, clock, ctx, mid, sqlite3.connect(db_path)


def press(window, key, modifier=Qt.KeyboardModifier.NoModifier, widget=None):
    from pytestqt.qtbot import QtBot

    target = widget or QApplication.focusWidget() or window
    QtBot.keyClick(target, key, modifier)
    QApplication.processEvents()


def protocol_text(ctx, mid, lang: str) -> str:
    """The protocol's PDF read back as a records office would: its text, whitespace folded."""
    import io

    from pypdf import PdfReader

    pdf = ctx.documents.render("protocol", mid, lang)
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def stamp(clock) -> str:
    """The clock's time as SQLite holds it."""
    return f"{clock.now():%Y-%m-%d %H:%M:%S}.000000"


def arrive_by_keys(window, rows: list[int]) -> None:
    press(window, K.Key_F2)
    assert QApplication.focusWidget() is window.attendees
    for row in rows:
        window.attendees.setCurrentRow(0)
        for _ in range(row):
            press(window, K.Key_Down)
        press(window, K.Key_Space)


def test_a_meeting_by_keyboard(mode):
    window, clock, ctx, mid, con = mode
    members = [n for n, a in enumerate(window.room["attendees"]) if a["member"]]
    assert "NO QUORUM" in window.quorum_label.text()

    # arrivals at 10:00; one member is late
    late_row = members[-1]
    arrive_by_keys(window, members[:-1])
    arrived = con.execute("SELECT count(*) FROM presence_event WHERE meeting_id = ? AND arrived = 1 "
                          "AND at = '2026-03-12 10:00:00.000000'", (mid,)).fetchone()[0]
    assert arrived == len(members) - 1
    assert "NO QUORUM" not in window.quorum_label.text()
    expected = ctx.meetings.quorum(mid)  # every arrival is attendance: the meeting's quorum is the live one now
    assert [b.quorum.present for b in expected.bodies] == [b["present"] for b in window.room["quorum"]["bodies"]]

    # the first item opens with PgDown
    clock.advance(5 * 60)
    press(window, K.Key_PageDown)
    first, second = (row[0] for row in con.execute(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", (mid,)))
    assert con.execute("SELECT started_at FROM agenda_item WHERE id = ?", (first,)).fetchone()[0] \
        == "2026-03-12 10:05:00.000000"
    assert window.item_title.text() == "On the work plan"

    # the late member arrives during the first item
    clock.advance(3 * 60)
    arrive_by_keys(window, [late_row])
    late_id = window.room["attendees"][late_row]["person_id"]
    assert con.execute("SELECT at FROM presence_event WHERE person_id = ? AND meeting_id = ?",
                       (late_id, mid)).fetchone()[0] == "2026-03-12 10:08:00.000000"

    # a speaker by type-ahead, timed on the fake clock: 2:30 spoken, a pause, 0:20 more
    speaker = window.room["attendees"][members[2]]
    press(window, K.Key_F3)
    assert QApplication.focusWidget() is window.speaker_entry
    type_text(window.speaker_entry, speaker["name"].split()[-1][:5])
    press(window, K.Key_Return, widget=window.speaker_entry)
    assert [s["person_id"] for s in window.current()["speakers"]] == [speaker["person_id"]]
    press(window, K.Key_F5)
    clock.advance(150)
    window.tick()
    assert "0:30" in window.timer_label.text() and "#ffcc00" in window.timer_label.styleSheet()  # near the end
    press(window, K.Key_F5)  # pause
    clock.advance(60)
    window.tick()
    assert "0:30" in window.timer_label.text()
    press(window, K.Key_F5)
    clock.advance(50)
    window.tick()
    assert "−0:20" in window.timer_label.text() and "#c00000" in window.timer_label.styleSheet()  # over the limit
    press(window, K.Key_F6)
    assert con.execute("SELECT person_id, started_at, duration_seconds FROM speech WHERE item_id = ?",
                       (first,)).fetchall() == [(speaker["person_id"], "2026-03-12 10:08:00.000000", 200)]
    assert window.current()["speakers"] == []

    # a roll-call vote on the first item's resolution: 1 for, 2 against, 3 abstained, 0 none
    clock.advance(60)
    press(window, K.Key_F9)
    assert QApplication.focusWidget() is window.roll
    voters = window.roll.rowCount()
    assert voters == len(members)
    keys = [K.Key_1] * (voters - 3) + [K.Key_2, K.Key_3, K.Key_0]
    for key in keys:
        press(window, key, widget=window.roll)
    press(window, K.Key_Return, CTRL, widget=window.roll)
    resolution = con.execute("SELECT id FROM resolution WHERE item_id = ?", (first,)).fetchone()[0]
    assert con.execute("SELECT votes_for, votes_against, votes_abstained, roll_call, voted_at FROM resolution "
                       "WHERE id = ?", (resolution,)).fetchone() == (voters - 3, 1, 1, 1, stamp(clock))
    choices = [c for (c,) in con.execute("SELECT choice FROM vote_participant WHERE resolution_id = ? "
                                         "ORDER BY id", (resolution,))]
    assert sorted(choices, key=str) == sorted(["for"] * (voters - 3) + ["against", "abstained", None], key=str)
    assert "adopted" in window.vote_result.text() and "roll call" in window.vote_result.text()

    # a member leaves; the next item; a show of hands in a few keys
    clock.advance(5 * 60)
    leaving = members[0]
    arrive_by_keys(window, [leaving])  # Space on someone in the room: a departure
    assert con.execute("SELECT arrived, at FROM presence_event WHERE meeting_id = ? ORDER BY id DESC LIMIT 1",
                       (mid,)).fetchone() == (0, stamp(clock))
    press(window, K.Key_PageDown)
    assert con.execute("SELECT ended_at FROM agenda_item WHERE id = ?", (first,)).fetchone()[0] == stamp(clock)
    assert window.item_title.text() == "On the projects"
    first_row = window.agenda.item(0)  # planned 10 min, taken 10:05 to 10:18: shown, and in red
    assert first_row.text().endswith("10 min  10:05–10:18 (13 min)")
    assert first_row.foreground().color().name() == "#b00000"
    press(window, K.Key_F7)
    assert QApplication.focusWidget() is window.counts[0]
    QApplication.focusWidget().selectAll() if hasattr(QApplication.focusWidget(), "selectAll") else None
    type_text(QApplication.focusWidget(), "7")
    press(window, K.Key_Tab)
    type_text(QApplication.focusWidget(), "2")
    press(window, K.Key_Tab)
    type_text(QApplication.focusWidget(), "1")
    press(window, K.Key_Return)
    second_resolution = con.execute("SELECT id FROM resolution WHERE item_id = ?", (second,)).fetchone()[0]
    assert con.execute("SELECT votes_for, votes_against, votes_abstained, roll_call FROM resolution WHERE id = ?",
                       (second_resolution,)).fetchone() == (7, 2, 1, 0)
    present_then = con.execute("SELECT count(*) FROM vote_participant WHERE resolution_id = ?",
                               (second_resolution,)).fetchone()[0]
    assert present_then == len(members) - 1  # the member who left is not among those present
    assert not window.hands.isVisible()

    # a second item running past its planned 20 minutes shows the overrun
    clock.advance(21 * 60)
    window.tick()
    assert "overrun 1:00" in window.item_times.text() and "#b00000" in window.item_times.styleSheet()
    # the last item closes with PgDown
    press(window, K.Key_PageDown)
    assert con.execute("SELECT ended_at FROM agenda_item WHERE id = ?", (second,)).fetchone()[0] == stamp(clock)

    # the protocol states the late arrival, the departure before the second item, the timed speech,
    # and the roll-call vote (its names in an attachment: more than twelve) with each body's count
    late = window.room["attendees"][late_row]
    left = window.room["attendees"][leaving]
    ru = protocol_text(ctx, mid, "ru")
    late_ru = ctx.views.meeting(mid, "ru")
    late_short = next(a["surname"] for a in late_ru["attendance"] if a["id"] == late["person_id"])
    left_short = next(a["surname"] for a in late_ru["attendance"] if a["id"] == left["person_id"])
    assert f"{late_short} — прибытие в 10:08, в ходе рассмотрения вопроса 1" in ru
    assert f"{left_short} — убытие в 10:18, до рассмотрения вопроса 2" in ru
    assert "Поимённое голосование — в приложении к протоколу (решение 1.1)." in ru
    attachment = ru[ru.index("Поимённое голосование по решению 1.1"):]
    for row in late_ru["agenda"][0]["resolutions"][0]["named"]:
        assert row["name"] in attachment
    assert attachment.count("воздержался(лась)") == 1 and attachment.count("не голосовал(а)") == 1
    assert "Голосовали: «за» — 7, «против» — 2, «воздержались» — 1." in ru
    kk = protocol_text(ctx, mid, "kk")
    assert "келген уақыты 10:08, 1-мәселені қарау барысында" in kk and "1.1 шешім бойынша атаулы дауыс беру" in kk
    en = protocol_text(ctx, mid, "en")
    assert "left at 10:18, before item 2" in en and "Roll-call vote on resolution 1.1" in en


def test_too_many_hands_are_refused_in_one_line_and_nothing_is_recorded(mode):
    window, clock, ctx, mid, con = mode
    members = [n for n, a in enumerate(window.room["attendees"]) if a["member"]]
    arrive_by_keys(window, members[:3])
    press(window, K.Key_PageDown)
    press(window, K.Key_F7)
    window.counts[0].setValue(5)
    press(window, K.Key_Return)
    assert "5 votes cast but only 3 members present" in window.message.text()
    assert window.hands.isVisible()  # what was typed stays, to be corrected
    assert con.execute("SELECT votes_for FROM resolution r JOIN agenda_item i ON i.id = r.item_id "
                       "WHERE i.meeting_id = ? AND i.position = 1", (mid,)).fetchone()[0] is None


def test_unanimous_in_one_key_counts_those_in_the_room(mode):
    window, clock, ctx, mid, con = mode
    members = [n for n, a in enumerate(window.room["attendees"]) if a["member"]]
    arrive_by_keys(window, members[:7])
    press(window, K.Key_PageDown)
    press(window, K.Key_F8)
    assert con.execute("SELECT votes_for, unanimous FROM resolution r JOIN agenda_item i ON i.id = r.item_id "
                       "WHERE i.meeting_id = ? AND i.position = 1", (mid,)).fetchone() == (7, 1)


def test_f11_in_the_meeting_editor_opens_meeting_mode_and_the_editor_follows_it(demo, qtbot, english_ui):
    from council_desktop.ui.main_window import MainWindow

    ctx, _ = demo
    mid = plan_room_meeting(ctx)
    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    qtbot.waitExposed(main)
    main.show_view("meetings")
    assert main.views["meetings"].open_meeting(mid)
    editor = main.meeting_editor()
    editor.tabs.setCurrentWidget(editor.attendance)
    main.activateWindow()
    editor.lang_combo.setFocus()  # anywhere in the editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.lang_combo)
    qtbot.keyClick(editor.lang_combo, K.Key_F11)
    window = editor.meeting_mode_window
    qtbot.addWidget(window)
    assert window.isVisible() and window.meeting_id == mid
    member = next(a for a in window.room["attendees"] if a["member"])
    assert next(a for a in editor.record["attendance"] if a["person_id"] == member["person_id"])["status"] == "absent"
    window.attendees.setCurrentRow(window.room["attendees"].index(member))
    window.activateWindow()
    window.attendees.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.attendees)
    qtbot.keyClick(window.attendees, K.Key_Space)
    # through the change hub, on the next turn of the event loop
    qtbot.waitUntil(lambda: next(a for a in editor.record["attendance"]
                                 if a["person_id"] == member["person_id"])["status"] == "present")
    window.close()


@pytest.mark.parametrize("lang", ["kk", "ru", "en"])
def test_no_two_keys_of_meeting_mode_clash_and_the_key_list_names_every_one(demo, qtbot, lang):
    from PySide6.QtGui import QKeySequence, QShortcut

    from council_desktop.ui import i18n
    from council_desktop.ui.shortcuts import clashes, collect

    i18n.install(lang)
    try:
        ctx, _ = demo
        mid = plan_room_meeting(ctx)
        window = MeetingModeWindow(ctx, mid, FakeClock(T0))
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        window.next_item()
        window.open_show_of_hands()  # the vote entry's keys and mnemonics shown too
        keys = collect(window)
        assert not clashes(keys), [(a.text, a.what, b.what) for a, b in clashes(keys)]
        qtbot.keyClick(window, K.Key_F1)
        listed = dict(window.overlay.rows())
        for shortcut in window.findChildren(QShortcut):
            text = shortcut.key().toString(QKeySequence.SequenceFormat.NativeText)
            assert listed.get(text), text  # listed, with what it does in the window's language
        assert len(listed) >= 25
        qtbot.keyClick(window, K.Key_Escape)
        assert not window.overlay.isVisible()
        qtbot.keyClick(window, K.Key_Question)
        assert window.overlay.isVisible()
    finally:
        i18n.install("en")


def test_speakers_are_reordered_and_withdrawn_by_keys_and_pgup_takes_the_previous_item_up_again(mode):
    window, clock, ctx, mid, con = mode
    members = [a for a in window.room["attendees"] if a["member"]]
    press(window, K.Key_PageDown)
    press(window, K.Key_PageDown)  # the second item
    first, second = (row[0] for row in con.execute(
        "SELECT id FROM agenda_item WHERE meeting_id = ? ORDER BY position", (mid,)))
    for a in members[:3]:
        press(window, K.Key_F3)
        type_text(window.speaker_entry, a["name"])
        press(window, K.Key_Return, widget=window.speaker_entry)
    window.speakers.setFocus()
    window.speakers.setCurrentRow(2)
    press(window, K.Key_Up, Qt.KeyboardModifier.AltModifier, widget=window.speakers)
    order = [s["person_id"] for s in window.current()["speakers"]]
    assert order == [members[0]["person_id"], members[2]["person_id"], members[1]["person_id"]]
    assert [r[0] for r in con.execute("SELECT person_id FROM speaker_request WHERE item_id = ? ORDER BY position",
                                      (second,))] == order
    window.speakers.setCurrentRow(0)
    press(window, K.Key_Delete, widget=window.speakers)
    assert [s["person_id"] for s in window.current()["speakers"]] == order[1:]
    clock.advance(60)
    press(window, K.Key_PageUp)  # back to the first item: it runs again, the second waits
    assert window.current()["id"] == first
    assert con.execute("SELECT ended_at FROM agenda_item WHERE id = ?", (first,)).fetchone()[0] is None
    assert con.execute("SELECT ended_at FROM agenda_item WHERE id = ?", (second,)).fetchone()[0] == stamp(clock)


def test_meeting_mode_fits_a_1366_by_768_screen(mode):
    window = mode[0]
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint


def test_a_joint_meetings_vote_counted_per_body_is_shown_per_body_here_and_on_the_projector(mode):
    """The show of hands counted in each body (as the Minutes tab records it): meeting mode's vote panel and
    the projector say each body's count and whether its own majority passed it, in the room's languages."""
    window, clock, ctx, mid, con = mode
    members = [n for n, a in enumerate(window.room["attendees"]) if a["member"]]
    arrive_by_keys(window, members)  # 13: eleven of the council, six of the department, four on both
    press(window, K.Key_PageDown)
    press(window, K.Key_F7)
    for n, text in enumerate(("9", "4", "0")):
        if n:
            press(window, K.Key_Tab)
        QApplication.focusWidget().selectAll()
        type_text(QApplication.focusWidget(), text)
    press(window, K.Key_Return)
    assert window.message.text() == ""
    assert window.vote_result.text() == "For 9, against 4, abstained 0 — adopted"
    resolution = con.execute("SELECT r.id FROM resolution r JOIN agenda_item i ON i.id = r.item_id "
                             "WHERE i.meeting_id = ? AND i.position = 1", (mid,)).fetchone()[0]
    council, department = (b["id"] for b in ctx.views.meeting_record(mid)["bodies"])
    # the four on both bodies against in each: the department's own majority is not there
    ctx.minutes.set_body_counts(resolution, {council: {"votes_for": 7, "votes_against": 4, "votes_abstained": 0},
                                             department: {"votes_for": 2, "votes_against": 4, "votes_abstained": 0}})
    window.reload()
    assert window.vote_result.text() == ("For 9, against 4, abstained 0 — not adopted\n"
                                         "STC MoH RK: for 7, against 4, abstained 0 — adopted\n"
                                         "DLHS NAS RK: for 2, against 4, abstained 0 — not adopted")
    press(window, K.Key_F7)  # opened again under the bodies' lines: the counts recorded, the window fits the laptop
    assert window.hands.isVisible() and [box.value() for box in window.counts] == [9, 4, 0]
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768, hint
    window.hands.hide()
    window.room_lang.setCurrentIndex(window.room_lang.findData("kk+ru"))
    projector = window.open_projector()
    texts = projector.texts()
    assert texts["vote"] == ("1.1 бойынша дауыс беру: жақтап — 9, қарсы — 4, қалыс — 0\n"
                             "Голосование по 1.1: за — 9, против — 4, воздержались — 0")
    assert texts["by_body"] == ("ҚР ДСМ ҒТК: жақтап 7, қарсы 4, қалыс 0 — қабылданды\n"
                                "ҚР ҰҒА ӨДҒБ: жақтап 2, қарсы 4, қалыс 0 — қабылданбады\n"
                                "НТС МЗ РК: за 7, против 4, воздержались 0 — принято\n"
                                "ОНЖЗ НАН РК: за 2, против 4, воздержались 0 — не принято")
    assert texts["outcome"] == "Шешім қабылданбады\nРешение не принято"
    projector.close()
