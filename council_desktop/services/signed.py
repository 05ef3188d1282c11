"""Prints of a signed protocol, and which signed protocol a copy is.

A signed version stores its data in every language, the letterhead and restriction mark it was
printed with, and its fingerprint: from these alone every layout (ru, kk, en, kk+ru) re-renders
to the very bytes a print made at signing has (rendering is byte-reproducible).  The letterhead
record also says how its prints are made: a version signed since it does ("print_time", "pdfa")
is dated with its signing time in the office's time zone and printed as PDF/A-2b, so the stored
file is the archival copy itself; an older one, without them, prints as it was signed (dated with
the meeting's time, plain PDF).  A copy is
recognised only by comparing its bytes with what this database produces: the stored signed file,
or such a re-render.  Nothing a copy says about itself counts; a fingerprint it carries is at most
a hint of which version to render first.  Like `render`, this reads a DB-API connection and needs
no SQLAlchemy.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from typing import Any

from ..domain.entities import LAYOUTS
from ..domain.fingerprint import fingerprint
from ..domain.view_shape import current
from ..store import snapshot
from .readmodel import SETTINGS_DEFAULTS, letterhead, office_settings

# the settings a letterhead is made of (migration 0003 stores the same for older versions)
LETTERHEAD = ("letterhead_kk", "letterhead_ru", "letterhead_en", "logo_png_base64")


def letterhead_record(conn, signed_at: dt.datetime | None = None) -> str:
    """The office's letterhead as stored with a signed version: JSON of its settings; with `signed_at`
    (UTC), how the version's prints are made: dated with that time in the office's time zone, PDF/A-2b."""
    from ..documents.template import office_zone

    settings = office_settings(snapshot.read_settings(conn))
    record = {k: settings[k] for k in LETTERHEAD}
    if signed_at is not None:
        local = signed_at.replace(tzinfo=dt.timezone.utc, microsecond=0).astimezone(office_zone(settings["time_zone"]))
        record |= {"print_time": local.isoformat(), "pdfa": True}
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def print_time(letterhead_json: str) -> dt.datetime | None:
    """The signing time a signed version's prints are dated with (its UTC offset the office's at signing);
    None for a version signed before it was stored."""
    stored = json.loads(letterhead_json) if letterhead_json else {}
    return dt.datetime.fromisoformat(stored["print_time"]) if stored.get("print_time") else None


def print_signed(views: dict[str, dict], layout: str, fp: str, letterhead_json: str, restriction: str) -> bytes:
    """One layout of a signed version: what signing prints, and every re-render of it."""
    from .. import documents

    stored = json.loads(letterhead_json) if letterhead_json else {}
    head = letterhead(SETTINGS_DEFAULTS | {k: stored[k] for k in LETTERHEAD if k in stored})
    langs = layout.split("+")
    pdf = documents.render_protocol({lang: current(views[lang]) for lang in langs}, layout, fingerprint=fp,
                                    letterhead=head, restriction=restriction, signed_at=print_time(letterhead_json))
    if not stored.get("pdfa"):
        return pdf
    from ..documents.archival import archival

    return archival(pdf)


def reprint(conn, issue, layout: str, restriction: str | None = None) -> bytes | None:
    """A layout of a signed version from what was stored at signing; None for a version signed
    before its data was stored (it has only its file).  `restriction`: another mark than the one
    signed (such a print is no longer byte-equal to one made at signing)."""
    content = snapshot.signed(conn, issue, "content")
    if not content:
        return None
    return print_signed(json.loads(content), layout, issue.content_sha256, snapshot.signed(conn, issue, "letterhead"),
                        issue.restriction if restriction is None else restriction)


def signed_file(conn, issue) -> tuple[bytes | None, bool]:
    """The file signed, and whether the stored one was damaged: a stored file whose bytes no
    longer match the SHA-256 stored with it is never handed out; its layout is rendered again
    from the stored data (the same bytes, if that data is whole)."""
    pdf = snapshot.signed(conn, issue, "pdf")
    if pdf and hashlib.sha256(pdf).hexdigest() == issue.sha256:
        return bytes(pdf), False
    return reprint(conn, issue, issue.language), True


# --- which signed protocol a copy is -------------------------------------------------------------
def _versions(conn) -> list[Any]:
    """Every signed version (one issue of each meeting and revision), newest first."""
    seen, result = set(), []
    for issue in reversed(snapshot.protocol_issues(conn)):
        if (issue.meeting_id, issue.revision) not in seen:
            seen.add((issue.meeting_id, issue.revision))
            result.append(issue)
    return result


def pdf_text(pdf: bytes) -> str | None:
    """A PDF's text, words separated by single spaces; None when it cannot be read as a PDF."""
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a broken file is an answer here, not a warning
    try:
        reader = PdfReader(io.BytesIO(pdf), strict=False)
        return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)
    except Exception:  # noqa: BLE001 - whatever a hostile or broken file makes the reader raise
        return None


