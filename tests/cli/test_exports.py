"""Plots and animations written by `lossplay run`, and what happens when writing fails."""
import errno
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from lossplay.core import Scenario
from lossplay.core.runfiles import OutputError, run_scenario


def lossplay_run(*args):
    return subprocess.run([sys.executable, "-m", "lossplay", "run", *args], capture_output=True, text=True, timeout=300)


def distinct_colours(image: QImage, step: int = 5) -> int:
    return len({image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)})


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("run")
    result = lossplay_run("--data", "pass_fail", "--lr", "0.5", "--steps", "30", "--size", "640x480",
                          "--animate", "gif", "--fps", "10", "--out", str(out))
    assert result.returncode == 0, result.stderr
    return out


@pytest.mark.parametrize("name", ["landscape", "loss", "data"])
def test_png_has_the_asked_size_and_is_not_blank(qapp, run_dir, name):
    image = QImage(str(run_dir / f"{name}.png"))
    assert (image.width(), image.height()) == (640, 480)
    assert distinct_colours(image) > 20


@pytest.mark.parametrize("name", ["landscape", "loss", "data"])
def test_svg_parses_and_renders_the_same_content(qapp, run_dir, name):
    root = ET.parse(run_dir / f"{name}.svg").getroot()
    assert root.tag.endswith("svg")
    renderer = QSvgRenderer(str(run_dir / f"{name}.svg"))
    assert renderer.isValid()
    image = QImage(640, 480, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    assert distinct_colours(image) > 20
    # The same picture as the PNG: compare coarse 8x8 average colours.
    png = QImage(str(run_dir / f"{name}.png")).convertToFormat(QImage.Format.Format_RGB888)
    svg = image.convertToFormat(QImage.Format.Format_RGB888)
    def coarse(im):
        a = np.frombuffer(im.constBits(), np.uint8).reshape(im.height(), im.bytesPerLine())[:, :im.width() * 3]
        a = a.reshape(im.height(), im.width(), 3)[:480, :640].astype(float)
        return a.reshape(8, 60, 8, 80, 3).mean(axis=(1, 3))
    assert np.abs(coarse(png) - coarse(svg)).mean() < 12


def test_gif_has_one_frame_per_step(run_dir):
    from PIL import Image

    gif = Image.open(run_dir / "run.gif")
    assert gif.n_frames == 31  # rows 0..30: the start and every step
    assert gif.size == (640, 480)
    assert gif.info["duration"] == 100
    gif.seek(gif.n_frames - 1)
    assert gif.info["duration"] == 1500  # the last frame is held
    assert len(gif.convert("RGB").getcolors(maxcolors=1 << 20)) > 20


def test_mp4_is_readable(tmp_path):
    import imageio_ffmpeg

    result = lossplay_run("--steps", "24", "--animate", "mp4", "--size", "321x240", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    reader = imageio_ffmpeg.read_frames(str(tmp_path / "run.mp4"))
    meta = reader.__next__()
    frames = sum(1 for _ in reader)
    assert meta["size"] == (320, 240)  # even sizes for the codec
    # 24 steps: 25 frames, then the last one held for 1.5 s at 20 frames per second.
    assert frames == 25 + round(1.5 * 20) - 1


def test_bad_animation_options_give_one_line(tmp_path):
    for args, message in [(["--animate", "avi"], "invalid choice"), (["--fps", "0", "--animate", "gif"], "--fps"),
                          (["--size", "big"], "WIDTHxHEIGHT"), (["--size", "10x10"], "between")]:
        result = lossplay_run(*args, "--out", str(tmp_path / "o"))
        assert result.returncode == 2 and message in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1


def test_full_disk_leaves_no_partial_file(qapp, tmp_path, monkeypatch):
    from lossplay.core import runfiles
    from lossplay.plots import export
    from lossplay.plots.scene import scene_from

    result = run_scenario(Scenario(steps=5))
    scene = scene_from(result.problem, result.plane, result.landscape)

    real_open = open

    class FullDisk:
        def __init__(self, f):
            self.f = f
        def __enter__(self):
            return self
        def __exit__(self, *a):
            self.f.close()
        def write(self, data):
            self.f.write(data[: len(data) // 2])
            raise OSError(errno.ENOSPC, "No space left on device")
        def __getattr__(self, name):
            return getattr(self.f, name)

    monkeypatch.setattr(runfiles, "open", lambda p, m="r", *a, **k: FullDisk(real_open(p, m, *a, **k)), raising=False)
    with pytest.raises(OutputError, match="No space left on device"):
        runfiles.write_outputs(result, tmp_path)
    with pytest.raises(OutputError, match="No space left on device"):
        export.write_figures(scene, result.history, tmp_path)
    assert list(tmp_path.iterdir()) == []

    from lossplay.plots import animation

    monkeypatch.setattr(animation, "open", lambda p, m="r", *a, **k: FullDisk(real_open(p, m, *a, **k)), raising=False)
    with pytest.raises(OutputError, match="No space left on device"):
        export.write_animation(scene, result.history, tmp_path / "run.gif", 10, 200, 150)
    assert list(tmp_path.iterdir()) == []


def test_cancelled_animation_leaves_no_file(qapp, tmp_path):
    from lossplay.plots.export import ExportCancelled, write_animation
    from lossplay.plots.scene import scene_from

    result = run_scenario(Scenario(steps=20))
    scene = scene_from(result.problem, result.plane, result.landscape)
    for suffix in ("gif", "mp4"):
        with pytest.raises(ExportCancelled):
            write_animation(scene, result.history, tmp_path / f"run.{suffix}", 10, 200, 150,
                            progress=lambda done, total: done < 5)
    assert list(tmp_path.iterdir()) == []


def test_plots_in_the_dark_theme(tmp_path):
    """--theme dark: each figure and each animation frame on the dark background, its
    words in the theme's light text colour (read from the files, not from lossplay)."""
    from PIL import Image

    result = lossplay_run("--data", "pass_fail", "--steps", "5", "--grid", "41", "--size", "400x300",
                          "--animate", "gif", "--theme", "dark", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in ("landscape", "loss", "data"):
        root = ET.parse(tmp_path / f"{name}.svg").getroot()
        assert "#1b1b1f" in [p.get("fill") for p in root.iter("{http://www.w3.org/2000/svg}path")]
        fills = {t.get("fill") for t in root.iter("{http://www.w3.org/2000/svg}text") if (t.text or "").strip()}
        assert "#e6e6e6" in fills and "#222222" not in fills, fills
        corner = Image.open(tmp_path / f"{name}.png").convert("RGB").getpixel((2, 2))
        assert corner == (0x1B, 0x1B, 0x1F)
    gif = Image.open(tmp_path / "run.gif")
    gif.seek(gif.n_frames - 1)
    assert gif.convert("RGB").getpixel((2, 2)) == (0x1B, 0x1B, 0x1F)
