"""The registry: people, organisations, council bodies and their membership terms."""
from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select

from ..domain import rules
from ..domain.errors import CouncilError, InvalidValue, RuleViolation
from ..domain.models import (
    AgendaRapporteur,
    Assignment,
    Attendance,
    CouncilBody,
    MajorityRule,
    Meeting,
    MeetingBody,
    Membership,
    MembershipRole,
    Organization,
    OrganizationKind,
    Person,
    Presentation,
    Project,
    QuorumRule,
    Speech,
)
from ..domain.names import search_terms
from ..store import people_search, snapshot
from .readmodel import NAME_FIELDS, names
from .base import (
    Service,
    check_email,
    driver_connection,
    get,
    get_current,
    non_negative,
    parse_date,
    parse_enum,
    required,
)

PERSON_FIELDS = ("surname", "given_name", "patronymic", "surname_kk", "given_name_kk", "patronymic_kk",
                 "surname_en", "given_name_en", "patronymic_en", "degree", "degree_kk", "degree_en",
                 "title", "title_kk", "title_en", "position", "position_kk", "position_en",
                 "organization_id", "email", "phone")
ORG_FIELDS = (*NAME_FIELDS, "kind")
BODY_FIELDS = (*NAME_FIELDS, "organization_id", "quorum_rule",
               "quorum_fixed", "majority_rule")
PERSON_COLUMNS = ("id", "surname", "given_name", "patronymic", "degree", "position", "organization", "email")


def list_name(p: Person, lang: str = "ru") -> str:
    """The name as a list sorted by surname shows it: surname first ("Turmukhambetova, Anar" in English)."""
    s, g, pat = p.name_parts(lang)
    if lang == "en":
        return f"{s}, {g}" if g else s
    return " ".join(x for x in (s, g, pat) if x)


# every column that names a person: a person in use is not deleted, and a merge moves them all
PERSON_REFERENCES = [
    (Attendance, Attendance.person_id), (Attendance, Attendance.substitute_for_id),
    (Membership, Membership.person_id), (AgendaRapporteur, AgendaRapporteur.person_id),
    (Speech, Speech.person_id), (Presentation, Presentation.presenter_id), (Project, Project.lead_id),
    (Assignment, Assignment.responsible_person_id), (Meeting, Meeting.chair_id), (Meeting, Meeting.secretary_id),
    (MeetingBody, MeetingBody.signing_chair_id), (MeetingBody, MeetingBody.signing_secretary_id),
]


def _check_signatories(s, person_id: int) -> None:
    """After a merge moved another record's roles to `person_id`: every meeting where someone is chosen to
    sign for a body and they are its chair, secretary or a chosen signatory holds to
    rules.check_signatories (the merged person may now be both a body's chair and its secretary)."""
    s.flush()
    s.expire_all()  # the moved references were set as ids: read the meetings' links again with them
    chosen = select(MeetingBody.meeting_id).where(
        or_(MeetingBody.signing_chair_id.is_not(None), MeetingBody.signing_secretary_id.is_not(None)))
    signing = select(MeetingBody.meeting_id).where(
        or_(MeetingBody.signing_chair_id == person_id, MeetingBody.signing_secretary_id == person_id))
    for m in s.scalars(select(Meeting).where(Meeting.id.in_(chosen), or_(
            Meeting.chair_id == person_id, Meeting.secretary_id == person_id, Meeting.id.in_(signing)))
            .order_by(Meeting.date, Meeting.id)):
        try:
            rules.check_signatories(m)
        except RuleViolation as exc:
            if exc.code != "signs_twice":
                raise
            raise CouncilError("merge_signs_twice", number=m.number_label, date=m.date.isoformat(),
                               **exc.params) from None


def membership_row(t: Membership, lang: str = "ru") -> dict[str, Any]:
    return {"id": t.id, "version": t.version, "body_id": t.body_id, "person_id": t.person_id,
            "person": t.person.full_name(lang), "role": t.role.value, "start_date": t.start_date.isoformat(),
            "end_date": t.end_date.isoformat() if t.end_date else None, "basis": t.basis}


def organization_row(o: Organization, lang: str = "ru") -> dict[str, Any]:
    return {"id": o.id, "uuid": o.uuid, "version": o.version, **names(o, lang), "kind": o.kind.value}


def body_row(b: CouncilBody, lang: str = "ru") -> dict[str, Any]:
    return {"id": b.id, "uuid": b.uuid, "version": b.version, **names(b, lang),
            "quorum_rule": b.quorum_rule.value, "quorum_fixed": b.quorum_fixed,
            "majority_rule": b.majority_rule.value, "organization_id": b.organization_id}


def person_row(p: Person, lang: str = "ru") -> dict[str, Any]:
    return {"id": p.id, "uuid": p.uuid, "version": p.version, "name": p.full_name(lang),
            "short_name": p.short_name(lang), "list_name": list_name(p, lang),
            **{f"{f}_text": p.describe(f, lang) for f in ("degree", "title", "position")},
            **{f: getattr(p, f) for f in PERSON_FIELDS},
            "organization": p.organization.label(lang) if p.organization else ""}


