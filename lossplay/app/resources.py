"""Qt objects made from the files in resources/."""
from PySide6.QtGui import QIcon

from ..paths import resource_path


def app_icon() -> QIcon:
    return QIcon(str(resource_path("lossplay.svg")))
