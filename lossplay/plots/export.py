"""Figures and animations of a run, for the window's exports and `lossplay run`.

Every figure is drawn by the same view classes the window shows, in a fresh widget of
the asked size that is never put on screen. A PNG or SVG figure is first recorded as
drawing operations (see .recording), then drawn at the asked scale by Qt's raster engine
(PNG) or written as SVG (see .svg): the two show the same lines, markers and text.
(Neither Qt's QSvgGenerator nor pyqtgraph's SVGExporter writes an SVG that other
renderers draw correctly.) GIF is written by Pillow, MP4 by the ffmpeg that
imageio-ffmpeg ships.
Every file is written to a temporary name and renamed when complete.
"""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from ..core.runfiles import OutputError, atomic_write
from .legend_place import place_legend
from .recording import record, record_window, replay
from .scene import Scene
from .svg import svg_document
from .views import DataView, LandscapeView, LossChart

FIGURES = ("landscape", "loss", "data")
MAX_FRAMES = 1000


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


def make_figure(name: str, scene: Scene, history, width: int, height: int) -> QWidget:
    """A fresh, off-screen view showing `scene` and the run in `history` (any object
    with steps, thetas, losses and val_losses)."""
    view = {"landscape": LandscapeView, "loss": LossChart, "data": DataView}[name]()
    view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    view.resize(width, height)
    if name == "loss":
        view.start(int(history.steps[-1]) if len(history.steps) else 1)
        if not np.isfinite(history.losses).all() or history.losses.max() > 1e3 * max(history.losses.min(), 1e-300):
            view.set_log(True)
        view.set_history(history.steps, history.losses, history.val_losses)
    else:
        view.set_scene(scene)
        if name == "landscape":
            view.set_path(scene.plane.project(history.thetas))
        else:
            finite = np.isfinite(history.thetas).all(axis=1)
            view.set_theta(history.thetas[np.nonzero(finite)[0][-1]])
    view.show()
    QApplication.processEvents()
    place_legends(view)
    return view


def place_legends(view: QWidget) -> None:
    """Each legend of a figure in the corner where it covers the least of the drawing."""
    if isinstance(view, LandscapeView):
        place_legend(view, view.legend, exclude={view.isolines})
    elif isinstance(view, LossChart):
        place_legend(view, view.getPlotItem().legend)


