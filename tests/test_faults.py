"""Faults of the machine are conditions, not crashes: each one provoked for real, in a separate `council`
process, with its exit status (2) and its one translated line asserted, and the database unchanged.

Disk full: a small tmpfs; read-only: a read-only bind mount and a chmod'ed file read by an unprivileged
user (root ignores file permissions); locked: a second process holding `BEGIN IMMEDIATE`.  Mounts are
made in a private mount namespace (`unshare --user --map-root-user --mount`), so no root is needed
and nothing is left mounted.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest

from council_desktop.app import AppContext

EXIT_USER = 2


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def place():
    """A folder any user may enter (pytest's own are private to their owner), removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="council-faults-"))
    folder.chmod(0o777)
    (folder / "home").mkdir(mode=0o777)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def demo_db(place):
    db = place / "council.db"
    ctx = AppContext.open(db, create=True)
    ctx.demo.load()
    ctx.close()
    shutil.rmtree(place / "backups", ignore_errors=True)
    db.chmod(0o666)
    return db


def council(place: Path, *argv, wrap: list[str] | None = None, lang: str = "en", timeout: float = 60):
    """The `council` command in a process of its own; (exit status, stdout, stderr)."""
    env = {**os.environ, "COUNCIL_LANG": lang, "HOME": str(place / "home"), "XDG_DATA_HOME": str(place / "home"),
           "XDG_STATE_HOME": str(place / "home"), "XDG_CONFIG_HOME": str(place / "home"),
           "COUNCIL_BACKUP_KEEP": "0", "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    cmd = [*(wrap or []), sys.executable, "-m", "council_desktop.cli", *map(os.fsdecode, argv)]
    p = subprocess.run([os.fsencode(c) for c in cmd], capture_output=True, env=env, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err and "unexpected error" not in err, err
    return lines[0]


def unprivileged() -> list[str]:
    """A prefix that runs a command as a user file permissions apply to."""
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        pytest.skip("running as root and setpriv (util-linux) is missing: permissions cannot be tried")
    wrap = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    # a checkout under a private home (/root) is closed to that user: it could not even start the program
    probe = subprocess.run([*wrap, sys.executable, "-c", "import council_desktop.cli"], capture_output=True,
                           env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}, cwd="/")
    if probe.returncode != 0:
        pytest.skip("an unprivileged user cannot run the program from this checkout (a private home?): "
                    "permissions cannot be tried")
    return wrap


def in_namespace(setup: str, after: str = "true") -> list[str]:
    """A prefix running `setup` (mounts) in a private user and mount namespace, then the command, then
    `after` (which may copy what the test must see out of the private mount)."""
    if not shutil.which("unshare"):
        pytest.skip("unshare (util-linux) is missing: no private mount namespace for the test")
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True)
    if probe.returncode != 0:
        pytest.skip(f"user namespaces are not allowed here: {probe.stderr.decode().strip()}")
    return ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
            f'{setup} || exit 99; "$@"; rc=$?; {after}; exit $rc', "sh"]


# --- locked ------------------------------------------------------------------------------------
HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    con.execute("UPDATE setting SET value = value")
    print("holding", flush=True)
    sys.stdin.readline()
    con.execute("ROLLBACK")
