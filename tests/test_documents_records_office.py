"""What a records office checks in a protocol: names as entered, titles, certification, the Kazakh text.

Every document is rendered through the services and read back from the PDF.
"""
from __future__ import annotations

import io
import json
import re
import shutil
import subprocess

import pytest
from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from council_desktop.services.demo import seed
from council_desktop.documents.labels import LABELS, label
from council_desktop.documents.protocol import after_name


def words(pdf: bytes) -> str:
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def pages(pdf: bytes) -> list[str]:
    return [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]


# --- names are data ---------------------------------------------------------------------------
def one_body_meeting(ctx, people: list[dict]) -> tuple[int, list[int]]:
    org = ctx.records.create("organization", {"name_kk": "Ұлттық ғылыми орталық", "name_ru": "Научный центр",
                                              "name_en": "National Scientific Centre", "short_name": "НЦ"})
    body = ctx.records.create("council_body", {"name_kk": "Ғылыми кеңес", "name_ru": "Учёный совет",
                                               "name_en": "Academic Council", "short_name": "УС",
                                               "organization_id": org})
    ids = [ctx.records.create("person", {**p, "organization_id": org}) for p in people]
    for n, pid in enumerate(ids):
        ctx.records.create("membership", {"body_id": body, "person_id": pid, "start_date": "2025-01-01",
                                          "role": ("chair", "secretary")[n] if n < 2 else "member"})
    mid = ctx.meetings.plan([body], "2026-03-12", {"start_time": "10:00", "chair_id": ids[0],
                                                   "secretary_id": ids[1], "city_kk": "Астана қ.",
                                                   "city_ru": "г. Астана"})
    for pid in ids:
        ctx.meetings.set_attendance(mid, pid, "present")
    return mid, ids


RUSSIAN = {"surname": "Локшин", "given_name": "Вячеслав", "patronymic": "Нотанович", "position": "Директор"}
KAZAKH = {"surname": "Касымова", "given_name": "Гульмира", "patronymic": "Токтаровна",
          "surname_kk": "Қасымова", "given_name_kk": "Гүлмира", "patronymic_kk": "Тоқтарқызы",
          "position": "Заведующая лабораторией", "position_kk": "Зертхана меңгерушісі"}


def test_no_kazakh_patronymic_is_built_from_a_russian_one(ctx):
    """A person entered with the Russian form only prints that form in Kazakh; a person with a Kazakh
    form prints it; nothing is respelled."""
    mid, _ = one_body_meeting(ctx, [RUSSIAN, KAZAKH])
    kk = words(ctx.documents.render("protocol", mid, "kk"))
    sheet = words(ctx.documents.render("attendance", mid, "kk"))
    assert "Төраға — В.Н. Локшин" in kk and "Хатшы — Г.Т. Қасымова" in kk
    assert "Локшин Вячеслав Нотанович" in sheet and "Қасымова Гүлмира Тоқтарқызы" in sheet
    assert "Нотанұлы" not in kk + sheet and "ұлы" not in sheet
    ru = words(ctx.documents.render("attendance", mid, "ru"))
    assert "Касымова Гульмира Токтаровна" in ru and "Қасымова" not in ru


def test_a_missing_kazakh_part_is_the_entered_one_as_is(ctx):
    """Only the Kazakh surname entered: the given name and patronymic print as entered, not dropped."""
    mid, _ = one_body_meeting(ctx, [{**RUSSIAN, "surname_kk": "Локшин"},
                                    {"surname": "Пя", "given_name": "Юрий", "surname_en": "Pya"}])
    sheet = words(ctx.documents.render("attendance", mid, "kk"))
    assert "Локшин Вячеслав Нотанович" in sheet
    english = words(ctx.documents.render("attendance", mid, "en"))
    assert "Pya" in english and "Юрий" not in english  # no Cyrillic part inside an English name


def test_the_demo_invents_no_patronymic_and_respells_no_surname():
    """People the public report names (by given name and surname) carry no patronymic in any language;
    no Kazakh form is made from a Russian one."""
    source_named = {"alnazarova", "lokshin", "akshulakov", "pya", "turmukhambetova"}
    people = seed()["people"]
    for key in source_named:
        assert all(people[key][lang][2] == "" for lang in ("ru", "kk", "en")), key
    assert people["ibraev"]["kk"][0] == "Ибраев"
    assert people["lokshin"]["kk"][:2] == ["Локшин", "Вячеслав"]
    text = json.dumps(seed(), ensure_ascii=False)
    for invented in ("Нотанұлы", "Владимирұлы", "Ыбыраев", "Шарипбаевна", "Нотанович", "Владимирович"):
        assert invented not in text


def test_bilingual_protocol_lists_those_present_in_the_same_order_in_both_parts(demo):
    ctx, mid = demo
    views = {lang: ctx.views.meeting(mid, lang) for lang in ("kk", "ru")}
    from council_desktop.documents.protocol import present_members

    assert [p["id"] for p in present_members(views["kk"])] == [p["id"] for p in present_members(views["ru"])]


def test_academic_titles_print_with_degree_and_position(demo):
    ctx, mid = demo
    ru, kk = (words(ctx.documents.render("protocol", mid, lang)) for lang in ("ru", "kk"))
    assert "В. Локшин, академик НАН РК, д.м.н., профессор, генеральный директор" in ru
    assert "В. Локшин, ҚР ҰҒА академигі, м.ғ.д., профессор, бас директор" in kk
    # the attachment's table: title and degree, then position and organisation
    assert "Локшин Вячеслав академик НАН РК, д.м.н., профессор Генеральный директор" in ru
    sheet = words(ctx.documents.render("attendance", mid, "en"))
    assert "Academician of NAS RK, MD, DSc, Professor" in sheet


