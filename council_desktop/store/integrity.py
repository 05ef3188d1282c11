"""`council check`: is the database whole, and do its records keep the secretariat's rules?"""
from __future__ import annotations

import hashlib
import json

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, select, text
from sqlalchemy.orm import Session

from ..domain.fingerprint import fingerprint
from ..domain.models import AgendaItem, Base, Meeting, ProtocolIssue
from .database import head_revision


def check(engine: Engine) -> list[dict]:
    """A list of findings, each {"check", "ok", "detail"}; all ok means the database is sound."""
    findings = []

    def add(name: str, ok: bool, detail: str = "") -> None:
        findings.append({"check": name, "ok": bool(ok), "detail": detail})

    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            result = [r[0] for r in conn.execute(text("PRAGMA integrity_check"))]
            add("sqlite_integrity", result == ["ok"], "; ".join(result))
            fk = list(conn.execute(text("PRAGMA foreign_key_check")))
            add("foreign_keys", not fk, "; ".join(f"{r[0]} row {r[1]} -> {r[2]}" for r in fk))
        ctx = MigrationContext.configure(conn)
        current = ctx.get_current_revision()
        add("schema_revision", current == head_revision(), f"{current} (expected {head_revision()})")
        diff = compare_metadata(ctx, Base.metadata)
        add("schema_matches_models", not diff, "; ".join(str(d) for d in diff[:5]))

    with Session(engine) as s:
        gaps = []
        for m in s.scalars(select(Meeting)):
            positions = [i.position for i in m.agenda]
            if positions != list(range(1, len(positions) + 1)):
                gaps.append(f"meeting {m.id}: {positions}")
        add("agenda_order", not gaps, "; ".join(gaps))
        bad, changed = [], []
        for issue in s.scalars(select(ProtocolIssue)):
            name = f"meeting {issue.meeting_id} v{issue.revision} {issue.language}"
            if issue.pdf is not None and hashlib.sha256(issue.pdf).hexdigest() != issue.sha256:
                bad.append(name)
            if issue.content and fingerprint(json.loads(issue.content)) != issue.content_sha256:
                changed.append(name)
        add("signed_protocol_hashes", not bad, "; ".join(bad))
        add("signed_protocol_data", not changed, "; ".join(changed))
        unused = s.scalar(select(AgendaItem.id).where(AgendaItem.meeting_id.is_(None)).limit(1))
        add("orphans", unused is None)
    return findings
