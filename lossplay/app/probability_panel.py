"""The Probabilities tab: feeds the ProbabilityView what lossplay.core.probabilities
computes at the row the timeline shows (the run's newest while it follows the run), a
few times a second while the tab is shown, and keeps the sample a person clicked chosen
until the data change. For multi-label data, the numbers are those of the label the Data
view shows (`shown_label`, read each time: the Data view's choice is the one source)."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal

from ..core.probabilities import applies, sample_probabilities, true_class_probabilities
from ..plots.probability_view import ProbabilityView
from .run_controller import RunController
from .shown_row import shown_row
from .state import WindowState

REFRESH_MS = 100


class ProbabilityPanel(ProbabilityView):
    refreshed = Signal()

    def __init__(self, state: WindowState, controller: RunController, shown_label=lambda: 0) -> None:
        super().__init__()
        self.state, self.controller, self.shown_label = state, controller, shown_label
        self.chosen_row = 0  # a training row
        self.shown_row = -1  # the history row drawn
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        controller.scene_changed.connect(self._new_data)
        controller.run_started.connect(self._request)
        controller.steps_added.connect(self._request)
        self.sample_clicked.connect(self.choose)
        state.observe(lambda change: self.refresh() if "replay_row" in change.fields else None)

    def _new_data(self) -> None:
        self.chosen_row = 0
        self._request()

    def _request(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def choose(self, row: int) -> None:
        self.chosen_row = int(row)
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        c = self.controller
        h, problem = c.history, c.problem
        if not self.isVisible() or h is None or len(h) == 0 or problem is None:
            return
        if not applies(problem):
            self.set_samples(None)
            self.set_sample(None)
            self.refreshed.emit()
            return
        self.shown_row = shown_row(h, self.state.replay_row)
        theta = h.thetas[self.shown_row]
        self.chosen_row = min(self.chosen_row, len(problem.objective.X) - 1)
        label = self.shown_label()
        self.set_samples(true_class_probabilities(problem, theta, label))
        self.set_sample(sample_probabilities(problem, theta, self.chosen_row, label))
        self.refreshed.emit()
