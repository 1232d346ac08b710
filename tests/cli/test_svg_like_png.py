"""Every SVG that `lossplay run` writes is drawn by an independent renderer (resvg, the
engine of many design tools, not Qt) like the PNG of the same figure.

How two pictures are compared: a pixel differs when no pixel within one pixel of it in
the other picture is within 96 of 255 levels in every channel. Two rasterisers place an
anti-aliased edge and a glyph up to a pixel apart and blend it differently (up to
about 90 levels on a white line over a black one), so that much is allowed; a line
drawn as a band, a marker as a blob, a missing colour map or an unclipped path changes
whole areas by far more. Faithful SVGs differ on under 0.04 % of their pixels here
(rsvg-convert gives the same figures); the SVGs of Qt's QSvgGenerator differed on 0.3 %
to 98 %. The limit is 0.1 %.
"""
import io
import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
import resvg_py
from PIL import Image

RUNS = {
    "regression": ["--data", "house", "--steps", "40"],
    "two-class": ["--data", "pass_fail", "--lr", "0.5", "--steps", "40"],
    "three-class": ["--data", "blobs", "--classes", "3", "--steps", "60", "--captions"],
    "diverged": ["--data", "house", "--lr", "2", "--steps", "100", "--captions"],
}
LIMIT = 0.001


def differing(a: np.ndarray, b: np.ndarray, tolerance: int = 96) -> np.ndarray:
    """Pixels of `a` with no pixel of `b` within one pixel and `tolerance` levels."""
    a, b = a.astype(int), b.astype(int)
    h, w, _ = a.shape
    padded = np.pad(b, ((1, 1), (1, 1), (0, 0)), mode="edge")
    nearest = np.full((h, w), 1 << 20)
    for dy in range(3):
        for dx in range(3):
            nearest = np.minimum(nearest, np.abs(a - padded[dy:dy + h, dx:dx + w]).max(axis=2))
    return nearest > tolerance


def fraction_differing(a: np.ndarray, b: np.ndarray) -> float:
    return float((differing(a, b) | differing(b, a)).mean())


@pytest.fixture(scope="module", params=list(RUNS))
def run_dir(request, tmp_path_factory):
    out = tmp_path_factory.mktemp(request.param)
    result = subprocess.run([sys.executable, "-m", "lossplay", "run", *RUNS[request.param], "--grid", "101",
                             "--out", str(out)], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    if request.param == "diverged":
        assert json.loads((out / "summary.json").read_text())["status"] == "diverged"
    return out


@pytest.mark.parametrize("name", ["landscape", "loss", "data"])
def test_svg_drawn_by_resvg_is_the_png(run_dir, name):
    svg = (run_dir / f"{name}.svg").read_text()
    png = np.asarray(Image.open(run_dir / f"{name}.png").convert("RGB"))
    drawn = np.asarray(Image.open(io.BytesIO(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff"))).convert("RGB"))
    assert drawn.shape == png.shape
    assert fraction_differing(png, drawn) < LIMIT


@pytest.mark.parametrize("name", ["landscape", "loss", "data"])
def test_svg_is_vectors_with_one_picture_per_colour_map(run_dir, name):
    root = ET.parse(run_dir / f"{name}.svg").getroot()
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(ns + "text")]
    assert {"Loss landscape", "Loss", "Data"} & set(texts)  # the title is text, not a picture
    assert len(list(root.iter(ns + "path"))) > 20
    # Pictures only where the figure has one: the colour map and its bar, the regions.
    assert len(list(root.iter(ns + "image"))) <= 2
    # No stroke sits in a scaled group: the cause of the 80-pixel bands.
    for path in root.iter(ns + "path"):
        assert "transform" not in path.attrib or "stroke-width" not in path.attrib or path.get("stroke") == "none"


def test_the_difference_measure_sees_a_band(run_dir):
    """The measure is not blind: a line drawn 8 pixels wider than in the PNG fails it."""
    svg = (run_dir / "loss.svg").read_text().replace('stroke-width="2.2"', 'stroke-width="10"')
    png = np.asarray(Image.open(run_dir / "loss.png").convert("RGB"))
    drawn = np.asarray(Image.open(io.BytesIO(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff"))).convert("RGB"))
    assert fraction_differing(png, drawn) > 10 * LIMIT


def text_boxes(svg_path) -> list[tuple[str, "QRectF"]]:
    """The box of every text of an SVG, measured with the font it names (Qt's font
    metrics on the SVG's own numbers: position, size, rotation)."""
    from PySide6.QtGui import QFont, QFontMetricsF, QTransform

    boxes = []
    for t in ET.parse(svg_path).getroot().iter("{http://www.w3.org/2000/svg}text"):
        if not (t.text or "").strip():
            continue
        font = QFont(t.get("font-family").split(",")[0])
        font.setPixelSize(round(float(t.get("font-size"))))
        box = QFontMetricsF(font).tightBoundingRect(t.text.strip()).translated(float(t.get("x")), float(t.get("y")))
        matrix = t.get("transform")
        if matrix:
            m11, m12, m21, m22, dx, dy = (float(v) for v in matrix[len("matrix("):-1].split())
            box = QTransform(m11, m12, m21, m22, dx, dy).mapRect(box)
        boxes.append((t.text.strip(), box))
    return boxes


@pytest.mark.parametrize("name", ["landscape", "loss", "data"])
def test_no_two_texts_overlap(qapp, run_dir, name):
    boxes = text_boxes(run_dir / f"{name}.svg")
    assert len(boxes) >= 8
    for i, (text, box) in enumerate(boxes):
        for other, other_box in boxes[i + 1:]:
            assert not box.intersects(other_box), (text, other)
