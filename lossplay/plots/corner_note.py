"""Words on a plot's fill that anchor to a corner like a legend does, so that the
legend's placer (see .legend_place) puts them where they hide nothing: the data view's
"3,000 of 20,000 samples shown", the margin plot's "not for this data", the slice's
verdict."""
from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QRectF

from . import looks


class _Words(pg.TextItem):
    """A TextItem that tells its box when its size may have changed (new words, a
    larger font in presenter mode)."""

    def updateTextPos(self) -> None:  # noqa: N802 (pyqtgraph's name)
        super().updateTextPos()
        box = self.parentItem()
        if isinstance(box, CornerNote):
            box.fit()


class CornerNote(pg.GraphicsWidgetAnchor, pg.GraphicsWidget):
    """A box as large as its words, anchored to its parent (the view box, or a row under
    the plot) by `anchor` as a legend is. Made hidden: whoever writes in it shows it."""

    def __init__(self, parent, fill=(255, 255, 255, 200), text_width: float | None = None, role: str = "note") -> None:
        """`role` as looks.follow's: "note" (the theme's text colour) or "box" (a colour of
        the note's own, set with setColor)."""
        pg.GraphicsWidget.__init__(self)
        pg.GraphicsWidgetAnchor.__init__(self)
        self.setParentItem(parent)
        self.setZValue(30)  # over the drawing, under a read-out
        self.words = looks.follow(_Words("", fill=fill, anchor=(0, 0)), role)
        self.words.setParentItem(self)
        if text_width is not None:
            self.words.setTextWidth(text_width)
        self.textItem = self.words.textItem  # as a TextItem's, for whoever reads the words
        self.setVisible(False)

    def setText(self, text: str) -> None:  # noqa: N802 (as a TextItem's)
        self.words.setText(text)
        self.fit()

    def toPlainText(self) -> str:  # noqa: N802 (as a TextItem's)
        return self.words.toPlainText()

    def setColor(self, colour) -> None:  # noqa: N802 (as a TextItem's)
        self.words.setColor(colour)

    def fit(self) -> None:
        """As large as the words' box; the anchor then puts it back in its corner."""
        box = self.words.mapRectToParent(self.words.boundingRect())
        self.words.setPos(self.words.pos() - box.topLeft())
        if abs(box.width() - self.width()) > 0.5 or abs(box.height() - self.height()) > 0.5:
            self.resize(box.width(), box.height())

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt's name)
        return QRectF(0, 0, self.width(), self.height())
