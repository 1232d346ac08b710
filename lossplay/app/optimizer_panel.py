"""The Optimizer panel: the update rule, batch size, step limit, and the race of runs
pinned beside the scenario's own."""
from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ..core.limits import RANGES
from ..core.optimizers import OPTIMIZERS
from ..core.schedules import Schedule, parse_schedule
from ..i18n import bind, on_retranslate, tr
from ..labels import OPTIMIZER_LABELS
from ..plots import looks
from ..plots.theme import RACE_COLOURS
from .panel_widgets import monospace, combo, group, named, quietly, row, select
from .state import MAX_RACERS, Change, WindowState

SCHEDULE_CHOICES = {"constant": "constant", "step": "step decay", "exp": "exponential decay", "cosine": "cosine",
                    "warmup": "linear warm-up"}
BATCH_CHOICES = {"all": "all (batch gradient descent)", 1: "1 (stochastic)", 32: "32", 64: "64", 128: "128",
                 None: "custom…"}


class OptimizerPanel:
    def __init__(self, state: WindowState) -> None:
        self.state = state
        self.box, form = group("Optimizer")
        self.optimizer = named(combo(OPTIMIZER_LABELS), "Optimizer",
                               "The update rule (as in torch.optim, default hyperparameters).")
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.rule.setMinimumWidth(100)
        monospace(self.rule)
        bind(self.rule.setAccessibleName, "Update rule")
        self.batch = named(combo(BATCH_CHOICES), "Batch size",
                           "Samples per update: all = batch GD, 1 = SGD, otherwise mini-batch.")
        self.custom_batch = named(QSpinBox(), "Custom batch size", "Your own mini-batch size.")
        self.custom_batch.setRange(*RANGES["batch_size"])
        self.custom_batch.setValue(16)
        self.steps = named(QSpinBox(), "Step limit", "The run stops after this many updates.")
        self.steps.setRange(*RANGES["steps"])
        row(form, "Optimizer", self.optimizer)
        form.addRow(self.rule)
        row(form, "Batch size", self.batch)
        row(form, "Custom batch size", self.custom_batch)
        row(form, "Step limit", self.steps)
        self.schedule = named(combo(SCHEDULE_CHOICES), "Schedule",
                              "How the learning rate changes with the step (as torch.optim.lr_scheduler).")
        self.schedule_steps = named(QSpinBox(), "Schedule steps",
                                    "Step decay: every S steps; cosine: over T steps; warm-up: over K steps.")
        self.schedule_steps.setRange(1, 1_000_000_000)
        self.schedule_steps.setValue(30)
        self.schedule_gamma = named(QDoubleSpinBox(), "Schedule factor",
                                    "Step decay: the factor G every S steps; exponential: the factor G every step.")
        self.schedule_gamma.setDecimals(3)
        self.schedule_gamma.setRange(0.001, 1.0)
        self.schedule_gamma.setSingleStep(0.01)
        self.schedule_gamma.setValue(0.9)
        line = QHBoxLayout()
        line.addWidget(self.schedule, 1)
        line.addWidget(self.schedule_steps)
        line.addWidget(self.schedule_gamma)
        row(form, "Schedule", line)
        self.add_racer = named(QPushButton(), "Add to race", "Pin these optimizer settings as another run on the "
                               "same data, stepping together (up to 4).")
        bind(self.add_racer.setText, "Add to race")
        form.addRow(self.add_racer)
        self.race_rows = QVBoxLayout()
        self.race_rows.setSpacing(2)
        form.addRow(self.race_rows)
        self.racer_status: list[QLabel] = []

        self.optimizer.currentIndexChanged.connect(lambda: state.edit(optimizer=self.optimizer.currentData()))
        self.batch.currentIndexChanged.connect(self._batch_chosen)
        self.custom_batch.valueChanged.connect(lambda v: state.edit(batch_size=int(v)))
        self.steps.valueChanged.connect(lambda v: state.edit(steps=int(v)))
        for widget, signal in ((self.schedule, "currentIndexChanged"), (self.schedule_steps, "valueChanged"),
                               (self.schedule_gamma, "valueChanged")):
            getattr(widget, signal).connect(self._schedule_chosen)
        self.add_racer.clicked.connect(state.pin_racer)
        state.observe(self._on_change)
        on_retranslate(self._rebuild_race_rows, owner=self.add_racer)
        on_retranslate(self.show, owner=self.rule)
        looks.on_theme(self._rebuild_race_rows, owner=self.add_racer)
        self.show()
        self._rebuild_race_rows()

    def _batch_chosen(self) -> None:
        choice = self.batch.currentData()
        self.state.edit(batch_size=self.custom_batch.value() if choice is None else choice)

    def _schedule_chosen(self) -> None:
        kind = self.schedule.currentData()
        self.state.edit(schedule=str(Schedule(kind, self.schedule_steps.value(), self.schedule_gamma.value())))

    def _on_change(self, change: Change) -> None:
        if change.fields & {"optimizer", "batch_size", "steps", "schedule"}:
            self.show()
        if "racers" in change.fields:
            self._rebuild_race_rows()

    def show(self) -> None:
        s = self.state.scenario
        custom = not (s.batch_size == "all" or s.batch_size in (1, 32, 64, 128))
        schedule = parse_schedule(s.schedule)
        with quietly((self.optimizer, self.batch, self.custom_batch, self.steps, self.schedule, self.schedule_steps,
                      self.schedule_gamma)):
            select(self.schedule, schedule.kind)
            if schedule.kind in ("step", "cosine", "warmup"):
                self.schedule_steps.setValue(schedule.steps)
            if schedule.kind in ("step", "exp"):
                self.schedule_gamma.setValue(schedule.gamma)
            select(self.optimizer, s.optimizer)
            select(self.batch, None if custom else s.batch_size)
            if custom:
                self.custom_batch.setValue(int(s.batch_size))
            self.steps.setValue(s.steps)
        self.custom_batch.setEnabled(custom)
        self.schedule_steps.setVisible(schedule.kind in ("step", "cosine", "warmup"))
        self.schedule_gamma.setVisible(schedule.kind in ("step", "exp"))
        self.rule.setText(tr(OPTIMIZERS[s.optimizer].description))

    def _rebuild_race_rows(self) -> None:
        while self.race_rows.count():
            old = self.race_rows.takeAt(0).widget()
            old.hide()  # deleteLater alone would leave it drawn until the next event loop pass
            old.deleteLater()
        self.racer_status = []
        for i, racer in enumerate(self.state.racers):
            line = QWidget()
            layout = QHBoxLayout(line)
            layout.setContentsMargins(0, 0, 0, 0)
            swatch = QLabel(f"<span style='color:{RACE_COLOURS[i]}; font-size:14pt'>■</span>")
            text = QLabel(tr("{optimizer} · lr {lr} · batch {batch}").format(
                optimizer=tr(OPTIMIZER_LABELS[racer.optimizer]), lr=f"{racer.lr:g}",
                batch=tr("all") if racer.batch_size == "all" else racer.batch_size))
            text.setWordWrap(True)
            text.setAccessibleName(tr("Racer {number}").format(number=i + 2))
            status = QLabel()
            status.setStyleSheet(f"color: {looks.current().muted};")
            column = QVBoxLayout()
            column.setSpacing(0)
            column.addWidget(text)
            column.addWidget(status)
            remove = QPushButton("×")
            remove.setAccessibleName(tr("Remove from race"))
            remove.setToolTip(tr("Take this run out of the race."))
            remove.setMaximumWidth(28)
            remove.clicked.connect(lambda checked=False, k=i: self.state.remove_racer(k))
            layout.addWidget(swatch)
            layout.addLayout(column, 1)
            layout.addWidget(remove)
            self.race_rows.addWidget(line)
            self.racer_status.append(status)
        self.add_racer.setEnabled(len(self.state.racers) < MAX_RACERS)
