"""The dashboard: what needs the chair's attention, as figures and charts.

Each figure and each bar opens the matching filtered list. The figures are
read on the background runner, so the window never waits for a national
board's statistics. Below them, the control strategy's coverage (coverage.py),
read in the same run for the same period.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QCommandLinkButton

from ocgboard.core import control_lists, dashboard, dates, stats
from ocgboard.gui.dashboard.charts import BarChart
from ocgboard.gui.dashboard.coverage import CoveragePanel
from ocgboard.gui.forms.ui_dashboard_page import Ui_DashboardPage
from ocgboard.gui.page import Page

# (attribute of the figures, caption for one, caption for more, page, filters)
FIGURES = (
    ("live_threats", "live threat on the register", "live threats on the register",
     "threats", {}),
    ("reviews_due", f"review due within {dashboard.REVIEW_WINDOW_DAYS} days, overdue included",
     f"reviews due within {dashboard.REVIEW_WINDOW_DAYS} days, overdue included", "threats",
     {"review_due": dashboard.REVIEW_WINDOW_DAYS}),
    ("reviews_overdue", "review overdue", "reviews overdue", "threats",
     {"overdue_review": True}),
    ("open_actions", "open action", "open actions", "actions", {"open_only": True}),
    ("overdue_actions", "overdue action: the chase list", "overdue actions: the chase list",
     "actions", {"overdue": True}),
    ("disruptions", "disruption in the last six months", "disruptions in the last six months",
     "disruptions", {}),
)
ARROW = "→"  # after the figure, as a link reads: a triangle before it looked like a tree's
# (attribute, title, page, filter that the bar's label fills)
CHARTS = (
    ("threats_by_band", "Threats by OCGM band", "threats", "band"),
    ("threats_by_status", "Threats by status", "threats", "status"),
    ("actions_by_status", "Actions by status", "actions", "status"),
    ("actions_by_strand", "Actions by strand", "actions", "strand"),
    ("disruptions_by_level", "Disruptions by level (six months)", "disruptions", "level"),
)


class DashboardPage(Page):
    title = "Dashboard"
    name = "dashboard"
    watches = ("threat", "action", "action_update", "disruption", "control_strategy",
               "control_area", "control_battle", "strategy_item")

    def __init__(self, context, parent=None):
        super().__init__(context, parent)
        self.ui = Ui_DashboardPage()
        self.ui.setupUi(self)
        self.ui.heading.setText("<h2>Dashboard</h2>")
        self.loading = self.again = False
        self.shown_on = None  # the day the figures are as at
        self.tiles = self._make_tiles()
        self.charts = self._make_charts()
        self.coverage = CoveragePanel(self.ui, self._open, self)

    def _make_tiles(self) -> dict[str, QCommandLinkButton]:
        tiles = {}
        for number, (name, _one, more, page, filters) in enumerate(FIGURES):
            tile = QCommandLinkButton(f"… {ARROW}", more, self.ui.figures)
            tile.setIcon(QIcon())
            tile.setIconSize(QSize(0, 0))
            tile.setAccessibleName(more)
            tile.clicked.connect(lambda _=False, p=page, f=filters: self._open(p, f))
            self.ui.figuresLayout.addWidget(tile, number // 3, number % 3)
            tiles[name] = tile
        return tiles

    def _make_charts(self) -> dict[str, BarChart]:
        charts = {}
        for number, (name, title, page, key) in enumerate(CHARTS):
            chart = BarChart(title, self.ui.charts)
            chart.chosen.connect(lambda label, p=page, k=key: self._open(p, {k: label}))
            self.ui.chartsLayout.addWidget(chart, number // 2, number % 2,
                                           Qt.AlignmentFlag.AlignTop)
            charts[name] = chart
        return charts

    def refresh(self) -> None:
        if self.shown_on != self.context.backend.today():  # the figures move on at midnight
            self.watch.invalidate()
        super().refresh()

    def reload(self, _changes) -> None:
        """Read the figures on the runner; a change meanwhile reads them again after."""
        if self.loading:
            self.again = True
            return
        self.loading, self.shown_on = True, self.context.backend.today()
        backend = self.context.backend

        def read(_progress):
            figures = backend.read(dashboard.collect)
            start = figures.period_start or stats.six_months_to(figures.as_at)
            return figures, backend.read(control_lists.glance, start, figures.as_at)

        self.context.runner.start("Dashboard figures", read, on_done=self._read,
                                  on_failed=self._failed, quiet=True)

    def _read(self, read: tuple[dashboard.Dashboard, control_lists.Glance]) -> None:
        figures, glance = read
        self.coverage.show(glance)
        self.show_figures(figures)

    def show_figures(self, figures: dashboard.Dashboard) -> None:
        self.loading = False
        self.ui.period.setText(
            f"As at {dates.day(figures.as_at)}; disruptions since "
            f"{dates.day(figures.period_start)}. Choose a figure or a bar to see the list.")
        for name, one, more, _page, _filters in FIGURES:
            figure, tile = getattr(figures, name), self.tiles[name]
            tile.setText(f"{figure:,} {ARROW}")
            tile.setDescription(one if figure == 1 else more)
            tile.setAccessibleName(f"{figure:,} {one if figure == 1 else more}")
        for name, chart in self.charts.items():
            chart.set_data(getattr(figures, name))
        if self.again:
            self.again = False
            self.reload(None)

    def _failed(self, message: str) -> None:
        self.loading = False
        self.ui.period.setText(f"The figures could not be read: {message}")
        self.ui.coverageNote.setText("The control strategy's coverage could not be read.")

    def _open(self, page: str, filters: dict | None = None, **more) -> None:
        filters = {**(filters or {}), **more}
        if page == "disruptions":
            from ocgboard.gui.threats.disruption_log import DisruptionLogDialog

            DisruptionLogDialog(self.context, self, **filters).open()
            return
        self.context.show_filtered(page, **filters)
