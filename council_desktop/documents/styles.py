"""The stylesheet of official documents: the shipped fonts, registered once, and paragraph styles by role.

Liberation Serif 2.x is metric-compatible with Times New Roman, which official documents
use, and covers the Kazakh letters; it is embedded (subset) in every PDF.  Every table
style names the font too: ReportLab's table cells default to Helvetica otherwise.
"""
from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import TableStyle

from ..paths import resource

SERIF = "CouncilSerif"
SERIF_BOLD = "CouncilSerif-Bold"
SERIF_ITALIC = "CouncilSerif-Italic"
SERIF_BOLD_ITALIC = "CouncilSerif-BoldItalic"
SANS = "CouncilSans"
SANS_BOLD = "CouncilSans-Bold"

_FONT_FILES = {
    SERIF: "LiberationSerif-Regular.ttf", SERIF_BOLD: "LiberationSerif-Bold.ttf",
    SERIF_ITALIC: "LiberationSerif-Italic.ttf", SERIF_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
    SANS: "LiberationSans-Regular.ttf", SANS_BOLD: "LiberationSans-Bold.ttf",
}

# official margins (GOST R 7.0.97-2016): left 30 mm, right 10-15 mm, top and bottom 20 mm
PAGE_SIZE = A4
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 30 * mm, 15 * mm, 20 * mm, 20 * mm
TEXT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT

BODY_SIZE = 12
BODY_LEADING = 14.5
CELL_SIZE = 10
CELL_LEADING = 12
GRID = colors.Color(0.35, 0.35, 0.35)
HEADER_FILL = colors.Color(0.92, 0.92, 0.92)

_registered = False


def register_fonts() -> None:
    """Once per process: loading a TrueType file costs a few milliseconds."""
    global _registered
    if _registered:
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", file))))
    # so that <b> and <i> in paragraphs pick the right face
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=SERIF_BOLD, italic=SERIF_ITALIC,
                                  boldItalic=SERIF_BOLD_ITALIC)
    pdfmetrics.registerFontFamily(SANS, normal=SANS, bold=SANS_BOLD, italic=SANS, boldItalic=SANS_BOLD)
    _registered = True


def _style(name: str, **kw) -> ParagraphStyle:
    # a word is broken only where its language's dictionary hyphenates it, with the hyphen printed
    # (GOST R 7.0.97: never «дистанц|ионно»); one without a dictionary is not broken at all
    base = {"fontName": SERIF, "fontSize": BODY_SIZE, "leading": BODY_LEADING, "alignment": TA_LEFT,
            "allowWidows": 0, "allowOrphans": 0, "splitLongWords": 0, "embeddedHyphenation": 1}
    base.update(kw)
    return ParagraphStyle(name, **base)


class Styles:
    """Paragraph styles by role: what a document says, not how it looks."""

    letterhead = _style("letterhead", fontName=SERIF_BOLD, alignment=TA_CENTER, leading=14)
    body_name = _style("body_name", alignment=TA_CENTER, leading=14)
    title = _style("title", fontName=SERIF_BOLD, fontSize=15, leading=18, alignment=TA_CENTER,
                   spaceBefore=14, keepWithNext=1)
    subtitle = _style("subtitle", alignment=TA_CENTER, keepWithNext=1, spaceAfter=2)
    revision_reason = _style("revision_reason", fontName=SERIF_ITALIC, fontSize=CELL_SIZE + 1, leading=13,
                             alignment=TA_CENTER, keepWithNext=1, spaceAfter=2)
    requisite = _style("requisite", keepWithNext=1)
    requisite_right = _style("requisite_right", alignment=TA_RIGHT)
    heading = _style("heading", fontName=SERIF_BOLD, alignment=TA_CENTER, spaceBefore=12, spaceAfter=6,
                     keepWithNext=1)
    caption = _style("caption", fontName=SERIF_BOLD, spaceBefore=6, spaceAfter=2)
    label = _style("label", fontName=SERIF_BOLD, spaceBefore=6, spaceAfter=2, keepWithNext=1)
    item = _style("item", fontName=SERIF_BOLD, spaceBefore=10, spaceAfter=3,
                  keepWithNext=1)
    body = _style("body", alignment=TA_JUSTIFY, spaceAfter=3)
    plain = _style("plain", spaceAfter=3)  # lines naming people: justifying would stretch the names
    indented = _style("indented", alignment=TA_JUSTIFY, spaceAfter=3, firstLineIndent=12.5 * mm)
    numbered = _style("numbered", alignment=TA_JUSTIFY, spaceAfter=3, leftIndent=7 * mm, firstLineIndent=-7 * mm)
    sub = _style("sub", alignment=TA_JUSTIFY, spaceAfter=3, leftIndent=7 * mm)
    sub_plain = _style("sub_plain", spaceAfter=3, leftIndent=7 * mm)
    vote = _style("vote", fontName=SERIF_ITALIC, alignment=TA_JUSTIFY, leftIndent=7 * mm, spaceAfter=4)
    signature = _style("signature", leading=16)
    signature_right = _style("signature_right", leading=16, alignment=TA_RIGHT)
    cell = _style("cell", fontSize=CELL_SIZE, leading=CELL_LEADING)
    cell_center = _style("cell_center", fontSize=CELL_SIZE, leading=CELL_LEADING, alignment=TA_CENTER)
    cell_head = _style("cell_head", fontName=SERIF_BOLD, fontSize=CELL_SIZE, leading=CELL_LEADING,
                       alignment=TA_CENTER)
    small = _style("small", fontName=SANS, fontSize=7.5, leading=9)
    note = _style("note", fontName=SERIF_ITALIC, fontSize=CELL_SIZE, leading=CELL_LEADING)


