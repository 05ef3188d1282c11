"""Read models: a meeting as plain data, in one language, for the CLI, the documents and the GUI.

A protocol is a function of `meeting_view(...)` and nothing else.  These functions read a
meeting's records through attributes only: a `store.snapshot` (how reads are made: plain
SQL, no ORM needed) or, inside a service's transaction, the ORM's own objects.
"""
from __future__ import annotations

import base64
import json
from dataclasses import asdict
from typing import Any

from ..domain.entities import LANGUAGES, LAYOUTS
from ..domain.enums import MeetingStatus
from ..domain.errors import InvalidValue
from ..domain.view_shape import KEY, VIEW_VERSION, current
from ..domain.rules import (
    VOTE_COUNTS,
    MeetingQuorum,
    body_counts_agree,
    body_votes,
    meeting_quorum,
    member_roles,
    overdue,
    resolution_adopted,
    signatories,
    vote_quorum,
    votes_cast,
)
from .room_view import movement_fields, named_vote_fields


def tri(obj, field: str) -> dict[str, str]:
    return {lang: getattr(obj, f"{field}_{lang}") or "" for lang in LANGUAGES}


def person_brief(p, lang: str, role: str | None = None) -> dict | None:
    if p is None:
        return None
    org = p.organization
    return {"id": p.id, "uuid": p.uuid, "name": p.full_name(lang), "short_name": p.short_name(lang),
            "surname": p.name_parts(lang)[0], "degree": p.describe("degree", lang),
            "title": p.describe("title", lang), "position": p.describe("position", lang),
            "organization": (org.name(lang) if org else ""),
            "organization_short": (org.abbreviation(lang) if org else ""), **({"role": role} if role else {})}


def quorum_rows(q: MeetingQuorum) -> list[dict[str, Any]]:
    return [{"body_id": b.body_id, "body": b.body, "present": b.quorum.present, "members": b.quorum.members,
             "required": b.quorum.required, "reached": b.quorum.reached} for b in q.bodies]


def by_body(r, q: MeetingQuorum | None, lang: str) -> list[dict[str, Any]]:
    """A joint meeting: how each body voted, where the record tells (each needs its own majority); the
    printed view and meeting mode's room show the same rows."""
    return [{"body": body.label(lang), **asdict(v), "adopted": passed} for body, v, passed in body_votes(r, q)]


def vote_fields(r, q: MeetingQuorum) -> dict[str, Any]:
    """A resolution's number, vote and outcome, as both read models give them."""
    return {"number": f"{r.item.position}.{r.position}", "unanimous": r.unanimous, "votes_for": r.votes_for,
            "votes_against": r.votes_against, "votes_abstained": r.votes_abstained,
            "adopted": resolution_adopted(r, q),
            "exceeds_attendance": votes_cast(r) > q.present_members, "override_reason": r.override_reason}


NAME_FIELDS = ("name_kk", "name_ru", "name_en", "short_name", "short_name_kk", "short_name_en")


def names(o, lang: str) -> dict[str, Any]:
    """An organisation's or a body's names as stored (for editing), and as shown in `lang`: the abbreviation,
    the label."""
    return {**{f: getattr(o, f) for f in NAME_FIELDS}, "name": o.name(lang), "abbreviation": o.abbreviation(lang),
            "label": o.label(lang)}


def _head(m) -> dict[str, Any]:
    """What the meetings list and the printed view both say of a meeting first."""
    return {"id": m.id, "uuid": m.uuid, "number": m.number_label, "date": m.date.isoformat(),
            "start_time": m.start_time.isoformat(timespec="minutes") if m.start_time else None,
            "status": m.status.value, "kind": m.kind.value, "format": m.format.value}


