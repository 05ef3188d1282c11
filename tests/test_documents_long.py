"""A long protocol built through the services: page numbering, running heads, attachment, speed.

`build_meeting` is also what benchmarks/bench_protocol.py measures.
"""
from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from council_desktop.documents.labels import alphabetical_key

SURNAMES = ["Әбдірахманов", "Ғабитов", "Қасымов", "Ңұрланов", "Өтегенов", "Ұзақов", "Үсенов", "Һадиев",
            "Ибраев", "Жақсылықов", "Серікбаев", "Бекмұхамедов", "Нұрланов", "Төлеуов", "Иванов"]
GIVEN = ["Айдар", "Бауыржан", "Ерлан", "Мұрат", "Асқар", "Дәурен", "Ілияс", "Нұржан"]


def build_meeting(ctx, items: int = 20, people: int = 100, guests: int = 0, date: str = "2026-03-12") -> int:
    """A meeting of one body with `people` members present, `items` agenda items, each with a speech,
    two resolutions (one with an assignment) and a vote; `guests` invited persons."""
    meetings, minutes = ctx.meetings, ctx.minutes
    org = ctx.records.create("organization", {"name_kk": "Ұлттық ғылыми орталық", "name_ru": "Научный центр",
                                              "name_en": "National Scientific Centre", "short_name": "ҰҒО"})
    body = ctx.records.create("council_body", {"name_kk": "Ғылыми кеңес", "name_ru": "Учёный совет",
                                               "name_en": "Academic Council", "short_name": "УС",
                                               "organization_id": org})
    ids = []
    for n in range(people + guests):
        surname = SURNAMES[n % len(SURNAMES)] + ("" if n < len(SURNAMES) else f"-{n // len(SURNAMES)}")
        given, patronymic = GIVEN[n % len(GIVEN)], GIVEN[(n * 3 + 1) % len(GIVEN)] + "ұлы"
        ids.append(ctx.records.create("person", {"surname": surname, "given_name": given, "patronymic": patronymic,
                                                 "surname_kk": surname, "given_name_kk": given,
                                                 "patronymic_kk": patronymic,
                                                 "surname_en": f"Member{n}", "given_name_en": given,
                                                 "position": "научный сотрудник", "organization_id": org}))
    members, invited = ids[:people], ids[people:]
    for n, pid in enumerate(members):
        ctx.records.create("membership", {"body_id": body, "person_id": pid, "start_date": "2025-01-01",
                                          "role": "chair" if n == 0 else "secretary" if n == 1 else "member"})
    mid = meetings.plan([body], date, {"start_time": "10:00", "end_time": "13:00", "place_kk": "Мәжіліс залы",
                                       "place_ru": "Зал заседаний", "place_en": "Assembly hall",
                                       "city_kk": "Астана қ.", "city_ru": "г. Астана", "city_en": "Astana",
                                       "chair_id": members[0], "secretary_id": members[1]})
    for pid in members:
        meetings.set_attendance(mid, pid, "present")
    for pid in invited:
        meetings.add_attendee(mid, pid)
    prose = ("Баяндамашы жобаның мақсаттары мен нәтижелерін, қаржыландыру көлемін және келесі кезеңнің "
             "жоспарын баяндады; ғылыми-зерттеу жұмыстарының әлемдік деңгейге сәйкестігі атап өтілді. ")
    for n in range(1, items + 1):
        item = meetings.add_item(mid, {"title_kk": f"№ {n} ғылыми жобаның есебі туралы",
                                       "title_ru": f"Об отчёте по научному проекту № {n}",
                                       "title_en": f"Report on research project No. {n}",
                                       "planned_minutes": 10}, rapporteurs=[members[2 + n % (people - 2)]])
        minutes.set_heard(item, {"kk": prose * 2, "ru": "Докладчик изложил цели, результаты и план проекта. " * 2,
                                 "en": "The rapporteur presented the project's aims, results and plan. " * 2})
        minutes.add_speech(item, members[3 + n % (people - 3)], {"kk": prose, "ru": "Поддержал проект.",
                                                                 "en": "Supported the project."})
        first = minutes.add_resolution(item, {"kk": "Есеп қабылдансын.", "ru": "Отчёт принять.",
                                              "en": "The report is accepted."}, {"unanimous": True})
        minutes.add_assignment(first, {"kk": "Қорытынды есепті дайындау.", "ru": "Подготовить итоговый отчёт.",
                                       "en": "Prepare the final report."}, responsible_person=members[2],
                               deadline="2026-06-30")
        minutes.add_resolution(item, {"kk": "Жоба жалғастырылсын.", "ru": "Продолжить проект.",
                                      "en": "The project continues."},
                               {"votes_for": people - 3, "votes_against": 2, "votes_abstained": 1})
    return mid


