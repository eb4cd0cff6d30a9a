import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_compiled_forms_are_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "compile_forms.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
