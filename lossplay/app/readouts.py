"""Read-outs under the pointer: the parameters and the loss at a point of the landscape,
the step and both losses on the loss chart, one sample's numbers on the data view.
The core computes them; this only asks and passes the words to the views."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject

from ..core.fit import label_names
from ..core.landscape import PRINCIPAL_LABELS
from ..core.readouts import landscape_readout, point_readout, sample_readout
from ..i18n import tr
from ..plots.views import DataView, LandscapeView, LossChart
from .run_controller import RunController
from .shown_row import shown_row


def _g(x: float) -> str:
    return f"{x:.4g}"


class Readouts(QObject):
    def __init__(self, controller: RunController, landscape: LandscapeView, loss_chart: LossChart,
                 data_view: DataView) -> None:
        super().__init__(controller)
        self.controller = controller
        self.landscape, self.loss_chart, self.data_view = landscape, loss_chart, data_view
        for view, slot in ((landscape, self._on_landscape), (loss_chart, self._on_loss), (data_view, self._on_data)):
            view.hover.moved.connect(slot)
            view.hover.left.connect(lambda view=view: view.hover.show(None))

    def _on_landscape(self, alpha: float, beta: float) -> None:
        c = self.controller
        if c.scene is None or c.problem is None:
            return
        theta, loss = landscape_readout(c.problem, c.scene.plane, alpha, beta)
        names = [tr(n) if n in PRINCIPAL_LABELS else n for n in c.scene.plane.labels]
        self.landscape.hover.show(f"{names[0]} = {_g(alpha)} · {names[1]} = {_g(beta)} · "
                                  + tr("loss {loss}").format(loss=_g(loss)))

    def _on_loss(self, step: float, _: float) -> None:
        h = self.controller.history
        if h is None or len(h) == 0:
            return
        row = int(np.clip(np.searchsorted(h.steps, step), 0, len(h) - 1))
        if row > 0 and abs(h.steps[row - 1] - step) < abs(h.steps[row] - step):
            row -= 1
        text = tr("step {step}").format(step=int(h.steps[row])) + " · " + \
            tr("training {loss}").format(loss=_g(h.losses[row]))
        if np.isfinite(h.val_losses[row]):
            text += " · " + tr("validation {loss}").format(loss=_g(h.val_losses[row]))
        self.loss_chart.hover.show(text)

    def _on_data(self, x: float, y: float) -> None:
        c, h = self.controller, self.controller.history
        index = self.data_view.sample_at(x, y)
        if h is None or len(h) == 0 or c.problem is None:
            self.data_view.hover.show(None)
            return
        theta = h.thetas[shown_row(h, c.state.replay_row)]  # the step the data view shows
        label = self.data_view.label
        if index is None:  # off the samples: what the shade says there, where there is one
            here = point_readout(c.problem, self.data_view.frame, theta, x, y, label) \
                if self.data_view.frame is not None else None
            self.data_view.hover.show(None if here is None else tr("here: predicted class {k}, probability {p}")
                                      .format(k=here[0], p=f"{here[1]:.3f}"))
            return
        r = sample_readout(c.problem, theta, index, label)
        ds = c.problem.dataset
        name = (lambda n: n) if ds.kind.startswith("csv:") else tr  # a person's own columns keep their names
        features = ", ".join(f"{name(n)} = {_g(v)}" for n, v in zip(ds.feature_names, r.features))
        kind = tr("validation sample {index}") if r.validation else tr("training sample {index}")
        lines = [kind.format(index=index + 1), features]
        if ds.n_labels:
            lines.append(tr("label {name}").format(name=label_names(ds)[label]))
        if ds.regression:
            lines.append(tr("target {target} · predicted {prediction}").format(target=_g(r.target),
                                                                             prediction=_g(r.prediction)))
        else:
            lines.append(tr("class {target} · predicted class {prediction}").format(target=int(r.target),
                                                                                    prediction=int(r.prediction)))
            if r.probability is not None:
                lines.append(tr("probability of its class {p}").format(p=f"{r.probability:.3f}"))
        lines.append(tr("its own loss {loss}").format(loss=_g(r.loss)))
        self.data_view.hover.show("\n".join(lines))
