"""Captions on figures and animation frames, the race named in the legends, the hold at
the end of an animation and the decision regions changing in a classification one."""
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PIL import Image

from lossplay.core import Scenario
from lossplay.core.runfiles import run_scenario
from lossplay.plots.animation import write_animation
from lossplay.plots.caption import caption_text, final_status, run_label
from lossplay.plots.export import make_figure, svg_bytes
from lossplay.plots.loss_chart import lower_envelope
from lossplay.plots.scene import scene_from


def run(**settings):
    result = run_scenario(Scenario().replace(**settings).validated(), grid=41)
    return result, scene_from(result.problem, result.plane, result.landscape)


def svg_texts(widget) -> list[str]:
    root = ET.fromstring(svg_bytes(widget, "test"))
    return [t.text.strip() for t in root.iter("{http://www.w3.org/2000/svg}text") if (t.text or "").strip()]


def test_caption_of_a_diverged_run_says_where(qapp):
    result, scene = run(lr=2.0, steps=100)
    h = result.history
    assert h.status == "diverged"
    text = caption_text(scene.scenario, h, status=final_status(h, "mse"))
    assert text.startswith("Gradient descent, learning rate 2 · ")
    assert f"step {h.diverged_at_step} / 100" in text
    assert text.endswith(f"diverged at step {h.diverged_at_step}")
    # An earlier frame says its step and no result.
    assert caption_text(scene.scenario, h, rows=3, status="diverged").split(" · ")[1:3] == [
        "step 2 / 100", f"loss {h.losses[2]:.4g}"]


def test_figure_caption_is_text_of_the_svg(qapp):
    result, scene = run(steps=30)
    words = caption_text(scene.scenario, result.history, status=final_status(result.history, "mse"))
    assert words.endswith("stopped at the step limit") or words.endswith("converged")
    for name in ("landscape", "loss", "data"):
        figure = make_figure(name, scene, result.history, 640, 480, caption=words)
        try:
            assert " ".join(words.split()) in svg_texts(figure) or all(
                part in " ".join(svg_texts(figure)) for part in words.split(" · "))
        finally:
            figure.deleteLater()


def test_race_runs_are_named_in_both_legends(qapp):
    result, scene = run(steps=40)
    other = run_scenario(Scenario().replace(steps=40, optimizer="adam", lr=0.5).validated(), grid=41).history
    racers = [(run_label("adam", 0.5), other)]
    for name in ("landscape", "loss"):
        figure = make_figure(name, scene, result.history, 640, 480, racers=racers)
        try:
            texts = " ".join(svg_texts(figure))  # Qt draws the Greek letter as a text run of its own
            assert "Adam, η = 0.5" in texts
            assert "Gradient descent, η = 0.03" in texts  # the scenario's own run, by name too
        finally:
            figure.deleteLater()


def test_an_oscillating_curve_becomes_the_line_of_its_lows():
    x = np.arange(200.0)
    y = np.where(np.arange(200) % 2 == 0, 10.0, 1.0) * np.exp(-x / 100)
    ex, ey = lower_envelope(x, y, 50)
    odd = y[1::2]
    assert len(ex) <= 100
    assert ex[0] == 0 and np.allclose(ey[1:], odd[np.searchsorted(x[1::2], ex[1:])])  # from the start, the lows
    smooth = np.exp(-x / 50)
    sx, sy = lower_envelope(x, smooth, 300)
    assert sx[0] == 0 and sx[-1] == 199 and np.array_equal(sy, smooth[sx.astype(int)])  # a smooth curve stays on itself


@pytest.mark.parametrize("suffix", ["gif"])
def test_classification_animation_shows_the_regions_move_and_holds_the_end(qapp, tmp_path, suffix):
    result, scene = run(data="xor", steps=40, lr=0.5, model="mlp")
    path = tmp_path / f"run.{suffix}"
    frames = write_animation(scene, result.history, path, fps=10, width=640, height=480)
    gif = Image.open(path)
    assert frames == gif.n_frames == 41
    first = np.asarray(gif.convert("RGB"), int)
    gif.seek(gif.n_frames - 1)
    assert gif.info["duration"] == 1500
    last = np.asarray(gif.convert("RGB"), int)
    # The data view is the lower right quarter: its colours change as the regions move.
    h, w = first.shape[:2]
    quarter = (slice(h // 2 + 20, h - 40), slice(w * 3 // 5 + 40, w - 10))
    changed = (np.abs(first[quarter] - last[quarter]).max(axis=2) > 30).mean()
    assert changed > 0.05


def test_a_window_race_names_the_own_run_by_its_rate_now(qtbot, window, tmp_path):
    """Pinned at 0.03, the own run then set to 0.01: the figures name both rates, each
    once (the landscape is not made again for a new rate, so its scenario still says 0.03)."""
    from lossplay.app.window import READY

    window.state.pin_racer()
    window.state.edit(lr=0.01)
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.histories) == 2, timeout=15000)
    for _ in range(3):
        window.step_action.trigger()
    qtbot.waitUntil(lambda: all(len(h) == 4 for h in window.histories), timeout=15000)
    for name in ("landscape", "loss"):
        path = tmp_path / f"{name}.svg"
        assert window.files.export_figure(name, path, 640, 480, caption=True)
        root = ET.parse(path).getroot()
        texts = " ".join(t.text.strip() for t in root.iter("{http://www.w3.org/2000/svg}text") if (t.text or "").strip())
        assert texts.count("η = 0.01") == 1 and texts.count("η = 0.03") == 1, texts
        assert "learning rate 0.01" in texts  # the caption: the own run's rate


def test_the_windows_legends_name_every_run_of_a_race(qtbot, window):
    """In the window too: with a racer pinned, the landscape's and the loss chart's
    legends name the own run and the racer by optimizer and rate, in the racer's colour;
    taken out of the race, the legends say 'current weights' and 'training' again."""
    from lossplay.app.window import READY
    from lossplay.plots.theme import RACE_COLOURS

    def entries(legend) -> dict:
        return {label.text: sample.item for sample, label in legend.items}

    window.state.pin_racer()  # gradient descent at 0.03
    window.state.edit(optimizer="adam", lr=0.5)
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.histories) == 2, timeout=15000)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: all(len(h) == 2 for h in window.histories), timeout=15000)
    landscape, chart = window.landscape, window.loss_chart
    for view, own in ((landscape, landscape.current), (chart, chart.train)):
        named = entries(view.getPlotItem().legend if view is chart else view.legend)
        assert named["Adam, η = 0.5"] is own
        racer = named["Gradient descent, η = 0.03"]
        pen_or_brush = racer.opts["brush"] if view is landscape else racer.opts["pen"]
        assert pg_colour(pen_or_brush) == RACE_COLOURS[0].lower()
    window.state.remove_racer(0)
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.histories) == 1, timeout=15000)
    assert set(entries(landscape.legend)) >= {"start", "current weights"} and len(entries(landscape.legend)) <= 3
    assert set(entries(chart.getPlotItem().legend)) == {"training", "validation"}


def pg_colour(pen_or_brush) -> str:
    import pyqtgraph as pg

    colour = pen_or_brush.color() if hasattr(pen_or_brush, "color") else pg.mkColor(pen_or_brush)
    return colour.name()
