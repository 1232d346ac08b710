"""Presenter mode and the three themes: large text and lines, full screen, colours that
stay apart for colour-blind viewers, and exports in the chosen theme."""
import itertools
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from colorspacious import cspace_convert

from lossplay.plots import looks
from lossplay.plots.theme import CLASS_COLOURS, CURRENT, RACE_COLOURS, TRAIN, VAL

VISIONS = [None, "deuteranomaly", "protanomaly", "tritanomaly"]


def seen(colour: str, vision: str | None) -> np.ndarray:
    """The colour in CAM02-UCS as a viewer with `vision` (fully) sees it."""
    rgb = np.array([int(colour[i:i + 2], 16) for i in (1, 3, 5)]) / 255.0
    if vision is not None:
        rgb = np.clip(cspace_convert(rgb, {"name": "sRGB1+CVD", "cvd_type": vision, "severity": 100}, "sRGB1"), 0, 1)
    return cspace_convert(rgb, "sRGB1", "CAM02-UCS")


def distance(a: str, b: str, vision) -> float:
    return float(np.linalg.norm(seen(a, vision) - seen(b, vision)))


@pytest.mark.parametrize("vision", VISIONS, ids=lambda v: v or "normal")
@pytest.mark.parametrize("key", list(looks.LOOKS))
def test_colours_stay_apart_in_every_theme(key, vision):
    """Curves (and classes) differ from each other by at least 10 in CAM02-UCS (about
    five just-noticeable differences), and from the theme's background by at least 25."""
    background = looks.LOOKS[key].background
    # Every curve that can be on the loss chart or the landscape at once, each racer
    # among them: none may share a colour (the first racer was once the validation orange).
    curves = [TRAIN, VAL, CURRENT, *RACE_COLOURS]
    for group in (curves, CLASS_COLOURS):
        assert len(set(group)) == len(group), group
        for a, b in itertools.combinations(group, 2):
            assert distance(a, b, vision) > 10, (a, b)
        for a in group:
            assert distance(a, background, vision) > 25, a
    assert distance(looks.LOOKS[key].text, background, vision) > 60


def test_presenter_mode_enlarges_and_restores(qtbot, window):
    action = window.presentation.action
    axis = window.landscape.getPlotItem().getAxis("left")
    curve = window.loss_chart.train
    width = curve.opts["pen"].widthF()
    action.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    try:
        assert axis.style["tickFont"].pixelSize() >= 18
        assert curve.opts["pen"].widthF() == pytest.approx(width * 1.6)
    finally:
        action.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert axis.style["tickFont"] is None
    assert curve.opts["pen"].widthF() == pytest.approx(width)


def test_exports_follow_the_theme(qtbot, window, tmp_path):
    window.presentation.set_theme("dark")
    try:
        assert window.landscape.backgroundBrush().color().name() == looks.LOOKS["dark"].background.lower()
        assert window.files.export_figure("loss", tmp_path / "loss.svg", 400, 300)
        root = ET.parse(tmp_path / "loss.svg").getroot()
        fills = [p.get("fill") for p in root.iter("{http://www.w3.org/2000/svg}path")]
        assert looks.LOOKS["dark"].background.lower() in fills  # the background
        texts = [t for t in root.iter("{http://www.w3.org/2000/svg}text") if (t.text or "").strip() == "Loss"]
        assert texts and texts[0].get("fill") == looks.LOOKS["dark"].text.lower()
    finally:
        window.presentation.set_theme("light")
