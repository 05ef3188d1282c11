"""The database file: pragmas, migrations, refusal of newer files, integrity, backups."""
import hashlib
import sqlite3

import warnings

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, select

from council_desktop.app import AppContext
from council_desktop.domain.errors import CouncilError
from council_desktop.domain.models import AuditEntry, Base
from council_desktop.store.database import alembic_config, database_url, head_revision
from council_desktop.store.integrity import _schema_matches, check
from council_desktop.store.people_search import SORT_INDEXES, quiet_reflection


def file_digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_wal_with_foreign_keys_and_passes_integrity(demo, db_path):
    ctx, _ = demo
    ctx.close()
    con = sqlite3.connect(db_path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()


def test_connections_enforce_foreign_keys(ctx):
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000


def test_migrations_build_exactly_the_models_schema(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'migrated.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    with engine.connect() as conn:
        assert _schema_matches(conn) == (True, "")  # `council check`'s comparison
    # and the tables are all there: the comparison would also report missing ones
    with engine.connect() as conn:
        tables = set(conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").scalars())
    assert set(Base.metadata.tables) <= tables


def test_reflecting_the_people_keeps_quiet_only_about_the_sort_orders_expression_indexes(tmp_path):
    """SQLite's dialect skips an expression index with a warning: ours (SORT_INDEXES) are expected, so
    quiet_reflection (the migrations, the schema check) leaves them out; another one still warns."""
    engine = create_engine(f"sqlite:///{tmp_path / 'reflected.db'}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
        conn.exec_driver_sql("CREATE INDEX ix_person_phone_lower ON person (lower(phone))")
    with engine.connect() as conn, warnings.catch_warnings(record=True) as said:
        warnings.simplefilter("always")
        with quiet_reflection():
            names = {i["name"] for i in inspect(conn).get_indexes("person")}
    assert [str(w.message) for w in said] == [
        "Skipped unsupported reflection of expression-based index ix_person_phone_lower"]
    assert "ix_person_surname" in names and not names & {n for n, _order in SORT_INDEXES.values()}


def test_the_fast_path_knows_the_newest_migration():
    from council_desktop.store.database import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_database_from_migrations_opens_without_change(tmp_path):
    path = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    engine.dispose()
    ctx = AppContext.open(path)
    assert ctx.demo.load() > 0
    assert all(f["ok"] for f in check(ctx.engine))
    ctx.close()


def test_database_written_by_a_newer_version_is_refused_and_untouched(tmp_path):
    path = tmp_path / "newer.db"
    AppContext.open(path, create=True).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'f00dfeed9999'")
    con.commit()
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    before = file_digest(path)
    with pytest.raises(CouncilError) as exc:
        AppContext.open(path)
    assert exc.value.code == "database_too_new"
    assert "f00dfeed9999" in exc.value.message("en")
    assert file_digest(path) == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"this is a text file, not SQLite" * 100)
    before = file_digest(path)
    with pytest.raises(CouncilError) as exc:
        AppContext.open(path)
    assert exc.value.code == "database_not_ours"
    assert file_digest(path) == before


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE person (x)")
    con.commit()
    con.close()
    with pytest.raises(CouncilError) as exc:
        AppContext.open(path)
    assert exc.value.code == "database_not_ours"


def test_database_url_from_path_env_and_url(tmp_path, monkeypatch):
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("COUNCIL_DB", str(tmp_path / "env.db"))
    assert database_url() == f"sqlite:///{tmp_path / 'env.db'}"
    assert database_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"
    monkeypatch.delenv("COUNCIL_DB")
    assert database_url().endswith("CouncilDesktop/council.db")


def test_integrity_check_passes_on_demo_and_flags_broken_agenda_order(demo):
    ctx, meeting_id = demo
    assert all(f["ok"] for f in check(ctx.engine)), check(ctx.engine)
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE agenda_item SET position = 7 WHERE meeting_id = ? AND position = 2",
                             (meeting_id,))
    failed = [f["check"] for f in check(ctx.engine) if not f["ok"]]
    assert failed == ["agenda_order"]


def test_integrity_check_flags_a_signed_protocol_whose_file_or_data_was_changed(demo):
    ctx, meeting_id = demo
    ctx.protocols.sign(meeting_id, "kk")
    assert all(f["ok"] for f in check(ctx.engine))
    with ctx.engine.begin() as conn:
        edited = conn.exec_driver_sql("UPDATE protocol_issue SET content = replace(content, '\"votes_for\": 11', "
                                      "'\"votes_for\": 12') WHERE content LIKE '%\"votes_for\": 11%'").rowcount
    assert edited == 1  # the stored data held the count the edit changes
    failed = [f for f in check(ctx.engine) if not f["ok"]]
    assert [f["check"] for f in failed] == ["signed_protocol_data"]
    assert failed[0]["detail"].startswith(f"meeting {meeting_id} v1 kk: changed past Council Desktop")
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE protocol_issue SET pdf = CAST(pdf || x'20' AS BLOB)")
    assert [f["check"] for f in check(ctx.engine) if not f["ok"]] == ["signed_protocol_hashes", "signed_protocol_data"]


def test_every_change_is_written_to_the_audit_trail(ctx):
    person = ctx.records.create("person", {"surname": "Қасымова", "given_name": "Гүлмира", "email": "g@example.kz"})
    ctx.records.update("person", person, {"position": "Профессор"})
    with ctx.sessions() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.table_name == "person")
                            .order_by(AuditEntry.id)).all()
    assert [e.action for e in entries] == ["insert", "update"]
    assert '"surname": [null, "Қасымова"]' in entries[0].changes
    assert '"position": ["", "Профессор"]' in entries[1].changes
    assert entries[0].os_user
    assert entries[0].record_uuid == entries[1].record_uuid


