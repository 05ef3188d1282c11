"""The protocol and the extract as Word documents (python-docx) that a receiving office can edit.

The same structure, labels and languages as the PDF: built from the same views
(`services.readmodel.meeting_view`, or a signed version's stored data) with the PDF's own text
helpers (`documents.protocol`), whose paragraph markup (<b>, <br/>, entities) becomes Word runs
here.  Real Word styles: Title, Subtitle, Heading 1 and 2, List Number for the agenda and the
resolutions, Table Grid for attendance and votes; the page number is a PAGE field in the header, from
the second page, as the PDF numbers its pages.
Fonts are named (Times New Roman, which Liberation Serif stands in for), not embedded.
"""
from __future__ import annotations

import datetime as dt
import html
import re
from typing import BinaryIO

from ..documents.labels import label, short_date
from ..documents.protocol import (
    after_name,
    joint_signatories,
    kind_line,
    number_of,
    person_line,
    present_guests,
    present_members,
    presentation_text,
    quorum_body_name,
    rapporteur_text,
    revision,
    role_name,
    running_head,
    vote_line,
)
from ..documents.styles import initials, nobreak, text
from .controls import without_controls

FONT = "Times New Roman"
_TAG = re.compile(r"(<b>|</b>|<br/>|<[^>]+>)")


def _runs(paragraph, markup: str, bold: bool = False) -> None:
    """Paragraph markup of the PDF's helpers as runs: bold where <b>, a line break where <br/>."""
    for part in _TAG.split(markup):
        if part == "<b>":
            bold = True
        elif part == "</b>":
            bold = False
        elif part == "<br/>":
            paragraph.add_run().add_break()
        elif part and not part.startswith("<"):
            run = paragraph.add_run(html.unescape(part))
            run.bold = bold or None


def _styles(doc) -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    def font(style, size=None, bold=None, italic=None):
        style.font.name = FONT
        rpr = style.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        if fonts is None:
            fonts = rpr.makeelement(qn("w:rFonts"), {})
            rpr.append(fonts)
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), FONT)
        # the template's headings name the theme's fonts (Calibri Light), which Word and LibreOffice take
        # before a font named beside them: without these gone, every heading was in another typeface
        for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attr), None)
        for tag in ("w:spacing", "w:kern"):  # the template's letter-spacing of titles
            for el in rpr.findall(qn(tag)):
                rpr.remove(el)
        if size:
            style.font.size = Pt(size)
        if bold is not None:
            style.font.bold = bold
        if italic is not None:
            style.font.italic = italic
        style.font.color.rgb = RGBColor(0, 0, 0)

    styles = doc.styles
    font(styles["Normal"], 12)
    styles["Normal"].paragraph_format.space_after = Pt(3)
    for name, size, bold in (("Title", 14, True), ("Subtitle", 12, False), ("Heading 1", 12, True),
                             ("Heading 2", 12, True), ("List Number", 12, None), ("Table Grid", 11, None)):
        font(styles[name], size, bold, italic=False)
    styles["Title"].paragraph_format.alignment = 1  # centred
    styles["Subtitle"].paragraph_format.alignment = 1
    # an official document's headings as its body: no coloured rule under the title, no numbering level
    # of the subtitle, the template's 24 pt before a heading down to one line
    for name, tag in (("Title", "w:pBdr"), ("Subtitle", "w:numPr")):
        ppr = styles[name].element.pPr
        for el in ppr.findall(qn(tag)) if ppr is not None else ():
            ppr.remove(el)
    styles["Title"].paragraph_format.space_after = Pt(6)
    styles["Heading 1"].paragraph_format.space_before = Pt(12)
    if "Council Label" not in [s.name for s in styles]:
        label_style = styles.add_style("Council Label", WD_STYLE_TYPE.PARAGRAPH)
        label_style.base_style = styles["Normal"]
        font(label_style, 12, True)
        label_style.paragraph_format.space_before = Pt(6)
        label_style.paragraph_format.keep_with_next = True


