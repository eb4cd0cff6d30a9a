"""The control strategy's coverage on the statistics pages (pack and period report).

Counts only: no threat is named. A battle nothing serves says so in words
and in bold, since the pack is printed in grey and colour alone would be lost.
"""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Spacer

from ocgboard.core import plural
from ocgboard.reports import styles, tables
from ocgboard.reports.control_data import ControlCoverage, Span
from ocgboard.reports.styles import cell, heads, para

AREA_WIDTHS = styles.widths(0.35, 2.6, 2.2, 0.75, 0.75, 0.75, 0.95, 0.75, 2.4)
BATTLE_WIDTHS = styles.widths(0.45, 1.9, 5.2, 0.9, 1.0, 1.3)
NO_LIVE_ACTION = "No live action"
RIGHT = ("ALIGN", (3, 1), (-2, -1), "RIGHT")


def coverage(found: ControlCoverage | None) -> list:
    if found is None:
        return []
    # A board's areas are a dozen or so: the heading, the strategy in force and the area
    # table read best on one page together.
    head = [para("Control strategy coverage", "h2"), para(in_force(found), "body")]
    return [KeepTogether(head + _areas(found)), *_battles(found), styles.section_end()]


def in_force(found: ControlCoverage) -> str:
    """Which strategy was in force: '<old> until <day>; <new> from <day>' when the
    board adopted one within the period."""
    if not found.spans:
        return (f"No control strategy was in force between {styles.day(found.start)} and "
                f"{styles.day(found.end)}.")
    said = []
    for span in found.spans:
        words = _named(span)
        if span.starts > found.start:
            words += f" from {styles.day(span.starts)}"
        if span.ends < found.end:
            words += f" until {styles.day(span.ends)}"
        said.append(words)
    many = "strategies" if len(said) > 1 else "strategy"
    return f"Control {many} in force over the period: " + "; ".join(said) + "."


def _named(span: Span) -> str:
    return f"{span.title} (adopted {styles.day(span.adopted_on)})"


def _areas(found: ControlCoverage) -> list:
    end = found.at_end
    if end is None or not found.areas:
        return [para(f"No control strategy was in force on {styles.day(found.end)}, so there "
                     "is no coverage by threat area.", "small")]
    rows = [heads("No.", "Threat area", "Management model", "Threats", "Open actions",
                  "Overdue", "Disruptions", "No effect", "Strands of the open actions")]
    rows += [[str(a.number), cell(a.name), cell(a.management_model), f"{a.threats:,}",
              f"{a.open_actions:,}", f"{a.overdue:,}", f"{a.disruptions:,}",
              f"{a.no_effect:,}", cell(", ".join(a.strands) or "None")]
             for a in found.areas]
    return [
        para("By threat area", "h3"),
        para(f"Counted against {end.title}, the strategy in force on {styles.day(found.end)}, "
             "the period's last day. Threats: those live that day whose threat areas name "
             "the area. Open and overdue: their open actions that day, each as its dated trail "
             "stood (overdue: due before it). Disruptions: of those threats, dated in the "
             f"period ({styles.day(found.start)} to {styles.day(found.end)}), of level major, "
             "moderate or minor; records of level none or negative are counted apart as no "
             "effect. A threat naming two areas counts in each.", "small"),
        tables.table(rows, AREA_WIDTHS, RIGHT),
        *([Spacer(1, 4), para(_unmapped(found.unmapped), "small")] if found.unmapped else []),
    ]


def _unmapped(n: int) -> str:
    names, are = ("names", "is") if n == 1 else ("name", "are")
    return (f"{plural.count(n, 'live threat')} {names} no threat area of this strategy, so "
            f"{are} counted in no row (the register's table below gives every area named).")


def _battles(found: ControlCoverage) -> list:
    if not found.battles:
        return []
    rows = [heads("No.", "Threat area", "Must-win battle", "Live actions", "Strategic actions",
                  "Served")]
    rows += [[b.number, cell(b.area), cell(b.text), f"{b.actions:,}", f"{b.items:,}",
              cell(NO_LIVE_ACTION, "cell_bold") if b.no_live_action else cell("Served")]
             for b in found.battles]
    unserved = sum(1 for b in found.battles if b.no_live_action)
    newest = f"{found.battles_of} (adopted {styles.day(found.battles_adopted_on)})"
    later = found.battles_adopted_on is not None and found.battles_adopted_on > found.end
    story = [
        para("Must-win battles and the live work serving them", "h3"),
        para(f"The must-win battles of {newest}"
             + (", adopted after the period's last day: the strategy the board's tasking "
                "now serves" if later else "")
             + f", with the live work serving each as it stood on "
             f"{styles.day(found.tasking_on)}: actions open on live plans, and strategic plan "
             f"actions not complete. {unserved:,} of {len(found.battles):,} battles had no "
             f"live action or strategic action serving them ('{NO_LIVE_ACTION}').", "small"),
        tables.table(rows, BATTLE_WIDTHS, ("ALIGN", (3, 1), (4, -1), "RIGHT")),
    ]
    if found.adrift:
        story.append(para(f"{found.adrift:,} live actions or strategic actions serve a battle "
                          "no longer in the strategy (withdrawn, or of a superseded one): the "
                          "board should task them again.", "body"))
    return story
