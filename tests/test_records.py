"""One call writes any editable field by its column name: `ctx.records.update(kind, id, {column: value})`."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from test_restore import dump

from council_desktop.domain.errors import CouncilError
from council_desktop.domain.models import (
    AgendaItem,
    Assignment,
    CouncilBody,
    Meeting,
    Membership,
    Organization,
    Person,
    Project,
    Resolution,
    Speech,
)
from council_desktop.services.records import EDITABLE, LINKS, REGISTRY


def first_resolution(record: dict) -> dict:
    return next(r for item in record["agenda"] for r in item["resolutions"] if r["assignments"])


def test_what_an_editor_may_change_are_columns_of_the_models():
    models = {"meeting": Meeting, "agenda_item": AgendaItem, "speech": Speech, "resolution": Resolution,
              "assignment": Assignment, "person": Person, "organization": Organization,
              "council_body": CouncilBody, "membership": Membership, "project": Project}
    assert set(EDITABLE) == set(models)
    assert set(REGISTRY) == {"person", "organization", "council_body", "membership", "project"}
    for kind, (model, _label, columns) in EDITABLE.items():
        assert model is models[kind]
        assert model.__tablename__ == kind  # the kind is the table, as the change stream names it
        assert columns <= set(model.__table__.columns.keys()), kind
        assert not columns & {"id", "uuid", "version", "created_at", "updated_at", "search_key"}
        # a meeting's and an assignment's status have calls of their own (lifecycle, follow-up); a project's not
        assert "status" not in columns or kind == "project"
    assert LINKS == {"agenda_item": {"rapporteurs", "co_rapporteurs"}, "resolution": {"body_counts"}}


def test_each_kind_is_written_by_its_column_names_and_read_back_by_them(demo):
    ctx, joint = demo
    record = ctx.views.meeting_record(joint)
    item, resolution = record["agenda"][0], first_resolution(record)
    speech = next(sp for i in record["agenda"] for sp in i["speeches"])
    assignment = resolution["assignments"][0]
    present = resolution["present"]

    ctx.records.update("meeting", joint, {"place_kk": "Кіші зал", "start_time": "11:30"},
                       expected_version=record["version"])
    ctx.records.update("agenda_item", item["id"], {"heard_en": " Heard. ", "planned_minutes": 25},
                       expected_version=item["version"])
    ctx.records.update("speech", speech["id"], {"gist_ru": "Кратко."}, expected_version=speech["version"])
    ctx.records.update("resolution", resolution["id"], {"votes_for": present - 2, "votes_against": 1,
                                                        "votes_abstained": 1, "unanimous": False},
                       expected_version=resolution["version"])
    ctx.records.update("assignment", assignment["id"], {"task_en": "Report", "deadline": "2026-12-01"},
                       expected_version=assignment["version"])

    after = ctx.views.meeting_record(joint)
    item_after = after["agenda"][0]
    res_after = first_resolution(after)
    assert (after["place_kk"], after["start_time"]) == ("Кіші зал", "11:30")
    assert (item_after["heard_en"], item_after["planned_minutes"]) == ("Heard.", 25)
    assert next(sp for i in after["agenda"] for sp in i["speeches"] if sp["id"] == speech["id"])["gist_ru"] == "Кратко."
    assert (res_after["votes_for"], res_after["votes_against"], res_after["votes_abstained"],
            res_after["unanimous"]) == (present - 2, 1, 1, False)
    asg = res_after["assignments"][0]
    assert (asg["task_en"], asg["deadline"]) == ("Report", "2026-12-01")
    # one new version per call, whatever it changed
    assert item_after["version"] == item["version"] + 1 and res_after["version"] == resolution["version"] + 1
    # the printed view names the counts by the same columns
    printed = next(r for i in ctx.views.meeting(joint, "en")["agenda"] for r in i["resolutions"]
                   if r["id"] == resolution["id"])
    assert (printed["votes_for"], printed["votes_against"], printed["votes_abstained"]) == (present - 2, 1, 1)


@pytest.mark.parametrize("kind, field", [
    ("agenda_item", "votes_for"),  # a column of another kind
    ("resolution", "for"),  # the document's name, not the column's
    ("meeting", "heard_kk"), ("meeting", "status"), ("meeting", "version"), ("meeting", "number_1"),
    ("assignment", "status"),  # follow-up has its own call, after signing too
    ("speech", "gist"),
])
def test_a_field_that_is_not_an_editable_column_is_refused_and_nothing_written(demo, kind, field):
    ctx, joint = demo
    record = ctx.views.meeting_record(joint)
    ident = {"meeting": joint, "agenda_item": record["agenda"][0]["id"],
             "resolution": first_resolution(record)["id"],
             "assignment": first_resolution(record)["assignments"][0]["id"],
             "speech": next(sp for i in record["agenda"] for sp in i["speeches"])["id"]}[kind]
    before = dump(ctx)
    with pytest.raises(CouncilError) as exc:
        ctx.records.update(kind, ident, {"place_ru": "x", field: 1} if kind == "meeting" else {field: 1})
    assert exc.value.code == "invalid_value" and f"{kind}.{field}" in exc.value.message("en")
    assert dump(ctx) == before
    with pytest.raises(CouncilError):
        ctx.records.update("attendance", 1, {})  # not edited field by field
    with pytest.raises(CouncilError):
        ctx.records.update("agenda_item", record["agenda"][0]["id"], {}, numbers={1: 5})


def test_registry_records_are_created_and_changed_by_their_columns_under_their_rules(demo):
    ctx, joint = demo
    body = ctx.views.meeting_record(joint)["bodies"][0]["id"]
    before = dump(ctx)
    refused = [  # each: one clear refusal, nothing written
        ("person", {"surname": "  ", "given_name": "Арман"}, "required"),
        ("person", {"surname": "Ахметов", "email": "not-an-address"}, "invalid_email"),
        ("person", {"surname": "Ахметов", "search_key": "x"}, "invalid_value"),
        ("organization", {"short_name": "ҰҒА"}, "required"),
        ("council_body", {"name_ru": "Совет", "quorum_rule": "fixed"}, "quorum_fixed_missing"),
        ("project", {"field": "геномика"}, "required"),
        ("membership", {"body_id": body, "person_id": 10**9, "start_date": "2026-01-01"}, "not_found"),
        ("meeting", {"place_ru": "Зал"}, "invalid_value"),  # a meeting is planned, not created so
    ]
    for kind, values, code in refused:
        with pytest.raises(CouncilError) as exc:
            ctx.records.create(kind, values)
        assert (kind, exc.value.code) == (kind, code)
    assert dump(ctx) == before

    org = ctx.records.create("organization", {"name_ru": " Институт генетики ", "short_name": "ИГ"})
    person = ctx.records.create("person", {"surname": "Ахметов", "given_name": "Арман", "organization_id": org})
    term = ctx.records.create("membership", {"body_id": body, "person_id": person, "role": "member",
                                             "start_date": "2026-01-01", "basis": "Приказ № 5"})
    assert ctx.registry.organization(org)["name_ru"] == "Институт генетики"  # trimmed, as typed elsewhere
    assert ctx.registry.person(person)["organization_id"] == org
    version = ctx.registry.person(person)["version"]
    assert ctx.records.update("person", person, {"phone": "+7 700 000 00 00"}, expected_version=version) \
        == version + 1
    with pytest.raises(CouncilError) as exc:  # a copy shown before that change
        ctx.records.update("person", person, {"phone": "+7 701"}, expected_version=version)
    assert exc.value.code == "stale_edit"
    with pytest.raises(CouncilError) as exc:  # a term ending before it began
        ctx.records.update("membership", term, {"end_date": "2025-12-31"})
    assert exc.value.code == "date_order"
    with pytest.raises(CouncilError) as exc:  # a term is not moved to another body or person
        ctx.records.update("membership", term, {"person_id": 1})
    assert exc.value.code == "invalid_value"
    ctx.records.update("membership", term, {"end_date": "2026-06-30"})
    terms = {t["id"]: t for t in ctx.registry.memberships(body)}
    assert (terms[term]["start_date"], terms[term]["end_date"], terms[term]["basis"]) == ("2026-01-01", "2026-06-30",
                                                                                 "Приказ № 5")


def test_one_call_is_one_transaction_and_refused_whole(demo):
    ctx, joint = demo
    record = ctx.views.meeting_record(joint)
    resolution = first_resolution(record)
    before = dump(ctx)
    # a good text with an impossible vote: neither is written
    with pytest.raises(CouncilError) as exc:
        ctx.records.update("resolution", resolution["id"], {"text_en": "Changed", "votes_for": 10_000})
    assert exc.value.code == "vote_exceeds_present"
    # an exception without its reason
    with pytest.raises(CouncilError) as exc:
        ctx.records.update("resolution", resolution["id"], {"text_en": "Changed", "adopted_override": True})
    assert exc.value.code == "required"
    # a stale version
    ctx.records.update("resolution", resolution["id"], {"text_en": "First"}, expected_version=resolution["version"])
    after_first = dump(ctx)
    with pytest.raises(CouncilError) as exc:
        ctx.records.update("resolution", resolution["id"], {"text_en": "Second"},
                           expected_version=resolution["version"])
    assert exc.value.code == "stale_edit"
    assert dump(ctx) == after_first != before
    # a deadline before the meeting, on an assignment; an empty title
    with pytest.raises(CouncilError):
        ctx.records.update("assignment", resolution["assignments"][0]["id"], {"deadline": "2000-01-01"})
    with pytest.raises(CouncilError):
        ctx.records.update("agenda_item", record["agenda"][0]["id"],
                           {"title_kk": "", "title_ru": "", "title_en": ""})
    assert dump(ctx) == after_first


def test_a_signed_meeting_is_not_edited_through_it(demo):
    ctx, joint = demo
    ctx.protocols.sign(joint, "ru")
    record = ctx.views.meeting_record(joint)
    before = dump(ctx)
    for kind, ident, values in (("meeting", joint, {"place_ru": "x"}),
                                ("agenda_item", record["agenda"][0]["id"], {"heard_ru": "x"}),
                                ("resolution", first_resolution(record)["id"], {"text_ru": "x"}),
                                ("assignment", first_resolution(record)["assignments"][0]["id"], {"task_ru": "x"})):
        with pytest.raises(CouncilError) as exc:
            ctx.records.update(kind, ident, values)
        assert exc.value.code == "protocol_locked", kind
    assert dump(ctx) == before


def test_the_meeting_editor_keeps_its_fields_by_the_column_names_it_writes(demo, qtbot):
    """Every field the editor stages is one the generic call takes: no renaming between read and write."""
    from council_desktop.ui.meeting_editor import MeetingEditor

    ctx, joint = demo
    editor = MeetingEditor(ctx, joint)
    qtbot.addWidget(editor)
    kinds = set()
    for (kind, _ident), fields in editor.records.items():
        kind = "agenda_item" if kind == "item" else kind
        kinds.add(kind)
        columns = EDITABLE[kind][2] | LINKS.get(kind, frozenset())
        assert {f for f in fields if not f.startswith("number_")} <= columns, kind
    assert kinds == set(EDITABLE) - set(REGISTRY)


def test_the_registry_editors_keep_their_fields_by_the_column_names_they_write(demo, qtbot):
    from council_desktop.ui.bodies import BodyEditor
    from council_desktop.ui.people import OrganisationEditor, PersonEditor
    from council_desktop.ui.projects import ProjectEditor

    ctx, _joint = demo
    kinds = set()
    for cls in (PersonEditor, OrganisationEditor, BodyEditor, ProjectEditor):
        editor = cls(ctx)
        qtbot.addWidget(editor)
        kinds.add(editor.kind)
        assert set(editor.widgets) <= EDITABLE[editor.kind][2], editor.kind
        assert set(editor.defaults()) <= set(editor.widgets), editor.kind
    assert kinds | {"membership"} == set(REGISTRY)  # a term is added and ended in the body editor's panel


def test_the_meeting_editors_edit_undo_and_redo_each_go_through_the_one_call(demo, qtbot):
    from council_desktop.ui.meeting_editor import MeetingEditor

    ctx, joint = demo
    calls = []
    update = ctx.records.update

    def recorded(kind, ident, values, **kw):
        calls.append((kind, ident, dict(values)))
        return update(kind, ident, values, **kw)

    ctx.records.update = recorded
    editor = MeetingEditor(ctx, joint)
    qtbot.addWidget(editor)
    editor.show()
    tab = editor.minutes
    editor.tabs.setCurrentWidget(tab)
    rid = tab.current_resolution_id()
    was = dict(editor.records[("resolution", rid)])
    before = was["votes_against"]
    present = editor.record["present_members"]
    wanted = {"votes_for": present - 1, "votes_against": 1, "votes_abstained": 0}
    assert was["votes_against"] != 1
    tab.votes_for.setValue(present - 1)
    tab.votes_against.setValue(1)
    tab.votes_abstained.setValue(0)
    assert editor.save() is True
    # only what changed, by the columns' names; a count typed ends a unanimous vote
    assert calls == [("resolution", rid, {**{f: v for f, v in wanted.items() if was[f] != v},
                                          **({"unanimous": False} if was["unanimous"] else {})})]
    saved = next(r for i in ctx.views.meeting_record(joint)["agenda"] for r in i["resolutions"] if r["id"] == rid)
    assert (saved["votes_for"], saved["votes_against"]) == (present - 1, 1)
    # undo: each step written at once, by the same call; back as it was
    done = len(calls)
    while editor.undo_stack.canUndo():
        editor.undo_stack.undo()
    assert not editor.has_unsaved_changes() and len(calls) > done

    def stored_vote():
        res = next(r for i in ctx.views.meeting_record(joint)["agenda"] for r in i["resolutions"] if r["id"] == rid)
        return {f: res[f] for f in (*wanted, "unanimous")}
    assert stored_vote() == {f: was[f] for f in (*wanted, "unanimous")}
    assert stored_vote()["votes_against"] == before
    # redo: the same
    while editor.undo_stack.canRedo():
        editor.undo_stack.redo()
    assert not editor.has_unsaved_changes()
    assert stored_vote() == {**wanted, "unanimous": False}
    assert {kind for kind, _i, _v in calls} == {"resolution"}


def test_a_draft_kept_before_the_counts_had_their_column_names_is_restored_under_them(demo, qtbot):
    """A draft file written by the previous version names the counts "for" and "against"."""
    import json

    import shiboken6

    from council_desktop.ui import staging
    from council_desktop.ui.meeting_editor import MeetingEditor

    ctx, mid = demo
    editor = MeetingEditor(ctx, mid)
    editor.show()
    editor.tabs.setCurrentWidget(editor.minutes)
    rid, too_many = editor.minutes.current_resolution_id(), editor.record["present_members"] + 5
    editor.minutes.votes_for.setValue(too_many)
    editor.minutes.votes_against.setValue(1)
    assert editor.save() is False  # refused: kept as a draft
    shiboken6.delete(editor)
    path = staging.draft_path(ctx.location, f"meeting-{mid}")
    draft = json.loads(path.read_text(encoding="utf-8"))
    [(kind, ident, values)] = draft["pending"]
    assert (kind, ident) == ("resolution", rid) and values["votes_for"] == too_many
    values["for"], values["against"] = values.pop("votes_for"), values.pop("votes_against")
    path.write_text(json.dumps(draft), encoding="utf-8")

    again = MeetingEditor(ctx, mid)
    qtbot.addWidget(again)
    again.show()
    qtbot.mouseClick(again.draft_note.restore_button, Qt.MouseButton.LeftButton)
    assert (again.value("resolution", rid, "votes_for"), again.value("resolution", rid, "votes_against")) == \
        (too_many, 1)
    assert "for" not in again.pending[("resolution", rid)]
    again.discard()
