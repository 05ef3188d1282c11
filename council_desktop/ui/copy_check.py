"""File → Check a protocol copy…: what `ProtocolService.verify` found, said in the window's language.

The same answers as `council verify`: the very file signed, another print of the signed data,
a copy whose text is that of a signed version but whose bytes are not (saved again or altered by
another program: not recognised), or no protocol signed in this database.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox


def answer(result: dict) -> tuple[bool, str]:
    """(recognised, the text to show) for a result of `ProtocolService.verify`."""
    translate = QCoreApplication.translate
    notes = []
    if result.get("damaged"):
        notes.append(translate("CopyCheck", "What this database stores of a signed protocol was found damaged: "
                                            "check the database (council check)."))
    if result["match"] is None:
        return False, "\n".join([translate("CopyCheck", "This file is not a protocol signed in this database."),
                                 *notes])
    when = dt.datetime.fromisoformat(result["issued_at"]).strftime("%d.%m.%Y %H:%M")
    date = dt.date.fromisoformat(result["date"]).strftime("%d.%m.%Y")
    text = {
        "file": translate("CopyCheck", "This is the very file signed: protocol No. {0} of {1}, version {2}, "
                                       "signed {3}."),
        "print": translate("CopyCheck", "This is another print of the signed data (another language, or printed "
                                        "again) of protocol No. {0} of {1}, version {2}, signed {3}."),
        "fingerprint": translate("CopyCheck", "This is the fingerprint of protocol No. {0} of {1}, version {2}, "
                                              "signed {3}."),
        "resaved": translate("CopyCheck", "This file is NOT recognised. Its text is that of protocol No. {0} of "
                                          "{1}, version {2}, signed {3}, but its bytes are not those of any print "
                                          "of it: another program saved it again or altered it. Ask for the file "
                                          "as it was signed, or check the fingerprint printed on it."),
    }[result["match"]].format(result["number"], date, result["revision"], when)
    lines = [text]
    if result["match"] != "resaved" and not result["current"]:
        lines.append(translate("CopyCheck", "This version is no longer in force: the protocol now has version {0}."
                               ).format(result["latest_revision"]))
    return result["match"] != "resaved", "\n".join(lines + notes)


def check_copy(parent, ctx, path: str) -> None:
    """Read the file, ask the database, and show the answer."""
    title = QCoreApplication.translate("CopyCheck", "Check a protocol copy")
    try:
        pdf = Path(path).read_bytes()
    except OSError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "CopyCheck", "{0}: cannot read the file: {1}").format(path, exc.strerror))
        return
    recognised, text = answer(ctx.protocols.verify(pdf=pdf))
    (QMessageBox.information if recognised else QMessageBox.warning)(parent, title, text)
