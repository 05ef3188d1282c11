"""Find in minutes (services/search.py over store/minutes_search.py), on SQLite and on PostgreSQL alike: every
kind of text in every language, any case of Kazakh and Russian letters, the beginnings of words; hostile
text is only text; the index follows edits, deletions, undo (restore), backups restored, bundle imports and
the migration that made it; `council find` prints JSON and never refuses a query."""
from __future__ import annotations

import json
import re
import sqlite3

import pytest
from alembic import command
from sqlalchemy import text
from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

from council_desktop.app import AppContext
from council_desktop.cli import main
from council_desktop.services.search import SearchService
from council_desktop.store import minutes_search
from council_desktop.store.database import alembic_config
from council_desktop.store.integrity import check

KAZAKH_PAIRS = list(zip("ӘҒҚҢӨҰҮҺІ", "әғқңөұүһі"))
FIELDS = {"title": "title", "heard": "heard", "speech": "gist", "resolution": "text", "assignment": "task"}


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgresql, pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")])])
def office(request, tmp_path):
    """The demo data on SQLite, or on a database of its own on the PostgreSQL server."""
    url = tmp_path / "council.db" if request.param == "sqlite" else request.getfixturevalue("pg_url")
    ctx = AppContext.open(url, create=True)
    meeting = ctx.demo.load()
    yield ctx, meeting
    ctx.close()


def find(ctx, words: str, lang: str = "en") -> list[tuple]:
    hits, _ = SearchService(ctx.sessions).find_in_minutes(words, lang)
    return [(h.kind, h.lang, h.record_id) for h in hits]


def every_text(ctx) -> list[tuple]:
    """(kind, lang, record id, text) of every text the search covers, read from the meeting records."""
    texts = []
    for m in ctx.views.meetings("ru"):
        for item in ctx.views.meeting_record(m["id"], "ru")["agenda"]:
            rows = [("title", item), ("heard", item)] + [("speech", s) for s in item["speeches"]]
            for r in item["resolutions"]:
                rows += [("resolution", r)] + [("assignment", a) for a in r["assignments"]]
            for kind, row in rows:
                for lang in ("kk", "ru", "en"):
                    if row[f"{FIELDS[kind]}_{lang}"]:
                        texts.append((kind, lang, row["id"], row[f"{FIELDS[kind]}_{lang}"]))
    return texts


def expected(ctx, words: str) -> set[tuple]:
    """What a reader would find: every text with each word at the beginning of one of its words, any case
    (Python's own lower(), not the index's fold)."""
    wanted = [w.lower() for w in re.findall(r"\w+", words)]
    return {(k, lang, rid) for k, lang, rid, body in every_text(ctx)
            if all(re.search(r"(?<!\w)" + re.escape(w), body.lower()) for w in wanted)}


@pytest.mark.parametrize("words", ["ҚҰРАМЫН", "құрам", "СОСТАВ", "состава", "Научно техн", "compos", "COUNCIL",
                                   "ғылыми-техникалық", "жоба", "о", "проект орган", "е"])
def test_finds_what_a_reader_would_in_every_language_and_case(office, words):
    ctx, _ = office
    found = find(ctx, words)
    assert found and set(found) == expected(ctx, words)
    assert len(found) == len(set(found))


