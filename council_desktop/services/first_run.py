"""The guided start on an empty database: whether it was done, and the members it makes in one step."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import select

from ..domain.enums import MembershipRole
from ..domain.errors import NotFound
from ..domain.models import CouncilBody, Membership, Person, Setting
from .base import Service, get

DONE_KEY = "first_run_done"  # a row of the settings table; travels with the database


class FirstRunService(Service):
    def done(self) -> bool:
        with self._read() as s:
            row = s.get(Setting, DONE_KEY)
            return bool(row and row.value == "true")

    def mark_done(self) -> None:
        """Finished or skipped: not offered again on this database (Help → Guided start… still opens it)."""
        with self._tx() as s:
            row = s.get(Setting, DONE_KEY) or Setting(key=DONE_KEY)
            row.value = "true"
            s.add(row)

    def person_ids(self) -> set[int]:
        with self._read() as s:
            return set(s.scalars(select(Person.id)))

    def add_members(self, body_id: int, person_ids: Iterable[int], start: dt.date | None = None) -> int:
        """The people (just imported) as members of the body from `start` (today), all or none; people
        already members of it on that day are left as they are. Returns how many were added."""
        with self._tx() as s:
            body = get(s, CouncilBody, body_id, "council body")
            start = start or dt.date.today()
            wanted = sorted(set(person_ids))
            if not wanted:
                return 0
            found = set(s.scalars(select(Person.id).where(Person.id.in_(wanted))))
            if len(found) != len(wanted):
                raise NotFound("person", min(set(wanted) - found))
            current = set(s.scalars(select(Membership.person_id).where(
                Membership.body_id == body.id, Membership.start_date <= start,
                (Membership.end_date.is_(None)) | (Membership.end_date >= start))))
            added = [pid for pid in wanted if pid not in current]
            s.add_all(Membership(body_id=body.id, person_id=pid, role=MembershipRole.MEMBER, start_date=start,
                                 end_date=None, basis="") for pid in added)
            s.flush()
            return len(added)
