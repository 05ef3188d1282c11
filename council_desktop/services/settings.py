"""Office settings that travel with the database: letterhead, default chair and secretary, defaults."""
from __future__ import annotations

import json
from typing import Any

from ..domain.models import Meeting, Setting
from ..store.snapshot import read_settings
from .base import Service, driver_connection, get
from .readmodel import SETTINGS_DEFAULTS, layout_languages, office_settings


class SettingsService(Service):
    def get(self) -> dict[str, Any]:
        with self._read() as s:
            return office_settings(read_settings(driver_connection(s)))

    def protocol_language(self, meeting_id: int) -> str:
        """The layout a meeting's protocol is printed and signed in: chosen for it, else the office's default."""
        with self._read() as s:
            meeting = get(s, Meeting, meeting_id, "meeting")
            stored = office_settings(read_settings(driver_connection(s)))
        return stored["protocol_languages"].get(meeting.uuid) or stored["document_language"]

    def set_protocol_language(self, meeting_id: int, layout: str) -> None:
        """One protocol language per meeting (a print setting, kept with the office's settings rather than in the
        minutes, whose digest it would change); read and written in one transaction."""
        layout_languages(layout)
        with self._tx() as s:
            meeting = get(s, Meeting, meeting_id, "meeting")
            row = s.get(Setting, "protocol_languages") or Setting(key="protocol_languages")
            chosen = json.loads(row.value) if row.value else {}
            chosen[meeting.uuid] = layout
            row.value = json.dumps(chosen, ensure_ascii=False, sort_keys=True)
            s.add(row)

    def update(self, values: dict[str, Any]) -> None:
        with self._tx() as s:
            for key, value in values.items():
                if key not in SETTINGS_DEFAULTS:
                    from ..domain.errors import InvalidValue
                    raise InvalidValue("setting", key)
                if key == "time_zone":  # an IANA name this machine knows, or refused here, not at export
                    from ..exchange.invitation import zone
                    zone(value)
                row = s.get(Setting, key) or Setting(key=key)
                row.value = json.dumps(value, ensure_ascii=False)
                s.add(row)
