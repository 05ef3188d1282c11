"""Migration 0003 on a real 0002 file with a signed protocol: the versions signed before get the
letterhead and mark known now and the digest of their records, the audit trail already there is
chained; afterwards `council check` passes, copies printed before are still recognised, and an
old audit entry edited is found.  The migration is reversible."""
from __future__ import annotations

import json
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.store.database import alembic_config

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server


@pytest.fixture(autouse=True)
def signed_as_then(monkeypatch):
    """Versions signed before 0003 were signed by a program that stored no print time: their prints are dated
    with the meeting's time, as plain PDF (what a letterhead record without "print_time" renders)."""
    from council_desktop.services import protocols

    plain = protocols.letterhead_record
    monkeypatch.setattr(protocols, "letterhead_record", lambda conn, signed_at=None: plain(conn))


def test_versions_signed_before_and_the_trail_so_far_are_sealed_by_the_migration(demo, db_path, tmp_path, capsys):
    ctx, mid = demo
    ctx.settings.update({"letterhead_ru": "Министерство здравоохранения"})
    ctx.protocols.sign(mid, "ru")
    signed, kazakh = tmp_path / "signed.pdf", tmp_path / "kk.pdf"
    ctx.documents.write("protocol", mid, "ru", signed)
    ctx.documents.write("protocol", mid, "kk", kazakh)
    ctx.close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    engine.dispose()
    con = sqlite3.connect(db_path)
    assert {"letterhead", "restriction", "minutes_sha256"}.isdisjoint(
        r[1] for r in con.execute("PRAGMA table_info(protocol_issue)"))
    assert {"prev_hash", "entry_hash"}.isdisjoint(r[1] for r in con.execute("PRAGMA table_info(audit_entry)"))
    entries = con.execute("SELECT count(*) FROM audit_entry").fetchone()[0]
    con.close()

    AppContext.open(db_path).close()  # migrated to the head
    con = sqlite3.connect(db_path)
    head, mark, digest = con.execute("SELECT letterhead, restriction, minutes_sha256 FROM protocol_issue").fetchone()
    chained = con.execute("SELECT count(*) FROM audit_entry WHERE entry_hash != ''").fetchone()[0]
    con.close()
    assert json.loads(head)["letterhead_ru"] == "Министерство здравоохранения" and mark == "" and len(digest) == 64
    assert chained == entries > 0

    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 0
    assert main(["--db", str(db_path), "verify", str(kazakh), "--json"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "verify", str(signed), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["match"] == "file"

    con = sqlite3.connect(db_path)
    con.execute("UPDATE audit_entry SET os_user = 'x' WHERE id = (SELECT min(id) FROM audit_entry)")
    con.commit()
    con.close()
    assert main(["--db", str(db_path), "check"]) == 1
    assert "FAIL audit_trail_chain entry 1: changed after it was written" in capsys.readouterr().out


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_the_migration_on_postgresql(pg_url, capsys):  # noqa: F811
    ctx = AppContext.open(pg_url, create=True)
    mid = ctx.demo.load()
    ctx.protocols.sign(mid, "kk")
    ctx.close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0002")
    engine.dispose()
    capsys.readouterr()
    assert main(["--db", pg_url, "check"]) == 0, capsys.readouterr().out
