"""Printing the pack from the preview: through CUPS (lp replaced by a recorder), and
rendered by Qt where there is no CUPS, each page on its own paper at 100 %."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSizeF, QTimer
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.pdfgen import canvas

from ocgboard.gui.meetings import pack_printer, render_print
from ocgboard.gui.meetings.pack_preview import PackPreview
from ocgboard.gui.meetings.print_dialog import PrintDialog
from ocgboard.reports import printing
from tests.gui.meetings.helpers import LEFT, click_ok
from tests.gui.meetings.test_pack import built_pack
from tests.reports.fake_cups import install

SIZES = [landscape(A4), A4, A5]  # a landscape page, then two portrait ones


@pytest.fixture
def cups(tmp_path, monkeypatch):
    return install(tmp_path / "cups", monkeypatch)


@pytest.fixture
def pack(context, tmp_path) -> tuple[str, int]:
    return built_pack(context, tmp_path)


@pytest.fixture
def preview(qtbot, context):
    shown = PackPreview(context.runner)
    qtbot.addWidget(shown)
    return shown


def print_dialog(qtbot, preview) -> PrintDialog:
    qtbot.mouseClick(preview.ui.printButton, LEFT)
    qtbot.waitUntil(lambda: isinstance(preview.printer.dialog, PrintDialog), timeout=10_000)
    return preview.printer.dialog


def test_print_sends_the_pack_itself_to_the_queue_chosen(qtbot, preview, pack, cups):
    path, pages = pack
    assert preview.show_pack(path)
    dialog = print_dialog(qtbot, preview)
    ui = dialog.ui
    assert [ui.printer.itemText(i) for i in range(ui.printer.count())] == ["Office",
                                                                           "Board-room"]
    assert ui.printer.currentText() == "Office"  # the default
    assert ui.orientation.text() == f"{pages} pages, landscape A4 (297 × 210 mm)"
    assert "short edge" in ui.duplex.text()
    ui.printer.setCurrentText("Board-room")
    ui.pages.setText("1-2, 4")
    ui.copies.setValue(2)
    ui.duplex.setChecked(True)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "sent to" in preview.ui.info.text(), timeout=10_000)
    [job] = cups.jobs
    argv = job["argv"]
    assert argv[argv.index("-d") + 1] == "Board-room" and argv[argv.index("-n") + 1] == "2"
    assert argv[argv.index("-P") + 1] == "1-2,4"
    assert {"print-scaling=none", "sides=two-sided-short-edge", "media=A4",
            "collate=true"} <= set(argv)
    assert cups.handed(1).read_bytes() == Path(path).read_bytes()
    assert preview.ui.info.text().endswith(
        f"Pack sent to Board-room as job Board-room-1: pages 1-2,4 (3 of {pages}), 2 copies, "
        "both sides, at 100 %.")
    assert preview.printer.dialog is None and preview.printer.task is None


def test_pages_the_pack_has_not_got_are_said_in_the_dialog(qtbot, preview, pack, cups):
    path, pages = pack
    preview.show_pack(path)
    dialog = print_dialog(qtbot, preview)
    dialog.ui.pages.setText(f"2-{pages + 1}")
    click_ok(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.problem.isVisible()
    assert dialog.ui.problem.text() == (f"pages '2-{pages + 1}': the document has "
                                        f"{pages} pages")
    dialog.reject()
    assert cups.jobs == [] and preview.printer.dialog is None


def test_a_job_the_queue_refuses_is_said_in_one_line(qtbot, preview, pack, cups, refusals):
    cups.refuse = 'Destination "Office" is not accepting jobs.'
    cups.save()
    preview.show_pack(pack[0])
    click_ok(qtbot, print_dialog(qtbot, preview))
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    assert refusals == ['the printer refused the job: Destination "Office" is not accepting '
                        'jobs.']
    assert preview.ui.info.text().endswith("Not printed.")


def test_with_cups_stopped_the_print_button_says_so(qtbot, preview, pack, cups, refusals):
    cups.queues, cups.running = [], False
    cups.save()
    preview.show_pack(pack[0])
    qtbot.mouseClick(preview.ui.printButton, LEFT)
    qtbot.waitUntil(lambda: bool(refusals), timeout=10_000)
    assert refusals == ["the printing system (CUPS) is not running"]
    assert preview.printer.dialog is None


# -- where there is no CUPS ------------------------------------------------------------


@pytest.fixture
def mixed(tmp_path) -> Path:
    """A landscape A4 page, a portrait A4 page and a portrait A5 page, each with a black
    square 1 cm in from its top left corner."""
    path = tmp_path / "mixed.pdf"
    drawing = canvas.Canvas(str(path))
    for width, height in SIZES:
        drawing.setPageSize((width, height))
        drawing.rect(28.35, height - 28.35 - 56.7, 56.7, 56.7, fill=1)
        drawing.drawString(100, height - 60, f"{width:.0f} x {height:.0f}")
        drawing.showPage()
    drawing.save()
    return path


def pdf_printer(target: Path, dpi: int = 72) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(target))
    printer.setResolution(dpi)
    return printer


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    """Each page's width and height, in points, as pdfinfo reads them."""
    said = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    return [(round(float(w)), round(float(h))) for w, h in
            re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", said)]


def ink(pdf: Path, page: int, folder: Path) -> QRect:
    """Where the page's marks are, at 36 dpi: the box around its dark pixels."""
    stem = folder / f"{pdf.stem}-{page}"
    subprocess.run(["pdftoppm", "-png", "-gray", "-r", "36", "-f", str(page), "-l", str(page),
                    "-singlefile", str(pdf), str(stem)], check=True)
    image = QImage(f"{stem}.png")
    dark = [(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).lightness() < 128]
    xs, ys = [x for x, _ in dark], [y for _, y in dark]
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def test_each_page_is_rendered_on_its_own_paper_at_full_size(qtbot, mixed, tmp_path):
    document = QPdfDocument()
    assert document.load(str(mixed)) == QPdfDocument.Error.None_
    printed = tmp_path / "printed.pdf"
    assert render_print.print_document(document, pdf_printer(printed, dpi=150)) == 3
    document.close()
    assert page_sizes(printed) == [(842, 595), (595, 842), (420, 595)]
    for page in (1, 2, 3):  # full page, 100 %: the square where it was, the same size
        here, there = ink(mixed, page, tmp_path), ink(printed, page, tmp_path)
        assert abs(here.x() - there.x()) <= 1 and abs(here.y() - there.y()) <= 1
        assert abs(here.width() - there.width()) <= 1
        assert abs(here.height() - there.height()) <= 1


def test_the_layout_set_for_each_page_is_its_own_without_margins():
    turned = render_print.page_layout(QSizeF(*landscape(A4)))
    assert turned.orientation() == QPageLayout.Orientation.Landscape
    assert turned.pageSize().id().name == "A4"
    assert turned.margins().isNull()
    upright = render_print.page_layout(QSizeF(*A5))
    assert upright.orientation() == QPageLayout.Orientation.Portrait
    assert upright.pageSize().id().name == "A5"


def test_printing_can_be_abandoned_part_way(qtbot, mixed, tmp_path):
    document = QPdfDocument()
    document.load(str(mixed))
    asked = []
    printer = pdf_printer(tmp_path / "printed.pdf")
    assert render_print.print_document(
        document, printer, lambda done, total: asked.append(total) or done < 2) == 2
    assert asked == [3] * 3


class AcceptingDialog(QDialog):
    """The system's print dialog, answered Print at once, to a PDF file at 96 dpi."""

    seen: list[AcceptingDialog] = []
    target: Path

    def __init__(self, printer: QPrinter, parent=None):
        super().__init__(parent)
        AcceptingDialog.seen.append(self)
        self.printer = printer
        self.layout_asked = QPageLayout(printer.pageLayout())
        self.full_page = printer.fullPage()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.target))
        printer.setResolution(96)

    def setMinMax(self, low, high):
        self.range = (low, high)

    def setOption(self, option, on=True):
        pass

    def showEvent(self, event):
        super().showEvent(event)
        QTimer.singleShot(0, self.accept)


