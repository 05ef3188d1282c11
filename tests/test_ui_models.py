"""People are fetched a page at a time and searched by the query; overdue assignments stand out.

Qt's model tester runs on every model in test_ui_model_tester.py."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from council_desktop.domain.models import Person
from council_desktop.ui.models.assignments import AssignmentsModel
from council_desktop.ui.models.people import PeopleModel
from council_desktop.ui.people import PeopleView
from ui_typing import type_text

pytestmark = pytest.mark.usefixtures("english_ui")


def add_people(ctx, n: int) -> None:
    rows = [{"surname": f"Тестов{i:05d}", "given_name": "Иван", "patronymic": "", "uuid": f"u-{i}",
             "search_key": f"тестов{i:05d} иван", "version": 1} for i in range(n)]
    with ctx.sessions.begin() as s:
        s.execute(insert(Person), rows)


def test_people_are_fetched_lazily(ctx, qtmodeltester):
    add_people(ctx, 5000)
    model = PeopleModel(ctx)
    assert (model.total, model.more) == (1000, True)  # the count stops past people_search.CAP
    assert model.rowCount() < 5000
    assert model.canFetchMore()
    first = model.rowCount()
    model.fetchMore()
    assert first < model.rowCount() < 5000
    qtmodeltester.check(model, force_py=True)


def test_a_broad_search_says_more_than_its_capped_count_until_scrolled_to_the_end(ctx, qtbot):
    add_people(ctx, 1234)
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    assert view.count.text() == "more than 1000 people"
    view.model.set_search("тестов0")  # Тестов00000 … Тестов00999
    assert view.count.text() == "more than 1000 people"
    view.model.set_search("тестов01")  # 01000 … 01233: counted exactly
    assert (view.count.text(), view.model.more) == ("234 people", False)
    view.model.set_search("")
    while view.model.canFetchMore():  # as the view scrolling down fetches
        view.model.fetchMore()
    assert (view.count.text(), view.model.rowCount()) == ("1234 people", 1234)
    assert [r["surname"] for r in view.model.rows] == [f"Тестов{i:05d}" for i in range(1234)]


def test_a_broad_search_typed_says_more_than_and_scrolling_to_the_end_counts_everyone(ctx, qtbot):
    add_people(ctx, 1234)
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 600)
    view.show()
    with qtbot.waitSignal(view.model.searched, timeout=10_000):
        type_text(view.search, "ТЕСТОВ0")  # all 1,234: the count stops past 1,000
    assert (view.count.text(), view.model.rowCount()) == ("more than 1000 people", 60)
    for _ in range(20):  # the table asks for the next page each time it is scrolled to its end
        view.table.scrollToBottom()
        qtbot.wait(5)
    assert (view.count.text(), view.model.rowCount(), view.model.canFetchMore()) == ("1234 people", 1234, False)
    assert [r["surname"] for r in view.model.rows] == [f"Тестов{i:05d}" for i in range(1234)]
    with qtbot.waitSignal(view.model.searched, timeout=10_000):
        type_text(view.search, "1")  # "тестов01": 01000 … 01233, counted exactly
    assert (view.count.text(), view.model.rowCount(), view.model.more) == ("234 people", 60, False)


def test_a_list_whose_last_page_is_full_is_counted_when_the_next_comes_back_empty(ctx, qtbot):
    add_people(ctx, 1200)  # six pages of 200 exactly: the end is found by a page with nobody on it
    view = PeopleView(ctx)
    qtbot.addWidget(view)
    assert view.count.text() == "more than 1000 people"
    while view.model.canFetchMore():
        view.model.fetchMore()
    assert (view.count.text(), view.model.rowCount()) == ("1200 people", 1200)


def test_people_search_folds_kazakh_and_cyrillic_case(demo):
    ctx, _ = demo
    model = PeopleModel(ctx)
    model.set_search("ҚАСЫМ")
    assert model.total == 1
    assert [(r["name"], r["surname"]) for r in model.rows] == [("Gulmira Kassymova", "Касымова")]
    model.set_search("ТУРМУХАМБЕТОВА")
    assert [r["surname"] for r in model.rows] == ["Турмухамбетова"]


def test_people_sort_is_done_by_the_query(ctx):
    add_people(ctx, 600)
    model = PeopleModel(ctx)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.rows[0]["surname"] == "Тестов00599"
    assert model.rowCount() == model.page


def test_overdue_assignments_are_coloured(demo):
    ctx, _ = demo
    model = AssignmentsModel(ctx, today=dt.date(2026, 3, 1))
    overdue = [r for r, row in enumerate(model.rows) if row["overdue"]]
    assert overdue, "the demo has an assignment due 2026-02-27"
    index = model.index(overdue[0], 0)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    on_time = next(r for r, row in enumerate(model.rows) if not row["overdue"])
    assert model.data(model.index(on_time, 0), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(overdue[0], 3)) == "overdue"


def test_small_lists_sort_by_any_column_through_the_proxy(demo, qtbot):
    from council_desktop.ui.projects import ProjectsView
    ctx, _ = demo
    view = ProjectsView(ctx)
    qtbot.addWidget(view)
    titles = [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())]
    assert titles == sorted(titles, key=str.casefold)
    for column in range(view.proxy.columnCount()):
        view.table.sortByColumn(column, Qt.SortOrder.DescendingOrder)
        values = [str(view.proxy.index(r, column).data()).casefold() for r in range(view.proxy.rowCount())]
        assert values == sorted(values, reverse=True), column


def test_people_search_runs_off_the_gui_thread(demo, qtbot):
    ctx, _ = demo
    model = PeopleModel(ctx)
    with qtbot.waitSignal(model.searched, timeout=5000):
        model.request_search("ҚАСЫМ")
    assert model.total == 1
    model.request_search("a")  # superseded before it is shown
    with qtbot.waitSignal(model.searched, timeout=5000, check_params_cb=lambda text: text == "пя"):
        model.request_search("пя")
    assert [r["surname"] for r in model.rows] == ["Пя"]


def test_body_editor_adds_a_member_and_refuses_a_term_ending_before_it_starts(demo, qtbot):
    from council_desktop.ui.bodies import BodiesView
    ctx, _ = demo
    view = BodiesView(ctx)
    qtbot.addWidget(view)
    view.show()
    panel = view.members
    before = panel.model.rowCount()
    person = ctx.registry.people("Нурмухамбетов")[0]["id"]
    panel.person.set_person(person)
    panel.start.setDate(panel.start.date().fromString("2026-03-01", "yyyy-MM-dd"))
    panel.end.setDate(panel.end.date().fromString("2026-02-01", "yyyy-MM-dd"))
    assert not panel.add_member()
    assert panel.error.isVisible() and panel.model.rowCount() == before
    panel.end.setDate(panel.end.minimumDate())  # no end
    assert panel.add_member()
    assert panel.model.rowCount() == before + 1
    assert any(r["person_id"] == person and r["end_date"] is None for r in panel.model.rows)


def test_the_meetings_list_shows_bodies_and_place_in_the_windows_language(window, qtbot):
    from council_desktop.ui import i18n

    ctx = window.ctx
    joint = next(m for m in ctx.views.meetings("ru") if m["kind"] == "joint")
    # a body with no English short name: the English list names it in full, not by another language's one
    body = joint["bodies"][1]
    ctx.records.update("council_body", body["id"], {"short_name_en": ""})
    shown = {}
    for lang in ("kk", "ru", "en"):
        assert window.set_language(lang) and i18n.current() == lang
        model = window.views["meetings"].model
        r = model.row_of(joint["id"])
        columns = [c.key for c in model.columns]
        shown[lang] = (model.index(r, columns.index("bodies")).data(Qt.ItemDataRole.DisplayRole),
                       model.index(r, columns.index("place")).data(Qt.ItemDataRole.DisplayRole))
    first = joint["bodies"][0]
    assert shown["kk"] == (f"{first['short_name_kk']}, {body['short_name_kk']}", joint["place_kk"])
    assert shown["ru"] == (f"{first['short_name']}, {body['short_name']}", joint["place_ru"])
    assert shown["en"] == (f"{first['short_name_en']}, {body['name_en']}", joint["place_en"])
