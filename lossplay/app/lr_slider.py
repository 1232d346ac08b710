"""A learning-rate slider on a log scale that marks the critical learning rate."""
from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QSlider, QStyle, QStyleOptionSlider

LR_MIN_EXP, LR_MAX_EXP, LR_TICKS = -4.0, 1.0, 1000


class LearningRateSlider(QSlider):
    """A log-scale slider from 1e-4 to 10 that marks the critical learning rate."""

    def __init__(self) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.setRange(0, LR_TICKS)
        self.critical: float | None = None

    @staticmethod
    def to_position(lr: float) -> int:
        exp = min(max(math.log10(lr), LR_MIN_EXP), LR_MAX_EXP)
        return round((exp - LR_MIN_EXP) / (LR_MAX_EXP - LR_MIN_EXP) * LR_TICKS)

    @staticmethod
    def to_lr(position: int) -> float:
        lr = 10 ** (LR_MIN_EXP + (LR_MAX_EXP - LR_MIN_EXP) * position / LR_TICKS)
        return float(f"{lr:.3g}")

    def set_critical(self, lr: float | None) -> None:
        self.critical = lr
        self.update()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.critical is None or not 10 ** LR_MIN_EXP <= self.critical <= 10 ** LR_MAX_EXP:
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        style = self.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderGroove, self)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, option, QStyle.SubControl.SC_SliderHandle, self)
        span = groove.width() - handle.width()
        x = groove.x() + handle.width() / 2 + QStyle.sliderPositionFromValue(
            0, LR_TICKS, self.to_position(self.critical), span)
        painter = QPainter(self)
        painter.setPen(QPen(QColor("#D55E00"), 3))
        painter.drawLine(int(x), 1, int(x), self.height() - 2)
        painter.end()
