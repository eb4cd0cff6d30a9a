"""A threat's 4P plan as a Word file in the board's own template (seed 003).

The title names the threat; under each of Pursue, Protect, Prepare and
Prevent the template's words for that strand, then its table in the
template's columns: SPECIFIC, MEASURABLE, ACHIEVABLE, RELEVANT, TIMEBOUND,
OWNER. What the template leaves blank the board has: the action's number
before its Specific, its due date, timebound wording and status (in words,
as the pack gives it) under Timebound, its officer under Owner. Landscape
A4; the marking top and bottom of every page, "page N of M" beneath.
"""

from __future__ import annotations

import io
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ocgboard import files
from ocgboard.core import dates, library, vocab
from ocgboard.office.cells import clean
from ocgboard.office.gather import Paper
from ocgboard.reports.pack_data import Task
from ocgboard.reports.tables import rating_words

HEADS = ("SPECIFIC", "MEASURABLE", "ACHIEVABLE", "RELEVANT", "TIMEBOUND", "OWNER")
WIDTHS_CM = (8.2, 4.0, 4.0, 4.4, 3.6, 3.4)  # 27.6 cm: A4 landscape less its margins
MARKING_RED = RGBColor(0xB0, 0x00, 0x20)


def title(paper: Paper) -> str:
    assert paper.plan is not None
    return f"Action plan for partnership disruption of {paper.plan.reference} " \
           f"{paper.plan.name}"


def write(paper: Paper, path: str | Path) -> Path:
    assert paper.plan is not None
    doc = Document()
    _page(doc, paper.marking)
    _properties(doc, paper)
    heading = doc.add_paragraph()
    run = heading.add_run(clean(title(paper)).upper())
    run.bold, run.font.size = True, Pt(14)
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.add_paragraph(clean(_opening(paper)))
    note = doc.add_paragraph()
    note.add_run(clean(f"{paper.board}. As at {dates.day(paper.as_at)}. "
                       f"{paper.variant_line}.")).italic = True
    intros = library.library_file().get("strands", {})
    for strand in vocab.values("strands"):
        tasks = [t for t in paper.plan.tasks if t.strand == strand]
        doc.add_paragraph().add_run(f"{strand}:").bold = True
        if intros.get(strand):
            doc.add_paragraph(clean(intros[strand]))
        _table(doc, tasks, strand)
    return _save(doc, path)


def _opening(paper: Paper) -> str:
    ref = paper.plan.reference if paper.plan else ""
    return (f"This action plan has been created to assist the {paper.board} in identifying "
            "tactics and opportunities to disrupt the criminal and anti-social behaviour "
            f"of {ref}. It sets out the board's actions under the four strands of Pursue, "
            "Protect, Prepare and Prevent, each with the partner best placed to deliver it.")


def _table(doc, tasks: list[Task], strand: str) -> None:
    table = doc.add_table(rows=1, cols=len(HEADS))
    table.style = "Table Grid"
    table.autofit = False
    for cell, head, width in zip(table.rows[0].cells, HEADS, WIDTHS_CM, strict=True):
        _write(cell, head, bold=True)
        cell.width = Cm(width)
    _repeat_heads(table.rows[0])
    if not tasks:
        row = table.add_row().cells
        merged = row[0].merge(row[-1])
        _write(merged, f"No {strand} actions in the plan.")
        return
    for task in tasks:
        cells = table.add_row().cells
        for cell, text, width in zip(cells, _texts(task), WIDTHS_CM, strict=True):
            _write(cell, text)
            cell.width = Cm(width)


def _texts(task: Task) -> tuple[str, ...]:
    number = f"{task.number}. " if task.number else ""
    due = f"Due {dates.day(task.due_on)}" if task.due_on else "No due date"
    timebound = "\n".join(x for x in (due, task.timebound,
                                      rating_words(task.status, task.rating)) if x)
    owner = task.owner + (f"\n{task.officer}" if task.officer else "")
    return (number + task.specific, task.measurable, task.achievable, task.relevant,
            timebound, owner)


def _write(cell, text: str | None, bold: bool = False) -> None:
    lines = clean(text).split("\n")
    paragraph = cell.paragraphs[0]
    for n, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.bold, run.font.size = bold, Pt(9)
        if n < len(lines) - 1:
            run.add_break()


def _repeat_heads(row) -> None:
    """The heads again at the top of each page the table runs on to."""
    props = row._tr.get_or_add_trPr()
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def _page(doc, marking: str) -> None:
    section = doc.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin"):
        setattr(section, side, Cm(1.05))
    section.top_margin = section.bottom_margin = Cm(1.8)
    style = doc.styles["Normal"]
    style.font.name, style.font.size = "Arial", Pt(10)
    _marking(section.header.paragraphs[0], marking)
    footer = section.footer.paragraphs[0]
    _marking(footer, marking)
    pages = section.footer.add_paragraph()
    pages.alignment = WD_ALIGN_PARAGRAPH.CENTER
    pages.add_run("Page ")
    _field(pages, "PAGE")
    pages.add_run(" of ")
    _field(pages, "NUMPAGES")


def _marking(paragraph, marking: str) -> None:
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(clean(marking))
    run.bold, run.font.color.rgb = True, MARKING_RED


def _field(paragraph, code: str) -> None:
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the pages out."""
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), code)
    run = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.text = "1"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _properties(doc, paper: Paper) -> None:
    props = doc.core_properties
    props.title = clean(title(paper))
    props.author = props.last_modified_by = "ocgboard"
    props.keywords = props.category = clean(paper.marking)
    props.subject = props.comments = ""


def _save(doc, path: str | Path) -> Path:
    data = io.BytesIO()
    doc.save(data)
    return files.write_private(path, data.getvalue(), "Word file")
