"""The control panels: data, model and loss, optimizer. They edit a Scenario and say
which kind of change happened; the window decides what that resets."""
from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..core import Scenario
from ..core.csvdata import CsvDataError, read_csv_data
from ..core.losses import LOSSES
from ..core.optimizers import OPTIMIZERS
from ..core.problem import losses_for
from ..i18n import bind, on_retranslate, tr
from ..labels import DATA_LABELS, LOSS_LABELS, MODEL_LABELS, OPTIMIZER_LABELS
from ..plots.theme import RACE_COLOURS
from .lr_slider import LearningRateSlider

BATCH_CHOICES = {"all": "all (batch gradient descent)", 1: "1 (stochastic)", 32: "32", 64: "64", 128: "128",
                 None: "custom…"}
SPEEDS = {1.0: "1 step/s", 3.0: "3 steps/s", 10.0: "10 steps/s", 30.0: "30 steps/s", 100.0: "100 steps/s",
          300.0: "300 steps/s", 0.0: "as fast as possible"}


def _form(group: QGroupBox) -> QFormLayout:
    form = QFormLayout(group)
    form.setVerticalSpacing(4)
    form.setContentsMargins(8, 6, 8, 6)
    return form


def _name(widget: QWidget, label: str, tip: str) -> QWidget:
    bind(widget.setAccessibleName, label)
    bind(widget.setToolTip, tip)
    return widget


def _combo(items: dict[object, str]) -> QComboBox:
    """A combo box of translated texts, each carrying its key as data."""
    box = QComboBox()
    for i, (key, text) in enumerate(items.items()):
        box.addItem(text, key)
        bind(lambda t, i=i: box.setItemText(i, t), text)
    return box


def _row(form: QFormLayout, label: str, field) -> None:
    caption = QLabel()
    bind(caption.setText, label)
    form.addRow(caption, field)


def _group(title: str) -> QGroupBox:
    group = QGroupBox()
    bind(group.setTitle, title)
    return group


