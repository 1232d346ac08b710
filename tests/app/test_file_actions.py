"""The window's File menu: figures, animation, CSV, sessions and what happens on failure."""
import csv
import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from lossplay.app.window import CONVERGED, FINISHED, READY




def run_to_the_end(qtbot, window):
    window.speed.setCurrentIndex(window.speed.count() - 1)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status in (CONVERGED, FINISHED), timeout=15000)


def non_blank(image: QImage) -> bool:
    return len({image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}) > 20


@pytest.mark.parametrize("name", ["landscape", "loss", "data"])
def test_view_as_png_at_2x_and_as_svg(qtbot, window, tmp_path, name, warnings):
    run_to_the_end(qtbot, window)
    assert window.files.export_figure(name, tmp_path / "f.png", 500, 400, scale=2.0)
    image = QImage(str(tmp_path / "f.png"))
    assert (image.width(), image.height()) == (1000, 800) and non_blank(image)
    assert window.files.export_figure(name, tmp_path / "f.svg", 500, 400)
    renderer = QSvgRenderer(str(tmp_path / "f.svg"))
    assert renderer.isValid()
    rendered = QImage(500, 400, QImage.Format.Format_ARGB32)
    rendered.fill(Qt.GlobalColor.white)
    painter = QPainter(rendered)
    renderer.render(painter)
    painter.end()
    assert non_blank(rendered)
    assert warnings == []


def test_whole_window_as_png(window, tmp_path):
    assert window.files.export_figure("window", tmp_path / "w.png", 0, 0, scale=2.0)
    image = QImage(str(tmp_path / "w.png"))
    assert (image.width(), image.height()) == (2 * window.width(), 2 * window.height()) and non_blank(image)


def test_animation_gif_with_one_frame_per_step(qtbot, window, tmp_path):
    from PIL import Image

    run_to_the_end(qtbot, window)
    assert window.files.export_animation(tmp_path / "run.gif", fps=25, width=400, height=300)
    gif = Image.open(tmp_path / "run.gif")
    assert gif.n_frames == len(window.history) and gif.size == (400, 300)


def test_cancelled_animation_leaves_no_file(qtbot, window, tmp_path, monkeypatch):
    run_to_the_end(qtbot, window)
    monkeypatch.setattr("lossplay.app.file_actions.QProgressDialog.wasCanceled", lambda self: True)
    assert not window.files.export_animation(tmp_path / "run.mp4", width=200, height=150)
    assert list(tmp_path.iterdir()) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_history_and_data_csv(qtbot, window, tmp_path):
    run_to_the_end(qtbot, window)
    assert window.files.export_history_csv(tmp_path / "h.csv")
    rows = list(csv.DictReader((tmp_path / "h.csv").open()))
    assert len(rows) == len(window.history)
    assert float(rows[-1]["w"]) == window.history.thetas[-1][0]
    assert window.files.export_data_csv(tmp_path / "d.csv")
    assert len(list(csv.DictReader((tmp_path / "d.csv").open()))) == window.controller.problem.scenario.samples


def test_unwritable_path_gives_a_dialog_and_no_file(window, tmp_path, warnings):
    target = tmp_path / "missing-folder" / "f.png"
    assert not window.files.export_figure("landscape", target, 300, 200)
    assert not window.files.export_history_csv(tmp_path / "missing-folder" / "h.csv")
    assert len(warnings) == 2 and all("cannot write" in text for _, text in warnings)
    assert not (tmp_path / "missing-folder").exists()
    assert not window.files.export_figure("landscape", tmp_path / "f.bmp", 300, 200)
    assert "png or .svg" in warnings[-1][1]


