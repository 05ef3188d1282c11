"""`council protocol` and `council document`: files written, mistakes refused with one line and status 2."""
from __future__ import annotations

import io
import json

import pytest
from pypdf import PdfReader

from council_desktop.app import AppContext
from council_desktop.cli import main


@pytest.fixture
def demo_db(db_path):
    ctx = AppContext.open(db_path, create=True)
    mid = ctx.demo.load()
    ctx.close()
    return str(db_path), mid


def text_of(path) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.mark.parametrize("lang, title", [("ru", "ПРОТОКОЛ"), ("kk", "ХАТТАМА"), ("en", "MINUTES"),
                                         ("kk+ru", "ХАТТАМА")])
def test_protocol_command_writes_the_pdf(demo_db, tmp_path, capsys, lang, title):
    db, mid = demo_db
    out = tmp_path / "protocol.pdf"
    assert main(["--db", db, "protocol", str(mid), "--lang", lang, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    text = text_of(out)
    assert title in text and ("No. 1/1" if lang == "en" else "№ 1/1") in text
    if lang == "kk+ru":
        assert text.index("ХАТТАМА") < text.index("ПРОТОКОЛ")


def test_protocol_restriction_option(demo_db, tmp_path, capsys):
    db, mid = demo_db
    out = tmp_path / "p.pdf"
    assert main(["--db", db, "protocol", str(mid), "--lang", "kk", "--out", str(out), "--restriction", "ҚБП"]) == 0
    pages = PdfReader(str(out)).pages
    assert all("ҚБП" in p.extract_text() for p in pages)


@pytest.mark.parametrize("kind, extra, expect", [
    ("agenda", [], "КҮН ТӘРТІБІ"), ("script", [], "отырысты ӨТКІЗУ СЦЕНАРИЙІ"),
    ("attendance", [], "ҚАТЫСУ ПАРАҒЫ"), ("extract", ["--item", "3"], "отырыс ХАТТАМАСЫНАН ҮЗІНДІ"),
    ("register", ["--as-of", "2026-07-01"], "мерзімі өтті")])
def test_document_command_writes_each_companion(demo_db, tmp_path, capsys, kind, extra, expect):
    db, mid = demo_db
    out = tmp_path / f"{kind}.pdf"
    assert main(["--db", db, "document", kind, str(mid), "--lang", "kk", "--out", str(out), *extra]) == 0
    assert expect in text_of(out)


def test_json_output_names_the_file(demo_db, tmp_path, capsys):
    db, mid = demo_db
    out = tmp_path / "a.pdf"
    assert main(["--db", db, "document", "agenda", str(mid), "--lang", "en", "--out", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["path"] == str(out) and data["bytes"] == out.stat().st_size and data["document"] == "agenda"


@pytest.mark.parametrize("args, message", [
    (["protocol", "99", "--lang", "ru"], "meeting 99"),
    (["protocol", "{mid}", "--lang", "de"], "invalid choice: 'de'"),
    (["document", "agenda", "{mid}", "--lang", "xx"], "invalid choice: 'xx'"),
    (["document", "extract", "{mid}", "--lang", "ru", "--item", "9"], "agenda item 9"),
    (["document", "extract", "{mid}", "--lang", "ru"], "--item"),
    (["document", "minutes", "{mid}", "--lang", "ru"], "invalid choice: 'minutes'"),
    (["document", "register", "{mid}", "--lang", "ru", "--as-of", "tomorrow"], "tomorrow"),
])
def test_mistakes_print_one_line_exit_2_and_write_nothing(demo_db, tmp_path, capsys, args, message):
    db, mid = demo_db
    out = tmp_path / "out.pdf"
    argv = ["--db", db] + [a.format(mid=mid) for a in args] + ["--out", str(out)]
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.suffix in (".pdf", ".part")] == []


def test_unwritable_output_is_refused_without_a_trace(demo_db, tmp_path, capsys):
    db, mid = demo_db
    missing = tmp_path / "no" / "such" / "folder" / "p.pdf"
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(missing)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "cannot write the file" in err[0] and str(missing) in err[0]
    # a file where a folder should be (permissions would not stop root, who runs CI here)
    blocker = tmp_path / "notes.txt"
    blocker.write_text("x")
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(blocker / "p.pdf")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert blocker.read_text() == "x"


def test_existing_file_is_replaced_whole(demo_db, tmp_path, capsys):
    db, mid = demo_db
    out = tmp_path / "p.pdf"
    out.write_bytes(b"old")
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF-") and out.stat().st_mode & 0o777 != 0o600


def test_the_program_writes_the_same_protocol_and_closes_the_database(demo_db, tmp_path):
    """Run as the `council` program (a process of its own, tuned for a short life): the same bytes as
    the service renders, the database closed cleanly (SQLite removes its write-ahead log then)."""
    import subprocess
    import sys
    from pathlib import Path

    db, mid = demo_db
    out = tmp_path / "p.pdf"
    done = subprocess.run([sys.executable, "-m", "council_desktop.cli", "--db", db, "protocol", str(mid),
                           "--lang", "kk", "--out", str(out)], capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out) and done.stderr == ""
    ctx = AppContext.open(db)
    try:
        assert out.read_bytes() == ctx.documents.render("protocol", mid, "kk")
    finally:
        ctx.close()
    assert not Path(db + "-wal").exists()
    wrong = subprocess.run([sys.executable, "-m", "council_desktop.cli", "--db", db, "document", "extract", str(mid),
                            "--out", str(tmp_path / "x.pdf")], capture_output=True, text=True, timeout=60, check=False)
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1 and "--item" in wrong.stderr
    assert not (tmp_path / "x.pdf").exists() and not Path(db + "-wal").exists()


def test_verify_tells_the_signed_file_a_print_of_its_data_and_a_stranger(demo_db, tmp_path, capsys):
    db, mid = demo_db
    ctx = AppContext.open(db)
    try:
        first = ctx.protocols.sign(mid, "ru")
        signed, other, draft = tmp_path / "signed.pdf", tmp_path / "kk.pdf", tmp_path / "draft.pdf"
        assert main(["--db", str(db), "protocol", str(mid), "--lang", "ru", "--out", str(signed)]) == 0
        assert main(["--db", str(db), "protocol", str(mid), "--lang", "kk", "--out", str(other)]) == 0
        capsys.readouterr()

        assert main(["--db", str(db), "verify", str(signed)]) == 0
        assert capsys.readouterr().out.startswith("the very file signed: protocol № 1/1 of 2026-02-20, revision 1 (ru)")
        assert main(["--db", str(db), "verify", str(other), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert (result["match"], result["revision"], result["fingerprint"]) == ("print", 1, first["fingerprint"])
        assert main(["--db", str(db), "verify", first["fingerprint"].upper()]) == 0  # typed from the paper
        assert capsys.readouterr().out.startswith("the fingerprint of: protocol № 1/1 of 2026-02-20, revision 1")

        ctx.protocols.amend(mid, "a typo")
        ctx.minutes.set_heard(ctx.views.meeting(mid)["agenda"][0]["id"], {"ru": "исправленный текст"})
        ctx.documents.write("protocol", mid, "ru", draft)
        second = ctx.protocols.sign(mid, "ru")
        assert main(["--db", str(db), "verify", str(signed), "--json"]) == 0
        result = json.loads(capsys.readouterr().out)
        assert (result["match"], result["current"], result["latest_revision"]) == ("file", False, 2)
        assert second["fingerprint"] != first["fingerprint"]

        assert main(["--db", str(db), "verify", str(draft)]) == 1  # a draft is no signed protocol
        assert capsys.readouterr().out.startswith("not a protocol signed in this database")
        assert main(["--db", str(db), "verify", str(tmp_path / "missing.pdf")]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "missing.pdf: cannot read the file" in err
    finally:
        ctx.close()
