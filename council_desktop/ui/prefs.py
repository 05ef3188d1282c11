"""The user's window preferences in QSettings (INI format), with a version key and upgrade step.

Records never go here: office settings travel with the database (services/settings.py).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from ..paths import user_config_folder

VERSION = 1
MAX_RECENT = 8


def settings_path() -> Path:
    """council-desktop.ini in the user's configuration folder (read from the environment each time)."""
    return user_config_folder() / "council-desktop.ini"


def qsettings() -> QSettings:
    s = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    if int(s.value("version", 0) or 0) < VERSION:
        upgrade(s)
    return s


def upgrade(s: QSettings) -> None:
    """Bring older keys forward; version 0 had none, so only the version is written."""
    s.setValue("version", VERSION)


class Prefs:
    """Typed access to the few things remembered between sessions."""

    def __init__(self) -> None:
        self.s = qsettings()

    def _str(self, key: str, default: str = "") -> str:
        value = self.s.value(key, default)
        return str(value) if value is not None else default

    @property
    def language(self) -> str:
        return self._str("ui/language")

    @language.setter
    def language(self, lang: str) -> None:
        self.s.setValue("ui/language", lang)

    @property
    def documents_folder(self) -> str:
        """Where documents were last saved ("": the user's Documents folder)."""
        return self._str("documents/folder")

    @documents_folder.setter
    def documents_folder(self, path: str) -> None:
        self.s.setValue("documents/folder", path)

    @property
    def import_folder(self) -> str:
        """Where the last file from another office was imported from ("": the Downloads folder)."""
        return self._str("exchange/import_folder")

    @import_folder.setter
    def import_folder(self, path: str) -> None:
        self.s.setValue("exchange/import_folder", path)

    @property
    def export_format(self) -> str:
        """The format of the last export ("": the dialog's first)."""
        return self._str("exchange/format")

    @export_format.setter
    def export_format(self, kind: str) -> None:
        self.s.setValue("exchange/format", kind)

    @property
    def last_view(self) -> str:
        return self._str("window/last_view", "meetings")

    @last_view.setter
    def last_view(self, name: str) -> None:
        self.s.setValue("window/last_view", name)

    @property
    def geometry(self) -> QByteArray | None:
        value = self.s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, data: QByteArray) -> None:
        self.s.setValue("window/geometry", data)

    @property
    def data_folder(self) -> str:
        return self._str("data/folder")

    @data_folder.setter
    def data_folder(self, path: str) -> None:
        self.s.setValue("data/folder", path)

    @property
    def backup_folder(self) -> str:
        return self._str("backup/folder")

    @backup_folder.setter
    def backup_folder(self, path: str) -> None:
        self.s.setValue("backup/folder", path)

    @property
    def backup_on_exit(self) -> bool:
        """Automatic backups when the program closes (at most one a day): on unless switched off."""
        return self._str("backup/on_exit", "true") == "true"

    @backup_on_exit.setter
    def backup_on_exit(self, on: bool) -> None:
        self.s.setValue("backup/on_exit", "true" if on else "false")

    @property
    def backup_keep(self) -> int:
        """How many automatic backups are kept (store/backup.py)."""
        value = self._str("backup/keep", "")
        from ..services.backups import DEFAULT_KEEP  # not at start: the backups need SQLAlchemy
        return int(value) if value.isascii() and value.isdigit() else DEFAULT_KEEP

    @backup_keep.setter
    def backup_keep(self, n: int) -> None:
        self.s.setValue("backup/keep", str(int(n)))

    @property
    def recent(self) -> list[str]:
        value = self.s.value("recent/databases", [])
        if isinstance(value, str):
            value = [value] if value else []
        return [str(v) for v in value or []]

    def add_recent(self, location: str) -> None:
        items = [location] + [r for r in self.recent if r != location]
        self.s.setValue("recent/databases", items[:MAX_RECENT])

    def sync(self) -> None:
        self.s.sync()
