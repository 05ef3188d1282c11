"""Office settings that travel with the database: letterhead, default chair and secretary, defaults."""
from __future__ import annotations

import base64
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.models import Setting
from .base import Service

DEFAULTS: dict[str, Any] = {
    "letterhead_kk": "", "letterhead_ru": "", "letterhead_en": "",
    "logo_png_base64": "",
    "default_chair_id": None, "default_secretary_id": None,
    "default_quorum_rule": "more_than_half", "document_language": "ru",
}


def office_settings(s: Session) -> dict[str, Any]:
    stored = {row.key: json.loads(row.value) for row in s.scalars(select(Setting))}
    return DEFAULTS | {k: v for k, v in stored.items() if k in DEFAULTS}


def letterhead(s: Session) -> dict[str, Any]:
    """What a document prints above its title: the organisation in each language, and its logo."""
    settings = office_settings(s)
    logo = settings["logo_png_base64"]
    return {"kk": settings["letterhead_kk"], "ru": settings["letterhead_ru"], "en": settings["letterhead_en"],
            "logo_png": base64.b64decode(logo) if logo else None}


class SettingsService(Service):
    def get(self) -> dict[str, Any]:
        with self._read() as s:
            return office_settings(s)

    def update(self, values: dict[str, Any]) -> None:
        with self._tx() as s:
            for key, value in values.items():
                if key not in DEFAULTS:
                    from ..domain.errors import InvalidValue
                    raise InvalidValue("setting", key)
                row = s.get(Setting, key) or Setting(key=key)
                row.value = json.dumps(value, ensure_ascii=False)
                s.add(row)
