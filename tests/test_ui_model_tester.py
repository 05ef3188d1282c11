"""Qt's model tester (pytest-qt's `qtmodeltester`) on every item model of the window.

Each model is found by introspection of `council_desktop.ui`, so a new model without a case here fails
`test_every_model_has_a_model_tester_case`. Each case shows the demo database, and the tester stays
connected while a record is added, removed and the model reset, the way the window changes it.
"""
from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QAbstractItemModel
from PySide6.QtTest import QAbstractItemModelTester

import council_desktop.ui

pytestmark = pytest.mark.usefixtures("english_ui")

# bases every model of the window derives from: they are checked through each subclass
BASES = {"council_desktop.ui.models.base.RowsModel", "council_desktop.ui.models.meeting_models.EditorRows"}


def model_classes() -> dict[str, type]:
    """Every QAbstractItemModel subclass defined in council_desktop.ui, by its qualified name."""
    for module in pkgutil.walk_packages(council_desktop.ui.__path__, "council_desktop.ui."):
        importlib.import_module(module.name)
    found, todo = {}, [QAbstractItemModel]
    while todo:
        for sub in todo.pop().__subclasses__():
            todo.append(sub)
            if sub.__module__.startswith("council_desktop.ui."):
                found[f"{sub.__module__}.{sub.__qualname__}"] = sub
    return found


class Demo:
    """The demo database, and the meeting editor on its joint meeting when a case needs it."""

    def __init__(self, ctx, meeting_id, qtbot):
        self.ctx, self.meeting_id, self.qtbot = ctx, meeting_id, qtbot
        self._editor = None

    @property
    def editor(self):
        if self._editor is None:
            from council_desktop.ui.meeting_editor import MeetingEditor
            self._editor = MeetingEditor(self.ctx, self.meeting_id)
            self.qtbot.addWidget(self._editor)
        return self._editor

    def item_with_everything(self) -> dict:
        """The demo's agenda item with speeches, resolutions with assignments, and presentations."""
        record = self.ctx.views.meeting_record(self.meeting_id, "en")
        return next(i for i in record["agenda"] if i["speeches"] and i["presentations"]
                    and i["resolutions"] and i["resolutions"][0]["assignments"])

    def show_item(self, item_id: int) -> None:
        from council_desktop.ui.meeting.widgets import select_row
        editor = self.editor
        select_row(editor.agenda.view, editor.agenda.model.row_of(item_id))
        select_row(editor.minutes.items, editor.agenda.model.row_of(item_id))

    def new_person(self) -> int:
        return self.ctx.records.create("person", {"surname": "Тестова", "given_name": "Айгерим"})

    def delete_row(self, kind, ident: int) -> None:
        """Another client deletes a record (the program itself never deletes these)."""
        with self.ctx.sessions.begin() as s:
            s.delete(s.get(kind, ident))


def add_person(d: Demo) -> Callable[[], None]:
    pid = d.new_person()
    return lambda: d.ctx.registry.delete_person(pid)


@dataclass
class Case:
    make: Callable[[Demo], QAbstractItemModel]  # the model, showing demo rows
    add: Callable[[Demo], Callable[[], None]]  # adds one shown record through the services; returns its removal
    refresh: Callable[[Demo, QAbstractItemModel], None] = lambda demo, model: model.reload()
    size: Callable[[QAbstractItemModel], int] = field(default=lambda model: model.rowCount())
    follows: bool = False  # the model follows the change stream (RowsModel.follow_changes), as its view makes it


