"""The same code on PostgreSQL, by a database URL (COUNCIL_TEST_PG_URL names a server to use).

`packaging/dev.sh test` starts a throw-away server and sets the variable; each test gets a
database of its own, dropped afterwards.
"""
import hashlib
import os
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.domain.errors import CouncilError, ProtocolLocked
from council_desktop.store.integrity import check

SERVER = os.environ.get("COUNCIL_TEST_PG_URL")
pytestmark = [pytest.mark.postgresql,
              pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")]


@pytest.fixture
def pg_url():
    name = f"council_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(SERVER, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    yield url
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture
def pg_demo(pg_url):
    ctx = AppContext.open(pg_url)
    meeting = ctx.demo.load()
    yield ctx, meeting
    ctx.close()


def test_schema_is_created_and_matches_the_models(pg_demo):
    ctx, _ = pg_demo
    findings = {f["check"]: f for f in check(ctx.engine)}
    assert findings["schema_revision"]["ok"]
    assert findings["schema_matches_models"]["ok"], findings["schema_matches_models"]["detail"]
    assert all(f["ok"] for f in findings.values())


def test_demo_meeting_reads_back_in_kazakh(pg_demo):
    ctx, meeting = pg_demo
    view = ctx.views.meeting(meeting, "kk")
    assert view["number"] == "1/1"
    assert view["quorum"]["reached"] and [b["present"] for b in view["quorum"]["bodies"]] == [10, 5]
    assert view["chair"]["surname"] == "Әлназарова"
    assert [p["surname_kk"] for p in ctx.registry.people("ҚАСЫМ")] == ["Қасымова"]


def test_rules_and_lock_hold_on_postgresql(pg_demo):
    ctx, meeting = pg_demo
    resolution = ctx.views.meeting(meeting)["agenda"][1]["resolutions"][0]["id"]
    with pytest.raises(CouncilError) as exc:
        ctx.minutes.record_vote(resolution, 50, 0, 0)
    assert exc.value.code == "vote_exceeds_present"
    from council_desktop.domain.models import Meeting, MeetingStatus
    with ctx.sessions.begin() as s:
        s.get(Meeting, meeting).status = MeetingStatus.PROTOCOL_SIGNED
    with pytest.raises(ProtocolLocked):
        ctx.minutes.set_heard(ctx.views.meeting(meeting)["agenda"][0]["id"], {"ru": "x"})


def test_a_merge_that_would_make_one_person_both_signatories_is_refused_on_postgresql(pg_demo):
    """domain.rules.check_signatories after a merge (services/registry.py), as on SQLite
    (tests/test_joint_signatories.py): refused in one line, nothing changed."""
    ctx, meeting = pg_demo
    body = ctx.views.meeting_record(meeting)["bodies"][1]["id"]
    twin = ctx.records.create("person", {"surname": "Акшулаков", "given_name": "С."})
    kept = next(p["id"] for p in ctx.registry.people("Акшулаков") if p["id"] != twin)
    ctx.meetings.set_signatories(meeting, body, twin, kept)

    def state():
        with ctx.engine.connect() as conn:
            return [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in ("person", "audit_entry")] + [
                conn.execute(text("SELECT signing_chair_id, signing_secretary_id FROM meeting_body "
                                  "WHERE meeting_id = :m AND body_id = :b"), {"m": meeting, "b": body}).one()]

    before = state()
    with pytest.raises(CouncilError) as exc:
        ctx.registry.merge_people(kept, twin)
    assert exc.value.code == "merge_signs_twice" and exc.value.params["body"]["en"] == "DLHS NAS RK"
    assert state() == before == [before[0], before[1], (twin, kept)]


def test_a_stale_edit_is_refused_not_overwritten(pg_demo):
    ctx, _ = pg_demo
    person = ctx.registry.people("Локшин")[0]
    ctx.records.update("person", person["id"], {"phone": "+7 700 000 00 00"}, expected_version=person["version"])
    with pytest.raises(CouncilError) as exc:
        ctx.records.update("person", person["id"], {"phone": "+7 701 111 11 11"}, expected_version=person["version"])
    assert exc.value.code == "stale_edit"
    assert ctx.registry.person(person["id"])["phone"] == "+7 700 000 00 00"


def test_the_cli_takes_a_postgresql_url(pg_url, capsys):
    assert main(["--db", pg_url, "demo"]) == 0
    assert main(["--db", pg_url, "meetings", "list", "--json"]) == 0
    out = capsys.readouterr().out
    assert "ОНЖЗ НАН РК" in out


def test_the_snapshot_reads_what_the_orm_reads_and_signs_on_postgresql(pg_demo, tmp_path):
    from test_snapshot import assert_snapshot_reads_as_the_orm

    ctx, meeting = pg_demo
    assert_snapshot_reads_as_the_orm(ctx, meeting)
    signed = ctx.protocols.sign(meeting, "kk")
    assert_snapshot_reads_as_the_orm(ctx, meeting)
    pdf = ctx.documents.render("protocol", meeting, "kk")
    assert hashlib.sha256(pdf).hexdigest() == signed["sha256"]
    out = tmp_path / "p.pdf"
    assert main(["--db", ctx.url, "protocol", str(meeting), "--lang", "kk", "--out", str(out)]) == 0
    assert out.read_bytes() == pdf


def test_every_list_reads_what_the_orm_reads_on_postgresql(pg_demo):
    from test_snapshot import assert_list_services_read_as_the_orm, assert_lists_read_as_the_orm

    ctx, _ = pg_demo
    assert assert_lists_read_as_the_orm(ctx) > 100
    assert_list_services_read_as_the_orm(ctx)


def test_the_migrations_run_on_postgresql(pg_url):
    from alembic import command

    from council_desktop.store.database import alembic_config

    ctx = AppContext.open(pg_url)
    meeting = ctx.demo.load()
    ctx.close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    ctx = AppContext.open(pg_url)  # upgraded again on opening
    try:
        assert all(f["ok"] for f in check(ctx.engine))
        body = ctx.registry.bodies("en")[0]
        assert body["short_name_en"] == "" and body["label"] == body["name"]
        assert ctx.views.meeting(meeting, "ru")["number"] == "1/1"
    finally:
        ctx.close()


def test_a_write_publishes_what_it_changed_and_a_rolled_back_one_nothing(pg_demo):
    from council_desktop.domain.errors import CouncilError

    ctx, meeting = pg_demo
    seen = []
    ctx.hub.subscribe(seen.append)
    res = next(r for i in ctx.views.meeting_record(meeting)["agenda"] for r in i["resolutions"])
    new = ctx.minutes.add_assignment(res["id"], {"ru": "На сервере"})
    ctx.minutes.remove_assignment(new)
    assert [dict(c.created) for c in seen] == [{"assignment": frozenset({new})}, {}]
    assert seen[1].deleted == {"assignment": frozenset({new})}
    assert seen[0].meetings == seen[1].meetings == frozenset({meeting})
    with pytest.raises(CouncilError):  # flushed on the server, then refused and rolled back
        ctx.minutes.add_assignment(res["id"], {"ru": "Задача"}, deadline="1990-01-01")
    assert len(seen) == 2


def test_a_bundle_adding_to_a_meeting_signed_here_is_refused_on_postgresql_and_taken_once_amended(
        demo, pg_url, tmp_path):
    """The receiving copy on PostgreSQL: the bundle's meeting signed here takes no new record (read under the
    meeting's lock); amended here, the same bundle brings its item in."""
    ctx, mid = demo
    first, changed = tmp_path / "first.council", tmp_path / "changed.council"
    ctx.exchange.export_bundle(mid, first)
    ctx.meetings.add_item(mid, {"title_ru": "Разное"})
    ctx.exchange.export_bundle(mid, changed)
    pg = AppContext.open(pg_url)
    try:
        pg.exchange.import_bundle(first)
        here = pg.views.meetings("ru")[0]["id"]
        pg.protocols.sign(here, "ru")

        def counts():
            with pg.engine.connect() as conn:
                return [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar()
                        for t in ("agenda_item", "audit_entry", "imported_record", "protocol_issue")]

        before = counts()
        for step in (pg.exchange.preview_bundle, pg.exchange.import_bundle):
            with pytest.raises(CouncilError) as exc:
                step(changed)
            assert exc.value.code == "bundle_meeting_signed" and exc.value.params["count"] == 1
            assert counts() == before
        pg.protocols.amend(here, "the other office's item")
        pg.exchange.import_bundle(changed)
        assert [i["title"] for i in pg.views.meeting_record(here)["agenda"]][-1] == "Разное"
    finally:
        pg.close()
