"""English and Korean: every visible string has a Korean translation, and switching the
language retranslates the open window."""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QTabWidget

from lossplay import i18n
from lossplay.app.window import DIVERGED, READY
from lossplay.core.lessons import load_lessons
from lossplay.labels import DATA_LABELS, LOSS_LABELS, MODEL_LABELS, OPTIMIZER_LABELS

ROOT = Path(__file__).resolve().parents[2]
HANGUL = re.compile("[\uac00-\ud7a3]")
PLACEHOLDER = re.compile(r"\{[^}]*\}")
# Words that stay as they are in Korean: names, abbreviations and symbols.
TECHNICAL = {"lossplay", "XOR", "MLP", "SVM", "Adam", "AdamW", "Adagrad", "RMSProp", "Huber", "KL", "SGD", "PNG",
             "SVG", "GIF", "MP4", "CSV", "L1", "L2", "lr", "w", "b", "mse", "mae", "huber", "MSE", "MAE", "tanh", "softmax",
             "mean", "max", "log", "exp", "sign", "clip", "sqrt", "onehot", "RMSE", "RSS", "BCE", "Space", "Enter", "torch", "optim",
             "m", "y", "f", "j", "x", "p", "q", "H", "x1", "x2", "g", "v", "s", "n", "delta", "η", "θ"}


def translations() -> dict[str, str]:
    root = ET.parse(ROOT / "resources" / "lossplay_ko.ts").getroot()
    return {m.findtext("source"): m.findtext("translation") for m in root.iter("message")}


def exercise(qtbot, window) -> None:
    """Show every part of the window once: lessons, race, tabs, arrows, divergence."""
    window.lesson_panel.open(window.lesson_panel.lessons[0])
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.lr == window.lesson_panel.lessons[0].scenario_for(0).lr, timeout=15000)
    window.optimizer_panel.add_racer.click()
    window.arrows_action.trigger()
    window.constraint_action.trigger()
    for tab in range(3):
        window.tabs.setCurrentIndex(tab)
        window.step_action.trigger()
    window.speed.setCurrentIndex(window.speed.count() - 1)
    window.play_action.trigger()
    qtbot.waitUntil(lambda: window.state.status == DIVERGED, timeout=15000)
    from lossplay.app.file_actions import AnimationDialog, FigureDialog
    FigureDialog(window, "landscape", 200, 100).deleteLater()
    AnimationDialog(window).deleteLater()


def test_every_visible_string_has_a_korean_translation(qtbot, window):
    exercise(qtbot, window)
    shown = set(i18n.seen)
    shown |= set(DATA_LABELS.values()) | set(MODEL_LABELS.values()) | set(LOSS_LABELS.values())
    shown |= set(OPTIMIZER_LABELS.values())
    for lesson in load_lessons():
        shown |= {lesson.title, lesson.text} | {v.label for v in lesson.variants}
    korean = translations()
    # a formula with no word to translate (mean((f(x) − y)²)) reads the same in Korean
    missing = sorted(s for s in shown if not korean.get(s) and english_words(PLACEHOLDER.sub("", s)))
    assert missing == []
    shown = {s for s in shown if korean.get(s)}
    def words(text):  # placeholders such as {file} are filled in, not read
        return set(re.findall("[A-Za-z][A-Za-z0-9]*", re.sub(r"\{[^}]*\}", "", text)))
    untranslated = sorted(s for s in shown if not HANGUL.search(korean[s]) and not words(korean[s]) <= TECHNICAL)
    assert untranslated == []


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle(), window.status_line.text()]
    for w in window.findChildren(QLabel) + window.findChildren(QAbstractButton) + window.findChildren(QGroupBox):
        if w.isVisible():
            texts.append(w.title() if isinstance(w, QGroupBox) else w.text())
    for box in window.findChildren(QComboBox):
        if box.isVisible():
            texts += [box.itemText(i) for i in range(box.count())]
    for tabs in window.findChildren(QTabWidget):
        texts += [tabs.tabText(i) for i in range(tabs.count())]
    for menu_action in window.menuBar().actions():
        texts.append(menu_action.text())
        texts += [a.text() for a in menu_action.menu().actions()]
    for view in (window.landscape, window.loss_chart, window.data_view):
        item = view.getPlotItem()
        texts += [item.titleLabel.text, item.getAxis("bottom").labelText, item.getAxis("left").labelText]
    return [re.sub("<[^>]+>", " ", t) for t in texts if t]


def english_words(text: str) -> set[str]:
    return {w for w in re.findall("[A-Za-z][A-Za-z0-9]*", text) if w not in TECHNICAL and len(w) > 1}


