"""Undoing a removal puts the record back exactly: place, UUID, votes as recorded, follow-up, files."""
from __future__ import annotations

import pytest
from sqlalchemy import event

from council_desktop.domain.errors import CouncilError, ProtocolLocked


def dump(ctx) -> list[str]:
    """Every row of the database file, the audit trail included."""
    raw = ctx.engine.raw_connection()
    try:
        return list(raw.driver_connection.iterdump())
    finally:
        raw.close()


def without_ids(value):
    """A view with the integer keys left out: those are the one thing a restore may change."""
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k != "id"}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def follow_up(ctx, meeting_id):
    return sorted((a["uuid"], a["status"], a["done_on"], a["checked_meeting_id"], a["report"], a["deadline"])
                  for a in ctx.minutes.assignments() if a["meeting_id"] == meeting_id)


def file_contents(ctx, meeting_id):
    return sorted(ctx.meetings.file_content(f["id"]) for item in ctx.views.meeting(meeting_id)["agenda"]
                  for p in item["presentations"] for f in p["files"])


def commits(ctx) -> list:
    seen = []
    event.listen(ctx.engine, "commit", lambda _conn: seen.append(1))
    return seen


@pytest.fixture
def minutes(demo, tmp_path):
    """The demo meeting's second item made to carry everything a removal must not lose."""
    ctx, meeting = demo
    item = ctx.views.meeting(meeting)["agenda"][1]
    first, second = item["resolutions"][:2]
    ctx.minutes.record_vote(first["id"], unanimous=True)
    ctx.minutes.set_exception(second["id"], False, "отозвано заявителем")
    later = next(m["id"] for m in ctx.views.meetings() if m["id"] != meeting)
    task = second["assignments"][0]["id"]
    ctx.minutes.set_assignment_status(task, "done", checked_meeting=later, done_on="2026-05-22",
                                      report="Перечень утверждён приказом № 112")
    slides = tmp_path / "форсайт.pdf"
    slides.write_bytes(b"%PDF-1.4 slides \x00\xff")
    ctx.meetings.attach_file(item["presentations"][0]["id"], slides)
    return ctx, meeting, item["id"]


def test_an_item_removed_and_restored_is_the_same_record_but_for_its_ids(minutes):
    ctx, meeting, item_id = minutes
    before = ctx.views.meeting(meeting)
    tasks, files = follow_up(ctx, meeting), file_contents(ctx, meeting)
    assert any(t[1] == "done" and t[3] and t[4] for t in tasks) and files
    assert before["agenda"][1]["resolutions"][0]["unanimous"]

    saved = ctx.restore.snapshot("item", item_id)
    ctx.meetings.remove_item(item_id)
    assert [i["position"] for i in ctx.views.meeting(meeting)["agenda"]] == [1, 2, 3]
    assert file_contents(ctx, meeting) == []

    ids: dict = {}
    new = ctx.restore.restore(saved, ids)
    after = ctx.views.meeting(meeting)
    assert after["agenda"][1]["id"] == new and ids[("item", item_id)] == new
    assert without_ids(after) == without_ids(before)
    assert follow_up(ctx, meeting) == tasks
    assert file_contents(ctx, meeting) == files
    rapporteurs = [(r["uuid"], r["role"]) for r in before["agenda"][1]["rapporteurs"]]
    assert [(r["uuid"], r["role"]) for r in after["agenda"][1]["rapporteurs"]] == rapporteurs
    # every record under it is named, for an editor whose commands refer to the old ids
    assert {kind for kind, _old in ids} == {"item", "rapporteur", "presentation", "file", "speech",
                                            "resolution", "assignment"}


def test_resolution_1_1_removed_and_restored_comes_back_as_1_1(minutes):
    ctx, meeting, _item = minutes
    item = ctx.views.meeting(meeting)["agenda"][0]
    ctx.minutes.add_resolution(item["id"], {"ru": "Принять к сведению"}, {"votes_for": 9, "votes_against": 1})
    before = ctx.views.meeting(meeting)
    first, second = before["agenda"][0]["resolutions"]
    saved = ctx.restore.snapshot("resolution", first["id"])
    ctx.minutes.remove_resolution(first["id"])
    moved = ctx.views.meeting(meeting)["agenda"][0]["resolutions"]
    assert [(r["uuid"], r["number"]) for r in moved] == [(second["uuid"], "1.1")]

    ctx.restore.restore(saved)
    after = ctx.views.meeting(meeting)["agenda"][0]["resolutions"]
    assert [(r["number"], r["uuid"]) for r in after] == [("1.1", first["uuid"]), ("1.2", second["uuid"])]
    assert without_ids(ctx.views.meeting(meeting)) == without_ids(before)


