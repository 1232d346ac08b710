"""Metrics against scikit-learn's functions, on the run's own data.csv and history.csv."""
import csv
import json
import math

import numpy as np
import pytest
from sklearn import metrics as skm

from lossplay.core import Scenario, build_problem
from lossplay.core.metrics import binary_metrics, multiclass_metrics, multilabel_metrics, regression_metrics
from lossplay.core.runfiles import run_scenario, write_outputs


def written_run(tmp_path, **settings):
    """summary.json, data.csv rows and the last theta of history.csv of a headless run."""
    write_outputs(run_scenario(Scenario(**settings), grid=5), tmp_path)
    summary = json.loads((tmp_path / "summary.json").read_text())
    data = list(csv.DictReader((tmp_path / "data.csv").open()))
    history = list(csv.DictReader((tmp_path / "history.csv").open()))
    theta = np.array([float(history[-1][name]) for name in summary["param_names"]])
    return summary, data, theta


def raw_outputs(summary, rows, theta):
    """The model written out from DESIGN.md's theta layout, independent of lossplay.models."""
    X = np.array([[float(r[k]) for k in r if k.startswith("x")] for r in rows])
    d, scenario = X.shape[1], summary["scenario"]
    outputs = (len(theta) // (d + 1)) if scenario["model"] != "mlp" else None
    if scenario["model"] == "mlp":
        h = scenario["hidden"]
        outputs = (len(theta) - d * h - h) // (h + 1)
        W1 = theta[:d * h].reshape(d, h)
        W2 = theta[d * h:d * h + h * outputs].reshape(h, outputs)
        b1, b2 = theta[d * h + h * outputs:d * h + h * outputs + h], theta[-outputs:]
        return np.tanh(X @ W1 + b1) @ W2 + b2
    W, b = theta[:d * outputs].reshape(d, outputs), theta[d * outputs:]
    return X @ W + b


def rows_of(data, split):
    return [r for r in data if r["split"] == split]


def labels01(rows):
    return np.array([1 if float(r["y"]) > 0 else 0 for r in rows])


@pytest.mark.parametrize("split", ["train", "val", "test"])
def test_regression_metrics_are_sklearns(tmp_path, split):
    summary, data, theta = written_run(tmp_path, data="house", features=3, test_fraction=0.25, lr=0.1, steps=40)
    rows = rows_of(data, split)
    y = np.array([float(r["y"]) for r in rows])
    predicted = raw_outputs(summary, rows, theta)[:, 0]
    got = summary["metrics"][split]
    assert got["rmse"] == pytest.approx(math.sqrt(skm.mean_squared_error(y, predicted)), rel=1e-12)
    assert got["mae"] == pytest.approx(skm.mean_absolute_error(y, predicted), rel=1e-12)
    assert got["r2"] == pytest.approx(skm.r2_score(y, predicted), rel=1e-12)


@pytest.mark.parametrize("loss", ["logistic", "bce", "hinge", "sparse_cross_entropy"])
def test_binary_metrics_are_sklearns(tmp_path, loss):
    model = "mlp" if loss == "sparse_cross_entropy" else "linear"
    summary, data, theta = written_run(tmp_path, data="pass_fail", noise=0.8, loss=loss, model=model,
                                       test_fraction=0.3, lr=0.2, steps=30)
    for split in ("train", "val", "test"):
        rows = rows_of(data, split)
        y = labels01(rows)
        raw = raw_outputs(summary, rows, theta)
        predicted = (raw[:, 0] > 0).astype(int) if raw.shape[1] == 1 else raw.argmax(axis=1)
        got = summary["metrics"][split]
        assert got["accuracy"] == pytest.approx(skm.accuracy_score(y, predicted), abs=1e-15)
        assert got["precision"] == pytest.approx(skm.precision_score(y, predicted, zero_division=0), abs=1e-15)
        assert got["recall"] == pytest.approx(skm.recall_score(y, predicted, zero_division=0), abs=1e-15)
        assert got["f1"] == pytest.approx(skm.f1_score(y, predicted, zero_division=0), abs=1e-15)
        assert got["confusion"] == skm.confusion_matrix(y, predicted, labels=[0, 1]).tolist()


def test_multiclass_metrics_are_sklearns(tmp_path):
    summary, data, theta = written_run(tmp_path, data="blobs", classes=5, noise=0.6, test_fraction=0.2,
                                       lr=0.3, steps=20)
    for split in ("train", "val", "test"):
        rows = rows_of(data, split)
        y = np.array([int(r["y"]) for r in rows])
        predicted = raw_outputs(summary, rows, theta).argmax(axis=1)
        got = summary["metrics"][split]
        assert got["accuracy"] == pytest.approx(skm.accuracy_score(y, predicted), abs=1e-15)
        assert got["macro_f1"] == pytest.approx(skm.f1_score(y, predicted, average="macro", zero_division=0), abs=1e-15)
        assert got["confusion"] == skm.confusion_matrix(y, predicted, labels=list(range(5))).tolist()


def test_without_validation_or_test_split_those_metrics_are_null(tmp_path):
    summary, _, _ = written_run(tmp_path, data="moons", val_fraction=0.0, steps=5)
    assert summary["metrics"]["val"] is None and summary["metrics"]["test"] is None
    assert set(summary["metrics"]["train"]) == {"accuracy", "precision", "recall", "f1", "confusion"}


def test_a_diverged_run_is_scored_at_its_last_row(tmp_path):
    summary, data, theta = written_run(tmp_path, data="house", lr=50.0, steps=100)
    assert summary["status"] == "diverged"
    rows = rows_of(data, "train")
    y = np.array([float(r["y"]) for r in rows])
    rmse = math.sqrt(skm.mean_squared_error(y, raw_outputs(summary, rows, theta)[:, 0]))
    assert rmse > 1000 and summary["metrics"]["train"]["rmse"] == pytest.approx(rmse, rel=1e-12)


@pytest.mark.parametrize("data", ["house", "moons", "blobs"])
def test_weights_that_are_not_finite_score_null(data):
    from lossplay.core.metrics import all_metrics
    problem = build_problem(Scenario(data=data, classes=3))
    theta = np.full(problem.model.size, np.inf)
    scores = all_metrics(problem, theta)
    assert scores["test"] is None
    assert all(v is None for v in scores["train"].values()) and all(v is None for v in scores["val"].values())


# The formulas on hand-made arrays, where scikit-learn's edge cases live.

EDGE_CASES = [
    ([0, 0, 1, 1], [0, 0, 0, 0]),  # nothing predicted positive: precision 0 by zero_division
    ([0, 0, 0, 0], [0, 0, 0, 0]),  # no positives at all: f1 0
    ([1, 0, 1, 1, 0], [1, 1, 0, 1, 0]),
]


@pytest.mark.parametrize("truth,predicted", EDGE_CASES)
def test_binary_edge_cases(truth, predicted):
    got = binary_metrics(np.array(truth), np.array(predicted))
    assert got["precision"] == skm.precision_score(truth, predicted, zero_division=0)
    assert got["recall"] == skm.recall_score(truth, predicted, zero_division=0)
    assert got["f1"] == skm.f1_score(truth, predicted, zero_division=0)


def test_multiclass_macro_f1_averages_the_classes_that_occur():
    truth, predicted = np.array([0, 0, 1, 1, 1]), np.array([0, 1, 1, 1, 0])  # class 2 of 3 never occurs
    got = multiclass_metrics(truth, predicted, 3)
    assert got["macro_f1"] == pytest.approx(skm.f1_score(truth, predicted, average="macro", zero_division=0))
    assert got["confusion"] == skm.confusion_matrix(truth, predicted, labels=[0, 1, 2]).tolist()


def test_multilabel_metrics_are_sklearns():
    rng = np.random.default_rng(4)
    truth, predicted = rng.integers(0, 2, (40, 4)), rng.integers(0, 2, (40, 4))
    truth[:, 3] = predicted[:, 3] = 0  # a label never on: its F1 is 0 by zero_division
    got = multilabel_metrics(truth, predicted)
    assert got["subset_accuracy"] == pytest.approx(skm.accuracy_score(truth, predicted))
    assert got["hamming_loss"] == pytest.approx(skm.hamming_loss(truth, predicted))
    assert got["macro_f1"] == pytest.approx(skm.f1_score(truth, predicted, average="macro", zero_division=0))


@pytest.mark.parametrize("y", [[3.0, 3.0, 3.0], [3.0]])
def test_r2_of_a_constant_or_single_target(y):
    y = np.array(y)
    for predicted in (y, y + 1.0):
        got = regression_metrics(y, predicted)["r2"]
        if len(y) < 2:
            assert got is None  # scikit-learn: not well-defined, nan
        else:
            assert got == skm.r2_score(y, predicted)


# The splits.

def test_splits_are_disjoint_cover_every_sample_and_are_stable_for_a_seed():
    scenario = Scenario(data="moons", samples=101, val_fraction=0.2, test_fraction=0.3, seed=5)
    a, b = build_problem(scenario).dataset, build_problem(scenario).dataset
    assert (a.split_names == b.split_names).all() and (a.X == b.X).all()
    assert a.is_val.sum() == 20 and a.is_test.sum() == 30 and a.is_train.sum() == 51
    assert not (a.is_val & a.is_test).any()
    assert (a.is_train ^ a.is_val ^ a.is_test).all()
    other = build_problem(scenario.replace(seed=6)).dataset
    assert not (other.split_names == a.split_names).all()


def test_a_test_split_leaves_the_validation_split_and_trains_on_the_rest():
    without = build_problem(Scenario(data="house", seed=3)).dataset
    problem = build_problem(Scenario(data="house", seed=3, test_fraction=0.25))
    with_test = problem.dataset
    assert (with_test.is_val == without.is_val).all()
    assert len(problem.objective.X) == with_test.is_train.sum() == 200 - 40 - 50
    # feature scaling from the training split only: test samples do not move it
    np.testing.assert_allclose(problem.objective.X.mean(axis=0), 0.0, atol=1e-12)


def test_splits_that_leave_no_training_sample_are_refused():
    from lossplay.core import ScenarioError
    with pytest.raises(ScenarioError, match="leave no training samples"):
        build_problem(Scenario(val_fraction=0.5, test_fraction=0.5))
