"""A user's mistake is told in their language, the thing or field it is about named in that language too."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from council_desktop.domain.errors import MESSAGES, NAMES, CouncilError, NotFound

SOURCES = Path(__file__).resolve().parent.parent / "council_desktop"
# the places the code names a record or a field for a message
NAMED = [
    r'(?:kind|field|what)="([^"]+)"',
    r'NotFound\("([^"]+)"',
    r'InvalidValue\("([^"]+)"',
    r'\bget(?:_current)?\(\w+, \w+, [^,()]+, "([^"]+)"',
    r'(?:non_negative|parse_date|parse_time|required|check_email)\([^()]*?, "([^"]+)"',
    r'parse_enum\(\w+, [^,()]+(?:\([^()]*\))?, "([^"]+)"',
    r'\breason="([^"]+)"',  # why a file could not be read or written
    r'_unreadable\(path, "([^"]+)"',
    r'\bproblem="([^"]+)"',  # what of a bundle does not follow its format
    r'\bbad\([^()]*?(?:\([^()]*\))?[^()]*?, "([^"]+)"\)',
    r'\bbad\(f"[^"]*", "([^"]+)"\)',
]


def names_in_the_code() -> set[str]:
    found = set()
    for path in SOURCES.rglob("*.py"):
        if ("ui" in path.parts and path.name != "settings_dialog.py") or "migrations" in path.parts:
            continue
        text = path.read_text("utf-8")
        for pattern in NAMED:
            found |= set(re.findall(pattern, text))
    return found


def test_every_problem_a_bundle_value_can_have_is_translated():
    """What `_check_value` says of a value off the bundle's format is carried by bundle_schema's message."""
    import inspect

    from council_desktop.exchange import bundle

    said = set(re.findall(r'"([^"{}]+)"\s*(?:$|#)', inspect.getsource(bundle._check_value), re.M))
    said |= set(bundle._NOT_A.values())
    assert {"empty", "not a UUID", "not a file of this bundle"} <= said  # the scan works
    assert sorted(said - set(NAMES)) == []


def test_every_name_a_message_can_carry_is_translated():
    found = names_in_the_code()
    assert {"meeting", "agenda item", "resolution", "title", "deadline", "attendance status",
            "unknown encoding", "not an image", "not JSON in UTF-8", "not an object",
            "names no record of the bundle", "a field the format does not have", "missing"} <= found  # the scan works
    missing = sorted(found - set(NAMES))
    assert missing == [], f"add these to domain.errors.NAMES in Russian and Kazakh: {missing}"
    for en, (ru, kk) in NAMES.items():
        assert ru and kk and ru != en, en


@pytest.mark.parametrize("lang, expected", [
    ("ru", "заседание 999 не найден(а)"), ("kk", "отырыс 999 табылмады"), ("en", "meeting 999 does not exist")])
def test_a_record_not_found_is_named_in_the_users_language(lang, expected):
    assert NotFound("meeting", 999).message(lang) == expected


def test_a_field_is_named_in_the_users_language_and_a_typed_value_is_not_translated():
    error = CouncilError("invalid_date", field="deadline", value="meeting")
    assert error.message("ru") == "срок: 'meeting' — не дата (ГГГГ-ММ-ДД)"
    assert error.message("kk").startswith("мерзімі: 'meeting'")
    assert set(MESSAGES["not_found"]) == {"en", "ru", "kk"}


def test_why_a_file_could_not_be_written_is_said_in_the_users_language(tmp_path):
    from council_desktop.services.render import write_file

    for target, reason in ((tmp_path / "missing" / "p.pdf", "нет такой папки или файла"), (tmp_path, "это папка")):
        with pytest.raises(CouncilError) as exc:
            write_file(target, b"%PDF")
        assert exc.value.message("ru") == f"{target}: не удаётся записать файл: {reason}"
    assert not list(tmp_path.rglob("*.part"))


def test_every_record_and_field_a_bundle_carries_has_words_in_each_language():
    """The bundle's preview names its records and their fields by NAMES (one word per thing, as the messages
    do): each kind and each column, in Russian and Kazakh, and none is left as the database writes it."""
    from council_desktop.domain.errors import RECORD_KINDS, field_word, record_kind
    from council_desktop.exchange.bundle import COLUMNS, TIMESTAMPS

    assert set(RECORD_KINDS) == set(COLUMNS) and set(RECORD_KINDS.values()) <= set(NAMES)
    for table, columns in COLUMNS.items():
        for column in (c.name for c in columns if c.name not in TIMESTAMPS and c.name != "uuid"):
            words = {lang: field_word(table, column, lang) for lang in ("en", "ru", "kk")}
            assert words["en"].split(" (")[0] in NAMES, (table, column, words)
            for lang in ("ru", "kk"):
                assert "_" not in words[lang] and not re.search("[a-z]{3}", words[lang].replace("PDF", "")), \
                    (table, column, words)
            if column.endswith(("_kk", "_ru", "_en")):
                assert words["ru"].endswith(("(казахский)", "(русский)", "(английский)")), words
        assert not re.search("[a-z]", record_kind(table, "ru") + record_kind(table, "kk")), table
    assert field_word("person", "position", "ru") == "должность"  # a person's post, not a place on the agenda
    assert field_word("agenda_item", "position", "ru") == "место в повестке"
    assert field_word("agenda_item", "title_kk", "kk") == "мәселенің атауы (қазақша)"
