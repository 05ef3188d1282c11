"""The protocol and its companions for the demo meeting, read back as a receiving office would."""
from __future__ import annotations

import hashlib
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from council_desktop.documents.labels import LABELS, alphabetical_key
from council_desktop.documents.styles import nobreak

KAZAKH = "әғқңөұүһіӘҒҚҢӨҰҮҺІ"
DOCUMENTS = ("protocol", "agenda", "script", "attendance", "extract", "register")
OPTIONS = {"extract": {"item": 2}, "register": {"as_of": "2026-05-20"}}


def words(pdf: bytes) -> str:
    """All text of the PDF, whitespace (no-break spaces too) folded to single spaces."""
    return " ".join(" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages)


def pdftotext(pdf: bytes, tmp_path) -> str:
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "doc.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True)
    return " ".join(out.stdout.decode("utf-8").split())


def in_order(text: str, parts: list[str]) -> None:
    at = 0
    for part in parts:
        found = text.find(part, at)
        assert found >= 0, f"{part!r} missing after position {at}: …{text[at:at + 200]}…"
        at = found + len(part)


def render(ctx, kind, mid, lang, **options):
    return ctx.documents.render(kind, mid, lang, **(OPTIONS.get(kind, {}) | options))


# --- the protocol ------------------------------------------------------------------------------
REQUISITES = {
    "ru": ["МИНИСТЕРСТВО ЗДРАВООХРАНЕНИЯ РЕСПУБЛИКИ КАЗАХСТАН", "Научно-технический совет", "ПРОТОКОЛ",
           "совместного заседания", "20.02.2026", "№ 1/1", "Астана", "Сопредседатели:", "Секретари:",
           "Присутствовали: 11 чел. (список прилагается)", "Приглашённые:", "Кворум имеется", "ПОВЕСТКА ДНЯ",
           "1. ", "СЛУШАЛИ:", "ПОСТАНОВИЛИ:", "1.1. ", "Принято единогласно", "2. ", "СЛУШАЛИ:",
           "ВЫСТУПИЛИ:", "ПОСТАНОВИЛИ:", "2.1. ", "Голосовали: «за» — 11, «против» — 0, «воздержались» — 0",
           "Председатель НТС МЗ РК", "Секретарь НТС МЗ РК", "Приложение к протоколу № 1/1 от 20.02.2026", "Список присутствовавших"],
    "kk": ["ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ДЕНСАУЛЫҚ САҚТАУ МИНИСТРЛІГІ", "Ғылыми-техникалық кеңесі",
           "Бірлескен отырыстың ХАТТАМАСЫ",
           "20.02.2026", "№ 1/1", "Астана қ.", "Тең төрағалар:", "Хатшылар:",
           "Қатысқандар: 11 адам (тізімі қоса беріледі)", "Шақырылғандар:", "Кворум бар", "КҮН ТӘРТІБІ",
           "ТЫҢДАЛДЫ:", "ҚАУЛЫ ЕТТІ:", "1.1. ", "Бірауыздан қабылданды", "ТЫҢДАЛДЫ:", "СӨЙЛЕГЕНДЕР:",
           "ҚАУЛЫ ЕТТІ:", "2.1. ", "«жақтап» — 11, «қарсы» — 0, «қалыс» — 0", "ҚР ДСМ ҒТК төрағасы", "ҚР ДСМ ҒТК хатшысы",
           "20.02.2026 № 1/1 хаттамаға қосымша", "Қатысқандар тізімі"],
    "en": ["MINISTRY OF HEALTH OF THE REPUBLIC OF KAZAKHSTAN", "Scientific and Technical Council", "MINUTES",
           "of the joint meeting", "20.02.2026", "No. 1/1", "Astana", "Co-chairs:", "Secretaries:",
           "Present: 11 (list attached)", "Invited:", "A quorum is present", "AGENDA", "HEARD:", "RESOLVED:",
           "1.1. ", "Adopted unanimously", "HEARD:", "SPOKE:", "RESOLVED:", "2.1. ",
           "for — 11, against — 0, abstained — 0", "Chair, STC MoH RK", "Secretary, STC MoH RK",
           "Attachment to minutes No. 1/1 of 20.02.2026", "List of those present"],
}


@pytest.mark.parametrize("lang", ["ru", "kk", "en"])
def test_protocol_prints_every_requisite_in_official_order(demo, lang):
    ctx, mid = demo
    view = ctx.views.meeting(mid, lang)
    text = words(render(ctx, "protocol", mid, lang))
    in_order(text, REQUISITES[lang])
    # signatures as initials and surname: each body's chair, then each body's secretary (a joint meeting)
    chair, secretary = (" ".join(nobreak(view[k]["short_name"]).split()) for k in ("chair", "secretary"))
    assert chair == {"kk": "А. Әлназарова", "en": "A. Alnazarova", "ru": "А. Альназарова"}[lang]
    signing = view["signatories"]
    assert [s["chair"]["surname"] for s in signing] == {"kk": ["Әлназарова", "Локшин"], "ru": ["Альназарова", "Локшин"],
                                                        "en": ["Alnazarova", "Lokshin"]}[lang]
    order = [part for key in ("chair", "secretary") for s in signing
             for part in (LABELS[f"{key}_of"][lang].format(body=s["body"]),
                          " ".join(nobreak(s[key]["short_name"]).split()))]
    in_order(text[text.rindex(LABELS["chair_of"][lang].format(body=signing[0]["body"])):], order)
    assert order[1] == chair and order[5] == secretary
    # every agenda item, in order, and every resolution number
    in_order(text, [f"{i['position']}. {i['title'][:30]}" for i in view["agenda"]])
    in_order(text, [r["number"] + ". " for i in view["agenda"] for r in i["resolutions"]])
    # invited persons apart, with their organisation
    guests = [a for a in view["attendance"] if a["guest"]]
    assert guests and all(g["organization"][:20] in text for g in guests)


def test_unsigned_protocol_is_a_draft_without_fingerprint(demo):
    ctx, mid = demo
    for lang, mark in (("ru", "ПРОЕКТ"), ("kk", "ЖОБА"), ("en", "DRAFT")):
        pdf = render(ctx, "protocol", mid, lang)
        reader = PdfReader(io.BytesIO(pdf))
        assert all(mark in (p.extract_text() or "") for p in reader.pages)
        assert "SHA-256" not in words(pdf)


def test_kazakh_letters_extract_as_the_same_letters(demo, tmp_path):
    ctx, mid = demo
    ctx.settings.update({"letterhead_kk": "Һәм ғылым қоғамы ұлттық ңөү орталығы"})  # printed in capitals
    ctx.meetings.update(mid, {"place_kk": "әғқңөұүһі көшесі"})
    pdf = render(ctx, "protocol", mid, "kk")
    for text in (words(pdf), pdftotext(pdf, tmp_path)):
        assert "ҺӘМ ҒЫЛЫМ ҚОҒАМЫ ҰЛТТЫҚ ҢӨҮ ОРТАЛЫҒЫ" in text
        assert "әғқңөұүһі көшесі" in text
        assert all(ch in text for ch in KAZAKH)
        assert "Әлназарова" in text and "Ақшолақов" in text


@pytest.mark.parametrize("kind", DOCUMENTS)
@pytest.mark.parametrize("lang", ["ru", "kk", "en", "kk+ru"])
def test_every_document_embeds_its_fonts_and_passes_qpdf(demo, tmp_path, kind, lang):
    ctx, mid = demo
    path = tmp_path / f"{kind}.pdf"
    ctx.documents.write(kind, mid, lang, path, **OPTIONS.get(kind, {}))
    if not shutil.which("pdffonts") or not shutil.which("qpdf"):
        pytest.skip("pdffonts (poppler-utils) or qpdf is not installed")
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows, "the document has fonts"
    for row in rows:
        emb, sub = row.split()[-5:-3]
        assert (emb, sub) == ("yes", "yes"), f"font not embedded as a subset: {row}"
        assert "Liberation" in row
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True, check=False)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "No syntax or stream encoding errors" in check.stdout


