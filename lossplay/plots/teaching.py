"""Views that explain: the margin losses with the samples on them, and the equations
of the current update with its numbers."""
from __future__ import annotations

import html

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtWidgets import QTextBrowser

from ..core.fit import margin_curve, margin_loss_key, sample_margins
from ..core.losses import LOSSES
from ..core.models import LinearModel
from ..i18n import bind, on_retranslate, tr
from ..labels import OPTIMIZER_LABELS
from . import looks
from .corner_note import CornerNote
from .scene import Scene
from .theme import CLASS_COLOURS, CURRENT
from .style import axis_label, legend_label, style_plot

MARGIN_LOSSES = ("zero_one", "hinge", "squared_hinge", "logistic", "exponential")
# The 0/1 loss in the theme's text colour (None): black on the light theme.
_MARGIN_COLOURS = dict(zip(MARGIN_LOSSES, [None, "#0072B2", "#56B4E9", "#009E73", "#CC79A7"]))
# Short names for the compact legend (the loss list's say "loss" and "BCE on −1/+1 labels").
_MARGIN_NAMES = {"zero_one": "0/1", "hinge": "hinge", "squared_hinge": "hinge²", "logistic": "logistic",
                 "exponential": "exponential"}


class _ShortSample(pg.ItemSample):
    """A legend's line sample 14 pixels long instead of 20 (the lines have no symbols)."""

    WIDTH = 14

    def __init__(self, item) -> None:
        super().__init__(item)
        self.setFixedWidth(self.WIDTH)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(0, 0, self.WIDTH, 20)

    def paint(self, painter, *args) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(pg.mkPen(self.item.opts["pen"]))
        painter.drawLine(QPointF(0, 11), QPointF(self.WIDTH, 11))
_MARGINS = np.linspace(-3.0, 3.0, 601)
_SHOWN_PARAMETERS = 12
_LABEL_BRUSHES = np.array([pg.mkBrush(c) for c in CLASS_COLOURS[:2]], dtype=object)


class MarginView(pg.PlotWidget):
    """Margin losses against m = y·f(x) from −3 to 3; the training samples sit on the
    selected one: those with a slope under them still pull on the weights."""

    def __init__(self) -> None:
        super().__init__()
        style_plot(self, "Margins", "Each margin loss against the margin m = y·f(x); dots are the training samples.")
        axis_label(self, "bottom", "margin m = y·f(x)")
        axis_label(self, "left", "loss")
        # A compact legend (short names, short line samples, thin margins) fits where no
        # curve runs (every margin loss is under 0.75 past m = 0.3) even in the narrow side
        # tab and in presenter mode, so that the plot keeps its size.
        legend = self.addLegend(offset=(-8, 8), labelTextColor="#111", brush=(255, 255, 255, 210),
                                sampleType=_ShortSample)
        legend.layout.setContentsMargins(3, 2, 5, 2)
        self.curves = {}
        for key in MARGIN_LOSSES:
            self.curves[key] = self.plot(_MARGINS, margin_curve(key, _MARGINS), name=_MARGIN_NAMES[key])
            if _MARGIN_COLOURS[key] is None:
                looks.follow(self.curves[key])
            legend_label(legend, self.curves[key], _MARGIN_NAMES[key])
        for _, label in legend.items:  # words without the text document's 4-pixel margin
            label.item.document().setDocumentMargin(1)
            label.setText(label.text)
        self.points = pg.ScatterPlotItem(size=7, pen=pg.mkPen("k", width=0.6))
        self.addItem(self.points)
        # Narrow, so that it fits under the legend where no curve runs (placed with it).
        self.note = CornerNote(self.getPlotItem().getViewBox(), text_width=150)
        bind(self.note.setText, "Margins are for binary classification with one output.")
        self.getPlotItem().enableAutoRange(False)
        self.setRange(xRange=(-3, 3), yRange=(-0.1, 4.0), padding=0.0)
        self._scene: Scene | None = None
        self._key: str | None = None

    def set_scene(self, scene: Scene) -> None:
        self._scene = scene
        self._key = margin_loss_key(scene.problem)
        self.note.setVisible(self._key is None)
        for key, curve in self.curves.items():
            selected = key == self._key
            colour = _MARGIN_COLOURS[key] or looks.current().text
            curve.setPen(pg.mkPen(colour, width=3.5 if selected else 1.3,
                                  style=Qt.PenStyle.SolidLine if selected or self._key is None else Qt.PenStyle.DotLine))
            curve.setZValue(5 if selected else 0)
        self.points.setData([], [])

    def set_theta(self, theta: np.ndarray) -> None:
        """Draw the training samples' margins the core computes for `theta`."""
        if self._scene is not None:
            self.set_margins(sample_margins(self._scene.problem, theta))

    def set_margins(self, samples: tuple[np.ndarray, np.ndarray, np.ndarray] | None) -> None:
        """Each training sample at (its margin, its margin loss), coloured by its label."""
        if samples is None:
            return
        margins, values, labels = samples
        self.points.setData(margins, np.minimum(values, 3.9), brush=_LABEL_BRUSHES[labels])


