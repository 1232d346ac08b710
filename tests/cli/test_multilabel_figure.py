"""The data figure of multi-label data: a view per label, side by side, each with its
own label's samples and shade (its own sigmoid, written out here); `lossplay run`
writes it as PNG and as an SVG that resvg draws like the PNG."""
import io
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import resvg_py
from PIL import Image

from lossplay.core import Scenario
from lossplay.core.fit import data_frame
from lossplay.core.runfiles import run_scenario
from lossplay.plots.figure import make_figure
from lossplay.plots.label_figure import LabelViews, grid_shape
from lossplay.plots.scene import scene_from
from lossplay.plots.theme import configure_pyqtgraph
from test_svg_like_png import LIMIT, fraction_differing


def test_lossplay_run_draws_every_label(tmp_path):
    result = subprocess.run([sys.executable, "-m", "lossplay", "run", "--data", "multilabel", "--labels", "4",
                             "--steps", "30", "--lr", "0.5", "--grid", "21", "--out", str(tmp_path)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    png = np.asarray(Image.open(tmp_path / "data.png").convert("RGB"))
    assert png.shape == (600, 800, 3)
    svg = (tmp_path / "data.svg").read_text()
    drawn = np.asarray(Image.open(io.BytesIO(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff")))
                       .convert("RGB"))
    assert drawn.shape == png.shape
    assert fraction_differing(png, drawn) < LIMIT
    texts = [t.text for t in ET.parse(tmp_path / "data.svg").getroot().iter("{http://www.w3.org/2000/svg}text")]
    assert [f"Data · label y{k}" in texts for k in range(1, 5)] == [True] * 4


def test_each_view_shows_its_own_label(qapp):
    configure_pyqtgraph()
    r = run_scenario(Scenario(data="multilabel", labels=3, steps=30, lr=0.5).validated(), grid=21)
    figure = make_figure("data", scene_from(r.problem, r.plane, r.landscape), r.history, 900, 400, "a caption")
    try:
        assert isinstance(figure, LabelViews) and [v.label for v in figure.views] == [0, 1, 2]
        theta = r.history.thetas[-1]
        W, b = theta[:6].reshape(2, 3), theta[6:]
        frame = data_frame(r.problem)
        GX, GY = np.meshgrid(frame.grid_x, frame.grid_y)
        for k, view in enumerate(figure.views):
            p = 1 / (1 + np.exp(-(GX * W[0, k] + GY * W[1, k] + b[k])))
            np.testing.assert_allclose(view.shade._shown[2][1], p, rtol=1e-10)
            assert not view.shade.key.isVisible()  # said once, under the views
        assert "own sigmoid" in figure.key.text() and figure.caption.text() == "a caption"
        boxes = [v.geometry() for v in figure.views]
        assert len({b.top() for b in boxes}) == 1 and boxes[0].right() < boxes[1].left()  # side by side
    finally:
        figure.deleteLater()
    assert grid_shape(2) == (1, 2) and grid_shape(3) == (1, 3) and grid_shape(4) == (2, 2) and grid_shape(5) == (2, 3)
