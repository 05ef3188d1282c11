"""The database is never a target: every output goes through store/files.py, which refuses the open
database and its side files by identity, and writes whole files or nothing."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3

import pytest
from ui_preview import wait_rendered

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.domain.errors import CouncilError
from council_desktop.store import files


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def demo_db(tmp_path):
    db = tmp_path / "council.db"
    ctx = AppContext.open(db, create=True)
    mid = ctx.demo.load()
    ctx.close()
    return db, mid


@pytest.fixture
def live_wal(demo_db):
    """A second program holding the database open with uncommitted-to-the-file WAL frames: the
    -wal and -shm files exist and matter."""
    db, _ = demo_db
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE setting SET value = value WHERE 0")  # touch nothing, but open the WAL
    conn.execute("INSERT INTO setting(key, value) VALUES ('letterhead_en', '\"Council\"') "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    conn.commit()
    assert (db.parent / "council.db-wal").stat().st_size > 0
    yield conn
    conn.close()


def side_files(db):
    """What each file of the database holds; the -shm is the readers' shared index, which every
    reader writes (the command itself opens the database), so it counts by identity, not by bytes."""
    return {p.name: (p.stat().st_ino, p.stat().st_size) if p.name.endswith("-shm") else digest(p)
            for p in sorted(db.parent.iterdir()) if p.name.startswith(db.name) or ".before-" in p.name}


# --- the function itself ---------------------------------------------------------------------
def test_write_file_replaces_as_a_whole_and_leaves_no_temporary(tmp_path):
    out = tmp_path / "a.pdf"
    files.write_file(out, b"one")
    os.chmod(out, 0o640)
    files.write_file(out, b"two")
    assert out.read_bytes() == b"two" and (out.stat().st_mode & 0o777) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    out = tmp_path / "a.pdf"
    out.write_bytes(b"old")

    def fails(f):
        f.write(b"half")
        raise OSError(28, "No space left on device")

    with pytest.raises(CouncilError) as err:
        files.write_file(out, fails)
    assert err.value.code == "disk_full" and err.value.message("en") == (
        f"{out}: the disk is full; nothing was changed: free some space and try again")
    assert out.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.pdf"]


def test_a_long_name_that_the_system_accepts_is_written(tmp_path):
    out = tmp_path / ("п" * 120 + ".pdf")  # 244 bytes: legal; a temporary name with it in full would not be
    files.write_file(out, b"x")
    assert out.read_bytes() == b"x"


@pytest.mark.parametrize("name", ["council.db", "council.db-wal", "council.db-shm", "council.db-journal",
                                  "COUNCIL.DB", "Council.db-WAL", "council.before-0002.db",
                                  "council.before-0001.db-wal"])
def test_the_database_and_its_files_are_refused_by_name(demo_db, name):
    db, _ = demo_db
    files.watch(db)
    try:
        with pytest.raises(CouncilError) as err:
            files.write_file(db.parent / name, b"x")
        assert err.value.code == "output_is_database"
    finally:
        files.unwatch(db)


def test_links_and_other_spellings_of_the_database_are_refused(demo_db, tmp_path):
    db, _ = demo_db
    before = digest(db)
    other = tmp_path / "elsewhere"
    other.mkdir()
    os.link(db, other / "hard.pdf")
    os.symlink(db, other / "soft.pdf")
    os.symlink(tmp_path, other / "folder")
    files.watch(db)
    try:
        for target in (other / "hard.pdf", other / "soft.pdf", other / "folder" / "council.db",
                       other / ".." / "council.db", f"{tmp_path}//./council.db-wal"):
            with pytest.raises(CouncilError) as err:
                files.write_file(target, b"%PDF")
            assert err.value.code == "output_is_database", target
    finally:
        files.unwatch(db)
    assert digest(db) == before


def test_backups_are_refused_including_a_hard_link_to_one(demo_db, tmp_path):
    db, _ = demo_db
    backups = tmp_path / "backups"
    backups.mkdir(exist_ok=True)
    shutil.copy(db, backups / "council-auto-20261130-120000.db")
    os.link(backups / "council-auto-20261130-120000.db", tmp_path / "innocent.pdf")
    files.watch(db)
    try:
        for target in (backups / "council-auto-20261130-120000.db", backups / "council-20261201-090000.db",
                       tmp_path / "innocent.pdf"):
            with pytest.raises(CouncilError):
                files.write_file(target, b"x")
        files.write_file(backups / "agenda.pdf", b"x")  # an ordinary file in that folder is fine
    finally:
        files.unwatch(db)


def test_a_closed_database_is_no_longer_guarded(demo_db):
    db, _ = demo_db
    ctx = AppContext.open(db)
    with pytest.raises(CouncilError):
        files.write_file(db.with_name("council.db-shm"), b"x")
    ctx.close()
    assert db not in files.open_databases()


# --- every writer goes through it -------------------------------------------------------------
TARGETS = ["council.db", "council.db-wal", "council.db-shm", "council.db-journal", "COUNCIL.db",
           "council.before-0002.db"]


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("command", [["protocol", "{mid}"], ["document", "agenda", "{mid}"],
                                     ["document", "register", "{mid}", "--as-of", "2026-07-01"]])
def test_cli_output_onto_the_database_or_its_files_is_refused(demo_db, live_wal, capsys, target, command):
    db, mid = demo_db
    shutil.copy(db, db.with_name("council.before-0002.db"))
    before = side_files(db)
    argv = ["--db", str(db), *[c.format(mid=mid) for c in command], "--lang", "ru", "--out", str(db.parent / target)]
    assert main(argv) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "is the database" in err[0] and "nothing was written" in err[0], err
    assert side_files(db) == before
    assert live_wal.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_cli_refusal_is_translated(demo_db, capsys, monkeypatch):
    db, mid = demo_db
    monkeypatch.setenv("COUNCIL_LANG", "kk")
    assert main(["--db", str(db), "protocol", str(mid), "--out", str(db)]) == 2
    assert "дерекқоры немесе оның файлдарының бірі" in capsys.readouterr().err


def test_document_service_refuses_the_database(demo_db):
    db, mid = demo_db
    ctx = AppContext.open(db)
    try:
        before = digest(db)
        with pytest.raises(CouncilError) as err:
            ctx.documents.write("protocol", mid, "ru", db.with_name("council.db-wal"))
        assert err.value.code == "output_is_database"
        assert digest(db) == before
    finally:
        ctx.close()


# --- the window's Save as and print to file ---------------------------------------------------
def test_save_as_onto_the_database_is_refused_with_one_message(qtbot, demo, monkeypatch):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from council_desktop.ui.protocol_preview import ProtocolPreview

    ctx, mid = demo
    db = ctx.database_file
    widget = ProtocolPreview(ctx)
    qtbot.addWidget(widget)
    widget.show_meeting(mid, "en")
    wait_rendered(qtbot, widget)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    for name in ("council.db", "council.db-wal", "council.before-0002.db"):
        before = side_files(db)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, n=name, **k: (str(db.parent / n), "PDF"))
        widget.save_button.click()
        assert side_files(db) == before
        assert shown and "is the database" in shown[-1] and name in shown[-1]
    assert len(shown) == 3


def test_printing_pictures_to_the_database_file_is_refused(qtbot, demo):
    from council_desktop.ui.protocol_preview import ProtocolPreview

    ctx, mid = demo
    db = ctx.database_file
    widget = ProtocolPreview(ctx)
    qtbot.addWidget(widget)
    widget.show_meeting(mid, "en")
    wait_rendered(qtbot, widget)
    before = side_files(db)
    with pytest.raises(CouncilError):
        widget.print_to_pdf(str(db), raster=True)
    assert side_files(db) == before
    assert sorted(p.name for p in db.parent.iterdir() if p.name.endswith(".part")) == []


def test_backups_in_the_folder_chosen_in_settings_are_refused_too(demo_db, tmp_path):
    from council_desktop.store.backup import BackupPolicy

    db, _ = demo_db
    chosen = tmp_path / "elsewhere"
    ctx = AppContext.open(db)
    try:
        ctx.backups.policy = BackupPolicy(chosen, 3)
        made = ctx.backups.take(chosen)
        assert made.parent == chosen
        with pytest.raises(CouncilError) as err:
            files.write_file(made, b"%PDF")
        assert err.value.code == "output_is_database"
        files.write_file(chosen / "minutes.pdf", b"%PDF")  # other files in that folder are the user's
    finally:
        ctx.close()
    files.write_file(made, b"closed")  # no longer the open database's backup
