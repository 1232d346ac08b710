"""The 3-D tab: the landscape as a shaded surface with the path on it, turned with the
mouse. Drawn by QPainter from `surface.py`'s numbers."""
from __future__ import annotations

from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QWidget

from ..core.landscape import PRINCIPAL_LABELS
from ..core.messages import translated
from ..core.runfiles import OutputError, atomic_write
from ..i18n import bind, tr
from . import looks
from .figure import render_image
from .scene import Scene
from .surface import grid_heights, heights_at, rotation, unit_floor
from .svg import png_data
from .theme import CURRENT, PATH, START

LIGHT = np.array([-0.35, 0.45, 0.82]) / np.linalg.norm([-0.35, 0.45, 0.82])  # from the upper left, in front


class SurfaceView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        bind(self.setAccessibleName, "3-D surface", owner=self)
        bind(self.setToolTip, "The loss landscape as a surface with the path on it; drag to turn it.", owner=self)
        self.setMinimumSize(160, 120)
        self.azimuth, self.elevation = -55.0, 32.0
        self._corners: np.ndarray | None = None  # (R, C, 3) the mesh's nodes
        self._colours: list[QColor] = []  # one per quad, row by row
        self._path: np.ndarray | None = None  # (n, 3)
        self._scene: Scene | None = None
        self._drag: QPointF | None = None
        looks.on_theme(self.update, owner=self)

    def set_scene(self, scene: Scene) -> None:
        # The mesh is made when it is first painted: a hidden tab costs a new landscape nothing.
        self._scene, self._corners, self._path = scene, None, None
        self.update()

    def _make_mesh(self) -> None:
        scene = self._scene
        plane = scene.plane
        rows, cols, z = grid_heights(scene.image)
        floor_x = unit_floor(plane.alphas, plane.betas, np.column_stack([plane.alphas[cols], plane.alphas[cols]]))[:, 0]
        floor_y = unit_floor(plane.alphas, plane.betas, np.column_stack([plane.betas[rows], plane.betas[rows]]))[:, 1]
        X, Y = np.meshgrid(floor_x, floor_y)
        self._corners = np.stack([X, Y, z], axis=-1)
        middle = (z[:-1, :-1] + z[1:, 1:] + z[:-1, 1:] + z[1:, :-1]) / 4
        top = float(z.max()) or 1.0
        rgba = pg.colormap.get("viridis").map((middle / top).ravel(), mode="byte")
        self._colours = [QColor(int(r), int(g), int(b)) for r, g, b, _ in rgba]

    def set_path(self, xy: np.ndarray) -> None:
        """The run's path in plane coordinates, drawn on the surface."""
        scene = self._scene
        if scene is None or not len(xy):
            return
        xy = xy[np.isfinite(xy).all(axis=1)]
        plane = scene.plane
        floor = unit_floor(plane.alphas, plane.betas, xy)
        inside = (np.abs(floor) <= 1.0).all(axis=1)
        z = heights_at(scene.image, plane.alphas, plane.betas, xy)
        self._path = np.column_stack([floor, z + 0.01])[inside]
        self.update()

    # --- drawing -----------------------------------------------------------------------------

    def _screen(self, points: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Screen x, y (pixels) and depth (towards the viewer) of points in the unit box."""
        turned = (points - (0.0, 0.0, 0.45)) @ rotation(self.azimuth, self.elevation).T
        size = 0.34 * min(self.width(), self.height())
        x = self.width() / 2 + size * turned[..., 0]
        y = self.height() / 2 - size * turned[..., 1]
        return np.stack([x, y], axis=-1), turned[..., 2]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(looks.current().background))
        if self._scene is None:
            painter.end()
            return
        if self._corners is None:
            self._make_mesh()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        corners = self._corners
        xy, depth = self._screen(corners)
        quads = np.stack([xy[:-1, :-1], xy[:-1, 1:], xy[1:, 1:], xy[1:, :-1]], axis=2).reshape(-1, 4, 2)
        quad_depth = ((depth[:-1, :-1] + depth[1:, 1:] + depth[:-1, 1:] + depth[1:, :-1]) / 4).ravel()
        shade = self._shading(corners).ravel()
        for i in np.argsort(quad_depth):  # from the back to the front
            colour = self._colours[i].darker(int(100 / shade[i]))
            painter.setPen(QPen(colour, 0.8))
            painter.setBrush(colour)
            painter.drawPolygon(QPolygonF([QPointF(float(x), float(y)) for x, y in quads[i]]))
        self._draw_path(painter)
        self._draw_axes(painter)
        painter.end()

    def _shading(self, corners: np.ndarray) -> np.ndarray:
        """Lambert shading of each quad under a light fixed to the viewer: 0.55 to 1."""
        du = corners[:-1, 1:] - corners[:-1, :-1]
        dv = corners[1:, :-1] - corners[:-1, :-1]
        normal = np.cross(du, dv)
        normal /= np.linalg.norm(normal, axis=-1, keepdims=True)
        turned = normal @ rotation(self.azimuth, self.elevation).T
        return 0.55 + 0.45 * np.abs(turned @ LIGHT)

    def _draw_path(self, painter: QPainter) -> None:
        if self._path is None or not len(self._path):
            return
        xy, _ = self._screen(self._path)
        line = QPolygonF([QPointF(float(x), float(y)) for x, y in xy])
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(0, 0, 0, 170), 4.0))
        painter.drawPolyline(line)
        painter.setPen(QPen(QColor(PATH), 2.0))
        painter.drawPolyline(line)
        for point, colour, radius in ((xy[0], START, 5.0), (xy[-1], CURRENT, 6.5)):
            painter.setPen(QPen(QColor("black"), 1.2))
            painter.setBrush(QColor(colour))
            painter.drawEllipse(QPointF(float(point[0]), float(point[1])), radius, radius)

    def _draw_axes(self, painter: QPainter) -> None:
        labels = [tr(n) if n in PRINCIPAL_LABELS else n for n in self._scene.plane.labels]
        ends, _ = self._screen(np.array([[1.15, -1.0, 0.0], [-1.0, 1.15, 0.0]]))
        painter.setPen(QColor(looks.current().text))
        for (x, y), text in zip(ends, labels):
            painter.drawText(QPointF(float(x), float(y)), text)

    # --- saving ------------------------------------------------------------------------------

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        menu.addAction(tr("Save as PNG…"), self._ask_png)
        menu.exec(event.globalPos())

    def _ask_png(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save as PNG…"), "surface.png", tr("PNG image (*.png)"))
        if name:
            try:
                self.save_png(Path(name))
            except OutputError as e:
                QMessageBox.warning(self, tr("Export failed"), translated(e, tr))

    def save_png(self, path: Path, scale: float = 2.0) -> None:
        """The surface as it is turned now, `scale` times its size on screen (2 for slides)."""
        try:
            atomic_write(path, png_data(render_image(self, scale)))
        except OSError as e:
            raise OutputError("cannot write {path}: {reason}", path=path, reason=e.strerror or e) from None

    # --- turning -----------------------------------------------------------------------------

    def mousePressEvent(self, event) -> None:
        self._drag = event.position()

    def mouseMoveEvent(self, event) -> None:
        if self._drag is None:
            return
        delta = event.position() - self._drag
        self._drag = event.position()
        self.turn(0.5 * delta.x(), -0.5 * delta.y())

    def mouseReleaseEvent(self, event) -> None:
        self._drag = None

    def turn(self, azimuth: float, elevation: float) -> None:
        """Turn about the vertical by `azimuth` degrees and tilt by `elevation` (5 to 89)."""
        self.azimuth = (self.azimuth + azimuth) % 360.0
        self.elevation = float(np.clip(self.elevation + elevation, 5.0, 89.0))
        self.update()