def _page_field(paragraph, field: str = "PAGE") -> None:
    """A field (PAGE, NUMPAGES): Word and LibreOffice fill in the number on every page."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def char(kind):
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run = paragraph.add_run()
        run._r.append(el)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {field} "
    paragraph.add_run()._r.append(instr)
    char("separate")
    paragraph.add_run("1")
    char("end")


def _table(doc, rows: list[list[str]], widths_cm: list[float], header: bool = False):
    """A table of fixed column widths; `header`: its first row is the columns' names, in bold and repeated
    at the top of each page the table runs onto."""
    from docx.oxml import OxmlElement
    from docx.shared import Cm

    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = doc.styles["Table Grid"]
    table.autofit = False  # LibreOffice keeps the widths only with fixed grid columns
    for n, width in enumerate(widths_cm):
        table.columns[n].width = Cm(width)
        grid = table._tbl.tblGrid.gridCol_lst[n]
        grid.w = Cm(width)
    for r, row in enumerate(rows):
        properties = table.rows[r]._tr.get_or_add_trPr()
        properties.append(OxmlElement("w:cantSplit"))  # a row is not split across two pages
        if header and r == 0:
            properties.append(OxmlElement("w:tblHeader"))
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.width = Cm(widths_cm[c])
            paragraph = cell.paragraphs[0]
            _runs(paragraph, value, bold=header and r == 0)
    return table


def _new_list(doc, pattern: str, start: int) -> int:
    """A new numbered list of the document, its labels `pattern` ("%1." or "4.%1.") counted from `start`:
    Word's own numbering, which an editor keeps counting, showing the protocol's numbers.  Returns its id."""
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls, qn

    numbering = doc.part.numbering_part.element
    abstract_id = 1 + max((int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))),
                          default=-1)
    num_id = 1 + max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0)
    indent = 567 if pattern == "%1." else 794  # twips: 1 cm, 1.4 cm for "12.10."
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        f'<w:lvl w:ilvl="0"><w:start w:val="{start}"/><w:numFmt w:val="decimal"/><w:lvlText w:val="{pattern}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{indent}" w:hanging="{indent}"/></w:pPr></w:lvl>'
        f'</w:abstractNum>')
    first = numbering.find(qn("w:num"))  # every abstractNum before the first num, as the schema orders them
    if first is not None:
        first.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                               f'</w:num>'))
    return num_id


class _Writer:
    def __init__(self, letterhead: dict | None, restriction: str, draft: bool):
        from docx import Document

        self.doc = Document()
        self.letterhead = letterhead or {}
        self.restriction = restriction
        self.draft = draft  # not signed: marked as the PDF marks it, at the top left of every page
        self._list = ("", 0, 0)  # the numbered list last written to: its labels' prefix, last number, id
        _styles(self.doc)

    def para(self, markup: str = "", style: str | None = None, align: int | None = None):
        p = self.doc.add_paragraph(style=style)
        _runs(p, markup)
        if align is not None:
            p.paragraph_format.alignment = align
        return p

    def numbered(self, number: str, markup: str):
        """A List Number paragraph labelled `number` ("3", or "4.1" for an item's resolution) by Word's
        numbering: it goes on with the list before when it is that list's next number, else starts one."""
        found = re.fullmatch(r"(?:(\d+)\.)?(\d+)", str(number))
        prefix, n = f"{found[1]}." if found[1] else "", int(found[2])
        last_prefix, last, num_id = self._list
        if (prefix, n) != (last_prefix, last + 1) or not num_id:
            num_id = _new_list(self.doc, f"{prefix}%1.", n)
        self._list = (prefix, n, num_id)
        p = self.para(markup, "List Number")
        numbers = p._p.get_or_add_pPr().get_or_add_numPr()
        numbers.get_or_add_ilvl().val = 0
        numbers.get_or_add_numId().val = num_id
        return p

    def page_setup(self, lang: str, running: str, first: bool) -> None:
        """A4 and the PDF's page marks (GOST R 7.0.97): the page number alone in the middle of the top
        margin and the running head at the foot, from the second page (`first`: the document's first
        section, whose first page has neither); a draft's mark at the top left and a restriction's at
        the top right of every page."""
        from docx.enum.text import WD_TAB_ALIGNMENT
        from docx.shared import Cm, Pt

        section = self.doc.sections[-1]
        section.page_height, section.page_width = Cm(29.7), Cm(21.0)
        section.left_margin, section.right_margin = Cm(3), Cm(1.5)
        section.top_margin, section.bottom_margin = Cm(2), Cm(2)
        section.different_first_page_header_footer = first
        width = section.page_width - section.left_margin - section.right_margin
        parts = [(section.header, section.footer, True)]
        if first:
            parts.append((section.first_page_header, section.first_page_footer, False))
        for header, footer, numbered in parts:
            # each section its own marks in its own language (linked, the second's would overwrite the first's)
            header.is_linked_to_previous = footer.is_linked_to_previous = False
            top = header.paragraphs[0]
            top.paragraph_format.tab_stops.add_tab_stop(width // 2, WD_TAB_ALIGNMENT.CENTER)
            top.paragraph_format.tab_stops.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)
            if self.draft:
                top.add_run(label("draft", lang)).bold = True
            top.add_run("\t")
            if numbered:
                _page_field(top, "PAGE")
            if self.restriction:
                top.add_run("\t" + text(self.restriction)).bold = True
            if numbered:
                foot = footer.paragraphs[0]
                _runs(foot, text(running))
                for run in foot.runs:
                    run.font.size = Pt(9)

    def letterhead_block(self, view: dict, lang: str) -> None:
        bodies = view["bodies"]
        organisations = [(self.letterhead.get(lang) if i == 0 else "") or b["organization"]
                         for i, b in enumerate(bodies)]
        shown = list(dict.fromkeys(o for o in organisations if o))
        for organisation in shown:
            self.para(f"<b>{text(organisation.upper())}</b>", align=1)
        for body in bodies:
            self.para(text(body["name"]), align=1)

    def title_block(self, view: dict, lang: str, doc_key: str) -> None:
        if lang == "kk":
            title = label(f"titled_{doc_key}", lang, kind=label(f"kind_kk_{view.get('kind') or 'regular'}", lang))
            self.doc.add_paragraph(title[0].upper() + title[1:], style="Title")
        else:
            self.doc.add_paragraph(label(doc_key, lang), style="Title")
            self.doc.add_paragraph(kind_line(view, lang), style="Subtitle")
        if doc_key == "protocol" and revision(view) > 1:
            self.doc.add_paragraph(label("revision", lang, n=revision(view)), style="Subtitle")
            if view.get("revision_reason"):
                self.para(text(label("revision_reason", lang, reason=view["revision_reason"])))
        table = _table(self.doc, [[short_date(view["date"]),
                                   text(label("number", lang, number=number_of(view)))]], [8.25, 8.25])
        table.style = self.doc.styles["Normal Table"]
        table.cell(0, 1).paragraphs[0].paragraph_format.alignment = 2
        if view.get("city"):
            self.para(text(view["city"]))

    def facts(self, view: dict, lang: str) -> None:
        if view.get("place"):
            held = view.get("status") != "planned"
            self.para(f"{label('place_held' if held else 'place', lang)}: {text(view['place'])}")
        if view.get("start_time"):
            span = view["start_time"] + (f"–{view['end_time']}" if view.get("end_time") else "")
            self.para(f"{label('time', lang)}: {span}")
        if view.get("format") in ("remote", "hybrid"):
            self.para(f"{label('format', lang)}: {label('format_' + view['format'], lang)}")

    def officers(self, view: dict, lang: str) -> None:
        joint = joint_signatories(view)
        if joint:
            for key, heading in (("chair", "co_chairs"), ("secretary", "secretaries")):
                self.para(f"{label(heading, lang)}:", "Council Label")
                for s in joint:
                    if s.get(key):
                        self.para(f"{person_line(s[key], lang)} ({text(s['body'])})")
            return
        for key in ("chair", "secretary"):
            if view.get(key):
                self.para(f"{label(key, lang)} — {person_line(view[key], lang)}")

    def attendance(self, view: dict, lang: str) -> None:
        members, guests = present_members(view), present_guests(view)
        self.para(f"<b>{label('attended', lang)}:</b> {label('persons', lang, n=len(members))}")
        self.people_table(members, lang)
        if guests:
            self.para(f"<b>{label('invited', lang)}:</b> {label('persons', lang, n=len(guests))}")
            self.people_table(guests, lang)

    def people_table(self, rows: list[dict], lang: str) -> None:
        if not rows:
            return
        data = [[label("col_no", lang), label("col_name", lang), label("col_position", lang), label("col_role", lang)]]
        for n, row in enumerate(rows, start=1):
            described = ", ".join(text(x) for x in (row.get("title"), row.get("degree"), row.get("position"),
                                                    row.get("organization")) if x)
            role = role_name(row, lang) + (f" ({label('remote', lang)})" if row.get("status") == "remote" else "")
            data.append([str(n), text(row["name"]), described, text(role)])
        _table(self.doc, data, [1.2, 4.8, 7.0, 3.5], header=True)

    def quorum(self, view: dict, lang: str) -> None:
        q = view["quorum"]
        from ..documents.labels import kk_part_of

        head = label("quorum_yes" if q["reached"] else "quorum_no", lang)
        lines = [label("quorum_body", lang, body=text(quorum_body_name(view, b, lang)), present=b["present"],
                       present_of=kk_part_of(b["present"]), members=b["members"], required=b["required"])
                 for b in q["bodies"]]
        self.para(f"<b>{head}</b>" + (": " + "; ".join(lines) + "." if lines else "."))

    def agenda(self, view: dict, lang: str, items: list[dict]) -> None:
        self.doc.add_paragraph(label("agenda", lang), style="Heading 1")
        for item in items:
            self.numbered(item["position"], text(item["title"]))
            if item.get("rapporteurs"):
                self.para(rapporteur_text(item, lang))

    def item(self, item: dict, lang: str) -> None:
        self.doc.add_paragraph(f"{item['position']}. {item['title']}", style="Heading 2")
        self.para(f"{label('heard', lang)}:", "Council Label")
        if item.get("rapporteurs"):
            self.para(rapporteur_text(item, lang))
        if item.get("heard"):
            self.para(text(item["heard"]))
        for p in item.get("presentations", []):
            self.para(presentation_text(p, lang))
        if item.get("speeches"):
            self.para(f"{label('spoke', lang)}:", "Council Label")
            for sp in item["speeches"]:
                if sp.get("speaker"):
                    self.para(f"<b>{nobreak(sp['speaker']['short_name'])}</b> — {text(after_name(sp['gist'], lang))}")
        if not item.get("resolutions"):
            return
        self.para(f"{label('resolved', lang)}:", "Council Label")
        votes = [[label("col_no", lang), label("col_for", lang), label("col_against", lang),
                  label("col_abstained", lang), label("col_result", lang)]]
        for r in item["resolutions"]:
            self.numbered(r["number"], text(r["text"]))
            for a in r.get("assignments", []):
                facts = []
                if a.get("responsible"):
                    facts.append(f"{label('responsible', lang)}: {initials(a['responsible'])}")
                if a.get("deadline"):
                    facts.append(f"{label('deadline', lang)} — {short_date(a['deadline'])}")
                self.para(text(a["task"]) + (f" ({'; '.join(facts)})" if facts else ""))
            vote = vote_line(r, lang)
            if vote:
                self.para(text(vote))
            votes.append([r["number"], _count(r["votes_for"]), _count(r["votes_against"]), _count(r["votes_abstained"]),
                          label("adopted" if r.get("adopted") else "not_adopted", lang)
                          if r.get("adopted") is not None else ""])
        _table(self.doc, votes, [1.5, 2.5, 2.5, 3.5, 6.5], header=True)

    def signatures(self, view: dict, lang: str, keys=("chair", "secretary")) -> None:
        joint = joint_signatories(view) if keys == ("chair", "secretary") else []
        signing = []
        for key in keys:
            if joint:
                signing += [(label(f"{key}_of", lang, body=text(s["body"])), s[key]) for s in joint if s.get(key)]
            elif view.get(key):
                signing.append((label(key, lang), view[key]))
        if not signing:
            return
        self.para()
        table = _table(self.doc, [[role, "____________________", nobreak(person["short_name"])]
                                  for role, person in signing], [5.5, 5.5, 5.5])
        table.style = self.doc.styles["Normal Table"]
        for row in table.rows:
            row.cells[2].paragraphs[0].paragraph_format.alignment = 2

    def save(self, out: BinaryIO, view: dict, lang: str, doc_key: str) -> None:
        props = self.doc.core_properties
        props.title = f"{label(doc_key, lang).capitalize()} № {view['number']} ({short_date(view['date'])})"
        props.subject = "; ".join(b["name"] for b in view["bodies"])
        props.author = self.letterhead.get(lang) or props.subject
        props.language = {"ru": "ru-RU", "kk": "kk-KZ", "en": "en-GB"}[lang]
        stamp = dt.datetime(2000, 1, 1)
        props.created = props.modified = stamp
        props.last_modified_by = props.author
        props.revision = 1
        self.doc.save(out)


def _count(value) -> str:
    return "" if value is None else str(value)


def _part(w: _Writer, view: dict, lang: str, doc_key: str, item: int | None, signed: bool) -> None:
    w.letterhead_block(view, lang)
    w.title_block(view, lang, doc_key)
    w.facts(view, lang)
    w.officers(view, lang)
    if doc_key == "protocol":
        w.attendance(view, lang)
        w.quorum(view, lang)
        w.agenda(view, lang, view["agenda"])
        for it in view["agenda"]:
            w.item(it, lang)
        w.signatures(view, lang)
        return
    chosen = next(i for i in view["agenda"] if i["position"] == item)
    w.para(f"<b>{label('attended', lang)}:</b> {label('persons', lang, n=len(present_members(view)))}")
    w.quorum(view, lang)
    w.doc.add_paragraph(label("agenda", lang), style="Heading 1")
    w.item(chosen, lang)
    if signed:
        w.signatures(view, lang)
        w.para(f"<b>{label('certified', lang)}</b>")
        w.signatures(view, lang, keys=("secretary",))
        w.para("__.__.______")


def write_docx(out: BinaryIO, views: dict[str, dict], layout: str, doc_key: str = "protocol",
               item: int | None = None, letterhead: dict | None = None, restriction: str = "",
               signed: bool = False) -> None:
    """The protocol (doc_key "protocol") or an extract ("extract_doc", with `item`), each language of
    `layout` in turn, a new section (and page) for the second."""
    from docx.enum.section import WD_SECTION

    views, letterhead, restriction = without_controls((views, letterhead, restriction))
    langs = layout.split("+")
    w = _Writer(letterhead, restriction, draft=not signed)
    for n, lang in enumerate(langs):
        if n:
            w.doc.add_section(WD_SECTION.NEW_PAGE)
        key = "running_head" if doc_key == "protocol" else "running_head_extract"
        w.page_setup(lang, running_head(views[lang], lang, key, doc_key), first=n == 0)
        _part(w, views[lang], lang, doc_key, item, signed)
    w.save(out, views[langs[0]], langs[0], doc_key)
