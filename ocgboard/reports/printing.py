"""Printing a PDF as it is: the file itself sent to a CUPS queue.

Where the platform has CUPS (an `lp` and an `lpstat` on the PATH: Linux,
the BSDs, macOS) the printing system gets the PDF whole, so the pages stay
vector with their text, in their own orientation, at 100 %: drawn in
points for their own paper, never fitted into a printer's margins.
Elsewhere (Windows) the desktop renders the pages itself
(`gui/meetings/render_print.py`); this module has no Qt.

Nothing here logs. The copy handed to `lp` has a neutral name in the data
folder's private scratch and is removed once `lp` returns, by which time
`lp` has sent it to the scheduler: CUPS keeps each job's title and file
name in its job history, where a pack's own file name would say whom a
copy was issued to.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass, replace
from pathlib import Path

from ocgboard import files, printable
from ocgboard.errors import BoardError, InputError

JOB_TITLE = "ocgboard meeting pack"
HANDED_NAME = "meeting-pack.pdf"
MAX_COPIES = 100
MAX_PAGES_TEXT = 200
LP_TIMEOUT = 120  # seconds: a long pack to a print server over a slow line
ASK_TIMEOUT = 15
LANDSCAPE, PORTRAIT = "landscape", "portrait"
# Paper sizes CUPS knows by name, in points, portrait. A page of one of them
# asks for that paper: at 100 % an A4 page on a queue that defaults to Letter
# would lose a strip off its long side.
MEDIA = {"A3": (841.89, 1190.55), "A4": (595.28, 841.89), "A5": (419.53, 595.28),
         "Letter": (612.0, 792.0), "Legal": (612.0, 1008.0)}
SIZE_TOLERANCE = 2.0  # points: PDFs round A4 to 595 x 842
_PART = re.compile(r"(\d{1,6})(?:\s*-\s*(\d{1,6}))?")


class PrintingError(BoardError):
    """The printing system is missing, silent or refused the job."""


@dataclass(frozen=True)
class Request:
    """What the person asked for: queue (None: the system's default), copies,
    pages ("" for all, else such as "1-3,7") and both sides of the paper."""

    printer: str | None = None
    copies: int = 1
    pages: str = ""
    duplex: bool = False


@dataclass(frozen=True)
class Queues:
    names: tuple[str, ...]
    default: str | None


@dataclass(frozen=True)
class Sent:
    printer: str
    job: str
    request: Request
    page_count: int

    def describe(self) -> str:
        """One line for the person who printed, as the CLI and the app both say it."""
        ranges = self.request.pages
        pages = (f"pages {ranges} ({selected(ranges)} of {self.page_count})" if ranges
                 else f"all {self.page_count} pages")
        copies = self.request.copies
        sides = "both sides" if self.request.duplex else "one side"
        job = f" as job {self.job}" if self.job else ""
        return (f"sent to {self.printer}{job}: {pages}, {copies} "
                f"cop{'y' if copies == 1 else 'ies'}, {sides}, at 100 %")


def available() -> bool:
    """Whether this platform prints through CUPS."""
    return bool(shutil.which("lp") and shutil.which("lpstat"))


def queues() -> Queues:
    """The queues CUPS offers and its default one; refused when CUPS is not running."""
    names = tuple(line.strip() for line in _ask("-e").splitlines() if line.strip())
    if not names and "not running" in _ask("-r"):
        raise PrintingError("the printing system (CUPS) is not running")
    default = None
    for line in _ask("-d").splitlines():
        if line.startswith("system default destination:"):
            default = line.split(":", 1)[1].strip() or None
    return Queues(names, default)


def choose(found: Queues, wanted: str | None) -> str:
    """The queue a job goes to: the one asked for, else the default; one line if neither."""
    listed = ", ".join(found.names)
    if not found.names:
        raise PrintingError("no printer is set up here: CUPS lists no queue")
    if wanted is None:
        if found.default is None:
            raise InputError(f"no default printer here: name one with --printer ({listed})")
        return found.default
    if wanted not in found.names:
        raise InputError(f"no printer queue named '{printable.escaped(wanted)}' here; "
                         f"the queues are: {listed}")
    return wanted


def page_ranges(text: str, count: int | None = None) -> str:
    """Pages such as " 1-3, 7" written as CUPS reads them ("1-3,7"); "" for all pages.
    With `count`, every page must be one of the document's."""
    text = text.strip()
    shown = printable.escaped(text[:MAX_PAGES_TEXT])
    if text.lower() in ("", "all"):
        return ""
    if len(text) > MAX_PAGES_TEXT:
        raise InputError(f"pages '{shown}…': too long")
    spans = []
    for part in text.split(","):
        match = _PART.fullmatch(part.strip())
        if match is None:
            raise InputError(f"pages '{shown}': give page numbers and ranges, such as 1-3,7")
        first, last = int(match[1]), int(match[2] or match[1])
        if first < 1:
            raise InputError(f"pages '{shown}': pages are numbered from 1")
        if last < first:
            raise InputError(f"pages '{shown}': a range runs from the lower page to the "
                             f"higher, such as {last}-{first}")
        if count is not None and last > count:
            raise InputError(f"pages '{shown}': the document has {count} "
                             f"page{'' if count == 1 else 's'}")
        spans.append((first, last))
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def selected(ranges: str) -> int:
    """How many pages ranges written by `page_ranges` print (each page once)."""
    pages: set[int] = set()
    for part in filter(None, ranges.split(",")):
        first, _, last = part.partition("-")
        pages.update(range(int(first), int(last or first) + 1))
    return len(pages)


def checked(request: Request, page_count: int | None = None) -> Request:
    """The request with its pages written as CUPS reads them; bad copies or pages refused."""
    if not 1 <= request.copies <= MAX_COPIES:
        raise InputError(f"copies: give a number from 1 to {MAX_COPIES}")
    return replace(request, pages=page_ranges(request.pages, page_count))


def orientation(size: tuple[float, float]) -> str:
    width, height = size
    return LANDSCAPE if width > height else PORTRAIT


def media(size: tuple[float, float]) -> str | None:
    """The paper's CUPS name, for a page of a size it knows (either way round)."""
    short, long = sorted(size)
    for name, (width, height) in MEDIA.items():
        if abs(short - width) <= SIZE_TOLERANCE and abs(long - height) <= SIZE_TOLERANCE:
            return name
    return None


def sides(duplex: bool, size: tuple[float, float]) -> str:
    """Both sides turn on the edge that keeps the back the right way up: the long
    edge of a portrait page, the short edge of the paper under a landscape one."""
    if not duplex:
        return "one-sided"
    return "two-sided-short-edge" if orientation(size) == LANDSCAPE else "two-sided-long-edge"


def command(lp: str, pdf: Path, printer: str, request: Request, size: tuple[float, float],
            page_count: int) -> list[str]:
    """The `lp` command line that prints `pdf` as the request asks, true to size."""
    request = checked(request, page_count)
    argv = [lp, "-d", printer, "-n", str(request.copies), "-t", JOB_TITLE,
            # print-scaling is what CUPS 2.x filters read; fit-to-page, older ones.
            "-o", "print-scaling=none", "-o", "fit-to-page=false",
            "-o", f"sides={sides(request.duplex, size)}"]
    paper = media(size)
    if paper:
        argv += ["-o", f"media={paper}"]
    if request.copies > 1:
        argv += ["-o", "collate=true"]  # each copy whole, one for each reader
    if request.pages:
        argv += ["-P", request.pages]
    return [*argv, "--", str(pdf)]


def send(pdf: str | os.PathLike, request: Request, size: tuple[float, float],
         page_count: int) -> Sent:
    """Hand the PDF to the queue; refused in one line by us or by CUPS."""
    request = checked(request, page_count)
    printer = choose(queues(), request.printer)
    lp = shutil.which("lp")
    if lp is None:
        raise PrintingError("cannot print here: CUPS's lp command is not installed")
    with files.private_workdir("print-") as work:
        handed = work / HANDED_NAME
        shutil.copyfile(pdf, handed)
        said = _run(command(lp, handed, printer, request, size, page_count), LP_TIMEOUT,
                    "the printer refused the job")
    job = re.search(r"request id is (\S+)", said)
    return Sent(printer, job[1] if job else "", replace(request, printer=printer), page_count)


def _ask(option: str) -> str:
    lpstat = shutil.which("lpstat")
    if lpstat is None:
        raise PrintingError("cannot print here: CUPS's lpstat command is not installed")
    return _run([lpstat, option], ASK_TIMEOUT, "cannot list the printers")


def _run(argv: list[str], timeout: int, failing: str) -> str:
    """Run a CUPS command in the C locale (its answers are parsed); its output, or
    its own last word on what went wrong."""
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL, env={**os.environ, "LC_ALL": "C"},
                              errors="replace")
    except subprocess.TimeoutExpired:
        raise PrintingError(f"{failing}: the printing system did not answer in "
                            f"{timeout} seconds") from None
    except OSError as exc:
        raise PrintingError(f"{failing}: cannot run {Path(argv[0]).name}: "
                            f"{exc.strerror or exc}") from None
    if done.returncode != 0:
        raise PrintingError(f"{failing}: {_reason(done.stderr, done.returncode)}")
    return done.stdout


def _reason(stderr: str, code: int) -> str:
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    if not lines:
        return f"it stopped with status {code}"
    said = re.sub(r"^(\S*/)?(lp|lpstat):\s*", "", lines[-1])  # lp names itself by its path
    said = re.sub(r"^Error\s*-\s*", "", said)
    return printable.escaped(said[:300])
