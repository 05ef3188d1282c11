"""Searching the people registry: case (Kazakh and Cyrillic letters too), ё, look-alike Latin letters
typed or stored, one or two letters at the start of a word, the sort order of each language, and the
index kept in step with every write — on SQLite (FTS5 trigram table) and on PostgreSQL (pg_trgm)."""
from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from council_desktop.app import AppContext
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
        ids[ru] = ctx.registry.save_person({"surname": ru, "given_name": ru_given, "surname_kk": kk,
                                            "given_name_kk": kk_given, "surname_en": en, "given_name_en": en_given})
    return ids


def _found(ctx, typed: str, lang: str = "ru") -> list[str]:
    rows = ctx.registry.people(typed, limit=None, lang=lang)
    assert ctx.registry.count_people(typed) == len(rows)
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
    ctx.registry.save_person({"surname": "Сейтказина", "surname_kk": "Сейітқазина"}, ids["Смит"])
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