# --- Kazakh as a records office writes it ------------------------------------------------------
def test_kazakh_lowers_a_common_position_word_after_a_name_but_not_a_name():
    assert after_name("Бас директор", "kk") == "бас директор"
    assert after_name("Ректор", "kk") == "ректор"
    assert after_name("Басқарма төрағасы", "kk") == "басқарма төрағасы"
    assert after_name("Қазақстан Республикасының Денсаулық сақтау министрі", "kk") == \
        "Қазақстан Республикасының Денсаулық сақтау министрі"
    assert after_name("Ғылым және адами ресурстар департаментінің директоры", "kk") == \
        "Ғылым және адами ресурстар департаментінің директоры"
    assert after_name("ALEM жобасының басшысы", "kk") == "ALEM жобасының басшысы"
    assert after_name("Rector", "en") == "Rector"


# --- certification only of what was signed -------------------------------------------------------
CERTIFIED = {"ru": ("Верно", "ПРОЕКТ"), "kk": ("Дұрыс", "ЖОБА"), "en": ("True copy", "DRAFT")}


def test_an_extract_of_a_draft_is_marked_as_such_and_certifies_nothing(demo):
    ctx, mid = demo
    for lang, (certified, draft) in CERTIFIED.items():
        pdf = ctx.documents.render("extract", mid, lang, item=2)
        assert all(p.startswith(draft) for p in pages(pdf)), lang  # the mark on every page
        text = words(pdf)
        assert certified not in text and "__.__.______" not in text
        assert "2.1. " in text  # the item is there, as drafted


def test_an_extract_of_the_signed_version_is_certified_and_no_draft(demo):
    ctx, mid = demo
    ctx.protocols.sign(mid, "kk")
    for lang, (certified, draft) in CERTIFIED.items():
        text = words(ctx.documents.render("extract", mid, lang, item=2))
        assert certified in text and draft not in text, lang
        assert text.index(certified) > text.index("2.1. ")
    both = words(ctx.documents.render("extract", mid, "kk+ru", item=2))
    assert both.count("Дұрыс") == 1 and both.count("Верно") == 1


def test_an_amended_protocol_being_redrafted_gives_draft_extracts_again(demo):
    ctx, mid = demo
    ctx.protocols.sign(mid, "ru")
    ctx.protocols.amend(mid, "Опечатка в решении 2.1")
    text = words(ctx.documents.render("extract", mid, "ru", item=2))
    assert "ПРОЕКТ" in text and "Верно" not in text


def test_kazakh_title_puts_the_kind_of_meeting_first(demo):
    ctx, mid = demo
    kk = words(ctx.documents.render("protocol", mid, "kk"))
    assert "Бірлескен отырыстың ХАТТАМАСЫ" in kk and "бірлескен отырысының" not in kk
    assert "Бірлескен отырыстың КҮН ТӘРТІБІ" in words(ctx.documents.render("agenda", mid, "kk"))
    assert "Бірлескен отырыс ХАТТАМАСЫНАН ҮЗІНДІ" in words(ctx.documents.render("extract", mid, "kk", item=2))
    ru = words(ctx.documents.render("protocol", mid, "ru"))
    assert "ПРОТОКОЛ совместного заседания" in ru  # Russian keeps its own order
    ctx.meetings.update(mid, {"kind": "regular"})
    assert "Отырыстың ХАТТАМАСЫ" in words(ctx.documents.render("protocol", mid, "kk"))


def test_kazakh_protocol_says_where_the_meeting_was_held(demo):
    ctx, mid = demo
    protocol = words(ctx.documents.render("protocol", mid, "kk"))
    assert "Өткізілген орны: Ұлттық биотехнология орталығы" in protocol and "Өткізілетін" not in protocol
    # the invitation is made before the meeting
    assert "Өткізілетін орны:" in words(ctx.documents.render("agenda", mid, "kk"))


def test_kazakh_quorum_writes_the_part_of_the_whole():
    from council_desktop.documents.labels import kk_part_of

    assert [kk_part_of(n) for n in (10, 11, 5, 6, 2, 9, 20, 40, 50, 100, 1000, 16)] == [
        "10-ы", "11-і", "5-і", "6-сы", "2-сі", "9-ы", "20-сы", "40-ы", "50-і", "100-і", "1000-ы", "16-сы"]


def test_kazakh_quorum_line_of_the_demo(demo):
    ctx, mid = demo
    text = words(ctx.documents.render("protocol", mid, "kk"))
    assert "ҚР ДСМ ҒТК: 11 мүшенің 10-ы қатысты (кемінде 6 қажет)" in text
    assert "ҚР ҰҒА ӨДҒБ: 6 мүшенің 5-і қатысты" in text


