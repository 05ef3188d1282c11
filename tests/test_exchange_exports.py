"""Exports for other offices read back by what the receiver uses: openpyxl, the csv module (as Excel
reads a CSV), python-docx and LibreOffice, icalendar, the email package."""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
import time

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
    for ws in book:  # printed on A4 across, as wide as the page, the header row repeated on each page
        setup = ws.page_setup
        assert (setup.paperSize, setup.orientation, setup.fitToWidth, setup.fitToHeight) == (9, "landscape", 1, 0)
        assert ws.sheet_properties.pageSetUpPr.fitToPage and ws.print_title_rows == "$1:$1", ws.title
    # nothing in any sheet is a formula
    assert not [c for ws in book for row in ws.iter_rows() for c in row if c.data_type == "f"]
    # the same data, the same file, also seconds later (a ZIP's times go by two seconds)
    time.sleep(2.1)
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


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_text_longer_than_a_cell_holds_is_cut_with_a_mark_and_a_note_and_the_csv_keeps_it_whole(demo, tmp_path,
                                                                                                  lang):
    """A resolution of more than 32,767 characters (Excel's cell): openpyxl would cut it there without a word;
    the cell ends with "…", a note under the list says so, and the CSV of the same list holds the text whole."""
    from openpyxl import load_workbook

    from council_desktop.documents.labels import label
    from council_desktop.domain.models import AgendaItem

    ctx, meeting_id = demo
    long_text = "".join(f"{n}. Рекомендовать Министерству здравоохранения утвердить раздел {n}. "
                        for n in range(1, 700))
    assert len(long_text) > 40_000
    with ctx.sessions.begin() as s:
        item = s.query(AgendaItem).filter_by(meeting_id=meeting_id, position=1).one()
        resolution = item.resolutions[0]
        resolution.text_ru = resolution.text_kk = long_text
    book = load_workbook(ctx.exchange.export(meeting_id, "xlsx", tmp_path / "m.xlsx", lang))
    sheet = book[label("sheet_resolutions", lang)]
    cell = sheet["B2"].value
    assert len(cell) == 32_767 and cell == long_text[:32_766] + "…"
    assert sheet.cell(sheet.max_row, 1).value == label("cell_cut_note", lang)
    assert label("cell_cut_note", lang) not in [c.value for ws in book if ws is not sheet for c in ws["A"]]
    path = ctx.exchange.export(meeting_id, "csv", tmp_path / "r.csv", lang, table="resolutions")
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[1][1] == long_text


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


# --- DOCX: opened by LibreOffice, styles read back by python-docx ---------------------------------
def _libreoffice_pdf(docx_path, tmp_path):
    """The DOCX converted to PDF by LibreOffice, headless, as a receiving office would open it."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("LibreOffice is needed (packaging/dev.sh test installs libreoffice-writer-nogui)")
    profile = tmp_path / "lo-profile"
    out = tmp_path / "lo-out"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out), str(docx_path)], check=True, capture_output=True, timeout=180)
    return out / (docx_path.stem + ".pdf")


def _pages(pdf) -> list[list[str]]:
    """Each page's lines of text as pdftotext lays them out, blank ones left out."""
    import subprocess

    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return [[line.strip() for line in page.splitlines() if line.strip()] for page in text.split("\f") if page.strip()]


def _font_families(pdf) -> set[str]:
    """The families of the fonts a PDF uses (pdffonts), without subset tags and styles."""
    import subprocess

    lines = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout.splitlines()[2:]
    return {re.sub(r"^[A-Z]{6}\+|[-,](Bold|Italic|BoldItalic|Regular)$", "", line.split()[0]) for line in lines}


