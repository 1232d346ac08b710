"""The data figure of multi-label data: one data view per label, side by side (small
multiples), each with that label's samples (off/on) and regions, and the caption under
them. Each label is a yes/no question of its own, with its own sigmoid: the views show
every question at once, as one view can show only one."""
from __future__ import annotations

import numpy as np
from PySide6.QtWidgets import QApplication, QWidget

from ..core.fit import PROBABILISTIC
from ..i18n import tr
from . import looks
from .confidence import key_text
from .figure_frame import figure_text, offscreen_grid
from .scene import Scene
from .views import DataView


def grid_shape(labels: int) -> tuple[int, int]:
    """(rows, columns) for `labels` views: one row up to three, then two rows."""
    return (1, labels) if labels <= 3 else (2, (labels + 1) // 2)


def labels_key(scene: Scene, views: list[DataView]) -> str:
    """What the label views of multi-label data say once, under them: what a label is,
    the shading's key, and how many samples each shows."""
    shown = views[0].shown_note.toPlainText() if views else ""
    return (tr("Each label is a yes/no question of its own, with its own sigmoid.") + " "
            + (key_text(2, ", ") + " " if scene.scenario.loss in PROBABILISTIC else "")
            + (shown + "." if shown else ""))


class LabelViews(QWidget):
    """A DataView per label of multi-label data, drawn together as one figure."""

    def __init__(self, scene: Scene, width: int, height: int, caption: str | None = None) -> None:
        super().__init__()
        layout = offscreen_grid(self, spacing=6)
        labels = scene.problem.dataset.n_labels
        rows, columns = grid_shape(labels)
        self.views: list[DataView] = []
        for k in range(labels):
            view = DataView()
            looks.use_normal_font(view)
            view.label = k
            view.note_here = False  # "3,000 of 5,000 samples shown" said once, under the views
            view.set_scene(scene)
            view.shade_key = False  # said once, under the views: a narrow view has no room for it
            looks.themed(view)
            layout.addWidget(view, k // columns, k % columns)
            self.views.append(view)
        self.key = figure_text(labels_key(scene, self.views))
        self.caption = figure_text(caption or "")
        self.caption.setVisible(bool(caption))
        for row, text in enumerate((self.key, self.caption), start=rows):
            layout.addWidget(text, row, 0, 1, columns)
        self.setFixedSize(width, height)  # exactly the size asked (--size), however narrow each view gets

    def set_theta(self, theta: np.ndarray) -> None:
        for view in self.views:
            view.set_theta(theta)


def make_label_figure(scene: Scene, history, width: int, height: int, caption: str | None = None) -> LabelViews:
    """The multi-label data figure of the run in `history` at its last finite row."""
    figure = LabelViews(scene, width, height, caption)
    finite = np.nonzero(np.isfinite(history.thetas).all(axis=1))[0]
    if len(finite):
        figure.set_theta(history.thetas[finite[-1]])
    figure.show()
    QApplication.processEvents()
    return figure