def test_kazakh_dates_and_times_in_running_text_take_their_endings(demo):
    from council_desktop.documents.labels import kk_at_time, on_date

    assert on_date("2026-02-20", "kk") == "2026 жылғы 20 ақпанда"
    assert on_date("2026-09-01", "kk") == "2026 жылғы 1 қыркүйекте"
    assert on_date("2026-07-03", "kk") == "2026 жылғы 3 шілдеде"
    assert on_date("2026-02-20", "ru") == "20 февраля 2026 года"
    assert [kk_at_time(t) for t in ("10:00", "10:30", "10:15", "09:40")] == [
        "10:00-де", "10:30-да", "10:15-те", "09:40-та"]
    ctx, mid = demo
    assert "Отырыс 2026 жылғы 20 ақпанда сағат 10:00-де өтеді." in words(ctx.documents.render("agenda", mid, "kk"))


def test_kazakh_running_text_lowers_positions_after_a_name(demo):
    ctx, mid = demo
    text = words(ctx.documents.render("protocol", mid, "kk"))
    assert "С. Ақшолақов, ҚР ҰҒА академигі, м.ғ.д., профессор, басқарма төрағасы" in text
    assert "А. Тұрмұхамбетова, м.ғ.д., профессор, ректор, Астана медицина университеті" in text
    assert "Қазақстан Республикасының Денсаулық сақтау министрі" in text  # a name keeps its capital


def test_every_label_is_in_each_language_and_none_falls_back():
    kazakh_only = {k for k in LABELS if k.startswith(("titled_", "kind_kk_"))}
    for key, texts in LABELS.items():
        assert set(texts) == ({"kk"} if key in kazakh_only else {"ru", "kk", "en"}), key
    with pytest.raises(KeyError):
        label("titled_protocol", "ru")


# --- a joint meeting is two bodies' document -----------------------------------------------------
def test_joint_letterhead_names_each_body_under_its_own_organisation(demo):
    ctx, mid = demo
    pdf = ctx.documents.render("protocol", mid, "ru")
    first = PdfReader(io.BytesIO(pdf)).pages[0]
    found: dict[str, tuple[float, float]] = {}

    def visit(text, cm, tm, font, size):
        for key in ("МИНИСТЕРСТВО", "НАЦИОНАЛЬНАЯ АКАДЕМИЯ НАУК", "Научно-технический совет",
                    "Отделение наук о жизни"):
            if text.startswith(key) and key not in found:
                found[key] = (tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5])

    first.extract_text(visitor_text=visit)
    assert set(found) == {"МИНИСТЕРСТВО", "НАЦИОНАЛЬНАЯ АКАДЕМИЯ НАУК", "Научно-технический совет",
                          "Отделение наук о жизни"}, found
    ministry, academy = found["МИНИСТЕРСТВО"], found["НАЦИОНАЛЬНАЯ АКАДЕМИЯ НАУК"]
    council, department = found["Научно-технический совет"], found["Отделение наук о жизни"]
    # side by side, as equals: both organisations on the same line, each body under its own
    assert abs(ministry[1] - academy[1]) < 1 and academy[0] > ministry[0] + 150
    assert council[1] < ministry[1] and department[1] < academy[1]
    assert council[0] < academy[0] - 100 < department[0]


def test_one_body_meeting_keeps_one_organisation_and_one_chair(ctx):
    mid, _ = one_body_meeting(ctx, [RUSSIAN, KAZAKH])
    text = words(ctx.documents.render("protocol", mid, "ru"))
    assert text.count("НАУЧНЫЙ ЦЕНТР") == 1 and "Председатель — В.Н. Локшин" in text
    assert "Сопредседатели" not in text


def test_joint_protocol_is_signed_by_each_bodys_chair_and_secretary(demo):
    ctx, mid = demo
    for lang, lines in {
        "ru": ["Председатель НТС МЗ РК А. Альназарова", "Председатель ОНЖЗ НАН РК В. Локшин",
               "Секретарь НТС МЗ РК Д.С. Жумабекова", "Секретарь ОНЖЗ НАН РК Ш.Н. Садыкова"],
        "kk": ["ҚР ДСМ ҒТК төрағасы А. Әлназарова", "ҚР ҰҒА ӨДҒБ төрағасы В. Локшин",
               "ҚР ДСМ ҒТК хатшысы Д.С. Жұмабекова", "ҚР ҰҒА ӨДҒБ хатшысы Ш.Н. Садықова"],
        "en": ["Chair, STC MoH RK A. Alnazarova", "Chair, DLHS NAS RK V. Lokshin",
               "Secretary, STC MoH RK D. Zhumabekova", "Secretary, DLHS NAS RK S. Sadykova"],
    }.items():
        text = words(ctx.documents.render("protocol", mid, lang))
        at = 0
        for line in lines:
            at = text.index(line, at) + len(line)
        assert text.index(label("co_chairs", lang)) < text.index(label("secretaries", lang))


def test_the_meetings_chair_and_secretary_sign_for_the_first_body_and_the_others_by_membership(demo):
    ctx, mid = demo
    seitkazina = ctx.registry.people("Сейтказина")[0]["id"]
    ctx.meetings.update(mid, {"chair_id": seitkazina})  # the deputy chair presides
    signing = ctx.views.meeting(mid, "ru")["signatories"]
    assert [(s["chair"]["surname"], s["secretary"]["surname"]) for s in signing] == [
        ("Сейтказина", "Жумабекова"), ("Локшин", "Садыкова")]
    # nobody signs twice: Локшин presiding signs for the council, the department's deputy would sign for it
    lokshin = ctx.registry.people("Локшин")[0]["id"]
    ctx.meetings.update(mid, {"chair_id": lokshin})
    signing = ctx.views.meeting(mid, "ru")["signatories"]
    assert signing[0]["chair"]["surname"] == "Локшин" and signing[1]["chair"] is None
    text = words(ctx.documents.render("protocol", mid, "ru"))
    assert text.count("В. Локшин") >= 1 and "Председатель ОНЖЗ НАН РК" not in text


