"""Alembic environment: always run in process, on the connection the store hands over."""
from alembic import context

from council_desktop.domain.models import Base
from council_desktop.store.people_search import quiet_reflection

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction(), quiet_reflection():  # whoever runs the migrations (a batch copy reflects)
    context.run_migrations()
