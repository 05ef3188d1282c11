"""What a record says, apart from how it is stored: names in a language, a meeting's number.

The SQLAlchemy models (`models.py`) and the plain snapshot a document is rendered from
(`store/snapshot.py`) both inherit these, so a protocol reads the same whichever built it,
and the `council` command can print one without importing the ORM.  No `__init__` here:
the models keep SQLAlchemy's constructor.
"""
from __future__ import annotations

from .enums import MeetingStatus

LANGUAGES = ("ru", "kk", "en")  # of every text a record keeps
LAYOUTS = (*LANGUAGES, "kk+ru")  # of a document: also Kazakh then Russian in one file
# when the asked language is empty, the order in which others stand in
FALLBACK = {"ru": ("ru", "kk", "en"), "kk": ("kk", "ru", "en"), "en": ("en", "ru", "kk")}


class Multilingual:
    def localized(self, field: str, lang: str) -> str:
        for code in FALLBACK.get(lang, LANGUAGES):
            value = getattr(self, f"{field}_{code}", None)
            if value:
                return value
        return ""


class NamedEntity(Multilingual):
    """An organisation or a council body: a name, and a short name, in each language."""

    def name(self, lang: str) -> str:
        return self.localized("name", lang)

    def abbreviation(self, lang: str) -> str:
        """The short name written for that language ("" if none): another language's abbreviation
        (НТС МЗ РК in a Kazakh text) would be wrong, so there is no fallback."""
        return self.short_name if lang == "ru" else getattr(self, f"short_name_{lang}", "") or ""

    def label(self, lang: str) -> str:
        """How a list, a drop-down or a line of a document names it: short if it can, else in full."""
        return self.abbreviation(lang) or self.name(lang)


class PersonEntity(Multilingual):
    def name_parts(self, lang: str) -> tuple[str, str, str]:
        """Surname, given name and patronymic as entered for `lang`; nothing is derived or respelled.

        Kazakh: each part as entered in Kazakh, the entered (Russian-form) part where the Kazakh
        one is empty (Локшин Вячеслав Нотанович stays so, never "Нотанұлы").  English: the English
        parts when an English surname is entered (never a Cyrillic part or initial among them), else
        the name as entered."""
        entered = (self.surname, self.given_name, self.patronymic)
        if lang == "kk":
            own = (self.surname_kk, self.given_name_kk, self.patronymic_kk)
            return tuple(mine or theirs for mine, theirs in zip(own, entered))  # type: ignore[return-value]
        if lang == "en" and self.surname_en:
            return self.surname_en, self.given_name_en, self.patronymic_en
        return entered

    def describe(self, field: str, lang: str) -> str:
        """Degree, title or position in a language; the Russian text where that one is empty."""
        if lang in ("kk", "en"):
            value = getattr(self, f"{field}_{lang}")
            if value:
                return value
        return getattr(self, field)

    def full_name(self, lang: str = "ru") -> str:
        s, g, p = self.name_parts(lang)
        if lang == "en":
            return " ".join(x for x in (g, s) if x)
        return " ".join(x for x in (s, g, p) if x)

    def short_name(self, lang: str = "ru") -> str:
        """Initials and surname, as signatures print them: "А. Б. Альназарова"."""
        s, g, p = self.name_parts(lang)
        initials = " ".join(f"{x[0]}." for x in (g, p) if x)
        return f"{initials} {s}".strip()


class MeetingEntity(Multilingual):
    @property
    def number_label(self) -> str:
        """"5" for one body, "5/3" for a joint meeting numbered in both bodies."""
        return "/".join(str(b.number) for b in self.bodies)

    @property
    def locked(self) -> bool:
        return self.status is MeetingStatus.PROTOCOL_SIGNED

    def place(self, lang: str) -> str:
        return self.localized("place", lang)

    def city(self, lang: str) -> str:
        return self.localized("city", lang)


class AgendaItemEntity(Multilingual):
    def title(self, lang: str) -> str:
        return self.localized("title", lang)

    def heard(self, lang: str) -> str:
        return self.localized("heard", lang)


class ProjectEntity(Multilingual):
    def title(self, lang: str) -> str:
        return self.localized("title", lang)


class SpeechEntity(Multilingual):
    def gist(self, lang: str) -> str:
        return self.localized("gist", lang)


class ResolutionEntity(Multilingual):
    def text(self, lang: str) -> str:
        return self.localized("text", lang)


class AssignmentEntity(Multilingual):
    def task(self, lang: str) -> str:
        return self.localized("task", lang)

    def responsible(self, lang: str) -> str:
        names = []
        if self.responsible_person:
            names.append(self.responsible_person.short_name(lang))
        if self.responsible_org:
            names.append(self.responsible_org.label(lang))
        return ", ".join(names)