def meeting_summary(m, lang: str = "ru") -> dict[str, Any]:
    """A line of the meetings list: every language of each text by the models' column names (`place_kk`,
    a body's `name_kk`, `short_name`, a project's `title_kk` …), and beside them what the list shows in
    `lang` (`place`, a body's `label`, a project's `title`)."""
    return {
        **_head(m), "version": m.version,
        **tri_fields(m, "place"), "place": m.place(lang),
        "bodies": [{"id": mb.body_id, **names(mb.body, lang), "number": mb.number, "year": mb.year}
                   for mb in m.bodies],
        "agenda_items": len(m.agenda),
        "presentations": [{"project_id": p.project_id, **tri_fields(p.project, "title"),
                           "title": p.project.title(lang), "field": p.project.field,
                           "organization_id": p.organization_id,
                           "organization": p.organization.label(lang) if p.organization else "",
                           "presenter_id": p.presenter_id,
                           "presenter": p.presenter.full_name(lang) if p.presenter else ""}
                          for item in m.agenda for p in item.presentations],
    }


def _printed_head(m) -> dict[str, Any]:
    """The head of the printed view, as signed versions hold it: its shape is frozen (a protocol signed before
    its data was stored is fingerprinted over the view made again), so it keeps the list line it was made
    from when it was first stored, names by language ({"kk": …})."""
    return {
        **_head(m),
        "agenda_items": len(m.agenda),
        "presentations": [{"project": tri(p.project, "title"), "field": p.project.field,
                           "organization": tri(p.organization, "name") if p.organization else None,
                           "presenter": p.presenter.full_name("ru") if p.presenter else None}
                          for item in m.agenda for p in item.presentations],
    }


def meeting_view(m, lang: str) -> dict[str, Any]:
    q = meeting_quorum(m, lang)
    roles = member_roles(m)
    attendance = []
    for a in sorted(m.attendance, key=lambda a: (a.person.name_parts(lang)[0].casefold(), a.person.id)):
        row = person_brief(a.person, lang, roles.get(a.person_id))
        row.update(status=a.status.value, attends=a.status.attends, guest=a.is_guest, note=a.note,
                   substitute_for=person_brief(a.substitute_for, lang) if a.substitute_for else None)
        attendance.append(row)
    agenda = []
    for item in m.agenda:
        resolutions = []
        for r in item.resolutions:
            resolutions.append({
                "id": r.id, "uuid": r.uuid, "text": r.text(lang), **vote_fields(r, q),
                "by_body": by_body(r, q, lang),
                **named_vote_fields(r, lang),  # a roll-call vote: each member's choice
                "assignments": [{"id": a.id, "uuid": a.uuid, "task": a.task(lang), "responsible": a.responsible(lang),
                                 "deadline": a.deadline.isoformat() if a.deadline else None,
                                 "status": a.status.value, "overdue": overdue(a)} for a in r.assignments],
            })
        agenda.append({
            "id": item.id, "uuid": item.uuid, "position": item.position, "title": item.title(lang),
            "planned_minutes": item.planned_minutes, "notes": item.notes, "heard": item.heard(lang),
            "rapporteurs": [person_brief(r.person, lang, r.role.value) for r in item.rapporteurs],
            "presentations": [{
                "id": p.id, "project": p.project.title(lang), "field": p.project.field,
                "organization": p.organization.name(lang) if p.organization else "",
                "presenter": person_brief(p.presenter, lang),
                "files": [{"id": f.id, "name": f.file_name, "size": f.size, "sha256": f.sha256} for f in p.files],
            } for p in item.presentations],
            "speeches": [{"id": sp.id, "speaker": person_brief(sp.person, lang), "gist": sp.gist(lang)}
                         for sp in item.speeches],
            "resolutions": resolutions,
        })
    return {
        **_printed_head(m), KEY: VIEW_VERSION,
        "language": lang,
        "end_time": m.end_time.isoformat(timespec="minutes") if m.end_time else None,
        "place": m.place(lang), "city": m.city(lang), "restriction": m.restriction,
        "bodies": [{"id": mb.body_id, "name": mb.body.name(lang), "short_name": mb.body.abbreviation(lang),
                    "organization": mb.body.organization.name(lang) if mb.body.organization else "",
                    "number": mb.number, "year": mb.year} for mb in m.bodies],
        "chair": person_brief(m.chair, lang), "secretary": person_brief(m.secretary, lang),
        # who signs for each body (a joint meeting: co-chairs and the secretaries)
        "signatories": [{"body_id": body.id, "body": body.label(lang), "chair": person_brief(chair, lang),
                         "secretary": person_brief(secretary, lang)}
                        for body, chair, secretary in signatories(m)],
        "attendance": attendance,
        **movement_fields(m, lang),  # late arrivals and early departures (meeting mode)
        "quorum": {"reached": q.reached, "present_members": q.present_members, "members": q.members,
                   "bodies": quorum_rows(q)},
        "agenda": agenda,
        "protocol_version": m.protocol_version,
        "revision_reason": revision_reason(m),
        "protocol_issues": [{"revision": p.revision, "language": p.language,
                             "issued_at": p.issued_at.isoformat(timespec="seconds"), "sha256": p.sha256,
                             "content_sha256": p.content_sha256, "reason": p.reason}
                            for p in m.protocol_issues],
    }