@pytest.mark.parametrize("kind", DOCUMENTS)
def test_same_data_renders_the_same_bytes(demo, kind):
    ctx, mid = demo
    first = render(ctx, kind, mid, "kk")
    assert render(ctx, kind, mid, "kk") == first
    ctx.meetings.update(mid, {"city_kk": "Алматы қ."})
    assert render(ctx, kind, mid, "kk") != first, "the bytes follow the data"


def test_metadata_title_subject_author_language_and_date(demo):
    ctx, mid = demo
    reader = PdfReader(io.BytesIO(render(ctx, "protocol", mid, "kk+ru")))
    meta = reader.metadata
    assert meta.title == "Хаттама № 1/1 (20.02.2026) / Протокол № 1/1 (20.02.2026)"
    assert meta.author == "Қазақстан Республикасы Денсаулық сақтау министрлігі"
    assert meta.subject.startswith("Бірлескен отырыс: Қазақстан Республикасы Денсаулық сақтау министрлігінің "
                                   "Ғылыми-техникалық кеңесі; ")
    assert reader.trailer["/Root"]["/Lang"] == "kk-KZ"
    assert str(meta["/CreationDate"]).startswith("D:20260220")  # the meeting's day, not the clock
    subject = PdfReader(io.BytesIO(render(ctx, "agenda", mid, "ru"))).metadata.subject
    assert subject.startswith("Совместное заседание: Научно-технический совет Министерства здравоохранения")


