"""`council check` finds what was changed past the program: a signed meeting's minutes, its signed
version deleted, its stored data changed together with a recomputed fingerprint, an audit entry
edited or deleted; and a database it cannot read gives FAIL lines with the way forward."""
from __future__ import annotations

import hashlib
import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.domain.fingerprint import fingerprint


@pytest.fixture
def signed_db(tmp_path):
    db = tmp_path / "council.db"
    ctx = AppContext.open(db, create=True)
    mid = ctx.demo.load()
    ctx.protocols.sign(mid, "ru")
    ctx.protocols.amend(mid, "a typo")
    ctx.minutes.set_heard(ctx.views.meeting(mid)["agenda"][0]["id"], {"ru": "исправленный текст"})
    ctx.protocols.sign(mid, "kk")
    ctx.close()
    return str(db), mid


def check(db: str, capsys) -> tuple[int, list[str]]:
    capsys.readouterr()
    rc = main(["--db", db, "check"])
    out, err = capsys.readouterr()
    assert err == ""
    return rc, [line for line in out.splitlines() if line.startswith("FAIL")]


def sql(db: str, statement: str, *params) -> None:
    con = sqlite3.connect(db)
    con.execute(statement, params)
    con.commit()
    con.close()


def test_an_untouched_database_passes(signed_db, capsys):
    db, _ = signed_db
    assert check(db, capsys) == (0, [])


def test_an_edit_of_the_minutes_of_a_signed_meeting_is_found(signed_db, capsys):
    db, mid = signed_db
    sql(db, "UPDATE resolution SET text_ru = text_ru || ' (и ещё)' WHERE id = (SELECT min(id) FROM resolution)")
    rc, fails = check(db, capsys)
    assert rc == 1
    assert fails == [f"FAIL signed_minutes_unchanged meeting {mid}: its minutes differ from those signed in v2: "
                     "changed past Council Desktop: compare with a backup, and find out who had the file"]


@pytest.mark.parametrize("what", ["attendance", "vote", "agenda_title"])
def test_other_edits_of_signed_minutes_are_found(signed_db, capsys, what):
    db, mid = signed_db
    sql(db, {"attendance": "UPDATE attendance SET status = 'absent' WHERE id = (SELECT max(id) FROM attendance "
                           "WHERE status = 'present' AND meeting_id = ?)",
             "vote": "UPDATE resolution SET votes_against = coalesce(votes_against, 0) + 1 WHERE id = (SELECT "
                     "max(r.id) FROM resolution r JOIN agenda_item i ON i.id = r.item_id WHERE i.meeting_id = ?)",
             "agenda_title": "UPDATE agenda_item SET title_kk = 'Басқа' WHERE meeting_id = ?"}[what], mid)
    rc, fails = check(db, capsys)
    assert rc == 1 and [f.split()[1] for f in fails] == ["signed_minutes_unchanged"]


def test_stored_data_changed_with_its_fingerprint_recomputed_is_found(signed_db, capsys):
    db, mid = signed_db
    con = sqlite3.connect(db)
    ident, content = con.execute("SELECT id, content FROM protocol_issue WHERE revision = 2").fetchone()
    views = json.loads(content)
    for view in views.values():
        view["date"] = "2026-02-21"
    con.execute("UPDATE protocol_issue SET content = ?, content_sha256 = ? WHERE id = ?",
                (json.dumps(views, ensure_ascii=False, sort_keys=True), fingerprint(views), ident))
    con.commit()
    con.close()
    rc, fails = check(db, capsys)
    assert rc == 1
    assert [f.split()[1] for f in fails] == ["signed_versions_in_audit_trail", "signed_prints"]
    assert fails[0].startswith(f"FAIL signed_versions_in_audit_trail meeting {mid} v2 kk: content_sha256 differ")
    assert fails[1].startswith(f"FAIL signed_prints meeting {mid} v2 kk: the stored data no longer prints")


def test_the_file_replaced_too_is_found_by_the_audit_trail(signed_db, tmp_path, capsys):
    """Data, fingerprint, file and its SHA-256 all replaced consistently: the trail still says otherwise."""
    db, mid = signed_db
    con = sqlite3.connect(db)
    ident, content, head, mark = con.execute(
        "SELECT id, content, letterhead, restriction FROM protocol_issue WHERE revision = 2").fetchone()
    views = json.loads(content)
    views["kk"]["number"] = views["ru"]["number"] = views["en"]["number"] = "99"
    from council_desktop.services.signed import print_signed

    pdf = print_signed(views, "kk", fingerprint(views), head, mark)
    con.execute("UPDATE protocol_issue SET content = ?, content_sha256 = ?, pdf = ?, sha256 = ? WHERE id = ?",
                (json.dumps(views, ensure_ascii=False, sort_keys=True), fingerprint(views), pdf,
                 hashlib.sha256(pdf).hexdigest(), ident))
    con.commit()
    con.close()
    rc, fails = check(db, capsys)
    assert rc == 1
    assert fails == [f"FAIL signed_versions_in_audit_trail meeting {mid} v2 kk: sha256, content_sha256 differ from "
                     "the audit trail: changed past Council Desktop: compare with a backup, and find out who had "
                     "the file"]


def test_a_deleted_signed_version_is_found(signed_db, capsys):
    db, mid = signed_db
    sql(db, "DELETE FROM protocol_issue WHERE revision = 2")
    rc, fails = check(db, capsys)
    assert rc == 1
    assert fails == [f"FAIL signed_versions_present meeting {mid}: signed version 2 is missing: "
                     "changed past Council Desktop: compare with a backup, and find out who had the file"]
    sql(db, "DELETE FROM protocol_issue")
    rc, fails = check(db, capsys)
    assert fails[0].startswith(f"FAIL signed_versions_present meeting {mid}: signed version 1 is missing; "
                               f"meeting {mid}: signed version 2 is missing")