def test_saved_session_reopened_gives_an_identical_history(qtbot, window, tmp_path):
    window.data_panel.kind.setCurrentIndex(window.data_panel.kind.findData("moons"))
    window.optimizer_panel.batch.setCurrentIndex(window.optimizer_panel.batch.findData(32))
    window.optimizer_panel.optimizer.setCurrentIndex(window.optimizer_panel.optimizer.findData("adam"))
    window.data_panel.seed.setValue(7)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data == "moons"
                    and window.controller.problem.scenario.seed == 7 and window.controller.problem.scenario.batch_size == 32,
                    timeout=15000)
    window.random_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.start is not None, timeout=15000)
    run_to_the_end(qtbot, window)
    first = window.history.thetas.copy()
    assert window.files.save_session(tmp_path / "s.lossplay.json")
    saved = json.loads((tmp_path / "s.lossplay.json").read_text())
    assert saved["format"] == "lossplay-session" and saved["scenario"]["optimizer"] == "adam"

    window.data_panel.kind.setCurrentIndex(window.data_panel.kind.findData("house"))
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data == "house", timeout=15000)
    assert window.files.open_session(tmp_path / "s.lossplay.json")
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data == "moons", timeout=15000)
    run_to_the_end(qtbot, window)
    np.testing.assert_array_equal(window.history.thetas, first)
    assert window.files.recent()[0].endswith("s.lossplay.json")
    assert window.files.recent_menu.actions()[0].text() == "s.lossplay.json"


@pytest.mark.parametrize("content,problem", [
    ("{not json", "not valid JSON"),
    ("", "is empty"),
    ('{"format": "lossplay-session", "version": 99, "scenario": {}}', "version 99"),
    ('{"format": "something-else", "version": 1, "scenario": {}}', "not a lossplay session"),
    ('{"format": "lossplay-session", "version": 1, "scenario": {"lr": 0.1, "evil": "__import__(\'os\')"}}',
     "unknown scenario setting(s): evil"),
    ('{"format": "lossplay-session", "version": 1, "scenario": {}, "macro": "x"}', "unknown session key"),
])
def test_bad_session_files_are_refused(qtbot, window, tmp_path, warnings, content, problem):
    path = tmp_path / "bad.lossplay.json"
    path.write_text(content)
    before = window.current_scenario()
    assert not window.files.open_session(path)
    assert problem in warnings[-1][1]
    assert window.current_scenario() == before


def test_open_data_refuses_a_bad_file_and_changes_nothing(window, tmp_path, warnings):
    path = tmp_path / "bad.csv"
    path.write_text("size,price\n50,30\nabc,40\n")
    before = window.current_scenario()
    assert not window.files.open_data(path)
    assert "line 3: 'abc' in column 'size' is not a number" in warnings[-1][1]
    assert window.current_scenario() == before


def test_open_data_trains_on_the_file(qtbot, window, tmp_path):
    rng = np.random.default_rng(1)
    x = rng.uniform(20, 200, 80)
    path = tmp_path / "flats.csv"
    path.write_text("area,rent\n" + "".join(f"{a:.1f},{3 + 0.1 * a + rng.normal():.2f}\n" for a in x))
    assert window.files.open_data(path)
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data.startswith("csv:"),
                    timeout=15000)
    s = window.controller.problem.scenario
    assert s.target == "rent" and s.loss == "mse"
    assert window.scene_data.problem.dataset.feature_names == ("area",)
    assert "flats.csv" in window.windowTitle()
    assert not window.data_panel.samples.isEnabled()
    run_to_the_end(qtbot, window)
    assert window.history.losses[-1] < window.history.losses[0]


def test_a_saved_race_reopens_with_the_same_runs(qtbot, window, tmp_path):
    window.optimizer_panel.add_racer.click()
    window.optimizer_panel.optimizer.setCurrentIndex(window.optimizer_panel.optimizer.findData("adam"))
    window.lr_panel.edit.setText("0.5")
    window.lr_panel.edit.editingFinished.emit()
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.histories) == 2
                    and len(window.histories[0]) == 1 and window.histories[0].lrs[0] == 0.5, timeout=15000)
    run_to_the_end(qtbot, window)
    first = [h.thetas.copy() for h in window.histories]
    assert window.files.save_session(tmp_path / "race.lossplay.json")
    saved = json.loads((tmp_path / "race.lossplay.json").read_text())
    assert saved["race"] == [{"lr": 0.03, "optimizer": "sgd", "batch_size": "all"}]

    window.state.remove_racer(0)
    window.optimizer_panel.optimizer.setCurrentIndex(window.optimizer_panel.optimizer.findData("sgd"))
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.histories) == 1, timeout=15000)
    assert window.files.open_session(tmp_path / "race.lossplay.json")
    qtbot.waitUntil(lambda: window.state.status == READY and len(window.histories) == 2
                    and window.controller.problem.scenario.optimizer == "adam", timeout=15000)
    run_to_the_end(qtbot, window)
    for again, before in zip(window.histories, first):
        np.testing.assert_array_equal(again.thetas, before)


