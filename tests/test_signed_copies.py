"""A copy of a signed protocol is recognised by its bytes only: the stored signed file, or a layout
of a signed version rendered again from what was stored at signing.  Forged copies, whatever they
say about themselves, are refused by `council verify` (exit 1); a re-saved copy is told as such."""
from __future__ import annotations

import io
import json
import sqlite3
import subprocess

import pytest
from pypdf import PdfReader, PdfWriter

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.services.signed import print_signed

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server


@pytest.fixture
def signed(tmp_path):
    """A demo database whose joint meeting is signed in Russian, and the signed file as printed."""
    db = tmp_path / "council.db"
    ctx = AppContext.open(db, create=True)
    mid = ctx.demo.load()
    first = ctx.protocols.sign(mid, "ru")
    ctx.close()
    out = tmp_path / "signed.pdf"
    assert main(["--db", str(db), "protocol", str(mid), "--lang", "ru", "--out", str(out)]) == 0
    return str(db), mid, first["fingerprint"], out


def verify(db: str, copy, capsys) -> tuple[int, dict]:
    capsys.readouterr()
    rc = main(["--db", db, "verify", str(copy), "--json"])
    return rc, json.loads(capsys.readouterr().out)


def test_the_signed_file_and_every_layout_printed_again_are_recognised(signed, tmp_path, capsys):
    db, mid, fp, out = signed
    assert verify(db, out, capsys)[1]["match"] == "file"
    # what the registry and the settings say later changes no print of the signed version
    ctx = AppContext.open(db)
    try:
        ctx.settings.update({"letterhead_ru": "Другое министерство", "letterhead_kk": "Басқа министрлік"})
    finally:
        ctx.close()
    for layout in ("ru", "kk", "en", "kk+ru"):
        copy = tmp_path / f"{layout}.pdf"
        assert main(["--db", db, "protocol", str(mid), "--lang", layout, "--out", str(copy)]) == 0
        rc, result = verify(db, copy, capsys)
        assert rc == 0
        assert (result["match"], result["language"], result["fingerprint"], result["revision"]) == (
            "file" if layout == "ru" else "print", layout, fp, 1)
    capsys.readouterr()
    assert main(["--db", db, "verify", str(tmp_path / "kk.pdf")]) == 0
    assert capsys.readouterr().out.startswith("a print of the signed data: protocol № 1/1 of 2026-02-20, revision 1 (kk)")


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:]


