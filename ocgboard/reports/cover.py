"""The pack's cover: what it is, who holds it, how to handle it, who else has one."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import PageBreak, Spacer, Table

from ocgboard.core import dates
from ocgboard.reports import styles, tables
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.pack_data import Pack
from ocgboard.reports.styles import cell, heads, para


def cover(pack: Pack, marks: Marks) -> list:
    when = f"{styles.long_day(pack.starts_at.date())}, {pack.starts_at:%H:%M}"
    story = [
        Heading(marks, pack.board, "title", key="cover", outline="Cover and document control"),
        para(f"{pack.meeting_title}: meeting pack", "subtitle"),
        para(f"{when}{' · ' + pack.venue if pack.venue else ''}", "body"),
        para(pack.variant_title, "h2"),
    ]
    if pack.copy_number is not None:
        story.append(_copy_box(pack))
    story += [Spacer(1, 6), _control_and_handling(pack), Spacer(1, 8),
              *styles.subhead("Distribution list"), *_distribution(pack), PageBreak()]
    return story


def _copy_box(pack: Pack) -> Table:
    box = Table([[para(f"Copy {pack.copy_number}, issued to {pack.copy_recipient}", "notice")]],
                colWidths=[styles.FRAME_WIDTH * 0.6], hAlign="LEFT")
    box.setStyle([styles.table_font(), ("BOX", (0, 0), (-1, -1), 1.2, styles.MARKING_RED),
                  ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fff5f5"))])
    return box


def document_control(pack: Pack) -> list[tuple[str, str]]:
    previous = styles.day(pack.previous_meeting_on) if pack.previous_meeting_on else "none"
    rows = [
        ("Board", pack.board + (f" ({pack.area})" if pack.area else "")),
        ("Meeting", pack.meeting_title),
        ("Date and time", f"{styles.long_day(pack.starts_at.date())}, {pack.starts_at:%H:%M}"),
        ("Venue", pack.venue or "to be confirmed"),
        ("Chair", pack.chair or "to be confirmed"),
        ("Pack version", version_words(pack)),
        ("Pack variant", pack.variant_line),
        ("Protective marking", pack.marking),
        ("Figures as at", f"{styles.day(pack.as_at)} (the meeting date)"),
        ("Previous meeting", previous),
        ("Produced on", styles.day(pack.produced_on)),
        ("Copy", f"{pack.copy_number} of this pack, issued to {pack.copy_recipient}"
         if pack.copy_number is not None else "uncontrolled: not issued to a named person"),
    ]
    return rows


def version_words(pack: Pack) -> str:
    """Each build issued to someone is a version; a draft is none, and says so."""
    if pack.version is not None:
        return str(pack.version)
    if pack.latest_version is None:
        return "draft, not issued (no version issued yet)"
    return f"draft, not issued (the last issued was version {pack.latest_version})"


def _control_and_handling(pack: Pack) -> Table:
    left = styles.FRAME_WIDTH * 0.5 - 8
    control = tables.table(
        [heads("Document control", "")] + [[cell(k, "cell_bold"), cell(v)]
                                           for k, v in document_control(pack)],
        [left * 0.32, left * 0.68], ("SPAN", (0, 0), (-1, 0)), zebra=False)
    notes = [para("Handling instructions", "h3")]
    notes += [para(f"{n}. {text}", "small") for n, text in
              enumerate(handling_instructions(pack), 1)]
    frame = Table([[control, notes]], colWidths=[left + 16, styles.FRAME_WIDTH - left - 16],
                  hAlign="LEFT")
    frame.setStyle([styles.table_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (0, 0), 16)])
    return frame


def in_sentence(title: str) -> str:
    """A title as a sentence carries it: written as the board wrote it, but for a first
    word that is only capitalised to begin the title. A month's or a day's name keeps its
    capital ('December board'), as does an acronym ('LOCPB')."""
    first, space, rest = title.partition(" ")
    if first in dates.MONTHS or first in dates.DAYS or not first[1:].islower():
        return title
    return first[:1].lower() + first[1:] + space + rest


def handling_instructions(pack: Pack) -> list[str]:
    lines = [
        f"This document is marked {pack.marking}. Share it only with those who need to know, "
        "under the Government Security Classifications.",
        f"It is issued for the {in_sentence(pack.meeting_title)} of {styles.day(pack.as_at)} only. "
        "Do not copy, photograph, scan, forward or quote from it without the chair's "
        "agreement.",
        "Keep it secure: locked away when not in use, never left unattended, and not read "
        "where others can see it.",
        "Numbered copies are recorded in the distribution register. Return your copy to the "
        "chair at the end of the meeting, or destroy it by cross-cut shredding and tell the "
        "chair so that the register can be closed.",
        "Report a lost copy, or any suspicion that its contents have been seen by someone "
        "without a need to know, to the chair at once.",
    ]
    lines.append({
        "chair": "This is the chair's pack. It holds material that is not for dissemination: "
                 "do not pass it on. Partners receive the partner pack.",
        "partner": "This partner pack omits subjects and narratives not cleared for "
                   "dissemination. Do not add to it from other sources.",
        "agency": f"This pack holds only the tasks of {pack.agency}, with the context "
                  "cleared for dissemination. Do not add to it from other sources.",
    }[pack.variant])
    return lines


def _distribution(pack: Pack) -> list:
    """The register of copies; a partner's copy lists only its own line."""
    others = [para(f"{pack.other_copies} other numbered "
                   f"cop{'y' if pack.other_copies == 1 else 'ies'} of this pack issued; the "
                   "chair holds the register.", "small")] if pack.other_copies else []
    if not pack.distribution:
        return others or [para("No numbered copies of this pack have been issued yet.",
                               "small")]
    w = styles.widths(0.6, 0.8, 2.0, 2.2, 1.6, 1.1, 1.4)
    rows = [heads("Copy", "Version", "Name", "Agency", "Variant", "Issued", "Status")]
    rows += [[str(d.copy_number), "—" if d.version is None else str(d.version), cell(d.name),
              cell(d.agency), cell(f"agency: {d.for_agency}" if d.for_agency else d.variant),
              styles.day(d.issued_on), cell(d.state)] for d in pack.distribution]
    return [tables.table(rows, w), *others]
