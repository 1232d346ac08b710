"""What a widget paints, recorded once as a list of drawing operations with their device
transforms, then drawn again at any scale (PNG) or written as SVG.

Why not Qt's QSvgGenerator: it writes a cosmetic pen (pyqtgraph's lines are all
cosmetic: so many pixels wide whatever the zoom) inside a group scaled to plot
coordinates, which every renderer but Qt draws as a band 80 pixels wide, and it drops
the clipping. Here each operation keeps the transform it was drawn with, and the SVG
writer and the replay decide how to draw its stroke. Replaying at scale s also widens
the cosmetic lines, markers and fonts by s: what the export dialog's 2x and 3x promise,
which rendering the widget under `QPainter.scale` does not do for cosmetic pens.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QImage,
    QPaintDevice,
    QPaintEngine,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView, QWidget

_DPI = 96  # QImage's default: fonts in points get the same pixel size as in the PNG


@dataclass
class PathOp:
    path: QPainterPath  # in the coordinates of `transform`
    transform: QTransform  # to device pixels
    pen: QPen | None
    brush: QBrush | None
    antialias: bool
    opacity: float
    clip: QPainterPath | None  # device pixels


@dataclass
class ImageOp:
    image: QImage
    target: QRectF  # in the coordinates of `transform`
    transform: QTransform
    smooth: bool
    opacity: float
    clip: QPainterPath | None


@dataclass
class TextOp:
    text: str
    font: QFont
    colour: QColor
    position: QPointF  # start of the baseline, in the coordinates of `transform`
    transform: QTransform
    opacity: float
    clip: QPainterPath | None


class _RecordingEngine(QPaintEngine):
    def __init__(self, ops: list) -> None:
        super().__init__(QPaintEngine.PaintEngineFeature.AllFeatures)
        self.ops = ops
        self._clip: QPainterPath | None = None

    def begin(self, device) -> bool:
        return True

    def end(self) -> bool:
        return True

    def type(self) -> QPaintEngine.Type:
        return QPaintEngine.Type.User

    def updateState(self, state) -> None:
        dirty = state.state()
        clip_flags = (QPaintEngine.DirtyFlag.DirtyClipPath | QPaintEngine.DirtyFlag.DirtyClipRegion
                      | QPaintEngine.DirtyFlag.DirtyClipEnabled)
        if dirty & clip_flags:
            painter = self.painter()
            # Qt keeps the clip in device coordinates; clipPath() hands it back in the
            # current logical ones, so map it forward again.
            self._clip = painter.combinedTransform().map(painter.clipPath()) if painter.hasClipping() else None

    # --- shapes ------------------------------------------------------------------------------

    def _shape(self, path: QPainterPath, fill: bool = True) -> None:
        painter = self.painter()
        pen = painter.pen()
        brush = painter.brush()
        self.ops.append(PathOp(
            QPainterPath(path), painter.combinedTransform(),
            None if pen.style() == Qt.PenStyle.NoPen else QPen(pen),
            None if not fill or brush.style() == Qt.BrushStyle.NoBrush else QBrush(brush),
            bool(painter.renderHints() & QPainter.RenderHint.Antialiasing), painter.opacity(), self._clip))

    def drawPath(self, path: QPainterPath) -> None:
        self._shape(path)

    def drawPolygon(self, points, mode) -> None:
        path = QPainterPath()
        path.addPolygon(QPolygonF([QPointF(p) for p in points]))
        polyline = mode == QPaintEngine.PolygonDrawMode.PolylineMode
        if not polyline:
            path.closeSubpath()
            if mode == QPaintEngine.PolygonDrawMode.WindingMode:
                path.setFillRule(Qt.FillRule.WindingFill)
        self._shape(path, fill=not polyline)

    def drawLines(self, lines) -> None:
        path = QPainterPath()
        for line in lines:
            path.moveTo(QPointF(line.p1()))
            path.lineTo(QPointF(line.p2()))
        self._shape(path, fill=False)

    def drawRects(self, rects) -> None:
        path = QPainterPath()
        for rect in rects:
            path.addRect(QRectF(rect))
        self._shape(path)

    def drawEllipse(self, rect) -> None:
        path = QPainterPath()
        path.addEllipse(QRectF(rect))
        self._shape(path)

    def drawPoints(self, points) -> None:
        path = QPainterPath()
        for p in points:
            path.moveTo(QPointF(p))
            path.lineTo(QPointF(p))
        self._shape(path, fill=False)

    # --- pictures and text ------------------------------------------------------------------------

    def drawImage(self, rect, image, source, flags=None) -> None:
        painter = self.painter()
        piece = image.copy(source.toAlignedRect()) if source.toAlignedRect() != image.rect() else image.copy()
        self.ops.append(ImageOp(piece, QRectF(rect), painter.combinedTransform(),
                                bool(painter.renderHints() & QPainter.RenderHint.SmoothPixmapTransform),
                                painter.opacity(), self._clip))

    def drawPixmap(self, rect, pixmap, source) -> None:
        self.drawImage(rect, pixmap.toImage(), source)

    def drawTiledPixmap(self, rect, pixmap, offset) -> None:
        self.drawImage(rect, pixmap.toImage().copy(int(offset.x()), int(offset.y()), int(rect.width()),
                                                   int(rect.height())), QRectF(0, 0, rect.width(), rect.height()))

    def drawTextItem(self, position, item) -> None:
        painter = self.painter()
        if item.text():
            self.ops.append(TextOp(item.text(), QFont(item.font()), QColor(painter.pen().color()), QPointF(position),
                                   painter.combinedTransform(), painter.opacity(), self._clip))


class _RecordingDevice(QPaintDevice):
    def __init__(self, width: int, height: int) -> None:
        super().__init__()
        self.ops: list = []
        self._engine = _RecordingEngine(self.ops)
        self._size = (width, height)

    def paintEngine(self) -> QPaintEngine:
        return self._engine

    def metric(self, metric) -> int:
        M = QPaintDevice.PaintDeviceMetric
        width, height = self._size
        return {M.PdmWidth: width, M.PdmHeight: height, M.PdmWidthMM: round(width * 25.4 / _DPI),
                M.PdmHeightMM: round(height * 25.4 / _DPI), M.PdmNumColors: 1 << 24, M.PdmDepth: 32,
                M.PdmDpiX: _DPI, M.PdmDpiY: _DPI, M.PdmPhysicalDpiX: _DPI, M.PdmPhysicalDpiY: _DPI,
                M.PdmDevicePixelRatio: 1}.get(metric) or super().metric(metric)  # the scaled and encoded ratios: 1


@dataclass
class Recording:
    """Everything `widget` painted, in device pixels of its logical size."""
    width: int
    height: int
    ops: list


def record(widget: QWidget) -> Recording:
    """Paint `widget` once into a recording, with every plot item drawn as vectors: no
    cached pixmaps, markers as paths rather than stamped from pyqtgraph's atlas."""
    items = [item for view in [widget, *widget.findChildren(QGraphicsView)] if isinstance(view, QGraphicsView)
             for item in view.scene().items()]
    caches = [(item, item.cacheMode()) for item in items]
    for item, _ in caches:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
        if hasattr(item, "setExportMode"):
            item.setExportMode(True, {"antialias": True})
    device = _RecordingDevice(widget.width(), widget.height())
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        QWidget.render(widget, painter, QPointF(0, 0).toPoint())
    finally:
        painter.end()
        for item, mode in caches:
            if hasattr(item, "setExportMode"):
                item.setExportMode(False)
            item.setCacheMode(mode)
    return Recording(widget.width(), widget.height(), device.ops)


