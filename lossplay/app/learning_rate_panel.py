"""The learning rate: a log slider marking the critical rate, a box to type it, and what
the critical rate means for the rate chosen. Always in sight: it is the setting a
teacher changes most."""
from __future__ import annotations

import math

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit

from ..i18n import on_retranslate, tr
from ..plots import looks
from .lr_slider import LearningRateSlider
from .panel_widgets import group, named, quietly
from .state import Change, WindowState

AT_CRITICAL = 1e-6  # relative: a rate typed to six digits is "at" the critical one
MARK_COLOUR = "#D55E00"  # the slider's mark of the critical rate, apart on every theme


def critical_note(lr: float, critical: float | None, scheduled: bool = False) -> tuple[str, bool]:
    """What the critical rate says about `lr` (the base rate of a schedule if `scheduled`),
    and whether the run will diverge."""
    if critical is None:
        return tr("No single critical learning rate for this setting."), False
    values = {"lr": f"{critical:.4g}"}
    if abs(lr / critical - 1.0) <= AT_CRITICAL:
        return tr("at the critical learning rate {lr}: the run oscillates without growing or shrinking").format(
            **values), False
    if lr > critical and scheduled:
        return tr("starts above the critical learning rate {lr}: it diverges unless the schedule lowers the rate "
                  "soon enough").format(**values), True
    if lr > critical:
        return tr("above the critical learning rate {lr}: gradient descent will diverge").format(**values), True
    return tr("critical learning rate {lr}: above it, gradient descent diverges").format(**values), False


class LearningRatePanel:
    def __init__(self, state: WindowState) -> None:
        self.state = state
        self.box, form = group("Learning rate")
        self.slider = named(LearningRateSlider(), "Learning rate",
                            "Learning rate on a log scale from 0.0001 to 10; the red mark is the critical rate.")
        self.edit = named(QLineEdit(), "Learning rate value", "Type a learning rate and press Enter.")
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("6.72084e-05") + 16)
        self.edit.setMaximumWidth(self.edit.minimumWidth() + 10)
        line = QHBoxLayout()
        line.addWidget(self.slider, 1)
        line.addWidget(self.edit)
        form.addRow(line)
        self.critical = QLabel()
        self.critical.setWordWrap(True)
        named(self.critical, "Critical learning rate", "Above the critical learning rate, full-batch gradient "
              "descent on this quadratic loss diverges.")
        form.addRow(self.critical)
        self.slider.valueChanged.connect(lambda p: state.edit(lr=LearningRateSlider.to_lr(p)))
        self.edit.editingFinished.connect(self._typed)
        state.observe(self._on_change)
        on_retranslate(self.show, owner=self.critical)
        looks.on_theme(self.show, owner=self.critical)
        self.show()

    def _typed(self) -> None:
        try:
            lr = float(self.edit.text())
        except ValueError:
            lr = math.nan
        if not (math.isfinite(lr) and lr > 0):
            self.edit.setToolTip(tr("A learning rate is a positive number, such as 0.05 or 1e-3."))
            self.show()  # back to the rate in force
            return
        self.state.edit(lr=lr)  # the same rate again changes nothing

    def _on_change(self, change: Change) -> None:
        if change.fields & {"lr", "critical_lr", "schedule"}:
            self.show()

    def show(self) -> None:
        lr, critical = self.state.scenario.lr, self.state.critical_lr
        with quietly((self.slider, self.edit)):
            self.slider.setValue(LearningRateSlider.to_position(lr))
            if self._shown_lr() != lr:
                self.edit.setText(f"{lr:.6g}")
        self.slider.set_critical(critical)
        text, diverges = critical_note(lr, critical, self.state.scenario.schedule != "constant")
        colour = looks.current().error  # the theme's: dark red on white, light red on black
        marker = f"<span style='color:{MARK_COLOUR}'>▮</span> " if critical is not None else ""
        self.critical.setText(marker + (f"<b style='color:{colour}'>{text}</b>" if diverges else text))

    def _shown_lr(self) -> float | None:
        try:
            return float(self.edit.text())
        except ValueError:
            return None
