"""The words the window shows for stored values (statuses, kinds, roles), in the user's language."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    "planned": QT_TRANSLATE_NOOP("Values", "planned"),
    "held": QT_TRANSLATE_NOOP("Values", "held"),
    "protocol_drafted": QT_TRANSLATE_NOOP("Values", "protocol drafted"),
    "protocol_signed": QT_TRANSLATE_NOOP("Values", "protocol signed"),
    "regular": QT_TRANSLATE_NOOP("Values", "regular"),
    "extraordinary": QT_TRANSLATE_NOOP("Values", "extraordinary"),
    "joint": QT_TRANSLATE_NOOP("Values", "joint"),
    "in_person": QT_TRANSLATE_NOOP("Values", "in person"),
    "remote": QT_TRANSLATE_NOOP("Values", "remote"),
    "hybrid": QT_TRANSLATE_NOOP("Values", "hybrid"),
    "chair": QT_TRANSLATE_NOOP("Values", "chair"),
    "deputy_chair": QT_TRANSLATE_NOOP("Values", "deputy chair"),
    "secretary": QT_TRANSLATE_NOOP("Values", "secretary"),
    "member": QT_TRANSLATE_NOOP("Values", "member"),
    "open": QT_TRANSLATE_NOOP("Values", "open"),
    "done": QT_TRANSLATE_NOOP("Values", "done"),
    "cancelled": QT_TRANSLATE_NOOP("Values", "cancelled"),
    "overdue": QT_TRANSLATE_NOOP("Values", "overdue"),
    "more_than_half": QT_TRANSLATE_NOOP("Values", "more than half of the members"),
    "two_thirds": QT_TRANSLATE_NOOP("Values", "two thirds of the members"),
    "fixed": QT_TRANSLATE_NOOP("Values", "a fixed number of members"),
    "simple_of_present": QT_TRANSLATE_NOOP("Values", "simple majority of those present"),
    "of_all_members": QT_TRANSLATE_NOOP("Values", "majority of all members"),
    "two_thirds_of_present": QT_TRANSLATE_NOOP("Values", "two thirds of those present"),
    "ministry": QT_TRANSLATE_NOOP("Values", "ministry"),
    "centre": QT_TRANSLATE_NOOP("Values", "research centre"),
    "university": QT_TRANSLATE_NOOP("Values", "university"),
    "academy": QT_TRANSLATE_NOOP("Values", "academy"),
    "holding": QT_TRANSLATE_NOOP("Values", "holding"),
    "hospital": QT_TRANSLATE_NOOP("Values", "hospital"),
    "other": QT_TRANSLATE_NOOP("Values", "other"),
    "proposed": QT_TRANSLATE_NOOP("Values", "proposed"),
    "ongoing": QT_TRANSLATE_NOOP("Values", "ongoing"),
    "completed": QT_TRANSLATE_NOOP("Values", "completed"),
    "suspended": QT_TRANSLATE_NOOP("Values", "suspended"),
}


def label(value: str | None) -> str:
    if not value:
        return ""
    text = _LABELS.get(value)
    return QCoreApplication.translate("Values", text) if text else value


def fill_combo(combo, values) -> None:
    """Items showing the label, holding the stored value."""
    combo.clear()
    for v in values:
        combo.addItem(label(v), v)
