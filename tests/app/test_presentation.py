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
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    action = window.presentation.action
    axis = window.landscape.getPlotItem().getAxis("left")
    curve = window.loss_chart.train
    width = curve.opts["pen"].widthF()
    combos = [c for c in window.centralWidget().widget(0).findChildren(QComboBox) if c.isVisible()]
    hints = [c.sizeHint().width() for c in combos]
    assert combos
    action.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    try:
        assert axis.style["tickFont"].pixelSize() >= 18
        assert curve.opts["pen"].widthF() == pytest.approx(width * 1.6)
        # The settings widen with their words: no choice is cut off (on a 1920x1080
        # projector; the off-screen platform's full screen is smaller).
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(1920, 1080)
        qtbot.waitUntil(lambda: all(c.sizeHint().width() > hint for c, hint in zip(combos, hints)))  # larger words
        qtbot.waitUntil(lambda: all(c.width() >= c.sizeHint().width() for c in combos))
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


def luminance(rgb: np.ndarray) -> np.ndarray:
    """WCAG 2 relative luminance of sRGB colours (..., 3) in 0..255."""
    c = rgb / 255.0
    linear = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return linear @ np.array([0.2126, 0.7152, 0.0722])


def contrast_of(image) -> float:
    """The WCAG contrast ratio between the commonest colour of a grabbed picture (its
    background) and the colour furthest from it in luminance (its words)."""
    from PySide6.QtGui import QImage

    image = image.convertToFormat(QImage.Format.Format_RGB888)
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    pixels = pixels[:, : image.width() * 3].reshape(-1, 3).astype(float)
    colours, counts = np.unique(pixels, axis=0, return_counts=True)
    background = luminance(colours[np.argmax(counts)])
    lum = luminance(pixels)
    far = lum[np.argmax(np.abs(lum - background))]
    hi, lo = max(far, background), min(far, background)
    return float((hi + 0.05) / (lo + 0.05))


def picture(widget, rect=None, scale: int = 4):
    """`widget` (or its `rect`) drawn `scale` times larger, so that the strokes of its
    words have pixels wholly in their colour (at 1x a thin stroke is all edges)."""
    from PySide6.QtCore import QPoint, QRect
    from PySide6.QtGui import QImage, QPainter, QRegion
    from PySide6.QtWidgets import QWidget

    rect = rect or QRect(QPoint(0, 0), widget.size())
    image = QImage(rect.width() * scale, rect.height() * scale, QImage.Format.Format_RGB888)
    painter = QPainter(image)
    painter.scale(scale, scale)
    QWidget.render(widget, painter, QPoint(0, 0), QRegion(rect))  # QWidget's, also for a QGraphicsView
    painter.end()
    return image


def item_picture(view, item):
    """What `item` of the plot `view` looks like on screen."""
    rect = view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return picture(view, rect.adjusted(1, 1, -1, -1))


@pytest.mark.parametrize("key", list(looks.LOOKS))
def test_panels_and_notes_are_legible_in_every_theme(qtbot, window, key):
    """Words with colours of their own (the loss formula, a rate above the critical one,
    an error in the status line, the notes and read-outs on the plots) read on the
    theme's background: a WCAG contrast of at least 4.5 (3 for the notes' small text)."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QApplication

    window.presentation.set_theme(key)
    try:
        window.lr_panel.edit.setText("5")
        window.lr_panel.edit.editingFinished.emit()
        qtbot.waitUntil(lambda: window.state.scenario.lr == 5.0)
        window.status_line._failed("cannot write x.png: no space left")
        labels = (window.model_panel.formula, window.lr_panel.critical, window.status_line)
        # The new palette reaches each widget through the event loop.
        window_colour = QApplication.palette().color(QPalette.ColorRole.Window)
        qtbot.waitUntil(lambda: all(label.palette().color(QPalette.ColorRole.Window) == window_colour
                                    for label in labels))
        for label in labels:
            assert contrast_of(picture(label)) >= 4.5, label.text()
        hover = window.landscape.hover
        hover.show("w = 1, b = 2, loss = 3")
        assert contrast_of(item_picture(window.landscape, hover.label)) >= 3
        hover.show(None)
        window.landscape_tabs.setCurrentWidget(window.slice_view)
        window.step_action.trigger()
        qtbot.waitUntil(lambda: len(window.history) == 2)
        window.presenter.draw()
        verdict = window.slice_view.verdict
        qtbot.waitUntil(lambda: verdict.isVisible() and verdict.toPlainText() != "")
        assert contrast_of(item_picture(window.slice_view, verdict)) >= 3
    finally:
        window.presentation.set_theme("light")


def test_the_chosen_theme_is_there_at_the_next_launch(qtbot, window):
    from PySide6.QtCore import QSettings

    from lossplay.app.window import READY, MainWindow

    window.presentation.set_theme("contrast")
    try:
        assert QSettings("lossplay", "lossplay").value("theme") == "contrast"
        looks.set_current("light")  # as at a new launch, before any window
        again = MainWindow()
        qtbot.addWidget(again)
        again.show()
        qtbot.waitUntil(lambda: again.state.status == READY and again.history is not None, timeout=15000)
        assert looks.current().key == "contrast"
        assert again.presentation.theme_actions["contrast"].isChecked()
        assert again.landscape.backgroundBrush().color().name() == "#000000"
        again.close()
    finally:
        window.presentation.set_theme("light")
    assert QSettings("lossplay", "lossplay").value("theme") == "light"


def test_high_contrast_frames_every_field(qtbot, window):
    """On black, a field is framed in white (Qt's styles frame it a shade darker than the
    window: invisible there), and the light theme goes back to the style's own frames."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication, QSpinBox

    spin = [s for s in window.centralWidget().widget(0).findChildren(QSpinBox) if s.isVisible()][0]

    def frame_luminance() -> float:
        image = picture(spin, scale=1).convertToFormat(QImage.Format.Format_RGB888)
        pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
        left = pixels[:, :3 * 3].reshape(image.height(), 3, 3)  # the three leftmost columns
        return float(luminance(left[image.height() // 2].astype(float)).max())

    window.presentation.set_theme("contrast")
    try:
        qtbot.waitUntil(lambda: spin.palette().color(spin.backgroundRole()).name() == "#000000")
        assert frame_luminance() > 0.6
    finally:
        window.presentation.set_theme("light")
    assert QApplication.instance().styleSheet() == ""


def test_curvature_labels_change_colour_with_the_theme(qtbot, window):
    """Drawn in the light theme, a curvature label reads on the dark theme's fill too."""
    window.curvature_action.setChecked(True)
    window.presenter.draw()
    label = window.landscape.eigen_labels[0]
    qtbot.waitUntil(lambda: label.isVisible() and label.toPlainText() != "")
    window.presentation.set_theme("dark")
    try:
        # The words' colour against the box under them, as drawn.
        words, box = (np.array(c.getRgb()[:3], float) for c in (label.color, label.fill.color()))
        hi, lo = sorted((luminance(words), luminance(box)), reverse=True)
        assert (hi + 0.05) / (lo + 0.05) >= 4.5
    finally:
        window.presentation.set_theme("light")
        window.curvature_action.setChecked(False)
