"""The languages' names: one home for the window (ui/i18n.language_names, the translation context
"Language"), and every place that names a language shows the same words in Kazakh, Russian and English,
the command line's (domain/errors.LANGUAGE_WORDS) too."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from council_desktop.domain.errors import LANGUAGE_WORDS, CouncilError
from council_desktop.services.preflight import describe
from council_desktop.ui import i18n
from council_desktop.ui.exchange_dialogs import ExportDialog
from council_desktop.ui.meeting_editor import MeetingEditor
from council_desktop.ui.new_meeting_dialog import NewMeetingDialog
from council_desktop.ui.people import PersonEditor
from council_desktop.ui.person_picker import NewPersonDialog
from council_desktop.ui.protocol_preview import ProtocolPreview
from council_desktop.ui.settings_dialog import SettingsDialog

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
# standing alone (a drop-down, a column's heading): ru, kk, en, then the layout kk+ru
ALONE = {"ru": ["Русский", "Казахский", "Английский", "Казахский и русский"],
         "kk": ["Орысша", "Қазақша", "Ағылшынша", "Қазақша және орысша"],
         "en": ["Russian", "Kazakh", "English", "Kazakh and Russian"]}
# inside a label or a sentence: ru, kk, en
INSIDE = {"ru": ["русский", "казахский", "английский"], "kk": ["орысша", "қазақша", "ағылшынша"],
          "en": ["Russian", "Kazakh", "English"]}


@pytest.fixture(params=["kk", "ru", "en"])
def lang(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_names_have_one_context_in_the_translation_files():
    """No other context translates a language's name again (each copy could drift from the others)."""
    names = {"Russian", "Kazakh", "English", "Kazakh and Russian", "Kazakh and Russian side by side"}
    found = sorted({(ts.name.rsplit("_", 1)[0], context.findtext("name"))
                    for ts in TRANSLATIONS.glob("*.ts") for context in ET.parse(ts).getroot().iter("context")
                    for m in context.iter("message") if m.findtext("source") in names})
    assert found == [("shell", "Language")]


def test_every_window_place_shows_the_same_names(demo, qtbot, lang):
    ctx, mid = demo
    assert list(i18n.language_names().values()) == ALONE[lang]
    assert list(i18n.language_names("inside a label").values()) == INSIDE[lang]

    editor = MeetingEditor(ctx, mid)
    qtbot.addWidget(editor)
    assert _items(editor.lang_combo) == ALONE[lang][:3]
    assert _items(editor.protocol_combo) == ALONE[lang]
    assert editor.language_in_label("kk") == INSIDE[lang][1]
    assert editor.lifecycle.layout_value.text().startswith(ALONE[lang][0] + " (")  # the demo prints in Russian

    preview = ProtocolPreview(ctx)
    qtbot.addWidget(preview)
    assert _items(preview.language) == ALONE[lang]
    export = ExportDialog(ctx, mid)
    qtbot.addWidget(export)
    assert _items(export.language) == ALONE[lang]
    settings = SettingsDialog(ctx)
    qtbot.addWidget(settings)
    assert _items(settings.document_language) == ALONE[lang]

    person = PersonEditor(ctx)
    qtbot.addWidget(person)
    surname = {"kk": "Тегі", "ru": "Фамилия", "en": "Surname"}[lang]
    assert [person.fields[f"surname{suffix}"].accessibleName() for suffix in ("", "_kk", "_en")] == \
        [f"{surname} ({name})" for name in ALONE[lang][:3]]

    meeting = NewMeetingDialog(ctx)
    qtbot.addWidget(meeting)
    place = {"kk": "Өтетін орны", "ru": "Место", "en": "Place"}[lang]
    assert [meeting.place[code].accessibleName().replace("&", "") for code in ("ru", "kk", "en")] == \
        [f"{place} ({name})" for name in INSIDE[lang]]
    newcomer = NewPersonDialog(ctx)
    qtbot.addWidget(newcomer)
    assert newcomer.surname.accessibleName() == \
        f"{ {'kk': 'Тегі', 'ru': 'Фамилия', 'en': 'Surname'}[lang]} ({INSIDE[lang][('ru', 'kk', 'en').index(lang)]})"


def test_the_command_line_names_them_as_the_window_does_inside_a_sentence(qapp, lang):
    """A finding and a warning name the language with the window's words (no Qt in the command line)."""
    assert [LANGUAGE_WORDS[code][lang] for code in ("ru", "kk", "en")] == INSIDE[lang]
    finding = {"code": "text_missing", "blocking": False, "params": {"item": 2, "what": "title", "lang": "kk"}}
    assert describe(finding, lang) == {
        "kk": "2-мәселе: атауы — хаттама тілінде (қазақша) мәтін жоқ; хаттамада басқа тілде шығар еді.",
        "ru": "Вопрос 2: название — нет текста на языке протокола (казахский); в протоколе он вышел бы на "
              "другом языке.",
        "en": "Item 2: the title is not written in Kazakh, a language of the protocol (it would print in "
              "another language)."}[lang]
    gap = CouncilError("language_gap", what="meeting", ident="7", field=LANGUAGE_WORDS["kk"]["en"])
    assert gap.message(lang) == {
        "kk": "ескерту: отырыс 7 — қазақша мәтін жоқ: құжатта басқа тілдегі мәтін басылады немесе ештеңе "
              "басылмайды",
        "ru": "предупреждение: заседание 7 — нет текста на языке «казахский»: документ напечатает текст на "
              "другом языке или ничего",
        "en": "warning: meeting 7 has no Kazakh text: the document prints another language's or nothing"}[lang]
