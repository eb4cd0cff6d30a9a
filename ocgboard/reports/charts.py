"""Charts drawn with reportlab graphics: bars with their figures printed on them.

Each chart carries its numbers as labels, so it reads in black and white and
needs no legend lookup for a single series.
"""

from __future__ import annotations

import math

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from ocgboard.reports import fonts, styles

LEVEL_COLOURS = {"major": "#7f1d1d", "moderate": "#c2410c", "minor": "#eab308",
                 "none": "#9ca3af", "negative": "#6d28d9"}
# Five statuses a step of lightness apart (about 236, 177, 138, 79 and 43 of 255 as
# grey), so that a greyscale copy still tells them apart; each segment also carries
# its count.
STATUS_COLOURS = {"proposed": "#eceff3", "agreed": "#8fb8e8", "in progress": "#1d4ed8",
                  "completed": "#0b3d1f", "not pursued": "#8a8a8a"}
STRAND_COLOUR = "#1f3a5f"
LABEL_SIZE = styles.SMALLEST


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose starting font is the house font (reportlab's would be Helvetica)."""
    drawing = Drawing(width, height)
    drawing.initialFontName = fonts.register()
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _step(top: int) -> int:
    """A round tick step (1, 2, 5, 10, 20, 25, 50 ...) giving at most six ticks."""
    scale = 1
    while True:
        for step in (1, 2, 5, 10, 25, 50):
            if top <= 6 * step * scale:
                return step * scale
        scale *= 100


def _value_axis(axis, top: int) -> None:
    step = _step(top)
    axis.valueMin, axis.valueStep = 0, step
    axis.valueMax = step * max(1, math.ceil(top / step) + (1 if top % step == 0 else 0))
    axis.labels.fontName, axis.labels.fontSize = fonts.REGULAR, LABEL_SIZE
    axis.labelTextFormat = "%d"
    axis.visibleGrid, axis.gridStrokeColor, axis.gridStrokeWidth = 1, styles.RULE, 0.25


def _bar_labels(chart) -> None:
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName, chart.barLabels.fontSize = fonts.BOLD, LABEL_SIZE


def bars(counts: dict[str, int], width: float, height: float, *,
         colours: dict[str, str] | None = None) -> Drawing:
    """A vertical bar per category, in the order given, each labelled with its figure."""
    fonts.register()
    names = list(counts)
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 46, height - 42
    chart.data = [[counts[n] for n in names]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.dy = -4
    _value_axis(chart.valueAxis, max(chart.data[0], default=0))
    _bar_labels(chart)
    chart.barLabels.nudge = 7
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor(STRAND_COLOUR)
    for i, name in enumerate(names):
        if colours and name in colours:
            chart.bars[(0, i)].fillColor = colors.HexColor(colours[name])
    drawing.add(chart)
    return drawing


def horizontal_bars(counts: dict[str, int], width: float, *, row: float = 15) -> Drawing:
    """A horizontal bar per category: long lists (agencies) read down the page."""
    fonts.register()
    names = list(counts)[::-1]
    height = row * max(len(names), 1) + 34
    drawing = _drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 150, 22, width - 180, height - 30
    chart.data = [[counts[n] for n in names]]
    chart.categoryAxis.categoryNames = names
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    _value_axis(chart.valueAxis, max(chart.data[0], default=0))
    _bar_labels(chart)
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    chart.bars.strokeColor = None
    chart.bars[0].fillColor = colors.HexColor(STRAND_COLOUR)
    drawing.add(chart)
    return drawing


def stacked_bars(table: dict[str, dict[str, int]], categories: list[str], series: list[str],
                 width: float, height: float) -> Drawing:
    """Categories (strands) with a stacked segment per series (status), and a legend."""
    fonts.register()
    drawing = _drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 34, 30, width - 170, height - 42
    chart.categoryAxis.style = "stacked"
    chart.data = [[table.get(c, {}).get(s, 0) for c in categories] for s in series]
    chart.categoryAxis.categoryNames = categories
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = LABEL_SIZE
    chart.categoryAxis.labels.dy = -4
    totals = [sum(table.get(c, {}).values()) for c in categories]
    _value_axis(chart.valueAxis, max(totals, default=0))
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.5
    for i, name in enumerate(series):
        chart.bars[i].fillColor = colors.HexColor(STATUS_COLOURS.get(name, STRAND_COLOUR))
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 125, height - 20
    legend.fontName, legend.fontSize = fonts.REGULAR, LABEL_SIZE
    legend.alignment, legend.deltay = "right", 12
    legend.colorNamePairs = [
        (colors.HexColor(STATUS_COLOURS.get(s, STRAND_COLOUR)),
         f"{s} ({sum(table.get(c, {}).get(s, 0) for c in categories)})") for s in series]
    drawing.add(legend)
    for i, total in enumerate(totals):
        x = chart.x + chart.width * (i + 0.5) / max(len(categories), 1)
        y = chart.y + chart.height * total / chart.valueAxis.valueMax + 3
        drawing.add(String(x, y, str(total), fontName=fonts.BOLD, fontSize=LABEL_SIZE,
                           textAnchor="middle"))
        _segment_labels(drawing, chart, x, [row[i] for row in chart.data], series)
    return drawing


def _segment_labels(drawing: Drawing, chart, x: float, counts: list[int],
                    series: list[str]) -> None:
    """Each segment's count inside it, where it is tall enough to hold it: the figure
    does not depend on telling one shade from another."""
    scale = chart.height / chart.valueAxis.valueMax
    bottom = chart.y
    for count, name in zip(counts, series, strict=True):
        if count and count * scale >= LABEL_SIZE + 2:
            dark = _lightness(STATUS_COLOURS.get(name, STRAND_COLOUR)) < 0.55
            drawing.add(String(x, bottom + count * scale / 2 - LABEL_SIZE / 3, str(count),
                               fontName=fonts.REGULAR, fontSize=LABEL_SIZE,
                               fillColor=colors.white if dark else styles.INK,
                               textAnchor="middle"))
        bottom += count * scale


def _lightness(hex_colour: str) -> float:
    """How light a colour prints in greyscale (0 black, 1 white)."""
    c = colors.HexColor(hex_colour)
    return 0.299 * c.red + 0.587 * c.green + 0.114 * c.blue


def coverage_grid(grid: dict[str, dict[str, int]], strands: list[str], width: float,
                  flags: dict[str, str] | None = None) -> Drawing:
    """Agency × strand, open actions shaded by number; `flags` gives the words printed
    beside an agency's row (what its open work lacks)."""
    fonts.register()
    flags = flags or {}
    row, label, col = 15.0, 190.0, min(72.0, (width - 190 - 110) / max(len(strands), 1))
    agencies = sorted(grid)
    height = row * (len(agencies) + 1) + 4
    drawing = _drawing(width, height)
    top = max((n for counts in grid.values() for n in counts.values()), default=1) or 1
    for j, strand in enumerate(strands):
        drawing.add(String(label + col * (j + 0.5), height - row + 4, strand,
                           fontName=fonts.BOLD, fontSize=LABEL_SIZE, textAnchor="middle"))
    for i, agency in enumerate(agencies):
        y = height - row * (i + 2)
        drawing.add(String(label - 6, y + 4, agency, fontName=fonts.REGULAR,
                           fontSize=LABEL_SIZE, textAnchor="end"))
        for j, strand in enumerate(strands):
            count = grid[agency].get(strand, 0)
            shade = colors.linearlyInterpolatedColor(
                colors.HexColor("#eef2f7"), colors.HexColor(STRAND_COLOUR), 0, 1,
                count / top) if count else colors.white
            drawing.add(Rect(label + col * j, y, col, row, fillColor=shade,
                             strokeColor=styles.RULE, strokeWidth=0.4))
            ink = colors.white if count > top * 0.55 else styles.INK
            drawing.add(String(label + col * (j + 0.5), y + 4, str(count) if count else "–",
                               fontName=fonts.REGULAR, fontSize=LABEL_SIZE, fillColor=ink,
                               textAnchor="middle"))
        if agency in flags:
            drawing.add(String(label + col * len(strands) + 8, y + 4, flags[agency],
                               fontName=fonts.BOLD, fontSize=LABEL_SIZE,
                               fillColor=styles.MARKING_RED))
    return drawing
