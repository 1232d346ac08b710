"""The Model and loss panel: the model, the losses that fit the data, regularization."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLabel, QSpinBox

from ..core.limits import RANGES
from ..core.losses import LOSSES
from ..i18n import bind, on_retranslate, tr
from ..labels import LOSS_LABELS, MODEL_LABELS
from .panel_widgets import monospace, combo, group, named, quietly, row, select
from .state import DATA_FIELDS, OBJECTIVE_FIELDS, Change, WindowState

REGULARIZERS = {"none": "none", "l1": "L1  (λ Σ|w|)", "l2": "L2  (λ Σw²)"}


class ModelPanel:
    def __init__(self, state: WindowState) -> None:
        self.state = state
        self.box, form = group("Model and loss")
        self.model = named(combo(MODEL_LABELS), "Model", "The model whose weights gradient descent moves.")
        self.hidden = named(QSpinBox(), "Hidden units", "Units in the MLP's hidden layer (tanh).")
        self.hidden.setRange(*RANGES["hidden"])
        self.loss = named(QComboBox(), "Loss", "The loss being minimised; only those that fit the data are offered.")
        self.formula = QLabel()
        self.formula.setWordWrap(True)
        self.formula.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        monospace(self.formula)
        bind(self.formula.setAccessibleName, "Loss formula")
        self.regularizer = named(combo(REGULARIZERS), "Regularization",
                                 "A penalty on the weights (never the biases) added to the loss.")
        self.lam = named(QDoubleSpinBox(), "Lambda", "Strength λ of the regularization penalty.")
        self.lam.setDecimals(4)
        self.lam.setRange(*RANGES["lam"])
        self.lam.setSingleStep(0.01)
        self.huber_delta = named(QDoubleSpinBox(), "Huber delta", "Where the Huber loss turns from squared to linear.")
        self.huber_delta.setDecimals(4)
        self.huber_delta.setRange(*RANGES["huber_delta"])
        self.huber_delta.setSingleStep(0.5)
        self.margin = named(QDoubleSpinBox(), "SVM margin",
                            "The margin Δ of the multiclass SVM: each wrong class should score Δ below the right one.")
        self.margin.setDecimals(3)
        self.margin.setRange(*RANGES["margin"])
        self.margin.setSingleStep(0.5)
        self.label_smoothing = named(QDoubleSpinBox(), "Label smoothing",
                                     "Targets (1 − e) one-hot + e / classes for the softmax losses; with it, KL is "
                                     "cross-entropy minus the targets' entropy.")
        self.label_smoothing.setDecimals(3)
        self.label_smoothing.setRange(*RANGES["label_smoothing"])
        self.label_smoothing.setSingleStep(0.05)
        for label, widget in [("Model", self.model), ("Hidden units", self.hidden), ("Loss", self.loss)]:
            row(form, label, widget)
        form.addRow(self.formula)
        for label, widget in [("Regularization", self.regularizer), ("Lambda", self.lam),
                              ("Huber delta", self.huber_delta), ("SVM margin", self.margin),
                              ("Label smoothing", self.label_smoothing)]:
            row(form, label, widget)

        self.model.currentIndexChanged.connect(lambda: state.edit(model=self.model.currentData()))
        self.loss.currentIndexChanged.connect(lambda: state.edit(loss=self.loss.currentData()))
        self.regularizer.currentIndexChanged.connect(lambda: state.edit(regularizer=self.regularizer.currentData()))
        self.hidden.valueChanged.connect(lambda v: state.edit(hidden=int(v)))
        self.lam.valueChanged.connect(lambda v: state.edit(lam=float(v)))
        self.huber_delta.valueChanged.connect(lambda v: state.edit(huber_delta=float(v)))
        self.margin.valueChanged.connect(lambda v: state.edit(margin=float(v)))
        self.label_smoothing.valueChanged.connect(lambda v: state.edit(label_smoothing=round(float(v), 6)))
        state.observe(self._on_change)
        on_retranslate(self.show, owner=self.loss)
        self.show()

    def _on_change(self, change: Change) -> None:
        if change.fields & (DATA_FIELDS | OBJECTIVE_FIELDS):
            self.show()

    def show(self) -> None:
        s = self.state.scenario
        with quietly((self.model, self.loss, self.regularizer, self.hidden, self.lam, self.huber_delta, self.margin,
                      self.label_smoothing)):
            select(self.model, s.model)
            self.loss.clear()
            for key in self.state.loss_choices():
                self.loss.addItem(tr(LOSS_LABELS[key]), key)
                self.loss.setItemData(self.loss.count() - 1, tr(LOSSES[key].formula), Qt.ItemDataRole.ToolTipRole)
            select(self.loss, s.loss)
            select(self.regularizer, s.regularizer)
            self.hidden.setValue(s.hidden)
            self.lam.setValue(s.lam)
            self.huber_delta.setValue(s.huber_delta)
            self.margin.setValue(s.margin)
            self.label_smoothing.setValue(s.label_smoothing)
        self.hidden.setEnabled(s.model == "mlp")
        self.lam.setEnabled(s.regularizer != "none")
        self.huber_delta.setEnabled(s.loss == "huber")
        self.margin.setEnabled(s.loss == "multiclass_hinge")
        self.label_smoothing.setEnabled(s.loss in ("cross_entropy", "sparse_cross_entropy", "kl_div"))
        self.formula.setText(tr(LOSSES[s.loss].formula))