def registry_models() -> dict[str, Case]:
    from council_desktop.domain.models import CouncilBody, Organization, Project
    from council_desktop.ui.models.assignments import AssignmentsModel
    from council_desktop.ui.models.bodies import BodiesModel, MembershipsModel
    from council_desktop.ui.models.meetings import MeetingsModel
    from council_desktop.ui.models.organisations import OrganisationsModel
    from council_desktop.ui.models.people import PeopleModel
    from council_desktop.ui.models.projects import ProjectsModel

    def add_meeting(d):
        mid = d.ctx.meetings.plan([d.ctx.registry.bodies()[0]["id"]], "2026-05-14")
        return lambda: d.ctx.meetings.delete(mid)

    def add_organisation(d):
        oid = d.ctx.records.create("organization", {"name_ru": "Тестовый центр"})
        return lambda: d.delete_row(Organization, oid)

    def add_body(d):
        bid = d.ctx.records.create("council_body", {"name_ru": "Тестовая секция"})
        return lambda: d.delete_row(CouncilBody, bid)

    def memberships(d):
        model = MembershipsModel(d.ctx)
        model.set_body(d.ctx.registry.bodies()[0]["id"])
        return model

    def add_membership(d):
        term = d.ctx.records.create("membership", {"body_id": d.ctx.registry.bodies()[0]["id"],
                                                   "person_id": d.new_person(), "start_date": "2026-01-01"})
        return lambda: d.ctx.registry.delete_membership(term)

    def add_project(d):
        pid = d.ctx.records.create("project", {"title_ru": "Тестовый проект"})
        return lambda: d.delete_row(Project, pid)

    def add_followed_assignment(d):
        resolution = d.item_with_everything()["resolutions"][0]["id"]
        aid = d.ctx.minutes.add_assignment(resolution, {"ru": "Проверить"}, deadline="2026-06-01")
        return lambda: d.ctx.minutes.remove_assignment(aid)

    return {
        "council_desktop.ui.models.meetings.MeetingsModel": Case(lambda d: MeetingsModel(d.ctx), add_meeting, follows=True),
        # a page of 5 so that the tester fetches more as a view scrolling would
        "council_desktop.ui.models.people.PeopleModel": Case(lambda d: PeopleModel(d.ctx, page=5), add_person,
                                                             size=lambda model: model.total, follows=True),
        "council_desktop.ui.models.organisations.OrganisationsModel": Case(lambda d: OrganisationsModel(d.ctx),
                                                                           add_organisation, follows=True),
        "council_desktop.ui.models.bodies.BodiesModel": Case(lambda d: BodiesModel(d.ctx), add_body, follows=True),
        "council_desktop.ui.models.bodies.MembershipsModel": Case(memberships, add_membership, follows=True),
        "council_desktop.ui.models.projects.ProjectsModel": Case(lambda d: ProjectsModel(d.ctx), add_project, follows=True),
        "council_desktop.ui.models.assignments.AssignmentsModel": Case(lambda d: AssignmentsModel(d.ctx),
                                                                       add_followed_assignment, follows=True),
    }


