"""Which language the window speaks: Qt's own translations plus every *_{lang}.qm we ship."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..paths import resource

LANGUAGES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
_installed: list[QTranslator] = []
_current = "en"


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
