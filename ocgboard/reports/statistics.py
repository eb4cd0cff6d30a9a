"""The statistics pages, shared by the meeting pack and the period report."""

from __future__ import annotations

from reportlab.platypus import KeepTogether, PageBreak, Table

from ocgboard.core import vocab
from ocgboard.reports import charts, styles, tables
from ocgboard.reports.figures import Figures
from ocgboard.reports.marks import Heading, Marks
from ocgboard.reports.styles import cell, heads, para

HALF = styles.FRAME_WIDTH / 2 - 8
LISTED = 15  # Pursue-only plans named by reference; beyond that, a count
HEADLINES = (
    ("threats_disrupted", "Threats disrupted"),
    ("threats_dismantled", "Threats dismantled"),
    ("threats_frustrated", "Threats frustrated"),
    ("disruptions", "Disruptions recorded"),
    ("actions_raised", "Actions raised"),
    ("actions_completed", "Actions completed"),
    ("actions_overdue", "Actions overdue now"),
    ("multi_agency_threats", "Multi-agency threats"),
)


def statistics(figures: Figures, marks: Marks, *, title: str = "Period statistics",
               key: str = "stats", level: int = 0) -> list:
    p = figures.period
    return [
        Heading(marks, title, key=key, level=level),
        para(f"From {styles.day(p.start)} to {styles.day(p.end)}. A threat counts as "
             "dismantled when it was closed as dismantled in the period; disrupted when it "
             "suffered a major or moderate disruption; frustrated when its only disruptions "
             "were minor. Action figures cover every live plan on the register.", "body"),
        headline_table(figures),
        *_disruption_charts(figures),
        PageBreak(),
        *_action_charts(figures),
        PageBreak(),
        *_coverage(figures),
        *_register(figures),
    ]


def headline_figures(figures: Figures) -> dict[str, int]:
    p = figures.period
    values = {key: getattr(p, key, 0) for key, _ in HEADLINES}
    values["disruptions"] = sum(p.disruptions_by_level.values())
    return values


def headline_table(figures: Figures) -> Table:
    values = headline_figures(figures)
    w = [styles.FRAME_WIDTH / len(HEADLINES)] * len(HEADLINES)
    rows = [[cell(str(values[k]), "title") for k, _ in HEADLINES],
            [cell(label, "cell_bold") for _, label in HEADLINES]]
    t = Table(rows, colWidths=w, hAlign="LEFT", spaceBefore=4, spaceAfter=10)
    t.setStyle([("BOX", (i, 0), (i, 1), 0.6, styles.RULE) for i in range(len(HEADLINES))]
               + [styles.table_font(), ("BACKGROUND", (0, 0), (-1, -1), styles.BAND_FILL),
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


def _disruption_charts(figures: Figures) -> list:
    p = figures.period
    levels = {lv: p.disruptions_by_level.get(lv, 0) for lv in vocab.values("disruption_levels")}
    strands = {s: p.disruptions_by_strand.get(s, 0) for s in vocab.values("strands")}
    return [_pair(
        _chart_or_none("Disruptions by level", levels, lambda c: charts.bars(
            c, HALF, 210, colours=charts.LEVEL_COLOURS)),
        _chart_or_none("Disruptions by strand", strands,
                       lambda c: charts.bars(c, HALF, 210)))]


def _action_charts(figures: Figures) -> list:
    p = figures.period
    statuses = vocab.values("action_statuses")
    stacked = charts.stacked_bars(figures.strand_status, vocab.values("strands"), statuses,
                                  HALF, 300) if figures.strand_status else \
        para("No actions on the register.", "small")
    return [_pair(
        [para("Actions by strand and status", "h3"), stacked,
         para(f"{p.actions_overdue} open actions are past their due date.", "small")],
        _chart_or_none("Disruptions by agency", p.disruptions_by_agency,
                       lambda c: charts.horizontal_bars(c, HALF)))]


def _coverage(figures: Figures) -> list:
    strands = vocab.values("strands")
    story = [para("Coverage: open actions by agency and strand", "h2"),
             para("Each agency's open actions under each of the 4Ps. An agency whose open work "
                  "is all Pursue is marked; the plans whose open work is all Pursue are listed "
                  "below the grid.", "small")]
    if figures.period.coverage:
        story.append(charts.coverage_grid(figures.period.coverage, strands, styles.FRAME_WIDTH))
    only, total = figures.pursue_only, figures.with_open_actions
    named = ", ".join(only[:LISTED]) + (f" and {len(only) - LISTED:,} more" if len(only) > LISTED
                                        else "")
    words = f"{len(only):,} of {total:,} plans with open actions are Pursue only" + \
        (f": {named}." if only else ".")
    story.append(para(words, "body"))
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
    return [KeepTogether([para("The register at a glance", "h2"), frame])]
