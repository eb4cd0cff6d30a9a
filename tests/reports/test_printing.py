"""The lp command line a print is sent with, pages as people type them, and one-line refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from ocgboard import paths
from ocgboard.errors import BoardError, InputError
from ocgboard.reports import printing
from ocgboard.reports.printing import Request
from tests.reports.fake_cups import install

A4_LANDSCAPE = (841.89, 595.276)
A4_PORTRAIT = (595.276, 841.89)
PDF = Path("/scratch/meeting-pack.pdf")


def lp_line(request: Request, size=A4_LANDSCAPE, pages: int = 40) -> list[str]:
    return printing.command("/usr/bin/lp", PDF, "Office", request, size, pages)


def options(argv: list[str]) -> list[str]:
    return [argv[i + 1] for i, arg in enumerate(argv) if arg == "-o"]


def test_one_copy_of_every_page_goes_as_it_is_on_its_own_paper():
    argv = lp_line(Request())
    assert argv[:7] == ["/usr/bin/lp", "-d", "Office", "-n", "1", "-t", printing.JOB_TITLE]
    assert options(argv) == ["print-scaling=none", "fit-to-page=false", "sides=one-sided",
                             "media=A4"]
    assert "-P" not in argv
    assert argv[-2:] == ["--", str(PDF)]


def test_copies_come_collated_and_pages_as_cups_reads_them():
    argv = lp_line(Request(copies=3, pages=" 1-3, 7 ,9-9"))
    assert argv[argv.index("-n") + 1] == "3"
    assert "collate=true" in options(argv)
    assert argv[argv.index("-P") + 1] == "1-3,7,9"


@pytest.mark.parametrize(("size", "sides"), [(A4_LANDSCAPE, "two-sided-short-edge"),
                                             (A4_PORTRAIT, "two-sided-long-edge")])
def test_both_sides_turn_on_the_edge_the_orientation_needs(size, sides):
    assert f"sides={sides}" in options(lp_line(Request(duplex=True), size))


@pytest.mark.parametrize(("size", "paper"), [((612, 792), "Letter"), ((842, 595), "A4"),
                                             ((1190.55, 841.89), "A3"), ((500, 500), None)])
def test_the_paper_asked_for_is_the_pages_own(size, paper):
    media = [o for o in options(lp_line(Request(), size)) if o.startswith("media=")]
    assert media == ([f"media={paper}"] if paper else [])


@pytest.mark.parametrize(("typed", "written"), [
    ("", ""), ("all", ""), ("  ", ""), ("7", "7"), ("1-3,7", "1-3,7"), ("2 - 4", "2-4"),
    ("40", "40"), ("1-40", "1-40"), ("5,1-2", "5,1-2")])
def test_pages_are_written_as_cups_reads_them(typed, written):
    assert printing.page_ranges(typed, 40) == written


@pytest.mark.parametrize(("typed", "said"), [
    ("0", "pages '0': pages are numbered from 1"),
    ("0-3", "pages '0-3': pages are numbered from 1"),
    ("5-2", "pages '5-2': a range runs from the lower page to the higher, such as 2-5"),
    ("41", "pages '41': the document has 40 pages"),
    ("38-45", "pages '38-45': the document has 40 pages"),
    ("1-3,,7", "pages '1-3,,7': give page numbers and ranges, such as 1-3,7"),
    ("one", "pages 'one': give page numbers and ranges, such as 1-3,7"),
    ("-3", "pages '-3': give page numbers and ranges, such as 1-3,7"),
    ("1-", "pages '1-': give page numbers and ranges, such as 1-3,7"),
    ("1;rm -rf", "pages '1;rm -rf': give page numbers and ranges, such as 1-3,7"),
    ("1\x1b[2J", "pages '1\\x1b[2J': give page numbers and ranges, such as 1-3,7")])
def test_bad_pages_are_refused_in_one_line(typed, said):
    with pytest.raises(InputError) as refused:
        printing.page_ranges(typed, 40)
    assert refused.value.message == said


def test_pages_past_the_end_are_checked_only_once_the_count_is_known():
    assert printing.page_ranges("1-99") == "1-99"
    assert printing.selected("1-3,2,7") == 4


@pytest.mark.parametrize("copies", [0, -1, printing.MAX_COPIES + 1])
def test_copies_out_of_range_are_refused(copies):
    with pytest.raises(InputError, match="copies: give a number from 1 to 100"):
        printing.checked(Request(copies=copies))


def test_the_printer_is_the_one_named_else_the_default():
    found = printing.Queues(("Office", "Board-room"), "Office")
    assert printing.choose(found, None) == "Office"
    assert printing.choose(found, "Board-room") == "Board-room"
    with pytest.raises(InputError, match="no printer queue named 'Lobby' here; the queues "
                                         "are: Office, Board-room"):
        printing.choose(found, "Lobby")
    with pytest.raises(InputError, match="no default printer here"):
        printing.choose(printing.Queues(("Office",), None), None)
    with pytest.raises(BoardError, match="CUPS lists no queue"):
        printing.choose(printing.Queues((), None), None)


@pytest.fixture
def cups(tmp_path, monkeypatch):
    return install(tmp_path / "cups", monkeypatch)


@pytest.fixture
def pdf(tmp_path) -> Path:
    # The file name a pack may have: it names the person a copy is for.
    path = tmp_path / "2026-12-03 partner pack - copy for Aoife Brennan.pdf"
    path.write_bytes(b"%PDF-1.4 the pack\n")
    return path


def test_the_pdf_goes_to_lp_from_private_scratch_under_a_neutral_name(cups, pdf):
    sent = printing.send(pdf, Request(copies=2, pages="1-3,7", duplex=True), A4_LANDSCAPE, 40)
    assert (sent.printer, sent.job) == ("Office", "Office-1")
    assert sent.describe() == ("sent to Office as job Office-1: pages 1-3,7 (4 of 40), "
                               "2 copies, both sides, at 100 %")
    [job] = cups.jobs
    assert job["name"] == printing.HANDED_NAME and job["mode"] == 0o700
    assert Path(job["folder"]).parent == paths.scratch_dir()
    assert not Path(job["folder"]).exists()  # removed once lp returned
    assert cups.handed(1).read_bytes() == pdf.read_bytes()
    assert "Brennan" not in " ".join(job["argv"])
    assert job["argv"][job["argv"].index("-t") + 1] == printing.JOB_TITLE


def test_a_job_the_queue_refuses_is_said_in_one_line(cups, pdf):
    cups.refuse = 'Destination "Office" is not accepting jobs.'
    cups.save()
    with pytest.raises(BoardError) as refused:
        printing.send(pdf, Request(), A4_LANDSCAPE, 40)
    assert refused.value.message == ('the printer refused the job: Destination "Office" is '
                                     'not accepting jobs.')
    assert list(paths.scratch_dir().iterdir()) == []


def test_an_unknown_printer_or_bad_pages_never_reach_lp(cups, pdf):
    with pytest.raises(InputError, match="no printer queue named 'Lobby'"):
        printing.send(pdf, Request(printer="Lobby"), A4_LANDSCAPE, 40)
    with pytest.raises(InputError, match="the document has 40 pages"):
        printing.send(pdf, Request(pages="39-41"), A4_LANDSCAPE, 40)
    assert cups.jobs == []


def test_cups_not_running_is_said_so(cups):
    cups.queues, cups.running = [], False
    cups.save()
    with pytest.raises(BoardError, match="the printing system \\(CUPS\\) is not running"):
        printing.queues()


def test_without_lp_there_is_no_cups_printing(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not printing.available()