def test_every_kind_of_text_is_found_and_said_where_it_is(office):
    ctx, meeting = office
    record = ctx.views.meeting_record(meeting, "ru")
    item = next(i for i in record["agenda"] if i["speeches"] and any(r["assignments"] for r in i["resolutions"]))
    resolution = next(r for r in item["resolutions"] if r["assignments"])
    texts = {"title": (item["id"], "Квазиоптический"), "heard": (item["id"], "квазиоптического доклада"),
             "speech": (item["speeches"][0]["id"], "Поддержал КВАЗИОПТИЧЕСКИЙ подход"),
             "resolution": (resolution["id"], "Одобрить квазиоптический проект"),
             "assignment": (resolution["assignments"][0]["id"], "Подготовить квазиоптический отчёт")}
    ctx.meetings.update_item(item["id"], {"title_kk": texts["title"][1]})
    ctx.minutes.set_heard(item["id"], {"en": texts["heard"][1]})
    ctx.minutes.update_speech(texts["speech"][0], {"ru": texts["speech"][1]})
    ctx.minutes.update_resolution(resolution["id"], {"en": texts["resolution"][1]})
    ctx.minutes.update_assignment(texts["assignment"][0], {"kk": texts["assignment"][1]})
    hits, more = SearchService(ctx.sessions).find_in_minutes("квазиОПТИЧ", "ru")
    assert not more
    assert [(h.kind, h.lang, h.record_id) for h in hits] == [
        ("title", "kk", item["id"]), ("heard", "en", item["id"]), ("speech", "ru", texts["speech"][0]),
        ("resolution", "en", resolution["id"]), ("assignment", "kk", texts["assignment"][0])]
    for h in hits:
        assert (h.meeting_id, h.item_id, h.item_number) == (meeting, item["id"], item["position"])
        summary = next(m for m in ctx.views.meetings("ru") if m["id"] == meeting)
        assert h.meeting_number == summary["number"] and h.meeting_date == summary["date"]
        assert h.snippet[h.match_start:h.match_end].lower() == "квазиоптич"
    assert hits[2].snippet == "Поддержал КВАЗИОПТИЧЕСКИЙ подход"


def test_kazakh_capitals_and_small_letters_find_each_other(office):
    ctx, meeting = office
    item = ctx.views.meeting_record(meeting, "kk")["agenda"][0]
    capitals = " ".join(f"{c}ЖОБ{c}" for c, _ in KAZAKH_PAIRS)
    ctx.minutes.set_heard(item["id"], {"kk": capitals})
    for capital, small in KAZAKH_PAIRS:
        assert find(ctx, f"{small}жоб{small}") == [("heard", "kk", item["id"])], small
    ctx.minutes.set_heard(item["id"], {"kk": capitals.lower()})
    for capital, small in KAZAKH_PAIRS:
        assert find(ctx, f"{capital}Ж") == [("heard", "kk", item["id"])], capital
    # й, ё and the Kazakh letters are letters of their own, not и, е, а…: no stand-ins
    ctx.minutes.set_heard(item["id"], {"kk": "ақын йод ёлка"})
    assert find(ctx, "акын") == [] and find(ctx, "иод") == [] and find(ctx, "елка") == []
    assert find(ctx, "ақын йод ёлка") == [("heard", "kk", item["id"])]


HOSTILE = ['"', '""', "'", "\\", "*", "-", "+", "^", ":", "(", ")", "((", "{", "NEAR(", "AND", "OR NOT",
           '"состав', 'состав"', "состав*", "(состав", "состав)", "-состав", "+состав", "^состав",
           "title_ru:состав", "{состав}", "состав NEAR", 'NEAR("состав" "совета")', "состав\x00", "состав;--",
           "состав' OR '1'='1", "состав & !x | y", "состав:*", "состав <-> совет", " ", ""]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_text_is_only_text(office, query):
    ctx, _ = office
    words = re.findall(r"[^\W_]+", query)
    found = find(ctx, query)  # never an error
    assert found == find(ctx, " ".join(words))
    assert set(found) == (expected(ctx, " ".join(words)) if words else set())


def test_the_index_follows_an_edit_a_deletion_and_its_undo(office):
    ctx, meeting = office
    item = next(i for i in ctx.views.meeting_record(meeting, "ru")["agenda"] if i["speeches"])
    speech = item["speeches"][0]
    ctx.minutes.update_speech(speech["id"], {"ru": "Первое слово: мегалит"})
    assert find(ctx, "мегалит") == [("speech", "ru", speech["id"])]
    ctx.minutes.update_speech(speech["id"], {"ru": "Второе слово: монолит"})
    assert find(ctx, "мегалит") == [] and find(ctx, "монолит") == [("speech", "ru", speech["id"])]
    snapshot = ctx.restore.snapshot("speech", speech["id"])
    ctx.minutes.remove_speech(speech["id"])
    assert find(ctx, "монолит") == []
    new_id = ctx.restore.restore(snapshot)  # the editor's undo of the removal
    assert find(ctx, "монолит") == [("speech", "ru", new_id)]
    # a whole item goes with everything under it, and comes back with it
    ctx.minutes.update_resolution(item["resolutions"][0]["id"], {"kk": "монолит шешімі"})
    before = find(ctx, "монолит")
    snapshot = ctx.restore.snapshot("item", item["id"])
    ctx.meetings.remove_item(item["id"])
    assert find(ctx, "монолит") == []
    ctx.restore.restore(snapshot)
    assert [(k, lang) for k, lang, _ in find(ctx, "монолит")] == [(k, lang) for k, lang, _ in before]


