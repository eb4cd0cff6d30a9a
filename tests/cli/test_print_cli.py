"""`ocgboard pack --print` through a real CUPS: a throw-away cupsd and a cups-pdf queue.

What cups-pdf writes is what a printer would have been sent, so the printed
file shows whether the pack went as it is: every page, A4 landscape at
100 %, its text still text.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from ocgboard.cli import main
from tests.reports import cupsd

A4 = (595.28, 841.89)


@pytest.fixture(scope="module")
def cups():
    reason = cupsd.why_not()
    if reason:
        pytest.skip(reason)
    server = cupsd.Cupsd(f"ocgboard-test-{os.getpid()}")
    try:
        server.start()
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("CUPS_SERVER", str(server.socket))
            yield server
    finally:
        server.stop()


@pytest.fixture
def queue(cups):
    """The throw-away queue, nothing printed on it yet."""
    cups.clear()
    return cups


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("print-demo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("OCGBOARD_HOME", str(folder / "home"))
        assert main(["--db", str(folder / "demo.sqlite"), "demo", "--scale", "small"]) == 0
    return (folder / "demo.sqlite").read_bytes()


@pytest.fixture
def demo_cli(cli, demo_db, db_path):
    db_path.parent.mkdir(parents=True, exist_ok=True)
    db_path.write_bytes(demo_db)
    return cli


def planned_day(cli) -> str:
    planned = next(m for m in cli.json("meeting", "list") if m["status"] == "planned")
    return planned["starts_at"][:10]


@dataclass
class Page:
    width: float
    height: float
    rotation: int

    @property
    def seen(self) -> tuple[float, float]:
        """Width and height as the page is read, turned by its rotation."""
        turned = self.rotation % 180 == 90
        return (self.height, self.width) if turned else (self.width, self.height)


def pages_of(pdf: Path) -> list[Page]:
    said = subprocess.run(["pdfinfo", "-f", "1", "-l", "9999", str(pdf)], capture_output=True,
                          text=True, check=True).stdout
    sizes = re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts", said)
    turns = re.findall(r"Page\s+\d+ rot:\s+(\d+)", said)
    return [Page(float(w), float(h), int(r)) for (w, h), r in zip(sizes, turns, strict=True)]


def text_of(pdf: Path) -> list[str]:
    said = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    return said.split("\f")[:-1]


def page_marks(texts: list[str]) -> list[int | None]:
    """Each page's "Page N of M" number; None for a blank page."""
    marks = [re.search(r"Page (\d+) of \d+", text) for text in texts]
    return [int(mark[1]) if mark else None for mark in marks]


def test_a_pack_goes_to_the_queue_as_it_is_every_page_a4_landscape_with_its_text(
        queue, demo_cli, tmp_path, home):
    target = tmp_path / "pack.pdf"
    code, out, err = demo_cli("pack", planned_day(demo_cli), "-o", str(target), "--print",
                              "--printer", queue.name)
    assert code == 0, err
    [printed] = queue.printed(1)
    pages = pages_of(printed)
    assert len(pages) == len(pages_of(target)) > 20
    assert f"written to {target}: {len(pages)} pages" in out
    assert f"sent to {queue.name} as job {queue.name}-" in out and "at 100 %" in out
    for page in pages:  # A4 paper, the page read landscape on it
        assert sorted((page.width, page.height)) == pytest.approx(A4, abs=1.5)
        assert page.seen[0] > page.seen[1]
    original, copy = text_of(target), text_of(printed)
    assert page_marks(copy) == list(range(1, len(pages) + 1))
    for words in ("OFFICIAL-SENSITIVE", "Northshire Organised Crime Partnership Board",
                  "Chair's pack"):
        assert words in copy[0]
    # Every word is there; of letters past ASCII only the glyphs: cups-pdf makes its PDF
    # from PostScript, which keeps no map back to Unicode (the text we send does).
    ours = {word for word in "\n".join(original).split() if word.isascii()}
    assert ours <= set("\n".join(copy).split())
    # Vector, not pictures: a rendered pack was seventy times the PDF.
    assert printed.stat().st_size < 3 * target.stat().st_size
    assert list((home / "scratch").iterdir()) == []


def test_copies_of_some_pages_on_both_sides(queue, demo_cli):
    code, out, err = demo_cli("pack", planned_day(demo_cli), "--print", "--printer", queue.name,
                              "--copies", "2", "--pages", "2-3,5", "--duplex")
    assert code == 0, err
    assert "pages 2-3,5 (3 of " in out and "2 copies, both sides" in out
    [printed] = queue.printed()
    # Collated, and on both sides: each copy starts on a sheet of its own, so CUPS
    # leaves the back of the second sheet blank.
    marks = page_marks(text_of(printed))
    assert marks == [2, 3, 5, None, 2, 3, 5, None]
    assert all(page.seen[0] > page.seen[1]
               for page, mark in zip(pages_of(printed), marks, strict=True) if mark)


def test_a_queue_that_refuses_jobs_is_said_in_one_line_and_nothing_is_issued(
        queue, demo_cli, tmp_path):
    day, target = planned_day(demo_cli), tmp_path / "refused.pdf"
    person = demo_cli.json("person", "list")[0]["name"]
    assert queue.run("cupsreject", queue.name).returncode == 0
    try:
        code, out, err = demo_cli("pack", day, "-o", str(target), "--print", "--printer",
                                  queue.name, "--copy-for", person)
    finally:
        assert queue.run("cupsaccept", queue.name).returncode == 0
    assert code == 2 and out == ""
    assert err == (f'ocgboard: error: the printer refused the job: Destination "{queue.name}" '
                   "is not accepting jobs.\n")
    assert not target.exists()
    _code, register, _err = demo_cli("meeting", "distribution", day)
    assert person not in register


def test_an_unknown_printer_or_pages_the_pack_has_not_got_are_refused(queue, demo_cli, tmp_path):
    day, target = planned_day(demo_cli), tmp_path / "never.pdf"
    code, _out, err = demo_cli("pack", day, "--print", "--printer", "Lobby")
    assert code == 2
    assert err == (f"ocgboard: error: no printer queue named 'Lobby' here; the queues are: "
                   f"{queue.name}\n")
    code, _out, err = demo_cli("pack", day, "--print", "--pages", "2-1")
    assert (code, err.count("\n")) == (2, 1) and "a range runs from the lower page" in err
    code, _out, err = demo_cli("pack", day, "-o", str(target), "--print", "--printer",
                               queue.name, "--pages", "1-999")
    assert code == 2 and re.fullmatch(r"ocgboard: error: pages '1-999': the document has "
                                      r"\d+ pages\n", err)
    assert not target.exists()


def test_printing_options_without_print_are_refused(demo_cli, tmp_path):
    code, _out, err = demo_cli("pack", planned_day(demo_cli), "-o", str(tmp_path / "p.pdf"),
                               "--copies", "2")
    assert code == 2 and "go with --print" in err
    code, _out, err = demo_cli("pack", planned_day(demo_cli))
    assert code == 2 and "give -o FILE.pdf to write the pack, --print to print it" in err
