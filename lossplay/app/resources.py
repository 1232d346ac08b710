"""Files shipped in resources/ (installed as the package lossplay.resources)."""
from importlib.resources import files
from pathlib import Path

from PySide6.QtGui import QIcon

# Run from a source checkout, resources/ sits beside the lossplay package.
_SOURCE_TREE = Path(__file__).resolve().parents[2] / "resources"


def resource_path(name: str) -> str:
    try:
        return str(files("lossplay.resources") / name)
    except ModuleNotFoundError:
        return str(_SOURCE_TREE / name)


def app_icon() -> QIcon:
    return QIcon(resource_path("lossplay.svg"))
