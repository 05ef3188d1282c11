"""Signing while another process edits the minutes: what is signed always equals the minutes locked.

A second process writes what was heard on an agenda item in a loop, as another window or client
would; the meeting is signed, amended and signed again many times meanwhile.  Every signed version
holds the text the minutes have once locked, and `council check` agrees.  On SQLite and PostgreSQL.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time

import pytest

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.store.integrity import check

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

TRIES = 12

WRITER = textwrap.dedent("""
    import os, sys
    from council_desktop.app import AppContext
    from council_desktop.domain.errors import CouncilError
    url, item, stop = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    ctx = AppContext.open(url)
    saved = refused = 0
    while not os.path.exists(stop):
        try:
            ctx.minutes.set_heard(item, {"ru": f"правка {saved} из процесса {os.getpid()}"})
            saved += 1
        except CouncilError as exc:
            refused += exc.code == "protocol_locked"
    ctx.close()
    print(saved, refused)
""")


def writing(ctx, mid: int, before: str | None, timeout: float = 60) -> None:
    """Wait until the other process has written what was heard since `before` (it may be slow to start)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        heard = ctx.views.meeting(mid, "ru")["agenda"][0]["heard"]
        if heard.startswith("правка ") and heard != before:
            return
        time.sleep(0.02)
    raise AssertionError("the other process does not write")


def _race(url: str, tmp_path) -> None:
    ctx = AppContext.open(url, create=True)
    try:
        mid = ctx.demo.load()
        item = ctx.views.meeting(mid)["agenda"][0]["id"]
        stop = tmp_path / "stop"
        writer = subprocess.Popen([sys.executable, "-c", WRITER, url, str(item), str(stop)],
                                  stdout=subprocess.PIPE, text=True, env=os.environ | {"PYTHONPATH": os.getcwd()})
        try:
            locked = None
            for attempt in range(TRIES):
                if attempt:
                    ctx.protocols.amend(mid, f"try {attempt}")
                writing(ctx, mid, locked)  # the other process is writing when the signing starts
                ctx.protocols.sign(mid, "ru")
                locked = ctx.views.meeting(mid, "ru")["agenda"][0]["heard"]
                with ctx.engine.connect() as conn:
                    content = conn.exec_driver_sql(
                        "SELECT content FROM protocol_issue WHERE meeting_id = %s AND revision = %s"
                        .replace("%s", "?" if conn.dialect.name == "sqlite" else "%s"),
                        (mid, attempt + 1)).scalar()
                signed = json.loads(content)["ru"]["agenda"][0]["heard"]
                assert signed == locked, f"try {attempt}: signed {signed!r}, minutes locked {locked!r}"
                assert locked.startswith("правка ")  # the other process's writing was there to race with
        finally:
            stop.touch()
            out, _ = writer.communicate(timeout=60)
        saved, refused = map(int, out.split())
        assert writer.returncode == 0
        assert saved > TRIES and refused > 0  # it wrote between signings and was refused after them
        assert [f for f in check(ctx.engine) if not f["ok"]] == []
        assert ctx.protocols.check_prints()["ok"]
    finally:
        ctx.close()


def test_signing_while_another_process_edits_the_minutes_on_sqlite(tmp_path, capsys):
    db = tmp_path / "council.db"
    _race(str(db), tmp_path)
    capsys.readouterr()
    assert main(["--db", str(db), "check"]) == 0


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_signing_while_another_process_edits_the_minutes_on_postgresql(pg_url, tmp_path, capsys):  # noqa: F811
    _race(pg_url, tmp_path)
    capsys.readouterr()
    assert main(["--db", pg_url, "check"]) == 0
