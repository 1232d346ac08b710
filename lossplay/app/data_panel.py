"""The Data panel: which data set, how many samples, noise, scaling, split and seed."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox, QPushButton, QSpinBox

from ..core.limits import RANGES
from ..i18n import bind
from ..labels import DATA_LABELS
from .panel_widgets import combo, group, named, quietly, row, select
from .state import DATA_FIELDS, Change, WindowState

SCALES = {"standard": "standardise", "none": "none"}


class DataPanel:
    def __init__(self, state: WindowState) -> None:
        self.state = state
        self.box, form = group("Data")
        self.kind = named(combo(DATA_LABELS), "Data set", "Which data set to generate.")
        self.samples = named(QSpinBox(), "Samples", "How many samples to generate, training and validation together.")
        self.samples.setRange(*RANGES["samples"])
        self.samples.setSingleStep(50)
        self.features = named(QSpinBox(), "Features",
                              "House-price features: 1 size, 2 adds rooms, 3 adds the distance to the station.")
        self.features.setRange(*RANGES["features"])
        self.classes = named(QSpinBox(), "Classes", "Number of blobs, one class each.")
        self.classes.setRange(*RANGES["classes"])
        self.labels = named(QSpinBox(), "Labels", "Yes/no labels per sample of the multi-label data.")
        self.labels.setRange(*RANGES["labels"])
        self.noise = named(QDoubleSpinBox(), "Noise", "How much the samples scatter around the pattern.")
        self.noise.setRange(*RANGES["noise"])
        self.noise.setSingleStep(0.05)
        self.outliers = named(QSpinBox(), "Outliers", "House prices made far too high, to see how each loss reacts.")
        self.outliers.setRange(*RANGES["outliers"])
        self.scale = named(combo(SCALES), "Feature scaling",
                           "Standardise each feature to mean 0 and spread 1, or keep the raw units.")
        self.val_fraction = named(QDoubleSpinBox(), "Validation fraction",
                                  "Share of samples held out to measure the validation loss.")
        self.val_fraction.setRange(*RANGES["val_fraction"])
        self.val_fraction.setSingleStep(0.05)
        self.test_fraction = named(QDoubleSpinBox(), "Test fraction",
                                   "Share of samples held out as a test set: never trained on, scored once at the end.")
        self.test_fraction.setRange(*RANGES["test_fraction"])
        self.test_fraction.setSingleStep(0.05)
        self.noise.setDecimals(3)
        self.seed = named(QSpinBox(), "Seed", "The random seed: the same seed gives the same data and the same run.")
        self.seed.setRange(*RANGES["seed"])
        self.regenerate = named(QPushButton(), "Regenerate", "Draw new data with the next seed.")
        bind(self.regenerate.setText, "Regenerate")
        for label, widget in [("Data set", self.kind), ("Samples", self.samples), ("Features", self.features),
                              ("Classes", self.classes), ("Labels", self.labels), ("Noise", self.noise),
                              ("Outliers", self.outliers), ("Feature scaling", self.scale),
                              ("Validation fraction", self.val_fraction), ("Test fraction", self.test_fraction),
                              ("Seed", self.seed)]:
            row(form, label, widget)
        form.addRow(self.regenerate)

        self.regenerate.clicked.connect(lambda: state.edit(seed=state.scenario.seed + 1))
        self.kind.currentIndexChanged.connect(lambda: state.edit(data=self.kind.currentData()))
        self.scale.currentIndexChanged.connect(lambda: state.edit(scale=self.scale.currentData()))
        for name in ("samples", "features", "classes", "labels", "outliers", "seed"):
            getattr(self, name).valueChanged.connect(lambda v, n=name: state.edit(**{n: int(v)}))
        for name in ("noise", "val_fraction", "test_fraction"):
            getattr(self, name).valueChanged.connect(lambda v, n=name: state.edit(**{n: round(float(v), 6)}))
        state.observe(self._on_change)
        self.show()

    @property
    def widgets(self):
        return (self.kind, self.samples, self.features, self.classes, self.labels, self.noise, self.outliers,
                self.scale, self.val_fraction, self.test_fraction, self.seed)

    def _on_change(self, change: Change) -> None:
        if change.fields & DATA_FIELDS:
            self.show()

    def _offer_own_data(self) -> None:
        for kind in self.state.own_data:
            if self.kind.findData(kind) < 0:
                self.kind.addItem("", kind)
                index = self.kind.count() - 1
                name = Path(kind[4:]).name
                bind(lambda t, i=index: self.kind.setItemText(i, t.format(name=name)), "Your data: {name}",
                     owner=self.kind)
                self.kind.setItemData(index, kind[4:], Qt.ItemDataRole.ToolTipRole)

    def show(self) -> None:
        s = self.state.scenario
        with quietly(self.widgets):
            self._offer_own_data()
            select(self.kind, s.data)
            for name in ("samples", "features", "classes", "labels", "noise", "outliers", "val_fraction",
                         "test_fraction", "seed"):
                getattr(self, name).setValue(getattr(s, name))
            select(self.scale, s.scale)
        generated = s.data not in self.state.own_data
        self.features.setEnabled(s.data == "house")
        self.outliers.setEnabled(s.data == "house")
        self.classes.setEnabled(s.data == "blobs")
        self.labels.setEnabled(s.data == "multilabel")
        self.samples.setEnabled(generated)
        self.noise.setEnabled(generated)
