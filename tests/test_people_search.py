"""Searching the people registry: case (Kazakh and Cyrillic letters too), ё, look-alike Latin letters
typed or stored, one or two letters at the start of a word, the sort order of each language, and the
index kept in step with every write — on SQLite (FTS5 trigram table) and on PostgreSQL (pg_trgm, and the
narrow search table kept by triggers)."""
from __future__ import annotations

import json
import unicodedata

import pytest
from alembic import command
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.domain.models import SEARCHED_PERSON_FIELDS
from council_desktop.domain.names import search_fold, search_key, search_terms
from council_desktop.store import people_search
from council_desktop.store.database import alembic_config

from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

PEOPLE = [
    # ru surname, given; kk surname, given; en surname, given
    ("Касымова", "Гульмира", "Қасымова", "Гүлмира", "Kassymova", "Gulmira"),
    ("Ёлкина", "Анна", "", "", "Yolkina", "Anna"),
    ("Пoпов", "Иван", "", "", "", ""),  # entered with a Latin "o": found all the same, printed as entered
    ("Акжолов", "Бакыт", "Ақжолов", "Бақыт", "Akzholov", "Bakyt"),
    ("Яковлев", "Олег", "Абаев", "Олег", "Abayev", "Oleg"),  # another kk and en form sorts it first there
    ("Смит", "Джон", "", "", "Smith", "John"),
]


def _add(ctx) -> dict[str, int]:
    ids = {}
    for ru, ru_given, kk, kk_given, en, en_given in PEOPLE:
        ids[ru] = ctx.records.create("person", {"surname": ru, "given_name": ru_given, "surname_kk": kk,
                                                "given_name_kk": kk_given, "surname_en": en, "given_name_en": en_given})
    return ids


def _found(ctx, typed: str, lang: str = "ru") -> list[str]:
    rows = ctx.registry.people(typed, limit=None, lang=lang)
    assert ctx.registry.count_people(typed) == len(rows)
    paged, offset = [], 0  # pages of two, as a list fetches as it scrolls (an index walk for each)
    while page := ctx.registry.people(typed, offset, 2, lang=lang):
        paged, offset = paged + page, offset + 2
    assert paged == rows
    return [r["surname"] for r in rows]


@pytest.fixture
def sqlite_people(tmp_path):
    ctx = AppContext.open(tmp_path / "people.db", create=True)
    yield ctx, _add(ctx)
    ctx.close()


@pytest.fixture
def pg_people(pg_url):  # noqa: F811 - the fixture imported above
    ctx = AppContext.open(pg_url)
    yield ctx, _add(ctx)
    ctx.close()


