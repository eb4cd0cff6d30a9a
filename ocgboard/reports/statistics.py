"""The statistics pages, shared by the meeting pack and the period report."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, Table

from ocgboard.core import plans, vocab
from ocgboard.reports import charts, control_pages, styles, tables
from ocgboard.reports.figures import Figures
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.styles import cell, heads, para

HALF = styles.FRAME_WIDTH / 2 - 8
LISTED = 15  # Pursue-only plans named by reference; beyond that, a count
CHART_HEIGHT = 160  # the disruption charts share the first page with both headline rows
# Figures of what is dated in the period, and figures of the open work at its end.
PERIOD_HEADLINES = (
    ("threats_disrupted", "Threats disrupted"),
    ("threats_dismantled", "Threats dismantled"),
    ("threats_frustrated", "Threats frustrated"),
    ("disruptions", "Disruptions (major, moderate or minor)"),
    ("disruptions_none", "Recorded as no disruption"),
    ("disruptions_negative", "Recorded as negative"),
    ("actions_raised", "Actions raised"),
    ("actions_completed", "Actions completed"),
)
AS_AT_HEADLINES = (
    ("open_actions", "Open actions"),
    ("actions_overdue", "Overdue actions"),
    ("multi_agency_threats", "Multi-agency threats"),
    ("reviews_overdue", "Reviews overdue"),
)
HEADLINES = PERIOD_HEADLINES + AS_AT_HEADLINES


def statistics(figures: Figures, marks: Marks, *, title: str = "Period statistics",
               key: str = "stats", level: int = 0) -> list:
    p, values = figures.period, headline_figures(figures)
    return [
        Heading(marks, title, key=key, level=level),
        para(f"From {styles.day(p.start)} to {styles.day(p.end)}", "h3"),
        para(PERIOD_WORDS, "small"),
        headline_table(values, PERIOD_HEADLINES),
        para(f"As at {styles.day(p.end)}", "h3"),
        para(AS_AT_WORDS, "small"),
        headline_table(values, AS_AT_HEADLINES),
        *_disruption_charts(figures),
        styles.section_end(),
        *_action_charts(figures),
        styles.section_end(),
        *_coverage(figures),
        styles.section_end(),
        *control_pages.coverage(figures.control),
        *_register(figures),
    ]


PERIOD_WORDS = (
    "In the period: what is dated in it, on every plan, closed ones included. Threats "
    "dismantled: closed as dismantled in the period; disrupted: with a major or moderate "
    "disruption; frustrated: with minor ones only. Records of level none (no effect) and "
    "negative (the group made more capable) are not disruptions: they are counted apart.")
AS_AT_WORDS = (
    "As at the period's last day: the open work on live plans (threats not dismantled or "
    "archived by then), each action as its dated status trail stood that day. Overdue: open "
    "and due before that day. Multi-agency: open actions owned by two agencies or more. "
    "Reviews overdue: live threats whose next review date had passed.")


def headline_figures(figures: Figures) -> dict[str, int]:
    p = figures.period
    return {key: getattr(p, key) for key, _ in HEADLINES}


def headline_table(values: dict[str, int], headlines: tuple) -> Table:
    w = [styles.FRAME_WIDTH / len(PERIOD_HEADLINES)] * len(headlines)
    rows = [[cell(f"{values[k]:,}", "title") for k, _ in headlines],
            [cell(label, "cell_bold") for _, label in headlines]]
    t = Table(rows, colWidths=w, hAlign="LEFT", spaceBefore=4, spaceAfter=10)
    t.setStyle([("BOX", (i, 0), (i, 1), 0.6, styles.RULE) for i in range(len(headlines))]
               + [styles.table_font(), ("BACKGROUND", (0, 0), (-1, -1), styles.BAND_FILL),
                  ("VALIGN", (0, 0), (-1, -1), "TOP"),
                  ("TOPPADDING", (0, 0), (-1, 0), 8), ("LEFTPADDING", (0, 0), (-1, -1), 8)])
    return t


def _pair(left: list, right: list) -> Table:
    t = Table([[left, right]], colWidths=[HALF + 16, HALF], hAlign="LEFT")
    t.setStyle([styles.table_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return t


def _chart_or_none(title: str, counts: dict, drawing_maker) -> list:
    if not sum(counts.values()):
        return [para(title, "h3"), para("None in the period.", "small")]
    return [para(title, "h3"), drawing_maker(counts)]


REAL = "major, moderate or minor"


def _disruption_charts(figures: Figures) -> list:
    p = figures.period
    levels = {lv: p.disruptions_by_level.get(lv, 0) for lv in vocab.values("disruption_levels")}
    strands = {s: p.disruptions_by_strand.get(s, 0) for s in vocab.values("strands")}
    by_level = _chart_or_none("Disruptions by level", levels, lambda c: charts.bars(
        c, HALF, CHART_HEIGHT, colours=charts.LEVEL_COLOURS))
    if sum(levels.values()):
        by_level.append(para("Every record of the period: none and negative are not "
                             "counted as disruptions.", "small"))
    return [_pair(by_level, _chart_or_none(f"Disruptions by strand ({REAL})", strands,
                                           lambda c: charts.bars(c, HALF, CHART_HEIGHT)))]


def _action_charts(figures: Figures) -> list:
    p = figures.period
    on = styles.day(p.end)
    # A withdrawn action was struck off, not worked: the figures never count one.
    statuses = [s for s in vocab.values("action_statuses") if s != plans.WITHDRAWN]
    stacked = charts.stacked_bars(figures.strand_status, vocab.values("strands"), statuses,
                                  HALF, 300) if figures.strand_status else \
        para("No actions on live plans.", "small")
    return [_pair(
        [para(f"Actions by strand and status, as at {on}", "h3"), stacked,
         para(f"Every action on the plans live on {on}, with its status that day. "
              f"{p.actions_overdue:,} open actions on live plans were past their due date on "
              f"{on}.", "small")],
        _chart_or_none(f"Disruptions by agency ({REAL})", p.disruptions_by_agency,
                       lambda c: charts.horizontal_bars(c, HALF)))]


def _coverage(figures: Figures) -> list:
    strands = vocab.values("strands")
    p = figures.period
    story = [para(f"Coverage: open actions by agency and strand, as at {styles.day(p.end)}",
                  "h2"),
             para("Each agency's open actions on live plans under each of the 4Ps. An agency "
                  "is flagged when all its open work is Pursue although the tactic library "
                  "offers it tactics under other strands; one the library gives Pursue "
                  "tactics alone, or none, is not. The plans whose open work is all Pursue "
                  "are listed below the grid.", "small")]
    if p.coverage:
        story.append(charts.coverage_grid(p.coverage, strands, styles.FRAME_WIDTH,
                                          flags=p.coverage_flags))
    only, total = figures.pursue_only, figures.with_open_actions
    named = ", ".join(only[:LISTED]) + (f" and {len(only) - LISTED:,} more" if len(only) > LISTED
                                        else "")
    words = f"{len(only):,} of {total:,} plans with open actions are Pursue only" + \
        (f": {named}." if only else ".")
    flagged = ", ".join(sorted(p.coverage_flags)) or "none"
    story.append(para(f"Agencies flagged: {flagged}. {words}", "body"))
    story.append(_abbreviations(figures))
    return [KeepTogether(story[:3]), *story[3:]]


def _abbreviations(figures: Figures):
    p = figures.period
    shown = {*p.coverage, *p.disruptions_by_agency, *p.actions_by_agency}
    used = [f"{short}: {name}" for short, name in figures.abbreviations.items() if short in shown]
    return para("Agencies are shown by their short names. " + "; ".join(used) + "."
                if used else "", "small")


def _register(figures: Figures) -> list:
    p = figures.period
    columns = (("Threats by status", p.threats_by_status), ("Threats by band", p.threats_by_band),
               ("Threats by threat area", p.threats_by_threat_area),
               ("Actions by agency", p.actions_by_agency))
    w = styles.FRAME_WIDTH / len(columns) - 6
    blocks = []
    for title, counts in columns:
        rows = [heads(title, "Number")] + [[tables.fitted(str(k), w * 0.75), str(v)]
                                           for k, v in counts.items()]
        blocks.append(tables.table(rows, [w * 0.75, w * 0.25], ("ALIGN", (1, 1), (1, -1),
                                                                "RIGHT")))
    frame = Table([blocks], colWidths=[w + 6] * len(columns), hAlign="LEFT")
    frame.setStyle([styles.table_font(), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [KeepTogether([
        para("The register at a glance", "h2"),
        para("Every threat and action on the register as it stands, whatever its status: "
             "dismantled and archived threats and their plans included.", "small"), frame])]