def test_docx_protocol_opens_in_libreoffice_with_the_pdfs_words_and_real_styles(demo, tmp_path):
    import docx
    from docx.oxml.ns import qn

    from council_desktop.documents.labels import label

    ctx, meeting_id = demo
    ctx.protocols.sign(meeting_id, "ru")
    path = ctx.exchange.export(meeting_id, "docx", tmp_path / "protocol.docx", "ru")
    document = docx.Document(path)
    styles = {p.style.name for p in document.paragraphs}
    assert {"Title", "Subtitle", "Heading 1", "Heading 2", "List Number", "Council Label"} <= styles
    assert document.styles["Normal"].font.name == "Times New Roman"
    # every style names its font, none the template theme's (which Word and LibreOffice would take instead)
    for name in styles | {"Table Grid"}:
        fonts = document.styles[name].element.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
        assert fonts is not None and fonts.get(qn("w:ascii")) == "Times New Roman", name
        assert not [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")], name
    # lined tables (attendance, votes…) between the unlined layout of the heading and of the signatures
    assert [t.style.name for t in document.tables] == ["Normal Table"] + ["Table Grid"] * 6 + ["Normal Table"]
    grid = [t for t in document.tables if t.style.name == "Table Grid"]
    assert grid[0].cell(0, 1).text == label("col_name", "ru") and len(grid[0].rows) > 5  # attendance
    assert any(t.cell(0, 1).text == label("col_for", "ru") for t in grid)  # votes
    for table in grid:  # the columns' names repeated on each page, no row split across two
        rows = [row._tr.trPr for row in table.rows]
        assert all(r is not None and r.find(qn("w:cantSplit")) is not None for r in rows)
        assert [r.find(qn("w:tblHeader")) is not None for r in rows] == [True] + [False] * (len(rows) - 1)
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header.paragraphs[0]._p.xml and "PAGE" not in section.first_page_header._element.xml
    pdf = _libreoffice_pdf(path, tmp_path)
    assert len(_font_families(pdf)) == 1, _font_families(pdf)  # the headings in the body's typeface
    pages = _pages(pdf)
    flat = " ".join(" ".join(" ".join(page) for page in pages).split())
    for word in ("ПРОТОКОЛ", "совместного заседания", "ПОВЕСТКА ДНЯ", "СЛУШАЛИ", "ПОСТАНОВИЛИ",
                 "Кворум имеется"):
        assert word in flat, word
    # as the PDF: the first page unnumbered, each later one its number alone at the top and the running
    # head at the foot; signed, so no draft's mark
    head = "Протокол № 1/1 от 20.02.2026"
    assert len(pages) > 2 and pages[0][-1] != head and not pages[0][0].isdigit()
    assert [(page[0], page[-1]) for page in pages[1:]] == [(str(n), head) for n in range(2, len(pages) + 1)]
    assert label("draft", "ru") not in flat
    assert "Фамилия, имя" in " ".join(pages[1])  # the attendance runs onto page 2 under its columns' names
    # the agenda and each item's resolutions numbered by Word as the PDF numbers them, each number once
    view = ctx.views.meeting(meeting_id, "ru")
    for item in view["agenda"]:
        assert f"{item['position']}. {' '.join(item['title'].split())[:30]}" in flat
        for r in item["resolutions"]:
            assert f"{r['number']}. {' '.join(r['text'].split())[:30]}" in flat
    numbered = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert numbered and not [t for t in numbered if t[:1].isdigit()]  # the number is Word's label, not text too
    pdf_words = ctx.documents.render("protocol", meeting_id, "ru")
    from council_desktop.services.signed import pdf_text
    for title in [i["title"] for i in ctx.views.meeting(meeting_id, "ru")["agenda"]]:
        assert " ".join(title.split())[:40] in flat and " ".join(title.split())[:40] in pdf_text(pdf_words)


def test_docx_extract_in_kazakh_and_both_languages(demo, tmp_path):
    import docx

    ctx, meeting_id = demo
    ctx.meetings.update(meeting_id, {"restriction": "ДСП"})  # on every page, at the top right
    path = ctx.exchange.export(meeting_id, "docx", tmp_path / "extract.docx", "kk", document="extract", item=2)
    document = docx.Document(path)
    assert [p.text for p in document.paragraphs if p.style.name == "Title"] == ["Бірлескен отырыс ХАТТАМАСЫНАН ҮЗІНДІ"]
    # the item keeps its number in the extract, its resolutions theirs, as Word numbers them
    item = ctx.views.meeting(meeting_id, "kk")["agenda"][1]
    flat = " ".join(" ".join(" ".join(page) for page in _pages(_libreoffice_pdf(path, tmp_path))).split())
    labelled = [(n, " ".join(words.split())[:25]) for n, words in [
        ("2", item["title"]), *[(r["number"], r["text"]) for r in item["resolutions"]]]]
    assert len(labelled) > 2 and all(f"{n}. {words}" in flat for n, words in labelled), flat
    assert f"1. {labelled[0][1]}" not in flat and "3. " not in flat  # not counted from 1; no other item
    both_path = ctx.exchange.export(meeting_id, "docx", tmp_path / "both.docx", "kk+ru")
    both = docx.Document(both_path)
    assert len(both.sections) == 2
    assert {p.text for p in both.paragraphs} >= {"ПОСТАНОВИЛИ:", "ҚАУЛЫ ЕТТІ:"}
    # each language's pages marked in that language (the second section's marks once overwrote the first's),
    # numbered on from the first; not signed: the draft's mark on every page
    pages = _pages(_libreoffice_pdf(both_path, tmp_path))
    kk, ru = "20.02.2026 № 1/1 хаттама", "Протокол № 1/1 от 20.02.2026"
    feet, tops = [page[-1] for page in pages], [page[0].split() for page in pages]
    assert feet[0] not in (kk, ru) and kk in feet and ru in feet
    assert feet[1:] == [kk] * feet.count(kk) + [ru] * feet.count(ru)
    assert [top[0] for top in tops] == ["ЖОБА"] * (1 + feet.count(kk)) + ["ПРОЕКТ"] * feet.count(ru)
    assert [top[1:] for top in tops] == [["ДСП"]] + [[str(n), "ДСП"] for n in range(2, len(pages) + 1)]


def test_docx_numbers_start_and_go_on_as_the_protocol_numbers_them(demo, tmp_path):
    """Word's numbering shows the protocol's numbers when they do not start at 1 or skip one (a meeting from
    another office's bundle may number so): each list starts at its first number, a gap starts another."""
    from council_desktop.exchange.docx import write_docx
    from council_desktop.services.base import driver_connection
    from council_desktop.services.exchange import meeting_views

    ctx, meeting_id = demo
    with ctx.sessions() as s:
        view = meeting_views(driver_connection(s), meeting_id)["ru"]
    del view["agenda"][0]  # the agenda from 2
    second = view["agenda"][0]
    second["resolutions"][0]["number"], second["resolutions"][1]["number"] = "2.2", "2.4"
    path = tmp_path / "numbers.docx"
    with open(path, "wb") as out:
        write_docx(out, {"ru": view}, "ru")
    flat = " ".join(" ".join(" ".join(page) for page in _pages(_libreoffice_pdf(path, tmp_path))).split())
    for item in view["agenda"]:
        assert f"{item['position']}. {' '.join(item['title'].split())[:30]}" in flat
    for r in second["resolutions"]:
        assert f"{r['number']}. {' '.join(r['text'].split())[:30]}" in flat


def test_docx_tables_columns_names_are_not_broken_inside_a_word(demo, tmp_path):
    """In English the attendance's "No." once broke as "N / o." in its column."""
    from council_desktop.documents.labels import label

    ctx, meeting_id = demo
    path = ctx.exchange.export(meeting_id, "docx", tmp_path / "minutes.docx", "en")
    lines = [line for page in _pages(_libreoffice_pdf(path, tmp_path)) for line in page]
    heads = [line.split() for line in lines if label("col_position", "en") in line]  # each page's header row
    assert heads and all(head[:2] == [label("col_no", "en"), label("col_name", "en")] and
                         head[-1] == label("col_role", "en") for head in heads), heads
    votes = [line.split() for line in lines if label("col_against", "en") in line]
    assert votes and all(head[:3] == [label("col_no", "en"), label("col_for", "en"), label("col_against", "en")]
                         for head in votes), votes


def test_text_pasted_from_word_with_its_break_characters_exports_to_docx_xlsx_and_ics(demo, tmp_path):
    """Word's manual line break is a vertical tab; pasted into a title (with a stray bell) it is kept as
    entered, and python-docx and openpyxl refused the whole file for it (XML has no such character), the
    invitation carried both raw (iCalendar allows neither): each is made, the break a line break, the bell
    left out, as the PDF draws them."""
    from docx import Document
    from openpyxl import load_workbook

    ctx, meeting_id = demo
    item = ctx.views.meeting_record(meeting_id)["agenda"][0]["id"]
    ctx.meetings.update_item(item, {"title_ru": "Об утверждении\x0bсостава совета\x07"})
    doc = Document(str(ctx.exchange.export(meeting_id, "docx", tmp_path / "m.docx", "ru")))
    assert "1. Об утверждении\nсостава совета" in [p.text for p in doc.paragraphs]
    book = load_workbook(ctx.exchange.export(meeting_id, "xlsx", tmp_path / "m.xlsx", "ru"))
    cells = [c.value for ws in book.worksheets for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    assert "Об утверждении\nсостава совета" in cells
    assert not [c for c in cells if "\x0b" in c or "\x07" in c]
    invitation = ctx.exchange.export(meeting_id, "ics", tmp_path / "m.ics", "ru").read_bytes()
    assert "Об утверждении\\nсостава совета".encode() in invitation.replace(b"\r\n ", b"")  # iCalendar's \n
    assert not [b for b in invitation if b < 0x20 and b not in (0x0a, 0x0d)]


# --- ICS and the mail draft -----------------------------------------------------------------------
def test_ics_keeps_the_time_zone_a_stable_uid_the_attendees_and_the_agenda(demo, tmp_path):
    from zoneinfo import ZoneInfo

    from icalendar import Calendar

    ctx, meeting_id = demo
    first = Calendar.from_ical(ctx.exchange.export(meeting_id, "ics", tmp_path / "a.ics", "ru").read_bytes())
    (event,) = first.walk("VEVENT")
    start = event.decoded("dtstart")
    assert str(start.tzinfo) == "Asia/Almaty"
    assert start.utcoffset() == ZoneInfo("Asia/Almaty").utcoffset(start.replace(tzinfo=None))
    assert (start.hour, start.minute) == (10, 0)
    assert [c["TZID"] for c in first.walk("VTIMEZONE")] == ["Asia/Almaty"]
    attendees = [str(a) for a in event.get("attendee")]
    assert attendees and all(a.startswith("mailto:") for a in attendees)
    assert "1. " in str(event["description"]) and "ПОВЕСТКА" in str(event["description"]).upper()
    assert "Национальный центр биотехнологии" in str(event["location"])
    # an edit of the meeting: the same UID, a higher SEQUENCE, so the receiver's calendar replaces it
    from council_desktop.domain.models import Meeting
    with ctx.sessions.begin() as s:
        s.get(Meeting, meeting_id).place_ru = "Другой зал"
    second = Calendar.from_ical(ctx.exchange.export(meeting_id, "ics", tmp_path / "b.ics", "ru").read_bytes())
    (again,) = second.walk("VEVENT")
    assert again["uid"] == event["uid"] and again["sequence"] > event["sequence"]
    assert str(again["location"]).startswith("Другой зал")
    other = Calendar.from_ical(ctx.exchange.export(meeting_id, "ics", tmp_path / "c.ics", "en",
                                                   timezone="Asia/Aqtobe").read_bytes())
    assert str(other.walk("VEVENT")[0].decoded("dtstart").tzinfo) == "Asia/Aqtobe"


@pytest.mark.parametrize("zone, date", [("Asia/Almaty", "2024-02-29"), ("Asia/Almaty", "2024-03-01"),
                                         ("Europe/Berlin", "2026-07-01"), ("Europe/Berlin", "2026-12-01")])
def test_the_invitations_own_time_zone_rules_give_the_meetings_hour_and_say_nothing_in_english(
        demo, tmp_path, zone, date):
    """A calendar program uses the VTIMEZONE the file carries: its rules (the years around the meeting,
    a few lines) give the zone's offset at the meeting's start, Almaty's change to +05 on 1 March 2024
    and summer time included; icalendar's English note of those years is not left in a Kazakh letter."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar

    ctx, meeting_id = demo
    ctx.meetings.update(meeting_id, {"date": date})
    raw = ctx.exchange.export(meeting_id, "ics", tmp_path / "m.ics", "kk", timezone=zone).read_bytes()
    (rules,) = Calendar.from_ical(raw).walk("VTIMEZONE")
    start = dt.datetime.combine(dt.date.fromisoformat(date), dt.time(10))
    assert rules.to_tz().utcoffset(start) == ZoneInfo(zone).utcoffset(start)
    lines = raw.split(b"\r\n")
    assert lines.index(b"END:VTIMEZONE") - lines.index(b"BEGIN:VTIMEZONE") < 25  # since 1970: 50 and more
    assert b"COMMENT" not in raw


def test_an_address_that_is_not_one_is_left_out_of_the_invitation_and_the_draft_not_a_fault(demo, tmp_path):
    """A registry e-mail kept from before the checks (or written by another program) with a line break and a
    header after it: the invitation names that attendee without an address, the draft has no sender address;
    neither fails (icalendar and the email package refuse a line break) nor carries the smuggled header."""
    from email import message_from_bytes, policy

    from icalendar import Calendar

    ctx, meeting_id = demo
    secretary = ctx.views.meeting_record(meeting_id)["secretary_id"]
    before = Calendar.from_ical(ctx.exchange.export(meeting_id, "ics", tmp_path / "a.ics", "ru").read_bytes())
    with ctx.engine.begin() as conn:
        address = conn.exec_driver_sql("SELECT email FROM person WHERE id = ?", (secretary,)).scalar()
        conn.exec_driver_sql("UPDATE person SET email = 'a@example.kz' || char(13, 10) || 'Bcc: all@example.com' "
                             "WHERE id = ?", (secretary,))
    raw = ctx.exchange.export(meeting_id, "ics", tmp_path / "b.ics", "ru").read_bytes()
    after = Calendar.from_ical(raw)
    def attendees(cal) -> list[str]:
        found = cal.walk("VEVENT")[0].get("attendee")
        return [str(a) for a in (found if isinstance(found, list) else [found])]
    assert attendees(after) == [a for a in attendees(before) if a != f"mailto:{address}"] != []
    assert b"all@example.com" not in raw and "organizer" not in after.walk("VEVENT")[0]
    draft = ctx.exchange.export(meeting_id, "eml", tmp_path / "m.eml", "ru", attach=["ics"],
                                to=["  office@example.kz\n"]).read_bytes()
    msg = message_from_bytes(draft, policy=policy.default)
    assert msg["From"] is None and msg["Bcc"] is None and b"all@example.com" not in draft
    assert msg["To"] == "office@example.kz"


@pytest.mark.parametrize("start, end, planned, expected", [
    ("", "09:30", [15, 30], ("10:00", "10:45")),  # an end but no start: 10:00 is a guess, the end before it
    ("15:00", "", [600, 600], ("15:00", "23:59")),  # an agenda planned past midnight ends that day
    ("", "", [], ("10:00", "12:00")),  # nothing planned: two hours
])
def test_an_invitation_ends_after_it_starts_the_same_day(demo, tmp_path, start, end, planned, expected):
    from icalendar import Calendar

    ctx, meeting_id = demo
    ctx.meetings.update(meeting_id, {"start_time": start, "end_time": end})
    for item, minutes in zip(ctx.views.meeting_record(meeting_id)["agenda"], planned + [0] * 10):
        ctx.meetings.update_item(item["id"], {"planned_minutes": minutes or None})
    (event,) = Calendar.from_ical(ctx.exchange.export(meeting_id, "ics", tmp_path / "m.ics", "ru")
                                  .read_bytes()).walk("VEVENT")
    begins, ends = event.decoded("dtstart"), event.decoded("dtend")
    assert (begins.strftime("%H:%M"), ends.strftime("%H:%M")) == expected and begins.date() == ends.date()


def test_eml_draft_parses_with_the_email_package_and_carries_the_documents(demo, tmp_path):
    from email import message_from_bytes, policy

    from icalendar import Calendar
    from openpyxl import load_workbook

    ctx, meeting_id = demo
    path = ctx.exchange.export(meeting_id, "eml", tmp_path / "m.eml", "kk", attach=["protocol", "xlsx", "ics"],
                               to=["office@example.kz"])
    msg = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert msg["To"] == "office@example.kz" and msg["X-Unsent"] == "1"
    assert "хаттама" in msg["Subject"].lower()
    body = msg.get_body(("plain",)).get_content()
    # the files named as the window names a saved document, in the letter's language
    pdf, lists, invitation = "Хаттама_1-1_2026-02-20.pdf", "Отырыс_тізімдері_1-1_2026-02-20.xlsx", \
        "Шақыру_1-1_2026-02-20.ics"
    assert "Құрметпен" in body and pdf in body
    parts = {p.get_filename(): p for p in msg.iter_attachments()}
    assert sorted(parts) == sorted([invitation, lists, pdf])
    assert parts[pdf].get_content().startswith(b"%PDF")
    assert parts[pdf].get_content() == ctx.documents.render("protocol", meeting_id, "kk")
    import io as _io
    load_workbook(_io.BytesIO(parts[lists].get_content()))
    Calendar.from_ical(parts[invitation].get_content())
    from council_desktop.domain.errors import CouncilError
    with pytest.raises(CouncilError):
        ctx.exchange.export(meeting_id, "eml", tmp_path / "x.eml", "kk", to=["not an address"])
    assert not (tmp_path / "x.eml").exists()
