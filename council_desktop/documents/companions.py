"""The protocol's companions: agenda (invitation), chair's script, attendance sheet, extract, register.

Each takes the meeting's views ({lang: meeting_view}) and a layout ("ru", "kk", "en" or
"kk+ru": the Kazakh part, then the Russian part from a new page) and returns PDF bytes.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Spacer, Table

from .labels import as_date, kk_at_time, label, on_date, short_date
from .protocol import (
    agenda_block,
    by_name,
    item_minutes,
    letterhead_block,
    meeting_facts,
    officers_block,
    official_document,
    people_table,
    present_members,
    presentation_text,
    quorum_block,
    quorum_body_name,
    rapporteur_text,
    signature_block,
    table_caption,
    title_block,
    vote_line,
)
from .styles import TEXT_WIDTH, initials, styles_for, table_style, text
from .template import RowsTable, ending_with

Part = Callable[[dict, str], list]


def _compose(views: dict[str, dict], layout: str, doc_key: str, part: Part, letterhead: dict | None,
             restriction: str | None = None, running_key: str = "running_head_meeting", draft: bool = False) -> bytes:
    langs = tuple(layout.split("+"))
    doc = official_document(views, langs, doc_key, letterhead, restriction, running_key=running_key, draft=draft)
    story: list = []
    for i, lang in enumerate(langs):
        if i:
            story += [doc.switch_language(lang), PageBreak()]
        story += letterhead_block(views[lang], letterhead, lang) + part(views[lang], lang)
    return doc.render(story)


def _secretary_sign(view: dict, lang: str) -> list:
    return signature_block(view, lang, keys=("secretary",))


# --- agenda / invitation ------------------------------------------------------------------------
def _agenda_part(view: dict, lang: str) -> list:
    story = title_block(view, lang, "agenda_doc")
    if view.get("start_time"):
        story.append(Paragraph(text(label("invitation", lang, date=on_date(view["date"], lang),
                                          time=view["start_time"], time_at=kk_at_time(view["start_time"]))),
                               styles_for(lang).body))
    story += meeting_facts(view, lang)
    story += agenda_block(view, lang, heading=False, with_presentations=True)
    return ending_with(story, _secretary_sign(view, lang))


def render_agenda(views: dict[str, dict], layout: str, letterhead: dict | None = None,
                  restriction: str | None = None) -> bytes:
    return _compose(views, layout, "agenda_doc", _agenda_part, letterhead, restriction)


# --- chair's script -----------------------------------------------------------------------------
def schedule(view: dict) -> list[tuple[str, str, dict | None]]:
    """(start, end, item) for every agenda item, from the start time and the planned minutes;
    the last row (item None) is the closing.  Times are "" when the meeting has no start time."""
    start = view.get("start_time")
    clock = dt.datetime.combine(dt.date(2000, 1, 1), dt.time.fromisoformat(start)) if start else None
    rows = []
    for item in view["agenda"]:
        begin = clock
        if clock is not None:
            clock = clock + dt.timedelta(minutes=item.get("planned_minutes") or 0)
        rows.append((begin.strftime("%H:%M") if begin else "", clock.strftime("%H:%M") if clock else "", item))
    rows.append((clock.strftime("%H:%M") if clock else "", "", None))
    return rows


def _script_part(view: dict, lang: str) -> list:
    story = title_block(view, lang, "script_doc")
    story.insert(2, Paragraph(f"<i>{label('internal', lang)}</i>", styles_for(lang).subtitle))
    story += meeting_facts(view, lang) + officers_block(view, lang)
    for b in view["quorum"]["bodies"]:
        need = label("quorum_needs", lang, body=quorum_body_name(view, b, lang), required=b["required"],
                     members=b["members"])
        story.append(Paragraph(text(need), styles_for(lang).plain))
    head = [label(k, lang) for k in ("col_time", "col_no", "col_item", "col_minutes", "col_notes")]
    data = [[Paragraph(h, styles_for(lang).cell_head) for h in head]]
    data.append([Paragraph(view.get("start_time") or "", styles_for(lang).cell_center), "",
                 Paragraph(f"<b>{label('opening', lang)}</b>", styles_for(lang).cell), "", ""])
    for begin, end, item in schedule(view):
        if item is None:
            data.append([Paragraph(begin, styles_for(lang).cell_center), "",
                         Paragraph(f"<b>{label('closing', lang)}</b>", styles_for(lang).cell), "", ""])
            continue
        what = [f"<b>{text(item['title'])}</b>"]
        if item.get("rapporteurs"):
            what.append(rapporteur_text(item, lang))
        what += [presentation_text(p, lang) for p in item.get("presentations", [])]
        data.append([Paragraph(f"{begin}–{end}" if begin else "", styles_for(lang).cell_center),
                     Paragraph(str(item["position"]), styles_for(lang).cell_center),
                     Paragraph("<br/>".join(what), styles_for(lang).cell),
                     Paragraph(str(item.get("planned_minutes") or "—"), styles_for(lang).cell_center),
                     Paragraph(text(item.get("notes")), styles_for(lang).note)])
    widths = [22 * mm, 9 * mm, 0, 13 * mm, 42 * mm]
    widths[2] = TEXT_WIDTH - sum(widths)
    story += [Spacer(1, 4 * mm), RowsTable(data, colWidths=widths, repeatRows=1, splitInRow=1, style=table_style())]
    if view.get("end_time"):
        story.append(Paragraph(text(label("planned_end", lang, time=view["end_time"])), styles_for(lang).note))
    return story


def render_script(views: dict[str, dict], layout: str, letterhead: dict | None = None,
                  restriction: str | None = None) -> bytes:
    return _compose(views, layout, "script_doc", _script_part, letterhead, restriction)


# --- attendance sheet ---------------------------------------------------------------------------
def _attendance_part(view: dict, lang: str) -> list:
    story = title_block(view, lang, "attendance_doc") + meeting_facts(view, lang)
    members = by_name(a for a in view["attendance"] if not a["guest"])
    guests = by_name(a for a in view["attendance"] if a["guest"])
    if members:
        story += table_caption(label("members_present", lang), lang) + [people_table(members, lang, signature=True)]
    if guests:
        story += table_caption(label("invited", lang), lang) + [
            people_table(guests, lang, signature=True, number_from=len(members) + 1)]
    return ending_with(story, _secretary_sign(view, lang))


def render_attendance(views: dict[str, dict], layout: str, letterhead: dict | None = None,
                      restriction: str | None = None) -> bytes:
    return _compose(views, layout, "attendance_doc", _attendance_part, letterhead, restriction)


# --- extract ------------------------------------------------------------------------------------
def _extract_part(position: int, signed: bool) -> Part:
    def part(view: dict, lang: str) -> list:
        item = next(i for i in view["agenda"] if i["position"] == position)
        story = title_block(view, lang, "extract_doc") + officers_block(view, lang)
        # the count only: the lists stay with the protocol
        count = label("persons", lang, n=len(present_members(view)))
        story += [Paragraph(f"<b>{label('attended', lang)}:</b> {count}", styles_for(lang).plain)] + quorum_block(view, lang)
        story += [Paragraph(label("agenda", lang), styles_for(lang).heading)]
        story += item_minutes(item, lang)
        if not signed:  # nothing was signed yet: nothing to certify a copy of (the pages say ПРОЕКТ)
            return story
        # the original's signatories by name; the copy is certified by the secretary
        closing = signature_block(view, lang, lines=False)
        closing += [Spacer(1, 8 * mm), Paragraph(f"<b>{label('certified', lang)}</b>", styles_for(lang).plain)]
        closing += signature_block(view, lang, keys=("secretary",))[1:]
        closing.append(Paragraph("__.__.______", styles_for(lang).plain))
        return ending_with(story, closing)
    return part


def render_extract(views: dict[str, dict], layout: str, item: int, letterhead: dict | None = None,
                   restriction: str | None = None, signed: bool = False) -> bytes:
    """The extract (выписка) for one agenda item, by its position.  Certified «Верно» by the secretary
    only when made from a signed version (`views` then hold the signed data); from a draft it is marked
    ПРОЕКТ / ЖОБА on every page and certifies nothing."""
    return _compose(views, layout, "extract_doc", _extract_part(item, signed), letterhead, restriction,
                    running_key="running_head_extract", draft=not signed)


# --- register of resolutions and assignments ----------------------------------------------------
def is_overdue(a: dict, as_of: dt.date) -> bool:
    deadline = as_date(a.get("deadline"))
    return a.get("status") == "open" and deadline is not None and deadline < as_of


def _register_part(assignments: dict[str, list[dict]], as_of: dt.date) -> Part:
    def part(view: dict, lang: str) -> list:
        story = title_block(view, lang, "register_doc")
        story.append(Paragraph(text(label("as_of", lang, date=short_date(as_of))), styles_for(lang).plain))
        head = [label(k, lang) for k in ("col_no", "col_resolution", "col_result")]
        data = [[Paragraph(h, styles_for(lang).cell_head) for h in head]]
        for item in view["agenda"]:
            for r in item["resolutions"]:
                data.append([Paragraph(r["number"], styles_for(lang).cell_center), Paragraph(text(r["text"]), styles_for(lang).cell),
                             Paragraph(text(vote_line(r, lang) or label("no_vote", lang)), styles_for(lang).cell)])
        story += table_caption(label("resolutions_of", lang), lang) + [
                  Table(data, colWidths=[12 * mm, TEXT_WIDTH - 62 * mm, 50 * mm], repeatRows=1,
                        style=table_style())]
        head = [label(k, lang) for k in ("col_meeting", "col_task", "col_responsible", "col_deadline",
                                         "col_status")]
        data, marks = [[Paragraph(h, styles_for(lang).cell_head) for h in head]], []
        for n, a in enumerate(assignments.get(lang, []), start=1):
            late = is_overdue(a, as_of)
            status = label(f"status_{a['status']}", lang)
            if a.get("done_on"):
                status = label("done_on", lang, date=short_date(a["done_on"]))
            if late:
                status = f"<b>{label('overdue', lang)}</b>"
                marks.append(("BACKGROUND", (0, n), (-1, n), colors.Color(1, 0.9, 0.88)))
            meeting = f"№ {text(a['meeting_number'])}, {short_date(a['meeting_date'])}<br/>{a['resolution']}"
            data.append([Paragraph(meeting, styles_for(lang).cell), Paragraph(text(a["task"]), styles_for(lang).cell),
                         Paragraph(initials(a.get("responsible")), styles_for(lang).cell),
                         Paragraph(short_date(a.get("deadline")), styles_for(lang).cell_center),
                         Paragraph(status if late else text(status), styles_for(lang).cell)])
        widths = [26 * mm, 0, 36 * mm, 21 * mm, 26 * mm]
        widths[1] = TEXT_WIDTH - sum(widths)
        story += table_caption(label("assignments_of", lang), lang)
        if len(data) > 1:
            story.append(Table(data, colWidths=widths, repeatRows=1, style=table_style(*marks)))
        else:
            story.append(Paragraph(label("none", lang), styles_for(lang).plain))
        return ending_with(story, _secretary_sign(view, lang))
    return part


def render_register(views: dict[str, dict], layout: str, assignments: dict[str, list[dict]],
                    as_of: dt.date, letterhead: dict | None = None, restriction: str | None = None) -> bytes:
    """Resolutions of the meeting, and the assignments followed up (`MinutesService.assignments` rows
    for each language), with deadline, status and overdue ones marked as of `as_of`."""
    return _compose(views, layout, "register_doc", _register_part(assignments, as_of), letterhead, restriction)

