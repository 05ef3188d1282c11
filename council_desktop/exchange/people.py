"""A list of people from another office, as CSV or XLSX: read, mapped to the registry's fields, checked.

Headers in Kazakh, Russian or English are recognised; a CSV's encoding (UTF-8, with or without
a byte-order mark, Windows-1251) is detected by charset-normalizer and its delimiter (comma,
semicolon, tab) by the csv module's sniffer.  Every row is checked and every problem named by
its line number; names that mix Latin and Cyrillic letters are reported with the form folded
into the word's own script, from the Unicode confusables table (confusable-homoglyphs).
Nothing here writes: `services.exchange` does, after the user confirms.
"""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..domain.errors import CouncilError
from ..domain.names import fold_mixed
from ..domain.rules import is_email

FIELDS = ("surname", "given_name", "patronymic", "full_name", "organization", "position", "email", "phone")
# a column's header, lower-cased with spaces and punctuation squeezed -> the field it holds
HEADERS: dict[str, tuple[str, ...]] = {
    "surname": ("тегі", "фамилия", "surname", "last name", "family name", "lastname"),
    "given_name": ("аты", "имя", "given name", "first name", "firstname", "name"),
    "patronymic": ("әкесінің аты", "әкесiнiң аты", "отчество", "patronymic", "middle name"),
    # one column of surname, given name and patronymic in this order, as Russian and Kazakh lists write it
    "full_name": ("фио", "ф и о", "фамилия имя отчество", "фамилия имя и отчество", "аты-жөні", "аты жөні",
                  "таә", "т а ә", "тегі аты әкесінің аты"),
    "organization": ("ұйым", "ұйымы", "организация", "organisation", "organization", "institution"),
    "position": ("лауазымы", "лауазым", "должность", "position", "job title", "title"),
    "email": ("e-mail", "email", "электрондық пошта", "эл. пошта", "электронная почта", "эл. почта", "почта",
              "mail"),
    "phone": ("телефон", "phone", "telephone", "тел.", "тел"),
}
# what a registry column holds (domain.models.Person / Organization)
LIMITS = {"surname": 120, "given_name": 120, "patronymic": 120, "organization": 400, "position": 400,
          "email": 200, "phone": 60}
NAMED = {"surname": "surname", "given_name": "given name", "patronymic": "patronymic",
         "organization": "organization", "position": "post", "email": "e-mail", "phone": "phone"}
MAX_ROWS = 200_000
MAX_BYTES = 64 << 20
HEADER_SEARCH = 10  # rows looked at for the columns' names
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # how an .xls (and a .doc) file begins
NAME_FIELDS = ("surname", "given_name", "patronymic")


def header_key(text: str) -> str:
    """A column's name as recognised: case, ё, spacing and the punctuation around words left aside ("Ф.И.О.")."""
    text = unicodedata.normalize("NFC", str(text or "")).casefold().replace("ё", "е")
    return " ".join(re.sub(r"[_*:.,]+", " ", text).split())


_KNOWN = {header_key(h): f for f, names in HEADERS.items() for h in names}
_REMARK = re.compile(r"\([^()]*\)\s*$")  # "Должность (полностью)", "E-mail (обязательно)"


def known_field(header: str) -> str | None:
    """The field a column's name says it holds, a remark in brackets after it left aside."""
    return _KNOWN.get(header_key(header)) or _KNOWN.get(header_key(_REMARK.sub("", str(header or ""))))


@dataclass
class Table:
    path: Path
    headers: list[str]
    rows: list[tuple[int, list[str]]]  # (line number in the file, cells)
    encoding: str | None = None
    delimiter: str | None = None
    header_line: int = 1  # the line of the columns' names; any above it (a title) are not read as people
    sheet: str = ""  # the workbook's sheet read, when it has more than one
    digest: str = ""  # SHA-256 of the file's bytes as read: an import checks it is the file its preview showed

    @property
    def workbook(self) -> bool:
        """Read from an XLSX (no text encoding): its numbers are a sheet's rows, not a text's lines."""
        return self.encoding is None


def _header_row(rows: list[tuple[int, list[str]]]) -> int | None:
    """Which of the first ten rows names a surname (or full name) column: an office's list often has its
    title, a date or a blank line above the columns' names."""
    return next((n for n, (_line, cells) in enumerate(rows[:HEADER_SEARCH])
                 if any(known_field(c) in ("surname", "full_name") for c in cells)), None)