@pytest.fixture(params=["sqlite trigram index", "sqlite sorted scan", pytest.param("postgresql", marks=[
    pytest.mark.postgresql, pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")])])
def people(request, monkeypatch):
    if request.param == "sqlite sorted scan":  # the way a search matching very many people goes
        monkeypatch.setattr(people_search, "FEW", -1)
        monkeypatch.setattr(people_search, "SPREAD", 10**6)
    return request.getfixturevalue("pg_people" if request.param == "postgresql" else "sqlite_people")


def test_case_does_not_matter_for_kazakh_and_cyrillic_letters(people):
    ctx, _ = people
    assert _found(ctx, "ҚАСЫМ") == ["Касымова"]
    assert _found(ctx, "қасымова гүл") == ["Касымова"]
    assert _found(ctx, "КАСЫМОВА") == ["Касымова"]
    assert _found(ctx, "ақжол") == ["Акжолов"]
    assert _found(ctx, "БАҚЫТ") == ["Акжолов"]


def test_yo_and_e_are_one_letter(people):
    ctx, _ = people
    assert _found(ctx, "елкина") == ["Ёлкина"]
    assert _found(ctx, "ЁЛК") == ["Ёлкина"]


def test_a_latin_look_alike_letter_typed_or_stored_is_found(people):
    ctx, _ = people
    assert _found(ctx, "Кaсым") == ["Касымова"]  # Latin "a" typed inside a Cyrillic word
    assert _found(ctx, "Kасымова") == ["Касымова"]  # Latin "K"
    assert _found(ctx, "ёлкинa") == ["Ёлкина"]
    assert _found(ctx, "попов") == ["Пoпов"]  # stored with a Latin "o": the name itself is kept as entered
    assert ctx.registry.people("попов", lang="ru")[0]["surname"] == "Пoпов"


def test_one_or_two_letters_match_the_start_of_a_word_three_anywhere(people):
    ctx, _ = people
    assert _found(ctx, "қ") == ["Касымова"]  # Қасымова; Ақжолов and Бақыт have қ inside only
    assert _found(ctx, "ақ") == ["Акжолов"]  # Ақжолов, not Бақыт
    assert _found(ctx, "ақы") == ["Акжолов"]  # Бақыт: three letters anywhere
    assert _found(ctx, "смит джон") == ["Смит"]
    assert _found(ctx, "mith") == ["Смит"]
    assert _found(ctx, "Никто") == []
    assert _found(ctx, "%") == [] and _found(ctx, '"') == [] and _found(ctx, "_") == []


def test_each_language_sorts_by_its_own_forms(people):
    ctx, _ = people
    # (Ёлкина left out: where Ё goes depends on the server's collation)
    assert [r["surname"] for r in ctx.registry.people("", lang="ru") if r["surname"] != "Ёлкина"] == \
        ["Акжолов", "Касымова", "Пoпов", "Смит", "Яковлев"]
    # kk: Абаев (Яковлев) first; names without a Kazakh form sort by the Russian one
    assert [r["surname_kk"] or r["surname"] for r in ctx.registry.people("", lang="kk")
            if r["surname"] != "Ёлкина"][:2] == ["Абаев", "Ақжолов"]
    assert [r["surname_en"] or r["surname"] for r in ctx.registry.people("", lang="en")][:3] == \
        ["Abayev", "Akzholov", "Kassymova"]
    assert [r["surname"] for r in ctx.registry.people("о", lang="en")] == ["Яковлев"]  # Oleg


def test_the_index_follows_every_write(people):
    ctx, ids = people
    ctx.records.update("person", ids["Смит"], {"surname": "Сейтказина", "surname_kk": "Сейітқазина"})
    assert _found(ctx, "смит") == []
    assert _found(ctx, "сейітқ") == ["Сейтказина"]
    ctx.registry.delete_person(ids["Ёлкина"])
    assert _found(ctx, "ёлкина") == []
    kept = ctx.registry.merge_people(ids["Касымова"], ids["Пoпов"])
    assert _found(ctx, "попов") == [] and [r["id"] for r in ctx.registry.people("қасым")] == [kept]


def test_the_keys_and_terms_are_one_folding():
    assert search_fold("ҚАСЫМОВА") == "қасымова"
    assert search_fold("Кaсымова") == "касымова"  # the Latin "a" read as Cyrillic
    assert search_fold("Anаr") == "anar"  # and a Cyrillic "а" in a Latin word as Latin
    assert search_key("Қасымова", "", "Гүлмира Ә.") == "  қасымова  гүлмира  ә."
    assert search_terms("Қ ҚА ҚАС") == ["  қ", " қа", "қас"]
    assert search_fold("P.Smith@Example.KZ") == "p.smith@example.kz" and search_fold(None) == ""


@given(st.text(alphabet=st.characters(max_codepoint=0x52F, blacklist_categories=("Cs",))))
def test_a_plain_latin_text_is_folded_as_any_other(text):
    """ASCII (an e-mail) takes a shorter way to the same folding: normalised, look-alikes read in the
    word's script, case folded, ё as е."""
    from council_desktop.domain.names import fold_mixed

    for each in (text, text.encode("ascii", "ignore").decode()):
        normal = unicodedata.normalize("NFC", each)
        assert search_fold(each) == (fold_mixed(normal) or normal).casefold().replace("ё", "е")


def test_sqlite_searches_and_sorts_by_its_indexes(sqlite_people):
    ctx, _ = sqlite_people
    with ctx.engine.connect() as conn:
        plan = " ".join(r[-1] for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT id FROM person ORDER BY coalesce(nullif(person.surname_kk, ''), "
            "person.surname), CASE WHEN (person.surname_kk != '') THEN person.given_name_kk "
            "ELSE person.given_name END LIMIT 5")))
        assert "ix_person_sort_kk" in plan
        plan = " ".join(r[-1] for r in conn.execute(text(
            "EXPLAIN QUERY PLAN SELECT rowid FROM person_search WHERE person_search MATCH 'қас'")))
        assert "VIRTUAL TABLE INDEX" in plan


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")
def test_postgresql_has_the_trigram_and_sort_indexes(pg_people):
    ctx, _ = pg_people
    with ctx.engine.connect() as conn:
        indexes = dict(conn.execute(text("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'person'")).all())
    assert "gin_trgm_ops" in indexes[people_search.TRIGRAM_INDEX]
    assert "surname_kk" in indexes["ix_person_sort_kk"] and "surname_en" in indexes["ix_person_sort_en"]


def test_migration_0006_rekeys_the_people_already_there_and_back(tmp_path):
    path = tmp_path / "old.db"
    ctx = AppContext.open(path, create=True)
    _add(ctx)
    ctx.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0005")
        assert conn.execute(text("SELECT search_key FROM person WHERE surname = 'Касымова'")).scalar() == \
            "касымова гульмира қасымова гүлмира kassymova gulmira"
        assert conn.execute(text("SELECT count(*) FROM sqlite_master WHERE name LIKE 'person_search%' "
                                 "OR name LIKE 'ix_person_sort%'")).scalar() == 0
    engine.dispose()
    ctx = AppContext.open(path)  # upgraded to the head again
    assert _found(ctx, "ҚАСЫМ") == ["Касымова"] and _found(ctx, "попов") == ["Пoпов"]
    ctx.close()


def _copy_is_person(ctx) -> int:
    """PostgreSQL: the narrow search table holds each person's row exactly as the searches read it (computed
    here from the person table, apart from the module's SQL); how many people."""
    with ctx.engine.connect() as conn:
        people = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM person"))]
        copied = sorted(tuple(r) for r in conn.execute(text(f"SELECT * FROM {people_search.SEARCH_TABLE}")))

    def form(p: dict, lang: str) -> tuple:  # none where the person has no surname in that language
        return (p[f"surname_{lang}"], p[f"given_name_{lang}"]) if p[f"surname_{lang}"] else (None, None)
    expected = sorted((p["id"], p["search_key"], p["surname"], p["given_name"], *form(p, "kk"), *form(p, "en"))
                      for p in people)
    assert copied == expected
    return len(expected)


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")
def test_postgresql_search_table_follows_every_write(pg_people, demo, tmp_path):
    ctx, ids = pg_people
    assert _copy_is_person(ctx) == len(PEOPLE)
    ctx.records.update("person", ids["Смит"], {"surname": "Сейтказина", "surname_kk": "Сейітқазина",
                                               "given_name_kk": "Жан"})
    ctx.records.update("person", ids["Акжолов"], {"surname_kk": "", "surname_en": ""})  # no kk or en form now
    ctx.records.update("person", ids["Яковлев"], {"position": "директор"})  # nothing the table holds
    assert _copy_is_person(ctx) == len(PEOPLE)
    assert _found(ctx, "сейіт", "kk") == ["Сейтказина"]
    assert _found(ctx, "ақж", "kk") == [] and _found(ctx, "акж", "kk") == ["Акжолов"]
    ctx.registry.delete_person(ids["Ёлкина"])
    kept = ctx.registry.merge_people(ids["Касымова"], ids["Пoпов"])
    assert _copy_is_person(ctx) == len(PEOPLE) - 2
    assert _found(ctx, "попов") == [] and [r["id"] for r in ctx.registry.people("қасым")] == [kept]
    csv = tmp_path / "people.csv"  # an import: one INSERT of many rows
    csv.write_text("Фамилия;Имя;E-mail\n" + "\n".join(f"Импортов{i};Имя;p{i}@example.kz" for i in range(30)),
                   encoding="utf-8")
    assert ctx.people_import.run(csv)["added"] == 30
    assert _copy_is_person(ctx) == len(PEOPLE) - 2 + 30
    with ctx.engine.begin() as conn:  # the import merged the trigram indexes' pending entries: none left
        assert [conn.exec_driver_sql(f"SELECT gin_clean_pending_list('{index}')").scalar() for index in (
            people_search.TRIGRAM_INDEX, people_search.TABLE_TRIGRAM_INDEX)] == [0, 0]
    assert _found(ctx, "импортов17") == ["Импортов17"]
    office, meeting = demo  # a bundle from another office brings its people
    office.exchange.export_bundle(meeting, tmp_path / "meeting.council")
    ctx.exchange.import_bundle(tmp_path / "meeting.council")
    added = _copy_is_person(ctx)
    assert added > len(PEOPLE) - 2 + 30
    with ctx.engine.begin() as conn:  # what no service does, but the triggers follow all the same
        conn.exec_driver_sql(f"UPDATE person SET id = id + 1000 WHERE id = {ids['Яковлев']}")
    assert _copy_is_person(ctx) == added
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("TRUNCATE person CASCADE")
    assert _copy_is_person(ctx) == 0 and _found(ctx, "") == []


@pytest.mark.parametrize("database", ["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgresql, pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")])])
def test_migration_0012_copies_the_people_there_and_takes_the_copy_away(database, request, tmp_path):
    url = request.getfixturevalue("pg_url") if database == "postgresql" else f"sqlite:///{tmp_path / 'old.db'}"
    ctx = AppContext.open(url, create=True)
    ids = _add(ctx)
    ctx.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011")
        if database == "postgresql":  # the table, its function and its triggers gone; the 0006 indexes kept
            assert conn.execute(text("SELECT to_regclass('person_search')")).scalar() is None
            assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'person_search_sync'")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'person_search%'")).scalar() == 0
            assert conn.execute(text("SELECT count(*) FROM pg_indexes WHERE indexname = :n"),
                                {"n": people_search.TRIGRAM_INDEX}).scalar() == 1
        else:  # nothing of 0012 on SQLite: the FTS5 table of 0006 stays
            assert conn.execute(text("SELECT count(*) FROM person_search WHERE person_search MATCH 'смит'")).scalar() == 1
        # written while the copy was not there: the upgrade copies it
        conn.execute(text("UPDATE person SET surname = 'Жаңабаев', search_key = '  жаңабаев  джон' WHERE id = :i"),
                     {"i": ids["Смит"]})
    engine.dispose()
    ctx = AppContext.open(url)  # upgraded to the head again
    try:
        if database == "postgresql":
            assert _copy_is_person(ctx) == len(PEOPLE)
        assert _found(ctx, "жаңа") == ["Жаңабаев"] and _found(ctx, "ҚАСЫМ") == ["Касымова"]
        ctx.records.update("person", ids["Ёлкина"], {"surname": "Ёлкина-Смирнова"})  # its triggers at work
        assert _found(ctx, "смирнов") == ["Ёлкина-Смирнова"]
        if database == "postgresql":
            assert _copy_is_person(ctx) == len(PEOPLE)
    finally:
        ctx.close()


