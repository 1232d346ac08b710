"""The Probabilities view: for one sample, bars of the target distribution p beside the
prediction q with H(p), H(p, q), KL(p‖q) and KL(q‖p) in numbers; and the curve −log q
that cross-entropy charges, rising to infinity as q goes to 0, with every training
sample placed on it at the probability the model gives its own class. Click a sample on
the curve to see its bars. Everything drawn is computed in lossplay.core.probabilities.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from ..core.probabilities import LOWEST_Q, SampleProbabilities, TrueClassProbabilities, neg_log_curve
from ..i18n import on_retranslate, tr
from . import looks
from .style import axis_label, style_plot
from .theme import CURRENT, TRAIN, VAL

CURVE = "#333333"
TOP = -math.log(LOWEST_Q)


def _number(x: float) -> str:
    return "∞" if math.isinf(x) else f"{x:.4f}"


class ProbabilityView(QWidget):
    sample_clicked = Signal(int)  # a training row

    def __init__(self) -> None:
        super().__init__()
        self.bars = pg.PlotWidget()
        style_plot(self.bars, "This sample", "For the chosen sample: the target distribution p "
                   "(what the loss aims at) and the model's predicted distribution q, class by class.")
        axis_label(self.bars, "bottom", "class")
        axis_label(self.bars, "left", "probability")
        self.bars.getPlotItem().setMouseEnabled(False, False)
        self.bars.setYRange(0.0, 1.05, padding=0.0)
        # The key is in the numbers under the plots: in the window's narrow column a legend
        # in the plot covered the bars.
        self.p_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=pg.mkBrush(TRAIN), pen=pg.mkPen("w"))
        self.q_bars = pg.BarGraphItem(x=[], height=[], width=0.38, brush=pg.mkBrush(VAL), pen=pg.mkPen("w"))
        for item in (self.p_bars, self.q_bars):
            self.bars.addItem(item)
        self.numbers = QLabel()
        self.numbers.setTextFormat(Qt.TextFormat.RichText)
        self.numbers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.curve_plot = pg.PlotWidget()
        style_plot(self.curve_plot, "−log q", "What cross-entropy charges a sample: −log of the "
                   "probability the model gives its true class. It is 0 at q = 1 and rises to infinity as q goes "
                   "to 0. Dots are the training samples; click one to see its bars.")
        axis_label(self.curve_plot, "bottom", "q of the true class")
        axis_label(self.curve_plot, "left", "−log q")
        self.curve_plot.setXRange(0.0, 1.0, padding=0.02)
        self.curve_plot.setYRange(0.0, TOP, padding=0.02)
        self.curve_plot.getPlotItem().setMouseEnabled(False, False)
        self.curve = looks.follow(self.curve_plot.plot(*neg_log_curve(), pen=pg.mkPen(CURVE, width=2.5)))
        self.samples = pg.ScatterPlotItem(size=8, brush=pg.mkBrush(TRAIN), pen=pg.mkPen("w", width=0.6))
        self.chosen = pg.ScatterPlotItem(size=15, brush=None, pen=pg.mkPen(CURRENT, width=2.5))
        self.curve_plot.addItem(self.samples)
        self.curve_plot.addItem(self.chosen)
        self.samples.sigClicked.connect(self._clicked)

        self.numbers.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.bars, 0, 0)
        grid.addWidget(self.curve_plot, 0, 1)
        grid.addWidget(self.numbers, 1, 0, 1, 2)
        grid.setRowStretch(0, 1)
        self._sample: SampleProbabilities | None = None
        self._shown: TrueClassProbabilities | None = None
        on_retranslate(self._say, owner=self)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(600, 480)  # as any one view in the tabs: two plots side by side must not widen the column

    def set_samples(self, shown: TrueClassProbabilities | None) -> None:
        """Every training sample (or an even spread) at (q_true, −log q_true), clipped to the frame."""
        self._shown = shown
        if shown is None:
            self.samples.setData([], [])
            return
        self.samples.setData(shown.q_true, np.minimum(shown.neg_log, TOP), data=shown.rows)

    def set_sample(self, sample: SampleProbabilities | None) -> None:
        self._sample = sample
        if sample is None:
            self.p_bars.setOpts(x=[], height=[])
            self.q_bars.setOpts(x=[], height=[])
            self.chosen.setData([], [])
            self._say()
            return
        k = np.arange(len(sample.p))
        self.p_bars.setOpts(x=k - 0.2, height=sample.p)
        self.q_bars.setOpts(x=k + 0.2, height=sample.q)
        self.bars.setXRange(-0.6, len(k) - 0.4, padding=0.0)
        self.bars.getPlotItem().getAxis("bottom").setTicks([[(int(i), str(int(i))) for i in k]])
        q_true = float(sample.q[sample.label])
        self.chosen.setData([q_true], [min(-math.log(q_true) if q_true > 0 else TOP, TOP)])
        self._say()

    def _clicked(self, _item, points, *_) -> None:
        if len(points):
            self.sample_clicked.emit(int(points[0].data()))

    def _say(self) -> None:
        s = self._sample
        if s is None:
            self.numbers.setText(tr("Probabilities are for classifiers trained with a log-likelihood: "
                                    "cross-entropy, KL divergence, logistic or binary cross-entropy."))
            return
        numbers = [("H(p)", s.entropy), ("H(p, q)", s.cross_entropy), ("KL(p‖q)", s.kl_pq), ("KL(q‖p)", s.kl_qp)]
        cells = "".join(f"<td style='padding-right:14px'>{name} = <b>{_number(value)}</b></td>"
                        for name, value in numbers)
        note = tr("H(p, q) = H(p) + KL(p‖q): the loss of this sample.")
        if math.isinf(s.kl_qp):
            note += " " + tr("KL(q‖p) is infinite: q puts probability where p has none.")
        if s.of_label is None:
            sample = tr("training sample {index}, class {label}").format(index=s.index, label=s.label)
        else:  # the label is chosen in the Data view's corner
            sample = tr("training sample {index}, label y{number}: {answer} (the label shown in the Data view)").format(
                index=s.index, number=s.of_label + 1, answer=s.label)
        key = "&nbsp;&nbsp;".join(f"<span style='color:{colour}'>■</span> {tr(name)}"
                                  for colour, name in ((TRAIN, "target p"), (VAL, "prediction q")))
        self.numbers.setText(f"{key}&nbsp;&nbsp;·&nbsp;&nbsp;{sample}<table cellspacing='0'><tr>{cells}</tr></table>"
                             f"{note}")
