"""what a signed protocol's print was made with, the digest of its locked records; the audit trail as a hash chain

Revision ID: 0003
Revises: 0002
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# the records a signed protocol locks, as this revision has them (store.snapshot.minutes_digest)
LOCKED = ("meeting", "meeting_body", "attendance", "agenda_item", "agenda_rapporteur", "presentation", "speech",
          "resolution", "presentation_file", "assignment")
LETTERHEAD = ("letterhead_kk", "letterhead_ru", "letterhead_en", "logo_png_base64")  # readmodel.LETTERHEAD


def upgrade() -> None:
    with op.batch_alter_table("protocol_issue") as batch:
        batch.add_column(sa.Column("letterhead", sa.Text(), nullable=False, server_default=""))
        batch.add_column(sa.Column("restriction", sa.String(length=100), nullable=False, server_default=""))
        batch.add_column(sa.Column("minutes_sha256", sa.String(length=64), nullable=False, server_default=""))
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default=""))
        batch.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=False, server_default=""))
    bind = op.get_bind()
    _signed_before(bind)
    _chain(bind)


def _signed_before(bind) -> None:
    """Versions signed before this revision get what is known now: the office's letterhead and the
    meeting's mark (a meeting's mark is locked with its protocol), and, for the version in force of
    a signed meeting, the digest of its records as they are."""
    from council_desktop.store.snapshot import minutes_digest

    stored = dict(bind.execute(sa.text("SELECT key, value FROM setting")).all())
    head = json.dumps({k: json.loads(stored[k]) if k in stored else "" for k in LETTERHEAD},
                      ensure_ascii=False, sort_keys=True)
    bind.execute(sa.text("UPDATE protocol_issue SET letterhead = :head, restriction = "
                         "(SELECT m.restriction FROM meeting m WHERE m.id = protocol_issue.meeting_id)"),
                 {"head": head})
    current = bind.execute(sa.text(
        "SELECT p.id, p.meeting_id FROM protocol_issue p JOIN meeting m ON m.id = p.meeting_id "
        "WHERE m.status = 'protocol_signed' AND p.revision = m.protocol_version")).all()
    conn = bind.connection.driver_connection
    for issue_id, meeting_id in current:
        bind.execute(sa.text("UPDATE protocol_issue SET minutes_sha256 = :d WHERE id = :i"),
                     {"d": minutes_digest(conn, meeting_id, LOCKED), "i": issue_id})


def _chain(bind) -> None:
    from council_desktop.store.audit import entry_hash

    prev = ""
    rows = bind.execute(sa.text("SELECT id, at, os_user, action, table_name, record_uuid, changes "
                                "FROM audit_entry ORDER BY id")).all()
    for ident, *values in rows:
        digest = entry_hash(prev, *values)
        bind.execute(sa.text("UPDATE audit_entry SET prev_hash = :p, entry_hash = :h WHERE id = :i"),
                     {"p": prev, "h": digest, "i": ident})
        prev = digest


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("entry_hash")
        batch.drop_column("prev_hash")
    with op.batch_alter_table("protocol_issue") as batch:
        batch.drop_column("minutes_sha256")
        batch.drop_column("restriction")
        batch.drop_column("letterhead")