def test_forged_copies_are_refused(signed, tmp_path, capsys):
    db, mid, fp, out = signed
    data = out.read_bytes()
    forged = {}
    stream = data.index(b"stream\n", len(data) // 3) + 40  # inside a page's compressed content
    forged["flipped"] = _flip(data, stream)
    forged["appended"] = data + b"\n% nothing to see here\n"
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.remove_page(1)  # a page of the minutes gone
    buffer = io.BytesIO()
    writer.write(buffer)
    forged["page_removed"] = buffer.getvalue()
    # the date edited: the signed data itself, altered and printed by the program with the true fingerprint
    con = sqlite3.connect(db)
    content, head, mark = con.execute("SELECT content, letterhead, restriction FROM protocol_issue").fetchone()
    con.close()
    views = json.loads(content)
    for view in views.values():
        view["date"] = "2026-02-21"
    forged["date_edited"] = print_signed(views, "ru", fp, head, mark)
    # the agenda dressed in the protocol's metadata
    agenda = tmp_path / "agenda.pdf"
    assert main(["--db", db, "document", "agenda", str(mid), "--lang", "ru", "--out", str(agenda)]) == 0
    writer = PdfWriter(clone_from=PdfReader(agenda))
    writer.add_metadata({k: v for k, v in PdfReader(out).metadata.items()})
    buffer = io.BytesIO()
    writer.write(buffer)
    forged["agenda_with_metadata"] = buffer.getvalue()
    assert PdfReader(io.BytesIO(forged["agenda_with_metadata"])).metadata["/Keywords"] == f"SHA-256 {fp}"
    forged["keywords_only"] = f"%PDF-1.4\n/Keywords (SHA-256 {fp})\n".encode()

    for name, forgery in forged.items():
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(forgery)
        rc, result = verify(db, path, capsys)
        assert rc == 1, name
        # same text, other bytes: altered where no text shows, told as such and refused all the same
        expected = "resaved" if name in ("flipped", "appended") else None
        assert result["match"] == expected, name
        capsys.readouterr()
        assert main(["--db", db, "verify", str(path)]) == 1
        said = capsys.readouterr().out
        assert said.startswith("NOT recognised" if expected else "not a protocol signed in this database"), name


@pytest.mark.parametrize("program", ["pypdf", "qpdf"])
def test_a_copy_saved_again_by_another_program_is_told_as_such(signed, tmp_path, capsys, program):
    db, mid, fp, out = signed
    resaved = tmp_path / "resaved.pdf"
    if program == "pypdf":
        writer = PdfWriter(clone_from=PdfReader(out))
        with open(resaved, "wb") as f:
            writer.write(f)
    else:
        subprocess.run(["qpdf", "--object-streams=generate", str(out), str(resaved)], check=True)
    assert resaved.read_bytes() != out.read_bytes()
    rc, result = verify(db, resaved, capsys)
    assert (rc, result["match"], result["language"], result["revision"]) == (1, "resaved", "ru", 1)
    capsys.readouterr()
    assert main(["--db", db, "verify", str(resaved)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("NOT recognised: its text is that of a print of: protocol № 1/1 of 2026-02-20")
    assert lines[1].startswith("but its bytes are not: another program saved or altered it")


def test_a_fingerprint_typed_from_paper_is_looked_up(signed, capsys):
    db, mid, fp, out = signed
    assert main(["--db", db, "verify", fp.upper(), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["match"] == "fingerprint"
    assert main(["--db", db, "verify", "0" * 64]) == 1
    assert capsys.readouterr().out.startswith("not a protocol signed in this database")


def test_a_damaged_stored_file_is_never_handed_out(signed, tmp_path, capsys):
    db, mid, fp, out = signed
    original = out.read_bytes()
    con = sqlite3.connect(db)
    con.execute("UPDATE protocol_issue SET pdf = ?", (_flip(original, len(original) // 2),))
    con.commit()
    con.close()
    again = tmp_path / "again.pdf"
    capsys.readouterr()
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(again)]) == 0
    err = capsys.readouterr().err
    assert "is damaged: this copy was printed again from the data stored at signing" in err
    assert again.read_bytes() == original  # rendered again from the stored data: the very bytes signed
    ctx = AppContext.open(db)
    try:
        assert ctx.protocols.signed_pdf(mid) == original
    finally:
        ctx.close()
    rc, result = verify(db, out, capsys)
    assert (rc, result["match"], result["damaged"] != []) == (0, "file", True)
    capsys.readouterr()
    assert main(["--db", db, "check"]) == 1
    fails = [line for line in capsys.readouterr().out.splitlines() if line.startswith("FAIL")]
    assert fails == [f"FAIL signed_protocol_hashes meeting {mid} v1 ru: the stored signed file is damaged: "
                     "prints are made again from the signed data"]


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")
def test_copies_are_recognised_the_same_way_on_postgresql(pg_url, tmp_path, capsys):  # noqa: F811
    ctx = AppContext.open(pg_url, create=True)
    mid = ctx.demo.load()
    ctx.protocols.sign(mid, "kk")
    ctx.close()
    copies = {layout: tmp_path / f"{layout}.pdf" for layout in ("kk", "en")}
    for layout, path in copies.items():
        assert main(["--db", pg_url, "protocol", str(mid), "--lang", layout, "--out", str(path)]) == 0
    assert [verify(pg_url, copies[layout], capsys)[1]["match"] for layout in ("kk", "en")] == ["file", "print"]
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(copies["en"].read_bytes() + b"\n")
    rc, result = verify(pg_url, forged, capsys)
    assert (rc, result["match"]) == (1, "resaved")


def _first_shape(view: dict) -> dict:
    """A view as the program stored it before the counts were named by their columns (view version 1),
    written out here by hand rather than through the program's own reader."""
    old = {"votes_for": "for", "votes_against": "against", "votes_abstained": "abstained"}
    view = {k: v for k, v in view.items() if k != "view_version"}
    for item in view["agenda"]:
        item["resolutions"] = [{old.get(k, k): v for k, v in r.items()} for r in item["resolutions"]]
        for r in item["resolutions"]:
            r["by_body"] = [{old.get(k, k): v for k, v in b.items()} for b in r.get("by_body", [])]
    return view


def test_a_version_stored_in_the_first_view_shape_prints_again_byte_for_byte(signed, tmp_path, capsys):
    from council_desktop.domain.fingerprint import fingerprint
    from council_desktop.services.readmodel import all_views
    from council_desktop.services.signed import reprint
    from council_desktop.store import snapshot

    db, mid, fp, out = signed

    def issue_of(conn):
        return next(i for i in snapshot.protocol_issues(conn) if i.meeting_id == mid)

    conn = snapshot.open_sqlite(f"sqlite:///{db}")
    issue = issue_of(conn)
    stored = json.loads(snapshot.signed(conn, issue, "content"))
    assert all(v["view_version"] == 2 for v in stored.values())
    prints = {layout: reprint(conn, issue, layout) for layout in ("ru", "kk", "en", "kk+ru")}
    assert prints["ru"] == snapshot.signed(conn, issue, "pdf") == out.read_bytes()
    # the views made again now give the fingerprint taken at signing (a version signed before its data was
    # stored is fingerprinted over them)
    assert fingerprint(all_views(snapshot.load_meeting(conn, mid))) == fp
    conn.close()

    first = {lang: _first_shape(view) for lang, view in stored.items()}
    by_body = [b for v in first.values() for i in v["agenda"] for r in i["resolutions"] for b in r["by_body"]]
    assert by_body and all(set(b) == {"body", "for", "against", "abstained", "adopted"} for b in by_body)
    assert fingerprint(first) == fp
    raw = sqlite3.connect(db)
    with raw:
        raw.execute("UPDATE protocol_issue SET content = ? WHERE id = ?",
                    (json.dumps(first, ensure_ascii=False, sort_keys=True, default=str), issue.id))
    raw.close()

    conn = snapshot.open_sqlite(f"sqlite:///{db}")
    issue = issue_of(conn)
    content = snapshot.signed(conn, issue, "content")
    assert '"votes_for"' not in content and '"for": ' in content and '"view_version"' not in content
    for layout, pdf in prints.items():  # every layout printed again from the old shape: the same bytes
        assert reprint(conn, issue, layout) == pdf, layout
    conn.close()
    capsys.readouterr()
    assert main(["--db", db, "check"]) == 0, capsys.readouterr().out  # its fingerprint still matches its data
    for layout in ("kk", "kk+ru"):
        copy = tmp_path / f"{layout}.pdf"
        assert main(["--db", db, "protocol", str(mid), "--lang", layout, "--out", str(copy)]) == 0
        assert copy.read_bytes() == prints[layout]
        rc, result = verify(db, copy, capsys)
        assert (rc, result["match"], result["fingerprint"]) == (0, "print", fp)


def test_a_view_of_a_version_this_program_does_not_know_is_refused_not_misread():
    from council_desktop.domain.view_shape import VIEW_VERSION, current, first

    newer = {"view_version": VIEW_VERSION + 1, "agenda": []}
    for read in (current, first):
        with pytest.raises(ValueError):
            read(newer)
