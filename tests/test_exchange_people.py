"""People from another office's table: headers in three languages, any of their encodings and
delimiters, mixed scripts folded, duplicates shown, every bad row named by line, nothing written
until confirmed and then all of it at once."""
from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from council_desktop.domain.errors import CouncilError
from council_desktop.store.integrity import check

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server


def dump(ctx) -> str:
    conn = sqlite3.connect(ctx.url.removeprefix("sqlite:///"))
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def people(ctx) -> list[tuple]:
    conn = sqlite3.connect(ctx.url.removeprefix("sqlite:///"))
    try:
        return conn.execute("SELECT p.surname, p.given_name, p.patronymic, p.position, p.email, p.phone, "
                            "o.name_ru FROM person p LEFT JOIN organization o ON o.id = p.organization_id "
                            "ORDER BY p.surname").fetchall()
    finally:
        conn.close()


def test_a_windows_1251_csv_with_kazakh_headers_imports_correctly(ctx, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("Тегі;Аты;Лауазымы;Телефон;E-mail;Организация\r\n"
                     "Сейтқали;Айгүл;;;;\r\n".replace("Сейтқали;Айгүл", "Сейткали;Айгуль")
                     .encode("cp1251")
                     + "Иванова;Мария;главный врач;+7 701 000 0000;m@example.kz;Городская больница № 1\r\n"
                     .encode("cp1251"))
    preview = ctx.people_import.preview(path, lang="ru")
    assert preview["encoding"] == "cp1251" and preview["delimiter"] == ";"
    assert preview["columns"] == {"Тегі": "surname", "Аты": "given_name", "Лауазымы": "position",
                                  "Телефон": "phone", "E-mail": "email", "Организация": "organization"}
    assert people(ctx) == []  # a preview writes nothing
    done = ctx.people_import.run(path, lang="ru")
    assert done["added"] == 2
    assert people(ctx) == [("Иванова", "Мария", "", "главный врач", "m@example.kz", "+7 701 000 0000",
                            "Городская больница № 1"),
                           ("Сейткали", "Айгуль", "", "", "", "", None)]
    assert [f for f in check(ctx.engine) if not f["ok"]] == []  # audit chain and all
    assert ctx.registry.people("айгуль", limit=None, lang="ru")[0]["surname"] == "Сейткали"


@pytest.mark.parametrize("encoding, delimiter", [("utf-8", ","), ("utf-8-sig", ";"), ("utf-8", "\t")])
def test_kazakh_russian_and_english_headers_in_utf8_with_any_delimiter(ctx, tmp_path, encoding, delimiter):
    rows = [["Тегі", "Аты", "Әкесінің аты", "Ұйым", "Лауазымы", "E-mail", "Телефон"],
            ["Қасымов", "Ерлан", "Болатұлы", "Ұлттық биотехнология орталығы", "бас ғылыми қызметкер",
             "e@nc.kz", "+7 (717) 270-00-00"]]
    path = tmp_path / "list.csv"
    path.write_text("\r\n".join(delimiter.join(r) for r in rows) + "\r\n", encoding=encoding)
    preview = ctx.people_import.preview(path, lang="kk")
    assert set(preview["columns"].values()) == {"surname", "given_name", "patronymic", "organization", "position",
                                                "email", "phone"}
    assert preview["delimiter"] == delimiter
    ctx.people_import.run(path)
    assert people(ctx) == [("Қасымов", "Ерлан", "Болатұлы", "бас ғылыми қызметкер", "e@nc.kz",
                            "+7 (717) 270-00-00", "Ұлттық биотехнология орталығы")]


def test_column_names_with_a_remark_in_brackets_are_recognised(ctx, tmp_path):
    """An official template's columns often carry a remark: "Должность (полностью)"."""
    path = tmp_path / "list.csv"
    path.write_text("№ (п/п);Ф.И.О. (полностью);Должность (полностью);E-mail (обязательно);Телефон (мобильный)\n"
                    "1;Орлов Олег Олегович;эксперт;o@example.kz;+7 701 000 0000\n", encoding="utf-8")
    preview = ctx.people_import.preview(path)
    assert preview["columns"] == {"Ф.И.О. (полностью)": "full_name", "Должность (полностью)": "position",
                                  "E-mail (обязательно)": "email", "Телефон (мобильный)": "phone"}
    assert preview["unmapped"] == ["№ (п/п)"]
    ctx.people_import.run(path)
    assert people(ctx) == [("Орлов", "Олег", "Олегович", "эксперт", "o@example.kz", "+7 701 000 0000", None)]


def test_english_headers_from_xlsx_with_typed_cells(ctx, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Surname", "Given name", "Organisation", "Phone"])
    sheet.append(["Smith", "John", "University of Oxford", 77012345678])
    path = tmp_path / "list.xlsx"
    book.save(path)
    ctx.people_import.run(path)
    assert people(ctx) == [("Smith", "John", "", "", "", "77012345678", "University of Oxford")]


def test_a_workbook_opening_on_a_cover_sheet_is_read_from_the_sheet_with_the_list(ctx, tmp_path):
    """An office's workbook opens on an instruction; the list is on its second sheet, under a title, and
    a third sheet holds a surname column further down than its first rows: the second is read, and said."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Инструкция"
    book.active.append(["Заполните лист «Участники»: фамилия, имя, должность"])
    listed = book.create_sheet("Участники")
    listed.append(["Список участников"])
    listed.append(["Фамилия", "Имя", "Должность"])
    listed.append(["Орлов", "Олег", "эксперт"])
    late = book.create_sheet("Прочее")
    for n in range(12):
        late.append([f"строка {n}"])
    late.append(["Фамилия"])
    late.append(["Не тот"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    preview = ctx.people_import.preview(path, lang="ru")
    assert preview["sheet"] == "Участники" and preview["header_line"] == 2 and preview["rows"] == 1
    ctx.people_import.run(path)
    assert people(ctx) == [("Орлов", "Олег", "", "эксперт", "", "", None)]


def test_a_workbook_with_no_recognised_list_is_read_from_its_first_sheet_as_the_user_maps_it(ctx, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Лист1"
    book.active.append(["Участник", "Почта"])
    book.active.append(["Орлов", "o@example.kz"])
    book.create_sheet("Лист2").append(["Участник"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    before = dump(ctx)
    with pytest.raises(CouncilError) as refused:
        ctx.people_import.preview(path, lang="en")
    assert refused.value.code == "no_surname_column" and dump(ctx) == before
    done = ctx.people_import.run(path, columns={"Участник": "surname", "Почта": "email"}, lang="en")
    assert done["sheet"] == "Лист1" and done["added"] == 1
    assert people(ctx) == [("Орлов", "", "", "", "o@example.kz", "", None)]


def test_the_columns_names_are_found_under_a_title_and_lines_keep_their_numbers(ctx, tmp_path):
    """An office's list often has a title, a date or a blank line above its columns' names: those are
    found on their own, the lines above are not read as people, and every line keeps its number."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet["A1"] = "Список экспертов, 2026 год"
    sheet["A2"] = "по состоянию на 01.12.2026"
    sheet.append([])
    sheet.append(["№", "Фамилия", "Имя", "E-mail"])
    sheet.append([1, "Орлов", "Олег", "o@example.kz"])
    sheet.append([2, "Зайцев", "Захар", "не почта"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    preview = ctx.people_import.preview(path, lang="en")
    assert preview["header_line"] == 4 and preview["rows"] == 2
    assert preview["columns"] == {"Фамилия": "surname", "Имя": "given_name", "E-mail": "email"}
    assert [p["line"] for p in preview["problems"]] == [6]
    sheet["D6"] = "z@example.kz"
    book.save(path)
    assert ctx.people_import.run(path)["added"] == 2
    assert sorted(p[0] for p in people(ctx)) == ["Зайцев", "Орлов"]
    csv_path = tmp_path / "list.csv"  # the same in a CSV whose title holds a comma, exported with its ';'
    csv_path.write_text("Список экспертов, 2026 год;;\n;;\nФамилия;Имя;Почта\nСоколов;Степан;\n", encoding="utf-8")
    preview = ctx.people_import.preview(csv_path)
    assert (preview["header_line"], preview["delimiter"], preview["to_add"]) == (3, ";", 1)
    # a file whose first row names no surname: its first row stays the header row, as before
    csv_path.write_text("Участник;Почта\nИванов;i@example.kz\n", encoding="utf-8")
    with pytest.raises(CouncilError) as refused:
        ctx.people_import.preview(csv_path)
    assert refused.value.code == "no_surname_column"


def test_a_quotation_mark_left_open_is_refused_at_its_line_not_read_as_one_long_name(ctx, tmp_path):
    """An unclosed quotation mark makes the csv module read the file's next rows into one cell: refused,
    naming the line where it opened; a cell honestly written on two lines (an organisation and its
    department) is read, its lines joined."""
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Организация\nИванов;Иван;\nПетров;\"Пётр;\nСидоров;Сидор;\nОрлов;Олег;\n",
                    encoding="utf-8")
    before = dump(ctx)
    for call in (ctx.people_import.preview, ctx.people_import.run):
        with pytest.raises(CouncilError) as refused:
            call(path, lang="ru")
        assert refused.value.code == "table_bad_line" and refused.value.params["line"] == 3
        assert refused.value.message("ru") == (f"{path}: строка 3 — не строка таблицы CSV (не закрыта кавычка или "
                                               "слишком длинная ячейка); исправьте её или сохраните таблицу как XLSX "
                                               "и повторите")
    assert dump(ctx) == before
    path.write_text("Фамилия;Имя;Организация\nИванов;Иван;\n\"Петров;Пётр;\nСидоров;Сидор;\n", encoding="utf-8")
    with pytest.raises(CouncilError) as refused:  # opened in the first column: the rest of the file one cell
        ctx.people_import.preview(path)
    assert (refused.value.code, refused.value.params["line"]) == ("table_bad_line", 3)
    path.write_text("Фамилия;Имя;Организация\nИванов;Иван;\"НИИ кардиологии\nотдел 5; каб. 2\"\nПетров;Пётр;\n",
                    encoding="utf-8")
    assert ctx.people_import.run(path)["added"] == 2
    assert people(ctx)[0][-1] == "НИИ кардиологии отдел 5; каб. 2"


@pytest.mark.parametrize("name", ["from-other.council", "from-other.zip"])
def test_a_meeting_bundle_given_as_a_list_of_people_is_named_a_bundle_whatever_its_name(demo, tmp_path, name):
    ctx, meeting_id = demo
    path = tmp_path / name
    ctx.exchange.export_bundle(meeting_id, path)
    before = dump(ctx)
    with pytest.raises(CouncilError) as refused:
        ctx.people_import.preview(path)
    assert refused.value.code == "table_is_bundle"
    assert refused.value.message("kk") == (f"{path}: бұл басқа мекемеден келген отырыс пакеті, тұлғалар тізімі емес; "
                                           "оны пакет ретінде импорттаңыз (council import bundle)")
    assert ctx.exchange.is_bundle(path) and dump(ctx) == before


def test_why_a_file_is_not_a_list_of_people_is_said_in_the_users_language(ctx, tmp_path):
    """The reason inside the refusal is in the message's language too, not the program's English."""
    damaged = tmp_path / "list.xlsx"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    binary = tmp_path / "list.xls"
    binary.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4)  # Excel 97-2003's
    said = {}
    for path in (damaged, binary):
        with pytest.raises(CouncilError) as refused:
            ctx.people_import.preview(path)
        said[path.suffix] = {lang: refused.value.message(lang) for lang in ("ru", "kk", "en")}
    assert "(это не читаемая книга XLSX)" in said[".xlsx"]["ru"]
    assert "(бұл оқылатын XLSX кітабы емес)" in said[".xlsx"]["kk"]
    assert "(not a readable XLSX workbook)" in said[".xlsx"]["en"]
    assert said[".xls"]["ru"] == (f"{binary}: не удаётся прочитать из него таблицу лиц (это книга Excel 97-2003 "
                                  "(XLS)); сохраните её как CSV (UTF-8) или XLSX и повторите")
    for lang in ("ru", "kk"):  # nothing in English but the formats' and the program's names
        for text in (said[".xlsx"][lang], said[".xls"][lang]):
            words = set(re.findall(r"[A-Za-z]{3,}", text.split(": ", 1)[1])) - {"CSV", "UTF", "XLSX", "XLS", "Excel"}
            assert not words, text


def test_a_file_named_xlsx_is_refused_as_no_workbook_unless_it_is_a_text_list(ctx, tmp_path):
    """Bytes that are neither a workbook nor text, named .xlsx (a download cut short, a file of another kind),
    are refused as not a readable workbook, not for their "encoding"; a CSV that an office's system named
    .xlsx is still read as the list it is."""
    before = dump(ctx)
    broken = tmp_path / "list.xlsx"
    broken.write_bytes(bytes(range(256)) * 12)
    with pytest.raises(CouncilError) as refused:
        ctx.people_import.preview(broken)
    assert refused.value.message("en") == (f"{broken}: cannot read a table of people from it (not a readable XLSX "
                                           "workbook); save it as CSV (UTF-8) or XLSX and try again")
    assert "(это не читаемая книга XLSX)" in refused.value.message("ru")
    assert "(бұл оқылатын XLSX кітабы емес)" in refused.value.message("kk")
    named = tmp_path / "export.xlsx"
    named.write_text("Фамилия;Имя\nИванов;Иван\n", encoding="cp1251")
    report = ctx.people_import.run(named)
    assert report["added"] == 1 and report["encoding"] and not report["workbook"]
    assert dump(ctx) != before


def test_one_column_of_full_names_is_split_into_surname_given_name_and_patronymic(ctx, tmp_path):
    """ФИО, Ф.И.О., Аты-жөні: surname, given name and the rest as the patronymic (a Kazakh one may be two
    words), each part as written; each part held to its own length; a separate column wins over the split."""
    path = tmp_path / "list.csv"
    path.write_text("Ф.И.О.;Должность\n"
                    "Иванов  Иван Иванович;эксперт\n"
                    "Әлназарова Айгүл Серік қызы;\n"
                    "Ким;\n"
                    f"{'Д' * 121} Иван;\n", encoding="utf-8")
    preview = ctx.people_import.preview(path, lang="en")
    assert preview["columns"] == {"Ф.И.О.": "full_name", "Должность": "position"}
    assert preview["problems"] == [{"line": 5, "problems": ["surname: longer than 120 characters"]}]
    path.write_text("\n".join(path.read_text(encoding="utf-8").splitlines()[:4]) + "\n", encoding="utf-8")
    assert ctx.people_import.run(path)["added"] == 3
    assert sorted(p[:4] for p in people(ctx)) == [("Иванов", "Иван", "Иванович", "эксперт"),
                                                  ("Ким", "", "", ""), ("Әлназарова", "Айгүл", "Серік қызы", "")]
    initials = tmp_path / "initials.csv"  # initials stay initials, before or after the surname; under a title
    initials.write_text("Эксперты\nФИО\nОрлов О.О.\nД.С. Жұмабекова\nЗ. З. Зайцев\n", encoding="utf-8")
    assert ctx.people_import.run(initials)["added"] == 3
    assert {("Орлов", "О.", "О."), ("Жұмабекова", "Д.", "С."), ("Зайцев", "З.", "З.")} <= {p[:3] for p in people(ctx)}
    kazakh = tmp_path / "тізім.csv"  # the Kazakh header; a given-name column of its own is taken as written
    kazakh.write_text("Аты-жөні;Аты\nСейітқазина Жанар Бақытқызы;Жанна\n", encoding="utf-8")
    assert ctx.people_import.run(kazakh)["added"] == 1
    assert ("Сейітқазина", "Жанна", "Бақытқызы", "") in [p[:4] for p in people(ctx)]


def _previewed(ctx, path, text: str, lang: str) -> tuple[str, dict]:
    """The database as it was, and the preview of a file holding `text`."""
    path.write_text(text, encoding="utf-8")
    return dump(ctx), ctx.people_import.preview(path, lang=lang)


def test_every_bad_row_is_named_by_line_and_nothing_is_imported_while_one_remains(ctx, tmp_path):
    path = tmp_path / "list.csv"
    before, preview = _previewed(ctx, path, "Фамилия;Имя;E-mail\n"
                                            "Иванов;Иван;ivan@example.kz\n"
                                            ";Безфамильный;\n"
                                            "Петров;Пётр;не почта\n"
                                            "\"Сидоров\nмногострочный\";Семён;\n"
                                            "Иванов;Иван;ivan@example.kz\n", "ru")
    assert preview["problems"] == [
        {"line": 3, "problems": ["фамилия: нужно заполнить"]},
        {"line": 4, "problems": ["e-mail: 'не почта' — не адрес электронной почты"]},
        {"line": 7, "problems": ["повторяет строку 2"]},
    ]
    with pytest.raises(CouncilError) as exc:
        ctx.people_import.run(path, lang="ru")
    assert exc.value.code == "import_has_problems"
    assert "строка 3" in exc.value.message("ru") and "3" in exc.value.message("ru")
    assert dump(ctx) == before


def test_each_rows_problems_come_in_one_order_whatever_the_columns_and_their_spacing(ctx, tmp_path):
    """Problems by line, in the order of the checks (not of the columns); a cell's spacing (no-break and
    tab included) and an unprintable character squeezed before two rows are compared."""
    path = tmp_path / "list.csv"
    before, preview = _previewed(ctx, path, "Телефон;E-mail;Имя;Фамилия;Организация\n"
                                            f"{'7' * 61};ok@example.kz;Иван;{'Ы' * 121};\n"
                                            "+7;не почта;  Пётр\u00a0 ;\tПетров  ;Центр\x1c №1\n"
                                            ";x@y;Анна;;\n"
                                            ";;ПЁТР;петров;центр №1\n"
                                            ";;Jоhn;Smith;\n", "en")
    assert preview["problems"] == [
        {"line": 2, "problems": ["surname: longer than 120 characters", "phone: longer than 60 characters"]},
        {"line": 3, "problems": ["e-mail: 'не почта' is not an e-mail address"]},
        {"line": 4, "problems": ["surname: a value is required", "e-mail: 'x@y' is not an e-mail address"]},
        {"line": 5, "problems": ["repeats line 3"]},
    ]
    assert preview["mixed_scripts"] == [{"line": 6, "fields": {"given_name": ["Jоhn", "John"]}}]
    assert (preview["rows"], preview["to_add"]) == (5, 1)
    with pytest.raises(CouncilError):
        ctx.people_import.run(path, fold=True)
    assert dump(ctx) == before


def test_latin_letters_inside_cyrillic_names_are_reported_and_folded_on_request(ctx, tmp_path):
    path = tmp_path / "list.csv"
    # "Петрoв" with a Latin o, "Jоhn" with a Cyrillic о
    path.write_text("Фамилия,Имя\nПетрoв,Пётр\nSmith,Jоhn\n", encoding="utf-8")
    preview = ctx.people_import.preview(path)
    assert preview["mixed_scripts"] == [{"line": 2, "fields": {"surname": ["Петрoв", "Петров"]}},
                                        {"line": 3, "fields": {"given_name": ["Jоhn", "John"]}}]
    ctx.people_import.run(path, fold=True)
    assert [(p[0], p[1]) for p in people(ctx)] == [("Smith", "John"), ("Петров", "Пётр")]
    assert all(ch.isascii() for ch in people(ctx)[0][1])


def test_people_already_in_the_registry_are_shown_as_likely_duplicates_and_left_out(demo, tmp_path):
    ctx, _meeting_id = demo
    someone = ctx.registry.people("", limit=1, lang="ru")[0]
    path = tmp_path / "list.csv"
    path.write_text(f"Фамилия;Имя;Отчество\n{someone['surname'].upper()};{someone['given_name']};"
                    f"{someone['patronymic']}\nНовиков;Николай;\n", encoding="utf-8")
    preview = ctx.people_import.preview(path)
    # named as entered in the registry (the file's upper case is not what the secretary will look for)
    name = " ".join(p for p in (someone["surname"], someone["given_name"], someone["patronymic"]) if p)
    assert preview["duplicates"] == [{"line": 2, "person_id": someone["id"], "name": name}]
    assert preview["to_add"] == 1
    count = len(ctx.registry.people("", limit=None, lang="ru"))
    assert ctx.people_import.run(path)["added"] == 1
    assert len(ctx.registry.people("", limit=None, lang="ru")) == count + 1


def test_a_name_typed_with_a_latin_letter_is_still_a_likely_duplicate(ctx, tmp_path):
    """"Петрoв" with a Latin o is the registry's Петров (and the reverse), and a second row of the file,
    whether or not the import folds the letters: a stray letter does not make a new person."""
    ctx.records.create("person", {"surname": "Петров", "given_name": "Пётр"})
    ctx.records.create("person", {"surname": "Cмирнова", "given_name": "Анна"})  # a Latin C
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя\nПетрoв;Петр\nСмирнова;Анна\nОрлов;Олег\nOрлов;Олег\n", encoding="utf-8")
    for fold in (False, True):
        preview = ctx.people_import.preview(path, fold=fold, lang="en")
        assert [(d["line"], d["name"]) for d in preview["duplicates"]] == [(2, "Петров Пётр"), (3, "Cмирнова Анна")]
        assert preview["problems"] == [{"line": 5, "problems": ["repeats line 4"]}], preview["problems"]
    path.write_text("Фамилия;Имя\nПетрoв;Петр\nСмирнова;Анна\nОрлов;Олег\n", encoding="utf-8")
    assert ctx.people_import.run(path)["added"] == 1
    assert sorted(p[0] for p in people(ctx)) == ["Cмирнова", "Орлов", "Петров"]


def test_a_column_mapping_chosen_by_the_user_wins_and_an_unknown_column_is_refused(ctx, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Участник;Место работы\nИванов;Минздрав\n", encoding="utf-8")
    with pytest.raises(CouncilError) as exc:
        ctx.people_import.preview(path)
    assert exc.value.code == "no_surname_column"
    preview = ctx.people_import.preview(path, {"Участник": "surname", "Место работы": "organization"})
    assert preview["columns"] == {"Участник": "surname", "Место работы": "organization"}
    with pytest.raises(CouncilError) as exc:
        ctx.people_import.preview(path, {"Нет такого": "surname"})
    assert exc.value.code == "unknown_column" and "Участник" in exc.value.message("ru")


def test_ten_thousand_people_go_in_with_a_few_inserts_of_many_rows_each(ctx, tmp_path):
    from sqlalchemy import event

    from council_desktop.services.exchange import _SQLITE_ROWS

    path = tmp_path / "many.csv"
    lines = ["Фамилия;Имя;Организация"] + [f"Фамилия{i};Имя{i};Организация {i % 50}" for i in range(10_000)]
    path.write_text("\n".join(lines), encoding="utf-8")
    statements = []
    event.listen(ctx.engine, "before_cursor_execute",
                 lambda conn, cursor, sql, params, context, many: statements.append(" ".join(sql.split()[:3])))
    ctx.people_import.run(path)
    inserts = [s.split()[2] for s in statements if s.startswith("INSERT INTO")
               and s.split()[2] in ("organization", "person", "audit_entry")]
    # the 50 organisations with their audit entries, then each INSERT of people followed by their audit
    # entries' (made while the people went in), never one statement per row
    assert inserts == ["organization", "audit_entry"] + ["person", "audit_entry"] * -(-10_000 // _SQLITE_ROWS)
    assert len(people(ctx)) == 10_000
    with ctx.engine.connect() as conn:  # the trail in the order the records went in, each entry on the last
        trail = conn.exec_driver_sql("SELECT table_name, record_uuid, prev_hash, entry_hash FROM audit_entry "
                                     "ORDER BY id").all()
        order = [*conn.exec_driver_sql("SELECT uuid FROM organization ORDER BY id"),
                 *conn.exec_driver_sql("SELECT uuid FROM person ORDER BY id")]
    assert [uuid for _, uuid, _, _ in trail] == [uuid for uuid, in order]
    assert [t for t, *_ in trail] == ["organization"] * 50 + ["person"] * 10_000
    assert all(entry[2] == before[3] for before, entry in zip(trail, trail[1:]))


def test_a_statement_that_fails_behind_the_import_stops_it_and_nothing_stays(ctx, tmp_path, monkeypatch):
    """The people's INSERTs run on a second thread while the next rows are made: one that fails there is
    the import's failure, the ones after it are not run, and the transaction is rolled back whole, after the
    thread has ended."""
    import threading

    from sqlalchemy.exc import OperationalError

    from council_desktop.services import exchange

    path = tmp_path / "many.csv"
    path.write_text("\n".join(["Фамилия;Имя"] + [f"Фамилия{i};Имя{i}" for i in range(5_000)]), encoding="utf-8")
    made = exchange._insert_statements
    run = []

    def second_fails(conn, table, *args):
        for sql, params in made(conn, table, *args):
            if table.name == "person" and run.count("person") == 1:
                sql = sql.replace("INSERT INTO person", "INSERT INTO no_such_table")
            run.append(table.name)
            yield sql, params

    monkeypatch.setattr(exchange, "_insert_statements", second_fails)
    with pytest.raises(OperationalError, match="no_such_table"):
        ctx.people_import.run(path)
    assert run.count("person") <= 3  # stopped at the failure (one more may have been made meanwhile)
    assert not [t for t in threading.enumerate() if t.name == "bulk insert"]  # the thread behind ended
    assert people(ctx) == []
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar() == 0


def test_a_fault_while_the_rows_are_made_waits_for_the_statements_behind_it(ctx, tmp_path, monkeypatch):
    """A fault of the thread that makes the rows (here a search key) while INSERTs run behind it: the
    import waits for them to end before it rolls back, and nothing stays."""
    import threading

    from council_desktop.services import exchange

    path = tmp_path / "many.csv"
    path.write_text("\n".join(["Фамилия;Имя"] + [f"Фамилия{i};Имя{i}" for i in range(5_000)]), encoding="utf-8")
    keys = exchange.search_key
    made = []

    def fails_late(*parts):
        made.append(parts)
        if len(made) == 3_000:  # the first INSERT of people is behind by now
            raise RuntimeError("a fault of ours")
        return keys(*parts)

    monkeypatch.setattr(exchange, "search_key", fails_late)
    with pytest.raises(RuntimeError):
        ctx.people_import.run(path)
    assert not [t for t in threading.enumerate() if t.name == "bulk insert"]  # the thread behind ended
    assert people(ctx) == []
    with ctx.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM audit_entry").scalar() == 0


def _imported_are_found(ctx, count: int) -> None:
    """Each imported person is found by the registry's search, by a word of their own and by one all share."""
    assert ctx.registry.count_people("импортов") == count
    for i in sorted({0, 1, count // 2, count - 2, count - 1}):  # the first and last of each INSERT included
        found = ctx.registry.people(f"импортов{i:05d}", limit=None)
        assert [(r["surname"], r["given_name"]) for r in found] == [(f"Импортов{i:05d}", "Имя")]
        assert ctx.registry.count_people(f"p{i:05d}@") == 1  # the e-mail is in the key as well


def _many(tmp_path, count: int):
    path = tmp_path / "many.csv"
    lines = ["Фамилия;Имя;E-mail;Организация"] + [f"Импортов{i:05d};Имя;p{i:05d}@example.kz;Центр {i % 3}"
                                                   for i in range(count)]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_every_imported_person_is_in_the_search_index_exactly_as_a_single_save_puts_them(ctx, tmp_path):
    from council_desktop.services.exchange import _SQLITE_ROWS
    from council_desktop.store import people_search

    count = _SQLITE_ROWS + 3  # across two INSERT statements
    ctx.records.create("person", {"surname": "Одиночкин", "email": "one@example.kz"})
    assert ctx.people_import.run(_many(tmp_path, count))["added"] == count
    _imported_are_found(ctx, count)
    conn = sqlite3.connect(ctx.url.removeprefix("sqlite:///"))
    try:
        fts = people_search.SEARCH_TABLE
        # every row's trigrams against its person's key as stored (FTS5 compares the index with its content)
        conn.execute(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
        indexed = conn.execute(f"SELECT count(*) FROM {fts} WHERE {fts} MATCH '\"  импортов\"'").fetchone()
        assert indexed == (count,)
        first = conn.execute("SELECT uuid, search_key, organization_id FROM person ORDER BY id LIMIT 1 OFFSET 1"
                             ).fetchone()
        assert conn.execute("SELECT name_ru FROM organization WHERE id = ?", (first[2],)).fetchone() == ("Центр 0",)
        assert first[1] == "  импортов00000  имя  p00000@example.kz"
        # its audit entry says what the record holds, as a single save's does
        said = conn.execute("SELECT action, table_name, changes FROM audit_entry WHERE record_uuid = ?",
                            (first[0],)).fetchall()
        assert said == [("insert", "person", json.dumps(
            {"email": [None, "p00000@example.kz"], "given_name": [None, "Имя"], "organization_id": [None, first[2]],
             "surname": [None, "Импортов00000"], "uuid": [None, first[0]]}, ensure_ascii=False))]
    finally:
        conn.close()
    assert [f for f in check(ctx.engine) if not f["ok"]] == []


def test_each_imported_record_has_its_audit_entry_as_json_writes_what_it_holds(ctx, tmp_path):
    """Quotes, backslashes, letters past the BMP and ids in each entry exactly as json.dumps writes the record's
    fields that hold something; every UUID a random (version 4) one."""
    import uuid

    path = tmp_path / "odd.csv"
    path.write_text('Фамилия;Имя;Отчество;Организация;Должность;E-mail;Телефон\n'
                    '"О""Нил";Шон;;"ТОО ""Ромашка"" \\ филиал";;o@example.kz;\n'
                    'Back\\slash;Emoji😀;Ёлкович;;главный "врач";;+7 701\n'
                    'Кaсымова;Айгүл;;ТОО "Ромашка" \\ филиал;;;\n', encoding="utf-8")
    assert ctx.people_import.run(path, fold=True)["added"] == 3
    conn = sqlite3.connect(ctx.url.removeprefix("sqlite:///"))
    try:
        names = ("email", "given_name", "organization_id", "patronymic", "phone", "position", "surname", "uuid")
        for table, fields in (("person", names), ("organization", ("kind", "name_ru", "uuid"))):
            for row in conn.execute(f"SELECT {', '.join(fields)} FROM {table}"):
                said = conn.execute("SELECT changes FROM audit_entry WHERE record_uuid = ?", (row[-1],)).fetchall()
                assert said == [(json.dumps({f: [None, v] for f, v in zip(fields, row) if v not in ("", None)},
                                            ensure_ascii=False),)]
                assert uuid.UUID(row[-1]).version == 4 and str(uuid.UUID(row[-1])) == row[-1]
        assert conn.execute("SELECT surname FROM person ORDER BY id").fetchall() == [
            ('О"Нил',), ("Back\\slash",), ("Касымова",)]  # the Latin a folded into а
    finally:
        conn.close()
    assert [f for f in check(ctx.engine) if not f["ok"]] == []


def test_an_import_is_synced_to_disk_at_its_commit_and_its_connection_goes_back_as_it_was(ctx, tmp_path):
    """Its commit syncs the WAL (synchronous=FULL for that transaction, as a bundle's) rather than copying
    every page into the database file at once; the connection is back to the program's settings after."""
    from sqlalchemy import event

    at_commit = []
    event.listen(ctx.engine, "commit", lambda conn: at_commit.append(
        [conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in ("synchronous", "wal_autocheckpoint")]))
    assert ctx.people_import.run(_many(tmp_path, 3_000))["added"] == 3_000
    assert at_commit == [[2, 0]]  # FULL: the WAL on disk when the commit returns
    with ctx.engine.connect() as conn:
        settings = [conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in ("synchronous", "wal_autocheckpoint")]
    assert settings == [1, 1000]
    db = ctx.url.removeprefix("sqlite:///")
    ctx.close()
    assert not os.path.exists(db + "-wal") and len(people(ctx)) == 3_000  # checkpointed at the close


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")
def test_every_imported_person_is_found_on_postgresql(pg_url, tmp_path):  # noqa: F811 - the fixture
    from council_desktop.app import AppContext

    ctx = AppContext.open(pg_url)
    try:
        with ctx.engine.connect() as conn:  # a new table: no statistics yet for the planner
            assert conn.exec_driver_sql("SELECT reltuples FROM pg_class WHERE relname = 'person'").scalar() == -1
        assert ctx.people_import.run(_many(tmp_path, 2_003))["added"] == 2_003
        with ctx.engine.connect() as conn:  # the import took them (people_search.bulk_inserted)
            assert conn.exec_driver_sql("SELECT reltuples FROM pg_class WHERE relname = 'person'").scalar() == 2_003
        _imported_are_found(ctx, 2_003)
        again = ctx.people_import.run(_many(tmp_path, 2_003))  # each one now a likely duplicate, left out
        assert again["added"] == 0 and len(again["duplicates"]) == 2_003
        assert ctx.registry.count_people("импортов") == 2_003
        with ctx.engine.connect() as conn:  # each with the organisation of their row, made once
            assert conn.exec_driver_sql(
                "SELECT o.name_ru, count(*) FROM person p JOIN organization o ON o.id = p.organization_id "
                "GROUP BY o.name_ru ORDER BY o.name_ru").all() == [("Центр 0", 668), ("Центр 1", 668), ("Центр 2", 667)]
        assert [f for f in check(ctx.engine) if not f["ok"]] == []
    finally:
        ctx.close()


# --- whatever the file holds: a clear refusal or a correct import ----------------------------------
@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(raw=st.binary(max_size=400) | st.text(max_size=200).map(lambda t: t.encode("utf-8"))
       | st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=6).map(
           lambda rows: "\n".join(";".join(r) for r in [["Фамилия", "Имя", "E-mail"]] + rows).encode("cp1251",
                                                                                                      "replace")))
def test_malformed_csv_ends_in_a_refusal_or_a_correct_import(ctx, tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("csv") / "list.csv"
    path.write_bytes(raw)
    _refused_or_imported(ctx, path)


@settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(cells=st.lists(st.lists(st.none() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=15)
                               | st.booleans() | st.dates(), max_size=5), max_size=6),
       damage=st.integers(min_value=-1, max_value=3000))
def test_malformed_xlsx_ends_in_a_refusal_or_a_correct_import(ctx, tmp_path_factory, cells, damage):
    from openpyxl import Workbook

    book = Workbook()
    for row in [["Surname", "Given name", "E-mail"]] + cells:
        book.active.append([c if not isinstance(c, str) else "".join(ch for ch in c if ch.isprintable())
                            for c in row])
    path = tmp_path_factory.mktemp("xlsx") / "list.xlsx"
    book.save(path)
    if damage >= 0:
        raw = bytearray(path.read_bytes())
        raw[damage % len(raw)] ^= 0x5A
        path.write_bytes(bytes(raw))
    _refused_or_imported(ctx, path)


def _refused_or_imported(ctx, path) -> None:
    before = dump(ctx)
    try:
        preview = ctx.people_import.preview(path)
        done = ctx.people_import.run(path)
    except CouncilError as exc:
        assert "\n" not in exc.message("ru") and exc.message("kk")
        assert dump(ctx) == before
        return
    assert done["added"] == preview["to_add"]
    assert len(people(ctx)) >= done["added"]
    assert [f for f in check(ctx.engine) if not f["ok"]] == []


@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
       | st.lists(st.sampled_from(["Иванов", "ё", " ", "  ", "\t", "\xa0", "\u2003", "\u3000", "\x1c", "\x85", "Ab"]),
                  max_size=8).map("".join))
def test_a_name_is_compared_with_all_its_spacing_squeezed_whatever_the_spaces(text):
    from council_desktop.domain.names import fold_mixed
    from council_desktop.exchange.people import normalised

    squeezed = " ".join(text.split())
    assert normalised(text) == (fold_mixed(squeezed) or squeezed).casefold().replace("ё", "е")


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_an_import_confirmed_on_a_preview_takes_that_file_or_nothing(ctx, tmp_path, kind):
    """`previewed`: the preview's digest of the file's bytes. A list saved again after its preview (here a
    person added) is refused in each language, nothing written; the preview of it as it is now imports."""
    from openpyxl import Workbook

    def save(rows: list[tuple[str, str]]) -> Path:
        path = tmp_path / f"list.{kind}"
        if kind == "csv":
            path.write_text("\n".join(["Фамилия;Имя", *(";".join(r) for r in rows)]), encoding="utf-8")
        else:
            book = Workbook()
            for row in [("Фамилия", "Имя"), *rows]:
                book.active.append(row)
            book.save(path)
        return path

    path = save([("Новиков", "Николай")])
    shown = ctx.people_import.preview(path)
    assert shown["digest"] == hashlib.sha256(path.read_bytes()).hexdigest()
    save([("Новиков", "Николай"), ("Жданов", "Олег")])
    for lang, words in (("en", "the file changed after its preview was read; nothing was imported"),
                        ("ru", "файл изменился после того, как был прочитан для предварительного просмотра"),
                        ("kk", "файл алдын ала қарау үшін оқылғаннан кейін өзгерді")):
        with pytest.raises(CouncilError) as exc:
            ctx.people_import.run(path, previewed=shown["digest"])
        assert exc.value.code == "changed_since_preview"
        assert exc.value.message(lang).startswith(f"{path}: {words}")
    assert people(ctx) == []
    again = ctx.people_import.preview(path)
    assert ctx.people_import.run(path, previewed=again["digest"])["added"] == 2
    assert [p[0] for p in people(ctx)] == ["Жданов", "Новиков"]


def test_a_file_changed_since_its_preview_is_said_so_before_its_chosen_columns_are_looked_for(ctx, tmp_path):
    """The columns chosen on the preview name one the file no longer has: the reason given is the change,
    which the user can act on (look again), not the missing column."""
    path = tmp_path / "list.csv"
    path.write_text("Фамилия;Имя;Почта\nНовиков;Николай;+7 701 000 0001\n", encoding="utf-8")
    shown = ctx.people_import.preview(path, {"Почта": "phone"})
    path.write_text("Фамилия;Имя;Телефон\nНовиков;Николай;+7 701 000 0001\n", encoding="utf-8")
    with pytest.raises(CouncilError) as exc:
        ctx.people_import.run(path, {"Почта": "phone"}, previewed=shown["digest"])
    assert exc.value.code == "changed_since_preview"
    assert people(ctx) == []
