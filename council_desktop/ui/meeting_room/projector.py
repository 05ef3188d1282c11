"""The projector view: what the room sees, full screen on the screen chosen for it.

It shows only what meeting mode hands it (the council and the meeting, the current item and
its rapporteurs, the speaker and the time left, the last vote's result), in the meeting's
language (or two), large and high-contrast; blanked, it shows nothing at all.  Its texts are
in the room's language, not the window's: they are looked up in that language's translation
file directly, and a text missing there is an error, never another language.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...paths import resource
from .. import i18n

ROOM_LANGUAGES = (*i18n.LANGUAGES, "kk+ru")  # the window's languages in its order, and both of the state's
_translators: dict[str, QTranslator] = {}


def _room_texts() -> list[str]:
    """The projector's texts, for lupdate (context "Projector"); `room_text` looks them up."""
    return [
        QCoreApplication.translate("Projector", "Item %1 of %2"),
        QCoreApplication.translate("Projector", "Rapporteur: %1"),
        QCoreApplication.translate("Projector", "Speaker: %1"),
        QCoreApplication.translate("Projector", "Vote on %1: for %2, against %3, abstained %4"),
        QCoreApplication.translate("Projector", "Vote on %1: unanimous (%2)"),
        QCoreApplication.translate("Projector", "%1: for %2, against %3, abstained %4 — adopted"),
        QCoreApplication.translate("Projector", "%1: for %2, against %3, abstained %4 — not adopted"),
        QCoreApplication.translate("Projector", "Adopted"),
        QCoreApplication.translate("Projector", "Not adopted"),
        QCoreApplication.translate("Projector", "Meeting No. %1"),
    ]


def room_text(lang: str, source: str) -> str:
    """`source` (a text of `_room_texts`) in the room's language `lang` (kk, ru or en)."""
    t = _translators.get(lang)
    if t is None:
        t = QTranslator()
        path = resource("translations") / f"meeting_room_{lang}.qm"
        if not t.load(str(path)):
            raise LookupError(f"no translations for the projector in {lang}: {path}")
        _translators[lang] = t
    text = t.translate("Projector", source)
    if not text:
        raise LookupError(f"projector text not translated into {lang}: {source!r}")
    return text


def _fill(template: str, *values) -> str:
    for n, v in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(v))
    return template


def body_vote_line(lang: str, b: dict) -> str:
    """One body's count of a joint meeting's vote and whether its own majority passed it (a row of the
    read model's "by_body"), in `lang`: the projector's line, and meeting mode's in the window's language."""
    template = "%1: for %2, against %3, abstained %4 — " + ("adopted" if b["adopted"] else "not adopted")
    return _fill(room_text(lang, template), b["body"], b["votes_for"], b["votes_against"], b["votes_abstained"])


class ProjectorView(QWidget):
    """A window of its own (no parent), black with white type; `show_room` with meeting mode's state."""

    def __init__(self):
        # it never takes the keyboard from meeting mode: every key stays with the secretary
        super().__init__(None, Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("QWidget#projector { background: black; } "
                           "QLabel { color: white; background: black; }")
        self.blanked = False
        self.state: dict = {}
        self.labels: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.setSpacing(24)
        sizes = {"council": 26, "meeting": 22, "item_number": 30, "item": 54, "rapporteur": 30,
                 "speaker": 40, "time": 64, "vote": 36, "by_body": 28, "outcome": 44}
        for key, points in sizes.items():
            label = QLabel()
            label.setObjectName(f"projector_{key}")
            label.setWordWrap(True)
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
            font = QFont(label.font())
            font.setPointSize(points)
            font.setBold(key in ("item", "time", "outcome"))
            label.setFont(font)
            layout.addWidget(label)
            self.labels[key] = label
        layout.addStretch(1)

    # --- placement ----------------------------------------------------------------------------
    def place_on(self, screen) -> None:
        """Full screen on `screen` (a QScreen): moved there first, so that it goes full screen there."""
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    @staticmethod
    def default_screen():
        """The second screen where there is one (the projector), else the only one."""
        screens = QGuiApplication.screens()
        primary = QGuiApplication.primaryScreen()
        return next((s for s in screens if s is not primary), primary)

    # --- content ------------------------------------------------------------------------------
    def set_blank(self, blank: bool) -> None:
        self.blanked = blank
        self._render()

    def show_room(self, state: dict) -> None:
        """state: language(s) → texts meeting mode chose to show (see MeetingModeWindow.projector_state)."""
        self.state = state
        self._render()

    def texts(self) -> dict[str, str]:
        """What each line shows now ("" when hidden or blank): what tests and screenshots read."""
        return {k: (label.text() if label.isVisible() or not self.isVisible() else "")
                for k, label in self.labels.items()}

    def _render(self) -> None:
        if self.blanked or not self.state:
            for label in self.labels.values():
                label.setText("")
                label.hide()
            return
        langs = self.state["languages"]
        lines: dict[str, list[str]] = {k: [] for k in self.labels}
        for lang in langs:
            s = self.state[lang]
            lines["council"].append(s["council"])
            lines["meeting"].append(_fill(room_text(lang, "Meeting No. %1"), s["number"]) + " · " + s["date"])
            if s.get("item"):
                lines["item_number"].append(_fill(room_text(lang, "Item %1 of %2"), s["position"], s["items"]))
                lines["item"].append(s["item"])
                if s.get("rapporteurs"):
                    lines["rapporteur"].append(_fill(room_text(lang, "Rapporteur: %1"), s["rapporteurs"]))
            if s.get("speaker"):
                lines["speaker"].append(_fill(room_text(lang, "Speaker: %1"), s["speaker"]))
            vote = s.get("vote")
            if vote:
                if vote["unanimous"]:
                    lines["vote"].append(_fill(room_text(lang, "Vote on %1: unanimous (%2)"),
                                               vote["number"], vote["votes_for"]))
                else:
                    lines["vote"].append(_fill(room_text(lang, "Vote on %1: for %2, against %3, abstained %4"),
                                               vote["number"], vote["votes_for"], vote["votes_against"],
                                               vote["votes_abstained"]))
                    lines["by_body"] += [body_vote_line(lang, b) for b in vote["by_body"]]
                if vote["adopted"] is not None:
                    lines["outcome"].append(room_text(lang, "Adopted" if vote["adopted"] else "Not adopted"))
        remaining = self.state.get("remaining")
        if remaining is not None and self.state.get("speaker_shown"):
            lines["time"].append(remaining)
        warning = bool(self.state.get("warning"))
        self.labels["time"].setStyleSheet("color: #ffcc00;" if warning else "color: white;")
        for key, label in self.labels.items():
            text = "\n".join(dict.fromkeys(t for t in lines[key] if t))
            label.setText(text)
            label.setVisible(bool(text))