def test_without_cups_the_system_dialog_chooses_and_the_runner_renders(
        qtbot, preview, mixed, tmp_path, monkeypatch):
    monkeypatch.setattr(printing, "available", lambda: False)
    monkeypatch.setattr(pack_printer, "QPrintDialog", AcceptingDialog)
    AcceptingDialog.seen, AcceptingDialog.target = [], tmp_path / "printed.pdf"
    preview.show_pack(str(mixed))
    qtbot.mouseClick(preview.ui.printButton, LEFT)
    qtbot.waitUntil(lambda: "Pack printed" in preview.ui.info.text(), timeout=20_000)
    assert preview.ui.info.text().endswith("Pack printed: 3 pages at 100 %.")
    [dialog] = AcceptingDialog.seen
    assert dialog.layout_asked.orientation() == QPageLayout.Orientation.Landscape  # page 1's
    assert dialog.full_page and dialog.range == (1, 3)
    assert dialog.printer.docName() == printing.JOB_TITLE
    assert page_sizes(AcceptingDialog.target) == [(842, 595), (595, 842), (420, 595)]


def test_the_system_dialog_opens_on_the_packs_orientation(qtbot, preview, pack, monkeypatch):
    monkeypatch.setattr(printing, "available", lambda: False)
    preview.show_pack(pack[0])
    qtbot.mouseClick(preview.ui.printButton, LEFT)
    dialog = preview.printer.dialog
    assert isinstance(dialog, QPrintDialog)
    assert dialog.printer().pageLayout().orientation() == QPageLayout.Orientation.Landscape
    assert dialog.printer().fullPage()
    assert (dialog.minPage(), dialog.maxPage()) == (1, pack[1])
    dialog.reject()
    assert preview.printer.dialog is None and preview.printer.task is None
