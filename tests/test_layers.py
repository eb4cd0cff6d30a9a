"""The layer rule: imports point down, only gui/ imports Qt, and no import cycles.

Every top-level part of the package must be listed here, as a layer or as a
base module every layer may use, so that a new package cannot escape the rule.
"""

import ast
import sys
from pathlib import Path

import grimp
from importlinter.cli import lint_imports

PACKAGE = Path(__file__).resolve().parent.parent / "ocgboard"
BELOW_GUI = ("core", "reports", "sync", "office", "store")
ORDER = {"store": 0, "core": 1, "reports": 2, "sync": 2, "office": 3, "hub": 3, "cli": 4, "gui": 4}
BASE = {"__init__", "__main__", "clock", "paths", "files", "errors", "printable", "child"}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return found


def test_import_linter_contracts_hold():
    assert lint_imports(no_logo=True, no_cache=True) == 0


def test_nothing_below_gui_imports_qt():
    offenders = [
        str(path.relative_to(PACKAGE))
        for layer in (*BELOW_GUI, "cli")
        for path in (PACKAGE / layer).rglob("*.py")
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imports_of(path))
    ]
    assert offenders == []


def test_each_layer_imports_only_layers_below_it():
    offenders = []
    for layer, rank in ORDER.items():
        for path in (PACKAGE / layer).rglob("*.py"):
            for name in imports_of(path):
                parts = name.split(".")
                if parts[0] != "ocgboard" or len(parts) < 2 or parts[1] not in ORDER:
                    continue
                if parts[1] != layer and ORDER[parts[1]] >= rank:
                    offenders.append(f"{path.relative_to(PACKAGE)} imports {name}")
    assert offenders == []


def test_every_top_level_part_is_a_known_layer_or_base_module():
    parts = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir()
             if (p.suffix == ".py") or (p.is_dir() and (p / "__init__.py").exists())}
    assert parts - BASE - set(ORDER) == set(), "add it to ORDER or BASE, with its rank"


def test_base_modules_import_no_layer():
    offenders = [f"{name}.py imports {imported}" for name in BASE - {"__main__"}  # the CLI's door
                 for imported in imports_of(PACKAGE / f"{name}.py")
                 if imported.split(".")[:2][-1] in ORDER and imported.startswith("ocgboard.")]
    assert offenders == []


def import_cycles(graph) -> list[list[str]]:
    """The package's strongly connected parts of more than one module (Tarjan)."""
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 10_000))
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph.find_modules_directly_imported_by(module):
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            part = []
            while not part or part[-1] != module:
                part.append(stack.pop())
            if len(part) > 1:
                cycles.append(sorted(part))

    for module in sorted(graph.modules):
        if module not in index:
            visit(module)
    return cycles


def test_no_import_cycles_anywhere_in_the_package():
    """Lazy imports inside functions count too: a cycle is a cycle."""
    assert import_cycles(grimp.build_graph("ocgboard")) == []


def test_the_cycle_finder_finds_a_cycle(tmp_path, monkeypatch):
    for name, body in (("a", "from looped import b\n"), ("b", "from looped import c\n"),
                       ("c", "def f():\n    from looped import a\n"), ("d", "")):
        (tmp_path / "looped").mkdir(exist_ok=True)
        (tmp_path / "looped" / f"{name}.py").write_text(body)
    (tmp_path / "looped" / "__init__.py").write_text("")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles(grimp.build_graph("looped")) == [["looped.a", "looped.b", "looped.c"]]
