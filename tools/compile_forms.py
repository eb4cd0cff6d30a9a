"""Compile every ui/*.ui form into ocgboard/gui/forms/ with pyside6-uic.

Run with --check to fail (exit 1) when a compiled form is missing or stale;
the test suite does, so a form edited in Designer cannot ship uncompiled.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "ui"
TARGET = ROOT / "ocgboard" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent))
    if not found:
        sys.exit("pyside6-uic is not installed in this environment")
    return found


def compiled(form: Path) -> str:
    out = subprocess.run([uic(), "--no-autoconnection", str(form)], check=True,
                         capture_output=True, text=True).stdout
    # uic stamps its version in a comment; keep the output stable across uic builds.
    return "".join(line for line in out.splitlines(keepends=True)
                   if not line.startswith("## Created by: Qt User Interface Compiler version"))


def target_for(form: Path) -> Path:
    return TARGET / f"ui_{form.stem}.py"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args()
    TARGET.mkdir(parents=True, exist_ok=True)
    (TARGET / "__init__.py").touch()
    stale = []
    for form in sorted(FORMS.glob("*.ui")):
        text = compiled(form)
        target = target_for(form)
        if target.exists() and target.read_text(encoding="utf-8") == text:
            continue
        if args.check:
            stale.append(form.name)
        else:
            target.write_text(text, encoding="utf-8")
            print(f"compiled {form.name} -> {target.relative_to(ROOT)}")
    if stale:
        print("stale compiled forms: " + ", ".join(stale) + " (run: make forms)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
