"""An Office paper written on the task runner: a plan as Word, the tracker or an
agency's tasking sheet as Excel, through the office layer's own gathering and
writers, as `ocgboard office export` does.

The first run of a partner's or an agency's copy stops before writing if it
withholds a name and brings back the places (`withheld.Withheld`); the chair
reviews them and the run goes again, confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass

from ocgboard.gui import withheld
from ocgboard.gui.backend import Backend
from ocgboard.gui.runner import Progress
from ocgboard.store.changes import NOTHING, Changes

PLAN, TRACKER, TASKING = "plan", "tracker", "tasking"
SUFFIX = {PLAN: ".docx", TRACKER: ".xlsx", TASKING: ".xlsx"}
FILTER = {PLAN: "Word documents (*.docx)", TRACKER: "Excel workbooks (*.xlsx)",
          TASKING: "Excel workbooks (*.xlsx)"}


@dataclass(frozen=True)
class Asked:
    kind: str  # PLAN, TRACKER or TASKING
    variant: str = "chair"  # chair, partner or agency
    agency: str | None = None
    reference: str | None = None  # the threat, for a plan
    confirmed: bool = False  # the chair has reviewed what it withholds

    @property
    def what(self) -> str:
        if self.kind == TASKING:
            return f"{self.agency}'s tasking sheet"
        copy = {"chair": "the chair's", "partner": "the partner"}.get(self.variant,
                                                                      f"{self.agency}'s")
        return f"{copy} {'4P plan' if self.kind == PLAN else 'action tracker'}"


@dataclass(frozen=True)
class Written:
    path: str
    words: str
    changes: Changes = NOTHING


def write(progress: Progress, backend: Backend, asked: Asked,
          target: str) -> Written | withheld.Withheld:
    """On the worker: gather, stop for the review if unconfirmed, write."""
    from ocgboard.office import docx_out, gather, issue, tasking_sheet, xlsx_out

    progress.report(10, "Gathering the paper's content")
    check = withheld.confirm(asked.confirmed)
    agency = asked.agency if asked.variant == "agency" or asked.kind == TASKING else None

    def plan(session) -> str:
        paper = gather.threat_plan(session, asked.reference or "", variant=asked.variant,
                                   agency=agency)
        if paper.withheld:
            check(paper.withheld)
        progress.report(60, "Writing the Word file")
        docx_out.write(paper, target)
        assert paper.plan is not None
        return f"{paper.plan.reference}'s plan, {len(paper.plan.tasks)} actions"

    def tracker(session) -> str:
        paper = gather.open_tasks(session, variant=asked.variant, agency=agency)
        if paper.withheld:
            check(paper.withheld)
        progress.report(60, "Writing the workbook")
        xlsx_out.tracker(paper, target)
        return f"{len(paper.tasks)} open actions"

    def tasking(session) -> str:
        paper = gather.open_tasks(session, variant="agency", agency=agency)
        if paper.withheld:
            check(paper.withheld)
        secret = issue.key(session, create=True)  # made with the laptop's first sheet
        assert secret is not None
        progress.report(60, "Writing the workbook")
        tasking_sheet.write(paper, secret, target)
        return f"{len(paper.tasks)} open actions of {paper.agency}"

    try:
        if asked.kind == TASKING:
            said, changes = backend.write_noting(tasking)
        else:
            said, changes = backend.read(plan if asked.kind == PLAN else tracker), NOTHING
    except withheld.Stopped as stop:
        return withheld.Withheld(stop.places)
    return Written(target, said, changes)
