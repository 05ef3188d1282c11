"""File → Check a protocol copy… gives `council verify`'s answers in the window's language: the
signed file, another print, a copy saved again by another program (not recognised), a forgery."""
from __future__ import annotations

import io
import sqlite3

import pytest
from pypdf import PdfReader, PdfWriter
from PySide6.QtWidgets import QMessageBox

from council_desktop.ui.main_window import CopyChooser

pytestmark = pytest.mark.usefixtures("english_ui")


def check_through_the_menu(window, monkeypatch, path) -> tuple[str, str, str]:
    shown = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, kind=kind: shown.append((kind, title, text))))
    monkeypatch.setattr(CopyChooser, "pdf_path", classmethod(lambda cls, parent: str(path)))
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a is window.act_verify)
    action.trigger()
    assert len(shown) == 1
    return shown[0]


def test_the_window_tells_each_kind_of_copy_in_its_language(window, demo, monkeypatch, tmp_path):
    ctx, mid = demo
    ctx.protocols.sign(mid, "ru")
    signed, kazakh, resaved, forged = (tmp_path / f"{n}.pdf" for n in ("signed", "kk", "resaved", "forged"))
    ctx.documents.write("protocol", mid, "ru", signed)
    ctx.documents.write("protocol", mid, "kk", kazakh)
    writer = PdfWriter(clone_from=PdfReader(signed))
    with open(resaved, "wb") as f:
        writer.write(f)
    writer.remove_page(0)
    buffer = io.BytesIO()
    writer.write(buffer)
    forged.write_bytes(buffer.getvalue())

    assert window.set_language("kk")
    kind, title, text = check_through_the_menu(window, monkeypatch, kazakh)
    assert (kind, title) == ("information", "Хаттама көшірмесін тексеру")
    assert text.startswith("Бұл 20.02.2026 күнгі № 1/1 хаттаманың (1-редакция")
    assert "қол қойылған деректерінің басқа басылымы" in text

    assert window.set_language("ru")
    kind, title, text = check_through_the_menu(window, monkeypatch, resaved)
    assert (kind, title) == ("warning", "Проверка копии протокола")
    assert text.startswith("Этот файл НЕ признан. Его текст — это текст протокола № 1/1 от 20.02.2026, редакция 1")
    assert "другая программа пересохранила или изменила его" in text
    kind, _, text = check_through_the_menu(window, monkeypatch, signed)
    assert kind == "information" and text.startswith("Это тот самый подписанный файл: протокол № 1/1 от 20.02.2026")

    assert window.set_language("en")
    kind, _, text = check_through_the_menu(window, monkeypatch, forged)
    assert (kind, text) == ("warning", "This file is not a protocol signed in this database.")

    # a damaged stored file: the copy is still recognised (the signed layout rendered again), and the fault told
    con = sqlite3.connect(ctx.database_file)
    con.execute("UPDATE protocol_issue SET pdf = CAST(pdf || x'20' AS BLOB)")
    con.commit()
    con.close()
    kind, _, text = check_through_the_menu(window, monkeypatch, signed)
    assert kind == "information"
    assert text.splitlines() == [
        "This is the very file signed: protocol No. 1/1 of 20.02.2026, version 1, signed "
        + text.splitlines()[0].rsplit("signed ", 1)[1],
        "What this database stores of a signed protocol was found damaged: check the database (council check)."]


def test_the_window_checks_a_digital_signature_its_signer_time_changes_and_trust(window, demo, monkeypatch,
                                                                                 tmp_path):
    """File → Check a protocol copy… on a copy signed with PAdES (a throw-away CA made here): the signer, the
    signing time, whether the bytes changed after signing, and the trust when the root is given."""
    import datetime as dt

    from test_documents_records_office import make_test_ca

    from council_desktop.cli import main
    from council_desktop.ui.copy_check import RootChooser

    ctx, mid = demo
    ctx.protocols.sign(mid, "ru")
    key, root = make_test_ca(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    _, stranger = make_test_ca(other)  # another CA's root: the signer's certificate does not chain to it
    monkeypatch.setenv("COUNCIL_KEY_PASSPHRASE", "secret")
    signed = tmp_path / "signed.pdf"
    assert main(["--db", str(ctx.engine.url.database), "protocol", str(mid), "--lang", "ru", "--out", str(signed),
                 "--sign-with", str(key)]) == 0
    issued = dt.datetime.fromisoformat(ctx.views.meeting(mid, "ru")["protocol_issues"][-1]["issued_at"])
    when = issued.strftime("%d.%m.%Y %H:%M:%S")
    assert window.set_language("en")

    monkeypatch.setattr(RootChooser, "root_paths", classmethod(lambda cls, parent: [str(root)]))
    kind, _, text = check_through_the_menu(window, monkeypatch, signed)
    assert kind == "information" and text.startswith("This is the very file signed: protocol No. 1/1")
    assert (f"Digital signature by Common Name: Жумабекова Динара, Country: KZ (certificate issued by Common Name: "
            f"Test Root CA, Country: KZ, serial 2), signed {when} UTC: intact, nothing changed after signing; the "
            f"certificate chains to a root certificate given.") in text, text

    monkeypatch.setattr(RootChooser, "root_paths", classmethod(lambda cls, parent: []))
    kind, _, text = check_through_the_menu(window, monkeypatch, signed)
    assert kind == "information" and "the certificate was not checked: no root certificate was given" in text

    monkeypatch.setattr(RootChooser, "root_paths", classmethod(lambda cls, parent: [str(stranger)]))
    kind, _, text = check_through_the_menu(window, monkeypatch, signed)
    assert kind == "warning" and "the certificate does NOT chain to the root certificates given" in text

    # one byte of the signed range changed: the signature fails, and the copy is not recognised
    data = signed.read_bytes()
    at = data.index(b"/ByteRange") // 2  # inside the signed range: the protocol itself
    forged = tmp_path / "forged.pdf"
    forged.write_bytes(data[:at] + bytes([data[at] ^ 1]) + data[at + 1:])
    monkeypatch.setattr(RootChooser, "root_paths", classmethod(lambda cls, parent: [str(root)]))
    kind, _, text = check_through_the_menu(window, monkeypatch, forged)
    assert kind == "warning" and text.startswith("This file is NOT recognised. Its text is that of protocol No. 1/1")
    assert "the document was CHANGED after signing." in text  # and no word of trust in a broken signature

    # a file given as the root that is no certificate: one line naming it, and nothing checked
    garbage = tmp_path / "root.crt"
    garbage.write_bytes(b"-----BEGIN CERTIFICATE-----\nbm90IGEgY2VydGlmaWNhdGU=\n-----END CERTIFICATE-----\n")
    monkeypatch.setattr(RootChooser, "root_paths", classmethod(lambda cls, parent: [str(garbage)]))
    kind, _, text = check_through_the_menu(window, monkeypatch, signed)
    assert (kind, text) == ("warning", f"{garbage}: not a certificate (PEM or DER); give the root certificate the "
                                       f"office trusts")
    monkeypatch.setattr(RootChooser, "root_paths", classmethod(lambda cls, parent: [str(root)]))

    # in Kazakh too
    assert window.set_language("kk")
    kind, _, text = check_through_the_menu(window, monkeypatch, signed)
    assert kind == "information" and "Жумабекова Динара" in text and "intact" not in text
