"""A bundle whose term would change who sat at a meeting signed in this copy: the preview refuses it as the
import does, with the same line (the person, the body, the meeting and the way forward) and nothing written,
in the service on SQLite and PostgreSQL, in the window's preview and in `council import bundle`.  A term the
bundle changes away from the signed date, and one kept as here, still pass."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from sqlalchemy import inspect, text

from council_desktop.app import AppContext
from council_desktop.domain.errors import CouncilError
from test_postgresql import SERVER, pg_url  # noqa: F401 - the fixture: a database of its own on the server

SIGNED = "2026-02-20"  # the demo's joint meeting, signed in the receiving copy
KASYMOVA, OMAROV = "Касымова", "Омаров"  # her term in the council ended 2026-01-14; he sits in the department only


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=[
    pytest.mark.postgresql, pytest.mark.skipif(not SERVER, reason="COUNCIL_TEST_PG_URL is not set")])])
def other(request, tmp_path):
    """The receiving office's copy: a SQLite file, or a database of its own on the PostgreSQL server."""
    if request.param == "sqlite":
        context = AppContext.open(tmp_path / "other.db", create=True)
        yield context
        context.close()
        return
    context = AppContext.open(request.getfixturevalue("pg_url"), create=True)
    yield context
    context.close()


def state(copy) -> dict:
    """Every row of every table, and on SQLite the file's bytes (and its WAL's): what a refusal leaves alone."""
    with copy.engine.connect() as conn:
        found = {t: sorted(map(repr, conn.execute(text(f'SELECT * FROM "{t}"'))))
                 for t in inspect(conn).get_table_names()}
    if copy.url.startswith("sqlite:///"):
        path = copy.url.removeprefix("sqlite:///")
        found["bytes"] = [open(path + suffix, "rb").read() for suffix in ("", "-wal") if os.path.exists(path + suffix)]
    return found


def term(copy, surname: str, body_id: int = 1) -> dict:
    """A person's term in a body (the council: 1, the department: 2) as the copy holds it."""
    with copy.engine.connect() as conn:
        row = conn.execute(text("SELECT m.id, m.version, m.person_id, m.start_date, m.end_date FROM membership m "
                                "JOIN person p ON p.id = m.person_id WHERE p.surname = :s AND m.body_id = :b"),
                           {"s": surname, "b": body_id}).one_or_none()
    return dict(row._mapping) if row is not None else None


def end_term(copy, surname: str, end: str | None) -> None:
    t = term(copy, surname)
    copy.records.update("membership", t["id"], {"end_date": end}, expected_version=t["version"])


def add_term(copy, surname: str, start: str) -> None:
    """The person (in the department since 2025) made a member of the council too, from `start`."""
    person = term(copy, surname, body_id=2)["person_id"]
    copy.records.create("membership", {"body_id": 1, "person_id": person, "role": "member", "start_date": start,
                                       "basis": "order of the ministry"})


def received_and_signed(demo, other, tmp_path, here=None) -> int:
    """The demo's joint meeting sent to the other copy, which signs it (after `here(other)`): its id there."""
    ctx, mid = demo
    first = tmp_path / "first.council"
    ctx.exchange.export_bundle(mid, first)
    other.exchange.import_bundle(first)
    if here:
        here(other)
    signed = other.views.meetings("ru")[0]["id"]
    other.protocols.sign(signed, "ru")
    return signed


def refused_both(other, bundle) -> CouncilError:
    """The preview and the import both refuse the bundle, with the same code and line, writing nothing."""
    before = state(other)
    errors = []
    for step in (other.exchange.preview_bundle, other.exchange.import_bundle):
        with pytest.raises(CouncilError) as exc:
            step(bundle)
        errors.append(exc.value)
        assert state(other) == before
    preview, imported = errors
    assert preview.code == imported.code == "bundle_composition_locked"
    assert {lang: preview.message(lang) for lang in ("kk", "ru", "en")} == {
        lang: imported.message(lang) for lang in ("kk", "ru", "en")}
    return preview


