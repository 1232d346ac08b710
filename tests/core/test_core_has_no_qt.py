import subprocess
import sys


def test_importing_the_core_loads_no_qt():
    code = ("import sys, lossplay.core, lossplay.core.runfiles, lossplay.core.landscape, lossplay.core.lessons, "
            "lossplay.core.session; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'pyqtgraph', 'PyQt5', 'PyQt6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