def test_a_joint_vote_is_printed_per_body_where_each_needs_its_own_majority(demo):
    ctx, mid = demo
    view = ctx.views.meeting(mid, "ru")
    first = view["agenda"][0]["resolutions"][0]
    assert first["unanimous"]
    quorum = {b["body_id"]: b["present"] for b in view["quorum"]["bodies"]}
    # every member of each body present voted for: each body's own count is its members present
    assert [(b["body"], b["votes_for"], b["votes_against"]) for b in first["by_body"]] == [
        ("НТС МЗ РК", quorum[view["bodies"][0]["id"]], 0), ("ОНЖЗ НАН РК", quorum[view["bodies"][1]["id"]], 0)]
    text = words(ctx.documents.render("protocol", mid, "ru"))
    assert ("Принято единогласно. НТС МЗ РК: «за» — 10, «против» — 0, «воздержались» — 0; "
            "ОНЖЗ НАН РК: «за» — 5, «против» — 0, «воздержались» — 0.") in text
    kk = words(ctx.documents.render("protocol", mid, "kk"))
    assert "ҚР ҰҒА ӨДҒБ: «жақтап» — 5, «қарсы» — 0, «қалыс» — 0." in kk
    # a split vote recorded only in total cannot be divided: the total alone, no invented split
    split = next(r for i in view["agenda"] for r in i["resolutions"] if r["votes_against"])
    assert split["by_body"] == [] and "«за» — 9, «против» — 1, «воздержались» — 1. Решение принято. " in text


def test_a_roll_call_vote_prints_each_bodys_count_and_the_outcome_it_gives(demo):
    import datetime as dt

    from council_desktop.services.meeting_room import MeetingRoomService

    ctx, _ = demo
    bodies = [b["id"] for b in ctx.registry.bodies("ru")][:2]
    start = dt.datetime(2026, 3, 12, 10, 0)
    mid = ctx.meetings.plan(bodies, start.date(), {"start_time": "10:00"})
    item = ctx.meetings.add_item(mid, {"title_ru": "О проектах", "title_kk": "Жобалар туралы",
                                       "title_en": "On the projects", "planned_minutes": 20})
    resolution = ctx.minutes.add_resolution(item, {"ru": "Принять к сведению.", "kk": "Назарға алынсын.",
                                                   "en": "To take note."})
    room = MeetingRoomService(ctx.sessions)
    first, second = ([t["id"] for t in ctx.registry.members_on(b, start.date())] for b in bodies)
    for p in dict.fromkeys(first + second):
        room.arrive(mid, p, start)
    only_first = [p for p in first if p not in second]
    room.vote_by_roll_call(resolution, start + dt.timedelta(minutes=5),
                           {p: "for" for p in only_first} | {p: "against" for p in second})
    text = words(ctx.documents.render("protocol", mid, "ru"))
    line = (f"Голосовали: «за» — {len(only_first)}, «против» — {len(second)}, «воздержались» — 0. "
            f"Решение не принято. НТС МЗ РК: «за» — {len(only_first)}, «против» — {len(first) - len(only_first)}, "
            f"«воздержались» — 0; ОНЖЗ НАН РК: «за» — 0, «против» — {len(second)}, «воздержались» — 0.")
    assert line in text


# --- page layout (GOST R 7.0.97) -----------------------------------------------------------------
MM = 72 / 25.4


@pytest.fixture
def long_protocol(ctx):
    from test_documents_long import build_meeting

    mid = build_meeting(ctx, items=20, people=100, guests=3)
    return ctx, mid


def drawn(page) -> list[tuple[str, float, float, float]]:
    """(text, x, y, font size) of every run drawn on a page, in page coordinates."""
    runs = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
            runs.append((text.strip(), x, y, size * tm[0] * cm[0]))

    page.extract_text(visitor_text=visit)
    return runs


def test_page_numbers_stand_in_the_middle_of_the_top_margin_from_page_two(long_protocol):
    ctx, mid = long_protocol
    for lang in ("ru", "kk", "en"):
        reader = PdfReader(io.BytesIO(ctx.documents.render("protocol", mid, lang)))
        assert len(reader.pages) >= 8
        for n, page in enumerate(reader.pages, start=1):
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            top = [(t, x, y, size) for t, x, y, size in drawn(page) if y > height - 20 * MM]
            numbers = [(x, y, size) for t, x, y, size in top if t == str(n)]
            if n == 1:
                assert not numbers and not any(t.isdigit() for t, *_ in top), "no number on the first page"
                continue
            assert len(numbers) == 1, (lang, n, top)
            x, y, size = numbers[0]
            glyph = pdfmetrics.stringWidth(str(n), "CouncilSerif", size)
            assert abs(x + glyph / 2 - width / 2) < 1, "centred"
            assert height - (y + size) >= 10 * MM, "at least 10 mm from the top edge"
            # the marks stay inside the margins as well
            for t, x, y, size in top:
                assert height - (y + size) >= 10 * MM and 20 * MM <= x <= width - 10 * MM