def test_an_older_database_is_backed_up_then_upgraded(tmp_path, monkeypatch):
    import shutil

    import council_desktop.store.database as database

    path = tmp_path / "council.db"
    ctx = AppContext.open(path, create=True)
    ctx.demo.load()
    ctx.close()
    # a later release: the packaged migrations plus one more revision
    migrations = tmp_path / "migrations"
    shutil.copytree(database.MIGRATIONS, migrations, ignore=shutil.ignore_patterns("__pycache__"))
    (migrations / "versions" / "9999_test.py").write_text(
        'from alembic import op\n'
        f'revision = "9999"\ndown_revision = "{database.HEAD_REVISION}"\nbranch_labels = None\ndepends_on = None\n'
        'def upgrade():\n    op.create_index("ix_test_person_phone", "person", ["phone"])\n'
        'def downgrade():\n    op.drop_index("ix_test_person_phone", "person")\n')
    monkeypatch.setattr(database, "MIGRATIONS", migrations)
    head = database.HEAD_REVISION
    monkeypatch.setattr(database, "HEAD_REVISION", "9999")
    AppContext.open(path).close()
    backup = tmp_path / "council.before-9999.db"
    assert backup.exists()
    con = sqlite3.connect(backup)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 17
    con.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "9999"
    assert con.execute("SELECT count(*) FROM person").fetchone()[0] == 17
    con.close()


def test_a_database_of_the_first_release_gets_short_names_in_kazakh_and_english(demo, db_path, tmp_path):
    """Migration 0002 on a real 0001 file: a backup first, every row kept, the new columns empty."""
    ctx, mid = demo
    protocol_before = ctx.views.meeting(mid, "ru")
    ctx.close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    con = sqlite3.connect(db_path)
    assert "short_name_kk" not in {r[1] for r in con.execute("PRAGMA table_info(organization)")}
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("organization", "council_body",
                                                                                    "person", "membership")}
    con.close()

    ctx = AppContext.open(db_path)
    try:
        assert len(list(tmp_path.glob("council.before-*.db"))) == 1
        con = sqlite3.connect(db_path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in counts} == counts
        con.close()
        body = next(b for b in ctx.registry.bodies("kk") if b["short_name"] == "НТС МЗ РК")
        assert (body["short_name_kk"], body["short_name_en"]) == ("", "")
        assert body["label"].startswith("Қазақстан Республикасы Денсаулық")  # no Kazakh abbreviation yet
        assert ctx.views.meeting(mid, "ru") == protocol_before  # the Russian protocol reads as it did
        ctx.records.update("council_body", body["id"], {"short_name_kk": "ҚР ДСМ ҒТК"})
        assert ctx.views.meeting(mid, "kk")["bodies"][0]["short_name"] == "ҚР ДСМ ҒТК"
        assert all(f["ok"] for f in check(ctx.engine))
    finally:
        ctx.close()
