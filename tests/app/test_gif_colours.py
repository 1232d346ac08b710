"""GIF colours: one palette for every frame, with the colour map's shades kept smooth
(the landscape is not put into bands) and every pixel mapped to its nearest colour."""
import numpy as np
import pyqtgraph as pg
from PIL import Image

from lossplay.plots import animation


def test_each_pixel_becomes_its_nearest_palette_colour():
    rng = np.random.default_rng(3)
    palette = rng.integers(0, 256, size=(255, 3), dtype=np.uint8)
    pixels = rng.integers(0, 256, size=(40, 50, 3), dtype=np.uint8)
    pixels[:5] = pixels[5:10]  # colours seen again map the same way
    index = animation.NearestColour(palette)(pixels)
    distance = ((pixels[:, :, None, :].astype(int) - palette[None, None, :, :].astype(int)) ** 2).sum(axis=3)
    chosen = np.take_along_axis(distance, index[..., None].astype(int), axis=2)[..., 0]
    np.testing.assert_array_equal(chosen, distance.min(axis=2))


def test_gif_keeps_the_colour_map_smooth(qapp, tmp_path, monkeypatch):
    """Where a frame shows the colour map, the GIF's pixel is within 4 levels of it in
    every channel (the last frame's palette and Pillow's 5-bit lookup were 15 to 26
    levels off, in visible bands)."""
    from lossplay.core import Scenario
    from lossplay.core.runfiles import run_scenario
    from lossplay.plots.scene import scene_from

    shown = []
    write = animation._write_gif
    monkeypatch.setattr(animation, "_write_gif", lambda path, frames, *rest: write(
        path, (shown.append(f) or f for f in frames), *rest))
    result = run_scenario(Scenario().replace(steps=20).validated(), grid=61)
    scene = scene_from(result.problem, result.plane, result.landscape)
    path = tmp_path / "run.gif"
    assert animation.write_animation(scene, result.history, path, fps=10, width=640, height=480) == 21
    gif = Image.open(path)
    assert gif.n_frames == len(shown) == 21  # the start and each of the 20 steps
    gif.seek(gif.n_frames - 1)
    got = np.asarray(gif.convert("RGB"), int)
    true = shown[-1].astype(int)
    # The colour map's own pixels: those within 1 level of one of its 256 colours.
    viridis = pg.colormap.get("viridis").getLookupTable(nPts=256)[:, :3].astype(int)
    codes = lambda rgb: (rgb[..., 0] << 16) | (rgb[..., 1] << 8) | rgb[..., 2]  # noqa: E731
    near = np.isin(codes(true), codes(viridis))
    for d in ((1, 0, 0), (0, 1, 0), (0, 0, 1), (-1, 0, 0), (0, -1, 0), (0, 0, -1)):
        near |= np.isin(codes(np.clip(true + d, 0, 255)), codes(viridis))
    assert near.mean() > 0.1  # the landscape and its colour bar
    error = np.abs(got - true).max(axis=2)[near]
    assert error.max() <= 4