# --- every search against a scan in Python ------------------------------------------------------------
# A registry of a few hundred people (Kazakh, Russian and English forms, any case, ё, a Latin look-alike
# letter stored inside a Cyrillic name, hyphens, e-mails) searched the ways a secretary and a hostile paste
# would, through each plan the database can take; every answer (the count, the ids and their order, pages)
# must be what a plain scan of the same people in Python gives.
RU = ["Касымова", "КАСЫМОВ", "касымбеков", "Ёлкина", "Елкин", "Иванова-Петрова", "Пoпов", "Смагулов", "Ким",
      "Ли", "Оспанов", "Сейтказина", "Ахметов", "де Голль", "Нурмухамбетов", "Жумабекова"]
KK = ["Қасымова", "ҚАСЫМОВ", "Әлназарова", "Сейітқазина", "Нұрмұхамбетов", "Жұмабекова", "Төлегенова",
      "Серікбаев", "Іргебаев", "Һасенов", "Ұлықпанов", "Үмбетова", "Өтегенов", "Ңғ"]
EN = ["Kassymova", "KASSYMOV", "Yolkina", "Ivanova-Petrova", "Smagulov", "Kim", "Lee", "de Gaulle", "O'Neil"]
GIVEN = ["Айгүл", "Нұрлан", "Ержан", "Динара", "Гүлмира", "Серік", "Анна", "Мария", "Асхат", "ёлка", "Kaтя"]
DEGREES = ["", "д.м.н.", "к.б.н.", "PhD"]
TYPED = [
    "к", "К", "қ", "Қ", "ка", "КА", "қа", "kа", "Кaс", "касым", "ҚАСЫМ", "kassym", "KASSYM", "ас", "ов", "ова",
    "ова ай", "ай", "а", "s", "S", "su", "ova", "ov", "o", "e", "е", "ё", "Ё", "елк", "ЁЛК", "yolk", "ёлка",
    "p1", "p12", "@", "example", ".kz", "1", "12", "-", "-петр", "иванова-петрова", "петрова", "ә", "Ә", "әл", "ӘЛНАЗАР",
    "і", "І", "һ", "Һ", "ұ", "ү", "ө", "ң", "ңғ", "ғ", "x", "де", "де гол", "o'neil", "o'", "'", "Никто", "zzz",
    "", "   ", '"', '""', '"к', "%", "%%", "_", "*", "к*", "ка*", "NEAR", "near", "NEAR(к ка)", "NEAR(ка,", "(",
    ")", "((", "ка)", "(ка", "AND", "OR", "NOT", "-к", "^к", "к:", "ка:ка", "\\", "\\%", "a_b", "ка ка",
    "к а с", "Пoпов", "попов", "ПОП", "Kасымова", "ҚасЫмОвА", "аСхАт", "гүл ҚАС", "serik", "серік",
]
ORDERS = ("surname", "given_name", "patronymic", "degree", "position", "email", "organization", "id")