def revision_reason(m) -> str:
    """Why the protocol's version (signed, or being drafted) was amended; "" for the first version."""
    if m.status is MeetingStatus.PROTOCOL_SIGNED:
        return next((p.reason or "" for p in m.protocol_issues if p.revision == m.protocol_version), "")
    return m.amendment_reason or ""


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def meeting_record(m, lang: str = "ru") -> dict[str, Any]:
    """A meeting as the editor needs it: every language of every text, ids and versions, nothing merged."""
    def name(p) -> str:
        return p.full_name(lang) if p else ""

    roles = member_roles(m)
    q = meeting_quorum(m, lang)
    return {
        "id": m.id, "version": m.version, "status": m.status.value, "locked": m.locked,
        "date": m.date.isoformat(),
        "start_time": m.start_time.isoformat(timespec="minutes") if m.start_time else "",
        "end_time": m.end_time.isoformat(timespec="minutes") if m.end_time else "",
        **{f: getattr(m, f) for f in ("place_kk", "place_ru", "place_en", "city_kk", "city_ru", "city_en",
                                      "restriction", "amendment_reason", "protocol_version")},
        "format": m.format.value, "kind": m.kind.value,
        "chair_id": m.chair_id, "chair": name(m.chair), "secretary_id": m.secretary_id, "secretary": name(m.secretary),
        "bodies": [{"id": mb.body_id, "short_name": mb.body.abbreviation(lang), "name": mb.body.name(lang),
                    "number": mb.number, "year": mb.year,
                    # who signs for the body as set for this meeting (None: the default, named beside)
                    "signing_chair_id": mb.signing_chair_id, "signing_chair": name(mb.signing_chair),
                    "signing_secretary_id": mb.signing_secretary_id, "signing_secretary": name(mb.signing_secretary),
                    "default_chair": name(chair), "default_secretary": name(secretary)}
                   for n, mb in enumerate(m.bodies) for _body, chair, secretary in [signatories(m, mb.body_id)[n]]],
        "attendance": [{
            "person_id": a.person_id, "name": a.person.full_name(lang),
            "organization": a.person.organization.label(lang) if a.person.organization else "",
            "role": roles.get(a.person_id, ""), "status": a.status.value, "guest": a.is_guest,
            "substitute_for_id": a.substitute_for_id, "substitute_for": name(a.substitute_for), "note": a.note,
        } for a in sorted(m.attendance, key=lambda a: (a.is_guest, a.substitute_for_id is not None,
                                                       a.person.name_parts(lang)[0].casefold(), a.person_id))],
        "quorum": quorum_rows(q),
        "present_members": q.present_members,
        "agenda": [{
            "id": item.id, "version": item.version, "position": item.position,
            "planned_minutes": item.planned_minutes,
            "notes": item.notes, **tri_fields(item, "title"), **tri_fields(item, "heard"),
            "title": item.title(lang),
            "rapporteurs": [{"person_id": r.person_id, "name": name(r.person), "role": r.role.value}
                            for r in item.rapporteurs],
            "presentations": [{
                "id": p.id, "project_id": p.project_id, "project": p.project.title(lang),
                "presenter_id": p.presenter_id, "presenter": name(p.presenter),
                "organization_id": p.organization_id,
                "organization": p.organization.label(lang) if p.organization else "",
                "files": [{"id": f.id, "name": f.file_name, "size": f.size} for f in p.files],
            } for p in item.presentations],
            "speeches": [{"id": sp.id, "version": sp.version, "person_id": sp.person_id, "name": name(sp.person),
                          **tri_fields(sp, "gist")} for sp in item.speeches],
            "resolutions": [{
                "id": r.id, "version": r.version, **tri_fields(r, "text"),
                **vote_fields(r, q),
                "present": vote_quorum(r, q).present_members,  # whom its vote is judged by (meeting mode)
                # a joint meeting's show of hands counted in each body, and whether that still adds up
                "body_counts": {c.body_id: {k: getattr(c, k) for k in VOTE_COUNTS} for c in r.body_counts},
                "body_counts_agree": body_counts_agree(r, q),
                "adopted_override": r.adopted_override,
                "assignments": [{
                    "id": a.id, "version": a.version, **tri_fields(a, "task"),
                    "responsible_person_id": a.responsible_person_id,
                    "responsible_person": name(a.responsible_person), "responsible_org_id": a.responsible_org_id,
                    "responsible_org": a.responsible_org.label(lang) if a.responsible_org else "",
                    "deadline": _iso(a.deadline), "status": a.status.value,
                } for a in r.assignments],
            } for r in item.resolutions],
        } for item in m.agenda],
        "protocol_issues": [{"revision": p.revision, "language": p.language,
                             "issued_at": p.issued_at.isoformat(timespec="minutes"), "reason": p.reason}
                            for p in m.protocol_issues],
    }


