"""Which language the window speaks: Qt's own translations plus every *_{lang}.qm we ship."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
_installed: list[QTranslator] = []
_current = "en"


def language_names(form: str = "") -> dict[str, str]:
    """The languages' names in the window's language, one translation context ("Language") for the
    whole window: capitalised where a name stands alone (a drop-down, a heading), with form="inside a
    label" in lower case within a field's label or a sentence («Название (русский)»), as Russian and
    Kazakh write them. "kk+ru" is the protocol's layout of both side by side."""
    if form == "inside a label":
        return {"ru": QCoreApplication.translate("Language", "Russian", "inside a label"),
                "kk": QCoreApplication.translate("Language", "Kazakh", "inside a label"),
                "en": QCoreApplication.translate("Language", "English", "inside a label")}
    return {"ru": QCoreApplication.translate("Language", "Russian"),
            "kk": QCoreApplication.translate("Language", "Kazakh"),
            "en": QCoreApplication.translate("Language", "English"),
            "kk+ru": QCoreApplication.translate("Language", "Kazakh and Russian")}


def language_name(code: str, form: str = "") -> str:
    """One language's (or the kk+ru layout's) name, as language_names gives it."""
    return language_names(form)[code]


def system_language() -> str:
    """The first default: the system locale if we speak it, else English."""
    code = QLocale.system().name()[:2].lower()
    return code if code in LANGUAGES else "en"


def current() -> str:
    return _current


def install(lang: str) -> str:
    """Replace the installed translators with those of `lang`; returns the language in use."""
    global _current
    app = QCoreApplication.instance()
    lang = lang if lang in LANGUAGES else "en"
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    files = [f"{QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)}/qtbase_{lang}.qm"]
    folder = resource("translations")
    files += sorted(str(p) for p in folder.glob(f"*_{lang}.qm")) if folder.is_dir() else []
    for path in files:
        t = QTranslator(app)
        if t.load(path):
            app.installTranslator(t)
            _installed.append(t)
    _current = lang
    return lang


# --- dates as the reader of each language writes them -------------------------------------------
# Russian and Kazakh: 20.02.2026; English: 20 Feb 2026 (never ambiguous between day and month).
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_QT_FORMATS = {"en": "d MMM yyyy"}
_LOCALES = {"kk": QLocale.Language.Kazakh, "ru": QLocale.Language.Russian, "en": QLocale.Language.English}


def as_date(value) -> dt.date | None:
    """A date, an ISO string ("2026-02-20", or a timestamp starting so), or None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def format_date(value, lang: str | None = None) -> str:
    """A date as the window's language writes it; text that is not a date is returned as it is."""
    d = as_date(value)
    if d is None:
        return "" if value is None else str(value)
    if (lang or _current) == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} {d.year}"
    return f"{d.day:02d}.{d.month:02d}.{d.year}"


def format_datetime(value: dt.datetime, lang: str | None = None) -> str:
    return f"{format_date(value, lang)} {value:%H:%M}"


def date_format(lang: str | None = None) -> str:
    """The same, as a QDateEdit display format."""
    return _QT_FORMATS.get(lang or _current, "dd.MM.yyyy")


def qlocale(lang: str | None = None) -> QLocale:
    """The language's locale, for calendars and month names."""
    return QLocale(_LOCALES.get(lang or _current, QLocale.Language.English))
