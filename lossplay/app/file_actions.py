"""The File menu: sessions, recent files and every export, with their dialogs.

The `export_*`, `save_session` and `open_session` methods do the work without asking;
the menu's actions ask for a file name and settings first, then call them.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ..core.csvdata import CsvDataError, TextColumnsError, read_csv_data_header
from ..core.multilabel_csv import read_own_csv
from ..core.messages import translated
from ..core.runfiles import OutputError, atomic_write, data_csv, history_csv
from ..core.session import SUFFIX, SessionError, load_session, session_json
from ..i18n import bind, tr
from .state import own_data_facts
from .target_dialog import TargetDialog
from ..plots.caption import caption_text, run_label
from ..plots.export import ExportCancelled, make_figure, save_widget, write_animation


def file_filter(*kinds: tuple[str, str]) -> str:
    """A file dialog's filter in the current language: ("PNG image", "*.png"), ..."""
    return ";;".join(f"{tr(name)} ({pattern})" for name, pattern in kinds)


FIGURE_TITLES = {"landscape": "Loss landscape", "loss": "Loss chart", "data": "Data view", "margins": "Margins",
                 "window": "Whole window"}
MAX_RECENT = 8


class _PathRow(QWidget):
    """A file name with a Browse… button."""

    def __init__(self, default: str, filters: str, label: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(default)
        self.edit.setMinimumWidth(320)
        self.edit.setAccessibleName(tr(label))
        self.edit.setToolTip(tr("Where to save; the extension chooses the format."))
        browse = QPushButton(tr("Browse…"))
        browse.setAccessibleName(tr("Browse"))
        browse.setToolTip(tr("Choose the file in a dialog."))
        layout.addWidget(self.edit, 1)
        layout.addWidget(browse)
        browse.clicked.connect(lambda: self._browse(filters))

    def _browse(self, filters: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save as"), self.edit.text(), filters)
        if path:
            self.edit.setText(path)

    def path(self) -> Path:
        return Path(self.edit.text()).expanduser()


def _spin(value: int, low: int, high: int, label: str, tip: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    box.setAccessibleName(tr(label))
    box.setToolTip(tr(tip))
    return box


class FigureDialog(QDialog):
    def __init__(self, parent: QWidget, name: str, width: int, height: int) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export: {what}").format(what=tr(FIGURE_TITLES[name])))
        form = QFormLayout(self)
        self.path = _PathRow(str(Path.cwd() / f"{name}.png"),
                             file_filter(("PNG image", "*.png"), ("SVG image", "*.svg")), "File")
        self.width = _spin(width, 64, 7680, "Width", "Width in pixels (SVG: in points).")
        self.height = _spin(height, 64, 4320, "Height", "Height in pixels (SVG: in points).")
        self.scale = QComboBox()
        for text, factor in [("1× (screen)", 1.0), ("2× (slides)", 2.0), ("3× (print)", 3.0)]:
            self.scale.addItem(tr(text), factor)
        self.scale.setCurrentIndex(1)  # slides want 2×
        self.scale.setAccessibleName(tr("Scale"))
        self.scale.setToolTip(tr("Multiplies the pixels of a PNG, with its lines, markers and text: "
                                 "2× stays sharp on a projector."))
        self.caption = QCheckBox(tr("Caption: optimizer, learning rate, step and result"))
        self.caption.setAccessibleName(tr("Caption"))
        self.caption.setToolTip(tr("Write a line under the figure that says which run it shows."))
        if name == "window":  # the window is drawn at its own size, and says it all already
            self.width.setEnabled(False)
            self.height.setEnabled(False)
            self.caption.setEnabled(False)
        for label, widget in [("File", self.path), ("Width", self.width), ("Height", self.height), ("Scale", self.scale)]:
            form.addRow(tr(label), widget)
        form.addRow(self.caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AnimationDialog(QDialog):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export animation"))
        form = QFormLayout(self)
        self.path = _PathRow(str(Path.cwd() / "run.gif"),
                             file_filter(("GIF animation", "*.gif"), ("MP4 video", "*.mp4")), "File")
        self.fps = QDoubleSpinBox()
        self.fps.setRange(1, 60)
        self.fps.setValue(20)
        self.fps.setAccessibleName(tr("Frames per second"))
        self.fps.setToolTip(tr("One frame per step, shown this many times a second."))
        self.width = _spin(800, 64, 7680, "Width", "Width of the animation in pixels.")
        self.height = _spin(600, 64, 4320, "Height", "Height of the animation in pixels.")
        self.with_loss = QCheckBox(tr("Show the loss chart beside the landscape"))
        self.with_loss.setChecked(True)
        self.with_loss.setAccessibleName(tr("Loss chart"))
        self.with_loss.setToolTip(tr("Draw the loss curve growing beside the path."))
        self.caption = QCheckBox(tr("Caption: optimizer, learning rate, step and result"))
        self.caption.setChecked(True)
        self.caption.setAccessibleName(tr("Caption"))
        self.caption.setToolTip(tr("Write a line under every frame that says the step and, at the end, the result."))
        steps = max(len(parent.history) - 1, 0) if getattr(parent, "history", None) is not None else 0
        self.first = _spin(0, 0, steps, "From step", "The first step of the run the animation shows.")
        self.last = _spin(steps, 0, steps, "To step", "The last step of the run the animation shows.")
        self.first.valueChanged.connect(lambda v: self.last.setMinimum(v))
        for label, widget in [("File", self.path), ("Frames per second", self.fps), ("Width", self.width),
                              ("Height", self.height), ("From step", self.first), ("To step", self.last)]:
            form.addRow(tr(label), widget)
        form.addRow(self.with_loss)
        form.addRow(self.caption)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class FileActions:
    """Builds the File menu of `window` (a MainWindow) and carries out its commands."""

    def __init__(self, window) -> None:
        self.window = window
        self.settings = QSettings("lossplay", "lossplay")
        menu = window.menuBar().addMenu("")
        bind(menu.setTitle, "&File")
        self._add(menu, "&Open session…", QKeySequence.StandardKey.Open, "Open a saved session", self._ask_open)
        self.recent_menu = menu.addMenu("")
        bind(self.recent_menu.setTitle, "Open &recent")
        self._add(menu, "&Save session…", QKeySequence.StandardKey.Save,
                  "Save the scenario and seed, to make this run again later", self._ask_save)
        menu.addSeparator()
        self._add(menu, "Open &data…", "Ctrl+D", "Train on your own CSV file", self._ask_data_file)
        menu.addSeparator()
        export = menu.addMenu("")
        bind(export.setTitle, "&Export")
        for name, title in FIGURE_TITLES.items():
            self._add(export, f"{title} as PNG or SVG…", None, "Save it as a picture",
                      lambda checked=False, n=name: self.ask_figure(n))
        export.addSeparator()
        self._add(export, "Animation (GIF or MP4)…", "Ctrl+E", "Render the run as an animation", self._ask_animation)
        self._add(export, "History as CSV…", None, "Save every step of the run", self._ask_history)
        self._add(export, "Data as CSV…", None, "Save the samples as the model sees them", self._ask_data)
        menu.addSeparator()
        self._add(menu, "&Quit", QKeySequence.StandardKey.Quit, "Close lossplay", window.close)
        self._refresh_recent()
        for name, view in (("landscape", window.landscape), ("loss", window.loss_chart), ("data", window.data_view),
                           ("margins", window.margin_view)):
            view.scene().contextMenu = []  # pyqtgraph's Export… dialog offers its broken SVG exporter
            view_menu: QMenu = view.getPlotItem().getViewBox().menu
            view_menu.addSeparator()
            # pyqtgraph's menu has no parent and outlives the window: the view owns the action.
            action = QAction(view)
            bind(action.setText, "Save as PNG or SVG…")
            action.triggered.connect(lambda checked=False, n=name: self.ask_figure(n))
            view_menu.addAction(action)

    def _add(self, menu: QMenu, text: str, shortcut, tip: str, slot) -> QAction:
        action = QAction(self.window)
        bind(action.setText, text)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        bind(action.setStatusTip, tip)
        bind(action.setToolTip, tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _fail(self, title: str, message: str) -> None:
        QMessageBox.warning(self.window, tr(title), message)

    def _ready(self) -> bool:
        w = self.window
        if w.scene_data is None or w.history is None or len(w.history) == 0:
            self._fail("Nothing to export yet", tr("Wait until the landscape has been computed."))
            return False
        return True

    # --- figures ---------------------------------------------------------------------------------

    def ask_figure(self, name: str) -> None:
        if not self._ready():
            return
        widget = self.window if name == "window" else {"landscape": self.window.landscape,
                                                         "loss": self.window.loss_chart,
                                                         "data": self.window.data_view,
                                                         "margins": self.window.margin_view}[name]
        dialog = FigureDialog(self.window, name, widget.width(), widget.height())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_figure(name, dialog.path.path(), dialog.width.value(), dialog.height.value(),
                               dialog.scale.currentData(), dialog.caption.isChecked())

    def racers(self) -> list[tuple[str, object]]:
        """The pinned runs of the race, each with its name for the legends."""
        w = self.window
        return [(run_label(r.optimizer, r.lr, r.batch_size), h)
                for r, h in zip(w.state.racers, w.histories[1:]) if len(h)]

    def own_label(self) -> str:
        """The window's own run in a race's legends, as its settings are now (its scene
        was made before any new rate or optimizer)."""
        s = self.window.state.scenario
        return run_label(s.optimizer, s.lr, s.batch_size)

    def _status(self) -> str | None:
        status = self.window.state.status
        return status if status in ("converged", "finished", "diverged") else None

    def export_figure(self, name: str, path: Path, width: int, height: int, scale: float = 1.0,
                      caption: bool = False) -> bool:
        w = self.window
        try:
            if name == "window":
                save_widget(w, path, scale, title=w.windowTitle())
            else:
                shown = w.presenter.shown_history(w.history)  # the step the timeline shows
                status = self._status() if shown is w.history else None
                words = caption_text(w.scene_data.scenario, shown, status=status) if caption else None
                figure = make_figure(name, w.scene_data, shown, width, height, words, self.racers(), self.own_label())
                try:
                    save_widget(figure, path, scale, title=f"lossplay {FIGURE_TITLES[name].lower()}")
                finally:
                    figure.deleteLater()
        except OutputError as e:
            self._fail("Could not export", translated(e, tr))
            return False
        w.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    # --- animation -------------------------------------------------------------------------------

    def _ask_animation(self) -> None:
        if not self._ready():
            return
        dialog = AnimationDialog(self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.export_animation(dialog.path.path(), dialog.fps.value(), dialog.width.value(),
                                  dialog.height.value(), dialog.with_loss.isChecked(), dialog.caption.isChecked(),
                                  (dialog.first.value(), dialog.last.value()))

    def export_animation(self, path: Path, fps: float = 20.0, width: int = 800, height: int = 600,
                         with_loss: bool = True, caption: bool = True, steps: tuple[int, int] | None = None) -> bool:
        w = self.window
        w.pause()
        progress = QProgressDialog(tr("Rendering the animation…"), tr("Cancel"), 0, 100, w)
        progress.setWindowTitle(tr("Export animation"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def report(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            return not progress.wasCanceled()

        try:
            frames = write_animation(w.scene_data, w.history, path, fps, width, height, with_loss, report,
                                     caption=caption, racers=self.racers(), status=self._status(), steps=steps,
                                     own=self.own_label())
        except ExportCancelled:
            w.statusBar().showMessage(tr("Animation cancelled; nothing was saved"), 5000)
            return False
        except OutputError as e:
            self._fail("Could not export", translated(e, tr))
            return False
        finally:
            progress.close()
        w.statusBar().showMessage(tr("Saved {path} ({frames} frames)").format(path=path, frames=frames), 5000)
        return True

    # --- CSV --------------------------------------------------------------------------------------

    def _ask_history(self) -> None:
        if self._ready():
            path, _ = QFileDialog.getSaveFileName(self.window, tr("Save history"), "history.csv",
                                                  file_filter(("CSV file", "*.csv")))
            if path:
                self.export_history_csv(Path(path))

    def _ask_data(self) -> None:
        if self._ready():
            path, _ = QFileDialog.getSaveFileName(self.window, tr("Save data"), "data.csv",
                                                  file_filter(("CSV file", "*.csv")))
            if path:
                self.export_data_csv(Path(path))

    def export_history_csv(self, path: Path) -> bool:
        problem = self.window.scene_data.problem
        text = history_csv(self.window.history, problem.param_names, problem.val_objective is not None)
        return self._write(path, text.encode())

    def export_data_csv(self, path: Path) -> bool:
        return self._write(path, data_csv(self.window.scene_data.problem).encode())

    def _write(self, path: Path, data: bytes) -> bool:
        try:
            atomic_write(path, data)
        except OSError as e:
            self._fail("Could not save", tr("cannot write {path}: {reason}").format(path=path, reason=e.strerror or e))
            return False
        self.window.statusBar().showMessage(tr("Saved {path}").format(path=path), 5000)
        return True

    # --- own data ----------------------------------------------------------------------------------

    def _ask_data_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open data"), "",
                                              file_filter(("CSV with a header row", "*.csv")))
        if not path:
            return
        try:
            header = read_csv_data_header(Path(path))
        except CsvDataError as e:
            self._fail("Could not open the data", translated(e, tr))
            return
        dialog = TargetDialog(self.window, header)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self.open_data(Path(path), dialog.target())

    def open_data(self, path: Path, target: str | None = None) -> bool:
        """Check the file first; only an accepted file changes the window. `target`: a
        column, or several 0/1 columns joined by commas (multi-label data). A file with
        text columns (a Kaggle house-prices file) gets the offer to leave them out."""
        numeric_only = False
        try:
            try:
                data = read_own_csv(path, target)
            except TextColumnsError as e:
                if not self._leave_out(path, e):
                    return False
                numeric_only = True
                data = read_own_csv(path, target, numeric_only=True)
        except CsvDataError as e:
            self._fail("Could not open the data", translated(e, tr))
            return False
        self.window.state.add_own_data(str(path.resolve()), own_data_facts(data, target), numeric_only)
        return True

    def _leave_out(self, path: Path, error: TextColumnsError) -> bool:
        """Ask whether to leave out the columns that are not all numbers; True to go on."""
        box = QMessageBox(QMessageBox.Icon.Question, tr("Text columns"),
                          tr("{file}: {count} feature columns hold text, and lossplay needs numbers: {columns}").format(
                              file=path.name, count=len(error.text), columns=", ".join(error.text)),
                          parent=self.window)
        box.setObjectName("text_columns")
        gaps = [name for name in error.left_out if name not in error.text]  # columns with missing values
        box.setInformativeText(tr("Leave them out and open the file with the other columns?") if not gaps else
                               tr("Leave them out and open the file with the other columns? These columns miss "
                                  "values and go too: {columns}").format(columns=", ".join(gaps)))
        leave_out = box.addButton(tr("Leave them out"), QMessageBox.ButtonRole.AcceptRole)
        leave_out.setObjectName("leave_out")
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(leave_out)
        box.exec()
        chosen = box.clickedButton() is leave_out
        box.deleteLater()
        return chosen

    # --- sessions ---------------------------------------------------------------------------------

    def _ask_save(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save session"), f"session{SUFFIX}",
                                              file_filter(("lossplay session", f"*{SUFFIX}")))
        if path:
            if not path.endswith(SUFFIX):
                path = str(Path(path).with_suffix("")) + SUFFIX
            self.save_session(Path(path))

    def _ask_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open session"), "",
                                              file_filter(("lossplay session", f"*{SUFFIX} *.json")))
        if path:
            self.open_session(Path(path))

    def save_session(self, path: Path) -> bool:
        race = [(r.lr, r.optimizer, r.batch_size) for r in self.window.state.racers]
        if self._write(path, session_json(self.window.current_scenario(), race).encode()):
            self._remember(path)
            return True
        return False

    def open_session(self, path: Path) -> bool:
        try:
            session = load_session(path)
        except SessionError as e:
            self._fail("Could not open the session", translated(e, tr))
            return False
        self.window.load_scenario(session.scenario, session.race)
        self._remember(path)
        return True

    def _remember(self, path: Path) -> None:
        recent = [str(path.resolve())] + [p for p in self.recent() if p != str(path.resolve())]
        self.settings.setValue("recent_sessions", recent[:MAX_RECENT])
        self._refresh_recent()

    def recent(self) -> list[str]:
        value = self.settings.value("recent_sessions", [])
        return [value] if isinstance(value, str) else list(value or [])

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.recent():
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda checked=False, p=path: self.open_session(Path(p)))
        self.recent_menu.setEnabled(bool(self.recent()))