def test_signing_stores_the_pdf_hash_and_prints_the_fingerprint(demo, tmp_path):
    ctx, mid = demo
    signed = ctx.protocols.sign(mid, "kk")
    stored = ctx.protocols.signed_pdf(mid, layout="kk")
    assert hashlib.sha256(stored).hexdigest() == signed["sha256"]
    text = words(stored)
    assert signed["fingerprint"] in text and "SHA-256" in text
    assert "ЖОБА" not in text, "a signed protocol is no draft"
    assert f"SHA-256 {signed['fingerprint']}" == PdfReader(io.BytesIO(stored)).metadata["/Keywords"]
    # the document service gives back the very file that was signed
    assert ctx.documents.render("protocol", mid, "kk") == stored
    path = ctx.documents.write("protocol", mid, "kk", tmp_path / "signed.pdf")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == signed["sha256"]


def test_restriction_mark_on_every_page(demo):
    ctx, mid = demo
    pdf = render(ctx, "protocol", mid, "ru", restriction="Для служебного пользования")
    pages = PdfReader(io.BytesIO(pdf)).pages
    assert len(pages) >= 3
    assert all("Для служебного пользования" in (p.extract_text() or "") for p in pages)
    ctx.meetings.update(mid, {"restriction": "ДСП"})  # the meeting's own mark, when none is given
    assert all("ДСП" in (p.extract_text() or "") for p in PdfReader(io.BytesIO(render(ctx, "extract", mid, "ru"))).pages)


def test_bilingual_protocol_is_kazakh_then_russian(demo):
    ctx, mid = demo
    pdf = render(ctx, "protocol", mid, "kk+ru")
    pages = [" ".join((p.extract_text() or "").split()) for p in PdfReader(io.BytesIO(pdf)).pages]
    text = " ".join(pages)
    in_order(text, ["ХАТТАМА", "КҮН ТӘРТІБІ", "төрағасы", "ПРОТОКОЛ", "ПОВЕСТКА ДНЯ", "Председатель"])
    russian = next(i for i, p in enumerate(pages) if "ПРОТОКОЛ" in p)
    assert russian > 0 and "Протокол № 1/1 от 20.02.2026" in pages[russian], "Russian pages head in Russian"
    assert "хаттама" in pages[1]


# --- companions ------------------------------------------------------------------------------
def test_agenda_lists_items_rapporteurs_and_presentations(demo):
    ctx, mid = demo
    view = ctx.views.meeting(mid, "kk")
    text = words(render(ctx, "agenda", mid, "kk"))
    in_order(text, ["КҮН ТӘРТІБІ", "20.02.2026", "Отырыс 2026 жылғы 20 ақпанда сағат 10:00-де өтеді."]
             + [f"{i['position']}. {i['title'][:25]}" for i in view["agenda"]])
    assert "Жоба таныстырылымы" in text and "Рахымжанова" in text


def test_chairs_script_computes_times_from_start_and_planned_minutes(demo):
    ctx, mid = demo
    text = words(render(ctx, "script", mid, "ru"))
    # demo: 10:00 start, 15 + 45 + 30 + 40 minutes
    in_order(text, ["СЦЕНАРИЙ ПРОВЕДЕНИЯ ЗАСЕДАНИЯ", "Для внутреннего пользования", "10:00", "Открытие заседания",
                    "10:00–10:15", "10:15–11:00", "11:00–11:30", "11:30–12:10", "12:10", "Закрытие заседания",
                    "Плановое окончание: 12:30"])
    assert "Приказ о составе — в папке участника." in text  # the chair's internal notes


