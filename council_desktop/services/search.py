"""Find in minutes: the agenda titles, what was heard, the speeches, resolutions and assignments of every
meeting, in Kazakh, Russian and English, by the words typed (each a word's beginning, all required, any
case). The index is `store.minutes_search`; the same hits, in the same order, on SQLite and PostgreSQL.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import selectinload

from ..domain.models import AgendaItem, Assignment, Meeting, MeetingBody, Resolution, Speech
from ..store import minutes_search as index
from .base import Service

# the record each kind of hit is in, and the field of its text
_RECORDS = {"title": (AgendaItem, "title"), "heard": (AgendaItem, "heard"), "speech": (Speech, "gist"),
            "resolution": (Resolution, "text"), "assignment": (Assignment, "task")}
SNIPPET_BEFORE, SNIPPET_LENGTH = 40, 160


@dataclass(frozen=True)
class MinutesHit:
    """One text that has every word: which meeting, which agenda item, which field in which language."""

    meeting_id: int
    meeting_number: str  # "3" or, for a joint meeting, "3/1"
    meeting_date: str  # ISO
    bodies: str  # the bodies' short names in the language asked
    item_id: int
    item_number: int  # the item's place on the agenda, from 1
    item_title: str
    kind: str  # title | heard | speech | resolution | assignment
    record_id: int  # the agenda item's, speech's, resolution's or assignment's id
    lang: str  # the language of the text that matched: kk | ru | en
    snippet: str  # the text around the first word found, "…" where cut
    match_start: int  # where in the snippet that word begins and ends
    match_end: int

    def as_dict(self) -> dict:
        return asdict(self)


class SearchService(Service):
    def find_in_minutes(self, query: str, lang: str = "ru", limit: int = 200) -> tuple[list[MinutesHit], bool]:
        """The hits for what was typed, newest meeting first, then in agenda order (title, heard, speeches,
        resolutions, assignments); and whether there were more than `limit`. Any text is a query: quotes,
        operators and brackets are not syntax, only letters and digits are looked for."""
        words = index.terms(query)
        if not words:
            return [], False
        with self._read() as s:
            dialect = s.get_bind().dialect.name
            found = s.execute(text(
                f"SELECT h.rid, h.item_id FROM ({index.match_sql(dialect)}) h "
                "JOIN agenda_item i ON i.id = h.item_id JOIN meeting m ON m.id = i.meeting_id "
                "ORDER BY m.date DESC, m.id DESC, i.position, (h.rid % 16) / 3, h.rid / 16, h.rid % 16 LIMIT :limit"),
                {"q": index.query(dialect, words), "limit": limit + 1}).all()
            more = len(found) > limit
            found = found[:limit]
            hits = [(*index.decode(rid), item_id) for rid, item_id in found]
            items = {i.id: i for i in s.scalars(select(AgendaItem).where(
                AgendaItem.id.in_({h[3] for h in hits})).options(
                    selectinload(AgendaItem.meeting).selectinload(Meeting.bodies).joinedload(MeetingBody.body)))}
            records = {}
            for kind in ("speech", "resolution", "assignment"):
                model = _RECORDS[kind][0]
                ids = {h[2] for h in hits if h[0] == kind}
                if ids:
                    records.update({(kind, r.id): r for r in s.scalars(select(model).where(model.id.in_(ids)))})
            result = []
            for kind, text_lang, record_id, item_id in hits:
                item = items[item_id]
                record = item if kind in ("title", "heard") else records[(kind, record_id)]
                snippet, start, end = _snippet(getattr(record, f"{_RECORDS[kind][1]}_{text_lang}"), words)
                m = item.meeting
                result.append(MinutesHit(
                    meeting_id=m.id, meeting_number=m.number_label, meeting_date=m.date.isoformat(),
                    bodies=", ".join(mb.body.label(lang) for mb in m.bodies),
                    item_id=item.id, item_number=item.position, item_title=item.title(lang),
                    kind=kind, record_id=record_id, lang=text_lang, snippet=snippet, match_start=start,
                    match_end=end))
            return result, more


def _snippet(body: str, words: list[str]) -> tuple[str, int, int]:
    """The text around the first of the words found (at a word's beginning), on one line."""
    body = " ".join(body.split())
    folded = index.fold(body)
    found = [m for w in words if (m := re.search(f"(?<![{index.WORD_CLASS}])" + re.escape(w), folded))]
    first = min(found, key=lambda m: m.start()) if found else None
    start, end = (first.start(), first.end()) if first else (0, 0)
    cut = max(0, start - SNIPPET_BEFORE)
    if cut:  # begin at a word
        space = body.find(" ", cut, start)
        cut = space + 1 if space >= 0 else cut
    stop = cut + SNIPPET_LENGTH
    head, tail = ("…" if cut else ""), ("…" if stop < len(body) else "")
    snippet = head + body[cut:stop] + tail
    shift = len(head) - cut
    return snippet, start + shift if first else 0, end + shift if first else 0
