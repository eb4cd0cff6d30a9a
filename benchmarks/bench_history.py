"""The board's history on the national demo board.

Lists its newest 500 lines (core/history_lines.page, as `ocgboard history` and the
History page read it), the next 500 from the first page's cursor, one threat's
history and one author's, a words filter that finds nothing, then fills the
History page itself with its first page, painting included. Bar: the newest 500
lines in under half a second.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_actions_page import copy_board  # noqa: E402
from benchmarks.common import (  # noqa: E402
    cached_national_board,
    national_keys,
    private_home,
    timed,
)

BAR = 0.5


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = private_home("history")
    board = home / "board.sqlite"
    cache = cached_national_board()
    copy_board(cache, board)

    from ocgboard.core import history_lines, lookup, setup
    from ocgboard.core.history_lines import Query
    from ocgboard.core.rows import history as history_rows

    store = setup.open_board(str(board), keys_folder=national_keys(cache))
    with store.reader() as s:
        for attempt in ("first", "again"):
            with timed(f"newest 500 lines ({attempt})", BAR):
                first = history_lines.page(s, limit=500)
        records = sum(len(line.records) for line in first.lines)
        print(f"  {len(first.lines)} lines from {records:,} records; the oldest shown: "
              f"{first.lines[-1].sentence[:90]}")
        with timed("the next 500 lines", BAR):
            history_lines.page(s, after=first.cursor, limit=500)
        threat = lookup.threat(s, "OCG 05/02483").id.hex
        with timed("one threat's history (all of it)", BAR):
            told = history_lines.page(s, Query(threat=threat), limit=10_000)
        print(f"  {len(told.lines)} lines")
        with timed("500 lines by one author", BAR):
            history_lines.page(s, Query(author="Benchmark"), limit=500)
        with timed("a line's field records"):
            history_lines.field_records(s, first.lines[0])
        with timed("the History page's words filter, found in none (it looks so far)", BAR):
            history_rows.lines(s, history_rows.Filters(text="no such words"))
    fill_the_page(store)
    store.close()
    return 0


def fill_the_page(store) -> None:
    from PySide6.QtWidgets import QApplication

    from ocgboard.gui.app import make_context
    from ocgboard.gui.history.page import HistoryPage

    app = QApplication.instance() or QApplication([])
    context = make_context(store)
    page = HistoryPage(context)
    page.resize(1400, 850)
    page.show()
    app.processEvents()
    with timed("History page: choices and its first page, painted", 1.0):
        page.reload(None)
        app.processEvents()
        page.repaint()
    print(f"  {page.view.model.count} lines shown")
    page.hide()


if __name__ == "__main__":
    sys.exit(main())
