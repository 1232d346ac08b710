"""A banner above the views that says, in words and numbers, why a run diverged or why
it oscillates at the critical rate: the story of the picture, not a line in the status bar."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton

from ..core.explain import Explanation, explain_critical, explain_divergence
from ..i18n import bind, on_retranslate, tr
from ..labels import OPTIMIZER_LABELS
from ..plots import looks
from .run_controller import RunController
from .state import DIVERGED, ENDED, WindowState



def banner_style(kind: str) -> str:
    """The banner's box in the theme: a pale red or amber on the light one, a dark one
    with a light border on the others (its words are the theme's text colour)."""
    background, border = looks.current().banners[kind]
    return f"background: {background}; border: 2px solid {border}; border-radius: 4px;"


class ExplanationBanner(QFrame):
    def __init__(self, state: WindowState, controller: RunController) -> None:
        super().__init__()
        self.state, self.controller = state, controller
        self.explanation: Explanation | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setStyleSheet("border: none; background: transparent; font-size: 11pt;")
        bind(self.text.setAccessibleName, "What happened")
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        bind(close.setAccessibleName, "Hide the explanation")
        bind(close.setToolTip, "Hide the explanation")
        close.clicked.connect(self.hide)
        layout.addWidget(self.text, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        state.observe(lambda change: self._update() if "status" in change.fields else None)
        on_retranslate(self._show, owner=self)
        self._kind = "diverged"
        looks.on_theme(self._restyle, owner=self)

    def _update(self) -> None:
        c, status = self.controller, self.state.status
        h = c.history
        self.explanation, kind = None, None
        if status in ENDED and h is not None and len(h) > 1 and c.problem is not None:
            lr, optimizer = float(h.lrs[-2]), h.optimizer_at(len(h) - 2)
            if status == DIVERGED:
                self.explanation, kind = explain_divergence(c.problem, h, lr, optimizer), "diverged"
            else:
                self.explanation, kind = explain_critical(c.problem, lr, optimizer), "critical"
        if self.explanation is None:
            self.hide()
            return
        self._kind = kind
        self._restyle()
        self._show()
        self.show()

    def _restyle(self) -> None:
        self.setStyleSheet(f"ExplanationBanner {{{banner_style(self._kind)}}}")

    def _show(self) -> None:
        if self.explanation is None:
            return
        values = dict(self.explanation.values)
        if "optimizer" in values:
            values["optimizer"] = tr(OPTIMIZER_LABELS[values["optimizer"]])
        self.text.setText(tr(self.explanation.template).format(**values))
