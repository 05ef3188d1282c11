"""A meeting's lifecycle: planned → held → protocol drafted → protocol signed (→ amended).

Signing renders the protocol, stores the PDF with its SHA-256 and the fingerprint of
the data printed on it, and locks the minutes; an amendment unlocks them and the
next signing issues a new version.
"""
from __future__ import annotations

import hashlib
import json
import re

from sqlalchemy import or_, select

from ..domain import rules
from ..domain.errors import CouncilError
from ..domain.fingerprint import fingerprint
from ..domain.models import Meeting, MeetingStatus, ProtocolIssue
from ..store import snapshot
from ..store.session import os_user
from .base import Service, driver_connection, get
from .readmodel import all_views, layout_languages
from .render import office_letterhead


class ProtocolService(Service):
    def _move(self, meeting_id: int, target: MeetingStatus) -> Meeting:
        with self._tx() as s:
            m = get(s, Meeting, meeting_id, "meeting")
            rules.check_transition(m.status, target, has_chair=m.chair_id is not None,
                                   has_secretary=m.secretary_id is not None)
            m.status = target
            return m

    def mark_held(self, meeting_id: int) -> None:
        self._move(meeting_id, MeetingStatus.HELD)

    def draft(self, meeting_id: int) -> None:
        self._move(meeting_id, MeetingStatus.PROTOCOL_DRAFTED)

    def reopen(self, meeting_id: int) -> None:
        """Back one step before signing (e.g. a meeting marked held by mistake)."""
        with self._read() as s:
            current = get(s, Meeting, meeting_id, "meeting").status
        back = {MeetingStatus.HELD: MeetingStatus.PLANNED,
                MeetingStatus.PROTOCOL_DRAFTED: MeetingStatus.HELD}.get(current)
        if back is None:
            raise CouncilError("transition_not_allowed", current=current.value, target="previous")
        self._move(meeting_id, back)

    def sign(self, meeting_id: int, layout: str = "ru") -> dict:
        """Sign and lock: the protocol PDF is stored with its SHA-256 as a new version."""
        with self._tx() as s:
            m = get(s, Meeting, meeting_id, "meeting")
            rules.check_transition(m.status, MeetingStatus.PROTOCOL_SIGNED, has_chair=m.chair_id is not None,
                                   has_secretary=m.secretary_id is not None)
            q = rules.meeting_quorum(m)
            stale = rules.votes_exceeding_attendance(m, q)
            if stale:
                number, cast = stale[0]
                raise CouncilError("vote_exceeds_attendance", number=number, cast=cast, present=q.present_members)
            conn = driver_connection(s)
            snap = snapshot.load_meeting(conn, m.id)
            views = all_views(snap)  # stored: the other layouts of this version print the same data
            fp = fingerprint(views)
            from ..documents import render_protocol

            pdf = render_protocol({lang: views[lang] for lang in layout_languages(layout)}, layout, fingerprint=fp,
                                  letterhead=office_letterhead(conn), restriction=snap.restriction)
            revision = m.protocol_version + 1
            issue = ProtocolIssue(revision=revision, language=layout, pdf=pdf, reason=m.amendment_reason,
                                  sha256=hashlib.sha256(pdf).hexdigest(), content_sha256=fp,
                                  content=json.dumps(views, ensure_ascii=False, sort_keys=True, default=str),
                                  issued_by=os_user())
            m.protocol_issues.append(issue)
            m.protocol_version = revision
            m.amendment_reason = ""
            m.status = MeetingStatus.PROTOCOL_SIGNED
            return {"revision": revision, "sha256": issue.sha256, "fingerprint": fp}

    def amend(self, meeting_id: int, reason: str) -> int:
        """Unlock a signed protocol for a new version; the signed ones stay as they were."""
        if not (reason or "").strip():
            raise CouncilError("required", field="reason")
        with self._tx() as s:
            m = get(s, Meeting, meeting_id, "meeting")
            rules.check_transition(m.status, MeetingStatus.PROTOCOL_DRAFTED, has_chair=True, has_secretary=True)
            m.status = MeetingStatus.PROTOCOL_DRAFTED
            m.amendment_reason = reason.strip()  # printed on, and stored with, the next version
            return m.protocol_version + 1

    def signed_pdf(self, meeting_id: int, revision: int | None = None, layout: str | None = None) -> bytes:
        with self._read() as s:
            m = get(s, Meeting, meeting_id, "meeting")
            issues = [p for p in m.protocol_issues if p.pdf and (layout is None or p.language == layout)
                      and (revision is None or p.revision == revision)]
            if not issues:
                raise CouncilError("not_found", kind="signed protocol", ident=meeting_id)
            return issues[-1].pdf

    def verify(self, pdf: bytes | None = None, fingerprint: str | None = None) -> dict:
        """Which signed protocol a copy is.  "file": the very file signed (its SHA-256 is stored);
        "data": another print of the signed data (the fingerprint on it, or typed from a paper copy's
        QR code, is stored); None: no protocol signed in this database."""
        digest = hashlib.sha256(pdf).hexdigest() if pdf is not None else None
        printed = (fingerprint or "").strip().lower() or (printed_fingerprint(pdf) if pdf is not None else None)
        with self._read() as s:
            q = select(ProtocolIssue).where(or_(ProtocolIssue.sha256 == digest,
                                                ProtocolIssue.content_sha256 == printed))
            found = sorted(s.scalars(q), key=lambda p: (p.sha256 != digest, p.meeting_id, p.revision))
            if not found:
                return {"match": None, "sha256": digest, "fingerprint": printed}
            issue = found[0]
            m = issue.meeting
            return {"match": "file" if issue.sha256 == digest else "data", "sha256": digest,
                    "fingerprint": issue.content_sha256, "meeting_id": m.id, "number": m.number_label,
                    "date": m.date.isoformat(), "revision": issue.revision, "language": issue.language,
                    "issued_at": issue.issued_at.isoformat(timespec="minutes"), "issued_by": issue.issued_by,
                    "latest_revision": m.protocol_version, "current": issue.revision == m.protocol_version
                    and m.status is MeetingStatus.PROTOCOL_SIGNED}


_KEYWORDS = re.compile(rb"/Keywords \(SHA-256 ([0-9a-f]{64})\)")


def printed_fingerprint(pdf: bytes) -> str | None:
    """The fingerprint a signed protocol carries in its metadata (see documents.protocol)."""
    found = _KEYWORDS.search(pdf)
    return found.group(1).decode("ascii") if found else None
