"""The desktop bundle (`make bundle`): its size and how fast its programs start.

Figures: the folder (dist/ocgboard) and the Linux download (.tar.gz) in MB; the
command line's `--version` and `--help`, and the app to its main window shown
(offscreen, on a small demo board made with the bundle's own command line),
each the first run after the page cache is dropped where this user may drop
it (else the first run this bench makes) and the median of the warm runs
after it. Bars (2-core machine): the command line answers within 1 s, and the
window is shown within 2 s, as from a checkout (bench_gui). It measures the
bundle already built: without one it says how to build it and stops.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import private_home  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = Path(os.environ.get("OCGBOARD_BUNDLE", ROOT / "dist" / "ocgboard"))
WARM = 5
CLI_BAR = 1.0
GUI_BAR = 2.0


def size_mb(folder: Path) -> float:
    return sum(p.lstat().st_size for p in folder.rglob("*") if not p.is_dir()) / 1e6


def drop_page_cache() -> bool:
    """Whether the next start reads the bundle from disk (root, outside a sandbox)."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def clean_env(home: Path, **extra: str) -> dict[str, str]:
    """What a desktop session would give it: no virtualenv, no Python path."""
    keep = ("PATH", "LANG", "LC_ALL", "TMPDIR", "OCGBOARD_TEST_CLOCK")
    env = {k: v for k, v in os.environ.items() if k in keep}
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "/usr/bin:/bin").split(os.pathsep)
                                  if ".venv" not in p)
    return {**env, "HOME": str(home), "OCGBOARD_HOME": str(home), **extra}


def timed_run(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(argv, env=env, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def window_shown(env: dict[str, str], shot: Path) -> float:
    """Seconds from starting ocgboard-gui to its main window shown (by the
    monotonic clock, which the app notes in the snapshot's facts: on Linux,
    Windows and macOS every process reads the same one)."""
    shot.unlink(missing_ok=True)
    started = time.monotonic()
    subprocess.run([str(BUNDLE / "ocgboard-gui")], check=True, timeout=120,
                   stderr=subprocess.DEVNULL,  # the offscreen platform's notes
                   env={**env, "QT_QPA_PLATFORM": "offscreen", "OCGBOARD_SNAPSHOT": str(shot)})
    facts = json.loads(Path(f"{shot}.json").read_text())
    if facts["shown_at"] is None:
        raise SystemExit("the app showed no main window")
    return facts["shown_at"] - started


def starts(label: str, measure, bar: float) -> None:
    cold = drop_page_cache()
    first = measure()
    warm = median(measure() for _ in range(WARM))
    verdict = f"bar: < {bar:.3g} s — {'met' if max(first, warm) < bar else 'NOT MET'}"
    print(f"{label}: {'cold' if cold else 'first'} {first:.2f} s, warm median {warm:.2f} s "
          f"({verdict})", flush=True)


def main() -> int:
    cli = BUNDLE / "ocgboard"
    if not (cli.exists() and (BUNDLE / "ocgboard-gui").exists()):
        print(f"no bundle in {BUNDLE}: `make bundle` builds it (about a minute and a half), "
              "then `make bench` measures it")
        return 0
    newest_source = max(p.stat().st_mtime for p in (ROOT / "ocgboard").rglob("*.py"))
    if newest_source > cli.stat().st_mtime:
        print("(the bundle is older than the source: `make bundle` to measure this code)")
    print(f"bundle folder {BUNDLE}: {size_mb(BUNDLE):,.0f} MB")
    tarballs = sorted(BUNDLE.parent.glob("ocgboard-*-linux-*.tar.gz"))
    for tarball in tarballs:
        print(f"download {tarball.name}: {tarball.stat().st_size / 1e6:,.0f} MB")
    if not tarballs:
        print("no .tar.gz beside it (make bundle writes it)")

    home = private_home("bundle")
    env = clean_env(home, OCGBOARD_NO_PASSPHRASE="1")
    starts("command line --version", lambda: timed_run([str(cli), "--version"], env), CLI_BAR)
    starts("command line --help", lambda: timed_run([str(cli), "--help"], env), CLI_BAR)

    subprocess.run([str(cli), "init", "--board", "Bench board", "--no-passphrase"], env=env,
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([str(cli), "demo", "--scale", "small"], env=env, check=True,
                   stdout=subprocess.DEVNULL)
    shot = Path(tempfile.mkdtemp(prefix="ocgboard-bench-shot-")) / "window.png"
    starts("app to its main window (offscreen, small board)", lambda: window_shown(env, shot),
           GUI_BAR)
    return 0


if __name__ == "__main__":
    sys.exit(main())
