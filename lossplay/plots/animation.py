"""Animations of a run (GIF by Pillow, MP4 by the ffmpeg that imageio-ffmpeg ships): the
path growing on the landscape, the loss chart beside it, for classification the data
with its decision regions changing, every racer named in the legends, and a caption
that says the optimizer, the learning rate, the step and, at the end, how the run
ended. The last frame is held for a moment so that the result can be read."""
from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

from ..core.runfiles import OutputError
from . import looks
from .caption import caption_text, final_status
from .figure import draw_runs, place_legends, render_image, wants_log
from .figure_frame import figure_text, offscreen_grid
from .following import FollowingScenes
from .label_figure import labels_key
from .scene import Scene
from .theme import CLASS_COLOURS, CURRENT, MINIMUM, RACE_COLOURS, TRAIN, VAL
from .views import DataView, LandscapeView, LossChart

MAX_FRAMES = 1000
HOLD_SECONDS = 1.5
COMPACT_BELOW_PX = 220  # a multi-label animation's data views narrower than this: titles only say the label
ROW_MIN_HEIGHT, ROW_MIN_VIEW_WIDTH = 360, 100  # a frame with room for a row of every label's data view
PALETTE_FRAMES = 4  # frames the GIF's palette is chosen from, first to last
RAMP_COLOURS = 64  # of the colour map, evenly spaced: steps of at most 3 levels a channel
KEY_COLOURS = [CURRENT, MINIMUM, TRAIN, VAL, *RACE_COLOURS, *CLASS_COLOURS, "#FFFFFF", "#000000"]


class ExportCancelled(Exception):
    """The person cancelled; nothing was written."""