def _scan_registry(ctx) -> None:
    import random
    rnd = random.Random(7)
    orgs = [ctx.records.create("organization", {"name_ru": f"Центр {n}", "kind": "other"}) for n in range(3)]
    for i in range(240):
        ru, given = rnd.choice(RU), rnd.choice(GIVEN)
        values = {"surname": ru if i % 5 else ru.upper(), "given_name": given if i % 7 else given.lower(),
                  "patronymic": rnd.choice(["", "Серікұлы", "Ивановна", "Ёсифович"]),
                  "email": f"p{i}@example.kz" if i % 4 else "", "degree": rnd.choice(DEGREES),
                  "position": rnd.choice(["", "директор", "Профессор", "зав. лаб."]),
                  "organization_id": orgs[i % 3]}
        if i % 3 == 0:
            values |= {"surname_kk": rnd.choice(KK), "given_name_kk": rnd.choice(GIVEN),
                       "degree_kk": rnd.choice(DEGREES), "position_kk": rnd.choice(["", "директор", "меңгеруші"])}
        if i % 2 == 0:
            values |= {"surname_en": rnd.choice(EN), "given_name_en": rnd.choice(["Anna", "Serik", "aigul", ""]),
                       "degree_en": rnd.choice(DEGREES), "position_en": rnd.choice(["", "Director", "professor"])}
        ctx.records.create("person", values)


