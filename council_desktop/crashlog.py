"""Where an unexpected error goes: a log file the user can send, never a traceback on screen."""
from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from platformdirs import user_log_path


def crash_log_path() -> Path:
    return user_log_path("CouncilDesktop", appauthor=False) / "errors.log"


def record(exc: BaseException) -> Path | None:
    """Append the traceback to the error log; the path, or None when even that fails."""
    path = crash_log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("a", encoding="utf-8") as log:
            log.write(f"--- {dt.datetime.now().isoformat(timespec='seconds')}\n")
            log.write("".join(traceback.format_exception(exc)))
        return path
    except OSError:
        return None