def _vocabulary(views: dict) -> set[str]:
    words_in: set[str] = set()

    def walk(value):
        if isinstance(value, str):
            words_in.update(w.casefold() for w in WORD.findall(value))
        elif isinstance(value, dict):
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(views)
    walk(LABELS)
    return words_in


WORD = re.compile(r"[^\W\d_]+")


def test_no_line_of_a_long_protocol_ends_in_a_word_broken_without_a_hyphen(long_protocol, tmp_path):
    """Every word of the printed text is a word of the data or the labels once hyphenated breaks are
    joined again: a word cut without a hyphen would leave two pieces that are no words."""
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    ctx, mid = long_protocol
    ctx.minutes.set_heard(ctx.views.meeting(mid, "ru")["agenda"][0]["id"], {
        "ru": "Высокотехнологичные дистанционно предоставляемые консультационные услуги здравоохранения. " * 6,
        "kk": "Жоғарытехнологиялық қашықтықтан көрсетілетін консультациялық қызметтер. " * 6,
        "en": "Telecommunications-based internationalisation of telemedicine consultations. " * 6})
    for lang in ("ru", "kk", "en"):
        path = tmp_path / f"{lang}.pdf"
        path.write_bytes(ctx.documents.render("protocol", mid, lang))
        out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                             check=True)
        lines = [line.strip() for line in out.stdout.decode("utf-8").splitlines()]
        vocabulary = _vocabulary({lang: ctx.views.meeting(mid, lang)})
        text = ""
        hyphenated = 0
        for line in lines:
            if text.endswith("-") and line[:1].islower():
                joined = WORD.findall(text)[-1] + WORD.findall(line)[0]
                if joined.casefold() in vocabulary:  # a hyphen the line break added
                    text, line, hyphenated = text[:-1], line, hyphenated + 1
                    text += line
                    continue
            text += " " + line
        strays = {w for w in WORD.findall(text) if w.casefold() not in vocabulary and len(w) > 1}
        assert not strays, f"{lang}: pieces of broken words: {sorted(strays)[:20]}"
        if lang == "ru":
            assert hyphenated, "Russian justified text is hyphenated by its dictionary"


# --- bilingual parts and metadata ---------------------------------------------------------------
def page_languages(pdf: bytes) -> list[set[str]]:
    import pikepdf

    with pikepdf.open(io.BytesIO(pdf)) as doc:
        return [set(re.findall(rb"/Lang \(([a-zA-Z-]+)\)", page.Contents.read_bytes()
                               if not isinstance(page.Contents, pikepdf.Array)
                               else b"".join(c.read_bytes() for c in page.Contents))) for page in doc.pages]


def test_each_part_of_a_signed_bilingual_protocol_carries_the_fingerprint_and_its_language(demo):
    ctx, mid = demo
    signed = ctx.protocols.sign(mid, "kk+ru")
    pdf = ctx.documents.render("protocol", mid, "kk+ru")
    texts = pages(pdf)
    russian = next(i for i, p in enumerate(texts) if "ПРОТОКОЛ" in p)
    kazakh, rest = " ".join(texts[:russian]), " ".join(texts[russian:])
    assert signed["fingerprint"] in kazakh and signed["fingerprint"] in rest
    assert "Хаттама деректерінің бақылау сомасы" in kazakh and "Контрольная сумма данных протокола" not in kazakh
    assert "Контрольная сумма данных протокола" in rest and "бақылау сомасы" not in rest
    reader = PdfReader(io.BytesIO(pdf))
    # a QR code is one path of many rectangles: one such page in each part
    with_qr = [i for i, p in enumerate(reader.pages) if p.get_contents().get_data().count(b" re") > 50]
    assert len(with_qr) == 2 and with_qr[0] < russian <= with_qr[1], with_qr
    languages = [{lang.decode() for lang in s} for s in page_languages(pdf)]
    assert all(s == {"kk-KZ"} for s in languages[:russian]) and all(s == {"ru-RU"} for s in languages[russian:])


def test_pdf_dates_carry_the_offices_time_zone(demo):
    ctx, mid = demo
    info = PdfReader(io.BytesIO(ctx.documents.render("protocol", mid, "ru"))).metadata
    assert info["/CreationDate"] == "D:20260220123000+05'00'" == info["/ModDate"]  # the end, Almaty time
    ctx.settings.update({"time_zone": "Europe/Moscow"})
    info = PdfReader(io.BytesIO(ctx.documents.render("agenda", mid, "ru"))).metadata
    assert info["/CreationDate"] == "D:20260220123000+03'00'"


