"""Stand-ins for CUPS's lp and lpstat, first on the PATH: lp records each job.

Each `lp` call is noted (its arguments, the name of the file it was handed
and the mode of the folder holding it) and the file itself kept as
jobs/N.pdf, since ocgboard removes its copy once lp returns. `refuse` makes
lp fail with that message, as CUPS's own does.
"""

from __future__ import annotations

import json
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

LP = r'''
import json, os, shutil, stat, sys
folder = {folder!r}
state = json.load(open(os.path.join(folder, "state.json")))
argv = sys.argv[1:]
handed = argv[-1]
jobs = os.path.join(folder, "jobs")
number = len(os.listdir(jobs)) + 1
shutil.copyfile(handed, os.path.join(jobs, f"{{number}}.pdf"))
with open(os.path.join(folder, "lp.jsonl"), "a") as log:
    log.write(json.dumps({{"argv": argv, "name": os.path.basename(handed),
                          "folder": os.path.dirname(handed),
                          "mode": stat.S_IMODE(os.stat(os.path.dirname(handed)).st_mode)}}) + "\n")
if state["refuse"]:
    sys.stderr.write(f"{{sys.argv[0]}}: {{state['refuse']}}\n")
    sys.exit(1)
print(f"request id is {{argv[argv.index('-d') + 1]}}-{{number}} (1 file(s))")
'''

LPSTAT = r'''
import json, os, sys
state = json.load(open(os.path.join({folder!r}, "state.json")))
if sys.argv[1] == "-e":
    print("\n".join(state["queues"]))
elif sys.argv[1] == "-d":
    print(f"system default destination: {{state['default']}}" if state["default"]
          else "no system default destination")
elif sys.argv[1] == "-r":
    print("scheduler is running" if state["running"] else "scheduler is not running")
'''


@dataclass
class FakeCups:
    folder: Path
    queues: list[str] = field(default_factory=lambda: ["Office", "Board-room"])
    default: str | None = "Office"
    refuse: str | None = None
    running: bool = True

    def save(self) -> None:
        (self.folder / "state.json").write_text(json.dumps(
            {"queues": self.queues, "default": self.default, "refuse": self.refuse,
             "running": self.running}))

    @property
    def jobs(self) -> list[dict]:
        log = self.folder / "lp.jsonl"
        return [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []

    def handed(self, number: int) -> Path:
        return self.folder / "jobs" / f"{number}.pdf"


def install(folder: Path, monkeypatch) -> FakeCups:
    """Put the fake lp and lpstat first on the PATH; the returned state may be changed
    (then `save()` it)."""
    bin_folder = folder / "bin"
    bin_folder.mkdir(parents=True)
    (folder / "jobs").mkdir()
    for name, body in (("lp", LP), ("lpstat", LPSTAT)):
        script = bin_folder / name
        script.write_text(f"#!{sys.executable}\n" + body.format(folder=str(folder)))
        script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_folder}{os.pathsep}{os.environ['PATH']}")
    fake = FakeCups(folder)
    fake.save()
    return fake
