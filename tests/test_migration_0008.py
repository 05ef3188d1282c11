"""Migration 0008 on a real 0007 file with presentation files in it: their contents move from
presentation_file.content into pieces of at most a chunk (presentation_file_chunk), byte for byte;
the file as it was is kept as the pre-migration backup; the bundle and `council check` work on the
result; the downgrade puts every content back in its row.  The same on PostgreSQL."""
from __future__ import annotations

import hashlib
import os
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.store import attachments
from council_desktop.store.database import alembic_config
from council_desktop.store.location import HEAD_REVISION

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

# more than two chunks and not a multiple of one, one of a single byte, and an empty file
CONTENTS = {"slides.pptx": os.urandom(2 * attachments.CHUNK + 4321), "one.txt": b"x", "empty.pdf": b""}


def _presentation(ctx, mid) -> dict:
    return next(p for item in ctx.views.meeting(mid)["agenda"] for p in item["presentations"])


def _with_files(ctx, mid, tmp_path) -> dict[str, int]:
    presentation = _presentation(ctx, mid)["id"]
    ids = {}
    for name, data in CONTENTS.items():
        path = tmp_path / name
        path.write_bytes(data)
        ids[name] = ctx.meetings.attach_file(presentation, path)
    return ids


def _contents_in_rows(path) -> dict[str, bytes]:
    con = sqlite3.connect(path)
    try:
        return {name: bytes(content) for name, content in con.execute("SELECT file_name, content FROM presentation_file")}
    finally:
        con.close()


def test_file_contents_move_into_pieces_and_back(demo, db_path, tmp_path, capsys):
    ctx, mid = demo
    ids = _with_files(ctx, mid, tmp_path)
    assert {name: ctx.meetings.file_content(i) for name, i in ids.items()} == {n: (n, d) for n, d in CONTENTS.items()}
    ctx.close()
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0007")
    engine.dispose()
    con = sqlite3.connect(db_path)
    assert "presentation_file_chunk" not in {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
    con.close()
    assert _contents_in_rows(db_path) == CONTENTS  # the downgrade put every content back in its row

    ctx = AppContext.open(db_path)  # upgraded to the head, after a copy of the file as it was
    try:
        assert {name: ctx.meetings.file_content(i) for name, i in ids.items()} == \
            {n: (n, d) for n, d in CONTENTS.items()}
    finally:
        ctx.close()
    con = sqlite3.connect(db_path)
    assert "content" not in {r[1] for r in con.execute("PRAGMA table_info(presentation_file)")}
    pieces = con.execute("SELECT f.file_name, count(c.seq), max(length(c.data)) FROM presentation_file f "
                         "LEFT JOIN presentation_file_chunk c ON c.file_id = f.id GROUP BY f.id").fetchall()
    con.close()
    assert sorted(pieces) == [("empty.pdf", 0, None), ("one.txt", 1, 1), ("slides.pptx", 3, attachments.CHUNK)]
    backup = db_path.with_name(f"council.before-{HEAD_REVISION}.db")  # named after the head it was upgraded to
    assert _contents_in_rows(backup) == CONTENTS  # the pre-migration copy holds the files as they were

    capsys.readouterr()
    assert main(["--db", str(db_path), "check"]) == 0, capsys.readouterr().out
    out = tmp_path / "m.council"
    assert main(["--db", str(db_path), "export", str(mid), "--format", "bundle", "--out", str(out)]) == 0
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        other.exchange.import_bundle(out)
        files = [f for item in other.views.meeting(other.views.meetings("ru")[0]["id"])["agenda"]
                 for p in item["presentations"] for f in p["files"]]
        got = dict(other.meetings.file_content(f["id"]) for f in files)
    finally:
        other.close()
    assert {n: got[n] for n in CONTENTS} == CONTENTS


def test_a_file_changed_while_it_is_attached_is_refused_and_nothing_is_kept(demo, tmp_path, monkeypatch):
    from council_desktop.domain.errors import CouncilError
    from council_desktop.services import meetings

    ctx, mid = demo
    path = tmp_path / "slides.pdf"
    path.write_bytes(b"a" * 100)
    hashed = meetings._file_hash

    def then_changed(p):
        answer = hashed(p)
        p.write_bytes(b"b" * 100)  # another program saves the file between the two readings
        return answer

    monkeypatch.setattr(meetings, "_file_hash", then_changed)
    presentation = _presentation(ctx, mid)
    with pytest.raises(CouncilError, match="changed while being read"):
        ctx.meetings.attach_file(presentation["id"], path)
    assert _presentation(ctx, mid)["files"] == presentation["files"]
    with ctx.sessions() as s:
        assert s.execute(text("SELECT count(*) FROM presentation_file_chunk")).scalar() == 0


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_the_migration_on_postgresql(pg_url, tmp_path, capsys):  # noqa: F811
    ctx = AppContext.open(pg_url, create=True)
    mid = ctx.demo.load()
    ids = _with_files(ctx, mid, tmp_path)
    ctx.close()
    engine = create_engine(pg_url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0007")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT file_name, content FROM presentation_file")).all()
        assert {n: bytes(c) for n, c in rows} == CONTENTS
        assert hashlib.sha256(dict(rows)["slides.pptx"]).hexdigest() == \
            hashlib.sha256(CONTENTS["slides.pptx"]).hexdigest()
    engine.dispose()
    ctx = AppContext.open(pg_url)  # upgraded
    try:
        assert {name: ctx.meetings.file_content(i)[1] for name, i in ids.items()} == CONTENTS
        with ctx.sessions() as s:
            assert s.execute(text("SELECT count(*), max(length(data)) FROM presentation_file_chunk")).one() == \
                (4, attachments.CHUNK)
    finally:
        ctx.close()
    capsys.readouterr()
    assert main(["--db", pg_url, "check"]) == 0, capsys.readouterr().out
