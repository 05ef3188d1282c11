"""Text as XML 1.0 can hold it, for the formats made of XML (DOCX, XLSX).

A control character is no letter of XML: python-docx and openpyxl refuse a text holding one, and the whole
document with it.  It comes in pasted: Word's manual line break is a vertical tab, its page break a form
feed; a program of another office may have written anything.  Nothing of it is drawn on the screen or in
the PDF, so leaving it out changes nothing the secretary sees; the two breaks stay breaks.
"""
from __future__ import annotations

import re
from typing import Any

_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n"})
_NOT_IN_XML = re.compile("[\x00-\x08\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def in_xml(value: Any) -> Any:
    """`value` (a text, or the dicts and lists of a view) with each text as XML can hold it."""
    if isinstance(value, str):
        return _NOT_IN_XML.sub("", value.translate(_BREAKS)) if not value.isprintable() else value
    if isinstance(value, dict):
        return {k: in_xml(v) for k, v in value.items()}
    if isinstance(value, list):
        return [in_xml(v) for v in value]
    if isinstance(value, tuple):
        return tuple(in_xml(v) for v in value)
    return value
