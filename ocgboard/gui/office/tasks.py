"""Office papers read, previewed and applied on the task runner, as plain data.

What crosses back to the GUI thread is the paper as read (`office.paper.Paper`
or `office.return_sheet.Sheet`: plain dataclasses), the preview's lines in the
board's words, and what a write made (ids in hex, counts): never a session or
an ORM object. A write is one unit of work through `Backend.write_noting`, so
the views hear what changed once the task is back on the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ocgboard.core import lookup, plans, plural, strategy
from ocgboard.core.rows import attendance as attendance_rows
from ocgboard.errors import InputError, NotFound
from ocgboard.gui.backend import Backend
from ocgboard.gui.runner import Progress
from ocgboard.office import apply, guard, preview, reading, return_sheet, tasking_return, words
from ocgboard.office.paper import Paper
from ocgboard.office.return_sheet import Sheet
from ocgboard.store.changes import NOTHING, Changes

KINDS = ("docx", "xlsx")


@dataclass
class Read:
    """A file read: a board's paper, or a tasking sheet this board issued."""

    path: str
    paper: Paper | None = None
    sheet: Sheet | None = None

    @property
    def reference(self) -> str | None:
        """The threat the paper's title names (the threat field's first value)."""
        if self.paper is None:
            return None
        if self.paper.reference:
            return self.paper.reference
        return next((r.threat for r in self.paper.rows if r.threat), None)

    def words(self) -> str:
        if self.sheet is not None:
            return (f"{self.sheet.name}: a tasking sheet this board issued to "
                    f"{self.sheet.issue.agency}, sent back")
        assert self.paper is not None
        count = len(self.paper.rows) + len(self.paper.items)
        title = f" ('{self.paper.title}')" if self.paper.title else ""
        return f"{self.paper.name}: {self.paper.kind}{title}, {plural.count(count, 'row')} read"


@dataclass
class Looked:
    """A preview: its lines, and for a paper what the chair must still decide."""

    read: Read
    threat: str | None
    lines: list[str]
    makes_anything: bool
    unmatched: dict[str, list[str]] = field(default_factory=dict)
    agencies: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # a refused return, a line each


@dataclass
class Applied:
    """What applying wrote, for the done page and the undo command."""

    words: str
    changes: Changes = NOTHING
    action_ids: list[str] = field(default_factory=list)
    item_ids: list[str] = field(default_factory=list)
    threat_ids: list[str] = field(default_factory=list)
    updates: list[tuple[str, str]] = field(default_factory=list)  # (update id, status before)


def read_file(progress: Progress, path: str) -> Read:
    """The file checked by the guard, then read by the reader for what it is."""
    progress.report(5, "Checking the file")
    source = Path(path)
    guard.check_office_file(source, KINDS)
    if return_sheet.is_tasking_sheet(source):
        progress.report(30, "Reading the tasking sheet")
        return Read(path, sheet=return_sheet.read(source))
    progress.report(30, "Reading the paper")
    return Read(path, paper=reading.read(source))


def look(progress: Progress, backend: Backend, path: str, read: Read | None,
         threat: str | None) -> Looked:
    """What applying would make (or take), worded; the file is read first if `read`
    is not this path's."""
    if read is None or read.path != path:
        read = read_file(progress, path)
    progress.report(60, "Working out what it makes")
    if read.sheet is not None:
        return _look_return(backend, read)
    paper = read.paper
    assert paper is not None
    plan = backend.read(preview.make, paper, threat=threat or None)
    return Looked(read, threat, [_in_the_app(line) for line in words.lines(plan)],
                  plan.makes_anything, plan.unmatched, backend.read(attendance_rows.agency_list))


# The preview's words that name the command line's options, as the wizard says them.
APP_WORDS = (("(map each with --map \"OWNER=AGENCY\")", "(choose the agency each means, below)"),
             ("; --threat is used instead", "; the threat you gave is used instead"))


def _in_the_app(line: str) -> str:
    for said, meant in APP_WORDS:
        line = line.replace(said, meant)
    return line


def _look_return(backend: Backend, read: Read) -> Looked:
    sheet = read.sheet
    assert sheet is not None
    try:
        found = backend.read(tasking_return.check, sheet)
    except tasking_return.ReturnRefused as refused:
        return Looked(read, None, [], False, problems=[refused.message, *refused.problems])
    return Looked(read, None, found.lines(), bool(found.changes))


def apply_paper(progress: Progress, backend: Backend, read: Read, threat: str | None,
                maps: dict[str, str]) -> Applied:
    """The paper made in one unit of work, the plan decided again inside it."""
    progress.report(10, "Adding the actions")
    paper = read.paper
    assert paper is not None

    def run(session) -> Applied:
        plan = preview.make(session, paper, threat=threat or None, maps=maps)
        before = _made_here(session, plan)
        made = apply.apply(session, plan)
        after = _made_here(session, plan)
        ids = [lookup.threat(session, ref).id.hex for ref in made.threats]
        return Applied(made.words(), action_ids=sorted(after[0] - before[0]),
                       item_ids=sorted(after[1] - before[1]), threat_ids=ids)

    done, changes = backend.write_noting(run)
    done.changes = changes
    return done


def _made_here(session, plan: preview.Plan) -> tuple[set[str], set[str]]:
    """The ids of the actions on the plans the import adds to, and of the strategic
    items: compared before and after, what the import made (a new row's id is not
    among the changes noted at its flush)."""
    actions: set[str] = set()
    for reference in {m.threat for m in plan.to_make}:
        try:
            found = lookup.threat(session, reference)
        except NotFound:
            continue  # a threat the import creates: none of its actions are there yet
        actions |= {a.id.hex for a in plans.listing(session, threat=found)}
    items = {i.id.hex for i in strategy.listing(session)} if plan.to_add else set()
    return actions, items


def take_return(progress: Progress, backend: Backend, read: Read) -> Applied:
    """The returned sheet checked again and taken, in one unit of work."""
    progress.report(10, "Taking the updates")
    sheet = read.sheet
    assert sheet is not None

    def run(session) -> Applied:
        found = tasking_return.check(session, sheet)
        made = tasking_return.apply(session, found)
        befores = [c.before for c in found.changes]
        updates = [(u.id.hex, before) for u, before in zip(made, befores, strict=True)]
        return Applied(f"{plural.count(len(updates), 'action')} of {found.agency} updated",
                       updates=updates)

    try:
        done, changes = backend.write_noting(run)
    except tasking_return.ReturnRefused as refused:
        raise InputError(refused.message) from None
    done.changes = changes
    return done
