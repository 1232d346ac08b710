"""The status line: the step, loss, gradient norm, learning rate and what the run is
doing, in words decided once (DESIGN.md's run status)."""
from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ..i18n import bind, on_retranslate, tr
from ..labels import OPTIMIZER_LABELS
from ..plots import looks
from .run_controller import RunController
from .state import COMPUTING, CONVERGED, DIVERGED, FINISHED, PAUSED, READY, RUNNING, WindowState

STATUS_WORDS = {READY: "ready", RUNNING: "running", PAUSED: "paused", CONVERGED: "converged",
                FINISHED: "stopped at the step limit"}


class StatusLine(QLabel):
    SHOWN = frozenset({"status", "lr", "optimizer", "steps", "critical_lr", "replay_row"})  # besides the run

    def __init__(self, state: WindowState, controller: RunController) -> None:
        super().__init__()
        self.state, self.controller = state, controller
        self.error: str | None = None
        bind(self.setAccessibleName, "Status")
        self.setTextFormat(Qt.TextFormat.RichText)
        controller.failed.connect(self._failed)
        for signal in (controller.run_started, controller.scene_changed):
            signal.connect(self._clear_error)
        state.observe(lambda change: self.refresh() if change.fields & self.SHOWN else None)
        on_retranslate(self.refresh, owner=self)
        looks.on_theme(self.refresh, owner=self)

    def _failed(self, message: str) -> None:
        self.error = message
        self.refresh()

    def _clear_error(self) -> None:
        self.error = None
        self.refresh()

    def refresh(self) -> None:
        self.setText(self.text_now())

    def text_now(self) -> str:
        state, h = self.state, self.controller.history
        if self.error is not None and state.status != COMPUTING:
            return f"<span style='color:{looks.current().error}'>{html.escape(self.error)}</span>"
        if state.status == COMPUTING:
            return tr("Computing the landscape…")
        if h is None or len(h) == 0:
            return ""
        row = state.replay_row
        if row is not None and row < len(h) - 1:  # the step the timeline shows, with its own numbers
            step, loss, norm, lr = int(h.steps[row]), h.losses[row], h.grad_norms[row], h.lrs[row]
        else:
            step, loss, norm = int(h.steps[-1]), h.losses[-1], h.grad_norms[-1]
            lr = state.scenario.lr  # the rate the next update uses
        if state.status == DIVERGED:
            words = tr("diverged at step {step}").format(step=h.diverged_at_step)
            critical = state.critical_lr
            lr_used = h.lrs[-2] if len(h) > 1 else lr
            if critical is not None and lr_used > critical:
                words += " — " + tr("learning rate {lr} is above the critical {critical}").format(
                    lr=f"{lr_used:g}", critical=f"{critical:.4g}")
            words = f"<b style='color:{looks.current().error}'>{words}</b>"
        else:
            words = tr(STATUS_WORDS[state.status])
        parts = [tr("step {step} / {limit}").format(step=step, limit=state.scenario.steps),
                 tr("loss {loss}").format(loss=f"{loss:.6g}"), f"‖∇‖ {norm:.4g}",
                 tr("learning rate {lr}").format(lr=f"{lr:g}"), words]
        if self.controller.note:
            template, values = self.controller.note
            values = {k: tr(OPTIMIZER_LABELS[v]) if k == "optimizer" else v for k, v in values.items()}
            parts.append("<i>" + tr(template).format(**values) + "</i>")
        return "  ·  ".join(parts)
