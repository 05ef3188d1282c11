"""Office settings that travel with the database: letterhead, default chair and secretary, defaults."""
from __future__ import annotations

import json
from typing import Any

from ..domain.models import Setting
from ..store.snapshot import read_settings
from .base import Service, driver_connection
from .readmodel import SETTINGS_DEFAULTS, office_settings


class SettingsService(Service):
    def get(self) -> dict[str, Any]:
        with self._read() as s:
            return office_settings(read_settings(driver_connection(s)))

    def update(self, values: dict[str, Any]) -> None:
        with self._tx() as s:
            for key, value in values.items():
                if key not in SETTINGS_DEFAULTS:
                    from ..domain.errors import InvalidValue
                    raise InvalidValue("setting", key)
                row = s.get(Setting, key) or Setting(key=key)
                row.value = json.dumps(value, ensure_ascii=False)
                s.add(row)
