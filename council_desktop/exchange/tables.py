"""A meeting's lists as spreadsheets: attendance, agenda, resolutions with their votes, assignments.

From the same views as the protocol (`services.readmodel.meeting_view`), labelled from the one
catalogue (`documents.labels`).  XLSX (openpyxl) with typed cells, dates as dates, a frozen header
row and column widths; CSV in UTF-8 with a byte-order mark (so that Excel reads Cyrillic), `;` by
default as Excel in ru/kk locales expects.  A text a spreadsheet would run as a formula (starting
with =, +, -, @, a tab or a carriage return) is prefixed with an apostrophe and kept as text, and a
note row says so.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from typing import Any, BinaryIO

from ..documents.labels import label
from ..documents.protocol import role_name
from .controls import without_controls

TABLES = ("attendance", "agenda", "resolutions", "assignments")
DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


@dataclass
class Sheet:
    key: str
    title: str
    headers: list[str]
    rows: list[list[Any]]
    widths: list[int]


def _yes(value: bool | None, lang: str) -> str:
    return "" if value is None else label("yes" if value else "no", lang)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def sheets(view: dict, lang: str) -> list[Sheet]:
    """The four lists of one meeting in one language."""
    def L(key: str) -> str:
        return label(key, lang)

    attendance = [[n, a["name"], role_name(a, lang), a["organization"], a["position"],
                   label(f"attendance_{a['status']}", lang),
                   a["substitute_for"]["name"] if a.get("substitute_for") else ""]
                  for n, a in enumerate(view["attendance"], start=1)]
    agenda = [[i["position"], i["title"], "; ".join(r["name"] for r in i["rapporteurs"] if r),
               i["planned_minutes"]] for i in view["agenda"]]
    resolutions, assignments = [], []
    for item in view["agenda"]:
        for r in item["resolutions"]:
            resolutions.append([r["number"], r["text"], _yes(r["unanimous"], lang), r["votes_for"],
                                r["votes_against"], r["votes_abstained"], _yes(r["adopted"], lang)])
            for a in r["assignments"]:
                assignments.append([r["number"], a["task"], a["responsible"], _date(a["deadline"]),
                                    label(f"status_{a['status']}", lang)])
    return [
        Sheet("attendance", L("sheet_attendance"),
              [L("col_no"), L("col_name"), L("col_role"), L("col_organization"), L("col_post"),
               L("col_attendance"), L("col_substitute")], attendance, [5, 36, 18, 40, 40, 18, 30]),
        Sheet("agenda", L("sheet_agenda"), [L("col_no"), L("col_item"), L("col_speakers"), L("col_minutes")],
              agenda, [5, 70, 40, 8]),
        Sheet("resolutions", L("sheet_resolutions"),
              [L("col_no"), L("col_resolution"), L("col_unanimous"), L("col_for"), L("col_against"),
               L("col_abstained"), L("col_adopted")], resolutions, [7, 80, 12, 8, 8, 12, 10]),
        Sheet("assignments", L("sheet_assignments"),
              [L("col_resolution"), L("col_task"), L("col_responsible"), L("col_deadline"), L("col_status")],
              assignments, [9, 70, 36, 12, 16]),
    ]


def neutral(value: Any) -> tuple[Any, bool]:
    """A cell as text a spreadsheet will not run, and whether it had to be changed."""
    if isinstance(value, str) and value.startswith(DANGEROUS):
        return "'" + value, True
    return value, False


# the longest text a spreadsheet cell holds (Excel's limit; openpyxl cuts a longer one there without a word)
CELL_LIMIT = 32_767


def within_cell(value: Any) -> tuple[Any, bool]:
    """A text cut to what a cell holds, ending with "…" so that the cut shows, and whether it was cut."""
    if isinstance(value, str) and len(value) > CELL_LIMIT:
        return value[:CELL_LIMIT - 1] + "…", True
    return value, False


def write_xlsx(out: BinaryIO, view: dict, lang: str) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for sheet in sheets(without_controls(view), lang):
        ws = book.create_sheet(sheet.title[:31])
        ws.append(sheet.headers)
        changed = cut = False
        for row in sheet.rows:
            cells = []
            for value in row:
                value, was = neutral(value)
                value, shortened = within_cell(value)
                changed |= was
                cut |= shortened
                cells.append(value)
            ws.append(cells)
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text stays text, whatever it starts with
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
                elif isinstance(cell.value, dt.date):
                    cell.number_format = "DD.MM.YYYY"
        for cell in ws[1]:
            cell.font = Font(bold=True)
        ws.freeze_panes = "A2"
        # printed as an office prints a list: A4 across, as wide as the page, the header row on every page
        ws.print_title_rows = "1:1"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.orientation = "landscape"
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        for n, width in enumerate(sheet.widths, start=1):
            ws.column_dimensions[get_column_letter(n)].width = width
        if changed or cut:
            ws.append([])
        for note, needed in (("formula_note", changed), ("cell_cut_note", cut)):
            if needed:
                ws.append([label(note, lang)])
                ws.cell(ws.max_row, 1).data_type = "s"
    book.properties.creator = label("creator", lang)
    book.properties.created = book.properties.modified = dt.datetime(2000, 1, 1)  # the same data, the same file
    from openpyxl.writer.excel import ExcelWriter

    # not book.save: it stamps the properties with the clock again, as zipfile does each part named by text
    with _Unstamped(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        ExcelWriter(book, archive).save()


class _Unstamped(zipfile.ZipFile):
    """A ZIP whose parts written by name carry a fixed time, not the clock's: the same data, the same file."""

    def writestr(self, name, data, compress_type=None, compresslevel=None):
        if isinstance(name, str):
            name = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
            name.compress_type = self.compression
            name.external_attr = 0o600 << 16
        super().writestr(name, data, compress_type, compresslevel)

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        # a worksheet comes from a temporary file, which zipfile would stamp with that file's time
        with open(filename, "rb") as f:
            self.writestr(arcname or str(filename), f.read(), compress_type, compresslevel)


def write_csv(out: BinaryIO, view: dict, lang: str, table: str = "attendance", delimiter: str = ";") -> None:
    sheet = next(s for s in sheets(view, lang) if s.key == table)
    text = io.StringIO(newline="")
    writer = csv.writer(text, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(sheet.headers)
    changed = False
    for row in sheet.rows:
        cells = []
        for value in row:
            if isinstance(value, dt.date):
                value = value.strftime("%d.%m.%Y")
            value, was = neutral(value)
            changed |= was
            cells.append("" if value is None else value)
        writer.writerow(cells)
    if changed:
        writer.writerow([])
        writer.writerow([label("formula_note", lang)])
    out.write(text.getvalue().encode("utf-8-sig"))