# pyphen's dictionaries (LibreOffice's hyphenation patterns) by document language; it has none for
# Kazakh, whose words are therefore never broken
HYPHENATION = {"ru": "ru_RU", "en": "en_GB", "kk": ""}
_BY_LANGUAGE: dict[str, type] = {}


def styles_for(lang: str) -> type:
    """`Styles` for a part in `lang`: justified text hyphenates by that language's dictionary (else it
    would open wide gaps); headings, names, lines naming people and table cells are never hyphenated."""
    if lang not in _BY_LANGUAGE:
        hyphenation = HYPHENATION.get(lang, "")
        _BY_LANGUAGE[lang] = type(f"Styles_{lang}", (), {
            name: ParagraphStyle(f"{style.name}-{lang}", parent=style,
                                 hyphenationLang=hyphenation if style.alignment == TA_JUSTIFY else "")
            for name, style in vars(Styles).items() if isinstance(style, ParagraphStyle)})
    return _BY_LANGUAGE[lang]


def table_style(*commands, grid: bool = True, header: bool = True) -> TableStyle:
    """Every table names its font: ReportLab would fall back to Helvetica, which has no Cyrillic."""
    base = [("FONTNAME", (0, 0), (-1, -1), SERIF), ("FONTSIZE", (0, 0), (-1, -1), CELL_SIZE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    if grid:
        base.append(("GRID", (0, 0), (-1, -1), 0.5, GRID))
    if header:
        base += [("FONTNAME", (0, 0), (-1, 0), SERIF_BOLD), ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
                 ("VALIGN", (0, 0), (-1, 0), "MIDDLE")]
    return TableStyle(base + list(commands))


_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_TYPED_INITIALS = re.compile(rf"\b([{_UPPER}]\.) (?=[{_UPPER}]\.)")
_BEFORE_SURNAME = re.compile(rf"(\b[{_UPPER}]\.) (?=[{_UPPER}][a-zа-яёәғқңөұүһі])")


def typeset(value: str) -> str:
    """What a typist fixes in data before it is printed: initials in one form («Ж. Б. Сейтказина» →
    «Ж.Б.\u00a0Сейтказина»), and a dash never starting a line (the space before it does not break)."""
    value = _BEFORE_SURNAME.sub("\\1\u00a0", _TYPED_INITIALS.sub("\\1", value))
    return value.replace(" —", "\u00a0—").replace(" –", "\u00a0–")


def text(value) -> str:
    """Data as paragraph markup: escaped, line breaks kept, typeset (see `typeset`)."""
    return escape(typeset(str(value or ""))).replace("\n", "<br/>")


_INITIALS = re.compile(r"(?<=\b\w\.) (?=\w\.)")
_AFTER_INITIALS = re.compile(r"(?<=\b\w\.) (?=\w\w)")


def initials(value) -> str:
    """Names in a text as GOST R 7.0.97 writes them: "Ж. Б. Сейітқазина, МЗ" → "Ж.Б.\u00a0Сейітқазина, МЗ"."""
    return text(_AFTER_INITIALS.sub("\u00a0", _INITIALS.sub("", str(value or ""))))


def nobreak(value) -> str:
    """A person's initials and surname, on one line: "А.Ш. Әлназарова"."""
    return text(_INITIALS.sub("", str(value or ""))).replace(" ", "\u00a0")
