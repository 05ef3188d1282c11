"""Signed protocols under forgery and tampering: each case tried for real against the `council` command.

    .venv/bin/python benchmarks/tamper.py            # prints the table
    .venv/bin/python benchmarks/tamper.py --write    # and replaces its table in docs/reliability.md

A demo database is signed; forged copies go to `council verify`, direct SQL edits to `council check`.
Exits 1 if any forgery is recognised, a true print is not, or a tampering is not found.  The same
cases are asserted in tests/test_signed_copies.py and tests/test_tamper_evidence.py.
"""
from __future__ import annotations

import argparse
import hashlib
import io
import json
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "reliability.md"
BEGIN, END = "<!-- table: benchmarks/tamper.py -->", "<!-- end of table: benchmarks/tamper.py -->"


def council(*args: str) -> tuple[int, str]:
    done = subprocess.run([sys.executable, "-m", "council_desktop.cli", *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, check=False)
    return done.returncode, (done.stdout.strip().splitlines() or done.stderr.strip().splitlines() or [""])[0]


def signed_database(folder: Path) -> tuple[Path, Path]:
    sys.path.insert(0, str(ROOT))
    from council_desktop.app import AppContext

    db = folder / "council.db"
    ctx = AppContext.open(db, create=True)
    mid = ctx.demo.load()
    ctx.protocols.sign(mid, "ru")
    ctx.close()
    out = folder / "signed.pdf"
    council("--db", str(db), "protocol", str(mid), "--lang", "ru", "--out", str(out))
    return db, out


def copies(db: Path, signed: Path, folder: Path) -> list[tuple[str, Path, bool]]:
    """(case, file, whether it must be recognised)."""
    from pypdf import PdfReader, PdfWriter

    from council_desktop.services.signed import print_signed

    data = signed.read_bytes()
    made: list[tuple[str, bytes | Path, bool]] = [("the signed file", signed, True)]
    for layout in ("kk", "en", "kk+ru"):
        path = folder / f"{layout}.pdf"
        council("--db", str(db), "protocol", "1", "--lang", layout, "--out", str(path))
        made.append((f"a print in {layout}", path, True))
    at = data.index(b"stream\n", len(data) // 3) + 40
    made.append(("a byte flipped", data[:at] + bytes([data[at] ^ 1]) + data[at + 1:], False))
    made.append(("bytes appended", data + b"\n% nothing\n", False))
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.remove_page(1)
    buffer = io.BytesIO()
    writer.write(buffer)
    made.append(("a page removed", buffer.getvalue(), False))
    con = sqlite3.connect(db)
    content, head, mark, fp = con.execute("SELECT content, letterhead, restriction, content_sha256 "
                                          "FROM protocol_issue").fetchone()
    con.close()
    views = json.loads(content)
    for view in views.values():
        view["date"] = "2026-02-21"
    made.append(("the date edited (printed by the program, true fingerprint)", print_signed(views, "ru", fp, head, mark),
                 False))
    agenda = folder / "agenda.pdf"
    council("--db", str(db), "document", "agenda", "1", "--lang", "ru", "--out", str(agenda))
    writer = PdfWriter(clone_from=PdfReader(agenda))
    writer.add_metadata(dict(PdfReader(signed).metadata.items()))
    buffer = io.BytesIO()
    writer.write(buffer)
    made.append(("the agenda carrying the protocol's metadata", buffer.getvalue(), False))
    made.append(("a file holding only the keywords", f"%PDF-1.4\n/Keywords (SHA-256 {fp})\n".encode(), False))
    writer = PdfWriter(clone_from=PdfReader(signed))
    buffer = io.BytesIO()
    writer.write(buffer)
    made.append(("re-saved by pypdf", buffer.getvalue(), False))
    qpdf = folder / "qpdf.pdf"
    if shutil.which("qpdf"):
        subprocess.run(["qpdf", "--object-streams=generate", str(signed), str(qpdf)], check=True)
        made.append(("re-saved by qpdf", qpdf, False))
    result = []
    for i, (case, what, good) in enumerate(made):
        path = what if isinstance(what, Path) else folder / f"copy-{i}.pdf"
        if not isinstance(what, Path):
            path.write_bytes(what)
        result.append((case, path, good))
    return result


TAMPERING = [
    ("a resolution's text edited", "UPDATE resolution SET text_ru = text_ru || ' (и ещё)' "
                                   "WHERE id = (SELECT min(id) FROM resolution)"),
    ("an attendance edited", "UPDATE attendance SET status = 'absent' WHERE id = (SELECT max(id) FROM attendance "
                             "WHERE status = 'present' AND meeting_id = 1)"),
    ("the signed version deleted", "DELETE FROM protocol_issue"),
    ("an audit entry edited", "UPDATE audit_entry SET os_user = 'someone' WHERE id = 5"),
    ("an audit entry deleted", "DELETE FROM audit_entry WHERE id = 5"),
    ("the stored data changed, fingerprint recomputed", None),
]


def tamper(db: Path, statement: str | None) -> None:
    con = sqlite3.connect(db)
    if statement is None:
        from council_desktop.domain.fingerprint import fingerprint

        content = con.execute("SELECT content FROM protocol_issue").fetchone()[0]
        views = json.loads(content)
        for view in views.values():
            view["date"] = "2026-02-21"
        con.execute("UPDATE protocol_issue SET content = ?, content_sha256 = ?",
                    (json.dumps(views, ensure_ascii=False, sort_keys=True), fingerprint(views)))
    else:
        con.execute(statement)
    con.commit()
    con.close()


def run() -> tuple[list[tuple[str, str, int, str, bool]], bool]:
    rows, ok = [], True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db, signed = signed_database(folder)
        pristine = db.read_bytes()
        for case, path, good in copies(db, signed, folder):
            rc, said = council("--db", str(db), "verify", str(path))
            passed = (rc == 0) == good
            ok &= passed
            rows.append(("copy checked", case, rc, said, passed))
        for case, statement in TAMPERING:
            trial = folder / f"t-{hashlib.sha1(case.encode()).hexdigest()[:8]}.db"
            trial.write_bytes(pristine)
            tamper(trial, statement)
            done = subprocess.run([sys.executable, "-m", "council_desktop.cli", "--db", str(trial), "check"],
                                  capture_output=True, text=True, cwd=ROOT, timeout=300, check=False)
            fails = [line for line in done.stdout.splitlines() if line.startswith("FAIL")]
            passed = done.returncode == 1 and bool(fails) and "Traceback" not in done.stderr
            ok &= passed
            rows.append(("direct SQL edit", case, done.returncode, fails[0] if fails else done.stderr.strip(), passed))
    return rows, ok


def table(rows) -> str:
    lines = ["| fault | case | exit | what it said | as promised |", "|---|---|---|---|---|"]
    for fault, case, rc, said, passed in rows:
        said = said.replace("|", "\\|")
        lines.append(f"| {fault} | {case} | {rc} | {said[:140]}{'…' if len(said) > 140 else ''} | "
                     f"{'yes' if passed else 'NO'} |")
    return "\n".join(lines) + "\n"


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--write", action="store_true", help="replace the table in docs/reliability.md")
    args = p.parse_args()
    rows, ok = run()
    text = table(rows)
    print(text)
    if args.write:
        doc = DOC.read_text(encoding="utf-8")
        start, end = doc.index(BEGIN) + len(BEGIN), doc.index(END)
        DOC.write_text(doc[:start] + "\n" + text + doc[end:], encoding="utf-8")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
