"""The layer rule (DESIGN.md): imports point down, and only gui/ imports Qt."""

import ast
from pathlib import Path

from importlinter.cli import lint_imports

PACKAGE = Path(__file__).resolve().parent.parent / "ocgboard"
BELOW_GUI = ("core", "reports", "sync", "store")
ORDER = {"store": 0, "core": 1, "reports": 2, "sync": 2, "cli": 3, "gui": 3}


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