def render_image(widget: QWidget, scale: float = 1.0) -> QImage:
    size = widget.size()
    image = QImage(QSize(round(size.width() * scale), round(size.height() * scale)), QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(scale, scale)
        QWidget.render(widget, painter, QPoint(0, 0))
    finally:
        painter.end()
    return image


def png_bytes(widget: QWidget, scale: float = 1.0) -> bytes:
    """A PNG `scale` times the widget's size, lines, markers and text scaled with it."""
    return _png(replay(record(widget), scale))


def _png(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def svg_bytes(widget: QWidget, title: str) -> bytes:
    if widget.isWindow() and not isinstance(widget, (LandscapeView, LossChart, DataView)):
        return svg_document(record_window(widget, render_image(widget)), title)
    return svg_document(record(widget), title)


def save_widget(widget: QWidget, path: Path, scale: float = 1.0, title: str = "lossplay") -> None:
    """PNG or SVG by the file's suffix, written completely or not at all."""
    suffix = path.suffix.lower()
    if suffix not in (".png", ".svg"):
        raise OutputError("cannot save {file}: choose a .png or .svg file name", file=path.name)
    if suffix == ".svg":
        data = svg_bytes(widget, title)
    elif widget.isWindow() and not isinstance(widget, (LandscapeView, LossChart, DataView)):
        data = _png(render_image(widget, scale))  # a whole window: Qt draws its panels sharp at any scale
    else:
        data = png_bytes(widget, scale)
    try:
        atomic_write(path, data)
    except OSError as e:
        raise OutputError("cannot write {path}: {reason}", path=path, reason=e.strerror or e) from None


def write_figures(scene: Scene, history, out_dir: Path, width: int = 800, height: int = 600) -> list[Path]:
    """landscape, loss and data as .png and .svg in `out_dir`."""
    written = []
    for name in FIGURES:
        widget = make_figure(name, scene, history, width, height)
        for suffix in (".png", ".svg"):
            path = out_dir / f"{name}{suffix}"
            save_widget(widget, path, title=f"lossplay {name}")
            written.append(path)
        widget.deleteLater()
    return written


class _AnimationFrame(QWidget):
    """The landscape, optionally with the loss chart beside it, for one frame size."""

    def __init__(self, scene: Scene, history, width: int, height: int, with_loss: bool) -> None:
        super().__init__()
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.setStyleSheet("background: white;")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)  # the colour bar's title and the loss axis' title apart
        self.landscape = LandscapeView()
        self.landscape.set_scene(scene)
        layout.addWidget(self.landscape, 3)
        self.loss = None
        if with_loss:
            self.loss = LossChart()
            self.loss.start(int(history.steps[-1]) if len(history.steps) else 1)
            finite = history.losses[np.isfinite(history.losses)]
            if len(finite) and finite.max() > 1e3 * max(finite.min(), 1e-300):
                self.loss.set_log(True)
            layout.addWidget(self.loss, 2)
        self.resize(width, height)
        self.show()
        QApplication.processEvents()
        if self.loss is not None:
            self.loss.freeze_range(history.steps, history.losses, history.val_losses)
        self._xy = scene.plane.project(history.thetas)
        self._history = history
        # The legends go where the whole run leaves room, and stay there in every frame.
        self.frame(len(history.steps), render=False)
        place_legends(self.landscape)
        if self.loss is not None:
            place_legends(self.loss)

    def frame(self, rows: int, render: bool = True) -> np.ndarray | None:
        """RGB pixels (height, width, 3) with the first `rows` rows of the run drawn."""
        self.landscape.set_path(self._xy[:rows])
        if self.loss is not None:
            h = self._history
            self.loss.set_history(h.steps[:rows], h.losses[:rows], h.val_losses[:rows])
        if not render:
            return None
        image = render_image(self).convertToFormat(QImage.Format.Format_RGB888)
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        return pixels[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def frame_rows(n_rows: int, max_frames: int = MAX_FRAMES) -> np.ndarray:
    """How many history rows each frame shows: one frame per step, or evenly spaced
    steps (always including the last) when the run is longer than `max_frames`."""
    if n_rows <= max_frames:
        return np.arange(1, n_rows + 1)
    return np.unique(np.linspace(1, n_rows, max_frames).round().astype(int))


def write_animation(scene: Scene, history, path: Path, fps: float = 20.0, width: int = 800, height: int = 600,
                    with_loss: bool = True, progress: Callable[[int, int], bool] | None = None,
                    max_frames: int = MAX_FRAMES) -> int:
    """run.gif or run.mp4 (by suffix) of the growing trajectory; returns the number of
    frames. `progress(done, total)` returning False cancels: no file is left behind."""
    suffix = path.suffix.lower()
    if suffix not in (".gif", ".mp4"):
        raise OutputError("cannot save {file}: choose a .gif or .mp4 file name", file=path.name)
    if not fps > 0:
        raise OutputError("frames per second must be positive, got {fps}", fps=fps)
    if width < 64 or height < 64 or width > 7680 or height > 4320:
        raise OutputError("animation size must be between 64x64 and 7680x4320, got {width}x{height}", width=width, height=height)
    if suffix == ".mp4":
        width, height = width - width % 2, height - height % 2  # yuv420p wants even sizes
    rows = frame_rows(len(history.steps), max_frames)
    view = _AnimationFrame(scene, history, width, height, with_loss)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part{suffix}")
    try:
        frames = (view.frame(int(r)) for r in rows)
        if suffix == ".gif":
            # One palette for the whole animation, from the last frame, which holds every
            # colour: no flicker, and far faster than choosing a palette per frame.
            _write_gif(tmp, frames, len(rows), fps, progress, view.frame(int(rows[-1])))
        else:
            _write_mp4(tmp, frames, len(rows), fps, (width, height), progress)
        os.replace(tmp, path)
    except OSError as e:
        raise OutputError("cannot write {path}: {reason}", path=path, reason=e.strerror or e) from None
    finally:
        Path(tmp).unlink(missing_ok=True)
        view.deleteLater()
    return len(rows)


def _tick(progress, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled()


def _write_gif(path: Path, frames, total: int, fps: float, progress, last: np.ndarray) -> None:
    from PIL import Image

    palette = Image.fromarray(last).quantize(colors=255, method=Image.Quantize.MEDIANCUT)
    images = []
    for i, pixels in enumerate(frames):
        images.append(Image.fromarray(pixels).quantize(palette=palette, dither=Image.Dither.NONE))
        _tick(progress, i + 1, total)
    duration = max(20, round(1000.0 / fps))
    with open(path, "wb") as f:
        images[0].save(f, format="GIF", save_all=True, append_images=images[1:], duration=duration, loop=0)


def _write_mp4(path: Path, frames, total: int, fps: float, size: tuple[int, int], progress) -> None:
    import imageio_ffmpeg

    writer = imageio_ffmpeg.write_frames(str(path), size, fps=fps, codec="libx264", pix_fmt_in="rgb24",
                                         pix_fmt_out="yuv420p", macro_block_size=2, quality=7,
                                         output_params=["-f", "mp4"], ffmpeg_log_level="error")
    writer.send(None)
    try:
        for i, pixels in enumerate(frames):
            writer.send(np.ascontiguousarray(pixels))
            _tick(progress, i + 1, total)
    finally:
        writer.close()
