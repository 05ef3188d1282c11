"""Icons drawn as SVG (resources/icons), so they stay crisp at 200 % scaling."""
from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from ..paths import resource


@cache
def icon(name: str) -> QIcon:
    path = resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()
