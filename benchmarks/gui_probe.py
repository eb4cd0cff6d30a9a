"""Run by bench_gui.py in a fresh process: start the app, measure, print JSON."""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402

from PySide6.QtWidgets import QApplication  # noqa: E402

from ocgboard.core import setup  # noqa: E402
from ocgboard.gui.app import make_context  # noqa: E402
from ocgboard.gui.main_window import MainWindow  # noqa: E402


def settle(app, until=None, limit: float = 30.0) -> None:
    end = time.perf_counter() + limit
    while time.perf_counter() < end:
        app.processEvents()
        if until is None or until():
            return


def main() -> None:
    app = QApplication(sys.argv[:1])
    store = setup.open_board()
    context = make_context(store)
    window = MainWindow(context)
    window.show()
    settle(app)
    figures = {"startup_ms": (time.perf_counter() - STARTED) * 1000}
    try:
        import probe_pages  # noqa: E402  (the page-specific measurements)

        figures.update(probe_pages.measure(app, window, settle))
    except ImportError:
        pass
    context.runner.wait(120_000)
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps(figures))
    store.close()


if __name__ == "__main__":
    sys.path.insert(0, __file__.rsplit("/", 1)[0])
    main()