""")


def test_a_database_another_process_is_writing_is_busy_not_a_crash(demo_db, place):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(demo_db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        before = digest(demo_db)
        code, out, err = council(place, "--db", demo_db, "demo")
        assert code == EXIT_USER and out == ""
        assert one_line(err) == (f"council: database {demo_db} is busy: another program or window is writing "
                                 "to it; nothing was changed: try again when it has finished")
        code, _, err = council(place, "--db", demo_db, "demo", lang="kk")
        assert code == EXIT_USER and "дерекқоры бос емес" in one_line(err)
        assert digest(demo_db) == before
    finally:
        holder.communicate("\n", timeout=30)


# --- read-only, permission denied ----------------------------------------------------------------
def test_a_read_only_file_is_not_written_and_says_so(demo_db, place):
    wrap = unprivileged()
    demo_db.chmod(0o444)
    before = digest(demo_db)
    code, out, err = council(place, "--db", demo_db, "demo", wrap=wrap)
    assert code == EXIT_USER and out == ""
    line = one_line(err)
    assert str(demo_db) in line and "read-only" in line and "nothing was changed" in line
    # reading and printing still work
    code, out, err = council(place, "--db", demo_db, "protocol", "1", "--out", place / "p.pdf", wrap=wrap)
    assert code == 0, err
    assert (place / "p.pdf").read_bytes()[:5] == b"%PDF-"
    assert digest(demo_db) == before


def test_a_read_only_mount_is_not_written_and_says_so(demo_db, place):
    ro = place / "ro"
    ro.mkdir(mode=0o777)
    shutil.copy(demo_db, ro / "council.db")
    before = digest(ro / "council.db")
    wrap = in_namespace(f"mount --bind {ro} {ro} && mount -o remount,bind,ro {ro}")
    code, out, err = council(place, "--db", ro / "council.db", "demo", wrap=wrap)
    assert code == EXIT_USER and out == ""
    line = one_line(err)
    assert str(ro / "council.db") in line and "read-only" in line
    code, out, err = council(place, "--db", demo_db, "protocol", "1", "--out", ro / "p.pdf", wrap=wrap)
    assert code == EXIT_USER
    assert one_line(err) == f"council: {ro / 'p.pdf'}: cannot write the file: Read-only file system"
    code, _, err = council(place, "--db", demo_db, "protocol", "1", "--out", ro / "p.pdf", wrap=wrap, lang="ru")
    assert code == EXIT_USER and "диск только для чтения" in one_line(err)
    assert digest(ro / "council.db") == before and sorted(p.name for p in ro.iterdir()) == ["council.db"]


def test_permission_denied_on_the_database_and_on_the_output_folder(demo_db, place):
    wrap = unprivileged()
    closed = place / "closed"
    closed.mkdir(mode=0o555)
    code, out, err = council(place, "--db", demo_db, "protocol", "1", "--out", closed / "p.pdf", wrap=wrap)
    assert code == EXIT_USER and out == ""
    assert one_line(err) == f"council: {closed / 'p.pdf'}: cannot write the file: Permission denied"
    code, _, err = council(place, "--db", demo_db, "backup", "--out", closed / "b.db", wrap=wrap)
    assert code == EXIT_USER and "Permission denied" in one_line(err)
    secret = place / "secret.db"
    shutil.copy(demo_db, secret)
    secret.chmod(0o000)
    code, out, err = council(place, "--db", secret, "meetings", "list", wrap=wrap)
    assert code == EXIT_USER and out == ""
    line = one_line(err)
    assert str(secret) in line and "Permission denied" in line
    assert list(closed.iterdir()) == []


# --- disk full ---------------------------------------------------------------------------------
def test_a_full_disk_leaves_the_old_file_and_the_database_as_they_were(demo_db, place):
    small = place / "small"
    small.mkdir(mode=0o777)
    seen = place / "seen"
    seen.mkdir(mode=0o777)
    setup = (f"mount -t tmpfs -o size=512k tmpfs {small} && printf '%s' 'the old protocol' > {small}/protocol.pdf"
             f" && head -c 480k /dev/zero > {small}/filler")
    after = f"cp {small}/protocol.pdf {seen}/protocol.pdf; ls -A {small} > {seen}/files"
    wrap = in_namespace(setup, after)
    code, out, err = council(place, "--db", demo_db, "protocol", "1", "--out", small / "protocol.pdf", "--lang", "kk",
                             wrap=wrap)
    assert code == EXIT_USER and out == ""
    assert one_line(err) == (f"council: {small / 'protocol.pdf'}: the disk is full; nothing was changed: "
                             "free some space and try again")
    assert (seen / "protocol.pdf").read_text() == "the old protocol"
    assert (seen / "files").read_text().split() == ["filler", "protocol.pdf"]  # no temporary file left
    code, _, err = council(place, "--db", demo_db, "backup", "--out", small / "b.db", wrap=wrap)
    assert code == EXIT_USER and "the disk is full" in one_line(err)
    assert (seen / "files").read_text().split() == ["filler", "protocol.pdf"]


@pytest.mark.parametrize("kind", ["docx", "xlsx", "csv", "ics", "eml", "bundle"])
def test_an_export_onto_a_full_disk_leaves_the_old_file_and_no_piece_of_the_new(demo_db, place, kind):
    """Each format's writer (python-docx, openpyxl, icalendar, the email package, the bundle's ZIP) meets
    the full disk on its temporary file: one line saying so, the file there before kept, nothing left."""
    small = place / "small"
    small.mkdir(mode=0o777)
    seen = place / "seen"
    seen.mkdir(mode=0o777)
    out = small / f"meeting.{kind}"
    setup = (f"mount -t tmpfs -o size=256k tmpfs {small} && printf '%s' 'sent last week' > {out}"
             f" && head -c $(( $(stat -f -c '%a*%S' {small}) )) /dev/zero > {small}/filler")  # not a block left
    after = f"cp {out} {seen}/kept; ls -A {small} > {seen}/files"
    code, printed, err = council(place, "--db", demo_db, "export", "1", "--format", kind, "--out", out,
                                 wrap=in_namespace(setup, after))
    assert code == EXIT_USER and printed == "", (printed, err)
    assert one_line(err) == f"council: {out}: the disk is full; nothing was changed: free some space and try again"
    assert (seen / "kept").read_text() == "sent last week"
    assert sorted((seen / "files").read_text().split()) == sorted(["filler", out.name])  # no temporary file


def new_database_on_a_nearly_full_disk(place: Path, room: int) -> tuple[Path, Path, list[str]]:
    """A new database on a 1 MiB disk with `room` bytes left: its folder, the folder where its state is seen
    afterwards (`state`: the integrity check's answer, then how many meetings and people it holds), and the
    prefix that runs a command there."""
    small, seen = place / "small", place / "seen"
    small.mkdir(mode=0o777)
    seen.mkdir(mode=0o777)
    empty = place / "empty.db"
    AppContext.open(empty, create=True).close()
    shutil.rmtree(place / "backups", ignore_errors=True)
    setup = (f"mount -t tmpfs -o size=1m tmpfs {small} && cp {empty} {small}/council.db"
             f" && head -c $(( $(stat -f -c '%a*%S' {small}) - {room} )) /dev/zero > {small}/filler")
    check = (f"import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
             f"print(c.execute('PRAGMA integrity_check').fetchone()[0], "
             f"c.execute('SELECT count(*) FROM meeting').fetchone()[0], "
             f"c.execute('SELECT count(*) FROM person').fetchone()[0])")
    after = f"{sys.executable} -c \"{check}\" {small}/council.db > {seen}/state"
    return small, seen, in_namespace(setup, after)


def test_a_full_disk_refuses_a_write_to_the_database_whole(place):
    small, seen, wrap = new_database_on_a_nearly_full_disk(place, 131072)  # the demo is loaded into it
    code, out, err = council(place, "--db", small / "council.db", "demo", wrap=wrap)
    assert code == EXIT_USER and out == ""
    line = one_line(err)
    assert str(small / "council.db") in line and "the disk is full" in line and "nothing was changed" in line
    assert (seen / "state").read_text().split() == ["ok", "0", "0"]  # intact, and the demo not half loaded


def test_a_bundle_imported_onto_a_full_disk_is_refused_whole(demo_db, place):
    """A meeting from another office into a database whose disk fills during the import: one line, and the
    database as it was (no half of the meeting, no stray journal)."""
    bundle = place / "from the ministry.council"
    code, _, err = council(place, "--db", demo_db, "export", "1", "--format", "bundle", "--out", bundle)
    assert code == 0, err
    small, seen, wrap = new_database_on_a_nearly_full_disk(place, 65536)
    code, out, err = council(place, "--db", small / "council.db", "import", "bundle", bundle, "--yes", wrap=wrap)
    assert code == EXIT_USER and out == "", (out, err)
    line = one_line(err)
    assert str(small / "council.db") in line and "the disk is full" in line and "nothing was changed" in line, line
    assert (seen / "state").read_text().split() == ["ok", "0", "0"]


def test_a_list_of_people_imported_onto_a_full_disk_is_refused_whole(place):
    """5,000 people from a list into a database whose disk fills: one line, the database as it was (no
    person, organisation or audit entry of the list)."""
    count = 5_000
    table = place / "list.csv"
    table.write_text("\n".join(["Фамилия;Имя;Организация"] + [f"Импортов{i};Имя;Центр {i % 7}" for i in range(count)]),
                     encoding="utf-8")
    small, seen, wrap = new_database_on_a_nearly_full_disk(place, 65536)
    code, out, err = council(place, "--db", small / "council.db", "import", "people", table, "--yes", wrap=wrap)
    assert code == EXIT_USER and out == "", (out, err)
    line = one_line(err)
    assert str(small / "council.db") in line and "the disk is full" in line and "nothing was changed" in line, line
    assert (seen / "state").read_text().split() == ["ok", "0", "0"]


def test_creating_a_database_on_a_full_disk_leaves_nothing(place):
    small = place / "small"
    small.mkdir(mode=0o777)
    wrap = in_namespace(f"mount -t tmpfs -o size=256k tmpfs {small}")
    code, out, err = council(place, "--db", small / "new.db", "demo", wrap=wrap)
    assert code == EXIT_USER and out == ""
    line = one_line(err)
    assert str(small / "new.db") in line and "full" in line


# --- names, encodings, patterns, numbers ---------------------------------------------------------
def test_a_file_name_too_long_is_said_so(demo_db, place):
    long_name = place / ("протокол-" * 40 + ".pdf")
    code, out, err = council(place, "--db", demo_db, "protocol", "1", "--out", long_name)
    assert code == EXIT_USER and out == ""
    assert one_line(err) == f"council: {long_name}: cannot write the file: File name too long"
    code, _, err = council(place, "--db", demo_db, "protocol", "1", "--out", long_name, lang="kk")
    assert code == EXIT_USER and "файл атауы тым ұзын" in one_line(err)


def test_undecodable_bytes_in_an_argument_are_refused(demo_db, place):
    before = digest(demo_db)
    for argv in (["people", "list", "--search", b"\xff\xfe"], ["protocol", "1", "--out", b"/tmp/\xffx.pdf"]):
        code, out, err = council(place, "--db", demo_db, *[os.fsdecode(a) if isinstance(a, bytes) else a for a in argv])
        assert code == EXIT_USER and out == ""
        assert one_line(err).startswith("council: the argument ") and "\\xff" in err and "is not valid text" in err
    assert not Path("/tmp/\udcffx.pdf".encode("utf-8", "surrogateescape").decode("latin-1")).exists()
    assert digest(demo_db) == before


def test_a_search_longer_than_any_name_finds_nothing_and_is_no_fault(demo_db, place):
    """SQLite's LIKE refused a pattern over 50,000 bytes ("pattern too complex"); the people search now
    looks its words up in the trigram index (migration 0006), which takes any length."""
    code, out, err = council(place, "--db", demo_db, "--json", "people", "list", "--search", "а" * 60_000)
    assert (code, json.loads(out), err) == (0, [], "")
    code, out, err = council(place, "--db", demo_db, "--json", "people", "list", "--search",
                             "Касымова" + " а" * 20_000)  # a real name, and every word must match
    assert (code, json.loads(out), err) == (0, [], "")


@pytest.mark.parametrize("argv, field", [
    (["meeting", "show", "١"], "meeting id"), (["meeting", "show", "１２"], "meeting id"),
    (["people", "list", "--limit", "５"], "limit"), (["protocol", "²", "--out", "x.pdf"], "meeting id"),
    (["document", "extract", "1", "--item", "٣", "--out", "x.pdf"], "item")])
def test_numbers_are_ascii_digits_only(demo_db, place, argv, field):
    code, out, err = council(place, "--db", demo_db, *argv)
    assert code == EXIT_USER and out == ""
    value = argv[2] if argv[0] == "meeting" else next(a for a in argv if not a.isascii())
    assert one_line(err) == f"council: {field}: {value!r} is not a number; use the digits 0–9"
    assert not (place / "x.pdf").exists()


def test_check_on_a_malformed_file_prints_fail_lines_not_a_traceback(demo_db, place):
    data = bytearray(demo_db.read_bytes())
    for offset in range(4096 * 2, len(data), 4096 * 3):  # every third page's first bytes garbled
        data[offset:offset + 64] = os.urandom(64)
    demo_db.write_bytes(bytes(data))
    code, out, err = council(place, "--db", demo_db, "check")
    assert "Traceback" not in err and "unexpected error" not in err, err
    lines = out.strip().splitlines()
    assert code == 1 and lines and any(line.startswith("FAIL") for line in lines)
    assert all(line.startswith(("ok ", "FAIL ")) for line in lines), out


def test_check_on_a_file_that_is_not_a_database(place):
    text = place / "notes.db"
    text.write_text("minutes of the meeting\n" * 100)
    code, out, err = council(place, "--db", text, "check")
    assert "Traceback" not in err and "unexpected error" not in err
    assert code == EXIT_USER and out == ""
    assert "is not a Council Desktop database" in one_line(err)


def test_the_window_says_a_locked_database_the_same_way(demo_db, qapp):
    """A fault reaching the window from a job (ui.jobs) is the same translated line, not an exception's name."""
    from sqlalchemy.exc import OperationalError

    from council_desktop.ui import i18n, jobs

    holder = sqlite3.connect(demo_db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        writer = sqlite3.connect(demo_db, timeout=0, isolation_level=None)
        with pytest.raises(sqlite3.OperationalError) as raised:
            writer.execute("BEGIN IMMEDIATE")
        writer.close()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    files_watched = AppContext.open(demo_db)  # the window has its database open
    try:
        i18n.install("ru")
        wrapped = OperationalError("BEGIN IMMEDIATE", {}, raised.value)
        assert jobs.error_text(wrapped) == (f"база данных {demo_db} занята: в неё пишет другая программа или окно; "
                                            "ничего не изменено: повторите, когда запись закончится")
    finally:
        i18n.install("en")
        files_watched.close()


def test_a_missing_file_of_our_own_stays_our_fault():
    """Conditions are the machine's refusals; a resource the program cannot find is a fault of ours (exit 1)."""
    from council_desktop.store.faults import condition

    assert condition(FileNotFoundError(2, "No such file or directory", "/nowhere/font.ttf")) is None
    assert condition(OSError(28, "No space left on device", "/x/p.pdf")).code == "disk_full"
    assert condition(PermissionError(13, "Permission denied", "/x/p.pdf")).message("en") == (
        "/x/p.pdf: cannot write the file: Permission denied")


JOINT_WRITES = [("meeting", "signatories", "1", "--body", "2", "--chair", "3"),
                ("meeting", "body-votes", "1", "4.1", "--count", "1=9/1/0", "--count", "2=4/0/1")]


@pytest.mark.parametrize("argv", JOINT_WRITES)
def test_a_joint_meetings_signatories_and_counts_wait_for_no_other_writer(demo_db, place, argv):
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(demo_db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        before = digest(demo_db)
        code, out, err = council(place, "--db", demo_db, *argv)
        assert (code, out) == (EXIT_USER, "")
        assert one_line(err) == (f"council: database {demo_db} is busy: another program or window is writing "
                                 "to it; nothing was changed: try again when it has finished")
        assert digest(demo_db) == before
    finally:
        holder.communicate("\n", timeout=30)


@pytest.mark.parametrize("argv", JOINT_WRITES)
def test_a_joint_meetings_signatories_and_counts_on_a_read_only_file(demo_db, place, argv):
    wrap = unprivileged()
    demo_db.chmod(0o444)
    before = digest(demo_db)
    code, out, err = council(place, "--db", demo_db, *argv, wrap=wrap)
    assert (code, out) == (EXIT_USER, "")
    line = one_line(err)
    assert str(demo_db) in line and "read-only" in line and "nothing was changed" in line
    assert digest(demo_db) == before


FEED_ON_READ_ONLY = textwrap.dedent("""
    import sys
    from council_desktop.app import AppContext
    ctx = AppContext.open(sys.argv[1])
    print([ctx.feed.poll() for _ in range(3)], len(ctx.views.meeting_record(1)["agenda"]))
    ctx.close()
""")


def test_the_change_feed_on_a_read_only_mount_polls_without_fault_and_writes_nothing(demo_db, place):
    """A window on a copy in a read-only folder: its feed cannot open the file (no -shm can be made) and
    says nothing, every poll; the meeting is read, the file stays byte for byte, nothing is left beside it."""
    ro = place / "ro"
    ro.mkdir(mode=0o777)
    shutil.copy(demo_db, ro / "council.db")
    before = digest(ro / "council.db")
    wrap = in_namespace(f"mount --bind {ro} {ro} && mount -o remount,bind,ro {ro}")
    env = {**os.environ, "HOME": str(place / "home"), "PYTHONPATH": str(Path(__file__).resolve().parent.parent)}
    done = subprocess.run([*wrap, sys.executable, "-c", FEED_ON_READ_ONLY, str(ro / "council.db")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert (done.returncode, done.stdout, done.stderr) == (0, "[None, None, None] 4\n", "")
    assert digest(ro / "council.db") == before and sorted(p.name for p in ro.iterdir()) == ["council.db"]