def test_a_signed_version_is_dated_with_its_signing_time_and_keeps_its_bytes(demo):
    """The signed file's dates (document information and XMP) are when it was signed, in the office's
    time zone at signing; a later change of the time zone changes no print of it, so copies still verify."""
    import datetime as dt

    ctx, mid = demo
    before = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    signed = ctx.protocols.sign(mid, "ru")
    after = dt.datetime.now(dt.timezone.utc)
    stored = ctx.protocols.signed_pdf(mid)
    issued = dt.datetime.fromisoformat(ctx.views.meeting(mid, "ru")["protocol_issues"][-1]["issued_at"])
    local = issued.replace(tzinfo=dt.timezone.utc).astimezone(dt.timezone(dt.timedelta(hours=5)))
    assert before <= local <= after
    stamp = local.strftime("D:%Y%m%d%H%M%S+05'00'")
    info = PdfReader(io.BytesIO(stored)).metadata
    assert info["/CreationDate"] == stamp == info["/ModDate"] and not stamp.startswith("D:20260220")
    meta = assert_pdfa_2b(stored)  # the stored signed file is the archival copy itself
    assert meta["xmp:CreateDate"] == local.isoformat() == meta["xmp:ModifyDate"]
    kk = ctx.documents.render("protocol", mid, "kk+ru")  # another layout of the version: the same time
    assert PdfReader(io.BytesIO(kk)).metadata["/CreationDate"] == stamp
    # the office moves to another time zone: the signed version prints as it was signed
    ctx.settings.update({"time_zone": "Europe/Moscow"})
    assert ctx.documents.render("protocol", mid, "ru") == stored
    assert ctx.documents.render("protocol", mid, "kk+ru") == kk
    assert ctx.protocols.verify(pdf=kk)["match"] == "print" and ctx.protocols.verify(pdf=stored)["match"] == "file"
    assert ctx.protocols.check_prints()["ok"]
    assert signed["fingerprint"] in " ".join(pages(kk))


def test_a_version_signed_before_its_print_time_was_stored_prints_as_it_was_signed(demo):
    """A letterhead record without the print time (every version signed before it was stored) renders
    as such versions were signed: dated with the meeting's end, plain PDF; so their copies still verify."""
    import json

    import pikepdf

    from council_desktop.documents import render_protocol
    from council_desktop.services.base import driver_connection
    from council_desktop.services.readmodel import SETTINGS_DEFAULTS, all_views, letterhead
    from council_desktop.services.signed import LETTERHEAD, print_signed
    from council_desktop.store import snapshot

    ctx, mid = demo
    with ctx.sessions() as s:
        views = all_views(snapshot.load_meeting(driver_connection(s), mid))
    record = json.dumps({k: "" for k in LETTERHEAD})
    old = print_signed(views, "ru", "0" * 64, record, "")
    assert old == render_protocol({"ru": views["ru"]}, "ru", fingerprint="0" * 64,
                                  letterhead=letterhead(SETTINGS_DEFAULTS | json.loads(record)), restriction="")
    assert PdfReader(io.BytesIO(old)).metadata["/CreationDate"] == "D:20260220123000+05'00'"
    with pikepdf.open(io.BytesIO(old)) as pdf:
        assert "/OutputIntents" not in pdf.Root


