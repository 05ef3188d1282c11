"""Putting back what was removed from a meeting's record, exactly as it was.

Before an agenda item, a presentation, a file, a speech, a resolution or an assignment is
removed, `snapshot(kind, id)` copies it and everything under it as plain data (dicts; file
content as bytes), so the copy can wait on an undo stack. `restore(snapshot)` inserts the
whole subtree again in one transaction: at its old place among its siblings, with its UUID
(other offices' references still hold), every column as recorded (vote counts, the
assignments' follow-up, created_at). Only the integer ids are new; `restore` reports them.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy import Enum, inspect, select
from sqlalchemy.orm import Session, object_session

from ..domain.errors import CouncilError, NotFound
from ..domain.models import (
    AgendaItem,
    AgendaRapporteur,
    Assignment,
    Meeting,
    Presentation,
    PresentationFile,
    Resolution,
    Speech,
)
from ..store import attachments
from .base import Service, get
from .meetings import editable, follow_attendance


@dataclass(frozen=True)
class _Kind:
    model: type
    parent: str  # the relationship to the record it hangs under
    siblings: str  # that record's ordered collection of these
    children: tuple[str, ...]  # collections under this one, restored with it


KINDS = {
    "item": _Kind(AgendaItem, "meeting", "agenda", ("rapporteurs", "presentations", "speeches", "resolutions")),
    "rapporteur": _Kind(AgendaRapporteur, "item", "rapporteurs", ()),
    "presentation": _Kind(Presentation, "item", "presentations", ("files",)),
    "file": _Kind(PresentationFile, "presentation", "files", ()),
    "speech": _Kind(Speech, "item", "speeches", ()),
    "resolution": _Kind(Resolution, "item", "resolutions", ("assignments",)),
    "assignment": _Kind(Assignment, "resolution", "assignments", ()),
}
_KIND_OF = {k.model: name for name, k in KINDS.items()}
# the key is new on insert; the version restarts (optimistic locking counts edits of this row)
_NOT_COPIED = {"id", "version"}


def _kind(name: str) -> _Kind:
    if name not in KINDS:
        raise CouncilError("invalid_value", field="kind", value=name)
    return KINDS[name]


def _parent_key(kind: _Kind) -> str:
    """The column naming the parent: set by appending to the parent's collection instead."""
    (column,) = inspect(kind.model).relationships[kind.parent].local_columns
    return column.key


def _meeting(obj) -> Meeting:
    while not isinstance(obj, Meeting):
        obj = getattr(obj, KINDS[_KIND_OF[type(obj)]].parent)
    return obj


def _plain(value):
    return value.value if isinstance(value, enum.Enum) else value


def _typed(kind: _Kind, row: dict) -> dict:
    """The snapshot's enum values as the model's enums again."""
    columns = inspect(kind.model).columns
    return {key: columns[key].type.enum_class(value)
            if isinstance(columns[key].type, Enum) and value is not None else value for key, value in row.items()}


def _copy(obj) -> dict:
    kind = KINDS[_KIND_OF[type(obj)]]
    skip = _NOT_COPIED | {_parent_key(kind)}
    row = {a.key: _plain(getattr(obj, a.key)) for a in inspect(kind.model).column_attrs if a.key not in skip}
    if isinstance(obj, PresentationFile):  # a file's content travels in the snapshot
        row["content"] = attachments.read_content(object_session(obj), obj.id)
    return {"kind": _KIND_OF[type(obj)], "id": obj.id, "row": row,
            "children": {rel: [_copy(c) for c in getattr(obj, rel)] for rel in kind.children}}


def _insert(node: dict, parent, ids: dict, contents: list) -> object:
    kind = KINDS[node["kind"]]
    row = dict(node["row"])
    content = row.pop("content", None) if kind.model is PresentationFile else None
    obj = kind.model(**_typed(kind, row))
    getattr(parent, kind.siblings).append(obj)
    if content is not None:
        contents.append((obj, content))  # stored once the file has its id
    for rel in kind.children:
        for child in node["children"][rel]:
            _insert(child, obj, ids, contents)
    ids[(node["kind"], node["id"])] = obj
    return obj


def _make_room(siblings: list, position: int) -> int:
    """The old position if free; otherwise the ones from it on move down one, as removal closed them up."""
    position = min(position, max((o.position for o in siblings), default=0) + 1)
    if any(o.position == position for o in siblings):
        for other in siblings:
            if other.position >= position:
                other.position += 1
    return position


class RestoreService(Service):
    def snapshot(self, kind: str, ident: int) -> dict:
        """The record and everything under it, as plain data; taken just before its removal."""
        k = _kind(kind)
        with self._read() as s:
            obj = get(s, k.model, ident, kind)
            parent = getattr(obj, k.parent)
            return {"parent_kind": _KIND_OF.get(type(parent), "meeting"), "parent_uuid": parent.uuid,
                    **_copy(obj)}

    def restore(self, snapshot: dict, ids: dict | None = None) -> int:
        """Put the record back as it was; its new integer id. `ids` gets {(kind, old id): new id} of all restored.

        A vote is not validated against today's attendance: it was valid when recorded, and an undo
        must give back the minutes as they stood; a vote that no longer fits the attendance is
        caught where such votes are, at signing. Only a unanimous vote follows the attendance, as
        it always does (it means everyone present)."""
        k = _kind(snapshot["kind"])
        with self._tx() as s:
            parent = self._parent(s, snapshot)
            editable(_meeting(parent))
            if s.scalar(select(k.model.id).where(k.model.uuid == snapshot["row"]["uuid"])) is not None:
                raise CouncilError("stale_edit", kind=snapshot["kind"], ident=snapshot["id"])  # already back
            siblings = getattr(parent, k.siblings)
            row = dict(snapshot["row"])
            if "position" in row:
                row["position"] = _make_room(siblings, row["position"] or 0)
            objects: dict = {}
            contents: list = []
            obj = _insert({**snapshot, "row": row}, parent, objects, contents)
            s.flush()
            for stored, content in contents:
                attachments.write_content(s, stored.id, [content])
            follow_attendance(s, _meeting(parent))
            if ids is not None:
                ids.update({key: o.id for key, o in objects.items()})
            return obj.id

    @staticmethod
    def _parent(s: Session, snapshot: dict):
        # by UUID, which a restore keeps: the parent may itself have been removed and restored meanwhile
        name = snapshot["parent_kind"]
        model = Meeting if name == "meeting" else _kind(name).model
        parent = s.scalar(select(model).where(model.uuid == snapshot["parent_uuid"]))
        if parent is None:
            raise NotFound(name, snapshot["parent_uuid"])
        return parent