def pages_text(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


@pytest.fixture
def long_meeting(ctx):
    return ctx, build_meeting(ctx, items=20, people=100, guests=3)


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_long_protocol_numbers_every_page_after_the_first(long_meeting, lang):
    """The number alone, from page 2 (GOST R 7.0.97; its place on the page: test_documents_records_office),
    and the running head in the document's language."""
    ctx, mid = long_meeting
    pages = pages_text(ctx.documents.render("protocol", mid, lang))
    n = len(pages)
    assert n >= 8, "20 items and 100 attendees make a long protocol"
    head = {"ru": "Протокол № 1 от 12.03.2026", "kk": "12.03.2026 № 1 хаттама", "en": "Minutes No. 1 of 12.03.2026"}
    assert head[lang] not in pages[0]
    for p in range(2, n + 1):
        assert re.search(rf"(^| ){p}( |$)", pages[p - 1]), f"page {p} of {n} is not numbered"
        assert head[lang] in pages[p - 1]


def test_long_attendance_goes_to_an_attachment_in_alphabetical_order(long_meeting):
    ctx, mid = long_meeting
    pages = pages_text(ctx.documents.render("protocol", mid, "kk"))
    text = " ".join(pages)
    assert "Қатысқандар: 100 адам (тізімі қоса беріледі)" in text
    # the list of those present starts on its own page with the attachment's title
    start = next(i for i, p in enumerate(pages) if "12.03.2026 № 1 хаттамаға қосымша" in p)
    assert start > 0 and "Қатысқандар тізімі" in pages[start]
    attachment = " ".join(pages[start:])
    # the table header repeats on every page of the attachment
    for p in pages[start + 1:]:
        if "Ғабитов" in p or "Қасымов" in p:
            assert "Тегі, аты, әкесінің аты" in p
    # Kazakh alphabetical order: А, Ә, Б, ... Ғ ... К, Қ ... Н, Ң ... О, Ө ... У, Ұ, Ү ... Х, Һ
    order = ["Әбдірахманов", "Бекмұхамедов", "Ғабитов", "Жақсылықов", "Ибраев", "Иванов", "Қасымов",
             "Нұрланов", "Ңұрланов", "Өтегенов", "Серікбаев", "Төлеуов", "Ұзақов", "Үсенов", "Һадиев"]
    positions = [attachment.index(name + " ") for name in order]
    assert positions == sorted(positions)
    # invited persons apart, after the members
    assert attachment.index("Шақырылғандар") > attachment.index("Мүшелер")


def test_long_protocol_tables_and_headings_do_not_break_badly(long_meeting):
    ctx, mid = long_meeting
    pages = pages_text(ctx.documents.render("protocol", mid, "ru"))
    for i, p in enumerate(pages):
        # a section label is never the last thing on a page
        tail = re.sub(r"Протокол № 1 от 12\.03\.2026 Страница \d+ из \d+$", "", p).strip()
        for heading in ("СЛУШАЛИ:", "ВЫСТУПИЛИ:", "ПОСТАНОВИЛИ:"):
            assert not tail.endswith(heading), f"page {i + 1} ends with {heading}"
        # a vote is not carried over alone to the top of a page, away from its resolution
        top = re.sub(r"^ПРОЕКТ Протокол № 1 от 12\.03\.2026 ", "", p)
        assert not top.startswith("Голосовали"), f"page {i + 1} starts with a vote"
    # the signatures are on the page with the last resolution's vote
    last = next(p for p in reversed(pages) if "Председатель" in p and "Секретарь" in p)
    assert "Голосовали" in last


def test_ten_or_fewer_present_are_listed_in_the_protocol_itself(ctx):
    mid = build_meeting(ctx, items=2, people=6, guests=2)
    pages = pages_text(ctx.documents.render("protocol", mid, "ru"))
    text = " ".join(pages)
    # the count, then the names in alphabetical order, and no attachment
    listed = text[text.index("Присутствовали: 6 чел.:"):text.index("Приглашённые:")]
    order = ["Ғабитов", "Қасымов", "Ңұрланов", "Әбдірахманов", "Өтегенов", "Ұзақов"]
    expected = sorted(order, key=alphabetical_key)
    assert expected == ["Әбдірахманов", "Ғабитов", "Қасымов", "Ңұрланов", "Өтегенов", "Ұзақов"]
    positions = [listed.index(name) for name in expected]
    assert positions == sorted(positions)
    assert "список прилагается" not in text and "Приложение к протоколу" not in text
    # invited persons apart, with position and organisation
    invited = text[text.index("Приглашённые:"):text.index("Кворум")]
    assert "Үсенов" in invited and "Һадиев" in invited and "научный сотрудник, Научный центр" in invited
    assert "Кворум имеется" in text


def test_register_signature_never_stands_alone_on_a_page(ctx):
    """Assignments added one by one move the table's end down the page: wherever it ends, the
    secretary's signature shares its page with the last rows of the table."""
    mid = build_meeting(ctx, items=20, people=5)
    resolution = ctx.views.meeting(mid, "ru")["agenda"][-1]["resolutions"][-1]["id"]
    page_counts = set()
    for k in range(14):
        pages = pages_text(ctx.documents.render("register", mid, "ru", as_of="2026-05-01"))
        page_counts.add(len(pages))
        signed = [p for p in pages if "Секретарь" in p]
        assert len(signed) == 1, f"{k} extra assignments: one signature"
        assert "30.06.2026 на исполнении" in signed[0], f"{k} extra assignments: the signature is alone on its page"
        assert pages[-1] is signed[0]
        assert sum(p.count("30.06.2026 на исполнении") for p in pages) == 20 + k, "every assignment printed once"
        ctx.minutes.add_assignment(resolution, {"kk": "Қосымша тапсырма", "en": "Additional assignment",
                                                "ru": "Дополнительное поручение " * (2 + k % 4 * 2)},
                                   deadline="2026-06-30")
    assert len(page_counts) >= 2, "the table's end crossed a page boundary"
