"""Write resources/lossplay_ko.ts from tools/ko.py and compile resources/lossplay_ko.qm.

    python tools/update_translations.py
"""
import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).parent))
from ko import KO  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def write_ts(path: Path) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="ko_KR">',
             "<context>", "    <name>lossplay</name>"]
    for source in sorted(KO):
        lines += ["    <message>", f"        <source>{escape(source)}</source>",
                  f"        <translation>{escape(KO[source])}</translation>", "    </message>"]
    lines += ["</context>", "</TS>", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    ts, qm = ROOT / "resources" / "lossplay_ko.ts", ROOT / "resources" / "lossplay_ko.qm"
    write_ts(ts)
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    main()