class _AnimationFrame(QWidget):
    """The landscape, optionally with the loss chart beside it (and, for classification,
    the data view under the chart; for multi-label data, every label's data view in a row
    under both), and the caption, for one frame size."""

    def __init__(self, scene: Scene, history, width: int, height: int, with_loss: bool, caption: bool,
                 racers: Sequence[tuple[str, object]], status: str | None, own: str | None = None) -> None:
        super().__init__()
        layout = offscreen_grid(self, spacing=12)  # the colour bar's title and the loss axis' title apart
        self.following = FollowingScenes(scene, history)
        self.landscape = LandscapeView()
        self.landscape.set_scene(self.following.scene)
        self.views: list[QWidget] = [self.landscape]
        labels = scene.problem.dataset.n_labels
        # Multi-label data: every label's view in a row, where the frame has room for them;
        # in a small frame, the first label's view under the chart, as for other classes.
        in_row = labels and height >= ROW_MIN_HEIGHT and width / labels >= ROW_MIN_VIEW_WIDTH
        beside = not scene.problem.dataset.regression and not in_row  # the data view under the chart
        layout.addWidget(self.landscape, 0, 0, 2 if beside else 1, 1)
        if with_loss:
            loss = LossChart()
            loss.start(int(history.steps[-1]) if len(history.steps) else 1)
            loss.set_log(wants_log([history] + [h for _, h in racers]))
            layout.addWidget(loss, 0, 1)
            self.views.append(loss)
        if beside:
            data = DataView()
            data.set_scene(scene)
            layout.addWidget(data, 1 if with_loss else 0, 1)
            self.views.append(data)
        text_row = 2
        if in_row:  # each label is a question of its own: all of them, each view narrow
            strip = QHBoxLayout()
            strip.setSpacing(6)
            for k in range(labels):
                data = DataView()
                data.label = k
                data.note_here = False  # no room in a narrow view: the notes go under the strip
                data.compact = width / labels < COMPACT_BELOW_PX
                data.set_scene(scene)
                data.shade_key = False
                strip.addWidget(data)
                self.views.append(data)
            layout.addLayout(strip, 1, 0, 1, 2)
            layout.setRowStretch(0, 2)  # the colour bar's title needs the height
            layout.setRowStretch(1, 1)
            layout.addWidget(figure_text(labels_key(scene, self.views[-labels:])), 2, 0, 1, 2)
            text_row = 3
        layout.setColumnStretch(0, 3)
        layout.setColumnStretch(1, 2)
        self.caption = figure_text()
        self.caption.setVisible(caption)
        layout.addWidget(self.caption, text_row, 0, 1, 2)
        for view in self.views:
            looks.use_normal_font(view)
            looks.themed(view)
        self.setFixedSize(width, height)
        self.show()
        QApplication.processEvents()
        for view in self.views:
            if isinstance(view, LossChart):
                runs = [history] + [h for _, h in racers]
                last = max(int(h.steps[-1]) for h in runs if len(h.steps))
                view.freeze_range(np.array([last]), np.concatenate([h.losses for h in runs]), history.val_losses)
        self._scene, self._history, self._racers, self._status, self._own = scene, history, racers, status, own
        # The legends go where the whole run leaves room, and stay there in every frame.
        self.frame(len(history.steps), render=False)
        for view in self.views:
            place_legends(view)
        self.landscape.show_region(self.following.scene)  # and the frames start where the run started
        QApplication.processEvents()

    def frame(self, rows: int, render: bool = True) -> np.ndarray | None:
        """RGB pixels (height, width, 3) with the first `rows` rows of the run drawn."""
        shown = self.following.scene_for(rows)
        if shown is not self.landscape.scene_shown:
            self.landscape.show_region(shown)
        for view in self.views:
            draw_runs(view, self._scene, self._history, self._racers, rows, self._own)
        if self.caption.isVisible():
            self.caption.setText(caption_text(self._scene.scenario, self._history, rows, self._status))
        if not render:
            return None
        image = render_image(self).convertToFormat(QImage.Format.Format_RGB888)
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        return pixels[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def frame_rows(n_rows: int, max_frames: int = MAX_FRAMES, first: int = 1) -> np.ndarray:
    """How many history rows each frame shows, from `first` to `n_rows`: one frame per
    step, or evenly spaced steps (always including the last) when there are more than
    `max_frames`."""
    if n_rows - first + 1 <= max_frames:
        return np.arange(first, n_rows + 1)
    return np.unique(np.linspace(first, n_rows, max_frames).round().astype(int))


def hold_frames(fps: float) -> int:
    """How many times an MP4 repeats its last frame to hold it for HOLD_SECONDS."""
    return max(1, round(HOLD_SECONDS * fps)) - 1


def write_animation(scene: Scene, history, path: Path, fps: float = 20.0, width: int = 800, height: int = 600,
                    with_loss: bool = True, progress: Callable[[int, int], bool] | None = None,
                    max_frames: int = MAX_FRAMES, caption: bool = True,
                    racers: Sequence[tuple[str, object]] = (), status: str | None = None,
                    steps: tuple[int, int] | None = None, own: str | None = None) -> int:
    """run.gif or run.mp4 (by suffix) of the growing trajectory; returns the number of
    steps shown (frames before the hold). `progress(done, total)` returning False
    cancels: no file is left behind. `status` (converged, finished, diverged) is said
    in the last frame's caption; by default it is read from `history` when it ended.
    `steps` (first, last) animates only those recorded steps (rows) of the run; `own`
    names the run in a race's legends (by default as its scene's scenario says)."""
    suffix = path.suffix.lower()
    if suffix not in (".gif", ".mp4"):
        raise OutputError("cannot save {file}: choose a .gif or .mp4 file name", file=path.name)
    if not fps > 0:
        raise OutputError("frames per second must be positive, got {fps}", fps=fps)
    if width < 64 or height < 64 or width > 7680 or height > 4320:
        raise OutputError("animation size must be between 64x64 and 7680x4320, got {width}x{height}", width=width, height=height)
    if suffix == ".mp4":
        width, height = width - width % 2, height - height % 2  # yuv420p wants even sizes
    first, last = (0, len(history.steps) - 1) if steps is None else steps
    if not 0 <= first <= last < len(history.steps):
        raise OutputError("the steps to animate must lie within 0 to {last}, got {first} to {asked}",
                          last=len(history.steps) - 1, first=first, asked=last)
    rows = frame_rows(last + 1, max_frames, first + 1)
    status = status or final_status(history, scene.scenario.loss)
    view = _AnimationFrame(scene, history, width, height, with_loss, caption, racers, status, own)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.part{suffix}")
    try:
        frames = (view.frame(int(r)) for r in rows)
        if suffix == ".gif":
            # One palette for the whole animation (no flicker, and far faster than one per
            # frame), from frames across the run: a following landscape changes its region.
            samples = [view.frame(int(r)) for r in rows[np.unique(np.linspace(0, len(rows) - 1, PALETTE_FRAMES).round().astype(int))]]
            _write_gif(tmp, frames, len(rows), fps, progress, gif_palette(samples))
        else:
            _write_mp4(tmp, frames, len(rows), fps, (width, height), progress)
        os.replace(tmp, path)
    except OutputError as e:  # from ffmpeg: about the file asked for, not the temporary one
        raise e.within("cannot write {path}", path=path) from None
    except OSError as e:
        raise OutputError("cannot write {path}: {reason}", path=path, reason=e.strerror or e) from None
    finally:
        Path(tmp).unlink(missing_ok=True)
        view.deleteLater()
        # Gone now, not at the interpreter's exit, where PySide tears down what is left in
        # no safe order (a segmentation fault after the file was written).
        QApplication.sendPostedEvents(view, QEvent.Type.DeferredDelete)
    return len(rows)


def _tick(progress, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled()


def gif_palette(samples: Sequence[np.ndarray]) -> np.ndarray:
    """A GIF's 255 colours (255, 3) for frames like `samples` (RGB arrays): the theme's
    colours exactly (a racer's or a class's few pixels would otherwise merge with a
    neighbouring hue), an even ramp of the colour map (so that the landscape's smooth
    shades do not fall into bands) and, for the rest, a median cut of the samples (the
    data view's shades among them)."""
    from PIL import Image

    exact = sorted({pg.mkColor(c).getRgb()[:3] for c in KEY_COLOURS})
    ramp = [tuple(int(v) for v in rgb[:3]) for rgb in pg.colormap.get("viridis").getLookupTable(nPts=RAMP_COLOURS)]
    ramp = [rgb for rgb in dict.fromkeys(ramp) if rgb not in exact]
    rest = 255 - len(exact) - len(ramp)
    chosen = Image.fromarray(np.concatenate(list(samples), axis=0)).quantize(colors=rest, method=Image.Quantize.MEDIANCUT)
    cut = np.array(chosen.getpalette()[: 3 * rest], dtype=np.uint8).reshape(-1, 3)
    return np.vstack([cut, np.array(ramp + exact, dtype=np.uint8).reshape(-1, 3)])


class NearestColour:
    """Each pixel as the palette entry nearest to it. Pillow's own mapping looks colours
    up on a coarse grid (5 or 6 bits a channel), which puts a smooth colour map into
    bands whatever the palette; this one is exact, and fast because a frame has a few
    thousand distinct colours, most of them the same as the frame before."""

    def __init__(self, palette: np.ndarray) -> None:
        self.palette = palette.astype(np.int32)
        self._index = np.full(1 << 24, -1, dtype=np.int16)  # a colour's entry, once known
        self._last: tuple[np.ndarray, np.ndarray] | None = None  # the previous frame's colours and entries

    def __call__(self, pixels: np.ndarray) -> np.ndarray:
        """The palette entry (uint8) of every pixel of an RGB frame (h, w, 3)."""
        codes = ((pixels[..., 0].astype(np.int32) << 16) | (pixels[..., 1].astype(np.int32) << 8)
                 | pixels[..., 2]).ravel()
        if self._last is not None and self._last[0].shape == codes.shape:
            # Only what changed since the previous frame (the path's end, the caption).
            before, entries = self._last
            changed = np.flatnonzero(codes != before)
            entries = entries.copy()
            entries[changed] = self._entries(codes[changed])
        else:
            entries = self._entries(codes)
        self._last = (codes, entries)
        return entries.reshape(pixels.shape[:2])

    def _entries(self, codes: np.ndarray) -> np.ndarray:
        """The palette entries of colours given as 0xRRGGBB."""
        unknown = np.unique(codes[self._index[codes] < 0])
        for chunk in np.array_split(unknown, max(1, len(unknown) // 4096)):
            colours = np.stack([chunk >> 16, (chunk >> 8) & 255, chunk & 255], axis=1)
            distance = ((colours[:, None, :] - self.palette[None, :, :]) ** 2).sum(axis=2)
            self._index[chunk] = distance.argmin(axis=1)
        return self._index[codes].astype(np.uint8)


def _write_gif(path: Path, frames, total: int, fps: float, progress, palette: np.ndarray) -> None:
    from PIL import Image

    nearest = NearestColour(palette)
    flat = [int(v) for v in palette.ravel()]
    images = []
    for i, pixels in enumerate(frames):
        image = Image.fromarray(nearest(pixels), mode="P")
        image.putpalette(flat)
        images.append(image)
        _tick(progress, i + 1, total)
    duration = max(20, round(1000.0 / fps))
    # The last frame stays up for the hold (GIF delays are in hundredths of a second).
    durations = [duration] * (len(images) - 1) + [max(duration, round(1000 * HOLD_SECONDS))]
    with open(path, "wb") as f:
        images[0].save(f, format="GIF", save_all=True, append_images=images[1:], duration=durations, loop=0)


def _write_mp4(path: Path, frames, total: int, fps: float, size: tuple[int, int], progress) -> None:
    from .mp4 import write_mp4

    def held():
        pixels = None
        for pixels in frames:
            yield pixels
        for _ in range(hold_frames(fps) if pixels is not None else 0):
            yield pixels  # a video holds a frame by showing it again

    write_mp4(path, held(), size, fps, lambda done: done <= total and _tick(progress, done, total))