def test_a_bad_race_in_a_session_is_refused(window, tmp_path, warnings):
    path = tmp_path / "s.lossplay.json"
    path.write_text('{"format": "lossplay-session", "version": 1, "scenario": {}, '
                    '"race": [{"lr": -1, "optimizer": "sgd", "batch_size": "all"}]}')
    assert not window.files.open_session(path)
    assert "learning rate -1" in warnings[-1][1]


def test_an_animation_of_a_step_range_has_one_frame_per_step_of_it(qtbot, window, tmp_path, monkeypatch):
    from PIL import Image

    from lossplay.app.file_actions import AnimationDialog
    run_to_the_end(qtbot, window)
    last = len(window.history) - 1
    dialog = AnimationDialog(window)
    assert (dialog.first.value(), dialog.last.value(), dialog.last.maximum()) == (0, last, last)
    dialog.first.setValue(5)
    assert dialog.last.minimum() == 5
    dialog.deleteLater()
    assert window.files.export_animation(tmp_path / "part.gif", fps=25, width=320, height=240, steps=(5, 12))
    with Image.open(tmp_path / "part.gif") as gif:  # read back by Pillow
        assert gif.n_frames == 12 - 5 + 1
    said = []
    monkeypatch.setattr("lossplay.app.file_actions.QMessageBox.warning", lambda *a: said.append(a[2]))
    assert not window.files.export_animation(tmp_path / "bad.gif", steps=(3, last + 5))
    assert not (tmp_path / "bad.gif").exists() and f"within 0 to {last}" in said[0]


def test_a_figure_exported_while_looking_back_shows_that_step(qtbot, window, tmp_path, monkeypatch):
    import lossplay.app.file_actions as actions
    run_to_the_end(qtbot, window)
    window.presenter.draw()
    window.timeline.slider.setValue(7)
    drawn = []
    real = actions.make_figure
    monkeypatch.setattr(actions, "make_figure", lambda name, scene, history, *rest: drawn.append(history) or
                        real(name, scene, history, *rest))
    dismiss = []
    monkeypatch.setattr(actions.QMessageBox, "warning", lambda *a: dismiss.append(a))
    assert window.files.export_figure("landscape", tmp_path / "step7.png", 400, 300)
    assert len(drawn[0]) == 8 and (drawn[0].thetas == window.history.thetas[:8]).all() and not dismiss


def kaggle_file(tmp_path):
    """A house-prices file as Kaggle has them: text columns, and a numeric column with gaps."""
    rng = np.random.default_rng(4)
    rows = ["Id,MSSubClass,MSZoning,LotFrontage,LotArea,Street,SalePrice"]
    for i in range(60):
        frontage = "NA" if i % 7 == 3 else str(int(rng.uniform(40, 100)))
        area = int(rng.uniform(5000, 15000))
        rows.append(f"{i + 1},{rng.choice([20, 60, 70])},{rng.choice(['RL', 'RM'])},{frontage},{area},"
                    f"{rng.choice(['Pave', 'Grvl'])},{int(50000 + 15 * area + rng.normal(0, 5000))}")
    path = tmp_path / "train.csv"
    path.write_text("\n".join(rows) + "\n")
    return path


