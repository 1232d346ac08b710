"""The timeline under the views: drag it to any recorded step and every view shows that
step; at its right end it follows the run."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QWidget

from ..i18n import bind, on_retranslate, tr
from .panel_widgets import quietly
from .state import RUNNING, WindowState


class Timeline(QWidget):
    def __init__(self, state: WindowState, pause) -> None:
        super().__init__()
        self.state, self._pause = state, pause
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Left and Right stay the window's: back and step
        bind(self.slider.setAccessibleName, "Timeline", owner=self.slider)
        bind(self.slider.setToolTip, "Drag to any recorded step: every view shows that step. Left and Right move "
             "one step while paused.", owner=self.slider)
        self.label = QLabel()
        caption = QLabel()
        bind(caption.setText, "Timeline", owner=caption)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(caption)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.label)
        self.slider.valueChanged.connect(self._dragged)
        self._rows, self._shown = 1, 0
        on_retranslate(self._say, owner=self)

    def show_run(self, rows: int, shown: int) -> None:
        """A run of `rows` recorded rows, of which row `shown` is in the views."""
        if (rows, shown) == (self._rows, self._shown):
            return  # called every frame: nothing to lay out again
        self._rows, self._shown = rows, shown
        with quietly([self.slider]):
            self.slider.setMaximum(max(rows - 1, 0))
            self.slider.setValue(shown)
        self._say()

    def _say(self) -> None:
        last = max(self._rows - 1, 0)
        self.label.setText(tr("step {step} of {last}").format(step=self._shown, last=last))
        # As wide as the longest it will be, so that a growing number never moves the slider.
        self.label.setMinimumWidth(self.label.fontMetrics().horizontalAdvance(
            tr("step {step} of {last}").format(step=last, last=last)) + 8)

    def _dragged(self, row: int) -> None:
        if self.state.status == RUNNING:
            self._pause()  # looking back holds the run where it is
        self.state.set_replay_row(None if row >= self._rows - 1 else row)
