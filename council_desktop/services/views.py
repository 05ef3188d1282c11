"""The read models as a service: a meeting's view (documents, CLI) and its record (the editor).

Everything is read with `store.snapshot` (plain SQL, the same rows whatever reads them);
the shapes are built by `readmodel`.
"""
from __future__ import annotations

from ..store import snapshot
from .base import Service, driver_connection
from .readmodel import meeting_record, meeting_summary, meeting_view


class ViewService(Service):
    def meetings(self, lang: str = "ru") -> list[dict]:
        """The meetings list, newest first: the window's first list, read before the ORM is loaded."""
        with self._reading() as conn:
            return [meeting_summary(m, lang) for m in snapshot.read_list(conn, "meeting")]

    def meeting_rows(self, meeting_ids, lang: str = "ru") -> list[dict]:
        """The meetings list's rows of only these meetings (deleted ones left out)."""
        with self._read() as s:
            return [meeting_summary(m, lang) for m in snapshot.read_rows(driver_connection(s), "meeting", meeting_ids)]

    def is_empty(self) -> bool:
        """No person and no meeting yet (a first start), read before the ORM is loaded."""
        with self._reading() as conn:
            cur = conn.cursor()
            for table in ("person", "meeting"):
                cur.execute(f"SELECT 1 FROM {table} LIMIT 1")
                if cur.fetchone() is not None:
                    return False
            return True

    def meeting(self, meeting_id: int, lang: str = "ru") -> dict:
        with self._read() as s:
            return meeting_view(snapshot.load_meeting(driver_connection(s), meeting_id), lang)

    def meeting_record(self, meeting_id: int, lang: str = "ru") -> dict:
        """What the meeting editor edits: every language of every text, ids and versions."""
        with self._read() as s:
            return meeting_record(snapshot.load_meeting(driver_connection(s), meeting_id), lang)