def _headed(path: Path, rows: list[tuple[int, list[str]]], encoding: str | None = None,
            delimiter: str | None = None, sheet: str = "") -> Table:
    """The rows under their header row (`_header_row`, else the first)."""
    first = _header_row(rows) or 0
    (line, headers), rows = rows[first], rows[first + 1:]
    return Table(path, [h.strip() for h in headers], rows, encoding, delimiter, line, sheet)


def read_table(path: str | Path, delimiter: str | None = None) -> Table:
    """The file's header row and data rows, whatever their encoding; refused with one message when
    it is not a table at all."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise CouncilError("table_too_large", path=str(path), limit=MAX_BYTES >> 20)
        data = path.read_bytes()
    except OSError as exc:
        raise CouncilError("file_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    if data[:8] == OLE2:  # what an office still on Excel 97-2003 sends
        raise _unreadable(path, "an Excel 97-2003 workbook (XLS)")
    if data[:4] == b"PK\x03\x04":
        table = _read_xlsx(path, data)
    else:
        try:  # a text file, whatever its name: offices' systems send CSV named .xlsx
            table = _read_csv(path, data, delimiter)
        except CouncilError as exc:
            if exc.code == "table_unreadable" and path.suffix.lower() in (".xlsx", ".xlsm"):
                raise _unreadable(path, "not a readable XLSX workbook") from None  # not "unknown encoding"
            raise
    table.digest = hashlib.sha256(data).hexdigest()
    return table


def _unreadable(path: Path, why: str) -> CouncilError:
    """`why`: one of the reasons domain.errors.NAMES words in each language."""
    return CouncilError("table_unreadable", path=str(path), reason=why)


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1251", "utf_8", "koi8_r", "cp866", "utf_16"]).best()
    if best is None:
        raise _unreadable(path, "unknown encoding")
    return str(best), best.encoding


def _read_csv(path: Path, data: bytes, delimiter: str | None) -> Table:
    try:
        text, encoding = _decode(path, data)
    except UnicodeDecodeError:
        raise _unreadable(path, "unknown encoding") from None
    if "\x00" in text:
        raise _unreadable(path, "not a text file")
    if delimiter is None:
        sample = "\n".join(text.splitlines()[:20])
        try:
            delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
        except csv.Error:
            counts = {d: sample.count(d) for d in ";,\t"}
            delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ";"
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[tuple[int, list[str]]] = []
    start = 1
    try:
        width = 0  # the widest row so far (the header's, once read)
        for record in reader:
            width = max(width, len(record))
            if reader.line_num > start and _runs_on(record, delimiter, width):
                raise CouncilError("table_bad_line", path=str(path), line=start)
            if "".join(record).strip():  # a row with something in it
                rows.append((start, record))
            start = reader.line_num + 1
            if len(rows) > MAX_ROWS:
                raise CouncilError("table_too_many_rows", path=str(path), limit=MAX_ROWS)
    except csv.Error:  # the csv module's own words are English: the line is named, and what to look at
        raise CouncilError("table_bad_line", path=str(path), line=reader.line_num) from None
    if not rows:
        raise _unreadable(path, "no rows")
    return _headed(path, rows, encoding, delimiter)


def _runs_on(record: list[str], delimiter: str, width: int) -> bool:
    """Whether a row spanning lines holds, inside a cell, a line with as many cells as a row of the file
    (`width`, of two or more): the file's next rows swallowed by a quotation mark left open, not a cell
    written on two lines (an organisation's name and its department)."""
    return width > 1 and any(line.count(delimiter) + 1 >= width
                             for cell in record if "\n" in cell or "\r" in cell
                             for line in cell.splitlines()[1:])


def _read_xlsx(path: Path, data: bytes) -> Table:
    from openpyxl import load_workbook

    from .bundle import lists_a_bundle

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:  # a zip bomb is not opened at all
            if lists_a_bundle(z.namelist()):  # a meeting bundle, perhaps renamed by a mail server (.zip)
                raise CouncilError("table_is_bundle", path=str(path))
            if sum(i.file_size for i in z.infolist()) > 20 * MAX_BYTES:
                raise _unreadable(path, "unpacks too large")
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except CouncilError:
        raise
    except Exception:  # noqa: BLE001 - whatever a damaged workbook makes openpyxl or zipfile raise
        raise _unreadable(path, "not a readable XLSX workbook") from None
    try:
        if not book.worksheets:
            raise _unreadable(path, "no sheet")
        # the first sheet with a surname (or full name) column among its first rows: a workbook sent by an
        # office may open on a cover sheet or an instruction, with the list on another; else the first
        sheets = book.worksheets
        chosen = next((sheet for sheet in sheets if _header_row(_sheet_rows(path, sheet, HEADER_SEARCH)) is not None),
                      sheets[0])
        rows = _sheet_rows(path, chosen)
    except CouncilError:
        raise
    except Exception:  # noqa: BLE001
        raise _unreadable(path, "not a readable XLSX workbook") from None
    finally:
        book.close()
    if not rows:
        raise _unreadable(path, "no rows")
    return _headed(path, rows, sheet=chosen.title if len(sheets) > 1 else "")


def _sheet_rows(path: Path, sheet, first: int | None = None) -> list[tuple[int, list[str]]]:
    """A sheet's rows that hold something, by their row number: all (more than MAX_ROWS refused), or the
    `first` few."""
    rows: list[tuple[int, list[str]]] = []
    for n, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        cells = [_cell_text(v) for v in values]
        if any(c.strip() for c in cells):
            rows.append((n, cells))
            if len(rows) == first:
                break
            if len(rows) > MAX_ROWS:
                raise CouncilError("table_too_many_rows", path=str(path), limit=MAX_ROWS)
    return rows


def _cell_text(v) -> str:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer():
        return str(int(v))
    if isinstance(v, (dt.datetime, dt.date)):
        return v.isoformat()
    return str(v)


def mapping(table: Table, overrides: dict[str, str] | None = None) -> dict[int, str]:
    """Column index -> field: recognised headers, then the user's `COLUMN=FIELD` choices."""
    found: dict[int, str] = {}
    for i, h in enumerate(table.headers):
        f = known_field(h)
        if f and f not in found.values():
            found[i] = f
    for column, f in (overrides or {}).items():
        if f not in FIELDS and f != "":
            raise CouncilError("invalid_value", field="field", value=f)
        index = next((i for i, h in enumerate(table.headers) if header_key(h) == header_key(column)), None)
        if index is None and column.isdigit() and 1 <= int(column) <= len(table.headers):
            index = int(column) - 1
        if index is None:
            raise CouncilError("unknown_column", column=column, columns=", ".join(table.headers))
        found = {i: g for i, g in found.items() if g != f and i != index}
        if f:
            found[index] = f
    if "surname" not in found.values() and "full_name" not in found.values():
        raise CouncilError("no_surname_column", path=str(table.path))
    return dict(sorted(found.items()))


# --- mixed scripts ---------------------------------------------------------------------------------
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")


# --- rows ------------------------------------------------------------------------------------------
@dataclass(slots=True)
class Row:
    line: int
    values: dict[str, str]
    errors: list[CouncilError] = field(default_factory=list)  # why the row cannot be imported

    def problems(self, lang: str) -> list[str]:
        return [e.message(lang) for e in self.errors]
    folded: dict[str, tuple[str, str]] = field(default_factory=dict)  # field -> (as written, in one script)
    key: tuple[str, str, str, str] = ("", "", "", "")  # person_key: what tells likely duplicates


def normalised(text: str | None) -> str:
    """A name as compared: spacing squeezed, a word's look-alike letters of the other alphabet read in its
    own (`fold_mixed`: "Петрoв" with a Latin o is Петров), case folded, ё as е."""
    text = _squeezed(text or "")
    return _compared(fold_mixed(text) or text)


def person_key(values: dict[str, str], squeezed: bool = False) -> tuple[str, str, str, str]:
    """What tells two rows (or a row and a registry entry) are likely the same person; `squeezed` when
    the values are squeezed and folded into one alphabet already (a checked row's)."""
    compare = _compared if squeezed else normalised
    return (compare(values.get("surname", "")), compare(values.get("given_name", "")),
            compare(values.get("patronymic", "")), compare(values.get("organization", "")))


def _squeezed(cell: str) -> str:
    """A cell's text with its spacing squeezed (one space between words, none around): `" ".join(cell.split())`,
    without splitting the cells (nearly all) that hold no space but single ASCII ones (every other space
    is unprintable)."""
    cell = cell.strip()
    return " ".join(cell.split()) if "  " in cell or not cell.isprintable() else cell


def check_rows(table: Table, columns: dict[int, str], fold: bool = False) -> list[Row]:
    """Every row with its values by field and what is wrong with it."""
    out: list[Row] = []
    first_seen: dict[tuple, int] = {}
    blank = dict.fromkeys(FIELDS, "")
    mapped = list(columns.items())
    whole = "full_name" in columns.values()  # the names from one column
    limits = [(f, limit) for f, limit in LIMITS.items()  # the others stay empty
              if f in columns.values() or (whole and f in NAME_FIELDS)]
    for line, cells in table.rows:
        values = dict(blank)
        width = len(cells)
        # a row whose text holds no two spaces together and nothing unprintable (nearly every row) has
        # each cell squeezed by its strip() alone, and no NUL: one look at the row instead of one a cell
        plain = "  " not in (text := "".join(cells)) and text.isprintable()
        for i, f in mapped:
            if i < width:
                values[f] = cells[i].strip() if plain else _squeezed(cells[i])
        if whole and values["full_name"]:
            _split_name(values)
        row = Row(line, values)
        written = values["surname"] + values["given_name"] + values["patronymic"] + values["organization"] \
            + values["position"]
        if _LATIN.search(written) and _CYRILLIC.search(written):  # only then a word can mix the two
            for f in NAME_FIELDS + ("organization", "position"):
                folded = fold_mixed(values[f]) if values[f] else None
                if folded is not None:
                    row.folded[f] = (values[f], folded)
                    if fold:
                        values[f] = folded
        if not values["surname"]:
            row.errors.append(CouncilError("required", field="surname"))
        for f, limit in limits:
            if len(values[f]) > limit:
                row.errors.append(CouncilError("too_long", field=NAMED[f], limit=limit))
        if values["email"] and not is_email(values["email"]):
            row.errors.append(CouncilError("invalid_email", value=values["email"]))
        if not plain and ("\x00" in written or "\x00" in values["email"] or "\x00" in values["phone"]):
            row.errors.append(CouncilError("invalid_value", field="surname", value="NUL"))
        # as folded into one alphabet, whether or not the import folds them: a name typed with a Latin
        # letter is still the same person as the registry's (or another row's) in Cyrillic
        key = row.key = person_key(values | {f: pair[1] for f, pair in row.folded.items()} if row.folded else values,
                                   squeezed=True)
        first = first_seen.setdefault(key, line)
        if first != line and values["surname"]:
            row.errors.append(CouncilError("duplicate_sheet_row" if table.workbook else "duplicate_row", first=first))
        out.append(row)
    return out


def _split_name(values: dict[str, str]) -> None:
    """The parts of a full name that have no column of their own: surname, given name, and the rest as the
    patronymic (a Kazakh one may be two words: Серік қызы).  Initials stay initials, before or after the
    surname: "Иванов И.И." and "И. И. Иванов" are Иванов, И., И."""
    words = [part for word in values["full_name"].split()
             for part in (_INITIAL.findall(word) if _INITIALS.fullmatch(word) else [word])]
    if len(words) > 1 and _INITIAL.fullmatch(words[0]) and not _INITIAL.fullmatch(words[-1]):
        words = words[-1:] + words[:-1]  # initials first, as a signature writes them
    for f, part in zip(NAME_FIELDS, (words[0], " ".join(words[1:2]), " ".join(words[2:]))):
        if not values[f]:
            values[f] = part


_INITIAL = re.compile(r"\w\.")  # И.
_INITIALS = re.compile(r"(?:\w\.){2,3}")  # И.И.


def _compared(squeezed: str) -> str:
    """normalised() of a text whose spacing is squeezed and letters folded into one alphabet already."""
    return squeezed.casefold().replace("ё", "е")


class RowProblems(CouncilError):
    """The refusal of an import while rows have problems: the first one told in the message's language."""

    def __init__(self, path, rows: list[Row], workbook: bool = False):
        self.rows = rows
        super().__init__("import_workbook_has_problems" if workbook else "import_has_problems", path=str(path),
                         count=len(rows), line=rows[0].line, problem="")

    def message(self, lang: str | None = None) -> str:
        from ..domain.errors import user_language

        lang = lang or user_language()
        self.params["problem"] = self.rows[0].errors[0].message(lang)
        return super().message(lang)
