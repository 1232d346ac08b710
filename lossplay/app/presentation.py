"""View > Presenter mode (F5) and View > Theme: full screen with text and lines large
enough to read from the back of a classroom, in a light, a dark or a high-contrast look.
The theme holds for every export made in it and is remembered for the next launch (as the
language is); the presenter's sizes are for the screen only (exports keep their own)."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu

from ..i18n import bind
from ..paths import resource_path
from ..plots import looks

PRESENTER_SIZE = 1.6  # lines, markers and titles; tick labels get at least looks.PRESENTER_TICK_PX
PANEL_FONT_FACTOR = 1.35


def contrast_frames() -> str:
    """High contrast's frames round every field and slider, and its arrows, in white
    (a style sheet: Qt's styles draw them a shade darker than the window, on black
    nothing at all)."""
    up, down = (resource_path(f"arrow-{d}-white.svg").as_posix() for d in ("up", "down"))
    return f"""
QLineEdit, QAbstractSpinBox, QComboBox {{ border: 1px solid #FFFFFF; padding: 1px 3px; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 14px; border-left: 1px solid #FFFFFF; }}
QAbstractSpinBox::up-arrow {{ image: url({up}); width: 8px; height: 5px; }}
QAbstractSpinBox::down-arrow {{ image: url({down}); width: 8px; height: 5px; }}
QAbstractSpinBox::up-arrow:disabled, QAbstractSpinBox::down-arrow:disabled {{ image: none; }}
QComboBox::drop-down {{ width: 16px; border-left: 1px solid #FFFFFF; }}
QComboBox::down-arrow {{ image: url({down}); width: 8px; height: 5px; }}
QSlider::groove:horizontal {{ border: 1px solid #FFFFFF; height: 4px; }}
QSlider::handle:horizontal {{ background: #FFFFFF; width: 10px; margin: -6px 0; }}
"""


def _palette(look: looks.Look) -> QPalette:
    """Qt's widgets in the look: the style's own palette for the light one."""
    if look.key == "light":
        return QApplication.style().standardPalette()
    palette = QPalette()
    dark = look.key == "dark"
    base, text = QColor(look.background), QColor(look.text)
    window = QColor("#2A2A2F") if dark else QColor("#000000")
    highlight = QColor("#56B4E9") if dark else QColor("#F0E442")
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.Base, base),
                         (QPalette.ColorRole.AlternateBase, window), (QPalette.ColorRole.Button, window),
                         (QPalette.ColorRole.WindowText, text), (QPalette.ColorRole.Text, text),
                         (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, base),
                         (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, highlight),
                         (QPalette.ColorRole.HighlightedText, QColor("#000000"))):
        palette.setColor(role, colour)
    muted = QColor("#8A8A8A") if dark else QColor("#C0C0C0")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette


class PresentationMode:
    """Adds Presenter mode and Theme to `menu` of `window` and carries them out."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        self.window = window
        self.size = 1.0
        self._state = Qt.WindowState.WindowNoState
        self._font = QApplication.font()
        self.action = QAction(window)
        self.action.setCheckable(True)
        self.action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        bind(self.action.setText, "Presenter mode")
        bind(self.action.setStatusTip, "Full screen with large text and lines, for a projector")
        self.action.toggled.connect(self.set_presenting)
        menu.addAction(self.action)
        themes = menu.addMenu("")
        bind(themes.setTitle, "Theme")
        group = QActionGroup(window)
        self.theme_actions: dict[str, QAction] = {}
        for key, look in looks.LOOKS.items():
            action = themes.addAction("")
            bind(action.setText, look.name)
            action.setCheckable(True)
            action.setChecked(key == looks.current().key)
            action.triggered.connect(lambda checked=False, k=key: self.set_theme(k))
            group.addAction(action)
            self.theme_actions[key] = action
        saved = QSettings("lossplay", "lossplay").value("theme")
        key = saved if saved in looks.LOOKS else looks.current().key
        if key != "light" or looks.current().key != key:
            self.set_theme(key, remember=False)

    def plots(self) -> list[pg.PlotWidget]:
        return self.window.findChildren(pg.PlotWidget)

    def set_presenting(self, on: bool) -> None:
        w = self.window
        if on == (self.size > 1):
            return
        if on:
            self._state = w.windowState()
            self._font = QApplication.font()
            w.showFullScreen()
        else:
            w.setWindowState(self._state)
        font = self._font
        if on:
            font = type(font)(font)
            font.setPointSizeF(font.pointSizeF() * PANEL_FONT_FACTOR)
        looks.normal_font = self._font if on else None
        QApplication.setFont(font)
        self._widen_settings(PANEL_FONT_FACTOR if on else 1.0)
        self.size = PRESENTER_SIZE if on else 1.0
        if self.action.isChecked() != on:
            self.action.setChecked(on)
        self.restyle()

    def _widen_settings(self, factor: float) -> None:
        """The settings column is as wide as its words at the normal size: with larger
        words it widens with them, so that no choice is cut off."""
        column = self.window.centralWidget().widget(0)
        if not hasattr(self, "_widths"):
            self._widths = (column.minimumWidth(), column.maximumWidth())
        low, high = self._widths
        column.setMinimumWidth(round(low * factor))
        column.setMaximumWidth(round(high * factor))

    def set_theme(self, key: str, remember: bool = True) -> None:
        """Every view, panel and later export in the theme `key`; `remember` keeps it for
        the next launch."""
        look = looks.set_current(key)
        if remember:
            QSettings("lossplay", "lossplay").setValue("theme", key)
        app = QApplication.instance()
        if key != "contrast":  # the frames go first: the new palette then reaches every widget
            app.setStyleSheet("")
        QApplication.setPalette(_palette(look))
        if key == "contrast":
            app.setStyleSheet(contrast_frames())
        self.theme_actions[key].setChecked(True)
        self.restyle()

    def restyle(self) -> None:
        for view in self.plots():
            looks.apply(view, self.size)