def test_assignment_and_speech_come_back_in_their_place(minutes):
    ctx, meeting, _item_id = minutes
    before = ctx.views.meeting(meeting)
    tasks = follow_up(ctx, meeting)
    resolution = before["agenda"][1]["resolutions"][1]
    done = next(a for a in resolution["assignments"] if a["status"] == "done")
    assert resolution["assignments"][0] is done and len(resolution["assignments"]) > 1
    saved = ctx.restore.snapshot("assignment", done["id"])
    ctx.minutes.remove_assignment(done["id"])
    speech = before["agenda"][2]["speeches"][0]
    said = ctx.restore.snapshot("speech", speech["id"])
    ctx.minutes.remove_speech(speech["id"])

    ctx.restore.restore(said)
    ctx.restore.restore(saved)
    assert without_ids(ctx.views.meeting(meeting)) == without_ids(before)
    assert follow_up(ctx, meeting) == tasks


def test_a_vote_is_restored_as_recorded_though_attendance_dropped_below_it_in_one_transaction(minutes):
    ctx, meeting, item_id = minutes
    resolution = ctx.views.meeting(meeting)["agenda"][1]["resolutions"][1]
    recorded = (resolution["votes_for"], resolution["votes_against"], resolution["votes_abstained"])
    saved = ctx.restore.snapshot("item", item_id)
    ctx.meetings.remove_item(item_id)
    present = [a["id"] for a in ctx.views.meeting(meeting)["attendance"] if a["attends"]]
    for person in present[:6]:
        ctx.meetings.set_attendance(meeting, person, "absent")
    assert ctx.meetings.quorum(meeting).present_members < resolution["votes_for"]

    seen = commits(ctx)
    ctx.restore.restore(saved)
    assert len(seen) == 1
    after = ctx.views.meeting(meeting)["agenda"][1]["resolutions"]
    assert (after[1]["uuid"], (after[1]["votes_for"], after[1]["votes_against"], after[1]["votes_abstained"])) == \
        (resolution["uuid"], recorded)
    assert after[0]["unanimous"]


def refused_leaving_all_as_it_was(ctx, saved, error=CouncilError) -> CouncilError:
    before = dump(ctx)
    with pytest.raises(error) as exc:
        ctx.restore.restore(saved)
    assert dump(ctx) == before
    return exc.value


def removed_first_resolution(ctx, meeting) -> dict:
    rid = ctx.views.meeting(meeting)["agenda"][1]["resolutions"][0]["id"]
    saved = ctx.restore.snapshot("resolution", rid)
    ctx.minutes.remove_resolution(rid)
    return saved


def test_a_restore_failing_part_way_leaves_nothing_behind(minutes):
    ctx, _meeting, item_id = minutes
    saved = ctx.restore.snapshot("item", item_id)
    ctx.meetings.remove_item(item_id)
    # the last record of the tree names a person who is not in the registry: the insert fails at the end
    last = saved["children"]["resolutions"][-1]["children"]["assignments"][-1]
    last["row"]["responsible_person_id"] = 10 ** 6
    refused_leaving_all_as_it_was(ctx, saved)


def test_restoring_twice_is_refused(minutes):
    ctx, meeting, _item_id = minutes
    saved = removed_first_resolution(ctx, meeting)
    ctx.restore.restore(saved)
    assert refused_leaving_all_as_it_was(ctx, saved).code == "stale_edit"


def test_restore_is_refused_on_a_signed_meeting_and_nothing_changes(minutes):
    ctx, meeting, _item_id = minutes
    saved = removed_first_resolution(ctx, meeting)
    ctx.protocols.sign(meeting, "ru")
    refused_leaving_all_as_it_was(ctx, saved, ProtocolLocked)


def test_a_snapshot_is_plain_data(minutes):
    ctx, _meeting, item_id = minutes
    saved = ctx.restore.snapshot("item", item_id)

    def leaves(value):
        if isinstance(value, dict):
            for v in value.values():
                yield from leaves(v)
        elif isinstance(value, list):
            for v in value:
                yield from leaves(v)
        else:
            yield value
    assert {type(v).__module__ for v in leaves(saved)} <= {"builtins", "datetime"}
    assert any(isinstance(v, bytes) and v.startswith(b"%PDF") for v in leaves(saved))