def test_attendance_sheet_has_everyone_and_a_signature_column(demo):
    ctx, mid = demo
    view = ctx.views.meeting(mid, "kk")
    text = words(render(ctx, "attendance", mid, "kk"))
    assert "ҚАТЫСУ ПАРАҒЫ" in text and text.count("Қолы") >= 1
    members = sorted((a for a in view["attendance"] if not a["guest"]),
                     key=lambda a: alphabetical_key(a["surname"]))
    in_order(text, [m["name"] for m in members])
    assert all(a["name"] in text for a in view["attendance"])  # absent members too: it is signed on arrival


def test_extract_has_only_the_item_and_is_certified(demo):
    ctx, mid = demo
    ctx.protocols.sign(mid, "ru")  # only a signed version is certified (test_documents_records_office)
    for lang, certified in (("ru", "Верно"), ("kk", "Дұрыс"), ("en", "True copy")):
        text = words(render(ctx, "extract", mid, lang))
        title = {"kk": "ХАТТАМАСЫНАН ҮЗІНДІ"}.get(lang, LABELS["extract_doc"][lang])  # «Бірлескен отырыс …»
        in_order(text, [title, "20.02.2026", LABELS["heard"][lang], "2.1. ", "2.2. ",
                        LABELS["chair_of"][lang].format(body=ctx.views.meeting(mid, lang)["signatories"][0]["body"]),
                        certified, LABELS["secretary"][lang]])
        assert "1.1. " not in text and "3.1. " not in text


def test_register_marks_overdue_assignments_as_of_a_date(demo):
    ctx, mid = demo
    deadlines = sorted(a["deadline"] for a in ctx.minutes.assignments("ru") if a["meeting_id"] == mid)
    assert len(deadlines) >= 5
    early = words(ctx.documents.render("register", mid, "ru", as_of="2026-01-15"))
    late = words(ctx.documents.render("register", mid, "ru", as_of="2026-07-01"))
    assert "РЕЕСТР РЕШЕНИЙ И ПОРУЧЕНИЙ" in early and "По состоянию на 15.01.2026" in early
    assert "просрочено" not in early and early.count("на исполнении") == len(deadlines)
    assert late.count("просрочено") == sum(d < "2026-07-01" for d in deadlines)
    assert late.count("на исполнении") == sum(d >= "2026-07-01" for d in deadlines)
    in_order(late, ["Решения заседания", "1.1", "2.1", "Поручения и их исполнение", "Срок"])
    # a done assignment is no longer overdue
    first = next(a for a in ctx.minutes.assignments("ru") if a["deadline"] == deadlines[0])
    ctx.minutes.set_assignment_status(first["id"], "done", done_on="2026-01-20")
    late = words(ctx.documents.render("register", mid, "ru", as_of="2026-07-01"))
    assert late.count("просрочено") == sum(d < "2026-07-01" for d in deadlines) - 1
    assert "исполнено 20.01.2026" in late


def test_unknown_item_or_document_is_refused(demo):
    from council_desktop.domain.errors import CouncilError

    ctx, mid = demo
    with pytest.raises(CouncilError, match="agenda item 9"):
        ctx.documents.render("extract", mid, "ru", item=9)
    with pytest.raises(CouncilError):
        ctx.documents.render("extract", mid, "ru")
    with pytest.raises(CouncilError, match="language"):
        ctx.documents.render("agenda", mid, "de")
    with pytest.raises(CouncilError, match="meeting 77"):
        ctx.documents.render("protocol", 77, "ru")