def _middle_entry(db: str) -> int:
    con = sqlite3.connect(db)
    ids = [r[0] for r in con.execute("SELECT id FROM audit_entry ORDER BY id")]
    con.close()
    assert len(ids) > 10
    return ids[len(ids) // 2]


def test_an_edited_audit_entry_is_found(signed_db, capsys):
    db, _ = signed_db
    entry = _middle_entry(db)
    sql(db, "UPDATE audit_entry SET os_user = 'someone else' WHERE id = ?", entry)
    rc, fails = check(db, capsys)
    assert rc == 1
    assert fails == [f"FAIL audit_trail_chain entry {entry}: changed after it was written: "
                     "changed past Council Desktop: compare with a backup, and find out who had the file"]


def test_an_edited_audit_entry_with_its_hash_recomputed_is_found(signed_db, capsys):
    from council_desktop.store.audit import entry_hash

    db, _ = signed_db
    entry = _middle_entry(db)
    con = sqlite3.connect(db)
    prev, at, user, action, table, uuid = con.execute(
        "SELECT prev_hash, at, os_user, action, table_name, record_uuid FROM audit_entry WHERE id = ?",
        (entry,)).fetchone()
    con.execute("UPDATE audit_entry SET changes = '{}', entry_hash = ? WHERE id = ?",
                (entry_hash(prev, at, user, action, table, uuid, "{}"), entry))
    con.commit()
    con.close()
    rc, fails = check(db, capsys)
    assert rc == 1 and fails[0].startswith(f"FAIL audit_trail_chain entry {entry + 1}: the entry before it was "
                                           "changed or deleted")


def test_a_deleted_audit_entry_is_found(signed_db, capsys):
    db, _ = signed_db
    entry = _middle_entry(db)
    sql(db, "DELETE FROM audit_entry WHERE id = ?", entry)
    rc, fails = check(db, capsys)
    assert rc == 1
    assert fails == [f"FAIL audit_trail_chain entry {entry + 1}: the entry before it was changed or deleted: "
                     "changed past Council Desktop: compare with a backup, and find out who had the file"]


def test_a_deleted_audit_entry_of_a_signing_is_found(signed_db, capsys):
    db, mid = signed_db
    sql(db, "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry WHERE table_name = 'protocol_issue')")
    rc, fails = check(db, capsys)
    assert rc == 1
    assert [f.split()[1] for f in fails] == ["signed_versions_in_audit_trail", "audit_trail_chain"]
    assert fails[0].startswith(f"FAIL signed_versions_in_audit_trail meeting {mid} v2 kk: not in the audit trail")


def test_a_database_with_tables_missing_gives_fail_lines(signed_db, capsys):
    db, _ = signed_db
    sql(db, "DROP TABLE audit_entry")
    rc, fails = check(db, capsys)
    assert rc == 1
    chain = next(f for f in fails if f.split()[1] == "audit_trail_chain")
    assert chain.startswith("FAIL audit_trail_chain cannot be checked: no such table: audit_entry; restore the "
                            "latest backup")
    sql(db, "DROP TABLE protocol_issue")
    rc, fails = check(db, capsys)
    assert rc == 1
    prints = next(f for f in fails if f.split()[1] == "signed_prints")
    assert prints.startswith("FAIL signed_prints cannot be checked: no such table: protocol_issue; restore the "
                             "latest backup")


def test_a_database_with_a_corrupt_page_gives_fail_lines(signed_db, capsys):
    db, _ = signed_db
    with open(db, "r+b") as f:
        size = f.seek(0, 2)
        f.seek(size // 2)
        f.write(b"\xff" * 4096)
    capsys.readouterr()
    rc = main(["--db", db, "check"])
    out, err = capsys.readouterr()
    assert rc == 1 and err == "" and "Traceback" not in out
    fails = [line for line in out.splitlines() if line.startswith("FAIL")]
    assert fails and all("restore the latest backup" in f for f in fails), out


_FIELD = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=20) | st.sampled_from(
    ['"', "\\", "DOM\\user", '{"a": [null, "b"]}', "\x00\x1f\x7f", "\u2028", "😀", "Ё"])


@settings(max_examples=200, deadline=None)
@given(fields=st.lists(st.tuples(_FIELD, _FIELD, _FIELD), min_size=1, max_size=4), user=_FIELD, prev=_FIELD)
def test_an_entry_hash_is_the_sha256_of_its_fields_as_json_writes_them_and_a_bulk_chain_agrees(fields, user, prev):
    """The chain's definition, which every stored hash was made by: SHA-256 of json.dumps of the seven fields
    (ensure_ascii=False); a bulk import's chain gives each entry the hash a single save would."""
    from council_desktop.store.audit import chain, entry_hash

    at = "2026-12-01 13:00:00.123456"
    expected, before = [], prev
    for table, uuid, changes in fields:
        canonical = json.dumps([before, at, user, "insert", table, uuid, changes], ensure_ascii=False)
        before = hashlib.sha256(canonical.encode("utf-8")).hexdigest()
        expected.append(before)
    assert chain(prev, at, user, "insert", fields) == expected
    assert [entry_hash(p, at, user, "insert", *f) for p, f in zip([prev, *expected], fields)] == expected
