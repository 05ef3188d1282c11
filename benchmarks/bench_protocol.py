"""Benchmark: a protocol of 20 agenda items and 100 attendees, built through the services.

    python benchmarks/bench_protocol.py [--runs 15]

Prints the median of the in-process build (target ≤ 0.12 s), of the whole `council protocol`
command in a fresh process (target ≤ 0.4 s), and, when LibreOffice (`soffice`) is installed,
of converting an equivalent DOCX to PDF, with the ratio.  Not a unit test: numbers depend
on the machine.  Results measured here are in benchmarks/README.md.
"""
from __future__ import annotations

import argparse
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the same meeting builder the long-document tests use
sys.path.insert(0, str(ROOT))

from pypdf import PdfReader
from test_documents_long import build_meeting

from council_desktop.app import AppContext
from council_desktop.documents import render_protocol
from council_desktop.domain.fingerprint import fingerprint
from council_desktop.services.base import driver_connection
from council_desktop.services.readmodel import all_views, protocol_views
from council_desktop.services.render import office_letterhead
from council_desktop.store import snapshot


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def council_command() -> list[str]:
    exe = Path(sys.executable).with_name("council")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "council_desktop.cli"]


def build_docx(view: dict, path: Path) -> None:
    """The same protocol as a Word file, the way a secretary would type it."""
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin, section.right_margin, section.top_margin, section.bottom_margin = Mm(30), Mm(15), Mm(20), Mm(20)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Liberation Serif", Pt(12)
    for b in view["bodies"]:
        doc.add_paragraph(b["name"]).alignment = WD_ALIGN_PARAGRAPH.CENTER
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("ПРОТОКОЛ").bold = True
    doc.add_paragraph(f"{view['date']}    № {view['number']}    {view['city']}")
    doc.add_paragraph(f"Председатель — {view['chair']['short_name']}")
    doc.add_paragraph(f"Секретарь — {view['secretary']['short_name']}")
    doc.add_paragraph("ПОВЕСТКА ДНЯ").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for item in view["agenda"]:
        doc.add_paragraph(f"{item['position']}. {item['title']}")
    for item in view["agenda"]:
        doc.add_paragraph().add_run(f"{item['position']}. {item['title']}").bold = True
        doc.add_paragraph("СЛУШАЛИ:").runs[0].bold = True
        doc.add_paragraph(item["heard"])
        doc.add_paragraph("ВЫСТУПИЛИ:").runs[0].bold = True
        for sp in item["speeches"]:
            doc.add_paragraph(f"{sp['speaker']['short_name']} — {sp['gist']}")
        doc.add_paragraph("ПОСТАНОВИЛИ:").runs[0].bold = True
        for r in item["resolutions"]:
            doc.add_paragraph(f"{r['number']}. {r['text']}")
            doc.add_paragraph(f"За — {r['for']}, против — {r['against']}, воздержались — {r['abstained']}")
    doc.add_page_break()
    doc.add_paragraph("Список присутствовавших").alignment = WD_ALIGN_PARAGRAPH.CENTER
    rows = [a for a in view["attendance"] if a["attends"]]
    table = doc.add_table(rows=1 + len(rows), cols=4)
    table.style = "Table Grid"
    table.autofit = False
    widths = [Mm(10), Mm(55), Mm(75), Mm(25)]
    grid = table._tbl.tblGrid
    for col, width in zip(grid.findall(qn("w:gridCol")), widths):
        col.set(qn("w:w"), str(int(width.twips)))  # LibreOffice reads the grid, not the cells
    for i, text in enumerate(["№", "Фамилия, имя, отчество", "Должность, организация", "Статус"]):
        table.rows[0].cells[i].text = text
    for n, a in enumerate(rows, start=1):
        cells = table.rows[n].cells
        cells[0].text, cells[1].text = str(n), a["name"]
        cells[2].text, cells[3].text = f"{a['position']}, {a['organization']}", a.get("role") or ""
    doc.save(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "bench.db"
        ctx = AppContext.open(db)
        mid = build_meeting(ctx, items=20, people=100)
        with ctx.sessions() as s:
            conn = driver_connection(s)
            meeting = snapshot.load_meeting(conn, mid)
            views = protocol_views(meeting, "ru")
            head = office_letterhead(conn)
            fp = fingerprint(all_views(meeting))
        pdf = render_protocol(views, "ru", fingerprint=fp, letterhead=head)
        pages = len(PdfReader(io.BytesIO(pdf)).pages)
        print(f"protocol: 20 items, 100 attendees, {pages} pages, {len(pdf) // 1024} KiB")

        build = median_time(lambda: render_protocol(views, "ru", fingerprint=fp, letterhead=head), args.runs)
        print(f"in-process PDF build (views ready), median of {args.runs}: {build:.3f} s   (target ≤ 0.120 s)")
        service = median_time(lambda: ctx.documents.render("protocol", mid, "ru"), args.runs)
        print(f"in-process DocumentService.render (views + PDF), median: {service:.3f} s")
        ctx.close()

        base = council_command() + ["--db", str(db)]
        cmd = base + ["protocol", str(mid), "--lang", "ru", "--out", str(tmp / "p.pdf")]
        # as installed: compiled bytecode cached (pip compiles on install; PYTHONDONTWRITEBYTECODE would
        # make every start compile the project's modules again)
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update(COUNCIL_LANG="en", PYTHONPYCACHEPREFIX=str(tmp / "pycache"))
        subprocess.run(cmd, check=True, capture_output=True, env=env)  # warm the file and bytecode caches
        runs = max(5, args.runs // 3)

        def process(argv: list[str]) -> float:
            return median_time(lambda: subprocess.run(argv, check=True, capture_output=True, env=env), runs)

        whole = process(cmd)
        print(f"whole `council protocol` command, median of {runs}: {whole:.3f} s   (target ≤ 0.400 s)")
        register = process(base + ["document", "register", str(mid), "--lang", "ru", "--out", str(tmp / "r.pdf")])
        print(f"   `council document register` (reads other meetings: through SQLAlchemy's ORM): {register:.3f} s")
        bare = process(council_command() + ["--version"])
        print(f"   `council --version` (interpreter and CLI start): {bare:.3f} s")
        python = [sys.executable, "-c"]
        floor_orm = process(python + ["import sqlalchemy.orm"])
        tuned = "import gc; gc.set_threshold(20000, 20, 20); import sqlalchemy.orm, reportlab.platypus; gc.freeze()"
        floor = process(python + [tuned])
        print(f"   floor: `python -c 'import sqlalchemy.orm'` {floor_orm:.3f} s; importing SQLAlchemy's ORM and "
              f"ReportLab's platypus, collector tuned as the command does: {floor:.3f} s")

        soffice = shutil.which("soffice") or shutil.which("libreoffice")
        if not soffice:
            print("LibreOffice (soffice) is not installed: DOCX conversion not timed")
            return 0
        docx = tmp / "protocol.docx"
        build_docx(views["ru"], docx)
        profile = (tmp / "lo-profile").as_uri()
        convert = [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(tmp / "lo"), str(docx)]
        subprocess.run(convert, check=True, capture_output=True)  # first start creates the profile
        lo = median_time(lambda: subprocess.run(convert, check=True, capture_output=True), runs)
        print(f"LibreOffice DOCX → PDF, median of {runs}: {lo:.3f} s; ratio to `council protocol`: "
              f"{lo / whole:.1f}×, to the in-process build: {lo / build:.0f}×")
    return 0


if __name__ == "__main__":
    sys.exit(main())
