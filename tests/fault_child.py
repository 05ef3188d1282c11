"""Test-only: runs `council` commands in forked children that can be killed at an exact SQL statement.

Started by tests/test_store_faults.py as `python tests/fault_child.py`; never imported by the
program.  It imports the program once, then for each request (one JSON line on stdin) forks a
child that runs `council_desktop.cli.main(argv)` and answers one JSON line on stdout:

    {"argv": [...], "kill_at": N}      the child SIGKILLs itself just before its Nth statement
                                       (every cursor execute and every COMMIT counts)
    {"argv": [...], "kill_after": s}   this process SIGKILLs the child after s seconds
    {"argv": [...]}                    runs to the end
    -> {"status": exit code, or -9 when killed, "statements": how many ran, "log": their first words,
        "out": ..., "err": ...}

Forking saves the second it takes to import SQLAlchemy, Alembic and the models, so that a test
can kill a command at each of its few hundred statements in reasonable time.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import time


def install_kill_hook(kill_at: int, log: list[str]) -> None:
    """Log statements in this process; at the `kill_at`th, die as a power cut would (SIGKILL)."""
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    def step(what: str) -> None:
        log.append(what)
        if len(log) == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)

    event.listen(Engine, "before_cursor_execute",
                 lambda _conn, _cursor, statement, *_rest: step(" ".join(statement.split()[:3])))
    event.listen(Engine, "commit", lambda _conn: step("COMMIT"))


def _child(request: dict, out_path: str, err_path: str, count_path: str) -> None:
    out = os.open(out_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    os.dup2(out, 1)
    os.dup2(err, 2)
    log: list[str] = []
    install_kill_hook(int(request.get("kill_at") or 0), log)
    from council_desktop.cli import main

    try:
        code = main(request["argv"])
    except BaseException:  # noqa: BLE001 - reported as a status, not raised in the zygote's copy
        import traceback
        traceback.print_exc()
        code = 99
    sys.stdout.flush()
    sys.stderr.flush()
    with open(count_path + ".part", "w") as f:  # a timed kill while it is written leaves none, not half of it
        json.dump(log, f)
    os.replace(count_path + ".part", count_path)
    os._exit(code)


def _warm_up(db: str) -> None:
    """Configure the mappers and fill SQLAlchemy's statement caches once, here, not in every child."""
    import contextlib
    import io

    from council_desktop.cli import main

    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        for argv in (["init"], ["demo"], ["meetings", "list"], ["check"]):
            main(["--db", db, *argv])


def serve() -> None:
    # what every command needs, imported once before the forks
    import alembic.command  # noqa: F401
    import alembic.script  # noqa: F401

    import council_desktop.app  # noqa: F401
    import council_desktop.cli  # noqa: F401
    import council_desktop.services.demo  # noqa: F401
    import council_desktop.store.integrity  # noqa: F401

    work = tempfile.mkdtemp(prefix="council-fault-")
    try:
        _warm_up(os.path.join(work, "warm-up.db"))
        print(json.dumps({"ready": True}), flush=True)
        _answer(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _answer(work: str) -> None:
    for line in sys.stdin:
        request = json.loads(line)
        paths = [os.path.join(work, name) for name in ("out", "err", "count")]
        for p in paths:
            if os.path.exists(p):
                os.unlink(p)
        pid = os.fork()
        if pid == 0:
            try:
                _child(request, *paths)
            finally:
                os._exit(98)  # never back into this loop, nor into serve()'s clean-up
        if request.get("kill_after") is not None:
            time.sleep(request["kill_after"])
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        _, status = os.waitpid(pid, 0)
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        texts = []
        for p in paths:
            try:
                with open(p, encoding="utf-8", errors="replace") as f:
                    texts.append(f.read())
            except FileNotFoundError:
                texts.append("")
        log = json.loads(texts[2]) if texts[2] else None
        print(json.dumps({"status": code, "out": texts[0], "err": texts[1],
                          "statements": len(log) if log is not None else None, "log": log}), flush=True)


if __name__ == "__main__":
    serve()