def _select(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    if index >= 0:
        box.setCurrentIndex(index)


class ControlPanel(QWidget):
    """All settings of a scenario, plus the speed of the animation."""

    data_changed = Signal()  # new data: everything resets, the landscape is recomputed
    model_changed = Signal()  # new model, loss or regularizer: likewise
    lr_changed = Signal(float)
    optimizer_changed = Signal(str)
    run_changed = Signal()  # batch size or step limit
    speed_changed = Signal(float)
    race_changed = Signal()  # a run pinned to the race, or removed from it

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._data_group())
        layout.addWidget(self._model_group())
        layout.addWidget(self._optimizer_group())
        layout.addStretch(1)
        self._quiet = False
        self.own_data: dict[str, tuple[str | None, bool, int]] = {}  # csv:PATH -> target, regression, classes
        self._critical_lr: float | None = None
        self.set_scenario(Scenario())
        on_retranslate(self._retranslate)

    def _retranslate(self) -> None:
        self._quiet = True
        self._refresh_losses()
        self._quiet = False
        self.set_critical_lr(self._critical_lr)
        self._rebuild_race_rows()

    # --- building ----------------------------------------------------------------------

    def _data_group(self) -> QGroupBox:
        group = _group("Data")
        form = _form(group)
        self.data_kind = _name(_combo(DATA_LABELS), "Data set", "Which data set to generate.")
        self.samples = _name(QSpinBox(), "Samples", "How many samples to generate, training and validation together.")
        self.samples.setRange(4, 100_000)
        self.samples.setSingleStep(50)
        self.features = _name(QSpinBox(), "Features", "House-price features: 1 size, 2 adds rooms, 3 adds the distance to the station.")
        self.features.setRange(1, 3)
        self.classes = _name(QSpinBox(), "Classes", "Number of blobs, one class each.")
        self.classes.setRange(2, 5)
        self.noise = _name(QDoubleSpinBox(), "Noise", "How much the samples scatter around the pattern.")
        self.noise.setRange(0.0, 2.0)
        self.noise.setSingleStep(0.05)
        self.outliers = _name(QSpinBox(), "Outliers", "House prices made far too high, to see how each loss reacts.")
        self.outliers.setRange(0, 50)
        self.scale = _name(_combo({"standard": "standardise", "none": "none"}), "Feature scaling",
                           "Standardise each feature to mean 0 and spread 1, or keep the raw units.")
        self.val_fraction = _name(QDoubleSpinBox(), "Validation fraction", "Share of samples held out to measure the validation loss.")
        self.val_fraction.setRange(0.0, 0.9)
        self.val_fraction.setSingleStep(0.05)
        self.seed = _name(QSpinBox(), "Seed", "The random seed: the same seed gives the same data and the same run.")
        self.seed.setRange(0, 1_000_000)
        self.regenerate = _name(QPushButton(), "Regenerate", "Draw new data with the next seed.")
        bind(self.regenerate.setText, "Regenerate")
        for label, widget in [("Data set", self.data_kind), ("Samples", self.samples), ("Features", self.features),
                              ("Classes", self.classes), ("Noise", self.noise), ("Outliers", self.outliers),
                              ("Feature scaling", self.scale), ("Validation fraction", self.val_fraction),
                              ("Seed", self.seed)]:
            _row(form, label, widget)
        form.addRow(self.regenerate)
        self.regenerate.clicked.connect(lambda: self.seed.setValue(self.seed.value() + 1))
        for w in (self.data_kind, self.scale):
            w.currentIndexChanged.connect(self._on_data)
        for w in (self.samples, self.features, self.classes, self.noise, self.outliers, self.val_fraction, self.seed):
            w.valueChanged.connect(self._on_data)
        return group

    def _model_group(self) -> QGroupBox:
        group = _group("Model and loss")
        form = _form(group)
        self.model = _name(_combo(MODEL_LABELS), "Model", "The model whose weights gradient descent moves.")
        self.hidden = _name(QSpinBox(), "Hidden units", "Units in the MLP's hidden layer (tanh).")
        self.hidden.setRange(1, 32)
        self.loss = _name(QComboBox(), "Loss", "The loss being minimised; only those that fit the data are offered.")
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.formula.setStyleSheet("color: #333; font-family: monospace;")
        bind(self.formula.setAccessibleName, "Loss formula")
        self.regularizer = _name(_combo({"none": "none", "l1": "L1  (λ Σ|w|)", "l2": "L2  (λ Σw²)"}),
                                 "Regularization", "A penalty on the weights (never the biases) added to the loss.")
        self.lam = _name(QDoubleSpinBox(), "Lambda", "Strength λ of the regularization penalty.")
        self.lam.setDecimals(4)
        self.lam.setRange(0.0, 100.0)
        self.lam.setSingleStep(0.01)
        self.huber_delta = _name(QDoubleSpinBox(), "Huber delta", "Where the Huber loss turns from squared to linear.")
        self.huber_delta.setRange(0.01, 100.0)
        self.huber_delta.setSingleStep(0.5)
        for label, widget in [("Model", self.model), ("Hidden units", self.hidden), ("Loss", self.loss)]:
            _row(form, label, widget)
        form.addRow(self.formula)
        for label, widget in [("Regularization", self.regularizer), ("Lambda", self.lam), ("Huber delta", self.huber_delta)]:
            _row(form, label, widget)
        for w in (self.model, self.loss, self.regularizer):
            w.currentIndexChanged.connect(self._on_model)
        for w in (self.hidden, self.lam, self.huber_delta):
            w.valueChanged.connect(self._on_model)
        return group

    def _optimizer_group(self) -> QGroupBox:
        group = _group("Optimizer")
        form = _form(group)
        self.optimizer = _name(_combo(OPTIMIZER_LABELS), "Optimizer", "The update rule (as in torch.optim, default hyperparameters).")
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setMinimumWidth(100)
        self.rule.setStyleSheet("color: #333; font-family: monospace;")
        bind(self.rule.setAccessibleName, "Update rule")
        self.lr_slider = _name(LearningRateSlider(), "Learning rate", "Learning rate on a log scale from 0.0001 to 10; the red mark is the critical rate.")
        self.lr_edit = _name(QLineEdit(), "Learning rate value", "Type a learning rate and press Enter.")
        self.lr_edit.setMaximumWidth(80)
        lr_row = QHBoxLayout()
        lr_row.addWidget(self.lr_slider, 1)
        lr_row.addWidget(self.lr_edit)
        self.critical = QLabel()
        self.critical.setWordWrap(True)
        bind(self.critical.setAccessibleName, "Critical learning rate")
        self.batch = _name(_combo(BATCH_CHOICES), "Batch size", "Samples per update: all = batch GD, 1 = SGD, otherwise mini-batch.")
        self.custom_batch = _name(QSpinBox(), "Custom batch size", "Your own mini-batch size.")
        self.custom_batch.setRange(1, 100_000)
        self.custom_batch.setValue(16)
        self.steps = _name(QSpinBox(), "Step limit", "The run stops after this many updates.")
        self.steps.setRange(1, 1_000_000)
        self.speed = _name(_combo(SPEEDS), "Speed", "How fast the animation steps.")
        _row(form, "Optimizer", self.optimizer)
        form.addRow(self.rule)
        _row(form, "Learning rate", lr_row)
        form.addRow(self.critical)
        _row(form, "Batch size", self.batch)
        _row(form, "Custom batch size", self.custom_batch)
        _row(form, "Step limit", self.steps)
        _row(form, "Speed", self.speed)
        self.add_racer = _name(QPushButton(), "Add to race",
                               "Pin these optimizer settings as another run on the same data, stepping together (up to 4).")
        bind(self.add_racer.setText, "Add to race")
        self.add_racer.clicked.connect(self._pin_racer)
        form.addRow(self.add_racer)
        self.race_rows = QVBoxLayout()
        self.race_rows.setSpacing(2)
        form.addRow(self.race_rows)
        self.racers: list[tuple[float, str, int | str]] = []  # pinned (lr, optimizer, batch size)
        self.racer_status: list[QLabel] = []
        self.optimizer.currentIndexChanged.connect(self._on_optimizer)
        self.lr_slider.valueChanged.connect(self._on_slider)
        self.lr_edit.editingFinished.connect(self._on_lr_typed)
        self.batch.currentIndexChanged.connect(self._on_run)
        self.custom_batch.valueChanged.connect(self._on_run)
        self.steps.valueChanged.connect(self._on_run)
        self.speed.currentIndexChanged.connect(lambda: self.speed_changed.emit(self.speed.currentData()))
        return group

    # --- the race -------------------------------------------------------------------------------------

    def current_racer(self) -> tuple[float, str, int | str]:
        s = self.scenario()
        return s.lr, s.optimizer, s.batch_size

    def _pin_racer(self) -> None:
        if len(self.racers) < len(RACE_COLOURS):
            self.racers.append(self.current_racer())
            self._rebuild_race_rows()
            self.race_changed.emit()

    def set_racers(self, racers: list) -> None:
        """Pin exactly these runs (from a session); the window restarts the race."""
        self.racers = list(racers)[:len(RACE_COLOURS)]
        self._rebuild_race_rows()
        self.race_changed.emit()

    def remove_racer(self, index: int) -> None:
        del self.racers[index]
        self._rebuild_race_rows()
        self.race_changed.emit()

    def _rebuild_race_rows(self) -> None:
        while self.race_rows.count():
            row = self.race_rows.takeAt(0).widget()
            row.hide()  # deleteLater alone would leave it drawn until the next event loop pass
            row.deleteLater()
        self.racer_status = []
        for i, (lr, optimizer, batch) in enumerate(self.racers):
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            swatch = QLabel(f"<span style='color:{RACE_COLOURS[i]}; font-size:14pt'>■</span>")
            text = QLabel(tr("{optimizer} · lr {lr} · batch {batch}").format(
                optimizer=tr(OPTIMIZER_LABELS[optimizer]), lr=f"{lr:g}", batch=tr("all") if batch == "all" else batch))
            text.setWordWrap(True)
            text.setAccessibleName(tr("Racer {number}").format(number=i + 2))
            status = QLabel()
            status.setStyleSheet("color: #444;")
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(text)
            column.addWidget(status)
            remove = QPushButton("×")
            remove.setAccessibleName(tr("Remove from race"))
            remove.setToolTip(tr("Take this run out of the race."))
            remove.setMaximumWidth(28)
            remove.clicked.connect(lambda checked=False, k=i: self.remove_racer(k))
            layout.addWidget(swatch)
            layout.addLayout(column, 1)
            layout.addWidget(remove)
            self.race_rows.addWidget(row)
            self.racer_status.append(status)
        self.add_racer.setEnabled(len(self.racers) < len(RACE_COLOURS))

    # --- reading and writing a scenario ------------------------------------------------------

    def set_scenario(self, s: Scenario) -> None:
        self._quiet = True
        try:
            if s.data.startswith("csv:") and s.data not in self.own_data:
                try:
                    own = read_csv_data(s.data[4:], s.target)
                    self.add_own_data(s.data[4:], s.target, own.regression, len(own.class_names))
                except CsvDataError:  # building the scene will say what is wrong
                    self.add_own_data(s.data[4:], s.target, True, 0)
            _select(self.data_kind, s.data)
            for widget, value in [(self.samples, s.samples), (self.features, s.features), (self.classes, s.classes),
                                  (self.noise, s.noise), (self.outliers, s.outliers), (self.val_fraction, s.val_fraction),
                                  (self.seed, s.seed), (self.hidden, s.hidden), (self.lam, s.lam),
                                  (self.huber_delta, s.huber_delta), (self.steps, s.steps)]:
                widget.setValue(value)
            _select(self.scale, s.scale)
            regression, classes = self._data_facts()
            _select(self.model, s.model or ("multiclass" if not regression and classes > 2 else "linear"))
            self._refresh_losses(s.loss)
            _select(self.regularizer, s.regularizer)
            _select(self.optimizer, s.optimizer)
            self._show_lr(s.lr)
            if s.batch_size == "all" or s.batch_size in (1, 32, 64, 128):
                _select(self.batch, s.batch_size)
            else:
                _select(self.batch, None)
                self.custom_batch.setValue(int(s.batch_size))
            if self.speed.currentIndex() < 0 or self.speed.currentData() is None:
                _select(self.speed, 30.0)
            self._update_enabled()
        finally:
            self._quiet = False

    def scenario(self, start: tuple[float, ...] | None = None) -> Scenario:
        batch = self.batch.currentData()
        kind = self.data_kind.currentData()
        return Scenario(
            data=kind, target=self.own_data[kind][0] if kind in self.own_data else None,
            samples=self.samples.value(), features=self.features.value(),
            classes=self.classes.value(), noise=round(self.noise.value(), 6), outliers=self.outliers.value(),
            scale=self.scale.currentData(), val_fraction=round(self.val_fraction.value(), 6), seed=self.seed.value(),
            model=self.model.currentData(), hidden=self.hidden.value(), loss=self.loss.currentData(),
            huber_delta=self.huber_delta.value(), regularizer=self.regularizer.currentData(), lam=self.lam.value(),
            optimizer=self.optimizer.currentData(), lr=self.lr(),
            batch_size=self.custom_batch.value() if batch is None else batch, steps=self.steps.value(), start=start)

    def lr(self) -> float:
        return float(self.lr_edit.text())

    def set_critical_lr(self, lr: float | None) -> None:
        self.lr_slider.set_critical(lr)
        self._critical_lr = lr
        if lr is None:
            self.critical.setText(tr("No single critical learning rate for this setting."))
        else:
            self.critical.setText("<span style='color:#D55E00'>▮</span> " + tr(
                "critical learning rate {lr}: above it, gradient descent diverges").format(lr=f"{lr:.4g}"))

    # --- reacting ---------------------------------------------------------------------------

    def _show_lr(self, lr: float) -> None:
        self.lr_slider.blockSignals(True)
        self.lr_slider.setValue(LearningRateSlider.to_position(lr))
        self.lr_slider.blockSignals(False)
        self.lr_edit.setText(f"{lr:.6g}")

    def _refresh_losses(self, wanted: str | None = None) -> None:
        regression, classes = self._data_facts()
        model = self.model.currentData()
        keys = losses_for(regression, 0 if regression else classes, model)
        if not keys:  # the model cannot fit this data: switch to one that can
            model = "linear" if regression else "multiclass"
            _select(self.model, model)
            keys = losses_for(regression, 0 if regression else classes, model)
        current = wanted or self.loss.currentData()
        if current not in keys:  # DESIGN.md's defaults, as `lossplay run` picks them
            current = next(k for k in ("mse", "logistic", "cross_entropy") if k in keys)
        self.loss.blockSignals(True)
        self.loss.clear()
        for key in keys:
            self.loss.addItem(tr(LOSS_LABELS[key]), key)
            self.loss.setItemData(self.loss.count() - 1, LOSSES[key].formula, Qt.ItemDataRole.ToolTipRole)
        _select(self.loss, current)
        self.loss.blockSignals(False)

    def _data_facts(self) -> tuple[bool, int]:
        """(regression?, number of classes) of the chosen data."""
        kind = self.data_kind.currentData()
        if kind in self.own_data:
            return self.own_data[kind][1:]
        if kind == "house":
            return True, 0
        return False, self.classes.value() if kind == "blobs" else 2

    def add_own_data(self, path: str, target: str | None, regression: bool, n_classes: int) -> None:
        """Offer (and choose) a CSV file among the data sets."""
        kind = f"csv:{path}"
        self.own_data[kind] = (target, regression, n_classes)
        index = self.data_kind.findData(kind)
        if index < 0:
            self.data_kind.addItem("", kind)
            index = self.data_kind.count() - 1
            name = Path(path).name
            bind(lambda t, i=index: self.data_kind.setItemText(i, t.format(name=name)), "Your data: {name}")
        self.data_kind.setItemData(index, path, Qt.ItemDataRole.ToolTipRole)
        self.data_kind.setCurrentIndex(index)

    def _update_enabled(self) -> None:
        kind = self.data_kind.currentData()
        generated = kind not in self.own_data
        self.features.setEnabled(kind == "house")
        self.outliers.setEnabled(kind == "house")
        self.classes.setEnabled(kind == "blobs")
        self.samples.setEnabled(generated)
        self.noise.setEnabled(generated)
        self.hidden.setEnabled(self.model.currentData() == "mlp")
        self.lam.setEnabled(self.regularizer.currentData() != "none")
        self.huber_delta.setEnabled(self.loss.currentData() == "huber")
        self.custom_batch.setEnabled(self.batch.currentData() is None)
        key = self.loss.currentData()
        self.formula.setText(LOSSES[key].formula if key else "")
        self.rule.setText(OPTIMIZERS[self.optimizer.currentData()].description)

    def _on_data(self) -> None:
        self._on_problem_change(self.data_changed)

    def _on_model(self) -> None:
        self._on_problem_change(self.model_changed)

    def _on_problem_change(self, signal) -> None:
        """New data or model: offer the losses that fit, then say so."""
        if self._quiet:
            return
        self._quiet = True
        self._refresh_losses()
        self._quiet = False
        self._update_enabled()
        signal.emit()

    def _on_optimizer(self) -> None:
        if not self._quiet:
            self._update_enabled()
            self.optimizer_changed.emit(self.optimizer.currentData())

    def _on_slider(self, position: int) -> None:
        lr = LearningRateSlider.to_lr(position)
        self.lr_edit.setText(f"{lr:.6g}")
        if not self._quiet:
            self.lr_changed.emit(lr)

    def _on_lr_typed(self) -> None:
        try:
            lr = float(self.lr_edit.text())
        except ValueError:
            lr = -1.0
        if not (math.isfinite(lr) and lr > 0):
            self.lr_edit.setText(f"{LearningRateSlider.to_lr(self.lr_slider.value()):.6g}")
            self.lr_edit.setToolTip(tr("A learning rate is a positive number, such as 0.05 or 1e-3."))
            return
        self._show_lr(lr)
        if not self._quiet:
            self.lr_changed.emit(lr)

    def _on_run(self) -> None:
        if not self._quiet:
            self._update_enabled()
            self.run_changed.emit()
