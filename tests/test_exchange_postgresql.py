"""The exchange on a shared office's PostgreSQL: a bundle from a SQLite copy imported there and back,
its file and signed protocol intact; people in bulk with their audit entries."""
from __future__ import annotations

import hashlib
import os

import pytest
from sqlalchemy import text

from council_desktop.app import AppContext
from council_desktop.store.integrity import check
from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server
pytestmark = [pytest.mark.postgresql,
              pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set: no PostgreSQL server")]


@pytest.fixture
def pg(pg_url):  # noqa: F811 - the fixture
    ctx = AppContext.open(pg_url, create=True)
    yield ctx
    ctx.close()


def test_a_bundle_goes_from_sqlite_to_postgresql_and_back_whole(demo, pg, tmp_path):
    from council_desktop.domain.models import Presentation, PresentationFile
    from council_desktop.store import attachments

    ctx, meeting_id = demo
    content = os.urandom(3 * (1 << 20) + 17)  # more than one chunk
    with ctx.sessions.begin() as s:
        p = s.query(Presentation).order_by(Presentation.id).first()
        f = PresentationFile(file_name="slides.pptx", size=len(content), sha256=hashlib.sha256(content).hexdigest())
        p.files.append(f)
        s.flush()
        attachments.write_content(s, f.id, [content])
    second = ctx.views.meeting_record(meeting_id)["bodies"][1]["id"]  # who signs for it, chosen (format 1.1)
    ctx.meetings.set_signatories(meeting_id, second, ctx.registry.people("Акшулаков")[0]["id"], None)
    ctx.protocols.sign(meeting_id, "kk+ru")
    there = tmp_path / "to-server.council"
    ctx.exchange.export_bundle(meeting_id, there)
    done = pg.exchange.import_bundle(there)
    pg.checkpoint()  # as the window does after an import: nothing for the server to do, and no error
    assert [p["verified"] for p in done["protocols"]] == [True]
    assert [f for f in check(pg.engine) if not f["ok"]] == []
    assert pg.exchange.import_bundle(there)["add"] == {}
    on_server = pg.views.meeting_record(pg.views.meetings("ru")[0]["id"])["bodies"][1]
    assert on_server["signing_chair_id"] == pg.registry.people("Акшулаков")[0]["id"]
    back = tmp_path / "from-server.council"
    pg.exchange.export_bundle(pg.views.meetings("ru")[0]["id"], back)
    preview = ctx.exchange.preview_bundle(back)
    assert preview["add"] == {} and preview["update"] == {} and preview["conflicts"] == []
    assert [p["verified"] for p in preview["protocols"]] == [True]
    with pg.sessions() as s:
        stored = s.query(PresentationFile).filter_by(file_name="slides.pptx").one()
        assert attachments.read_content(s, stored.id) == content
        # in pieces of at most a chunk, so that no file is held whole
        assert s.execute(text("SELECT count(*), max(length(data)) FROM presentation_file_chunk "
                              "WHERE file_id = :f"), {"f": stored.id}).one() == (4, attachments.CHUNK)


def test_people_in_bulk_on_postgresql_with_their_audit_chain(pg, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Тегі;Аты;Ұйым\n" + "\n".join(f"Қасымов{i};Ерлан;Орталық {i % 3}" for i in range(500)),
                    encoding="utf-8")
    assert pg.people_import.run(path)["added"] == 500
    assert len(pg.registry.people("қасымов", limit=None, lang="ru")) == 500
    assert [f for f in check(pg.engine) if not f["ok"]] == []
