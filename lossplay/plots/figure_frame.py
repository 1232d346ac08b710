"""What the figures made of several views share (an animation's frame, the multi-label
data figure): an offscreen widget in the theme's background with a grid for the views,
and lines of text under them at the export size."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from . import looks

TEXT_PT = 10.0


def offscreen_grid(widget: QWidget, spacing: int) -> QGridLayout:
    """Make `widget` an offscreen figure in the theme's background; its grid for the views."""
    widget.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    widget.setStyleSheet(f"background: {looks.current().background};")
    layout = QGridLayout(widget)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(spacing)
    return layout


def figure_text(text: str = "") -> QLabel:
    """A line of text under the views, at the export size even in presenter mode; a long
    text takes two lines, never a wider figure."""
    label = QLabel(text)
    label.setStyleSheet(f"color: {looks.current().text}; padding-left: 8px;")
    font = QFont(looks.normal_font) if looks.normal_font is not None else label.font()
    font.setPointSizeF(TEXT_PT)
    label.setFont(font)
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label