def answer_text_columns(qtbot, window, button: str) -> dict:
    """Click `button` of the text-columns question once it is up; what it said, in `seen`."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    seen = {}

    def look():
        box = window.findChild(QMessageBox, "text_columns")
        if box is None or not box.isVisible():
            return
        timer.stop()
        seen.update(text=box.text(), more=box.informativeText(),
                    buttons=[b.text() for b in box.findChildren(QPushButton)])
        if button == "leave_out":
            box.findChild(QPushButton, "leave_out").click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    timer = QTimer(window)
    timer.timeout.connect(look)
    timer.start(10)
    return seen


def test_text_columns_are_left_out_when_the_person_says_so(qtbot, window, tmp_path, warnings):
    path = kaggle_file(tmp_path)
    seen = answer_text_columns(qtbot, window, "leave_out")
    assert window.files.open_data(path, "SalePrice")
    assert seen["text"] == "train.csv: 2 feature columns hold text, and lossplay needs numbers: MSZoning, Street"
    assert seen["more"] == ("Leave them out and open the file with the other columns? These columns miss values "
                            "and go too: LotFrontage")
    assert "Leave them out" in seen["buttons"]
    assert "--numeric-only" not in seen["text"] + seen["more"]
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.data.startswith("csv:"),
                    timeout=15000)
    s = window.controller.problem.scenario
    assert s.numeric_only and s.target == "SalePrice"
    assert window.scene_data.problem.dataset.feature_names == ("Id", "MSSubClass", "LotArea")
    assert warnings == []
    # the next file, all numbers, reads every column again
    plain = tmp_path / "flats.csv"
    plain.write_text("area,rent\n" + "".join(f"{a},{3 + 0.1 * a}\n" for a in range(20, 80)))
    assert window.files.open_data(plain)
    qtbot.waitUntil(lambda: window.state.status == READY and "flats" in window.controller.problem.scenario.data,
                    timeout=15000)
    assert not window.controller.problem.scenario.numeric_only


def test_text_columns_cancelled_change_nothing(qtbot, window, tmp_path, warnings):
    before = window.current_scenario()
    seen = answer_text_columns(qtbot, window, "cancel")
    assert not window.files.open_data(kaggle_file(tmp_path), "SalePrice")
    assert seen["text"].startswith("train.csv: 2 feature columns hold text")
    assert window.current_scenario() == before and warnings == []


def test_margins_as_png_and_svg_drawn_alike(qtbot, window, tmp_path, warnings):
    """The Margins plot of a two-class run exports like the other views: a 2x PNG, and an
    SVG that resvg (not Qt) draws like the PNG at 1x, with the legend clear of the
    curves and samples or under the plot."""
    import io
    import sys
    from pathlib import Path

    import resvg_py
    from PIL import Image

    sys.path.insert(0, str(Path(__file__).parents[1] / "cli"))
    from test_svg_like_png import LIMIT, fraction_differing

    window.data_panel.kind.setCurrentIndex(window.data_panel.kind.findData("pass_fail"))
    qtbot.waitUntil(lambda: window.state.status == READY and window.state.scenario.data == "pass_fail"
                    and window.scene_data.scenario.data == "pass_fail", timeout=15000)
    run_to_the_end(qtbot, window)
    assert window.files.export_figure("margins", tmp_path / "m2.png", 500, 400, scale=2.0)
    assert Image.open(tmp_path / "m2.png").size == (1000, 800)
    assert window.files.export_figure("margins", tmp_path / "m.png", 500, 400)
    assert window.files.export_figure("margins", tmp_path / "m.svg", 500, 400)
    png = np.asarray(Image.open(tmp_path / "m.png").convert("RGB"))
    svg = (tmp_path / "m.svg").read_text()
    assert "<image" not in svg  # lines, markers and words as vectors
    drawn = np.asarray(Image.open(io.BytesIO(resvg_py.svg_to_bytes(svg_string=svg, background="#ffffff"))).convert("RGB"))
    assert drawn.shape == png.shape
    assert fraction_differing(png, drawn) < LIMIT
    assert warnings == []
