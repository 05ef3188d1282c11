"""The page of an official document: A4, official margins, marks on every page, page X of Y.

`OfficialDocument` lays the story out once; the canvas keeps each page until the end
so that "page X of Y" is printed without a second layout pass.  The creation date
comes from the meeting and the canvas is invariant, so the same data gives the same bytes.
"""
from __future__ import annotations

import datetime as dt
import io
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError
from dataclasses import dataclass, field

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepTogether, NextPageTemplate, PageTemplate, Table
from reportlab.platypus.flowables import _ContainerSpace, _listWrapOn

from .labels import PDF_LANG, label
from .styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    SANS_BOLD,
    SERIF,
    register_fonts,
)


# the baseline of the page number and the marks: their tops stay more than 10 mm from the edge
MARKS_FROM_TOP = 15 * mm


OFFICE_TIME_ZONE = "Asia/Almaty"  # where the office's clock times (a meeting's start and end) are


def office_zone(name: str | None) -> dt.tzinfo:
    try:
        return ZoneInfo(name or OFFICE_TIME_ZONE)
    except (ZoneInfoNotFoundError, ValueError):  # no time zone database (a bare Windows): Kazakhstan's UTC+5
        return dt.timezone(dt.timedelta(hours=5))


class _FixedTime:
    """The document's creation date: from the meeting (or a signed version's signing time, which
    carries its own UTC offset), not the clock, with the office's UTC offset on that date
    (D:20260220123000+05'00')."""

    def __init__(self, when: dt.datetime, zone: dt.tzinfo):
        local = when if when.tzinfo is not None else when.replace(tzinfo=zone)
        offset = int(local.utcoffset().total_seconds() // 60)
        self.t = local.timestamp()
        self.lt = when.timetuple()
        self.YMDhms = tuple(self.lt)[:6]
        self.dhh, self.dmm = (offset // 60, offset % 60) if offset >= 0 else (-(-offset // 60), -offset % 60)
        self.tzname = local.tzname()


class _NumberedCanvas(Canvas):
    """Keeps every page until save, then prints its number where the page asked for it ({page} and
    {total} are known then)."""

    def __init__(self, *args, created: dt.datetime | None = None, zone: dt.tzinfo | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        if created is not None:
            self._doc._timeStamp = _FixedTime(created, zone or office_zone(None))
        self._pages: list[dict] = []
        self.page_label: tuple[str, float, float] | None = None  # set per page by the page template

    def showPage(self):
        self._pages.append(dict(self.__dict__))
        self._startPage()
        self.page_label = None

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            if self.page_label:
                template, x, y = self.page_label
                self.setFont(SERIF, 12)
                self.drawCentredString(x, y, template.format(page=number, total=total))
            Canvas.showPage(self)
        Canvas.save(self)


@dataclass
class Marks:
    """What every page carries besides its text."""

    running_head: dict[str, str]  # lang -> "Протокол № 1/1 от 20.02.2026", printed from page 2
    restriction: str = ""  # e.g. ДСП, top right of every page
    draft: bool = False  # an unsigned protocol: ПРОЕКТ / ЖОБА / DRAFT on every page
    first_lang: str = "ru"
    extra: dict = field(default_factory=dict)


class OfficialDocument(BaseDocTemplate):
    """A4 with official margins; a first page without a number, later pages with head and "X of Y".

    Page templates: "first", and "later-<lang>" for each language, so that a bilingual
    document heads its pages in the language of the part they belong to.
    """

    def __init__(self, *, languages: tuple[str, ...], marks: Marks, title: str, subject: str, author: str,
                 created: dt.datetime, keywords: str = "", time_zone: str | None = None):
        register_fonts()
        self._buffer = io.BytesIO()
        self.marks = marks
        self.created, self.zone = created, office_zone(time_zone)
        super().__init__(self._buffer, pagesize=PAGE_SIZE, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, subject=subject,
                         author=author, creator="Council Desktop", producer="Council Desktop (ReportLab)",
                         keywords=keywords, invariant=1, initialFontName=SERIF, initialFontSize=12,
                         lang=PDF_LANG.get(languages[0], "ru-RU"), pageCompression=1)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="text",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        templates = [PageTemplate(id="first", frames=[frame], onPage=self._first_page, onPageEnd=self._end_page,
                                  autoNextPageTemplate=f"later-{languages[0]}")]
        for lang in languages:
            templates.append(PageTemplate(id=f"later-{lang}", frames=[frame], onPageEnd=self._end_page,
                                          onPage=lambda c, d, lang=lang: self._later_page(c, lang)))
        self.addPageTemplates(templates)

    @staticmethod
    def switch_language(lang: str) -> NextPageTemplate:
        """Put before the page break that starts a part in another language."""
        return NextPageTemplate(f"later-{lang}")

    # --- what every page carries ---------------------------------------------------------------
    def _marks(self, canvas: Canvas, lang: str) -> None:
        width, height = PAGE_SIZE
        top = height - MARKS_FROM_TOP  # inside the top margin, clear of the text
        if self.marks.restriction:
            canvas.setFont(SANS_BOLD, 9)
            canvas.drawRightString(width - MARGIN_RIGHT, top, self.marks.restriction)
        if self.marks.draft:
            canvas.setFont(SANS_BOLD, 9)
            canvas.setFillGray(0.35)
            canvas.drawString(MARGIN_LEFT, top, label("draft", lang))
            canvas.setFillGray(0)

    @staticmethod
    def _language(canvas: Canvas, lang: str) -> None:
        """The page's text is marked with its language (/Lang of a marked-content span): a reader reads
        each part of a bilingual document in its own language, not only the catalogue's first."""
        canvas._code.append(f"/Span <</Lang ({PDF_LANG.get(lang, 'ru-RU')})>> BDC")

    @staticmethod
    def _end_page(canvas: Canvas, _doc) -> None:
        canvas._code.append("EMC")

    def _first_page(self, canvas: Canvas, _doc) -> None:
        self._language(canvas, self.marks.first_lang)
        canvas.saveState()
        self._marks(canvas, self.marks.first_lang)
        canvas.restoreState()

    def _later_page(self, canvas: Canvas, lang: str) -> None:
        self._language(canvas, lang)
        canvas.saveState()
        self._marks(canvas, lang)
        width, _ = PAGE_SIZE
        y = MARGIN_BOTTOM - 10 * 2.834645669  # footer 10 mm from the bottom edge
        canvas.setLineWidth(0.4)
        canvas.setStrokeGray(0.5)
        canvas.line(MARGIN_LEFT, y + 11, width - MARGIN_RIGHT, y + 11)
        canvas.setFont(SERIF, 9)
        canvas.drawString(MARGIN_LEFT, y, self.marks.running_head.get(lang, ""))
        canvas.restoreState()
        # GOST R 7.0.97: the number alone, in the middle of the top margin, from the second page
        canvas.page_label = ("{page}", width / 2, PAGE_SIZE[1] - MARKS_FROM_TOP)

    # --- build ---------------------------------------------------------------------------------
    def render(self, story: list) -> bytes:
        created = self.created

        def canvasmaker(*args, **kwargs):
            return _NumberedCanvas(*args, created=created, zone=self.zone, **kwargs)

        self.build(story, canvasmaker=canvasmaker)
        return self._buffer.getvalue()


def created_at(view: dict) -> dt.datetime:
    """The meeting's date and start (or end) time: the PDF's creation date, fixed by the data."""
    date = dt.date.fromisoformat(view["date"])
    time = view.get("end_time") or view.get("start_time") or "00:00"
    return dt.datetime.combine(date, dt.time.fromisoformat(time))



class TableTail(_ContainerSpace, Flowable):
    """A table and what closes it (signatures): when the closing does not fit under the last row,
    the table's last rows move to the next page with it, so it never stands alone on a page.

    Like KeepTogether it asks to be split, and splits into ordinary flowables.
    """

    def __init__(self, table: Table, closing: list, rows: int = 2):
        self.table, self.closing, self.rows = table, closing, rows
        self._content = [table, *closing]

    def wrap(self, aW, aH):
        return aW, 0xFFFFFF  # always split: the decision is made there

    def split(self, aW, aH):
        table, closing = self.table, self.closing
        _, height = table.wrap(aW, aH)
        _, closing_height = _listWrapOn(closing, aW, self.canv)
        if height + closing_height <= aH:
            return [table, *closing]
        heights = table._rowHeights
        head = table.repeatRows if isinstance(table.repeatRows, int) else max(table.repeatRows) + 1
        body = len(heights) - head
        used, fit = sum(heights[:head]), 0
        for h in heights[head:]:
            if used + h > aH:
                break
            used, fit = used + h, fit + 1
        if fit >= body:  # every row fits here, the closing does not: the last rows go over with it
            fit = body - min(self.rows, body)
        if fit <= 0:
            at_top = getattr(getattr(self, "_frame", None), "_atTop", False)
            return [table, *closing] if at_top else []  # [] starts the next page
        parts = table.split(aW, sum(heights[:head + fit]) + 0.01)
        if len(parts) != 2:
            return [table, *closing]
        return [parts[0], TableTail(parts[1], closing, self.rows)]


def ending_with(story: list, closing: list) -> list:
    """The story, then `closing` (signatures) never alone at the top of a page: kept with the last
    rows of a closing table, or with the last paragraph."""
    if not closing or not story:
        return story + closing
    last = story[-1]
    if isinstance(last, Table):
        return story[:-1] + [TableTail(last, closing)]
    # with the paragraphs the last one is kept with (a resolution before its vote): a KeepTogether
    # after them would break their chain, since ReportLab does not chain into a container
    start = len(story) - 1
    while start > 0 and not isinstance(story[start - 1], (Table, _ContainerSpace)) \
            and story[start - 1].getKeepWithNext():
        start -= 1
    return story[:start] + [KeepTogether([*story[start:], *closing])]


class RowsTable(Table):
    """A table whose tall rows may break across pages, but only a row that would not fit even on a
    fresh page: ReportLab would otherwise, after a page's last whole row, draw the repeated header
    and the top of the next row on the same page."""

    def split(self, aW, aH):
        frame = getattr(self, "_frame", None)
        if frame is None or frame._atTop or not self.splitInRow:
            return super().split(aW, aH)
        self.splitInRow = 0
        try:
            parts = super().split(aW, aH)
        finally:
            self.splitInRow = 1
        for part in parts:  # the parts are made with the flag as it was during the split
            part.splitInRow = 1
        return parts
