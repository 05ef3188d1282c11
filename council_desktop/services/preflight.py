"""Pre-flight: what is wrong with a meeting before it is marked held or its protocol signed.

`findings(record, step, langs, today)` reads the editor's record of a meeting (services.readmodel.
meeting_record) and returns what it finds, each with where to fix it. A *blocking* finding stops
the step; the others may be accepted with a reason, which goes into the audit trail with the step.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

from ..domain.entities import LANGUAGES
from ..domain.errors import FINDING_WORDS, FINDINGS, CouncilError, user_language

HELD, SIGN = "held", "sign"
ABSENT = ("absent", "excused")


@dataclass(frozen=True)
class Finding:
    code: str
    blocking: bool
    tab: str  # where to fix it: details | attendance | agenda | minutes
    kind: str = ""  # the record to select there: person | item | speech | resolution | assignment
    ident: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


def of_meeting(m, record: dict, step: str, langs: tuple[str, ...], today: dt.date) -> list[Finding]:
    """`findings` for meeting `m` (a snapshot or the ORM's) and its editor's record, with, before signing,
    every other text the protocol would print in another language (services.language_check)."""
    found = findings(record, step, langs, today)
    if step == SIGN:
        from .language_check import language_gaps

        found += [language_finding(gap) for lang in langs for gap in language_gaps(m, lang)
                  if gap.params["what"] not in _TEXTS_OF_THE_MINUTES]
    return found


# what `findings` itself reports as text_missing, which blocks: the language check is not asked again
_TEXTS_OF_THE_MINUTES = {"item title", "heard text", "speech text", "resolution text", "assignment task"}
# where the rest is fixed: the meeting's own texts in Details, people's in Attendance, projects' in Agenda
_GAP_TABS = {"meeting place": "details", "meeting city": "details", "council body name": "details",
             "project title": "agenda"}


def language_finding(gap: CouncilError) -> Finding:
    what = gap.params["what"]
    tab = _GAP_TABS.get(what, "attendance" if what.startswith("person") else "details")
    return Finding("language_gap", False, tab, params=dict(gap.params))


def findings(record: dict, step: str, langs: tuple[str, ...], today: dt.date) -> list[Finding]:
    """What is wrong before `step` (HELD or SIGN); `langs` are the protocol's languages."""
    found: list[Finding] = []
    signing = step == SIGN
    date = dt.date.fromisoformat(record["date"])
    if date > today:
        found.append(Finding("future_date", True, "details", params={"date": record["date"]}))
    for role in ("chair", "secretary"):
        if not record[f"{role}_id"]:
            found.append(Finding(f"no_{role}", signing, "details"))
            continue
        row = next((a for a in record["attendance"] if a["person_id"] == record[f"{role}_id"]), None)
        if row is not None and row["status"] in ABSENT:
            found.append(Finding("signatory_absent", signing, "attendance", "person", row["person_id"],
                                 {"role": role, "name": row["name"], "status": row["status"]}))
    if not signing:
        return found
    if not record["agenda"]:
        found.append(Finding("no_items", False, "agenda"))
    for item in record["agenda"]:
        where = {"item": item["position"]}
        _missing(found, item, "title", langs, "agenda", "item", item["id"], where)
        if not any((item.get(f"heard_{lang}") or "").strip() for lang in LANGUAGES):
            found.append(Finding("no_heard", False, "minutes", "item", item["id"], where))
        else:
            _missing(found, item, "heard", langs, "minutes", "item", item["id"], where)
        for speech in item["speeches"]:
            _missing(found, speech, "gist", langs, "minutes", "speech", speech["id"], {**where, "name": speech["name"]})
        if not item["resolutions"]:
            found.append(Finding("no_resolution", False, "minutes", "item", item["id"], where))
        for res in item["resolutions"]:
            at = {**where, "number": res["number"]}
            _missing(found, res, "text", langs, "minutes", "resolution", res["id"], at)
            counts = ("votes_for", "votes_against", "votes_abstained")
            cast, present = sum(res[k] or 0 for k in counts), res["present"]
            if not res["unanimous"] and all(res[k] is None for k in counts):
                found.append(Finding("no_vote", False, "minutes", "resolution", res["id"], at))
            elif cast > present:
                found.append(Finding("vote_exceeds", True, "minutes", "resolution", res["id"],
                                     {**at, "cast": cast, "present": present}))
            elif cast < present and not res["unanimous"]:
                found.append(Finding("vote_short", False, "minutes", "resolution", res["id"],
                                     {**at, "cast": cast, "present": present}))
            if res.get("body_counts_agree") is False:  # counted per body, then the total or attendance changed
                found.append(Finding("body_vote_mismatch", True, "minutes", "resolution", res["id"], at))
            for a in res["assignments"]:
                _missing(found, a, "task", langs, "minutes", "assignment", a["id"], at)
    return found


def _missing(found: list[Finding], row: dict, field_name: str, langs, tab: str, kind: str, ident: int,
             where: dict) -> None:
    """A text written in some language but not in one the protocol prints: it would print in another language."""
    texts = {lang: (row.get(f"{field_name}_{lang}") or "").strip() for lang in LANGUAGES}
    if not any(texts.values()):
        return
    for lang in langs:
        if not texts[lang]:
            found.append(Finding("text_missing", True, tab, kind, ident, {**where, "what": field_name, "lang": lang}))


class PreflightRefused(CouncilError):
    """The step refused by what pre-flight found: its message names the first finding that stops it
    (`found` keeps them all, for the command's JSON)."""

    def __init__(self, code: str, found: list[dict]):
        self.found = found
        super().__init__(code, count=len(found), blocking=sum(f["blocking"] for f in found))

    def message(self, lang: str | None = None) -> str:
        lang = lang or user_language()
        first = next((f for f in self.found if f["blocking"]), self.found[0] if self.found else None)
        head = super().message(lang)
        return f"{head}: {describe(first, lang)}" if first else head


def describe(f: dict, lang: str, format_date=str) -> str:
    """One finding (as `Finding.as_dict`) as a line in `lang`: the window's list and the command print it.
    `format_date` writes the meeting's date as the caller's language does."""
    if f["code"] == "language_gap":
        return CouncilError("language_gap", **f["params"]).message(lang)
    p = dict(f["params"])
    for key in ("role", "status", "lang"):
        if key in p:
            p[key] = FINDING_WORDS[p[key]][lang]
    if "what" in p:
        p["what"] = FINDING_WORDS[p["what"]][lang].format(**p)
    if "date" in p:
        p["date"] = format_date(p["date"])
    return FINDINGS[f["code"]][lang].format(**p)