def test_switching_the_language_retranslates_the_open_window(qtbot, window):
    window.lesson_panel.open(window.lesson_panel.lessons[3])
    qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.outliers == 6, timeout=15000)
    window.step_action.trigger()
    qtbot.waitUntil(lambda: len(window.history) == 2, timeout=5000)
    qtbot.waitUntil(lambda: "step 1 / 400" in window.status_line.text(), timeout=5000)  # drawn at frame rate
    before = visible_texts(window)
    assert any("Data" in t for t in before)
    try:
        window.set_language("ko")
        after = visible_texts(window)
        leftovers = sorted({w for t in after for w in english_words(t)})
        assert leftovers == []
        assert window.data_panel.box.title() == "데이터"
        assert "단계 1 / 400" in window.status_line.text()
        assert window.lesson_panel.title.text() == "이상치: MSE, MAE, Huber 손실"
        assert window.data_panel.samples.accessibleName() == "샘플 수"
        # a constant rate has no rate axis, in either language (a relabelled axis used to show)
        assert not window.loss_chart.getPlotItem().getAxis("right").isVisible()
        assert window.loss_chart.getPlotItem().getAxis("right").labelText == "학습률"
    finally:
        window.set_language("en")
    assert visible_texts(window) == before


def test_compiled_translation_matches_its_source(tmp_path):
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import update_translations
        update_translations.write_ts(tmp_path / "ko.ts")
    finally:
        sys.path.pop(0)
    assert (tmp_path / "ko.ts").read_text(encoding="utf-8") == (ROOT / "resources" / "lossplay_ko.ts").read_text(encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(tmp_path / "ko.ts"), "-qm", str(tmp_path / "ko.qm")], check=True,
                   capture_output=True)
    assert (tmp_path / "ko.qm").read_bytes() == (ROOT / "resources" / "lossplay_ko.qm").read_bytes()


@pytest.mark.parametrize("env,expected", [({"LANG": "ko_KR.UTF-8", "LC_ALL": "ko_KR.UTF-8"}, "ko"),
                                          ({"LANG": "en_GB.UTF-8", "LC_ALL": "en_GB.UTF-8"}, "en")])
def test_the_system_language_chooses(env, expected):
    code = "from lossplay.i18n import system_language; print(system_language())"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**__import__("os").environ, **env}).stdout
    assert out.strip() == expected