# --- the service ------------------------------------------------------------------------------------
def test_a_term_updated_there_over_a_signed_meeting_is_refused_by_the_preview_as_by_the_import(demo, other, tmp_path):
    """Kasymova's term, ended before the meeting, extended there past it (changed only there: an update) would
    put her among the members of a meeting signed here: refused up front, her, the council and the meeting
    named, with the way forward, in Kazakh, Russian and English; nothing written."""
    ctx, mid = demo
    received_and_signed(demo, other, tmp_path)
    end_term(ctx, KASYMOVA, "2026-03-31")
    bundle = tmp_path / "extended.council"
    ctx.exchange.export_bundle(mid, bundle)
    exc = refused_both(other, bundle)
    assert exc.message("en") == (
        f"{bundle}: the term of Gulmira Kassymova in STC MoH RK from 2024-01-10, as the bundle has it, would "
        f"change the composition at the meeting No. {exc.params['number']} of {SIGNED}, signed in this copy; a "
        "signed protocol does not change by import: to take the other office's version, amend that protocol here "
        "first, then import again; the bundle was refused, nothing was imported")
    assert exc.message("ru").startswith(f"{bundle}: членство «Касымова Гульмира Токтаровна — НТС МЗ РК, с 2024-01-10» "
                                        f"в версии пакета изменило бы состав на заседании № ")
    assert exc.message("kk").startswith(f"{bundle}: пакеттегі «Қасымова Гүлмира Тоқтарқызы — ҚР ДСМ ҒТК, "
                                        f"2024-01-10 күннен бастап» мүшелігі осы көшірмеде қол қойылған {SIGNED} күнгі")
    assert str(term(other, KASYMOVA)["end_date"]) == "2026-01-14"


def test_a_term_added_there_over_a_signed_meeting_is_refused_by_the_preview_as_by_the_import(demo, other, tmp_path):
    """Omarov made a member of the council there from before the meeting (a new term: an add) would change who
    sat at the meeting signed here: refused up front as the import refuses it, nothing written."""
    ctx, mid = demo
    received_and_signed(demo, other, tmp_path)
    add_term(ctx, OMAROV, "2026-02-01")
    bundle = tmp_path / "added.council"
    ctx.exchange.export_bundle(mid, bundle)
    exc = refused_both(other, bundle)
    assert exc.message("en").startswith(
        f"{bundle}: the term of Bakhytzhan Omarov in STC MoH RK from 2026-02-01, as the bundle has it, would change "
        f"the composition at the meeting No. {exc.params['number']} of {SIGNED}, signed in this copy; ")
    assert exc.message("ru").startswith(f"{bundle}: членство «Омаров Бахытжан Кайратович — НТС МЗ РК, с 2026-02-01» ")
    assert term(other, OMAROV) is None


def test_terms_that_leave_the_signed_meeting_as_it_was_preview_and_import(demo, other, tmp_path):
    """What changes no signed meeting's composition still comes in: a term ended there after the signed meeting
    (an update), one begun there after it (an add), the same bundle again (the same), and a term changed only
    here, whose bundle's version would have changed the signed meeting had it been taken (kept as here)."""
    ctx, mid = demo
    received_and_signed(demo, other, tmp_path, here=lambda copy: end_term(copy, KASYMOVA, "2026-12-31"))
    end_term(ctx, "Баймуханов", "2026-04-30")  # the meeting of 2026-05-22 there is not signed here
    add_term(ctx, OMAROV, "2026-03-01")
    bundle = tmp_path / "later.council"
    ctx.exchange.export_bundle(mid, bundle)
    preview = other.exchange.preview_bundle(bundle)
    assert (preview["update"].get("membership"), preview["add"].get("membership")) == (1, 1)
    assert preview["kept_ours"].get("membership") == 1 and preview["conflicts"] == []
    done = other.exchange.import_bundle(bundle)
    assert (done["update"], done["add"], done["kept_ours"]) == (preview["update"], preview["add"],
                                                                preview["kept_ours"])
    assert str(term(other, "Баймуханов")["end_date"]) == "2026-04-30"
    assert str(term(other, OMAROV)["start_date"]) == "2026-03-01"
    assert str(term(other, KASYMOVA)["end_date"]) == "2026-12-31"  # kept as here
    assert other.exchange.import_bundle(bundle)["update"] == {}  # the same again: nothing to take


