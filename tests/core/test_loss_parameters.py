"""The multiclass SVM's margin, label smoothing and multi-label bce (DESIGN: loss parameters,
multi-label data): values against formulas written out here, gradients against central
differences, and runs that show what each one changes."""
import csv
import json
import math

import numpy as np
import pytest
from sklearn import metrics as skm

from lossplay.core import Scenario, ScenarioError, build_problem, train
from lossplay.core.curvature import hessian
from lossplay.core.landscape import evaluate_landscape, make_plane, points_to_frame
from lossplay.core.losses import LOSSES, smoothed_sparse_cross_entropy
from lossplay.core.runfiles import run_scenario, write_outputs


def numeric_gradient(f, x, h=1e-6):
    grad = np.zeros_like(x)
    for idx in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[idx] += h
        minus[idx] -= h
        grad[idx] = (f(plus) - f(minus)) / (2 * h)
    return grad


def softmax_rows(raw):
    return [[math.exp(v) / sum(math.exp(u) for u in row) for v in row] for row in raw]


# --- the multiclass SVM's margin ---------------------------------------------------------

def svm_reference(raw, y, margin):
    """CS231n: mean_i sum_{j != y_i} max(0, raw_ij - raw_iy_i + margin), one sample at a time."""
    return sum(sum(max(0.0, row[j] - row[t] + margin) for j in range(len(row)) if j != t)
               for row, t in zip(raw, y)) / len(raw)


@pytest.mark.parametrize("margin", [0.5, 1.0, 2.5])
def test_multiclass_hinge_margin_value_and_gradient(margin):
    rng = np.random.default_rng(7)
    raw, y = rng.normal(0.0, 1.5, (9, 4)), rng.integers(0, 4, 9)
    loss = LOSSES["multiclass_hinge"]
    assert loss.value(raw, y, margin) == pytest.approx(svm_reference(raw.tolist(), y.tolist(), margin), rel=1e-13)
    numeric = numeric_gradient(lambda r: loss.value(r, y, margin), raw)
    np.testing.assert_allclose(loss.grad(raw, y, margin), numeric, atol=1e-7)


def test_the_margin_reaches_the_objective_and_the_landscape():
    scenario = Scenario(data="blobs", classes=3, noise=0.6, loss="multiclass_hinge", steps=20, lr=0.1)
    wide = build_problem(scenario.replace(margin=3.0))
    narrow = build_problem(scenario)
    theta = np.random.default_rng(0).normal(0.0, 0.5, wide.model.size)
    X, y = wide.objective.X, wide.objective.y
    W, b = theta[:6].reshape(2, 3), theta[6:]
    raw = (X @ W + b).tolist()
    assert wide.objective.value(theta) == pytest.approx(svm_reference(raw, y.tolist(), 3.0), rel=1e-12)
    assert narrow.objective.value(theta) == pytest.approx(svm_reference(raw, y.tolist(), 1.0), rel=1e-12)
    # the landscape's piecewise method uses the same margin
    history = train(wide)
    plane = make_plane(wide.param_names, points_to_frame(wide.start, history.thetas, history.losses, None),
                       history.thetas, grid=9)
    values = evaluate_landscape(wide.objective, plane)
    for j, i in [(0, 0), (4, 7), (8, 2)]:
        point = plane.center + plane.alphas[i] * plane.d1 + plane.betas[j] * plane.d2
        W, b = point[:6].reshape(2, 3), point[6:]
        assert values[j, i] == pytest.approx(svm_reference((X @ W + b).tolist(), y.tolist(), 3.0), rel=1e-9)


def test_a_margin_that_is_not_positive_is_refused():
    with pytest.raises(ScenarioError, match="margin must be between"):
        Scenario(margin=0.0).validated()


# --- label smoothing ------------------------------------------------------------------

def smoothed_ce_reference(raw, y, e):
    """torch.nn.CrossEntropyLoss(label_smoothing=e): (1 - e) * nll + e / C * sum_k -log p_k."""
    total = 0.0
    for row, p, t in zip(raw, softmax_rows(raw), y):
        C = len(row)
        total += (1 - e) * -math.log(p[t]) + e / C * sum(-math.log(pk) for pk in p)
    return total / len(raw)


