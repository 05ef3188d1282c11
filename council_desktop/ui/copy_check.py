"""File → Check a protocol copy…: what `ProtocolService.verify` found, said in the window's language.

The same answers as `council verify`: the very file signed, another print of the signed data,
a copy whose text is that of a signed version but whose bytes are not (saved again or altered by
another program: not recognised), or no protocol signed in this database.  A copy carrying a
digital signature (PAdES) is checked too: its signer, its signing time, whether the bytes changed
after signing, and, when the secretary gives the root certificates the office trusts, whether the
signer's certificate chains to one of them.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox


class RootChooser:
    """The file dialog for the root certificates a digital signature is checked against. Tests patch this."""

    @classmethod
    def root_paths(cls, parent) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("CopyCheck", "Root certificates the office trusts (Cancel: do not "
                                                            "check the signer's certificate)"), "",
            QCoreApplication.translate("CopyCheck", "Certificates (*.pem *.crt *.cer *.der);;All files (*)"))
        return paths


def signature_lines(signatures: list[dict], roots_given: bool) -> list[str]:
    """What each digital signature on the copy says: who signed, when, whether the bytes changed since,
    whether the certificate is trusted."""
    translate = QCoreApplication.translate
    lines = []
    for sig in signatures:
        when = (dt.datetime.fromisoformat(sig["signing_time"]).astimezone(dt.timezone.utc).strftime("%d.%m.%Y %H:%M:%S")
                if sig["signing_time"] else "?")
        state = (translate("CopyCheck", "intact, nothing changed after signing") if sig["ok"] else
                 translate("CopyCheck", "the document was CHANGED after signing")
                 if not sig["intact"] or not sig["valid"] else
                 translate("CopyCheck", "intact, but something was ADDED to the file after signing"))
        trust = (translate("CopyCheck", "the certificate chains to a root certificate given") if sig["trusted"] else
                 translate("CopyCheck", "the certificate does NOT chain to the root certificates given")
                 if roots_given else translate("CopyCheck", "the certificate was not checked: no root certificate "
                                                            "was given"))
        if not sig["intact"] or not sig["valid"]:  # a broken signature vouches for no one: no trust said
            lines.append(translate("CopyCheck", "Digital signature by {0} (certificate issued by {1}, serial {2}), "
                                                "signed {3} UTC: {4}.").format(
                sig["signer"], sig["issuer"], sig["serial"], when, state))
            continue
        lines.append(translate("CopyCheck", "Digital signature by {0} (certificate issued by {1}, serial {2}), "
                                            "signed {3} UTC: {4}; {5}.").format(
            sig["signer"], sig["issuer"], sig["serial"], when, state, trust))
    return lines


def answer(result: dict, roots_given: bool = False) -> tuple[bool, str]:
    """(recognised, the text to show) for a result of `ProtocolService.verify`."""
    translate = QCoreApplication.translate
    signatures = result.get("signatures", [])
    notes = signature_lines(signatures, roots_given)
    signed_well = all(s["ok"] and (s["trusted"] or not roots_given) for s in signatures)
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
    return result["match"] != "resaved" and signed_well, "\n".join(lines + notes)


def check_copy(parent, ctx, path: str) -> None:
    """Read the file, ask the database, and show the answer."""
    title = QCoreApplication.translate("CopyCheck", "Check a protocol copy")
    try:
        pdf = Path(path).read_bytes()
    except OSError as exc:
        QMessageBox.warning(parent, title, QCoreApplication.translate(
            "CopyCheck", "{0}: cannot read the file: {1}").format(path, exc.strerror))
        return
    roots = []
    if b"/ByteRange" in pdf:  # a digital signature: its certificate is checked against the roots chosen
        from ..documents.pades import read_root
        from ..domain.errors import CouncilError
        from . import i18n

        try:
            roots = [read_root(root) for root in RootChooser.root_paths(parent)]
        except CouncilError as exc:  # one line naming the file and the way forward, in the window's language
            QMessageBox.warning(parent, title, exc.message(i18n.current()))
            return
    recognised, text = answer(ctx.protocols.verify(pdf=pdf, trust_roots=roots), bool(roots))
    (QMessageBox.information if recognised else QMessageBox.warning)(parent, title, text)
