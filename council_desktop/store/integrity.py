"""`council check`: is the database whole, do its records keep the secretariat's rules, and does
anything show an edit made past the program?

Tamper evidence, each found by computing again, never by believing a stored hash: the stored file
and data of every signed version against their SHA-256 and fingerprint; the live minutes of every
signed meeting against the digest of its records taken at signing; every signed version against
its entry in the audit trail; and the audit trail against its hash chain.  (The services add one
more: each signed file against its layout rendered again from the stored data.)

A database too damaged to read gives FAIL lines saying what to do, never an exception.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError

from ..domain.fingerprint import fingerprint
from . import audit, feed, minutes_search, people_search
from .snapshot import minutes_digest

# what to do about a database that cannot be read or whose records were changed past the program
UNREADABLE = "restore the latest backup, or rescue what can be read with sqlite3's .recover"
TAMPERED = "changed past Council Desktop: compare with a backup, and find out who had the file"


class Findings(list):
    def add(self, name: str, ok: bool, detail: str = "") -> None:
        self.append({"check": name, "ok": bool(ok), "detail": detail})

    def run(self, name: str, test: Callable[[], tuple[bool, str]]) -> None:
        """One check; a database that cannot answer it fails it, with the way forward."""
        try:
            ok, detail = test()
        except Exception as exc:  # noqa: BLE001 - the driver's own errors too (plain reads use its cursor)
            reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
            ok, detail = False, f"cannot be checked: {reason}; {UNREADABLE}"
        self.add(name, ok, detail)


def _listed(problems: list[str], advice: str = TAMPERED) -> tuple[bool, str]:
    return (not problems, f"{'; '.join(problems[:10])}{' …' if len(problems) > 10 else ''}: {advice}"
            if problems else "")


def check(engine: Engine) -> list[dict]:
    """A list of findings, each {"check", "ok", "detail"}; all ok means the database is sound."""
    findings = Findings()
    try:
        conn = engine.connect()
    except SQLAlchemyError as exc:
        findings.add("open", False, f"{str(getattr(exc, 'orig', None) or exc).splitlines()[0]}; {UNREADABLE}")
        return findings
    with conn:
        if conn.dialect.name == "sqlite":
            def sqlite_integrity():
                # one line each: SQLite puts several lines of a damaged tree in one row
                result = [" ".join(r[0].split()) for r in conn.execute(text("PRAGMA integrity_check"))]
                return result == ["ok"], "" if result == ["ok"] else _listed(result, UNREADABLE)[1]
            findings.run("sqlite_integrity", sqlite_integrity)

            def foreign_keys():
                fk = list(conn.execute(text("PRAGMA foreign_key_check")))
                return _listed([f"{r[0]} row {r[1]} -> {r[2]}" for r in fk], UNREADABLE)
            findings.run("foreign_keys", foreign_keys)
        findings.run("schema_revision", lambda: _schema_revision(conn))
        findings.run("schema_matches_models", lambda: _schema_matches(conn))
        findings.run("agenda_order", lambda: _agenda_order(conn))
        findings.run("signed_protocol_hashes", lambda: _signed_hashes(conn))
        findings.run("signed_protocol_data", lambda: _signed_data(conn))
        findings.run("signed_versions_present", lambda: _versions_present(conn))
        findings.run("signed_minutes_unchanged", lambda: _minutes_unchanged(conn))
        findings.run("signed_versions_in_audit_trail", lambda: _issues_in_audit(conn))
        findings.run("audit_trail_chain", lambda: _audit_chain(conn))
        findings.run("dates_fit", lambda: _dates_fit(conn))
        findings.run("orphans", lambda: (conn.execute(text(
            "SELECT id FROM agenda_item WHERE meeting_id IS NULL LIMIT 1")).first() is None, ""))
        findings.run("minutes_search_index", lambda: minutes_search.check(conn))
        findings.run("people_search_index", lambda: people_search.check(conn))
        findings.run("change_feed", lambda: feed.check(conn))
        conn.rollback()
    return findings


def _schema_revision(conn) -> tuple[bool, str]:
    from alembic.runtime.migration import MigrationContext

    from .database import head_revision

    current = MigrationContext.configure(conn).get_current_revision()
    return current == head_revision(), f"{current} (expected {head_revision()})"


def _schema_matches(conn) -> tuple[bool, str]:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from ..domain.models import Base

    from .people_search import quiet_reflection

    with quiet_reflection():
        diff = compare_metadata(MigrationContext.configure(conn, opts={"include_name": in_models}), Base.metadata)
    return not diff, "; ".join(str(d) for d in diff[:5])


def in_models(name, type_, parent_names) -> bool:
    """For compare_metadata: the search indexes are made by their modules, not by the models."""
    from . import minutes_search, people_search

    return (people_search.include_name(name, type_, parent_names)
            and minutes_search.include_name(name, type_, parent_names))


def _agenda_order(conn) -> tuple[bool, str]:
    positions: dict[int, list[int]] = {}
    for meeting_id, position in conn.execute(text("SELECT meeting_id, position FROM agenda_item "
                                                  "WHERE meeting_id IS NOT NULL ORDER BY meeting_id, position")):
        positions.setdefault(meeting_id, []).append(position)
    gaps = [f"meeting {m}: {p}" for m, p in positions.items() if p != list(range(1, len(p) + 1))]
    return not gaps, "; ".join(gaps)


def _clock(value) -> dt.time | None:
    if value is None or isinstance(value, dt.time):
        return value
    return dt.time.fromisoformat(str(value)[:8])


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _dates_fit(conn) -> tuple[bool, str]:
    """Dates that do not fit: a meeting whose items' planned minutes run past its planned end, an
    assignment due before its meeting (recorded before the rule, or the meeting moved later)."""
    problems = []
    for mid, start, end, minutes in conn.execute(text(
            "SELECT m.id, m.start_time, m.end_time, COALESCE(SUM(i.planned_minutes), 0) FROM meeting m "
            "LEFT JOIN agenda_item i ON i.meeting_id = m.id GROUP BY m.id, m.start_time, m.end_time ORDER BY m.id")):
        start, end = _clock(start), _clock(end)
        if start and end and minutes:
            finish = dt.datetime.combine(dt.date(2000, 1, 1), start) + dt.timedelta(minutes=int(minutes))
            if finish.time() > end or finish.date().day > 1:
                problems.append(f"meeting {mid}: its items run to {finish:%H:%M}, past its planned end {end:%H:%M}")
    for aid, deadline, date, mid in conn.execute(text(
            "SELECT a.id, a.deadline, m.date, m.id FROM assignment a JOIN resolution r ON r.id = a.resolution_id "
            "JOIN agenda_item i ON i.id = r.item_id JOIN meeting m ON m.id = i.meeting_id "
            "WHERE a.deadline IS NOT NULL ORDER BY a.id")):
        if _day(deadline) < _day(date):
            problems.append(f"assignment {aid} of meeting {mid}: due {_day(deadline)}, before the meeting ({_day(date)})")
    return _listed(problems, "shorten the items or move the planned end; give the assignment a later deadline")


def _name(meeting_id, revision, language="") -> str:
    return f"meeting {meeting_id} v{revision}{' ' + language if language else ''}"


def _signed_hashes(conn) -> tuple[bool, str]:
    bad = [_name(m, r, lang) for m, r, lang, pdf, sha in conn.execute(text(
        "SELECT meeting_id, revision, language, pdf, sha256 FROM protocol_issue ORDER BY id"))
        if pdf is not None and hashlib.sha256(pdf).hexdigest() != sha]
    return _listed(bad, "the stored signed file is damaged: prints are made again from the signed data")


def _signed_data(conn) -> tuple[bool, str]:
    changed = [_name(m, r, lang) for m, r, lang, content, fp in conn.execute(text(
        "SELECT meeting_id, revision, language, content, content_sha256 FROM protocol_issue ORDER BY id"))
        if content and fingerprint(json.loads(content)) != fp]
    return _listed(changed)


def _signed_meetings(conn) -> list:
    return list(conn.execute(text("SELECT id, protocol_version FROM meeting WHERE status = 'protocol_signed' "
                                  "ORDER BY id")))


def _versions_present(conn) -> tuple[bool, str]:
    """A signed meeting has every version it counts; any meeting's versions are 1, 2, …"""
    have: dict[int, set[int]] = {}
    for meeting_id, revision in conn.execute(text("SELECT meeting_id, revision FROM protocol_issue")):
        have.setdefault(meeting_id, set()).add(revision)
    missing = []
    for meeting_id, version in conn.execute(text("SELECT id, protocol_version FROM meeting ORDER BY id")):
        gone = sorted(set(range(1, (version or 0) + 1)) - have.get(meeting_id, set()))
        missing += [f"meeting {meeting_id}: signed version {r} is missing" for r in gone]
    return _listed(missing)


