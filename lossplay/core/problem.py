"""From a scenario to the core objects of a run: data, model, objective, start point."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import numpy as np

from .data import Dataset, make_dataset
from .losses import (BINARY_LOSSES, LOSSES, MULTICLASS_LOSSES, REGRESSION_LOSSES, encode_targets,
                     smoothed_sparse_cross_entropy)
from .models import Model, make_model
from .objective import Objective
from .limits import check_model_fits
from .scenario import Scenario, ScenarioError
from .stability import critical_lr


@dataclass(frozen=True)
class Problem:
    scenario: Scenario  # resolved: model and loss are set
    dataset: Dataset
    model: Model
    objective: Objective  # on the training split
    val_objective: Objective | None  # data loss only, on the validation split
    start: np.ndarray
    shuffle_seed: np.random.SeedSequence

    @property
    def param_names(self) -> list[str]:
        return self.model.param_names

    @property
    def critical_lr(self) -> float | None:
        return critical_lr(self.objective, self.scenario.optimizer, self.scenario.batch_size)

    @property
    def exact_minimum(self) -> np.ndarray | None:
        return self.objective.exact_minimum()

    @property
    def train_size(self) -> int:
        return len(self.objective.X)

    def batch_size(self, batch_size: int | str | None = None) -> int | None:
        """The mini-batch size (the scenario's, or `batch_size`), or None for full-batch
        gradient descent."""
        b = self.scenario.batch_size if batch_size is None else batch_size
        return None if b == "all" or b >= self.train_size else int(b)


    def with_run_settings(self, scenario: Scenario) -> "Problem":
        """This problem (its data and objective) with the run settings of `scenario`: start,
        step limit, batch size, learning rate and optimizer. Equal to
        build_problem(scenario), without rebuilding the data."""
        scenario = scenario.validated().replace(model=self.scenario.model, loss=self.scenario.loss)
        if scenario.start is None:
            start = self.model.initial_theta(np.random.default_rng(_seeds(scenario.seed)[1]))
        elif len(scenario.start) != self.model.size:
            raise ScenarioError("start needs {size} values ({names}), got {count}", size=self.model.size,
                                names=", ".join(self.param_names), count=len(scenario.start))
        else:
            start = np.array(scenario.start, dtype=np.float64)
        _check_batch_size(scenario.batch_size, self.train_size)
        return dataclasses.replace(self, scenario=scenario, start=start)


def _seeds(seed: int) -> list[np.random.SeedSequence]:
    """The data's, the initial weights' and the mini-batches' seeds, from the scenario's."""
    return np.random.SeedSequence(seed).spawn(3)


def loss_parameter(scenario: Scenario) -> float:
    """The number a loss takes beside raw and y: Huber's delta, or the multiclass SVM's
    margin (label smoothing goes into the targets instead)."""
    return scenario.margin if scenario.loss == "multiclass_hinge" else scenario.huber_delta


def _check_batch_size(batch_size: int | str, train_size: int) -> None:
    if batch_size != "all" and batch_size > train_size:
        raise ScenarioError("batch size {batch_size} is larger than the {count} training samples",
                            batch_size=batch_size, count=train_size)


def losses_for(regression: bool, n_classes: int, model: str, labels: int = 0) -> list[str]:
    """The loss keys that fit data of this kind with this model (`labels` > 0: multi-label
    data, one sigmoid and bce per label)."""
    if labels:
        return ["bce"] if model != "multiclass" else []
    if regression:
        return list(REGRESSION_LOSSES) if model != "multiclass" else []
    if model == "linear":
        return list(BINARY_LOSSES) if n_classes == 2 else []
    if model == "multiclass" or n_classes > 2:
        return list(MULTICLASS_LOSSES)
    return list(BINARY_LOSSES) + list(MULTICLASS_LOSSES)


def fitting_losses(dataset: Dataset, model: str) -> list[str]:
    return losses_for(dataset.regression, dataset.n_classes, model, dataset.n_labels)


def default_model_and_loss(dataset: Dataset) -> tuple[str, str]:
    if dataset.n_labels:
        return "linear", "bce"
    if dataset.regression:
        return "linear", "mse"
    if dataset.n_classes == 2:
        return "linear", "logistic"
    return "multiclass", "cross_entropy"


def build_problem(scenario: Scenario) -> Problem:
    """Validate the scenario against its data and build everything a run needs."""
    scenario = scenario.validated()
    data_seed, init_seed, shuffle_seed = _seeds(scenario.seed)
    dataset = make_dataset(
        scenario.data, rng=np.random.default_rng(data_seed), samples=scenario.samples,
        features=scenario.features, classes=scenario.classes, noise=scenario.noise,
        outliers=scenario.outliers, scale=scenario.scale, val_fraction=scenario.val_fraction,
        target=scenario.target, numeric_only=scenario.numeric_only, test_fraction=scenario.test_fraction,
        labels=scenario.labels)  # its DataError is a ScenarioError

    default_model, default_loss = default_model_and_loss(dataset)
    model_kind = scenario.model or default_model
    loss_key = scenario.loss or (default_loss if model_kind != "multiclass" else "cross_entropy")
    fitting = fitting_losses(dataset, model_kind)
    if loss_key not in fitting:
        values = dict(loss=loss_key, data=scenario.data, fitting=", ".join(fitting), classes=dataset.n_classes)
        if dataset.n_labels:
            raise ScenarioError("multi-label data takes the loss bce (one sigmoid per label) with the model linear "
                                "or mlp, not {loss} with {model}", loss=loss_key, model=model_kind)
        if dataset.regression and not fitting:
            raise ScenarioError("model 'multiclass' needs classes, and {data} has prices; use --model linear or mlp",
                                **values)
        if dataset.regression:
            raise ScenarioError("loss '{loss}' does not fit regression data ({data}); losses that fit: {fitting}",
                                **values)
        if not fitting:
            raise ScenarioError("loss '{loss}' does not fit {classes}-class data with a one-output linear model "
                                "({data}); use --model multiclass or mlp", **values)
        raise ScenarioError("loss '{loss}' does not fit {classes}-class data ({data}); losses that fit: {fitting}",
                            **values)
    scenario = scenario.replace(model=model_kind, loss=loss_key)
    check_model_fits(model_kind, len(dataset.y), scenario.hidden, scenario.steps, loss_key)  # a file's size is known only now

    loss = LOSSES[loss_key]
    if loss_key == "sparse_cross_entropy" and scenario.label_smoothing:
        loss = smoothed_sparse_cross_entropy(scenario.label_smoothing)
    outputs = dataset.n_labels or (dataset.n_classes if loss.multi_output else 1)
    model = make_model(model_kind, dataset.X.shape[1], outputs, scenario.hidden)
    if scenario.start is not None:
        if len(scenario.start) != model.size:
            raise ScenarioError("start needs {size} values ({names}), got {count}", size=model.size, names=', '.join(model.param_names), count=len(scenario.start))
        start = np.array(scenario.start, dtype=np.float64)
    else:
        start = model.initial_theta(np.random.default_rng(init_seed))

    y = encode_targets(dataset.y, loss.targets, dataset.n_classes, scenario.label_smoothing)
    delta = loss_parameter(scenario)
    is_val, is_train = dataset.is_val, dataset.is_train  # test samples: scored once, never trained on
    _check_batch_size(scenario.batch_size, int(is_train.sum()))
    objective = Objective(model, loss, dataset.X[is_train], y[is_train], scenario.regularizer,
                          scenario.lam, delta)
    val_objective = (Objective(model, loss, dataset.X[is_val], y[is_val], delta=delta)
                     if is_val.any() else None)
    return Problem(scenario, dataset, model, objective, val_objective, start, shuffle_seed)
