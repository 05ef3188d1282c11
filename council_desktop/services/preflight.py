"""Pre-flight: what is wrong with a meeting before it is marked held or its protocol signed.

`findings(record, step, langs, today)` reads the editor's record of a meeting (services.readmodel.
meeting_record) and returns what it finds, each with where to fix it. A *blocking* finding stops
the step; the others may be accepted with a reason, which goes into the audit trail with the step.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any

HELD, SIGN = "held", "sign"
ABSENT = ("absent", "excused")


@dataclass(frozen=True)
class Finding:
    code: str
    blocking: bool
    tab: str  # where to fix it: details | attendance | agenda | minutes
    kind: str = ""  # the record to select there: person | item | resolution
    ident: int | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict:
        return asdict(self)


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
    present = record["present_members"]
    for item in record["agenda"]:
        where = {"item": item["position"]}
        _missing(found, item, "title", langs, "agenda", "item", item["id"], where)
        if not any((item.get(f"heard_{lang}") or "").strip() for lang in ("kk", "ru", "en")):
            found.append(Finding("no_heard", False, "minutes", "item", item["id"], where))
        else:
            _missing(found, item, "heard", langs, "minutes", "item", item["id"], where)
        for speech in item["speeches"]:
            _missing(found, speech, "gist", langs, "minutes", "item", item["id"], {**where, "name": speech["name"]})
        if not item["resolutions"]:
            found.append(Finding("no_resolution", False, "minutes", "item", item["id"], where))
        for res in item["resolutions"]:
            at = {**where, "number": res["number"]}
            _missing(found, res, "text", langs, "minutes", "resolution", res["id"], at)
            cast = sum(res[k] or 0 for k in ("for", "against", "abstained"))
            if not res["unanimous"] and all(res[k] is None for k in ("for", "against", "abstained")):
                found.append(Finding("no_vote", False, "minutes", "resolution", res["id"], at))
            elif cast > present:
                found.append(Finding("vote_exceeds", True, "minutes", "resolution", res["id"],
                                     {**at, "cast": cast, "present": present}))
            elif cast < present and not res["unanimous"]:
                found.append(Finding("vote_short", False, "minutes", "resolution", res["id"],
                                     {**at, "cast": cast, "present": present}))
            for a in res["assignments"]:
                _missing(found, a, "task", langs, "minutes", "resolution", res["id"], at)
    return found


def _missing(found: list[Finding], row: dict, field_name: str, langs, tab: str, kind: str, ident: int,
             where: dict) -> None:
    """A text written in some language but not in one the protocol prints: it would print in another language."""
    texts = {lang: (row.get(f"{field_name}_{lang}") or "").strip() for lang in ("kk", "ru", "en")}
    if not any(texts.values()):
        return
    for lang in langs:
        if not texts[lang]:
            found.append(Finding("text_missing", True, tab, kind, ident, {**where, "what": field_name, "lang": lang}))