def tri_fields(obj, field: str) -> dict[str, str]:
    """`tri` keyed by column name: {"title_kk": ..., "title_ru": ..., "title_en": ...}."""
    return {f"{field}_{lang}": text for lang, text in tri(obj, field).items()}


# --- the protocol --------------------------------------------------------------------------------


def layout_languages(layout: str) -> tuple[str, ...]:
    if layout not in LAYOUTS:
        raise InvalidValue("language", layout)
    return tuple(layout.split("+"))


def protocol_views(m, layout: str) -> dict[str, dict]:
    return {lang: meeting_view(m, lang) for lang in layout_languages(layout)}


def all_views(m) -> dict[str, dict]:
    """The meeting's view in every language: what a protocol is signed with, and its fingerprint covers."""
    return {lang: meeting_view(m, lang) for lang in LANGUAGES}


def stored_views(content: str) -> dict[str, dict]:
    """A signed version's stored views, read in this version's shape whatever shape they were stored in
    (`domain.view_shape`): what it is printed again from."""
    return {lang: current(view) for lang, view in json.loads(content).items()}


# --- the office's settings -------------------------------------------------------------------------
SETTINGS_DEFAULTS: dict[str, Any] = {
    "letterhead_kk": "", "letterhead_ru": "", "letterhead_en": "",
    "logo_png_base64": "",
    "default_chair_id": None, "default_secretary_id": None,
    "default_quorum_rule": "more_than_half", "document_language": "ru",
    "time_zone": "Asia/Almaty",  # the office's: PDF dates carry its offset
    "protocol_languages": {},  # meeting uuid -> its protocol's layout, where chosen (else document_language)
}


def office_settings(stored: dict[str, str]) -> dict[str, Any]:
    """The settings from their stored JSON texts, defaults where none is stored."""
    return SETTINGS_DEFAULTS | {k: json.loads(v) for k, v in stored.items() if k in SETTINGS_DEFAULTS}


def letterhead(settings: dict[str, Any]) -> dict[str, Any]:
    """What a document prints above its title: the organisation in each language, and its logo."""
    logo = settings["logo_png_base64"]
    return {"kk": settings["letterhead_kk"], "ru": settings["letterhead_ru"], "en": settings["letterhead_en"],
            "logo_png": base64.b64decode(logo) if logo else None, "time_zone": settings["time_zone"]}
