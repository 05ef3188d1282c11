"""Exports for other offices read back by what the receiver uses: openpyxl, the csv module (as Excel
reads a CSV), python-docx and LibreOffice, icalendar, the email package."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from council_desktop.cli import main

HOSTILE = '=HYPERLINK("http://x","y")'


@pytest.fixture
def hostile_meeting(demo):
    """The demo meeting with texts a spreadsheet would run: an item title and a person's position."""
    from council_desktop.domain.models import AgendaItem, Attendance

    ctx, meeting_id = demo
    with ctx.sessions.begin() as s:
        item = s.query(AgendaItem).filter_by(meeting_id=meeting_id, position=1).one()
        item.title_en = item.title_ru = HOSTILE
        person = s.query(Attendance).filter_by(meeting_id=meeting_id).first().person
        person.position_en = "+7 701 000 00 00 @desk"
    return ctx, meeting_id


def test_xlsx_has_typed_cells_frozen_headers_widths_and_formulas_kept_as_text(hostile_meeting, tmp_path):
    from openpyxl import load_workbook

    ctx, meeting_id = hostile_meeting
    path = ctx.exchange.export(meeting_id, "xlsx", tmp_path / "m.xlsx", "en")
    book = load_workbook(path)
    assert book.sheetnames == ["Attendance", "Agenda", "Resolutions", "Assignments"]
    agenda = book["Agenda"]
    assert agenda.freeze_panes == "A2" and agenda["A1"].value == "No." and agenda["A1"].font.b
    assert agenda.column_dimensions["B"].width == 70
    assert agenda["B2"].value == "'" + HOSTILE and agenda["B2"].data_type == "s"
    assert isinstance(agenda["A2"].value, int)
    assert "prefixed with an apostrophe" in agenda.cell(agenda.max_row, 1).value
    assignments = book["Assignments"]
    deadline = assignments["D2"]
    assert isinstance(deadline.value, dt.datetime) and deadline.is_date  # a date cell, not a text
    resolutions = book["Resolutions"]
    assert resolutions["D2"].value == 11 and resolutions["G2"].value == "yes"
    # nothing in any sheet is a formula
    assert not [c for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]
    # the same data, the same file
    again = ctx.exchange.export(meeting_id, "xlsx", tmp_path / "again.xlsx", "en")
    assert again.read_bytes() == path.read_bytes()


def test_xlsx_in_kazakh_from_the_same_labels_as_the_protocol(demo, tmp_path):
    from openpyxl import load_workbook

    from council_desktop.documents.labels import label

    ctx, meeting_id = demo
    book = load_workbook(ctx.exchange.export(meeting_id, "xlsx", tmp_path / "m.xlsx", "kk"))
    assert book.sheetnames[0] == "Қатысу"
    assert [c.value for c in book["Қатысу"][1]][:2] == [label("col_no", "kk"), label("col_name", "kk")]


def test_csv_is_utf8_with_bom_semicolons_by_default_and_formulas_neutralised(hostile_meeting, tmp_path):
    ctx, meeting_id = hostile_meeting
    path = ctx.exchange.export(meeting_id, "csv", tmp_path / "agenda.csv", "en", table="agenda")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == ["No.", "Item", "Rapporteurs", "Min."]
    assert rows[1][1] == "'" + HOSTILE
    assert "prefixed with an apostrophe" in rows[-1][0]
    people = ctx.exchange.export(meeting_id, "csv", tmp_path / "people.csv", "ru", delimiter="tab")
    rows = list(csv.reader(io.StringIO(people.read_bytes().decode("utf-8-sig")), delimiter="\t"))
    assert rows[0][1] == "Фамилия, имя, отчество" and len(rows) > 10


def test_no_cell_of_any_export_begins_with_a_formula_character(hostile_meeting, tmp_path):
    ctx, meeting_id = hostile_meeting
    for table in ("attendance", "agenda", "resolutions", "assignments"):
        path = ctx.exchange.export(meeting_id, "csv", tmp_path / f"{table}.csv", "en", table=table)
        for row in csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"):
            assert not [c for c in row if c[:1] in ("=", "+", "-", "@", "\t", "\r")], row


def test_the_command_exports_and_refuses_with_one_line(hostile_meeting, tmp_path, capsys):
    ctx, meeting_id = hostile_meeting
    db = ctx.url.removeprefix("sqlite:///")
    out = tmp_path / "r.csv"
    assert main(["--db", db, "export", str(meeting_id), "--format", "csv", "--table", "resolutions",
                 "--out", str(out), "--lang", "kk"]) == 0
    assert out.read_bytes().decode("utf-8-sig").startswith("№;Шешім;")
    capsys.readouterr()
    assert main(["--db", db, "export", "999", "--format", "xlsx", "--out", str(tmp_path / "x.xlsx")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "999" in err and not (tmp_path / "x.xlsx").exists()
    assert main(["--db", db, "export", str(meeting_id), "--format", "csv", "--delimiter", "|",
                 "--out", str(tmp_path / "x.csv")]) == 2
    assert main(["--db", db, "export", str(meeting_id), "--format", "xlsx", "--out", db]) == 2
    assert "database" in capsys.readouterr().err
