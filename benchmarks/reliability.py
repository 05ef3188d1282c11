"""Faults tried against the `council` command, and what it did: the table in docs/reliability.md.

    python benchmarks/reliability.py            # print the table
    python benchmarks/reliability.py --write    # and put it into docs/reliability.md

Each case runs the real command in a process of its own against a real database made for it in a
temporary folder, provokes the fault for real (a second process holding the write lock, a chmod'ed
file read by an unprivileged user, a read-only bind mount, a full tmpfs, …) and records the exit
status, the one line on stderr, and whether the database (and the files the case names) are
byte-identical afterwards.  Mounts are made in a private user and mount namespace (`unshare`), so
no root is needed and nothing stays mounted; a case that cannot be provoked here says why.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DOC = ROOT / "docs" / "reliability.md"
BEGIN, END = "<!-- table: benchmarks/reliability.py -->", "<!-- end of table -->"


@dataclass
class Result:
    fault: str
    case: str
    code: int | None
    line: str
    unchanged: bool | None
    note: str = ""


class Skip(Exception):
    pass


class Lab:
    """A folder any user may enter, with a demo database in it."""

    def __init__(self) -> None:
        from council_desktop.app import AppContext

        self.dir = Path(tempfile.mkdtemp(prefix="council-reliability-"))
        self.dir.chmod(0o777)
        (self.dir / "home").mkdir(mode=0o777)
        self.db = self.dir / "council.db"
        ctx = AppContext.open(self.db, create=True)
        ctx.demo.load()
        ctx.close()
        shutil.rmtree(self.dir / "backups", ignore_errors=True)
        self.db.chmod(0o666)
        self.pristine = self.dir / "pristine.db"
        shutil.copy(self.db, self.pristine)

    def fresh(self, name: str) -> Path:
        path = self.dir / name
        shutil.copy(self.pristine, path)
        path.chmod(0o666)
        return path

    def council(self, *argv, wrap: list[str] | None = None) -> tuple[int, str, str]:
        env = {**os.environ, "COUNCIL_LANG": "en", "HOME": str(self.dir / "home"),
               "XDG_DATA_HOME": str(self.dir / "home"), "XDG_STATE_HOME": str(self.dir / "home"),
               "XDG_CONFIG_HOME": str(self.dir / "home"), "COUNCIL_BACKUP_KEEP": "0", "PYTHONPATH": str(ROOT)}
        cmd = [*(wrap or []), sys.executable, "-m", "council_desktop.cli", *map(os.fsdecode, argv)]
        p = subprocess.run([os.fsencode(c) for c in cmd], capture_output=True, env=env, timeout=120)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for p in paths:
        h.update(p.read_bytes() if p.is_file() else b"<none>")
    return h.hexdigest()


def unprivileged() -> list[str]:
    if os.geteuid() != 0:
        return []
    if not shutil.which("setpriv"):
        raise Skip("root, and no setpriv to drop to an ordinary user (root ignores file permissions)")
    return ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]


def namespace(setup: str, after: str = "true") -> list[str]:
    probe = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "true"], capture_output=True) \
        if shutil.which("unshare") else None
    if probe is None or probe.returncode != 0:
        raise Skip("no private mount namespace here (unshare --user --mount refused)")
    return ["unshare", "--user", "--map-root-user", "--mount", "sh", "-c",
            f'{setup} || exit 99; "$@"; rc=$?; {after}; exit $rc', "sh"]


HOLD_LOCK = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], isolation_level=None)
    con.execute("BEGIN IMMEDIATE")
    print("holding", flush=True)
    sys.stdin.readline()
    con.execute("ROLLBACK")
""")


