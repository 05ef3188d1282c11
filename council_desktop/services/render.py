"""Official documents of a meeting as PDF, from a database connection: the protocol and its companions.

`DocumentService` calls this with the connection under its session; the `council` command
with a plain `sqlite3` connection when the database is a file at this version's schema, so
that printing a protocol does not import SQLAlchemy.  A signed protocol is the stored,
signed file (its bytes match the stored SHA-256); an unsigned one renders as a draft.
Files are written to a temporary name and renamed, so a failed write leaves nothing behind.
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..domain.errors import CouncilError, NotFound
from ..domain.fingerprint import fingerprint
from ..store import files, snapshot
from .readmodel import all_views, layout_languages, letterhead, office_settings, protocol_views, stored_views
from .signed import reprint, signed_file

KINDS = ("protocol", "agenda", "script", "attendance", "extract", "register")
# (body ids, up to date, language) -> the register's rows; the register alone reads other meetings
Assignments = Callable[[list[int], str, str], list[dict]]


def render(conn, kind: str, meeting_id, layout: str = "ru", *, pdfa: bool = False, **options) -> bytes:
    """PDF bytes of one document (`_render`); `pdfa`: its archival copy, PDF/A-2b (a signed protocol's
    print is one already since versions are signed as PDF/A-2b: the very file signed; an older version's
    archival copy is a conversion of the signed file, not the file itself)."""
    pdf = _render(conn, kind, meeting_id, layout, **options)
    if not pdfa:
        return pdf
    from ..documents.archival import archival

    return archival(pdf)


def _render(conn, kind: str, meeting_id, layout: str = "ru", *, restriction: str | None = None,
            item: Any = None, as_of: dt.date | None = None, assignments: Assignments | None = None,
            faults: list[CouncilError] | None = None) -> bytes:
    """PDF bytes of one document.  `restriction` overrides the meeting's mark; `item` is the
    extract's agenda position; `as_of` the date the register counts overdue assignments from;
    `faults` gets what was found wrong on the way (a damaged stored file), to be told.

    A signed meeting's documents print what was signed (its stored data), whatever the registry
    says of its people since; the register alone prints the follow-up as it stands.  Its protocol
    is the stored signed file, or another layout rendered from what was stored at signing."""
    if kind not in KINDS:
        raise CouncilError("invalid_value", field="document", value=kind)
    langs = layout_languages(layout)
    m = snapshot.load_meeting(conn, meeting_id)
    head = office_letterhead(conn)
    issue = current_issue(m)
    if kind == "protocol" and issue is not None:
        if issue.language == layout and restriction is None:
            pdf, damaged = signed_file(conn, issue)
            if damaged and faults is not None:
                faults.append(CouncilError("signed_file_damaged", ident=m.id, revision=issue.revision))
        else:
            pdf = reprint(conn, issue, layout, restriction)
        if pdf is not None:
            return pdf
    content = snapshot.signed(conn, issue, "content") if issue is not None and kind != "register" else ""
    views = stored_views(content) if content else (all_views(m) if kind == "protocol" and m.locked else
                                                 protocol_views(m, layout))
    restriction = m.restriction if restriction is None else restriction
    if faults is not None and kind != "register":  # nothing silently in another language: say what lacks it
        from .language_check import language_gaps

        faults += [gap for lang in langs for gap in language_gaps(m, lang, notes=kind == "script")]
    from .. import documents

    if kind == "protocol":
        fp = (issue.content_sha256 if content else fingerprint(views)) if m.locked else None
        return documents.render_protocol({lang: views[lang] for lang in langs}, layout, fingerprint=fp,
                                         letterhead=head, restriction=restriction)
    views = {lang: views[lang] for lang in langs}
    if kind == "agenda":
        return documents.render_agenda(views, layout, head, restriction)
    if kind == "script":
        return documents.render_script(views, layout, head, restriction)
    if kind == "attendance":
        return documents.render_attendance(views, layout, head, restriction)
    if kind == "extract":
        return documents.render_extract(views, layout, _item(views[langs[0]], item), head, restriction,
                                        signed=m.locked)
    if assignments is None:
        raise ValueError("the register needs the assignments of other meetings")
    bodies = [mb.body_id for mb in m.bodies]
    rows = {lang: assignments(bodies, views[lang]["date"], lang) for lang in langs}
    return documents.render_register(views, layout, rows, as_of or dt.date.today(), head, restriction)


def current_issue(m):
    """The signed version in force; None while the protocol is a draft (never signed, or being amended)."""
    if not m.locked:
        return None
    return next((p for p in reversed(m.protocol_issues) if p.revision == m.protocol_version), None)


def office_letterhead(conn) -> dict[str, Any]:
    return letterhead(office_settings(snapshot.read_settings(conn)))


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


def replacing(out_path: str | os.PathLike):
    """A temporary name beside `out_path` for another writer (a printer), renamed over it when that
    succeeds; never onto the open database or its files (`store.files`)."""
    return files.replacing(out_path)


def write_file(out_path: str | os.PathLike, data: bytes) -> Path:
    """Write to a temporary name in the target folder, then rename: never a half-written file, never
    onto the open database or its files (`store.files`)."""
    return files.write_file(out_path, data)
