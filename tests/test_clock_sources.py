"""One clock (ocgboard/clock.py): nothing else asks the system for the date or time.

A call such as `dt.date.today()` in a service, a widget, a benchmark or a
test makes that code depend on the machine's calendar, which is how the suite
once failed on a new day. Durations (`time.perf_counter`, `time.monotonic`)
are not dates and stay allowed.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCANNED = ("ocgboard", "tests", "benchmarks", "tools")
THE_CLOCK = ROOT / "ocgboard" / "clock.py"

# Calls that read the system's date or time: class methods, however the class
# was reached (dt.date.today, datetime.datetime.now, QtCore.QDate.currentDate)...
CLASS_CALLS = (
    "date.today", "datetime.today", "datetime.now", "datetime.utcnow",
    "QDate.currentDate", "QTime.currentTime", "QDateTime.currentDateTime",
    "QDateTime.currentDateTimeUtc", "QDateTime.currentSecsSinceEpoch",
    "QDateTime.currentMSecsSinceEpoch",
)
# ...and the time module's functions, called on the module itself (a widget's
# `ui.time.time()` is the time typed into it).
MODULE_CALLS = ("time.time", "time.time_ns", "time.localtime", "time.gmtime", "time.ctime",
                "time.asctime", "time.strftime")
# SQL that asks the database engine for the time instead.
FORBIDDEN_SQL = ("datetime('now')", "date('now')", "current_timestamp", "current_date",
                 "julianday('now')", "strftime('%s','now')")


def dotted(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return f"{dotted(node.value)}.{node.attr}"
    if isinstance(node, ast.Name):
        return node.id
    return ""


def system_clock_reads(source: str) -> list[str]:
    """Every read of the system clock in `source`, as 'line: what'."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call):
            name = dotted(node.func)
            if name in MODULE_CALLS or any(name == bad or name.endswith("." + bad)
                                           for bad in CLASS_CALLS):
                found.append(f"{node.lineno}: {name}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            folded = "".join(node.value.lower().split())
            found.extend(f"{node.lineno}: SQL {bad}" for bad in FORBIDDEN_SQL
                         if bad.replace(" ", "") in folded)
    return found


def python_files():
    for folder in SCANNED:
        yield from (p for p in (ROOT / folder).rglob("*.py") if "/forms/" not in p.as_posix())


def test_only_the_clock_module_reads_the_system_clock():
    offenders = [f"{path.relative_to(ROOT)}:{hit}"
                 for path in python_files() if path != THE_CLOCK and path != Path(__file__)
                 for hit in system_clock_reads(path.read_text(encoding="utf-8"))]
    assert offenders == []


@pytest.mark.parametrize("line", [
    "import datetime as dt\nx = dt.date.today()",
    "from datetime import date\nx = date.today()",
    "import datetime\nx = datetime.datetime.now(datetime.UTC)",
    "from datetime import datetime\nx = datetime.utcnow()",
    "import time\nx = time.time()",
    "from PySide6.QtCore import QDate\nx = QDate.currentDate().addMonths(6)",
    "conn.execute(\"INSERT INTO t VALUES (datetime('now'))\")",
    "q = 'SELECT * FROM t WHERE at < CURRENT_TIMESTAMP'",
])
def test_the_scan_finds_each_way_of_asking(line):
    assert system_clock_reads(line)


@pytest.mark.parametrize("line", [
    "x = clock.of(session).today()",
    "x = self.context.backend.today()",
    "import time\nstarted = time.perf_counter()",
    "import time\nend = time.monotonic() + 5",
    "x = dt.date.fromisoformat('2026-11-23')",
    "at = ui.time.time().toString('HH:mm')",
])
def test_the_clock_and_durations_are_allowed(line):
    assert system_clock_reads(line) == []
