"""Recording the minutes: what was heard, who spoke, what was resolved and how the vote went."""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from typing import Any

from sqlalchemy.orm import Session

from ..domain import rules
from ..domain.entities import LANGUAGES
from ..domain.errors import CouncilError, InvalidValue
from ..domain.models import (
    AgendaItem,
    Assignment,
    AssignmentStatus,
    Meeting,
    Organization,
    Person,
    Resolution,
    ResolutionBodyVote,
    Speech,
    utcnow,
)
from ..store import snapshot
from .base import (
    Service,
    driver_connection,
    get,
    get_current,
    new_version,
    non_negative,
    parse_date,
    parse_enum,
)
from .meetings import editable


def _counts(vote: dict) -> list[int | None]:
    """A vote's counts given by the models' columns (rules.VOTE_COUNTS), each a whole number or None;
    a refusal names the count by its word ("vote: for").  Another key is refused (the short words the
    protocol prints are not keys: {"for": 5} would read as no vote at all)."""
    for key in vote:
        if key not in rules.VOTE_COUNTS and key != "unanimous":
            raise InvalidValue("field", f"vote.{key}")
    return [non_negative(vote.get(k), f"vote: {rules.VOTE_WORDS[k]}") for k in rules.VOTE_COUNTS]


class MinutesService(Service):
    def set_heard(self, item_id: int, values: dict, expected_version: int | None = None) -> int:
        """What was heard on an item, in each language given; returns the item's new version."""
        with self._tx() as s:
            item = get_current(s, AgendaItem, item_id, "agenda item", expected_version)
            editable(item.meeting)
            for lang in LANGUAGES:
                if lang in values:
                    setattr(item, f"heard_{lang}", (values[lang] or "").strip())
            return new_version(s, item)

    def add_speech(self, item_id: int, person_id: int, gist: dict) -> int:
        with self._tx() as s:
            item = get(s, AgendaItem, item_id, "agenda item")
            editable(item.meeting)
            sp = Speech(person_id=get(s, Person, person_id, "person").id, position=len(item.speeches) + 1,
                        **{f"gist_{k}": (v or "").strip() for k, v in gist.items() if k in LANGUAGES})
            item.speeches.append(sp)
            s.flush()
            return sp.id

    def update_speech(self, speech_id: int, gist: dict, person_id: int | None = None,
                      expected_version: int | None = None) -> int:
        """Returns the speech's new version."""
        with self._tx() as s:
            sp = get_current(s, Speech, speech_id, "speech", expected_version)
            editable(sp.item.meeting)
            for k, v in gist.items():
                if k in LANGUAGES:
                    setattr(sp, f"gist_{k}", (v or "").strip())
            if person_id:
                sp.person_id = get(s, Person, person_id, "person").id
            return new_version(s, sp)

    def remove_speech(self, speech_id: int, expected_version: int | None = None) -> None:
        with self._tx() as s:
            sp = get_current(s, Speech, speech_id, "speech", expected_version)
            editable(sp.item.meeting)
            s.delete(sp)

    def add_resolution(self, item_id: int, text: dict, vote: dict | None = None) -> int:
        with self._tx() as s:
            item = get(s, AgendaItem, item_id, "agenda item")
            editable(item.meeting)
            r = Resolution(position=len(item.resolutions) + 1)
            item.resolutions.append(r)
            self._apply_text(r, text)
            if vote:
                self._apply_vote(s, r, vote)
            s.flush()
            return r.id

    def update_resolution(self, resolution_id: int, text: dict | None = None, vote: dict | None = None,
                          expected_version: int | None = None) -> int:
        """Returns the resolution's new version."""
        with self._tx() as s:
            r = get_current(s, Resolution, resolution_id, "resolution", expected_version)
            editable(r.item.meeting)
            if text is not None:
                self._apply_text(r, text)
            if vote is not None:
                self._apply_vote(s, r, vote)
                self._keep_body_counts(r)
            return new_version(s, r)

    def set_body_counts(self, resolution_id: int, counts: dict | None,
                        expected_version: int | None = None) -> int:
        """A joint meeting's show-of-hands vote as counted in each body: {body id: {"votes_for",
        "votes_against", "votes_abstained"}} for every body of the meeting, None or {} to count it only in total again.
        The counts must agree with the total (rules.validate_body_counts); returns the resolution's
        new version."""
        with self._tx() as s:
            r = get_current(s, Resolution, resolution_id, "resolution", expected_version)
            editable(r.item.meeting)
            self._apply_body_counts(s, r, counts)
            return new_version(s, r)

    @staticmethod
    def _apply_body_counts(s: Session, r: Resolution, counts: dict | None) -> None:
        # the counts are the resolution's: recording them moves its version on, so that an editor's copy
        # of the resolution taken before is refused as stale (its rows are records of their own)
        r.updated_at = utcnow()
        r.body_counts.clear()
        s.flush()
        if not counts:
            return
        if len(r.item.meeting.bodies) < 2 or r.roll_call or r.unanimous or r.votes_for is None:
            raise CouncilError("body_vote_not_split", number=f"{r.item.position}.{r.position}")
        votes = {}
        for body_id, vote in counts.items():
            typed = _counts(vote)
            votes[int(body_id)] = rules.Vote(*(c or 0 for c in typed))
        total = rules.Vote(r.votes_for or 0, r.votes_against or 0, r.votes_abstained or 0)
        names = {mb.body_id: {lang: mb.body.label(lang) for lang in LANGUAGES} for mb in r.item.meeting.bodies}
        rules.validate_body_counts(total, votes, rules.vote_quorum(r), names)
        r.body_counts.extend(ResolutionBodyVote(body_id=b, **asdict(v)) for b, v in votes.items())

    @staticmethod
    def _keep_body_counts(r: Resolution) -> None:
        """The counts per body stay with a changed total only while they still agree with it: they
        were counted for the vote as it was (the Minutes tab shows their row empty again)."""
        if not r.body_counts:
            return
        if not rules.body_counts_agree(r):
            r.body_counts.clear()

    def record_vote(self, resolution_id: int, votes_for: Any = None, votes_against: Any = None,
                    votes_abstained: Any = None, unanimous: bool = False) -> None:
        self.update_resolution(resolution_id, vote={"votes_for": votes_for, "votes_against": votes_against,
                                                    "votes_abstained": votes_abstained, "unanimous": unanimous})

    def set_exception(self, resolution_id: int, adopted: bool | None, reason: str = "",
                      expected_version: int | None = None) -> int:
        """The secretary records that the outcome differs from what the rule gives, and why;
        returns the resolution's new version."""
        with self._tx() as s:
            r = get_current(s, Resolution, resolution_id, "resolution", expected_version)
            editable(r.item.meeting)
            self._apply_exception(r, adopted, reason)
            return new_version(s, r)

    @staticmethod
    def _apply_exception(r: Resolution, adopted: bool | None, reason: str | None) -> None:
        reason = reason or ""
        if adopted is not None and not reason.strip():
            raise CouncilError("required", field="reason")
        r.adopted_override = adopted
        r.override_reason = reason.strip() if adopted is not None else ""

    def remove_resolution(self, resolution_id: int, expected_version: int | None = None) -> None:
        with self._tx() as s:
            r = get_current(s, Resolution, resolution_id, "resolution", expected_version)
            item = r.item
            editable(item.meeting)
            item.resolutions.remove(r)
            for pos, other in enumerate(item.resolutions, start=1):
                other.position = pos

    @staticmethod
    def _apply_text(r: Resolution, text: dict) -> None:
        for lang in LANGUAGES:
            if lang in text:
                setattr(r, f"text_{lang}", (text[lang] or "").strip())
        if not (r.text_kk or r.text_ru or r.text_en):
            raise CouncilError("required", field="resolution text")

    @staticmethod
    def _apply_vote(s: Session, r: Resolution, vote: dict) -> None:
        if r.roll_call:  # its counts are the names' (meeting mode): not typed over
            typed = _counts(vote)
            if vote.get("unanimous") or typed != [r.votes_for, r.votes_against, r.votes_abstained]:
                raise CouncilError("vote_by_roll_call", number=f"{r.item.position}.{r.position}")
            return
        present = rules.vote_quorum(r).present_members
        if vote.get("unanimous"):
            r.unanimous = True
            r.votes_for, r.votes_against, r.votes_abstained = present, 0, 0
            return
        counts = _counts(vote)
        if all(c is None for c in counts):
            r.unanimous, r.votes_for, r.votes_against, r.votes_abstained = False, None, None, None
            return
        counts = [c or 0 for c in counts]
        rules.validate_vote(rules.Vote(*counts), present)
        r.unanimous = False
        r.votes_for, r.votes_against, r.votes_abstained = counts

    # --- assignments and their follow-up --------------------------------------------------
    def add_assignment(self, resolution_id: int, task: dict, responsible_person: int | None = None,
                       responsible_org: int | None = None, deadline: Any = None) -> int:
        with self._tx() as s:
            r = get(s, Resolution, resolution_id, "resolution")
            editable(r.item.meeting)
            a = Assignment(position=len(r.assignments) + 1)
            r.assignments.append(a)
            self._apply_assignment(s, a, task, responsible_person, responsible_org, deadline)
            s.flush()
            return a.id

    def update_assignment(self, assignment_id: int, task: dict | None = None, responsible_person: Any = ...,
                          responsible_org: Any = ..., deadline: Any = ...,
                          expected_version: int | None = None) -> int:
        """Returns the assignment's new version."""
        with self._tx() as s:
            a = get_current(s, Assignment, assignment_id, "assignment", expected_version)
            editable(a.resolution.item.meeting)
            self._apply_assignment(s, a, task, responsible_person, responsible_org, deadline)
            return new_version(s, a)

    def remove_assignment(self, assignment_id: int, expected_version: int | None = None) -> None:
        with self._tx() as s:
            a = get_current(s, Assignment, assignment_id, "assignment", expected_version)
            r = a.resolution
            editable(r.item.meeting)
            r.assignments.remove(a)
            for pos, other in enumerate(r.assignments, start=1):
                other.position = pos

    @staticmethod
    def _apply_assignment(s, a: Assignment, task, person, org, deadline) -> None:
        for lang in LANGUAGES:
            if task and lang in task:
                setattr(a, f"task_{lang}", (task[lang] or "").strip())
        if not (a.task_kk or a.task_ru or a.task_en):
            raise CouncilError("required", field="task")
        if person is not ...:
            a.responsible_person_id = get(s, Person, person, "person").id if person else None
        if org is not ...:
            a.responsible_org_id = get(s, Organization, org, "organization").id if org else None
        if deadline is not ...:
            a.deadline = parse_date(deadline, "deadline")
            meeting = a.resolution.item.meeting
            if a.deadline is not None and a.deadline < meeting.date:  # due before the meeting that gave it
                raise CouncilError("deadline_before_meeting", deadline=a.deadline.isoformat(),
                                   date=meeting.date.isoformat())

    def set_assignment_status(self, assignment_id: int, status: str, checked_meeting: int | None = None,
                              done_on: Any = None, report: str | None = None) -> None:
        """Follow-up: done (checked at a later meeting), cancelled, or open again."""
        with self._tx() as s:
            a = get(s, Assignment, assignment_id, "assignment")
            a.status = parse_enum(AssignmentStatus, status, "status")
            a.checked_meeting_id = get(s, Meeting, checked_meeting, "meeting").id if checked_meeting else None
            a.done_on = (parse_date(done_on, "done on") or dt.date.today()) \
                if a.status is AssignmentStatus.DONE else None
            if report is not None:
                a.report = report.strip()

    def assignments(self, lang: str = "ru", status: str | None = None, body_id: int | None = None,
                    responsible: str = "", today: dt.date | None = None) -> list[dict]:
        """Assignments across meetings, for follow-up, soonest deadline first; overdue ones are flagged."""
        wanted = None if status in (None, "", "overdue") else parse_enum(AssignmentStatus, status, "status")
        with self._read() as s:
            found = snapshot.read_list(driver_connection(s), "assignment")
        rows = []
        for a in found:
            if wanted is not None and a.status is not wanted:
                continue
            if status == "overdue" and not (a.status is AssignmentStatus.OPEN and a.deadline is not None
                                            and a.deadline < (today or dt.date.today())):
                continue
            if body_id and not any(mb.body_id == body_id for mb in a.resolution.item.meeting.bodies):
                continue
            if responsible and responsible.casefold() not in a.responsible(lang).casefold():
                continue
            rows.append(assignment_row(a, lang, today))
        return rows

    def assignment_rows(self, assignment_ids, lang: str = "ru", today: dt.date | None = None) -> list[dict]:
        """The follow-up list's rows of only these assignments (deleted ones left out)."""
        with self._read() as s:
            return [assignment_row(a, lang, today)
                    for a in snapshot.read_rows(driver_connection(s), "assignment", assignment_ids)]


def assignment_row(a, lang: str, today: dt.date | None = None) -> dict:
    """A line of the follow-up list: the assignment's columns, its meeting and resolution."""
    r = a.resolution
    m = r.item.meeting
    return {
        "id": a.id, "uuid": a.uuid, "task": a.task(lang), "responsible": a.responsible(lang),
        "responsible_person_id": a.responsible_person_id,
        "responsible_org_id": a.responsible_org_id,
        "deadline": a.deadline.isoformat() if a.deadline else None,
        "status": a.status.value, "overdue": rules.overdue(a, today),
        "done_on": a.done_on.isoformat() if a.done_on else None,
        "checked_meeting_id": a.checked_meeting_id, "report": a.report,
        "meeting_id": m.id, "meeting_number": m.number_label, "meeting_date": m.date.isoformat(),
        "resolution": f"{r.item.position}.{r.position}", "resolution_text": r.text(lang),
        "bodies": [mb.body.label(lang) for mb in m.bodies],
    }