def _python_matches(person: dict, typed: str) -> bool:
    """A person is found when every typed word, folded, starts one of their words (one or two letters) or
    lies inside one (three or more)."""
    words = [w for f in SEARCHED_PERSON_FIELDS for w in search_fold(person[f]).split()]
    return all(any(w.startswith(t) if len(t) <= 2 else t in w for w in words) for t in search_fold(typed).split())


def _searched(ctx, typed: str, order: str, lang: str, descending: bool = False, limit: int | None = None) -> tuple:
    """search_people's answer with the page's ids."""
    total, more, rows = ctx.registry.search_people(typed, 0, limit, order, descending, lang=lang)
    return total, more, [r["id"] for r in rows]


def _python_order(person: dict, order: str, lang: str) -> tuple:
    """What the list in `lang` sorts by, computed from the person's columns (then the id)."""
    def shown(field: str) -> str:  # the form in that language, or the Russian
        return person[f"{field}_{lang}"] or person[field] if lang != "ru" else person[field]
    own = lang != "ru" and person[f"surname_{lang}"] != ""
    given = person[f"given_name_{lang}"] if own else person["given_name"]
    key = {"surname": (shown("surname"), given), "given_name": (given,), "patronymic": (person["patronymic"],),
           "degree": (shown("degree"),), "position": (shown("position"),), "email": (person["email"],),
           "organization": (person["organization_id"],), "id": ()}[order]
    return (*key, person["id"])