# --- the window and the command -------------------------------------------------------------------------
@pytest.mark.usefixtures("english_ui")
def test_the_window_preview_shows_the_refusal_in_one_line_and_offers_no_import(window, demo, qtbot, monkeypatch,
                                                                               tmp_path):
    """Another office made Omarov a member of the council from before the meeting, which is signed here since:
    File → Import… shows the one line (him, the council, the meeting, amend here first) and no Import."""
    from ui_dialogs import DialogScript

    from council_desktop.ui.exchange_dialogs import ExchangeChooser

    ctx, mid = demo
    first, bundle = tmp_path / "first.council", tmp_path / "from-other.council"
    ctx.exchange.export_bundle(mid, first)
    there = AppContext.open(tmp_path / "there.db", create=True)
    try:
        there.exchange.import_bundle(first)
        add_term(there, OMAROV, "2026-02-01")
        there.exchange.export_bundle(there.views.meetings("ru")[0]["id"], bundle)
    finally:
        there.close()
    ctx.protocols.sign(mid, "ru")
    with pytest.raises(CouncilError) as exc:
        ctx.exchange.preview_bundle(bundle)
    before = state(ctx)
    monkeypatch.setattr(ExchangeChooser, "open_path", classmethod(lambda cls, parent: str(bundle)))
    script = DialogScript(monkeypatch, qtbot)
    shown = []

    def answer(dialog):
        shown.append(dialog.summary.toPlainText())
        assert not dialog.import_button.isEnabled()
        from PySide6.QtCore import Qt
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    script.expect("ImportDialog", answer)
    assert window.act_import.trigger() is None
    script.done()
    assert shown == [exc.value.message("en")]
    assert " in STC MoH RK from 2026-02-01, " in shown[0] and "amend that protocol here first" in shown[0]
    assert state(ctx) == before and term(ctx, OMAROV) is None


@pytest.mark.parametrize("lang, options", [("kk", []), ("ru", ["--json"]), ("en", ["--yes"]),
                                           ("en", ["--json", "--yes"])])
def test_the_command_refuses_in_one_line_in_the_users_language_and_exits_2(demo, tmp_path, lang, options):
    """`council import bundle` (a process of its own), previewing or importing, with --json too: exit 2, nothing
    on stdout, the one line on stderr in the language asked, no traceback, the file unchanged."""
    ctx, mid = demo
    other = AppContext.open(tmp_path / "other.db", create=True)
    try:
        received_and_signed(demo, other, tmp_path)
        end_term(ctx, KASYMOVA, "2026-03-31")
        bundle = tmp_path / "extended.council"
        ctx.exchange.export_bundle(mid, bundle)
        with pytest.raises(CouncilError) as exc:
            other.exchange.preview_bundle(bundle)
        before = state(other)
    finally:
        other.close()
    db = str(tmp_path / "other.db")
    with open(db, "rb") as f:
        file_before = f.read()
    done = subprocess.run([sys.executable, "-m", "council_desktop.cli", "--db", db, "import", "bundle", str(bundle),
                           "--lang", lang, *options], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "COUNCIL_LANG": lang})
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == f"council: {exc.value.message(lang)}\n"
    assert "Kassymova" in exc.value.message("en") and "Traceback" not in done.stderr
    with open(db, "rb") as f:
        assert f.read() == file_before
    reopened = AppContext.open(db)
    try:
        assert {k: v for k, v in state(reopened).items() if k != "bytes"} == {
            k: v for k, v in before.items() if k != "bytes"}
    finally:
        reopened.close()
