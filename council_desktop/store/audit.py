"""The audit trail as a hash chain: each entry's hash covers what it says and the hash of the entry
before it (by id), so that an entry edited or deleted afterwards breaks the chain where it was.

Like git's objects, the chain is checked by computing it again, never by believing a stored hash.
It holds against edits made without this program's knowledge of the rule, not against someone who
rewrites every later entry as well; the stored signed protocols and their prints catch more.
"""
from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from json.encoder import encode_basestring as quoted  # a str as JSON (ensure_ascii=False)

# the PostgreSQL advisory lock that serialises writers (see serialise; any constant of ours)
CHAIN_LOCK = 0x436F756E63696C  # "Council"
FIELDS = ("at", "os_user", "action", "table_name", "record_uuid", "changes")


def _at(value) -> str:
    if isinstance(value, str):  # SQLite hands back the stored text
        value = dt.datetime.fromisoformat(value)
    return value.isoformat(sep=" ", timespec="microseconds")


def entry_hash(prev_hash: str, at, os_user: str, action: str, table_name: str, record_uuid: str,
               changes: str) -> str:
    return chain(prev_hash, at, os_user, action, [(table_name, record_uuid, changes)])[0]


def chain(prev_hash: str, at, os_user: str, action: str, entries: Iterable[tuple[str, str, str]]) -> list[str]:
    """The hashes of many entries written at once, each chained onto the one before: entries are
    (table_name, record_uuid, changes), the rest is theirs in common (a bulk import's).  Each hash is the
    SHA-256 of json.dumps([prev_hash, at, os_user, action, table_name, record_uuid, changes],
    ensure_ascii=False), put together from json's own string encoder: what the entries share quoted
    once, and no JSONEncoder.encode, which makes a new encoder at each call (half a bulk chain's time)."""
    shared, hashes = ", ".join(map(quoted, (_at(at), os_user or "", action or ""))), []
    for table_name, record_uuid, changes in entries:
        canonical = (f"[{quoted(prev_hash or '')}, {shared}, {quoted(table_name or '')}, {quoted(record_uuid or '')}, "
                     f"{quoted(changes or '')}]")
        prev_hash = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        hashes.append(prev_hash)
    return hashes


def serialise(connection) -> None:
    """Writers one at a time from here to the end of the transaction, as SQLite's BEGIN IMMEDIATE
    makes them: on PostgreSQL a transaction-scoped advisory lock, released at commit or rollback.
    Every write takes it before any row lock: at its start (store.database's WRITE begins so on a
    server), and again, harmlessly, at its first flush and in `lock_meeting` and the numbering's lock
    (for a session begun without WRITE): one order of locks, so no two writers deadlock."""
    from sqlalchemy import text

    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": CHAIN_LOCK})


def last_hash(connection) -> str:
    """The newest entry's hash, read under the lock that keeps two writers from both chaining onto it."""
    from sqlalchemy import text

    serialise(connection)
    found = connection.execute(text("SELECT entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1")).first()
    return found[0] if found else ""


def broken_links(rows: Iterable) -> list[str]:
    """Where the chain breaks: rows (id, prev_hash, entry_hash, *FIELDS) in id order."""
    problems, prev = [], ""
    for row in rows:
        ident, stored_prev, stored_hash, *values = row
        if stored_prev != prev:
            problems.append(f"entry {ident}: the entry before it was changed or deleted")
        if entry_hash(stored_prev, *values) != stored_hash:
            problems.append(f"entry {ident}: changed after it was written")
        prev = stored_hash
    return problems
