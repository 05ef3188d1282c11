"""What meeting mode recorded, as the protocol states it: who arrived late or left early, with the
time and the item, and each member's choice in a roll-call vote.

Both are added to a meeting's view only where there is something to state, so that the view of
a meeting minuted the old way (and the data signed with it) stays as it was.
"""
from __future__ import annotations

from typing import Any


def _where(m, at) -> tuple[str, int] | None:
    """The item under discussion at that moment ("during"), else the next one taken up ("before");
    an item opened at that very moment is "before" it (whoever came then heard it all)."""
    for item in m.agenda:
        if item.started_at == at:
            return "before", item.position
    for item in m.agenda:
        if item.started_at is not None and item.started_at <= at and (item.ended_at is None or at < item.ended_at):
            return "during", item.position
    upcoming = [i for i in m.agenda if i.started_at is not None and i.started_at > at]
    if upcoming:
        return "before", min(upcoming, key=lambda i: i.started_at).position
    return None


def movements(m, lang: str) -> list[dict[str, Any]]:
    """Arrivals after the meeting opened and departures before it closed, of members and substitutes
    (guests come and go unrecorded), in order of time.  The meeting opens when its first item is
    opened, and closes when its last opened item is closed."""
    started = [i.started_at for i in m.agenda if i.started_at is not None]
    if not started or not m.presence:
        return []
    opened = min(started)
    ended = [i.ended_at for i in m.agenda if i.started_at is not None]
    closed = max(ended) if ended and all(e is not None for e in ended) else None
    guests = {a.person_id for a in m.attendance if a.is_guest}
    rows = []
    for e in m.presence:
        if e.person_id in guests or (e.arrived and e.at <= opened) or (not e.arrived and closed and e.at >= closed):
            continue
        where = _where(m, e.at)
        rows.append({"name": e.person.full_name(lang), "short_name": e.person.short_name(lang),
                     "arrived": e.arrived, "time": e.at.strftime("%H:%M"),
                     "when": where[0] if where else None, "item": where[1] if where else None})
    return rows


def movement_fields(m, lang: str) -> dict[str, Any]:
    rows = movements(m, lang)
    return {"movements": rows} if rows else {}


def named_vote_fields(r, lang: str) -> dict[str, Any]:
    """A roll-call vote's names, in the order of the surnames, with each one's choice (None: did not vote)."""
    if not r.roll_call:
        return {}
    people = sorted(r.participants, key=lambda p: (p.person.name_parts(lang)[0].casefold(), p.person_id))
    return {"named": [{"name": p.person.full_name(lang), "short_name": p.person.short_name(lang),
                       "choice": p.choice.value if p.choice else None} for p in people]}
