"""Files shipped in resources/ (installed as the package lossplay.resources)."""
from importlib.resources import files

from PySide6.QtGui import QIcon


def resource_path(name: str) -> str:
    return str(files("lossplay.resources") / name)


def app_icon() -> QIcon:
    return QIcon(resource_path("lossplay.svg"))