_ON_POSTGRESQL = [pytest.mark.postgresql, pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")]


@pytest.fixture(params=["sqlite trigram index", "sqlite sorted walk", "sqlite walk cut short", "sqlite without FTS5",
                        *(pytest.param(f"postgresql {plan}", marks=_ON_POSTGRESQL)
                          for plan in ("trigram index", "sorted walk", "walk cut short", "without pg_trgm"))])
def scan_registry(request, tmp_path, monkeypatch):
    if request.param.endswith("sorted walk"):  # the way a search matching very many people goes
        monkeypatch.setattr(people_search, "FEW", -1)
        monkeypatch.setattr(people_search, "SPREAD", 10**6)  # walked to the end when need be
    if request.param.endswith("walk cut short"):  # as many matches, but clustered where the walk gives up
        monkeypatch.setattr(people_search, "FEW", -1)
        monkeypatch.setattr(people_search, "SPREAD", 0)
    if request.param == "sqlite without FTS5":  # a database made where SQLite had no trigram tokenizer
        monkeypatch.setattr(people_search, "_fts", lambda conn: False)
    ctx = AppContext.open(request.getfixturevalue("pg_url") if request.param.startswith("postgresql")
                          else tmp_path / "scan.db", create=True)
    _scan_registry(ctx)
    if request.param == "postgresql without pg_trgm":  # a server where it could not be added: plain LIKE
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("DROP EXTENSION pg_trgm CASCADE")
            assert conn.exec_driver_sql("SELECT count(*) FROM pg_indexes WHERE indexdef LIKE '%%trgm%%'").scalar() == 0
    yield ctx
    ctx.close()


def test_every_search_finds_what_a_scan_in_python_finds_in_its_order(scan_registry, monkeypatch):
    ctx = scan_registry
    with ctx.engine.connect() as conn:  # every person as stored, read apart from the search's code
        everyone = [dict(r._mapping) for r in conn.execute(text("SELECT * FROM person"))]
    assert len(everyone) == 240
    hits = {}
    for lang in ("ru", "kk", "en"):
        for order in ORDERS:
            for typed in TYPED if order == "surname" else TYPED[::7]:
                found = [p for p in everyone if _python_matches(p, typed)]
                expected = [p["id"] for p in sorted(found, key=lambda p: _python_order(p, order, lang))]
                hits[typed] = len(expected)
                assert _searched(ctx, typed, order, lang) == (len(expected), False, expected), (typed, order, lang)
                if order == "surname":
                    assert _searched(ctx, typed, order, lang, True) == (len(expected), False, expected[::-1]), \
                        (typed, lang)
                    pages = [r["id"] for offset in (0, 7, 14) for r in ctx.registry.people(typed, offset, 7, order,
                                                                                          lang=lang)]
                    assert pages == expected[:21], (typed, lang)
    # the count stopped past CAP: "more than CAP" exactly when more match, and the list paged to its end as
    # the model fetches on (each page's plan chosen from the capped count) is the whole list
    monkeypatch.setattr(people_search, "CAP", 9)
    bounded = []  # PostgreSQL: the sorts bounded by the count's sample (people_search._bounded)
    monkeypatch.setattr(people_search, "_bounded", lambda *a, real=people_search._bounded: bounded.append(a) or real(*a))
    for lang in ("ru", "en"):
        for typed in TYPED:
            found = [p for p in everyone if _python_matches(p, typed)]
            expected = [p["id"] for p in sorted(found, key=lambda p: _python_order(p, "surname", lang))]
            assert _searched(ctx, typed, "surname", lang, limit=7) == (min(len(expected), 9), len(expected) > 9,
                                                                     expected[:7])
            total, more, rows = ctx.registry.search_people(typed, 6, 4, lang=lang)  # the bound from 10 found
            assert (total, more, [r["id"] for r in rows]) == (min(len(expected), 9), len(expected) > 9,
                                                              expected[6:10]), (typed, lang)
            assert _searched(ctx, typed, "surname", lang, True, limit=7)[2] == expected[::-1][:7], (typed, lang)
            paged = []
            while page := ctx.registry.people(typed, len(paged), 7, lang=lang):
                paged += [r["id"] for r in page]
            assert paged == expected, (typed, lang)
    assert {n > 9 for n in hits.values()} == {True, False} and hits[""] == 240  # both sides of the cap were met
    assert bool(bounded) == (ctx.engine.dialect.name == "postgresql" and people_search.FEW >= 0)
    # the searches are not empty by accident: each kind of letter finds someone, the hostile ones nobody
    assert [t for t in ("к", "қ", "Kасымова", "ҚАСЫМ", "ё", "yolk", "Һ", "ңғ", "o'", "p12", ".kz", "де гол", "попов",
                        "гүл ҚАС", "", "-петр", "ка ка") if not hits[t]] == []
    assert hits[""] == 240 and hits["x"] == 0  # nothing holds an "x" word start
    assert [t for t in ('"', "%", "_", "*", "NEAR(к ка)", "(", "\\", "a_b", "Никто") if hits[t]] == []


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgresql, pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")])])
def registry_office(request):
    return request.getfixturevalue("pg_people" if request.param == "postgresql" else "sqlite_people")


def test_council_check_finds_keys_and_index_out_of_step_and_reindex_makes_them_again(registry_office, capsys):
    ctx, ids = registry_office
    url = ctx.url

    def checked() -> tuple[int, str]:
        code = main(["--db", str(url), "check"])
        line = next(x for x in capsys.readouterr().out.splitlines() if "people_search_index" in x)
        return code, line

    assert checked() == (0, "ok   people_search_index")
    with ctx.engine.begin() as conn:  # a name written past the program: its search key still the old name's
        conn.exec_driver_sql("UPDATE person SET surname = 'Жаңабаев' WHERE id = %d" % ids["Смит"])
        if conn.dialect.name == "sqlite":  # and an index that no longer matches the keys
            conn.exec_driver_sql(f"DROP TRIGGER {people_search.SEARCH_TABLE}_update")
            conn.exec_driver_sql("UPDATE person SET search_key = '  ёлкина' WHERE id = %d" % ids["Ёлкина"])
        else:  # and a search table no longer holding the people as they are, and a trigram index gone
            conn.exec_driver_sql(f"DROP TRIGGER {people_search.SEARCH_TABLE}_update ON person")
            conn.exec_driver_sql("UPDATE person SET given_name = 'Ольга' WHERE id = %d" % ids["Ёлкина"])
            conn.exec_driver_sql(f"DROP INDEX {people_search.TRIGRAM_INDEX}")
    code, line = checked()
    assert code == 1 and line.startswith("FAIL") and "council reindex" in line
    assert "search keys of 2 people" in line and "does not match" in line
    assert (people_search.TRIGRAM_INDEX in line) == (ctx.engine.dialect.name == "postgresql")
    assert (f"{people_search.SEARCH_TABLE}_update" in line) == (ctx.engine.dialect.name == "postgresql")
    assert _found(ctx, "жаңа") == []
    assert main(["--db", str(url), "reindex"]) == 0
    code, line = checked()
    assert (code, line) == (0, "ok   people_search_index")
    assert _found(ctx, "жаңа") == ["Жаңабаев"] and _found(ctx, "ЁЛКИНА") == ["Ёлкина"]
    ctx.records.update("person", ids["Ёлкина"], {"surname": "Ёлкина-Смирнова"})  # the index follows writes again
    assert _found(ctx, "смирнов") == ["Ёлкина-Смирнова"]
    if ctx.engine.dialect.name == "postgresql":
        assert _copy_is_person(ctx) == len(PEOPLE)


@pytest.mark.postgresql
@pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")
@pytest.mark.parametrize("trigrams", [True, False], ids=["pg_trgm", "without pg_trgm"])
def test_postgresql_never_compiles_a_search(pg_people, monkeypatch, trigrams):
    """The capped count disables table scans (_capped_plan), so a scan left in a plan (no trigram index, or a
    term with no trigram, or the whole list sorted by an order no index holds, as by given name) costs 10^10
    more, far past jit_above_cost: the server compiled such a statement (JIT) before reading a few rows,
    200-250 ms each, and the scan test above ran past its timeout. Every statement a search runs is planned
    with JIT off or at a cost under jit_above_cost, and runs uncompiled."""
    ctx, _ = pg_people
    if not trigrams:  # a server where pg_trgm could not be added: plain LIKE
        with ctx.engine.begin() as conn:
            conn.exec_driver_sql("DROP EXTENSION pg_trgm CASCADE")
    compiled = []
    real = people_search._query

    def planned(conn, sql, params=()):
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and "EXPLAIN" not in sql:
            jit, above = (real(conn, f"SHOW {name}")[0][0] for name in ("jit", "jit_above_cost"))
            plan = real(conn, f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}", params)[0][0]
            plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]
            if "JIT" in plan or (jit == "on" and plan["Plan"]["Total Cost"] >= float(above)):
                compiled.append((sql, params, plan["Plan"]["Total Cost"], plan.get("JIT")))
        return real(conn, sql, params)

    monkeypatch.setattr(people_search, "_query", planned)
    for lang in ("ru", "en"):
        for typed in ("к", "ка", "касым", "%", "-", "", "Никто"):
            ctx.registry.search_people(typed, 0, 7, lang=lang)
            ctx.registry.search_people(typed, 0, 7, lang=lang, descending=True)
            ctx.registry.search_people(typed, 0, 7, "given_name", lang=lang)
            ctx.registry.people(typed, 0, 7, lang=lang)
    assert compiled == []
