"""Names typed with letters of two alphabets, and probable duplicates.

A Latin "a" inside a Cyrillic name looks right on screen but sorts, searches and
prints wrongly; these pure rules find such words and repair them, and give the key
by which two spellings of one person compare equal.
"""
from __future__ import annotations

import functools
import re
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


def fold_mixed(text: str) -> str | None:
    """The text with each word's stray letters of the other script replaced by their look-alikes in
    the word's own (majority) script, from the Unicode confusables table; None when no word mixes
    Latin and Cyrillic."""
    if not (_LATIN.search(text) and _CYRILLIC.search(text)):
        return None  # one script (nearly every name): nothing to look up
    changed, words = False, re.split(r"(\W+)", text)
    for n, word in enumerate(words):
        scripts = [s for s in map(script, word) if s]
        if "latin" not in scripts or "cyrillic" not in scripts:
            continue
        # the alphabet most letters are in is the one meant; a tie goes to Cyrillic (a Kazakh or Russian form)
        target = "cyrillic" if scripts.count("cyrillic") >= scripts.count("latin") else "latin"
        folded = "".join(_look_alike(ch, target) if script(ch) not in (None, target) else ch for ch in word)
        if folded != word:
            words[n], changed = folded, True
    return "".join(words) if changed else None


def marked(written: str, folded: str) -> str:
    """`written` with each letter that folding changes in brackets ("Петр[o]в"), so that a stray Latin
    letter, drawn as its Cyrillic look-alike, can be seen; folding changes letters one for one."""
    if len(written) != len(folded):
        return written
    return "".join(f"[{a}]" if a != b else a for a, b in zip(written, folded))


_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")


@functools.cache
def _look_alike(ch: str, target: str) -> str:
    """`ch` drawn in the `target` script, or `ch` itself where the table knows no single letter."""
    from confusable_homoglyphs import confusables  # its table loads on the first mixed word, not at start

    found = confusables.is_confusable(ch, preferred_aliases=[target], greedy=True) or []
    glyphs = [g["c"] for f in found for g in f["homoglyphs"] if g["n"].startswith(target.upper()) and len(g["c"]) == 1]
    return glyphs[0] if glyphs else ch


def search_fold(text: str) -> str:
    """What a name is searched by: look-alike letters read in the word's own script, case folded
    (Cyrillic and Kazakh letters too: SQLite's lower() folds ASCII only), ё as е. The registry's key
    and every search typed are folded by this one function."""
    text = text or ""
    if text.isascii():  # nothing to normalise or fold but the case (an e-mail, a Latin name)
        return text.lower()
    text = unicodedata.normalize("NFC", text)
    return (fold_mixed(text) or text).casefold().replace("ё", "е")


def search_key(*parts: str) -> str:
    """The indexed search key of a record: each word of its names folded and preceded by two spaces, so
    that a search of one or two letters matches at the start of a word (a trigram "  қ" or " қа") and
    one of three or more anywhere."""
    return "".join(["  " + word for part in parts if part for word in search_fold(part).split()])


def search_terms(text: str) -> list[str]:
    """The pieces of a typed search, as they occur in a search key (see search_key); all must occur."""
    terms = []
    for word in search_fold(text).split():
        terms.append("  " + word if len(word) == 1 else " " + word if len(word) == 2 else word)
    return terms
