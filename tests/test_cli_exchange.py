"""`council import people|bundle`: a preview writes nothing, --yes imports, a refusal is one line and exit 2."""
from __future__ import annotations

import json
import sqlite3
from contextlib import closing

import pytest

from council_desktop.cli import main


def count(db, table) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def test_import_people_previews_then_imports_with_yes(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    assert main(["--db", db, "init"]) == 0
    path = tmp_path / "list.csv"
    path.write_text("Участники\nФамилия;Имя;Организация\nИванов;Иван;Минздрав\nПетрoв;Пётр;\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "import", "people", str(path)]) == 0
    out = capsys.readouterr().out
    assert "column names on line 2; the lines above are not imported" in out
    assert "2 people to import; nothing written" in out and "'Петр[o]в' → 'Петров'" in out
    assert count(db, "person") == 0
    assert main(["--db", db, "--json", "import", "people", str(path), "--yes", "--fold"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["added"] == 2 and report["new_organizations"] == ["Минздрав"]
    assert count(db, "person") == 2
    assert main(["--db", db, "import", "people", str(path), "--yes"]) == 0  # the same list again
    out = capsys.readouterr().out
    assert "line 3: likely already in the registry as Иванов Иван (person 1); left out" in out
    assert "line 4: likely already in the registry as Петров Пётр (person 2); left out" in out
    assert "0 people imported" in out and count(db, "person") == 2


def test_a_script_imports_the_list_or_bundle_its_json_preview_showed_or_nothing(demo, tmp_path, capsys):
    """--previewed DIGEST (the --json preview's digest) with --yes: a file saved again since that preview is
    refused in one line with exit 2 and nothing written, as the window's Import refuses it; the digest of the
    file as it is now imports it."""
    ctx, meeting_id = demo
    db = str(tmp_path / "c.db")
    assert main(["--db", db, "init"]) == 0
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="utf-8")
    bundle = tmp_path / "m.council"
    ctx.exchange.export_bundle(meeting_id, bundle)
    for what, changed in (("people", lambda: path.write_text("Фамилия;Имя\nИванов;Иван\nПетров;Пётр\n",
                                                            encoding="utf-8")),
                          ("bundle", lambda: (ctx.meetings.update(meeting_id, {"place_ru": "Зал 2"}),  # made again
                                              ctx.exchange.export_bundle(meeting_id, bundle)))):
        file = path if what == "people" else bundle
        capsys.readouterr()
        assert main(["--db", db, "--json", "import", what, str(file)]) == 0
        shown = json.loads(capsys.readouterr().out)["digest"]
        changed()
        people = count(db, "person")
        assert main(["--db", db, "import", what, str(file), "--yes", "--previewed", shown]) == 2
        captured = capsys.readouterr()
        assert captured.err == (f"council: {file}: the file changed after its preview was read; nothing was "
                                "imported: look at the preview as the file is now and import again\n")
        assert captured.out == "" and count(db, "person") == people
        assert main(["--db", db, "--json", "import", what, str(file)]) == 0
        now = json.loads(capsys.readouterr().out)["digest"]
        assert now != shown
        assert main(["--db", db, "import", what, str(file), "--yes", "--previewed", now]) == 0
        assert count(db, "person") > people


def test_import_people_from_a_workbook_names_the_sheet_read(tmp_path, capsys):
    from openpyxl import Workbook

    db = str(tmp_path / "c.db")
    assert main(["--db", db, "init"]) == 0
    book = Workbook()
    book.active.append(["Инструкция"])
    book.create_sheet("Участники").append(["Фамилия", "Имя"])
    book["Участники"].append(["Орлов", "Олег"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    capsys.readouterr()
    assert main(["--db", db, "import", "people", str(path), "--yes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[:2] == [f"{path}: 1 row", "sheet 'Участники' (the first with a surname or full-name column)"]
    assert out[-1] == "1 person imported" and count(db, "person") == 1


@pytest.mark.parametrize("kind, word", [("csv", "line"), ("xlsx", "row")])
def test_a_lists_problems_are_placed_by_its_lines_or_by_a_sheets_rows(tmp_path, capsys, kind, word):
    """A text file has lines, a workbook rows: the report and the refusal say which, the numbers the same."""
    from openpyxl import Workbook

    db = str(tmp_path / "c.db")
    main(["--db", db, "init"])
    rows = [["Список экспертов"], ["Фамилия", "Имя", "Почта"], ["Орлов", "Олег", "не почта"], ["Сафонoва", "Ольга", ""],
            ["Орлов", "Олег", ""]]
    path = tmp_path / f"list.{kind}"
    if kind == "csv":
        path.write_text("\n".join(";".join(r) for r in rows), encoding="utf-8")
    else:
        book = Workbook()
        for row in rows:
            book.active.append(row)
        book.save(path)
    capsys.readouterr()
    assert main(["--db", db, "import", "people", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"column names on {word} 2; the {word}s above are not imported" in out
    assert f"{word} 3: e-mail: 'не почта' is not an e-mail address" in out
    assert f"{word} 4: mixed Latin and Cyrillic letters: 'Сафон[o]ва' → 'Сафонова' (--fold)" in out
    assert f"{word} 5: repeats {word} 3" in out
    assert main(["--db", db, "import", "people", str(path), "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"2 row(s) have problems (first: {word} 3: e-mail:" in err
    assert count(db, "person") == 0


def test_import_people_with_a_bad_row_or_mapping_is_refused_in_one_line(tmp_path, capsys):
    db = str(tmp_path / "c.db")
    main(["--db", db, "init"])
    path = tmp_path / "list.csv"
    path.write_text("Участник;Почта\nИванов;не почта\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", db, "import", "people", str(path), "--yes"]) == 2
    assert "--map" in capsys.readouterr().err
    assert main(["--db", db, "--lang", "ru", "import", "people", str(path), "--map", "Участник=surname",
                 "--map", "Почта=email", "--yes"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "line 2: e-mail: 'не почта' is not an e-mail address" in err
    assert main(["--db", db, "import", "people", str(path), "--map", "Участник"]) == 2
    assert count(db, "person") == 0


def test_import_bundle_previews_then_imports_and_says_the_signed_protocol_is_verified(demo, tmp_path, capsys):
    ctx, meeting_id = demo
    ctx.protocols.sign(meeting_id, "kk")
    bundle = tmp_path / "m.council"
    assert main(["--db", ctx.url.removeprefix("sqlite:///"), "export", str(meeting_id), "--format", "bundle",
                 "--out", str(bundle)]) == 0
    db = str(tmp_path / "other.db")
    main(["--db", db, "init"])
    capsys.readouterr()
    assert main(["--db", db, "import", "bundle", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert "signed protocol revision 1 (kk): verified" in out and "nothing written" in out
    assert count(db, "meeting") == 0
    assert main(["--db", db, "import", "bundle", str(bundle), "--yes"]) == 0
    assert count(db, "meeting") == 1 and count(db, "protocol_issue") == 1
    with closing(sqlite3.connect(db)) as conn:
        here = conn.execute("SELECT id FROM meeting").fetchone()[0]
    # the last line says where it is, for the next command of a script (`council meeting ID`)
    assert capsys.readouterr().out.splitlines()[-1] == f"the meeting is meeting {here} here"
    assert main(["--db", db, "--json", "import", "bundle", str(bundle)]) == 0
    assert json.loads(capsys.readouterr().out)["meeting"]["id"] == here
    assert main(["--db", db, "import", "bundle", str(bundle)]) == 0  # the same again: said to be here already
    out = capsys.readouterr().out.splitlines()
    assert out[1].startswith("already here: ") and ", 1 meeting, " in out[1] and out[1].endswith(", 1 protocol_issue")
    assert not [line for line in out if line.startswith(("to add", "to update", "conflict"))]
    assert out[2] == "nothing new: everything in the bundle is already here"
    bundle.write_bytes(bundle.read_bytes()[:-30])
    capsys.readouterr()
    assert main(["--db", db, "import", "bundle", str(bundle), "--yes"]) == 2
    assert capsys.readouterr().err.count("\n") == 1


def test_import_bundle_preview_says_where_a_forged_protocol_differs(demo, tmp_path, capsys):
    from test_exchange_bundle import forged_protocol

    ctx, meeting_id = demo
    ctx.protocols.sign(meeting_id, "kk")
    forged, pdf, other_pdf, at = forged_protocol(ctx, meeting_id, tmp_path)
    db = str(tmp_path / "other.db")
    main(["--db", db, "init"])
    capsys.readouterr()
    assert main(["--db", db, "import", "bundle", str(forged)]) == 0
    assert (f"signed protocol revision 1 (kk): NOT verified: the PDF made again from its signed data differs from "
            f"the bundle's PDF at byte {at} ({len(pdf)} against {len(other_pdf)} bytes)") in capsys.readouterr().out


def test_export_docx_in_both_languages_and_other_formats_refuse_them(demo, tmp_path, capsys):
    import docx

    ctx, meeting_id = demo
    db = ctx.url.removeprefix("sqlite:///")
    out = tmp_path / "both.docx"
    assert main(["--db", db, "export", str(meeting_id), "--format", "docx", "--lang", "kk+ru", "--out", str(out)]) == 0
    assert len(docx.Document(out).sections) == 2
    capsys.readouterr()
    assert main(["--db", db, "export", str(meeting_id), "--format", "xlsx", "--lang", "kk+ru",
                 "--out", str(tmp_path / "x.xlsx")]) == 2
    assert capsys.readouterr().err.count("\n") == 1 and not (tmp_path / "x.xlsx").exists()


def _signed_in_other(ctx, meeting_id, tmp_path, edit=None) -> str:
    """The meeting imported by the command into another database and signed there (after `edit(other,
    its id there)`): that database's path."""
    from council_desktop.app import AppContext

    first, db = tmp_path / "first.council", str(tmp_path / "other.db")
    ctx.exchange.export_bundle(meeting_id, first)
    main(["--db", db, "init"])
    assert main(["--db", db, "import", "bundle", str(first), "--yes"]) == 0
    other = AppContext.open(db)
    try:
        here = other.views.meetings("ru")[0]["id"]
        if edit:
            edit(other, here)
        other.protocols.sign(here, "ru")
    finally:
        other.close()
    return db


def test_import_bundle_adding_to_a_meeting_signed_here_is_refused_in_one_line_and_the_file_unchanged(
        demo, tmp_path, capsys):
    ctx, meeting_id = demo
    changed = tmp_path / "changed.council"
    db = _signed_in_other(ctx, meeting_id, tmp_path)
    ctx.meetings.add_item(meeting_id, {"title_ru": "Разное"})
    ctx.exchange.export_bundle(meeting_id, changed)
    before = open(db, "rb").read()
    items = count(db, "agenda_item")
    capsys.readouterr()
    for yes in ([], ["--yes"]):
        assert main(["--db", db, "import", "bundle", str(changed), *yes]) == 2
        out = capsys.readouterr()
        assert out.out == "" and out.err.count("\n") == 1
        assert "is signed in this copy" in out.err and "amend the protocol here first" in out.err
    assert open(db, "rb").read() == before and count(db, "agenda_item") == items


def test_import_bundle_preview_says_a_conflict_in_a_meeting_signed_here_cannot_take_theirs(demo, tmp_path, capsys):
    """An agenda item retitled in both copies, the meeting signed here since: the conflict's line says why
    `--theirs` is not offered for it (and `--theirs` for it is refused whole, as the preview warned)."""
    ctx, meeting_id = demo
    changed = tmp_path / "changed.council"
    db = _signed_in_other(ctx, meeting_id, tmp_path, lambda other, here: other.meetings.update_item(
        other.views.meeting_record(here)["agenda"][0]["id"], {"title_ru": "Здесь"}))
    ctx.meetings.update_item(ctx.views.meeting_record(meeting_id)["agenda"][0]["id"], {"title_ru": "Там"})
    ctx.exchange.export_bundle(meeting_id, changed)
    capsys.readouterr()
    assert main(["--db", db, "import", "bundle", str(changed)]) == 0
    [line] = [x for x in capsys.readouterr().out.splitlines() if x.startswith("conflict: agenda_item ")]
    uuid = line.split(" ")[2]
    title = ctx.views.meeting_record(meeting_id)["agenda"][0]["title_en"]  # named in the command's language
    assert line == (f"conflict: agenda_item {uuid} ({title}): title_ru: here 'Здесь', theirs 'Там' — kept as here "
                    "(its meeting is signed here: amend the protocol here first to take theirs)")
    assert main(["--db", db, "import", "bundle", str(changed), "--theirs", uuid, "--yes"]) == 2
    assert "amend the protocol here first" in capsys.readouterr().err


def test_import_bundle_with_theirs_mistyped_is_refused_in_one_line_and_nothing_written(demo, tmp_path, capsys):
    """`--theirs` with a UUID of no record in conflict (a letter mistyped): exit 2, one line naming it, the
    database as it was; it is not passed over with the conflict kept as here and the import said done."""
    ctx, meeting_id = demo
    bundle = tmp_path / "m.council"
    ctx.exchange.export_bundle(meeting_id, bundle)
    db = str(tmp_path / "other.db")
    main(["--db", db, "init"])
    before = _rows(db)
    capsys.readouterr()
    assert main(["--db", db, "import", "bundle", str(bundle), "--theirs", "123e4567-e89b-12d3-a456-42661417400", "--yes"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1 and "123e4567-e89b-12d3-a456-42661417400" in captured.err
    assert "nothing was imported" in captured.err and captured.out == ""
    assert _rows(db) == before


def _rows(db) -> str:
    with closing(sqlite3.connect(db)) as conn:
        return "\n".join(conn.iterdump())