def identify(conn, pdf: bytes) -> dict[str, Any]:
    """Which signed version a PDF is: {"match": "file" | "print" | "resaved" | None, ...}.

    "file": its bytes are those of the file signed; "print": those of a layout of a signed version
    rendered again (another language, or printed again); "resaved": its text is that of such a
    print but its bytes are not (another program wrote it, or it was altered where no text shows):
    not recognised.  "damaged": the ids of signed issues whose stored file was found damaged."""
    digest = hashlib.sha256(pdf).hexdigest()
    damaged: list[int] = []
    for issue in snapshot.protocol_issues(conn):
        if issue.sha256 == digest:
            stored, bad = signed_file(conn, issue)
            if bad:
                damaged.append(issue.id)
            if stored == pdf:
                return _answer(conn, "file", digest, issue, issue.language, damaged)
    # Every print of a version carries its fingerprint in its bytes (the metadata) and its text, so
    # only a version whose fingerprint a copy holds can render to the same bytes or text: rendering
    # the others would be wasted.  What the copy holds decides nothing; the comparison decides.
    versions = [v for v in _versions(conn) if v.content_sha256 and v.content_sha256.encode("ascii") in pdf]
    # the language the copy declares (/Lang) is another hint: the layouts starting with it go first
    layouts = sorted(LAYOUTS, key=lambda layout: f"/Lang ({layout[:2]}".encode("ascii") not in pdf)
    renders: dict[tuple[int, str], bytes] = {}
    for v in versions:
        for layout in layouts:
            again = reprint(conn, v, layout)
            if again is None:
                break
            if again == pdf:
                return _answer(conn, "print", digest, v, layout, damaged)
            renders[(v.id, layout)] = again
    text = pdf_text(pdf)
    if text:
        shown = "".join(text.split())
        for v in _versions(conn):
            if not v.content_sha256 or v.content_sha256 not in shown:
                continue
            for layout in layouts:
                again = renders.get((v.id, layout)) or reprint(conn, v, layout)
                if again is None:
                    break
                if pdf_text(again) == text:
                    return _answer(conn, "resaved", digest, v, layout, damaged)
    return {"match": None, "sha256": digest, "damaged": damaged}


def check_copy(conn, pdf: bytes, trust_roots: list[bytes] = ()) -> dict[str, Any]:
    """`identify`, under any digital signature (PAdES) the copy carries: each is checked (signer, signing
    time, whether the bytes changed after signing, trust when roots are given: `documents.pades.inspect`)
    and reported in "signatures"; when all hold, the file under them is what is recognised."""
    signatures = []
    if b"/ByteRange" in pdf:
        from ..documents.pades import inspect, unsigned

        signatures = inspect(pdf, trust_roots)
        if signatures and all(s.ok for s in signatures):
            pdf = unsigned(pdf)
    result = identify(conn, pdf)
    if signatures:
        result["signatures"] = [{**vars(s), "ok": s.ok} for s in signatures]
    return result


def look_up(conn, fp: str) -> dict[str, Any]:
    """The signed version a fingerprint typed from a paper copy names, if this database holds it
    and its stored data still has that fingerprint."""
    fp = fp.strip().lower()
    for v in _versions(conn):
        if v.content_sha256 == fp:
            content = snapshot.signed(conn, v, "content")
            whole = not content or fingerprint(json.loads(content)) == fp
            return _answer(conn, "fingerprint", None, v, v.language, [] if whole else [v.id])
    return {"match": None, "fingerprint": fp, "damaged": []}


def _answer(conn, match: str, digest: str | None, issue, layout: str, damaged: list[int]) -> dict[str, Any]:
    m = snapshot.load_meeting(conn, issue.meeting_id)
    return {"match": match, "sha256": digest, "fingerprint": issue.content_sha256, "meeting_id": m.id,
            "number": m.number_label, "date": m.date.isoformat(), "revision": issue.revision,
            "language": layout, "signed_language": issue.language,
            "issued_at": issue.issued_at.isoformat(timespec="minutes"), "issued_by": issue.issued_by,
            "latest_revision": m.protocol_version,
            "current": issue.revision == m.protocol_version and m.locked, "damaged": damaged}