def record_window(window: QWidget, background: QImage) -> Recording:
    """A window as the picture `background` (its panels, as Qt draws them) with each
    visible plot recorded on top as vectors. Qt paints a child widget through a system
    transform that a paint engine written in Python cannot read, so each plot is
    recorded alone and moved to its place."""
    ops: list = [ImageOp(background, QRectF(0, 0, window.width(), window.height()), QTransform(), False, 1.0, None)]
    for view in window.findChildren(QGraphicsView):
        if not view.isVisible() or view.width() < 2 or view.height() < 2:
            continue
        corner = view.mapTo(window, QPointF(0, 0).toPoint())
        shift = QTransform.fromTranslate(corner.x(), corner.y())
        own = QPainterPath()
        own.addRect(QRectF(corner.x(), corner.y(), view.width(), view.height()))
        for op in record(view).ops:
            op.transform = op.transform * shift
            op.clip = own if op.clip is None else shift.map(op.clip).intersected(own)
            ops.append(op)
    return Recording(window.width(), window.height(), ops)


def cosmetic_width(pen: QPen) -> float:
    """A cosmetic pen's width in device pixels (Qt draws width 0 as one pixel)."""
    return pen.widthF() if pen.widthF() > 0 else 1.0


def replay(recording: Recording, scale: float = 1.0, background=Qt.GlobalColor.white) -> QImage:
    """The recording drawn by Qt's raster engine at `scale` times its size: every
    coordinate, cosmetic line, marker and font `scale` times larger."""
    image = QImage(round(recording.width * scale), round(recording.height * scale), QImage.Format.Format_ARGB32)
    image.fill(background)
    painter = QPainter(image)
    zoom = QTransform.fromScale(scale, scale)
    try:
        for op in recording.ops:
            painter.save()
            painter.setOpacity(op.opacity)
            if op.clip is not None:
                painter.setTransform(zoom)
                painter.setClipPath(op.clip)
            painter.setTransform(op.transform * zoom)
            if isinstance(op, PathOp):
                painter.setRenderHint(QPainter.RenderHint.Antialiasing, op.antialias)
                pen = Qt.PenStyle.NoPen
                if op.pen is not None:
                    pen = QPen(op.pen)
                    if pen.isCosmetic() or pen.widthF() == 0:
                        pen.setCosmetic(True)
                        pen.setWidthF(cosmetic_width(op.pen) * scale)
                painter.setPen(pen)
                painter.setBrush(op.brush if op.brush is not None else Qt.BrushStyle.NoBrush)
                painter.drawPath(op.path)
            elif isinstance(op, ImageOp):
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, op.smooth)
                painter.drawImage(op.target, op.image)
            else:
                painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
                painter.setFont(op.font)
                painter.setPen(op.colour)
                painter.drawText(op.position, op.text)
            painter.restore()
    finally:
        painter.end()
    return image
