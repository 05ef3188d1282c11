"""Names written with two alphabets: found, repaired, and matched as probable duplicates."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from council_desktop.domain.names import LATIN_TO_CYRILLIC, compare_key, fix_mixed, fold_mixed, marked, mixed_words

CYRILLIC_WORDS = st.text(alphabet="абвгдежзиклмнопрстуфхцчшәғқңөұүһі", min_size=2, max_size=12)


def test_latin_letter_in_a_cyrillic_name_is_found_and_fixed():
    assert mixed_words("Турмухамбетовa Анар") == ["Турмухамбетовa"]
    assert fix_mixed("Турмухамбетовa Анар") == "Турмухамбетова Анар"


def test_cyrillic_letter_in_a_latin_name_goes_the_other_way():
    assert mixed_words("Anаr") == ["Anаr"]
    assert fix_mixed("Anаr") == "Anar"


def test_names_in_one_alphabet_are_left_alone():
    for name in ("Қасымова Гүлмира", "Kassymova Gulmira", "О'Брайен-Смит", "Ли"):
        assert mixed_words(name) == []
        assert fix_mixed(name) == name


@given(CYRILLIC_WORDS, st.data())
def test_one_look_alike_latin_letter_is_always_repaired(word, data):
    swappable = [i for i, c in enumerate(word) if c in {v for v in LATIN_TO_CYRILLIC.values()}]
    if not swappable or len(word) < 3:
        return
    i = data.draw(st.sampled_from(swappable))
    latin = {v: k for k, v in LATIN_TO_CYRILLIC.items()}[word[i]]
    spoiled = word[:i] + latin + word[i + 1:]
    assert compare_key(spoiled) == compare_key(word)
    assert mixed_words(spoiled) == [spoiled]
    assert fix_mixed(spoiled) == word  # one Latin letter among two or more Cyrillic ones


def test_the_letters_folding_changes_are_marked_so_they_can_be_seen():
    assert marked("Петрoв Иван", fold_mixed("Петрoв Иван")) == "Петр[o]в Иван"  # a Latin o
    assert marked("Anаr", fold_mixed("Anаr")) == "An[а]r"  # a Cyrillic а
    assert marked("Иванов", "Иванов") == "Иванов"


def test_compare_key_ignores_case_and_yo():
    assert compare_key("ЁЛКИНА") == compare_key("елкина")
    assert compare_key("ҚАСЫМОВА") == compare_key("Қасымова")


def test_registry_finds_probable_duplicates(demo):
    ctx, _ = demo
    found = ctx.registry.similar_people("КАСЫМОВA", "Г.")  # capitals and a Latin A
    assert [p["surname"] for p in found] == ["Касымова"]
    assert ctx.registry.similar_people("Касымова", "Айгүл") == []  # another given name
    own = found[0]["id"]
    assert ctx.registry.similar_people("Касымова", "Гульмира", exclude_id=own) == []