class RegistryService(Service):
    # --- people (created and changed by services.records, the one call for a registry record) -----
    def person(self, person_id: int, lang: str = "ru") -> dict:
        with self._read() as s:
            return person_row(snapshot.read_row(driver_connection(s), "person", person_id), lang)

    def count_people(self, text: str = "") -> int:
        with self._reading() as conn:
            return people_search.count(conn, search_terms(text))

    def people(self, text: str = "", offset: int = 0, limit: int | None = None,
               order: str = "surname", descending: bool = False, lang: str = "ru") -> list[dict]:
        """One page of the registry; the database sorts (by the surname in `lang`) and filters, so 100,000
        people stay quick. A word of the search of one or two letters matches the start of a name, a
        longer one any part of it; case, ё and look-alike Latin letters do not matter (search_fold)."""
        return self.search_people(text, offset, limit, order, descending, lang, counted=False)[2]

    def search_people(self, text: str = "", offset: int = 0, limit: int | None = None, order: str = "surname",
                      descending: bool = False, lang: str = "ru",
                      counted: bool = True) -> tuple[int | None, bool, list[dict]]:
        """How many people a search finds (None unless `counted`), whether more than that were found (the
        count stops past people_search.CAP: an exact count of a broad search visits every match), and one
        page of them (as `people`), read in one transaction with plain SQL: what the People list asks at each
        keystroke."""
        terms = search_terms(text)
        with self._reading() as conn:
            found, ids = people_search.search(conn, terms, order, lang, descending, offset, limit, counted)
            rows = [person_row(p, lang) for p in snapshot.read_rows(conn, "person", ids)]
        more = found is not None and found > people_search.CAP
        return (people_search.CAP if more else found), more, rows

    def delete_person(self, person_id: int) -> None:
        """Only a person nothing refers to: the minutes, terms and tasks that name them are records."""
        with self._tx() as s:
            p = get(s, Person, person_id, "person")
            for model, column in PERSON_REFERENCES:
                if s.scalar(select(func.count()).select_from(model).where(column == p.id)):
                    raise CouncilError("in_use", kind="person", ident=person_id, what=model.__tablename__)
            s.delete(p)

    def merge_people(self, keep_id: int, drop_id: int) -> int:
        """Fold a duplicate into the kept record: attendance, roles, speeches and tasks move over."""
        with self._tx() as s:
            keep = get(s, Person, keep_id, "person")
            drop = get(s, Person, drop_id, "person")
            if keep.id == drop.id:
                raise CouncilError("invalid_value", field="merge", value=drop_id)
            kept = {a.meeting_id: a for a in s.scalars(select(Attendance).where(Attendance.person_id == keep.id))}
            for a in s.scalars(select(Attendance).where(Attendance.person_id == drop.id)):
                twin = kept.get(a.meeting_id)
                if twin is None:
                    a.person_id = keep.id
                    continue
                # both were listed: one row stays, carrying whichever says the person attended
                if a.status.attends and not twin.status.attends:
                    twin.status, twin.substitute_for_id = a.status, a.substitute_for_id
                twin.is_guest = twin.is_guest and a.is_guest
                twin.note = "; ".join(n for n in (twin.note, a.note) if n)
                s.delete(a)
            s.flush()
            for model, column in PERSON_REFERENCES:  # attendance rows moved above; the rest now
                for obj in s.scalars(select(model).where(column == drop.id)):
                    setattr(obj, column.key, keep.id)
            for f in PERSON_FIELDS:
                if not getattr(keep, f) and getattr(drop, f):
                    setattr(keep, f, getattr(drop, f))
            keep.refresh_search_key()
            s.flush()
            s.delete(drop)
            _check_signatories(s, keep.id)
            return keep.id

    def similar_people(self, surname: str, given_name: str = "", exclude_id: int | None = None,
                       lang: str = "ru") -> list[dict]:
        """Probable duplicates: the same surname up to case, ё/е and look-alike Latin letters."""
        with self._read() as s:
            return _similar_people(s, surname or "", given_name or "", exclude_id, lang)

    # --- organisations --------------------------------------------------------------------
    def organizations(self, text: str = "", lang: str = "ru") -> list[dict]:
        """The organisations list; with `text`, those whose names hold every word of it."""
        words = text.casefold().split()
        with self._read() as s:
            return [organization_row(o, lang) for o in snapshot.read_list(driver_connection(s), "organization")
                    if all(w in (o.search_key or "") for w in words)]

    def organization(self, org_id: int, lang: str = "ru") -> dict:
        with self._read() as s:
            return organization_row(snapshot.read_row(driver_connection(s), "organization", org_id), lang)

    # --- council bodies and membership ----------------------------------------------------
    def bodies(self, lang: str = "ru") -> list[dict]:
        with self._read() as s:
            return [body_row(b, lang) for b in snapshot.read_list(driver_connection(s), "council_body")]

    def body(self, body_id: int, lang: str = "ru") -> dict:
        with self._read() as s:
            return body_row(snapshot.read_row(driver_connection(s), "council_body", body_id, "council body"), lang)

    def delete_membership(self, membership_id: int, expected_version: int | None = None) -> None:
        """Remove a term entered by mistake (the undo of adding it in the window); refused if it changed
        since `expected_version`."""
        with self._tx() as s:
            s.delete(get_current(s, Membership, membership_id, "membership", expected_version))

    def members_on(self, body_id: int, on: dt.date, lang: str = "ru") -> list[dict]:
        """The composition as of a date: the terms that cover it, one per person, by surname."""
        on = parse_date(on, "date")
        with self._read() as s:
            terms = snapshot.read_children(driver_connection(s), "membership", body_id)
        terms.sort(key=lambda t: (t.person.surname, t.person.given_name, t.id))
        return [{"membership_id": t.id, "role": t.role.value, **person_row(t.person, lang)}
                for t in rules.terms_on(terms, on)]

    def memberships(self, body_id: int, lang: str = "ru") -> list[dict]:
        """A body's membership terms, by start: each by the model's columns, and the member's name in `lang`."""
        with self._read() as s:
            return [membership_row(t, lang)
                    for t in snapshot.read_children(driver_connection(s), "membership", body_id)]