# --- nothing silently in the wrong language ------------------------------------------------------
def test_the_command_warns_of_every_text_lacking_the_documents_language(db_path, tmp_path, capsys, monkeypatch):
    from council_desktop.app import AppContext
    from council_desktop.cli import main

    monkeypatch.setenv("COUNCIL_LANG", "en")
    ctx = AppContext.open(db_path, create=True)
    mid = ctx.demo.load()
    view = ctx.views.meeting_record(mid)
    russian_title = view["agenda"][1]["title_ru"]
    ctx.meetings.update_item(view["agenda"][1]["id"], {"title_kk": ""})
    ctx.close()
    # the protocol: the item without its Kazakh title is named, and only it
    out = tmp_path / "p.pdf"
    assert main(["--db", str(db_path), "protocol", str(mid), "--lang", "kk", "--out", str(out)]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["council: warning: item title 2 has no Kazakh text: the document prints another language's "
                   "or nothing"]
    assert russian_title[:40] in words(out.read_bytes())  # printed, but not silently
    # the chair's script prints the items' notes, written in Russian
    assert main(["--db", str(db_path), "document", "script", str(mid), "--lang", "kk", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "item notes 1 has no Kazakh text" in err and "item title 2" in err
    assert main(["--db", str(db_path), "document", "script", str(mid), "--lang", "ru", "--out", str(out)]) == 0
    assert "warning" not in capsys.readouterr().err


def test_a_complete_kazakh_protocol_has_no_warning_and_no_russian_text(demo):
    from council_desktop.services.base import driver_connection
    from council_desktop.services.language_check import language_gaps, written_in
    from council_desktop.store.snapshot import load_meeting

    ctx, mid = demo
    with ctx.sessions.begin() as s:
        m = load_meeting(driver_connection(s), mid)
        assert language_gaps(m, "kk") == [] and language_gaps(m, "ru") == []
        assert [g.params["ident"] for g in language_gaps(m, "kk", notes=True)] == [1, 2, 4]
    kk = words(ctx.documents.render("protocol", mid, "kk"))
    ru = ctx.views.meeting(mid, "ru")
    for item in ru["agenda"]:
        assert item["title"][:30] not in kk
    assert written_in("Видео операции") == "ru" and written_in("Қысқаша") == "kk" and written_in("Video") == "en"


# --- dates that fit ------------------------------------------------------------------------------
def test_an_assignment_due_before_its_meeting_is_refused_and_nothing_changes(demo, db_path):
    import sqlite3

    from council_desktop.domain.errors import CouncilError

    ctx, mid = demo
    resolution = ctx.views.meeting_record(mid)["agenda"][1]["resolutions"][0]
    task = {"ru": "Подготовить отчёт.", "kk": "Есеп дайындау.", "en": "Prepare a report."}
    before = sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM assignment").fetchone()[0]
    with pytest.raises(CouncilError) as refused:
        ctx.minutes.add_assignment(resolution["id"], task, deadline="2026-02-19")
    assert refused.value.code == "deadline_before_meeting"
    assert "2026-02-19" in refused.value.message("ru") and "раньше заседания" in refused.value.message("ru")
    assert sqlite3.connect(db_path).execute("SELECT COUNT(*) FROM assignment").fetchone()[0] == before
    existing = resolution["assignments"][0]
    with pytest.raises(CouncilError):
        ctx.minutes.update_assignment(existing["id"], deadline="2025-12-31")
    assert ctx.views.meeting_record(mid)["agenda"][1]["resolutions"][0]["assignments"][0]["deadline"] == \
        existing["deadline"]
    ctx.minutes.add_assignment(resolution["id"], task, deadline="2026-02-20")  # on the day: fits


def test_a_membership_term_ending_before_it_starts_is_refused(demo):
    from council_desktop.domain.errors import CouncilError

    ctx, _ = demo
    body = ctx.registry.bodies("ru")[0]["id"]
    person = ctx.registry.people("Касымова")[0]["id"]
    with pytest.raises(CouncilError) as refused:
        ctx.records.create("membership", {"body_id": body, "person_id": person, "role": "member",
                                          "start_date": "2026-03-01", "end_date": "2026-02-01"})
    assert refused.value.code == "date_order"


def test_council_check_flags_items_past_the_planned_end_and_deadlines_before_the_meeting(demo, db_path, capsys):
    import sqlite3

    from council_desktop.cli import main

    ctx, mid = demo
    assert main(["--db", str(db_path), "check"]) == 0
    assert "FAIL" not in capsys.readouterr().out
    ctx.meetings.update(mid, {"end_time": "11:00"})  # the items are planned for longer
    con = sqlite3.connect(db_path)  # a deadline recorded before the rule
    with con:
        con.execute("UPDATE assignment SET deadline = '2026-01-10' WHERE id = (SELECT MIN(id) FROM assignment)")
    assert main(["--db", str(db_path), "check"]) != 0
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if "dates_fit" in x)
    assert line.startswith("FAIL") and "past its planned end 11:00" in line and "due 2026-01-10" in line


# --- the archival copy (PDF/A-2b) ------------------------------------------------------------------
def assert_pdfa_2b(data: bytes) -> dict:
    """The structure PDF/A-2b asks for, read back with pikepdf (no validator is reachable here): the PDF/A
    identification in the XMP, matching the document information, an sRGB output intent with its ICC
    profile, every font embedded, no encryption, no transparency.  Returns the XMP's entries."""
    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        assert "/Encrypt" not in pdf.trailer and len(pdf.trailer.ID) == 2
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] == "2" and meta["pdfaid:conformance"] == "B"
        assert meta["dc:title"] == str(pdf.docinfo["/Title"])
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1" and str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
        icc = intent.DestOutputProfile
        profile = icc.read_bytes()
        assert int(icc.N) == 3 and profile[36:40] == b"acsp" and profile[16:20] == b"RGB "
        fonts = {}
        for page in pdf.pages:
            for name, font in page.Resources.get("/Font", {}).items():
                fonts[str(font.BaseFont)] = font
            for gs in page.Resources.get("/ExtGState", {}).values():  # no transparency
                assert "/SMask" not in gs or gs.SMask == "/None"
                assert float(gs.get("/CA", 1)) == 1 and float(gs.get("/ca", 1)) == 1
            assert "/Group" not in page
        assert len(fonts) >= 2
        for name, font in fonts.items():
            assert "/FontFile2" in font.FontDescriptor, f"{name} is embedded"
        return {key: meta[key] for key in ("dc:title", "xmp:CreateDate", "xmp:ModifyDate")}


def test_the_archival_copy_is_pdfa_2b_by_its_structure(demo, tmp_path, capsys):
    """No validator (veraPDF) is reachable here: the structure PDF/A-2b asks for is read back with pikepdf."""
    import pikepdf

    from council_desktop.cli import main

    ctx, mid = demo
    out = tmp_path / "archival.pdf"
    assert main(["--db", str(ctx.engine.url.database), "protocol", str(mid), "--lang", "kk+ru", "--pdfa",
                 "--out", str(out)]) == 0
    capsys.readouterr()
    data = out.read_bytes()
    assert data == ctx.documents.render("protocol", mid, "kk+ru", pdfa=True), "the same bytes every time"
    meta = assert_pdfa_2b(data)
    assert "Хаттама № 1/1" in meta["dc:title"] and meta["xmp:CreateDate"] == "2026-02-20T12:30:00+05:00"
    # the same draft without the flag is no archival copy
    with pikepdf.open(io.BytesIO(ctx.documents.render("protocol", mid, "kk+ru"))) as pdf:
        assert "/OutputIntents" not in pdf.Root


# --- a real digital signature (PAdES) ------------------------------------------------------------
def make_test_ca(tmp_path, passphrase: bytes = b"secret"):
    """A throw-away root CA and an official's RSA key and certificate issued by it, as PKCS#12."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    def name(cn):
        return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"), x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca = (x509.CertificateBuilder().subject_name(name("Test Root CA")).issuer_name(name("Test Root CA"))
          .public_key(ca_key.public_key()).serial_number(1).not_valid_before(start)
          .not_valid_after(start + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(True, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (x509.CertificateBuilder().subject_name(name("Жумабекова Динара")).issuer_name(ca.subject)
            .public_key(key.public_key()).serial_number(2).not_valid_before(start)
            .not_valid_after(start + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    (tmp_path / "official.p12").write_bytes(pkcs12.serialize_key_and_certificates(
        b"official", key, cert, [ca], serialization.BestAvailableEncryption(passphrase)))
    (tmp_path / "root.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    return tmp_path / "official.p12", tmp_path / "root.pem"


def test_a_signed_protocol_carries_a_pades_signature_that_fails_after_one_byte_changes(demo, tmp_path, capsys,
                                                                                       monkeypatch):
    import datetime as dt

    from council_desktop.cli import main
    from council_desktop.documents.pades import inspect, unsigned

    ctx, mid = demo
    key, root = make_test_ca(tmp_path)
    db = str(ctx.engine.url.database)
    out = tmp_path / "signed.pdf"
    # a draft is not signed digitally either, and nothing is written
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(out), "--sign-with", str(key)]) == 2
    assert "draft" in capsys.readouterr().err and not out.exists()
    ctx.protocols.sign(mid, "ru")
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(out), "--sign-with", str(key)]) == 2
    assert "COUNCIL_KEY_PASSPHRASE" in capsys.readouterr().err and not out.exists()  # no passphrase given
    monkeypatch.setenv("COUNCIL_KEY_PASSPHRASE", "secret")
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(out), "--sign-with", str(key)]) == 0
    capsys.readouterr()
    data = out.read_bytes()
    stored = ctx.documents.render("protocol", mid, "ru")  # the stored signed file
    assert unsigned(data) == stored and data.startswith(stored)  # the signed file, its signature appended
    [report] = inspect(data, [root.read_bytes()])
    assert report.ok and report.trusted and "Жумабекова Динара" in report.signer and "Test Root CA" in report.issuer
    issued = ctx.views.meeting(mid, "ru")["protocol_issues"][-1]["issued_at"]
    assert report.signing_time.startswith(issued)  # the version's signing time, from the data
    # the file's dates are the signing time already (in the office's time zone, as its XMP): left as they are
    assert PdfReader(io.BytesIO(data)).metadata["/ModDate"] == PdfReader(io.BytesIO(stored)).metadata["/ModDate"]
    assert report.signing_time == dt.datetime.fromisoformat(issued).replace(tzinfo=dt.timezone.utc).isoformat()
    # the same key and version: the same bytes
    again = tmp_path / "again.pdf"
    assert main(["--db", db, "protocol", str(mid), "--lang", "ru", "--out", str(again), "--sign-with", str(key)]) == 0
    assert again.read_bytes() == data
    # received: council verify tells the signer and that nothing changed
    assert main(["--db", db, "verify", str(out), "--trust", str(root)]) == 0
    lines = capsys.readouterr().out
    assert "the very file signed" in lines and "digital signature by Common Name: Жумабекова Динара" in lines
    assert "intact, nothing changed after signing; certificate trusted" in lines
    # a root that is no certificate (or no file): one line naming it, exit 2, no traceback
    monkeypatch.setenv("COUNCIL_LANG", "en")
    garbage = tmp_path / "garbage.pem"
    garbage.write_bytes(b"\x30\x82\xff\xff not DER")
    for bad, why in ((garbage, "not a certificate (PEM or DER)"), (tmp_path / "missing.pem", "cannot read the file")):
        assert main(["--db", db, "verify", str(out), "--trust", str(bad)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"council: {bad}: {why}") and len(err.splitlines()) == 1, err
    # one byte of the signed range changed: the signature fails, and the copy is not recognised
    at = data.index(b"/ByteRange") // 2  # inside the signed range: the protocol itself
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
    [report] = inspect(forged.read_bytes(), [root.read_bytes()])
    assert not report.intact and not report.ok
    assert main(["--db", db, "verify", str(forged), "--trust", str(root)]) == 1
    assert "CHANGED after signing" in capsys.readouterr().out
    # content added after the signature is told apart
    added = tmp_path / "added.pdf"
    added.write_bytes(data + b"\n% appended after signing\n")
    assert main(["--db", db, "verify", str(added)]) == 1
    assert "ADDED after it" in capsys.readouterr().out
    # another root than the one that issued the certificate: not trusted
    (tmp_path / "other").mkdir()
    _, other_root = make_test_ca(tmp_path / "other")
    assert main(["--db", db, "verify", str(out), "--trust", str(other_root)]) == 1
    assert "NOT chained to a trusted root" in capsys.readouterr().out


def test_the_preview_lists_what_lacks_the_documents_language_next_to_the_page(qtbot, demo):
    from council_desktop.ui import i18n
    from council_desktop.ui.protocol_preview import ProtocolPreview

    ctx, mid = demo
    i18n.install("ru")
    try:
        widget = ProtocolPreview(ctx)
        qtbot.addWidget(widget)
        widget.resize(800, 900)
        widget.show()
        with qtbot.waitSignal(widget.rendered, timeout=10000):
            widget.show_meeting(mid, "kk")
        assert not widget.language_gaps.isVisible()  # the demo is complete in Kazakh
        item = ctx.views.meeting_record(mid)["agenda"][2]
        ctx.meetings.update_item(item["id"], {"title_kk": ""})
        with qtbot.waitSignal(widget.rendered, timeout=10000):
            widget.refresh()
        assert widget.language_gaps.isVisible()
        lines = widget.language_gaps.text().splitlines()
        assert lines == ["Нет на языке документа:", "предупреждение: название вопроса 3 — нет текста на языке "
                         "«казахский»: документ напечатает текст на другом языке или ничего"]
    finally:
        i18n.install("en")
