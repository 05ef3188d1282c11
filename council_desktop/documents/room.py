"""The protocol's parts from meeting mode: late arrivals and early departures, roll-call votes.

A roll-call vote of up to `NAMED_INLINE` names is printed after its vote line; a longer one goes
to an attachment of its own (a table: №, name, vote), and the vote line says so.
"""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import PageBreak, Paragraph, Table

from ..domain.enums import VoteChoice
from .labels import label, short_date
from .styles import TEXT_WIDTH, nobreak, styles_for, table_style, text

NAMED_INLINE = 12
CHOICES = (*(c.value for c in VoteChoice), None)  # a roll call's, and no vote


def movements_block(view: dict, lang: str) -> list:
    """Who arrived after the opening or left before the close, when, and at which item."""
    rows = view.get("movements") or []
    if not rows:
        return []
    story = [Paragraph(f"{label('movements', lang)}", styles_for(lang).label)]
    for i, m in enumerate(rows):
        kind = ("arrived_" if m["arrived"] else "left_") + (m["when"] or "at")
        line = label(kind, lang, name=nobreak(text(m["short_name"])), time=m["time"], item=m["item"])
        story.append(Paragraph(line + (";" if i < len(rows) - 1 else "."), styles_for(lang).sub_plain))
    return story


def attached(r: dict) -> bool:
    return len(r.get("named") or []) > NAMED_INLINE


def named_vote_lines(r: dict, lang: str) -> list:
    """After a roll-call vote's line: the names by choice, or where to find them."""
    named = r.get("named")
    if not named:
        return []
    if attached(r):
        return [Paragraph(text(label("named_vote_attached", lang, number=r["number"])), styles_for(lang).vote)]
    parts = []
    for choice in CHOICES:
        names = [nobreak(text(p["short_name"])) for p in named if p["choice"] == choice]
        if names:
            parts.append(label(f"named_{choice or 'none'}", lang, names=", ".join(names)))
    return [Paragraph(label("named_vote", lang, choices="; ".join(parts)), styles_for(lang).vote)]


def named_vote_attachments(view: dict, lang: str) -> list:
    """One attachment per long roll-call vote: the heading, then every member with their vote."""
    story = []
    for item in view["agenda"]:
        for r in item["resolutions"]:
            if not attached(r):
                continue
            head = [label("col_no", lang), label("col_name", lang), label("col_vote", lang)]
            data = [[Paragraph(h, styles_for(lang).cell_head) for h in head]]
            for n, p in enumerate(r["named"], start=1):
                data.append([str(n), Paragraph(text(p["name"]), styles_for(lang).cell),
                             Paragraph(label(f"choice_{p['choice'] or 'none'}", lang), styles_for(lang).cell)])
            widths = [12 * mm, 110 * mm, 43 * mm]
            scale = TEXT_WIDTH / sum(widths)
            story += [PageBreak(),
                      Paragraph(text(label("attachment", lang, number=view["number"], date=short_date(view["date"]))),
                                styles_for(lang).requisite_right),
                      Paragraph(text(label("named_vote_heading", lang, number=r["number"])), styles_for(lang).heading),
                      Table(data, colWidths=[w * scale for w in widths], repeatRows=1,
                            style=table_style(("ALIGN", (0, 1), (0, -1), "CENTER")))]
    return story
