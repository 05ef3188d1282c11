"""Official documents of a meeting as PDF: the protocol and its companions, for the GUI and the CLI.

A signed protocol is the stored, signed file (its bytes match the stored SHA-256); an
unsigned one renders as a draft.  Files are written to a temporary name and renamed,
so a failed write leaves nothing behind.
"""
from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from ..domain.errors import CouncilError, NotFound
from ..domain.models import Meeting
from .base import Service, parse_date
from .minutes import MinutesService
from .protocols import layout_languages, protocol_views, render_protocol_pdf
from .settings import letterhead
from .views import load_meeting

KINDS = ("protocol", "agenda", "script", "attendance", "extract", "register")


class DocumentService(Service):
    def render(self, kind: str, meeting_id: int, layout: str = "ru", **options: Any) -> bytes:
        """PDF bytes of one document; options: restriction (all), item (extract: agenda position),
        as_of (register: the date overdue assignments are counted from, default today)."""
        if kind not in KINDS:
            raise CouncilError("invalid_value", field="document", value=kind)
        langs = layout_languages(layout)
        restriction = options.get("restriction")
        with self._read() as s:
            m = load_meeting(s, meeting_id)
            if kind == "protocol":
                return self._protocol(s, m, layout, restriction)
            views = protocol_views(s, m, layout)
            head = letterhead(s)
            bodies = [mb.body_id for mb in m.bodies]
        from .. import documents

        if kind == "agenda":
            return documents.render_agenda(views, layout, head, restriction)
        if kind == "script":
            return documents.render_script(views, layout, head, restriction)
        if kind == "attendance":
            return documents.render_attendance(views, layout, head, restriction)
        if kind == "extract":
            position = self._item(views[langs[0]], options.get("item"))
            return documents.render_extract(views, layout, position, head, restriction)
        as_of = parse_date(options.get("as_of"), "as of") or dt.date.today()
        assignments = {lang: self._assignments(bodies, views[lang]["date"], lang) for lang in langs}
        return documents.render_register(views, layout, assignments, as_of, head, restriction)

    def write(self, kind: str, meeting_id: int, layout: str, out_path: str | os.PathLike,
              **options: Any) -> Path:
        """Render, then write to a temporary file beside `out_path` and rename it into place."""
        pdf = self.render(kind, meeting_id, layout, **options)
        return write_file(out_path, pdf)

    # --- helpers ----------------------------------------------------------------------------
    @staticmethod
    def _protocol(s, m: Meeting, layout: str, restriction: str | None) -> bytes:
        if m.locked:
            signed = [p for p in m.protocol_issues if p.language == layout and p.pdf]
            if signed and restriction is None:
                return signed[-1].pdf  # the very file that was signed
            pdf, _ = render_protocol_pdf(s, m, layout, restriction)  # a signed meeting's other language
            return pdf
        from ..documents import render_protocol

        views = protocol_views(s, m, layout)
        return render_protocol(views, layout, fingerprint=None, letterhead=letterhead(s),
                               restriction=m.restriction if restriction is None else restriction)

    @staticmethod
    def _item(view: dict, item: Any) -> int:
        if item in (None, ""):
            raise CouncilError("required", field="item")
        try:
            position = int(item)
        except (TypeError, ValueError):
            raise NotFound("agenda item", item) from None
        if not any(i["position"] == position for i in view["agenda"]):
            raise NotFound("agenda item", item)
        return position

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


def write_file(out_path: str | os.PathLike, data: bytes) -> Path:
    """Write to a temporary name in the target folder, then rename: never a half-written file."""
    out = Path(out_path)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=out.parent)
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes it private; a document is an ordinary file
        os.replace(tmp, out)
    except OSError as exc:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
        raise CouncilError("file_unwritable", path=str(out), reason=exc.strerror or str(exc)) from None
    return out


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