def test_a_deleted_meeting_leaves_nothing_to_find(office):
    ctx, _ = office
    meetings = ctx.views.meetings("ru")
    planned = next(m for m in meetings if m["status"] == "planned")
    item = ctx.meetings.add_item(planned["id"], {"title_ru": "Об эфемерном вопросе"})
    ctx.minutes.set_heard(item, {"en": "ephemeral heard"})
    assert {h[0] for h in find(ctx, "эфемерн")} == {"title"} and find(ctx, "ephemer") == [("heard", "en", item)]
    ctx.meetings.delete(planned["id"])
    assert find(ctx, "эфемерн") == [] and find(ctx, "ephemer") == []
    with ctx.engine.connect() as conn:
        if conn.dialect.name == "sqlite":  # not a row of it left behind in the index
            left = conn.execute(text(f"SELECT count(*) FROM {minutes_search.FTS_TABLE} WHERE item_id = :i"),
                                {"i": item}).scalar()
            assert left == 0


def test_a_bundle_imported_into_another_office_is_found_there(office, tmp_path):
    ctx, meeting = office
    ctx.minutes.set_heard(ctx.views.meeting_record(meeting, "ru")["agenda"][0]["id"], {"kk": "Бумерангтың баяндамасы"})
    path = tmp_path / "meeting.council"
    ctx.exchange.export_bundle(meeting, path)
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        assert find(other, "бумеранг") == []
        other.exchange.import_bundle(path)
        hits, _ = SearchService(other.sessions).find_in_minutes("БУМЕРАНГ", "ru")
        assert [(h.kind, h.lang, h.meeting_number) for h in hits] == [("heard", "kk", "1/1")]
        # everything of the meeting, not only the new text
        theirs, _ = SearchService(other.sessions).find_in_minutes("состав", "ru")
        mine, _ = SearchService(ctx.sessions).find_in_minutes("состав", "ru")
        shown = [(h.kind, h.lang, h.item_number, h.snippet) for h in theirs]
        assert shown and shown == [(h.kind, h.lang, h.item_number, h.snippet) for h in mine if h.meeting_id == meeting]
    finally:
        other.close()


def test_a_restored_backup_brings_back_its_own_index(demo, tmp_path):
    ctx, meeting = demo
    item = ctx.views.meeting_record(meeting, "ru")["agenda"][0]
    ctx.minutes.set_heard(item["id"], {"ru": "доклад о палимпсесте"})
    backup = ctx.backups.backup(tmp_path / "before.db")
    ctx.minutes.set_heard(item["id"], {"ru": "доклад о пергаменте"})
    assert find(ctx, "палимпсест") == []
    ctx.backups.restore(backup)
    restored = AppContext.open(ctx.database_file)
    try:
        assert find(restored, "палимпсест") == [("heard", "ru", item["id"])] and find(restored, "пергамент") == []
    finally:
        restored.close()


def test_the_migration_fills_the_index_for_what_is_there_and_goes_back_cleanly(office):
    ctx, _ = office
    before = find(ctx, "состав") + find(ctx, "құрам") + find(ctx, "council")
    with ctx.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")
    with ctx.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            names = conn.execute(text("SELECT name FROM sqlite_master WHERE name LIKE 'minutes_search%'")).all()
        else:
            names = conn.execute(text("SELECT indexname FROM pg_indexes WHERE indexname LIKE '%minutes_search%' "
                                      "UNION ALL SELECT proname FROM pg_proc WHERE proname LIKE 'minutes_search%'"
                                      )).all()
        assert names == []
    with ctx.engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")
    assert find(ctx, "состав") + find(ctx, "құрам") + find(ctx, "council") == before and before
    findings = {f["check"]: f for f in check(ctx.engine)}
    assert findings["schema_matches_models"]["ok"], findings["schema_matches_models"]["detail"]


