"""Our files only, and read-only files opened for reading: another program's SQLite file is
byte-identical after every `council` command; a read-only file or folder is viewed and printed,
and every change to it is refused with one line."""
from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from council_desktop.app import AppContext
from council_desktop.cli import build_parser, main
from council_desktop.domain.errors import CouncilError
from council_desktop.store.database import head_revision
from council_desktop.store.identity import APPLICATION_ID


def snapshot_folder(folder: Path) -> dict[str, str]:
    """Every file of a folder and its SHA-256: what must not change."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir()) if p.is_file()}


def every_command() -> list[list[str]]:
    """Each subcommand of `council` (those added later too), with its required arguments filled."""
    commands = []

    def walk(parser, prefix):
        subs = [a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction"]
        if not subs:
            commands.append((prefix, parser))
            return
        for name, sub in subs[0].choices.items():
            walk(sub, prefix + [name])

    walk(build_parser(), [])
    return commands


def arguments(parser, folder: Path, inputs: dict[str, Path] | None = None) -> list[str]:
    """Required arguments: ids "1", the first choice, outputs into `folder`, inputs from `inputs`
    ("copy": a PDF, anything else read: a real Council Desktop database); flags such as --yes set."""
    args = []
    for action in parser._actions:
        if action.dest in ("help", "json", "command", "what"):
            continue
        if action.option_strings and not action.required:
            if action.nargs == 0 and action.const is True:  # a flag (--yes): the command's farthest path
                args.append(action.option_strings[0])
            continue
        value = sorted(action.choices)[0] if action.choices else "1"
        name = (action.dest or "").lower()
        if name == "out" or "to write" in (action.help or ""):
            value = str(folder / f"out-{name}.bin")
        elif name in ("copy", "file", "path", "source", "bundle") or "file" in (action.help or "").lower():
            inputs = inputs or {}
            value = str(inputs.get(name) or inputs.get("database") or folder / f"in-{name}.bin")
        if action.option_strings:
            args += [action.option_strings[0], value]
        else:
            args.append(value)
    return args


@pytest.fixture
def inputs(tmp_path) -> dict[str, Path]:
    """What a command may read besides its database: a real PDF and a real Council Desktop database."""
    folder = tmp_path / "inputs"
    folder.mkdir()
    ctx = AppContext.open(folder / "council.db", create=True)
    mid = ctx.demo.load()
    pdf = folder / "copy.pdf"
    pdf.write_bytes(ctx.documents.render("agenda", mid, "en"))
    ctx.close()
    return {"copy": pdf, "database": folder / "council.db"}


COMMANDS = every_command()


def foreign_sqlite(path: Path, wal: bool) -> None:
    con = sqlite3.connect(path)
    if wal:
        con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE person (name TEXT)")  # one of our table names, even
    con.execute("CREATE TABLE notes (body TEXT)")
    con.execute("INSERT INTO person VALUES ('not ours')")
    con.commit()
    con.close()


@pytest.mark.parametrize("kind", ["sqlite", "sqlite-wal", "empty-sqlite", "other-app-id", "text"])
def test_another_programs_file_is_byte_identical_after_every_command(tmp_path, capsys, kind, inputs):
    folder = tmp_path / "theirs"
    folder.mkdir()
    db = folder / "their.db"
    if kind.startswith("sqlite"):
        foreign_sqlite(db, wal=kind == "sqlite-wal")
    elif kind == "empty-sqlite":
        con = sqlite3.connect(db)
        con.execute("VACUUM")  # a valid SQLite file with no table at all
        con.close()
        assert db.stat().st_size > 0
    elif kind == "other-app-id":
        con = sqlite3.connect(db)
        con.execute("PRAGMA application_id = 1234")
        con.execute("CREATE TABLE alembic_version (version_num TEXT)")
        con.execute(f"INSERT INTO alembic_version VALUES ('{head_revision()}')")
        con.commit()
        con.close()
    else:
        db.write_bytes(b"SQLite format 3 is what this is not\n" * 40)
    before = snapshot_folder(folder)
    outputs = tmp_path / "outputs"
    outputs.mkdir()
    assert len(COMMANDS) >= 9
    for words, parser in COMMANDS:
        argv = ["--db", str(db), *words, *arguments(parser, outputs, inputs)]
        code = main(argv)
        err = capsys.readouterr().err
        assert snapshot_folder(folder) == before, argv
        assert code == 2, (argv, err)
        assert "is not a Council Desktop database" in err and err.count("\n") == 1, (argv, err)
    assert [p.name for p in outputs.iterdir()] == []


def test_the_refusal_is_in_the_users_language(tmp_path, capsys, monkeypatch):
    db = tmp_path / "their.db"
    foreign_sqlite(db, wal=False)
    for lang, text in (("ru", "не база данных Council Desktop"), ("kk", "Council Desktop дерекқоры емес"),
                       ("en", "not a Council Desktop database")):
        monkeypatch.setenv("COUNCIL_LANG", lang)
        assert main(["--db", str(db), "meetings", "list"]) == 2
        assert text in capsys.readouterr().err


def test_a_newer_versions_file_is_refused_from_its_header_and_left_as_it_was(tmp_path, capsys):
    db = tmp_path / "council.db"
    AppContext.open(db, create=True).close()
    con = sqlite3.connect(db)
    con.execute(f"PRAGMA user_version = {int(head_revision()) + 1}")
    con.commit()
    con.close()
    before = snapshot_folder(tmp_path)
    for argv in (["meetings", "list"], ["init"], ["demo"], ["protocol", "1", "--out", str(tmp_path / "p.pdf")]):
        assert main(["--db", str(db), *argv]) == 2
        assert "written by a newer version" in capsys.readouterr().err
        assert snapshot_folder(tmp_path) == before


def test_a_mistyped_path_creates_nothing_and_an_empty_one_is_refused(tmp_path, capsys, inputs):
    typo = tmp_path / "counsil.db"
    for words, parser in COMMANDS:
        if words in (["init"], ["demo"], ["restore"]):  # they make the database (restore: from a backup)
            continue
        outputs = tmp_path / "out"
        outputs.mkdir(exist_ok=True)
        assert main(["--db", str(typo), *words, *arguments(parser, outputs, inputs)]) == 2, words
        err = capsys.readouterr().err
        assert "does not exist; nothing was created" in err, (words, err)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["inputs", "out"] and list(outputs.iterdir()) == []
    assert main(["--db", "", "meetings", "list"]) == 2
    assert "the database path is empty" in capsys.readouterr().err
    with pytest.raises(CouncilError) as exc:
        AppContext.open("", create=True)
    assert exc.value.code == "database_path_empty"
    assert main(["--db", str(typo), "init"]) == 0 and typo.exists()


def test_a_new_database_carries_our_marks_and_a_file_of_an_earlier_version_gets_them(tmp_path):
    db = tmp_path / "council.db"
    AppContext.open(db, create=True).close()
    header = db.read_bytes()[:100]
    assert header[:16] == b"SQLite format 3\x00" and header[18:20] == b"\x02\x02"  # WAL
    assert int.from_bytes(header[68:72], "big") == APPLICATION_ID
    assert int.from_bytes(header[60:64], "big") == int(head_revision())
    # as an earlier version left it: the same schema and stamp, no marks
    con = sqlite3.connect(db)
    con.execute("PRAGMA application_id = 0")
    con.execute("PRAGMA user_version = 0")
    con.commit()
    con.close()
    ctx = AppContext.open(db)
    ctx.close()
    con = sqlite3.connect(db)
    assert (con.execute("PRAGMA application_id").fetchone()[0], con.execute("PRAGMA user_version").fetchone()[0]) == \
        (APPLICATION_ID, int(head_revision()))
    con.close()


# --- read-only ---------------------------------------------------------------------------------
@contextlib.contextmanager
def read_only(path: Path):
    """`path` (a file or a folder) made read-only the way a user meets it: a read-only bind mount when
    this runs as root (root writes through any permission bits), else the permission bits."""
    if os.geteuid() == 0:
        mounted = subprocess.run(["mount", "--bind", str(path), str(path)], capture_output=True)
        if mounted.returncode != 0:
            pytest.skip(f"no bind mount as root here: {mounted.stderr.decode().strip()}")
        try:
            subprocess.run(["mount", "-o", "remount,bind,ro", str(path)], check=True, capture_output=True)
            yield
        finally:
            subprocess.run(["umount", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.fixture
def demo_copy(tmp_path):
    folder = tmp_path / "office"
    folder.mkdir()
    db = folder / "council.db"
    ctx = AppContext.open(db, create=True)
    mid = ctx.demo.load()
    expected = ctx.documents.render("protocol", mid, "ru")
    ctx.close()
    shutil.rmtree(folder / "backups", ignore_errors=True)  # kept on close, if the program does; not the point here
    return db, mid, expected


def council(*argv: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "council_desktop.cli", *argv], capture_output=True, text=True,
                          timeout=120, check=False, env=dict(os.environ, COUNCIL_LANG="en"))


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_database_is_viewed_and_printed_and_refuses_every_change(demo_copy, tmp_path, what):
    db, mid, expected = demo_copy
    before = snapshot_folder(db.parent)
    with read_only(db if what == "file" else db.parent):
        ctx = AppContext.open(db)
        try:
            assert ctx.read_only == ("the file is read-only" if what == "file" else "its folder is read-only")
            assert len(ctx.views.meetings("ru")) == 2
            assert ctx.documents.render("protocol", mid, "ru") == expected
            with pytest.raises(CouncilError) as exc:
                ctx.records.create("person", {"surname": "Новый"})
            assert exc.value.code == "database_read_only"
            assert "read-only" in exc.value.message("en") and "только для чтения" in exc.value.message("ru")
        finally:
            ctx.close()
        # the command line: the quick way, the full way (the register), and a change
        out = tmp_path / "protocol.pdf"
        done = council("--db", str(db), "protocol", str(mid), "--lang", "ru", "--out", str(out))
        assert done.returncode == 0, done.stderr
        assert out.read_bytes() == expected
        done = council("--db", str(db), "document", "register", str(mid), "--out", str(tmp_path / "register.pdf"))
        assert done.returncode == 0 and (tmp_path / "register.pdf").read_bytes()[:5] == b"%PDF-", done.stderr
        done = council("--db", str(db), "meetings", "list", "--json")
        assert done.returncode == 0 and '"number": "1/1"' in done.stdout, done.stderr
        done = council("--db", str(db), "demo")
        assert done.returncode == 2 and done.stderr.count("\n") == 1
        assert "is open read-only (" in done.stderr and "copy it to a folder you can write to" in done.stderr
    after = snapshot_folder(db.parent)
    assert after.pop("council.db") == before["council.db"]
    # beside a read-only file in a writable folder SQLite keeps its shared-memory file and an empty journal
    # (as any reader of a WAL database does); in a read-only folder nothing at all
    assert after == ({} if what == "folder" else {"council.db-wal": hashlib.sha256(b"").hexdigest(),
                                                  "council.db-shm": after.get("council.db-shm")})


def test_a_read_only_database_that_needs_an_upgrade_is_refused_untouched(demo_copy):
    db, _, _ = demo_copy
    from alembic import command
    from sqlalchemy import create_engine

    from council_desktop.store.database import alembic_config

    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001")
    engine.dispose()
    before = snapshot_folder(db.parent)
    with read_only(db):
        with pytest.raises(CouncilError) as exc:
            AppContext.open(db)
    assert exc.value.code == "database_read_only_old"
    assert snapshot_folder(db.parent)["council.db"] == before["council.db"]
    assert not list(db.parent.glob("council.before-*"))  # nor a backup for an upgrade that cannot be made


def test_the_window_on_a_read_only_database_says_so_and_offers_no_editing(demo_copy, qtbot, english_ui):
    from council_desktop.ui.main_window import MainWindow

    db, mid, _ = demo_copy
    with read_only(db.parent):
        ctx = AppContext.open(db)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        try:
            banner = window.read_only_banner
            assert banner.isVisible()
            assert banner.text().startswith("This database is open read-only: its folder cannot be written")
            assert not window.act_new.isEnabled() and not window.act_import.isEnabled()
            assert window.act_export.isEnabled()  # a meeting can still go to another office
            window.views["meetings"].open_meeting(mid)
            editor = window.meeting_editor()
            assert editor is not None and editor.locked
            assert not editor.banner.isVisible()  # the signed-protocol banner is not the one shown
        finally:
            window.close()
            ctx.close()
    ctx = AppContext.open(db)  # writable again: no banner
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    try:
        assert not window.read_only_banner.isVisibleTo(window) and window.act_new.isEnabled()
        assert window.act_import.isEnabled()
    finally:
        ctx.close()


def test_a_bundle_handed_to_the_window_of_a_read_only_database_is_shown_not_imported(demo_copy, qtbot, english_ui,
                                                                                     monkeypatch, tmp_path):
    """A bundle the system hands over (opened from a mail) while the database is read-only: its preview is shown
    (what it would bring, a signed protocol verified or not) with why nothing can be imported, and no Import to
    press."""
    from ui_dialogs import DialogScript

    from council_desktop.ui.exchange_dialogs import import_file
    from council_desktop.ui.main_window import MainWindow

    import datetime

    db, _mid, _ = demo_copy
    other = AppContext.open(tmp_path / "other.db", create=True)  # another office's meeting: new here
    theirs = other.demo.load()
    other.meetings.update(theirs, {"date": datetime.date(2027, 3, 1)})
    bundle = tmp_path / "sent.council"
    other.exchange.export_bundle(theirs, bundle)
    other.close()
    before = snapshot_folder(db.parent)
    script = DialogScript(monkeypatch, qtbot)
    shown = []

    def answer(dialog):
        script.settle(dialog)
        shown.append(dialog.summary.toPlainText())
        assert not dialog.import_button.isEnabled()
        dialog.reject()

    with read_only(db.parent):
        ctx = AppContext.open(db)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        try:
            script.expect("ImportDialog", answer)
            assert import_file(window, str(bundle)) is None
            script.done()
        finally:
            window.close()
            ctx.close()
    assert shown[0].startswith("This database is open read-only: the file is shown, nothing can be imported into "
                               "it. To import, copy the database to a folder you can write to and open the copy.")
    assert "\nTo add: meeting — 1, " in shown[0]
    assert snapshot_folder(db.parent) == before


def test_the_banner_speaks_russian_and_kazakh(demo_copy, qtbot):
    from council_desktop.ui import i18n
    from council_desktop.ui.read_only_banner import ReadOnlyBanner

    db, _, _ = demo_copy
    with read_only(db):
        ctx = AppContext.open(db)
        try:
            for lang, text in (("ru", "только для чтения"), ("kk", "тек оқу үшін")):
                i18n.install(lang)
                banner = ReadOnlyBanner(ctx)
                qtbot.addWidget(banner)
                assert text in banner.text()
        finally:
            i18n.install("en")
            ctx.close()


def test_the_windows_open_refuses_another_programs_file_and_a_missing_one_and_new_makes_one(
        demo_copy, tmp_path, qtbot, monkeypatch, english_ui):
    from council_desktop.ui.main_window import DatabaseChooser, MainWindow

    db, _, _ = demo_copy
    theirs = tmp_path / "theirs" / "their.db"
    theirs.parent.mkdir()
    foreign_sqlite(theirs, wal=True)
    before = snapshot_folder(theirs.parent)
    ctx = AppContext.open(db)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: shown.append(a[2]))
    try:
        for path in (theirs, tmp_path / "theirs" / "typo.db"):
            monkeypatch.setattr(DatabaseChooser, "open_path", classmethod(lambda cls, parent, p=path: str(p)))
            window.act_open.trigger()
            assert window.ctx is ctx  # still on the database it had
        assert "is not a Council Desktop database" in shown[0] and "does not exist" in shown[1]
        assert snapshot_folder(theirs.parent) == before
        made = tmp_path / "theirs" / "new.db"
        monkeypatch.setattr(DatabaseChooser, "new_path", classmethod(lambda cls, parent: str(made)))
        window.act_newdb.trigger()
        assert window.ctx.location == str(made) and made.exists()
        monkeypatch.setattr(DatabaseChooser, "new_path", classmethod(lambda cls, parent: str(theirs)))
        window.act_newdb.trigger()  # New over another program's file (the dialog asked to replace it): refused
        assert window.ctx.location == str(made) and "is not a Council Desktop database" in shown[2]
        assert snapshot_folder(theirs.parent).items() >= before.items()
    finally:
        window.ctx.close()
        ctx.close()