def holding_lock(db: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "holding"
    return holder


# --- the cases ----------------------------------------------------------------------------------
def cases(lab: Lab) -> list[tuple[str, str, Callable[[], tuple[tuple[int, str, str], bool]]]]:
    db = lab.db
    found: list = []

    def case(fault: str, name: str):
        def register(fn):
            found.append((fault, name, fn))
            return fn
        return register

    # the database is never a target
    for side in ("council.db", "council.db-wal", "council.db-shm", "council.db-journal", "COUNCIL.DB",
                 "council.before-0003.db"):
        @case("output onto the database", f"`protocol 1 --out {side}`")
        def _(side=side):
            before = digest(db)
            return lab.council("--db", db, "protocol", "1", "--out", db.parent / side), digest(db) == before

    @case("output onto the database", "`document register 1 --out` a hard link to the database")
    def _():
        link = lab.dir / "link.pdf"
        link.unlink(missing_ok=True)
        os.link(db, link)
        before = digest(db)
        return lab.council("--db", db, "document", "register", "1", "--out", link), digest(db) == before

    @case("output onto the database", "`backup --out` a symlink to the database")
    def _():
        link = lab.dir / "copy.db"
        link.unlink(missing_ok=True)
        link.symlink_to(db)
        before = digest(db)
        return lab.council("--db", db, "backup", "--out", link), digest(db) == before

    # locked
    @case("database locked", "`demo` while another process holds `BEGIN IMMEDIATE`")
    def _():
        target = lab.fresh("locked.db")
        con = sqlite3.connect(target)
        con.execute("DELETE FROM meeting_body")
        con.commit()
        con.close()
        holder = holding_lock(target)
        try:
            before = digest(target)
            return lab.council("--db", target, "demo"), digest(target) == before
        finally:
            holder.communicate("\n")

    @case("database locked", "`restore --yes` while another process holds the write lock")
    def _():
        target = lab.fresh("locked2.db")
        holder = holding_lock(target)
        try:
            before = digest(target)
            return lab.council("--db", target, "restore", lab.pristine, "--yes"), digest(target) == before
        finally:
            holder.communicate("\n")

    # read-only
    @case("read-only", "`demo` on a file chmod 444, as an ordinary user")
    def _():
        target = lab.fresh("ro.db")
        target.chmod(0o444)
        before = digest(target)
        return lab.council("--db", target, "demo", wrap=unprivileged()), digest(target) == before

    @case("read-only", "`demo` on a read-only bind mount")
    def _():
        folder = lab.dir / "romount"
        folder.mkdir(mode=0o777, exist_ok=True)
        target = folder / "council.db"
        shutil.copy(lab.pristine, target)
        before = digest(target)
        wrap = namespace(f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}")
        return lab.council("--db", target, "demo", wrap=wrap), digest(target) == before

    @case("read-only", "`protocol --out` into a read-only bind mount")
    def _():
        folder = lab.dir / "romount2"
        folder.mkdir(mode=0o777, exist_ok=True)
        wrap = namespace(f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}")
        before = digest(db)
        result = lab.council("--db", db, "protocol", "1", "--out", folder / "p.pdf", wrap=wrap)
        return result, digest(db) == before and not list(folder.iterdir())

    # permission denied
    @case("permission denied", "`protocol --out` into a folder mode 555, as an ordinary user")
    def _():
        folder = lab.dir / "closed"
        folder.mkdir(mode=0o555, exist_ok=True)
        before = digest(db)
        result = lab.council("--db", db, "protocol", "1", "--out", folder / "p.pdf", wrap=unprivileged())
        return result, digest(db) == before and not list(folder.iterdir())

    @case("permission denied", "`meetings list` on a database mode 000, as an ordinary user")
    def _():
        target = lab.fresh("secret.db")
        target.chmod(0o000)
        return lab.council("--db", target, "meetings", "list", wrap=unprivileged()), True

    # disk full
    @case("disk full", "`protocol --out` over an old file on a full 512 KiB tmpfs")
    def _():
        small, seen = lab.dir / "small", lab.dir / "seen"
        small.mkdir(mode=0o777, exist_ok=True)
        seen.mkdir(mode=0o777, exist_ok=True)
        wrap = namespace(f"mount -t tmpfs -o size=512k tmpfs {small} && printf old > {small}/p.pdf && "
                         f"head -c 480k /dev/zero > {small}/filler",
                         f"cp {small}/p.pdf {seen}/p.pdf; ls -A {small} > {seen}/files")
        result = lab.council("--db", db, "protocol", "1", "--lang", "kk", "--out", small / "p.pdf", wrap=wrap)
        return result, ((seen / "p.pdf").read_text() == "old"
                        and (seen / "files").read_text().split() == ["filler", "p.pdf"])

    @case("disk full", "`demo` into a database on a nearly full tmpfs (integrity and emptiness checked after)")
    def _():
        from council_desktop.app import AppContext

        small, seen, empty = lab.dir / "small2", lab.dir / "seen2", lab.dir / "empty.db"
        small.mkdir(mode=0o777, exist_ok=True)
        seen.mkdir(mode=0o777, exist_ok=True)
        AppContext.open(empty, create=True).close()
        shutil.rmtree(lab.dir / "backups", ignore_errors=True)
        check = ("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute('PRAGMA integrity_check')"
                 ".fetchone()[0], c.execute('SELECT count(*) FROM meeting').fetchone()[0])")
        wrap = namespace(f"mount -t tmpfs -o size=1m tmpfs {small} && cp {empty} {small}/council.db && "
                         f"head -c $(( $(stat -f -c '%a*%S' {small}) - 131072 )) /dev/zero > {small}/filler",
                         f"{sys.executable} -c \"{check}\" {small}/council.db > {seen}/state")
        result = lab.council("--db", small / "council.db", "demo", wrap=wrap)
        return result, (seen / "state").read_text().split() == ["ok", "0"]

    @case("disk full", "`demo` creating a new database on a full 256 KiB tmpfs")
    def _():
        small, seen = lab.dir / "small3", lab.dir / "seen3"
        small.mkdir(mode=0o777, exist_ok=True)
        seen.mkdir(mode=0o777, exist_ok=True)
        wrap = namespace(f"mount -t tmpfs -o size=256k tmpfs {small}", f"ls -A {small} > {seen}/files")
        result = lab.council("--db", small / "new.db", "demo", wrap=wrap)
        return result, (seen / "files").read_text().split() == []

    # names, encodings, patterns, numbers
    @case("name too long", "`protocol --out` with a 360-character (660-byte) name")
    def _():
        before = digest(db)
        return lab.council("--db", db, "protocol", "1", "--out", lab.dir / ("протокол-" * 40 + ".pdf")), \
            digest(db) == before

    @case("name too long", "`--db` with a 300-character name")
    def _():
        return lab.council("--db", lab.dir / ("n" * 300 + ".db"), "meetings", "list"), True

    @case("bad encoding", "`people list --search` with the bytes ff fe (not UTF-8)")
    def _():
        before = digest(db)
        return lab.council("--db", db, "people", "list", "--search", os.fsdecode(b"\xff\xfe")), digest(db) == before

    @case("bad encoding", "`protocol --out` a file name with the byte ff")
    def _():
        before = digest(db)
        return lab.council("--db", db, "protocol", "1", "--out", os.fsdecode(bytes(lab.dir) + b"/\xff.pdf")), \
            digest(db) == before

    @case("pattern too long", "`people list --search` of 60,000 letters")
    def _():
        return lab.council("--db", db, "people", "list", "--search", "а" * 60_000), True

    for argv in (["meeting", "show", "١"], ["meeting", "show", "１２"], ["people", "list", "--limit", "５"],
                 ["document", "extract", "1", "--item", "٣", "--out", "x.pdf"]):
        @case("number not in ASCII digits", f"`{' '.join(argv)}`")
        def _(argv=argv):
            return lab.council("--db", db, *argv), not (Path.cwd() / "x.pdf").exists()

    # check on a malformed file
    @case("check on a malformed file", "`check` on a database with pages garbled")
    def _():
        target = lab.fresh("garbled.db")
        data = bytearray(target.read_bytes())
        for offset in range(4096 * 2, len(data), 4096 * 3):
            data[offset:offset + 64] = bytes(range(64))
        target.write_bytes(bytes(data))
        return lab.council("--db", target, "check"), True

    @case("check on a malformed file", "`check` on a text file")
    def _():
        target = lab.dir / "notes.db"
        target.write_text("minutes of the meeting\n" * 100)
        before = digest(target)
        return lab.council("--db", target, "check"), digest(target) == before

    # restore of files that are not an intact backup of ours
    def hostile(name: str, make: Callable[[Path], None]):
        @case("restore of a hostile file", f"`restore --yes` {name}")
        def _():
            source = lab.dir / f"hostile-{re.sub(r'[^a-z]+', '-', name.lower())}.db"
            make(source)
            target = lab.fresh("restore-target.db")
            before = digest(target)
            return lab.council("--db", target, "restore", source, "--yes"), digest(target) == before

    def other_app(p: Path) -> None:
        con = sqlite3.connect(p)
        con.execute("CREATE TABLE notes (text TEXT)")
        con.commit()
        con.close()

    def damaged(p: Path) -> None:
        data = bytearray(lab.pristine.read_bytes())
        for i in range(4096 * 3, 4096 * 3 + 2000):
            data[i] ^= 0x5A
        p.write_bytes(bytes(data))

    def newer(p: Path) -> None:
        shutil.copy(lab.pristine, p)
        con = sqlite3.connect(p)
        con.execute("UPDATE alembic_version SET version_num = '9999'")
        con.execute("PRAGMA user_version = 9999")
        con.commit()
        con.close()

    @case("restore onto a damaged database", "`restore --yes` a good backup over a database with pages garbled")
    def _():
        target = lab.fresh("garbled-target.db")
        data = bytearray(target.read_bytes())
        for offset in range(4096 * 2, len(data), 4096 * 3):
            data[offset:offset + 64] = bytes(range(64))
        target.write_bytes(bytes(data))
        result = lab.council("--db", target, "restore", lab.pristine, "--yes")
        con = sqlite3.connect(target)
        intact = con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
        kept = sorted((lab.dir / "backups").glob("garbled-target-before-restore-*.db"))
        return result, intact and len(kept) == 1 and kept[0].read_bytes() == bytes(data)

    hostile("another application's SQLite file", other_app)
    hostile("a backup with a page garbled", damaged)
    hostile("a backup from a newer version", newer)
    hostile("an empty file", lambda p: p.write_bytes(b""))
    return found


def run() -> list[Result]:
    lab = Lab()
    results = []
    cwd = os.getcwd()
    os.chdir(lab.dir)
    try:
        for fault, name, fn in cases(lab):
            try:
                (code, _out, err), unchanged = fn()
            except Skip as why:
                results.append(Result(fault, name, None, "", None, f"not tried: {why}"))
                continue
            lines = err.strip().splitlines()
            line = lines[0] if lines else (_out.strip().splitlines() or [""])[-1]
            note = "" if len(lines) <= 1 and "Traceback" not in err else "MORE THAN ONE LINE"
            if "unexpected error" in err:
                note = "OUR FAULT (exit 1, unexpected error)"
            line = re.sub(r"[^\s/]{41,}", lambda m: f"{m.group(0)[:16]}…{m.group(0)[-12:]}",  # long names
                          line.replace(str(lab.dir), "T"))
            results.append(Result(fault, name, code, line, unchanged, note))
    finally:
        os.chdir(cwd)
        lab.close()
    return results


def table(results: list[Result]) -> str:
    rows = ["| fault | case | exit | what it said (T = the test folder) | unchanged |",
            "| --- | --- | --- | --- | --- |"]
    for r in results:
        said = (r.line if len(r.line) <= 260 else r.line[:257] + "…").replace("|", "\\|")
        if r.note:
            said = f"{said} **{r.note}**" if said else f"*{r.note}*"
        unchanged = {True: "yes", False: "**NO**", None: "—"}[r.unchanged]
        rows.append(f"| {r.fault} | {r.case} | {'—' if r.code is None else r.code} | {said} | {unchanged} |")
    return "\n".join(rows)


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help=f"put the table into {DOC.relative_to(ROOT)}")
    args = p.parse_args(argv)
    results = run()
    text = (f"Run {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC, as "
            f"{'root (ordinary-user cases through setpriv)' if os.geteuid() == 0 else 'an ordinary user'}, "
            f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version}.\n\n" + table(results))
    print(text)
    if args.write:
        doc = DOC.read_text("utf-8")
        start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
        DOC.write_text(doc[:start] + "\n" + text + "\n" + doc[end:], "utf-8")
    bad = [r for r in results if r.note.isupper() or r.unchanged is False
           or (r.code is not None and r.code not in (0, 1, 2))]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