def test_sqlite_index_rows_are_exactly_the_non_empty_texts(demo):
    ctx, _ = demo
    with sqlite3.connect(ctx.database_file) as con:
        rows = {minutes_search.decode(rid) for (rid,) in con.execute(f"SELECT rowid FROM {minutes_search.FTS_TABLE}")}
        # FTS5's own check of its index against its rows (raises on a fault)
        con.execute(f"INSERT INTO {minutes_search.FTS_TABLE}({minutes_search.FTS_TABLE}) VALUES ('integrity-check')")
    assert rows == {(k, lang, rid) for k, lang, rid, _ in every_text(ctx)}


def test_more_than_the_limit_says_so(office):
    ctx, _ = office
    everything = find(ctx, "а")
    hits, more = SearchService(ctx.sessions).find_in_minutes("а", "ru", limit=3)
    assert more and [(h.kind, h.lang, h.record_id) for h in hits] == everything[:3]
    hits, more = SearchService(ctx.sessions).find_in_minutes("а", "ru", limit=len(everything))
    assert not more and len(hits) == len(everything)


@pytest.mark.parametrize("query", ["ҚҰРАМ", '"(*NEAR -', "-состав", "состав)"])
def test_council_find_prints_json_and_never_refuses(demo, db_path, capsys, query):
    ctx, _ = demo
    assert main(["--db", str(db_path), "find", query, "--json", "--lang", "kk"]) == 0
    out = json.loads(capsys.readouterr().out)
    words = re.findall(r"[^\W_]+", query)
    assert [(h["kind"], h["lang"], h["record_id"]) for h in out["hits"]] == find(ctx, " ".join(words))
    assert out["more"] is False and out["query"] == query
    if words == ["ҚҰРАМ"]:
        assert out["hits"] and all(h["meeting_number"] == "1/1" and h["bodies"] for h in out["hits"])


def test_council_check_finds_an_index_out_of_step_and_reindex_makes_it_again(office, capsys):
    ctx, meeting = office
    url = ctx.url
    speech = next(i for i in ctx.views.meeting_record(meeting, "ru")["agenda"] if i["speeches"])["speeches"][0]
    assert main(["--db", url, "check"]) == 0
    capsys.readouterr()
    with ctx.engine.begin() as conn:  # an edit past the program, with what keeps the index in step gone
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"DROP TRIGGER {minutes_search.FTS_TABLE}_speech_update")
            conn.exec_driver_sql("UPDATE speech SET gist_ru = 'обелиск' WHERE id = ?", (speech["id"],))
        else:
            conn.exec_driver_sql("DROP INDEX ix_minutes_search_speech_gist_ru")
    assert main(["--db", url, "check"]) == 1
    line = next(x for x in capsys.readouterr().out.splitlines() if "minutes_search_index" in x)
    assert line.startswith("FAIL") and "council reindex" in line
    assert main(["--db", url, "reindex"]) == 0
    assert main(["--db", url, "check"]) == 0
    capsys.readouterr()
    if ctx.engine.dialect.name == "sqlite":
        assert find(ctx, "обелиск") == [("speech", "ru", speech["id"])]
        ctx.minutes.update_speech(speech["id"], {"ru": "колонна"})  # its triggers are back
        assert find(ctx, "обелиск") == [] and find(ctx, "колонна") == [("speech", "ru", speech["id"])]


def test_very_long_words_and_queries_are_stored_and_looked_for_like_any_other(office):
    """A word longer than a PostgreSQL lexeme may be (2047 bytes) in a text or a query, 3,000 words typed."""
    ctx, meeting = office
    item = ctx.views.meeting_record(meeting, "ru")["agenda"][0]["id"]
    ctx.minutes.set_heard(item, {"en": "ab" * 3000 + " tail " + "я" * 5000})  # saved, not refused
    heard = [("heard", "en", item)]
    assert find(ctx, "ab" * 1000) == heard and find(ctx, "ab" * 120) == heard and find(ctx, "Я" * 3) == heard
    assert find(ctx, "ab" * 1000 + "x") == heard  # as long as the index keeps a word, and no longer
    assert find(ctx, "а" * 100_000) == [] and find(ctx, "x" * 5000 + " tail") == []
    assert set(find(ctx, "состав " * 3000)) == expected(ctx, "состав")
