"""Backups and restore: SQLite's backup API both ways, rotating automatic backups, a restore that checks
the file first, keeps the current data, and replaces it all or nothing."""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading

import pytest
from alembic import command
from sqlalchemy import create_engine

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.store.backup import BackupPolicy, automatic_backups
from council_desktop.store.database import alembic_config
from council_desktop.store.location import HEAD_REVISION


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people(path) -> list[str]:
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT surname FROM person"))
    finally:
        con.close()


def add_person(path, surname: str) -> None:
    """An edit made after a backup (the first person renamed), committed by another program."""
    con = sqlite3.connect(path)
    con.execute("UPDATE person SET surname = ? WHERE id = (SELECT min(id) FROM person)", (surname,))
    con.commit()
    con.close()


@pytest.fixture
def demo_db(tmp_path, monkeypatch):
    monkeypatch.setenv("COUNCIL_BACKUP_KEEP", "0")  # no automatic backups unless a test asks for them
    db = tmp_path / "council.db"
    ctx = AppContext.open(db, create=True)
    ctx.demo.load()
    ctx.close()
    return db


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(map(str, argv)))
    out, err = capsys.readouterr()
    return code, out, err


# --- backup ------------------------------------------------------------------------------------
def test_backup_holds_commits_still_only_in_the_wal(demo_db, tmp_path, capsys):
    """A copied file without its -wal misses commits; the backup API does not."""
    writer = sqlite3.connect(demo_db)
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.commit()
    add_person(demo_db, "Вальков")
    assert "Вальков" in people(demo_db)
    out = tmp_path / "copy.db"
    code, stdout, err = run(capsys, "--db", demo_db, "backup", "--out", out)
    writer.close()
    assert (code, err) == (0, "") and stdout.strip() == str(out)
    assert "Вальков" in people(out)
    con = sqlite3.connect(out)
    assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert con.execute("PRAGMA journal_mode").fetchone() == ("delete",)  # one self-contained file
    con.close()
    assert not (tmp_path / "copy.db-wal").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(".part")) == []


def test_backup_onto_the_database_or_its_backups_is_refused(demo_db, capsys):
    before = digest(demo_db)
    for target in (demo_db, demo_db.with_name("council.db-wal"), demo_db.with_name("council.before-0003.db")):
        code, _, err = run(capsys, "--db", demo_db, "backup", "--out", target)
        assert code == 2 and "is the database" in err and len(err.splitlines()) == 1
    assert digest(demo_db) == before


# --- automatic, rotating -------------------------------------------------------------------------
def test_automatic_backups_are_daily_and_only_the_newest_are_kept(demo_db):
    ctx = AppContext.open(demo_db)
    try:
        ctx.backups.policy = BackupPolicy(keep=3)
        start = dt.datetime(2026, 11, 1, 9, 0)
        made = [ctx.backups.automatic(now=start + dt.timedelta(days=d, hours=h)) for d in range(6) for h in (0, 5)]
        assert [m is not None for m in made] == [True, False] * 6  # once a day, not at every close
        kept = automatic_backups(demo_db, demo_db.parent / "backups")
        assert [day for day, _ in kept] == ["20261104", "20261105", "20261106"]
        assert all(people(p) == people(demo_db) for _, p in kept)
    finally:
        ctx.close()


def test_closing_the_context_takes_todays_backup_once(demo_db, monkeypatch):
    monkeypatch.setenv("COUNCIL_BACKUP_KEEP", "5")
    for _ in range(3):
        AppContext.open(demo_db).close()
    kept = automatic_backups(demo_db, demo_db.parent / "backups")
    assert len(kept) == 1 and kept[0][0] == dt.date.today().strftime("%Y%m%d")


def test_a_failed_automatic_backup_does_not_fail_the_close(demo_db, monkeypatch):
    monkeypatch.setenv("COUNCIL_BACKUP_KEEP", "5")
    (demo_db.parent / "backups").write_text("a file where the folder would be")
    before = people(demo_db)
    ctx = AppContext.open(demo_db)
    ctx.close()
    assert people(demo_db) == before
    assert (demo_db.parent / "backups").read_text() == "a file where the folder would be"
    assert sorted(p.name for p in demo_db.parent.iterdir() if not p.name.startswith("council.db")) == ["backups"]


