"""Official documents of a meeting as PDF for the window and the command line (see `render`)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .base import Service, driver_connection, parse_date
from .minutes import MinutesService
from .render import render, write_file


class DocumentService(Service):
    def render(self, kind: str, meeting_id: int, layout: str = "ru", **options: Any) -> bytes:
        """PDF bytes of one document; options: restriction (all), item (extract: agenda position),
        as_of (register: the date overdue assignments are counted from, default today), faults (a
        list that gets what was found wrong on the way, see `render`), pdfa (the PDF/A-2b copy)."""
        as_of = parse_date(options.get("as_of"), "as of")
        with self._read() as s:
            return render(driver_connection(s), kind, meeting_id, layout, restriction=options.get("restriction"),
                          item=options.get("item"), as_of=as_of, assignments=self._assignments,
                          faults=options.get("faults"), pdfa=bool(options.get("pdfa")))

    @staticmethod
    def archival(pdf: bytes) -> bytes:
        """A rendered document's archival copy, PDF/A-2b (`render`'s pdfa); a signed protocol's print since
        prints are stored as PDF/A-2b is one already, and stays byte for byte the file signed."""
        from ..documents.archival import archival

        return archival(pdf)

    def write(self, kind: str, meeting_id: int, layout: str, out_path: str | os.PathLike,
              **options: Any) -> Path:
        """Render, then write to a temporary file beside `out_path` and rename it into place."""
        return write_file(out_path, self.render(kind, meeting_id, layout, **options))

    def _assignments(self, bodies: list[int], up_to: str, lang: str) -> list[dict]:
        """Assignments of the meeting's bodies from this meeting and those before it."""
        minutes = MinutesService(self._sessions)
        rows: dict[int, dict] = {}
        for body in bodies:
            for a in minutes.assignments(lang, body_id=body):
                if a["meeting_date"] <= up_to:
                    rows[a["id"]] = a
        return sorted(rows.values(), key=lambda a: (a["meeting_date"], a["meeting_id"],
                                                    [int(x) for x in a["resolution"].split(".")], a["id"]))
