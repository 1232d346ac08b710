"""How sure a classifier is, everywhere on the data view: a shade whose colour is the
classes' colours mixed by their predicted probabilities and whose strength is the
probability of the predicted class, clear where it is no more than a guess (1/K; 0.5 for
two classes) and strongest where it is 1, with a dashed line where it is 0.9 and a short
key. The decision boundary (its 0.5 or argmax line) is RegionShapes'.

The probabilities come from the core (lossplay.core.fit); this only colours and draws
them. The shade is a picture of the grid the core evaluated, drawn smoothly
(interpolated between the grid's points), so that it shows no cells; the mixed colour is
continuous across a boundary, so that nothing steps there either.
"""
from __future__ import annotations

import html

import contourpy
import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

from ..i18n import on_retranslate, tr
from . import looks

SURE = 0.9  # the dashed line: the predicted class's probability is 0.9 there
KEY_PT = 8  # a key, read once: smaller than the axes' words
STRONGEST = {"light": 125, "dark": 110, "contrast": 100}  # opacity of a sure shade, of 255, per look


def key_text(classes: int, separator: str = "\n") -> str:
    """What the shade and the dashed line mean, for `classes` classes, in two parts."""
    return (tr("shade: probability of the predicted class") + separator
            + tr("none at {lowest}, full at 1 · dashed: {sure}").format(lowest=f"{1.0 / classes:.2g}",
                                                                         sure=f"{SURE:g}"))


class SmoothImage(pg.ImageItem):
    """An image drawn interpolated between its pixels (pyqtgraph draws the nearest pixel)."""

    def paint(self, painter: QPainter, *args) -> None:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        super().paint(painter, *args)


def shade_rgba(probabilities: np.ndarray, colours: np.ndarray, strongest: int) -> np.ndarray:
    """(G, G, 4) ubyte: each grid point in the classes' `colours` (K, 3) mixed by its
    `probabilities` (K, G, G), as opaque as the largest probability is above 1/K."""
    k = len(probabilities)
    rgb = np.tensordot(probabilities.transpose(1, 2, 0), colours[:k].astype(float), axes=1)
    sure = (probabilities.max(axis=0) - 1.0 / k) / (1.0 - 1.0 / k)
    alpha = strongest * np.clip(sure, 0.0, 1.0)
    return np.dstack([np.clip(np.rint(rgb), 0, 255), np.rint(alpha)]).astype(np.ubyte)


class ConfidenceShade:
    """The shade, its 0.9 line and its key, added to `view` under its points."""

    def __init__(self, view: pg.PlotWidget, colours: list[str]) -> None:
        self._colours = np.array([pg.mkColor(c).getRgb()[:3] for c in colours], float)
        self.image = SmoothImage(axisOrder="row-major")  # [y, x], whatever the global setting
        self.image.setZValue(-10)
        view.addItem(self.image)
        dashed = pg.mkPen(looks.current().text, width=1.0, style=Qt.PenStyle.DashLine)
        self.sure_line = pg.PlotDataItem(pen=dashed, connect="finite")
        self.sure_line.follows_text = True  # looks.apply gives it the theme's text colour
        self.sure_line.backdrop = True  # part of the shade, which runs everywhere: notes may cover it
        self.sure_line.setZValue(-8)
        view.addItem(self.sure_line)
        # The key in a row of its own under the plot: inside it, it would hide samples.
        item = view.getPlotItem()
        self.key = pg.LabelItem("", size=f"{KEY_PT:g}pt", justify="left")
        self._view = view
        item.layout.addItem(self.key, item.layout.rowCount(), 0, 1, item.layout.columnCount())
        self._classes = 2
        self._key_shown = False
        self._shown = None  # the arguments of the last show, to draw it again in another look
        on_retranslate(self._say_key, owner=view)
        self.hide()

    def hide(self) -> None:
        self._shown = None
        for item in (self.image, self.sure_line):
            item.setVisible(False)
        self._show_key(False)

    def _show_key(self, shown: bool) -> None:
        """A hidden key gives its row back to the plot, and its width: it has no text (a
        narrow view, one of several labels' in an animation, was held as wide as the text)."""
        self._key_shown = shown
        self._say_key()
        self.key.setVisible(shown)
        self.key.setMaximumHeight(1e6 if shown else 0)
        self.key.setMinimumHeight(0)

    def restyle(self) -> None:
        """Draw the shade again in the current look (its strength and the key's colours)."""
        if self._shown is not None:
            self.show(*self._shown)

    def show(self, gx: np.ndarray, gy: np.ndarray, probabilities: np.ndarray, rect: QRectF, key: bool = True) -> None:
        """Shade the grid gx × gy by `probabilities` (K, len(gy), len(gx)) over `rect`,
        with the key or without it."""
        self._shown = (gx, gy, probabilities, rect, key)
        probabilities = np.where(np.isfinite(probabilities), probabilities, 1.0 / len(probabilities))
        look = looks.current()
        self.image.setImage(shade_rgba(probabilities, self._colours, STRONGEST.get(look.key, 150)),
                            autoLevels=False)
        self.image.setRect(rect)  # needs the image's size, so after it
        lines = contourpy.contour_generator(gx, gy, probabilities.max(axis=0),
                                            line_type=contourpy.LineType.Separate).lines(SURE)
        xy = np.vstack([np.vstack([line, [[np.nan, np.nan]]]) for line in lines]) if lines else np.empty((0, 2))
        self.sure_line.setData(xy[:, 0], xy[:, 1])
        self._classes = len(probabilities)
        self.key.setAttr("color", look.text)
        self.key.setAttr("size", f"{KEY_PT * getattr(self._view, 'look_size', 1.0):g}pt")  # presenter mode: larger
        for item in (self.image, self.sure_line):
            item.setVisible(True)
        self._show_key(key)

    def _say_key(self) -> None:
        self.key.setText(html.escape(key_text(self._classes)).replace("\n", "<br>") if self._key_shown else "")
