"""The demo data set: the joint meeting of the Ministry's council and the Academy's department.

Loaded in one transaction from `council_desktop/demo/seed_meeting.json`, which ships
inside the package.
"""
from __future__ import annotations

import datetime as dt
import json
from importlib import resources

from sqlalchemy import select

from ..domain import rules
from ..domain.entities import LANGUAGES
from ..domain.errors import CouncilError
from ..domain.models import (
    AgendaItem,
    AgendaRapporteur,
    Assignment,
    Attendance,
    AttendanceStatus,
    CouncilBody,
    MajorityRule,
    Meeting,
    MeetingBody,
    MeetingFormat,
    MeetingKind,
    MeetingStatus,
    Membership,
    MembershipRole,
    Organization,
    OrganizationKind,
    Person,
    Presentation,
    Project,
    ProjectStatus,
    QuorumRule,
    Resolution,
    Setting,
    SpeakerRole,
    Speech,
)
from .base import Service

DEMO_MARK = "demo_loaded"


def seed() -> dict:
    return json.loads(resources.files("council_desktop.demo").joinpath("seed_meeting.json").read_text("utf-8"))


class DemoService(Service):
    def is_loaded(self) -> bool:
        with self._read() as s:
            return s.get(Setting, DEMO_MARK) is not None

    def is_empty(self) -> bool:
        with self._read() as s:
            return s.scalar(select(Person.id).limit(1)) is None and s.scalar(select(Meeting.id).limit(1)) is None

    def load(self) -> int:
        """Load the demo meeting; returns its id. Refused if it is already there."""
        data = seed()
        with self._tx() as s:
            if s.get(Setting, DEMO_MARK) is not None:
                raise CouncilError("demo_exists")
            orgs = {}
            for key, o in data["organizations"].items():
                short = {f: o[f] for f in ("short_name", "short_name_kk", "short_name_en")}
                orgs[key] = Organization(name_kk=o["kk"], name_ru=o["ru"], name_en=o["en"], **short,
                                         kind=OrganizationKind(o["kind"]),
                                         search_key=" ".join([o["kk"], o["ru"], o["en"], *short.values()]).casefold())
            s.add_all(orgs.values())
            people = {}
            for key, p in data["people"].items():
                person = Person(surname=p["ru"][0], given_name=p["ru"][1], patronymic=p["ru"][2],
                                surname_kk=p["kk"][0], given_name_kk=p["kk"][1], patronymic_kk=p["kk"][2],
                                surname_en=p["en"][0], given_name_en=p["en"][1], patronymic_en=p["en"][2],
                                **{f"{field}{suffix}": p[field][lang] for field in ("degree", "title", "position")
                                   for lang, suffix in (("ru", ""), ("kk", "_kk"), ("en", "_en"))},
                                organization=orgs[p["org"]], email=p.get("email", ""), phone=p.get("phone", ""))
                person.refresh_search_key()
                people[key] = person
            s.add_all(people.values())
            bodies = {}
            for key, b in data["bodies"].items():
                body = CouncilBody(name_kk=b["kk"], name_ru=b["ru"], name_en=b["en"],
                                   **{f: b[f] for f in ("short_name", "short_name_kk", "short_name_en")},
                                   organization=orgs[b["org"]], quorum_rule=QuorumRule(b["quorum_rule"]),
                                   majority_rule=MajorityRule(b["majority_rule"]))
                since = dt.date.fromisoformat(b["since"])
                for who, role in b["members"]:
                    body.memberships.append(Membership(person=people[who], role=MembershipRole(role),
                                                       start_date=since, basis=b["basis"]))
                bodies[key] = body
            s.add_all(bodies.values())
            for body_key, who, role, start, end in data.get("former_members", []):
                s.add(Membership(person=people[who], body=bodies[body_key], role=MembershipRole(role),
                                 start_date=dt.date.fromisoformat(start), end_date=dt.date.fromisoformat(end)))
            projects = {}
            for key, p in data["projects"].items():
                projects[key] = Project(title_kk=p["kk"], title_ru=p["ru"], title_en=p["en"], field=p["field"],
                                        summary=p["summary"], status=ProjectStatus(p["status"]),
                                        organization=orgs[p["org"]], lead=people[p["lead"]])
            s.add_all(projects.values())
            s.flush()

            meeting = self._meeting(s, data["meeting"], people, bodies, orgs, projects)
            meeting.status = MeetingStatus.PROTOCOL_DRAFTED
            self._meeting(s, data["next_meeting"], people, bodies, orgs, projects)
            for lang in LANGUAGES:
                s.add(Setting(key=f"letterhead_{lang}", value=json.dumps(data["letterhead"][lang], ensure_ascii=False)))
            s.add(Setting(key="default_chair_id", value=json.dumps(people[data["meeting"]["chair"]].id)))
            s.add(Setting(key="default_secretary_id", value=json.dumps(people[data["meeting"]["secretary"]].id)))
            s.add(Setting(key=DEMO_MARK, value=json.dumps(meeting.uuid)))
            return meeting.id

    def _meeting(self, s, m: dict, people, bodies, orgs, projects) -> Meeting:
        date = dt.date.fromisoformat(m["date"])
        meeting = Meeting(date=date, start_time=dt.time.fromisoformat(m["start_time"]),
                          end_time=dt.time.fromisoformat(m["end_time"]) if m.get("end_time") else None,
                          format=MeetingFormat(m.get("format", "in_person")),
                          kind=MeetingKind(m.get("kind", "regular")),
                          chair=people[m["chair"]], secretary=people[m["secretary"]],
                          **{f"place_{k}": v for k, v in m["place"].items()},
                          **{f"city_{k}": v for k, v in m["city"].items()})
        for pos, key in enumerate(m["bodies"]):
            body = bodies[key]
            used = s.scalars(select(MeetingBody.number).where(MeetingBody.body_id == body.id,
                                                              MeetingBody.year == date.year))
            meeting.bodies.append(MeetingBody(body=body, position=pos, year=date.year,
                                              number=rules.next_number(used)))
        s.add(meeting)
        listed = set()
        for key in m["bodies"]:
            for ms in bodies[key].memberships:
                if rules.member_on(ms.start_date, ms.end_date, date) and ms.person_id not in listed:
                    listed.add(ms.person_id)
                    who = next(k for k, p in people.items() if p.id == ms.person_id)
                    status = AttendanceStatus(m.get("attendance", {}).get(who, "absent"))
                    meeting.attendance.append(Attendance(person=ms.person, status=status))
        for who in m.get("guests", []):
            meeting.attendance.append(Attendance(person=people[who], status=AttendanceStatus.PRESENT, is_guest=True))
        s.flush()
        present = rules.meeting_quorum(meeting).present_members
        for pos, a in enumerate(m["agenda"], start=1):
            item = AgendaItem(position=pos, title_kk=a["kk"], title_ru=a["ru"], title_en=a["en"],
                              planned_minutes=a.get("minutes"), notes=a.get("notes", ""),
                              **{f"heard_{k}": v for k, v in a.get("heard", {}).items()})
            order = 0
            for role, keys in ((SpeakerRole.RAPPORTEUR, a.get("rapporteurs", [])),
                               (SpeakerRole.CO_RAPPORTEUR, a.get("co_rapporteurs", []))):
                for key in keys:
                    order += 1
                    item.rapporteurs.append(AgendaRapporteur(person=people[key], role=role, position=order))
            for n, (project, presenter) in enumerate(a.get("presentations", []), start=1):
                item.presentations.append(Presentation(project=projects[project], presenter=people[presenter],
                                                       organization=projects[project].organization, position=n))
            for n, sp in enumerate(a.get("speeches", []), start=1):
                item.speeches.append(Speech(person=people[sp["who"]], position=n,
                                            gist_kk=sp["kk"], gist_ru=sp["ru"], gist_en=sp["en"]))
            for n, r in enumerate(a.get("resolutions", []), start=1):
                res = Resolution(position=n, text_kk=r["kk"], text_ru=r["ru"], text_en=r["en"])
                if r["vote"] == "unanimous":
                    res.unanimous, res.votes_for, res.votes_against, res.votes_abstained = True, present, 0, 0
                else:
                    vote = rules.Vote(*r["vote"])
                    rules.validate_vote(vote, present)
                    res.votes_for, res.votes_against, res.votes_abstained = r["vote"]
                for k, t in enumerate(r.get("assignments", []), start=1):
                    res.assignments.append(Assignment(
                        position=k, task_kk=t["kk"], task_ru=t["ru"], task_en=t["en"],
                        responsible_person=people.get(t.get("person")), responsible_org=orgs.get(t.get("org")),
                        deadline=dt.date.fromisoformat(t["deadline"])))
                item.resolutions.append(res)
            meeting.agenda.append(item)
        s.flush()
        return meeting
