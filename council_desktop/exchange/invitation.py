"""The meeting as a calendar invitation (icalendar) and a mail draft with documents (email package).

The invitation carries the meeting's time zone (Asia/Almaty unless the office set another), its
place, the attendees with their e-mail and the agenda; its UID is the meeting's stable UUID, and
SEQUENCE grows with every edit of the meeting, so that an updated invitation replaces the old one
in the receiver's calendar.  The mail draft (.eml, marked unsent) has a short covering text in the
chosen language and the documents attached, for the office's own mail program.
"""
from __future__ import annotations

import datetime as dt
import mimetypes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr

from ..documents.labels import label, short_date
from .controls import without_controls

DEFAULT_TIMEZONE = "Asia/Almaty"
DEFAULT_HOURS = 2  # a meeting without an end time or planned durations


def zone(name: str | None):
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from ..domain.errors import CouncilError

    try:
        return ZoneInfo(name or DEFAULT_TIMEZONE)
    except (ZoneInfoNotFoundError, ValueError):
        raise CouncilError("invalid_value", field="time zone", value=name) from None


def _bodies(view: dict) -> str:
    return "; ".join(b["short_name"] or b["name"] for b in view["bodies"])


def write_ics(view: dict, lang: str, emails: dict[int, str], timezone: str | None, sequence: int,
              stamp: dt.datetime) -> bytes:
    """`emails`: person id -> address, for the attendees (the views do not carry addresses)."""
    from icalendar import Calendar, Event, vCalAddress, vText

    view = without_controls(view)
    tz = zone(timezone)
    date = dt.date.fromisoformat(view["date"])
    start = dt.datetime.combine(date, dt.time.fromisoformat(view["start_time"] or "10:00"), tz)
    end = dt.datetime.combine(date, dt.time.fromisoformat(view["end_time"]), tz) if view.get("end_time") else None
    if end is None or end <= start:  # no end, or one before a start of 10:00 guessed (none was given)
        planned = dt.timedelta(minutes=sum(max(i.get("planned_minutes") or 0, 0) for i in view["agenda"]))
        length = planned or dt.timedelta(hours=DEFAULT_HOURS)
        latest = dt.datetime.combine(date, dt.time(23, 59), tz)  # a meeting ends the day it began
        end = start + length if length < latest - start else latest
    cal = Calendar()
    cal.add("prodid", "-//Council Desktop//Council Desktop//" + lang.upper())
    cal.add("version", "2.0")
    cal.add("method", "REQUEST")
    event = Event()
    event.add("uid", f"{view['uuid']}@council-desktop")
    event.add("sequence", sequence)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", label("invitation_summary", lang, doc=label("subject_" + (view.get("kind") or "regular"),
                                                                       lang), number=view["number"],
                                 bodies=_bodies(view)))
    event.add("location", ", ".join(x for x in (view.get("place"), view.get("city")) if x))
    agenda = [f"{label('agenda', lang)}:"] + [f"{i['position']}. {i['title']}" for i in view["agenda"]]
    event.add("description", "\n".join(agenda))
    event.add("status", "CONFIRMED")
    secretary = view.get("secretary")
    if secretary and emails.get(secretary["id"]):
        organizer = vCalAddress(f"mailto:{emails[secretary['id']]}")
        organizer.params["cn"] = vText(secretary["name"])
        event.add("organizer", organizer)
    for a in view["attendance"]:
        address = emails.get(a["id"])
        if not address:
            continue
        attendee = vCalAddress(f"mailto:{address}")
        attendee.params["cn"] = vText(a["name"])
        attendee.params["role"] = vText("OPT-PARTICIPANT" if a["guest"] else "REQ-PARTICIPANT")
        attendee.params["partstat"] = vText("NEEDS-ACTION")
        attendee.params["rsvp"] = vText("TRUE")
        event.add("attendee", attendee, encode=0)
    cal.add_component(event)
    # the zone's rules of the years around the meeting, not since 1970: a few lines, not fifty
    cal.add_missing_timezones(dt.date(date.year - 1, 1, 1), dt.date(date.year + 2, 1, 1))
    for rules in cal.timezones:
        rules.pop("COMMENT", None)  # icalendar's English note of those years, in a letter of another language
    return cal.to_ical()


def write_eml(view: dict, lang: str, attachments: list[tuple[str, bytes]], sender: tuple[str, str] | None,
              recipients: list[str], stamp: dt.datetime) -> bytes:
    """A draft to open in the office's mail program: covering text, the documents attached."""
    msg = EmailMessage()
    msg["Subject"] = label("mail_subject", lang, doc=label("protocol", lang).capitalize(), number=view["number"],
                           date=short_date(view["date"]))
    if sender and sender[1]:
        msg["From"] = formataddr(sender)
    if recipients:
        msg["To"] = ", ".join(recipients)
    msg["Date"] = format_datetime(stamp)
    msg["X-Unsent"] = "1"  # Outlook and Thunderbird open it as a draft to send
    names = ", ".join(name for name, _data in attachments)
    msg.set_content(label("mail_body", lang, number=view["number"], date=short_date(view["date"]),
                          bodies=_bodies(view), files=names, sender=(sender or ("", ""))[0]))
    for name, data in attachments:
        kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
        if name.endswith(".ics"):
            kind = "text/calendar"
        main, sub = kind.split("/", 1)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=name)
    return msg.as_bytes(policy=SMTP)
