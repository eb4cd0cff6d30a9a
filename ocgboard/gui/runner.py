"""One background runner for long work: packs, exports, imports, demo boards.

A single worker thread means one writer at a time. A task is a plain
function given a Progress; it reports how far it has got and checks for
cancellation, and it returns plain data (never an ORM object) to the GUI
thread through a signal.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from ocgboard.errors import BoardError


class Cancelled(Exception):
    """Raised inside a task when the user pressed Cancel."""


class Progress:
    def __init__(self, signals: TaskSignals):
        self._signals = signals
        self._cancel = threading.Event()

    def report(self, percent: int, text: str = "") -> None:
        self.check()
        self._signals.progress.emit(max(0, min(100, int(percent))), text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class TaskSignals(QObject):
    progress = Signal(int, str)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class Task(QRunnable):
    def __init__(self, title: str, fn: Callable, *args, quiet: bool = False, **kwargs):
        super().__init__()
        self.title = title
        self.quiet = quiet  # a background read: nothing is lost if the app quits
        self.signals = TaskSignals()
        self.progress = Progress(self.signals)
        self._call = lambda: fn(self.progress, *args, **kwargs)
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self._call()
        except Cancelled:
            self.signals.cancelled.emit()
        except BoardError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # a bug: say so in one line; details go to stderr only
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
                                     if str(exc) else type(exc).__name__)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    def __init__(self):
        super().__init__()
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)
        self.tasks: list[Task] = []

    def start(self, title: str, fn: Callable, *args, on_done=None, on_failed=None,
              on_cancelled=None, quiet: bool = False, **kwargs) -> Task:
        """Run fn(progress, *args) on the worker. A quiet task only reads: quitting
        while it runs loses nothing, so nobody is asked about it."""
        task = Task(title, fn, *args, quiet=quiet, **kwargs)
        for signal, slot in ((task.signals.done, on_done), (task.signals.failed, on_failed),
                             (task.signals.cancelled, on_cancelled)):
            # The task leaves the list first: what its slot shows (a summary, a page
            # done) must find the runner no longer working on it.
            signal.connect(lambda *_a, t=task: self._finished(t))
            if slot is not None:
                signal.connect(slot)
        self.tasks.append(task)
        self.pool.start(task)
        return task

    def _finished(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)

    @property
    def working(self) -> list[Task]:
        """Tasks whose work would be lost by quitting now: packs, exports, imports."""
        return [t for t in self.tasks if not t.quiet]

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)