def editor_models() -> dict[str, Case]:
    """The meeting editor's tables, on its demo meeting, changed through the services and shown again."""
    def reread(d, model):
        d.editor.reload()

    def on_item(tab_model: Callable):
        def make(d):
            d.show_item(d.item_with_everything()["id"])
            return tab_model(d.editor)
        return make

    def add_guest(d):
        pid = d.new_person()
        d.ctx.meetings.add_attendee(d.meeting_id, pid)
        return lambda: d.ctx.meetings.remove_attendee(d.meeting_id, pid)

    def add_item(d):
        iid = d.ctx.meetings.add_item(d.meeting_id, {"title_ru": "Разное"})
        return lambda: d.ctx.meetings.remove_item(iid)

    def add_presentation(d):
        pid = d.ctx.meetings.add_presentation(d.item_with_everything()["id"], d.ctx.meetings.projects()[0]["id"])
        return lambda: d.ctx.meetings.remove_presentation(pid)

    def add_speech(d):
        sid = d.ctx.minutes.add_speech(d.item_with_everything()["id"], d.new_person(), {"ru": "Поддержал"})
        return lambda: d.ctx.minutes.remove_speech(sid)

    def add_resolution(d):
        rid = d.ctx.minutes.add_resolution(d.item_with_everything()["id"], {"ru": "Принять к сведению"})
        return lambda: d.ctx.minutes.remove_resolution(rid)

    def add_assignment(d):
        resolution = d.item_with_everything()["resolutions"][0]["id"]
        aid = d.ctx.minutes.add_assignment(resolution, {"ru": "Доложить"})
        return lambda: d.ctx.minutes.remove_assignment(aid)

    def picker_people(d):
        from council_desktop.ui.models import meeting_models
        model = meeting_models.FoundPeopleRows()
        model.set_rows(d.ctx.registry.people("", limit=50, lang="en"))
        return model

    def picker_search_again(d, model):
        model.set_rows(d.ctx.registry.people("", limit=50, lang="en"))

    models = "council_desktop.ui.models.meeting_models."
    return {
        models + "AttendanceModel": Case(lambda d: d.editor.attendance.model, add_guest, reread),
        models + "AgendaModel": Case(lambda d: d.editor.agenda.model, add_item, reread),
        models + "PresentationsModel": Case(on_item(lambda e: e.agenda.presentations_model), add_presentation,
                                            reread),
        models + "SpeechesModel": Case(on_item(lambda e: e.minutes.speeches_model), add_speech, reread),
        models + "ResolutionsModel": Case(on_item(lambda e: e.minutes.resolutions_model), add_resolution, reread),
        models + "ResolutionAssignmentsRows": Case(on_item(lambda e: e.minutes.assignments_model), add_assignment, reread),
        models + "FoundPeopleRows": Case(picker_people, add_person, picker_search_again),
    }


def search_models() -> dict[str, Case]:
    """The hits of Find in minutes, as its dialog shows them."""
    def find_again(d, model):
        from council_desktop.services.search import SearchService
        hits, _more = SearchService(d.ctx.sessions).find_in_minutes("проект", "en")
        model.show_hits([h.as_dict() for h in hits])

    def hits(d):
        from council_desktop.ui.find_dialog import HitsModel
        model = HitsModel()
        find_again(d, model)
        return model

    def add_resolution(d):
        rid = d.ctx.minutes.add_resolution(d.item_with_everything()["id"], {"ru": "Одобрить проект"})
        return lambda: d.ctx.minutes.remove_resolution(rid)

    return {"council_desktop.ui.find_dialog.HitsModel": Case(hits, add_resolution, find_again)}


CASES = registry_models() | editor_models() | search_models()
MODELS = model_classes()


def test_every_model_has_a_model_tester_case():
    missing = sorted(set(MODELS) - set(CASES) - BASES)
    assert missing == [], f"models without a case in {__name__}: {missing}"


@pytest.mark.parametrize("name", sorted(set(MODELS) & set(CASES)), ids=lambda name: name.rsplit(".", 1)[-1])
def test_model_passes_the_tester_with_demo_rows_and_after_changes(name, demo, qtbot, qtmodeltester):
    case = CASES[name]
    d = Demo(*demo, qtbot)
    model = case.make(d)
    assert type(model) is MODELS[name]
    shown = case.size(model)
    assert shown > 0, "the case shows no demo rows"
    # both testers stay connected: every change below is checked too (pytest-qt fails the test on a
    # "FAIL!" warning of Qt's own tester)
    qt_tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Warning)
    qtmodeltester.check(model, force_py=True)

    if case.follows:
        model.follow_changes(d.ctx)

    def shows(rows: int) -> None:
        if case.follows:  # the write's changes bring the rows, without a reload asked for
            qtbot.waitUntil(lambda: case.size(model) == rows, timeout=5000)
        else:
            case.refresh(d, model)
        assert case.size(model) == rows

    remove = case.add(d)
    shows(shown + 1)
    remove()
    shows(shown)
    case.refresh(d, model)  # a reset with nothing changed
    assert case.size(model) == shown
    del qt_tester
