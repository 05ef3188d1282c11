"""Names typed with letters of two alphabets, and probable duplicates.

A Latin "a" inside a Cyrillic name looks right on screen but sorts, searches and
prints wrongly; these pure rules find such words and repair them, and give the key
by which two spellings of one person compare equal.
"""
from __future__ import annotations

import unicodedata

# Latin letters and the Cyrillic letters drawn the same way (Kazakh і and һ included)
LATIN_TO_CYRILLIC = {
    "a": "а", "c": "с", "e": "е", "o": "о", "p": "р", "x": "х", "y": "у", "i": "і", "h": "һ",
    "A": "А", "B": "В", "C": "С", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
    "T": "Т", "X": "Х", "I": "І", "Y": "У",
}
CYRILLIC_TO_LATIN = {cyr: lat for lat, cyr in LATIN_TO_CYRILLIC.items()}


def script(ch: str) -> str | None:
    """"latin", "cyrillic", or None for anything that is not a letter of either."""
    if not ch.isalpha():
        return None
    name = unicodedata.name(ch, "")
    if name.startswith("LATIN"):
        return "latin"
    if name.startswith("CYRILLIC"):
        return "cyrillic"
    return None


def _words(text: str) -> list[str]:
    word, words = [], []
    for ch in text:
        if ch.isalpha():
            word.append(ch)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return words


def mixed_words(text: str) -> list[str]:
    """The words of `text` written with letters of both alphabets."""
    return [w for w in _words(text) if len({script(c) for c in w} - {None}) > 1]


def _fix_word(word: str) -> str:
    scripts = [script(c) for c in word]
    latin, cyrillic = scripts.count("latin"), scripts.count("cyrillic")
    # the alphabet most letters are in is the one meant; a tie goes to Cyrillic (a Kazakh or Russian form)
    table = CYRILLIC_TO_LATIN if latin > cyrillic else LATIN_TO_CYRILLIC
    return "".join(table.get(c, c) for c in word)


def fix_mixed(text: str) -> str:
    """Each mixed word rewritten in the alphabet most of its letters use."""
    out, word = [], []
    for ch in text + "\0":
        if ch.isalpha():
            word.append(ch)
            continue
        if word:
            w = "".join(word)
            out.append(_fix_word(w) if w in mixed_words(w) else w)
            word = []
        if ch != "\0":
            out.append(ch)
    return "".join(out)


def compare_key(text: str) -> str:
    """Casefolded, look-alike Latin letters read as Cyrillic, ё as е: two spellings of one name agree."""
    folded = "".join(LATIN_TO_CYRILLIC.get(c, c) for c in (text or "").strip())
    return folded.casefold().replace("ё", "е")