def target_entropy(e, C):
    """H of (1 - e) one-hot + e / C: the class's own probability and C - 1 equal others."""
    top, rest = 1 - e + e / C, e / C
    return -top * math.log(top) - ((C - 1) * rest * math.log(rest) if rest > 0 else 0.0)


@pytest.mark.parametrize("e", [0.0, 0.1, 0.3])
def test_smoothed_sparse_cross_entropy_is_torchs(e):
    rng = np.random.default_rng(11)
    raw, y = rng.normal(0.0, 2.0, (8, 3)), rng.integers(0, 3, 8)
    loss = smoothed_sparse_cross_entropy(e)
    assert loss.value(raw, y, 1.0) == pytest.approx(smoothed_ce_reference(raw.tolist(), y.tolist(), e), rel=1e-12)
    np.testing.assert_allclose(loss.grad(raw, y, 1.0), numeric_gradient(lambda r: loss.value(r, y, 1.0), raw),
                               rtol=1e-6, atol=1e-8)


@pytest.mark.parametrize("e", [0.1, 0.25])
def test_with_label_smoothing_kl_is_cross_entropy_minus_the_targets_entropy(e):
    """Every softmax loss on the same data at the same theta: cross_entropy and
    sparse_cross_entropy agree with torch's formula, kl_div is lower by H(targets)."""
    rng = np.random.default_rng(3)
    base = Scenario(data="blobs", classes=4, noise=0.5, label_smoothing=e, steps=30, lr=0.3)
    problems = {key: build_problem(base.replace(loss=key)) for key in ("cross_entropy", "sparse_cross_entropy", "kl_div")}
    X, labels = problems["sparse_cross_entropy"].objective.X, problems["sparse_cross_entropy"].objective.y
    for _ in range(3):
        theta = rng.normal(0.0, 1.0, 12)
        raw = (X @ theta[:8].reshape(2, 4) + theta[8:]).tolist()
        ce = smoothed_ce_reference(raw, labels.tolist(), e)
        assert problems["cross_entropy"].objective.value(theta) == pytest.approx(ce, rel=1e-12)
        assert problems["sparse_cross_entropy"].objective.value(theta) == pytest.approx(ce, rel=1e-12)
        assert problems["kl_div"].objective.value(theta) == pytest.approx(ce - target_entropy(e, 4), rel=1e-12)
        for problem in problems.values():
            objective = problem.objective
            np.testing.assert_allclose(objective.value_and_grad(theta)[1],
                                       numeric_gradient(objective.value, theta), rtol=1e-6, atol=1e-8)
    # Same gradients, so the same path; the loss charts differ by the constant H(targets).
    runs = {key: train(problem) for key, problem in problems.items()}
    np.testing.assert_allclose(runs["kl_div"].thetas, runs["cross_entropy"].thetas, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(runs["cross_entropy"].losses - runs["kl_div"].losses, target_entropy(e, 4), rtol=1e-10)


def test_without_smoothing_kl_and_cross_entropy_coincide_on_hard_labels():
    base = Scenario(data="blobs", classes=3, steps=10, lr=0.3)
    ce, kl = (train(build_problem(base.replace(loss=key))) for key in ("cross_entropy", "kl_div"))
    np.testing.assert_allclose(ce.losses, kl.losses, rtol=1e-12)


def test_label_smoothing_of_one_is_refused():
    with pytest.raises(ScenarioError, match="label_smoothing must be between"):
        Scenario(label_smoothing=1.0).validated()


# --- multi-label data -----------------------------------------------------------------

def multilabel_bce_reference(raw, y):
    """torch.nn.BCEWithLogitsLoss() on (n, L): the mean over every (sample, label) pair."""
    terms = [-(t * math.log(1 / (1 + math.exp(-r))) + (1 - t) * math.log(1 - 1 / (1 + math.exp(-r))))
             for row, targets in zip(raw, y) for r, t in zip(row, targets)]
    return sum(terms) / len(terms)


def test_bce_over_every_label():
    rng = np.random.default_rng(5)
    raw, y = rng.normal(0.0, 2.0, (10, 3)), rng.integers(0, 2, (10, 3)).astype(float)
    loss = LOSSES["bce"]
    assert loss.value(raw, y, 1.0) == pytest.approx(multilabel_bce_reference(raw.tolist(), y.tolist()), rel=1e-12)
    np.testing.assert_allclose(loss.grad(raw, y, 1.0), numeric_gradient(lambda r: loss.value(r, y, 1.0), raw),
                               rtol=1e-6, atol=1e-9)
    stacked = np.stack([raw, raw - 1.0])  # the landscape's grid of thetas keeps its leading axis
    assert loss.value(stacked, y, 1.0)[1] == pytest.approx(multilabel_bce_reference((raw - 1.0).tolist(), y.tolist()))


@pytest.mark.parametrize("model", ["linear", "mlp"])
def test_multilabel_models_have_one_output_per_label(model):
    problem = build_problem(Scenario(data="multilabel", labels=4, model=model, hidden=3))
    assert problem.scenario.loss == "bce" and problem.dataset.y.shape == (200, 4)
    assert set(np.unique(problem.dataset.y)) == {0, 1}
    assert (problem.dataset.y.sum(axis=1) >= 2).mean() > 0.3  # several labels on at once, often
    size = 2 * 4 + 4 if model == "linear" else 2 * 3 + 3 * 4 + 3 + 4
    assert problem.model.size == size
    theta = np.random.default_rng(1).normal(0.0, 0.7, size)
    objective = problem.objective
    np.testing.assert_allclose(objective.value_and_grad(theta)[1], numeric_gradient(objective.value, theta),
                               rtol=1e-6, atol=1e-9)
    if model == "linear":
        raw = objective.X @ theta[:8].reshape(2, 4) + theta[8:]
        assert objective.value(theta) == pytest.approx(multilabel_bce_reference(raw.tolist(), objective.y.tolist()))
    # the Hessian (sharpness) against differences of the gradient
    H = hessian(objective, theta)
    numeric = np.array([numeric_gradient(lambda t: objective.value_and_grad(t)[1][k], theta, 1e-5) for k in range(size)])
    np.testing.assert_allclose(H, numeric, atol=1e-6)


def test_multilabel_training_learns_each_label(tmp_path):
    write_outputs(run_scenario(Scenario(data="multilabel", test_fraction=0.2, lr=1.0, steps=300, noise=0.1), grid=5),
                  tmp_path)
    rows = list(csv.DictReader((tmp_path / "data.csv").open()))
    assert list(rows[0]) == ["x1", "x2", "y1", "y2", "y3", "split"]
    summary = json.loads((tmp_path / "summary.json").read_text())
    history = list(csv.DictReader((tmp_path / "history.csv").open()))
    theta = np.array([float(history[-1][name]) for name in summary["param_names"]])
    for split in ("train", "val", "test"):
        part = [r for r in rows if r["split"] == split]
        X = np.array([[float(r["x1"]), float(r["x2"])] for r in part])
        truth = np.array([[int(r[f"y{j}"]) for j in (1, 2, 3)] for r in part])
        predicted = (X @ theta[:6].reshape(2, 3) + theta[6:] > 0).astype(int)
        got = summary["metrics"][split]
        assert got["subset_accuracy"] == pytest.approx(skm.accuracy_score(truth, predicted))
        assert got["hamming_loss"] == pytest.approx(skm.hamming_loss(truth, predicted))
        assert got["macro_f1"] == pytest.approx(skm.f1_score(truth, predicted, average="macro", zero_division=0))
    assert summary["metrics"]["test"]["hamming_loss"] < 0.1  # each label is a line: a linear model learns it


@pytest.mark.parametrize("settings", [dict(loss="logistic"), dict(model="multiclass"), dict(loss="cross_entropy")])
def test_multilabel_data_refuses_other_losses(settings):
    with pytest.raises(ScenarioError, match="multi-label data takes the loss bce"):
        build_problem(Scenario(data="multilabel", **settings))
