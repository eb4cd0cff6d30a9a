"""A throw-away CUPS scheduler with one cups-pdf queue, for tests that really print.

Its configuration, spool, logs and socket live in a folder of its own;
CUPS_SERVER points lp and lpstat at its socket, so the machine's own CUPS
(if any) is never asked. cups-pdf reads its settings only from /etc/cups,
so the queue's own settings file (output folder, job numbers in file
names) is written there for the test and removed afterwards. cups-pdf runs
only as root: elsewhere these tests are skipped, saying so.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

BACKEND = Path("/usr/lib/cups/backend/cups-pdf")
PPDS = (Path("/usr/share/ppd/cups-pdf/CUPS-PDF_noopt.ppd"),
        Path("/usr/share/cups/model/CUPS-PDF_noopt.ppd"))
ETC = Path("/etc/cups")
TOOLS = ("cupsd", "lpadmin", "lp", "lpstat")
STARTING = 15.0  # seconds


def why_not() -> str | None:
    """Why no cupsd with a cups-pdf queue can run here; None if one can."""
    missing = [tool for tool in TOOLS if not _which(tool)]
    if missing:
        return (f"CUPS is not installed ({', '.join(missing)} missing): Debian's cups and "
                "printer-driver-cups-pdf, which packaging/debian-deps.sh test installs")
    if not BACKEND.exists() or _ppd() is None:
        return "cups-pdf is not installed (Debian: printer-driver-cups-pdf)"
    if os.geteuid() != 0:
        return "cups-pdf's backend runs only as root, and reads its settings only in /etc/cups"
    if not os.access(ETC, os.W_OK):
        return f"{ETC} is not writable, where cups-pdf reads a queue's settings"
    return None


def _which(tool: str) -> str | None:
    return shutil.which(tool, path=f"{os.environ.get('PATH', '')}:/usr/sbin:/sbin")


def _ppd() -> Path | None:
    return next((ppd for ppd in PPDS if ppd.exists()), None)


class Cupsd:
    def __init__(self, name: str):
        self.name = name
        # In /tmp, short: a socket's path has room for about a hundred bytes, and the
        # filters run as lp, which must reach the spool (pytest's folders are 0700).
        self.root = Path(tempfile.mkdtemp(prefix="ocgcups-", dir="/tmp"))
        self.root.chmod(0o755)
        self.socket = self.root / "cups.sock"
        self.out = self.root / "out"
        self.settings = ETC / f"cups-pdf-{name}.conf"
        self.process: subprocess.Popen | None = None

    @property
    def env(self) -> dict[str, str]:
        return {**os.environ, "CUPS_SERVER": str(self.socket), "LC_ALL": "C"}

    def start(self) -> None:
        for name in ("conf", "spool", "cache", "state", "log", "out", "tmp"):
            (self.root / name).mkdir()
        (self.root / "tmp").chmod(0o1777)
        self._configure()
        log = open(self.root / "log" / "cupsd.out", "wb")  # noqa: SIM115 - cupsd's own
        self.process = subprocess.Popen(
            [_which("cupsd"), "-f", "-c", str(self.root / "conf" / "cupsd.conf"),
             "-s", str(self.root / "conf" / "cups-files.conf")],
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        log.close()
        self._wait_until_up()
        self.admin("-p", self.name, "-E", "-v", f"cups-pdf:/{self.name}", "-P", str(_ppd()))

    def _configure(self) -> None:
        root = self.root
        (root / "conf" / "cupsd.conf").write_text(f"""\
Listen {self.socket}
Browsing No
WebInterface No
LogLevel info
DefaultAuthType None
<Location />
  Order deny,allow
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
""")
        (root / "conf" / "cups-files.conf").write_text(f"""\
ServerRoot {root}/conf
RequestRoot {root}/spool
CacheDir {root}/cache
StateDir {root}/state
TempDir {root}/tmp
ErrorLog {root}/log/error_log
AccessLog {root}/log/access_log
PageLog {root}/log/page_log
User lp
Group lp
SystemGroup root
Printcap {root}/printcap
ServerKeychain {root}/ssl
""")
        # Label 1: each job's number starts its file's name, so jobs never overwrite.
        self.settings.write_text(f"Out {self.out}\nSpool {root}/tmp\nGSTmp {root}/tmp\n"
                                 f"AnonDirName {self.out}\nLabel 1\n")

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + STARTING
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                break
            if self.socket.exists() and self.run("lpstat", "-r").returncode == 0:
                return
            time.sleep(0.05)
        raise RuntimeError(f"cupsd did not start: {self.log_tail()}")

    def run(self, tool: str, *argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([_which(tool) or tool, *argv], env=self.env, capture_output=True,
                              text=True, timeout=30)

    def admin(self, *argv: str) -> None:
        done = self.run("lpadmin", *argv)
        assert done.returncode == 0, done.stderr

    def clear(self) -> None:
        """Forget what was printed before."""
        for done in self.out.glob("*.pdf"):
            done.unlink()

    def printed(self, jobs: int = 1, timeout: float = 60.0) -> list[Path]:
        """The PDFs cups-pdf wrote since `clear`, once `jobs` are done, oldest first."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            waiting = self.run("lpstat", "-W", "not-completed", "-o", self.name).stdout.strip()
            files = sorted(self.out.glob("*.pdf"), key=lambda p: p.stat().st_mtime)
            if not waiting and len(files) >= jobs:
                return files
            time.sleep(0.1)
        raise AssertionError(f"cups-pdf wrote {len(list(self.out.glob('*.pdf')))} of {jobs} "
                             f"PDFs: {self.log_tail()}")

    def log_tail(self, lines: int = 15) -> str:
        texts = []
        for name in ("cupsd.out", "error_log"):
            path = self.root / "log" / name
            if path.exists():
                texts += path.read_text(errors="replace").splitlines()[-lines:]
        return "\n".join(texts)

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.settings.unlink(missing_ok=True)
        shutil.rmtree(self.root, ignore_errors=True)
