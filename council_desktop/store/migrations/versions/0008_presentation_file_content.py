"""presentation files: their content moves out of presentation_file into numbered pieces of at most
1 MiB (presentation_file_chunk), so that a file is streamed into and out of the database a piece at
a time, never whole in memory (see store/attachments.py)

Revision ID: 0008
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

CHUNK = 1 << 20  # store.attachments.CHUNK when this was written; the migration keeps its own


def upgrade() -> None:
    op.create_table(
        "presentation_file_chunk",
        sa.Column("file_id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["file_id"], ["presentation_file.id"], ondelete="CASCADE",
                                name=op.f("fk_presentation_file_chunk_file_id_presentation_file")),
        sa.PrimaryKeyConstraint("file_id", "seq", name=op.f("pk_presentation_file_chunk")),
    )
    bind = op.get_bind()
    files = bind.exec_driver_sql(
        "SELECT id, length(content) FROM presentation_file WHERE content IS NOT NULL").all()
    insert = sa.text("INSERT INTO presentation_file_chunk (file_id, seq, data) VALUES (:f, :s, :d)")
    sqlite = bind.connection.driver_connection if bind.dialect.name == "sqlite" else None
    for file_id, size in files:
        if sqlite is not None:  # read in place, a piece at a time
            with sqlite.blobopen("presentation_file", "content", file_id, readonly=True) as blob:
                for seq, start in enumerate(range(0, size, CHUNK)):
                    bind.execute(insert, {"f": file_id, "s": seq, "d": blob.read(CHUNK)})
        else:  # the server reads the slice
            for seq, start in enumerate(range(0, size, CHUNK)):
                bind.execute(sa.text(
                    "INSERT INTO presentation_file_chunk (file_id, seq, data) "
                    "SELECT id, :s, substring(content FROM :o FOR :n) FROM presentation_file WHERE id = :f"),
                    {"f": file_id, "s": seq, "o": start + 1, "n": CHUNK})
    bind.exec_driver_sql("UPDATE presentation_file SET content = NULL")  # nothing large to copy below
    with op.batch_alter_table("presentation_file") as batch:
        batch.drop_column("content")


def downgrade() -> None:
    with op.batch_alter_table("presentation_file") as batch:
        batch.add_column(sa.Column("content", sa.LargeBinary(), nullable=True))
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # content is the row's last column now: zeroblob() takes no memory, then the pieces go in place
        sqlite = bind.connection.driver_connection
        files = bind.exec_driver_sql(
            "SELECT file_id, sum(length(data)) FROM presentation_file_chunk GROUP BY file_id").all()
        for file_id, size in files:
            bind.exec_driver_sql("UPDATE presentation_file SET content = zeroblob(?) WHERE id = ?", (size, file_id))
            with sqlite.blobopen("presentation_file", "content", file_id) as blob:
                for (data,) in bind.exec_driver_sql(
                        "SELECT data FROM presentation_file_chunk WHERE file_id = ? ORDER BY seq", (file_id,)):
                    blob.write(data)
    else:
        bind.exec_driver_sql(
            "UPDATE presentation_file f SET content = (SELECT string_agg(c.data, ''::bytea ORDER BY c.seq) "
            "FROM presentation_file_chunk c WHERE c.file_id = f.id)")
    # a file that had no pieces was empty
    bind.exec_driver_sql("UPDATE presentation_file SET content = ''::bytea WHERE content IS NULL"
                         if bind.dialect.name != "sqlite" else
                         "UPDATE presentation_file SET content = x'' WHERE content IS NULL")
    op.drop_table("presentation_file_chunk")