# --- restore -------------------------------------------------------------------------------------
def test_restore_without_yes_only_says_what_it_would_restore(demo_db, tmp_path, capsys):
    backup = tmp_path / "monday.db"
    assert run(capsys, "--db", demo_db, "backup", "--out", backup)[0] == 0
    add_person(demo_db, "Позднеев")
    before = digest(demo_db)
    code, out, err = run(capsys, "--db", demo_db, "restore", backup)
    assert (code, err) == (0, "")
    assert out.startswith(f"would restore {backup}: 2 meetings, written ") and f"revision {HEAD_REVISION}" in out
    assert "--yes" in out
    assert digest(demo_db) == before and not (tmp_path / "backups").exists()
    code, out, _ = run(capsys, "--json", "--db", demo_db, "restore", backup)
    info = json.loads(out)
    assert (info["meetings"], info["revision"], info["restored"]) == (2, HEAD_REVISION, False)
    assert info["migrated_to"] is None


def test_restore_replaces_the_data_and_keeps_the_current_one(demo_db, tmp_path, capsys):
    backup = tmp_path / "monday.db"
    run(capsys, "--db", demo_db, "backup", "--out", backup)
    add_person(demo_db, "Позднеев")
    reader = sqlite3.connect(demo_db)  # another window, open all along
    assert "Позднеев" in [r[0] for r in reader.execute("SELECT surname FROM person")]
    code, out, err = run(capsys, "--db", demo_db, "restore", backup, "--yes")
    assert (code, err) == (0, ""), err
    assert "Позднеев" not in people(demo_db)
    assert "Позднеев" not in [r[0] for r in reader.execute("SELECT surname FROM person")]
    reader.close()
    kept = list((tmp_path / "backups").glob("council-before-restore-*.db"))
    assert len(kept) == 1 and str(kept[0]) in out and "Позднеев" in people(kept[0])
    code, out, _ = run(capsys, "--db", demo_db, "check")
    assert code == 0, out
    header = demo_db.read_bytes()[:100]
    assert header[18:20] == b"\x02\x02"  # still a WAL database, as the program opens it


def test_restore_migrates_an_older_backup(demo_db, tmp_path, capsys):
    old = tmp_path / "old.db"
    run(capsys, "--db", demo_db, "backup", "--out", old)
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    old_digest = digest(old)
    code, out, err = run(capsys, "--db", demo_db, "restore", old)
    assert code == 0 and "revision 0001" in out and f"upgraded to {HEAD_REVISION}" in out, err
    code, out, err = run(capsys, "--db", demo_db, "restore", old, "--yes")
    assert code == 0, err
    assert digest(old) == old_digest  # the backup itself is never written to
    con = sqlite3.connect(demo_db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD_REVISION,)
    con.close()
    assert run(capsys, "--db", demo_db, "check")[0] == 0


def _other_application(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.execute("INSERT INTO notes (text) VALUES ('not ours')")
    con.commit()
    con.close()
    return path


def _damaged(source, path):
    data = bytearray(source.read_bytes())
    for offset in range(4096 * 3, 4096 * 3 + 2000):  # the middle of a table's page
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    return path


def _newer(source, path):
    path.write_bytes(source.read_bytes())
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.execute("PRAGMA user_version = 9999")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("kind, expect", [
    ("other", "is not a Council Desktop database"), ("text", "is not a Council Desktop database"),
    ("empty", "is not a Council Desktop database or backup"), ("damaged", "is damaged"),
    ("newer", "newer version"), ("missing", "cannot read the file"), ("itself", "is the open database itself"),
    ("folder", "cannot read the file")])
def test_restore_refuses_a_file_that_is_not_an_intact_backup_of_ours(demo_db, tmp_path, capsys, kind, expect):
    good = tmp_path / "good.db"
    run(capsys, "--db", demo_db, "backup", "--out", good)
    source = {"other": lambda: _other_application(tmp_path / "other.db"),
              "text": lambda: (tmp_path / "notes.txt").write_text("SQLite format 3 but not really\n" * 10)
              and tmp_path / "notes.txt",
              "empty": lambda: (tmp_path / "empty.db").write_bytes(b"") or tmp_path / "empty.db",
              "damaged": lambda: _damaged(good, tmp_path / "damaged.db"),
              "newer": lambda: _newer(good, tmp_path / "newer.db"),
              "missing": lambda: tmp_path / "nowhere.db",
              "itself": lambda: demo_db,
              "folder": lambda: tmp_path}[kind]()
    before = digest(demo_db)

    def source_state():  # a file's bytes, or that it is a folder, or missing
        return digest(source) if source.is_file() else "folder" if source.is_dir() else "missing"
    source_before = source_state()
    for yes in ([], ["--yes"]):
        code, out, err = run(capsys, "--db", demo_db, "restore", source, *yes)
        assert code == 2 and out == "" and len(err.splitlines()) == 1 and expect in err, err
    assert digest(demo_db) == before
    assert source_state() == source_before
    assert not (tmp_path / "backups").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".restore-")] == []


