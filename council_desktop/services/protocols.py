"""A meeting's lifecycle: planned → held → protocol drafted → protocol signed (→ amended).

Signing renders the protocol, stores the PDF with its SHA-256 and the fingerprint of
the data printed on it, and locks the minutes; an amendment unlocks them and the
next signing issues a new version.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json

from ..domain import rules
from ..domain.errors import CouncilError, NotFound
from ..domain.fingerprint import fingerprint
from ..domain.models import Meeting, MeetingStatus, ProtocolIssue, utcnow
from ..store import snapshot
from ..store.session import lock_meeting, os_user
from ..store.integrity import TAMPERED, Findings
from ..store.snapshot import record_key
from .base import Service, driver_connection, get
from . import preflight
from .readmodel import all_views, layout_languages, meeting_record
from .signed import check_copy, letterhead_record, look_up, print_signed, reprint, signed_file


class ProtocolService(Service):
    def _move(self, meeting_id: int, target: MeetingStatus, accepted: dict | None = None) -> Meeting:
        with self._tx() as s:
            m = get(s, Meeting, meeting_id, "meeting")
            rules.check_transition(m.status, target, has_chair=m.chair_id is not None,
                                   has_secretary=m.secretary_id is not None)
            if target is MeetingStatus.HELD:
                self._accept(s, m, preflight.HELD, "ru", accepted)
            m.status = target
            return m

    def preflight(self, meeting_id: int, step: str, layout: str = "ru", today: dt.date | None = None,
                  lang: str = "ru") -> list[dict]:
        """What is wrong before marking held (step "held") or signing ("sign") in `layout`, names in `lang`;
        see services.preflight."""
        with self._read() as s:
            snap = snapshot.load_meeting(driver_connection(s), meeting_id)
            return [f.as_dict() for f in preflight.of_meeting(snap, meeting_record(snap, lang), step,
                                                              layout_languages(layout), today or dt.date.today())]

    @staticmethod
    def _accept(s, m, step: str, layout: str, accepted: dict | None) -> snapshot.Meeting:
        """In the step's transaction: nothing blocking, and nothing but what the secretary accepted, whose reason
        goes into the audit trail with the step. Every caller passes here: the window, the command, a script.
        `accepted` is {"codes": [...], "reason": ...} for the findings the caller saw; None: none seen.
        Returns the meeting as read for it (the one read path, `store.snapshot`), which signing prints."""
        snap = snapshot.load_meeting(driver_connection(s), m.id)
        found = [f.as_dict() for f in preflight.of_meeting(snap, meeting_record(snap), step,
                                                           layout_languages(layout), dt.date.today())]
        if any(f["blocking"] for f in found):
            raise preflight.PreflightRefused("preflight_blocked", found)
        if not found:
            return snap
        if accepted is None:
            raise preflight.PreflightRefused("preflight_found", found)
        if sorted(f["code"] for f in found) != sorted(accepted.get("codes", [])):
            raise preflight.PreflightRefused("preflight_changed", found)
        if not (accepted.get("reason") or "").strip():
            raise CouncilError("required", field="reason")
        s.info.setdefault("audit_notes", []).append((m, {"step": step, "accepted": found,
                                                         "reason": accepted["reason"].strip()}))
        return snap

    def mark_held(self, meeting_id: int, accepted: dict | None = None) -> None:
        """`accepted`: the findings of pre-flight the caller accepts, with the reason (see `_accept`); the step
        is refused if anything blocks or anything else is found."""
        self._move(meeting_id, MeetingStatus.HELD, accepted)

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

    def sign(self, meeting_id: int, layout: str = "ru", accepted: dict | None = None) -> dict:
        """Sign and lock: the protocol PDF is stored with its SHA-256 as a new version.

        One write transaction, the meeting's row locked first (`lock_meeting`): what is stored, its
        fingerprint, the PDF and the lock all come from the minutes as they are at that moment;
        an edit is either wholly before (and signed) or refused after."""
        layout_languages(layout)
        with self._tx() as s:
            if lock_meeting(s, record_key(meeting_id, "meeting")) is None:
                raise NotFound("meeting", meeting_id)
            m = get(s, Meeting, meeting_id, "meeting")
            rules.check_transition(m.status, MeetingStatus.PROTOCOL_SIGNED, has_chair=m.chair_id is not None,
                                   has_secretary=m.secretary_id is not None)
            # a vote exceeding attendance blocks there; the meeting it read is what is signed
            snap = self._accept(s, m, preflight.SIGN, layout, accepted)
            conn = driver_connection(s)
            views = all_views(snap)  # stored: the other layouts of this version print the same data
            fp = fingerprint(views)
            now = utcnow().replace(microsecond=0)  # the signing time: the version's, and its prints' dates
            head = letterhead_record(conn, signed_at=now)
            pdf = print_signed(views, layout, fp, head, snap.restriction)
            revision = m.protocol_version + 1
            issue = ProtocolIssue(revision=revision, language=layout, pdf=pdf, reason=m.amendment_reason,
                                  sha256=hashlib.sha256(pdf).hexdigest(), content_sha256=fp,
                                  content=json.dumps(views, ensure_ascii=False, sort_keys=True, default=str),
                                  letterhead=head, restriction=snap.restriction,
                                  minutes_sha256=snapshot.minutes_digest(conn, m.id), issued_by=os_user(),
                                  issued_at=now)
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
            if lock_meeting(s, record_key(meeting_id, "meeting")) is None:
                raise NotFound("meeting", meeting_id)
            m = get(s, Meeting, meeting_id, "meeting")
            rules.check_transition(m.status, MeetingStatus.PROTOCOL_DRAFTED, has_chair=True, has_secretary=True)
            m.status = MeetingStatus.PROTOCOL_DRAFTED
            m.amendment_reason = reason.strip()  # printed on, and stored with, the next version
            return m.protocol_version + 1

    def signed_pdf(self, meeting_id: int, revision: int | None = None, layout: str | None = None) -> bytes:
        """The file signed (the newest version, or `revision`; in `layout`, or the one signed).
        A stored file found damaged is not handed out: its layout is rendered again from the data
        stored at signing, and `council check` reports the damage."""
        with self._read() as s:
            m = get(s, Meeting, meeting_id, "meeting")
            issues = [p for p in m.protocol_issues if (layout is None or p.language == layout)
                      and (revision is None or p.revision == revision)]
            pdf = signed_file(driver_connection(s), issues[-1])[0] if issues else None
            if pdf is None:
                raise CouncilError("not_found", kind="signed protocol", ident=meeting_id)
            return pdf

    def verify(self, pdf: bytes | None = None, fingerprint: str | None = None,
               trust_roots: list[bytes] = ()) -> dict:
        """Which signed protocol a copy is (see `services.signed.identify`): a PDF is recognised only
        by its bytes, compared with the stored signed file and with every layout of every signed
        version rendered again; a fingerprint typed from a paper copy is looked up.  A digital
        signature on the copy is checked, against `trust_roots` (PEM or DER) when given
        (`services.signed.check_copy`)."""
        with self._read() as s:
            conn = driver_connection(s)
            return check_copy(conn, pdf, trust_roots) if pdf is not None else look_up(conn, fingerprint or "")

    def check_prints(self) -> dict:
        """`council check`'s finding on the signed files: each intact stored file must be what its
        stored data, letterhead and mark print in its layout; a difference shows the data (with its
        fingerprint recomputed) or the file changed after signing."""
        def differing() -> tuple[bool, str]:
            differ = []
            with self._read() as s:
                conn = driver_connection(s)
                for issue in snapshot.protocol_issues(conn):
                    pdf = snapshot.signed(conn, issue, "pdf")
                    if not pdf or hashlib.sha256(pdf).hexdigest() != issue.sha256:
                        continue  # no file, or a damaged one: signed_protocol_hashes says so
                    again = reprint(conn, issue, issue.language)
                    if again is not None and again != bytes(pdf):
                        differ.append(f"meeting {issue.meeting_id} v{issue.revision} {issue.language}")
            return (not differ, f"{'; '.join(differ)}: the stored data no longer prints the signed file; {TAMPERED}"
                    if differ else "")

        findings = Findings()
        findings.run("signed_prints", differing)
        return findings[0]
