"""Editing a record's fields with one call: `update(kind, id, {column: value})`.

The meeting editor and the registry editors (person, organisation, council body and its
membership terms, project) write every field edit, and its undo and redo, through this; a
registry record is created with the same columns by `create(kind, {column: value})`.  The keys are
the column names of `domain.models`, as the read path gives them (`store.snapshot`, and
`readmodel.meeting_record` over it), so what an editor read is what it writes back, with no
renaming on the way.  A key that is not an editable column of that kind is refused, nothing
written; the values are checked by the same rules as the services' own calls (one function per
rule, shared with them), all in one transaction; the record's new version is returned, which
the next call for the same record expects.
"""
from __future__ import annotations

from typing import Any

from ..domain.entities import LANGUAGES
from ..domain.errors import InvalidValue
from ..domain.rules import VOTE_COUNTS
from ..domain.models import (
    AgendaItem,
    Assignment,
    CouncilBody,
    Meeting,
    Membership,
    Organization,
    Person,
    Project,
    Resolution,
    Speech,
)
from .base import Service, get, get_current, new_version
from .meetings import ITEM_TEXT_FIELDS, MEETING_TEXT_FIELDS, PROJECT_FIELDS, MeetingService, apply_project, editable
from .minutes import MinutesService
from .registry import (
    BODY_FIELDS,
    ORG_FIELDS,
    PERSON_FIELDS,
    apply_body,
    apply_membership,
    apply_organization,
    apply_person,
)


def _texts(field: str) -> set[str]:
    return {f"{field}_{lang}" for lang in LANGUAGES}


# kind (the table's name) -> its model, how a refusal names it, and the columns an editor may change
EDITABLE: dict[str, tuple[type, str, frozenset[str]]] = {
    "meeting": (Meeting, "meeting", frozenset({*MEETING_TEXT_FIELDS, "date", "start_time", "end_time", "format",
                                               "kind", "chair_id", "secretary_id"})),
    "agenda_item": (AgendaItem, "agenda item", frozenset({*ITEM_TEXT_FIELDS, *_texts("heard"), "planned_minutes"})),
    "speech": (Speech, "speech", frozenset({*_texts("gist"), "person_id"})),
    "resolution": (Resolution, "resolution", frozenset({*_texts("text"), *VOTE_COUNTS, "unanimous",
                                                        "adopted_override", "override_reason"})),
    "assignment": (Assignment, "assignment", frozenset({*_texts("task"), "responsible_person_id",
                                                        "responsible_org_id", "deadline"})),
    "person": (Person, "person", frozenset(PERSON_FIELDS)),
    "organization": (Organization, "organization", frozenset(ORG_FIELDS)),
    "council_body": (CouncilBody, "council body", frozenset(BODY_FIELDS)),
    "membership": (Membership, "membership", frozenset({"body_id", "person_id", "role", "start_date", "end_date",
                                                        "basis"})),
    "project": (Project, "project", frozenset(PROJECT_FIELDS)),
}
# the registry's kinds: created by `create` too, each checked by its rules in services.registry / meetings
# (a meeting's own records are created by their own actions: an item in its place, a vote with its resolution)
REGISTRY = {"person": apply_person, "organization": apply_organization, "council_body": apply_body,
            "membership": apply_membership, "project": apply_project}
# besides the columns, what an editor sets that is kept in rows of their own: an item's rapporteurs and
# co-rapporteurs (lists of ids), a joint meeting's vote counted per body (MinutesService.set_body_counts' input)
LINKS = {"agenda_item": frozenset({"rapporteurs", "co_rapporteurs"}), "resolution": frozenset({"body_counts"})}
VOTE = (*VOTE_COUNTS, "unanimous")  # a resolution's vote, checked whole (services.minutes takes it by these names)


def _by_language(values: dict, field: str) -> dict[str, Any]:
    """{"title_kk": …} -> {"kk": …}: how the services' own calls take a text in several languages."""
    return {k[len(field) + 1:]: v for k, v in values.items() if k in _texts(field)}