def test_lang_flag_is_checked():
    result = subprocess.run([sys.executable, "-m", "lossplay", "--lang", "fr"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "invalid choice" in result.stderr


def test_messages_are_korean_too(qtbot, window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("lossplay.app.file_actions.QMessageBox.warning", lambda parent, title, text: shown.append((title, text)))
    path = tmp_path / "bad.csv"
    path.write_text("size,price\n50,30\nabc,40\n")
    try:
        window.set_language("ko")
        assert not window.files.open_data(path)
    finally:
        window.set_language("en")
    assert shown[-1] == ("데이터를 열 수 없습니다", "3행: 'size' 열에 숫자가 아닌 값이 있습니다: 'abc'")


def test_every_message_template_has_a_korean_translation():
    import ast

    korean = translations()
    templates = set()
    for path in (ROOT / "lossplay").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                    and isinstance(node.args[0].value, str):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", "")
                if name.endswith("Error") or name in ("bad", "within", "error"):
                    templates.add(node.args[0].value)
    templates.discard("")
    assert len(templates) > 50
    assert sorted(t for t in templates if t not in korean and t[0] != "-" and " " in t) == []


def test_headless_messages_in_korean(tmp_path):
    result = subprocess.run([sys.executable, "-m", "lossplay", "run", "--lang", "ko", "--loss", "hinge", "--out",
                             str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "'hinge' 손실은 회귀 데이터(house)에 맞지 않습니다" in result.stderr


def korean_leftovers(texts) -> list[str]:
    """English words (beyond names, symbols and parameter names such as w2) in texts shown in Korean."""
    return sorted({w for t in texts for w in english_words(re.sub("<[^>]+>", " ", t)) if not re.fullmatch("[wbx][0-9]+", w)})


def legend_texts(view) -> list[str]:
    return [label.text for _, label in view.legend.items]


@pytest.mark.parametrize("scenario", [
    {"data": "pass_fail", "loss": "zero_one"},
    {"data": "house", "loss": "huber", "optimizer": "adamw", "regularizer": "l1", "lam": 0.1},
    {"data": "blobs", "classes": 3, "model": "multiclass", "loss": "multiclass_hinge", "batch_size": 32},
    {"data": "blobs", "classes": 3, "model": "multiclass", "loss": "kl_div", "optimizer": "momentum"},
], ids=["zero_one", "huber-adamw-l1", "multiclass_hinge-minibatch", "kl_div"])
def test_the_equations_formulas_and_overlays_are_korean(qtbot, window, scenario):
    from lossplay.core.scenario import Scenario

    window.arrows_action.setChecked(True)
    window.constraint_action.setChecked(True)
    try:
        window.set_language("ko")
        window.load_scenario(Scenario.from_dict(scenario))
        qtbot.waitUntil(lambda: window.state.status == READY and window.controller.problem.scenario.loss
                        == scenario["loss"] and len(window.history) == 1, timeout=15000)
        window.tabs.setCurrentWidget(window.equations)
        window.step_action.trigger()
        qtbot.waitUntil(lambda: len(window.history) == 2, timeout=15000)
        qtbot.waitUntil(lambda: "1단계 갱신" in window.equations.toPlainText(), timeout=15000)
        shown = [window.equations.toPlainText(), window.model_panel.formula.text(),
                 window.optimizer_panel.rule.text(), *legend_texts(window.landscape),
                 *(window.model_panel.loss.itemData(i, Qt.ItemDataRole.ToolTipRole)
                   for i in range(window.model_panel.loss.count())),
                 *(window.model_panel.loss.itemText(i) for i in range(window.model_panel.loss.count()))]
        assert korean_leftovers(shown) == []
        if scenario["loss"] == "zero_one":
            assert "ℓ′ = 0 (거의 모든 곳에서 평평함)" in window.equations.toPlainText()
        if scenario.get("optimizer") == "adamw":
            assert "그다음 Adam 갱신" in window.optimizer_panel.rule.text()
        if scenario["loss"] == "kl_div":
            assert "KL 다이버전스" in window.model_panel.loss.currentText()
    finally:
        window.set_language("en")


def test_the_toolbar_menu_and_the_file_dialogs_are_korean(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    from lossplay.app import file_actions
    from lossplay.app.file_actions import AnimationDialog, FigureDialog

    filters = []

    def ask(parent, caption, directory, chosen_filter):
        filters.append((caption, chosen_filter))
        return "", ""

    monkeypatch.setattr(file_actions.QFileDialog, "getSaveFileName", ask)
    monkeypatch.setattr(file_actions.QFileDialog, "getOpenFileName", ask)
    try:
        window.set_language("ko")
        menu = window.createPopupMenu()
        names = [a.text() for a in menu.actions() if a.text()]
        menu.deleteLater()
        assert "실행 도구 모음" in names and "재생" not in names  # not the Play button's word
        for ask_for in ("_ask_history", "_ask_data", "_ask_data_file", "_ask_save", "_ask_open"):
            getattr(window.files, ask_for)()
        for dialog in (FigureDialog(window, "landscape", 200, 100), AnimationDialog(window)):
            dialog.path.findChild(QPushButton).click()
            dialog.deleteLater()
    finally:
        window.set_language("en")
    assert len(filters) == 7
    texts = [t for pair in filters for t in pair]
    patterns = re.compile(r"\(\*[^)]*\)")  # (*.png) is what the file names end with, not words
    assert korean_leftovers(patterns.sub("", t) for t in texts) == []
    assert "PNG 이미지 (*.png);;SVG 이미지 (*.svg)" in texts and "GIF 애니메이션 (*.gif);;MP4 동영상 (*.mp4)" in texts
    assert korean_leftovers(names) == []


def test_words_inside_messages_are_korean_too(tmp_path):
    from lossplay.core.messages import ScenarioError, translated
    from lossplay.core.scenario import Scenario

    korean = translations()
    say = lambda template: korean.get(template) or template  # noqa: E731
    errors = []
    for settings in ({"model": "deep"}, {"optimizer": "lion"}, {"regularizer": "l3"}, {"data": "iris"}, {"loss": "l9"}):
        with pytest.raises(ScenarioError) as caught:
            Scenario.from_dict(settings).validated()
        errors.append(caught.value)
    with pytest.raises(ScenarioError) as caught:
        Scenario.load(tmp_path / "missing.json")
    errors.append(caught.value)
    texts = [translated(e, say) for e in errors]
    assert texts[0].startswith("알 수 없는 모델 'deep'입니다")
    assert texts[3].startswith("알 수 없는 데이터 종류 'iris'입니다")
    assert texts[5] == f"찾을 수 없습니다: 시나리오 파일 {tmp_path / 'missing.json'}"
    kinds = ("model", "optimizer", "regularizer", "data kind", "loss", "scenario file")
    assert [k for k in kinds if any(k in t for t in texts)] == []
    assert str(errors[5]) == f"scenario file {tmp_path / 'missing.json'} does not exist"  # the English is unchanged
