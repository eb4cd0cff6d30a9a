"""The minutes on paper: the pack's "Minutes of the last meeting", and their body.

The body (the date of the next meeting, attendance, decisions by agenda
item, actions agreed) is the same in the pack and in the minutes printed on
their own (minutes.py); only the heading over it differs.
"""

from __future__ import annotations

from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.minutes_data import Attendee, Minutes
from ocgboard.reports.styles import cell, heads, para, subhead

KEY = "minutes"  # the agenda's page column and the outline find the paper by it


def paper(found: Minutes | None, marks: Marks) -> list:
    """The pack's paper for its "Minutes of the last meeting" item; none if no meeting
    was held before this one."""
    if found is None:
        return []
    held = styles.long_day(found.starts_at.date())
    title = "Minutes of the last meeting" + (": draft" if found.draft else "")
    return [Heading(marks, title, key=KEY, outline="Minutes of the last meeting"),
            para(f"{'DRAFT minutes' if found.draft else 'Minutes'} of the meeting held on "
                 f"{held}.", "h3"),
            para(state(found, "DRAFT: for approval at this meeting as a true record."),
                 "notice" if found.draft else "body"),
            *body(found), styles.section_end()]


def state(found: Minutes, draft: str = "DRAFT: not yet approved. The next meeting approves "
                                       "them as a true record on its 'Minutes of the last "
                                       "meeting' item.") -> str:
    """Draft (as `draft` says) or where they were approved, in words."""
    if found.approval is None:
        return draft
    return (f"Approved at the meeting of {styles.long_day(found.approval.on)}: "
            f"“{found.approval.decision}”.")


def body(found: Minutes) -> list:
    # The next meeting's date goes at the top, not the foot: a one-line last section
    # would be left on a page of its own.
    after = styles.long_day(found.next_meeting_on) if found.next_meeting_on else "to be fixed"
    return [para(_about(found), "body"), para(f"Date of next meeting: {after}.", "body"),
            *subhead("Attendance"), _attendance(found),
            *subhead("Decisions by agenda item"), _decisions(found),
            *subhead("Actions agreed"), *_actions(found)]


def _about(found: Minutes) -> str:
    parts = [found.meeting_title, f"{styles.long_day(found.starts_at.date())}, "
                                  f"{found.starts_at:%H:%M}"]
    if found.venue:
        parts.append(found.venue)
    parts.append(f"Chair: {found.chair}" if found.chair else "Chair not recorded")
    return " · ".join(parts)


def _attendance(found: Minutes):
    w = styles.columns({"": 90, "People": 0}, "People")
    rows = [heads("", "People")]
    for label, people in (("Present", found.present), ("Apologies", found.apologies),
                          ("Absent", found.absent)):
        rows.append([label, cell("; ".join(_person(p) for p in people) or "None recorded.")])
    return tables.table(rows, w)


def _person(person: Attendee) -> str:
    who = f"{person.name} ({person.agency})" if person.agency else person.name
    return f"{who}: {person.note}" if person.note else who


def _decisions(found: Minutes):
    w = styles.columns({"Item": 36, "Title": 250, "Decision": 0}, "Decision")
    rows = [heads("Item", "Title", "Decision")]
    for item in found.items:
        said = item.decision or "No decision recorded."
        if item.notes:
            said += f"\nNotes: {item.notes}"
        rows.append([str(item.number), cell(item.title), cell(said)])
    return tables.table(rows, w, ("ALIGN", (0, 0), (0, -1), "RIGHT"))


def _actions(found: Minutes) -> list:
    if not found.actions:
        return [para("The meeting recorded no decision on an action.", "body")]
    w = styles.columns({"Threat · no.": 86, "Action": 0, "Owner": 120, "Due": 60,
                        "Status": 66, "Decision": 230}, "Action")
    rows = [heads("Threat · no.", "Action", "Owner", "Due", "Status", "Decision")]
    for a in found.actions:
        rows.append([tables.fitted(a.label, w[0]), cell(a.specific),
                     tables.fitted(a.owner, w[2]), styles.day(a.due_on),
                     a.status.capitalize(), cell(a.decision)])
    return [tables.table(rows, w)]