# --- what a registry record may hold: the rules `services.records` applies to each kind ----------------
def apply_person(s, p: Person, values: dict) -> None:
    merged = {f: getattr(p, f, None) for f in PERSON_FIELDS} | values
    p.surname = required(merged.get("surname"), "surname")
    for f in PERSON_FIELDS[1:]:
        if f in ("surname", "organization_id", "email"):
            continue
        setattr(p, f, (merged.get(f) or "").strip())
    p.email = check_email(merged.get("email"))
    org = merged.get("organization_id")
    p.organization_id = get(s, Organization, org, "organization").id if org else None
    p.refresh_search_key()


def _apply_names(o: Organization | CouncilBody, merged: dict) -> None:
    if not any((merged.get(f) or "").strip() for f in ("name_kk", "name_ru", "name_en")):
        raise CouncilError("required", field="name")
    for f in NAME_FIELDS:
        setattr(o, f, (merged.get(f) or "").strip())


def apply_organization(s, o: Organization, values: dict) -> None:
    merged = {f: getattr(o, f, None) for f in ORG_FIELDS} | values
    _apply_names(o, merged)
    o.kind = parse_enum(OrganizationKind, merged.get("kind") or "other", "kind")
    o.search_key = " ".join(getattr(o, f) for f in NAME_FIELDS).casefold()


def apply_body(s, b: CouncilBody, values: dict) -> None:
    merged = {f: getattr(b, f, None) for f in BODY_FIELDS} | values
    _apply_names(b, merged)
    b.quorum_rule = parse_enum(QuorumRule, merged.get("quorum_rule") or "more_than_half", "quorum rule")
    b.majority_rule = parse_enum(MajorityRule, merged.get("majority_rule") or "simple_of_present",
                                 "majority rule")
    b.quorum_fixed = non_negative(merged.get("quorum_fixed"), "quorum")
    rules.quorum_required(b.quorum_rule, 1, b.quorum_fixed)  # refuses a fixed rule without a number
    org = merged.get("organization_id")
    b.organization_id = get(s, Organization, org, "organization").id if org else None


def apply_membership(s, m: Membership, values: dict) -> None:
    """A term: its body and person are chosen when it is added; its dates, role and basis may change."""
    if m.id is None:
        m.body_id = get(s, CouncilBody, values.get("body_id"), "council body").id
        m.person_id = get(s, Person, values.get("person_id"), "person").id
    elif not {"body_id", "person_id"}.isdisjoint(values):
        raise InvalidValue("field", "membership.body_id" if "body_id" in values else "membership.person_id")
    if m.id is None or "role" in values:
        m.role = parse_enum(MembershipRole, values.get("role") or "member", "role")
    if m.id is None or "start_date" in values:
        m.start_date = parse_date(values.get("start_date"), "from") or dt.date.today()
    if "end_date" in values:
        m.end_date = parse_date(values["end_date"], "to")
    if m.end_date and m.end_date < m.start_date:
        raise CouncilError("date_order", field="membership")
    if "basis" in values:
        m.basis = (values["basis"] or "").strip()


def members_on(s, body_id: int, on: dt.date) -> list[Membership]:
    q = (select(Membership).join(Person).where(Membership.body_id == body_id)
         .order_by(Person.surname, Person.given_name, Membership.id))
    return rules.terms_on(s.scalars(q).unique(), on)


def _similar_people(s, surname: str, given_name: str, exclude_id: int | None, lang: str) -> list[dict]:
    from ..domain.names import compare_key

    key, given = compare_key(surname), compare_key(given_name)
    if not key:
        return []
    # a look-alike letter keeps the length, so only names of that length are compared
    q = select(Person.id, Person.surname, Person.given_name).where(
        func.length(Person.surname) == len(surname.strip()))
    if exclude_id:
        q = q.where(Person.id != exclude_id)
    found = []
    for pid, other_surname, other_given in s.execute(q):
        other = compare_key(other_given)
        if compare_key(other_surname) == key and (not given or not other or other[:1] == given[:1]):
            found.append(person_row(get(s, Person, pid, "person"), lang))
    return found

