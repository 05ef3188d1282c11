"""Text without control characters, for the formats that cannot hold them: XML (DOCX, XLSX) has no such
letter, and iCalendar's text allows none but the line break it escapes.

A control character comes in pasted (Word's manual line break is a vertical tab, its page break a form
feed) or from another office's program.  python-docx and openpyxl refuse a text holding one, and the whole
document with it; a calendar program may refuse the invitation.  Nothing of it is drawn on the screen or
in the PDF, so leaving it out changes nothing the secretary sees; the two breaks stay line breaks.
"""
from __future__ import annotations

import re
from typing import Any

_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def without_controls(value: Any) -> Any:
    """`value` (a text, or the dicts and lists of a view) with each text's control characters left out, a
    vertical tab or form feed as a line break; tabs, line breaks and every letter as they were."""
    if isinstance(value, str):
        return value if value.isprintable() else _CONTROLS.sub("", value.translate(_BREAKS))
    if isinstance(value, dict):
        return {k: without_controls(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_controls(v) for v in value]
    if isinstance(value, tuple):
        return tuple(without_controls(v) for v in value)
    return value
