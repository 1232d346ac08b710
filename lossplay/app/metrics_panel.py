"""The Metrics tab: what the model is judged by, as opposed to the loss it is trained on.

Training and validation metrics follow the run live (a few times a second while the tab
is shown) and the timeline (dragged back to a step, they are that step's); the confusion matrix is drawn as a small heat map. The test set is scored by
a button that is enabled only once the run has ended, and only once per run: a test
score that is looked at while settings are still being chosen becomes one more
validation score. Every number comes from lossplay.core.metrics; this tab only shows them.
"""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ..core.metrics import score, task_kind
from ..i18n import bind, on_retranslate, tr
from ..plots.confusion_view import ConfusionView
from .run_controller import RunController
from .shown_row import shown_row
from .state import ENDED, WindowState

REFRESH_MS = 150  # live metrics a few times a second: the numbers cannot be read faster

METRIC_NAMES = {"rmse": "RMSE", "mae": "MAE", "r2": "R²", "accuracy": "accuracy", "precision": "precision",
                "recall": "recall", "f1": "F1", "macro_f1": "macro F1", "subset_accuracy": "subset accuracy",
                "hamming_loss": "Hamming loss"}
SPLIT_NAMES = {"train": "training", "val": "validation", "test": "test"}


def shown_number(value: float | None) -> str:
    if value is None or not math.isfinite(value):
        return "—"
    return f"{value:.3f}" if abs(value) < 1000 else f"{value:.4g}"


class MetricsPanel(QWidget):
    refreshed = Signal()  # the live metrics were drawn for the current row
    test_scored = Signal()

    def __init__(self, state: WindowState, controller: RunController) -> None:
        super().__init__()
        self.state, self.controller = state, controller
        self.step_note = QLabel()  # which step the numbers are of
        self.table = QLabel()
        self.table.setTextFormat(Qt.TextFormat.RichText)
        self.table.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.table.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bind(self.table.setAccessibleName, "Metrics")
        self.confusion = ConfusionView()
        self.confusion.setMinimumHeight(160)
        self.test_button = QPushButton()
        bind(self.test_button.setText, "Score on the test set")
        bind(self.test_button.setToolTip, "Score the model once on the held-out test samples, after the run has ended")
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(self)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.step_note)
        column.addWidget(self.table)
        column.addWidget(self.confusion, 4)
        column.addWidget(self.test_button)
        column.addWidget(self.why)
        column.addStretch(1)

        self.scores: dict[str, dict | None] = {}  # "train", "val" at the last row; "test" once scored
        self._row = -1  # the history row the live scores belong to
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        self.test_button.clicked.connect(self.score_test)
        controller.scene_changed.connect(self._new_run)
        controller.run_started.connect(self._new_run)
        controller.steps_added.connect(self._request_refresh)
        state.observe(self._on_change)
        on_retranslate(self._draw, owner=self)
        self._new_run()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, 480)  # as any one view in the tabs

    # --- live metrics --------------------------------------------------------------------------

    def _new_run(self) -> None:
        self.scores.pop("test", None)
        self._row = -1
        self._request_refresh()
        self._offer_test()

    def _on_change(self, change) -> None:
        if "status" in change.fields:
            self._offer_test()
        if "replay_row" in change.fields:
            self.refresh()

    def _request_refresh(self) -> None:
        if not self._timer.isActive():
            self._timer.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.refresh()

    def _shown_theta(self) -> tuple[int, np.ndarray] | None:
        """The row the timeline shows (the newest finite one while it follows the run) and its theta."""
        h = self.controller.history
        if h is None or len(h) == 0 or self.controller.problem is None:
            return None
        row = shown_row(h, self.state.replay_row)
        return row, h.thetas[row]

    def refresh(self) -> None:
        """Score the samples at the row the timeline shows, while this tab is shown: the
        training and validation ones, and the test ones once they were scored."""
        row = self._shown_theta()
        if row is None or not self.isVisible():
            return
        index, theta = row
        if index != self._row or "train" not in self.scores:
            problem, ds = self.controller.problem, self.controller.problem.dataset
            self.scores["train"] = score(problem, theta, ds.is_train)
            self.scores["val"] = score(problem, theta, ds.is_val)
            if "test" in self.scores:  # seen once already: it follows the timeline as the others do
                self.scores["test"] = score(problem, theta, ds.is_test)
            self._row = index
        self._draw()
        self.refreshed.emit()

    # --- the test set, once ------------------------------------------------------------------------

    def has_test_set(self) -> bool:
        problem = self.controller.problem
        return problem is not None and bool(problem.dataset.is_test.any())

    def _offer_test(self) -> None:
        ended = self.state.status in ENDED
        self.test_button.setEnabled(ended and self.has_test_set() and "test" not in self.scores)
        self._say_why()

    def score_test(self) -> None:
        row = self._shown_theta()
        if row is None or not self.has_test_set() or self.state.status not in ENDED or "test" in self.scores:
            return
        problem = self.controller.problem
        self.scores["test"] = score(problem, row[1], problem.dataset.is_test)
        self.test_button.setEnabled(False)
        self._draw()
        self._say_why()
        self.test_scored.emit()

    def _say_why(self) -> None:
        if not self.has_test_set():
            text = ("No test set: set a test fraction in the Data panel to hold some samples out, "
                    "untouched until the end.")
        elif "test" in self.scores:
            text = ("Scored once, at the end. The test samples took no part in training or in choosing the "
                    "settings, so their score estimates how the model does on new data; choosing by it would "
                    "turn them into one more validation set.")
        else:
            text = ("The test set is scored once, when the run has ended: looked at while settings are still "
                    "being chosen, it would be one more validation set.")
        self.why.setText(tr(text))

    # --- drawing ----------------------------------------------------------------------------------

    def _draw(self) -> None:
        problem = self.controller.problem
        if problem is None or "train" not in self.scores:
            self.step_note.setText("")
            self.table.setText("")
            self.confusion.set_matrix(None)
            return
        kind = task_kind(problem)
        self.step_note.setText(tr("At step {step}").format(step=self._row) if self._row >= 0 else "")  # row t: step t
        splits = [s for s in ("train", "val", "test") if s == "train" or self.scores.get(s) is not None
                  or (s == "test" and self.has_test_set()) or (s == "val" and problem.dataset.is_val.any())]
        keys = [k for k in (self.scores["train"] or {}) if k != "confusion"]
        head = "".join(f"<th style='padding:2px 10px'>{tr(SPLIT_NAMES[s])}</th>" for s in splits)
        rows = []
        for key in keys:
            cells = "".join(f"<td align='right' style='padding:2px 10px'>"
                            f"{shown_number((self.scores.get(s) or {}).get(key))}</td>" for s in splits)
            rows.append(f"<tr><td>{tr(METRIC_NAMES[key])}</td>{cells}</tr>")
        self.table.setText(f"<table cellspacing='0'><tr><th></th>{head}</tr>{''.join(rows)}</table>")
        shown = "test" if self.scores.get("test") else "val" if self.scores.get("val") else "train"
        confusion = (self.scores.get(shown) or {}).get("confusion") if kind in ("binary", "multiclass") else None
        self.confusion.setVisible(kind in ("binary", "multiclass"))
        self.confusion.set_matrix(confusion, shown)
