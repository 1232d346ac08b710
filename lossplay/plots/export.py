"""Figures and animations of a run, for the window's exports and `lossplay run`.

Every figure is drawn by the same view classes the window shows, in a fresh widget of
the asked size that is never put on screen. A PNG or SVG figure is first recorded as
drawing operations (see .recording), then drawn at the asked scale by Qt's raster engine
(PNG) or written as SVG (see .svg): the two show the same lines, markers and text.
(Neither Qt's QSvgGenerator nor pyqtgraph's SVGExporter writes an SVG that other
renderers draw correctly.) GIF is written by Pillow, MP4 by the ffmpeg that
imageio-ffmpeg ships.
Every file is written to a temporary name and renamed when complete. Animations are
in .animation.
"""
from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from ..core.runfiles import OutputError, atomic_write
from .animation import ExportCancelled, write_animation  # noqa: F401 (every export from one module)
from .figure import make_figure, render_image  # noqa: F401 (make_figure: the window's exports)
from .recording import record, record_window, replay
from .scene import Scene
from .svg import png_data, svg_document

FIGURES = ("landscape", "loss", "data")

def png_bytes(widget: QWidget, scale: float = 1.0) -> bytes:
    """A PNG `scale` times the widget's size, lines, markers and text scaled with it."""
    return png_data(replay(record(widget), scale))


def svg_bytes(widget: QWidget, title: str) -> bytes:
    if widget.isWindow() and not isinstance(widget, pg.PlotWidget):
        return svg_document(record_window(widget, render_image(widget)), title)
    return svg_document(record(widget), title)


def save_widget(widget: QWidget, path: Path, scale: float = 1.0, title: str = "lossplay") -> None:
    """PNG or SVG by the file's suffix, written completely or not at all."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise OutputError("cannot save {file}: choose a .png or .svg file name", file=path.name)
    if suffix == ".svg":
        data = svg_bytes(widget, title)
    elif widget.isWindow() and not isinstance(widget, pg.PlotWidget):
        data = png_data(render_image(widget, scale))  # a whole window: Qt draws its panels sharp at any scale
    else:
        data = png_bytes(widget, scale)
    try:
        atomic_write(path, data)
    except OSError as e:
        raise OutputError("cannot write {path}: {reason}", path=path, reason=e.strerror or e) from None


def write_figures(scene: Scene, history, out_dir: Path, width: int = 800, height: int = 600,
                  caption: str | None = None) -> list[Path]:
    """landscape, loss and data as .png and .svg in `out_dir`, each with `caption` under it."""
    written = []
    for name in FIGURES:
        widget = make_figure(name, scene, history, width, height, caption)
        for suffix in (".png", ".svg"):
            path = out_dir / f"{name}{suffix}"
            save_widget(widget, path, title=f"lossplay {name}")
            written.append(path)
        widget.deleteLater()
    return written