def test_restore_never_writes_into_another_applications_file(demo_db, tmp_path, capsys):
    good = tmp_path / "good.db"
    run(capsys, "--db", demo_db, "backup", "--out", good)
    other = _other_application(tmp_path / "theirs.db")
    before = digest(other)
    code, _, err = run(capsys, "--db", other, "restore", good, "--yes")
    assert code == 2 and "is not a Council Desktop database" in err
    assert digest(other) == before and not (tmp_path / "backups").exists()


def test_restore_while_another_program_holds_the_write_lock_changes_nothing(demo_db, tmp_path, capsys, monkeypatch):
    good = tmp_path / "good.db"
    run(capsys, "--db", demo_db, "backup", "--out", good)
    add_person(demo_db, "Позднеев")
    holder = sqlite3.connect(demo_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        monkeypatch.setattr("council_desktop.store.backup.LOCK_TIMEOUT", 0.2)
        code, out, err = run(capsys, "--db", demo_db, "restore", good, "--yes")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert code == 2 and "is busy" in err and out == ""
    assert "Позднеев" in people(demo_db)
    assert list((tmp_path / "backups").glob("*.db")) == []  # the copy kept for the restore is taken back


def test_restore_into_a_database_being_written_waits_its_turn(demo_db, tmp_path, capsys):
    """A writer finishing during the restore: the restore takes the lock after it, all or nothing."""
    good = tmp_path / "good.db"
    run(capsys, "--db", demo_db, "backup", "--out", good)
    holder = sqlite3.connect(demo_db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("UPDATE person SET surname = 'Изменённый' WHERE id = (SELECT min(id) FROM person)")
    threading.Timer(0.5, lambda: holder.execute("COMMIT")).start()
    code, _, err = run(capsys, "--db", demo_db, "restore", good, "--yes")
    holder.close()
    assert code == 0, err
    assert "Изменённый" not in people(demo_db)


def test_a_damaged_database_is_restored_and_kept_as_it_was(demo_db, tmp_path, capsys):
    """`council check` says to restore the latest backup: that must work on the damaged file itself."""
    good = tmp_path / "good.db"
    run(capsys, "--db", demo_db, "backup", "--out", good)
    data = bytearray(demo_db.read_bytes())
    for offset in range(4096 * 2, len(data), 4096 * 3):
        data[offset:offset + 64] = bytes(range(64))
    demo_db.write_bytes(bytes(data))
    assert run(capsys, "--db", demo_db, "check")[0] == 1
    code, out, err = run(capsys, "--db", demo_db, "restore", good, "--yes")
    assert (code, err) == (0, "")
    kept = list((tmp_path / "backups").glob("council-before-restore-*.db"))
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(data) and str(kept[0]) in out
    code, out, _ = run(capsys, "--db", demo_db, "check")
    assert code == 0, out
    assert people(demo_db) == people(good)


def test_restore_from_the_automatic_backups_and_a_pre_migration_copy(demo_db, tmp_path, capsys, monkeypatch):
    """The database's own backups are what a restore is for: refused as outputs, never as sources."""
    monkeypatch.setenv("COUNCIL_BACKUP_KEEP", "3")
    AppContext.open(demo_db).close()
    (_, auto), = automatic_backups(demo_db, tmp_path / "backups")
    before_migration = demo_db.with_name("council.before-0003.db")
    before_migration.write_bytes(auto.read_bytes())
    add_person(demo_db, "Позднеев")
    for source in (auto, before_migration):
        code, out, err = run(capsys, "--db", demo_db, "restore", source, "--yes")
        assert (code, err) == (0, ""), err
        assert "Позднеев" not in people(demo_db)
        add_person(demo_db, "Позднеев")
    code, _, err = run(capsys, "--db", demo_db, "restore", demo_db.with_name("council.db-wal"), "--yes")
    assert code == 2 and "is the open database itself" in err