def test_write_leaves_nothing_behind_when_it_cannot_write(demo, tmp_path):
    from council_desktop.domain.errors import CouncilError

    ctx, mid = demo
    target = tmp_path / "folder"
    target.mkdir()
    with pytest.raises(CouncilError, match="cannot write"):
        ctx.documents.write("agenda", mid, "ru", target)  # a folder is in the way
    assert list(target.iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")], "no temporary file left"


def qr_modules_on_page(page) -> list[list[bool]]:
    """The QR code's dark modules as drawn on the page: one "x y w h re" per run of a row."""
    import re as regex

    ops = [tuple(map(float, m)) for m in regex.findall(
        rb"(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re", page.get_contents().get_data())]
    heights = [h for *_, h in ops]
    box = max(set(heights), key=heights.count)  # the module size: by far the most frequent height
    runs = [(x, y, w) for x, y, w, h in ops if abs(h - box) < 1e-3]
    top = max(y for _, y, _ in runs)
    count = round((top - min(y for _, y, _ in runs)) / box) + 1
    left = min(x for x, _, _ in runs)
    grid = [[False] * count for _ in range(count)]
    for x, y, w in runs:
        r, c = round((top - y) / box), round((x - left) / box)
        for k in range(round(w / box)):
            grid[r][c + k] = True
    return grid


def test_qr_code_carries_number_date_and_fingerprint(demo):
    from reportlab.graphics.barcode import qrencoder

    ctx, mid = demo
    signed = ctx.protocols.sign(mid, "ru")
    reader = PdfReader(io.BytesIO(ctx.protocols.signed_pdf(mid, layout="ru")))
    page = next(p for p in reader.pages if signed["fingerprint"] in " ".join((p.extract_text() or "").split()))
    expected = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    expected.addData(f"MINUTES No 1/1; 2026-02-20; SHA-256 {signed['fingerprint']}")
    expected.make()
    assert qr_modules_on_page(page) == [[bool(m) for m in row] for row in expected.modules]


def test_amended_protocol_says_its_revision_and_keeps_the_first(demo):
    ctx, mid = demo
    first = ctx.protocols.sign(mid, "ru")
    assert "Редакция" not in words(ctx.protocols.signed_pdf(mid, layout="ru"))
    ctx.protocols.amend(mid, "исправлена опечатка")
    assert "Редакция 2" in words(render(ctx, "protocol", mid, "ru"))  # the draft of the next version
    second = ctx.protocols.sign(mid, "ru")
    assert second["revision"] == 2
    v2 = ctx.protocols.signed_pdf(mid, revision=2, layout="ru")
    assert "Редакция 2" in words(v2) and hashlib.sha256(v2).hexdigest() == second["sha256"]
    v1 = ctx.protocols.signed_pdf(mid, revision=1, layout="ru")
    assert hashlib.sha256(v1).hexdigest() == first["sha256"]
    assert ctx.documents.render("protocol", mid, "ru") == v2  # the latest signed file


@pytest.mark.parametrize("lang, position, after_name, foreign", [
    ("kk", "Қазақстан Республикасының Денсаулық сақтау министрі",
     "Қазақстан Республикасының Денсаулық сақтау министрі", "инистр здравоохранения"),
    ("en", "Minister of Health of the Republic of Kazakhstan",
     "Minister of Health of the Republic of Kazakhstan", "инистр здравоохранения"),
    # Russian running text puts a position after a name in lower case; a table cell keeps it as stored
    ("ru", "Министр здравоохранения Республики Казахстан", "министр здравоохранения Республики Казахстан",
     "Денсаулық сақтау министрі"),
])
def test_positions_print_in_the_language_of_the_protocol(demo, lang, position, after_name, foreign):
    ctx, mid = demo
    protocol, sheet = words(render(ctx, "protocol", mid, lang)), words(render(ctx, "attendance", mid, lang))
    assert position in sheet and after_name in protocol
    assert foreign not in sheet and foreign not in protocol
    # the chair's line names the position in that language
    in_order(protocol, [LABELS["co_chairs"][lang] + ":", after_name, LABELS["secretaries"][lang] + ":"])


def test_russian_running_text_lowers_a_position_or_a_speech_after_a_name_but_not_an_abbreviation(demo):
    from council_desktop.documents.protocol import after_name

    ctx, mid = demo
    text = words(render(ctx, "protocol", mid, "ru"))
    assert "Докладчик: Ж.Б. Сейтказина, к.м.н., директор департамента науки" in text
    assert "А. Альназарова — подчеркнула, что развитие отечественной науки" in text
    assert "В. Локшин, академик НАН РК, д.м.н., профессор, генеральный директор, Институт репродуктивной медицины" in text
    assert [after_name(x, "ru") for x in ("НИИ кардиологии, директор", "ALEM project lead", "Врач-ординатор", "  ",
                                          "Я", None)] == [
        "НИИ кардиологии, директор", "ALEM project lead", "врач-ординатор", "  ", "Я", None]
    assert after_name("Ректор", "en") == "Ректор"


def test_quorum_names_the_bodies_in_the_language_of_the_protocol(demo):
    ctx, mid = demo
    english = words(render(ctx, "protocol", mid, "en"))
    assert "НТС МЗ РК" not in english and "STC MoH RK: 10 of 11" in english
    assert "НТС МЗ РК: присутствуют 10 из 11" in words(render(ctx, "protocol", mid, "ru"))
    assert "ҚР ДСМ ҒТК: " in words(render(ctx, "protocol", mid, "kk"))
    # no short name in that language: the full name, never another language's abbreviation
    body = next(b for b in ctx.registry.bodies() if b["short_name"] == "НТС МЗ РК")
    ctx.records.update("council_body", body["id"], {"short_name_en": ""})
    english = words(render(ctx, "protocol", mid, "en"))
    assert "НТС МЗ РК" not in english
    assert "Scientific and Technical Council of the Ministry of Health of the Republic of Kazakhstan: 10 of 11" \
        in english


@pytest.mark.parametrize("lang, revision, reason", [
    ("ru", "Редакция 2", "Основание внесения изменений: исправлена опечатка в п. 2.1"),
    ("kk", "2-редакция", "Өзгерістер енгізу негізі: исправлена опечатка в п. 2.1"),
    ("en", "Revision 2", "Reason for the amendment: исправлена опечатка в п. 2.1"),
])
def test_amended_protocol_prints_why_it_was_amended(demo, lang, revision, reason):
    ctx, mid = demo
    ctx.protocols.sign(mid, lang)
    assert revision not in words(ctx.protocols.signed_pdf(mid, layout=lang))
    ctx.protocols.amend(mid, "исправлена опечатка в п. 2.1")
    in_order(words(render(ctx, "protocol", mid, lang)), [LABELS["protocol"][lang], revision, reason, "20.02.2026"])
    ctx.protocols.sign(mid, lang)
    signed = words(ctx.protocols.signed_pdf(mid, revision=2, layout=lang))
    in_order(signed, [LABELS["protocol"][lang], revision, reason, "20.02.2026"])
    assert ctx.views.meeting(mid, lang)["revision_reason"] == "исправлена опечатка в п. 2.1"
    # another language rendered from the signed meeting says the same
    other = "en" if lang != "en" else "ru"
    assert "исправлена опечатка в п. 2.1" in words(render(ctx, "protocol", mid, other))


def test_a_meeting_without_marked_attendance_says_none_present(demo):
    ctx, mid = demo
    planned = next(m["id"] for m in ctx.views.meetings() if m["id"] != mid)
    text = words(render(ctx, "protocol", planned, "kk"))
    assert "Қатысқандар: 0 адам." in text and ": ." not in text


def test_a_resolution_stays_with_its_vote_and_a_heading_with_its_resolution(demo):
    """The Kazakh extract of item 2 breaks its page within the RESOLVED part: the label, resolution 2.1,
    its assignment and its vote go over together."""
    ctx, mid = demo
    pages = [" ".join((p.extract_text() or "").split())
             for p in PdfReader(io.BytesIO(render(ctx, "extract", mid, "kk"))).pages]
    assert len(pages) >= 2
    for i, page in enumerate(pages):
        body = page.replace("ЖОБА", "").strip()
        assert not body.startswith("Дауыс беру"), f"page {i + 1} starts with a vote"
        assert not body.rsplit("хаттамадан үзінді", 1)[0].rstrip().endswith("ҚАУЛЫ ЕТТІ:"), \
            f"page {i + 1} ends with the label"
    holding = next(p for p in pages if "2.1." in p)
    assert "ҚАУЛЫ ЕТТІ:" in holding and "«жақтап» — 11" in holding


def test_script_table_repeats_its_header_only_at_the_top_of_a_page(demo):
    """After the last whole row on a page the next row goes over whole, header first; only a row taller
    than a page breaks inside."""
    ctx, mid = demo
    header = "Time No. Item Min. Notes"
    pages = [" ".join((p.extract_text() or "").split())
             for p in PdfReader(io.BytesIO(render(ctx, "script", mid, "en"))).pages]
    assert len(pages) == 2 and all(p.count(header) == 1 for p in pages)
    item = ctx.views.meeting(mid, "en")["agenda"][1]["id"]
    ctx.meetings.update_item(item, {"notes": "\n".join(f"Note line {n}." for n in range(1, 121))})
    pages = [" ".join((p.extract_text() or "").split())
             for p in PdfReader(io.BytesIO(render(ctx, "script", mid, "en"))).pages]
    text = " ".join(pages)
    assert all(f"Note line {n}." in text for n in range(1, 121)) and len(pages) >= 3
    assert all(p.count(header) == 1 for p in pages)


def test_a_signed_protocol_printed_in_another_language_carries_the_fingerprint_stored_at_signing(demo):
    ctx, mid = demo
    signed = ctx.protocols.sign(mid, "ru")
    for layout in ("kk", "en", "kk+ru"):
        copy = ctx.documents.render("protocol", mid, layout)
        assert PdfReader(io.BytesIO(copy)).metadata["/Keywords"] == f"SHA-256 {signed['fingerprint']}"
        assert signed["fingerprint"] in words(copy) and "ЖОБА" not in words(copy)
    assert ctx.views.meeting(mid)["protocol_issues"][0]["content_sha256"] == signed["fingerprint"]


def test_a_signed_protocol_prints_what_was_signed_whatever_the_registry_says_later(demo):
    import json

    from council_desktop.documents import render_protocol
    from council_desktop.documents.archival import archival
    from council_desktop.services.base import driver_connection
    from council_desktop.services.render import current_issue, office_letterhead
    from council_desktop.services.signed import print_time
    from council_desktop.store import snapshot

    ctx, mid = demo
    signed = ctx.protocols.sign(mid, "ru")
    chair = ctx.registry.people("Альназарова")[0]
    ctx.records.update("person", chair["id"], {"position": "Советник", "position_kk": "Кеңесші", "surname_kk": "Жаңа"},
                       expected_version=chair["version"])
    for layout, kept, changed in (("kk", "Денсаулық сақтау министрі", "Кеңесші"),
                                  ("en", "Minister of Health", "Adviser")):
        copy = words(ctx.documents.render("protocol", mid, layout))
        assert kept in copy and changed not in copy and "Жаңа" not in copy
        assert signed["fingerprint"] in copy
    extract = words(ctx.documents.render("extract", mid, "kk", item=2))
    assert "Жаңа" not in extract and "Әлназарова" in extract
    # the register follows up: it prints the assignments as they stand now
    first = ctx.views.meeting(mid)["agenda"][1]["resolutions"][0]["assignments"][0]
    ctx.minutes.set_assignment_status(first["id"], "done", done_on="2026-03-01")
    assert "исполнено" in words(ctx.documents.render("register", mid, "ru", as_of="2026-03-02"))
    # the stored data renders the very file that was signed: nothing was lost on the way through JSON
    with ctx.sessions() as s:
        conn = driver_connection(s)
        m = snapshot.load_meeting(conn, mid)
        views = json.loads(snapshot.signed(conn, current_issue(m), "content"))
        signed_at = print_time(snapshot.signed(conn, current_issue(m), "letterhead"))
        again = archival(render_protocol({"ru": views["ru"]}, "ru", fingerprint=signed["fingerprint"],
                                         letterhead=office_letterhead(conn), restriction=m.restriction,
                                         signed_at=signed_at))
    assert again == ctx.protocols.signed_pdf(mid)
    # amended: a draft again, printed from the records as they are now
    ctx.protocols.amend(mid, "новый состав")
    draft = words(ctx.documents.render("protocol", mid, "kk"))
    assert "Кеңесші" in draft and "ЖОБА" in draft and signed["fingerprint"] not in draft


def test_a_protocol_signed_before_its_data_was_stored_prints_from_the_records(demo):
    ctx, mid = demo
    signed = ctx.protocols.sign(mid, "ru")
    with ctx.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE protocol_issue SET content = ''")
    copy = words(ctx.documents.render("protocol", mid, "kk"))
    assert signed["fingerprint"] in copy and "ЖОБА" not in copy  # the same records, the same fingerprint
    assert ctx.documents.render("protocol", mid, "ru") == ctx.protocols.signed_pdf(mid)