class RecordService(Service):
    def update(self, kind: str, ident: int, values: dict[str, Any], expected_version: int | None = None,
               numbers: dict[int, int] | None = None) -> int:
        """Change these columns of the record `kind` `ident` (a meeting also its number in a body:
        `numbers`, body id -> number); refused whole if it changed since `expected_version`."""
        model, label = self._check(kind, values)
        if numbers and kind != "meeting":
            raise InvalidValue("field", f"{kind}.numbers")
        with self._tx() as s:
            record = get_current(s, model, ident, label, expected_version)
            self._apply(s, kind, record, values, numbers)
            return new_version(s, record)

    def create(self, kind: str, values: dict[str, Any]) -> int:
        """A new registry record (REGISTRY) with these columns, checked as `update` checks them; its id."""
        if kind not in REGISTRY:
            raise InvalidValue("kind", kind)
        model, _label = self._check(kind, values)
        with self._tx() as s:
            record = model()
            REGISTRY[kind](s, record, values)
            s.add(record)
            s.flush()
            return record.id

    @staticmethod
    def _check(kind: str, values: dict) -> tuple[type, str]:
        """The model and name of `kind`; refused when a key is not one of its editable columns."""
        if kind not in EDITABLE:
            raise InvalidValue("kind", kind)
        model, label, columns = EDITABLE[kind]
        for field in values:
            if field not in columns and field not in LINKS.get(kind, ()):
                raise InvalidValue("field", f"{kind}.{field}")
        return model, label

    def _apply(self, s, kind: str, record, values: dict, numbers) -> None:
        if kind in REGISTRY:
            REGISTRY[kind](s, record, values)
        else:
            getattr(self, f"_{kind}")(s, record, values, numbers)

    def _meeting(self, s, m: Meeting, values: dict, numbers) -> None:
        MeetingService(self._sessions).change(s, editable(m), values, numbers)

    def _agenda_item(self, s, item: AgendaItem, values: dict, _numbers) -> None:
        editable(item.meeting)
        for field, text in values.items():
            if field.startswith("heard_"):
                setattr(item, field, (text or "").strip())
        MeetingService(self._sessions)._apply_item(
            s, item, {k: v for k, v in values.items() if k in ITEM_TEXT_FIELDS or k == "planned_minutes"},
            values.get("rapporteurs"), values.get("co_rapporteurs"))

    def _speech(self, s, sp: Speech, values: dict, _numbers) -> None:
        editable(sp.item.meeting)
        for lang, text in _by_language(values, "gist").items():
            setattr(sp, f"gist_{lang}", (text or "").strip())
        if values.get("person_id"):
            sp.person_id = get(s, Person, values["person_id"], "person").id

    def _resolution(self, s, r: Resolution, values: dict, _numbers) -> None:
        editable(r.item.meeting)
        text = _by_language(values, "text")
        if text:
            MinutesService._apply_text(r, text)
        if not set(VOTE).isdisjoint(values):  # the vote is checked whole: the fields not given as they are
            vote = {column: values.get(column, getattr(r, column)) for column in VOTE}
            # a count other than the unanimous vote's ends it, as typing one does in the editor (each undo or
            # redo step is written on its own)
            if "unanimous" not in values and r.unanimous and any(
                    values[column] != getattr(r, column) for column in VOTE_COUNTS if column in values):
                vote["unanimous"] = False
            MinutesService._apply_vote(s, r, vote)
        if "adopted_override" in values or "override_reason" in values:
            MinutesService._apply_exception(r, values.get("adopted_override", r.adopted_override),
                                            values.get("override_reason", r.override_reason))
        if "body_counts" in values:  # after the vote: checked against the total as it is now
            MinutesService._apply_body_counts(s, r, values["body_counts"])

    def _assignment(self, s, a: Assignment, values: dict, _numbers) -> None:
        editable(a.resolution.item.meeting)
        MinutesService._apply_assignment(
            s, a, _by_language(values, "task") or None, values.get("responsible_person_id", ...),
            values.get("responsible_org_id", ...), values.get("deadline", ...))
