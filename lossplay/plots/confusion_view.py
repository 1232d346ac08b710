"""A confusion matrix as a small heat map: rows the true class, columns the predicted one,
each cell shaded by its share of its row and labelled with its count."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

from ..i18n import on_retranslate, tr
from . import looks
from .style import axis_label, style_plot

MAX_CLASSES = 5


class ConfusionView(pg.PlotWidget):
    def __init__(self) -> None:
        super().__init__()
        style_plot(self, "Confusion matrix", "Rows: the true class. Columns: the class the model predicts. "
                   "The diagonal holds the right answers.")
        axis_label(self, "bottom", "predicted class")
        axis_label(self, "left", "true class")
        item = self.getPlotItem()
        item.setMouseEnabled(False, False)
        item.hideButtons()
        item.invertY(True)  # row 0 at the top, as the matrix is written
        self.image = pg.ImageItem()
        self.image.setLookupTable(pg.ColorMap([0.0, 1.0], [(255, 255, 255), (0, 114, 178)]).getLookupTable(nPts=256))
        self.addItem(self.image)
        # One text per cell of the largest matrix, made once and shown as needed.
        self.cells = [[pg.TextItem("", anchor=(0.5, 0.5)) for _ in range(MAX_CLASSES)] for _ in range(MAX_CLASSES)]
        for row in self.cells:
            for text in row:
                self.addItem(text)
        self._classes = 0
        self._split = ""
        self._matrix: np.ndarray | None = None
        on_retranslate(self._title, owner=self)

    def set_matrix(self, confusion: list[list[int]] | None, split: str = "") -> None:
        """Draw a C x C matrix of counts (None: nothing to draw); `split` names the samples."""
        self._split = split
        if confusion is None:
            self._matrix = None
            self.image.setVisible(False)
            for row in self.cells:
                for text in row:
                    text.setVisible(False)
            self._title()
            return
        counts = np.asarray(confusion, dtype=float)
        classes = counts.shape[0]
        self._matrix = counts
        totals = counts.sum(axis=1, keepdims=True)
        share = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
        self.image.setImage(share, levels=(0.0, 1.0), autoLevels=False)
        self.image.setRect(QRectF(-0.5, -0.5, classes, classes))
        self.image.setVisible(True)
        for i, row in enumerate(self.cells):
            for j, text in enumerate(row):
                shown = i < classes and j < classes
                text.setVisible(shown)
                if shown:
                    text.setText(str(int(counts[i, j])), color="w" if share[i, j] > 0.55 else "#222")
                    text.setPos(j, i)
        if classes != self._classes:
            self._classes = classes
            ticks = [[(k, str(k)) for k in range(classes)]]
            for axis in ("bottom", "left"):
                self.getPlotItem().getAxis(axis).setTicks(ticks)
            self.setRange(QRectF(-0.5, -0.5, classes, classes), padding=0.02)
        self._title()

    @property
    def matrix(self) -> np.ndarray | None:
        return self._matrix

    def _title(self) -> None:
        names = {"train": "Confusion matrix: training samples", "val": "Confusion matrix: validation samples",
                 "test": "Confusion matrix: test samples"}
        title = tr(names.get(self._split, "Confusion matrix"))
        self.title_text = title  # looks.apply writes it again in another theme
        self.getPlotItem().setTitle(looks.title_html(title, getattr(self, "look_size", 1.0)))
