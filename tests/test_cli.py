"""The `council` command: output a script can read, and one line and exit 2 for a user's mistake."""
import json
import subprocess
import sys

import pytest

from council_desktop import __version__
from council_desktop.cli import main

KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo_db(tmp_path, capsys):
    db = tmp_path / "x.db"
    assert run(capsys, "--db", str(db), "demo")[0] == 0
    return db


def db_state(db):
    import sqlite3

    con = sqlite3.connect(db)
    try:
        return [line for line in con.iterdump() if "audit_entry" not in line]
    finally:
        con.close()


def test_version_is_printed(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.strip() == f"council {__version__}"


def test_meetings_list_shows_the_joint_meeting(demo_db, capsys):
    code, out, err = run(capsys, "--db", str(demo_db), "meetings", "list", "--json", "--lang", "ru")
    assert code == 0 and err == ""
    meetings = json.loads(out)
    joint = next(m for m in meetings if m["kind"] == "joint")
    assert len(joint["bodies"]) == 2
    # every language by the models' column names, and the list's language beside them (--lang)
    assert {b["short_name"] for b in joint["bodies"]} == {"НТС МЗ РК", "ОНЖЗ НАН РК"}
    assert {b["short_name_kk"] for b in joint["bodies"]} == {"ҚР ДСМ ҒТК", "ҚР ҰҒА ӨДҒБ"}
    assert {b["label"] for b in joint["bodies"]} == {"НТС МЗ РК", "ОНЖЗ НАН РК"}
    assert len(joint["presentations"]) == 4
    names = json.dumps(joint, ensure_ascii=False)
    assert KAZAKH & set(names), "names in Kazakh carry Kazakh letters"
    assert "Ұлттық биотехнология орталығы" in joint["place_kk"]
    assert joint["place"] == joint["place_ru"] != joint["place_kk"]
    assert all(set(p) >= {"project_id", "title_kk", "title_ru", "title_en", "title"} for p in joint["presentations"])
    assert not any(isinstance(v, dict) for v in joint.values())  # no {"kk": …} left
    code, out, _ = run(capsys, "--db", str(demo_db), "meetings", "list", "--json", "--lang", "kk")
    kk = next(m for m in json.loads(out) if m["kind"] == "joint")
    assert code == 0 and {b["label"] for b in kk["bodies"]} == {"ҚР ДСМ ҒТК", "ҚР ҰҒА ӨДҒБ"}
    assert kk["place"] == joint["place_kk"]


def test_meeting_show_gives_attendance_quorum_agenda_and_resolutions(demo_db, capsys):
    _, out, _ = run(capsys, "--db", str(demo_db), "meetings", "list", "--json")
    joint = next(m for m in json.loads(out) if m["kind"] == "joint")
    code, out, err = run(capsys, "--db", str(demo_db), "meeting", "show", str(joint["id"]), "--json", "--lang", "kk")
    assert code == 0, err
    view = json.loads(out)
    assert view["quorum"]["reached"] is True
    assert [b["present"] for b in view["quorum"]["bodies"]] == [10, 5]
    assert len(view["agenda"]) == 4
    assert view["agenda"][0]["title"].startswith("Ғылыми-техникалық кеңестің")
    assert sum(len(i["resolutions"]) for i in view["agenda"]) == 5
    assert any(a["guest"] for a in view["attendance"])
    assert view["chair"]["surname"] == "Әлназарова"


def test_text_output_is_readable(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "meeting", "show", "1", "--lang", "ru")
    assert code == 0
    assert "НТС МЗ РК: 10 of 11 members present, quorum reached" in out


def test_people_list_json_and_search(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "people", "list", "--json", "--search", "ТҰРМҰХАМБЕТОВА")
    assert code == 0
    assert [p["surname"] for p in json.loads(out)] == ["Турмухамбетова"]


@pytest.mark.parametrize("lang, name, degree, position, russian", [
    ("kk", "Ақшолақов Серік", "м.ғ.д., профессор", "Басқарма төрағасы", "Председатель правления"),
    ("en", "Serik Akshulakov", "MD, DSc, Professor", "Chairman of the Board", "Председатель правления"),
    ("ru", "Акшулаков Серик", "д.м.н., профессор", "Председатель правления", "Председатель правления"),
])
def test_people_list_prints_degree_and_position_in_the_chosen_language(demo_db, capsys, lang, name, degree,
                                                                       position, russian):
    code, out, err = run(capsys, "--db", str(demo_db), "people", "list", "--lang", lang, "--search", "Акшулаков")
    assert code == 0, err
    header, row = out.splitlines()
    assert header.split() == ["id", "name", "degree", "position", "organization"]
    assert name in row and degree in row and position in row
    assert row.count(russian) == (1 if lang == "ru" else 0)  # the Russian position only in a Russian list


def test_check_reports_a_sound_database(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code == 0
    assert json.loads(out)["ok"] is True


@pytest.mark.parametrize("argv, needle", [
    (["meeting", "show", "999"], "999"),
    (["meeting", "show", "abc"], "abc"),
    (["demo"], "demo"),
    (["meetings", "list", "--lang", "de"], "--lang"),
    (["nonsense"], "nonsense"),
])
def test_user_mistakes_give_one_line_and_exit_2_and_change_nothing(demo_db, capsys, argv, needle):
    before = db_state(demo_db)
    code, out, err = run(capsys, "--db", str(demo_db), *argv)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1 and needle in err
    assert "Traceback" not in err
    assert db_state(demo_db) == before


def test_an_unreadable_database_file_is_one_line_and_exit_2(tmp_path, capsys):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all " * 50)
    code, _, err = run(capsys, "--db", str(bad), "meetings", "list")
    assert code == 2 and len(err.strip().splitlines()) == 1 and str(bad) in err
    assert bad.read_bytes() == b"not a database at all " * 50
    folder = tmp_path / "folder.db"
    folder.mkdir()
    code, _, err = run(capsys, "--db", str(folder), "meetings", "list")
    assert code == 2 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("url", ["foo://bar", "postgresql+nosuchdriver://u@h/db", "sqlite:///"
                                 "/proc/1/cannot/be/here.db"])
def test_a_database_url_that_cannot_work_is_one_line_and_exit_2(capsys, url):
    code, out, err = run(capsys, "--db", url, "init")  # init: the one command that would make the file
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and "cannot be opened" in err


def test_an_unexpected_fault_is_one_line_with_the_log_and_no_traceback(demo_db, capsys, monkeypatch):
    from council_desktop.services.views import ViewService

    def broken(self, lang="ru"):
        raise ZeroDivisionError("a bug of ours")

    monkeypatch.setattr(ViewService, "meetings", broken)
    code, out, err = run(capsys, "--db", str(demo_db), "meetings", "list")
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "ZeroDivisionError" in err and "Traceback" not in err
    from council_desktop.crashlog import crash_log_path

    assert "a bug of ours" in crash_log_path().read_text()


def test_messages_follow_the_users_language(demo_db, capsys, monkeypatch):
    monkeypatch.setenv("COUNCIL_LANG", "kk")
    code, _, err = run(capsys, "--db", str(demo_db), "meeting", "show", "999")
    assert code == 2 and "табылмады" in err


def test_the_installed_command_runs_as_a_process(demo_db):
    done = subprocess.run([sys.executable, "-m", "council_desktop.cli", "--db", str(demo_db), "meeting", "show",
                           "424242"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and done.stdout == ""