def _minutes_unchanged(conn) -> tuple[bool, str]:
    raw = conn.connection.driver_connection
    changed = []
    for meeting_id, version in _signed_meetings(conn):
        stored = conn.execute(text("SELECT minutes_sha256 FROM protocol_issue WHERE meeting_id = :m "
                                   "AND revision = :r ORDER BY id"), {"m": meeting_id, "r": version}).scalars().all()
        if not stored:
            continue  # its version is missing: signed_versions_present says so
        if not any(stored):  # e.g. a version brought by hand from elsewhere, without its digest
            changed.append(f"meeting {meeting_id}: no digest of its minutes was stored with v{version}")
        elif minutes_digest(raw, meeting_id) not in stored:
            changed.append(f"meeting {meeting_id}: its minutes differ from those signed in v{version}")
    return _listed(changed)


_SEALED = ("sha256", "content_sha256", "minutes_sha256", "revision", "language")


def _issues_in_audit(conn) -> tuple[bool, str]:
    """Each signed version was written by the program, which left its entry in the audit trail: the
    hashes stored with it now are those it was signed with."""
    entries = {}
    for uuid, changes in conn.execute(text("SELECT record_uuid, changes FROM audit_entry "
                                           "WHERE table_name = 'protocol_issue' AND action = 'insert'")):
        entries[uuid] = json.loads(changes)
    problems = []
    for uuid, meeting_id, revision, language, *sealed in conn.execute(text(
            f"SELECT uuid, meeting_id, revision, language, {', '.join(_SEALED)} FROM protocol_issue ORDER BY id")):
        name = _name(meeting_id, revision, language)
        entry = entries.get(uuid)
        if entry is None:
            problems.append(f"{name}: not in the audit trail")
            continue
        differ = [k for k, v in zip(_SEALED, sealed) if k in entry and entry[k][1] != v]
        if differ:
            problems.append(f"{name}: {', '.join(differ)} differ from the audit trail")
    return _listed(problems)


def _audit_chain(conn) -> tuple[bool, str]:
    rows = conn.execute(text(f"SELECT id, prev_hash, entry_hash, {', '.join(audit.FIELDS)} FROM audit_entry "
                             "ORDER BY id"))
    return _listed(audit.broken_links(rows))


def check_file(path) -> list[dict]:
    """What can be said of a SQLite file the program cannot open: SQLite's own check, read-only."""
    import sqlite3
    from pathlib import Path

    findings = Findings()
    try:
        con = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            result = [r[0] for r in con.execute("PRAGMA integrity_check")]
        finally:
            con.close()
    except sqlite3.Error as exc:
        result = [str(exc)]
    findings.add("sqlite_integrity", result == ["ok"], "" if result == ["ok"] else _listed(result, UNREADABLE)[1])
    return findings