class EquationsView(QTextBrowser):
    """The loss, its gradient by the chain rule, and the last update with its numbers."""

    def __init__(self) -> None:
        super().__init__()
        bind(self.setAccessibleName, "Equations")
        bind(self.setToolTip, "The loss, its gradient and the last update, parameter by parameter.")
        self.setOpenLinks(False)
        self._scene: Scene | None = None
        self._update = None
        self._header = ""
        on_retranslate(self._retranslate)

    def _retranslate(self) -> None:
        if self._scene is not None:
            self.set_scene(self._scene)
            if self._update is not None:
                self.set_history(*self._update)

    def set_scene(self, scene: Scene) -> None:
        self._scene = scene
        s = scene.scenario
        loss = LOSSES[s.loss]
        linear = isinstance(scene.problem.model, LinearModel)
        reg = {"none": "", "l1": f" + {s.lam:g} · Σ|w|", "l2": f" + {s.lam:g} · Σw²"}[s.regularizer]
        reg_grad = {"none": "", "l1": f" + {s.lam:g} · sign(w)", "l2": f" + 2 · {s.lam:g} · w"}[s.regularizer]
        model = "f(x) = w·x + b" if linear else "f(x) = W₂ · tanh(W₁ x + b₁) + b₂"
        chain = ("∂L/∂w = Σᵢ ℓ′(f(xᵢ), yᵢ) · xᵢ" + reg_grad + "<br>∂L/∂b = Σᵢ ℓ′(f(xᵢ), yᵢ)") if linear else \
            "∂L/∂θ = Σᵢ ℓ′(f(xᵢ), yᵢ) · ∂f(xᵢ)/∂θ (" + tr("back-propagation") + ")" + reg_grad
        self._header = (
            f"<p><b>{tr('Model')}</b>&nbsp; {model}</p>"
            f"<p><b>{tr('Loss')}</b>&nbsp; L = {html.escape(tr(loss.formula))}{reg}</p>"
            f"<p><b>{tr('Gradient')}</b>&nbsp; ℓ′ = {html.escape(tr(loss.derivative))}<br>{chain}</p>")
        self.setHtml(self._header)

    def set_history(self, history, optimizer: str, minibatch: bool) -> None:
        """Show the update that led to the last row of `history`, made by `optimizer`
        (on a mini-batch or on the whole training set)."""
        scene = self._scene
        self._update = (history, optimizer, minibatch)
        n = len(history)
        if scene is None or n == 0:
            return
        names = scene.problem.param_names
        theta = history.thetas[-1]
        if n < 2 or not np.isfinite(theta).all():
            rows = "".join(f"<tr><td>{html.escape(p)}</td><td>= {v:.4g}</td></tr>"
                           for p, v in zip(names[:_SHOWN_PARAMETERS], theta))
            self.setHtml(self._header + f"<p><b>{tr('Start')}</b> ({tr('step {step}').format(step=int(history.steps[-1]))})"
                         f"</p><table>{rows}</table>")
            return
        before, grad, lr = history.thetas[-2], history.recent_grads[-2], history.lrs[-2]
        plain = optimizer == "sgd" and not minibatch
        lines = []
        for name, old, g, new in list(zip(names, before, grad, theta))[:_SHOWN_PARAMETERS]:
            if plain:
                gradient = f"{g:.4g}" if g >= 0 else f"({g:.4g})"
                lines.append(f"{name} ← {old:.4g} − {lr:g} × {gradient} = {new:.4g}")
            else:
                lines.append(f"{name} ← {old:.4g} + ({new - old:.4g}) = {new:.4g}"
                             f"&nbsp;&nbsp;<span style='color:#777'>(−η·g = {-lr * g:.4g})</span>")
        more = ("<br>" + tr("… and {count} more parameters").format(count=len(names) - _SHOWN_PARAMETERS)
                if len(names) > _SHOWN_PARAMETERS else "")
        name = tr(OPTIMIZER_LABELS[optimizer])
        how = ("θ ← θ − η · ∇L" if plain else
               (tr("{optimizer} on a mini-batch") if minibatch else "{optimizer}").format(
                   optimizer=name) + ": " + tr("the step is not −η·∇L of the whole training set"))
        update = tr("Update to step {step}").format(step=int(history.steps[-1]))
        self.setHtml(self._header + f"<p><b>{update}</b>: {html.escape(how)}</p>"
                     f"<p style='font-family: monospace; color:{CURRENT}'>" + "<br>".join(lines) + more + "</p>")
